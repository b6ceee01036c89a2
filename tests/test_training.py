"""The classifier's training: examples from the draft corpus, reproducible heads, defaults."""

from __future__ import annotations

import json

import numpy as np
import pytest

from coach import classifier
from models import draft_items as di
from models import train
from tests.test_model18 import heads_match_what_the_review_reads


@pytest.fixture(scope="module")
def val() -> list[di.Example]:
    return di.reviewed("val")


@pytest.fixture(scope="module")
def trained(val: list[di.Example]) -> train.Trained:
    """The default training (the "drafts" mix, no rule features), done once for this file."""
    return train.train_tfidf("drafts", val)


def test_examples_are_split_by_author_and_labelled_per_rule() -> None:
    examples = di.draft_examples()
    authors: dict[str, set[str]] = {}
    for ex in examples:
        authors.setdefault(ex.author, set()).add(ex.split)
        assert set(ex.labels) == {r for r, k in di.LABELS.items() if k == ex.kind}
    assert all(len(splits) == 1 for splits in authors.values())
    assert {s for v in authors.values() for s in v} == {"train", "val", "test"}


def test_training_text_is_the_wording_the_review_reads() -> None:
    from coach.review import parse

    text, lang = classifier.wording_of("Build the partner portal (owner: Ana)", "kr", "en")
    draft = parse("Objective: Win partners\nKR1: Build the partner portal (owner: Ana)")
    assert (text, lang) == (classifier.item_wording(draft.objectives[0].key_results[0]), "en")
    assert "Ana" not in text


def test_training_is_reproducible(val: list[di.Example], trained: train.Trained) -> None:
    a = trained
    b = train.train_tfidf("drafts", val)
    assert a.vecs[0].vocabulary_ == b.vecs[0].vocabulary_
    for rid in di.LABELS:
        ma, mb = a.heads[rid]["model"], b.heads[rid]["model"]
        assert ma.C == mb.C
        assert np.array_equal(ma.coef_, mb.coef_) and np.array_equal(ma.intercept_, mb.intercept_)


def test_head_probabilities_match_what_the_review_reads_without_rule_features(
    val: list[di.Example], trained: train.Trained, tmp_path
) -> None:
    """tests/test_model18.py's check of the heads without rule features, on this file's training."""
    heads_match_what_the_review_reads(trained, val, tmp_path)


def test_the_shipped_artifact_was_trained_on_the_corpus_in_the_checkout() -> None:
    meta = json.loads((classifier.ARTIFACT_DIR / "classifier.json").read_text(encoding="utf-8"))
    assert meta["data_fingerprint"] == train.data_fingerprint(), "run `make train`"
    assert meta["training_mix"] in train.MIXES


def test_the_artifact_loads_with_a_calibrated_head_per_label() -> None:
    model = classifier.load(classifier.ARTIFACT_DIR)
    assert set(model.heads) == set(di.LABELS)
    for rid, head in model.heads.items():
        assert head.kind == di.LABELS[rid]
        assert 0.5 <= head.threshold < 1.0
        assert head.weights.shape == (model.n_text + len(model.rule_features),)
        assert np.isfinite(head.weights).all() and head.platt_a > 0


def test_decide_turns_a_label_on_only_where_rule_or_model_beats_the_rules() -> None:
    y = np.array([True, True, True, True, False, False, False, False])
    rules = np.array([True, False, False, False, False, False, False, False])
    parsed = np.ones(8, dtype=bool)
    good = np.array([0.9, 0.9, 0.8, 0.2, 0.1, 0.1, 0.2, 0.3])
    d = train.decide(good, y, rules, parsed)
    assert d.enabled and d.combined["f1"] > d.rules["f1"] and d.combined["p"] >= 0.9
    # a model that only adds false alarms stays off
    noisy = np.array([0.9, 0.1, 0.1, 0.1, 0.95, 0.95, 0.9, 0.9])
    assert not train.decide(noisy, y, rules, parsed).enabled
    # the model cannot speak on an item the review did not parse
    assert not train.decide(good, y, rules, np.zeros(8, dtype=bool)).enabled


def test_the_defaults_in_the_artifact_match_the_val_decision(val: list[di.Example]) -> None:
    meta = json.loads((classifier.ARTIFACT_DIR / "classifier.json").read_text(encoding="utf-8"))
    for lab in meta["labels"]:
        v = lab["decided"]
        if lab["enabled"]:
            # a label held on at a tie (decision 5043) must lose nothing; any other must gain
            gain = 0.0 if lab.get("held_on") else train.MIN_F1_GAIN
            assert v["rule_or_model"]["f1"] >= v["rules"]["f1"] + gain - 1e-9
            assert v["rule_or_model"]["p"] >= train.MIN_PRECISION

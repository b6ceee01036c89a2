"""The labelled corpus: size, balance, labels, and no near-duplicates across splits."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from models import corpus
from models.generate import generate


def test_corpus_size_and_language_balance() -> None:
    items = corpus.items()
    assert len(items) >= 2000
    langs = Counter(it["lang"] for it in items)
    for lang in ("en", "zh"):
        assert langs[lang] / len(items) >= 0.40, langs


def test_corpus_covers_ten_functions_in_each_split() -> None:
    for split in ("train", "test"):
        functions = {it["function"] for it in corpus.items(split)}
        assert len(functions) >= 10, (split, functions)


def test_test_split_is_handwritten_and_large_enough() -> None:
    test = corpus.items("test")
    assert len(test) >= 300
    assert all(it["source"] == "handwritten" for it in test)
    assert all(it["source"] == "generated" for it in corpus.items("train"))
    langs = Counter(it["lang"] for it in test)
    assert min(langs.values()) >= 120, langs


@pytest.mark.parametrize("rule_id", list(corpus.ITEM_LABELS))
def test_every_label_has_both_classes_in_each_language_of_the_test_split(rule_id: str) -> None:
    for lang in ("en", "zh"):
        kind = corpus.label_kind(rule_id)
        values = Counter(
            corpus.label_of(rule_id, it) for it in corpus.items("test", kind) if it["lang"] == lang
        )
        assert values[True] >= 5 and values[False] >= 5, (rule_id, lang, values)


def test_pairs_have_both_classes_and_cross_language_cases() -> None:
    test = corpus.pairs("test")
    assert Counter(p["aligned"] for p in test).keys() == {True, False}
    cross = [p for p in test if p["objective_lang"] != p["kr_lang"]]
    assert len(cross) >= 20
    assert {p["aligned"] for p in cross} == {True, False}


def _near_duplicates(a: list[str], b: list[str], threshold: float = 0.8) -> list[tuple[str, str]]:
    grams_b = [(t, corpus.char_trigrams(t)) for t in set(b)]
    index: dict[str, list[int]] = {}
    for i, (_, g) in enumerate(grams_b):
        for gram in g:
            index.setdefault(gram, []).append(i)
    found = []
    for text in set(a):
        g = corpus.char_trigrams(text)
        candidates = Counter(i for gram in g for i in index.get(gram, ()))
        for i, shared in candidates.items():
            other, og = grams_b[i]
            if shared / (len(g) + len(og) - shared) >= threshold:
                found.append((text, other))
    return found


def test_no_near_duplicates_between_training_and_held_out_items() -> None:
    train = [it["text"] for it in corpus.items("train")]
    held_out = [it["text"] for split in ("val", "test") for it in corpus.items(split)]
    test = [it["text"] for it in corpus.items("test")]
    assert _near_duplicates(train, test) == []
    # Generated validation items may resemble training items (same generator), but never the
    # hand-written test items.
    assert _near_duplicates([t for t in held_out if t not in test], test) == []


def test_no_near_duplicate_pairs_between_training_and_test() -> None:
    train = [p["kr"] for p in corpus.pairs("train")] + [
        p["objective"] for p in corpus.pairs("train")
    ]
    test = [p["kr"] for p in corpus.pairs("test")] + [p["objective"] for p in corpus.pairs("test")]
    assert _near_duplicates(train, test) == []


def test_near_duplicate_check_catches_a_copy() -> None:
    assert _near_duplicates(["Increase NPS from 30 to 45"], ["Increase NPS from 30 to 46"])


def test_generator_is_deterministic_and_matches_the_shipped_file() -> None:
    items, pairs = generate()
    shipped = [json.loads(x) for x in (corpus.DATA / "generated.jsonl").read_text().splitlines()]
    assert items == shipped
    shipped_pairs = (corpus.DATA / "pairs_generated.jsonl").read_text().splitlines()
    assert [json.loads(x) for x in shipped_pairs] == pairs


def test_bad_codes_fail_loudly() -> None:
    with pytest.raises(ValueError):
        corpus.parse_code("kr", "XQ--")
    with pytest.raises(ValueError):
        corpus.parse_code("objective", "Z")

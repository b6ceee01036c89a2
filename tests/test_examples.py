"""Examples shown with findings come from the curated library (issue 9 item 1)."""

from __future__ import annotations

import pytest

import rules
from coach import classifier, examples, review
from coach.review import parse


def _lib() -> list[dict]:
    return classifier.library_index().examples


def test_the_whole_library_passes_every_rule_of_its_kind() -> None:
    # The library is what the coach holds up as well written: no rule may fire on it.
    flawed = [
        (e["id"], rid, e["text"])
        for e in _lib()
        for rid, rule in rules.registry().items()
        if rule.target == e["kind"] and examples.has_flaw(e, rid)
    ]
    assert not flawed, flawed
    assert len(_lib()) >= 500


def test_the_index_matches_the_library_file() -> None:
    from models import library

    shipped = {e["id"]: e["text"] for e in _lib()}
    assert shipped == {e.id: e.text for e in library.examples()}
    index = classifier.library_index()
    assert index.vectors.shape[0] == len(index.examples)
    assert set(index.metric_vectors) == {"en", "zh"}


def _item(text: str, kind: str = "kr"):  # type: ignore[no-untyped-def]
    draft = parse(text)
    return next(it for it in draft.items() if it.kind == kind)


def test_examples_are_of_the_items_metric_language_and_kind() -> None:
    item = _item("目标：本季度让客户爱上我们的服务\n关键结果1：给潜在用户发一封邮件")
    found = examples.for_item(item, ("kr-is-task",))
    assert found
    lib = {e["id"]: e for e in _lib()}
    for ex in found:
        assert lib[ex.id]["lang"] == "zh" and lib[ex.id]["kind"] == "kr"
    assert found[0].match == "metric" and found[0].metric == "qualified-opportunities"


def test_an_example_with_the_findings_flaw_is_never_shown(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    item = _item("目标：本季度让客户爱上我们的服务\n关键结果1：给潜在用户发一封邮件")
    first = examples.for_item(item, ("kr-is-task",))[0]
    real = examples.has_flaw
    monkeypatch.setattr(
        examples,
        "has_flaw",
        lambda e, rid: (e["id"] == first.id and rid == "kr-is-task") or real(e, rid),
    )
    assert first.id not in [e.id for e in examples.for_item(item, ("kr-is-task",))]
    # The flaw is the finding's: another rule's finding may still show it.
    assert first.id in [e.id for e in examples.for_item(item, ("kr-no-owner",))]


def test_never_the_item_itself() -> None:
    own = next(e for e in _lib() if e["metric"] == "csat" and e["lang"] == "zh")
    about = examples.Topic(frozenset({"csat"}), frozenset({"customer-service"}))
    found = examples.similar(own["text"], "zh", "kr", about)
    assert found and own["id"] not in [e.id for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "目标：本季度把事情做好\n关键结果1：整理文件",  # nothing says what it is about
        "Objective: Do good work this quarter\nKR1: Tidy up the shared drive",
    ],
)
def test_nothing_rather_than_something_unrelated(text: str) -> None:
    assert examples.for_item(_item(text), ("kr-is-task",)) == []


def test_the_review_adds_examples_only_when_asked() -> None:
    text = "目标：本季度让客户爱上我们的服务（负责人：王芳）\n关键结果1：给潜在用户发一封邮件"

    def shown(rv):  # type: ignore[no-untyped-def]
        return [s.text for f in rv.findings for s in f.suggestions if s.kind == "example"]

    with_examples = shown(review(text))
    assert with_examples and len(with_examples) <= examples.EXAMPLES_PER_ITEM
    assert not shown(review(text, include_examples=False))

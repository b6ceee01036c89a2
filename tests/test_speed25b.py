"""Issue 13 (speed25b): a review's Span, Edit, Deduction, Suggestion and Finding are built without
pydantic's re-validation of values our code computed (coach/types.make_*). Each builder must make
exactly what the validating constructor makes (the same JSON, equality, fields set, field order),
and fall back to that constructor (so a bad value still raises) for anything else."""

from __future__ import annotations

import sys
from pathlib import Path

import pydantic
import pytest

from coach import types
from coach.review import review
from coach.types import (
    Deduction,
    Edit,
    Finding,
    Span,
    Suggestion,
    make_deduction,
    make_edit,
    make_finding,
    make_span,
    make_suggestion,
)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))


def _same(built: pydantic.BaseModel, validated: pydantic.BaseModel) -> None:
    assert type(built) is type(validated)
    assert built.model_dump_json() == validated.model_dump_json()
    assert built.model_dump() == validated.model_dump()
    assert built == validated
    assert list(built.__dict__) == list(validated.__dict__) == list(type(built).model_fields)
    assert built.model_fields_set == validated.model_fields_set
    assert built.__pydantic_extra__ == validated.__pydantic_extra__
    assert built.__pydantic_private__ == validated.__pydantic_private__
    # a copy with a change and a round trip through JSON work as on a validated one
    assert built.model_copy(update={}) == validated.model_copy(update={})
    assert type(built).model_validate_json(built.model_dump_json()) == validated


def _outcome(fn):
    try:
        return "ok", fn().model_dump_json()
    except pydantic.ValidationError as e:
        return "error", e.error_count()


@pytest.mark.parametrize("start,end", [(0, 0), (3, 10), (0, 12000), (7, 7)])
def test_span_as_validated(start: int, end: int) -> None:
    _same(make_span(start, end), Span(start=start, end=end))


@pytest.mark.parametrize("start,end", [(-1, 3), (2, -5), (True, 4), (1.0, 2), ("3", 4)])
def test_span_falls_back_to_validation(start, end) -> None:
    assert _outcome(lambda: make_span(start, end)) == _outcome(lambda: Span(start=start, end=end))
    if isinstance(start, int) and not isinstance(start, bool) and start < 0:
        with pytest.raises(pydantic.ValidationError):
            make_span(start, end)


@pytest.mark.parametrize(
    "args", [(0, 4, "增长"), (5, 5, "\n- KR3: [key result]"), (10, 20, ""), (1, 2, "“x”")]
)
def test_edit_as_validated(args) -> None:
    s, e, r = args
    _same(make_edit(s, e, r), Edit(start=s, end=e, replacement=r))


@pytest.mark.parametrize("args", [(0, 4, None), (0.5, 4, "x"), (0, 4, 3)])
def test_edit_falls_back_to_validation(args) -> None:
    s, e, r = args
    assert _outcome(lambda: make_edit(s, e, r)) == _outcome(
        lambda: Edit(start=s, end=e, replacement=r)
    )


DEDUCTIONS = [
    ("o1", "objective-is-metric", "error", True, 40, 1),
    ("o1.kr2", "kr-no-deadline", "warning", False, 12, 2),
    ("set", "set-kr-count", "info", False, 0, 1),
]


@pytest.mark.parametrize("args", DEDUCTIONS)
def test_deduction_as_validated(args) -> None:
    t, r, sev, core, pts, n = args
    _same(
        make_deduction(*args),
        Deduction(target=t, rule_id=r, severity=sev, core=core, points=pts, count=n),
    )


@pytest.mark.parametrize(
    "args",
    [
        ("o1", "r", "fatal", False, 1, 1),  # unknown severity
        ("o1", "r", "error", 1, 1, 1),  # core not a bool
        ("o1", "r", "error", False, -1, 1),  # points < 0
        ("o1", "r", "error", False, 3, 0),  # count < 1
        ("o1", "r", "error", False, 3.0, 1),  # a float
    ],
)
def test_deduction_falls_back_to_validation(args) -> None:
    t, r, sev, core, pts, n = args
    assert _outcome(lambda: make_deduction(*args)) == _outcome(
        lambda: Deduction(target=t, rule_id=r, severity=sev, core=core, points=pts, count=n)
    )


SUGGESTIONS = [
    (
        "把NPS从[基线]提升到[目标值]",
        [Edit(start=0, end=4, replacement="x")],
        ["[基线]"],
        "unsafe",
        None,
        False,
    ),
    ("Which number should this move?", [], [], "display-only", "Ask first.", True),
    ("Ship v2 by June 30", [Edit(start=3, end=3, replacement=" v2")], [], "safe", "", False),
]


@pytest.mark.parametrize("args", SUGGESTIONS)
def test_suggestion_as_validated(args) -> None:
    text, edits, ph, app, note, asks = args
    built = make_suggestion(text, edits, ph, app, note, asks)
    _same(
        built,
        Suggestion(
            text=text, edits=edits, placeholders=ph, applicability=app, note=note, asks=asks
        ),
    )
    assert "kind" not in built.model_fields_set
    assert built.edits is not edits and built.placeholders is not ph  # copied, as validation does


@pytest.mark.parametrize(
    "args",
    [
        ("t", [], [], "maybe", None, False),  # unknown applicability
        ("t", [{"start": 0, "end": 1, "replacement": "x"}], [], "safe", None, False),  # a dict
        ("t", [], [3], "safe", None, False),
        ("t", (), [], "safe", None, 0),
    ],
)
def test_suggestion_falls_back_to_validation(args) -> None:
    text, edits, ph, app, note, asks = args
    assert _outcome(lambda: make_suggestion(*args)) == _outcome(
        lambda: Suggestion(
            text=text, edits=edits, placeholders=ph, applicability=app, note=note, asks=asks
        )
    )


def _finding_kwargs(**over):
    kw = dict(
        rule_id="kr-is-task",
        severity="warning",
        target="o1.kr1",
        span=Span(start=3, end=9),
        message="这是任务",
        explanation="why",
        source="rule",
        confidence=None,
        model_version=None,
        suggestions=[Suggestion(text="x")],
    )
    kw.update(over)
    return kw


@pytest.mark.parametrize(
    "over",
    [
        {},
        {"suggestions": []},
        {"source": "model", "confidence": 0.8731, "model_version": "enc-1", "suggestions": None},
        {"source": "model", "confidence": 1.0, "model_version": "enc-1"},
    ],
)
def test_finding_as_validated(over) -> None:
    kw = _finding_kwargs(**over)
    built = make_finding(**kw)
    if kw["suggestions"] is None:
        del kw["suggestions"]
    _same(built, Finding(**kw))


@pytest.mark.parametrize(
    "over",
    [
        {"severity": "fatal"},
        {"source": "guess"},
        {"confidence": 1.5},
        {"confidence": 1},  # an int: validation makes it 1.0
        {"span": {"start": 1, "end": 2}},
        {"suggestions": [{"text": "x"}]},
    ],
)
def test_finding_falls_back_to_validation(over) -> None:
    kw = _finding_kwargs(**over)
    assert _outcome(lambda: make_finding(**kw)) == _outcome(lambda: Finding(**kw))


def test_review_builds_these_without_validation(monkeypatch) -> None:
    """Before: every Span, Edit, Deduction, Suggestion and Finding of a review went through
    pydantic's validator; now none of them does (the ones it is given are trusted values), but
    for the library's example suggestions (coach/examples.py, left as they were)."""
    from drafts import FlawedDrafts

    seen: list[str] = []
    orig = pydantic.BaseModel.__init__

    def init(self, **kw):
        if kw.get("kind") != "example":
            seen.append(type(self).__name__)
        orig(self, **kw)

    drafts = FlawedDrafts("zh", 11).take(3) + FlawedDrafts("en", 11).take(3)
    monkeypatch.setattr(pydantic.BaseModel, "__init__", init)
    reviews = [review(d) for d in drafts]
    assert sum(len(r.findings) for r in reviews) > 5
    assert any(f.suggestions for r in reviews for f in r.findings)
    trusted = {"Span", "Edit", "Deduction", "Suggestion", "Finding"}
    assert trusted.isdisjoint(seen), sorted(set(seen) & trusted)
    assert "KeyResult" in seen  # the rest is still validated (Review no longer: speed26)


def test_review_json_round_trips() -> None:
    """What the builders make serialises and parses back as a validated review does."""
    from drafts import FlawedDrafts

    for d in FlawedDrafts("zh", 5).take(3) + FlawedDrafts("en", 5).take(3):
        r = review(d)
        j = r.model_dump_json()
        again = types.Review.model_validate_json(j)
        assert again.model_dump_json() == j
        assert again == r

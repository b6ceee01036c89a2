"""Every example of every grading, check-in and tree rule is a test, as for the draft rules:
a bad example triggers its rule at the «marked» span, a good one does not. The cycle rules live
in their own registries; the draft review never runs them."""

from __future__ import annotations

import pytest

import rules
from coach import review
from coach.cycle.checkin import checkin
from coach.cycle.grading import grade
from coach.cycle.tree import tree
from coach.rule_api import Example
from rules.cycle import FAMILIES, CycleRule, registry

RUN = {"grade": grade, "checkin": checkin, "tree": tree}


def _cases():
    for rule in registry().values():
        for i, ex in enumerate(rule.examples):
            kind = "bad" if ex.bad else "good"
            yield pytest.param(rule, ex, id=f"{rule.id}-{ex.lang}-{kind}-{i}")


@pytest.mark.parametrize(("rule", "ex"), list(_cases()))
def test_example(rule: CycleRule, ex: Example) -> None:
    text = ex.clean
    report = RUN[rule.family](text, select=[rule.id])
    got = [
        (f.span.start, f.span.end, text[f.span.start : f.span.end])
        for f in report.findings
        if f.rule_id == rule.id
    ]
    if ex.bad:
        span = ex.marked
        assert span is not None, f"bad example without a «marked» span: {ex.text!r}"
        assert (span[0], span[1], text[span[0] : span[1]]) in got, (
            f"{rule.id} should flag {text[span[0] : span[1]]!r} in {text!r}; got {got}"
        )
    else:
        assert not got, f"{rule.id} should not fire on {text!r}; got {got}"


@pytest.mark.parametrize("rule", list(registry().values()), ids=lambda r: r.id)
def test_rule_metadata_and_examples(rule: CycleRule) -> None:
    assert rule.family in FAMILIES
    assert rule.id.startswith(f"{rule.family}-")
    assert rule.severity in ("error", "warning", "info")
    for field in ("principle", "message", "explanation"):
        value = getattr(rule, field)
        assert set(value) == {"zh", "en"} and all(v.strip() for v in value.values())
    assert rule.__doc__ and "Why is this bad?" in rule.__doc__
    for lang in ("zh", "en"):
        assert len([e for e in rule.examples if e.lang == lang and e.bad]) >= 3
        assert len([e for e in rule.examples if e.lang == lang and not e.bad]) >= 3


def test_the_draft_registry_holds_draft_rules_only() -> None:
    cycle_ids = set(registry())
    assert len(cycle_ids) == 22  # checkin-confidence-out-of-range, grade-two-scores (6231, 6232)
    assert not cycle_ids & set(rules.registry())
    assert all(not isinstance(r, CycleRule) for r in rules.registry().values())
    result = review("目标：完成季度招聘任务\n关键结果1：完成季度招聘任务10人 0.3 完成")
    assert not {f.rule_id for f in result.findings} & cycle_ids


def test_families_are_apart() -> None:
    assert {r.family for r in registry("grade").values()} == {"grade"}
    assert set(registry()) == set(registry("grade")) | set(registry("checkin")) | set(
        registry("tree")
    )
    with pytest.raises(ValueError):
        registry("draft")  # type: ignore[arg-type]


def test_every_cycle_rule_is_documented_and_explained() -> None:
    import io
    from contextlib import redirect_stdout
    from pathlib import Path

    from coach.cli import main

    doc = (Path(__file__).resolve().parents[1] / "docs" / "cycle.md").read_text(encoding="utf-8")
    for rule_id in registry():
        assert f"`{rule_id}`" in doc, f"docs/cycle.md does not list {rule_id}"
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["explain", "grade-status-mismatch"]) == 0
    assert "完成" in out.getvalue() and "Examples (en):" in out.getvalue()

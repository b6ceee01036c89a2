"""Decision 658 (fix11): a number promised later is unknown, not missing (PRINCIPLES.md,
Quantified). A measure named with its target to be set passes as unknown; a row that is only
"to be set", with or without a note on who brings it, is said once, at a warning's weight."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review

NO_MODEL = Config(semantic=False)
EN = "Objective: Make the food bank the first call for families in need, Q2 2027\nKR1: {}"
ZH = "目标：2027年Q2让社区食物银行成为困难家庭的第一选择\n关键结果1：{}"


def _run(draft: str):
    return review(draft, config=NO_MODEL, select=["kr-not-quantified", "kr-is-task"])


def _quantified(rv) -> str:
    (kr,) = rv.objectives[0].key_results
    return next(c.status for c in kr.checks if c.rule_id == "kr-not-quantified")


@pytest.mark.parametrize(
    "draft",
    [
        ZH.format("家庭回访满意度提升到（目标值待定）"),
        ZH.format("志愿者留存率：目标待定"),
        EN.format("Repeat-visit share from 40% to TBD"),
        EN.format("Volunteer retention (target TBD)"),
    ],
)
def test_a_measure_whose_target_is_promised_is_unknown(draft: str) -> None:
    rv = _run(draft)
    assert rv.findings == []
    assert _quantified(rv) == "unknown"


@pytest.mark.parametrize(
    "draft",
    [
        EN.format("TBD (Omar to suggest a volunteer metric)"),
        EN.format("TBD"),
        ZH.format("待定（李娜月底前给出指标）"),
    ],
)
def test_a_row_promised_later_is_a_warning(draft: str) -> None:
    rv = _run(draft)
    assert [(f.rule_id, f.severity) for f in rv.findings] == [("kr-not-quantified", "warning")]
    assert "“" not in rv.findings[0].message  # it does not quote the row back as a measure


def test_a_blank_row_is_still_an_error() -> None:
    rv = _run(EN.format("..."))
    assert [(f.rule_id, f.severity) for f in rv.findings] == [("kr-not-quantified", "error")]


@pytest.mark.parametrize(
    ("kr", "rewrite"),
    [
        # decision 662: 及 inside 及格率 joins no two measures; the line names its number
        ("尽量提高留守儿童的及格率", "留守儿童的及格率从[基线]提升到[目标值]"),
        ("提高初二数学及格率", "初二数学及格率从[基线]提升到[目标值]"),
    ],
)
def test_a_measure_the_line_names_is_not_asked_for(kr: str, rewrite: str) -> None:
    rv = review(ZH.format(kr), config=NO_MODEL, select=["kr-not-quantified"])
    (f,) = rv.findings
    assert f.suggestions[0].text.startswith(rewrite), f.suggestions[0].text


def test_copied_homework_is_said_through_homework_done_alone() -> None:
    # decision 663: the good side of copied homework, in both rewrites, with the adverb left out
    rv = review(ZH.format("本班作业抄袭现象显著减少"), config=NO_MODEL)
    found = {f.rule_id: f for f in rv.findings if f.target == "o1.kr1"}
    for rule in ("kr-not-quantified", "kr-negative-phrasing"):
        assert (
            found[rule].suggestions[0].text.startswith("本班作业独立完成率从[基线]提升到[目标值]")
        )

"""Eleventh-round seen misses (late11): decisions 700–702 in docs/principles.md."""

from __future__ import annotations

import pytest

from coach import review
from coach.config import Config

_CFG = Config(semantic=False, use_model=False)


def _fires(text: str, rule_id: str) -> bool:
    return any(f.rule_id == rule_id for f in review(text, select=[rule_id], config=_CFG).findings)


_EN_O = "# O: Make our club the one players want to join in Q2\n- KR: "


@pytest.mark.parametrize(
    "kr",
    [
        "The chess squad finishes top 3 in the county league by May 31",
        "Our crew places 2nd or better at the national regatta",
        "Finish in the top 10 of the city half marathon",
    ],
)
def test_a_place_finished_in_a_contest_is_a_result(kr: str) -> None:
    # Decision 700: a team or person finishing or placing in a rank reached it.
    assert not _fires(_EN_O + kr, "kr-is-task")


@pytest.mark.parametrize(
    "kr", ["Finish the top 3 tasks on the roadmap", "Finish top 5 priorities from the audit"]
)
def test_finishing_the_top_items_of_a_list_is_still_a_task(kr: str) -> None:
    assert _fires(_EN_O + kr, "kr-is-task")


@pytest.mark.parametrize(
    "objective",
    [
        "# O: Raise average sessions per learner this quarter\n",
        "# O: Q3：提升门店创收\n",
    ],
)
def test_an_average_per_unit_or_revenue_earned_is_a_kpi_objective(objective: str) -> None:
    # Decisions 701 and 702: the objective only moves a measure.
    kr = (
        "- KR: NPS from 30 to 45 by Sep 30\n"
        if "O: R" in objective
        else "- KR: 9月底前复购率从20%到30%\n"
    )
    assert _fires(objective + kr, "objective-is-metric")


def test_a_promotion_is_not_called_work_to_keep_in_the_plan() -> None:
    # Decision 703: a promotion is a result others decide; the note and the message agree.
    text = "# O: Grow into a leader people trust in 2026\n- KR: Get promoted to Staff Nurse by Q3\n"
    result = review(text, select=["kr-not-quantified"], config=_CFG)
    (finding,) = result.findings
    fix = finding.suggestions[0]
    assert "plan" not in fix.note
    assert "others decide" in fix.note


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("# O: 2026年Q3：让冷库稳稳运转\n- KR: 9月底前制冷机组无故障\n", "设备完好率"),
        (
            "# O: Keep the bottling line humming in Q3\n- KR: Zero conveyor breakdowns\n",
            "availability",
        ),
    ],
)
def test_a_zero_of_failures_held_names_a_positive_measure(text: str, measure: str) -> None:
    # Decision 704: the question names the positive measure as an example.
    result = review(text, select=["kr-negative-phrasing"], config=_CFG)
    (finding,) = result.findings
    assert measure in finding.suggestions[0].text


@pytest.mark.parametrize("kr", ["每半年做一次人才晋升", "发布新的职级晋升制度"])
def test_promotions_one_runs_are_still_work(kr: str) -> None:
    text = "# O: 本季度让客户爱上我们的服务\n- KR: " + kr + "\n"
    notes = [
        s.note or ""
        for f in review(text, select=["kr-not-quantified", "kr-is-task"], config=_CFG).findings
        for s in f.suggestions
    ]
    assert not any("别人决定" in n for n in notes)

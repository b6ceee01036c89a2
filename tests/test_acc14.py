"""KPI objectives, end states and effort in voices the corpus lacked (issue 8, fourteenth round;
acc14, decisions 1040-1048). The drafts are written for this test, never copied from a page,
and are not the corpus items the readings were found on."""

from __future__ import annotations

import pytest
from test_realen12 import fails


def metric(objective: str) -> bool:
    """Whether objective-is-metric fails for `objective` over one plain key result."""
    sep = "：" if any("\u4e00" <= ch <= "\u9fff" for ch in objective) else ": "
    kr = "满意度从3.5提升到4.2" if sep == "：" else "Survey score from 3.5 to 4.2"
    return objective in fails(f"O{sep}{objective}\nKR{sep}{kr}", "objective-is-metric")


def flat(objective: str) -> bool:
    """Whether objective-not-inspiring fails for the Chinese `objective`."""
    return objective in fails(
        f"O：{objective}\nKR：满意度从3.5提升到4.2", "objective-not-inspiring"
    )


def activity(kr: str) -> bool:
    return kr in fails(f"Objective: Be a mentor the juniors count on\n- {kr}", "kr-activity-count")


@pytest.mark.parametrize(
    "objective",
    [
        "Raise my exam scores",  # decision 1040: a student's measure
        "Bring costs down",  # a measure and its particle
        "Keep turnover low",
        "Grow our b2b business",  # decision 1041: a line of business
        "Scale direct-to-consumer",
        "Have all trucks loaded on time",  # decision 1042: an on-time share
        "Cash-flow positive by Q4",
        "少犯错少挨罚",  # decision 1043: fewer bad events only
        "尽量少出错",
    ],
)
def test_a_measure_named_in_new_ways_is_a_kpi_objective(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Grow the team",
        "Grow leadership skills",
        "Build a wholesale playbook",
        "Deliver the new ERP on time",
        "Get the team ready for launch",
        "少熬夜，多读书",
        "少说多做",
    ],
)
def test_work_a_team_and_a_second_aim_stay_no_kpi(objective: str) -> None:
    assert not metric(objective)


def test_what_the_writer_can_do_then_is_an_end_state() -> None:
    # decision 1048: a later clause with 敢/能/可以 and a verb of the person, not of the work
    assert not flat("把基础打牢，期末考试能从容答题")
    assert not flat("把身材练回来，明年夏天能自信地去海边")
    assert flat("推进系统上线，月底能交付")
    assert flat("完成装修，下月能开业")


def test_hours_put_in_are_effort() -> None:
    # decision 1044
    assert activity("Volunteer 25 hours at the shelter this semester")
    assert activity("Clock 10 hrs/week of practice by June")
    assert not activity("Volunteer hours donated from 800 to 1,200 by June")
    assert not activity("Work hours per order from 0.5 to 0.3 by June")


def test_settling_on_something_is_a_decision() -> None:
    # decision 1045
    assert "3月底前定好门店装修方案" in fails(
        "O：让新店一开业就有人排队\nKR：3月底前定好门店装修方案", "kr-is-task"
    )

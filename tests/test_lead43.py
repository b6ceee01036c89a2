"""The lead's merge fixes of the forty-third round (docs/principles.md, decision 6398)."""

from __future__ import annotations

import pytest

import coach


def _kr_rules(kr: str) -> set[str]:
    result = coach.review(f"Objective: Get fit enough to enjoy the hills (owner: Sam)\nKR: {kr}\n")
    return {f.rule_id for f in result.findings if f.target == "o1.kr1"}


@pytest.mark.parametrize(
    "kr",
    [
        "Raise my longest continuous run from 12 km to 21 km by June",
        "Extend my furthest single ride from 40 km to 80 km by August",
        "Take my longest hike from 15 miles to 25 miles by September",
        "Lift my farthest non-stop swim from 1 km to 3 km by July",
    ],
)
def test_the_distance_of_one_effort_is_a_level_reached(kr: str) -> None:
    assert "kr-activity-count" not in _kr_rules(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Weekly mileage up to 50 miles by April",
        "Cycle 100 miles a week by May",
        "Run 30 km a week by March",
        "Weekly swimming distance 8 km by June",
        "Walk 60 miles a month by October",
    ],
)
def test_training_volume_stays_an_activity_count(kr: str) -> None:
    assert "kr-activity-count" in _kr_rules(kr)


def _zh_kr_rules(kr: str) -> set[str]:
    result = coach.review(f"目标：让每位顾客结账不用等（负责人：周敏）\n关键结果：{kr}\n")
    return {f.rule_id for f in result.findings if f.target == "o1.kr1"}


@pytest.mark.parametrize(
    "kr",
    [
        "培训夜班使用扫码复核",
        "教会店员使用新收银系统",
        "带教新护士使用输液泵",
        "辅导班组长使用排班工具",
        "指导门店使用新的补货系统",
    ],
)
def test_teaching_people_to_use_a_thing_is_a_task(kr: str) -> None:
    # decision 6399: the English twin "Train the night shift on the scanner recheck" is a task
    assert "kr-is-task" in _zh_kr_rules(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "培训后员工使用新系统的比例达到90%",
        "培训合格率达到95%",
        "指导门店新系统使用率从40%提升到80%",
        "店员使用新收银系统的比例达到95%",
        "夜班使用扫码复核的比例从60%提升到95%",
    ],
)
def test_a_measured_use_after_training_stays_a_result(kr: str) -> None:
    assert "kr-is-task" not in _zh_kr_rules(kr)

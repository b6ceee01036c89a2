"""Chinese published OKRs, a seventh new set (realzh25b, decisions 3280-3299): a shape a new set of
real Chinese OKR texts showed, imitated by wordings written for these tests (no sentence of a
real text). Each decision's tests failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest

from coach import review
from coach.review import parse
from rules._result_shape import reading


def one(kr: str, rule: str) -> str:
    """The status of `rule` on one key result under a plain, timed objective."""
    r = review(f"O：让团队的交付更稳（2025年Q3）\nKR1：{kr}\n")
    k = r.objectives[0].key_results[0]
    return next(c.status for c in k.checks if c.rule_id == rule)


def shape_of(kr: str):
    d = parse(f"O：让团队的交付更稳\nKR1：{kr}\n")
    k = d.objectives[0].key_results[0]
    return k.facts.shape, reading(k)


# --- 3280: work done before 后 and a comma is the condition the result is checked under ------
@pytest.mark.parametrize(
    "kr",
    [
        "连续 10 轮增量编译后，历史引用不丢失",
        "服务重启后，用户会话不丢失",
        "每次版本发布后，门店收银数据不丢失",
        "系统扩容以后，在途订单不中断",
        "病历系统迁移之后，患者档案不丢失",
        "教室网络改造后，线上课堂不掉线",
    ],
)
def test_3280_condition_clause_is_no_task(kr: str) -> None:
    assert one(kr, "kr-is-task") == "pass"
    shape, r = shape_of(kr)
    assert shape.condition > 0 and r.kind in ("result", "other")


@pytest.mark.parametrize(
    "kr",
    ["服务重启后，用户会话不丢失", "病历系统迁移之后，患者档案不丢失"],
)
def test_3280_the_bad_event_still_reads_negative(kr: str) -> None:
    assert one(kr, "kr-negative-phrasing") == "fail"


# guards: the work after the comma still reads as work; a time before 后 is no condition
@pytest.mark.parametrize(
    "kr",
    [
        "方案评审通过后，发布到生产环境",
        "迁移完成后，通知全部客户切换入口",
        "编写部署手册后，交给运维验收",
        "新装修后，开业",
    ],
)
def test_3280_guard_work_after_the_condition_stays_a_task(kr: str) -> None:
    assert one(kr, "kr-is-task") == "fail"


def test_3280_guard_efforts_after_the_condition_stay_counted() -> None:
    assert one("系统上线后，组织3场培训", "kr-activity-count") == "fail"


@pytest.mark.parametrize(
    "kr", ["上线后3个月内日活达到10万", "三个月后，复购率达到30%", "历史引用不丢失"]
)
def test_3280_guard_no_condition_clause(kr: str) -> None:
    shape, _ = shape_of(kr)
    assert getattr(shape, "condition", -1) == -1
    assert one(kr, "kr-is-task") == "pass"

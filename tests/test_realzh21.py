"""Chinese published OKRs, twenty-first round (realzh21, decisions 2000-2001): shapes a new set of
real Chinese OKR texts showed, each imitated by wordings written for these tests (no sentence of a
real text). Each decision's tests failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest

from coach import review
from coach.facts.timeframes import deadline_spans


def kr_status(text: str, rule: str) -> list[str]:
    """The status of `rule` on every key result of the review, in order."""
    r = review(text)
    return [
        next(c.status for c in k.checks if c.rule_id == rule)
        for o in r.objectives
        for k in o.key_results
    ]


def obj_status(text: str, rule: str) -> list[str]:
    r = review(text)
    return [next(c.status for c in o.checks if c.rule_id == rule) for o in r.objectives]


# --- 2000: dropped frames, losses and failed items are bad events -------------------------------
@pytest.mark.parametrize(
    "kr",
    [
        "直播画面掉帧率由 9% 降至 2%",
        "回放丢帧率由 5% 降至 1%",
        "标注样本折损率从 28% 压到 12%",
        "失效商品链接占比由 15% 降到 4%",
    ],
)
def test_dropped_frames_losses_and_failures_are_bad_events(kr: str) -> None:
    text = f"O1：让每一场直播都流畅好看（负责人：周宁，2026年Q2）\nKR1：{kr}"
    assert kr_status(text, "kr-negative-phrasing") == ["fail"]


@pytest.mark.parametrize(
    "kr",
    ["直播画面平均帧率稳定在 60fps 以上", "标注样本有效率从 72% 提升到 88%"],
)
def test_positive_frame_and_yield_measures_stay_positive(kr: str) -> None:
    text = f"O1：让每一场直播都流畅好看（负责人：周宁，2026年Q2）\nKR1：{kr}"
    assert kr_status(text, "kr-negative-phrasing") == ["pass"]


# --- 2001: the period in a change's "from" part dates its starting value ------------------------
@pytest.mark.parametrize(
    "kr",
    [
        "签约社区团长由去年底约 300 位扩至 800 位",
        "合作仓库从2025年底的 12 个增加到 20 个",
        "日均工单处理量由 Q1 末约 400 单提升到 650 单",
    ],
)
def test_period_of_the_starting_value_is_no_deadline(kr: str) -> None:
    text = f"O1：让社区团购覆盖整个新区（负责人：周宁）\nKR1：{kr}"
    assert kr_status(text, "kr-no-deadline") == ["fail"]
    assert obj_status(text, "objective-no-timeframe") == ["fail"]


@pytest.mark.parametrize(
    ("kr", "period"),
    [
        ("从3月到6月，新增社区团长 200 位", "3月"),
        ("复购率从Q1末的20%提升到Q2末的35%", "Q2"),
        ("由本季度起，每月新增社区团长 50 位；2026年Q3末达到 800 位", "Q3"),
        ("签约社区团长从 300 位扩至 800 位（截至6月底）", "6月底"),
    ],
)
def test_windows_and_target_periods_stay_deadlines(kr: str, period: str) -> None:
    spans = deadline_spans(kr, "zh")
    assert any(period in kr[s:e] or kr[s:e] in period for s, e, _k in spans), (kr, spans)


# --- 2002: a change named as the condition is not the key result's change -----------------------
@pytest.mark.parametrize(
    "kr",
    [
        "在门店客流 +30% 的情况下，收银排队时长保持在 3 分钟内",
        "在人手减少20%的前提下，会员满意度不低于 4.6 分",
    ],
)
def test_change_named_as_condition_needs_no_baseline(kr: str) -> None:
    text = f"O1：让高峰期的顾客也不用久等（负责人：周宁，2026年Q2）\nKR1：{kr}"
    assert kr_status(text, "kr-no-baseline") == ["pass"]


@pytest.mark.parametrize(
    "kr",
    ["门店客流提升 30%", "在华东区把门店客流提升 30%", "会员复购率提升20%，在情况允许时扩到新区"],
)
def test_change_that_is_the_target_still_needs_a_baseline(kr: str) -> None:
    text = f"O1：让高峰期的顾客也不用久等（负责人：周宁，2026年Q2）\nKR1：{kr}"
    assert kr_status(text, "kr-no-baseline") == ["fail"]

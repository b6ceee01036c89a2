"""Chinese published OKRs, a fourth new set (realzh23b, decisions 2460-2464): shapes a new set of
real Chinese OKR texts showed, each imitated by wordings written for these tests (no sentence of a
real text). Each decision's tests failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest

from coach import review
from rules._result_shape import reading


def kr_status(text: str, rule: str) -> list[str]:
    """The status of `rule` on every key result of the review, in order."""
    r = review(text)
    return [
        next(c.status for c in k.checks if c.rule_id == rule)
        for o in r.objectives
        for k in o.key_results
    ]


def objective_status(text: str, rule: str) -> list[str]:
    r = review(text)
    return [next(c.status for c in o.checks if c.rule_id == rule) for o in r.objectives]


def shape(text: str) -> list[tuple[str, list[str]]]:
    """(objective text, its key results' texts) for each objective of the review."""
    r = review(text)
    return [(o.text, [k.text for k in o.key_results]) for o in r.objectives]


def kr_reading(text: str) -> list[str]:
    """The result-shape reading's kind of every key result."""
    from coach.review import parse

    d = parse(text)
    return [reading(k).kind for o in d.objectives for k in o.key_results]


# --- 2460: a line of three-em dashes is a rule ---------------------------------------------------
_TWO_CYCLES = (
    "2025 Q4 OKR\n\n----\nO1: 熟悉新仓库的发布流程\n\nKR1: 完成 3 次发布演练\n\n\n"
    "2026 Q1 OKR\n\n{rule}\n\nO1：完成仓库权限的梳理与收口\n\n聚焦存量权限，降低误操作风险。\n\n"
    "KR1：完成 40 个仓库的权限复核，移除离职人员账号\n"
    "KR2：权限申请平均处理时长缩短到 1 天内\n{rule}\n\n"
    "O2：让值班交接不再丢信息\n\nKR1：交接单填写完整率达到 95%\n"
)


@pytest.mark.parametrize("rule", ["⸻", "⸻⸻", "⸺", "⸻ ⸻"])
def test_three_em_dash_line_is_a_rule(rule: str) -> None:
    text = _TWO_CYCLES.format(rule=rule)
    got = shape(text)
    assert [o for o, _ in got] == [
        "熟悉新仓库的发布流程",
        "完成仓库权限的梳理与收口",
        "让值班交接不再丢信息",
    ]
    # the rule under the last key result is not glued to its wording
    assert got[1][1][-1] == "权限申请平均处理时长缩短到 1 天内"
    # the second cycle's period reaches its key results and the next objective
    assert kr_status(text, "kr-no-deadline") == ["pass"] * 4
    assert objective_status(text, "objective-no-timeframe") == ["pass"] * 3


def test_guard_dash_rules_still_rules() -> None:
    text = _TWO_CYCLES.format(rule="-----")
    assert kr_status(text, "kr-no-deadline") == ["pass"] * 4


def test_guard_a_dash_inside_wording_is_no_rule() -> None:
    # a three-em dash inside a line is punctuation, not a rule
    text = "O：让值班交接不再丢信息⸻从第一天起\nKR1：交接单填写完整率达到 95%"
    assert shape(text) == [("让值班交接不再丢信息⸻从第一天起", ["交接单填写完整率达到 95%"])]


# --- 2461: this weekend, a weekday with a time before it ----------------------------------------
@pytest.mark.parametrize(
    "objective",
    [
        "这个周末把书房收拾得清爽好用",
        "这个星期内让阳台菜园重新长起来",
        "这个星期把书房收拾得清爽好用",
    ],
)
def test_this_weekend_times_the_objective(objective: str) -> None:
    text = f"O：{objective}\nKR1：给 30 本旧书分类上架"
    assert objective_status(text, "objective-no-timeframe") == ["pass"]


@pytest.mark.parametrize(
    "kr",
    [
        "周六中午 12 点前清掉书桌上的旧报纸",
        "周日晚上之前给 30 本旧书分类上架",
        "星期三下午5点前播下 4 种蔬菜种子",
        "周五晚上前把旧衣服送去回收点",
        "周四上午 10 点半前交齐报名表",
    ],
)
def test_weekday_time_before_is_a_deadline(kr: str) -> None:
    text = f"O：让阳台菜园重新长起来\nKR1：{kr}"
    assert kr_status(text, "kr-no-deadline") == ["pass"]


def test_weekday_clock_time_is_no_target() -> None:
    # "12 点" says when, not how much: a date alone is no target (PRINCIPLES.md)
    text = "O：让阳台菜园重新长起来\nKR1：周六中午 12 点前清掉书桌上的旧报纸"
    assert kr_status(text, "kr-not-quantified") == ["fail"]


@pytest.mark.parametrize(
    "kr",
    ["每周五晚上读书 1 小时", "周六下午户外骑行 2 小时", "每个周末陪孩子运动 3 小时"],
)
def test_guard_weekday_without_before_is_no_deadline(kr: str) -> None:
    # a weekly habit or a slot with no "before" stays undated (a cadence is no deadline)
    text = f"O：让身体重新动起来\nKR1：{kr}"
    assert kr_status(text, "kr-no-deadline") == ["fail"]


# --- 2462: a noun of use is no use counted ---------------------------------------------------------
@pytest.mark.parametrize(
    "kr",
    [
        "提供多种排班视图，满足不同用户的使用偏好",
        "提供夜间模式，贴合用户的使用习惯",
        "提供三种导出格式，覆盖客户的使用场景",
    ],
)
def test_feature_with_a_use_noun_is_a_task(kr: str) -> None:
    assert kr_reading(f"O：让店长排班更省心\nKR1：{kr}") == ["task"]


@pytest.mark.parametrize(
    "kr",
    ["新版排班表被 20 家门店使用", "80% 的店长每周使用排班助手"],
)
def test_guard_use_counted_is_still_no_task(kr: str) -> None:
    assert kr_reading(f"O：让店长排班更省心\nKR1：{kr}") != ["task"]


# --- 2463: 重组 is work ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "kr",
    ["菜单重组，提供清晰的功能分组", "重组首页模块，突出常用入口", "导航重组"],
)
def test_reorganising_is_a_task(kr: str) -> None:
    assert kr_reading(f"O：让店长排班更省心\nKR1：{kr}") == ["task"]


def test_guard_reorganising_with_a_measure_is_a_result() -> None:
    text = "O：让店长排班更省心\nKR1：菜单重组后排班平均耗时从 30 分钟降到 10 分钟"
    assert kr_status(text, "kr-is-task") == ["pass"]


# --- 2464: a noun that starts like a stance word is no stance -------------------------------------
@pytest.mark.parametrize(
    "objective",
    ["提高用户查找信息的效率", "提升会员查询信用的速度", "优化顾客记录爱好的流程"],
)
def test_people_in_a_measures_clause_are_the_flat_verbs_object(objective: str) -> None:
    text = f"O：{objective}\nKR1：排班平均耗时从 30 分钟降到 10 分钟"
    assert objective_status(text, "objective-not-inspiring") == ["fail"]


@pytest.mark.parametrize(
    "objective",
    ["建一支客户信得过的售后团队", "打造一个年轻人愿意来的社区书店", "做一个让读者信任的公众号"],
)
def test_guard_people_who_trust_still_inspire(objective: str) -> None:
    text = f"O：{objective}\nKR1：售后满意度从 80% 提升到 92%"
    assert objective_status(text, "objective-not-inspiring") == ["pass"]


# --- 2465: a duration measure brought down to a span is a target, not a deadline -----------------
@pytest.mark.parametrize(
    "kr",
    [
        "权限申请平均处理时长缩短到 1 天内",
        "新项目交付周期压缩到 10 天内",
        "退款到账时效控制在3天内",
    ],
)
def test_duration_brought_down_to_a_span_is_a_target(kr: str) -> None:
    text = f"O：让权限申请不再卡住研发\nKR1：{kr}"
    assert kr_status(text, "kr-not-quantified") == ["pass"]
    assert kr_status(text, "kr-no-deadline") == ["fail"]


@pytest.mark.parametrize("kr", ["3 天内完成全部仓库迁移", "两周内把交付周期缩短到 10 天"])
def test_guard_a_span_opening_the_work_is_still_a_deadline(kr: str) -> None:
    text = f"O：让权限申请不再卡住研发\nKR1：{kr}"
    assert kr_status(text, "kr-no-deadline") == ["pass"]

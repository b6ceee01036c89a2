"""Chinese drafts in the shapes of real finance, purchasing and restaurant pages nobody had tuned
for (issue 8, twelfth round; decisions 740–745): each test is a draft written here in that
shape, with the reading a person gives it."""

from __future__ import annotations

import pytest

from tests.test_parse_real8 import shape, statuses

# -- decision 740: a sentence saying what the list below holds; a guide's step headings ----------


def test_a_list_announced_as_objectives_then_one_announced_as_key_results() -> None:
    text = (
        "3.1 确定目标\n仓储组给自己定了下面这些目标:\n- 降低库存损耗\n- 缩短拣货时间\n"
        "3.2 制定关键结果\n对应的关键结果包括:\n- 库存损耗率从2%降到1%\n- 单均拣货时长缩短到3分钟"
    )
    assert shape(text) == [
        ("降低库存损耗", []),
        ("缩短拣货时间", ["库存损耗率从2%降到1%", "单均拣货时长缩短到3分钟"]),
    ]


def test_a_numbered_list_after_the_o_count_holds_objectives() -> None:
    text = "这家面包店今年的“O”有三个:\n  1. 出炉就卖空\n  2. 后厨零浪费\n  3. 熟客叫得出名字"
    assert [o for o, _krs in shape(text)] == ["出炉就卖空", "后厨零浪费", "熟客叫得出名字"]


def test_a_sentence_about_what_good_objectives_look_like_announces_nothing() -> None:
    # "具备以下特点" lists qualities of an objective, not objectives: read as before.
    text = "好的目标应该具备以下特点:\n- 方向清楚\n- 有挑战"
    assert shape(text) == [("好的目标应该具备以下特点:", ["方向清楚", "有挑战"])]


@pytest.mark.parametrize("step", ["2.1 确定目标", "第二步：制定关键结果", "4. 确定时间范围"])
def test_a_guide_step_heading_is_no_key_result(step: str) -> None:
    text = f"{step}\n- 提升配送准时率\n    - 准时率从88%提升到96%"
    assert shape(text) == [("提升配送准时率", ["准时率从88%提升到96%"])]


# -- decision 741: 关键成果KR1 as one label; "比如:" before the objective's label ------------------


def test_labels_run_together_on_one_line_after_for_example() -> None:
    text = (
        "例如:二季度目标(O):把应付账款流程理顺。 关键成果KR1:供应商付款准时率达到98%。 "
        "关键成果KR2:单张发票处理时长缩短到1天。"
    )
    assert shape(text) == [
        ("把应付账款流程理顺。", ["供应商付款准时率达到98%。", "单张发票处理时长缩短到1天。"])
    ]


# -- decision 742: an item quoted whole -------------------------------------------------------


def test_a_quoted_example_item_is_read_without_its_quotes() -> None:
    text = "- “提高门店的复购率”\n    - “复购率从20%提升到28%”"
    assert shape(text) == [("提高门店的复购率", ["复购率从20%提升到28%"])]
    assert statuses(text, "objective-is-metric") == ["fail"]


# -- decision 743: a launch, then the measure it moves -----------------------------------------


def test_a_launch_then_a_measure_moved_by_a_figure_is_a_result() -> None:
    text = "O1：让推荐更准（2025年Q3）\nKR1：上线新排序模型，CTR 提升 8%\nKR2：上线新排序模型，覆盖率100%"
    assert statuses(text, "kr-is-task") == ["pass", "fail"]


# -- decision 744: an objective restated before a colon moves no figure after it ----------------


def test_a_direction_before_the_colon_does_not_make_the_level_a_change() -> None:
    text = (
        "O1：理顺付款（2025年Q3）\nKR1：提高付款准时率:和财务对齐付款日历,确保97%的账单按期支付\n"
        "KR2：付款准时率提升7%"
    )
    assert statuses(text, "kr-no-baseline") == ["pass", "fail"]


# -- decision 745: growth jargon and activity of a population are KPI objectives -----------------


@pytest.mark.parametrize("objective", ["拉新促活", "门店会员拉新", "提升会员活跃", "粉丝活跃上来"])
def test_growth_jargon_objectives_are_kpis(objective: str) -> None:
    text = f"O1：{objective}（2025年Q3）\nKR1：新会员达到3000人"
    assert statuses(text, "objective-is-metric") == ["fail"]


@pytest.mark.parametrize("objective", ["营造活跃的团队氛围", "打造会员最爱回来的社群，拉新促活"])
def test_activity_as_a_mood_or_with_a_direction_is_not_a_kpi(objective: str) -> None:
    text = f"O1：{objective}（2025年Q3）\nKR1：新会员达到3000人"
    assert statuses(text, "objective-is-metric") == ["pass"]


# -- decision 746: when the team took up OKRs is no deadline ----------------------------------


def test_the_year_the_team_started_okrs_is_history_not_the_period() -> None:
    text = "我们是从2021年3月开始推行OKR的。今年的“O”有两个:\n  1. 出炉就卖空\n  2. 后厨零浪费"
    assert statuses(text, "objective-no-timeframe") == ["fail", "fail"]


def test_a_period_that_starts_the_set_still_bounds_it() -> None:
    text = "从2025年7月起，我们的季度OKR如下：\n- 提升复购\n  - 复购率从20%到30%"
    assert statuses(text, "objective-no-timeframe") == ["pass"]


# -- decision 747: a floor on the change is still a change ------------------------------------


@pytest.mark.parametrize(
    ("kr", "verdict"),
    [
        ("对账自动化后，提升至少25%的结账效率", "fail"),
        ("坏账核销增长不低于15%", "fail"),
        ("结账效率达到至少25%", "pass"),
        ("票据准确率不低于99%", "pass"),
    ],
)
def test_a_floor_after_a_change_verb_asks_a_baseline(kr: str, verdict: str) -> None:
    text = f"O1：把账做快（2025年Q3）\nKR1：{kr}"
    assert statuses(text, "kr-no-baseline") == [verdict]


# -- decision 748: completing a first version, then the share it must cover, is a task --------


@pytest.mark.parametrize(
    ("kr", "verdict"),
    [
        ("完成报销小程序原型，覆盖85%的报销场景", "fail"),
        ("完成对账工具 MVP，覆盖 70% 的供应商", "fail"),
        ("完成对账工具 MVP，对账时长缩短到 2 天", "pass"),
    ],
)
def test_completing_a_first_version_with_its_coverage_is_a_task(kr: str, verdict: str) -> None:
    text = f"O1：把账做快（2025年Q3）\nKR1：{kr}"
    assert statuses(text, "kr-is-task") == [verdict]


# -- decision 749: a service's time limit alone is a KPI objective ------------------------------


@pytest.mark.parametrize(
    ("objective", "verdict"),
    [
        ("12分钟出餐", "fail"),
        ("下单后48小时内发货", "fail"),
        ("报修后1小时到场", "fail"),
        ("打造全城最快的40分钟送达", "pass"),
        ("让食客10分钟就吃上头一道菜", "pass"),
    ],
)
def test_a_service_time_limit_alone_is_a_kpi(objective: str, verdict: str) -> None:
    text = f"O1：{objective}（2025年Q3）\nKR1：准时率达到95%"
    assert statuses(text, "objective-is-metric") == [verdict]


# -- decision 750: 合作 before a count of partners makes it a target ------------------------------


@pytest.mark.parametrize(
    ("objective", "verdict"),
    [
        ("合作120家连锁药房", "fail"),
        ("新合作40家县级经销商", "fail"),
        ("和4家职校合作共建实训基地", "pass"),
        ("深化与80家渠道的合作", "pass"),
    ],
)
def test_partners_counted_after_he_zuo_are_a_kpi(objective: str, verdict: str) -> None:
    text = f"O1：{objective}（2025年Q3）\nKR1：签约门店达到60家"
    assert statuses(text, "objective-is-metric") == [verdict]

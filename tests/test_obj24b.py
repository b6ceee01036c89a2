"""Objectives read as a KPI or as plain work, leftovers (issue 8, twenty-fourth round; obj24b,
decisions 2935-2936). Every wording here was written for this test by obj24b."""

from __future__ import annotations

import pytest
from test_acc18 import flat, metric

# -- decision 2935: 上涨 / 升高 / 增多 move a measure, as 上升 / 增加 do --------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "履约成本较去年不上涨",
        "退货率较去年不升高",
        "物流费用同比不上涨",
        "客诉量较去年不增多",
        "单均配送成本环比不升高",
        "人力成本不上涨",
    ],
)
def test_zh_measure_not_rising_is_a_kpi(objective: str) -> None:
    assert metric(objective)
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    ["门店服务同比不下滑", "员工热情不上涨", "让大家的干劲持续升高", "房租上涨也要盈利"],
)
def test_zh_no_measure_no_kpi(objective: str) -> None:
    assert not metric(objective)


# -- decision 2936: changing a written rule or keeping to a plan is plain work -----------------


@pytest.mark.parametrize(
    "objective",
    [
        "Follow the training plan",
        "Revise the homework policy",
        "Amend the leave policy",
        "Adhere to the release checklist",
        "Comply with the new data rules",
        "Redraft the staff handbook",
        "Follow the maintenance schedule",
    ],
)
def test_en_rule_changed_or_plan_kept_is_flat(objective: str) -> None:
    assert flat(objective)
    assert not metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Every rider follows a safe route home",
        "Revise the onboarding flow so new hires ship on day one",
        "Make every patient feel heard",
    ],
)
def test_en_end_state_stays_inspiring(objective: str) -> None:
    assert not flat(objective)


# -- decision 2937: a stock good wished for ("Get good grades", "Make more money") ------------


@pytest.mark.parametrize(
    "objective",
    ["get good grades", "Get good grades", "make more money", "Have more fun", "Get more sleep"],
)
def test_en_generic_gain_is_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Get more kids reading",
        "Make more room for families at our table",
        "Have the best coffee in town",
        "Make every patient feel heard",
    ],
)
def test_en_gain_with_a_picture_stays(objective: str) -> None:
    assert not flat(objective)


# -- decision 2938: an average named by its size, value or length is a measure ----------------


@pytest.mark.parametrize(
    "objective",
    [
        "Increase average tab size",
        "Increase average cart size",
        "Grow average contract length",
        "Raise median booking value",
        "Lift the average invoice amount",
    ],
)
def test_en_average_size_is_a_kpi(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Make our average customer feel like our best one",
        "Be an above-average team",
        "Turn average players into great ones",
    ],
)
def test_en_average_without_a_measure_head_stays(objective: str) -> None:
    assert not metric(objective)


# -- decision 2939: a word jieba glues onto 效率 is a quality, not a rate ----------------------


@pytest.mark.parametrize(
    "objective", ["提高工作效率", "提高劳动效率", "提升办事效率", "提高行政效率", "提升审批效率"]
)
def test_zh_efficiency_is_no_kpi(objective: str) -> None:
    assert not metric(objective)
    assert flat(objective)


@pytest.mark.parametrize(
    "objective", ["提升设备综合效率", "提高复购率", "提升转化率", "提升好评率"]
)
def test_zh_rates_stay_kpis(objective: str) -> None:
    assert metric(objective)


# -- decision 2940: a measure's name whose end opens a word of becoming (数字化) ----------------


@pytest.mark.parametrize(
    "objective",
    ["推动门店数字化", "推进会员数字化", "加快订单数字化", "推动网点数字化", "推动客户数字化"],
)
def test_zh_digitising_is_no_count(objective: str) -> None:
    assert not metric(objective)


@pytest.mark.parametrize(
    "objective", ["推动用户数增长", "提升门店数", "门店数突破500家", "提升粉丝数量"]
)
def test_zh_counts_stay_kpis(objective: str) -> None:
    assert metric(objective)


# -- decision 2941: 课时消耗 / 课消 is the measure a course business earns by -----------------------


@pytest.mark.parametrize(
    "objective",
    [
        "私教课时消耗同比不下降",
        "提升课消",
        "课时消耗环比增长",
        "提升学员课时消耗",
        "门店课消不下滑",
    ],
)
def test_zh_lessons_used_is_a_kpi(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective", ["提升课时质量", "减少体力消耗", "用心上好每一节课，让学员愿意来"]
)
def test_zh_lessons_without_the_count_stay(objective: str) -> None:
    assert not metric(objective)

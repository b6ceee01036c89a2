"""Metric objectives and inspiring objectives, third pass (issue 8, twenty-fourth round;
objective24, decisions 2680-2685). Every wording here was written for this test by objective24;
the labelled sets the shapes were found on are kept outside the repository (written and
labelled before their first run)."""

from __future__ import annotations

import pytest
from test_acc18 import flat, metric

# -- decision 2680: 赢下 / 打赢 / 赢回 are wins, as 赢得 and 拿下 --------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "赢下华东市场",
        "打赢双十一这一仗",
        "赢回流失的老客户",
        "赢下与竞品的华东渠道之战",
        "打赢社区团购价格战",
        "赢下三家头部连锁的年度合同",
    ],
)
def test_zh_win_verbs_are_markers(objective: str) -> None:
    assert not flat(objective)
    assert not metric(objective)


# -- decision 2681: a measure held at last year's level ---------------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "营收同比不下滑",
        "客流环比不下降",
        "毛利率同比不下降",
        "会员数较去年不减少",
        "单店营业额同比不回落",
        "毛利率不低于去年",
        "客流不少于去年同期",
        "门店营业额不低于上年",
    ],
)
def test_zh_level_held_against_last_year_is_a_kpi(objective: str) -> None:
    assert metric(objective)
    assert flat(objective)


@pytest.mark.parametrize("objective", ["门店服务同比不下滑", "服务水平不低于去年"])
def test_zh_quality_held_is_no_kpi(objective: str) -> None:
    assert not metric(objective)


# -- decision 2682: a profit state with its scope, its window and a verb of reaching ----------


@pytest.mark.parametrize(
    "objective",
    [
        "门店实现盈利",
        "新店3个月内实现盈利",
        "新门店开业半年内实现盈利",
        "门店当月实现盈利",
        "新开门店一年内回本",
        "加盟店18个月回本",
        "直营店年内扭亏为盈",
        "社区店首年实现盈亏平衡",
    ],
)
def test_zh_profit_state_with_window_is_a_kpi(objective: str) -> None:
    assert metric(objective)
    assert flat(objective)


@pytest.mark.parametrize("objective", ["让门店早日盈利", "盈利能力提升"])
def test_zh_profit_words_with_more_are_no_kpi(objective: str) -> None:
    assert not metric(objective)


# -- decision 2683: a race and its time are a personal best ----------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "5公里跑进25分钟",
        "半马跑进2小时",
        "10公里跑进50分钟",
        "全马跑到4小时以内",
        "3000米跑进12分钟",
        "半程马拉松争取跑进1小时50分",
    ],
)
def test_zh_race_time_is_a_kpi(objective: str) -> None:
    assert metric(objective)


def test_zh_race_finished_is_no_kpi() -> None:
    assert not metric("跑完一次全马")


# -- decision 2684: a pupil's score ranked in the class, year group or major ------------------


@pytest.mark.parametrize(
    "objective",
    [
        "期末成绩进入班级前五",
        "班级平均分排名年级第一",
        "数学成绩稳居全班前三",
        "绩点排名专业前10%",
        "GPA排名专业前5%",
    ],
)
def test_zh_score_rank_in_school_is_a_kpi(objective: str) -> None:
    assert metric(objective)
    assert flat(objective)


@pytest.mark.parametrize("objective", ["打造全校最受欢迎的社团", "成为班里最会讲题的数学课代表"])
def test_zh_school_superlatives_stay_markers(objective: str) -> None:
    assert not metric(objective)
    assert not flat(objective)


# -- decision 2685: cash-flow positive, ramen profitability, default alive ------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Get to cash-flow positive by Q4",
        "Get back to cash flow positive in the stores",
        "Reach ramen profitability",
        "Get to default alive before the bridge runs out",
        "Reach EBITDA positive this year",
    ],
)
def test_en_profit_sign_reached_is_a_kpi(objective: str) -> None:
    assert metric(objective)
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Get to know our customers",
        "Reach ramen profitability by shipping the paid tier our users ask for",
    ],
)
def test_en_profit_words_with_more_are_no_kpi(objective: str) -> None:
    assert not metric(objective)


# -- decision 2686: a quota met, with who set it before it -----------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "完成公司下达的销售任务",
        "完成集团下达的业绩指标",
        "完成总部下达的全年销售任务",
        "完成上级下达的回款任务",
        "确保完成公司下达的年度经营目标",
        "全面完成集团下达的利润指标",
    ],
)
def test_zh_quota_set_from_above_is_a_kpi(objective: str) -> None:
    assert metric(objective)
    assert flat(objective)


@pytest.mark.parametrize("objective", ["完成公司下达的培训任务", "完成领导交办的各项任务"])
def test_zh_work_set_from_above_is_no_kpi(objective: str) -> None:
    assert not metric(objective)
    assert flat(objective)


# -- decision 2682 (adverbs): every store reaching the state ---------------------------------


@pytest.mark.parametrize(
    "objective",
    ["门店全部实现盈利", "所有新店都实现盈利", "加盟店均实现盈亏平衡", "新店半年内基本都能回本"],
)
def test_zh_profit_state_for_every_store_is_a_kpi(objective: str) -> None:
    assert metric(objective)


# -- decision 2687: race times said from the runner's side -----------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Run a half marathon under 1:50",
        "Run the marathon in under 3:45",
        "Get my 5K time below 24 minutes",
        "Bring my mile down to 6:30",
        "Cut my 10K time to 50 minutes",
        "Break 4 hours in the marathon",
        "Break 20 minutes at parkrun",
    ],
)
def test_en_race_time_is_a_kpi(objective: str) -> None:
    assert metric(objective)
    assert flat(objective)


@pytest.mark.parametrize("objective", ["Run my first marathon", "Break the habit of skipping runs"])
def test_en_race_without_time_is_no_kpi(objective: str) -> None:
    assert not metric(objective)


# -- decision 2688: a sale's size, a team's cadence as measures -------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Increase average check size",
        "Grow average order size",
        "Increase units per transaction",
        "Increase deployment frequency",
        "Raise release frequency",
        "Lift items per basket at the weekend stores",
    ],
)
def test_en_more_measures_are_kpis(objective: str) -> None:
    assert metric(objective)
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Improve release quality",
        "Increase deployment frequency so every fix reaches customers the same day",
    ],
)
def test_en_measures_with_more_are_no_kpi(objective: str) -> None:
    assert not metric(objective)


# -- decision 2689: colloquial zh moves read whole (userdict) --------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "营收冲一冲",
        "店均营收冲一冲🔥",
        "单店营收冲一冲",
        "营收涨一涨",
        "营收提一提",
        "会员数拉一拉",
    ],
)
def test_zh_colloquial_moves_after_revenue_are_kpis(objective: str) -> None:
    assert metric(objective)
    assert flat(objective)

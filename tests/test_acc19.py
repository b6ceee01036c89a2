"""Chinese metric objectives, Chinese inspiring objectives and result-not-task in voices nobody
wrote rules for (issue 8, nineteenth round; acc19, decisions 1600-1607). Every wording here was
written for this test: none is a corpus item or a probe the readings were tuned on."""

from __future__ import annotations

import pytest
from test_realen12 import fails

from coach.facts.kpi import kpi_spans
from coach.nlp import tokenize


def _zh(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _objective_fails(objective: str, rule: str) -> bool:
    sep = "：" if _zh(objective) else ": "
    kr = "满意度从3.5提升到4.2" if _zh(objective) else "Survey score from 3.5 to 4.2"
    return objective in fails(f"O{sep}{objective}\nKR{sep}{kr}", rule)


def metric(objective: str) -> bool:
    return _objective_fails(objective, "objective-is-metric")


def flat(objective: str) -> bool:
    return _objective_fails(objective, "objective-not-inspiring")


def result_fault(kr: str) -> bool:
    obj = (
        "目标：让镇上的人办事不用跑第二趟"
        if _zh(kr)
        else "Objective: Make the ferry the easiest way to cross the bay"
    )
    text = f"{obj}\nKR{'：' if _zh(kr) else ': '}{kr}"
    return kr in fails(text, "kr-is-task") or kr in fails(text, "kr-activity-count")


@pytest.mark.parametrize(
    "objective",
    [
        "期刊订阅量突破8万册",  # decision 1600: a volume counted in a measure word of goods
        "年出栏量达到3万头",
        "新车交付量冲刺2万辆",
        "芯片出货量突破500万片",
        "完成6000万营收",  # decision 1603: 万 glued to the measure by jieba is the figure's
        "实现2亿销售额",
        "确保全年经营指标达成",  # 经营 names the business's figures as a whole
        "Occupancy above 85%",  # decision 1602: a comparator before the figure
        "Completion rate over 70%",
        "Donations growth",  # a noun of the measure's change after it
        "Higher renewal rate among small firms",  # a scope after the measure
        "Improve punctuality on the night buses",
        "Cut our water bills",  # bills are costs
    ],
)
def test_kpis_in_new_shapes_are_metric_objectives(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "做一家有温度的口腔诊所",  # decision 1601: 有温度, verbs of care
        "守护每一位孕妈的平安",
        "为山里的孩子照亮求学的路",
        "让家乡的小米走出国门",  # going abroad
        "把操场还给孩子们",  # given back to the people served
        "办病人满意的医院",  # decision 1604: people and how they feel glued by jieba
        "把旧粮仓建设成市民的文化客厅",  # 建设成 leads an end state
        "成为球迷眼中的主场",  # decision 1605: in the eyes of the people served
        "做渔民身边的气象顾问",  # decision 1607: beside them
        "把放映车开到每一个村",  # brought to every place
        "Every climber gets down before dark",  # decision 1605: each one, its own verb
        "Each foal leaves ready for its new home",
    ],
)
def test_aspirations_in_new_shapes_are_not_flat(objective: str) -> None:
    assert not flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "把事情办成",  # decision 1604: an end-state verb with nothing after it
        "提升会员心中的品牌形象",  # a generic verb still opens it
        "把月报发到每个部门",  # not a verb of bringing something to the people served
        "Every branch improves its margin",  # decision 1605: a verb of change, no end state
        "Strengthen our field safety",
    ],
)
def test_flat_objectives_stay_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Personal growth",  # growth after no measure
        "Pride in our craft",  # a scope after no measure
        "办有温度的社区养老",
    ],
)
def test_no_metric_without_a_measure(objective: str) -> None:
    assert not metric(objective)


@pytest.mark.parametrize(
    "kr",
    [
        "Fit out the new treatment room",  # decision 1606: an unknown phrasal verb
        "Board up the empty shop units",
        "Hose down the loading bay every evening",
        "Redraw the Monday delivery routes",  # a day after "the" names the thing
        "购置2辆巡逻车",  # decision 1600: bought things counted in a measure word
        "拍摄3部宣传片",
    ],
)
def test_tasks_in_new_shapes(kr: str) -> None:
    assert result_fault(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Footfall on the quay from 2,000 to 3,500 a week",  # a plural noun, no phrasal verb
        "Sign-ups on the new page from 300 to 700",
        "支部成员参与率从55%提升到85%",  # 支部 is no measure word
        "头部客户续约率从75%提升到90%",  # 头部 is no measure word
    ],
)
def test_results_stay_results(kr: str) -> None:
    assert not result_fault(kr)


def test_a_scale_word_glued_to_a_measure_stays_the_figures() -> None:
    text = "完成5000万营收"
    names = [name for _a, _b, name in kpi_spans(text, tokenize(text, "zh"), "zh")]
    assert names == ["营收"]

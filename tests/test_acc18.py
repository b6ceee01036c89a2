"""Result-not-task, inspiring and metric objectives in voices nobody wrote rules for (issue 8,
eighteenth round; acc18, decisions 1460-1469). Every wording here was written for this test:
none is a corpus item or a probe the readings were tuned on."""

from __future__ import annotations

import pytest
from test_realen12 import fails


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
        "公众号矩阵总阅读量",  # decision 1460: a longer scope of nouns, then the measure
        "快递网点单日揽收件数",
        "直营店会员月消费总额",
        "降低冷链车空驶里程",  # distance driven is a measure
        "单车月均行驶里程",
        "会员人数不下滑",  # decision 1461: a level held
        "客单价不回落",
        "年底前完成回款任务600万",  # a quota named by its measure, with its figure
        "完成营收指标3000万",
        "视频号粉丝突破10万大关",  # a figure as the threshold to pass
        "小红书粉丝冲击十万",  # 冲击 before a numeral in words
        "Cut locum hours",  # decision 1462: a unit of time counted
        "Reduce empty bed nights",
        "Trim overtime days on the night shift",
        "Shrink the plumbing backlog",  # what waits, by its size
        "Shorten the waiting list for allotments",
        "Increase take-out revenue",  # decision 1463: a preposition glued to a compound
        "Grow drop-in sales",
        "Increase pick-your-own sales",  # "own" after a hyphen is the adjective
    ],
)
def test_kpi_objectives_are_metric(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "打造全县最受信赖的社区医院，门诊人次翻番",  # a direction beside the number
        "让每位学员都能在家门口学到想学的课",
        "Own the wedding market on the north coast",  # "own" as a verb stays a marker
        "Make our own brand the one locals ask for",  # ... "our own" is the adjective
        "Turn the waiting list into a welcome list",
        "完成仓库搬迁",  # a piece of work, not a quota
    ],
)
def test_directions_are_not_metric(objective: str) -> None:
    assert not metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Roast beans that baristas across town put on their menus",  # decision 1464: others act
        "Grow tomatoes that chefs in Leeds ask for by name",
        "Bake loaves that neighbours queue for on Saturdays",
        "Build boats that skippers trust in a gale",
    ],
)
def test_others_acting_in_a_relative_clause_inspire(objective: str) -> None:
    assert not flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Reduce the mistakes that pickers make",  # a measure before "that": counted (1464)
        "Cut the delays that commuters face",
        "Audit our supplier list",  # decision 1469: a verb of work, nothing served
        "Relocate the workshop",
        "Research a second depot",
        "Renovate the reading room",
    ],
)
def test_flat_objectives(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Audit our books so donors trust every pound",  # a purpose after "so"
        "Renovate the reading room into the warmest room in town",  # a superlative
    ],
)
def test_work_verbs_with_a_direction_are_not_flat(objective: str) -> None:
    assert not flat(objective)


@pytest.mark.parametrize(
    "kr",
    [
        "Prune 150 old apple trees",  # decision 1465: an unknown verb, then things counted
        "Reseal 40 garage doors",
        "Hoover both minibuses before the fete",
        "Enter 5 regional competitions",  # efforts counted after an unknown verb: activity
        "Edit 12 patient story videos",  # decision 1466: people modify the videos
        "Shoot 8 volunteer thank-you clips",
        "开发4款秋季新茶饮",  # decision 1468: products counted by 款 are made
        "新购2台洗地机",  # equipment bought
        "下架30个滞销单品",
        "新建3个门店导购群",
    ],
)
def test_work_counted_is_a_task(kr: str) -> None:
    assert result_fault(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Turnout 400 voters",  # a measure named first
        "Having 300 growers listed in the directory",  # a state held, not an imperative
        "Move 60 members onto the annual plan",  # decision 1467: parties brought onto terms
        "Bring 3 new hauliers onto annual contracts",
        "Sign 8 customer reference agreements",
        "开发新客户25家",  # 开发 with customers: won
        "研发人效提升15%",  # 研发 names a team, not work
    ],
)
def test_results_stay_results(kr: str) -> None:
    assert not result_fault(kr)

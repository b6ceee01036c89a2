"""Metric objectives and inspiring objectives in both languages (issue 8, twenty-second round;
metric22, decisions 2101-2110). Every wording here was written for this test by metric22; the
labelled set the shapes were found on is tests/data/metric22_objectives_{en,zh}.tsv (written
and labelled before any run), and the last test keeps it at its measured level."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_acc18 import flat, metric

from coach import review

DATA = Path(__file__).parent / "data"


# -- decisions 2101-2104, 2110: Chinese KPI objectives -------------------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "做到退款率逐月下降",  # 2101: 做到 a commitment; 逐月 a degree of the move
        "保持人均产值",  # a measure after a commitment: the level kept
        "保持毛利率",
        "采购费用有效控制",  # 有效 before the verb at the end
        "有效控制采购成本",  # ... and at the start
        "复购率稳定在较高水平",  # 2102: kept at a high level
        "客户流失率保持在低位",
        "部门差旅开支控制在预算以内",  # kept within the budget
        "上半年回款达成",  # 2103: a quota's measure met, 指标 unsaid
        "本季度回款顺利达成",
        "库存积压清零",  # a measure brought to zero
        "返修数下降",  # 2104: 数 after a verb counts it, as 量 does
        "保持线上份额",  # 份额 a measure
        "门店平均单价提升",
        "部署频率提高",
        "体重瘦下来",  # verbs that bring a measure back or down
        "订单量回暖",
        "营收恢复增长",  # 2110
        "节省物流运费",
        "提升亩产",
        "全年经营现金流为正",  # 2110: cash or profit back above zero
        "利润回正",
        "提升会员生命周期价值",  # lifetime value
    ],
)
def test_chinese_kpis_in_new_shapes_are_metric_objectives(objective: str) -> None:
    assert metric(objective)
    assert flat(objective)  # a KPI-only objective is not inspiring either (decision 18)


@pytest.mark.parametrize(
    "objective",
    [
        "留住更多回头客",  # 2110: more of them kept, got or drawn in
        "吸引更多家长报名",
        "拿到更多五星评价",
        "让更多用户充值",  # more people making a purchase
        "让更多老顾客复购",
        "订满暑期客房",  # every place taken
        "招满周末班",
    ],
)
def test_more_people_counted_and_places_filled_are_kpis(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "提高团队协作效率",  # a generic quality (decision 48), not a measure
        "有效提升团队协作",
        "让更多老人吃上热饭",  # what more people get: an end state, not a purchase counted
        "让更多孩子爱上运动",
        "做好客户回访工作",
        "提升门店盈利能力",  # a capability
        "党建引领业务发展",  # guided by 党建: no lead taken (2105)
        "加快数字化转型",  # decision 637: not a KPI
    ],
)
def test_qualities_and_end_states_are_no_kpis(objective: str) -> None:
    assert not metric(objective)


# -- decision 2105: Chinese inspiring objectives ------------------------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "引领西南生鲜电商行业",  # 引领 that opens the objective leads
        "持续引领本地家政市场",
        "业主的问题不过夜",  # each one dealt with the same day
        "每个乡镇都有自己的图书室",  # what each place served has
        "学生们放学后有个安全的去处",  # 们 cut off the people by jieba
        "我们的课，学生上了都说好",  # all of them praise it
        "返乡青年有活干",  # the people's needs met, said the plain way
        "给老顾客带来惊喜",  # delight, as in English
    ],
)
def test_chinese_end_states_and_leads_are_inspiring(objective: str) -> None:
    assert not flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "科技引领发展",  # 引领 after a noun: guided by it
        "坚持党建引领",
        "每个季度都有复盘",  # a period, not a place or a person served
        "每个部门都有周报",
        "今年都说好好干",  # 说好好干: no praise
        "策划惊喜盲盒活动",  # a campaign's name, no one delighted
        "学生们放学后完成作业",  # work done, nothing they get
        "推进门店标准化建设",
        "建立健全考核机制",
    ],
)
def test_chinese_plain_objectives_stay_flat(objective: str) -> None:
    assert flat(objective)


# -- decisions 2106-2110: English -----------------------------------------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Raise code coverage",  # 2106: measures named in a trade
        "Shorten our sales cycle in the mid-market",
        "Free up working capital",
        "Reduce emissions at both plants",
        "Increase covers at lunch",
        "RevPAR growth at the airport hotel",
        "Less overtime on the night shift",
        "Cut time-to-hire for engineers",
        "Grow our TikTok following",
        "Grow revenue from our top 15 accounts",  # 2107: top N before a plural is a segment
        "Lose 5 kg by summer",  # 2108: lose as a target verb
        "Speed up invoice processing",  # 2109: a process sped up
        "Accelerate onboarding",
        "Speed up the refund process",
        "Fill more weekend shifts",  # 2110: seats filled, money owed recovered
        "Collect more overdue invoices",
        "Keep headcount flat",
        "Push up our Google rating",
        "Shorter queues at the pharmacy",
        "Improve cash collection in Europe",
        "Grow the mailing list",  # a list by its size, time spent per visit
        "Increase time on site for new visitors",
    ],
)
def test_english_kpis_in_new_shapes_are_metric_objectives(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Accelerate digital transformation",  # a program of change, no process's speed
        "Speed up the data pipeline",  # a system (decision 129)
        "Collect feedback from every pilot school",  # no count made bigger
        "Keep the team steady through the reorg",  # no measure kept
    ],
)
def test_programs_systems_and_work_are_no_kpis(objective: str) -> None:
    assert not metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Lead the country in rooftop solar",  # 2107: leading a place or a field
        "The town's favourite bakery",  # the people's favourite
        "Be among the top 3 agencies in the north",  # a rank to reach keeps its marker
        "Our interns become the analysts others try to poach",  # 2110: people a team trains
    ],
)
def test_english_aspirations_are_inspiring(objective: str) -> None:
    assert not flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Evolve the onboarding flow",  # 2109: a plain verb of work
        "Reskill the warehouse team",
        "Rework the partner contracts",
        "Revisit the expenses policy",
        "Put a clear escalation path in place",  # the idiom of setting up
        "Sales playbook v3",  # a version tag after a bare noun phrase
        "Save $3k for the kids' summer camp",  # 2108: whose fund, not who acts
        "Support renewals with our top 10 customers",  # top N: a segment, no rank
    ],
)
def test_english_plain_objectives_are_flat(objective: str) -> None:
    assert flat(objective)


# -- the labelled set ---------------------------------------------------------------------------


def _rows(lang: str) -> list[tuple[str, int, int]]:
    rows = []
    for line in (DATA / f"metric22_objectives_{lang}.tsv").read_text("utf-8").splitlines():
        if not line or line.startswith(("#", "lang\t")):
            continue
        _lang, _voice, m, f, objective = line.split("\t")
        rows.append((objective, int(m), int(f)))
    return rows


# A line that carries its own label or list number is pasted as it is ("O1: Grow new ARR.",
# "1、降低库存周转天数"); the others get one.
_OWN_LABEL = re.compile(r"^(?:O\d|Obj|Objective|\d+[.)、]|Q\d|目标|[一二三四五六七八九十]、|⭐|🚀)")


def _verdicts(objective: str, lang: str) -> tuple[bool, bool]:
    kr = "KR：满意度从3.5提升到4.2" if lang == "zh" else "KR: Survey score from 3.5 to 4.2"
    label = "" if _OWN_LABEL.match(objective) else ("目标：" if lang == "zh" else "Objective: ")
    o = review(f"{label}{objective}\n{kr}").objectives[0]
    status = {c.rule_id: c.status for c in o.checks}
    return (
        status.get("objective-is-metric") == "fail",
        status.get("objective-not-inspiring") == "fail",
    )


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_labelled_set_keeps_its_level(lang: str) -> None:
    """Misjudgements on metric22's own labelled objectives (measured when this round ended,
    metric and inspiring verdicts together: en 12 of 678, zh 5 of 814 — 50 and 35 at the base;
    the ones left are listed in docs/principles.md)."""
    wrong = 0
    for objective, want_metric, want_flat in _rows(lang):
        got_metric, got_flat = _verdicts(objective, lang)
        wrong += (got_metric != bool(want_metric)) + (got_flat != bool(want_flat))
    assert wrong <= {"en": 12, "zh": 5}[lang]


@pytest.mark.parametrize("objective", ["差旅费用降下来", "节约水电费用", "把差旅费降下来"])
def test_a_fee_named_with_its_full_suffix_is_still_a_kpi(objective: str) -> None:
    """Adding 差旅费/水电费 to jieba's words cut "差旅费用" as 差旅费|用, and the objective was no
    longer read as a KPI (found by tests/test_advice_fix13b.py after the merge): the long forms
    are words of their own."""
    assert metric(objective)

"""advice40: negative and compound key results (decisions 5900-5907)."""

from __future__ import annotations

import pytest

from coach import review

_EN = "Objective: Keep every depot ready for the winter peak\n- KR1: {text}\n"
_ZH = "目标：让每个仓库都能准时发货\n- KR1：{text}\n"


def _findings(text: str, rule_id: str):
    lang_zh = any("\u4e00" <= ch <= "\u9fff" for ch in text)
    r = review((_ZH if lang_zh else _EN).format(text=text))
    return [f for f in r.findings if f.target == "o1.kr1" and f.rule_id == rule_id]


def _rule_findings(text: str, rule_id: str):
    return [f for f in _findings(text, rule_id) if f.source == "rule"]


# -- 5901, 5902: two measures under one verb and one figure are two results -------------------
@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Reduce late orders and damaged parcels by 20%", "Reduce damaged parcels by 20%"),
        ("Cut failed deliveries and customer complaints by 15%", "Cut customer complaints by 15%"),
        (
            "Lower missed pickups & lost parcels from 40 to 20 a month",
            "Lower lost parcels from 40 to 20 a month",
        ),
        ("Reduce stockouts and overstocks both by 25%", "Reduce overstocks by 25%"),
        ("Cut chargebacks and refund requests by 30%", "Cut refund requests by 30%"),
        ("Reduce no-shows and late reschedules by 10%", "Reduce late reschedules by 10%"),
        ("Increase trial signups and paid upgrades by 20%", "Increase paid upgrades by 20%"),
        ("Grow repeat visits and referrals by 15%", "Grow referrals by 15%"),
        ("Reduce wrong addresses and returned parcels by 12%", "Reduce returned parcels by 12%"),
        ("Cut damaged pallets and torn cartons to 50 a month", "Cut torn cartons to 50 a month"),
        ("延迟发货和破损包裹都减少20%", "破损包裹减少20%"),
        ("错发和漏发都减少一半", "漏发减少一半"),
        ("本季度延迟发货与破损包裹都减少20%", "破损包裹减少20%"),
        ("逾期回款和坏账都下降15%", "坏账下降15%"),
        ("延迟发货和破损包裹减少20%", "破损包裹减少20%"),
        ("超时配送和错发都降低10%", "错发降低10%"),
        ("尽量提升客户满意度和复购率", "提升复购率"),
        ("提升客户满意度和复购率", "提升复购率"),
        ("努力提高发货准确率与客户满意度", "提高客户满意度"),
        ("降低退货率和投诉率", "降低投诉率"),
        # the English hedge agrees with 尽量 (decision 5902)
        ("Try to improve CSAT and repeat purchase rate", "Try to improve repeat purchase rate"),
        ("Aim to improve NPS and CSAT", "Aim to improve CSAT"),
        (
            "Try to reduce late orders and damaged parcels by 20%",
            "Try to reduce damaged parcels by 20%",
        ),
    ],
)
def test_two_measures_sharing_one_fall_are_two_results(text: str, second: str) -> None:
    (f,) = _rule_findings(text, "kr-compound")
    assert f"“{second}”" in f.message, f.message
    assert f.suggestions[0].text.endswith("\n" + second) or second in f.suggestions[0].text


@pytest.mark.parametrize(
    "text",
    [
        # one measure over several objects, channels or places (decisions 365, 1765)
        "Increase followers on Facebook and Twitter by 20%",
        "Grow Facebook and Twitter followers by 20%",
        "Reduce cancelled and late orders by 15%",
        "Cut sales and marketing costs by 10%",
        "Reduce late orders by 20% in Leeds and Derby",
        "Reduce late orders for Leeds and Derby depots by 20%",
        "Raise NPS for enterprise and SMB customers to 50",
        "Close 12 mid-market deals and 20 SMB deals",
        "Cut slips, trips and falls by 30%",
        "Reduce late orders by 20%",
        "华东和华南的退货都减少20%",
        "线上和线下客诉都减少20%",
        "华东和华南都减少20%",
        "仓库和门店的破损都减少20%",
        "新客和老客的投诉都减少20%",
        "在Facebook和Twitter上增加20%的粉丝数量",
        "提升华东和华南的复购率",
        "在华东和华南提升复购率",
        "提升复购率",
        "破损包裹减少20%",
        "华东和华南区新签客户共20家",
        "Try to improve NPS for enterprise and SMB customers",
        "Try to grow Facebook and Twitter followers by 20%",
        "Try to reduce cancelled and late orders by 15%",
    ],
)
def test_one_measure_over_several_objects_stays_one(text: str) -> None:
    assert not _rule_findings(text, "kr-compound"), text


# -- 5900: the negative-phrasing quote holds both joined measures --------------------------------
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("延迟发货和破损包裹都减少20%", "延迟发货和破损包裹都减少20%"),
        ("本季度延迟发货和破损包裹都减少20%", "延迟发货和破损包裹都减少20%"),
        ("超时配送和破损包裹都降低15%", "超时配送和破损包裹都降低15%"),
        ("门店缺货和商品破损都减少30%", "门店缺货和商品破损都减少30%"),
        ("客服排队和重复来电都减少25%", "客服排队和重复来电都减少25%"),
        ("包裹丢失和包裹破损都减少20%", "包裹丢失和包裹破损都减少20%"),
        ("Reduce late orders and damaged parcels by 20%", "late orders and damaged parcels"),
        ("Cut late invoices and failed payments by 20%", "late invoices and failed payments"),
        ("Reduce missed calls and dropped chats by 15%", "missed calls and dropped chats"),
        ("Lower late pickups and lost parcels by 10%", "late pickups and lost parcels"),
    ],
)
def test_the_quote_holds_both_joined_measures(text: str, quote: str) -> None:
    (f,) = _rule_findings(text, "kr-negative-phrasing")
    assert quote in f.message, f.message


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # one bad measure: quoted as before
        ("破损包裹都减少20%", "“破损包裹都减少20%”"),
        ("破损包裹减少20%", "“破损包裹减少20%”"),
        ("Reduce damaged parcels by 20%", "“Reduce damaged parcels by 20%”"),
    ],
)
def test_one_bad_measure_keeps_its_quote(text: str, quote: str) -> None:
    (f,) = _rule_findings(text, "kr-negative-phrasing")
    assert quote in f.message, f.message


# -- 5903, 5904: positive rewrites ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "turned"),
    [
        ("Reduce mis-shipments from 3% to 1%", "Raise shipment accuracy from 97% to 99%"),
        ("Cut mis-shipments from 4% to 2%", "Raise shipment accuracy from 96% to 98%"),
        ("Cut refund requests from 8% to 4%", "Share of cases with no refund request from 92%"),
        ("Reduce chargebacks from 2% to 0.5%", "Share of cases with no chargeback from 98%"),
        ("Cut returns from 8% to 4%", "Share of cases with no return from 92% to 96%"),
        ("Keep refund requests below 4%", "Share of cases with no refund request at least 96%"),
        ("Lower warranty claims from 6% to 3%", "no warranty claim from 94% to 97%"),
        ("Reduce price disputes from 5% to 2%", "no price dispute from 95% to 98%"),
        ("退款申请从8%降到4%", "未发生退款申请的占比从92%提升到96%"),
        ("投诉从5%降到2%", "未发生投诉的占比从95%提升到98%"),
        ("退款申请率从8%降到4%", "未发生退款申请的占比从92%提升到96%"),
        ("保修索赔从6%降到3%", "从94%提升到97%"),
    ],
)
def test_a_positive_rewrite_is_offered(text: str, turned: str) -> None:
    (f,) = _rule_findings(text, "kr-negative-phrasing")
    said = f.message + " ".join(s.text for s in f.suggestions)
    assert turned in said, said


@pytest.mark.parametrize(
    "text",
    [
        # a relative fall or a count: no share to turn (decision 1012)
        "Reduce refund requests by 20%",
        "Reduce refund requests from 300 to 150 a month",
        "Cut water losses from 12% to 8%",
        "退款申请减少20%",
        "退款申请从300单降到150单",
        "管网漏损从12%降到8%",
        # figures of another share, after the events: not theirs to turn
        "退货到总仓的包裹比例从10%降到5%",
    ],
)
def test_no_share_is_turned_from_a_count_or_a_fall(text: str) -> None:
    (f,) = _rule_findings(text, "kr-negative-phrasing")
    said = f.message + " ".join(s.text for s in f.suggestions)
    assert "Share of cases with no" not in said and "未发生" not in said, said


# -- 5905: a similar example shares the measure's topic ----------------------------------------
def _topic(text: str) -> frozenset[str]:
    from coach import examples
    from coach.config import Config
    from coach.review import parse

    lang_zh = any("\u4e00" <= ch <= "\u9fff" for ch in text)
    draft = parse((_ZH if lang_zh else _EN).format(text=text), Config())
    item = next(i for i in draft.items() if i.id == "o1.kr1")
    return examples.topic(item).metrics


@pytest.mark.parametrize(
    "text",
    [
        "新员工的拣货错误减少30%",
        "新员工拣货准确率从95%提升到99%",
        "新员工的拣货准确率从95%提升到99%",
        "Cut picking errors among new hires by 30%",
        "Cut new hires' picking errors by 30%",
        "Raise picking accuracy for new hires from 95% to 99%",
    ],
)
def test_people_who_make_the_errors_are_no_topic(text: str) -> None:
    metrics = _topic(text)
    assert "new-hire-90-day-retention" not in metrics, metrics
    assert metrics & {"order-accuracy", "order-error-rate"}, metrics


@pytest.mark.parametrize(
    "text",
    [
        "新员工的90天留存率从82%提升到90%",
        "Raise 90-day retention of new hires to 90%",
        "新员工90天留存率从82%提升到90%",
    ],
)
def test_the_people_name_a_generic_measure(text: str) -> None:
    assert "new-hire-90-day-retention" in _topic(text)


# -- 5906: a bracketed grade before a status leaves the wording ---------------------------------
@pytest.mark.parametrize(
    ("text", "score", "status", "wording"),
    [
        ("客户投诉减少20% 【0.4】未完成", 0.4, "未完成", "客户投诉减少20%"),
        ("给新同事配好工位【0.1】未完成", 0.1, "未完成", "给新同事配好工位"),
        ("新签客户20家（0.7）完成", 0.7, "完成", "新签客户20家"),
        ("上线自助退款 [1.0] 已完成", 1.0, "已完成", "上线自助退款"),
        ("Cut complaints by 20% [0.7] done", 0.7, "done", "Cut complaints by 20%"),
        (
            "Serve 300 lunches a day (0.3) in progress",
            0.3,
            "in progress",
            "Serve 300 lunches a day",
        ),
        ("Hit 3 release dates [1.0] done", 1.0, "done", "Hit 3 release dates"),
        ("Sign 12 clinics 【0.5】 at risk", 0.5, "at risk", "Sign 12 clinics"),
    ],
)
def test_a_bracketed_grade_before_its_status_leaves_the_wording(
    text: str, score: float, status: str, wording: str
) -> None:
    from coach.review import parse

    lang_zh = any("\u4e00" <= ch <= "\u9fff" for ch in text)
    from coach.config import Config

    draft = parse((_ZH if lang_zh else _EN).format(text=text), Config())
    item = next(i for i in draft.items() if i.id == "o1.kr1")
    assert (item.score, item.status) == (score, status)
    assert item.plain.strip() == wording


@pytest.mark.parametrize(
    "text",
    [
        "上线3个功能（1）完成",  # no grade on the scale's decimals
        "Ship v2 (phase 1) done",
        "Launch 2 pilots (2) done",
    ],
)
def test_a_bracket_with_no_grade_is_no_grade(text: str) -> None:
    from coach.facts.grades import score_status

    assert score_status(text) is None


# -- 5907: an actual value after a dash can be graded -------------------------------------------
def _grade_missing(kr: str) -> str:
    from coach.cycle.grading import grade

    zh = any("\u4e00" <= ch <= "\u9fff" for ch in kr)
    head = (
        "目标1：让客户更满意\n关键结果1：NPS从30提升到45 0.3 未完成\n关键结果2："
        if zh
        else "Objective: Delight our customers\nKR1: Raise NPS from 30 to 45 0.3 not done\nKR2: "
    )
    (f,) = [f for f in grade(head + kr + "\n").findings if f.rule_id == "grade-missing"]
    return f.message


@pytest.mark.parametrize(
    ("kr", "said"),
    [
        ("客户满意度从4.1分提升到4.6分 —— 4.3分", "“4.3分”读作实际达到的数值"),
        ("客户满意度从4.1分提升到4.6分 —— 4.3分", "“得分：0.4”"),
        ("周订单从800单增长到1,200单 — 1,050单", "“得分：0.62”"),
        ("客户满意度提升到4.6分 —— 4.3分", "请对照目标写出它折合的分数"),
        ("平均等待时间从12分钟降到5分钟 — 8分钟", "“得分：0.57”"),
        ("门店数从40家增加到60家 — 50家", "“得分：0.5”"),
        ("Raise CSAT from 4.1 to 4.6 — 4.3", "“score: 0.4”"),
        ("Grow weekly orders from 800 to 1,200 — 1,050 orders", "“1,050 orders” at its end reads"),
        ("Cut wait time from 12 to 5 minutes — 8 minutes", "“score: 0.57”"),
        ("Raise CSAT to 4.6 — 4.3", "write the grade it comes to against the target"),
        ("Open 60 stores, up from 40 — 50 stores", "reads as the value reached"),
    ],
)
def test_an_actual_value_after_a_dash_is_said(kr: str, said: str) -> None:
    assert said in _grade_missing(kr)


@pytest.mark.parametrize(
    ("kr", "said"),
    [
        ("客户满意度从4.1分提升到4.6分", "这个关键结果没有打分，"),
        ("客户满意度从4.1分提升到4.6分 —— 60%", "单独的百分比"),
        ("Raise CSAT from 4.1 to 4.6 — 60%", "a percentage alone"),
        ("Migrate 40 services — 32/40", "is progress, not a grade"),
        ("Raise CSAT from 4.1 to 4.6", "This key result has no grade;"),
    ],
)
def test_other_ends_keep_their_message(kr: str, said: str) -> None:
    assert said in _grade_missing(kr)

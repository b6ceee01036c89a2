"""advice26 (issue 8, twenty-sixth round): what a workshop room reads beside each finding.

Every wording here was written for this file; see docs/principles.md decisions 3640-3642.
"""

from __future__ import annotations

import pytest

from coach import review

SIBLING_EN = "Is this work how the key result"
SIBLING_ZH = "这项工作是为了推动关键结果"


def _task_advice(text: str) -> str:
    """The first suggestion of the last key result's task or activity finding."""
    rep = review(text)
    last = rep.objectives[-1].key_results[-1].id
    for f in rep.findings:
        if f.target == last and f.rule_id in ("kr-is-task", "kr-activity-count"):
            return f.suggestions[0].text if f.suggestions else ""
    raise AssertionError(f"no task finding on {last}: {[f.rule_id for f in rep.findings]}")


# Decision 3640: the unit a sibling key result is counted per ("per flat", "per 100,000 words",
# "每家门店", "每千次配送") is what it is counted over, not its measure: a task on flats or
# stores is not that key result's work because it shares that word.
@pytest.mark.parametrize(
    ("objective", "sibling", "task"),
    [
        (
            "Be the landlord people stay with",
            "Empty days per flat under 20 per year",
            "Refinance the loans on 6 flats",
        ),
        (
            "Clients trust our translations",
            "Complaints under 3 per 50,000 words delivered",
            "Translate 1.5 million words",
        ),
        (
            "Every ward runs smoothly",
            "Falls per 1,000 patients from 4 to 2",
            "Move 200 patients to the new wing",
        ),
        (
            "Drivers are safe on every route",
            "Harsh braking events per vehicle below 2 a week",
            "Replace 12 vehicles",
        ),
        (
            "Guests sleep well with us",
            "Noise complaints per 100 rooms from 6 to 3",
            "Redecorate 80 rooms",
        ),
    ],
)
def test_en_a_per_unit_word_does_not_pick_the_sibling(
    objective: str, sibling: str, task: str
) -> None:
    text = f"Objective: {objective}\nKR1: {sibling}\nKR2: {task}"
    assert SIBLING_EN not in _task_advice(text)


@pytest.mark.parametrize(
    ("objective", "sibling", "task"),
    [
        ("让顾客吃完还想再来", "每家门店上菜时间控制在15分钟内", "新开3家门店"),
        ("让包裹放心送到", "每千次配送投诉数从6降到3", "上线配送小程序"),
        ("让病人住得安心", "每百张床位跌倒次数从2降到1", "采购30张床位"),
        ("让会员练得更开心", "每位会员月均上课次数从4次提升到6次", "举办会员开放日3场"),
        ("让车队跑得更稳", "每台车辆月均故障次数降到0.5次以下", "采购20台新车辆"),
    ],
)
def test_zh_a_per_unit_word_does_not_pick_the_sibling(
    objective: str, sibling: str, task: str
) -> None:
    text = f"目标：{objective}\n关键结果1：{sibling}\n关键结果2：{task}"
    assert SIBLING_ZH not in _task_advice(text)


# Guards: the measure's own words before the unit still link, and a 每-word that says when
# ("每月", "每周") is no unit.
@pytest.mark.parametrize(
    ("text", "marker"),
    [
        (
            "Objective: Stock we can trust\nKR1: Counting errors per 1,000 lines from 8 to 2\n"
            "KR2: Retrain the team on counting",
            SIBLING_EN,
        ),
        (
            "Objective: Fewer lost parcels\nKR1: Lost parcels per 10,000 shipped below 3\n"
            "KR2: Add a scanner check for lost parcels at the dock",
            SIBLING_EN,
        ),
        (
            "目标：让门店更热闹\n关键结果1：门店每月客流量从2万提升到3万\n关键结果2：改造门店入口",
            SIBLING_ZH,
        ),
        (
            "目标：让配送更安心\n关键结果1：每千次配送投诉数从6降到3\n关键结果2：建立投诉处理流程",
            SIBLING_ZH,
        ),
    ],
)
def test_the_measure_itself_still_links(text: str, marker: str) -> None:
    assert marker in _task_advice(text)


def _metric_rewrite(text: str) -> str:
    rep = review(text)
    for f in rep.findings:
        if f.rule_id == "objective-is-metric" and f.suggestions:
            return f.suggestions[0].text
    raise AssertionError(f"no objective-is-metric rewrite: {[f.rule_id for f in rep.findings]}")


# Decision 3641: the direction sentence speaks of the draft's own people (players, the elderly,
# guests, tenants, passengers...), not of "customers"/"客户".
@pytest.mark.parametrize(
    ("text", "said", "not_said"),
    [
        (
            "目标：提升玩家留存\n关键结果1：新玩家7日留存从20%提升到28%\n关键结果2：上线回流活动",
            "玩家",
            "客户",
        ),
        (
            "目标：提升收入\n关键结果1：玩家付费率从2%提升到3%\n关键结果2：ARPPU从30元提升到40元",
            "玩家",
            "客户",
        ),
        (
            "目标：服务满意度\n关键结果1：社区老年人助餐满意度从80%提升到90%",
            "老人",
            "客户",
        ),
        (
            "目标：提升营收\n关键结果1：景区游客人均消费从60元提升到80元",
            "游客",
            "客户",
        ),
        (
            "Objective: Grow revenue\nKR1: Guests who book direct from 30% to 40%\n"
            "KR2: Revenue per room night from £90 to £105",
            "guests",
            "customers",
        ),
        (
            "Objective: Grow revenue\nKR1: Tenants renewing their lease from 60% to 75%\n"
            "KR2: Rent collected £1.4M",
            "tenants",
            "customers",
        ),
        (
            "Objective: Increase revenue\nKR1: Paying players from 4% to 6%\n"
            "KR2: Revenue per paying player up from $12 to $15",
            "players",
            "customers",
        ),
    ],
)
def test_the_direction_names_the_drafts_people(text: str, said: str, not_said: str) -> None:
    rewrite = _metric_rewrite(text)
    assert said in rewrite
    assert not_said not in rewrite


# Guard: a draft that speaks of customers keeps them.
def test_customers_kept_where_the_draft_names_them() -> None:
    text = "目标：提升收入\n关键结果1：客户复购率从20%提升到30%\n关键结果2：玩家社区活跃度提升到40%"
    assert "客户" in _metric_rewrite(text)


def _examples(text: str, target: str) -> list[str]:
    rep = review(text)
    return [
        s.text
        for f in rep.findings
        if f.target == target
        for s in f.suggestions
        if s.kind == "example"
    ]


# Decision 3642: no library example that measures what a sibling key result already measures.
@pytest.mark.parametrize(
    ("text", "copied"),
    [
        (
            "Objective: Buyers never notice when something fails\n"
            "KR1: Checkout availability from 99.6% to 99.9%\n"
            "KR2: Reduce P1 incidents from 7 to 2 per quarter",
            "availability",
        ),
        (
            "Objective: Guests never see our systems fail\n"
            "KR1: Booking site availability from 99.5% to 99.9%\n"
            "KR2: Reduce P1 incidents from 6 to 2 per quarter",
            "availability",
        ),
        (
            "目标：让骨干愿意长期留下\n关键结果1：核心员工保留率从84%提升到93%\n"
            "关键结果2：核心员工主动离职率低于7%",
            "保留率",
        ),
        (
            "目标：让研发骨干安心成长\n关键结果1：研发骨干保留率从80%提升到90%\n"
            "关键结果2：研发骨干离职率从15%降到8%",
            "保留率",
        ),
        (
            "Objective: People grow their careers here\n"
            "KR1: Employee retention from 82% to 90%\nKR2: Voluntary attrition below 10%",
            "retention",
        ),
    ],
)
def test_no_example_copying_a_sibling(text: str, copied: str) -> None:
    assert not [e for e in _examples(text, "o1.kr2") if copied in e.lower()]


# Guards: with a sibling that measures something else, the same examples are still shown.
@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "Objective: Buyers never notice when something fails\n"
            "KR1: Checkout conversion from 2.1% to 2.8%\n"
            "KR2: Reduce P1 incidents from 7 to 2 per quarter",
            "availability",
        ),
        (
            "目标：让骨干愿意长期留下\n关键结果1：员工敬业度从3.6提升到4.0\n"
            "关键结果2：核心员工主动离职率低于7%",
            "保留率",
        ),
        (
            "Objective: People grow their careers here\n"
            "KR1: Engagement score from 3.5 to 4.0\nKR2: Voluntary attrition below 10%",
            "retention",
        ),
    ],
)
def test_examples_kept_beside_other_siblings(text: str, shown: str) -> None:
    assert [e for e in _examples(text, "o1.kr2") if shown in e.lower()]


# Decision 3643: the steel material-yield examples are a factory's; a store's or a bakery's
# fresh-food write-offs are not shown them.
@pytest.mark.parametrize(
    "text",
    [
        "目标：让每家便利店都干净好逛\n关键结果1：鲜食报废率从9%降到6%\n关键结果2：神秘顾客得分达到90分",
        "目标：让面包店的每一炉都卖得完\n关键结果1：面包报废率从12%降到7%\n"
        "关键结果2：顾客复购率从30%提升到40%",
        "目标：社区店的熟食不浪费\n关键结果1：熟食报废率从10%降到6%\n"
        "关键结果2：到店客流从每天300人提升到400人",
    ],
)
def test_no_steel_example_for_a_shop(text: str) -> None:
    assert not [e for e in _examples(text, "o1.kr1") if "钢板" in e]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "目标：让冲压车间少浪费每一块料\n关键结果1：钢板报废率从8%降到5%\n"
            "关键结果2：设备综合效率从70%提升到80%",
            "钢板",
        ),
        (
            "Objective: The press shop wastes less steel\nKR1: Cut scrap rate from 6% to 3%\n"
            "KR2: OEE from 68% to 78%",
            "steel",
        ),
    ],
)
def test_steel_example_kept_for_a_factory(text: str, shown: str) -> None:
    assert [e for e in _examples(text, "o1.kr1") if shown in e]


def _baseline_note(kr: str) -> str:
    rep = review(f"Objective: Grow the business\nKR1: {kr}")
    found = [s.text for f in rep.findings if f.rule_id == "kr-no-baseline" for s in f.suggestions]
    assert found, kr
    return found[0]


# Decision 3644: the year a compared period is in stays in its name.
@pytest.mark.parametrize(
    ("kr", "label"),
    [
        ("RevPAR +8% vs Q1 last year", "(Q1 last year: [baseline])"),
        ("Ticket sales up 12% vs same month last year", "(same month last year: [baseline])"),
        ("Footfall up 10% vs Q3 previous year", "(Q3 previous year: [baseline])"),
        ("Paid memberships +18% vs H1 last year", "(H1 last year: [baseline])"),
        ("Bookings up 9% vs same week last year", "(same week last year: [baseline])"),
    ],
)
def test_the_compared_periods_year_is_kept(kr: str, label: str) -> None:
    assert label in _baseline_note(kr)


@pytest.mark.parametrize(
    ("kr", "label"),
    [
        ("Sign-ups +25% vs Q2", "(Q2: [baseline])"),
        ("Sales up 12% vs last year", "(last year: [baseline])"),
        ("Orders up 30% vs Q4 2025", "(Q4 2025: [baseline])"),
    ],
)
def test_periods_without_a_year_unchanged(kr: str, label: str) -> None:
    assert label in _baseline_note(kr)


def _negative_advice(kr: str) -> str:
    rep = review(f"Objective: Do the work well\nKR1: {kr}")
    found = [
        s.text for f in rep.findings if f.rule_id == "kr-negative-phrasing" for s in f.suggestions
    ]
    assert found, kr
    return found[0]


# Decision 3645: a hyphenated word capitalised only because it opens the key result is
# lower-cased inside the advice; "Wi-Fi" and "COVID-related" keep their capitals.
@pytest.mark.parametrize(
    ("kr", "said"),
    [
        ("Client-reported errors down to fewer than 2 per 1,000 words", "“client-reported errors”"),
        ("Cross-border returns down from 9% to 5%", "“cross-border returns”"),
        ("Self-reported injuries down 40%", "“self-reported injuries”"),
        ("Data-entry errors from 4% to 1%", "Raise data-entry accuracy"),
        ("Order-entry errors below 2%", "Keep order-entry accuracy"),
    ],
)
def test_a_hyphenated_opening_capital_is_lowered(kr: str, said: str) -> None:
    assert said in _negative_advice(kr)


@pytest.mark.parametrize(
    ("kr", "said"),
    [
        ("Wi-Fi outages below 3 a month", "“Wi-Fi outages”"),
        ("COVID-related absences from 6% to 3%", "“COVID-related absences”"),
        ("Flaky tests below 2%", "“flaky tests”"),
    ],
)
def test_other_capitals_unchanged(kr: str, said: str) -> None:
    assert said in _negative_advice(kr)


# Decision 3646: "late-night", "late-stage" open a compound modifier; they are no late events, so
# no "the share of -night noise complaints on time".
@pytest.mark.parametrize(
    "kr",
    [
        "Late-night noise complaints reduced by half",
        "Late-stage cancellations below 4%",
        "Late-season booking complaints down 30%",
        "Late-shift errors under 1%",
        "Late-evening delivery complaints down 25%",
    ],
)
def test_late_before_a_hyphen_is_no_lateness(kr: str) -> None:
    advice = _negative_advice(kr)
    assert "of -" not in advice
    assert " on time" not in advice


def test_late_events_still_turn_to_on_time() -> None:
    assert "on time" in _negative_advice("Late deliveries below 3%")

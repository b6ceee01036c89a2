"""The examples shown beside a finding fit the item's measure family, its setting and its people,
and an English result kept from counted work says what reaches the people (issue 8, advice24;
decisions 2780-2783)."""

from __future__ import annotations

import pytest

from coach import examples
from coach.facts import outcomes
from coach.review import review


def _shown(draft: str, start: str) -> list[str]:
    """The examples the review shows beside the findings of the item whose text starts so."""
    res = review(draft)
    ids = {it.id for o in res.objectives for it in (o, *o.key_results) if it.text.startswith(start)}
    assert ids, start
    return [
        s.text
        for f in res.findings
        if f.target in ids
        for s in f.suggestions
        if s.kind == "example"
    ]


def _kept(draft: str, rule: str) -> list[str]:
    res = review(draft)
    return [
        s.text
        for f in res.findings
        if f.rule_id == rule
        for s in f.suggestions
        if s.kind != "example"
    ]


# -- 2780: the family is data -------------------------------------------------------------------


def test_every_metric_has_a_family_and_every_family_line_a_metric() -> None:
    lib = set(outcomes.library())
    fam = examples.families()
    assert set(fam) == lib
    assert all(v and v == v.lower() and " " not in v for v in fam.values())


def test_revenue_per_employee_is_no_revenue_example() -> None:
    # 2780: "Grow revenue per employee" shares "company" with revenue and its head word, not what
    # it measures (productivity)
    draft = "Objective: Grow our bakery chain across the county\nKR1: Increase revenue\nKR2: Open 2 stores\n"
    shown = _shown(draft, "Increase revenue")
    assert any(s.startswith("Grow revenue from") for s in shown), shown  # guard
    assert not any("per employee" in s for s in shown), shown


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("overdue-receivables-share", "collection-rate"),
        ("repeat-purchase-rate", "member-sales-share"),
        ("customer-churn-rate", "net-revenue-retention"),
        ("lead-to-opportunity-rate", "trial-to-paid-conversion"),
    ],
)
def test_measures_of_one_kind_are_one_family(a: str, b: str) -> None:
    # 2780: head words ("overdue"/"collection", "purchase"/"members") parted these
    assert examples.family(a) == examples.family(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("revenue", "revenue-per-employee"),
        ("return-rate", "repeat-purchase-rate"),
        ("first-pass-yield", "material-yield"),
        ("five-k-time", "average-wait-time"),
    ],
)
def test_measures_of_other_kinds_are_other_families(a: str, b: str) -> None:
    # 2780: one head word ("revenue", "yield", "time") for different things
    assert examples.family(a) != examples.family(b)


def test_a_member_repurchase_kr_gets_the_member_sales_example() -> None:
    # 2780: lost by 2580's head words ("purchase" vs "members"), back with the family data
    draft = "目标：让奶茶店成为学生的第一选择\n关键结果1：会员人数从1000提升到3000，复购率从18%提升到30%\n"
    shown = _shown(draft, "会员人数")
    assert any("会员销售占比" in s for s in shown), shown


# -- 2781: the setting -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("draft", "start"),
    [
        (
            "实验小学 2027学年 OKR\n目标：让每个孩子都爱上阅读\n关键结果1：全校阅读达标率从60%提升到80%\n关键结果2：杜绝校园安全事故\n",
            "杜绝校园",
        ),
        (
            "老街面馆 2027年OKR\n目标：成为街坊吃早餐的第一选择\n关键结果1：杜绝食品安全事故\n关键结果2：顾客投诉每月不超过3起\n",
            "杜绝食品",
        ),
        (
            "阳光托育中心 2027\n目标：让幼儿园的每一天都平安\n关键结果1：全年安全事故为零\n",
            "全年安全事故",
        ),
    ],
)
def test_a_school_or_a_noodle_shop_is_not_shown_a_plant_or_a_warehouse(
    draft: str, start: str
) -> None:
    # 2781: "全厂连续无工伤天数", "华东仓连续无工伤天数" are set in a factory and a warehouse
    shown = _shown(draft, start)
    assert not any("全厂" in s or "华东仓" in s for s in shown), shown


def test_a_workshop_keeps_the_plant_and_not_the_warehouse() -> None:
    # 2781 guard: the factory's own example stays; the warehouse's goes
    draft = "华丰注塑厂 2027年Q2 OKR\n目标：把二号车间做成全厂最安全的车间\n关键结果1：全年零工伤事故\n关键结果2：安全培训覆盖率100%\n"
    shown = _shown(draft, "全年零工伤")
    assert any("全厂" in s for s in shown), shown
    assert not any("华东仓" in s for s in shown), shown


def test_a_distribution_centre_keeps_the_warehouse() -> None:
    # 2781 guard: a logistics draft keeps the warehouse's example
    draft = "顺达物流 华南分拨中心 2027 OKR\n目标：让每个分拣员都平安下班\n关键结果1：全年零工伤事故\n关键结果2：安全培训覆盖率100%\n"
    assert any("华东仓" in s for s in _shown(draft, "全年零工伤"))


@pytest.mark.parametrize(
    ("draft", "start"),
    [
        (
            "Riverbend Animal Rescue (charity) Q3\nObjective: More families adopt from us\nKR1: Launch a new website\n",
            "Launch a new website",
        ),
        (
            "Harbor View Hotel Q2\nObjective: More guests book with us directly\nKR1: Rebuild the hotel website\n",
            "Rebuild the hotel",
        ),
    ],
)
def test_a_charity_or_a_hotel_is_not_shown_a_pricing_page(draft: str, start: str) -> None:
    # 2781: "visitor-to-signup conversion on the pricing page" is a SaaS product's
    assert not any("pricing page" in s for s in _shown(draft, start))


def test_a_restaurant_is_not_shown_a_phone_queue() -> None:
    # 2781: a trattoria's wait for a table is not a call centre's phone wait
    draft = "Bella Trattoria Q2\nObjective: Friday nights people love\nKR1: No more than 4 complaints about wait times per month\n"
    assert not any("phone" in s for s in _shown(draft, "No more than"))


def test_a_call_centre_keeps_the_phone_queue() -> None:
    # 2781 guard: the same wording in a contact centre keeps it
    draft = (
        "Northside Contact Centre Q2\nObjective: Callers never wait long\n"
        "KR1: No more than 4 complaints about wait times per month\n"
    )
    assert any("phone wait" in s for s in _shown(draft, "No more than"))


def test_a_draft_that_names_no_setting_sees_set_examples() -> None:
    # 2781 guard: where the draft does not say where it is, nothing is left out for it
    fits = examples.fits_draft
    from coach.review import parse

    d = parse("Objective: Nobody gets hurt\nKR1: Zero injuries this year\n")
    item = d.items()[1]
    ok = fits(item, d)
    assert ok(
        {
            "id": "x",
            "lang": "zh",
            "text": "全厂连续无工伤天数从90天延长到365天",
            "function": "manufacturing",
        }
    )


def test_the_data_gives_the_setting_where_the_words_mislead() -> None:
    # 2781: a sales team selling to hospitals is not a hospital
    ex = {
        "id": "en-sales-k8",
        "lang": "en",
        "text": "Win 12 new hospital customers in the Northeast by year-end",
    }
    assert examples.example_settings(ex) == frozenset()
    assert examples.example_settings(
        {"id": "new", "lang": "en", "text": "Zero falls on the ward"}
    ) == {"healthcare"}


# -- 2783: the people ---------------------------------------------------------------------------


def test_a_preschool_is_not_shown_workers_injuries() -> None:
    # 2783: a lost-time injury is a worker's; the children of a preschool are not workers
    draft = "Objective: Every child is safe at preschool\nKR1: Zero safety incidents in the classroom this year\n"
    assert not any("lost-time" in s for s in _shown(draft, "Zero safety"))


def test_citizens_are_not_shown_csat() -> None:
    # 2783: CSAT names customers, as 客户满意度 does (2582)
    draft = "City of Millbrook permits office FY27\nObjective: Residents get permits in one visit\nKR1: Citizen complaints below 10 per quarter\n"
    assert not any("CSAT" in s for s in _shown(draft, "Citizen complaints"))


# -- 2782: the English kept result --------------------------------------------------------------


@pytest.mark.parametrize(
    ("kr", "want"),
    [
        (
            "Run 5 free clinics, reaching 600 seniors by June 30",
            "Free clinics reach 600 seniors by June 30",
        ),
        (
            "Hold 10 town halls, engaging 500 residents by Q2",
            "Town halls engage 500 residents by Q2",
        ),
        (
            "Run 5 pop-up clinics, serving 800 patients by Q3",
            "Pop-up clinics serve 800 patients by Q3",
        ),
        (
            "Run 1 open day, reaching 300 families by April 30",
            "The open day reaches 300 families by April 30",
        ),
    ],
)
def test_the_kept_english_result_says_what_reaches_them(kr: str, want: str) -> None:
    draft = f"Objective: Make our town the healthiest in the county\nKR1: {kr}\n"
    assert want in _kept(draft, "kr-activity-count")


def test_the_split_english_result_says_what_reaches_them() -> None:
    # 2782 in kr-compound's work-first split
    draft = "Objective: Make our town the healthiest in the county\nKR1: Host 12 webinars by June, attracting 2,000 sign-ups\n"
    assert "Webinars attract 2,000 sign-ups" in _kept(draft, "kr-compound")


def test_a_kept_result_that_is_not_reach_is_unchanged() -> None:
    # 2782 guard: a result with its own subject is kept as written
    draft = "Objective: Make our town the healthiest in the county\nKR1: Run 5 free clinics, screening rate from 40% to 70%\n"
    assert not any(s.startswith("Free clinics") for s in _kept(draft, "kr-activity-count"))


def test_a_charity_working_in_schools_keeps_its_donor_example() -> None:
    # 2781 guard: donors and volunteers are people a school or a charity may have, not a place
    draft = (
        "Reading Pals Q2 OKRs\n"
        "Objective: Every struggling reader in our partner schools gets a weekly reading buddy\n"
        "KR1: Pupils matched with a buddy from 300 to 500\n"
        "Objective: Pay for next year's growth without dipping into reserves\n"
        "KR1: Start a monthly giving programme\nKR2: Mail 400 appeal letters\n"
    )
    assert any("monthly donors" in s for s in _shown(draft, "Start a monthly"))


@pytest.mark.parametrize(
    ("draft", "start", "want"),
    [
        (
            "Returns team Q4\nObjective: Returned goods back on sale within a day\n"
            "KR1: Dock-to-shelf time for returns from 5 days to 1 day\n"
            "Objective: Fewer returns to begin with\nKR1: Return rate on shoes from 20% to 15%\n"
            "KR2: Add size guides to 100 product pages\n",
            "Return rate on shoes",
            "online orders kept",
        ),
        (
            "退货组 2027 Q4 OKR\n目标：退回的货一天内重新上架\n关键结果1：退货入库上架时长从5天缩短到1天\n"
            "关键结果2：仓库分拣差错率降到0.5%以下\n目标：从源头减少退货\n关键结果1：鞋类退货率从20%降到15%\n",
            "鞋类退货率",
            "线上订单",
        ),
    ],
)
def test_a_returns_warehouse_keeps_the_online_orders_example(
    draft: str, start: str, want: str
) -> None:
    # 2781 guard: online orders are an online shop's, its warehouse's and a store's
    assert any(want in s for s in _shown(draft, start))

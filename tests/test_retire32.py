"""retire32 (issue 8, thirty-second round): shapes seen in two retired held-out halves of published
English OKRs (models/data/realen30_retired.md).

Every wording here is written for this file; none is copied from a published page.
"""

from __future__ import annotations

import pytest

from coach.review import review


def _items(text: str) -> list[tuple[str, str]]:
    """(kind, wording) of every parsed item, in order."""
    rv = review(text)
    out: list[tuple[str, str]] = []
    for o in rv.objectives:
        out.append(("objective", o.text))
        out.extend(("kr", k.text) for k in o.key_results)
    return out


def _fails(text: str) -> list[list[str]]:
    rv = review(text)
    out = []
    for o in rv.objectives:
        out.append(sorted(c.rule_id for c in o.checks if c.status == "fail"))
        for k in o.key_results:
            out.append(sorted(c.rule_id for c in k.checks if c.status == "fail"))
    return out


# -- decision 4620: "OKR 1.2:" under a goal labels a key result --------------------------------

OKR_DOTTED = [
    (
        "Goal: Give every plant a second source for its critical parts.\n\n"
        "OKR 1.1: Qualify a second supplier for 90% of critical parts.\n\n"
        "OKR 1.2: Cut average supplier lead time from 40 to 25 days.\n"
    ),
    (
        "Objective 1: Make onboarding feel effortless\n"
        "OKR 1.1: New accounts reach first value within 3 days\n"
        "OKR 1.2: Setup tickets per new account under 0.5\n"
    ),
    (
        "Goal: Turn the help centre into the first stop for answers\n"
        "- OKR 2.1: Article helpfulness votes above 80%\n"
        "- OKR 2.2: Raise search success from 55% to 75%\n"
    ),
    (
        "**Goal:** Keep every release boring\n\n"
        "**OKR 3.1:** Change failure rate from 12% to 5%\n\n"
        "**OKR 3.2:** Median deploy time under 10 minutes\n"
    ),
    (
        "Goal: Be the clinic patients recommend\n"
        "OKR 4.1 — Patient satisfaction at 4.6 of 5 or above\n"
        "OKR 4.2 — Same-week appointments for 85% of requests\n"
    ),
]


@pytest.mark.parametrize("text", OKR_DOTTED)
def test_okr_with_a_dotted_number_is_a_key_result(text: str) -> None:
    items = _items(text)
    assert [k for k, _w in items] == ["objective", "kr", "kr"]
    assert not items[1][1].lower().startswith("okr")


OKR_DOTTED_GUARDS = [
    # "OKR 2:" alone labels an objective, as before
    ("OKR 1: Make onboarding effortless\nKR1: First value within 3 days\n", ["objective", "kr"]),
    (
        "Product OKR 2: Win the mid-market\n- Close 12 new logos over $50k\n",
        ["objective", "kr"],
    ),
    # a code of digits and letters after OKR stays an objective's label (decision 618)
    ("OKR 2027A: Win the mid-market\nKR1: Close 12 new logos\n", ["objective", "kr"]),
]


@pytest.mark.parametrize(("text", "kinds"), OKR_DOTTED_GUARDS)
def test_okr_with_one_number_stays_an_objective(text: str, kinds: list[str]) -> None:
    assert [k for k, _w in _items(text)] == kinds


# -- decision 4621: a numbered theme over a blank and an unmarked "Goal:" line is a section -----

THEMES_OVER_GOALS = [
    (
        "Plant Reliability Plan\n1. Prevent\n\n"
        "Goal: Stop breakdowns before they start.\n\n"
        "OKR 1.1: Planned maintenance share from 60% to 85%.\n\n"
        "2. Repair\n\n"
        "Goal: Get lines running again fast.\n\n"
        "OKR 2.1: Mean time to repair under 45 minutes.\n"
    ),
    (
        "Goal: Welcome every new hire properly\n"
        "KR 1.1: 90% of new hires rate week one 4 of 5 or better\n\n"
        "2. Grow\n\n"
        "Goal: Give each engineer a path to grow\n"
        "KR 2.1: 80% of engineers hold a written growth plan\n"
    ),
    (
        "Objective: Make the app fast on cheap phones\n"
        "- KR1: Cold start under 2 seconds on a $100 phone\n\n"
        "2) Trust\n\n"
        "Objective: Make payments feel safe\n"
        "- KR1: Chargeback disputes won from 40% to 70%\n"
    ),
    (
        "Goal: Fill the pipeline with the right accounts\n"
        "OKR 1.1: Qualified opportunities from 30 to 55 a month\n\n"
        "2. Close\n\n"
        "Goal: Win more of the deals we start\n"
        "OKR 2.1: Win rate from 18% to 26%\n"
    ),
    (
        "Goal: Keep our volunteers coming back\n"
        "KR 1.1: Volunteer return rate from 45% to 65%\n\n"
        "3. Community Voice\n\n"
        "Goal: Let neighbours shape the programme\n"
        "KR 2.1: 300 residents answer the yearly survey\n"
    ),
]


@pytest.mark.parametrize("text", THEMES_OVER_GOALS)
def test_numbered_theme_over_an_unmarked_goal_is_a_section(text: str) -> None:
    items = _items(text)
    assert [k for k, _w in items] == ["objective", "kr", "objective", "kr"]


THEME_GUARDS = [
    # a figure in the numbered line: the key result above goes on (decision 547)
    (
        "Goal: Keep our volunteers coming back\n"
        "1. Volunteer return rate from 45% to 65%\n"
        "2. Sign up 40 new volunteers\n\n"
        "Goal: Let neighbours shape the programme\n"
        "1. 300 residents answer the yearly survey\n"
    ),
    # the next number of the key results above, same marker: their last one (decision 1571)
    (
        "Goal: Keep our volunteers coming back\n"
        "1. Volunteer return rate from 45% to 65%\n"
        "2. Thank every volunteer in person\n\n"
        "Goal: Let neighbours shape the programme\n"
        "1. 300 residents answer the yearly survey\n"
    ),
]


@pytest.mark.parametrize("text", THEME_GUARDS)
def test_numbered_key_results_above_a_goal_stay(text: str) -> None:
    assert [k for k, _w in _items(text)] == ["objective", "kr", "kr", "objective", "kr"]


# -- decision 4622: a key-result column of codes ("KR-2027Q1-03") over the wording beside it -----

CODED_KR_TABLES = [
    (
        "### O1: Orders arrive when we promised\n\n"
        "| KR | Target | Today | Owner |\n|---|---|---|---|\n"
        "| KR-2027Q1-01 | On-time delivery from 88% → 96% | 90% | @dana |\n"
        "| KR-2027Q1-02 | Damaged parcels ≤ 0.3% of orders | 0.6% | @dana |\n",
        ["On-time delivery from 88% → 96%", "Damaged parcels ≤ 0.3% of orders"],
    ),
    (
        "## Objective: Make the help centre the first stop\n\n"
        "| Key Result | Target | Owner |\n|---|---|---|\n"
        "| KR-07 | Search success rate at 75% or more | Priya |\n"
        "| KR-08 | Article helpfulness votes above 80% | Priya |\n",
        ["Search success rate at 75% or more", "Article helpfulness votes above 80%"],
    ),
    (
        "### O2: Builds nobody waits for\n\n"
        "| KR | Target | Baseline | Owner | Notes |\n|---|---|---|---|---|\n"
        "| KR-Q2-1 | Median CI time under 8 minutes | 14 min | @lee | |\n"
        "| KR-Q2-2 | Flaky test reruns below 2% of builds | 6% | @lee | |\n",
        ["Median CI time under 8 minutes", "Flaky test reruns below 2% of builds"],
    ),
    (
        "Objective: Members who stay for years\n\n"
        "| KR | Goal value | Lead |\n|---|---|---|\n"
        "| KR_2027_01 | 12-month member retention at 70% | Omar |\n"
        "| KR_2027_02 | 4,000 members attend two or more classes a month | Omar |\n",
        [
            "12-month member retention at 70%",
            "4,000 members attend two or more classes a month",
        ],
    ),
    (
        "### O3: A store people cross town for\n\n"
        "| KR | Target | Owner | Initiatives |\n|---|---|---|---|\n"
        "| KR-H2-A1 | Weekend footfall from 2,100 to 2,800 | Sam | window refit |\n"
        "| KR-H2-A2 | Basket size up to $46 from $39 | Sam | loyalty card |\n",
        ["Weekend footfall from 2,100 to 2,800", "Basket size up to $46 from $39"],
    ),
]


@pytest.mark.parametrize(("text", "krs"), CODED_KR_TABLES)
def test_coded_kr_column_leaves_the_wording_to_the_target_column(text: str, krs: list[str]) -> None:
    items = _items(text)
    assert [k for k, _w in items] == ["objective", "kr", "kr"]
    assert [w for _k, w in items[1:]] == krs


CODED_KR_GUARDS = [
    # numbered marks beside the wording were read so already (decision 2821)
    (
        "### O1: Orders arrive when we promised\n\n"
        "| Key Result | Target | Measurement |\n|---|---|---|\n"
        "| KR1.1 | On-time delivery from 88% to 96% | carrier feed |\n",
        ["On-time delivery from 88% to 96%"],
    ),
    # a key-result column written out keeps its wording, the target beside it is its value
    (
        "### O1: Orders arrive when we promised\n\n"
        "| KR | Target | Owner |\n|---|---|---|\n"
        "| On-time delivery rate | 96% | Dana |\n",
        ["On-time delivery rate"],
    ),
]


@pytest.mark.parametrize(("text", "krs"), CODED_KR_GUARDS)
def test_other_kr_columns_keep_their_wording(text: str, krs: list[str]) -> None:
    assert [w for k, w in _items(text) if k == "kr"] == krs


# -- decision 4623: every quarter or both halves of a year is the whole year, a horizon ---------

WHOLE_YEAR_PARTS = [
    "# Clinic OKRs\n**Period**: FY 2027 (Q1–Q4)\n\nObjective: Be the clinic patients recommend\n"
    "- KR1: Patient satisfaction at 4.6 of 5 or above (owner: Ana)\n",
    "## Warehouse OKRs, Q1-Q4 2027\n\nObjective: Orders out the door the day they land\n"
    "- KR1: Same-day dispatch from 70% to 90% (owner: Raj)\n",
    "# Library goals for H1 and H2\n\nObjective: A library every family uses\n"
    "- KR1: Active card holders from 5,200 to 6,500 (owner: June)\n",
    "# Growth team OKRs (Q1 through Q4 2027)\n\nObjective: Win the mid-market\n"
    "- KR1: Mid-market logos from 40 to 70 (owner: Theo)\n",
    "# 客服中心 OKR（2027年Q1-Q4）\n\nO1：让会员的问题当天解决\n- KR1：首次解决率达到 85%（负责人：王芳）\n",
    "# Studio OKRs — H1–H2 2027\n\nObjective: Games players finish\n"
    "- KR1: Completion rate of the main story from 22% to 35% (owner: Kim)\n",
    "# 采购部 OKR（2027年第一至第四季度）\n\nO1：让每条产线都有第二家供应商\n"
    "- KR1：关键物料双供应商覆盖率达到 90%（负责人：李强）\n",
    "# Ops plan for Q1, Q2, Q3 and Q4\n\nObjective: Orders out the door the day they land\n"
    "- KR1: Same-day dispatch from 70% to 90% (owner: Raj)\n",
]


@pytest.mark.parametrize("text", WHOLE_YEAR_PARTS)
def test_all_quarters_or_both_halves_are_a_horizon(text: str) -> None:
    obj, kr = _fails(text)
    assert "objective-no-timeframe" in obj
    assert "kr-no-deadline" in kr


WHOLE_YEAR_GUARDS = [
    # part of the year: a bounded period (decision 15)
    "# Clinic OKRs\n**Period**: FY 2027 (Q1–Q2)\n\nObjective: Be the clinic patients recommend\n"
    "- KR1: Patient satisfaction at 4.6 of 5 or above (owner: Ana)\n",
    "## Warehouse OKRs, Q2-Q3 2027\n\nObjective: Orders out the door the day they land\n"
    "- KR1: Same-day dispatch from 70% to 90% (owner: Raj)\n",
    "# Library goals for H2 2027\n\nObjective: A library every family uses\n"
    "- KR1: Active card holders from 5,200 to 6,500 (owner: June)\n",
    "# Ops plan for Q1 and Q4\n\nObjective: Orders out the door the day they land\n"
    "- KR1: Same-day dispatch from 70% to 90% (owner: Raj)\n",
    # the key result's own quarter still dates it under a whole-year title
    "## Warehouse OKRs, Q1-Q4 2027\n\nObjective: Orders out the door the day they land\n"
    "- KR1: Same-day dispatch from 70% to 90% by end of Q3 (owner: Raj)\n",
]


@pytest.mark.parametrize("text", WHOLE_YEAR_GUARDS)
def test_part_of_a_year_stays_a_deadline(text: str) -> None:
    obj, kr = _fails(text)
    assert "objective-no-timeframe" not in obj
    assert "kr-no-deadline" not in kr


# -- decision 4624: customer organisations onboarded are won, not hired ----------------------------

_LEAD_EN = "Objective: Make deliveries smoother in Q2 2027\nKR: "


def _kr_fails(kr: str) -> list[str]:
    """The ids a key result fails under a dated objective."""
    (k,) = review(_LEAD_EN + kr).objectives[0].key_results
    assert k.text == kr
    return [c.rule_id for c in k.checks if c.status == "fail"]


ORGANISATIONS_ONBOARDED = [
    "40 veterinary clinics onboarded by September",
    "Schools onboarded (paid plan): 120",
    "Onboard 15 new dental practices",
    "12 partner pharmacies fully onboarded",
    "Onboard 30 independent restaurants this quarter",
    "8 pilot hospitals onboarded and live",
]


@pytest.mark.parametrize("kr", ORGANISATIONS_ONBOARDED)
def test_customer_organisations_onboarded_are_won(kr: str) -> None:
    assert "kr-is-task" not in _kr_fails(kr)


# -- decision 4625: a release verb with a count per period is the cadence reached ----------------

RELEASE_CADENCES = [
    "Deploy 30 times a week",
    "Deploy 25 times/week",
    "Release to customers 4 times per month (from once a month)",
    "Ship to production 10 times per day",
    "Deploy the API 15 times per week",
    "Release 6x per week",
]


@pytest.mark.parametrize("kr", RELEASE_CADENCES)
def test_release_cadence_is_a_level_reached(kr: str) -> None:
    fails = _kr_fails(kr)
    assert "kr-is-task" not in fails
    assert "kr-activity-count" not in fails


# Guards of 4624 and 4625: staff and systems onboarded, efforts per period and one dated release
# keep their finding.
WORK_GUARDS = [
    ("Onboard 4 new nurses", "kr-is-task"),
    ("12 new engineers onboarded by March", "kr-is-task"),
    ("Onboard 30 services to the new CI", "kr-is-task"),
    ("Hire 3 clinic managers", "kr-is-task"),
    ("Staff 4 new pharmacies by June", "kr-is-task"),
    ("Run 3 deployment reviews a week", "kr-activity-count"),
    ("Publish 3 blog posts a week", "kr-activity-count"),
    ("Meditate 5 times a week", "kr-activity-count"),
    ("Deploy the new billing service by June 30", "kr-is-task"),
]


@pytest.mark.parametrize(("kr", "rid"), WORK_GUARDS)
def test_work_and_efforts_keep_their_finding(kr: str, rid: str) -> None:
    assert rid in _kr_fails(kr)


# -- decision 4626: "gold-standard" before what is made is an ambition, as "world-class" is ------

GOLD_STANDARD_OBJECTIVES = [
    "Achieve gold-standard food safety in all our kitchens",
    "Deliver gold-standard onboarding for every new hire",
    "Run gold-standard patient safety across every ward",
    "Build a gold-standard data platform for research teams",
    "Offer gold standard care to every resident",
]


def _objective_fails(objective: str) -> list[str]:
    text = f"Objective: {objective} (Q3 2027)\nKR: Audit pass rate from 80% to 95% (owner: Ana)"
    return _fails(text)[0]


@pytest.mark.parametrize("objective", GOLD_STANDARD_OBJECTIVES)
def test_gold_standard_is_inspiring(objective: str) -> None:
    assert "objective-not-inspiring" not in _objective_fails(objective)


GOLD_GUARDS = [
    "Achieve SOC 2 compliance",
    "Maintain gold partner status with our cloud vendor",
    "Improve the standard operating procedures",
]


@pytest.mark.parametrize("objective", GOLD_GUARDS)
def test_flat_objectives_stay_flat(objective: str) -> None:
    assert "objective-not-inspiring" in _objective_fails(objective)

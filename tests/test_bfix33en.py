"""bfix33en (round 33): English items of the two outsider sets — shares written in words, a
service line's number, numbers that name a place or a boat class, compounds joined by "+" or
"&" (decisions 4840-4869)."""

from __future__ import annotations

import pytest

from coach import review

_OBJ = "Make our club the one families pick first in Q3 2027"
_SECOND = "Grow members from 200 to 260 by June (owner: Ana)"


def _kr_fails(kr: str) -> set[str]:
    """The rules whose check fails on the key result (the checklist, folded findings too)."""
    r = review(f"Objective: {_OBJ}\nKR1: {kr} (owner: Ana)\nKR2: {_SECOND}\n")
    k = r.objectives[0].key_results[0]
    return {c.rule_id for c in k.checks if c.status == "fail"}


def _obj_fails(objective: str) -> set[str]:
    r = review(
        f"Objective: {objective}\nKR1: {_SECOND}\nKR2: Keep 95% of members past June (owner: Ana)\n"
    )
    return {c.rule_id for c in r.objectives[0].checks if c.status == "fail"}


_BASE = "kr-no-baseline"
_NUM = "kr-not-quantified"

# -- decision 4840: a share written in words ("up twenty percent") is a percent, a relative change


@pytest.mark.parametrize(
    "kr",
    [
        "Average basket size up thirty percent by June",
        "Grow weekend bookings by fifteen percent",
        "Lift the trial-to-paid rate by ten percent by May",
        "Class attendance up fifty percent this term",
        "Repeat visits up twelve per cent by September",
        "Raise gift-shop revenue by twenty percent",
        "Donations up forty percent by December",
        "Member referrals up ten percent this quarter",
        "Late returns down twenty percent by June",
    ],
)
def test_share_in_words_asks_its_baseline(kr: str) -> None:
    assert _BASE in _kr_fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Hire twenty new lifeguards by May",
        "Win rate up from 20% to 30% by June",
        "Bring the no-show share to ten percent by June",
        "Open three new branches by August",
        "Grow revenue from $40k to $52k, up thirty percent",
    ],
)
def test_share_in_words_guards(kr: str) -> None:
    fails = _kr_fails(kr)
    assert _BASE not in fails and _NUM not in fails


# -- decision 4841: a public service line's short number is the channel's name


@pytest.mark.parametrize(
    "kr",
    [
        "Graffiti reports via 311 down 35% by June",
        "Non-emergency calls to 911 down 20% by May",
        "Cut 311 noise complaints by 30% by August",
        "Pothole requests through 311 down by a quarter",
        "Reduce 911 calls from the care home by 40%",
    ],
)
def test_service_line_is_no_baseline(kr: str) -> None:
    assert _BASE in _kr_fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Grow the choir to 311 members by June",
        "Reach 911 paying subscribers by May",
        "Graffiti reports via 311 down from 120 to 70 a month",
        "Answer 999 calls within 10 seconds 95% of the time",
    ],
)
def test_service_line_guards(kr: str) -> None:
    fails = _kr_fails(kr)
    assert _BASE not in fails and _NUM not in fails


# -- decision 4842: a number that names a place or a boat class is no target


@pytest.mark.parametrize(
    "kr",
    [
        "Reseed Fields 2 and 6 by April",
        "Resurface Courts 1, 3 and 5 before the season",
        "Fix the lights on Field 4 by March",
        "Repaint Gates 7 & 8 by June",
        "Relay the turf on Pitches 2 and 3 by May",
    ],
)
def test_numbered_places_are_not_targets(kr: str) -> None:
    assert _NUM in _kr_fails(kr)


@pytest.mark.parametrize(
    "objective",
    [
        "Take gold in the Varsity 4+ at the spring regatta",
        "Win the state title in the Novice 8+",
        "Win the head race in our Lightweight 2x",
        "Win every final in the Junior 4x this season",
        "Win the league title in the Women's 8+",
        "Win gold in the Men's 4- at nationals",
    ],
)
def test_boat_class_is_no_metric(objective: str) -> None:
    assert "objective-is-metric" not in _obj_fails(objective)


@pytest.mark.parametrize(
    "kr",
    [
        "Build 3 new practice fields by June",
        "Hire 8+ coaches by May",
        "Open stores 3, 5 and 9 by May",
        "Grow to 4 crews in the Varsity program",
    ],
)
def test_numbered_places_guards(kr: str) -> None:
    assert _NUM not in _kr_fails(kr)


# -- decision 4843: "+" joins as "plus" does; a measure moved with no figure beside one with a
# figure; two pieces of work listed with "&"

_COMPOUND = "kr-compound"


@pytest.mark.parametrize(
    "kr",
    [
        "Sign 4 new clinics + secure 30 referrals from them by June",
        "Enrol 40 students + place 25 of them in jobs by August",
        "Return visits up & average spend up 8% by June",
        "Late deliveries down and on-time rate to 97% by May",
        "Gift card sales up & basket size up 12%",
        "Recruit 6 volunteers & rewrite the welcome pack by June",
        "Close 3 supplier audits & retire the old parts catalogue",
    ],
)
def test_plus_and_half_without_figure_are_compounds(kr: str) -> None:
    assert _COMPOUND in _kr_fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Sleep 7+ hours on 5 nights a week",
        "Hire 5 engineers & 2 designers by June",
        "Sales and margin up 5% by June",
        "Grow C++ course sign-ups from 40 to 90 by June",
        "Publish 4 case studies & promote them by May",
        "Reach 2,000 members & keep them active through June",
    ],
)
def test_plus_and_ampersand_guards(kr: str) -> None:
    fails = _kr_fails(kr)
    if kr.startswith("Sales"):
        assert _COMPOUND in fails  # decision 1765: one figure, two measures
    else:
        assert _COMPOUND not in fails


# -- decision 4844: an event named by its month is the key result's deadline

_DUE = "kr-no-deadline"


def _kr_fails_undated(kr: str) -> set[str]:
    """As _kr_fails, with no timeframe in the objective or the other key result."""
    r = review(
        f"Objective: Feel strong and well\nKR1: {kr} (owner: Ana)\n"
        "KR2: Walk to work on 3 days a week (owner: Ana)\n"
    )
    return {c.rule_id for c in r.objectives[0].key_results[0].checks if c.status == "fail"}


@pytest.mark.parametrize(
    "kr",
    [
        "Resting heart rate under 65 at my November physical",
        "LDL below 100 at the April blood test",
        "Lose 6 kg by my July weigh-in",
        "Pass all 12 items at our May safety audit",
        "Sell 300 tickets before the September open day",
        "Score 85% or more at the December assessment",
    ],
)
def test_event_with_a_month_is_a_deadline(kr: str) -> None:
    assert _DUE not in _kr_fails_undated(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Keep waiting times at the March level",
        "Hold prices below the January average",
        "Lose 6 kg at my next check-up",
        "Sell 300 tickets at the open day",
    ],
)
def test_event_with_a_month_guards(kr: str) -> None:
    assert _DUE in _kr_fails_undated(kr)


# -- decision 4845: an area of work's processes, or processes at large, after a generic verb


@pytest.mark.parametrize(
    "objective",
    [
        "Improve our processes",
        "Strengthen engineering practices",
        "Improve internal processes",
        "Optimise our workflows",
        "Enhance quality assurance",
        "Improve finance processes",
    ],
)
def test_area_processes_are_vague(objective: str) -> None:
    assert "objective-vague" in _obj_fails(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Improve the release process",
        "Improve onboarding",
        "Improve the QA process for mobile releases",
        "Make our QA process catch bugs before customers do",
        "Improve product quality",
    ],
)
def test_area_processes_guards(objective: str) -> None:
    assert "objective-vague" not in _obj_fails(objective)


# -- decision 4846: the customers kept or lost, and the runway, are KPIs

_METRIC = "objective-is-metric"


@pytest.mark.parametrize(
    "objective",
    [
        "Retain more subscribers",
        "Lose fewer members",
        "Keep more clients",
        "Renew more contracts",
        "Extend our runway",
        "Extend cash runway to 30 months",
    ],
)
def test_kept_customers_and_runway_are_kpis(objective: str) -> None:
    assert _METRIC in _obj_fails(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Keep more customers happy",
        "Keep more seniors living at home",
        "Extend the warranty to 3 years",
        "Extend opening hours into the evening",
        "Keep every client we win for life",
        "Runway to fund the next two years of growth",
        "Extend our runway so we can hire slowly",
    ],
)
def test_kept_customers_and_runway_guards(objective: str) -> None:
    assert _METRIC not in _obj_fails(objective)


# -- decision 4847: a race's distance glued to k names the race; 4848: a crop weighed is a yield

_TASK = "kr-is-task"


@pytest.mark.parametrize(
    "kr",
    [
        "2k erg squad average under 6:40 by March 1",
        "5k run team average under 24:00 by May",
        "Crew 2k erg team best under 6:10 by April",
        "10k race team average under 45 minutes by June",
        "6k erg team mean below 21:30 by February",
        "Varsity 2k erg team average under 6:15 by March",
    ],
)
def test_race_distance_is_no_headcount(kr: str) -> None:
    assert _TASK not in _kr_fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Harvest 60 kg of tomatoes by August",
        "Pick 25 lbs of blueberries by end of July",
        "Grow 2 tonnes of potatoes on the allotment by October",
        "Gather 90 litres of rainwater a month by June",
        "Harvest over 300 pounds of squash by September",
        "Harvest 500 kg of honey from our hives by August",
        "Pick 40 kg of plums by September",
        "Harvest 12 bushels of apples by October",
        "Harvest 20 kg of garlic by July",
        "Gather 15 kg of walnuts by November",
    ],
)
def test_crop_weighed_is_a_result(kr: str) -> None:
    assert _TASK not in _kr_fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Plant 40 fruit trees by May",
        "Hire 2 rowing coaches by March",
        "Build 3 raised beds by April",
    ],
)
def test_race_and_crop_guards(kr: str) -> None:
    assert _TASK in _kr_fails(kr)


@pytest.mark.parametrize(
    "kr",
    ["Grow the club to 2k runners by May", "Get 8k steps a day by June"],
)
def test_race_and_crop_count_guards(kr: str) -> None:
    assert _NUM not in _kr_fails(kr)


# -- decision 4849: people lost to a rival, and a rival's prices matched


@pytest.mark.parametrize(
    "objective",
    [
        "Stop losing subscribers to StreamCo's cheaper tier",
        "Stop losing deals to competitors",
        "Stop losing members to rival gyms",
        "Quit losing shoppers to FreshMart",
        "Stop bleeding clients to the competition",
    ],
)
def test_lost_to_a_rival_is_not_controllable(objective: str) -> None:
    assert "objective-not-controllable" in _obj_fails(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Stop losing customers to slow support",
        "Stop losing staff to burnout",
        "Stop losing members in their first month",
        "Beat competitors on onboarding speed",
    ],
)
def test_lost_to_a_rival_guards(objective: str) -> None:
    assert "objective-not-controllable" not in _obj_fails(objective)


@pytest.mark.parametrize(
    "kr",
    [
        "Match FreshMart pricing on all dairy lines",
        "Match competitor prices on our top 40 items by May",
        "Match our rivals' delivery fees by June",
        "Match ParcelGo's rates in the northern region",
        "Match the competition's discounts during the sale",
    ],
)
def test_rival_prices_matched_are_tasks(kr: str) -> None:
    assert _TASK in _kr_fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Match last year's sales of 4,000 units by June",
        "Match 200 mentors with mentees by June",
        "Match every donation up to $5,000 by December",
    ],
)
def test_rival_prices_matched_guards(kr: str) -> None:
    assert _TASK not in _kr_fails(kr)


# -- decision 4850: "as <degree> as possible" is a hedge with any degree word

_VAGUE = "kr-vague-wording"


@pytest.mark.parametrize(
    "kr",
    [
        "Answer every complaint as quickly as possible",
        "Keep waste as low as possible during the festival",
        "Restock the shelves as early as possible each morning",
        "Visit every new member as often as possible",
        "Cut food miles as far as possible by June",
        "Fix broken lights as fast as possible",
        "Keep stock-outs as few as possible in December",
        "Spend as little as possible on agency staff",
    ],
)
def test_any_degree_as_possible_is_a_hedge(kr: str) -> None:
    assert _VAGUE in _kr_fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Answer every complaint within 2 working days by June",
        "Keep waste under 40 kg a day during the festival",
        "Grow as a chorus from 20 to 30 singers by June",
    ],
)
def test_any_degree_as_possible_guards(kr: str) -> None:
    assert _VAGUE not in _kr_fails(kr)


# -- decision 4851: a long-awaited thing of one's own, or most of a need met by one's own hands

_FLAT = "objective-not-inspiring"


@pytest.mark.parametrize(
    "objective",
    [
        "Finally publish my poetry collection",
        "Finally finish restoring my dad's old motorbike",
        "Finally record my first album",
        "Grow most of our own fruit ourselves",
        "Cook most of our family meals from scratch",
        "Finally write my family history",
    ],
)
def test_personal_aspirations_are_not_flat(objective: str) -> None:
    assert _FLAT not in _obj_fails(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Finish the memoir",
        "Finally migrate our billing system",
        "Publish my poetry collection",
        "Grow our vegetables",
    ],
)
def test_personal_aspirations_guards(objective: str) -> None:
    assert _FLAT in _obj_fails(objective)


# -- decision 4852: "lift" after a determiner is the machine; 4853: routine work by its shape

_BAU = "kr-business-as-usual"


@pytest.mark.parametrize(
    "kr",
    [
        "Daily opening check signed off on every lift",
        "Weekly safety inspection completed on each lift",
        "Monthly rope inspection done on all lifts",
        "Get all 18 buses through the state inspection",
        "Get every ambulance through its MOT by March",
        "Mowing cycle every 10 days",
        "Gutters cleaned every 2 weeks",
        "Plan a weekly rota for the volunteers",
        "Finance pack sent 5 days before each board meeting",
        "Agenda shared 3 days before every meeting",
    ],
)
def test_routine_work_by_its_shape(kr: str) -> None:
    assert _BAU in _kr_fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Lift conversion on the pricing page by 10% by June",
        "Get all 18 buses through the state inspection with zero defects",
        "Get 30 new drivers through the training course by May",
        "Cut the mowing cycle from 14 days to 7 by June",
        "Launch a family events calendar that 200 families use by June",
        "1:1 with each of my 7 direct reports every two weeks",
    ],
)
def test_routine_work_guards(kr: str) -> None:
    assert _BAU not in _kr_fails(kr)

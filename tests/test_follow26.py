"""follow26: leftovers of round 26's helpers (decisions 3740-3759)."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.facts.owner import find_owner
from coach.review import review

_CFG = Config(use_model=False, semantic=False)


def _fails(kr: str, objective: str = "Give every family we work with a fair start in 2027") -> set:
    text = f"Objective: {objective}\nKR1: {kr} (owner: Ann)\nKR2: Weekly returning visitors from 400 to 650 (owner: Ann)\n"
    r = review(text, config=_CFG)
    for o in r.objectives:
        for k in o.key_results:
            if k.id == "o1.kr1":
                return {c.rule_id for c in k.checks if c.status == "fail"}
    raise AssertionError(kr)


# -- decision 3740: "Help N <people> <verb> …": the people served reach a state ---------------


@pytest.mark.parametrize(
    "kr",
    [
        "Help 300 families move into stable housing by Dec 31",
        "Help 40 graduates land their first job by Q4",
        "Help 25 refugees find paid work by September",
        "Help 60 seniors get online with video calls by June",
        "Enable 50 local growers to sell online by Q3",
        "Help 200 tenants stay in their homes by December",
        "Support 30 young carers to stay in school by July",
        "Help 15 first-time buyers secure a mortgage by June",
    ],
)
def test_people_helped_reach_a_state(kr: str) -> None:
    assert "kr-is-task" not in _fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Help the sales team with onboarding by June",
        "Help 5 teams with the office move by June",
        "Support 20 families with food parcels by June",
        "Help 3 engineers finish the migration by June",
        "Help 10 volunteers organise the fair by June",
        "Help 40 students in Year 9 by June",
    ],
)
def test_help_without_their_act_stays_work(kr: str) -> None:
    assert "kr-is-task" in _fails(kr)


# -- decision 3741: a numbered stage of the people's journey before the target is no deadline ----


def _kr_fails(kr: str) -> set:
    text = (
        "Objective: Every learner finishes what they start\n"
        f"KR1: {kr} (owner: Ann)\n"
        "KR2: Weekly returning visitors from 400 to 650 (owner: Ann)\n"
    )
    r = review(text, config=_CFG)
    return {c.rule_id for c in r.objectives[0].key_results[0].checks if c.status == "fail"}


@pytest.mark.parametrize(
    "kr",
    [
        "Students dropping out before week 6 below 10%",
        "Learners quitting before week 3: under 8%",
        "New members cancelling in month 2 below 5%",
        "Patients readmitted before week 4 under 3%",
        "Share of apprentices leaving before week 8 from 20% to 12%",
        "Trainees who give up before week 5 at most 6%",
    ],
)
def test_stage_of_journey_is_no_deadline(kr: str) -> None:
    assert "kr-no-deadline" in _kr_fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Churn below 5% before week 6",
        "Quote turnaround under 4 hours by week 6",
        "Launch the parent app before week 6",
        "By week 6 churn below 5%",
    ],
)
def test_cycle_week_stays_the_deadline(kr: str) -> None:
    assert "kr-no-deadline" not in _kr_fails(kr)


# -- decision 3742: a bound that picks the things counted, then the change made to them ---------


@pytest.mark.parametrize(
    "kr",
    [
        "Cancellations with less than 24h notice reduced by 30% by June",
        "Refunds over $500 reduced by 30% by June",
        "No-shows with under 2 hours notice cut by 40% by June",
        "Cut refunds over $500 by 30% by June",
        "Late payments of more than 30 days reduced by 20% by June",
    ],
)
def test_bounded_class_then_cut(kr: str) -> None:
    assert {"kr-negative-phrasing", "kr-no-baseline"} <= _kr_fails(kr)


@pytest.mark.parametrize(
    "kr, rules",
    [
        ("Keep cancellations under 5% by June", {"kr-negative-phrasing"}),
        ("Response time under 2 hours by June", set()),
        ("Deliveries with less than 2 days notice: 15% to 5% by June", set()),
    ],
)
def test_bound_as_the_target_unchanged(kr: str, rules: set) -> None:
    assert _kr_fails(kr) & {"kr-negative-phrasing", "kr-no-baseline"} == rules


# -- decision 3743: "venue partnerships" are partners won; "venues" booked stay bought in --------


@pytest.mark.parametrize(
    "kr",
    [
        "Sign 6 new venue partnerships by June",
        "Sign 5 venue partners by June",
        "Book 3 new venue partnerships by June",
        "Sign 3 photographer partnerships by June",
        "Secure 4 new caterer partnerships by June",
    ],
)
def test_partners_won_after_a_booked_word(kr: str) -> None:
    assert "kr-is-task" not in _kr_fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Book 10 live bands by June",
        "Book 2 venues for the summer tour by June",
        "Sign 4 caterer contracts by June",
    ],
)
def test_things_booked_in_stay_work(kr: str) -> None:
    assert "kr-is-task" in _kr_fails(kr)


# -- decision 3744: "twice"/"thrice" count efforts as "2 times" does ---------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Teachers observe each other twice this term",
        "Managers shadow a front-desk shift twice this quarter",
        "Run a fire drill twice this term",
        "Coaches visit every club twice this season",
        "Leads review the risk register thrice this quarter",
    ],
)
def test_times_done_in_words(kr: str) -> None:
    assert "kr-activity-count" in _kr_fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Grow sign-ups twice over last year",
        "Double sales: twice the 2025 figure by June",
        "Customers return twice this quarter",
    ],
)
def test_twice_as_a_multiple_unchanged(kr: str) -> None:
    assert "kr-activity-count" not in _kr_fails(kr)


# -- decision 3745: a name no list knows beside a post, in one bracket, owns the item ------------


@pytest.mark.parametrize(
    "bracket, owner",
    [
        ("(Lukas, ski school director)", "Lukas, ski school director"),
        ("(Folasade, branch manager)", "Folasade, branch manager"),
        ("(Oyelaran, site supervisor)", "Oyelaran, site supervisor"),
        ("(Head chef, Tomasz)", "Head chef, Tomasz"),
    ],
)
def test_name_beside_post_owns(bracket: str, owner: str) -> None:
    found = find_owner(f"Weekly lessons booked from 40 to 60 {bracket}")
    assert found is not None and found[0] == owner


@pytest.mark.parametrize(
    "bracket", ["(beginners, ski school)", "(Lukas, sales)", "(Beginners, instructor)"]
)
def test_no_post_no_owner(bracket: str) -> None:
    assert find_owner(f"Weekly lessons booked from 40 to 60 {bracket}") is None


# -- decision 3746: "all year" after a cap's noun is not quoted as "… breaches all" --------------


def _negative_message(kr: str) -> str:
    text = (
        "Objective: Guests feel safe in 2027\n"
        f"KR1: {kr} (owner: Ann)\n"
        "KR2: Weekly returning visitors from 400 to 650 (owner: Ann)\n"
    )
    found = [
        f.message
        for f in review(text, config=_CFG).findings
        if f.rule_id == "kr-negative-phrasing" and f.target == "o1.kr1"
    ]
    assert found, kr
    return found[0]


@pytest.mark.parametrize(
    "kr, quoted",
    [
        ("Fewer than 2 data breaches all year", "“Fewer than 2 data breaches”"),
        ("No more than 2 serious injuries all season", "“No more than 2 serious injuries”"),
        ("Fewer than 3 lost bags all winter", "“Fewer than 3 lost bags”"),
        ("At most 1 food safety incident all term", "“At most 1 food safety incident”"),
    ],
)
def test_span_counted_over_not_quoted(kr: str, quoted: str) -> None:
    assert _negative_message(kr).startswith(quoted)

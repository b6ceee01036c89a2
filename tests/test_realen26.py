"""English published OKR pages, seventh set of round twenty-six (decisions 3460-; realen26): shapes
a new set of real English pages showed (a personal blog's habits, an engineering template's
tables with a reliability bracket), imitated by wordings written for these tests (no sentence of a
real page). Each decision's cases failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest

from coach import review


def kr_status(
    kr: str, rule: str, objective: str = "Have the healthiest year of my life in 2026"
) -> str:
    r = review(f"Objective: {objective}\nKR1: {kr}\n")
    found = [
        c.status for o in r.objectives for k in o.key_results for c in k.checks if c.rule_id == rule
    ]
    assert len(found) == 1, found
    return found[0]


def result_fails(kr: str, objective: str = "Have the healthiest year of my life in 2026") -> bool:
    """kr-is-task or kr-activity-count fails: the key result counts work, not a result."""
    return "fail" in (
        kr_status(kr, "kr-is-task", objective),
        kr_status(kr, "kr-activity-count", objective),
    )


# --- 3460: a floor before a habit's or a to-do's count keeps it an effort counted -----------------


@pytest.mark.parametrize(
    "kr",
    [
        "Play the piano at least 4 times per week",
        "Meditate at least 5 times a week",
        "Go to the gym at least twice a week",
        "Cook dinner at home at least 4 times a week",
        "Swim at least 3 times per week",
        "Walk the dog a minimum of 5 times a week",
        "Read at least 10 novels this year",
        "Watch at least 6 documentaries about architecture",
        "Read a minimum of 20 pages every day",
        "Listen to at least 12 audiobooks in 2026",
    ],
)
def test_a_floor_before_a_habit_or_to_do_count_is_still_effort(kr: str) -> None:
    assert result_fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        # the bare count already read so (decisions 6, 1108): unchanged
        "Play the piano 4 times per week",
        "Read 10 novels this year",
        "Meditate 5 times a week",
    ],
)
def test_the_bare_habit_or_to_do_count_stays_effort(kr: str) -> None:
    assert result_fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        # a delivery frequency behind a comparator stays a level (decision 1108)
        "Deploy at least 3 times a week",
        "Release to production at least twice a week",
        # what the people served do, counted with a floor: a result
        "Customers order at least 3 times a month",
        "Members visit the gym at least twice a week",
        "Users open the app at least 5 times a week",
        # a level reached, not an effort
        "Reach at least 500 paying customers",
        "Get at least 40 five-star reviews",
        "Sign at least 8 new distributors",
    ],
)
def test_levels_and_what_others_do_stay_results(kr: str) -> None:
    assert not result_fails(kr, "Become the studio every client recommends in Q3")


# --- 3461: a bracket that restates a raised share as its complement cut is no negative phrasing -


@pytest.mark.parametrize(
    "kr",
    [
        "Achieve a 92% build success rate (reduce failed builds from 20% to 8%)",
        "Reach 96% payment success (reduce failed payments to 4%)",
        "Raise first-contact resolution to 80% (reduce repeat contacts from 30% to 20%)",
        "Lift on-time delivery to 97% (reduce late orders from 9% to 3%)",
        "Get weekly retention to 94% (reduce churn from 10% to 6%)",
        "Hit 99% clean checkouts (reduce checkout errors from 4% to 1%)",
    ],
)
def test_a_raised_share_restated_as_its_complement_is_not_negative(kr: str) -> None:
    assert kr_status(kr, "kr-negative-phrasing", "Make our platform the one teams trust") == "pass"


@pytest.mark.parametrize(
    "kr",
    [
        # the bad events lead: still negative
        "Reduce failed builds from 20% to 8% (92% success rate)",
        "Achieve <1% error rate (reduce from 2.5% to <1%)",
        # a second measure in the bracket, not the complement
        "Reach 95% uptime (reduce incidents from 12 to 4 a month)",
        "Reach 90% on-time delivery (reduce complaints from 12% to 5%)",
        # a change by a share, not a level: no complement
        "Reach 40% adoption (reduce failed setups by 60%)",
        # no bracket: two measures in one line
        "Reach 95% uptime and reduce incidents by 40%",
        # no level outside the bracket
        "Improve onboarding (reduce drop-offs from 30% to 20%)",
    ],
)
def test_bad_events_leading_or_a_second_measure_stay_negative(kr: str) -> None:
    assert kr_status(kr, "kr-negative-phrasing", "Make our platform the one teams trust") == "fail"


# --- 3462: those who asked for the things shipped pick the work, they are no result ---------------


@pytest.mark.parametrize(
    "kr",
    [
        "Ship 2 enterprise features requested by ≥3 customers each",
        "Ship 3 workflow features requested by at least 4 customers",
        "Launch 4 report templates asked for by 5+ clients",
        "Release 2 exports requested by ≥ 4 store managers",
        "Deliver 5 improvements upvoted by over 100 community members",
        "Ship 4 dashboard widgets requested by over 10 customers",
        "Build 3 integrations voted for by 20+ users on the roadmap board",
    ],
)
def test_things_shipped_picked_by_who_asked_for_them_are_a_task(kr: str) -> None:
    assert kr_status(kr, "kr-is-task", "Become the studio every client recommends in Q3") == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        # what others do with the things shipped: uptake, a result (decisions 8, 25)
        "Ship 2 enterprise features used by 40% of accounts",
        "Launch 4 report templates adopted by 5+ clients",
        "Release 2 exports used weekly by at least 30 store managers",
        # people won, no work verb
        "Sign 5 customers who requested the API",
        "Win 12 accounts requested by the sales team",
    ],
)
def test_uptake_and_accounts_won_stay_results(kr: str) -> None:
    assert kr_status(kr, "kr-is-task", "Become the studio every client recommends in Q3") == "pass"

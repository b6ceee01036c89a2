"""Helper retire34b, thirty-fourth round of issue 8: shapes read in two retired held-out halves
of published English OKR sets (models/data/realen28_retired.md), one block per decision.

Each wording below was written for this file; no sentence of a published page is used.
"""

from __future__ import annotations

import pytest

from tests.test_retire32 import _fails


def _kr(wording: str) -> list[str]:
    """The findings of one key result under a plain, dated objective."""
    text = f"Objective: Make the riverside studio the town's favourite by Q4\n- KR1: {wording}\n"
    return _fails(text)[1]


# -- decision 5060: "#N" opening the item or after a rank verb, before a place, is a rank --------

RANKS = [
    "#1 in our region by Q4 (owner: Ms Ortiz)",
    "#2 on the city's yoga studio list by Q3 (owner: Ms Ortiz)",
    "Become #1 among family dentists in Leeds by June (owner: Ms Ortiz)",
    "Rank #3 in the regional app store by Sep 30 (owner: Ms Ortiz)",
    "Stay #1 across the county's bakeries through Q4 (owner: Ms Ortiz)",
    "Be the #1 rated cafe in town by December (owner: Ms Ortiz)",
]


@pytest.mark.parametrize("wording", RANKS)
def test_hash_rank_is_a_target(wording: str) -> None:
    assert "kr-not-quantified" not in _kr(wording)


RANK_GUARDS = [
    "Close ticket #4260 by Friday (owner: Ms Ortiz)",
    "Fix bug #12 in the booking form by May 3 (owner: Ms Ortiz)",
    "Ship release #7 on the web by Q3 (owner: Ms Ortiz)",
]


@pytest.mark.parametrize("wording", RANK_GUARDS)
def test_hash_label_stays_a_label(wording: str) -> None:
    assert "kr-not-quantified" in _kr(wording)


# -- decision 5061: a hire verb before "N-person team" hires N people -----------------------------

HEADCOUNTS = [
    "Hire 3-person support team by Q2 (owner: Ms Ortiz)",
    "Hire a 4-person data crew by May (owner: Ms Ortiz)",
    "Recruit a 2-member design squad by June 30 (owner: Ms Ortiz)",
    "Staff a 5-person night shift by Q3 (owner: Ms Ortiz)",
    "Recruit 6-person field sales team by Sep 1 (owner: Ms Ortiz)",
]


@pytest.mark.parametrize("wording", HEADCOUNTS)
def test_hired_team_size_is_a_count(wording: str) -> None:
    assert "kr-not-quantified" not in _kr(wording)


HEADCOUNT_GUARDS = [
    ("Improve 3-person team velocity by Q3 (owner: Ms Ortiz)", True),
    ("Hire 2 nurses by May (owner: Ms Ortiz)", False),
]


@pytest.mark.parametrize(("wording", "flagged"), HEADCOUNT_GUARDS)
def test_team_size_elsewhere_unchanged(wording: str, flagged: bool) -> None:
    assert ("kr-not-quantified" in _kr(wording)) is flagged


# -- decision 5062: NPL / NPA (non-performing loans / assets) are bad events ---------------------

NPLS = [
    "NPL rate within 12 months of disbursal below 3% by Q4 (owner: Ms Ortiz)",
    "Keep the NPL ratio below 4% by year end (owner: Ms Ortiz)",
    "Gross NPA ratio under 5% by March (owner: Ms Ortiz)",
    "NPLs at most 3% of the loan book by Q2 (owner: Ms Ortiz)",
    "90-day NPL share of new loans below 1.5% by Q3 (owner: Ms Ortiz)",
]


@pytest.mark.parametrize("wording", NPLS)
def test_non_performing_loans_are_bad_events(wording: str) -> None:
    assert "kr-negative-phrasing" in _kr(wording)


NPL_GUARDS = [
    "Loan approval rate above 60% by Q3 (owner: Ms Ortiz)",
    "Net interest margin at 4% by Q3 (owner: Ms Ortiz)",
    "Performing loans at 97% of the book by Q4 (owner: Ms Ortiz)",
]


@pytest.mark.parametrize("wording", NPL_GUARDS)
def test_healthy_loan_measures_unchanged(wording: str) -> None:
    assert "kr-negative-phrasing" not in _kr(wording)


# -- decision 5063: those won "onboarded" in a table row whose Target cell holds the count --------

_COUNT_TABLE = (
    "### O1: Grow the booking network in Leeds (owner: Ms Ortiz, Q3)\n\n"
    "| Key Result | Target | Current |\n|---|---|---|\n| {} | {} | 0 |\n"
)

ONBOARDED_WON = [
    ("Active cafes onboarded", "60"),
    ("New members onboarded", "250"),
    ("Partner clinics onboarded", "45"),
    ("Retailers onboarded", "70"),
    ("Onboard boutique hotels", "25"),
    ("Subscribers onboarded", "1,200"),
]


@pytest.mark.parametrize(("wording", "target"), ONBOARDED_WON)
def test_won_onboarded_with_count_in_target_cell(wording: str, target: str) -> None:
    assert "kr-is-task" not in _fails(_COUNT_TABLE.format(wording, target))[1]


ONBOARDED_STAFF = [
    ("New engineers onboarded", "4"),
    ("Vendors onboarded", "3"),
    ("Onboard new nurses", "6"),
]


@pytest.mark.parametrize(("wording", "target"), ONBOARDED_STAFF)
def test_staff_onboarded_stay_hiring(wording: str, target: str) -> None:
    assert "kr-is-task" in _fails(_COUNT_TABLE.format(wording, target))[1]


# -- decision 5064: a Target cell's zero with a time or "ongoing" after it is still a zero --------

_ZERO_TABLE = (
    "| Objective | Key Result | Target |\n|---|---|---|\n| Run a careful clinic. | {} | {} |\n"
)

ZERO_CELLS = [
    ("Data leaks from the booking form", "0 by Q4"),
    ("Safety incidents on the loading dock", "0 this year."),
    ("Customer complaints about late deliveries", "0 ongoing."),
    ("Missed payroll runs", "0 every month"),
    ("\\# incidents of patient files emailed to strangers.", "0 ongoing."),
    ("Data breaches", "0 at all times"),
]


@pytest.mark.parametrize(("wording", "target"), ZERO_CELLS)
def test_zero_cell_with_a_time_after_it(wording: str, target: str) -> None:
    assert "kr-negative-phrasing" in _fails(_ZERO_TABLE.format(wording, target))[1]


ZERO_CELL_GUARDS = [
    ("Five-star reviews", "0 by Q4", False),
    ("Data leaks from the booking form", "0", True),
    ("Repeat customers", "300 by Q4", False),
]


@pytest.mark.parametrize(("wording", "target", "flagged"), ZERO_CELL_GUARDS)
def test_zero_cell_guards(wording: str, target: str, flagged: bool) -> None:
    found = _fails(_ZERO_TABLE.format(wording, target))[1]
    assert ("kr-negative-phrasing" in found) is flagged


# -- decision 5065: "Expand to/into <named places>" and nothing more is a launch, a task -----------

EXPANSIONS = [
    "Expand to York & Hull by Q3 (owner: Ms Ortiz)",
    "Expand into Lisbon and Porto by June (owner: Ms Ortiz)",
    "Expand to Austin, Dallas and Houston by Q4 (owner: Ms Ortiz)",
    "Expand into Ireland by September (owner: Ms Ortiz)",
    "Expand to Bristol & Bath (owner: Ms Ortiz)",
]


@pytest.mark.parametrize("wording", EXPANSIONS)
def test_expansion_to_named_places_is_a_task(wording: str) -> None:
    assert "kr-is-task" in _kr(wording)


EXPANSION_GUARDS = [
    "Expand repeat purchases to 40% by Q3 (owner: Ms Ortiz)",
    "Expand the seller academy from 12 to 30 lessons by Q3 (owner: Ms Ortiz)",
    "Expand to York with 200 paying members by Q3 (owner: Ms Ortiz)",
]


@pytest.mark.parametrize("wording", EXPANSION_GUARDS)
def test_expansion_with_a_measure_is_no_launch(wording: str) -> None:
    assert "kr-is-task" not in _kr(wording)


# -- decision 5066: "Scale to N <things>" as an objective moves a measure, as "Grow to" does -----


def _objective(wording: str) -> list[str]:
    """The objective's findings, over one owned key result."""
    return _fails(f"Objective: {wording}\n- KR1: Monthly revenue at $40k (owner: Ms Ortiz)\n")[0]


SCALED = [
    "Scale to 40 paying customers",
    "Scale to 1,000 subscribers",
    "Scale to 5,000 active users by Q4",
    "Scale to 300 members in Q3",
    "Scale to 250 new clients by June",
]


@pytest.mark.parametrize("wording", SCALED)
def test_scale_to_a_figure_is_a_metric_objective(wording: str) -> None:
    assert "objective-is-metric" in _objective(wording)


SCALED_GUARDS = [
    "Scale the booking platform for the holiday rush",
    "Scale our care model so every family gets a nurse they know",
]


@pytest.mark.parametrize("wording", SCALED_GUARDS)
def test_scale_without_a_measure_is_no_metric(wording: str) -> None:
    assert "objective-is-metric" not in _objective(wording)

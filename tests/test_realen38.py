"""English published OKR pages, twentieth set of round thirty-eight (decisions 5600-5603;
realen38): shapes the studied half of a new set of real English pages showed — efforts led by how
many times a period they happen ("Twice a year, run …"), "make sure" asking for work as "ensure"
does, participles spelt as their verb after "is"/"been" ("… is run", "… have been set"), and
views gathered ("Collect feedback …") — imitated by wordings written for these tests across
functions (no sentence of a real page). Each decision's cases failed before it; the guards keep
what must not change."""

from __future__ import annotations

import pytest

from tests.test_realen37 import task_or_effort  # a task or a count of efforts

# --- 5600: how many times a period, in its own clause before the work ---------------------

TIMES_LEAD = [
    "Twice a year, organise a volunteer training day",
    "Twice a year, run a donor open evening and post the photos",
    "Three times a term, hold a parents' forum on the new timetable",
    "Once a quarter, review the supplier contracts with finance",
    "4 times a year, publish a members' newsletter",
    "Twice a month, visit the two satellite clinics",
]
TIMES_LEAD_KEPT = [
    "Twice a year, at least 80% of members rate the sessions 4 or higher",
    "Three times a year, the waiting list is under 20 families",
    "Once a quarter, 95% of invoices are paid within 30 days",
]


# --- 5601: "make sure" asks for what "ensure" asks for ------------------------------------

MAKE_SURE = [
    "Make sure a fire drill is held in every building each term",
    "Make sure the allergy board is updated before each service",
    "Every quarter, make sure a coding workshop is held for the library members",
]
MAKE_SURE_KEPT = [
    "Make sure 95% of calls are answered within 3 rings",
    "Make sure repeat visits reach 40% of first-time guests",
]


# --- 5602: a participle spelt as its verb, after a form of "be" -------------------------

SAME_FORM = [
    "Ensure a safety drill is run at each depot",
    "Goals for the autumn term have been set",
    "Prices for the spring menu are set",
    "Targets for the warehouse team have been set",
    "The annual budget is set",
]
SAME_FORM_KEPT = [
    "The team's targets are set at 10% above last year",
    "Ward temperatures are set to 21 degrees in 95% of rooms",
    "Ensure the café is run by volunteers three days a week",
    "Ensure every shop is run at a profit",
    "Visitor numbers reach 1,200 a week",
]


# --- 5603: views gathered are finding out ------------------------------------------------

VIEWS_GATHERED = [
    "Collect feedback from parents every term",
    "Gather customer input on the new menu",
    "Collect and review feedback from volunteers after each shift",
    "Gather staff suggestions for the new rota before the summer",
]
WON_KEPT = [
    "Collect $20k in pledges for the roof appeal",
    "Collect 300 signatures for the crossing petition",
    "Collect donations from 40 local shops",
    "Collect feedback from 40 tenants on the repairs service",
    "Average feedback score of 4.5 from tenants",
]


# Each decision's wordings read as work or an effort; its guards keep their result reading.
_CASES = [(kr, True) for kr in TIMES_LEAD + MAKE_SURE + SAME_FORM + VIEWS_GATHERED] + [
    (kr, False) for kr in TIMES_LEAD_KEPT + MAKE_SURE_KEPT + SAME_FORM_KEPT + WON_KEPT
]


@pytest.mark.parametrize(("kr", "work"), _CASES)
def test_work_or_result(kr: str, work: bool) -> None:
    assert task_or_effort(kr) is work

"""English published OKR pages, twenty-first set of round thirty-nine (decisions 5715-5723;
realen39): shapes the studied half of a new set of real English pages showed — work done told
with its manner ("… is clearly documented"), summaries and recaps put out, needs worked out
("… are determined"), one fault fixed with no article ("Fix bug blocking …"), faults that hold
a release back ("release blockers"), figures split by a dimension ("Break down … by …"), a
piece of finding-out telling what it found ("A review … suggests whether …"), people surveyed
and options explored —
imitated by wordings written for these tests across functions (no sentence of a real page).
Each decision's cases failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest

from coach import review
from tests.test_realen37 import task_or_effort  # a task or a count of efforts

_LEAD = "Q3 2026 OKRs (owner: Dana)\n\nObjective: Make every visit to the pantry easy\n- KR1: "


def _negative(kr: str) -> bool:
    (k,) = review(_LEAD + kr + "\n").objectives[0].key_results
    return {c.rule_id: c.status for c in k.checks}.get("kr-negative-phrasing") == "fail"


# --- 5715: work done, its manner told by an adverb in -ly --------------------------------

MANNER_TOLD = [
    "The process for onboarding volunteers is clearly documented for new coordinators",
    "The refund policy is clearly written on every receipt",
    "The intake steps are fully automated for returning patients",
    "The new booking flow is properly tested on older phones",
]
MANNER_KEPT = [
    "Members are highly satisfied with the newsletter",
    "Volunteers are deeply engaged in the spring campaign",
    "The new fee is clearly understood by members",
    "The checkout page is really fast on older phones",
]


# --- 5716: summaries, recaps and digests put out are pieces of work -----------------------

SUMMARIES = [
    "The office publishes monthly summaries",
    "The office sends weekly recaps to members",
    "Quarterly digests are posted on the members' page",
]
SUMMARIES_KEPT = [
    "Summary page views reach 2,000 a month",
    "80% of members open the weekly recap email",
]


# --- 5717: needs, scopes and budgets worked out -------------------------------------------

DETERMINED = [
    "Staffing needs for the winter are determined",
    "Room needs for the new depot are determined",
    "Fees for the new term are determined by June 30",
    "Demand for a members' blog or printed newsletter has been assessed",
]
DETERMINED_KEPT = [
    "Prices are determined by the market",
    "Winners are determined by public vote",
    "All December returns processed by Jan 20",
]


# --- 5720: figures broken down by a dimension are analysis --------------------------------

BROKEN_DOWN = [
    "Break down donor retention and gift size by campaign",
    "Break down churn by plan and region",
    "Break down course feedback by cohort (site, format, and tutor)",
]
BROKEN_DOWN_KEPT = [
    "Break the monthly sales record by June",
    "Break down barriers to volunteering",
]


# --- 5721: a piece of finding-out as the subject, then what it tells ----------------------

FINDINGS_TOLD = [
    "A review of rota apps suggests whether we keep our paper rota",
    "An investigation shows why parents drop out after the first visit",
    "A survey reveals ways in which late buses change how often families use the pool",
]
FINDINGS_KEPT = [
    "The staff survey shows 85% of nurses would recommend the ward",
    "More members say the review process is fair",
]


# --- 5722: people surveyed, as a participle after "be" ------------------------------------

PEOPLE_SURVEYED = [
    "Tenants are surveyed after each repair to understand what went wrong",
    "Members have been surveyed on the opening hours",
]
SURVEYED_KEPT = [
    "80% of tenants surveyed rate the repair 4 or higher",
    "Tenants surveyed say the repair was on time",
]


# --- 5723: options, sites or ideas explored or investigated -------------------------------

LOOKED_INTO = [
    "Options for a second depot are explored",
    "Sites for the new clinic are investigated",
    "Ideas for the summer fair are explored with the parents",
]
LOOKED_INTO_KEPT = [
    "Complaints are investigated within 5 working days",
    "All safety incidents are investigated",
]


_WORK = MANNER_TOLD + SUMMARIES + DETERMINED + BROKEN_DOWN + FINDINGS_TOLD + PEOPLE_SURVEYED
_KEPT = MANNER_KEPT + SUMMARIES_KEPT + DETERMINED_KEPT + BROKEN_DOWN_KEPT + FINDINGS_KEPT
_CASES = [(kr, True) for kr in _WORK + LOOKED_INTO] + [
    (kr, False) for kr in _KEPT + SURVEYED_KEPT + LOOKED_INTO_KEPT
]


@pytest.mark.parametrize(("kr", "work"), _CASES)
def test_work_or_result(kr: str, work: bool) -> None:
    assert task_or_effort(kr) is work


# --- 5718: one fault named with no article, then what it does, fixed -----------------------
# --- 5719: faults that hold a release back -------------------------------------------------

NEGATIVE = [
    "Fix bug blocking checkout for users on older phones",
    "Fix crash on launch for tablet users",
    "Reduce the number of release blockers found after each launch",
    "Reduce the number of would-be blockers found after a release",
]
NEGATIVE_KEPT = [
    "Fix pricing for the spring menu",
    "Cut ad blocker usage on the news site to 20%",
    "Ship the new ad blocker to 5,000 users",
]


@pytest.mark.parametrize(
    ("kr", "bad"), [(k, True) for k in NEGATIVE] + [(k, False) for k in NEGATIVE_KEPT]
)
def test_negative(kr: str, bad: bool) -> None:
    assert _negative(kr) is bad

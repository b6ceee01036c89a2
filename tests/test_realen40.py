"""English published OKR pages, twenty-second set of round forty (decisions 5840-5843;
realen40): shapes the studied half of a new set of real English pages showed — feedback
"gained" from people with no number (finding-out, as "Get feedback from …" is), one hire
"made" (hiring, as "Make two hires" is) and a population assessed or identified with no figure
(finding-out, as "Current suppliers assessed …" is), and a page or guide named with what it
will show before a colon (a deliverable) — imitated by wordings written for these tests across
functions (no sentence of a real page). Each decision's cases failed before it; the guards
keep what must not change."""

from __future__ import annotations

import pytest

from tests.test_realen37 import task_or_effort  # a task or a count of efforts

# --- 5840: feedback gained from people, no number -----------------------------------------

GAINED = [
    "Gain feedback from the beta testers on the new claim forms",
    "Gain early input on the new menu from regular diners",
    "Gain customer feedback on the revised delivery slots",
    "Gain comments from the parish council on the park layout",
]
GAINED_KEPT = [
    "Gain positive feedback from 70% of beta testers",
    "Gain an average feedback score of 4.6 from course attendees",
    "Gain 300 new members for the cycling club",
    "Gain 15% more repeat bookings from returning guests",
]

# --- 5841: one hire made --------------------------------------------------------------------

HIRES = [
    "Make one hire for every open seat in support",
    "Make one new hire in the night team by October",
]
# flagged before 5841 already (a count of hires, or "a … hire"): they must stay flagged
HIRES_ALREADY = [
    "Make a senior hire in the finance team",
    "Make two new hires in the warehouse by August",
]
HIRES_KEPT = [
    "Make one-click reorder the default for returning buyers",
    "Make the intake form one page long",
    "Make 40% of orders ship the same day",
]


# --- 5842: a population assessed, identified or worked out, no figure ----------------------

DECIDED = [
    "All current suppliers assessed for compliance with the new code",
    "All open risks identified and ranked",
    "Every depot's winter staffing needs determined",
    "All current vendors evaluated against the new standard",
]
DECIDED_KEPT = [
    "All December returns processed by Jan 20",
    "All payments made on time",
    "90% of suppliers assessed for compliance by June",
    "All applicants assessed within 5 working days",
]


# --- 5843: a thing to make named with what it shows, then a colon --------------------------

LABELLED_DELIVERABLES = [
    "Page explaining: fees, grants and bursaries fit together",
    "A short guide covering: the opening hours of every branch",
    "FAQ page listing: the common refund questions",
]
LABELLED_KEPT = [
    "Pricing page: 30% of visitors start a trial",
    "Support page: visits up 20%",
    "Dashboard showing: 90% of orders shipped on time",
]


@pytest.mark.parametrize("kr", GAINED + HIRES + HIRES_ALREADY + DECIDED + LABELLED_DELIVERABLES)
def test_flagged(kr: str) -> None:
    assert task_or_effort(kr), kr


@pytest.mark.parametrize("kr", GAINED_KEPT + HIRES_KEPT + DECIDED_KEPT + LABELLED_KEPT)
def test_kept(kr: str) -> None:
    assert not task_or_effort(kr), kr

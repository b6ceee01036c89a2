"""English published OKR pages, twenty-third set of round forty-one (decisions 5990-5992;
realen41): shapes the studied half of a new set of real English pages showed — work in progress
named as the key result ("… is working to improve …"), a deliverable said to be had, written or in
place ("Every key account has a renewal plan defined"), and a count of the people served doing
something themselves ("10 users tweet about …", a result, not the team's effort) — imitated by
wordings written for these tests across functions (no sentence of a real page). Each decision's
cases failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest

from tests.test_realen37 import task_or_effort  # a task or a count of efforts

# --- 5990: work in progress as the key result ----------------------------------------------

WORKING = [
    "The support team is working to shorten first replies",
    "Finance is working towards a cleaner month-end close",
    "Our editors are actively working to refresh the style guide",
    "Growth is working to lift trial conversion using 3 onboarding nudges",
]
WORKING_KEPT = [
    "The checkout is working on every supported browser",
    "Search is working for 99.5% of queries without timeouts",
    "The team is working to lift NPS from 32 to 45",
    "98% of tills are working to spec after each update",
]

# --- 5991: a deliverable had, written or in place ------------------------------------------

IN_PLACE = [
    "Every key account has a renewal plan defined",
    "Each clinic has a winter staffing plan in place",
    "Where a supplier misses a delivery, there is a recovery playbook agreed",
    "Each squad has a roadmap agreed with product",
]
IN_PLACE_KEPT = [
    "90% of key accounts have a renewal plan in place",
    "Each new hire has a buddy assigned in week one",
    "Every store has a manager in place by March",
    "Every ticket has a first reply within 4 hours",
]

# --- 5992: a count of the people served doing something themselves ------------------------

SERVED_ACT = [
    "25 customers post reviews of the new app",
    "12 users tweet about the offline mode",
    "300 visitors share the exhibition page",
    "40 students present their projects at the science fair",
]
SERVED_ACT_FLAGGED = [  # the team's own effort, counted: still flagged
    "Post 12 tweets about the offline mode",
    "Publish 25 reviews of partner tools",
    "Run 4 webinars for new customers per month",
    "12 customer case studies published on the site",
]


@pytest.mark.parametrize("kr", WORKING + IN_PLACE + SERVED_ACT_FLAGGED)
def test_flagged(kr: str) -> None:
    assert task_or_effort(kr), kr


@pytest.mark.parametrize("kr", WORKING_KEPT + IN_PLACE_KEPT + SERVED_ACT)
def test_kept(kr: str) -> None:
    assert not task_or_effort(kr), kr

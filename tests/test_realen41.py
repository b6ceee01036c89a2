"""English published OKR pages, twenty-third set of round forty-one (decisions 5990-5992;
realen41): shapes the studied half of a new set of real English pages showed — work in progress
named as the key result ("… is working to improve …"), a deliverable said to be had, written or in
place ("Every key account has a renewal plan defined"), and a count of the people served doing
something themselves ("10 users tweet about …", a result, not the team's effort) — imitated by
wordings written for these tests across functions (no sentence of a real page). Each decision's
cases failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest

from tests.test_realen37 import task_or_effort  # True: a task or a count of efforts (either check)

# (key result, flagged as a task or a count of efforts)
CASES = [
    # 5990: work in progress as the key result (flagged); a state or a measured change (kept)
    ("The support team is working to shorten first replies", True),
    ("Finance is working towards a cleaner month-end close", True),
    ("Our editors are actively working to refresh the style guide", True),
    ("Growth is working to lift trial conversion using 3 onboarding nudges", True),
    ("The checkout is working on every supported browser", False),
    ("Search is working for 99.5% of queries without timeouts", False),
    ("The team is working to lift NPS from 32 to 45", False),
    ("98% of tills are working to spec after each update", False),
    # 5991: a deliverable had, written or in place (flagged); a share, no deliverable (kept)
    ("Every key account has a renewal plan defined", True),
    ("Each clinic has a winter staffing plan in place", True),
    ("Where a supplier misses a delivery, there is a recovery playbook agreed", True),
    ("Each squad has a roadmap agreed with product", True),
    ("90% of key accounts have a renewal plan in place", False),
    ("Each new hire has a buddy assigned in week one", False),
    ("Every store has a manager in place by March", False),
    ("Every ticket has a first reply within 4 hours", False),
    # 5992: the team's own effort, counted (flagged); the people served acting (kept)
    ("Post 12 tweets about the offline mode", True),
    ("Publish 25 reviews of partner tools", True),
    ("Run 4 webinars for new customers per month", True),
    ("12 customer case studies published on the site", True),
    ("25 customers post reviews of the new app", False),
    ("12 users tweet about the offline mode", False),
    ("300 visitors share the exhibition page", False),
    ("40 students present their projects at the science fair", False),
]


@pytest.mark.parametrize(("kr", "flagged"), CASES)
def test_result_reading(kr: str, flagged: bool) -> None:
    """Flagged: a task or a count of efforts; kept: neither."""
    assert task_or_effort(kr) is flagged, kr

"""Lead decisions of the twenty-sixth round (issue 8): docs/principles.md 1773."""

from __future__ import annotations

import pytest

from coach.review import review


def _rules(kr: str) -> set[str]:
    r = review(f"Objective: Keep the people we hired\n- {kr} (owner: Ana)")
    return {f.rule_id for f in r.findings if f.target == "o1.kr1"}


@pytest.mark.parametrize(
    "kr",
    [
        "Hold one-to-one talks with all 45 team members by June",
        "Hold exit interviews with all 14 leavers by Q3",
        "Run onboarding calls with all 60 new accounts by March",
    ],
)
def test_meetings_with_a_group_counted_in_digits_are_efforts_counted(kr: str) -> None:
    found = _rules(kr)
    assert "kr-is-task" not in found
    assert found & {"kr-activity-count", "kr-business-as-usual"}


@pytest.mark.parametrize(
    "kr",
    [
        "Hold stay interviews with every agent in tenure 3-6 months",
        "Hold career conversations with each engineer",
        "Conduct check-in calls with all new accounts",
        "Conduct check-in calls with all of our 30 new accounts by Q3",
    ],
)
def test_meetings_with_every_one_of_a_group_uncounted_stay_a_task(kr: str) -> None:
    assert "kr-is-task" in _rules(kr)

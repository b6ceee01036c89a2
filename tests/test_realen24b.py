"""English published OKR pages, fourth set of round twenty-four (decision 2860; realen24b): a shape
a new set of real English pages showed, imitated by wordings written for these tests (no sentence
of a real page). The decision's cases failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest

from coach import review


def kr_status(kr: str, rule: str, objective: str = "Make our clinic app dependable in Q3") -> str:
    r = review(f"Objective: {objective}\nKR1: {kr}\n")
    found = [
        c.status for o in r.objectives for k in o.key_results for c in k.checks if c.rule_id == rule
    ]
    assert len(found) == 1, found
    return found[0]


def task_or_effort(kr: str) -> tuple[str, str]:
    return kr_status(kr, "kr-is-task"), kr_status(kr, "kr-activity-count")


# --- 2860: a check passing on a count of the things checked is a result ----------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Quarterly evacuation runbook test passes for all 7 wards",
        "Smoke tests pass for 20 of 20 services after each deploy",
        "CI build passes on all 3 platforms",
        "Restore drill succeeds for all 12 databases",
        "Monthly failover test passes in 4 of 4 regions",
        "Nightly regression suite stays green on all 5 browsers",
        "Payroll reconciliation check passes for 6 of 6 entities every month",
        "Allergen audit passes at all 14 kitchens",
    ],
)
def test_check_passing_on_things_checked_is_a_result(kr: str) -> None:
    assert task_or_effort(kr) == ("pass", "pass")


@pytest.mark.parametrize(
    "kr",
    [
        "Run 9 fire drills this quarter",
        "Run 12 load tests on all 4 services",
        "Complete 4 drills on all 3 floors",
        "Test 9 runbooks each quarter",
    ],
)
def test_running_the_checks_still_counts_effort(kr: str) -> None:
    assert kr_status(kr, "kr-activity-count") == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "Run the runbook test for all 9 capabilities",
        "Write 9 runbook tests for all capabilities",
        "Pass the fire-safety inspection at all 6 sites",
        "Pass 3 audits this year",
        "9 runbook tests per quarter",
    ],
)
def test_work_on_the_checks_stays_a_task(kr: str) -> None:
    assert kr_status(kr, "kr-is-task") == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "Security scan passes for 100% of container images",
        "Accessibility audit passes on 95% of pages",
    ],
)
def test_share_passing_stays_a_result(kr: str) -> None:
    assert task_or_effort(kr) == ("pass", "pass")

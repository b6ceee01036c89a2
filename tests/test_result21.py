"""Result, not task, on English key results, twenty-first round (decisions 2020-2022; result21):
shapes of real English key results that were read as results, each imitated by wordings
written for these tests. Each decision's tests failed before it; the guards keep what must
not change."""

from __future__ import annotations

import pytest

from coach import review

TASK_RULES = ("kr-is-task", "kr-activity-count")


def task_flagged(kr: str, objective: str = "Make every field crew trust our kit") -> bool:
    """Whether kr-is-task or kr-activity-count fails or warns on the key result."""
    r = review(f"Objective: {objective}\nKR1: {kr}\n")
    (item,) = r.objectives[0].key_results
    return any(c.rule_id in TASK_RULES and c.status == "fail" for c in item.checks)


# --- 2020: "Demonstrate …" is a deliverable; "for 48 hours" is how long it runs --------------


@pytest.mark.parametrize(
    "kr",
    [
        "Demonstrate continuous operation of the pump station for 48 hours by May",
        "Demonstrate the filter unit running for at least 72 hours before the trade fair",
        "Demonstrate unattended charging of the van fleet without dropouts",
    ],
)
def test_a_demonstration_is_a_task(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Pump station uptime from 97% to 99.9% by May",
        "Charging sessions complete without a dropout for 95% of vans by Q3",
        "Average repair time from 48 hours to 12 hours by June",
    ],
)
def test_guard_measured_runs_stay_results(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2021: a demonstration named as a noun, its temperature the test's condition -------------


@pytest.mark.parametrize(
    "kr",
    [
        "Successful field demonstration of the drone below 5°C by September",
        "Successful demonstration of the heater at -15°F",
        "Field demonstration of the boiler by October",
    ],
)
def test_a_demonstration_noun_is_a_task(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Server room temperature below 22°C all summer",
        "Cold room holds below 4°C in 99% of hourly readings by June",
        "Demo requests from 20 to 45 a month by Q3",
    ],
)
def test_guard_temperatures_and_demo_measures_stay_results(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2022: "Each squad identifies 2 or more risks per quarter": the group's own work ---------


@pytest.mark.parametrize(
    "kr",
    [
        "Each team maps 4 or more dependencies per quarter and records them in the wiki",
        "Each squad identifies at least 2 improvement ideas per sprint, and documents them",
        "Every plant manager documents 3 or more near misses per month",
    ],
)
def test_a_group_doing_work_per_period_is_a_task(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Each store grows repeat visits from 20% to 30% by Q4",
        "Every rep signs 3 or more new accounts per quarter",
        "All December returns processed by January 20",
    ],
)
def test_guard_group_results_and_states_stay(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2023: a deliverable reaching its recipients; a body formed "of N members" ---------------


@pytest.mark.parametrize(
    "kr",
    [
        "Delivery of the mobile SDK to 4 partners by June",
        "Delivery of the booking widget to 6 hotels by Q3",
        "Stand up a customer advisory board of 8 members by June",
        "Set up a parent council of 10 families before term starts",
    ],
)
def test_delivery_and_bodies_formed_are_tasks(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Grow the advisory board from 5 to 9 members by June",
        "Sign 4 new delivery partners by June",
        "Delivery times from 5 days to 2 days for 90% of orders by Q3",
    ],
)
def test_guard_bodies_grown_and_delivery_measures_stay_results(kr: str) -> None:
    assert not task_flagged(kr)


# --- 2024: others counted live on the team's product took it up ------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "3 partners live on the v2 API by June 30",
        "All 12 stores live on the new till software by May",
    ],
)
def test_counted_takers_live_are_an_adoption(kr: str) -> None:
    assert not task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "3 dashboards live by June",
        "The new returns portal is live by September 1",
        "Single sign-on is in place for all internal tools by Q3",
    ],
)
def test_guard_things_built_live_stay_tasks(kr: str) -> None:
    assert task_flagged(kr)

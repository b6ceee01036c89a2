"""The lead's merge fixes of the forty-third round (docs/principles.md, decision 6398)."""

from __future__ import annotations

import pytest

import coach


def _kr_rules(kr: str) -> set[str]:
    result = coach.review(f"Objective: Get fit enough to enjoy the hills (owner: Sam)\nKR: {kr}\n")
    return {f.rule_id for f in result.findings if f.target == "o1.kr1"}


@pytest.mark.parametrize(
    "kr",
    [
        "Raise my longest continuous run from 12 km to 21 km by June",
        "Extend my furthest single ride from 40 km to 80 km by August",
        "Take my longest hike from 15 miles to 25 miles by September",
        "Lift my farthest non-stop swim from 1 km to 3 km by July",
    ],
)
def test_the_distance_of_one_effort_is_a_level_reached(kr: str) -> None:
    assert "kr-activity-count" not in _kr_rules(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Weekly mileage up to 50 miles by April",
        "Cycle 100 miles a week by May",
        "Run 30 km a week by March",
        "Weekly swimming distance 8 km by June",
        "Walk 60 miles a month by October",
    ],
)
def test_training_volume_stays_an_activity_count(kr: str) -> None:
    assert "kr-activity-count" in _kr_rules(kr)

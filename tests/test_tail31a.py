"""tail31a: English leftovers of round 31 (decisions 4540-4559)."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review

_CFG = Config(use_model=False, semantic=False)
_TASK = {"kr-is-task", "kr-activity-count"}


def _review(kr: str, objective: str = "Run a leaner, cheaper platform this year"):
    text = (
        f"Objective: {objective}\nKR1: {kr} (owner: Ann)\n"
        "KR2: Unplanned downtime from 6% to 3% (owner: Ann)\n"
    )
    return review(text, config=_CFG)


def _fails(kr: str, objective: str = "Run a leaner, cheaper platform this year") -> set:
    r = _review(kr, objective)
    kr1 = next(k for o in r.objectives for k in o.key_results if k.id == "o1.kr1")
    return {c.rule_id for c in kr1.checks if c.status == "fail"}


def _findings(kr: str, rule: str) -> list:
    return [f for f in _review(kr).findings if f.target == "o1.kr1" and f.rule_id == rule]


# -- decision 4540: a verb made on a measure's name, then a count, is work ---------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Right-size 40 EC2 instances",
        "Re-size 40 servers",
        "Right-size 25 Kubernetes node pools by June",
        "Re-size 12 database clusters",
        "Re-score 60 supplier bids",
        "Re-cost 45 menu recipes",
        "Re-rate 30 suppliers on the new scorecard",
        "Rescore 60 supplier bids",
        "Up-size 8 Redis caches",
    ],
)
def test_4540_verb_on_a_measure_then_count_is_task(kr: str) -> None:
    assert _fails(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "Resize 40 EC2 instances",
        "Average basket size 40 items or more",
        "Deal size 40% above last year",
        "Re-order rate 40% by June",
        "Cut cloud cost 40% by right-sizing instances",
        "Cost per server below $40 a month",
    ],
)
def test_4540_guards(kr: str) -> None:
    expected = kr.startswith("Resize")
    assert bool(_fails(kr) & _TASK) is expected


@pytest.mark.parametrize(
    "kr",
    [
        "Right-size 60 RDS instances before the renewal",
        "Down-size 6 office leases",
        "Re-value 20 rental properties",
        "Re-size 120 product images for the new store",
        "Revalue 20 rental properties",
    ],
)
def test_4540_held_back(kr: str) -> None:
    assert _fails(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "Average order size 40 units",
        "Re-score rate above 40% by June",
        "Cost 40% lower per instance after right-sizing",
    ],
)
def test_4540_measures_stay(kr: str) -> None:
    assert not _fails(kr) & _TASK

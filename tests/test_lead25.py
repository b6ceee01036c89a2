"""Lead decisions of the twenty-fifth round (issue 8): 1768+."""

from __future__ import annotations

import pytest

from coach import review
from coach.config import Config

NO_MODEL = Config(semantic=False, include_examples=False)


def _rules(text: str, target: str) -> set[str]:
    return {f.rule_id for f in review(text, config=NO_MODEL).findings if f.target == target}


def _kr(kr: str) -> set[str]:
    text = f"Q3 OKRs\nObjective: Make deploys boring for every team\nKR1: {kr} (owner: Ana)\n"
    return _rules(text, "o1.kr1")


@pytest.mark.parametrize(
    "kr",
    [
        "Migrate 100% of services to Kubernetes",
        "Move 100% of invoice templates to the new layout",
        "Port 100% of our iOS screens to SwiftUI",
        "Migrate 90% of the cron jobs to the new scheduler",
        "Switch 100% of build agents to ARM runners",
    ],
)
def test_a_share_of_things_moved_is_a_measured_state(kr: str) -> None:
    # decision 1768 (decision 3): the share of things in the new state is read and graded
    assert not {"kr-is-task", "kr-not-quantified"} & _kr(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Migrate all services to K8s",
        "Finish the Kubernetes migration",
        "Complete 100% of the Postgres 15 migration",
        "Move 100% of pipelines from Airflow 1 to Dagster by end of March",
    ],
)
def test_a_migration_named_as_one_piece_of_work_stays_a_task(kr: str) -> None:
    # decision 1768 (decisions 3, 399, 2120): the migration done is the work, not its result
    assert "kr-is-task" in _kr(kr)

"""tester24's outsider drafts (round 24): a hospital ward, a logistics team, a support desk, a
game studio, a school, a city council, a tutoring charity, a gym (decisions 2700-)."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import parse, review

_CFG = Config(use_model=False, semantic=False)


def _review(text: str):
    return review(text, config=_CFG)


def _findings(text: str, target: str) -> list:
    return [f for f in _review(text).findings if f.target == target]


def _rules(text: str, target: str) -> set[str]:
    return {f.rule_id for f in _findings(text, target)}


def _kr_set(kr: str, objective: str = "Make our people glad they work here in Q3 2028") -> str:
    return (
        f"Objective: {objective}\n"
        f"KR1: {kr} (owner: Ann)\n"
        "KR2: Weekly active volunteers from 40 to 65 (owner: Ann)\n"
    )


# -- decision 2700: a rating over its scale ("4/5", "8/10") is not a date ---------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Team happiness score above 4/5 in monthly survey",
        "Agent satisfaction 8/10 in quarterly survey",
        "Patient satisfaction ≥ 9/10 in the weekly bedside survey",
        "Course rating of at least 4/5 in each monthly feedback round",
        "Staff wellbeing score: 7/10 or better in fortnightly pulse",
        "Volunteers rated 4/5 or higher in monthly check-ins",
    ],
)
def test_rating_over_scale_is_a_score(kr: str) -> None:
    text = _kr_set(kr)
    item = parse(text, _CFG).objectives[0].key_results[0]
    kinds = [q.kind for q in item.facts.quantities]
    assert "label-number" not in kinds
    assert "kr-activity-count" not in _rules(text, "o1.kr1")


@pytest.mark.parametrize(
    ("kr", "end"),
    [
        ("Ship the beta by 4/5", "04-05"),
        ("Board review on 5/10", "05-10"),
        ("Renewals signed by 3/10", "03-10"),
        ("Reviews score report due 4/10", "04-10"),
    ],
)
def test_date_over_five_or_ten_stays_a_date(kr: str, end: str) -> None:
    # guard: a month and day after by/on/due stays a date
    item = parse(_kr_set(kr), _CFG).objectives[0].key_results[0]
    assert item.deadline is not None and str(item.deadline.end).endswith(end)


# -- decision 2701: "Deliver every order when we promised" is a standard, not one project -----

_ITSELF_THE_WORK = "is itself the work"


def _task_advice(objective: str, kr: str) -> str:
    text = f"Objective: {objective} (Q3 2028)\nKR1: {kr} (owner: Ann)\n"
    found = [f for f in _findings(text, "o1.kr1") if f.rule_id in ("kr-is-task", "kr-activity-count")]
    assert found, text
    return " ".join(s.text for f in found for s in f.suggestions)


@pytest.mark.parametrize(
    ("objective", "kr"),
    [
        ("Deliver every order when we promised", "Implement new route optimisation software"),
        ("Finish projects on time and on budget", "Buy new scaffolding"),
        ("Complete every repair right the first time", "Buy a second diagnostic scanner"),
        ("Deliver each shipment on the day we promised", "Conduct 10 carrier reviews"),
        ("Complete all installs as agreed with the customer", "Build a new install checklist"),
    ],
)
def test_standard_objective_is_not_the_work(objective: str, kr: str) -> None:
    advice = _task_advice(objective, kr)
    assert _ITSELF_THE_WORK not in advice
    assert objective in advice  # the question still names the objective


@pytest.mark.parametrize(
    ("objective", "kr"),
    [
        ("Finish the Kubernetes migration", "Decommission the old Jenkins box"),
        ("Deliver the new ERP system", "Train the finance team on the new ledger screens"),
        ("Complete the clinic renovation", "Buy new waiting room chairs"),
    ],
)
def test_project_objective_still_the_work(objective: str, kr: str) -> None:
    # guard: one project to finish keeps the question of what it is for
    assert _ITSELF_THE_WORK in _task_advice(objective, kr)

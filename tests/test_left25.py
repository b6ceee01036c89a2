"""left25: English leftovers of round 25's testers (decisions 3440-)."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review

_CFG = Config(use_model=False, semantic=False)


def _rules(text: str) -> set[str]:
    return {f.rule_id for f in review(text, config=_CFG).findings}


def _kr(text: str) -> str:
    return f"## Objective: Keep our community strong (owner: Ana)\n- {text}\n"


# -- decision 3440: people leaving, then a cap on their share -------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Members leaving the club less than 10%",
        "Subscribers leaving us under 4%",
        "Tenants moving out under 8%",
        "Volunteers leaving the programme: below 6%",
        "Employees departing the company at most 12%",
        "Residents moving out fewer than 5% by December",
    ],
)
def test_people_leaving_under_a_cap(kr: str) -> None:
    assert "kr-negative-phrasing" in _rules(_kr(kr))


@pytest.mark.parametrize(
    "kr",
    [
        "Orders leaving the warehouse under 2%",
        "Managers leaving feedback under 10%",
        "Customers moving out of trial below 3 days",
        "Grow members to 400",
    ],
)
def test_things_leaving_or_no_cap_unchanged(kr: str) -> None:
    assert "kr-negative-phrasing" not in _rules(_kr(kr))


# -- decision 3442: a plural, what was done to them, a colon, a year-like count -------------


@pytest.mark.parametrize(
    "kr",
    [
        "Trees planted: 2000",
        "Children enrolled: 2030",
        "Books donated: 2024",
        "Volunteers trained: 2000",
        "Scholarships awarded: 2025",
        "Meals served: 1500",
    ],
)
def test_participle_label_counts(kr: str) -> None:
    from coach.facts import read

    assert read(kr, "en").measurable
    assert "kr-not-quantified" not in _rules(_kr(kr))


@pytest.mark.parametrize(
    "kr", ["Deadline: 2027", "Founded: 2019", "Go-live completed: 2027", "Years completed: 2027"]
)
def test_year_labels_unchanged(kr: str) -> None:
    from coach.facts import read

    assert not read(kr, "en").measurable


# -- decision 3443: a name, the job in brackets, then the set's name after a dash -----------


@pytest.mark.parametrize(
    ("heading", "who"),
    [
        ("Lukas (UX Designer) - OKRs H1", "Lukas"),
        ("Lukas (UX Designer) – OKRs H1 2027", "Lukas"),
        ("Aisha (Senior Nurse) - Q3 OKRs", "Aisha"),
        ("Marta (Head of Sales) - goals 2027", "Marta"),
        ("Kenji (Junior Accountant): OKRs Q2", "Kenji"),
        ("Wanjiru (Lab Technician) | objectives Q4", "Wanjiru"),
    ],
)
def test_name_and_job_open_the_heading(heading: str, who: str) -> None:
    from coach.facts.owner import heading_owner_name

    assert heading_owner_name(heading) == who


@pytest.mark.parametrize(
    "heading",
    [
        "Berlin (Sales office) - OKRs H1",
        "Marketing (Draft) - OKRs Q3",
        "Sales (EMEA) - OKRs H1",
        "Support (Tier 2 Team) - OKRs Q1",
    ],
)
def test_team_or_place_before_bracket_names_no_owner(heading: str) -> None:
    from coach.facts.owner import heading_owner_name

    assert heading_owner_name(heading) is None


# -- decision 3441: work for the people in a band; a kind word before a plural object -----------


@pytest.mark.parametrize(
    "kr",
    [
        "Do stay interviews for all agents in tenure 3-6 months",
        "Do stay interviews for all agents",
        "Conduct stay interviews for all agents",
        "Run load tests on all services",
        "Do work sessions with all new agents",
        "Offer mentoring to all staff with tenure of 1-2 years",
        "Give career talks to all pupils in years 10-11",
        "Complete stay interviews for all drivers aged 18-25",
    ],
)
def test_work_for_a_band_of_people_is_a_task(kr: str) -> None:
    assert "kr-is-task" in _rules(_kr(kr))


@pytest.mark.parametrize(
    "kr",
    [
        "Retain 90% of agents in tenure 3-6 months",
        "All agents in tenure 3-6 months above 80% quality score",
        "Agents stay 6 months or longer: 80%",
        "Checkout stays fast",
        "Support stays responsive",
    ],
)
def test_results_and_states_are_no_task(kr: str) -> None:
    assert "kr-is-task" not in _rules(_kr(kr))

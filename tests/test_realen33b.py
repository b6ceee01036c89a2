"""English published OKR pages, fifteenth set of round thirty-three (decisions 4900-; realen33b):
shapes a new set of real English pages showed (a key result naming only a skill or an
acquaintance someone should have, "familiarity with …", "ability to …", and a thing to be done
"properly"), imitated by wordings written for these tests (no sentence of a real page). Each
decision's cases failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest
from test_realen29 import kr_status

from coach import review

# --- 4900: a skill or an acquaintance named with no number is vaguely worded ---------------

SKILL_ONLY = [
    "Familiarity with the new invoicing workflow",
    "Fluency in conversational Spanish",
    "Ability to run the payroll close without help",
    "Proficiency in SQL window functions",
    "Comfort with public speaking at team demos",
    "Solid command of the warehouse safety rules",
    "Facility with spreadsheet pivot tables",
    "Working knowledge of the grant reporting rules",
    "A firm grasp of the tax filing calendar",
    "Deeper understanding of how our donors give",
    "Onboarding checklists kept properly up to date",
    "Every handover note properly filed",
]


@pytest.mark.parametrize("kr", SKILL_ONLY)
def test_a_skill_or_acquaintance_with_no_number_is_vague(kr: str) -> None:
    assert kr_status(kr, "kr-vague-wording") == "fail"


SKILL_MEASURED = [
    "80% of nurses report familiarity with the new triage tool",
    "Raise the share of agents with proficiency in the CRM from 40% to 75%",
    "Ability to export reports to CSV shipped to 100% of accounts",
    "Knowledge base articles cover the top 20 support questions",
    "Pass the B2 Spanish fluency exam by June",
    "Properly sized servers for all 12 clinics",
    "Score 4 of 5 or higher on the command-line skills check",
    "Grow weekly active readers from 2,000 to 3,500",
]


@pytest.mark.parametrize("kr", SKILL_MEASURED)
def test_a_skill_with_a_number_or_no_skill_phrase_is_not_vague(kr: str) -> None:
    assert kr_status(kr, "kr-vague-wording") == "pass"


# --- 4901: a place's or a show's audience named as a whole is a measure (as ridership) -------


def objective_status(objective: str, rule: str) -> str:
    found = review(
        f"Objective: {objective}\nKR1: Lift weekend arrivals from 1,800 to 2,600 by Q3 (owner: Lee)\n"
    ).objectives
    assert len(found) == 1, found
    return {c.rule_id: c.status for c in found[0].checks}[rule]


AUDIENCE_ONLY = [
    "Grow visitation at the county parks",
    "Grow visitation from out-of-state tourists",
    "Increase viewership of the Sunday cooking show",
    "Grow listenership among early commuters",
    "Lift viewership of our weekend match streams",
    "Grow visitation to the state's historic lighthouses",
]


@pytest.mark.parametrize("objective", AUDIENCE_ONLY)
def test_an_objective_that_only_grows_an_audience_is_a_metric(objective: str) -> None:
    assert objective_status(objective, "objective-is-metric") == "fail"


AUDIENCE_DIRECTION = [
    "Make the museum the first place families visit on a rainy weekend",
    "Welcome first-time visitors like old friends",
    "Grow our reach in local schools",
    "Build a show commuters cannot stop listening to",
    "Grow visitation by making the gardens a summer-evening habit for the whole town",
]


@pytest.mark.parametrize("objective", AUDIENCE_DIRECTION)
def test_an_audience_with_a_direction_or_no_audience_noun_is_no_metric(objective: str) -> None:
    assert objective_status(objective, "objective-is-metric") == "pass"

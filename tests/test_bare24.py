"""Verbless key results that name a concrete thing (decision 2840, bare24). Each target wording
failed at 7265fd93; the guards (vague outcomes named as nouns, measures without a verb) must not
become tasks. Every wording was written for this file, none taken from a page or a batch."""

from __future__ import annotations

import pytest

from coach import review

TASK_RULES = ("kr-is-task", "kr-activity-count")


def fired(kr: str) -> set[str]:
    text = f"Objective: Make life easier for the people we serve\nKR1: {kr}\n"
    (item,) = review(text).objectives[0].key_results
    return {c.rule_id for c in item.checks if c.status == "fail"}


def task_flagged(kr: str) -> bool:
    return bool(fired(kr) & set(TASK_RULES))


@pytest.mark.parametrize(
    "kr",
    [
        # the head is a thing made or put in place
        "Returns label generator",
        "Supplier onboarding form",
        "Allergen information leaflet",
        "Visitor parking map",
        "Vaccination reminder texts",
        "Prescription renewal chatbot",
        "Defect log for the stamping press",
        "Sprint retrospective board",
        "Holiday opening hours banner",
        "Maths revision timetable for Year 11",
        "Stock level checker on the product page",
        "Grant application tracker",
        "Mileage expense calculator",
        "Sensory corner in the reception classroom",
        # a count after the head's preposition says where it goes
        "Welcome leaflet in 4 languages",
        "Parcel lockers at 6 stations",
        "Touchscreen kiosks in 2 lobbies",
        "Donation tracker for 3 regional appeals",
    ],
)
def test_artefact_head_is_a_task(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        # abstract nouns of quality or state as head: vague outcomes, not tasks
        "Operational resilience",
        "Thought leadership in fintech",
        "Healthier staff",
        "Quicker refunds",
        "Dependable deliveries",
        "Brand trust among parents",
        "A culture of candour",
        "Peace of mind for carers",
        # a word of quality or change before a listed head keeps the vague reading
        "Better map for visitors",
        "Clearer leaflet for patients",
        # measures without a verb keep their reading
        "Kiosk uptime 99.5%",
        "Newsletter open rate 35%",
        "Leaflet reach: 20,000 homes",
        "Newsletter to 8,000 subscribers",
        "Manual reports per month from 40 to 10",
        "Status pages at 3 data centres from 1 to 3",
        "Form completion rate above 70%",
        "Chatbot containment 40%",
        # an outcome as the head
        "Membership renewals online",
    ],
)
def test_not_a_task(kr: str) -> None:
    assert not task_flagged(kr)


def test_dated_artefact_is_a_milestone() -> None:
    # a dated thing made is a milestone of the same principle (decision 656's reading)
    assert task_flagged("Volunteer rota board by March 1")


def test_a_count_of_the_thing_itself_stays_counted() -> None:
    # "12 posters" counts the team's pieces; the new rule does not read it as scope
    assert "kr-is-task" not in fired("Poster campaign reaching 12,000 commuters")


# --- 2841: AI-powered, no-code … open a capability; an outcome as head is no feature ----------


@pytest.mark.parametrize(
    "kr",
    [
        "AI-powered search for the help centre",
        "AI-assisted triage notes in the ED",
        "No-code form designer",
        "Low-code workflow automation for ops",
        "ML-powered duplicate detection for supplier invoices",
    ],
)
def test_ai_capability_opens_a_feature(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "AI-powered upsell revenue",
        "Real-time revenue",
        "AI-assisted triage accuracy 90%",
        "No-code users 5,000",
    ],
)
def test_capability_word_before_an_outcome_is_no_feature(kr: str) -> None:
    assert not task_flagged(kr)


def test_people_it_is_for_keep_the_feature() -> None:
    assert task_flagged("Self-serve account deletion for customers")

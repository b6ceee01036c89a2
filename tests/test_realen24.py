"""English published OKR pages, twenty-fourth round (decisions 2620-2623; realen24): shapes a new
set of real English pages showed, each imitated by wordings written for these tests (no sentence
of a real page). Each decision's tests failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest

from coach import review


def statuses(text: str, rule: str) -> list[tuple[str, str]]:
    """(wording, status of `rule`) for every key result of the review, in order."""
    r = review(text)
    out = []
    for o in r.objectives:
        for k in o.key_results:
            out += [(k.text, c.status) for c in k.checks if c.rule_id == rule]
    return out


def kr_status(kr: str, rule: str, objective: str = "Make our clinic app dependable in Q3") -> str:
    text = f"Objective: {objective}\nKR1: {kr}\n"
    found = statuses(text, rule)
    assert len(found) == 1, found
    return found[0][1]


def is_task(kr: str) -> bool:
    return "fail" in (kr_status(kr, "kr-is-task"), kr_status(kr, "kr-activity-count"))


# --- 2620: a system built with its own quality number is a task (as a launch is) -------------


@pytest.mark.parametrize(
    "kr",
    [
        "Implement SSO with 99.9% uptime",
        "Integrate the CRM with 99% sync accuracy",
        "Build the booking app with 99.9% availability by June 30",
        "Set up the payroll export with 99.5% data accuracy",
        "Install the kiosk software with 98% uptime",
        "Deploy 3 staging environments with 99.5% uptime",
        "Stand up 2 test environments (staging, load) with 99% availability",
        "Launch 2 regional sites with 99.95% uptime",
        "Implement nightly database branching with <30 second provisioning time",
        "Develop the recommendations service with p95 latency of 150ms",
    ],
)
def test_system_built_with_its_quality_bar_is_a_task(kr: str) -> None:
    assert is_task(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Maintain 99.9% uptime on the booking API",
        "Raise uptime from 99.5% to 99.9%",
        "Create 500 new accounts with 90% activation in the first week",
        "Implement the new checkout and lift conversion from 2% to 3%",
        "Implement automated cleanup reducing cloud waste by 90%",
        "Migrate 100% of services to Kubernetes",
        "Integrate 20 partner clinics with 95% of referrals arriving electronically",
        "Keep p95 latency under 200ms on search",
    ],
)
def test_measured_results_beside_building_stay_results(kr: str) -> None:
    assert not is_task(kr)


# --- 2621: a design or a layout is a piece of work whose progress a share reports -------------


@pytest.mark.parametrize(
    "kr",
    [
        "Complete 100% of the directory layout & design",
        "Complete 80% of the homepage design",
        "Complete 90% of the warehouse layout",
        "Complete 100% of the booking flow wireframes",
        "Finish 80% of the mockups for the new app",
    ],
)
def test_share_of_a_design_is_progress_of_work(kr: str) -> None:
    assert kr_status(kr, "kr-is-task") == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "80% of new users finish the redesigned onboarding",
        "Redesign reaches 60% of users",
        "Design reviews cut rework from 30% to 10%",
    ],
)
def test_design_words_in_results_stay_results(kr: str) -> None:
    assert kr_status(kr, "kr-is-task") == "pass"


# --- 2622: who set, drafted or wrote the set is not each key result's owner ------------------


OKRS = "\n## Objective 1 — Make checkout effortless in Q2\n\n- KR1.1 Checkout conversion from 2% to 3%\n"


@pytest.mark.parametrize(
    "line",
    [
        "Set on the first CEO planning run (2026-04-17). Revisit quarterly.",
        "Set by the CEO on 2026-04-17.",
        "Drafted by the COO, March 2026.",
        "Written by our VP Product after the offsite.",
        "Prepared by the Head of Sales, May 2026.",
        "Compiled by Priya Shah, March 2026.",
    ],
)
def test_author_of_the_set_is_no_owner(line: str) -> None:
    assert [s for _k, s in statuses(line + "\n" + OKRS, "kr-no-owner")] == ["fail"]


@pytest.mark.parametrize(
    "line",
    ["Owner: CEO", "CEO OKRs — Q2 2026", "Owner: Priya Shah", "Sales — VP Sales"],
)
def test_owner_named_over_the_set_still_owns(line: str) -> None:
    assert [s for _k, s in statuses(line + "\n" + OKRS, "kr-no-owner")] == ["pass"]


# --- 2623: a verbless feature named by the technique behind it is a thing to build -----------


@pytest.mark.parametrize(
    "kr",
    [
        "AI-powered visual assertions for the test runner",
        "AI-driven defect detection",
        "ML-based fraud scoring for card payments",
        "Usage-based billing for API customers",
        "GPS-enabled tracking on every van",
        "AI-assisted triage for support tickets",
        "Data-driven pricing for all stores",
    ],
)
def test_feature_named_by_its_technique_is_a_task(kr: str) -> None:
    assert kr_status(kr, "kr-is-task") == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "AI-driven defect detection rate above 90%",
        "Usage-based plans reach 40% of new signups",
        "Tickets re-opened under 5%",
        "95% of AI-assisted replies rated helpful",
    ],
)
def test_measures_with_such_words_stay_results(kr: str) -> None:
    assert kr_status(kr, "kr-is-task") == "pass"


# --- 2624: a level or team word before a numbered "OKR N:" still labels the objective ---------


def objectives_and_krs(text: str) -> list[tuple[str, list[str]]]:
    r = review(text)
    return [(o.text, [k.text for k in o.key_results]) for o in r.objectives]


@pytest.mark.parametrize(
    "label",
    [
        "## Company OKR 1:",
        "Product OKR 2:",
        "Team OKR 1 —",
        "Growth Team OKR 3:",
        "## Engineering OKR 2 -",
    ],
)
def test_level_word_before_numbered_okr_label(label: str) -> None:
    text = (
        f"{label} Make onboarding effortless for clinics in Q3\n- KR1.1: 400 clinics finish setup\n"
    )
    assert objectives_and_krs(text) == [
        ("Make onboarding effortless for clinics in Q3", ["400 clinics finish setup"])
    ]


@pytest.mark.parametrize(
    "kr",
    ["Supports OKR 2: 400 clinics finish setup", "Aligned to OKR 1 — 400 clinics finish setup"],
)
def test_verb_pointing_at_an_okr_stays_a_key_result(kr: str) -> None:
    text = f"Objective: Make onboarding effortless for clinics in Q3\n- {kr}\n- KR: 90% of clinics rate setup easy\n"
    assert [o for o, _krs in objectives_and_krs(text)] == [
        "Make onboarding effortless for clinics in Q3"
    ]


# --- 2625: "avg" is average: an average per unit written short is a measure ------------------


def objective_status(objective: str, rule: str) -> str:
    text = (
        f"Objective: {objective}\nKR1: 300 members borrow a book a month by June 30 (owner: Ana)\n"
    )
    r = review(text)
    return next(c.status for c in r.objectives[0].checks if c.rule_id == rule)


@pytest.mark.parametrize(
    "objective",
    [
        "avg products per customer ≥ 2.5",
        "Platform depth — avg products per customer ≥ 2.5",
        "avg tickets per agent per day under 25",
        "Avg visits per patient from 3 to 4",
        "Avg seats per account above 12",
    ],
)
def test_short_average_per_unit_is_a_metric_objective(objective: str) -> None:
    assert objective_status(objective, "objective-is-metric") == "fail"


@pytest.mark.parametrize(
    "objective",
    [
        "Make every store the one people visit twice a week",
        "Become the clinic families recommend first",
        "Make our average customer feel like our best one",
    ],
)
def test_objectives_without_an_average_stay_qualitative(objective: str) -> None:
    assert objective_status(objective, "objective-is-metric") == "pass"


# --- 2626: a count of deliverables with a "+" floor, then "live" / "shipped": things built ----


@pytest.mark.parametrize(
    "kr",
    [
        "3+ channel integrations live (Slack, Teams, email)",
        "10+ connectors live by June",
        "5+ dashboards shipped for the ops team",
        "4+ partner APIs live in production",
    ],
)
def test_deliverables_counted_live_are_tasks(kr: str) -> None:
    assert is_task(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "500+ customers live on the new platform",
        "12+ stores live on the new POS by May",
        "3+ integrations live with 90% of customers connected",
    ],
)
def test_people_or_places_live_stay_results(kr: str) -> None:
    assert not is_task(kr)

"""tester24b (issue 8, twenty-fourth round): shapes found by a fresh-eyed English user.

Every wording here was written for this file; see docs/principles.md decisions 2900-2919.
"""

from __future__ import annotations

import pytest

from coach import review

SIBLING = "Is this work how the key result"


def _task_advice(text: str) -> str:
    """The first suggestion of the last key result's task or activity finding."""
    rep = review(text)
    last = rep.objectives[-1].key_results[-1].id
    for f in rep.findings:
        if f.target == last and f.rule_id in ("kr-is-task", "kr-activity-count"):
            return f.suggestions[0].text if f.suggestions else ""
    raise AssertionError(f"no task finding on {last}: {[f.rule_id for f in rep.findings]}")


# Decision 2900: a word shared only with the population ("2% of visits") or the place ("at the
# counter") a sibling key result is counted over does not make the task that sibling's work.
@pytest.mark.parametrize(
    ("objective", "sibling", "task"),
    [
        (
            "Be the branch people recommend",
            "Customer complaints under 2% of visits",
            "Visit 20 local businesses",
        ),
        (
            "Every patient leaves with the right medicine",
            "Out-of-stock items at the counter reduced by 40%",
            "Train all counter staff on the new returns process",
        ),
        (
            "Be the first place people go for local news",
            "Corrections published under 1% of stories",
            "Publish 5 local stories a day",
        ),
        (
            "Make every delivery feel easy",
            "Failed deliveries below 3% of parcels",
            "Weigh all parcels at the depot",
        ),
        (
            "Guests love their room from the first minute",
            "Noise complaints across all floors down 30%",
            "Repaint 4 floors",
        ),
        (
            "Shoppers find what they came for",
            "Search exits on 10% of product pages or fewer",
            "Rewrite 200 product pages",
        ),
        (
            "Clinics run on time",
            "Late starts at the Northside clinic from 12 to 4 a week",
            "Hold 3 workshops with Northside clinic staff",
        ),
    ],
)
def test_a_population_or_place_word_does_not_pick_the_sibling(
    objective: str, sibling: str, task: str
) -> None:
    text = f"Objective: {objective}\nKR1: {sibling}\nKR2: {task}"
    assert SIBLING not in _task_advice(text)


# Guards: the measure's own subject, or a share's subject at the start, still links.
@pytest.mark.parametrize(
    ("objective", "sibling", "task", "quoted"),
    [
        (
            "Win small contractors",
            "Quote turnaround under 24 hours for 90% of requests",
            "Launch online quote form",
            "Quote turnaround",
        ),
        (
            "Every patient leaves with the right medicine",
            "95% of counter staff pass the returns quiz by June",
            "Train all counter staff on the new returns process",
            "95% of counter staff",
        ),
        (
            "Research others build on",
            "2 papers accepted at NeurIPS or ICML",
            "Submit 4 papers to top venues",
            "2 papers accepted",
        ),
        (
            "Lawyers find precedents in minutes",
            "Median search time from 22 to 5 minutes",
            "Roll out the new search tool to all 6 offices",
            "Median search time",
        ),
        (
            "New drivers run routes alone within a month",
            "Share of new drivers cleared for solo routes within 30 days from 40% to 80%",
            "Rewrite the route training guide",
            "Share of new drivers",
        ),
    ],
)
def test_the_measures_own_subject_still_picks_the_sibling(
    objective: str, sibling: str, task: str, quoted: str
) -> None:
    text = f"Objective: {objective}\nKR1: {sibling}\nKR2: {task}"
    advice = _task_advice(text)
    assert advice.startswith(f"{SIBLING} “{quoted}")


def _rules_on_kr(kr: str) -> list[str]:
    text = f"Objective: Get into the German market in Q3 2028\nKR1: {kr} (owner: Nikos)"
    return [f.rule_id for f in review(text).findings if f.target == "o1.kr1"]


# Decision 2901: attending one named fair, expo, summit or conference is a task for the plan,
# not routine work that happens anyway.
@pytest.mark.parametrize(
    "kr",
    [
        "attend the Anuga trade fair",
        "Attend the Web Summit in Lisbon",
        "attend the regional food expo in Lyon",
        "Attend the ASCO conference",
        "Attend the national pharmacy congress",
        "Attend the spring wedding fair in Leeds",
    ],
)
def test_attending_one_event_is_not_routine(kr: str) -> None:
    found = _rules_on_kr(kr)
    assert "kr-business-as-usual" not in found
    assert "kr-is-task" in found


# Guards: a cadence, a whole class of events or another routine verb stays routine.
@pytest.mark.parametrize(
    "kr",
    [
        "Attend all weekly stand-ups",
        "Attend the monthly board meeting",
        "Attend every trade fair in the region",
        "Attend all industry conferences",
        "Renew TLS certs",
        "Keep the office printers working",
    ],
)
def test_recurring_attendance_stays_routine(kr: str) -> None:
    assert "kr-business-as-usual" in _rules_on_kr(kr)


def _rules_on_objective(objective: str) -> list[str]:
    text = (
        f"Objective: {objective} (Q3 2028)\n"
        "KR1: NPS from 30 to 45 (owner: Ann)\n"
        "KR2: Paying members from 200 to 300 (owner: Ann)"
    )
    return [f.rule_id for f in review(text).findings if f.target == "o1"]


# Decision 2902: "subscriptions" named alone is a KPI, as "Bookings" and "Donations" are.
@pytest.mark.parametrize(
    "objective",
    [
        "Digital subscriptions",
        "Subscriptions",
        "Paid subscriptions",
        "Annual subscriptions up",
        "Magazine subscriptions",
    ],
)
def test_subscriptions_alone_are_a_metric_objective(objective: str) -> None:
    assert "objective-is-metric" in _rules_on_objective(objective)


# Guards: a direction about subscriptions, or work on them, is no KPI.
@pytest.mark.parametrize(
    "objective",
    [
        "Make subscriptions effortless to manage",
        "Readers who treasure their subscription",
        "Be the subscription box people gift",
        "Simplify subscription billing",
        "Migrate subscriptions to the new billing system",
    ],
)
def test_a_direction_about_subscriptions_is_not_a_metric(objective: str) -> None:
    assert "objective-is-metric" not in _rules_on_objective(objective)

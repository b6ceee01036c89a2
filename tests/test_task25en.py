"""Task key results on published English pages, round twenty-five (decision 3380; task25en): a
count of pieces the team makes, with the participle of making them after or before the noun
("N things generated", "N published things"). The shape recurred in three independent sets of
real pages; the wordings below are written for these tests (no sentence of a real page). Each
task case failed before; the guards keep what must stay a result."""

from __future__ import annotations

import pytest

from coach import review

RESULT_RULES = ("kr-is-task", "kr-activity-count")


def result_fails(
    kr: str, objective: str = "Make our service the one customers trust in Q3"
) -> bool:
    r = review(f"Objective: {objective}\nKR1: {kr}\n")
    krs = [k for o in r.objectives for k in o.key_results]
    assert len(krs) == 1
    return any(c.rule_id in RESULT_RULES and c.status == "fail" for c in krs[0].checks)


# --- 3380: a count of pieces made, the participle of making them after or before them ----------


@pytest.mark.parametrize(
    "kr",
    [
        "100+ pricing recommendations generated for sales reps",
        "60 product descriptions produced for the online store",
        "5 POCs presented to the steering committee",
        "300 enriched supplier profiles generated",
        "200 test scenarios generated for the billing engine",
        "25 onboarding videos produced for new franchisees",
    ],
)
def test_a_count_of_pieces_made_is_output(kr: str) -> None:
    assert result_fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "500 qualified leads generated",
        "200 new jobs created in the region",
        "50 templates written by the community",
        "$2M in pipeline generated",
        "1,200 sign-ups generated from the webinar",
        "30 new customer accounts created",
        "95% of invoices generated within 24 hours",
        "Reports generated in under 2 seconds",
        "15 published apps on the marketplace by partners",
        "300 orders created through the new checkout",
        "5 POCs convert to paid contracts",
    ],
)
def test_what_the_made_thing_brings_in_stays_a_result(kr: str) -> None:
    assert not result_fails(kr)


# --- 3381: labels noted, not changed: standing decisions read these as results ------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Launch the guided tour with a 60% completion rate",
        "Implement auto-scaling reducing idle spend by 80%",
        "Roll out smart pricing to 80% of policy lines",
        "Reliable nightly data exports",
        "Accurate delivery-time estimates",
        "Every store has a named safety champion",
        "100% of clinics keep a ranked list of complaints",
    ],
)
def test_standing_decisions_keep_these_results(kr: str) -> None:
    assert not result_fails(kr)

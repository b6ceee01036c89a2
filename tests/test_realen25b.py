"""English published OKR pages, sixth set of round twenty-five (decisions 3260-; realen25b): shapes a
new set of real English pages showed (a manufacturing plant, a vendor's example OKRs by function, a
startup's department tables), imitated by wordings written for these tests (no sentence of a real
page). Each decision's cases failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest

from coach import review


def kr_status(
    kr: str, rule: str, objective: str = "Make our plant the supplier of choice in Q3"
) -> str:
    r = review(f"Objective: {objective}\nKR1: {kr}\n")
    found = [
        c.status for o in r.objectives for k in o.key_results for c in k.checks if c.rule_id == rule
    ]
    assert len(found) == 1, found
    return found[0]


# --- 3260: a verb reaching a level, the level, then a bad-event measure --------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Achieve 1.5% scrap rate on the stamping line",
        "Achieve a 2% defect rate on returned laptops",
        "Hit 3% monthly churn by December",
        "Reach a 1% complaint rate across our cafés",
        "Attain a 0.5% error rate on payroll runs",
        "Get to 4% voluntary attrition in the call centre",
        "Reach 2% readmission rate for hip patients",
        "Hit a 0.8% chargeback rate on card payments",
    ],
)
def test_a_level_reached_of_a_bad_event_measure_is_negative(kr: str) -> None:
    assert kr_status(kr, "kr-negative-phrasing") == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "Achieve 95% defect-free parts on line 2",
        "Achieve 99% on-time delivery rate",
        "Reach 90% of complaints resolved within a day",
        "Achieve 5% bounce rate improvement on the landing page",
        "Hit 40% retention of first-year donors",
        "Achieve 98% first-pass yield",
        "Reach a 3% conversion rate on the pricing page",
        "Achieve 2% of revenue from referrals",
    ],
)
def test_a_good_level_or_a_share_handled_stays_positive(kr: str) -> None:
    assert kr_status(kr, "kr-negative-phrasing") == "pass"


# --- 3261: the team's own recurring rounds of work, completed by a share ----------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Complete 100% of performance reviews by March 31",
        "Complete 100% of onboarding for the spring intake",
        "Complete 100% of planned scope across all four sprints",
        "Complete 95% of annual appraisals",
        "Complete 90% of risk assessments for the new wards",
        "Finish 100% of safety inspections at the depot",
        "Complete 100% of supplier audits before the renewal",
    ],
)
def test_a_share_of_the_teams_own_rounds_of_work_is_a_task(kr: str) -> None:
    assert kr_status(kr, "kr-is-task") == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "90% of new customers complete onboarding within 7 days",
        "Increase onboarding completion to 85%",
        "Raise the share of reviews rated 5 stars to 60%",
        "Get 200 new customer reviews on G2",
        "100% of new hires complete onboarding in week one",
        "Process 98% of refunds within 3 days",
        "Pass 100% of safety inspections with no findings",
    ],
)
def test_outcomes_of_reviews_onboarding_and_inspections_stay_results(kr: str) -> None:
    assert kr_status(kr, "kr-is-task") == "pass"

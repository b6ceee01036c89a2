"""A verb of finding out before a measure's word, round twenty-five (decision 3420; verbs25):
"Analyze churn", "Study churn drivers" were read as a noun compound naming a measure ("Review
time", "Win rate"), so the task was lost; "Analyze attrition drivers" was already a task. The
wordings are written for these tests. Each task case failed before; the guards keep what must
stay a result or a measure."""

from __future__ import annotations

import pytest

from coach import review

OBJECTIVE = "Get paid on time by every customer"


def checks(kr: str, objective: str = OBJECTIVE) -> dict[str, str]:
    r = review(f"Q3 OKRs\nObjective: {objective}\nKR1: {kr} (owner: Ana)\n")
    krs = [k for o in r.objectives for k in o.key_results]
    assert len(krs) == 1
    return {c.rule_id: c.status for c in krs[0].checks}


def is_task(kr: str, objective: str = OBJECTIVE) -> bool:
    return checks(kr, objective).get("kr-is-task") == "fail"


# --- 3420: a verb that is never a noun, before a measure's word ---------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Analyze churn",
        "Analyse churn",
        "Investigate retention",
        "Explore churn in the SMB segment",
        "Diagnose retention by cohort",
        "Understand churn for first-year accounts",
    ],
)
def test_a_verb_of_finding_out_studies_the_measure(kr: str) -> None:
    assert is_task(kr)


# --- 3420: any verb of finding out before the measure and what drives it ------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Analyze churn drivers",
        "Analyze churn drivers for the top 50 accounts",
        "Study churn drivers",
        "Research churn drivers",
        "Map churn drivers",
        "Identify churn drivers",
        "Review retention patterns across the three regions",
        "Map conversion drop-off causes in checkout",
        "Study churn reasons with the support team",
    ],
)
def test_what_drives_a_measure_is_studied(kr: str) -> None:
    assert is_task(kr)


def test_the_top_50_accounts_keep_the_task() -> None:
    # the counted accounts are whom the study covers, not a target (it had no finding at all)
    assert is_task("Analyze churn drivers for the top 50 accounts", "Keep our biggest customers")


# --- guards: measures and results stay as they were ---------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Cut churn from 5% to 3%",
        "Churn under 2%",
        "Review time under 2 days",
        "Study time 10 hours a week",
        "Test coverage at 80%",
        "Win rate from 20% to 28%",
        "Evaluate retention at 90%",
    ],
)
def test_measures_stay_no_task(kr: str) -> None:
    assert not is_task(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Analyze attrition drivers",
        "Analyze the drivers of churn",
        "Analyse why trial users drop off",
        "Track churn every week",
    ],
)
def test_tasks_read_before_stay_tasks(kr: str) -> None:
    c = checks(kr)
    assert c.get("kr-is-task") == "fail" or c.get("kr-activity-count") == "fail"


@pytest.mark.parametrize("kr", ["分析流失原因", "研究客诉原因", "梳理退货原因"])
def test_chinese_finding_out_stays_a_task(kr: str) -> None:
    r = review(f"Q3 OKR\n目标：每位客户都按时付款\nKR1：{kr}（负责人：安娜）\n")
    krs = [k for o in r.objectives for k in o.key_results]
    assert any(c.rule_id == "kr-is-task" and c.status == "fail" for c in krs[0].checks)

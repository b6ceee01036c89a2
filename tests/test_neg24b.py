"""neg24b (issue 8, twenty-fourth round): negative phrasing leftovers (decisions 2920-2921), on
wordings neg24b wrote, with guards for what must stay unflagged."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review

NO_MODEL = Config(semantic=False)
EN = "Objective: Make our work more dependable\nKR: {} (owner: Ana)"


def _rule_findings(kr: str):
    rv = review(EN.format(kr), config=NO_MODEL, select=["kr-negative-phrasing"])
    return [f for f in rv.findings if f.rule_id == "kr-negative-phrasing" and f.source == "rule"]


# decision 2920: overruns are plans exceeded, counted like "over budget"
@pytest.mark.parametrize(
    "kr",
    [
        "Cost overruns under 3% of project budget",
        "Keep budget overruns below 5% on every build",
        "Reduce schedule overruns to 2 projects per quarter",
        "Cut cost overruns on capital projects by half",
        "Overruns on fixed-price contracts under 10%",
    ],
)
def test_overruns_are_negative(kr: str) -> None:
    assert _rule_findings(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Keep project cost under $2M",
        "Cut the cost of cloud hosting by 10%",
        "Projects delivered on budget: 95%",
    ],
)
def test_costs_and_on_budget_stay_positive(kr: str) -> None:
    assert not _rule_findings(kr)


# decision 2921: a lapse rate is 100% minus the retention rate
@pytest.mark.parametrize(
    ("kr", "rewrite"),
    [
        ("Decrease donor lapse rate from 40% to 30%", "donor retention rate from 60% to 70%"),
        ("Policy lapse rate below 8% by year end", "Policy retention rate above 92%"),
        ("Cut the membership lapse rate to 12%", "membership retention rate to 88%"),
        ("Subscription lapse rate under 5% each month", "retention rate above 95%"),
        (
            "Lower first-year lapse rate for new policies to 15%",
            "retention rate for new policies to 85%",
        ),
    ],
)
def test_lapse_rate_becomes_retention_rate(kr: str, rewrite: str) -> None:
    (f,) = _rule_findings(kr)
    assert rewrite in f.suggestions[0].text


def test_retention_rate_stays_positive() -> None:
    assert not _rule_findings("Raise donor retention rate to 70%")


# decision 2922: a fix verb's time after the verb is a service level, on either side of the name
@pytest.mark.parametrize(
    "kr",
    [
        "Complaints: 95% resolved within a day",
        "Incidents resolved within 1 hour: 95%",
        "Bugs: 80% of them fixed within a sprint",
        "Support tickets: 90% closed within 8 hours",
        "Security vulnerabilities patched within 14 days: 100%",
        "Defects fixed within the same release: 85%",
    ],
)
def test_fix_verb_time_is_a_service_level(kr: str) -> None:
    assert not _rule_findings(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Complaints not resolved within a day: under 5%",
        "Incidents left unresolved within 1 hour below 3%",
        "Fix 90% of P1 bugs",
        "Close 90% of audit findings",
        "Reduce complaints by 30%",
    ],
)
def test_unresolved_and_untimed_fixes_stay_negative(kr: str) -> None:
    assert _rule_findings(kr)


# decision 2923: a share of things "with zero <bad>" states the good share, as "with no" does
@pytest.mark.parametrize(
    "kr",
    [
        "95% of releases with zero rollbacks",
        "% of invoices with zero errors: 98%",
        "80% of deliveries with zero damage claims",
        "% of accounts with zero overdue invoices at 85%",
        "Percent of sprints with 0 carry-over bugs at 75%",
    ],
)
def test_share_with_zero_bad_is_the_good_share(kr: str) -> None:
    assert not _rule_findings(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Ship with zero P1 defects",
        "Ship 3 releases with zero hotfixes",
        "Zero rollbacks this quarter",
        "Releases with defects: 0",
        "Keep 95% uptime with zero P1 incidents",
    ],
)
def test_zero_as_a_bar_stays_negative(kr: str) -> None:
    assert _rule_findings(kr)


def _rewrite(kr: str) -> str:
    (f,) = _rule_findings(kr)
    return f.suggestions[0].text


# decision 2924: a hyphenated scope stays one word in the kind's complement
@pytest.mark.parametrize(
    ("kr", "said"),
    [
        ("Reduce data-entry errors by 40%", "data-entry accuracy"),
        ("Reduce order-entry errors to 2%", "order-entry accuracy"),
        ("Cut journal-entry errors by half", "journal-entry accuracy"),
        ("Fewer time-entry errors on timesheets", "time-entry accuracy"),
        ("Reduce manual-entry errors in the CRM by 30%", "manual-entry accuracy"),
        ("Reduce data entry errors by 40%", "data entry accuracy"),
        ("Reduce journal entry errors by 25%", "journal entry accuracy"),
    ],
)
def test_hyphenated_scope_is_kept_whole(kr: str, said: str) -> None:
    assert said in _rewrite(kr)
    assert "- " not in _rewrite(kr)

"""Round 22, left22en: English misjudgements left by this round's helpers (issue 8)."""

from __future__ import annotations

import pytest

from coach.errors import InputError
from coach.parse import parse_text as parse
from coach.review import review


# Decision 2240: an objective's label alone above key results is an empty objective, not a
# missing one.
@pytest.mark.parametrize(
    "text, line",
    [
        ("Objective:\nKR1:\n", 1),
        ("Objective:\nKR1: Raise NPS from 30 to 45\n", 1),
        ("Q3 OKRs\n\nObjective:\nKR1: Cut onboarding time to 2 days\nKR2: 40 new logos\n", 3),
        ("目标：\n关键结果1：NPS 从 30 提升到 45\n", 1),
        ("**Objective:**\n- KR1: Ship fewer regressions: 3 a month at most\n", 1),
    ],
)
def test_an_empty_objective_label_is_named_as_empty(text: str, line: int) -> None:
    with pytest.raises(InputError) as e:
        parse(text)
    assert e.value.code == "no_objective"
    assert f"objective on line {line}" in e.value.messages["en"]
    assert "is empty" in e.value.messages["en"]
    assert f"第 {line} 行的目标" in e.value.messages["zh"]


# Guard: with no label above them the key results are still orphans.
@pytest.mark.parametrize(
    "text",
    [
        "KR1: Raise NPS from 30 to 45\nKR2: Cut churn to 2%\n",
        "关键结果1：NPS 从 30 提升到 45\n关键结果2：流失率降到 2%\n",
    ],
)
def test_key_results_with_no_label_above_stay_orphans(text: str) -> None:
    with pytest.raises(InputError) as e:
        parse(text)
    assert "no objective above them" in e.value.messages["en"]


def _fails(kr: str, objective: str = "Make our members love the product this quarter") -> set[str]:
    """The rules a key result fails under a plain objective."""
    r = review(f"Objective: {objective} (owner: Ana)\nKR1: {kr}\n")
    (item,) = r.objectives[0].key_results
    return {c.rule_id for c in item.checks if c.status == "fail"}


# Decision 2241: a sign-in capability or an editor's convenience named alone is a feature to
# build (a task), as "Offline mode in the field app" is; a direction word inside its name
# ("sign" in "sign-on") moves nothing.
@pytest.mark.parametrize(
    "kr",
    [
        "Single sign-on for enterprise customers",
        "SSO for every enterprise workspace",
        "Two-factor authentication for admin accounts",
        "2FA for all staff logins",
        "MFA on the payroll console",
        "Autosave in the report editor",
        "Bulk editing for product listings",
        "Autocomplete in the address form",
    ],
)
def test_a_feature_named_alone_is_a_task(kr: str) -> None:
    assert "kr-is-task" in _fails(kr)


# Guards: the feature measured, adopted or bounded stays a result; a partnership won and a
# quality of a thing stay unquantified results, not tasks.
@pytest.mark.parametrize(
    "kr",
    [
        "SSO adoption at 80% of enterprise accounts",
        "Single sign-on used by 90% of staff",
        "Cut login time with SSO to under 5 seconds",
        "Partnership with a payroll provider",
        "Accurate wait time predictions",
        "Sign 3 payroll partners",
    ],
)
def test_a_feature_measured_or_a_partner_won_is_no_task(kr: str) -> None:
    assert "kr-is-task" not in _fails(kr)


# Decision 2242: consolidating the team's own things into one, and gathering joined to work on
# what is gathered, are work (a task), not things won from others.
@pytest.mark.parametrize(
    "kr",
    [
        "Consolidate the two warehouses into one",
        "Consolidate billing onto Stripe",
        "Consolidate the regional payroll teams into one shared service",
        "Consolidate our 5 CRMs into a single system",
        "Collect and label 10k images",
        "Collect and tag 2,000 product photos",
        "Gather and clean 500 call transcripts",
        "Consolidation of our three CRMs",
        "Warehouse consolidation by Q3",
    ],
)
def test_consolidating_into_one_and_gathering_with_work_are_tasks(kr: str) -> None:
    assert _fails(kr) & {"kr-is-task", "kr-activity-count"}


# Guards: a consolidation measured, a position held, money collected, accounts won and kept,
# demos booked and a round closed are outcomes, not tasks.
@pytest.mark.parametrize(
    "kr",
    [
        "Consolidate vendors from 40 to 10",
        "Consolidation of vendors from 40 to 10",
        "Consolidate our lead in the mid-market",
        "Collect $200k in overdue invoices",
        "Win and retain 10 enterprise accounts",
        "Book 40 demos",
        "Close the seed round",
    ],
)
def test_consolidation_measured_and_things_won_are_no_tasks(kr: str) -> None:
    assert not _fails(kr) & {"kr-is-task", "kr-activity-count"}


# Decision 2243: people or places reached out to, written as a label and its count, are efforts
# counted, as "Knock on 5,000 doors" is.
@pytest.mark.parametrize(
    "kr",
    [
        "Doors knocked: 5,000",
        "Homes canvassed: 800",
        "Households visited: 1,200",
        "Leads called: 400",
        "Flyers handed out: 3,000",
        "Prospects contacted: 600",
        "Doors knocked on: 5,000",
    ],
)
def test_contacts_made_written_as_a_label_are_an_activity_count(kr: str) -> None:
    assert "kr-activity-count" in _fails(kr)


# Guards: people won or reached, and the people served doing something, are no efforts.
@pytest.mark.parametrize(
    "kr",
    [
        "Customers won: 40",
        "Households reached: 1,200",
        "Leads converted: 120",
        "Voters registered: 2,000",
        "Pages visited: 4 per session",
        "Members log in to the app twice a week",
    ],
)
def test_people_won_written_as_a_label_are_no_activity_count(kr: str) -> None:
    assert "kr-activity-count" not in _fails(kr)


# Decisions 364, 841 (kept): work done on every one within a limit is labelled a task and
# rewritten as the share that meets the standard.
def test_a_service_level_written_as_work_is_rewritten_as_its_share() -> None:
    r = review(
        "Objective: Make our members love the product this quarter (owner: Ana)\n"
        "KR1: Answer every member email within one business day\n"
    )
    assert any(
        f.rule_id == "kr-is-task" and any("100% of member emails" in s.text for s in f.suggestions)
        for f in r.findings
        if f.target == "o1.kr1"
    )


# Decision 2244: bad events ruled out whatever the order of the words — a reducer after a noun
# made bad by its participle, the phishing lure clicked, "no X … without Y", and days counted by
# what happened on them, zeroed after a label's colon.
@pytest.mark.parametrize(
    "kr",
    [
        "Duplicate vendor payments eliminated",
        "Missed deliveries eliminated",
        "Failed nightly jobs halved",
        "Phishing emails clicked by staff down to 2%",
        "Staff who click phishing links under 2%",
        "Clicks on phishing links from 9% to 2%",
        "No shipment leaves the dock without a scanned label",
        "No patient is discharged without a follow-up booking",
        "No contract is signed without legal review",
        "Nights online after midnight: 0",
        "Weekends worked: 0",
        "Evenings spent answering work email: 0",
    ],
)
def test_bad_events_ruled_out_in_any_order_are_negative(kr: str) -> None:
    assert "kr-negative-phrasing" in _fails(kr)


# Guards: good events clicked or reported, times to do a thing, zeros of no days, and a count of
# bad days that is not zero keep their readings.
@pytest.mark.parametrize(
    "kr",
    [
        "Marketing emails clicked: 12%",
        "Phishing emails reported by staff up to 80%",
        "Days to close the books: 0",
        "Days of cash runway lost: 0",
        "Inbox: 0",
        "Ship without a single manual step",
        "Missed deliveries",
    ],
)
def test_good_events_and_times_are_not_negative(kr: str) -> None:
    assert "kr-negative-phrasing" not in _fails(kr)

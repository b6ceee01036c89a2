"""English published OKR pages, fourteenth set of round thirty-two (decisions 4600-; realen32):
shapes a new set of real English pages showed (an owner line closing a set of one-line key
results after a blank line; a sales role's acronym or a role with an -ing verb opening a key
result; a share of a thing taken away, "eliminate 80% of …"; a noun before "trust" as a bare
objective), imitated by wordings written for these tests (no sentence of a real page). Each
decision's cases failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest
from test_realen29 import checks, kr_status

from coach import review


def objective_status(text: str, rule: str) -> list[str]:
    """Each objective's verdict on `rule`, in order."""
    return [{c.rule_id: c.status for c in o.checks}[rule] for o in review(text).objectives]


# --- 4600: an owner line after a blank line, closing one-line key results, owns the set ------


def _closing_owner(owner_line: str, tail: list[str], marks: tuple[str, str] = ("- ", "- ")) -> str:
    first, last = marks
    lines = [
        "Q3 2026 goals",
        "",
        "Objective 1: Make the bakery the first stop on our street",
        f"{first}KR1: Grow weekday morning sales from $900 to $1,400",
        f"{last}KR2: Lift loyalty card sign-ups from 120 to 400",
        "",
        "Objective 2: Give every baker a rota they can plan around",
        f"{first}KR1: Publish rotas 4 weeks ahead for 100% of weeks",
        f"{last}KR2: Cut last-minute shift swaps from 12 to 4 a month",
        "",
        owner_line,
        *tail,
    ]
    return "\n".join(lines) + "\n"


CLOSING_OWNERS = [
    ("Owner: Head Baker", []),
    ("Owner: Head of Operations", ["Cadence: weekly check-in, monthly review"]),
    ("Owner: Priya Nair", ["Review: every other Friday"]),
    ("DRI: Marco Rossi", []),
    ("Owner: VP of Retail", ["Check-ins: Mondays"]),
    ("Owner: Store Manager", ["Status: draft"]),
]


@pytest.mark.parametrize(("owner_line", "tail"), CLOSING_OWNERS)
def test_owner_line_closing_one_line_key_results_owns_every_key_result(
    owner_line: str, tail: list[str]
) -> None:
    found = checks(_closing_owner(owner_line, tail))
    assert len(found) == 4, found
    assert [c["kr-no-owner"] for c in found] == ["pass"] * 4, found


def test_owner_line_closing_tree_marked_key_results_owns_every_key_result() -> None:
    text = _closing_owner("Owner: Head Baker", ["Cadence: weekly"], ("├─ ", "└─ "))
    found = checks(text)
    assert [c["kr-no-owner"] for c in found] == ["pass"] * 4, found


ZH_CLOSING = (
    "2026年Q3 花店目标\n\n目标1：让花店成为街区送礼的第一选择\n"
    "- KR1：节日订单从300单提升到520单\n- KR2：复购顾客占比从18%提升到30%\n\n"
    "目标2：让每位店员都能独立完成婚礼布置\n- KR1：能独立布置的店员从2人增加到6人\n\n"
)


@pytest.mark.parametrize(
    "tail", ["负责人：陈静\n", "负责人：陈静\n复盘：每周一\n", "责任人：店长李明\n"]
)
def test_chinese_owner_line_closing_one_line_key_results_owns_the_set(tail: str) -> None:
    found = checks(ZH_CLOSING + tail)
    assert [c["kr-no-owner"] for c in found] == ["pass"] * 3, found


def test_owner_field_right_under_a_key_result_stays_that_key_results() -> None:
    # no blank line: the field belongs to the key result above it (decisions 629, 2512)
    text = _closing_owner("Owner: Head Baker", []).replace("\n\nOwner:", "\nOwner:")
    found = checks(text)
    assert [c["kr-no-owner"] for c in found][:2] == ["fail", "fail"], found


def test_owner_line_after_key_result_cards_stays_the_last_ones() -> None:
    # key results written as cards with field rows: a closing owner line may be the last card's
    text = (
        "Q3 2026 goals\n\nObjective 1: Make the bakery the first stop on our street\n"
        "- KR1: Grow weekday morning sales from $900 to $1,400\n  Target: $1,400\n"
        "- KR2: Lift loyalty card sign-ups from 120 to 400\n  Target: 400\n\n"
        "Owner: Head Baker\n"
    )
    found = checks(text)
    assert [c["kr-no-owner"] for c in found] == ["fail", "pass"], found


def test_owner_line_between_objectives_is_unchanged() -> None:
    text = (
        "Q3 2026 goals\n\nObjective 1: Make the bakery the first stop on our street\n"
        "- KR1: Grow weekday morning sales from $900 to $1,400\n\nOwner: Head Baker\n\n"
        "Objective 2: Give every baker a rota they can plan around\n"
        "- KR1: Publish rotas 4 weeks ahead for 100% of weeks\n"
    )
    before = [c["kr-no-owner"] for c in checks(text)]
    assert before[1] == "fail", before


# --- 4601: a sales role's acronym, or a role with an -ing verb, opening a key result ---------


@pytest.mark.parametrize(
    "kr",
    [
        "SDR generating 12 qualified meetings per month by June",
        "AE closing 3 mid-market deals per month by Q4",
        "BDR books 40 discovery calls a month by September",
        "CSM running health checks on 100% of accounts by Q3",
        "Support lead reviewing 20 calls a week through Q3",
        "Account manager renewing 95% of contracts by December",
    ],
)
def test_role_opening_key_result_with_its_verb_owns_it(kr: str) -> None:
    assert kr_status(kr, "kr-no-owner", "Build a sales engine that compounds in 2026") == "pass"


@pytest.mark.parametrize(
    "kr",
    [
        "Generating 12 qualified meetings per month by June",
        "Qualified lead converting within 5 days for 60% of leads by Q3",
        "Leads closing at a 25% rate by Q4",
        "New lead gets a reply within 5 minutes by Q3",
        "Sales calls booking rate at 30% by Q3",
        "Store manager training completion at 90% by Q3",
        "Account manager meeting notes shared for 100% of calls by Q3",
    ],
)
def test_no_role_opening_the_key_result_names_no_owner(kr: str) -> None:
    assert kr_status(kr, "kr-no-owner", "Build a sales engine that compounds in 2026") == "fail"


# --- 4602: "eliminate / remove N% of X" is a relative change with no start -------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Eliminate 80% of manual reconciliation work by Q3",
        "Remove 30% of the steps in the returns flow by Q3",
        "Eliminate 50% of paper forms at intake by Q3",
        "Eliminating 40% of the approval hand-offs by Q3",
        "Remove 25% of recurring status meetings by Q3",
        "Eliminate around 60% of the manual data entry by Q3",
    ],
)
def test_share_taken_away_has_no_start(kr: str) -> None:
    assert kr_status(kr, "kr-no-baseline") == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "Eliminate 80% of manual reconciliation work (baseline: 120 hours a month) by Q3",
        "Eliminate manual entry for 90% of invoices by Q3",
        "Remove all paper forms from intake by Q3",
        "Reach 95% of invoices matched automatically by Q3",
        "Eliminate reconciliation work from 12 hours to 3 hours a week by Q3",
        "Eliminate 100% of manual re-keying of orders by Q3",
        "Remove 100% of the expired licences from the register by Q3",
    ],
)
def test_level_or_stated_start_keeps_its_baseline(kr: str) -> None:
    assert kr_status(kr, "kr-no-baseline") == "pass"


# --- 4603: a noun before "trust" alone is a bare noun phrase ----------------------------------


def _one_objective(objective: str) -> str:
    return f"Q3 2026 OKRs\nObjective: {objective}\n- KR1: Survey trust score from 3.1 to 4.2\n"


@pytest.mark.parametrize(
    "objective",
    [
        "Data trust",
        "Brand trust",
        "Stakeholder trust",
        "Vendor trust",
        "Patient trust",
        "Investor trust",
    ],
)
def test_noun_before_trust_is_a_bare_noun_phrase(objective: str) -> None:
    assert objective_status(_one_objective(objective), "objective-not-inspiring") == ["fail"]


@pytest.mark.parametrize(
    "objective",
    [
        "Customers trust our numbers on the first read",
        "Patients trust us with their care",
        "Every donor trusts where the money goes",
        "Suppliers trust us to pay on time",
        "Parents love the new pick-up routine",
        "Donor love",
    ],
)
def test_people_who_trust_are_an_end_state(objective: str) -> None:
    assert objective_status(_one_objective(objective), "objective-not-inspiring") == ["pass"]


# --- 4604: a floor opening a count of efforts keeps it a count of efforts ---------------------


@pytest.mark.parametrize(
    "kr",
    [
        "≥4 customer webinars by Q3",
        "At least 6 blog posts published by Q3",
        ">= 10 sales demos by end of Q3",
        "Minimum of 8 partner workshops by Q3",
        "At least 3 published case studies by Q3",
        "≥ 12 LinkedIn posts by September",
    ],
)
def test_floor_on_a_count_of_efforts_is_an_activity_count(kr: str) -> None:
    assert kr_status(kr, "kr-activity-count") == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "≥40 new paying customers by Q3",
        "At least 300 newsletter subscribers by Q3",
        "≥4.5 average rating on 200 reviews by Q3",
        "At least 25 qualified opportunities by Q3",
        "≥90% of webinar attendees rate it 4 or 5 by Q3",
    ],
)
def test_floor_on_people_or_measures_stays_a_result(kr: str) -> None:
    assert kr_status(kr, "kr-activity-count") == "pass"

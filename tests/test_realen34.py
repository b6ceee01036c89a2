"""English published OKR pages, sixteenth set of round thirty-four (decisions 4940-; realen34):
layouts a new set of real English pages showed (a nested "1." list whose every item is numbered
1, one objective with no key results among them; a job title ending in "Manager" as an item's
prefix; Markdown headings each over key results written one a paragraph; a progress percentage
after a full stop and a dash), imitated by wordings written for these tests (no sentence of a
real page). Each decision's cases failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest

from coach import review
from coach.parse import parse_text


def outline(text: str) -> list[tuple[str, list[str]]]:
    """Each objective's wording with its key results' wordings, as the parse reads them."""
    return [(o.text, [k.text for k in o.key_results]) for o in parse_text(text).objectives]


# --- 4940: a childless "1." item is an objective alone when the next item heads its own list ---

CHILDLESS = [
    (
        "Spring term 2027\n\n"
        "1. Head of science: Make the labs a place pupils ask to stay in\n"
        "    1. Lab tech: Run 12 open lab sessions after school\n"
        "1. Head of art: Art room repainted and new easels in place.\n"
        "1. Head of maths: Every pupil leaves fluent in times tables\n"
        "    1. Maths lead: 90% of Year 4 pass the times-table check\n",
        [
            "Head of science: Make the labs a place pupils ask to stay in",
            "Head of art: Art room repainted and new easels in place.",
            "Head of maths: Every pupil leaves fluent in times tables",
        ],
    ),
    (
        "Q2 2026\n\n"
        "1. Bakery: Become the neighbourhood's first stop for bread\n"
        "    1. Shop lead: Sell 300 loaves a day\n"
        "    1. Shop lead: Repeat visits from 35% to 50% of customers\n"
        "1. Kitchen: New oven installed.\n"
        "1. Delivery: Orders arrive warm\n"
        "    1. Driver lead: 95% of orders delivered within 30 minutes\n",
        [
            "Bakery: Become the neighbourhood's first stop for bread",
            "Kitchen: New oven installed.",
            "Delivery: Orders arrive warm",
        ],
    ),
    (
        "H1 2027\n\n"
        "1. Support: Answers customers love\n"
        "    1. Team lead: CSAT from 82% to 90%\n"
        "1. Docs: Help centre moved to the new tool. Search added, old links redirected.\n"
        "1.  Billing:  Invoices nobody has to question\n"
        "    1.  Billing lead: Disputed invoices under 1% of the total\n",
        [
            "Support: Answers customers love",
            "Docs: Help centre moved to the new tool. Search added, old links redirected.",
            "Billing:  Invoices nobody has to question",
        ],
    ),
    (
        "FY27 Q1\n\n"
        "1. Clinic: Patients seen the day they call\n"
        "    1. Front desk: Same-day appointments for 80% of callers\n"
        "1. Facilities: Waiting room refit done.\n"
        "1. Pharmacy: Prescriptions ready before patients leave\n"
        "    1. Pharmacist: 90% of prescriptions ready within 15 minutes\n"
        "    1. Pharmacist: Stock-outs on 20 core drugs cut to 2 a month\n",
        [
            "Clinic: Patients seen the day they call",
            "Facilities: Waiting room refit done.",
            "Pharmacy: Prescriptions ready before patients leave",
        ],
    ),
    (
        "Autumn 2026\n\n"
        "1. Choir: Fill the hall for the winter concert\n"
        "    1. Chair: Sell 400 tickets\n"
        "1. Treasurer: New bank account opened.\n"
        "1. Librarian: Every singer has the scores a month ahead\n"
        "    1. Librarian: Scores sent to 100% of members by 1 November\n",
        [
            "Choir: Fill the hall for the winter concert",
            "Treasurer: New bank account opened.",
            "Librarian: Every singer has the scores a month ahead",
        ],
    ),
]


@pytest.mark.parametrize(("text", "objectives"), CHILDLESS)
def test_childless_numbered_item_stays_an_objective_among_nested_ones(
    text: str, objectives: list[str]
) -> None:
    assert [o for o, _krs in outline(text)] == objectives


def test_childless_objective_keeps_no_key_results_and_the_next_keeps_its_own() -> None:
    (_o1, krs1), (_o2, krs2), (_o3, krs3) = outline(CHILDLESS[1][0])
    assert krs1 == [
        "Shop lead: Sell 300 loaves a day",
        "Shop lead: Repeat visits from 35% to 50% of customers",
    ]
    assert krs2 == []
    assert krs3 == ["Driver lead: 95% of orders delivered within 30 minutes"]


CHILDLESS_GUARDS = [
    # the template that numbers an objective 1 and its key results from 1 again keeps its reading
    (
        "1：完成季度招聘任务\n1：完成季度招聘任务10人\n2：新人试用期通过率90%\n",
        [("完成季度招聘任务", ["完成季度招聘任务10人", "新人试用期通过率90%"])],
    ),
    # a flat numbered list under an objective stays that objective's key results
    (
        "Objective: Make onboarding painless\n1. Setup time from 3 days to 1 day\n"
        "1. 90% of new hires rate week one 4 of 5\n",
        [
            (
                "Make onboarding painless",
                ["Setup time from 3 days to 1 day", "90% of new hires rate week one 4 of 5"],
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), CHILDLESS_GUARDS)
def test_childless_guards(text: str, want: list[tuple[str, list[str]]]) -> None:
    assert outline(text) == want


# --- 4941: a job title ending in "Manager" before a sentence is an item's prefix, not a field --

MANAGER_PREFIXED = [
    "Payroll Manager: Automate contractor payments end to end",
    "Sr Payroll Manager: Move every contractor to the new payment run",
    "Account Manager: Renew 20 of the 25 largest contracts",
    "Store Manager: Cut the Saturday queue to 5 minutes",
    "Senior Community Manager: Grow the forum to 2,000 weekly posters",
    "Office Manager: Replace the badge readers on all floors",
]


@pytest.mark.parametrize("kr", MANAGER_PREFIXED)
def test_manager_prefixed_line_is_a_key_result(kr: str) -> None:
    text = (
        "Q3 2026\n\n"
        "1. COO: Run the office and the money without friction\n"
        "    1. Controller: Close the books in 6 days\n"
        f"    1. {kr}\n"
    )
    ((_o, krs),) = outline(text)
    assert krs == ["Controller: Close the books in 6 days", kr]


def test_manager_prefix_owns_the_key_result() -> None:
    text = (
        "Q3 2026 (owner: Dana)\n"
        "Objective: Pay people on time, every time\n"
        "- Payroll Manager: Pay 100% of contractors within 5 days of invoice\n"
    )
    (o,) = review(text).objectives
    (kr,) = o.key_results
    assert {c.rule_id: c.status for c in kr.checks}["kr-no-owner"] == "pass"


MANAGER_FIELD_GUARDS = [
    "Tracking manager: Ana",
    "Project manager: Lena and Omar",
    "Tracking manager: @ana",
]


@pytest.mark.parametrize("field", MANAGER_FIELD_GUARDS)
def test_a_tracking_manager_naming_people_stays_a_field(field: str) -> None:
    text = (
        "Q3 2026\n"
        "Objective: Grow the creator programme\n"
        "- KR1: 40 new creators publish each month\n"
        f"  - {field}\n"
    )
    ((_o, krs),) = outline(text)
    assert krs == ["40 new creators publish each month"]


# --- 4942: Markdown headings each over key results written one a paragraph -------------------

SPACED = [
    (
        "## Library team\n\n"
        "### Readers find books fast 0.6\n\n"
        "Catalogue search answers in 1 second 0.8\n\n"
        "Shelf labels redone in all rooms 0.4\n\n"
        "### A library people linger in 0.5\n\n"
        "Evening opening on 3 weekdays 1.0\n",
        [
            (
                "Readers find books fast 0.6",
                [
                    "Catalogue search answers in 1 second 0.8",
                    "Shelf labels redone in all rooms 0.4",
                ],
            ),
            ("A library people linger in 0.5", ["Evening opening on 3 weekdays 1.0"]),
        ],
    ),
    (
        "## Q1 2027\n\n"
        "#### Grow the podcast\n\n"
        "Downloads from 8k to 15k an episode\n\n"
        "Guests booked 6 weeks ahead\n\n"
        "#### Keep listeners\n\n"
        "Completion rate from 55% to 65%\n\n"
        "Reviews average 4.6 stars\n",
        [
            (
                "Grow the podcast",
                ["Downloads from 8k to 15k an episode", "Guests booked 6 weeks ahead"],
            ),
            ("Keep listeners", ["Completion rate from 55% to 65%", "Reviews average 4.6 stars"]),
        ],
    ),
    (
        "### Safer site P1\n\n"
        "Zero lost-time injuries P1\n\n"
        "Toolbox talk every Monday P2\n\n"
        "### Cleaner site P2\n\n"
        "Skips emptied twice a week P2\n",
        [
            ("Safer site P1", ["Zero lost-time injuries P1", "Toolbox talk every Monday P2"]),
            ("Cleaner site P2", ["Skips emptied twice a week P2"]),
        ],
    ),
    (
        "### Volunteers feel at home\n\n"
        "Volunteer retention from 60% to 75%\n\n"
        "Every new volunteer paired with a buddy\n\n"
        "### Donors hear from us\n\n"
        "Quarterly letter sent to 1,200 donors\n\n"
        "Donor renewals up from 48% to 58%\n",
        [
            (
                "Volunteers feel at home",
                ["Volunteer retention from 60% to 75%", "Every new volunteer paired with a buddy"],
            ),
            (
                "Donors hear from us",
                ["Quarterly letter sent to 1,200 donors", "Donor renewals up from 48% to 58%"],
            ),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), SPACED)
def test_headings_over_paragraph_key_results(text: str, want: list[tuple[str, list[str]]]) -> None:
    assert outline(text) == want


SPACED_GUARDS = [
    # headings over paragraphs that each carry a figure were read so already (decision 1651)
    (
        "### Make checkout effortless\n\n"
        "Checkout completion from 61% to 75%\n\n"
        "Median checkout time under 40 seconds\n\n"
        "### Win back lapsed buyers\n\n"
        "Reactivate 2,000 lapsed accounts\n",
        [
            (
                "Make checkout effortless",
                ["Checkout completion from 61% to 75%", "Median checkout time under 40 seconds"],
            ),
            ("Win back lapsed buyers", ["Reactivate 2,000 lapsed accounts"]),
        ],
    ),
    # headings over bullet lists keep their reading
    (
        "### Make checkout effortless\n- Checkout completion from 61% to 75%\n"
        "### Win back lapsed buyers\n- Reactivate 2,000 lapsed accounts\n",
        [
            ("Make checkout effortless", ["Checkout completion from 61% to 75%"]),
            ("Win back lapsed buyers", ["Reactivate 2,000 lapsed accounts"]),
        ],
    ),
    # labelled key results under headings keep their reading
    (
        "### Objective: Make checkout effortless\n\nKR1: Checkout completion from 61% to 75%\n\n"
        "KR2: Median checkout time under 40 seconds\n",
        [
            (
                "Make checkout effortless",
                ["Checkout completion from 61% to 75%", "Median checkout time under 40 seconds"],
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), SPACED_GUARDS)
def test_spaced_guards(text: str, want: list[tuple[str, list[str]]]) -> None:
    assert outline(text) == want


# --- 4943: a percentage after a full stop and a dash closing a key result is its progress -----


def kr_check(text_kr: str, rule: str) -> str:
    text = f"Q3 2026\n\nObjective: Run finance like clockwork\n- Controller: {text_kr}\n"
    (o,) = review(text).objectives
    (kr,) = o.key_results
    return {c.rule_id: c.status for c in kr.checks}[rule]


PROGRESS_AFTER_STOP = [
    "Write the expense policy and publish it in the wiki. - 50%",
    "Move payroll to the new provider. - 100%",
    "Set up the vendor portal and train the buyers. - 75%",
    "Document the month-end checklist. – 25%",
    "Pick an audit firm for next year. - 0%",
]


@pytest.mark.parametrize("kr", PROGRESS_AFTER_STOP)
def test_progress_after_a_full_stop_is_no_target(kr: str) -> None:
    assert kr_check(kr, "kr-not-quantified") == "fail"


PROGRESS_GUARDS = [
    # a percentage the wording asks for keeps its reading
    ("Cut late supplier payments to 5%", "pass"),
    ("Raise on-time payments from 80% to 95%", "pass"),
    ("Cost per invoice - 20%", "pass"),
]


@pytest.mark.parametrize(("kr", "want"), PROGRESS_GUARDS)
def test_progress_guards(kr: str, want: str) -> None:
    assert kr_check(kr, "kr-not-quantified") == want


# --- 4944: a bare priority before a closing grade is the item's priority ----------------------


def kr_facts(kr: str) -> tuple[str | None, str]:
    text = f"Q3 2026 (owner: Ana)\nObjective: Make the app feel instant\n- KR1: {kr}\n"
    (o,) = review(text).objectives
    (k,) = o.key_results
    return k.priority, {c.rule_id: c.status for c in k.checks}["kr-is-task"]


PRIORITY_BEFORE_GRADE = [
    ("Offline mode for the reader app P2 1.00", "P2"),
    ("Voice search on the TV app P1 0.40", "P1"),
    ("Dark mode for the admin console P3 0.5", "P3"),
    ("Single sign-on for partner accounts P0 0.25", "P0"),
    ("Bulk export for invoices P4 .80", "P4"),
]


@pytest.mark.parametrize(("kr", "priority"), PRIORITY_BEFORE_GRADE)
def test_priority_before_a_closing_grade_is_read_and_the_feature_is_a_task(
    kr: str, priority: str
) -> None:
    assert kr_facts(kr) == (priority, "fail")


PRIORITY_GUARDS = [
    # a bug class named by its priority stays the wording's (decision 1921)
    ("Cut P1 incidents to 3 a month", (None, "pass")),
    ("Offline mode for the reader app P2", ("P2", "fail")),
]


@pytest.mark.parametrize(("kr", "want"), PRIORITY_GUARDS)
def test_priority_guards(kr: str, want: tuple[str | None, str]) -> None:
    assert kr_facts(kr) == want


def test_measured_key_result_with_priority_and_grade_stays_a_result() -> None:
    assert kr_facts("Raise weekly readers from 30k to 45k P1 0.7")[1] == "pass"


# --- 4945: a grade with two decimals closing an objective is its score, no KPI ----------------


def objective_check(objective: str, rule: str) -> str:
    text = (
        f"Q3 2026 (owner: Ana)\nObjective: {objective}\n"
        "- KR1: Raise weekly active teams from 40 to 90\n"
    )
    (o,) = review(text).objectives
    return {c.rule_id: c.status for c in o.checks}[rule]


GRADED_OBJECTIVES = [
    "Improve onboarding 0.55",
    "Keep the site up 1.00",
    "Improve release notes 0.25",
    "Grow the partner network 0.40",
    "Improve code health 0.60",
]


@pytest.mark.parametrize("objective", GRADED_OBJECTIVES)
def test_grade_closing_an_objective_is_no_kpi(objective: str) -> None:
    assert objective_check(objective, "objective-is-metric") == "pass"


GRADED_OBJECTIVE_GUARDS = [
    ("Raise model precision to 0.85", "fail"),  # a value the wording reaches
    ("Grow weekly active teams", "fail"),  # a KPI without a number
    ("Make search instant 0.65", "pass"),
]


@pytest.mark.parametrize(("objective", "want"), GRADED_OBJECTIVE_GUARDS)
def test_graded_objective_guards(objective: str, want: str) -> None:
    assert objective_check(objective, "objective-is-metric") == want


def test_the_manifest_keeps_no_text() -> None:
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "models/data/realen34_manifest.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 166
    keys = {"source", "draft", "lang", "index", "sha256", "kind", "fails", "unknown"}
    for row in rows:
        assert keys <= set(row) and "text" not in row
        assert len(row["sha256"]) == 64 and row["half"] in ("A", "B")
    assert {r["half"] for r in rows if r["holdout"]} == {"B"}
    assert sum(r["half"] == "A" for r in rows) == 89

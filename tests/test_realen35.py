"""English published OKR pages, seventeenth set of round thirty-five (decisions 5140-5145;
realen35): shapes a new set of real English pages showed (an issue tracker that titles each
objective "OKR-2: …" and lists its key results as "#33 - …" lines, some struck through with one
tilde; an owner field written in bold inside the closing bracket; an effort's "quarterly"; a
measure's initials in brackets after its name), imitated by wordings written for these tests (no
sentence of a real page). Each decision's cases failed before it; the guards keep what must not
change."""

from __future__ import annotations

import pytest

from coach import review
from coach.parse import parse_text


def outline(text: str) -> list[tuple[str, list[str]]]:
    """Each objective's wording with its key results' wordings, as the parse reads them."""
    return [(o.text, [k.text for k in o.key_results]) for o in parse_text(text).objectives]


def statuses(text: str, kind: str = "kr") -> dict[str, str]:
    """The checklist of the first objective (kind "objective") or its first key result."""
    obj = review(text).objectives[0]
    item = obj if kind == "objective" else obj.key_results[0]
    return {c.rule_id: c.status for c in item.checks}


# --- 5140: "OKR-2: …" labels an objective, as "OKR 2:" does ---

HYPHENED = [
    (
        "# OKR-1: Make the help centre the first place customers look\n\n"
        "Most questions still reach us by e-mail.\n\n"
        "- Help-centre visits per active customer from 0.4 to 1.2\n"
        "- Tickets answered by an article up from 15% to 40%\n",
        "Make the help centre the first place customers look",
        2,
    ),
    (
        "OKR-3: Win back the weekend riders\n"
        "- Saturday rentals from 120 to 300 a week\n"
        "- Repeat weekend riders at 45%\n",
        "Win back the weekend riders",
        2,
    ),
    (
        "## OKR-12: Give every new hire a working laptop on day one\n\n"
        "* Laptops ready before the start date for 95% of hires\n",
        "Give every new hire a working laptop on day one",
        1,
    ),
    (
        "OKR-4 : Turn the volunteer rota into something people want to join\n"
        "- Volunteers on the rota from 18 to 40\n",
        "Turn the volunteer rota into something people want to join",
        1,
    ),
    (
        "Product OKR-2: Make search feel instant\n- p95 search time from 900 ms to 200 ms\n",
        "Make search feel instant",
        1,
    ),
]


@pytest.mark.parametrize(("text", "objective", "krs"), HYPHENED)
def test_hyphened_okr_number_labels_an_objective(text: str, objective: str, krs: int) -> None:
    got = outline(text)
    assert got[0][0] == objective
    assert len(got[0][1]) == krs


def test_tracker_key_before_a_bracketed_kind_is_unchanged() -> None:
    # "OKR-12 [Key Result] …" is a tracker's key (decision 2772), not an objective label
    got = outline(
        "OKR-11 [Objective] Make invoices painless\n"
        "OKR-12 [Key Result] Disputed invoices below 2%\n"
    )
    assert got == [("Make invoices painless", ["Disputed invoices below 2%"])]


# --- 5141: an owner field in bold or italics names the owner ---

EMPHASISED_OWNER = [
    "Grow the alumni newsletter to 4,000 readers (**Owner:** Malik)",
    "Raise repeat bookings to 30% (**Owner**: Ines Ford)",
    "Cut the onboarding call to 20 minutes (*Owner:* Tove)",
    "Answer 90% of chats within 2 minutes (__Owner__: Priya Shah)",
    "Lift trial-to-paid conversion to 12% - _Oskar_",
    "Grow the podcast to 2,000 listeners (**Owners:** Lior)",
]


@pytest.mark.parametrize("kr", EMPHASISED_OWNER)
def test_emphasised_owner_field_names_the_owner(kr: str) -> None:
    text = f"Q3 2026\nObjective: Become the shop regulars recommend\n- {kr}\n"
    assert statuses(text)["kr-no-owner"] == "pass"


@pytest.mark.parametrize(
    "kr",
    [
        "Grow the alumni newsletter to 4,000 readers for the *core* team",
        "Raise repeat bookings to **30%**",
        "Lift trial-to-paid conversion to 12% (**important**)",
    ],
)
def test_emphasis_without_an_owner_names_nobody(kr: str) -> None:
    text = f"Q3 2026\nObjective: Become the shop regulars recommend\n- {kr}\n"
    assert statuses(text)["kr-no-owner"] == "fail"


# --- 5142: "#33 - …" opens a list item: an issue's number before a dash ---

ISSUE_LINES = [
    (
        "# OKR-2: Make our docs the ones other projects copy\n\n"
        "Why this matters: new maintainers start from the docs.\n\n"
        "#101 - Style guide adopted by 6 projects\n"
        "#102 - Docs satisfaction from 3.2 to 4.0\n",
        ["Style guide adopted by 6 projects", "Docs satisfaction from 3.2 to 4.0"],
    ),
    (
        "Objective: Keep the build green\n#7 – Main branch green 98% of days\n#8 – Flaky tests under 10\n",
        ["Main branch green 98% of days", "Flaky tests under 10"],
    ),
    (
        "OKR-5: Grow the translators' circle\n\n#2214 — 25 active translators each month\n",
        ["25 active translators each month"],
    ),
]


@pytest.mark.parametrize(("text", "krs"), ISSUE_LINES)
def test_issue_number_before_a_dash_opens_a_key_result(text: str, krs: list[str]) -> None:
    got = outline(text)
    assert len(got) == 1
    assert got[0][1] == krs


@pytest.mark.parametrize(
    "text",
    [
        "# Q3 plan\n\n#1 priority: retention\n\nObjective: Keep customers\n- Churn under 2%\n",
        "Objective: Keep customers\n- Churn under 2% (see #42)\n",
    ],
)
def test_issue_numbers_elsewhere_are_unchanged(text: str) -> None:
    got = outline(text)
    assert got[-1][1][0].startswith("Churn under 2%")


# --- 5143: a line struck through with one tilde is withdrawn ---

STRUCK_ONE = [
    (
        "OKR-5: Grow the mentoring circle\n\n"
        "#51 - 12 mentors active each month\n"
        "~#52 - Run two mentoring cohorts via the foundation~ \n"
        "#53 - 8 mentees ship a first change\n",
        ["12 mentors active each month", "8 mentees ship a first change"],
    ),
    (
        "Objective: Make the library a place teens choose\n"
        "- Teen visits from 200 to 450 a month\n"
        "~Host a gaming night every Friday~\n"
        "- 60 teen library cards issued\n",
        ["Teen visits from 200 to 450 a month", "60 teen library cards issued"],
    ),
]


@pytest.mark.parametrize(("text", "krs"), STRUCK_ONE)
def test_one_tilde_strike_withdraws_the_line(text: str, krs: list[str]) -> None:
    assert outline(text)[0][1] == krs


@pytest.mark.parametrize(
    ("text", "kr"),
    [
        (
            "Objective: Grow the club\n- ~30% more members vs ~20% in spring\n",
            "~30% more members vs ~20% in spring",
        ),
        ("Objective: Grow the club\n- Members up ~25%\n", "Members up ~25%"),
    ],
)
def test_tildes_for_about_stay_in_the_item(text: str, kr: str) -> None:
    assert outline(text)[0][1] == [kr]


# --- 5144: "quarterly" beside a recurring effort is its cadence, no deadline ---

EFFORT_CADENCE = [
    "New member welcome sessions quarterly",
    "Supplier review calls quarterly",
    "Quarterly onboarding sessions for new teams",
    "Run quarterly partner workshops",
    "Host half-yearly community meetups",
]


@pytest.mark.parametrize("kr", EFFORT_CADENCE)
def test_effort_cadence_gives_no_deadline(kr: str) -> None:
    text = f"Objective: Make the guild visible (Ana)\n- {kr} (Ana)\n"
    assert statuses(text)["kr-no-deadline"] == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "Hit the quarterly revenue target of $2M",
        "Quarterly NPS above 50",
        "Repeat buyers at 40% this quarter",
    ],
)
def test_a_quarter_of_a_measure_keeps_its_deadline(kr: str) -> None:
    text = f"Objective: Make the guild visible (Ana)\n- {kr} (Ana)\n"
    assert statuses(text)["kr-no-deadline"] == "pass"


# --- 5145: a measure's initials in brackets after its name keep the KPI objective one clause ---

GLOSSED_KPI = [
    "Reach Gross Revenue Retention (GRR) of 95%",
    "Grow Annual Recurring Revenue (ARR) to $4M",
    "Raise Net Promoter Score (NPS) to 55",
    "Reduce Customer Acquisition Cost (CAC) by 15%",
    "Lift Average Order Value (AOV) to $80",
]


@pytest.mark.parametrize("objective", GLOSSED_KPI)
def test_glossed_measure_objective_is_a_metric(objective: str) -> None:
    text = f"## Q1 2027\n\nObjective: {objective}\n- Weekly active teams from 40 to 60 (Ana)\n"
    assert statuses(text, "objective")["objective-is-metric"] == "fail"


@pytest.mark.parametrize(
    "objective",
    [
        "Become the shop customers trust most (NPS)",
        "Win the enterprise market (ENT)",
        "Make onboarding effortless for every Small Business Owner (SBO)",
    ],
)
def test_initials_beside_a_direction_stay_qualitative(objective: str) -> None:
    text = f"## Q1 2027\n\nObjective: {objective}\n- Weekly active teams from 40 to 60 (Ana)\n"
    assert statuses(text, "objective")["objective-is-metric"] == "pass"


# --- 5146: "resulting in" / "leading to" without a comma opens a clause of its own ---

CONSEQUENCE = [
    "Start charging for the archive resulting in $80K of new ARR",
    "Launch the annual plan resulting in a 15% rise in revenue",
    "Open a second clinic leading to 30% more bookings",
    "Move billing to self-serve leading to $40K more MRR",
    "Add a student tier resulting in 2,000 new paying users",
]


@pytest.mark.parametrize("objective", CONSEQUENCE)
def test_work_and_its_consequence_are_no_bare_kpi(objective: str) -> None:
    text = f"## Q1 2027\n\nObjective: {objective}\n- Weekly active teams from 40 to 60 (Ana)\n"
    assert statuses(text, "objective")["objective-is-metric"] == "pass"


@pytest.mark.parametrize(
    "objective",
    ["Grow revenue by 20%", "Reach $2M ARR", "Hit Net Revenue Retention of 110%"],
)
def test_a_bare_kpi_stays_a_metric(objective: str) -> None:
    text = f"## Q1 2027\n\nObjective: {objective}\n- Weekly active teams from 40 to 60 (Ana)\n"
    assert statuses(text, "objective")["objective-is-metric"] == "fail"


def test_the_manifest_keeps_no_text() -> None:
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "models/data/realen35_manifest.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 136
    keys = {"source", "draft", "lang", "index", "sha256", "kind", "fails", "unknown"}
    for row in rows:
        assert keys <= set(row) and "text" not in row
        assert len(row["sha256"]) == 64 and row["half"] in ("A", "B")
    assert {r["half"] for r in rows if r["holdout"]} == {"B"}
    assert sum(r["half"] == "A" for r in rows) == 73

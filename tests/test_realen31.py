"""English published OKR pages, thirteenth set of round thirty-one (decisions 4460-; realen31):
shapes a new set of real English pages showed (a governance document's numbered department
sections, each heading one labelled objective over its table; targets kept as letters for a
number; an objective's sentence hard-wrapped onto a second line that opens with a capital),
imitated by wordings written for these tests (no sentence of a real page). Each decision's cases
failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest
from test_realen29 import checks, kr_status, spans

# --- 4460: "### 4.2 Finance" right over a labelled objective is a section heading ------------


def _sections(heads: list[str], hashes: str = "###") -> str:
    objectives = [
        "Make the clinic the easiest place in town to book a check-up.",
        "Give every nurse a rota they can plan their week around.",
        "Keep the pharmacy shelves stocked for the winter rush.",
    ]
    krs = [
        ["Online bookings share | 60%", "Same-week appointments | 85%"],
        ["Rotas published 4 weeks ahead | 100%", "Shift swaps approved within a day | 90%"],
        ["Stock-outs of the top 50 items | 0", "Orders placed on time | 98%"],
    ]
    out = [f"# {heads[0].split('.')[0]}. Plans by team", ""]
    for head, obj, rows in zip(heads, objectives, krs, strict=True):
        out += [f"{hashes} {head}", "", f"**Objective (committed):** {obj}", ""]
        out += ["| Key Result | Target |", "|---|---|"]
        out += [f"| {r} |" for r in rows]
        out.append("")
    return "\n".join(out)


SECTION_HEADS = [
    ["4.1 Front desk", "4.2 Nursing", "4.3 Pharmacy"],
    ["2.1 Reception (Practice Manager)", "2.2 Wards", "2.3 Supplies (Stores / Purchasing)"],
    ["3.4 Growth", "3.5 People", "3.6 Finance"],
    ["1.1 Sales", "1.2 Support", "1.3 Legal"],
    ["5.1 Executive", "5.2 Product", "5.3 Operations"],
]


@pytest.mark.parametrize("heads", SECTION_HEADS)
def test_dotted_section_headings_head_their_objective(heads: list[str]) -> None:
    found = spans(_sections(heads))
    assert len(found) == 3, found
    for _objective, krs in found:
        assert len(krs) == 2, found
        assert not any(h.split(" ", 1)[1] in k for k in krs for h in heads), found


def test_owner_in_one_section_heading_owns_that_section_only() -> None:
    text = _sections(["6.1 Reception (Practice Manager)", "6.2 Nursing", "6.3 Pharmacy"])
    found = checks(text)
    assert [c["kr-no-owner"] for c in found] == ["pass", "pass", "fail", "fail", "fail", "fail"]


@pytest.mark.parametrize("hashes", ["##", "####"])
def test_dotted_section_headings_at_other_depths(hashes: str) -> None:
    found = spans(_sections(["7.1 Sales", "7.2 Support", "7.3 Legal"], hashes))
    assert [len(k) for _o, k in found] == [2, 2, 2], found


# guards: a dotted key result under its own numbered objective stays a key result; so does one
# with a figure, and one that is not a Markdown heading
KEPT_KRS = [
    (
        "## Objective 1: Make the clinic the easiest place to book\n"
        "### 1.1 Raise online bookings from 30% to 60% by June\n"
        "### 1.2 Cut the phone queue from 9 to 3 minutes by June\n"
        "## Objective 2: Give every nurse a rota to plan around\n"
        "### 2.1 Publish rotas 4 weeks ahead for 100% of wards by June\n",
        [2, 1],
    ),
    (
        "**Objective:** Make the clinic the easiest place to book in Q3\n\n"
        "### 1.1 Raise online bookings from 30% to 60%\n\n"
        "**Objective:** Give every nurse a rota to plan around in Q3\n\n"
        "- Publish rotas 4 weeks ahead for 100% of wards\n",
        [1, 1],
    ),
    (
        "**Objective:** Make the clinic the easiest place to book in Q3\n"
        "1.1 Raise online bookings from 30% to 60%\n"
        "1.2 Cut the phone queue to 3 minutes\n"
        "**Objective:** Give every nurse a rota to plan around in Q3\n"
        "2.1 Publish rotas 4 weeks ahead for 100% of wards\n",
        [2, 1],
    ),
]


@pytest.mark.parametrize(("text", "counts"), KEPT_KRS)
def test_dotted_key_results_stay(text: str, counts: list[int]) -> None:
    assert [len(k) for _o, k in spans(text)] == counts


# --- 4461: a capital letter kept for a number ("N deals", "under T days", "≥ M%") -------------


LETTER_TARGETS = [
    "Close N new enterprise deals",
    "Sign N regional distributors to a yearly contract",
    "Bring in N qualified demo requests from the website",
    "Keep the median refund time under T days",
    "Hold gross margin at or above M%",
    "Grow the volunteer pool to P active volunteers",
    "Onboard K new partner clinics with a signed agreement",
    "Cut the wait for a first reply to below T hours",
]


@pytest.mark.parametrize("kr", LETTER_TARGETS)
def test_capital_letter_kept_for_a_number_is_quantified(kr: str) -> None:
    assert kr_status(kr, "kr-not-quantified") == "pass"


LETTER_TABLES = [
    ("Months of cash in the bank", "at least K months"),
    ("Signed regional stockists", "N stockists"),
    ("Median time to sign a vendor contract", "≤ T working days"),
    ("Margin on workshop tickets", "at least M%"),
]


@pytest.mark.parametrize(("measure", "target"), LETTER_TABLES)
def test_capital_letter_target_cell_is_quantified(measure: str, target: str) -> None:
    text = (
        "**Objective:** Put the studio on a footing we can plan around in Q3 (owner: Lee)\n\n"
        f"| Key Result | Target |\n|---|---|\n| {measure} | {target} |\n"
    )
    assert checks(text)[0]["kr-not-quantified"] == "pass"


# guards: a letter in a name, a plan's letter, a vitamin or a team number holds no target
LETTER_NAMES = [
    "Roll out Plan B for the east warehouse",
    "Finish the Vitamin K levels review with the lab",
    "Ship Product X to the pilot stores",
    "Move Team N onto the new rota",
    "Get the Series A deck reviewed by every partner",
]


@pytest.mark.parametrize("kr", LETTER_NAMES)
def test_letter_in_a_name_holds_no_target(kr: str) -> None:
    assert kr_status(kr, "kr-not-quantified") == "fail"


def test_letter_before_a_capitalised_name_holds_no_target() -> None:
    assert kr_status("Pitch our studio to Y Combinator partners", "kr-not-quantified") == "fail"


# --- 4462: an objective's sentence hard-wrapped onto a line that opens with a capital ----------

_TABLE = "\n\n| Key Result | Target |\n|---|---|\n| Online bookings share | 60% |\n"

WRAPPED = [
    (
        "**Objective (committed):** Make the clinic the first place families in\n"
        "Springfield call for a check-up." + _TABLE,
        "Springfield call for a check-up.",
    ),
    (
        "**Objective:** Make our bakery the breakfast stop for\nRiverside Park regulars.\n\n"
        "- Grow weekday breakfast sales from 80 to 140 a day by June\n",
        "Riverside Park regulars.",
    ),
    (
        "**Objective (aspirational):** Become the podcast our listeners open before\n"
        "Monday stand-up.\n\n1. Grow weekly downloads from 2,000 to 5,000 by Q3\n",
        "Monday stand-up.",
    ),
    (
        "Objective: Make our help centre the place customers across the\n"
        "EU and UK look first." + _TABLE,
        "EU and UK look first.",
    ),
    (
        '**Objective:** Make the "Fast Lane" self-checkout the one\nOakwood shoppers pick.'
        + _TABLE,
        "Oakwood shoppers pick.",
    ),
]


@pytest.mark.parametrize(("text", "tail"), WRAPPED)
def test_wrapped_objective_keeps_its_tail(text: str, tail: str) -> None:
    found = spans(text)
    assert len(found) == 1, found
    objective, krs = found[0]
    assert objective.endswith(tail), found
    assert tail not in krs, found


KEPT_LINES = [
    # a figure: the key result it measures
    "Objective: Win the mid-market in Q3\nGrow ARR from $2M to $3M.\n\n- Sign 4 new resellers\n",
    # the objective's sentence is finished
    "Objective: Win the mid-market in Q3.\nSign Acme and Globex as customers.\n\n- Sign 4 resellers\n",
    # two lines under it: a list without marks
    "Objective: Win the mid-market in Q3\nHire two account executives.\nLaunch the partner portal.\n",
]


@pytest.mark.parametrize("text", KEPT_LINES)
def test_line_under_objective_stays_a_key_result(text: str) -> None:
    found = spans(text)
    assert len(found[0][1]) >= 2, found


# --- 4463: a level held at a placeholder is a level, not "maintain" with nothing to hold -------

HELD_AT_PLACEHOLDER = [
    "Maintain win rate above X%",
    "Maintain NPS at or above [target]",
    "Maintain on-time delivery at X%",
    "Maintain class fill rate at ≥ M%",
    "Maintain the median time from quote to order under T days",
    "Sustain first-contact resolution at [N]% or better",
]


@pytest.mark.parametrize("kr", HELD_AT_PLACEHOLDER)
def test_level_held_at_a_placeholder_is_no_routine(kr: str) -> None:
    assert kr_status(kr, "kr-business-as-usual") == "pass"


NOTHING_TO_HOLD = [
    "Maintain the booking website",
    "Maintain NPS",
    "Maintain current service levels",
]


@pytest.mark.parametrize("kr", NOTHING_TO_HOLD)
def test_maintain_with_nothing_to_hold_stays_routine(kr: str) -> None:
    assert kr_status(kr, "kr-business-as-usual") == "fail"


# --- 4464: "distinct from" sets a thing apart; it is no vague quality --------------------------

DISTINCT_FROM = [
    "Complete the yearly continuity drill for the plant (distinct from the IT recovery test)",
    "Publish a volunteer handbook distinct from the staff handbook",
    "Run a winter fundraising appeal distinct from the spring gala",
    "Open a second support queue, distinct from sales enquiries, for billing questions",
    "Stand up a reporting line distinct from the audit committee",
]


@pytest.mark.parametrize("kr", DISTINCT_FROM)
def test_distinct_from_is_not_vague(kr: str) -> None:
    assert kr_status(kr, "kr-vague-wording") == "pass"


@pytest.mark.parametrize("kr", ["Have a distinct UX", "Give the brand a distinct voice"])
def test_distinct_quality_stays_vague(kr: str) -> None:
    assert kr_status(kr, "kr-vague-wording") == "fail"


# --- 4465: an adapter is a thing built: landed or named alone, it is a task -------------------

ADAPTERS = [
    "Land the payments adapter for the new gateway",
    "Land the storage adapter milestone (backoff and timeouts)",
    "Storage adapter for the new vault",
    "Win sign-off on the CRM adapter",
    "Close out the SMS provider adapter",
]


@pytest.mark.parametrize("kr", ADAPTERS)
def test_adapter_is_a_thing_built(kr: str) -> None:
    assert kr_status(kr, "kr-is-task") == "fail"


@pytest.mark.parametrize(
    "kr", ["Land 3 enterprise logos", "Adapter-based integrations used by 40% of customers"]
)
def test_adapter_guards(kr: str) -> None:
    assert kr_status(kr, "kr-is-task") == "pass"

"""Readings found on real English OKR pages nobody tuned for (issue 8, eleventh round; realen11).

Decisions 615-629 of docs/principles.md. The sentences here are written for these tests, in the
shapes the pages used; none is a page's own wording.
"""

from __future__ import annotations

import pytest

from coach import review
from coach.config import Config
from coach.facts.clauses import split_clauses
from coach.types import Review

_CONFIG = Config(semantic=False, use_model=False)


def _run(text: str, *rules: str) -> Review:
    return review(text, select=list(rules), config=_CONFIG)


def _ids(result: Review) -> list[str]:
    return [f.rule_id for f in result.findings]


def _metric(objective: str) -> list[str]:
    """objective-is-metric's findings on the objective over one measured key result."""
    text = f"Objective: {objective}\n- KR: 80% of cases closed in 5 days by June"
    return _ids(_run(text, "objective-is-metric"))


def _checks(text: str) -> list[tuple[str, list[str]]]:
    """(item text, failing rule ids) for every item of the review, in order."""
    result = review(text, config=_CONFIG)
    out = []
    for o in result.objectives:
        for it in (o, *o.key_results):
            out.append((it.text, [c.rule_id for c in it.checks if c.status == "fail"]))
    return out


# -- decision 615: a length of time named by its shape is a measure ----------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Cut time to reimbursement for field nurses",
        "Reduce handling time for warranty returns",
        "Lower waiting time at the front desk",
    ],
)
def test_a_length_of_time_named_by_its_shape_is_a_kpi(objective: str) -> None:
    assert _metric(objective) == ["objective-is-metric"]


@pytest.mark.parametrize(
    "objective",
    ["Make time to rest between shifts", "Enjoy spending time with the grandchildren"],
)
def test_time_for_something_is_no_measure(objective: str) -> None:
    assert _metric(objective) == []


# -- decision 616: a dot between letters is inside a name --------------------------------------


def test_a_dot_inside_a_web_address_is_no_clause_break() -> None:
    text = "Grow sign-ups on shop.example.org from 2k to 5k. Then rest."
    clauses = [text[a:b] for a, b in split_clauses(text)]
    assert clauses == ["Grow sign-ups on shop.example.org from 2k to 5k", "Then rest"]


def test_an_objective_naming_a_site_is_still_one_clause() -> None:
    result = _run(
        "Objective: Reduce processing time for permit requests filed on City.gov\n"
        "- KR: 90% of permits decided within 10 days",
        "objective-is-metric",
    )
    assert _ids(result) == ["objective-is-metric"]


# -- decision 617: the scope after a measure neither lengthens it nor adds a direction ----------


@pytest.mark.parametrize(
    "objective",
    [
        "Increase the number of riders who renew their monthly pass online",
        "Faster repairs for tenants and their landlords",
        "Grow the number of families enrolled in the summer reading club",
    ],
)
def test_a_measure_with_a_long_scope_is_a_kpi(objective: str) -> None:
    assert _metric(objective) == ["objective-is-metric"]


def test_and_before_a_verb_still_adds_a_direction() -> None:
    result = _run(
        "Objective: Increase repeat visits for members and delight them at every visit\n"
        "- KR: Repeat visits from 2 to 3 a month by June",
        "objective-is-metric",
    )
    assert _ids(result) == []


# -- decision 618: "OKR" with a code labels an objective --------------------------------------


def test_okr_with_a_code_labels_an_objective() -> None:
    items = _checks(
        "Personal OKRs, H2 2026\n\nOKR 2026C: Get back on the bike\n\nKR1: Ride 600 km by December\n"
        "\nOKR '2026.D2': Cook at home\n\nKR1: 40 dinners cooked at home by December\n"
    )
    assert [t for t, _ in items] == [
        "Get back on the bike",
        "Ride 600 km by December",
        "Cook at home",
        "40 dinners cooked at home by December",
    ]


# -- decision 619: quotes around the first word do not hide the verb ---------------------------


def test_a_quoted_first_verb_is_still_read() -> None:
    result = _run("Objective: Finish the boat in H2 2026\n- KR: “Finish” the hull\n", "kr-is-task")
    assert _ids(result) == ["kr-is-task"]


# -- decision 620: "start to", "we are able to" before the verb do not hide it ------------------


@pytest.mark.parametrize(
    "kr",
    [
        "We are able to establish a referral desk at both clinics",
        "The team is able to establish a tool library",
    ],
)
def test_an_ability_or_start_before_the_work_leaves_it_a_task(kr: str) -> None:
    result = _run(f"Objective: Run the best parish hall in town by June\n- KR: {kr}", "kr-is-task")
    assert _ids(result) == ["kr-is-task"]


def test_try_to_before_a_reduction_reads_the_reduction() -> None:
    items = _checks(
        "Objective: Calm kitchens by June\n- KR: Try to avoid shouting matches at the pass"
    )
    assert "kr-is-task" not in items[1][1]


# -- decision 621: a lone X before the plural it counts is a placeholder ------------------------


@pytest.mark.parametrize(
    "kr", ["Have X apprentices certified by June", "Sign X new sponsors by June"]
)
def test_a_lone_x_before_a_plural_holds_the_count(kr: str) -> None:
    items = _checks(f"Objective: Grow the workshop by June\n- KR: {kr}")
    assert "kr-not-quantified" not in items[1][1]


def test_x_as_a_letter_is_no_count() -> None:
    items = _checks("Objective: Grow the workshop by June\n- KR: Publish the X-ray safety leaflet")
    assert "kr-not-quantified" in items[1][1]


# -- decision 622: low bad events, resubmissions, a change verb after its measure --------------


@pytest.mark.parametrize(
    "kr",
    [
        "Low drop-off when patients reach the payment page",
        "Fewer resubmissions of grant reports",
    ],
)
def test_low_bad_events_and_resubmissions_are_negative(kr: str) -> None:
    result = _run(f"Objective: Paperwork nobody dreads by June\n- KR: {kr}", "kr-negative-phrasing")
    assert _ids(result) == ["kr-negative-phrasing"]


def test_low_before_a_thing_is_no_reduction() -> None:
    result = _run(
        "Objective: Healthier lunches by June\n- KR: Launch the low-sodium menu in 4 schools",
        "kr-negative-phrasing",
    )
    assert _ids(result) == []


@pytest.mark.parametrize(
    ("kr", "fires"),
    [
        ("Member satisfaction increases after the move", True),
        ("Member satisfaction increases to 90%", False),
    ],
)
def test_a_change_verb_after_its_measure_with_no_amount_is_vague(kr: str, fires: bool) -> None:
    result = _run(f"Objective: A gym people love by June\n- KR: {kr}", "kr-vague-wording")
    assert (_ids(result) == ["kr-vague-wording"]) is fires


# -- decisions 623-625: a team page's areas, their paragraph, and what it will not do -----------

_AREA_PAGE = """# Front desk plan

## Q3 objectives and key results

### Focus area: Make check-in at the clinic painless for every patient

Patients wait too long at the desk and many forms are filled twice. We want the first
five minutes of a visit to feel calm.

- Key Result 1: 90% of patients checked in within 4 minutes
- Key Result 2: Paper forms at the desk from 6 to 1 per visit

Within this area, this quarter we are not working on:

- Replacing the phone system
- Moving the waiting room
"""


def test_a_heading_over_a_paragraph_over_labelled_key_results_is_the_objective() -> None:
    items = _checks(_AREA_PAGE)
    assert [t for t, _ in items] == [
        "Make check-in at the clinic painless for every patient",
        "90% of patients checked in within 4 minutes",
        "Paper forms at the desk from 6 to 1 per visit",
    ]


def test_what_a_team_will_not_work_on_is_no_key_result() -> None:
    text = _AREA_PAGE.replace("### Focus area: ", "### ")
    assert "Replacing the phone system" not in [t for t, _ in _checks(text)]


# -- decision 626: "ensure" a thing is in place is work to do ---------------------------------


@pytest.mark.parametrize(
    ("kr", "task"),
    [
        ("Ensure a backup generator is in place at both depots", True),
        ("Ensure the volunteer rota is documented", True),
        ("Ensure 95% of parcels are delivered the next day", False),
    ],
)
def test_ensuring_a_thing_is_set_up_is_a_task(kr: str, task: bool) -> None:
    result = _run(f"Objective: Depots that never stop by June\n- KR: {kr}", "kr-is-task")
    assert (_ids(result) == ["kr-is-task"]) is task


# -- decision 627: "quarterly" before a recurring output is a cadence --------------------------


@pytest.mark.parametrize(
    ("kr", "undated"),
    [
        ("85% satisfaction on the quarterly volunteer survey", True),
        ("Positive comments in quarterly parent reviews", True),
        ("Hit the quarterly fundraising target of $40k", False),
    ],
)
def test_quarterly_before_a_recurring_output_names_no_cycle(kr: str, undated: bool) -> None:
    result = _run(f"Objective: A food bank people count on\n- KR: {kr}", "kr-no-deadline")
    assert (_ids(result) == ["kr-no-deadline"]) is undated


# -- decision 628: places named by number, a survey's measure, comparatives with no amount ------


def test_a_place_named_by_its_number_quantifies_nothing() -> None:
    result = _run(
        "Objective: A ground the club is proud of by June\n- KR: Relay the turf on court 3",
        "kr-not-quantified",
    )
    assert _ids(result) == ["kr-not-quantified"]


def test_a_survey_before_its_measure_is_no_deliverable() -> None:
    items = _checks(
        "Objective: A club members are proud of by June\n- KR: Parent survey satisfaction up"
    )
    assert "kr-is-task" not in items[1][1]
    assert "kr-vague-wording" in items[1][1]


@pytest.mark.parametrize(
    ("kr", "fires"),
    [
        ("Make shift swaps fairer", True),
        ("Make shift swaps fairer: 90% approved within a day", False),
    ],
)
def test_a_comparative_with_no_amount_is_vague(kr: str, fires: bool) -> None:
    result = _run(f"Objective: A rota nurses trust by June\n- KR: {kr}", "kr-vague-wording")
    assert (_ids(result) == ["kr-vague-wording"]) is fires


# -- decision 629: an owner line in italics closing the page owns the set ----------------------


def test_an_emphasised_owner_line_closing_the_page_owns_the_set() -> None:
    text = (
        "# Library front desk, Q3\n\nObjective: Borrowers find what they need first time\n"
        "- KR: 85% of holds ready within 2 days\n- KR: Reservation no-shows from 30% to 10%\n"
        "\n*Owner: Branch Librarian*\n"
    )
    result = _run(text, "kr-no-owner")
    assert _ids(result) == []
    assert [t for t, _ in _checks(text)][-1] == "Reservation no-shows from 30% to 10%"


def test_an_owner_field_under_a_key_result_stays_its_own() -> None:
    text = (
        "# Library front desk, Q3\n\nObjective: Borrowers find what they need first time\n"
        "- KR: 85% of holds ready within 2 days\n- KR: Reservation no-shows from 30% to 10%\n"
        "  Owner: Sam\n"
    )
    assert _ids(_run(text, "kr-no-owner")) == ["kr-no-owner"]

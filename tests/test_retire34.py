"""Helper retire34, thirty-fourth round of issue 8: the shapes read in two retired held-out halves
of published English OKR sets (models/data/realen31_retired.md), one block per decision.

Each wording below was written for this file; no sentence of a published page is used.
"""

from __future__ import annotations

import pytest

from tests.test_retire32 import _fails, _items

# -- decision 4964: a KR column that only numbers its rows, beside a Measure column ---------------


def _measure_table(head: str, rows: list[tuple[str, str, str]], objective: str) -> str:
    lines = [f"## Objective 1: {objective}", "", head, "|" + "---|" * (head.count("|") - 1)]
    for n, measure, target in rows:
        lines.append(f"| {n} | {measure} | {target} | Q3 |")
    return "\n".join(lines) + "\n"


NUMBERED_MEASURES = [
    (
        "| KR | Measure | Target | Timeline |",
        [
            ("1.1", "Repeat orders from cafe customers", "30% to 45%"),
            ("1.2", "Average basket size per visit", "$18 to $24"),
        ],
        "Make the bakery the town's first stop",
    ),
    (
        "| KR | Metric | Target | Due |",
        [
            ("2.1", "Volunteer hours logged per month", "400 to 650"),
            ("2.2a", "Share of shifts filled a week ahead", "70% to 90%"),
            ("2.2b", "Volunteers returning after 3 months", "40% to 60%"),
        ],
        "Build a volunteer crew that keeps coming back",
    ),
    (
        "| Key Result | Measure | Target | By |",
        [
            ("KR1", "Clinic wait time at intake", "45 min to 20 min"),
            ("KR2", "Patients seen on the same day", "60% to 80%"),
        ],
        "Make the clinic a calm place to wait",
    ),
    (
        "| KR | Success measure | Goal value | Timeline |",
        [
            ("3", "Library cards issued to teenagers", "200 to 500"),
            ("4", "Weekly study-room bookings", "35 to 80"),
        ],
        "Bring teenagers back into the library",
    ),
    (
        "| KR | Measure of success | Target | When |",
        [
            ("1.3", "Ferry departures leaving on time", "82% to 95%"),
            ("1.4", "Complaints answered within a day", "50% to 90%"),
        ],
        "Run a ferry people can set their watch by",
    ),
]


@pytest.mark.parametrize(("head", "rows", "objective"), NUMBERED_MEASURES)
def test_numbering_kr_column_gives_way_to_the_measure(
    head: str, rows: list[tuple[str, str, str]], objective: str
) -> None:
    items = _items(_measure_table(head, rows, objective))
    assert items[0] == ("objective", objective)
    assert [w for _k, w in items[1:]] == [m for _n, m, _t in rows]


MEASURE_GUARDS = [
    # the KR column holds wordings: it stays the key results, the measure column is a measure
    (
        "## Objective 1: Make the bakery the town's first stop\n\n"
        "| KR | Measure | Target |\n|---|---|---|\n"
        "| Lift repeat orders from cafe customers | repeat order rate | 45% |\n"
        "| Grow the average basket | basket size | $24 |\n",
        ["Lift repeat orders from cafe customers", "Grow the average basket"],
    ),
    # an id column and a key-result column: the key results stay where they are
    (
        "## Objective 1: Bring teenagers back into the library\n\n"
        "| # | Key Result | Measure |\n|---|---|---|\n"
        "| 1 | Issue 500 library cards to teenagers | cards issued |\n"
        "| 2 | Book the study rooms 80 times a week | bookings |\n",
        ["Issue 500 library cards to teenagers", "Book the study rooms 80 times a week"],
    ),
    # marks "KR1.1" beside a Target column: the mark column's own reading (decision 2821)
    (
        "### O1: Run a ferry people can set their watch by\n\n"
        "| KR | Target | Measurement | Owner |\n|---|---|---|---|\n"
        "| **KR1.1** | 95% of departures on time | harbour log | Ops Lead |\n"
        "| **KR1.2** | 90% of complaints answered within a day | inbox report | Ops Lead |\n",
        ["95% of departures on time", "90% of complaints answered within a day"],
    ),
]


@pytest.mark.parametrize(("text", "krs"), MEASURE_GUARDS)
def test_measure_guards(text: str, krs: list[str]) -> None:
    items = _items(text)
    assert [w for k, w in items if k == "kr"] == krs


# -- decision 4965: "Objective Zero" is a numbered objective label ------------------------------

ZERO_LABELS = [
    (
        "## Using goals for all our work\n\nWe put every piece of work into a goal.\n\n"
        "**Objective 1**: Grow the reader base of our cooking site\n\n"
        "- **Key Result 1**: 500 newsletter sign-ups by the end of the quarter.\n\n"
        "**Objective Zero**: Keep the kitchen site running for every visitor\n\n"
        "- **Key Result 1**: No severe bugs left open by the end of the quarter.\n"
        "- **Key Result 2**: Site uptime of 99.9% by the end of the quarter.\n",
        "Keep the kitchen site running for every visitor",
        2,
    ),
    (
        "**Objective 1**: Make the tram line a pleasure to ride\n"
        "- **Key Result 1**: Rider rating of 4.5 by the end of the year.\n\n"
        "**Objective Zero**: Hold the line's service level\n"
        "- **Key Result 1**: 98% of trams run on schedule every month.\n",
        "Hold the line's service level",
        1,
    ),
    (
        "Objective 1: Open the garden to the whole street\n"
        "- KR1: 40 households hold a plot by June\n\n"
        "Objective zero: Keep the garden's basics working\n"
        "- KR1: Water taps fixed within 2 days of a report\n"
        "- KR2: Tool shed open 6 days a week\n",
        "Keep the garden's basics working",
        2,
    ),
    (
        "**Objective 1**: Win the league's fair-play trophy\n"
        "- **Key Result 1**: Fewer than 10 yellow cards this season.\n\n"
        "**Objective Zero**: Keep the club's grounds safe for players\n"
        "- **Key Result 1**: Pitch inspected before every home match.\n",
        "Keep the club's grounds safe for players",
        1,
    ),
    (
        "### Objective 1: Grow the podcast\n- KR1: 3,000 weekly listeners by September\n\n"
        "### Objective Zero: Keep the show on air every week\n"
        "- KR1: No missed release week this quarter\n"
        "- KR2: Audio rated 'clear' by 90% of surveyed listeners\n",
        "Keep the show on air every week",
        2,
    ),
]


@pytest.mark.parametrize(("text", "objective", "n"), ZERO_LABELS)
def test_objective_zero_is_a_label(text: str, objective: str, n: int) -> None:
    items = _items(text)
    objectives = [w for k, w in items if k == "objective"]
    assert objectives[-1] == objective
    at = items.index(("objective", objective))
    assert [k for k, _w in items[at + 1 :]] == ["kr"] * n


ZERO_GUARDS = [
    # "Zero" as the count of a key result stays the key result's wording
    (
        "Objective: Keep the kitchen site running\n- KR1: Zero open severe bugs by June\n",
        ["objective", "kr"],
    ),
    (
        "**Objective 1**: Make the clinic safe\n- Zero falls in the ward this quarter\n"
        "- Hand hygiene audits at 95% by June\n",
        ["objective", "kr", "kr"],
    ),
]


@pytest.mark.parametrize(("text", "kinds"), ZERO_GUARDS)
def test_zero_guards(text: str, kinds: list[str]) -> None:
    assert [k for k, _w in _items(text)] == kinds


def _kr_fails(wording: str, objective: str = "Grow the repair shop's reach") -> list[str]:
    """The failing rules of a one-key-result draft's key result."""
    return _fails(f"Objective: {objective}\n- KR1: {wording}\n")[1]


# -- decision 4966: a bracket of whom the work serves ("(helping multiple teams)") --------------

SERVES_NOTES = [
    "Run a bike repair class for the whole street by June (helping multiple teams)",
    "Host a workshop on the new till system by May (supporting the weekend teams)",
    "Give a talk on safe lifting to the depot by March (helping the night crews)",
    "Write a guide to the parts catalogue by April (serving the regional teams)",
    "Record 3 short videos on bread scoring by July (benefiting the bakery teams)",
]


@pytest.mark.parametrize("wording", SERVES_NOTES)
def test_serves_note_names_no_owner(wording: str) -> None:
    assert "kr-no-owner" in _kr_fails(wording)


SERVES_VAGUE = [
    "Run a bike repair class for the street by June (helping multiple riders in the club)",
    "Host a till workshop by May (supporting several people on the weekend rota)",
    "Give a lifting talk at the depot by March (helping many drivers on the night shift)",
    "Write a parts guide by April (serving various people at the branches)",
    "Record a bread scoring video by July (benefiting numerous bakers in the team)",
]


@pytest.mark.parametrize("wording", SERVES_VAGUE)
def test_serves_note_is_no_vague_wording(wording: str) -> None:
    assert "kr-vague-wording" not in _kr_fails(wording)


SERVES_GUARDS = [
    ("Run a bike repair class for the street by June (Training team)", "kr-no-owner", False),
    ("Host a till workshop by May (Support team)", "kr-no-owner", False),
    ("Give a lifting talk at the depot by March (Priya)", "kr-no-owner", False),
    (
        "Run several repair classes for the street by June (helping the team)",
        "kr-vague-wording",
        True,
    ),
]


@pytest.mark.parametrize(("wording", "rule", "fires"), SERVES_GUARDS)
def test_serves_guards(wording: str, rule: str, fires: bool) -> None:
    assert (rule in _kr_fails(wording)) is fires


# -- decision 4967: "One <people> has <done> …" heading a key result is a count -----------------

ONE_HAS_DONE = [
    "One customer has booked a repair online by the end of the quarter.",
    "One local school has signed up for a repair class by June",
    "One reader has shared a recipe from the site by the end of the month.",
    "One new sponsor has funded a community bike day by September",
    "One partner garage has referred a customer to us by the end of Q2",
]


@pytest.mark.parametrize("wording", ONE_HAS_DONE)
def test_one_who_has_done_it_is_quantified(wording: str) -> None:
    assert "kr-not-quantified" not in _kr_fails(wording + " (owner: Ana)")


ONE_GUARDS = [
    "One dashboard has been built for the shop by June",
    "Write one guide for new mechanics by June",
    "One guide for new mechanics by June",
]


@pytest.mark.parametrize("wording", ONE_GUARDS)
def test_one_thing_named_stays_unquantified(wording: str) -> None:
    assert "kr-not-quantified" in _kr_fails(wording + " (owner: Ana)")


# -- decision 4968: one numbered release done "on schedule" is no routine -----------------------

ONE_RELEASE = [
    "Complete the v2.0 price list on schedule",
    "Ship release 1.3 of the booking app on schedule",
    "Launch version 4 of the booking app on time",
    "Deliver the MVP of the parts shop on schedule",
    "Publish v3.1 of the seasonal menu on schedule",
]


@pytest.mark.parametrize("wording", ONE_RELEASE)
def test_one_release_on_schedule_is_no_routine(wording: str) -> None:
    assert "kr-business-as-usual" not in _kr_fails(wording + " (owner: Ana)")


ROUTINE_ON_TIME = [
    "Deliver all repair orders on time",
    "Submit the weekly parts report on time",
    "Pay all invoices on time",
]


@pytest.mark.parametrize("wording", ROUTINE_ON_TIME)
def test_routine_on_time_stays_routine(wording: str) -> None:
    assert "kr-business-as-usual" in _kr_fails(wording + " (owner: Ana)")


# -- decision 4969: an ordinal word of a place reached is a rank ------------------------------

ORDINAL_PLACES = [
    "Finish fourth or above in the county table by May",
    "Qualify for the regional final by finishing third or above in the spring table",
    "Come third or better in the regional quiz league by June",
    "Place second at the state robotics fair in May",
    "Finish in fifth place in the city relay this autumn",
    "Make the spring final by coming first in our group",
]


@pytest.mark.parametrize("wording", ORDINAL_PLACES)
def test_ordinal_place_is_quantified(wording: str) -> None:
    fails = _kr_fails(wording + " (owner: Coach Ben)", "Become the club the county talks about")
    assert "kr-not-quantified" not in fails
    assert "kr-is-task" not in fails


@pytest.mark.parametrize(
    "wording",
    [
        "Qualify for the county final by coming third or above in the league",
        "Qualify for nationals by coming second in the regional meet",
        "Qualify for the play-offs by coming in the top 4 of the league",
    ],
)
def test_place_come_to_is_a_result(wording: str) -> None:
    fails = _kr_fails(wording + " (owner: Coach Ben)", "Become the club the county talks about")
    assert "kr-is-task" not in fails


ORDINAL_GUARDS = [
    "Finish the first draft of the club handbook by June",
    "Hire a second coach for the juniors by June",
    "Fewer injuries because players warm up properly in the first place",
]


@pytest.mark.parametrize("wording", ORDINAL_GUARDS)
def test_ordinal_naming_which_one_stays_unquantified(wording: str) -> None:
    fails = _kr_fails(wording + " (owner: Coach Ben)", "Become the club the county talks about")
    assert "kr-not-quantified" in fails


# -- decision 4970: things picked by a threshold, a comma, then the figures' move: one measure ---

THRESHOLD_SCOPES = [
    "Reach full tracing coverage across shops handling > 5% of repairs, from 40% of shops to 100%",
    "Fire-door checks across depots handling > 50 trucks a day, from 40% of depots to 100%",
    "Card payments at stalls taking over 200 orders a week, from 50% of stalls to 95%",
    "Backup coverage for servers holding > 1 TB of data, from 60% to 100% by Q3",
    "Audit coverage of vendors processing over 500 invoices a month, from 25% to 75%",
    "Escrow coverage for accounts holding > $1M, from 20% of accounts to 80%",
]


@pytest.mark.parametrize("wording", THRESHOLD_SCOPES)
def test_threshold_scope_then_figures_is_one_measure(wording: str) -> None:
    assert "kr-compound" not in _kr_fails(wording + " (owner: Ana)")


THRESHOLD_GUARDS = [
    "Grow signups to 5,000, from 20% to 35% activation",
    "Reply to 90% of tickets within 1 hour, and CSAT from 4.1 to 4.5",
    "Cover shops with > 5 staff, and lift NPS from 30 to 45",
]


@pytest.mark.parametrize("wording", THRESHOLD_GUARDS)
def test_two_measures_stay_compound(wording: str) -> None:
    assert "kr-compound" in _kr_fails(wording + " (owner: Ana)")


# -- decision 4971: one measure's level for two parts ("for A to X and B to Y") -----------------

PART_TARGETS = [
    "Increase test coverage for the shop app to 90% and the parts api to 60%",
    "Raise first-time fix rate for bikes to 85% and scooters to 70%",
    "Lift on-time delivery for the north depot to 95% and the south depot to 90% by June",
    "Raise repair rating for bikes to 4.6 and e-bikes to 4.4 by May",
    "Push card payment share for the cafe to 80% and the bike shop to 65%",
    "Bring booking lead time for the city shop to 2 days and the harbour shop to 3 days",
]


@pytest.mark.parametrize("wording", PART_TARGETS)
def test_one_measure_for_two_parts_is_not_compound(wording: str) -> None:
    assert "kr-compound" not in _kr_fails(wording + " (owner: Ana)")


PART_GUARDS = [
    "Raise fix rate for bikes to 85% and NPS to 50 by June",
    "Raise fix rate for bikes to 85% and repeat rate to 40%",
    "Grow revenue for the shop to $2M and margin to 30%",
]


@pytest.mark.parametrize("wording", PART_GUARDS)
def test_a_second_measure_stays_compound(wording: str) -> None:
    assert "kr-compound" in _kr_fails(wording + " (owner: Ana)")


# -- decision 4972: a Timeline cell that names no time dates nothing ---------------------------


def _timeline_table(cells: list[str]) -> str:
    rows = "".join(
        f"| 1.{i + 1} | Repeat orders from cafe customers, branch {i + 1} | 30% to 45% | {c} |\n"
        for i, c in enumerate(cells)
    )
    return (
        "# Shop OKRs 2027\n\n## Objective 1: Make the shop the town's first stop\n\n"
        "| KR | Measure | Target | Timeline |\n|----|---------|--------|----------|\n" + rows
    )


NO_TIME_CELLS = [
    "Across all three branches",
    "Through better window displays",
    "With help from the cafe team",
    "Alongside the new menu",
    "Shelf labels, window posters, till receipts",
]


@pytest.mark.parametrize("cell", NO_TIME_CELLS)
def test_timeline_cell_with_no_time_dates_nothing(cell: str) -> None:
    assert "kr-no-deadline" in _fails(_timeline_table([cell]))[1]


@pytest.mark.parametrize(
    "cell", ["By Q3", "Mid-year", "Week 6", "End of term", "Aug 31", "New booking site live"]
)
def test_timeline_cell_with_a_time_dates_the_key_result(cell: str) -> None:
    assert "kr-no-deadline" not in _fails(_timeline_table([cell]))[1]


# -- decision 4973: a page's title heading dates a set heading right under it ------------------

TITLE_THEN_SET = [
    "## Plan: 12-Week Shop Refit (Feb 2027 – Apr 2027)\n\n## Plan-Level OKRs\n\n",
    "# Harbour cafe relaunch (March to May 2027)\n\n# Relaunch OKRs\n\n",
    "## Programme: Library makeover, Q3 2027\n\n## Programme OKRs\n\n",
    "## Season plan (Sep 2027 – Dec 2027)\n\n## Team goals\n\n",
    "# Clinic move: H1 2027\n\n# Company OKRs\n\n",
]


@pytest.mark.parametrize("head", TITLE_THEN_SET)
def test_title_over_first_set_heading_dates_it(head: str) -> None:
    text = (
        head + "### O1: Open a place people love to come back to\n\n"
        "- Walk-in visits from 200 to 320 a week (owner: Ana)\n"
        "- Repeat visits from 20% to 35% (owner: Ana)\n"
    )
    assert all("kr-no-deadline" not in f for f in _fails(text)[1:])


def test_cascade_of_dated_sets_keeps_each_its_own() -> None:
    text = (
        "## Company OKRs (Q4 2027)\n\n### O1: Be the town's favourite shop\n"
        "- Walk-in visits from 200 to 320 a week (owner: Ana)\n\n"
        "## Repair team OKRs\n\n### O1: Fix bikes right the first time\n"
        "- Repeat repairs from 12% to 5% (owner: Ben)\n"
    )
    fails = _fails(text)
    assert "kr-no-deadline" not in fails[1]
    assert "kr-no-deadline" in fails[3]

"""Helper retire34, thirty-fourth round of issue 8: the shapes read in two retired held-out halves
of published English OKR sets (models/data/realen31_retired.md), one block per decision.

Each wording below was written for this file; no sentence of a published page is used.
"""

from __future__ import annotations

import pytest

from tests.test_retire32 import _fails, _items  # noqa: F401 (_fails: later blocks)

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
        "- **Key Result 1**: There are no open severe bugs by the end of the quarter.\n"
        "- **Key Result 2**: There is a 99.9% uptime of the site by the end of the quarter.\n",
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

"""Helper bfix36en, round thirty-six (issue 8): English shapes read in two outsider sets
(blind36, blind36b); decisions 5280-5291. Every wording was written here, none is an outsider's.

One table: (decision, where the wording goes, the wording, the rule, whether it must fire).
"""

from __future__ import annotations

import pytest

from tests.test_bfix35en import _kr, _objective
from tests.test_retire32 import _fails


def _personal_kr(wording: str) -> list[str]:
    """The findings of one key result in a personal, owned set."""
    text = f"My personal OKRs - Ines, Q3\nObjective: Come back rested and curious\n- {wording}\n"
    return _fails(text)[1]


def _titled(title: str) -> list[str]:
    """The findings of the one key result, with no date of its own, under the set's `title`."""
    return _fails(
        f"{title}\nObjective: Fill the spring classes\n- 90% of seats booked (owner: Bo)\n"
    )[1]


_WHERE = {"kr": _kr, "objective": _objective, "personal": _personal_kr, "title": _titled}
A = "(owner: Ana)"
CASES = [
    # 5280: two months joined in a set's title are the set's window
    (5280, "title", "Member growth – Mar/Apr", "kr-no-deadline", False),
    (5280, "title", "# Kiosk team: Jul & Aug", "kr-no-deadline", False),
    (5280, "title", "Sep-Oct team goals", "kr-no-deadline", False),
    (5280, "title", "Front desk | Jan to Feb", "kr-no-deadline", False),
    (5280, "title", "Nov/Dec were slow for us", "kr-no-deadline", True),
    (5280, "title", "Mar/Apr launch plan notes", "kr-no-deadline", True),
    # 5281: the kind of release counted is work
    (5281, "kr", f"6 patch releases {A}", "kr-is-task", True),
    (5281, "kr", f"3 content drops (Jan 9, Feb 6, Mar 5) {A}", "kr-is-task", True),
    (5281, "kr", f"4 feature releases this quarter {A}", "kr-is-task", True),
    (5281, "kr", f"2 maintenance releases {A}", "kr-is-task", True),
    (5281, "kr", f"95% of patch releases with no rollback {A}", "kr-is-task", False),
    (5281, "kr", f"Time between feature releases under 10 days {A}", "kr-is-task", False),
    (5281, "kr", f"Zero failed patch releases {A}", "kr-is-task", False),
    # 5282: a magnitude letter is part of the figure
    (5282, "objective", "Weekly podcast downloads 80k", "objective-is-metric", True),
    (5282, "objective", "Weekly podcast downloads 80k", "objective-not-inspiring", True),
    (5282, "objective", "App installs 1.5m", "objective-is-metric", True),
    (5282, "objective", "newsletter subscribers 12k", "objective-is-metric", True),
    (
        5282,
        "objective",
        "Make 80k listeners feel the show was made for them",
        "objective-is-metric",
        False,
    ),
    # 5283: a participle that says which ones are counted is part of the measure's name
    (5283, "objective", "Paying subscribers 40,000", "objective-is-metric", True),
    (5283, "objective", "weekly paying subscribers 9k", "objective-is-metric", True),
    (5283, "objective", "Paying subscribers recommend us to friends", "objective-is-metric", False),
    # 5284: a credential renewed, in the passive, is the routine renewal
    (
        5284,
        "kr",
        f"Crane operator certifications renewed for all riggers {A}",
        "kr-business-as-usual",
        True,
    ),
    (5284, "kr", f"Crane operator certifications renewed for all riggers {A}", "kr-is-task", True),
    (
        5284,
        "kr",
        f"Food hygiene certificates renewed for both kitchens {A}",
        "kr-business-as-usual",
        True,
    ),
    (5284, "kr", f"All vehicle registrations renewed by March {A}", "kr-is-task", True),
    (5284, "kr", f"Memberships renewed by 70% of members {A}", "kr-is-task", False),
    (
        5284,
        "kr",
        f"100% of boiler certificates renewed 30 days before expiry {A}",
        "kr-is-task",
        False,
    ),
    (5284, "kr", f"Annual passes renewed by 600 visitors {A}", "kr-is-task", False),
    # 5285: a run of numbered places names them, it sets no target
    (5285, "kr", f"Replace the seals on doors 3-11 {A}", "kr-not-quantified", True),
    (5285, "kr", f"Repaint loading bays 14 to 20 {A}", "kr-not-quantified", True),
    (5285, "kr", f"Deep-clean rooms 110–124 {A}", "kr-not-quantified", True),
    (5285, "kr", f"Fix the heater at door 7 {A}", "kr-not-quantified", True),
    (5285, "kr", f"Pick accuracy in aisles 2-6 from 96% to 99% {A}", "kr-not-quantified", False),
    (5285, "kr", f"Knock on 300 doors in the east ward {A}", "kr-not-quantified", False),
    (5285, "kr", f"Sign 12-15 new tenants {A}", "kr-not-quantified", False),
    # 5286: people counted who reach their own quota are a result
    (
        5286,
        "kr",
        f"Four brokers reach their full quota for the first time {A}",
        "kr-is-task",
        False,
    ),
    (
        5286,
        "kr",
        f"Four brokers reach their full quota for the first time {A}",
        "kr-business-as-usual",
        False,
    ),
    (5286, "kr", f"4 junior brokers reach their monthly target {A}", "kr-is-task", False),
    (5286, "kr", f"Hit 100% of quota every month {A}", "kr-business-as-usual", True),
    (5286, "kr", f"Agents hit 100% of quota {A}", "kr-business-as-usual", True),
    (5286, "kr", f"Hire 3 brokers who hit quota {A}", "kr-is-task", True),
    # 5287: riding along with people is time spent with them
    (
        5287,
        "kr",
        f"Do three ride-alongs with every new broker {A}",
        "kr-activity-count",
        True,
    ),
    (5287, "kr", f"Ride along with every field tech once a month {A}", "kr-activity-count", True),
    (5287, "kr", f"20 ride-alongs with junior brokers {A}", "kr-activity-count", True),
    (5287, "kr", f"Riders rate the new route 4.5 or higher {A}", "kr-activity-count", False),
    # 5289: a standing session held on a cadence is routine
    (5289, "kr", f"Hold a bilingual storytime every week {A}", "kr-business-as-usual", True),
    (5289, "kr", f"Run story time for toddlers every Monday {A}", "kr-business-as-usual", True),
    (5289, "kr", f"Host monthly parent office hours {A}", "kr-business-as-usual", False),
    (
        5289,
        "kr",
        f"Storytime attendance from 20 to 35 per session {A}",
        "kr-business-as-usual",
        False,
    ),
    (5289, "kr", f"Hold 10 storytimes at the new branch {A}", "kr-business-as-usual", False),
    (5289, "kr", f"Launch a bilingual storytime in May {A}", "kr-business-as-usual", False),
    # 5291: a length of time off in words is rest, as in digits (decision 203)
    (5291, "personal", "Take three full weeks off in July", "kr-activity-count", False),
    (5291, "personal", "Take two weeks of leave in spring", "kr-activity-count", False),
    (5291, "personal", "Take three online courses", "kr-activity-count", True),
    (5291, "personal", "Take two days to plan the year", "kr-activity-count", True),
]


@pytest.mark.parametrize(("decision", "where", "wording", "rule", "fires"), CASES)
def test_case(decision: int, where: str, wording: str, rule: str, fires: bool) -> None:
    found = _WHERE[where](wording)
    assert (rule in found) is fires, (decision, wording, found)


def test_month_pair_times_the_objective_too() -> None:
    found = _fails(
        "Member growth – Mar/Apr\nObjective: Grow the club\n- Reach 900 members (owner: Tomasz)\n"
    )
    assert "objective-no-timeframe" not in found[0]

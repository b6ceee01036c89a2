"""Helper bfix36en, thirty-sixth round of issue 8: shapes read in the English items of two
outsider sets never studied before (blind36, blind36b), one block per decision (5280-5299).

Each wording below was written for this file; no sentence of an outsider's draft is used.
"""

from __future__ import annotations

import pytest

from tests.test_retire32 import _fails


def _kr(wording: str) -> list[str]:
    """The findings of one key result under a plain, dated objective."""
    text = f"Objective: Make the riverside clinic the easiest to visit by Q4\n- KR1: {wording}\n"
    return _fails(text)[1]


def _objective(wording: str) -> list[str]:
    """The findings of one objective over a dated, owned, measured key result."""
    text = f"# Q3 2027 OKRs\nObjective: {wording}\n- KR1: Raise repeat visits from 30% to 45% (owner: Ana)\n"
    return _fails(text)[0]


# -- decision 5280: two months joined in a set's title are the set's window ------------------

MONTH_PAIR_TITLES = [
    "Member growth – Mar/Apr\nObjective: Grow the club\n- Reach 900 members (owner: Tomasz)\n",
    "Sep-Oct team goals\nObjective: Tidy the stockroom\n- Cut lost items to 5 a week (owner: Ines)\n",
    "Front desk | Jan to Feb\nObjective: Answer faster\n- First reply under 2 hours (owner: Yuki)\n",
    "# Kiosk team: Jul & Aug\n## Objective: Fewer late handoffs\n"
    "- Late handoffs from 9 to 3 (owner: Ola)\n",
]


@pytest.mark.parametrize("text", MONTH_PAIR_TITLES)
def test_month_pair_in_title_times_the_set(text: str) -> None:
    found = _fails(text)
    assert "objective-no-timeframe" not in found[0]
    assert all("kr-no-deadline" not in f for f in found[1:])


MONTH_PAIR_GUARDS = [
    # a pair with no field mark nor set's word before the title's end
    "Nov/Dec were slow for us\nObjective: Fill the spring classes\n- 90% of seats booked (owner: Bo)\n",
    "Mar/Apr launch plan notes\nObjective: Fill the spring classes\n- 90% of seats booked (owner: Bo)\n",
]


@pytest.mark.parametrize("text", MONTH_PAIR_GUARDS)
def test_month_pair_elsewhere_times_nothing(text: str) -> None:
    found = _fails(text)
    assert "kr-no-deadline" in found[1]


# -- decision 5281: the kind of release counted is work ---------------------------------------


@pytest.mark.parametrize(
    "wording",
    [
        "6 patch releases (owner: Ana)",
        "3 content drops (Jan 9, Feb 6, Mar 5) (owner: Ana)",
        "4 feature releases this quarter (owner: Ana)",
        "2 maintenance releases (owner: Ana)",
    ],
)
def test_release_kind_counted_is_work(wording: str) -> None:
    assert "kr-is-task" in _kr(wording)


@pytest.mark.parametrize(
    "wording",
    [
        "95% of patch releases with no rollback (owner: Ana)",
        "Time between feature releases under 10 days (owner: Ana)",
        "Zero failed patch releases (owner: Ana)",
    ],
)
def test_release_kind_share_or_time_is_no_task(wording: str) -> None:
    assert "kr-is-task" not in _kr(wording)


# -- decision 5282: a magnitude letter is part of the figure ----------------------------------


@pytest.mark.parametrize(
    "wording", ["Weekly podcast downloads 80k", "App installs 1.5m", "newsletter subscribers 12k"]
)
def test_bare_measure_with_magnitude_is_metric(wording: str) -> None:
    found = _objective(wording)
    assert "objective-is-metric" in found
    assert "objective-not-inspiring" in found


def test_figure_in_a_picture_stays_an_objective() -> None:
    assert "objective-is-metric" not in _objective(
        "Make 80k listeners feel the show was made for them"
    )


# -- decision 5283: a participle that says which ones are counted is part of the name ---------


@pytest.mark.parametrize("wording", ["Paying subscribers 40,000", "weekly paying subscribers 9k"])
def test_paying_ones_counted_is_metric(wording: str) -> None:
    assert "objective-is-metric" in _objective(wording)


def test_paying_ones_doing_something_is_no_metric() -> None:
    assert "objective-is-metric" not in _objective("Paying subscribers recommend us to friends")


# -- decision 5284: a credential renewed, in the passive, is the routine renewal --------------


@pytest.mark.parametrize(
    "wording",
    [
        "Crane operator certifications renewed for all riggers (owner: Ana)",
        "Food hygiene certificates renewed for both kitchens (owner: Ana)",
        "All vehicle registrations renewed by March (owner: Ana)",
    ],
)
def test_credential_renewed_is_routine_work(wording: str) -> None:
    found = _kr(wording)
    assert "kr-business-as-usual" in found
    assert "kr-is-task" in found


@pytest.mark.parametrize(
    "wording",
    [
        "Memberships renewed by 70% of members (owner: Ana)",
        "100% of boiler certificates renewed 30 days before expiry (owner: Ana)",
        "Annual passes renewed by 600 visitors (owner: Ana)",
    ],
)
def test_share_or_count_renewed_is_no_routine_renewal(wording: str) -> None:
    found = _kr(wording)
    assert "kr-is-task" not in found


# -- decision 5285: a run of numbered places names them, it sets no target --------------------


@pytest.mark.parametrize(
    "wording",
    [
        "Replace the seals on doors 3-11 (owner: Ana)",
        "Repaint loading bays 14 to 20 (owner: Ana)",
        "Deep-clean rooms 110–124 (owner: Ana)",
        "Fix the heater at door 7 (owner: Ana)",
    ],
)
def test_numbered_places_set_no_target(wording: str) -> None:
    assert "kr-not-quantified" in _kr(wording)


@pytest.mark.parametrize(
    "wording",
    [
        "Pick accuracy in aisles 2-6 from 96% to 99% (owner: Ana)",
        "Knock on 300 doors in the east ward (owner: Ana)",
        "Sign 12-15 new tenants (owner: Ana)",
    ],
)
def test_a_figure_beside_places_still_counts(wording: str) -> None:
    assert "kr-not-quantified" not in _kr(wording)


# -- decision 5286: people counted who reach their own quota are a result ---------------------


@pytest.mark.parametrize(
    "wording",
    [
        "Three agents hit 100% of quota for the first time (owner: Ana)",
        "4 junior brokers reach their monthly target (owner: Ana)",
    ],
)
def test_people_reaching_quota_are_a_result(wording: str) -> None:
    found = _kr(wording)
    assert "kr-is-task" not in found
    assert "kr-business-as-usual" not in found


@pytest.mark.parametrize(
    "wording",
    ["Hit 100% of quota every month (owner: Ana)", "Agents hit 100% of quota (owner: Ana)"],
)
def test_the_team_hitting_quota_stays_routine(wording: str) -> None:
    assert "kr-business-as-usual" in _kr(wording)


def test_hiring_people_who_hit_quota_stays_hiring() -> None:
    assert "kr-is-task" in _kr("Hire 3 brokers who hit quota (owner: Ana)")


# -- decision 5287: riding along with people is time spent with them --------------------------


@pytest.mark.parametrize(
    "wording",
    [
        "Ride along with each new broker at least three times (owner: Ana)",
        "Ride along with every field tech once a month (owner: Ana)",
        "20 ride-alongs with junior brokers (owner: Ana)",
    ],
)
def test_ride_alongs_are_an_activity_count(wording: str) -> None:
    assert "kr-activity-count" in _kr(wording)


def test_riders_are_no_ride_along() -> None:
    assert "kr-activity-count" not in _kr("Riders rate the new route 4.5 or higher (owner: Ana)")


# -- decision 5289: a standing session held on a cadence is routine ---------------------------


@pytest.mark.parametrize(
    "wording",
    [
        "Hold storytime every Wednesday and Friday (owner: Ana)",
        "Run story time for toddlers every Monday (owner: Ana)",
        "Office hours every Thursday (owner: Ana)",
    ],
)
def test_standing_session_on_a_weekday_is_routine(wording: str) -> None:
    assert "kr-business-as-usual" in _kr(wording)


@pytest.mark.parametrize(
    "wording",
    [
        "Storytime attendance from 20 to 35 per session (owner: Ana)",
        "Hold 10 storytimes at the new branch (owner: Ana)",
        "Launch a bilingual storytime in May (owner: Ana)",
    ],
)
def test_storytime_measured_counted_or_launched_is_no_routine(wording: str) -> None:
    assert "kr-business-as-usual" not in _kr(wording)


# -- decision 5290: one's own time off taken is a personal to-do -------------------------------


def _personal_kr(wording: str) -> list[str]:
    text = f"My personal OKRs - Ines, Q3\nObjective: Come back rested and curious\n- {wording}\n"
    return _fails(text)[1]


@pytest.mark.parametrize(
    "wording",
    [
        "Take a 9-day trip to Kraków in September",
        "Take three full weeks off in July",
        "Go on a week-long sailing holiday",
    ],
)
def test_time_off_taken_is_a_todo(wording: str) -> None:
    assert "kr-is-task" in _personal_kr(wording)


@pytest.mark.parametrize(
    "wording",
    [
        "Take 300 guests on a harbour tour",
        "Take the lead on 4 bids",
        "Book 250 trips through the app",
    ],
)
def test_other_takes_are_no_time_off(wording: str) -> None:
    assert "kr-is-task" not in _personal_kr(wording)

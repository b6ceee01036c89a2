"""Helper enfix36, thirty-sixth round of issue 8: English accuracy on the miss shapes the lead
listed from round 35's outsider drafts, one block per decision (5200-5208). The blocks of
decisions 5204 and 5205 are guards: no rule changed, they passed on the base (54cf9001) too.

Each wording below was written for this file; no sentence of an outsider's draft is used, and
none of the lead's own examples either (other nouns, numbers and orders of the same shapes).
"""

from __future__ import annotations

import pytest

from coach.review import review
from tests.test_retire32 import _fails


def _kr(wording: str) -> list[str]:
    """The failing checks of one key result under a dated, owned objective."""
    text = f"Objective: Make the harbour café the first stop of every walker (owner: Ana) in Q3\n- KR1: {wording}\n"
    return _fails(text)[1]


def _objective(wording: str) -> list[str]:
    """The failing checks of one objective over a dated, owned, measured key result."""
    text = (
        f"# Q3 2027 OKRs\nObjective: {wording}\n"
        "- KR1: Raise repeat visits from 30% to 45% (owner: Ana)\n"
    )
    return _fails(text)[0]


def _compound_suggestion(wording: str) -> str:
    text = f"Objective: Make the harbour café the first stop of every walker (owner: Ana) in Q3\n- KR1: {wording}\n"
    rv = review(text)
    found = [f for f in rv.findings if f.rule_id == "kr-compound"]
    assert found, wording
    return found[0].suggestions[0].text


# -- decision 5200: two counts under one verb, each of its own result, are a compound -----------

TWO_COUNTED_RESULTS = [
    "Win 75 new members and 20 corporate sponsors",
    "Get 900 newsletter signups & 140 paid subscriptions",
    "Secure 45 five-star reviews plus 12 referrals",
    "Collect 300 registrations and 60 enrolments by August",
    "Bring in 25 demo requests, 6 signed pilots",
    "Add 1,800 app downloads and 400 weekly users",
    "Reach 500 trial starts plus a 7% upgrade rate",
    "Hit a 4.7 store rating and 12k installs",
]


@pytest.mark.parametrize("wording", TWO_COUNTED_RESULTS)
def test_two_counted_results_are_a_compound(wording: str) -> None:
    assert "kr-compound" in _kr(wording)


ONE_COUNTED_RESULT = [
    # one result counted by kind or by segment, its sources, a part of it, a range, a ratio
    "Book 30 enterprise orders and 90 SMB orders",
    "Hire 3 nurses and 2 porters",
    "Convert 30 trials and 5 pilots into paying accounts",
    "Reach 400 members, 70 of them through referrals",
    "Reach between 350 and 420 signups",
    "Sign 35 paid customers out of 280 trials",
    "Reach 600 active accounts in Ohio and Texas",
    "Publish 6 recipes and 3 videos",
]


@pytest.mark.parametrize("wording", ONE_COUNTED_RESULT)
def test_one_counted_result_is_no_compound(wording: str) -> None:
    assert "kr-compound" not in _kr(wording)


def test_the_second_line_keeps_the_verb() -> None:
    assert _compound_suggestion("Win 75 new members and 20 corporate sponsors") == (
        "Win 75 new members\nWin 20 corporate sponsors"
    )


# -- decision 5201: goods sold or trade done, more of it and nothing else, is a KPI -------------

SOLD_MORE = [
    "Sell more merch",
    "Sell more craft beer at the taproom",
    "Sell more gift vouchers in December",
    "Make more sales",
    "Book more business",
    "Close more business in Q4",
]


@pytest.mark.parametrize("wording", SOLD_MORE)
def test_more_sold_is_a_metric_objective(wording: str) -> None:
    found = _objective(wording)
    assert "objective-is-metric" in found
    assert "objective-not-inspiring" in found


NOT_SOLD_MORE = [
    "Sell more sustainably",
    "Sell more together",
    "Sell more value to families",
    "Make more money for our growers",  # what the people served earn
    "Make more money",  # decision 2937: a stock good wished for, flat
    "Make more sales calls",  # effort counted (decision 50)
]


@pytest.mark.parametrize("wording", NOT_SOLD_MORE)
def test_no_goods_sold_is_no_metric_objective(wording: str) -> None:
    assert "objective-is-metric" not in _objective(wording)


# -- decision 5202: no area named -- the team's ways of working, or a generic better ----------

VAGUE = [
    "Improve team workflows",
    "Improve our team practices",
    "Improve how we work",
    "Improve our ways of working",
    "Work on our processes",
    "Improve processes across the team",
    "Improve our way of working",
    "Make things nicer for our guests",
    "Make everything easier for patients",
    "Make it better for our members",
    "Be better for our tenants",
    "Do more for our volunteers",
    "Make things better for our neighbourhood",
    "Make things simpler for tenants and staff",
]


@pytest.mark.parametrize("wording", VAGUE)
def test_no_area_named_is_vague(wording: str) -> None:
    found = _objective(wording)
    assert "objective-vague" in found
    assert "objective-not-inspiring" in found
    assert "objective-is-metric" not in found


NOT_VAGUE = [
    "Improve the invoicing process",  # a named process: flat only
    "Make onboarding smoother for every tenant",  # a named thing: flat (decision 5182)
    "Make life better for every family on the estate",  # a mission's picture
    "Make things easier for tenants to report repairs",  # what they do named
    "Make things better for tenants in the east wing",  # a place named
    "Improve team morale",  # a named quality of the team
]


@pytest.mark.parametrize("wording", NOT_VAGUE)
def test_an_area_named_is_not_vague(wording: str) -> None:
    assert "objective-vague" not in _objective(wording)


# -- decision 5203: a generic level of a named skill is flat, not vague -------------------------

SKILL_LEVELS = [
    "Become proficient in Tableau",
    "Become really competent at contract law",
    "Be skilled in negotiation",
    "Get comfortable with Kotlin",
]


@pytest.mark.parametrize("wording", SKILL_LEVELS)
def test_a_generic_skill_level_is_flat(wording: str) -> None:
    found = _objective(wording)
    assert "objective-not-inspiring" in found
    assert "objective-vague" not in found
    assert "objective-is-metric" not in found


SKILL_STATES = [
    "Become fluent in Portuguese",  # a level others can see (left out)
    "Become proficient in Tableau so I can answer my own product questions",  # what it is for
    "Become the most trusted Tableau expert in the company",  # a marker
]


@pytest.mark.parametrize("wording", SKILL_STATES)
def test_a_skill_with_its_picture_is_not_flat(wording: str) -> None:
    assert "objective-not-inspiring" not in _objective(wording)


# -- decision 5204: two pieces of work with no figure are tasks, no compound (a guard) ----------

TWO_TASKS = [
    "Write the onboarding handbook and record the intro video",
    "Publish the FAQ and retire the old wiki",
]


@pytest.mark.parametrize("wording", TWO_TASKS)
def test_two_tasks_are_tasks_not_a_compound(wording: str) -> None:
    found = _kr(wording)
    assert "kr-compound" not in found
    assert "kr-is-task" in found


# -- decision 5205: a measure made better by an adjective alone (a guard) -----------------------

ADJECTIVE_TARGETS = [
    "Make the quote form much quicker",
    "Make refunds far more reliable",
    "Make the app significantly faster",
]


@pytest.mark.parametrize("wording", ADJECTIVE_TARGETS)
def test_an_adjective_target_is_unquantified_and_vague(wording: str) -> None:
    found = _kr(wording)
    assert "kr-not-quantified" in found
    assert "kr-vague-wording" in found
    assert "kr-is-task" not in found


# -- decision 5206: two measures moved by one verb, no figure, are a compound ------------------

TWO_MEASURES_MOVED = [
    "Reduce MTTD and MTTR substantially",
    "Improve CSAT and NPS",
    "Grow bookings and margin by September",
]


@pytest.mark.parametrize("wording", TWO_MEASURES_MOVED)
def test_two_measures_moved_without_a_figure_are_a_compound(wording: str) -> None:
    found = _kr(wording)
    assert "kr-compound" in found
    assert "kr-not-quantified" in found


ONE_MEASURE_MOVED = [
    "Improve food and beverage margin",  # one name with "and" in it
    "Improve profit and loss accuracy",
    "Reduce churn and support costs",  # "support" may be a verb: left (decision 641)
]


@pytest.mark.parametrize("wording", ONE_MEASURE_MOVED)
def test_one_measure_moved_is_no_compound(wording: str) -> None:
    assert "kr-compound" not in _kr(wording)


# -- decision 5207: releases counted with no verb are work, as "Ship 4 releases" is -----------

RELEASES_COUNTED = ["5 new releases", "2 new product drops"]


@pytest.mark.parametrize("wording", RELEASES_COUNTED)
def test_releases_counted_are_work(wording: str) -> None:
    assert "kr-is-task" in _kr(wording)


RELEASES_MEASURED = [
    "90% of releases with no rollback",
    "85% of releases shipped on schedule",
    "Time between releases under 10 days",
]


@pytest.mark.parametrize("wording", RELEASES_MEASURED)
def test_releases_measured_are_results(wording: str) -> None:
    found = _kr(wording)
    assert "kr-is-task" not in found
    assert "kr-activity-count" not in found


# -- decision 5208: more measures named by their initials or their unit ------------------------

NAMED_MEASURES = ["Grow ARPA", "Increase episode listens", "Increase volunteer hours"]


@pytest.mark.parametrize("wording", NAMED_MEASURES)
def test_named_measures_moved_are_metric_objectives(wording: str) -> None:
    assert "objective-is-metric" in _objective(wording)

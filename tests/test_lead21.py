"""Decisions 1726- (lead21): faults the lead met in drafts of its own, each tested here in
another wording than the draft's."""

from __future__ import annotations

import json
from functools import partial

import pytest

from coach.config import Config
from coach.render import render_markdown, render_text
from coach.review import review

_review = partial(review, config=Config(semantic=False))

# -- decision 1726: a failed check whose finding is said once on another item points to it

_YEAR_EN = (
    "Team OKRs 2028\n\nObjective: Make our volunteers proud to come back\n"
    "- Volunteers who return for a second shift from 40% to 65%\n"
    "- Volunteer satisfaction from 3.9 to 4.5 out of 5\n"
)
_YEAR_ZH = "2028年部门OKR\n\n目标：让志愿者愿意一次次回来\n- 二次报名的志愿者从40%提升到65%\n- 志愿者满意度从3.9分提升到4.5分\n"


def _deadline_check(kr):
    return next(c for c in kr.checks if c.rule_id == "kr-no-deadline")


def test_a_key_result_check_said_on_the_objective_points_there() -> None:
    for text in (_YEAR_EN, _YEAR_ZH):
        r = _review(text)
        o = r.objectives[0]
        assert "objective-no-timeframe" in [c.rule_id for c in o.checks if c.status == "fail"]
        for kr in o.key_results:
            check = _deadline_check(kr)
            assert check.status == "fail"
            assert check.said_on == "o1"
            # no finding of its own on the key result: the objective's says it
            assert not [f for f in r.findings if f.target == kr.id and f.rule_id == check.rule_id]


def test_the_pointer_is_shown_in_text_markdown_and_json() -> None:
    r = _review(_YEAR_EN)
    text = render_text(r, _YEAR_EN)
    assert text.count("kr-no-deadline  [said on O1]") == 2
    assert "(said on O1)" in render_markdown(r, _YEAR_EN)
    zh = _review(_YEAR_ZH)
    assert render_text(zh, _YEAR_ZH).count("[见 O1]") == 2
    data = json.loads(r.model_dump_json(exclude_none=True))
    kr_checks = data["objectives"][0]["key_results"][0]["checks"]
    assert {c["rule_id"]: c.get("said_on") for c in kr_checks}["kr-no-deadline"] == "o1"


def test_checks_with_their_own_finding_or_passing_carry_no_pointer() -> None:
    text = "Objective: Make our volunteers proud to come back\n- Run 4 volunteer socials\n- Volunteer satisfaction from 3.9 to 4.5 out of 5\n"
    r = _review(text)
    for o in r.objectives:
        for item in (o, *o.key_results):
            assert all(c.said_on is None for c in item.checks)
    # each key result says its own missing deadline
    assert len([f for f in r.findings if f.rule_id == "kr-no-deadline"]) == 2


# -- decision 1728: a rewrite of the wording keeps the note of where the measure stands now


def _suggestion_texts(text: str, rule: str) -> list[str]:
    rv = review(text, select=[rule], config=Config(semantic=False, use_model=False))
    return [s.text for f in rv.findings for s in f.suggestions]


def test_a_rewrite_that_leads_with_the_date_keeps_the_current_note() -> None:
    text = "Objective: Make support feel instant\nKR: Tickets answered within 4 hours of arrival (now ~9)"
    (rewrite,) = _suggestion_texts(text, "kr-no-deadline")
    assert rewrite.startswith("By [date], tickets answered within 4 hours")
    assert rewrite.endswith("(now ~9)")


def test_a_score_after_the_note_still_goes_with_the_old_wording() -> None:
    text = (
        "Objective: Make support feel instant\nKR: Tickets answered within 4 hours of arrival — 0.4"
    )
    rv = review(text, select=["kr-no-deadline"], config=Config(semantic=False, use_model=False))
    (s,) = [s for f in rv.findings for s in f.suggestions]
    assert "0.4" not in s.text


# -- decision 1729: "get into" a habit, a routine or shape is no competitive place won


def _objective_fails(objective: str, rule: str) -> bool:
    text = f"Objective: {objective}\n- Savings from $2k to $6k by June\n- Credit score from 640 to 700 by June"
    rv = _review(text)
    return rule in [c.rule_id for c in rv.objectives[0].checks if c.status == "fail"]


@pytest.mark.parametrize(
    "objective",
    [
        "Get into a routine of monthly budgeting",
        "Get into the habit of cooking at home",
        "Get into shape",
    ],
)
def test_getting_into_a_habit_is_flat(objective: str) -> None:
    assert _objective_fails(objective, "objective-not-inspiring")


@pytest.mark.parametrize(
    "objective", ["Get into a top-10 MBA program", "Get onto the regional chess team"]
)
def test_getting_into_a_place_won_inspires(objective: str) -> None:
    assert not _objective_fails(objective, "objective-not-inspiring")


# -- decision 1730: sessions of the people served are their use, not the team's sessions


def _kr_fails(kr: str, rule: str) -> bool:
    text = f"Objective: Make our guide the first stop for local hikers\n- {kr}\n- Newsletter readers from 2k to 5k by June"
    rv = _review(text)
    return rule in [c.rule_id for c in rv.objectives[0].key_results[0].checks if c.status == "fail"]


@pytest.mark.parametrize(
    "kr", ["Website sessions from 12k to 30k a month", "App sessions from 5k to 11k per week"]
)
def test_sessions_of_the_people_served_are_a_result(kr: str) -> None:
    assert not _kr_fails(kr, "kr-activity-count")


@pytest.mark.parametrize(
    "kr", ["Coaching sessions from 2 to 4 per month", "Customer visits from 10 to 20 a month"]
)
def test_sessions_the_team_runs_stay_efforts(kr: str) -> None:
    assert _kr_fails(kr, "kr-activity-count")


# -- decision 1731: "twice" after work is how often it is done, not a multiple reached


def _result_fails(kr: str) -> bool:
    return _kr_fails(kr, "kr-is-task") or _kr_fails(kr, "kr-activity-count")


@pytest.mark.parametrize("kr", ["Interview our top partners twice", "Audit the pantry stock twice"])
def test_work_done_twice_is_no_result(kr: str) -> None:
    assert _result_fails(kr)


@pytest.mark.parametrize(
    "kr", ["Twice as many hikers finish the trail guide", "Grow weekly newsletter sign-ups twice"]
)
def test_a_multiple_or_the_served_people_doing_it_keeps_its_reading(kr: str) -> None:
    assert not _result_fails(kr)

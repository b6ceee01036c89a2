"""Leftovers of the thirteenth round (docs/principles.md decisions 975-989; late13).

Every sentence here is written for this file: none comes from the corpus or a blind read.
"""

from __future__ import annotations

from coach import review
from coach.config import Config
from coach.types import Review


def _run(text: str, *rules: str) -> Review:
    return review(text, select=list(rules), config=Config(semantic=False, use_model=False))


def _rules(result: Review, target: str) -> set[str]:
    return {f.rule_id for f in result.findings if f.target == target}


def _rewrites(result: Review, target: str) -> list[str]:
    return [
        s.text
        for f in result.findings
        if f.target == target
        for s in f.suggestions
        if s.kind == "rewrite"
    ]


# decision 975: a trade written before its practitioner in a title's bracket names the set's owner
def test_title_bracket_trade_then_person_is_the_owner() -> None:
    text = "Studio OKRs - Q2 2027 （室内设计师 周岚）\nObjective: Clients love walking into their new rooms\nKR1: Referral rate from 10% to 25% by June 30\n"
    result = _run(text, "kr-no-owner")
    assert result.owner is not None and result.owner.name == "室内设计师 周岚"
    assert "kr-no-owner" not in _rules(result, "o1.kr1")


def test_a_plan_glued_to_a_trade_is_no_owner() -> None:
    text = "2027 OKR（活动策划方案）\nObjective: Guests remember our events\nKR1: Repeat bookings from 10% to 25% by June 30\n"
    result = _run(text, "kr-no-owner")
    assert result.owner is None or not result.owner.name


# decision 976: a kitchen's or a shop's trades are staff: onboarding them is onboarding, not hiring
def test_onboarding_a_count_of_a_trade_gets_the_onboarding_question() -> None:
    text = "Objective: Our food truck serves the lunch rush without a wait\nKR1: Onboard 4 baristas by May 1\n"
    result = _run(text, "kr-is-task")
    texts = [s.text for f in result.findings if f.target == "o1.kr1" for s in f.suggestions]
    assert any("how soon new people do the work" in t for t in texts)


# decision 977: an active-user acronym with a qualifier before it is a measure
def test_a_qualified_active_user_acronym_as_the_objective_is_a_metric() -> None:
    text = "Objective: Increase PMAU\nKR1: Paid seats from 900 to 1,400 by June 30 (owner: Ana)\n"
    assert "objective-is-metric" in _rules(_run(text, "objective-is-metric"), "o1")


# decision 978: words between "late" and the events it qualifies do not hide the bad event
def test_late_with_words_before_its_events_is_a_bad_event() -> None:
    text = "Objective: Our clinic runs on time\nKR1: Reduce late lab sample arrivals by 30% by June 30 (owner: Ana)\n"
    assert "kr-negative-phrasing" in _rules(_run(text, "kr-negative-phrasing"), "o1.kr1")


def test_late_before_what_is_good_late_is_no_bad_event() -> None:
    text = "Objective: Our library serves night-shift workers\nKR1: Grow late openings from 2 to 5 a week by June 30 (owner: Ana)\n"
    assert "kr-negative-phrasing" not in _rules(_run(text, "kr-negative-phrasing"), "o1.kr1")


# decision 979: "not" right before the bad event states its absence, in any word order
def test_not_right_before_the_bad_event_is_negative_phrasing() -> None:
    for kr in (
        "Renters are not blocked from paying online by June 30",
        "Renters not blocked from paying online by June 30",
        "None of our renters is blocked from paying online by June 30",
    ):
        text = f"Objective: Renting with us is painless\nKR1: {kr} (owner: Ana)\n"
        assert "kr-negative-phrasing" in _rules(_run(text, "kr-negative-phrasing"), "o1.kr1"), kr


def test_not_only_is_no_absence() -> None:
    text = "Objective: Renting with us is painless\nKR1: Ship 3 portal features, not only bug fixes, by June 30 (owner: Ana)\n"
    assert "kr-negative-phrasing" not in _rules(_run(text, "kr-negative-phrasing"), "o1.kr1")


# decision 980: "Halve <measure>" is a relative fall: its complement rises from a baseline to a target
def test_halving_a_measure_with_a_complement_gets_the_from_to_skeleton() -> None:
    text = "Objective: Members keep coming back\nKR1: Halve member churn in the city gyms by June 30 (owner: Ana)\n"
    result = _run(text, "kr-negative-phrasing")
    texts = _rewrites(result, "o1.kr1")
    assert any(t.startswith("Raise member retention from [baseline] to [target]") for t in texts), (
        texts
    )


# decision 981: the verb of the fall is no qualifier of the bad events it asks about
def test_the_fall_verb_is_not_quoted_as_part_of_the_bad_events() -> None:
    text = "Objective: Diners leave happy\nKR1: Halve table complaints by June 30 (owner: Ana)\n"
    result = _run(text, "kr-negative-phrasing")
    texts = [s.text for f in result.findings if f.target == "o1.kr1" for s in f.suggestions]
    assert texts and all("Halve" not in t for t in texts), texts


# decision 982: a ceiling said with "not"/"no" turns into the floor with the complement
def test_a_negated_ceiling_turns_with_the_complement() -> None:
    text = "Objective: Diners leave happy\nKR1: Keep order error rate not above 4% through Q3 (owner: Ana)\n"
    result = _run(text, "kr-negative-phrasing")
    texts = _rewrites(result, "o1.kr1")
    assert texts and "not below 96%" in texts[0] and "above" not in texts[0], texts


# decision 983: the positive verb after its measure is a participle
def test_the_positive_verb_after_the_measure_is_a_participle() -> None:
    text = (
        "Objective: Diners leave happy\nKR1: Order error rate cut to 4% by June 30 (owner: Ana)\n"
    )
    result = _run(text, "kr-negative-phrasing")
    texts = _rewrites(result, "o1.kr1")
    assert texts and "raised to 96%" in texts[0] and "raise to" not in texts[0], texts


# decision 984: "<measure> halved" gets the skeleton too, its verb a participle
def test_a_measure_halved_gets_the_from_to_skeleton() -> None:
    text = "Objective: Members keep coming back\nKR1: Member churn halved by June 30 (owner: Ana)\n"
    texts = _rewrites(_run(text, "kr-negative-phrasing"), "o1.kr1")
    assert any(
        t.startswith("Member retention raised from [baseline] to [target]") for t in texts
    ), texts

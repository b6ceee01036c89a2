"""The lead's fixes of the sixteenth round (decisions 1179-): leftovers of round 15.

Each case is written in a wording other than the draft that showed the fault, so that the shape
is tested, not the sentence."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review

NO_MODEL = Config(semantic=False)


def _review(text: str):
    return review(text, config=NO_MODEL)


def _fails(item) -> set[str]:
    return {c.rule_id for c in item.checks if c.status == "fail"}


# -- decision 1179: an owner beside a whole-year horizon in one bracket


@pytest.mark.parametrize(
    ("bracket", "owner"),
    [
        ("（全年，HR 陈静）", "HR 陈静"),
        ("（全年，质量部 何蕾）", "质量部 何蕾"),
        ("（2027年，财务 赵宁）", "财务 赵宁"),
        ("(FY2027, Tomás)", "Tomás"),
        ("(for 2027, Hana Sato)", "Hana Sato"),
    ],
)
def test_owner_beside_a_horizon(bracket: str, owner: str) -> None:
    rv = _review(
        f"目标：让门店顾客愿意再来（2027年Q1）\n关键结果1：会员复购率从22%提升到30%{bracket}\n"
    )
    (kr,) = rv.objectives[0].key_results
    assert kr.owner == owner
    assert "kr-no-owner" not in _fails(kr)


@pytest.mark.parametrize(
    "bracket", ["（全年，预算50万）", "(2027, all regions)", "（全年，线上线下）"]
)
def test_a_horizon_beside_other_words_names_no_owner(bracket: str) -> None:
    rv = _review(
        f"目标：让门店顾客愿意再来（2027年Q1）\n关键结果1：会员复购率从22%提升到30%{bracket}\n"
    )
    (kr,) = rv.objectives[0].key_results
    assert kr.owner is None
    assert "kr-no-owner" in _fails(kr)


def test_a_horizon_beside_an_owner_is_still_no_deadline() -> None:
    rv = _review(
        "Objective: Make every branch a place people come back to\nKR1: Repeat visits from 22% to 30% (FY2027, Tomás)\n"
    )
    (kr,) = rv.objectives[0].key_results
    assert kr.owner == "Tomás"
    assert "kr-no-deadline" in _fails(kr)

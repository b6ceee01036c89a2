"""left46 (round 46, issue 8): one language flags it, the other does not — a repeat-call rate cut
(6810). Wordings written for these tests."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review

_CFG = Config(use_model=False, semantic=False)
_NEG = "kr-negative-phrasing"
_TASK = "kr-is-task"

_HEAD = {
    True: "Objective: Delight every customer in Q2 2027\nKR1: ",
    False: "目标：2027年Q2让每位顾客都满意\n关键结果1：",
}


def _review(kr: str):
    return review(_HEAD[kr.isascii()] + kr + "\n", config=_CFG)


def _checks(kr: str) -> dict[str, str]:
    """Each principle's verdict on a key result alone under a dated objective."""
    (only,) = [k for o in _review(kr).objectives for k in o.key_results]
    return {c.rule_id: c.status for c in only.checks}


def _suggestions(kr: str, rule: str = _NEG) -> list[str]:
    return [s.text for f in _review(kr).findings if f.rule_id == rule for s in f.suggestions]


# -- decision 6810: a repeat-call rate is a repeat-contact rate --------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Cut the repeat call rate from 18% to 8%",
        "Repeat call rate below 8% by June",
        "Lower the repeat call rate from 22% to 12%",
        "Bring the repeat call rate down from 15% to 7%",
        "Repeat call rate under 6%",
        "Reduce the repeat caller rate from 15% to 6%",
        "Repeat callers down from 400 to 150 a month",
        "Halve the repeat call rate from 20% to 10%",
        "Repeat inquiry rate from 18% to 8%",
        "Cut the repeat enquiry rate from 14% to 6%",
        "Lower the repeat ticket rate from 12% to 5%",
        "Billing repeat call rate from 16% to 9%",
        "重复来电率从18%降到8%",
        "重复咨询率由18%下降到8%",
        "二次来电率由12%降至5%",
    ],
)
def test_6810_repeat_call_rate_cut_is_negative(kr: str) -> None:
    assert _checks(kr)[_NEG] == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "Cut the repeat call rate from 18% to 8%",
        "Lower the repeat call rate from 22% to 12%",
        "Reduce the repeat caller rate from 15% to 6%",
        "Billing repeat call rate from 16% to 9%",
    ],
)
def test_6810_repeat_call_rate_names_first_contact_resolution(kr: str) -> None:
    # as 重复咨询率 gets 一次解决率 with placeholders (decisions 651, 1278, 6783): not 100 − x
    (text,) = _suggestions(kr)
    assert text.startswith("Raise first-contact resolution rate from [baseline] to [target]")


@pytest.mark.parametrize(
    "kr",
    [
        "Raise repeat purchase rate from 20% to 30%",
        "Repeat customer rate from 20% to 35%",
        "Raise first-contact resolution from 80% to 90%",
        "Grow the repeat booking rate from 30% to 45%",
        "Call rate to dormant accounts from 20% to 40%",
        "Repeat order rate from 25% to 40%",
        "Answer rate from 85% to 95%",
        "Repeat visit rate to the museum from 10% to 18%",
        "重复购买率从20%提升到30%",
        "一次解决率从80%提升到90%",
        "复购率从25%提升到35%",
        "接通率从85%提升到95%",
    ],
)
def test_6810_neighbours_stay_positive(kr: str) -> None:
    assert _checks(kr)[_NEG] == "pass"

"""Round 40 (issue 8), helper fold40: one reader of a share kept current on what it must hold
(decisions 5756 and 5863 read once: 5920) and "lifting" naming a kind of work, no rise (5921).

Every wording here was written for this file. Lines marked "guard" are near neighbours that must
not change; the others were read otherwise before their decision.
"""

from __future__ import annotations

import pytest
from test_lead40 import _fails  # the lead's merge check of the same shape (decision 5756's guard)

from coach import review

_DRAFT = "Objective: Keep every marina berth ready for the summer season\n- KR1: {text}\n"
_BAU = "kr-business-as-usual"


def _bau_phrase(text: str) -> str | None:
    r = review(_DRAFT.format(text=text))
    found = [f for f in r.findings if f.rule_id == _BAU]
    return found[0].message.split("”")[0].lstrip("“") if found else None


@pytest.mark.parametrize(
    ("text", "routine"),
    [
        # 5921: "lifting" before a course or a ticket is what is held, no rise
        ("96% of stewards up to date on their lifting course", True),
        ("100% of dock hands up to date on their lifting ticket", True),
        # 5920: a share below 100% kept current after a verb of keeping is read as without it
        ("Keep 94% of deckhands current on sea survival certificates", True),
        ("Ensure 97% of skippers are current on their radio licence", True),
        # 5920: something new held is a change taken up, whatever verb leads it
        ("Ensure every skipper is current on the new radio licence", False),
        ("Keep all 6 yards up to date on the revised mooring plan", False),
        # guard: the same read before ("safe lifting" already held), or new, or raised
        ("All riggers in date with safe lifting training", True),
        ("All stewards up to date on the revised lifting course", False),
        ("Lift berth renewals by 12%", False),
        ("Increase lifting course completion from 55% to 85%", False),
        ("Share of deckhands current on certificates from 70% to 100%", False),
    ],
)
def test_share_kept_current(text: str, routine: bool) -> None:
    assert (_BAU in _fails(text)) is routine, text


def test_lift_still_rises() -> None:
    # guard: "Lift" as the verb keeps asking for a baseline; "lifting injuries" cut still cuts
    assert "kr-no-baseline" in _fails("Lift berth renewals by 12%")
    assert "kr-no-baseline" in _fails("Cut lifting injuries by 25%")


def test_licensed_share_read_once() -> None:
    # 5922: 持证上岗率100% is read by 5681's 持证上岗 alone, which quotes who holds the licence
    r = review(
        "O1：让码头每个泊位都安全可靠（负责人：孟涛，2027年Q3）\nKR1：焊工持证上岗率保持在100%\n"
    )
    (found,) = [f for f in r.findings if f.rule_id == _BAU]
    assert found.message.startswith("“焊工持证上岗率保持在100%”"), found.message
    # guard: raised from a start stays a change
    r = review(
        "O1：让码头每个泊位都安全可靠（负责人：孟涛，2027年Q3）\nKR1：焊工持证上岗率从85%提升到100%\n"
    )
    assert not [f for f in r.findings if f.rule_id == _BAU]


def test_phrase_is_the_share_kept() -> None:
    # 5920: after a verb of keeping the finding quotes the share, as bau40's reader did
    assert _bau_phrase("Keep 100% of deckhands current on sea survival certificates") == (
        "100% of deckhands current on sea survival certificates"
    )

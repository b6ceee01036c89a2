"""Helper en40, fortieth round of issue 8: English accuracy, decisions 5748-5769 in
docs/principles.md — shapes that last round's outsiders' English drafts and the studied halves of
real sets still missed, fixed by their shape: a multiple of the team's own amount with no base,
"&" inside a place or a firm's name, an effort named as the topic of a complaint, a skill got
better at, ...

Each wording below was written for this file; no sentence of an outsider's draft or of a
published set is used, and none of the lead's own examples either (other nouns, numbers and
orders of the same shapes). Rows under a "guards" comment passed on the base (88da2bb8) too: they
are the near neighbours that must not change; every other row fails there.
"""

from __future__ import annotations

import pytest

from tests.test_retire32 import _fails

_OBJECTIVE = "Objective: Make the harbour café the first stop of every walker (owner: Ana) in Q3\n"

_CODES = {
    "T": "kr-is-task",
    "A": "kr-activity-count",
    "Q": "kr-not-quantified",
    "B": "kr-business-as-usual",
    "N": "kr-negative-phrasing",
    "C": "kr-compound",
    "V": "kr-vague-wording",
    "L": "kr-no-baseline",
}


def _kr_fails(wording: str) -> list[str]:
    """The failing checks of one key result under a dated, owned objective."""
    return _fails(f"{_OBJECTIVE}- KR1: {wording}\n")[1]


# One case a line: the checks that must fail, the checks that must not ("-": none), the wording.
_TABLE = """
# -- decision 5748: a multiple of the team's own amount, its base unsaid
L    -    Handle 2x the volume with the same team
L    -    Support 3x transaction volume without adding staff
L    -    Process twice the claims with the same headcount
L    -    See three times the patients at the walk-in clinic on Saturdays
L    -    Ship 2x the parcels per driver per day
L    -    Carry 4x the freight on the Leeds route
L    -    Answer twice as many calls with the current staff
L    -    Grow to 3x our current donor base
L    -    Serve 2.5x the lunches at the school canteen
L    -    Scale the API to 5x current traffic
L    -    Take on 3x the caseload per social worker without overtime
L    -    Run 2x the jobs per night on the same cluster
# guards: a start given, a ratio reached, another's level, a count of times
-    L    Grow bookings 3x from 200 to 600 a month
-    L    Achieve 3x ROAS on paid social
-    L    Keep pipeline coverage at 3.5x for Q4
-    L    Reach 2x the industry average conversion rate
-    L    Hit twice the target set by head office
-    L    Call each lapsed donor twice before June
-    L    Test fire alarms twice a month
-    L    Double donations from 40k to 80k
-    L    Process 300 claims a week, twice the 150 of last year
# -- decision 5749: "&" inside a place's or a firm's name joins no two measures
-    C    Open 2 new kiosks at Market & 3rd by August
-    C    Resurface 1.2 km of Pine & 12th by October
-    C    Install 6 bike racks on Elm & 2nd before winter
# guards: names that did not cut before, and two measures joined by "&"
-    C    Cut the wait at the Oak & 9th clinic from 40 to 20 minutes
-    C    Grow shelf space at Marks & Spencer stores from 4 to 10 bays
-    C    Sign a supply deal with Crane & Sons for 500 units a month
-    C    Raise footfall at the Bridge & Mill café from 300 to 450 a day
-    C    Grow repeat orders from Baker & Daughters from 10 to 20 a month
C    -    Grow revenue from 20k to 30k & margin from 10% to 14%
C    -    Lift NPS from 30 to 45 & cut refund time from 5 to 2 days
C    -    Drive 1,500 installs & 400 paying subscribers by June
# ... and a name with "&" inside a line that does hold two measures
C    -    Raise sales at Market & 3rd by 10% & cut waste by 20%
# -- decision 5750: an effort named as what complaints are about is no effort counted
N    A    Reduce patient complaints about check-in by 25%
N    A    Halve complaints about the follow-up calls
# guards: the same topic shape already read; efforts counted
N    A    Cut parent complaints about pick-up from 30 to 10 a term
N    A    Reduce tenant complaints about the repair visits by 40%
-    A    Cut questions about the sign-up steps by 30%
-    A    Cut queries regarding the onboarding sessions by 35%
A    -    Increase outbound calls by 25%
A    -    Double the number of blog posts about our menu
A    -    Increase the number of webinars to 6 per quarter
# -- decision 5751: a skill got better at is vague and unquantified, no effort counted
QV   A    Get better at code reviews
QV   A    Get better at sales demos
QV   A    Become better at giving presentations
QV   A    Get better at job interviews as the interviewer
QV   A    Get better at parent meetings
# guards
QV   A    Get much better at running stand-ups
QV   A    Get better at site inspections
A    -    Run 12 code reviews a week
A    -    Give 6 better sales demos
"""


def _codes(column: str) -> tuple[str, ...]:
    return () if column == "-" else tuple(_CODES[c] for c in column)


def _row(line: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    return line[10:], _codes(line[:5].strip()), _codes(line[5:10].strip())


ROWS = [_row(line) for line in _TABLE.strip().splitlines() if not line.startswith("#")]


@pytest.mark.parametrize(("wording", "fail", "hold"), ROWS)
def test_en40_row(wording: str, fail: tuple[str, ...], hold: tuple[str, ...]) -> None:
    got = _kr_fails(wording)
    assert [c for c in fail if c not in got] == []
    assert [c for c in hold if c in got] == []

"""Helper en40, fortieth round of issue 8: English accuracy, decisions 5748-5759 in
docs/principles.md — shapes that last round's outsiders' English drafts and the studied halves of
real sets still missed, fixed by their shape: a multiple of the team's own amount with no base,
"&" inside a place or a firm's name, an effort named as the topic of a complaint, a skill got
better at, the whole of some things checked by a date, "do" before a routine, work done per its
schedule, a share kept current, an effort and a result joined by "and", things discarded and rates
of failing or leaving (days off taken stay rest: decision 5754 records the no-change).

Each wording below was written for this file; no sentence of an outsider's draft or of a
published set is used, and none of the lead's own examples either (other nouns, numbers and
orders of the same shapes). Rows under a "guards" comment passed on the base (88da2bb8) too: they
are the near neighbours that must not change; every other row fails there.
"""

from __future__ import annotations

import pytest

from tests.test_en39 import _CODES as _EN39_CODES
from tests.test_en39 import _kr_fails

_CODES = {**_EN39_CODES, "L": "kr-no-baseline"}


# One case a line: the checks that must fail, the checks that must not ("-": none), the wording.
_TABLE = """
# -- decision 5748: a multiple of the team's own amount, its base unsaid
L    -    Absorb 2x the bookings with the same front desk
L    -    Carry 3x payment volume on the current servers
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
-    C    Plant 30 street trees along Pine & 12th by October
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
N    A    Reduce member complaints about the check-in by 20%
N    A    Halve tenant complaints about check-ins
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
QV   A    Get better at pull-request reviews for the mobile team
QV   A    Get better at sales demos
QV   A    Become better at giving presentations
QV   A    Get better at job interviews as the interviewer
QV   A    Get better at parent meetings
# guards
QV   A    Get much better at running stand-ups
QV   A    Get better at site inspections
A    -    Run 12 code reviews a week
A    -    Give 6 better sales demos
# -- decision 5752: the whole of some things checked by a date, or through to a sign-off, is work
T    -    All supplier invoices checked and approved before month-end
T    -    All risk assessments checked and signed off before the site opens
T    -    All new starter files audited and closed before payroll
T    -    All fire doors inspected and logged before the audit
T    -    All grant claims checked and submitted by 30 June
T    -    All job descriptions updated and approved by HR before the pay review
T    -    All supplier invoices checked before month-end
T    -    All lab safety sheets verified and filed by the end of term
# guards: a bar or a cadence keeps a standard; the whole with no date; work processed
T    -    Every tenancy agreement reviewed before the spring lettings
T    -    Every cleaning contract audited and signed off before July
-    T    All orders shipped within 24 hours
-    T    All patients seen within 4 hours
-    T    Every complaint answered within 2 working days
-    T    All pull requests reviewed within one working day
-    T    All fire doors inspected monthly
-    T    All safety incidents are investigated
-    T    All December returns processed by Jan 20
-    T    95% of invoices approved within 5 days
# -- decision 5753: "do" opens no measure's name: a routine done on a cadence is effort
AB   -    do monthly cellar stock counts
AB   -    do weekly stock counts
# guards: the same routine with another noun; a measure named after a cadence
A    -    Do quarterly cash counts at each branch
AB   -    do weekly till checks
AB   -    Do weekly bank reconciliations
-    A    Weekly stock count accuracy
# -- decision 5754 (no change): days off taken stay rest, a personal outcome (decision 203)
# guards
-    TA   Take three full weeks off over the summer holidays
-    TA   Use all 25 days of leave this year
-    T    Take 2 days off the average build time
# -- decision 5755: work done to the schedule it already has is routine
B    -    Complete gully cleaning per schedule
B    -    Complete the annual boiler service per schedule
B    -    Complete the statutory lift inspections per schedule
B    -    Carry out the gas safety checks in line with the service calendar
B    -    Complete the playground equipment inspections according to the maintenance schedule
# guards: routine already read; a one-off piece of work by a date or on schedule; efforts counted
-    B    Deliver the first release of the booking app per schedule
-    B    Finish the office move as planned
B    -    Complete monthly PAT testing as scheduled
-    B    Complete the new warehouse fit-out by September
-    B    Complete 40 home visits per month
# -- decision 5756: a share kept current on what it must hold is routine upkeep, measured
B    T    100% of bus drivers current on their medicals
B    T    100% of nurses current on resuscitation training
B    -    All forklift operators in date with their refresher course
B    T    95% of volunteers up to date on safeguarding training
# guards: the share raised from a start; a thing kept current (already routine)
-    B    Share of drivers current on licences from 80% to 100%
B    -    Keep the parents' handbook up to date
# -- decision 5757: an effort counted, then "and" and a result of its own: both are read
AC   -    Hold 5 parent workshops and raise reading-log returns by 20%
AC   -    Host 10 coffee mornings and increase membership by 15%
AC   -    Run 4 supplier audits and raise on-time delivery to 95%
A    T    Host 5 cheese evenings and grow deli sales 12%
AC   -    Run 2 hackathons and raise internal tool adoption to 60%
AC   -    Send 4 donor newsletters and grow repeat gifts by 12%
AC   -    Run 2 taster weekends and lift gym sign-ups by 10%
AC   -    Deliver 5 budgeting classes and lift savings-account openings by 30%
AC   -    Run 8 ward huddles and raise hand-hygiene compliance to 95%
# guards: a purpose, a consequence and two measures; efforts and people reached
-    A    Run 3 webinars to lift trial sign-ups by 10%
-    A    Run 3 webinars, attracting 300 attendees
-    A    Lift trial sign-ups by 10% by running 3 demo days
-    A    Raise sign-ups by 10% and margin by 2 points
A    -    Hold 10 clinics and see 400 patients
A    -    Publish 6 posts and 2 videos
# -- decision 5758: things discarded, named by the verb of discarding, or "binned" after them
N    -    Throw away 30% less fruit at the farm shop each week
N    -    Throw out less bread at closing
N    -    Cut food binned at the end of service from 25 kg to 10 kg a night
N    -    Bin fewer sandwiches at the end of the day
# guards: food thrown away already read; less of a thing used
N    -    Reduce meals thrown away at the canteen from 90 to 40 a day
-    N    Use 20% less paper per order
-    N    Print fewer flyers for the summer fair
# -- decision 5759: a rate of failing or leaving, by the shape of its name
N    -    Shrink the fail-or-withdraw rate in Statistics 120 from 19% to 12%
N    -    Bring the D/F/W rate in first-year calculus from 26% to 16%
N    -    Lower the withdraw/fail rate in night classes from 18% to 11%
N    -    Bring the course drop rate in evening classes down from 22% to 12%
N    -    Cut the module withdrawal rate in first-year law from 12% to 7%
# guards: a rate with another sense; a positive rate; a failure rate already read
-    N    Keep my withdrawal rate under 4% of the pension pot
-    N    Raise the drop-in rate at the youth club from 20% to 35%
-    N    Raise the course pass rate in Year 9 maths from 82% to 90%
N    -    Cut the failure rate in Year 9 maths from 18% to 10%
"""


def _parse(line: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """A table line: the wording, the checks that must fail, the checks that must not."""
    fail, hold = (
        () if col.strip() == "-" else tuple(_CODES[c] for c in col.strip())
        for col in (line[:5], line[5:10])
    )
    return line[10:], fail, hold


ROWS = [_parse(line) for line in _TABLE.strip().splitlines() if not line.startswith("#")]


@pytest.mark.parametrize(("wording", "fail", "hold"), ROWS)
def test_en40_row(wording: str, fail: tuple[str, ...], hold: tuple[str, ...]) -> None:
    got = _kr_fails(wording)
    assert [c for c in fail if c not in got] == []
    assert [c for c in hold if c in got] == []

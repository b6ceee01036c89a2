"""Helper en42, forty-second round of issue 8: English key results, decisions 6031-6034 in
docs/principles.md — a comparative said against a reference with no figure, a feeling wished on
people about a thing, an adverb of speed as the only level of a duty, and a whole group
completing a course (lead's rulings of round 42), read by their shape.

Each wording below was written for this file; no sentence of an outsider's draft is used, and none
of the lead's own examples either (other nouns, numbers and orders of the same shapes). Rows under
a "guards" comment passed on the base (82f9bb8e) too: they are the near neighbours that must not
change; every other row fails there.
"""

from __future__ import annotations

import pytest

from tests.test_en39 import _kr_fails
from tests.test_en40 import _parse  # a table line: the wording, the checks failed and held

# One case a line: the checks that must fail, the checks that must not ("-": none), the wording.
_TABLE = """
# -- decision 6031: better than a reference, no figure: vague and unquantified, not a task
VQ   T    Grant pipeline stronger than last quarter
VQ   T    Bed-turnaround times better than last winter
VQ   T    Canteen reviews better than the other campus's
V    T    Queue at the pharmacy calmer than last winter
V    -    Lab turnaround faster than last quarter
V    -    Ward handovers smoother than before
V    -    Parcel damage lower than in 2025
V    -    Pupil attendance higher than last spring
V    -    Volunteer rota tidier than ever
# guards: comparators before a number, "rather than", a figure with the comparative
-    V    Fewer than 5 open bugs at each release
-    V    More than 200 donors giving monthly
-    VT   Lab turnaround 20% faster than last year
-    V    Focus on repeat donors rather than new ones: repeat gifts from 300 to 450
-    V    Resolve 90% of tickets better than the 24-hour SLA
# -- decision 6032: a feeling wished on people about a thing
V    T    Members happy with the booking app
V    T    Staff comfortable with the new rota system
V    -    Nurses happier with the new rota
V    -    Parents happier about the homework policy
V    -    Tenants satisfied with repairs
V    -    Volunteers confident with the new till
# guards: a measure of the feeling; training given; an event with people
-    V    Members happy with the booking app: CSAT from 70% to 85%
T    V    Drivers trained on the new routes
-    V    Tenants satisfied with repairs (survey score from 3.1 to 4.0)
# -- decision 6033: an adverb of speed, no number: vague; a duty to a whole load, no task
V    T    Handle every boiler fault call fast
V    T    Answer tenant emails promptly
V    T    Clear every spill in the aisles promptly
V    T    Process all grant claims swiftly
V    T    Acknowledge every donation quickly
V    T    Fix broken lockers quickly
V    -    Log every safeguarding concern rapidly
# guards: one thing done quickly stays a task; hiring; a level with a number
TV   -    Book the venue for the prize-giving quickly
T    -    Hire 2 night porters quickly
-    V    Answer 90% of calls within 2 minutes
-    V    Answer 95% of tenant emails promptly, within 4 hours
-    T    Respond faster to tenant repair requests
# -- decision 6034, reversed by 6430 (the lead's ruling of round 44): a whole group completing
# a course is the completion of an activity, a task
T    -    Every porter finishes the manual-handling e-learning
T    -    Everyone in the kitchen completes allergen training
T    -    All new starters complete induction in week one
T    -    Every supervisor finishes the coaching programme
T    -    All volunteers finish the food hygiene course
T    -    Every cashier completes the fraud awareness module
# guards: one's own to-do, the team delivering it, training given
T    -    Complete the GDPR e-learning
T    -    I finish the coaching programme
T    -    Complete fire safety training for all staff
T    -    Roll out the new induction module to every ward
-    T    Everyone completes the new CBT module with a score of 80% or more
# -- decision 6035: two measures, each moved by a verb of its own, no figures
C    -    Lift attendance and shorten the waiting list
C    -    Grow repeat visits and cut queue times
C    -    Raise gift aid claims and reduce admin costs
C    -    Improve first-time fix and lower callout costs
C    -    Increase reading scores and reduce exclusions
C    -    Boost footfall and cut food waste
C    -    Shorten discharge times and raise patient satisfaction
# guards: one verb for two nouns, two verbs for one object, a back reference, one verb alone
-    C    Raise retention and loyalty
-    C    Improve the speed and accuracy of billing
-    C    Find and fix the root cause of outages
-    C    Grow donations and keep them recurring
-    C    Improve onboarding for new volunteers
# -- decision 6036: two counts under one verb, one of them a result noun; accounts opened
C    -    Win 6 new clients and 3 framework agreements
C    -    Sign 70 new members and 12 sponsorship packages
C    T    Open 120 new current accounts and 35 savings bonds
-    T    Open 90 new business accounts
-    T    Open 40 new student accounts by June
# guards: two counts neither a result, one noun by kind, a thing opened, a part of the count
-    C    Hire 4 nurses and 2 porters
-    C    Close 10 enterprise deals and 30 SMB deals
T    -    Open 2 new pop-up stores
-    C    Sign 40 new clients and 3 of their subsidiaries
# -- decision 6037: a second scope of one measure, then only its starting value
-    C    Crash-free sessions at 99.8% on Android and iOS (from 99.2%)
-    C    Checkout conversion at least 3% on desktop and mobile (from 2.1%)
-    C    On-time delivery above 95% in Hull and York (from 88%)
-    C    Uptime 99.95% for web and API (from 99.6%)
# guards: a second measure with only a start; a second measure with its own figure
C    -    NPS above 50 and retention from 80%
C    -    Crash-free sessions at 99.8% on Android and 4.7 stars on iOS (from 4.3)
C    -    NPS above 50 and churn under 2% (from 3%)
# -- decision 6038: transport, pitches and pool or court time hired for the team's own events
T    -    Book the coaches for the county finals
T    -    Book extra pool sessions with the sports centre
T    -    Book the pitches for the under-12 league
T    -    Book court time for the beginners' squad
T    -    Book accommodation for the conference crew
T    -    Secure the pitch for the spring fete
# guards: business won after book/win; counted pitches won; staff coaching
-    T    Book 40 new clients a month
-    T    Book 500 room nights at the hotel
-    T    Win 4 agency pitches this quarter
-    T    Book 30 discovery sessions with prospects
"""


ROWS = [_parse(line) for line in _TABLE.strip().splitlines() if not line.startswith("#")]


@pytest.mark.parametrize(("wording", "fail", "hold"), ROWS)
def test_en42_row(wording: str, fail: tuple[str, ...], hold: tuple[str, ...]) -> None:
    got = set(_kr_fails(wording))
    missed, wrongly = set(fail) - got, set(hold) & got
    assert (missed, wrongly) == (set(), set()), wording

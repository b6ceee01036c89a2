"""Helper en46, forty-sixth round of issue 8: English misses of three fresh outsider sets by class,
decisions 6700-6711 in docs/principles.md — harm said with "get" and denied, one run's time after
"in", weeks named by their training distance, months joined in a bracket, a compound's second half
led by the first half's verb, "do something about" a topic, the same level as every cycle, the
whole work of a profession improved, a thing built that does not hang on the writer, halving with
no start, a count of the places a measure is taken on, the work picked for a platform's showcase.

Each wording below was written for this file; no sentence of an outsider's draft is used. Rows
under a "guards" comment passed on the base (d32f7e2c) too: they are the near neighbours that must
not change; every other row fails there.
"""

from __future__ import annotations

import pytest

from coach import review
from coach.facts.owner import find_owner
from tests.test_en40 import _parse  # a table line: the wording, the checks failed and held
from tests.test_en45 import test_en45_row as _row_holds
from tests.test_retire32 import _fails

# One case a line: the checks that must fail, the checks that must not ("-": none), the wording.
_TABLE = """
# -- decision 6700: harm that befalls a person, said with "get" and denied, is a bad event
N    -    Don't get injured before the autumn race
N    -    Do not get hurt in the first month of training
N    -    Never get sick in the week before finals
N    -    Players never get injured in pre-season drills
N    -    No rider gets hurt on the downhill stages
N    -    Less than 4% of climbers get injured each season
N    -    Don't get burned out before the launch
N    -    Never get fined for a late VAT return
N    -    Our shop never gets hacked this year
N    -    Don't get disqualified at the county meet
N    -    Don't get penalised for late filing again
N    -    Interns don't get burnt out over the summer
N    -    Never get sued by a supplier
# guards: a thing got, a state kept, people brought back, a word for mood
-    N    Get fit for the cup final
-    N    Get 8 hours of sleep on 6 nights a week
-    N    Stay injury-free
-    N    Don't get complacent
-    N    Get injured players back to training within 3 weeks
# -- decision 6701: one run's distance, or a race, then "in" and a clock time: a bar to beat
-    TAQN Ride 50 miles in 3:10
-    TAQN Run 10 miles in 1:25
-    TAQN Run 10 km in 0:48
-    TAQN Run 10 km in 47:30
-    TAQN Swim 1500 m in 29:00
-    TAQN Swim 400 metres in 7:45
-    TAQN Run the half marathon in 1:52
-    TAQN Run the Chicago marathon in 3:25
-    TAQN Complete the 5k parkrun in 22:40
-    TAQN Run 12 miles in 1:40
-    TAQN Run 8 miles in 1:08
-    TAQN Run the 10k in 44:50
-    TAQN Run the trail race in 2:40
-    TAQN Cycle the 60-mile sportive in 3:55
-    TAQN Run 15 km in 1:12
# guards: a cadence after it keeps the volume, a weekly distance, a time with its unit, no figure;
# times after km already read as bars
-    TAQN Row 2 km in 7:55
-    TAQN Walk 25 km in 5:15 before the charity trek
A    -    Ride 50 miles in 3:10 twice a week
A    -    Ride 50 miles a week
A    -    Run 10 miles
A    -    Run 6 miles
-    TAQ  Run 5 km in 28 minutes
-    TAQ  Cycle 100 km in 3:45 by August
# -- decision 6702: weeks named by the distance covered in them are training volume
A    -    Hit 70 km weeks for 6 of the 10 build weeks
A    -    Hit 35-mile weeks for 5 straight weeks
A    -    Put in 90 km weeks through February
A    -    Log four 55 km weeks before the taper
A    -    At least 5 weeks of 60+ km
A    -    Reach 110 km training weeks by April
A    -    Three 80 km weeks in a row before the race
A    -    String together 3 consecutive 45-mile weeks
A    -    Run two 25-mile weeks in the base block
A    -    Do 150 km cycling weeks through July
A    -    Six weeks over 40 miles before the marathon
A    -    Put in 6 weeks at 70 km before the race
A    -    Two 100-mile cycling weeks in June
A    -    Hit 50-mile weeks in March
# guards: easing off, a fleet's distance, a pace moved; a swim verb read it already
A    -    Swim 12 km weeks for the whole block
-    A    Drop to 45 km weeks in the taper
-    A    Cut back to 20-mile weeks after the race
-    A    Fleet covers 600 km days without a breakdown
-    A    Easy-run pace from 6:10/km to 5:45/km by April
# -- decision 6705: "do something about" a topic is a change wished, vague and unquantified
QV   T    Do something about stale pull requests
QV   T    Do something about the noisy pager alerts
QV   T    Do something about overdue library loans
QV   T    Do something about the queue at the salad bar
QV   T    Do something about our flaky integration tests
QV   T    Do something about Saturday no-shows
QV   T    Do something about the car park problem
QV   T    Do something about staff turnover by June
QV   T    Do something about the cluttered stockroom
QV   T    Do something about trial drop-off
QV   T    Do something about the slow month-end close
QV   T    Do more about member complaints
QV   T    Try to do something about the returns backlog
# guards: a count of work, a task with an article, a number moved, a number after the wish
A    -    Do 25 code reviews a week
T    -    Do a survey of 60 members
-    QV   Cut stale pull requests from 50 to 10
-    QV   Do something about stale pull requests: under 10 open over 30 days
# -- decision 6706: the key result's own level said to be the one of every cycle is routine
B    -    Keep gross margin at 22% (same as every quarter)
B    -    Fill rate 97% — same as the previous quarter
B    -    Book 35 weddings, same target as last year
B    -    Hit 94% on-time delivery, same as prior quarters
B    -    Keep staff turnover at 10% (same level as last year)
B    -    Repeat purchase rate 40% (same as every month)
B    -    Volunteer hours 900 a month (same as the last quarter)
B    -    Close 60 deals, same target as every quarter
B    -    Occupancy at 88% (same as previous years)
B    -    Hold NPS at 45, same level as every quarter
B    -    Win 30 new accounts (same target as last quarter)
B    -    Foster 25 dogs, same as the prior year
B    -    Ship 6 releases, same as the previous year
# guards: a change asked, "same" as part of a measure's name; "as each year", "as every term"
# read already
B    -    Sell 400 season tickets (same as each year)
B    -    Enrol 120 pupils, same as every term
B    -    Print 2,000 programmes (same as every season)
-    B    Raise gross margin from 18% to 21%
-    B    Same-day dispatch for 95% of orders
-    B    Grow members from 200 to 260 a month
# -- decision 6709: halve / halved (减半, 砍半) is a relative change, its start unsaid
L    -    Halve cost per order
L    -    Cost per order halved by June
L    -    Wait time at the front desk halved
L    -    Halve supplier lead time
L    -    Refund requests halved vs last year
L    -    Keep NPS above 50 and refund requests halved
L    -    Hit 95% on-time delivery and damaged parcels halved
L    -    Keep uptime at 99.9% and page load time halved
L    -    Reach 2,000 members and referrals doubled
L    -    Sign 10 new clinics and no-shows halved by June
L    -    Onboarding time halved for new tenants
L    -    投诉减半
L    -    客诉量砍半
# guards: a level or a from-to after it; "in half" and "double" read already
-    L    Halve churn to 2%
-    L    Halve churn from 4% to 2%
-    L    Halve the backlog from 400 to 200
L    -    Cut churn in half
L    -    Double repeat orders
# -- decision 6710: a count of the places a measure is taken on is no target; the change is
L    -    Ridership on the 5 core routes up 10%
L    -    Sales in the 3 flagship stores up 15%
L    -    On-time rate on the 12 rural routes up 5 points
L    -    Repeat visits across the 5 clinics up 12%
L    -    Bookings at the 2 seaside hotels up 8% by August
L    -    Attendance at all the 6 branch libraries up 10%
L    -    Average basket in the 4 outlet stores up £3
L    -    Complaints in the 3 call centres down 30%
L    -    Enquiries at the 2 town-centre offices up 25%
L    -    Lunch covers in the 3 canteens up 20% by July
L    -    Donations across the 4 charity shops up 18%
L    -    Ridership on the 5 core routes up 10% and fare evasion below 3%
# guards: a start given; a count that is the target; the scope after the change
-    L    Revenue in the 3 flagship stores from £1.2M to £1.5M
-    L    Sign 12 clinics in the 3 regions
L    -    Ridership up 10% on 4 core routes
L    -    Footfall in our 2 city branches up 20%
"""


ROWS = [_parse(line) for line in _TABLE.strip().splitlines() if not line.startswith("#")]


@pytest.mark.parametrize(("wording", "fail", "hold"), ROWS)
def test_en46_row(wording: str, fail: tuple[str, ...], hold: tuple[str, ...]) -> None:
    _row_holds(wording, fail, hold)  # en45's check: every check in fail fails, none in hold


# -- decision 6703: months joined by a slash, a comma, "&" or "+" in a bracket name no owner ------

MONTHS_JOINED = [
    "NPS to 50 (Jun/Jul)",
    "NPS to 50 (Jun/Aug)",
    "NPS to 50 (Jun / Sept)",
    "NPS to 50 (Jun, Jul)",
    "Long runs every Sunday (Jun/Jul)",
    "Hill repeats on Tuesdays (Jun, Aug)",
    "Pop-up stall at the market (Jun/Sep)",
    "Garden tours for 200 visitors (Jun/Jul)",
    "Beach cleans every weekend (Jun, Jul)",
    "Evening tours (Jul/Jun)",
    "Outdoor cinema nights (Jun / Jul)",
    "Ice cream van pitches (Jun, Sep)",
    # unchanged: read as months already
    "NPS to 50 (May, Jun, Jul)",
    "NPS to 50 (Jun + Jul)",
    "Sea swims at dawn (Jun/Jul/Aug)",
    "Holiday club sign-ups 80 (Jul/Aug)",
]
# guards: a person called Jun beside a person, a function, a period; the person alone
JUN_THE_PERSON = [
    ("NPS to 50 (Ana/Jun)", "Ana/Jun"),
    ("NPS to 50 (Sales: Jun)", "Jun"),
    ("NPS to 50 (Jun, Q3)", "Jun"),
    ("NPS to 50 (Jun)", "Jun"),
    ("NPS to 50 (Jun Park)", "Jun Park"),
]


@pytest.mark.parametrize("kr", MONTHS_JOINED)
def test_6703_months_joined_name_nobody(kr: str) -> None:
    assert find_owner(kr) is None, kr


@pytest.mark.parametrize(("kr", "owner"), JUN_THE_PERSON)
def test_6703_guards(kr: str, owner: str) -> None:
    found = find_owner(kr)
    assert found is not None and found[0] == owner, kr


def test_6703_months_in_a_title_own_no_key_result() -> None:
    text = (
        "Summer block (Jun/Jul)\n\nObjective 1 – Make the club the friendliest in the valley\n"
        "  KR1 – Members who renew from 60% to 75%\n"
    )
    assert "kr-no-owner" in _fails(text)[1]


# -- decision 6704: a compound's second half takes the first half's verb and what it works on ----

_SPLIT = [
    (
        "Run the full rehearsal in 12 minutes with no more than 1 restart",
        "Run the full rehearsal with no more than 1 restart",
    ),
    (
        "Give the keynote in 20 minutes with fewer than 3 filler pauses",
        "Give the keynote with fewer than 3 filler pauses",
    ),
    (
        "Pack the weekly orders in under 4 hours with no more than 2 mistakes",
        "Pack the weekly orders with no more than 2 mistakes",
    ),
    (
        "Finish the mock exam in 90 minutes with at least 80% correct",
        "Finish the mock exam with at least 80% correct",
    ),
    (
        "Recite the poem in 2 minutes with no more than 1 prompt",
        "Recite the poem with no more than 1 prompt",
    ),
    (
        "Swim the 400 m in under 8 minutes with fewer than 2 stops",
        "Swim the 400 m with fewer than 2 stops",
    ),
    (
        "Cook the tasting menu in 3 hours with under 5% food waste",
        "Cook the tasting menu with under 5% food waste",
    ),
    (
        "Deliver the sales pitch in 10 minutes with at most 2 skipped slides",
        "Deliver the sales pitch with at most 2 skipped slides",
    ),
    (
        "Type the test passage in 5 minutes with under 3 typos",
        "Type the test passage with under 3 typos",
    ),
    (
        "Set up the stage in 40 minutes with under 2 missing cables",
        "Set up the stage with under 2 missing cables",
    ),
    (
        "Solve the puzzle set in 30 minutes with fewer than 4 hints",
        "Solve the puzzle set with fewer than 4 hints",
    ),
    (
        "Play the Chopin nocturne in 6 minutes with no more than 2 slips",
        "Play the Chopin nocturne with no more than 2 slips",
    ),
    # unchanged: the first half's own "with"/"at" (decision 6561), a measure of its own
    (
        "Play the first movement at 100 bpm with no more than 2 mistakes",
        "Play the first movement with no more than 2 mistakes",
    ),
    ("Grow accounts from 35 to 45 with CSAT at least 4.5", "CSAT at least 4.5"),
    ("NPS from 30 to 50 and churn below 3%", "churn below 3%"),
]


def _second_half(kr: str) -> str:
    text = f"Objective: Make the hall the town's favourite stage (owner: Ana) in Q3\n- KR1: {kr}\n"
    (hit,) = [f for f in review(text).findings if f.rule_id == "kr-compound"]
    return hit.message.split("“", 1)[1].split("”", 1)[0]


@pytest.mark.parametrize(("kr", "second"), _SPLIT)
def test_6704_second_half_keeps_the_verb(kr: str, second: str) -> None:
    assert _second_half(kr) == second


# -- objectives --------------------------------------------------------------------------------


def _objective_fails(objective: str) -> set[str]:
    return set(
        _fails(f"Objective: {objective}\n- KR1: Members who renew from 60% to 75% (Ana)\n")[0]
    )


# decision 6707: a generic verb of improvement and the whole work of a profession is vague
WHOLE_PROFESSION = [
    "Improve nursing",
    "Strengthen nursing",
    "Improve nursing care",
    "Improve policing",
    "Improve housekeeping",
    "Improve cleaning",
    "Improve coaching",
    "Enhance tutoring",
    "Strengthen midwifery",
    "Improve social work",
    "Strengthen security",
    "Improve pastoral care",
    "Improve childcare",
    "Improve maintenance",
    "Improve caregiving",
]
# guards: a named unit or process, a quality of it, a measure, an end state
PROFESSION_NAMED = [
    "Improve ward nursing",
    "Improve the nursing handover",
    "Improve cleaning quality",
    "Improve data security",
    "Make nursing the job people stay in",
]


# decision 6708: the thing built does not hang on the writer who holds it up now: an end state
NOT_ON_ME = [
    "A contributor community that doesn't depend on me",
    "A help desk that doesn't lean on me",
    "A volunteer crew that doesn't depend on me",
    "A support rota that doesn't lean on me",
    "A chess club that won't depend on its founder",
    "A newsroom that doesn't hang on me",
    "A shop that never relies on me at weekends",
    "A design system that doesn't depend on its creator",
    "A food bank that doesn't rely on the founders",
    "A kitchen brigade that doesn't lean on me every night",
    "A charity that doesn't rely on me for every grant",
    "A youth league that won't rely on its founders",
    "A podcast that doesn't depend on me every week",
    "Build a choir that doesn't depend on me",
]
# guards: already end states (one supplier, decision 5801; "me alone"), a flat verb of work
NOT_ON_ME_UNCHANGED = [
    ("A maintainer team that doesn't rely on me", False),
    ("A reading group that doesn't depend on me to run", False),
    ("A bakery that doesn't depend on one supplier", False),
    ("An open-source project that doesn't depend on me alone", False),
    ("Reduce dependence on me", True),
]


# decision 6711: the work picked for a platform's own showcase is the platform's decision
PLATFORM_PICK = [
    "Get Lanternfall featured on Steam's front page during the summer sale",
    "Get our game selected for the Next Fest spotlight",
    "Get our podcast featured on the Apple Podcasts home page",
    "Be featured on the Kickstarter front page on launch day",
    "Get the album picked for a Bandcamp daily deal",
    "Get our shop chosen for Etsy's editors' picks",
    "Get featured in the App Store's Today tab this spring",
    "Get the novel picked as a Kindle daily deal",
    "Get our course featured on the Udemy homepage",
    "Get the demo highlighted on the itch.io front page",
    "Get our tea spotlighted on the Amazon storefront",
    "Get the game featured in Steam's new and noteworthy list",
]
# guards: the team's own page, a count of outlets won, the people served choosing
PLATFORM_PICK_NOT = [
    "Feature our best customers on our homepage",
    "Get our podcast featured in 2 newsletters",
    "Make our game the one streamers pick first",
    "Build a storefront customers love",
]


# Each objective, the check it is about, and whether that check must fail.
OBJECTIVE_CASES = (
    [(o, "objective-vague", True) for o in WHOLE_PROFESSION]
    + [(o, "objective-vague", False) for o in PROFESSION_NAMED]
    + [(o, "objective-not-inspiring", False) for o in NOT_ON_ME]
    + [(o, "objective-not-inspiring", flat) for o, flat in NOT_ON_ME_UNCHANGED]
    + [(o, "objective-not-controllable", True) for o in PLATFORM_PICK]
    + [(o, "objective-not-controllable", False) for o in PLATFORM_PICK_NOT]
)


@pytest.mark.parametrize(("objective", "check", "fails"), OBJECTIVE_CASES)
def test_en46_objective(objective: str, check: str, fails: bool) -> None:
    assert (check in _objective_fails(objective)) is fails, objective

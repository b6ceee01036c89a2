"""Helper en47, forty-seventh round of issue 8: English misses of round 46's two outsider sets by
class, decisions 6820-6834 in docs/principles.md — a role after "every" addresses the readers,
country codes in a bracket, "carry out", hours of training done, a call to every one within a
limit, things poured away, people lost to rivals, calls made to people, a lead time before each
case's event, use counted per person served, lettered key result labels, people kept at it, "biz",
two measures moved with no figure, the team's own subscriptions renewed.

Each wording below was written for this file; no sentence of an outsider's draft is used. Rows
under a "guards" comment passed on the base (75bd00a1) too: they are the near neighbours that must
not change; every other row fails there.
"""

from __future__ import annotations

import pytest

from coach import review
from coach.facts.owner import heading_owner_name
from tests.test_en40 import _parse  # a table line: the wording, the checks failed and held
from tests.test_en45 import test_en45_row as _row_holds
from tests.test_retire32 import _fails

# One case a line: the checks that must fail, the checks that must not ("-": none), the wording.
_TABLE = """
# -- decision 6822: "carry out" is a verb of work, as "conduct" is
A    -    Carry out monthly generator load tests
A    -    Carry out weekly pump pressure tests
A    -    Carry out fortnightly water-quality tests
A    -    Carry out weekly emergency lighting tests
A    -    Carry out weekly legionella flushing
A    -    Carry out daily forklift pre-use tests
A    -    Carry out monthly boiler pressure tests
T    -    Carry out a full load test of both generators
T    -    Carry out a dry run of the year-end close
T    -    Carry out a trial run of the new rota
T    -    Carry out a dummy run of the new delivery route
# guards: counted efforts, a dated piece of work, a measure after the work, nouns of work
A    -    Carry out quarterly evacuation rehearsals
T    -    Carry out a complete audit of the spare-parts store
T    -    Carry out a condition survey of all three depots
A    -    Carry out 3 process-improvement initiatives
A    -    Carry out 12 fire drills
T    -    Carry out a security audit of the payroll system
T    -    Carry out the stock take by June
-    T    Repairs carried out within 48 hours for 95% of faults
# -- decision 6823: hours of training or study done or given are effort, as 完成30小时培训 is
A    -    Each clinician completes 20 hours of CPD
A    -    Every nurse completes 12 hours of training
A    -    Complete 20 hours of CPD
A    -    All staff complete 8 hours of safety training
A    -    Complete 30 hours of professional development by June
A    -    Each teacher completes 15 hours of continuing education
A    -    Finish 25 hours of online coursework
A    -    Complete 6 hours of first-aid training
A    -    Deliver 30 hours of tutoring to Year 11 pupils
A    -    Every apprentice does 40 hours of shadowing this term
A    -    Each coach completes 10 hours of mentoring
A    -    Volunteers give 200 hours of community service
A    -    Receive 12 hours of coaching from a senior partner
# guards: hours as a measure, training that serves a level reached, a cut, counts of courses
-    A    Training hours per employee from 20 to 30
-    A    90% of new hires productive after 40 hours of training
-    A    Cut onboarding to 20 hours of training
-    A    Raise CPD hours completed from 12 to 20 per clinician
# -- decision 6824: a call, email or visit to every one of a group within a limit is work
A    Q    Thank-you call to every new regular giver within 7 days
A    Q    Welcome email to every new member within 2 days
A    Q    Welcome call for each new tenant within 5 days
A    Q    Follow-up visit to every client within 10 days of installation
A    Q    Courtesy call to each customer within 48 hours of delivery
A    Q    Thank-you email to every donor within 24 hours
A    Q    Check-in call with every new volunteer within 7 days
A    Q    Welcome visit to each new resident within 3 days of moving in
A    Q    Reminder email to every patient within 24 hours of booking
A    Q    Follow-up email to each trial user within 3 days
A    Q    Thank-you call to each sponsor within 5 days of the gala
A    Q    Home visit to every new foster family within 14 days
# guards: a limit without an effort, a share given the call, the verb form (decision 841)
-    TAQ  Applicants hear back within 24 hours
-    TAQ  Welcome call to 90% of new members within 3 days
-    TAQ  First reply to every ticket within 4 hours
T    -    Call every new regular giver within 7 days
# -- decision 6825: what is poured away or thrown out, named as a noun, is a bad event
N    -    Batch dumps under 2% of volume
N    -    Batch dumps from 14 to 5 this year
N    -    Tank dumps from 9 to 3 per quarter
N    -    Dumps under 2% of brewed volume
N    -    Discards under 3% of the catch
N    -    Keep discards of bycatch under 5%
N    -    Wastage from 9% to 4%
N    -    Kitchen wastage down from 8% to 3%
N    -    Dump rate from 3% to 1%
N    -    Discard rate from 6% to 2%
N    -    Cut batch dumps by half
N    -    Halve discards on the night shift
# guards: the good side, a truck named after it, a place, a data export, caps read already
N    -    Wastage below 4% of stock
N    -    Dump rate under 1.5%
-    N    Good batches above 98% of volume
-    N    Dump truck utilisation from 60% to 80%
-    N    Reduce trips to the dump by 30%
-    N    Export a weekly data dump for finance
# -- decision 6826: people lost to (or poached by) another employer are people leaving
N    -    Engineers lost to competitors from 6 to 1
N    -    Nurses lost to agencies from 14 to 5 a year
N    -    Developers poached by rivals from 5 to 1
N    -    Drivers lost to other fleets under 5%
N    -    Teachers lost to neighbouring schools from 9 to 3
N    -    Senior staff lost to competitors down from 7 to 2
N    -    Chefs lost to other restaurants from 4 to 1 a year
N    -    Analysts lost to the big four from 8 to 2
N    -    Carers poached by agencies from 12 to 4
N    -    Mechanics lost to dealerships from 7 to 2
N    -    Apprentices lost to rival firms from 5 to 2
N    -    Porters lost to other hospitals from 10 to 4
# guards: the count rising, people won, people staying, a share or zero read already
N    -    Mechanics lost to dealerships under 10%
N    -    Designers poached by competitors from 3 to 0 this year
-    N    Engineers lost to competitors from 1 to 3
-    N    Engineers hired from competitors from 2 to 6
-    N    Engineers who stay 2+ years from 60% to 80%
# -- decision 6827: calls or visits made to a count of people are contacts counted
A    -    Make repeat calls to 30 lapsed donors
A    -    Make calls to 30 lapsed donors
A    -    Make follow-up calls to 50 past customers
A    -    Place repeat calls to 40 dormant accounts each month
A    -    Make welcome calls to 25 new members
A    -    Make courtesy visits to 12 key accounts
A    -    Pay home visits to 15 families this term
A    -    Making check-in calls to 20 new tenants
A    -    Make renewal calls to 60 expiring members
A    -    Place reminder calls to 80 patients a week
A    -    Pay site visits to 10 partner farms
A    -    Made thank-you calls to 45 first-time donors
A    -    Do follow-up calls to 50 past customers
A    -    Conduct welcome calls to 40 new members
A    -    Carry out home visits to 15 families this term
# guards: calls counted already, a call's own count, an unrelated "make"
A    -    Make 40 calls to lapsed donors
A    -    Call 30 lapsed donors
-    A    Make it easy for 30 partners to refer us
# -- decision 6829: sessions or visits per one of the people served are their use
-    A    E-resource usage per FTE student up from 31 to 45 sessions per semester
-    A    Database usage per student from 31 to 45 sessions per term
-    A    Usage per member from 3 to 5 sessions a week
-    A    App usage per user from 3 to 5 sessions a week
-    A    Gym attendance per member from 5 to 8 sessions a month
-    A    Engagement per user from 3 to 5 sessions a week
-    A    Library use per reader from 2 to 4 sessions a month
-    A    Platform use per learner up from 6 to 9 sessions a term
-    A    Portal usage per customer from 2 to 5 sessions a month
-    A    Gallery use per visitor from 1 to 2 sessions a month
-    A    Pool usage per resident from 2 to 4 sessions a month
-    A    Studio use per member from 4 to 7 sessions a month
# guards: the team's own sessions, counted or run per person; use read already
-    A    Museum use per member from 3 to 6 visits a year
-    A    Clinic use per patient from 2 to 3 visits a year
A    -    Hold 4 tasting sessions per month
A    -    Coaching sessions from 4 to 8 per month
A    -    Run 2 sessions per student a week
A    -    Run 6 coaching sessions per new hire a month
# -- decision 6834: the team's own subscriptions renewed are an errand, as a lease renewed is
TB   -    Renew the Elsevier and Wiley journal subscriptions
TB   -    Renew the journal subscriptions
TB   -    Renew our Adobe subscription
TB   -    Renew our database subscriptions for 2027
TB   -    Renew all our software subscriptions
TB   -    Renew the newspaper subscription for the staff room
TB   -    Renew the stock-photo subscription
TB   -    Renew our Canva and Figma subscriptions
TB   -    Renew our e-journal subscriptions
TB   -    Renew my Duolingo subscription
TB   -    Renew the team's Slack subscription
TB   -    Renew the trade-press subscriptions for the office
# guards: members kept, a share renewed, subscriptions won, a lease renewed (read already)
-    T    Renew 400 annual subscriptions
-    T    Renew 80% of expiring subscriptions
-    T    Secure new subscriptions from schools
-    T    Grow subscriptions from 2,000 to 3,000
TB   -    Renew the warehouse lease
# -- decision 6833: two measures moved together with no figure are two key results
C    -    Increase repeat family visits and membership sign-ups
C    -    Grow repeat visits and sign-ups
C    -    Grow repeat bookings and new sign-ups
C    -    Increase repeat visits and gift-aid sign-ups
C    -    Raise repeat orders and newsletter sign-ups
C    -    Increase return visits and membership sign-ups
C    -    Grow member visits and course sign-ups
C    -    Increase repeat purchases and loyalty sign-ups
C    -    Increase family visits and membership renewals
C    -    Grow weekday visits and membership sign-ups
C    -    Raise weekend visits and class sign-ups
C    -    Grow repeat orders and app sign-ups
# guards: one measure, things that are no measures, a figure given, two measures read already
C    -    Increase renewals and sign-ups
C    -    Grow revenue and margin
C    -    Increase bookings and revenue
-    C    Grow revenue
-    C    Improve quality and speed
-    C    Improve onboarding and training
-    C    Increase downloads and reviews
C    -    Increase revenue and margin by 10%
"""


ROWS = [_parse(line) for line in _TABLE.strip().splitlines() if not line.startswith("#")]


@pytest.mark.parametrize(("wording", "fail", "hold"), ROWS)
def test_en47_row(wording: str, fail: tuple[str, ...], hold: tuple[str, ...]) -> None:
    _row_holds(wording, fail, hold)  # en45's check: every check in fail fails, none in hold


# -- decision 6820: a role after "every", "each" or "any" is the set's addressees ----------------

ADDRESSED = [
    "Every team lead pls add your bits by Friday",
    "every team lead please add your KRs below",
    "Each team lead adds their KRs by Friday",
    "Any team lead can comment here",
    "Every store manager please fill in your KRs by Monday",
    "Each sales manager adds two key results",
    "Every head of department to add KRs by Friday",
    "Hi every designer, add yours below",
    "Each tech lead signs off their section",
    "Every founder should read this first",
    "Each account manager fills in a line",
    "Every VP please add yours",
    "Each CEO of the group companies adds one objective",
]
# guards: the role names the set's owner
OWNED_BY_ROLE = [
    ("Team lead: Priya", "Priya"),
    ("Engineering OKRs — tech lead Sam", "Sam"),
    ("Store manager OKRs Q3", "Store manager"),
    ("Sales OKRs (VP Sales)", "VP Sales"),
    ("Owner: CEO", "CEO"),
    ("CEO OKRs Q2", "CEO"),
]


@pytest.mark.parametrize("line", ADDRESSED)
def test_6820_role_after_every_names_no_owner(line: str) -> None:
    assert heading_owner_name(line) is None, line


@pytest.mark.parametrize(("line", "owner"), OWNED_BY_ROLE)
def test_6820_guards(line: str, owner: str) -> None:
    assert heading_owner_name(line) == owner, line


def test_6820_key_result_under_an_addressed_set_has_no_owner() -> None:
    text = (
        "Bakery OKRs Jan–Jun 2026\nfrom Nell. Every store manager pls add your bits by Friday\n\n"
        "O1: Be the bakery the whole street queues for\n- Saturday covers from 300 to 450\n"
    )
    assert "kr-no-owner" in _fails(text)[1]


# -- decision 6821: two or more country codes closing a key result name markets ------------------

_SIGNED = (
    "Launch OKRs Q3 2026\n\nO1: Make Tidewater the summer's breakout puzzle game\n"
    "KR1: Installs from 40k to 90k (Rui)\nKR2: {kr}\n"
)
MARKETS = [
    "D7 retention ≥ 18% in soft launch (PH + MY)",
    "D1 retention ≥ 40% in soft launch (PH + ID)",
    "Revenue from $2M to $3M (FR/BE)",
    "Revenue from $2M to $3M (DE, FR)",
    "Revenue from $2M to $3M (DE/AT/CH)",
    "Paying users up 30% — TH, VN",
    "Store rating 4.6+ (BR + MX)",
    "Pre-registrations 200k (JP/TW)",
    "Organic installs 50% of total (ID, PH, TH)",
    "CPI under $1.10 (AU + NZ)",
    "ARPDAU $0.25 (SG/MY)",
    "Crash-free sessions 99.5% (IN + PK)",
]
# guards: markets read already (UK, US and KR are listed tags)
MARKETS_READ = [
    "D1 retention ≥ 40% in soft launch (UK + IE)",
    "Revenue from $2M to $3M (US/CA)",
]
# guards: people's initials, names, one code alone in a set that signs its lines so
PEOPLE = [f"Revenue from $2M to $3M ({who})" for who in ("Ana + Raj", "JT + KO", "DE", "RK")]


@pytest.mark.parametrize("kr", MARKETS + MARKETS_READ)
def test_6821_country_codes_name_no_owner(kr: str) -> None:
    assert "kr-no-owner" in _fails(_SIGNED.format(kr=kr))[2], kr


@pytest.mark.parametrize("kr", PEOPLE)
def test_6821_guards(kr: str) -> None:
    assert "kr-no-owner" not in _fails(_SIGNED.format(kr=kr))[2], kr


# -- decision 6828: a lead time before each case's event is no deadline -------------------------

_UNDATED = "Team goals\n\nObjective: Make every couple feel calm (owner: Ana)\n- KR1: {kr}\n"
EACH_CASE = [
    "Final supplier schedule signed off by the couple at least 21 days before the wedding, "
    "for 100% of weddings",
    "Final supplier schedule signed off at least 21 days before the wedding, for 100% of weddings",
    "Seating plan agreed at least 14 days before the wedding for every couple",
    "Guest list locked 30 days before the gala, for 95% of galas",
    "Risk assessment signed 2 weeks before the trip, for every school trip",
    "Menu confirmed 10 days before the party, for 90% of parties",
    "Running order shared 7 days before the ceremony, for each couple",
    "Floor plan approved 3 weeks before the fair for 100% of exhibitors",
    "Travel pack sent 10 days before the tour for every group",
    "Rehearsal booked 5 days before the concert, for 100% of concerts",
    "Allergy list confirmed 48 hours before the dinner, for every booking",
    "Briefing sent 2 days before the shoot, for 95% of shoots",
]
# guards: a lead time before one event of the team's own, a date
DATED = [
    "Press kit ready 14 days before the launch",
    "Menu confirmed 21 days before the wedding",
    "Revenue up 20% before the spring launch",
    "Supplier schedule signed off for 100% of weddings by June",
]


@pytest.mark.parametrize("kr", EACH_CASE)
def test_6828_lead_time_of_each_case_is_no_deadline(kr: str) -> None:
    assert "kr-no-deadline" in _fails(_UNDATED.format(kr=kr))[1], kr


@pytest.mark.parametrize("kr", DATED)
def test_6828_guards(kr: str) -> None:
    assert "kr-no-deadline" not in _fails(_UNDATED.format(kr=kr))[1], kr


# -- decision 6830: "KR1a:" and "1.1 KR1:" are labels ---------------------------------------------

LABELLED = [
    "- KR1a: Family visits from 200 to 400 a month (Ana)",
    "- KR 1b: Family visits from 200 to 400 a month (Ana)",
    "- KR1.c: Family visits from 200 to 400 a month (Ana)",
    "- KR1-b: Family visits from 200 to 400 a month (Ana)",
    "- KR2a - Family visits from 200 to 400 a month (Ana)",
    "1.1 KR1a: Family visits from 200 to 400 a month (Ana)",
    "1.2 KR1: Family visits from 200 to 400 a month (Ana)",
    "1.3 KR1b: Family visits from 200 to 400 a month (Ana)",
    "2.1 KR 2: Family visits from 200 to 400 a month (Ana)",
    "- KR3d: Family visits from 200 to 400 a month (Ana)",
    "- KR10a: Family visits from 200 to 400 a month (Ana)",
    "- kr1a: Family visits from 200 to 400 a month (Ana)",
    # guards: labels read so already
    "- KR1: Family visits from 200 to 400 a month (Ana)",
    "1.1 Family visits from 200 to 400 a month (Ana)",
]


@pytest.mark.parametrize("line", LABELLED)
def test_6830_lettered_labels_leave_the_wording(line: str) -> None:
    text = f"Team OKRs Q3 2026\n\n1. O1: Win the city's families\n{line}\n"
    (kr,) = review(text).objectives[0].key_results
    assert kr.text == "Family visits from 200 to 400 a month (Ana)", line


# -- decision 6831: people kept at something, then a word in -ing, is no measure -----------------

_OBJECTIVES = "Team goals Q3 2026\n\nObjective: {o} (owner: Ana)\n- KR1: Revenue from $1M to $2M\n"
KEPT_AT_IT = [
    "Keep supporters giving",
    "Keep our alumni giving",
    "Keep regular donors giving",
    "Keep our volunteers giving",
    "Keep small donors giving through the winter",
    "Keep local customers spending",
    "Keep our members spending in the shop",
    "Keep first-time donors giving",
    "Keep church members giving",
    "Keep past pupils giving",
    "Keep monthly donors giving",
    "Keep our regulars spending",
]
# guards: the measure named; "get" read so already
GIVING_MEASURED = ["Increase giving", "Grow monthly giving", "Keep spending under control"]
GOT_GIVING = ["Get lapsed donors giving again", "Get former members giving"]


@pytest.mark.parametrize("objective", KEPT_AT_IT)
def test_6831_people_kept_at_it_is_no_metric(objective: str) -> None:
    assert "objective-is-metric" not in _fails(_OBJECTIVES.format(o=objective))[0], objective


@pytest.mark.parametrize("objective", GOT_GIVING)
def test_6831_got_giving_unchanged(objective: str) -> None:
    assert "objective-is-metric" not in _fails(_OBJECTIVES.format(o=objective))[0], objective


@pytest.mark.parametrize("objective", GIVING_MEASURED)
def test_6831_guards(objective: str) -> None:
    assert "objective-is-metric" in _fails(_OBJECTIVES.format(o=objective))[0], objective


# -- decision 6832: "biz" is the business --------------------------------------------------------

BIZ = ["grow the biz", "Grow the biz", "Grow my biz", "Improve the biz", "Grow our biz"]
# guards: the business with a direction, a name with biz inside
BIZ_NOT = ["Make the biz the town's favourite bakery", "Grow the show biz side of the agency"]


@pytest.mark.parametrize("objective", BIZ)
def test_6832_biz_alone_is_vague(objective: str) -> None:
    assert "objective-vague" in _fails(_OBJECTIVES.format(o=objective))[0], objective


@pytest.mark.parametrize("objective", BIZ_NOT)
def test_6832_guards(objective: str) -> None:
    assert "objective-vague" not in _fails(_OBJECTIVES.format(o=objective))[0], objective

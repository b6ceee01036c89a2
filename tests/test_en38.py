"""Helper en38, thirty-eighth round of issue 8: English accuracy, decisions 5520-5530 in
docs/principles.md — the lead's four questions (figures in a bracket that describe the work,
"ensure every X has Y", what a product does once built, a wrong thing of several words) and the
shapes that outsiders' English drafts and my own wordings in the styles of published OKRs missed,
fixed by their shape, a lexicon as data or the one quantity reader rather than by a phrase.

Each wording below was written for this file; no sentence of an outsider's draft is used, and none
of the lead's own examples either (other nouns, numbers and orders of the same shapes). Rows marked
"guard" passed on the base (989a7fd9) too: they are the near neighbours that must not change.
"""

from __future__ import annotations

import pytest

from coach.review import parse, review
from tests.test_retire32 import _fails

_OBJECTIVE = "Objective: Make the harbour café the first stop of every walker (owner: Ana) in Q3\n"

C, T, A, Q = "kr-compound", "kr-is-task", "kr-activity-count", "kr-not-quantified"
B, N = "kr-business-as-usual", "kr-negative-phrasing"


def _kr_fails(wording: str) -> list[str]:
    """The failing checks of one key result under a dated, owned objective."""
    return _fails(f"{_OBJECTIVE}- KR1: {wording}\n")[1]


# One case a line: the checks that must fail, the checks that must not ("-": none), the wording.
# T kr-is-task, A kr-activity-count, Q kr-not-quantified, B kr-business-as-usual,
# N kr-negative-phrasing, C kr-compound.
_TABLE = """
# -- decision 5520: figures in a bracket of options to choose between are no target
T    -    Trial two reminder gaps (24 vs 48 hours) and keep the better one
QT   -    Pick the kiosk count (2 or 3 per site)
QT   -    Choose the pilot size (20 or 40 homes)
QT   -    Settle the membership fee (three options: £40, £55 or £70)
QT   -    Decide the shift length (8 versus 12 hours) for the night ward
# guards: a bracket that gives the target, a baseline in a bracket
-    T    Grow weekly orders (from 300 to 450)
-    T    Cut average wait to 12 minutes (vs 19 minutes last term)
# -- decision 5521: a count in a bracket after the people a contact verb meets is the effort
T    -    Interview lapsed donors (at least 15) about why they stopped
T    -    Call former tenants (20+) about the new lease terms
T    -    Visit partner pharmacies (at least 8) before the flu season
# guards: the same count before the people, people won with a floor
A    -    Interview at least 15 lapsed donors about why they stopped
-    T    Win back lapsed donors (at least 15)
# -- decision 5523: what a thing the team builds does once built is the feature to build
T    -    It syncs bookings with the clinic calendar
T    -    It exports timesheets as CSV
T    -    The portal shows each parent the week's attendance
T    -    The scheduler assigns cover shifts automatically
T    -    The help widget suggests articles while you type
T    -    The kiosk prints a parking permit on request
# guards: a level the thing reaches, a vague feeling, people able to act
-    T    It loads in under 3 seconds on a phone
-    T    The app keeps a 4.5 store rating
-    T    Our site converts 4% of visitors
Q    T    Every new hire can open a ticket on day one
# -- decision 5524 (guards: the finding was there on the base; what it quotes is tested below)
N    -    No parcels labelled with the wrong postcode zone
N    -    Cut payslips with the wrong tax band from 30 to 4 a month
# -- decision 5525: the reports of a bad event, and work done again
N    -    Cut tickets for login errors by half
N    -    Reduce service calls for boiler breakdowns from 60 to 25
N    -    Cut repeat tickets by 40%
N    -    Reduce repeat admissions within 30 days from 12% to 8%
N    -    Halve repeat work orders on the packing line
# guards: a time or a cost of handling them, good things that come back, demand won
-    N    Cut time to close tickets for login errors from 5 to 2 hours
-    N    Cut handling time on calls about billing errors by 20%
-    N    Raise repeat bookings from 25% to 40%
-    N    Grow requests for demos from 30 to 70 a month
# -- decision 5526: a bracket that sizes a programme by its parts is no target
QT   -    All new porters complete Lifting Basics (5 sessions)
# the whole group completing a course is a task (decision 6430, reversing 6034)
QT   -    All duty managers complete the first-aid course (3 modules)
# guards: efforts counted in the bracket stay counted, and so do a course's parts the team runs
T    Q    Run the mentoring series (6 workshops)
T    Q    Run the induction course (4 sessions)
T    Q    Deliver the leadership programme (6 modules)
# -- decision 5527: a share of the team's own things checked or assessed is discovery work
T    -    Audit 100% of supplier contracts for price-review clauses
T    -    Inspect 100% of the depot's fire doors before winter
T    -    Assess 90% of our school buildings for asbestos
T    -    Survey 80% of the estate's flat roofs
# guards: people served, a share with a bar after it, things moved, a count of people surveyed
-    T    Screen 85% of new patients for diabetes
-    T    Review 100% of bursary applications within 7 days, up from 55%
-    T    Migrate 100% of mailboxes to the new server
T    -    Survey 150 parents about the lunch menu
# -- decision 5528 (guards, no change): renewing funding stays routine, as renewing a licence is
B    -    Renew our core grant from the county council
B    -    Renew the design software licences on time
B    -    Renew the warehouse lease
# -- decision 5529: talks and checks on a cadence are routine
B    -    Hold toolbox talks every Tuesday
B    -    Run the monthly sprinkler alarm test
B    -    Do the weekly freezer inventory count
# guards: newsletters stay recurring effort (decision 1107), a measure of a routine, huddles
A    B    Send the monthly members' newsletter
-    B    Grow the fire drill turnout from 70% to 95%
A    B    Daily safety huddles at each shift start
# -- decision 5530: a count in words reads as the same count in digits
A    -    Two conference papers submitted to journals
A    -    Three grant applications submitted
A    -    Four webinar recordings published
-    N    Settle 90% of refund requests within three working days
Q    -    Close all open bugs older than nine months
# guards: counts won stay results
-    AT   Two conference papers accepted by journals
# -- decision 5531: a feature named by what it lets people do
T    -    Ability for drivers to swap shifts in the app
T    -    Capability to restore a deleted project
T    -    The ability to pause a membership
# guards: a level in it, a change asked for, someone's own ability
-    T    Ability to close the books in 3 days
-    T    Ability to respond faster to tenants
-    T    Ability of new hires to work on their own
# -- decision 5532: a version or a build named alone is a deliverable
T    -    First version of the fare calculator
T    -    A signed macOS build
# guards: a version adopted, a build's level, a build time
-    T    Latest version adopted by 80% of users
-    T    Nightly build green on 95% of days
-    T    Build time under 8 minutes
# -- decision 5533: a measure moved to its figure, "and", then a piece of work of its own
C    -    Grow trial signups to 4,000 and launch a student discount
C    -    Lift maths scores by 8 points and give every class a tablet cart
C    -    Cut energy use by 10% and fit smart meters in all depots
C    -    Reduce triage waits to 15 minutes and add a second intake desk
# guards: the work as the means, the same things again, a count of work first, work only
-    C    Grow trial signups to 4,000 with a student discount
-    C    Reach 9,000 weekly readers and keep them for 60 days
-    C    Recruit 8 mentors and rewrite the mentor guide
-    C    Draft the travel policy and brief the finance team
"""
_RULES = {"C": C, "T": T, "A": A, "Q": Q, "B": B, "N": N}


def _codes(column: str) -> tuple[str, ...]:
    return tuple(_RULES[c] for c in column if c != "-")


def _row(line: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    fail, hold, wording = line.split(maxsplit=2)
    return wording, _codes(fail), _codes(hold)


ROWS = [_row(line) for line in _TABLE.strip().splitlines() if not line.startswith("#")]


@pytest.mark.parametrize(("wording", "fail", "hold"), ROWS)
def test_en38_row(wording: str, fail: tuple[str, ...], hold: tuple[str, ...]) -> None:
    found = _kr_fails(wording)
    missing = [rule for rule in fail if rule not in found]
    unwanted = [rule for rule in hold if rule in found]
    assert not missing and not unwanted, (wording, found)


def _suggestions(wording: str, rule: str) -> list[str]:
    rv = review(f"{_OBJECTIVE}- KR1: {wording}\n")
    return [s.text for f in rv.findings if f.rule_id == rule for s in f.suggestions]


@pytest.mark.parametrize(
    ("wording", "measured"),
    [
        ("Ensure all forklifts carry a current safety tag", "100% of forklifts carry"),
        ("Make sure every classroom has a working smoke alarm", "100% of classrooms have"),
        ("Make sure that each ward has a named infection lead", "100% of wards have"),
    ],
)
def test_ensure_every_one_is_a_coverage_to_quantify(wording: str, measured: str) -> None:
    """Decision 5522: "ensure / make sure every X has Y" is the state of all of them — a coverage
    result whose number is implied (100%), not a task: kr-not-quantified asks for the share and
    its rewrite drops the empty verb."""
    found = _kr_fails(wording)
    assert Q in found and T not in found, (wording, found)
    assert any(s.startswith(measured) for s in _suggestions(wording, Q)), wording


@pytest.mark.parametrize(
    ("wording", "quoted"),
    [
        ("Cut orders shipped to the wrong delivery depot under 0.5%", "wrong delivery depot"),
        ("Halve invoices with the wrong VAT code", "invoices with the wrong vat code"),
        ("Reduce lab samples with a wrong patient label by 70%", "with a wrong patient label"),
    ],
)
def test_the_wrong_thing_is_read_whole(wording: str, quoted: str) -> None:
    """Decision 5524: the thing done wrong is up to three words after "wrong", and the things
    that carry it ("invoices with the wrong …") are the bad events, not the last word alone."""
    texts = [t.lower() for t in _suggestions(wording, N)]
    assert any(quoted in t for t in texts), (wording, texts)


# A number in words, the kind and the unit the reader gives its last target (decision 5530).
NUMBER_WORDS = [
    ("Publish twelve case studies", "count", "case"),
    ("Answer every enquiry within two working days", "duration", "days"),
    ("Cut onboarding from six weeks to four weeks", "duration", "weeks"),
]


@pytest.mark.parametrize(("wording", "kind", "unit"), NUMBER_WORDS)
def test_number_words_read_as_digits(wording: str, kind: str, unit: str) -> None:
    """Decision 5530: the quantity reader gives a number in words the noun or the unit after it,
    as it gives "12 case studies" and "2 working days"."""
    item = parse(f"O: Win it\nKR1: {wording}").objectives[0].key_results[0]
    targets = [q for q in item.facts.quantities if q.is_target]
    assert [(q.kind, q.unit) for q in targets][-1:] == [(kind, unit)]

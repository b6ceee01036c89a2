"""Helper en37, thirty-seventh round of issue 8: English accuracy, decisions 5340-5350 in
docs/principles.md — the lead's three rulings (two counted targets each with its own verb, the
quantity reader, a document of N entries and people trained) and the shapes that outsiders'
English drafts missed, fixed by their syntactic shape or one shared reader rather than by a phrase.

Each wording below was written for this file; no sentence of an outsider's draft is used, and none
of the lead's own examples either (other nouns, numbers and orders of the same shapes). Rows marked
"guard" passed on the base (5b030a9c) too: they are the near neighbours that must not change.
"""

from __future__ import annotations

import pytest

from coach.facts.quantities import band_of_tens
from coach.review import parse
from tests.test_retire32 import _fails

_OBJECTIVE = "Objective: Make the harbour café the first stop of every walker (owner: Ana) in Q3\n"

C, T, A, Q = "kr-compound", "kr-is-task", "kr-activity-count", "kr-not-quantified"
B = "kr-business-as-usual"


def _kr_fails(wording: str) -> list[str]:
    """The failing checks of one key result under a dated, owned objective."""
    return _fails(f"{_OBJECTIVE}- KR1: {wording}\n")[1]


# (wording, the checks that must fail, the checks that must not)
CASES = [
    # -- decision 5340: two counted targets joined by "and", each with its own verb
    ("Book 35 intro calls and win 5 paid trials", (C,), ()),
    ("Log 250 mentoring hours and recruit 12 new mentors", (C,), ()),
    ("Field 80 quote requests and close 11 jobs", (C,), ()),
    ("Schedule 30 site tours and sign 6 supply agreements", (C,), ()),
    # guards: one count by kind, a purpose, a part, a qualifier, two tasks without figures
    ("Book 35 intro calls and 6 follow-up reviews", (), (C,)),
    ("Book 35 intro calls to win 5 paid trials", (), (C,)),
    ("Log 250 mentoring hours across 3 campuses", (), (C,)),
    ("Write the safety handbook and film the induction video", (T,), (C,)),
    # -- decision 5341: an amount taken off a measure is a cut
    ("Take 15 minutes off average call handling time", (), (T, A)),
    ("Take 8 seconds off checkout page load time", (), (T, A)),
    ("Take 3 minutes off the average triage wait", (), (T, A)),
    # guards: time off, courses taken
    ("Take 4 online courses on negotiation", (A,), ()),
    # -- decision 5342: a measure's band of tens, a rating's star level
    ("Lift eNPS into the 30s", (), (Q,)),
    ("Hold ward occupancy in the low 90s", (), (Q, T)),
    ("Get our accessibility audit score into the 90s", (), (Q, T)),
    ("Hold a 4-star average guest rating", (), (Q, T)),
    ("Reach a 5-star Google rating for the dental practice", (), (Q,)),
    # guards: a decade with no measure, ratings counted by their class
    ("Digitise the parish photos taken in the 70s", (Q,), ()),
    ("Collect 40 5-star ratings on the booking site", (), (Q,)),
    # -- decision 5343: a participle naming people, then their number
    ("Weekly paying members 12k", (), (A, T)),
    ("Paying households on the family plan 2,400", (), (A, T)),
    # guard: efforts after a gerund stay efforts
    ("Hosting webinars 6", (A,), ()),
    # -- decision 5344: a count that sizes a document is the document's size
    ("Build a list of 300 target schools", (T,), ()),
    ("Create a spreadsheet of 250 lapsed donors to call", (T,), ()),
    # guards: an audience list, people won
    ("Build an email list of 6,000 subscribers", (), (T,)),
    ("Get 300 target schools to open the welcome pack", (), (T,)),
    # -- decision 5345: people trained, said as a participle with no figure
    ("All resellers trained on the new warranty terms", (T, Q), ()),
    ("All pharmacists retrained on the new dosing software", (T, Q), ()),
    # guards: a share trained, a test passed, people who act
    ("85% of resellers trained on the new warranty terms", (), (T, Q)),
    ("All resellers quote the new warranty terms correctly", (Q,), (T,)),
    # -- decision 5346: a gerund, then how often, is a habit
    ("bouldering 2x a week", (A,), ()),
    ("journaling 4 times a week", (A,), ()),
    # -- decision 5347: a time to beat, after its bound
    ("Run the spring half marathon under 1:55", (), (T,)),
    ("Run a sub-3:45 marathon in October", (), (T,)),
    # guard: a clock time
    ("Leave the studio by 6:30 every Thursday", (A,), ()),
    # -- decision 5348: each of my N is all N, a count
    ("Each of my 4 team leads has a signed growth plan by Feb 28", (), (Q,)),
    ("Each of our 7 depots stocks the new spill kits", (), (Q,)),
    # guard: what we own, counted, is no target
    ("Retire our 3 legacy payroll tools", (T, Q), ()),
    # -- decision 5349: renewing what the team holds, a word of both lists
    ("Renew the van registrations for all 9 vans", (T,), ()),
    # guard: registrations won
    ("Grow workshop registrations to 700", (), (T,)),
    # -- decision 5350: a verbless act named by its noun
    ("Loading dock scanner replacement — both warehouses", (T,), ()),
    ("Lifeguard recertification — all pool staff", (T,), ()),
    ("Sign-off from the safety committee on the new shift pattern", (T,), ()),
    # guards: a quality of the work, a measure with a figure
    ("Smoother integration of the two support teams", (), (T,)),
    ("Sign-off time for purchase orders under 3 days", (), (T, Q)),
    # -- decision 5351: a thing grown to N people, or to N readers, is an audience won
    ("Grow the alumni network to 2,500 people", (), (T,)),
    ("Grow the supporters' club to 900 people", (), (T,)),
    ("Grow our newsletter to 6,500 readers", (), (A,)),
    ("Grow the Sunday livestream to 1,800 viewers", (), (A,)),
    ("Get 120 5-star reviews on Tripadvisor", (), (T,)),
    # guards: the team grown, the team's own pieces grown
    ("Grow the team to 14 people", (T,), ()),
    ("Grow engineering to 38 people", (T,), ()),
    ("Grow the help centre to 150 articles", (A,), ()),
    # -- decision 5352: a time before an event, an age that picks things: no target
    ("Submit the annual grant report 3 weeks before the deadline", (Q,), ()),
    ("Share the board pack 4 days before every trustee meeting", (Q,), ()),
    ("Close stale support tickets older than 60 days", (Q,), ()),
    # guards: how early with a bound, a time limit, a time saved
    ("Reply to 90% of emails within 24 hours", (), (Q,)),
    ("Publish exam results 3 days sooner than last year", (), (Q,)),
    # -- decision 5353: a routine inspection passed is business as usual
    ("Pass the state lift inspection", (B,), ()),
    ("Pass all boiler safety inspections at our schools", (B,), ()),
    # guards: a first pass, a result set, a share
    ("Pass the pre-opening hygiene inspection for the new kiosk", (), (B,)),
    ("Pass the fire inspection with zero findings", (), (B,)),
    ("Pass 95% of site inspections on the first visit", (), (B,)),
    # -- decision 5354: two measures, each named after its figure, joined by a comma
    ("Hit $900k ARR, 115% net revenue retention", (C,), ()),
    ("Deliver 45 NPS, 94% CSAT", (C,), ()),
    ("Hold 99.95% uptime, 150ms p99 latency", (C,), ()),
    # guards: a part of the same amount, one measure with its date
    ("$800k bookings, 40% of it from upsells", (), (C,)),
    ("Hit $900k ARR by December", (), (C,)),
]


@pytest.mark.parametrize(("wording", "fail", "hold"), CASES)
def test_en37_case(wording: str, fail: tuple[str, ...], hold: tuple[str, ...]) -> None:
    found = _kr_fails(wording)
    assert all(rule in found for rule in fail), (wording, found)
    assert not any(rule in found for rule in hold), (wording, found)


@pytest.mark.parametrize(
    ("wording", "value", "kind"),
    [
        ("Lift eNPS into the 30s", 30.0, "count"),  # decision 5342
        ("Hold a 4-star average guest rating", 4.0, "count"),  # decision 5342
        ("Run the spring half marathon under 1:55", 1 + 55 / 60, "duration"),  # decision 5347
    ],
)
def test_the_quantity_reader_reads_the_target(wording: str, value: float, kind: str) -> None:
    """The one quantity reader gives each of these one target (coach/facts/quantities.py)."""
    item = parse(f"O: Win it\nKR1: {wording}").objectives[0].key_results[0]
    targets = [q for q in item.facts.quantities if q.is_target]
    assert [(q.kind, round(q.value or 0, 4)) for q in targets] == [(kind, round(value, 4))]


def test_a_band_is_a_band_only_after_a_measure() -> None:
    """Decision 5342: "the 70s" with no measure before it stays a decade (decision 1440)."""
    item = parse("O: Win it\nKR1: Digitise the parish photos taken in the 70s")
    kr = item.objectives[0].key_results[0]
    assert not any(band_of_tens(kr.folded, q) for q in kr.facts.quantities)
    assert not any(q.is_target for q in kr.facts.quantities)

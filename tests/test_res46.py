"""Helper res46, forty-sixth round of issue 8: result-not-task on real published OKRs, the other
studied halves (A) rebuilt (realen21/22/25/26/29/32, realzh22/26/28/38) and read beside res45's;
decisions 6740- in docs/principles.md, each a class seen in two or more sets.

Each wording below was written for this file; no sentence of a published set is used (other
nouns, places and orders of the same shapes). Marks: "P" — the result principle must not fail
(it failed on the base, d32f7e2c); "T" — it must fail (it passed on the base); "R" — a near
neighbour that must keep failing it; "-" — a near neighbour that must keep passing it.
"""

from __future__ import annotations

import re

import pytest

from tests.test_res45 import _RESULT, _kr_fails

_TABLE = """
# -- decision 6740: people counted who are no one added to the team
P  25 Tutors have run a drop-in homework session this term
P  At least 60 Reps have hosted a local launch party
P  30 Reps have translated the welcome pack into their language
P  80 Reps have joined at least one regional call
P  At least 12 Interpreters have volunteered for the refugee clinic rota
P  15 Stylists from partner salons have shared a tutorial video
P  At least 45 Reps have given a talk at a local school
P  N7 agencies (w/ 20+ designers employed) use the template library weekly
P  15 charities (w/ 10+ staff) pay for the premium tier
P  Each translation checked by at least 2 different people before release
P  12+ agent actions per user per day
P  40+ agent interactions per account each week
P  500 agent runs per day across customers
R  Hire 5 Reps for the northern region
R  Grow the team to 12 engineers
R  5 engineers have joined the platform team
R  Each shift covered by at least two qualified nurses
R  8+ engineer hours per sprint on accessibility fixes
R  3 engineers have been hired for the data team
R  Headcount increased by 3 people
R  Add 2 support agents by June
R  Every draft chapter edited by at least two different people
-  30 schools (with 40+ teachers each) run the reading programme
-  At least 40 Maintainers have reviewed the new contributor guide
-  At least 50 customers have given feedback on the beta
# -- decision 6741: partners said before "onboarded" are won, as "Onboard 10 partners" is
P  4 pilot resellers onboarded and placing orders
P  10 new distributors onboarded in Poland
P  6 regional dealers onboarded by the end of May
P  12 affiliate partners onboarded onto the referral scheme
P  3 systems integrators onboarded and certified on the platform
P  20 franchisees onboarded with the new ordering app
P  5 wholesalers onboarded in the Nordics
P  8 design partners onboarded and testing the beta weekly
P  15 channel partners onboarded across the Benelux
P  At least 7 resellers onboarded in Japan
P  9 new affiliates onboarded from the creator programme
P  2 distribution partners onboarded in Brazil
P  25 dealers onboarded onto the warranty portal
R  5 engineers onboarded by June
R  2 support agents onboarded onto the new rota
R  3 partner engineers onboarded for the integration work
R  New partner portal onboarded
-  Onboard 10 design partners
# -- decision 6742: a thing put in service, then its own bar or its progress, is the launch
T  Booking widget live, 99.5% uptime
T  4 payment gateways live, <300ms latency, 99.9% availability
T  New parcel tracker live with 98% accuracy
T  Stock sync in production, sync time under 5 minutes
T  Clinic scheduling app deployed, 99.9% uptime
T  Two regional warehouses operational, 99% pick accuracy
T  Search API live, p95 response time under 300ms
T  All agreed fixes from the audit are shipped (track open items to zero)
T  Room booking kiosks rolled out, 99.5% uptime
T  New invoicing flow launched with a 99% success rate
T  Weekly backup job in production, recovery time under 2 hours
T  Volunteer portal up and running, load time under 2 seconds
T  Ticket triage bot deployed, 95% routing accuracy
T  48 hr refund SLAs in place for all stores - 60%
R  Launch the new search with 99.5% uptime
R  3 exchange integrations live
R  Donor CRM in place for all regions - 40%
-  80% of stores live on the new till
-  40 schools live on the reading app
-  New checkout live, conversion up 10%
-  Site up and running 99.9% of the time
-  Self-serve refunds live for 60% of orders
"""


_DECISION = re.compile(r"^# -- decision (\d+):")
_ROWS = [
    (line[0], line[1:].strip())
    for line in _TABLE.strip().splitlines()
    if line.strip() and not line.startswith("#")
]


@pytest.mark.parametrize(("mark", "wording"), _ROWS, ids=[w[:60] for _, w in _ROWS])
def test_result_principle(mark: str, wording: str) -> None:
    hit = set(_kr_fails(wording)) & set(_RESULT)
    assert bool(hit) == (mark in "RT"), f"{mark} {wording!r}: result checks failing {sorted(hit)}"


def test_each_decision_has_its_rows() -> None:
    """Twelve or more changed wordings per decision, and three or more neighbours."""
    marks_of: dict[int, str] = {}
    number = 0
    for line in _TABLE.strip().splitlines():
        found = _DECISION.match(line)
        if found:
            number = int(found.group(1))
            marks_of[number] = ""
        elif line.strip():
            marks_of[number] += line[0]
    assert list(marks_of) == list(range(6740, 6740 + len(marks_of)))
    changed = {n: len(m) - m.count("R") - m.count("-") for n, m in marks_of.items()}
    assert all(changed[n] >= 12 and len(m) - changed[n] >= 3 for n, m in marks_of.items())

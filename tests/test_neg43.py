"""neg43 (round forty-three): negative phrasing read by shape on wordings nobody here studied.

A bad behaviour or a lapse said by its -ing form, plain or phrasal, after fewer / less / stop
(decision 6330); bad events after a long run of qualifying words (6331); a bad deed said in
Chinese by its verb (6335) or by the prefix 乱 / 滥 / 擅 (6334); mix-ups and line stops counted
(6333); a loose word in the condition a behaviour is stopped under is not vague (6336); a
bad behaviour's plural noun (6337); a shop's shrink and vulns (6340). The rules
alone are checked (use_model off), so a test fails without the rule.

Every wording here is written for this file, across many kinds of teams.
"""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review
from rules._negative import behaviour_gerunds
from tests.test_neg42 import _LEADS, _negative

# -- decision 6330: a bad behaviour by its -ing form, plain or phrasal -------------------------

BEHAVIOURS = [
    "Fewer couriers missing their collection window",  # logistics
    "Fewer pupils forgetting their homework folders",  # school
    "Fewer callers hanging up before the menu ends",  # call centre, phrasal
    "Fewer leavers giving up on the alumni course",  # college, phrasal
    "Fewer patients walking out of A&E before triage",  # hospital, phrasal
    "Fewer borrowers defaulting on their loans",  # credit union
    "Fewer members cancelling in the first month",  # gym
    "Fewer engineers panicking during release week",  # engineering
    "Less cramming the night before exams",  # personal
    "Fewer residents wandering off the ward at night",  # care home, phrasal
    "Fewer staff calling in sick on Mondays",  # factory, phrasal
    "Less rushing through safety checks",  # warehouse
    "Fewer subscribers unsubscribing after the welcome email",  # marketing
    "Fewer managers micromanaging their teams",  # HR
    "Less blaming in incident reviews",  # engineering
    "Fewer shoppers walking out of the queue",  # supermarket, phrasal
    "Fewer users giving up halfway through signup",  # product, phrasal
    "Fewer tenants falling behind on rent",  # housing, phrasal
    "Fewer volunteers pulling out the week before an event",  # nonprofit, phrasal
    "Fewer buyers backing out after the survey",  # estate agency, phrasal
    # "Stop" and a bad behaviour, in a personal or a team set
    "Stop rushing when the queue is long",  # lead's ruling of round 43
    "Stop panicking before big presentations",
    "Stop cramming the night before tests",
    "Stop biting my nails",
    "Stop micromanaging the design team",
    "Stop overthinking every client email",
    "Stop cutting corners on the pre-flight checklist",  # phrasal with its object
    "Stop snapping at people when I am tired",
]

BEHAVIOURS_NOT = [
    "Fewer steps in the checkout flow",
    "Fewer customers paying by cheque",
    "More pupils remembering their PE kit",  # the good side
    "Fewer teams using the old planning spreadsheet",
    "Less time spent waiting for approvals",  # a duration (decision 11)
    "Fewer handoffs between sales and onboarding",
    "Stop the old billing system by June",
    "Stop using paper timesheets by March",
    "Hang up the new safety posters in every depot",  # "hang" without its particle
    "Cut hold times by calling back within the hour",  # the means
    "Cut corner-shop delivery costs by 10%",  # a cost, no behaviour
    "Give every volunteer a named buddy",
]


@pytest.mark.parametrize(
    ("verb", "gerund"),
    [("panic", "panicking"), ("quit", "quitting"), ("cancel", "cancelling"), ("cancel", "canceling"),
     ("forget", "forgetting"), ("overthink", "overthinking")],
)  # fmt: skip
def test_neg43_gerunds_made_by_morphology(verb: str, gerund: str) -> None:
    """Decision 6330: panic -> panicking, "qu" a consonant (quit -> quitting), both spellings."""
    assert gerund in behaviour_gerunds()


# -- decision 6331: a long run of qualifying words between the cut and the bad events ----------

QUALIFIED = [
    "Reduce resident-reported noise nuisance complaints",  # council
    "Reduce reported on-site slip and trip injuries by 30%",  # construction
    "Reduce supplier-reported late payment disputes",  # finance
    "Reduce parent-reported after-school bus bullying complaints",  # school
    "Reduce driver-reported loading bay near-collision events",  # depot
    "Cut customer-reported parcel delivery damage claims by half",  # logistics
]

QUALIFIED_NOT = [
    "Increase customer-reported satisfaction to 4.6",
    "Cut reported turnaround time for repairs to 5 days",  # a duration
    "Grow staff-reported engagement scores to 80",
    "Reduce the time our night shift team spends on incident reports",  # a duration
    "Raise near-miss reports submitted by staff by 30%",
]


# -- decision 6333: mix-ups and line stops counted; downtime as a duration is not --------------

COUNTED = [
    "Cut medication mix-ups on the ward by 40%",
    "Order mix-ups at the pass under 3 a week",
    "Line stops per shift under 2",
    "Fewer than 2 line stops a shift on the canning line",
]

DURATION_NOT = [
    "Unplanned downtime hours halved",  # lead's ruling of round 43
    "Cut planned maintenance downtime to 4 hours a month",
    "非计划停机时间减少30%",
    "停机时长每月不超过6小时",
    "Line changeover time under 20 minutes",
]


# -- decisions 6334, 6335: a bad deed in Chinese, by its prefix or its verb ---------------------

DEEDS_ZH = [
    "不再拖交月度报表",  # finance
    "尽量不拖更",  # personal
    "尽量不乱发脾气",  # personal
    "不再挪用备用金",  # shop
    "不再偷懒省掉热身",  # sport
    "不再插手下属的日常工作",  # manager
    "推诿扯皮的情况减少一半",  # public service
    "上班摸鱼的次数降到每周1次以内",  # office
    "门诊滥开检查单的比例降到2%以下",  # clinic
    "减少擅自调班的次数",  # hospital
    "乱堆杂物的楼道减少到5处以内",  # housing estate
    "护工串岗次数降到每月2次以下",  # care home
]

DEEDS_ZH_NOT = [
    "不再使用纸质工单",
    "不再外包客服热线",
    "每天拖地两次",
    "不再需要人工对账",
    "高峰时段忙而不乱，出餐准时率达到95%",
    "擅长数据分析的员工占比提升到40%",
    "整治道路乱象专项行动覆盖全部12个街道",  # the work against it, no count cut
]


# -- decision 6336: a loose word in the condition a behaviour is stopped under ------------------


def _vague(kr: str) -> bool:
    draft = review(_LEADS[True] + kr, config=Config(use_model=False))
    checks = [c for o in draft.objectives for k in o.key_results for c in k.checks]
    return any(c.rule_id == "kr-vague-wording" and c.status == "fail" for c in checks)


STOPPED_UNDER = [
    "Stop panicking when customers talk fast",
    "Stop rushing the count when tills close quickly",
    "Stop overspending whenever payday feels good",
    "Never skip the warm-up when the session starts late and fast",
    "Stop interrupting while the discussion moves quickly",
]

# the loose word is the key result's own, or there is no condition: still vague
LOOSE = [
    "Respond quickly when customers complain",  # the loose word is the key result's own
    "Stop rushing and work more efficiently",  # no condition
    "Answer parent emails promptly",
    "Make stand-ups run smoothly when the team is remote",
]


@pytest.mark.parametrize(
    ("kr", "vague"), [*((k, False) for k in STOPPED_UNDER), *((k, True) for k in LOOSE)]
)
def test_neg43_condition_of_a_stop_is_not_vague(kr: str, vague: bool) -> None:
    assert _vague(kr) is vague


# -- decision 6337: a bad behaviour said by its plural noun, cut --------------------------------

BEHAVIOUR_NOUNS = [
    "Fewer tantrums at bedtime",  # personal, a parent's set
    "Fewer outbursts in team meetings",  # office
    "Fewer interruptions during surgery briefings",  # hospital
    "Fewer walkouts from the waiting room",  # clinic
    "Fewer hang-ups in the phone queue",  # call centre
    "Fewer arguments at shift handover",  # factory
    "Fewer fights in the playground",  # school
    "Fewer detentions for lateness",  # school
    "Fewer relapses after discharge",  # rehab service
    "Fewer blunders in client proposals",  # agency
    "Less nail-biting",  # personal
    "Cut impulse buys to 2 a month",  # personal finance
    "No more than 2 sick calls per porter this quarter",  # hospital, a cap before
    "Fewer than 3 red cards all season",  # youth football club
    "Fewer parking tickets for the delivery vans",  # fleet
]

BEHAVIOUR_NOUNS_NOT = [
    "Document the arguments of every public API function",  # no cut
    "Interruptions log reviewed at every huddle",  # no cut, a log
    "Grow the debate club's winning arguments to 8 a term",
    "Fewer clicks to file an expense",
    "Fewer takeaways, more home cooking",  # not listed (lessons elsewhere)
    "Under 3 defaults changed per release",  # settings: only loan or payment defaults
]


# -- decision 6340: a shop's shrink, as a noun; vulns for vulnerabilities -----------------------

SHRINK = [
    "Cut chilled-aisle shrink by 20%",  # supermarket
    "Reduce shrink to 1.2% of sales",  # retail chain
    "Less shrink on fresh lines",  # greengrocer
    "Bakery shrink under 3%",  # café
    "Reduce medium vulns by 40%",  # security team
]

SHRINK_NOT = [
    "Shrink the backlog by 30%",  # the verb, its object after it
    "Help teams shrink cycle time by 20%",
    "Shrink onboarding from 10 to 6 days",
    "Work to shrink by 20% the time to quote",
    "We shrink by half the approval steps",
]


# -- decisions 6332, 6338, 6339: questions answered by leaving the reading as it was (guards) ---


GUARDS_CLEAN = [
    "Invoice backlog older than 30 days: 0",  # 6332: a singular backlog stays a queue
    "Reduce billing tickets by 30%",  # 6339: a product area is the tickets' topic
    "Cut onboarding tickets from 200 to 120",
]

# 6338: 整改率 keeps decision 7; 6339: a failure as the reason keeps decision 6172
GUARDS_FLAGGED = ["隐患整改率100%", "Reduce password-reset tickets by 30%"]


# -- every wording above against the rule: the bad events flagged, their neighbours clean -------

_FLAGGED = [
    *BEHAVIOURS,
    *QUALIFIED,
    *COUNTED,
    *DEEDS_ZH,
    *BEHAVIOUR_NOUNS,
    *SHRINK,
    *GUARDS_FLAGGED,
]
_CLEAN = [
    *BEHAVIOURS_NOT,
    *QUALIFIED_NOT,
    *DURATION_NOT,
    *DEEDS_ZH_NOT,
    *BEHAVIOUR_NOUNS_NOT,
    *SHRINK_NOT,
    *GUARDS_CLEAN,
]


@pytest.mark.parametrize(
    ("kr", "flagged"), [*((k, True) for k in _FLAGGED), *((k, False) for k in _CLEAN)]
)
def test_neg43_negative_phrasing(kr: str, flagged: bool) -> None:
    assert _negative(kr) is flagged

"""neg42 (round forty-two): negative phrasing read by shape on wordings nobody here studied.

Bad behaviours said by their -ing form (a verb lexicon, morphology in the reader: decision 6170),
a check passed "with no" bad things (6171), contacts whose reason is a failure (6172), 不 before
a quality (6173), shortages (6174), the share of found bad things fixed named as a completion
rate (6175), money spent against the rules and claims that meet them (6176), things past an age
limit and people absent past a count (6177), and "re-" words written with a hyphen (6178). The
rules alone are checked (use_model off), so a test fails without the rule.

Every wording here is written for this file, across many kinds of teams.
"""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review
from rules._negative import behaviour_gerunds

_LEADS = {
    True: "Objective: Make the service run smoother (Q3 2027)\nKR: ",
    False: "O：让服务更顺（2027年Q3）\nKR：",
}


def _negative(kr: str) -> bool:
    """Whether kr-negative-phrasing fails on one key result, by the rules alone."""
    draft = review(_LEADS[kr.isascii()] + kr, config=Config(use_model=False))
    checks = [c for o in draft.objectives for k in o.key_results for c in k.checks]
    return any(c.rule_id == "kr-negative-phrasing" and c.status == "fail" for c in checks)


# -- decision 6170: a bad behaviour by its -ing form, with fewer / less / cut / reduce ----------

BEHAVIOURS = [
    "Less yelling on the shop floor",  # factory
    "Less bickering in team meetings",  # engineering
    "Fewer shoppers abandoning their carts at checkout",  # retail
    "Less gossiping at the nurses' station",  # hospital
    "Fewer pupils skipping afternoon classes",  # school
    "Cut interrupting in design reviews",  # design team
    "Less swearing on the loading dock",  # warehouse
    "Reduce late-night snacking to twice a week",  # personal
    "Fewer drivers speeding in the school zone",  # public service
    "Less procrastinating on my thesis chapters",  # personal
    "Reduce complaining in the staff room",  # school
    "Fewer tenants littering in the stairwells",  # housing
    "Cut filler words in my talks by half",  # personal, the noun
    # people leaving without what they came for (decision 3123's reading, "without" added)
    "Fewer customers leaving without buying",
    "Fewer patients leaving without being seen",
]

# the Chinese side: bad behaviours listed as words (no morphology to make), and leaving before
# doing what one came for (没/未 … 就走)
BEHAVIOURS_ZH = [
    "走廊里大声喧哗的情况减少一半",  # hospital
    "员工吵架次数降到每月1次以内",  # factory
    "开会时随意插嘴的次数减少一半",  # office
    "演讲中的口头禅减少一半",  # personal
    "自习课上说脏话的学生减少到3人以内",  # school
    "顾客没买东西就走的比例从30%降到20%",  # shop
    "病人没看上医生就离开的比例降到2%以下",  # clinic
    "来电没等到接通就挂断的比例降到5%以内",  # call centre
]

BEHAVIOURS_ZH_NOT = [
    "走廊巡查次数增加到每天3次",
    "学生到课率提升到98%",
    "顾客进店就买的比例提升到30%",
    "新员工入职就上岗的比例达到90%",
    "会员没到期就续费的比例提升到40%",
]

BEHAVIOURS_NOT = [
    "Fewer steps in the checkout flow",
    "Less time spent in status meetings",
    "Cut time spent arguing over specs by half",  # a duration (decision 11)
    "Fewer hours lost to gossiping about the reorg",
    "Cut approval time by speeding up sign-off",  # another verb, and the means
    "Reduce the number of forms by skipping the paper step",  # the means
    "Launch the smoking cessation programme for 200 staff",
    "Grow the anti-bullying club to 40 members",
    "Train 30 marshals in speeding enforcement",
    "Reduce printing by 40%",
    "Orders leaving without a tracking number down to 1%",  # things, not people
]


@pytest.mark.parametrize(
    ("verb", "gerund"),
    [
        ("argue", "arguing"),
        ("skip", "skipping"),
        ("gossip", "gossiping"),
        ("binge", "bingeing"),
        ("binge", "binging"),
        ("shout", "shouting"),
        ("fly-tip", "fly-tipping"),
    ],
)
def test_neg42_gerunds_made_from_the_verbs(verb: str, gerund: str) -> None:
    """Decision 6170: the lexicon holds plain verbs, the reader makes their -ing forms."""
    assert gerund in behaviour_gerunds()


# -- decision 6171: one check passed "with no" bad things -----------------------------------------

NO_FINDINGS = [
    "Fire audit passed with no major findings",
    "Pass the food hygiene inspection with no critical findings",
    "Boiler inspection passed with no red findings",
    "Pass the SOC 2 audit with no exceptions",
    "Close the ward accreditation visit with no major findings",
]

NO_FINDINGS_NOT = [
    "Pass the fire audit",
    "Pass the ISO 9001 surveillance audit by June",
    "Pass the driving test with a score above 90",
    "95% of releases with no rollback",
    "90% of site audits passed with no findings",  # the good share (decision 2923)
]

# -- decision 6172: contacts whose reason is a failure ------------------------------------------

FAILURE_DEMAND = [
    "Reduce password-reset tickets by 30%",
    "Cut printer-jam tickets from 80 to 20 a month",
    "Fewer how-do-I tickets about invoicing",
    "Reduce login-help calls to the service desk by half",
    "Locked-out calls down 50% after the new sign-in page",
    "密码重置工单减少40%",
    "卡纸报修电话减少一半",
    "账号锁定求助电话减少60%",
    "忘记密码来电每月降到50个以内",
]

FAILURE_DEMAND_NOT = [
    "Close 400 tickets this quarter",
    "Resolve 90% of tickets within 8 hours",
    "Cut average handling time for tickets to 6 minutes",
    "Halve VPN access tickets",  # a service asked for, demand (decision 11)
    "Raise self-service share of password resets to 70%",
    "处理工单500张",
    "工单按时关闭率达到95%",
    "密码重置工单处理时长缩短到2小时",  # a duration (decision 11)
]

# -- decision 6173: 不 before a quality ------------------------------------------------------------

NOT_QUALITIES = [
    "不合理处方比例降至3%以下",  # hospital
    "不规范病历数量减少50%",
    "不准确的库存记录减少到20条以内",  # warehouse
    "不一致的价签减少80%",  # shop
    "不清晰的发票照片数量减少70%",  # finance
    "不完整的入职档案减少到10份以内",  # HR
    "不卫生的摊位数量降到3个以下",  # market inspection
]

NOT_QUALITIES_NOT = [
    "处方合理率提升到97%",
    "规范病历占比达到95%",
    "不断提升门诊量到每天800人次",
    "不少于20家门店完成改造",
    "资料齐全率达到98%",
    "库存准确率提升到99%",
    "不合格品处理耗时减少30%",  # a duration (decision 11)
    "不规范病历整改时间缩短到3天",
]

# -- decision 6174: shortages ----------------------------------------------------------------------

SHORTAGES = [
    "短缺的耗材品种数减少一半",
    "缺药品种数降至3个以下",
    "断药的社区站点减少到2个",
    "Out-of-stock SKUs cut from 60 to 15",
    "Fewer shortages of school textbooks in September",
    "Reduce nurse shortages on night shifts by 30%",
]

SHORTAGES_NOT = [
    "SKU数增加到500个",
    "有货率提升到98%",
    "库存周转天数降到30天",
    "In-stock rate at 98%",
    "Fill all nurse posts on night shifts by June",
]

# -- decision 6175: the share of found bad things fixed, named as a completion rate -------------

FIXED_SHARE_NOT = [
    "消防隐患整改完成率100%",
    "问题整改按期完成率达到100%",
    "不符合项整改完成率100%",
    "设备隐患处置完成率达到95%",
]

FIXED_SHARE_STILL = [
    "安全隐患数量减少50%",  # the bad things counted
    "隐患整改率100%",  # decision 7 kept
]

# -- decision 6176: money spent against the rules; claims that meet them ------------------------

AGAINST_RULES = [
    "Out-of-policy spend under 2% of travel costs",
    "Cut out-of-policy travel spend by half",
    "Non-compliant spend down from 8% to 3%",
]

AGAINST_RULES_NOT = [
    "Travel spend under 2% of revenue",
    "Compliant expense claims at 98%",
    "Approved expense claims paid within 5 days",
    "Cut the cost of policy audits by 10%",
]

# -- decision 6177: things past an age limit, people absent past a count -----------------------

AGED_OR_ABSENT = [
    "Tickets older than 30 days from 140 to 40",
    "Invoices older than 60 days under 5% of the ledger",
    "Cut work orders older than 2 weeks by half",
    "Planning applications older than 8 weeks down to 12",
    "Children missing more than 10 school days from 60 to 25",
    "Pupils absent for over 15 days cut from 40 to 12",
    "Staff off sick for more than 20 days down to 6",
    "Reduce apprentices missing more than 3 sessions a term to 5",
]

AGED_OR_ABSENT_NOT = [
    "Members older than 65 at 40% of the choir",
    "Resolve tickets older than 30 days within a week",
    "Children attending more than 95% of school days up to 80%",
    "Pupils reading for more than 20 minutes a day up to 70%",
    "Volunteers giving more than 10 hours a month up to 50",
]

# -- decision 6178: a "re" word written with a hyphen ----------------------------------------------

HYPHENATED_RE = [
    "Post-op re-admissions under 3%",
    "Re-opened tickets below 4%",
]

HYPHENATED_RE_NOT = [
    "Re-open the east wing by March",
    "Re-admit 20 lapsed members to the club",
]


CASES = [
    *(
        (kr, True)
        for kr in BEHAVIOURS
        + BEHAVIOURS_ZH
        + NO_FINDINGS
        + FAILURE_DEMAND
        + NOT_QUALITIES
        + SHORTAGES
        + FIXED_SHARE_STILL
        + AGAINST_RULES
        + AGED_OR_ABSENT
        + HYPHENATED_RE
    ),
    *(
        (kr, False)
        for kr in BEHAVIOURS_NOT
        + BEHAVIOURS_ZH_NOT
        + NO_FINDINGS_NOT
        + FAILURE_DEMAND_NOT
        + NOT_QUALITIES_NOT
        + SHORTAGES_NOT
        + FIXED_SHARE_NOT
        + AGAINST_RULES_NOT
        + AGED_OR_ABSENT_NOT
        + HYPHENATED_RE_NOT
    ),
]


@pytest.mark.parametrize(("kr", "want"), CASES)
def test_neg42_negative_by_the_rules(kr: str, want: bool) -> None:
    """Decisions 6170-6178: the shapes read, and their neighbours left clean."""
    assert _negative(kr) is want

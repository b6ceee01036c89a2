"""Whether a key result states a result, a task or a count of effort (docs/principles.md,
"Result, not task", decisions 3–9 and 22–25), read from the item's facts.

Not a rule (the registry skips modules starting with '_'): kr-is-task, kr-activity-count and
kr-not-quantified read `reading(item)`. It decides by the shape of the wording, not by whole
phrases:

1. a count of efforts (posts, trainings, calls, "每周推文3篇") or a recurring effort without a
   measured result ("Weekly 1:1s with every AE", "每周投诉分析会") is an *activity* (decision 6);
2. adding people to the team is a *task*, with or without a count (decision 4);
3. a measured change — a from→to, a percentage, money, a duration or a multiple to reach, a
   count of outcomes (customers, leads, 粉丝) or of anything behind a comparator ("≥ 2") — is
   a *result*, whatever verb leads it ("Grow ARR to $2M", "提升复购率到30%");
4. otherwise the verb that heads the wording (coach/facts/shape.py) decides: one that moves,
   reaches or wins something (improve, reach, sign; 提升, 达到, 签约) is no task ("Improve X"
   without a number is unquantified and vague, not a task); any other action is a *task* — a
   *milestone* when it is a launch or a completion with a date on the KR's own line
   (decision 5);
5. with no verb, a deliverable named on its own ("Dashboards for every region", "官网改版") is
   a task; anything else is no task.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from coach.draft import Item
from coach.facts import Quantity
from coach.facts.bounds import bound
from coach.facts.owner import is_given_name, zh_person
from coach.facts.quantities import band_of_tens, units
from coach.facts.shape import (
    _EN_PARTICIPLES,
    EN_BE_BEFORE,
    Verb,
    _en_lemma,
    act_of_noun,
    en_verb_class,
    got_placed,
    taken_up_by,
    verb_classes,
    work_verb_after,
)
from coach.wordlists import find_terms, longest_first, mapping, word_set, words
from rules._kr_common import (
    ALWAYS_STAFF,
    ONTO_A_SERVICE,
    ZH_DISTANCE_UNITS,
    ZH_UNBROKEN,
    activity_counts,
    capped_per_cadence,
    clause_of,
    cleared,
    counts,
    days_in_state,
    en_habit_per_period,
    is_article,
    people_say_at,
    rest_amount,
    result_joined_after,
    served_acts,
    share_of,
    star_rated_reviews,
    team_moved_onto,
    terms,
    use_in_thousands,
    use_per_person_served,
    zh_brings_in_things,
    zh_care_time,
    zh_count_in_mechanism,
)
from rules._negative import (
    _matches,
    capped_lapses,
    closes_found_bad_things,
    negative_terms,
    states_absence,
    zero_events,
    zh_regressions_none,
)

Kind = Literal["result", "task", "milestone", "activity", "other"]


@dataclass(frozen=True)
class Reading:
    """What the key result is: `kind`, the local span to flag, and why (`reason`: hiring,
    launch, completion, decision, learning, certification, contact, action, deliverable,
    recurring, count, measured, change, passed)."""

    kind: Kind
    span: tuple[int, int]
    reason: str


# A second clause whose subject is the people the work serves, saying what they then do:
# "Mentor Alina and Mark; both lead an incident as IC solo by June" (work + result: decisions
# 135, 181 — kr-compound's reading, not a task).
_PEOPLE_RESULT = re.compile(
    r"(?:;|\s[—–-]\s)\s?(?:both|each|all|they)(?: of them)?\s"
    r"(?!(?:are|is|were|was|will|would|have|had|should|must)\b)(?:can\s)?[a-z]+"
)
# Verb classes that say what is to be done (coach/facts/data/*/verb_classes.txt).
_NO_TASK = frozenset({"change", "reach", "win"})
# Verbs whose participle makes its subject a written deliverable ("Career paths documented for
# every level", "Scorecards defined for every role"), whatever the subject is.
_WRITTEN_UP = frozenset(
    {"document", "write", "draft", "define", "design", "spec", "outline"}
    # written again: "Onboarding emails rewritten", "Job ads redesigned" (decision 1837)
    | {"rewrite", "redraft", "redesign"}
)
# Things put in place, then the participle of putting them there: "Smart meters installed:
# 4,000", "4,000 smart meters installed" are the deployment "Install 4,000 smart meters" says,
# a task (PRINCIPLES.md: deployments; decision 774), not a backlog worked through.
# Automating or setting up is such a deployment too: "Reconciliations automated for the 6 main
# bank accounts", "Podcast sponsorships in place on 3 shows" (decision 1825).
_SWITCHED_ON = re.compile(r"(?:ed)?\s(?:on|over)\b")
_PUT_IN_PLACE = frozenset(
    {"install", "fit", "mount", "retrofit", "wire", "roll out", "automate", "set up", "in place"}
)
# Verbs of marking things so that they can be found, sorted or followed, as participles after
# what they mark: "Every returned parcel is tagged with its reason code", "All supplier invoices
# indexed by purchase order", "Help requests are tracked in one queue" — the marking put in
# place, a task, not a backlog worked through ("All December returns processed by Jan 20"
# keeps that reading). With a share or a count before it, it is measured ("95% of parcels
# tagged"): decision 5481.
_MARKED_UP = frozenset({"tag", "label", "index", "track", "catalogue", "catalog"})
# People counted who can then do something on their own: a capability reached, a result
# (decision 460, as "3名骨干晋升为高级工程师" in decision 28): "2名博士生能独立指导硕士生完成课题".
_ZH_PEOPLE_CAN = re.compile(
    r"(?<![\d两二三四五六七八九十])(?:\d{1,4}|[两二三四五六七八九十]{1,3})\s?[名位]\s?[\u4e00-\u9fffA-Za-z]{1,10}?都?"
    r"(?:能够|能|可以)(?:独立|自己|单独|独自)?(?:地)?[\u4e00-\u9fff]"
)
# Every one of a group able to do something: "每个测试人员都能够独自完成测试环境的部署",
# "所有新人都能独立值班" (decision 927; decision 460 counts them with digits).
_ZH_EVERY_CAN = re.compile(
    r"(?:每(?:个|位|名|一个|一位|一名)|所有|全部|全体)[\u4e00-\u9fffA-Za-z]{1,10}?(?:"
    r"(?:都|均)(?:能够|能|可以|会)(?:独立|自己|单独|独自)?"
    # "每个店长能独立做月度盘点": without 都, on one's own says the same (decision 1319)
    r"|(?:能够|能|可以|会)(?:独立|自己|单独|独自))"
    r"(?:地)?[\u4e00-\u9fff]"
)
# Every one of a set delivered on time: "所有迭代都按期交付", "每个版本均按时上线" (decision 927).
_ZH_EVERY_ON_TIME = re.compile(
    r"(?:每(?:个|次|一个|一次)|所有|全部)[\u4e00-\u9fffA-Za-z]{1,10}?(?:都|均)(?:能|能够|可以)?"
    r"(?:按期|按时|如期|准时|按计划)(?:交付|上线|发布|完成|结项|验收)"
)
# Verbs of signing with someone: the agreement signed is won, not a document built
# ("与2家商超签订直供协议": decision 459).
_SIGNS = frozenset({"签订", "签署", "签约", "签下"})
# What 签订/签署 must sign to win something: an agreement, a contract, an order.
_ZH_AGREEMENT = re.compile(r"[^，,；;。]{0,10}?(?:协议|合同|订单|合作|意向书|备忘录|框架)")
# "新签团购合同30份", "团购合同新签30份": contracts newly signed are deals won, as "签订团购合同" is
# (tester13 #33; decision 942).
_NEWLY_SIGNED = frozenset({"新签", "新签约", "新签订", "新签署"})
_ZH_AGREEMENT_BEFORE = re.compile(r"(?:协议|合同|订单|意向书|备忘录)\s*$")


# Who an agreement is signed with, before the verb: "与2家商超", "和万达", "跟区医院", "同3所高校".
_ZH_SIGNED_WITH = re.compile(r"(?:与|和|跟|同|向)[\u4e00-\u9fffA-Za-z0-9]")


def _zh_document_signed_alone(item: Item, verb: Verb, lead: int) -> bool:
    """签订/签署 an agreement with no partner named before the verb and no count in the wording
    ("签订框架协议", "签署贷款协议"): the signing is the work (decision 6434)."""
    if any(q.is_target for q in item.facts.quantities):
        return False  # "签署年度合同3份": deals won, counted (decision 512)
    if _ZH_SIGNED_WITH.search(item.folded, lead, verb.start):
        return False  # "与2家商超签订直供协议": the partners won (decision 459)
    return not _ZH_SIGNED_WITH.search(item.folded, verb.end, item.core_span[1])


def _signed(item: Item, verb) -> bool:
    """Whether the verb signs an agreement won: 签订/签署/签约/签下, or 新签 with an agreement
    after it or before it."""
    if verb.word in _SIGNS:
        return True
    if verb.word not in _NEWLY_SIGNED:
        return False
    folded = item.folded
    return bool(
        _ZH_AGREEMENT.match(folded, verb.end)
        or _ZH_AGREEMENT_BEFORE.search(folded, max(0, verb.start - 12), verb.start)
    )


# A rate of contacting people: calls, visits and interviews made, as a share (decision 633).
_CONTACT_RATE = {
    # Not a coverage ("随访覆盖率", "follow-up coverage"): the share of a population the service
    # reaches is its outcome, not the calls made (decision 1582 narrows 633).
    "zh": re.compile(r"[回随走拜陪家]访(?:完成)?率"),
    "en": re.compile(
        r"\b(?:(?:exit|stay) interviews?|follow-up calls?|follow-ups?|callbacks?|check-in calls?"
        r"|home visits?)\s+(?:completion\s+)?rates?\b"
    ),
}
_REASON = {
    "hire": "hiring",
    "launch": "launch",
    "complete": "completion",
    "decide": "decision",
    "learn": "learning",
    "pass": "certification",
    "contact": "contact",
    "act": "action",
}

# Before a count: a comparator or a word for the level to reach makes it a target to reach.
_LEVEL_BEFORE = re.compile(
    r"(?:[≥≤<>＜＞]=?|≧|≦|以上|以内|不少于|不低于|不超过|至少|最多|达到|达|突破|超过|超|到|至|为|"
    r"\bat least|\bat most|\bup to|\bno more than|\bno fewer than|\bmore than|\bfewer than|"
    r"\bless than|\bunder|\bbelow|\babove|\bover|\bmax\.?|\bmin\.?|\bto|\breach|\bhit)\s?"
    r"(?:每[天日周月年]|每个?季度|每个?月|a day |a week |a month |per (?:day|week|month) )?\s?$"
)
# "2到3名": the upper end of a range, not a level reached with 到 (decision 194).
# "all/every … (with <measure>) below N": a threshold that picks the things the work touches
# ("Review all deals over $50k").
_ALL_WITH_THRESHOLD = re.compile(
    r"\b(?:all|every|each|any)\s[^,;.]{0,30}?(?:\bwith\s(?:an?\s|their\s|its\s)?[a-z0-9-]+"
    r"(?:\s[a-z0-9-]+)?)?\s(?:below|under|above|over|less than|more than|<|>)\s?\$?$"
)
# ... or a band of tenure, age or school year that says which people it takes: "Do stay
# interviews for all agents in tenure 3-6 months", "… for all mothers aged 18-25" (decision 3441)
_ALL_IN_BAND = re.compile(
    r"\b(?:all|every|each|any)\s[^,;.]{0,30}?\s(?:in\s(?:their\s)?(?:tenure|years?|grades?|ages?)"
    r"|in\s(?:their\s)?first|with\s(?:a\s)?tenure\s(?:of\s)?|aged|ages)"
    r"\s(?:\d{1,3}\s?(?:-|–|to|and)\s?)?$"
)
# Verbs that turn a class of work away (decision 2413), and a plural noun, maybe what it is
# worth or paid, then the threshold: "Stop taking projects under $5k".
# "refuse", "reject", "turn down", "turn away" head the wording as verbs (decision 2502)
_REFUSE_VERBS = frozenset(
    {"stop", "pause", "refuse", "reject", "drop", "decline", "turn down", "turn away"}
)
_CLASS_WITH_THRESHOLD = re.compile(
    r"\b[a-z]{2,}s(?:\s(?:with|worth|priced|valued|paying|at)(?:\s[^,;.]{0,20}?)?)?"
    r"\s(?:below|under|above|over|less than|more than|<|>)\s?[$€£]?$"
)
_RANGE_BEFORE = re.compile(r"(?<![从由\d])\d{1,4}\s?(?:到|至)\s?$")
_LEVEL_AFTER = re.compile(
    r"\s?(?:\+|以上|以内|以下|多|余|or (?:higher|more|above|better|less|fewer|lower|below)\b)"
)
# Before a duration: a threshold or a moment, not a target ("older than 180 days", "6 weeks
# before launch", "in the first 90 days").
_THRESHOLD_BEFORE = re.compile(r"(?:older than|younger than|first|last|after|超过)\s?$")
# Work done for every one of a group within a time: the time is a limit kept on each one, not
# the target ("Send feedback to every candidate within 48h"; decisions 364, 841).
_EVERY_ONE_WITHIN = re.compile(r"\b(?:every|each|all)\s[^,;.()]{1,40}?\swithin\s$")
_MOMENT_AFTER = re.compile(r"\s?(?:before|after|ahead|prior|前|后|之前|之后)")
# "3个工作日内输出": when a piece of work is due, not a measure of it (decision 314).
_ZH_WORK_WITHIN = re.compile(r"\s?以?内(?:完成|输出|出具|提交|发布|发出|交付|上线)")
# Money spent is an input (decision 23).
_SPEND = re.compile(r"投放|预算|花费|spend|budget|invest")
# A multiple or a count of times per period is a frequency of effort: "3x a week".
# A slash is "per" (decision 4830): "Work out 3x/week", "Swim 2x/wk".
_PER_PERIOD_AFTER = re.compile(
    r"\s?(?:(?:a|per|each|every)\s|/\s?)(?:day|week|wk|month|quarter|sprint)"
)
# … also with an average between the measure and its figure: "外卖单量月均2000单" (decision 1262).
_ZH_BOUND_WORDS = re.compile(r"\s|至少|不少于|不低于|保持在|达到|满")
# 度 of a period ("每季度", "年度") is no measure's name: "应急演练每季度1次" counts drills (6063).
_ZH_MEASURE_END = re.compile(
    r"(?:[量数额率]|(?<![季年])度|人数|金额|规模|次数|销量|粉丝)\s?"
    r"(?:[日周月年]均|人均|平均(?:每[天日周月年])?)?\s?$"
)
_ZH_PEOPLE_UNITS = frozenset("人名位")
# People counted in digits who pass an exam or gain a qualification (decision 785): the count
# of those who pass measures the training's result, as a share of a population does (decision
# 24) and as people reaching a capability do (decision 460); one's own "Get the CKS
# certification", "获得ISO9001认证" and everyone passing (decision 659) keep their readings.
# People who pass an exam, a certification or an assessment, their count closing the wording
# (decision 5547): "护士通过专科护士认证4人", "一线班组长通过安全资格考试12人".
_ZH_PASSED_THEN_COUNTED = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{1,10}?(?:通过|考取|取得|获得|拿到|考过|考下)[^，,；;。\d]{0,16}?"
    r"(?:考试|考核|认证|证书|资格证?|职称|执照|评估|评审|测评)\s?"
    r"(?:\d{1,4}|[两二三四五六七八九十]{1,3})\s?[名位人]\s?[。.]?"
)
# Each one of the team named by a role, perhaps with the period, before the verb (decision
# 5548): "每名教师", "每位编辑本季度", "各位店长每月".
_ZH_EACH_MEMBER = re.compile(
    r"\s?(?:每一?[位名个]|各位?)(?P<role>[\u4e00-\u9fff]{1,8}?)"
    r"(?:(?:本|每|这个)(?:季度|月|周|学期|年|天|日))?\s?"
)


def _zh_each_member_works(item: Item, verb: Verb, lead: int) -> bool:
    """A work verb after "each one of the team" (a staff role from kr_staff_nouns): the per-head
    share of the team's work, not the people served acting (decision 5548)."""
    if item.language != "zh" or verb.position != "predicate" or verb.cls not in _MEMBER_WORK:
        return False
    m = _ZH_EACH_MEMBER.fullmatch(item.folded, lead, verb.start)
    return m is not None and m.group("role").endswith(tuple(words("kr_staff_nouns", "zh")))


_MEMBER_WORK = frozenset({"complete", "act", "launch"})


_PEOPLE_PASS = {
    "zh": re.compile(
        # the team's own scope may come first, and where they win it after them: "组内2名青年
        # 教师在区级优质课评比中获一等奖", "科室3名护士在全市技能比武中获第一名" (decision 6843)
        r"(?:(?:本|全)?[\u4e00-\u9fff]{0,3}?(?:内|中|里|组|室|科|部|队|店|班|院|校))?"
        r"(?:\d{1,4}|[两二三四五六七八九十]{1,3})\s?[名位人]\s?[\u4e00-\u9fffA-Za-z]{0,8}?"
        r"(?:在[^，,；;。]{1,16}?(?:中|上|里))?都?"
        r"(?:(?:通过|考取|取得|获得|拿到|考过|考下)[^，,；;。]{0,16}?"
        r"(?:考试|考核|认证|证书|资格证?|职称|执照|证)"
        # "3名护士获省级护理技能竞赛三等奖": people counted who win a prize in a contest, the
        # outcome of their training, not hiring (decision 5304)
        r"|(?:获|荣获|获得|斩获|拿到|赢得|夺得)[^，,；;。]{0,16}?"
        r"(?:等奖|金奖|银奖|铜奖|优秀奖|第[一二三]名|冠军|亚军|季军))"
    ),
    "en": re.compile(
        r"\s?\d[\d,]*\+?\s(?:[a-z-]+\s){0,2}?[a-z-]+?s?\s"
        r"(?:pass|passes|get|gets|earn|earns|obtain|obtains|achieve|achieves|gain|gains)\s"
        r"(?:(?:their|the|a|an|its)\s)?(?:[a-z0-9-]+\s){0,4}?(?:exams?|certificates?|certifications?"
        r"|certified|licen[cs]es?|qualifications?|accreditations?|tests?)\b"
    ),
}
# People counted, then a verb of reaching and their own quota or target (decision 5286): "Four
# brokers reach their full quota", "4 agents reach their monthly target".
_EN_PEOPLE_MEET_QUOTA = re.compile(
    r"\s?(?:\d{1,4}\+?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s"
    r"(?:[a-z-]{1,20}\s){0,2}?[a-z-]{1,20}s\s"
    r"(?:hit|reach|make|exceed|beat|meet|achieve|surpass|top|attain)\s"
    r"(?:(?:at least|over|more than)\s)?(?:\d{1,3}%\s(?:of\s)?)?(?:(?:their|the|its|our)\s)?"
    r"(?:[a-z-]{1,20}\s){0,2}?(?:quotas?|targets?|sales plan|number|numbers)\b"
)


def people_meet_quota(item: Item, lead: int | None = None) -> bool:
    """Whether the English key result counts people who reach their own quota or target ("Four
    brokers reach their full quota"): a result, neither hiring nor routine (decision 5286)."""
    if item.language != "en":
        return False
    start = item.core_span[0] if lead is None else lead
    return _EN_PEOPLE_MEET_QUOTA.match(item.folded, start, item.core_span[1]) is not None


# An average over the efforts themselves ("视频号直播场均观看1万", "短视频条均播放5000"): what each
# effort reached, a measure's level, not efforts counted (decisions 102 and 645).
_ZH_PER_EFFORT_AVERAGE = re.compile(r"[场篇条期]均|单(?:场|篇|条|期)(?:平均)?")
# A means and the result it brings, in one clause: "通过直播带来新客3000人", "上线会员体系，带来月活10万".
_ZH_BRINGS = re.compile(r"(?:带来|带动|拉动|吸引|引来)[^，,。；;、]{0,10}$")
# A count right after a verb of receiving it from others: "开源代码仓库获得200个GitHub star",
# "发布的视频获得10万播放" — what the thing won, a result, whatever word opens its subject (a
# modifier such as 开源/发布的/自研 is no task verb; decision 1105).
_EN_SUBJECT_REACHES = re.compile(
    r"\b(?:reaches|hits|gains|gets|earns|tops|passes|exceeds|attracts|wins|grows to|rises to"
    r"|climbs to)\s(?:(?:at least|over|more than|another)\s)?$"
)
_ZH_GAINED = re.compile(r"(?:获得|赢得|收获|斩获|赢取|拿到|累计获得)(?:了|超过|至少|逾)?\s?$")


_ZH_EACH_ONE = re.compile(
    r"(?:(?:每一?位|每名|每个)[\u4e00-\u9fff]{1,6}都|(?:全体|全部|所有的?)[\u4e00-\u9fff]{0,6})\s?"
)


def _everyone_before(item: Item, lead: int, verb: Verb) -> bool:
    """A universal word in the subject before the verb: "全员", "所有叉车司机", "All drivers",
    "Every picker", "每位司机都" (decision 659)."""
    if _ZH_EACH_ONE.fullmatch(item.folded, lead, verb.start):
        return True
    return any(
        q.role == "scope" and lead <= q.start and q.end <= verb.start for q in item.facts.quantities
    )


# The whole of a group, then a verb of completing and a programme of learning: "Every agent
# finishes the compliance e-learning", "Everyone on the ward completes fire safety training",
# "All new starters complete induction", "All tutors go through the new policy module"
# (decisions 6034, 6430).
_EN_GROUP_COMPLETES_COURSE = re.compile(
    r"(?:(?:every|each|all|all\sof\sour|all\sour)\s(?:[a-z'’-]{1,20}\s){1,3}?"
    r"|(?:everyone|everybody)\s(?:(?:on|in|at)\s(?:[a-z'’-]{1,20}\s){1,3}?)?)"
    r"(?:complete|completes|finish|finishes|does|do|takes|take|attend|attends|sit|sits"
    r"|go\sthrough|goes\sthrough|work\sthrough|works\sthrough)\s"
    r"(?:(?:the|our|their|this|a|an)\s)?(?:[a-z0-9][a-z0-9&'’-]{0,20}\s){0,5}?"
    r"(?:training|refresher|course|module|e-learning|elearning|induction|programme|program)"
    r"(?![a-z-])"
)


def _group_completes_course(item: Item, lead: int) -> bool:
    """Whether the key result opens with a whole group completing a programme of learning, no
    figure: the completion of an activity by a population, a task (decision 6430, the lead's
    ruling of round 44, reversing 6034's share), as "全员完成安全培训" is; a share in digits
    ("95% of staff complete …") or a measured change after it stays measured."""
    if item.language != "en" or any(q.is_target for q in item.facts.quantities):
        return False
    return _EN_GROUP_COMPLETES_COURSE.match(item.folded, lead) is not None


# A whole group of people, or a share of them, then a verb of taking a thing up: "All drivers
# use the route app …", "Every tutor uses the new rubric", "80% of our nurses use …" (6435).
_EN_GROUP_USES = re.compile(
    r"(?:(?:all|every|each)\s(?:of\s)?(?:(?:our|the)\s)?|\d{1,3}(?:\.\d)?%\sof\s(?:(?:our|the)\s)?)"
    r"(?:[a-z'’-]{1,20}\s){0,2}?(?P<who>[a-z'’-]{2,20})\s(?:now\s|regularly\s|routinely\s)?"
    r"(?:use|uses|adopt|adopts|switch\sto|switch\sover\sto|work\sfrom|log\sinto)\s"
)


def _zh_unbroken_shown(item: Item) -> bool:
    """A Chinese key result holding a distance covered without a break (decision 6437)."""
    if item.language != "zh" or not ZH_UNBROKEN.search(item.folded, *item.core_span):
        return False
    return any(q.is_target and q.unit in ZH_DISTANCE_UNITS for q in item.facts.quantities)


def _group_uses(item: Item, lead: int) -> bool:
    """Whether an English key result opens with a whole group of people, or a share of them,
    taking up a thing ("All drivers use the route app to report closures"): adoption by those
    people, measured by how many of them do it (decisions 25, 6435) — no deliverable to build,
    unlike one's own use ("Use a budgeting app for every expense", decision 157)."""
    if item.language != "en":
        return False
    m = _EN_GROUP_USES.match(item.folded, lead)
    if m is None:
        return False
    who = m.group("who")
    people = word_set("kr_staff_nouns", "en") | word_set("objective_people", "en")
    return who in people or who.removesuffix("s") in people or who in ("crews", "staff")


# A head count as the subject: "5人", "3名客服", "12 technicians" (decision 780).
_ZH_PEOPLE_COUNT = re.compile(r"(?:\d{1,4}|[两二三四五六七八九十百]{1,3})\s?(?:名|位|个|人)")
_EN_PEOPLE_COUNT = re.compile(r"\d{1,4}\s+(?:[a-z-]+\s+){0,2}[a-z]+s\s*$")


def _people_counted_before(item: Item, lead: int, verb: Verb) -> bool:
    """A count of people right before the verb, as its subject."""
    if item.language == "zh":
        return _ZH_PEOPLE_COUNT.match(item.folded, lead, verb.start) is not None
    return _EN_PEOPLE_COUNT.match(item.folded, lead, verb.start) is not None


def _dated(item: Item) -> bool:
    """The key result's own date: on its line, or in its own table row's due cell ("| Roll out
    the new scanners | Tom | 15/08 |"); one inherited from the objective or the set is not
    (decisions 5, 656)."""
    return item.deadline_span is not None or ("due" in item.cells and item.deadline is not None)


# The first deal, order or client won (decision 1245): "Sign our first title-company contract",
# "Land our first corporate booking", "接到第一单品牌合作", "签下第一份合作协议".
_FIRST_WON = {
    "en": re.compile(
        r"(?:sign|land|win|close|book|get)(?:s|ed)?\s+(?:our|my|the|a)\s+(?:very\s+)?first\s"
        r"(?:[\w'’-]+\s){0,3}?(?:contract|deal|client|customer|account|order|booking|sale|sponsor|"
        r"partner|partnership|retainer|commission|gig|job)s?\b",
        re.I,
    ),
    "zh": re.compile(
        r"(?:接到|拿到|拿下|签下|签到|谈下|接下|争取到)(?:第一|头一|首)(?:单|笔|个|家|份|位)"
    ),
}
# One person named, then what they can do on their own: "Miguel runs the morning bake alone 5
# days a week by July 15", "Kayla closes the desk on her own", "小周9月前能独立排班" (decision 1245).
_EN_ALONE = re.compile(
    r"^(?P<who>[A-Z][a-zà-öø-ÿ'’-]+)\s+(?:[a-z]+s|can\s+[a-z]+)\b[^;.]{0,60}?"
    r"\b(?:alone|solo|on\s+(?:his|her|their)\s+own|unsupervised|without\s+(?:help|supervision))\b"
)
_ZH_ALONE = re.compile(
    r"(?P<who>[\u4e00-\u9fff]{2,3}?)[^，,；;。]{0,8}?(?:能够|能|可以)(?:独立|单独|独自)地?[\u4e00-\u9fff]"
)


def _first_deal_won(item: Item, lead: int, end: int) -> bool:
    m = _FIRST_WON[item.language].match(item.folded, lead, end)
    return m is not None


def _person_can_alone(item: Item, lead: int, end: int) -> bool:
    if item.language == "en":
        m = _EN_ALONE.match(item.plain[lead:end])
        return m is not None and is_given_name(m.group("who"))
    m = _ZH_ALONE.match(item.folded, lead, end)
    if m is None:
        return False
    # a family member in a personal set ("女儿8月前能独立游完25米", decision 2344)
    if zh_person(m.group("who")):
        return True
    at = m.start()
    for mine in ("我家", "我的", "我", ""):
        if item.folded.startswith(mine, at):
            return any(item.folded.startswith(k, at + len(mine)) for k in words("kin_words", "zh"))
    return False


# Personal to-dos and practices put in place (decision 1246; PRINCIPLES.md: personal to-dos,
# activities): a book or course gone through once ("3月前把两本教材过一遍", "寒假把教材从头到尾
# 啃一遍"); money set aside or spent on a thing ("年终奖的一半买指数基金", "Put $5,000 of Q2 fees
# into a new scanner"); time left in each session for others to do something ("每节课留5分钟让
# 学生上台讲题", "Give each shift 10 minutes to walk the nets"); a class taught ("上一节县级公开课").
_ZH_GONE_THROUGH = re.compile(
    r"[^，,；;。]{0,16}?(?:过|看|读|啃|刷|学|练|背|复习|翻)(?:完)?(?:一|两|二|三|几)遍"
)
_ZH_INCOME = r"(?:年终奖|奖金|工资|薪水|收入|压岁钱|红包|分红|稿费|副业收入|存款)"
_ZH_MONEY_PUT = re.compile(
    rf"(?:[^，,；;。]{{0,6}}?){_ZH_INCOME}[^，,；;。]{{0,4}}?"
    r"(?:一半|三分之一|四分之一|[一二三四五六七八九两\d]成|[\d.]+\s?%|百分之[一二三四五六七八九十]+|[\d.]+\s?[万千]?元)"
    r"(?:的钱)?(?:用来|拿来|拿去|去|都)?(?:买|存|投|定投|还|捐)"
)
_ZH_TIME_LEFT = re.compile(
    r"[^，,；;。]{0,10}?留\s?(?:\d+|[一二三四五六七八九十两]+)\s?分钟(?:时间)?(?:让|给|供)"
)
# ... and the minutes of each lesson or meeting given to one exercise, without 留 … 让 ("每节课前5分钟
# 听写", "每次班会10分钟安全教育", "课前3分钟演讲"): a practice put in place, as decision 1246's
# "每节课留5分钟让学生上台讲题" (decision 6915).
_ZH_SESSION_MINUTES = re.compile(
    r"(?:每(?:一)?(?:节|堂|次)(?:课|班会|例会|晨会|早会|周会)(?:课前|课后|课上)?|课前|课后|课堂上?)"
    r"(?:开始前|结束前|前|后|上)?\s?(?:留出?|拿出|抽出|用)?\s?(?:\d+|[一二三四五六七八九十两]+)\s?分钟"
    r"(?:时间)?(?:做|进行|开展|用于|来|搞)?(?:[\u4e00-\u9fff]{2,8})[。]?"
)
# ... and such lessons counted with the lesson first ("公开课2节", "每学期示范课1节"; decision 6916).
_ZH_LESSONS_COUNTED = re.compile(
    r"(?:每学期|每学年|本学期|全年|每人)?(?:县级|区级|市级|校级)?(?:公开课|示范课|观摩课|汇报课)"
    r"(?:不少于|至少)?\s?(?:\d+|[一二三四五六七八九十两])\s?(?:节|堂|次)[。]?"
)
_ZH_CLASS_TAUGHT = re.compile(
    r"(?:上|讲|开|执教)(?:好)?(?:\d+|[一二三四五六七八九十两])\s?(?:节|堂)[\u4e00-\u9fff]{0,8}?课"
)
_EN_MONEY_PUT = re.compile(
    r"(?:put|spend|invest|use|move)\s+(?:\$[\d,.]+\s?[km]?|half|a\s+third|a\s+quarter|\d+\s?%)\b"
    r"[^;]{0,40}?\b(?:into|on|towards?|for)\s+(?:a|an|the|my|our|new)\b",
    re.I,
)
_EN_TIME_LEFT = re.compile(
    r"(?:give|leave|set\s+aside|save|keep|block)\s+(?:each|every|all|the)?[^;]{0,40}?\b\d+\s?"
    r"(?:minutes?|mins?)\b[^;]{0,50}?\bto\s+[a-z]+",
    re.I,
)
_EN_EFFORTS_COUNTED = re.compile(
    r"(?:number|no\.|#|count)\s+of\s+(?:[\w-]+\s){0,2}?(?P<noun>[\w-]+)\s+"
    r"(?:made|provided|placed|given|held|conducted|delivered|sent|performed|logged|run|done)\b",
    re.I,
)
_EN_EFFORT_NOUNS_EXTRA = frozenset({"referral", "referrals"})
# A titled book, course or film to read, watch or go through: "Read \"Profit First\" and set up
# the 4 bank accounts" is a to-do whatever follows it (decision 1246).
_EN_TITLE_READ = re.compile(
    r"(?:read|re-?read|finish\s+reading|watch|listen\s+to|study|go\s+through|take)\s+"
    r"(?:the\s+)?(?:book|course|audiobook|podcast|film|documentary)?\s?[\"“‘«]",
    re.I,
)


# Someone outside the doing judges the work and gives a verdict in quotes (decision 3243):
# '(My) supervisor rates the draft "ready for committee"', 'The panel grades the bid "fundable"'.
_RATER_VERDICT = re.compile(
    r"(?<![a-z])(?:(?:the|my|our|an?)\s)?(?:[a-z][a-z-]*+\s){0,2}?"
    r"(?:supervisors?|editors?|panel|assessors?|examiners?|reviewers?|coach(?:es)?|judges?"
    r"|auditors?|inspectors?|moderators?|committee"
    r"|board|mentors?|tutors?|clients?|referees?)\s(?:rates?|grades?|judges?|scores?|marks?|assess(?:es)?"
    r"|deems?|signs?\soff)\s[^\"“‘]{1,60}?\s(?:as\s)?[\"“‘][^\"”’]{2,40}[\"”’]"
)


def _personal_todo(item: Item, lead: int, end: int) -> tuple[Kind, str] | None:
    f = item.folded
    if item.language == "zh":
        start = lead + 1 if f.startswith("把", lead) else lead
        if _ZH_GONE_THROUGH.fullmatch(f, start, end):
            return "task", "learning"
        if _ZH_MONEY_PUT.match(f, lead, end):
            return "task", "action"
        if _ZH_TIME_LEFT.match(f, lead, end):
            return "task", "action"
        # (a measure of the exercise is a result: "每节课前5分钟听写正确率提升")
        if _ZH_SESSION_MINUTES.fullmatch(f, lead, end) and not item.facts.kpis:
            return "task", "action"
        if _ZH_CLASS_TAUGHT.match(f, lead, end) or _ZH_LESSONS_COUNTED.fullmatch(f, lead, end):
            return "activity", "count"
        return None
    if _EN_TITLE_READ.match(f, lead, end):
        return "task", "learning"
    if _EN_MONEY_PUT.match(f, lead, end) or _EN_TIME_LEFT.match(f, lead, end):
        return "task", "action"
    m = _EN_EFFORTS_COUNTED.match(f, lead, end)
    if m is not None:
        noun = m.group("noun").lower()
        if noun in _EN_EFFORT_NOUNS_EXTRA or noun in word_set("kr_activity_nouns", "en"):
            return "activity", "count"
    return None


# A check named first, then its passing on a count of the things checked (decision 2860): "Smoke
# tests pass for 20 of 20 services", "Quarterly fire-drill runbook test passes for all 9
# capabilities", "Restore drill succeeds in 4 of 4 regions" — the checks' outcome on the things
# checked, a result, as "Security scan passes for 100% of container images" already was. Running
# the checks stays effort ("Run 9 fire drills", "Run the runbook test for all 9 capabilities").
_CHECKS_PASS = re.compile(
    r"\b(?:tests?|checks?|drills?|audits?|scans?|builds?|suites?|inspections?"
    r"|pipelines?|exercises?)\s+(?:pass(?:es)?|succeeds?|(?:is|are|runs?|stays?)\s+green)\s+"
    r"(?:for|on|in|across|at)\s+(?:all\s+)?\d[\d,]*(?:\s+of\s+(?:the\s+)?\d[\d,]*)?\s+[a-z]",
    re.I,
)


def _checks_pass(item: Item, start: int, end: int) -> bool:
    """A check passing, named within the item's first five words, no comma before it (2860)."""
    m = _CHECKS_PASS.search(item.folded, start, end)
    if m is None:
        return False
    before = item.folded[start : m.start()]
    return "," not in before and len(before.split()) <= 4


# A word that can be a verb of work, then a plural noun, then a participle: "Audit findings
# closed within 30 days", "Review actions completed on time" — a noun compound as the subject,
# the participle its predicate (decision 3004, after 1294).
_NOUN_THEN_DONE = re.compile(
    r"(?<!\s)\s++[a-z]{3,}s\s++([a-z]{3,}ed)\s++"
    r"(?:within|on\s+time|in\s+(?:under|less\s+than)\s)"
)


# The verbs of running a trial (English) and the words that name one (Chinese): decision 3894.
_PILOT_VERBS = frozenset({"pilot", "trial", "test-drive"})
_ZH_PILOTS = ("试点", "试行")
# What a pilot's count follows when it only says where or with whom the pilot runs: "with 3
# customers", "in 5 classrooms", "在2个病区", "为期4周".
_EN_SCOPE_BEFORE = re.compile(r"\b(?:with|in|at|across|among|for|to)\s+(?:the\s+|our\s+)?$")
_ZH_SCOPE_BEFORE = re.compile(r"(?:在|于|为期|选取|选择|挑选)$")


# A bracket holding what each one gets: "($500/person/quarter)", "(£200 per teacher per year)".
_TERMS_BRACKET = re.compile(r"\(([^()]*?(?:/|\bper\b|\beach\b)[^()]*)\)")


def _terms_in_bracket(item: Item, verb: Verb | None) -> bool:
    """An English launch leading the key result whose every target is money in a bracket that
    gives a rate per person or period ("Launch a learning stipend ($500/person/quarter) by April
    30"): the bracket states the terms of the thing launched, what each one gets, no outcome it
    moves (decision 4798; decision 25's launch)."""
    if item.language != "en" or verb is None or verb.cls != "launch" or verb.position != "lead":
        return False
    targets = [q for q in item.facts.quantities if q.is_target]
    if not targets or any(q.kind != "money" for q in targets):
        return False
    spans = [m.span(1) for m in _TERMS_BRACKET.finditer(item.folded, verb.end, item.core_span[1])]
    return all(any(s <= q.start and q.end <= e for s, e in spans) for q in targets)


# A floor or a count alone in a bracket right after the people met: "(at least 12)", "(10+)".
_EN_BRACKET_FLOOR = re.compile(r"[a-z]s \((?:at least |min\.? |minimum |about |~)?$")


# Decision 5523: "it", or a made thing after a determiner and up to three modifiers, then a verb
# of what it does (rules/data/en/kr_feature_verbs.txt).
_EN_FEATURE_SUBJECT = re.compile(
    r"(?:(?P<it>it)|(?:the|our|this|a|an|each|every|new)\s(?:[a-z0-9-]{1,20}\s){0,3}?"
    r"(?P<thing>[a-z-]{2,20}))\s(?:now\s|also\s|automatically\s)?(?P<verb>[a-z]{3,14}s)\b"
)


def _feature_described(item: Item, lead: int) -> bool:
    """An English key result that says what a thing the team builds does, with no figure: "It
    syncs contacts with the shared calendar", "Our booking site accepts gift cards" (decision
    5523). A figure keeps what the thing reaches ("It loads in under 2 seconds")."""
    if item.language != "en" or item.facts.from_to:
        return False
    if any(q.is_target for q in item.facts.quantities):
        return False
    m = _EN_FEATURE_SUBJECT.match(item.folded, lead, item.core_span[1])
    if m is None or m.group("verb") not in word_set("kr_feature_verbs", "en"):
        return False
    thing = m.group("thing")
    return thing is None or (
        thing in word_set("kr_artefact_heads", "en")
        or thing in word_set("kr_deliverables", "en")
        # "The copilot suggests the next action", "Our invoicing product sends …": an AI agent or
        # assistant, or a product named by what it is for, is the thing built (decision 6653)
        or thing in _FEATURE_AGENTS
        or (thing in _FEATURE_PRODUCTS and m.start("thing") > item.folded.find(" ", m.start()) + 1)
    )


_FEATURE_AGENTS = frozenset({"agent", "agents", "assistant", "assistants", "copilot", "copilots"})
_FEATURE_PRODUCTS = frozenset({"product", "products"})


def _graded_thing(item: Item) -> bool:
    """An English key result without a verb that names a thing, no measure and no target, and
    carries a grade or a progress taken off its tail ("Pupil report for governors P3 0.35",
    "Review of the travel policy - 0%"): the grade says how far the thing got, so the thing is
    the piece of work it tracks (decision 5741). A measure named with its grade ("Weekly active
    users 0.6") was read before; a change asked for keeps its reading (PRINCIPLES.md)."""
    if item.language != "en" or item.score is None or item.facts.from_to:
        return False
    if item.facts.direction(*item.core_span) is not None or _EN_MORE_OF.match(
        item.folded, item.core_span[0]
    ):
        return False  # "More recognition 0.4", "Faster refunds 0.5": a change asked for
    head = _EN_PHRASE_HEAD.match(item.folded, item.core_span[0], item.core_span[1])
    word = head.group("head") if head is not None else ""
    if word in _PEOPLE_SUBJECTS or any(word in word_set(name, "en") for name in _NO_THING_MADE):
        # "Happy volunteers 0.3": people in a state; "Staff morale 0.6", "Referrals from
        # existing donors 0.4": a quality, a measure or a result counted, named and graded
        return False
    if word.endswith("s") and _EN_NEW_LEADS.match(item.folded, item.core_span[0]):
        return False  # "New enterprise logos 0.6": the new ones won, counted
    return not any(q.is_target for q in item.facts.quantities) and not item.facts.kpis


# The lexicons whose word, heading a graded wording, names no thing made (decision 5741).
_NO_THING_MADE = (
    "people_served", "kr_staff_nouns", "kr_broad_qualities", "measure_words", "kr_outcome_nouns",
    "kr_counted_results", "kr_made_outcomes",
)  # fmt: skip
# "New" opening a verbless wording, past a label: the new ones of something (won or gained).
_EN_NEW_LEADS = re.compile(r"\W{0,3}(?:[a-z.&/'’ ]{1,30}?:\s{1,3})?new\s")
# The head of a verbless wording's first phrase: its last word before a preposition or a mark.
_EN_PHRASE_HEAD = re.compile(
    r"\W{0,3}(?:[a-z.&/'’ ]{1,30}?:\s{1,3})?(?:[a-z0-9'’-]{1,24}\s){0,5}?(?P<head>[a-z'’-]{2,24})"
    r"(?=\s(?:for|on|in|of|with|to|at|across|by|from)\b|\s?[(\[,;.]|\s?$)"
)


# A comparative opening a verbless wording: more, fewer, better … of something (a change).
_EN_MORE_OF = re.compile(
    r"\W{0,3}(?:more|fewer|less|better|higher|lower|faster|quicker|greater|bigger|smaller"
    r"|cheaper|easier|stronger|wider|broader|deeper|richer|safer|simpler|clearer|leaner"
    r"|[a-z]{2,12}ier)\b"
)


# Decision 5746: a state of a thing put in service, then a bracket right after it.
_EN_IN_SERVICE_BRACKET = re.compile(
    r"(?<![a-z])(?:operational|live|running|working|deployed|in\sproduction|up\sand\srunning)"
    r"\s?\((?P<spec>[^()]{1,80})\)"
)
# What makes a bracket's figures a level reached rather than the thing's make-up: a share, the
# people or places that use it, a time or a bound.
_LEVEL_IN_SPEC_WORDS = (
    "users?", "customers?", "people", "members", "staff", "clients", "patients", "students",
    "teams?", "stores", "sites", "schools", "clinics", "used", "using", r"adopt\w{0,4}", "active",
    "uptime", "within", "under", "below", "above", "less", "fewer", "faster", "seconds?",
    "minutes?", "hours?", "ms",
)  # fmt: skip
_EN_LEVEL_IN_SPEC = re.compile(rf"%|(?<![a-z])(?:{'|'.join(_LEVEL_IN_SPEC_WORDS)})(?![a-z])")


def _spec_in_bracket(item: Item) -> bool:
    """An English key result that puts a thing in service and gives what it is made of in a
    bracket after the state ("Fault log operational (hourly run, 30+ sensors)", "Stock sync
    running (nightly job, 200+ SKUs)"): every target is in that bracket, which counts the
    thing's parts or runs, no level it reaches, so the line is the thing to deliver (decision
    5746). A share, the people or places using it, or a time in the bracket keeps it measured
    ("Booking app live (used by 40% of guests)")."""
    if item.language != "en" or "(" not in item.folded:
        return False
    targets = [q for q in item.facts.quantities if q.is_target]
    if not targets:
        return False
    m = _EN_IN_SERVICE_BRACKET.search(item.folded, *item.core_span)
    if m is None or _EN_LEVEL_IN_SPEC.search(m.group("spec")):
        return False
    return all(m.start("spec") <= q.start < m.end("spec") for q in targets)


# After a thing put in service, the figures that are no level it reaches: its own quality bar
# ("<100ms latency, 99.9% uptime"), its progress after a closing dash ("- 50%"), a zero in a
# closing bracket ("(track open items to zero)") (decision 6742).
_EN_PROGRESS_CLOSE = re.compile(r"\s[-–—]\s?\d{1,3}\s?%\s*$")
_EN_SERVICE_STATES = frozenset(
    {"live", "in place", "in production", "operational", "up and running", "shipped", "launched",
     "released", "deployed", "rolled out"}
)  # fmt: skip


def _launch_state_bars(item: Item) -> bool:
    """An English thing said to be in service — a launch state or participle after its subject
    ("4 payment gateways live", "48 hr refund SLAs in place", "All agreed fixes are shipped") —
    whose every target is the thing's own count or spec before the state, or after it a quality
    bar of kr_quality_measures, a progress share after a closing dash, or a zero in a closing
    bracket: the line is the launch with its acceptance bar, as "Launch the search with 99.5%
    uptime" is (decisions 25, 2149, 5430; decision 6742). A share or a population before the
    state ("80% of stores live on the new till", "40 schools live on the app"), a measure moved
    after it, or a time share ("up and running 99.9% of the time") keep their readings."""
    verb = item.facts.shape.verb
    if item.language != "en" or item.facts.from_to or verb is None:
        return False
    said = item.folded[verb.start : verb.end]
    if verb.position != "predicate" or verb.cls not in ("launch", "complete", "act"):
        return False
    if said not in _EN_SERVICE_STATES and verb.word not in _EN_SERVICE_STATES:
        return False
    targets = [q for q in item.facts.quantities if q.is_target]
    if not targets:
        return False
    core_start, core_end = item.core_span
    if _served(item, (core_start, verb.start)):
        return False  # "40 schools live on the app": those using it (decisions 3, 8)
    _cs, ce = clause_of(item, verb.start)
    if item.facts.direction(verb.end, ce) is not None:
        return False  # "New checkout live, conversion up 10%": a measure moved
    if all(q.end <= verb.start for q in targets):
        return False  # "2 new payment methods live by June": no bar after the state
    quality = terms(item, "kr_quality_measures")
    text = item.folded
    progress = _EN_PROGRESS_CLOSE.search(text, verb.end, core_end)
    for q in targets:
        if q.end <= verb.start:
            if q.kind == "percent":
                return False  # "80% of stores live on the new till": a share (decision 3)
            continue  # "4 payment gateways live", "48 hr refund SLAs in place": its own count
        if progress is not None and progress.start() <= q.start:
            continue
        if q.value == 0 and text.rfind("(", verb.end, q.start) > text.rfind(")", verb.end, q.start):
            continue  # "(track open items to zero)": a note in a closing bracket
        if q.kind == "count" and text[q.start - 1 : q.start] == "p":
            continue  # "p95 response time": a percentile's name
        if q.kind in ("count", "money") or not any(
            q.start - 24 <= t[0] and t[1] <= q.end + 20 for t in quality
        ):
            return False
    return True


# Decision 5744: a passive of something done to things ("get flagged", "are routed", "is sent")
# with "automatically" beside it.
_EN_AUTO_PASSIVE = re.compile(
    r"(?<![a-z])(?:get|gets|got|are|is|will\sbe|now)\s(?:automatically\s|auto-)?"
    r"(?P<done>[a-z]{3,20}(?:ed|en)|sent|built|set|put|kept)\b"
)
_EN_AUTOMATICALLY = re.compile(r"(?<![a-z])(?:automatically|auto-)")
# Things, a passive (get / are / is, or none), a participle, up to eight words, then
# "automatically" closing the wording (decision 5619).
_EN_AUTOMATED = re.compile(
    r"(?:[a-z0-9][a-z0-9'’-]{0,20}\s){1,6}?(?:(?:get|gets|are|is|will\sbe|can\sbe)\s)?"
    r"[a-z]{2,20}(?:ed|[^aeiou\s]t|wn|en)\s(?:[a-z0-9][a-z0-9'’/-]{0,20}\s){0,8}?"
    r"(?:fully\s)?automatically\W{0,3}"
)


def _done_automatically(item: Item, lead: int) -> bool:
    """An English key result that says what happens to some things automatically, in the
    passive, with no target after it: "Late invoices get flagged to the finance team
    automatically", "Missed doses are automatically texted to the carer" — the feature to
    build (decision 5744, as decision 5523's "The scheduler assigns cover shifts
    automatically"). A figure after the verb keeps a level ("… automatically within 5
    minutes for 95% of cases"); figures before it qualify the things ("with $5k+ balances").
    With no figure at all, things, a participle and "automatically" closing the line are the
    same feature whatever the passive's form ("Overdue orders flagged to sales automatically",
    decision 5619)."""
    if "auto" not in item.folded or item.language != "en":
        return False
    start, end = item.core_span
    if (
        not item.facts.quantities
        and not item.facts.from_to
        and "automatically" in item.folded
        and _EN_AUTOMATED.fullmatch(item.folded, lead, end) is not None
    ):
        return True
    auto = _EN_AUTOMATICALLY.search(item.folded, start, end)
    m = _EN_AUTO_PASSIVE.search(item.folded, start, end) if auto is not None else None
    if m is None or auto is None or m.start() == start or abs(auto.start() - m.end()) > 60:
        return False
    for q in item.facts.quantities:
        if not q.is_target:
            # "All invoices are sent automatically", "… every Monday": every one of them, the
            # coverage of decision 5522, or a cadence — no feature named alone
            return False
        if q.start >= m.start() or q.kind == "percent":
            return False  # "90% of refunds are processed automatically": the share is the level
        if not (
            _EN_PICKS_BEFORE.search(item.folded, max(start, q.start - 16), q.start)
            or item.folded.startswith("+", q.end)
        ):
            return False  # "400 claims are paid automatically": the things counted
    return True


# A figure that picks the things rather than counting them: "over $5k", "with $20k+ balances".
_EN_PICKS_BEFORE = re.compile(
    r"(?<![a-z])(?:over|above|under|below|with|than|least|most)\s?[$£€]?$"
)


# Decision 5745: the use by others right after "and" ("and used by", "and in use at", "and
# adopted by") once the thing is delivered.
_EN_AND_USED = re.compile(
    r"\s(?:and|&)\s(?:is\s|are\s|now\s|being\s){0,2}(?:used|in\suse|adopted|in\sdaily\suse)\b"
)


def _delivered_then_used(item: Item, verb: Verb | None) -> bool:
    """An English key result whose thing is delivered (a participle of making or launching, or
    a state such as live, after its subject) and then used by others, with no figure at all:
    "The returns form is added and used by stores", "Visitor kiosk installed and in use at
    reception" — nothing counts the use, so the line names the thing to deliver (decision
    5745). "… and used by 80% of stores" counts the adopters and stays adoption (decision 8)."""
    if item.language != "en" or verb is None or verb.position != "predicate":
        return False
    if verb.cls not in ("act", "launch", "complete") or item.facts.quantities:
        return False
    return _EN_AND_USED.match(item.folded, verb.end, item.core_span[1]) is not None


# Decision 5527: a verb of checking or assessing, then a share of the things checked and nothing
# after them that raises a bar (a time limit, a baseline, a level they must reach).
_EN_CHECKING_VERBS = frozenset({"inspect", "check", "verify"})
_EN_SHARE_CHECKED = re.compile(
    r"(?<![a-z-])[a-z-]{1,30}\s(?:at least\s)?\d{1,3}(?:\.\d)?\s?%\sof\s(?:the\s|our\s|all\s)?"
    r"(?:[a-z0-9'’-]{1,24}\s){0,4}?(?P<head>[a-z-]{2,24})"
    r"(?=\s(?:for|against|in|on|at|across|before|this|per|every|each|by)\b|\s?[.;,(]|\s?$)"
)
_EN_BAR_AFTER = re.compile(r"\b(?:within|up from|from|than|pass|passing|meet|meeting|score)\b")


def _share_checked(item: Item, verb: Verb | None) -> bool:
    """An English key result that checks, audits or assesses a share of the team's own things
    ("Inspect 100% of fire hydrants before winter", "Survey 80% of the estate's roofs"):
    discovery work (PRINCIPLES.md: decide, identify, research, measure), the share how far it
    went, as a share of one piece of work is (decision 2120). People served stay a result
    ("Screen 90% of new patients for depression"), and so does a share with a bar after it
    ("Review 100% of grant applications within 10 days, up from 60%"; decision 5527)."""
    if item.language != "en" or verb is None or verb.position != "lead" or item.facts.from_to:
        return False
    if verb.cls != "decide" and verb.word not in _EN_CHECKING_VERBS:
        return False
    targets = [q for q in item.facts.quantities if q.is_target]
    if len(targets) != 1 or targets[0].kind != "percent":
        return False
    m = _EN_SHARE_CHECKED.match(item.folded, verb.start, item.core_span[1])
    if m is None or not m.start() <= targets[0].start < m.end():
        return False
    head = m.group("head")
    if head in word_set("people_served", "en") or head in _PEOPLE_SUBJECTS:
        return False
    return _EN_BAR_AFTER.search(item.folded, m.end(), item.core_span[1]) is None


# Decision 5531: "(the) ability / option (for <who>) to <verb>" opening a verbless key result.
_EN_ABILITY_OPENS = re.compile(
    r"(?:the\s|an?\s)?(?:ability|option|capability)\s(?:for\s(?:[a-z'-]{1,20}\s){1,3}?)?to\s"
    r"(?P<verb>[a-z]{2,20})\b"
)
_EN_COMPARATIVES = frozenset(
    {"faster", "quicker", "sooner", "easier", "cheaper", "smoother", "safer", "higher", "lower",
     "greater", "more", "less", "fewer", "better", "worse"}
)  # fmt: skip


def _ability_named(item: Item, lead: int) -> bool:
    """A feature named by what it lets people do, with no figure: "Ability to pay invoices by
    bank transfer", "Option to pause a membership", "Ability for parents to book slots online"
    (decision 5531). A comparative after it asks for a change ("Ability to respond faster"), and
    a figure keeps the level reached."""
    if item.language != "en" or item.facts.quantities:
        return False
    m = _EN_ABILITY_OPENS.match(item.folded, lead, item.core_span[1])
    if m is None:
        return False
    rest = item.folded[m.end() : item.core_span[1]]
    if any(c.isdigit() for c in rest):
        return False  # "Ability to close the books in 3 days": a level the team reaches
    return _EN_COMPARATIVES.isdisjoint(re.findall(r"[a-z]+", rest))


def _contacts_counted_in_bracket(item: Item, verb: Verb | None) -> bool:
    """An English verb of contact leading the key result whose every target is a count in a
    bracket right after the people it meets ("Interview buyers (at least 12) about checkout"):
    the bracket counts the interviews, effort, as "Interview at least 12 buyers" does; the floor
    in it measures no outcome (decision 5521)."""
    if item.language != "en" or verb is None or verb.cls != "contact" or verb.position != "lead":
        return False
    targets = [q for q in item.facts.quantities if q.is_target]
    text = item.folded
    return bool(targets) and all(
        q.kind == "count" and _EN_BRACKET_FLOOR.search(text, max(0, q.start - 16), q.start)
        for q in targets
    )


def _pilot_scope(item: Item, verb: Verb | None) -> bool:
    """Whether the key result runs a pilot and its only figures say where, with whom or for how
    long it runs: "Pilot the new pricing with 3 customers", "在2个病区开展为期4周的新排班试点" are
    the pilot, work to run as "Pilot the AI tutor in 5 classrooms" already was (PRINCIPLES.md:
    launches are tasks; decision 3894). A figure for what it moves keeps the measure ("…, 2 of
    whom convert", "使用率达到30%")."""
    if verb is None:
        return False
    text = item.folded
    if item.language == "en":
        if verb.position != "lead" or verb.word not in _PILOT_VERBS:
            return False
        before = _EN_SCOPE_BEFORE
    else:
        s, e = clause_of(item, verb.start)
        if not (verb.word in _ZH_PILOTS or text[s:e].rstrip().endswith(_ZH_PILOTS)):
            return False
        before = _ZH_SCOPE_BEFORE
    figures = [q for q in item.facts.quantities if q.kind != "label-number"]
    if not figures or any(q.kind == "percent" or q.kind == "money" for q in figures):
        return False
    for q in figures:
        cs, _ce = clause_of(item, q.start)
        if cs > verb.end or not before.search(text, max(0, q.start - 12), q.start):
            return False
    return True


def _zh_round_closed(item: Item, verb: Verb) -> bool:
    """Whether a Chinese completion verb's object ends in a funding word (kr_funding_rounds):
    "完成A轮融资", "完成5000万元种子轮融资" — not "完成融资路演材料" (decision 3892)."""
    if item.language != "zh" or verb.cls != "complete":
        return False
    _cs, ce = clause_of(item, verb.start)
    end = min(ce, item.core_span[1])
    tail = item.folded[verb.end : end].rstrip(" 。.!！")
    return bool(tail) and tail.endswith(words("kr_funding_rounds", "zh"))


# Finding one supplier or one person, opening the wording (decision 5106).
_ZH_FIND_ONE = re.compile(
    r"(?:尽快|赶紧|先)?(?:找|寻找|物色)(?:到)?(?:个|一个|一家|家|位|一位|名|一名|一支)"
)
# "多" right before the lead verb and "几个"/"一些" after it: "尽量多孵化几个主播" (decision 5104).
_ZH_MORE_BEFORE = re.compile(r"(?:尽量|尽可能|争取|努力|再|能)?多$")
_ZH_SOME_AFTER = re.compile(r"(?:几|一些|些|一点|点)(?:[个位名家款]|$)")
# Who does it, before "多": "高峰期每个骑手", "每位客户经理每月" — a subject and a period, no clause
# break (decision 6060).
_ZH_DOER_BEFORE = re.compile(r"[^，,；;。：:]{0,14}")


@cache
def _zh_few_re() -> re.Pattern[str]:
    """几 as a count's hedge before a measure word of the shared unit list: "几单", "几件", "十几家",
    "几十个", "好几次" (decision 6060). Not 几乎, 几何, 茶几, 第几."""
    one = "".join(sorted(re.escape(k) for k in units("zh") if len(k) == 1 and k >= "\u4e00"))
    return re.compile(rf"(?<![茶第])(?:好|十)?几(?:十|百|千|万)?(?=[{one}])")


def zh_few(item: Item) -> list[tuple[int, int, str]]:
    """The hedged counts ("几单", "十几家") inside a Chinese key result's core (decision 6060)."""
    if item.language != "zh" or "几" not in item.folded:
        return []
    return [
        (m.start(), m.end(), m.group()) for m in _zh_few_re().finditer(item.folded, *item.core_span)
    ]


# Pieces of output counted as the team's efforts (decision 5104 as narrowed at the merge).
_ZH_EFFORT_PIECES = frozenset("条篇批")
# "多" and a short verb right before the hedged count: "多卖几件", "多争取几个" (decision 6060).
# No verb at all is "more, a bit" closing the wording ("好评尽量多一点"); a numeral is no verb.
_ZH_MORE_VERB = re.compile(
    r"(?<!更)多(?P<v>(?:(?![一二两三四五六七八九十几])[\u4e00-\u9fff]){0,3}?)(?=几|一些|些|一点|点)"
)


def _zh_more_of_some(item: Item, verb: Verb) -> bool:
    """Whether the wording is "多 V 几个/一些 …", opening it or after who does it ("每个导购多卖
    几件", "客户经理每月多签几家企业客户"): more, with no number (5104; decision 6060). The verb is
    the short word between 多 and the hedge (the tokenizer glues "多卖" as one word), whichever
    word the shape reader took for the head."""
    if item.language != "zh" or verb.cls in _NO_TASK:
        return False
    s, e = item.core_span
    f = item.folded
    m = _ZH_MORE_VERB.search(f, s, e)
    if m is None:
        return False
    more = _ZH_MORE_BEFORE.search(f, s, m.start() + 1)
    if more is None or (
        m.start("v") - s > 4 and _ZH_DOER_BEFORE.fullmatch(f, s, more.start()) is None
    ):
        return False
    at = m.end("v")
    if _ZH_SOME_AFTER.match(f, at) is not None:
        return True
    few = _zh_few_re().match(f, at)
    # Efforts counted by 次/场/条/篇/批 … stay work: "多拍几条探店视频", "多办几场直播" (5104 as
    # the lead narrowed it); orders, goods and customers ("多跑几单", "多卖几件") are more won
    return few is not None and not (
        f[few.end() : few.end() + 1] in _ZH_EFFORT_PIECES
        or f[few.end() : few.end() + 1] in word_set("kr_event_units", "zh")
    )


# Partners won, counted, with words between the verb and the partnership: "与6家医院建立转诊合作",
# "与12所小学建立“书香伙伴”合作", "跟3家养老院建立结对关系", and a joint course or school run with
# them: "和3所高校合作开课" (decision 5101, lead ruling c of the thirty-fifth round; decision 421
# read only "建立合作" written together). Work done with partners ("和5家医院合作开展义诊") stays work.
# A few words may stand before the count ("与周边2家三甲医院建立…合作") and a second count of the
# same kind after 、 ("和3所小学、2所中学建立共建关系"; decision 6306).
_ZH_PARTNERS_JOINED = re.compile(
    r"(?:与|和|同|跟)[\u4e00-\u9fff]{0,4}?\s?(?:\d+|[一二两三四五六七八九十]{1,3})\s?"
    r"(?:所|家|个|位|名|座|支)"
    r"[\u4e00-\u9fffA-Za-z]{1,10}?(?:、(?:\d+|[一二两三四五六七八九十]{1,3})\s?(?:所|家|个|位|名|座|支)"
    r"[\u4e00-\u9fffA-Za-z]{1,10}?)?(?P<verb>"
    r"(?:建立|达成|结成|缔结|签订|签署)[^，,；;。]{0,10}?(?:合作|关系|伙伴|联盟|协议|对子)"
    r"|合作(?:开课|办学|共建))"
)


def _zh_partners_joined(item: Item, verb: Verb) -> bool:
    """Whether the verb joins counted partners in a partnership (decision 5101)."""
    if item.language != "zh" or verb.cls in _NO_TASK:
        return False
    m = _ZH_PARTNERS_JOINED.match(item.folded, item.core_span[0])
    return m is not None and m.start("verb") <= verb.start < m.end("verb")


# Chinese verbs of bringing a business in or of its settling on the platform (decision 3891).
_ZH_PARTNERS_IN = frozenset({"引入", "引进", "入驻"})
# "Bring on 4 new referral partners", "Bring in 6 resellers", "Bring aboard 3 distributors".
_BROUGHT_ON = re.compile(r"(?<!\s)\s+(?:on|in|aboard)\b")


# A count of firms by 家, right after the noun or right before it (decision 5770).
_ZH_FIRMS_AFTER = re.compile(r"\s?(?:\d{1,5}|[一二两三四五六七八九十]{1,3})\s?家")
_ZH_FIRMS_BEFORE = re.compile(
    r"(?:\d{1,5}|[一二两三四五六七八九十]{1,3})\s?家(?:(?!的)[\u4e00-\u9fff]){0,8}$"
)
# Verbs that connect the team to others' platforms (decision 5770), besides 引入/引进/入驻.
_ZH_FIRMS_JOINED = frozenset({"接入"})


def _zh_firm_counted(item: Item, t: tuple[int, int, str], start: int) -> bool:
    """Whether a noun that names a thing made or a firm (kr_firm_heads: 系统, 平台) is counted by
    家, the measure word of firms: "连锁药房系统2家", "3家外卖平台" are chains and platform
    companies, partners won, not systems built (decision 5770). The count before it is read
    from `start` (the verb's end) on: "为3家医院接入医保系统" counts hospitals, not systems."""
    if item.language != "zh" or t[2] not in word_set("kr_firm_heads", "zh"):
        return False
    f = item.folded
    return bool(
        _ZH_FIRMS_AFTER.match(f, t[1]) or _ZH_FIRMS_BEFORE.search(f, max(start, t[0] - 14), t[0])
    )


def _zh_firms_joined(item: Item, verb: Verb) -> bool:
    """ "新接入外卖平台3家", "接入3家在线问诊平台": others' platforms, counted by 家, that the
    team's shop or service joins, placed there as 入驻 is (decision 5770), not a system built."""
    if item.language != "zh" or verb.word not in _ZH_FIRMS_JOINED:
        return False
    _cs, ce = clause_of(item, verb.start)
    return any(
        verb.end <= t[0] and t[1] <= ce and _zh_firm_counted(item, t, verb.end)
        for t in terms(item, "kr_deliverables")
    )


# A count of firms by 家 after 上线 or after the partners, not where the launch takes place ("在5家
# 门店上线自助收银"): "新商户上线300家", "上线新商户300家" (decision 6626).
_ZH_LIVE_COUNT = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:\d{1,5}|[一二两三四五六七八九十百千万]{1,4})\s?家\W*$"
)


def _zh_partners_live(item: Item, verb: Verb) -> bool:
    """Whether 上线 has merchants, dealers or partners (kr_won_partners) right before it, as
    its subject, or right after it, and a count of them by 家 closing the clause: the firms
    going live on the team's platform are partners won, as 入驻 reads them (decision 6626); a
    system or a feature put live stays a launch."""
    cs, ce = clause_of(item, verb.start)
    ce = min(ce, item.core_span[1])
    text = item.folded
    won = [t for t in terms(item, "kr_won_partners") if cs <= t[0] and t[1] <= ce]
    beside = any(
        (t[1] <= verb.start and not text[t[1] : verb.start].strip())
        or re.fullmatch(r"新?", text[verb.end : t[0]]) is not None
        for t in won
    )
    if not beside or "在" in text[cs : verb.start]:
        return False
    if _is_term(item, (cs, ce), "kr_deliverables"):
        return False  # "新商户后台上线3家试点": a system put live
    return _ZH_LIVE_COUNT.match(text, max(verb.end, max(t[1] for t in won)), ce) is not None


def _partners_onboarded(item: Item, verb: Verb) -> bool:
    """Whether an English onboarding verb (not hire or recruit) leads a count of partners,
    resellers, distributors … (kr_won_partners), or a Chinese 引入 / 引进 / 入驻 has partners,
    dealers or merchants in its clause, with no staff noun (decision 3891)."""
    if item.language == "zh":
        if verb.word == "上线":
            return _zh_partners_live(item, verb)
        if verb.word not in _ZH_PARTNERS_IN:
            return False
        span = clause_of(item, verb.start)
    else:
        brought_on = verb.word == "bring" and _BROUGHT_ON.match(item.folded, verb.end)
        if not brought_on and (verb.cls != "hire" or verb.word in ALWAYS_STAFF):
            return False
        if verb.position == "lead":
            span = (verb.end, item.core_span[1])
        elif verb.position == "predicate" and not brought_on:
            # "8 design partners onboarded and testing the beta": the partners are the subject
            # (decision 6741, 3891's partners said before their participle)
            span = (item.core_span[0], verb.start)
        else:
            return False
    s, e = span[0], min(span[1], item.core_span[1])
    text = item.folded
    # "引入5家合作伙伴的数据接口", "Onboard 5 partners' apps": the partners' own thing is the
    # object, not the partners
    won = [
        t
        for t in terms(item, "kr_won_partners")
        if s <= t[0] and t[1] <= e and text[t[1] : t[1] + 1] not in ("'", "’", "的")
    ]
    if not won or _is_term(item, (s, e), "kr_staff_nouns"):
        return False
    return not _is_term(item, (won[-1][1], e), "kr_deliverables")


# Things said added, with "be" or none: "Payment retries are added to the checkout" (5619).
_EN_THINGS_ADDED = re.compile(
    r"(?P<s>(?:[a-z0-9][a-z0-9'’-]{0,20}\s){1,6}?)(?:(?:is|are|was|were|gets?|has\sbeen|"
    r"have\sbeen)\s)?added\b"
)


def _en_things_added(item: Item, lead: int) -> bool:
    """Things (not people, not organisations) said added, with no figure (decision 5619)."""
    if item.language != "en" or "added" not in item.folded:
        return False
    m = _EN_THINGS_ADDED.match(item.folded, lead, item.core_span[1])
    if m is None or any(q.is_target for q in item.facts.quantities):
        return False
    words_ = m.group("s").split()
    head = words_[-1]
    if head in ("and", "or", "also", "now", "then") or any(w in _POPULATION_WORDS for w in words_):
        return False
    return not (
        head in _PEOPLE_SUBJECTS
        or head in word_set("people_served", "en")
        or any(
            head in word_set(name, "en")
            for name in ("kr_customer_organisations", "kr_won_partners", "kr_listed_partners")
        )
    )


# A bare word opening the line, then up to five words of where or with whom, then a cadence of
# days closing the line: "Volunteer every Saturday", "Serve at the soup kitchen every Sunday",
# "Swim every Sunday morning" (decision 5617).
_EN_BARE_HABIT = re.compile(
    r"(?P<w>[a-z][a-z'’-]{2,20})(?:\s(?:out|in|up|at|on|with|for|to|from|around)\s"
    r"(?:[a-z'’-]{1,20}\s){0,4}?|\s)(?:every|each)\s(?:(?:other|single)\s)?(?:day|morning|"
    r"evening|night|weekday|weekend|week|saturday|sunday|monday|tuesday|wednesday|thursday|"
    r"friday)(?:\s(?:morning|evening|night|afternoon))?\W{0,3}$"
)


def _en_bare_habit(item: Item, lead: int) -> bool:
    """A habit with no figure whose verb no list knows (decision 5617): not a plural noun
    ("Backups every night"), nor a routine object ("Payroll every Friday")."""
    if item.language != "en" or any(q.is_target for q in item.facts.quantities):
        return False
    m = _EN_BARE_HABIT.fullmatch(item.folded, lead, item.core_span[1])
    if m is None:
        return False
    w = m.group("w")
    if w.endswith("s") and not w.endswith("ss"):
        return False
    return not (w in word_set("kr_routine_objects", "en") or item.facts.terms("kr_routine_objects"))


# People counted, then a word of readiness and what they are ready for: "Get 2 of my nurses
# certified to run triage alone", "Have 3 deputies ready to cover the night shift" (5615).
# A certificate word counts only with the work done alone after it ("certified to run triage
# alone"): staff certified to a standard or for a task stay certification work (decision 4401).
_EN_PEOPLE_READY = re.compile(
    r"(?:(?:get|have|make|see)\s)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s"
    r"(?:(?:more|new|of\s(?:my|our|the|their))\s)?(?:[a-z'’-]{1,20}\s){1,3}?(?:fully\s)?"
    r"(?:(?:ready|able|competent)\s(?:to|for)\s[a-z]"
    r"|(?:certified|qualified|cleared|signed\soff)\sto\s[a-z][^,;.]{0,50}?"
    r"(?:alone|solo|on\s(?:their|his|her)\sown|unsupervised|independently|without\s"
    r"(?:supervision|help|me)))"
)


# "Add 4 clinics to the referral network", "Add 3 farms to our approved supplier list": a count
# of organisations, then the network or list they join (decision 5614).
_EN_ADDED_TO_NETWORK = re.compile(
    r"(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty)\s"
    r"(?:[a-z'’-]{1,20}\s){0,3}?(?P<org>[a-z]{3,20}s)\s(?:to|into|onto)\s(?:the|our|its|their)\s"
    r"(?:[a-z'’-]{1,20}\s){0,3}?(?:network|list|roster|panel|scheme|programme|program|register|"
    r"directory|alliance|coalition|consortium|pool)\b"
)


def _partners_listed(item: Item, verb: Verb) -> bool:
    """An English "add" leads a count of organisations joining the team's network or list of
    partners (decision 5614)."""
    if item.language != "en" or verb.word != "add" or verb.position != "lead":
        return False
    m = _EN_ADDED_TO_NETWORK.match(item.folded, verb.end + 1)
    if m is None:
        return False
    org = m.group("org")
    return any(
        org in word_set(name, "en")
        for name in ("kr_customer_organisations", "kr_won_partners", "kr_listed_partners")
    )


_ZH_ENTER = frozenset({"进入", "转入", "进到", "步入"})
_ZH_TAKE_UP = frozenset({"接入", "跑通", "跑", "用上", "使用", "接入使用"})
# The subject before a take-up verb: (内部/外部) a count, a measure word, up to ten more
# characters, and the adopters' noun closing it ("内部 3 个团队", "6 个外部 beta 团队").
_ZH_COUNTED_GROUP = re.compile(
    r"(?:内部|外部)?\s?\d{1,4}\+?\s?(?:个|家|支|所|位)\s?(?P<mid>[^，,。；;：:、（()）]{0,10}?)"
    r"(?P<noun>[\u4e00-\u9fff]{1,4})\s?(?:都|均|已)?\s?$"
)


def _zh_enters_release(item: Item, verb: Verb) -> bool:
    """Whether 进入 / 转入 … is followed by a release stage (kr_release_stages) that closes its
    clause, with or without 阶段 (decision 4761)."""
    if item.language != "zh" or verb.word not in _ZH_ENTER:
        return False
    text = item.folded
    e = clause_of(item, verb.start)[1]
    rest = text[verb.end : e].strip()
    rest = re.sub(r"\s?(?:阶段|期)$", "", rest)
    return rest in word_set("kr_release_stages", "zh")


def _zh_adopters_take_up(item: Item, verb: Verb) -> bool:
    """Whether a counted group of adopters (kr_adopter_groups) is the subject of 接入 / 跑通 …
    (decision 4762): "12 个业务团队接入新的发布平台". The team's own services or data sources
    (decision 4201) and experiments run (decision 1758) are not adopters."""
    if item.language != "zh" or verb.word not in _ZH_TAKE_UP or verb.position == "lead":
        return False
    s = clause_of(item, verb.start)[0]
    m = _ZH_COUNTED_GROUP.fullmatch(item.folded, max(s, item.core_span[0]), verb.start)
    if m is None:
        return False
    return any(m.group("noun").endswith(w) for w in words("kr_adopter_groups", "zh"))


# Places that those who come take up; "filled" after them is a quota reached, not hiring
# (decision 4203). Posts, roles, positions and vacancies stay hiring.
_EN_PLACES_FILLED = re.compile(
    r"\b(?:places|seats|beds|spots|slots|berths|pitches|rooms|tables|plots|allotments|stalls|"
    r"tickets|cabins|classes|courses|sessions|camps?|waitlist places)\s+(?:(?:are|were|all|fully|"
    r"completely|now)\s+){0,2}$"
)


# "Fill the seats", "Fill every bed on the ward", "Fill our Saturday tables": "fill" leading the
# places the people served take up, with no count, is the same quota reached, unquantified, as
# "Seats filled" is (decision 5097; lead ruling b: "Fill the chairs" is no task).
_EN_FILL_THE_PLACES = re.compile(
    r"fill\s+(?:(?:the|every|each|all|our|all\s+our|all\s+the)\s+)?(?:[a-z'-]+\s+){0,2}?"
    r"(?:places|seats|chairs|beds|spots|slots|berths|pitches|rooms|tables|plots|cabins|classes|"
    r"courses|sessions|camps?|bed|seat|chair|room|house|hall|venue|theatre|theater|stadium|"
    r"studio|gym|classroom|clinic|diary|calendar|book)"
    r"(?:\s+(?:on|in|at|for)\s+(?:the\s+|our\s+)?[a-z'-]+(?:\s+[a-z'-]+)?)?[\s.!]*$"
)


def _places_filled(item: Item, verb: Verb) -> bool:
    """English "filled" as the predicate after places, seats, beds, slots … (decision 4203), or
    "fill" leading them with no count (decision 5097)."""
    if item.language != "en" or verb.word != "fill":
        return False
    if verb.position == "lead":
        e = item.core_span[1]
        return (
            not any(q.is_target for q in item.facts.quantities)
            and _EN_FILL_THE_PLACES.match(item.folded[verb.start : e].rstrip()) is not None
        )
    return (
        verb.position == "predicate"
        and _EN_PLACES_FILLED.search(item.folded, max(0, verb.start - 40), verb.start) is not None
    )


# 接待 + visitors + a count of visits or people (decision 4211); not 客户咨询 (enquiries handled).
_ZH_VISITORS_RECEIVED = re.compile(
    r"接待\s?(?:中外|国内外|境内外|入境|各地)?(?:游客|观众|旅客|访客|游人|宾客|住客|读者|参观者|滑雪者)"
    r"\s?(?:达到|突破|超过|不少于|至少)?\s?\d[\d.,]*+\s?万?\s?(?:人次|人)"
)


# A count, then up to three words ending in a thing an onboarding connects (decision 4201).
_EN_COUNT_THEN_WORDS = re.compile(
    r"(?<!\s)\s++(?:(?:all|the|remaining|other|our)\s++){0,2}\d[\d,]*+\+?\s++"
    r"((?:[a-z0-9'-]++\s++){0,3}[a-z0-9'-]++)"
)


def _things_onboarded(item: Item, verb: Verb) -> bool:
    """An English "onboard" leading a count of things (rules/data/en/kr_onboarded_things.txt:
    log sources, services, repos, devices …): connecting them is work, a migration's scope,
    not users nor partners won, nor staff hired (decision 4201)."""
    if item.language != "en" or verb.position != "lead" or verb.word != "onboard":
        return False
    m = _EN_COUNT_THEN_WORDS.match(item.folded, verb.end, item.core_span[1])
    if m is None:
        return False
    ws = m.group(1).split()
    things = word_set("kr_onboarded_things", "en")
    return any(" ".join(ws[i : i + n]) in things for n in (1, 2) for i in range(len(ws) - n + 1))


# "Get" or "have" leading a count of things and the participle of what is done to them: "Get 3
# case studies published", "Have 5 videos produced" — the things and their participle are the
# key result, as "3 case studies published" is (decision 3893).
_GOT_DONE = re.compile(
    r"(?<!\s)\s++[\d,]++\+?\s++(?:[a-z][a-z'’-]*+\s++){1,3}?([a-z]{3,}(?:ed|en))\b"
)
_CAUSATIVES = frozenset({"get", "have"})
_MADE_CLASSES = frozenset({"act", "launch", "complete"})


def _noun_then_done(item: Item, verb: Verb) -> Verb:
    """The participle after "<verb-noun> <plural noun>" as the verb, where the lexicon knows it
    (decision 3004), or after a causative get/have and a count (decision 3893); the verb as
    found otherwise."""
    if item.language != "en" or verb.position != "lead" or verb.cls not in ("act", "decide"):
        return verb
    if verb.word in _CAUSATIVES:
        m = _GOT_DONE.match(item.folded, verb.end, item.core_span[1])
        if m is not None and en_verb_class(_en_lemma(m.group(1))) not in _MADE_CLASSES:
            return verb  # "Get 500 customers onboarded", "Get 4 grants awarded": not made
    else:
        m = _NOUN_THEN_DONE.match(item.folded, verb.end, item.core_span[1])
    if m is None:
        return verb
    word = m.group(1)
    lemma = _en_lemma(word)
    cls = en_verb_class(lemma)
    if cls is None:
        lemma = word[:-1]  # "closed": the cheap lemma dropped the stem's final e
        cls = en_verb_class(lemma)
    if cls is None:
        return verb
    return Verb(m.start(1), m.end(1), lemma, cls, "predicate")


# A count of interviews opening the key result, up to two words between: "3 interviews by
# December", "5 first-round interviews", "2 faculty interviews" (decision 3010).
_INTERVIEWS_COUNTED = re.compile(r"(?<![\d,])[\d,]+\+?\s+((?:[a-z-]+\s+){0,2})interviews?\b")
# An objective seeking a job, a post or a place for its owner (decision 3010).
_JOB_SOUGHT = re.compile(
    r"\b(?:job|jobs|postdoc|post-doc|position|offer|offers|internship|fellowship|residency"
    r"|placement|hired|employment|tenure-track|faculty post)\b"
)
# Interviews the owner gives or practises, not ones granted: "mock interviews".
_NOT_GRANTED = frozenset({"mock", "practice", "informational", "info"})


def _interviews_won(item: Item, lead: int) -> bool:
    """Interviews counted, no verb, under an objective seeking a job ("Get a postdoc", "Land a
    product manager job"): interviews employers grant, a result of the search (decision 3010).
    Not "user interviews" (research, decision 2703) nor "mock interviews" (practice)."""
    if item.language != "en" or item.objective is None:
        return False
    m = _INTERVIEWS_COUNTED.match(item.folded, lead, item.core_span[1])
    if m is None or not _JOB_SOUGHT.search(item.objective.folded):
        return False
    before = set(m.group(1).split())
    senses = mapping("outcome_other_senses", "en")
    return not (before & _NOT_GRANTED) and not (before & set(senses["interviews"].split()))


def reading(item: Item) -> Reading:
    """The item's reading (see the module doc), computed once per item."""
    found = item.facts.memo.get("result_shape")
    if found is None:
        found = item.facts.memo["result_shape"] = _read(item)
    return found  # type: ignore[return-value]


# Before a key result's colon: a thing made (up to two words before it) and a present participle
# saying what it will show (decision 5843): "Page explaining:", "A short guide covering:".
_DELIVERABLE_LABEL = re.compile(
    r"(?:(?:an?|the|one)\s)?(?:[a-z][a-z'-]{0,24}\s){0,2}?(?P<noun>[a-z]{1,24})\s"
    r"(?:explaining|showing|covering|listing|describing|outlining|summari[sz]ing)\s?:\s{0,3}$"
)


def _deliverable_label(item: Item, lead: int) -> bool:
    """Whether the text before the key result's lead is a deliverable named with what it shows,
    then a colon (decision 5843)."""
    start = item.core_span[0]
    if item.language != "en" or lead <= start:
        return False
    if any(q.is_target for q in item.facts.quantities):
        return False  # "Dashboard showing: 90% of orders shipped on time": a result after it
    m = _DELIVERABLE_LABEL.fullmatch(item.folded, start, lead)
    if m is None:
        return False
    return _is_term(item, (m.start("noun"), m.end("noun")), "kr_deliverables")


# A verb of putting on record, a count, then what others grant the team: "Register 60 design
# wins", "Log 25 design-ins", "Record 40 new wins" (decision 4976, ruling f of the thirty-fourth
# round): the wins are the outcome, the record is only where it is counted.
_EN_RECORDED = re.compile(
    r"(?:register|log|record|book|bank|notch\s+up|chalk\s+up)\s+(?:at\s+least\s+|another\s+)?"
    r"[\d,]+\+?\s+(?:(?:more|new|net-new|qualified|[a-z]+-line)\s+)?"
    r"(?:[a-z][a-z-]*\s+){0,2}?(?P<noun>wins|design[- ]wins|design[- ]ins)\b"
)


# A count of the people served as the subject, then their own verb: "10 users tweet about …",
# "50 customers post reviews of …" (decision 5992).
_SERVED_COUNT_ACT = re.compile(
    r"(?:(?:at\sleast|over|more\sthan|another)\s)?[\d,]{1,9}\+?\s"
    r"(?:(?:new|more|active|external|outside|unique|paying|real)\s)?(?P<who>[a-z]{3,20})\s"
    r"(?:\([^()]{0,60}\)\s)?(?:(?:publicly|actively|regularly|voluntarily)\s)?"
    r"(?P<verb>[a-z]{2,20})\s"
)
# Words after the people that are no verb of theirs (a preposition, an auxiliary, a relative).
_NOT_THEIR_VERB = frozenset(
    "per a an the each in on at from to with who that which and or are is were was have has had "  # noqa: SIM905
    "will would can could should must may might do did does than by for of across within over "
    "under using via".split()
)
# People counted who may be the team's own (not "people served" for this reading).
_MAYBE_OWN = frozenset({"members", "teams", "people", "volunteers"})


def _served_count_act(item: Item) -> bool:
    """Whether an English key result opens with a count of the people served (objective_people,
    not staff) and then a verb of theirs in the present: what they do is the result (5992)."""
    if item.language != "en":
        return False
    m = _SERVED_COUNT_ACT.match(item.folded, item.core_span[0])
    if m is None:
        return False
    who, verb = m.group("who"), m.group("verb")
    if who in _MAYBE_OWN or who not in word_set("objective_people", "en"):
        return False
    if not who.endswith("s") and who != "children":
        return False  # "12 customer case studies": a noun before a noun, not the people acting
    if who in word_set("kr_staff_nouns", "en"):
        return False
    return verb not in _NOT_THEIR_VERB and not verb.endswith(("ed", "ing", "ly"))


def _en_core_search(item: Item, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The first match of `pattern` in an English key result's wording, or None."""
    return pattern.search(item.folded, *item.core_span) if item.language == "en" else None


# A deliverable possessed, then said written or in place: "has a success plan defined", "there is
# a runbook in place" (decision 5991).
_DELIVERABLE_IN_PLACE = re.compile(
    r"\b(?:has|have|there\s(?:is|are))\s(?:an?|the|its|their|one|our)\s"
    r"(?:[a-z][a-z'-]{0,24}\s){0,3}?(?P<noun>[a-z]{1,24})\s"
    r"(?:defined|documented|written(?:\sup)?|drafted|agreed|outlined|in\splace)\b"
)
# Work in progress as the predicate: "is working to improve …", "are working towards …"
# (decision 5990); "working on" is left alone ("The export is working on every browser"), and
# "working to spec" (to plan, to schedule …) says how it runs, not what for.
_NO_PURPOSE = "date spec specification plan schedule standard capacity target time".split()  # noqa: SIM905
_WORKING_TOWARDS = re.compile(
    r"\b(?:is|are|am|'re|'s)\s(?:(?:actively|currently|still|now)\s)?working\s(?:to\s(?!(?:"
    + "|".join(_NO_PURPOSE)
    + r")\b)[a-z]|towards?\s)"
)


def _deliverable_in_place(item: Item) -> bool:
    """Whether the key result says a deliverable (kr_deliverables) is had, written or in place,
    with no target of its own (decision 5991)."""
    m = _en_core_search(item, _DELIVERABLE_IN_PLACE)
    if m is None or not _is_term(item, (m.start("noun"), m.end("noun")), "kr_deliverables"):
        return False
    return not any(q.is_target for q in item.facts.quantities)


def _working_towards(item: Item) -> bool:
    """Whether the key result's predicate is work in progress ("… is working to improve …"),
    with no target of its own (decision 5990)."""
    if (m := _en_core_search(item, _WORKING_TOWARDS)) is None:
        return False
    # "The team is working to lift NPS from 32 to 45": a measured change stays the result
    return not any(q.is_target and q.start >= m.end() for q in item.facts.quantities) or (
        _USING_BEFORE_COUNT.search(item.folded, m.end(), item.core_span[1]) is not None
    )


# "… using 2+ user actions …": the count is of the means, not a target (decision 5990).
_USING_BEFORE_COUNT = re.compile(r"\b(?:using|with|via|through)\s(?:at\sleast\s)?\d")


# Things said ready, closing the wording: "全部到位", "都已就绪", "均准备好" (decision 5774).
_ZH_READY_CLOSES = re.compile(
    r"[\u4e00-\u9fffA-Za-z、和及与\s]{2,30}?(?:全部|全都|都已?|均已?|已经?|一律)?"
    r"(?:到位|就绪|准备就绪|准备好|到齐|配齐|开通|可用|能用)[。.!！]?\s*"
)


def _zh_ready_on_the_day(item: Item, lead: int) -> bool:
    """Whether an event's day opens the wording (coach.facts.shape's event-day lead: "新员工入职
    当天", "开业首日") and the things after it are said ready, closing it, with no work verb
    before them: the end state the people served meet that day (decision 5774)."""
    if item.language != "zh" or lead <= item.core_span[0]:
        return False
    f = item.folded
    if not f.startswith(("当天", "当日", "第一天", "头一天", "首日"), lead - 3, lead) and not any(
        f[item.core_span[0] : lead].rstrip("，, ").endswith(w)
        for w in ("当天", "当日", "第一天", "头一天", "首日")
    ):
        return False
    return _ZH_READY_CLOSES.fullmatch(f, lead, item.core_span[1]) is not None and not f.startswith(
        ("完成", "做好", "准备", "配齐", "开通", "落实"), lead
    )


@cache
def _zh_project_done_pattern() -> re.Pattern[str]:
    works = "|".join(re.escape(w) for w in longest_first(words("kr_project_works", "zh")))
    return re.compile(
        r"(?:" + works + r")(?:工程|工作|项目)?完成率\s?(?:要|需)?(?:达到|达|为|到)?\s?100\s?[%％]"
    )


def _zh_project_done(item: Item) -> bool:
    """ "仓库货架防撞改造完成率达到100%": a one-off project's completion rate at 100%, with
    no baseline moved, is the project done (decision 5776); under 100% it stays a measure
    (decisions 4061, 4067), and routine upkeep (保养, 检修) is not listed."""
    if item.language != "zh" or "完成率" not in item.folded:
        return False
    if any(q.role == "baseline" for q in item.facts.quantities):
        return False
    return _zh_project_done_pattern().search(item.folded, *item.core_span) is not None


def _outcomes_recorded(item: Item, lead: int) -> bool:
    """ "Register 60 design wins": the count of what others grant, put on record (4976)."""
    if item.language != "en":
        return False
    return _EN_RECORDED.match(item.folded, lead, item.core_span[1]) is not None


# The team's own patrol rounds and sweeps (巡检, 巡查, 排查) as a share of its own posts reached,
# then 覆盖率 or 参与率 (decision 5224). A training's, a drill's or a briefing's coverage or
# completion rate ("消防培训覆盖率达到100%", "应急演练参训率100%") is measured, no effort count
# (decision 5942, the lead's ruling of the forty-first round). What a service reaches among the people it serves stays a
# result (decision 1582: "随访覆盖率"; "疫苗接种覆盖率", "网络覆盖率"), and so do people served
# named before the effort ("农户技术培训覆盖率"). A share of things in a state ("埋点覆盖率",
# "质检覆盖率") is not read.
_ZH_OWN_EFFORT_COVERAGE = re.compile(
    r"(?P<who>[\u4e00-\u9fff]{0,6}?)(?:巡检|巡查|排查)(?:覆盖率|覆盖面|参与率)"
)
_ZH_SERVED_PEOPLE = re.compile(
    r"(?<!警)民|农|户|群众|家长|患者|病人|顾客|会员|学生|游客|老人|儿童|孩子|村|社区"
)


def _own_effort_coverage(item: Item) -> tuple[int, int] | None:
    """The span of a Chinese key result's own-effort coverage (decision 5224), or None."""
    if item.language != "zh":
        return None
    m = _ZH_OWN_EFFORT_COVERAGE.search(item.folded, *item.core_span)
    if m is None or _ZH_SERVED_PEOPLE.search(m.group("who")):
        return None
    targets = [q for q in item.facts.quantities if q.is_target]
    if not any(q.kind == "percent" for q in targets):
        return None
    # "岗前培训覆盖率100%，考核通过率95%": a result in a clause of its own is read as a pair
    clause = next(((a, b) for a, b in item.facts.clauses if a <= m.start() < b), item.core_span)
    if any(not clause[0] <= q.start < clause[1] for q in targets):
        return None
    return m.start(), m.end()


def _share_in_target_cell(item: Item) -> bool:
    """A table row whose wording has no figure of its own and whose target cell gives the value:
    a share, or any value of a measure the wording names ("首页加载时长")."""
    return (
        "target" in item.cells
        and item.metric is not None
        and (item.metric.unit == "%" or bool(item.facts.kpis))
        and not item.facts.quantities
    )


# People who rate, score or grade the team's work, then a score on a scale: "Ward staff rate the
# pharmacy service 4.4/5", "Parents score the club at least 8 out of 10" (decision 5090). The subject
# comes first (one to three words, none a verb of rating): "Rate 50 suppliers 1-5" is work.
_PEOPLE_RATE_IT = re.compile(
    r"\W{0,6}(?!(?:rate|rates|score|scores|grade|grades)\b)[a-z][a-z'’-]{0,40}"
    r"(?:\s{1,4}[a-z][a-z'’-]{0,40}){0,2}?"
    r"\s{1,4}(?:rate|rates|score|scores|grade|grades|give|gives)\s{1,4}(?:[a-z0-9'’&-]{1,40}\s{1,4}){0,6}?"
    r"(?:(?:at\s+)?(?:least\s+)?|an?\s+(?:average\s+)?(?:of\s+)?)?"
    r"(?:≥\s?|>=\s?)?\d{1,2}(?:\.\d{1,2})?\s?(?:/|out\s+of\s)\s?\d{1,3}(?![\d.])"
)


# "Partner with 2 universities", "Partner with three clinics": a count of partners right after
# the verb of partnering (decision 5094).
# Joining what the team runs, after the verb of the ones counted before it (decision 6670).
_SIGNED_UP_TO = re.compile(r"\s(?:up\s)?(?:to|for|with|onto|into|on\sto)\s")
_PARTNERS_COUNTED = re.compile(
    r"partner(?:s|ed)?\s+with\s+(?:at\s+least\s+)?(?:\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten|a\s+dozen)\s"
)


# Verbs whose row target is how far the work has come ("| Launch the booking page | 50% |"),
# not a share of the things it is done to: a launch, a piece of work completed, a decision, a
# personal to-do, an exam passed.
_NOT_A_RATE_CLASSES = frozenset({"launch", "complete", "decide", "learn", "pass"})


def _rate_in_target_cell(item: Item) -> bool:
    """A verb-led table row with no figure of its own whose target cell gives a share under the
    whole ("| Fill last-minute cancellations from the standby list | 60% of cancelled slots |"): the
    row reads as "Fill 60% of …", a rate reached (decision 5085). A whole 100% is every one
    done, read with the wording as it stands."""
    metric = item.metric
    return (
        "target" in item.cells
        and metric is not None
        and metric.unit == "%"
        and not metric.relative
        and metric.value is not None
        and 0 < metric.value < 100
        and not any(q.is_target for q in item.facts.quantities)
    )


def _count_in_target_cell(item: Item) -> bool:
    """A table row whose wording has no figure of its own and whose target cell gives a plain
    count (decision 5063)."""
    return (
        "target" in item.cells
        and item.metric is not None
        and item.metric.unit is None
        and not item.metric.relative
        and not item.facts.quantities
    )


# One to four works' titles and nothing else: "《乡土中国》", "《明朝那些事儿》系列", "《三体》三部曲",
# "《经济学原理》、《国富论》", "《小王子》（英文版）", "《平凡的世界》- 路遥" (its author after a dash;
# decision 5501). A measure after the title ("《产品手册》下载量达到5000次") is not matched.
_ZH_WORK = (
    r"《[^《》\n]{1,30}》(?:系列|全集|全套|三部曲|上下册|一书)?(?:\s?[（(][^（）()\n]{1,10}[)）])?"
)
_ZH_WORKS_ONLY = re.compile(
    rf"\s{{0,2}}{_ZH_WORK}(?:\s?(?:、|，|,|和|及|与)\s?{_ZH_WORK}){{0,3}}"
    r"(?:\s{0,2}[-–—]{1,2}\s{0,2}[^\s\d《》，,。；;]{1,12})?\s{0,2}[。.；;]?\s{0,2}"
)


# A count of works and nothing else, no verb: "10 本英文书", "20 部纪录片", "3 门网课", "两本英文原版书"
# (decision 5504). The works are books, films, shows, courses and poems, read, watched or learnt.
_ZH_WORKS_COUNTED = re.compile(
    r"\s{0,2}(?:\d{1,4}|[一两二三四五六七八九十百]{1,3})\s?(?:本|部|集|门|首|节|册)\s?"
    r"[\u4e00-\u9fffa-z]{0,6}?(?:书|书籍|小说|绘本|专著|电影|纪录片|影片|剧|网课|课程|公开课|古诗|诗词|诗)"
    r"\s{0,2}[。.；;]?\s{0,2}"
)


# "break down" + what is split + "by" + the dimension: "Break down churn by plan and region"
# (decision 5720); not barriers or silos taken down, nor a date after "by".
_BROKEN_DOWN_BY = re.compile(
    r"\s+down\s+(?!(?:the\s+|our\s+)?(?:barriers?|silos?|walls?|stigma|resistance)\b)"
    r"[^,;:.]{3,80}?\s+by\s+(?!\d|(?:the\s+)?(?:end|start|close)\b|(?:jan|feb|mar|apr|may|jun|jul"
    r"|aug|sep|oct|nov|dec)[a-z]{0,6}\b|q[1-4]\b)[a-z]"
)


# A piece of finding-out as the subject, then what it tells: "A review of rota apps suggests
# whether …", "An investigation shows why …", "A study of last year's appeals reveals which …"
# (decision 5721). Not a survey's people saying something ("More members say …", decision 2704).
_FINDINGS_TOLD = re.compile(
    r"(?:an?|the|our)\s(?:[a-z-]{2,20}\s){0,2}?(?:review|study|investigation|exploration|analysis"
    r"|audit|assessment|evaluation|inquiry|enquiry|deep[- ]dive|scan|comparison)"
    r"(?:\s(?:of|into|on|across)\s[^,;:.]{2,60}?)?"
    r"\s(?:shows?|reveals?|suggests?|identifies|tells\sus|confirms|explains|establishes|finds"
    r"|pinpoints|recommends)\s(?:whether|why|which|what|how|where|who|when|if|ways)\b"
)


# Help or extra effort no longer needed while doing the work (decision 6542): "开会时不需要翻译",
# "独立出差不用同事陪同", "报表无需人工核对".
_ZH_NO_HELP_NEEDED = re.compile(
    r"(?:都|也)?(?:不再需要|不再用|不需要|不用|无需|不必|用不着|不需)(?:再|别人|他人|同事|主管|领导)?"
    r"(?:翻译|陪同|人工|帮助|协助|帮忙|指导|提醒|催促|返工)"
)


# A closing bracket after a measure moved, saying how the writer gets there or checks it: "（找外教
# 每两周测一次）", "（每周模考一次）" (decision 6628).
_CLOSING_NOTE = re.compile(r"[（(][^（）()]{2,30}[)）][\s。.]*$")


def in_method_note(item: Item, at: int) -> bool:
    """Whether `at` lies in the Chinese key result's closing bracket, after a measure moved from a
    level to another ("口语模考分数从5.5提高到6.5（找外教 每两周测一次）"): the bracket's cadence is the
    method or the check, the change before it is the result (decision 6628)."""
    if item.language != "zh":
        return False
    m = _CLOSING_NOTE.search(item.folded)
    if m is None or not m.start() <= at < m.end():
        return False
    return any(p[1].end <= m.start() for p in item.facts.from_to if p[1] is not None)


# A test's section by its skill, then the score it gets: "写作大作文6.5分", "阅读7.5分" (decision 6627).
_ZH_SECTION_SCORE = re.compile(
    r"(?:雅思|托福|英语|日语|韩语|法语|德语|四级|六级|专四|专八)?\s?(?:听力|阅读|写作|口语|翻译)"
    r"(?:大作文|小作文|单项|部分|科目|模考|成绩|分数)?\s?(?:考到|达到|拿到|冲到|稳定在)?\s?"
    r"\d{1,3}(?:\.\d)?\s?分?(?:以上)?\s?(?:[（(][^（）()]{1,24}[)）])?[。.]?"
)


# "做好门店卫生", "抓好食品安全": a "do it well" verb and an area (a state
# kept, kr_done_well_areas) closing the wording, no figure: a vague change, as decision 575 reads
# "做好安全卫生工作" — not a piece of work (decision 6968, the lead's ruling on 卫生). An activity
# closing it stays a task ("做好卫生清洁", "做好家庭理财": decision 2547).
_ZH_DONE_WELL_AREA = re.compile(
    r"(?:每天|每日|日常|认真|全力|切实|扎实|全面|努力|用心)?(?:做好|搞好|抓好)"
    r"(?P<area>[\u4e00-\u9fff、和与及的]{2,14}?)[。！!]?"
)


def _zh_done_well_area(item: Item) -> bool:
    """Whether a Chinese key result is 做好/搞好/抓好 and an area closing it, with no figure."""
    if item.language != "zh" or item.facts.quantities:
        return False
    m = _ZH_DONE_WELL_AREA.fullmatch(item.folded.replace(" ", ""), *item.core_span)
    if m is None:
        return False
    area = m.group("area")
    # (not "各项工作": 做好 + work stays a task, decisions 2547 and 4877; the lead at the merge)
    return area.endswith(tuple(words("kr_done_well_areas", "zh")))


# "发布会获市级一等奖", "宣传片荣获省级银奖": a thing or an event the team made, then a prize it
# wins, is what the work won — decision 5304's people who win a prize, said of the work itself
# (decision 6970, the lead's ruling); not an event counted nor work to do.
_ZH_THING_WINS_PRIZE = re.compile(
    r"[\u4e00-\u9fffA-Za-z0-9「」《》“”\"]{1,16}?(?:荣获|获得|斩获|拿到|赢得|夺得|获评|获)"
    r"[^，,；;。做办开]{0,16}?(?:等奖|金奖|银奖|铜奖|优秀奖|[\u4e00-\u9fff]{1,6}奖|第[一二三]名|冠军|亚军|季军)"
    r"(?:以上|及以上)?[。！!]?"
)


def _zh_thing_wins_prize(item: Item) -> bool:
    """Whether a Chinese key result is a thing or an event, then a prize it wins (6970)."""
    if item.language != "zh":
        return False
    if _ZH_THING_WINS_PRIZE.fullmatch(item.folded, *item.core_span) is None:
        return False
    verb = item.facts.shape.verb
    return not (
        verb is not None
        and verb.position == "lead"
        and verb.cls != "win"
        and verb.word in verb_classes("zh")
    )  # "举办发布会并获市级一等奖": the event held leads, as before


def _read(item: Item) -> Reading:
    if _zh_done_well_area(item):
        return Reading("other", item.core_span, "")
    if _zh_thing_wins_prize(item):
        return Reading("other", item.core_span, "change")
    found = _read_whole(item)
    if item.language != "en":
        if found.kind == "other" and _zh_own_use(item):
            # "在报价中使用新模板", "用AI给工单打标签": the team's own use, as 6656's "Use footfall
            # data in the rota planning" is (decision 6947)
            if _dated(item):
                return Reading("milestone", found.span, _REASON["complete"])
            return Reading("task", found.span, _REASON["act"])
        return found
    if found.kind in ("result", "other") and (quota := _member_quota(item)) is not None:
        return Reading(quota.kind, found.span, quota.reason)
    if found.kind == "result" and (work := _work_before_progress(item)) is not None:
        return Reading(work.kind, found.span, work.reason)
    if found.kind != "other":
        return found
    if _own_use_opens(item):
        # "Use footfall data in the rota planning", "Use AI to triage incoming tickets": the team's
        # own use of a thing, opening the key result, is work (decisions 157, 6656)
        if _dated(item):
            return Reading("milestone", found.span, _REASON["complete"])
        return Reading("task", found.span, _REASON["act"])
    again = _part_reading(item)
    return found if again is None else Reading(again.kind, found.span, again.reason)


def _part_of(item: Item, text: str) -> Item:
    """A key result of `text` alone, with no context of its own (no owner, date or cells)."""
    return Item(
        kind="kr",
        id=f"{item.id}~part",
        text=text,
        offsets=list(range(len(text) + 1)),
        language=item.language,
    )


# Decision 6654: each member of the team's own team, said as a group's member ("Each member of
# the design team", "Every team member"), read as one of the team's own people.
_EN_MEMBER_OF_TEAM = re.compile(
    r"(?:each|every)\s(?:single\s)?(?:member\sof\s(?:the|our|my|this)\s(?:[a-z&/-]+\s){0,3}?"
    r"(?:team|squad|crew|department|group)|team\s?member|member\sof\s(?:the\s)?staff|staff\smember)\s"
)


def _member_quota(item: Item) -> Reading | None:
    """A key result that sets each member of the team's own team a quota of effort ("Each member
    of the UX team joins at least 1 sales, support or onboarding call per week", "… has at least
    8 hours of reader time per quarter"): read as "Each teammate …" — an effort per member, as "Each
    designer spends 10 hours with customers" is (decision 6654)."""
    cs, ce = item.core_span
    m = _EN_MEMBER_OF_TEAM.match(item.folded, cs, ce)
    if m is None:
        return None
    rest = _KINDS_LISTED.sub("", item.folded[m.end() : ce])
    got = _read_whole(_part_of(item, "each teammate " + rest))
    if got.kind not in ("activity", "task", "milestone"):
        return None
    return got


# "1 billing, CS, or AM call": one kind of effort named by a list of its kinds (decision 6654).
_KINDS_LISTED = re.compile(
    r"\b[a-z0-9/-]+,\s(?:[a-z0-9/-]+,\s)*(?:[a-z0-9/-]+,?\s)?(?:or|and)\s(?=[a-z0-9/-]+\s[a-z])"
)


# Decision 6657: a bare percentage after a dash, closing the line: "… - 100%", "… – 40%".
_DASH_PERCENT_CLOSES = re.compile(r"\s[-–—]{1,2}\s?(?P<v>\d{1,3})\s?%[\s.]*$")


def _work_before_progress(item: Item) -> Reading | None:
    """An English key result read as measured only by a bare percentage after a dash closing
    its line ("Review of the travel expense policy - 40%", "Playbook for month-end close -
    90%"), whose wording before the dash reads, on its own, as a piece of
    work: the figure is how far the work got, as decisions 4943, 5470 and 5742 read it after a
    stop or a verb of work (decision 6657)."""
    cs, ce = item.core_span
    text = item.plain
    m = _DASH_PERCENT_CLOSES.search(text, cs, ce + 1)
    if m is None or m.start() <= cs:
        return None
    targets = [q for q in item.facts.quantities if q.is_target]
    if item.facts.from_to or any(q.start < m.start() for q in targets):
        return None
    got = _read_whole(_part_of(item, text[cs : m.start()].strip()))
    if got.kind not in ("task", "milestone"):
        return None
    return got


# Decision 6656: "Use" opening the key result, a bare object of one to three words, then where or
# what for ("in", "to", "for" …): the writer's own use (decision 157). Not "use of", "use cases",
# a use more or less (decision 446).
_EN_OWN_USE = re.compile(
    r"use\s(?!of\b|more\b|less\b|cases?\b|fewer\b)(?:[a-z0-9/&'+.-]+\s){1,3}?"
    r"(?:in|into|to|for|across|during|when|on|with|within|throughout)\s[a-z]"
)


def _own_use_opens(item: Item) -> bool:
    """An English key result opening with "Use" and a bare object, then where or what for, with
    no target: the team's own use, a task (decision 6656)."""
    if item.facts.from_to or any(q.is_target for q in item.facts.quantities):
        return False
    cs, ce = item.core_span
    m = _EN_OWN_USE.match(item.folded, cs, ce)
    return m is not None and not _EN_USED_MORE_TAIL.search(item.folded, m.end(), ce)


# Decision 6947, the Chinese of 6656: where the thing is used (在…中/里/上/时), then a verb of
# using and its object, the whole clause; or 用/使用/借助/利用 + a thing + 给/来/为/帮 + the work
# it does. Not a use moved (少用, 多用: decision 446), not 用心 (with care).
_ZH_USED_WHERE = re.compile(
    r"在[\u4e00-\u9fffA-Za-z ]{1,8}?(?:中|里|上|时|期间)(?:使用|用上|采用|启用|引入|用)[\u4e00-\u9fffA-Za-z ]{1,12}[。.!！]?"
)
_ZH_USED_FOR = re.compile(
    r"(?:使用|借助|利用|用)(?!心)[\u4e00-\u9fffA-Za-z ]{1,8}?(?:给|来|为|帮)[\u4e00-\u9fffA-Za-z ]{2,12}[。.!！]?"
)


def _zh_own_use(item: Item) -> bool:
    """A Chinese key result that is only the team's own use of a thing, with no figure
    (decision 6947)."""
    if item.facts.from_to or any(ch.isdigit() for ch in item.folded):
        return False
    cs, ce = item.core_span
    return any(p.fullmatch(item.folded, cs, ce) for p in (_ZH_USED_WHERE, _ZH_USED_FOR))


# "… more often", "… less" closing the wording: a use moved, vague (decision 446)
_EN_USED_MORE_TAIL = re.compile(r"\b(?:more|less|fewer)(?:\s(?:often|widely|regularly))?\W*$")


# Decision 6650: an aside in brackets that closes the wording, with no figure in it.
_CLOSING_ASIDE = re.compile(r"\s?\((?P<aside>[^()\d]{3,160})\)[\s.!]*$")
# Decision 6650: a relative clause that says what the thing worked on does ("the sync problem
# that's been holding back adoption") is no part of the work.
_RELATIVE_CLAUSE = re.compile(
    r"\s(?:that|which)(?:'s|\s(?:has|have|is|are|was|were|keeps|keep)\b)", re.IGNORECASE
)


def _part_reading(item: Item) -> Reading | None:
    """An English key result read as no task (kind "other") whose wording holds no target,
    read again by its main part: the wording before a closing aside in brackets (decision
    6650), or a later clause of work after "and" (decision 6652). The part's task or
    milestone reading is the item's, dated on the item's own line as a milestone."""
    if item.facts.from_to or any(q.is_target for q in item.facts.quantities):
        return None
    text = item.plain
    cs, ce = item.core_span
    parts: list[str] = []
    aside = _CLOSING_ASIDE.search(text, cs, ce + 1)
    if aside is not None and aside.start() > cs and text[cs : aside.start()].strip():
        parts.append(text[cs : aside.start()].strip())
    relative = _RELATIVE_CLAUSE.search(text, cs, ce)
    if relative is not None and text[cs : relative.start()].strip():
        parts.append(text[cs : relative.start()].strip())
    later = _LATER_CLAUSE.search(text, cs, ce)
    if later is not None:
        rest = text[later.start("own") if later.group("own") else later.start("bare") : ce]
        parts.append(rest if later.group("own") else "It " + rest)
    for part in parts:
        got = _read_whole(_part_of(item, part))
        if got.kind in ("task", "milestone"):
            if _dated(item):
                return Reading("milestone", got.span, _REASON["complete"])
            return Reading("task", got.span, got.reason)
    return None


# Decision 6652: a later clause after "and", "&" or ";" with a subject of its own ("we have a
# list …") or none, opening with a modal or a passive ("… and can be retried").
_LATER_CLAUSE = re.compile(
    r"(?:,?\s(?:and|&)|;)\s(?:(?P<own>(?:we|i|they)\s(?:now\s|also\s)?ha(?:ve|s)\s(?:an?|the|our|one)\s)"
    r"|(?P<bare>can\sbe\s[a-z]+ed\b|can\snow\sbe\s[a-z]+ed\b))"
)


def _read_whole(item: Item) -> Reading:
    core = item.core_span
    shape = item.facts.shape
    verb = shape.verb
    lead = max(shape.lead, core[0])
    whole = (lead, core[1])
    if item.language == "zh" and _ZH_SECTION_SCORE.fullmatch(item.folded, lead, core[1]):
        # "写作大作文6.5分（按雅思老师评分）": the skill names the test's section, not work to
        # do; the score it gets is the level reached (decision 6627)
        return Reading("result", whole, "measured")
    if item.language == "zh" and _zh_lone_pursuit(item):
        # "游泳", "背单词", "写日记": one's own sport or study named alone is a thing to do, a
        # to-do, not a measure's name (decision 6066)
        return Reading("task", whole, "action")
    if _TESTS_HELD[item.language].search(item.folded, core[0], core[1]):
        # "Smoke tests pass on every deploy", "Every release passes the smoke suite", "每晚构建的
        # 回归测试保持全绿": the team's tests or builds held passing on each run are a level of
        # quality kept, neither an exam passed nor an effort on a cadence (decision 5029)
        return Reading("other", whole, "state")
    if item.language == "zh" and _ZH_NO_HELP_NEEDED.search(item.folded, lead, core[1]):
        # "和海外客户开会时不需要翻译": the work goes on without the help it needed, a state
        # reached (unquantified), not the meeting to hold (decision 6542)
        return Reading("other", whole, "state")
    if _noun_compound_measure(item, lead):
        # "Season ticket purchase rate among monthly visitors": a verb's base form after a bare
        # singular noun is a noun of the measure's name, not a predicate (decision 5605;
        # decision 1294 widened)
        return Reading("other", whole, "measure")
    if _named_then_bar(item, verb):
        # "Model AUC >= 0.80 on holdout", "Episode 4 views > 1M in launch week": a measure named,
        # then a bar by a comparison sign; the first word is no verb (decision 6289)
        return Reading("result", whole, "measured")
    if _deliverable_label(item, lead):
        # "Page explaining: fees, grants and bursaries fit together", "Dashboard showing: weekly
        # churn by plan": a thing to make, named with what it will show before a colon, is a
        # deliverable, not a label over a result (decision 5843)
        return Reading("task", whole, "deliverable")
    if _served_count_act(item):
        # "10 users tweet about the new editor", "50 customers post reviews of the app": the people
        # served, counted, doing something themselves is their behaviour, a result (decision 5992)
        return Reading("result", whole, "measured")
    if _deliverable_in_place(item):
        # "Every key account has a renewal plan defined", "there is a playbook in place": a thing
        # to write, said to exist, is the deliverable done, as "Every region has a documented
        # playbook" is (decision 5991)
        return Reading("task", whole, "deliverable")
    if _working_towards(item):
        # "Support is working to shorten first replies", "The guild is working towards a
        # shared style": work in progress named, with no measure it moves — an effort, as "Work
        # on …" is (decision 5990); "The export is working on every browser" stays a state
        return Reading("task", whole, "action")
    if verb is None and item.language == "zh" and _ZH_WORKS_ONLY.fullmatch(item.folded, *core):
        # "《乡土中国》", "《明朝那些事儿》系列", "《平凡的世界》- 路遥" alone as a key result (a reading
        # list under "读书"): a work named, to read or to watch, is a personal to-do, as "看完
        # 《…》" is; the work read is no change (decision 5502)
        return Reading("task", whole, "learning")
    if verb is None and item.language == "zh" and _ZH_WORKS_COUNTED.fullmatch(item.folded, *core):
        # "10 本英文书", "20 部纪录片", "3 门网课" alone, no verb: works to get through, counted —
        # "读完12本专业书" with its verb left out (decision 5504)
        return Reading("task", whole, "learning")
    if verb is None and _share_in_target_cell(item):
        # "| Crash-free sessions | 99.1% | 99.8% |": the wording names what is measured and the
        # row's target column gives it as a share, so the row is a rate to reach, not a count
        # of sessions; "| 首页加载时长 | 3.2秒 | 1.5秒 |" a measure's value (decision 5046)
        return Reading("result", whole, "measured")
    if (
        verb is not None
        and verb.position == "lead"
        and verb.cls not in _NOT_A_RATE_CLASSES
        and _rate_in_target_cell(item)
    ):
        # "| Fill last-minute cancellations from the standby list | 60% of cancelled slots |": the
        # target column gives the share of them to reach, as "Fill 60% of …" (decision 5085)
        return Reading("result", whole, "measured")
    if item.language == "en" and _PEOPLE_RATE_IT.match(item.folded, core[0], core[1]):
        # "Ward staff rate the pharmacy service 4.4/5 in the quarterly survey, up from 3.6": the
        # score the people served give, reached, is a result; the survey's cadence says when it is
        # read, no effort (decision 5090; ruling i of the thirty-fifth round)
        return Reading("result", whole, "measured")
    if _outcomes_recorded(item, lead):
        return Reading("result", whole, "measured")
    if _zh_ready_on_the_day(item, lead):
        # "新生报到当天宿舍、饭卡、课表全部到位": what the people served find ready on their
        # first day is an end state, not the work of readying it (decision 5774)
        return Reading("result", whole, "measured")
    if (own := _own_effort_coverage(item)) is not None:
        # "巡检覆盖率达到95%": the team's own rounds reaching its own posts, as a share — the
        # efforts counted (decision 5224; a training's coverage is measured, decision 5942)
        return Reading("activity", own, "count")
    got_done = False
    if verb is not None:
        done = _noun_then_done(item, verb)
        if done is not verb and verb.word in _CAUSATIVES:
            got_done = True
            # "Get 3 case studies published": read from the count on, as "3 case studies
            # published" is (decision 3893)
            lead = len(item.folded) - len(item.folded[verb.end :].lstrip())
        verb = done
    if verb is not None and _in_closing_note(item, verb):
        # "Supplier code of conduct (signed-off draft)": a status note in the closing bracket
        # says how far the thing is, its verb heads nothing (decision 4066)
        if not any(q.is_target for q in item.facts.quantities) and any(
            k[1] <= verb.start for k in item.facts.kpis
        ):
            # "Customer NPS (measured quarterly)": a measure named, how it is taken in the note
            return Reading("other", whole, "measure")
        verb = None
    if verb is not None and _obtains_count(item, verb):
        # "Obtain 20 favorable reviews", "Obtain 5 letters of support": a counted thing got from
        # others is won, as "Collect 15 testimonials" is; a certification stays one to get
        # (decisions 24, 1332)
        verb = Verb(verb.start, verb.end, verb.word, "win", verb.position)
    if verb is not None:
        # "参加区级公开课评比并获得二等奖以上": taking part, then the prize or the round won is
        # the predicate, a result as "在区级评比中获得二等奖" is (decision 193; decision 3980)
        verb = _joined_then_won(item, verb) or verb
    if verb is not None and _zh_moves_in(item, verb):
        # "入驻新办公楼", "团队进驻新园区": the team moving into its own premises is work, as
        # decision 3854 keeps the team moving itself; a product into others' stores is won (3913)
        verb = Verb(verb.start, verb.end, verb.word, "act", verb.position)
    if verb is not None and _ZH_VISITORS_RECEIVED.match(item.folded, verb.start):
        # "滑雪场雪季接待游客30万人次", "博物馆年接待观众50万人次": visitors received, counted, are
        # the place's draw, as "全年接待游客50万人次" is a measure (decisions 1323, 4086; 4211)
        return Reading("result", whole, "measured")
    if verb is not None and _own_thing_rolled_out(item, verb):
        # "Get the new POS system into 12 branches", "Get the safety posters onto 20 notice
        # boards": a system or an artefact of the team's put in its places is a rollout, work;
        # "Get our honey into 5 new delis" stays won (decision 3854)
        verb = Verb(verb.start, verb.end, verb.word, "act", verb.position)
    gathered = _data_gathered(item, lead) if verb is None or verb.position == "lead" else None
    if gathered is not None:
        # "Collect data on refund reasons", "Gather metrics on cold starts", "Do an analysis of
        # churn": data gathered or analysed is discovery, work to do, as "research" is; the
        # things counted from others stay won ("Collect 15 testimonials", decision 3792)
        verb = gathered
    if verb is not None and _zh_joined_platform(item, verb):
        # "新增认证讲师30名入驻平台": people counted who join the team's platform are supply won
        # from outside, whatever they are called, not staff or a certification (decision 5370)
        return Reading("result", whole, "measured")
    if verb is not None and _zh_places_opened(item, verb):
        # "新增门店5家", "新增充电桩20个": places or equipment the team adds, counted, are opened
        # or installed, a launch as "新开门店3家" is, not customers won (decision 5032)
        verb = Verb(verb.start, verb.end, verb.word, "launch", verb.position)
    if verb is not None and _made_not_won(item, verb):
        # "开发3条周边徒步路线", "Book 10 live bands": things made or bought in, counted, are
        # output, not partners or customers won (decision 1450)
        verb = Verb(verb.start, verb.end, verb.word, "act", verb.position)
    if verb is not None and _places_filled(item, verb):
        # "Clearing places filled by Aug 20", "All 40 summer-camp spots filled": places taken up
        # by those who come reach a quota, as "小班招满6个班" does (decision 401; decision 4203)
        verb = Verb(verb.start, verb.end, verb.word, "reach", verb.position)
    if verb is not None and _things_onboarded(item, verb):
        # "Onboard 12 remaining log sources into Sentinel": systems, feeds or services
        # connected to a tool are the work of connecting them, not users won (decision 4201)
        verb = Verb(verb.start, verb.end, verb.word, "act", verb.position)
    if verb is not None and _zh_enters_release(item, verb):
        # "Android 版进入内测", "新产线进入试运行": a release or a line entering its beta or trial
        # run is launched, work to deliver, as "Android app enters public beta" is (4761)
        verb = Verb(verb.start, verb.end, verb.word, "launch", verb.position)
    if verb is not None and _zh_adopters_take_up(item, verb):
        # "内部 3 个团队接入…", "6 个外部团队跑通 50K 用例": counted teams or customers taking up
        # the platform are adoption by others, a result (decisions 8, 1293; decision 4762)
        return Reading("result", whole, "measured")
    if verb is not None and _partners_onboarded(item, verb):
        # "Onboard 10 design partners", "Onboard 15 system integrators onto the portal":
        # partners won and counted, as "Sign 3 new channel partners" and "签约3家渠道商" are,
        # not staff hired nor a system built (decision 3891)
        if any(q.is_target for q in counts(item)):
            return Reading("result", whole, "measured")
        verb = Verb(verb.start, verb.end, verb.word, "win", verb.position)
    if verb is not None and _zh_firms_joined(item, verb):
        return Reading("result", whole, "measured")  # "新接入外卖平台3家": firms joined (5770)
    if verb is not None and _partners_listed(item, verb):
        # "Add 4 clinics to the referral network": partners won, counted, an outcome as "Sign 3
        # new channel partners" is, not pages added to a site (decision 5614)
        return Reading("result", whole, "measured")
    if verb is not None and _zh_round_closed(item, verb):
        # "完成A轮融资", "顺利完成种子轮融资": money won from investors, as "Close the seed
        # round" is (decision 2243), not a piece of work completed (decision 3892)
        verb = Verb(verb.start, verb.end, verb.word, "win", verb.position)
    if verb is not None and _zh_deal_closed(item) is not None:
        # "冷链仓储合作谈下来", "供货合同签下来": the verb and its resultative 下来 close the
        # wording, the deal won ("谈下", "签下" in the verb table), whatever verb the object
        # holds ("采购项目", "投放合同"): not the talking, nor a thing made (decision 6062)
        if any(q.is_target for q in item.facts.quantities):
            return Reading("result", whole, "measured")
        return Reading("other", whole, "")
    if _ZH_FIND_ONE.match(item.folded, lead) and not any(
        q.is_target for q in item.facts.quantities
    ):
        # "找个靠谱的摄影工作室", "找一家装修公司": one supplier or hire to find, a search to do
        # (decision 5106, lead ruling g of the thirty-fifth round)
        return Reading("task", whole, "action")
    if verb is not None and _zh_more_of_some(item, verb):
        # "尽量多孵化几个出镜主播", "多开发一些回头客": more of a count with no number, a change
        # asked for (vague and unquantified), not a piece of work (decision 5104, ruling b)
        return Reading("other", whole, "change")
    if verb is not None and _zh_partners_joined(item, verb):
        # "与6家医院建立转诊合作", "和3所高校合作开课": partners won and counted (decision 5101)
        verb = Verb(verb.start, verb.end, verb.word, "win", verb.position)
    if _version_move(item, core[0], core[1]):
        # "安全评分版本：v2 → v3", "Node.js 版本：16 → 20", "Billing API version: v1 → v2": a
        # system moved from one version to the next is an upgrade, a migration to do; its two
        # figures are version names, not a level reached (decisions 399, 2351; decision 3720)
        return Reading("milestone" if _dated(item) else "task", whole, _REASON["launch"])
    if _person_can_alone(item, core[0], core[1]):
        # "Miguel runs the morning bake alone 5 days a week by July 15", "小周9月前能独立排班": a
        # capability one named person reaches; the cadence counts no effort (decision 1245)
        return Reading("result", whole, "capability")
    if (
        item.language == "en"
        and (verb is None or verb.position != "lead")
        and _THINGS_USED_BY.match(item.folded, lead)
    ):
        # "5 dashboards used weekly by business users", "3 templates adopted by every branch":
        # things the team made, counted by their use by others — adoption, a result (decisions
        # 8, 25; decision 3366)
        return Reading("result", whole, "measured")
    if (
        item.language == "en"
        and (verb is None or verb.position != "lead")
        and (used := _THING_USED_OFTEN.match(item.folded, lead)) is not None
        # "The budget is used every month": money spent is an input (decision 23)
        and not _MONEY_USED.search(used.group())
    ):
        # "AI reply suggestions are used every day", "The new rota is used weekly by all three
        # sites": how often others use the team's thing is its adoption, no effort counted by a
        # cadence (decisions 8, 3366; decision 6762)
        targeted = any(q.is_target for q in item.facts.quantities)
        return Reading(
            "result" if targeted else "other", whole, "measured" if targeted else "change"
        )
    if (
        item.language == "en"
        and (verb is None or verb.position != "lead")
        and _things_granted().match(item.folded, lead)
    ) or _bare_thing_granted(item, verb, lead):
        # "2 short stories accepted by magazines", "Our app featured in 2 app-store lists": the
        # team's pieces taken up by others are won from them, a result (decision 3853)
        targeted = any(q.is_target for q in item.facts.quantities)
        return Reading(
            "result" if targeted else "other", whole, "measured" if targeted else "change"
        )
    if _done_by_served(item, lead):
        # "Stripe Connect completed by filmmakers", "Listings created by sellers": what the
        # people served do, named as a measure whose figure may stand in a target column — their
        # behaviour, not the team's work (decision 2303)
        targeted = any(q.is_target for q in item.facts.quantities)
        return Reading(
            "result" if targeted else "other", whole, "measured" if targeted else "measure"
        )
    if item.language == "en" and _RATER_VERDICT.match(item.folded, lead, core[1]):
        # 'Supervisor rates the draft "ready for committee"', 'Inspectors grade the kitchen
        # "good"': another's judgement of the work is what it aims at, won, as a review is
        # (decisions 786, 3243); no task
        return Reading("other", whole, "change")
    if _more_people_say(item, lead):
        # "Fewer students say science is boring in the class survey", "More customers say they
        # would recommend us": how many people answer so is a change in what they think, a
        # result without its number, not a survey or a report to produce (decision 2704)
        return Reading("other", whole, "change")
    if served_acts(item) and shape.cadence is not None and item.facts.quantities:
        # "Members log in to the app twice a week", "Members attend 3 classes a week": how often
        # the people served do it is their behaviour, a result (decision 2142)
        return Reading("result", whole, "measured")
    if (
        item.language == "en"
        and (verb is None or verb.word in _BRINGS_ABOUT or verb.cls in _NO_TASK)
        and any(q.is_target and _people_doing(item, q) for q in counts(item))
    ):
        # "Get 1,500 patients booking online each month", "Have 400 families visiting the
        # library every month": people from outside counted, then what they do — how many of
        # them do it is their behaviour, a result, not the team's efforts (decision 3100)
        return Reading("result", whole, "measured")
    if (
        item.language == "en"
        and verb is not None
        and any(q.is_target and _people_helped_to_act(item, q) for q in counts(item))
    ):
        # "Help 300 families move into stable housing", "Help 40 graduates land their first
        # job": the people served, counted, and the state they reach (decision 3740)
        return Reading("result", whole, "measured")
    if verb is None and item.language == "en" and _discovery_noun_head(item, lead) is not None:
        # "Gap analysis on 4 sites", "Root-cause analysis on the 3 gearbox failures", "Energy
        # audit of the 3 depots": a noun of discovery or checking work heading the wording is
        # that work, the count its scope (decision 4410), as "Analysis of the 3 failures" is
        kind: Kind = "milestone" if _dated(item) else "task"
        return Reading(kind, whole, _REASON["decide"] if kind == "task" else _REASON["complete"])
    if verb is None and item.language == "en" and _things_ranking(item, lead):
        # "10 articles ranking on page one for target keywords", "8 guides ranking #1 for their
        # keyword": the team's pieces counted by where search or a store ranks them — a place
        # others give, an outcome count, as "5 videos passing 100k views" is (decision 3103)
        return Reading("result", whole, "measured")
    if item.language == "en" and _checks_pass(item, core[0], core[1]):
        return Reading("result", whole, "passed")  # decision 2860
    if _work_percent_done(item, lead):
        # "Reporting module 75% done by end of Q3": progress on the team's own work, a share of
        # a task finished, no result (decision 4006)
        if _dated(item):
            return Reading("milestone", whole, _REASON["complete"])
        return Reading("task", whole, _REASON["complete"])
    if _launch_with_capacity(item, verb):
        # "Launch the v3 booking engine supporting 80k concurrent users": the load the thing is built
        # to carry is a bar the team sets itself, the launch stays work (decision 4005)
        if _dated(item):
            return Reading("milestone", whole, _REASON["launch"])
        return Reading("task", whole, _REASON["launch"])
    if _course_to_a_score(item, verb):
        # "Complete the Python course with a 90% score": the score is the bar the course is
        # done to, as a quality bar leaves a launch a task (decision 4144)
        if _dated(item):
            return Reading("milestone", whole, _REASON["complete"])
        return Reading("task", whole, _REASON["complete"])
    if _zh_unbroken_shown(item):
        # "8月前不停歇游完1.5公里", "不停顿地跑完10公里": a distance covered in one go shows what
        # the person can now do, as "Swim 1.5 km non-stop" does (decision 6437)
        return Reading("result", whole, "shown")
    if _group_uses(item, lead):
        # "All drivers use the route app to report closures": a group of people taking a thing
        # up is adoption, measured by how many do (decision 6435), not the thing to build
        targeted = any(q.is_target for q in item.facts.quantities)
        return Reading("result" if targeted else "other", whole, "adoption")
    if _group_completes_course(item, lead):
        # "Every agent finishes the compliance e-learning": an activity completed by a whole
        # group, no measured change — a task (decision 6430, reversing 6034), dated a milestone
        return Reading("milestone" if _dated(item) else "task", whole, _REASON["complete"])
    if _more_of_a_habit(item, verb):
        # "Try to coach juniors more", "Cook at home more often": a doing of one's own asked
        # for more often, no number — an effort, as a habit counted is (decision 6287)
        return Reading("activity", whole, "recurring")
    if _speed_without_level(item, verb):
        # "Handle every pager alert fast": a service level with no number (decision 6033)
        return Reading("other", whole, "change")
    if _zh_prompt_handling(item, lead):
        # "快速处理客户投诉", "迅速响应门店报修": handled fast, no figure — vague (decision 6720)
        return Reading("other", whole, "change")
    if (
        verb is None
        and item.language == "en"
        and not any(q.is_target for q in item.facts.quantities)
        and en_feeling_pattern().fullmatch(item.folded, *item.core_span)
    ):
        # "Members happy with the app", "Staff comfortable with the new rota system": a feeling
        # wished on people about a thing, no measure — vague, not the thing as a deliverable
        # (decisions 5929, 6032)
        return Reading("other", whole, "change")
    if (verb is None or verb.position != "lead") and compared_to_reference(item):
        # "Forecast accuracy better than last year", "Our pipeline stronger than last quarter":
        # a state said better than a reference, no figure — vague and unquantified, neither a
        # deliverable nor efforts counted (decision 6031)
        return Reading("other", whole, "change")
    if _comparative_alone(item, verb, lead):
        # "Faster check-in", "更少的投诉", "审批更快", "投诉变少": a change asked for by a
        # comparative and no number — vague and unquantified, no work nor efforts counted
        # (PRINCIPLES.md "Improve X"; decisions 202, 4181)
        return Reading("other", whole, "change")
    if _release_cadence(item, verb):
        # "Deploy 30 times a week", "Ship to production 10 times per day": how often the team
        # releases is the cadence it reaches, a level of a measure (decisions 9 and 4625)
        return Reading("result", whole, "cadence")
    acts = [a for a in activity_counts(item) if not in_method_note(item, a.start)]
    if acts and each_meets_a_bar(item) and not _efforts_counted(item, acts[0]):
        # "Launch 4 new clinics, each with weekly visits above 200": places launched that each
        # meet the bar are the result, as "Open 3 new stores, each with …" is (decision 1449);
        # "Publish 6 posts, each reaching …" still counts efforts
        return Reading("result", whole, "measured")
    if verb is None and _interviews_won(item, lead):
        # "3 interviews by December" under "Get a postdoc": interviews granted by employers in
        # a job search are won, as "Get 5 first-round interviews" is (decisions 200, 3010)
        return Reading("result", whole, "measured")
    if acts:
        return Reading("activity", (acts[0].start, acts[0].end), "count")
    if (
        verb is not None
        and item.language == "zh"
        and verb.word in word_set("kr_demand_repeats", "zh")
        and any(q.is_target and q.start >= verb.end for q in item.facts.quantities)
    ):
        # "新书上市3个月内加印2次", "老客户返单至少3次": the market asks for it again, counted — a
        # result, not the team's work (decision 6313)
        return Reading("result", whole, "measured")
    if _zh_creators_worked_with(item, lead):
        # "合作达人200位", "达人合作数量达到150个", "与200位达人合作": creators worked with are
        # placements bought, counted effort; "签约8名腰部达人" stays partners won (decision 3108)
        return Reading("activity", whole, "count")
    if (
        verb is not None
        and item.language == "en"
        and verb.position == "lead"
        and en_verb_class(verb.word) is None
        and any(q.kind == "count" and 0 < q.start - verb.end <= 2 for q in counts(item))
        and _efforts_named(item, verb.end)
    ):
        # "Enter 6 competitions": a word the lexicon does not know before efforts counted
        # leads them as an effort verb would (decision 1465)
        return Reading("activity", whole, "count")
    if (
        verb is not None
        and item.language == "en"
        and verb.position == "lead"
        and verb.word in _HOLDS_EVENTS
        and _sessions_held(item, verb)
    ):
        # "Run 48 weekend story times", "Host 12 storytimes", "Hold 10 story hours": a count of
        # sessions run or hosted is effort, whatever the lexicon calls them (decision 2417)
        return Reading("activity", whole, "count")
    if (
        verb is not None
        and item.language == "en"
        and verb.position == "lead"
        and verb.word in word_set("kr_gather_verbs", "en")
        and any(q.kind == "count" and 0 < q.start - verb.end <= 2 for q in counts(item))
        and _efforts_named(item, verb.end)
    ):
        # "Collect 20 user feedback sessions", "Gather 30 customer interviews": efforts the
        # team holds, counted, are no testimonials won from others (decision 2062)
        return Reading("activity", whole, "count")
    if (
        verb is not None
        and item.language == "en"
        and verb.position == "lead"
        and verb.word in _ASKS_FOR
        and _FEEDBACK_ROUNDS.match(item.folded, verb.end)
    ):
        # "get 3 sets of feedback from lab mates on the draft": rounds of feedback asked for
        # are effort counted (decision 2503); "Get 50 reviews on Google" stays won
        return Reading("activity", whole, "count")
    if verb is not None and item.language == "en" and _MAKES_HIRES.match(item.folded, verb.start):
        # "Make one hire for every open seat", "Make a senior hire in finance": hiring, as
        # "Make two hires" is (decision 5841)
        return Reading("task", whole, "hiring")
    labelled = _label_counts_work(item, lead)
    if labelled is not None:
        # "Blog posts: 8 published per month", "Electric vans: 20 added to the Bristol fleet": a
        # label naming efforts or things made, then their count (decision 2672)
        if labelled == "activity":
            return Reading("activity", whole, "count")
        kind: Kind = "milestone" if _dated(item) else "task"
        return Reading(kind, whole, _REASON["launch"] if kind == "milestone" else "action")
    if item.language == "zh" and _zh_label_counts_efforts(item):
        # "原创文章：20 → 40", "培训场次：2 → 6", "行业沙龙：3 场": a label naming efforts, then
        # their count or its move — the Chinese form of decision 2672 (decision 3721)
        return Reading("activity", whole, "count")
    if _label_efforts_per_member(item):
        # "Role-play sessions per new hire: 10", "Demos per AE per week: 5": efforts shared out
        # over each one of the team, named in a label, then their count (decision 3109)
        return Reading("activity", whole, "count")
    if verb is not None and _outputs_moved(item, verb):
        # "Expand the help centre from 40 to 120 articles", "Increase the number of case studies
        # from 3 to 10": the team's own pieces counted, dressed as a measure (decision 2669)
        return Reading("activity", whole, "count")
    if _efforts_moved(item, lead):
        # "Blog posts from 2 to 4 a week", "培训从每月2次增加到4次": a count of efforts taken
        # from one level to another is still effort (tester17 M6; decision 1426)
        return Reading("activity", whole, "count")
    if (verb is not None and _outputs_raised(item, verb)) or _zh_efforts_raised(item, lead):
        # "Increase outbound calls by 25%", "Increase the number of webinars to 6 per quarter",
        # "Double the number of blog posts", "推文数量翻倍", "直播场次增加至每周5场": the team's
        # own efforts or pieces raised by a share, a multiple or to a level (decision 3500)
        return Reading("activity", whole, "count")
    if capped_lapses(item):
        return Reading("other", whole, "change")  # "Don't skip breakfast more than twice a week"
    if cleared(item) is not None:
        return Reading("other", whole, "change")  # "Clear the waiting list": 0 left (1013)
    if _dated_switch_over(item):
        return Reading("milestone", whole, _REASON["launch"])  # decision 399
    if team_moved_onto(item):
        # "Onboard the finance team onto the new ERP by June": a rollout to a team, no one
        # hired; dated, a milestone (decision 1452)
        return Reading("milestone" if _dated(item) else "task", whole, _REASON["launch"])
    if _PEOPLE_PASS[item.language].match(item.folded, lead, core[1]) or (
        item.language == "zh" and _ZH_PASSED_THEN_COUNTED.fullmatch(item.folded, lead, core[1])
    ):
        # "5人通过中级会计师考试", "12 staff pass the CIPD Level 5 exam": people counted in digits
        # who pass are the measured result of the training, not hiring (decision 785); their
        # count may close the wording: "储备店长通过胜任力评估3人" (decision 5547)
        return Reading("result", whole, "capability")
    if people_meet_quota(item, lead):
        # "Four brokers reach their full quota", "4 agents reach their monthly target for the first
        # time": people counted who reach their own target, a result of the team's coaching, as
        # people who pass an exam are (decision 5286), not hiring
        return Reading("result", whole, "capability")
    if item.language == "en" and _EN_PEOPLE_READY.match(item.folded, core[0], core[1]):
        # "Get 2 of my nurses certified to run triage alone", "3 deputies ready to run the night
        # shift": people counted who can now do the work on their own are a capability reached,
        # as people who pass an exam are (decisions 785, 5615), not hiring
        return Reading("result", whole, "capability")
    if _ZH_RAMP_UP.search(item.folded, lead, core[1]):
        # "新人入职30天内独立接单": what new hires do within a window from joining is their
        # ramp-up, a capability reached, not hiring (decision 2145)
        return Reading("result", whole, "capability")
    if (
        verb is not None
        and verb.cls == "hire"
        and verb.position == "predicate"
        and _onboarding_time(item, verb)
    ):
        # "New tenant onboarded in under 30 minutes", "Each new clinic onboarded within 3
        # working days": the time one onboarding may take, a duration kept (decision 3062)
        return Reading("result", whole, "measured")
    if _hiring(item):
        return Reading("task", whole, "hiring")
    if verb is not None and verb.cls == "hire" and _count_in_target_cell(item):
        # "| Active restaurants onboarded | 60 |": no staff hired (_hiring said so), and the
        # Target cell counts those won, as "60 restaurants onboarded" does (decision 5063)
        return Reading("result", whole, "measured")
    if _first_deal_won(item, lead, core[1]):
        # "Sign our first title-company contract", "接到第一单品牌合作": the first deal won, as
        # "与 8 家分销商签约" is (decision 1245)
        return Reading("result", whole, "capability")
    todo = _personal_todo(item, lead, core[1])
    if todo is not None:
        return Reading(todo[0], whole, todo[1])  # decision 1246
    if any(q.is_target and days_in_state(item, q) for q in item.facts.quantities):
        # "午市套餐每周卖光4天", "Sell out the lunch special 4 days a week": how often a state of
        # supply or demand is reached, not days of effort (decision 1310)
        return Reading("result", whole, "measured")
    if _routine_set_up(item):
        # "Set up a weekly pipeline review", "建立每周例会制度": a routine set up is business as
        # usual (kr-business-as-usual says so), no task or effort count beside it (lead ruling
        # 1793)
        return Reading("other", whole, "routine")
    if item.language == "zh" and any(zh_care_time(item, q) for q in item.facts.quantities):
        # "每天户外活动时间不少于2小时": the time the children get, a level kept (decision 4663)
        return Reading("result", whole, "measured")
    effort = _effort_per_cadence(item)
    if effort is not None and (
        (each_meets_a_bar(item) and not _efforts_counted(item, None))
        or (
            # "每季度3条点赞过万的视频": the bar glued to the pieces counted (decision 6848)
            item.language == "zh" and _ZH_PIECES_OVER_BAR.search(item.folded, *core) is not None
        )
    ):
        # "Open 2 new clinics, each with 150+ patients a week": the week is the bar's period
        return Reading("result", whole, "measured")  # decision 1449
    if effort is not None:
        return Reading("activity", (max(core[0], min(effort, lead)), core[1]), "recurring")
    contact_rate = _CONTACT_RATE[item.language].search(item.folded, lead, core[1])
    if contact_rate is not None:
        # "差评回访率100%", "出院后7天电话随访率100%", "Exit interview completion rate 95%": the
        # share of people contacted counts the calls made, not what they changed (decision 633)
        return Reading("activity", whole, "recurring")
    if item.language == "zh" and _zh_share_contacted(item, lead, core[1]):
        # "对高风险客户100%完成挽留沟通": the people named first, then the share of them the
        # calls reach, as "挽留沟通完成率100%" would say (decisions 633, 1843)
        return Reading("activity", whole, "recurring")
    met = _SHARE_MET_WITH.match(item.folded, lead, core[1])
    if (
        met is not None
        and not item.facts.from_to
        and not _EACH_WITHIN.search(item.folded, lead, core[1])
        and not _meets_every_one_once(item, met)
    ):
        # "Exit interviews with 80% of churned customers": the share of people met, as a
        # contact rate is (decision 764); "Weekly 1:1s with every AE" keeps its cadence's span
        return Reading("activity", _recurring(item) or whole, "recurring")
    if item.language == "en" and _share_given_effort(item, lead):
        # "100% of enterprise accounts have a quarterly business review": the share of a group
        # the team's meetings or calls reach, a contact rate in other words (decision 2127)
        return Reading("activity", whole, "recurring")
    if _contacts_everyone(item, lead, core[1]):
        # "Visit each customer twice", "与每位学生家长完成一次家访": the calls or visits made
        # to a whole group, counted over it as a contact rate is (decision 759)
        return Reading("activity", whole, "count")
    if item.language == "zh" and _ZH_EVERY_CAN.match(item.folded, lead, core[1]):
        # "每个测试人员都能够独自完成测试环境的部署": every one of a group able to do it, a
        # capability reached (unquantified without digits), not the work (decision 927)
        return Reading("result", whole, "capability")
    if item.language == "zh" and _ZH_EVERY_ON_TIME.match(item.folded, lead, core[1]):
        # "所有迭代都按期交付": every one delivered on time, a state of the whole group, as
        # "No sprint goes over budget" is (decision 927)
        return Reading("other", whole, "state")
    if _ZH_PEOPLE_CAN.match(item.folded, lead, core[1]):
        # "3名初级分析师能独立负责一条业务线（目前1名）": people counted reaching a capability
        return Reading("result", whole, "capability")  # decision 460
    if verb is None and _en_placed_by_date(item, lead):
        # "2nd till in the 3 busiest shops by April 30": a thing put in place, dated (573)
        return Reading("milestone", whole, _REASON["launch"])
    if item.language == "zh" and _zh_work_makes_measure(item):
        # "开发自动化部署流程，使新容器的部署时间不超过5分钟": the work, then the level it brings a
        # measure to — that level is the result (decision 1074)
        return Reading("result", whole, "measured")
    if _zh_budget_only(item, lead):
        # "小红书投放预算50万", "营销预算200万元": money to spend is an input, an activity measure
        # (decision 23), not a level reached (decision 2353)
        return Reading("activity", whole, "count")
    if _rival_price_matched(item, verb):
        # "Match CheapCell pricing in all regions": our prices set to a rival's, a change the
        # team makes, no result measured (decision 4849)
        return Reading("task", whole, "action")
    if _yield_weighed(item, verb):
        # "Harvest 150 lbs of vegetables by September", "Pick 30 kg of apples": the crop's
        # weight is the yield the growing brings, a result (decision 4848)
        return Reading("result", whole, "measured")
    if _each_meets_a_bar(item):
        # "Open 3 new stores, each with monthly revenue above $500k": those counted that meet
        # the bar, one measure, as "新开3家门店，每家月营收超过50万元" is (decisions 1185, 1298)
        return Reading("result", whole, "measured")
    if _bare_launch_in(item, verb):
        # "Launch in <= 6 weeks from start", "Ship within 8 weeks": a launch with no object,
        # dated by the window after it — a milestone, not a duration measured (decision 2305)
        return Reading("milestone", whole, _REASON["launch"])
    if _artefact_head(item, lead) and item.facts.quantities:
        # "Audio guide app in 5 languages", "Click-and-collect lockers in 3 stores": the count
        # says where the thing goes, no level reached (decision 2840)
        if _dated(item):
            return Reading("milestone", whole, _REASON["complete"])
        return Reading("task", whole, "deliverable")
    if item.language == "zh" and _zh_helped_then(item) == "reached":
        # "帮助30名求职者找到工作": the people helped and the job they find (decision 3740)
        return Reading("result", whole, "measured")
    if _people_helped_with_activity(item):
        # "Help 20 students write their college essays", "Help 40 members use the new app":
        # an activity people do with the team's help is the team's effort (lead ruling 1792)
        return Reading("task", whole, "action")
    if item.language == "zh" and _ZH_THINGS_WORKED_ON.fullmatch(item.folded, lead, core[1]):
        # "全部120辆车完成报站系统安装", "120台收银机全部完成更换": the team's work on its own
        # things, counted, is the scope of that work, as decision 4061's "完成全部120辆车的…安装"
        # is (decision 4067)
        return Reading("milestone" if _dated(item) else "task", whole, _REASON["complete"])
    if _zh_done_per_period(item, verb):
        # "满意度调查每月做一次", "消防演练每季度组织一次": a survey, a check or a drill done a
        # number of times a period is effort, whatever measure names the survey (decision 5033)
        return Reading("activity", whole, "recurring")
    if verb is not None and _zh_zero_bar_note(item, verb):
        # "把导出功能迁移到新服务（零停机）", "将鉴权逻辑抽离到独立模块（零 UI 依赖）": the zero in the
        # bracket closing the work is the bar it is done to, as "以99.5%的准确率完成迁移" is (4644)
        kind = "milestone" if verb.cls in ("launch", "complete") and _dated(item) else "task"
        return Reading(kind, whole, _REASON.get(verb.cls, "action"))
    if _zh_floor_after_effort_noun(item, verb):
        # "推送科普文章不少于60篇": a floor between the efforts and their count (decision 5305)
        return Reading("activity", whole, "count")
    if (verb is None or verb.position != "lead") and _floor_on_efforts(item):
        # "≥4 customer webinars by Q3", "At least 6 blog posts published": a floor on a count
        # of efforts is still effort counted, as "Hold at least 4 webinars" is (decision 4604)
        return Reading("activity", whole, "count")
    if _done_automatically(item, lead):
        # "Late invoices get flagged to the finance team automatically": what the team's system
        # does on its own once built is the feature to build (decisions 5619, 5744)
        if _dated(item):
            return Reading("milestone", whole, _REASON["launch"])
        return Reading("task", whole, "deliverable")
    if _spec_in_bracket(item):
        # "Fault log operational (hourly run, 30+ sensors)": the bracket says what the thing in
        # service is made of, no level it reaches; the thing is the deliverable (decision 5746)
        if _dated(item):
            return Reading("milestone", whole, _REASON["launch"])
        return Reading("task", whole, "deliverable")
    if _launch_state_bars(item):
        # "4 payment gateways live, <300ms latency", "Refund SLAs in place for all stores - 60%":
        # a thing put in service, then its own bar or its progress, is the launch (6742)
        if _dated(item):
            return Reading("milestone", whole, _REASON["launch"])
        return Reading("task", whole, _REASON["launch"])
    if _zh_project_done(item):
        # "消防通道标识更新完成率100%": the team's one-off project all done is that work, as
        # "Migration to AWS 100% complete" is (decisions 2129, 5776)
        if _dated(item):
            return Reading("milestone", whole, _REASON["complete"])
        return Reading("task", whole, "completion")
    if _share_checked(item, verb):
        # "Audit 100% of vendor contracts", "Assess 80% of the cast-iron mains": the share of the
        # team's own things checked or assessed is how far that discovery work went (5527)
        return Reading("task", whole, _REASON["decide"])
    if (
        measured(item)
        and not _quality_bar(item)
        and not _only_bars_per_effort(item)
        and not _pilot_scope(item, verb)
        and not _terms_in_bracket(item, verb)
        and not _contacts_counted_in_bracket(item, verb)
        and not _zh_migration_then_effect(item)
        and not _zh_built_then_result(item)
        and not _zh_built_and_moved(item)
        and not _share_selects(item, verb)
    ):
        return Reading("result", whole, "measured")
    if _feature_described(item, lead):
        # "It exports invoices as PDF", "The portal shows each parent the week's attendance": what
        # a thing the team builds does once built is the feature to build, work (decision 5523)
        if _dated(item):
            return Reading("milestone", whole, _REASON["launch"])
        return Reading("task", whole, "deliverable")
    if _en_things_added(item, lead):
        # "Payment retries are added to the checkout", "The booking calendar is added and
        # used": a thing put into what the team builds is the work (decision 5619)
        if _dated(item):
            return Reading("milestone", whole, _REASON["launch"])
        return Reading("task", whole, "deliverable")
    if shape.cadence is not None and _measure_closes(item, shape.cadence[1]):
        return Reading("other", whole, "measure")  # "每周例会出勤率": no target (1138)
    if _measure_named(item, lead):
        # "Training completion rate", "季度培训完成率": a measure named with no number is a
        # result to quantify, not the training to do (decision 1182)
        return Reading("other", whole, "measure")
    if _measure_opens(item, lead):
        # "% of invoices auto-matched (no clerk touch)", "Time to publish a new menu", "Avg.
        # claim settlement time (Filed → Paid)": a measure's head opens the wording, whose
        # figure stands in a target column; the verbs inside describe what is measured, no
        # work for the team, and the model's guess is held back (decision 2820)
        return Reading("other", whole, "measure-head")
    recurring = _recurring(item)
    if recurring is not None:
        return Reading("activity", recurring, "recurring")
    if states_absence(item):
        return Reading("other", whole, "change")  # "No sprint goes over budget" (decision 204)
    if closes_found_bad_things(item):
        return Reading("other", whole, "change")  # "Patch all critical CVEs" (decision 335)
    if _every_one_has_written(item, lead):
        return Reading("task", whole, "deliverable")  # "All products have a documented roadmap"
    if _every_one_has(item, lead):
        return Reading("other", whole, "state")  # "核心流程均有负责人和预案" (decision 603)
    if _capability_named(item, lead):
        if _dated(item) and verb is None:
            # "Vertical slice playable end-to-end by May 30": a dated capability, no verb, is a
            # launch's milestone (decisions 5, 333; decision 527)
            return Reading("milestone", whole, _REASON["launch"])
        return Reading("task", whole, "deliverable")  # "Portal is auditable" (decision 333)
    if _zh_handled_in_time(item, verb):
        # "业主报修响应及时", "投诉处理及时": the timeliness of the service, a standard to measure
        # (及时率), unquantified and vague, not work to do (decision 5308)
        return Reading("other", whole, "state")
    if item.language == "zh" and _ZH_MEASURES_NORMAL.search(item.folded, *item.core_span):
        return Reading(
            "other", whole, "state"
        )  # "体检各项指标正常": measures in range (decision 350)
    if (
        item.language == "zh"
        and _ZH_NOTHING_LEADS.match(item.folded, lead)
        and not item.facts.quantities
    ):
        # "没有周末加班", "不再出现客户投诉升级到总经理": a state to keep, as "No overtime weekends"
        # is, not work to do (decisions 1168, 1183)
        return Reading("other", whole, "state")
    if (
        item.language == "en"
        and _EN_STOP_DOING.match(item.folded, lead)
        and not item.facts.quantities
        and not _dated(item)
    ):
        # "Stop missing payroll deadlines", "No longer lose deals to Acme": what stops happening
        # is a state to keep, as "Never miss a payroll date" is, not work (decision 1418)
        return Reading("other", whole, "state")
    if _state_of_thing(item, lead):
        return Reading("other", whole, "state")  # "The status page is fast" (decision 258)
    if _quality_held(item, lead):
        return Reading("other", whole, "state")  # "Have a reliable release process" (1664)
    if verb is None:
        if (
            item.language == "en"
            and not any(q.is_target for q in item.facts.quantities)
            and _FINDINGS_TOLD.match(item.folded, lead, core[1])
        ):
            # "A review of rota apps suggests whether we keep the paper rota", "An investigation
            # shows why parents drop out": the finding-out is the work to do (decision 5721)
            if _dated(item):
                return Reading("milestone", whole, _REASON["complete"])
            return Reading("task", whole, _REASON["decide"])
        if (
            item.language == "en"
            and _FEWER_LEADS.match(item.folded, lead)
            and not any(q.is_target for q in item.facts.quantities)
        ):
            # "Fewer reports of street lights not working": reports counted down, no document
            # to write (decision 4062)
            return Reading("other", whole, "change")
        if _group_on_terms(item, lead):
            # "All 12 regular vendors on our standard contract by April": a group counted in a
            # state, the share that reached it, not a thing made by a date (decision 1311)
            return Reading("other", whole, "adoption")
        if en_habit_per_period(item) is not None:
            return Reading("activity", whole, "recurring")  # "Swim twice a week" (decision 1108)
        if _en_bare_habit(item, lead):
            # "Volunteer every Saturday", "Garden every weekend": a word no verb list knows,
            # then where and a cadence, no figure — a habit kept up is effort (decision 5617)
            return Reading("activity", whole, "recurring")
        if item.language == "en" and _EN_GROUP_MEETS.fullmatch(item.folded, lead, core[1]):
            # "Teen advisory board meets monthly": a group's meetings on a cadence are effort
            # kept up, not what they change (decision 1991)
            return Reading("activity", whole, "recurring")
        if _used_more(item, lead, core[1]):
            return Reading("other", whole, "change")  # "Use CAT tools more" (decision 446)
        if (
            _capability_opens(item, lead)
            or _support_named(item, lead)
            or _ability_named(item, lead)
        ):
            # "Real-time queue visibility for all clinics": a feature named (decision 2348),
            # before the efforts a population word after "for all" may look like ("clinics")
            if _dated(item):
                return Reading("milestone", whole, _REASON["launch"])
            return Reading("task", whole, "deliverable")
        if (
            _efforts_named(item, lead)
            and not _FEWER_LEADS.match(item.folded, lead)
            # "文章被编辑部选为周刊头条4次": the pieces picked by others, won (decision 4994)
            and not (
                item.language == "zh" and _ZH_PICKED_BY_OTHERS.search(item.folded, lead, core[1])
            )
        ):
            # "Fewer cancellations of classes", "Less class cancellations": events that should
            # not happen, lowered — a lapse counted down, no effort (decision 3367)
            return Reading("activity", whole, "count")  # "12 customer case studies"
        if zh_state_improved(item, lead):
            # "仓库台账更加清晰": a thing's state made better, no verb of work (decision 6061)
            return Reading("other", whole, "change")
        if _zh_one_for_each(item, lead):
            # "每位会员一封个性化欢迎信", "每家门店一套应急预案": one piece made for each of a
            # group, a deliverable named without its verb (decision 4063)
            if _dated(item):
                return Reading("milestone", whole, _REASON["complete"])
            return Reading("task", whole, "deliverable")
        if _deliverable_only(item, lead) and not _TESTS_IN_A_STATE.search(
            item.folded, lead, core[1]
        ):
            if _dated(item):
                # "Onboarding playbook by Oct 15": a dated deliverable (decision 656)
                return Reading("milestone", whole, _REASON["complete"])
            return Reading("task", whole, "deliverable")
        if _artefact_head(item, lead) or _VERSIONED_THING.fullmatch(item.folded, lead, core[1]):
            # "Kanban board for the paint shop": a concrete thing named as the head (2840);
            # "Smart autocomplete v1", "Bulk export v2 by Sep 15": a version of a thing to ship,
            # named with nothing measured (decision 4004)
            if _dated(item):
                return Reading("milestone", whole, _REASON["complete"])
            return Reading("task", whole, "deliverable")
        if _graded_thing(item):
            # "Shift handover template P2 0.40", "First phase of the fire door checks => 25%": a
            # thing named with no measure, graded by how far it got, is the piece of work the
            # grade tracks (decision 5741)
            return Reading("task", whole, "deliverable")
        return Reading("other", whole, "")
    if verb.cls == "change" and (joined := _work_joined(item, verb)) is not None:
        # "Plugin API stabilised and documented", "Improve and roll out the onboarding emails":
        # a change with no number, joined to the work that makes or ships the thing, is that
        # work (decision 2662)
        verb = joined
    if item.language == "en" and _STANDARD_ALWAYS.search(item.folded, lead, core[1]):
        # "Support replies within 2h, always": the share that meets a standard (326, 334, 397)
        return Reading("result", whole, "measured")
    if item.language == "en" and verb.cls in _SHOWN_BY and _shown(item, verb):
        # "Hold a 15-minute conversation entirely in Spanish": a skill shown (decision 398);
        # "… without switching to English", "Swim a non-stop 2 km" (decision 6437)
        return Reading("result", whole, "shown")
    if (
        verb.position == "lead"
        and item.folded.endswith("ing", verb.start, verb.end)
        and _efforts_named(item, lead)
    ):
        return Reading("activity", whole, "count")  # "Hosting 4 meetups" (decision 332)
    if (
        _less_of_a_habit(item, verb, lead)
        or _hedged_habit(item, verb, lead)
        or _raised_without_number(item, verb)
    ):
        # "少熬夜", "Get the team GPA up", "Do things better": a change asked for without a
        # number is unquantified and vague, not work to do (PRINCIPLES.md; decision 570)
        return Reading("other", whole, "change")
    if _fewer_said_alone(item, verb, lead):
        # "Fewer complaints about room not ready", "夜班返工更少", "客户投诉越来越少": a count or a
        # measure said to fall or rise, no number — a change unquantified, not work to do; the
        # verb inside the complaint names what it is about (decision 4062)
        return Reading("other", whole, "change")
    if _zh_than_before(item, lead):
        # "收入比去年多", "利润比上季度高": a measure compared with its baseline, no number — a
        # change unquantified, not work to do (PRINCIPLES.md; decision 1583)
        return Reading("other", whole, "change")
    if zh_state_improved(item, lead):
        # "文件归档更加规范", "仓库台账更加清晰": a state made better, no number — unquantified and
        # vague, not work to do (decision 6061)
        return Reading("other", whole, "change")
    if (
        item.language == "zh"
        and (better := _ZH_DONE_BETTER.search(item.folded, *item.core_span)) is not None
        and not _learning_then_wish(item, verb, better.start())
    ):
        return Reading(
            "other", whole, "change"
        )  # "就业指导做得更扎实": a vague change (decision 348)
    if item.language == "zh" and _zh_avoids_bad_event(item):
        return Reading(
            "other", whole, "change"
        )  # "上课不迟到", "不出现安全事故": negative phrasing
    if item.language == "zh" and _ZH_DONE_BY_OTHERS.search(
        item.folded, lead, clause_of(item, lead)[1]
    ):
        # "论文被一篇核心期刊录用", "方案被总部采纳": what others do to the team's work is won from
        # them, as "Get 2 papers accepted" is — a result (unquantified without a number), not the
        # verb's work (decision 2123)
        return Reading("other", whole, "change")
    if verb.cls == "reach" and verb.word != "ready":  # a person ready to act (decision 206)
        work = _work_after(item, verb)
        if work is not None:
            verb = work  # "确保新系统6月底前上线": the work decides, not the state it reaches
    if item.language == "en" and _PEOPLE_RESULT.search(item.folded, verb.end, core[1]):
        return Reading("other", whole, "change")  # "Mentor A and B; both lead …" (decision 181)
    if _partners_to_work(item, verb):
        # "Partner with the data team to define churn signals": a team of one's own worked with
        # to do a piece of work is that work (decision 421: "Partner with the city council on
        # the bike lane pilot" stays work; decision 4408)
        return Reading("task", whole, _REASON["act"])
    if _staff_certified(item, verb):
        # "Get 3 fitters certified for confined-space entry", "让3名电工取得高压证": the team's
        # own people brought to a certificate is certification work (decision 24; lead ruling
        # (a), decision 4401), not people won or a count reached
        return Reading("task", whole, _REASON["pass"])
    if _talent_signed(item, verb):
        # "Sign a new jungler before the split", "签约2名青训选手": players or artists a club or
        # label signs join it, hiring (decision 4; lead ruling (b), decision 4402)
        return Reading("task", whole, _REASON["hire"])
    if verb.position == "lead" and _used_more(item, verb.start, core[1]):
        return Reading("other", whole, "change")  # "Use the CRM more often" (decision 446)
    if verb.word == "take" and item.language == "en" and _TIME_OFF.match(item.folded, verb.end):
        return Reading("other", whole, "change")  # "Take all 25 PTO days" (decision 203)
    if verb.cls == "learn" and _counted_after(item, verb):
        return Reading("activity", whole, "count")  # "Read 15 books", "刷完两遍真题"
    if verb.cls == "pass" and verb.position == "predicate" and _everyone_before(item, lead, verb):
        # "全员通过新版安全操作规程考核", "All forklift drivers pass the new safety exam": everyone
        # passing is the share who pass, at 100% — a result whose number is in a word
        # (kr-not-quantified: "100% of …"), not a certification to get (decision 659)
        return Reading("other", whole, "share")
    if (
        verb.cls == "pass"
        and verb.position == "predicate"
        and _people_counted_before(item, lead, verb)
    ):
        # "5人通过中级会计师考试", "12 technicians pass the level-2 exam": people counted reaching
        # a standard is a result, as a capability reached is (decisions 460, 780), not a
        # certification to get
        return Reading("result", whole, "capability")
    if verb.cls == "change" and item.language == "en" and _efforts_as_means(item, verb):
        # "Increase brand awareness through 4 campaigns", "Improve test coverage by writing 200
        # new unit tests": the change has no number; the one number counts the means, efforts
        # or outputs (decision 2130)
        return Reading("activity", whole, "count")
    if (
        verb.cls == "reach"
        and item.language == "en"
        and any(
            q.kind == "percent" and q.is_target and _progress_of_work(item, q)
            for q in item.facts.quantities
        )
    ):
        # "Achieve 100% completion of the data migration": the progress of a piece of work
        # reached is the work done (decision 2129), a milestone when dated
        return Reading("milestone" if _dated(item) else "task", whole, _REASON["complete"])
    if (
        item.language == "en"
        and verb.word == "break"
        and verb.position == "lead"
        and _BROKEN_DOWN_BY.match(item.folded, verb.end, core[1])
    ):
        # "Break down donor retention by campaign": figures split by a dimension is analysis,
        # finding out, not a record broken (decision 5720)
        return Reading("task", whole, _REASON["decide"])
    if verb.cls in _NO_TASK:
        if verb.cls == "change" and _ZH_PLACE_BUILT.match(item.folded, verb.end, core[1]):
            return Reading("task", whole, "deliverable")  # "完善心理咨询室建设" (decision 406)
        cadence = item.facts.shape.cadence
        if cadence is not None and _zh_sets_up_routine(item, verb, cadence):
            return Reading("task", whole, "action")  # "完善每月1次的质量分析机制" (3451)
        if verb.cls == "change" and _made_thing(item, verb):
            return Reading("task", whole, "deliverable")  # "Make checklist for …" (3205)
        if verb.cls == "change" and _expands_to_places(item, verb):
            return Reading("task", whole, "launch")  # "Expand to York & Hull" (decision 5065)
        if verb.cls == "change" and _zh_change_plan(item, verb):
            # "冷链配送路线优化方案", "客户满意度提升计划": the plan for the change is the thing
            # made, a deliverable (decision 3505)
            return Reading("task", whole, "deliverable")
        if verb.cls == "change" and _zh_feature_clause(item, verb):
            return Reading("task", whole, "deliverable")  # "优化搜索，支持用户按门店筛选" (3400)
        if verb.cls != "change" and (
            _object_is(item, verb, "kr_pass_objects")
            or _pass_object_subject(item, verb)
            or _standard_alone(item, verb)
        ):
            # "获得ISO9001认证" (decision 24); "ISO 27001 certification achieved" (decision 2661)
            return Reading("task", whole, "certification")
        if verb.word in ("签订", "签署") and not _ZH_AGREEMENT.match(item.folded, verb.end):
            return Reading("task", whole, "action")  # "与供应商签署目标": no agreement won (459)
        if verb.word in ("签订", "签署") and _zh_document_signed_alone(item, verb, lead):
            # "签订框架协议", "6月底前签署贷款协议": an agreement signed with no partner named or
            # counted is a step of work, a task (decision 6434, the lead's ruling of round 44);
            # "与2家商超签订直供协议" stays partners won (decision 459)
            return Reading("milestone" if _dated(item) else "task", whole, _REASON["complete"])
        if (
            verb.cls == "win"
            # "Get the new cider onto 10 pub menus": the menus are where it is placed (3854)
            and not (
                verb.word in ("get", "have", "place") and got_placed(item.folded, verb.end, core[1])
            )
            # "获批省级一流本科课程5门", "获评市级精品课程3门": a title an outside body confers on
            # the team's courses or projects is won (decisions 193, 597, 4403), not a thing made
            and verb.word not in _ZH_CONFERRED
        ) and (
            (
                _object_is(item, verb, "kr_deliverables")
                and not _signed(item, verb)
                and not _sold_en(item, verb)
                # "Partner with 2 universities on a joint course": the partners counted are
                # won; the course is what is done with them (decision 5094; lead ruling c)
                and not _PARTNERS_COUNTED.match(item.folded, verb.start, core[1])
                # "12 clinics signed up to the pilot": the ones counted before the verb join
                # the programme, an audience won (decisions 2403, 6670)
                and not (
                    verb.position == "predicate"
                    and _SIGNED_UP_TO.match(item.folded, verb.end)
                    and any(q.start < verb.start for q in item.facts.quantities)
                )
            )
            # "开发10款文创新品": products counted by 款 are made, not customers won (1468)
            or _zh_products_counted(item, verb)
            or (
                _built_before(item, verb)
                and not (verb.word in _NEWLY_SIGNED and _signed(item, verb))
            )
        ):
            return Reading("task", whole, "action")  # "开发小程序会员功能": built, not won
        if (
            _en_lemma_is(verb, "renew")
            and (
                _object_is(item, verb, "kr_credentials")
                or credential_renewed(item) is not None
                or _own_subscriptions(item, verb)
            )
            and not item.facts.terms("kr_routine_compliance")
        ):
            # "Renew TLS certs and domain registrations"; renewed "on time" is a standard kept,
            # counted as the share renewed on time (decisions 379, 396)
            return Reading("task", whole, "action")
        if (
            verb.cls == "win"
            and _en_lemma_is(verb, "secure")
            and _object_is(item, verb, "kr_credentials")
        ):
            # "Secure music licences for all cues", "Secure the event permits": what a team
            # obtains for itself, as "Renew TLS certs" is, not a deal won (decision 635)
            return Reading("task", whole, "certification")
        if (
            verb.cls == "win"
            and item.language == "en"
            and (_first_object_is(item, verb, "kr_procured_inputs") or _one_booked(item, verb))
            # "Get the new minibus funded by June": what others give for it (decision 3983)
            and not (
                verb.word in _CAUSATIVES and got_placed(item.folded, verb.end, item.core_span[1])
            )
        ):
            # "Book the church hall for the recital", "Sign the lease for the new studio": a
            # place, a lease or a supplier taken for the team's own work (decision 1269)
            return Reading("task", whole, "action")
        if (
            verb.cls == "win"
            and item.language == "en"
            and _en_lemma_is(verb, "close")
            and not any(q.is_target for q in item.facts.quantities)
            and _first_object_is(item, verb, "kr_closed_work_items")
            # "Close tickets faster": a change asked for, vague, not the work (decision 202)
            and not _compared(item, verb)
            and not _shipped_sooner(item, verb)
        ):
            # "Close stale issues", "Close the open audit actions": the team's own work items
            # shut, no figure set — the work of closing them, not deals won (decision 5933)
            return Reading("task", whole, "action")
        if verb.cls == "win" and _taken_for_own_work(item, verb):
            # "Offsite venue booked", "Pricing model locked in": a place or a supplier taken,
            # a plan settled, as "Book the church hall" is (decisions 1269, 3812)
            return Reading("task", whole, "action")
        if verb.word == "实现" and _object_is(item, verb, "kr_deliverables"):
            return Reading("task", whole, "deliverable")  # "实现会员积分功能": a thing built
        if verb.word == "实现" and _zh_link_built(item, verb):
            return Reading("task", whole, "deliverable")  # "实现两个模块之间的数据通讯" (2261)
        if verb.word == "实现" and _zh_capability_after(item, verb):
            # "实现库存数据实时可视化", "11月底前实现发票自动对账": a capability to build, a
            # milestone with the line's own date (decision 2347)
            kind: Kind = "milestone" if _dated(item) else "task"
            return Reading(kind, whole, _REASON["launch"] if kind == "milestone" else "deliverable")
        if verb.word in _ZH_REWORKED and _reworks_a_deliverable(item, verb):
            # "完善班规", "完善新人文档": a document worked on is work to do, as "修订员工手册"
            # and "更新新人文档" are (decision 1854; 47's vagueness stays with kr-vague-wording)
            return Reading("task", whole, "deliverable")
        if (
            verb.word in _ZH_GOODS_ADDED_VERBS and _ZH_GOODS_COUNT.match(item.folded, verb.end)
        ) or (
            (verb.word == "新增" or verb.word in _ZH_GOODS_ADDED_VERBS)
            and (
                _ZH_ROOMS_COUNT.match(item.folded, verb.end)
                or (verb.word == "新增" and _ZH_VEHICLES_COUNT.match(item.folded, verb.end))
            )
        ):
            # "增加10张四人桌", "添加3台充电桩": equipment added is bought or put in, as
            # "购置3辆冷藏车" is (decisions 1600, 1756), not a measure moved
            return Reading("task", whole, "action")
        if (
            verb.position == "lead"
            and (verb.word == "新增" or verb.word in _ZH_GOODS_ADDED_VERBS)
            and (
                _ZH_PIECES_COUNT.match(item.folded, verb.end)
                or _zh_pieces_named_counted(item, verb)
            )
        ):
            # "新增30篇帮助中心文章" (2349); "新增知识条目300条": the pieces named first (4820)
            return Reading("activity", whole, "count")
        return Reading("other", whole, "change")
    if _delivered_then_used(item, verb):
        # "The returns form is added and used by stores": the thing delivered, with a use by
        # others that no figure counts, is the thing to deliver (decision 5745)
        if _dated(item):
            return Reading("milestone", whole, _REASON["launch"])
        return Reading("task", whole, "deliverable")
    if (
        (_adopted(item) and not _share_selects(item, verb))
        or _onboarded_onto(item, verb)
        or _brought_onto_terms(item, verb)
        or _counted_users_live(item, verb)
    ):
        return Reading("other", whole, "adoption")
    if verb.word in _GETS and _STAR_RATING.match(item.folded, verb.end):
        # "Get a 4-star review in the Guardian": a rating others give is won, as an average
        # rating is (decision 337); whether the team controls it is another question (786)
        return Reading("other", whole, "change")
    if (
        verb.word in _GETS
        and verb.position == "lead"
        and _GOT_INTO_STATE.match(item.folded, verb.end)
    ):
        # "Get parents more involved", "Get the kitchen team more confident with the new menu":
        # people brought into a state are a change asked for, vague without its number, not
        # work to do (decision 2404)
        return Reading("other", whole, "change")
    if (
        verb.word in _GETS
        and verb.position == "lead"
        and _GOT_COMPARED.match(item.folded, verb.end)
        and not any(q.is_target for q in item.facts.quantities)
    ):
        # "Get a better rate from my agencies": more of what others give, no number — a change
        # asked for (vague, unquantified), as "Get more reviews" is (decisions 388, 6435)
        return Reading("other", whole, "change")
    if verb.word in _GETS and _GOT_COUNT.match(item.folded, verb.end):
        return Reading("other", whole, "change")  # "Get 500 sign ups", "Get 5 interviews" (399)
    if verb.word in _OPENS and _opens_accounts(item, verb):
        return Reading("other", whole, "change")  # "Open 10 new logos": won (decision 130)
    if verb.word in _ZH_OPENS and _zh_opens_accounts(item, verb):
        return Reading("other", whole, "change")  # "新开有效户40户": accounts won (3310)
    if _whole_swept(item, verb):
        # "Every supplier contract audited and signed off before July", "All fire doors
        # inspected before the audit": the whole of the team's own things checked once, by a
        # date or through to its sign-off, is that checking work, as "Audit 100% of vendor
        # contracts" is (decisions 5527, 5752)
        return Reading("task", whole, _REASON["decide"])
    if (
        verb.position == "predicate"
        and verb.cls in ("act", "decide")
        and item.language == "en"
        and not (_deliverable_before(item, lead, verb.start) and not _turned_around(item, verb))
        and not _one_thing_worked_on(item, verb)
        and not _things_made(item, verb)
        and not _things_worked_once(item, verb)
        and not _people_trained(item, verb)
        and not _people_asked(item, verb)
        and not _population_decided(item, verb)
        and verb.word not in _WRITTEN_UP
        and verb.word not in _PUT_IN_PLACE
        and verb.word not in _MARKED_UP
        # "E-prescribing switched on at every site": a thing put in place (decision 2357)
        and not (verb.word == "switch" and _SWITCHED_ON.match(item.folded, verb.end))
        and not _BY_DEFAULT.search(item.folded, verb.end)
        and not _group_does_work(item, verb)
        # "Get 10 episodes recorded": the team has its own pieces made (decision 3893)
        and not got_done
    ):
        return Reading("other", whole, "")  # "All December returns processed by Jan 20"
    if (verb.cls in _COMPARED and _compared(item, verb)) or _shipped_sooner(item, verb):
        return Reading("other", whole, "change")  # "Respond faster to tickets" (decision 202)
    if verb.cls in ("launch", "complete") and _dated(item):
        return Reading("milestone", whole, _REASON[verb.cls])
    if _zh_served_enrolled(item, verb):
        # "新招会员500名", "扩招学员200名": the people served counted after 招 join as members or
        # students, won as "招收120名新生" is (decisions 480, 3101), not staff hired
        return Reading("result", whole, "measured")
    if verb.cls == "hire" and _event_participants(item, verb):
        # "Recruit 150 runners for the autumn half marathon": people reached who take part,
        # not staff (decision 5931)
        return Reading("result", whole, "measured")
    if verb.cls == "complete" and _zh_quota_of_wins(item, verb):
        # "完成代发工资单位拓展5家", "完成新客户开发20家": the quota of customers won is the
        # result, 完成 only says it is met (decision 6308)
        return Reading("result", whole, "measured")
    if verb.cls == "act" and _dated(item) and _object_is(item, verb, "kr_deliverables"):
        # "Lock the combat design doc by Oct 15", "9月底前编写分层走班方案": a thing made by a date
        # is a milestone whatever verb makes it, as "Finish the doc by Oct 15" is (decision 656)
        return Reading("milestone", whole, _REASON["complete"])
    return Reading("task", whole, _REASON[verb.cls])


# Decision 5752: the whole of some things (all / every / each first), a participle of checking
# or of a sign-off chained after it, then a date or an event bound.
# "All 14 fire doors …": the count after "all" sizes the group, it sets no target (lead, r40).
_EN_WHOLE_OPENS = re.compile(r"(?:all|every|each)\s(?:of\s(?:the|our|my)\s)?(?:\d{1,4}\s)?[a-z]")
_EN_SWEEP_VERBS = frozenset(
    {"check", "review", "audit", "inspect", "verify", "vet", "proofread", "test", "update"}
)
_EN_THEN_SIGNED = re.compile(
    r"\s(?:and|&)\s(?:then\s)?(?:approved|signed(?:\soff)?|submitted|filed|logged|closed|"
    r"re-?issued|issued|archived|published|countersigned|updated|corrected|fixed)\b"
)
_EN_BEFORE_WHEN = re.compile(r"(?<![a-z])(?:before|ahead\sof|prior\sto)\s(?:the\s)?[a-z0-9]")
_EN_BAR_OR_STANDARD = re.compile(
    r"(?<![a-z])(?:within|in\sunder|in\sless\sthan|same\sday|on\sthe\sday|on\stime|"
    r"every|each\s(?:day|week|month|quarter|term)|daily|weekly|monthly|quarterly|annually)\b"
)


def _whole_swept(item: Item, verb: Verb) -> bool:
    """An English key result with no leading verb that says the whole of some things got
    checked, or checked and then signed off, by a date or an event ("Every risk assessment
    checked and signed off before the site opens", "All supplier invoices checked before
    month-end"): that checking work done once, a task (decision 5752). A bar or a cadence keeps a
    standard ("All complaints reviewed within 2 days", "All fire doors inspected monthly"), and
    so does the whole with no date and no sign-off ("All safety incidents are investigated")."""
    if item.language != "en" or verb.position != "predicate":
        return False
    if verb.word not in _EN_SWEEP_VERBS and verb.cls != "decide":
        return False
    start, end = item.core_span
    whole = _EN_WHOLE_OPENS.match(item.folded, start, end)
    if whole is None:
        return False
    if any(
        any(c.isdigit() for c in q.text)
        for q in item.facts.quantities
        if q.is_target and q.start >= whole.end() - 1
    ):
        return False
    if _EN_BAR_OR_STANDARD.search(item.folded, verb.end, end):
        return False
    signed = _EN_THEN_SIGNED.match(item.folded, verb.end, end) is not None
    dated = _dated(item) or _EN_BEFORE_WHEN.search(item.folded, verb.end, end) is not None
    return signed or (verb.word in _EN_SWEEP_VERBS and dated)


_FIRST_PREPOSITION = re.compile(r"\s(?:for|in|on|at|across|to|with|from|of|by|via)\s|[,;:(]")


# Decision 4410: up to three words naming what is looked at, then a noun of discovery or
# checking work, then the end, a date or the preposition of its scope (a bracket after it may
# say how it came out: "Security audit (no major findings)" is left to the other readings).
_EN_DISCOVERY_HEAD = re.compile(
    r"(?<![a-z/-])(?:[a-z][a-z/-]*+\s){0,3}?(?:analys[ie]s|assessments?|audits?|evaluations?|appraisals?|"
    r"feasibility stud(?:y|ies)|deep[- ]dives?|teardowns?|post-?mortems?|health[- ]checks?)"
    r"(?=\s*+$|\s(?:of|on|for|across|into|by|before)\s)"
)
# Words that make the head a measure or a person, not the work: "Audit pass rate", "Analysis
# turnaround", "Risk assessment scores" stop the match (the head must close the noun phrase).
_EN_DISCOVERY_NOT_MODIFIERS = frozenset({"the", "a", "an", "our", "all", "every", "no", "zero"})
# Words that say how the work came out, making it an outcome: "Clean audit of the FY24 accounts",
# "Successful SOC 2 audit", "Unqualified audit opinion" (the result of the audit, not the audit).
_EN_DISCOVERY_OUTCOMES = frozenset(
    {"clean", "successful", "unqualified", "positive", "favourable", "favorable", "passed",
     "green", "satisfactory", "good", "excellent", "outstanding", "perfect", "flawless"}
)  # fmt: skip


def _discovery_noun_head(item: Item, lead: int) -> tuple[int, int] | None:
    """A verbless English key result headed by a noun of discovery or checking work after up to
    three words naming what is looked at — "Gap analysis on 4 sites", "Root-cause analysis on
    the 3 gearbox failures", "Fire risk assessments for all 9 care homes", "Competitor
    analysis" (decision 4410): the work, and a count after it its scope. The noun must close the
    noun phrase: "Audit pass rate at 100%", "Risk assessment scores above 80" name measures; a
    determiner or "all" before it ("All audits passed") is no modifier; and a share or a from→to
    ("Risk assessments for 90% of sites") is left to be measured."""
    if item.facts.from_to or any(
        q.kind == "percent" and q.form != "word" for q in item.facts.quantities
    ):
        return None  # "Risk assessments for 90% of sites": the share covered, a state (3)
    m = _EN_DISCOVERY_HEAD.match(item.folded, lead, item.core_span[1])
    if m is None:
        return None
    said = item.folded[lead : m.end()].split()
    if said[0] in _EN_DISCOVERY_NOT_MODIFIERS or _EN_DISCOVERY_OUTCOMES.intersection(said):
        return None
    return m.start(), m.end()


# Decision 4408: "partner with" + a party named without a count + "to" + the work verb.
_EN_PARTNER_TO_WORK = re.compile(
    r"\s(?:(?!to\s)[a-z&][a-z&.-]*\s){1,5}?to\s([a-z]+)(?:\s([a-z]+))?"
)


def _partners_to_work(item: Item, verb: Verb) -> bool:
    """ "Partner with" a party named without a count, then "to" and a verb of work ("Partner
    with the data team to define churn signals", "Partner with IT to roll out the new
    laptops"): the partnering is how the work gets done, the work is the key result (decision
    4408). A count of parties ("Partner with 5 regional platforms to resell our kits") wins them
    (decision 421), and a change after "to" ("… to grow applications by 40%") is the result."""
    if item.language != "en" or verb.word != "partner with" or verb.position != "lead":
        return False
    _cs, ce = clause_of(item, verb.end)
    m = _EN_PARTNER_TO_WORK.match(item.folded, verb.end, ce)
    if m is None:
        return False
    table = verb_classes("en")
    pair = f"{m.group(1)} {m.group(2)}" if m.group(2) else ""
    cls = table.get(pair) or en_verb_class(m.group(1))
    return cls in _PARTNERED_WORK


# Decision 4401: a certificate reached, in English (a participle) and in Chinese (a verb of
# getting, then the certificate within the clause).
_EN_CERTIFIED = re.compile(r"\b(?:re)?(?:certified|qualified|licen[cs]ed|accredited|chartered)\b")
_EN_CAUSE_CERTIFIED = frozenset({"get", "gets", "have"})
_ZH_CAUSE_CERTIFIED = frozenset({"让", "使", "组织", "安排", "推动", "帮助", "督促", "带领"})
_ZH_PEOPLE_COUNTED = re.compile(r"\s?(?:\d{1,5}+|[一二两三四五六七八九十]{1,4}+)\s?[名位个]")
_ZH_CERTIFIED = re.compile(
    r"(?:取得|拿到|考取|考下|获得|拿下)[^，,；;。]{0,12}?(?:证|认证|资格|执照|资质)"
)


def _staff_certified(item: Item, verb: Verb) -> bool:
    """The team's own staff, counted or named, brought to a certificate by a causative lead
    (lead ruling (a), decision 4401): "Get 5 turbine techs GWO certified", "Have 4 welders certified to
    ISO 9606", "让3名电工取得高压证", "组织6名叉车司机考取上岗证". The staff are
    rules/data/*/kr_staff_nouns.txt and kr_certified_staff.txt; people who are not staff
    ("Get 20 resellers certified") and a share holding one ("90% of technicians hold …") keep
    their readings, as do people counted first ("6名客服通过普通话等级考试", decision 785)."""
    if verb.position != "lead":
        return False
    _cs, ce = clause_of(item, verb.end)
    text = item.folded
    if item.language == "en":
        if verb.word not in _EN_CAUSE_CERTIFIED:
            return False
        done = _EN_CERTIFIED.search(text, verb.end, ce)
        if done is None or len(text[verb.end : done.start()].split()) > 6:
            return False
    else:
        if verb.word not in _ZH_CAUSE_CERTIFIED:
            return False
        if _ZH_PEOPLE_COUNTED.match(text, verb.end) is None:
            return False
        done = _ZH_CERTIFIED.search(text, verb.end, ce)
        if done is None or done.start() - verb.end > 12:
            return False
    span = (verb.end, done.start())
    return _is_term(item, span, "kr_staff_nouns") or _is_term(item, span, "kr_certified_staff")


# Decision 4402: the object of a signing, up to a count and two words before the talent noun.
_EN_SIGNED_OBJECT = re.compile(
    r"\s(?:(?:a|an|the|our|\d+|two|three|four|five|six|another|one|more)\s)?"
    r"(?:(?!(?:with|for|to|of|and|from|by|on|in)\s)[a-z][a-z-]*\s){0,2}"
)
_ZH_SIGN_TALENT = frozenset({"签约", "签下", "签入", "引进", "签"})


def _talent_signed(item: Item, verb: Verb) -> bool:
    """A club, label or team signing players, athletes or artists (rules/data/*/
    kr_signed_talent.txt) right after the lead: they join it, hiring (lead ruling (b), decision
    4402) — "Sign a new jungler before the split", "Sign 3 new artists to the label",
    "签约2名青训选手". Customers, partners or sponsors signed stay won (decision 8), and
    "Sign up 5,000 players" counts players won, not signed."""
    if verb.position != "lead" or verb.cls != "win":
        return False
    text = item.folded
    if item.language == "en":
        if verb.word not in ("sign", "signs") or text.startswith(" up", verb.end):
            return False
        return any(
            t[0] > verb.end and _EN_SIGNED_OBJECT.fullmatch(text, verb.end, t[0]) is not None
            for t in terms(item, "kr_signed_talent")
        )
    if verb.word not in _ZH_SIGN_TALENT:
        return False
    counted = _ZH_PEOPLE_COUNTED.match(text, verb.end)
    start = counted.end() if counted is not None else verb.end
    return any(start <= t[0] <= start + 4 for t in terms(item, "kr_signed_talent"))


def _capability_opens(item: Item, lead: int) -> bool:
    """A verbless English key result with no target that opens on a word for a capability
    (rules/data/en/kr_capability_modifiers.txt): "Real-time queue visibility for all clinics",
    "Predictive maintenance for all CNC machines" name a feature to build (decision 2348)."""
    if item.language != "en" or any(q.is_target for q in item.facts.quantities):
        return False
    text = item.folded
    for w in words("kr_capability_modifiers", "en"):
        if text.startswith(w, lead) and re.match(r"\s[a-z]", text[lead + len(w) :]):
            # not "Real-time fraud detection rate": a measure named (decision 1182); not an
            # outcome or a KPI as the phrase's head either ("AI-powered upsell revenue",
            # decision 2841); "Self-serve account deletion for customers" keeps its feature
            after = lead + len(w)
            stop = _FIRST_PREPOSITION.search(text, after)
            head_end = stop.start() if stop else len(text)
            return not any(t[0] >= after for t in _measure_terms(item)) and not any(
                after <= t[0] and t[1] == head_end
                for t in list(item.facts.kpis) + terms(item, "kr_outcome_nouns")
            )
    m = _EN_MADE_BY_TECH.match(text, lead)
    if m is not None:
        # "AI-powered visual assertions", "Usage-based billing for API customers": what powers a
        # feature, then the feature (decision 2623)
        return not any(t[0] >= m.end() for t in _measure_terms(item))
    return False


# "<thing> support", then where it runs (decision 2667): "Apple Pay support on iOS and Android",
# "Python 3.13 support", "ARM64 support for all our Docker images".
_EN_SUPPORT_NAMED = re.compile(
    r"(?<![\w.+#/-])(?P<what>(?:[a-z0-9][\w.+#/-]*+\s){1,5})support(?:\s(?:on|for|in|across|to|with)\s[^,;:]++)?[\s.]*"
)
# Words before "support" that name help given to people, or how good it is: no feature.
_SUPPORT_GIVEN = frozenset(
    {"customer", "customers", "technical", "tech", "it", "user", "peer", "emotional", "mental",
     "community", "ongoing", "continued", "better", "faster", "great", "good", "excellent",
     "improved", "proactive", "more", "less", "quality", "student", "family", "learning",
     "sales", "product", "phone", "email", "chat", "live", "on-call", "24/7", "local",
     "financial", "hr", "wellbeing", "well-being", "career", "housing"}
)  # fmt: skip


def _support_named(item: Item, lead: int) -> bool:
    """A verbless English key result with no target, "<a product, a platform or a standard>
    support" and where it runs (decision 2667): a capability to build, as "Dark mode support on
    iOS" and "SAML support for enterprise plans" are. Help given to people ("Customer support in
    Spanish", "Peer support for new carers") or a quality of it ("Better support") is not here."""
    if item.language != "en" or any(q.is_target for q in item.facts.quantities):
        return False
    m = _EN_SUPPORT_NAMED.fullmatch(item.folded, lead, item.core_span[1])
    if m is None:
        return False
    before = m.group("what").split()
    return before[-1] not in _SUPPORT_GIVEN and not any(w in _SUPPORT_GIVEN for w in before[:1])


# A compound adjective for the technique behind a feature, then a word of the feature's name
# (decision 2623): "AI-powered", "ML-driven", "usage-based", "GPS-enabled", "AI-assisted".
_EN_MADE_BY_TECH = re.compile(
    r"[a-z0-9]{2,12}-(?:powered|driven|based|assisted|enabled|backed)\s(?=[a-z])"
)


# The head of a verbless key result closes at its first preposition, comma or bracket: "Audio
# guide app | in 5 languages", "Kanban board | for the paint shop" (decision 2840).
_EN_HEAD_CHUNK = re.compile(
    r"(?P<chunk>[a-z0-9][a-z0-9&'/+.-]*(?:\s[a-z0-9&'/+.-]+){0,5}?)"
    r"(?:\s(?:v\d{1,2}(?:\.\d{1,2})?|\d{1,2}\.\d{1,2}))?"
    # "Donor CRM (phase 1)", "Store locator (wave 2)": which part of it (decision 3819)
    r"(?:\s\((?:phase|stage|part|wave|release|step|mvp|pilot|beta)(?:\s\d{1,2})?\))?"
    r"(?P<tail>\s(?:for|in|on|at|across|to|with|per|from|of|by|via|inside|into)\s[^,;:()]*"
    # "Grant tracker for trusts, foundations and councils": a list of what it is for runs on
    # after a comma, no figure in it (decision 6651)
    r"(?:,\s(?!and\s[a-z]+s\s)[^,;:()\d]+)*"
    # "Forklift refresher training — every picker": who or where, after a dash (5350)
    r"|\s[—–]\s(?:all|whole|both|every|each|the whole)\s[^,;:()]*)?"
    # "Supplier code of conduct (signed-off draft)": how far the thing is (decision 4066)
    r"(?:\s?\((?:(?:first |final |signed[- ]off |approved )?(?:draft|version)|final|signed[- ]off|"
    r"approved|agreed)\))?[\s.]*"
)
# A plan named by the change it is for (decision 3505): "Retention improvement plan".
_PLAN_HEADS = frozenset(
    {"plan", "plans", "roadmap", "strategy", "playbook", "proposal", "project", "programme",
     "program", "initiative"}
)  # fmt: skip
_CHANGE_NOUNS = frozenset(
    {"improvement", "improvements", "reduction", "growth", "optimisation", "optimization",
     "uplift", "increase", "recovery", "enhancement", "turnaround"}
)  # fmt: skip
# A scope count after the head's preposition: "in 5 languages", "for line 4", "in 3 stores".
_SCOPE_COUNT = re.compile(r"\s(?:for|in|on|at|across|with)\s(?:all\s|the\s|our\s)?$")
# Words before the head that say how good or how much: a quality or a change asked, not a thing.
_STATE_BEFORE = frozenset(
    {"better", "faster", "quicker", "easier", "simpler", "clearer", "smoother", "safer",
     "stronger", "happier", "cheaper", "improved", "more", "less", "fewer", "world-class",
     "best-in-class", "seamless", "robust", "reliable", "stable", "great", "excellent", "good",
     "high-quality", "effective", "efficient", "modern", "intuitive", "consistent", "smooth",
     "strong", "healthy", "engaged", "happy", "optimised", "optimized", "streamlined", "best",
     "fastest", "biggest", "largest", "leading", "top", "premier", "finest", "easiest",
     "simplest", "most", "clean", "cleaner", "tidy", "tidier"}
)  # fmt: skip


def _artefact_head(item: Item, lead: int) -> bool:
    """A verbless English key result whose head noun (before its first preposition) names a
    concrete thing made or put in place (rules/data/en/kr_artefact_heads.txt and
    kr_deliverables.txt): "Self-serve refund flow", "Kanban board for the paint shop", "Audio
    guide app in 5 languages" — a deliverable, a task (decision 2840). An abstract noun of
    quality or state as head ("Operational excellence", "Market leadership in DACH", "Happier
    customers") is not listed, and a word of quality or change before the head ("Faster
    checkout flow"), a measure named, or a target other than a count of where it goes ("in 3
    stores") keeps the reading it had."""
    verb = item.facts.shape.verb
    if item.language != "en" or (verb is not None and not _in_closing_note(item, verb)):
        return False
    end = item.core_span[1]
    m = _EN_HEAD_CHUNK.fullmatch(item.folded, lead, end)
    if m is None:
        return False
    cs, ce = m.span("chunk")
    # a measure moved or kept up ("Out-of-hours pages per week from 14 to 4") is no thing made
    if item.facts.quantities and (item.facts.from_to or item.facts.shape.cadence is not None):
        return False
    for q in item.facts.quantities:
        if not q.is_target:
            continue
        # only a plain count in the tail, right after its preposition, is where the thing goes
        if (
            q.kind != "count"
            or q.start < ce
            or _SCOPE_COUNT.search(item.folded, ce, q.start) is None
        ):
            return False
    words_before = item.folded[cs:ce].split()
    if any(w in _STATE_BEFORE for w in words_before):
        return False
    # "Retention improvement plan", "Churn reduction playbook": the measure names what the plan
    # is for; the plan is the thing made (decision 3505)
    plan_named = (
        len(words_before) >= 2
        and words_before[-1] in _PLAN_HEADS
        and words_before[-2] in _CHANGE_NOUNS
    )
    heads = terms(item, "kr_artefact_heads") + terms(item, "kr_deliverables")
    head = [t for t in heads if t[1] == ce and t[0] >= cs]
    if (
        not plan_named
        and not _tool_for_a_measure(item, cs, ce)
        and (
            any(cs <= t[0] < ce for t in _measure_terms(item))
            or any(cs <= k[0] < ce for k in item.facts.kpis)
        )
    ):
        return False
    if not head and not plan_named and not _act_named_head(item, cs, ce):
        return False
    # the head itself not an outcome ("Parking permit renewal online": renewals are won), nor
    # people won counted after it ("Newsletter to 5,000 subscribers")
    # "… for every loyalty member": "every" is no count of people won (decision 4063)
    counted = any(q.is_target for q in item.facts.quantities)
    return not any(t[1] == ce or (t[0] >= ce and counted) for t in terms(item, "kr_outcome_nouns"))


# The classes of a verb whose noun heads a verbless key result as the act to do (decision 5350).
_HEAD_ACT_CLASSES = frozenset({"act", "launch", "complete", "decide", "pass"})


def _act_named_head(item: Item, cs: int, ce: int) -> bool:
    """The head noun names an act of the team's own, with no figure to reach: "Warehouse scanner
    replacement", "Forklift refresher training", "Exec sign-off on the playbook", and a
    the act to do, as its imperative is (decision 5350; coach/facts/shape.py `act_of_noun`
    reads the noun). A noun of winning ("Parking permit renewal": renewals are won) is not."""
    if any(q.is_target for q in item.facts.quantities):
        return False
    words_in = item.folded[cs:ce].split()
    if len(words_in) < 2 and ce >= item.core_span[1]:
        return False  # "Migration", "Approval" alone say too little to name the act
    found = act_of_noun(words_in[-1]) if words_in else None
    return found is not None and found[1] in _HEAD_ACT_CLASSES


def _tool_for_a_measure(item: Item, cs: int, ce: int) -> bool:
    """A tool named as the head with a measure's name before it, and no figure: "Cost
    calculator for quotes", "Churn prediction script", "Price comparison engine" — the measure
    says what the tool works on, the tool is the thing made (decision 3810), as a plan named by
    the change it is for is (decision 3505). A measure that ends on the head ("Sales pipeline")
    or a figure ("Churn prediction accuracy of 80%") keeps the measure's reading."""
    if item.facts.quantities:
        return False
    tools = [t for t in terms(item, "kr_artefact_heads") if t[1] == ce and t[0] >= cs]
    if not tools:
        return False
    start = min(t[0] for t in tools)
    measures = [t for t in _measure_terms(item) if cs <= t[0] < ce] + [
        k for k in item.facts.kpis if cs <= k[0] < ce
    ]
    return all(m[1] < start for m in measures)


# Right after a verb of change, a plan or a project closing the wording, then at most a word
# of its being done (decision 3505): "优化方案", "提升计划定稿", "优化项目落地".
_ZH_CHANGE_PLAN = re.compile(
    r"(?:的)?(?:实施|工作|行动|专项)?(?:方案|计划|规划|项目|专项|专项行动|工程)"
    r"(?:的?(?:定稿|落地|出台|完成|制定|编制|上线|发布|通过|启动|实施))?[\s。.；;！!]*"
)


def _zh_change_plan(item: Item, verb: Verb) -> bool:
    """A Chinese verb of change with no target, right before a plan or a project that ends
    the wording ("冷链配送路线优化方案", "客户满意度提升计划", "库存管理优化项目落地"): the plan is
    the thing to make, as "会员权益升级方案" is (decision 3505). "优化项目管理", "计划达成率提升至
    95%" (more follows) keep their readings."""
    if item.language != "zh" or any(q.is_target for q in item.facts.quantities):
        return False
    return _ZH_CHANGE_PLAN.fullmatch(item.folded, verb.end, item.core_span[1]) is not None


# A clause opened by 支持 (after at most 并/同时/可/可以): what the product lets someone do
# (decision 3400); a digit right after it is a capacity ("支持 5000 人同时在线"), not a feature.
_ZH_SUPPORT_OPENS = re.compile(
    r"[，,；;。]\s*(?:并且?|同时)?\s*(?:可以|可)?\s*支持(?![率度者])(?!\s*\d)"
)


def _zh_feature_clause(item: Item, verb: Verb) -> bool:
    """A Chinese change without a target figure whose later clause opens with 支持 and names
    an operation someone can do (rules/data/zh/kr_feature_operations.txt: 自定义, 筛选, 导入 …):
    "增强报表能力，支持财务人员自定义口径", "优化搜索，支持用户按门店筛选" — a feature to deliver,
    a task, as "后台支持商家批量导入商品" is; "优化流程，支持业务增长" stays a vague change
    (decision 3400)."""
    if item.language != "zh" or any(q.is_target for q in item.facts.quantities):
        return False
    _s, end = item.core_span
    for m in _ZH_SUPPORT_OPENS.finditer(item.folded, verb.end, end):
        _cs, ce = clause_of(item, m.end())
        ce = min(max(ce, m.end()), end)
        if any(item.folded.find(w, m.end(), ce) >= 0 for w in words("kr_feature_operations", "zh")):
            return True
    return False


def _zh_capability_after(item: Item, verb: Verb) -> bool:
    """Whether a word for a capability of a product or a process (rules/data/zh/
    kr_capability_markers.txt: 实时, 自动, 可视, 预测性, 线上化 …) follows the verb in its clause,
    with no target figure in it (decision 2347)."""
    _cs, ce = clause_of(item, verb.end)
    if any(q.is_target and verb.end <= q.start < ce for q in item.facts.quantities):
        return False
    return any(item.folded.find(w, verb.end, ce) >= 0 for w in words("kr_capability_markers", "zh"))


# A budget, then the money itself (decision 2353): "投放预算50万", "营销预算 200 万元".
_ZH_BUDGET_PUT = re.compile(r"(?<![节省超])预算(?:金额)?\s?[:：]?\s?\d[\d.,]*\s?[万亿千百]?\s?元?")
# A cap or a change on it is a cost goal: "预算控制在50万以内", "预算50万以内", "预算节省10%".
_ZH_BUDGET_CAPPED = re.compile(r"以内|之内|不超过|控制在|降低|减少|节省|节约|压缩|超支|偏差|执行率")


def _zh_budget_only(item: Item, lead: int) -> bool:
    """The only target is a budget's money, with no cap or change on it (decision 2353)."""
    if item.language != "zh":
        return False
    end = item.core_span[1]
    m = _ZH_BUDGET_PUT.search(item.folded, lead, end)
    if m is None or _ZH_BUDGET_CAPPED.search(item.folded, lead, end):
        return False
    return all(m.start() <= q.start < m.end() for q in item.facts.quantities if q.is_target)


# 被, who does it and what, then the times or pieces it happened to, closing the item: the work
# picked, passed on or reported by others, counted (decision 4994).
_ZH_PICKED_BY_OTHERS = re.compile(
    r"被(?![动迫])[^，,；;。被并和再后\d]{1,12}\d{1,4}\s?(?:次|篇|条|回|期|个)[。]?\s*$"
)


# 被, who does it and what, closing the clause: the work's fate in others' hands (2123).
# Not 被动/被迫 (passive, forced: an adjective), and no second verb joined after it ("并投稿").
_ZH_DONE_BY_OTHERS = re.compile(r"被(?![动迫])[^，,；;。被并和再]{1,10}\s*$")


# A share of a group, or all of it, then have/get/receive and what it is given (decision 2127).
_EN_SHARE_GIVEN = re.compile(
    r"(?:\d{1,3}(?:\.\d+)?\s?%\s(?:of\s)?|every\s|each\s|all\s(?:of\s)?)"
    r"[a-z0-9][^,;:()]{0,60}?\s(?:have|has|get|gets|receive|receives)\s"
    # not a perfect tense: "All teams have completed the training" is their work done
    r"(?!been\b|(?:[a-z]+ed|done|gone|run|built|written|grown|seen|taken)\b)"
)
# What the group is given closes at a comma, a bracket or a preposition of its own.
_EN_GIVEN_END = re.compile(r"[,;:()]|\s(?:with|from|by|every|each|per|a\s(?:week|month))\b")


def _share_given_effort(item: Item, lead: int) -> bool:
    """A share of a group (or all of it) given an effort of the team's — "100% of enterprise
    accounts have a quarterly business review", "90% of new hires get a 30-day check-in with
    HR", "95% of churned customers receive an exit interview": the meetings, calls or reviews
    counted over the group, as a contact rate is (decision 633), not a change in the group.
    A thing they hold stays a state ("100% of directs have a written development plan", "All
    new clients have a named account manager"); a time limit on each is a standard (decision
    334: "80% of at-risk clients get a save call within 48 hours")."""
    m = _EN_SHARE_GIVEN.match(item.folded, lead, item.core_span[1])
    if m is None:
        return False
    _cs, ce = clause_of(item, m.end())
    if _EN_STANDARD_TAIL.search(item.folded, m.end(), ce):
        return False
    stop = _EN_GIVEN_END.search(item.folded, m.end(), ce)
    end = stop.start() if stop else ce
    text = item.folded[:end].rstrip()
    return any(
        m.end() <= t[0] and _HEAD_CLOSES.match(text, t[1]) is not None
        for t in terms(item, "kr_activity_nouns")
    )


# After the effort given, its head: the end, a time ("90 days before renewal") or a participle
# ("a stay conversation logged").
_HEAD_CLOSES = re.compile(r"$|\s(?:\d|[a-z]+ed$)")


# The means of a change, counted: "through 4 campaigns", "via 10 partner newsletters", "by
# running 6 webinars", "by writing 200 new unit tests" (not "by 500": a change's size).
_EN_MEANS_COUNTED = re.compile(
    r"\s(?:through|via|with|by\s[a-z]+ing)\s(?:(?:at least|over|more than|the|our)\s)?$"
)


def _efforts_as_means(item: Item, verb: Verb) -> bool:
    """A change verb whose measure has no number, and a count in its means ("Grow engagement
    by running 6 webinars"): the count is of the team's efforts or outputs, the only figure
    the key result gives (decision 2130). Not a count of the people or things the change is
    in ("Grow revenue through 3 new enterprise customers" counts outcomes)."""
    _cs, ce = clause_of(item, verb.start)
    for q in item.facts.quantities:
        if not q.is_target or q.kind != "count" or not verb.end < q.start < ce:
            continue
        if not _EN_MEANS_COUNTED.search(item.folded, max(verb.end, q.start - 30), q.start):
            continue
        noun = _counted(item, q)
        return noun is not None and not _counts_outcomes(item, noun)
    return False


# "一对一" says each one of the group is met once, as "一次" does (decision 1300).
# Every one of a group contacted a number of times (decision 759): "every/each/all/100% of" right
# after a contact verb with "once", "twice", "N times" ("Visit each customer twice"); in Chinese
# "每位/每家/所有…" with "一次/两次/一遍" ("TOP20客户每家至少拜访一次"). The visits are counted over
# the whole group, as a contact rate is (decision 633). Without a count, "Call every lapsed
# donor" stays a to-do (a task, unquantified: the corpus's label). A measure of the people
# contacted ("每位回访客户的满意度从80%到90%") is what they feel, not the contact.
_EN_ONE_TO_ONE = r"(?:one-to-one|one-on-one|one to one|one on one|1:1|1-on-1|1-to-1)"
_EN_EVERY_ONE = re.compile(
    rf"\s?(?:{_EN_ONE_TO_ONE}\s+)?(?:with\s+)?(?:every|each|all|100\s?% of)\b"
)
# "one-to-one" says each one is met once, as "once" does (decision 1300)
_EN_TIMES = re.compile(
    rf"\b(?:once|twice|three times|\d{{1,2}}\s?(?:x|times))\b|(?<![\w-]){_EN_ONE_TO_ONE}(?![\w-])"
)
# Meetings or calls "with N% of / all / every" a group, with no verb of the team's before them
# (decision 764): "Exit interviews with 80% of churned customers", "Check-in calls with 100% of
# new accounts in week 1". What the people then say or do is a result ("Customers visited say …").
_SHARE_MET_WITH = re.compile(
    # tried from a word's start only (bench_adversarial: linear on a long run of letters)
    r"(?<![a-z0-9:-])(?:(?!of\s|share\s|percent)[a-z0-9:-]+\s){0,2}(?:interviews?|calls?|visits?|meetings?|check-ins?|1:1s|one-on-ones|"
    r"qbrs?|business reviews?|talks?|conversations?|chats?)\s+(?:held\s+)?with\s+"
    r"(?:\d{1,3}\s?%\s+of|all|every|each)\b"
)
_ZH_EVERY_ONE = re.compile(
    r"每一?[位家个名户所]|所有|全部|全体|全(?:班|校|组|队|员|院|科|年级|部门|公司|店)"
)
_ZH_TIMES = re.compile(r"(?:[一二两三四五六七八九十]|\d{1,2})\s?[次遍趟轮回]|一对一|一对一的")
# A time limit on each contact is the standard each one meets, a result (decision 334):
# "Contact every inbound lead within 24h", "每位投诉客户24小时内回访".
_EACH_WITHIN = re.compile(
    r"\bwithin\b|\bin (?:under|less than)\b|[0-9一二两三四五六七八九十]\s?(?:个)?(?:小时|天|日|周|分钟|工作日)之?内"
)


# The people addressed open the clause ("对/与/向/给 + 客户"), a share follows, then the contact
# made with them, after at most a completion verb and a two-character purpose ("100%完成挽留沟通",
# "100%电话回访"): the share of them contacted (decision 1843).
_ZH_ADDRESSED = re.compile(r"[对与向跟和给同]")
_ZH_CONTACT_GAP = re.compile(r"(?:完成|做到|进行|开展|实现)?[\u4e00-\u9fff]{0,2}")


def _zh_share_contacted(item: Item, lead: int, end: int) -> bool:
    """The share of the people addressed that a contact reaches, in that word order."""
    text = item.folded
    if not _ZH_ADDRESSED.match(text, lead) or _EACH_WITHIN.search(text, lead, end):
        return False
    met = terms(item, "kr_contact_verbs") + terms(item, "kr_meeting_verbs")
    for q in item.facts.quantities:
        if q.kind != "percent" or not lead < q.start < end:
            continue
        for a, b, _ in met:
            gap = _ZH_CONTACT_GAP.fullmatch(text, q.end, a)
            if gap is not None and b <= end and not text[b:end].strip("。；;，, "):
                return True
    return False


# "all 45 team members", "all 1,200 tenants": the group counted in digits gives the number of
# meetings, an activity count (decision 764 via test_fix17; lead 1773), not the scope of a task.
_EN_GROUP_COUNTED = re.compile(r"(?<!\s)\s++\d")


def _meets_every_one_once(item: Item, met: re.Match[str]) -> bool:
    """A lead verb of work, then meetings or calls with all/every/each of a group, no cadence and
    no count per person: "Hold stay interviews with every agent in tenure 3-6 months", "Run
    coaching calls with every rep in their first 3-6 months" name the work and whom it covers
    (its scope), a task as "Do stay interviews for all agents in tenure 3-6 months" is (decisions
    6, 3441, 3602). Not a share in digits ("Exit interviews with 80% of churned customers", a
    contact rate: decision 764), not a cadence ("Hold weekly 1:1s with every AE": decision 6), not
    a count of times each ("… with every account twice": decision 759)."""
    verb = item.facts.shape.verb
    if (
        item.language != "en"
        or verb is None
        or verb.position != "lead"
        or verb.cls not in _WORK_CLASSES
        or not (verb.start <= met.start() < verb.end + 2)
    ):
        return False
    if not met.group().endswith(("all", "every", "each")):
        return False  # "… with 80% of": a contact rate (decision 764)
    if _EN_GROUP_COUNTED.match(item.folded, met.end()):
        return False  # "… with all 45 team members": the meetings counted (lead 1773)
    end = item.core_span[1]
    return _recurring(item) is None and _EN_TIMES.search(item.folded, met.end(), end) is None


def _zh_times_of_effort(item: Item, lead: int, end: int) -> bool:
    """A count of times right before an effort's noun: "每个客户每季度1次QBR", "每个重点客户每季度至少
    1次业务回顾会" — a meeting held with every one of a group, as a visit to each is (decision
    5682)."""
    text = item.folded
    nouns = [t[0] for t in terms(item, "kr_activity_nouns") if lead <= t[0] < end]
    if not nouns:
        return False
    for m in _ZH_TIMES.finditer(text, lead, end):
        at = m.end()
        while at < end and text[at] == " ":
            at += 1
        if at in nouns:
            return True
    return False


def _contacts_everyone(item: Item, lead: int, end: int) -> bool:
    """A contact verb reaches every one of a group a number of times (decision 759), the
    wording naming no measure (its kpis) and no time limit on each contact.

    The measures are asked last (issue 13): every test is a pure read of the item, so the
    order gives the same answer, and on about a third of the items no other rule asks for
    them (a contact verb, "every" and a count of times are rare). The time-limit search over
    the wording comes after those rare words for the same reason (issue 13)."""
    text = item.folded
    if item.language == "en":
        verb = item.facts.shape.verb
        if not (
            verb is not None
            and verb.cls == "contact"
            and _EN_EVERY_ONE.match(text, verb.end) is not None
            and _EN_TIMES.search(text, verb.end, end) is not None
        ):
            return False
    elif not (
        _ZH_EVERY_ONE.search(text, lead, end) is not None
        and _ZH_TIMES.search(text, lead, end) is not None
        and (
            any(lead <= t[0] < end for t in terms(item, "kr_contact_verbs"))
            or _zh_times_of_effort(item, lead, end)
        )
    ):
        return False
    if _EACH_WITHIN.search(text, lead, end):
        return False
    return not item.facts.kpis


# Every one of a population has something: "核心流程均有负责人和应急预案", "每次发布均附带回滚方案",
# "Every critical service has an owner and a runbook". A state of the whole population (decision
# 3 counts its share; without digits it is unquantified), not the work of making the thing.
_ZH_EVERY_HAS = re.compile(
    r"[^，,。；;]{1,24}?(?:均|都|全都|全部|一律|皆)(?:已经?|能|会)?"
    r"(?:有|具备|附带|附有|配备|配有|带有|拥有|包含|含有)(?![效力用益利])"
)
_EN_EVERY_HAS = re.compile(
    r"(?:every|each|all(?: of)?(?: the| our)?)\s[a-z][^,;.]{0,60}?\s(?:has|have)\s"
    r"(?!been\b|(?:[a-z]+ed|done|gone|run|built|written|grown|seen)\b)"
)


def _every_one_has(item: Item, lead: int) -> bool:
    pattern = _ZH_EVERY_HAS if item.language == "zh" else _EN_EVERY_HAS
    return pattern.match(item.folded, lead, item.core_span[1]) is not None


# What every one has, opened by an article or a measure word: "a documented", "一份成文的".
_EN_HELD_OPENER = re.compile(r"(?:an?|the|its|their|our|one)\s")
_ZH_HELD_OPENER = re.compile(r"(?:[一1]\s?[份套个本张条])")


def _every_one_has_written(item: Item, lead: int) -> bool:
    """Every one of a group has a thing written or defined — "All products have a documented
    roadmap", "Every teacher has a documented lesson plan for each unit", "所有产品线都有成文的路线图":
    a document to produce in every unit (decision 79's participles of writing), a task, not the
    state of decision 603 ("Every critical service has an owner and a runbook"). A share in
    digits ("90% of services have a documented runbook") stays measured (decision 3): it is read
    before this (decision 2340)."""
    pattern = _ZH_EVERY_HAS if item.language == "zh" else _EN_EVERY_HAS
    m = pattern.match(item.folded, lead, item.core_span[1])
    if m is None:
        return False
    text, pos = item.folded, m.end()
    opener = (_ZH_HELD_OPENER if item.language == "zh" else _EN_HELD_OPENER).match(text, pos)
    if opener is not None:
        pos = opener.end()
    return any(
        text.startswith(w, pos)
        and (item.language == "zh" or not re.match(r"[\w-]", text[pos + len(w) :]))
        for w in words("kr_written_held", item.language)
    )


# A copula or a verb of working after a subject, and the word that says how it is or works.
_EN_STATE_LINK = re.compile(
    r"\b(?:is|are|stays?|remains?|feels?|looks?|works?|runs?|loads?|performs?)\s+"
    r"(?:(?:always|consistently|reliably|very|really|now|still)\s+)?([a-z]+)\b"
)
# Words after the link that do not describe a quality: a thing made or switched on ("is
# documented", "is live", "is in place", "is the default", "is public": published), a place,
# an article or a number.
_NOT_A_QUALITY = frozenset(
    {"a", "an", "the", "in", "on", "at", "up", "to", "under", "below", "above", "over", "not",
     "no", "now", "being", "used", "live", "done", "complete", "ready", "operational", "ga",
     "available", "one", "all", "every", "each", "less", "more", "fewer", "within", "by",
     "public", "open", "online", "free", "private", "visible"}
)  # fmt: skip
# Words that may not stand in the subject: a relative pronoun or a person acting.
_NOT_IN_SUBJECT = frozenset({"that", "which", "who", "we", "i", "you", "they", "it", "and", "to"})


# The word after an adverb in -ly: "is clearly documented", "are fully automated".
_EN_NEXT_WORD = re.compile(r"\s([a-z]{2,24})\b")


def _work_participle_after(text: str, pos: int, end: int) -> bool:
    """Whether the word at `pos` is the participle of a verb of work — "documented",
    "written", "automated" — not a feeling or a state ("satisfied", "engaged", "informed")."""
    m = _EN_NEXT_WORD.match(text, pos, end)
    if m is None:
        return False
    word = m.group(1)
    if not (word.endswith("ed") or word in _EN_PARTICIPLES):
        return False
    lemma = _en_lemma(word)
    if lemma in ("understand", "find", "discover"):
        return False  # "… is clearly understood by members": what people know, no work done
    return verb_classes("en").get(lemma) in {"launch", "complete", "act", "decide"}


def _state_of_thing(item: Item, lead: int) -> bool:
    """An English state of a thing with no number: a subject, a copula (or "works", "runs")
    and a word for how it is ("The status page is fast and accurate", "Help center search
    works well"). That is a vague, unquantified result, not a task (PRINCIPLES.md: "Improve X"
    without a number; decision 258). Not a thing made or switched on ("Runbooks are
    documented", "is live", "is available", "is searchable": a deliverable or a capability),
    nor a work verb with its object before the link ("Write docs that are clear")."""
    if item.language != "en" or any(q.is_target for q in item.facts.quantities):
        return False
    text = item.folded
    _cs, ce = clause_of(item, lead)
    m = _EN_STATE_LINK.search(text, lead, ce)
    if m is None:
        return False
    subject = re.findall(r"[a-z]+", text[lead : m.start()])
    if not 1 <= len(subject) <= 6 or any(w in _NOT_IN_SUBJECT for w in subject):
        return False
    verb = item.facts.shape.verb
    after = re.findall(r"[a-z]+", text[verb.end : m.start()]) if verb is not None else []
    if (
        verb is not None
        and verb.position == "lead"
        and len(subject) > 1
        # the word after the verb's own words: "Carry out a full load test …" (decision 6822)
        and after
        and after[0] in word_set("object_openers", "en")
    ):
        return False  # "Make the page fast": an imperative with its object
    quality = m.group(1)
    if (
        verb is not None
        and verb.position == "lead"
        and subject == [verb.word]
        and quality.endswith("s")
        and not quality.endswith(("ss", "ous", "us", "is"))
    ):
        # "Do stay interviews for all agents", "Run load tests": the imperative's object, a
        # plural noun after the word that names its kind (decision 3441)
        return False
    if quality in _EN_PARTICIPLES:
        return False  # "… is held each term", "… are set": work done, no quality (decision 5602)
    if quality.endswith("ly") and _work_participle_after(text, m.end(1), ce):
        return False  # "… is clearly documented": work done, its manner told (decision 5715)
    return quality not in _NOT_A_QUALITY and not quality.endswith(("ed", "en", "able", "ible"))


_EN_HAVE_QUALITY = re.compile(r"(?:have|has)\s(?:an?|the|our|their|its)\s([a-z][a-z-]*)(?![a-z-])")


@cache
def _qualities() -> frozenset[str]:
    """Single words for how a thing is: the generic evaluative adjectives of bare objectives and
    the vague quality words of key results (rules/data/en)."""
    found = set(words("objective_generic_adjectives", "en")) | set(words("kr_vague_words", "en"))
    return frozenset(w for w in found if " " not in w)


def _quality_held(item: Item, lead: int) -> bool:
    """An English key result with no number that only says the team will have a thing of some
    quality ("Have a reliable release process", "Have a quick process from our side", "Have a
    healthy pipeline"): the state of that thing, as "The release process is reliable" is — a
    vague, unquantified result, not a task (decision 258; decision 1664). A thing named without
    a quality word ("Have a backup plan", "Have a Slack channel for support") stays work."""
    if item.language != "en" or any(q.is_target for q in item.facts.quantities):
        return False
    verb = item.facts.shape.verb
    if verb is None or verb.position != "lead" or verb.word not in ("have", "has"):
        return False
    m = _EN_HAVE_QUALITY.match(item.folded, verb.start)
    return m is not None and m.group(1) in _qualities()


# "all 3 biomes", "all the 4 sites": the count of the whole the work covers, not a target.
_ALL_BEFORE = re.compile(r"\ball (?:the |of the )?$")
# "完成全部120辆车的报站系统安装", "完成所有36家门店的收银系统部署": 全部/所有/全体 right before the
# count says the whole group the work covers, as "all 3 biomes" does (decision 4061)
_ZH_ALL_BEFORE = re.compile(r"(?:全部|所有|全体|其余|剩余|剩下)的?\s?$")
# Things counted (vehicles, machines, rooms, buildings), then the team's work on them completed
# (decision 4067): "全部120辆车完成报站系统安装", "120台收银机全部完成更换". Not people or firms
# (名/位/家: "40名学员完成培训" is what they do, decision 2126).
_ZH_THINGS_WORKED_ON = re.compile(
    r"(?:全部|所有|其余|剩余)?\s?\d{1,5}\s?(?:辆|台|套|间|栋|座|部|块|个)[\u4e00-\u9fff]{0,8}?"
    r"(?:全部|均|都)?已?完成[\u4e00-\u9fffA-Za-z]{0,10}?"
    r"(?:安装|部署|改造|更换|升级|迁移|上线|改装|调试|接入|维修|检修|年检)[。.!！]?\s*"
)


def _work_leads(item: Item, q: Quantity) -> bool:
    """A verb of work leads the key result, before the count (decision 4061)."""
    verb = item.facts.shape.verb
    return (
        verb is not None
        and verb.position == "lead"
        and verb.cls in _WORK_CLASSES
        and verb.end <= q.start
    )


def _capability_named(item: Item, lead: int) -> bool:
    """An English key result with no number whose first clause says a product can now be used
    a certain way ("Client portal is self-serve and auditable", "Real matches playable online",
    "Submittable and shareable components": kr_capability_words.txt): a feature to build, a
    task (decision 333). Not under a verb that moves, reaches or wins ("Grow searchable
    listings to …" has its number anyway)."""
    if item.language != "en" or any(
        q.is_target and not _ALL_BEFORE.search(item.folded, max(0, q.start - 9), q.start)
        for q in item.facts.quantities
    ):
        return False  # "(all 3 biomes)" says where, no target (decision 527)
    verb = item.facts.shape.verb
    if verb is not None and verb.position == "lead" and verb.cls in _NO_TASK:
        return False
    cs, ce = clause_of(item, lead)
    for t in terms(item, "kr_capability_words"):
        if not (cs <= t[0] and t[1] <= ce):
            continue
        if t[0] <= lead and not item.folded.startswith(" and ", t[1]):
            continue  # "Self-service password reset rolled out": the word names the subject
        return True
    return False


# Verb classes of a doing that a comparative turns into a change of its time, count or amount.
_COMPARED = frozenset({"act", "contact", "decide", "learn"})
_THAN_AFTER = re.compile(r"\s?than\b")


def _compared(item: Item, verb: Verb) -> bool:
    """An English comparative of a measurable amount in the verb's clause, after it ("Respond
    to requests faster", "Spend less on takeout"): the KR asks for a change without a number,
    a vague and unquantified result, not work to do (decision 202). Not a comparator before a
    number ("with less than 5 open bugs")."""
    if item.language != "en":
        return False
    _cs, ce = clause_of(item, verb.start)
    return any(
        verb.end <= s
        and e <= ce
        # "Depot layout redesigned for faster loading": the purpose of work named, no change
        # asked of the verb (decision 2673)
        and not (verb.cls == "act" and _FOR_BEFORE.search(item.folded, verb.end, s))
        # "Add a shared inbox to reply faster", "Automate the rota so managers spend less
        # time": the comparative is the purpose's, after its opener (decision 7021)
        and not _purpose_before(item, verb, s)
        # "Trial higher frequency on route 7", "Test a lower price": the comparative names the
        # arrangement tried out, no change asked (decision 6597)
        and not (verb.word in _TRIED_VERBS and _TRIED_OBJECT.fullmatch(item.folded, verb.end, s))
        for s, e, _t in _en_comparatives(item)
    )


def _purpose_before(item: Item, verb: Verb, s: int) -> bool:
    from rules._vague_asides import purpose_opens

    return purpose_opens(item, verb.start, verb.end, s)


# Verbs of trying an arrangement out, and the gap between one and the comparative opening its
# object (decision 6597).
_TRIED_VERBS = frozenset({"test", "trial", "pilot", "try", "try out", "a/b test"})
_TRIED_OBJECT = re.compile(r"\s(?:out\s)?(?:an?\s|the\s)?")


def _shipped_sooner(item: Item, verb: Verb) -> bool:
    """An English launch verb whose clause ends in a comparative ("Ship fixes quicker", "Release
    updates more often"): how soon or how often things ship, a change without a number, as
    "Respond faster" is (decision 4181); "Launch cheaper plans" and "Ship the app sooner" (one
    thing) stay launches."""
    if item.language != "en" or verb.cls != "launch" or verb.position != "lead":
        return False
    _cs, ce = clause_of(item, verb.start)
    f = item.folded
    return any(
        verb.end < s
        and not f[e:ce].strip(" .!")
        # "Ship the app sooner": one thing launched, a milestone moved, stays the launch
        and not _ONE_THING.search(f, verb.end, s)
        for s, e, _t in _en_comparatives(item)
    )


_ONE_THING = re.compile(r"\b(?:the|a|an|our|my|its|this|that)\s")


# A comparative said against a reference that is no figure: "Backlog healthier than last
# spring", "Forecast accuracy better than last year", "Turnaround faster than before" (decision
# 6031). The comparative by its shape — better/worse, "more"/"less" and a word, or a word ending
# in -er/-ier — then "than" and a time, a rival or "before"/"ever", not a number ("fewer than 5",
# "more than 200 donors": comparators), nor "rather than"/"other than".
_EN_THAN_REFERENCE = re.compile(
    r"(?<![a-z'’-])(?P<w>better|worse|(?:more|less)\s[a-z]{3,20}|"
    r"(?!(?:rather|other|order|number|per|never|over|under|after|er)\s)[a-z]{2,16}(?:ier|er))"
    r"\s(?P<than>than)\s(?:(?:in|at|on|during|for|with)\s)?"
    r"(?:last|the|our|their|its|this|that|previous|before|ever|any|a|an|in|at|"
    r"(?:19|20)\d\d\b|(?:spring|summer|autumn|fall|winter)\b|[a-z]{2,20}(?:['’]s?|s['’])(?=\s|$))"
)


def compared_to_reference(item: Item) -> list[tuple[int, int, str]]:
    """English comparatives said against a reference with no figure in the key result (decision
    6031): which way, not how far — vague and unquantified, no work to do. Spans (start, end,
    word and "than"); none when a target figure is there."""
    if item.language != "en" or any(q.is_target for q in item.facts.quantities):
        return []
    s0, e0 = item.core_span
    return [
        (m.start("w"), m.end("than"), item.folded[m.start("w") : m.end("than")])
        for m in _EN_THAN_REFERENCE.finditer(item.folded, s0, e0)
    ]


@cache
def en_feeling_pattern() -> re.Pattern[str]:
    """People and a feeling wished on them, the whole wording: "Members happy" (5929), "Drivers
    happier with the new routes" (6032)."""
    entries = words("kr_vague_states", "en")
    feel = "|".join(
        re.escape(w.removeprefix("feel:"))
        for w in sorted(entries, key=len, reverse=True)
        if w.startswith("feel:")
    )
    who = longest_first(
        {w.removeprefix("who:") for w in entries if w.startswith("who:")}
        | set(words("people_served", "en"))
    )
    people = "|".join(re.escape(w) for w in who)
    return re.compile(
        r"(?:(?:our|the|all|every|all\sour)\s)?(?:[a-z'’-]{1,20}\s){0,2}?"
        rf"(?:{people})\s(?:(?:are|feel|feeling|stay|staying)\s)?"
        r"(?:(?:more|much|really|truly|fully|well)\s)?"
        rf"(?P<w>{feel})(?:\s(?:and|&)\s(?:{feel}))?"
        # what they feel it about: "Drivers happier with the new routes" (decision 6032)
        r"(?:\s(?:with|about)\s(?:the\s|our\s|their\s|its\s)?[a-z0-9'’-]{1,20}(?:\s[a-z0-9'’-]{1,20}){0,3})?"
        r"\s?[.!]?"
    )


# A duty done to each of a load, with only an adverb of speed for its level: "Handle every pager
# alert fast", "Reply to supplier emails quickly" (decision 6033). The object is a whole group —
# every/all/each, or a plural — and the adverb closes the wording.
_EN_SPEED_CLOSES = re.compile(
    r"\s(?:(?:very|really|more)\s)?(?:fast|quickly|promptly|swiftly|rapidly|speedily)\s?[.!]?$"
)
_EN_LOAD_OBJECT = re.compile(r"(?<![a-z])(?:every|all|each|any)\s|[a-z]{2,20}s\s?$")


# A hedge before an infinitive: "Try to …", "Aim to …", "Make an effort to …" (decision 6287).
_EN_HEDGE_TO = re.compile(
    r"(?:(?:i\s)?(?:try|aim|attempt|endeavou?r|want|plan|mean)\sto|make an effort to"
    r"|make a point of)\s"
)
# "more", "more often", "a bit more", "a lot more" closing the key result.
_EN_MORE_END = re.compile(
    r"(?<=[a-z])\s(?:a\s(?:bit|lot|little)\s|much\s|far\s)?more(?:\s(?:often|regularly))?"
    r"\s{0,2}[.!]?\s{0,2}\Z"
)


def _more_of_a_habit(item: Item, verb: Verb | None) -> bool:
    """A doing asked for more often, with no number and nothing compared after "more": "Try to
    coach juniors more", "Cook at home more often", "Aim to donate leftovers more" — a personal
    effort asked for, an activity (lead's ruling, round 43; decision 6287), not one thing to do
    and not a change in a measure. The verb leads (after a hedge, the word after "to" is the
    verb even where the lexicon does not know it); verbs that win or change something keep their
    reading ("Sell more", "Earn more", "Improve more"), and so does a number anywhere ("Cook at
    home 4 nights a week")."""
    if item.language != "en" or any(q.is_target for q in item.facts.quantities):
        return False
    cs, ce = item.core_span
    f = item.folded
    m = _EN_MORE_END.search(f, cs, ce)
    if m is None:
        return False
    hedge = _EN_HEDGE_TO.match(f, cs)
    if verb is None:
        return hedge is not None and m.start() > hedge.end()
    if verb.position != "lead" or verb.cls in _NO_TASK:
        return False
    start = hedge.end() if hedge is not None else cs
    return verb.start == start and m.start() >= verb.end


# A measure's name of one to four words, then a comparison sign and a number (decision 6289).
_EN_NAME_THEN_SIGN = re.compile(
    r"(?P<name>(?:\s{1,2}[a-z0-9][a-z0-9'/&.-]{0,20}){1,4}?)\s{0,2}(?:>=|<=|=>|=<|≥|≤|>|<)\s{0,2}"
    r"[$£€¥]?\d"
)
_EN_DETERMINERS = frozenset(
    {"the", "a", "an", "my", "our", "their", "all", "every", "each", "any", "some", "more", "at"}
    # a preposition: "Launch in <= 6 weeks from start" times the work (decision 2305)
    | {"in", "on", "by", "within", "for", "to", "of", "from", "under", "over", "after", "before"}
    # a thing built with its bar: "Implement X with <30 second provisioning" (decision 2620)
    | {"with", "without", "via", "across", "into", "using"}
)


def _named_then_bar(item: Item, verb: Verb | None) -> bool:
    """The word read as a leading verb opens a measure's name, and a comparison sign sets its bar:
    "Model AUC >= 0.80 on holdout", "Test F1 > 0.9 on the May sample", "Episode 4 views > 1M in
    launch week" — a level to reach, not a model to build or a decision to take (decision
    6289). Not where a determiner or a count follows the verb ("Make > 200 calls", "Close 10
    deals > $50k", "Build a model with AUC > 0.8" keep their readings)."""
    if item.language != "en" or verb is None or verb.position != "lead":
        return False
    cs, ce = item.core_span
    if verb.start != cs or verb.cls in _NO_TASK:
        return False
    m = _EN_NAME_THEN_SIGN.match(item.folded, verb.end, ce)
    if m is None:
        return False
    name = m.group("name").split()
    if name[0] in _EN_DETERMINERS or any(w in _EN_DETERMINERS for w in name):
        return False
    # a number right after the verb word names which one ("Episode 4"); elsewhere it is a count
    return not any(ch.isdigit() for w in name[1:] for ch in w)


# Chinese: who does it (at most five characters), a word of speed with no figure, a verb of answering
# or handling and what it handles, nothing after (decision 6720, the lead's ruling on 快速 after
# 6563): "快速处理客户投诉", "分析师快速响应临时数据需求". Not 及时 leading the verb: decision 5308
# keeps "及时处理业主报修" work.
_ZH_PROMPT_HANDLED = re.compile(
    # a time clause may open it: "上线后快速响应客户需求", "接到报修后迅速处理" (decision 6842)
    r"(?P<when>[\u4e00-\u9fffA-Za-z0-9]{1,8}?(?:之后|以后|后|期间|的时候|时)，?)?"
    r"(?P<who>[\u4e00-\u9fffA-Za-z]{0,5}?)(?:快速|迅速|尽快|第一时间|立即|马上)地?"
    r"(?:处理|响应|回复|答复|回应|解答|受理|办理|处置|解决|跟进)"
    r"(?:[^，,；;。.并]{0,16})[。.!！]?\s*"
)


def _zh_prompt_handling(item: Item, lead: int) -> bool:
    """Whether a Chinese key result is only its people answering or handling what comes in
    "fast" with no figure: a vague change, as "Analysts answer ad-hoc requests quickly" is
    (decisions 6563, 6033, 6720), not a task. Not a launch, a build or a piece of work done fast
    ("快速上线新版小程序", "尽快完成系统迁移" keep their readings), not 及时 (5308: "及时处理业主报修"
    stays work), not with a figure ("2小时内回复
    90%的咨询"), not with a later clause of work ("快速处理投诉，并建立回访机制")."""
    if item.language != "zh" or any(q.is_target for q in item.facts.quantities):
        return False
    m = _ZH_PROMPT_HANDLED.fullmatch(item.folded, lead, item.core_span[1])
    if m is None:
        return False
    who = [t for t in item.tokens if m.start("who") <= t.start < m.end("who")]
    # who does it ends in a noun ("值班护士", "售后组") or a unit's letters ("IT", "HR": 6941); nothing
    # else may stand before the speed word
    return not who or (who[-1].pos[:1] in "nze" and all(t.pos[:1] in "nvabze" for t in who))


def _speed_without_level(item: Item, verb: Verb | None) -> bool:
    """Whether the key result is a duty to a whole load done "fast" and no more said: a service
    level with no number — vague and unquantified, not a task (lead's ruling, round 42; decision
    6033). Not hiring nor a launch ("Hire 2 nurses quickly" stays hiring), not one thing ("Book
    the venue quickly" stays a task), not with a figure."""
    if item.language != "en" or verb is None or verb.position != "lead":
        return False
    if verb.cls not in ("act", "contact") or any(q.is_target for q in item.facts.quantities):
        return False
    _s0, e0 = item.core_span
    m = _EN_SPEED_CLOSES.search(item.folded, verb.end, e0)
    if m is None:
        return False
    return _EN_LOAD_OBJECT.search(item.folded[verb.end : m.start()]) is not None


# "one fewer night shift", "two more branches": a number word says how many (decision 2164);
# "a smaller staging environment": an attribute of a thing, not a change asked (decision 4180).
_EN_COUNTED_OR_ATTRIBUTE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|the)\s+$"
)


def _en_comparatives(item: Item) -> list[tuple[int, int, str]]:
    """The English comparatives of an amount in the item (kr_comparative_changes.txt) that ask
    for a change: not a comparator before "than", not counted by a number word nor an attribute
    after an article (decision 4180)."""
    f = item.folded
    return [
        t
        for t in terms(item, "kr_comparative_changes")
        if not _THAN_AFTER.match(f, t[1])
        and not _EN_COUNTED_OR_ATTRIBUTE.search(f, max(0, t[0] - 8), t[0])
    ]


# After a Chinese comparative: 于 makes it a comparator ("更少于"), a figure says how far.
_ZH_NOT_BARE_AFTER = re.compile(r"\s?(?:于|\d|[一二两三四五六七八九十百半]|倍)")
# "多运动", "尽可能多读书": 多 right before the verb, after at most a hedge (decision 4182); not
# 多少 (a question) nor 更多 (a vague word of its own).
_ZH_MORE_LEAD = re.compile(r"(?:尽量|尽可能|争取|努力|要|再)?多多?$")


def bare_comparatives(item: Item) -> list[tuple[int, int, str]]:
    """A change of an amount asked for with a comparative and no number, in either language
    (decisions 202, 4180-4182): "Spend less on taxis", "Shorter queues at lunch", "Faster
    check-in", "更少的投诉", "审批更快", "投诉变少", "少熬夜", "多运动". It says which way, not how
    far: vague and unquantified, no work to do. Not a comparator before a number ("less than
    5", "少于3次", "不少于95%"), a comparative with its figure ("20% faster", "快30%"), or 至少/
    多少/减少 (a floor, a question, a change verb read elsewhere). Spans (start, end, word)."""
    memo = item.facts.memo
    found = memo.get("bare_comparatives")
    if found is None:
        found = memo["bare_comparatives"] = _bare_comparatives(item)
    return found  # type: ignore[no-any-return]


# What may follow a Chinese comparative that closes the key result ("审批更快一些").
_ZH_COMPARATIVE_TAIL = re.compile(r"(?:了|一些|一点|些|点)?[。.!！]?\s*")
# A clause or a purpose before the comparative: "上线新排班系统，让排班更快" is the work and what
# it is for (decision 2673 in Chinese), not a change asked alone.
_ZH_WORK_BEFORE = re.compile(r"[，,；;、]|让|使|以便|从而|确保")


def _comparative_alone(item: Item, verb: Verb | None, lead: int) -> bool:
    """A key result that is only a comparative change of an amount with no number (decision
    4181): English with the comparative first and no verb leading ("Faster check-in", "Shorter
    handovers between shifts"); Chinese with a comparative of kr_comparative_changes first or
    closing it ("更少的投诉", "更快出报价", "审批更快", "投诉变少"), nothing of a work clause or a
    purpose before it; 少 opening it before a doing ("少刷短视频"), not 多 ("多做客户回访")."""
    bare = bare_comparatives(item)
    if not bare:
        return False
    s, e, _w = bare[0]
    if item.language == "en":
        return s == lead and (verb is None or verb.position != "lead")
    f = item.folded
    if _w == "少" or (s == lead and _w != "多" and not _w.startswith("多")):
        # "更少的投诉", "少刷短视频": the comparative opens it (4182); "多做客户回访", "多拜访
        # 客户" ask for more of an effort and stay effort, as "Call more prospects" does
        return True
    if _w.startswith("多"):
        return False
    if (
        0 < s - lead <= 4
        and verb is not None
        and verb.cls == "act"  # "门店更快上线新系统": a launch stays a task (PRINCIPLES.md)
        and verb.start >= e
        and _ZH_WORK_BEFORE.search(f, lead, s) is None
        and all(t.pos.startswith("n") for t in item.tokens if lead <= t.start < s)
    ):
        # "客服更快回复客户咨询": who does it, then the comparative before their work — a vague
        # change, as "更快回复客户" and "Agents reply to emails faster" are (decision 6563)
        return True
    s, e, _w = bare[-1]
    return (
        _ZH_COMPARATIVE_TAIL.fullmatch(f, e, item.core_span[1]) is not None
        and _ZH_WORK_BEFORE.search(f, lead, s) is None
    )


def _bare_comparatives(item: Item) -> list[tuple[int, int, str]]:
    if any(q.is_target for q in item.facts.quantities):
        return []
    if item.language == "en":
        verb = item.facts.shape.verb
        return [
            c
            for c in _en_comparatives(item)
            # "Trial higher frequency on route 7": the arrangement tried, no change asked (6597)
            if not (
                verb is not None
                and verb.word in _TRIED_VERBS
                and _TRIED_OBJECT.fullmatch(item.folded, verb.end, c[0])
            )
        ]
    f = item.folded
    bounds = item.facts.token_bounds
    out = [
        t
        for t in terms(item, "kr_comparative_changes")
        if t[0] in bounds and not _ZH_NOT_BARE_AFTER.match(f, t[1])
    ]
    verb = item.facts.shape.verb
    lead = max(item.facts.shape.lead, item.core_span[0])
    if verb is not None and verb.cls == "hire":
        return sorted(out)  # "多招销售": hiring stays a task (PRINCIPLES.md)
    if verb is not None and verb.start > lead:
        for lead_re, char in ((_ZH_LESS_LEAD, "少"), (_ZH_MORE_LEAD, "多")):
            m = lead_re.fullmatch(f, lead, verb.start)
            if m is not None:
                at = f.index(char, lead, verb.start)
                return sorted([*out, (at, at + 1, char)])
    m = _ZH_LESS_MORE_AT.match(f, lead)
    if m is not None and _zh_doing_after(item, m.start(1), m.end(1)):
        out.append((m.start(1), m.end(1), m.group(1)))
    return sorted(out)


# 少 / 多 opening the key result, after at most a hedge ("少刷短视频", "多陪孩子", "尽量多喝水").
_ZH_LESS_MORE_AT = re.compile(r"(?:尽量|尽可能|争取|努力|要|再)?(少|多多?)")
# Everyday doings jieba glues to 少/多 or tags as no verb ("少刷", "多喝水", "少点奶茶").
_ZH_HABIT_CHARS = frozenset("吃喝抽刷玩点看买陪走跑睡读练")


def _zh_doing_after(item: Item, s: int, e: int) -> bool:
    """Whether 少 / 多 at [s, e) is said of a doing: a verb's token right after it, or an
    everyday doing glued to it. Not 少于, 少数, 多少, 多家, 多个 (a comparator, a share, a
    question, a count)."""
    f = item.folded
    if e >= len(f) or (
        f[e] not in _ZH_HABIT_CHARS
        and not any(t.start == e and t.pos.startswith("v") for t in item.tokens)
    ):
        return False
    # 少 / 多 must start a token: not the end of 至少 / 最多 (the lead regex sees the start)
    return s in item.facts.token_bounds


_FOR_BEFORE = re.compile(r"\bfor\s(?:an?\s|the\s)?$")


# Verbs that move a measure with a particle: "Get the team GPA up", "Bring costs down".
_EN_RAISERS = frozenset({"get", "bring", "push", "drive", "move", "turn"})
# The particle or comparative that closes the clause, after any words saying how much or when.
_EN_UP_DOWN_END = re.compile(
    r"\s(up|down|higher|lower|better)(?:\s(?:again|a lot|a bit|significantly|"
    r"this (?:quarter|year|term|season|semester|month)))?\s*[.!]?\s*$"
)
# A participle or a verb of work right before the particle: a thing done ("laptop set up",
# "racks locked down", "site built out"), not a measure moved ("speed up" stays a measure).
_EN_PHRASAL_BEFORE = re.compile(
    r"\b(?:[a-z]+(?<!e)ed|[a-z]+en|set|put|shut|hung|built|spun|stood|made|run|cut|split|lit)$"
)
# "少熬夜", "尽量少出错": 少 right before the verb, after at most a word of effort; not 至少/多少/
# 减少 (those are a floor, a question, a reducer) nor 少于 (a ceiling before a number).
# "少吃外卖", "少喝奶茶", "少刷手机": a verb of consuming between 少 and what is consumed (1986).
_ZH_LESS_LEAD = re.compile(r"(?:尽量|要|再|更)?少(?:吃|喝|抽|刷|玩|点)?$")


def _raised_without_number(item: Item, verb: Verb) -> bool:
    """An English imperative that asks a measure to go up or down, or a doing to be done
    better, with no number ("Get the team GPA up", "Get customer satisfaction up", "Do things
    better"): "Improve X" without a number, unquantified and vague, not a task (PRINCIPLES.md,
    decision 570). "better" closes the clause after any verb of work; up/down/higher/lower
    only after get/bring/push/drive ("Write it down", "Set the booth up" stay work)."""
    if item.language != "en" or verb.position != "lead" or verb.cls not in _COMPARED:
        return False
    if any(q.is_target for q in item.facts.quantities):
        return False
    _cs, ce = clause_of(item, verb.start)
    m = _EN_UP_DOWN_END.search(item.folded, verb.end, ce)
    if m is None or m.start() == verb.end:
        return False  # the particle right after the verb: "Set up the booth", "Shut down"
    if _EN_PHRASAL_BEFORE.search(item.folded, verb.end, m.start()):
        return False  # "Get every new hire's laptop set up", "Get the old racks locked down"
    return m.group(1) == "better" or verb.word in _EN_RAISERS


# "尽量早睡", "多运动", "尽可能多读书": a hedge or more/less/early before a verb that ends the
# key result (no object, at most 一点/一些 after it): a habit asked for, not work (decision 1981).
_ZH_HABIT_LEAD = re.compile(r"(?:尽量|尽可能|争取|努力)?(?:多多|多|少|早点|早|经常|常)?")
_ZH_HABIT_TAIL = re.compile(r"(?:一点|一些|点儿|点|些)?[。.!！]?")


def _hedged_habit(item: Item, verb: Verb, lead: int) -> bool:
    """A Chinese key result that is only a hedge or 多/少 and a doing without an object
    ("尽量早睡", "多运动", "尽可能多读书"): a habit asked for without a number — unquantified
    and vague, as "Improve X" is (PRINCIPLES.md), not a to-do. "尽量整理候诊区" (an object
    after the verb) stays work; "读完《原则》" is decision 1246's to-do."""
    if item.language != "zh" or verb.start <= lead or verb.cls not in ("act", "learn"):
        return False
    if any(q.is_target for q in item.facts.quantities):
        return False
    f = item.folded
    return (
        _ZH_HABIT_LEAD.fullmatch(f, lead, verb.start) is not None
        and _ZH_HABIT_TAIL.fullmatch(f, verb.end, item.core_span[1]) is not None
    )


def _less_of_a_habit(item: Item, verb: Verb, lead: int) -> bool:
    """A Chinese key result that opens with 少 right before its verb ("少熬夜", "少加班", "少出错"):
    a habit to cut, asked for without a number — unquantified, and negatively phrased when
    the habit is a bad event — not work to do (decision 570). Not 少于 ("少于3次投诉")."""
    if item.language != "zh" or verb.start <= lead:
        return False
    if any(q.is_target for q in item.facts.quantities):
        return False
    return _ZH_LESS_LEAD.fullmatch(item.folded, lead, verb.start) is not None


# A count of places after a preposition of place: "in the 3 busiest shops", "at 5 sites".
_EN_PLACES_BEFORE = re.compile(r"\b(?:in|at|across|into)\s(?:the\s|our\s|all\s)?$")
# An ordinal that names which one of a thing ("2nd till", "3rd shift"), not a rank reached
# ("2nd place", "#1 in the category").
_EN_ORDINAL_NAMING = re.compile(
    r"(?<!\d)\d+(?:st|nd|rd|th)\s(?!place\b|position\b|rank\b|in\b|among\b|on\b|overall\b)[a-z]"
)


def _en_placed_by_date(item: Item, lead: int) -> bool:
    """An English key result without a verb that names a thing put in a number of places by a
    date on its own line ("2nd till in the 3 busiest shops by April 30", "Self-checkout kiosks
    in 5 stores by June"): the places are where the work is done (decision 403's English
    twin), the date makes it a milestone (decision 5), not a measured result. Not when the
    thing is an outcome ("Customers in 40 countries by Q4") or another figure is a target."""
    if item.language != "en" or not _dated(item):
        return False
    text = item.folded
    places = [
        q
        for q in item.facts.quantities
        if q.is_target and q.kind == "count" and _EN_PLACES_BEFORE.search(text, lead, q.start)
    ]
    if len(places) != 1:
        return False
    others = [q for q in item.facts.quantities if q.is_target and q is not places[0]]
    if any(not (q.kind == "rank" and _EN_ORDINAL_NAMING.match(text, q.start)) for q in others):
        return False
    thing = _EN_ORDINAL_NAMING.sub("", text[lead : places[0].start])
    if re.search(r"[#\d]|\b[a-z]+ed\b", thing):
        return False  # "#1 in 3 categories", "Listed in 200 pharmacies": a rank, a listing won
    return not any(
        lead <= t[0] < places[0].start
        for name in ("kr_outcome_nouns", "kr_adoption_words")
        for t in terms(item, name)
    ) and not _measure_terms_between(item, lead, places[0].start)


def _measure_terms_between(item: Item, start: int, end: int) -> bool:
    return any(start <= t[0] < end for t in _measure_terms(item))


# -- a measured change ----------------------------------------------------------------------


# A rank named as what the count ranks: the position is the measure.
_RANK_NAMED = re.compile(r"(?:排名|名次|排位|位次|排行)")


# "比上月多", "较去年少": more or fewer than before, right before the count.
_ZH_MORE_THAN_BEFORE = re.compile(r"(?:比|较)[^，,；;。\d]{1,12}?(?:多|少|高|低)了?\s?$")


# A preposition before "top N": the rank picks whom the work is with or for, not a place won.
_WITH_THE_TOP = re.compile(r"\b(?:with|for|across|among|to|from)\s(?:the\s|our\s)?top\s?-?$")
# A place a team or person ends a contest in: "the roster finishes top 2", "place 3rd in the
# league", "finish in the top 10" (decision 700); not "Finish the top 3 tasks" (the work's scope).
_PLACE_FINISHED = re.compile(
    r"\b(?:finish|finishes|finished|finishing|place|places|placed|placing|end|ends|ended|come|"
    r"comes|came|coming|ending)\s(?:up\s)?(?:in\s(?:the\s)?|as\s|at\s)?(?:top\s?-?)?$"
)
_PLACE_OBJECT_AFTER = re.compile(
    r"\s(?:[a-z]{1,20}\s)?(?:tasks?|items?|priorities|projects?|issues?)\b"
)


def _only_bars_per_effort(item: Item) -> bool:
    """Whether a Chinese key result on a cadence measures nothing but what each effort reaches
    ("每周发布公众号文章3篇，单篇阅读收入不低于200元"): every target after the first clause stands in a
    clause opened by 单篇/单场/场均 …, so the efforts on the cadence stay what it counts
    (decisions 645, 1449, 4664)."""
    if item.language != "zh" or item.facts.shape.cadence is None or item.facts.from_to:
        return False
    text = item.folded
    bars = efforts = 0
    for q in item.facts.quantities:
        if not q.is_target:
            continue
        cs = clause_of(item, q.start)[0]
        if _ZH_PER_EFFORT_AVERAGE.search(text, cs, q.start):
            bars += 1
        elif q.kind == "count" and q.start < item.facts.shape.cadence[1] + 12:
            efforts += 1  # "每周发布公众号文章3篇": the efforts counted
        else:
            return False
    return bars > 0 and efforts > 0


def measured(item: Item) -> bool:
    """Whether the wording states a measured change or level (a result), not only a count of
    the things a task touches ("Migrate the remaining 38 services" measures nothing)."""
    facts = item.facts
    if facts.from_to:
        return True
    verbless = facts.shape.verb is None
    return any(_measures(item, q, verbless) for q in facts.quantities if q.is_target)


# A verbless effort or piece opening the wording, then for whom: "Thank-you call to every new
# giver", "Welcome email for each new member", "A follow-up visit with every client" (6824).
_EN_EFFORT_FOR_EVERY = re.compile(
    r"(?:(?:an?|one)\s)?(?:[a-z'’-]{1,30}\s){0,3}?(?P<head>[a-z]{1,30})\s(?:to|for|with)\s"
    r"(?:every|each|all)\b"
)


def _effort_for_every(item: Item) -> bool:
    """Whether the wording opens with an effort (kr_activity_nouns: call, visit, email) or a
    piece made (kr_artefact_heads: card, note, letter) for every one of a group (6824)."""
    m = _EN_EFFORT_FOR_EVERY.match(item.folded, item.core_span[0])
    if m is None:
        return False
    head = m.group("head")
    return head in word_set("kr_activity_nouns", "en") or head in word_set(
        "kr_artefact_heads", "en"
    )


# Between a result's noun and its figure: a colon, "of", "at", "around" (decision 3542).
_NOUN_TO_FIGURE = re.compile(r"\s*+(?::\s*+)?(?:(?:of|at|around|about|~)\s++)?$")


def _audience_named_before(item: Item, q: Quantity) -> bool:
    """A verbless count per period right after what people do or are, as a KPI or an outcome
    noun names it (decision 3542): "Podcast downloads 2,000 a month", "Website visitors: 10,000 a
    month", "App installs 1,500 a week" give the level a result reaches each period, not how often
    the team does something ("Blog posts 4 a month", "Run 3x a week" keep that reading)."""
    if item.language != "en" or item.facts.shape.verb is not None:
        return False
    text = item.folded
    for t in [*item.facts.kpis, *terms(item, "kr_outcome_nouns")]:
        if t[1] <= q.start and _NOUN_TO_FIGURE.match(text[t[1] : q.start]):
            return True
    return False


def _measures(item: Item, q: Quantity, verbless: bool) -> bool:
    text = item.folded
    before = text[max(0, q.start - 14) : q.start]
    if q.kind == "label-number":
        return False
    if q.kind == "placeholder":
        return True
    if (
        item.language == "en"
        and q.kind == "count"
        and _ALL_BEFORE.search(text, max(0, q.start - 9), q.start)
    ):
        return False  # "playable end-to-end (all 3 biomes)": the whole covered (decision 527)
    if (
        item.language == "zh"
        and q.kind == "count"
        and _ZH_ALL_BEFORE.search(text, max(0, q.start - 4), q.start)
        and _work_leads(item, q)
    ):
        return False  # "完成全部120辆车的报站系统安装": the whole group covered (decision 4061)
    if _threshold_of_scope(item, q):
        return False  # "Stop all campaigns with ROAS below 1.5": which ones (decision 339)
    if item.language == "en" and band_of_tens(text, q):
        return True  # "Hold bed occupancy in the low 90s": a level's band (decision 5342)
    if item.language == "en" and q.kind == "count" and _subset_of_count(item, q):
        return False  # "…, with at least two to national funders": part of the 6 (decision 4547)
    if item.language == "en" and _SCALE_BOUNDS.search(text, max(0, q.start - 8), q.end + 8):
        return False  # "a confidence score (0–1) on every entry": the scale's ends, no target
    if _time_spent(item, q):
        return False  # "Practice Mandarin for at least one month": time put in (decision 257)
    if item.language == "en" and _todo_floor(item, q):
        return False  # "Read at least 10 novels": a to-do's count behind a floor (decision 3460)
    if item.language == "en" and q.kind == "count" and _demand_picks(item, q):
        return False  # "Ship 2 features requested by ≥3 customers": which ones (decision 3462)
    if item.language == "en" and _version_after_upgrade(item, q):
        return False  # "Upgrade Kafka to 3.7": a version, not a target (decision 444)
    if item.language == "zh" and _zh_version(item, q):
        return False  # "完成K8s集群升级至1.30版本": a version, not a target (decision 2351)
    if zh_count_in_mechanism(item, q):
        return False  # "出台每季度1次的供应商评审办法": how often it runs (decision 3309)
    if (
        q.kind in ("multiple", "count")
        and _PER_PERIOD_AFTER.match(text, q.end)
        and not _LEVEL_BEFORE.search(before)
        and not _audience_named_before(item, q)
    ):
        return False  # "Run 3x a week": a frequency of effort ("≤ 2 per site per month" caps)
    if (
        item.language == "en"
        and q.kind in ("multiple", "count")
        and _FLOOR_BEFORE.search(before)
        and en_habit_per_period(item) is not None
    ):
        return False  # "Swim at least 3 times per week": a habit behind a floor (decision 3460)
    if q.kind == "rank":
        # "Reach the top 3", "第一名"; not "Find the top 3 reasons …" (the task's scope)
        verb = item.facts.shape.verb
        if _RANK_NAMED.search(text, clause_of(item, q.start)[0], q.start):
            return True  # "得分排名从第4到第1", "排名进入前五": a rank moved (decision 190)
        if item.language == "en" and _WITH_THE_TOP.search(text, max(0, q.start - 20), q.start):
            return False  # "QBRs with top 5 vendors": which ones the effort is for (decision 523)
        if (
            item.language == "en"
            and _PLACE_FINISHED.search(text, max(0, q.start - 24), q.start)
            and not _PLACE_OBJECT_AFTER.match(text, q.end)
        ):
            return True  # "Valorant roster finishes top 2": a place reached (decision 700)
        return verb is None or verb.cls in _NO_TASK
    if q.kind == "multiple" and _TIMES_DONE.fullmatch(text, q.start, q.end):
        # "Survey customers twice": how often it is done, as "three times" is (decision 1731);
        # "twice as many", "Grow sign-ups twice over last year" keep the multiple
        cs, ce = clause_of(item, q.start)
        if not _AS_AFTER.match(text, q.end) and item.facts.direction(cs, ce) is None:
            return False
    if q.kind == "percent" and _universal_restated(item, q):
        return False  # "Call every new customer in week one (target: 100%)": the every (2131)
    if q.kind == "percent" and _progress_of_work(item, q):
        return False  # "Complete 80% of the remediation plan": how far the work is (2120, 2121)
    if q.kind == "percent" and _share_thinned(item, q):
        return False  # "Weed 10% of outdated non-fiction": the share thinned is scope (2504)
    if q.kind in ("percent", "multiple"):
        return True
    if q.kind == "money":
        # a ceiling on what is spent is a level to keep: "Spend under $400 a month on eating
        # out", "Keep cloud spend below $12k" (decision 1833); "Spend $10k on ads" is input
        return not _SPEND.search(text[max(0, q.start - 20) : q.end + 10]) or (
            bound(text, item.language, q.start, q.end) == "max"
        )
    if q.kind == "duration":
        if (
            verbless
            and item.language == "en"
            and _EVERY_ONE_WITHIN.search(text, max(0, q.start - 60), q.start)
            and _effort_for_every(item)
        ):
            # "Thank-you call to every new giver within 7 days": the call or card each one gets,
            # named without a verb, is the work that "Call every new giver within 7 days" is
            # (decision 6824); "Applicants hear back within 24 hours" keeps its limit (841)
            return False
        if item.language == "zh" and _ZH_COUNTED_BEFORE_DURATION.search(before):
            # "建成3个24小时城市书房", "新开2家24小时药房": the hours after the things' count name
            # what kind of thing they are, no time reached (decision 5374)
            return False
        verb = item.facts.shape.verb
        if (
            item.language == "en"
            and verb is not None
            and verb.position == "lead"
            and _EVERY_ONE_WITHIN.search(text, max(verb.end, q.start - 60), q.start)
            # a fix verb closing found bad things stays theirs: "Patch all CVEs within 72h" (335)
            and verb.word not in word_set("kr_negative_fix_verbs", "en")
        ):
            # "Handle every refund request within 2 days": a routine admin action's service
            # level is measured, no deliverable (lead's ruling of round 43; decision 6292);
            # "Send feedback to every candidate within 48h" stays decision 841's task
            return verb.word in word_set("kr_admin_handling_verbs", "en")
        if (
            item.language == "en"
            and verb is not None
            and verb.position == "lead"
            and verb.cls == "complete"
            and verb.end <= q.start
            and _FOR_A_SPAN.search(before)
        ):
            # "Demonstrate continuous operation for 48 hours": how long the work shown lasts,
            # the deliverable's scope, not a level reached (decision 2020)
            return False
        return not (
            _THRESHOLD_BEFORE.search(before)
            or _MOMENT_AFTER.match(text, q.end)
            or _ZH_WORK_WITHIN.match(text, q.end)
        )
    # A count.
    if item.language == "en" and _condition_of_deliverable(item, q):
        return False  # "Field demonstration below -10°F": the test's condition (decision 2021)
    if q.value == 0:
        return True  # "Zero P0 incidents", "零投诉"
    if item.language == "en" and _work_reaches(item, q):
        return False  # "New POS rolled out to 12 stores": where the work goes (decision 1825)
    if item.language == "en" and _body_formed(item, q):
        return False  # "Parent advisory council launched with 10 members" (decision 1826)
    if share_of(item, q):
        return True  # "on 4 days out of 5": a share (decision 203)
    if item.language == "en" and _people_served_act(item, q):
        return True  # "40 students complete the course": the people served act (decision 2126)
    if (
        item.language == "en"
        and (people := _PEOPLE_AFTER.match(text, q.end)) is not None
        and not (item.facts.shape.verb and item.facts.shape.verb.position == "lead")
        and _acts_on_ours(text, people.end())
    ):
        return True  # "500 people listen to our podcast every week" (decision 4831)
    if item.language == "en" and _EN_SUBJECT_REACHES.search(before):
        return True  # "Open source repo reaches 500 stars": its subject's count (decision 1105)
    if (
        item.language == "en"
        and _en_measure_before(before)
        and not _second_verb_before(item, q)
        and not _measure_in_verb(item, q)
    ):
        return True  # "a feedback score of 4.5", "Get a GPA of 3.7" (decision 337)
    if item.language == "en" and _weight_saved(item, q):
        return True  # "Rescue 400 tonnes of surplus food": what is kept from waste (2508)
    if item.language == "zh" and _zh_capacity(item, q):
        return True  # "单实例支持 10k 并发连接": a load the system carries (decision 2641)
    if _scope_of_work(item, q):
        return False  # "Validate at least 500 entries", "Add 3+ analytics views" (decision 200)
    if item.language == "en" and verbless and _deliverables_counted(item, q):
        return False  # "40+ channel integrations", "100+ dashboards": things built (2307)
    if item.language == "en" and _deliverables_live(item, q):
        return False  # "3+ channel integrations live", "10+ connectors live by June" (2626)
    if item.language == "zh" and verbless and _zh_deliverables_counted(item, q):
        return False  # "标量数学函数30个", "数据看板5个": things built, counted (decision 3819)
    if (
        item.language == "zh"
        and (made := item.facts.shape.verb) is not None
        and made.cls not in _NO_TASK
        and q.unit == "款"
        and _zh_products_counted(item, made)
    ):
        # "设计3款会员专属礼包", "研发2款新口味": designs or products counted by 款 after a verb
        # of work are things made, whoever they are for (decisions 1468, 5371)
        return False
    if (_LEVEL_BEFORE.search(before) and not _RANGE_BEFORE.search(before)) or _LEVEL_AFTER.match(
        text, q.end
    ):
        return True
    if bound(text, item.language, q.start, q.end) in ("max", "min") or capped_per_cadence(item, q):
        return True  # any ceiling or floor of the comparators' data: "线上故障少于3次"
    if item.language == "zh" and _ZH_MORE_THAN_BEFORE.search(before):
        return True  # "人均日派件量比上月多30件": a measure against a period (decision 310)
    if item.language == "zh" and _ZH_MEASURE_END.search(before):
        return True  # "销量10万箱", "粉丝20万"
    if item.language == "zh" and _ZH_BRINGS.search(before):
        return True  # "通过直播带来新客3000人": what the work brings is the result (decision 115)
    if (
        item.language == "zh"
        and _ZH_GAINED.search(before)
        and not any(q.end <= t[0] for t in terms(item, "kr_pass_objects"))
    ):
        return True  # "开源代码仓库获得200个star": a count received (decision 1105)
    if item.language == "zh" and _ZH_PER_EFFORT_AVERAGE.search(
        text, clause_of(item, q.start)[0], q.start
    ):
        return True  # "视频号直播场均观看1万": each effort's average reach (decision 645)
    verb = item.facts.shape.verb
    if (
        verb is not None
        and verb.position == "predicate"
        and verb.start < q.start
        and any(
            t[1] <= verb.start
            and not _ZH_LED.search(text, max(0, t[0] - 2), t[0])
            # "每周向老客户推送一条新品消息": the people the effort goes to (decision 5542)
            and not _ZH_TOWARD_THEM.search(text, max(0, t[0] - 8), t[0])
            for t in terms(item, "kr_outcome_nouns")
            # "Schools onboarded: 120": organisations served, onboarded (decision 4624)
            + _organisations(item)
        )
    ):
        # customers or users act: "活跃用户人均每周登录3次"; not the people the team leads or
        # takes along ("每周带学生刷两套真题": the coach's effort, decision 1321)
        return True
    if (
        item.language == "zh"
        and q.unit in word_set("kr_event_units", "zh")
        and verb is not None
        and verb.cls not in _NO_TASK
        and verb.start < q.start
    ):
        return False  # "完成5轮留存驱动因素分析": rounds of work, whatever they are about
    if (
        verb is not None
        and verb.cls == "launch"
        and verb.position == "lead"
        and _LAUNCH_SCOPE.fullmatch(text, verb.end, q.start)
    ):
        # "Migrate 40 clients to cloud mail by Sept 30": the things the migration or the
        # rollout touches, its scope, not a result (decision 1322; "Migrate the remaining 38
        # services" in this function's doc)
        return False
    if verbless and item.language == "en" and _group_works_with(item, q):
        return True  # "10 product teams ship features on the shared library" (decision 2341)
    if item.language == "en" and verb is not None and _document_size(item, q):
        return False  # "Build a list of 500 target accounts": a document's size (5344)
    noun = _counted(item, q)
    decided = verb is not None and verb.cls == "decide" and verb.end <= q.start
    if noun is not None and _counts_outcomes(item, noun) and not decided:
        return True  # but "确定2到3名候选人" counts what a decision picks (decision 194)
    # Without a verb, a count measures unless it counts deliverables or efforts: "3 F500
    # logos", "团队核心骨干保留率100%".
    return verbless and not (
        noun is not None
        and (_is_term(item, noun, "kr_deliverables") or _is_term(item, noun, "kr_activity_nouns"))
    )


# A count and its measure word right before a duration (decision 5374): "3个|24小时城市书房".
_ZH_COUNTED_BEFORE_DURATION = re.compile(
    r"(?:\d{1,4}|[一二两三四五六七八九十百]{1,3})\s?[个家台座间处所套辆]\s?$"
)


# The thing of the team's the group works with, after its work: "… on the shared library".
_EN_WITH_THING = re.compile(r"\s(?:on|with|using|through|via|in)\s(?:the|our|a|an)\s")
# The words right after a count, each with where it ends.
_EN_WORD = re.compile(r"\s([a-z][a-z-]*)")


def _group_works_with(item: Item, q: Quantity) -> bool:
    """Groups counted that do their own work with something of the team's — "10 product teams
    ship features on the shared component library", "6 clinics book patients through the new
    scheduler": the count is of groups that adopted it (decision 8), a result, whatever they
    make with it; the thing they make ("features") is not the team's deliverable (decision
    2341). The group (up to two words after the count, then a plural of
    rules/data/en/kr_adopting_groups.txt), its verb one of the lexicon in its plain present
    form, and the team's thing after a preposition and an article in the same clause."""
    _cs, ce = clause_of(item, q.start)
    found: list[tuple[str, int]] = []
    pos = q.end
    while len(found) < 4:
        m = _EN_WORD.match(item.folded, pos, ce)
        if m is None:
            break
        found.append((m.group(1), m.end()))
        pos = m.end()
    groups = words("kr_adopting_groups", "en")
    for i in range(min(3, len(found) - 1)):
        pair = f"{found[i - 1][0]} {found[i][0]}" if i else ""
        if found[i][0] not in groups and pair not in groups:
            continue
        v, end = found[i + 1]
        if v.endswith(("ed", "ing")) or en_verb_class(v) is None:
            return False
        return _EN_WITH_THING.search(item.folded, end, ce) is not None
    return False


# Decisions 2120-2121: a share of one piece of the team's own work is how far the work is.
_EN_PCT_OF = re.compile(r"\s?of\s(?:(?:the|our|my|this|all|remaining)\s)*")
# Where the object of "Complete 80% of …" ends: a date, a place, a source, a bracket.
_EN_OBJECT_END = re.compile(
    r"\s(?:by|before|in|within|on|for|from|across|at|with|without|during|per|each|and|to)\b|[(,;:]"
)
# A standard each piece of the work meets makes the share a level reached ("Process 98% of
# refunds within 3 days", "Ship 90% of commitments on time", decisions 326, 334).
_EN_STANDARD_TAIL = re.compile(
    r"\b(?:within|on time|on schedule|on first|first[- ]time|first contact|correctly|without|"
    r"same[- ]day|in under|in less than|ahead of|or (?:better|more|higher))\b"
)
# "100% completion of the …", "90% done on the …": the share, then what it is the progress of.
_EN_PCT_DONE_OF = re.compile(
    r"\s(?:completion|complete|completed|done)\s(?:of|on|for)\s(?:the|our|my|this)\s"
)
# The first preposition after the work's head in a subject ("Migration| to AWS").
_EN_HEAD_BEFORE_PREP = re.compile(r"\s(?:to|of|onto|into|from|for)\s")
_ZH_PCT_OF = re.compile(r"\s?的?\s?")
_ZH_DONE_BEFORE = re.compile(r"完成\s?$")
_ZH_DONE_AFTER = re.compile(r"\s?完成")
# Where the object after "完成80%的…" ends: a date, a clause, a bracket.
_ZH_OBJECT_END = re.compile(r"[，,；;。（(]|[前内]|以前|之前")
# A target met in full ("100%完成年度销售目标", "完成季度业绩指标的120%") is the target reached.
_ZH_TARGET_WORDS = re.compile(r"目标|指标|业绩|任务量|kpi|销售|营收|收入|回款|利润|预算")


# A bracket that only gives the target of what the wording already says of every one.
_TARGET_BRACKET_BEFORE = re.compile(r"[(（]\s?(?:(?:target|goal|目标)\s?[:：]?\s?)?$")
_BRACKET_CLOSE_AFTER = re.compile(r"\s?[)）]")
_EN_UNIVERSAL = re.compile(r"\b(?:every|each|all)\b")
_ZH_UNIVERSAL = re.compile(r"每[个位家名次条]|所有|全部|全员|均|都")


def _universal_restated(item: Item, q: Quantity) -> bool:
    """A bracketed "(target: 100%)" after a wording that already says every one ("Hold a
    postmortem for every sev-1 (target: 100%)", "Call every new customer in week one (target
    100%)"): the bracket restates the universal as a number — the share of every one, read as
    the wording is (a contact rate, a state of every one, a to-do), not a new level (decision
    2131). Only 100%: a smaller share changes what is asked."""
    if q.value != 100 or not _BRACKET_CLOSE_AFTER.match(item.folded, q.end):
        return False
    before = _TARGET_BRACKET_BEFORE.search(item.folded, max(0, q.start - 12), q.start)
    if before is None:
        return False
    pattern = _ZH_UNIVERSAL if item.language == "zh" else _EN_UNIVERSAL
    return pattern.search(item.folded, item.core_span[0], before.start()) is not None


def _ends_in_work(item: Item, start: int, end: int, rest: int = 0) -> bool:
    """The span's last noun is a piece of work or a deliverable ("the Q3 roadmap", "历史工单数据迁移")
    and no outcome noun (customers, revenue) is in it, nor up to `rest` ("… checklist by new
    customers": theirs)."""
    rest = max(rest, end)
    while end > start and item.folded[end - 1] in " .。":
        end -= 1
    if end <= start:
        return False
    if any(start <= t[0] and t[1] <= rest for t in terms(item, "kr_outcome_nouns")):
        return False
    found = terms(item, "kr_pieces_of_work") + terms(item, "kr_deliverables")
    if any(t[1] == end and t[0] >= start for t in found):
        return True
    return item.language == "zh" and _zh_work_word_ends(item, start, end)


def _zh_work_word_ends(item: Item, start: int, end: int) -> bool:
    """The span's last word, after some other wording, is one jieba tags a verb or a verbal noun
    and no verb that moves, reaches or wins ("全员绩效面谈", "全员安全谈话"): work named by its part of
    speech, not a list (decision 5364)."""
    words_in = [
        t for t in item.facts.tokens if start <= t.start and t.end <= end and t.text.strip()
    ]
    if len(words_in) < 2 or words_in[-1].end != end or words_in[-1].pos not in ("v", "vn"):
        return False
    last = words_in[-1].text
    return len(last) >= 2 and verb_classes("zh").get(last) not in _ZH_NOT_REWORK


# Verbs that thin out the team's own stock (decision 2504): what they remove is the work's scope,
# counted ("Weed 2,000 outdated items", decisions 392-393, 1824) or as a share.
_THINS_STOCK = frozenset(
    {
        "weed",
        "cull",
        "prune",
        "purge",
        "discard",
        "throw out",
        "clear out",
        "declutter",
        "deaccession",
    }
)
_EN_PCT_OF_STOCK = re.compile(r"\s?of\s(?:the\s|our\s|my\s|all\s)?[a-z]")


def _share_thinned(item: Item, q: Quantity) -> bool:
    """A share of the team's own stock that a thinning verb right before it removes: "Weed 10%
    of outdated non-fiction", "Cull 15% of slow-moving SKUs", "Purge 25% of stale records" say
    how much of the chore is done, the scope of a task, as a count after the same verb does
    (decision 2504). A population moved to a new state keeps decision 3 ("Migrate 60% of
    pipelines to Dagster"); a measure of the stock keeps its level ("Stale records below 5%")."""
    verb = item.facts.shape.verb
    if item.language != "en" or verb is None or verb.position != "lead":
        return False
    if verb.word not in _THINS_STOCK or item.folded[verb.end : q.start].strip():
        return False
    return _EN_PCT_OF_STOCK.match(item.folded, q.end) is not None


# Verbs that keep things from going to waste, and the units of weight or volume they are
# weighed in (decision 2508).
_SAVES_FROM_WASTE = frozenset(
    {"rescue", "divert", "salvage", "recover", "redistribute", "reclaim", "recycle", "repurpose"}
)
_WEIGHED = re.compile(
    r"\s?(?:tonnes|tons|t|kg|kilos|kilograms|lbs?|pounds|litres|liters|gallons|m3|cubic metres)\b"
)


def _weight_saved(item: Item, q: Quantity) -> bool:
    """A weight or a volume right after a verb that keeps things from waste: "Rescue 400 tonnes
    of surplus food", "Divert 500 tonnes of waste from landfill", "Recover 12,000 litres of
    cooking oil" weigh what the work saves, the outcome a food-rescue charity or a recycling
    drive is for, as "Plant 1,200 street trees" counts what a parks team achieves (decision
    2508). Things counted one by one keep their reading ("Rescue 40 dogs" serves animals,
    decision 1579; "Redistribute 200 crates" counts the work)."""
    verb = item.facts.shape.verb
    if verb is None or verb.position != "lead" or verb.word not in _SAVES_FROM_WASTE:
        return False
    if item.folded[verb.end : q.start].strip():
        return False
    return _WEIGHED.match(item.folded, q.end) is not None


def _progress_of_work(item: Item, q: Quantity) -> bool:
    """A percentage of one piece of the team's own work — "Complete 80% of the remediation
    plan", "Deliver 90% of the Q3 roadmap", "ERP rollout 100% complete by June", "完成90%的历史
    工单数据迁移", "100%完成年度培训计划", "现场定置定位 100% 完成" — says how far the work gets, the
    task done by a share, not a level anything reaches (decisions 2120, 2121). A population
    in a new state keeps decision 3 ("Migrate 100% of core screens to the new library",
    "完成80%门店的系统部署": screens and stores counted); a standard each piece meets keeps its
    level ("Process 98% of refunds within 3 days"); a target met keeps its ("100%完成销售目标")."""
    verb = item.facts.shape.verb
    text = item.folded
    cs, ce = clause_of(item, q.start)
    if item.language == "en":
        if _EN_STANDARD_TAIL.search(text, q.end, ce):
            return False
        done_of = _EN_PCT_DONE_OF.match(text, q.end, ce)
        if done_of is not None and (verb is None or verb.cls in ("reach", "complete")):
            # "Achieve 100% completion of the data migration", "90% done on the Q3 roadmap"
            stop = _EN_OBJECT_END.search(text, done_of.end(), ce)
            return _ends_in_work(item, done_of.end(), stop.start() if stop else ce, ce)
        if verb is None or verb.cls != "complete":
            return False
        if verb.position == "lead" and not text[verb.end : q.start].strip():
            of = _EN_PCT_OF.match(text, q.end)
            if of is None or of.end() == q.end:
                return False
            stop = _EN_OBJECT_END.search(text, of.end(), ce)
            return _ends_in_work(item, of.end(), stop.start() if stop else ce, ce)
        if verb.position == "predicate" and not text[q.end : verb.start].strip():
            # "ERP rollout 100% complete by June": the work named first, then how far it is;
            # "Migration to AWS 100% complete": its head before what it is of or to
            start = max(cs, item.facts.shape.lead)
            head = _EN_HEAD_BEFORE_PREP.search(text, start, q.start)
            return _ends_in_work(item, start, head.start() if head else q.start)
        return False
    if verb is not None and verb.cls not in ("act", "launch", "complete"):
        return False
    done_after = _ZH_DONE_AFTER.match(text, q.end)
    if _ZH_DONE_BEFORE.search(text, max(cs, q.start - 4), q.start):
        obj = _ZH_PCT_OF.match(text, q.end).end()  # "完成90%的历史工单数据迁移"
    elif done_after is not None:
        obj = done_after.end()  # "100%完成年度培训计划"
    else:
        return False
    stop = _ZH_OBJECT_END.search(text, obj, ce)
    end = stop.start() if stop else ce
    if obj >= end - 1 and done_after is not None:
        # "现场定置定位 100% 完成": nothing after the verb, the work is named before the share
        obj, end = max(cs, item.core_span[0]), q.start
    segment = text[obj:end]
    if "的" in segment or _ZH_TARGET_WORDS.search(segment):
        return False  # "完成100%门店的系统部署": stores counted (decision 3); a target met
    return _ends_in_work(item, obj, end)


# The words between a count and its verb: at most three, the last the people counted.
_EN_SUBJECT_WORDS = re.compile(r"\s(?:[a-z][a-z-]*\s){0,2}([a-z][a-z-]*)\s$")


def _people_served_act(item: Item, q: Quantity) -> bool:
    """The people a team serves, counted as the subject of what they do: "300 young people
    complete the 10-week mentoring programme", "25 pupils finish the summer reading
    challenge", "12 patients complete the rehab programme" — the people reached and what they
    did, as "30 beta users complete the tutorial" is (decision 1586), not the team's work.
    People the team employs are not served ("3 engineers complete the migration")."""
    verb = item.facts.shape.verb
    if verb is None or verb.position != "predicate" or verb.cls == "hire":
        return False
    if not q.end <= verb.start <= q.end + 40:
        return False
    m = _EN_SUBJECT_WORDS.fullmatch(item.folded, q.end, verb.start)
    return m is not None and m.group(1) in word_set("people_served", "en")


# "Help 300 families move …", "Enable 50 growers to sell …": a verb that helps, the people it
# helps counted (up to two words before their noun), then what they do (decision 3740).
_HELPED_WORDS = re.compile(r"\s([a-z][a-z-]*)")
_HELPING_VERBS = frozenset({"help", "helps", "enable", "empower", "support", "assist"})


@cache
def _helped_people() -> frozenset[str]:
    """Outside people, and the plural people nouns of objectives, less staff and volunteers
    (who give the team's work, not receive it)."""
    staff = {*words("kr_staff_nouns", "en"), "volunteers"}
    return (
        _outside_people() | frozenset(w for w in words("objective_people", "en") if w.endswith("s"))
    ) - staff


def _people_helped_to_act(item: Item, q: Quantity) -> bool:
    """People served, counted after a verb that helps them, then what they do or reach: "Help
    300 families move into stable housing", "Help 40 graduates land their first job", "Enable
    50 growers to sell online" — the people reached and the state they reach are the result, as
    "40 students complete the course" is (decision 2126). The team's own staff helped along
    ("Help 3 engineers finish the migration") and help with no act of theirs ("Help 5 teams
    with the move") stay the work, as does an activity they do with the team's help ("Help 20
    students write their college essays": lead ruling 1792)."""
    rest = _helped_then(item, q)
    return (
        rest is not None
        and (en_verb_class(rest[0]) is not None or rest[0] in _ESCAPES)
        and not rest[0].endswith(("ed", "ing"))
        and not _helped_activity(rest)
    )


def _people_helped_with_activity(item: Item) -> bool:
    """A count of people served after a helping verb, then an activity they do with the team's
    help, not what they achieve: "Help 20 students write their college essays", "Help 50
    residents attend the budget meetings", "Help 40 members use the new app" — the team's
    effort, work (lead ruling 1792, narrowing decision 3740)."""
    if item.language == "zh":
        return _zh_helped_then(item) == "activity"
    return item.language == "en" and any(
        (rest := _helped_then(item, q)) is not None and _helped_activity(rest) for q in counts(item)
    )


# Chinese: a helping verb, the count of people right after it (名, 位, 户, 人, 家 …), up to six
# characters of who they are, then what they do (lead ruling 1792) or the job they find (3740).
_ZH_HELPING = ("帮助", "协助", "支持", "赋能", "帮")
# Teaching the people, uncounted, to do the activity ("培训夜班使用扫码复核", "教会店员使用新收银系统"):
# the training is the work, as "Train the night shift on the scanner recheck" is (decision 6399);
# counted ("培训40名员工使用新系统") the other readers keep their task reading.
_ZH_TEACHING = ("培训", "教会", "带教", "辅导", "指导")
_ZH_HELPED_UNITS = frozenset({"名", "位", "户", "人", "家"})
# Who is helped when no count comes first: up to eight characters of a name, no figure, no
# clause break, not the help centre or help pages themselves ("帮助中心", "帮助文档": decision 4560).
_ZH_ACTIVITY_MEASURED = ("率", "度", "量", "数", "时长", "人数", "次数")
_ZH_HELPED_UNCOUNTED = re.compile(r"(?!中心|文档|页面)[\u4e00-\u9fffA-Za-z]{2,8}?")
_ZH_JOB_FOUND = re.compile(r"(?:找到|谋得|获得)(?:稳定的?|全职|正式)?(?:工作|岗位|住房|住处|实习)")


def _zh_helped_then(item: Item) -> str | None:
    """ "activity" where the people a leading helping verb counts then do an activity with the
    team's help ("帮助40名会员使用新的预约小程序", "帮助50位居民参加社区议事会": lead ruling 1792),
    "reached" where they find a job or a home ("帮助30名求职者找到工作": decision 3740), else None."""
    lead = max(item.facts.shape.lead, item.core_span[0])
    helping = next((w for w in _ZH_HELPING if item.folded.startswith(w, lead)), None)
    if helping is None:
        teaching = next((w for w in _ZH_TEACHING if item.folded.startswith(w, lead)), None)
        if teaching is None:
            return None  # (the verb as read may be the one after the people: "…找到工作")
        acts = words("kr_helped_activities", "zh")
        return _zh_uncounted_helped_activity(item, lead + len(teaching), acts)
    text, end = item.folded, item.core_span[1]
    acts = words("kr_helped_activities", "zh")
    q = next((q for q in counts(item) if q.start == lead + len(helping)), None)
    if q is None:
        return _zh_uncounted_helped_activity(item, lead + len(helping), acts)
    if q.unit not in _ZH_HELPED_UNITS:
        return None
    for at in range(q.end, min(q.end + 7, end)):
        if _ZH_JOB_FOUND.match(text, at, end):
            return "reached"
        if any(text.startswith(a, at) for a in acts):
            return "activity"
    return None


def _zh_uncounted_helped_activity(item: Item, start: int, acts: frozenset[str]) -> str | None:
    """ "activity" where a leading helping verb names people without a count, then an activity
    they do with the team's help, and no figure anywhere ("赋能一线销售使用新工具", "协助门店店员学习
    使用新收银系统": the English twin "Help frontline sales use the new CRM" is work, as lead ruling
    1792 reads the counted shape; decision 4560). A figure makes it a measure of something else
    ("帮助中心使用率从20%提升到40%"), so the shape is left to the other readers."""
    if item.facts.quantities:
        return None
    text, end = item.folded, item.core_span[1]
    for at in range(start + 2, min(start + 9, end)):
        act = next((a for a in acts if text.startswith(a, at)), None)
        if act is not None:
            if text.startswith(_ZH_ACTIVITY_MEASURED, at + len(act)):
                return None  # "帮助团队参与度提升": a measure of the activity, not the activity
            if _ZH_HELPED_UNCOUNTED.fullmatch(text, start, at):
                return "activity"
            return None
    return None


def _helped_then(item: Item, q: Quantity) -> list[str] | None:
    """The words after the people a leading helping verb helps, counted by `q` ("Help 300
    families move into …" -> ["move", "into", …]; "to" after them dropped), or None where the
    shape is not a helping verb, a count and people served (decision 3740)."""
    verb = item.facts.shape.verb
    if q.kind != "count" or verb is None or verb.position != "lead":
        return None
    if verb.word not in _HELPING_VERBS or item.folded[verb.end : q.start].strip():
        return None
    pos, found = q.end, []
    for _ in range(5):
        m = _HELPED_WORDS.match(item.folded, pos, item.core_span[1])
        if m is None:
            break
        found.append(m.group(1))
        pos = m.end()
    for i, w in enumerate(found[:3]):
        if w in _helped_people() or _agents_served(w):
            rest = found[i + 1 :]
            if rest[:1] == ["to"]:
                rest = rest[1:]
            elif verb.word not in ("help", "helps"):
                return None  # "Support 20 families with …": "to" and a verb after support
            return rest or None
    return None


def _agents_served(word: str) -> bool:
    """A plural noun of people named by what they do ("job seekers", "renters", "claimants",
    "learners"), not the team's own staff: people a helping verb serves (decision 5351)."""
    return (
        word.endswith(_AGENT_ENDS)
        and word not in word_set("kr_staff_nouns", "en")
        and word != "volunteers"  # who give the team's work, not receive it (_helped_people)
    )


def _helped_activity(rest: list[str]) -> bool:
    """Whether the words after the people helped open with an activity they do with the
    team's help ("write their essays", "attend the meetings", "take part in …": lead ruling
    1792), not what they achieve or a state they reach ("avoid eviction", "find a job")."""
    said = " ".join(rest[:2])
    return any(said == w or said.startswith(w + " ") for w in words("kr_helped_activities", "en"))


# What people helped get away from, as their end state (decision 3815): "Help 200 tenants avoid
# eviction", "Help 60 families escape debt", "Help 25 farmers survive the dry season".
_ESCAPES = frozenset({"avoid", "escape", "survive", "overcome", "quit", "outlive", "weather"})


# Between a launch verb and the count it touches: at most "the (remaining)", "all", "our".
# After a work verb that follows its subject, the places or things it goes to or covers:
# "rolled out to 12 stores", "automated for the 6 main bank accounts" (decision 1825).
_WORK_REACH = re.compile(
    r"\s(?:to|for|on|in|across|at|into)\s(?:(?:the|all|our|another|remaining|first|last)\s)*$"
)


def _work_reaches(item: Item, q: Quantity) -> bool:
    """The count follows a predicate of work done to the thing named before it and a word of
    where it goes ("New POS rolled out to 12 stores", "Reconciliations automated for the 6
    main bank accounts"): the scope of a rollout, not customers or accounts won."""
    verb = item.facts.shape.verb
    if (
        verb is None
        or verb.position != "predicate"
        or verb.cls not in ("act", "launch", "complete")
    ):
        return False
    if not verb.end <= q.start <= verb.end + 40:
        return False
    gap = item.folded[verb.end : q.start]
    return _WORK_REACH.fullmatch(" " + gap.lstrip()) is not None


# "with 10 members", "with at least 8 parents": the count a body is formed with.
_FORMED_WITH = re.compile(r"\s(with|of)\s(?:(?:at least|over|more than|up to|about|around)\s)?$")


def _body_formed(item: Item, q: Quantity) -> bool:
    """A body the team forms (a council, a board, a committee: kr_bodies), launched, formed or
    set up "with N …": the count is its size, chosen by the team, so the work is the launch
    ("Parent advisory council launched with 10 members", "Form a customer advisory board with 8
    members"), not members won as a loyalty programme's are."""
    verb = item.facts.shape.verb
    if verb is None or verb.cls not in ("act", "launch", "complete"):
        return False
    formed = _FORMED_WITH.search(item.folded, max(0, q.start - 20), q.start)
    if formed is None:
        return False
    lead = item.facts.shape.lead
    bodies = [t for t in terms(item, "kr_bodies") if lead <= t[0] and t[1] <= q.start]
    if formed.group(1) == "of":
        # "Stand up a customer advisory board of 8 members": "of" right after the body gives
        # its size as "with" does (decision 2023)
        return any(t[1] == formed.start() for t in bodies)
    return bool(bodies)


_LAUNCH_SCOPE = re.compile(r"\s?(?:(?:the|all|our|another|remaining|last|first|out|over)\s)*")
# The team leading or going along with the people before their verb (decision 1321).
_ZH_LED = re.compile(r"(?:带|陪|领|带着|陪着|领着|组织|帮)$")
# The people after 向, 给 or 为 are those an effort goes to, not a subject acting (decision 5542):
# "每周向老客户推送一条新品消息", "每月给会员寄一次新品小样"; not 成为, 作为, 因为 ("成为付费会员的用户").
_ZH_TOWARD_THEM = re.compile(r"(?:向|给|(?<![成作认因行])为)[^，,；;。向给为\d]{0,6}$")


# The two ends of a scale in brackets ("(0–1)", "(1-5)"): what a score can take, not a target.
_SCALE_BOUNDS = re.compile(r"\(\s?\d+(?:\.\d+)?\s?[-–—~]\s?\d+(?:\.\d+)?\s?\)")
_TIME_WORD_AFTER = re.compile(r"\s?(?:days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?)\b")


# A tool used more, with no amount: a change in how much it is used, said vaguely.
_USED_MORE = re.compile(r"\b(?:more|less|more often|less often|better|more consistently)\s*$")
_USE_LEAD = re.compile(r"use\s")


def _used_more(item: Item, lead: int, end: int) -> bool:
    """ "Use CAT tools more", "Use the CRM more often": a tool used more, with no amount, is a
    vague change in its use (decision 47), not work to do (decision 446)."""
    return (
        item.language == "en"
        and _USE_LEAD.match(item.folded, lead) is not None
        and _USED_MORE.search(item.folded, lead, end) is not None
    )


# A version a system is moved to: "Upgrade Kafka to 3.7", "Bump Node to v20.11".
_UPGRADE_VERBS = frozenset({"upgrade", "update", "bump", "patch", "migrate"})
_TO_VERSION_BEFORE = re.compile(r"\bto\s?v?$")
_VERSION = re.compile(r"(?<![\dv])(?:v?\d+\.\d+(?:\.\d+)*|v\d+)")


def _version_after_upgrade(item: Item, q: Quantity) -> bool:
    """A dotted figure (or "v20") right after "to", in a key result led by an upgrade verb, is
    the version the system goes to (decision 399: a version number is no target)."""
    verb = item.facts.shape.verb
    if (
        verb is None
        or verb.position != "lead"
        or not any(_en_lemma_is(verb, v) for v in _UPGRADE_VERBS)
    ):
        return False
    text = item.folded
    if not _VERSION.fullmatch(text[q.start : q.end]) or text.startswith("%", q.end):
        return False
    return _TO_VERSION_BEFORE.search(text, max(0, q.start - 5), q.start) is not None


# A version moved to the next (decision 3720): "v2 → v3", "v1.4 -> v2.0" (a "v" on both sides),
# or plain figures right after a label naming the version ("版本：16 → 20", "version 1.27 → 1.30").
# Not a measure beside a version's name ("v2 版本的崩溃率：2% → 0.5%", "新版本采用率：30% → 60%").
_VERSION_ARROW = r"\s?(?:→|->|=>|⇒|到|至)\s?"
# Things counted after the second figure ("发布版本 3 到 5 个") are a count, not a version.
_VERSION_END = r"(?![\w.%]|\s?[个次项周天月年人家条场])"
_V_TO_V = re.compile(
    r"(?<![\w.])v\d+(?:\.\d+)*" + _VERSION_ARROW + r"v\d+(?:\.\d+)*" + _VERSION_END
)
_NAMED_VERSION_MOVE = re.compile(
    r"(?:版本|\bversion)\s?[:：]?\s?v?\d+(?:\.\d+)*"
    + _VERSION_ARROW
    + r"v?\d+(?:\.\d+)*"
    + _VERSION_END
)


def _version_move(item: Item, start: int, end: int) -> bool:
    """The key result moves a system from one version to the next (decision 3720)."""
    text = item.folded
    return (
        _V_TO_V.search(text, start, end) is not None
        or _NAMED_VERSION_MOVE.search(text, start, end) is not None
    )


# A Chinese version a system goes to: "升级至1.30版本", "升级到 v3.2", "更新到2.0版" (decision 2351).
_ZH_TO_VERSION_BEFORE = re.compile(r"(?:升级|更新|升)(?:至|到)\s?v?$")
_ZH_VERSION_AFTER = re.compile(r"\s?版")


def _zh_version(item: Item, q: Quantity) -> bool:
    """A dotted figure after 升级至/升级到 or before 版本 is the version a system goes to, no
    target (decisions 2, 399; decision 2351)."""
    text = item.folded
    if not _VERSION.fullmatch(text[q.start : q.end]):
        return False
    return (
        _ZH_TO_VERSION_BEFORE.search(text, max(0, q.start - 4), q.start) is not None
        or _ZH_VERSION_AFTER.match(text, q.end) is not None
    )


def _time_spent(item: Item, q: Quantity) -> bool:
    """An English length of time after a personal to-do verb in its clause ("Practice Mandarin
    for at least one month", "Study for 2 hours a day"): the time put in is an effort, not a
    result (decision 257; PRINCIPLES.md: personal to-dos)."""
    verb = item.facts.shape.verb
    if item.language != "en" or verb is None or verb.cls != "learn" or q.start < verb.end:
        return False
    if q.start >= clause_of(item, verb.start)[1]:
        return False
    return q.kind == "duration" or (
        q.kind == "count" and _TIME_WORD_AFTER.match(item.folded, q.end) is not None
    )


# Verb classes that name work to do: the things counted in their object are the work's scope.
_WORK_CLASSES = frozenset({"act", "launch", "complete", "decide", "contact"})
# ... and the work a partnering does, learning too: "Partner with X to learn Y" (decision 4408)
_PARTNERED_WORK = _WORK_CLASSES | {"learn"}
_TIMES_AFTER = re.compile(r"\s?(?:times|x)\b")


def _threshold_of_scope(item: Item, q: Quantity) -> bool:
    """An English figure that picks which things a work verb touches: "Stop all campaigns with
    ROAS below 1.5", "Pause every ad set with a CPA above $80" (decision 339). The work is the
    task; the figure is no target. Not without a leading work verb ("All warehouses with
    accuracy above 99%" states a level)."""
    verb = item.facts.shape.verb
    if item.language != "en" or verb is None or verb.position != "lead":
        return False
    lo = max(verb.end, q.start - 60)
    if verb.word in _REFUSE_VERBS and _CLASS_WITH_THRESHOLD.search(item.folded, lo, q.start):
        # "Stop taking projects under $5k", "Refuse jobs below $2,000": a class of work turned
        # away, picked by the figure, with no "all" before it (decision 2413)
        return True
    if verb.cls not in _WORK_CLASSES:
        return False
    return (
        _ALL_WITH_THRESHOLD.search(item.folded, lo, q.start) is not None
        or _ALL_IN_BAND.search(item.folded, lo, q.start) is not None
    )


# A floor right before a count (decision 3460): "at least 10", "a minimum of 20".
_FLOOR_BEFORE = re.compile(r"(?:^|\s)(?:at least|a minimum of|no fewer than|not less than)\s$")


def _todo_floor(item: Item, q: Quantity) -> bool:
    """A count behind a floor in the object of a personal to-do or habit verb that leads the key
    result (verb class "learn": read, watch, listen, practise, meditate, cook …): "Read at least
    10 novels this year", "Listen to at least 12 audiobooks", "Meditate at least 5 times a week"
    count the effort as "Read 10 novels" does (decisions 6, 1108); the floor says at least how
    much is done, no level of a measure reached (decision 3460)."""
    verb = item.facts.shape.verb
    if verb is None or verb.position != "lead" or verb.cls != "learn" or q.kind != "count":
        return False
    if is_article(item, q) or not verb.end <= q.start:
        return False
    _cs, ce = clause_of(item, verb.start)
    if q.start >= ce:
        return False
    gap = item.folded[verb.end : q.start]
    if len(gap.split()) > 5 or any(c in gap for c in ",;:"):
        return False  # the count is not the verb's object
    return _FLOOR_BEFORE.search(gap) is not None


# Who asked for the things the work makes, then how many, right before the count (3462).
_DEMAND_BY = re.compile(
    r"\b(?:requested|asked for|voted for|upvoted)\s+by\s+"
    r"(?:(?:at least|over|more than|a minimum of)\s+|[≥>]=?\s?)?$"
)


def _demand_picks(item: Item, q: Quantity) -> bool:
    """A count of those who asked for the things a work verb makes or ships: "Ship 2 enterprise
    features requested by ≥3 customers each", "Launch 4 templates asked for by 5+ clients" pick
    which things the work takes on (a common priority rule, "requested by 3+ customers"), no
    customers won nor use measured (decision 3462). "… used by 40% of accounts", "… adopted by
    5+ clients" stay what others do with them (decisions 8, 25)."""
    verb = item.facts.shape.verb
    if verb is None or verb.position != "lead" or verb.cls not in ("launch", "act", "complete"):
        return False
    return bool(_DEMAND_BY.search(item.folded, max(verb.end, q.start - 40), q.start))


def _scope_of_work(item: Item, q: Quantity) -> bool:
    """An English count in the object of the work verb that leads the KR, a floor or a ceiling
    before it or not: how much the task touches, not a change it brings ("Validate at least
    500 entries", "Export at least one correction file", "send 1+ release through all stages";
    decision 200, PRINCIPLES.md: "Migrate the remaining 38 services" measures nothing). Not
    when it counts outcomes ("Add 25 qualified opportunities to the pipeline")."""
    verb = item.facts.shape.verb
    if item.language == "zh":
        return (
            _zh_places_worked_in(item, q)
            or _zh_floor_on_effort(item, q)
            or _zh_contents_of_deliverable(item, q)
        )
    if (
        verb is None
        or verb.position not in ("lead", "predicate")
        or verb.cls not in _WORK_CLASSES
        or is_article(item, q)
    ):
        return False
    if verb.position == "predicate" and any(
        t[1] <= verb.start for t in terms(item, "kr_outcome_nouns")
    ):
        return False  # "Customers place at least 3 orders": what the people served do
    _cs, ce = clause_of(item, verb.start)
    if not verb.end <= q.start < ce:
        return False
    gap = item.folded[verb.end : q.start]
    # "Delivery of the mobile SDK to 4 partners": a noun of the act reaches its object through
    # "of", one word more than "Deliver the mobile SDK to 4 partners" (decision 2023)
    nominal = verb.position == "lead" and gap.startswith(" of ")
    if len(gap.split()) > 4 + nominal or any(c in gap for c in ",;:"):
        return False  # the count is not the verb's object
    if _TIMES_AFTER.match(item.folded, q.end) or _PER_PERIOD_AFTER.match(item.folded, q.end):
        return False  # "Deploy to production at least 3 times per week": a frequency
    noun = _counted(item, q)
    if noun is not None and verb.word in word_set("kr_cleanup_verbs", "en"):
        return True  # "Clean up 2,000 duplicate accounts": accounts cleared, none won (1824)
    if verb.position == "lead" and _deliverable_covers(item, verb.end, q):
        return True  # "Create a win/loss report covering 50 closed deals" (decision 4546)
    return noun is not None and not _counts_outcomes(item, noun)


# Decision 4547: before a count that picks part of an earlier one ("…, with at least two to …").
_EN_SUBSET_BEFORE = re.compile(
    r"(?:,\s*|\s)(?:with\s|including\s|of which\s)?(?:at least\s|at most\s|no fewer than\s|"
    r"more than\s|over\s|up to\s)?$"
)
# After it: "of them", then a preposition that says which part, no noun of its own.
_EN_SUBSET_AFTER = re.compile(r"\s(?:of them\s)?(?:to|from|in|for|at|with|on|by)\s")


def _subset_of_count(item: Item, q: Quantity) -> bool:
    """A count after an earlier count in the same wording, with only a preposition after it
    ("Submission of 6 grant applications by June, with at least two to national funders", "…,
    at least two of them to national funders"): how many of the first go where, a part of it,
    not a measure of its own (decision 4547)."""
    earlier = [p for p in item.facts.quantities if p.end <= q.start and p.kind == "count"]
    if not earlier or not any(p.is_target for p in earlier):
        return False
    text = item.folded
    if not _EN_SUBSET_BEFORE.search(text, max(0, q.start - 30), q.start):
        return False
    if not re.search(r",|\bwith\b|\bincluding\b|\bof which\b", text[earlier[-1].end : q.start]):
        return False
    return _EN_SUBSET_AFTER.match(text, q.end) is not None


# Decision 4546: between a deliverable and the count it covers.
_EN_COVERS = re.compile(
    r"\s(?:covering|of|across|on|for|about|reviewing|analysing|analyzing|summarising|"
    r"summarizing)\s(?:(?:the|our|all|at least|more than|over)\s)?$"
)


def _deliverable_covers(item: Item, after_verb: int, q: Quantity) -> bool:
    """A deliverable or an effort the work verb makes, then what it covers, counted ("Create a
    win/loss report covering 50 closed deals", "Write a churn analysis of 40 lost customers",
    "Build a dashboard for 500 users"): the deliverable's scope, however outcome-like the things
    counted are, not deals won or customers kept (decision 4546)."""
    text = item.folded
    for name in ("kr_deliverables", "kr_activity_nouns"):
        for t in terms(item, name):
            if after_verb <= t[0] and t[1] <= q.start and _EN_COVERS.match(text, t[1], q.start):
                return True
    # "Write a churn analysis of 40 lost customers": a noun of discovery or checking work (the
    # heads of decision 4410) covers the count as a deliverable does (decision 4666)
    return any(
        _EN_COVERS.match(text, m.end(), q.start)
        for m in _EN_DISCOVERY_NOUN.finditer(text, after_verb, q.start)
    )


# The heads of `_EN_DISCOVERY_HEAD` on their own (decision 4666).
_EN_DISCOVERY_NOUN = re.compile(
    r"\b(?:analys[ie]s|assessments?|audits?|evaluations?|appraisals?|feasibility stud(?:y|ies)|"
    r"deep[- ]dives?|teardowns?|post-?mortems?|health[- ]checks?)\b"
)


# A floor between a verb of doing work and the count of efforts it does: "完成至少4个专业培训课程",
# "举办不少于3场分享会" count the efforts, as "完成4个培训" does (decision 928).
_ZH_EFFORT_FLOOR = re.compile(
    r"(?:完成|举办|组织|开展|参加|参与|召开|学完|上完|修完)\s?(?:至少|不少于|最少|起码)\s?$"
)


# The same floor after a verb that closes items of work ("解决了至少10个问题", "关闭至少50个工单"):
# the items closed are the team's throughput, as without the floor (decisions 1106, 2128).
# Not 修复: bugs and defects fixed are bad events removed (decision 7).
_ZH_WORK_ITEM_FLOOR = re.compile(
    r"(?:关闭|解决|处理|合并|回复|答复|受理|评审)了?\s?(?:至少|不少于|最少|起码)\s?$"
)


def _zh_floor_on_effort(item: Item, q: Quantity) -> bool:
    text = item.folded
    _cs, ce = clause_of(item, q.start)
    if _ZH_WORK_ITEM_FLOOR.search(text, max(0, q.start - 9), q.start):
        nouns = terms(item, "kr_activity_nouns") + terms(item, "kr_work_items")
        return any(q.end <= s and e <= ce for s, e, _w in nouns)
    if _zh_floor_on_output(item, q) or _zh_floor_after_output(item, q):
        return True
    if not _ZH_EFFORT_FLOOR.search(text, max(0, q.start - 8), q.start):
        return False
    return any(q.end <= s and e <= ce for s, e, _w in terms(item, "kr_activity_nouns"))


# Where a Chinese object closes: spaces and end punctuation.
_ZH_OBJECT_TAIL = re.compile(r"[\s。.!！]*")


def _zh_link_built(item: Item, verb: Verb) -> bool:
    """After 实现, an object headed by a link built between systems or parts ("实现父子组件之间的
    数据通讯", "实现前后端接口联调", "实现两套系统的单点登录"): development work to finish, as "实现
    会员积分功能" is, not a state reached ("实现盈利", "实现收支平衡" stay results) (decision 2261).
    The word heads the object only where it closes the clause, with no target in it."""
    _cs, ce = clause_of(item, verb.start)
    if any(q.is_target and verb.end <= q.start < ce for q in item.facts.quantities):
        return False
    return any(
        verb.end < t[0] and _ZH_OBJECT_TAIL.fullmatch(item.folded, t[1], ce)
        for t in terms(item, "kr_built_links")
    )


# A floor word and nothing else between a leading verb of work and its count (decision 2260).
_ZH_FLOOR_ONLY = re.compile(r"\s?(?:至少|不少于|最少|起码|最低)\s?")


def _zh_floor_on_output(item: Item, q: Quantity) -> bool:
    """A floor right after the leading verb of work that makes or finishes things ("完成至少3个
    不同场景的测试用例", "编写至少10篇面向开发者的技术博客", "输出不少于5份调研报告"): the things the
    work produces, counted as without the floor, whatever modifiers come between the count and
    the noun it counts; not when the counted noun is an outcome ("新增至少100个付费用户" is won,
    not made: its verb is not one of work) (decision 2260)."""
    verb = item.facts.shape.verb
    if (
        verb is None
        # "每名教师完成不少于6节公开课": each one of the team doing it is still the work (5548)
        or (
            verb.position != "lead"
            and not _zh_each_member_works(item, verb, max(item.facts.shape.lead, item.core_span[0]))
        )
        or verb.cls not in ("act", "complete")
        or not _ZH_FLOOR_ONLY.fullmatch(item.folded, verb.end, q.start)
    ):
        return False
    noun = _counted(item, q)
    return noun is not None and not _counts_outcomes(item, noun)


# The object named first, then the floor on its count: "推出新书至少6种" (decision 5947); not a
# second verb joined to the first ("推动并落地至少3项改善").
_ZH_OBJECT_THEN_FLOOR = re.compile(
    r"(?![并和及与])(?P<obj>[\u4e00-\u9fffA-Za-z]{1,10}?)\s?(?:至少|不少于|最少|起码)\s?"
)


def _zh_floor_after_output(item: Item, q: Quantity) -> bool:
    """The things a leading verb of making or launching produces, named before a floor on their
    count ("本季度推出新书至少6种", "出版教材不少于8本", "上线新功能不少于5个"): counted as
    "推出新书6种" is, the floor says at least how many are made, no level of a measure reached
    (decision 5947, decision 2260's shape with the count after its noun). Not when the object
    names outcomes ("新增付费用户至少100个")."""
    verb = item.facts.shape.verb
    if (
        verb is None
        or verb.position != "lead"
        or verb.cls not in ("act", "complete", "launch")
        or q.kind != "count"
    ):
        return False
    m = _ZH_OBJECT_THEN_FLOOR.fullmatch(item.folded, verb.end, q.start)
    if m is None:
        return False
    return not any(
        verb.end <= t[0] and t[1] <= m.end("obj") for t in terms(item, "kr_outcome_nouns")
    )


# What a deliverable holds, right before the count: "…路线图，包含至少 2 种备选方案".
_ZH_CONTENTS_BEFORE = re.compile(
    r"(?:包含|包括|含有|涵盖|内含|附带|列出)\s?(?:至少|不少于|最少|起码|不低于)?\s?$"
)


def _zh_contents_of_deliverable(item: Item, q: Quantity) -> bool:
    """A count of what the thing the leading verb of work makes holds ("输出 1 份路线图，包含至少 2
    种备选方案", "编写测试报告，包括不少于 3 个典型场景", "制定应急预案，涵盖 5 类故障"): the
    deliverable's contents, its scope, not a change it brings (decision 2640). Not when the
    counted noun is an outcome, nor after a verb that wins or moves a measure."""
    verb = item.facts.shape.verb
    if (
        verb is None
        or verb.position != "lead"
        or verb.cls not in ("act", "complete")
        or q.start <= verb.end
    ):
        return False
    cs, _ce = clause_of(item, q.start)
    if not _ZH_CONTENTS_BEFORE.search(item.folded, max(cs, q.start - 9), q.start):
        return False
    noun = _counted(item, q)
    return noun is None or not _counts_outcomes(item, noun)


# "在周边5所高校设立报名点": the count names where the work is done, after 在; after 为/给/帮/替,
# whom it is done for ("为80户独居老人安装烟感": decision 462).
_ZH_AT_BEFORE = re.compile(r"(?<![成作认])[在为给帮替][\u4e00-\u9fff]{0,4}$")


def _zh_places_worked_in(item: Item, q: Quantity) -> bool:
    """A Chinese count of places after 在, then a verb of work on something set up there ("在
    周边5所高校设立报名点", "在3个新小区设立招生咨询点"): how far the task reaches, not a result
    (decision 403; decision 200's English twin). Not when an outcome verb follows ("在5个城市
    签约经销商20家": 签约 wins)."""
    verb = item.facts.shape.verb
    if verb is None or verb.cls not in _WORK_CLASSES or verb.start < q.end:
        return False
    cs, _ce = clause_of(item, q.start)
    return bool(_ZH_AT_BEFORE.search(item.folded, cs, q.start)) and not any(
        p.is_target and p.start > verb.end for p in item.facts.quantities
    )


# A load a system carries: a capacity verb, at most a bound word, the count; then a load's name
# before the clause ends ("支持 10k 并发连接", "支撑5000 QPS", "承载 2000 个并发请求").
_ZH_CAPACITY_VERBS = frozenset({"支持", "支撑", "承载", "承受", "扛住", "撑住"})
_ZH_CAPACITY_GAP = re.compile(
    r"\s?(?:最高|最多|至少|峰值|不低于|超过|达到|≥|>=|日均|单日|每秒|每分钟)?\s?"
)
_ZH_CAPACITY_LOAD = re.compile(
    r"[^，,。；;、]{0,8}?(?:并发(?!布|表|出|送|放)|qps|tps|rps|同时在线|同时运行|同时接入|在线连接|长连接|连接数|峰值|吞吐)"
)


def _zh_capacity(item: Item, q: Quantity) -> bool:
    """A count of concurrent load a system carries, after a capacity verb ("单实例支持 10k 并发
    连接", "网关支撑 5000 QPS", "单机可承载 2000 个并发请求", "集群支持 20 万 TPS"): a level the
    system reaches, measured, not a feature built ("支持 5 种语言" stays one) (decision 2641)."""
    verb = item.facts.shape.verb
    if verb is None or verb.word not in _ZH_CAPACITY_VERBS or q.kind != "count":
        return False
    if not _ZH_CAPACITY_GAP.fullmatch(item.folded, verb.end, q.start):
        return False
    _cs, ce = clause_of(item, q.start)
    return _ZH_CAPACITY_LOAD.match(item.folded, q.end, ce) is not None


_EN_MEASURE_LINK = re.compile(r"([a-z]+)\s?(?:of|at|is|:|=|above|around)?\s?$")


# The lead verb, "and"/"or"/"&", one more word right before a count: "Scan and index 15,000".
_AND_ONE_WORD = re.compile(r"(?<!\s)\s++(?:and|or|&)\s++([a-z]++)\s++$")


def _second_verb_before(item: Item, q: Quantity) -> bool:
    """A second verb joined to the lead one right before the count ("Scan and index 15,000 case
    records", "Sort and score 300 entries"): the work's verb, not a measure's name (decision
    4208)."""
    verb = item.facts.shape.verb
    if verb is None or verb.position != "lead" or verb.end > q.start:
        return False
    m = _AND_ONE_WORD.fullmatch(item.folded, verb.end, q.start)
    return m is not None and en_verb_class(m.group(1)) is not None


def _en_measure_before(before: str) -> bool:
    """Whether a measure word ends the text before an English count ("score of ", "NPS ")."""
    m = _EN_MEASURE_LINK.search(before)
    return m is not None and m.group(1) in word_set("measure_words", "en")


def _measure_in_verb(item: Item, q: Quantity) -> bool:
    """Whether the measure's name before a count is the end of the lead verb made on it
    ("Right-size 40 EC2 instances", "Re-score 300 leads"): the work's verb, not a measure
    (decision 4540)."""
    verb = item.facts.shape.verb
    if verb is None:
        return False
    m = _EN_MEASURE_LINK.search(item.folded, max(0, q.start - 14), q.start)
    return m is not None and verb.start <= m.start(1) < verb.end


def _counted(item: Item, q: Quantity) -> tuple[int, int] | None:
    """The local span of the noun phrase a count counts (up to its clause's end, ≤ 24 chars)."""
    cs, ce = clause_of(item, q.start)
    verb = item.facts.shape.verb
    tail = max(ce, item.core_span[1])
    if item.language == "zh" and _ZH_CLOSING_NOTE.fullmatch(item.folded, q.end, tail):
        # "种草笔记1000篇（素人为主）": a note in brackets closing the wording is a remark on the
        # things counted, not what the count counts (decision 5368)
        tail = q.end
    if (
        item.language == "zh"
        and not _ZH_WORDS_AFTER.search(item.folded, q.end, tail)
        and (verb is None or verb.cls == "act")
    ):
        # "核销客户300人": a count with its measure word closing the clause counts the noun
        # before it, after the verb (decision 459); people contacted, trained or hired stay
        # the work's reach ("回访客户50人")
        start = verb.end if verb is not None and verb.end <= q.start else cs
        return (start, q.start) if start < q.start else None
    end = min(ce, q.end + 24)
    if end <= q.end:
        return None
    while end < ce and item.folded[end].isascii() and item.folded[end].isalnum():
        end += 1  # the word the limit cuts: "3 new medical-device clients" (decision 444)
    return q.end, end


_ZH_WORDS_AFTER = re.compile(r"[\u4e00-\u9fff]{2}|[A-Za-z]")
# A note in brackets, with no figure, closing the wording right after a count (decision 5368).
_ZH_CLOSING_NOTE = re.compile(r"\s?[(（][^()（）\d%]{1,30}[)）]\s?")


# A preposition inside a counted English noun phrase: what follows it is not the head.
_EN_PREP_IN_PHRASE = re.compile(r"\s(?:on|in|at|for|with|about|across|into|through|during)\s")


# A verb of sending, or 到 alone, after the pieces counted and before who gets them: "发客户群",
# "发给客户", "推送到会员群", "分享到客户群", "到客户群" (decision 3608). Not 发展, 发现, 发生 …
_ZH_SENT_TO = re.compile(
    r"(?:(?:发(?![展现生明起动行布放票货])|推送|转发|分享|群发|寄|送)(?:给|到|至|进|往)?|(?<![达做收])到)"
    r"(?=[一-鿿]{0,4}(?:客户|用户|会员|粉丝|群|读者|家长|学员))"
)


# A cadence closing a counted phrase, right before the count: "每季度", "每学期", "每半年" (6063).
_ZH_CADENCE_CLOSE = re.compile(
    r"每\s?[一二两三四半]?\s?(?:个)?(?:天|日|周|月|季度?|年|学期|班)\s?$"
)


def _counts_outcomes(item: Item, noun: tuple[int, int]) -> bool:
    """Whether the counted noun phrase is headed by an outcome (customers, 粉丝): an outcome
    word in it and, in English, no effort or deliverable right after it ("3 customer case
    studies" and "5 customer calls" count efforts)."""
    s, e = noun
    if item.language == "zh":
        # "写1篇市场点评发客户群", "写2篇行业分析发给客户": the pieces, then where they are sent;
        # the people after the sending verb receive them, no head of the count (decision 3608)
        sent = _ZH_SENT_TO.search(item.folded, s + 1, e)
        if sent is not None:
            e = sent.start()
    if item.language == "en":
        # "10 A/B tests on the signup flow", "12 meetings with enterprise customers": after a
        # preposition, the place or the people the counted things are about, not their head;
        # not "from"/"via"/"by": "25 reviews from active users" are theirs (decision 2125)
        prep = _EN_PREP_IN_PHRASE.search(item.folded, s, e)
        if prep is not None:
            e = prep.start()
    outcome = [t for t in terms(item, "kr_outcome_nouns") if s <= t[0] and t[1] <= e]
    # "Onboard 15 new dental practices", "40 clinics onboarded": the organisations a business
    # serves, onboarded, are customers won (decision 4624)
    outcome += [t for t in _organisations(item) if s <= t[0] and t[1] <= e]
    if item.language == "en":
        # "2 crew leads", "3 project leads": people in a role, not sales leads (decision 573)
        outcome = [
            t
            for t in outcome
            if not _ROLE_LEAD.match(item.folded, *_word_before(item, t))
            and not _LEAD_PART.match(item.folded, t[0])
        ]
    if not outcome:
        return False
    if item.language != "en":
        # A Chinese noun phrase ends in its head: "5份入职手册" counts handbooks, "3场直播" efforts.
        heads = terms(item, "kr_deliverables") + terms(item, "kr_activity_nouns")
        last = max(t[1] for t in outcome)
        # The head closing the phrase heads it with a few words before it: "1 份客户健康度报告",
        # "5 篇会员运营复盘文档" count reports; not across a clause of the people's own ("5万名
        # 用户通过自助渠道解决问题": they act) (decision 2643)
        # ... and a cadence between the head and the count is how often, no word of the phrase
        # ("客流高峰期应急演练每季度1次": drills counted; decision 6063)
        cadence = _ZH_CADENCE_CLOSE.search(item.folded, s, e)
        bare = cadence.start() if cadence is not None else e
        if any(
            last <= t[0]
            and t[1] <= e
            and (t[0] - last <= 2 or (t[0] - last <= 5 and not item.folded[t[1] : bare].strip()))
            for t in heads
        ):
            return False
        # "完成4个站的客流导向牌改造", "完成4家门店的会员系统升级": the team's own piece of work
        # closing the phrase heads it, the outcome word only says what the work is for
        # (decision 4722)
        return not any(
            last <= t[0] and t[0] - last <= 8 and not item.folded[t[1] : e].strip()
            for t in terms(item, "kr_pieces_of_work")
        )
    after = outcome[0][1]
    heads = terms(item, "kr_activity_nouns") + terms(item, "kr_deliverables")
    verb = item.facts.shape.verb
    if item.folded.startswith("-", after) and verb is not None and verb.position == "predicate":
        # "5 customer-requested features shipped": the outcome word modifies the things built
        # ("10 user-generated templates in the gallery" stays an outcome: nothing is built).
        _cs, ce = clause_of(item, s)
        return not any(after < t[0] <= after + 24 and t[1] <= min(ce, verb.start) for t in heads)
    if any(after < t[0] <= after + 2 and t[1] <= e for t in heads):
        return False
    # "10 customer testimonial videos", "6 member success stories": the outcome word and one
    # more noun modify the head counted, an effort or a deliverable (decision 1466)
    return not any(
        t[1] <= e and _EN_ONE_MODIFIER.fullmatch(item.folded, after, t[0]) for t in heads
    )


# One word between an outcome noun and the head it modifies ("customer| testimonial |videos"):
# a word, not a function word that opens a phrase of its own.
_EN_ONE_MODIFIER = re.compile(
    r" (?!(?:of|for|with|from|to|in|on|at|by|who|that|using|via|per|and|or)\b)[a-z][a-z-]* "
)


# A role word before "lead(s)": the people who lead a crew or a project, not sales leads.
_ROLE_LEAD = re.compile(
    r"(?:crew|team|tech|project|shift|site|store|squad|section|design|engineering|product|"
    r"program|workstream|floor|kitchen|line)\s+leads?\b"
)
# "4 lead roles", "the lead actor": "lead" naming the main part in a cast, not sales leads
# (decision 4208).
_LEAD_PART = re.compile(
    r"leads?\s+(?:roles?|parts?|actors?|actresses|singers?|vocalists?|dancers?|characters?)\b"
)


def _word_before(item: Item, t: tuple[int, int, str]) -> tuple[int, int]:
    """From the start of the word before term `t` to the term's end."""
    start = item.folded.rfind(" ", 0, max(0, t[0] - 1)) + 1
    return start, t[1]


# "a list of", "a target list of", "a shared database of", with a floor before the count
# (decision 5344); the word before the document says whose audience it is, when it is one.
_DOCUMENT_OF = re.compile(
    r"\b(?:a|an|the|our|one|my)\s(?:(?P<q>[a-z-]{2,15})\s){0,2}?(?P<doc>[a-z]{3,12})\sof\s"
    r"(?:(?:at least|over|about|around|some|up to)\s)?[~≈]?$"
)
_AUDIENCE_LIST = frozenset(
    {"email", "e-mail", "mailing", "newsletter", "subscriber", "sms", "text", "wait", "fan"}
)


def _document_size(item: Item, q: Quantity) -> bool:
    """The count sizes a document the work builds: "Build a list of 500 target accounts",
    "Create a spreadsheet of 300 lapsed customers to call" (decision 5344); not an audience
    list ("Build an email list of 10,000 subscribers")."""
    m = _DOCUMENT_OF.search(item.folded, max(0, q.start - 48), q.start)
    if m is None or m.group("doc") not in word_set("kr_document_containers", "en"):
        return False
    return m.group("q") not in _AUDIENCE_LIST


def _is_term(item: Item, span: tuple[int, int], name: str) -> bool:
    s, e = span
    return any(s <= t[0] and t[1] <= e for t in terms(item, name))


# A bracket closing the wording that holds only a zero and what it is of: "（零停机）", "（零 UI 依赖）".
_ZH_ZERO_NOTE = re.compile(r"[（(]\s?零\s?[^（）()\d，,。；;]{1,12}[）)]\s?[。.]?\s*$")


def _zh_zero_bar_note(item: Item, verb: Verb) -> bool:
    """Whether a Chinese key result headed by a work verb (not one that moves, reaches or wins)
    closes on a bracket holding only a zero, and every target it holds is in that bracket: the
    bar the work is done to (decision 4644), not a level the team reaches."""
    if item.language != "zh" or verb.cls in _NO_TASK:
        return False
    core = item.core_span
    m = _ZH_ZERO_NOTE.search(item.folded[: core[1]], core[0])
    if m is None or m.start() < verb.end:
        return False
    return all(
        m.start() <= q.start and q.end <= m.end() for q in item.facts.quantities if q.is_target
    )


def _quality_bar(item: Item) -> bool:
    """A launch or completion that leads the KR with a number for how well it is done, not
    for what it changes (decision 25): "以99.5%的准确率完成库存迁移", "完成盘点，账实相符率≥99%",
    "Migrate to Workday by May 31 with 99.9% data accuracy". Not when it is adopted, moves a
    measure from→to, or counts outcomes."""
    verb = item.facts.shape.verb
    if verb is None:
        return False
    if verb.cls not in ("launch", "complete") and not _system_built(item, verb):
        return False
    if verb.position != "lead" and not _ZH_MANNER.match(item.folded, item.facts.shape.lead):
        return False  # "以99.9%的成功率完成系统部署": the manner comes before the verb
    if item.facts.from_to or _adopted(item):
        return False
    _cs, ce = clause_of(item, verb.start)
    if item.facts.direction(verb.end, ce) is not None:
        return False  # "上市8周内铺货率达到70%", "发布导致的事故占比降到10%": it moves a measure
    quality = terms(item, "kr_quality_measures")
    for q in item.facts.quantities:
        if not q.is_target:
            continue
        if _things_built_counted(item, verb, q):
            continue  # "Deploy 3 environments with 99.5% uptime": what is built, then its bar (2620)
        if _zh_rounds_capped(item, q):
            continue  # "写完初稿，导师审稿不超过2轮": the rounds of revising it, a bar (5110)
        if q.kind in ("count", "money") or not any(
            q.start - 16 <= t[0] and t[1] <= q.end + 20 for t in quality
        ):
            return False  # "Migrate 100% of services": a share of a population (decision 3)
    return True


# The rounds of review or rework a deliverable may take, capped: "导师审稿不超过2轮", "返工不超过1
# 次", "修改控制在3稿以内" (decision 5110, lead ruling g of the thirty-fifth round).
_ZH_REVIEW_BEFORE = re.compile(
    r"(?:review|评审|审稿|修改|返工|改稿|返修|打回|退回|审核|修订)[^，,；;。]{0,4}?"
    r"(?:不超过|不多于|最多|至多|≤|<=|控制在)?\s?$"
)
_ZH_ROUND_UNIT = re.compile(r"[轮次遍稿]")


def _zh_rounds_capped(item: Item, q) -> bool:
    """Whether the count `q` caps the rounds of review or rework of the thing done (5110)."""
    return (
        item.language == "zh"
        and q.kind == "count"
        and _ZH_ROUND_UNIT.match(item.folded, q.end - 1) is not None
        and _ZH_REVIEW_BEFORE.search(item.folded, max(0, q.start - 14), q.start) is not None
    )


def _system_built(item: Item, verb: Verb) -> bool:
    """An English verb that puts a system in place ("Implement", "Set up", "Integrate") leading
    the wording: with its own quality number it is a build with an acceptance bar, as a launch is
    (decision 2620: "Implement SSO with 99.9% uptime", "Integrate the CRM with 99% sync accuracy")."""
    return (
        item.language == "en"
        and verb.cls == "act"
        and verb.position == "lead"
        and verb.word in word_set("kr_system_build_verbs", "en")
    )


def _things_built_counted(item: Item, verb: Verb, q: Quantity) -> bool:
    """A count right after a launch or build verb counts the things launched or built ("Deploy 3
    environments", "Launch 2 regional sites"), not a level reached: with a quality number after
    them it is no share of a population (decision 2620)."""
    if item.language != "en" or q.kind != "count" or verb.position != "lead":
        return False
    if item.plain[verb.end : q.start].strip():
        return False
    # the quality measure may come after a bracket listing what is built ("3 environments
    # (dev, staging, prod) with 99.5% uptime"), so the wording's core bounds it, not the clause
    end = item.core_span[1]
    return any(q.end < t[0] and t[1] <= end for t in terms(item, "kr_quality_measures"))


# Work on a system that is done once: moved, upgraded, switched, rebuilt.
_ZH_SYSTEM_WORK = re.compile(r"(?:迁移|升级|切换|重构|改造|替换)\s*[)）]?\s*$")


def _zh_migration_then_effect(item: Item) -> bool:
    """A migration or an upgrade completed, then in a later clause what it should speed up
    ("完成测试框架 Jest → Vitest 迁移，本地测试速度提升≥50%"): the KR's headline is the work, a
    task whose effect is its acceptance bar (decisions 5, 25; decision 400's traditional-script
    case). Not when the work's own clause holds the target ("完成80%服务迁移")."""
    verb = item.facts.shape.verb
    if item.language != "zh" or verb is None or verb.cls not in ("launch", "complete"):
        return False
    if verb.position != "lead":
        return False
    cs, ce = clause_of(item, verb.start)
    if ce >= item.core_span[1]:
        return False
    if not _ZH_SYSTEM_WORK.search(item.folded, verb.end, ce) and not _zh_rework_then_figure(
        item, verb, ce
    ):
        return False
    return not any(q.is_target and cs <= q.start < ce for q in item.facts.quantities)


# The part of speech jieba gives a word of work done on a thing: a verb, a verbal noun, or a
# set phrase ("布局调整").
_ZH_WORK_POS = frozenset({"v", "vn", "l"})
# Classes of a closing verb that are no rework of the team's own thing: a measure moved or
# reached, something won, a launch (a launch then its effect is decision 743's result).
_ZH_NOT_REWORK = frozenset({"change", "reach", "win", "launch"})


def _zh_rework_then_figure(item: Item, verb: Verb, ce: int) -> bool:
    """完成 and the team's own thing closed by the work done on it, by its part of speech, not a
    list ("完成仓储布局调整", "完成Flink调优实践", "完成考勤制度修订", "完成全员培训"), then a later
    clause that names a measure and its figure ("，拣货路径缩短25%"): the work is the headline and
    the figure its acceptance bar, as a migration's is (decision 5360, widening decision 400's
    migrations). A build's completion keeps decision 604, and the later clause that says what
    the work brings ("带来…", "使…达到…") or opens on the team's next verb that moves a measure
    ("，降低…至…") keeps decisions 115, 535 and 1074: a result."""
    if verb.cls != "complete":
        return False
    text = item.folded
    words = [t for t in item.facts.tokens if verb.end <= t.start and t.end <= ce]
    words = [t for t in words if t.text.strip()]
    if len(words) < 2 or words[-1].pos not in _ZH_WORK_POS:
        return False
    last = words[-1].text
    # a change named as what is completed is work ("完成门店动线优化"): only a measure reached, a
    # win or a launch closing it is no rework
    if verb_classes("zh").get(last) in _ZH_NOT_REWORK - {"change"} or last in _ZH_BUILDS:
        return False
    if _ZH_BUILD_DONE.search(text, verb.end, ce):
        return False  # "完成会员系统开发，…": decision 604
    if any(verb.end <= k[0] < ce for k in item.facts.kpis):
        return False  # "完成年度销售指标，…": a measure reached, no work named
    after = ce + 1
    if _ZH_BRINGS_AFTER.match(text, after) or _ZH_MAKES_AFTER.match(text, after):
        return False
    return not _zh_moves_next(item, after)


# A later clause that opens on what the work makes happen: "，使护士加班时长…", "，让顾客…".
_ZH_MAKES_AFTER = re.compile(r"\s?(?:并|从而|进而)?\s?(?:使得?|让|帮助)")


# Verbs that build a thing once: its result named in a later clause is what the thing is for.
_ZH_BUILDS = frozenset(
    {"建立", "搭建", "建设", "建成", "组建", "构建", "设立", "成立", "开通", "开设"}
)


# The noun of a build at the end of what is completed: "完成监控告警体系搭建", "完成会员系统开发".
_ZH_BUILD_DONE = re.compile(
    r"(?:搭建|建设|建立|构建|开发|部署)(?:工作)?\s*$"
    # "完成 NL2AD MVP", "完成小程序原型", "完成V1版本": a first version is a thing built (decision 748)
    r"|(?:mvp|poc|demo|原型|样机|最小可行产品|v\d(?:\.\d)?\s?版?本?|首版|第一版)\s*$"
)


_COMMA = re.compile(r"[，,]")


def _zh_work_makes_measure(item: Item) -> bool:
    """A clause after the first that says the work makes a measure reach a level, with its
    figure after the comparator ("，使新容器的部署时间不超过5分钟", "，让响应时间控制在15分钟")."""
    text = item.folded
    cs, ce = item.core_span
    for m in _COMMA.finditer(text[cs:ce]):
        if _ZH_MAKES_MEASURE_AFTER.match(text, cs + m.end()):
            return True
    return False


# 并/并且/同时 joining a second aim, then 把/将 and what it moves (decision 6311).
_ZH_AND_THEN = re.compile(r"(?:并且|并|同时)(?:把|将)")
_ZH_BUILT_EXTRA = frozenset({"开发", "引入", "引进", "编写", "推出", "改版", "重做"})


# After 完成: whom, a verb of winning them, then their count closing the wording (decision 6308).
_ZH_QUOTA_OF_WINS = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{1,10}?(?:拓展|开发|签约|新签|新增|净增|引入|开户)\s?"
    r"(?:\d{1,5}|[一二两三四五六七八九十百]{1,4})\s?(?:家|户|名|位|个|人)\s*$"
)


def _zh_quota_of_wins(item: Item, verb: Verb) -> bool:
    """ "完成代发工资单位拓展5家": 完成, then the customers or partners won and their count."""
    return (
        item.language == "zh"
        and verb.word == "完成"
        and verb.position == "lead"
        and _ZH_QUOTA_OF_WINS.fullmatch(item.folded, verb.end, item.core_span[1]) is not None
    )


def _zh_built_and_moved(item: Item) -> bool:
    """A thing built or launched, with no figure of its own, then 并/同时 and 把/将 a measure
    moved ("上线新排班系统并把加班时长降低10%", "搭建美术资源库并且把外包成本降低20%"): two aims
    side by side, the first of them work — a task, and kr-compound splits them (decision 6311).
    Not what the work brings ("上线会员体系，带来月活10万", decision 115) or a measure moved after a
    comma ("上线新排序模型，CTR提升8%", decision 743)."""
    verb = item.facts.shape.verb
    if item.language != "zh" or verb is None or verb.position != "lead":
        return False
    if verb.word not in _ZH_BUILDS and verb.word not in _ZH_BUILT_EXTRA and verb.cls != "launch":
        return False
    end = item.core_span[1]
    m = _ZH_AND_THEN.search(item.folded, verb.end, min(end, verb.end + 20))
    if m is None or re.search(r"[，,；;。]", item.folded[verb.end : m.start()]):
        return False
    return not any(q.is_target and verb.end <= q.start < m.start() for q in item.facts.quantities)


def _zh_built_then_result(item: Item) -> bool:
    """A thing built or launched in the first clause with no figure of its own, then the result
    it should bring in a later clause ("建立投诉处理机制，覆盖率100%", "搭建会员社群，拉新5000人"):
    the KR's headline is the work, a task; the rewrite keeps the result (decisions 181, 485,
    535). Not when the work's own clause holds the target ("建成班级图书角12个")."""
    verb = item.facts.shape.verb
    if item.language != "zh" or verb is None or verb.position != "lead":
        return False
    cs, ce = clause_of(item, verb.start)
    # "完成告警体系搭建，覆盖100%核心接口": completing a build names the build (decision 604)
    completes_build = verb.cls == "complete" and _ZH_BUILD_DONE.search(item.folded, verb.end, ce)
    if verb.word not in _ZH_BUILDS and verb.cls != "launch" and not completes_build:
        return False
    aside = _ZH_ASIDE.match(item.folded, ce)  # "建立 PR 自动通知机制（Slack 推播 …），覆盖率100%"
    if aside is not None:
        ce = aside.end()
    if ce >= item.core_span[1] or item.folded[ce : ce + 1] not in ("，", ","):
        return False
    if (
        _ZH_BRINGS_AFTER.match(item.folded, ce + 1)
        or _zh_moves_next(item, ce + 1)
        or _zh_measure_moved_next(item, ce + 1)
    ):
        # "上线会员体系，带来月活10万" (decision 115), "建立自动校对机制，降低人工错误率至0.5%",
        # "搭建会员社群，拉新5000人": the same actor's next verb moves a measure or wins people,
        # the effect the work is for — a result; a measure named first after the work is its
        # acceptance figure ("建立投诉处理机制，覆盖率100%", decision 25)
        return False
    return not any(q.is_target and cs <= q.start < ce for q in item.facts.quantities)


def _zh_moves_next(item: Item, pos: int) -> bool:
    """Whether a verb that moves a measure or wins (提升, 降低, 拉新, 新增 …) opens the clause at
    `pos`."""
    text = item.folded
    m = _ZH_THEN.match(text, pos)
    at = m.end() if m else pos
    table = verb_classes("zh")
    return any(
        text.startswith(w, at) and table[w] in ("change", "win") for w in _zh_heads(text[at])
    )


# A measure named, then moved by a verb of change and a figure: "ROAS 提升 10%", "复购率提升到30%"
# (decision 743). The measure is short: an acronym or a few words ending in a measure's head.
_ZH_MOVED_MEASURE = re.compile(
    r"\s?(?:[a-z][a-z0-9/]{1,11}|[\u4e00-\u9fff]{0,8}(?:率|量|额|数|度|占比|时长|成本|收入|营收|留存"
    # things the people served do or are, counted (decision 2345): "复购订单提升10%"
    r"|订单|用户|会员|客户|粉丝|线索|销量))\s?"
)


def _zh_measure_moved_next(item: Item, pos: int) -> bool:
    """Whether the clause at `pos` names a measure and moves it by a figure ("上线 RL 竞价系统，
    ROAS 提升 10%"): the effect the launch is for, as "带来…" is (decision 743); a level alone
    ("覆盖率100%") stays the work's acceptance figure (decision 25)."""
    text = item.folded
    m = _ZH_MOVED_MEASURE.match(text, pos)
    if m is None or m.end() == pos:
        return False
    at = m.end()
    table = verb_classes("zh")
    verb = next((w for w in _zh_heads(text[at : at + 1]) if text.startswith(w, at)), None)
    if verb is None or table[verb] != "change":
        return False
    return bool(re.match(r"\s?(?:到|至)?\s?\d", text[at + len(verb) :]))


_ZH_THEN = re.compile(r"\s?(?:并|从而|进而|以|来)?\s?")


def _zh_heads(first: str) -> tuple[str, ...]:
    """The lexicon's Chinese verbs that start with `first`."""
    return tuple(w for w in verb_classes("zh") if w.startswith(first) and len(w) >= 2)


# A note in brackets right after the thing built says what it is made of (folded: "(…)").
_ZH_ASIDE = re.compile(r"\s?\([^()]{1,80}\)\s?")
_ZH_BRINGS_AFTER = re.compile(r"\s?(?:并|从而|进而)?\s?(?:带来|带动|拉动|吸引|引来)")
# "开发自动化部署流程，使新容器的部署时间不超过5分钟": 使/使得/让 and the measure the work brings to a
# level, a figure after its comparator — the effect the work is for, a result (decision 1074).
_ZH_MAKES_MEASURE_AFTER = re.compile(
    r"\s?(?:并|从而|进而)?\s?(?:使得?|让)[^，,；;。]{1,24}?"
    r"(?:不超过|不高于|不低于|不少于|低于|高于|少于|多于|超过|达到|达|提升到|提升至|提高到|提高至|降低到|降低至|"
    r"降至|降到|缩短到|缩短至|控制在|保持在)\s?(?:\d|[一二三四五六七八九十两半]+(?:分钟|小时|天|秒))"
)


# A Chinese word that says a bad event does not happen or is given up, right before it.
_EN_STOP_DOING = re.compile(
    r"(?:stop|quit|no longer|never again) [a-z]+ing\b(?! (?:list|plan|rule|point)s?\b)"
)
_ZH_NOTHING_LEADS = re.compile(
    r"(?:全年|全季度?|本季度?|本月|每月|每周)?(?:没有|不再出现|不再发生|不出现)"
)
_ZH_NEGATOR = re.compile(
    r"(?:不要再|别再|不再|不|无|未|没有|杜绝|避免|防止|戒掉|戒除|改掉|停止"
    # "别受伤" as "不要受伤" (decision 6813); not 别 closing a word ("个别", "级别", "特别")
    r"|(?<![个特区级类分性告识派差辨鉴离道惜送话])别)(?:出现|发生|产生|再)?"
)


# Words that hold a bad event at none, not a habit kept off ("无", "不出现", "杜绝"; not 不, 戒掉).
_ZH_NONE_OF = re.compile(r"(?:无|没有|没出现|不出现|未出现|不发生|未发生|杜绝|零)")


_ZH_GRADE_FLOOR = re.compile(r"[及或]?以上")


def _zh_avoids_bad_event(item: Item, negator: re.Pattern[str] = _ZH_NEGATOR) -> bool:
    """The KR keeps a bad event from happening ("上课不迟到", "数据不丢失", "戒掉熬夜"): that is
    negative phrasing (kr-negative-phrasing), not work to do, whatever verb comes first.
    `negator` narrows the words that keep it off (`_ZH_NONE_OF`: held at none)."""
    text = item.folded
    cs, ce = clause_of(item, max(item.facts.shape.lead, item.core_span[0]))
    # "老接口无回归": a regression held at none is a bad event too (decision 4562)
    for s, _e, _t in [*terms(item, "kr_negative_terms"), *zh_regressions_none(text, [])]:
        if not cs <= s < ce:
            continue  # "通过IATF16949复审，不出严重不符合项": the first clause names the work
        for m in negator.finditer(text, max(cs, s - 10), s):
            gap = text[m.end() : s]
            # "不发生一般及以上安全事故": a grade's floor (及以上) widens the event, it adds no
            # word that describes it (decision 5302)
            if len(_ZH_GRADE_FLOOR.sub("", gap)) <= 6 and not re.search(r"[，,；;。、]", gap):
                return True  # "不出现重大安全事故": a few words may describe the event
    return False


# -- hiring ---------------------------------------------------------------------------------


# Hiring verbs whose object is always staff (onboard, fill may take customers or orders).
# Onboarded onto something that is not a team to join: a service, a platform, a tool, a
# programme (decision 1293). "Onboard 10 engineers to the platform team" joins a team.


# Measures that end in range: "体检各项指标正常", "血脂指标恢复正常", "水质检测结果全部达标" — the
# state the measures reach, not work to do (decision 350).
_ZH_MEASURES_NORMAL = re.compile(
    r"(?:指标|数值|结果|数据)\s?(?:全部|均|都|各项)?\s?(?:恢复|回到|保持)?(?:正常|达标|合格)[。.!！]?$"
)
# "来料检验报告做得更规范", "服务做得再细一些": the work is there, done better without a number.
# A place or a facility being built, after a verb of improving: "完善心理咨询室建设", "完善照护专区
# 建设" build a room or a platform (a deliverable); "加强团队建设" names no place and stays vague.
_ZH_PLACE_BUILT = re.compile(
    r"\s?[\u4e00-\u9fff]{1,10}?(?:室|站|馆|厅|库|区|中心|平台|系统|基地|阵地)(?:的)?建设\s*$"
)
_ZH_DONE_BETTER = re.compile(r"做得\s?(?:更加?|再|越来越)")
# A clause break between the learning that leads and the wish after it.
_ZH_CLAUSE_BREAK = re.compile(r"[，,；;]")


def _learning_then_wish(item: Item, verb: Verb, at: int) -> bool:
    """A verb of learning leads a clause of its own, then a wish to do better follows it:
    "学习剪辑，把短片做得更好看", "学会调色，把画面做得更有质感" — the learning is a to-do, as a
    learning verb alone is (decision 787; 4730); the wish after it is vague as well."""
    return (
        verb.cls == "learn"
        and verb.position == "lead"
        and _ZH_CLAUSE_BREAK.search(item.folded, verb.end, at) is not None
    )


# A measure, then 比 and its baseline (a period or an earlier time), then a comparative that
# closes the wording: "收入比去年多", "毛利比上季度高一些", "复购比以前好" (decision 1583).
_ZH_THAN_BEFORE = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{1,8}比\s?(?:去年|上一?年|往年|同期|上一?(?:季度?|个?月|周|学期|期)|"
    r"以前|之前|原来|现在|目前)(?:同期)?\s?(?:更|还)?(?:多|高|好|大|强|快|少|低|稳)"
    r"(?:一些|一点|不少|很多|得多|些)?[。.!！]?\s*$"
)


# A bracket that closes the wording: "(signed-off draft)", "(final version)".
# A note on how a measure is taken: "(measured quarterly)", "(surveyed twice a year)".
_MEASURED_HOW = re.compile(
    r"(?:measured|tracked|surveyed|reported|checked|counted|sampled|polled|audited)\b"
)
_CLOSING_NOTE = re.compile(r"\s?\([^()]{1,30}\)[\s.!]*")


def _in_closing_note(item: Item, verb: Verb) -> bool:
    """The English predicate lies inside a short bracketed note that closes the wording, with
    a word before the bracket and no figure in the note: a status remark on the thing named
    ("Supplier code of conduct (signed-off draft)"), as "（定稿）" is (decision 4066)."""
    if item.language != "en" or verb.position != "predicate":
        return False
    text = item.folded
    cs, end = item.core_span
    opened = text.rfind("(", cs, verb.start)
    if opened <= cs or not text[cs:opened].strip():
        return False
    m = _CLOSING_NOTE.match(text, opened - 1 if text[opened - 1 : opened] == " " else opened, end)
    if m is None or m.end() != end:
        return False
    if _MEASURED_HOW.match(text, opened + 1):
        return True  # "(surveyed twice a year)": how often the measure is taken
    return not any(opened <= q.start < end for q in item.facts.quantities)


# One piece for each of a group, no verb: "每位会员一封个性化欢迎信", "每位新员工一份入职指南"
# (decision 4063). Not "一次" (a time: "每位顾客一次消费…"), not with a target.
_ZH_ONE_FOR_EACH = re.compile(
    r"(?:为|给)?每一?(?:位|个|名|家|户|间|所|个人)[\u4e00-\u9fffA-Za-z]{1,8}?(?:都有|配备|各)?"
    r"(?:一|1)\s?(?:封|份|套|张|本)[\u4e00-\u9fffA-Za-z（）()]{1,14}?[。.!！]?\s*"
)


def _zh_one_for_each(item: Item, lead: int) -> bool:
    """One piece made for each of a group, named without a verb (decision 4063)."""
    if item.language != "zh" or any(q.is_target for q in item.facts.quantities):
        return False
    return _ZH_ONE_FOR_EACH.fullmatch(item.folded, lead, item.core_span[1]) is not None


# A comparative closing a Chinese wording, after what it is said of: "夜班返工更少", "客户投诉越来越
# 少", "盘点差错更少一些" (decision 4062).
_ZH_COMPARATIVE_CLOSE = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{2,12}?(?P<cmp>(?:变得)?(?:更加?|越来越|进一步|明显|尽量|尽可能|越)(?:少|短|低|小|慢|稳|顺))"
    r"(?:一些|一点|了|越好)?[。.!！]?\s*"
)


def _fewer_said_alone(item: Item, verb: Verb, lead: int) -> bool:
    """A count or a measure said to fall, with no number: "Fewer complaints about room not
    ready" (a predicate verb inside what the complaints are about) or a Chinese comparative
    closing the wording ("夜班返工更少"). Not efforts or contacts raised (decision 4062)."""
    if any(q.is_target for q in item.facts.quantities) or verb.cls == "contact":
        return False
    if item.language == "en":
        return verb.position == "predicate" and _FEWER_LEADS.match(item.folded, lead) is not None
    end = item.core_span[1]
    m = _ZH_COMPARATIVE_CLOSE.fullmatch(item.folded, lead, end)
    if m is None:
        return False
    # Efforts said to fall ("会议更少"): the efforts' noun is the head, right before the
    # comparative; "会议室预订冲突尽量少" names a clash, the meeting room only says where (5944)
    return not any(
        lead <= t[0] and t[1] == m.start("cmp") for t in terms(item, "kr_activity_nouns")
    )


# A state said to be better, closing the wording: a subject, a degree adverb and the word for
# how it is ("文件归档更加规范", "窗口办事越来越便捷", "数据口径更为统一"; decision 6061).
# A bare 更 too ("普通话更标准一点", "门店陈列更整齐"; decision 6845), not 更新, 更换, 更正, 更改 (verbs).
_ZH_STATE_IMPROVED = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{1,14}?(?:变得|显得)?"
    r"(?P<adv>更加|更为|越来越|愈加|愈发|日趋|日益|进一步|更(?![新换正改替迭名]))"
    # not an amount ("例会越来越少": efforts said to fall, decision 5944)
    r"(?![少多高低短长快慢大小早晚])(?P<state>[\u4e00-\u9fff]{1,4}?(?:一些|一点|了)?)[。.!！]?\s*"
)


def zh_state_improved(item: Item, lead: int | None = None) -> bool:
    """A Chinese state said to be better, with no number (decision 6061): a change asked for,
    unquantified and vague, not work to do. The state word closes the wording; "编写更加清晰的
    操作手册" names a document to write."""
    return zh_state_improved_span(item, lead) is not None


def zh_state_improved_span(item: Item, lead: int | None = None) -> tuple[int, int] | None:
    """Where zh_state_improved's degree word and state stand ("更标准一点"), or None."""
    if item.language != "zh" or any(q.is_target for q in item.facts.quantities):
        return None
    s = item.core_span[0] if lead is None else lead
    m = _ZH_STATE_IMPROVED.fullmatch(item.folded, s, item.core_span[1])
    return None if m is None else (m.start("adv"), m.end("state"))


# A verb and the resultative 下来 closing the wording: "合作谈下来", "合同签下来" (decision 6062).
_ZH_DOWN_CLOSE = re.compile(r"([\u4e00-\u9fff]{1,2}?)下来[。.!！]?\s*$")


def _zh_deal_closed(item: Item) -> Verb | None:
    """The verb of a deal won, when the Chinese wording closes with it and 下来, and the verb
    with 下 is a verb of winning in the verb table ("谈下", "签下", "拿下"): "华东区总代理谈下来"
    is the agency won, not talks held (decision 6062). "把会议纪要写下来" stays work."""
    if item.language != "zh" or "下来" not in item.folded:
        return None
    s, e = item.core_span
    m = _ZH_DOWN_CLOSE.search(item.folded[:e], s)
    if m is None:
        return None
    word = m.group(1)
    for k in (word, word[-1:]):
        if verb_classes("zh").get(k + "下") == "win":
            start = m.end(1) - len(k)
            return Verb(start, m.end(1), k, "win", "predicate")
    return None


def _zh_lone_pursuit(item: Item) -> bool:
    """The whole Chinese wording is one personal pursuit of the list (kr_personal_pursuits:
    "游泳", "背单词"), with at most closing punctuation (decision 6066)."""
    s, e = item.core_span
    return item.folded[s:e].strip(" 。.!！") in word_set("kr_personal_pursuits", "zh")


def _zh_than_before(item: Item, lead: int) -> bool:
    """A Chinese measure compared with its own baseline by a comparative alone ("收入比去年多"):
    the change asked for has no number (decision 1583)."""
    if item.language != "zh" or any(q.is_target for q in item.facts.quantities):
        return False
    return _ZH_THAN_BEFORE.fullmatch(item.folded, lead, item.core_span[1]) is not None


# "新增有效人力10人", "新增护士8名": staff added to the team is hiring (decision 347); "新增会员300人"
# stays customers won (the staff nouns decide).
_ZH_ADDED = frozenset({"新增", "增加", "扩充"})
# Equipment added, counted by its measure word right after the verb (decision 1756): not "新增"
# ("新增200张会员卡" are cards taken up) nor a level ("增加到10台").
_ZH_GOODS_ADDED_VERBS = frozenset({"增加", "添加", "增添"})
_ZH_GOODS_COUNT = re.compile(r"\s?\d{1,4}\s?[台辆张套把部]")
# Vehicles added are bought, also after 新增 ("新增6辆公交车", decision 1853): nobody takes up a bus.
# ... and machines counted by 台 ("新增3台自助借还机", decision 6438), not operations ("3台手术").
_ZH_VEHICLES_COUNT = re.compile(
    r"\s?(?:\d{1,4}|[一二两三四五六七八九十]{1,3})\s?(?:辆|台(?![\u4e00-\u9fff]{0,2}手术))"
)
# Pieces of writing or sessions added are the team's output (decision 2349): "新增30篇帮助中心文章",
# "增加4期直播" count efforts, as "撰写30篇" does; "新增会员3000人" stays people won.
_ZH_PIECES_COUNT = re.compile(r"\s?(?:\d{1,4}|[一二两三四五六七八九十]{1,3})\s?[篇期场]")


def _zh_pieces_named_counted(item: Item, verb: Verb) -> bool:
    """ "新增知识条目300条", "新增短视频教程20个": the content pieces named right after the verb
    of adding (a noun phrase ending in kr_activity_nouns), then their count closing the clause,
    are the team's output as "新增30篇帮助中心文章" is (decision 4820). A measure of the pieces
    ("新增短视频播放量50万次") or people won ("新增会员3000人") end in no such noun."""
    ce = clause_of(item, verb.end)[1]
    q = next((q for q in counts(item) if verb.end < q.start and q.end <= ce), None)
    if q is None or not q.is_target or item.folded[q.end : ce].strip(" ，,。；;：:"):
        return False
    named = item.folded[verb.end : q.start].strip()
    return any(named.endswith(t) for t in words("kr_activity_nouns", "zh"))


# Chinese verbs that take people in by 招 (not 招募, "recruit", which stays hiring as English
# "Recruit" does: decisions 4, 186).
_ZH_TAKES_IN = frozenset({"招", "新招", "扩招", "增招", "补招"})


def _zh_served_enrolled(item: Item, verb: Verb) -> bool:
    """A Chinese 招-verb, then a count of the people served (kr_outcome_nouns: 会员, 学员, 客户)
    and no staff noun: they join as members or students, a result (decisions 480, 3101)."""
    if item.language != "zh" or verb.cls != "hire" or verb.word not in _ZH_TAKES_IN:
        return False
    after = (verb.end, item.core_span[1])
    return (
        any(q.is_target and q.kind == "count" and q.start >= verb.end for q in counts(item))
        and _is_term(item, after, "kr_outcome_nouns")
        and not _is_term(item, after, "kr_staff_nouns")
        and not _zh_qualified_staff_after(item, verb)
    )


def _zh_qualified_staff_after(item: Item, verb: Verb) -> bool:
    return any(_zh_qualified_staff(item, q) for q in counts(item) if q.start >= verb.end)


# Rooms and buildings added are built or fitted out ("新增2间亲子房", "增加3间客房", "新增1座驿站",
# decision 2166): nobody takes them up; the result is what the rooms bring (bookings, use).
_ZH_ROOMS_COUNT = re.compile(r"\s?(?:\d{1,4}|[一二两三四五六七八九十]{1,3})\s?[间座]")
# "签约5名兼职法律译员": staff signed on are hired (decisions 4, 404, 531); "签约8名腰部达人",
# "签约客户20家" stay partners and customers won (the staff nouns and trades decide).
_ZH_SIGNS_PEOPLE = frozenset({"签约", "签下", "签进"})
# The English form (decision 5022): "Sign 2 new engineers by June" hires, as "签约2名护士" does;
# "Sign 3 new sponsors" stays partners won (no staff noun).
_SIGNS_PEOPLE = _ZH_SIGNS_PEOPLE | {"sign", "signs", "signed"}
# "Bring in 2 new co-maintainers", "Bring on 3 volunteer mentors": people of the team's own brought
# in, hiring as "Add 2 engineers" is; "Bring in $40k in gifts" stays won (no staff noun, 5930).
_BRINGS_PEOPLE = frozenset({"bring in", "bring on"})


def _onboarded_onto(item: Item, verb) -> bool:
    """ "Onboard 5 teams onto the service catalog", "Onboard 8 clinics to the booking app": a
    count of those who take up a service, platform or tool is its adoption (a result counted),
    not people hired; "Onboard 10 engineers to the platform team" joins a team (decision 1293).
    """
    if verb is None or verb.cls != "hire" or verb.word in ALWAYS_STAFF:
        return False
    if not any(q.is_target and q.kind == "count" and q.start >= verb.end for q in counts(item)):
        return False  # "Onboard the finance team onto the new ERP by June": work to do
    return ONTO_A_SERVICE.search(item.folded, verb.end, item.core_span[1]) is not None


# A count of parties, then the terms they are brought onto: "Bring two new cruise lines onto
# annual pilotage contracts", "Move 30 members onto the annual plan" (decision 1467).
_EN_ONTO_TERMS = re.compile(
    r"\s(?:all\s|the\s|our\s)*(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|twenty)\s(?:[a-z-]+\s){0,3}?(?:on|onto|on to)\s(?:the\s|our\s|an?\s|their\s)?"
    r"(?:[a-z-]+\s){0,2}?(?:contracts?|retainers?|agreements?|terms|subscriptions?|"
    r"memberships?|(?:annual|monthly|premium|paid|yearly)\s(?:plans?|tiers?|packages?))\b"
)
_BRING_VERBS = frozenset({"bring", "move", "get", "put", "switch", "convert", "sign", "take"})


def _brought_onto_terms(item: Item, verb) -> bool:
    """Parties counted and brought onto contracts, terms or a paid plan: won, as "All 12
    regular vendors on our standard contract" is (decisions 1311, 1467)."""
    return (
        item.language == "en"
        and verb is not None
        and verb.position == "lead"
        and verb.word in _BRING_VERBS
        and _EN_ONTO_TERMS.match(item.folded, verb.end, item.core_span[1]) is not None
    )


# "with all", "with every one of the": the people a count comes after are met, not hired.
_MET_WITH_BEFORE = re.compile(r"\bwith\s+(?:all\s+|every\s+|each\s+)?(?:of\s+)?(?:the\s+|our\s+)?$")


# Joining, then a window counted from it, then what is done in it: "入职30天内独立接单",
# "新入职销售60天内完成首单", "到岗两周内独立上岗" (decision 2145).
_ZH_RAMP_UP = re.compile(
    r"(?:入职|到岗|加入(?:公司|团队)?)[\u4e00-\u9fff]{0,4}?(?:后)?\s?"
    r"(?:\d{1,3}|[一二两三四五六七八九十半]{1,3})\s?个?(?:天|日|周|星期|月)(?:内|以内|之内)"
    r"[^，,；;。]{2}"
)


_REACH_BEFORE = re.compile(
    r"\b(?:reach(?:es)?|hits?|tops?|grows?\sto|climbs?\sto)\s(?:over\s|more\sthan\s|at\sleast\s)?$"
)


def _users_reach(item: Item, q: Quantity) -> bool:
    """Staff counted after a measure of use that reaches them (decision 2663): "Weekly active
    users of the developer portal reach 150 engineers", "Course sign-ups reach 300 teachers" —
    the staff are the users counted, not people hired. A headcount reaching a number ("Support
    team reaches 12 agents") names no use before it and stays hiring."""
    if item.language != "en" or not _REACH_BEFORE.search(
        item.folded, max(0, q.start - 24), q.start
    ):
        return False
    lead = item.core_span[0]
    return any(
        lead <= t[0] and t[1] <= q.start
        for name in ("kr_outcome_nouns", "kr_adoption_words")
        for t in terms(item, name)
    )


# "New tenant onboarded via the admin API in under 30 minutes", "Each new supplier onboarded within
# 5 days": the time one onboarding may take, a duration kept, not people added (decision 3062). A
# time bound after the predicate (a few words may stand between), with no count and no staff
# noun before it (staff onboarding keeps decision 891's reading).
# People who join the team, beside kr_staff_nouns, as the subject of "onboarded" (decision 3062).
_STAFF_SUBJECT = re.compile(
    r"\b(?:employees?|starters?|joiners?|recruits?|interns?|trainees?|apprentices?|colleagues?)\b"
)
_ONBOARDING_TIME = re.compile(
    r"(?:\s++[a-z0-9-]++){0,5}?\s++(?:in\s++(?:under|less\s++than)|within|under|in\s*+[<≤])"
    r"\s*+(?:\d++(?:\.\d++)?|an?|one|two|three|four|five|six|seven|ten|half\s++an?)\s*+"
    r"(?:min(?:ute)?s?|h|hrs?|hours?|days?|business\s++days|working\s++days|weeks?)\b"
)


def _onboarding_time(item: Item, verb) -> bool:
    """Whether the predicate "onboarded" at `verb` is followed by the time one onboarding may
    take and no count names people before it (decision 3062)."""
    if verb.word in ALWAYS_STAFF:
        return False
    if any(
        q.is_target and q.kind == "count" and q.end <= verb.start for q in item.facts.quantities
    ):
        return False  # "12 new engineers onboarded within 5 days": people counted (decision 4)
    if _is_term(item, (item.core_span[0], verb.start), "kr_staff_nouns") or _STAFF_SUBJECT.search(
        item.folded, item.core_span[0], verb.start
    ):
        return False  # "New engineer onboarded within 5 days": staff onboarding (decision 891)
    return _ONBOARDING_TIME.match(item.folded, verb.end) is not None


# After a release verb: where to (at most three words), then how many times per period:
# "to production 10 times per day", "the API 15 times per week", "25 times/week", "6x per week".
_RELEASE_VERBS = frozenset({"deploy", "release", "ship"})
_TIMES_PER_PERIOD = re.compile(
    r"(?<!\s)(?:\s++(?![\d(])[\w'’-]++){0,3}?\s++(?:\d[\d,]*+\+?\s?(?:times|x)|twice|once)\s?"
    r"(?:/\s?|(?:per|a|an|each|every)\s+)(?:day|week|wk|month|mo|quarter|sprint)\b"
)


def _release_cadence(item: Item, verb: Verb | None) -> bool:
    """A deploy, release or ship verb leading an English key result, then how many times per
    day, week or month: the release cadence reached (decision 9), not a count of efforts nor
    one launch (decision 4625)."""
    if item.language != "en" or verb is None or verb.position != "lead":
        return False
    if verb.word not in _RELEASE_VERBS:
        return False
    return _TIMES_PER_PERIOD.match(item.folded, verb.end, item.core_span[1]) is not None


def _served(item: Item, span: tuple[int, int]) -> bool:
    """People or organisations served named in `span`: customers, members, and the hospitals,
    clinics or schools a business serves (decisions 3012 and 4624)."""
    s, e = span
    return _is_term(item, span, "kr_outcome_nouns") or any(
        s <= t[0] and t[1] <= e for t in _organisations(item)
    )


def _organisations(item: Item) -> list[tuple[int, int, str]]:
    """The organisations a business serves named in an English item whose verb is "onboard"
    (decision 4624; rules/data/en/kr_customer_organisations.txt): none for other verbs ("Staff
    3 new clinics" is hiring) and none in Chinese, whose 客户 lists hold them."""
    verb = item.facts.shape.verb
    if item.language != "en" or verb is None or verb.word != "onboard":
        return []
    return terms(item, "kr_customer_organisations")


# A crop gathered, weighed (decision 4848): a verb of harvest leading, then a figure in a unit
# of weight or volume. Planting stays work (decision 3814: "Plant 500 trees").
_HARVEST_VERBS = frozenset({"harvest", "pick", "gather", "reap", "grow", "yield", "produce"})
_WEIGHED_FIGURE = re.compile(
    r"\s(?:over\s|at\sleast\s|about\s|around\s)?\d[\d,.]*\s?(?:kg|kgs|kilos?|kilograms?|lbs?|pounds|"
    r"tonnes?|tons?|t|bushels?|grams?|g|litres?|liters?|l|gallons?|quarts?|pints?)(?![a-z])"
)


# A rival's prices matched (decision 4849): "match" leading, then a competitor word or a
# capitalised name (possessive or not), then what is charged.
_EN_MATCHED_PRICE = re.compile(
    r"\s(?:(?:the|our|their|all|every)\s)?(?:[a-z'’-]+\s)?(?:[A-Za-z][\w&.-]*(?:['’]s?)?\s)"
    r"(?:[a-z-]+\s)?(?:price|prices|pricing|fees?|rates?|offers?|deals?|terms|discounts?)\b"
)


def _rival_price_matched(item: Item, verb: Verb | None) -> bool:
    """ "Match <rival> pricing", "Match competitor prices on the top 50 items" (decision 4849)."""
    if item.language != "en" or verb is None or verb.position != "lead":
        return False
    if verb.word.lower() not in ("match", "matches", "matching", "price-match"):
        return False
    m = _EN_MATCHED_PRICE.match(item.plain, verb.end)
    if m is None:
        return False
    words_between = item.plain[verb.end : m.end()]
    if find_terms(words_between.lower(), words("objective_competitors", "en"), "en"):
        return True
    return any(w[:1].isupper() for w in words_between.split())


def _yield_weighed(item: Item, verb: Verb | None) -> bool:
    """A harvest verb leads and weighs what it gathers ("Harvest 40 kg of tomatoes")."""
    if item.language != "en" or verb is None or verb.position != "lead":
        return False
    lemma = _en_lemma(verb.word.lower())
    if lemma not in _HARVEST_VERBS | _BODY_WEIGHT_VERBS:
        return False
    m = _WEIGHED_FIGURE.match(item.folded, verb.end)
    if m is not None and lemma in _BODY_WEIGHT_VERBS and lemma not in _HARVEST_VERBS:
        # "Drop 40 kg of old files at the depot": things weighed, no body (5616)
        return _BODY_OF.match(item.folded, m.end()) is not None
    return m is not None


# One's own weight lost or gained, weighed: "Lose 15 pounds by June", "Gain 3 kg of muscle" — a
# body's change, measured, as "Lose 4 kg" already read (decision 5616).
_BODY_WEIGHT_VERBS = frozenset({"lose", "gain", "shed", "drop"})
_BODY_OF = re.compile(r"(?!\s+of\s)|\s+of\s+(?:muscle|fat|body\s?fat|lean|weight|bodyweight)\b")


# What joins the people counted to the event they take part in: "for the", "in our", "into this".
_EN_JOINS_EVENT = re.compile(
    r"\s(?:for|in|into|at|to\s(?:run|walk|ride|swim|fundraise|take\spart)(?:\s[a-z]{1,12}){0,3}?"
    r"\s(?:in|at|for))\s(?:the|our|this|next|a|an|its)\s(?:[a-z0-9'’-]{1,20}\s){0,3}?$"
)
_EN_EVENT_UNIT_AFTER = re.compile(r"\s(?:team|teams|group|staff|unit|office|desk|committee|crew)\b")
# "Hire" always adds staff, whatever the hires then do (decision 4).
ALWAYS_HIRED = frozenset({"hire", "hires", "hired", "backfill"})
# Helpers of an event are its crew, not its entrants: "Recruit 30 stewards for the fun run".
_EN_EVENT_CREW = re.compile(r"\b(?:volunteers?|stewards?|marshals?|helpers?|staff|crew)\b")


def _event_participants(item: Item, verb) -> bool:
    """People recruited to take part in an event or a study (rules/data/en/
    kr_participant_events.txt): "Recruit 120 riders for the coast-to-coast ride" counts
    people reached, not staff (decision 5931). A staff noun or the event's crew stays hiring."""
    if item.language != "en" or verb.position != "lead" or verb.word in ALWAYS_HIRED:
        return False
    if not any(q.is_target and q.kind == "count" for q in item.facts.quantities):
        return False  # "Recruit a research assistant for the trial": one person, a hire
    text, end = item.folded, item.core_span[1]
    for t0, t1, _w in terms(item, "kr_participant_events"):
        if t0 <= verb.end or t0 > end or _EN_EVENT_UNIT_AFTER.match(text, t1):
            continue  # "Recruit 2 analysts for the study team": the team that runs it
        joined = _EN_JOINS_EVENT.search(text, verb.end, t0)
        if joined is None:
            continue
        counted = (verb.end, joined.start())
        staff = [t for t in terms(item, "kr_staff_nouns") if counted[0] <= t[0] < counted[1]]
        crew = _EN_EVENT_CREW.search(text, verb.end, joined.start())
        return crew is None and all(t[2] == "people" for t in staff)
    return False


def _hiring(item: Item) -> bool:
    """Adding people to the team (decision 4): a hiring verb, or a count of staff added."""
    verb = item.facts.shape.verb
    if verb is not None and verb.cls == "hire":
        if any(q.is_target and q.kind == "percent" for q in item.facts.quantities):
            return False  # "新人入职30天内独立提交代码的比例达到90%": a share (decision 3)
        if _event_participants(item, verb):
            return False  # "Recruit 150 runners for the spring half marathon" (decision 5931)
        if verb.word in ALWAYS_STAFF:
            return True  # "Hire +2 CEs by June 30 … up to 5 if hiring targets grow" (decision 4)
        if _partners_onboarded(item, verb):
            return False  # "Onboard 10 design partners": partners won (decision 3891)
        if _places_filled(item, verb):
            return False  # "Clearing places filled by Aug 20": a quota reached (decision 4203)
        if verb.position == "predicate" and _onboarding_time(item, verb):
            return False  # "New tenant onboarded in under 30 minutes": a duration (3062)
        if zh_brings_in_things(item):
            return False  # "引进2台彩超设备": equipment brought in, nobody hired (decision 3040)
        # "Onboard 20 new merchants": customers won, not staff.
        after = (verb.end, item.core_span[1])
        if _onboarded_onto(item, verb):
            return False  # counted adopters of a service (decision 1293)
        if verb.position == "predicate":
            # "200 customers onboarded with >3 sources": the subject names who joins; customers
            # won, not staff (decision 3012)
            before = (item.core_span[0], verb.start)
            if _served(item, before) and not _is_term(item, before, "kr_staff_nouns"):
                return False
        return not _served(item, after) or _is_term(item, after, "kr_staff_nouns")
    if (
        verb is not None
        and verb.cls not in ("change", "act")
        and verb.word not in _ZH_ADDED
        and verb.word not in _SIGNS_PEOPLE
        and verb.word not in _BRINGS_PEOPLE
    ):
        return False
    text = item.folded
    core_end = item.core_span[1]
    if item.language == "en" and item.facts.from_to:
        first = item.facts.from_to[0][0]
        if _PEOPLE_LISTED.search(text, item.core_span[0], first.start):
            return False  # "Waiting list 40 -> 120 people": those waiting, no staff (3243)
    for q in counts(item):
        if not q.is_target or q.kind not in ("count", "placeholder") or q.value == 0:
            continue  # nobody hires zero: "Patient falls with injury: 0 (charge nurses)"
        # "组建不少于XX人的销售团队": a count held by a placeholder is a headcount too (decision 476)
        if item.language == "zh":
            if _zh_served_head(item, q):
                continue  # "签约家庭医生的居民新增2000人": residents enrolled, no staff (5943)
            if q.unit in _ZH_PEOPLE_UNITS and (
                # not the owner's bracket after the wording: "…增加到130人（招生办 刘老师）"
                _is_term(item, (max(0, q.start - 12), min(q.end + 8, core_end)), "kr_staff_nouns")
                or _zh_qualified_staff(item, q)
            ):
                if _ZH_STAFF_LEAVING.search(text, max(0, q.start - 12), q.start):
                    continue  # "员工离职由8人减少到3人": people leaving, counted (decision 6780)
                return not _ZH_PEOPLE_ACHIEVE.search(text, q.end, item.core_span[1])
            continue
        if _is_term(item, (max(0, q.start - 14), q.start), "kr_adoption_words"):
            continue  # "a talk that influences 50+ developers": the audience reached, not staff
        if _MET_WITH_BEFORE.search(text, max(0, q.start - 24), q.start):
            continue  # "talks with all 45 team members": the staff met, not added (1300)
        if _users_reach(item, q):
            continue  # "Weekly active users of the portal reach 150 engineers" (decision 2663)
        if _counted_doers(item, q):
            continue  # "At least 50 reps have given feedback", "… by at least 2 people" (6740)
        nxt = find_terms(text[q.end : q.end + 24], words("kr_staff_nouns", "en"), "en")
        if (
            nxt
            and nxt[0][0] <= 12
            # "12+ agent actions per user": the staff word names whose acts are counted (6740)
            and not _STAFF_WORD_MODIFIES.match(text, q.end + nxt[0][1])
            and not text[q.end : q.end + nxt[0][0]].strip(" -").count(" ") > 1
            # "count to 20 (teacher assessment)": an aside names who checks, not staff (424)
            and not any(c in text[q.end : q.end + nxt[0][0]] for c in "(（,，;；")
            and not _joins_outside(text, q.end + nxt[0][1])
            and not (nxt[0][2] == "people" and _acts_on_ours(text, q.end + nxt[0][1]))
            and not (nxt[0][2] == "people" and _grown_to_people(item, q))
        ):
            return True
        if re.search(r"\bteam\s(?:by|to)\s?$", text[max(0, q.start - 12) : q.start]):
            return True
        if _TEAM_HIRES_AFTER_COUNT.match(text, q.end):
            return True  # "2 new data hires this half" (decision 4000)
    return False


# A count, then a capitalised plural that the staff list knows, mid-sentence: a programme's named
# members ("At least 60 Reps have hosted a launch party", "25 Tutors have run a session"), not staff
# added (decision 6740). "Sales Reps" and "Hire 5 Reps" keep their readings.
_EN_NAMED_GROUP = re.compile(r"(?<!\s)\s+([A-Z][a-z]+s)\b(?!\s+[A-Z])")
# Participles of staffing a post or a shift: the people after "by" are a headcount (decision 4).
_STAFFED_BY = frozenset(
    {"covered", "staffed", "manned", "crewed", "run", "led", "supervised", "handled", "attended"}
)
# A bracket giving the size of a group counted before it: "N7 agencies (w/ 20+ designers
# employed)", "15 charities (w/ 10+ staff)" (decision 6740).
_EN_GROUP_SIZE_BEFORE = re.compile(
    r"[a-z]\s*\((?:w/|with|each\s+with|having)\s*(?:at\s+least\s+|over\s+|more\s+than\s+)?$"
)

# Words before the count that add the people after it: "Hire 5 Reps", "Grow the Team to 12 …".
_ADDS_PEOPLE_BEFORE = re.compile(r"\b(?:hire|recruit|add|onboard|bring on|grow|staff|team)\b")

# The doers of a passive counted after "by" (decision 6740): "each translation checked by at
# least 2 different people"; not a change's size ("Grow the team by 4 people", "… increased by 3").
_EN_DONE_BY = re.compile(
    r"\b([a-z]+(?:ed|en|wn|ne))\s+by\s+(?:at\s+least\s+|at\s+most\s+|more\s+than\s+|over\s+|"
    r"no\s+fewer\s+than\s+)?$"
)
# A staff word right before the noun a count counts, as its modifier: "12+ agent actions per
# user", "500 agent runs a day" (decision 6740); not the team's own time ("8 engineer hours").
_STAFF_WORD_MODIFIES = re.compile(r"(?<!\s)\s+(?:actions?|interactions?|runs)\b")


def _counted_doers(item: Item, q: Quantity) -> bool:
    """Whether people counted in a key result are not people added to the team: a programme's
    named members after the count ("At least 60 Reps have hosted a local launch party", "25
    Tutors have run a drop-in session"), a group's size in a bracket after it ("N7 agencies (w/
    20+ designers employed)"), or the doers after a passive's "by" ("each translation checked by
    at least 2 different people"). Decision 6740."""
    named = _EN_NAMED_GROUP.match(item.plain, q.end)
    if (
        named is not None
        # not a title-cased wording ("Grow the Team to 12 Engineers"): a lower-case word follows
        and re.search(r"\b[a-z]{3,}\b", item.plain[named.end() : item.core_span[1]])
        and not _ADDS_PEOPLE_BEFORE.search(item.folded, max(0, q.start - 24), q.start)
    ):
        return True
    if _EN_GROUP_SIZE_BEFORE.search(item.folded, max(0, q.start - 16), q.start):
        return True  # "N7 agencies (w/ 20+ designers employed)": the size of those counted
    by = _EN_DONE_BY.search(item.folded, max(0, q.start - 40), q.start)
    if by is None or by.group(1) in _STAFFED_BY:
        return False  # "Each shift covered by at least two nurses": staffing (decision 4)
    said = by.group(1)
    table = verb_classes("en")
    classes = {table.get(w) for w in (_en_lemma(said), said[:-1], said[:-2])}
    return "change" not in classes


# A thing grown "to N people": the waitlist, the community, the audience (decision 5351).
_TO_BEFORE = re.compile(r"\bto\s(?:about\s|around\s|over\s|at least\s)?$")
_GROWN_TEAM_WORDS = frozenset(
    {"engineering", "sales", "marketing", "support", "product", "design", "data", "finance",
     "legal", "operations", "ops", "hr", "it", "org", "organisation", "organization",
     "department", "workforce", "function", "practice", "office", "studio", "bench", "squad"}
)  # fmt: skip


def _grown_to_people(item: Item, q: Quantity) -> bool:
    """A thing of the team's grown "to N people" that is not the team: "Grow the waitlist to
    1,000 people", "Grow the alumni network to 3,000 people" count an audience won (decision
    5351), as "Waiting list 40 -> 120 people" does (decision 3243). "Grow the team to 12
    people", "Grow engineering to 45 people" stay headcount: a staff word or a team's function
    names what grows."""
    verb = item.facts.shape.verb
    if item.language != "en" or verb is None or verb.position != "lead" or verb.cls != "change":
        return False
    to = _TO_BEFORE.search(item.folded, max(0, q.start - 16), q.start)
    if to is None or to.start() <= verb.end:
        return False
    grown = (verb.end, to.start())
    if _is_term(item, grown, "kr_staff_nouns"):
        return False
    return not any(
        w in _GROWN_TEAM_WORDS for w in re.findall(r"[a-z]+", item.folded[grown[0] : grown[1]])
    )


# "N new engineering hires", "2 senior backend hires": the headcount noun "hires" with up to two
# words naming the team or the level between the count and it (decision 4000). A preposition or
# a quantifier between them makes the hires a population served ("10 mentors for new hires").
_TEAM_HIRES_AFTER_COUNT = re.compile(
    r"(?<!\s)\s+(?:new\s+)?(?:(?!(?:for|to|of|per|by|with|from|among|across|each|every|all|"
    r"and|or|the|our|their)\b)[a-z][a-z&/-]*\s+){1,2}hires?\b"
)


# A list of the people served, named before a count moved (decision 3243): "Waiting list 40 ->
# 120 people", "Mailing list from 800 to 2,000 people", "Caseload 30 -> 45 people".
_PEOPLE_LISTED = re.compile(
    r"\b(?:waiting\s?list|wait-?list|mailing\slist|email\slist|register|caseload|queue)\b"
)
# People named by a qualification or a trade next to the count: "新增持证电工2名", "配齐2名持证
# 裱花师", "新增注册会计师3人" are staff taken on (decision 404); members, students, users are not.
_ZH_QUALIFIED = re.compile(
    r"(?:持证|执业|专职|全职|兼职|在编)[\u4e00-\u9fff]{0,4}?(?:师|工|(?<![会学队])员|士|医生)|"
    r"[\u4e00-\u9fff](?:师|电工|焊工|技工|钳工|厨工)(?![\u4e00-\u9fff])"
)
# What people counted go on to do: "3名教师在优质课评比中获奖" is a result, not hiring.
# Staff who leave, counted: attrition, a bad event's count (decision 6780), no headcount; a
# vacancy filled after them ("离职补员5人", "离职岗位补招3人") stays a hire.
_ZH_STAFF_LEAVING = re.compile(r"(?:离职|辞职|流失|跳槽|离岗|挖走|挖角)(?!补|岗位|空缺|替|招)")
_ZH_PEOPLE_ACHIEVE = re.compile(
    r"获奖|获评|获得|通过|考取|晋升|入选|评为|拿到"
    # "2名新老师能独立带初三毕业班": staff counted reaching a capability (decisions 460, 1325)
    r"|(?:能够|能|可以)(?:独立|单独|独自|自己)"
)


# Words between the people counted and their count that name the count itself ("居民人数").
_ZH_COUNT_NOUNS = frozenset({"人数", "数量", "总数", "规模", "人次", "名额", "人", "数"})


# Verbs of signing up, enrolling or registering whose doers a 人数 after them counts.
_ZH_SIGN_UP = frozenset({"签约", "报名", "注册", "建档", "登记", "参加", "参与", "入会", "预约"})


def _zh_served_head(item: Item, q: Quantity) -> bool:
    """Whether the last noun before the count `q`, in its clause, names people the team serves or
    enrols ("居民", "家长", "志愿者"; rules/data/zh/objective_people.txt) and no staff: "签约家庭医生
    居民新增1500人", "报名志愿者新增300人" count people reached, whatever staff word comes before them
    (decision 5943, the lead's ruling of the forty-first round); "新增家庭医生12人" stays hiring."""
    cs = clause_of(item, q.start)[0]
    head = None
    last = None
    for t in item.tokens:
        if t.start >= q.start:
            break
        if t.start < cs:
            continue
        if t.text in _ZH_COUNT_NOUNS and last is not None and last.text in _ZH_SIGN_UP:
            return True  # "居家养老签约人数增加1800人": those who signed up, counted (5943)
        if t.pos.startswith("n") and t.text not in _ZH_COUNT_NOUNS:
            head = t
        last = t
    if head is None or head.text not in word_set("objective_people", "zh"):
        return False
    return not any(a <= head.start and head.end <= b for a, b, _w in terms(item, "kr_staff_nouns"))


def _zh_qualified_staff(item: Item, q: Quantity) -> bool:
    text = item.folded
    cs, ce = clause_of(item, q.start)
    before = text[max(cs, q.start - 12) : q.start]
    after = text[q.end : min(ce, q.end + 8)]
    return bool(_ZH_QUALIFIED.search(before) or _ZH_QUALIFIED.match(after.lstrip("名位人")))


# "500+ new developers join our community": people who join something that is not the team
# are an audience won (decision 260), not staff hired.
# "Get 200 people signed up to our loyalty card", "300 people registered for the fun run",
# "150 people enrolled in the course": people signed up to something are an audience won, as
# people who join it are (decision 2403).
_JOINS = re.compile(
    r"\s?(?:join|joins|joined|sign up for|signs up for"
    r"|(?:signed|sign|signs)[\s-]up(?:\s(?:to|for|with|on))?|(?:registered|enrolled|subscribed)\s(?:to|for|with|on|in))"
    r"\s(?:our\s|the\s|a\s)?([a-z]+)"
)
_TEAM_WORDS = frozenset({"team", "teams", "company", "us", "staff", "org", "organisation", "organization", "squad"})  # fmt: skip


# People who do something to the team's own thing: "500 people listen to our podcast every
# week", "1,000 people visit the food bank each month" (decision 4831). Not work done for the
# team ("20 people work on the night shift"), nor joining the team (read by `_JOINS`).
_ACTS_ON_OURS = re.compile(
    r"\s(?!(?:work|works|staff|join|joins|start|starts|on|in|at|to|for|with|from|by|of|into|"
    r"across|per|a|an|the|our|and|or)\b)[a-z]+"
    r"(?:\s(?:to|in|on|at|with|from|for|into|through))?\s(?:our|the|my)\s([a-z]+)"
)


_PEOPLE_AFTER = re.compile(r"\s(?:more\s|new\s|different\s|local\s)?people\b")


def _acts_on_ours(text: str, pos: int) -> bool:
    """Generic people counted, then a verb of theirs on the team's thing (not the team itself):
    an audience or the people served, not a headcount (decisions 3100, 4831)."""
    m = _ACTS_ON_OURS.match(text, pos)
    return m is not None and m.group(1) not in _TEAM_WORDS


def _joins_outside(text: str, pos: int) -> bool:
    m = _JOINS.match(text, pos)
    return m is not None and m.group(1) not in _TEAM_WORDS


# -- recurring effort -----------------------------------------------------------------------


_EFFORT_PER_PERIOD = re.compile(r" per (?:day|week|month|quarter|shift|night|weekend)\b")


def _effort_per_cadence(item: Item) -> int | None:
    """A count or a duration of an effort per cadence (decision 6): "每周推文3篇", "每天直播不少于
    8小时", "Weekly 2 customer calls". Returns where the cadence starts; None when there is no
    cadence, a verb moves a measure, or a share or money is the target."""
    shape = item.facts.shape
    if shape.cadence is None:
        return None
    verb = shape.verb
    targets = [q for q in item.facts.quantities if q.is_target]
    if verb is not None and verb.cls in _NO_TASK and not _habit_after_change(item, verb, targets):
        return None
    if _zh_sets_up_routine(item, verb, shape.cadence):
        return None  # "建立每周例会制度": one mechanism set up (decision 3042)
    if any(q.kind in ("percent", "money", "multiple", "placeholder") for q in targets):
        return None
    if any(capped_per_cadence(item, q) for q in targets) or _bad_events_happen(item):
        return None  # "外卖差评少于每月5条": a cap per month (decision 313)
    if zero_events(item):
        return None  # "每月0次从余额重复扣成功": zero of them, bad events (decision 2143)
    if any(use_per_person_served(item, q) for q in targets):
        return None  # "App usage per user from 3 to 5 sessions a week": their use (6829)
    if item.language == "en" and any(
        q.kind == "duration" and rest_amount(item, clause_of(item, q.start)[0], q) for q in targets
    ):
        return None  # "Get 8 hours of sleep on 5 nights per week": rest got, a level (3008)
    if _time_off_taken(item):
        return None  # "Take 2 full weekends off per month": the writer's rest (203, 6954)
    nouns = terms(item, "kr_activity_nouns")
    for q in targets:
        noun = _counted(item, q)
        if noun is None:
            continue
        if _counts_outcomes(item, noun):
            return None  # "…发布3个答案，来获得15个粉丝": the effort serves a counted outcome
    for q in targets:
        if q.kind not in ("count", "duration"):
            continue
        if (
            item.language == "en"
            and q.kind == "duration"
            and bound(item.folded, item.language, q.start, q.end) == "max"
        ):
            continue  # "Spend under 5 hours a week in meetings": a ceiling on time (3024)
        if item.language == "zh":
            near = any(q.start - 6 <= t[1] <= q.start for t in nouns)
        else:
            near = any(q.end <= t[0] <= q.end + 16 for t in nouns) or any(
                # "Sales calls per week from 20 to 40", "Van trips per day: 40 → 60": the effort
                # per period heads the phrase the count comes after (decision 528)
                t[1] <= q.start and _EFFORT_PER_PERIOD.match(item.folded, t[1])
                for t in nouns
                if t[0] <= item.core_span[0] + 30
                # "One-star reviews per month under 38": bad events, not efforts
                and not any(b[0] < t[1] and t[0] < b[1] for b in negative_terms(item))
                # "Hygiene visits per month 310 -> 380": the people served coming (3240)
                and not _visits_of_people_served(item, t)
            )
        if near:
            return shape.cadence[0]
    if item.language == "zh" and any(_zh_effort_counted(item, shape.cadence, q) for q in targets):
        return shape.cadence[0]
    if (
        item.language == "en"
        and verb is not None
        and verb.position == "lead"
        and verb.cls in ("act", "learn", "decide")
        and any(
            q.kind == "duration"
            and _EN_TIME_PUT_IN.fullmatch(item.folded, verb.end, q.start)
            # "Spend less than 6 hours a week on triage": a ceiling on the time given is a
            # level to keep, as a ceiling on money spent is (decisions 1833, 3024)
            and bound(item.folded, item.language, q.start, q.end) != "max"
            for q in targets
        )
    ):
        # "Study 2 hours every weekday evening", "Research Spanish grammar 1 hour a day": time
        # put into a doing per cadence is effort, as "Practice piano 30 minutes every day" is
        # (decisions 6, 257; decision 2352)
        return shape.cadence[0]
    return None


# After a count: up to two words that qualify people, the people, then a word in -ing.
_EN_PEOPLE_DOING = re.compile(
    r"\s(?:(?:new|active|regular|paying|returning|unique|local|more|different)\s){0,2}"
    r"(?P<who>[a-z]+)\s(?P<verb>[a-z]+ing)\b"
)
# Lead verbs that bring about what others do ("Get 40 donors giving monthly"), unlike verbs of
# the team's own work on people ("Train 20 volunteers running …", "Recruit 30 volunteers …").
_BRINGS_ABOUT = frozenset(("get", "have", "see", "keep"))
# Words in -ing that are no doing of the people before them.
_NOT_THEIR_DOING = frozenset(
    ("including", "excluding", "during", "following", "according", "regarding", "remaining")
)


@cache
def _outside_people() -> frozenset[str]:
    """Plural nouns naming people or groups from outside the team: the people served, visitors,
    adopting groups, people counted as joining (the word lists, less staff nouns)."""
    found: set[str] = set()
    for name in ("people_served", "kr_visitors", "kr_adopting_groups", "objective_people_counted"):
        found |= {w for w in words(name, "en") if " " not in w}
    return frozenset(found - set(words("kr_staff_nouns", "en")))


def _people_doing(item: Item, q: Quantity) -> bool:
    """A count of people from outside the team followed by what they do ("1,500 patients
    booking online", "80 clinics sending referrals"): the count is of people doing it, not of
    the team's efforts (decision 3100). Staff counted ("20 reps calling …") are not."""
    if q.kind != "count":
        return False
    m = _EN_PEOPLE_DOING.match(item.folded, q.end, item.core_span[1])
    return (
        m is not None
        and m.group("who") in _outside_people()
        and m.group("verb") not in _NOT_THEIR_DOING
    )


# A count opening the key result, up to three words naming what is counted, then where it ranks.
_EN_COUNT_RANKING = re.compile(
    r"(?:(?:at\sleast|over|more\sthan)\s)?(?<![\d,])\d[\d,]*\+?\s(?:[a-z][a-z-]*\s){1,3}?"
    r"rank(?:ing|s|ed)?\s(?:on|in|for|#|above|among|at|top|first|number)\b"
)


def _things_ranking(item: Item, lead: int) -> bool:
    """A count that opens the key result, its things, then "ranking/ranks/ranked" and where
    (decision 3103): how many of them a search engine or a store places there."""
    return _EN_COUNT_RANKING.match(item.folded, lead, item.core_span[1]) is not None


# After a verb of work: a count, up to three words naming the things, a participle (or "with")
# and a cap on a share or a count of their use: which things the work picks, not a target.
_EN_PICKED_BY_CAP = re.compile(
    r"\s(?:the\s)?\d[\d,]*\s(?:[a-z][a-z-]*\s){1,3}?(?:[a-z]+ed|running|with)\s(?:by\s)?"
    r"(?:fewer\sthan|less\sthan|under|below|at\smost|<)\s?\d[\d.,]*\s?%"
)


def _share_selects(item: Item, verb: Verb | None) -> bool:
    """ "Sunset 4 reports viewed by fewer than 1% of accounts", "Retire 6 legacy endpoints called
    by under 5% of clients": a verb of work, a count of things, and a cap that says which of
    them the work takes — the figure picks the things, the key result is the work (decision
    3106). Not a verb that moves or wins ("Cut features used by under 5% of users from 30 to
    10" keeps its from→to)."""
    if item.language != "en" or verb is None or verb.position != "lead" or verb.cls != "act":
        return False
    m = _EN_PICKED_BY_CAP.match(item.folded, verb.end, item.core_span[1])
    # "Fix 30 bugs reported by under 5% of users": known defects closed stay decision 7's
    return m is not None and not any(verb.end <= t[0] < m.end() for t in negative_terms(item))


# Creators a brand works with (达人, KOL, 博主 …): before or after 合作, or after 与/和 + count.
_ZH_CREATOR = r"(?:达人|kol|koc|博主|主播|网红|up主|创作者)"
_ZH_CREATORS_WORKED_WITH = re.compile(
    r"合作(?:的)?\s?(?:\d[\d,]*\s?[位个名家]\s?)?[\u4e00-\u9fff]{0,4}?"
    + _ZH_CREATOR
    + r"|"
    + _ZH_CREATOR
    + r"\s?(?:合作|投放)"
    + r"|[与和]\s?(?:\d[\d,]*\s?[位个名家])\s?[\u4e00-\u9fff]{0,4}?"
    + _ZH_CREATOR
    + r"\s?合作"
)


def _zh_creators_worked_with(item: Item, lead: int) -> bool:
    """A count of creators the team works with (decision 3108): "合作达人200位", "达人合作数量达到
    150个", "合作KOL 50个", "与200位达人合作" — paid collaborations, placements bought, counted.
    Not money or a share they bring ("达人带货GMV达到500万"), not creators signed (签约, 签下)."""
    if item.language != "zh":
        return False
    m = _ZH_CREATORS_WORKED_WITH.search(item.folded, lead, item.core_span[1])
    if m is None:
        return False
    targets = [q for q in item.facts.quantities if q.is_target]
    if not targets or any(q.kind in ("percent", "money", "multiple") for q in targets):
        return False
    # the count is of the creators (位, 个, 名, 人, 家), not an amount they bring ("500万")
    return any(q.kind == "count" and q.unit in ("位", "个", "名", "人", "家") for q in targets)


# Between a doing and the time put into it: its object, up to two words, "for", "at least".
_EN_TIME_PUT_IN = re.compile(r"\s(?:[a-z][a-z-]*\s){0,2}?(?:for\s)?(?:at\sleast\s)?")


def _habit_after_change(item: Item, verb: Verb, targets: list[Quantity]) -> bool:
    """A change named without an amount, then the habit that serves it in a later clause
    ("减少久坐时间，每小时至少起身活动5分钟"): the habit is what the KR counts (decision 159). Not
    when the change's own clause holds a figure ("复购率提升到30%，每月…")."""
    if item.language != "zh" or item.facts.shape.cadence is None:
        return False
    vs, ve = clause_of(item, verb.start)
    return item.facts.shape.cadence[0] >= ve and not any(vs <= q.start < ve for q in targets)


_MOVES = frozenset({"increase", "decrease"})


# A chat group after a word of place, where posts are sent: "在会员群", "往VIP客户群里".
_ZH_CHAT_GROUP = re.compile(r"(?<=[在往到向])[\u4e00-\u9fffA-Za-z]{1,8}?群(?:里|内|中)?")


def _zh_effort_counted(item: Item, cadence: tuple[int, int], q: Quantity) -> bool:
    """A count or a time after a Chinese cadence with nothing measured between them: the
    habit itself is counted (decisions 6, 29: "每周跑步3次", "每天背单词50个", "每周巡店，每店每月至少
    1次"). Not when an outcome, a measure or a bad event is named before the number ("每周新客
    30个", "每天销量500杯", "活跃用户人均每周登录3次") or an outcome is counted after it."""
    if q.kind not in ("count", "duration") or q.start < cadence[1] or is_article(item, q):
        return False
    if item.facts.from_to or item.facts.direction(*clause_of(item, q.start)) in _MOVES:
        return False  # "从每季度9起降到2起", "每周发布次数提升到15次": a measure moves
    text = item.folded
    between = (item.core_span[0], q.start)
    if _ZH_MEASURE_END.search(text, cadence[1], q.start) or "率" in text[between[0] : q.start]:
        return False
    if q.kind == "duration" and _ZH_BOUND_WORDS.sub("", text[cadence[1] : q.start]).endswith(
        tuple(words("kr_rest_amounts", "zh"))
    ):
        return False  # "每天睡够7小时": the rest the body gets, a level kept (decision 1844)
    if q.kind == "duration" and zh_care_time(item, q):
        return False  # "户外活动时间每天不少于2小时": time the children get (decision 4663)
    # "在会员群发3条", "在粉丝群里发5条": the chat group is where the posts go, no members or
    # fans won (decision 6846)
    groups = [m.span() for m in _ZH_CHAT_GROUP.finditer(text, between[0], q.start)]
    for name in ("kr_outcome_nouns", "kr_negative_terms", "kr_deliverables"):
        if any(
            between[0] <= t[0] < between[1] and not any(a <= t[0] and t[1] <= b for a, b in groups)
            for t in terms(item, name)
        ):
            return False
    if any(
        between[0] <= a < q.start and not any(g0 <= a and b <= g1 for g0, g1 in groups)
        for a, b, _n in item.facts.kpis
    ):
        return False  # "店长月度考核平均分85分以上": a named measure's level
    noun = _counted(item, q)
    return noun is None or not _counts_outcomes(item, noun)


def _overlaps(item: Item, span: tuple[int, int], name: str) -> bool:
    s, e = span
    return any(s <= t[0] < e for t in terms(item, name))


def _zh_meeting_named(item: Item, start: int) -> bool:
    """A meeting named after the cadence, with no verb: "每周组内美术评审会", "每月经营分析会议"
    (decision 403). Words of three or more characters ending in 会/会议 (not 机会, 社会)."""
    if item.language != "zh":
        return False
    return any(
        t.start >= start
        and t.pos.startswith("n")
        and (t.text.endswith("会议") or (len(t.text) >= 3 and t.text.endswith("会")))
        for t in item.tokens
    )


_ZH_HAPPEN = frozenset({"出现", "发生", "产生"})
# What each counted one does to meet its bar: "each with", "each reaching", "each selling" (1449)
_EACH_VERBS = (
    r"(?:with|at|earning|reaching|making|averaging|doing|hitting|bringing in|generating|seeing|"
    r"selling|serving|drawing|attracting)\b"
)
# The bar each counted one meets, after the count: ", each with", "each reaching", "每家"
_EACH_BAR = re.compile(
    r"(?:,\s*|\s)each\s+(?:of\s+them\s+)?" + _EACH_VERBS + r"[^,;.]*$"
    r"|(?:每家|每个|每位|每名|每所|每条|每款|各)[^，,；;。]*$"
)


# (`(?<![\s,])(?:,\s*+|\s++)each…` from its first character, a comma or a blank, then the
# blanks after it: the same matches, scanned for in C; issue 13)
_EN_EACH_BAR = re.compile(r"[\s,](?<![\s,][\s,])\s*+each\s++(?:of\s+them\s+)?" + _EACH_VERBS)


def _each_meets_a_bar(item: Item) -> bool:
    """A count, then the bar each counted one meets, bounded ("Open 3 new stores, each with
    monthly revenue above $500k", "Launch 4 clinics, each seeing 200+ weekly visits"): the count
    of those that meet it (English; decision 1298)."""
    if item.language != "en":
        return False
    cs, ce = item.core_span
    bar = _EN_EACH_BAR.search(item.folded, cs, ce)
    if bar is None:
        return False
    quantities = item.facts.quantities
    counted = any(q.kind == "count" and q.is_target and q.end <= bar.start() for q in quantities)
    bounded = any(
        q.start >= bar.end()
        and q.end <= ce
        and (item.facts.bound(q) in ("min", "max") or item.folded.startswith("+", q.end))
        for q in quantities
    )  # "above 200", "200+" (decision 1449)
    return counted and bounded


# Time set aside with one's own people, per period: "每月和每个孩子单独过一天", "每周陪父母吃一顿饭",
# "每周跟老公单独出去一次" — a personal routine, effort counted, as date nights are (1415, 1454).
_ZH_TIME_TOGETHER = re.compile(
    r"(?:和|跟|与|陪)(?:每[个位一])?(?:个)?(?:孩子|儿子|女儿|宝宝|老婆|老公|爱人|妻子|丈夫|伴侣|对象|"
    r"父母|爸妈|爸爸|妈妈|家人|家里人|爷爷奶奶|外公外婆)[^，,；;。]{0,6}?"
    r"(?:过|待|呆|相处|吃|玩|出去|出游|散步|聊|约会|旅行|看)"
)


def _efforts_counted(item: Item, act) -> bool:
    """Whether the counted things of the activity at `act` are efforts (posts, workshops); "new"
    before them makes them places or things founded ("4 new clinics", not a training clinic)."""
    start, end = (act.start, act.end) if act is not None else item.core_span
    return any(
        start <= a and b <= end and not item.folded.endswith(("new ", "新"), start, a)
        for a, b, _ in terms(item, "kr_activity_nouns")
    )


# A count of pieces, then the reach each one gets glued after it: "1篇10w+", "2篇阅读10万+的文章",
# "3条点赞过万的视频" — the pieces that reach the bar are counted, an outcome as 爆款 counted is
# (decisions 1449, 6848), not the posting; the measure in a bracket after the piece and a bar
# of 百万/千万 too ("1个爆款视频（播放100w+）", "1条视频播放量过百万", decision 7022).
_ZH_PIECES_OVER_BAR = re.compile(
    r"\d{1,3}\s?[篇条个支期场]\s?(?:[\u4e00-\u9fffa-z]{0,6}?[（(]?"
    r"(?:阅读|播放|点赞|浏览|观看|转发|收藏|评论|分享|收听|下载)量?)?\s?"
    r"(?:\d+(?:\.\d+)?\s?[wW万kK千]\s?\+|\d{3,}\s?\+|(?:过|破|超过?)\s?(?:\d+(?:\.\d+)?\s?)?[十百千]?[万千wW])"
)


def each_meets_a_bar(item: Item) -> bool:
    """Whether the key result counts things that each meet a bar, in either language
    ("Launch 4 new clinics, each with weekly visits above 200", "推出3款新品，每款月销超过1万件"):
    the count of those meeting it is the result (decisions 1298, 1449)."""
    if item.language == "en":
        return _each_meets_a_bar(item)
    if _ZH_PIECES_OVER_BAR.search(item.folded, *item.core_span):
        return True  # "每月1篇10w+", "每季度3条点赞过万的视频": pieces that reach a bar (6848)
    bar = _EACH_BAR.search(item.folded, *item.core_span)
    if bar is None:
        return False
    qs = item.facts.quantities
    # the count first, then each one's bar with its own figure ("每两周和每位组员1on1一次" names
    # whom the effort is with, no bar)
    return any(q.kind == "count" and q.is_target and q.end <= bar.start() for q in qs) and any(
        q.is_target and q.start >= bar.start() for q in qs
    )


def _bad_events_happen(item: Item) -> bool:
    """ "每月最多出现2起客诉", "每季度最多发生1次安全事故": bad events that happen, capped per period,
    are counted; no work recurs, whatever the verb of happening reads as (decision 1292)."""
    verb = item.facts.shape.verb
    return (
        item.language == "zh"
        and verb is not None
        and verb.word in _ZH_HAPPEN
        and bool(_matches(item))
    )


def _time_off_taken(item: Item) -> bool:
    """ "Take" opening an English key result with time off after it, on a cadence or not ("Take 2
    days off per month", "Take 2 full weekends off a month"): rest, no effort (decisions 203,
    6954)."""
    verb = item.facts.shape.verb
    return (
        item.language == "en"
        and verb is not None
        and verb.word == "take"
        # time off, said with "off": "Take two days to plan the year" is work (5291)
        and (m := _TIME_OFF.match(item.folded, verb.end)) is not None
        and re.search(r"\boff\b", m.group(0)) is not None
    )


def _recurring(item: Item) -> tuple[int, int] | None:
    """A cadence with an effort and no measured result (decision 6): "Weekly 1:1s with every
    AE", "每周投诉分析会", "每个迭代输出质量报告", "Pay commissions by the 10th every month"."""
    shape = item.facts.shape
    if shape.cadence is None:
        return None
    verb = shape.verb
    if verb is not None and verb.cls in _NO_TASK:
        return None
    if _launches_recurring_thing(item, verb, shape.cadence):
        return None
    if _zh_sets_up_routine(item, verb, shape.cadence):
        return None  # "建立月度评价机制": one mechanism set up (decision 3042)
    if _bad_events_happen(item) or zero_events(item):
        return None  # "每月0次从余额重复扣成功": zero of them, bad events (decision 2143)
    if item.language == "zh" and _zh_avoids_bad_event(item, _ZH_NONE_OF):
        # "月度大版本无功能回归", "每周上线不出现P0故障": each release held at none of a bad event,
        # the cadence the scope of the measure, no effort repeated (decision 4564)
        return None
    if any(use_per_person_served(item, q) for q in item.facts.quantities):
        return None  # "App usage per user from 3 to 5 sessions a week": their use (6829)
    if _time_off_taken(item):
        return None  # "Take 2 days off per month": the writer's rest (decisions 203, 6954)
    if served_acts(item):
        # "Members log in to the app twice a week": the people served doing it, at a cadence,
        # is their behaviour, a result, as "Members log in 2 times a week" is (decision 2142)
        return None
    if _EACH_BAR.search(item.folded, item.core_span[0], shape.cadence[0]):
        # "Open 3 new stores, each with monthly revenue above $500k": the cadence is the period
        # of the bar each counted one meets, no work repeated (decision 1298)
        return None
    core = item.core_span
    effort = (
        (verb is not None)
        or terms(item, "kr_activity_nouns")
        or terms(item, "kr_deliverables")
        or _zh_meeting_named(item, shape.cadence[1])
        or (item.language == "zh" and _ZH_TIME_TOGETHER.search(item.folded, *item.core_span))
        or _zh_habit_done(item, shape.cadence[1])
    )
    if not effort:
        return None
    return (max(core[0], min(shape.cadence[0], shape.lead)), core[1])


def _zh_habit_done(item: Item, after: int) -> bool:
    """A cadence, then a deed no verb class names and no figure or measure: "每晚陪孩子读绘本",
    "每晚睡前冥想" — a habit to keep, effort on a cadence as "每天晨读" is (decision 5680)."""
    if item.language != "zh" or item.facts.quantities or item.facts.kpis:
        return False
    if _ZH_MEASURE_WORD_END.search(item.folded, after, item.core_span[1]):
        return False
    return any(t.pos == "v" for t in item.tokens if after <= t.start < item.core_span[1])


# A measure word closing the wording ("每周客流量", "每天出勤率"): a measure named, no habit.
_ZH_MEASURE_WORD_END = re.compile(r"(?:量|率|数|额|度|占比|比例|人次)\s?[。.]?\s{0,4}$")


# Between a launch verb and a cadence that names the kind of thing launched: an article, a
# possessive or "new" ("Launch the monthly giving program", "Roll out our new weekly digest"),
# in Chinese a measure word or 新 ("上线每周会员日", "推出一个月度会员计划").
_LAUNCHED_KIND = {
    "en": re.compile(r"\s*(?:(?:the|a|an|our|my|its|their|new)\s+){0,2}"),
    "zh": re.compile(r"(?:一个|一套|一项|新的|新)?"),
}


_CADENCE_AGAIN = {
    "en": re.compile(
        r"\b(?:every|each|per|weekly|daily|monthly|quarterly|nightly|a (?:day|week|month))\b"
    ),
    "zh": re.compile(r"每"),
}


def _measure_closes(item: Item, after: int) -> bool:
    """A measure heads the phrase after a cadence and an effort, with no number (decision 1138):
    "Weekly group meeting attendance", "Monthly training completion rate", "每周例会出勤率" name
    what to measure of the recurring effort (unquantified), not the effort repeated."""
    end = item.core_span[1]
    while end > after and item.folded[end - 1] in " .。;；,，":
        end -= 1
    if item.facts.quantities or end <= after:
        return False
    if item.language == "zh":
        return bool(_ZH_MEASURE_END.search(item.folded, after, end)) and bool(
            re.search(r"率\s?$", item.folded[after:end])
        )
    verb = item.facts.shape.verb
    if verb is not None and not _noun_first(item, verb):
        return False  # "Submit weekly KPI deck on time": the work, kept to a standard
    return any(
        after <= t[0] and t[1] == end and not t[2].startswith("on") for t in _measure_terms(item)
    )


# "<things> <participle> by <people>": "Stripe Connect completed by filmmakers", "Listings
# created by new sellers" (decision 2303). A few modifiers may stand before the people.
_DONE_BY = re.compile(
    r"(?<![\w./-])(?:[\w./-]++\s){1,4}?(?P<done>[a-z]++(?<=ed)|built|written|made|done|sent|"
    r"given|won|sold|shown|chosen|run)\sby\s(?:(?:new|active|first-time|paying|the|our|"
    r"independent|indie|returning|registered|verified)\s){0,2}(?P<who>[a-z-]+)[\s.]*"
)


def done_by_others(item: Item) -> bool:
    """Whether the key result names what the people served, or people outside the team, do to
    things counted ("Listings created by sellers", "10 plugins published by the community")."""
    return _done_by_served(item, max(item.facts.shape.lead, item.core_span[0])) or (
        _served_count_act(item)  # "50 customers post reviews of the app" (decision 5992)
    )


# "More/Fewer …": the comparative before people who say or rate something (decision 2704).
_MORE_FEWER = re.compile(r"(?:more|fewer)\s+")


def _more_people_say(item: Item, lead: int) -> bool:
    """Whether an English key result opens with more or fewer people saying, reporting or rating
    something ("Fewer staff report feeling burned out", decision 2704)."""
    if item.language != "en":
        return False
    m = _MORE_FEWER.match(item.folded, lead)
    return m is not None and people_say_at(item.folded, m.end()) is not None


def _en_no_verb_leads(item: Item, lead: int) -> bool:
    """An English key result with no verb leading its wording at `lead` (decisions 2303, 2820)."""
    if item.language != "en":
        return False
    verb = item.facts.shape.verb
    return verb is None or verb.position != "lead" or verb.start > lead


def _done_by_served(item: Item, lead: int) -> bool:
    """An English key result with no verb leading it that names what the people served do:
    a thing, a past participle, "by" and those people (objective_people.txt, not staff:
    kr_staff_nouns.txt), closing the item. "Pages published by the web team" is the team's."""
    if not _en_no_verb_leads(item, lead):
        return False
    m = _DONE_BY.fullmatch(item.folded, lead, item.core_span[1])
    if m is None:
        return False
    who = m.group("who")
    if who in _OUTSIDE_MAKERS:
        return True  # "10 third-party plugins published by the community" (decision 2664)
    return who in word_set("objective_people", "en") and who not in word_set("kr_staff_nouns", "en")


# Those outside the team who make things for a product (decision 2664): "Plugins published by
# the community", "50 templates shared by the community", "PRs merged from contributors".
_OUTSIDE_MAKERS = frozenset({"community", "contributors", "third-parties", "maintainers"})


# A launch verb followed at once by its window: "Launch in <= 6 weeks", "Ship within 8 weeks".
_WINDOW_AFTER = re.compile(
    r"\s(?:in|within|by|before)\s(?:<=?\s?|≤\s?|under\s|less\sthan\s)?"
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s?"
    r"(?:days?|weeks?|wks?|months?|sprints?)\b"
)


def _bare_launch_in(item: Item, verb: Verb | None) -> bool:
    """An English key result led by a launch verb whose object is missing: the window after it
    says when, nothing says what ("Launch in <= 6 weeks from start")."""
    return (
        item.language == "en"
        and verb is not None
        and verb.cls == "launch"
        and verb.position == "lead"
        and _WINDOW_AFTER.match(item.folded, verb.end) is not None
    )


# Between a count and the deliverable it counts: a "+" and up to two modifier words.
_COUNT_TO_HEAD = re.compile(r"\+?(?:\s[a-z][\w-]{0,20}){0,2}\s")
_NOT_A_MODIFIER = frozenset(
    {"on", "in", "of", "for", "with", "from", "to", "at", "by", "per", "across", "via"}
)


def _deliverables_counted(item: Item, q: Quantity) -> bool:
    """A count with no verb whose head is a deliverable (kr_deliverables.txt) closing the key
    result or its clause: "40+ channel integrations", "100+ dashboards by Q3". "500+ dashboard
    views" counts views; "100+ customers on the new dashboards" counts customers."""
    text, end = item.folded, item.core_span[1]
    for t0, t1, _w in terms(item, "kr_deliverables"):
        m = _COUNT_TO_HEAD.fullmatch(text, q.end, t0)
        if m is None or any(w in _NOT_A_MODIFIER for w in text[q.end : t0].split()):
            continue
        rest = text[t1:end]
        if not rest.strip(" .") or rest.startswith((" by ", " in ", " (", ",", ";")):
            return True
        if _FOR_WHAT_THEN_END.fullmatch(rest):
            return True  # "15+ integration tests covering the billing API" (decision 4344)
    return False


# What the things built are for or cover, then the end or a date: "… for the finance team",
# "… covering the billing API by June 30" — no figure, nor anyone taking them up ("… used by
# 40 teams", "… for 500 customers") (decision 4344).
_FOR_WHAT_THEN_END = re.compile(
    r"\s(?:for|covering|across)\s(?:(?!used|adopted|read|downloaded|viewed|opened)[^\d,;()])*?"
    r"(?:\s(?:by|in|before)\s[^,;]*|\s?\([^)]*\))?[\s.]*"
)


# Deliverables won from others when counted ("合同30份" counts contracts signed, decision 8).
_ZH_WON_DELIVERABLES = frozenset({"合同", "协议"})


def _zh_deliverables_counted(item: Item, q: Quantity) -> bool:
    """A Chinese count with no verb right after a deliverable's name, closing the key result:
    "标量数学函数30个", "数据看板5个", "运营素材库3个" count things built, as "40+ channel
    integrations" does (decisions 2307, 3819). Not money or a level, nor contracts counted."""
    if q.kind != "count" or item.facts.from_to:
        return False
    if not _ZH_UNIT_ONLY.fullmatch(item.folded, q.end, item.core_span[1]):
        return False
    return any(
        t[1] == q.start and t[2] not in _ZH_WON_DELIVERABLES for t in terms(item, "kr_deliverables")
    )


# A measure word alone after the count: "30个", "5套", "2份" (decision 3819).
_ZH_UNIT_ONLY = re.compile(r"\s?[个套份项款条张篇本台部]?\s?[。.；;]?\s*")


def _deliverables_live(item: Item, q: Quantity) -> bool:
    """A count of deliverables, then the launch state they reach and nothing more: "3+ channel
    integrations live", "10+ connectors live by June", "5+ dashboards shipped (ops, finance)" —
    things built and shipped, as "3 channel integrations live" is, whatever floor the "+" sets
    (decision 2626, after 2307). "500+ customers live on the new platform" counts customers."""
    verb = item.facts.shape.verb
    if verb is None or verb.position != "predicate" or verb.cls != "launch" or verb.start < q.end:
        return False
    text, end = item.folded, item.core_span[1]
    rest = text[verb.end : end]
    if rest.strip(" .") and not rest.startswith(
        (" by ", " in ", " (", ",", ";", " for ", " across ")
    ):
        return False
    for t0, t1, _w in terms(item, "kr_deliverables"):
        if t1 > verb.start:
            continue
        m = _COUNT_TO_HEAD.fullmatch(text, q.end, t0)
        if m is None or any(w in _NOT_A_MODIFIER for w in text[q.end : t0].split()):
            continue
        if not text[t1 : verb.start].strip():
            return True
    return False


# After a verb that opens a Chinese key result, the rest of a rate's name and nothing else:
# "支付失败率", "支付成功率", "配送准时率" (decision 5105, lead ruling f of the thirty-fifth round).
_ZH_REST_OF_RATE = re.compile(r"[\u4e00-\u9fff]{0,4}率[\W_]*")


def _zh_verb_in_rate(item: Item, verb) -> bool:
    """Whether a Chinese key result is a verb of work and the rest of a rate's name (5105)."""
    return (
        item.language == "zh"
        and verb.cls not in _NO_TASK
        and not item.folded[item.core_span[0] : verb.start].strip()
        and _ZH_REST_OF_RATE.fullmatch(item.folded, verb.end, item.core_span[1]) is not None
    )


# A verb of answering or handling what others raise, then 及时 closing the wording (5308).
_ZH_HANDLED_IN_TIME = re.compile(
    r"(?:响应|处理|回复|答复|办结|受理|处置|到场|上门)(?:都|均)?(?:要|须|必须)?(?:做到)?(?:很|更加?)?及时[。.!！]?\s*$"
)


def _zh_handled_in_time(item: Item, verb: Verb | None) -> bool:
    """Something others raise (a complaint, a repair call, a fault), then a verb of answering or
    handling it and 及时 closing the wording: "电梯报修响应及时", "业主投诉处理及时". The subject
    comes first, no verb leads and no figure is given: a standard of the service, measured by its
    及时率 or its response time (PRINCIPLES: response time is no task), not work to do (decision
    5308). "及时处理业主投诉" (the verb leads) and "投诉处理及时率达到95%" keep their readings."""
    if item.language != "zh" or item.facts.quantities:
        return False
    if verb is not None and verb.position == "lead":
        return False
    s, e = item.core_span
    m = _ZH_HANDLED_IN_TIME.search(item.folded, s, e)
    return m is not None and m.start() - s >= 2


def _measure_named(item: Item, lead: int) -> bool:
    """The whole key result is a measure's name with no number (decision 1182): "Training
    completion rate", "季度培训完成率" (培训 inside the name, no verb leads it). Not "Improve
    the response rate", which a verb leads."""
    verb = item.facts.shape.verb
    if _noun_first(item, verb):
        verb = None  # "Survey response rate": the word names what is measured (decision 1294)
    if verb is not None and _zh_verb_in_rate(item, verb):
        verb = None  # "支付失败率", "支付成功率": the verb names what is measured (5105)
    if verb is not None and (item.language == "en" or verb.position == "lead"):
        return False
    if item.language == "en" and any(
        not (m.group() == "to" and _funnel_step(item.folded, m.end()))
        for m in _EN_HEAD_BEFORE.finditer(item.folded, lead, item.core_span[1])
    ):
        return False  # "Dashboard for maintainer response times": the dashboard heads it
    return _measure_closes(item, lead)


# A measure's head opening an English key result (decision 2820): a share or count sign
# ("%", "#", "\\#" as a page escapes it, "% of"), a count or share named ("Number of", "Share
# of"), an average ("Avg.", "Median"), or a time to/from an event ("Time to", "Days from").
_EN_MEASURE_OPENS = re.compile(
    r"(?:(?P<count>\\?\#\s?(?:of\s)?|(?:number|no\.|count)\sof\s)"
    r"|%\s?(?:of\s)?|(?:share|percentage|percent|proportion|fraction|ratio|rate)\sof\s"
    r"|(?:avg\.?|average|mean|median)\s"
    r"|(?:(?:lead|cycle)\s)?(?:time|days|hours|minutes|weeks)\s(?:to|from|between|until)\s)"
    r"(?=[a-z])"
)


def _measure_opens(item: Item, lead: int) -> bool:
    """The English wording opens with a measure's head and no verb leads it: "% of invoices
    auto-matched by the ledger", "% drivers can open their route history", "Time to publish
    a new menu", "Avg. claim settlement time (Filed → Paid)" (decision 2820). Not "Improve the
    % of …" (a verb leads) nor a count of efforts (read before)."""
    if not _en_no_verb_leads(item, lead):
        return False
    m = _EN_MEASURE_OPENS.match(item.folded, lead, item.core_span[1])
    if m is None:
        return False
    whole = (lead, item.core_span[1])
    # "Number of blog posts published", "# of case studies written": own efforts or things
    # made, counted, stay what they were (kr-activity-count, kr-is-task)
    return m.group("count") is None or not (
        _is_term(item, whole, "kr_activity_nouns") or _is_term(item, whole, "kr_deliverables")
    )


# Verbs whose object is a measure: "Track response rate", "Report defect rate" are work done on
# the measure, not its name.
_HANDLES_A_MEASURE = frozenset(
    {"track", "monitor", "measure", "report", "calculate", "define", "set", "publish",
     "benchmark", "analyse", "analyze", "audit", "baseline", "collect", "share", "present",
     "review", "dashboard", "compute", "log", "record", "document"}
)  # fmt: skip
# What a verb takes before its object: an article, a possessive, a number, a quantifier.
_OBJECT_LEAD = re.compile(
    r"(?<!\s)\s++(?:the|a|an|our|my|your|their|its|all|every|each|some|more|\d)\b", re.I
)


def _noun_first(item: Item, verb) -> bool:
    """ "Survey response rate", "Order fill rate", "Test pass rate": an English word that can be a
    verb of work opens a name that closes as a measure, with no article, possessive or number
    after it and no figure anywhere: a noun compound naming the measure, not work on it
    (decision 1294). A verb of handling a measure stays a verb ("Track response rate")."""
    if item.language != "en" or verb is None or verb.position != "lead":
        return False
    if verb.cls not in ("act", "decide") or verb.word in _HANDLES_A_MEASURE:
        return False
    if verb.word == "do":
        return False  # "do weekly stock counts": no noun opens with "do" (decision 5753)
    if item.facts.quantities or _OBJECT_LEAD.match(item.folded, verb.end):
        return False
    end = item.core_span[1]
    while end > verb.end and item.folded[end - 1] in " .;,":
        end -= 1
    # the rest of it is one measure's name ("response rate"): nouns, then the measure's head;
    # not work kept to a standard ("Submit weekly KPI deck on time")
    rest = item.folded[verb.end : end].split()
    to = item.folded.find(" to ", verb.end, end)
    if to >= 0 and _funnel_step(item.folded, to + 3):
        # "Film page to purchase conversion rate": two funnel steps joined in the name (2302)
        rest = [w for w in rest if w != "to"]
    if not 2 <= len(rest) <= 4 or any(w in _NOT_IN_A_NAME for w in rest):
        return False
    return any(t[1] == end for t in _measure_terms(item))


# After a measure's name: nothing, or whom it is taken among ("among weekly actives").
_EN_MEASURE_SCOPE_AFTER = re.compile(
    r"(?:\s(?:among|for|of|in|across|on|from)(?:\s[a-z0-9][a-z0-9'’-]{0,20}){1,5})?\W{0,3}$"
)


def _noun_compound_measure(item: Item, lead: int) -> bool:
    """A predicate verb in its base form right after one bare word ("Battle pass purchase
    rate …", "Season pass renewal rate"), then up to three words closing as a measure, with no
    figure: the verb is a noun inside the measure's name (a singular subject would take
    "passes")."""
    verb = item.facts.shape.verb
    if item.language != "en" or verb is None or verb.position != "predicate":
        return False
    said = item.folded[verb.start : verb.end]
    if said != verb.word or item.facts.quantities:
        return False
    before = item.folded[lead : verb.start].split()
    if len(before) != 1 or before[0].endswith("s") or before[0] in _NOT_IN_A_NAME:
        return False
    return any(
        verb.end < t[0]
        and len(item.folded[verb.end : t[1]].split()) <= 3
        and _EN_MEASURE_SCOPE_AFTER.match(item.folded, t[1], item.core_span[1])
        for t in _measure_terms(item)
    )


_NOT_IN_A_NAME = frozenset(
    {"on", "in", "within", "by", "for", "of", "to", "at", "per", "before", "after", "under",
     "and", "or", "with", "from", "than", "over"}
)  # fmt: skip


# A preposition after the head noun: what follows qualifies the head, not a measure's name.
_EN_HEAD_BEFORE = re.compile(r"\b(?:for|of|on|about|with|to|in|by|from|at|per)\b")
# "Film page to purchase conversion rate", "Trial to paid conversion": "to" joins two steps of a
# funnel inside the measure's name, no thing that heads it (decision 2302).
_FUNNEL_STEP = re.compile(r"\s([\w-]+)(?:\s[\w-]+)?\s(?:conversion|drop-?off|upgrade)\b")


def _funnel_step(folded: str, at: int) -> bool:
    """Whether "to" ending at `at` joins two funnel steps before a conversion: "page to purchase
    conversion rate". "Dashboard to track checkout conversion rate" does work on the measure:
    a verb of handling or of change after "to" opens a purpose, no step."""
    m = _FUNNEL_STEP.match(folded, at)
    if m is None:
        return False
    w = m.group(1)
    return (
        w not in _HANDLES_A_MEASURE
        and w not in _SHOWS
        and en_verb_class(w)
        not in (
            "change",
            "decide",
        )
    )


_SHOWS = frozenset(("show", "see", "view", "display", "surface", "visualise", "visualize"))


# Launch-class verbs that put out one issue of a recurring thing, not the thing itself.
_ISSUES_EACH_TIME = frozenset(("publish", "release", "ship", "send out", "发布", "发表", "发出"))


def _launches_recurring_thing(item: Item, verb, cadence: tuple[int, int]) -> bool:
    """A launch whose object is a thing that recurs (decision 1135): "Launch the monthly giving
    program by Nov 1", "6月底前上线每周会员日活动". The cadence names the kind of program put
    in place, not how often the team acts: a launch (a milestone when dated), not an effort
    repeated."""
    if verb is None or verb.cls != "launch" or verb.position != "lead":
        return False
    if verb.word in _ISSUES_EACH_TIME:
        return False  # "Publish the weekly newsletter": the issue is the work, each week
    m = _LAUNCHED_KIND[item.language].match(item.folded, verb.end)
    if m is None or m.end() != cadence[0]:
        return False
    # "Publish the weekly newsletter every Friday": a second cadence says how often it is done
    return not _CADENCE_AGAIN[item.language].search(item.folded, cadence[1], item.core_span[1])


# A rule, mechanism or routine the team sets up, named after a cadence: "建立供应商质量月度评价机制",
# "建立每周例会制度", "出台每日晨检制度" (decision 3042).
_ZH_SETS_UP = frozenset(
    {"建立", "制定", "出台", "推行", "搭建", "建成", "形成", "健全", "设立", "确立", "实行", "建设"}
    | {"完善"}  # "完善每月1次的质量分析机制": the mechanism reworked, one task (decision 3451)
)
_ZH_SYSTEM_AFTER = re.compile(
    r"[^，,；;。、\s]{0,10}?(?:机制|制度|办法|流程|体系|规范|模板|台账|管理规定)(?:[^，,；;。、\s]{0,2})$"
)


def _zh_sets_up_routine(item: Item, verb, cadence: tuple[int, int]) -> bool:
    """A set-up verb leading a rule or mechanism whose name holds a cadence (decision 3042):
    the cadence says how often the mechanism will run once it exists, not how often the team
    acts now. One piece of work (a task, unquantified without a figure), not an activity
    count: nothing is counted. "每周召开例会" (the meetings themselves) stays an activity."""
    if item.language != "zh":
        return False
    if verb is not None and verb.position == "lead" and verb.word in _ZH_SETS_UP:
        end = verb.end
    else:
        # "形成每周一次的销售复盘机制", "健全每周两次的安全巡查制度": a set-up word the verb lexicon
        # does not read as the lead opens the wording all the same (decision 3451)
        start = item.core_span[0]
        lead = next((w for w in _ZH_SETS_UP if item.folded.startswith(w, start)), None)
        if lead is None:
            return False
        end = start + len(lead)
    if not end <= cadence[0] <= end + 12:
        return False
    return _ZH_SYSTEM_AFTER.match(item.folded, cadence[1], item.core_span[1]) is not None


# After take/place/finish/make, a place won: "take first prize", "place in the top 3", "make
# the final" (decision 3980).
_EN_PLACE_AFTER = re.compile(
    r"(?<!\s)\s+(?:(?:in|among)\s+)?(?:the\s+)?(?:top\b|first|second|third|\d+(?:st|nd|rd|th)|final|"
    r"semi-?finals?|quarter-?finals?|podium|shortlist)"
)
# Taking part in a contest or an event (decision 3980), then a joiner and what is won there.
_ZH_TAKES_PART = frozenset({"参加", "参与", "参赛", "报名参加", "代表学校参加", "组队参加"})
_ZH_THEN_WON = re.compile(r"(?:并且|并|且|，|,|后|中)\s?(?:力争|争取|成功|顺利|最终)?")


# English: entering, then "and" and a verb that wins or reaches ("… and win first prize").
_EN_TAKES_PART = frozenset({"enter", "take", "compete", "participate", "join", "play"})
_EN_THEN_WON = re.compile(r"\s+and\s+(?:then\s+|also\s+)?([a-z]+)\b")
_EN_WINS = frozenset({"win", "reach", "earn", "take", "place", "finish", "make"})


def _joined_then_won(item: Item, verb: Verb) -> Verb | None:
    """The verb of winning after taking part: "参加区级公开课评比并获得二等奖以上", "参加市级技能大赛
    并获得一等奖", "Enter the regional bake-off and win at least second prize" — the prize or the
    round reached is what the key result promises, as "在区级评比中获得二等奖" and "Win the
    regional bake-off" are (decision 193); taking part alone ("参加3次区级教研活动", "Enter the
    regional bake-off") stays the work (decision 3980)."""
    if verb.position != "lead":
        return None
    if item.language == "en":
        if verb.word not in _EN_TAKES_PART:
            return None
        m = _EN_THEN_WON.search(item.folded, verb.end, item.core_span[1])
        if m is None or m.group(1) not in _EN_WINS or m.start() - verb.end > 60:
            return None
        if m.group(1) in ("take", "place", "finish", "make") and not _EN_PLACE_AFTER.match(
            item.folded, m.end(1)
        ):
            return None  # "… and make 3 new friends", "… and finish the course": no place won
        return Verb(m.start(1), m.end(1), m.group(1), "win", "predicate")
    if verb.word not in _ZH_TAKES_PART:
        return None
    table = verb_classes("zh")
    end = item.core_span[1]
    for m in _ZH_THEN_WON.finditer(item.folded, verb.end, end):
        if m.start() - verb.end > 24:
            break
        at = m.end()
        word = next(
            (w for w in _zh_win_words(table) if item.folded.startswith(w, at)),
            None,
        )
        if word is not None:
            return Verb(at, at + len(word), word, table[word], "predicate")
    return None


def _zh_win_words(table: dict[str, str]) -> list[str]:
    """The Chinese verbs of winning or reaching a place, longest first."""
    return sorted((w for w, c in table.items() if c in ("win", "reach")), key=len, reverse=True)


# Verbs that set a routine up: "Set up a weekly pipeline review", "Start a monthly stock count"
# (lead ruling 1793); Chinese uses _ZH_SETS_UP (decision 3042).
# ("Introduce a quarterly partner review by June 30" stays a recurring thing launched, 1135)
_EN_SETS_UP = frozenset({"set up", "establish", "institute", "start", "put in place"})
# Between the set-up verb and the cadence: an article or "new" ("Set up a new weekly …").
_EN_SET_UP_GAP = re.compile(r"\s*(?:(?:a|an|the|our|new|regular)\s+){0,2}")


def _routine_set_up(item: Item) -> bool:
    """A verb that sets a routine up, the cadence right after it, then a routine meeting or
    output (kr_routine_objects.txt) with no figure to reach: "Set up a weekly pipeline review",
    "Set up a fortnightly check-in with each store manager", "Establish monthly stock counts",
    "建立每周例会制度" — business as usual put in place, which kr-business-as-usual names; no task
    or effort count beside it (lead ruling 1793). A count ("Set up 2 weekly reviews"), a target
    or a routine the lexicon does not know ("Start a weekly newsletter") keep their reading."""
    shape = item.facts.shape
    verb, cadence = shape.verb, shape.cadence
    if verb is None or cadence is None or verb.position != "lead":
        return False
    if any(q.is_target for q in item.facts.quantities):
        return False
    if item.language == "zh":
        if verb.word not in _ZH_SETS_UP or not verb.end <= cadence[0] <= verb.end + 12:
            return False
        if re.search(r"[，,；;]", item.folded[verb.end : cadence[0]]):
            # "推行晨会制度，各班组每日站会": a practice rolled out, then what each team does on
            # its cadence — the rollout is the work, not a routine set up (decision 6310)
            return False
    else:
        if verb.word not in _EN_SETS_UP:
            return False
        gap = _EN_SET_UP_GAP.match(item.folded, verb.end)
        if gap is None or gap.end() != cadence[0]:
            return False
    return any(
        cadence[1] <= a <= cadence[1] + 16 for a, _, _ in item.facts.terms("kr_routine_objects")
    )


# -- deliverables ---------------------------------------------------------------------------


# After a label's colon: a count (no share, no money, no thousands), then what was done to the
# things counted or how often (decision 2672).
_EN_LABEL_VALUE = re.compile(
    r"\s?(?P<n>\d{1,4}(?:,\d{3})?)(?![\d.,%]|\s?(?:k|m|%|percent)\b)\s?(?:new\s|more\s|extra\s)?"
    r"(?P<part>[a-z]+)?"
)
# "by" and who, after the participle: others did it ("… published by developers").
_BY_OTHERS_AFTER = re.compile(r"\s?by\s(?!(?:the\s|our\s)?(?:team|us|me)\b)")
# The tail after an effort noun inside the label: "Driver training days", "Coaching hours".
_EFFORT_TAIL = re.compile(r"\s?(?:days?|sessions?|hours?|events?)?\s?")
# Who or where the efforts reach, after their noun in a label (decision 3240): "Outreach talks
# at housing offices", "Taste panels with pupils" — a preposition and up to four plain words.
_EFFORT_AUDIENCE = re.compile(
    r"\s(?:at|with|in|for|to|across|among)\s(?:(?:the|our|local)\s)?[a-z][a-z'&-]*+"
    r"(?:\s(?!(?:that|which|who|where|over|above|under|more|less)\b)[a-z][a-z'&-]*+){0,3}\s?"
)
# Participles that say the things counted were made, opened or put in place.
_LABEL_MADE = frozenset(
    {"added", "opened", "installed", "fitted", "built", "launched", "created", "produced",
     "developed", "written", "published", "shipped", "released", "deployed", "rolled", "set"}
)  # fmt: skip


def _work_participle(word: str | None) -> bool:
    """A past participle of a verb of work, discovery or contact ("trained", "redesigned",
    "assessed", "visited"), not one that passes, hires, wins or changes (decision 2672)."""
    if not word or not (word.endswith(("ed", "en")) or word in _EN_PARTICIPLES):
        return False
    lemma = _en_lemma(word)
    if lemma == word:
        return False
    return verb_classes("en").get(lemma) in ("act", "launch", "complete", "decide", "contact")


# "<efforts> per <one of the team>[ per <period>]: <count>[ a <period>]".
_EN_PER_MEMBER_LABEL = re.compile(
    r"(?<![a-z-])(?P<label>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,3}?)\sper\s(?P<role>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)"
    r"(?:\sper\s(?:day|week|month|quarter|sprint|shift))?\s?:\s?(?:at\sleast\s|≥\s?|>=\s?)?"
    r"\d[\d,]*(?:\s(?:a|per|each)\s(?:day|week|month|quarter|sprint|shift))?"
)


def _label_efforts_per_member(item: Item) -> bool:
    """A label that names efforts shared out over each one of the team, then the count after
    its colon (decision 3109; decision 2203 for "6 peer observations per teacher"): "Role-play
    sessions per new hire: 10", "Site visits per manager: 6", "Calls per SDR per day: 60". An
    outcome or a measure named instead keeps its reading ("Deals per rep: 12", "Revenue per
    employee: $250k", "Customers per CSM: 45")."""
    if item.language != "en":
        return False
    start, end = item.core_span
    m = _EN_PER_MEMBER_LABEL.fullmatch(item.folded, start, end)
    if m is None:
        return False
    roles = {*words("kr_staff_nouns", "en"), *words("owner_roles", "en")}
    role = m.group("role").split()
    if not any(w in roles or f"{w}s" in roles for w in role):
        return False
    label_end = m.end("label")
    return any(
        m.start("label") <= t[0]
        and t[2] not in _WON_PIECES
        and _EFFORT_TAIL.fullmatch(item.folded, t[1], label_end)
        for t in terms(item, "kr_activity_nouns")
    )


# A Chinese label's count of efforts (decision 3721): the label ends with an effort
# (kr_activity_nouns), or with one and its count's word; the value is a count, or a count moved
# to another, with at most a short unit and a bracket after it. Not a measure of the people reached
# ("文章阅读量", "直播观看人数", "活动报名人数": the label ends with the measure).
_ZH_EFFORT_COUNT_WORDS = ("", "数", "数量", "次数", "场次", "篇数", "条数", "场数", "期数")
_ZH_LABEL_COUNT_VALUE = re.compile(
    r"\s?\d[\d,]*\+?\s?[\u4e00-\u9fff]{0,2}\s?"
    r"(?:(?:→|->|=>|到|至)\s?\d[\d,]*\+?\s?[\u4e00-\u9fff]{0,2}\s?)?"
    r"(?:[(（][^()（）]{0,20}[)）]\s?)?"
)


def _zh_label_counts_efforts(item: Item) -> bool:
    """ "<effort>：<count>" or "<effort>：<count> → <count>" in a Chinese key result (decision
    3721)."""
    start, end = item.core_span
    text = item.folded
    colon = min(
        (i for i in (text.find("：", start, end), text.find(":", start, end)) if i >= 0), default=-1
    )
    if colon <= start or not _ZH_LABEL_COUNT_VALUE.fullmatch(text, colon + 1, end):
        return False
    label_end = colon
    while label_end > start and text[label_end - 1].isspace():
        label_end -= 1
    return any(
        t[1] + len(w) == label_end and text.startswith(w, t[1])
        for t in terms(item, "kr_activity_nouns")
        for w in _ZH_EFFORT_COUNT_WORDS
    )


def _label_counts_work(item: Item, lead: int) -> str | None:
    """ "<label>: <count> …" where the label names efforts ("Blog posts: 8 published per month",
    "Webinars: 6 hosted with partners", "Driver training days: 2 per driver") — an activity count
    — or the count is followed by a participle that makes or puts the things in place ("Electric
    vans: 20 added to the fleet", "New stores: 3 opened in the north") — a task (decision 2672).
    A label with an outcome or a measure word ("Webinar attendees: 300", "Blog traffic: 20k
    visits") or a share or money after the colon keeps the measured reading."""
    if item.language != "en":
        return None
    core_start = item.core_span[0]
    colon = item.folded.rfind(":", core_start, lead)
    if colon <= core_start:
        # "Fire safety talks: 40", "Sales calls: 500": a label and its count alone, the label
        # read as the wording (decision 3023)
        colon = _value_only_label(item)
        if colon is None:
            return None
    efforts = terms(item, "kr_activity_nouns")
    verb = item.facts.shape.verb
    if (
        verb is not None
        and verb.start < colon
        and not any(t[0] <= verb.start < t[1] and t[1] <= colon for t in efforts)
    ):
        return None  # not the "blog" of "Blog posts: 12" (decision 3023)
    m = _EN_LABEL_VALUE.match(item.folded, colon + 1, item.core_span[1])
    if m is None:
        return None
    label = (core_start, colon)

    audience = _label_audience(item, label, efforts)

    def named(s: int, e: int) -> bool:
        # a word inside the efforts' own name is no outcome: "sales" of "Sales calls" (3023);
        # nor are those the efforts reach: "pupils" of "Taste panels with pupils" (3240)
        return label[0] <= s < min(label[1], audience) and not any(
            t[0] <= s and e <= t[1] and (t[0], t[1]) != (s, e) for t in efforts
        )

    if any(
        named(t[0], t[1]) for t in terms(item, "kr_outcome_nouns") + _measure_terms(item)
    ) or any(named(k[0], k[1]) for k in item.facts.kpis):
        return None
    if _BY_OTHERS_AFTER.match(item.folded, m.end(), item.core_span[1]):
        return None  # "Apps: 40 published by developers": what others do (decision 2303)
    part = m.group("part")
    if part in _LABEL_MADE or _work_participle(part):
        return "task" if not _is_term(item, label, "kr_activity_nouns") else "activity"
    label_end = len(item.folded[:colon].rstrip())
    for t in terms(item, "kr_activity_nouns"):
        if t[2] in _WON_PIECES:
            continue  # "Reviews: 50 new 5-star reviews" are given by customers
        if t[2] in ("visits", "sessions") and int(m.group("n").replace(",", "")) >= 1000:
            continue  # "Visits: 12,000": the people served coming, in thousands (2141, 3240)
        if (
            label[0] <= t[0]
            and t[1] <= label_end
            and (
                _EFFORT_TAIL.fullmatch(item.folded, t[1], label_end)
                or (t[1] == audience and audience < label_end)
            )
        ):
            return "activity"
    return None


def _label_audience(item: Item, label: tuple[int, int], efforts: list[tuple[int, int, str]]) -> int:
    """Where a label's "at/with/in … <whom>" after its efforts' noun starts ("Outreach talks| at
    housing offices", "Taste panels| with pupils", decision 3240); the label's end when there is
    none. The words after the preposition name those reached, not what is counted."""
    end = len(item.folded[: label[1]].rstrip())
    for t in efforts:
        if label[0] <= t[0] and t[1] < end and _EFFORT_AUDIENCE.fullmatch(item.folded, t[1], end):
            if t[2] in ("visits", "sessions") and any(
                w in word_set("kr_visitors", "en") for w in item.folded[t[1] : end].split()
            ):
                continue  # "Sessions in the app: 300": the people served using it (1730)
            return t[1]
    return label[1]


# A label, its colon and a bare count after it, nothing else: "Fire safety talks: 40" (3023).
_EN_LABEL_COUNT_ONLY = re.compile(r"[a-z][a-z -]{0,40}:\s?\d{1,4}(?:,\d{3})?\s*$")


def _value_only_label(item: Item) -> int | None:
    """Where the colon of "<label>: <count>" is when nothing but the count follows it (decision
    3023); None otherwise."""
    s, e = item.core_span
    if _EN_LABEL_COUNT_ONLY.match(item.folded, s, e) is None:
        return None
    return item.folded.find(":", s, e)


_EN_NUMBER_OF = re.compile(r"\s(?:the\s)?(?:total\s)?(?:number|count)\sof\s")


def _outputs_moved(item: Item, verb: Verb) -> bool:
    """A verb of change leading, a from→to in counts, and what is counted — between the verb and
    "from", or right after the numbers — is the team's own pieces (kr_activity_nouns,
    kr_deliverables: articles, case studies, courses, templates …) with no measure or outcome
    word anywhere (decision 2669): "Grow the template gallery from 20 to 50 templates" counts
    output, as "Publish 30 more templates" does. "Increase course enrolments from 600 to 1,100",
    "Grow case study downloads from 200 to 800" are measures."""
    if item.language != "en" or verb.position != "lead" or verb.cls != "change":
        return False
    pairs = item.facts.from_to
    if not pairs:
        return False
    a, b, _s = pairs[0]
    if a.kind != "count" or b.kind != "count" or a.start < verb.end:
        return False
    if b.value < a.value:
        # "Cut flaky integration tests from 30 to 5", "Reduce our SOPs from 40 to 12": fewer of
        # the pieces is no more output made (decision 4343)
        return False
    cs, ce = clause_of(item, verb.end)
    if any(cs <= t[0] < ce for t in terms(item, "kr_outcome_nouns") + _measure_terms(item)):
        return False
    if any(cs <= k[0] < ce and k[2] not in ("number", "count") for k in item.facts.kpis):
        return False  # "Increase course enrolments …"; "the number of case studies" counts them
    if _IN_USE.search(item.folded, verb.end, a.start):
        return False  # "Increase active integrations from 300 to 900": things in use
    m = _OBJECT_BEFORE_FROM.fullmatch(item.folded, verb.end, a.start)
    if m is None:
        return False  # "… services using the platform from 10 to 40": more than pieces named
    head_end = m.start("obj") + len(m.group("obj").rstrip())
    after = {a.end, b.end, a.end + 1, b.end + 1}
    return any(
        (t[1] == head_end or t[0] in after) and t[2] not in _WON_PIECES
        for name in ("kr_activity_nouns", "kr_deliverables")
        for t in terms(item, name)
        if verb.end <= t[0] and t[1] <= ce
    )


# The object between the verb and "from": at most five plain words, "the number of" allowed,
# no preposition, participle or gerund ("Expand the help centre from", "Increase the number of
# case studies from").
_OBJECT_BEFORE_FROM = re.compile(
    r"\s(?P<obj>(?:the\s|our\s|my\s)?(?:(?:total\s)?(?:number|count)\sof\s)?(?:(?:our|the)\s)?"
    r"(?:(?!(?:using|used|by|on|with|in|for|to|per|across|that|who|which|of|at)\b)"
    r"[a-z][a-z'-]*+(?<!ing)(?<!ed)\s?){1,5}?)\s?(?:from\s)?"
)


# Words that put the things counted in use by others: "active integrations", "installed apps".
_IN_USE = re.compile(r"\b(?:active|used|installed|connected|enabled|paying|paid|live|adopted)\b")
# Pieces others give: "Increase reviews from 40 to 120" counts reviews won (decision 2669).
_WON_PIECES = frozenset({"review", "reviews"})


def _efforts_moved(item: Item, lead: int) -> bool:
    """The wording opens with efforts ("Blog posts", "Sales calls", 培训, 推文) and moves their
    count from one level to another per period ("from 2 to 4 a week", "从每月2次增加到4次"): the
    effort word heads the phrase, "from"/从/由 follows it, and no measure word comes between
    ("Webinar attendance from 100 to 300" is a measure)."""
    if not item.facts.from_to:
        return False
    cs, ce = clause_of(item, lead)
    first = next(
        (
            t
            for t in terms(item, "kr_activity_nouns")
            if cs <= t[0]
            and t[1] <= ce
            # the head of the phrase: at most two words before it ("Site visits from …"); in
            # Chinese it opens the wording ("培训从…", not "…口径不一致的问题从…")
            and (
                t[0] <= lead + 2
                if item.language == "zh"
                else len(item.folded[lead : t[0]].split()) <= 2
            )
            and _FROM_AFTER_EFFORT.match(item.folded, t[1])
        ),
        None,
    )
    if first is None:
        return False
    if item.language == "en" and first[2] in ("visit", "visits", "session", "sessions"):
        if _visits_of_people_served(item, first):
            # "Teen visits from 1,200 to 2,500 a month": they come (1835); "App sessions from
            # 40k to 90k a month": people using the app, not sessions the team runs (1730)
            return False
        if any(use_in_thousands(item, q) for pair in item.facts.from_to for q in pair[:2]):
            # "Sessions from 10k to 25k per month": thousands are the people served coming
            return False  # (decision 2141)
        if any(use_per_person_served(item, q) for pair in item.facts.from_to for q in pair[:2]):
            return False  # "App usage per user from 3 to 5 sessions a week": theirs (6829)
    measures = terms(item, "kr_outcome_nouns") + _measure_terms(item)
    if any(first[1] <= t[0] <= first[1] + 1 for t in measures):
        return False
    return _CADENCE_IN.search(item.folded, first[1], ce) is not None


# A noun, then a word of topic and up to three words before an effort's name: what the noun is
# about ("complaints about check-in", "questions on the sign-up flow", "tickets regarding
# log-ins"), not the effort counted (decision 5750).
_TOPIC_BEFORE = re.compile(
    r"(?<![a-z])(?P<n>[a-z][a-z'’-]{1,20})\s(?:about|regarding|concerning|over|around|on)\s"
    r"(?:[a-z'’-]{1,20}\s){0,3}$"
)


def _outputs_raised(item: Item, verb: Verb) -> bool:
    """A verb of change leading, no from→to, and the team's own efforts or pieces as its object,
    raised by a share or a count ("Increase outbound calls by 25%"), to a level ("Increase the
    number of webinars to 6 per quarter", "Grow the help centre to 200 articles") or by a
    multiple ("Double the number of blog posts per month") — decision 1426's efforts moved, and
    2669's pieces, with the target alone (decision 3500). The effort or piece must head the
    object (or follow "to N"); a measure or an outcome word anywhere else in the clause keeps the
    measure ("Increase webinar attendance by 30%", "Grow the blog to 50,000 monthly readers"), as
    do things in use ("Increase active integrations to 900"), pieces others give ("Increase
    reviews to 120"), efforts others make ("Increase inbound calls by 20%") and an object of more
    than plain words ("Increase meetings booked by 20%")."""
    if item.language != "en" or verb.position != "lead" or verb.cls != "change":
        return False
    if item.facts.from_to:
        return False  # decision 2669's reading
    cs, ce = clause_of(item, verb.end)
    targets = [q for q in item.facts.quantities if q.is_target and cs <= q.start < ce]
    if len(targets) != 1:
        return False
    q = targets[0]
    if q.kind == "multiple" and q.start == verb.start:
        m = _OBJECT_RAISED_BY_MULTIPLE.fullmatch(item.folded, verb.end, ce)
    elif q.start > verb.end:
        m = _OBJECT_BEFORE_TO.fullmatch(item.folded, verb.end, q.start)
    else:
        return False
    if m is None or _IN_USE.search(m.group("obj")) or _OTHERS_EFFORTS.search(m.group("obj")):
        return False
    obj_end = m.start("obj") + len(m.group("obj").rstrip())
    after = {q.end + 1} if m.re is _OBJECT_BEFORE_TO and m.group("prep") == "to" else set()
    head = next(
        (
            t
            for t in terms(item, "kr_activity_nouns") + terms(item, "kr_deliverables")
            if t[2] not in _WON_PIECES
            and verb.end <= t[0]
            and t[1] <= ce
            and (t[1] == obj_end or t[0] in after)
        ),
        None,
    )
    if head is None or (
        head[2] in ("visit", "visits", "session", "sessions")
        and _visits_of_people_served(item, head)
    ):
        return False
    topic = _TOPIC_BEFORE.search(item.folded, m.start("obj"), head[0])
    if topic is not None and not any(
        t[1] == topic.end("n")
        for t in terms(item, "kr_activity_nouns") + terms(item, "kr_deliverables")
    ):
        # "Reduce complaints about check-in by 25%": the effort is what the complaints are
        # about; the complaints are counted, not efforts ("blog posts about our menu") (5750)
        return False
    if after and head[0] not in after and _other_noun_counted(item, q):
        # "Grow our newsletter to 8,000 readers", "Grow the podcast to 3,000 weekly listeners":
        # the count after "to" counts a noun of its own, no effort nor piece (decision 5351)
        return False
    if head[2] in _EITHER_WAY and _PEOPLE_BEFORE.search(item.folded, m.start("obj"), head[0]):
        return False  # "Increase customer visits by 20%": they may come or call, not the team
    # words that name the effort ("sales calls", "customer workshops") are no measure of it
    inside = range(m.start("obj"), head[1] + 1)
    blockers = (
        [t[0] for t in terms(item, "kr_outcome_nouns")]
        + [t[0] for t in _measure_terms(item) if t[2] != "per"]
        + [k[0] for k in item.facts.kpis if k[2] not in ("number", "count")]
    )
    return not any(cs <= b < ce and b not in inside for b in blockers)


# A plural noun, with at most one word before it, right after a count (decision 5351).
_NOUN_COUNTED_AFTER = re.compile(r"\s(?:[a-z][a-z-]{1,15}\s)?[a-z][a-z-]{1,20}s(?![a-z])")


def _other_noun_counted(item: Item, q: Quantity) -> bool:
    """The count is followed by people of its own, no effort or piece of the team's ("to 8,000
    readers", "to 2,000 viewers", "to 150 regulars"), so it counts them (decision 5351)."""
    m = _NOUN_COUNTED_AFTER.match(item.folded, q.end)
    if m is None:
        return False
    own = terms(item, "kr_activity_nouns") + terms(item, "kr_deliverables")
    if any(q.end <= t[0] and t[1] <= m.end() for t in own):
        return False
    # people, by an agent's ending or a list of those served: readers, viewers, attendees
    noun = m.group().split()[-1]
    return noun.endswith(_AGENT_ENDS) or noun in word_set("people_served", "en")


_AGENT_ENDS = ("ers", "ors", "ees", "ants", "ents", "ists", "ars")


# Contacts that go either way: "customer calls" may be theirs or the team's (decision 3500).
_EITHER_WAY = frozenset({"call", "calls", "visit", "visits", "session", "sessions", "contacts"})
_PEOPLE_BEFORE = re.compile(
    r"\b(?:customer|customers|client|clients|user|users|patient|patients|member|members|"
    r"guest|guests|visitor|visitors|student|students|parent|parents)\s$"
)
_OBJECT_WORDS = (
    r"\s(?P<obj>(?:the\s|our\s|my\s)?(?:(?:total\s)?(?:number|count)\sof\s)?(?:(?:our|the)\s)?"
    r"(?:(?!(?:using|used|by|on|with|in|for|to|per|across|that|who|which|of|at|from)\b)"
    r"[a-z][a-z'-]*+(?<!ing)(?<!ed)\s?){1,5}?)"
)
# Efforts others make towards the team: "Increase inbound calls by 20%" is demand (3500).
_OTHERS_EFFORTS = re.compile(r"\b(?:inbound|incoming|received|organic|referred)\b")
# The period or the person the count is taken over: "the number of posts per week", "outbound
# calls per rep" (decision 3500).
_PER_TAIL = (
    r"(?:\s?(?:a|per|each|every)\s(?:day|week|month|quarter|year|rep|seller|agent|person|"
    r"employee|member|store|team|manager|recruiter)){0,2}"
)
# "Increase outbound calls by 25%", "Grow the help centre to 200 articles" (decision 3500).
_OBJECT_BEFORE_TO = re.compile(_OBJECT_WORDS + _PER_TAIL + r"\s?(?P<prep>to|by)\s")
# "Double the number of blog posts per month", "Triple our outbound calls." (decision 3500).
_OBJECT_RAISED_BY_MULTIPLE = re.compile(_OBJECT_WORDS + _PER_TAIL + r"[\s.!;,]*")


def _zh_efforts_raised(item: Item, lead: int) -> bool:
    """Chinese: the wording opens with an effort (kr_activity_nouns: 推文, 直播, 培训, 拜访 …),
    its count's word (数量, 次数, 场次, 篇数, 量 …) or nothing, then a verb that raises it
    (提升, 增加, 提高, 翻倍 …) and a target: "推文数量翻倍", "直播场次增加至每周5场", "拜访客户数量提升30%"
    raise the team's own efforts, as "培训从每月2次增加到4次" does (decisions 1426, 3500). A measure
    or an outcome word after the effort is no count of efforts ("直播观看人数提升50%", "培训满意度
    提升到95%"): the count's word or the verb must follow the effort itself (after 拜访/走访/回访,
    the people visited may come between: "拜访客户数量")."""
    if item.language != "zh" or not any(q.is_target for q in item.facts.quantities):
        return False
    start = lead + 1 if item.folded.startswith(("将", "把"), lead) else lead
    for c in sorted(words("kr_effort_channels", "zh"), key=len, reverse=True):
        if item.folded.startswith(c, start):
            start += len(c)  # "公众号推文", "上门走访": the channel before the effort
            break
    for t in terms(item, "kr_activity_nouns"):
        if t[0] != start and not (
            # "高血压患者随访次数增加20%": the people visited before the visits (decision 5106)
            t[2] in _ZH_VISIT_EFFORTS and _ZH_VISITED_BEFORE.fullmatch(item.folded, start, t[0])
        ):
            continue
        pat = _ZH_VISITS_RAISED if t[2] in _ZH_VISIT_EFFORTS else _ZH_EFFORTS_RAISED
        if pat.match(item.folded, t[1]):
            return True
    # "高血压患者随访次数增加20%": a clinic's follow-up visits, counted (decision 5106); not a
    # kr_activity_nouns word, as "慢病随访率" is the share of patients followed up
    m = _ZH_FOLLOW_UPS.match(item.folded, start)
    return m is not None and _ZH_VISITS_RAISED.match(item.folded, m.end()) is not None


_ZH_VISIT_EFFORTS = frozenset({"拜访", "走访", "回访", "家访"})
# The people or places visited, named before the visits, and follow-up visits (decision 5106).
_ZH_VISITED_BEFORE = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:患者|病人|客户|居民|老人|家长|学生|会员|用户|孕产妇|产妇|儿童|门店|商户|经销商)"
)
_ZH_FOLLOW_UPS = re.compile(
    r"(?:[\u4e00-\u9fff]{0,6}?(?:患者|病人|居民|老人|孕产妇|产妇|儿童|会员|客户|用户))?(?:上门)?随访"
)
_ZH_COUNT_WORDS = r"(?:的)?(?:数量|次数|场次|篇数|条数|频次|数|量)"
_ZH_RAISE = r"(?:提升|提高|增加|增长|翻倍|翻一番|翻番|扩大)"
# "推文数量翻倍", "直播场次增加至每周5场", "培训增加到每月4次" (decision 3500).
_ZH_EFFORTS_RAISED = re.compile(
    r"(?:(?:发布|产出|更新|输出|制作|开展|举办)?" + _ZH_COUNT_WORDS + r")?" + _ZH_RAISE
)
# "拜访客户数量提升30%", "走访门店次数增加到每周3次": who is visited may stand between.
_ZH_VISITS_RAISED = re.compile(r"[\u4e00-\u9fff]{0,3}?" + _ZH_COUNT_WORDS + _ZH_RAISE)


def _visits_of_people_served(item: Item, t: tuple[int, int, str]) -> bool:
    """ "visits" or "sessions" after a word naming who comes or the place or service they come
    to (kr_visitors: "Teen visits", "App sessions", "Hygiene visits"; decisions 1835, 3240)."""
    if item.language != "en" or t[2] not in ("visit", "visits", "session", "sessions"):
        return False
    before = item.folded[max(item.core_span[0], t[0] - 24) : t[0]].split()
    return bool(before) and before[-1] in word_set("kr_visitors", "en")


# Right after the efforts, the from→to: "Blog posts from 2 …", "培训从每月2次…", "直播由…".
# "twice", "thrice": a number of times, a frequency where nothing moves (decision 1731)
_TIMES_DONE = re.compile(r"(?i:twice|thrice)")
_AS_AFTER = re.compile(r"\s{1,3}(?i:as|the|that|over|what)\b")
_FROM_AFTER_EFFORT = re.compile(r"\s?(?:from\s|从|由)")
# A period the count is taken over: "a week", "per day", 每月, 每周.
_CADENCE_IN = re.compile(
    r"\b(?:a|per|each|every)\s(?:day|week|month|quarter)\b|/(?:day|week|wk|month|mo)\b"
    r"|每(?:天|日|周|月|季度?|年)|周均|月均|日均"
)


# A thing named, then its version, and at most when (decision 4004): "Smart autocomplete v1",
# "Offline mode V2 in Q4", "Recommendation engine v1.0". Words only before the version: a
# figure or a measure there ("NPS of 45 for checkout v2") is no thing named alone.
_VERSIONED_THING = re.compile(
    r"(?<![\w&+/'-])(?:[a-z][\w&+/'-]*\s+){1,4}v\d+(?:\.\d+)*"
    r"(?:\s+(?:by|in|before|for|during|this|next|end|eo[qmy])\b[^;,]*)?[.!]?\s*"
)


# A thing named, then the share of it finished (decision 4006): "Webhooks functionality 80%
# completed", "Data warehouse migration 50% complete by June 30".
_PERCENT_DONE = re.compile(
    r"(?<![\w&+/'-])(?:[a-z][\w&+/'-]*\s+){1,4}\d{1,3}(?:\.\d+)?\s?%\s+(?:complete|completed|done|finished)\b"
    r"(?:\s+(?P<prep>for|by|among|across)\s+(?P<who>(?:[a-z][\w-]*\s*){1,3}))?"
)


def _work_percent_done(item: Item, lead: int) -> bool:
    """Whether the key result is a thing of the team's work and the share of it finished, not
    a completion by the people served ("Profile setup 70% complete for active members")."""
    if item.language != "en":
        return False
    m = _PERCENT_DONE.match(item.folded, lead, item.core_span[1])
    if m is None:
        return False
    if m.group("prep") == "for":
        return False
    if m.group("prep") in ("by", "among", "across"):
        people = words("objective_people", "en")
        return not any(w.strip(",.;") in people for w in m.group("who").split())
    return True


# The load a thing launched is built to carry, before its figure (decision 4005): "supporting",
# "handling", "able to handle", "capable of handling", "that supports". Not "serving" nor "used
# by": people actually served are adoption, a result (decision 25).
_CAPACITY_BEFORE_FIGURE = re.compile(
    r"\b(?:supporting|handling|that (?:can )?(?:supports?|handles?)|"
    r"capable of (?:handling|supporting)|able to (?:handle|support)|built to (?:handle|support))"
    r"\s+(?:up to\s+|over\s+|more than\s+|at least\s+)?\d"
)

# The people or places a launch is for, counted after "for" (decision 4143): "for 5,000+
# customers", "for 100% of web users", "for over 2,000 clinics". Not a time ("for 30 days": how
# long it runs) nor "used by" (adoption, decision 25).
_AUDIENCE_AFTER_FOR = re.compile(
    r"\bfor\s+(?:up to\s+|over\s+|more than\s+|at least\s+)?\d[\d,.]*(?:k|m)?\+?"
    r"(?:\s?%\s+of)?\s+(?!(?:consecutive\s+)?(?:days?|weeks?|months?|quarters?|years?|hours?|"
    r"minutes?|sprints?|cycles?)\b)[a-z]"
)


# A launch "to" a counted group of people (decision 4325): "to 40 pilot users", "to 1,200
# members"; not a share ("to 80% of"), a level reached ("down to 200 ms") or a range's end.
_AUDIENCE_AFTER_TO = re.compile(
    r"(?<!down)(?<!up)(?<!from)\sto\s+(?:over\s+|more than\s+|at least\s+)?\d[\d,.]*(?:k|m)?\+?\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:users|customers|members|patients|clients|testers|students|"
    r"subscribers|accounts|households|families|residents|riders|drivers|partners|clinics|stores|"
    r"shops|schools|hospitals|branches|sites|teams|staff|employees|agents)\b"
)


# A course, class or training finished "with" a score (decision 4144): "Complete the Python
# course with a 90% score", "Pass the statistics module with 75%+", "… with a grade of at least
# 80%". Not a share of people after the figure ("with 95% of new hires": learners who finish).
_COURSE_WITH_SCORE = re.compile(
    r"(?<!\s)\s+(?:the\s+|an?\s+|my\s+|our\s+)?(?:[a-z0-9&'-]+\s+){0,4}?"
    r"(?:course|class|certification|certificate|training|bootcamp|module|programme|program|"
    r"nanodegree|specialization|specialisation)\s+with\s+(?:an?\s+)?"
    r"(?:(?:score|grade|mark)\s+of\s+)?(?:at\s+least\s+|over\s+|above\s+)?"
    r"\d[\d.]*+\s?+%?+\+?+(?!\s*+of\b)"
)


def _course_to_a_score(item: Item, verb) -> bool:
    """A course or training completed, finished or passed with a score: a personal to-do done
    to a bar (decision 4144)."""
    if item.language != "en" or verb is None or verb.position != "lead":
        return False
    if verb.word not in ("complete", "finish", "pass"):
        return False
    return _COURSE_WITH_SCORE.match(item.folded, verb.end, item.core_span[1]) is not None


# The things after a share: one to three words ending the counted phrase.
_THINGS_AFTER_SHARE = re.compile(r"\s{0,10}((?:[a-z0-9-]+\s+){0,2}[a-z0-9-]+)\b")


def _share_of_own_systems(item: Item, audience: re.Match[str]) -> bool:
    """ "for 100% of services": a share of the team's own systems (rules/data/en/
    kr_onboarded_things.txt) is the scope a migration covers, read by decision 399 (a measured
    share; all of it, dated, a milestone), not the people a launch is for (decision 4143;
    reconciled by decision 4828)."""
    if "%" not in audience.group():
        return False
    things = _THINGS_AFTER_SHARE.match(item.folded, audience.end() - 1)
    if things is None:
        return False
    said = things.group(1).split()
    own = word_set("kr_onboarded_things", "en")
    return any(" ".join(said[k:]) in own for k in range(len(said)))


def _launch_with_capacity(item: Item, verb) -> bool:
    """A launch, release, deployment or migration leading the key result, then the load the
    thing is built for (decision 4005) or the people it is launched for (decision 4143)."""
    if item.language != "en" or verb is None or verb.position != "lead":
        return False
    if verb.cls != "launch" and verb.word not in ("migrate", "deploy", "roll out", "ship"):
        return False
    end = item.core_span[1]
    if _CAPACITY_BEFORE_FIGURE.search(item.folded, verb.end, end) is not None:
        return True
    audience = _AUDIENCE_AFTER_FOR.search(item.folded, verb.end, end)
    if audience is not None and not _share_of_own_systems(item, audience):
        return True
    # "Ship the beta build to 40 pilot users by April 30": a dated launch to a counted group,
    # as "Roll out the tool to 200 staff by Feb 15" is (decision 4325); a share "to 80% of
    # users" stays measured (decision 399)
    return _dated(item) and _AUDIENCE_AFTER_TO.search(item.folded, verb.end, end) is not None


# A floor opening the key result before its count: "≥", ">=", "at least", "minimum of".
# The count after the floor may be in digits or in words ("At least six blog posts", decision
# 4743): _floor_on_efforts still asks for a count starting right there.
_FLOOR_LEAD = re.compile(
    r"(?:≥|>=?|at\sleast|no\sfewer\sthan|not\sfewer\sthan|a\sminimum\sof|minimum(?:\sof)?|"
    r"min\.?|more\sthan|over)\s?(?=\d|[a-z])",
    re.I,
)
_EFFORT_WORDS_BETWEEN = re.compile(r"\s(?:[a-z][a-z'-]*\s){0,2}")
# What may follow the effort that heads the phrase: the line's end, a mark, or a word that opens
# its date, place, cadence or how it was done ("by Q3", "per month", "published", "held").
_EFFORT_ENDS_PHRASE = re.compile(
    r"\s*+(?:$|[,;:.()\[\]—–-])|\s(?:by|in|per|a|an|each|every|for|with|on|to|across|during|this|"
    r"next|at|before|through|from|over|until|within|published|held|delivered|run|hosted|given|"
    r"completed|done|sent|live|available|shipped|released)\b",
    re.I,
)


# A floor after the efforts named and before their count: "发布探店视频不少于150条" (decision 5305).
_ZH_NOUN_FLOOR_COUNT = re.compile(r"\s?(?:至少|不少于|最少|起码)\s?$")
# Words before the verb that only say where the efforts go: "在视频号、抖音", "于官网".
_ZH_WHERE_BEFORE = re.compile(r"(?:在|于|通过)[^，,；;。]{1,16}$")


def _zh_floor_after_effort_noun(item: Item, verb: Verb | None) -> bool:
    """A verb of work, the efforts it makes, then a floor on their count: "推送科普文章不少于60篇",
    "在视频号、抖音发布短视频不少于150条" count the efforts, as "发布短视频150条" does (decision 5305).
    Not when a measure comes between ("发布短视频的播放量不少于100万次"), nor outcomes won
    ("新增会员不少于500人": 会员 is no effort)."""
    if item.language != "zh" or verb is None or verb.cls not in ("act", "launch"):
        return False
    if verb.position != "lead" and not _ZH_WHERE_BEFORE.fullmatch(
        item.folded, item.core_span[0], verb.start
    ):
        return False
    for q in counts(item):
        floor = _ZH_NOUN_FLOOR_COUNT.search(item.folded, max(verb.end, q.start - 5), q.start)
        if floor is None:
            continue
        if any(
            verb.end <= s and e == floor.start() for s, e, _w in terms(item, "kr_activity_nouns")
        ):
            return True
    return False


def _floor_on_efforts(item: Item) -> bool:
    """Whether the key result opens with a floor on a count and the count's noun, a word or two
    after it, is an effort ("≥4 customer webinars", "At least 3 published case studies"): the
    floor says how many at least, the count is still of efforts (decisions 6, 2562, 4604)."""
    if item.language != "en":
        return False
    m = _FLOOR_LEAD.match(item.folded, item.core_span[0])
    if m is None:
        return False
    q = next((q for q in counts(item) if q.start == m.end() and q.kind == "count"), None)
    if q is None:
        return False
    noun = next(
        (
            t
            for t in terms(item, "kr_activity_nouns")
            if q.end < t[0] and _EFFORT_WORDS_BETWEEN.fullmatch(item.folded, q.end, t[0])
        ),
        None,
    )
    if noun is None or star_rated_reviews(item.folded, q.start, noun[1] + 40):
        return False
    if not _EFFORT_ENDS_PHRASE.match(item.folded, noun[1]):
        return False  # "At least 300 newsletter subscribers": the effort names whose they are
    # the effort heads the phrase: no measure's name ends on it ("webinar attendance")
    return not any(t[0] < noun[1] < t[1] for t in terms(item, "kr_outcome_nouns"))


def _efforts_named(item: Item, lead: int) -> bool:
    """A noun phrase without a verb that names efforts — counted ("12 LinkedIn posts", "6
    lunch & learns") or for a whole population ("QBRs for all Tier 1 accounts"): an activity
    (decision 6). The effort must head the phrase: "Webinar attendance" is a measure."""
    cs, ce = clause_of(item, lead)
    efforts = [t for t in terms(item, "kr_activity_nouns") if cs <= t[0] and t[1] <= ce]
    if not efforts or item.facts.direction(cs, ce) is not None:
        return False
    measures = terms(item, "kr_outcome_nouns") + _measure_terms(item)
    first = efforts[0]
    if _EN_NOT_EFFORTS_BEFORE.fullmatch(item.folded, cs, first[0]):
        # "Better reviews on Google": the reviews people write, judged; "Don't miss any class":
        # efforts not to skip — neither is a count of efforts to make (decision 1988)
        return False
    if _counted_then_verb(item, cs, first[0]):
        return False  # "20 playtesters finish the demo": people reaching a state (1586)
    if star_rated_reviews(item.folded, cs, ce):
        return False  # "350 5-star reviews": what customers give (decision 4002)
    if _PLACE_BEFORE.search(item.folded[max(cs, first[0] - 12) : first[0]]):
        return False  # "10 regulars on our streams": the people counted, where they come
    if _PLACE_BEFORE_NAMED.search(item.folded, cs, first[0]) and not item.facts.quantities:
        # "No interpreter needed in overseas client meetings": the meetings are where the
        # state holds, no effort counted (decision 6541)
        return False
    if item.folded.startswith("-", first[1]) or (
        _HEAD_OF_BEFORE.search(item.folded, cs, first[0])
        and not any(q.is_target for q in item.facts.quantities)
    ):
        # "Switchover of the call centre phones by May 1", "Changeover of the call-handling
        # system": the effort word names a thing in the phrase another noun heads (1187)
        return False
    if _PEOPLE_ACT_QUICKLY.fullmatch(item.folded, cs, ce) and not any(
        q.is_target for q in item.facts.quantities
    ):
        # "Analysts answer ad-hoc requests quickly": people doing their work faster, no
        # figure, is a vague change, as "Answer tickets faster" is (decisions 202, 278, 6563)
        return False
    if _PEOPLE_OF_EVENTS_ACT.match(item.folded, first[1]):
        # "Meetup organizers get reimbursed faster", "Event volunteers come back for a second
        # event": the people of the events head the phrase and act; no effort is named (5018)
        return False
    # the effort is the head: no measure or outcome word right after it ("call volume")
    return not any(first[1] <= t[0] <= first[1] + 1 for t in measures)


# A plural subject, its own verb of work and what it works on, then a word of speed and at
# most a deadline (decision 6563): "Analysts answer ad-hoc requests quickly", "Nurses respond
# to call bells more promptly".
_PEOPLE_ACT_QUICKLY = re.compile(
    r"(?<![a-z'-])(?:(?:the|our|all|every|each)\s)?(?:[a-z'-]{1,40}\s){0,2}"
    r"(?:[a-z'-]{2,40}s|staff|team|crew|desk)\s[a-z]{1,40}\s(?:[a-z'&-]{1,40}\s){0,5}?(?:more\s)?(?:quickly|promptly|swiftly|rapidly|speedily|fast|faster|"
    r"sooner|quicker)(?:\s(?:by|in|before)\s[\w ,'-]{1,30})?\.?"
)


# The people who run or attend the events, then their own verb (decision 5018).
_PEOPLE_OF_EVENTS_ACT = re.compile(
    r"\s(?:organi[sz]ers?|volunteers?|hosts?|speakers?|facilitators?|attendees?|participants?|"
    r"coordinators?|mentors?|trainers?|instructors?|presenters?|panelists?|moderators?|leads?)"
    r"\s(?:get|gets|are|is|come|comes|feel|feels|say|says|rate|rates|return|returns|stay|stays|"
    r"receive|receives|can|will|have|has|want|wants|keep|keeps|sign|signs)\b"
)


# Tests said to be in a state: "All end-to-end tests green before each release", "Integration tests
# passing on every merge" — a level of quality held, not tests to write (decision 5026).
_TESTS_IN_A_STATE = re.compile(
    r"\btests?\s(?:(?:are|stay|remain|keep|kept)\s)?(?:green|passing|pass|passes|passed|stable)\b"
)


# Tests, checks or builds said to pass or stay green, or each run (release, build, deploy, merge)
# said to pass its tests (decision 5029).
_EN_TEST_WORDS = r"(?:tests?|checks?|suites?|test suites?|test runs?)"
_EN_RUNS = r"(?:releases?|release candidates?|builds?|deploys?|deployments?|merges?|commits?|pull requests?|prs?)"
_TESTS_HELD = {
    "en": re.compile(
        rf"\b{_EN_TEST_WORDS}\s(?:(?:stay|stays|remain|remains|keep|keeps|are|is)\s)?"
        r"(?:green|passing|pass|passes|succeed|succeeds)\s(?:on|for|at|in|across|before|after)\s"
        r"(?:every|each|all)\b"
        rf"|\b(?:every|each|all)\s(?:[a-z-]+\s)?{_EN_RUNS}\s(?:pass|passes|clears?)\s"
        rf"(?:the\s|all\s|its\s|their\s)?(?:[a-z-]+\s){{0,2}}{_EN_TEST_WORDS}\b"
    ),
    "zh": re.compile(
        r"每(?:次|晚|天|日|个|一个|条|轮)[\u4e00-\u9fff]{0,8}?(?:测试|用例|检查|构建|流水线)"
        r"(?:全部|均|都|全|一律)?(?:保持)?(?:通过|全绿|绿灯|为绿)"
    ),
}


# A group that meets on a cadence: "Teen advisory board meets monthly", "The parents' council
# gets together every term" (decision 1991).
_EN_GROUP_MEETS = re.compile(
    r"(?<![a-z])(?:the\s|our\s|a\s)?(?:[a-z'’-]++\s){1,4}"
    r"(?:meets|gathers|convenes|gets together)\s"
    r"(?:at least\s)?(?:every\s[a-z]+|each\s[a-z]+|once a\s[a-z]+|twice a\s[a-z]+|weekly|"
    r"monthly|biweekly|fortnightly|daily|quarterly|regularly)\b[\s.]*"
)
# Before an effort noun: a judgement of its quality ("better reviews", "more positive reviews",
# "5-star reviews") or a lapse not to have ("don't miss any", "never skip a") (decision 1988).
# ... also a skill got better at ("Get better at code reviews": the skill, no count; 5751).
_EN_NOT_EFFORTS_BEFORE = re.compile(
    r"\W{0,3}(?:(?:more\s)?(?:better|good|great|positive|glowing|5-star|five-star)"
    r"|(?:don'?t|do not|never|no more)\s(?:miss|skip)\s(?:any|a|one|another)?"
    r"|(?:get|become|be|grow)\s(?:much\s|far\s|a\slot\s)?(?:better|stronger|more\sskilled)"
    r"\s(?:at|in|with))\s?"
    r"(?:[a-z-]+\s){0,2}",
    re.I,
)
# A count, a plural noun, then a verb and its object's determiner: "20 playtesters finish the
# demo", "50 parents attend a workshop" — a subject counted doing something, not a noun phrase.
_EN_COUNTED_THEN_VERB = re.compile(
    r"\d[\d,]*+\+?\s(?:[a-z-]+\s){0,2}[a-z-]+s\s(?P<verb>[a-z]+)\s(?:the|a|an|their|our|its|at least)\b"
)


def _counted_then_verb(item: Item, cs: int, effort: int) -> bool:
    """An English clause whose subject is counted and then acts ("20 playtesters finish the
    demo", "30 beta users complete the tutorial"): what they reach is the result, whatever
    noun the verb's object is (decision 1586)."""
    if item.language != "en":
        return False
    m = _EN_COUNTED_THEN_VERB.match(item.folded, max(cs, item.facts.shape.lead))
    if m is None or m.end("verb") > effort:
        return False
    from coach.nlp import lemma_en

    verb = m.group("verb")
    return lemma_en(verb) == verb and verb not in word_set("lead_non_verbs", "en")


# A head noun and "of" before an effort word with no count: "Switchover of the call centre".
_HEAD_OF_BEFORE = re.compile(r"[a-z]\sof\s(?:the|our|its|their)\s$")


# A preposition right before an effort word makes it a place, not the head: "10 regulars on
# our streams", "500 sign-ups from webinars".
_PLACE_BEFORE = re.compile(r"\b(?:on|in|at|from|via|across|during|through)\s(?:our\s|the\s)?$")
# ... with one or two words that name which ones between, in a key result with no count
# (decision 6541): "in overseas client meetings", "at client calls".
_PLACE_BEFORE_NAMED = re.compile(
    r"\b(?:on|in|at|from|via|across|during|through)\s(?:our\s|the\s|all\s)?(?:[a-z][a-z-]*\s){1,2}$"
)


def _measure_terms(item: Item) -> list[tuple[int, int, str]]:
    if item.language != "en":
        return []
    return find_terms(item.folded, words("measure_words", "en"), "en")


# "Dev to start work on platform chat": the thing worked on, not a place.
_WORK_ON_BEFORE = re.compile(
    r"\b(?:work|working|worked|start|started|focus)\s(?:on|in)\s(?:our\s|the\s)?$"
)


# Instruments a measure is taken with: before the measure they name where it comes from.
_MEASURED_BY = frozenset(
    {"survey", "surveys", "poll", "polls", "questionnaire", "questionnaires", "census"}
)


# A phrasal verb made a noun, heading the key result, "of" the thing it acts on: "Handover of
# the call desk to the new vendor by Oct 1", "Changeover of the warehouse system", "Sign-off of
# the budget": one event, a deliverable as "cutover" and "rollout" are (decisions 1140, 1295).
_HANDED_OVER = re.compile(
    r"\b([a-z]{2,20}-?(?:over|off|out))\s+(?:of|on|for)\s+(?:(?:the|our|a|an|all|its|their)\s+)?[a-z]"
)
# Such nouns that name a measure: "Turnover of the sales team under 10%".
_PHRASAL_MEASURES = frozenset({"turnover", "layoff", "dropout", "payout", "knockout"})


def _measure_heads_after(item: Item, end: int, clause_end: int) -> bool:
    """Whether a measure starts right after a deliverable word (ending at `end`) and closes
    the clause: "App downloads", "SDK installs" (decision 4323)."""
    at, found = end, False
    while True:
        nxt = next((k for k in item.facts.kpis if k[0] in (at, at + 1)), None)
        if nxt is None:
            break
        at, found = nxt[1], True  # "API waitlist signups": measure words in a row
    return found and not item.folded[at:clause_end].strip()


# An outcome noun (users, members, customers …), then the preposition that says where they act.
_USERS_OF = re.compile(r"\s(?:of|in|on|at|using|across|through|via|with)\s")


def _users_of_before(item: Item, start: int, at: int) -> bool:
    """An outcome noun of kr_outcome_nouns.txt between `start` and `at`, followed by a
    preposition of place or belonging: the deliverable at `at` is where they act (5486)."""
    if item.language != "en":
        return False
    return any(
        start <= a and b < at and _USERS_OF.match(item.folded, b, at)
        for a, b, _w in terms(item, "kr_outcome_nouns")
    )


def _deliverable_only(item: Item, lead: int) -> bool:
    """A noun phrase naming a deliverable, with no measure and no change: "Grafana SLO
    dashboards for every team", "官网改版"."""
    cs, ce = clause_of(item, lead)
    found = [t for t in terms(item, "kr_deliverables") if cs <= t[0] and t[1] <= ce]
    # "Sign-off of the new budget by May 1": the lead may fall inside the hyphenated noun (1451)
    handed = _HANDED_OVER.match(item.folded, max(cs, lead), ce) or _HANDED_OVER.match(
        item.folded, cs, ce
    )
    if handed is not None and handed.group(1) not in _PHRASAL_MEASURES:
        found.append((handed.start(1), handed.end(1), handed.group(1)))
    # "Students who say … on the survey": after a preposition the deliverable is where people
    # act, not the head of the phrase (decision 523)
    found = [
        t
        for t in found
        if not _PLACE_BEFORE.search(item.folded[max(cs, t[0] - 12) : t[0]])
        or _WORK_ON_BEFORE.search(item.folded[max(cs, t[0] - 24) : t[0]])
    ]
    # "Member survey satisfaction up", "report accuracy": the deliverable names where a measure
    # is taken, the measure after it is the head (decision 628)
    found = [
        t
        for t in found
        if t[2] not in _MEASURED_BY or not any(k[0] in (t[1], t[1] + 1) for k in item.facts.kpis)
    ]
    # "Active users of the staff app", "Members in the gym app": the people counted head the
    # phrase, the thing after their preposition is where they act (decision 5486)
    found = [t for t in found if not _users_of_before(item, cs, t[0])]
    # "Net positive cash flow by end of May", "Cash-flow positive by Q3": the deliverable word
    # is the tail of a measure's name, no piece of work (decision 3000)
    found = [t for t in found if not _inside_measure_name(item, t[0], t[1])]
    # "App downloads", "SDK installs", "Portal signups by June": a measure right after the
    # deliverable word ends the phrase, its head; the thing names what is counted (decision 4323)
    found = [t for t in found if not _measure_heads_after(item, t[1], ce)]
    if not found:
        return False
    # "Single sign-on for enterprise customers": a direction word inside the deliverable's own
    # name ("sign" read as reaching a deal) moves nothing (decision 2241)
    direction = _direction_outside(item, cs, ce, found)
    if (
        direction is not None
        and _UP_BY_DATE.match(item.folded, found[-1][1], item.core_span[1])
        and not any(q.is_target for q in item.facts.quantities)
    ):
        # "New intranet up by the end of Q2": a thing up and running by a date, no measure
        # raised (decision 3818)
        direction = None
    # "Sign-off of …" reads "sign" as reaching a deal; the noun is the milestone (1451)
    if direction is not None and not (direction == "reach" and handed is not None):
        # "… demonstration below -10°F": the bound is the test's condition (decision 2021)
        targets = [q for q in item.facts.quantities if q.is_target and cs <= q.start < ce]
        if not targets or not all(_condition_of_deliverable(item, q) for q in targets):
            return False
    return not _adopted(item)


_CASH_BEFORE = re.compile(r"cash[- ]$")
# Right after the deliverable: "… up by", "… is up and running before" (decision 3818).
_UP_BY_DATE = re.compile(r"\s(?:is\s|are\s)?up(?:\sand\srunning)?\s(?:by|before)\s")


def _inside_measure_name(item: Item, start: int, end: int) -> bool:
    """A word in [start, end) that ends a longer measure's name ("cash flow" in "free cash
    flow", "cash-flow"): part of the measure, not a deliverable (decision 3000)."""
    if any(k[0] < start and end <= k[1] for k in item.facts.kpis):
        return True
    return _CASH_BEFORE.search(item.folded, max(0, start - 5), start) is not None


def _direction_outside(
    item: Item, cs: int, ce: int, spans: list[tuple[int, int, str]]
) -> str | None:
    """The first direction word in [cs, ce) that is not inside one of `spans` (decision 2241)."""
    pos = cs
    for s, e, _t in sorted(spans):
        if s > pos:
            found = item.facts.direction(pos, min(s, ce))
            if found is not None:
                return found
        pos = max(pos, e)
    return item.facts.direction(pos, ce) if pos < ce else None


_TEMPERATURE_AFTER = re.compile(r"\s?(?:°|degrees?\b)")


def _condition_of_deliverable(item: Item, q: Quantity) -> bool:
    """A temperature after a deliverable and no measure between them ("Successful field
    demonstration of the drone below 5°C", "Prototype test at -20°F"): the condition the
    deliverable is shown in, not a level reached; "Server room temperature below 22°C" keeps
    its measure (decision 2021)."""
    if _TEMPERATURE_AFTER.match(item.folded, q.end) is None:
        return False
    cs, _ce = clause_of(item, q.start)
    if any(cs <= k[0] < q.start for k in item.facts.kpis) or _measure_terms_between(
        item, cs, q.start
    ):
        return False
    return any(cs <= t[0] and t[1] <= q.start for t in terms(item, "kr_deliverables"))


# "for 48 hours", "for at least 72 hours", "for a full 30 days": a length the work runs.
_FOR_A_SPAN = re.compile(r"\bfor (?:at least |a full |a |an )?$")


# A count of those who take the thing up opening the key result: "3 partners", "all 12 stores".
# (tried from a number's first digit only: bench_adversarial, linear on a long run of digits)
_COUNTED_SUBJECT = re.compile(r"(?:all\s)?(?<![\d,.])\d[\d,.]*k?\+?\s(?:[a-z-]+\s){0,3}$")


def _counted_users_live(item: Item, verb: Verb) -> bool:
    """Others counted as live on the team's product ("3 partners live on the v2 API", "All 12
    stores live on the new POS"): how many took it up, an adoption, as "run on" is (decision
    2024); a count of things built that are live ("3 dashboards live by June") stays work."""
    if item.language != "en" or verb.position != "predicate" or verb.word != "live":
        return False
    lead = item.facts.shape.lead
    if _COUNTED_SUBJECT.fullmatch(item.folded, lead, verb.start) is None:
        return False
    return not any(
        lead <= t[0] and t[1] <= verb.start
        for name in ("kr_deliverables", "kr_activity_nouns")
        for t in terms(item, name)
    )


def _group_does_work(item: Item, verb: Verb) -> bool:
    """A verb in -s after "every/each" and its group ("Each squad maps 4 or more dependencies
    per quarter"): the group's own work, active, not a state the things reached as "All
    returns processed by Jan 20" is (decision 2022)."""
    said = item.folded[verb.start : verb.end]
    return (
        item.language == "en"
        and said.endswith("s")
        and said != verb.word
        and _EVERY_GROUP_BEFORE.fullmatch(item.folded, item.facts.shape.lead, verb.start)
        is not None
    )


_EVERY_GROUP_BEFORE = re.compile(r"(?:every|each)\s[a-z-]+(?:\s[a-z-]+)?\s")


# A capability switched on for everyone is a feature shipped ("base32 is supported and enabled
# by default", decision 75: "… become the default").
_BY_DEFAULT = re.compile(r"\bby default\b")


# Time off after "take": days or weeks of leave taken are a state of the person (rested), not
# a course taken ("Take all 25 PTO days", "Take 2 full weeks off"; decision 203).
# A length in words is the same length ("Take three full weeks off": decision 5291).
_TIME_OFF = re.compile(
    r"(?:[^,;.]{0,24}?\b(?:\d+|all|every|my|the|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve)\b[^,;.]{0,16}?\b(?:days?|weeks?)\b(?:\s?off)?"
    # the writer's own evenings, weekends or nights off (decision 6954): "Take 2 full weekends off
    # per month", "Take 3 evenings off a week" — rest, with "off"
    r"|[^,;.]{0,24}?\b(?:\d+|all|every|my|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"[^,;.]{0,16}?\b(?:weekends?|evenings?|nights?|mornings?|afternoons?|sundays?|saturdays?)"
    r"\s(?:fully\s|completely\s)?off\b)"
    # (both readings: "Take two days to plan the year" is work, 5291)
    r"(?!\s?(?:to|for|course|class))"
)


def _counted_after(item: Item, verb: Verb) -> bool:
    """A count in the clause after an English personal to-do verb: how many books read or
    films watched is a count of effort (decision 6), as "Read 3 books" is in the corpus (a
    Chinese "读书12本" stays a to-do, decision 102). In Chinese only a count of times through
    (次, 遍, 轮: kr_event_units) is: "刷完两遍真题", "背三轮单词" (decision 189)."""
    _cs, ce = clause_of(item, verb.start)
    units = words("kr_event_units", "zh") if item.language == "zh" else None
    return any(
        verb.end <= q.start < ce
        and not is_article(item, q)
        and (units is None or (q.unit in units and q.kind == "count"))
        for q in counts(item)
    )


def _work_after(item: Item, verb: Verb) -> Verb | None:
    """A verb of work in the clause after a verb that reaches a state (coach/facts/shape.py)."""
    _cs, ce = clause_of(item, verb.start)
    facts = item.facts
    return work_verb_after(
        item.folded, item.language, facts.tokens, facts.token_bounds, verb.end, ce
    )


_SWITCH_VERBS = frozenset(
    {"migrate", "migrates", "migrated", "move", "moves", "moved", "port", "ported", "switch",
     "switched", "transition", "transitioned", "convert", "converted"}
)  # fmt: skip
_ALL_OF = re.compile(r"\b(?:100\s?%|all)(?: of)?\b")
_TO_ALL = re.compile(r"\bto (?:100\s?%(?: of)?|all(?: of)?|every|everyone)\b")
_TO_PLACE = re.compile(r"\sto\s")
# Things put in place, over all of where they go (decisions 1825, 4404, 6956).
_INSTALLED_OVER_ALL = frozenset(
    {"install", "fit", "mount", "deploy", "roll out", "set up", "put in"}
)
_ON_ALL = re.compile(
    r"\b(?:on|in|to|across|at|into|onto|for)\s(?:100\s?%(?:\sof)?|all(?:\sof)?|every)\s"
)


def _dated_switch_over(item: Item) -> bool:
    """ "Move 100% of pipelines from Airflow 1 to Dagster by end of March": the whole of a
    migration, dated on its own line, is the migration's milestone (decision 5), as "Migrate
    from Zendesk to Intercom by May 15" is; "100%" only says all of it. A share short of all
    ("Move 60% of pipelines to Dagster by March") or an undated "Migrate 100% of core screens to
    the new library" stays measured (decision 31; decision 399)."""
    verb = item.facts.shape.verb
    if item.language != "en" or verb is None or not _dated(item):
        return False
    text = item.folded
    if verb.word in _INSTALLED_OVER_ALL and _ON_ALL.search(text, verb.end, item.core_span[1]):
        # "Passenger counters installed on 100% of the fleet by March 31", "Install smart meters
        # in all 400 homes by June": the whole install, dated, is its milestone (decision 6956)
        return not any(t[0] >= verb.end for t in terms(item, "kr_outcome_nouns"))
    if verb.position != "lead":
        return False
    if verb.cls == "launch" and _TO_ALL.search(text, verb.end, item.core_span[1]):
        # "Roll out self-service payslips to 100% of staff by March 15": the launch to all of
        # them, dated, as "Roll out the tool to 200 staff by Feb 15" is (decision 794)
        return not any(t[0] >= verb.end for t in terms(item, "kr_outcome_nouns"))
    if verb.word not in _SWITCH_VERBS:
        return False
    if any(t[0] >= verb.end for t in terms(item, "kr_outcome_nouns")):
        return False  # "Move 100% of customers to annual plans": customers won over
    return bool(_ALL_OF.match(text, verb.end + 1) and _TO_PLACE.search(text, verb.end))


def _en_lemma_is(verb: Verb, lemma: str) -> bool:
    return verb.word in (lemma, lemma + "s", lemma + "ed", lemma + "ing")


# What is sold is bought by someone else: "Sell 12 family plans", "Sold 20 maintenance plans"
# count plans taken up, not plans written; signed, only what is new to the books ("Sign 12 new
# family plans"; "Sign 3 design documents" is approval work). Decision 1737.
_SOLD_EN = frozenset(
    {"sell", "sells", "sold", "selling", "resell", "resold", "upsell", "upsold", "cross-sell",
     "cross-sold"}
)  # fmt: skip
_SIGNED_NEW_EN = re.compile(r"\s{1,3}(?:\d[\d,]{0,9}\+?\s{1,3})?new\b")


def _sold_en(item: Item, verb: Verb) -> bool:
    if verb.word in _SOLD_EN:
        return True
    return verb.word in ("sign", "signs", "signed") and bool(
        _SIGNED_NEW_EN.match(item.folded, verb.end)
    )


# A standard kept every time, after a limit: "within 2h, always", "within 1 business day,
# every time" (decisions 326, 334, 397).
_STANDARD_ALWAYS = re.compile(
    r"\bwithin (?:\d|an? |one |two )[^;]{0,40}?,?\s(?:always|every time|without exception)\b"
)
# How a learner shows a skill: the performance and the bar it is held to, "entirely in
# Spanish", "without notes", "without walking" (decision 398).
_SHOWN = re.compile(
    r"\b(?:entirely in|only in|without (?:notes|help|assistance|a script|stopping|walking|"
    r"subtitles|a dictionary|looking|switching (?:back )?(?:to|into) (?:english|spanish|french|"
    r"german|italian|portuguese|mandarin|chinese|cantonese|japanese|korean|arabic|russian|dutch|"
    r"polish|hindi|welsh|irish|swedish|turkish|greek))|unaided|unassisted|from memory|"
    r"with no notes|by heart)\b"
)
# Held without a break over a distance or a time, the performance shows the skill too: "Swim a
# non-stop 2 km", "Cycle 50 miles without a break" (decision 6437); without a figure of distance
# or time ("Run the stand-up without breaks") it is only how the work is done.
_SHOWN_UNBROKEN = re.compile(
    r"\b(?:non-stop|nonstop|without (?:a break|breaks|a rest|resting|pausing|a pause))\b"
)
_SHOWN_BY = frozenset({"act", "contact", "complete", "learn"})


def _shown(item: Item, verb: Verb) -> bool:
    """Whether the performance after the verb is held to a bar that shows a skill (398, 6437)."""
    if _SHOWN.search(item.folded, verb.end):
        return True
    return _SHOWN_UNBROKEN.search(item.folded, verb.end) is not None and any(
        q.kind in ("duration", "distance") or (q.unit or "") in _DISTANCE_UNITS
        for q in item.facts.quantities
    )


_DISTANCE_UNITS = frozenset({"km", "m", "mi", "miles", "mile", "metres", "meters", "k", "lengths"})


# A figure right after a verb of obtaining: "Obtain 20 …", "obtain 3,000 …".
_COUNT_AFTER = re.compile(
    r"[ \t]{1,3}(?:at least[ \t]{1,3}|over[ \t]{1,3})?\d[\d,.]{0,15}\+?[ \t]{1,3}[a-z]"
)


# Measure words of things made, not of parties won: "3条路线", "5款产品", "2门课", "4套方案"
# (decision 1450); 家/位/名/个 count customers and partners too ("开发30家经销商").
_ZH_MADE_UNITS = frozenset("条款门套项本篇首部张份节")
_ZH_WIN_BY_MAKING = frozenset({"开发", "拓展", "开拓", "发展"})
_EN_BOOK_VERBS = frozenset({"book", "books", "booked", "line up", "sign", "secure"})


# Into or onto a count of places, "new"/"more"/"other" ones marked (decision 3854).
_INTO_PLACES = re.compile(
    r"\s(?:into|onto)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)"
    r"(?P<new>\s+(?:new|more|other)\b)?"
)

_ON_PLACES = re.compile(
    r"\s(?:on|in)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)"
    r"(?P<new>\s+(?:new|more|other)\b)?"
)

# Places others fill by choosing: a list, a chart, a guide, a menu (decision 3913).
_CHOSEN_PLACES = re.compile(
    r"(?<!\s)(?:\s++[a-z][a-z'’-]*+){0,2}?\s++"
    r"(?:lists|charts|rankings|playlists|guides|menus|catalogues"
    r"|catalogs|shortlists|directories|line-ups|lineups|round-ups|roundups)\b"
)


# Going into a place: the team's own premises right after the verb make it a move, work.
_ZH_GOING_IN = frozenset({"进入", "入驻", "进驻", "搬入", "搬进", "迁入"})
_ZH_OWN_PREMISES = re.compile(
    r"\s?(?:新的?)?(?:办公楼|办公室|办公区|写字楼|园区|厂房|厂区|新址|新家|宿舍|机房|仓库)"
)


def _zh_moves_in(item: Item, verb: Verb) -> bool:
    """A verb of going in, then the team's own premises ("入驻新办公楼", "进驻新园区"): a move the
    team makes, work, as decision 3854 keeps "the team moving itself" (lead, merging 3891 and
    3913)."""
    if item.language != "zh" or verb.word not in _ZH_GOING_IN:
        return False
    return _ZH_OWN_PREMISES.match(item.folded, verb.end) is not None


def _own_thing_rolled_out(item: Item, verb: Verb) -> bool:
    """ "get"/"have" read as winning a placement (coach/facts/shape.got_placed), whose thing is a
    system, a document or an artefact (kr_deliverables, kr_artefact_heads) put into places not
    said to be new: the team's own rollout ("Get the new POS system into 12 branches")."""
    if item.language != "en" or verb.cls != "win" or verb.word not in ("get", "have", "place"):
        return False
    _cs, ce = clause_of(item, verb.start)
    # (or on/in them: "Place the new posters in 12 shops", decision 4507)
    m = _INTO_PLACES.search(item.folded, verb.end, ce)
    if m is None and verb.word == "place":
        m = _ON_PLACES.search(item.folded, verb.end, ce)
    if m is None or m.group("new") or _CHOSEN_PLACES.match(item.folded, m.end(), ce):
        return False  # "Get our app into 2 app-store lists": others choose what goes in (3913)
    return any(
        verb.end <= t[0] and t[1] <= m.start()
        for name in ("kr_deliverables", "kr_artefact_heads")
        for t in terms(item, name)
    )


def _made_not_won(item: Item, verb: Verb) -> bool:
    """A verb that wins customers or partners, here leading a count of things made or booked
    in: "开发3条周边徒步路线" (条 counts routes, not partners), "Book 10 live bands" (who plays
    at our event, rules/data/en/kr_booked_in.txt) (decision 1450)."""
    if verb.cls != "win" or verb.position != "lead":
        return False
    _cs, ce = clause_of(item, verb.start)
    first = next(
        (q for q in item.facts.quantities if verb.end <= q.start < ce and q.kind == "count"), None
    )
    if first is None or item.folded[verb.end : first.start].strip():
        return False  # the count right after the verb
    if item.language == "zh":
        return verb.word in _ZH_WIN_BY_MAKING and first.unit in _ZH_MADE_UNITS
    if verb.word not in _EN_BOOK_VERBS:
        return False
    tail = item.folded[first.end : ce]
    booked = find_terms(tail, words("kr_booked_in", "en"), "en")
    # within a few words of the count, and its head: "6 new venue partnerships" are partners won,
    # the venue only says which kind (decision 3743)
    return any(a <= 24 and not _DEAL_HEAD_AFTER.match(tail, b) for a, b, _t in booked)


# Verbs of doing a thing a number of times (decision 5033).
_ZH_DO_VERBS = frozenset({"做", "开展", "进行", "组织", "举办", "举行", "搞", "办", "安排"})


def _zh_done_per_period(item: Item, verb: Verb | None) -> bool:
    """A cadence, then a verb of doing and right after it a count of times ("每月做一次", "每季度
    组织一次", "每周进行两次"): the thing named before is done that often (decision 5033)."""
    cadence = item.facts.shape.cadence
    if item.language != "zh" or verb is None or cadence is None:
        return False
    if verb.word not in _ZH_DO_VERBS or cadence[1] > verb.start:
        return False
    if item.folded[cadence[1] : verb.start].strip():
        return False  # the verb right after the cadence
    return any(
        q.start == verb.end and q.kind == "count" and q.unit in ("次", "场", "轮")
        for q in item.facts.quantities
    )


# 新增 and its near words before a place or a piece of equipment the team opens (decision 5032).
_ZH_ADD_VERBS = frozenset({"新增", "增设", "增加", "加设", "新设", "新建", "增开", "加开"})
_ZH_COUNT_BIT = r"(?:\d+|[一二两三四五六七八九十百]+)\s?[个家台座处间张所条]"


@cache
def _zh_places_opened_re() -> re.Pattern[str]:
    places = "|".join(re.escape(w) for w in longest_first(words("kr_places_opened", "zh")))
    return re.compile(
        rf"\s?(?:(?P<n1>{_ZH_COUNT_BIT})\s?(?:新的?)?(?:[\u4e00-\u9fff]{{1,2}}?)?(?:{places})"
        rf"|(?:[\u4e00-\u9fff]{{1,2}}?)?(?:{places})\s?(?P<n2>{_ZH_COUNT_BIT})"
        # the things named first, then their count: "新增泰语、越南语两个语种" (decision 4881)
        rf"|(?:[\u4e00-\u9fffA-Za-z]{{1,6}}[、和与及]){{1,5}}[\u4e00-\u9fffA-Za-z]{{1,6}}?\s?{_ZH_COUNT_BIT}"
        rf"\s?(?:{places}))"
        r"(?=$|[\s，,；;。（(、]|以上|左右)"
    )


# People counted, then their joining a platform: "30名入驻平台", "200位注册加入小程序" (5370).
_ZH_JOINED_PLATFORM = re.compile(
    r"\s?(?:\d{1,6}|[一二两三四五六七八九十百千]{1,4})\s?[名位人个]\s?"
    r"(?:入驻|注册|加入|接入)[^，,；;。]{0,6}?(?:平台|app|小程序|商城)"
)


def _zh_joined_platform(item: Item, verb: Verb) -> bool:
    """A verb that adds or wins (新增, 新签, 招募), then people counted who join the team's
    platform (decision 5370)."""
    if item.language != "zh" or verb.cls != "win" or verb.position != "lead":
        return False
    _cs, ce = clause_of(item, verb.start)
    return any(
        _ZH_JOINED_PLATFORM.match(item.folded, q.start)
        for q in item.facts.quantities
        if q.is_target and verb.end <= q.start < ce
    )


def _zh_places_opened(item: Item, verb: Verb) -> bool:
    """新增 (or 增设, 新建 …) leading a count of places or equipment the team opens or installs:
    "新增门店5家", "新增3家社区网点", "新增充电桩20个" (decision 5032). The count stands right before
    or after the place and nothing measured follows it ("新增门店客流20%" is a measure)."""
    if item.language != "zh" or verb.position != "lead" or verb.word not in _ZH_ADD_VERBS:
        return False
    m = _zh_places_opened_re().match(item.folded, verb.end)
    if m is None:
        return False
    # "新增2个合作驿站", "新增加盟门店15家": a place a partner opens and runs is a partner won, as
    # "新增合作商户30家" is (decision 5361)
    return not any(verb.end <= t[0] and t[1] <= m.end() for t in terms(item, "kr_partner_places"))


# The partners won, right after a word of what is booked in: "venue partnerships", "venue
# partners"; "caterer contracts" stay what is bought in (decision 3743).
_DEAL_HEAD_AFTER = re.compile(r"\s(?:partnerships?|partners?)\b")


# A gathering verb, then data, metrics or statistics with at most two words between ("Collect
# usage data on …", "Gather metrics on …"), or "do/perform an analysis" (decision 3792).
_DATA_GATHERED = re.compile(
    r"(?P<verb>collect(?:s|ed)?|gather(?:s|ed)?|pull(?:s|ed)?)"
    r"(?:[ \t]+(?!data\b|metrics\b)[a-z][a-z-]{1,20}){0,2}[ \t]+"
    r"(?:data|metrics|statistics|stats|telemetry)\b(?![ \t]*(?:points?|sets?|sources?)\b)"
    r"|(?P<do>do|does|perform|performs|run|runs|carry[ \t]+out)[ \t]+(?:an?[ \t]+|the[ \t]+)?"
    r"(?:[a-z-]{2,20}[ \t]+)?analys[ie]s\b"
)


# "Collect insurance info before the visit", "Gather consent forms for the trip": the papers or
# details the team takes in from the people it serves, no count of them won, are intake work, a
# task (decision 5089; ruling g of the thirty-fifth round), as data gathered is (3792).
# "Collect 500 signatures for the petition" counts what others give, won (decision 3792).
_PAPERS_GATHERED = re.compile(
    r"(?P<verb>collect(?:s|ed)?|gather(?:s|ed)?|obtain(?:s|ed)?|get)"
    r"(?:[ \t]+(?!info\b|information\b|details\b|paperwork\b|documents\b|forms\b)"
    r"[a-z][a-z-]{1,20}){0,2}[ \t]+"
    r"(?:info|information|details|paperwork|documents|documentation|forms)\b"
)


def _data_gathered(item: Item, lead: int) -> Verb | None:
    """The verb that leads data gathered or an analysis done, read as discovery (3792), or the
    papers taken in from the people served, read as work (5089)."""
    if item.language != "en":
        return None
    m = _DATA_GATHERED.match(item.folded, lead)
    if m is None:
        p = _PAPERS_GATHERED.match(item.folded, lead)
        if p is None or any(q.is_target for q in item.facts.quantities):
            return None
        return Verb(p.start("verb"), p.end("verb"), p.group("verb"), "act", "lead")
    g = "verb" if m.group("verb") else "do"
    return Verb(m.start(g), m.end(g), m.group(g), "decide", "lead")


def _obtains_count(item: Item, verb: Verb) -> bool:
    """'Obtain' leading a count of things that are no certification (decision 1332)."""
    if item.language != "en" or verb.cls != "pass" or verb.position != "lead":
        return False
    if verb.word not in ("obtain", "obtains", "obtained"):
        return False
    if not _COUNT_AFTER.match(item.folded, verb.end):
        return False
    passed = word_set("kr_pass_objects", "en")
    _cs, ce = clause_of(item, verb.start)
    for w in re.findall(r"[a-z]+", item.folded[verb.end : ce]):
        if w in passed or (w.endswith("s") and w[:-1] in passed):
            return False  # "Obtain 2 AWS certifications": certifications to get
    return True


def _zh_products_counted(item: Item, verb: Verb) -> bool:
    """A count right after the verb whose measure word is 款 (a product or a design):
    "开发10款文创新品", "打造3款爆品" count things made (decision 1468)."""
    return item.language == "zh" and any(
        q.start >= verb.end and q.start - verb.end <= 2 and q.unit == "款"
        for q in item.facts.quantities
    )


# A preposition of source or place after the object's head: "… novices from the taster course".
_EN_SOURCE_AFTER = re.compile(r"[a-z]\s(?:from|through|via|out of)\s")


# 完善 ("make complete"): with a document or plan as its whole object it is work on that
# document (decision 1854); with a quality ("完善售后服务") it is a vague change.
_ZH_REWORKED = frozenset({"完善"})


def _reworks_a_deliverable(item: Item, verb: Verb) -> bool:
    """The verb leads and a deliverable ends its clause, with no figure in it: "完善班规",
    "完善应急预案" (decision 1854); not "完善服务流程，投诉率降到1%"'s measured clause."""
    cs, ce = clause_of(item, verb.start)
    if verb.position != "lead" or any(cs <= q.start < ce for q in item.facts.quantities):
        return False
    end = len(item.folded[:ce].rstrip("。；;，, "))
    return any(
        verb.end <= a and b == end for a, b, _ in terms(item, "kr_deliverables")
    ) and _object_is(item, verb, "kr_deliverables")


# The credential before "renewed", with at most a verb of being or "all" between (decision 5284):
# "Welding certificates renewed for every fitter", "Fire permits all renewed by May".
_EN_RENEWED_AFTER = re.compile(r"\s(?:(?:are|were|is|was|get|gets|all|both)\s){0,2}renewed\b")


def credential_renewed(item: Item) -> tuple[int, int] | None:
    """The span from a credential (rules/data/en/kr_credentials.txt) in the key result's first
    clause to the "renewed" after it, when the credential is its subject: "Welding
    certificates renewed for every fitter" is "Renew the welding certificates …" in the
    passive (decision 5284). None otherwise, and for a share or a count renewed ("80% of
    contracts renewed": kr_credentials keeps customers' contracts out)."""
    if item.language != "en":
        return None
    start, end = item.core_span
    for a, b, _t in terms(item, "kr_credentials"):
        if not start <= a < end:
            continue
        m = _EN_RENEWED_AFTER.match(item.folded, b, end)
        if m is None:
            continue
        before = item.folded[start:a]
        # the credential opens the wording, after at most a few words that name its kind
        if re.fullmatch(
            r"\W{0,4}(?:(?:the|our|all|every|each)\s)?(?:[a-z0-9'-]{1,20}\s){0,3}", before
        ):
            return (start, m.end())
    return None


# "Renew the Elsevier and Wiley journal subscriptions", "Renew our Adobe subscription": the
# team's own subscriptions, named with the/our/my and no count (decision 6834).
_EN_OWN_SUBSCRIPTIONS = re.compile(
    r"\s(?:the|our|my|its|all our|all the)\s(?:[a-z0-9'’&.-]+\s){0,6}?subscriptions?\b"
)


def _own_subscriptions(item: Item, verb: Verb) -> bool:
    """The subscriptions the team pays for, renewed: "the"/"our" before them, no figure — an
    errand, as "Renew the warehouse lease" is; "Renew 400 annual subscriptions" counts members
    kept (decision 6834)."""
    if item.language != "en" or any(q.is_target for q in item.facts.quantities):
        return False
    return _EN_OWN_SUBSCRIPTIONS.match(item.folded, verb.end) is not None


def _object_is(item: Item, verb: Verb, name: str) -> bool:
    """Whether the verb's object — the rest of its clause — is headed by a word of list `name`
    rather than an outcome (customers, 粉丝): the later of the two heads it ("会员功能")."""
    _cs, ce = clause_of(item, verb.start)
    if item.language == "en" and (m := _EN_SOURCE_AFTER.search(item.folded, verb.end, ce)):
        # "Sign up 30 novices from the Learn to Row course": where they come from is no part of
        # the object (decision 1584)
        ce = m.start()
    found = [t for t in terms(item, name) if verb.end <= t[0] and t[1] <= ce]
    if name == "kr_deliverables" and item.language == "zh":
        # "新签约连锁药房系统2家": a system or platform counted by 家 is a firm (decision 5770)
        found = [t for t in found if not _zh_firm_counted(item, t, verb.end)]
    if not found:
        return False
    outcomes = [t for t in terms(item, "kr_outcome_nouns") if verb.end <= t[0] and t[1] <= ce]
    if name == "kr_credentials":
        # "Renew TLS certs and domain registrations": a word of both lists is the credential
        # after "renew" (decision 396 as written; 5349), not signups won
        spans = {(a, b) for a, b, _t in found}
        outcomes = [t for t in outcomes if (t[0], t[1]) not in spans]
    return not outcomes or outcomes[-1][0] < found[-1][0]


# What may follow a standard's name and still leave it the whole object: its type, level, tier
# or edition ("SOC 2 Type II", "CMMI Level 3", "ISO 9001:2015"), then the item's end, a
# bracket or comma, or a scope or deadline ("by August", "for the EU region") — decision 3890.
_STANDARD_TAIL = (
    r"(?:[\s-]*\d+)?(?:[\s-]+(?:type|level|tier|rev|edition|i{1,3}|iv|moderate|high|low|plus"
    r"|gold|silver|platinum|\d+[a-z]?))*(?::\d{4})?"
    r"\s*(?:$|[,;(\[—–]|(?:by|in|before|within|for|this|across|and|at|on|ahead|during)\b)"
)


@cache
def _standard_alone_pattern() -> re.Pattern[str]:
    names = "|".join(re.escape(w) for w in words("kr_certification_standards", "en"))
    return re.compile(r"\s+(?:(?:the|our|full)\s+)?(?:" + names + r")" + _STANDARD_TAIL)


@cache
def _zh_standard_alone_pattern() -> re.Pattern[str]:
    names = "|".join(re.escape(w) for w in words("kr_certification_standards", "en"))
    return re.compile(
        r"\s?(?:" + names + r")(?:[\s-]*\d+)?(?:[\s-]*(?:type|level|i{1,3}|iv|[一二三四五]级"
        r"|[初中高]级))*(?::\d{4})?\s?(?:认可|授权)?\s?$"
    )


def _standard_alone(item: Item, verb: Verb) -> bool:
    """Whether a verb of reaching or winning has a certification standard's name alone as its
    object: "Achieve SOC 2 Type II", "Earn HITRUST", "Secure ISO 27001 by May", "获得ISO 17025
    认可", "拿下HITRUST" are the certification to get (decisions 24, 3890); "Achieve SOC 2
    compliance" is not (2661), nor "获得客户认可"."""
    if verb.cls not in ("reach", "win", "pass"):
        return False
    if item.language == "zh":
        _cs, ce = clause_of(item, verb.start)
        end = min(ce, item.core_span[1])
        tail = item.folded[verb.end : end].rstrip(" 。.")
        return _zh_standard_alone_pattern().match(tail) is not None
    return (
        verb.position == "lead"
        and _standard_alone_pattern().match(item.folded, verb.end) is not None
    )


# Words that may stand between a verb and its object's head: no figure, no preposition.
_OBJECT_GAP = re.compile(
    r"\s+(?:(?!(?:at|in|for|with|on|by|from|to|of|per|into)\b)[a-z][a-z'’-]*\s+){0,3}"
)


# What may follow the thing "make" leads to when it is the thing made: the item's end, a bracket,
# a preposition or "and" ("Make checklist for cleaning", "make campaign video", "Make posters
# and instagram posts") — not a state or a verb ("Make the report faster", "Make the app load in
# 1 s": a change to bring about).
_AFTER_MADE = re.compile(r"\s{0,2}(?:$|[,;:(\[]|(?:for|of|on|in|with|about|and|to|at)\b)")


# A count of things, then their use by people: "5 dashboards used weekly by business users",
# "10 lesson plans used by all teachers", "4 templates adopted by every branch" (decision 3366).
# Not "by" a date ("5 reports read by June 30").
# After "by": no date ("by the end of Q3", "by June 30", "by 2027").
_NO_DATE_AFTER = (
    r"(?!(?:the\s+)?(?:end|mid|q[1-4]|h[12]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"spring|summer|autumn|fall|winter|next|this|week|month|year|semester|term)\w*\b)"
    r"(?!\d{1,2}(?!\d)(?:st|nd|rd|th)?(?:[/.-]\d|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|20\d\d\b)"
)
_THINGS_USED_BY = re.compile(
    r"(?<![\w.,])(?:\d{1,6}|two|three|four|five|six|seven|eight|nine|ten|twelve)[ \t]{1,2}"
    r"(?:[a-z][a-z'’-]{0,30}[ \t]{1,2}){1,3}?"
    r"(?:used|adopted|downloaded|installed|opened|played|read|watched|viewed|ordered|reused)"
    r"(?:\s+(?:daily|weekly|monthly|regularly|often|every\s+(?:day|week|month)))?\s+by\s+"
    + _NO_DATE_AFTER
)


# Decision 6762: the team's thing, said to be used at a cadence (perhaps by whom): "AI reply
# suggestions are used every day", "The shared rota is used weekly by all three sites". Not a
# thing the team does itself ("Our checklist is used in every shift handover" has no cadence).
_THING_USED_OFTEN = re.compile(
    r"(?:(?:the|our|a|an|its|their)\s)?(?:[a-z][a-z'’-]{0,30}\s){0,4}[a-z][a-z'’-]{0,30}\s"
    r"(?:is|are|gets|get)\s(?:now\s|actively\s|still\s)?used\s(?:at\sleast\s)?"
    r"(?:daily|weekly|monthly|every\s(?:single\s)?(?:day|week|month|shift|session)"
    r"|each\s(?:day|week|month|shift)|(?:once|twice|\d{1,3}\stimes)\s(?:a|per)\s(?:day|week|month))\b"
)

_MONEY_USED = re.compile(r"\b(?:budgets?|funds?|funding|money|cash|allowances?|credits?|grants?)\b")


@cache
def _things_granted() -> re.Pattern[str]:
    """A count of the team's pieces (or "our"/"the" thing), then what others do to take them
    up, then who or where: "2 short stories accepted by magazines", "Our app featured in 2
    app-store lists", "The bakery listed in 2 city food guides", "5 photos selected for the
    autumn exhibition" (coach/facts/data/en/granted_participles.txt; decision 3853). Not at a
    venue of the team's own ("4 posts published on our blog", "3 stories listed on our
    website"), nor "published on" a platform the team posts to itself, nor "by" a date."""
    return re.compile(
        r"(?<![\w.,])(?:(?:\d{1,6}|two|three|four|five|six|seven|eight|nine|ten|twelve)"
        r"(?:\s+of\s+(?:our|my|the|their))?|our|my|the|their)[ \t]{1,2}"
        r"(?:[a-z][a-z'’-]{0,30}[ \t]{1,2}){1,5}?" + taken_up_by() + _NO_DATE_AFTER
    )


@cache
def _things_granted_bare() -> re.Pattern[str]:
    """One to three words with no count nor determiner, then what others do to take them up
    ("Film picked up for distribution in 3 territories", "Debut novel shortlisted for the
    county prize"; decision 4206)."""
    return re.compile(r"(?:[a-z][a-z'’-]{0,30}[ \t]{1,2}){1,3}?" + taken_up_by() + _NO_DATE_AFTER)


_BARE_PUBLISHED = re.compile(r"\b(?:published|posted|released)\b")
# After "by": the team's own people or a team of the company (decision 4206's exclusions).
_BY_OWN_PEOPLE = re.compile(
    # (a word's start, possessive runs: searched, a start inside a word is quadratic)
    r"(?<![a-z-])(?:the\s++|our\s++)?(?:[a-z-]++\s++)?(?:team|teams|staff|crew|department|"
    r"engineers?|designers?|"
    r"developers?|writers?|volunteers?|interns?|marketing|comms)\b"
)


def _bare_thing_granted(item: Item, verb: Verb | None, lead: int) -> bool:
    """The team's thing named bare at the head, then taken up by others: won, as "Our film
    picked up …" is (decision 3853; decision 4206). A head that is also a verb ("Film", "Record",
    "Book") does not lead as one when a participle of taking up follows it; get/have/make keep
    their own readings (decision 3854)."""
    if item.language != "en" or (verb is not None and verb.word in ("get", "have", "make")):
        return False
    if verb is not None and verb.position == "lead" and verb.start != lead:
        return False
    m = _things_granted_bare().match(item.folded, lead)
    # "Pages published by the web team", "Release notes published by engineers": the team's own
    # people publish, and "published" alone is the team's own putting out (decision 3853)
    return (
        m is not None
        and not _BARE_PUBLISHED.search(item.folded, lead, m.end())
        and not _BY_OWN_PEOPLE.match(item.folded, m.end())
    )


# "Fewer …", "Less …" leading: a count brought down (decision 3367).
_FEWER_LEADS = re.compile(r"(?:fewer|less)\s")


# "Expand to York & Hull", "Expand into Lisbon and Porto by June": capitalised place names after
# to/into, joined by commas, "&" or "and", then at most a date (decision 5065).
_PLACE_NAME = r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}"
_EXPANDED_TO_PLACES = re.compile(
    rf"\s(?:to|into)\s{_PLACE_NAME}(?:\s?(?:,\s?(?:and\s|&\s)?|\s&\s|\sand\s){_PLACE_NAME}){{0,5}}"
    r"(?:\s(?:by|in|before|during|within|until)\s[^,;]{1,30})?\s*[.;]?\s*"
)


def _expands_to_places(item: Item, verb: Verb) -> bool:
    """Whether an English "expand" opening the key result names only the places the team moves
    into, and at most a date after them: a launch there, work (decision 5065)."""
    if item.language != "en" or verb.word != "expand" or verb.position != "lead":
        return False
    if any(q.is_target for q in item.facts.quantities):
        return False
    return _EXPANDED_TO_PLACES.fullmatch(item.text, verb.end, item.core_span[1]) is not None


def _made_thing(item: Item, verb: Verb) -> bool:
    """ "Make checklist for cleaning of isolation rooms", "make campaign video", "Make posters
    and instagram posts": "make" with a thing made as its first object and no figure is a
    deliverable, a task as "Create …" is (decision 3205)."""
    if item.language != "en" or verb.word != "make":
        return False
    end = item.core_span[1]
    for name in ("kr_deliverables", "kr_artefact_heads"):
        for t in terms(item, name):
            if (
                t[0] >= verb.end
                and t[1] <= end
                and _OBJECT_GAP.fullmatch(item.folded, verb.end, t[0])
                and _AFTER_MADE.match(item.folded[:end], t[1])
            ):
                return True
    return False


# The subject of a participle of winning, and at most its copula: "Offsite venue booked",
# "Pricing model is locked in" (decision 3812).
_TAKEN_VERBS = frozenset({"book", "reserve", "secure"})
_SUBJECT_GAP = re.compile(
    r"\s*(?:(?:for|at)\s(?:the\s|our\s)?[a-z-]+(?:\s[a-z-]+)?\s)?"
    r"(?:(?:is|are|was|were|has been|have been|now)\s)?"
)


def _taken_for_own_work(item: Item, verb: Verb) -> bool:
    """An English participle of winning (booked, locked in, secured) right after a place, a
    supplier or a lease taken for the team's own work ("Offsite venue booked", "Wedding
    photographer booked"), or after a plan, a model or a budget settled ("Pricing model locked
    in", "Store fit-out budget locked in with finance"): the booking or the settling is the
    work, as the imperative "Book the church hall" is (decisions 1269, 3812). Rooms sold or
    tenants won ("500 room nights booked by corporate clients") name no such thing before."""
    if item.language != "en" or verb.position != "predicate":
        return False
    said = item.folded[verb.start : verb.end]
    if said == verb.word or said.endswith("s") or not said.split()[0].endswith(("ed", "t", "n")):
        return False
    if any(
        w.isdigit() for w in re.findall(r"[a-z0-9]+", item.folded[item.core_span[0] : verb.start])
    ):
        return False
    # a contract or an agreement signed is won (decision 8): only a plan "locked in" is settled
    names = ("kr_procured_inputs", "kr_deliverables") if verb.word == "lock in" else ()
    if verb.word in _TAKEN_VERBS:
        names = ("kr_procured_inputs",)
    for name in names:
        for t in terms(item, name):
            if t[1] <= verb.start and _SUBJECT_GAP.fullmatch(item.folded, t[1], verb.start):
                return True
    return False


# "Book a hearing test", "Book the MOT", "Book a personal trainer for June": one thing, with its
# article and no figure, booked for the writer's own plan (decision 6940, widening 6564).
_EN_ONE_BOOKED = re.compile(
    r"\s{1,4}(?:a|an|the|my|our)\s{1,4}((?:[a-z][a-z'’-]{0,30}\s{1,4}){0,3}?)([a-z][a-z'’-]{0,30})"
    r"(?=\s+(?:for|with|at|in|on|to|before|after|by|this|next|ahead)\b|\s*$)"
)
# Heads booked that are business won or a place given by others ("Book a record quarter", "Book a
# spot on the morning show"), besides the outcome nouns.
_EN_BOOKED_WON = frozenset(
    {"record", "spot", "slot", "place", "feature", "interview", "meeting", "demo", "call", "sale",
     "contract", "win", "quarter", "month", "year", "week", "profit", "loss", "gain", "pilot",
     "partnership", "sponsorship", "gig", "residency", "engagement", "commission", "placement",
     "appearance", "booking", "tour", "show"}
)  # fmt: skip


def _one_booked(item: Item, verb: Verb) -> bool:
    """ "Book" + one thing named with its article, the whole key result, no figure: an errand of
    the writer's own (decision 6940), not a sale booked ("Book a deal with Tesco", "Book 30
    demos")."""
    if not _en_lemma_is(verb, "book") or verb.position != "lead":
        return False
    if any(ch.isdigit() for ch in item.folded):
        return False
    m = _EN_ONE_BOOKED.match(item.folded, verb.end)
    if m is None:
        return False
    head = m.group(2)
    won = word_set("kr_outcome_nouns", "en") | word_set("kr_made_outcomes", "en")
    return head not in _EN_BOOKED_WON and head not in won and f"{head}s" not in won


def _first_object_is(item: Item, verb: Verb, name: str) -> bool:
    """Whether the noun right after the verb, past its determiners and adjectives, is a word of
    list `name`: "Book the church hall" (a hall), not "Book 40 weddings at the hall"."""
    return any(
        t[0] >= verb.end and _OBJECT_GAP.fullmatch(item.folded, verb.end, t[0])
        for t in terms(item, name)
    )


def _built_before(item: Item, verb: Verb) -> bool:
    """A Chinese verb after its object names a thing built when a deliverable heads that
    object ("会员小程序开发", decision 120; not "渠道客户开发100家": customers won)."""
    if item.language != "zh" or verb.position != "predicate":
        return False
    cs, _ce = clause_of(item, verb.start)
    found = [t for t in terms(item, "kr_deliverables") if cs <= t[0] and t[1] <= verb.start]
    if not found:
        return False
    outcomes = [t for t in terms(item, "kr_outcome_nouns") if cs <= t[0] and t[1] <= verb.start]
    return not outcomes or outcomes[-1][0] < found[-1][0]


# Verbs that hold sessions, then a count in digits and the sessions (decision 2417).
_HOLDS_EVENTS = frozenset({"run", "runs", "host", "hosts", "hold", "holds", "organise", "organize"})
# "Get 3 sets of feedback from lab mates", "Collect 2 rounds of comments from reviewers": rounds
# of feedback asked for on one's own work are an effort counted, not things won (decision 2503).
_ASKS_FOR = frozenset(
    {"get", "gets", "collect", "gather", "receive", "obtain", "seek", "request", "solicit", "ask"}
)
_FEEDBACK_ROUNDS = re.compile(
    r"\s(?:for\s)?\d{1,3}\s(?:sets?|rounds?|batches|pieces|passes)\sof\s(?:[a-z][a-z'-]*\s)?"
    r"(?:feedback|reviews?|comments|notes|input|critiques?|edits|redlines)\b"
)
# "Make one hire for every open seat", "Make a senior hire" (decision 5841).
_MAKES_HIRES = re.compile(
    r"mak(?:e|es|ing)\s(?:a|an|one|two|three|four|five|six|\d{1,3})\s"
    r"(?:(?:new|key|senior|junior|first|second)\s){0,2}hires?\b"
)
# A distance run, ridden or swum is no session held: its volume and its time to beat are read by
# rules/_kr_common.py (decisions 6288, 6560, 6701).
_DISTANCE_HEADS = frozenset(
    {"miles", "kms", "kilometres", "kilometers", "metres", "meters", "yards"}
)
_HELD_COUNT = re.compile(
    r"\s\d{1,4}\s(?:[a-z][a-z'-]*\s){0,2}(?P<head>[a-z][a-z'-]*s)\b\s*(?:$|[,(;]|a\s|per\s|each\s|every\s|this\s|in\s|at\s|for\s|by\s|on\s|with\s|and\s)"
)


def _sessions_held(item: Item, verb: Verb) -> bool:
    """Sessions run, hosted or held, counted (decisions 2417, 2666): the counted phrase's head is
    neither an outcome nor a deliverable, and none stands in the wording after the phrase. An
    outcome word in front of the head only says whom the sessions are for ("Host 3 customer
    fireside chats", "Run 2 customer roundtables"); the head itself ("Host 500 attendees", "Run 3
    customer dashboards") is no session."""
    m = _HELD_COUNT.match(item.folded, verb.end)
    if m is None or m.group("head") in _DISTANCE_HEADS:
        return False  # "Run 10 miles in 1:20": a distance is no session (decision 6701)
    head_end = m.end("head")
    end = item.core_span[1]
    joined = result_joined_after(item, head_end)
    if joined is not None:
        end = joined  # "Host 6 supper clubs and grow membership by 15%": a result of its own (5757)
    for name in ("kr_outcome_nouns", "kr_deliverables"):
        for t in terms(item, name):
            if t[1] == head_end or (head_end < t[0] and t[1] <= end):
                return False
    return True


# "Get 500 sign ups", "Get 5 first-round interviews": a count right after "get" is of things
# won from others (decision 200: a count after a verb that wins is a result; decision 399).
_GETS = frozenset({"get", "gets", "got"})
# Verbs of a title or grant an outside body confers (decisions 193, 4403).
_ZH_CONFERRED = frozenset({"获批", "获评", "荣获", "评为", "被评为", "入选", "当选"})
# A rating in stars that a reviewer or a platform gives (decision 786).
_STAR_RATING = re.compile(
    r"\s(?:(?:a|an|at least a|another)\s)?(?:\d(?:\.\d)?|one|two|three|four|five)[- ]?stars?\s"
    r"(?:[a-z]+\s)?(?:reviews?|ratings?|write-?ups?|notices?)\b"
)
# "get" + who (one to four words) + "more"/"less"/"better" + a participle or an adjective.
_GOT_INTO_STATE = re.compile(
    r"\s(?:[a-z'’-]+\s){1,4}?(?:more|less|better|fully)\s"
    r"(?:[a-z-]{2,}(?:ed|ent|ant|ive|ful|ous|able|ible|ic|al)|at\s[a-z]+ing)\b"
)
# "get" + a comparative + what others give, up to three words, + from whom: "Get a better rate
# from my agencies", "Get higher prices from the wholesalers" (decision 6435).
_GOT_COMPARED = re.compile(
    r"\s(?:an?\s)?(?:better|higher|bigger|larger|fairer|lower|cheaper|longer|greater|faster)\s"
    r"(?:[a-z'’-]{2,20}\s){1,3}?from\s"
)
_GOT_COUNT = re.compile(
    r"\s(?:(?:at least|over|more than|another)\s)?[\d,.]+[k+]?\s(?!x\b|times\b)"
    # "Get 200 5-star reviews": a class glued to the count's noun (decision 5342)
    r"(?:[1-5]-star\s)?[a-z\"“]"
)


# "Open 10 new logos in healthcare", "Open 25 new accounts": opening accounts is winning them.
_OPENS = frozenset({"open", "opens", "opened"})
_ACCOUNTS = frozenset({"account", "accounts", "logo", "logos", "customer", "customers", "client", "clients"})  # fmt: skip


def _opens_accounts(item: Item, verb: Verb) -> bool:
    """The object of "open" is accounts or logos won from others ("Open 10 new logos"), not a
    store or a portal ("Open the customer portal to 200 clients")."""
    _cs, ce = clause_of(item, verb.start)
    # the noun's head may follow up to two words of its kind: "150 new current accounts",
    # "40 new business accounts" (decision 6036)
    said = [w for w in re.findall(r"[a-z]+", item.folded[verb.end : ce]) if w not in _NEW_WORDS]
    for i, w in enumerate(said[:3]):
        if w in _ACCOUNTS:
            return True
        if (i == 0 and w in ("the", "a", "an", "our", "its", "their")) or w in _NOUN_STOPS:
            return False
    return False


_NEW_WORDS = frozenset({"new", "more", "additional", "net"})
_NOUN_STOPS = frozenset({"and", "to", "for", "with", "in", "at", "by", "on", "of", "from"})


# Accounts or cards opened, counted (decision 3310, as 130 reads "Open 10 new logos"): "新开有效户40户",
# "新开证券账户120户", "开立对公账户30户", "新开信用卡500张" are customers won, not a thing launched;
# "新开门店3家" stays a launch.
# "新发社保卡1200张": a card newly issued to a customer opens an account too (decision 5025)
# "新开通代发工资客户30户", "新开立代发工资单位15家": accounts opened for customers or for the firms
# whose payroll the bank pays, counted (decision 6308).
_ZH_OPENS = frozenset({"新开", "开", "开立", "新开立", "开通", "新开通", "新发", "发"})
_ZH_N = r"(?<![\d,.一二两三四五六七八九十百千万])(?:\d[\d,.]*+\s?万?|[一二两三四五六七八九十百千万]++)\s?(?:户|个|张|位|名|家)"
_ZH_ACCOUNTS_OPENED = re.compile(
    rf"\s?(?:{_ZH_N})?[\u4e00-\u9fffA-Za-z]{{0,6}}?(?:户|账户|帐户|信用卡|借记卡|会员卡|社保卡|医保卡|社会保障卡|银行卡|储蓄卡|ETC卡|etc卡|单位)"
    rf"(?:\s?{_ZH_N})?\s*$"
)


def _zh_opens_accounts(item: Item, verb: Verb) -> bool:
    if item.language != "zh":
        return False
    _cs, ce = clause_of(item, verb.start)
    end = min(ce, item.core_span[1])
    tail = item.folded[verb.end : end]
    return bool(re.search(r"\d|[一二两三四五六七八九十百千万]", tail)) and (
        _ZH_ACCOUNTS_OPENED.match(tail) is not None
    )


# Words in a subject that make it a population whose share is done, not one thing worked on.
_POPULATION_WORDS = frozenset({"all", "every", "each", "any", "no", "most", "half", "both"})


def _one_thing_worked_on(item: Item, verb: Verb) -> bool:
    """An English participle of work after one named thing: the work done to it is the task
    ("Donor database cleaned up and deduplicated", "CONTRIBUTING.md rewritten with a local-dev
    guide", "New camera and lighting setup bought"; decision 332). Not a population whose
    share is done ("All December returns processed by Jan 20": plural, or all/every/each), nor
    a person ("Dani trained on payroll") or a subject with a number."""
    from coach.nlp import lemma_en

    said = item.folded[verb.start : verb.end]
    if said.endswith("s") or (said == verb.word and not _same_form_participle(item, verb)):
        return False  # "CI runs the full gate on every PR": a practice, not work done once
    start = item.facts.shape.lead
    lead_verb = item.facts.shape.verb
    if lead_verb is not None and lead_verb.cls == "reach" and start <= lead_verb.end <= verb.start:
        # "Make sure a fire drill is held …": the subject starts after the verb that only asks
        # for the state, of one word or two (decision 5601)
        start = lead_verb.end
    subject = re.findall(r"[a-z0-9]+", item.folded[start : verb.start])
    if not 1 <= len(subject) <= 5 or any(w.isdigit() for w in subject):
        return False
    if any(w in _POPULATION_WORDS for w in subject) or subject[0] in word_set("given_names", "en"):
        return False
    head = subject[-1]
    if head in ("and", "or", "is", "are", "was", "were", "be", "been", "has", "have"):
        head = subject[-2] if len(subject) > 1 else ""
    return bool(head) and lemma_en(head) == head and head not in _NOT_IN_SUBJECT


def _same_form_participle(item: Item, verb: Verb) -> bool:
    """ "… is run", "… has been set": a participle spelt as its verb ("run", "set", "put"),
    after a form of "be", is the passive of the work, not the verb of a subject (decision 5602)."""
    said = item.folded[verb.start : verb.end]
    return (
        said in _EN_PARTICIPLES
        and EN_BE_BEFORE.search(item.folded, max(0, verb.start - 12), verb.start) is not None
    )


# Verbs that make a thing that was not there before (decision 2660): "Data models built",
# "Prototypes developed for the 3 new concepts" are things made, as "Build data models" is; not
# a population worked through ("All December returns processed by Jan 20"). "make" is not here
# ("All payments made on time" is a population), nor record or assemble.
_MADE = frozenset({"build", "create", "develop", "produce", "prototype", "code"})


def _things_made(item: Item, verb: Verb) -> bool:
    """An English participle of making after a plural subject with no all/every/each and no
    number before it (decision 2660): the things made are the work, a task as the imperative
    "Build data models for finance" is. "All new repos created from the template" (a population
    in a state) and a subject with a figure keep their readings."""
    if item.language != "en" or verb.word not in _MADE:
        return False
    said = item.folded[verb.start : verb.end]
    if said == verb.word or said.endswith("s"):
        return False  # "Each squad builds …", "Build …": not a participle after its subject
    subject = re.findall(r"[a-z0-9]+", item.folded[item.facts.shape.lead : verb.start])
    if not 1 <= len(subject) <= 6 or any(w.isdigit() for w in subject):
        return False
    return not any(w in _POPULATION_WORDS for w in subject)


# "by" and the hand that decides, not a date: "determined by the market", "by public vote".
_BY_A_HAND = re.compile(
    r"\s+by\s+(?!\d|(?:the\s+)?(?:end|start|close|middle)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep"
    r"|oct|nov|dec)[a-z]{0,6}\b|q[1-4]\b|(?:this|next|each)\s)"
)


def _things_worked_once(item: Item, verb: Verb) -> bool:
    """An English participle of one-off work (kr_one_off_participles: replaced, retired,
    identified, migrated, tracked …) after a plural subject with no all/every/each, no number,
    no people served, and no time standard after it (decision 3502): "Warehouse scanners
    replaced", "Legacy billing jobs are retired", "Churn drivers identified" are the work, as
    "Replace the warehouse scanners" is. A population worked through keeps its reading ("All
    legacy jobs retired by June", "Invoices reconciled within 2 days of month end")."""
    if item.language != "en" or verb.word not in word_set("kr_one_off_participles", "en"):
        return False
    if verb.word == "determine" and _BY_A_HAND.match(item.folded, verb.end):
        return False  # "Prices are determined by the market": decided elsewhere (decision 5717)
    said = item.folded[verb.start : verb.end]
    if (said == verb.word and not _same_form_participle(item, verb)) or said.endswith("s"):
        return False  # "Each team tracks …", "Track …": not a participle after its subject
    if not said.endswith(("ed", "t", "n")):
        return False
    subject = re.findall(r"[a-z0-9]+", item.folded[item.facts.shape.lead : verb.start])
    if subject and subject[-1] in ("are", "were", "been", "be", "is", "was", "has", "have"):
        subject = subject[:-1] if subject[-1] not in ("been",) else subject[:-2]
    if len(subject) > 2 and subject[0] == "top" and subject[1].isdigit():
        subject = subject[2:]  # "Top 3 churn drivers identified": which ones, no count (3813)
    if not 1 <= len(subject) <= 8 or any(w.isdigit() for w in subject):
        return False
    if any(w in _POPULATION_WORDS for w in subject):
        return False
    if subject[-1] in word_set("people_served", "en") or subject[-1] in _PEOPLE_SUBJECTS:
        return False  # "Trial users migrated to the new plan": people moved, no work named
    return _TIME_STANDARD.search(item.folded, verb.end, item.core_span[1]) is None


def _people_asked(item: Item, verb: Verb) -> bool:
    """People surveyed, said as a participle after them with "is"/"are"/"been" and no figure to
    reach: "Tenants are surveyed after each repair", "Members have been surveyed on the opening
    hours" name the asking, finding out, as "Survey tenants after each repair" does (decision
    5722). With a share ("80% of tenants surveyed …") or what they answer ("Tenants surveyed
    say the repair was on time") the reading is left as it was."""
    if item.language != "en" or verb.word != "survey":
        return False
    if not item.folded[verb.start : verb.end].endswith("ed"):
        return False
    if any(q.is_target for q in item.facts.quantities):
        return False
    return EN_BE_BEFORE.search(item.folded, max(0, verb.start - 12), verb.start) is not None


# Verbs of working a thing out (decision 5842); not "investigate", "review" or "track", which
# said of all events or items are a practice kept ("All safety incidents are investigated").
_WORKED_OUT = frozenset(
    {"assess", "evaluate", "identify", "determine", "define", "decide", "map", "scope", "estimate"}
)


def _population_decided(item: Item, verb: Verb) -> bool:
    """A participle of finding-out or deciding (the decide class: assessed, evaluated,
    identified, defined …) after a population with no figure to reach: "All current suppliers
    assessed for the new code", "Every open risk identified and ranked" name the assessing, as
    "Current suppliers assessed …" and "Assess all current suppliers …" do (decision 5842). A
    population worked through ("All December returns processed by Jan 20") and a share ("90% of
    suppliers assessed …") keep their readings."""
    if item.language != "en" or verb.cls != "decide" or verb.word not in _WORKED_OUT:
        return False  # "All safety incidents are investigated": a practice kept (decision 5723)
    said = item.folded[verb.start : verb.end]
    if said == verb.word or said.endswith("s") or not said.endswith("ed"):
        return False  # "Each lead assesses …", "Assess …": not a participle after its subject
    subject = re.findall(r"[a-z0-9]+", item.folded[item.facts.shape.lead : verb.start])
    if not 2 <= len(subject) <= 8 or subject[0] not in ("all", "every", "each"):
        return False
    return not any(q.is_target for q in item.facts.quantities)


def _people_trained(item: Item, verb: Verb) -> bool:
    """People trained, said as a participle after them with no figure to reach (kr_training_verbs;
    decision 5345): "All partners trained on the new pricing", "Every store manager trained on the
    returns process" name the training, as "Train all partners …" does. With a share ("90% of
    partners trained …") or a test passed ("… pass the pricing quiz") the reading is left as it was."""
    if item.language != "en" or verb.word not in word_set("kr_training_verbs", "en"):
        return False
    said = item.folded[verb.start : verb.end]
    if said == verb.word or said.endswith("s") or not said.endswith(("ed", "t")):
        return False  # "Each lead trains …", "Train …": not a participle after its subject
    return not any(q.is_target for q in item.facts.quantities)


# People as the subject of a participle: what is done to them is no one-off work on things.
_PEOPLE_SUBJECTS = frozenset(
    {"customers", "users", "clients", "members", "accounts", "staff", "employees", "people",
     "students", "patients", "partners", "tenants", "subscribers", "donors", "volunteers"}
)  # fmt: skip
# A standard each one is held to: "within 2 days", "in under an hour", "on time", "same day".
_TIME_STANDARD = re.compile(
    r"\b(?:within|in under|in less than|on time|same[- ]day|the same day|by the next|"
    r"each|every|per)\b"
)


def _pass_object_subject(item: Item, verb: Verb) -> bool:
    """A certification, an accreditation or an audit as the subject of a verb that reaches or
    wins it (decision 2661): "ISO 27001 certification achieved", "Cyber Essentials Plus
    accreditation gained" say what "Achieve ISO 27001 certification" says, a task (decision 24)."""
    if item.language != "en" or verb.position != "predicate":
        return False
    cs, _ce = clause_of(item, verb.start)
    found = [
        t
        for t in terms(item, "kr_pass_objects")
        if max(cs, item.facts.shape.lead) <= t[0] and t[1] <= verb.start
    ]
    if not found:
        return False
    between = item.folded[found[-1][1] : verb.start].strip()
    return between in ("", "is", "was", "has been", "now", "is now", "now fully")


# The second of two joined verbs, right after the first: "stabilised and documented",
# "Improve and roll out" (decision 2662).
_EN_JOINED = re.compile(r",?\s(?:and|&)\s(?:then\s)?([a-z]+)(?:\s(out|up|live))?\b")


def _work_joined(item: Item, verb: Verb) -> Verb | None:
    """The verb joined by "and" right after an English verb of change, when it makes, writes,
    puts in place or ships the thing (decision 2662): "Data pipeline optimised and documented",
    "Optimise and document the data pipeline", "Onboarding emails improved and rolled out" are
    the documenting and the rollout, work to do. Verbs of other work keep the vague change
    ("Improve and streamline onboarding"), and so does a second change ("Grow and deepen …")."""
    if item.language != "en":
        return None
    m = _EN_JOINED.match(item.folded, verb.end, item.core_span[1])
    if m is None:
        return None
    word = m.group(1)
    lemma = _en_lemma(word) if (word.endswith("ed") or word in _EN_PARTICIPLES) else word
    if m.group(2) and f"{lemma} {m.group(2)}" in verb_classes("en"):
        lemma = f"{lemma} {m.group(2)}"
    cls = verb_classes("en").get(lemma)
    if cls not in ("launch", "complete") and lemma not in _WRITTEN_UP | _MADE | _PUT_IN_PLACE:
        return None
    if verb.position == "predicate" and lemma == word and cls != "launch":
        return None  # "… improved and document": no participle after a predicate
    return Verb(m.start(1), m.end(), lemma, cls or "act", verb.position)


# Verbs that handle what comes in, and the time each one takes (decision 2665): "Expense
# reports approved within 2 days", "Incident reports reviewed within 48 hours".
_HANDLED = frozenset(
    {"approve", "review", "process", "triage", "answer", "acknowledge", "reimburse", "pay",
     "grade", "mark", "reconcile", "sign off", "check", "assess", "verify"}
)  # fmt: skip
_WITHIN_TIME = re.compile(
    r"\s(?:within|in\sunder|inside|in\sless\sthan)\s(?:\d{1,3}|one|two|three|five|ten)\s?"
    r"(?:business\s|working\s)?(?:hours?|hrs?|h|days?|weeks?|minutes?|mins?)\b"
)


def _turned_around(item: Item, verb: Verb) -> bool:
    """Things that come in (reports, claims) handled within a time after the participle that
    handles them (decision 2665): the time each one takes is a service level, as "Support
    tickets answered within 4 hours" is — no report to write. Written or built ones stay the
    team's deliverables ("Reports delivered to the board", "Runbooks written for …")."""
    return (
        item.language == "en"
        and verb.word in _HANDLED
        and _WITHIN_TIME.match(item.folded, verb.end) is not None
    )


def _deliverable_before(item: Item, lead: int, end: int) -> bool:
    return any(lead <= t[0] and t[1] <= end for t in terms(item, "kr_deliverables"))


# A group counted, then "on" or "onto" what it uses: "All 12 regular vendors on our standard
# contract", "40 families on the new payment plan", "90% of tenants on direct debit".
_EN_GROUP_ON = re.compile(
    r"(?:all\s|every\s)?(?:the\s)?(?P<q>(?<![\d,])\d[\d,]*+\s?%?)\s(?:of\s(?:our\s|the\s|my\s)?)?"
    r"(?P<np>(?:[a-z-]+\s){0,3}?[a-z-]+s)\s(?:are\s|now\s)?(?:on|onto)\s(?:to\s)?"
    r"(?:the|our|a|an|my|their)\s"
)


_EN_PARTNERS = frozenset(
    {"vendors", "suppliers", "contractors", "dealers", "distributors", "resellers", "growers",
     "stockists", "retailers", "landlords", "carriers", "venues", "brokers", "agents"}
)  # fmt: skip


@cache
def _single_words(name: str) -> frozenset[str]:
    return frozenset(w for w in words(name, "en") if " " not in w)


def _group_on_terms(item: Item, lead: int) -> bool:
    """A group counted in digits, then the terms or the plan it is on (decision 1311): the
    people or partners counted are what moved, as "Customers in 40 countries" are. Not things
    made or put in place ("3 dashboards on the wiki": kr_deliverables)."""
    if item.language != "en":
        return False
    m = _EN_GROUP_ON.match(item.folded, lead, item.core_span[1])
    if m is None:
        return False
    head = m.group("np").rsplit(" ", 1)[-1]
    # People or partners, not the team's own sites or machines moved onto a system ("All 8
    # stores on the new POS", "all clusters on PG16": a migration, decision 1311)
    return head in _EN_PARTNERS or head in _single_words("objective_people")


# A thing built, then a whole group that takes it up (decision 2601): "建立客户回访制度，全员执行",
# "业主群建立议事规则，全员遵守", "上线新报销流程，所有门店都用起来" are adoption said in words, as
# "建立 OKR 管理机制，全员使用" is (decision 25; PRINCIPLES: 全员 is 100%). Only as the last
# clause: "全员执行新的报销制度" opening the KR is the writer's instruction (decision 157).
ZH_ALL_ADOPT = re.compile(
    r"[，,；;]\s*(?:全员|全体(?P<who1>[\u4e00-\u9fff]{1,4}?)|所有(?P<who2>[\u4e00-\u9fff]{1,4}?)|"
    r"人人|每位(?P<who3>[\u4e00-\u9fff]{1,3}?))都?(?:严格|认真)?"
    r"(?P<verb>使用|遵守|遵循|执行|落实|采用|用上|用起来)\s*[。；;]?\s*$"
)


def zh_all_adopt(item: Item) -> re.Match[str] | None:
    """The closing clause by which a whole group takes up what the KR builds (2601)."""
    if item.language != "zh":
        return None
    lead = max(item.facts.shape.lead, item.core_span[0])
    return ZH_ALL_ADOPT.search(item.folded, lead, item.core_span[1])


def _adopted(item: Item) -> bool:
    """Counted by its use by others (decisions 8, 25): "adopted by 2 other sites", "被采纳";
    not a use that only describes the thing ("无人使用的报表", "低使用率的系统"), nor the
    writer's own use that opens the KR ("使用运动手环记录每次训练", "采用敏捷流程": decision 157)."""
    text = item.folded
    zh = item.language == "zh"
    lead = max(item.facts.shape.lead, item.core_span[0])
    return zh_all_adopt(item) is not None or any(
        not (zh and (_ZH_MODIFIER_AFTER.match(text, t[1]) or t[0] <= lead))
        # "Using last year's survey, draft …": the means before the work is the writer's own use
        # (decision 4797)
        and not (not zh and t[1] <= lead)
        # "12月底前投入使用", "交付使用": a thing put into service, a launch, no use by others
        # counted (decision 5313); "正式使用" only with no figure, as "4个病区正式使用新系统"
        # counts the wards that use it (decision 5323)
        and not (zh and text.endswith(_ZH_PUT_INTO, 0, t[0]))
        and not (zh and text.endswith("正式", 0, t[0]) and not _counted_users(item))
        # "办一场分享会，让同事知道如何使用", "开发一个方便使用的框架": how to use a thing, or how
        # easy it is to use, is the lesson or the thing described; no use by others (5661)
        and not (zh and text.endswith(_ZH_HOW, 0, t[0]) and _zh_in_purpose(text, t[0]))
        and not (zh and text.endswith(_ZH_EASE, 0, t[0]) and _ZH_DESCRIBES_AFTER.match(text, t[1]))
        for t in terms(item, "kr_adoption_words")
    )


_ZH_PUT_INTO = ("投入", "交付")
_ZH_HOW = ("如何", "怎么", "怎样")
# A later clause that says what the work is for: "…，让组内同学知道如何使用" (decision 5661)
_ZH_PURPOSE_LEADS = ("让", "使", "以便", "好让", "帮助")


def _zh_in_purpose(text: str, at: int) -> bool:
    """Whether `at` lies in a clause after the first that opens with 让 / 使 / 以便 …: the
    purpose of the work before it, not the KR's own subject (decision 5661)."""
    cut = max(text.rfind(p, 0, at) for p in "，,；;")
    return cut > 0 and text[cut + 1 : at].lstrip().startswith(_ZH_PURPOSE_LEADS)


_ZH_EASE = ("方便", "便于", "易于")
# After "方便使用": 的, a pause or the end, so the ease describes the thing ("方便使用的框架");
# "30家门店都能方便使用新收银系统" names what they use and stays adoption (decision 5661)
_ZH_DESCRIBES_AFTER = re.compile(r"\s?(?:[的、，,。；;]|$)")


def _counted_users(item: Item) -> bool:
    """Whether the key result gives a count or a share, no date or duration: the users of a
    thing counted ("4个病区", "80%的门店"; decision 5323)."""
    return any(q.kind in ("count", "percent") for q in item.facts.quantities)


# After 使用: a modifier ("使用率"), or the document that tells how to use a thing ("组件库使用文档"
# is written, not adopted; decision 405), or the lesson or video that shows it ("产品使用教学视频",
# "系统使用培训课程" are made or given, not adoption; decision 1744).
# The rules of use are written too ("人工智能使用规范", "印章使用制度", "车辆使用管理办法"; decision 2350).
# A noun of use that names what users like or meet ("满足不同用户的使用偏好", "贴合使用习惯", "覆盖更多
# 使用场景": a feature's purpose, no use counted; decision 2462).
_ZH_MODIFIER_AFTER = re.compile(
    r"[的率量]|文档|文件|手册|说明|指南|教程|报告|情况|记录|台账|分析|教学|视频|课程|培训|演示|偏好|习惯|场景|体验|感受|门槛|"
    r"(?:管理)?(?:规范|制度|规则|规定|办法|守则|须知|政策)"
)
_ZH_MANNER = re.compile(r"以|按照?")

"""kr-compound: two results in one key result."""

from __future__ import annotations

import bisect
import re
from functools import cache
from itertools import pairwise

from coach.facts.metric import is_relative
from coach.facts.shape import verb_classes
from coach.nlp import lemma_en, tokenize
from coach.rule_api import Example, Fix, Hit, LocalEdit, Rule, voice
from coach.wordlists import find_terms, longest_first, word_set, words
from rules._draft_structure import new_line_label
from rules._kr_common import cap_first, level_after_change, terms
from rules._negative import negative_terms
from rules._outcome import _EN_REACH_LEAD, _en_reach

# Joiners between clauses. Strong ones join two things to do ("，并", "as well as"); weak ones
# also join the parts of a noun phrase ("Facebook和Twitter"), so they split a KR only when both
# sides carry their own result with its own number.
_STRONG_ZH = {"并", "并且", "同时", "以及", "且", "另外", "此外", "；", ";"}
_WEAK_ZH = {"，", ",", "、", "和", "及", "与", "+", "＋"}
# A match may only start right after a non-space, so a long run of spaces is scanned once, not
# once per position (which made this pattern cubic on blank runs).
# "+" between blanks joins as "plus" does ("sign 5 new + get 20 referrals"; decision 4843); a
# "+" glued to a figure ("8+ hours") starts no match, which needs a blank, ";" or "," first.
_JOINING_WORDS = r"(?:as well as|and also|while also|plus|while|and|&|\+)"
# What `(?<!\s)(?:\s*;|,?\s+WORDS\s+|\s*,\s*|\s+/\s+)` matches — a semicolon, a joining word
# between blanks, a comma, or a slash with a blank on each side ("LCP ≤ 2.5s / CLS ≤ 0.1" lists
# two measures, decision 3481), not after a blank — written from its first character (a blank,
# ";" or ","), which the engine scans for in C instead of trying the look behind and four
# alternatives at every position: the same matches in the same order (issue 13).
_EN_JOINERS = re.compile(
    r"[\s;,](?<!\s[\s;,])"
    r"(?:(?<=;)|(?<=,)\s+" + _JOINING_WORDS + r"\s+|(?<=,)\s*"
    r"|(?<![;,])(?:\s*;|\s*" + _JOINING_WORDS + r"\s+|\s*,\s*|\s*/\s+))",
    re.I,
)
_EN_STRONG = re.compile(r";|as well as|and also|while also|plus|while", re.I)
# The right side is the means or the purpose of the left, not a second result.
_MEANS_ZH = re.compile(r"^(?:来|以|从而|以便|使|让|进而|确保|保证|通过|用于)")
_MEANS_EN = re.compile(r"^(?:to|so|by|through|via|which|that|thereby|in order)\b", re.I)
# What a piece of work brings is its result, not a second one (decision 115).
_BRINGS_ZH = ("带来", "带动", "拉动", "吸引", "引来")
_RESPECTIVELY = re.compile(r"分别|respectively", re.I)


class KrCompound(Rule):
    """What it does: flags a key result that holds two results, each with its own measure:
    "新签客户20家并且续约率达到90%", "Grow ARR to $2M and cut churn to 3%"; or a result joined to
    a second thing to do by "并 / as well as" ("研究和确定3个最受欢迎的社交媒体网站，并找到新的
    目标受众"); or two measures side by side, each named next to its figure ("Pipeline $4M and win
    rate 30%", "P0故障0次，P1故障≤2次"). One measure over a compound noun is fine ("在Facebook和Twitter上增加20%的粉丝数量",
    "Raise NPS for enterprise and SMB customers to 50").

    Why is this bad? 保持简单明了: two results in one KR cannot be scored as one — what is the score
    when one half is met and the other missed? Each result deserves its own line and owner.

    Use instead: split it into two key results.
    """

    id = "kr-compound"
    target = "kr"
    severity = "info"
    category = "clarity"
    issue_type = "style"
    fix = "always"
    similar_examples = True
    model_label = "kr-compound"
    model_message = {
        "zh": "这条关键结果读起来包含两个衡量指标，建议拆成两条（模型判断）。",
        "en": "This key result reads as two measures in one; split it (the model's reading).",
    }
    principle = {
        "zh": "保持简单明了：一个关键结果只衡量一件事",
        "en": "Keep it simple and clear: one key result measures one thing",
    }
    message = {
        "zh": "这个关键结果{what}，“{second}”{then}。",
        "en": "This key result {what}; “{second}” {then}.",
    }
    explanation = {
        "zh": "一个关键结果里写两个结果，打分时说不清：一半达成、一半没达成算多少分？拆成两个关键结果，"
        "各自有数字、有负责人，进展一目了然。一个指标覆盖几个对象（如“在Facebook和Twitter上增加20%的粉丝数量”）"
        "不算两个结果。",
        "en": "Two results in one key result cannot be scored cleanly: what is the grade when "
        "one half is met and the other missed? Split them, each with its own number and owner. "
        "One measure over several groups (“Raise NPS for enterprise and SMB customers to 50”) "
        "is a single result.",
    }
    examples = (
        Example("zh", "新签客户20家并且«续约率达到90%»", True),
        Example("zh", "季度收入达到500万元，«毛利率提升到35%»", True),
        Example(
            "zh",
            "9月1日前，研究和确定3个最受欢迎的社交媒体网站，并«找到新的目标受众和制定互动战略»",
            True,
        ),
        Example("zh", "参与6个Twitter的聊天，并«引入行业领袖»", True),
        Example("zh", "会员拉新30万，«老客复购率35%»", True),
        Example(
            "zh", "弹幕发送率提升到 x%，«人均弹幕数提升到 x»", True, note="占位的 x（决定156）"
        ),
        Example("zh", "开展4场线上直播、«2场线下体验会»", True),
        Example("zh", "社群成员达到800人，«覆盖70%的活跃客户»", True),
        Example("zh", "梳理报销流程、«编写操作手册并培训全体财务人员»", True),
        Example("zh", "在Facebook和Twitter上增加20%的粉丝数量", False),
        Example("zh", "梳理、优化并上线新的报销流程", False),
        Example("zh", "6月底前完成3个城市、50家门店的试点", False),
        Example("zh", "营收达到600万，较上季度增长20%", False),
        Example("zh", "会员数提升到5万，当前为3.2万", False),
        Example("zh", "互动率提升到6%（点赞、评论、转发合计）", False),
        Example("zh", "每周跑步3次，每次5公里", False),
        Example("zh", "制定激励计划，覆盖至少70%以上人员", False),
        Example("zh", "优化回复流程，实现48小时回复", False),
        Example("zh", "华东和华南区新签客户共20家", False),
        Example("zh", "退款及时率≥97%，«差评≤5条»", True, note="a rate jieba cuts (decision 118)"),
        Example("zh", "改版会员中心并«实现付费会员3万»", True, note="a deliverable and a result"),
        Example(
            "zh",
            "KOC合作：美妆类20位+母婴类15位",
            False,
            note="one count by kind (decision 554, refining 118)",
        ),
        Example("zh", "达人合作数量：头部5位+腰部50位+尾部300位", False, note="decision 554"),
        Example("zh", "新签客户20家+«回款率95%»", True, note="+ joins two measures (decision 118)"),
        Example("zh", "重做帮助中心，并«将自助解决率提升到60%»", True),
        Example("zh", "一次装机成功率达到92%，«全年零返修»", True, note="decision 237"),
        Example("zh", "不逃课，«每周课程出勤率100%»", True, note="decision 237"),
        Example(
            "zh", "切换新版收银系统，零故障", False, note="a quality bar of work (decision 237)"
        ),
        Example(
            "zh", "完成库存系统切换并确保账实相符率99%", False, note="a quality bar (decision 91)"
        ),
        Example("en", "Grow ARR to $2M and «cut churn to 3%»", True),
        Example("en", "Sign 10 new logos; «raise net revenue retention to 115%»", True),
        Example("en", "Increase revenue by 20% and «reduce support costs by 10%»", True),
        Example("en", "Hire 5 engineers as well as «onboard 2 designers»", True),
        Example("en", "Pipeline $4M and «win rate 30%»", True),
        Example("en", "Help center is live and «60% of customers use it monthly»", True),
        Example(
            "en",
            "Launch the partner portal and «sign 10 partners on it»",
            True,
            note="decision 135",
        ),
        Example("en", "40 mins of reading & «20 mins of stretching every day»", True),
        Example("en", "Sign 12 new clinics, with «at least 4 in rural counties»", True),
        Example("en", "Record one demo video & «write one tutorial every week»", True),
        Example("en", "Release v2, «migrate all users and deprecate v1»", True),
        Example("en", "Raise NPS for enterprise and SMB customers to 50", False),
        Example("en", "Design, test, and ship the new checkout", False),
        Example("en", "Migrate billing to the new ledger by June 30 with 99.9% accuracy", False),
        Example("en", "Sign 12 new clinics, 4 of them in rural counties", False),
        Example("en", "Reach an app store rating of 4.7 with at least 500 ratings", False),
        Example("en", "Publish 4 case studies with customer quotes", False),
        Example("en", "45 hires (30 eng, 8 GTM, 7 G&A)", False),
        Example("en", "Serve between 5 and 10 enterprise pilots", False),
        Example("en", "Hire 5 engineers and 2 designers", False),
        Example("en", "Reach 10,000 weekly active users and retain them for 30 days", False),
        Example("en", "Hold 3 webinars to generate 40 sales-qualified leads", False),
        Example(
            "en", "Build an emergency fund of $6,000 (from $1,500)", False, note="digit groups"
        ),
        Example("en", "Grow WAU from 12,000 to 20,000, «paid conversion from 3% to 5%»", True),
        Example("en", "Trial signups from 150 to 400 and «attendance rate to 60%»", True),
        Example(
            "en",
            "Web rating from 4.2 to 4.5 and «Mac from 3.9 to 4.4» (Priya)",
            True,
            note="the split line keeps rating and Priya (rw-045, decision 430)",
        ),
        Example("en", "Signups from 150 to 400 at a cost per signup under $20", False),
        Example("zh", "应急基金从1,500元存到6,000元", False, note="digit groups"),
        Example("zh", "月活用户从12,000增长到20,000，«付费率从3%提升到5%»", True),
        Example(
            "zh",
            "推动并落地至少3项团队流程改善",
            False,
            note="two verbs, one object (decision 400)",
        ),
        Example(
            "zh", "上线客服知识库并«实现自助解决率60%»", True, note="a deliverable, then a result"
        ),
        Example("zh", "新人首月质检合格率≥90%，«满意度≥4.6»", True, note="新人首月 carried (1018)"),
        Example("zh", "企业客户的NPS从30提升到45，«续约率达到90%»", True, note="decision 1018"),
        Example("zh", "单租户支持10万员工数据量，«核心接口P99 < 300ms»", True, note="at that load"),
        Example(
            "en",
            "Activation from 30% to 45% and «time to first value under 2 days for enterprise "
            "customers»",
            True,
            note="the scope closing the second half goes with the first too (decision 1018)",
        ),
        Example(
            "en",
            "For enterprise customers, NPS from 30 to 45 and «renewal rate to 90%»",
            True,
            note="decision 1018",
        ),
        Example("zh", "«付费率和ARPPU分别提高2个百分点和10%»", True, note="decision 1110"),
        Example("zh", "«转化率、客单价分别达到5%、80元»", True, note="decision 1110"),
        Example("zh", "华东区和华南区NPS分别达到50和45", False, note="one measure, two scopes"),
        Example("en", "«Raise conversion and AOV to 4% and $60 respectively»", True),
        Example("en", "Grow D1 and D7 retention to 45% and 20% respectively", False),
        Example(
            "en",
            "Get 25% of visiting students to return with family within 3 months",
            False,
            note="a share and the bar each one meets (decision 1261)",
        ),
        Example("en", "Resolve 90% of tickets with a first reply within 2 hours", False),
        Example("en", "«Sales and margin up 5%»", True, note="one figure, two measures (1765)"),
        Example("en", "Food and beverage revenue from $1.2M to $1.5M", False, note="one name"),
        Example(
            "en",
            "Generate 90 qualified leads and «18 closed deals»",
            True,
            note="two counted results under one verb (decision 5200)",
        ),
        Example("en", "Drive 1,500 installs & «400 paying subscribers» by June", True),
        Example("en", "Land 250 trial signups, «35 upgrades to the team plan»", True),
        Example("en", "Reach 600 signups plus «a 9% trial-to-paid rate»", True, note="5200"),
        Example("en", "Close 12 mid-market deals and 20 SMB deals", False, note="one result"),
        Example("en", "Move 25 trials and 8 pilots into paid accounts", False, note="5200"),
        Example("en", "Win 400 new members, 90 of them through referrals", False),
    )

    def check(self, item, draft):
        pair = _respective_measures(item)
        if pair is not None:
            return [self._respective_hit(item, draft, pair)]
        if _RESPECTIVELY.search(item.folded) or _one_count_by_tier(item):
            return []
        if item.language == "zh":
            shared = _zh_both_given(item) or _zh_moved_pair(item) or _zh_fall_of_two_events(item)
            if shared is not None:
                return [self._respective_hit(item, draft, shared)]
        if item.language == "en":
            shared = (
                _measures_sharing_figure(item)
                or _both_given(item)
                or _pair_moved_unquantified(item)
                or _counts_sharing_figure(item)
                or _en_fall_of_two_events(item)
            )
            if shared is not None:
                return [self._respective_hit(item, draft, shared)]
            joint = _with_constraint(item) or _guard_held(item) or _plus_pieces(item)
            if joint is not None:
                return [self._hit(item, draft, *joint)]
            joint = _bracket_constraint(item)
            if joint is not None:
                return [self._hit(item, draft, *joint, closing=True)]
            joint = _higher_grade_counted(item)
            if joint is not None:
                return [self._hit(item, draft, *joint)]
        chunks = _chunks(item)
        for (ls, le, _), (rs, re_, joiner) in pairwise(chunks):
            if _is_split(item, (ls, le), (rs, re_), joiner):
                return [self._hit(item, draft, le, rs)]
        actions = _actions(item, chunks)
        if actions is not None:
            return [self._hit(item, draft, *actions)]
        return []

    def _respective_hit(self, item, draft, pair: tuple[str, str, int, int]) -> Hit:
        """Two measures moved "respectively": each measure with its own figure, on its own
        line ("付费率提高2个百分点" and "ARPPU提高10%"; decision 1110)."""
        first, second, start, end = pair
        second += _owner_carried(item, end)
        line = "\n" + new_line_label(item, draft) + second
        return Hit(
            span=(start, end),
            args={"second": second, **_TWO_RESULTS},
            fixes=[
                Fix(
                    edits=[LocalEdit(start, end, first)],
                    extra_edits=[(item.end, item.end, line)],
                    applicability="unsafe",
                    yields_to=("kr-is-task", "kr-activity-count"),
                    note=_SECOND_NOTE[voice(item.language)].format(second=second.strip()),
                )
            ],
        )

    def _hit(self, item, draft, left_end: int, right_start: int, closing: bool = False) -> Hit:
        end = item.core_span[1]
        ds = item.deadline_span
        if ds is not None and ds[0] > right_start and end - ds[1] <= 1:
            end = ds[0]  # a trailing deadline stays with the first KR
        cut = 0
        if closing:
            # the second measure was a bracket's content: its closing bracket goes (4511)
            close = item.plain.find(")", right_start, end)
            end, cut = (close, 1) if close > 0 else (end, 0)
        # ... with its brackets, and the dash before an owner stays out of the second half:
        # "…建档率100%（5月15日前）" kept "（" in the second half (decision 1260).
        while end > right_start and item.plain[end - 1] in _TAIL_PUNCT:
            end -= 1
        second = _shared_context(item, left_end, right_start, end) + item.text[right_start:end]
        kept_scope = ""
        second = _load_carried(item.text[item.core_span[0] : left_end], second, item.language)
        if item.language == "zh":
            second = _zh_passive_subject(item.text[item.core_span[0] : left_end], second)
        if item.language == "en":
            second = _measure_carried(item.text[item.core_span[0] : left_end], second)
            first = item.text[item.core_span[0] : left_end]
            second, kept_scope = _en_scope_shared(first, second)
            second = _verb_carried(item, left_end, second)
        if item.language == "en":
            # "…while keeping fill rate above 98%": the second key result says "Keep fill rate
            # above 98%", not "Keeping …" (decision 2523)
            second = _EN_GERUND_LEAD.sub(lambda g: _EN_GERUND[g.group(1).lower()], second, count=1)
        new_text = cap_first(second) if item.language == "en" else second
        new_text += _owner_carried(item, end)
        work = _work_first(item, left_end, right_start, end)
        if work is not None:
            return _result_kept(item, work, left_end, right_start, end)
        line = "\n" + new_line_label(item, draft) + new_text
        first_start, first_said = _unmeasured_first(item, left_end)
        lead = [LocalEdit(item.core_span[0], first_start, "")] if first_start else []
        return Hit(
            span=(right_start, end),
            args={"second": second, **_TWO_RESULTS},
            fixes=[
                Fix(
                    edits=[*lead, LocalEdit(first_said[0], end + cut, first_said[1] + kept_scope)],
                    extra_edits=[(item.end, item.end, line)],
                    applicability="unsafe",
                    # Two tasks split apart are still tasks: the task's rewrite comes first.
                    yields_to=("kr-is-task", "kr-activity-count"),
                    # The suggestion's text is the first key result; the note names the second,
                    # added on the next line (blind reads 6 and 7: the second half looked dropped).
                    note=_SECOND_NOTE[voice(item.language)].format(second=new_text.strip()),
                )
            ],
        )


# "A和B分别提高X和Y", "A and B to X and Y respectively": two measures, each with its own figure
# (decision 1110). A measure ends in a measure word (率, 额, 量, 数, 度, 价, 值, 留 …) or is a
# Latin name (ARPPU, NPS); "华东区和华南区NPS分别达到50和45" is one measure over two scopes.
_ZH_RESPECTIVE = re.compile(
    r"(?P<a>[^，,；;。：:（(\s、和与及]{1,12}?)\s?(?:和|与|及|、)\s?(?P<b>[^，,；;。：:（(\s、和与及]{1,12}?)"
    r"\s?分别\s?(?P<v>[^，,；;。\d]{0,8})(?P<x>\d[^，,；;。、和与及]{0,10}?)\s?(?:和|与|及|、)\s?"
    r"(?P<y>\d[^，,；;。、和与及（(\s]{0,10})"
)
# Scopes that are places or units of an organisation (decision 1110): one measure over them.
_ZH_PLACE_SCOPE = re.compile(
    r"(?:[区省市县镇村店校院部组园厂站所处科室队]|街道|中心|分行|支行|华东|华南|华北|华中|西南|西北|东北)$"
)
_ZH_MEASURE_NAME = re.compile(
    r"(?:[率额量数度价值留分]|留存|时长|人数|金额|次数|收入|营收|利润|毛利|保费|业绩|GMV|[A-Za-z][A-Za-z0-9]{1,9})$"
)
# A measure's acronym: two capitals or more ("AOV", "ARPU"), not a day label ("D7").
_EN_ACRONYM = re.compile(r"(?=(?:[0-9]{0,9}[A-Z]){2})[A-Z0-9]{2,10}")  # bounded: linear on digits
_EN_RESPECTIVE = re.compile(
    r"^(?P<v>[a-z]+)\s(?P<a>[a-z0-9-]+(?:\s[a-z0-9-]+)?)\s(?:and|&)\s(?P<b>[a-z0-9-]+"
    r"(?:\s[a-z0-9-]+)?)\s(?P<p>to|by)\s(?P<x>\S+)\s(?:and|&)\s(?P<y>\S+)\s+respectively\b"
)


def _respective_measures(item) -> tuple[str, str, int, int] | None:
    """The two key results a "respectively" holds when what it pairs are two measures: the
    first's text, the second's, and the local span they replace; None otherwise."""
    text, folded = item.text, item.folded
    start, end = item.core_span
    if not _RESPECTIVELY.search(folded, start, end):
        return None
    if item.language == "zh":
        m = _ZH_RESPECTIVE.search(folded, start, end)
        if m is None:
            return None
        if not all(re.search(r"\d", m.group(k)) for k in ("x", "y")):
            return None

        def g(k: str) -> str:
            return text[m.start(k) : m.end(k)]

        if not all(_ZH_MEASURE_NAME.search(m.group(k)) for k in ("a", "b")):
            # "线上、线下营收分别增长12%、6%", "餐饮、住宿收入分别增长20%、15%": two lines of business
            # sharing the measure named once after the second, each with its own figure, are two
            # measures; two places or units ("华东区和华南区NPS分别达到50和45") stay one measure
            # over two scopes (decisions 1110, 6303)
            a, b = m.group("a"), m.group("b")
            tail = b[len(a) :]
            if (
                len(b) <= len(a)
                or _ZH_MEASURE_NAME.search(a)
                or not _ZH_MEASURE_NAME.search(tail)
                or _ZH_PLACE_SCOPE.search(a)
                or _ZH_PLACE_SCOPE.search(b[: len(a)])
            ):
                return None
            cut = m.start("b") + len(a)
            first = g("a") + text[cut : m.end("b")] + g("v") + g("x")
            second = g("b") + g("v") + g("y")
            return first, second, m.start(), m.end()
        first = g("a") + g("v") + g("x")
        second = g("b") + g("v") + g("y")
        return first, second, m.start(), m.end()
    m = _EN_RESPECTIVE.match(folded, start, end)
    if m is None:
        return None
    measures = words("measure_words", "en")

    def measure(k: str) -> bool:
        last = text[m.start(k) : m.end(k)].split()[-1]
        return last.lower() in measures or _EN_ACRONYM.fullmatch(last) is not None

    if not (measure("a") and measure("b")):
        return None
    if not all(re.search(r"\d", m.group(k)) for k in ("x", "y")):
        return None

    def g(k: str) -> str:
        return text[m.start(k) : m.end(k)]

    verb = g("v")
    first = f"{verb} {g('a')} {g('p')} {g('x')}"
    second = f"{cap_first(verb)} {g('b')} {g('p')} {g('y')}"
    return first, second, m.start(), m.end()


# Between two measures that share one figure: "Sales and margin up 5%" (decision 1765).
_EN_AND_BETWEEN = re.compile(r"(?<!\s)\s+(?:and|&)\s+(?:the\s+)?")
# After the second measure: the one change or level both are given ("up 5%", "both by 10%").
_EN_SHARED_TAIL = re.compile(
    r"(?<!\s)\s+(?:both\s+)?(?:up|down|by|to|at|above|below|under|over|from)\s"
)


def _two_measures(item, between: re.Pattern[str]) -> list[tuple[int, int, str]] | None:
    """The measures the fact layer names inside the key result's core, when there are exactly
    two of them and `between` spans all that stands between them; else None."""
    start, end = item.core_span
    kpis = [k for k in item.facts.kpis if start <= k[0] and k[1] <= end]
    # "续约" inside "续约率": a name inside a longer measure's name is that measure (decision 6630)
    kpis = [k for k in kpis if not any(o != k and o[0] <= k[0] and k[1] <= o[1] for o in kpis)]
    if len(kpis) != 2 or between.fullmatch(item.folded, kpis[0][1], kpis[1][0]) is None:
        return None
    return kpis


def _measures_sharing_figure(item) -> tuple[str, str, int, int] | None:
    """Two measures joined by "and" that share one figure ("Sales and margin up 5%", "Grow
    revenue and margin by 10%", "Increase NPS and CSAT by 10%"): two key results, each with
    the figure (decisions 365, 1765); the first's text, the second's and the span they
    replace, or None. Both must be measures the fact layer names, so a measure whose own name
    holds "and" stays one ("Food and beverage revenue", "Profit and loss accuracy")."""
    start, end = item.core_span
    if _EN_AND_BETWEEN.search(item.folded, start, end) is None:
        # (no "and" between two measures can match below: the measures, a fact most key
        # results are not otherwise asked for, are not worked out; issue 13)
        return None
    kpis = _two_measures(item, _EN_AND_BETWEEN) or _plural_before_rate(item)
    if kpis is None:
        return None
    (a0, a1, _), (b0, b1, _) = kpis
    folded, text = item.folded, item.text
    count_rate = _count_then_rate(folded, a0, a1, b1)
    if folded[b0:b1] not in _en_kpi_terms() and not count_rate:
        # "Profit and loss accuracy": a name read by its head ("<noun> accuracy", decision
        # 1827) may take both nouns before it, one measure (decision 1830)
        return None
    verb = item.facts.shape.verb
    lead_start = verb.end if verb is not None and _verb_opens(item, verb.start) else start
    lead = folded[lead_start:a0].strip()
    # "Grow trial signups and activation rate by 20%": a plural count cannot qualify a rate,
    # so the words before it name the count, whichever way they are read (decision 4660)
    own = lead and (
        _counted_by_its_noun(folded, lead, a0, a1) or (count_rate and _plain_words(lead))
    )
    if lead and not own:
        return None  # "Food and beverage revenue": words before the first measure qualify both
    stop = len(folded[:end].rstrip())
    per = _EN_PER_UNIT.match(folded, b1, stop)
    b1 = per.end() if per is not None else b1  # "revenue per centre": the unit is its own
    tail = _EN_SHARED_TAIL.match(folded, b1, stop)
    ds = item.deadline_span
    if tail is not None and ds is not None and ds[0] <= tail.end() <= ds[1]:
        tail = None  # "… by September": the deadline, no figure
    if tail is None and _moved_without_figure(item, b1, stop):
        # "Reduce MTTA and MTTR significantly", "Improve NPS and CSAT": two measures moved by
        # one verb with no figure, two key results each still to be quantified (decision 5206)
        pass
    elif tail is None or not re.search(r"\d", folded[tail.end() : stop]):
        return None
    after = tail.end() if tail is not None else b1
    if "," in folded[after:stop] or ";" in folded[after:stop]:
        return None  # a second clause after the figure is a case for the other readings
    rest = text[b1:stop]
    rest = re.sub(r"^\s+both\b", "", rest, flags=re.I)
    prefix = text[start:a0]
    first = prefix + text[a0:a1] + rest
    # "Increase student numbers and revenue per centre by 10%": the count's own noun stays with
    # it; the second measure takes only the verb (decision 4541)
    second_prefix = text[start:lead_start].rstrip() + " " if own and lead_start > start else ""
    second = cap_first((second_prefix if own else prefix) + text[b0:b1] + rest)
    return first, second, start, stop


# A hedge before the verb that opens the key result: "Try to improve NPS and CSAT" moves both as
# "Improve NPS and CSAT" does (decision 5902; the hedge is kr-vague-wording's).
_EN_HEDGE_LEAD = re.compile(r"(?:try|aim|strive|seek|attempt|endeavou?r)\s{1,2}to\s{1,2}", re.I)


def _verb_opens(item, at: int) -> bool:
    """Whether the verb at `at` opens the key result's core, after a hedge at most."""
    start = item.core_span[0]
    return at == start or _EN_HEDGE_LEAD.fullmatch(item.folded, start, at) is not None


# Two plural counts joined by "and" after a verb that moves them, then the one change both are
# given: "Reduce late orders and damaged parcels by 20%" counts two kinds of events, two key
# results (decision 5901). Each side is one to three plain words ending in a plural, so a
# preposition ("followers on Facebook and Twitter"), a shared qualifier ("Facebook and Twitter
# followers", "cancelled and late orders") or a plural that qualifies a noun ("sales and
# marketing costs") keeps one measure over several objects.
_EN_COUNT_SIDE = r"(?:[a-z][a-z'’-]{0,20}\s){0,2}[a-z][a-z'’-]{0,20}[a-rt-z]s"
_EN_COUNTS_SHARING = re.compile(
    rf"(?P<a>{_EN_COUNT_SIDE})\s(?:and|&)\s(?:the\s)?(?P<b>{_EN_COUNT_SIDE})"
    r"(?=\s(?:both\s)?(?:by|from|to|below|under|above|over)\s)"
)


def _counts_sharing_figure(item) -> tuple[str, str, int, int] | None:
    """ "Reduce late orders and damaged parcels by 20%": two counted events moved by one verb
    and one figure, each its own key result with the verb and the figure (decision 5901);
    None for one measure over several objects."""
    verb = item.facts.shape.verb
    start, end = item.core_span
    if verb is None or not _verb_opens(item, verb.start) or verb.cls != "change":
        return None
    folded, text = item.folded, item.text
    m = _EN_COUNTS_SHARING.match(folded, verb.end + 1, end)
    if m is None:
        return None
    for side in (m["a"], m["b"]):
        words = side.split()
        if any(w in _EN_NOT_QUALIFIER or w in _EN_BOTH_NOT for w in words):
            return None
        if words[-1].endswith(("ss", "us", "is")):
            return None
    if len(m["a"].split()) == 1 and m["a"] in _EN_PLURAL_QUALIFIERS:
        return None  # "sales and marketing costs": one cost
    stop = len(folded[:end].rstrip(" .!"))
    tail = _EN_SHARED_TAIL.match(folded, m.end(), stop)
    ds = item.deadline_span
    if tail is None or (ds is not None and ds[0] <= tail.end() <= ds[1]):
        return None
    after = folded[tail.end() : stop]
    if not re.search(r"\d", after) or "," in after or ";" in after:
        return None
    rest = re.sub(r"^\s+both\b", "", text[m.end() : stop], flags=re.I)
    prefix = text[start : m.start("a")]
    first = prefix + text[m.start("a") : m.end("a")] + rest
    second = cap_first(prefix + text[m.start("b") : m.end("b")] + rest)
    return first, second, start, stop


# What may close two measures moved with no figure: a degree word at most (decision 5206).
_EN_DEGREE_ONLY = re.compile(
    r"(?:\s+(?:significantly|substantially|dramatically|considerably|further|meaningfully|"
    r"noticeably|markedly|sharply|a lot))?\s*[.!]?\s*"
)


def _moved_without_figure(item, b1: int, stop: int) -> bool:
    """Whether the key result opens with a verb that moves a measure and nothing but a degree
    word (and its deadline) follows the second measure: "Reduce MTTA and MTTR significantly",
    "Improve NPS and CSAT by Q3" (decision 5206)."""
    verb = item.facts.shape.verb
    if verb is None or not _verb_opens(item, verb.start) or verb.cls != "change":
        return False
    ds = item.deadline_span
    if ds is not None and b1 <= ds[0] < stop:
        stop = ds[0]
    return _EN_DEGREE_ONLY.fullmatch(item.folded, b1, stop) is not None


# After the second measure, the unit it is taken per ("revenue per centre", decision 4541).
_EN_PER_UNIT = re.compile(r"\s+per\s+[a-z][a-z-]*(?=\s)")
# Decision 4541: a count named by the noun it counts ("student numbers", "member count").
_EN_COUNT_HEADS = frozenset({"numbers", "count", "headcount", "volume", "volumes"})
_EN_LEAD_WORD = re.compile(r"[a-z][a-z'’-]*")
_EN_NOT_QUALIFIER = frozenset(
    {"and", "or", "of", "for", "in", "on", "at", "by", "to", "with", "per", "the", "our", "a"}
)
# Decision 4542: a rate's head, which a plural count before "and" cannot qualify.
_EN_RATE_HEADS = frozenset({"rate", "rates", "ratio"})
# Plurals that qualify a noun as they are ("sales and marketing cost").
_EN_PLURAL_QUALIFIERS = frozenset(
    {"sales", "goods", "services", "operations", "parts", "logistics", "analytics", "news"}
)


def _counted_by_its_noun(folded: str, lead: str, a0: int, a1: int) -> bool:
    """Whether the one or two words before the first measure name what a count head counts
    ("student numbers", "visitor numbers", "member count"): the measure's own name, not
    words that qualify both measures (decision 4541)."""
    if folded[a0:a1] not in _EN_COUNT_HEADS:
        return False
    lead_words = lead.split()
    return 1 <= len(lead_words) <= 2 and all(
        _EN_LEAD_WORD.fullmatch(w) and w not in _EN_NOT_QUALIFIER for w in lead_words
    )


def _plain_words(lead: str) -> bool:
    """One or two words that may name what is counted ("trial", "store", "app"): no article,
    preposition or figure (decisions 4541, 4660)."""
    lead_words = lead.split()
    return 1 <= len(lead_words) <= 2 and all(
        _EN_LEAD_WORD.fullmatch(w) and w not in _EN_NOT_QUALIFIER for w in lead_words
    )


# Decision 4660: a plural right before "and" and a rate, the rate the only measure named
# ("Lift store visits and conversion rate by 15%").
_EN_PLURAL_AND = re.compile(r"(?<![\w'’-])([a-z][a-z'’-]*[a-rt-z]s)\s+(?:and|&)\s+(?:the\s+)?$")


def _plural_before_rate(item) -> list[tuple[int, int, str]] | None:
    """A plural noun the fact layer does not name as a measure ("store visits", "referrals"),
    then "and", then the one measure it names, read by a rate's head: the two measures, the
    count as the plural word alone (decision 4660); else None."""
    start, end = item.core_span
    kpis = [k for k in item.facts.kpis if start <= k[0] and k[1] <= end]
    if len(kpis) != 1 or item.folded[: kpis[0][1]].split()[-1] not in _EN_RATE_HEADS:
        return None
    b0 = kpis[0][0]
    m = _EN_PLURAL_AND.search(item.folded, start, b0)
    if m is None:
        return None
    return [(m.start(1), m.end(1), m.group(1)), kpis[0]]


def _count_then_rate(folded: str, a0: int, a1: int, b1: int) -> bool:
    """A plural count, "and", then a measure read by a rate's head ("signups and activation
    rate", "store visits and conversion rate"): the plural cannot qualify the rate ("signups
    rate" is no name), so they are two measures (decision 4542); "profit and loss accuracy"
    and "sales and marketing rate" keep one."""
    first = folded[a0:a1].split()[-1]
    head = folded[:b1].split()[-1]
    if head not in _EN_RATE_HEADS or first in _EN_PLURAL_QUALIFIERS:
        return False
    return first.endswith("s") and not first.endswith(("ss", "us", "is"))


# "A and B both up 20%", "Vacancy and delinquency both under 5%", "Sponsors and sponsorship
# revenue both doubled": two things named, then "both" and the one change or level each is given
# (decision 1829). Each side is a short noun phrase with no figure and no preposition (a
# preposition would make "and" join the groups one measure covers: "NPS for enterprise and
# SMB customers both above 50").
_EN_BOTH_WORD = re.compile(r"[a-z][a-z'’-]*")
_EN_BOTH_AND = re.compile(r" (?:and|&) ")
_EN_BOTH_CHANGE = re.compile(
    r"(?:up|down|above|below|under|over|at|to|by|reach|hit|cut|grow|rise|fall|drop|improve|"
    r"double|doubled|triple|tripled|halve|halved|increase|increased|decrease|decreased|"
    r"reduced|raised|grown|from|more than|less than|at least|at most|\d|[<>≤≥+-])"
)
_EN_BOTH_NOT = frozenset(
    {"for", "from", "in", "of", "among", "across", "at", "with", "on", "by", "to", "per", "the"}
)


def _both_given(item) -> tuple[str, str, int, int] | None:
    """Two things joined by "and" before "both" and the one change or level given to each
    ("Recurring donors and average gift both up 20%"): two key results, each with the change;
    the first's text, the second's and the span they replace, or None."""
    start, end = item.core_span
    folded, text = item.folded, item.text
    verb = item.facts.shape.verb
    lead = start
    if verb is not None and verb.position == "lead" and verb.start == start:
        lead = verb.end + 1  # "Grow revenue and margin both by 10%"
    both = folded.find(" both ", lead, end)
    if both < 0:
        return None
    head = folded[lead:both].rstrip(",")
    joins = list(_EN_BOTH_AND.finditer(head))
    if len(joins) != 1:
        return None
    a0, a1 = lead, lead + joins[0].start()
    b0, b1 = lead + joins[0].end(), lead + len(head)
    for x, y in ((a0, a1), (b0, b1)):
        side = folded[x:y].split(" ")
        if not 1 <= len(side) <= 5 or not all(_EN_BOTH_WORD.fullmatch(w) for w in side):
            return None
        if any(w in _EN_BOTH_NOT for w in side):
            return None
    tail = both + len(" both ")
    if not _EN_BOTH_CHANGE.match(folded, tail, end):
        return None
    stop = len(folded[:end].rstrip())
    rest = re.sub(r"^,?\s+both\b", "", text[b1:stop], flags=re.I)
    if not re.search(r"\d|doubl|tripl|halv|in half|\b(?:plan|target|budget|goal)\b", rest, re.I):
        return None  # "both better": no figure or plan to give each
    prefix = text[start:a0]
    first = prefix + text[a0:a1] + rest
    second = cap_first(prefix + text[b0:b1] + rest)
    return first, second, start, stop


_DETERMINERS = frozenset({"the", "our", "my", "its", "their", "this", "that", "these", "those"})


def _pair_moved_unquantified(item) -> tuple[str, str, int, int] | None:
    """A verb of change leading two measures joined by "and", no figure anywhere: "Increase
    repeat family visits and membership sign-ups", "Grow revenue and margin" — two key results,
    each still to be quantified, as "门店客流和客单价都要提升" is (decisions 5549, 6833). Each side
    is at most four words and closes with a measure or an outcome the fact layer names."""
    verb = item.facts.shape.verb
    if verb is None or verb.position != "lead" or verb.cls != "change" or item.facts.quantities:
        return None
    start, end = item.core_span
    folded, text = item.folded, item.text
    stop = len(folded[:end].rstrip(" .;!"))
    lead = verb.end + 1
    body = folded[lead:stop]
    if body.count(" and ") != 1 or re.search(r"[,;:()/&+]", body):
        return None
    a1 = lead + body.index(" and ")
    b0 = a1 + len(" and ")
    first, second = folded[lead:a1].split(), folded[b0:stop].split()
    if not (1 <= len(first) <= 4 and 1 <= len(second) <= 4):
        return None
    ends = {t[1] for t in (*item.facts.kpis, *terms(item, "kr_outcome_nouns"))}
    if a1 not in ends or stop not in ends:
        return None
    if len(first) == 1 and len(second) > 1:
        # "Improve profit and loss accuracy", "Reduce churn and support costs": one word before
        # "and" may share the second side's head, one name (decisions 641, 5549's neighbours)
        return None
    if first[0] in _DETERMINERS or second[0] in _DETERMINERS:
        # "Reduce the backlog and the waiting list": things named, not two measures (5945's
        # neighbours, tests/test_task44.py)
        return None
    prefix = text[start:lead]
    return prefix + text[lead:a1], cap_first(prefix + text[b0:stop]), start, stop


# "满意度、准确率均达到95%", "复购率和好评率都不低于90%": two measures joined by 、/和/与/及, then
# 均/都 and the one level or change both are given (decision 4524, the zh "A and B both up 20%").
_ZH_BOTH_JOIN = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{0,8}?(?:、|和|与|及|以及)[\u4e00-\u9fffA-Za-z]{0,8}"
)
_ZH_BOTH_WORD = re.compile(
    r"\s?(?:均|都|也都|全都|全部|一律|同步|同时|双(?=增长|提升|提高|增加|上升|下降|降低)"
    # 各 before the move or level each is given: "原料和包装成本各降5%" (decision 6669)
    r"|各(?=[降减提增下上达缩压控不低高]))"
    r"(?=[\u4e00-\u9fff≥≤<>＜＞=\d\s])"
)
_ZH_JOINERS = re.compile(r"、|以及|和|与|及")
# The move given to both with no figure (decision 5549): "都要提高", "均有提升", "同步提升".
# The words of degree or of getting between 均/都 and the move may stack: "均有明显提升", "都要有较大
# 提高", "均得到显著改善", "都实现稳步增长" (decision 6840).
_ZH_BOTH_MOVE = re.compile(
    r"(?:要|需要|必须|得到|得|有所|有|实现|取得|明显|显著|大幅度?|较大|一定|较|更|进一步|稳步|持续){0,3}"
    r"(?:的)?(?:提高|提升|增长|增加|上升|改善|下降|降低|好转)"
)


# Two things joined, then 双 and a move: "门店客流与会员消费双增长" says both rise, the pair named
# whatever the fact layer makes of them (decision 5669).
_ZH_BOTH_UP = re.compile(
    r"(?P<a>[\u4e00-\u9fffA-Za-z]{2,14}?)(?P<j>与|和|及|、)(?P<b>[\u4e00-\u9fffA-Za-z]{2,10}?)"
    r"(?P<w>双(?:增长|提升|提高|增加|上升|下降|降低))"
)


def _zh_both_up(item) -> tuple[str, str, int, int] | None:
    """ "A与B双增长": two key results, each with the move (decision 5669), or None."""
    start, end = item.core_span
    stop = len(item.folded[:end].rstrip(" 。.！!"))
    m = _ZH_BOTH_UP.match(item.folded, start, stop)
    if m is None or re.search(r"[，,；;]", item.folded[m.end() : stop]):
        return None
    return _halves(item.text, (start, m.start("j")), m.span("b"), m.start("w") + 1, stop)


def _halves(
    text: str, first: tuple[int, int], second: tuple[int, int], shared: int, stop: int
) -> tuple[str, str, int, int]:
    """Two key results that share the words from `shared` to `stop` (their move and figure):
    each half's own words with them, and the span they replace."""
    rest = text[shared:stop]
    return text[first[0] : first[1]] + rest, text[second[0] : second[1]] + rest, first[0], stop


# Two kinds of bad events joined, then the one fall both are given: "延迟发货和破损包裹都减少20%"
# counts two things, two key results (decision 5901, the zh "Reduce late orders and damaged
# parcels by 20%"). Each side must name bad events itself, so a scope ("华东和华南的退货都减少
# 20%", "线上和线下客诉都减少20%") keeps one measure over several objects.
_ZH_EVENTS_FALL = re.compile(
    r"(?P<a>[\u4e00-\u9fff]{2,8}?)(?P<j>和|与|及|以及|、)(?P<b>[\u4e00-\u9fff]{2,8}?)"
    r"(?P<w>都|均|全部|同时)?(?P<v>减少|降低|下降|降到|降至|减半)"
)


# Lapses named by their delay, which the bad-events lists leave to their noun ("延迟发货").
_ZH_LAPSE = re.compile(r"延迟|延误|逾期|超时")


def _zh_events_sharing_fall(item) -> tuple[str, str, int, int] | None:
    """ "延迟发货和破损包裹都减少20%": each side of the join names its own bad events, and one fall
    with a figure follows (decision 5901); the two key results, or None."""
    start, end = item.core_span
    folded, text = item.folded, item.text
    stop = len(folded[:end].rstrip(" 。.！!"))
    m = _ZH_EVENTS_FALL.search(folded, start, stop)
    if m is None or re.search(r"[的在上，,；;：:]", folded[start : m.end("b")]):
        return None
    after = folded[m.end("v") : stop]
    if re.search(r"[，,；;]", after) or not (
        re.search(r"\d|一半|[一二两三四五六七八九十]成", after) or m["v"] == "减半"
    ):
        return None
    bad = [t for t in negative_terms(item) if start <= t[0] and t[1] <= m.end("b")]
    bad += [(x.start(), x.end(), x.group()) for x in _ZH_LAPSE.finditer(folded, start, m.end("b"))]
    a_bad = any(m.start("a") <= t[0] and t[1] <= m.end("a") for t in bad)
    b_opens = any(t[0] == m.start("b") for t in bad)
    b_bad = b_opens or any(m.start("b") <= t[0] and t[1] <= m.end("b") for t in bad)
    # "线上和线下客诉": a side with no bad events of its own before one whose bad events come
    # after a qualifier is that qualifier's pair, one measure over two channels
    if not (a_bad and b_bad) and not b_opens:
        return None
    a_kinds = {w for x, y, w in bad if m.start("a") <= x and y <= m.end("a")}
    b_kinds = {w for x, y, w in bad if m.start("b") <= x and y <= m.end("b")}
    if a_kinds and a_kinds == b_kinds:
        # "华东退货和华南退货都减少20%": the same bad events on both sides, each with its scope,
        # one measure over two objects as "华东和华南的退货" is (decision 5945)
        return None
    return _halves(text, (start, m.end("a")), m.span("b"), m.start("v"), stop)


# A move first, then two measures the fact layer names and nothing after: "尽量提升客户满意度和复购
# 率" moves two measures with no figure, two key results each still to be quantified (decision
# 5902, the zh "Improve NPS and CSAT" of decision 5206).
_ZH_LEAD_MOVE = re.compile(
    r"(?:尽量|努力|争取|力争|持续|进一步|全面|大力)?"
    r"(?P<v>提升|提高|增加|增长|改善|降低|减少|下降)[\u4e00-\u9fffA-Za-z]{0,4}"
)


# A fall first, then two kinds of bad events joined, nothing after: "减少包裹破损和延误" (6439).
_ZH_FALL_THEN_EVENTS = re.compile(
    r"(?:尽量|努力|争取|力争|持续|进一步|全面|大力|大幅)?(?P<v>降低|减少)"
    r"(?P<a>[\u4e00-\u9fff]{2,8}?)(?P<j>和|与|及|以及|、)(?P<b>[\u4e00-\u9fff]{2,8})"
)


def _zh_fall_of_two_events(item) -> tuple[str, str, int, int] | None:
    """ "减少包裹破损和延误", "降低错拣和漏拣": one fall given to two kinds of bad events with no
    figure, each side naming its own — two key results, each still to be quantified (decision
    6439: decisions 5901 and 5549 together); the same events on both sides stay one (5945)."""
    start, end = item.core_span
    folded, text = item.folded, item.text
    stop = len(folded[:end].rstrip(" 。.！!"))
    m = _ZH_FALL_THEN_EVENTS.fullmatch(folded, start, stop)
    if m is None:
        return None
    bad = [t for t in negative_terms(item) if start <= t[0] and t[1] <= stop]
    a_kinds = {w for x, y, w in bad if m.start("a") <= x and y <= m.end("a")}
    b_kinds = {w for x, y, w in bad if m.start("b") <= x and y <= m.end("b")}
    if not a_kinds or not b_kinds or a_kinds == b_kinds:
        return None
    first = text[start : m.start("j")]
    return first, text[m.start("v") : m.end("v")] + text[m.start("b") : stop], start, stop


# The English twin (6439): a verb of cutting, two sides joined by "and", nothing after but a
# degree word: "Reduce parcel damage and delays", "Cut picking errors and missed items".
_EN_FALL_THEN_EVENTS = re.compile(
    r"(?P<v>reduce|cut|lower|decrease|minimi[sz]e|halve)\s{1,3}"
    r"(?P<a>(?:[a-z'’-]{1,30}\s{1,3}){0,3}?[a-z'’-]{1,30})"
    r"\s{1,3}(?P<j>and|&)\s{1,3}(?P<b>(?:[a-z'’-]{1,30}\s{1,3}){0,3}?[a-z'’-]{1,30})"
    r"(?:\s+(?:significantly|substantially|dramatically|considerably|further|meaningfully|"
    r"noticeably|markedly|sharply|a lot))?\s*[.!]?\s*"
)


def _en_fall_of_two_events(item) -> tuple[str, str, int, int] | None:
    """ "Reduce parcel damage and delays": one cut given to two kinds of bad events with no
    figure, each side naming its own — two key results (decision 6439), as 5206 splits two
    measures moved together; the same events on both sides stay one."""
    start, end = item.core_span
    folded, text = item.folded, item.text
    stop = len(folded[:end].rstrip(" .!"))
    ds = item.deadline_span
    if ds is not None and start < ds[0] < stop:
        stop = len(folded[: ds[0]].rstrip(" ,"))
    m = _EN_FALL_THEN_EVENTS.fullmatch(folded, start, stop)
    if m is None:
        return None
    bad = [t for t in negative_terms(item) if start <= t[0] and t[1] <= m.end()]
    a_kinds = {w for x, y, w in bad if m.start("a") <= x and y <= m.end("a")}
    b_kinds = {w for x, y, w in bad if m.start("b") <= x and y <= m.end("b")}
    if not a_kinds or not b_kinds or a_kinds == b_kinds:
        return None
    return (
        text[start : m.end("a")],
        cap_first(text[m.start("v") : m.end("v")] + " " + text[m.start("b") : m.end("b")]),
        start,
        m.end(),
    )


def _zh_moved_pair(item) -> tuple[str, str, int, int] | None:
    """ "尽量提升客户满意度和复购率": two key results, each with the move (decision 5902), or
    None. "优化排课，提升出勤率和满意度": the work first, with no figure, then the move of two
    measures in a clause of its own, the second measure with up to four words of its own before
    its name ("提高点击率和停留时长"; decision 6304)."""
    start, end = item.core_span
    folded, text = item.folded, item.text
    kpis = _two_measures(item, _ZH_JOINERS)
    after_work = _zh_work_then_move(item)
    if kpis is None and after_work is not None:
        kpis = _two_measures(item, _ZH_JOINER_THEN_WORDS)
    if kpis is None:
        return None
    (a0, a1, _), (b0, b1, _) = kpis
    lead = _ZH_LEAD_MOVE.fullmatch(folded, start, a0)
    if lead is None and after_work is not None:
        lead = _ZH_LEAD_MOVE.fullmatch(folded, after_work, a0)
    stop = len(folded[:end].rstrip(" 。.！!"))
    if lead is None or b1 != stop:
        return None
    join = _ZH_JOINERS.search(folded, a1, b0)
    first = text[start : join.start()]
    second = text[lead.start("v") : lead.end("v")] + text[join.end() : b1]
    return first, second, start, stop


# Between two measures moved together: the joiner and up to four words naming the second
# ("和停留时长", "和员工满意度"; decision 6304).
_ZH_JOINER_THEN_WORDS = re.compile(r"(?:、|以及|和|与|及)[\u4e00-\u9fff]{0,4}")


def _zh_work_then_move(item) -> int | None:
    """Where the second clause starts when the key result opens with one clause of work with
    no figure, then a comma ("优化排课，…"); None otherwise (decision 6304)."""
    start, end = item.core_span
    folded = item.folded
    comma = max(folded.rfind("，", start, end), folded.rfind(",", start, end))
    if comma <= start or re.search(r"\d|[，,；;]", folded[start:comma]):
        return None
    return comma + 1


def _zh_both_given(item) -> tuple[str, str, int, int] | None:
    """Two measures the fact layer names, joined by 、/和/与/及 before 均/都 and the one level or
    change given to each ("讲解满意度、讲解准确率均达到95%"): two key results, each with the
    level; the first's text, the second's and the span they replace, or None."""
    start, end = item.core_span
    kpis = _two_measures(item, _ZH_BOTH_JOIN)
    if kpis is None:
        return _zh_both_up(item) or _zh_events_sharing_fall(item)
    (_a0, a1, _), (b0, b1, _) = kpis
    folded, text = item.folded, item.text
    word = _ZH_BOTH_WORD.match(folded, b1, end)
    stop = len(folded[:end].rstrip(" 。.！!"))
    if word is None:
        return None
    # a closing bracket is the key result's note ("（王芳，6月底前）"): its comma and its date are
    # no clause and no figure of the pair's (decision 6669)
    note = _ZH_CLOSING_NOTE.search(folded, word.end(), stop)
    core_stop = note.start() if note is not None else stop
    if not re.search(r"\d", folded[word.end() : core_stop]) and not _ZH_BOTH_MOVE.fullmatch(
        folded, word.end(), core_stop
    ):
        # "维修产值和延保渗透率都要提高": two measures moved together with no figure are two key
        # results too, each to be quantified (decision 5549)
        return None
    if re.search(r"[，,；;]", folded[word.end() : core_stop]):
        return None  # a second clause after the figure is a case for the other readings
    join = _ZH_JOINERS.search(folded, a1, b0)
    if join is None:
        return None
    rest = text[word.end() : stop]
    first = text[start : join.start()] + rest
    second = text[join.end() : b1] + rest
    return first, second, start, stop


# One count named before a colon and broken down by tier, region or kind, every part in the same
# unit: "达人合作数量：头部5位+腰部50位+尾部300位" (blind reads 12 and 14, rw-166/046; decision 554).
_ZH_TIERS = re.compile(
    r"(?P<m>[^：:，,；;]{2,12})[：:]\s*"
    r"(?P<parts>[\u4e00-\u9fffA-Za-z]{1,6}\s?\d++\s?(?P<u>[\u4e00-\u9fff])"
    r"(?:\s?[+＋、]\s?[\u4e00-\u9fffA-Za-z]{1,6}\s?\d++\s?[\u4e00-\u9fff]){1,5})"
)
_ZH_TIER_UNIT = re.compile(r"\d\s?(?P<u>[\u4e00-\u9fff])")


def _one_count_by_tier(item) -> bool:
    """A count named before a colon and given per tier ("达人合作数量：头部5位+腰部50位+尾部300位",
    "KOC合作：美妆类20位+母婴类15位"): one measure with its breakdown, not two results (Chinese)."""
    if item.language != "zh":
        return False
    cs, ce = item.core_span
    found = _ZH_TIERS.fullmatch(item.plain[cs:ce].rstrip(" 。."))
    if found is None:
        return False
    units = {u["u"] for u in _ZH_TIER_UNIT.finditer(found["parts"])}
    if len(units) != 1:
        return False
    # the tiers are named, not done: "门店：新开5家+关闭2家" counts two changes
    return not any(t.pos.startswith("v") for t in tokenize(found["parts"], "zh"))


_TWO_RESULTS = {
    "what": {"zh": "包含两个结果", "en": "holds two results"},
    "then": {"zh": "可以单独写成一个关键结果", "en": "can be a key result of its own"},
}
_WORK_AND_RESULT = {
    "what": {"zh": "把要做的工作和结果写在了一起", "en": "joins work to do and a result"},
    "then": {"zh": "是结果，留作关键结果", "en": "is the result: keep it as the key result"},
}
_WORK_NOTE = {
    "zh": "“{work}”是要做的工作，放进行动计划；关键结果留下它要带来的结果。",
    "en": "“{work}” is work to do: keep it in the plan; the key result keeps what it should "
    "bring about.",
}
_EN_WORK = frozenset({"act", "complete", "launch"})
# "至少3个显著正向" counts the pieces of work before it: their noun goes after the measure word.
_ZH_OF_THEM = re.compile(r"(?:至少|不少于|其中)? ?\d{1,6} ?个(?![\u4e00-\u9fff]{2,8}?[达到为])")
_ZH_WORK_NOUN = re.compile(r"\d{1,6} ?个(?P<n>[\u4e00-\u9fff]{2,8})")
# A second half opening with a gerund reads as an imperative on its own line (decision 2523).
_EN_GERUND = {
    "keeping": "keep",
    "maintaining": "maintain",
    "holding": "hold",
    "staying": "stay",
    "sustaining": "sustain",
}
_EN_GERUND_LEAD = re.compile(r"^(keeping|maintaining|holding|staying|sustaining)\b", re.I)
# A reach over a whole group, with no figure: "覆盖全体值班人员", "覆盖所有班组" (decision 5311).
# Everyone of a group taking part, in words (decision 5550): "员工全员参加", "全体护士参与".
_ZH_ALL_TAKE_PART = re.compile(
    r"(?:[\u4e00-\u9fff]{1,6}?)?(?:全员|全体[\u4e00-\u9fff]{0,4}?|所有[\u4e00-\u9fff]{0,4}?|人人)"
    r"(?:都|均)?(?:参加|参与|参训|出席|到场|到会)[。.]?$"
)
_ZH_REACHES_ALL = re.compile(
    r"(?:并|且)?(?:覆盖|惠及|触达)(?:到)?(?:全体|所有|全部|全)[\u4e00-\u9fff]{1,10}[。.]?$"
)
# A result half whose subject is the work itself: "覆盖一线员工100%", "惠及300户" (decision 2522).
_ZH_REACH = re.compile(r"(?:覆盖|惠及|触达)")
# The work verb's object before its count: "开展「质量意识培训」6场", "举办「社区义诊」4次".
_ZH_WORK_OBJECT = re.compile(
    r"(?:开展|组织|举办|举行|召开|进行|推出)(?P<n>[\u4e00-\u9fff]{2,10}?)\s?\d{1,4}\s?(?:场|次|期|轮|批|节)"
)


def _work_first(item, left_end: int, right_start: int, end: int) -> int | None:
    """Where the work verb opens the first half, when that half is counted work ("跑通10个增长
    实验", "高峰前完成3轮全链路压测", "Run 10 growth experiments") and the second a result with
    its own figure; None otherwise. Such a key result keeps the result (blind reads 6, 7: the
    split kept the activity and moved the outcome away)."""
    s = item.core_span[0]
    if not (_counts(item, s, left_end) and _has_number(item, right_start, end)):
        return None
    if not _result_half(item, right_start, end):
        return None  # "开展4场线上直播，2场线下体验会": work on both sides, a plain split
    if item.language == "en":
        return s if verb_classes("en").get(_lead_lemma(item, s, left_end)) in _EN_WORK else None
    for tok in item.tokens[:4]:  # a few words of time may come first ("高峰前")
        if not (s <= tok.start < left_end):
            continue
        if verb_classes("zh").get(tok.text) in _ZH_WORK or tok.text in word_set(
            "kr_trial_verbs", "zh"
        ):
            return tok.start
    return None


def _result_half(item, s: int, e: int) -> bool:
    """The second half states a result: a result verb ("峰值支撑能力达到日常的5倍", "reach 5x
    peak capacity"), a share, or a part of the counted work succeeding ("至少3个显著正向")."""
    text = item.folded[s:e].lstrip()
    if item.language == "zh" and _ZH_OF_THEM.match(text):
        return True
    if re.search(r"[%％]|百分之", text):  # a share written as one ("every week" is no share)
        return True
    verbs = words("kr_result_verbs", item.language)
    found = find_terms(text, verbs, item.language)
    return any(w not in ("完成", "complete", "completed") for _a, _b, w in found)


def _result_kept(item, work: int, left_end: int, right_start: int, end: int) -> Hit:
    """The key result as its result half, the work half sent to the plan (decision 181)."""
    s = item.core_span[0]
    lead = item.text[s:work]  # "高峰前"
    result = item.text[right_start:end]
    of_them = _ZH_OF_THEM.match(result) if item.language == "zh" else None
    noun = _ZH_WORK_NOUN.search(item.text, work, left_end)
    if of_them is not None and noun is not None:
        # "至少3个显著正向" -> "至少3个增长实验显著正向"
        result = result[: of_them.end()] + noun.group("n") + result[of_them.end() :]
    elif item.language == "zh" and _ZH_REACH.match(result):
        # "开展质量意识培训 6 场，覆盖一线员工 100%": what covers them is the work's object,
        # "质量意识培训覆盖一线员工 100%", not a bare "覆盖一线员工 100%" (decision 2522)
        obj = _ZH_WORK_OBJECT.search(item.text, work, left_end)
        if obj is not None:
            result = obj.group("n") + result
    elif item.language == "en" and (reach := _EN_REACH_LEAD.match(result)) is not None:
        # "Host 12 webinars, attracting 2,000 sign-ups": "Webinars attract 2,000 sign-ups", not
        # a bare "Attracting 2,000 sign-ups" (decision 2782)
        result = _en_reach(item, work, left_end, reach.group(1).lower(), result[reach.end() :])
    text = lead + result if item.language == "zh" else cap_first(lead + result)
    work_text = item.text[work:left_end].strip(" ，,;；")
    return Hit(
        span=(right_start, end),
        args={"second": item.text[right_start:end], **_WORK_AND_RESULT},
        fixes=[
            Fix(
                edits=[LocalEdit(s, end, text)],
                applicability="unsafe",
                yields_to=("kr-is-task", "kr-activity-count"),
                note=_WORK_NOTE[voice(item.language)].format(work=work_text),
            )
        ],
    )


# The words the two halves share go with the second ("Ledger DB restored in a DR drill with
# RTO ≤ 1h and RPO ≤ 5 min": "RPO ≤ 5 min" alone lost which database; blind read 9, decision
# 226): in English what the first half says before its last "with"; in Chinese its leading
# clauses ("上市8周内，").
_EN_WITH = re.compile(r"^(?P<ctx>.+\b(?P<prep>with|at)\s)", re.I)


def _shared_context(item, left_end: int, right_start: int, end: int) -> str:
    """The context the first half states for both halves, to lead the second half's own line;
    "" when there is none or the second half names its own."""
    s = item.core_span[0]
    first = item.text[s:left_end]
    second = item.text[right_start:end]
    if item.language == "zh":
        cut = max(first.rfind("，"), first.rfind(","))
        if "，" in second or "," in second:
            return ""
        context = first[: cut + 1] if cut > 0 else ""
        if not (2 <= len(context) <= 20 and not _has_verb(item, s, s + cut)):
            context = ""
        return context + _zh_scope(first[cut + 1 :], second)
    m = _EN_WITH.match(first)
    if len(second.split()) > 5 or _EN_OWN_PREP.search(second):
        return ""
    joiner = _EN_JOINED_BY.search(item.text, left_end, right_start)
    if m is None:
        # "Run the full demo in 10 minutes with no more than 1 restart": the first half's verb
        # and what it works on, then the joining "with", lead the second half (decision 6704)
        verb = item.facts.shape.verb
        work = _EN_VERB_WORK.match(first) if joiner is not None else None
        if work is None or verb is None or verb.position != "lead":
            return ""
        return work.group("ctx") + " " + joiner.group(1) + " "
    if joiner is not None:
        # "Play the first movement at 100 bpm with no more than 2 mistakes": the second half
        # keeps the preposition that joined it, not the first half's "at" (decision 6561)
        return m.group("ctx")[: -len(m.group("prep")) - 1] + joiner.group(1) + " "
    return m.group("ctx")


# The verb and what it works on, before the first half's figure and its preposition: "Run the
# full demo" of "Run the full demo in 10 minutes" (decision 6704).
_EN_VERB_WORK = re.compile(
    r"(?P<ctx>(?<![\w'’-])[A-Za-z][\w'’-]*(?:\s(?!(?:in|under|within|below|at|to|by|for|on|from)\b)"
    r"[A-Za-z0-9][\w'’-]*){1,6}?)\s(?:in|under|within|below|at|to|by|for|on)\s"
    r"(?:(?:less|fewer)\sthan\s|under\s|no\smore\sthan\s)?\d"
)
# A second half with a "with" or an "at" of its own names its own context; "at most" and "at
# least" are bounds, no context (decision 6561: "… with at most 1 wrong note").
_EN_OWN_PREP = re.compile(r"\b(?:with|at(?!\s+(?:most|least)\b))\b", re.I)
# The preposition that attaches the second half, closing the text between the halves.
_EN_JOINED_BY = re.compile(r"\b(with|at)\s*$", re.I)


# Whom or where both halves measure, said once (blind read 20; decision 1018): leading the
# first half ("For enterprise customers, NPS from 30 to 45 and renewal rate to 90%") or closing
# the second ("Activation from 30% to 45% and time to first value under 2 days for enterprise
# customers"). Not a time ("in Q3", "in 2026"): a deadline has its own reading.
_EN_LEAD_SCOPE = re.compile(
    r"^(?P<scope>(?:for|among|across|in) (?:all |our |the )?[A-Za-z][\w&' -]{1,40}?),\s+", re.I
)
_EN_TAIL_SCOPE = re.compile(
    r"\s(?P<scope>(?:for|among|across) (?:all |our |the )?[A-Za-z][\w&' -]{1,40}"
    r"(?: in [A-Z][\w&-]*)?)$"
)
_EN_SCOPE_WORD = re.compile(r"\b(?:for|among|across)\b", re.I)
_EN_TIME_WORD = re.compile(
    r"\d|\b(?:q[1-4]|h[12]|quarter|year|month|week|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|fy\w*)\b",
    re.I,
)


def _en_scope_shared(first: str, second: str) -> tuple[str, str]:
    """(the second half with the first's leading scope, the scope closing the second half to add
    to the first): "For enterprise customers, NPS …" → "Renewal rate to 90% for enterprise
    customers"; "… time to first value under 2 days for enterprise customers" → (unchanged,
    " for enterprise customers") for the first. A half with a scope of its own keeps its own."""
    lead = _EN_LEAD_SCOPE.match(first.strip())
    if (
        lead is not None
        and not _EN_TIME_WORD.search(lead["scope"])
        and not _EN_SCOPE_WORD.search(second)
    ):
        return f"{second.rstrip()} {lead['scope'][:1].lower()}{lead['scope'][1:]}", ""
    tail = _EN_TAIL_SCOPE.search(second)
    if (
        tail is not None
        and not _EN_TIME_WORD.search(tail["scope"])
        and not _EN_SCOPE_WORD.search(first)
        and not re.search(r"\bin [A-Z]", first)
    ):
        return second, " " + tail["scope"]
    return second, ""


# A capacity the first half sets ("单租户支持10万员工数据量", "Support 100k concurrent users"): a
# speed or a rate in the second half is meant at that load, and says so on its own line
# ("核心接口P99 < 300ms（10万员工数据量下）"; blind read 20, rw-116, decision 1018).
_LOAD = {
    "zh": re.compile(
        r"(?:支持|承载|容纳|扛住)(?P<load>\d[\d.,]*\s*[万千亿]?[\u4e00-\u9fff]{1,8})$"
    ),
    "en": re.compile(
        r"\b(?:support|handle|serve|sustain)s?\s+(?P<load>\d[\d.,]*\s*[km]?\+?\s+[a-z][\w -]{1,30})$",
        re.I,
    ),
}


# What the first half counts, for a second half in the passive with no subject of its own
# ("独立完成3个数据分析专题，并被业务方采纳至少2个" → "数据分析专题被业务方采纳至少2个"; 6539).
_ZH_COUNTED_NOUN = re.compile(
    r"(?<![\d一二两三四五六七八九十])[\d一二两三四五六七八九十]+\s?(?:个|项|份|篇|套|款|条|本|门|场|支)(?P<noun>[\u4e00-\u9fff]{2,10})$"
)


def _zh_passive_subject(first: str, second: str) -> str:
    """`second` led by the thing the first half counts when it opens with 被 (decision 6539)."""
    if not second.startswith("被"):
        return second
    m = _ZH_COUNTED_NOUN.search(first.rstrip("，, "))
    return m["noun"] + second if m is not None else second


def _load_carried(first: str, second: str, lang: str) -> str:
    m = _LOAD["zh" if lang == "zh" else "en"].search(first.strip())
    if m is None or m["load"] in second:
        return second
    if lang == "zh":
        return f"{second.rstrip()}（{m['load']}下）"
    return f"{second.rstrip()} at {m['load']}"


# A place or channel that scopes the first half's measure ("重点城市便利店铺货率达到70%"), carried
# to a second half that is a bare measure ("动销率60%" → "重点城市便利店动销率60%"; decision 939).
_ZH_SCOPE = re.compile(
    r"[\u4e00-\u9fff]{0,8}(?:便利店|门店|商超|超市|渠道|城市|区域|地区|市场|平台|网点|终端|线上|线下|"
    r"校区|园区|医院|学校|工厂|车间|产线|仓库"
    # people and a window the measures are taken of (blind read 20, rw-093; decision 1018):
    # "新人首月质检合格率…，满意度≥4.6" → "新人首月满意度≥4.6", "企业客户的NPS…" → "企业客户的续约率…"
    r"|首月|首周|新人|新员工|华[东南北中]区|[东西南北]区|客户的|用户的|会员的|学员的)"
)
_ZH_BARE_MEASURE = re.compile(
    r"[\u4e00-\u9fff]{1,6}(?:率|量|数|额|价|值|占比|度)\s*"
    r"(?:达到|提升到|提高到|降到|降低到|不低于|不高于|保持在|为)?\s*(?:[<≤>≥＜＞]=?)?\s*\d"
)


def _zh_scope(first: str, second: str) -> str:
    """The scope leading the first half's clause, for a second half that names only its measure
    and figure; "" when there is none or the second half has its own."""
    scope = _ZH_SCOPE.match(first.strip())
    if scope is None or not _ZH_BARE_MEASURE.match(second.strip()):
        return ""
    if len(first.strip()) - scope.end() < 2 or scope.group() in second:
        return ""
    return scope.group()


# "iOS rating from 4.6 to 4.8": a name, the measure's words, then its figures; "Android from 4.1
# to 4.5" after it names only the other thing the same measure is taken of (rw-045).
# A comparator is no measure word: "Ticket backlog under 20" names "backlog", not "backlog
# under" (decision 1830).
_EN_NAMED_MEASURE = re.compile(
    r"^(?P<name>\S+) (?P<measure>(?:(?!(?:from|to|at|above|below|under|over|within)\b)"
    r"[a-z][\w-]*\s){1,3})"
    r"(?=(?:from|to|at|above|below|under|over|within)\b|[≥>≤<\d])"
)
_EN_NAME_ONLY = re.compile(r"^(?P<name>\S+) (?=(?:from|to|at|above|below)\b|[≥>≤<\d])")


@cache
def _en_kpi_terms() -> frozenset[str]:
    from coach.facts.kpi import kpi_terms

    return frozenset(kpi_terms("en"))


def _measure_carried(first: str, second: str) -> str:
    """The second half with the first half's measure words when it names only another thing of
    the same measure: "Android from 4.1 to 4.5" after "iOS rating from 4.6 to 4.8" -> "Android
    rating from 4.1 to 4.5" (blind read 12, rw-045; decision 430)."""
    named = _EN_NAMED_MEASURE.match(first.strip())
    other = _EN_NAME_ONLY.match(second)
    if named is None or other is None:
        return second
    if other.group("name").lower() in _en_kpi_terms():
        return second  # "…, with CSAT at 4.6 or higher": a measure of its own (decision 1830)
    return f"{other.group('name')} {named.group('measure')}{second[other.end() :]}"


# What may close the first half of a split before the second: spaces, commas, an opening
# bracket whose contents (a deadline) stay with the first, a dash before an owner.
_TAIL_PUNCT = " ，,。.;；（(【[—–"
# The separator written before an owner ("… — Owner: Ines", "… —— @老郑", "… | Ana").
_OWNER_SEPARATOR = " \t—–-－|｜"
_CLOSING = {"（": "）", "(": ")", "【": "】", "[": "]"}


# A first half that only moves a measure, with no figure of its own ("Grow newsletter
# subscribers", "阅读量提升", "提升会员活跃度"): split off, it is given its from/to skeleton
# (decision 5168).
_EN_MOVES_FIRST = re.compile(
    r"(?:grow|raise|increase|improve|boost|lift|cut|reduce|lower)\s+[A-Za-z][A-Za-z0-9-]*"
    r"(?:\s+[A-Za-z][A-Za-z0-9-]*){0,3}",
    re.I,
)
# A vague adverb closing the first half ("… satisfaction significantly"), cut with it (6386).
_EN_HEDGE_LAST = re.compile(
    r"(?<=\S)[ \t]{1,3}(?:significantly|greatly|substantially|dramatically|considerably|markedly|"
    r"massively|hugely|a lot|a bit|somewhat|further)[ \t]{0,3}$",
    re.I,
)
_ZH_MOVES = r"(?:提升|提高|增加|增长|扩大|上升)"
_ZH_MEASURE = r"(?P<m>[\u4e00-\u9fffA-Za-z]{2,10}?)"
_ZH_MOVES_FIRST = re.compile(rf"{_ZH_MOVES}{_ZH_MEASURE}")
_ZH_MEASURE_MOVES = re.compile(rf"{_ZH_MEASURE}(?:明显|大幅|持续|稳步)?{_ZH_MOVES}")
_ZH_NOT_A_MEASURE = re.compile(r"[和与及并且同时的了]")


def _unmeasured_first(item, left_end: int) -> tuple[int, tuple[int, str]]:
    """For the first half of a split that only moves a measure: (where the measure starts when a
    leading verb goes, else 0) and (where the cut of the second half starts, the skeleton put
    there): "Grow newsletter subscribers" + " from [baseline] to [target]", "阅读量提升" -> "阅读量" +
    "从[基线]提升到[目标值]" (decision 5168). (0, (left_end, "")) when the half has a figure or is no
    bare measure moved."""
    cs = item.core_span[0]
    first = item.text[cs:left_end]
    none = (0, (left_end, ""))
    if not first.strip() or re.search(r"\d", first):
        return none
    if item.language == "en":
        if _EN_MOVES_FIRST.fullmatch(first.strip()) is None or len(first.split()) > 5:
            return none
        words = first.split()[1:]
        if any(w.lower() in ("and", "or", "to", "by", "for", "with") for w in words):
            return none
        hedge = _EN_HEDGE_LAST.search(first)
        if hedge is not None and len(words) > 2:
            # "Increase patient satisfaction significantly": the hedge kr-vague-wording flags
            # goes with the cut, not into the rewrite (decision 6386)
            return 0, (cs + hedge.start(), " from [baseline] to [target]")
        return 0, (left_end, " from [baseline] to [target]")
    said = first.strip()
    lead = _ZH_MOVES_FIRST.fullmatch(said)
    if lead is not None and not _ZH_NOT_A_MEASURE.search(lead.group("m")):
        return cs + lead.start("m"), (left_end, "从[基线]提升到[目标值]")
    after = _ZH_MEASURE_MOVES.fullmatch(said)
    if after is not None and not _ZH_NOT_A_MEASURE.search(after.group("m")):
        return 0, (cs + after.end("m"), "从[基线]提升到[目标值]")
    return none


def _owner_carried(item, end: int) -> str:
    """The owner written after the key result ("… (Tomás)"), for the line split off it: both
    results are still that person's (rw-045; decision 430). "" when none is written there. A
    dash before the owner comes with it ("… — Owner: Ines"; decision 1260)."""
    span = item.owner_span
    if span is None or span[0] < end:
        return ""
    owner = item.text[span[0] : span[1]].strip()
    if not owner:
        return ""
    opening = item.text[span[0] - 1] if span[0] > end else ""
    if opening in _CLOSING and not owner.startswith(opening):
        # "（负责人：李雷，6月底前）": the owner shares its brackets with the deadline, which
        # stays with the first half; the second half gets the owner in brackets of its own
        bracketed = owner.join((opening, _CLOSING[opening]))
        return bracketed if item.language == "zh" or opening in "（【" else " " + bracketed
    start = span[0]
    while start > end and item.text[start - 1] in _OWNER_SEPARATOR:
        start -= 1
    separator = item.text[start : span[0]]
    if separator.strip():
        return " " + separator.strip() + " " + owner
    if owner[0] in _OWNER_SEPARATOR:
        return " " + owner  # the owner's own span opens with its dash ("— 王芳")
    return owner if item.language == "zh" or owner[0] in "（【" else " " + owner


_SECOND_NOTE = {
    "zh": "拆成两条：“{second}”另起一行，作为一条新的关键结果。",
    "en": "Split in two: “{second}” becomes a key result of its own on the next line.",
}


def _chunks(item) -> list[tuple[int, int, str]]:
    """Pieces of the KR between joiners: (start, end, the joiner before it, "" for the first).
    A joiner inside brackets lists examples or a breakdown ("(如点赞、评论、分享)", "(30 eng,
    8 GTM)"): it does not cut the KR."""
    text = item.plain
    s0, e0 = item.core_span
    cuts: list[tuple[int, int, str]] = []
    if item.language == "zh":
        for tok in item.tokens:
            if not (s0 <= tok.start < e0):
                continue
            if tok.text in _STRONG_ZH or tok.text in _WEAK_ZH or _spaced_slash(text, tok):
                cuts.append((tok.start, tok.end, tok.text))
    else:
        for m in _EN_JOINERS.finditer(text, s0, e0):
            if m.end() > m.start():
                cuts.append((m.start(), m.end(), m.group().strip().lower()))
    cuts = [
        c
        for c in cuts
        if not _topic_list(item, c)
        and not _digit_group(text, c[0], c[1])
        and not _scheme_plus(text, c[0], c[1])
        and not _floor_plus(text, c[0], c[1])
        and not _name_ampersand(text, c[0], c[1], c[2])
    ]
    depth = _bracket_depths(item, [c[0] for c in cuts])
    out: list[tuple[int, int, str]] = []
    pos, joiner = s0, ""
    for (cs, ce, j), inside in zip(cuts, depth, strict=True):
        if inside:
            continue
        while pos < cs and text[pos].isspace():
            pos += 1
        if cs > pos and text[pos:cs].strip():
            out.append((pos, cs, joiner))
            joiner = ""
        joiner = _stronger(joiner, j, item.language)
        pos = ce
    while pos < e0 and text[pos].isspace():
        pos += 1
    if text[pos:e0].strip():
        out.append((pos, e0, joiner))
    return out


# Decision 6725: topics listed after 关于/有关/对于/针对/涉及 and closed by 的 say which one thing
# ("减少客人关于噪音和等候的投诉"): the joiner inside them cuts nothing.
_ZH_TOPIC_OPEN = re.compile(r"(?:关于|有关|对于|针对|涉及)[\u4e00-\u9fffA-Za-z0-9、]{0,12}$")
_ZH_TOPIC_CLOSE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{1,8}?(?:方面|问题)?的")


def _topic_list(item, cut: tuple[int, int, str]) -> bool:
    """Whether a Chinese 和/与/及/、 joins topics inside one 关于…的 modifier (decision 6725)."""
    if item.language != "zh" or cut[2] not in ("和", "与", "及", "、"):
        return False
    folded = item.folded
    return (
        _ZH_TOPIC_OPEN.search(folded, max(0, cut[0] - 14), cut[0]) is not None
        and _ZH_TOPIC_CLOSE.match(folded, cut[1]) is not None
    )


def _spaced_slash(text: str, tok) -> bool:
    """A slash with a blank on each side lists two things ("a11y ≥ 90 / perf ≥ 80", "LCP ≤ 2.5s /
    CLS ≤ 0.1"); one written close reads "per" ("2次/周", "120/月") and cuts nothing. It is a weak
    joiner: it splits only where each side holds its own measure and figure (decision 3481)."""
    return (
        tok.text in ("/", "／")
        and tok.start > 0
        and text[tok.start - 1].isspace()
        and text[tok.end : tok.end + 1].isspace()
    )


# "1+X证书", "“3+2”贯通培养", "1+N帮扶模式": a plus between two short codes names a scheme
# (decision 3562), it joins no two measures; "线上+线下", "GMV+复购率" still cut.
_SCHEME_PLUS = re.compile(r"(?<![0-9A-Za-z])[0-9A-Za-z]{1,2}[+＋][0-9A-Za-z]{1,2}(?![0-9A-Za-z%])")


# "&" between a capitalised word after a lower-case one and a capitalised word or a street's
# ordinal: a place, a firm or a brand ("at Market & 3rd", "with Crane & Sons", "Marks & Spencer
# stores"; decision 5749). A title-cased line ("Lift Revenue & Margin") keeps its cut.
_NAME_BEFORE_AMP = re.compile(r"(?<![A-Za-z])[a-z][a-z'’]{0,20}\s[A-Z][a-z'’]{1,20}\s?$")
_NAME_AFTER_AMP = re.compile(r"\s?(?:[A-Z][a-z'’]{1,20}|\d{1,3}(?:st|nd|rd|th))(?![A-Za-z0-9])")


def _name_ampersand(text: str, s: int, e: int, joiner: str) -> bool:
    if joiner.strip() != "&":
        return False
    return bool(_NAME_BEFORE_AMP.search(text, max(0, s - 44), s) and _NAME_AFTER_AMP.match(text, e))


def _scheme_plus(text: str, s: int, e: int) -> bool:
    if text[s:e] not in ("+", "＋"):
        return False
    m = _SCHEME_PLUS.search(text, max(0, s - 3), min(len(text), e + 3))
    return m is not None and m.start() < s < m.end()


def _floor_plus(text: str, s: int, e: int) -> bool:
    """A "+" glued to a figure, then 的 or a clause's end ("涨粉500+的作品", "粉丝1万+，"): "or
    more", a floor on the figure, not a joiner (decision 5953; "8+ hours" in English)."""
    if (
        text[s:e] not in ("+", "＋")
        or s == 0
        or not (text[s - 1].isdigit() or text[s - 1] in "万千百")
    ):
        return False
    # "新客数达到500+复购率提升到30%" joins two measures: only 的, a clause's end or the text's
    return e == len(text) or text[e] in "的，,。；;）)"


def _digit_group(text: str, s: int, e: int) -> bool:
    """A comma that groups a number's digits ("$6,000", "12,000人"), not one between clauses."""
    if text[s:e] not in (",", "，") or s == 0 or not text[s - 1].isdigit():
        return False
    after = text[e : e + 4]
    return len(after) >= 3 and after[:3].isdigit() and not after[3:].isdigit()


def _strong(joiner: str, lang: str) -> bool:
    if lang == "zh":
        return joiner in _STRONG_ZH
    return bool(_EN_STRONG.search(joiner))


def _stronger(a: str, b: str, lang: str) -> str:
    """Of two joiners met in a row (", and"), the one that says more."""
    if not a or (_strong(b, lang) and not _strong(a, lang)):
        return b
    return a


_OPEN = "(（[【"
_CLOSE = ")）]】"


def _bracket_depths(item, positions: list[int]) -> list[bool]:
    """For each position (ascending) of the core, whether it lies inside brackets (one pass)."""
    text = item.folded
    out: list[bool] = []
    i, depth = item.core_span[0], 0
    for pos in positions:
        while i < pos:
            ch = text[i]
            if ch in _OPEN:
                depth += 1
            elif ch in _CLOSE and depth:
                depth -= 1
            i += 1
        out.append(depth > 0)
    return out


def _bare_verb(item, s: int, e: int) -> bool:
    """The piece is one verb and nothing else ("推动" in "推动并落地…"): it shares the object of
    the verb after the joiner (decision 400's real6-zh case)."""
    toks = [t for t in item.tokens if s <= t.start and t.end <= e and t.text.strip(" *")]
    if len(toks) != 1:
        return False
    # The tagger reads some planning verbs as nouns ("策划" in "策划并上线5个新玩法", "策划并举办4场
    # 活动"): a lone word the verb lists hold is a verb too (decision 2280).
    return toks[0].pos.startswith("v") or any(
        toks[0].text in word_set(name, item.language)
        for name in ("kr_task_verbs", "kr_activity_verbs", "kr_result_verbs")
    )


def _has_number(item, s: int, e: int) -> bool:
    return any(q.role in ("target", "baseline") for q in item.facts.quantities_in(s, e))


def _has_verb(item, s: int, e: int) -> bool:
    for name in ("kr_result_verbs", "kr_task_verbs", "kr_activity_verbs"):
        if find_terms(item.folded[s:e], words(name, item.language), item.language):
            return True
    return False


@cache
def _verbs_by_first(lang: str) -> dict[str, tuple[str, ...]]:
    """The result, task and activity verbs by their first character: a text starts with a verb
    only if it starts with the verb's first character."""
    out: dict[str, list[str]] = {}
    for name in ("kr_result_verbs", "kr_task_verbs", "kr_activity_verbs"):
        for w in words(name, lang):
            out.setdefault(w[0], []).append(w)
    return {first: tuple(ws) for first, ws in out.items()}


_ZH_DISPOSAL = re.compile(r"^(?:将|把)")
_EN_VERB_END = re.compile(r"(?:s|es|ed|d|ing)?(?![a-z])")


def _starts_with_verb(item, s: int, e: int) -> bool:
    text = item.folded[s:e].lstrip()
    if item.language == "zh":
        text = _ZH_DISPOSAL.sub("", text)
    if not text:
        return False
    for w in _verbs_by_first(item.language).get(text[0], ()):
        if text.startswith(w) and (item.language == "zh" or _EN_VERB_END.match(text, len(w))):
            return True
    return False


# "每家", "每个品类", "每人", "各": each one of the things counted before, not a period ("每周").
_ZH_PER_ITEM = re.compile(r"(?:每|各)(?![周月天日年季晚早夜星期学节堂轮届次]|小时)")


def _counts_items(item, s: int, e: int) -> bool:
    """The piece counts things in digits ("新开3家门店"), not a share or an amount."""
    return any(q.kind == "count" and q.is_target for q in item.facts.quantities_in(s, e))


# The verbs that move or reach a measure (coach/facts verb_classes): the left piece of 5533.
_EN_MOVES = frozenset({"change", "reach"})
# An amount lost, with its figure, is a measure moved ("Lose 4 kg", "Shed 15% of overhead"),
# though the lexicon leaves "lose the old tool" a piece of work (decision 6432).
_EN_LOSS = frozenset({"lose", "shed"})
# A standard kept for each of a group: "every enquiry within 24h", "each patient within 4 hours";
# a chore after "and" is a second thing to judge (decision 5932).
_EN_SERVICE_LEVEL = re.compile(
    r"\b(?:every|each|all)\s(?:[a-z'’-]{1,20}\s){1,4}?within\s(?:\d{1,3}\s?|an?\s|one\s)"
    r"(?:working\s|business\s)?(?:h|hrs?|hours?|mins?|minutes?|days?|weeks?)\b"
)
# A verb whose object points back at the left side's subject ("… and retain them for 30 days").
_BACK_REFERENCE_EN = re.compile(r"^[a-z]+ (?:them|it|those|these)\b")
# A measure's level for one part ("… for the shop app to 90%"), and after "and" only another
# part and its level ("the parts api to 60%", "scooters to 70%"): one measure (decision 4971).
_PART_FIGURE = r"to [~$€£]?\d[\d.,]*\s?(?:%|[a-z]{1,8})?"
_PART_TARGET_CLOSES = re.compile(
    rf"\bfor (?:the |our )?(?:[a-z0-9_.'’-]+ ){{0,2}}[a-z0-9_.'’-]+ {_PART_FIGURE}\s*$"
)
_PART_TARGET_ONLY = re.compile(
    rf"(?:for )?(?:the |our )?(?:[a-z0-9_.'’-]+ ){{0,2}}[a-z0-9_.'’-]+ {_PART_FIGURE}"
    r"(?: (?:by|before|in) [^,;]{1,30})?[.;!]?"  # a date closing the key result
)


# A piece that only says how often the other holds: "5 nights a week", "3 times per week", "at
# least 4 days a week", "一周5天", "每周至少4次" (decision 1413).
_HOW_OFTEN = re.compile(
    r"(?:(?:at least|on|for) )?(?:\d{1,2}|one|two|three|four|five|six|seven)\+? "
    r"(?:days?|nights?|mornings?|evenings?|times|x|sessions?|weekdays?|weekends?) "
    r"(?:a|per|each|every|out of (?:every )?\d{1,2}|of the) (?:week|month|fortnight|weeks|days)"
    r"|(?:一|每)(?:周|个月|月)(?:至少|不少于)?\s?(?:要|能)?(?:坚持|做到)?\s?\d{1,2}\s?(?:天|晚|次)(?:以上)?"
    # "每天练琴40分钟，每周不少于5天做到": the days it is kept up, said last (decision 5670)
    r"(?:做到|坚持|打卡|完成)?"
)


# A 其中 part with a floor or a cap of its own (decision 6302): "其中县域至少4个", "其中企业学员不少于
# 50人", "其中年采购额超百万的5家以上".
_ZH_PART_FLOOR = re.compile(
    r"其中[^，,；;。]{0,12}?(?:至少|不少于|不低于|不超过|不多于|最多|最少)"
    r"|其中[^，,；;。\d]{0,12}?\d[\d.]*\s?[\u4e00-\u9fff]{0,2}?(?:以上|及以上)"
)


# A part after 其中, up to eight characters naming it, then its own move from a start (6432).
_ZH_PART_MOVED = re.compile(r"其中[^，,；;。\d]{1,8}?(?:由|从)\s?\d")
_ZH_PART_COUNTED = re.compile(r"其中[^，,；;。\d]{0,8}?\d{1,5}\s?[个篇份件项名位家户人次条]")


def _zh_part_acted_on(item, start: int) -> bool:
    """A 其中 part whose count is followed by a verb of its own ("其中1篇投稿市级刊物"): the part
    is done something more to, a second target (decision 6302)."""
    m = _ZH_PART_COUNTED.match(item.folded, start)
    return m is not None and any(
        t.start == m.end() and t.pos.startswith("v") and len(t.text) >= 2 for t in item.tokens
    )


_ZH_N_WORD = r"(?:\d{1,5}|[一二两三四五六七八九十]{1,3})\s?"
# Partners, places or people counted (家, 所, 位, 名) closing the left piece and opening the right.
_ZH_KIND_COUNT_CLOSES = re.compile(_ZH_N_WORD + r"(?P<mw>[家所位名])[\u4e00-\u9fffA-Za-z]{1,8}$")
_ZH_KIND_COUNT_OPENS = re.compile(_ZH_N_WORD + r"(?P<mw>[家所位名])[\u4e00-\u9fffA-Za-z]")


def _zh_counts_of_one_kind(item, left: tuple[int, int], rtext: str) -> bool:
    """Two counts by the same measure word of partners, places or people listed under one verb
    ("跟3家茶园、1家滑雪场谈下合作套餐", "招聘5名工程师、2名设计师"): one measure, as "Hire 5
    engineers and 2 designers" is (decisions 90, 6305)."""
    m = _ZH_KIND_COUNT_CLOSES.search(item.folded, left[0], left[1])
    n = _ZH_KIND_COUNT_OPENS.match(rtext)
    return m is not None and n is not None and m.group("mw") == n.group("mw")


def _same_count_unit(item, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Whether both pieces count in the same unit word ("…30户" and "…10户")."""
    lu = [q.unit for q in item.facts.quantities_in(*left) if q.unit and q.kind == "count"]
    ru = [q.unit for q in item.facts.quantities_in(*right) if q.unit and q.kind == "count"]
    return bool(lu) and bool(ru) and lu[-1] == ru[-1]


# A measure's window closing the first half ("… within 30 days"), and a second half that is only
# the move of a figure ("from 5% to 18%", then at most a date or the end of the sentence): one
# measure with its figures (decision 4008).
_WINDOW_CLOSES = re.compile(
    r"\bwithin (?:the first )?\d+(?:\.\d+)? ?(?:min(?:ute)?s?|hours?|hrs?|h|days?|weeks?|months?)"
    r"\s*,?\s*$"
)
# ... or on the things measured, picked by a threshold: "services handling > 1% of traffic",
# "shops with more than 10 staff" (decision 4970).
_THRESHOLD_SCOPE_CLOSES = re.compile(
    r"\b[a-z-]+s (?:handling|serving|processing|carrying|taking|holding|running|hosting|with|having|over|above) "
    r"(?:>=?|≥|more than|over|above|at least) ?[$€£]?\d+(?:\.\d+)?(?:[kmb]\b)? ?%?(?: of)?(?: [a-z-]+){0,3}\s*,?\s*$"
)
_FIGURE_MOVE_ONLY = re.compile(
    r"(?:up |down )?from \S+(?: (?:of )?[a-z%]+)? to \S+?(?: [a-z%]+)?[.;!]?(?:\s|$)"
    r"(?!\s*(?:and|while|with|plus)\b)"
)


def _change_then_its_level(item, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Whether `left` closes on a relative change and the comma after it leads only to the level
    that change reaches (decision 4482)."""
    lang = "zh" if item.language == "zh" else "en"
    for q in reversed(item.facts.quantities_in(*left)):
        if not q.is_target or q.kind == "label-number":
            continue
        if not is_relative(item.folded, q.start, q.unit, q.end, lang):
            return False
        at = level_after_change(item, q.end)
        return at is not None and right[0] <= at < right[1]
    return False


# A measure's name and the way it moves, the piece ending there ("Repeat bookings up", "churn
# down"); and a piece that names its own measure before its move and figure ("avg trip value up
# 10%", "NPS to 50", "on-time rate from 80% to 95%"; decision 4843).
_MOVED_WITHOUT_FIGURE = re.compile(
    r"(?:^|\s)(?!(?:and|or|the|a|our)\s)[a-z][a-z0-9.'’-]*\s(?:up|down|higher|lower)\s*$"
)
_MOVED_WITH_FIGURE = re.compile(
    r"(?:[a-z][a-z0-9.&'’/-]{0,30}\s){1,5}(?:up|down|to|from|above|below|under|over|at|higher|lower)"
    r"\b(?:\s(?:by|to|from))?\s?[~$€£]?\d"
)


def _is_split(item, left: tuple[int, int], right: tuple[int, int], joiner: str) -> bool:
    zh = item.language == "zh"
    rtext = item.folded[right[0] : right[1]].lstrip()
    if (_MEANS_ZH if zh else _MEANS_EN).match(rtext):
        return False
    if (_CONTEXT_ZH if zh else _CONTEXT_EN).match(rtext):
        return False  # a baseline or a comparison for the same measure ("，当前值为12万")
    if _HOW_OFTEN.fullmatch(rtext.rstrip(" .。")):
        return False  # "Sleep 7+ hours, 5 nights a week": how often the left one holds (1413)
    if (
        not zh
        and joiner == ","
        and (
            _WINDOW_CLOSES.search(item.folded, left[0], left[1])
            or _THRESHOLD_SCOPE_CLOSES.search(item.folded, left[0], left[1])
        )
        and _FIGURE_MOVE_ONLY.match(rtext)
    ):
        # "new users activated within 7 days, from 20% to 35%": the share within the window
        # is the measure, the move after the comma its figures (decision 4008)
        return False
    if zh and joiner in ("、", "和", "及", "与") and _zh_counts_of_one_kind(item, left, rtext):
        return False  # "新签2家医院、3家诊所": one verb, two counted objects (decisions 90, 6305)
    if joiner in (",", "，") and _change_then_its_level(item, left, right):
        # "门店销售额增长20%，达到600万元", "Grow revenue by 50%, reaching $12M": the level after
        # the comma is the same measure's end (decision 4482)
        return False
    if (
        not zh
        and joiner in ("and", "&")
        and _has_number(item, *left)
        and _SCOPE_CLOSES.search(item.folded, left[0], left[1]) is not None
        and _scope_then_baseline(rtext)
        and not _starts_with_verb(item, *right)
        and not any(right[0] <= a < right[1] for a, _b, _n in item.facts.kpis)
    ):
        # "Crash-free sessions ≥ 99.7% on iOS and Android (from 99.1%)": a second place or
        # platform of the same measure, then only its starting value (decision 6037)
        return False
    if not zh and _BACK_REFERENCE_EN.match(rtext):
        return False  # "Reach 10,000 weekly users and retain them for 30 days": the same users
    if (
        not zh
        and joiner == "and"
        and _PART_TARGET_CLOSES.search(item.folded, left[0], left[1])
        and _PART_TARGET_ONLY.fullmatch(rtext.rstrip())
        and not any(right[0] <= a < right[1] for a, _b, _n in item.facts.kpis)
    ):
        # "Increase test coverage for the shop app to 90% and the parts api to 60%": the same
        # measure's level for a second part, no measure of its own (decision 4971)
        return False
    if zh and _ZH_PER_ITEM.match(rtext) and _counts_items(item, *left):
        # "新开3家门店并且每家月营业额超过50万", "新签5家经销商，每家季度进货额不低于20万": a count
        # with a bar each counted one meets is one measure, as "Land 4 new direct clients at
        # ≥ $0.14/word" is (decision 1185); not "每周…", a cadence
        return False
    if zh and rtext.startswith("其中") and _same_count_unit(item, left, right):
        # "代发工资客户新增30户，其中3月底前落地10户", "新签客户20家，其中6月底前签下8家": a part of
        # the same count, by a date or a group, is a step of one result (decision 2423); a part
        # held to a floor of its own ("新增网点10个，其中县域至少4个") or done by a verb of its
        # own ("写2篇教学论文，其中1篇投稿市级刊物"), with no date, is a second target that can
        # be missed while the count is met (decision 6302)
        return (
            (_ZH_PART_FLOOR.match(rtext) is not None or _zh_part_acted_on(item, right[0]))
            and _has_number(item, *left)
            and not any(right[0] <= a < right[1] for a, _b, _w in item.facts.times)
        )
    if zh and _bare_verb(item, *left):
        return False  # "推动并落地至少3项流程改善": two verbs sharing one object, one action
    if not zh and _criteria_of_one(item, left, right):
        return False
    if not zh and joiner in ("and", "&") and _share_of_two_kinds(item, left, right):
        return False
    left_num, right_num = _has_number(item, *left), _has_number(item, *right)
    if zh:
        # "社群活跃用户达500人，覆盖80%的核心客户": a named figure is a result of its own too.
        complete_left = left_num and (
            _has_verb(item, *left)
            or _named_figure(item, *left)
            or (
                joiner in (",", "，", "；", ";")
                and _ZH_FROM_TO.search(item.folded, *left) is not None
                and _ZH_NOUN_TO_FIGURE.match(item.folded[right[0] : right[1]].lstrip()) is not None
            )
        )
        complete_right = right_num and (
            _has_verb(item, *right)
            or (
                joiner in (",", "，", "；", ";")
                and _ZH_FROM_TO.search(item.folded, *left) is not None
                and _ZH_NOUN_TO_FIGURE.match(rtext) is not None
            )
        )
    else:
        # An English clause starts with its verb; "2 designers" or "SMB customers" does not.
        # The verb lexicon's lead verb counts as the lists' verbs do: "Book 40 discovery calls
        # and win 6 pilots" is two counted targets, each with its own verb (decision 5340).
        complete_left = left_num and (
            _has_verb(item, *left) or _leads_with_verb(item, *left) or _word_then_count(item, *left)
        )
        complete_right = right_num and _starts_with_verb(item, *right)
    if (
        zh
        and complete_left
        and complete_right
        and _ZH_PART_MOVED.match(rtext)
        and not any(right[0] <= a < right[1] for a, _b, _n in item.facts.kpis)
    ):
        # "返工率由20%降到10%，其中A线由30%降到12%": a part of the same measure moved from its
        # own start, no measure named of its own — one result (decision 2423; 6432 keeps it so
        # now that 降到 reads as a result verb); a part held to a floor is left as it was (6302)
        return False
    if complete_left and complete_right:
        return True
    if zh and complete_left and not right_num and _ZH_ALL_TAKE_PART.match(rtext):
        # "组织消防培训每月1次，员工全员参加": everyone taking part is "100%" in words, a rate of
        # participation beside the count, as "…，参训率100%" is (decision 5550)
        return True
    if zh and complete_left and not right_num and _ZH_REACHES_ALL.match(rtext):
        # "开展消防培训不少于6次，覆盖全体值班人员": the whole group reached is "100%" in words
        # (PRINCIPLES.md), a coverage of its own beside the count, as "…，覆盖值班人员100%" is
        # (decisions 2522, 5311)
        return True
    if zh and complete_left and right_num and rtext.startswith("其中"):
        # "新招学员1200人，其中大学生占比不低于40%": a share or a rate of its own named after 其中,
        # with only a comparator before its percent, is a second measure as "…，其中付费会员占比
        # 达到20%" is (decisions 2423, 4524); a part in the same unit returned above, a part of
        # the same amount ("营收1000万元，其中线上收入不低于300万元") is no share
        q = _first_figure(item, *right)
        if q is not None and q.kind == "percent" and _measure_before_zh(item, right[0], q.start):
            return True
    if (
        not zh
        and joiner != ","
        and not left_num
        and right_num
        and len(item.folded[left[0] : left[1]].split()) >= 2
        and _leads_with_verb(item, *left)
        and _leads_with_verb(item, *right)
    ):
        return True  # "Launch the partner portal and sign 10 partners on it" (decision 135)
    if (
        not zh
        and joiner in ("and", "&")
        and not left_num
        and not right_num
        and len(item.folded[left[0] : left[1]].split()) >= 2
        and len(rtext.split()) >= 2
        and not _BACK_REFERENCE_EN.match(rtext)
        and verb_classes("en").get(_lead_lemma(item, _past_degree(item, *left), left[1]))
        == "change"
        and verb_classes("en").get(_lead_lemma(item, right[0], right[1])) == "change"
    ):
        # "Raise retention and cut onboarding time": two measures, each moved by a verb of its
        # own, neither with a figure — two key results, both unquantified (decision 6035)
        return True
    if (
        zh
        and not left_num
        and not _zh_number_before_note(item, right)
        and _zh_two_moves(item, left, right)
    ):
        # "大幅提升住客满意度并降低能耗成本", "缩短排队时间，同时提高复诊率": the Chinese twin of
        # decision 6035 — two measures, each moved by a verb of its own (decision 6431)
        return True
    if (
        not zh
        and joiner in ("and", "&", "+", "plus")
        and not left_num
        and right_num
        and _MOVED_WITHOUT_FIGURE.search(item.folded, left[0], left[1])
        and _MOVED_WITH_FIGURE.match(rtext)
    ):
        # "Repeat bookings up & avg trip value up 10%": a measure moved with no figure of its
        # own beside one moved with one, two measures (decision 4843)
        return True
    if (
        not zh
        and joiner in ("&", "+")
        and left_num
        and not right_num
        and len(rtext.split()) >= 3
        and _leads_with_verb(item, *left)
        and _leads_with_verb(item, *right)
    ):
        # "Renegotiate 3 vendor contracts & cut SaaS seats we don't use": two pieces of work
        # listed with "&", the mirror of decision 135's "Launch the portal and sign 10" (4843)
        return True
    if (
        not zh
        and joiner == "and"
        and left_num
        and not right_num
        and len(rtext.split()) >= 3
        and _leads_with_verb(item, *right)
        and not _BACK_REFERENCE_EN.match(rtext)
        and (
            verb_classes("en").get(_lead_lemma(item, left[0], left[1])) in _EN_MOVES
            or _lead_lemma(item, left[0], left[1]) in _EN_LOSS
            or _EN_SERVICE_LEVEL.search(item.folded, left[0], left[1]) is not None
        )
    ):
        # "Grow signups to 5,000 and launch a referral scheme", "Cut stockouts by 30% and put
        # scanners in every store": a measure moved to its figure, then a piece of work of its
        # own — decision 135 in the other order; a count of work first stays as 4843 left it
        # ("Recruit 6 volunteers and rewrite the welcome pack") (decision 5533)
        return True
    if (
        not zh
        and joiner != ","
        and left_num
        and (complete_left or _leads_with_verb(item, *left))
        and right_num
        and _FIGURE_FIRST.match(rtext)
    ):
        # "Raise $12,000 and 3,000 lbs of donated food", "Collect 500 coats and $2,000 in gift
        # cards": a second amount of another kind under the same verb (decision 4709)
        p, q = _first_figure(item, *left), _first_figure(item, *right)
        if p is not None and q is not None and p.kind != q.kind:
            return True
    if (
        not zh
        and left_num
        and right_num
        and _leads_with_verb(item, *left)
        and _FIGURE_FIRST.match(rtext)
    ):
        # "Reach 300 trial signups and 40 paid conversions", "…, 40 paid conversions": two counts
        # under one verb, each of a result of its own (decision 5200)
        p, q = _first_figure(item, *left), _first_figure(item, *right)
        if p is not None and q is not None and _counts_of_two_results(item, p, q, right[1]):
            return True
    if not zh and left_num and right_num and _figures_then_names(item, left, right):
        return True  # "Hit $2M ARR, 110% NRR": two measures, each named after its figure (5354)
    qualifier = bool(_QUALIFIER.match(rtext))
    if not qualifier and _named_figure(item, *left) and _named_figure(item, *right):
        return True  # "Pipeline $4M and win rate 30%", "P0故障0次，P1故障≤2次"
    strong = _strong(joiner, item.language)
    if (
        zh
        and strong
        and right_num
        and not left_num
        and _zh_work_verb(item, *left)
        and (_starts_with_verb(item, *right) or _has_verb(item, *right))
        and not rtext.startswith(_BRINGS_ZH)
        and not find_terms(rtext, words("kr_quality_measures", "zh"), "zh")
    ):
        return True  # "上线新版APP并实现日活10万": a deliverable and a result (decision 90)
    if (
        zh
        and right_num
        and not left_num
        # "首发4周内，…": a window after the launch word sets the time of what follows
        and not _ZH_TIME_PIECE.search(item.folded, left[0], left[1])
        and _lead_class(item, *left) in ("launch", "complete")
        and _named_figure(item, *right)
        and _zh_reaches_level(item, *right)
        and not rtext.startswith(_BRINGS_ZH)
    ):
        # "上线排班系统，排班准确率达到98%", "开通线上缴费，线上缴费率达到60%": a launch, then a
        # measure of its own named and held to a level — the launch and a result side by side
        # (decision 6064); a measure moved by the launch ("上线新排序模型，CTR提升8%") is the
        # effect it is for (decision 743), one result
        return True
    if zh:
        # "满意度达到95%，零投诉", "不挂科，每门课出勤率100%" (decision 237): a bad event kept
        # away beside a measure of its own; "每门课" scopes the measure, not the left piece.
        named_right = right_num and _named_figure(item, *right)
        complete_right = named_right or (right_num and _has_verb(item, *right) and not qualifier)
        if (complete_left and not qualifier and _zh_no_bad_event(item, *right)) or (
            complete_right and _zh_no_bad_event(item, *left)
        ):
            return True
        if _zh_no_bad_event(item, *left) and _zh_no_bad_event(item, *right):
            # "全年零工伤、零火灾", "零客诉、零退货": two bad events each kept at none are two
            # measures, as a measure beside one kept away is (decision 5543)
            return True
        if not qualifier and (
            (complete_left and _zh_bare_move(item, *right))
            or (complete_right and _zh_bare_move(item, *left))
        ):
            # "退货率降低、客单价提升到120元": a measure moved with no figure beside a result of
            # its own is a second result, one half unquantified (decision 4879)
            return True
    if (
        not zh
        and not qualifier
        and joiner != ","
        and left_num
        and (_named_figure(item, *left) or _has_verb(item, *left) or _nominal_measure(item, *left))
        and _en_no_bad_event(item, *right)
    ):
        # "Lead time under 2 hours and zero hotfixes", "NPS above 50 and no escalations": a bad
        # event kept away beside a measure of its own, as "满意度达到95%，零投诉" (decisions 237, 2419)
        return True
    if zh or qualifier:
        return strong and left_num and _starts_with_verb(item, *right)
    if (
        joiner != ","
        and left_num
        and right_num
        and _EN_OWN_CADENCE.search(item.folded, *left)
        and _EN_OWN_CADENCE.search(item.folded, *right)
    ):
        return True  # "Sleep 7+ hours a night and 5 workouts a week": two rates (decision 1834)
    right_measure = _nominal_measure(item, *right)
    if right_measure and _nominal_measure(item, *left):
        return True  # "45 mins of reading & 30 mins of piano", "80% of X in a day, 95% of Y …"
    if right_measure and joiner != "," and _predicate_after(item, *right):
        # "Run 3 experiments; at least 1 ships", "Portal is launched and 12 partners use it":
        # a measured statement of its own beside a count or a deliverable.
        return (strong and left_num) or (not left_num and _has_predicate(item, *left))
    if (
        joiner != ","
        and _starts_with_verb(item, *left)
        and _starts_with_verb(item, *right)
        and _counts(item, *left)
        and _counts(item, *right)
    ):
        return True  # "Write one blog post & record one podcast every week": two counted actions
    return strong and left_num and _starts_with_verb(item, *right)


# A measure, then only the way it should move, no figure: "退货率降低", "客诉量下降", "等位时长缩短"
# (decision 4879). The measure ends in a measure word (率, 量, 数, 额, 度, 价, 值, 长 …).
_ZH_BARE_MOVE = re.compile(
    r"(?P<m>[\u4e00-\u9fffA-Za-z]{1,20}?[率量数额度价值长本])(?:明显|显著|大幅|持续|进一步|有所)?"
    r"(?:减少|下降|降低|提升|提高|增加|增长|上升|改善|缩短|减小)"
)


def _zh_bare_move(item, s: int, e: int) -> bool:
    """Whether the piece s..e only names a measure and its direction, with no figure (4879)."""
    t = item.folded[s:e].strip(" ，,、；;。")
    return _ZH_BARE_MOVE.fullmatch(t) is not None and not _has_number(item, s, e)


# A piece that opens with its figure: "3,000 lbs of food", "$2,000 in gift cards" (decision 4709),
# or with "a" and a figure: "a 12% trial-to-paid rate" (decision 5200).
_FIGURE_FIRST = re.compile(r"(?:an? )?(?:[$€£¥]\s?)?\d")
# What a count counts, right after its figure: up to four words ("300 trial signups", "25 closed
# deals by June"), cut at the first word that is not part of the noun (decision 5200).
_EN_COUNTED = re.compile(
    r"\d[\d.,]{0,12}(?:[kmb](?![a-z]))?\+?\s(?P<np>(?:[a-z][a-z'’-]{0,30}\s?){1,4})"
)
_EN_NOT_IN_NOUN = frozenset(
    {"in", "by", "from", "per", "within", "for", "at", "on", "before", "after", "of", "to",
     "into", "across", "among", "each", "every", "a", "an", "the", "with", "over", "under",
     "during", "this", "next", "and", "or", "plus", "them", "those", "these", "through", "via"}
)  # fmt: skip
# Where the things counted go after the second count, which makes both counts one measure's
# sources: "Convert 40 trials and 10 pilots into paid accounts", "… to paid".
_EN_COUNTED_INTO = re.compile(r"\s(?:into|to (?:paid|paying))\b")
_EN_CONVERT_VERBS = frozenset({"convert", "move", "turn", "migrate", "bring"})


def _verb_carried(item, left_end: int, second: str) -> str:
    """The first half's leading verb before a second half that opens with its figure: "Reach 300
    trial signups and 40 paid conversions" -> "Reach 40 paid conversions", as one would write it
    on its own line (decision 5200)."""
    verb = item.facts.shape.verb
    if verb is None or verb.position != "lead" or verb.end >= left_end:
        return second
    if not _FIGURE_FIRST.match(second) or item.plain[verb.end : verb.end + 1] != " ":
        return second
    if _first_figure(item, verb.end, left_end) is None:
        return second  # "Help center is live and 60% of …": no count under a verb on the left
    return f"{item.text[verb.start : verb.end]} {second}"


def _counted_head(text: str, at: int, end: int) -> str | None:
    """The head of the noun a count at `at` counts, lemmatised ("signups" -> "signup"), or None
    when no noun follows its figure before `end` (decision 5200)."""
    m = _EN_COUNTED.match(text, at, end)
    if m is None:
        return None
    head = None
    for word in m.group("np").split():
        if word in _EN_NOT_IN_NOUN:
            break
        head = word
    return head


def _counts_of_two_results(item, p, q, end: int) -> bool:
    """Whether two counts under one verb count two different results, each named by its own
    noun that names a result one counts ("300 trial signups" and "40 paid conversions", "80
    qualified leads" and "15 new customers") — not one result counted by kind ("5 engineers and
    2 designers": no result nouns; "10 enterprise deals and 30 SMB deals": one noun), nor the
    sources of one ("40 trials and 10 pilots into paid accounts"). Decision 5200."""
    if p.kind != "count" or q.kind != "count":
        return False
    text = item.folded
    left, right = _counted_head(text, p.figure[0], q.start), _counted_head(text, q.figure[0], end)
    if left is None or right is None:
        return False
    results = word_set("kr_counted_results", "en")
    # the first noun names a result one counts, the second a thing of another kind beside it
    # ("150 new current accounts and 40 savings bonds", "5 new clients and 2 framework
    # contracts"): two results (decision 6036); a first noun that names no result ("5 engineers
    # and 2 designers", "35 intro calls and 6 follow-up reviews") stays one count by kind
    if left not in results:
        return False
    if lemma_en(left) == lemma_en(right):
        return False
    verb = item.facts.shape.verb
    if verb is not None and lemma_en(verb.word) in _EN_CONVERT_VERBS:
        return False
    return _EN_COUNTED_INTO.search(text, q.end, end) is None


# After "and": up to three words of a scope, then only a starting value ("Android (from 99.1%)",
# "York, up from 38") — no figure of its own (decision 6037).
_EN_SCOPE_THEN_BASELINE = re.compile(
    r"[a-z][a-z0-9.'’-]{0,20}(?:\s[a-z][a-z0-9.'’-]{0,20}){0,2}[,;]?\s?\(?(?:up\s|down\s)?"
    r"(?:from|vs\.?|baseline:?)\s"
    r"[~$€£]?[\d.,]{1,10}\s?(?:%|[a-z]{1,8})?\)?\s?[.;]?"
)


# Before "and": a scope closing the piece, after a preposition ("on iOS", "in Leeds", "for web").
_SCOPE_CLOSES = re.compile(
    r"(?<![a-z])(?:on|in|for|at|across|via)\s[a-z0-9.'’-]{1,20}(?:\s[a-z0-9.'’-]{1,20}){0,2}\s?$"
)


def _scope_then_baseline(rtext: str) -> bool:
    """Whether the piece after "and" is a scope and the measure's starting value alone."""
    return _EN_SCOPE_THEN_BASELINE.fullmatch(rtext.rstrip()) is not None


# A share's opening cut by "and" inside its scope: "75% of home", "60% of year 10", "all of our
# adult" (decision 5926).
_EN_SHARE_OF_OPENS = re.compile(
    r"(?:\d{1,3}(?:\.\d{1,2})?\s?%|all|every)\s(?:of\s)?(?:the\s|our\s)?"
    r"(?:[a-z][a-z-]{0,20}|\d{1,3})(?:\s(?:[a-z][a-z-]{0,20}|\d{1,3}))?\s{0,2}"
)
# In the other half, the figures that belong to the same share: its window ("within 8 days") and
# its starting value ("(from 50%)", "up from 40%").
_EN_SHARE_OWN_FIGURES = re.compile(
    r"\(?(?:up\s|down\s)?from\s[\d.,]{1,8}\s?%?\)?|"
    r"(?:within|in|under|inside)\s\d{1,4}\s?(?:working\s|business\s)?"
    r"(?:minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?)(?![a-z])"
)


def _share_of_two_kinds(item, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Whether "and" joins two kinds of the things one share counts: "75% of home and motor
    claims settled within 8 days (from 50%)" — the left half only opens the share, the right
    half holds no figure but the share's window and starting value (decision 5926)."""
    f = item.folded
    if _EN_SHARE_OF_OPENS.fullmatch(f, left[0], left[1]) is None:
        return False
    rest = _EN_SHARE_OWN_FIGURES.sub(" ", f[right[0] : right[1]]).lstrip()
    if f[left[0] : left[1]].rstrip()[-1:].isdigit():
        rest = rest.lstrip("0123456789")  # "year 10 and 11 pupils": a second grade named
    return not any(ch.isdigit() for ch in rest)


# A piece's own period: "a night", "per week", "every month", "daily".
_EN_OWN_CADENCE = re.compile(
    r"\b(?:(?:a|per|each|every) (?:day|night|week|month|quarter|year)|daily|nightly|weekly|"
    r"monthly|quarterly)\b"
)


def _criteria_of_one(item, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Whether both figures are the pass criteria of one event, inside one "with" phrase after a
    wording that has no figure of its own: "Ledger DB restored in a DR drill with RTO ≤ 1h and
    RPO ≤ 5 min" is one drill passed, not two results (blind read 18, rw-073; decision 939)."""
    found = list(_WITH.finditer(item.folded, left[0], left[1]))
    if not found:
        return False
    w = found[-1]
    return (
        _first_figure(item, left[0], w.start()) is None
        and _first_figure(item, w.end(), left[1]) is not None
        and len(item.folded[left[0] : w.start()].split()) >= 2
        and not _starts_with_verb(item, *right)
    )


_MIN_ACTIONS = 3
_ACTIONS_SCANNED = 8  # pieces looked at: a list of actions is short


def _actions(item, chunks: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """Three actions or more, each a verb with its object, in one key result ("Release v2,
    migrate all users and deprecate v1", "梳理流程、编写手册并培训全员"): one line per result.
    Returns where the first piece ends and the second starts."""
    if not _MIN_ACTIONS <= len(chunks) <= _ACTIONS_SCANNED:
        return None
    for s, e, _ in chunks:
        if not _leads_with_verb(item, s, e):
            return None
        with_object = len(item.folded[s:e].split()) >= 2 if item.language == "en" else e - s >= 4
        if not with_object:
            return None
    return chunks[0][1], chunks[1][0]


def _leads_with_verb(item, s: int, e: int) -> bool:
    if _starts_with_verb(item, s, e):
        return True
    return item.language == "en" and _lead_lemma(item, s, e) in verb_classes("en")


_ZH_WORK = frozenset({"launch", "complete", "act"})


def _lead_class(item, s: int, e: int) -> str | None:
    """The class of the verb that opens a Chinese piece (coach/facts verb_classes), if any:
    "招聘" hire, "上线" launch; a job title after it is no verb ("实施顾问2人")."""
    tok = next((t for t in item.tokens if s <= t.start < e), None)
    return verb_classes("zh").get(tok.text) if tok is not None else None


# A piece that is a time: a figure in it, or closing on 内/前/后 ("首发4周内", "开业三天后").
_ZH_TIME_PIECE = re.compile(r"\d|(?:内|前|后|以来|期间)[，,\s]*$")
# A level named for a measure: "达到98%", "不低于90%", "控制在1%以内", "≥95%" (decision 6064).
_ZH_LEVEL_VERB = re.compile(
    r"(?:达到|达|保持在?|维持在?|稳定在|控制在|不低于|不少于|不高于|不超过|[≥≤<>])"
)


def _zh_reaches_level(item, s: int, e: int) -> bool:
    """The Chinese piece holds its measure at a level (达到, 不低于, 控制在 …) before its figure,
    with no verb of change (提升, 缩短): a level of its own, not the move a launch is for."""
    q = _first_figure(item, s, e)
    if q is None:
        return False
    ends = [m.end() for m in _ZH_LEVEL_VERB.finditer(item.folded, s, q.start)]
    return bool(ends) and q.start - ends[-1] <= 2


def _zh_work_verb(item, s: int, e: int) -> bool:
    """The Chinese piece opens with a verb of work: a launch, a completion, an act (上线, 改版)."""
    return _lead_class(item, s, e) in _ZH_WORK


def _counts(item, s: int, e: int) -> bool:
    """The piece counts something, in digits or in words ("one podcast")."""
    return any(q.kind == "count" and q.role != "scope" for q in item.facts.quantities_in(s, e))


# A guardrail after the result with its own measure held where it is: ", holding cost per lead
# flat", "while keeping CAC steady" (decision 5610); not the result itself kept ("keeping it
# there", "keeping the gains").
_EN_GUARD_HELD = re.compile(
    r"(?:,\s{0,3}(?:while\s)?|\swhile\s)(?P<g>holding|keeping|maintaining)\s"
    r"(?!(?:it|them|this|that|these|those|the\s(?:gains?|momentum|pace))\b)"
    r"(?:[a-z0-9$%'’/-]{1,24}\s){1,6}?(?:flat|steady|stable|level|unchanged|constant|"
    r"at\s(?:current|today'?s|last\s(?:year|quarter)'?s?)\slevels?)(?![a-z])"
)


def _guard_held(item) -> tuple[int, int] | None:
    """A result with its figure, then a second measure held flat after a comma or "while":
    two measures in one key result, the guardrail its own (decision 5610)."""
    s0, e0 = item.core_span
    m = _EN_GUARD_HELD.search(item.folded, s0, e0)
    if m is None or _first_figure(item, s0, m.start()) is None:
        return None
    return m.start(), m.start("g")


# A piece of work said done: a participle or a state word in the piece ("Handbook drafted",
# "the rota tool live"; decision 5611).
_EN_DONE_WORD = re.compile(
    r"(?<![a-z])(?:[a-z]{2,20}ed|live|done|sent|built|rebuilt|set up|signed|written|rewritten|"
    r"in place|up and running|shipped|out)(?![a-z])"
)


def _plus_pieces(item) -> tuple[int, int] | None:
    """Two deliverables listed with " + ", each of two words or more with a verb or a word of
    being done, no figure in either: "Handbook drafted + payroll moved to the new provider" lists
    two pieces of work (decision 5611; "and" between them stays as decision 5204 has it)."""
    s0, e0 = item.core_span
    if " + " not in item.folded[s0:e0]:
        return None
    chunks = _chunks(item)
    for (ls, le, _), (rs, re_, joiner) in pairwise(chunks):
        if joiner != "+":
            continue
        sides = ((ls, le), (rs, re_))
        if any(len(item.folded[a:b].split()) < 2 or _has_number(item, a, b) for a, b in sides):
            continue
        if all(_EN_DONE_WORD.search(item.folded, a, b) for a, b in sides) or all(
            len(item.folded[a:b].split()) >= 3 and _leads_with_verb(item, a, b) for a, b in sides
        ):
            return le, rs
    return None


def _with_constraint(item) -> tuple[int, int] | None:
    """ "at least 10 clinics, with at least 2 in rural areas", "from 35 to 45 with CSAT ≥ 4.5":
    a second, bounded figure attached by "with" to a key result that has its own target. Returns
    the joiner's (start, end)."""
    s0, e0 = item.core_span
    found = list(_WITH.finditer(item.folded, s0, e0))
    for m, inside in zip(found, _bracket_depths(item, [m.start() for m in found]), strict=True):
        if inside:
            continue
        p = _first_figure(item, s0, m.start())
        if p is None:
            return None
        if (
            p.kind == "percent"
            and item.folded[m.start()] != ","
            and _SHARE_OF.match(item.folded, p.end, m.start())
        ):
            # "25% of students return with family within 3 months": the bar each counted one
            # meets, so one measure, the share that meets it (decision 1261)
            return None
        if item.folded.endswith("each", s0, m.start()) and _counts_items(item, s0, m.start()):
            return None  # "Open 3 new stores, each with monthly revenue above $500k" (1185)
        if (
            item.folded[m.start()] != ","
            and p.kind == "count"
            and (held := _HELD_BY_EACH.match(item.folded, m.end(), e0)) is not None
            and held.group("noun") not in _NOT_HELD_BY_EACH
        ):
            # "Sign 3 new hosts with audiences over 50k": what each one counted has, a bar
            # the count's things meet, so one measure, as "each with …" (decision 4510)
            return None
        q = _first_figure(item, m.end(), e0)
        if (
            q is not None
            and p.kind == "count"
            and item.folded[m.start()] != ","
            and _EACH_CLOSING.match(item.folded, q.end, e0)
        ):
            return None  # "12 new shippers with ≥5 loads booked each" (decision 4708)
        if (
            q is not None
            and q.start - m.end() <= _WITH_REACH
            and (
                (item.facts.bound(q) in ("min", "max") and not _sample_size(item, q.end, e0))
                # "rating 4.8+ with 150 new reviews": new ones to win, a second measure (574)
                or _NEW_AFTER.match(item.folded, q.end, e0) is not None
                # "Grow MAU to 50k with a retention of 40% at day 30": a measure named with its
                # own level after "with", a second measure (decision 5354)
                or _level_named_after_with(item, m.end(), q)
            )
        ):
            return m.start(), m.end()
        return None
    return None


_OF_LEVEL = re.compile(r"\s(?:of|at)\s(?:at least\s|over\s|above\s)?[~$€£]?$")


def _level_named_after_with(item, start: int, q) -> bool:
    """After "with": "a"/"an", a measure's name (coach/facts kpis) and "of" or "at" right before
    the figure ("with a retention of 40%", "with an NPS of 50", "with CSAT at 92%")."""
    for a, b, _n in item.facts.kpis:
        if start <= a and b <= q.start and _OF_LEVEL.fullmatch(item.folded, b, q.start):
            return bool(
                re.fullmatch(r"(?:an?\s|the\s)?(?:[a-z0-9-]+\s){0,2}", item.folded[start:a])
            )
    return False


# After the count that passes, a count of those reaching a higher grade (decision 4988): "10 of
# my 12 pupils pass the exam in June, at least 4 with Distinction", "18 of 20 candidates pass, 6
# with merit" — a second measure, as "with CSAT ≥ 4.5" is (decision 574).
_EN_HIGHER_GRADE = re.compile(
    r",\s+(?:and\s+)?(?:(?:at least|over|more than|no fewer than|including)\s+)?(?P<n>\d{1,5})\s+"
    r"(?:of (?:them|those)\s+)?with\s+(?:an?\s+)?(?:distinction|distinctions|merit|merits|honou?rs|"
    r"first|first-class|firsts|top marks|full marks|high distinction|grade\s+[a-z0-9*+]{1,3}|"
    r"[a-z0-9*+]{1,2}\s+grades?)\b"
)


def _higher_grade_counted(item) -> tuple[int, int] | None:
    """The count reaching a higher grade after the key result's own count (4988)."""
    s0, e0 = item.core_span
    m = _EN_HIGHER_GRADE.search(item.folded, s0, e0)
    if m is None or _first_figure(item, s0, m.start()) is None:
        return None
    return m.start(), m.start("n")


def _bracket_constraint(item) -> tuple[int, int] | None:
    """ "Signed contracts 95 → 140 (average system size ≥ 7.5 kW)": a bracket after the key
    result's own target that names another measure and bounds it (decision 4511). Returns the
    bracket's opening (start, end)."""
    s0, e0 = item.core_span
    folded = item.folded
    at = folded.find(" (", s0, e0)
    if at < 0:
        return None
    p = _first_figure(item, s0, at)
    if p is None:
        return None
    m = _BOUNDED_IN_BRACKET.match(folded, at + 2, e0) or _MOVED_IN_BRACKET.match(folded, at + 2, e0)
    if m is None or set(m.group("name").split()) & _NOT_A_SECOND_MEASURE:
        return None
    return at, at + 2


# A measure's name of one to five words, then a bound and its figure, in brackets (4511).
_BOUNDED_IN_BRACKET = re.compile(
    r"(?<![a-z-])(?P<name>[a-z][a-z-]*+(?: [a-z][a-z-]*+){0,4}) ?"
    r"(?:≥|>=|≤|<=|>|<|at least|at most|no less than|no more than|above|below|under|over)"
    r" ?[$£€]?\d[\d,.]*\s?(?:%|[a-z]{1,4})?\)"
)
# ... or a measure's name, then its own move from one figure to another: "(DPO 48 → 35)",
# "(arrears 12% → 5%)" after the key result's own target (decision 6433).
_MOVED_IN_BRACKET = re.compile(
    r"(?<![a-z-])(?P<name>[a-z][a-z-]*+(?: [a-z][a-z-]*+){0,4}) ?"
    r"[$£€]?\d[\d,.]*\s?(?:%|[a-z]{1,4})? ?(?:→|->|to) ?[$£€]?\d[\d,.]*\s?(?:%|[a-z]{1,4})?\)"
)
# A sample, a baseline, a comparison, an example, a share of the count, a time: no second
# measure.
_NOT_A_SECOND_MEASURE = frozenset(
    {"n", "sample", "responses", "respondents", "reviews", "ratings", "was", "from", "currently",
     "baseline", "vs", "versus", "up", "down", "last", "previously", "e.g", "eg", "incl",
     "including", "of", "each", "all", "target", "stretch", "goal", "plan", "today", "now",
     "year", "quarter", "month", "week", "term", "h1", "h2", "fy"}
)  # fmt: skip


def _sample_size(item, pos: int, end: int) -> bool:
    """The figure counts the answers a score rests on ("with at least 100 reviews")."""
    m = _NAME_AFTER_EN.match(item.folded, pos, end)
    return m is not None and m.group(1) in word_set("kr_sample_nouns", "en")


# (`(?<![\s,]),?\s+with\s+` from its first character, a comma or a blank: scanned for in C;
# issue 13)
_WITH = re.compile(r"[\s,](?<![\s,][\s,])(?:(?<=,)\s+|(?<!,)\s*)with\s+", re.I)
# After "with": a plural noun each counted thing has, then its bar ("audiences over 50k",
# "existing budgets above $100k", "followings of at least 10k"; decision 4510).
_HELD_BY_EACH = re.compile(
    r"(?:(?:existing|current|active|monthly|weekly|yearly|annual|their|own|verified|paid)\s+){0,2}"
    # a size each one has, in the singular too (decision 4708): "with annual volume >1,000 loads"
    r"(?P<noun>[a-z][a-z-]+s|volume|size|capacity|budget|revenue|turnover|value|spend|following|"
    r"audience|headcount)\s+(?:of\s+)?(?:over|above|more than|at least|greater than|"
    r"exceeding|north of|[≥>]|\d)"
)
# A bar each counted one meets, said by "each" or "apiece" closing what "with" brings
# (decision 4708): "12 new shippers with ≥5 loads booked each".
_EACH_CLOSING = re.compile(r"[^,;]{0,30}?\b(?:each|apiece)\b[\s.]*$")
# Aggregates and answers are measures of their own or a sample: not what each one has.
_NOT_HELD_BY_EACH = frozenset(
    {"ratings", "reviews", "responses", "answers", "scores", "rates", "averages", "totals",
     "sales", "renewals", "referrals", "signups", "sign-ups", "orders", "bookings", "users",
     "customers", "members", "visits", "hours", "days", "weeks", "months", "minutes", "years"}
)  # fmt: skip
# After the figure "with" brings: things newly won, counted ("with 150 new reviews"), not the
# answers a score rests on ("with at least 100 reviews").
_NEW_AFTER = re.compile(r"\+?\s(?:new|more|additional|extra)\s[a-z]")
# A share of a group read up to "with": "90% of tickets resolved" (no comma before "with").
_SHARE_OF = re.compile(r"\s?of\s[^,;]*$")
_WITH_REACH = 30  # characters from "with" to its figure: "with an average deal size above $20k"


# A right-hand piece that only qualifies the left one: "for 90% of tests", "每次5公里", "各1家".
# English words whole: "attendance rate to 45%" does not open with "at" (decision 45).
_QUALIFIER = re.compile(
    r"(?:(?:for|of|in|at|per|with|each|every|across)\b|每|各|其中|含|包括)", re.I
)
# A right-hand piece that states a baseline or a comparison of the same measure.
_CONTEXT_ZH = re.compile(r"(?:较|比|相比|相较|同比|环比|当前|目前|现为|现在|基线|即|相当于)")
_CONTEXT_EN = re.compile(
    r"(?:up from|down from|from a baseline|vs\b|versus|compared|currently|today|baseline|"
    r"i\.e\.|e\.g\.|that is|which is)",
    re.I,
)


_NAME_EN = re.compile(r"[a-z][a-z0-9-]+")
_NAME_ZH = re.compile(r"[\u4e00-\u9fff]{2,}|[a-z][a-z0-9-]+")
_RANGE_BEFORE = re.compile(r"(?:\bbetween|介于|在)\s*$")


def _named_figure(item, s: int, e: int) -> bool:
    """The piece is a measure of its own: a target figure in digits after the name of what it
    measures ("win rate 30%", "老客复购率35%") — not a verb and its count ("Hire 5 engineers and
    2 designers"), a bare figure ("10 customers" after "between 5 and") or a word such as "all".
    In Chinese the name may follow the figure too ("3场线上分享、1场线下沙龙")."""
    q = _first_figure(item, s, e)
    if q is None:
        return False
    text = item.folded
    if _RANGE_BEFORE.search(text, max(s, q.start - 10), q.start):
        return False
    if item.language == "zh":
        m = _NAME_AFTER_ZH.match(text, q.end, e)
        if m is not None and "的" not in text[q.end : e]:
            return True  # not "3个城市、50家门店的试点": the list there qualifies 试点
        if _measure_before_zh(item, s, q.start):
            return True  # "回款率95%以上", "客诉≤3起": a measure jieba cuts into verbs
        if _PERCENTILE.search(text, s, q.start):
            return True  # "P95 延迟 < 2s": a percentile names a measure, as "p99 latency" (3911)
        if any(s <= a and b <= q.start for a, b, _ in item.facts.kpis if b - a >= 3):
            # "返工率降到8%以下", "返工率从20%降到10%": a measure the fact layer names before the
            # figure, though jieba cuts it into verbs ("返工" "率"; decision 4726)
            return True
        # A name before the figure is a word that is not a verb ("选定1家" names nothing).
        tokens = item.tokens
        i = bisect.bisect_left(tokens, s, key=lambda t: t.start)
        while i < len(tokens) and tokens[i].end <= q.start:
            t = tokens[i]
            if (
                not t.pos.startswith("v")
                and _NAME_ZH.fullmatch(t.text)
                and not _has_verb(item, t.start, t.end)
            ):
                return True
            if _latin_name_of(item, i, s, q.start):
                return True
            i += 1
        return False
    lead = text[s : q.start]
    for verbs in ("kr_result_verbs", "kr_task_verbs", "kr_activity_verbs"):
        for v in find_terms(lead, words(verbs, item.language), item.language):
            lead = lead[: v[0]] + " " * (v[1] - v[0]) + lead[v[1] :]
    return bool(_NAME_EN.search(lead))


# Between a Latin measure name in a Chinese key result and its target: a colon or a comparator,
# or the measure's start and an arrow ("ROI 1.5 → 2.0", "BMI：26 👉 22", decision 3080).
_LATIN_NAME_TO_TARGET = re.compile(
    r"[\s:：]*(?:[≥≤<>＜＞=]\s*)?"
    r"(?:\d[\d.,]*\s?(?:%|[a-z]{1,3}|[万亿千])?\s*(?:→|->|=>|⇒|👉)\s*)?"
)


def _latin_name_of(item, i: int, s: int, figure: int) -> bool:
    """The i-th token, a Latin acronym or word right before its figure, names the measure in a
    Chinese key result ("ROI 1.5 → 2.0", "NPS 30 → 45", "DAU 10 万 → 14 万", "BMI：26 👉 22"), as
    "腰围 90 → 80" does; not one letter ("v2"), nor the object of a verb before it ("适配 iOS 17",
    "上线 App 3.0": a product and its version)."""
    t = item.tokens[i]
    text = item.folded
    word = text[t.start : t.end]
    if not (
        len(word) >= 2
        and word.isascii()
        and word[0].isalpha()
        and _NAME_ZH.fullmatch(word) is not None
        and _LATIN_NAME_TO_TARGET.fullmatch(text, t.end, figure) is not None
    ):
        return False
    j = i - 1
    while j >= 0 and item.tokens[j].start >= s and not item.tokens[j].text.strip():
        j -= 1
    if j < 0 or item.tokens[j].start < s:
        return True
    prev = item.tokens[j]
    return not (prev.pos.startswith("v") or _has_verb(item, prev.start, prev.end))


# Between a Chinese measure's name and its figure: a comparator or a linking verb only.
_ZH_TO_FIGURE = re.compile(
    r"(?:不?(?:低于|高于|超过|少于|多于|小于|大于)|达到|达|为|在|至|到|[≥≤<>＜＞=:：~～\s])*"
)


def _measure_before_zh(item, s: int, figure: int) -> bool:
    """A named measure or a count of bad events ends right before the figure, inside the piece
    (decision 118): "回款率95%以上", "毛利率不低于30%", "客诉≤3起"."""
    names = [(a, b) for a, b, _ in item.facts.kpis]
    names += [(a, b) for a, b, _ in find_terms(item.folded, _bad_terms(), "zh")]
    return any(
        s <= a and b <= figure and _ZH_TO_FIGURE.fullmatch(item.folded, b, figure) for a, b in names
    )


# A piece that says a bad event does not happen: "零投诉", "不挂科", "全年无安全事故",
# "不出现批量质量问题" (decision 237).
_ZH_NO_BAD = re.compile(
    r"(?:全年|全季度?|本季度|本月|本年度?|本学期|年内|期间|全程)?(?:零|无|不再?|没有|杜绝)(?:出现|发生)?"
    r"(?:任何|一起|一例|一次)?"
)


# The bad event named first, then held at none: "投诉为零", "差评为0", "缺课次数保持为零" (decision 5668).
_ZH_BAD_AT_ZERO = re.compile(
    r"(?P<what>[\u4e00-\u9fffA-Za-z]{1,10}?)(?:的?(?:次数|数量|件数|起数|人次|数))?\s?"
    r"(?:为|是|保持为|保持在|控制为|降为|降到|实现)?\s?(?:零|0)\s?(?:次|起|件|例|单|条|个|人次)?"
    r"[。.；;]?\s{0,4}"
)


def _zh_bad_at_zero(item, s: int, e: int) -> bool:
    """The piece names a bad event, then holds it at none ("差评为零"; decision 5668)."""
    m = _ZH_BAD_AT_ZERO.fullmatch(item.folded, s, e)
    if m is None:
        return False
    what = m.group("what")
    return any(what.endswith(t) for t in _bad_terms())


def _zh_no_bad_event(item, s: int, e: int) -> bool:
    """The piece only says that a bad event does not happen, with no figure of its own."""
    text = item.folded
    start = s
    while start < e and text[start].isspace():
        start += 1
    if _zh_bad_at_zero(item, start, e):
        return True
    m = _ZH_NO_BAD.match(text, start, e)
    if m is None or m.end() == start or _has_number(item, m.end(), e):
        return False
    rest = item.folded[m.end() : e].strip()
    return 0 < len(rest) <= 10 and any(rest.endswith(t) or rest.startswith(t) for t in _bad_terms())


# "zero hotfixes", "0 P1 incidents", "no escalations": a zero of bad events, nothing after it
# but a scope of two words at most (decision 2419).
_EN_NO_BAD = re.compile(r"(?:zero|0|no)\s(?P<what>[a-z0-9][a-z0-9 -]{1,40}?)\s*(?:[.;]\s*)?$")


def _en_no_bad_event(item, s: int, e: int) -> bool:
    """The English piece only says that a bad event does not happen ("zero hotfixes")."""
    m = _EN_NO_BAD.match(item.folded[s:e].strip())
    if m is None:
        return False
    what = m.group("what")
    return any(what == t or what.endswith(" " + t) for t in _bad_terms_en())


@cache
def _bad_terms_en() -> tuple[str, ...]:
    return longest_first(words("kr_negative_terms", "en"))


@cache
def _bad_terms() -> tuple[str, ...]:
    return longest_first(words("kr_negative_terms", "zh"))


def _first_figure(item, s: int, e: int):
    # a multiple in words is a figure too ("退货率下降一半", "Double the sign-ups"; decision 1990)
    qs = [
        q
        for q in item.facts.quantities_in(s, e)
        if q.is_target and (q.form == "digits" or q.kind == "multiple")
    ]
    return qs[0] if qs else None


# A percentile's label before a figure: "P95 延迟", "TP99响应时间" (decision 3911).
_PERCENTILE = re.compile(r"(?<![a-z0-9])t?p\d{2}(?:\.\d{1,2})?(?![0-9])")
# After a Chinese figure: its measure word, then the name of what is counted ("场线下沙龙").
_NAME_AFTER_ZH = re.compile(
    r"\+?\s?[个家次篇条位名人项款期场轮台套份本门节堂场支首]?"
    r"(?!以上|以内|以下|左右|之间|之内|以后|之前|以前|天内|周内|月内|年内|小时|分钟)"
    r"[\u4e00-\u9fff]{2}"
)
# After an English figure: "of" and the thing counted ("30 mins of piano", "95% of tickets").
# Emphasis closing on the figure or opening on the name ("**40** new members", "*2* regulator
# sign-offs") is markup, not a word between them (decision 4341).
_NAME_AFTER_EN = re.compile(r"\+?(?:\*{1,2}|_{1,2})?\s(?:of\s)?(?:\*{1,2}|_{1,2})?([a-z][a-z-]+)")
_NOT_NAME_EN = frozenset(
    ("them", "these", "those", "which", "it", "in", "at", "for", "per", "by", "to", "from",
     "within", "each", "or", "and", "the", "a", "an", "on", "with", "than", "more", "less")
)  # fmt: skip


def _nominal_measure(item, s: int, e: int) -> bool:
    """An English piece that is a measure with no verb before it: a figure and the thing it
    counts or the name of what it measures ("30 mins of piano", "95% of escalations closed …",
    "win rate 30%") — not "2 designers" after "Hire 5 engineers and" (the left starts with a
    verb then, and this is not asked)."""
    if _starts_with_verb(item, s, e) or _lead_lemma(item, s, e) in verb_classes("en"):
        return False
    q = _first_figure(item, s, e)
    if q is None:
        return False
    m = _NAME_AFTER_EN.match(item.folded, q.end, e)
    if m is not None and m.group(1) not in _NOT_NAME_EN:
        return True
    return _named_figure(item, s, e)


_EN_WORD = re.compile(r"[a-z]+")
_EN_STATE = frozenset(("live", "done", "ready", "available", "complete", "in place"))


def _figures_then_names(item, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Each piece closes on a figure and then a measure's name (coach/facts kpis), the two
    names differ, and the right piece is nothing else: "Hit $2M ARR, 110% NRR", "Deliver 40 NPS,
    92% CSAT" (decision 5354). "$1.2M bookings, 60% of it from renewals" (a part) is not."""
    rtext = item.folded[right[0] : right[1]].strip()
    if not _FIGURE_FIRST.match(rtext):
        return False
    p, q = _first_figure(item, *left), _first_figure(item, *right)
    if p is None or q is None:
        return False

    def name_after(fig, end: int) -> str | None:
        gap = item.folded[fig.end : end]
        for a, b, n in item.facts.kpis:
            if fig.end <= a and b <= end and len(gap[: a - fig.end].split()) <= 1:
                tail = item.folded[b:end].strip(" .;,")
                return n if not tail else None
        return None

    first, second = name_after(p, left[1]), name_after(q, right[1])
    return first is not None and second is not None and first != second


_EN_ONE_WORD_THEN = re.compile(r"\s{0,3}[a-z]{3,15} (?=\d)")


def _word_then_count(item, s: int, e: int) -> bool:
    """The piece opens with one lowercase word and then its figure, a count of a thing named
    after it: "Log 300 volunteer hours", "Field 60 demo requests" — an imperative whatever its
    verb, as a measure's name stands alone before its figure ("Pipeline $4M") and no lowercase
    word before a count but a verb does (decision 5340)."""
    m = _EN_ONE_WORD_THEN.match(item.folded, s, e)
    if m is None:
        return False
    if any(a <= m.end() - 2 < b for a, b, _n in item.facts.kpis):
        return False  # "Revenue 40k": a measure named before its figure
    q = _first_figure(item, s, e)
    return q is not None and q.start == m.end() and q.kind == "count" and q.unit is not None


# A degree adverb before the first move: "Greatly raise …", "Significantly cut …" (6431).
_EN_DEGREE_LEAD = re.compile(
    r"\s{0,3}(?:greatly|significantly|substantially|sharply|markedly|dramatically|steadily|"
    r"further|noticeably|considerably|massively|drastically)\s{1,3}"
)


def _past_degree(item, s: int, e: int) -> int:
    """Where the first piece's verb starts, past a leading degree adverb (decision 6431)."""
    m = _EN_DEGREE_LEAD.match(item.folded, s, e)
    return m.end() if m else s


# A Chinese piece opened by a move, past a degree or a hedge word: "大幅提升住客满意度",
# "同时降低能耗成本"; the verb's object after it, two characters or more (decision 6431).
_ZH_MOVE_PIECE = re.compile(
    r"\s{0,2}(?:同时|并且|并|且)?\s{0,2}"
    r"(?:大幅|明显|显著|持续|稳步|进一步|全面|有效|尽量|努力|力争|争取|切实|逐步)?"
    r"(?P<v>提升|提高|增加|增长|扩大|改善|降低|减少|缩短|压缩|压降|下降|减轻)"
    r"(?P<o>[\u4e00-\u9fffA-Za-z]{2,14})\s{0,2}[。.！!]?\s{0,2}$"
)


# The same piece said subject first, the measure then its move: "差评减少", "同时复购率提升",
# "客单价有明显提高" (decision 6841).
_ZH_MOVED_PIECE = re.compile(
    r"\s{0,2}(?:同时|并且|并|且)?\s{0,2}"
    r"(?P<o>[\u4e00-\u9fffA-Za-z]{2,14}?)"
    r"(?:要|也|有所|有|得到|大幅|明显|显著|持续|稳步|进一步|逐步|较大|一定){0,3}"
    r"(?P<v>提升|提高|增加|增长|扩大|改善|降低|减少|缩短|下降|减轻|上升)"
    r"\s{0,2}[。.！!]?\s{0,2}$"
)


def _zh_move_piece(item, span: tuple[int, int]) -> re.Match[str] | None:
    s, e = span
    # a bracket closing the key result is its note (an owner, a date), not part of the move:
    # "同时提高复诊率（负责人：王芳，6月底前）" (decision 6669)
    if (b := _ZH_CLOSING_NOTE.search(item.folded, s, e)) is not None and b.start() > s:
        e = b.start()
    return _ZH_MOVE_PIECE.fullmatch(item.folded, s, e) or _ZH_MOVED_PIECE.fullmatch(
        item.folded, s, e
    )


def _zh_number_before_note(item, span: tuple[int, int]) -> bool:
    """Whether the piece has a figure before a bracket that closes it (its note: an owner, a
    date): "同时提高复诊率（王芳，6月底前）" has none (decision 6669)."""
    s, e = span
    if (b := _ZH_CLOSING_NOTE.search(item.folded, s, e)) is not None and b.start() > s:
        e = b.start()
    return _has_number(item, s, e)


_ZH_CLOSING_NOTE = re.compile(r"\s?[（(][^（）()\n]{1,30}[）)]\s*$")
# A second measure named and set to its level with no verb of its own after a first moved from
# one figure to another: "卧推从80kg到100kg，深蹲到140kg", "营收从100万到150万，毛利到30万"
# (decision 6669)
_ZH_FROM_TO = re.compile(r"(?:从|由)\s?\d[^，,；;]{0,12}?(?:到|至)\s?\d")
_ZH_NOUN_TO_FIGURE = re.compile(
    r"(?!其中|同比|环比|较|比)[\u4e00-\u9fffA-Za-z]{2,10}?\s?(?:(?:从|由)\s?\d[\d.]*\s?[^\d\s，,]{0,4}?\s?)?"
    r"(?:到|至|达到)\s?\d"
)


def _zh_two_moves(item, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Two Chinese pieces, each a move of its own object with no figure ("提升住客满意度" /
    "降低能耗成本", or subject first: "差评减少" / "复购率提升"): two measures, two key results
    (decisions 6431, 6841, the twin of 6035). Not when the two objects are one ("提升并保持满意度"
    leaves the first piece with no object)."""
    a = _zh_move_piece(item, left)
    b = _zh_move_piece(item, right)
    return a is not None and b is not None and a["o"] != b["o"]


def _lead_lemma(item, s: int, e: int) -> str:
    m = _EN_WORD.match(item.folded, s + len(item.folded[s:e]) - len(item.folded[s:e].lstrip()))
    return lemma_en(m.group()) if m else ""


def _predicate_after(item, s: int, e: int) -> bool:
    """A verb after the piece's figure and its subject: "12 partners use it", "at least 1 ships
    to production", "95% of escalations closed within a week" — a statement of its own."""
    q = _first_figure(item, s, e)
    return q is not None and _has_predicate(item, q.end, e)


def _has_predicate(item, s: int, e: int) -> bool:
    """A predicate in [s, e) after its first word: a participle or a verb in -s the verb lexicon
    knows, a state word ("live", "ready"), or a verb of `kr_clause_verbs` ("use", "exist")."""
    table = verb_classes("en")
    clause = words("kr_clause_verbs", "en")
    for i, m in enumerate(_EN_WORD.finditer(item.folded, s, e)):
        if i > 12:
            return False
        word = m.group()
        if word in _EN_STATE or word in clause:
            return True
        lemma = lemma_en(word)
        if lemma == word or lemma not in table:
            continue
        if word.endswith("ed") or (i > 0 and word.endswith("s")):
            return True
    return False


RULE = KrCompound()

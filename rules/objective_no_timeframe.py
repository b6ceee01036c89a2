"""objective-no-timeframe: no time limit in the objective, its key results or the whole set."""

from __future__ import annotations

import re

from coach.draft import Draft, Item
from coach.rule_api import Example, Fix, Hit, LocalEdit, Rule
from rules._draft_structure import named_year_span, names_cycle, untimed, year_note_on

_PLACEHOLDER = {"zh": "[日期]", "en": "[date]"}

# Two key results with their owners and no dates (decision 580: a good example tried shows no
# finding once its objective or the set names the cycle).
_ZH_CONTEXT = (
    "目标：{item}\n关键结果1：新签企业客户20家（负责人：王芳）\n"
    "关键结果2：企业客户收入从300万元提升到500万元（负责人：李明）"
)
_EN_CONTEXT = (
    "Objective: {item}\nKR1: Sign 20 new enterprise customers (owner: Alice)\n"
    "KR2: Grow enterprise revenue from $3M to $5M (owner: Ben)"
)


class ObjectiveNoTimeframe(Rule):
    """What it does: flags an objective when no time limit is given anywhere for it: not in its
    own wording ("本季度", "by end of Q3"), not in any of its key results, and not for the whole
    set (a title or heading such as "# Q3 2026 OKRs" or "2026年第三季度OKR").

    Why is this bad? The seed's second principle for objectives: 目标要有时间期限. OKRs run in
    short cycles, usually a quarter (以季度为周期); an objective with no end date cannot be
    graded, and it drifts into a standing wish.

    Use instead: say when the objective ends ("本季度…", "… by end of Q3"), or put the cycle in
    the title of the set. The fix inserts a [日期]/[date] placeholder.
    """

    id = "objective-no-timeframe"
    target = "objective"
    severity = "warning"
    category = "time"
    issue_type = "omission"
    fix = "always"
    similar_examples = False
    model_label = None
    principle = {
        "zh": "目标要有时间期限；以季度为周期",
        "en": "An objective has a time limit, usually a quarter",
    }
    message = {
        "zh": "这个目标没有时间期限{why}。",
        "en": "This objective has no time limit{why}.",
    }
    explanation = {
        "zh": "目标要有时间期限。OKR通常以季度为周期：写明在哪个季度或哪个日期前完成，"
        "到期才能评分和复盘。可以写在目标里（如“本季度……”），也可以写在整套OKR的标题里。",
        "en": "An objective needs a time limit. OKRs usually run for a quarter: say by when the "
        "objective should be reached so that it can be graded at the end of the cycle. Put it in "
        "the objective (“… by end of Q3”) or in the title of the set (“Q3 2026 OKRs”).",
    }
    examples = (
        Example("zh", "«提升品牌影响力»", True, context=_ZH_CONTEXT),
        Example("zh", "«拿下华东市场！»", True, context=_ZH_CONTEXT),
        Example(
            "zh",
            "«让客户爱上我们的服务»",
            True,
            context="目标：{item}\n关键结果1：NPS从30提升到45\n关键结果2：投诉率降低至1%",
        ),
        Example("zh", "本季度拿下华东市场", False, context=_ZH_CONTEXT),
        Example("zh", "拿下华东市场", False, context="# 2026年第三季度OKR\n" + _ZH_CONTEXT),
        Example(
            "zh",
            "提高品牌认可度和知名度",
            False,
            context="公司OKRs目标: {item}\n关键结果1：增加20%的社交媒体互动量\n"
            "关键结果2：9月1日前推出客户推荐计划",
        ),
        Example("en", "«Win the enterprise market»", True, context=_EN_CONTEXT),
        Example("en", "«Delight our customers»", True, context=_EN_CONTEXT),
        Example(
            "en",
            "«Build a world-class onboarding experience»",
            True,
            context="O: {item}\n- Time to first value under 10 minutes\n- Activation rate 60%",
        ),
        Example("en", "Win the enterprise market by end of Q3", False, context=_EN_CONTEXT),
        Example("en", "Win the enterprise market", False, context="# Q3 2026 OKRs\n" + _EN_CONTEXT),
        Example(
            "en",
            "Delight our customers",
            False,
            context="Objective: {item}\nKR1: Raise NPS from 30 to 45 by September 30 (owner: Alice)\n"
            "KR2: Repeat purchases from 20% to 30% by September 30 (owner: Ben)",
        ),
        Example(
            "zh",
            "«二班做全厂最好的班组»",
            True,
            context=(
                "## 公司OKR（2025年Q4）\nO：冲刺年度产值\n- KR：Q4产值1.4亿\n\n"
                "## 二班班组OKR\nO：{item}\n- 二班：一次合格率98.5%"
            ),
            note="decision 17",
        ),
        Example(
            "zh",
            "成为大学生宿舍冰箱里的常驻饮料",
            False,
            context="校园市场 · 2025秋季学期（9月-12月）OKR\n\nO1 {item}\n  KR1 覆盖高校从20所到60所（王芳）\n"
            "  KR2 宿舍复购率从15%提升到30%（李明）",
            note="decision 15: a school term bounds the set",
        ),
        Example(
            "en",
            "«Delight our customers»",
            True,
            context="# 2025 OKRs\nObjective: {item}\nKR1: Raise NPS from 30 to 45 (owner: Bob)",
            note="decision 16",
        ),
        Example(
            "en",
            "Make peak the smoothest we have ever run",
            False,
            context="Peak 2024 readiness — Lee\nObjective: {item}\n1. Overtime under 12% of hours\n"
            "2. Orders shipped same day from 85% to 97%",
            note="decision 15: an event bounds the set",
        ),
        Example(
            "en",
            "Win the regional league",
            False,
            context="Esports team — Split 2 OKRs (coach: @kenji)\nObjective: {item}\n"
            "- Win 70% of scrims\n- Team mood survey avg ≥ 4/5",
            note="a numbered split is the set's cycle (decision 1441)",
        ),
    )

    def check(self, item: Item, draft: Draft) -> list[Hit]:
        if not untimed(item, draft):
            return []
        if names_cycle(item) and not _ZH_RECURRING_OUTPUT.search(item.plain):
            # "打破部门季度销售纪录", "提升季度销售额": the quarter is the measure's window, as it
            # is for a key result (PRINCIPLES.md "Deadline"; decision 930)
            return []
        note = year_note_on(item, draft)
        this_year = _THIS_YEAR[item.language].search(item.plain, *item.core_span)
        if note is None and this_year is not None:
            # "this year" is there: the message names it, not "none in the objective" (5421)
            why = {k: v.format(year=this_year.group()) for k, v in _WHOLE_YEAR.items()}
            return [Hit(args={"why": why}, fixes=[_fix(item)])]
        if note is None:
            return [Hit(args={"why": _NOWHERE}, fixes=[_fix(item)])]
        said, on = note
        why = {k: v.format(year=said) for k, v in _WHOLE_YEAR.items()}
        # the set's year: said once, on its first objective
        once = (on, self.id) if on != item.id else None
        return [Hit(args={"why": why}, fixes=[_fix(item)], said_on=once)]


_NOWHERE = {
    "zh": "（目标、关键结果和整套OKR的标题都没有给出）",
    "en": " (none in the objective, its key results or the title of the set)",
}
# A named year is the objective's or its set's only time frame (decision 496): a horizon, not
# a cycle (decision 16), said as such rather than as "none anywhere".
_WHOLE_YEAR = {
    "zh": "：“{year}”是一整年，只是时间范围，不是OKR的周期（通常是一个季度）；写明在哪个季度完成",
    "en": ": “{year}” is a whole year, a horizon rather than an OKR cycle (usually a quarter); "
    "say which quarter it is for",
}


# "季度复盘报告", "季度例会": a thing made or held every quarter, a cadence, not the window of a
# measure (decision 930; decision 627 in English).
_ZH_RECURRING_OUTPUT = re.compile(
    r"季度(?:复盘|总结|工作|经营|业务)?(?:报告|会议?|例会|复盘|总结|述职|评审|汇报|考核|调研|问卷)"
)
# A Chinese objective that opens with an open-ended effort ("进一步加强费用管控", "持续提升服务质量").
_ZH_OPEN_VERB = re.compile(
    r"(?:进一步|持续|不断|稳步|全面|大力|继续)?"
    r"(?:加强|强化|提升|提高|改善|优化|完善|推进|推动|深化|加快|夯实|规范|健全|做好|抓好)"
)
# Words that already give a Chinese objective a whole year as its window ("全年零事故").
_ZH_WHOLE_YEAR = re.compile(r"全年|整年|全年度|年度")
# A bare topic of two to four characters ("英语", "技术成长", "员工技能").
_ZH_BARE_TOPIC = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,4}")
# The year said without its number: "this year", "next year", "今年", "明年" (decision 5421).
_THIS_YEAR = {
    "en": re.compile(r"(?<![A-Za-z])(?:this|next) year(?![A-Za-z])", re.I),
    "zh": re.compile(r"今年|明年"),
}
_TIMELESS_EN = re.compile(r"\b(?:never|always|no longer|any ?more|ever)\b", re.I)
# A first word that is not a name or an acronym, lowered after "By [date], ".
_COMMON_FIRST = re.compile(r"[A-Z][a-z]+\b(?<!\bI)")


# Words that make an English objective a clause, not a noun phrase ("Customers love us").
_EN_CLAUSE_WORDS = re.compile(
    r"\b(?:is|are|am|be|been|become|becomes|was|were|has|have|had|can|will|would|should|must|"
    r"do|does|get|gets|feel|feels|love|loves|trust|trusts|know|knows|want|wants|choose|"
    r"chooses|stay|stays|never|always|no longer|let|lets|make|makes|keep|keeps)\b",
    re.I,
)


def _en_bare_noun_phrase(item: Item) -> bool:
    """Whether an English objective is a noun phrase with no verb ("happy customers",
    "World-class onboarding"), of up to eight words."""
    s, e = item.core_span
    words = item.plain[s:e].split()
    return (
        0 < len(words) <= 8
        and item.facts.shape.verb is None
        and not _EN_CLAUSE_WORDS.search(item.plain[s:e])
    )


def _fix(item: Item) -> Fix:
    """Chinese puts the time first ("在[日期]前，…"); English puts it last ("… by [date]")."""
    s, e = item.core_span
    if item.language == "zh" and _ZH_WHOLE_YEAR.search(item.plain, s, e):
        # "在[日期]前，安全生产，全年零事故" is incoherent: the wording already spans a whole year
        # and only lacks which one (a horizon, decision 16), so the rewrite asks for that year
        # as the cycle (blind read 11, rw-086; decision 373).
        end = e
        while end > s and item.plain[end - 1] in " \t。！!":
            end -= 1
        return Fix(
            edits=[LocalEdit(end, end, "（周期：[年份]1—12月）")],
            placeholders=["[年份]"],
            yields_to=("objective-is-metric",),
        )
    year = named_year_span(item.plain, item.language)
    if year is not None and s <= year[0] and year[1] <= e:
        # "… stay with us through 2027 by [date]", "在[日期]前，2027年让志愿者…": a second time frame
        # beside the year said to be too long; the rewrite asks which quarter of that year
        # ("through Q[N] 2027", "2027年第[N]季度"; decision 5421).
        edit = (
            LocalEdit(year[1], year[1] + 1, "年第[N]季度")
            if item.language == "zh" and item.plain[year[1] : year[1] + 1] == "年"
            else LocalEdit(year[0], year[0], "Q[N] ")
            if item.language == "en"
            else None
        )
        if edit is not None:
            return Fix(edits=[edit], placeholders=["[N]"], yields_to=("objective-is-metric",))
    this_year = _THIS_YEAR[item.language].search(item.plain, s, e)
    if this_year is not None:
        # "… share price this year by [date]", "在[日期]前，今年股价…": the year said without its
        # number takes the quarter the same way ("in Q[N] this year", "今年第[N]季度"; 5421)
        edit = (
            LocalEdit(this_year.end(), this_year.end(), "第[N]季度")
            if item.language == "zh"
            else LocalEdit(this_year.start(), this_year.start(), "in Q[N] ")
        )
        return Fix(edits=[edit], placeholders=["[N]"], yields_to=("objective-is-metric",))
    if item.language == "zh" and _ZH_OPEN_VERB.match(item.plain[s:e]):
        # "在[日期]前，进一步加强费用管控" reads badly: an open-ended effort has a period, not an
        # end date (blind read 5, decision 143).
        return Fix(
            edits=[LocalEdit(s, s, "[周期]内，")],
            placeholders=["[周期]"],
            yields_to=("objective-is-metric",),
        )
    if item.language == "zh" and _ZH_BARE_TOPIC.fullmatch(item.plain[s:e].strip()):
        # "在[日期]前，英语" is garbled: a bare topic takes the period as a tag, like a key
        # result's date (decision 143).
        end = e
        while end > s and item.plain[end - 1].isspace():
            end -= 1
        return Fix(
            edits=[LocalEdit(end, end, "（周期：[周期]）")],
            placeholders=["[周期]"],
            yields_to=("objective-is-metric",),
        )
    if item.language == "zh":
        edit = LocalEdit(s, s, "在[日期]前，")
    elif _en_bare_noun_phrase(item):
        # "happy customers by [date]" reads as a fragment (blind read 8): a noun phrase takes
        # its period as a heading's, before it ("[period]: happy customers").
        return Fix(
            edits=[LocalEdit(s, s, "[period]: ")],
            placeholders=["[period]"],
            yields_to=("objective-is-metric",),
        )
    elif _TIMELESS_EN.search(item.plain[s:e]):
        # "Customers never have to explain twice by [date]" reads as if the date ended the
        # never (blind read 4): a state that holds always or never takes its date first.
        first = item.plain[s : s + 1]
        lower = first.lower() if _COMMON_FIRST.match(item.plain[s:e]) else first
        return Fix(
            edits=[LocalEdit(s, s + 1, f"By [date], {lower}")],
            placeholders=[_PLACEHOLDER[item.language]],
            yields_to=("objective-is-metric",),
        )
    else:
        while e > s and item.plain[e - 1] in "!！?？":
            e -= 1  # "Win the market!" → "Win the market by [date]!"
        edit = LocalEdit(e, e, " by [date]")
    # A date on an objective that is only a metric would polish what objective-is-metric's
    # rewrite replaces ("Increase revenue by [date]").
    return Fix(
        edits=[edit],
        placeholders=[_PLACEHOLDER[item.language]],
        yields_to=("objective-is-metric",),
    )


RULE = ObjectiveNoTimeframe()

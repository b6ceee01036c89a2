"""kr-no-deadline: a key result with no timeframe anywhere around it."""

from __future__ import annotations

import re

from coach.draft import Item
from coach.rule_api import Example, Fix, Hit, LocalEdit, Rule
from rules._draft_structure import (
    CORE_FIXES,
    end_of_wording,
    is_empty,
    names_cycle,
    names_month,
    own_deadline,
    scope_deadline,
    year_horizon,
    year_note_on,
)


class KrNoDeadline(Rule):
    """What it does: flags a key result when neither it, its objective, nor the draft (a title
    such as "# Q3 OKRs") gives a timeframe.

    Why is this bad? A key result is time-bound: "以季度为周期". Without a date nobody can tell
    whether it is late, and a result with no deadline drifts to the next cycle.

    Use instead: a deadline on the key result ("9月1日前", "by end of Q3"), on its objective
    ("本季度…"), or once for the whole set in its title.
    """

    id = "kr-no-deadline"
    target = "kr"
    severity = "warning"
    category = "time"
    issue_type = "omission"
    fix = "sometimes"
    similar_examples = False
    model_label = None
    principle = {
        "zh": "关键结果要有时间期限：以季度为周期",
        "en": "Key results are time-bound: each has a deadline or a cycle",
    }
    message = {
        "zh": "这个关键结果没有截止时间{why}。",
        "en": "This key result has no deadline{why}.",
    }
    explanation = {
        "zh": "关键结果必须有时间限制，通常以季度为周期。没有截止时间，就无法判断进度是否落后，"
        "结果也容易拖到下一个周期。可在关键结果、目标或整套OKR的标题（如“2024年Q3 OKR”）中写明时间。",
        "en": "Key results are time-bound, usually to a quarter. Without a deadline nobody can "
        "tell whether it is late, and it drifts into the next cycle. Give a date on the key "
        "result, on its objective, or once in the title of the set (e.g. '# Q3 OKRs').",
    }
    examples = (
        Example(
            "zh",
            "«增加20%的社交媒体互动量»",
            True,
            context="公司OKRs目标: 提高品牌认可度和知名度\n关键结果1：{item}",
        ),
        Example(
            "zh",
            "«客户问题解决时间缩短至2天»",
            True,
            context="O: 提升客户满意度\nKR1：{item}",
        ),
        Example(
            "zh",
            "«华东区新签客户 20 家»",
            True,
            context="目标：拿下华东市场\n关键结果1：{item}\n关键结果2：9月30日前华东区收入达到 500 万元",
        ),
        Example(
            "zh",
            "9月1日前推出客户推荐计划",
            False,
            context="公司OKRs目标: 提高品牌认可度和知名度\n关键结果1：{item}",
        ),
        Example(
            "zh", "客户问题解决时间缩短至2天", False, context="O: 本季度提升客户满意度\nKR1：{item}"
        ),
        Example(
            "zh",
            "2026-27财年把应收账款周转天数压到45天",
            False,
            context="O: 让现金流更健康\nKR1：{item}",
        ),
        Example(
            "zh", "10 月底前门店自提占比到三成", False, context="O: 让到店自提成为习惯\nKR1：{item}"
        ),
        Example(
            "zh",
            "华东区新签客户 20 家",
            False,
            context="# 2024年Q3 OKR\n目标：拿下华东市场\n关键结果1：{item}",
        ),
        Example(
            "en",
            "«Raise NPS from 30 to 45»",
            True,
            context="Objective: Delight our customers\nKR1: {item}",
        ),
        Example(
            "en",
            "«Sign 5 enterprise customers»",
            True,
            context="O: Win the enterprise market\n- {item}\n- Reach $2M ARR by September 30",
        ),
        Example(
            "en",
            "«Cut p95 latency to 200 ms»",
            True,
            context="## Objective: Ship a faster app\nKR1: {item}",
        ),
        Example(
            "en",
            "Raise NPS from 30 to 45 by end of Q3",
            False,
            context="Objective: Delight our customers\nKR1: {item}",
        ),
        Example(
            "en",
            "Raise NPS from 30 to 45",
            False,
            context="Objective: Delight our customers this quarter\nKR1: {item}",
        ),
        Example(
            "en",
            "Cut p95 latency to 200 ms",
            False,
            context="# Q3 OKRs\n## Objective: Ship a faster app\nKR1: {item}",
        ),
        Example(
            "zh",
            "«二班一次合格率98.5%»",
            True,
            context=(
                "## 公司OKR（2025年Q4）\nO：冲刺年度产值\n- KR：Q4产值1.4亿\n\n"
                "## 二班班组OKR\nO：二班做全厂最好的班组\n- KR：{item}"
            ),
            note="decision 17: the company section's quarter does not cover the sibling section",
        ),
        Example(
            "zh",
            "旗舰店成交额3000万（去年1800万）",
            False,
            context="618大促 市场配合OKR\nO：冲进饮料类目TOP5\nKR1：{item}",
            note="decision 15: a sales event is the deadline",
        ),
        Example(
            "en",
            "10k users schedule a bill in the first month after launch",
            False,
            context="Objective: Launch bill pay\n- {item}",
            note="decision 15: an event used as the deadline",
        ),
        Example(
            "en",
            "Cut p95 latency to 200 ms",
            False,
            context="quick q3 okr brain dump\n\nO - ship a faster app\n- {item}",
            note="the first line, kept as prose, titles the set",
        ),
        Example(
            "en",
            "Lab report completion from 70% to 95%",
            False,
            context="Year 8 Chemistry — Term 2 OKRs\nObjective: Labs my class talks about\nKR1 {item}",
            note="decision 244: a numbered school term is a cycle",
        ),
        Example(
            "en",
            "«Lab report completion from 70% to 95%»",
            True,
            context="Long term 2 wishlist\nObjective: Labs my class talks about\nKR1 {item}",
            note="'long term' is no school term",
        ),
        Example(
            "en",
            "Team mood survey average of 4/5 or higher by end of split",
            False,
            context="Academy roster OKRs\nObjective: The most united roster in the league\nKR1 {item}",
            note="the split a team plays is its cycle (decision 1374)",
        ),
        Example(
            "en",
            "Overwinter survival of 90% by the end of the season",
            False,
            context="Apiary OKRs\nObjective: Our strongest colonies yet\nKR1 {item}",
            note="decision 1374",
        ),
        Example(
            "en",
            "«Sell strawberries in season at 3 markets»",
            True,
            context="Farm stand OKRs\nObjective: The stand everyone stops at\nKR1 {item}",
            note="'in season' says when fruit ripens, not a deadline (decision 1374)",
        ),
        Example(
            "en",
            "Sell 200 gift boxes before the move",
            False,
            context="Side shop OKRs\nObjective: The shop friends brag about\nKR1 {item}",
            note="an event raced is the deadline (decision 1442)",
        ),
        Example(
            "zh",
            "礼盒销量达到200盒，赶在搬家之前",
            False,
            context="小店OKR\n目标：做朋友们都夸的小店\n关键结果1：{item}",
            note="赶在…前 (decision 1442)",
        ),
        Example(
            "en",
            "«Answer 90% of calls before the third ring»",
            True,
            context="Front desk OKRs\nObjective: Callers feel welcome\nKR1 {item}",
            note="a condition on each call, no deadline (decision 1442)",
        ),
    )

    def check(self, item, draft):
        if is_empty(item) or own_deadline(item) or scope_deadline(item, draft):
            return []
        objective = item.objective
        if objective is not None and (own_deadline(objective) or names_month(objective)):
            return []
        if any(names_cycle(it) for it in (item, objective) if it is not None):
            return []
        why = _NOWHERE
        once: tuple[str, str] | None = None
        year = year_horizon(objective, draft) if objective is not None else None
        if objective is not None and year is not None:
            # "2027年OKR" over it, or "O：2027年国考上岸": that a year is no cycle is said once
            # (decision 496): on the objective when it has no time frame at all, else (another
            # key result's date times it) on its first undated key result.
            why = {k: v.format(year=year[0]) for k, v in _WHOLE_YEAR.items()}
            note = year_note_on(objective, draft)
            if note is not None:
                once = (note[1], "objective-no-timeframe")
            else:
                first = next(k for k in objective.key_results if _undated(k))
                once = (first.id, self.id) if first is not item else None
        if "[日期]" in item.text or "[date]" in item.text:
            # the placeholder is written: to fill in, not to add again (507)
            return [Hit(args={"why": why}, said_on=once)]
        end = end_of_wording(item)
        zh = item.language == "zh"
        if not zh:
            end = _before_aside(item.plain, end)
        text, placeholder = (
            ("（截止：[日期]）", "[日期]") if zh else (_en_date(item, end), "[date]")
        )
        edit = LocalEdit(end, end, text)
        if not zh and text == " by [date]":
            edit = _en_date_first(item, end) or edit
        # A task is not a key result: its rewrite replaces it with the outcome it serves, and an
        # owner or a date patched onto the task would only polish what the coach says to drop.
        # Nor is a change with no number ("improve docs"): its rewrite names the measure first.
        fix = Fix(
            edits=[edit],
            placeholders=[placeholder],
            yields_to=CORE_FIXES,
            rides=True,
        )
        return [Hit(args={"why": why}, fixes=[fix], said_on=once)]


_NOWHERE = {
    "zh": "，它的目标和整套OKR也没有给出时间范围",
    "en": ", and neither its objective nor the set gives a timeframe",
}
# A named year is the only time frame around it (decision 496): said once for the objective's
# undated key results.
_WHOLE_YEAR = {
    "zh": "：“{year}”是一整年，只是时间范围，不是OKR的周期；写明它在哪个季度或哪个日期前完成"
    "（这个目标下其他没写时间的关键结果也一样）",
    "en": ": “{year}” is a whole year, a horizon rather than an OKR cycle; say by which quarter "
    "or date it is due (the same goes for this objective's other undated key results)",
}


def _undated(kr: Item) -> bool:
    """Whether a key result gives no date or cycle of its own (kr-no-deadline may fire on it)."""
    return not (is_empty(kr) or own_deadline(kr) or names_cycle(kr))


# A habit kept up over the cycle ("Yoga every Friday", "1:1 with every CSM every week") runs
# until a date rather than being done by it.
_EN_RECURRING = re.compile(
    r"\b(?:every|each)\s+(?:other\s+)?(?:day|night|morning|evening|week|month|quarter|sprint|"
    r"shift|release|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday)s?\b"
    r"|\b(?:daily|nightly|weekly|bi-?weekly|fortnightly|monthly|quarterly|always)\b"
    r"|\b(?:per|a)\s+(?:day|week|month|sprint)\b|\b(?:once|twice)\s+a\b",
    re.I,
)


# A remark in brackets closing the wording ("… within 75 days of start (currently ~110)"): the
# date goes before it (blind read 7: "(currently ~110) by [date]" read as tacked on).
_EN_ASIDE_END = re.compile(r"\([^()]{1,60}\)\s*$")


def _before_aside(text: str, end: int) -> int:
    """Where an English date tag goes: before a bracketed remark that ends the wording, when
    wording stands before it; else `end`."""
    aside = _EN_ASIDE_END.search(text, 0, end)
    if aside is None or not text[: aside.start()].endswith(" "):
        return end
    before = text[: aside.start()].rstrip()
    return len(before) if re.search(r"[A-Za-z]", before) else end


# "0 lost-time injuries", "Zero Sev-1 incidents", "No missed payroll runs": a count of events
# kept at none holds over a window, not by a day (blind read 10: "… by [date]" read oddly).
_EN_NONE_OF = re.compile(r"(?:0|zero|no)\s+(?!later\b|more\b|less\b)[a-z]", re.I)


# A window the key result is measured in ("within 75 days of start", "in the first 90 days"):
# "by [date]" after it stacks two times (blind read 11: "in first 90 days by [date]").
_EN_WINDOW = re.compile(
    r"\b(?:within|in(?: the)?(?: first| last)?|over(?: the)?(?: first| last)?)\s+\d+\s*"
    r"(?:hours?|days?|weeks?|months?)\b",
    re.I,
)


def _en_date_first(item: Item, end: int) -> LocalEdit | None:
    """ "By [date], " before the wording when it holds a window of its own ("By [date], new AEs
    hit first closed-won within 75 days of start"; decision 368); None otherwise."""
    cs = item.core_span[0]
    if not _EN_WINDOW.search(item.plain, cs, end):
        return None
    first = item.text[cs : cs + 2]
    if not re.fullmatch(r"[A-Z][a-z]", first):
        return LocalEdit(cs, cs, "By [date], ")  # "AEs", "MQLs", "iOS" keep their case
    return LocalEdit(cs, cs + 1, "By [date], " + first[0].lower())


def _en_date(item: Item, end: int) -> str:
    """ " by [date]"; " through [date]" for a recurring habit or a zero of events; " no later
    than [date]" where the wording already ends on a "by" ("approved by HR")."""
    wording = item.plain[:end]
    if _EN_RECURRING.search(wording) or _EN_NONE_OF.match(wording.strip()):
        return " through [date]"
    if re.search(r"\bby\s+\S+(?:\s+\S+)?\s*$", wording, re.I):
        return " no later than [date]"
    return " by [date]"


RULE = KrNoDeadline()

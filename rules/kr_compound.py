"""kr-compound: two results in one key result."""

from __future__ import annotations

import re
from itertools import pairwise

from coach.rule_api import Example, Fix, Hit, LocalEdit, Rule
from coach.wordlists import find_terms, words
from rules._draft_structure import unnumbered_label
from rules._kr_common import cap_first

# Joiners between clauses. Strong ones join two things to do ("，并", "as well as"); weak ones
# also join the parts of a noun phrase ("Facebook和Twitter"), so they split a KR only when both
# sides carry their own result with its own number.
_STRONG_ZH = {"并", "并且", "同时", "以及", "且", "另外", "此外", "；", ";"}
_WEAK_ZH = {"，", ",", "、", "和", "及", "与"}
# A match may only start right after a non-space, so a long run of spaces is scanned once, not
# once per position (which made this pattern cubic on blank runs).
_EN_JOINERS = re.compile(
    r"(?<!\s)(?:\s*;|,?\s+(?:as well as|and also|while also|plus|while|and)\s+|\s*,\s*)",
    re.I,
)
_EN_STRONG = re.compile(r";|as well as|and also|while also|plus|while", re.I)
# The right side is the means or the purpose of the left, not a second result.
_MEANS_ZH = re.compile(r"^(?:来|以|从而|以便|使|让|进而|确保|保证|通过|用于)")
_MEANS_EN = re.compile(r"^(?:to|so|by|through|via|which|that|thereby|in order)\b", re.I)
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
        "zh": "这个关键结果包含两个结果，“{second}”可以单独写成一个关键结果。",
        "en": "This key result holds two results; “{second}” can be a key result of its own.",
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
        Example("zh", "在Facebook和Twitter上增加20%的粉丝数量", False),
        Example("zh", "每周跑步3次，每次5公里", False),
        Example("zh", "制定激励计划，覆盖至少70%以上人员", False),
        Example("zh", "优化回复流程，实现48小时回复", False),
        Example("zh", "华东和华南区新签客户共20家", False),
        Example("en", "Grow ARR to $2M and «cut churn to 3%»", True),
        Example("en", "Sign 10 new logos; «raise net revenue retention to 115%»", True),
        Example("en", "Increase revenue by 20% and «reduce support costs by 10%»", True),
        Example("en", "Hire 5 engineers as well as «onboard 2 designers»", True),
        Example("en", "Pipeline $4M and «win rate 30%»", True),
        Example("en", "Raise NPS for enterprise and SMB customers to 50", False),
        Example("en", "45 hires (30 eng, 8 GTM, 7 G&A)", False),
        Example("en", "Serve between 5 and 10 enterprise pilots", False),
        Example("en", "Hire 5 engineers and 2 designers", False),
        Example("en", "Reach 10,000 weekly active users and retain them for 30 days", False),
        Example("en", "Hold 3 webinars to generate 40 sales-qualified leads", False),
    )

    def check(self, item, draft):
        if _RESPECTIVELY.search(item.folded):
            return []
        chunks = _chunks(item)
        for (ls, le, _), (rs, re_, strong) in pairwise(chunks):
            if _is_split(item, (ls, le), (rs, re_), strong):
                return [self._hit(item, le, rs)]
        return []

    def _hit(self, item, left_end: int, right_start: int) -> Hit:
        end = item.core_span[1]
        ds = item.deadline_span
        if ds is not None and ds[0] > right_start and end - ds[1] <= 1:
            end = ds[0]  # a trailing deadline stays with the first KR
        while end > right_start and item.plain[end - 1] in " ，,。.;；":
            end -= 1
        second = item.text[right_start:end]
        new_text = cap_first(second) if item.language == "en" else second
        line = "\n" + _label(item) + new_text
        return Hit(
            span=(right_start, end),
            args={"second": second},
            fixes=[
                Fix(
                    edits=[LocalEdit(left_end, end, "")],
                    extra_edits=[(item.end, item.end, line)],
                    applicability="unsafe",
                    # Two tasks split apart are still tasks: the task's rewrite comes first.
                    yields_to=("kr-is-task", "kr-activity-count"),
                )
            ],
        )


def _label(item) -> str:
    """A label for the new KR line in the draft's own style, without a number (none invented)."""
    label = item.label.strip()
    plain = unnumbered_label(label, item.language)
    if plain is not None:
        return plain
    if label in {"-", "*", "•"}:
        return label + " "
    return "- "


def _chunks(item) -> list[tuple[int, int, bool]]:
    """Pieces of the KR between joiners: (start, end, joined to the previous one strongly)."""
    text = item.plain
    s0, e0 = item.core_span
    cuts: list[tuple[int, int, bool]] = []
    if item.language == "zh":
        for tok in item.tokens:
            if not (s0 <= tok.start < e0):
                continue
            if tok.text in _STRONG_ZH or tok.text in _WEAK_ZH:
                cuts.append((tok.start, tok.end, tok.text in _STRONG_ZH))
    else:
        for m in _EN_JOINERS.finditer(text, s0, e0):
            if m.end() > m.start():
                cuts.append((m.start(), m.end(), bool(_EN_STRONG.search(m.group()))))
    out: list[tuple[int, int, bool]] = []
    pos, strong = s0, False
    for cs, ce, st in cuts:
        while pos < cs and text[pos].isspace():
            pos += 1
        if cs > pos and text[pos:cs].strip():
            out.append((pos, cs, strong))
            strong = False
        strong = strong or st
        pos = ce
    while pos < e0 and text[pos].isspace():
        pos += 1
    if text[pos:e0].strip():
        out.append((pos, e0, strong))
    return out


def _has_number(item, s: int, e: int) -> bool:
    return any(q.role in ("target", "baseline") for q in item.facts.quantities_in(s, e))


def _has_verb(item, s: int, e: int) -> bool:
    for name in ("kr_result_verbs", "kr_task_verbs", "kr_activity_verbs"):
        if find_terms(item.folded[s:e], words(name, item.language), item.language):
            return True
    return False


def _starts_with_verb(item, s: int, e: int) -> bool:
    text = item.folded[s:e].lstrip()
    if item.language == "zh":
        text = re.sub(r"^(?:将|把)", "", text)
    for name in ("kr_result_verbs", "kr_task_verbs", "kr_activity_verbs"):
        for w in words(name, item.language):
            if text.startswith(w) and (
                item.language == "zh" or re.match(r"(?:s|es|ed|d|ing)?(?![a-z])", text[len(w) :])
            ):
                return True
    return False


def _is_split(item, left: tuple[int, int], right: tuple[int, int], strong: bool) -> bool:
    rtext = item.folded[right[0] : right[1]].lstrip()
    if (_MEANS_ZH if item.language == "zh" else _MEANS_EN).match(rtext):
        return False
    left_num, right_num = _has_number(item, *left), _has_number(item, *right)
    if item.language == "en":
        # An English clause starts with its verb; "2 designers" or "SMB customers" does not.
        complete_left = left_num and _has_verb(item, *left)
        complete_right = right_num and _starts_with_verb(item, *right)
    else:
        complete_left = left_num and _has_verb(item, *left)
        complete_right = right_num and _has_verb(item, *right)
    if complete_left and complete_right:
        return True
    if (
        not _QUALIFIER.match(rtext)
        and not _in_brackets(item, left[1])
        and _named_figure(item, *left)
        and _named_figure(item, *right)
    ):
        return True  # "Pipeline $4M and win rate 30%", "P0故障0次，P1故障≤2次"
    return strong and left_num and _starts_with_verb(item, *right)


# A right-hand piece that only qualifies the left one: "for 90% of tests", "每次5公里", "各1家".
_QUALIFIER = re.compile(r"(?:for|of|in|at|per|with|each|every|across|每|各|其中|含|包括)", re.I)


def _in_brackets(item, pos: int) -> bool:
    """A joiner inside brackets splits a breakdown ("45 hires (30 eng, 8 GTM)"), not the KR."""
    before = item.folded[item.core_span[0] : pos]
    return before.count("(") + before.count("（") > before.count(")") + before.count("）")


_NAME_EN = re.compile(r"[a-z][a-z0-9-]+")
_NAME_ZH = re.compile(r"[\u4e00-\u9fff]{2,}|[a-z][a-z0-9-]+")
_RANGE_BEFORE = re.compile(r"(?:\bbetween|介于|在)\s*$")


def _named_figure(item, s: int, e: int) -> bool:
    """The piece is a measure of its own: a target figure in digits after the name of what it
    measures ("win rate 30%", "老客复购率35%") — not a verb and its count ("Hire 5 engineers and
    2 designers"), a bare figure ("10 customers" after "between 5 and") or a word such as "all"."""
    qs = [q for q in item.facts.quantities_in(s, e) if q.is_target and q.form == "digits"]
    if not qs:
        return False
    q = qs[0]
    text = item.folded
    if _RANGE_BEFORE.search(text, max(s, q.start - 10), q.start):
        return False
    name = _NAME_ZH if item.language == "zh" else _NAME_EN
    lead = text[s : q.start]
    for verbs in ("kr_result_verbs", "kr_task_verbs", "kr_activity_verbs"):
        for v in find_terms(lead, words(verbs, item.language), item.language):
            lead = lead[: v[0]] + " " * (v[1] - v[0]) + lead[v[1] :]
    before = name.findall(lead)
    return bool(before)


RULE = KrCompound()

"""Small helpers shared by the key-result rules (kr-not-quantified, kr-is-task, …).

Everything works on `item.folded` (same length as the item's text), so any span found here is
an item-local span. The rules rely on their own reading of numbers rather than on
`item.metric` alone: a date ("by Sep 1") or a label ("Q3", "v2") is not a quantity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coach.draft import Draft, Item
from coach.rule_api import Fix, LocalEdit
from coach.wordlists import find_terms, mapping, words

# A clause ends at these (Chinese and Western punctuation; brackets hold asides).
CLAUSE_BREAK = "，,;；。:：!！?？（）()【】[]\n"

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_ZH_NUMERAL = re.compile(
    r"(?:百分之)?[零〇一二两三四五六七八九十百千万亿]+(?=[个名家次场篇位条项人倍成%万元期轮届节堂封份套本款种])"
)
# "一个" / "一份" / "一封" read as an article ("发一封邮件"), not as a target.
_ARTICLE_MEASURES = "个份套封项本款种名位"
_PLACEHOLDER = re.compile(
    r"\[(?:n|x|xx|目标值|数字|数值|数量|target|基线|baseline|value)\]|【n】|(?<![a-z])x{2,}(?![a-z])"
)


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float | None  # None for placeholders and words such as "all"


def terms(item: Item, name: str) -> list[tuple[int, int, str]]:
    """Occurrences of the word list `name` (in the item's language) in the item."""
    return find_terms(item.folded, words(name, item.language), item.language)


def mapping_terms(item: Item, name: str) -> list[tuple[int, int, str]]:
    """Occurrences of the keys of the mapping list `name` in the item."""
    keys = tuple(sorted(mapping(name, item.language), key=lambda k: (-len(k), k)))
    return find_terms(item.folded, keys, item.language)


def _in(span: tuple[int, int] | None, pos: int) -> bool:
    return span is not None and span[0] <= pos < span[1]


def _is_date_number(text: str, s: int, e: int) -> bool:
    """A number that is part of a date or a label (Q3, v2, 9月1日, Sep 1, 2025, 9/30)."""
    before = text[max(0, s - 12) : s]
    after = text[e : e + 14]
    if s > 0 and text[s - 1].isascii() and text[s - 1].isalpha():
        return True  # q3, h1, v2, fy24
    if re.match(r"\s*(?:月|日|号|年|季度)", after):
        return True
    if re.fullmatch(r"(?:19|20)\d\d", text[s:e]) and (
        re.match(r"\s*(?:年|[-/.]\d)", after)
        or re.search(r"(?:in|by|of|before|until|since|fy|,)\s*$", before)
        or not after.strip()
    ):
        return True  # a year, not "2000条"
    if re.search(rf"{_MONTH}\s*$", before) or re.match(rf"\s*(?:st|nd|rd|th)?\s+{_MONTH}", after):
        return True
    return bool(re.match(r"/\d{1,2}\b", after) and text[s:e] != "24")


def quantities(item: Item) -> list[Quantity]:
    """Numbers, numerals with measure words, quantity words and placeholders in the KR."""
    text = item.folded
    deadline = item.deadline_span
    bare_year = deadline is not None and re.fullmatch(r"\d{4}", text[slice(*deadline)].strip())
    if bare_year and not _is_date_number(text, *deadline):  # type: ignore[misc]
        deadline = None  # "用例数增加到2000条" is a count, not the year 2000
    out: list[Quantity] = []
    for m in _DIGITS.finditer(text):
        s, e = m.span()
        if _in(deadline, s) or _is_date_number(text, s, e):
            continue
        try:
            value: float | None = float(m.group().replace(",", ""))
        except ValueError:
            value = None
        out.append(Quantity(s, e, m.group(), value))
    if item.language == "zh" or re.search(r"[\u4e00-\u9fff]", text):
        for m in _ZH_NUMERAL.finditer(text):
            s, e = m.span()
            if _in(deadline, s):
                continue
            nxt = text[e : e + 1]
            value = 1.0 if m.group() == "一" else None
            if m.group() in {"一", "两"} and nxt in "个份套封项本款种名位次场":
                value = 1.0 if m.group() == "一" else 2.0
            out.append(Quantity(s, e, m.group(), value))
    found = terms(item, "kr_quantity_words")
    if item.language == "zh":
        bounds = _token_ends(item)
        found = [f for f in found if f[0] in bounds and f[1] in bounds]  # 零 but not 零售
    for s, e, t in found:
        if not _in(deadline, s):
            out.append(Quantity(s, e, t, 1.0 if t == "one" else None))
    for m in _PLACEHOLDER.finditer(text):
        out.append(Quantity(m.start(), m.end(), m.group(), None))
    out.sort(key=lambda q: q.start)
    return out


def is_article(item: Item, q: Quantity) -> bool:
    """'一封邮件', '一个计划', 'one email': a singular count that only names the thing."""
    if q.value != 1.0:
        return False
    if q.text == "一":
        return item.folded[q.end : q.end + 1] in _ARTICLE_MEASURES
    return q.text == "one"


def has_quantity(item: Item) -> bool:
    return bool(quantities(item))


def has_percent(item: Item) -> bool:
    return bool(re.search(r"%|百分之|percent|个百分点|\bpp\b|\bbps\b", item.folded))


def clauses(item: Item) -> list[tuple[int, int]]:
    """Spans of the clauses of the item's wording (split at punctuation), stripped."""
    text = item.plain
    out: list[tuple[int, int]] = []
    start = 0
    for i, ch in enumerate([*text, "\n"]):
        if ch in CLAUSE_BREAK:
            s, e = start, i
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                out.append((s, e))
            start = i + 1
    return out


def clause_of(item: Item, pos: int) -> tuple[int, int]:
    for s, e in clauses(item):
        if s <= pos < e:
            return s, e
    return item.core_span


def any_timeframe(item: Item, draft: Draft) -> bool:
    """The KR, its objective or the whole set gives a timeframe."""
    if item.deadline is not None:
        return True
    if item.objective is not None and item.objective.deadline is not None:
        return True
    return draft.timeframe is not None


# Leading words that set the scene before the verb: a time ("9月1日前，", "本季度", "By Q3,"),
# a frequency ("每月"), or a preposition phrase ("给潜在用户", "与合作伙伴").
_ZH_PREPOSITIONS = "给和与跟向为对同"
_ZH_LEAD_TIME = re.compile(
    r"^(?:(?:本|下|这个|每个?|今年)?(?:季度|月|周|年|半年|天|日)(?:内|底|末|度)?|在?[^，,]{0,10}?(?:前|之前|以前|内|期间)[，,]?)\s*"
)
_EN_LEAD = re.compile(
    r"^(?:(?:by|before|in|during|for|until|no later than|every|each)\s+[^,]{1,30},\s*|(?:this|next|each|every)\s+(?:quarter|month|week|year)[, ]\s*)"
)


def lead_position(item: Item) -> int:
    """Local offset where the KR's own wording (its verb) starts, after any scene-setting."""
    text = item.folded
    s, e = item.core_span
    pos = s
    ds = item.deadline_span
    if ds is not None and ds[0] <= pos + 1:
        pos = ds[1]
        while pos < e and (text[pos].isspace() or text[pos] in "，,：:"):
            pos += 1
    if item.language == "en":
        m = _EN_LEAD.match(text[pos:e])
        if m:
            pos += m.end()
        return pos
    m = _ZH_LEAD_TIME.match(text[pos:e])
    if m and m.end() > 0 and m.end() < e - pos:
        pos += m.end()
    for prefix in ("把", "将", "在"):
        if text.startswith(prefix, pos):
            return pos
    if text[pos : pos + 1] in _ZH_PREPOSITIONS:
        # "给潜在用户发一封邮件": the verb follows the preposition's object.
        _, ce = clause_of(item, pos)
        for tok in item.tokens:
            if pos < tok.start < ce and tok.pos.startswith("v"):
                return tok.start
    return pos


def _token_ends(item: Item) -> set[int]:
    return {t.end for t in item.tokens} | {t.start for t in item.tokens}


def lead_verb(item: Item, name: str) -> tuple[int, int, str] | None:
    """The word-list entry (`name`) the KR's wording starts with, as a local span."""
    pos = lead_position(item)
    text = item.folded
    bounds = _token_ends(item) if item.language == "zh" else set()
    for t in words(name, item.language):
        if not text.startswith(t, pos):
            continue
        end = pos + len(t)
        if item.language == "zh" and end not in bounds:
            continue  # "发" must not lead "发展"
        if item.language == "en" and end < len(text) and (text[end].isalnum()):
            # "sends" / "sending" also lead: accept a plain inflection of the verb.
            m = re.match(r"(?:s|es|ed|d|ing)(?![a-z])", text[end:])
            if not m:
                continue
            end += m.end()
        return pos, end, t
    return None


def cap_first(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


# -- activity counts ---------------------------------------------------------------------------

_EN_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "dozen": 12,
}
# Words that end an English noun phrase after a count ("4 webinars | for prospects").
_EN_NP_STOP = {
    "for", "per", "with", "to", "in", "on", "at", "by", "a", "an", "each", "every", "and",
    "that", "from", "among", "across", "of", "or", "which", "who", "so", "about", "between",
    "through", "into", "than", "within", "during", "this", "next", "the",
}  # fmt: skip
_ZH_COUNT_UNITS = "个名家次场篇位条期轮回趟届节堂封份本"


def counts(item: Item) -> list[Quantity]:
    """Quantities that count things (digits, numerals, number words, XX), not 'all'/'zero'."""
    out = []
    for q in quantities(item):
        numeric = q.value is not None or q.text in _EN_NUMBER_WORDS
        if numeric or re.fullmatch(
            r"x{2,}|\[[nx]\]|\[xx\]|[零〇一二两三四五六七八九十百千万亿]+", q.text
        ):
            out.append(q)
    return out


def _zh_unit_and_np(item: Item, q: Quantity) -> tuple[str, int, int]:
    """For a Chinese count: its measure word and the noun phrase after it (local span)."""
    text = item.folded
    pos = q.end
    while pos < len(text) and text[pos] == " ":
        pos += 1
    unit = text[pos : pos + 1] if text[pos : pos + 1] in _ZH_COUNT_UNITS else ""
    start = pos + len(unit)
    end = start
    while end < len(text) and text[end] not in CLAUSE_BREAK and text[end] not in "和并、及与":
        end += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return unit, start, end


def _en_np(item: Item, q: Quantity) -> tuple[int, int]:
    """The English noun phrase right after a count: '4 [sales webinars] for prospects'."""
    text = item.folded
    pos = q.end
    end = pos
    for m in re.finditer(r"\s*([a-z0-9][a-z0-9:'’-]*|&)", text[pos:]):
        if m.start() != end - pos:
            break
        word = m.group(1)
        if word in _EN_NP_STOP or (word.isdigit() and m.start() > 0):
            break
        end = pos + m.end()
    return q.end, end


def _ends_with_term(item: Item, start: int, end: int, name: str) -> bool:
    np = item.folded[start:end].strip()
    if not np:
        return False
    for t in words(name, item.language):
        if np.endswith(t) and (
            item.language == "zh" or len(np) == len(t) or not np[-len(t) - 1].isalnum()
        ):
            return True
    return False


def _verb_before(item: Item, name: str, lo: int, hi: int) -> tuple[int, int, str] | None:
    """The last word of list `name` in [lo, hi), on token boundaries for Chinese."""
    found = [t for t in terms(item, name) if lo <= t[0] and t[1] <= hi]
    if item.language == "zh":
        bounds = _token_ends(item)
        found = [t for t in found if t[0] in bounds and t[1] in bounds]
    return found[-1] if found else None


@dataclass(frozen=True)
class Activity:
    start: int
    end: int
    verb: str
    count: str


def activity_counts(item: Item) -> list[Activity]:
    """Counts of effort in the KR ("每月提供2次个人培训", "Hold 4 webinars per month").

    A count of events (次/场, "times"), or of pieces of effort (webinars, 文章, 电话), after an
    effort verb; or any count after a contact verb ("拜访50家客户", "Visit 50 customers").
    """
    out: list[Activity] = []
    text = item.folded
    for q in counts(item):
        if is_article(item, q):
            continue  # "发一封邮件" is a task, not a count of effort
        cs, _ = clause_of(item, q.start)
        before_lo = max(0, cs - 1) if item.language == "en" else 0
        contact = _verb_before(item, "kr_contact_verbs", before_lo, q.start)
        verb = _verb_before(item, "kr_activity_verbs", before_lo, q.start)
        if item.language == "zh":
            unit, ns, ne = _zh_unit_and_np(item, q)
            event = unit in words("kr_event_units", "zh")
            act_np = bool(unit) and _ends_with_term(item, ns, ne, "kr_activity_nouns")
            end = ne if (act_np or event) else ns
        else:
            ns, ne = _en_np(item, q)
            np_text = text[ns:ne]
            event = bool(re.match(r"\s*times?\b", np_text))
            act_np = _ends_with_term(item, ns, ne, "kr_activity_nouns")
            end = ne
            freq = find_terms(text[ne : ne + 20], words("kr_frequency_words", "en"), "en")
            if act_np and verb is None and freq and freq[0][0] <= 1:
                verb = (q.start, q.start, "")
        if contact is not None and (item.language == "en" or unit):
            out.append(Activity(contact[0], ne, contact[2], q.text))
        elif verb is not None and _names_a_metric(item, verb[1], clause_of(item, q.start)[1]):
            continue
        elif verb is not None and (event or act_np):
            out.append(Activity(verb[0] if verb[2] else q.start, end, verb[2], q.text))
    kept: list[Activity] = []
    for a in out:
        if kept and a.start < kept[-1].end:
            continue  # "Twitter每天8次，Facebook每天3次": one finding for one habit
        kept.append(a)
    return [a for a in kept if not _outcome_elsewhere(item, a)]


def _names_a_metric(item: Item, start: int, end: int) -> bool:
    """'发布频率从每月2次提升到每周3次': the effort verb names a measure that a result verb
    moves, so the count is a level of that measure, not a tally of effort."""
    between = item.folded[start:end]
    return bool(find_terms(between, words("kr_result_verbs", item.language), item.language))


def _outcome_elsewhere(item: Item, act: Activity) -> bool:
    """A result measured outside the activity: a %, money, or a count of customers, users …

    "举办3场沙龙，吸引500名客户参加" measures attendance; "通过每周发布3个答案，来获得15个粉丝"
    measures followers. Also when customers or users are the ones acting ("用户每周发帖3次").
    """
    text = item.folded
    outside = text[: act.start] + " " * (act.end - act.start) + text[act.end :]
    if re.search(r"%|百分之|percent|[$¥￥€£]|元|revenue|收入|营收|销售额", outside):
        return True
    nouns = words("kr_outcome_nouns", item.language)
    for q in counts(item):
        if act.start <= q.start < act.end:
            continue
        cs, ce = clause_of(item, q.start)
        if find_terms(text[q.start : ce], nouns, item.language):
            return True
    cs, _ = clause_of(item, act.start)
    subject = text[cs : act.start]
    return bool(find_terms(subject, nouns, item.language)) and not re.search(
        r"给|向|为|对|与|和|to|for|with", subject
    )


def rewrite_region(item: Item, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end) to replace with a rewrite, keeping a deadline in it.

    "每月提供2次个人培训" is replaced whole (the frequency goes with the activity); in
    "Publish 12 blog posts this quarter" the timeframe stays.
    """
    cs, ce = clause_of(item, start)
    cs, ce = min(cs, start), max(ce, end)
    ds = item.deadline_span
    if ds is not None and cs <= ds[0] < ce:
        if ds[1] <= start:
            cs = ds[1]
        elif ds[0] >= end or (ds[0] > start and ce - ds[1] <= 1):
            ce = ds[0]  # a trailing "by Sep 1" stays after the rewrite
    text = item.plain
    while cs < ce and (text[cs].isspace() or text[cs] in "，,：:"):
        cs += 1
    while ce > cs and (text[ce - 1].isspace() or text[ce - 1] in "，,"):
        ce -= 1
    return cs, ce


def append_measure(item: Item, yields_to: tuple[str, ...] = ()) -> Fix:
    """The fix that appends a measure with placeholders: "，[衡量指标]从[基线]提升到[目标值]",
    ": [metric] from [baseline] to [target]" (the measure's name is kept when the KR names one).
    """
    end = item.core_span[1]
    metric_named = bool(terms(item, "kr_outcome_nouns"))
    if item.language == "zh":
        down = re.search(r"降低|减少|缩短|下降|压缩", item.folded)
        verb = "降低到" if down else "提升到"
        text = (
            f"，从[基线]{verb}[目标值]" if metric_named else f"，[衡量指标]从[基线]{verb}[目标值]"
        )
        placeholders = ["[衡量指标]", "[基线]", "[目标值]"][0 if not metric_named else 1 :]
    else:
        text = (
            " from [baseline] to [target]"
            if metric_named
            else ": [metric] from [baseline] to [target]"
        )
        placeholders = ["[metric]", "[baseline]", "[target]"][0 if not metric_named else 1 :]
    return Fix(edits=[LocalEdit(end, end, text)], placeholders=placeholders, yields_to=yields_to)

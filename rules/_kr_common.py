"""What the key-result rules (kr-not-quantified, kr-is-task, kr-activity-count …) share.

Not a rule (the registry skips modules starting with '_'): helpers that derive more from an
item's facts (`item.facts`, coach.facts) — they read no numbers, clauses or times themselves.
Everything works on `item.folded` (same length as the item's text), so a span found here is an
item-local span. Per-item results are kept in `item.facts.memo`, so each runs once per item.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from coach.draft import Draft, Item
from coach.facts import Quantity
from coach.facts.bounds import bound
from coach.facts.owner import after_lead_label
from coach.facts.shape import EN_MEANS_LEAD, EN_TIMES_LEAD
from coach.wordlists import find_terms, longest_first, mapping, starting_at, word_set, words


def terms(item: Item, name: str) -> list[tuple[int, int, str]]:
    """Occurrences of the word list `name` (in the item's language) in the item."""
    return item.facts.terms(name)


def mapping_terms(item: Item, name: str) -> list[tuple[int, int, str]]:
    """Occurrences of the keys of the mapping list `name` in the item."""
    return item.facts.terms(name, mapping_list=True)


def quantities(item: Item) -> list[Quantity]:
    """The item's quantities that measure something (not labels such as "SOC 2", "v2")."""
    return [q for q in item.facts.quantities if q.kind != "label-number"]


def is_article(item: Item, q: Quantity) -> bool:
    """'一封邮件', '一个计划', 'one email': a number that only describes the thing."""
    return q.role == "descriptor"


def measurable(item: Item) -> bool:
    """The KR states a target: a number, a placeholder for one, or a word such as "all"; in a
    table, its target column may hold the number ("| KR1：月流失率 | 4.2% | ≤ 2.0% |": the metric
    coach.annotate reads from that cell, decision 413)."""
    return item.facts.measurable or (item.metric is not None and "target" in item.cells)


def clause_of(item: Item, pos: int) -> tuple[int, int]:
    """The clause around `pos` (the item's wording when `pos` is in no clause)."""
    return item.facts.clause_at(pos) or item.core_span


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
    r"^(?:(?:by|before|in|during|for|until|no later than|every|each)\s+[^,]{1,30},\s*|(?:this|next|each|every)\s+(?:quarter|month|week|year)[, ]\s*"
    rf"|{EN_MEANS_LEAD}|{EN_TIMES_LEAD})"
)


def lead_position(item: Item) -> int:
    """Local offset where the KR's own wording (its verb) starts, after any scene-setting.
    Read once per item (its facts' memo): a dozen rewrites and checks ask."""
    memo = item.facts.memo
    if "lead_position" not in memo:
        memo["lead_position"] = _lead_position(item)
    return memo["lead_position"]  # type: ignore[return-value]


def _lead_position(item: Item) -> int:
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


def _token_ends(item: Item) -> frozenset[int]:
    return item.facts.token_bounds


_INFLECTION = re.compile(r"(?:s|es|ed|d|ing)(?![a-z])")


def lead_verb(item: Item, name: str) -> tuple[int, int, str] | None:
    """The word-list entry (`name`) the KR's wording starts with, as a local span."""
    pos = lead_position(item)
    text = item.folded
    bounds = _token_ends(item) if item.language == "zh" else frozenset()
    for t in starting_at(words(name, item.language), text, pos):
        if not text.startswith(t, pos):
            continue
        end = pos + len(t)
        if item.language == "zh" and end not in bounds:
            continue  # "发" must not lead "发展"
        if item.language == "en" and end < len(text) and (text[end].isalnum()):
            # "sends" / "sending" also lead: accept a plain inflection of the verb.
            m = _INFLECTION.match(text, end)
            if not m:
                continue
            end = m.end()
        return pos, end, t
    return None


def cap_first(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


# -- activity counts ---------------------------------------------------------------------------

# Words that end an English noun phrase after a count ("4 webinars | for prospects").
_EN_NP_STOP = {
    "for", "per", "with", "to", "in", "on", "at", "by", "a", "an", "each", "every", "and",
    "that", "from", "among", "across", "of", "or", "which", "who", "so", "about", "between",
    "through", "into", "than", "within", "during", "this", "next", "the", "as",
}  # fmt: skip
# Words after the noun phrase that say how the effort is done, not what is counted: "Lead 4
# vendor negotiations end to end", "Run 3 payroll cycles solo" (decision 1839).
_EN_NP_HOW = frozenset(
    {"solo", "alone", "independently", "myself", "ourselves", "personally", "together"}
)
_EN_END_TO_END = re.compile(r"end(?: |-)to(?: |-)end\b")
# 户 and 所 count households and schools visited: "走访300户", "走访学校20所" (decision 758)
# 人次 counts each visit to each person: "入户随访800人次", "走访困难群众300人次" (decision 3307)
_ZH_COUNT_UNITS = frozenset({*"个名家次场篇位条期轮回趟届节堂封份本张件项户所通", "人次"})
# A noun phrase after a count is short: looking further would only cost time.
_NP_MAX_CHARS = 40
_NP_MAX_WORDS = 12
# A dash or a bar closes the phrase too: "每周更新 5 篇原创文章 —— 负责人：阿杰" (decision 2426).
_ZH_NP_STOPS = re.compile(r"[，,;；。:：!！?？()（）【】\[\]\n和并、及与—–|｜]")
# A quoted name is one word of the phrase: 'Run 6 "water confidence" taster sessions' counts
# sessions (uc14; decision 940).
_EN_NP_WORD = re.compile(r"(?<!\s)\s*([a-z0-9][a-z0-9:'’-]*|&|\"[^\"\n]{1,40}\"|“[^”\n]{1,40}”)")
_OUTCOME_SIGNS = re.compile(r"%|百分之|percent|[$¥￥€£]|元|revenue|收入|营收|销售额")
_SUBJECT_LINK = re.compile(r"给|向|为|对|与|和|to|for|with")


def counts(item: Item) -> list[Quantity]:
    """Quantities that count things (digits, numerals, number words, placeholders for a
    number): not words such as 'all' or 'zero', percentages, money or a frequency's period."""
    return [
        q
        for q in quantities(item)
        if q.form != "word"
        and q.kind not in ("percent", "money")
        and not (q.kind == "duration" and q.role in ("period", "descriptor"))
    ]


def _zh_unit_and_np(item: Item, q: Quantity) -> tuple[str, int, int]:
    """For a Chinese count: its measure word and the noun phrase after it (local span)."""
    text = item.folded
    unit = q.unit if q.unit is not None and q.unit in _ZH_COUNT_UNITS else ""
    start = q.end
    limit = min(len(text), start + _NP_MAX_CHARS)
    stop = _ZH_NP_STOPS.search(text, start, limit)
    end = stop.start() if stop else limit
    while end > start and text[end - 1].isspace():
        end -= 1
    return unit, start, end


def _en_np(item: Item, q: Quantity) -> tuple[int, int]:
    """The English noun phrase right after a count: '4 [sales webinars] for prospects'."""
    text = item.folded
    end = q.end
    first = True
    for _ in range(_NP_MAX_WORDS):
        m = _EN_NP_WORD.match(text, end)
        if m is None:
            break
        word = m.group(1)
        if word in _EN_NP_STOP or (word.isdigit() and not first):
            break
        if not first and (word in _EN_NP_HOW or _EN_END_TO_END.match(text, m.start(1))):
            break  # "Lead 4 vendor negotiations end to end", "… solo": how (decision 1839)
        end = m.end()
        first = False
    return q.end, end


# An evening, a morning or a night named by what happens in it ("open-house evenings", "parent
# mornings", "family quiz nights"): an event put on, counted on a cadence as "coffee mornings" are
# (decision 6285). Not a part of the day kept in a state ("free evenings", "late nights",
# "screen-free evenings"): those are the days themselves, not something held.
_EN_NAMED_PART_OF_DAY = re.compile(
    r"(?<![a-z])(?!(?:free|late|early|quiet|spare|whole|full|clear|dry|sober|busy|long|short"
    r"|good|bad|sleepless|restless|working|school|week|weekday|weekend)\s)"
    r"(?![a-z'-]{0,20}-free\s)[a-z][a-z'-]{1,20}\s(?:evening|morning|afternoon|night)s?\s{0,2}\Z"
)


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


# Before an English word: it is a noun here, not a verb ("on-call", "log a call", "the visit").
_EN_NOUN_BEFORE = re.compile(
    r"(?:-|\b(?:a|an|the|per|each|every|this|that|our|their|its|no|of)\s+)$"
)


def _bounded_terms(item: Item, name: str) -> list[tuple[int, int, str]]:
    """The list's occurrences; in Chinese only those on token boundaries at both ends; in
    English a verb list's entries only where they can be verbs (not after an article or inside
    a hyphenated word: "on-call", "log a call")."""
    key = ("bounded", name)
    found = item.facts.memo.get(key)
    if found is None:
        found = terms(item, name)
        if item.language == "zh":
            bounds = _token_ends(item)
            found = [t for t in found if t[0] in bounds and t[1] in bounds]
        elif name.endswith("_verbs"):
            text = item.folded
            found = [
                t
                for t in found
                if not _EN_NOUN_BEFORE.search(text, max(0, t[0] - 6), t[0])
                and not text.startswith("-", t[1])
            ]
        item.facts.memo[key] = found
    return found  # type: ignore[return-value]


def _past_lead_verb(item: Item, name: str, lo: int, hi: int) -> tuple[int, int, str] | None:
    """The key result's leading verb written in the past ("Delivered 4 workshops"), as its
    base form, when that form is in list `name` and stands in [lo, hi) (decision 2063)."""
    v = item.facts.shape.verb
    if v is None or v.position != "lead" or not (lo <= v.start and v.end <= hi):
        return None
    if item.folded[v.start : v.end] == v.word or v.word not in word_set(name, "en"):
        return None
    return v.start, v.end, v.word


def _verb_before(item: Item, name: str, lo: int, hi: int) -> tuple[int, int, str] | None:
    """The last word of list `name` in [lo, hi), on token boundaries for Chinese."""
    found = _bounded_terms(item, name)
    ends = item.facts.memo.get(("ends", name))
    if ends is None:
        ends = [t[1] for t in found]
        item.facts.memo[("ends", name)] = ends
    # The terms do not overlap, so starts and ends rise together: the last one ending by `hi`.
    i = bisect.bisect_right(ends, hi) - 1  # type: ignore[arg-type]
    if i >= 0 and found[i][0] >= lo:
        return found[i]
    return None


# "与 25 个 VCs 积极交涉讨论": "with" before the count, and a verb of meeting after it in the same
# clause (rules/data/zh/kr_meeting_verbs.txt).
_ZH_WITH_BEFORE = re.compile(r"(?:与|和|跟|同|找)\s?(?:至少|超过|不少于)?\s?$")


_ZH_SENTENCE_STOP = re.compile(r"[，,;；。！!？?\n]")


def _zh_met_with(item: Item, q: Quantity) -> tuple[int, int, str] | None:
    """A count of parties met ("与25家经销商洽谈"): the start of "与", the end of the meeting verb,
    and the verb; None when the count is not of parties met with. A note in brackets after the
    parties ("与25个VCs（风投公司）积极交涉") does not end the phrase; a comma does."""
    text = item.folded
    m = _ZH_WITH_BEFORE.search(text, max(0, q.start - 6), q.start)
    if m is None:
        return None
    stop = _ZH_SENTENCE_STOP.search(text, q.end)
    limit = stop.start() if stop else len(text)
    found = _met_verbs(item)
    # The terms do not overlap, so their starts rise: the first one at or after the count.
    i = bisect.bisect_left(found, (q.end,))
    if i < len(found) and found[i][1] <= limit:
        return m.start(), found[i][1], found[i][2]
    return None


def _met_verbs(item: Item) -> list[tuple[int, int, str]]:
    """The meeting verbs that end on a token boundary: jieba may glue the parties' last
    character to the verb ("和2家海外仓谈合作" cut "海外|仓谈|合作"), so the start may fall inside a
    word (decision 532); the "与 + count" before them bounds the reading."""
    key = ("met_verbs",)
    found = item.facts.memo.get(key)
    if found is None:
        ends = _token_ends(item)
        found = [t for t in terms(item, "kr_meeting_verbs") if t[1] in ends]
        item.facts.memo[key] = found
    return found  # type: ignore[return-value]


@dataclass(frozen=True)
class Activity:
    start: int
    end: int
    verb: str
    count: str


# "4 days out of 5", "9 out of 10 tickets": a count over a whole is a share (decision 3).
_OUT_OF = re.compile(r" ?out of ?\d")
_ONE_WORD = re.compile(r" ?[a-z]{1,20}(?![a-z])")


# "9 in 10 rehearsals", "9 of every 10 visits", "4 of 5 shifts": the part right before the
# whole (decision 3912); not a span of time ("3 in 10 days": how fast).
_PART_IN = re.compile(
    # "8 of the 12 episodes", "9 of our 10 clinics": the whole with its article (decision 6958)
    r" (?:in|of every|of(?: the| our| my| its| their)?) (\d{1,4})(?![\d.,%])"
    r"(?! ?(?:days?|weeks?|months?|years?|hours?|minutes?|mins?|quarters?|sprints?)\b)"
)
# "9 rehearsals in 10": the whole as a bare number after the part's noun, closing the phrase.
_WORDS_IN = re.compile(r"(?: [a-z][a-z-]{0,20}){1,2} (?:in|of every|out of) (\d{1,4})(?![\d.,%])")
_WHOLE_CLOSES = re.compile(
    r" ?(?:$|[,;.)(]| (?:by|before|this|each|every|per|a|an|across|over|during|on|at|in|for|through|until|and|with|from)\b)"
)
_PART_BEFORE = re.compile(r"(\d{1,4}) (?:in|of every|out of|of(?: the| our| my| its| their)?) $")
# "每10次排练中出席9次", "10场比赛里赢下7场", "每10次排练，队员至少出席9次": the whole, what it
# is of, then the part in the same unit (decision 3912).
_ZH_WHOLE_UNITS = "次场节堂个天周局轮项份单名位人篇"
_ZH_SHARE = re.compile(
    rf"(?:每\s?)?(?P<m>\d{{1,4}})\s?(?P<u>[{_ZH_WHOLE_UNITS}])[\u4e00-\u9fff]{{0,8}}?(?:中|里|当中)[，,]?"
    rf"[^，,；;。\n\d]{{0,12}}?(?P<n>\d{{1,4}})\s?(?P<v>[{_ZH_WHOLE_UNITS}])"
)
# "每10次排练，队员至少参加9次": the whole, a comma, the part in the same unit; not a cadence
# ("每2周开展1次培训": once every two weeks).
_ZH_SHARE_COMMA = re.compile(
    rf"每\s?(?P<m>\d{{1,4}})\s?(?P<u>[{_ZH_WHOLE_UNITS}])[\u4e00-\u9fff]{{1,8}}[，,]"
    rf"[^，,；;。\n\d]{{0,12}}?(?P<n>\d{{1,4}})\s?(?P<v>[{_ZH_WHOLE_UNITS}])"
)


def _zh_shares(item: Item) -> list[tuple[int, int]]:
    """The spans of Chinese shares written as a part of a whole ("每10次排练中出席9次")."""
    found = item.facts.memo.get(("zh_shares",))
    if found is None:
        text = item.folded
        found = [
            (m.start(), m.end())
            for m in _ZH_SHARE.finditer(text)
            if int(m["n"]) <= int(m["m"]) and m["v"] in (m["u"], "次")
        ] + [
            (m.start(), m.end())
            for m in _ZH_SHARE_COMMA.finditer(text)
            if int(m["n"]) <= int(m["m"]) and m["v"] == m["u"] and m["u"] not in "天周"
        ]
        item.facts.memo[("zh_shares",)] = found
    return found  # type: ignore[return-value]


def share_of(item: Item, q: Quantity) -> bool:
    """A count followed by "out of N", or that N: a part of a whole and the whole, a share like
    a percentage. So are "9 in 10 rehearsals", "9 of every 10 visits", "9 rehearsals in 10" after
    the people who act, and the Chinese "每10次排练中出席9次" (decision 3912)."""
    text = item.folded
    if item.language != "en":
        return any(s <= q.start and q.end <= e for s, e in _zh_shares(item))
    pos = q.end
    for _ in range(3):  # the count, up to two words ("days", "working days"), then "out of N"
        if _OUT_OF.match(text, pos):
            return True
        w = _ONE_WORD.match(text, pos)
        if w is None:
            break
        pos = w.end()
    if text.endswith("out of ", 0, q.start):
        return True
    if not (q.form == "digits" and q.kind not in ("percent", "money", "duration")):
        return False
    verb = item.facts.shape.verb
    if verb is not None and verb.position == "lead":
        return False  # "Deliver 4 of 6 planned workshops": the team's own work, part done
    whole = _PART_IN.match(text, q.end)
    if whole is not None and int(whole[1]) >= q.value:
        return True  # "9 in 10 rehearsals": the part
    whole = _WORDS_IN.match(text, q.end)
    if whole is not None and int(whole[1]) >= q.value and _WHOLE_CLOSES.match(text, whole.end()):
        return True  # "9 rehearsals in 10": the part, its noun, the whole
    part = _PART_BEFORE.search(text, max(0, q.start - 16), q.start)
    return part is not None and int(part[1]) <= q.value  # "9 in 10 rehearsals": the whole


# A figure counted per person, per shop or per month is a level of a measure, not a tally
# of effort ("人均到店3次", "月均登录8次"); so is a count named as 次数/频次/频率.
_ZH_MEASURED_TIMES = re.compile(r"[人店场日周月年次单]均|平均|次数|频次|频率")
# Verbs that say a thing happened, not that someone did it ("出现故障3次").
_ZH_OCCUR = frozenset({"出现", "发生", "产生", "遇到", "遭遇", "导致", "造成"})


# Efforts that send pieces to a venue named after them (decision 2882), and that venue: a short
# name with no figure, no clause break and no verb of its own.
_ZH_SENT_TO = frozenset(["投稿", "供稿", "发稿"])
_ZH_VENUE_GAP = re.compile(r"[A-Za-z\u4e00-\u9fff《》“”\-]{1,12}\s?")


def _zh_effort_word(item: Item, verb: tuple[int, int, str], q: Quantity) -> bool:
    """An effort verb that holds its own object ("发文", "发帖", "投稿": jieba tags them as nouns)
    right before the count: the count is of that effort (decision 233)."""
    gap = item.folded[verb[1] : q.start]
    if gap.strip():
        # "投稿CVPR 3篇", "投稿核心期刊5篇": where the pieces are sent, between the effort and
        # its count, still counts submissions (decision 2882)
        return verb[2] in _ZH_SENT_TO and _ZH_VENUE_GAP.fullmatch(gap) is not None
    if any(verb[2].endswith(n) for n in words("kr_activity_nouns", "zh") if len(n) < len(verb[2])):
        return (
            True  # "发传单", "发表文章": jieba glues the effort's object to its verb (decision 343)
        )
    return any(
        t.start == verb[0] and t.end == verb[1] and t.pos.startswith("n") for t in item.tokens
    )


# A ceiling before a cadence and its figure: "差评少于每月5条", "阻塞不超过每周2次" (decision 313).
_ZH_CAP_BEFORE_CADENCE = re.compile(
    r"(?:少于|不超过|不多于|低于|小于|不高于|控制在|≤|<=|<)\s?每[天日晚周月季年]\s?$"
)


def capped_per_cadence(item: Item, q: Quantity) -> bool:
    """A Chinese figure per cadence behind a ceiling: a cap on how often, not effort counted."""
    return item.language == "zh" and bool(
        _ZH_CAP_BEFORE_CADENCE.search(item.folded, max(0, q.start - 8), q.start)
    )


_TAKEN_UP_BY = re.compile(r"\b[a-z]+(?:ed|en)\s+(?:by|in)\b")
# Between an output verb and its count: nothing, or a word that only bounds the count.
_COUNT_RIGHT_AFTER = re.compile(r"\s*(?:(?:at least|over|another|more than|a further)\s+)?")


# A star rating before "reviews"/"ratings" (decision 4002): "350 5-star reviews", "200 five-star
# reviews on the App Store", "150 4-star-or-better reviews" are what customers give, not reviews
# the team runs ("40 code reviews" stays effort).
_STAR_RATED = re.compile(
    r"\b(?:\d(?:\.\d)?|one|two|three|four|five)\s*\+?[- ]?stars?"
    r"(?:[- ](?:or[- ](?:better|higher|more|above)|and[- ](?:above|up)|plus))?"
    r"[- ]+(?:[a-z]+[- ]+)?(?:reviews?|ratings?)\b"
)


def star_rated_reviews(text: str, start: int, end: int) -> bool:
    """Whether reviews or ratings with a star rating are named in text[start:end] (4002)."""
    return _STAR_RATED.search(text, start, end) is not None


def _put_out(item: Item, verb: tuple[int, int, str] | None, q: Quantity) -> bool:
    """A count right after a verb of putting pieces out ("Send 8 client alerts", "Publish 6
    practice notes"): what is sent or published, counted, is effort whatever the pieces are
    (decision 657); not a count further on ("Publish a plan for every top-20 customer")."""
    if verb is None or verb[2] not in word_set("kr_output_verbs", "en"):
        return False
    if _COUNT_RIGHT_AFTER.fullmatch(item.folded, verb[1], q.start) is None:
        return False
    # "Publish 4 SOPs adopted by at least 2 other sites": counted by what others do with them
    _cs, ce = clause_of(item, q.start)
    return _TAKEN_UP_BY.search(item.folded, q.end, ce) is None


def _effort_named_before(item: Item, cs: int, q: Quantity) -> tuple[int, int, str] | None:
    """An effort named right before its count of times: "窗口人员培训4次", "Front-desk staff
    training 4 times" count trainings as "开展4次窗口人员培训" and "Run 4 front-desk trainings" do
    (decision 657); the effort's term, or None when none ends right before the count."""
    gap = 1 if item.language == "en" else 0
    found = [
        t
        for t in terms(item, "kr_activity_nouns")
        if cs <= t[0] and q.start - gap <= t[1] <= q.start
    ]
    if not found or item.folded[found[-1][1] : q.start].strip():
        return None
    return cs, found[-1][1], found[-1][2]  # the effort named whole: "窗口人员培训4次"


def _zh_lone_effort_verb(item: Item, q: Quantity, unit: str) -> tuple[int, int, str] | None:
    """A one-character verb of effort as its own token right before a count of lessons or
    sessions: "每位老师上1节公开课", "每学期上2门选修课" count classes taught (decision 1580). The
    verbs (rules/data/zh/kr_lone_effort_verbs.txt) are read only in this shape: by character
    they open other words ("上市8周内", "上线后3个月"), so they cannot join kr_activity_verbs
    (decision 1431)."""
    if unit not in word_set("kr_event_units", "zh") and unit not in word_set(
        "kr_course_units", "zh"
    ):
        return None
    text = item.folded
    at = q.start
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    bounds = item.facts.token_bounds
    for verb in words("kr_lone_effort_verbs", "zh"):
        start = at - len(verb)
        if start >= 0 and text.startswith(verb, start) and start in bounds and at in bounds:
            if text[q.start : q.end].startswith("0"):
                return None
            return start, at, verb
    # "每位老师上公开课1节", "上示范课2节": the verb, the lesson named, then its count (3452)
    if text[q.start : q.end].startswith("0"):
        return None
    for verb in words("kr_lone_effort_verbs", "zh"):
        start = text.rfind(verb, max(0, at - 9), at)
        if (
            start >= 0
            and start in bounds
            and start + len(verb) in bounds  # not "上线精品课20节": 上 opens another word
            and _ZH_LESSON_NAMED.fullmatch(text, start + len(verb), at)
        ):
            return start, at, verb
    return None


# A lesson's name ending in 课, between a lone verb and the count (decision 3452).
_ZH_LESSON_NAMED = re.compile(r"[\u4e00-\u9fff]{1,6}课")


# A number of times per period right after the count ("3 times per week", "twice a month").
_EN_TIMES_PER = re.compile(
    r"(?:\s?(?:x|times))?(?:\s(?:a|per|each|every)\s|\s?/\s?)"
    # "Work out 3x/week": a slash is "per" (decision 4830)
    r"(?:day|week|wk|month|quarter|fortnight|weekend)\b"
)
_EN_ONCE = frozenset({"once", "twice", "thrice"})
_EN_TIMES_AFTER = re.compile(r"\s?(?:x|times)\b")
# Words a habit's line opens with: a base form, then at most three words before the count.
_EN_HABIT_HEAD = re.compile(r"([a-z]{1,24})(?:\s[a-z'-]{1,24}){0,3}\s$")
# A floor right before the habit's count (decision 3460): "at least", "a minimum of".
# -ing words that name a thing or an event, not a habit's act ("Meetings", "Earnings").
_EN_ING_NOUNS = frozenset({"meeting", "earning", "building", "booking", "listing", "offering"})
_HABIT_FLOOR = re.compile(r"(?<=\s)(?:at least|a minimum of|no fewer than|not less than)\s$")


def _en_habit_per_period(item: Item, cs: int, q: Quantity) -> tuple[int, int, str] | None:
    """A thing one does, a number of times per period, as the whole line: "Exercise 3 times per
    week", "Swim twice a week", "Meditate 5 times a week" — an effort counted, as "Go running
    twice a week" is, whatever the verb (decision 1108). Not a subject doing it ("Customers
    order 3 times a month", "Users open the app 5 times a week": a result), nor a level
    behind a comparator ("Deploy at least 3 times a week" keeps its reading)."""
    text = item.folded
    if q.role != "target" or q.kind not in ("count", "multiple"):
        return None
    if not (q.text in _EN_ONCE or _EN_TIMES_PER.match(text, q.end)):
        return None
    if q.text in _EN_ONCE and not _EN_TIMES_PER.match(text, q.end):
        return None
    lead = max(item.facts.shape.lead, item.core_span[0], cs)
    # "Play the piano at least 4 times per week": a floor before the count is how often at
    # least, the habit unchanged (decision 3460); it stands outside the head's four words
    floor = _HABIT_FLOOR.search(text, lead, q.start)
    head_end = floor.start() if floor is not None else q.start
    m = _EN_HABIT_HEAD.fullmatch(text, lead, head_end)
    if m is None:
        return None
    first = m.group(1)
    from coach.nlp import lemma_en

    # "climbing 2x a week", "swimming 3 times a week": a gerund leads the habit as its verb does
    # (decision 5346); another inflected word ("Customers order …") names who does it
    gerund = first.endswith("ing") and lemma_en(first) != first and first not in _EN_ING_NOUNS
    if (lemma_en(first) != first and not gerund) or first in word_set("lead_non_verbs", "en"):
        return None
    if floor is not None and first in word_set("kr_milestone_verbs", "en"):
        return None  # "Deploy at least 3 times a week": a delivery frequency kept (1108)
    if (
        q.text not in _EN_ONCE
        and not _EN_TIMES_AFTER.match(text, q.end)
        # "Swim 3x a week": the times written into the count (decision 2356)
        and not re.fullmatch(r"\d+\s?x", q.text)
        and first not in word_set("kr_activity_verbs", "en")
        and first not in word_set("kr_contact_verbs", "en")
    ):
        # "Footfall 3,000 a day", "Visitors 800 per weekend day": a bare figure per period after
        # a word that is no verb of effort is a flow's level, not times one does it (1582)
        return None
    people = (*words("kr_outcome_nouns", "en"), *words("kr_staff_nouns", "en"))
    if first in people or first in word_set("measure_words", "en"):
        return None
    if gerund and any(w in people for w in text[m.end(1) : head_end].split()[:1]):
        return None  # "Returning customers 3 times a month": the people, who do it
    if _LEVEL_WORDS.search(text, lead, head_end):
        return None
    return lead, m.end(1), first


def work_items_closed(item: Item, q: Quantity) -> bool:
    """A bare count of items of work closed or answered: a verb of kr_work_item_verbs leads the
    clause, then the count, then a noun of kr_work_items ("Close 200 issues", "Resolve 150
    support tickets", "Merge 80 pull requests"): a team's throughput, an effort counted, not
    bad events removed (decision 1106). Not a share or all of them ("Close 100% of audit
    issues", "Resolve all open tickets": decision 7), nor a level behind a comparator."""
    if q.kind != "count" or q.role != "target" or q.value == 0:
        return False
    if item.language == "zh":
        return _zh_work_items_closed(item, q)
    cs, _ce = clause_of(item, q.start)
    verb = _verb_before(item, "kr_work_item_verbs", cs, q.start)
    if verb is None or item.folded[verb[1] : q.start].strip():
        return False  # the verb right before its count: "Close 200 …", not "… to close 200"
    ns, ne = _en_np(item, q)
    return _ends_with_term(item, ns, ne, "kr_work_items")


# After the count of a Chinese work-item phrase: its measure word ("关闭200个issue").
_ZH_MEASURE_AFTER = re.compile(r"\s?[个张条单件项]?\s?")


def _zh_work_items_closed(item: Item, q: Quantity) -> bool:
    """ "关闭200个issue", "处理500张工单", "合并80个外部PR": the verb right before the count, a
    work item after it (decision 1176)."""
    cs, _ce = clause_of(item, q.start)
    verb = _verb_before(item, "kr_work_item_verbs", cs, q.start)
    if verb is None:
        return False
    between = item.folded[verb[1] : q.start].strip()
    if between:
        # "处理采购订单500单", "受理退款订单800单": the items named between the verb and their
        # count, the same throughput (decision 5679)
        return len(between) <= 8 and any(
            between.endswith(w.lower()) for w in words("kr_work_items", "zh")
        )
    m = _ZH_MEASURE_AFTER.match(item.folded, q.end)
    at = m.end() if m else q.end
    kinds = [w.lower() for w in words("kr_work_items", "zh")]
    for skip in range(5):
        # up to four characters of what kind before the item ("外部", "客户")
        if skip and not "\u4e00" <= item.folded[at + skip - 1 : at + skip] <= "\u9fff":
            break
        if any(item.folded.startswith(w, at + skip) for w in kinds):
            return True
    return False


def en_habit_per_period(item: Item) -> tuple[int, int, str] | None:
    """`_en_habit_per_period` for any count or multiple in the line ("Swim twice a week")."""
    if item.language != "en":
        return None
    for q in item.facts.quantities:
        found = _en_habit_per_period(item, clause_of(item, q.start)[0], q)
        if found is not None:
            return found
    return None


_LEVEL_WORDS = re.compile(
    r"\b(?:at least|at most|no more than|more than|fewer than|less than|up to|to|from|by)\s$"
)


def _zh_done_times(item: Item, cs: int, q: Quantity) -> tuple[int, int, str] | None:
    """A count of times (次/场/轮 …) of something done, led by any verb in its clause:
    "帮同事解决问题30次", "带新人跑客户20次" (decision 233). Not a level behind a comparator
    ("投诉不超过3次"), a measure's level ("人均到店3次", "复购次数达到3次"), a bad event's
    count ("宕机2次"), or a verb that moves a measure ("提升到每周3次")."""
    text = item.folded
    if capped_per_cadence(item, q):
        return None
    if _ZH_MEASURED_TIMES.search(text, cs, q.start):
        return None
    if any(cs <= s and e <= q.start for s, e, _t in terms(item, "kr_result_verbs")):
        return None
    verbs = [
        t
        for t in item.tokens
        if cs <= t.start and t.end <= q.start and t.pos.startswith("v") and t.text not in _ZH_OCCUR
    ]
    side = bound(text, "zh", q.start, q.end)
    if side is not None and not (
        # "每位青年教师听课不少于20节": each one of the team doing the effort at least so often is
        # the effort counted, its floor the count's (decision 4995); a ceiling stays a cap
        side == "min" and any(_team_member_subject(text[cs : v.start], "zh") for v in verbs)
    ):
        return None
    for s, e, _t in terms(item, "kr_negative_terms"):
        if cs <= s and e <= q.end and not any(t.end <= s or t.start >= e for t in verbs):
            # "宕机2次", "客户投诉3次": bad events; "帮同事解决问题30次" is help given, and
            # "降级预案演练2次" counts drills
            return None
    if not verbs:
        return None
    return verbs[-1].start, verbs[-1].end, verbs[-1].text


# An event's count word right after it: "讲座场次", "上门服务次数" (decision 2721).
_ZH_TIMES_WORD = re.compile(r"(?:的)?(?:次数|场次|场数|期数|频次)")


def _zh_held_times(item: Item, cs: int, q: Quantity) -> tuple[int, int, str] | None:
    """An event the team holds, named with its count word, then the count: "健康讲座场次达到
    12场", "上门服务次数每月200次", "巡检次数达到每月20次" count effort as "开展健康讲座12场"
    does (decision 2721). Not a cut or a ceiling ("会议次数减少到每周2次", "例会不超过每周1次":
    fewer meetings is time won back), and not an event that others take part in before the
    count word ("直播观看次数", "培训参与次数": a result)."""
    text = item.folded
    if item.facts.bound(q) == "max" or item.facts.direction(cs, q.end) == "decrease":
        return None
    for s, e, t in reversed(terms(item, "kr_held_events")):
        if s < cs or e > q.start:
            continue
        m = _ZH_TIMES_WORD.match(text, e, q.start)
        if m is None:
            continue
        if _ZH_HELD_GAP.fullmatch(text, m.end(), q.start) is None:
            return None
        return s, m.end(), t
    return None


# Between the count word and the count: a level word, a cadence or a start ("从4场增加到", "由每周1次
# 提高到", decision 5946).
_ZH_HELD_GAP = re.compile(
    r"\s?(?:全年|累计|共计|总计)?\s?(?:每[天日周月季年]|每季度)?\s?"
    r"(?:达到|达|为|不少于|不低于|至少|超过|提升到|提高到|增加到|增至)?"
    r"\s?(?:每[天日周月季年]|每季度)?\s?(?:[从由]\s?(?:每[天日周月季年]\s?)?\d+\s?[次场期轮]?\s?"
    r"(?:提升|提高|增加|增长)?(?:到|至))?\s?(?:每[天日周月季年]|每季度)?\s?"
)


# "Grant applications submitted: 14", "Cold emails sent: 1,200": efforts named with the
# participle of doing them, then their count (decision 393).
_EFFORTS_DONE = re.compile(
    r"(?P<np>(?:[a-z0-9][a-z0-9'-]* ){0,3}[a-z][a-z-]*s) (?P<done>submitted|sent|made|held|run|"
    r"published|posted|hosted|conducted|given|filed|pitched|written|"
    # people or places reached out to, then their count (decision 2243): "Doors knocked: 5,000",
    # "Homes canvassed: 800", "Leads called: 400", "Flyers handed out: 3,000"
    r"knocked(?: on)?|door-knocked|canvassed|visited|called|cold-called|phoned|contacted|emailed|"
    r"interviewed|handed out|distributed|"
    # teaching watched or given, and cold outreach by any channel (decision 3240): "Lessons
    # observed: 40", "Classes taught: 120", "Startups cold-emailed: 200"
    r"observed|shadowed|taught|cold-emailed|cold-messaged|messaged)\s?(?::\s?|= ?)(?=\d)"
)
# Things handed in, then their count with no colon: "Grant reports filed 6" (decision 597).
_EFFORTS_FILED = re.compile(
    r"(?P<np>(?:[a-z0-9][a-z0-9'-]* ){0,3}[a-z][a-z-]*s) (?P<done>submitted|filed) (?=\d)"
)
# Efforts counted with "completed" or "carried out" and the count after them, with or without
# a colon: "Waste audits completed 12", "Safety inspections carried out: 24" (decision 571).
_EFFORTS_COMPLETED = re.compile(
    r"(?P<np>(?:[a-z0-9][a-z0-9'-]* ){0,3}[a-z][a-z-]*s) (?P<done>completed|carried out|"
    r"performed|done)\s?(?::\s?|= ?)?(?=\d)"
)
# The efforts named first, then their count and the verb of doing them: "Reminder texts for
# vaccinations — 3,000 sent", "Follow-up emails to lapsed members: 500 sent" (decision 571).
_EFFORTS_THEN_SENT = re.compile(
    r"(?P<np>[a-z][^—–:;]{2,60}?)\s?(?:[—–:]|\s-)\s?[\d,]+\+?\s(?P<done>sent|made|held|"
    r"submitted|filed|posted|published|completed|carried out|conducted)\s*[.!]?\s*$"
)
# The count first, then the pieces and the verb of putting them out: "8 client alerts sent",
# "1,200 cold emails sent" count effort as "Send 8 client alerts" does (decisions 657, 774).
# A count written in digits or in words ("Two research papers submitted", decision 5530): the
# number words of coach/facts/data/en/number_words.txt below a hundred.
_EN_COUNT_WORD = (
    r"(?<![a-z-])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty)"
)
_COUNT_THEN_PUT_OUT = re.compile(
    rf"(?:(?<![\d,])[\d,]+\+?|{_EN_COUNT_WORD})\s"
    r"(?P<np>(?:[a-z0-9][a-z0-9'-]* ){0,3}[a-z][a-z-]*s) (?P<done>sent|mailed|posted|"
    # "3 recipe videos made available to members": put out for use, as published (decision 5740)
    r"published|distributed|submitted|filed|made available|made public)(?![a-z])"
)
# The count, then the pieces and the verb of making them, after or before the noun: "100 test
# plans generated", "3 prototypes presented to the board", "40 published articles" count output
# as "Write 40 articles" does (decision 3380). What the made thing brings in is no output:
# outcome nouns and rules/data/en/kr_made_outcomes.txt ("500 leads generated", "200 jobs
# created") stay results, and so do things others make ("50 templates written by the community").
_COUNT_THEN_MADE = re.compile(
    rf"(?:(?<![\d,$€£])[\d,]+\+?|{_EN_COUNT_WORD})\s"
    r"(?P<np>(?:[a-z0-9][a-z0-9'-]* ){0,3}[a-z][a-z-]*s) (?P<done>generated|"
    r"produced|created|drafted|written|presented|compiled|authored|prepared|recorded)(?![a-z])"
)
_COUNT_MADE_BEFORE = re.compile(
    rf"(?:(?<![\d,$€£])[\d,]+\+?|{_EN_COUNT_WORD})\s"
    r"(?P<done>published|written|drafted|produced|recorded|authored)\s"
    r"(?P<np>(?:[a-z0-9][a-z0-9'-]* ){0,2}[a-z][a-z-]*s)(?![a-z'-])"
)
_MADE_BY_OTHERS = re.compile(
    r"\s(?:by|from)\s(?:the\s|our\s)?(?:community|contributors|partners|customers|users|members|"
    r"clients|students|volunteers|third[- ]part(?:y|ies)|maintainers|fans|readers|creators|buyers)\b"
)


def _made_counted(item: Item, start: int, end: int) -> Activity | None:
    """The count at `start` of pieces the team makes, the participle after or before them."""
    m = _COUNT_THEN_MADE.match(item.folded, start, end) or _COUNT_MADE_BEFORE.match(
        item.folded, start, end
    )
    if m is None:
        return None
    np_start, np_end = m.span("np")
    if any(np_start <= t[0] < np_end for t in terms(item, "kr_outcome_nouns")):
        return None
    if m.group("np").rsplit(" ", 1)[-1] in word_set("kr_made_outcomes", "en"):
        return None
    if _MADE_BY_OTHERS.search(item.folded, m.end(), end):
        return None
    q = next((q for q in counts(item) if q.start == start), None)
    if q is None or q.kind != "count":
        return None
    return Activity(start, m.end(), m.group("done"), q.text)


# What such a phrase may name as efforts besides kr_activity_nouns: messages sent, checks made.
_EFFORT_HEADS = re.compile(
    r"\b(?:texts|messages|emails|letters|reminders|mailers|audits|inspections|checks|"
    r"applications|proposals|pitches|quotes|bids)\b"
)


# The practice set named as a label, then the count of its pieces and the verb of doing them:
# "LeetCode: 150 problems solved" counts "LeetCode problems" solved (decision 591). The label and
# the noun together must be an effort listed in kr_activity_nouns ("Support: 300 problems solved"
# stays a result).
_EFFORTS_LABELLED = re.compile(
    r"(?P<label>[a-z][a-z0-9 -]{1,30}?)\s?[:—–]\s?[\d,]+\+?\s(?P<noun>[a-z][a-z-]*s)\s"
    r"(?P<done>solved|done|completed|written|submitted|sent)\s*[.!]?\s*$"
)


def _labelled_efforts_done(item: Item) -> list[Activity]:
    start, end = item.core_span
    m = _EFFORTS_LABELLED.match(item.folded, start, end)
    if m is None or f"{m.group('label').strip()} {m.group('noun')}" not in word_set(
        "kr_activity_nouns", "en"
    ):
        return []
    q = next((q for q in counts(item) if q.start >= m.end("label")), None)
    return [] if q is None else [Activity(m.start(), m.end("done"), m.group("done"), q.text)]


def _efforts_done_counted(item: Item) -> list[Activity]:
    """Efforts named, then the verb of doing them and their count ("Grant proposals submitted:
    8", "Waste audits completed 12") or their count and the verb ("Reminder texts — 3,000
    sent"): a count of effort (decisions 6, 571)."""
    start, end = item.core_span
    first = _COUNT_THEN_PUT_OUT.match(item.folded, start, end)
    if first is not None:
        q = next((q for q in counts(item) if q.start == start), None)
        if q is not None and q.kind == "count":
            return [Activity(start, first.end("done"), first.group("done"), q.text)]
    made = _made_counted(item, start, end)
    if made is not None:
        return [made]
    m = _EFFORTS_DONE.match(item.folded, start) or _EFFORTS_FILED.match(item.folded, start)
    if m is None:
        m = _EFFORTS_COMPLETED.match(item.folded, start) or _EFFORTS_THEN_SENT.match(
            item.folded, start, end
        )
        head = _EFFORT_HEADS.search(item.folded, m.start("np"), m.end("np")) if m else None
        if m is None or head is None:
            return []
        if any(m.start("np") <= t[0] < head.start() for t in terms(item, "kr_outcome_nouns")):
            return []  # "Customer applications completed 12": what customers did, won
    if m.group("done") == "visited" and _ends_with_term(
        item, m.start("np"), m.end("np"), "kr_deliverables"
    ):
        return []  # "Pages visited: 4 per session": where users go, no one reached (2243)
    after = m.end() if m.re is not _EFFORTS_THEN_SENT else m.end("np")
    q = next((q for q in counts(item) if q.start >= after), None)
    if q is None or q.kind != "count" or not (q.start <= after + 4 or m.start("done") > q.end):
        return []
    return [Activity(m.start(), m.end("done"), m.group("done"), q.text)]


# The verb that says a counted activity took place, after its noun phrase and a few words
# about it, with or without "are": "4 workshops held for new members", "At least 5
# presentations focused on the network are delivered at major events" (decision 2562).
_ACTIVITY_TOOK_PLACE = re.compile(
    r"(?:\s(?!(?:and|or|but|to|by|with|from)\b)[a-z][a-z'-]*){0,5}?\s(?:(?:are|were|will be|get|got|"
    r"to be|being)\s)?(?P<done>held|delivered|given|presented|hosted|run|conducted|organi[sz]ed)"
    r"(?![a-z'-])"
)
_FEW_WORDS = re.compile(r"\s(?:[a-z0-9][a-z0-9'-]*\s){0,3}")
# Before the count at the start: "At least 5 …", "Over 10 …", "Minimum 4 …".
_COUNT_LEAD = re.compile(r"(?:at least|over|more than|no fewer than|min(?:imum)?\.?|>=?|≥)\s?$")


def _activities_held(item: Item) -> list[Activity]:
    """A count of activities at the start of the key result, then the verb of their taking
    place: "4 workshops held for new members", "At least 5 presentations … are delivered at
    major events" — a count of effort as "Hold 4 workshops" is (decisions 6, 2562). A count of
    anything else ("3 features delivered", "12 new clients presented with a proposal") is not."""
    start, end = item.core_span
    text = item.folded
    for q in counts(item):
        if q.kind != "count" or q.start >= start + 16:
            break
        if q.start > start and not _COUNT_LEAD.search(text, start, q.start):
            continue
        # the activity noun closing the first words after the count ("4 [sales workshops]")
        noun = next(
            (
                t
                for t in terms(item, "kr_activity_nouns")
                if q.end < t[0] and t[1] <= end and _FEW_WORDS.fullmatch(text, q.end, t[0])
            ),
            None,
        )
        if noun is None:
            return []
        m = _ACTIVITY_TOOK_PLACE.match(text, noun[1], end)
        if m is None:
            return []
        return [Activity(q.start, m.end("done"), m.group("done"), q.text)]
    return []


def _year_label(figure: str, noun_phrase: str) -> bool:
    """A year before a singular noun ("2025 ops budget", "2026 plan"): a name, not a count."""
    if not re.fullmatch(r"(?:19|20)\d\d", figure):
        return False
    last = noun_phrase.split()[-1:] or [""]
    return not last[0].endswith("s")


def _caps_a_lapse(item: Item) -> bool:
    from rules._negative import capped_lapses  # _negative reads clauses from this module

    return bool(capped_lapses(item))


def _zh_reworked(item: Item, q: Quantity) -> tuple[int, int, str] | None:
    """A verb of reworking right before a count of things: "每周优化5条Listing", "改版3个页面"
    count pieces of work done (decision 403), not a measure moved ("优化到13%")."""
    if bound(item.folded, "zh", q.start, q.end) is not None:
        return None
    found = _verb_before(item, "kr_rework_verbs", 0, q.start)
    if found is None or item.folded[found[1] : q.start].strip():
        return None
    return found


def _part_of_earlier_count(item: Item, q, cs: int) -> bool:
    """Whether the count opens a "其中" clause and counts in the unit of a count before that
    clause ("代发工资客户新增30户，其中3月底前落地10户"): a part of the earlier count, by a date
    or a group, judged with it, not an effort of its own (decision 2423)."""
    if not q.unit or not item.folded[cs : q.start].lstrip().startswith("其中"):
        return False
    return any(p.end <= cs and p.unit == q.unit for p in counts(item))


# "twice", "thrice": how many times the effort is done, written as a word (decision 3744).
_TIMES_DONE_WORDS = frozenset({"twice", "thrice"})


def _counts_and_times_done(item: Item, zh: bool) -> list[Quantity]:
    """The counts, and in English "twice"/"thrice" not right before "as"/"the"/"over" (a
    multiple: "twice as many", "twice the sales"): "Teachers observe each other twice this term"
    counts efforts as "2 times" does (decision 3744)."""
    found = counts(item)
    if zh or item.facts.shape.cadence is not None:
        return found  # "Swim twice a week": the cadence reads it (decision 1108)
    extra = [
        q
        for q in item.facts.quantities
        if q.kind == "multiple"
        and q.role == "target"
        and item.folded[q.start : q.end] in _TIMES_DONE_WORDS
        and not _MULTIPLE_AFTER.match(item.folded, q.end)
    ]
    return sorted([*found, *extra], key=lambda q: q.start) if extra else found


_MULTIPLE_AFTER = re.compile(r"\s(?:as|the|over|that|what|our|its|their)\b")


# Lapses of an activity: the count after them is of the lapses, not the efforts ("Interview
# no-shows down from 12 to 5 per month", "Webinar cancellations from 8 to 2"; decision 3878).
_LAPSES_COUNTED = re.compile(r"\b(?:no-shows|no shows|cancell?ations|drop-?outs|reschedules)\b")


# 被, who does it and their verb, right before the count in the same clause: the times others
# pick, pass on or report the team's work are won from them, as "论文被核心期刊录用" is (decisions
# 2123, 4994). Not 被动/被迫, and no join that starts the team's own work after it.
_ZH_DONE_TO_US = re.compile(r"被(?![动迫])[^，,；;。被并和再后]{1,12}$")
# Between a repeat the market asks for and its count: a floor or a hedge (decision 6313).
_ZH_REPEAT_GAP = re.compile(r"(?:至少|不少于|超过|达到|了)?\s?$")


def _zh_demand_repeat(item: Item, at: int, clause_start: int) -> bool:
    """Whether a repeat that demand makes (kr_demand_repeats: 加印, 返单, 复购 …) stands right
    before the count at `at` ("加印2次", "返单至少3次"): others' buying counted, not effort
    (decision 6313)."""
    lo = max(clause_start, at - 6)
    return any(
        _ZH_REPEAT_GAP.fullmatch(item.folded, e, at)
        for _s, e, _t in find_terms(item.folded[lo:at], words("kr_demand_repeats", "zh"), "zh")
        for e in (lo + e,)
    )


# The last word of a thing handed in to be considered: an entry, an application (decision 5674).
_ZH_ENTRIES_END = re.compile(r"(?:报名|申请|申报|报名表|申请书|申报书)\s?$")


# Time off taken, counted: "Take 2 days off per month", "take 2 full weekends off a month" — the
# writer's rest, no effort counted (decisions 203, 6954).
_EN_TIME_OFF = re.compile(
    r"\btake\s(?:[a-z]+\s){0,2}?\d+\s(?:[a-z-]+\s)?(?:days?|weeks?|weekends?|evenings?|nights?|"
    r"mornings?|afternoons?|sundays?|saturdays?)\s(?:fully\s|completely\s)?off\b"
)


def activity_counts(item: Item) -> list[Activity]:
    """Counts of effort in the KR ("每月提供2次个人培训", "Hold 4 webinars per month").

    A count of events (次/场, "times"), or of pieces of effort (webinars, 文章, 电话), after an
    effort verb; or any count after a contact verb ("拜访50家客户", "Visit 50 customers").
    """
    memo = item.facts.memo.get("activity_counts")
    if memo is not None:
        return memo  # type: ignore[return-value]
    out: list[Activity] = []
    text = item.folded
    zh = item.language == "zh"
    if not zh and _caps_a_lapse(item):
        item.facts.memo["activity_counts"] = out
        return out  # "Don't miss more than one session a week": the count is of lapses (391)
    event_units = words("kr_event_units", "zh")
    for q in _counts_and_times_done(item, zh):
        if is_article(item, q):
            continue  # "发一封邮件" is a task, not a count of effort
        if q.value == 0:
            continue  # "直播事故0次": nobody plans zero efforts; zero counts bad events
        if share_of(item, q):
            continue  # "4 days out of 5", "每10次排练中出席9次": a share, not a tally (203, 3912)
        if not zh and find_terms(
            text[max(0, q.start - 24) : q.start], words("kr_adoption_words", "en"), "en"
        ):
            continue  # "adopted by at least 2 other clinics": who took it up (decision 788)
        if (
            not zh
            and q.kind == "duration"
            and _WITHIN_BEFORE.search(text, max(0, q.start - 16), q.start)
        ):
            continue  # "Kickoff call within 48h of signature": a time limit (decision 334)
        cs, ce = clause_of(item, q.start)
        if not zh and q.unit in _EN_DISTANCE_UNITS and _race_time_after(item, q.end, ce):
            continue  # "Run 5 km in under 30 minutes": one run's time to beat (decision 6560)
        if not zh and _LAPSES_COUNTED.search(text, cs, q.start):
            continue  # "Interview no-shows down from 12 to 5": lapses counted, no effort (3878)
        if zh and zh_count_in_mechanism(item, q):
            continue  # "建立每月一次的家长沟通机制": the count is in the name (decision 3309)
        if zh and zh_care_time(item, q):
            continue  # "户外活动时间每天不少于2小时": time the children get (decision 4663)
        if zh and _part_of_earlier_count(item, q, cs):
            continue  # "新增30户，其中3月底前落地10户": a step of the count before (decision 2423)
        if zh and _ZH_DONE_TO_US.search(text, cs, q.start):
            continue  # "笔记被官方推荐上热门3次": what others do to the work, won (decision 4994)
        if zh and _zh_demand_repeat(item, q.start, cs):
            continue  # "新书上市3个月内加印2次": demand makes it happen again, won (decision 6313)
        if zh and (volume := _zh_effort_volume(item, q, cs, ce)) is not None:
            out.append(volume)  # "带看量每周不少于60组": the effort's own tally (decision 3563)
            continue
        before_lo = max(0, cs - 1) if not zh else 0
        contact = (
            None
            if not zh and _measured_not_spent(item, q)
            else _verb_before(item, "kr_contact_verbs", before_lo, q.start)
        )
        if contact is not None and zh and _ZH_AFTER_CONTACT.match(text, contact[1]):
            contact = None  # "跟进后成交的客户达到30家": what follows the contact (decision 4064)
        if contact is not None and zh and _zh_contact_counted_before(item, contact, q):
            # "争取6个实习面试邀约，最后拿下2个offer": the invitations counted in a clause of their
            # own are a noun, received; the later count is not theirs (decision 5683)
            contact = None
        if contact is None and zh and (met := _zh_meeting_set(item, q)) is not None:
            contact = met  # "约10位客户面谈": 约 read as 约见 by the fact layer (decision 6730)
        if contact is None and not zh:
            contact = _met_people_count(item, q, before_lo)  # "Meet 8 customers" (2442)
        if contact is None and not zh:
            contact = _contacts_made_to(item, q, before_lo)  # "Make calls to 30 donors" (6827)
        if contact is None and not zh:
            # "Interviewing 20 customers", "Called 200 lapsed donors": the lead verb of contact
            # in another form, as its base form (decisions 2063, 5359)
            contact = _past_lead_verb(item, "kr_contact_verbs", before_lo, q.start)
        verb = _verb_before(item, "kr_activity_verbs", before_lo, q.start)
        if verb is None and not zh:
            verb = _past_lead_verb(item, "kr_activity_verbs", before_lo, q.start)
        if verb is None and not zh:
            verb = _got_with(item, before_lo, q)  # "Get 2 site walks with …" (decision 5088)
        if not zh:
            # "Open source repo reaches 500 stars": a subject's own finite verb between the word
            # and the count; the word modifies the subject, it does no effort (decision 1105)
            if contact is not None and _EN_FINITE_MOVE.search(text, contact[1], q.start):
                contact = None
            if verb is not None and _EN_FINITE_MOVE.search(text, verb[1], q.start):
                verb = None
        if zh:
            unit, ns, ne = _zh_unit_and_np(item, q)
            event = unit in event_units
            if event and contact is None and (held := _zh_held_times(item, cs, q)) is not None:
                out.append(Activity(held[0], q.end, held[2], q.text))  # decision 2721
                continue
            act_np = bool(unit) and _ends_with_term(item, ns, ne, "kr_activity_nouns")
            if (
                not act_np
                and unit
                and verb is not None
                and verb[2] in word_set("kr_submit_verbs", "zh")
                and _ZH_ENTRIES_END.search(text, ns, ne) is not None
            ):
                # "提交20个大促活动报名", "递交3份课题申请": the entries handed in, counted first, are
                # the effort, as "提交专利申请5件" is (decisions 597, 5674)
                act_np = True
            end = ne if (act_np or event) else ns
            if (
                unit
                and not act_np
                and not text[ns:ne].strip()
                and verb is not None
                and "每" not in text[cs : verb[0]]  # "每周发布推文4篇": the cadence's reading
            ):
                # The count closes the phrase after its noun: "发布文章24篇" (decision 189), or
                # the effort's own verb-object word does ("公众号发文36篇", decision 233).
                act_np = (
                    _ends_with_term(item, verb[1], q.start, "kr_activity_nouns")
                    # "小红书笔记发布50篇": the pieces named before their verb (decision 2285)
                    or _ends_with_term(item, cs, verb[0], "kr_activity_nouns")
                    or _zh_effort_word(item, verb, q)
                    # "提交专利申请5件": the things handed in count the effort (decision 597)
                    or (
                        verb[2] in word_set("kr_submit_verbs", "zh")
                        # "发放会员卡200张": a card issued opens an account someone takes up,
                        # members won, not a flyer handed out (tester24zb; decision 5540)
                        and not text[verb[1] : q.start].rstrip().endswith("卡")
                    )
                )
                end = q.end
            if verb is None and event and contact is None:
                verb = _zh_done_times(item, cs, q)  # "帮同事解决问题30次" (decision 233)
            if verb is None and event and contact is None:
                verb = _effort_named_before(item, cs, q)  # "窗口人员培训4次" (decision 657)
            if verb is None and contact is None:
                verb = _zh_lone_effort_verb(item, q, unit)  # "上1节公开课" (decision 1580)
                event = event or verb is not None
            if not act_np and contact is None and work_items_closed(item, q):
                verb = _verb_before(item, "kr_work_item_verbs", cs, q.start)
                act_np = verb is not None  # "关闭200个issue": throughput (decision 1176)
                end = max(ne, q.end)
            if verb is None and contact is None and (held := _zh_held_at_places(item, q, ce)):
                out.append(held)  # "在3所小学开展口腔健康讲座" (decision 3308)
                continue
            if verb is None and contact is None and (calls := _zh_calls_made(item, q, cs, ce)):
                out.append(calls)  # "每天电话邀约候选人不少于150通" (decision 3560)
                continue
            if verb is None and contact is None and (sent := _zh_sent_to(item, q, ce)):
                out.append(sent)  # "向50家潜在客户寄送样品" (decision 5540)
                continue
        elif contact is None and (sent := _en_sent_to(item, q, ce)) is not None:
            out.append(sent)  # "Send welcome packs to 400 new members" (decision 5477)
            continue
        else:
            ns, ne = _en_np(item, q)
            if (
                verb is not None
                and verb[2] in _GOT_VERBS
                and (done := _DONE_AFTER.search(text, q.end, ne + 1)) is not None
            ):
                ne = done.start()  # "Get 12 webinars done …": the efforts (decision 5336)
            np_text = text[ns:ne]
            event = bool(re.match(r"\s*times?\b", np_text)) or q.kind == "multiple"
            act_np = (
                _ends_with_term(item, ns, ne, "kr_activity_nouns")
                or _put_out(item, verb, q)
                or _EN_NAMED_PART_OF_DAY.search(text, ns, ne) is not None
            )
            if act_np and star_rated_reviews(text, q.start, ne + 40):
                act_np = False  # "350 5-star reviews": what customers give (decision 4002)
            end = ne
            freq = find_terms(text[ne : ne + 20], words("kr_frequency_words", "en"), "en")
            if (
                act_np
                and verb is None
                and freq
                and freq[0][0] <= 1
                and not use_in_thousands(item, q)
                and not use_per_person_served(item, q)
            ):
                verb = (q.start, q.start, "")
            if act_np and verb is None and contact is None and _per_team_member(item, cs, q, ne):
                verb = (q.start, q.start, "")  # "6 peer observations per teacher" (2203)
            if verb is None and event and contact is None:
                verb = _effort_named_before(item, cs, q)  # "Staff training 4 times" (657)
            if verb is None and contact is None:
                verb = _en_habit_per_period(item, cs, q)  # "Exercise 3 times per week" (1108)
            if verb is None and contact is None and work_items_closed(item, q):
                verb = _verb_before(item, "kr_work_item_verbs", before_lo, q.start)
                act_np = verb is not None  # "Close 200 issues": throughput (decision 1106)
        if contact is not None and not zh and _year_label(q.text, text[ns:ne]):
            continue  # "Submit 2025 ops budget": the year names the budget (decision 393)
        if zh and unit and (rework := _zh_reworked(item, q)) is not None:
            out.append(Activity(rework[0], max(ne, q.end), rework[2], q.text))
        elif contact is not None and (not zh or unit):
            out.append(Activity(contact[0], ne, contact[2], q.text))
        elif zh and contact is not None and (people := _zh_people_contacted(item, contact, q)):
            out.append(Activity(contact[0], people, contact[2], q.text))  # decision 3762
        elif zh and unit and (met := _zh_met_with(item, q)) is not None:
            out.append(Activity(met[0], met[1], met[2], q.text))
        elif verb is not None and _names_a_metric(item, verb[1], ce):
            continue
        elif verb is not None and (event or act_np):
            out.append(Activity(verb[0] if verb[2] else q.start, end, verb[2], q.text))
    if not zh:
        out.extend(_time_allotments(item))
        out.extend(
            _efforts_done_counted(item) or _labelled_efforts_done(item) or _activities_held(item)
        )
        if not out:
            out.extend(_everyone_acts(item))
        if not out:
            out.extend(_looked_over_times(item))
        if not out:
            out.extend(_en_distance_covered(item))
        if not out:
            out.extend(_group_contacted_on_cadence(item))
        out.sort(key=lambda a: a.start)
    else:
        if any(q.kind == "duration" for q in quantities(item)) or any(
            h in item.folded for h in _ZH_CLASS_HOURS
        ):
            out.extend(_zh_time_allotments(item))
        out.extend(_zh_distance_covered(item))
        out.sort(key=lambda a: a.start)
    kept: list[Activity] = []
    for a in out:
        if kept and a.start < kept[-1].end:
            continue  # "Twitter每天8次，Facebook每天3次": one finding for one habit
        kept.append(a)
    # "0 payouts sent to the wrong account": nobody plans zero efforts; a zero counts bad events
    # (decision 2143), whichever way the count was found
    result = [a for a in kept if not _ZERO_COUNT.match(a.count) and not _outcome_elsewhere(item, a)]
    item.facts.memo["activity_counts"] = result
    return result


# "Get 2 site walks with the asset manager", "Secure 3 meetings with the hospital's buyers":
# a verb of getting right before a count whose things are held with someone ("with" after them)
# counts meetings had, the team's effort, as "Hold 2 site walks with …" does (decision 5088).
# Only "with" makes the things occasions shared with people; "Get 3 meetings booked" and "Get 5
# demos requested by buyers" are left to their readings.
_GOT_VERBS = frozenset(
    {"get", "gets", "got", "secure", "secures", "secured", "land", "lands", "landed"}
)
_GOT_BEFORE_COUNT = re.compile(r"\b(?:get|gets|got|secure|secures|secured|land|lands|landed)\s+$")
_WITH_AFTER = re.compile(r"\s+with\s")
# The efforts got done: "Get 12 co-marketing webinars done with partners", "Get 6 store audits
# completed" (decision 5336); not "Get 5 meetings booked by partners" (what others do)
_DONE_AFTER = re.compile(r"\s(?:done|held|delivered|completed)\b")


def _got_with(item: Item, lo: int, q: Quantity) -> tuple[int, int, str] | None:
    """The getting verb before a count of occasions had with someone (decision 5088), or of
    efforts got done (decision 5336)."""
    text = item.folded
    m = _GOT_BEFORE_COUNT.search(text, lo, q.start)
    if m is None:
        return None
    _ns, ne = _en_np(item, q)
    if (done := _DONE_AFTER.search(text, q.end, ne + 1)) is not None:
        ne = done.start()  # "Get 12 webinars done": the efforts got done (decision 5336)
    elif not _WITH_AFTER.match(text, ne):
        return None
    if not _ends_with_term(item, q.end, ne, "kr_activity_nouns"):
        return None
    return m.start(), m.start() + len(m.group().strip()), m.group().strip()


# "跟进后", "拜访之后": what the contact leads to is counted, not the contacts (decision 4064)
_ZH_AFTER_CONTACT = re.compile(r"(?:之)?后(?!台|端|续|期|勤)")
_ZH_CLAUSE_BREAK = re.compile(r"\s{0,4}[，,；;]")


def _zh_meeting_set(item: Item, q: Quantity) -> tuple[int, int, str] | None:
    """约 opening the wording, read by the fact layer as 约见 (decision 6730), before the count."""
    verb = item.facts.shape.verb
    if verb is None or verb.word != "约见" or verb.end - verb.start != 1 or verb.end > q.start:
        return None
    return (verb.start, verb.end, "约见")


def _zh_contact_counted_before(item: Item, contact: tuple[int, int, str], q: Quantity) -> bool:
    """The contact word closes a clause before the count's, counted in its own clause: a noun
    ("6个实习面试邀约，最后拿下2个offer"), not the effort the later count counts (decision 5683)."""
    if _ZH_CLAUSE_BREAK.match(item.folded, contact[1]) is None:
        return False
    cs = clause_of(item, contact[0])[0]
    return (
        cs < contact[0]
        and not clause_of(item, q.start)[0] <= contact[0]
        and any(
            cs <= p.start and p.end <= contact[0] and p.kind == "count" and p.is_target
            for p in item.facts.quantities
        )
    )


_ZERO_COUNT = re.compile(r"(?i:0|零|zero)(?![\d.,])")


# A rule or mechanism set up whose name holds how often it runs, the count in it (decision 3309,
# widening 3042 to a count): "建立每月一次的家长沟通机制", "出台每季度1次的供应商评审办法". One
# thing set up, not efforts counted; "每月召开一次家长会" stays an activity count.
_ZH_SET_UP_BEFORE = re.compile(
    r"(?:建立|制定|出台|推行|搭建|建成|形成|健全|完善|设立|确立|实行)(?:起|好)?[^，,；;。\d]{0,4}$"
)
_ZH_MECHANISM_AFTER = re.compile(
    r"[^，,；;。、\s]{0,10}?(?:机制|制度|办法|流程|体系|规范|管理规定)(?=[，,；;。（(\s]|$)"
)


def zh_count_in_mechanism(item: Item, q: Quantity) -> bool:
    """The count is in the name of a rule or mechanism set up (decision 3309)."""
    if item.language != "zh":
        return False
    text = item.folded
    cs, ce = clause_of(item, q.start)
    return (
        _ZH_SET_UP_BEFORE.search(text, max(cs, q.start - 8), q.start) is not None
        and _ZH_MECHANISM_AFTER.match(text, q.end, ce) is not None
    )


# Events held at a number of places, the places counted before the verb (decision 3308): "在3所小学
# 开展口腔健康讲座", "走进20个社区举办反诈宣讲", "到5家门店组织试吃活动". The count is of the places
# the effort goes to, as "拜访50家客户" counts the contacts; the event closes the clause.
_ZH_AT_PLACES = re.compile(r"(?:在|到|去|赴|进|走进|深入|进入)\s?$")
_ZH_PLACE_UNITS = frozenset("所家个座间")
_ZH_EVENT_AFTER_PLACES = re.compile(
    # 做: "到5家养老院做志愿服务" (decision 4667)
    r"[^，,；;。:：（）()]{1,10}?(?P<verb>开展|举办|举行|组织|进行|召开|做)"
)
_ZH_CLAUSE_END = re.compile(r"[，,；;。（(]|$")


# "带看量每周不少于60组", "外呼量每天达到200通", "发帖数量每周10篇": an effort's verb made a noun
# with 量/数量/次数/组数, then its cadence and a floor, right before the count (decision 3563).
_ZH_EFFORT_VOLUME = re.compile(
    r"(?P<noun>[\u4e00-\u9fff]{2,4}?)(?:量|数量|次数|组数|场次|户数|篇数)\s?"
    r"(?:每(?:天|日|周|月|季度?|学期|年)|[日周月]均)?\s?(?:达到|不少于|不低于|至少|保持在|超过|为)?\s?$"
)


def _moved_from(item: Item, cs: int, ce: int) -> bool:
    """A measure moved from a start in the clause ("有效通话从30通提升到50通"): its level, not a
    tally (the from-to half of _names_a_metric)."""
    return any(cs <= p[0].start and p[1].end <= ce for p in item.facts.from_to) or bool(
        _ZH_FROM_TO.search(item.folded, cs, ce)
    )


def _zh_effort_volume(item: Item, q: Quantity, cs: int, ce: int) -> Activity | None:
    """The tally of an effort named as a volume ("带看量每周不少于60组"): the words of
    kr_effort_volume_words are the team's own effort (带看, 外呼, 发帖, 巡店); a volume of what
    others do ("阅读量", "成交量", "到店量") is no such word. A volume moved from a start
    ("带看量从40组提升到60组") names a measure (decision 1421's reading) and is left alone."""
    if q.kind != "count" or q.value == 0:
        return None
    text = item.folded
    m = _ZH_EFFORT_VOLUME.search(text, max(cs, q.start - 16), q.start)
    if m is None or _moved_from(item, cs, ce):
        return None
    noun = m.group("noun")
    if not any(noun.endswith(w) for w in words("kr_effort_volume_words", "zh")):
        return None
    word = next(w for w in words("kr_effort_volume_words", "zh") if noun.endswith(w))
    start = m.start("noun") + len(noun) - len(word)
    end = q.end + 1 if text[q.end : q.end + 1] == "组" else q.end  # "60组": groups shown round
    return Activity(start, end, word, q.text)


# The people or groups of them a contact reaches, counted after them ("每天邀约顾客试妆不少于20组",
# "每周回访老客户不少于30人"): contacts made, effort (decisions 1842, 3762); not when a result of
# theirs stands between ("邀约客户到店成交30人") or the contact is counted when it succeeds.
_ZH_PEOPLE_AFTER = re.compile(r"\s?(?:人次|人|位|名|组|户|家)(?![\u4e00-\u9fff]?(?:率|占比|比例))")
_ZH_PEOPLE_IN = re.compile(r"(?:人次|人|位|名|户|家)$")
_ZH_RESULT_BETWEEN = re.compile(
    r"成交|签约|签单|转化|购买|下单|留存|复购|办卡|充值|成功|到访率|付费"
)


def _zh_people_contacted(item: Item, contact: tuple[int, int, str], q: Quantity) -> int | None:
    """The end of a count of people contacted after the contact verb (decision 3762)."""
    if q.kind != "count" or q.value == 0:
        return None
    text = item.folded
    if _ZH_RESULT_BETWEEN.search(text, max(0, contact[0] - 2), q.start):
        return None
    if _ZH_PEOPLE_IN.search(q.text):
        return q.end
    m = _ZH_PEOPLE_AFTER.match(text, q.end)
    return m.end() if m is not None else None


# Calls the team wins, not makes: "获得咨询来电300通", "带来有效来电500通" (decision 3560).
# Incoming calls counted without the team answering them ("咨询来电每月达到300通") are demand won.
_ZH_CALLS_WON = re.compile(
    r"获得|收到|带来|吸引|获取|接到|引来|产生|新增|(?<!接听)(?<!处理)(?<!回复)来电"
)


def _zh_calls_made(item: Item, q: Quantity, cs: int, ce: int) -> Activity | None:
    """A count in 通 counts telephone calls, whatever the verb ("每天电话邀约候选人不少于150通",
    "外呼200通", "回访老客户300通"): effort, as 拜访 is (decision 3560). Not calls won for the team
    ("获得咨询来电300通": a result verb before the count), not a measure moved from a start
    ("有效通话从30通提升到50通": decision 1421's reading)."""
    if q.unit != "通":
        return None
    text = item.folded
    if _ZH_CALLS_WON.search(text, cs, q.start) or _moved_from(item, cs, ce):
        return None
    start = cs
    while start < q.start and text[start].isspace():
        start += 1
    return Activity(start, q.end, "", q.text)


def _zh_held_at_places(item: Item, q: Quantity, ce: int) -> Activity | None:
    text = item.folded
    if q.unit not in _ZH_PLACE_UNITS or not _ZH_AT_PLACES.search(
        text, max(0, q.start - 3), q.start
    ):
        return None
    m = _ZH_EVENT_AFTER_PLACES.match(text, q.end, ce)
    if m is None:
        return None
    end = _ZH_CLAUSE_END.search(text, m.end(), ce)
    stop = end.start() if end is not None else ce
    held = terms(item, "kr_held_events")
    if not any(e == stop and s >= m.end() for s, e, _t in held):
        return None  # "在3个城市开展业务": no event closes it
    return Activity(q.start, stop, m.group("verb"), q.text)


# "Every student presents at least once", "Each volunteer runs 2 sessions": each one of a group
# does an effort a number of times (decision 1186); "Each of the 5 squads runs 3 usability
# tests": the group named after "of" and its count (decision 3107).
_EN_EVERYONE_VERB = re.compile(
    r"(?:every|each)\s(?:of\s(?:the\s|our\s|these\s|its\s|their\s)?(?:\d[\d,]*\s)?)?"
    r"(?:[a-z][a-z-]*\s){1,3}?(?P<verb>[a-z]+?(?:es|s))\b(?=\s)"
)


def _met_people_count(item: Item, q: Quantity, lo: int) -> tuple[int, int, str] | None:
    """A verb of meeting (kr_meet_verbs) before a count of people (kr_met_people): "Meet 8
    customers per month" counts the team's contacts, as "Visit 8 customers" does; "Meet 3 of 4
    deadlines" counts no people (decision 2442)."""
    verb = _verb_before(item, "kr_meet_verbs", lo, q.start)
    if verb is None or item.folded[verb[1] : q.start].strip():
        return None
    ns, ne = _en_np(item, q)
    return verb if _ends_with_term(item, ns, ne, "kr_met_people") else None


# A light verb, then the contacts made and to whom, right before the count of people: "Make
# repeat calls to 30 lapsed donors", "Place follow-up calls to 40 dormant accounts", "Pay
# courtesy visits to 12 key accounts", "Do home visits to 15 families" (decision 6827).
_EN_CONTACTS_MADE_TO = re.compile(
    r"\b(?:make|makes|made|making|place|places|placed|placing|pay|pays|paid|paying|do|does|"
    r"did|doing|conduct|conducts|conducted|conducting|carry out|carries out|carried out)\s"
    r"(?:[a-z-]+\s){0,2}?(?P<noun>calls|phone calls|visits|house calls|home visits)\s"
    r"(?:to|with)\s(?:at least\s|over\s|the\s)?$"
)


def _contacts_made_to(item: Item, q: Quantity, lo: int) -> tuple[int, int, str] | None:
    """Calls or visits made to a count of people: the team's contacts, counted over the people
    reached, as "Call 30 lapsed donors" (decision 6827)."""
    if q.kind != "count":
        return None
    m = _EN_CONTACTS_MADE_TO.search(item.folded, lo, q.start)
    if m is None:
        return None
    return m.start(), m.end("noun"), m.group("noun")


def _everyone_phrasal(item: Item, at: int, stems: list[str]) -> str | None:
    """The contact verb of more than one word that a third person's verb opens: "checks in
    with", "meets with", "reaches out to" (decision 2442)."""
    rest = item.folded[at : at + 24]
    for stem in stems:
        for term in words("kr_contact_verbs", "en"):
            if " " in term and term.startswith(stem + " ") and (stem + rest).startswith(term + " "):
                return term
    return None


# "Get my code reviewed by a senior at least 4 times", "Have my lessons observed twice a term":
# get/have leading, what is looked over (up to four words), one of the participles of
# rules/data/en/kr_looked_over_participles.txt, then, in the same clause, a number of times.
@cache
def _en_looked_over_lead() -> re.Pattern[str]:
    parts = "|".join(re.escape(w) for w in sorted(word_set("kr_looked_over_participles", "en")))
    return re.compile(
        r"(?:get|have|getting|having)\s(?:[a-z0-9'-]{1,20}\s){0,4}?"
        rf"(?P<part>{parts})(?![a-z-])"
    )


_EN_TIMES_COUNT = re.compile(
    r"(?<![a-z0-9])(?:(?:at least|a minimum of|no fewer than)\s)?(?:(?:\d{1,3}|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|twelve)\s(?:times|x)(?![a-z])|once|twice|thrice)"
)


def _looked_over_times(item: Item) -> list[Activity]:
    """Occasions one asks others to look over one's work, counted (decision 6286): "Get my code
    reviewed by a senior at least 4 times", "Get observed by the head of year twice", "Have my
    essays marked by a tutor 6 times this term" count feedback sought, an effort, as "Book 4 code
    reviews with a senior" does. Not a count of what others give unasked ("Get cited 10 times",
    "Get featured in 3 magazines": their participles are not in the list) nor a count of things
    ("Get 5 meetings booked by partners", decision 5336)."""
    text = item.folded
    cs, ce = item.core_span
    m = _en_looked_over_lead().match(text, cs, ce)
    if m is None:
        return []
    ce = min(ce, clause_of(item, m.start())[1])
    t = _EN_TIMES_COUNT.search(text, m.end(), ce)
    if t is None or t.start() - m.end() > 60:
        return []
    verb = text[m.start() : m.end()].split()[0]
    return [Activity(m.start(), min(ce, item.core_span[1]), verb, t.group())]


def _everyone_acts(item: Item) -> list[Activity]:
    """Each one of a group doing an effort, counted (decision 1186): "Every student presents at
    least once this semester", "Each volunteer runs 2 sessions a month" count the efforts of
    each, as "Present at least once" and "Run 2 sessions" do; the third person's -s is no
    reason to read it as a result. None where the count is of what each one reaches."""
    m = _EN_EVERYONE_VERB.match(item.folded, item.core_span[0])
    if m is None:
        return []
    word = m.group("verb")
    stems = [word[:-1]] + ([word[:-2]] if word.endswith("es") else [])
    verbs = {*words("kr_activity_verbs", "en"), *words("kr_contact_verbs", "en")}
    stem = _everyone_phrasal(item, m.end("verb"), stems) or next(
        (v for v in stems if v in verbs), None
    )
    meets = None
    if stem is None:
        # "Each account manager meets 8 customers per month": met people counted (2442)
        meets = next((v for v in stems if v in words("kr_meet_verbs", "en")), None)
        if meets is None:
            return []
    _cs, ce = clause_of(item, m.start("verb"))
    for q in item.facts.quantities_in(m.end("verb"), ce):
        if not (q.is_target and q.kind in ("count", "multiple") and q.value):
            continue
        if meets is not None:
            ns, ne = _en_np(item, q)
            if item.folded[m.end("verb") : q.start].strip() or not _ends_with_term(
                item, ns, ne, "kr_met_people"
            ):
                return []
        return [Activity(m.start("verb"), min(ce, item.core_span[1]), stem or meets, q.text)]
    return []


# A subject's own verb, third person, moving or reaching its number ("… repo reaches 500 stars").
_EN_FINITE_MOVE = re.compile(
    r"(?<!\bto )\b(?:(?:reach|hit|grow|gain|rise|climb|exceed)(?:es|s)?|(?:top|pass|double|triple"
    r"|get|earn|attract|win|increase|drop|fall|go)(?:es|s))\b"
)
# "within", "in under" right before a duration: the limit a thing is done in, not time given
# to an effort.
_WITHIN_BEFORE = re.compile(r"\b(?:within|in under|in less than)\s?$")
# Before a duration, a word that makes it a bound on how long something takes ("under 2 hours
# per ticket", "cut to 3 hours a week"), not time given to an effort.
_BOUND_BEFORE = re.compile(
    r"(?:under|below|less than|fewer than|at most|no more than|within|max(?:imum)?\.?|to|from|"
    r"by|<|≤|<=)\s?$"
)
# A lower bound before a duration: "delays over 30 min", "calls on hold longer than 5 minutes"
# (decision 5013).
_THRESHOLD_BEFORE = re.compile(r"(?:over|above|past|beyond|exceeding|(?:more|longer) than|>|≥)\s?$")
# A duration that says how long a stock or a reserve lasts: "6 days of supply", "8 weeks of
# runway", "30 days' cover", "3 months of cash on hand" (decision 3543).
_COVER_AFTER = re.compile(
    r"(?:'|’)?\s++(?:of\s++)?(?:[a-z-]+\s++)?(?:supply|supplies|stock|cover|coverage|inventory|"
    r"runway|cash|reserves?|float)(?![-\w])"
)
_ONCE_RE = re.compile(
    r"\b(?:once|twice|\d{1,2}\s?(?:x|times))\s(?:a|per|every)\s(?:day|week|month)\b"
)


_LEAD_TIME_AFTER = re.compile(r"\s?(?:before|after|ahead|prior)\b")


def _measured_not_spent(item: Item, q: Quantity) -> bool:
    """A time or an amount after a contact word that is measured or bounded, not spent on the
    contacts: "Time to first successful call from 25 min to 8 min", "Submit the form 6 weeks
    before launch" (decision 439); "call time with family over 1000 minutes" is time spent."""
    if q.kind not in ("duration", "money"):
        return False
    text = item.folded
    return (
        q.role == "baseline"
        or any(x.role == "baseline" and x.kind == q.kind for x in quantities(item))
        or _BOUND_BEFORE.search(text, max(0, q.start - 14), q.start) is not None
        or _LEAD_TIME_AFTER.match(text, q.end) is not None
    )


# Days counted per period: "4 days a week", "每周…4天".
_DAYS_COUNTED = re.compile(r"(?:days?|天|日)$")
_DAYS_AFTER = re.compile(r"\s?(?:days?\b|天)")


def days_in_state(item: Item, q: Quantity) -> bool:
    """Whether q counts the days on which a state of supply or demand holds, in its clause
    (kr_state_days: sold out, run out, stock-outs, fully booked; 卖光, 断货, 满房): how often the
    state is reached, a result, not days given to an effort (decision 1310)."""
    if q.kind not in ("count", "duration") or not (
        _DAYS_COUNTED.search(q.text) or _DAYS_AFTER.match(item.folded, q.end)
    ):
        return False
    cs, ce = clause_of(item, q.start)
    return any(cs <= a and b <= ce for a, b, _w in terms(item, "kr_state_days"))


def _time_allotments(item: Item) -> list[Activity]:
    """Time given to an effort on a cadence ("1hr studying at least once a week", "60 mins guitar
    practice per week", "Spend 1hr every week on side projects"): a count of effort (PRINCIPLES
    "Result, not task"; docs/principles.md decision 74). Not a bound on a duration ("replies
    under 2 hours per ticket") and not a duration that a change verb moves.

    The cadence words (kr_frequency_words) are looked up only for a duration that gets that far
    (issue 13): the look-up is kept per item, so where it is made does not change what it finds,
    and most items hold no such duration."""
    text = item.folded
    out: list[Activity] = []
    for q in quantities(item):
        if q.kind != "duration" or q.role != "target" or q.form != "digits":
            continue
        if _BOUND_BEFORE.search(text, max(0, q.start - 14), q.start):
            continue
        if q.value == 0:
            continue  # "Run out of carnitas: 0 days a month": nobody gives no time to an effort
        cs, ce = clause_of(item, q.start)
        if _THRESHOLD_BEFORE.search(text, max(0, q.start - 14), q.start) and any(
            p.kind == "count" and q.end <= p.start < ce for p in quantities(item)
        ):
            # "Boarding delays over 30 min down from 22 to 5 per month": the time picks which
            # delays are counted and the count after it is the measure (decisions 840, 5013)
            continue
        if any(cs <= a < ce for a, _b, _w in terms(item, "kr_result_verbs")):
            continue
        if days_in_state(item, q):
            continue  # "Sell out the lunch special 4 days a week" (decision 1310)
        if any(m.start() <= q.start < m.end() for m in _EN_TIME_OFF.finditer(text)):
            continue  # "Take 2 days off per month": the writer's rest (decisions 203, 6954)
        if _COVER_AFTER.match(text, q.end):
            # "O-negative stock at or above 6 days of supply every week", "8 weeks of cash
            # runway each month": how long the stock lasts, a level held (decision 3543)
            continue
        if rest_amount(item, cs, q):
            # "Sleep at least 7 hours on 6 nights a week": rest one gets on a cadence is a level
            # kept, whatever the period counts (decisions 1727, 3008)
            continue
        ends = [b for a, b, _w in terms(item, "kr_frequency_words") if q.end <= a < ce]
        once = _ONCE_RE.search(text, q.end, ce)
        if once is not None:
            ends.append(once.end())
        slash = _PER_SLASH.match(text, q.end)  # "Work 15 hrs/week" (decision 1044)
        if slash is not None and rest_amount(item, cs, q):
            # "Average sleep ≥ 7 hrs/night", "Sleep 7h/night": rest one gets is a level kept,
            # as "Sleep 7 hours a night" is (decisions 1727, 2824)
            slash = None
        if slash is not None:
            ends.append(slash.end())
        if ends:
            out.append(Activity(q.start, min(ends), "", q.text))
    out.extend(_time_put_in(item))
    out.extend(_hours_of_effort(item))
    out.extend(_parts_of_day_given(item))
    return out


# A part of the day or the week given to something, counted: "one afternoon", "2 evenings",
# after a verb of giving time ("spend", "keep", "set aside", "block out").
_EN_TIME_GIVEN = re.compile(
    r"\b(?:spend|keep|set aside|block(?: out| off)?|give|dedicate|reserve|save)\s(?:at least\s)?$"
)
_EN_PART_OF_DAY = re.compile(
    r"\s(?:mornings?|afternoons?|evenings?|nights?|lunchtimes?|weekends?)\b"
)


def _parts_of_day_given(item: Item) -> list[Activity]:
    """Parts of the day given to someone or something on a cadence: "Spend one afternoon a week
    with each kid", "Keep 2 evenings a week free for the garden" — time put in, an effort
    counted as "Spend 1hr every week on side projects" is (decision 1587). Not a bound
    ("at most 2 nights a week away") nor a count a result verb moves."""
    text = item.folded
    out: list[Activity] = []
    for q in quantities(item):
        if q.kind != "count" or q.role != "target" or not q.value:
            continue
        m = _EN_PART_OF_DAY.match(text, q.end)
        given = _EN_TIME_GIVEN.search(text, max(0, q.start - 24), q.start)
        if m is None or given is None:
            continue
        cs, ce = clause_of(item, q.start)
        if any(cs <= a < ce for a, _b, _w in terms(item, "kr_result_verbs")):
            continue
        if any(m.end() <= a < ce for a, _b, _w in terms(item, "kr_frequency_words")):
            # the whole clause: whom the time is given to is part of the effort ("with each kid")
            end = min(ce, item.core_span[1])
            out.append(Activity(given.start(), end, given.group(0).split()[0], q.text))
    return out


_WORD_RE = re.compile(r"[a-z]+")


def rest_amount(item: Item, clause_start: int, q: Quantity) -> bool:
    """Whether the duration q is rest one gets: a rest word (kr_rest_verbs: sleep, nap) in its
    clause before it, or "of sleep" right after it (decision 2824)."""
    rest = set(words("kr_rest_verbs", "en")) - {"rest"}  # "the rest of the backlog" is no rest
    before = _WORD_RE.findall(item.folded, clause_start, q.start)
    after = _WORD_RE.findall(item.folded, q.end, min(len(item.folded), q.end + 16))
    rest |= {f"{w}s" for w in rest}  # "Toddler naps ≥ 1 hr/day"
    return (
        bool(rest & set(before))
        or (len(after) >= 3 and after[1] == "of" and after[2] in rest)
        # "8 hours of sleep": the unit inside the quantity (decision 3008)
        or (len(after) >= 2 and after[0] == "of" and after[1] in rest)
    )


# Words that bound a figure from below, dropped before a care time's name (decision 4663).
_ZH_FLOOR_WORDS = re.compile(r"\s|至少|不少于|不低于|保持在|达到|满")


def zh_care_time(item: Item, q: Quantity) -> bool:
    """Whether the Chinese duration q is the time the people served get each period
    (`kr_care_amounts`: 户外活动, 午睡 …, perhaps with 时间/时长), named right before the
    duration or, before the cadence, as the clause's name: a level kept, as sleep is (decisions
    1844, 4663); "每天阅读时间不少于1小时" stays effort."""
    cadence = item.facts.shape.cadence
    if item.language != "zh" or q.kind != "duration" or cadence is None:
        return False
    text = item.folded
    cs = clause_of(item, q.start)[0]
    names = [text[cadence[1] : q.start]] if cadence[1] <= q.start else []
    if cs <= cadence[0] <= q.start:
        names.append(text[cs : cadence[0]])
    care = tuple(words("kr_care_amounts", "zh"))
    for named in names:
        named = _ZH_FLOOR_WORDS.sub("", named).removesuffix("时间").removesuffix("时长")
        if named.endswith(care):
            return True
    return False


# "15 hrs/week", "2h / day": the cadence written with a slash.
_PER_SLASH = re.compile(r"\s?/\s?(?:day|week|wk|month|mo|shift|night)\b")
# A verb of putting in time opening the key result, then the hours it puts in, a total or
# per period: "Volunteer 40 hours at the food bank", "log 60+ shop hours Jan-Mar" (decision 1044).
_TIME_PUT_IN = re.compile(
    r"(?:work|volunteer|log|clock|put in|practi[cs]e|tutor|shadow)\s(?:in\s|at least\s)?"
    r"(?P<q>[\d,.]+\+?)\s?(?:[a-z-]+\s){0,2}?(?:hours|hrs|hr|h|minutes|mins)\b"
    r"(?:\s?/\s?(?:day|week|wk|month|mo|shift|night)\b)?"
)


def _time_put_in(item: Item) -> list[Activity]:
    """Hours put in after a verb of giving one's time that opens the key result: effort, not a
    result (decision 1044; decision 74 reads the same time on a cadence)."""
    start, end = item.core_span
    m = _TIME_PUT_IN.match(item.folded, start, end)
    if m is None or any(x.role == "baseline" for x in quantities(item)):
        return []
    return [Activity(m.start(), m.end(), m.group(0).split()[0], m.group("q"))]


# A verb of doing or giving, then hours of an effort (kr_hours_of_efforts): "Each clinician
# completes 20 hours of CPD", "Complete 8 hours of safety training", "Deliver 30 hours of
# tutoring" (decision 6823, as 511 reads 完成30小时继续教育).
_HOURS_OF_VERBS = (
    r"(?:complete|finish|do|does|undertake|log|attend|receive|get|put in|accrue|accumulate|earn|"
    r"deliver|give|provide|run|teach)(?:s|es|d|ed)?"
)


@cache
def _hours_of_effort_re() -> re.Pattern[str]:
    efforts = "|".join(
        re.escape(w) for w in sorted(words("kr_hours_of_efforts", "en"), key=len)[::-1]
    )
    return re.compile(
        rf"\b{_HOURS_OF_VERBS}\s(?:at least\s|a minimum of\s|over\s)?(?P<q>[\d,.]+)\+?\s?"
        r"(?:hours|hrs|hr|h)\b(?:\s?/\s?(?:day|week|wk|month|mo|term|year)\b)?\sof\s"
        rf"(?:[a-z-]+\s){{0,2}}?(?:{efforts})\b"
    )


def _hours_of_effort(item: Item) -> list[Activity]:
    """Hours of an effort done or given, counted: time put in, not a result (decision 6823)."""
    if item.language != "en" or any(x.role == "baseline" for x in quantities(item)):
        return []
    start, end = item.core_span
    m = _hours_of_effort_re().search(item.folded, start, end)
    if m is None:
        return []
    return [Activity(m.start(), m.end(), m.group(0).split()[0], m.group("q"))]


# Time put into an effort on a cadence, in Chinese (decision 344): "教练员每周带练时长不少于30小时",
# "直播时长每月不少于100小时", "每天花1小时刷行业资讯", "每周运动5小时".
_ZH_CADENCE = re.compile(r"每(?:个)?(?:天|日|晚|周|月|工作日|周末)")
_ZH_SPEND_BEFORE = re.compile(r"(?:花|投入|抽出|拿出)\s?(?:至少|不少于)?\s?$")
_ZH_TIME_OF = re.compile(r"(?P<w>[\u4e00-\u9fff]{1,4}?)(?:的)?(?:时长|时间|小时数)")
# Before the duration: a cap, a bound, a change ("不超过15分钟", "缩短到3小时"): no effort given.
_ZH_CAP_BEFORE = re.compile(
    r"(?:不超过|不高于|不多于|(?<!不)少于|(?<!不)低于|小于|控制在|缩短|压缩|降|减少|≤|<)[^，,；;。]{0,3}$"
)
# A per-unit measure ("平均处理时长", "人均学习时长" is a level per head: still a measure of a group).
_ZH_PER_UNIT = re.compile(r"平均|人均|单次|每次|每单|每件|每个客户")


# Efforts whose hours are counted in a total ("完成30小时继续教育", "累计志愿服务100小时").
_ZH_HOURS_OF = ("培训", "继续教育", "学习", "练习", "训练", "志愿服务", "带教", "授课", "听课")


# Class hours, counted (no duration unit): time given to learning or teaching (decision 3761).
_ZH_CLASS_HOURS = ("学时", "课时")


# "累计", "总共", "不少于" between an effort and its hours (decision 1745).
_ZH_TOTAL_AFTER = re.compile(r"\s?(?:累计|总计|共计|总共|共|超过|不少于|至少|达到|满)\s?$")


@cache
def _zh_days_efforts() -> tuple[str, ...]:
    return (*words("kr_time_efforts", "zh"), *_ZH_HOURS_OF)


def _zh_time_allotments(item: Item) -> list[Activity]:
    """Time given to an effort on a cadence in Chinese (decision 344, the English reading is
    decision 74's `_time_allotments`). Not a cap or a bound on how long something takes
    ("等待时长不超过15分钟", "24小时内回复"), a measure per unit ("平均处理时长"), or a duration a
    change verb moves ("直播时长从50小时提升到100小时")."""
    text = item.folded
    if item.facts.direction() in ("increase", "decrease"):
        return []
    efforts = (
        *words("kr_time_efforts", "zh"),
        *words("kr_activity_verbs", "zh"),
        *words("kr_activity_nouns", "zh"),
    )
    out: list[Activity] = []
    for q in quantities(item):
        # "参加培训不少于40学时": class hours are time given to learning (decision 3761)
        class_hours = q.kind == "count" and text.startswith(_ZH_CLASS_HOURS, q.end)
        if (q.kind != "duration" and not class_hours) or not q.is_target:
            continue
        q_end = q.end + 2 if class_hours else q.end
        cs, ce = clause_of(item, q.start)
        before = text[cs : q.start]
        if _ZH_CAP_BEFORE.search(before) or text.startswith(("内", "以内", "之内"), q_end):
            continue
        if _ZH_PER_UNIT.search(before) or zh_care_time(item, q):
            continue  # (zh_care_time: "户外活动时间每天不少于2小时" is a level kept, 4663)
        if not _ZH_CADENCE.search(text, cs, ce):
            # "所有律师完成30小时继续教育": hours of an effort right after the figure, also
            # without a cadence, are time given to it (decision 511)
            after = re.match(r"\s?的?\s?([\u4e00-\u9fff]{2,6})", text[q_end:ce])
            if (
                after is not None
                and after.group(1).endswith(_ZH_HOURS_OF)
                and "每" not in before  # "每两周开展6小时学习": the cadence's own reading
            ):
                out.append(Activity(q.start, q_end + after.end(), "", q.text))
                continue
            # "练车20个小时", "刷题累计100小时": the effort opening the clause, then its hours,
            # is time given to it in all, as "跑步250公里" is the distance (decision 1745)
            # "累计不少于": a total word, then a floor (decision 3761)
            head = _ZH_TOTAL_AFTER.sub("", _ZH_TOTAL_AFTER.sub("", before.strip()))
            # "驻村工作不少于60天", "挂职工作满90天": 工作 after the effort names no other one (3761)
            if len(head) > 2 and head.endswith("工作"):
                head = head[:-2]
            if head and (
                head in word_set("kr_time_efforts", "zh")
                # "每位专业教师下企业实践不少于20天", "驻村工作…": the effort closing the words
                # before its days or hours, who does it named first (decision 3564)
                or (_ZH_TOTAL_AFTER.search(before) and head.endswith(_zh_days_efforts()))
                # "累计开展志愿服务200小时", "组织员工培训120小时": an effort whose hours are
                # counted in a total closing the words before them, whatever leads (5367)
                or head.endswith(_ZH_HOURS_OF)
            ):
                out.append(Activity(cs, q_end, "", q.text))
            continue
        spent = _ZH_SPEND_BEFORE.search(before)
        named = [m for m in _ZH_TIME_OF.finditer(before) if m.group("w").endswith(efforts)]
        # "每周运动5小时": the effort right before the figure, after its cadence at most.
        bare = re.search(r"([\u4e00-\u9fff]{1,3})\s?(?:至少|不少于)?\s?$", before)
        if spent is not None:
            start = spent.start()
        elif named:
            w = named[-1]
            start = w.end("w") - max(len(e) for e in efforts if w.group("w").endswith(e))
        elif bare is not None and bare.group(1).endswith(tuple(words("kr_time_efforts", "zh"))):
            # the effort word itself, not the characters before it ("亲子阅读20分钟" quotes
            # "阅读", not "子阅读"), with the cadence right before it (decision 2426)
            eff = max(
                (e for e in words("kr_time_efforts", "zh") if bare.group(1).endswith(e)), key=len
            )
            start = bare.end(1) - len(eff)
            cadence = re.search(r"每[天日周月晚]\s?$", before[:start])
            if cadence is not None:
                start = cadence.start()
        else:
            continue
        if before[:start].endswith("每"):
            start -= 1  # "每天直播不少于8小时": the 3 characters before 不少于 cut 每天 (rw-033)
        out.append(Activity(cs + start if start < len(before) else q.start, q_end, "", q.text))
    return out


# Exercise counted by the distance covered (decision 534): "跑步250公里", "每月骑行300公里",
# "月均跑量超过200公里" give the effort's volume, as hours of practice do (decision 344).
ZH_DISTANCE_UNITS = frozenset({"公里", "千米", "km", "米"})
_ZH_DISTANCE_EFFORT = re.compile(
    r"(?:跑步|跑量|骑行|骑车|游泳|徒步|健走|快走|慢跑|步行)\s?"
    r"(?:累计|总计|共计|总共|共|超过|不少于|至少|达到|满)?\s?$"
)


_EN_DISTANCE_UNITS = frozenset({"km", "kms", "kilometres", "kilometers", "miles", "mi", "mile"})
# One's own exercise named before a distance in the same clause (decision 6288): "Weekly mileage
# up to 50 miles", "Cycle 100 miles a week", "Weekly swimming distance 8 km"; a vehicle's or a
# fleet's mileage is a cost, not training ("Cut van mileage to 9,000 miles a month").
# The distance of one effort, not the volume of many: "longest continuous run", "furthest
# single ride", "a non-stop swim of 2 km" — what one can reach, a level (decision 6398).
_EN_ONE_EFFORT = re.compile(
    r"(?<![a-z-])(?:longest|furthest|farthest|single|continuous|non-?stop)(?![a-z-])"
)
_EN_DISTANCE_EFFORT = re.compile(
    r"(?<![a-z-])(?<!fleet )(?<!van )(?<!vehicle )(?<!business )(?<!company )(?<!car )"
    r"(?<!truck )(?<!lorry )(?<!delivery )(?<!route )"
    r"(?:mileage|running|runs?|jogging|jog|cycling|cycle|ride|riding|bike|biking|swimming|swim"
    r"|rowing|row|walking|walk|hiking|hike|training)(?![a-z-])"
)


@cache
def _en_group_contacted_re() -> re.Pattern[str]:
    # longest_first: one order in every process (the regex cache keeps a pattern by its text)
    verbs = longest_first(
        {w for w in words("kr_contact_verbs", "en") if " " not in w and "-" not in w} | {"phone"}
    )
    alt = "|".join(re.escape(v) for v in verbs)
    return re.compile(
        rf"(?:[a-z'-]{{1,20}}\s){{0,4}}?(?P<verb>(?:{alt})(?:s|es)?)\s"
        r"(?:\d{1,3}(?:\.\d{1,2})?\s?%\s(?:of\s)?|(?:all|every|each)\s(?:of\s)?)"
        r"(?:the\s|our\s|their\s|its\s)?[a-z0-9]"
    )


def _group_contacted_on_cadence(item: Item) -> list[Activity]:
    """A share (or every one) of a group visited, called or contacted on a cadence: "Account
    managers visit 100% of key accounts each quarter", "Call 90% of at-risk members every month",
    "Advisers contact every new tenant each month" — a contact rate, the calls made counted over
    the group (decisions 633, 759, 2127; lead's note of round 43; decision 6290). Not with a time
    limit on each contact ("Nurses phone all discharged patients within 48 hours": a standard,
    decision 334), and not when another verb wins or keeps the group ("Retain 100% of key
    accounts each quarter")."""
    f = item.folded
    cs, ce = item.core_span
    m = _en_group_contacted_re().match(f, cs, ce)
    if m is None:
        return []
    _s, end = clause_of(item, m.start("verb"))
    end = min(end, ce)
    if "within" in f[m.end() : end] or "after" in f[m.end() : end]:
        return []
    if not any(m.end() <= a < end for a, _b, _w in terms(item, "kr_frequency_words")):
        return []
    return [Activity(m.start("verb"), end, m.group("verb"), "")]


# A week (or a day, a month) named by the distance covered in it, running's word for a training
# volume: "80 km weeks", "40-mile weeks", "a 100 km training week" (decision 6702).
_EN_VOLUME_WEEKS = re.compile(
    r"(?<![\d.,])\d{1,4}(?:\.\d)?\+?\s?-?\s?(?:km|kms|kilometre|kilometer|mile|miles|mi)\s"
    r"(?:(?:training|running|cycling|riding|base|build|peak)\s)?(?:weeks?|days?|months?|blocks?)\b"
    r"|\b(?:weeks?|days?|months?)\s(?:of|at|over|above)\s(?:at\sleast\s)?\d{1,4}(?:\.\d)?\+?\s?"
    r"(?:km|kms|kilometres|kilometers|miles|mi)\b"
)
# A vehicle's or a fleet's distance is a cost or a service, not training (decision 6288).
_EN_VEHICLE_WORDS = re.compile(
    r"\b(?:fleet|vans?|vehicles?|trucks?|lorr(?:y|ies)|bus(?:es)?|cars?|drivers?)\b"
)
# One performance held without a break (decision 6437): "non-stop", "without a break".
_EN_UNBROKEN = re.compile(
    r"\b(?:non-stop|nonstop|without (?:a break|breaks|a rest|resting|pausing|a pause|stopping))\b"
)


# A time to beat right after one run's distance (decision 6560): "5 km in under 30 minutes",
# "10 miles below 80 min", "10 km in 52:30".
_EN_RACE_TIME_AFTER = re.compile(
    r"\s?(?:km|kms|kilometres|kilometers|miles?|mi)\b\s(?:in\s)?"
    r"(?:(?:under|below|less\sthan|at\smost|no\smore\sthan|sub-?)\s)?"
    r"(?:\d{1,3}(?:\.\d)?\s?(?:minutes?|mins?|hours?|hrs?|h)\b|\d{1,2}:\d{2}(?::\d{2})?)"
)


def _race_time_after(item: Item, start: int, end: int) -> bool:
    """One run's distance with a time to beat after it ("Run 5 km in under 30 minutes", "Ride
    40 miles in 2:30"): a performance bar, as a race time is (decision 6560; lead decisions
    5044-5045), unless a cadence follows ("Run 5 km in 30 minutes three times a week": volume)."""
    m = _EN_RACE_TIME_AFTER.match(item.folded, start, end)
    if m is None:
        return False
    return not any(m.end() <= a < end for a, _b, _w in terms(item, "kr_frequency_words"))


def _en_distance_covered(item: Item) -> list[Activity]:
    """Training volume as distance covered on a cadence or to a level ("Weekly mileage up to 50
    miles by April", "Cycle 100 miles a week"): one's own effort measured, as time practised is
    (lead's ruling, round 43; decision 6288; "跑步250公里" is decision 534's). Not a distance cut
    ("Cut weekly mileage to 20 miles": easing off is no effort counted) nor a distance that others
    cover ("Members log 5,000 km in the charity ride": the people served count a result)."""
    out: list[Activity] = []
    f = item.folded
    weeks = _EN_VOLUME_WEEKS.search(f, *item.core_span)
    if weeks is not None:
        cs, ce = clause_of(item, weeks.start())
        if item.facts.direction(cs, ce) != "decrease" and not _EN_VEHICLE_WORDS.search(f, cs, ce):
            # "Hit 80 km weeks for 8 of the 12 build weeks": weeks of a training volume (6702)
            return [Activity(max(cs, item.core_span[0]), weeks.end(), "", "")]
    for q in quantities(item):
        if not q.is_target or q.unit not in _EN_DISTANCE_UNITS:
            continue
        cs, _ce = clause_of(item, q.start)
        m = _EN_DISTANCE_EFFORT.search(f, max(cs, q.start - 40), q.start)
        if m is None or item.facts.direction(cs, q.end) == "decrease":
            continue
        if _EN_ONE_EFFORT.search(f, max(cs, q.start - 40), q.start):
            continue  # "my longest continuous run from 12 km to 21": what one run reaches (6398)
        if _EN_UNBROKEN.search(f, cs, item.core_span[1]):
            continue  # "Swim 1.5 km non-stop by August": one unbroken swim, a skill shown (6437)
        if _race_time_after(item, q.end, item.core_span[1]):
            continue  # "Run 5 km in under 30 minutes": a time to beat over one run (6560)
        if item.facts.shape.verb is not None and item.facts.shape.verb.position != "lead":
            continue
        out.append(Activity(max(cs, item.core_span[0]), q.end, "", q.text))
        break
    return out


def _zh_distance_covered(item: Item) -> list[Activity]:
    """A distance right after an exercise ("跑步250公里"): the effort's volume; not when a
    change verb moves it ("跑量从100公里提升到200公里": a level moved)."""
    out: list[Activity] = []
    for q in quantities(item):
        if not q.is_target or q.unit not in ZH_DISTANCE_UNITS:
            continue
        cs, _ce = clause_of(item, q.start)
        m = _ZH_DISTANCE_EFFORT.search(item.folded, max(cs, q.start - 12), q.start)
        moved = item.facts.from_to or (
            item.facts.direction(cs, q.end) in ("increase", "decrease")
            and item.facts.bound(q) != "min"  # "月均跑量超过200公里": a floor, not a change
        )
        if _ZH_RACE_TIME_AFTER.match(item.folded, q.end) and "每" not in item.folded[cs:]:
            continue  # "跑步5公里用时30分钟以内": one run's time to beat, a bar (decision 6560)
        if m is not None and not moved and not ZH_UNBROKEN.search(item.folded, cs, q.start):
            # "年底前不间断骑行50公里": one unbroken ride, a skill shown, not volume (6437)
            out.append(Activity(m.start(), q.end, "", q.text))
    return out


# A time to beat right after one run's distance (decision 6560): "5公里用时30分钟以内",
# "40公里用时不超过90分钟", "10公里跑进55分钟".
_ZH_RACE_TIME_AFTER = re.compile(
    r"\s?(?:用时|耗时|成绩)?\s?(?:不超过|不到|少于|低于|控制在|跑进|游进|骑进|在)?\s?"
    r"(?:\d{1,3}(?:\.\d)?|[一二三四五六七八九十两半]{1,3})\s?(?:分钟|小时|个小时|分)"
)


# One performance held without a break, in Chinese (decision 6437): "不间断", "一口气".
ZH_UNBROKEN = re.compile(r"不停顿|不停歇|不间断|一口气|中途不停|中途不休息|不休息")


# "从每月2次到每周3次": a Chinese measure moved from one level to another (decisions 9, 63).
_ZH_FROM_TO = re.compile(r"从[^，,；;。从]{1,12}?(?:到|至|变为|变成)")


def _names_a_metric(item: Item, start: int, end: int) -> bool:
    """'发布频率从每月2次提升到每周3次': the effort verb names a measure that a result verb
    moves, so the count is a level of that measure, not a tally of effort."""
    if any(start <= p[0].start and p[1].end <= end for p in item.facts.from_to) or (
        item.language == "zh" and _ZH_FROM_TO.search(item.folded, start, end)
    ):
        return True  # "每周发布次数从3次到15次": a measure moved from a start, no verb needed
    found = terms(item, "kr_result_verbs")
    i = bisect.bisect_left(found, (start, -1, ""))
    if i < len(found) and found[i][1] <= end and item.language == "zh":
        # "开展签约宣传20场": 签约 names what the publicity is about, glued to the effort's noun;
        # it moves no measure (decision 760)
        acts = terms(item, "kr_activity_nouns")
        # "举办校园招聘会3场": the result verb inside the event's own name (decision 2726)
        return not any(
            a == found[i][1] or (a <= found[i][0] and found[i][1] < b) for a, b, _w in acts
        )
    if (
        i < len(found)
        and item.language == "en"
        and _EN_AND_THEN.search(item.folded, start, found[i][0]) is not None
    ):
        # "Run 3 open days and lift sign-ups by 10%": the result verb leads a second clause of
        # its own after "and"; the efforts before it are still counted (decision 5757)
        return False
    return i < len(found) and found[i][1] <= end


def result_joined_after(item: Item, after: int) -> int | None:
    """Where "and" joins a clause led by a result verb after `after`, in English, or None; in
    Chinese, where the clause after the comma that ends the effort's clause opens on a measure
    with its own target (decision 5948)."""
    if item.language == "zh":
        return _zh_measure_clause_after(item, after)
    if item.language != "en":
        return None
    for s, _e, _w in terms(item, "kr_result_verbs"):
        if s > after and _EN_AND_THEN.search(item.folded, after, s) is not None:
            return s
    return None


# What each effort reaches opens a clause as its own average: "场均观看2000人" (decision 645).
_ZH_PER_EFFORT_OPEN = re.compile(r"(?:场均|单场|每场|平均每场|次均|每次)")


def _zh_measure_clause_after(item: Item, after: int) -> int | None:
    """ "举办消防演练2场，员工逃生测试通过率95%", "开展家长讲座3场，家长满意度达到90%": the clause after
    the effort's opens with no verb, on who or what is measured, names a measure (coach/facts/
    kpi.py) and gives it a target — a second key result beside the effort, as "and lift sign-ups
    by 10%" is in English (decisions 5757, 5948); the effort stays counted. Not a clause led by
    what the effort brings ("，吸引500名客户参加", "，带来新客300人") nor each effort's own reach
    ("，场均观看2000人")."""
    _cs, ce = clause_of(item, max(0, after - 1))
    nxt = next(((a, b) for a, b in item.facts.clauses if a >= ce), None)
    if nxt is None or item.folded[ce : nxt[0]].strip() not in ("，", ","):
        return None
    a, b = nxt
    first = next((t for t in item.tokens if t.start >= a), None)
    if first is None or first.start >= b or first.pos == "v":
        return None
    if _ZH_PER_EFFORT_OPEN.match(item.folded, a):
        return None
    kpi = next((k for k in item.facts.kpis if a <= k[0] and k[1] <= b), None)
    if kpi is None or not any(q.is_target and kpi[1] <= q.start < b for q in item.facts.quantities):
        return None
    return a


# "and" (or "&", "as well as") between the count and a result verb, the verb right after it.
_EN_AND_THEN = re.compile(r"\s(?:and|&|as\swell\sas|plus)\s(?:then\s|also\s)?$")


# Inviting or calling people in counts the invitations, the effort ("邀请100位客户参加"), as
# "吸引500名客户参加" counts who came (decision 1842).
_ZH_INVITED_BEFORE = re.compile(r"(?:邀请|邀约|约请|召集|通知)了?\s?(?:至少|不少于|超过)?\s?$")


def _outcome_marks(item: Item) -> tuple[list[int], list[int]]:
    """Where a result is measured, found once per item: (starts of %/money signs, starts of
    counts followed in their clause by a person or thing the KR wants more of)."""
    memo = item.facts.memo.get("outcome_marks")
    if memo is None:
        text = item.folded
        signs = [
            m.start() for m in _OUTCOME_SIGNS.finditer(text) if not _per_effort_bar(item, m.start())
        ]
        nouns = terms(item, "kr_outcome_nouns")
        noun_starts = [n[0] for n in nouns]
        outcomes = []
        for q in counts(item):
            cs, ce = clause_of(item, q.start)
            if _per_effort_bar(item, q.start):
                continue  # "单场GMV不低于5000元": what each effort reaches (decision 4664)
            if q.kind == "rank" or (
                item.language == "zh"
                and _ZH_INVITED_BEFORE.search(text, max(cs, q.start - 6), q.start)
            ):
                # "给Top100客户做一次QBR": a rank names which customers; "邀请100位客户参加":
                # the people invited are the invitations sent, not attendance won (decision 1842)
                continue
            i = bisect.bisect_left(noun_starts, q.start)
            # A noun wholly inside [q.start, clause end).
            if i < len(nouns) and nouns[i][1] <= ce:
                outcomes.append(q.start)
        memo = (signs, outcomes)
        item.facts.memo["outcome_marks"] = memo
    return memo  # type: ignore[return-value]


# Each effort's own figure: 单场, 每场, 场均 … (decisions 645, 1449, 4664).
_ZH_EACH_EFFORT = re.compile(r"[场篇条期]均|[单每](?:场|篇|条|期)")


def _per_effort_bar(item: Item, pos: int) -> bool:
    """Whether the Chinese figure at `pos` is a bar each effort meets: its clause opens with 单场,
    每场, 场均 … before it ("…每月不少于8场，单场GMV不低于5000元"): the efforts stay counted, as
    "开展4场培训，每场参训人数超过30人" does (decisions 1449, 4664)."""
    if item.language != "zh":
        return False
    cs = clause_of(item, pos)[0]
    return _ZH_EACH_EFFORT.search(item.folded, cs, pos) is not None


def _outside(starts: list[int], lo: int, hi: int) -> bool:
    """Whether any of the sorted `starts` lies outside [lo, hi)."""
    return bool(starts) and (starts[0] < lo or starts[-1] >= hi)


# After the people a contact is made with, nothing or one of their roles (up to four characters
# after an optional 的) before the contact verb: "客户|高层", "经销商|的老板" (decision 1742).
_ZH_ROLE_OF = re.compile(r"(?:的?[\u4e00-\u9fff]{1,4})?")


def _target_after(item: Item, q: Quantity) -> bool:
    """A target figure after the count of things sent: it says what the sending brings, so the
    count is no effort tallied alone (decisions 5540, 5477)."""
    return any(o.is_target and o.start >= q.end for o in item.facts.quantities)


# 向 or 给 right before a count of those things are sent to (decision 5540).
_ZH_SENT_TO_BEFORE = re.compile(r"(?:向|给)\s?$")


def _zh_sent_to(item: Item, q: Quantity, ce: int) -> Activity | None:
    """Things sent or handed to a count of recipients ("向50家潜在客户寄送样品", "给30所学校寄出
    招生简章"): the recipients counted after 向/给, then a verb of sending (kr_submit_verbs.txt)
    within a few words, in the same clause, count the effort as "寄出样品200份" does (5540)."""
    text = item.folded
    m = _ZH_SENT_TO_BEFORE.search(text, max(0, q.start - 2), q.start)
    if m is None:
        return None
    if _target_after(item, q):
        return None  # "向20家客户发送报价后签约8家": a figure after it says what it brings
    sent = word_set("kr_submit_verbs", "zh")
    toks = [t for t in item.tokens if q.end <= t.start < ce]
    for i, t in enumerate(toks):
        if t.start > q.end + 10:
            break
        if t.text in sent:
            end = t.end
            # the things sent, up to what may follow them ("…发送报价后签约8家": the deals won)
            for nxt in toks[i + 1 :]:
                if not (nxt.pos.startswith("n") or nxt.pos in ("a", "b", "m", "q")):
                    break
                end = nxt.end
            return Activity(m.start(), end, t.text, q.text)
    return None


# Between a leading verb of sending and a count of recipients: the things sent, then "to" and
# at most a word bounding the count ("Send welcome packs to at least 400 new members").
_EN_SENT_TO_GAP = re.compile(
    r"[ \t]{1,3}(?:[a-z][a-z'-]{0,24}[ \t]{1,3}){1,5}to[ \t]{1,3}"
    r"(?:(?:at least|over|more than|another)[ \t]{1,3})?"
)


def _en_sent_to(item: Item, q: Quantity, ce: int) -> Activity | None:
    """Things sent or handed out to a count of recipients ("Send welcome packs to 400 new
    members", "Hand out loyalty cards to 600 commuters"): a leading verb of putting pieces out
    (kr_output_verbs.txt), the things, then "to" and the count of recipients count the effort,
    as "发放代金券4000张" and "向100位老会员赠送生日礼包" do (decisions 5540, 5477). Not when a
    figure after it says what the sending brings ("Send quotes to 20 clients and sign 8")."""
    verb = lead_verb(item, "kr_output_verbs")
    if verb is None or q.start <= verb[1]:
        return None
    if _EN_SENT_TO_GAP.fullmatch(item.folded, verb[1], q.start) is None:
        return None
    if _target_after(item, q):
        return None  # "Send quotes to 20 clients and sign 8": what the sending brings
    _ns, ne = _en_np(item, q)
    return Activity(verb[0], min(max(ne, q.end), ce), verb[2], q.text)


def _zh_day_named_for(item: Item, noun: tuple[int, int, str]) -> bool:
    """The noun begins a day's or a festival's name, one word to the segmenter ("会员日",
    "客户节", "粉丝节", coach/data/zh_userdict.txt): the day is when the effort happens, not the
    people acting (decision 5541: "会员日发放优惠券5000张")."""
    if item.language != "zh":
        return False
    return any(
        t.start == noun[0] and t.end > noun[1] and t.text.endswith(("日", "节"))
        for t in item.tokens
    )


def _outcome_elsewhere(item: Item, act: Activity) -> bool:
    """A result measured outside the activity: a %, money, or a count of customers, users …

    "举办3场沙龙，吸引500名客户参加" measures attendance; "通过每周发布3个答案，来获得15个粉丝"
    measures followers. Also when customers or users are the ones acting ("用户每周发帖3次").
    """
    signs, outcomes = _outcome_marks(item)
    text = item.folded
    joined = result_joined_after(item, act.end)
    if joined is not None:
        # "Run 3 open days and lift sign-ups by 10%": the result after "and" is a second key
        # result of its own (kr-compound), no measure of the efforts' outcome (decision 5757)
        signs = [p for p in signs if p < joined]
        outcomes = [p for p in outcomes if p < joined]
    if _outside(signs, act.start, act.end) or _outside(outcomes, act.start, act.end):
        return True
    cs, _ = clause_of(item, act.start)
    subject = text[cs : act.start]
    if item.language == "en" and served_acts(item):
        return True  # "Members attend 3 classes a week": they act (decision 2142)
    if _team_member_subject(subject, item.language) or _staff_in_plural(subject, item.language):
        # "Each account manager visits 10+ clients a month": one of the team does the effort;
        # "account" names the role, not customers acting (decision 2140); "Account managers
        # visit …", the role in the plural, says it of all of them (decision 6290)
        return False
    nouns = terms(item, "kr_outcome_nouns")
    i = bisect.bisect_left(nouns, (cs, -1, ""))
    in_subject = (
        i < len(nouns) and nouns[i][1] <= act.start and not _zh_day_named_for(item, nouns[i])
    )
    if (
        in_subject
        and item.language == "zh"
        and act.verb in word_set("kr_contact_verbs", "zh")
        and _ZH_ROLE_OF.fullmatch(subject.rstrip(), nouns[i][1] - cs)
    ):
        # "老客户回访300次": the people right before a visit are its object (decision 233), also
        # when a role of theirs follows them: "客户高层拜访20次", "经销商的老板走访12次" (1742)
        return False
    return in_subject and not _SUBJECT_LINK.search(subject)


# "per teacher", "for each account manager", "a rep": efforts shared out over the team's people.
# Read at the end of a noun phrase's word: the lookbehind only stops a scan from inside a blank run.
_PER_ONE_OF = re.compile(
    r"(?<!\s)\s*(?:per|for each|each|an?)\s(?P<role>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2})"
)


def _per_team_member(item: Item, cs: int, q: Quantity, ne: int) -> bool:
    """Whether a count of efforts that opens its clause with no verb is shared out over each one of
    the team named by a role: "6 peer observations per teacher", "3 demos per rep" (decision
    2203). The people served are no team ("2 visits per customer" is their use of a place)."""
    text = item.folded
    if text[cs : q.start].strip(" -–—:*•·"):
        return False
    m = _PER_ONE_OF.match(text, ne)
    if m is None:
        return False
    roles = {*words("kr_staff_nouns", "en"), *words("owner_roles", "en")}
    return any(w in roles for w in m.group("role").split())  # "per new teacher"


# The team's role in the plural as the subject, up to two words before it: "account managers ",
# "the outreach reps " (decision 6290).
_PLURAL_STAFF = re.compile(
    r"\s{0,3}(?:the\s|our\s)?(?:[a-z][a-z-]{0,24}\s){0,2}?(?P<role>[a-z]{1,24}s|team|desk|squad|crew)"
    r"\s{0,3}"
)


def _staff_in_plural(subject: str, lang: str) -> bool:
    """Whether the words before an effort are the team's role in the plural ("Account managers",
    "Our reps") or the team itself ("The retention team", "The renewals desk"): all of the team
    do the effort, as "Each account manager" says of each one."""
    m = _PLURAL_STAFF.fullmatch(subject) if lang == "en" else None
    if m is None:
        return False
    role = m.group("role")
    return role in ("team", "desk", "squad", "crew") or role in word_set("kr_staff_nouns", "en")


# "Each account manager ", "Every sales rep ": each one of the team named by a role.
_EACH_ONE_OF = re.compile(r"\s*(?:every|each)\s(?:[a-z][a-z-]*\s){0,2}?(?P<role>[a-z]+)\s*$")


# "每位客户成功经理每周", "每名销售每月": each one of the team by a role, then perhaps a cadence
# (decision 2442).
_ZH_EACH_ONE_OF = re.compile(
    r"(?:每一?[位名个]|各位?)?(?P<role>[\u4e00-\u9fffa-z]{1,10}?)(?:每(?:天|日|周|月|季度?|年)|，|,)?"
)


def _team_member_subject(subject: str, lang: str = "en") -> bool:
    """Whether the words before an effort name each one of the team by a role (kr_staff_nouns,
    owner_roles): "Each account manager", "Every sales rep" (decision 2140), "每位客户成功经理每周"
    (decision 2442)."""
    if lang == "zh":
        zm = _ZH_EACH_ONE_OF.fullmatch(subject.strip())
        return zm is not None and zm.group("role").endswith(tuple(words("kr_staff_nouns", "zh")))
    m = _EACH_ONE_OF.fullmatch(subject)
    if m is None:
        return False
    role = m.group("role")
    return role in word_set("kr_staff_nouns", "en") or role in word_set("owner_roles", "en")


# Effort nouns that also name the use the people served make of a place: their sessions and
# visits (decision 2141).
_USE_NOUNS = frozenset(("session", "sessions", "visit", "visits"))


def use_in_thousands(item: Item, q: Quantity) -> bool:
    """Sessions or visits counted in thousands with no work verb before them: the use the people
    served make of a site, an app or a place, not sessions the team runs (decision 2141): "Reach
    50k sessions a month", "Sessions from 10k to 25k per month". A team runs dozens of
    sessions, not thousands; "Run 12 coaching sessions a month" keeps its reading."""
    if item.language != "en" or q.value is None or q.value < 1000:
        return False
    if _verb_before(item, "kr_activity_verbs", 0, q.start) is not None:
        return False
    if _verb_before(item, "kr_contact_verbs", 0, q.start) is not None:
        return False
    after = any(w in _USE_NOUNS for w in item.folded[q.end : q.end + 30].split()[:2])
    cs, _ce = clause_of(item, q.start)
    before = item.folded[cs : q.start].split()
    return after or any(w in _USE_NOUNS for w in before)


# "per FTE student", "per active member": the one of the people served a rate is taken over.
_PER_ONE_SERVED = re.compile(r"\bper(?:\s[a-z-]+){1,3}")


@cache
def _one_served() -> frozenset[str]:
    """One of the people served, as "per" names one (kr_visitors, people_served and its
    singulars): "per user", "per FTE student", "per customer"."""
    plural = word_set("people_served", "en")
    return frozenset(
        {*word_set("kr_visitors", "en"), *plural, *(w[:-1] for w in plural if w.endswith("s"))}
    )


def use_per_person_served(item: Item, q: Quantity) -> bool:
    """Sessions or visits counted per one of the people served, with no work verb before them:
    their use, a result, as "2.5 sessions per user" is (decision 2203): "E-resource usage per
    FTE student up from 31 to 45 sessions per semester", "Usage from 3 to 5 sessions per member
    a week" (decision 6829). "Run 6 coaching sessions per new hire" keeps its verb's reading."""
    if item.language != "en":
        return False
    if not any(w in _USE_NOUNS for w in item.folded[q.end : q.end + 30].split()[:2]):
        return False
    if _verb_before(item, "kr_activity_verbs", 0, q.start) is not None:
        return False
    if _verb_before(item, "kr_contact_verbs", 0, q.start) is not None:
        return False
    verb = item.facts.shape.verb
    if verb is not None and verb.cls not in ("change", "reach"):
        return False  # "Clinic runs 40 physio sessions per patient": the team's work
    cs, ce = clause_of(item, q.start)
    served = _one_served()
    return any(
        w in served
        for m in _PER_ONE_SERVED.finditer(item.folded, cs, ce)
        for w in m.group(0).split()[1:]
    )


# The people served opening the wording as its subject ("Members", "Active users", "Our
# patients"), then a word of theirs that is no measure. A match from inside a word needs at most
# 30 letters left of it (a long word is not scanned again from each of its letters).
_EN_SERVED_OPENS = re.compile(
    r"(?:(?<![a-z])|(?=[a-z]{1,30}+(?![a-z])))"
    r"(?:(?:our|the|all|active|new|paying|registered|returning|regular)\s){0,2}"
    r"(?P<who>[a-z]+)\s(?P<verb>[a-z]+)\b"
)
# After a word that is a noun or a verb, what shows it is the verb: an object's article, a
# particle, a preposition of place, how often.
_VERB_GOES_ON = re.compile(r"\s(?:the|a|an|our|their|its|in|on|at|to|up|out|back|once|twice|\d)\b")
_NOT_A_VERB = frozenset(("from", "per", "to", "with", "of", "who", "that", "in", "on", "at", "by"))


# A label's colon (or equals sign) right after a word: "Households visited: 1,200".
_LABEL_COLON = re.compile(r"\s?[:=：]")


# People, then a verb of saying or rating: "students say", "new hires report" (decision 2704).
_PEOPLE_SAY = re.compile(
    r"(?<![a-z-])(?:of\s+(?:our|the)\s+)?(?:[a-z-]{1,30}\s+){0,2}?(?P<who>[a-z]{1,30})\s+"
    r"(?:say|says|said|report|reports|tell|rate|agree|describe|feel|mention|recommend|call)\b"
)


def people_say_at(folded: str, pos: int) -> re.Match[str] | None:
    """People who say, report or rate something, from `pos` of an English text ("students say
    science is boring", "staff report feeling burned out"), or None (decision 2704)."""
    m = _PEOPLE_SAY.match(folded, pos)
    if m is None:
        return None
    who = m.group("who")
    if who not in _people_words() or not (who.endswith("s") or who in ("staff", "people")):
        return None
    return m


@cache
def _people_words() -> frozenset[str]:
    return frozenset(
        (
            *words("objective_people", "en"),
            *words("people_served", "en"),
            *words("kr_staff_nouns", "en"),
        )
    )


def served_acts(item: Item) -> bool:
    """The people served (people_served, kr_visitors: members, customers, users, students)
    open an English key result as the subject of a verb of theirs: "Members log in to the app
    twice a week", "Students practise on the platform twice a week" (decision 2142)."""
    if item.language != "en":
        return False
    m = _EN_SERVED_OPENS.match(item.folded, max(item.facts.shape.lead, item.core_span[0]))
    if m is None:
        return False
    who, verb = m.group("who"), m.group("verb")
    served = who in word_set("people_served", "en") or who in word_set("kr_visitors", "en")
    if not served or not who.endswith("s") or verb in _NOT_A_VERB:
        return False
    if verb.endswith(("ing", "ion", "ity", "ness")):
        return False  # "Members retention", "Customers satisfaction": a measure named
    if verb.endswith("ed") and _LABEL_COLON.match(item.folded, m.end()):
        # "Households visited: 1,200", "Homes canvassed: 800": a participle before a label's
        # colon is done to them, not something they do (decision 2243)
        return False
    if verb in word_set("kr_outcome_nouns", "en") and not _VERB_GOES_ON.match(item.folded, m.end()):
        return False  # "Members visits from 2 to 4": a measure; "Members visit the gym": a verb
    # an effort noun in the plural is no verb ("Members sessions"); "visit" can be one
    return not (verb.endswith("s") and verb in word_set("kr_activity_nouns", "en"))


# No leading \s*: searched over a clause, it made a run of blanks quadratic (bench_adversarial
# at 0.25 s); the blanks before the bracket are trimmed by rewrite_region after it.
_DEADLINE_LEAD = re.compile(
    r"[（(【\[]\s*(?:(?:by|before|until|due|截止|截至|于)\s*[:：]?\s*)?$", re.I
)


def rewrite_region(item: Item, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end) to replace with a rewrite, keeping a deadline in it.

    "每月提供2次个人培训" is replaced whole (the frequency goes with the activity); in
    "Publish 12 blog posts this quarter" the timeframe stays.
    """
    cs, ce = clause_of(item, start)
    cs, ce = min(cs, start), max(ce, end)
    label = after_lead_label(item.plain, cs, ce, owners_only=False)
    if cs < label <= start:
        cs = label  # "客服组——降低客户流失": the label stays before the rewrite (decision 5420)
    ds = item.deadline_span
    if ds is not None and cs <= ds[0] < ce:
        if ds[1] <= start:
            cs = ds[1]
        elif ds[0] >= end or (ds[0] > start and ce - ds[1] <= 1):
            ce = ds[0]  # a trailing "by Sep 1" stays after the rewrite
            # ... with what opens it: "（by 2月底）" stays whole, not "…[目标值] 2月底）".
            lead = _DEADLINE_LEAD.search(item.plain, cs, ce)
            if lead is not None:
                ce = lead.start()
    text = item.plain
    while cs < ce and (text[cs].isspace() or text[cs] in "，,：:"):
        cs += 1
    while ce > cs and (text[ce - 1].isspace() or text[ce - 1] in "，,"):
        ce -= 1
    return cs, ce


_DOWN_ZH = re.compile(r"降低|减少|缩短|下降|压缩")


def _downward(item: Item) -> bool:
    """Whether a Chinese KR speaks of going down (降低, 减少 …): once per item."""
    found = item.facts.memo.get("downward")
    if found is None:
        found = item.facts.memo["downward"] = bool(_DOWN_ZH.search(item.folded))
    return bool(found)


# A list or backlog cleared (decision 1013): "Clear the waiting list", "Waiting list cleared",
# "Backlog of support tickets emptied", "清空积压工单", "积压工单全部清空". Its measured form is what
# is left in it, 0: a state to reach, not work, and a number to write (kr-not-quantified).
_EN_CLEAR_ACTIVE = r"(?:clear|empty|clean out|work off|burn down|zero out)"
_EN_CLEAR_PASSIVE = (
    r"(?:(?:is|are|gets?|has been|have been)\s+)?(?:fully\s+|completely\s+)?"
    r"(?:cleared|emptied|cleaned out|worked off|burn(?:ed|t) down|zeroed out)"
)
_ZH_CLEAR = r"(?:清空|清理完|消化完|清完|清掉|清理掉)"


@cache
def _cleared_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    heads = "|".join(
        re.escape(k) for k in sorted(mapping("kr_cleared_lists", lang), key=len, reverse=True)
    )
    if lang == "zh":
        np = rf"(?:所有|全部)?(?P<np>[\u4e00-\u9fff]{{0,8}}(?:{heads})[\u4e00-\u9fff]{{0,8}}?)"
        active = re.compile(rf"(?P<when>[^，,；;。]{{0,12}}?前)?{_ZH_CLEAR}{np}$")
        passive = re.compile(rf"(?P<when>[^，,；;。]{{0,12}}?前)?{np}(?:全部|都|均)?{_ZH_CLEAR}$")
        return active, passive
    np = (
        r"(?:the\s+|our\s+|all\s+|its\s+)?(?P<np>(?P<pre>(?:[A-Za-z][\w-]*\s+){0,3}?)"
        rf"(?P<head>{heads})(?:\s+of\s+(?P<of>[A-Za-z][\w -]*?))?)"
    )
    rest = r"(?P<rest>(?:\s+(?:by|before|in|within|during|for|this|each)\b.*)?)"
    active = re.compile(rf"{_EN_CLEAR_ACTIVE}\s+{np}{rest}", re.I)
    passive = re.compile(rf"{np}\s+{_EN_CLEAR_PASSIVE}{rest}", re.I)
    return active, passive


@cache
def _cleared_heads(lang: str) -> tuple[str, ...]:
    return tuple(k.split()[-1] for k in mapping("kr_cleared_lists", lang))


def cleared(item: Item) -> re.Match[str] | None:
    """The wording of a cleared list or backlog (see above) filling the item's core, or None."""
    lang = "zh" if item.language == "zh" else "en"
    if not any(h in item.folded for h in _cleared_heads(lang)):
        return None  # no list named: most items, read without a regex
    s, e = item.core_span
    text = item.text[:e].rstrip(" .。!！")
    lead = max(s, item.facts.shape.lead)
    active, passive = _cleared_patterns(lang)
    for start in dict.fromkeys((lead, s)):
        m = active.fullmatch(text, start) or passive.fullmatch(text, start)
        if m is not None:
            return m
    return None


# Verbs that always add staff, whatever follows them (decision 4).
ALWAYS_STAFF = frozenset({"hire", "recruit", "backfill"})

# 引进, 配备, 补充 bring in people ("引进博士2名", "配备专职安全员2名") or things ("引进2台彩超",
# "配备除颤仪", "引进3个新品牌"): what follows decides (decision 3040).
_ZH_BRING_IN = frozenset({"引进", "配备", "补充"})
_ZH_THING_COUNT = re.compile(
    r"(?:(?<!\d)\d++|[一二两三四五六七八九十几数]{1,3})\s?(?:台|套|款|项|部|辆|架|种|批|条|件|个(?!人))"
)
_ZH_THING_NOUN = re.compile(
    r"设备|系统|仪器?|机器?|平台|软件|技术|品牌|产品|新品|工艺|车辆|叉车|生产线|器械|专利|课程|项目"
)
_ZH_PEOPLE_BROUGHT = re.compile(
    r"(?:(?<!\d)\d++|[一二两三四五六七八九十几数]{1,3})\s?(?:名|人|位)|人才|专家|博士|硕士"
)


def zh_brings_in_things(item: Item) -> bool:
    """A Chinese bring-in verb (引进, 配备, 补充) whose object is equipment, a system, a brand or
    a product, not people: "引进一台CBCT", "配备2台除颤仪", "年底前引进3个新品牌入驻" are work
    to do (a task), and "这些人到岗后" / "这次招聘" ask about people nobody hires (decision 3040).
    People named or counted after the verb keep it hiring: "引进博士2名", "配备专职安全员2名"."""
    verb = item.facts.shape.verb
    if item.language != "zh" or verb is None or verb.word not in _ZH_BRING_IN:
        return False
    start, end = verb.end, item.core_span[1]
    after = item.folded[start:end]
    if _ZH_PEOPLE_BROUGHT.search(after) or any(
        start <= t[0] and t[1] <= end
        for name in ("kr_staff_nouns", "kr_recruited_non_staff")
        for t in terms(item, name)
    ):
        return False
    return _ZH_THING_COUNT.search(after) is not None or _ZH_THING_NOUN.search(after) is not None


ONTO_A_SERVICE = re.compile(
    r"\b(?:onto|on to|into|to)\s+(?:the\s+|our\s+|a\s+|an\s+)?(?:new\s+)?"
    r"(?![a-z0-9-]+(?:\s+[a-z0-9-]+){0,2}\s+(?:teams?|squads?|crews?|departments?|offices?|staff|"
    r"company|firm|org|organi[sz]ation|roles?|jobs?)\b)"
    r"(?!(?:teams?|squads?|crews?|departments?|offices?|staff|company|firm|org|organi[sz]ation|"
    r"roles?|jobs?|us|our)\b)[a-z0-9]"
)


# The team taken onto a service: "the finance team", "our support staff", "all 3 warehouses".
# A match from inside a run of blanks needs at most 20 left of it (a run is scanned once).
_A_TEAM_AFTER = re.compile(
    r"(?:(?<!\s)\s+|\s{1,20}+(?!\s))(?:the|our|all(?: the| our)?|every|each)\s+"
    r"(?:[a-z0-9&-]+\s+){0,3}?"
    r"(?:teams?|squads?|departments?|staff|crews?|offices?|branches|stores|sites|clinics|"
    r"warehouses|reps|agents|managers|nurses|employees)\b"
)


def team_moved_onto(item: Item) -> bool:
    """A hiring verb whose object is a team already there, taken onto a service or tool:
    "Onboard the finance team onto the new ERP by June", "Onboard our support staff to Zendesk"
    (decision 1452). Counted teams are adopters (decision 1293); "Onboard 10 engineers to the
    platform team" still hires."""
    verb = item.facts.shape.verb
    if verb is None or verb.cls != "hire" or verb.word in ALWAYS_STAFF or item.language != "en":
        return False
    team = _A_TEAM_AFTER.match(item.folded, verb.end, item.core_span[1])
    if team is None:
        return False
    return ONTO_A_SERVICE.search(item.folded, team.end(), item.core_span[1]) is not None


# After a relative change, a comma and the level it brings the measure to: "增长30%，达到9000万元",
# "提高25%，至3000万元", "grow revenue by 50%, reaching $12M", "30%, to 4,000" (decision 4482). The
# level restates the same measure's end, so the change has its start implied and is no second
# measure. Only the reach word, an optional period word and a figure may follow, to the end.
_LEVEL_AFTER_CHANGE = re.compile(
    r"\s{0,2}[,，]\s{0,2}(?:(?:达到|达|至|到|增至|升至|提升至|突破|超过)\s{0,2}(?:每[周月天日年])?"
    r"|(?:reaching|to reach|to|hitting|landing at)\s{1,2}(?:a total of\s)?)"
    r"(?P<level>[$€£¥]?\d[\d.,]*\s{0,2}(?:[%x万亿千百]|[a-z]{1,3}\b)?)[^,，;；。.\d]{0,12}[。.!！]?\s*$"
)


def level_after_change(item: Item, change_end: int) -> int | None:
    """Where the level starts when the text right after a relative change ending at `change_end`
    is only ", reaching <level>" / "，达到<level>" (decision 4482); None otherwise."""
    m = _LEVEL_AFTER_CHANGE.match(item.folded, change_end)
    return m.start("level") if m is not None else None

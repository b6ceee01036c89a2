"""The shape of a key result's wording: what it starts with once the scene is set, and which
verb heads it (issue 8: detect a task by the shape of the sentence, not by whole phrases).

`read_shape(folded, lang, tokens, times, bounds, span)` returns a `Shape`:

- `lead`: where the wording proper starts — after a time lead ("截至6月底，", "3月底前",
  "By Q3,", "本季度"), a team or topic prefix ending in a colon ("Sales ops KR:", "机加车间："),
  a cadence word at the start ("每周", "Weekly") and, in Chinese, a preposition with its
  object ("给潜在用户", "与3家银行") or 把/将 with the thing it moves;
- `verb`: the action verb that heads the wording (`Verb`): the word at `lead` when it is a
  verb (an English imperative — a base form the verb lexicon knows, not followed by a measure
  word as in "Win rate …"; in Chinese a word the lexicon knows or jieba tags `v`), else the
  predicate after a subject ("Every engineer … completes …", "内容组全员完成…", "官网改版",
  "Partner portal live …", "Succession plan written …"). Its `cls` comes from
  `verb_classes.txt` (change, reach, win, hire, launch, complete, decide, learn, pass,
  contact, act — see that file); a Chinese verb the lexicon does not know is `act`;
- `cadence`: the first cadence word (weekly, every sprint, 每周, 每个迭代, 月度) and its span.

Everything here is linear in the item's length: one pass over the tokens of the first clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Literal

from coach.errors import DataFileError
from coach.facts.kpi import THING_AFTER_HEAD
from coach.wordlists import find_terms, mapping_lines, word_set, words

if TYPE_CHECKING:
    from coach.nlp import Token

VERB_CLASSES = (
    "change", "reach", "win", "hire", "launch", "complete", "decide", "learn", "pass",
    "contact", "act",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Verb:
    """A verb heading the wording: local span, the lexicon entry (or the word), its class, and
    whether it leads the wording (an imperative) or follows a subject (a predicate)."""

    start: int
    end: int
    word: str
    cls: str
    position: Literal["lead", "predicate"]


@dataclass(frozen=True, slots=True)
class Shape:
    lead: int
    verb: Verb | None
    cadence: tuple[int, int] | None
    # Where the wording proper starts after a Title-Case name and a dash (decision 1340), or -1.
    titled: int = -1
    # Where a leading condition ("编译后，", "迁移之后，") ends and the wording proper starts
    # (decision 3280), or -1.
    condition: int = -1


@cache
def verb_classes(lang: str) -> dict[str, str]:
    """`verb_classes.txt`: entry → class, validated (file:line on an unknown class)."""
    path, rows = mapping_lines("verb_classes", lang)
    out: dict[str, str] = {}
    for key, (n, value) in rows.items():
        if value not in VERB_CLASSES:
            raise DataFileError(f"{path}:{n}: unknown verb class {value!r} for {key!r}")
        out[key] = value
    return out


@cache
def _multiword(lang: str) -> tuple[tuple[str, str], ...]:
    """English entries of several words ("roll out"), longest first."""
    table = verb_classes(lang)
    multi = [k for k in table if " " in k or "-" in k or "/" in k]
    return tuple((k, table[k]) for k in sorted(multi, key=lambda k: (-len(k), k)))


@cache
def _multiword_by_first() -> dict[str, tuple[tuple[str, str], ...]]:
    """The English entries of several words by their first character, each in `_multiword`'s
    order: those a text can start with at a place (the others cannot match there)."""
    found: dict[str, list[tuple[str, str]]] = {}
    for entry, cls in _multiword("en"):
        found.setdefault(entry[:1], []).append((entry, cls))
    return {k: tuple(v) for k, v in found.items()}


@cache
def _multiword_gerunds() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """English entries of two words whose first word is a verb ("reach out", "follow up"), with
    that verb in its -ing form ("reaching out"), for the classes a gerund leads as work; by the
    -ing word."""
    found: dict[str, list[tuple[str, str, str]]] = {}
    for entry, cls in _multiword("en"):
        first, sep, rest = entry.partition(" ")
        if not sep or " " in rest or cls not in _GERUND_CLASSES or not first.isalpha():
            continue
        if first.endswith("e") and not first.endswith(("ee", "ye", "oe")):
            ing = first[:-1] + "ing"
        else:
            ing = first + "ing"
        found.setdefault(ing, []).append((entry, cls, f"{ing} {rest}"))
    return {k: tuple(v) for k, v in found.items()}


@cache
def _zh_entries() -> tuple[str, ...]:
    return tuple(sorted(verb_classes("zh"), key=lambda k: (-len(k), k)))


@cache
def _zh_entries_by_first() -> dict[str, tuple[str, ...]]:
    """The lexicon's Chinese verbs by their first character, each list in `_zh_entries` order
    (longest first): only those can start at a given character."""
    out: dict[str, list[str]] = {}
    for entry in _zh_entries():
        out.setdefault(entry[0], []).append(entry)
    return {c: tuple(v) for c, v in out.items()}


@cache
def _zh_entries_by_last() -> dict[str, tuple[str, ...]]:
    """The lexicon's Chinese verbs of two or more characters by their last character, in
    `_zh_entries` order: only those can end a word at a given character."""
    out: dict[str, list[str]] = {}
    for entry in _zh_entries():
        if len(entry) >= 2:
            out.setdefault(entry[-1], []).append(entry)
    return {c: tuple(v) for c, v in out.items()}


# -- the lead -------------------------------------------------------------------------------

# Quotes around the first word do not hide it: "“Finish” my woodshop" (decision 619).
_SKIP = " \t，,：:;；-–—*•·>|/\"“‘'"
# A team, role or topic before a colon: "Sales ops KR:", "机加车间：", "Columbus (Priscilla):".
# One aside in brackets may name the sub-team or the owner: "Business (Customer Success) KR:".
_PREFIX = re.compile(
    r"[^:：\n，,;；。0-9０-９%％()（）]{1,28}"
    r"(?:[(（][^()（）:：\n0-9]{1,24}[)）][^:：\n，,;；。0-9０-９%％()（）]{0,12})?[:：]\s*"
)
# A short tag in brackets before the wording: "（考研）", "【高中部】", "[Growth]".
_TAG = re.compile(r"[（(【\[][^（）()【】\[\]\n:：0-9０-９%％]{1,12}[）)】\]]\s*")
# After a colon, only a figure (and an aside): "Patient falls with injury: 0 (charge nurses)"
# names a measure and its value, not a topic before the wording.
_EN_VALUE_ONLY = re.compile(r"[<>≤≥~]?\s?\d[\d.,]*\s?%?\s*(?:[(\[][^()\[\]]*[)\]]\s*)?$")
# A means before the work, in its own clause: "using the grant, set up tutoring", "with help from
# the district, write …" (decision 4797, as decision 602's "通过…，"); rules/_kr_common reads it too.
EN_MEANS_LEAD = (
    r"(?:using|via|with (?:the )?help (?:of|from)|with support from|drawing on)\s+[^,]{1,30},\s*"
)
# How many times in each period, in its own clause before the work: "Twice a year, run a donor
# evening", "Three times a term, hold a parents' forum" — the cadence of the work that follows,
# as "Every quarter, run …" is (decision 5600).
EN_TIMES_LEAD = (
    r"(?:once|twice|thrice|(?:\d{1,2}|two|three|four|five|six|several)\s+times|\d{1,2}\s?x)\s+"
    r"(?:a|per|each|every)\s+(?:day|week|fortnight|month|quarter|term|semester|season|year)"
    r"\s*,\s*"
)
_EN_LEAD = re.compile(
    r"(?:by|before|in|during|for|until|no later than|ahead of|through|over)\s+[^,]{1,30},\s*"
    r"|(?:this|next)\s+(?:quarter|month|week|year|half)[, ]\s*"
    # a means before the work, in its own clause (decision 4797)
    rf"|{EN_MEANS_LEAD}"
    rf"|{EN_TIMES_LEAD}"
    # "Start to implement …", "We are able to track …": the verb after them is the work
    # (decision 620)
    r"|(?:(?:we|i|they|the team)\s+(?:are|am|is|will be)\s+)?able to\s+(?=[a-z])"
    r"|(?:start|begin|try|aim|plan)\s+to\s+(?=[a-z])"
    # "Will support the finance team on the close", "We will run …": the future said, the verb
    # after it is the work as the imperative is (decision 5618); not "will be live" (a state)
    r"|(?:(?:we|i|they|the team)\s+)?will\s+(?!(?:be|have|not|never)\b)(?=[a-z])"
    # "Work with finance to define 3 pricing options": a team worked with, named without a count,
    # says who helps; the verb after "to" is the work (decision 4742)
    r"|(?:work|works|working|collaborate|coordinate|liaise|team up)(?:\s+closely)?\s+with\s+"
    r"[^,.;:()\d]{1,40}?\s+to\s+(?=[a-z])"
)
_ZH_LEAD = re.compile(
    r"(?:(?:本|下|这个|今年)(?:季度|月|周|年|半年)(?:内|底|末)?|在[^，,。；;]{0,10}?(?:前|之前|以前|期间)[，,]?)\s*"
)
# The day of an event the wording is seen from, opening it: "新生报到当天", "新员工入职第一天",
# "门店开业首日" — when the state after it holds, not the work (decision 5774).
_ZH_EVENT_DAY_LEAD = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:当天|当日|第一天|头一天|首日)[，,]?\s?(?=[\u4e00-\u9fffA-Za-z])"
)
# A means before the result, in its own clause: "通过副业和理财，实现年收入50万", "借助AI答疑，…".
# The clause after the comma words the key result; the means is how (decision 602). Not a
# pass: "通过ISO9001认证，…" names the work ("通过率" is a measure, not a means).
_ZH_MEANS_LEAD = re.compile(r"(?:通过|借助|依托|凭借)(?![率了过])([^，,。；;：:\n]{1,30})[，,]\s*")
# ... or glued to the verb of its result: "通过私域运营实现年度营收400万" (decision 602).
_ZH_MEANS_BEFORE_RESULT = re.compile(
    r"(?:通过|借助|依托|凭借)(?![率了过])([^，,。；;：:\n]{1,20}?)"
    r"(?=实现|达到|达成|带来|带动|做到|提升|提高|降低|减少|增加|缩短)"
)
# A slogan of the team's plan before the wording, a one-character verb and its object: "抢城市，
# 建立…", "强基础，完成 ERP 系统升级", "控成本，完成供应商比价" — the clause after the comma words the
# key result (decision 2645).
_ZH_SLOGAN_LEAD = re.compile(
    r"(?:抢|拓|提|守|强|控|降|增|稳|保|促|扩|抓|攻|破|聚|夯|补|拉|冲|优|盘)"
    r"[\u4e00-\u9fff]{2}[，,]\s*(?=[^，,。；;\n]{4})"
)
_ZH_PASSED = re.compile(r"认证|考试|考核|审核|审计|复审|测评|评审|验收|答辩|面试|年检|认定|等保")
_ZH_PREPOSITIONS = "给和与跟向为对同"
_ZH_UNTIL = re.compile(r"截至|截止到?|到|在|于")
# Adverbs of doing again: the word after them is the work redone (decision 4833).
_ZH_REDO = frozenset({"重新", "再次"})
_ZH_DISPOSAL = ("把", "将")
# "针对领导最常提到的三个 bug 采取行动", "围绕客户最关心的两件事制定方案": the object of the
# preposition comes first, its verb after; a verb right before 的 inside that object says which
# things, it heads nothing (decision 4959)
_ZH_TOWARD = frozenset({"针对", "围绕"})


def _hires_before_colon(folded: str, pos: int, lang: str) -> bool:
    """ "Hire engineers: +1 backend, +2 frontend": the words before the colon are the work, not
    a team or a topic."""
    if lang != "en":
        return False
    m = _EN_WORD.match(folded, pos)
    return m is not None and verb_classes("en").get(m.group()) == "hire"


def _time_end(times: tuple[tuple[int, int, str], ...], pos: int) -> int | None:
    for s, e, _k in times:
        if s <= pos < e or (s == pos + 1 and e > pos):
            return e
    return None


# Words before "a day/week/month" that make it a length of time ("more than a week", "within a
# day", "for a month"), not how often (decision 1011).
_SPAN_BEFORE_A = re.compile(r"\b(?:than|within|for|over|under|after|past|beyond|up to)\s+$")


def _lead(folded: str, lang: str, start: int, end: int, times, cadences) -> tuple[int, int]:
    """(where the wording starts, where the cadence word that was skipped ends or -1)."""
    pos = start
    prefix_done = False
    cadence_end = -1
    for _ in range(6):
        while pos < end and folded[pos] in _SKIP:
            pos += 1
        te = _time_end(times, pos)
        if te is None and lang == "zh":
            m = _ZH_UNTIL.match(folded, pos, end)
            if m is not None:
                te = _time_end(times, m.end())
        if te is not None and te < end:
            pos = te
            continue
        c = next((c for c in cadences if c[0] == pos), None)
        if c is not None and c[1] < end:
            cadence_end = c[1]
            pos = c[1]
            continue
        if not prefix_done:
            m = _TAG.match(folded, pos, end)
            if m is not None and m.end() < end:
                # "（考研）通过AI答疑建设，…", "【高中部】…": a tag naming the line of business or
                # the part of the team, as a prefix before a colon does (decision 607)
                prefix_done = True
                pos = m.end()
                continue
            m = _PREFIX.match(folded, pos, end)
            if (
                m is not None
                and m.end() < end
                and not _hires_before_colon(folded, pos, lang)
                and not (lang == "en" and _EN_VALUE_ONLY.match(folded, m.end(), end))
            ):
                prefix_done = True
                pos = m.end()
                continue
        m = (_EN_LEAD if lang == "en" else _ZH_LEAD).match(folded, pos, end)
        if m is not None and pos < m.end() < end:
            pos = m.end()
            continue
        if lang == "zh" and pos == start:
            m = _ZH_EVENT_DAY_LEAD.match(folded, pos, end)
            if m is not None and m.end() < end:
                pos = m.end()
                continue
            m = _ZH_SLOGAN_LEAD.match(folded, pos, end)
            if m is not None and m.end() < end:
                pos = m.end()
                continue
        if lang == "zh":
            m = _ZH_MEANS_LEAD.match(folded, pos, end) or _ZH_MEANS_BEFORE_RESULT.match(
                folded, pos, end
            )
            if m is not None and m.end() < end and not _ZH_PASSED.search(m.group(1)):
                pos = m.end()
                continue
        break
    return pos, cadence_end


# -- English --------------------------------------------------------------------------------


_EN_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)*")
_EN_PARTICIPLES = {
    "written": "write", "done": "do", "built": "build", "run": "run", "made": "make",
    "held": "hold", "sent": "send", "begun": "begin", "taken": "take", "given": "give",
    "chosen": "choose", "driven": "drive", "shown": "show", "rewritten": "rewrite", "rebuilt": "rebuild",
    "set": "set", "put": "put", "cut": "cut", "shut": "shut", "led": "lead", "read": "read",
    "met": "meet", "won": "win", "kept": "keep", "sold": "sell", "brought": "bring",
    "taught": "teach", "bought": "buy", "found": "find", "got": "get", "gotten": "get",
    "understood": "understand", "undertaken": "undertake",
}  # fmt: skip
# State words after a subject that say the work is done ("Partner portal live by Aug 1").
_EN_STATES = {
    "live": "launch", "done": "complete", "complete": "complete", "ready": "complete",
    "operational": "launch", "in place": "act", "in production": "launch", "ga": "launch",
    "the default": "launch", "up and running": "launch",  # decision 3503
    # a release stage left: "Smart Replies leaves beta", "The portal comes out of preview",
    # "Route Planner reaches general availability" (decision 5485)
    "out of beta": "launch", "out of alpha": "launch", "out of preview": "launch",
    "out of early access": "launch", "leaves beta": "launch", "leaves alpha": "launch",
    "leaves preview": "launch", "leaves early access": "launch", "exits beta": "launch",
    "exits alpha": "launch", "exits preview": "launch", "exits early access": "launch",
    "graduates from beta": "launch", "general availability": "launch",
}  # fmt: skip
# Words that cannot be the subject's last word before a predicate.
_EN_NOT_SUBJECT = frozenset(
    (
        "the", "a", "an", "all", "every", "each", "of", "for", "per", "with", "in", "on", "at",
        "by", "to", "from", "and", "or", "than", "no", "not", "our", "my", "their", "its",
        "new", "more", "most", "less", "fewer",
    )
)  # fmt: skip
# A subject that counts everyone ("Every new hire can …", "All admins can …"): a state of the
# people it names, not a feature to ship.
_EN_UNIVERSAL_SUBJECT = re.compile(r"(?:every|each|all|any|100%|\d)")
_EN_PREDICATE_S = frozenset(
    {"complete", "finish", "pass", "attend", "run", "hold", "launch", "ship"}
)
# After "every/each" and a one- or two-word group ("Each squad", "Every store manager") a word in
# -s of these classes is the group's work, whatever its lemma: "Each squad identifies 2 or more
# risks per quarter", "Every region maps its suppliers" (decision 2022). Not a measure moved
# ("Each store grows …") nor a win ("Each rep signs 3 deals"): those keep their readings.
_EN_EVERY_GROUP = re.compile(r"(?:every|each)\s[a-z-]+(?:\s[a-z-]+)?\s$")
_EN_GROUP_WORK_S = frozenset({"act", "decide", "contact", "learn"})


# After a past form leading a key result: a count or a determiner, its object (decision 2063).
_EN_PAST_OBJECT = re.compile(
    r" (?:\d|(?:a|an|the|our|all|every|each|its|their|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|twelve|at least|more than)\b)"
)

# Decision 4545: a preposition, then the object as `_EN_PAST_OBJECT` reads it.
_EN_PAST_PREP_OBJECT = re.compile(r" (?:in|on|at|with|to)" + _EN_PAST_OBJECT.pattern)
_PAST_PREP_CLASSES = frozenset({"learn", "contact", "act"})

# …or a bare noun of up to three words and a preposition, with no measure after it: "Completed
# migration of 20 services", "Implemented SSO for all customers" (decision 2069); not "Delivered
# orders arrive on time" nor "Resolved tickets per agent from 40 to 60".
_EN_PAST_NOUN_PREP = re.compile(
    r" [a-z0-9][a-z0-9-]*(?: [a-z0-9-]+){0,2} (?:of|for|to|in|on|across|into)\b"
)
_EN_MEASURED_AFTER = re.compile(
    r"%|\bfrom\b.{1,40}\bto\b|\b(?:up|down|above|below|under|than|at least|at most|per|rate)\b|[<>≤≥]"
)


def _past_object(folded: str, pos: int, end: int) -> bool:
    """Whether what follows a past form leading a key result is its object (decisions 2063, 2069)."""
    if _EN_PAST_OBJECT.match(folded, pos, end):
        return True
    return bool(
        _EN_PAST_NOUN_PREP.match(folded, pos, end)
        and not _EN_MEASURED_AFTER.search(folded, pos, end)
    )


def _en_lemma(word: str) -> str:
    from coach.nlp import lemma_en

    found = _EN_PARTICIPLES.get(word) or lemma_en(word)
    if (
        found.endswith("ll")
        and word.endswith(("lled", "lling"))
        and found not in verb_classes("en")
        and found[:-1] in verb_classes("en")
    ):
        # British spelling doubles a final l: "labelled", "modelling", "cancelled" are forms of
        # "label", "model", "cancel"; "filled", "installed" keep their own ll (decision 5482)
        return found[:-1]
    if word.endswith(("dded", "dding", "ffed", "ffing")) and found not in verb_classes("en"):
        # a stem that ends in a double letter of its own: "added", "adding", "staffed" are forms
        # of "add" and "staff", not of "ad" (decision 5743)
        stem = word[:-2] if word.endswith("ed") else word[:-3]
        if stem in verb_classes("en"):
            return stem
    return found


def en_verb_class(word: str) -> str | None:
    """The class of an English word in the verb lexicon, read as written or through its lemma
    ("renew", "renewed"); None when the lexicon does not know it as a verb."""
    low = word.lower()
    table = verb_classes("en")
    return table.get(low) or table.get(_en_lemma(low))


# Decision 4210: the classes a hyphen-glued verb leads in, and the object that must follow it.
_GLUED_CLASSES = frozenset({"act", "complete", "launch", "decide"})
_GLUED_OBJECT = re.compile(
    r"\s++(?:the|a|an|all|every|each|both|our|their|its|this|these|those|\d)(?![a-z])"
    # a count with its scale letter: "Pre-buy 2M units of DDR4", "Pre-order 5k cartons" (4984)
    r"|\s++\d[\d,.]*(?:k|m|mm|bn|b)\s"
)


# "every term in …", "each term of …": the words of a list, not a school's cadence (4543).
_TERM_OF_A_LIST = re.compile(r"(?:every|each) term (?:in|of|on|from|that|we|you|used)\b")
# Decision 4540: prefixes that make a verb of a measure's name ("right-size", "re-score").
_MEASURE_VERB_PREFIXES = frozenset({"right", "up", "down", "re"})


def _measure_verb(folded: str, start: int, pos: int, end: int) -> Verb | None:
    """The measure's name at `pos`, made a verb by the prefix from `start` ("Right-size",
    "Re-score", "Rescore"), then a count of the plural things it works on ("40 EC2
    instances"): the act of changing them, as "Resize 40 servers" is (decision 4540). None
    otherwise ("Re-order rate 40%", "Right-size cost 40% lower" keep their readings)."""
    m = _EN_WORD.match(folded, pos, end)
    if m is None or m.group() not in _en_set("measure_words"):
        return None
    if _EN_COUNT_THEN_NOUN.match(folded, m.end(), end) is None:
        return None
    if _EN_RATE_AFTER.match(folded, m.end(), end):
        return None
    return Verb(start, m.end(), folded[start : m.end()], "act", "lead")


def _en_verb_at(folded: str, pos: int, end: int, measure: frozenset[str]) -> Verb | None:
    """The imperative at `pos`: a base form the lexicon knows, not a noun before a measure."""
    table = verb_classes("en")
    for entry, cls in _multiword_by_first().get(folded[pos : pos + 1], ()):
        if folded.startswith(entry, pos) and not _alnum(folded, pos + len(entry)):
            if entry.endswith(" out") and folded.startswith(" of ", pos + len(entry)):
                continue  # "Churn out of the premium tier": "out of" is a preposition (3816)
            return Verb(pos, pos + len(entry), entry, cls, "lead")
    m = _EN_WORD.match(folded, pos, end)
    if m is not None and m.group().endswith("ing"):
        # "Reaching out to 20 partners", "Following up with every lead": the gerund of a verb
        # of several words leads as its base form does (decision 1665)
        for entry, cls, gerund in _multiword_gerunds().get(m.group(), ()):
            if folded.startswith(gerund, pos) and not _alnum(folded, pos + len(gerund)):
                return Verb(pos, pos + len(gerund), entry, cls, "lead")
    if m is None:
        return None
    word = m.group()
    if word == "re" and folded.startswith("-", m.end()):
        # "Re-slot the top 500 SKUs", "Re-engage 500 lapsed donors", "Re-hire 3 seasonal
        # staff": the prefix glued by a hyphen makes the verb after it lead, in its own class
        # (decision 3102); "Re-order rate …" stays a measure's name as "Order rate …" is
        made = _measure_verb(folded, m.start(), m.end() + 1, end)
        if made is not None:
            return made  # "Re-size 40 servers", "Re-score 300 leads" (decision 4540)
        after = _en_verb_at(folded, m.end() + 1, end, measure)
        return None if after is None else Verb(m.start(), after.end, after.word, after.cls, "lead")
    if word in _MEASURE_VERB_PREFIXES - {"re"} and folded.startswith("-", m.end()):
        # "Right-size 40 EC2 instances", "Up-size 8 Redis caches": a verb made on a measure's
        # name, its count of things after it, is the work of changing them (decision 4540)
        made = _measure_verb(folded, m.start(), m.end() + 1, end)
        if made is not None:
            return made
    if word != "re" and folded.startswith("-", m.end()) and table.get(word) is None:
        # "Road-test the 4 new ambulances", "Stress-test the billing API", "Soft-launch the app
        # in 2 cities": a word glued by a hyphen to a verb of work, an object after it, leads as
        # that verb (decision 4210); "Load-test results", "Follow-up calls" name things
        glued = _EN_WORD.match(folded, m.end() + 1, end)
        if (
            glued is not None
            and table.get(glued.group()) in _GLUED_CLASSES
            and _GLUED_OBJECT.match(folded, glued.end(), end)
        ):
            return Verb(m.start(), glued.end(), glued.group(), table[glued.group()], "lead")
    if word == "top" and _top_things_done(folded, m.end(), end):
        return None  # "Top customer pain points identified": "top" picks them (decision 3813)
    if word in ("get", "gets") and _GET_BETTER.match(folded, m.end(), end):
        return None  # "Get better at invoicing": a change to reach, as "Become better at" (1929)
    if word in ("get", "have", "place") and got_placed(folded, m.end(), end):
        # "Get our honey into 5 new delis", "Have 2 short stories accepted by magazines": a
        # thing placed with others or taken up by them is won, as "Get into 3 new local shops"
        # and "Get featured in …" are (decisions 106, 1425; decision 3854)
        return Verb(m.start(), m.end(), word, "win", "lead")
    cls = table.get(word)
    gerund_of = ""
    if cls is None and word.endswith("ing") and len(word) > 5:
        # "Choosing formal metrics", "Defining the tiers": a decision to make; "Capturing
        # three use cases in a document": work to do (decision 332)
        stem = word[:-3]
        if _people_then_level(folded, m.end(), end):
            # "Paying subscribers 40k", "Spending customers 9k": the participle says which
            # people, whose number closes the wording: a measure's name (decision 5343)
            return None
        for b in (stem, stem + "e", _en_lemma(word), *_undoubled(stem)):
            if table.get(b) in _GERUND_CLASSES and b not in _GERUND_STATES:
                cls = table[b]
                gerund_of = b
                break
        if cls is None and _unknown_gerund_object(folded, word, m.end(), end):
            # "Calibrating 25 torque wrenches", "Servicing 12 forklifts", "Re-torquing all
            # flange bolts": a verb the lexicon does not know, in its -ing form, before its
            # counted or whole object leads as its imperative does (decision 4400)
            cls = "act"
        if cls == "learn" and _learn_compound(folded, m.end(), end):
            return None  # "Reading scores …", "Learning outcomes …": a noun (decision 1520)
    if cls is None and _past_object(folded, m.end(), end):
        # "Delivered 25 releases", "Launched the partner portal": a key result written as work
        # already done leads with its verb's past; with a count or a determiner after it, it
        # is that verb's commitment (decision 2063). "Delivered orders …" stays a noun phrase.
        base = _en_lemma(word)
        past = word.endswith("ed") or not word.endswith(("ing", "s"))  # "built", "ran", "led"
        if past and base != word and table.get(base) is not None:
            word, cls = base, table[base]
    if cls is None and _EN_PAST_PREP_OBJECT.match(folded, m.end(), end):
        # "Participated in 2 industry panels", "Spoke at 3 trade shows", "Presented at 4
        # conferences": a past form, its preposition, then a count or a determiner is work
        # done, as "Participate in 2 industry panels" is (decision 4545); not a thing won or
        # put out ("Published in 3 journals", "Sold in 4 markets" keep theirs)
        base = _en_lemma(word)
        past = word.endswith("ed") or word in _EN_PARTICIPLES  # "participated", "spoke"
        if past and base != word and table.get(base) in _PAST_PREP_CLASSES:
            word, cls = base, table[base]
    if cls is None and word.startswith("re") and word[2:] in measure:
        # "Rescore 300 open leads", "Recost 45 recipes": "re" on a measure's name (decision 4540)
        made = _measure_verb(folded, m.start(), m.start() + 2, end)
        if made is not None:
            return made
    if cls is None:
        cls = _unknown_imperative(folded, word, m.end(), end)
    if cls is None:
        nominal = _en_nominal(folded, word, m.end(), end)
        if nominal is not None:
            return Verb(m.start(), m.end(), nominal[0], nominal[1], "lead")
    if cls is None:
        return None
    if cls not in ("change", "reach") and _AMOUNT_OFF.match(folded, m.end(), end):
        cls = "change"  # "Take 20 minutes off handling time": a cut (decision 5341)
    if word == "make" and _MAKE_A_THING.match(folded, m.end(), end):
        cls = "act"  # "Make a TikTok account": a thing to produce (decision 523)
    if word == "make" and _MAKE_IT_WORK.match(folded, m.end(), end):
        # "Make the card reader work offline", "Make the booking page work on phones": a thing
        # of the team's brought to work somewhere is a capability to build (decision 5747)
        cls = "act"
    if word == "make" and _MAKE_AVAILABLE.match(folded, m.end(), end):
        # "Make the pricing calculator available on the website", "Make the API available to
        # all partners": a thing of the team's put out for use, a launch (decision 4407); a
        # share made available ("Make 95% of SKUs available …") is a level, no determiner
        cls = "launch"
    if word in ("ensure", "assure", "make sure") and _ENSURE_SET_UP.search(folded, m.end(), end):
        cls = "act"  # "Ensure a backup generator is in place": a thing to set up (decision 626)
    if word == "consolidate" and _CONSOLIDATED_INTO.search(folded, m.end(), end):
        # "Consolidate the two warehouses into one", "Consolidate billing onto Stripe": the
        # team's own things merged, work as "Merge … into one" is; "Consolidate our lead"
        # stays a position held (decision 2242)
        cls = "act"
    if (
        cls == "win"
        and word in ("collect", "gather", "gain")
        and _VIEWS_GATHERED.match(folded, m.end(), end)
        and _DIGIT.search(folded, m.end(), end) is None
    ):
        # "Collect feedback from parents every term", "Gather customer input on the menu":
        # views gathered with no figure are finding out, as data gathered is (decision 5603);
        # counted they stay what others give ("Collect feedback from 40 users", decision 5089);
        # "Gain feedback from the beta testers" is the same asking (decision 5840)
        cls = "decide"
    if cls == "win":
        joined = _AND_WORK_VERB.match(folded, m.end(), end)
        if joined is not None and table.get(joined.group(1)) == "act":
            # "Collect and label 10k images", "Gather and clean 500 call transcripts": the work
            # joined to the gathering is the commitment (decision 2242)
            cls = "act"
    if cls == "contact" and _STANDARD_MET.match(folded, m.end(), end):
        # "Meet all statutory filing deadlines", "Meet every client SLA": a standard kept, a
        # level reached, not people met (decision 1169)
        cls = "reach"
    if word == "staff" and not _STAFFED_OBJECT.match(folded, m.end(), end):
        return None  # "Staff log in 5 times a week": the staff, the subject (decision 1169)
    if word not in _CAUSATIVES and _PEOPLE_THEN_VERB.match(folded, m.end(), end):
        # "Demo players rate it 4.5 or higher", "Pilot customers renew at 90%": the word names
        # which people, who are the subject of what follows (decision 1985)
        return None
    nxt = _EN_WORD.match(folded, _skip_spaces(folded, m.end(), end), end)
    if nxt is not None and f"{word} {nxt.group()}" in _en_set("noun_compounds"):
        return None  # "Book club every other Thursday": a noun of two words (decision 1821)
    if cls in ("contact", "act") and _EVENTS_OF_THEN_CHANGE.match(folded, m.end(), end):
        # "Interview no-shows down from 12 to 5", "Demo cancellations under 10%": the word says
        # whose bad events are counted, and the events move; nobody is interviewed (3878)
        return None
    if (
        nxt is not None
        and nxt.group() in measure
        and cls not in ("change", "reach")
        # "Track churn every week", "Monitor NPS": watching a measure is work on it (2144)
        and word not in _WATCHES_A_MEASURE
        # "Analyze churn", "Study churn drivers": studying a measure or what drives it is work
        # on it, never a measure's name (decision 3420)
        and not _studies_a_measure(folded, word, cls, nxt, end)
        and not _WITH_PARTIES_COUNTED.match(folded, nxt.end(), end)
        and not _quality_of_things(folded, nxt, end)
        # "Send rate card to every agency": the measure's word qualifies a thing (5087)
        and not THING_AFTER_HEAD.match(folded, nxt.end(), end)
    ):
        return None  # "Win rate …", "Review time …", "Test coverage …": a noun
    if cls == "contact" and nxt is not None:
        third = _EN_WORD.match(folded, _skip_spaces(folded, nxt.end(), end), end)
        if third is not None and third.group() in measure:
            return None  # "Call center volume …": a contact word naming a place (decision 1068)
    if gerund_of and cls == "contact":
        # "Interviewing 20 customers", "Calling 200 lapsed donors": the gerund of a verb of
        # contact leads as its base form does, the word the contact lists know (decision 5359)
        word = gerund_of
    if folded.startswith(("-", "/"), m.end()) and not folded.startswith(" ", m.end() + 1):
        pair = _EN_WORD.match(folded, m.end() + 1, end) if folded[m.end()] == "/" else None
        if pair is None or word not in table or pair.group() not in table:
            return None  # "follow-the-sun", "sell-through": a compound word
        # "launch/test 3 tools", "design/build the kiosk": two verbs of the lexicon, one
        # commitment; the first one leads (decision 1057).
    if word in _EN_HEADS_OF and folded.startswith(" of ", m.end()):
        return None  # "Share of orders paid in one click 0.45": the head of a share (decision 562)
    return Verb(m.start(), m.end(), word, cls, "lead")


# Bad events of an activity, then their move: "Interview| no-shows down from 12 to 5",
# "Webinar| cancellations under 10%" (decision 3878).
_EVENTS_OF_THEN_CHANGE = re.compile(
    r" (?:no-shows|no shows|cancell?ations|drop-?outs|reschedules|complaints|escalations)"
    r" (?:down|up|fell|dropped|halved|reduced|cut|from \d|under \d|below \d|to \d|<|≤|at most)"
)

# Verbs of watching a measure: before a measure's word they are the work done on it, never a
# noun compound naming it as "Review time" or "Win rate" is (decision 2144).
_WATCHES_A_MEASURE = frozenset({"track", "monitor", "measure", "calculate", "compute", "benchmark"})

# Verbs of finding out that are never nouns: before a measure's word they study it, as
# "Analyze attrition" does, no noun compound such as "Review time" (decision 3420).
_STUDIES_A_MEASURE = frozenset(
    {
        "analyze",
        "analyse",
        "investigate",
        "identify",
        "understand",
        "diagnose",
        "explore",
        "assess",
        "evaluate",
    }
)
# What is found out about a measure: "churn drivers", "conversion drop-off causes", "retention
# patterns". After the measure's word, the measure only names what is studied (decision 3420).
_WHAT_DRIVES_IT = re.compile(
    r" (?:[a-z]+-?[a-z]* )?(?:(?:drivers?|causes?|root causes?|reasons?|factors?|patterns?|"
    r"triggers?|sources?|hotspots?|trends?|signals?|predictors?)\b"
    # the falls and jumps studied, where no level follows: "Study conversion drops on the
    # checkout page"; "Review time drops to 2 days" moves a measure (decision 3501)
    # ("Review time drops": a time that falls, a measure moved)
    r"|(?<!time )(?<!times )(?:drops?|dips?|declines?|spikes?|slumps?|drop-offs?)\b"
    r"(?! ?(?:to|below|under|by|from|of|at|in|over|above|more|less|sharply)\b| ?\d))"
)


def _studies_a_measure(
    folded: str, word: str, cls: str | None, nxt: re.Match[str], end: int
) -> bool:
    """ "Analyze churn", "Investigate retention": a verb of finding out that is never a noun;
    "Study churn drivers", "Map churn causes": a verb of finding out before the measure and
    what drives it (decision 3420). "Review time under 2 days", "Study time 10 hours a week"
    stay measures."""
    if cls != "decide":
        return False
    if word in _STUDIES_A_MEASURE:
        return True
    return _WHAT_DRIVES_IT.match(folded, nxt.end(), end) is not None


# People, then what they do as the measured outcome: "[Demo] players rate …", "[Beta] users
# say …", "[Pilot] customers renew …" (decision 1985). Not after a verb that makes someone act
# ("Help customers find answers", "Let users choose …").
# "Top (3) <up to four words> <participle>": the words after "top" say which things, and the
# participle is what is done to them (decision 3813).
_TOP_THEN_PARTICIPLE = re.compile(
    r" (?:(?:\d{1,3}|three|five|ten|twenty) )?(?:[a-z][a-z'’-]* ){1,5}?"
    r"(?:(?:is|are|were|was|have been|has been) )?(?P<p>[a-z]+(?:ed|en|wn|ne|lt|nt|ft|ught|ound))\b"
)


def _top_things_done(folded: str, after: int, end: int) -> bool:
    """Whether "top" at the start picks the things that a participle after them is done to:
    "Top customer pain points identified", "Top 3 churn drivers mapped" — "top" is an
    adjective, the participle the predicate (decision 3813). "Top the local rankings",
    "Top 1,000 paying members" name no participle of a verb the lexicon knows."""
    m = _TOP_THEN_PARTICIPLE.match(folded, after, end)
    if m is None:
        return False
    said = m.group("p")
    return said != _en_lemma(said) and en_verb_class(said) is not None


_CAUSATIVES = frozenset({"help", "let", "make", "get", "have", "see", "watch", "ask", "teach"})
_PEOPLE_THEN_VERB = re.compile(
    r" (?:players|users|testers|customers|members|parents|patients|students|readers|viewers|"
    r"listeners|subscribers|buyers|attendees|visitors|guests|clients|families|participants|"
    r"learners|shoppers|diners|fans|backers|donors|volunteers) "
    r"(?:rate|rated|score|scored|say|said|give|gave|recommend|renew|return|stay|finish|"
    r"complete|report|describe|choose|buy|pass|come back|leave)\b"
)


@cache
def _got_placed() -> re.Pattern[str]:
    """After "get"/"have": the team's thing, then into or onto a count of places ("our honey
    into 5 new delis", "the new cider onto 10 pub menus"), or then a participle of others taking
    it up ("2 short stories accepted by magazines", "our granola stocked in 6 cafés";
    granted_participles.txt). Not work got done ("Have 2 stories written by June"), nor a place
    of the team's own ("Get our stock into the new warehouse"), nor the team itself moved ("Get
    the team into 3 new offices")."""
    return re.compile(
        r" (?:our|my|the|their|its|this|these|those|\d{1,6}|two|three|four|five|six|seven|eight|"
        r"nine|ten|twelve)\s+(?!(?:whole\s+)?(?:team|staff|crew|people|employees|everyone)\b)"
        r"(?:[a-z0-9'’-]+\s+){0,3}?"
        r"(?:(?:into|onto)\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|"
        rf"twenty|more|new)\b)|{taken_up_by()}|{_given_alone()}|{_PLACED_ON})"
    )


# On or in a count of places others stock or list from (decision 4507): "Place our wines on 25
# restaurant lists", "Get our cheeses on 40 deli shelves" — listings won, as "into 5 new delis".
_PLACED_ON = (
    r"(?:on|in)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+"
    r"(?:[a-z'’-]+\s+){0,2}?(?:lists|menus|shelves|shops|stores|delis|cafés|cafes|restaurants|pubs|"
    r"bars|retailers|pharmacies|supermarkets|grocers|boutiques|bookshops|bookstores|playlists|"
    r"catalogues|catalogs)\b"
)


@cache
def _given_alone() -> str:
    """A regex: a participle of giving that only others do ("funded", "awarded":
    granted_participles.txt, marked "alone:") closing the wording, a time after it at most:
    "Get the R01 renewal funded", "Get our grant awarded in Q3" (decision 3983)."""
    listed = words("granted_participles", "en")
    alone = "|".join(re.escape(w.removeprefix("alone:")) for w in listed if w.startswith("alone:"))
    return rf"(?:{alone})(?:\s+(?:in|by|before|this|next)\s+[a-z0-9 ,]{{1,24}})?\s*$"


@cache
def taken_up_by() -> str:
    """A regex: a participle of others taking the team's thing up (granted_participles.txt),
    then by/at/in/on/for whom or where (only "by" whom for those marked "by:") — not a venue of the team's own ("… on our blog"), nor
    "published on" a platform the team posts to itself (decisions 3853, 3854)."""
    listed = words("granted_participles", "en")

    def alternation(ws: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws)

    anywhere = alternation([w for w in listed if not w.startswith(("by:", "alone:"))])
    by_whom = alternation([w.removeprefix("by:") for w in listed if w.startswith("by:")])
    return (
        rf"(?!published\s+on\b)(?:(?:{anywhere})\s+(?:by|at|in|on|for|into|onto)|"
        rf"(?:{by_whom})\s+by)\s+"
        r"(?!(?:our|my|own|their\s+own|the\s+team['’]s|the\s+company['’]s)\b)"
    )


def got_placed(folded: str, pos: int, end: int) -> bool:
    """Whether the words at `pos` (after "get"/"have") place the team's thing with others or
    have others take it up (`_got_placed`; decision 3854)."""
    return _got_placed().match(folded, pos, end) is not None


# "get better at", "get good at", "get fitter": a state to reach, no work to do (decision 1929).
_GET_BETTER = re.compile(r" (?:better|good|fitter|stronger|faster|quicker|calmer|healthier)\b")
# What a contact verb meets when it is a standard to keep (decision 1169): up to three words of
# the standard's kind before its noun ("all statutory filing deadlines", "every client SLA").
_STANDARD_MET = re.compile(
    r" (?:[a-z0-9-]+ ){0,3}?(?:deadlines?|due dates?|slas?|slos?|targets?|quotas?|goals?|"
    r"standards?|requirements?|commitments?|budgets?|specs?|specifications?|kpis?|benchmarks?|"
    r"milestones?|expectations?|obligations?)\b"
)
# "Staff the night desk", "Staff all weekend shifts", "Staff 3 new clinics": a determiner, a
# number or "up" after "staff" makes it the verb; otherwise it is the people ("Staff log in …").
_STAFFED_OBJECT = re.compile(
    r" (?:the|a|an|our|my|your|their|its|this|these|those|every|each|all|both|up|\d|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|new|weekend|night|evening|morning)\b"
)


def _quality_of_things(folded: str, nxt: re.Match[str], end: int) -> bool:
    """ "Read quality books", "Publish quality posts": "quality" before a plural noun is an
    adjective, so the verb before it leads (decision 1066); not before a verb that moves or
    reaches a level ("Test quality improves to 90%")."""
    if nxt.group() != "quality":
        return False
    after = _EN_WORD.match(folded, _skip_spaces(folded, nxt.end(), end), end)
    if after is None:
        return False
    w = after.group()
    return w.endswith("s") and not w.endswith("ss") and en_verb_class(w) not in ("change", "reach")


# Parties counted after the measure word: "Negotiate rates with 8 agencies" settles rates with
# eight agencies, work to do as "Negotiate with 12 suppliers" is (decision 775); "Win rate …"
# has no such parties.
_WITH_PARTIES_COUNTED = re.compile(
    r" (?:with|for) (?:[a-z]+ ){0,3}"
    # ... or counted in words: "Renegotiate rates with our two agencies" (acc17, decision 1322)
    r"(?:\d[\d,]*\+?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|both) [a-z]"
)


# Nouns that head a count or a share before "of" and can be verbs too ("share", "count").
_EN_HEADS_OF = frozenset({"share", "count", "number", "rate", "total"})


# After "ensure": a thing that is set up, no level held ("Ensure alert monitoring is in place").
# After "consolidate": what the things are merged into (decision 2242).
_CONSOLIDATED_INTO = re.compile(r"\s(?:into|onto)\s")
_DIGIT = re.compile(r"\d")
# What people think, gathered: "Collect feedback", "Gather customer input" (decision 5603).
_VIEWS_GATHERED = re.compile(
    r"(?:\s(?:and|&)\s[a-z]+)?(?:\s[a-z'’-]+){0,3}?\s"
    r"(?:feedback|input|insights?|suggestions|opinions|views|comments|ideas|testimonials)\b"
)
# A second verb joined to the lead one: "Collect and label …" (decision 2242).
_AND_WORK_VERB = re.compile(r"\s(?:and|&)\s([a-z]+)\b")
_ENSURE_SET_UP = re.compile(
    r"\b(?:is|are)\s+(?:in place|live|set up|up and running|implemented|documented)\b"
)


# "make a/an" and a thing ("Make a TikTok account", "Make an onboarding video"), not a change
# or a result made ("make a difference", "make a profit", "make a 10% dent").
# Decision 4407: "make" + a determined thing of the team's (up to four words) + "available".
_MAKE_AVAILABLE = re.compile(
    # a count of things made available is a count put out (decision 5740): "Make 4 guides
    # available"; a share ("Make 95% of SKUs available") stays a level
    r" (?:the|our|a|an|its|this|these|their|my|\d{1,5}(?![\d%.,]))"
    r" (?:[a-z0-9][a-z0-9.-]* ){0,3}?[a-z0-9][a-z0-9.-]*"
    r" (?:generally |publicly |widely )?available\b"
)
# An amount taken off a measure: "Take 20 minutes off average handling time", "Knock 2 weeks off
# quote turnaround", "Take a full day out of the close" — the verb cuts what follows "off" by the
# amount before it, whatever the verb (decision 5341); not time off ("Take 2 weeks off in June").
_AMOUNT_OFF = re.compile(
    r" {1,2}(?:(?:a|an|another|a full|a whole|an extra|a further) )?"
    r"(?:[~$€£]?\d[\d,.]{0,12}\s?(?:%|[a-z]{1,10})?|(?:day|week|month|hour|minute|second)s?)"
    r"(?: [a-z]{1,10})? (?:off|out of) "
    r"(?!(?:in|on|for|to|at|from|work|school|sick|duty|each|every|per|a year|this|next|over)\b)"
    r"[a-z$€£]"
)
# "Make <thing> work <where or with what>": a determiner or a name, up to four words, then
# "work" and what it works with, on or in (decision 5747); not "make it work for everyone".
_MAKE_IT_WORK = re.compile(
    r" (?:(?:the|our|a|an|its|this|these|their|my) )?(?!(?:[a-z0-9./_-]{1,30} ){0,3}(?:it|them|"
    r"things|everything|everyone|people|us|teams?|staff|numbers|figures|maths?|sums|economics|"
    r"finances|budget|relationships?|partnerships?|arrangements?|deals?) )"
    r"(?:[a-z0-9][a-z0-9./_-]{0,30} ){1,4}work"
    r" (?:with|on|in|offline|across|without|for (?:all|every|both))\b"
)
_MAKE_A_THING = re.compile(
    r" an? (?!\d)(?!(?:difference|dent|splash|name|impact|mark|profit|comeback|habit|"
    r"living|killing|return|turnaround|breakthrough)\b)[a-z]"
)


# Classes whose gerund leading a key result is the work itself ("Capturing three use cases
# in a document"), unlike a change, a level or a win ("Growing revenue to $2M").
_GERUND_CLASSES = frozenset({"act", "launch", "complete", "decide", "learn", "contact"})
# A personal to-do as a gerund leads a key result as its base form does ("Reading 12 books",
# "Learning Spanish", "Reading"; decision 1520), unless the gerund is the first half of a noun
# ("Reading scores up to 70%", "Learning outcomes improve", "Reading level of 3rd graders").
_LEARN_COMPOUND_HEADS = frozenset(
    {"outcome", "outcomes", "score", "scores", "level", "levels", "proficiency", "gain", "gains",
     "result", "results", "loss", "curve", "rate", "rates", "material", "materials",
     "comprehension", "fluency", "skill", "skills", "platform", "platforms", "program",
     "programs", "programme", "programmes", "time", "minutes", "hours", "list", "lists", "group",
     "groups", "session", "sessions", "centre", "center", "disability", "disabilities",
     "difficulty", "difficulties", "analytics", "management", "system", "systems", "app",
     "path", "paths", "goal", "goals", "plan", "plans", "culture", "objective", "objectives",
     "assessment", "assessments", "data", "habit", "habits", "age", "room", "club", "budget",
     "experience", "journey", "needs", "support", "test", "tests", "benchmark", "benchmarks",
     "growth", "achievement", "intervention", "interventions", "coach", "coaches", "log"}
)  # fmt: skip


def _learn_compound(folded: str, after: int, end: int) -> bool:
    nxt = _EN_WORD.match(folded, _skip_spaces(folded, after, end), end)
    return nxt is not None and (
        nxt.group() in _LEARN_COMPOUND_HEADS or nxt.group() in _en_set("measure_words")
    )


# Gerunds that state a situation rather than the work: "Having 10,000 companies committed".
# After a participle: the people it names (a plural noun, a few words qualifying it), then the
# only figure, closing the wording ("Paying members on the annual plan 3,000"; decision 5343).
_PEOPLE_THEN_LEVEL = re.compile(
    r" (?P<who>(?!(?:the|a|an|our|all|every|each|new|more)\b)[a-z][a-z-]{1,20}s)"
    r"(?: (?:on|in|of|from|at|with|across|the|a|an|our|[a-z][a-z-]{1,15})){0,5}"
    r":? (?:[~≈]\s?)?[$€£]?\d[\d,.]{0,12}(?:k|m|%)?\s*$"
)


def _people_then_level(folded: str, after: int, end: int) -> bool:
    """The participle before people served or a measure's name, then the wording's only figure:
    "Paying subscribers 40k" (decision 5343); not efforts ("Hosting webinars 4")."""
    m = _PEOPLE_THEN_LEVEL.match(folded, after, end)
    if m is None:
        return False
    from coach.facts.kpi import kpi_terms

    who = m.group("who")
    return who in _en_set("people_served") or who in kpi_terms("en")


_GERUND_STATES = frozenset({"have", "be", "get", "keep", "make"})
# Nouns of an act whose verb the stem rules below miss ("submission" -> "submit").
_EN_NOMINAL_IRREGULAR = {
    "submission": "submit", "publication": "publish", "revision": "revise",
    "decision": "decide", "analysis": "analyse",
}  # fmt: skip
# Verb classes a noun of an act may take: work to do, not a change, a level or a win
# ("Reduction of churn", "Retention of 90% of accounts" keep their own readings).
_NOMINAL_CLASSES = frozenset({"act", "launch", "complete", "decide"})


def _nominal_stems(word: str) -> list[str]:
    """The verbs a noun of an act may be made from, by its ending ("installation" → install,
    installe, installate; "renewal" → renew; "replacement" → replace)."""
    stems = [_EN_NOMINAL_IRREGULAR.get(word, "")]
    if word.endswith("ation"):
        stems += [word[:-5], word[:-5] + "e", word[:-3] + "e"]  # install, organise, create
    elif word.endswith("ion"):
        stems += [word[:-3] + "e", word[:-3]]  # complete, select
    elif word.endswith("ment"):
        stems.append(word[:-4])  # deploy, develop
    elif word.endswith("al"):
        stems += [word[:-2], word[:-2] + "e"]  # renew, remove
    elif word.endswith("ery"):
        stems.append(word[:-1])  # deliver
    elif word.endswith("ing"):
        # "Commissioning of the new chiller", "Relabelling of the bins" (decision 4400)
        stems += [word[:-3], word[:-3] + "e", *_undoubled(word[:-3])]
    # "Modernisation of …" finds "modernize", "Digitalization of …" "digitalise" (decision 3363)
    stems += [
        t[:-3] + ("ise" if t.endswith("ize") else "ize")
        for t in stems
        if t.endswith(("ize", "ise"))
    ]
    return stems


# Decision 5350: the nouns of an act that may head a verbless key result as the act to do.
_HEAD_NOMINAL_ENDS = ("ation", "ion", "ment", "al")


def act_of_noun(word: str) -> tuple[str, str] | None:
    """The verb and class of an English noun of an act: "migration" (migrate, launch),
    "replacement" (replace, act), "recertification" (certify, pass), "sign-off" (sign off,
    act), "renewal" (renew, win). None for other nouns, measures and a verb the lexicon lacks."""
    table = verb_classes("en")
    if "-" in word:
        first, _sep, particle = word.partition("-")
        if particle in _EN_PARTICLES and f"{first} {particle}" in table:
            return f"{first} {particle}", table[f"{first} {particle}"]
        return None
    if not word.endswith(_HEAD_NOMINAL_ENDS) or len(word) < 6:
        return None
    if word in _en_set("measure_words") or word in _en_set("kpi_nouns"):
        return None
    stems = _nominal_stems(word)
    if word.endswith("ification"):
        stems.append(word[: -len("ification")] + "ify")  # certification → certify
    stems += [t[2:] for t in stems if t.startswith("re") and len(t) > 5]  # recertify → certify
    for stem in stems:
        if stem in table:
            return stem, table[stem]
    return None


def _en_nominal(folded: str, word: str, after: int, end: int) -> tuple[str, str] | None:
    """A noun of an act leading the wording with its object after "of": the act to do
    ("Creation of a partner directory", "Curation of components", "Installation of 20
    fountains", "Deployment of EDR to …"; decision 331). Returns the verb and its class."""
    if not folded.startswith(" of ", after) or len(word) < 6:
        return None
    table = verb_classes("en")
    stems = _nominal_stems(word)
    for stem in stems:
        cls = table.get(stem)
        if cls in _NOMINAL_CLASSES:
            return stem, cls
    if (
        word.endswith(("isation", "ization", "ification"))
        and not any(t in table for t in stems)
        and word not in _en_set("measure_words")
        and word not in _en_set("kpi_nouns")
    ):
        # A verb the lexicon does not know, made by its ending, as an imperative is (decision
        # 201): "Centralisation of purchasing", "Harmonization of price lists" (decision 3363)
        return stems[-1], "act"
    if word.endswith("ing") and _unknown_ing_of(folded, word, stems, after, end):
        # "Commissioning of an external evaluation", "Resurfacing of the staff car park",
        # "Re-roofing of the packing shed": the -ing noun of a verb the lexicon does not know,
        # then its object, is the act to do (decision 4400)
        return word[:-3], "act"
    return None


# Decision 4400: after "-ing of", the object the act works on, with its determiner.
_EN_ING_OF_OBJECT = re.compile(r" of (?:the|a|an|our|all|every|each|both|its|their|\d)(?![a-z])")
# Nouns in -ing that name a state, an amount or a measure, never an act to do.
_EN_ING_NOUNS = frozenset(
    {"being", "wellbeing", "well-being", "meaning", "feeling", "understanding", "spending",
     "funding", "ranking", "timing", "standing", "ending", "beginning", "earning",
     "pricing", "saving", "setting", "thing", "king", "morning", "evening", "building",
     "housing", "clothing", "seating", "parking", "ceiling", "wording", "outstanding", "sibling",
     "offspring", "spring", "string", "living", "learning", "reading", "marketing", "hearing",
     "rating", "listing", "finding", "painting", "drawing", "recording", "filling", "holding",
     "training", "staffing", "shipping", "onboarding", "banking", "lending"}
)  # fmt: skip


def _undoubled(stem: str) -> tuple[str, ...]:
    """The base of a gerund that doubles its last consonant ("relabelling" -> "relabel",
    "scrapping" -> "scrap"), or nothing."""
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        return (stem[:-1],)
    return ()


def _unknown_ing_of(folded: str, word: str, stems: list[str], after: int, end: int) -> bool:
    """An -ing word the lexicon knows in no form, then "of" and a determined object: the act
    of a verb it does not know (decision 4400). Not a noun in -ing, a measure's name, nor a
    verb the lexicon knows in another class ("Growing of …" keeps its own reading)."""
    if word in _EN_ING_NOUNS or len(word) < 7:
        return False
    table = verb_classes("en")
    if any(t in table for t in stems) or word in table:
        return False
    if word in _en_set("measure_words") or word in _en_set("metric_nouns"):
        return False
    from coach.facts.kpi import kpi_terms  # the measure names (a sibling module of this layer)

    if word in kpi_terms("en"):
        return False
    return _EN_ING_OF_OBJECT.match(folded, after, end) is not None


def _unknown_gerund_object(folded: str, word: str, after: int, end: int) -> bool:
    """An -ing word the lexicon knows in no form, then a count of plural things or "all" and
    its object: the gerund of a verb it does not know, leading its object as the imperative
    does in `_unknown_imperative` (decisions 1465, 2124, 4400). Not a noun in -ing, nor a
    verb of people served ("Housing 40 families": the reach, decision 1579)."""
    if word in _EN_ING_NOUNS or len(word) < 7:
        return False
    stem = word[:-3]
    bases = (stem, stem + "e", *_undoubled(stem))
    table = verb_classes("en")
    if any(b in table for b in bases) or any(b in _en_set("people_served_verbs") for b in bases):
        return False
    if word in _en_set("measure_words") or word in _en_set("metric_nouns"):
        return False
    base = bases[-1] if len(bases) > 2 else bases[1]
    return _things_counted_after(folded, base, after, end) or (
        folded.startswith(" all ", after) and _leads_all(folded, base, after + 4, end)
    )


def _unknown_imperative(folded: str, word: str, after: int, end: int) -> str | None:
    """A word the lexicon does not know that still leads as an imperative, by its shape
    (decision 201): a verb-forming ending ("Publicize …", "Simplify …"), or an object opener
    right after it ("Paint every day", "Separate the identity store", "Publicize our
    progress"). Not a preposition, conjunction, adverb or copula (lead_non_verbs.txt)."""
    if len(word) < 3 or word in _en_set("lead_non_verbs"):
        return None
    if word in _EN_BOUND_LEADS and _FIGURE_AFTER_BOUND.match(folded, after, end):
        return None  # "max 40 billable hours/week": a ceiling on the figure (decision 6955)
    if len(word) >= 6 and word.endswith(("ize", "ify")):
        return "act"
    nxt = _EN_WORD.match(folded, _skip_spaces(folded, after, end), end)
    if _things_counted_after(folded, word, after, end):
        return "act"  # "Graft 200 heritage trees", "Service both compressors" (decision 1465)
    if nxt is not None and _phrasal_object(folded, word, nxt, end):
        return "act"  # "Fit out the two classrooms", "Knock on every shop door" (decision 1606)
    if nxt is not None and nxt.group() == "all" and _leads_all(folded, word, nxt.end(), end):
        return "act"  # "Rotate all production secrets", "Mark all mock exams" (decision 2124)
    if nxt is not None and nxt.group() in ("and", "or"):
        joined = _joined_work_verb(folded, word, nxt.end(), end)
        if joined is not None:
            return joined  # "Detect and fix duplicate invoices" (decision 5484)
    if nxt is None or nxt.group() not in _en_set("object_openers"):
        return None
    if nxt.group() in ("every", "each") and _EN_WHEN.match(folded, nxt.end(), end):
        # "Yoga every Friday", "Standup each morning": a noun and its cadence; not "Redraw the
        # Tuesday rounds", where the day names the thing (decision 1606)
        return None
    return "act"


# A bound written short before the figure it bounds: "max 40 billable hours/week", "min. 3 reviews
# per PR", "maximum 2 late nights a week" — a ceiling or a floor, as "at most 40" is, no imperative
# (decision 6955).
_EN_BOUND_LEADS = frozenset({"max", "min", "maximum", "minimum"})
_FIGURE_AFTER_BOUND = re.compile(r"\.?\s{0,2}(?:of\s)?[$£€]?\d")


def unknown_imperative(folded: str, word: str, after: int, end: int) -> str | None:
    """`_unknown_imperative` for a sibling module of this layer (coach.facts.grades)."""
    return _unknown_imperative(folded, word, after, end)


def _no_imperative(word: str) -> bool:
    """An unknown word that cannot lead as an imperative by its form or its sense (decisions
    2124, 5484): a plural, a form in -ly, -ed or -ing, a noun by its ending, a number's label, or
    a measure's name ("Stores …", "Nearly …", "Trained …", "Retention …", "Revenue …")."""
    if word.endswith(("ly", "ed", "ing")) or (word.endswith("s") and not word.endswith("ss")):
        return True
    if _EN_NOUN_ENDING.search(word) or word in _en_set("number_labels"):
        return True
    if word in _en_set("measure_words") or word in _en_set("metric_nouns"):
        return True
    from coach.facts.kpi import kpi_terms  # the measure names (a sibling module of this layer)

    return word in kpi_terms("en")


# The classes of work a known verb joined after an unknown one lends it (decision 5484).
_JOINED_WORK_CLASSES = frozenset({"act", "decide", "launch", "complete"})


def _joined_work_verb(folded: str, word: str, after: int, end: int) -> str | None:
    """An unknown word, "and" or "or", then a base form the lexicon knows as work, with more
    wording after it: "Detect and fix duplicate invoices", "Decouple and document the export
    job", "Redact or delete the old files" — the unknown word is an imperative joined to that
    verb, in its class (decision 5484). Not a plural, a form in -ing, -ed or -ly, a noun by its
    ending, a measure's name or people served ("Fraud and abuse reports", "Health and safety
    training", "Parents and carers …" stay noun phrases)."""
    if _no_imperative(word) or word in _en_set("people_served"):
        return None
    m = _EN_WORD.match(folded, _skip_spaces(folded, after, end), end)
    if m is None or _skip_spaces(folded, m.end(), end) >= end:
        return None
    cls = verb_classes("en").get(m.group())
    return cls if cls in _JOINED_WORK_CLASSES else None


# After "all": a determiner or a noun it quantifies, not "all over", "all day" or "all in".
_EN_ALL_OBJECT = re.compile(r" (?:(?:the|our|my|of|their|its|these|those) )?[a-z][a-z-]*")
_EN_ALL_NOT_OBJECT = frozenset(
    {
        "over",
        "in",
        "on",
        "day",
        "week",
        "month",
        "year",
        "year-round",
        "round",
        "along",
        "around",
        "together",
        "set",
        "good",
        "done",
        "green",
        "clear",
        "ready",
        "hands",
        "time",
        "-time",
    }
)


# Words that keep bad things away: before "all", a state of none to hold, not work.
_EN_KEEPS_AWAY = frozenset(
    {"prevent", "avert", "forestall", "preempt", "pre-empt", "eradicate", "eliminate", "ban"}
)


def _leads_all(folded: str, word: str, after: int, end: int) -> bool:
    """An unknown word, then "all" and what it quantifies ("Rotate all production secrets",
    "Mark all mock exams within 2 weeks"): an imperative over the whole of its object, as
    before "every" (decision 2124). Not a plural or a noun by its ending ("Stores all open"),
    an adverb ("Nearly all"), a form of a verb that is no imperative ("Trained all …"), nor a
    measure's name; not "all day", "all over", "all-hands" (the word after "all" is its object)."""
    if _no_imperative(word):
        return False
    if word in _EN_KEEPS_AWAY:
        return False  # "Prevent all repeat outages": a zero to hold (decision 1416), no work
    m = _EN_ALL_OBJECT.match(folded, after, end)
    return m is not None and m.group().split()[-1] not in _EN_ALL_NOT_OBJECT


# Particles of a phrasal verb: an unknown word, one of these, then an object opener.
_EN_PARTICLES = frozenset({"out", "up", "down", "off", "on", "over", "back", "through"})


def _phrasal_object(folded: str, word: str, nxt: re.Match[str], end: int) -> bool:
    """An unknown word, a particle, then an object opener ("fit out the", "knock on every"):
    a phrasal verb and its object; not a plural or a noun by its ending ("Visitors on the …")."""
    if nxt.group() not in _EN_PARTICLES or word.endswith("s") or _EN_NOUN_ENDING.search(word):
        return False
    third = _EN_WORD.match(folded, _skip_spaces(folded, nxt.end(), end), end)
    return third is not None and third.group() in _en_set("object_openers")


# A count right after the word, then the plural noun it counts: "Graft 200 heritage-variety
# trees", "Shoot 20 product photos", "Service both compressors" (decision 1465).
_EN_COUNT_THEN_NOUN = re.compile(
    # a range counts as its count does: "Fulfil 5-10 repair requests a month" (decision 5740)
    r" (?:\d[\d,]*(?:[-–]\d[\d,]*)?\+?|both|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty) "
    r"(?:[a-z][a-z-]* ){0,2}?[a-z][a-z-]*[^s\W]s\b"
)
# Words after a number that make it a level or a rate, not things counted: "Footfall 3,000 a
# day", "Enquiries 40 per week".
_EN_RATE_AFTER = re.compile(r" [\d,+]+ (?:a|an|per|each|every|times|hours?|days?|weeks?|months?)\b")
# Nouns by their ending: "Attendance 400 members", "Membership 300 families" name a measure.
_EN_NOUN_ENDING = re.compile(r"(?:tion|sion|ity|ment|ness|ance|ence|ship|ism|ure|ogy|ics|age)$")


_EN_HAVE = frozenset({"have", "had", "get", "got", "keep", "kept", "hold", "held"})


def _things_counted_after(folded: str, word: str, after: int, end: int) -> bool:
    """Whether an unknown word leads a count of plural things as its object ("Graft 200
    trees"): not a noun by its ending, a measure's name or a label ("Target 500 members")."""
    if word.endswith(("s", "ing", "ed")) or _EN_NOUN_ENDING.search(word) or word in _EN_HAVE:
        return False  # "Having 400 shops listed": a state held (decision 332), no imperative
    if word in _en_set("number_labels"):
        return False
    if word in _en_set("measure_words") or word in _en_set("metric_nouns"):
        return False
    from coach.facts.kpi import kpi_terms  # the measure names (a sibling module of this layer)

    if word in kpi_terms("en"):
        return False
    m = _EN_COUNT_THEN_NOUN.match(folded, after, end)
    if m is None or _EN_RATE_AFTER.match(folded, after, end):
        return False
    # "Serve 2,500 households a month": the people served are the reach, no effort (1579)
    return not (
        word in _en_set("people_served_verbs") and m.group().split()[-1] in _en_set("people_served")
    )


# After "every"/"each": a time, so the word before is an effort with its cadence, not a verb.
_EN_WHEN = re.compile(
    r" (?:other |two |\d+ )?(?:day|night|morning|evening|week|weekend|month|quarter|year|"
    r"sprint|release|shift|(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?\b"
)


@cache
def _en_set(name: str) -> frozenset[str]:
    return frozenset(words(name, "en"))


# Verbs of trying that hedge the verb after "to" (decision 338): "Try to improve X" is led by
# "improve" (a vague change), not by an action "try".
_EN_HEDGE_LEADS = frozenset({"try", "aim", "strive", "attempt", "seek"})


def _en_hedge_end(folded: str, verb: Verb | None, lead: int, end: int) -> int | None:
    """Where a hedge opening the wording ends: the lexicon's verb when it is one, or a hedge the
    lexicon does not know ("Strive to grow …", decision 5436); None when there is none."""
    if verb is not None:
        return verb.end if verb.word in _EN_HEDGE_LEADS else None
    word = _EN_WORD.match(folded, lead, end)
    return word.end() if word is not None and word.group() in _EN_HEDGE_LEADS else None


# A manner adverb before the imperative (decision 474): "Successfully register both kids".
_EN_MANNER = re.compile(
    r"(?:successfully|fully|completely|consistently|reliably|safely|smoothly|properly|"
    r"officially|formally|publicly|quickly) "
    # any other adverb in -ly before a verb the lexicon knows: "Ruthlessly prioritize",
    # "Actively mentor two juniors" (decision 1526); not a cadence or an adjective in -ly
    # ("Weekly review …", "Friendly support …")
    r"|(?!(?:daily|weekly|monthly|quarterly|yearly|hourly|nightly|biweekly|early|only|family|"
    r"friendly|timely|costly|lovely|lively|orderly|elderly|likely|unlikely|supply|apply|reply|"
    r"rally|assembly|july|italy) )[a-z]{3,}ly "
)
_EN_TO = re.compile(r"\s+to\s+")
# A first-person subject before the verb: "We define a metric for …" states the work as an
# imperative would.
_EN_SELF_SUBJECT = re.compile(r"(?:we|i)\s+(?!(?:will|shall|can|should|must|have to)\b)")


def _en_predicate(folded: str, pos: int, end: int, measure: frozenset[str]) -> Verb | None:
    """The predicate after a subject: a participle or state word, or a verb in -s."""
    table = verb_classes("en")
    prev = before_prev = ""
    for i, m in enumerate(_EN_WORD.finditer(folded, pos, end)):
        if i > 10:
            break
        word = m.group()
        if word in _EN_COMPOUND_HEADS and _hyphen_glued(folded, m.start()):
            # "AI-driven defect detection", "GPS-enabled tracking": the participle closes a
            # compound adjective of the noun after it, no predicate (decision 2623)
            before_prev, prev = prev, word
            continue
        for state, cls in _EN_STATES.items():
            if (
                i > 0
                and folded.startswith(state, m.start())
                and not _alnum(folded, m.start() + len(state))
            ):
                if state == "ready" and _people_subject(folded, pos, m.start()):
                    # "Omar ready to run payroll solo": a state the person reaches
                    return Verb(m.start(), m.end(), "ready", "reach", "predicate")
                return Verb(m.start(), m.start() + len(state), state, cls, "predicate")
        if (
            word == "can"
            and i > 0
            and prev not in _EN_NOT_SUBJECT
            and not _EN_UNIVERSAL_SUBJECT.match(folded, pos)
        ):
            # "Members can publish under a profile": a capability to ship (a feature).
            return Verb(m.start(), m.end(), "can", "launch", "predicate")
        if (
            word == "able"
            and i > 1
            and prev in ("is", "are")
            and before_prev not in _EN_NOT_SUBJECT
            and folded.startswith(" to ", m.end())
            and not _EN_UNIVERSAL_SUBJECT.match(folded, pos)
        ):
            # "We are able to pause a tenant's jobs", "The kiosk is able to print receipts": "is
            # able to" says what "can" says, a capability to ship (decision 5483)
            return Verb(m.start(), m.end(), "can", "launch", "predicate")
        if (
            word == "supports"
            and i > 0
            and prev not in _EN_NOT_SUBJECT
            and not _EN_UNIVERSAL_SUBJECT.match(folded, pos)
            and not re.match(r"\s*\d", folded[m.end() : end])
        ):
            # "The operator supports multi-cluster deployments": a feature to ship; "supports
            # 40 accounts" counts what it serves (decision 134).
            return Verb(m.start(), m.end(), "support", "launch", "predicate")
        if i > 0 and prev not in _EN_NOT_SUBJECT:
            lemma = _en_lemma(word)
            participle = word.endswith("ed") or word in _EN_PARTICIPLES
            if participle and (lemma != word or word in _EN_PARTICIPLES):
                # "CPQ rolled out to all AEs", "Visitor kiosks set up in both lobbies": a
                # participle and its particle are one verb of several words, as work_verb_after
                # reads them (decision 1820)
                particle = _EN_WORD.match(folded, _skip_spaces(folded, m.end(), end), end)
                whole = f"{lemma} {particle.group()}" if particle is not None else ""
                if particle is not None and whole in table:
                    return Verb(m.start(), particle.end(), whole, table[whole], "predicate")
            cls = table.get(lemma)
            if cls is None and word.endswith("ed"):
                # "defined", "scheduled", "retired": the cheap lemma dropped the stem's final e
                lemma = word[:-1]
                cls = table.get(lemma)
            if cls is not None and participle and lemma != word:
                return Verb(m.start(), m.end(), lemma, cls, "predicate")
            if (
                cls in ("act", "decide", "launch", "complete")
                and lemma == word
                and word in _EN_PARTICIPLES
                and EN_BE_BEFORE.search(folded, max(pos, m.start() - 12), m.start())
                and not _EN_LEVEL_AFTER.match(folded, m.end(), end)
            ):
                # "Goals for Q3 have been set", "The rota is put on the wall": a participle
                # spelt as its verb, after a form of "be", is the work done; "Targets are set
                # at 10% above last year" gives a level (decision 5602)
                return Verb(m.start(), m.end(), lemma, cls, "predicate")
            if (
                cls == "learn"
                and lemma == word
                and word != "take"
                and (
                    _people_subject(folded, pos, m.start())
                    or _EN_PEOPLE_PLURAL.search(folded, pos, m.start())
                )
            ):
                # "Engineers learn the new firmware": people's own to-do after a plural subject
                # in the base form, a personal task as "Learn the firmware" is (decision 787)
                return Verb(m.start(), m.end(), lemma, cls, "predicate")
            if (
                cls is not None
                and word.endswith("s")
                and lemma != word
                and cls in _EN_GROUP_WORK_S
                and _EN_EVERY_GROUP.fullmatch(folded, pos, m.start())
            ):
                return Verb(m.start(), m.end(), lemma, cls, "predicate")
            if cls is not None and word.endswith("s") and lemma in _EN_PREDICATE_S:
                nxt = _EN_WORD.match(folded, _skip_spaces(folded, m.end(), end), end)
                if nxt is None or nxt.group() not in measure:
                    return Verb(m.start(), m.end(), lemma, cls, "predicate")
        before_prev = prev
        prev = word
    return None


# Participles that close a hyphenated compound adjective ("AI-driven", "usage-based",
# "GPS-enabled", "customer-led"): glued by a hyphen to the word before, they modify the noun after
# them and are not the wording's predicate (decision 2623). "Tickets re-opened" keeps its verb.
_EN_COMPOUND_HEADS = frozenset(
    {"driven", "powered", "based", "assisted", "enabled", "backed", "led", "centred", "centered",
     "focused", "oriented", "aware", "ready"}
)  # fmt: skip


def _hyphen_glued(folded: str, start: int) -> bool:
    """Whether the word at `start` follows a hyphen glued to a word of two letters or more."""
    return (
        start >= 3
        and folded[start - 1] == "-"
        and folded[start - 2].isalnum()
        and folded[start - 3].isalnum()
        and folded[max(0, start - 4) : start - 1] not in ("pre", " re", "-re", " co", "non")
    )


_PEOPLE_WORDS = frozenset(
    {"he", "she", "they", "i", "we", "team", "squad", "staff", "everyone", "hire", "hires",
     "manager", "managers", "lead", "leads", "engineer", "engineers", "agent", "agents"}
)  # fmt: skip


# A plural noun for people just before a verb: "technicians", "nurses", "new joiners" (787).
_EN_PEOPLE_PLURAL = re.compile(
    r"\b(?!(?:users|customers|members|subscribers|buyers|visitors|readers|viewers|listeners|"
    r"followers|shoppers|donors|clients|patients|residents|tenants|parents|students|pupils)\b)"
    r"(?:[a-z]+(?:ers|ors|ists|ians|ants|ents|ees)|nurses|staff)\s+$"
)


def _people_subject(folded: str, start: int, end: int) -> bool:
    """A subject that is a person or people (a given name, a pronoun, a team): what they are
    ready to do is their own end state, a result, not a thing built (decision 206)."""
    ws = _EN_WORD.findall(folded, start, end)
    return bool(ws) and (ws[-1] in _PEOPLE_WORDS or ws[0] in _en_set("given_names"))


def _alnum(text: str, i: int) -> bool:
    return i < len(text) and text[i].isalnum()


def _skip_spaces(text: str, i: int, end: int) -> int:
    while i < end and text[i] == " ":
        i += 1
    return i


# -- Chinese --------------------------------------------------------------------------------

# jieba tags that make an unknown word a verb at the head of a clause.
_ZH_VERB_TAGS = ("v",)
# Tokens that end a subject search: a break between clauses.
_ZH_BREAK = re.compile(r"[，,。；;：:！!？?\n]")
# Measure suffixes: a verb right before one of these is part of a measure's name ("回访率").
# Not a word that only starts with one: 数据, 值班, 比赛, 额外, 度假 (decision 330).
_ZH_MEASURE_AFTER = re.compile(
    r"[率量]|数(?![据字码学])|额(?!外)|度(?!假)|比(?![赛较上去同])|值(?![班守])"
    r"|时长|周期|次数|频次|频率|速度|人数|占比|比例"
)


# After a work verb, the rest of a measure's name ending in 率 or 度, then how it moves or stands:
# "讲解|满意度保持在较高水平", "巡检|覆盖率保持在高位", "回访|满意度提升" (decision 5671). The verb says
# which measure, no work to do; not a survey or a review of the measure ("开展满意度调查", "完成满意度
# 测评": 度 before another noun), nor 制度, 年度, 进度, 力度, 季度, 额度, 深度, 广度, 程度, 态度.
# After a verb opening the wording, what is sold or counted (one to four characters) and an amount
# of it, then its move (decision 6723): "升级房型销售额提升", "改造门店客流增长"; a hire stays one.
_ZH_AMOUNT_NAMED_AFTER = re.compile(
    r"[\u4e00-\u9fff]{1,4}?(?:销售额|销量|收入|营收|营业额|成交额|业绩|订单量|单量|客单价|人数|客流)"
    r"(?=\s?(?:提升|提高|增长|增加|上升|上涨|翻番|翻倍|下降|降低|减少|明显|持续|稳步|大幅|有所))"
)
_ZH_MEASURE_NAMED_AFTER = re.compile(
    r"[\u4e00-\u9fff]{1,4}?(?:率|(?<![制年进力季额深广程态])度)"
    r"(?=\s?(?:保持|维持|稳定|达到|提升|提高|增长|增加|上升|下降|降低|改善|明显|持续|稳步|大幅|尽量|"
    r"尽可能|力争|不低于|不少于|高于|超过|从|由|≥|>|\d|[。.]?\s{0,4}$))"
)


# After a work verb, a stage of that work (up to four characters) and how long or how much it
# takes: "招聘|到岗周期", "审批|办结时长", "采购|到货周期", "获客|单客成本" (decision 1740).
_ZH_TIME_OR_COST_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:周期|时长|用时|耗时|成本)")
# After a launch word, a window that counts from it: "上市3个月内", "上线后首月", "上市半年内"
# (decision 6313; lead ruling of the forty-third round): the launch dates the measure, it is not
# the work.
_ZH_WINDOW_FROM = re.compile(
    r"\s?(?:后|之后|以后)?的?\s?(?:(?:\d{1,3}|[一两二三四五六七八九十半]{1,2})\s?个?\s?"
    r"(?:月|周|星期|天|日|年|季度)(?:内|之内|以内)|首(?:月|周|日|年|季|季度))"
)


# After a work verb, the rest of a skill's name (up to four characters) and the score it is
# marked by: "阅读|理解平均分", "听力|理解成绩", "写作|得分" (decision 3981); not a transcript or a
# score sheet handed in ("提交成绩单").
_ZH_SCORE_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:平均分|均分|成绩(?![单表册])|得分|分数|正确率|及格率|优秀率|优良率|满分率)"
)


# After a verb inside one jieba token: a resultative or a preposition that belongs to the verb
# ("晋升为", "提升到", "降至", "达成了").
_ZH_VERB_TAIL = re.compile(r"(?:为|到|至|成|了|上去|下来|出来)")


def _zh_entry_at(folded: str, pos: int, bounds: frozenset[int]) -> str | None:
    if pos >= len(folded):
        return None
    for entry in _zh_entries_by_first().get(folded[pos], ()):
        if not folded.startswith(entry, pos):
            continue
        end = pos + len(entry)
        if end in bounds:
            return entry
        m = _ZH_VERB_TAIL.match(folded, end)
        if m is not None and m.end() in bounds:
            return entry
        m = _ZH_ONE_PIECE.match(folded, end)
        if m is not None and m.end() in bounds:
            return entry  # "出一版|新菜单": jieba keeps "出一版" as one noun (decision 1741)
    return None


# One piece of work made, which jieba glues to the verb before it: "出一版", "改一版", "做一套".
_ZH_ONE_PIECE = re.compile(r"[一两二三几](?:版|稿|套|份)")


def _zh_entry_ending(folded: str, tok: Token) -> tuple[int, str] | None:
    """A lexicon verb of two or more characters that ends a longer word ("人员培训")."""
    if not 0 < tok.end <= len(folded):
        return None
    for entry in _zh_entries_by_last().get(folded[tok.end - 1], ()):
        n = len(entry)
        if len(tok.text) > n and folded.startswith(entry, tok.end - n):
            return tok.end - n, entry
    return None


# Verbs of buying or building that 新 may lead as one word ("新买", "新购置", "新建").
# 新开/新设 with no count after them, then a reach verb: the new places are the subject.
_ZH_NEW_PLACES = frozenset({"新开", "新设"})
_ZH_NEW_PLACES_REACH = re.compile(
    r"(?:门店|店铺|店|网点|分店|站点|校区|分公司|办事处|仓|前置仓|工厂|诊所|门诊)"
    r"(?:[^，,；;。\d]|\d{1,2}(?=个?[月天周年日])){0,10}?(?:实现|达到|做到)"
)
_ZH_GOT_ANEW = frozenset({"买", "购", "购买", "购置", "添", "添置", "采购", "建"})


# A measure closing a Chinese wording with no figure: "访问量", "使用率", "人次" (decision 5307).
_ZH_MEASURE_CLOSES = re.compile(r"(?:量|率|占比|人次|人数|用户数)\s?[。.]?\s*$")


def _zh_hua_modifier(folded: str, t: Token, end: int) -> bool:
    """A three-character 化 word opening a wording with no figure, right before a noun, and a
    measure closing it ("数字化展品库访问量", "信息化平台使用率"): the 化 word says which things are
    measured, as an adjective would, not work to do (decision 5307). "数字化3000件展品", "数字化全部
    展品" and "数字化展品档案" keep their verb."""
    return (
        len(t.text) == 3
        and t.text.endswith("化")
        and re.match(r"[\u4e00-\u9fff]", folded[t.end : t.end + 1]) is not None
        and folded[t.end : t.end + 1] not in "了完全所各每"
        and not re.search(r"\d", folded[t.start : end])
        and _ZH_MEASURE_CLOSES.search(folded, t.end, end) is not None
    )


# Nothing after a verb but a note in brackets and a stop: "完成（6月底前）", "做完。".
_ZH_NOTHING_AFTER = re.compile(
    r"\s*(?:[（(][^（）()]{0,24}[）)]|[，,]\s?[^，,。；;]{1,12}?(?:前|底|内|为止))?\s*[。.!！]?\s*"
)
# A figure right after a word (a blank, then digits or a figure in words): "50万", " 3000单".
_ZH_FIGURE_AFTER = re.compile(
    r"[ \t]?(?:\d|[一二两三四五六七八九十百千万]+[万亿元个位家单件人次%])"
)


def _zh_verb(
    folded: str, tokens: list[Token], pos: int, end: int, bounds: frozenset[int]
) -> Verb | None:
    """The verb heading a Chinese clause. The lexicon wins over jieba's tags: a word jieba
    tags `v` but the lexicon does not know ("报废资产", "联名周边") often only describes the
    noun after it, so a lexicon verb later in the clause is preferred to it."""
    table = verb_classes("zh")
    toks = _zh_outside_asides([t for t in tokens if pos <= t.start < end])
    if not toks:
        return None
    first = 0
    if (
        toks[0].text in _ZH_DISPOSAL
        or toks[0].text in _ZH_PREPOSITIONS
        or toks[0].text in _ZH_TOWARD
    ):
        first = 1  # "把X降到Y", "与3家银行谈判": the verb follows the object
    toward = first == 1 and (toks[0].text in _ZH_TOWARD or toks[0].text == "对")
    unknown: Verb | None = None
    found: Verb | None = None
    weak: Verb | None = None
    named: Verb | None = None
    for i in range(first, min(len(toks), first + 14)):
        t = toks[i]
        if _ZH_BREAK.match(t.text):
            break
        entry = _zh_entry_at(folded, t.start, bounds)
        start = t.start
        if (
            t.text == "约"
            and all(x.pos[:1] in "rt" for x in toks[first:i])
            and _ZH_MEETING_SET.match(folded, t.end)
        ):
            # "约10位客户面谈", "每周约3位老客户喝咖啡": 约 opening the wording before whom and a
            # meeting is the verb 约见 (to arrange to see), not "about" (decision 6730)
            return Verb(t.start, t.end, "约见", "contact", "lead")
        if entry is None and len(t.text) >= 2 and t.text[0] == "新":
            # "新买4台教练车", "新购2台服务器": 新 before a lexicon verb, one word to jieba, is
            # that verb done anew (decision 1450)
            entry = _zh_entry_at(folded, t.start + 1, bounds)
            if entry not in _ZH_GOT_ANEW:
                entry = None  # "新办读者证": cards issued to readers, not work (decision 1450)
            start = t.start if entry is None else t.start + 1
        if entry is None:
            inner = _zh_entry_ending(folded, t)
            if inner is not None:
                start, entry = inner
        if entry is None and len(t.text) >= 2 and folded[t.end : t.end + 1] in ("完", "好"):
            # "框架图画完": jieba reads "图画|完", the verb's character glued to the noun before
            # it; the verb and 完/好 after it are the lexicon's completion (decision 6972)
            glued = _zh_entry_at(folded, t.end - 1, bounds)
            if glued is not None and len(glued) == 2:
                start, entry = t.end - 1, glued
        if (
            t.text in _ZH_STOCKED_BY
            and _ZH_PLACES_BEFORE.fullmatch(folded, pos, t.start)
            and _ZH_OURS_AFTER.match(folded, t.end)
        ):
            # "3家连锁超市上架我们的燕麦棒", "5家药房引进我们的护手霜": a count of others' places
            # taking the team's goods is won from them, as "产品上架10家新超市" is (decision 4204)
            return Verb(t.start, t.end, t.text, "reach", "predicate")
        if entry is None and t.text in _ZH_SHELVING and _ZH_PLACES_AFTER.match(folded, t.end):
            # "产品上架10家新超市": shelved in others' shops, counted, is won as "进驻" is; not
            # "上架50个新SKU", the team's own listing (decision 3913)
            return Verb(t.start, t.end, t.text, "reach", "lead" if i == first == 0 else "predicate")
        if (
            entry is None
            and t.text[:2] in _ZH_GAINS
            and _ZH_PROGRESS_CLOSES.fullmatch(folded, t.start + 2, end)
        ):
            # "取得实效", one idiom to jieba: progress gained, as in decision 5771
            return Verb(t.start, t.start + 2, t.text[:2], "change", "predicate")
        # "门口停车位重新划线", "货架重新编号": a word right after 重新 is done again, a verb
        # whatever jieba tags it (decision 4833)
        redone = i > first and toks[i - 1].text in _ZH_REDO and toks[i - 1].end == t.start
        if entry is None and not ((t.pos in _ZH_VERB_TAGS or redone) and len(t.text) >= 2):
            continue
        if entry is None and t.text in _ZH_RANK_NOUNS:
            continue  # "BSR排名", "类目排行": a rank is a measure, not the work (decision 495)
        if (
            entry is None
            and t.text in word_set("kpi_nouns", "zh")
            and _ZH_FIGURE_AFTER.match(folded, t.end)
        ):
            # "新单保费50万", "佣金收入30万": a measure jieba tags as a verb, then its figure, is the
            # measure and its target, not work (decision 6967)
            continue
        if _ZH_DEFINING_BRACKET.search(folded, max(0, start - 8), start) and i > 0:
            continue  # "爆款（播放>100w）数量": a definition in brackets, not the work (decision 560)
        if i > first and _zh_in_bracket_note(folded, pos, start):
            # "已知告警列入静默名单（待下个版本逐步减少）": a note in brackets after the work says
            # what may follow; its verb heads nothing (decision 4641)
            continue
        word_end = start + len(entry) if entry is not None else t.end
        if entry in _ZH_HEDGE_VERBS and _zh_entry_at(folded, word_end, bounds) is not None:
            continue  # "争取完成两个大客户的POC": a hedge before the verb, not a win (5782)
        if toward and folded.startswith("的", max(word_end, t.end)):
            continue  # "针对…最常提到的三个 bug": which bugs, inside the object (decision 4959)
        nxt = toks[i + 1].text if i + 1 < len(toks) and toks[i + 1].start == word_end else ""
        if i == first == 0 and _zh_hua_modifier(folded, t, end):
            continue  # "数字化展品库访问量": which things are measured, no work (decision 5307)
        if _ZH_MEASURE_AFTER.match(folded, word_end) or nxt == "会":
            continue  # "回访率", "发布次数", "分析会": the verb names a measure or a meeting
        if _ZH_MEASURE_NAMED_AFTER.match(folded, word_end):
            continue  # "讲解满意度保持在较高水平": the verb names which measure (decision 5671)
        if (
            i == first == 0
            and (entry is None or table[entry] != "hire")
            and _ZH_AMOUNT_NAMED_AFTER.match(folded, word_end)
        ):
            # "升级房型销售额提升", "培训课程收入增长": the verb opens the name of what is sold or
            # counted, the amount's move is the predicate, not the work (decision 6723)
            continue
        if (
            entry is not None
            and table[entry] in _ZH_MOVING
            and folded.startswith(words("named_work_heads", "zh"), word_end)
        ):
            # "3个降本项目落地": which piece of work, no change, when a later verb heads the
            # wording (5365); alone it stays ("客户满意度提升计划": the plan, decision 3505)
            if named is None:
                at_lead = i == first == 0 and unknown is None and start == t.start
                named = Verb(
                    start, word_end, entry, table[entry], "lead" if at_lead else "predicate"
                )
            continue
        if (
            entry is not None
            and table[entry] == "launch"
            and _ZH_WINDOW_FROM.match(folded, word_end)
        ):
            continue  # "新书上市3个月内加印2次": the launch opens a window (decision 6313)
        if (
            entry is not None
            and table[entry] not in _ZH_MOVING
            and _ZH_TIME_OR_COST_AFTER.match(folded, word_end)
        ):
            # "招聘到岗周期", "报销审批时长", "采购到货周期": how long or how much the work
            # takes, a stage between, is a measure of it, not the work (decision 1740)
            continue
        if (
            entry is not None
            and table[entry] in ("learn", "act")
            and _ZH_SCORE_AFTER.match(folded, word_end)
        ):
            # "阅读理解平均分提高10分", "听力理解成绩提高5分": a skill tested, named by its work
            # verb, before the score it is marked by, is the measure, not the work (decision 3981)
            continue
        if (
            entry is not None
            and table[entry] not in _ZH_MOVING
            and folded.startswith("流程", word_end)
        ):
            # "招聘流程缩短到20天", "审批流程尽量缩短": the work's process is the thing that
            # changes, not the work done (decision 3875)
            continue
        if folded.endswith(_ZH_AVERAGES, 0, start):
            continue  # "场均观看1万", "人均接待20位": an average per unit names a measure
        if entry in _ZH_HAPPEN_VERBS and folded.endswith(_ZH_DENIALS, 0, start):
            continue  # "不产生 cwd 冲突": a bad event said not to happen, no work (decision 3081)
        if folded.endswith(_ZH_NOT_YET, 0, start) and folded.startswith("的", word_end):
            # "移除未实现的接口描述", "清理没完成的需求单": a verb denied inside a 的-phrase says
            # which things, it is not the wording's verb (decision 3082)
            continue
        position: Literal["lead", "predicate"] = (
            "lead"
            if i == first == 0 and (start == t.start or folded[t.start] == "新" == t.text[0])
            else "predicate"
        )
        if position == "lead" and _ZH_COUNTED_AFTER_DE.match(folded, word_end):
            # "帮扶的30户商户全部扭亏", "走访的100户家庭满意度达到95%": the verb says which people
            # (those the team helps or visits), counted after 的; what they reach is the
            # predicate, not work (decision 3817)
            continue
        if entry is None:
            if unknown is None:
                unknown = Verb(t.start, t.end, t.text, "act", position)
            continue
        verb = Verb(
            start, word_end, entry, table[entry], position if unknown is None else "predicate"
        )
        if entry in _ZH_GAINS and _ZH_PROGRESS_CLOSES.fullmatch(folded, word_end, end):
            # "校园文化建设取得明显成效", "信息化建设取得显著进展": progress said gained, closing the
            # wording, is a change with no number (vague, unquantified), not the work named
            # before it nor a pass (decision 5771)
            return Verb(start, word_end, entry, "change", verb.position)
        if entry == "解决" and folded.endswith(_ZH_AT_THE_ROOT, 0, start):
            # "彻底解决消防通道占用问题", "停车难问题从根本上解决": a trouble solved for good is
            # a bad thing gone, as 消除 says (decision 6721, the lead's ruling): a change, no work
            return Verb(start, word_end, entry, "change", verb.position)
        if (
            entry == "实现"
            and not folded[word_end:end].strip(" \t。.")
            and folded.endswith(words("implemented_parts", "zh"), pos, start)
        ):
            # "启动时注册插件实现", "按需加载适配器实现": the noun "implementation" of a software
            # part at the clause's end, not an achieving verb (decision 4643)
            continue
        if (
            entry == "实现"
            and verb.position == "predicate"
            and not folded[word_end:end].strip(" \t。.")
            and folded.endswith(words("implemented_features", "zh"), pos, start)
        ):
            # "单点登录功能实现", "离线缓存机制实现": a feature said done at the clause's end is the
            # work completed, like "功能完成"; "全年目标实现" still reaches a goal (decision 5660)
            verb = Verb(start, word_end, entry, "complete", verb.position)
        if entry in word_set("switch_verbs", "zh"):
            # "订单导出全部改为通过消息队列生成": a switch heads its clause; what follows it is the
            # new way, not the predicate ("获取", "实现" there move nothing: decision 4640)
            return verb
        if verb.position == "lead" and entry in _ZH_WEAK_LEADS and weak is None:
            weak = verb  # "原创作品获奖3项": a later verb wins; "原创新剧2部": this one (3607)
            continue
        if (
            verb.position == "lead"
            and entry in _ZH_NEW_PLACES
            and _ZH_NEW_PLACES_REACH.match(folded, word_end, end)
        ):
            # "新开门店6个月内实现盈亏平衡": the places newly opened are the subject, what they
            # reach is the predicate; "新开3家门店" still opens them (decision 3504)
            continue
        if (
            found is not None
            and found.cls not in _ZH_MOVING
            and _ZH_WORK_PAIR.fullmatch(folded, found.end, verb.start)
        ):
            # "简历的修改和完善", "制度的修订与完善": two verbs joined as one piece of work on the
            # thing named first; the work verb leads it, not the change joined to it (4405)
            return found
        if verb.position == "lead" and verb.cls == "change":
            joined = _zh_joined_launch(folded, word_end, bounds)
            if joined is not None:
                # "优化并上线新版考核系统", "完善并发布门店服务标准": a change with no object of its
                # own, joined to a launch or a completion, is that work done (decision 5363)
                return joined
        if verb.position == "lead" or verb.cls in _ZH_MOVING:
            return verb
        if (
            found is not None
            and found.cls == "act"
            and verb.cls == "complete"
            and _ZH_NOTHING_AFTER.fullmatch(folded, word_end, end)
        ):
            # "门店装修完成（6月底前）", "数据看板完成": the work named first is the thing done,
            # the completion closing the wording its predicate, as "员工手册写完" reads (6973)
            found = verb
        if found is None:
            found = verb  # after a subject: a verb that moves it later wins ("测试通过率提升")
    return found or weak or named or unknown


def _zh_outside_asides(toks: list[Token]) -> list[Token]:
    """The clause's words less those of a bracket opened after its first word ("便利店渠道（全家/
    罗森/7-11）新品试饮活动覆盖3000家门店"): a list or a note in brackets inside the wording heads
    nothing and would use up the words read for the verb (decision 5369). A bracket opening the
    clause (a tag: "（考研）通过…", decision 607) is left to the readings that know it."""
    out: list[Token] = []
    depth = 0
    for t in toks:
        opens = t.text.count("(") + t.text.count("（")
        closes = t.text.count(")") + t.text.count("）")
        if out and (depth or opens):
            depth = max(0, depth + opens - closes)
            continue
        out.append(t)
    return out


def _zh_joined_launch(folded: str, at: int, bounds: frozenset[int]) -> Verb | None:
    """The launch or completion joined by 并/和/及/、 right after a verb of change that opens the
    wording ("优化并上线…", "改进并发布…"): the work both verbs do to the thing after them
    (decision 5363). None when the change has an object of its own or the next verb moves,
    reaches or wins ("提升并保持…")."""
    m = _ZH_WORK_PAIR.match(folded, at)
    if m is None or m.end() == at:
        return None
    entry = _zh_entry_at(folded, m.end(), bounds)
    if entry is None:
        return None
    cls = verb_classes("zh")[entry]
    if cls not in ("launch", "complete"):
        return None
    return Verb(m.end(), m.end() + len(entry), entry, cls, "lead")


def _zh_in_bracket_note(folded: str, pos: int, at: int) -> bool:
    """Whether `at` is inside a bracket opened after some wording of the clause that starts at
    `pos` ("列入静默名单（待下个版本逐步减少）"): a note on the work before it (decision 4641)."""
    depth = 0
    opened = -1
    for j in range(pos, at):
        c = folded[j]
        if c in "（(":
            if depth == 0:
                opened = j
            depth += 1
        elif c in "）)" and depth:
            depth -= 1
    return depth > 0 and folded[pos:opened].strip() != ""


# Between two verbs of one piece of work: "修改和完善", "修订与完善", "编写及完善" (decision 4405).
_ZH_WORK_PAIR = re.compile(r"\s?(?:和|与|及|以及|、|并)\s?")

# 的 and a count right after the verb that opens the wording: "帮扶的30户商户" (decision 3817).
_ZH_COUNTED_AFTER_DE = re.compile(r"的\s?(?:\d|[一二两三四五六七八九十百千])")

# Putting one's goods on shelves: a placement won when what follows counts others' places
# ("上架10家新超市", "上架到20家便利店"), the team's own listing when it counts goods (3913).
_ZH_SHELVING = frozenset(["上架", "铺进"])
_ZH_PLACES_AFTER = re.compile(r"\s?(?:到|至|进)?\s?\d{1,5}\s?家")

# Others' places, counted, opening the clause, then taking the team's goods (decision 4204):
# "3家连锁超市上架我们的燕麦棒", "至少5家药房引进我司护手霜".
_ZH_STOCKED_BY = frozenset(["上架", "引进", "引入", "采购", "进货", "代售", "售卖", "销售", "铺货"])
_ZH_PLACES_BEFORE = re.compile(
    r"\s?(?:至少|不少于|新增|新)?\s?(?:\d{1,5}|[一二两三四五六七八九十]{1,3})\s?家\s?[\u4e00-\u9fff]{1,10}\s?"
)
_ZH_OURS_AFTER = re.compile(r"\s?(?:我们|我司|我方|本品牌|本公司|本店|自家|咱们)")

# Lexicon verbs that also describe the noun after them ("原创作品获奖3项", "创作作品获奖3项"):
# they head the wording only when no other lexicon verb follows in the clause (decision 3607).
_ZH_WEAK_LEADS = frozenset(["原创", "创作"])


# An opening bracket right after a noun, still open at the verb: "爆款（播放>100w）".
_ZH_DEFINING_BRACKET = re.compile(r"[\u4e00-\u9fffA-Za-z][（(][^（）()]{0,6}$")

# Words jieba tags as verbs that name a rank ("BSR排名 | 87 | 前10"): the measure, not an act.
_ZH_RANK_NOUNS = frozenset(["排名", "排行", "排位", "名次"])

_ZH_SPACES = re.compile(r"\s+")


def _zh_condition_done(
    folded: str, toks: list[Token], pos: int, end: int, bounds: frozenset[int]
) -> int | None:
    """Where the clause after a leading condition starts, when the wording's first clause
    ends in a verb (jieba's tag, or a lexicon verb starting in the word) and 后/之后/以后 at a
    comma ("编译后，", "升级完成以后，"); None otherwise. A span before 后 ("三个月后，") is a
    time, not work done: no verb, no match (decision 3280)."""
    m = _ZH_BREAK.search(folded, pos, end)
    if m is None or m.group() not in "，," or m.start() - 1 <= pos or folded[m.start() - 1] != "后":
        return None
    at = m.start() - 1
    if folded[at - 1] in "之以":
        at -= 1
    rest = _ZH_SPACES.match(folded, m.end(), end)
    nxt = rest.end() if rest is not None else m.end()
    if nxt >= end:
        return None
    for t in toks:
        if t.start >= pos and at - 1 <= t.end <= at + 1 and t.end - t.start >= 2:
            head = folded[t.start : min(t.end, at)]
            if (
                t.pos in _ZH_VERB_TAGS
                or _zh_entry_at(folded, t.start, bounds) is not None
                or any(
                    _zh_entry_at(folded, t.start + j, bounds) is not None and t.start + j + 2 <= at
                    for j in range(len(head) - 1)
                )
            ):
                return nxt
    return None


_ZH_NOT_YET = ("未", "没", "没有", "尚未", "还未", "从未")
_ZH_DENIALS = ("不", "未", "没", "没有", "无")
_ZH_HAPPEN_VERBS = frozenset(["产生", "发生", "出现"])

_ZH_AVERAGES = ("场均", "人均", "日均", "店均", "单均", "月均", "周均", "次均", "篇均", "条均")


# Classes of a verb that moves a measure: after a subject it is the predicate even when a verb
# came before it inside the subject ("人均产出提升", "VOC排放达标").
_ZH_MOVING = frozenset({"change", "reach", "win"})
# Verbs that are a hedge when another verb follows at once: "争取完成…", "争取上线…" (5782);
# "争取5家新客户" keeps 争取 as winning them.
_ZH_HEDGE_VERBS = frozenset({"争取"})
# Gaining progress: 取得/获得 and a word for progress, with a degree word or none, closing the
# wording ("取得明显成效", "获得显著进步", "取得了阶段性进展"): decision 5771.
# After 约 opening the wording: how many, whom (up to six characters), then the meeting (decision
# 6730): "约10位客户面谈", "约8家供应商洽谈", "约老客户喝咖啡".
_ZH_MEETING_SET = re.compile(
    r"\s?(?:\d{1,6}|[一二两三四五六七八九十几]{1,4})?\s?(?:位|名|个|家|组|户|批)?[\u4e00-\u9fffA-Za-z]{1,6}?"
    r"(?:面谈|见面|喝咖啡|喝茶|吃饭|吃个饭|聊聊|聊天|沟通|交流|洽谈|做访谈|访谈|深聊|座谈)"
)
_ZH_GAINS = frozenset({"取得", "获得"})
# Right before 解决: "for good", "at the root" (decision 6721): "彻底解决…问题", "…问题彻底解决".
_ZH_AT_THE_ROOT = ("彻底", "彻底地", "从根本上", "根本上", "根本")
_ZH_PROGRESS_CLOSES = re.compile(
    r"\s?了?\s?(?:明显|显著|较大|一定|长足|重大|积极|实质性|阶段性|突破性|很大|较好|良好)?的?"
    r"(?:成效|实效|成果|进展|进步|改善|提升|提高|起色|好转|改观|突破|效果)\s?[。.!！]?\s*"
)


def work_verb_after(
    folded: str, lang: str, tokens: list[Token], bounds: frozenset[int], start: int, end: int
) -> Verb | None:
    """The first lexicon verb in [start, end) that names work to do — a launch, a completion
    or another action — after a verb that only reaches or keeps a state: "确保新系统6月底前上线",
    "实现财务系统与ERP对接", "Ensure the new CRM is rolled out to all regions"."""
    table = verb_classes(lang)
    if lang == "zh":
        for t in tokens:
            if not (start <= t.start < end):
                continue
            entry = _zh_entry_at(folded, t.start, bounds)
            if entry is not None and table[entry] in _WORK:
                return Verb(t.start, t.start + len(entry), entry, table[entry], "predicate")
        return None
    for m in _EN_WORD.finditer(folded, start, end):
        word = m.group()
        if word in _EN_STATES:
            return Verb(m.start(), m.end(), word, _EN_STATES[word], "predicate")
        lemma = _en_lemma(word) if (word.endswith("ed") or word in _EN_PARTICIPLES) else word
        particle = _EN_WORD.match(folded, _skip_spaces(folded, m.end(), end), end)
        if particle is not None and f"{lemma} {particle.group()}" in table:
            lemma = f"{lemma} {particle.group()}"  # "rolled out" → roll out
        cls = table.get(lemma)
        if cls in _WORK and lemma != word:
            return Verb(m.start(), m.end(), lemma, cls, "predicate")  # "… is rolled out"
        if (
            cls in _WORK
            and word in _EN_PARTICIPLES
            and EN_BE_BEFORE.search(folded, max(0, m.start() - 12), m.start())
            and not _EN_LEVEL_AFTER.match(folded, m.end(), end)
        ):
            # "Ensure a fire drill is run at each depot", "Make sure the rota is set": a
            # participle spelt as its verb, after a form of "be" (decision 5602)
            return Verb(m.start(), m.end(), lemma, cls, "predicate")
    return None


# A form of "be" right before a word: the word after it is a participle ("is run", "been set").
EN_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$")
# After such a participle, the level or the hand it is set at: "set at 10%", "set to 19
# degrees", "run at a profit", "run by volunteers" ("run at each depot" names a place).
_EN_LEVEL_AFTER = re.compile(
    r"\s(?:(?:at|to)\s(?:[\d£$€]|or\s|least\b|most\b|a\s(?:profit|loss)\b|no\b|zero\b)"
    r"|(?:above|below|under|over|between|as|by)\b)"
)


# Classes of a verb that names work to do, not a state reached.
_WORK = frozenset({"launch", "complete", "act"})


# -- the shape ------------------------------------------------------------------------------


def _split_at(
    tokens: list[Token], bounds: frozenset[int], pos: int
) -> tuple[list[Token], frozenset[int]]:
    """The tokens with the one that straddles `pos` cut there (its tail keeps no tag)."""
    out: list[Token] = []
    for t in tokens:
        if t.start < pos < t.end:
            cut = pos - t.start
            out.append(t._replace(text=t.text[:cut], end=pos))
            out.append(t._replace(text=t.text[cut:], start=pos, pos="x"))
        else:
            out.append(t)
    return out, bounds | {pos}


_CLAUSE_STOP = re.compile(r"[;；。\n]")
# A dash between a title and the sentence of the item: " – ", " - ", " -- ", " — ".
_TITLE_DASH = re.compile(r"\s(?:–|—|--?)\s")
# Small words a Title-Case name may hold: "Improve the Management of Fixed Assets".
_TITLE_SMALL = frozenset({"of", "the", "and", "a", "an", "to", "for", "in", "on", "&", "with"})


def _after_title(tokens: list[Token], folded: str, start: int, end: int) -> int:
    """Where the sentence starts after a Title-Case name and a dash ("Improve the Management of
    Fixed Assets – Evaluate the composition of …", "Customer Satisfaction – Raise our rating …"):
    a plan's goal names itself, then says what it is; the sentence is the wording to read
    (decision 1340). `start` itself when there is no such name: two to eight words, each
    capitalised or a small word, no figure, then a dash and a capitalised sentence of four words
    or more."""
    m = _TITLE_DASH.search(folded, start, min(end, start + 80))
    if m is None:
        return start
    name = [t for t in tokens if start <= t.start and t.end <= m.start() and t.text.strip()]
    words_ = [t for t in name if any(c.isalnum() for c in t.text)]
    if not 2 <= len(words_) <= 8 or any(any(c.isdigit() for c in t.text) for t in words_):
        return start
    if not all(t.text[0].isupper() or t.text.lower() in _TITLE_SMALL for t in words_):
        return start
    if not words_[0].text[0].isupper():
        return start
    rest = [t for t in tokens if t.start >= m.end() and t.end <= end and t.text[:1].isalnum()]
    if len(rest) < 4 or not rest[0].text[0].isupper():
        return start
    return rest[0].start


def read_shape(
    folded: str,
    lang: str,
    tokens: list[Token],
    times: tuple[tuple[int, int, str], ...],
    bounds: frozenset[int],
    span: tuple[int, int],
) -> Shape:
    """The shape of the wording in `span` (see the module doc)."""
    start, end = span
    cadences = find_terms(folded, words("cadence_words", lang), lang)
    if lang == "en":
        # "slips more than a week", "within a day": a length of time, no cadence (decision 1011)
        cadences = [c for c in cadences if not _SPAN_BEFORE_A.search(folded, 0, c[0])]
        # "a day-of coordination package", "a week-long bootcamp", "a month-end checklist": a
        # hyphen joins the word into an adjective, no cadence (decision 2509)
        cadences = [c for c in cadences if folded[c[1] : c[1] + 1] != "-"]
        # "Define every term in the glossary": a word of a list, no school term (decision 4543)
        cadences = [c for c in cadences if not _TERM_OF_A_LIST.match(folded, c[0], c[1] + 9)]
        # "Weekly active users of the staff app", "Monthly active members": the window of a
        # measure's name (WAU, MAU), no cadence of an effort (decision 5486)
        cadences = [c for c in cadences if not folded.startswith(" active ", c[1])]
    if lang == "zh":
        cadences = [c for c in cadences if c[0] in bounds or c[0] == 0]
    lead, _cad_end = _lead(folded, lang, start, end, times, cadences)
    titled = -1
    if lang == "en" and lead == start:
        lead = _after_title(tokens, folded, lead, end)
        titled = lead if lead != start else -1
    cadence = (cadences[0][0], cadences[0][1]) if cadences else None
    clause_end = end
    condition = -1
    m = _CLAUSE_STOP.search(folded, lead, end)
    if m is not None:
        clause_end = m.start()
    if lang == "zh":
        done = _zh_condition_done(folded, tokens, lead, clause_end, bounds)
        if done is not None:
            # "连续 10 轮增量编译后，历史引用不丢失", "每次发版之后，核心接口可用率不低于99.9%": work done
            # before 后 and a comma is the condition the rest is checked under, a scene like a
            # time before it; the wording proper is the clause after it (decision 3280)
            lead = condition = done
        if lead not in bounds:
            # The scene ends inside a word jieba glued across it ("3月底前|写完" cut as
            # "前写|完"): the wording proper starts at the lead (decision 461).
            tokens, bounds = _split_at(tokens, bounds, lead)
        verb = _zh_verb(folded, tokens, lead, clause_end, bounds)
    else:
        measure = word_set("measure_words", "en")
        verb = _en_verb_at(folded, lead, clause_end, measure)
        hedge_end = _en_hedge_end(folded, verb, lead, clause_end)
        if hedge_end is not None:
            # "Try to improve landing page conversion": the verb after the hedge leads
            hedged = _EN_TO.match(folded, hedge_end, clause_end)
            after = _en_verb_at(folded, hedged.end(), clause_end, measure) if hedged else None
            verb = after or verb
        manner = _EN_MANNER.match(folded, lead, clause_end)
        if verb is None and manner is not None:
            # "Successfully implement OKRs", "Fully automate …": the verb after the adverb leads
            verb = _en_verb_at(folded, manner.end(), clause_end, measure)
        me = _EN_SELF_SUBJECT.match(folded, lead, clause_end)
        if verb is None and me is not None:
            verb = _en_verb_at(folded, me.end(), clause_end, measure)
        if verb is None:
            verb = _en_predicate(folded, lead, clause_end, measure)
    return Shape(lead=lead, verb=verb, cadence=cadence, titled=titled, condition=condition)

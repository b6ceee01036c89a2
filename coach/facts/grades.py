"""Where a grade or a status written after an item's wording starts (a fact about the text).

"完成季度招聘任务10人 0.9 完成", "Automate offer letters 0.5", "… —— 进行中", "… [0.7]",
"… => Done": the annotator takes them off the item as its score and status, and a rewrite,
being a new wording, leaves them out (`grade_tail`)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from coach.facts.needs import fold_case, look, needed, search

try:  # the parser (public as sre_parse before Python 3.11)
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse as _parser  # type: ignore[no-redef]

if TYPE_CHECKING:
    from coach.draft import Item

STATUS_WORDS = (
    r"完成一半|未完成|已完成|完成|进行中|进展中|延期|done|in progress|at risk|on track|not started"
)
# A trailing grade after the wording: "完成季度招聘任务10人 0.9 完成". A bare 0 or 1 counts only
# with a status after it, so "by September 1" keeps its date.
SCORE_STATUS_RE = re.compile(
    rf"\s(?P<score>(?<![\d.])(?:0?\.\d{{1,2}}|1\.0{{1,2}}))(?![\d%])\s?(?P<status>{STATUS_WORDS})?\s*$"
    rf"|\s(?P<score2>[01])\s?(?P<status2>{STATUS_WORDS})\s*$"
    # "给新同事配好工位 【0.1】未完成": a bracketed grade before its status, as the cycle's reader
    # takes it (decision 5884); the draft review took neither off the wording (decision 5906)
    rf"|\s?[（(\[【]\s?(?P<score3>0?\.\d{{1,2}}|1\.0{{1,2}})\s?[）)\]】]\s?"
    rf"(?P<status3>{STATUS_WORDS})\s*$",
    re.I,
)
# The most characters SCORE_STATUS_RE's match spans before the text's trailing blanks (its
# pattern without them): the blank before the grade, the grade, a blank, the status. Neither a
# grade nor a status word ends in a blank, so a match starts at most this far before them.
_SCORE_STATUS_SPAN = _parser.parse(
    SCORE_STATUS_RE.pattern.replace(r"\s*$", ""), SCORE_STATUS_RE.flags
).getwidth()[1]
# What makes a trailing 0.x the value the key result commits to rather than its grade (decision
# 562): the end of a change or a comparison ("from 1.8 to 1.0", "2.5 → 0.9", "≥ 0.8", "降到0.6")
# or a measure named right before it ("Cart completion rate 0.7", "缺陷密度0.5").
_VALUE_BEFORE = re.compile(
    r"(?:\bto|\bat|\bunder|\bbelow|\babove|\bover|\bthan|\bat (?:least|most)|→|->|=>|[≥≤<>=:：~～]|"
    # a verb of reaching or a link right before it (decision 2343): "Precision reaches 0.9"
    r"\breach(?:es|ed)?|\bhits?|\bof|\bequals?|"
    r"到|至|为|达到|降到|降至|提升到|提高到|低于|高于|不低于|不高于|"
    r"\brate|\bratio|\bshare|\bdensity|\bindex|\bmargin|\bcoverage|\bconversion|\bpercentage|"
    r"\bprobability|\baccuracy|\bprecision|\brecall|\bauc|\bf1|\buptime|\bavailability|"
    r"率|占比|比例|比率|系数|指数|密度)\s*$",
    re.I,
)
# A wording that opens on the head of a share: "Share of orders paid in one click 0.45".
_SHARE_HEAD = re.compile(
    r"\W{0,3}(?:the\s)?(?:share|percentage|proportion|fraction|ratio|rate)\sof\b", re.I
)


def score_status(text: str) -> re.Match[str] | None:
    """SCORE_STATUS_RE's match at the end of `text`, unless the bare decimal it found is the
    key result's own value (decision 562): "Goals conceded per game from 1.8 to 1.0", "Cart
    completion rate 0.7", "Share of orders paid in one click 0.45". A status after the number
    ("… 0.7 完成") or a number before it ("Raise NPS from 30 to 45 0.7") keeps it a grade."""
    # (a match ends at the text's trailing blanks, its grade and status span at most
    # _SCORE_STATUS_SPAN characters: it is searched for only there)
    m = SCORE_STATUS_RE.search(text, max(0, len(text.rstrip()) - _SCORE_STATUS_SPAN))
    if m is None or m.group("score") is None or m.group("status"):
        return m
    return None if is_value(text, m.start("score")) else m


def is_value(text: str, at: int) -> bool:
    """Whether a bare decimal at `at` (with no status after it) is the value the wording
    commits to, not a grade (see score_status)."""
    if _VALUE_BEFORE.search(text, max(0, at - 40), at):
        return True
    # "Share of loaves sold before 2pm from 60% to 85% 0.7": the share's target is written, so
    # the decimal after it is its grade (decision 6385)
    return bool(_SHARE_HEAD.match(text)) and not TARGET_GIVEN.search(text, 0, at)


# A target already written: a percentage, or a change's end ("to 85", "到260", "→ 90").
TARGET_GIVEN = re.compile(r"\d[ \t]?[%％]|(?<![A-Za-z])to[ \t]?\d|[到至→][ \t]?\d", re.I)


PROGRESS_RES = (
    re.compile(
        r"(?:\s{0,3}(?:[-–—]{1,2}|[|｜,，;；]))?\s{0,3}[（(\[【]?\s?(?:进度|完成度|progress)\s?[:：]?\s?"
        r"(?P<v>\d{1,3}(?:\.\d{1,2})?\s?[%％]|0?\.\d{1,2}|1\.0{1,2})\s?[）)\]】]?[\s。.]*$",
        re.I,
    ),
    re.compile(r"\s{0,3}[\[【（(]\s?(?P<v>0?\.\d{1,2}|1\.0{1,2})\s?[\]】）)][\s。.]*$"),
    re.compile(r"\s{0,3}=>\s?(?P<v>\d{1,3}(?:\.\d{1,2})?\s?[%％]|0?\.\d{1,2}|1\.0{1,2})[\s。.]*$"),
    # Progress in words after a dash or in brackets: "… — 40% done", "… (70% complete)",
    # "…（已完成60%）": how far the work got, not a target (decision 434).
    re.compile(
        r"\s{0,3}(?:[-–—]{1,2}\s{0,3}|[（(\[【]\s?)(?P<v>\d{1,3}(?:\.\d{1,2})?\s?[%％])\s?"
        r"(?:done|complete|completed|finished)\s?[）)\]】]?[\s。.]*$",
        re.I,
    ),
    re.compile(
        r"\s{0,3}[（(\[【]\s?(?:已完成|完成了?|已?完成度)\s?(?P<v>\d{1,3}(?:\.\d{1,2})?\s?[%％])"
        r"\s?[）)\]】][\s。.]*$"
    ),
    # A tracker's columns pasted as text: "…接口开发   Q2   0%-30%", a quarter then a progress
    # range set off by blanks (decision 419); the quarter stays the key result's deadline.
    re.compile(
        r"(?<=[QqHh][1-4])\s{1,8}(?P<v>\d{1,3}(?:\.\d)?[%％])\s?[-–~～]\s?\d{1,3}(?:\.\d)?[%％]\s*$"
    ),
    # "… and publish it in the wiki. - 50%": a percentage after the sentence's full stop and a
    # dash, closing the line, is how far the work got, not a target (decision 4943).
    re.compile(r"(?<=[.!?])\s{1,3}[-–—]{1,2}\s{1,3}(?P<v>\d{1,3}(?:\.\d{1,2})?\s?%)\s*$"),
)
# "… signed off by finance. *40%*", "… moved into the new tracker **100%**", "… set up *25%* - two
# shops left": a percentage in emphasis closing a key result, alone or before a dash and a note
# with no figure, is how far the work got (decision 5120).
_EMPHASISED_PERCENT_RE = re.compile(
    r"(?<=[^\s\d%*_])\s{1,3}(?P<e>\*{1,2}|_{1,2})(?P<v>\d{1,3}(?:\.\d{1,2})?\s?%)(?P=e)"
    r"(?P<note>\s{1,3}[-–—]{1,2}\s{1,3}[^\d%\n]{3,200})?\s*$"
)


# A measure the wording names anywhere before a bare emphasised figure ("Trial-to-paid conversion
# of new signups **12%**"): the figure is its target.
_MEASURE_WORD_RE = re.compile(
    r"\b(?:rates?|ratios?|share|percentage|proportion|conversion|retention|churn|coverage|uptime"
    r"|availability|accuracy|margin|satisfaction|nps|csat)\b",
    re.I,
)


# A change's amount or a figure's hedge right before it: "Reduce … time by **30%**", "up
# **12%**", "about *40%*": the figure is the change the key result asks for ("set up *25%*"
# is work done so far).
_CHANGE_BEFORE_RE = re.compile(
    r"\b(?:by|(?<!set )(?<!sets )(?<!signed )(?<!wrapped )up|(?<!shut )(?<!wound )down|around"
    r"|about|approximately|roughly|nearly|almost|per|least|most)\s*$",
    re.I,
)


class _EmphasisedProgress:
    """`_EMPHASISED_PERCENT_RE`, kept only where the figure is no value the wording names: not
    after a comparison or a measure ("from 8% to **3%**", "conversion **12%**", decision 562's
    test) nor after a change's "by" ("Reduce … time by **30%**"); and, unless a full stop or a
    note sets it apart, only after seven words or more with no measure word among them (a
    measure named in a few words before its target, "Weekly retention **40%**", or a measure
    word before it, "Trial-to-paid conversion of new signups **12%**", keeps it a target)."""

    pattern = _EMPHASISED_PERCENT_RE.pattern

    def search(self, text: str) -> re.Match[str] | None:
        m = _EMPHASISED_PERCENT_RE.search(text)
        if m is None or is_value(text, m.start()) or _CHANGE_BEFORE_RE.search(text, 0, m.start()):
            return None
        before = text[: m.start()].rstrip()
        if before.endswith((".", "!", "?")) or m.group("note"):
            return m
        return None if _MEASURE_WORD_RE.search(before) or len(before.split()) < 7 else m


# A bare percentage set apart after the wording: "Document the on-call runbook (60%)", "Hire two
# designers - 100%", "Migrate billing to the new ledger [40%]", "编写应急预案（60%）", "上线积分商城 【80%】",
# "Ship the export API  50%" (blanks of a pasted tracker's column). Decision 5470; a colon before
# the figure ("Migrate customers to the new plan: 80%") leaves it the target.
_BARE_PERCENT_RE = re.compile(
    r"(?:\s{0,3}[-–—|｜,，]{1,2}\s{0,3}|\s{0,3}[（(\[【]\s?|\s{1,8}|\t{1,3})"
    r"(?P<v>\d{1,3}(?:\.\d{1,2})?\s?[%％])\s?(?P<close>[）)\]】])?[\s。.]*$"
)
# The classes of a verb that leads a piece of work rather than a measured change (coach.facts.shape):
# a deliverable, a launch, a completion, a decision, a lesson, a contact, a hire.
_WORK_CLASSES = frozenset({"act", "launch", "complete", "decide", "learn", "contact", "hire"})
# Where the wording proper starts past a list mark, a checkbox or emphasis: "- [ ] **Hire …".
_WORDING_START = re.compile(r"(?:[\s*_`>#\-–—•·✓✔☐☑]|\[[ xX]?\]){0,12}")
# A role or team label before a colon ahead of the wording: "HR: ", "Dir. of Ops: " (5742).
_LABEL_START = re.compile(r"[A-Z][A-Za-z.&/'’ ]{0,30}?[:：]\s{1,3}")


def leads_with_work(before: str) -> bool:
    """Whether `before` (a wording) leads with a verb of work (_WORK_CLASSES): its first English
    word (not one in -ing), or the longest Chinese verb of the lexicon its first characters spell."""
    from coach.facts.shape import (  # a sibling module of this layer
        en_verb_class,
        unknown_imperative,
        verb_classes,
    )

    at = _WORDING_START.match(before).end()
    label = _LABEL_START.match(before, at)
    if label is not None:
        at = label.end()  # "HR: Define the grading scheme - 50%": the label says who (5742)
    m = re.match(r"[A-Za-z][a-z]{1,20}\b", before[at:])
    if m is not None:
        # (a word in -ing heads a noun as often as it leads work: "Onboarding completion - 85%")
        if m.group().endswith("ing"):
            return False
        cls = en_verb_class(m.group())
        if cls is None:
            # a verb the lexicon does not know, leading by its shape ("Transition the help line
            # to facilities - 100%"), as the shape reader takes it (decision 5742)
            folded = fold_case(before)
            cls = unknown_imperative(folded, folded[at : at + m.end()], at + m.end(), len(folded))
        return cls in _WORK_CLASSES
    table = verb_classes("zh")
    for size in (4, 3, 2):
        cls = table.get(before[at : at + size])
        if cls is not None:
            return cls in _WORK_CLASSES
    return False


# A clause break, or a word of reach or of a measure moved, in the wording before a bare figure:
# the figure is then the share the wording names, not how far the work got.
_CLAUSE_OR_REACH = re.compile(
    r"[，,;；]|覆盖|触达|惠及|参与|参训|达到|达成|占比|满意|合格|提升|提高|降低|下降|减少|缩短|增长"
    r"|\b(?:cover(?:s|ing|age)?|reach(?:es|ing)?|of\s(?:all|the|our)\b)",
    re.I,
)


class _BareProgressAfterWork:
    """`_BARE_PERCENT_RE`, kept only where the wording before the figure names no value the
    figure could be the target of: it leads with a verb of work (leads_with_work: "Document",
    "Hire", "Migrate", "上线", "编写"), holds no other percentage, no measure word (rate, share,
    conversion, 率 …) and no comparison or change's amount right before the figure ("to 80%",
    "by 30%", "达到80%"). There the figure is how far the work got (decision 5470); "Raise
    trial conversion (12%)", "Test coverage - 80%", "Roll out the new CRM to 100%" keep theirs."""

    pattern = _BARE_PERCENT_RE.pattern

    def search(self, text: str) -> re.Match[str] | None:
        m = _BARE_PERCENT_RE.search(text)
        if m is None:
            return None
        before = text[: m.start()].rstrip()
        if not before or "%" in before or "％" in before or "率" in before:
            return None
        if is_value(text, m.start("v")) or _CHANGE_BEFORE_RE.search(text, 0, m.start("v")):
            return None
        if _CLAUSE_OR_REACH.search(before):
            # "组织消防演练 4 次，覆盖全部楼层员工 95%", "Train the night shift, reaching 90%": a
            # clause or a reach before the figure says what the share is of (decision 2522)
            return None
        if _MEASURE_WORD_RE.search(before) or not leads_with_work(before):
            return None
        return m


PROGRESS_RES = (*PROGRESS_RES, _EmphasisedProgress(), _BareProgressAfterWork())
# A status note after the wording: "… => Done", "… ==> In progress as of March". Not after a
# number ("35% => 45%" is a change the KR asks for).
STATUS_NOTE_RE = re.compile(r"(?<![\d%％])\s{0,3}={1,2}>\s?(?P<note>\S.{0,300})$")
# "… —— 已完成", "… - done": a status after a dash.
TRAILING_STATUS_RE = re.compile(rf"\s{{0,3}}[-–—|｜]{{1,2}}\s{{0,3}}(?:{STATUS_WORDS})\s*$", re.I)


# A bare status closing a key result's line, in brackets or after a dash or a bar: "… — on
# track", "…（进行中）", "… [done]", "… | at risk", "…【已完成】" (decision 1596). Not a word of the
# wording itself ("Get the migration done", "项目按期完成"): the brackets or the dash set it apart.
_STATUS_TAIL_WORDS = (
    rf"{STATUS_WORDS}|off track|blocked|behind|delayed|completed|complete|ongoing|wip|"
    r"未开始|有风险|滞后|暂停|已延期|进展顺利|正常推进|推进中"
)
_BARE_STATUS = (
    rf"(?:\s{{0,3}}[-–—|｜]{{1,2}}\s{{0,3}}(?P<dash>(?i:{_STATUS_TAIL_WORDS}))"
    rf"|\s{{0,3}}[（(\[【]\s?(?P<bracket>(?i:{_STATUS_TAIL_WORDS}))\s?[）)\]】])"
)
BARE_STATUS_RE = re.compile(_BARE_STATUS + r"[\s。.]*$")
# The most characters a status and what sets it apart span (the pattern before its trailing
# blanks and stops): a match ends them where the text's trailing blanks and stops begin, since
# none of its status words ends in one.
_BARE_STATUS_SPAN = _parser.parse(_BARE_STATUS).getwidth()[1]


def bare_status(text: str) -> re.Match[str] | None:
    """`BARE_STATUS_RE.search(text)`, searched only where a match can start: in the last
    `_BARE_STATUS_SPAN` characters before the text's trailing blanks and stops (the pattern
    was tried at every position of every item's text)."""
    n = len(text)
    while n and (text[n - 1].isspace() or text[n - 1] in "。."):
        n -= 1
    return BARE_STATUS_RE.search(text, max(0, n - _BARE_STATUS_SPAN))


# A status word the wording leads to: "Raise the share of tickets marked (done) …" never ends
# so; "from on track to" would. Kept simple: a "from"/"到" right before leaves it in place.
STATUS_AS_WORDING = re.compile(r"(?:\bfrom|\bto|从|到)\s{0,2}$")


# The words each of these patterns needs in a text (coach.facts.needs): tried at every position
# of an item's text to find a tail, they are skipped where the text holds none of them (most
# items name no progress, no "=>", no status). The patterns whose needs are a "." or a "%",
# which most items hold, are searched as they are. (Progress in words, "— 40% done" and
# "（已完成60%）", needs its word: speed22.)
LOOKS: dict[int, re.Pattern[str] | None] = {
    id(p): look(needed(p))
    for p in (STATUS_NOTE_RE, PROGRESS_RES[0], PROGRESS_RES[2], PROGRESS_RES[3], PROGRESS_RES[4])
}


# The patterns `search_tail` was asked about, by identity (kept: an identity stays theirs).
_TAIL_PATTERNS: dict[int, re.Pattern[str]] = {}


def search_tail(pattern: re.Pattern[str], text: str, folded: str) -> re.Match[str] | None:
    """`pattern.search(text)` for one of the patterns above (`folded`: `fold_case(text)`).
    Remembered by the pattern's identity: a compiled pattern's hash reads its whole code, which
    cost more than the search it saved (issue 13, speed35)."""
    key = id(pattern)
    if key not in _TAIL_PATTERNS:
        _TAIL_PATTERNS[key] = pattern
    return _search_tail(key, text, folded)


@lru_cache(maxsize=2048)  # the annotation and grade_tail search an item's text alike
def _search_tail(key: int, text: str, folded: str) -> re.Match[str] | None:
    return search(_TAIL_PATTERNS[key], LOOKS.get(key), text, folded)


search_tail.cache_clear = _search_tail.cache_clear  # type: ignore[attr-defined]
search_tail.cache_info = _search_tail.cache_info  # type: ignore[attr-defined]


# A score's own label left before its value: "… 得分 0.6", "… Score: 0.5" (decision 1804); an
# English word with no colon may be the wording's own ("Lift the credit score 0.7").
_SCORE_LABEL_BEFORE_RE = re.compile(
    r"(?:(?:得分|评分|自评分?|打分|分数)[ \t]{0,3}[:：]?|\b(?:score|grade|rating)[ \t]?[:：])[ \t]{0,3}$",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)  # asked once per clause of an item by its rewrites: read it once
def grade_tail(text: str) -> int | None:
    """Where a grade or status written after the wording starts ("Automate offer letters 0.5",
    "… —— 进行中", "… [0.7]", "… => Done"), with the dash or bar before it; None when the text
    does not end with one. A rewrite is a new wording, so it leaves the old grade out.
    A run of such cells is one tail ("…进货  进度 40%  得分 0.4", "… progress 40% score: 0.5"):
    the score's label and the progress before it go with it (decision 1804)."""
    at = _grade_tail_once(text)
    while at is not None:
        m = _SCORE_LABEL_BEFORE_RE.search(text, 0, at)
        if m and text[: m.start()].strip():
            at = m.start()
            while at > 0 and text[at - 1].isspace():
                at -= 1
        before = _grade_tail_once(text[:at])
        if before is None or before >= at:
            break
        at = before
    return at


# Where the measure stands now, in brackets after the wording: "（当前55%）", "（目前3.2万）",
# "(currently 31%)" — a tracker's reading, no part of the wording (decision 1881).
CURRENT_NOTE_RE = re.compile(
    r"[（(][ \t]?(?:当前|目前|现为|现在|currently|current|now)[ \t]?(?:值|为|是)?[ \t]?[:：]?[ \t]?"
    r"[^（）()\n]{1,20}[)）][\s。.]*$",
    re.IGNORECASE,
)


def current_note(text: str) -> re.Match[str] | None:
    """`CURRENT_NOTE_RE.search(text)`, without the scan when the text, its trailing blanks and
    stops left out, does not end in the closing bracket every match ends in (most items)."""
    n = len(text)
    while n and (text[n - 1].isspace() or text[n - 1] in "。."):
        n -= 1
    if not n or text[n - 1] not in ")）":
        return None
    return CURRENT_NOTE_RE.search(text)


def in_bracket_note(text: str, at: int) -> int:
    """Where a tail found at `at` starts once the bracketed note it closes is taken whole:
    "…（当前3天，进度60%）" gives the "（" (a cut at the comma left "（当前3天" open in the
    wording; decision 1881). `at` itself when the tail is no bracket's last cell."""
    tail = text[at:].rstrip()
    if not tail.endswith(("）", ")")):
        return at
    opened = max(text.rfind("（", 0, at), text.rfind("(", 0, at))
    if opened < 0 or max(text.rfind("）", opened, at), text.rfind(")", opened, at)) >= 0:
        return at
    inside = text[opened + 1 : at]
    if not inside.strip() or len(inside) > 24 or not text[:opened].strip():
        return at
    return opened


def _grade_tail_once(text: str) -> int | None:
    starts = []
    m = current_note(text)
    if m and text[: m.start()].strip():
        starts.append(m.start())
    folded = fold_case(text)
    m = score_status(text)
    if m and text[: m.start()].strip():
        starts.append(m.start())
    m = search_tail(STATUS_NOTE_RE, text, folded)
    if m and text[: m.start()].strip():
        starts.append(m.start())
    for pattern in PROGRESS_RES:
        m = search_tail(pattern, text, folded)
        if m and text[: m.start()].strip():
            starts.append(m.start())
    m = TRAILING_STATUS_RE.search(text)
    if m and text[: m.start()].strip():
        starts.append(m.start())
    m = bare_status(text)
    if m and text[: m.start()].strip() and not STATUS_AS_WORDING.search(text, 0, m.start()):
        starts.append(m.start())  # "…（进行中）", "… [done]" (decision 1596)
    if not starts:
        return None
    at = in_bracket_note(text, min(starts))
    while at > 0 and (text[at - 1].isspace() or text[at - 1] in "-–—|｜"):
        at -= 1
    return at if text[:at].strip() else None


# A progress remark after an arrow or a long dash at the end of a wording, in a review of the
# cycle: "→ ✅", "→ slipped to Q3", "→ +9%", "→ 实际82 😢", "—— 进度 第2 ⚠️", "→ 坚持中". Quoted
# wording leaves it out (blind read 3: leftovers carried into rewrites); a plain "→ 26%" stays,
# since "24% → 28%" is how a change is written.
_PROGRESS_MARKS = ("→", "->", "=>", "——", " -- ", " — ", " – ")
_PROGRESS_WORDS = re.compile(
    r"[\u2600-\u27bf\U0001f000-\U0001faff]|^[+＋-] ?\d"
    r"|进度|进展|实际|做到|坚持|已完成|完成了|进行中|未开始|延期|推迟|搁置|取消|落地了|审核中|评审中"
    r"|^(?:slipped|landed|actual|done|achieved|missed|dropped|delayed|in progress|on track|"
    r"at risk|blocked|shipped|cancell?ed|paused|in review|under review|pending|not started|wip)\b",
    re.I,
)
_PROGRESS_MAX = 30
# A from→to change: a number before the arrow (with a short unit) and one right after it.
_CHANGE_FROM = re.compile(r"\d[\d,.]*\s?[%‰A-Za-z\u4e00-\u9fff]{0,4}\s*$")
_CHANGE_TARGET = re.compile(r"(?:[≥≤<>~约]\s?)?\d")
_PROGRESS_EMOJI = re.compile(r"[\u2600-\u27bf\U0001f000-\U0001faff\u200d\ufe0f]")


def progress_tail(text: str) -> int | None:
    """Where a progress remark after an arrow or a long dash ends the wording (see
    _PROGRESS_MARKS), with the blanks before it; None when there is none."""
    at = max(text.rfind(mark) for mark in _PROGRESS_MARKS)
    if at <= 0:
        return None
    mark = next(m for m in _PROGRESS_MARKS if text.startswith(m, at))
    remark = text[at + len(mark) :]
    remark = remark.strip()
    if not remark or len(remark) > _PROGRESS_MAX or not _PROGRESS_WORDS.search(remark):
        return None
    if _CHANGE_TARGET.match(remark) and _CHANGE_FROM.search(text, 0, at):
        # "游客量 18万 → 25万人次 🎉", "Visitors 180k → 250k 🎉": a number on both sides is the
        # change itself, an emoji after it decoration, no remark (decision 789)
        bare = _PROGRESS_EMOJI.sub("", remark)
        if not _PROGRESS_WORDS.search(bare):
            return None
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at if text[:at].strip() else None


# Tags after the wording, set off by blanks: an owner ("@老周", "@赵磊") and the dates beside
# it ("9/15前", "2025/09/30", "9月15日前"). A run of them that holds an owner tag is the tracker's
# bookkeeping, not the work (blind read 8); a date alone may be the key result's own deadline.
_OWNER_TAG = re.compile(r"[@＠]\S{1,20}")
_DATE_TAG = re.compile(
    r"(?:\d{2,4}[/.-])?\d{1,2}[/.-]\d{1,2}(?:前|之前|截止|止)?"
    r"|(?:\d{2,4}年)?\d{1,2}月(?:\d{1,2}[日号])?(?:底|初|中)?(?:前|之前|截止)?",
)


def tag_tail(text: str) -> int | None:
    """Where a run of owner and date tags after the wording starts, with the blanks before it
    ("剩余 23 个服务完成容器化迁移 @老周 9/15前"); None when the run holds no owner tag."""
    end = len(text.rstrip())
    at = end
    owner = False
    while True:
        cut = at
        while cut > 0 and text[cut - 1].isspace():
            cut -= 1
        start = max(text.rfind(" ", 0, cut), text.rfind("\u3000", 0, cut), text.rfind("\t", 0, cut))
        token = text[start + 1 : cut]
        if start < 0 or not token:
            break
        if _OWNER_TAG.fullmatch(token):
            owner = True
        elif not _DATE_TAG.fullmatch(token):
            break
        at = start + 1
    if not owner:
        return None
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at if text[:at].strip() else None


@lru_cache(maxsize=1024)  # the rewrites, notes and questions of an item ask about its texts
def without_progress(text: str) -> str:
    """`text` without a progress remark or a run of owner and date tags at its end
    (progress_tail, tag_tail)."""
    at = progress_tail(text)
    text = text if at is None else text[:at]
    at = tag_tail(text)
    return text if at is None else text[:at]


def wording_end(item: Item) -> int:
    """Where the item's wording ends before a grade or a progress remark after it ("差评率降低到1%以下
    —— 进度 1.4% ❌", "… → slipped to Q3 [0.0]"); the text's length when there is none. The
    parse keeps such remarks in the text (the cycle's grading reads them there); a message or
    a rewrite quotes the wording without them (blind reads 6 and 7)."""
    end = len(item.text)
    grade = grade_tail(item.text)
    if grade is not None and grade > 0:
        end = grade
    at = progress_tail(item.text[:end])
    return end if at is None else at

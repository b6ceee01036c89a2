"""Annotations on parsed items: owner, deadline, level, priority, score, status, metric.

Each annotation found is recorded on the item; annotations that are not part of the item's
wording (an owner in brackets, a priority tag, a score) are added to `annotation_spans` so the
rules read past them. A deadline stays part of the wording (it is what the person promised).

Values given explicitly in structured input (`item.extra["given"]`) win over values read from
the text.
"""

from __future__ import annotations

import re
from datetime import date

from coach.draft import Draft, Item
from coach.facts import Facts
from coach.facts.grades import (
    PROGRESS_RES,
    STATUS_AS_WORDING,
    STATUS_NOTE_RE,
    STATUS_WORDS,
    bare_status,
    in_bracket_note,
    leads_with_work,
    score_status,
    search_tail,
)
from coach.facts.needs import fold_case, look, needed, search
from coach.facts.owner import bare_name, find_owner, initials_owner, prefix_owner, tag_prefix
from coach.facts.timeframes import find_timeframe, has_deadline, resolve
from coach.text import detect_language, has_cjk
from coach.types import Metric, Timeframe

PRIORITY_TAG_RE = re.compile(
    r"[\[【（(]\s?(?P<p>[Pp][0-4])\s?[\]】）)]"
    r"|(?:优先级|priority)\s?[:：]?\s?(?P<q>[Pp][0-4]|高|中|低|high|medium|low)",
    re.I,
)
PRIORITY_BARE_RE = re.compile(r"(?<![A-Za-z0-9])(?P<p>P[0-4])(?![A-Za-z0-9])")
_TWO_DECIMALS_RE = re.compile(r"(?:0?\.\d\d|1\.00)")
_PRIORITY_LEAD_RE = re.compile(r"(?P<p>[Pp][0-4])[ \t]*[-–—:|][ \t]+")
# A grade from 0 to 1 alone after a bare priority at the end of a key result: "… P2 0.40",
# "… P1 1.00" (decision 4944).
_SCORE_AFTER_PRIORITY_RE = re.compile(r"[ \t]{1,3}(?:0?\.\d{1,2}|1\.0{1,2})[ \t。.]*")
_PRIORITY_WORDS = {"高": "high", "中": "medium", "低": "low"}
# What a severity class names right after "P0"/"P1": bugs, incidents, tickets (decision 1921).
_SEVERITY_CLASS_AFTER = re.compile(
    r"[ \t]?(?:级|类|故障|事故|缺陷|问题|工单|漏洞|告警|(?:bugs?|incidents?|issues?|tickets?|defects?"
    r"|outages?|escalations?|alerts?|vulnerabilit(?:y|ies)|cases?)(?![A-Za-z]))",
    re.I,
)
# "P0/P1故障数", "P1、P2 bugs", "P0-P2 incidents": a list of grades names a class of events, no
# item's priority (decision 6535).
_SEVERITY_LIST_AFTER = re.compile(
    r"[ \t]?(?:[/／、,，&+~～–-]|and|or|和|与|及|或)[ \t]?P[0-4](?![A-Za-z0-9])", re.I
)

SCORE_LABEL_RE = re.compile(
    r"[（(\[]?\s?(?:score|得分|评分|打分)\s?[:：]?\s?(?P<score>0?\.\d{1,2}|1\.0{1,2}|[01])(?![\d.%])"
    r"\s?[）)\]]?",
    re.I,
)
STATUS_LABEL_RE = re.compile(
    rf"[（(\[]?\s?(?:status|状态)\s?[:：]\s?(?P<status>{STATUS_WORDS})\s?[）)\]]?", re.I
)
# A progress or grade written after the wording: "—— 进度 40%", "(progress: 70%)", "[0.7]",
# "（0.6）", "=> 80%". A bare bracketed number must have a decimal point ("[1]" is a footnote),
# and an arrow counts only as "=>" ("35% → 45%" is a target).
_NOTE_PERCENT_RE = re.compile(r"(?P<v>\d{1,3}(?:\.\d{1,2})?)\s?[%％]")
LEVEL_TAG_RE = re.compile(
    r"[\[【（(]\s?(?P<lvl>公司|集团|团队|部门|个人|company|team|personal|individual)"
    r"(?:级|层面|\s?level)?\s?(?:OKRs?)?\s?[\]】）)]"
    r"|(?:level|层级|级别)\s?[:：]\s?(?P<lvl2>公司|集团|团队|部门|个人|company|team|personal|individual)",
    re.I,
)
_LEVELS = {
    "公司": "company",
    "集团": "company",
    "company": "company",
    "团队": "team",
    "部门": "team",
    "team": "team",
    "个人": "personal",
    "personal": "personal",
    "individual": "personal",
}


def _blank(item: Item, start: int, end: int) -> None:
    item.annotation_spans.append((start, end))


def _owner(item: Item, text: str) -> None:
    found = find_owner(text)
    if found is None and item.extra.get("bare_owner"):
        found = bare_name(text)  # "(Ade)" where the draft writes owners at the end (decision 442)
    if found is None and item.extra.get("initials_owner"):
        found = initials_owner(text)  # "(RK)" where the draft signs its lines so (decision 6400)
    if found is not None:
        item.owner, item.owner_span = found
        s, e = found[1]
        if not text[:s].strip():
            # "Owner: Lead SRE — cut p95 deploy time …", "负责人：刘洋 —— 发布成功率…": the dash
            # after an owner written first only parts it from the wording (decision 5443)
            sep = _LEAD_OWNER_SEP_RE.match(text, e)
            if sep is not None:
                e = sep.end()
        _blank(item, s, e)


# The separator after an owner written before the item's wording: a dash (one or two), a bar.
_LEAD_OWNER_SEP_RE = re.compile(r"[ \t]{0,3}(?:[—–]{1,2}|-{1,2}|[|｜])(?=[ \t]|[^\W\d_])[ \t]{0,3}")


# The rest of an owner's bracket once the owner is read: a bare percent after a dash or a comma
# is the item's weight, as Word and Lark tables pasted as text write it: "[Owner: Hannah – 40%]",
# "(owner: Luis, 30%)", "（负责人：王芳，40%）" (decision 1682).
_OWNER_BRACKET_WEIGHT_RE = re.compile(
    r"(?:\s?[-–—,，;；/|]\s?(?:(?:权重|weight(?:ing)?)\s?[:：]?\s?)?"
    # or a blank before the word itself: "（负责人：王芳 权重30%）" (decision 1858)
    r"|\s(?:权重|weight(?:ing)?)\s?[:：]?\s?)"
    r"\d{1,3}(?:\.\d{1,2})?\s?[%％]\s?[)）\]】]",
    re.I,
)
_OPEN_BEFORE_RE = re.compile(r"[（(\[【]\s?$")


def _owner_bracket_weight(item: Item, text: str) -> None:
    """Blank a weight that shares the owner's bracket: it is no part of the wording."""
    if item.owner_span is None:
        return
    s, e = item.owner_span
    m = _OWNER_BRACKET_WEIGHT_RE.match(text, e)
    opened = _OPEN_BEFORE_RE.search(text, max(0, s - 2), s)
    if m is not None and opened is not None:
        _blank(item, opened.start(), m.end())


def _owner_prefix(item: Item) -> bool:
    """The role or team before the item's colon owns it ("AE team: …", "生产部 老赵：…"); "HR:employee
    ratio" (no space after an English colon) is a ratio, not a prefix."""
    if item.label.endswith(":") and item.prefix in item.label:
        # "Distribution KR: …": the words before the item's own label say whose item it is.
        return prefix_owner(f"{item.prefix} KR" if item.kind == "kr" else item.prefix)
    at = item.text.find(item.prefix)
    rest = item.text[at + len(item.prefix) :] if at >= 0 else ""
    if re.match(r"\s?:[A-Za-z0-9]", rest) and item.prefix.isascii():
        return False
    return prefix_owner(item.prefix)


def _tagged_priority(m: re.Match[str]) -> str:
    p = m.group("p") or m.group("q")
    return _PRIORITY_WORDS.get(p, p.upper() if p[0] in "Pp" else p.lower())


def _priority(item: Item, text: str) -> None:
    m = PRIORITY_TAG_RE.search(text)
    if m:
        item.priority = _tagged_priority(m)
        _blank(item, m.start(), m.end())
        return
    m = _PRIORITY_LEAD_RE.match(text)
    if m:
        # "p0 - Base32 CIDs are the default": a priority with its dash opens the item.
        item.priority = m.group("p").upper()
        _blank(item, m.start(), m.end())
        return
    m = PRIORITY_BARE_RE.search(text)
    # A bare "P1" is a priority only at the start or the end of the item, and not where it
    # names a class of bugs or incidents ("P1 bugs open at release", "P0故障数"; decision 1921).
    if m and (
        _SEVERITY_CLASS_AFTER.match(text, m.end()) or _SEVERITY_LIST_AFTER.match(text, m.end())
    ):
        return
    if m and (
        not text[: m.start()].strip()
        or not text[m.end() :].strip(" 。.")
        or _SCORE_AFTER_PRIORITY_RE.fullmatch(text, m.end())
    ):
        # "… P1", and "… P1 0.40": a priority with the grade after it closes the item (4944)
        item.priority = m.group("p")
        _blank(item, m.start(), m.end())


def _level(item: Item, text: str) -> None:
    m = LEVEL_TAG_RE.search(text)
    if m:
        item.level = _LEVELS[(m.group("lvl") or m.group("lvl2")).lower()]  # type: ignore[assignment]
        _blank(item, m.start(), m.end())


def grade_start(text: str, tail: int) -> int:
    """The grade itself within the tail `grade_tail` found (past its dash and spaces)."""
    while tail < len(text) and (text[tail].isspace() or text[tail] in "-–—|｜"):
        tail += 1
    return tail


# The words a score's or a status's label needs in a text (coach.facts.needs): most key results
# name neither, and the search is skipped.
_SCORE_LOOK = look(needed(SCORE_LABEL_RE))
_STATUS_LOOK = look(needed(STATUS_LABEL_RE))


def _before_trailing_notes(item: Item, text: str) -> str:
    """The text up to the annotations already read at its end: "Migrate ticketing (70%
    complete) (Ms Lee)" ends its wording with a progress remark once the owner is off."""
    end = len(text.rstrip())
    for s, e in sorted(item.annotation_spans, reverse=True):
        if s < end <= e or (s < end and not text[e:end].strip()):
            end = len(text[:s].rstrip())
    return text[:end]


# A weight in brackets before the owner, perhaps with the progress beside it, as DingTalk and
# Feishu export a key result: "…（权重40%，进度35%）@刘强", "… (weight 30%, progress 50%) — Priya"
# (decision 1427). Neither is part of the wording; the progress is the key result's score.
_PCT = r"\d{1,3}(?:\.\d{1,2})?\s?[%％]"
_WEIGHT_BRACKET_RE = re.compile(
    rf"[（(\[【]\s?(?:(?:进度|完成度|progress)\s?[:：]?\s?(?P<p1>{_PCT})\s?[，,;；/|]\s?)?"
    rf"(?:权重|weight(?:ing)?)\s?[:：]?\s?\d{{1,3}}(?:\.\d{{1,2}})?\s?[%％]?"
    rf"(?:\s?[，,;；/|]\s?(?:进度|完成度|progress)\s?[:：]?\s?(?P<p2>{_PCT}))?"
    # more fields after it in the same brackets (the owner, blanked already, a note): a bracket
    # that opens with the weight holds the item's metadata, "（权重30%，负责人：王芳）" (1858)
    rf"(?:\s?[，,;；/|][^（）()\[\]【】\n]{{0,40}})?\s?[)）\]】]",
    re.I,
)
# The same fields set apart by a wide gap instead of brackets, as DingTalk's text export writes
# an objective or a key result: "目标2 提高案件管理水平  权重40%  @李主任" (decision 1430).
_WEIGHT_GAP_RE = re.compile(
    rf"[ \t\u3000]{{2,8}}(?:权重|weight(?:ing)?)\s?[:：]?\s?\d{{1,3}}(?:\.\d{{1,2}})?\s?[%％]"
    rf"(?:[ \t\u3000]{{1,8}}(?:进度|完成度|progress)\s?[:：]?\s?(?P<p2>{_PCT}))?[ \t\u3000]{{0,8}}$",
    re.I,
)


def _weight_note(item: Item, text: str) -> None:
    """A weight that ends the wording once the owner is off, in brackets or set apart by a wide
    gap: blanked, a key result's progress beside it read as its score."""
    if "权重" not in text and "eight" not in text and "EIGHT" not in text:  # no copy per item
        return
    before = _before_trailing_notes(item, text)
    m = next(reversed(list(_WEIGHT_BRACKET_RE.finditer(before))), None)
    if m is None or before[m.end() :].strip():
        # the owner read inside the weight's own brackets, blanked already: "（权重30%，负责人：
        # 王芳）" closes after the blank (decision 1858)
        shown = item.plain  # the text with the owner blanked, offsets kept
        inside = next(reversed(list(_WEIGHT_BRACKET_RE.finditer(shown))), None)
        if inside is not None and not shown[inside.end() :].strip():
            before, m = shown, inside
    if m is None or before[m.end() :].strip():
        m = _WEIGHT_GAP_RE.search(before)
    if m is None or before[m.end() :].strip() or not before[: m.start()].strip():
        return
    _blank(item, m.start(), m.end())
    v = m.groupdict().get("p1") or m.group("p2")
    if v and item.kind == "kr" and item.score is None:
        item.score = _as_score(v)


def _as_score(v: str) -> float:
    """A progress as written ("35%", "35 ％", "0.7") as a score from 0 to 1."""
    v = v.replace("％", "%").replace(" ", "")
    return float(v[:-1]) / 100 if v.endswith("%") else float(v)


def _objective_grade(item: Item, text: str) -> None:
    """A grade written with two decimals after an objective's wording ("Make search instant
    0.65", "Keep the site up 1.00", as a graded page heads each objective): its score, off the
    wording, so that the number is no KPI of the objective (decision 4945). A value the wording
    reaches ("… to 0.85") stays the wording's, as a key result's does (decision 562)."""
    m = score_status(text)
    if (
        m is not None
        and m.group("score") is not None
        and m.group("status") is None
        and _TWO_DECIMALS_RE.fullmatch(m.group("score"))
        and text[: m.start()].strip()
    ):
        item.score = float(m.group("score"))
        _blank(item, m.start(), len(text))


def _score_status(item: Item, text: str) -> None:
    m = score_status(text)
    if m and text[: m.start()].strip():
        item.score = float(m.group("score") or m.group("score2") or m.group("score3"))
        item.status = m.group("status") or m.group("status2") or m.group("status3")
        _blank(item, m.start(), len(text))
        return
    folded = fold_case(text)
    m = search(SCORE_LABEL_RE, _SCORE_LOOK, text, folded)
    if m:
        item.score = float(m.group("score"))
        _blank(item, m.start(), m.end())
    m = search(STATUS_LABEL_RE, _STATUS_LOOK, text, folded)
    if m:
        item.status = m.group("status")
        _blank(item, m.start(), m.end())
    m = search_tail(STATUS_NOTE_RE, text, folded)
    if m and text[: m.start()].strip():
        note = m.group("note").strip()
        pm = _NOTE_PERCENT_RE.match(note)
        if pm and float(pm.group("v")) <= 100:
            item.score = item.score if item.score is not None else float(pm.group("v")) / 100
        else:
            item.status = item.status or note[:60]
        _blank(item, m.start(), len(text))
        text = text[: m.start()]
    if item.status is None:
        m = bare_status(text)
        if m and text[: m.start()].strip() and not STATUS_AS_WORDING.search(text, 0, m.start()):
            # "… — on track", "…（进行中）", "… [done]": a status after the wording (decision 1596)
            item.status = m.group("dash") or m.group("bracket")
            _blank(item, m.start(), len(text))
            text = text[: m.start()]
    if item.score is None:
        # (`folded` is the whole text's: what a pattern needs in the text before a note is in
        # the whole text too)
        for pattern in PROGRESS_RES:
            m = search_tail(pattern, text, folded)
            if m and text[: m.start()].strip():
                item.score = _as_score(m.group("v"))
                # "（当前3天，进度60%）": the whole bracket is the note (decision 1881)
                _blank(item, in_bracket_note(text, m.start()), len(text))
                return


# A sentence after a key result's wording that says why the work matters: "Move the CI to hosted
# runners. It saves about 4 hours of upkeep a week.", "Build a refund tool for agents. This
# removes ~15 tickets a week.", "上线自助退款工具。这样每周可减少15张工单". Its figures are what the
# work is hoped to bring, no target of the key result's own (decision 5471).
_RATIONALE_RE = re.compile(
    r"(?<=[A-Za-z0-9)%’'\"”])[.!][ \t]{1,3}(?=(?:This|That|It|These|Doing (?:this|so)|Which)\s"
    r"(?:will|would|should|could|can|helps?|saves?|removes?|reduces?|cuts?|lets?|allows?|means?"
    r"|gives?|unblocks?|enables?|makes?|frees?|brings?|is|was|has)\b"
    r"|(?:Why|Because|Reason|Rationale|Context)\b[:：]?\s)"
    r"|(?<=[\u4e00-\u9fff)）A-Za-z0-9%])[。！][ \t]{0,3}(?=这(?:样|将|会|能|可以)|此举|目的是|原因是|以便)"
)


def _rationale(item: Item, text: str) -> None:
    """Blank a sentence that says why the work matters (`_RATIONALE_RE`) after a wording led by
    a verb of work (coach.facts.grades.leads_with_work): "Churn under 2%. This is our top risk."
    and "Ship the app. Target: 40% activation." keep every sentence."""
    m = _RATIONALE_RE.search(text)
    if m is not None and leads_with_work(text[: m.start()]):
        _blank(item, m.start() + 1, len(text))


# How the measure is taken, closing a key result after a comma, a dash or in brackets: "…,
# measured over 4 weeks", "… (tracked across all three regions)", "…, based on a sample of 200
# accounts". It says how the figure is read, it is no second measure (decision 5472).
_MEASUREMENT_NOTE_RE = re.compile(
    r"(?:,|;|\s[-–—]|\s?[(（])\s{0,2}(?:as\s|when\s|all\s)?"
    r"(?:measured|tracked|counted|calculated|computed|averaged|sampled|based|reported|assessed)"
    r"\s(?:on|over|across|in|from|at|per|for|weekly|monthly|daily|quarterly|as)\b"
    r"[^()（）\n]{0,80}[)）]?[ \t.]*$",
    re.I,
)


def _measurement_note(item: Item, text: str) -> None:
    """Blank a note on how the measure is taken (`_MEASUREMENT_NOTE_RE`) after a wording that
    holds a figure of its own."""
    end = len(_before_trailing_notes(item, text))  # before an owner's bracket read already
    m = _MEASUREMENT_NOTE_RE.search(text, 0, end)
    if m is not None and any(ch.isdigit() for ch in text[: m.start()]):
        _blank(item, m.start(), m.end())


# A bracket closing an item's label: "O1【数据组-李娜】", "KR2 [Sam]" (decision 5415).
_LABEL_BRACKET_RE = re.compile(r"[【\[（(][^【】\[\]（）()\n]{1,20}[】\]）)]\s?[:：]?\s?$")


def annotate_item(item: Item, language: str | None = None) -> None:
    """Read the annotations of one item (idempotent: earlier readings are replaced). With
    `language`, the item is read in that language instead of the one its wording shows."""
    item.annotation_spans = []
    item.owner = item.owner_span = item.deadline = item.deadline_span = None
    item.priority = item.score = item.status = item.metric = None
    text = item.text
    _owner(item, text)
    _owner_bracket_weight(item, text)
    if item.owner is None and any(c in item.label for c in "(（【["):
        # "KR2 (owner: Bo): …", "Objective 1（负责人：王芳）：…": the owner is in the label;
        # "O1【数据组-李娜】…" too, the bracket glued to the label (decision 5415)
        found = find_owner(item.label) or find_owner(item.label.rstrip(" :：*"))
        if found is None and (m := _LABEL_BRACKET_RE.search(item.label)) is not None:
            # read as it opens the wording ("【王芳】NPS提升到50" names its owner)
            opened = find_owner(m.group(0).rstrip(" :：") + item.text)
            if opened is not None and opened[1][0] == 0:
                found = opened
        if found is not None:
            item.owner = found[0]
    if item.owner is None and item.prefix and _owner_prefix(item):
        # "AE team: $3.6M net new ARR", "生产部 老赵：OEE提升到82%": the role or team before the
        # colon owns the item (it stays part of the text; the parser keeps it in `prefix`).
        item.owner = item.prefix
    _priority(item, text)
    if item.priority is None and item.label:
        # "O1【P0】：…", "O1 (P1)：…": the priority is in the label (decision 455).
        m = PRIORITY_TAG_RE.search(item.label)
        if m:
            item.priority = _tagged_priority(m)
    _level(item, text)
    _weight_note(item, text)
    if item.kind == "objective":
        _objective_grade(item, text)
    if item.kind == "kr":
        _score_status(item, text)
        if item.score is None and item.status is None:
            before = _before_trailing_notes(item, text)
            if before != text:
                _score_status(item, before)
    if item.kind == "kr":
        _rationale(item, text)
        _measurement_note(item, text)
    item.invalidate()
    plain = item.plain
    if language is not None:
        item.language = language
    elif plain.strip() and not (item.language == "zh" and has_cjk(plain)):
        item.language = detect_language(plain, item.language)  # a Chinese item stays (811)
    facts = item.facts  # the wording's facts, read once: time, quantities, metric …
    if facts.timeframe is not None:
        item.deadline, item.deadline_span = facts.timeframe
    elif item.kind == "objective" and item.label:
        # "Objective (Q3 2026): …", "Team objective for Q2 2027:": the period in the label is
        # the objective's deadline (decisions 850, 955); the label is no part of the wording,
        # so the deadline has no span in it.
        found = find_timeframe(item.label, item.language)
        if found is not None and has_deadline(item.label, item.language):
            item.deadline = found[0].model_copy(update={"span": None})
    if item.kind == "kr":
        item.metric = facts.metric or _target_cell_metric(item)
    # Values given in structured input win; they are not part of the wording, so the facts
    # stay as they are.
    for key, value in dict(item.extra.get("given", {})).items():  # type: ignore[call-overload]
        setattr(item, key, value)


# A date in a table cell, written with a slash, a dot or a dash ("5/31", "2026-06-30", "6.30").
# A dotted figure with its unit after it is a figure: "1.5 min", "3.5 days", "1.5 分钟" (decision
# 4792).
_CELL_DATE_RE = re.compile(
    r"(?<![\d.])(?:20\d\d[-/.])?(?:1[0-2]|0?[1-9])(?:[-/](?:3[01]|[12]\d|0?[1-9])(?![\d%.])"
    r"|\.(?:3[01]|[12]\d|0?[1-9])(?![\d%.])(?![ \t]?(?:[a-zµ]|小时|分钟|天|秒|周|倍|万|元|次|个|人)))",
    re.IGNORECASE,
)


def _target_cell_metric(item: Item) -> Metric | None:
    """The metric a table row's target column gives a key result whose wording names only the
    measure ("| KR1：月流失率 | 4.2% | ≤ 2.0% |"); a date there ("5/31 前完成", "Q3W5 上线") is a
    deadline, not a target (decision 413)."""
    cell = item.cells.get("target")
    if cell is None or not cell.text.strip(" -—*/"):
        return None
    said = cell.text
    if not _value_pair(item, cell.text):
        said = _CELL_DATE_RE.sub(lambda m: " " * len(m.group()), said)
    metric = Facts(said, item.language).metric
    if metric is None:
        return None
    return metric.model_copy(update={"span": None, "text": cell.text.strip()})


_DECIMAL = re.compile(r"^[^\d\u4e00-\u9fff]{0,3}\d+\.\d+[^\d\u4e00-\u9fff]{0,6}$")


def _value_pair(item: Item, target: str) -> bool:
    """The target cell holds a value, not a date, when the row's baseline (or current) cell
    holds a decimal as the target does ("| App Store rating | 4.2 | 4.6 |": a rating from 4.2 to
    4.6, not 6 April; decision 5046). A figure with its unit after it is read by _CELL_DATE_RE
    itself (decision 4792)."""
    base = item.cells.get("baseline") or item.cells.get("current")
    return (
        base is not None
        and item.facts.shape.verb is None  # "| 上线 | 5.20 | 6.30 |": work between two dates
        and _DECIMAL.match(base.text.strip()) is not None
        and _DECIMAL.match(target.strip()) is not None
    )


# A team's name as a draft writes it before an objective's colon: "Web", "Code intel".
_TEAM_NAME_RE = re.compile(r"[A-Z][A-Za-z&\-]*(?: [A-Za-z&\-]+){0,2}")


def _team_prefixes(draft: Draft) -> None:
    """Objectives written "Team: objective" by the draft's own convention (decision 76): when two
    or more objectives are owned by the role or team before their colon ("Marketing: …", "VP
    Eng: …"), a short capitalised name in the same place on another objective ("Web: …",
    "Code intel: …") names a team too."""
    owned = sum(1 for o in draft.objectives if o.prefix and o.owner == o.prefix)
    if owned < 2:
        return
    for o in draft.objectives:
        name = o.prefix.strip(" *")
        at = o.text.find(o.prefix)
        rest = o.text[at + len(o.prefix) :].lstrip(" :：*") if at >= 0 else ""
        if (
            o.owner is None
            and name
            and _TEAM_NAME_RE.fullmatch(name)
            and len(rest.split()) >= 2
            and rest[:1].isalpha()  # "Revenue growth: 20%" names a measure
        ):
            o.owner = name


def _tag_prefixes(draft: Draft) -> None:
    """Key results written "Tag: key result" by the draft's own convention (decision 6401): a
    tag in capitals ("UA:", "CRM:") names the team that owns the line; one capitalised word
    ("Audio:", "Events:") does where another key result of the draft opens with a tag that names
    a team too, so that a lone "Mobile:" stays a topic."""
    krs = [k for o in draft.objectives for k in o.key_results]
    tagged = [
        (k, kind)
        for k in krs
        if k.owner is None
        and k.prefix
        and (kind := tag_prefix(k.prefix)) is not None
        and _opens_with_prefix(k)
    ]
    if not tagged:
        return
    teams = sum(1 for k in krs if k.prefix and k.owner == k.prefix) + len(tagged)
    for k, kind in tagged:
        if kind == "acronym" or teams >= 2:
            k.owner = k.prefix.strip(" *_")


def _opens_with_prefix(item: Item) -> bool:
    """The prefix opens the line, a colon and two words or more after it ("Audio: 40 new
    tracks"), not "HR:employee ratio" (a ratio; decision 76)."""
    at = item.text.find(item.prefix)
    rest = item.text[at + len(item.prefix) :] if at >= 0 else ""
    if at < 0 or item.text[:at].strip(" *-•") or not re.match(r"\s?[:：]\s", rest + " "):
        return False
    return len(rest.lstrip(" :：*").split()) >= 2


# A set's note that its owners are written after the items: "(owners in brackets)".
_OWNERS_AFTER_NOTE_RE = re.compile(
    r"\bowners?\b[^\n]{0,30}\b(?:in|after)\b[^\n]{0,12}\b(?:brackets?|parenthes[ei]s|dash(?:es)?)",
    re.I,
)


def _bare_owners(draft: Draft) -> None:
    """Owners by the draft's own convention (decision 442): where an item of the draft closes
    with its owner ("(Priya)", "— Kofi", "(owner: Dana)") or the set says "owners in brackets",
    a single capitalised word in that place on another key result ("(Ade)", "[Gaz]", "— Dee")
    is a name the given-name list lacks, not a word. So is it where such words close at least
    three key results and most of those of each objective they close (decision 520)."""
    items = list(draft.items())
    convention = any(
        it.owner is not None
        and it.owner_span is not None
        and not it.text[it.owner_span[1] :].strip(" .。")
        for it in items
    ) or any(_OWNERS_AFTER_NOTE_RE.search(h) for h, _s, _e in draft.headings)
    bare = [kr for kr in draft.key_results() if kr.owner is None and bare_name(kr.text) is not None]
    if not convention and len(bare) >= 3:
        # "— Bram", "(Ola)" closing most key results of each objective they stand in: the
        # draft's way of naming owners even when no list knows one of the names (decision 520).
        convention = all(
            2 * sum(kr in bare for kr in o.key_results) > len(o.key_results)
            for o in draft.objectives
            if any(kr in bare for kr in o.key_results)
        )
    initialled = [kr for kr in draft.key_results() if kr.owner is None and initials_owner(kr.text)]
    if len(initialled) >= 2 or (initialled and convention):
        # "… by Easter (RK)", "… — JT" on two lines or more, or beside owners written at the
        # end: staff initials, the draft's way of signing each line (decision 6400)
        for it in initialled:
            it.extra["initials_owner"] = True
            annotate_item(it)
    if not convention:
        return
    for it in bare:
        it.extra["bare_owner"] = True
        annotate_item(it)


# A line that names the set it heads: "… Q3 2026 OKRs …", "2027年OKR", "目标与关键结果".
_TITLE_LINE = re.compile(r"OKRs?(?![a-z])|目标与关键结果", re.I)


def annotate(draft: Draft) -> Draft:
    for o in draft.objectives:
        heading_level = o.level
        annotate_item(o)
        if o.level is None:
            o.level = heading_level
        for kr in o.key_results:
            annotate_item(kr)
    _team_prefixes(draft)
    _tag_prefixes(draft)
    _bare_owners(draft)
    if draft.timeframe is None:
        # The headings, then a title line above the first objective read as prose because it
        # runs long ("Payroll Ops — Q3 2026 OKRs (London + Shanghai)"; decision 814).
        first = draft.objectives[0].start if draft.objectives else 0
        titles = [t for t, s, _e in draft.prose if s < first and _TITLE_LINE.search(t)]
        for text in [h for h, _s, _e in draft.headings] + titles:
            tf = find_timeframe(text, detect_language(text, draft.language))
            if tf is not None:
                draft.timeframe = tf[0]
                break
    _dates_in_the_sets_year(draft)
    _this_period_is_the_sets(draft)
    return draft


# "本月", "this month": the period the set is written for, when the set names one of that kind.
_THIS_PERIOD = re.compile(
    r"^(?:本|当|这个?)(?:月|季度?)(?:内|底|末)?$|^(?:this|the current) (?:month|quarter)$", re.I
)


def _this_period_is_the_sets(draft: Draft) -> None:
    """ "（本月）" on a key result in "外卖XX站 站长 周强 7月OKR" is July, the set's month, not the
    month the draft is read in (decision 566); "this quarter" in a Q2 set is Q2."""
    tf = draft.timeframe
    if tf is None or tf.start is None or tf.kind not in ("month", "quarter"):
        return
    for item in draft.items():
        d = item.deadline
        if d is None or d.kind != tf.kind or not _THIS_PERIOD.match(d.text.strip()):
            continue
        if d.text.strip().endswith(("底", "末")):
            continue  # "本月底": a date, resolved on its own
        item.deadline = d.model_copy(update={"start": tf.start, "end": tf.end})


_YEAR = re.compile(r"(?:19|20)\d{2}")


def _anchor(draft: Draft, tf: Timeframe | None) -> date | None:
    """Where the set's period starts, when the set names its year: the period's own start
    ("Q2 2026"), or 1 January of the year written with it ("2026年春季学期", "for fall 2026") or
    in the set's first heading ("2026 OKRs", a horizon)."""
    if tf is not None and tf.start is not None and _YEAR.search(tf.text):
        return date.fromisoformat(tf.start)
    if tf is not None:
        texts = [tf.text] + [h for h, _s, _e in draft.headings if tf.text in h]
    else:
        texts = [h for h, _s, _e in draft.headings[:1]]
    for text in texts:
        m = _YEAR.search(text)
        if m is not None:
            return date(int(m.group()), 1, 1)
    return None


def _period_without_year(draft: Draft) -> date | None:
    """Where the set's quarter, half or month starts when no year is written anywhere ("康宁大药房
    … Q4 OKR"): that period as resolved (the one it names in the year the draft is read), so
    that "11月15日前" and "by Oct 15" fall in it, not in the next year after today (decision
    677)."""
    tf = draft.timeframe
    if tf is None or tf.start is None or tf.kind not in ("quarter", "half", "month"):
        return None
    return date.fromisoformat(tf.start)


def _dates_in_the_sets_year(draft: Draft) -> None:
    """An item's date without a year falls in the set's period when the set names its year:
    "by May 15" in "Support OKRs — Q2 2026" is 2026-05-15, "by end of Q1" in a Q1 2027 set is
    Q1 2027 — not the next one after today (decision 382)."""
    anchor = _anchor(draft, draft.timeframe)
    dates_only = anchor is None
    if anchor is None:
        anchor = _period_without_year(draft)
    if anchor is None:
        return
    for item in draft.items():
        d = item.deadline
        if d is None or _YEAR.search(d.text):
            continue
        if dates_only and d.kind not in ("date", "month"):
            continue  # "本季度", "within 30 days": read as before against today
        start, end = resolve(d.kind, d.text, anchor)
        if start is None and end is None:
            continue
        item.deadline = d.model_copy(
            update={
                "start": start.isoformat() if start else None,
                "end": end.isoformat() if end else None,
            }
        )

"""Annotations on parsed items: owner, deadline, level, priority, score, status, metric.

Each annotation found is recorded on the item; annotations that are not part of the item's
wording (an owner in brackets, a priority tag, a score) are added to `annotation_spans` so the
rules read past them.
"""

from __future__ import annotations

import re

from coach.draft import Draft, Item
from coach.metrics import extract_metric
from coach.timeframes import find_timeframe

_NAME = r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9_.·\- ]{0,30}?"
OWNER_PATTERNS = (
    # （负责人：张三） / (Owner: Alice) / 负责人：张三 / Owner: Alice / @alice / （张三）at the end
    re.compile(
        rf"[（(]\s*(?:负责人|责任人|owner|owned by|dri)\s*[:：]?\s*(?P<name>{_NAME})\s*[）)]",
        re.I,
    ),
    re.compile(
        rf"(?:^|[\s，,;；])(?:负责人|责任人|owner|owned by|DRI)\s*[:：]\s*(?P<name>{_NAME})\s*(?=$|[，,;；。.]|\s[-–—(（])",
        re.I,
    ),
    re.compile(r"(?<![\w.])@(?P<name>[A-Za-z0-9_][\w.\-]{0,30}|[\u4e00-\u9fff]{2,4})"),
    re.compile(r"[（(]\s*(?P<name>[\u4e00-\u9fff]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*[）)]\s*$"),
)
PRIORITY_RE = re.compile(
    r"(?:[\[【（(]\s*)?(?<![A-Za-z0-9])(?P<p>P[0-3])(?![A-Za-z0-9])(?:\s*[\]】）)])?"
)
_STATUS = r"完成一半|未完成|已完成|完成|进行中|延期|done|in progress|at risk|on track|not started"
# A trailing grade after the wording: "完成季度招聘任务10人 0.9 完成". A bare 0 or 1 counts only
# with a status after it, so "by September 1" keeps its date.
SCORE_STATUS_RE = re.compile(
    rf"\s(?P<score>(?<![\d.])(?:0?\.\d{{1,2}}|1\.0{{1,2}}))(?!\d)\s*(?P<status>{_STATUS})?\s*$"
    rf"|\s(?P<score2>[01])\s*(?P<status2>{_STATUS})\s*$",
    re.I,
)
LEVEL_TAG_RE = re.compile(
    r"[\[【（(]\s*(?P<lvl>公司|团队|部门|个人|company|team|personal)(?:级|\s*level)?\s*[\]】）)]",
    re.I,
)
_LEVELS = {
    "公司": "company",
    "company": "company",
    "团队": "team",
    "部门": "team",
    "team": "team",
    "个人": "personal",
    "personal": "personal",
}


def _blank(item: Item, start: int, end: int) -> None:
    item.annotation_spans.append((start, end))


def annotate_item(item: Item) -> None:
    text = item.text
    for pattern in OWNER_PATTERNS:
        m = pattern.search(text)
        if m:
            item.owner = m.group("name").strip()
            item.owner_span = (m.start(), m.end())
            _blank(item, m.start(), m.end())
            break
    m = PRIORITY_RE.search(text)
    if m and (m.group(0) != m.group("p") or m.start() == 0 or m.end() == len(text.rstrip())):
        item.priority = m.group("p").upper()
        _blank(item, m.start(), m.end())
    m = LEVEL_TAG_RE.search(text)
    if m:
        item.level = _LEVELS[m.group("lvl").lower()]
        _blank(item, m.start(), m.end())
    if item.kind == "kr":
        m = SCORE_STATUS_RE.search(text)
        if m and m.start() > 0:
            item.score = float(m.group("score") or m.group("score2"))
            item.status = m.group("status") or m.group("status2")
            _blank(item, m.start(), len(text))
    item.invalidate()
    tf = find_timeframe(item.plain, item.language)
    if tf is not None:
        item.deadline, item.deadline_span = tf
    if item.kind == "kr":
        item.metric = extract_metric(item.plain, item.language)


def annotate(draft: Draft) -> Draft:
    for o in draft.objectives:
        annotate_item(o)
        for kr in o.key_results:
            annotate_item(kr)
    for text, _s, _e in draft.headings:
        tf = find_timeframe(text, "zh" if re.search(r"[\u4e00-\u9fff]", text) else "en")
        if tf is not None and draft.timeframe is None:
            draft.timeframe = tf[0]
    return draft

"""Time expressions in both languages: quarters, halves, months, dates, "年底前", "end of Q3".

`find_timeframe(text, lang)` returns the first deadline-like expression and its local span.
Durations that are part of a metric ("3小时内回复", "respond within 4 hours") are not
deadlines; frequencies ("每月", "weekly") are not either.
"""

from __future__ import annotations

import re

from coach.types import Span, Timeframe

_MONTHS_EN = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_ZH_NUM = "[一二三四五六七八九十两0-9０-９]"

_ZH = [
    ("quarter", rf"(?:本|这个|下个?|上个?|当前|今年第?|第){_ZH_NUM}?季度(?:末|底|内|结束前)?"),
    ("quarter", r"(?:20\d\d年)?\s*[Qq][1-4](?:季度)?(?:末|底|内|结束前)?"),
    ("quarter", rf"{_ZH_NUM}季度(?:末|底|内)?"),
    ("half", r"(?:20\d\d年)?\s*(?:上半年|下半年|[Hh][12])(?:末|底|内)?"),
    ("year", r"(?:今年|本年度?|年底前?|年末|年内|明年|全年|20\d\d年(?:底|末|内)?)(?!\d)"),
    ("date", rf"(?:20\d\d年)?{_ZH_NUM}{{1,2}}月{_ZH_NUM}{{1,3}}[日号](?:前|之前|以前)?"),
    ("month", rf"(?:20\d\d年)?{_ZH_NUM}{{1,2}}月(?:底|末|中|初|内)(?:前|之前)?"),
    ("month", r"(?:本月|下个?月)(?:底|末)?(?:前|内)?"),
    ("week", r"(?:本周|下周)(?:内|五前)?"),
    ("relative", rf"{_ZH_NUM}{{1,3}}\s*(?:个月|周|天|日)内"),
    ("date", r"20\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:前|之前)?"),
    ("cycle", r"(?:本|这个|下个?)(?:OKR)?周期(?:内|末)?"),
]
_EN = [
    (
        "quarter",
        r"(?:by |before |in |during |for |at |until )?(?:the )?(?:end of )?(?:this|next|the current|the) quarter",
    ),
    (
        "quarter",
        r"(?:by |before |in |during |for |at |until )?(?:the )?(?:end of )?(?:fy)?q[1-4](?:[ '’]?(?:20)?\d\d)?(?![a-z0-9])",
    ),
    (
        "half",
        r"(?:by |before |in |during |for |until )?(?:the )?(?:end of )?(?:h[12]|first half|second half)(?: of (?:the year|20\d\d))?(?:[ '’]?(?:20)?\d\d)?(?![a-z0-9])",
    ),
    (
        "year",
        r"(?:by |before |in |during |for |until )?(?:the )?(?:end of (?:the )?)?(?:this year|next year|year[- ]end|fy ?\d{2,4}|20\d\d)(?![a-z0-9])",
    ),
    (
        "date",
        rf"(?:by |before |on |until |no later than )(?:the end of )?(?:{_MONTHS_EN})\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? 20\d\d)?",
    ),
    (
        "date",
        rf"(?:by |before |on |until )(?:the )?\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTHS_EN})(?: 20\d\d)?",
    ),
    (
        "month",
        rf"(?:by |before |in |until )?(?:the )?(?:end of |mid-|early |late )(?:{_MONTHS_EN})(?: 20\d\d)?",
    ),
    ("month", rf"(?:by |before |until )(?:{_MONTHS_EN})(?: 20\d\d)?(?![a-z])"),
    ("month", r"(?:by |before )?(?:the )?end of (?:the |this |next )?month"),
    ("week", r"(?:by |before )?(?:the )?end of (?:the |this |next )?week"),
    ("relative", r"(?:within|in the next|over the next) \d{1,3} (?:days|weeks|months)(?! of)"),
    ("date", r"(?:by |before |on )?20\d\d-\d{1,2}-\d{1,2}"),
    ("cycle", r"(?:this|next|the) (?:okr )?(?:cycle|period)"),
]
_ZH_RE = [(k, re.compile(p)) for k, p in _ZH]
_EN_RE = [(k, re.compile(p, re.I)) for k, p in _EN]


def find_timeframe(text: str, lang: str) -> tuple[Timeframe, tuple[int, int]] | None:
    """The earliest time expression in `text` (either language's patterns apply to both)."""
    best: tuple[int, int, str] | None = None
    for kind, pattern in (_ZH_RE + _EN_RE) if lang == "zh" else (_EN_RE + _ZH_RE):
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            if best is None or m.start() < best[0] or (m.start() == best[0] and m.end() > best[1]):
                best = (m.start(), m.end(), kind)
            break
    if best is None:
        return None
    s, e, kind = best
    return (
        Timeframe(text=text[s:e].strip(), kind=kind, span=Span(start=s, end=e)),  # type: ignore[arg-type]
        (s, e),
    )

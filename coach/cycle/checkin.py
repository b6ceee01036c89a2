"""The weekly check-in review: the seed's four quadrants read against the OKR set they serve.

The seed's check-in (OKR操作演示) has four quadrants: this week's 3–4 most important tasks with
P1/P2 priorities (no P3); the next four weeks' plan; the OKR status as a confidence index
(higher or lower than last week, and why); and two other status indicators in green / yellow /
red. A check-in is free text or Markdown: each quadrant starts at a heading or a label line
("## 本周关注的任务", "Next four weeks:", "信心指数：6/10 …"); everything that is not a quadrant is
the OKR set (or the OKR set is given apart, `okrs=`).

Each task and plan item is linked to the KR it serves: a stated reference ("(KR2)", "O1.KR2",
"对应关键结果2") first, then shared content words (the alignment profiles the draft rules use),
then the multilingual sentence encoder (`coach.classifier.alignment_probability`, across
languages). The encoder links only when one KR clearly stands out (its probabilities are noisy
in absolute terms, see `LINK_MIN`); a task that names no KR and shares no word with any KR or
objective is unlinked, and the encoder's nearest KR is shown beside it as a hint.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from coach import __version__
from coach.config import Config
from coach.cycle import engine
from coach.cycle.common import (
    Options,
    best_overlap,
    blank,
    lang2,
    lang_lookup,
    parse_draft,
    shorten,
)
from coach.cycle.grading import findings_line
from coach.cycle.types import (
    CheckinReport,
    Confidence,
    Indicator,
    KRActivity,
    Link,
    Task,
)
from coach.draft import Draft, Item
from coach.errors import InputError
from coach.text import detect_language
from coach.types import Span

# -- the encoder's thresholds (p that a task serves a KR) -------------------------------------
# Measured on hand-written tasks (see docs/cycle.md): the encoder's probability for
# a task and a KR is noisy in absolute terms ("Order new office chairs" scores 0.9 against a
# new-user KR), so it links a task only when one KR clearly stands out, and it never decides
# alone that a task serves nothing: that call rests on the words (see checkin-task-unlinked).
LINK_MIN = 0.8
LINK_MARGIN = 0.15
LINK_SINGLE = 0.9
# A task the topic lexicon gives no domain at all (a chore: "订下周团建的餐厅", "Book the team
# offsite venue") is linked by meaning only above this; one whose domains the KR's do not
# connect to ("给新同事讲一遍报销流程": cost and ops, against a subway-ads KR's marketing) never
# (decision 5882).
LINK_BARE = 0.85

SECTIONS = ("tasks", "plan", "confidence", "indicators")
# "Status" / "状态" alone: the OKR status quadrant's heading, but as a label with words after it
# ("Status: on track", "状态：进行中") a note on an item, not the quadrant (decision 5250)
_BARE_STATUS = re.compile(
    r"^(?:(?:本周|当前|目前)(?:的)?)?状态$|^(?:current\s+|this\s+week['’]?s\s+)?status$", re.I
)
_SECTION_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "tasks",
        re.compile(
            r"本周(?:关注的|最重要的|重点|的|优先|核心|主要)?(?:任务|事情|事项|工作|优先事项|重点)"
            r"|本周关注|本周重点"
            # "这周要做的", "本周待办", "这周要完成的事" (decision 1884)
            r"|(?:本|这|这个)(?:周|星期|礼拜)(?:要|需要|打算|计划|准备)?(?:做|干|完成|推进|处理)的?(?:事情?|任务|工作)?"
            r"|(?:本|这|这个)(?:周|星期|礼拜)(?:的)?(?:待办|计划|安排|to-?dos?)"
            r"|this\s+week['’]?s?\s+(?:priorities|focus|tasks|top\s+tasks|to-?dos|plan)"
            r"|(?:priorities|focus|tasks|to-?dos|things\s+to\s+do)"
            r"\s+(?:for\s+)?this\s+week|top\s+(?:3|4|three|four)\s+(?:tasks|priorities)"
            r"|(?:doing|to\s+do)\s+this\s+week"
            # "This week" / "本周" alone on its line (decision 1924)
            r"|^(?:this\s+week|本周)$",
            re.I,
        ),
    ),
    (
        "plan",
        re.compile(
            r"未来(?:四|4)周|接下来(?:的)?(?:四|4)周|后(?:四|4)周|(?:next|coming|following)\s+"
            r"(?:four|4)\s+weeks|(?:four|4)[-\s]week\s+plan|upcoming\s+weeks"
            # a plan for a shorter or looser horizon is still the plan quadrant (decision 5265):
            # "## 下周计划", "## 接下来几周", "## Next month", "## Upcoming", "## Next few weeks"
            r"|下(?:个)?(?:周|星期|礼拜|月)(?:的)?(?:计划|安排|重点|任务|待办)|(?:未来|接下来|后面)(?:几|两|2)周"
            r"|近期计划|后续(?:计划|安排)|下(?:一)?阶段(?:的)?(?:计划|安排)|^下一步(?:计划|安排)?$"
            r"|(?:next|coming|following)\s+(?:few|two|2)\s+weeks|next\s+(?:week|month)['’]?s?\s+plan"
            r"|^(?:next\s+(?:week|month)|upcoming|coming\s+up|next\s+steps)$",
            re.I,
        ),
    ),
    (
        "indicators",
        re.compile(
            r"其他状态指标|其他指标|状态指标|健康指标|(?:other\s+)?status\s+indicators|other\s+indicators"
            r"|health\s+(?:metrics|indicators|checks)|^(?:team\s+)?health$"
            # "## Indicators", "## 指标" alone on a heading (decision 5250)
            r"|^(?:other\s+)?indicators$|^(?:其他)?指标$"
            # "## 健康度", "## 团队健康度" alone, as "## Health" is (decision 5337)
            r"|^(?:团队|业务|其他)?健康(?:度|状况|情况)(?:指标)?$",
            re.I,
        ),
    ),
    (
        "confidence",
        re.compile(
            r"OKR\s*(?:当前的|当前)?\s*状态|信心指数|信心|OKR\s+status|confidence"
            # "Progress on OKRs:", "## KR progress", "OKR进展：", "## OKR进度" alone: the status of
            # each key result, the OKR status quadrant (decision 6895)
            r"|^(?:progress\s+(?:on|against|towards?)\s+(?:(?:our|the|my)\s+)?"
            r"(?:okrs?|krs?|key\s+results?|objectives?)|(?:okrs?|krs?|key\s+results?)\s+progress"
            r"|(?:OKR|KR|关键结果|目标)\s*(?:进展|进度)(?:情况)?)$"
            # "## Status", "## 当前状态" alone on a heading: the OKR status (decision 5250)
            r"|" + _BARE_STATUS.pattern,
            re.I,
        ),
    ),
)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MARKER = re.compile(
    r"^(?:[-*•·●▪◦+]\s+|\d{1,2}[.、．)]\s*|[（(]\d{1,2}[）)]\s*|[①-⑳]\s*)(?:\[[ xX]\]\s+)?"
)
_LABEL_END = re.compile(
    r"^[\s*_]*(?P<label>[^:：]{1,40}?)[\s*_]*[:：]?[\s*_]*(?:[:：]\s*(?P<rest>.*))?$"
)

_PRIORITY = re.compile(
    r"^[\[【（(]?\s?[Pp](?P<a>\d)\s?[\]】）)]?\s*[:：.、\-–—]?\s*"
    r"|[\[【（(]\s?[Pp](?P<b>\d)\s?[\]】）)]"
    r"|(?<![A-Za-z0-9])[Pp](?P<c>\d)\s*[。.]?$"
    r"|(?:优先级|priority)\s?[:：]?\s?[Pp](?P<d>\d)",
)
# A number as a reference writes it: "2", or in Chinese "二" ("（关键结果二）", "目标一"), not the
# start of 一半 / 一些 / 一样 / 一致 / 一直 / 一定 / 一般 (tester36), nor a numeral before a measure
# word or in a word of its own ("目标十分明确", "目标一季度完成", "目标三四个门店", "目标一线员工"):
# the whole numeral is read, so a shorter one inside it is no reference either (decision 5324).
_N = (
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3}"
    r"(?![一二三四五六七八九十半些样致直定般起下个分季月年天周倍成点次项件位名家条批轮期步时同线流体切律]))"
)
_REF = re.compile(
    rf"(?<![A-Za-z0-9])(?:(?:O|目标)\s?(?P<o>{_N})\s*[.\-·_ ]?\s*)?(?:KR|关键结果)\s?(?P<k>{_N})(?!\d)"
    rf"|(?<![A-Za-z0-9])(?:O|目标)\s?(?P<oo>{_N})(?![\d.])(?!\s*[.\-·_]?\s*(?:KR|关键结果))",
    re.I,
)
_ZH_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九", 1)}


def _number(written: str) -> int:
    """'2' → 2, '二' → 2, '十' → 10, '十二' → 12, '二十' → 20."""
    if written.isdigit():
        return int(written)
    tens, _, ones = written.partition("十")
    if "十" not in written:
        return _ZH_DIGITS.get(written, 0)
    return (_ZH_DIGITS.get(tens, 0) if tens else 1) * 10 + _ZH_DIGITS.get(ones, 0)


_REF_WRAP = re.compile(
    r"[（(\[【]\s*(?:→|->|对应|支撑|服务|关联|for|supports?|towards?)?\s*[^（）()\[\]【】]{0,12}[）)\]】]"
    r"|(?:→|->|=>)\s*\S+$"
)
_OWNER = re.compile(
    r"[（(]\s*(?:负责人|owner)?\s*[:：]?\s*@?[\w\u4e00-\u9fff]{1,12}\s*[）)]\s*$|@\w+", re.I
)

_VALUE = (
    r"(?P<{n}10>\d{{1,2}}(?:\.\d)?)\s?/\s?10(?!\d)|(?P<{n}pc>\d{{1,3}})\s?[%％]"
    r"|(?<![\d.])(?P<{n}dec>0?\.\d{{1,2}}|1\.0)(?![\d%])|(?<![\d.])(?P<{n}pt>\d{{1,2}}(?:\.\d)?)\s?分"
)
_VALUE_RE = re.compile(_VALUE.format(n="v"))
_PREV_RE = re.compile(
    r"(?:上周|上次|前一周|last\s+week|previously|prev(?:ious)?|was|from)\s*(?:是|为|:|：)?\s*"
    # "(last week -2/10)": the minus is read with the value, and flagged (decision 6264)
    r"(?:[-−](?=\d))?(?:" + _VALUE.format(n="p") + r")",
    re.I,
)
_ARROW_RE = re.compile(
    r"(?:"
    + _VALUE.format(n="a")
    + r")\s*(?:→|->|➝|⟶|降到|升到|降至|升至|变为|变成|to)\s*(?:"
    + _VALUE.format(n="b")
    + r")",
    re.I,
)


def _trend(zh: str, en: str) -> re.Pattern[str]:
    """A confidence's change in words, Chinese and English alike."""
    return re.compile(f"{zh}|{en}", re.I)


# "比上周低" / "高于上周": the comparison with last week says the direction (decision 5250)
_UP = _trend(
    r"↑|⬆|上升|提高了|升高|变高|提升了|升了|涨了|(?:比|较)上周(?:更|还)?高|高于上周",
    r"\bup\b|higher|rose|increased|improved",
)
_DOWN = _trend(
    r"↓|⬇|下降|降低|变低|降了|跌了|掉了|(?:比|较)上周(?:更|还)?低|低于上周",
    r"\bdown\b|lower|fell|dropped|decreased|slipped",
)
_SAME = _trend(
    r"持平|不变|没变|没有变化", r"unchanged|\bsame(?:\s+as)?\b|\bflat\b|steady|no change"
)
_REASON = re.compile(
    r"(?:因为|由于|原因(?:是|：|:)?|主要是|是因为|because|due\s+to|since|thanks\s+to|after|as\s+a\s+result\s+of|owing\s+to)\s*(?P<r>\S.*)",
    re.I,
)
_COLOR_ZH = re.compile(
    r"(?P<c>绿|黄|红|橙)(?:色|灯)|(?:(?<=[:：\s（(【\[\-|｜])|^)(?P<d>绿|黄|红|橙)(?=$|[\s）)】\]，,。;；|｜])"
)
_COLOR_EN = re.compile(r"(?<![A-Za-z])(?P<c>green|yellow|amber|orange|red)(?![A-Za-z])", re.I)
_EMOJI = {"🟢": "green", "🟡": "yellow", "🟠": "yellow", "🔴": "red"}
_COLORS = {
    "绿": "green",
    "黄": "yellow",
    "橙": "yellow",
    "红": "red",
    "green": "green",
    "yellow": "yellow",
    "amber": "yellow",
    "orange": "yellow",
    "red": "red",
}


@dataclass
class Line:
    text: str
    start: int
    indent: int


@dataclass
class Entry:
    """One item of a quadrant, with the deeper-indented lines under it."""

    text: str
    start: int
    indent: int = 0
    sub: list[Line] = field(default_factory=list)

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def full(self) -> str:
        return " ".join([self.text, *(s.text for s in self.sub)])


@dataclass
class Section:
    kind: str
    header: str
    start: int  # of the header line
    end: int  # end of its last line
    entries: list[Entry] = field(default_factory=list)


@dataclass
class TaskItem:
    id: str
    entry: Entry
    item: Item  # the wording, for alignment profiles
    kind: str  # tasks | plan
    priority: str | None
    link: Link | None = None
    closest: Link | None = None
    objective_ref: str | None = None
    # why a clear match by meaning was not taken as the link: "topic" (decision 5882)
    held_back: str | None = None


@dataclass
class ConfidenceItem:
    target: str
    entry: Entry
    value: float | None
    previous: float | None
    change: str | None
    reason: str | None
    # the values outside 0–10 as written ("12/10", "130%") and their spans in the draft, for
    # checkin-confidence-out-of-range (decision 6231)
    off_scale: list[tuple[str, tuple[int, int]]] = field(default_factory=list)
    # a bare decimal above 1 ("1.2") as written: shown so, not as "12/10" (decision 6380)
    written: str | None = None


@dataclass
class IndicatorItem:
    id: str
    entry: Entry
    color: str | None


@dataclass
class CheckinDoc:
    """What the check-in rules read."""

    text: str
    checkin_start: int
    draft: Draft
    sections: dict[str, Section]
    tasks: list[TaskItem]
    plan: list[TaskItem]
    confidence: list[ConfidenceItem]
    indicators: list[IndicatorItem]
    semantic: bool
    # status lines read as a key result's progress, not as a confidence ("KR1: 40%",
    # "KR2 完成 60%"; decision 7000)
    progress: list[Entry] = field(default_factory=list)
    touched: dict[str, list[str]] = field(default_factory=dict)  # KR id -> task ids
    language: str = "zh"

    def anchor_span(self) -> tuple[int, int]:
        """Where a finding about something missing points: the first quadrant's header line."""
        first = min(self.sections.values(), key=lambda s: s.start)
        lead = len(first.header) - len(_HEADING.sub("", first.header))
        return first.start + lead, first.start + len(first.header)


# -- reading the quadrants ----------------------------------------------------------------------
def _lines(text: str, offset: int = 0) -> list[Line]:
    out: list[Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.lstrip(" \t\u3000")
        lead = len(body) - len(stripped)
        stripped = stripped.rstrip()
        if stripped:
            out.append(Line(stripped, offset + pos + lead, lead))
        pos += len(raw)
    return out


def _section_of(line: str) -> tuple[str, str, int] | None:
    """(kind, inline content, content offset in line) when the line starts a quadrant."""
    is_heading = bool(_HEADING.match(line))
    body = _HEADING.sub("", line)
    off = len(line) - len(body)
    lead = None if is_heading else _CONF_LEAD.match(body)
    if lead is not None and _VALUE_RE.match(body, lead.end()):
        # "Confidence 8/10, up from 6/10 after …", "信心 6/10，比上周低，因为…": a line opening with
        # the index and its value is the OKR status, its own entry (decision 5250)
        return "confidence", body, off
    m = _LABEL_END.match(body)
    if not m:
        return None
    label = m.group("label")
    for kind, pattern in _SECTION_RES:
        pm = pattern.search(label)
        if pm is None:
            continue
        rest = m.group("rest") or ""
        if rest.strip() and _BARE_STATUS.match(label.strip()) and not _VALUE_RE.search(rest):
            return None
        colon = body.find("：") if "：" in body else body.find(":")
        # A label line: a heading, a short label ending the line, or a label with a colon.
        if not is_heading and colon < 0 and len(label) > 24:
            return None
        if (
            kind == "confidence"
            and not is_heading
            and colon < 0
            and not _VALUE_RE.search(body)
            and len(label) > 12
        ):
            return None
        if rest:
            return kind, rest, off + m.start("rest")
        return kind, "", len(line)
    return None


# A line opening with the confidence index and its value: "confidence 7/10", "Overall confidence
# is 6/10", "信心 6/10", "信心指数为7/10".
_CONF_LEAD = re.compile(
    r"(?:overall\s+|整体)?(?:confidence(?:\s+index)?|信心指数|信心)[ \t]{0,3}"
    r"(?:(?:is|at|of)[ \t]{1,3}|是|为)?",
    re.I,
)


# A key result's or an objective's label: "KR2：", "关键结果1", "O1", "目标2".
_KR_LABEL = re.compile(r"\s*(?:KR|关键(?:结果|成果)|O|目标|objective|key\s+result)\s?\d", re.I)


# A task's pointer to the key result it serves, in brackets or after an arrow: "（关键结果1）",
# "(KR1)", "（→O2 KR1）", "→ KR2".
_SERVES_KR = re.compile(
    r"[（(\[【][ \t]?(?:→|->|对应|支撑|服务|for|supports?)?[ \t]?(?:O\d{1,2}[ \t.\-]?)?"
    rf"(?:KR|关键结果)[ \t]?{_N}[ \t]?[）)\]】]|(?:→|->)[ \t]?(?:O\d{{1,2}}[ \t.\-]?)?KR[ \t]?\d{{1,2}}",
    re.I,
)


# A measured change in a line: "从30%提升到45%", "from 30% to 45%", a percentage.
_MEASURED_CHANGE = re.compile(r"从[^到至]{1,20}[到至]|\bfrom\b[^\n]{1,30}?\bto\b|[%％]", re.I)


def _heads_plain_tasks(lines: list[Line], i: int, text: str) -> bool:
    """A short line that no quadrant's heading names, after a blank line under OKRs whose key
    results carry labels ("KR1：…", "Key result 2: …"), over two or more list items that carry
    no label and each word an action with no measured change ("最近在忙" / "- 重做新手引导第三步" /
    "- 整理留存看板"; "On my desk" / "- Redo step 3 of onboarding"): this week's tasks, not more
    key results of the last objective (decision 1943). Items that measure a change ("- 留存从30%
    到45%") may be an unlabelled objective's key results and are left to the OKRs."""
    from coach.parse import _lost_bullet

    if i == 0 or not any(_KR_LABEL.match(_MARKER.sub("", ln.text)) for ln in lines[:i]):
        return False
    prev = lines[i - 1]
    if "\n\n" not in text[prev.start + len(prev.text) : lines[i].start].replace(" ", ""):
        return False  # the heading is set apart from the OKRs above by a blank line
    count = verb_led = 0
    for ln in lines[i + 1 :]:
        m = _MARKER.match(ln.text)
        if m is None or ln.indent > lines[i + 1].indent:
            break
        body = ln.text[m.end() :]
        if _KR_LABEL.match(body) or _MEASURED_CHANGE.search(body) or len(body) > 80:
            return False
        count += 1
        verb_led += _lost_bullet(body)
    # two items or more, most of them led by a verb ("约8位流失用户电话访谈" among them is a task too)
    return count >= 2 and 2 * verb_led > count


def _heads_priorities(lines: list[Line], i: int) -> bool:
    """A short line that no quadrant's heading names, over two or more lines each opening with
    a priority ("这周要忙的" / "P1 …" / "P2 …") or, as list items, naming the key result they
    serve ("- 上线新手引导（关键结果1）"): the lines are this week's tasks, the line their heading
    (decisions 1884, 1891). Without it they were read as key results of the last objective."""
    head = _HEADING.sub("", lines[i].text).strip(" \t*_:：")
    if not head or len(head) > 24 or _MARKER.match(lines[i].text) or _PRIORITY.match(head):
        return False
    if any(c.isdigit() for c in head) or head[-1:] in "。.!！?？；;，,":
        return False
    count = 0
    for ln in lines[i + 1 :]:
        m = _MARKER.match(ln.text)
        body = ln.text[m.end() :] if m else ln.text
        pm = _PRIORITY.match(body)
        at = pm.end() if pm is not None and pm.group("a") is not None else 0
        if _KR_LABEL.match(body, at):
            break  # "P1 KR2：…": a key result with its priority, not a task
        # a line marked as a list item that names the key result it serves: "- 上线引导（关键结果1）",
        # "- Ship onboarding v2 (KR1)" (decision 1891)
        serves = m is not None and _SERVES_KR.search(body) is not None
        if not at and not serves:
            break
        count += 1
    return count >= 2


def read_sections(text: str, start: int) -> list[Section]:
    sections: list[Section] = []
    current: Section | None = None
    lines = _lines(text[start:], start)
    for i, ln in enumerate(lines):
        # Inside a quadrant a list item or a table row is an entry, even one that names another
        # quadrant ("| Confidence | 7/10 |").
        marked = current is not None and (
            _MARKER.match(ln.text) is not None or ln.text.startswith(("|", "｜"))
        )
        found = None if marked else _section_of(ln.text)
        if found is None and not marked and _heads_priorities(lines, i):
            found = ("tasks", "", len(ln.text))
        if found is None and current is None and _heads_plain_tasks(lines, i, text):
            found = ("tasks", "", len(ln.text))
        if found is not None:
            kind, rest, off = found
            current = Section(kind, ln.text, ln.start, ln.start + len(ln.text))
            sections.append(current)
            if rest.strip():
                current.entries.append(Entry(rest.strip(), ln.start + off))
            continue
        if _HEADING.match(ln.text):
            current = None  # another heading (the OKRs, notes) ends the quadrant
            continue
        if current is None:
            continue
        current.end = ln.start + len(ln.text)
        if ln.text.startswith(("|", "｜")):
            _table_row(current, ln, lines[i - 1] if i else None)
            continue
        m = _MARKER.match(ln.text)
        body, bstart = (ln.text[m.end() :], ln.start + m.end()) if m else (ln.text, ln.start)
        if current.entries and ln.indent > _indent_of(current):
            current.entries[-1].sub.append(Line(body, bstart, ln.indent))
            continue
        current.entries.append(Entry(body, bstart, ln.indent))
    return sections


# A Markdown table's separator row: "|---|:---:|".
_TABLE_SEP = re.compile(
    r"^[|｜]?(?:[ \t]{0,3}:?-{3,40}:?[ \t]{0,3}[|｜]){1,20}[ \t]{0,3}(?::?-{3,40}:?)?$"
)


def _table_row(section: Section, ln: Line, prev: Line | None) -> None:
    """A Markdown table inside a quadrant, one entry a row (tester36): "| P1 | Ship the checklist
    | O1 KR2 |" is the task "P1 | Ship the checklist | O1 KR2"; the header row (the one above the
    separator) and the separator are none."""
    if _TABLE_SEP.match(ln.text):
        last = section.entries[-1] if section.entries else None
        if (
            last is not None
            and prev is not None
            and prev.start <= last.start < prev.start + len(prev.text)
        ):
            section.entries.pop()  # the header row
        return
    inner = ln.text[1:]
    lead = len(inner) - len(inner.lstrip(" \t"))
    body = inner.strip(" \t").rstrip(" \t|｜")
    if body:
        section.entries.append(Entry(body, ln.start + 1 + lead, ln.indent))


# A heading line: Markdown ("## Blockers") or a bold line alone ("**风险与阻碍**").
_NOTE_HEADING = re.compile(r"^(?:\s{0,3}#{1,6}\s+\S|\*\*[^*\n]{1,40}\*\*[:：]?$)")
# A line that opens an objective: "Objective 1:", "O2：", "目标：", "**目标：…".
_OBJECTIVE_LINE = re.compile(
    r"^(?:[-*•]\s{1,3})?(?:\*\*)?(?:objective|目标|O)\s?\d{0,2}\s?[:：.、]", re.I
)


def _notes_after_quadrants(text: str, sections: list[Section]) -> list[tuple[int, int]]:
    """The check-in's own sections after its first quadrant that no quadrant names ("## Blockers",
    "## Wins", "## 风险与阻碍"): notes, never key results of the last objective (tester36). A
    section that opens an objective ("## Our OKRs" / "Objective 1: …", OKRs written below the
    quadrants) stays the OKRs'."""
    if not sections:
        return []
    first = min(s.start for s in sections)
    starts = {s.start for s in sections}
    lines = _lines(text[first:], first)
    heads = [i for i, ln in enumerate(lines) if _NOTE_HEADING.match(ln.text)]
    out: list[tuple[int, int]] = []
    for n, i in enumerate(heads):
        if lines[i].start in starts:
            continue
        end_i = heads[n + 1] if n + 1 < len(heads) else len(lines)
        body = lines[i:end_i]
        if any(_OBJECTIVE_LINE.match(ln.text) for ln in body):
            continue
        last = body[-1]
        out.append((lines[i].start, last.start + len(last.text)))
    return out


def _indent_of(section: Section) -> int:
    """The indent of the section's first entry (deeper lines are sub-lines)."""
    return section.entries[0].indent if section.entries else 10**6


# -- tasks and links ----------------------------------------------------------------------------
def _priority(text: str) -> tuple[str | None, list[tuple[int, int]]]:
    m = _PRIORITY.search(text)
    if not m:
        return None, []
    digit = m.group("a") or m.group("b") or m.group("c") or m.group("d")
    return f"P{digit}", [(m.start(), m.end())]


def _task_item(entry: Entry, tid: str, lang: str, blanks: list[tuple[int, int]]) -> Item:
    text = blank(entry.text, blanks)
    it = Item(
        kind="kr",
        id=tid,
        text=text,
        offsets=list(range(entry.start, entry.start + len(text) + 1)),
        language=detect_language(text, lang),
    )
    return it


def _refs(text: str, draft: Draft) -> tuple[list[Item], str | None, list[tuple[int, int]]]:
    """KRs a task names ("KR2", "O1.KR2", "关键结果2"), an objective it names ("O2"), spans."""
    krs: list[Item] = []
    objective: str | None = None
    spans: list[tuple[int, int]] = []
    for m in _REF.finditer(text):
        spans.append((m.start(), m.end()))
        if m.group("oo"):
            n = _number(m.group("oo"))
            if 1 <= n <= len(draft.objectives):
                objective = draft.objectives[n - 1].id
            continue
        k = _number(m.group("k"))
        if m.group("o"):
            n = _number(m.group("o"))
            objs = draft.objectives[n - 1 : n] if 1 <= n <= len(draft.objectives) else []
        else:
            objs = draft.objectives
        krs += [o.key_results[k - 1] for o in objs if 1 <= k <= len(o.key_results)]
    for m in _REF_WRAP.finditer(text):
        if any(s >= m.start() and e <= m.end() for s, e in spans):
            spans.append((m.start(), m.end()))
    return krs, objective, spans


def _profile_words(item: Item) -> frozenset[str]:
    """The item's content words, with the verb an English noun is made from beside it
    ("delivery" → "deliver", "renewal" → "renew", "payment" → "pay"): "Ask the shop to share its
    courier for deliveries" and "Parts delivered within 5 days" share a word (decision 6236)."""
    from coach.facts import topics

    words = topics.profile(item).words
    roots = {r for w in words if w.isascii() for r in _noun_roots(w)}
    if any(tok.text.lower() == "delivered" for tok in item.tokens):
        # "Parcels delivered within 48 hours": "deliver" is too general a verb to compare
        # ("deliver the report"), but the things delivered make it the delivery's key result
        roots.add("delivery")
    roots |= _same_words(item, words)
    return words | roots if roots else words


def _same_words(item: Item, words: frozenset[str]) -> set[str]:
    """The words of link_same_words the item's words stand for: "送货车" and "配送" say "送达",
    "小学" says "上学", "courier" says "delivery" (decision 6266). A Chinese word counts inside
    a longer one ("送货车" cut as 货车)."""
    from coach.wordlists import mapping

    zh = item.language.startswith("zh")
    same = mapping("link_same_words", "zh" if zh else "en")
    if zh:
        text = item.plain
        return {v for k, v in same.items() if k in text}
    return {v for k, v in same.items() if k in words}


def lead_verb(item: Item) -> str | None:
    """The verb a task opens with, as its profile reads it: "Sign the lease …" → "sign",
    "修好销售办公室的打印机" → "修好" (decision 6265). An English task opens with its verb; a
    Chinese one only where the cutter tags the first word a verb."""
    lead = next((tok for tok in item.tokens if tok.text.strip()), None)
    if lead is None:
        return None
    if item.language.startswith("zh"):
        return lead.text if lead.pos.startswith("v") else None
    word = (lead.lemma or lead.text).lower()
    return word if word.isalpha() and word.isascii() else None


def _noun_roots(word: str) -> tuple[str, ...]:
    """The verbs an English noun may be made from, as its lemma would read: "-ery" ("delivery",
    "recovery"), "-al" ("renewal"; "arrival" → "arrive"), "-ment" ("payment", "shipment"),
    "-ing" ("booking", "shipping")."""
    if len(word) > 6 and word.endswith("ery"):
        return (word[:-1],)
    if len(word) > 6 and word.endswith("al") and word[-3] not in "aeiou":
        return (word[:-2], word[:-2] + "e") if word[-3] == "v" else (word[:-2],)
    if len(word) > 7 and word.endswith("ment"):
        return (word[:-4],)
    if len(word) > 6 and word.endswith("ing"):
        # "booking" → "book", "shipping" → "ship", "pricing" → "price" (decision 6265: "Book the
        # fire inspection" then shares its verb alone with "Online bookings …", and the
        # encoder's link by that verb is held back)
        root = word[:-3]
        if root[-1] == root[-2] and root[-1] not in "aeiouls":
            return (root[:-1],)
        return (root, root + "e")
    return ()


def _people_only(shared: list[str]) -> bool:
    """Whether the words a task shares with a key result are all words for people
    ("member", "家庭"): they say who, not what the task moves (decision 6236)."""
    from coach.wordlists import word_set

    people = word_set("people_words", "en") | word_set("people_words", "zh")
    return bool(shared) and all(w.lower() in people for w in shared)


def _verb_only(shared: list[str], task: Item) -> bool:
    """Whether the one word a task shares with a key result is the verb the task opens with:
    "Sign the lease for the new office" and "Sign 12 new retailer contracts", "修好销售办公室的
    打印机" and "客户反馈的问题3天内修好的占比": the same action on another thing is no topic
    (decision 6265)."""
    from coach.wordlists import mapping

    verb = lead_verb(task)
    if verb is None:
        return False
    # "签下新办公室的租约" opens with 签下, which link_same_words reads as 签约 (decision 6266)
    same = mapping("link_same_words", "zh" if task.language.startswith("zh") else "en")
    forms = {verb, same.get(verb, verb)}
    return bool(shared) and {w.lower() for w in shared} <= forms


def _verb_only_with(task: Item, kr: Item) -> bool:
    """Whether the task shares with this key result the verb it opens with and no other word."""
    found = best_overlap(_profile_words(task), [(kr, _profile_words(kr))])
    return found is not None and _verb_only(found[1], task)


def _lexical(task: Item, krs: list[Item]) -> tuple[Item, list[str]] | None:
    return best_overlap(_profile_words(task), ((kr, _profile_words(kr)) for kr in krs))


# A change verb and the measure it moves, in a task (decision 6565): "… to raise our rating",
# "Lower food waste by weighing the bins", "提升大众点评评分". The words of the measure run to a
# preposition, a conjunction or the end; the last one is its head.
_EN_MOVES_MEASURE = re.compile(
    r"\b(?:raise|lift|boost|grow|increase|improve|cut|reduce|lower|halve|double|shrink"
    r"|push\s+up|bring\s+down|drive\s+up)\s+(?:the\s+|our\s+|its\s+|their\s+)?"
    r"(?P<m>(?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*)"
    r"(?=\s*(?:$|[,.;:()]|\s(?:by|to|from|with|for|in|on|at|so|and|or|through|via|among)\b))",
    re.I,
)
_ZH_MOVES_MEASURE = re.compile(r"(?:提升|提高|降低|减少|拉高|压低|增加)(?P<m>[\u4e00-\u9fff]{2,8})")


def _stem(word: str) -> str:
    w = word.lower()
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def _measure_named(task: Item, krs: list[Item]) -> tuple[Item, list[str]] | None:
    """The one key result whose measure the task says it moves: the head of what its change verb
    moves is in that key result's words and in no other's, or the key results with the head
    differ in how many of the measure's words they share (decision 6565). "Get weekly regular
    customers to raise our rating" shares "weekly" and "customer" with "Repeat customers from
    30% to 45% of weekly visitors", but moves the rating of "Average Google rating from 4.2 to
    4.6"; a generic measure word ("rating", "评分") is no profile word, so the overlap alone
    picked the key result of the surface words."""
    text = task.plain
    if task.language.startswith("zh"):
        m = _ZH_MOVES_MEASURE.search(text)
        if m is None:
            return None
        measure = m.group("m")
        # the longest tail of the moved words that a key result names: "大众点评评分" → "评分"
        for i in range(len(measure) - 1):
            tail = measure[i:]
            having = [kr for kr in krs if tail in kr.plain]
            if len(having) == 1:
                return having[0], [tail]
            if having:
                return None
        return None
    m = _EN_MOVES_MEASURE.search(text)
    if m is None:
        return None
    words = [_stem(w) for w in m.group("m").split()]
    head = words[-1]
    scored: list[tuple[int, Item, list[str]]] = []
    for kr in krs:
        kr_words = {_stem(w) for w in re.findall(r"[a-z][a-z'-]*", kr.plain.lower())}
        if head in kr_words:
            shared = [w for w in words if w in kr_words]
            scored.append((len(shared), kr, shared))
    if not scored:
        return None
    scored.sort(key=lambda x: -x[0])
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None
    return scored[0][1], scored[0][2]


def _common_words(pool: list[Item]) -> frozenset[str]:
    """The content words every key result of the pool shares, when they are two or more key
    results of one objective (else none)."""
    objectives = {kr.objective.id if kr.objective is not None else None for kr in pool}
    if len(pool) < 2 or len(objectives) != 1 or None in objectives:
        return frozenset()
    return frozenset.intersection(*(_profile_words(kr) for kr in pool))


def _break_tie(
    task: Item, pool: list[Item], best: tuple[Item, list[str]]
) -> tuple[Item, list[str]]:
    """The KR the task shares words with, when another KR shares as many: the one the encoder
    finds closest among them (decision 5251). "Week 8: CSAT survey on resolved tickets" shares
    "ticket" with "85% of tickets answered within one hour" and "csat" with "CSAT from 86% to
    93%"; the first KR listed won the tie."""
    words = _profile_words(task)
    tied: list[tuple[Item, list[str]]] = []
    for kr in pool:
        found = best_overlap(words, [(kr, _profile_words(kr))])
        if found is not None and len(found[1]) == len(best[1]):
            tied.append(found)
    if len(tied) < 2:
        return best
    closest = _semantic(task, [kr for kr, _ in tied])[0][1]
    return next(pair for pair in tied if pair[0] is closest)


def _link(
    kr: Item,
    method: str,
    confidence: float,
    shared: Iterable[str] = (),
    ambiguous: tuple[str, list[Item]] | None = None,
) -> Link:
    return Link(
        target=kr.id,
        text=kr.plain.strip() or kr.text,
        method=method,  # type: ignore[arg-type]
        confidence=round(max(0.0, min(1.0, confidence)), 3),
        shared=list(shared),
        ref=ambiguous[0] if ambiguous else None,
        candidates=[c.id for c in ambiguous[1]] if ambiguous else [],
    )


def _ambiguous_ref(text: str, draft: Draft) -> tuple[str, list[Item]] | None:
    """A key result named without its objective ("(KR1)") that two or more objectives have: the
    words as written and the KRs it may mean (decision 5442)."""
    for m in _REF.finditer(text):
        if m.group("oo") or m.group("o"):
            continue
        k = _number(m.group("k"))
        krs = [o.key_results[k - 1] for o in draft.objectives if 1 <= k <= len(o.key_results)]
        if len(krs) > 1:
            return m.group(0), krs
    return None


def _semantic(task: Item, krs: list[Item]) -> list[tuple[float, Item]]:
    """p(task serves it) for each KR, best first (multilingual sentence encoder)."""
    from coach import classifier

    text = task.plain.strip()
    classifier.embed_many([text, *(kr.plain.strip() for kr in krs)])
    return sorted(
        ((classifier.alignment_probability(kr.plain.strip(), text), kr) for kr in krs),
        key=lambda pk: -pk[0],
    )


def link_task(t: TaskItem, draft: Draft, semantic: bool) -> None:
    """Find the KR the task serves: stated, then shared words, then the encoder."""
    krs = [kr for kr in draft.key_results() if kr.plain.strip()]
    text = t.entry.text
    stated, objective, _ = _refs(text, draft)
    t.objective_ref = objective
    # "(KR1)" with a KR1 under two objectives names neither: the link is chosen among them by
    # shared words or meaning, and says so (decision 5442)
    ambiguous = _ambiguous_ref(text, draft) if len(stated) > 1 else None
    if len(stated) == 1:
        t.link = _link(stated[0], "stated", 1.0)
        return
    pool = stated or (
        [kr for kr in krs if kr.objective is not None and kr.objective.id == objective]
        if objective
        else krs
    )
    if not pool or not t.item.plain.strip():
        return
    lexical = _lexical(t.item, pool)
    measured = _measure_named(t.item, pool)
    if measured is not None and (lexical is None or measured[0] is not lexical[0]):
        # the measure the task says it moves outweighs words shared elsewhere (decision 6565)
        lexical = measured
    common = _common_words(pool)
    if lexical is not None and not objective and lexical[0].objective is not None:
        # with several objectives, the words every key result of the chosen one shares (decision
        # 5445: "Week 8: member day" shares "member" with each of O2's two member key results)
        common = _common_words([kr for kr in pool if kr.objective is lexical[0].objective])
    if lexical is not None and not stated and common and set(lexical[1]) <= common:
        # the words it shares are in every key result of one objective ("骑手" in each of
        # 骑手单价 / 骑手单数 / 骑手流失率): they say which objective the task serves, not which
        # key result (decision 5251); the encoder may still single one out below
        t.objective_ref = lexical[0].objective.id  # type: ignore[union-attr]
        lexical = None
    people_only = lexical is not None and not stated and _people_only(lexical[1])
    if people_only:
        # "Survey members about which tools they would pay for" shares "member" alone with
        # "Members who renew their yearly membership": who, not what; the encoder decides,
        # among the key results (the objective names the same people, decision 6236)
        lexical = None
    verb_only = lexical is not None and not stated and _verb_only(lexical[1], t.item)
    if verb_only:
        # "Order name badges for visitors" shares "order" alone with "Orders shipped within 24
        # hours": the verb it opens with says what it does, not what it serves; the encoder
        # decides, among the key results (decision 6265)
        lexical = None
    if (
        lexical is None
        and not stated
        and not objective
        and t.objective_ref is None
        and not people_only
    ):
        # Words shared with an objective only: the task serves it; say which KR is closest.
        by_objective = _lexical(t.item, draft.objectives)
        if by_objective is not None and not _verb_only(by_objective[1], t.item):
            t.objective_ref = by_objective[0].id
    if lexical is not None and semantic and not stated and lexical is not measured:
        lexical = _break_tie(t.item, pool, lexical)
    if lexical is not None:
        kr, shared = lexical
        if ambiguous:
            t.link = _link(kr, "lexical", 0.6 + 0.1 * len(shared), shared, ambiguous)
            return
        method = "stated" if stated else "lexical"
        t.link = _link(kr, method, 1.0 if stated else 0.6 + 0.1 * len(shared), shared)
        return
    if not semantic:
        if stated:
            t.link = _link(stated[0], "stated", 1.0 / len(stated), ambiguous=ambiguous)
        return
    scored = _semantic(t.item, pool)
    p, kr = scored[0]
    if ambiguous:
        t.link = _link(kr, "semantic", p, ambiguous=ambiguous)
    elif stated or objective:
        t.link = _link(kr, "stated", 1.0 if stated else p)
    elif (len(scored) == 1 and p >= LINK_SINGLE) or (
        len(scored) > 1 and p >= LINK_MIN and p - scored[1][0] >= LINK_MARGIN
    ):
        if not _topic_allows(t.item, kr, p):
            t.closest, t.held_back = _link(kr, "semantic", p), "topic"
        elif _verb_only_with(t.item, kr):
            # "Sign the lease for the new office" at p=0.98 against "Sign 12 new retailer
            # contracts": the encoder reads the shared verb; no other word is shared (6265)
            t.closest, t.held_back = _link(kr, "semantic", p), "verb"
        else:
            t.link = _link(kr, "semantic", p)
    else:
        t.closest = _link(kr, "semantic", p)


def _topic_allows(task: Item, kr: Item, p: float) -> bool:
    """Whether the topics let a link by meaning alone stand (decision 5882): not when the task's
    domains and the KR's are both known and unconnected, and for a task with no domain only at
    LINK_BARE or above. The encoder put "给新同事讲一遍报销流程" at p=0.89 against "地铁广告带来的
    新客从每月2000人提升到5000人", well ahead of the next KR."""
    from coach.facts import topics

    task_topics = topics.profile(task)
    if topics.relation(task_topics, topics.profile(kr)) == "unrelated":
        return False
    return bool(task_topics.domains) or p >= LINK_BARE


def unlinked(t: TaskItem) -> bool:
    """No KR named, no word shared with any KR or objective, and no clear match by meaning."""
    return t.link is None and t.objective_ref is None and bool(t.item.plain.strip())


# -- confidence and indicators ------------------------------------------------------------------
def _value(m: re.Match[str], n: str) -> float | None:
    g = m.groupdict()
    if g.get(f"{n}10"):
        return float(g[f"{n}10"]) / 10
    if g.get(f"{n}pc"):
        return float(g[f"{n}pc"]) / 100
    if g.get(f"{n}dec"):
        return float(g[f"{n}dec"])
    if g.get(f"{n}pt"):
        return float(g[f"{n}pt"]) / 10
    return None


_CONF_LABEL = re.compile(
    r"信心指数|信心|OKR\s*(?:当前的|当前)?\s*状态|OKR\s+status|confidence(?:\s+index)?|整体|overall",
    re.I,
)


def read_confidence(entry: Entry, draft: Draft) -> ConfidenceItem | None:
    text = entry.text
    target = "set"
    krs, objective, ref_spans = _refs(text[:16], draft)
    if len(krs) == 1:
        target = krs[0].id
    elif objective:
        target = objective
    used: list[tuple[int, int]] = list(ref_spans)
    value = previous = None
    read: list[tuple[re.Match[str], str]] = []  # each value read, with its group's name
    m = _ARROW_RE.search(text)
    if m:
        previous, value = _value(m, "a"), _value(m, "b")
        used.append((m.start(), m.end()))
        read += [(m, "a"), (m, "b")]
    else:
        pm = _PREV_RE.search(text)
        if pm:
            previous = _value(pm, "p")
            used.append((pm.start(), pm.end()))
            read.append((pm, "p"))
        # "KR1 checkout conversion now 2.4% (confidence 6/10)": the value after the index's label,
        # not the measure's own figure before it (decision 6895)
        label = _CONF_LABEL.search(text)
        after = [] if label is None else list(_VALUE_RE.finditer(text, label.end()))
        for vm in after or _VALUE_RE.finditer(text):
            if pm and pm.start() <= vm.start() < pm.end():
                continue
            value = _value(vm, "v")
            used.append((vm.start(), vm.end()))
            read.append((vm, "v"))
            break
    off_scale = []
    written = None
    if value is None:
        big = _BIG_DECIMAL.match(text, _label_end(text))
        if big is None:
            return None
        # "信心 1.2", "Confidence: 1.2": a decimal above 1 where the index opens, neither 0–1 nor
        # N/10; read as written, and flagged off its scale (decision 6263)
        value = float(big.group("d"))
        written = big.group("d")
        off_scale.append(
            (big.group("d"), (entry.start + big.start("d"), entry.start + big.end("d")))
        )
        used.append((big.start(), big.end()))
    for rm, n in read:
        v = _value(rm, n)
        group = next((g for g in ("10", "pc", "dec", "pt") if rm.group(n + g)), None)
        if group is not None and _MINUS_BEFORE.search(text, 0, rm.start(n + group)):
            # "-3/10" was read as 3/10: a value below 0 is off the scale too
            a = rm.start(n + group) - 1
            tail = _VALUE_TAIL.match(text, rm.end(n + group))
            b = tail.end() if tail else rm.end(n + group)
            off_scale.append((text[a:b], (entry.start + a, entry.start + b)))
            if n in ("v", "b") and value is not None:
                value = -value
            elif previous is not None:
                previous = -previous
            continue
        if v is not None and v > 1.0 + 1e-9:
            group = next(g for g in ("10", "pc", "dec", "pt") if rm.group(n + g))
            a = rm.start(n + group)
            tail = _VALUE_TAIL.match(text, rm.end(n + group))
            b = tail.end() if tail else rm.end(n + group)
            off_scale.append((text[a:b], (entry.start + a, entry.start + b)))
    change = None
    if previous is not None:
        change = "up" if value > previous + 1e-9 else "down" if value < previous - 1e-9 else "same"
    else:
        for pattern, name in ((_SAME, "same"), (_UP, "up"), (_DOWN, "down")):
            cm = pattern.search(text)
            if cm:
                change = name
                used.append((cm.start(), cm.end()))
                break
    reason = _reason(text, used) or _reason(" ".join(s.text for s in entry.sub), [])
    return ConfidenceItem(target, entry, value, previous, change, reason, off_scale, written)


# A heading that names the index: a bare percentage under it is the confidence (decision 7000)
_NAMES_INDEX = re.compile(r"信心|confidence", re.I)

# A status line's word for how far a key result has got, not how sure the team is to get there
_EN_PROGRESS = r"progress|done|complete[ds]?|completion|achieved|reached|finished"
_PROGRESS_WORD = re.compile(
    rf"(?<![A-Za-z])(?:{_EN_PROGRESS})(?![A-Za-z])|进度|完成|达成|进展", re.I
)

# What may stand beside a key result's label and its share on a bare progress line: "KR1: 40%"
_BARE_REST = re.compile(r"[\s:：,，.。;；|｜\-–—=·*_()（）\[\]【】]*")


def reads_as_progress(c: ConfidenceItem, draft: Draft) -> bool:
    """Whether a status line's only value is a key result's progress, not a confidence: one
    percentage, no index word (confidence, 信心, overall …), no last week's value or trend, and
    either a word of progress ("KR2 60% done", "关键结果1 完成40%") or nothing but the key result's
    or objective's label beside it ("KR1: 40%", "O2 — 55%"). A percentage out of 0–100%, a
    value on a scale of 10 or a decimal stays a confidence (decisions 6470, 6895; 7000)."""
    text = c.entry.text
    if c.previous is not None or c.change is not None or c.off_scale or c.entry.sub:
        return False
    if _CONF_LABEL.search(text):
        return False
    values = list(_VALUE_RE.finditer(text))
    if len(values) != 1 or not values[0].group("vpc"):
        return False
    if _PROGRESS_WORD.search(text):
        return True
    krs, objective, spans = _refs(text, draft)
    if not krs and objective is None:
        return False
    rest = blank(text, [*spans, values[0].span()])
    return _BARE_REST.fullmatch(rest) is not None


# A decimal from 1.1 to 9.99 written alone where the index opens ("1.2"): not a value of any
# scale the index uses (0–1, N/10, N%, N分)
_BIG_DECIMAL = re.compile(r"[ \t:：=]{0,3}(?P<d>[1-9]\.\d{1,2})(?![\d.%％/]|\s?(?:/|分))")


def _label_end(text: str) -> int:
    """Where a confidence entry's value may start: after its label, if it opens with one."""
    m = _CONF_LEAD.match(text)
    return m.end() if m else 0


_MINUS_BEFORE = re.compile(r"(?:^|(?<=[\s:：(（周次是为]))[-−]$")
_VALUE_TAIL = re.compile(r"\s?(?:/\s?10|[%％]|分)")


def _reason(text: str, used: list[tuple[int, int]]) -> str | None:
    m = _REASON.search(text)
    if m and (_substantial(m.group("r")) or _said_after_because(m.group("r"))):
        # "because we won": two short words after the marker are the reason too; the words
        # left over showed it as "because: because we won" (tester42)
        return m.group("r").strip(" 。.，,;；")
    rest = blank(text, [*used, *((lm.start(), lm.end()) for lm in _CONF_LABEL.finditer(text))])
    for pattern in (_UP, _DOWN, _SAME):
        # a trend word set apart says the change ("6/10, down from 7/10"); one inside the words
        # after it is the reason's own ("— pricing test slipped", tester36)
        rest = pattern.sub(lambda m, r=rest: m.group(0) if _inside_words(r, m) else " ", rest)
    # a decimal point keeps its figure whole ("conversion now 2.4%", not "2 4%"; decision 6895)
    rest = re.sub(r"[（）()\[\]【】:：,，;；。\-–—/|｜→↑↓=]+|(?<!\d)\.|\.(?!\d)", " ", rest)
    rest = re.sub(
        r"(?:与|和|比|较|than|vs\.?|last\s+week|上周|本周|this\s+week)", " ", rest, flags=re.I
    )
    rest = " ".join(rest.split())
    return rest if _substantial(rest) else None


def _said_after_because(text: str) -> bool:
    """Two words or more, or two Chinese characters, after "because"/"因为"."""
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    return cjk >= 2 or len(re.findall(r"[A-Za-z]{2,}", text)) >= 2


_TWO_WORDS_BEFORE = re.compile(r"(?<![A-Za-z])[A-Za-z]{3,40}[ \t]{1,3}[A-Za-z]{3,40}[ \t]{1,3}$")


def _inside_words(text: str, m: re.Match[str]) -> bool:
    """An English trend word with two words of three letters or more right before it ("pricing
    test slipped"): part of a sentence, not the trend's own word."""
    if not m.group(0).isascii() or not m.group(0)[:1].isalpha():
        return False
    return _TWO_WORDS_BEFORE.search(text, max(0, m.start() - 90), m.start()) is not None


def _substantial(text: str) -> bool:
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    words = re.findall(r"[A-Za-z]{2,}", text)
    if cjk >= 4 or len(words) >= 3:
        return True
    # two words that say what happened are a reason too: "vendor late", "scope creep",
    # "hiring freeze" (decision 5266); not a status said in two words ("on track", "at risk",
    # "off track", "was 7")
    return len(words) == 2 and all(len(w) >= 3 and w.lower() not in _STATUS_WORDS for w in words)


_STATUS_WORDS = frozenset(
    [
        "track",
        "risk",
        "target",
        "plan",
        "schedule",
        "was",
        "from",
        "week",
        "weeks",
        "overall",
        "status",
        "level",
        "same",
        "flat",
        "steady",
        "down",
        "up",
        "the",
        "and",
        "okr",
        "okrs",
        "confidence",
        "index",
        "score",
        "still",
    ]
)


# A name, then a colour as its value: "当日发货：黄灯", "士气 绿", "Dispatch: amber", "Morale — 🟢"
_COLOUR_LINE = re.compile(
    r"^[*_\s]{0,3}(?P<name>[^:：\n]{1,30}?)[*_]{0,2}\s{0,3}(?:[:：]|\s[-–—]{1,2})?\s{0,3}"
    r"(?:[🟢🟡🟠🔴]|[绿黄红橙](?:色|灯)?|green|yellow|amber|orange|red)"
    # then the line's end, or a reason set apart ("黄灯，因为…", "amber (two pickers left)")
    r"\ufe0f?\s{0,3}(?:$|[,，;；。.(（:：]|[-–—]\s|because|due\b|因为|由于)",
    re.I,
)


def colour_line(text: str) -> bool:
    """A status indicator's line: a name that is no confidence's label, then its colour."""
    m = _COLOUR_LINE.match(text)
    return m is not None and _CONF_LABEL.search(m.group("name")) is None


def read_color(text: str) -> str | None:
    for ch, name in _EMOJI.items():
        if ch in text:
            return name
    m = _COLOR_ZH.search(text)
    if m:
        return _COLORS[m.group("c") or m.group("d")]
    m = _COLOR_EN.search(text)
    if m:
        return _COLORS[m.group("c").lower()]
    return None


# -- the pipeline -------------------------------------------------------------------------------
def build(text: str, okrs: str | None, options: Options) -> tuple[CheckinDoc, str | None]:
    """The check-in document, and the combined text when the OKRs were given apart."""
    combined, checkin_start, source_text = text, 0, None
    if not text.strip():
        # the check-in's own words, not the draft's "paste an objective" (tester36)
        raise InputError(
            "empty",
            "the check-in is empty: paste this week's check-in (its four quadrants: this week's "
            "priorities, the next four weeks, the OKR status with its confidence, other status "
            "indicators), with the OKRs it serves above it or given apart",
            "周检查是空的：请粘贴本周的检查（四个象限：本周关注的任务、未来四周的计划、OKR当前的状态和信心指数、"
            "其他状态指标），把它对应的OKR写在上面或另外提供。",
        )
    if okrs is not None:
        if not okrs.strip():
            raise InputError(
                "empty",
                "the OKR set is empty: paste the OKRs this check-in serves",
                "OKR 是空的：请粘贴这份周检查对应的目标和关键结果。",
            )
        combined = okrs.rstrip("\r\n") + "\n\n" + text
        checkin_start = len(okrs.rstrip("\r\n")) + 2
        source_text = combined
    from coach.parse import validate_text

    # too long, control characters, empty: said before anything is read (the check-in's own
    # part is blanked for the OKRs given apart, so the draft's parse would not see it; 1931)
    validate_text(combined, options.cfg.max_chars)
    sections = read_sections(combined, checkin_start)
    if not sections:
        raise InputError(
            "no_checkin",
            "I could not find a check-in quadrant. Start each one on its own line, e.g. "
            "'本周关注的任务：' / 'This week's priorities:', '未来四周的计划：' / 'Next four weeks:', "
            "'信心指数：6/10（上周7/10），因为…' / 'Confidence: 6/10 (was 7) because …', "
            "'其他状态指标：' / 'Status indicators:'.",
            "没有找到周检查的四个象限。每个象限单独起一行，例如“本周关注的任务：”“未来四周的计划：”"
            "“信心指数：6/10（上周7/10），因为……”“其他状态指标：”。",
        )
    # Given apart, the OKR set is the OKRs alone: the check-in's own lines (its title, notes, a
    # quadrant whose heading is not read) are never key results (decision 1923).
    apart = [(checkin_start, len(combined))] if okrs is not None else []
    notes = _notes_after_quadrants(combined, sections) if okrs is None else []
    okr_text = blank(combined, [(s.start, s.end) for s in sections] + apart + notes)
    try:
        draft = parse_draft(okr_text, options)
    except InputError as e:
        if e.code not in ("no_objective", "empty"):
            raise
        raise InputError(
            "no_objective",
            "the check-in needs the OKR set it belongs to: paste the objectives and key results "
            "above the check-in, or give them as a second input (--okrs FILE, 'okrs' in the API).",
            "周检查需要它对应的OKR：把目标和关键结果粘贴在周检查上面，或者另外提供（--okrs 文件，API 里的 okrs）。",
        ) from None
    by_kind: dict[str, Section] = {}
    for s in sections:
        if s.kind in by_kind:
            by_kind[s.kind].entries.extend(s.entries)
            by_kind[s.kind].end = max(by_kind[s.kind].end, s.end)
        else:
            by_kind[s.kind] = s
    semantic = options.cfg.semantic and options.cfg.use_model
    lang = draft.language
    tasks = _tasks(by_kind.get("tasks"), "t", "tasks", draft, lang)
    plan = _tasks(by_kind.get("plan"), "p", "plan", draft, lang)
    for t in [*tasks, *plan]:
        link_task(t, draft, semantic)
    # entries under a heading that names the index ("## Confidence", "信心指数：60%"): a bare
    # percentage there is the confidence; under "OKR status" it may be progress (decision 7000)
    named = {
        id(e)
        for s in sections
        if s.kind == "confidence" and _NAMES_INDEX.search(s.header)
        for e in s.entries
    }
    confidence: list[ConfidenceItem] = []
    progress: list[Entry] = []
    for e in by_kind["confidence"].entries if "confidence" in by_kind else []:
        c = read_confidence(e, draft)
        if c is not None and id(e) not in named and reads_as_progress(c, draft):
            progress.append(e)
        elif c is not None:
            confidence.append(c)
    shown = by_kind["indicators"].entries if "indicators" in by_kind else []
    if "confidence" in by_kind:
        # "当日发货：黄灯", "Dispatch: amber" written under the OKR status: an indicator, its
        # colour after its name, where people put it beside the confidence (ux43, decision 6393)
        read_as = {id(c.entry) for c in confidence}
        shown = shown + [
            e for e in by_kind["confidence"].entries if id(e) not in read_as and colour_line(e.text)
        ]
    indicators = [IndicatorItem(f"i{i}", e, read_color(e.full)) for i, e in enumerate(shown, 1)]
    doc = CheckinDoc(
        text=combined,
        checkin_start=checkin_start,
        draft=draft,
        sections=by_kind,
        tasks=tasks,
        plan=plan,
        confidence=confidence,
        indicators=indicators,
        semantic=semantic,
        language=lang,
        progress=progress,
    )
    doc.touched = _touched(doc)
    return doc, source_text


def _tasks(
    section: Section | None, prefix: str, kind: str, draft: Draft, lang: str
) -> list[TaskItem]:
    out: list[TaskItem] = []
    for i, e in enumerate(section.entries if section else [], 1):
        priority, pspans = _priority(e.text)
        _krs, _obj, rspans = _refs(e.text, draft)
        ospans = [(m.start(), m.end()) for m in _OWNER.finditer(e.text)]
        item = _task_item(e, f"{prefix}{i}", lang, [*pspans, *rspans, *ospans])
        out.append(TaskItem(f"{prefix}{i}", e, item, kind, priority))
    return out


def _touched(doc: CheckinDoc) -> dict[str, list[str]]:
    """KR id -> ids of the tasks and plan items that serve it (or come close to it)."""
    out: dict[str, list[str]] = {kr.id: [] for kr in doc.draft.key_results()}
    for t in [*doc.tasks, *doc.plan]:
        targets: list[str] = []
        if t.link is not None:
            targets.append(t.link.target)
            # "(KR1)" where O1 and O2 each have a KR1: the task may be either's work, so neither
            # is idle (checkin-task-ref-ambiguous asks which one; decision 5641)
            targets += t.link.candidates
        if t.objective_ref:
            targets += [
                kr.id
                for o in doc.draft.objectives
                if o.id == t.objective_ref
                for kr in o.key_results
            ]
        for target in dict.fromkeys(targets):
            if target in out:
                out[target].append(t.id)
    return out


def checkin(
    text: str,
    okrs: str | None = None,
    language: str = "auto",
    *,
    ui_language: str | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    severity: Mapping[str, str] | None = None,
    config: Config | None = None,
) -> CheckinReport:
    """Review a weekly check-in against the OKR set it serves (in `text`, or `okrs`)."""
    options = Options.make(language, ui_language, select, ignore, severity, config)
    rules = engine.active("checkin", options.select, options.ignore, options.severity)
    doc, source_text = build(text, okrs, options)
    items = {it.id: it for it in doc.draft.items()}
    items.update({t.id: t.item for t in [*doc.tasks, *doc.plan]})
    lang_of = lang_lookup(items, doc.language)
    findings = engine.run(rules, doc, lang_of, options.ui_language, options.severity)
    ui = lang2(options.ui_language or doc.language)
    report = CheckinReport(
        language=lang2(doc.language),  # type: ignore[arg-type]
        ui_language=ui,  # type: ignore[arg-type]
        version=__version__,
        findings=findings,
        summary=[],
        source_text=source_text,
        sections=[k for k in SECTIONS if k in doc.sections],
        tasks=[_task(t) for t in doc.tasks],
        plan=[_task(t) for t in doc.plan],
        confidence=[
            Confidence(
                target=c.target,
                text=c.entry.text,
                span=Span(start=c.entry.start, end=c.entry.end),
                value=c.value,
                previous=c.previous,
                change=c.change,  # type: ignore[arg-type]
                reason=c.reason,
                written=c.written,
            )
            for c in doc.confidence
        ],
        indicators=[
            Indicator(
                id=i.id,
                text=i.entry.text,
                span=Span(start=i.entry.start, end=i.entry.end),
                color=i.color,  # type: ignore[arg-type]
            )
            for i in doc.indicators
        ],
        key_results=[
            KRActivity(
                id=kr.id,
                text=kr.plain.strip(),
                this_week=[t for t in doc.touched.get(kr.id, []) if t.startswith("t")],
                next_weeks=[t for t in doc.touched.get(kr.id, []) if t.startswith("p")],
            )
            for kr in doc.draft.key_results()
        ],
    )
    report.summary = summary(report, ui)
    return report


def _task(t: TaskItem) -> Task:
    return Task(
        id=t.id,
        text=t.entry.text,
        span=Span(start=t.entry.start, end=t.entry.end),
        language=lang2(t.item.language),  # type: ignore[arg-type]
        priority=t.priority,
        link=t.link,
        closest=t.closest,
        objective=t.objective_ref if t.link is None else None,
    )


_COLOR_WORD = {
    "zh": {"green": "绿", "yellow": "黄", "red": "红", None: "无颜色"},
    "en": {"green": "green", "yellow": "yellow", "red": "red", None: "no colour"},
}
_ARROW = {"up": "↑", "down": "↓", "same": "→", None: ""}


def summary(r: CheckinReport, lang: str) -> list[str]:
    """The four quadrants in four lines, and what needs attention."""
    zh = lang == "zh"
    prio: dict[str, int] = {}
    for t in r.tasks:
        prio[t.priority or "–"] = prio.get(t.priority or "–", 0) + 1
    pr = ("、" if zh else ", ").join(f"{k}×{v}" for k, v in sorted(prio.items()))
    linked = sum(t.link is not None for t in r.tasks)
    out = [
        f"本周 {len(r.tasks)} 项重点任务（{pr or '无'}），{linked} 项对应到关键结果；未来四周 {len(r.plan)} 项计划。"
        if zh
        else f"This week: {len(r.tasks)} priority task(s) ({pr or 'none'}), {linked} linked to a "
        f"KR; next four weeks: {len(r.plan)} item(s)."
    ]
    if r.confidence:
        parts = []
        for c in r.confidence:
            who = "" if c.target == "set" else f"{c.target} "
            prev = f"（上周 {_tenths(c.previous, zh)}）" if zh and c.previous is not None else ""
            if not zh and c.previous is not None:
                prev = f" (was {_tenths(c.previous, zh)})"
            why = ""
            if c.reason:
                why = f"，因为{c.reason}" if zh else f", because {c.reason}"
            now = _tenths(c.value, zh, c.written)
            arrow = f" {_ARROW[c.change]}" if _ARROW[c.change] else ""
            parts.append(f"{who}{now}{arrow}{prev}{why}")
        out.append(("信心：" if zh else "Confidence: ") + ("；" if zh else "; ").join(parts))
    else:
        out.append("信心：没有写。" if zh else "Confidence: not given.")
    if r.indicators:
        cw = _COLOR_WORD["zh" if zh else "en"]
        inds = [
            f"{_short(_uncoloured(re.split('[:：]', i.text)[0]))} {cw[i.color]}"
            for i in r.indicators
        ]
        out.append(("状态指标：" if zh else "Indicators: ") + ("，" if zh else ", ").join(inds))
    idle = [k.id for k in r.key_results if not k.this_week and not k.next_weeks]
    n = len(r.key_results)
    out.append(
        (
            f"关键结果：{n - len(idle)}/{n} 个本周或未来四周有安排"
            + (f"，没有安排：{', '.join(idle)}。" if idle else "。")
        )
        if zh
        else f"Key results: {n - len(idle)}/{n} have work this week or in the next four weeks"
        + (f"; nothing for {', '.join(idle)}." if idle else ".")
    )
    out.append(findings_line(r.findings, lang))
    return out


def _uncoloured(name: str) -> str:
    """An indicator's name without the colour written after it ("复购率 绿", "客单价 黄灯", "Basket
    size yellow"): the summary names the colour itself, once (decision 1788)."""
    parts = name.rsplit(None, 1)
    if len(parts) == 2:
        last = parts[1].strip("（）()【】[]").lower()
        if last.rstrip("色灯") in _COLORS or last in _EMOJI:
            return parts[0]
    return name


def _tenths(value: float | None, zh: bool | None = None, written: str | None = None) -> str:
    """A confidence as people say it: 6/10; one above 10/10 said to be out of range when the
    language is given (decision 6231); a bare decimal above 1 as written, off 0 to 1 ("1.2",
    not "12/10": decision 6380)."""
    if value is None:
        return "–"
    if written is not None and zh is not None:
        return written + ("（超出0到1的范围）" if zh else " (outside 0 to 1)")
    out = f"{round(value * 10, 1):g}/10"
    if zh is not None and not -1e-9 <= value <= 1.0 + 1e-9:
        out += "（超出0到10的范围）" if zh else " (outside 0 to 10)"
    return out


def _short(text: str, n: int = 18) -> str:
    return shorten(text, n)

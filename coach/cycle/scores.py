"""Reading a grade written on a key result: a score (0–1), a percentage, or a status.

The seed's template writes "完成季度招聘任务10人 0.9 完成": the wording, then a score, then a
status (完成 / 完成一半 / 未完成). People also write "得分：0.7", "score: 70%", "grade 7/10",
"— done", "status: half done", and a note in brackets after the grade ("0.5 完成一半（App渠道延期）").

A bare number at the end counts as a score only in the seed's form (0.x or 1.0, or 0/1 before a
status), so "NPS 提升到45" keeps its target; a percentage or an N/10 counts only after a label
("得分：70%"), since "留存率提升到70% 完成" ends with its target. A labelled whole number from 2 to 10 is read as
N/10, from 11 to 100 as a percentage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from coach.facts import needs
from coach.facts.grades import TARGET_GIVEN, is_value

_DONE = r"已达成|达成|已完成|完成|achieved|completed|complete|done|met"
_HALF = r"完成一半|部分完成|一半|half[- ]done|partially done|partly done|partial"
_NOT = r"未完成|没完成|未达成|未达到|未开始|not done|not met|not achieved|not started|incomplete|missed|failed"
_PROGRESS = r"进行中|进展中|延期|in progress|on track|at risk|behind"
STATUS = rf"(?:{_HALF}|{_NOT}|{_PROGRESS}|{_DONE})"
_KINDS = (
    (re.compile(rf"^(?:{_HALF})$", re.I), "half"),
    (re.compile(rf"^(?:{_NOT})$", re.I), "not_done"),
    (re.compile(rf"^(?:{_PROGRESS})$", re.I), "in_progress"),
    (re.compile(rf"^(?:{_DONE})$", re.I), "done"),
)
# A status alone stands for this grade (the usual reading of done / half / not done).
STATUS_VALUE = {"done": 1.0, "half": 0.5, "not_done": 0.0}

_NUM_ANY = r"\d{1,3}(?:\.\d{1,2})?\s?[%％]|\d{1,2}(?:\.\d)?\s?/\s?10(?![\d.])|\d?\.\d{1,2}|\d{1,3}"
# "progress"/"进度" name a grade only with a colon ("Track progress 3 times" is not one).
_LABEL = r"(?:得分|评分|打分|分数|(?<![A-Za-z])(?:score|grade|graded))\s?[:：=]?|(?:完成度|进度|(?<![A-Za-z])progress)\s?[:：=]"
# A labelled score is read whole, sign and exponent included ("score -0.3", "score 1e9"), so
# that grade-out-of-range names what was written instead of a digit of it (decision 1982).
_NUM_ODD = r"[-−](?:\d{1,3}(?:\.\d{1,2})?|\.\d{1,2})(?:[eE][-+]?\d{1,3})?|(?:\d{1,3}(?:\.\d{1,2})?|\.\d{1,2})[eE][-+]?\d{1,3}"
LABELLED_RE = re.compile(
    rf"(?:[（(\[【]\s?)?(?:{_LABEL})\s?(?P<v>{_NUM_ODD}|{_NUM_ANY})(?![\d.])\s?[）)\]】]?", re.I
)
STATUS_LABEL_RE = re.compile(
    rf"(?:[（(\[【]\s?)?(?:状态|status)\s?[:：]\s?(?P<s>{STATUS})\s?[）)\]】]?", re.I
)
# Between a trailing score and its status: a space, a column's run of spaces or tabs, or a
# table's bar ("… 0.3  进行中", "…\t0.3\t\t进行中", "… 0.3 | 进行中"; decision 7002); a value
# above 1 closing a measure ("评分 3.2 → 4.0，完成") is the measure's, not a grade (5640)
_TO_STATUS = r"[ \t]{0,4}(?:[|｜][ \t]{0,4})?"
# The seed's trailing form; the score may be glued to the status ("0.5完成一半").
TRAIL_RE = re.compile(
    rf"(?<![0-9A-Za-z.%／/])(?P<pre>[\s|｜,，;；:：—–-]*)"
    rf"(?:(?P<v>(?:0?\.\d{{1,2}}|1\.0{{1,2}})(?![\d%])|[01](?={_TO_STATUS}{STATUS})"
    rf"|\d\.\d{{1,2}}(?=\s?{STATUS})){_TO_STATUS})?"
    rf"(?P<s>(?<![\u4e00-\u9fffA-Za-z]){STATUS}|(?<=[\s\d|｜,，;；:：—–-]){STATUS})?"
    r"\s?(?P<note>[（(][^（）()]{1,120}[）)])?\s*[。.]?\s*$",
    re.I,
)
# The words a labelled score or status needs (coach.facts.needs): most key results name
# neither, and the two patterns were tried at every position of each (issue 13).
_LABELLED_LOOK = needs.look(needs.needed(LABELLED_RE))
_STATUS_LABEL_LOOK = needs.look(needs.needed(STATUS_LABEL_RE))
NOTE_RE = re.compile(
    r"(?:备注|说明|原因|注|note|reason|because|因为)\s?[:：]?\s?(?P<note>\S.{1,200}?)\s*$", re.I
)


@dataclass
class Reading:
    """A grade read from one KR's text; spans are local to the text."""

    score: float | None = None
    written: str | None = None
    source: str = "none"  # score | percent | status | none
    status: str | None = None
    kind: str | None = None
    note: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    score_span: tuple[int, int] | None = None
    # a second bare score right before the one read ("0.5 0.7"): as written, and its span; the
    # later one grades, and grade-two-scores says so (decision 6232)
    earlier: str | None = None
    earlier_span: tuple[int, int] | None = None
    # "self" when the earlier score is a labelled self-grade and the one read the manager's
    # ("自评0.5 上级0.7", "self 0.5, manager 0.7"): the manager's counts (decision 6260)
    earlier_role: str | None = None
    # the writer's own grade as written when labelled ("self 0.9, manager 0.6", "自评0.9",
    # "0.6（自评0.9）"), beside the grade that counts or alone (decision 6381)
    self_written: str | None = None


# A status written as a sign: "✅" done, "❌" not done (tester36: read as a status of no kind, so a
# key result marked "✅" was "not graded").
_SIGNS = {
    "✅": "done",
    "✔": "done",
    "☑": "done",
    "❌": "not_done",
    "✖": "not_done",
    "❎": "not_done",
}


def status_kind(status: str | None) -> str | None:
    if not status:
        return None
    s = status.strip().lower()
    sign = s.replace("\ufe0f", "")
    if sign in _SIGNS:
        return _SIGNS[sign]
    for pattern, kind in _KINDS:
        if pattern.match(s):
            return kind
    return None


def parse_number(v: str, labelled: bool) -> tuple[float, str]:
    """A written score to (0–1 value, source): '0.7', '.7', '70%', '7/10', labelled '7'."""
    t = v.replace(" ", "").replace("％", "%").replace("−", "-")
    if t.endswith("%"):
        return float(t[:-1]) / 100, "percent"
    if "/" in t:
        return float(t.split("/")[0]) / 10, "percent"
    x = float(t)
    if "e" in t.lower():
        return x, "score"  # "1e9": a number no grader writes; grade-out-of-range shows it
    if labelled and "." not in t and 1 < x <= 10:
        return x / 10, "percent"
    if labelled and "." not in t and 10 < x <= 100:
        return x / 100, "percent"
    return x, "score"


def read(text: str) -> Reading:
    """The grade written on a KR (score, status, note), or an empty Reading."""
    roles = _role_grades(text)
    if roles:
        # "自评0.5 上级0.7 完成": the labelled grades are read apart, the rest as before
        blanked = text
        for m in roles:
            blanked = blanked[: m.start()] + " " * (m.end() - m.start()) + blanked[m.end() :]
        r = read(blanked)
        counted = next((m for m in roles if m.group("mgr")), roles[-1])
        r.score, r.source = parse_number(counted.group("v"), labelled=True)
        r.written = counted.group("v").strip()
        r.score_span = (counted.start("v"), counted.end("v"))
        # one span from the first to the last: only separators lie between them
        r.spans.append((roles[0].start(), roles[-1].end()))
        own = next((m for m in roles if m.group("self")), None)
        if own is not None:
            r.self_written = own.group("v").strip()
        if own is not None and own is not counted:
            r.earlier, r.earlier_span = own.group("v").strip(), (own.start("v"), own.end("v"))
            r.earlier_role = "self"
        else:
            r.earlier = r.earlier_span = None
        r.kind = status_kind(r.status)
        return r
    r = Reading()
    folded = needs.fold_case(text)
    m = _labelled_grade(text, needs.search(LABELLED_RE, _LABELLED_LOOK, text, folded))
    if m:
        r.score, r.source = parse_number(m.group("v"), labelled=True)
        r.written = m.group("v").strip()
        r.spans.append((m.start(), m.end()))
        r.score_span = (m.start("v"), m.end("v"))
    m = needs.search(STATUS_LABEL_RE, _STATUS_LABEL_LOOK, text, folded)
    if m:
        r.status = m.group("s")
        r.spans.append((m.start(), m.end()))
    tail = _tail(text)
    if tail is not None and (tail.group("v") or tail.group("s")):
        start = tail.start() + len(tail.group("pre"))
        if tail.group("v") and (
            _is_date_day(text, tail)
            or (
                not tail.group("s")
                and is_value(text, tail.start("v"))
                and not _grade_after_target(text, tail.start("v"))
                and _two_scores(text, start) is None
            )
        ):
            # "by September 1 done": a day; "from 1.8 to 1.0", "Cart completion rate 0.7": the
            # value the key result commits to, not its grade (decision 562)
            start = tail.start("s") if tail.group("s") else tail.end()
        elif tail.group("v") and r.score is None:
            r.score, r.source = parse_number(tail.group("v"), labelled=False)
            r.written = tail.group("v").strip()
            r.score_span = (tail.start("v"), tail.end("v"))
            sep = _SEPARATOR_BEFORE.search(text, max(0, start - 8), start)
            if sep is not None:
                start = sep.start()  # the colon or arrow before the grade is the grade's
            two = _two_scores(text, start)
            if two is not None:
                # "… 0.5 0.7", "… 0.5 → 0.7": two bare scores, the later one read (decisions
                # 6232, 6261); not "Cart completion rate 0.5 0.7", whose first number is the key
                # result's value
                r.earlier, r.earlier_span = two.group("v"), (two.start("v"), two.end("v"))
                start = two.start()
        if tail.group("s") and r.status is None:
            r.status = tail.group("s")
        if tail.group("note"):
            r.note = tail.group("note")[1:-1].strip()
        if start < tail.end():
            r.spans.append((start, tail.end()))
    if r.note is None and r.spans:
        n = NOTE_RE.search(text, max(e for _s, e in r.spans))
        if n:
            r.note = n.group("note").strip()
            r.spans.append((n.start(), n.end()))
    if r.status is None and r.score is not None and r.spans:
        # "… 完成 0.3", "— done, 0.3", "已完成，得分0.9": the status written before its score
        # (decision 1787)
        first = min(a for a, _e in r.spans)
        b = _STATUS_BEFORE_RE.search(text, 0, first)
        if b is not None:
            r.status = b.group("s")
            r.spans.append((b.start("s"), first))
    if r.score is None and r.status is None:
        over = _over_one(text)
        if over is not None:
            # "… from 180 to 260 (Hana) 1.2": a grade above 1, read as written so that
            # grade-out-of-range flags it, not left in the wording (decision 6385)
            r.score, r.source = float(over.group("v")), "score"
            r.written = over.group("v")
            r.score_span = (over.start("v"), over.end("v"))
            r.spans.append((over.start(), over.end()))
    if r.score is None:
        # "… 【0.1】未完成": the bracket closes the wording before the status read at its end
        # (tester40: graded 0.0 by the status alone, "【0.1】" left in the wording)
        head = text
        if tail is not None and tail.group("s") and r.status == tail.group("s"):
            head = text[: tail.start("s")]
        b = _BRACKET_GRADE_RE.search(head) if head.rstrip(" 。.")[-1:] in ")）]】" else None
        if b is not None and text[: b.start()].strip():
            # "流失率从5%降到3% 【0.4】", "… [0.7]", "…（0.3）", "Sales from 3 to 5 (1.0, done)": a
            # grade in brackets at the end, with or without its status (decision 5444)
            r.score, r.source = parse_number(b.group("v"), labelled=False)
            r.written = b.group("v")
            r.score_span = (b.start("v"), b.end("v"))
            r.spans.append((b.start(), b.end()))
            if b.group("s") and r.status is None:
                r.status = b.group("s")
            if r.note is not None and b.group(0).strip().strip("（）()").strip() == r.note:
                r.note = None
    if r.status is None and r.note is not None and status_kind(r.note) is not None:
        # "… 0.3 (half done)", "… 0.7（完成）": a bracket holding a status alone is the status
        # (decision 5254)
        r.status, r.note = r.note, None
    r.kind = status_kind(r.status)
    if r.score is None and r.kind in STATUS_VALUE:
        r.score, r.source = STATUS_VALUE[r.kind], "status"
    if r.note is not None:
        own = _ROLE_GRADE.fullmatch(r.note.strip())
        if own is not None and own.group("self"):
            r.self_written = own.group("v").strip()  # "0.6（自评0.9）" (decision 6381)
    return r


# What a label's number is followed by when the label is a measure's name, not a grade's: a
# change or a comparison to another figure ("pulse score 3.1 → 4.0", "Credit score 620 to 680",
# "满意度评分3.8→4.3", "评分4.2提升到4.7"), or a floor ("Score 90+ on …", "评分4.5分以上").
_MEASURE_GOES_ON = re.compile(
    r"\s{0,2}(?:(?:→|->|=>|⇒|~|～|to\b|到|至|(?:提升|提高|增长|增加|降低|下降|减少|缩短)(?:到|至))"
    r"\s{0,2}[\d.]|\+|分?以上)",
    re.I,
)


def _labelled_grade(text: str, m: re.Match[str] | None) -> re.Match[str] | None:
    """The labelled score that grades the key result: the last label whose number is a grade,
    not a measure's value the wording names with a label word (decision 5640). A grade is
    written after the wording, so a label the wording opens on ("Grade 5 reading scores from
    40% to 60%", "Score 90+ on the audit") names the measure; so does a label whose number
    goes on to another figure ("Staff pulse score 3.1 → 4.0 — score 5/10": 0.5, not 3.1), and
    one whose number, no grade's (above 1 as read), the wording goes on after ("Credit score
    700 for 50 members")."""
    found = None
    while m is not None:
        if _is_grade_label(text, m):
            found = m
        m = LABELLED_RE.search(text, m.end())
    return found


# The wording going on after a number: a letter or a Chinese character outside a bracketed note.
_WORDING_AFTER = re.compile(r"[A-Za-z\u4e00-\u9fff]")
_BRACKETED = re.compile(r"[（(\[【][^（）()\[\]【】]{0,120}[）)\]】]")
_LEAD_MARKS = re.compile(r"[\W_\d]{0,12}")


def _is_grade_label(text: str, m: re.Match[str]) -> bool:
    if _LEAD_MARKS.fullmatch(text, 0, m.start()):
        return False
    if _MEASURE_GOES_ON.match(text, m.end("v")):
        return False
    rest = _BRACKETED.sub("", text[m.end() :])
    if _WORDING_AFTER.search(rest) is None:
        return True
    value, _source = parse_number(m.group("v"), labelled=True)
    if not 0 <= value <= 1:
        rest = rest.lstrip(" \t|｜,，;；:：—–-")
        return bool(
            STATUS_LABEL_RE.match(rest) or _STATUS_START_RE.match(rest) or NOTE_RE.match(rest)
        )
    return True


_STATUS_START_RE = re.compile(rf"(?:{STATUS})(?![A-Za-z])", re.I)


# A grade in brackets closing the key result: "【0.4】", "[0.7]", "（0.3）", "(1.0, done)",
# "（0.5，完成一半）"; a bare 0 or 1 only with a status after it (decision 5444).
_THEN = r"\s?[,，、/;；—–-]\s?"
_GRADE_IN_BRACKETS = (
    rf"(?P<v>0?\.\d{{1,2}}|1\.0{{1,2}}|[01](?={_THEN}(?:{STATUS})))(?:{_THEN}(?P<s>{STATUS}))?"
)
_BRACKET_GRADE_RE = re.compile(
    rf"\s?[（(\[【]\s?{_GRADE_IN_BRACKETS}\s?[）)\]】]\s*[。.]?\s*$", re.I
)
_GRADE_ALONE_RE = re.compile(rf"\s?{_GRADE_IN_BRACKETS}\s?", re.I)


def split_grade(value: str) -> tuple[str, str | None] | None:
    """A cell or note holding a grade and perhaps its status ("1.0，完成", "0.3, half done"): the
    score as written and the status, or None."""
    m = _GRADE_ALONE_RE.fullmatch(value)
    return (m.group("v"), m.group("s")) if m else None


# A colon or an arrow after a wording that already gave its target and ends in a word: "Online
# bookings from 30% to 55% of all bookings: 0.3", "Same-day slot offered to 80% of callers → 1.0"
# (decision 5254). "Cart completion rate: 0.7" (no figure before) and "from 1.8 → 1.0" (a figure
# right before the arrow) keep the number as the key result's value.
_SEPARATOR_BEFORE = re.compile(r"(?<=[^\d\s.,])\s{0,2}(?:[:：]|→|->|=>)\s{0,2}$")


# A bare score set apart right before another one, "0.5 0.7", "0.3 / 0.7", "0.5，0.7", or with an
# arrow, "0.5 → 0.7", "0.5->0.7" (decision 6261; "from 0.5 → 0.7" is a target's change).
_SCORE_BEFORE = re.compile(
    r"(?<![\w.%％/])\s?(?P<v>0?\.\d{1,2}|1\.0{1,2})[ \t]{0,2}"
    r"(?:[,，、/;；|｜]|→|->|➝|⟶|=>)?[ \t]{0,2}$"
)
_CHANGE_FROM = re.compile(r"(?:(?<![A-Za-z])from|从|由)\s{0,2}$", re.I)


def _two_scores(text: str, at: int) -> re.Match[str] | None:
    """A bare score right before the one at `at` that is a grade too: wording before it, and
    neither a measure's value ("Cart completion rate 0.5 0.7") nor a change's start ("from 0.5
    → 0.7", "从0.5→0.7")."""
    two = _SCORE_BEFORE.search(text, max(0, at - 12), at)
    if (
        two is None
        or not text[: two.start()].strip()
        or is_value(text, two.start("v"))
        or _CHANGE_FROM.search(text, max(0, two.start("v") - 8), two.start("v"))
    ):
        return None
    return two


# A grade labelled by who gave it: a self-grade ("自评0.5", "self 0.5", "self-score: 0.5") or the
# manager's ("上级0.7", "主管评分0.7", "manager 0.7", "manager's grade 0.7"); the manager's is the
# grade of record (decision 6260).
_ROLE_GRADE = re.compile(
    r"(?:(?P<self>自评(?:分|得分)?|自我评分|(?<![A-Za-z])self(?:[- ]?(?:grade|graded|score|scored"
    r"|assessed|assessment|rating|review))?)|(?P<mgr>(?:上级|主管|经理|领导)(?:评分|打分|评)?|他评"
    r"|(?<![A-Za-z])manager(?:['’]s)?(?:[- ]?(?:grade|score|rating|review))?))"
    r"[ \t]?[:：=]?[ \t]?(?P<v>0?\.\d{1,2}|1\.0{1,2}|[01](?![\d.])|\d{1,3}[ \t]?[%％])(?![\d.])",
    re.I,
)
_ROLE_LOOK = re.compile(r"自评|自我|上级|主管|经理|领导|他评|self|manager", re.I)
_ROLE_REST = re.compile(rf"(?:{STATUS})|[（(\[【][^（）()\[\]【】]{{0,120}}[）)\]】]", re.I)


def _role_grades(text: str) -> list[re.Match[str]]:
    """The grades labelled by who gave them at the end of a key result ("西南区新签门店15家 自评0.5
    上级0.7", "Sign 15 stores — self 0.5, manager 0.7 done"), outside brackets ("0.7（自评0.5）" is
    a note); none when the wording goes on after them."""
    if _ROLE_LOOK.search(text) is None:
        return []
    inside = [(m.start(), m.end()) for m in _BRACKETED.finditer(text)]
    found = [
        m for m in _ROLE_GRADE.finditer(text) if not any(a <= m.start() < b for a, b in inside)
    ]
    if not found or not text[: found[0].start()].strip(" \t|｜,，;；:：—–-"):
        return []
    rest = _ROLE_REST.sub(" ", text[found[-1].end() :])
    if _WORDING_AFTER.search(rest) is not None:
        return []
    if len(found) > 2:
        return []
    if len(found) == 2:
        a, b = found
        if text[a.end() : b.start()].strip(" \t,，、/;；|｜") or bool(a.group("self")) == bool(
            b.group("self")
        ):
            return []
    return found


# A bare decimal from 1.1 to 1.99 closing the line, set apart by a blank, a dash or a colon.
_OVER_ONE = re.compile(
    r"(?<=[\s:：—–)）-])(?P<v>1\.(?:[1-9]\d?|0[1-9]))[ \t]{0,3}[。.]?[ \t]{0,3}$"
)
# The figures of a change or a target before it ("from 180 to 260", "从60%提升到85%").
_TARGET_FIGURE = re.compile(
    r"(?P<n>\d{1,3}(?:,\d{3}){1,4}|\d{1,9}(?:\.\d{1,3})?)(?P<pc>[ \t]?[%％])?"
)


def _over_one(text: str) -> re.Match[str] | None:
    """A grade above 1 written bare at the end ("… from 180 to 260 1.2", "…从60%提升到85% 1.2"):
    only after a target written with figures that cannot be the measure's value near 1.x (a
    percentage, or a figure above 10): "Defects per order from 2.5 to 1.0 — 1.2" is the value
    reached (decision 6385)."""
    m = _OVER_ONE.search(text)
    if m is None:
        return None
    target = TARGET_GIVEN.search(text, 0, m.start())
    if target is None:
        return None
    start = target.start()
    opens = [c.start() for c in _CHANGE_OPENS.finditer(text, 0, start)]
    if opens:
        start = opens[-1]  # the last "from"/"从" before the target opens the change
    figures = list(_TARGET_FIGURE.finditer(text, start, m.start()))
    if any(not f.group("pc") and float(f.group("n").replace(",", "")) <= 10 for f in figures):
        return None
    return m


_CHANGE_OPENS = re.compile(r"(?<![A-Za-z])from\b|从|由", re.I)


def _grade_after_target(text: str, at: int) -> bool:
    sep = _SEPARATOR_BEFORE.search(text, max(0, at - 8), at)
    return sep is not None and any(ch.isdigit() for ch in text[: sep.start()])


# A status set apart right before the score ("… 完成 0.3", "— done, 0.3"): a separator before it,
# nothing but separators after it; "项目完成 0.3" (glued to the wording) is no status.
_STATUS_BEFORE_RE = re.compile(
    rf"(?:^|(?<=[\s|｜,，;；:：—–-]))(?P<s>{STATUS})[\s|｜,，;；:：—–-]{{0,4}}$", re.I
)

_DATE_BEFORE = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$|[月第]\s*$", re.I
)


def _is_date_day(text: str, tail: re.Match[str]) -> bool:
    """'by September 1 done': the 1 is a day of the month, not a score."""
    return tail.group("v").strip() in ("0", "1") and bool(
        _DATE_BEFORE.search(text[: tail.start("v")])
    )


# The characters a status word ends in: a match of TRAIL_RE with a score or a status ends its
# text with one of these, a digit or a note's closing bracket, before the blanks and the one
# stop it may close with.
_STATUS_ENDS = frozenset(
    w[-1].lower() for part in (_DONE, _HALF, _NOT, _PROGRESS) for w in part.split("|")
)


def _may_close(text: str) -> bool:
    """Whether the text, its trailing blanks and one stop ("。", ".") left out, ends in a
    character a score, a status or a note can end in: where not (most key results), TRAIL_RE
    can only find an empty tail, and is not tried at every position (issue 13). A letter
    outside ASCII that case-folds (a sign that IGNORECASE may read as a status's letter) is
    searched as before."""
    t = text.rstrip()
    if t[-1:] in ("。", "."):
        t = t[:-1].rstrip()
    if not t:
        return False
    c = t[-1]
    if c.isdecimal() or c in ")）":
        return True
    if c.isascii():
        return c.lower() in _STATUS_ENDS
    return c in _STATUS_ENDS or c.lower() != c or c.upper() != c


def _tail(text: str) -> re.Match[str] | None:
    """The trailing score/status block, with at least some wording before it."""
    if not _may_close(text):
        return None
    m = TRAIL_RE.search(text)
    while m is not None and not (m.group("v") or m.group("s")):
        # An empty match at the end: look for a real one further left.
        if m.start() == 0:
            return None
        m = TRAIL_RE.search(text, m.start() + 1) if m.end() > m.start() + 1 else None
    if m is None or not text[: m.start()].strip():
        return None
    return m

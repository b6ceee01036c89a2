"""From pasted text (or structured JSON) to a `Draft` of objectives and key results.

The parser is line based. Each line is classified as an objective label (`O:`, `O1：`,
`Objective 2:`, `目标：`, `公司OKRs目标:` …), a KR label (`KR1:`, `Key Result 1:`, `关键结果：` …), a
list item (`1.`, `1、`, `（1）`, `-`, `*`, `•`), a Markdown heading, a blank, or other text.
Wrapped lines (a PDF or a chat window breaks long lines) are joined to the item they continue.
Annotations (owner, deadline, level, priority, metric, score, status) are read afterwards by
`coach.annotate`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coach.draft import Draft, Item
from coach.errors import InputError
from coach.text import bad_control_chars, cjk_count, detect_language

DEFAULT_MAX_CHARS = 20_000
DEFAULT_MAX_OBJECTIVES = 50

_COLON = r"[:：]"
_SEP = r"(?:[:：]|\s+[-–—]\s+|\s*[.、]\s*(?=\S))"
_BULLET = r"(?:[-*•·●▪◦+]\s+|\d{1,2}[.、．)](?!\d)\s*|[（(]\d{1,2}[）)]\s*)"

# An objective label. Level words before "OKR(s)目标" ("公司OKRs目标:", "营销部门OKRs目标:").
OBJECTIVE_RE = re.compile(
    rf"""^(?P<bullet>{_BULLET})?\**
    (?:
        (?P<prefix>[\u4e00-\u9fffA-Za-z]{{0,12}}?)\s*OKRs?\s*目标\s*(?P<n1>\d{{1,2}})?\s*{_COLON}
      | 目标\s*(?P<n2>\d{{1,2}})?\s*{_COLON}
      | (?:objective|obj)\s*\#?(?P<n3>\d{{1,2}})?\s*{_SEP}
      | O\s*(?P<n4>\d{{1,2}})?\s*(?:[:：]|\s+[-–—]\s+)
    )\**\s*""",
    re.IGNORECASE | re.VERBOSE,
)
KR_RE = re.compile(
    rf"""^(?P<bullet>{_BULLET})?\**
    (?:
        KR\s*\#?(?P<n1>\d{{1,2}})?\s*{_SEP}
      | key\s*results?\s*\#?(?P<n2>\d{{1,2}})?\s*{_SEP}
      | 关键结果\s*(?P<n3>\d{{1,2}})?\s*{_COLON}
      | (?P<o>O?\d{{1,2}})\.(?P<n4>\d{{1,2}})(?:\s*[:：]|\s+)(?=\S)
    )\**\s*""",
    re.IGNORECASE | re.VERBOSE,
)
LIST_RE = re.compile(
    r"^(?P<marker>[-*•·●▪◦+](?=\s)|\d{1,2}(?:[.、．)](?!\d)|[:：](?!\d))|[（(]\d{1,2}[）)]|[a-z][.)](?=\s))\s*"
)
HEADING_RE = re.compile(r"^(?P<hashes>#{1,6})\s+")
# A header row of a table template: "目标Object 关键结果key results".
TABLE_HEADER_RE = re.compile(r"^目标\s*object.*关键结果", re.IGNORECASE)
# A line that only carries a score and/or a status of the KR above it ("0.5", "完成一半").
SCORE_STATUS_LINE_RE = re.compile(
    r"^(?:(?:0?\.\d{1,2}|[01](?:\.0{1,2})?)\s*)?"
    r"(?:完成一半|完成一|未完成|已完成|完成|进行中|进展中|延期|done|in progress|at risk|on track|"
    r"not started|behind)?$",
    re.IGNORECASE,
)
_TERMINAL = "。.!！?？；;"


@dataclass
class _Line:
    text: str  # stripped
    start: int  # input offset of text[0]
    indent: int
    blank_before: bool


@dataclass
class _Builder:
    kind: str
    label: str
    number: int | None
    parts: list[tuple[str, int]]  # (text, input offset) pieces
    indent: int
    level_hint: str | None = None
    open_ended: bool = False  # last part looked cut off (for joining after a blank line)

    def add(self, text: str, start: int) -> None:
        self.parts.append((text, start))


def validate_text(
    text: object,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> str:
    if not isinstance(text, str):
        raise InputError("invalid_structure", f"expected text, got {type(text).__name__}")
    if len(text) > max_chars:
        from coach.errors import InputTooLarge

        raise InputTooLarge(
            "too_long",
            f"the draft has {len(text):,} characters; the limit is {max_chars:,}. "
            "Review one team's OKRs at a time.",
        )
    bad = bad_control_chars(text)
    if bad:
        pos = bad[0]
        raise InputError(
            "binary",
            f"the draft contains {len(bad)} control or binary character(s), the first "
            f"(U+{ord(text[pos]):04X}) at offset {pos}; paste plain text.",
        )
    if not text.strip():
        raise InputError(
            "empty",
            "the draft is empty. Paste an objective and its key results, e.g.\n"
            "O: Delight our customers this quarter\nKR1: Raise NPS from 30 to 45",
        )
    return text


def _split_lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    blank = False
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        if not stripped or stripped in {"\u3000"}:
            blank = True
        else:
            lead = len(body) - len(body.lstrip())
            indent = sum(4 if c == "\t" else (2 if c == "\u3000" else 1) for c in body[:lead])
            out.append(_Line(stripped, pos + lead, indent, blank))
            blank = False
        pos += len(raw)
    return out


def _num(m: re.Match[str], *groups: str) -> int | None:
    for g in groups:
        v = m.groupdict().get(g)
        if v:
            return int(v)
    return None


def _level_from_prefix(prefix: str) -> str | None:
    p = prefix.lower()
    if not p:
        return None
    if "公司" in p or "company" in p or "集团" in p:
        return "company"
    if "个人" in p or "personal" in p or p == "个":
        return "personal"
    return "team"


_LEVEL_WORDS = (
    (re.compile(r"公司|集团|company|corporate", re.I), "company"),
    (re.compile(r"个人|personal|individual|my okrs?", re.I), "personal"),
    (re.compile(r"部门|团队|小组|中心|team|department|squad|group", re.I), "team"),
)


def level_from_heading(text: str) -> str | None:
    for pattern, level in _LEVEL_WORDS:
        if pattern.search(text):
            return level
    return None


def _looks_cut_off(text: str) -> bool:
    """A line that ends mid-phrase: a digit, %, an open bracket, or a CJK char with no stop."""
    if not text:
        return False
    last = text[-1]
    if last in _TERMINAL:
        return False
    if text.count("（") > text.count("）") or text.count("(") > text.count(")"):
        return True
    return bool(last.isdigit() or last in "%％，,、" or cjk_count(last))


def parse_text(
    text: str,
    max_chars: int = DEFAULT_MAX_CHARS,
    max_objectives: int = DEFAULT_MAX_OBJECTIVES,
) -> Draft:
    """Parse pasted text into a Draft (without annotations; see `coach.annotate`)."""
    validate_text(text, max_chars)
    lines = _split_lines(text)
    labelled = any(OBJECTIVE_RE.match(ln.text) for ln in lines)
    builders: list[_Builder] = []
    headings: list[tuple[str, int, int]] = []
    pending_heading: tuple[str, int, int] | None = None
    pending_level: str | None = None
    current: _Builder | None = None
    list_indents: list[int] = []

    def start_item(kind: str, label: str, number: int | None, body: str, start: int, ind: int):
        nonlocal current, pending_level
        b = _Builder(
            kind, label, number, [], ind, level_hint=pending_level if kind == "objective" else None
        )
        if body:
            b.add(body, start)
        b.open_ended = _looks_cut_off(body)
        builders.append(b)
        current = b
        return b

    for idx, ln in enumerate(lines):
        t = ln.text
        hm = HEADING_RE.match(t)
        if hm:
            t_body = t[hm.end() :]
            body_start = ln.start + hm.end()
        else:
            t_body, body_start = t, ln.start
        if TABLE_HEADER_RE.match(t_body):
            current = None
            continue
        if current is not None and current.kind == "kr" and SCORE_STATUS_LINE_RE.match(t):
            current.add(t, ln.start)
            current.open_ended = bool(re.search(r"完成一$", t))
            continue
        om = OBJECTIVE_RE.match(t_body)
        km = None if om else KR_RE.match(t_body)
        if om:
            body = t_body[om.end() :]
            lvl = _level_from_prefix(om.group("prefix") or "")
            b = start_item(
                "objective",
                t_body[: om.end()].strip(),
                _num(om, "n1", "n2", "n3", "n4"),
                body.strip(),
                body_start + om.end() + (len(body) - len(body.lstrip())),
                ln.indent,
            )
            if lvl:
                b.level_hint = lvl
            list_indents = []
            continue
        if km:
            body = t_body[km.end() :]
            start_item(
                "kr",
                t_body[: km.end()].strip(),
                _num(km, "n1", "n2", "n3", "n4"),
                body.strip(),
                body_start + km.end() + (len(body) - len(body.lstrip())),
                ln.indent,
            )
            continue
        if hm:
            # A heading without a label: a title, a level ("## Team OKRs"), or, in an
            # unlabelled draft, an objective when list items follow.
            headings.append((t_body, body_start, body_start + len(t_body)))
            pending_heading = (t_body, body_start, body_start + len(t_body))
            pending_level = level_from_heading(t_body) or pending_level
            if not labelled and _next_is_list(lines, idx):
                start_item("objective", t[: hm.end()].strip(), None, t_body, body_start, ln.indent)
            else:
                current = None
            continue
        lm = LIST_RE.match(t)
        if lm:
            body = t[lm.end() :]
            bstart = ln.start + lm.end()
            marker = lm.group("marker")
            if not labelled:
                kind = _unlabelled_list_kind(builders, lines, idx, ln, marker, list_indents)
            else:
                kind = "kr"
            if kind == "objective":
                list_indents = [ln.indent]
            start_item(kind, marker, _marker_number(marker), body.strip(), bstart, ln.indent)
            continue
        # Other text: a continuation, a heading-like line, or prose.
        if current is not None and _continues(current, ln):
            current.add(t, ln.start)
            current.open_ended = _looks_cut_off(t)
            continue
        if not labelled and _next_is_list(lines, idx) and len(t) <= 120:
            start_item("objective", "", None, t, ln.start, ln.indent)
            list_indents = []
            continue
        # A line standing alone: a department or level heading ("客户服务部门"), or prose.
        headings.append((t, ln.start, ln.start + len(t)))
        lvl = level_from_heading(t)
        if lvl and len(t) <= 30:
            pending_level = lvl
        current = None
    del pending_heading
    return _assemble(text, builders, headings, max_objectives)


def _marker_number(marker: str) -> int | None:
    m = re.search(r"\d+", marker)
    return int(m.group()) if m else None


def _next_is_list(lines: list[_Line], idx: int) -> bool:
    for nxt in lines[idx + 1 : idx + 2]:
        return bool(LIST_RE.match(nxt.text) or KR_RE.match(nxt.text))
    return False


def _unlabelled_list_kind(
    builders: list[_Builder],
    lines: list[_Line],
    idx: int,
    ln: _Line,
    marker: str,
    list_indents: list[int],
) -> str:
    """In a draft without O/KR labels, is this list item an objective or a KR?

    Nested lists: the outer level holds objectives. A numbered list that starts again at 1
    right after an item numbered 1 ("1：完成季度招聘任务" then "1：完成季度招聘任务10人") makes the
    first item the objective (the internet-company template in the seed).
    """
    objectives = [b for b in builders if b.kind == "objective"]
    if objectives and ln.indent > objectives[-1].indent:
        return "kr"
    nxt = lines[idx + 1] if idx + 1 < len(lines) else None
    nm = LIST_RE.match(nxt.text) if nxt else None
    if nxt is not None and nm and nxt.indent > ln.indent:
        return "objective"
    number = _marker_number(marker)
    if nm and number == 1 and _marker_number(nm.group("marker")) == 1 and nxt.indent == ln.indent:
        return "objective"
    if not objectives:
        return "objective" if number is None and nxt is not None and nm is None else "kr"
    return "kr"


def _continues(current: _Builder, ln: _Line) -> bool:
    if not current.parts:
        return not ln.blank_before
    if not ln.blank_before:
        return True
    # After a blank line only a short piece of a cut-off line continues it (PDF extraction
    # breaks "覆盖至少70%" / "以上人员" this way).
    return current.open_ended and len(ln.text) <= 20 and not ln.text[0].isupper()


def _join(parts: list[tuple[str, int]], end_fallback: int) -> tuple[str, list[int]]:
    text = ""
    offsets: list[int] = []
    for i, (piece, start) in enumerate(parts):
        if i > 0:
            prev = text[-1] if text else ""
            nxt = piece[0] if piece else ""
            # Join Chinese pieces directly; put a space between Latin words.
            if not (cjk_count(prev) or cjk_count(nxt) or prev in "（(/" or nxt in "）)/，,"):
                text += " "
                offsets.append(offsets[-1] + 1 if offsets else start)
            elif prev.isdigit() and nxt.isdigit():
                text += " "
                offsets.append(offsets[-1] + 1)
        text += piece
        offsets.extend(range(start, start + len(piece)))
    offsets.append(offsets[-1] + 1 if offsets else end_fallback)
    return text, offsets


def _assemble(
    text: str, builders: list[_Builder], headings: list[tuple[str, int, int]], max_objectives: int
) -> Draft:
    objectives: list[Item] = []
    orphans = 0
    for b in builders:
        if not b.parts:
            if b.kind == "kr" and not objectives:
                orphans += 1
            # An empty label still is an item: "KR2:" with nothing after it.
            b.parts = [("", len(text))]
        joined, offsets = _join(b.parts, len(text))
        if not joined:
            offsets = [b.parts[0][1]]
        if b.kind == "objective":
            o = Item(
                kind="objective",
                id=f"o{len(objectives) + 1}",
                text=joined,
                offsets=offsets,
                language=detect_language(joined, "zh" if cjk_count(text) else "en"),
                label=b.label,
                level=b.level_hint,
            )
            objectives.append(o)
        else:
            if not objectives:
                orphans += 1
                continue
            o = objectives[-1]
            kr = Item(
                kind="kr",
                id=f"{o.id}.kr{len(o.key_results) + 1}",
                text=joined,
                offsets=offsets,
                language=detect_language(joined, o.language),
                label=b.label,
                objective=o,
            )
            o.key_results.append(kr)
    if not objectives:
        hint = (
            f"I found {orphans} key result(s) but no objective above them. "
            if orphans
            else "I could not find an objective. "
        )
        raise InputError(
            "no_objective",
            hint + "Start each objective on its own line with 'O:', 'Objective:' or '目标：', "
            "and its key results with 'KR1:' or '关键结果1：', e.g.\n"
            "目标：本季度让客户爱上我们的服务\n关键结果1：NPS 从 30 提升到 45",
        )
    if len(objectives) > max_objectives:
        from coach.errors import InputTooLarge

        raise InputTooLarge(
            "too_many_objectives",
            f"the draft has {len(objectives)} objectives; the limit is {max_objectives}.",
        )
    lang_weight = {"zh": 0, "en": 0}
    for o in objectives:
        for it in [o, *o.key_results]:
            lang_weight[it.language] += max(1, len(it.text))
    language = "zh" if lang_weight["zh"] >= lang_weight["en"] else "en"
    return Draft(text=text, objectives=objectives, language=language, headings=headings)

"""Turn a `Review` into what a person reads: terminal text, or Markdown for an issue or PR.

The JSON form is the Review itself (`review.model_dump_json`); this module only draws.
Findings point into the source the way compilers do: `LINE:COL severity rule-id message`,
the source line, and the span underlined with `^`. Columns on screen are not code points:
CJK characters and most emoji take two terminal cells, combining marks none, so the
underline is measured with `unicodedata.east_asian_width`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.types import Check, Finding, KeyResult, Objective, Review, Suggestion

TAB_WIDTH = 4

# Labels the renderer writes itself, in the review's UI language.
LABELS: dict[str, dict[str, str]] = {
    "en": {
        "colon": ": ",
        "paren": " ({})",
        "objective": "Objective",
        "kr": "KR",
        "score": "score",
        "why": "why",
        "suggestion": "suggestion",
        "example": "a good one like it",
        "fill": "fill in",
        "same": "the same as above",
        "same_as": "the same as {rule}'s above",
        "set": "Whole draft",
        "summary": "{n} objective(s), {k} key result(s): {e} error(s), {w} warning(s), "
        "{i} info; score {s}/100",
        "findings": "Findings",
        "checklist": "Checklist",
        "principle": "Principle",
        "rule": "Rule",
        "status": "Status",
        "no_findings": "No findings.",
        "line": "line",
        "title": "OKR review",
        "pass": "pass",
        "fail": "fail",
        "unknown": "unknown",
        "not_checked": "not checked",
        "said_on": "said on {item}",
        "off_by_default": "Not checked (off by default, too many false alarms on real drafts): "
        "{rules}. Select a rule to check it.",
        "passed": "{n} principle(s) hold",
        "how_scored": "How the score was computed",
        "note": "Note",
        "score_formula": "mean of the objectives {m}, whole-draft deductions {d} points → {s} ({b})",
        "below_100": "; any finding keeps it below 100",
        "core": " (core failure)",
        "core_said_by": " (core failure, said in {rule}'s finding)",
        "core_line": "score: −{points}, a core failure: {what} is not an OKR yet, whatever else holds",
        "core_what_objective": "this objective",
        "core_what_kr": "this key result",
        "band_good": "good",
        "band_fair": "fair",
        "band_poor": "poor",
        "sev_error": "error",
        "sev_warning": "warning",
        "sev_info": "info",
    },
    "zh": {
        "colon": "：",
        "paren": "（{}）",
        "objective": "目标",
        "kr": "关键结果",
        "score": "得分",
        "why": "原因",
        "suggestion": "建议",
        "example": "类似的好例子",
        "fill": "待填写",
        "same": "同上",
        "same_as": "同上方 {rule} 的建议",
        "set": "整体",
        "summary": "{n} 个目标，{k} 个关键结果：{e} 个错误，{w} 个警告，{i} 个提示；得分 {s}/100",
        "findings": "问题",
        "checklist": "检查清单",
        "principle": "原则",
        "rule": "规则",
        "status": "状态",
        "no_findings": "没有发现问题。",
        "line": "行",
        "title": "OKR 评审",
        "pass": "通过",
        "fail": "未通过",
        "unknown": "无法判断",
        "not_checked": "未检查",
        "said_on": "见 {item}",
        "off_by_default": "未检查（默认关闭，在真实草稿上误报太多）：{rules}。要检查，请选择该规则。",
        "passed": "{n} 条原则通过",
        "how_scored": "得分如何计算",
        "note": "注意",
        "score_formula": "各目标平均分 {m}，整体扣 {d} 分 → {s}（{b}）",
        "below_100": "；有任何问题时最高 99",
        "core": "（核心问题）",
        "core_said_by": "（核心问题，由 {rule} 那一条一并说明）",
        "core_line": "得分：扣 {points} 分，核心问题：{what}还算不上OKR，其他方面再好也一样",
        "core_what_objective": "这个目标",
        "core_what_kr": "这个关键结果",
        "band_good": "良好",
        "band_fair": "尚可",
        "band_poor": "较差",
        "sev_error": "错误",
        "sev_warning": "警告",
        "sev_info": "提示",
    },
}

UNICODE_MARKS = {"pass": "✓", "fail": "✗", "unknown": "?"}
ASCII_MARKS = {"pass": "+", "fail": "x", "unknown": "?"}

_ANSI = {
    "error": "\x1b[1;31m",
    "warning": "\x1b[1;33m",
    "info": "\x1b[1;36m",
    "pass": "\x1b[32m",
    "fail": "\x1b[31m",
    "unknown": "\x1b[90m",
    "bold": "\x1b[1m",
    "dim": "\x1b[2m",
    "caret": "\x1b[1;31m",
}
_RESET = "\x1b[0m"


# -- display width ------------------------------------------------------------------------------
def char_width(ch: str) -> int:
    """Terminal cells one code point takes: 2 for wide/full-width, 0 for marks, else 1."""
    if ch == "\t":
        return TAB_WIDTH
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str) -> int:
    return sum(char_width(c) for c in text)


def _display_line(line: str) -> str:
    # Tabs count as TAB_WIDTH cells in the underline, so draw them as that many spaces.
    return line.replace("\t", " " * TAB_WIDTH)


# -- positions ----------------------------------------------------------------------------------
class SourceLines:
    """Line lookup for code-point offsets. Splits lines the way the parser does
    (`str.splitlines`), so line numbers agree with the spans."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.starts: list[int] = []
        self.lines: list[str] = []
        pos = 0
        for raw in source.splitlines(keepends=True):
            self.starts.append(pos)
            self.lines.append(raw.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"))
            pos += len(raw)
        if not self.lines:
            self.starts.append(0)
            self.lines.append("")

    def locate(self, offset: int) -> tuple[int, int]:
        """(line, column), both 1-based; the column counts code points."""
        import bisect

        offset = max(0, min(offset, len(self.source)))
        i = max(0, bisect.bisect_right(self.starts, offset) - 1)
        return i + 1, offset - self.starts[i] + 1

    def where(self, offset: int) -> str:
        """The position as it is printed: 'line:column'."""
        line, col = self.locate(offset)
        return f"{self.number(line)}:{col}"

    def number(self, line: int) -> int:
        """The line number shown for `line` of the source."""
        return line

    def excerpt(self, start: int, end: int, max_lines: int = 3) -> list[tuple[int, str, str]]:
        """For each source line the span touches: (line number, line, underline)."""
        first, _ = self.locate(start)
        last, _ = self.locate(max(start, end - 1) if end > start else start)
        out: list[tuple[int, str, str]] = []
        for n in range(first, min(last, first + max_lines - 1) + 1):
            line = self.lines[n - 1]
            ls = self.starts[n - 1]
            s = max(start, ls) - ls
            e = min(end, ls + len(line)) - ls
            out.append((n, line, underline(line, s, e)))
        return out


# Where a line of a text made from a table (.csv, .xlsx) comes from in that file: the file's line
# (a spreadsheet's row) and, for each cell the line shows, where the cell's text starts on the
# line (0-based) and the file's column where it starts (1-based); None for a line that shows no
# cell (a blank line, a made-up title). Blank rows of the file are counted (tester34, tester35).
TableLine = tuple[int, tuple[tuple[int, int], ...]] | None


def table_position(place: tuple[int, tuple[tuple[int, int], ...]], column: int) -> tuple[int, int]:
    """The file's (line, column) of `column` (1-based) on a line that `place` maps."""
    row, cells = place
    lead, start = next(((c, s) for c, s in reversed(cells) if c <= column - 1), cells[0])
    return row, start + max(0, column - 1 - lead)


class TableLines(SourceLines):
    """Line lookup for a table read from a file and shown as text (the tab-separated rows
    `review x.csv` reads, the Markdown `grade x.csv` reads): positions and an excerpt's line
    numbers are the file's own."""

    def __init__(self, source: str, table: list[TableLine]) -> None:
        super().__init__(source)
        self.table = table

    def place(self, line: int) -> TableLine:
        return self.table[line - 1] if 0 < line <= len(self.table) else None

    def where(self, offset: int) -> str:
        line, col = self.locate(offset)
        place = self.place(line)
        if place is None or not place[1]:
            return f"{line}:{col}"
        row, column = table_position(place, col)
        return f"{row}:{column}"

    def number(self, line: int) -> int:
        place = self.place(line)
        return place[0] if place is not None else line


def underline(line: str, start: int, end: int) -> str:
    """Spaces up to column `start`, then `^` under line[start:end] (at least one)."""
    start = max(0, min(start, len(line)))
    end = max(start, min(end, len(line)))
    pad = display_width(line[:start])
    width = max(1, display_width(line[start:end]))
    return " " * pad + "^" * width


# -- text output --------------------------------------------------------------------------------
@dataclass
class TextStyle:
    color: bool = False
    unicode: bool = True
    explain: bool = True
    # Every principle of the checklist, or (default) only the failed/unknown ones and a count.
    full_checklist: bool = False

    def paint(self, text: str, kind: str) -> str:
        if not self.color or kind not in _ANSI:
            return text
        return f"{_ANSI[kind]}{text}{_RESET}"

    def mark(self, status: str) -> str:
        marks = UNICODE_MARKS if self.unicode else ASCII_MARKS
        return self.paint(marks.get(status, "?"), status)


def can_encode(encoding: str | None, sample: str = "✓✗") -> bool:
    """Whether a stream with this encoding can show `sample`; None (an in-memory text
    stream such as StringIO) holds any text."""
    if encoding is None:
        return True
    try:
        sample.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def counts(review: Review) -> dict[str, int]:
    c = {"error": 0, "warning": 0, "info": 0}
    for f in review.findings:
        c[f.severity] += 1
    return c


def summary_line(review: Review) -> str:
    c = counts(review)
    labels = LABELS[review.ui_language]
    return labels["summary"].format(
        n=len(review.objectives),
        k=sum(len(o.key_results) for o in review.objectives),
        e=c["error"],
        w=c["warning"],
        i=c["info"],
        s=review.score,
    )


def _band(band: str | None, labels: dict[str, str], form: str) -> str:
    return "" if band is None else form.format(labels[f"band_{band}"])


def score_lines(review: Review) -> list[str]:
    """How the score was computed, one line per deduction and the formula (empty when nothing
    was deducted)."""
    b = review.score_breakdown
    if b is None or not b.deductions:
        return []
    labels = LABELS[review.ui_language]
    out = []
    for d in b.deductions:
        times = f" ×{d.count}" if d.count > 1 else ""
        core = labels["core"] if d.core else ""
        if d.core and d.said_by:
            # a core failure with no finding of its own (decision 5644)
            core = labels["core_said_by"].format(rule=d.said_by)
        out.append(f"{d.target} −{d.points} {d.rule_id}{times}{core}")
    # Why an objective can score 0 above key results of 60 and more (decision 426).
    out.extend(o.why for o in b.objectives if o.why and o.deducted)
    from coach.scoring import LEGEND

    out.append(LEGEND[review.ui_language])
    formula = labels["score_formula"].format(
        m=f"{b.objectives_mean:g}",
        d=b.set_deduction,
        s=b.score,
        b=labels[f"band_{b.band}"],
    )
    if b.score == 99 and b.objectives_mean >= 99.5 and not b.set_deduction:
        # "mean 99.5 … → 99" read as a rounding slip: the cap is why (tester44, decision 6471)
        formula += labels["below_100"]
    out.append(formula)
    return out


def core_points(review: Review) -> dict[tuple[str, str], int]:
    """The points of each core failure a finding of its own says, by (target, rule id): the
    finding's severity word alone ("warning") does not say why it costs 40 (tester44, decision
    6465). A core failure another finding says (`said_by`) is named in that one's message."""
    b = review.score_breakdown
    if b is None:
        return {}
    return {(d.target, d.rule_id): d.points for d in b.deductions if d.core and d.said_by is None}


def core_line(f: Finding, core: dict[tuple[str, str], int] | None, labels: dict[str, str]) -> str:
    """ "score: −40, a core failure: …" for a finding the score charges as a core failure, else ""
    (a model finding is never one: decision 1428)."""
    points = (core or {}).get((f.target, f.rule_id)) if f.source == "rule" else None
    if points is None:
        return ""
    what = labels["core_what_kr" if ".kr" in f.target else "core_what_objective"]
    return labels["core_line"].format(points=points, what=what)


def _findings_by_target(review: Review) -> dict[str, list[Finding]]:
    by: dict[str, list[Finding]] = {}
    for f in review.findings:
        by.setdefault(f.target, []).append(f)
    return by


def render_text(
    review: Review,
    source: str,
    style: TextStyle | None = None,
    lines: SourceLines | None = None,
) -> str:
    """The terminal report: each objective and KR with its checklist and findings. `lines`
    gives the positions when they are not the source's own (a .csv file's rows)."""
    style = style or TextStyle()
    labels = LABELS[review.ui_language]
    lines = lines or SourceLines(source)
    by_target = _findings_by_target(review)
    core = core_points(review)
    item_ids: set[str] = set()
    out: list[str] = [
        style.paint(f"{labels['note']}{labels['colon']}", "warning") + w.message
        for w in review.warnings
    ]
    if out:
        out.append("")
    for o in review.objectives:
        item_ids.add(o.id)
        head = f"{o.id.upper()} {labels['objective']}{labels['colon']}{o.text}"
        band = _band(o.band, labels, " · {}")
        out.append(style.paint(head, "bold") + f"  [{labels['score']} {o.score}{band}]")
        out.extend(_checklist(o.checks, "  ", style, labels))
        out.extend(text_findings(by_target.get(o.id, []), lines, "  ", style, labels, core))
        for kr in o.key_results:
            item_ids.add(kr.id)
            out.append(f"  {kr.id} {labels['kr']}{labels['colon']}{kr.text}")
            out.extend(_checklist(kr.checks, "    ", style, labels))
            out.extend(text_findings(by_target.get(kr.id, []), lines, "    ", style, labels, core))
        out.append("")
    rest = [f for t, fs in by_target.items() if t not in item_ids for f in fs]
    if rest:
        out.append(style.paint(labels["set"], "bold"))
        out.extend(text_findings(rest, lines, "  ", style, labels, core))
        out.append("")
    how = score_lines(review)
    if how:
        out.append(style.paint(labels["how_scored"], "bold"))
        out.extend(f"  {line}" for line in how)
        out.append("")
    unchecked = not_checked_line(review)
    if unchecked:
        out.append(unchecked)
    out.append(summary_line(review))
    return "\n".join(out) + "\n"


def not_checked_line(review: Review) -> str:
    """One line naming the principles no item was checked against (rules off by default,
    decision 506), or "" when every principle was checked."""
    seen: dict[str, str] = {}
    for o in review.objectives:
        for c in [*o.checks, *(c for kr in o.key_results for c in kr.checks)]:
            if c.reason is not None:
                seen.setdefault(c.rule_id, c.principle)
    if not seen:
        return ""
    labels = LABELS[review.ui_language]
    sep = "；" if review.ui_language == "zh" else "; "
    form = "{}（{}）" if review.ui_language == "zh" else "{} ({})"
    rules = sep.join(form.format(p, rid) for rid, p in seen.items())
    return labels["off_by_default"].format(rules=rules)


def said_on(item_id: str, labels: dict[str, str]) -> str:
    """Where a failed principle's finding is said when it is said once on another item
    (decision 1726): "said on O2", the item named as its heading names it."""
    shown = item_id.upper() if "." not in item_id else item_id
    return labels["said_on"].format(item=shown)


def _checklist(
    checks: Iterable[Check], indent: str, style: TextStyle, labels: dict[str, str]
) -> list[str]:
    checks = list(checks)
    # A principle not checked (its rule is off by default) is listed in the full checklist;
    # the short one says it once for the whole report (not_checked_line), not on every item.
    shown = (
        checks
        if style.full_checklist
        else [c for c in checks if c.status != "pass" and c.reason is None]
    )
    out = [
        f"{indent}{style.mark(c.status)} {c.principle}  {style.paint(c.rule_id, 'dim')}"
        + (f"  [{labels['not_checked']}]" if c.reason else "")
        + (f"  [{said_on(c.said_on, labels)}]" if c.said_on else "")
        for c in shown
    ]
    passed = sum(c.status == "pass" for c in checks)
    if passed and not style.full_checklist:
        out.insert(0, f"{indent}{style.mark('pass')} {labels['passed'].format(n=passed)}")
    return out


def text_findings(
    findings: list[Finding],
    lines: SourceLines,
    indent: str,
    style: TextStyle,
    labels: dict[str, str],
    core: dict[tuple[str, str], int] | None = None,
) -> list[str]:
    """`core`: the review's core failures (core_points), said under their findings."""
    out: list[str] = []
    shown: dict[tuple[str, str], str] = {}
    last: list[tuple[str, str]] = []
    for f in findings:
        # the severity in the interface's words ("8:4 错误 kr-is-task …"), coloured by its id
        sev = style.paint(labels[f"sev_{f.severity}"], f.severity)
        # A model finding's message says so; its probability stays in the JSON (`confidence`).
        out.append(f"{indent}{lines.where(f.span.start)} {sev} {f.rule_id} {f.message}")
        excerpt = [
            (lines.number(n), line, marks)
            for n, line, marks in lines.excerpt(f.span.start, f.span.end)
        ]
        gutter = max(len(str(n)) for n, _, _ in excerpt)
        for n, line, marks in excerpt:
            out.append(f"{indent}  {n:>{gutter}} | {_display_line(line)}")
            out.append(f"{indent}  {'':>{gutter}} | {style.paint(marks, 'caret')}")
        said = core_line(f, core, labels)
        if said:
            out.append(f"{indent}  {style.paint(said, f.severity)}")
        if style.explain and f.explanation:
            out.append(f"{indent}  {labels['why']}{labels['colon']}{f.explanation}")
        for s in f.suggestions:
            same = _same_as(s, f, shown, last, labels)
            if same:
                out.append(f"{indent}  {labels['suggestion']}{labels['colon']}{same}")
                continue
            out.extend(_text_suggestion(s, indent + "  ", labels))
    return out


def _same_as(
    s: Suggestion,
    f: Finding,
    shown: dict[tuple[str, str], str],
    last: list[tuple[str, str]],
    labels: dict[str, str],
) -> str:
    """The words that refer to a rewrite already shown for the same item (two findings on one
    item often share it: "Reduce cost per lead" is both unquantified and vague), or "" when it
    is new and is to be printed. It is "the same as above" only when the suggestion printed
    just before is that rewrite; otherwise it names the rule that showed it: a finding's second
    suggestion printed as "同上" under its own first one said the wrong thing (tester16 L11;
    decision 1297). Examples are never shared this way."""
    if s.kind == "example":
        last.clear()
        return ""
    key = (f.target, s.text)
    first = shown.get(key)
    if first is None:
        shown[key] = f.rule_id
        last[:] = [key]
        return ""
    if last == [key]:
        return labels["same"]
    last[:] = [key]
    return labels["same_as"].format(rule=first)


def shown_placeholders(s: Suggestion) -> list[str]:
    """The suggestion's placeholders that its shown text holds: a line the fix adds elsewhere
    ("提高中考成绩（从[基线]到[目标值]）" below an objective's question) is not shown with it, so
    its blanks are not listed under text that has none (tester 7; decision 427)."""
    return [p for p in s.placeholders if p in s.text]


def _text_suggestion(s: Suggestion, indent: str, labels: dict[str, str]) -> list[str]:
    text_lines = s.text.split("\n")
    head = f"{labels['example' if s.kind == 'example' else 'suggestion']}{labels['colon']}"
    if not s.text.strip() and s.note:
        return [f"{indent}{head}{s.note}"]  # a deletion: what applying it does (decision 5425)
    out = [f"{indent}{head}{text_lines[0]}"]
    pad = " " * display_width(head)
    out.extend(f"{indent}{pad}{t}" for t in text_lines[1:])
    blanks = shown_placeholders(s)
    if blanks:
        out.append(f"{indent}{pad}{labels['fill']}{labels['colon']}{', '.join(blanks)}")
    if s.note:
        out.append(f"{indent}{pad}{s.note}")  # the coach's question, or what moved where
    return out


# -- Markdown output ----------------------------------------------------------------------------
_MD_SPECIAL = "\\`*_[]<>|#"


def md_escape(text: str) -> str:
    """Escape Markdown punctuation in running text (and newlines, which break tables)."""
    out = "".join("\\" + c if c in _MD_SPECIAL else c for c in text)
    return out.replace("\n", " ")


def md_code(text: str) -> str:
    """`text` as an inline code span; longer fences when the text itself has backticks."""
    text = text.replace("\n", " ⏎ ")
    longest = 0
    current = 0
    for c in text:
        current = current + 1 if c == "`" else 0
        longest = max(longest, current)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


_MD_STATUS = {"pass": "✅", "fail": "❌", "unknown": "❔"}


def render_markdown(review: Review, source: str, lines: SourceLines | None = None) -> str:
    """A report to paste into an issue or pull request (`lines` as for render_text)."""
    labels = LABELS[review.ui_language]
    lines = lines or SourceLines(source)
    by_target = _findings_by_target(review)
    core = core_points(review)
    c = counts(review)
    out = [
        # a Chinese report in Chinese punctuation, as its last line's "→ 83（尚可）" (tester41)
        f"## {labels['title']}{labels['colon']}{review.score}/100"
        f"{_band(review.band, labels, labels['paren'])}",
        "",
        summary_line(review),
        "",
    ]
    for w in review.warnings:  # before the items: what the reader should know of them all
        out += [f"> **{labels['note']}{labels['colon']}**{md_escape(w.message)}", ""]
    item_ids: set[str] = set()
    for o in review.objectives:
        item_ids.add(o.id)
        scored = labels["paren"].format(f"{labels['score']} {o.score}/100")
        out.append(f"### {o.id.upper()} · {md_escape(o.text)}{scored}")
        out.append("")
        out.extend(_md_item(o, by_target.get(o.id, []), lines, labels, core))
        for kr in o.key_results:
            item_ids.add(kr.id)
            out.append(f"#### {kr.id} · {md_escape(kr.text)}")
            out.append("")
            out.extend(_md_item(kr, by_target.get(kr.id, []), lines, labels, core))
    rest = [f for t, fs in by_target.items() if t not in item_ids for f in fs]
    if rest:
        out.append(f"### {labels['set']}")
        out.append("")
        out.extend(md_findings(rest, lines, labels, core))
        out.append("")
    how = score_lines(review)
    if how:
        out += [f"### {labels['how_scored']}", ""]
        out.extend(f"- {md_escape(line)}" for line in how)
        out.append("")
    if not any(c.values()):
        out.append(labels["no_findings"])
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _md_item(
    item: Objective | KeyResult,
    findings: list[Finding],
    lines: SourceLines,
    labels: dict[str, str],
    core: dict[tuple[str, str], int] | None = None,
) -> list[str]:
    out: list[str] = []
    if item.checks:
        out.append(f"| {labels['status']} | {labels['principle']} | {labels['rule']} |")
        out.append("|---|---|---|")
        for ch in item.checks:
            said = labels["not_checked"] if ch.reason else labels[ch.status]
            if ch.said_on:
                said += f" ({said_on(ch.said_on, labels)})"
            status = f"{_MD_STATUS[ch.status]} {said}"
            out.append(f"| {status} | {md_escape(ch.principle)} | {md_code(ch.rule_id)} |")
        out.append("")
    if findings:
        out.extend(md_findings(findings, lines, labels, core))
        out.append("")
    return out


def md_findings(
    findings: list[Finding],
    lines: SourceLines,
    labels: dict[str, str],
    core: dict[tuple[str, str], int] | None = None,
) -> list[str]:
    out: list[str] = []
    shown: dict[tuple[str, str], str] = {}
    last: list[tuple[str, str]] = []
    for f in findings:
        quoted = lines.source[f.span.start : f.span.end]
        where = f"{labels['line']} {lines.where(f.span.start)}"
        out.append(
            f"- **{labels[f'sev_{f.severity}']}** {md_code(f.rule_id)} ({where}): {md_escape(f.message)}"
        )
        if quoted.strip():
            out.append(f"  - {md_code(quoted)}")
        said = core_line(f, core, labels)
        if said:
            out.append(f"  - **{md_escape(said)}**")
        if f.explanation:
            out.append(f"  - {labels['why']}: {md_escape(f.explanation)}")
        for s in f.suggestions:
            same = _same_as(s, f, shown, last, labels)
            if same:
                out.append(f"  - {labels['suggestion']}: {same}")
                continue
            fill = ""
            blanks = shown_placeholders(s)
            if blanks:
                fill = f" ({labels['fill']}: {', '.join(md_code(p) for p in blanks)})"
            label = labels["example" if s.kind == "example" else "suggestion"]
            note = f" {md_escape(s.note)}" if s.note else ""
            if not s.text.strip() and s.note:
                out.append(f"  - {label}: {md_escape(s.note)}")  # a deletion (decision 5425)
                continue
            out.append(f"  - {label}: {md_code(s.text)}{fill}{note}")
    return out

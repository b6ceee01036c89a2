"""Terminal text and Markdown for the grading, check-in and tree reports (JSON is the report
itself). Findings are drawn exactly as the review draws them (`coach.render`)."""

from __future__ import annotations

from coach.cycle.common import fmt
from coach.cycle.types import CheckinReport, Document, GradeReport, TreeReport
from coach.render import (
    LABELS,
    SourceLines,
    TableLine,
    TableLines,
    TextStyle,
    md_escape,
    md_findings,
    table_position,
    text_findings,
)

_T = {
    "zh": {
        "grade": "得分",
        "graded": "个关键结果有分数",
        "set": "整体",
        "colon": "：",
        "semi": "；",
        "paren": "（{}）",
        "table": "| 编号 | 关键结果 | 得分 | 状态 |",
        "findings": "问题",
        "summary": "摘要",
        "tasks": "本周关注的任务",
        "plan": "未来四周的计划",
        "confidence": "OKR当前的状态（信心指数）",
        "indicators": "其他状态指标",
        "krs": "关键结果的安排",
        "none": "（没有）",
        "unlinked": "未对应到关键结果",
        "nearest": "按意思最接近",
        "objective_only": "对应目标，未对应到某个关键结果",
        "this_week": "本周",
        "next": "未来四周",
        "idle": "没有安排",
        "was": "上周",
        "off_scale": "超出0到10的范围",
        "off_unit": "超出0到1的范围",
        "counts_as": "按{}计",
        "self": "（自评{}）",
        "because": "原因",
        "no_color": "无颜色",
        "stated": "写明",
        "lexical": "共同的词",
        "semantic": "按意思",
        "inferred": "推断",
        "orphans": "孤立的目标（看不出支撑上级的哪个目标）",
        "unplaced": "未标层级的目标",
        "loose": "找不到上级的目标（没有写明，也推断不出）",
        "factors": "无法达成目标的5个关键因素",
        "company": "公司",
        "team": "团队",
        "personal": "个人",
    },
    "en": {
        "grade": "grade",
        "graded": "key result(s) graded",
        "set": "Overall",
        "colon": ": ",
        "semi": "; ",
        "paren": " ({})",
        "table": "| id | KR | score | status |",
        "findings": "Findings",
        "summary": "Summary",
        "tasks": "This week's priority tasks",
        "plan": "Next four weeks",
        "confidence": "OKR status (confidence)",
        "indicators": "Other status indicators",
        "krs": "Key results and their work",
        "none": "(none)",
        "unlinked": "not linked to a key result",
        "nearest": "nearest by meaning",
        "objective_only": "serves the objective, no one key result",
        "this_week": "this week",
        "next": "next four weeks",
        "idle": "nothing planned",
        "was": "was",
        "off_scale": "outside 0 to 10",
        "off_unit": "outside 0 to 1",
        "counts_as": "counts as {}",
        "self": " (self {})",
        "because": "because",
        "no_color": "no colour",
        "stated": "stated",
        "lexical": "shared words",
        "semantic": "by meaning",
        "inferred": "inferred",
        "orphans": "Orphans (support nothing above them)",
        "unplaced": "Objectives without a level",
        "loose": "No parent found (none stated, none inferred)",
        "factors": "The five reasons objectives fail",
        "company": "company",
        "team": "team",
        "personal": "personal",
    },
}
_COLOR = {"green": "🟢", "yellow": "🟡", "red": "🔴"}
_ARROW = {"up": "↑", "down": "↓", "same": "→"}
_MARK = {"pass": ("✓", "+"), "fail": ("✗", "x"), "unknown": ("?", "?")}


class FileLines(SourceLines):
    """Line lookup for `tree`'s several files joined under headings: a position is printed in
    its own file ('team.md:3:7') and an excerpt's line numbers are the file's (tester33)."""

    def __init__(self, source: str, documents: list[Document]) -> None:
        super().__init__(source)
        self.documents = documents
        # each file's first line of its own text, as a line of the joined source
        self.text_lines = [self.locate(d.text_start)[0] for d in documents]

    def _document(self, offset: int) -> int:
        return max((i for i, d in enumerate(self.documents) if d.start <= offset), default=0)

    def where(self, offset: int) -> str:
        i = self._document(offset)
        line, col = self.locate(offset)
        cell = self._cell(i, line)
        if cell is not None:  # a table's row and the column in it (tester34)
            row, column = table_position(cell, col)
            return f"{self.documents[i].name}:{row}:{column}"
        return f"{self.documents[i].name}:{self._in_file(i, line)}:{col}"

    def number(self, line: int) -> int:
        i = self._document(self.starts[line - 1])
        cell = self._cell(i, line)
        return cell[0] if cell is not None else self._in_file(i, line)

    def _in_file(self, i: int, line: int) -> int:
        return max(1, line - self.text_lines[i] + self.documents[i].first_line)

    def _cell(self, i: int, line: int) -> TableLine:
        """For a table converted to Markdown: where `line` comes from in the file."""
        table = self.documents[i].table_lines
        k = line - self.text_lines[i]
        return table[k] if table is not None and 0 <= k < len(table) else None


def source_lines(report, source: str) -> SourceLines:
    """The joined files of a tree report (or one table) as FileLines; a table `grade` read
    (`report.table_lines`) as TableLines; any other source as it is."""
    table = getattr(report, "table_lines", None)
    if table is not None and report.source_text == source:
        return TableLines(source, table)
    documents = getattr(report, "documents", None) or getattr(report, "files", None) or []
    tables = any(d.table_lines is not None for d in documents)
    if (len(documents) > 1 or tables) and report.source_text == source:
        return FileLines(source, documents)
    return SourceLines(source)


def _findings_text(report, source: str, style: TextStyle) -> list[str]:
    labels = LABELS[report.ui_language]
    if not report.findings:
        return []
    out = ["", style.paint(_T[report.ui_language]["findings"], "bold")]
    out += text_findings(report.findings, source_lines(report, source), "  ", style, labels)
    return out


def _conf(value: float | None, t: dict[str, str] | None = None, written: str | None = None) -> str:
    """A confidence as written, 6/10; one above 10/10 said to be out of range (decision 6231);
    a bare decimal above 1 as written, off 0 to 1 ("1.2", not "12/10": decision 6380)."""
    if value is None:
        return "–"
    if written is not None and t is not None:
        return written + t["paren"].format(t["off_unit"])
    if t is not None and not -1e-9 <= value <= 1.0 + 1e-9:
        return f"{value * 10:g}/10" + t["paren"].format(t["off_scale"])
    return f"{value * 10:g}/10"


def _objective_text(task, t: dict[str, str]) -> str:
    """A task that serves an objective, no one KR of it (decision 1933): its KRs count it."""
    zh = t is _T["zh"]
    out = (
        f"→ {task.objective}（{t['objective_only']}）"
        if zh
        else f"→ {task.objective} ({t['objective_only']})"
    )
    if task.closest is not None:
        out += f"{t['semi']}{t['nearest']} {task.closest.target} p={task.closest.confidence:.2f}"
    return out


def _link_text(link, t: dict[str, str]) -> str:
    how = t[link.method]
    if link.shared and link.method == "lexical":
        how += (
            "：" + "、".join(link.shared[:3])
            if t is _T["zh"]
            else ": " + ", ".join(link.shared[:3])
        )
    if link.method == "semantic":
        how += f" p={link.confidence:.2f}"
    if link.ref and link.candidates:
        # "(KR1)" that two objectives have: which KRs it may be, then how one was chosen
        if t is _T["zh"]:
            how = f"“{link.ref}”可能是 {' 或 '.join(link.candidates)}；{how}"
        else:
            how = f"“{link.ref}” may be {' or '.join(link.candidates)}; {how}"
    return f"→ {link.target}（{how}）" if t is _T["zh"] else f"→ {link.target} ({how})"


# -- grade --------------------------------------------------------------------------------------
def grade_cell(k, t: dict[str, str]) -> str:
    """A key result's grade as written; one off 0 to 1 with what it counts as ("1.3 (counts as
    1.0)": the objective's mean used 1.0, and the row said 1.3), and the self-grade beside the
    manager's ("0.5 (self 0.9)", as the cycle page shows it) (tester44, decision 6466)."""
    shown = k.written or (fmt(k.score) if k.score is not None else "–")
    if k.score is not None and not 0.0 <= k.score <= 1.0:
        shown += t["paren"].format(t["counts_as"].format(fmt(min(max(k.score, 0.0), 1.0))))
    if k.self_written and k.self_written != k.written:
        shown += t["self"].format(k.self_written)
    return shown


def grade_text(report: GradeReport, source: str, style: TextStyle | None = None) -> str:
    style = style or TextStyle()
    t = _T[report.ui_language]
    out: list[str] = []
    for o in report.objectives:
        head = f"{o.id.upper()} {o.text}"
        out.append(
            style.paint(head, "bold")
            + f"  [{t['grade']} {fmt(o.grade)}{t['semi']}{o.graded}/{len(o.key_results)} {t['graded']}]"
        )
        for k in o.key_results:
            grade = grade_cell(k, t)
            status = f" {k.status}" if k.status else ""
            out.append(f"  {k.id:<8} {grade:>5}{status}  {k.text}")
    # a Chinese report in Chinese punctuation (整体：0.51, 得分 0.71；…; tester41)
    out.append(style.paint(f"{t['set']}{t['colon']}{fmt(report.grade)} — {report.band}", "bold"))
    out += _findings_text(report, source, style)
    out += ["", *report.summary]
    return "\n".join(out) + "\n"


def grade_markdown(report: GradeReport, source: str) -> str:
    t = _T[report.ui_language]
    out = [f"## {t['grade']}{t['colon']}{fmt(report.grade)}", "", md_escape(report.band), ""]
    out += [f"- {md_escape(line)}" for line in report.summary] + [""]
    out += [t["table"], "|---|---|---|---|"]
    for o in report.objectives:
        out.append(f"| **{o.id}** | **{md_escape(o.text)}** | **{fmt(o.grade)}** | |")
        for k in o.key_results:
            out.append(
                f"| {k.id} | {md_escape(k.text)} | {md_escape(grade_cell(k, t))} | "
                f"{md_escape(k.status or '')} |"
            )
    return _md_tail(out, report, source)


def _md_tail(out: list[str], report, source: str) -> str:
    if report.findings:
        out += ["", f"### {_T[report.ui_language]['findings']}", ""]
        out += md_findings(
            report.findings, source_lines(report, source), LABELS[report.ui_language]
        )
    return "\n".join(out).rstrip("\n") + "\n"


# -- check-in -----------------------------------------------------------------------------------
def checkin_text(report: CheckinReport, source: str, style: TextStyle | None = None) -> str:
    style = style or TextStyle()
    t = _T[report.ui_language]
    out: list[str] = []
    for key, items in (("tasks", report.tasks), ("plan", report.plan)):
        out.append(style.paint(t[key], "bold"))
        if not items:
            out.append("  " + t["none"])
        for task in items:
            if task.link is not None:
                tail = _link_text(task.link, t)
            elif task.objective is not None:
                tail = _objective_text(task, t)
            elif task.closest is not None:
                tail = (
                    f"✗ {t['unlinked']}{t['semi']}{t['nearest']} {task.closest.target} "
                    f"p={task.closest.confidence:.2f}"
                )
            else:
                tail = f"✗ {t['unlinked']}"
            out.append(f"  {task.id:<3} {task.text}  {tail}")
    out.append(style.paint(t["confidence"], "bold"))
    if not report.confidence:
        out.append("  " + t["none"])
    for c in report.confidence:
        who = t["set"] if c.target == "set" else c.target
        prev = (
            t["paren"].format(f"{t['was']} {_conf(c.previous, t)}")
            if c.previous is not None
            else ""
        )
        why = f"  {t['because']}{t['colon']}{c.reason}" if c.reason else ""
        arrow = _ARROW.get(c.change or "", "")
        out.append(
            f"  {who} {_conf(c.value, t, c.written)}{' ' + arrow if arrow else ''}{prev}{why}"
        )
    out.append(style.paint(t["indicators"], "bold"))
    if not report.indicators:
        out.append("  " + t["none"])
    for i in report.indicators:
        dot = _COLOR.get(i.color or "", "·")
        # the dot says the colour once: "🟡 骑手满意度", not "🟡 骑手满意度 🟡" (tester36)
        text = i.text[: -len(dot)].rstrip() if i.color and i.text.endswith(dot) else i.text
        out.append(f"  {dot} {text}" + ("" if i.color else f"  ✗ {t['no_color']}"))
    out.append(style.paint(t["krs"], "bold"))
    for k in report.key_results:
        work = []
        if k.this_week:
            work.append(f"{t['this_week']} {', '.join(k.this_week)}")
        if k.next_weeks:
            work.append(f"{t['next']} {', '.join(k.next_weeks)}")
        out.append(f"  {k.id:<8} {k.text}  " + (t["semi"].join(work) if work else f"✗ {t['idle']}"))
    out += _findings_text(report, source, style)
    out += ["", *report.summary]
    return "\n".join(out) + "\n"


def checkin_markdown(report: CheckinReport, source: str) -> str:
    t = _T[report.ui_language]
    out = [f"## {t['summary']}", ""] + [f"- {md_escape(line)}" for line in report.summary] + [""]
    for key, items in (("tasks", report.tasks), ("plan", report.plan)):
        out += [f"### {t[key]}", ""]
        for task in items:
            link = (
                _link_text(task.link, t)
                if task.link
                else _objective_text(task, t)
                if task.objective
                else f"✗ {t['unlinked']}"
            )
            said = task.text.lstrip("[【（( ").upper().startswith(task.priority or "\0")
            prio = f"**{task.priority}** " if task.priority and not said else ""
            out.append(f"- {prio}{md_escape(task.text)} — {md_escape(link)}")
        out.append("")
    return _md_tail(out, report, source)


# -- tree ---------------------------------------------------------------------------------------
def tree_text(report: TreeReport, source: str, style: TextStyle | None = None) -> str:
    style = style or TextStyle()
    t = _T[report.ui_language]
    nodes = {n.id: n for n in report.objectives}
    units = {u.id: u for u in report.units}
    out: list[str] = []

    def label(n) -> str:
        unit = units[n.unit]
        level = t.get(n.level or "", "?")
        link = ""
        if n.parent is not None:
            how = t[n.parent.method]
            if n.parent.via:
                how += (
                    f": {n.parent.via}"
                    if n.parent.via != "encoder"
                    else f" p={n.parent.confidence:.2f}"
                )
            link = f"  ← {n.parent.objective.upper()} ({how})"
        return f"{n.id.upper()} {n.text}  [{unit.name} · {level}]{link}"

    def walk(nid: str, prefix: str, last: bool, top: bool) -> None:
        n = nodes[nid]
        branch = "" if top else ("└─ " if last else "├─ ")
        out.append(prefix + branch + label(n))
        kids = n.children
        for i, c in enumerate(kids):
            walk(c, prefix + ("" if top else ("   " if last else "│  ")), i == len(kids) - 1, False)

    roots = [r for r in report.roots if not nodes[r].orphan and nodes[r].level == min_level(report)]
    for r in roots:
        walk(r, "", True, True)
    loose = [
        n
        for n in report.objectives
        if n.parent is None and not n.orphan and n.level in ("team", "personal")
    ]
    if loose:
        out += ["", style.paint(t["loose"], "bold")] + [f"  ? {label(n)}" for n in loose]
    orphans = [n for n in report.objectives if n.orphan]
    if orphans:
        out += ["", style.paint(t["orphans"], "bold")] + [f"  ✗ {label(n)}" for n in orphans]
    unplaced = [n for n in report.objectives if n.level is None]
    if unplaced:
        out += ["", style.paint(t["unplaced"], "bold")] + [f"  ? {label(n)}" for n in unplaced]
    out += ["", style.paint(t["factors"], "bold")]
    for f in report.factors:
        mark = _MARK[f.status][0 if style.unicode else 1]
        ids = f"  {', '.join(f.rule_ids)}" if f.rule_ids else ""
        note = f" — {f.note}" if f.note else ""
        out.append(
            f"  {style.mark(f.status) if style.color else mark} {f.principle}{note}{style.paint(ids, 'dim')}"
        )
    out += _findings_text(report, source, style)
    out += ["", *report.summary]
    return "\n".join(out) + "\n"


def min_level(report: TreeReport) -> str | None:
    """The top level present (company, else team, else personal)."""
    levels = {n.level for n in report.objectives}
    return next((lv for lv in ("company", "team", "personal") if lv in levels), None)


def tree_markdown(report: TreeReport, source: str) -> str:
    t = _T[report.ui_language]
    nodes = {n.id: n for n in report.objectives}
    out = [f"## {t['summary']}", ""] + [f"- {md_escape(line)}" for line in report.summary] + [""]

    def walk(nid: str, depth: int) -> None:
        n = nodes[nid]
        link = ""
        if n.parent is not None:
            link = f" ← {n.parent.objective.upper()} ({t[n.parent.method]})"
        flag = " ✗" if n.orphan else ""
        out.append(
            f"{'  ' * depth}- **{n.id.upper()}** {md_escape(n.text)} · {t.get(n.level or '', '?')}{link}{flag}"
        )
        for c in n.children:
            walk(c, depth + 1)

    for r in report.roots:
        walk(r, 0)
    out += ["", f"### {t['factors']}", ""]
    for f in report.factors:
        out.append(
            f"- {_MARK[f.status][0]} {md_escape(f.principle)}"
            + (f" — {md_escape(f.note)}" if f.note else "")
        )
    return _md_tail(out, report, source)

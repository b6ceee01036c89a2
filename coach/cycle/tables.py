"""OKR sets as tables, the shape OKR tools export: one row per key result with level, team,
owner, objective, KR, score and status (and, when given, parent and priority).

    rows_from_text(text)  -> rows      a draft, a graded draft or a tree document
    rows_to_text(rows)    -> text      canonical Markdown that parses back to the same rows
    read_csv / write_csv, read_xlsx / write_xlsx (openpyxl, imported only here)

`read_table(data, name)` picks the reader by the file name's extension. Headers may be in
English or Chinese ("目标", "关键结果", "得分", "状态" …); unknown columns are an error naming
them, so nothing is silently dropped.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields

from coach.errors import InputError
from coach.render import TableLine

COLUMNS = ("level", "team", "owner", "objective", "key_result", "score", "status")
# timeframe: the set title's period ("2026年第三季度", "Q3 2026"), kept out of the team's name
# due: a key result's deadline given in a table's own column ("截止", "Due"), not in its words
OPTIONAL = ("parent", "priority", "timeframe", "due")
ALIASES = {
    "level": ("level", "层级", "级别", "层次"),
    "team": ("team", "团队", "部门", "department", "unit"),
    "owner": ("owner", "负责人", "责任人", "name", "姓名", "assignee"),
    "objective": ("objective", "目标", "o", "objective title"),
    "key_result": ("key_result", "key result", "kr", "关键结果", "key results", "keyresult"),
    "score": ("score", "得分", "评分", "打分", "分数", "grade", "progress"),
    "status": ("status", "状态"),
    "parent": ("parent", "上级", "对齐", "aligned with", "parent objective"),
    "priority": ("priority", "优先级"),
    "timeframe": ("timeframe", "周期", "cycle", "period", "quarter", "季度"),
    "due": ("due", "due date", "deadline", "截止", "截止日期", "截止时间", "完成时间", "到期"),
}
_LEVELS = {
    "company": "company",
    "公司": "company",
    "team": "team",
    "团队": "team",
    "部门": "team",
    "personal": "personal",
    "个人": "personal",
    "individual": "personal",
    "": "",
}
_LEVEL_TITLE = {
    "zh": {"company": "公司OKR", "team": "团队OKR", "personal": "个人OKR", "": "OKR"},
    "en": {"company": "Company OKRs", "team": "Team OKRs", "personal": "Personal OKRs", "": "OKRs"},
}
_LEVEL_TAG = {
    "zh": {"company": "公司", "team": "团队", "personal": "个人"},
    "en": {"company": "company", "team": "team", "personal": "personal"},
}
_TITLE_RE = re.compile(
    r"^(?:(?P<zh>公司|团队|个人)?OKR|(?P<en>Company|Team|Personal)?\s*OKRs)(?:\s*[：:]\s*(?P<team>.+))?$",
    re.I,
)
MAX_ROWS = 2000
# a table with a header and no row under it (tester35: `convert` wrote an empty file, exit 0)
HEADER_ONLY = (
    "the table has only its header row: add a row under it for each key result",
    "表格只有表头：请在表头下面为每个关键结果写一行。",
)


@dataclass
class Row:
    level: str = ""
    team: str = ""
    owner: str = ""
    objective: str = ""
    key_result: str = ""
    score: str = ""
    status: str = ""
    parent: str = ""
    priority: str = ""
    timeframe: str = ""
    due: str = ""
    # where each cell is in the file it was read from: field -> (line or row, column), both
    # 1-based (tester34: `tree company.md team.csv` gave lines of the converted Markdown)
    at: dict[str, tuple[int, int]] = field(default_factory=dict, compare=False, repr=False)

    def cells(self, columns: Iterable[str]) -> list[str]:
        return [getattr(self, c) for c in columns]


def _columns(rows: list[Row]) -> list[str]:
    return [*COLUMNS, *(c for c in OPTIONAL if any(getattr(r, c) for r in rows))]


# -- text <-> rows ------------------------------------------------------------------------------
def rows_from_text(text: str) -> list[Row]:
    """The rows of a draft (graded or not; one set or a company/team/personal document)."""
    from coach.cycle.common import Options, parse_draft
    from coach.cycle.grading import read_kr
    from coach.cycle.tree import _units, combine

    draft = parse_draft(text, Options())
    _, docs = combine([("draft", text, None)])
    units = {o.id: u for u in _units(draft, docs) for o in u.objectives}
    rows: list[Row] = []
    for o in draft.objectives:
        # Without a level the heading above is a title, not a team ("某互联网公司OKRs 模板"),
        # unless the name it gives is a unit's ("# 研发部 2027年上半年 OKR": the parser reads no
        # level there, decision 1935, and the team column still names the team; tester34).
        name, timeframe = _title_period(units[o.id].name)
        team = _team_of(name)
        base = Row(
            level=o.level or "",
            team=team if o.level or _is_unit(team) else "",
            timeframe=timeframe,
            objective=" ".join(o.plain.split()),
            priority=o.priority or "",
            parent=o.parent or "",
        )
        if not o.key_results:
            rows.append(Row(**{**asdict(base), "owner": o.owner or ""}))
        for kr in o.key_results:
            # as `grade` reads it: a score the parser cut off the wording as a given value
            # ("… — score: 0.7") counts too (tester33: the CSV's score column lost it)
            r = read_kr(kr)
            wording = _without(kr, r.spans)
            if r.earlier is not None:
                # "… 0.5 0.7", "自评0.5 上级0.7": the score column holds the grade that counts;
                # the other stays with the wording as a note, not dropped (decision 6262)
                wording += _earlier_note(r.earlier, r.earlier_role, kr.language)
            # a deadline from a table's own column (no span in the words): its own column
            # (tester34: a pasted table's "截止" column was dropped)
            given = (kr.extra.get("given") or {}).get("deadline")
            due = given.text if given is not None and kr.deadline_span is None else ""
            rows.append(
                Row(
                    **{
                        **asdict(base),
                        "owner": kr.owner or o.owner or "",
                        "key_result": wording,
                        "score": r.written or "",
                        "status": r.status or "",
                        "due": due,
                    }
                )
            )
    return rows


def _team_of(unit_name: str) -> str:
    unit_name = _without_emoji(unit_name)
    m = _TITLE_RE.match(unit_name.strip())
    if m:
        return (m.group("team") or "").strip()
    name = re.sub(r"\s*OKRs?\s*$", "", unit_name.strip(), flags=re.I)
    # what the set is, after "OKR": "客户成功部 OKR 季度评分", "Sales OKRs scorecard" (tester34:
    # the team column read "客户成功部 OKR 季度评分")
    m = _AFTER_OKR_RE.match(name)
    if m:
        name = m.group("name")
    return "" if name in ("公司", "团队", "个人", "company", "team", "personal") else name


def _without_emoji(name: str) -> str:
    """A title's words without its emoji and the dashes they leave ("## ✨ Q2 2027 — Customer
    Success 🙌" -> "Customer Success"; tester34: the team column kept "🚀 增长团队")."""
    kept = "".join(
        " " if unicodedata.category(c) in ("So", "Sk") or c in "\ufe0e\ufe0f\u200d" else c
        for c in name
    )
    return " ".join(kept.split()).strip(" -–—·|:：,，")


# a title's name, then "OKR" and a few words saying what the document is (评分, 复盘, review)
_AFTER_OKR_RE = re.compile(
    r"^(?P<name>\S.{0,29}?)\s*OKRs?\s*[-–—·:：|]?\s*(?:[\u4e00-\u9fff]{1,6}|[A-Za-z]+(?: [A-Za-z]+)?)$",
    re.I,
)


def _is_unit(name: str) -> bool:
    """Whether a title's name with no level word is a unit's ("研发部", "客户成功部")."""
    from coach.parse import looks_like_unit

    return bool(name) and looks_like_unit(name)


def _title_period(name: str) -> tuple[str, str]:
    """(the title without its period, the period): "2026年第三季度 市场部" -> ("市场部",
    "2026年第三季度"), so that a table keeps the set's timeframe in a column of its own and the
    team column names only the team (tester33)."""
    from coach.facts.timeframes import time_spans

    spans = time_spans(name, "zh" if re.search(r"[\u4e00-\u9fff]", name) else "en")
    if not spans:
        return name, ""
    period = " ".join(name[s:e] for s, e, _ in spans)
    rest = name
    for s, e, _ in reversed(spans):
        rest = rest[:s] + " " + rest[e:]
    return " ".join(rest.split()).strip(" -–—·|:：,，()（）"), period


# what taking the owner or the grade out of a bracket leaves: "（ ，6月30日前）", "( , by June)",
# "（ ）" (tester33: the owner column took "赵磊" and the KR kept "（ ，6月30日前）")
_OPEN_SEPARATOR = re.compile(r"([（(])\s*[，,;；、]\s*")
_SEPARATOR_CLOSE = re.compile(r"\s*[，,;；、]\s*([）)])")
_EMPTY_BRACKETS = re.compile(r"\s*(?:（\s*）|\(\s*\))")


def _without(kr, spans: list[tuple[int, int]]) -> str:
    from coach.cycle.common import blank

    chars = " ".join(blank(kr.plain, spans).split())
    chars = _SEPARATOR_CLOSE.sub(r"\1", _OPEN_SEPARATOR.sub(r"\1", chars))
    return _EMPTY_BRACKETS.sub("", chars).strip(" ，,;；—–-|")


def _earlier_note(earlier: str, role: str | None, language: str) -> str:
    """The score a row's score column leaves out, as a note in brackets after the wording."""
    if language.startswith("zh"):
        return f"（自评{earlier}）" if role == "self" else f"（另写了分数{earlier}）"
    return f" (self {earlier})" if role == "self" else f" (also scored {earlier})"


def rows_to_text(rows: list[Row]) -> str:
    """Canonical Markdown: a heading per (level, team), then objectives and their KRs."""
    return rows_to_markdown(rows)[0]


def rows_to_markdown(rows: list[Row]) -> tuple[str, list[TableLine]]:
    """rows_to_text's Markdown, and where each of its lines comes from in the table that was
    read (rows that carry no position, e.g. rows_from_text's, give None)."""
    out: list[str] = []
    where: dict[int, TableLine] = {}  # line index -> where it comes from

    def shown(index: int, row: Row, name: str, lead: int) -> None:
        # the cell's text follows `lead` characters on the line ("目标1：" / "KR1: ")
        cell = row.at.get(name) or row.at.get("objective")
        if cell:
            where[index] = (cell[0], ((lead, cell[1]),))

    current: tuple[str, str, str] | None = None
    objective_no = 0
    i = 0
    while i < len(rows):
        r = rows[i]
        lang = "zh" if re.search(r"[\u4e00-\u9fff]", r.objective + r.key_result) else "en"
        key = (r.level, r.team, r.timeframe)
        if key != current:
            current = key
            objective_no = 0
            # The team names the set; the level goes on each objective as a tag ("[团队]"), which
            # wins over any level word in the team's name. The period leads the title.
            title = r.team or (_LEVEL_TITLE[lang][r.level] if r.level else "")
            if r.team and not r.level and r.timeframe:
                # a unit with no level stays without one: "研发部 2027年上半年 OKR" names no level
                # (decision 1935), "2027年上半年 研发部" would name the team's (tester34)
                title = f"{r.team} {r.timeframe} OKR"
            else:
                title = " ".join(filter(None, (r.timeframe, title or (r.timeframe and "OKR"))))
            if title or out:
                out += ([""] if out else []) + ([f"## {title}", ""] if title else [])
                if r.team and title:  # the title shows the team cell
                    shown(len(out) - 2, r, "team", len("## ") + title.find(r.team))
        group = [r]
        while (
            i + len(group) < len(rows)
            and rows[i + len(group)].objective == r.objective
            and (
                rows[i + len(group)].level,
                rows[i + len(group)].team,
                rows[i + len(group)].timeframe,
            )
            == key
        ):
            group.append(rows[i + len(group)])
        i += len(group)
        objective_no += 1
        owners = {g.owner for g in group}
        shared_owner = owners.pop() if len(owners) == 1 else ""
        line = f"目标{objective_no}：" if lang == "zh" else f"Objective {objective_no}: "
        shown(len(out), r, "objective", len(line))
        line += r.objective
        line += _owner(shared_owner, lang)
        if r.level:
            line += f" [{_LEVEL_TAG[lang][r.level]}]"
        if r.priority:
            line += f" [{r.priority}]"
        if r.parent:
            line += f"（对齐{r.parent}）" if lang == "zh" else f" (supports {r.parent})"
        out.append(line)
        for n, g in enumerate((g for g in group if g.key_result), 1):
            kr = f"关键结果{n}：" if lang == "zh" else f"KR{n}: "
            shown(len(out), g, "key_result", len(kr))
            kr += g.key_result
            if g.due:
                kr += f"（截止：{g.due}）" if lang == "zh" else f" (due: {g.due})"
            if not shared_owner:
                kr += _owner(g.owner, lang)
            grade = []
            if g.score:
                grade.append(f"得分：{g.score}" if lang == "zh" else f"score: {g.score}")
            if g.status:
                grade.append(f"状态：{g.status}" if lang == "zh" else f"status: {g.status}")
            if grade:
                kr += (" " if lang == "zh" else " — ") + (" " if lang == "zh" else ", ").join(grade)
            out.append(kr)
    return "\n".join(out) + "\n", [where.get(i) for i in range(len(out))]


def _owner(owner: str, lang: str) -> str:
    if not owner:
        return ""
    return f"（负责人：{owner}）" if lang == "zh" else f" (owner: {owner})"


# -- CSV and XLSX -------------------------------------------------------------------------------
def _header_map(header: list[str]) -> list[str | None]:
    out: list[str | None] = []
    unknown = []
    for h in header:
        key = " ".join(str(h or "").strip().lower().replace("_", " ").split())
        field = next(
            (f for f, names in ALIASES.items() if key in {n.replace("_", " ") for n in names}),
            None,
        )
        if field is None and key:
            unknown.append(str(h))
        out.append(field)
    if unknown:
        raise InputError(
            "invalid_structure",
            f"unknown column(s) {', '.join(map(repr, unknown))}; the columns are "
            f"{', '.join([*COLUMNS, *OPTIONAL])} (or 目标, 关键结果, 负责人, 得分, 状态 …)",
            f"不认识的列：{'、'.join(map(repr, unknown))}；可用的列是 目标、关键结果、负责人、得分、状态 …"
            f"（或 {', '.join([*COLUMNS, *OPTIONAL])}）。",
        )
    if "objective" not in out:
        raise InputError(
            "invalid_structure",
            "the table has no 'objective' (目标) column",
            "表格没有“目标”（objective）这一列。",
        )
    return out


# a row's place in its file: its (first) line, and the column where each cell's text begins
Place = tuple[int, list[int]]


def _rows(table: list[list[str]], places: list[Place] | None = None) -> list[Row]:
    if places is None:  # rows numbered from 1, cells from 1 (a spreadsheet's own numbers)
        places = [(n, list(range(1, len(r) + 1))) for n, r in enumerate(table, 1)]
    kept = [
        (r, at) for r, at in zip(table, places, strict=True) if any(str(c or "").strip() for c in r)
    ]
    table = [r for r, _ in kept]
    places = [at for _, at in kept]
    if not table:
        raise InputError("empty", "the table is empty", "表格是空的。")
    if len(table) == 1 and "objective" in _header_map(table[0]):
        # a header and nothing under it (tester35: `convert` wrote an empty file, exit 0)
        raise InputError("empty", *HEADER_ONLY)
    if len(table) > MAX_ROWS + 1:
        raise InputError(
            "too_long",
            f"the table has {len(table) - 1:,} rows; the limit is {MAX_ROWS:,}",
            f"表格有 {len(table) - 1:,} 行，上限是 {MAX_ROWS:,} 行。",
        )
    fields_ = _header_map(table[0])
    rows: list[Row] = []
    names = {f.name for f in fields(Row)}
    for raw, (n, columns) in zip(table[1:], places[1:], strict=True):
        values = {
            f: " ".join(str(v if v is not None else "").split())
            for f, v in zip(fields_, raw, strict=False)
            if f in names
        }
        if not values.get("objective") and rows and values.get("key_result"):
            # a blank objective cell under a row's: the same objective, as a sheet with merged
            # cells is saved (decision 5646); its set's cells left blank are that row's too
            above = rows[-1]
            values["objective"] = above.objective
            for name in _CARRIED:
                if not values.get(name) and getattr(above, name):
                    values[name] = getattr(above, name)
        if not values.get("objective"):
            raise InputError(
                "invalid_structure", f"row {n}: the objective is empty", f"第 {n} 行：目标是空的。"
            )
        level = values.get("level", "").lower()
        if level not in _LEVELS:
            raise InputError(
                "invalid_structure",
                f"row {n}: level {values['level']!r} is not company, team or personal (公司/团队/个人)",
                f"第 {n} 行：层级 {values['level']!r} 不是 公司、团队 或 个人（company/team/personal）。",
            )
        values["level"] = _LEVELS[level]
        if values.get("score"):
            values["score"] = _score_text(values["score"])
        at = {f: (n, c) for f, c in zip(fields_, columns, strict=False) if f in names}
        rows.append(Row(**values, at=at))
    return rows


# The cells of a set that a continued objective's row takes from the row above when blank.
_CARRIED = ("level", "team", "timeframe")


def _score_text(v: str) -> str:
    """A spreadsheet's 0.7 may come back as 0.7000000001; keep what a person wrote. A decimal
    comma ("0,7", "0,75": a sheet saved where the comma is the decimal mark, with its cells
    parted by semicolons) is a decimal point (decision 5646)."""
    if re.fullmatch(r"[01],\d{1,2}", v):
        v = v.replace(",", ".")
    m = re.fullmatch(r"(\d+)\.(\d{5,})", v)
    if not m:
        return v
    return f"{float(v):.4f}".rstrip("0").rstrip(".")


def is_table(text: str) -> bool:
    """Whether `text` is one of these tables as CSV: its first line a header of known columns,
    an objective column among them ("level,team,owner,objective,…"; 目标,关键结果,负责人). Standard
    input has no file name to say so (tester33: `convert d.md --to csv | convert - --to
    markdown` read the CSV as a draft and found no objective)."""
    first = text.removeprefix("\ufeff").lstrip("\n").split("\n", 1)[0]
    try:
        header = next(csv.reader([first], delimiter=delimiter(text)))
    except (csv.Error, StopIteration):
        return False
    if len(header) < 2:
        return False
    try:
        return "objective" in _header_map(header)
    except InputError:
        return False


def read_csv(text: str) -> list[Row]:
    return _rows(*csv_records(text))


def csv_records(text: str, strict: bool = False) -> tuple[list[list[str]], list[Place]]:
    """A CSV text's records and where each is in the file: the line it starts on (blank lines
    counted) and the column where each cell's text begins. `strict` makes a stray quote a
    csv.Error."""
    text = text.removeprefix("\ufeff")
    lines = text.splitlines()
    sep = delimiter(text)
    reader = csv.reader(io.StringIO(text), strict=strict, delimiter=sep)
    table: list[list[str]] = []
    places: list[Place] = []
    last = 0
    for row in reader:
        first, last = last + 1, reader.line_num
        table.append(row)
        places.append((first, _cell_columns(lines[first - 1] if first <= len(lines) else "", sep)))
    return table, places


def delimiter(text: str) -> str:
    """The character a CSV file's cells are parted by: a comma, or what its header line holds
    more of — a semicolon (Excel's "CSV" where the decimal mark is a comma: "Objective;Key
    result;Owner") or a tab (a spreadsheet saved as text, named .csv; decision 5646)."""
    first = text.removeprefix("\ufeff").lstrip("\n").split("\n", 1)[0]
    counts = {sep: first.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] > counts[","] else ","


def _cell_columns(line: str, sep: str = ",") -> list[int]:
    """Where each cell's text begins on a CSV line (1-based; after an opening quote and the
    spaces the reader drops). A cell that runs onto later lines keeps its first line's place."""
    columns: list[int] = []
    i, n = 0, len(line)
    while i <= n:
        while i < n and line[i] in " \t":
            i += 1
        if i < n and line[i] == '"':
            columns.append(i + 2)
            i += 1
            while i < n and not (line[i] == '"' and line[i + 1 : i + 2] != '"'):
                i += 2 if line[i] == '"' else 1
            i += 1
        else:
            columns.append(i + 1)
        while i < n and line[i] != sep:
            i += 1
        i += 1
    return columns


def write_csv(rows: list[Row]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    cols = _columns(rows)
    w.writerow(cols)
    for r in rows:
        w.writerow(r.cells(cols))
    return buf.getvalue()


def _openpyxl():
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - the xlsx extra is part of dev
        raise InputError(
            "bad_option",
            "reading or writing .xlsx needs openpyxl: pip install 'okr-coach[xlsx]'",
            "读写 .xlsx 需要 openpyxl：pip install 'okr-coach[xlsx]'。",
        ) from None
    return openpyxl


def read_xlsx(data: bytes) -> list[Row]:
    openpyxl = _openpyxl()
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises several kinds on a broken file
        raise InputError(
            "invalid_structure",
            f"not a readable .xlsx file ({type(e).__name__})",
            f"不是能读取的 .xlsx 文件（{type(e).__name__}）。",
        ) from None
    ws = wb.worksheets[0]
    table = [[("" if c is None else str(c)) for c in row] for row in ws.iter_rows(values_only=True)]
    top, left = ws.min_row or 1, ws.min_column or 1  # a table need not start at A1
    wb.close()
    places = [(top + i, list(range(left, left + len(r)))) for i, r in enumerate(table)]
    return _rows(table, places)


def write_xlsx(rows: list[Row]) -> bytes:
    openpyxl = _openpyxl()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "OKRs"
    cols = _columns(rows)
    ws.append(cols)
    # Scores are written as text, as the person wrote them ("1.0", "70%"): a number cell would
    # come back as 1 and lose the form.
    for r in rows:
        ws.append(r.cells(cols))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def read_table(data: bytes, name: str) -> list[Row] | None:
    """Rows from a .csv or .xlsx file; None for any other name (text)."""
    lower = name.lower()
    if lower.endswith(".xlsx"):
        return read_xlsx(data)
    if lower.endswith(".csv"):
        try:
            return read_csv(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise InputError(
                "invalid_structure", f"{name} is not UTF-8 text", f"{name} 不是 UTF-8 编码的文本。"
            ) from None
    return None

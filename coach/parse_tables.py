"""Tables in pasted drafts: Markdown pipe tables (Feishu, Notion, Confluence exports) and
tab-separated rows copied from a spreadsheet (Excel, Feishu Sheets, Google Sheets).

A table is found from the line it starts on; its header row names each column's role
(目标/Objective/O, 关键结果/KR/Key Result, 负责人/Owner/DRI, 截止时间/Due/Deadline, 得分/Score,
进度/Progress, 状态/Status, 层级/Level, 团队/Team …, in either language). `coach.parse` turns
the rows into items: an objective cell starts an objective (an empty one, or the same text
again, continues the objective above) and a KR cell is a key result whose span is the cell.

Everything here is linear in the size of the input: each line is split once.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from coach.draft import Cell

# Normalised header text → role. Headers are compared lower-cased, with spaces, brackets and
# "#"/"(s)" dropped, so "Key Result(s)", "关键结果（KR）" and "KR #" all find their role.
_ROLE_NAMES: dict[str, tuple[str, ...]] = {
    "objective": (
        "目标",
        "o",
        "obj",
        "objective",
        "objectives",
        "goal",
        "goals",
        "目标o",
        "o目标",
        "objectiveo",
        "okr目标",
        "目标objective",
        "objective目标",
        "目标名称",
        "目标描述",
        "季度目标",
        "年度目标",
        # "| 核心目标 | 关键结果 |": the set's objective by its usual adjectives (decision 2182)
        "核心目标",
        "主要目标",
        "总体目标",
        "部门目标",
        "团队目标",
        "个人目标",
        "okr",
        "okrs",
    ),
    "kr": (
        "关键结果",
        "关键成果",
        "kr",
        "krs",
        "keyresult",
        "keyresults",
        "关键结果kr",
        "kr关键结果",
        "keyresultkr",
        "keyresultskrs",
        "keyresultskr",
        "关键结果keyresults",
        "关键结果keyresult",
        "keyresults关键结果",
        "keyresult关键结果",
        "结果",
        "衡量结果",
        "关键结果描述",
        "kr描述",
        "kr内容",
        # One column for both, objectives as bold section rows ("| Objective / KR | Owner |").
        "objectivekr",
        "objectiveskrs",
        "objectivekeyresult",
        "objectiveskeyresults",
        "objectiveandkeyresults",
        "objectivesandkeyresults",
        "okrkr",
    ),
    "owner": (
        "负责人",
        "责任人",
        "主责人",
        "执行人",
        "牵头人",
        "承接人",
        "对接人",
        "owner",
        "owners",
        "dri",
        "assignee",
        "assignedto",
        "ownedby",
        "ledby",
        "drivenby",
        "lead",
        "responsible",
        "accountable",
        "who",
        "姓名",
        "负责人owner",
        "owner负责人",
    ),
    "due": (
        "截止时间",
        "截止日期",
        "截止",
        "完成时间",
        "完成日期",
        "计划完成时间",
        "时间节点",
        "时间",
        "日期",
        "期限",
        "周期",
        "季度",
        "due",
        "duedate",
        "deadline",
        "targetdate",
        "date",
        "when",
        "timeline",
        "timeframe",
        "quarter",
        "period",
        "by",
        "截止时间due",
        "due截止时间",
        # "By when", "Due by", "ETA", "完成时限", "何时完成": a column that says by when (decision 3340)
        "bywhen",
        "duewhen",
        "dueby",
        "completeby",
        "doneby",
        "targetby",
        "eta",
        "时限",
        "完成时限",
        "何时完成",
        "计划完成",
        # "DDL", "预计完成", "计划完成日期": the same column in a pasted sheet (decision 4280)
        "ddl",
        "预计完成",
        "预计完成时间",
        "预计完成日期",
        "计划完成日期",
        "完成期限",
        # "Date Period", "Time range", "起止时间", "时间段": the span the row runs over, whose end
        # is when it is due (decision 5826)
        "dateperiod",
        "timeperiod",
        "daterange",
        "timerange",
        "timespan",
        "timewindow",
        "时间段",
        "起止时间",
        "起止日期",
        "时间范围",
        "执行时间",
        "实施时间",
        "执行周期",
        "实施周期",
    ),
    # A plan's stage ("短期（1个月）", "Phase 2"): a period only when the cell states one
    # (decision 301), never a deadline field in itself as a "due" column is.
    "stage": ("阶段", "时期", "stage", "phase"),
    "score": ("得分", "评分", "打分", "分数", "score", "grade", "自评", "自评分"),
    "progress": ("进度", "完成度", "完成情况", "progress", "complete", "%complete", "completion"),
    "status": ("状态", "进展", "status", "state", "health", "rag", "currentstatus", "当前状态"),
    # "Issue Type" (a tracker's export: Objective / Key Result rows, decision 3180)
    "level": ("层级", "级别", "层次", "level", "类型", "type", "kind", "issuetype", "itemtype"),
    "team": ("团队", "部门", "小组", "组", "team", "department", "dept", "function", "unit"),
    "priority": ("优先级", "priority", "prio"),
    "confidence": ("信心", "信心指数", "confidence"),
    "id": ("", "#", "序号", "编号", "no", "no.", "id", "krid", "kr编号", "序", "number"),
    "weight": ("权重", "weight"),
    "text": ("内容", "描述", "事项", "content", "description", "text", "item", "okr内容"),
    "target": ("target", "targetvalue", "目标值", "goalvalue"),
    "current": (
        "current",
        "currentvalue",
        "当前值",
        "当前",
        "现状",
        "现值",
        "目前",
        "actual",
        "实际值",
    ),
    "baseline": ("baseline", "基线", "起始值", "基准值", "start", "startingvalue"),
    # "| Name | Type | Parent |", "| 类型 | 内容 | 所属目标 |": the objective a key result sits
    # under, in an export sorted by type (decision 3180)
    "parent": (
        "parent",
        "parentid",
        "parentitem",
        "parentobjective",
        "parentgoal",
        "parentokr",
        "所属目标",
        "上级目标",
        "对应目标",
        "归属目标",
        "关联目标",
        "所属okr",
    ),
    "metric": (
        "metric",
        "measure",
        # "| Goal | Measures of success |", "| 目标 | 评估标准 |": the measure named as the
        # column of success (decision 3181)
        "measures",
        "measuresofsuccess",
        "measureofsuccess",
        "successmeasure",
        "successmeasures",
        "successmetric",
        "successmetrics",
        "keymetric",
        "keymetrics",
        "评估标准",
        "考核标准",
        "验收标准",
        # "| 指标 | 负责人 | 目标值 |": the measure's name (decision 5703)
        "指标",
        "核心指标",
        "关键指标",
        "measuredby",
        "measureby",
        "衡量方式",
        "衡量标准",
        "衡量指标",
        "衡量",
        "datasource",
        "数据来源",
    ),
    "notes": (
        "whythismatters",
        "whyitmatters",
        "whymatters",
        "rationale",
        "why",
        "备注",
        "说明",
        "背景",
        "context",
        "background",
        "notes",
        "note",
        "comments",
        "comment",
        "how",
    ),
}
_ROLE_OF = {name: role for role, names in _ROLE_NAMES.items() for name in names}

# A separator row: "|---|:--:|", "---|---", "+----+----+".
# A Markdown table's separator row; an aligned cell may have one dash ("| :-: | :- |", decision
# 2768), a bare cell two or more.
_SEP_CELL = r"(?::-+:?|-+:|-{2,})"
_SEPARATOR_RE = re.compile(rf"^[|｜+]?(?:\s*{_SEP_CELL}\s*[|｜+])+\s*{_SEP_CELL}?\s*$")
_GRID_BORDER_RE = re.compile(r"^[+|｜]?(?:[-=]{2,}[+|｜])+[-=]*$")
# A cell that only continues the objective above: empty, a dash, "同上", a ditto mark.
# "ditto", "same as above", "同前" in words too (decision 3185).
_CONTINUES = frozenset(
    [
        *("", "-", "–", "—", "/", "〃", "″", "同上", '"', "''", "^"),
        *("ditto", "same", "same as above", "as above", "同前", "同上一行", "〃〃"),
    ]
)
_BR_RE = re.compile(r"<br\s*/?>", re.I)


@dataclass
class Table:
    """A table block: its header (one cell per column), the role of each column, its rows."""

    first_line: int  # index of the header line in the parser's line list
    end_line: int  # index after the table's last line
    header: list[Cell]
    roles: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    header_is_data: bool = False  # no header row was recognised: the first row is data too
    sectioned: bool = False  # its objectives are section rows ("| **1 Grow adoption** | | |")
    lines: list[int] = field(default_factory=list)  # the line index of each row

    def column(self, role: str) -> int | None:
        return self.roles.index(role) if role in self.roles else None


def _normalise(header: str) -> str:
    h = header.strip().lower().replace("*", "").replace("_", " ")
    h = re.sub(r"[\s（）()\[\]【】:：/·.\-]+", "", h)
    if h.endswith("(s)"):
        h = h[:-3]
    return h


# Head words of a longer column or field name that say its role.
# ("Completion date": decision 5414; not "Target completion", which may head a rate's column)
_DUE_HEADS = ("deadline", "duedate", "targetdate", "enddate", "completiondate", "finishdate")
_OWNER_HEADS = ("manager", "owner", "owners")


def role_of(header: str) -> str | None:
    """The role a column header names, or None ("Why it matters" names no role)."""
    h = _normalise(header)
    if h in _ROLE_OF:
        return _ROLE_OF[h]
    if _names_both(h):
        return "kr"  # "目标/关键结果", "目标与关键结果", "Goal & KR": one column for both (3780)
    if _NUMBERED_KR_RE.match(h):
        return "kr"
    if h.endswith("#") and h[:-1] in _ROLE_OF:
        return "id"
    if h.endswith(_DUE_HEADS):
        return "due"  # "KR measurement deadline", "Target end date"
    if h.endswith(_OWNER_HEADS):
        return "owner"  # "Tracking manager", "Product owner"
    if _PERIOD_TARGET_RE.match(header.strip().strip("*_ ")) and (
        _period_of_target(header) or _QUALIFIED_TARGET_RE.fullmatch(header.strip().strip("*_ "))
    ):
        # "Q3 target", "Target by Sep 30", "H2 target" (the period dates the rows), "2025 target",
        # "Stretch target" (the column of targets all the same) (decision 6765)
        return "target"
    m = _QUALIFIER_RE.match(header.strip())
    if m is not None and _ROLE_OF.get(_normalise(m.group("said"))) == "kr":
        # "Target (KR)", "目标（KR）": the key result written as its target (decision 540).
        return "kr"
    if m is not None:
        # "Target（Q2 末）", "Baseline（Q1 末）", "目标值(年底)": a column name and, in brackets, when
        # or how its values hold; the name says the role (decision 412).
        return role_of(m.group("name"))
    return None


# Words that join two column names in one header ("目标与关键结果", "Objectives and KRs").
_JOINERS = ("and", "与", "和", "及", "&", "+", "＋", "、", ",", "，", "&amp;")
# A key-result name that is also an ordinary word ("结果"): not joined ("目标结果" is a value).
_LOOSE_KR_NAMES = frozenset(["结果", "衡量结果"])


def _names_both(h: str) -> bool:
    """Whether a normalised header names the objective and the key result in one column, in
    either order, joined by nothing, a slash (normalised away) or a joining word: "目标/关键结果",
    "目标 / KR", "目标与关键结果", "Objective & Key results", "KR/目标" (decision 3780)."""
    if len(h) > 40:
        return False
    for i in range(1, len(h)):
        first, rest = h[:i], h[i:]
        for joiner in _JOINERS:
            if rest.startswith(joiner) and len(rest) > len(joiner):
                rest = rest[len(joiner) :]
                break
        roles = {_ROLE_OF.get(first), _ROLE_OF.get(rest)}
        if roles == {"objective", "kr"} and not {first, rest} & _LOOSE_KR_NAMES:
            return True
    return False


def header_qualifier(header: str) -> str:
    """What a column name says in brackets after its name ("Target（Q2 末）" gives "Q2 末"), or the
    period a target column names without brackets ("Q3 target" gives "Q3")."""
    m = _QUALIFIER_RE.match(header.strip())
    if m is not None:
        return m.group("said")
    said = _period_of_target(header)
    # "Sept target": the month alone, read as the point by which its values are due
    return f"by {said}" if _MONTH_ALONE_RE.fullmatch(said) else said


# A target column named with its period outside brackets (decision 6765): "Q3 target", "Q3 2025
# target", "Target by Sep 30", "Target EOQ", "Sept target", "三季度目标值". The period must give a
# deadline ("2025 target", "FY25 target" name a horizon, decision 3924, and stay no target column).
_PERIOD_TARGET_RE = re.compile(
    r"^[*_]{0,2}(?:(?P<before>[^()（）|*]{1,24}?)\s?(?:target(?: value)?|目标值)"
    r"|target(?: value)?\s(?:for\s|by\s|at\s|in\s|due\s)?(?P<after>[^()（）|*]{1,24}))[*_]{0,2}$",
    re.I,
)


def _a_period(said: str) -> bool:
    """Whether a column name's words give a deadline or a bounded period."""
    from coach.facts.timeframes import has_deadline

    lang = "zh" if re.search(r"[\u4e00-\u9fff]", said) else "en"
    return bool(said) and (has_deadline(said, lang) or _MONTH_ALONE_RE.fullmatch(said) is not None)


def _period_of_target(header: str) -> str:
    """The period a target column's name gives outside brackets, or "" (a header that is only a
    period, "End of Q3", "Dec 2025", is itself the period: decision 6765)."""
    h = header.strip().strip("*_ ")
    m = _PERIOD_TARGET_RE.match(h)
    if m is None:
        return h if _PERIOD_ONLY_RE.fullmatch(h) and _a_period(h) else ""
    said = (m.group("before") or m.group("after") or "").strip()
    return said if _a_period(said) else ""


# A column name that is only a period: "End of Q3", "Dec 2025", "Q3 '25", "By Sep 30", "EOQ".
_PERIOD_ONLY_RE = re.compile(
    r"(?:(?:by|at|end of|close of)\s)?(?:the\s)?(?:end of\s)?"
    r"(?:q[1-4]|h[12]|eo[qy]|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)[a-z]{0,6}\.?)"
    r"(?:\s?(?:'|’)?\d{2,4}|\s\d{1,2}(?:st|nd|rd|th)?)?(?:\s(?:20)?\d{2})?",
    re.I,
)


def period_as_target(roles: list[str], cells: list[Cell]) -> list[str]:
    """Roles with one column named only by a period, right of the key-result column and with no
    target column ("| KR | Baseline | End of Q3 |", "| KR | Owner | Q3 |"): its values are the
    targets due by then (decision 6765). Several such columns are a plan by period and keep no
    role."""
    if "target" in roles or "kr" not in roles:
        return roles
    periods = [
        i
        for i, (r, c) in enumerate(zip(roles, cells, strict=False))
        if r == "other" and _period_of_target(c.text)
    ]
    if len(periods) != 1:
        return roles
    i = periods[0]
    if i < roles.index("kr"):
        return roles
    out = list(roles)
    out[i] = "target"
    return out


# Decision 6765's other column names. A target column named with a year or a kind of target
# ("2025 target", "FY26 target", "Stretch target", "2025年目标值": a year is a horizon and dates
# nothing), and a month alone naming when a column's values are due ("Sept target"; not "May").
_QUALIFIED_TARGET_RE, _MONTH_ALONE_RE = (
    re.compile(
        r"(?:(?:fy\s?'?)?(?:20)?\d{2}|20\d\d\s?年|stretch|annual|yearly|final|revised|committed|"
        r"minimum|min|base|aspirational)\s?(?:target(?: value)?|目标值)",
        re.I,
    ),
    re.compile(
        r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)[a-z]{0,6}\.?(?:\s?'?\d{2,4})?", re.I
    ),
)


_QUALIFIER_RE = re.compile(r"(?P<name>[^（(]{1,30}?)\s?[（(](?P<said>[^（）()]{1,20})[)）]\s?$")


def split_pipes(
    body: str, body_start: int, framed: bool = True, one_cell: bool = False
) -> list[Cell] | None:
    """The cells of a Markdown table row ("| a | b |" or "a | b"), or None when not a row.

    In a table written without outer pipes ("a | b"), a row that starts with a pipe has an
    empty first cell; `framed` says which kind of table the row belongs to. With `one_cell`, a
    row framed on both sides may hold a single cell ("| 3. … |": a short row of a table).
    """
    if "|" not in body and "｜" not in body:
        return None
    cells: list[Cell] = []
    text = body
    pos = 0
    n = len(text)
    # Leading and trailing pipes frame the row; they do not open an empty cell.
    s = 0
    while s < n and text[s] in " \t":
        s += 1
    e = n
    while e > s and text[e - 1] in " \t":
        e -= 1
    closed = 0
    if s < e and text[s] in "|｜" and framed:
        s += 1
        closed += 1
    if e > s and text[e - 1] in "|｜" and not (e - 2 >= s and text[e - 2] == "\\"):
        e -= 1
        closed += 1
    pos = s
    start = s
    while pos <= e:
        if pos == e or (text[pos] in "|｜" and (pos == 0 or text[pos - 1] != "\\")):
            cells.append(_cell(text, start, pos, body_start))
            start = pos + 1
        pos += 1
    if len(cells) == 1 and one_cell and closed == 2 and cells[0].text:
        return cells
    return cells if len(cells) >= 2 else None


def _cell(text: str, s: int, e: int, base: int) -> Cell:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    # Markdown escapes a pipe inside a cell as "\|"; the text keeps it as written.
    return Cell(role="", header="", text=text[s:e], start=base + s, end=base + e)


def is_separator(body: str) -> bool:
    t = body.strip()
    return bool(t) and bool(_SEPARATOR_RE.match(t) or _GRID_BORDER_RE.match(t))


_NUMBERED_KR_RE = re.compile(r"^(?:kr|keyresults?|关键结果|关键成果)\d{1,2}$")


def _dedupe_plain(roles: list[str]) -> list[str]:
    """Roles with each one kept by its first column (id, kr and other may repeat)."""
    seen: set[str] = set()
    for i, r in enumerate(roles):
        if r in seen and r not in ("other", "id", "kr"):
            roles[i] = "other"
        seen.add(r)
    return roles


def _dedupe(roles: list[str], cells: list[Cell]) -> list[str]:
    """One column per role. Two key-result columns ("KR | Key result"): the one written as a
    word holds the text, the short one numbers ("1.1") and becomes an id; numbered columns
    ("KR1 | KR2 | KR3") all hold key results. For other roles the first column keeps the role."""
    for role in ("kr", "objective"):
        cols = [i for i, r in enumerate(roles) if r == role]
        if (
            role == "kr"
            and sum(1 for i in cols if _NUMBERED_KR_RE.match(_normalise(cells[i].text))) >= 2
        ):
            continue
        if len(cols) > 1:
            keep = max(cols, key=lambda i: len(_normalise(cells[i].text)))
            for i in cols:
                if i != keep:
                    roles[i] = "id"
    return _dedupe_plain(roles)


# Headers that name the objective column, or, beside a key-result column, its target value:
# "| 关键结果 | 当前 | 目标 | 负责人 |", "| KR | Baseline | Goal |" (decision 495).
_GOAL_HEADERS = frozenset(["目标", "goal", "goals"])


def goal_as_target(roles: list[str], cells: list[Cell]) -> list[str]:
    """Roles with a column headed 目标/Goal read as the target value when the header names a
    key-result column before it, or a baseline or current-value column: in a table of key
    results, 目标 is the value aimed at ("| 关键结果 | 当前 | 目标 |", decision 495). Before the
    key results, with no value column beside it ("| 目标 | 关键结果 | 负责人 |"), it is the
    objective, and so it is left of every value column ("| 目标 | 关键结果 | 基线 |")."""
    if "target" in roles or "kr" not in roles:
        return roles
    first_kr = roles.index("kr")
    for i, (role, cell) in enumerate(zip(roles, cells, strict=False)):
        if (
            role == "objective"
            and _normalise(cell.text) in _GOAL_HEADERS
            and (i > first_kr or {"baseline", "current"} & set(roles[:i]))
        ):
            roles[i] = "target"
            break
    return roles


def parent_as_objective(roles: list[str]) -> list[str]:
    """Roles with a Parent/所属目标 column read as the objective column when no other column
    names the objective ("| 所属目标 | 关键结果 | 负责人 |": each row's key result under the
    objective it names; the same text again continues it, decision 3180)."""
    if "parent" in roles and "objective" not in roles and "kr" in roles:
        roles[roles.index("parent")] = "objective"
    return roles


def metric_as_kr(roles: list[str], cells: list[Cell]) -> list[str]:
    """Roles with one metric column and a target column, but no key-result column and no
    objective column left of the metric ("| Metric | Owner | Target |" under an objective's
    line, "| 指标 | 负责人 | 当前 | 目标 |"): the metric column holds the key results, each with its
    target; a 目标/Goal column right of it is then the value aimed at (`goal_as_target`;
    decision 5703). "| Metric | Current |" alone holds figures tracked, no key results."""
    if "kr" in roles or roles.count("metric") != 1:
        return roles
    m = roles.index("metric")
    goals = [i for i, r in enumerate(roles) if r == "objective"]
    if any(
        i < m or i >= len(cells) or _normalise(cells[i].text) not in _GOAL_HEADERS for i in goals
    ):
        return roles
    if not goals and "target" not in roles:
        return roles  # "| Metric | Current |" under "Metrics we track:": figures, no targets
    out = list(roles)
    out[m] = "kr"
    return out


def header_roles(cells: list[Cell]) -> list[str] | None:
    """Roles for a header row, or None when the row is not a header of an OKR table.

    A header names an objective or a key-result column, and at least one other known column
    ("目标 | 关键结果", "Objective | KR | Owner", "KR | Key result | DRI").
    """
    roles = [role_of(c.text) or "other" for c in cells]
    roles = parent_as_objective(goal_as_target(metric_as_kr(roles, cells), cells))
    roles = period_as_target(roles, cells)
    known = [r for r in roles if r != "other"]
    if not ({"objective", "kr"} & set(roles)) or len(known) < 2:
        return None
    if any(r == "other" and _reads_as_wording(c.text) for r, c in zip(roles, cells, strict=True)):
        return None  # "<TAB>KR1<TAB>Repeat purchase rate from 18% to 28%": an item, not a header
    return _dedupe(roles, cells)


def _reads_as_wording(text: str) -> bool:
    """Whether a cell reads as an item's wording rather than a column's name: a figure in a
    phrase of several words ("Repeat purchase rate from 18% to 28%", "复购率从18%提升到28%")."""
    figures = re.findall(r"\d+(?:[.,]\d+)*\s?[%％]?", text)
    if not figures:
        return False
    cjk = sum("\u4e00" <= c <= "\u9fff" for c in text)
    named = len(figures) >= 2 or any(f.rstrip().endswith(("%", "％")) for f in figures)
    return len(text.split()) >= 5 or (cjk >= 4 and named)


# A cell that is only a kind mark ("O", "KR", "O1", "KR1.2", "目标", "关键结果2").
_KIND_CELL_RE = re.compile(
    r"^(?:(?P<o>O|Obj|Objective|(?:核心|主要|总体)?目标|Goal)\s*\d{0,2}|(?P<k>KR|Key\s*Results?|关键结果|关键成果)"
    r"\s*\d{0,2}(?:\.\d{1,2})?|O\d{1,2}[-.]?KR\d{1,2}"
    # a tracker's code for the key result: "KR-2026Q3-01", "KR-07", "KR_H2_A1" (decision 4622)
    r"|(?:KR[-_](?=[A-Z0-9_-]{0,20}\d)[A-Z0-9]{1,8}(?:[-_][A-Z0-9]{1,8}){0,3}))$",
    re.I,
)


def kind_of_mark(text: str) -> str | None:
    m = _KIND_CELL_RE.match(text.strip().strip("*"))
    if not m:
        return None
    return "objective" if m.group("o") else "kr"


_BOLD_RE = re.compile(r"^(?:\*\*|__)(?P<t>.+?)(?:\*\*|__)[:：]?$", re.S)


def section_cell(row: list[Cell]) -> Cell | None:
    """The one filled cell of a row that heads the rows under it ("| **Objective 1: …** | | |",
    "| **Grow enterprise** | | |"): bold, or labelled as an objective. None for other rows."""
    filled = [c for c in row if c.text and not empty_value(c.text)]
    if len(filled) != 1:
        return None
    text = filled[0].text.strip()
    if _BOLD_RE.match(text) or kind_of_mark(text.split(":")[0].split("：")[0]) == "objective":
        return filled[0]
    return None


# The number a section row gives its objective: "**1 Finish the base use-case**", "**2. Grow …**".
_SECTION_NUMBER_RE = re.compile(r"\d{1,2}[.)]?[ \t]+(?=[^\W\d])")


def unbold(cell: Cell) -> Cell:
    """A section cell without its bold marks and its number ("**1 Grow enterprise**" -> "Grow
    enterprise")."""
    m = _BOLD_RE.match(cell.text.strip())
    if m is None:
        return cell
    lead = len(cell.text) - len(cell.text.lstrip())
    s = cell.start + lead + m.start("t")
    text = m.group("t").strip()
    s += len(m.group("t")) - len(m.group("t").lstrip())
    number = _SECTION_NUMBER_RE.match(text)
    if number is not None and number.end() < len(text):
        text, s = text[number.end() :], s + number.end()
    return Cell(role=cell.role, header=cell.header, text=text, start=s, end=s + len(text))


def _values(rows: list[list[Cell]], i: int) -> list[str]:
    return [r[i].text for r in rows if i < len(r) and r[i].text]


def is_kind_cell(text: str) -> bool:
    """Whether a cell is only a kind mark ("Objective", "Key Result", "KR2", "目标")."""
    return _KIND_CELL_RE.match(text.strip()) is not None


def _kind_column(rows: list[list[Cell]], width: int) -> int | None:
    """A column whose every filled cell only says "O" or "KR" (a 类型/Type column), or numbers
    an outline ("1" / "1.1" / "1.2" / "2" / "2.1": decision 2771)."""
    for i in range(width - 1):
        values = _values(rows, i)
        if values and all(kind_of_mark(v) for v in values):
            return i
    for i in range(width - 1):
        if _outline_numbers(_values(rows, i)):
            return i
    for i in range(width - 1):
        # "O1" / "1.1" / "1.2" / "O2" / "2.1": objectives marked, their key results numbered
        # under them (decision 2951)
        values = _values(rows, i)
        marks = [kind_of_mark(v) or outline_kind(v) for v in values]
        if (
            values
            and all(marks)
            and marks[0] == "objective"
            and any(kind_of_mark(v) == "objective" for v in values)
            and "kr" in marks
        ):
            return i
    return None


_OUTLINE_NUMBER_RE = re.compile(r"(?P<head>\d{1,2})(?:[.．](?P<sub>\d{1,2}))?[.．、]?")


def outline_kind(text: str) -> str | None:
    """ "1" (an objective) or "1.1" (a key result) in a sheet's number column (decision 2771)."""
    m = _OUTLINE_NUMBER_RE.fullmatch(text.strip())
    if m is None:
        return None
    return "kr" if m.group("sub") else "objective"


def _outline_numbers(values: list[str]) -> bool:
    """Whether a column's cells number an outline: each "N.M" under the last "N" above it, with
    at least one of each ("1", "1.1", "1.2", "2", "2.1"); a run of ids ("1", "2", "3") is not."""
    head: str | None = None
    plain = dotted = 0
    for v in values:
        m = _OUTLINE_NUMBER_RE.fullmatch(v.strip())
        if m is None:
            return False
        if m.group("sub") is None:
            head, plain = m.group("head"), plain + 1
        elif m.group("head") != head:
            return False
        else:
            dotted += 1
    return plain >= 1 and dotted >= 1


def _fallback_roles(rows: list[list[Cell]], width: int) -> list[str] | None:
    """Roles for a table whose header names no OKR column: a first column that is often empty
    (an objective written once for its rows) beside a column that always has text (its key
    results), or cells that carry their own labels ("O1 …" / "KR1 …")."""
    if width < 2 or len(rows) < 2:
        return None
    first = [r[0].text if r else "" for r in rows]
    second = [r[1].text if len(r) > 1 else "" for r in rows]
    if (
        first[0]
        and any(not v for v in first[1:])
        and all(second)
        and not all(v.replace(".", "").isdigit() for v in first if v)
    ):
        return ["objective", "kr"] + ["other"] * (width - 2)
    return None


_LIST_NUMBER_RE = re.compile(r"^(?P<n>\d{1,2})\s?[.、．)）](?!\d)\s?(?=\S)")


def list_number(text: str) -> int | None:
    """The number of a cell written as a list item ("2. 减少投诉", "3、…"), else None."""
    m = _LIST_NUMBER_RE.match(text)
    return int(m.group("n")) if m else None


def numbering_spills(rows: list[list[Cell]]) -> bool:
    """Whether rows look like a two-column objective / key-result table flattened from HTML: an
    objective beside key result "1. …", then the next key results ("2. …", "3. …") alone in the
    first cell of the rows below (another objective starts again beside a "1. …")."""
    if len(rows) < 2 or len(rows[0]) < 2:
        return False
    expect = 0
    for r in rows:
        filled = [c.text for c in r if c.text]
        if not filled:
            continue
        n = list_number(filled[0])
        if len(filled) >= 2 and n is None and list_number(filled[1]) == 1:
            expect = 2  # an objective beside its first key result
        elif expect and n == expect and len(filled) == 1:
            expect += 1
        else:
            return False
    return expect > 2


def _section_roles(header: list[Cell], rows: list[list[Cell]], width: int) -> list[str] | None:
    """Roles for a table with no OKR header whose objectives are section rows (one bold or
    labelled cell) over rows of key results: the column most often filled in the other rows
    holds the key results."""
    data = [r for r in [header, *rows] if any(c.text for c in r)]
    sections = [r for r in data if section_cell(r) is not None]
    others = [r for r in data if section_cell(r) is None]
    if not sections or len(others) < len(sections):
        return None
    counts = [sum(1 for r in others if i < len(r) and r[i].text) for i in range(width)]
    # The widest text column among the most filled ones (a number column is no key result).
    best = max(
        range(width),
        key=lambda i: (
            counts[i],
            sum(len(r[i].text) for r in others if i < len(r)),
        ),
    )
    if counts[best] < len(others) / 2:
        return None
    roles = ["other"] * width
    roles[best] = "kr"
    return roles


# Roles that only a header names: a row naming two of them ("| **Search** | Priority | Owner |")
# is a header even when its text column is headed by the team's name instead of "KR".
_COLUMN_ROLES = frozenset(["owner", "due", "score", "progress", "status", "priority", "weight"])


def _named_section_roles(roles: list[str], rows: list[list[Cell]], width: int) -> list[str] | None:
    """Roles for a table whose header names columns such as Priority and Owner but heads its
    text column with a team's name ("| **Search** | Priority | Owner | End-Q |"), its objectives
    written as section rows: the header's other columns keep their roles, and the unnamed
    column most often filled in the non-section rows holds the key results."""
    if sum(1 for r in roles if r in _COLUMN_ROLES) < 2:
        return None
    data = [r for r in rows if any(c.text for c in r)]
    others = [r for r in data if section_cell(r) is None]
    if len(data) == len(others) or not others:
        return None
    free = [i for i in range(width) if i >= len(roles) or roles[i] == "other"]
    if not free:
        return None
    counts = {i: sum(1 for r in others if i < len(r) and r[i].text) for i in free}
    best = max(free, key=lambda i: (counts[i], sum(len(r[i].text) for r in others if i < len(r))))
    if counts[best] < len(others) / 2:
        return None
    out = roles + ["other"] * (width - len(roles))
    out[best] = "kr"
    return _dedupe_plain(out)


# A grade a rubric's header names: "1.0", "0.7", ".5", "100%", "70%" (not "Q3", not "2024").
_GRADE_HEADER_RE = re.compile(r"(?:[01]?\.\d{1,2}|[01](?:\.0{1,2})?|\d{1,3}\s*%)")


def _grade_roles(header: list[Cell], width: int) -> list[str] | None:
    """Roles for a grading rubric's header ("| 条目 | 1.0 | 0.7 | 0.5 | 0.3 |", "| KR | 100% | 70% |
    | 30% |"): a first column that names no value, then three or more grades from the highest
    down. The first column holds the key results; the highest grade's column is the target."""
    if len(header) < 4 or width != len(header):
        return None
    first = role_of(header[0].text)
    if first not in (None, "kr", "text"):
        return None
    values: list[float] = []
    for c in header[1:]:
        t = c.text.strip().strip("*")
        if not _GRADE_HEADER_RE.fullmatch(t):
            return None
        v = score_value(t)
        if v is None:
            return None
        values.append(v)
    if values != sorted(values, reverse=True) or len(set(values)) != len(values):
        return None
    return ["kr", "target"] + ["other"] * (width - 2)


# Headers that name an item's wording in a database view or tracker export (decision 2771).
_NAME_HEADS = frozenset(
    ["name", "title", "名称", "标题", "itemname", "okrname", "goalname", "summary"]
)


# A cell that only numbers its row: "1.1", "1.4a", "KR2", "KR 3.1", "#4" (decision 4964).
_ROW_NUMBER_RE = re.compile(r"^(?:kr\s?|key\s?results?\s?)?#?\d{1,2}(?:\.\d{1,2})?[a-z]?\.?$", re.I)


def _numbers_beside_measure(roles: list[str], rows: list[list[Cell]]) -> list[str]:
    """Roles with a key-result column that only numbers its rows ("| KR | Measure | Target |" over
    "| 1.1 | Qualified demos booked per month | 40 to 70 |") read as an id column, and the
    Measure/Metric column as the key results' wording (decision 4964)."""
    if "kr" not in roles or "metric" not in roles or roles.count("kr") != 1:
        return roles
    kr = roles.index("kr")
    values = [v.strip().strip("*_ ") for v in _values(rows, kr)]
    if not values or not all(_ROW_NUMBER_RE.match(v) for v in values):
        return roles
    out = list(roles)
    out[kr], out[roles.index("metric")] = "id", "kr"
    return out


def build(header: list[Cell], rows: list[list[Cell]], first: int, end: int) -> Table | None:
    """A table from its header row and data rows, with roles; None when it is no OKR table."""
    width = max(len(r) for r in [header, *rows])
    roles: list[str] | None = [role_of(c.text) or "other" for c in header]
    roles += ["other"] * (width - len(roles))
    header_is_data = False
    kind = _kind_column(rows, width) if rows else None
    if kind is not None and roles[kind] == "id" and {"objective", "kr"} <= set(roles):
        # "| 编号 | 目标 | 关键结果 |" over "| O1 | 增长营收 30% | KR1 新客户 80 家 |": the numbers
        # of an id column beside named objective and key-result columns say no kind of their
        # own (decision 1910).
        kind = None
    grades = _grade_roles(header, width)
    if grades is not None:
        # "| 条目 | 1.0 | 0.7 | 0.5 | 0.3 |": a grading rubric, one key result a row, named in the
        # first column; the top grade's cell is the target (decision 686).
        roles = grades
    elif kind is not None:
        # "| 类型 | 内容 | 负责人 |": the kind column says which rows are objectives; the text is
        # in the first column after it that names no other role.
        roles[kind] = "kind"
        # "Name<TAB>Type<TAB>Parent<TAB>Owner" (a database view): the column named for the
        # item's name holds the wording, wherever it stands (decision 2771)
        text_col = next(
            (i for i, c in enumerate(header) if i != kind and _normalise(c.text) in _NAME_HEADS),
            None,
        )
        if text_col is None:
            text_col = next(
                (
                    i
                    for i in range(kind + 1, width)
                    if roles[i] in ("text", "objective", "kr", "other")
                ),
                None,
            )
        if text_col is None and kind + 1 < width and roles[kind + 1] == "metric":
            # "| Key Result | Measure | Target |" over "| KR1 | Clinic wait time | 45 → 20 min |":
            # the measure right beside the marks is the key result's wording (decision 4964)
            text_col = kind + 1
        if text_col is None:
            # "| KR | Target |" over "| **KR 1** | Validate 500 entries … |": the only column
            # beside the marks holds the wording, whatever its header calls it.
            text_col = next((i for i in range(kind + 1, width) if roles[i] == "target"), None)
        if text_col is None and [i for i in range(kind + 1, width) if roles[i] == "notes"] == [
            kind + 1
        ]:
            # "| KR | 说明 |" over "| KR1 | 早餐客单量 200 单 |": the one notes column right beside
            # the marks holds the wording (the table was dropped: decision 2326).
            text_col = kind + 1
        if (
            text_col is not None
            and text_col > kind + 1
            and roles[kind + 1] == "target"
            and kind < len(header)
            and role_of(header[kind].text) == "kr"
        ):
            # "| Key Result | Target | Measurement |" over "| KR1 | Repeat customers ≥ 40% … |
            # till report |": the column headed as the key results holds only their marks, and
            # the one right beside them holds the wording, not the source named after it
            # (decision 2821); a date written in that source column ("AQ-12 closed — done by
            # Apr 15") is the key result's due date, as a Due column's would be
            if roles[text_col] == "other":
                roles[text_col] = "due"
            text_col = kind + 1
        if text_col is None:
            return None
        roles = [("other" if r in ("objective", "kr", "text") else r) for r in roles]
        roles[text_col] = "text"
        if (
            kind < len(header)
            and text_col < len(header)
            and kind_of_mark(header[kind].text) == "objective"
            and header[text_col].text.strip()
            and role_of(header[text_col].text) is None
        ):
            # "| 核心目标 | 建立数据驱动的运营体系 |" over "| KR1 | … |": the top row is the
            # objective's own row, its mark and its wording, not a header (decision 2182).
            header_is_data = True
    elif header_roles(header) is not None:
        roles = metric_as_kr(roles, header)
        roles = _dedupe(parent_as_objective(goal_as_target(roles, header)), header)
        roles = period_as_target(roles, header)
        roles = _numbers_beside_measure(roles, rows)
        if "kr" not in roles and "objective" in roles and "metric" in roles:
            # "| Goal | Metric | Target |": the metric column holds the key results.
            roles[roles.index("metric")] = "kr"
        elif "kr" not in roles and "objective" in roles and "target" in roles:
            # "| Objective | Target | Due |", "| 目标 | 目标值 | 负责人 |": with no key-result or
            # metric column, the target column holds the key results (decision 3181)
            roles[roles.index("target")] = "kr"
    elif (named := _named_section_roles(roles, rows, width)) is not None:
        roles = named
    else:
        roles = _fallback_roles([header, *rows], width)
        if roles is None and numbering_spills([header, *rows]):
            roles = ["objective", "kr"] + ["other"] * (width - 2)
        if roles is None:
            roles = _section_roles(header, rows, width)
            if roles is None:
                return None
        header_is_data = True
    sectioned = "objective" not in roles and any(section_cell(r) is not None for r in rows)
    t = Table(first, end, header, roles, header_is_data=header_is_data, sectioned=sectioned)
    for row in [header, *rows] if header_is_data else rows:
        for i, c in enumerate(row):
            c.role = roles[i] if i < len(roles) else "other"
            c.header = header[i].text if i < len(header) and not header_is_data else ""
        t.rows.append(row)
    return t


# "1. … 2. …" or "1、…；2、…" inside one cell: an enumeration of key results.
_INLINE_NUMBER_RE = re.compile(r"(?:^|(?<=[\s；;，,。]))(?P<n>\d{1,2})\s?[.、)）](?!\d)")


def split_cell(cell: Cell) -> list[Cell]:
    """The lines of a cell that holds several: "KR1: …<br>KR2: …" (a Notion export), a quoted
    spreadsheet cell with line breaks, or "1. … 2. …" written inline. One cell per piece."""
    cuts: list[tuple[int, int]] = []  # (start, end) of each separator to cut out
    for m in _BR_RE.finditer(cell.text):
        cuts.append((m.start(), m.end()))
    for i, ch in enumerate(cell.text):
        if ch == "\n":
            cuts.append((i, i + 1))
    if not cuts:
        marks = list(_INLINE_NUMBER_RE.finditer(cell.text))
        numbers = [int(m.group("n")) for m in marks]
        if len(marks) >= 2 and numbers == list(range(1, len(marks) + 1)) and marks[0].start() == 0:
            cuts = [(m.start(), m.start()) for m in marks[1:]]
    if not cuts:
        return [cell]
    cuts.sort()
    out: list[Cell] = []
    pos = 0
    for s, e in cuts:
        out.append(_cell(cell.text, pos, s, cell.start))
        pos = e
    out.append(_cell(cell.text, pos, len(cell.text), cell.start))
    for c in out:
        c.role, c.header = cell.role, cell.header
        while c.text and c.text[-1] in "；;，,、":
            c.text, c.end = c.text[:-1].rstrip(), c.end - 1
            c.end = c.start + len(c.text)
    return [c for c in out if c.text] or [cell]


_SPACES_RE = re.compile(r"[ \u3000]{2,}|\u3000")


def _columns(body: str) -> list[int]:
    """The display column where each character of `body` starts (a CJK character is two wide,
    as a monospaced PDF or e-mail lines columns up)."""
    cols, col = [], 0
    for ch in body:
        cols.append(col)
        col += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    cols.append(col)
    return cols


def split_spaced(body: str, base: int, starts: list[int] | None) -> list[Cell] | None:
    """The cells of a row whose columns are lined up with two or more spaces.

    For the header (`starts` None) each chunk is a column (`header_columns` gives where each
    starts on screen). For a row, each chunk goes to the column whose header starts nearest at
    or before it (a row that starts further right has empty first cells); None when the row
    does not look like one of the table's rows.
    """
    chunks: list[tuple[int, int]] = []
    pos = 0
    for m in _SPACES_RE.finditer(body):
        if m.start() > pos:
            chunks.append((pos, m.start()))
        pos = m.end()
    if pos < len(body):
        chunks.append((pos, len(body)))
    chunks = [(s, e) for s, e in chunks if body[s:e].strip()]
    if starts is None:
        return [_cell(body, s, e, base) for s, e in chunks] if len(chunks) >= 2 else None
    cols = _columns(body)
    if not chunks or (
        len(chunks) < 2 and cols[chunks[0][0]] < (starts[1] if len(starts) > 1 else 1)
    ):
        return None  # one chunk at the left: prose or a new paragraph, not a row
    cells = [Cell("", "", "", base, base) for _ in starts]
    for s, e in chunks:
        col = max((i for i, st in enumerate(starts) if st <= cols[s] + 1), default=0)
        c = cells[col]
        if c.text:
            c.text, c.end = body[c.start - base : e].strip(), base + e
        else:
            cells[col] = _cell(body, s, e, base)
    return cells


def header_columns(body: str, base: int, header: list[Cell]) -> list[int]:
    """The display column where each header cell starts."""
    cols = _columns(body)
    return [cols[c.start - base] for c in header]


def split_tab_row(text: str, start: int) -> tuple[list[Cell], int] | None:
    """The spreadsheet row that starts at `text[start]` (tab-separated): its cells and the
    offset where the row ends. A cell in double quotes may hold tabs and line breaks
    ("1. …\n2. …"), as Excel copies such a cell. None when the row's first line has no tab."""
    n = len(text)
    eol = text.find("\n", start)
    eol = n if eol < 0 else eol
    if "\t" not in text[start:eol].strip(" "):
        return None
    cells: list[Cell] = []
    i = start
    while True:
        close = -1
        if i < n and text[i] == '"':
            j = i + 1
            limit = min(n, i + 2000)  # a quoted cell is a few lines, never the rest of the input
            while j < limit:
                if text[j] == '"' and text[j + 1 : j + 2] == '"':
                    j += 2
                elif text[j] == '"' and (j + 1 == n or text[j + 1] in "\t\r\n"):
                    close = j
                    break
                else:
                    j += 1
        if close >= 0:
            cells.append(_cell(text, i + 1, close, 0))
            i = close + 1
        else:
            j = i
            while j < n and text[j] not in "\t\r\n":
                j += 1
            cells.append(_cell(text, i, j, 0))
            i = j
        if i < n and text[i] == "\t":
            i += 1
            continue
        return cells, i


def lone_cell(text: str, line: object) -> Cell:
    """The one cell of a row with no tab (`line` is the parser's line: its text and offset)."""
    t: str = line.text  # type: ignore[attr-defined]
    s: int = line.start  # type: ignore[attr-defined]
    return Cell(role="", header="", text=t, start=s, end=s + len(t))


def continues(text: str) -> bool:
    """An objective cell that continues the objective above (empty, "-", "同上")."""
    return text.strip().strip("*").strip(" .").lower() in _CONTINUES


# -- given values from a row's cells ------------------------------------------------------------
_EMPTY_VALUE = frozenset(
    ["", "-", "–", "—", "/", "n/a", "na", "tbd", "tbc", "无", "待定", "暂无", "?"]
)
_PERCENT_RE = re.compile(r"^(?P<v>\d{1,3}(?:\.\d{1,2})?)\s?[%％]$")
_FRACTION_RE = re.compile(r"^(?P<v>(?:0?\.\d{1,2}|[01](?:\.0{1,2})?))$")
_LEADING_NUMBER_RE = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,2})?\s?[%％]|\d{1,2}(?:\.\d)?\s?/\s?10|0?\.\d{1,2}|[01](?:\.0{1,2})?)(?=[\s(（,，]|$)"
)
_TEN_RE = re.compile(r"^(?P<v>\d{1,2}(?:\.\d)?)\s?/\s?10$")


def empty_value(text: str) -> bool:
    return text.strip().strip("*").lower() in _EMPTY_VALUE


def score_value(text: str) -> float | None:
    """A score or progress as a 0–1 number: "0.7", ".7", "1", "70%", "7/10"."""
    t = text.strip().strip("*")
    lead = _LEADING_NUMBER_RE.match(t)
    if lead and lead.end() < len(t):
        t = lead.group(0).strip()  # "40% 🟢", "0.7 (on track)"
    m = _FRACTION_RE.match(t)
    if m:
        return float(m.group("v"))
    m = _PERCENT_RE.match(t)
    if m and float(m.group("v")) <= 100:
        return round(float(m.group("v")) / 100, 4)
    m = _TEN_RE.match(t)
    if m and float(m.group("v")) <= 10:
        return round(float(m.group("v")) / 10, 4)
    return None


_LEVEL_VALUES = {
    "公司": "company",
    "公司级": "company",
    "集团": "company",
    "company": "company",
    "corporate": "company",
    "团队": "team",
    "团队级": "team",
    "部门": "team",
    "部门级": "team",
    "team": "team",
    "department": "team",
    "个人": "personal",
    "个人级": "personal",
    "personal": "personal",
    "individual": "personal",
}


def level_value(text: str) -> str | None:
    return _LEVEL_VALUES.get(text.strip().strip("*").lower())

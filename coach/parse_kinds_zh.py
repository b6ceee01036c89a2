"""Chinese pages where the layout does not say an item's kind, and cells that are no wording
(decisions 1620-1639).

- 1620: `kind_of` — the kind a line's own wording suggests: a measured change, a figure with a
  unit, a date bound with a figure → a key result; an aspiration or a direction with no figure →
  an objective; anything else (prose, a bare title) → no kind. Used only where the layout reads
  a run of lines all one way and the wording says otherwise.
- 1621: `status_cells` — progress, score and status cells pasted from an OKR tool or a report
  (" | 进行中 | 60%", "\t已完成", " 完成度 80% 得分 0.8", "（当前4.4，✅按计划）", a "100%" or "0.7"
  line under a key result, "【进行中】" after its label) are the item's status, not its wording.
- 1622: `report_sections` — a report's own section numbers ("三、存在的问题" after "二、本季度OKR
  回顾") close the labelled set above: the section is prose, not a key result of the last
  objective; a flattened table's header row ("目标" / "关键结果" / "完成度" / "得分") is no item.
- 1623: `flat_run` — one list, every line the same marker and depth, read as objectives: where
  an aspiration leads and measured lines follow each aspiration, the measured lines are its key
  results.
- 1803: `label_over_row` — a label with no wording ("## 目标一") over the table or line that
  restates it with its wording ("目标一：让…", a review table's first row) is that block's
  heading, not an objective of its own.
- 1805: `lines_under_bare_label` — a bare "关键结果" over lines with no marker (a mind map's
  outline pasted as text): each line that measures is a key result of its own, not one wording
  run together.
- 1808: `template_parts` — a template guide's numbered parts ("1. 季度目标（Objective）" / "> how to
  write it" / "示例：" / the example): the part's heading, its quoted instructions and the items
  under "行动计划（Actions）" are no items; the examples are.
- 1812: `contrasted_examples` — a guide's "❌ 错误的目标：…" / "✅ 正确的目标：…" pairs: the wrong
  example is prose, the right one the item, its "正确的关键结果：" no part of its wording.

`coach.parse_guide_zh.recast` calls `recast` on a page with Chinese in it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import Any

from coach.cycle import scores
from coach.facts.grades import grade_tail
from coach.facts.timeframes import has_deadline

# --- 1620: the kind a line's wording suggests ------------------------------------------------
# A figure with its unit ("20家", "600万元", "4.5分", "2小时", "30%"), a measured change ("从8万提升到
# 15万", "降到", "不低于"), a date bound ("9月底前", "年底前", "截至12月31日").
_UNIT_FIGURE_RE = re.compile(
    r"(?<![\d.])\d+(?:\.\d+)?[ \t]?(?:[%％‰]|倍|万|亿|千|百|元|块|个|家|人|名|位|次|篇|本|场|项|款|条|单|份|张|"
    r"天|日|周|小时|分钟|秒|分|点|ms|s\b|h\b|GB|MB|k|K|w|W|台|套|所|座|间|门|节|课时|学时|公里|吨|件)"
    r"|百分之[一二三四五六七八九十百]+|[一二两三四五六七八九十]+[ \t]?(?:倍|成)|翻(?:一|两)?番|翻倍|(?:下降|降低|减少|缩短|提升|提高|增长|增加|压缩)了?一半|减半"
)
_CHANGE_RE = re.compile(
    r"从[^，,。；;\n]{0,24}?(?:提升|提高|增加|增长|降低|降|减少|缩短|下降|上升|扩大)?[到至]"
    r"|(?:提升|提高|增加|增长|降低|降|减少|缩短|下降|上升|扩大|压缩|控制)(?:了)?(?:到|至|在)?[ \t]?\d"
    r"|(?:达到|达|超过|突破|不低于|不少于|不高于|不超过|低于|高于|保持在|稳定在|控制在)[ \t]?\d"
    r"|[<>≥≤][ \t]?\d|\d[^，,。；;\n]{0,8}(?:以上|以下|以内)"
)
_DATE_BOUND_RE = re.compile(
    r"(?:\d{1,2}[ \t]?月(?:\d{1,2}[ \t]?日)?(?:底|末)?|年底|年末|季度末|月底|Q[1-4]末?)[ \t]?(?:前|之前|以前)"
    r"|截至|截止"
)
# An ordinal or a date is no target figure: "第一周", "2027年", "Q3", "11月".
_NOT_FIGURE_RE = re.compile(
    r"第[一二三四五六七八九十\d]+|(?:19|20)\d\d[ \t]?年?|[QqHh][1-4]|\d{1,2}[ \t]?月(?:\d{1,2}[ \t]?日)?"
    r"|一(?:个|起|直|定|样|流|线|次性|站)"
)
_ANY_FIGURE_RE = re.compile(
    r"\d|[一二两三四五六七八九十百千万]+[ \t]?(?:倍|成|个|家|人|名|次|款|项)|百分之|一半|减半|翻(?:一|两)?番|翻倍"
)
# An aspiration or a direction: what the set is for, a verb of making or becoming.
_ASPIRATION_RE = re.compile(
    r"^(?:让|使|把|将|帮助|帮|打造|建立|建设|构建|成为|做|做成|做好|推动|推进|提升|提高|增强|加强|改善|优化|"
    r"完善|实现|赢得|树立|塑造|培养|夯实|深化|深耕|拓展|开拓|扩大|守住|保障|确保|激发|点燃|重塑|升级|"
    r"持续|全面|稳步|聚焦|围绕|带领|带着|成就|创造|探索|布局|抢占|巩固|铸就|走向|迈向|冲刺|争当|争做)"
)
# A section's title, not an aspiration: "保障措施", "下季度工作计划", "存在的问题", "OKR回顾：".
_TITLE_END_RE = re.compile(
    r"(?:措施|计划|问题|总结|概述|思路|要求|安排|情况|说明|回顾|展望|建议|分析|背景|目标|关键结果|指标)"
    r"[ \t]*[:：]?$|[:：]$"
)
_PROSE_END_RE = re.compile(r"[。！？!?]$")


def _bare(text: str) -> str:
    return _NOT_FIGURE_RE.sub(" ", text)


def kind_of(text: str) -> str | None:
    """ "kr" for a line whose wording measures (a measured change, a figure with a unit, a date
    bound with a figure), "objective" for an aspiration with no figure, None when the wording
    does not say (prose, a title, a figure with no measure)."""
    t = text.strip()
    if len(t) < 4 or len(t) > 60 or (_PROSE_END_RE.search(t) and t.count("，") >= 2):
        return None
    bare = _bare(t)
    if _ANY_FIGURE_RE.search(bare):
        if _UNIT_FIGURE_RE.search(bare) or _CHANGE_RE.search(t) or _DATE_BOUND_RE.search(t):
            return "kr"
        return None
    if _ASPIRATION_RE.match(t) and len(t) >= 6 and not _TITLE_END_RE.search(t):
        return "objective"
    return None


# --- 1621: status, progress and score cells ----------------------------------------------------
_SIGNS = "✅✔✓☑⚠❌✗✘⏳⌛🟢🟡🔴🟠⭕🔵"
_STATUS_WORD = (
    r"(?:进行中|推进中|已完成|未完成|完成|未开始|未启动|有风险|风险|延期|延迟|滞后|落后|按计划|正常|暂停|"
    r"已取消|取消|已达成|未达成|达成|已关闭|待开始|待启动|阻塞|受阻)"
)
_STATUS_LABEL = (
    r"(?:完成度|完成率|完成情况|进度|进展|得分|评分|自评分|自评|打分|分数|状态|score|progress)"
)
_VALUE = rf"(?:\d{{1,3}}(?:\.\d{{1,2}})?[ \t]?[%％]?|{_STATUS_WORD})"
# A cell that holds a status alone: "进行中", "60%", "0.7", "✅", "⚠️落后", "得分 0.7", "状态：进行中".
_LABELLED_CELL = rf"[【\[]?{_STATUS_LABEL}[】\]]?[ \t]*[:：]?[ \t]*{_VALUE}"
_BARE_CELL = (
    rf"(?:\d{{1,3}}(?:\.\d{{1,2}})?[ \t]?[%％]|[01]?\.\d{{1,2}}|1\.0|[{_SIGNS}]\ufe0f?[ \t]*{_STATUS_WORD}?"
    rf"|{_STATUS_WORD}[ \t]*[{_SIGNS}]?\ufe0f?)"
)
_CELL_RE = re.compile(rf"(?:{_LABELLED_CELL}|{_BARE_CELL})", re.IGNORECASE)
# The last cell of a line: after a tab, a bar, three spaces (any cell), or one space (a cell
# that names itself: "完成度 80%", "得分 0.7").
_TAIL_CELL_RE = re.compile(
    rf"(?:[|｜][ \t]*|\t[ \t]*|[ ]{{3,}})(?P<c>[^|｜\t ](?:[ ]?[^|｜\t ]){{0,15}})[ \t]*[|｜]?[ \t]*$"
    rf"|[ \t](?P<n>{_LABELLED_CELL})[ \t]*$",
    re.IGNORECASE,
)
# "（当前3.2小时，进度60%）", "（✅按计划）": a bracketed progress note at the end of the wording.
_NOTE_RE = re.compile(r"[（(](?P<n>[^（）()\n]{1,30})[)）][ \t]*$")
# "（自评0.7）", "（评分：0.6）" after an objective: its self-score (decision 1811)
_NOTE_CUE_RE = re.compile(
    rf"[{_SIGNS}]|{_STATUS_WORD}|(?:进度|完成度|得分|自评分?|评分|打分|分数)[ \t]*[:：]?[ \t]*\d"
)
# "【进行中】" right after the label, or at the head of the wording; "【衡量】", "【KR2】" at the
# head of a key result's wording: its label.
_HEAD_CELL_RE = re.compile(rf"^[【\[]{_STATUS_WORD}[】\]][ \t]*")
_HEAD_KR_LABEL_RE = re.compile(
    r"^【(?:衡量(?:标准|指标)?|考核(?:指标)?|指标|关键(?:结果|成果)|KR[ \t]?\d{0,2}(?:\.\d{1,2})?|结果)】[ \t]*[:：]?[ \t]*",
    re.IGNORECASE,
)
# A key result's own label after a status cell that opens the line: "【进行中】KR1：", "[已完成]
# 关键结果2：" (decision 5702).
_LABEL_AFTER_CELL_RE = re.compile(
    r"(?:KR|关键(?:结果|成果))[ \t]?\d{1,2}(?:\.\d{1,2})?[ \t]?[:：.、][ \t]*", re.IGNORECASE
)
_FIGURE_RE = re.compile(r"\d")
# "更新于 2026-11-02", "导出时间：…": a tool's stamp under the last item.
_STAMP_RE = re.compile(
    r"(?:更新于|更新时间|最后更新|最近更新|导出于|导出时间|生成于|生成时间)[ \t]*[:：]?[ \t]*\S"
)


def _drop_separator(text: str) -> str:
    for sep in ("——", "—", "--", "=>", "->", "→"):
        if text.endswith(sep):
            return text[: -len(sep)].rstrip()
    return text


def _score_of(cell: str) -> float | None:
    m = re.search(r"(\d{1,3}(?:\.\d{1,2})?)[ \t]?([%％])?", cell)
    if not m:
        return None
    v = float(m.group(1))
    if m.group(2):
        return v / 100 if v <= 100 else None
    return v if v <= 1 else None


def _cut_tail(text: str) -> tuple[str, list[str]]:
    """`text` with its trailing status cells cut, and the cells cut (last first)."""
    cells: list[str] = []
    while True:
        m = _TAIL_CELL_RE.search(text)
        cell = (m.group("c") or m.group("n")).strip() if m else ""
        if m and _CELL_RE.fullmatch(cell) and text[: m.start()].strip():
            rest = text[: m.start()].rstrip()
            bare_figure = m.group("n") is None and _FIGURE_RE.match(cell)
            if bare_figure and not _FIGURE_RE.search(_bare(rest)):
                return text, cells  # "新手引导完成率 | 75%": the cell is the target, not a progress
            cells.append(cell)
            # the separator before the cell goes with it: "NPS提升到50 —— 进度 40%"
            text = _drop_separator(rest)
            continue
        n = _NOTE_RE.search(text)
        # "（Q2达成）", "（9月底前完成）": a remark that says by when is the deadline, kept in the
        # wording (decision 2041); "（当前3.2小时，进度60%）" is a status only
        if (
            n
            and _NOTE_CUE_RE.search(n.group("n"))
            and text[: n.start()].strip()
            and not has_deadline(n.group("n"), "zh")
        ):
            cells.append(n.group(0).strip())
            text = text[: n.start()].rstrip()
            continue
        return text, cells


def _note(b: Any, cells: list[str]) -> None:
    for cell in cells:
        if re.search(r"得分|评分|自评|分数|打分|score|^[01]?\.\d", cell, re.IGNORECASE):
            v = _score_of(cell)
            if v is not None:
                b.given["score"] = v
        elif "status" not in b.given and not re.fullmatch(r"[\d. ]+[%％]?", cell):
            b.given["status"] = cell.strip("（）()【】[] ")
    if "score" not in b.given:
        for cell in cells:
            v = _score_of(cell) if re.search(r"[%％]", cell) else None
            if v is not None:
                b.given["score"] = v
                break


def status_cells(p: Any) -> None:
    for b in p.builders:
        if not b.parts:
            continue
        keep: list[tuple[str, int]] = []
        cell = [
            bool(_CELL_RE.fullmatch(t.strip()) or _STAMP_RE.match(t.strip())) for t, _ in b.parts
        ]
        for i, (t, at) in enumerate(b.parts):
            # a cell line is cut only where nothing but cells follows it: "0.5" / "完成一" / "半"
            # is a score before a status broken over two lines (the seed's internet template),
            # read whole by the grade reader
            if i and all(cell[i:]):
                p.prose_lines.append((t.strip(), at, at + len(t)))
                if not _STAMP_RE.match(t.strip()):
                    _note(b, [t.strip()])
                continue
            if not keep and b.kind == "kr":
                h = _HEAD_KR_LABEL_RE.match(t)
                if h and h.end() < len(t):
                    b.label = (b.label + " " + h.group(0).strip()).strip()
                    t, at = t[h.end() :], at + h.end()
            if not keep:
                h = _HEAD_CELL_RE.match(t)
                if h and h.end() < len(t):
                    _note(b, [h.group(0).strip()])
                    t, at = t[h.end() :], at + h.end()
                    k = _LABEL_AFTER_CELL_RE.match(t) if b.kind == "kr" else None
                    if k and k.end() < len(t):
                        # "【进行中】KR1：…": the status, then the key result's label (5702)
                        b.label = (b.label + " " + k.group(0).strip(" \t:：")).strip()
                        t, at = t[k.end() :], at + k.end()
            cut, cells = _cut_tail(t)
            # (no cell cut, the line is kept whole either way: the grade readers are asked only
            # where a cell would be cut, not of every key result's line)
            if cells and b.kind == "kr" and (grade_tail(t) is not None or scores.read(t).spans):
                # the grade readers read this tail (score, status, note); they read a key
                # result's only, so an objective's "  进度 40%  得分 0.4" is cut (decision 1804)
                keep.append((t, at))
                continue
            if cells:
                p.prose_lines.append((t[len(cut) :].strip(), at + len(cut), at + len(t)))
                _note(b, cells)
            keep.append((cut, at))
        b.parts = keep


# --- 1622: a report's sections and a flattened table's header row -----------------------------
_ZH_SECTION_RE = re.compile(r"(?P<m>[一二三四五六七八九十]{1,3})[、.．]")
_HEADER_WORDS_RE = re.compile(
    r"(?:目标|关键(?:结果|成果)|完成度|完成率|完成情况|进度|得分|评分|自评|状态|负责人|权重|截止(?:时间|日期)?|备注|序号)"
    r"(?:[（(][^（）()]{1,6}[)）])?"
)


def report_sections(p: Any) -> None:
    from coach.parse import _own_label

    bs = [b for b in p.builders if b.parts]
    if not bs:
        return
    text = p.text
    sections = {
        m.start() for m in re.finditer(r"(?m)^[ \t]*[一二三四五六七八九十]{1,3}[、.．]", text)
    }
    first_item = min(at for b in bs for _t, at in b.parts)
    drop: list[Any] = []

    def on_section(b: Any) -> bool:
        line_start = text.rfind("\n", 0, b.parts[0][1]) + 1
        return line_start in sections and bool(
            _ZH_SECTION_RE.match(text, line_start + _spaces(text, line_start))
        )

    # a section of the page's own opened on a line above the first item's: the first item on a
    # section's line ("一、把涂装不良打下来") makes the sections the set's objectives
    first_line = text.rfind("\n", 0, first_item) + 1
    if any(s < first_line for s in sections):
        # The page's sections opened before its first item ("一、工作概述"): a later section whose
        # title is no aspiration ("三、存在的问题", "二、保障措施"), with nothing measured or labelled
        # under it, is the report's own section, not an item of the set above it.
        i = 0
        while i < len(bs):
            b = bs[i]
            j = i + 1
            while j < len(bs) and not on_section(bs[j]):
                j += 1
            run = bs[i:j]
            if (
                on_section(b)
                and b.parts[0][1] > first_item
                and kind_of(b.parts[0][0]) is None
                and not any(_own_label(x) or kind_of(x.parts[0][0]) == "kr" for x in run)
            ):
                drop += run
            i = j if on_section(b) else i + 1
    # "目标" over "关键结果" over "完成度" / "得分": the header row, one cell a line.
    for i, b in enumerate(p.builders[:-1]):
        nxt = p.builders[i + 1]
        if (
            b.kind == "objective"
            and not "".join(t for t, _ in b.parts).strip()
            and nxt.kind == "kr"
            and nxt.parts
            and all(_HEADER_WORDS_RE.fullmatch(t.strip()) for t, _ in nxt.parts)
        ):
            drop += [b, nxt]
    if not drop:
        return
    for b in drop:
        for t, at in b.parts:
            p.prose_lines.append((t, at, at + len(t)))
    from coach.parse import _use_builders

    _use_builders(p, [b for b in p.builders if not any(b is d for d in drop)])


# --- 1623: a flat run of lines, read all as objectives --------------------------------------
def flat_run(p: Any) -> None:
    from coach.parse import _own_label

    bs = [b for b in p.builders if b.parts]
    if len(bs) < 3 or any(b.kind != "objective" or _own_label(b) for b in bs):
        return
    if len({(b.style, b.indent) for b in bs}) != 1:
        return
    kinds = [kind_of(" ".join(t for t, _ in b.parts)) for b in bs]
    if None in kinds or kinds[0] != "objective" or kinds.count("kr") < 2:
        return
    for i, k in enumerate(kinds):
        if k == "objective" and (i + 1 == len(kinds) or kinds[i + 1] != "kr"):
            return  # an aspiration with no measured line after it: a list of objectives
    for b, k in zip(bs, kinds, strict=True):
        if k == "kr":
            b.kind = "kr"
            b.indent = max(b.indent, 2)
    from coach.parse import _use_builders

    _use_builders(p, p.builders)


def recast(p: Any) -> None:
    report_sections(p)
    sign_marked_lines(p)
    status_cells(p)
    three_levels(p)
    measured_run_on(p)
    flat_run(p)
    quoted_in_prose(p)
    prose_set(p)
    refused_outline(p)
    label_over_row(p)
    lines_under_bare_label(p)
    template_parts(p)
    contrasted_examples(p)
    told_goal_over_list(p)


# --- 1624: objectives and key results quoted in prose, each after the word for its role -------
# "把目标定为“A”，围绕它写了三条关键结果：“B”“C”", "若企业OKR是“A”，…关键成果(如“B”“C”)",
# "例如“A”对应关键结果“B”", "O可以写成“A”，KR则写成“B”、“C”": a quote takes the role of the
# nearest role word before it in its clause (at most 14 characters before, no comma between), and the quotes
# joined to it (、 和 与 及 以及, or nothing) take the same role.
_ROLE_RE = re.compile(
    r"(?P<kr>关键(?:结果|成果)|關鍵(?:結果|成果)|(?<![A-Za-z])KRs?(?![A-Za-z])|Key[ \t]Results?)"
    r"|(?P<o>目标|目標|(?<![A-Za-z])(?:OKR|O|Objective)(?![A-Za-z]))",
    re.IGNORECASE,
)
_QUOTE_RE = re.compile(r"[“「](?P<q>[^“”「」\n]{2,60})[”」]")
_POINTS_TO_KRS_RE = re.compile(
    r"(?:对应|對應|拆解为|拆解成|拆成|分解为|下面?|之下)的?(?:关键(?:结果|成果)|關鍵(?:結果|成果)|KRs?)"
)
# Between the role word and its quote: a few words, a colon only right before the quote
# ("目标定为“", "关键结果：“", "关键成果(如“"; not "目标:明确“…”").
_BETWEEN_RE = re.compile(r"[^，,：:“”「」。]{0,10}[：:]?[ \t]*")
_JOINS = {"", "、", "，", ",", "和", "与", "及", "或", "以及"}
_SENTENCE_BREAK = "。；;！？!?\n"


def _spaces(text: str, at: int) -> int:
    n = 0
    while at + n < len(text) and text[at + n] in " \t":
        n += 1
    return n


def quoted_roles(text: str) -> list[tuple[str, str, int]]:
    """(kind, wording, offset) for each quote told after a role word, in page order."""
    out: list[tuple[str, str, int]] = []
    prev_end, prev_kind = -1, None
    for m in _QUOTE_RE.finditer(text):
        kind = None
        if prev_kind and prev_end >= 0 and text[prev_end : m.start()].strip(" \t") in _JOINS:
            kind = prev_kind
        else:
            start = max(text.rfind(c, 0, m.start()) for c in _SENTENCE_BREAK) + 1
            window = text[max(start, m.start() - 14) : m.start()]
            roles = list(_ROLE_RE.finditer(window))
            if roles and _BETWEEN_RE.fullmatch(window, roles[-1].end()):
                kind = "kr" if roles[-1].group("kr") else "objective"
            elif _POINTS_TO_KRS_RE.match(text, m.end() + _spaces(text, m.end())):
                kind = "objective"  # "例如“A”对应的关键结果“B”"
        if _ROLE_RE.fullmatch(m.group("q").strip()):
            kind = None  # “目标”, “关键成果”: the word named, not an example
        if kind:
            out.append((kind, m.group("q"), m.start("q")))
        prev_end, prev_kind = m.end(), kind
    return out


# "设定一个宏大的“目标”，例如提升品牌知名度，然后…“关键成果”来支撑这一目标，例如在第四季度将声量
# 份额提升10%": an unquoted example after 例如/比如, in a clause that names the roles, is the
# kind its own wording says, if its clause names that kind.
_EXAMPLE_RE = re.compile(r"(?:例如|比如|譬如)[：:，, \t]*(?P<x>[^，,。；;：:“”「」\n]{4,40})")


def example_roles(text: str) -> list[tuple[str, str, int]]:
    out: list[tuple[str, str, int]] = []
    prev = 0
    for m in _EXAMPLE_RE.finditer(text):
        start = max([text.rfind(c, 0, m.start()) for c in _SENTENCE_BREAK] + [prev]) + 1
        named = {
            "kr" if r.group("kr") else "objective"
            for r in _ROLE_RE.finditer(text, start, m.start())
        }
        kind = kind_of(m.group("x"))
        if kind in named and not (m.end() < len(text) and text[m.end()] in "“「"):
            out.append((kind, m.group("x").strip(), m.start("x")))
        prev = m.end()
    return out


def _broken(b: Any) -> bool:
    """A wording that runs across a quote's end ("A”，围绕它写了三条"), or that holds quotes."""
    w = "".join(t for t, _ in b.parts)
    return w.count("”") != w.count("“") or w.count("“") >= 2 or w.count("「") >= 2


def quoted_in_prose(p: Any) -> None:
    found = sorted(quoted_roles(p.text) + example_roles(p.text), key=lambda f: f[2])
    if not any(k == "objective" for k, _w, _a in found) or not any(
        k == "kr" for k, _w, _a in found
    ):
        return
    while found and found[0][0] == "kr":
        found.pop(0)
    bs = [b for b in p.builders if b.parts]
    lo = found[0][2]
    hi = found[-1][2] + len(found[-1][1])
    inside = [b for b in bs if any(at < hi and lo < at + len(t) for t, at in b.parts)]
    starts = {a for _k, _w, a in found}

    def taken(b: Any) -> bool:
        # read as one of the quotes, across a quote's end, or the whole paragraph as one objective
        return b.parts[0][1] in starts or _broken(b) or (b.kind == "objective" and len(inside) == 1)

    if bs and not (inside and all(taken(b) for b in inside)):
        return  # the lines read items of their own around the quotes
    read_krs = {b.parts[0][1] for b in bs if b.kind == "kr"}
    if (
        all(a in read_krs for k, _w, a in found if k == "kr")
        and not any(map(_broken, inside))
        and any(b.kind == "objective" for b in bs)
    ):
        return  # the key results are read already, each under the objective the lines gave it
    from coach.parse_guide_zh import _line_no, _new, _replace

    new = [_new(k, w, a, _line_no(p.text, a)) for k, w, a in found]
    for b in inside:
        for t, at in b.parts:
            p.prose_lines.append((t, at, at + len(t)))
    _replace(p, inside, new)


# --- 1625: three levels — group names over objectives over key results ------------------------
# "一、产品部" / "（一）让新用户第一周就爱上我们" / "1. 新用户7日留存率从28%提升到40%": the outer lines
# name groups (a team, an area: no aspiration, no figure), the middle lines are aspirations, the
# inner ones measure. The middle lines are the objectives; the group names are prose.
_GROUP_MAX = 12


def three_levels(p: Any) -> None:
    from coach.parse import _own_label, _use_builders

    bs = [b for b in p.builders if b.parts]
    outer = [b for b in bs if b.kind == "objective"]
    if not outer or any(_own_label(b) for b in bs):
        return
    for b in outer:
        w = " ".join(t for t, _ in b.parts)
        if kind_of(w) is not None or len(w) > _GROUP_MAX or _ANY_FIGURE_RE.search(_bare(w)):
            return
    firsts = [bs[bs.index(b) + 1] for b in outer if bs.index(b) + 1 < len(bs)]
    if len(firsts) != len(outer) or any(f.kind != "kr" for f in firsts):
        return
    style = firsts[0].style
    middle = [b for b in bs if b.kind == "kr" and b.style == style]
    inner = [b for b in bs if b.kind == "kr" and b.style != style]
    if not style or not inner or any(f.style != style for f in firsts):
        return
    if any(kind_of(b.parts[0][0]) != "objective" for b in middle):
        return
    if any(kind_of(b.parts[0][0]) == "objective" for b in inner):
        return
    if not any(kind_of(b.parts[0][0]) == "kr" for b in inner):
        return
    for b in middle:
        b.kind = "objective"
        b.indent = 0
    for b in outer:
        for t, at in b.parts:
            p.prose_lines.append((t, at, at + len(t)))
    _use_builders(p, [b for b in p.builders if not any(b is o for o in outer)])


# --- 1626: an aspiration with measured lines run on below it ---------------------------------
# "• 让客户更满意" over "  NPS从30提升到45" / "  投诉率下降一半" (no marks): the lines below are not
# the bullet's wrapped wording but its key results; a title above such bullets ("Q3重点") that
# measures nothing and aspires to nothing is the page's heading.
def measured_run_on(p: Any) -> None:
    from coach.parse import _own_label, _use_builders

    split: list[Any] = []
    out: list[Any] = []
    for b in p.builders:
        if (
            len(b.parts) >= 2
            and not _own_label(b)
            and kind_of(b.parts[0][0]) == "objective"
            and all(kind_of(t) == "kr" for t, _ in b.parts[1:])
            and all(p.text.rfind("\n", 0, at) > b.parts[0][1] for _t, at in b.parts[1:])
        ):
            from coach.parse_guide_zh import _line_no, _new

            o = _new("objective", *b.parts[0], b.line_no)
            out.append(o)
            out += [_new("kr", t, at, _line_no(p.text, at)) for t, at in b.parts[1:]]
            split.append(b)
        else:
            out.append(b)
    if not split:
        return
    # a heading objective left with no key result of its own, that names nothing to reach
    kept: list[Any] = []
    for i, b in enumerate(out):
        nxt = out[i + 1] if i + 1 < len(out) else None
        w = " ".join(t for t, _ in b.parts)
        if (
            b.kind == "objective"
            and nxt is not None
            and nxt.kind == "objective"
            and kind_of(w) is None
        ):
            for t, at in b.parts:
                p.prose_lines.append((t, at, at + len(t)))
            continue
        kept.append(b)
    _use_builders(p, kept)


# --- 1627: an objective and its measures told in one paragraph --------------------------------
# "我们本季度要让客户更满意。具体来说，NPS从30提升到45，投诉率下降一半。": the first sentence
# aspires (after 要 / 希望 / 目标是), the next one only measures, clause by clause. Read as one
# objective, the paragraph hid its key results.
_WHEN = r"(?:本|这个|下个?|今|明)(?:季度|年|月)|(?:19|20)\d\d年|[QH][1-4]|上半年|下半年"
_WANT_RE = re.compile(
    rf"^(?P<t0>{_WHEN})?[，, ]?(?:我们|我|团队|本团队|公司|部门|本部门|大家)?(?:的)?"
    rf"(?P<t>{_WHEN})?"
    r"(?:的)?(?:目标是|目标为|要|希望|想要|打算|决心|力争)[ \t]*"
)
_MEASURES_LEAD_RE = re.compile(
    r"^(?:具体(?:来说|而言|地说)?|也就是说?|衡量(?:标准|的方式)?(?:是|为)?|标准是|包括|即|比如)[，,：:]?[ \t]*"
)


def prose_set(p: Any) -> None:
    from coach.parse_guide_zh import _line_no, _new, _replace

    bs = [b for b in p.builders if b.parts]
    if len(bs) != 1 or bs[0].kind != "objective" or len(bs[0].parts) != 1:
        return
    text, at = bs[0].parts[0]
    sentences = [m for m in re.finditer(r"[^。！!；;]+[。！!；;]?", text) if m.group().strip()]
    if len(sentences) < 2:
        return
    first = sentences[0]
    w = _WANT_RE.match(first.group())
    if not w or w.end() >= len(first.group()):
        return
    when = "t0" if w.group("t0") else "t"
    o_start = first.start() + (w.start(when) if w.group(when) else w.end())
    o_text = text[o_start : first.end()].rstrip("。！!；;，, ")
    if kind_of(text[first.start() + w.end() : first.end()].rstrip("。！!；;")) != "objective":
        return
    krs: list[tuple[str, int]] = []
    for s in sentences[1:]:
        body, base = s.group(), s.start()
        lead = _MEASURES_LEAD_RE.match(body)
        if lead:
            body, base = body[lead.end() :], base + lead.end()
        for c in re.finditer(r"[^，,、。！!；;]+", body):
            piece = c.group().strip()
            if not piece:
                continue
            if kind_of(piece) != "kr":
                return  # a sentence that does more than measure: prose, not a set
            krs.append((piece, at + base + c.start() + (len(c.group()) - len(c.group().lstrip()))))
    if len(krs) < 2:
        return
    new = [_new("objective", o_text, at + o_start, bs[0].line_no)]
    new += [_new("kr", t, a, _line_no(p.text, a)) for t, a in krs]
    _replace(p, bs, new)


# --- 1628: a page no reading accounted for, read line by line by each line's wording ----------
# "二、让老客户愿意回来" / "1. 老客户回购率从20%提升到35%" under a report's "一、背景" prose, "1 让…"
# numbered with a space, "第一部分 让…": every layout reading gave up, yet each line says its
# kind. Lines that say none (prose, titles) are left as prose; the reading stands only where
# every aspiration has a measured line after it.
_LINE_MARK_RE = re.compile(
    r"(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．][ \t]*|[-*•·▪◆◇■□▶►➤→][ \t]*|[①-⑳][ \t]*"
    r"|\d{1,2}[ \t]+(?=[\u4e00-\u9fff])|第[一二三四五六七八九十\d]{1,3}(?:部分|点|条|项)[ \t:：，,]*)"
)


def refused_outline(p: Any) -> None:
    if any(b.parts for b in p.builders):
        return
    from coach.parse_guide_zh import _new

    found: list[tuple[str, str, int, int]] = []
    pos = 0
    for i, raw in enumerate(p.text.split("\n")):
        at = pos
        pos += len(raw) + 1
        lead = len(raw) - len(raw.lstrip())
        m = _LINE_MARK_RE.match(raw, lead)
        body_at = m.end() if m else lead
        body = raw[body_at:].rstrip()
        k = kind_of(body)
        if k == "kr" and not m and len(body) > 40:
            k = None
        if k:
            found.append((k, body, at + body_at, i + 1))
    while found and found[0][0] == "kr":
        found.pop(0)
    kinds = [f[0] for f in found]
    if "objective" not in kinds or "kr" not in kinds:
        return
    for j, k in enumerate(kinds):
        if k == "objective" and (j + 1 == len(kinds) or kinds[j + 1] != "kr"):
            return  # an aspiration with nothing measured under it: not a set the lines tell
    from coach.parse import _use_builders

    p.orphan_labels = []
    _use_builders(p, [_new(k, w, a, n) for k, w, a, n in found])


# --- 1629: a status sign opens a line as its list mark ---------------------------------------
# "  ✅ 留存率从28%提升到40%" / "  ⏳ 引导完成率达到75%" / "  ❌ 会员数从3万增长到5万": a line opened by
# a status sign and a measured wording is an item of its own (its status given), not the wrapped
# tail of the item above.
_SIGN_LINE_RE = re.compile(rf"(?P<s>[{_SIGNS}]\ufe0f?)[ \t]*")


def sign_marked_lines(p: Any) -> None:
    from coach.parse import _own_label
    from coach.parse_guide_zh import _line_no, _new

    changed = False
    out: list[Any] = []
    for b in p.builders:
        m0 = _SIGN_LINE_RE.match(b.parts[0][0]) if b.parts else None
        if (
            m0
            and b.kind == "objective"
            and out
            and out[-1].kind == "kr"
            and not _own_label(b)
            and kind_of(b.parts[0][0][m0.end() :]) == "kr"
        ):
            # read as an objective between key results: the sign is its mark
            b.kind, b.indent = "kr", out[-1].indent
            b.given["status"] = m0.group("s").rstrip("\ufe0f")
            b.parts[0] = (b.parts[0][0][m0.end() :], b.parts[0][1] + m0.end())
            changed = True
        out.append(b)
        if b.kind != "kr" or len(b.parts) < 2:
            continue
        for i, (t, at) in enumerate(b.parts[1:], 1):
            m = _SIGN_LINE_RE.match(t)
            if m and kind_of(t[m.end() :]) == "kr" and p.text.rfind("\n", 0, at) > b.parts[0][1]:
                rest = b.parts[i:]
                b.parts = b.parts[:i]
                for t2, at2 in rest:
                    m2 = _SIGN_LINE_RE.match(t2)
                    if not m2:
                        out[-1].parts.append((t2, at2))
                        continue
                    n = _new("kr", t2[m2.end() :], at2 + m2.end(), _line_no(p.text, at2))
                    n.indent = b.indent
                    n.given["status"] = m2.group("s").rstrip("\ufe0f")
                    out.append(n)
                changed = True
                break
    if changed:
        from coach.parse import _use_builders

        _use_builders(p, out)


# --- 1803: a bare label over the row that restates it ------------------------------------------
_LABEL_CORE_RE = re.compile(r"[\s#*_:：]+")


def _core(label: str) -> str:
    return _LABEL_CORE_RE.sub("", label).upper()


def label_over_row(p: Any) -> None:
    """ "## 目标一" then a table whose first row is "目标一：让客户…": the heading names the block;
    the row holds the objective. An objective with no wording, no cells and no key results is
    dropped (its line kept as prose) where the next item is an objective under the same label,
    or a table row's objective right below it."""
    i = 0
    while i + 1 < len(p.builders):
        b, nxt = p.builders[i], p.builders[i + 1]
        i += 1
        if b.kind != "objective" or b.parts or b.cells or nxt.kind != "objective":
            continue
        if not nxt.parts or not b.label.strip():
            continue
        same = _core(b.label) == _core(nxt.label)
        row_below = bool(nxt.cells) and nxt.line_no - b.line_no <= 3
        if not (same or row_below):
            continue
        line = next((ln for ln in p.lines if ln.number == b.line_no), None)
        if line is not None:
            p.prose_lines.append((line.text, line.start, line.start + len(line.text)))
        p.builders.remove(b)
        i -= 1
    p.objective_builders = [b for b in p.builders if b.kind == "objective"]


# --- 1805: lines under a bare "关键结果" -------------------------------------------------------
_BARE_KR_LABEL_RE = re.compile(
    r"(?:关键(?:结果|成果)|KRs?|key[ \t]?results?)(?:[（(](?:KRs?|关键(?:结果|成果)|key[ \t]?results?)[)）])?",
    re.IGNORECASE,
)
# A line cut off mid-phrase: the next line goes on with it ("…每场到场" / "300人以上").
_GOES_ON_RE = re.compile(r"[，,、；;：:（(和与及或到至为达的在从把将对向]$")


def lines_under_bare_label(p: Any) -> None:
    """ "关键结果" alone on its line, then "粉丝从5万增长到20万" / "搜索指数提升50%" with no marker and
    no stop: each line is a key result of its own where every line measures (`kind_of`), none
    is cut off mid-phrase and none starts with a figure (the tail of a line broken in two)."""
    out: list[Any] = []
    for b in p.builders:
        out.append(b)
        if b.kind != "kr" or len(b.parts) < 2 or b.cells:
            continue
        if not _BARE_KR_LABEL_RE.fullmatch(_core(b.label)) and not _BARE_KR_LABEL_RE.fullmatch(
            b.label.strip(" \t:：*#")
        ):
            continue
        parts = b.parts
        own_lines = all("\n" in p.text[a[1] + len(a[0]) : c[1]] for a, c in pairwise(parts))
        if not own_lines or any(kind_of(t) != "kr" for t, _ in parts):
            continue
        if any(_GOES_ON_RE.search(t) for t, _ in parts[:-1]) or any(
            t[:1].isdigit() for t, _ in parts[1:]
        ):
            continue
        b.parts = [parts[0]]
        for t, at in parts[1:]:
            nb = replace(b, parts=[(t, at)], anchor=at, label="", number=None, cells={}, given={})
            nb.line_no = p.text.count("\n", 0, at) + 1
            out.append(nb)
    if len(out) != len(p.builders):
        p.builders[:] = out


# --- 1808: a template guide's numbered parts ---------------------------------------------------
# "季度目标（Objective）", "关键结果（Key Results）", "行动计划（Actions）": a part's name with its English
# gloss, alone on its line.
_PART_HEAD_RE = re.compile(
    r"[\u4e00-\u9fff/／]{0,8}?(?P<w>目标|关键(?:结果|成果)|行动(?:计划)?|举措|任务)[ \t]{0,2}"
    r"[（(][ \t]{0,2}[A-Za-z][A-Za-z ]{0,20}[)）][ \t]{0,2}[:：]?"
)


def _line_at(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)]


def template_parts(p: Any) -> None:
    """A guide's template, each part numbered with its name and gloss, then a quoted line on
    how to write it, then "示例：" and the example ("1. 季度目标（Objective）" / "> 用一句话写出…" /
    "示例：" / "让新员工…"): the heading line and the quoted instructions are no items, and the
    items under an actions part are initiatives (prose). Only on a page with two such parts."""
    heads = [
        b
        for b in p.builders
        if b.parts
        and (
            _PART_HEAD_RE.fullmatch(b.parts[0][0].strip())
            or (
                _PART_HEAD_RE.fullmatch(b.label.strip())
                and _line_at(p.text, b.parts[0][1]).lstrip().startswith(">")
            )
        )
    ]
    if len(heads) < 2:
        return
    keep: list[Any] = []
    section = ""
    for b in p.builders:
        if b in heads:
            m = _PART_HEAD_RE.fullmatch(b.parts[0][0].strip()) or _PART_HEAD_RE.fullmatch(
                b.label.strip()
            )
            w = m.group("w") if m else ""
            section = "act" if w.startswith(("行动", "举措", "任务")) else w
            drop = True
        else:
            quoted = bool(b.parts) and _line_at(p.text, b.parts[0][1]).lstrip().startswith(">")
            drop = section == "act" or (bool(section) and quoted)
        if not drop:
            keep.append(b)
            continue
        for t, at in b.parts:
            p.prose_lines.append((t, at, at + len(t)))
    p.builders[:] = keep
    p.objective_builders = [b for b in p.builders if b.kind == "objective"]


# --- 1812: a guide's wrong and right examples side by side -------------------------------------
_CONTRAST_RE = re.compile(
    r"[❌✗✘×✅✔✓√☑]?\ufe0f?[ \t]{0,2}(?:(?P<bad>错误|反面|不好|糟糕|不推荐)|(?P<good>正确|正面|推荐|好))"
    r"的?(?:示范|示例|例子|写法|版本)?的?[ \t]{0,2}(?P<k>目标|关键(?:结果|成果)|O|KR)[ \t]{0,2}[:：][ \t]{0,2}"
)


def contrasted_examples(p: Any) -> None:
    """A guide that sets a wrong example beside a right one ("❌ 错误的目标：做好销售工作" /
    "✅ 正确的目标：让新客户愿意签第二单" / "✅ 正确的关键结果：老客户二次签约率从15%提升到30%"): the
    wrong examples are prose, the right ones are items of the kind their words name. Only where
    the page has both a wrong and a right example."""
    found: list[tuple[Any, re.Match[str], str]] = []
    for b in p.builders:
        if not b.parts:
            continue
        head = (b.label + " " + b.parts[0][0]).strip()
        m = _CONTRAST_RE.match(head) or _CONTRAST_RE.match(b.parts[0][0])
        if m:
            found.append((b, m, head))
    if not any(m.group("bad") for _, m, _ in found) or not any(
        m.group("good") for _, m, _ in found
    ):
        return
    drop: list[Any] = []
    for b, m, _head in found:
        if m.group("bad"):
            drop.append(b)
            continue
        b.kind = "objective" if m.group("k") in ("目标", "O") else "kr"
        w = _CONTRAST_RE.match(b.parts[0][0])
        if w and w.end() < len(b.parts[0][0]):
            t, at = b.parts[0]
            b.label = (b.label + " " + t[: w.end()].strip()).strip()
            b.parts[0] = (t[w.end() :], at + w.end())
    for b in drop:
        for t, at in b.parts:
            p.prose_lines.append((t, at, at + len(t)))
    gone = {id(b) for b in drop}
    p.builders[:] = [b for b in p.builders if id(b) not in gone]
    p.objective_builders = [b for b in p.builders if b.kind == "objective"]


# --- 1814: an objective told in a sentence over its list ---------------------------------------
_TOLD_GOAL_ZH_RE = re.compile(
    r"(?P<lead>(?:第[一二三四五六七八九十\d]{1,2}个|我的|我们的|今年的?|本季度的?|这个季度的?|下半年的?|上半年的?)?"
    r"(?:小|大|核心|主要)?目标(?:是|为|就是)[ \t]{0,2}[:：，,]?[ \t]{0,2})?"
    r"(?P<o>[^。；;！!？?\n:：]{4,60}?)[ \t]*(?:[。；;！!][ \t]*(?P<rest>[^\n]{0,40}))?"
)


def told_goal_over_list(p: Any) -> None:
    """ "第一个目标是把副业做起来。衡量标准有三条：" / "1. 公众号粉丝达到1万" / …: an unlabelled line
    over its key results that says its objective in a sentence ("…目标是X。") is the objective X;
    what follows the sentence is prose when it only leads into the list (no figure, ending with a
    colon, or nothing)."""
    from coach.parse import _labelled

    for i, b in enumerate(p.builders):
        if b.kind != "objective" or len(b.parts) != 1 or _labelled(b):
            continue
        if i + 1 >= len(p.builders) or p.builders[i + 1].kind != "kr":
            continue
        wording, at = b.parts[0]
        m = _TOLD_GOAL_ZH_RE.fullmatch(wording.strip())
        if not m:
            continue
        rest = (m.group("rest") or "").strip()
        if rest and (not rest.endswith(("：", ":")) or _FIGURE_RE.search(rest)):
            continue
        if m.group("lead") is None and (not rest or re.search(r"[“”\"「」]|目标", rest)):
            # no lead-in (decision 1789 may have moved it to the prose already) and nothing
            # leading into the list, or a lead that quotes or names the objective itself ("为了
            # 实现“X”这一目标，…：", decision 1653): the wording is read as it stands
            continue
        off = len(wording) - len(wording.lstrip())
        o_start = m.start("o")
        b.parts = [(m.group("o").strip(), at + off + o_start)]
        b.anchor = at + off + o_start
        p.prose_lines.append((wording, at, at + len(wording)))

"""Chinese guide pages: shapes that HR handouts, 知乎 answers, 公众号 articles, slide scripts and
machine-translated guides write their example OKRs in (decisions 1500-1519).

- 1500: `mend_quotes` — quotes a machine translation turned round or closed with a double prime
  (”在第一季度实现50万英镑的销售额 “, ”实现NPS评分8″) read as the pairs they stand for, in place.
- 1501: `flat_table` — a table pasted one cell a line under a "序号" / "目标(O)" / "关键结果(KR)"
  header, each row opened by its number; the row's lines after the objective are its key results.

`coach.parse` calls these; only the items and where they stand are found here.
"""

from __future__ import annotations

import re
from typing import Any

from coach import parse_kinds_zh
from coach.parse_yaml import YamlItem

# --- 1500: quotes turned round by a machine translation ------------------------------------
_QUOTE_CHARS = "“”″"
_WHITE_CORNERS = str.maketrans("『』", "「」")


def mend_quotes(text: str) -> str:
    """The page with each line's curly double quotes paired again, opener then closer, where a
    line's quotes do not alternate “…” (one character for one: every offset kept). Only a line
    with an even number of them is touched; one that opens a quote closed on another line, or an
    inch mark alone (27″), is left as it is."""
    if "『" in text and "「" not in text:
        # 『…』 as the page's only quotes (a Taiwanese or Japanese style): read as 「…」
        text = text.translate(_WHITE_CORNERS)
    if "”" not in text:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        if "”" not in line:
            out.append(line)  # no closing quote: no quote was turned round ("27″" is an inch)
            continue
        marks = [i for i, c in enumerate(line) if c in _QUOTE_CHARS]
        if len(marks) < 2 or len(marks) % 2:
            out.append(line)
            continue
        want = ["“" if k % 2 == 0 else "”" for k in range(len(marks))]
        if all(line[i] == w for i, w in zip(marks, want, strict=True)):
            out.append(line)
            continue
        chars = list(line)
        for i, w in zip(marks, want, strict=True):
            chars[i] = w
        out.append("".join(chars))
    return "\n".join(out)


# --- 1501: a table pasted one cell a line, rows opened by their number -----------------------
# Header cells: "序号" / "目标(O)" / "关键成果（KRs）" / "负责人" / "完成时间", one a line.
_CELL_ROLE_RE = re.compile(
    r"^(?:(?P<num>序号|序號|编号|編號|No\.?|#)"
    r"|(?P<o>目标|目標|Objectives?|O)"
    r"|(?P<kr>关键(?:结果|成果)|關鍵(?:結果|成果)|KRs?|Key ?Results?)"
    r"|(?P<owner>负责人|負責人|责任人|責任人|Owner)"
    r"|(?P<other>状态|狀態|进度|進度|完成时间|完成時間|截止时间|截止時間|时间|時間|备注|備註|权重|權重"
    r"|得分|评分|評分|分值|Status|Progress|Due))"
    r"[ \t]*(?:[(（][ \t]*(?:O|KRs?|Objectives?|Key ?Results?)[ \t]*[)）][ \t]*)?[:：]?$",
    re.IGNORECASE,
)
_ROW_NUMBER_RE = re.compile(r"^[ \t]*(?P<n>\d{1,2})[ \t]*(?:[.、．][ \t]*)?$")
_ITEM_LABEL_RE = re.compile(
    r"^[ \t]*(?:(?:[-*•]|\d{1,2}[.)、])[ \t]*)?(?:目标|目標|关键(?:结果|成果)|關鍵(?:結果|成果)|O|KR)"
    r"[ \t]*\d{0,2}[ \t]*[:：][ \t]*\S"
)


def _role(line: str) -> str | None:
    m = _CELL_ROLE_RE.match(line.strip())
    if m is None:
        return None
    return next(k for k in ("num", "o", "kr", "owner", "other") if m.group(k) is not None)


def _item(kind: str, raw: str, at: int, line_no: int) -> YamlItem | None:
    body = raw.strip()
    if not re.search(r"[A-Za-z]{2,}|[\u4e00-\u9fff]", body):
        return None
    lead = len(raw) - len(raw.lstrip())
    return YamlItem(
        kind=kind,
        indent=0 if kind == "objective" else 2,
        line_no=line_no + 1,
        parts=[(body, at + lead)],
    )


def flat_table(text: str) -> list[YamlItem] | None:
    """The items of a table pasted one cell a line (decision 1501): a header of cell names one a
    line, the first "序号", then an objective's and a key result's column (others may follow:
    owner, status); below it, rows each opened by its number (1, 2, 3 …), the row's first line
    the objective, the lines after it its key results, the last lines the columns after the key
    results' (an owner kept as every key result's owner). The table ends at a blank line that
    no next row number follows. None unless every row fits and nothing outside the table is
    written as a labelled item ("目标：…", "KR1：…")."""
    if "序号" not in text and "序號" not in text and "编号" not in text and "編號" not in text:
        return None
    lines: list[tuple[int, int, str]] = []
    pos = 0
    for i, raw in enumerate(text.split("\n")):
        lines.append((i, pos, raw))
        pos += len(raw) + 1
    k = next((j for j, (_n, _p, raw) in enumerate(lines) if _role(raw) == "num"), None)
    if k is None:
        return None
    start = k
    roles: list[str] = []
    while k < len(lines) and (r := _role(lines[k][2])) is not None:
        roles.append(r)
        k += 1
    if roles[:1] != ["num"] or roles.count("o") != 1 or roles.count("kr") > 1:
        return None
    rows: list[list[tuple[int, int, str]]] = []
    expect = 1
    j = k
    while j < len(lines):
        raw = lines[j][2]
        m = _ROW_NUMBER_RE.match(raw)
        if m and int(m.group("n")) == expect:
            rows.append([])
            expect += 1
        elif not raw.strip():
            nxt = next((x for x in lines[j + 1 :] if x[2].strip()), None)
            if nxt is None or not (
                (m2 := _ROW_NUMBER_RE.match(nxt[2])) and int(m2.group("n")) == expect
            ):
                break
        elif (r := _role(raw)) is not None:
            # a cell's name repeated inside the rows ("目标(O)" / O / "关键成果(KRs)" / KRs):
            # the key results' column named there when the header did not name it
            if r == "kr" and "kr" not in roles:
                roles.append("kr")
        elif not rows:
            if expect != 1 or "kr" in roles:
                return None  # a header not followed by row 1
            rows.append([lines[j]])  # the first row's number left out: "序号" / "目标(O)" / O …
            expect = 2
        else:
            rows[-1].append(lines[j])
        j += 1
    if not rows or roles.count("kr") != 1 or roles.index("o") > roles.index("kr"):
        return None
    after_kr = roles[roles.index("kr") + 1 :]
    end = j
    items: list[YamlItem] = []
    for row in rows:
        if len(row) < 2 + len(after_kr):
            return None
        cells = row[: len(row) - len(after_kr)] if after_kr else row
        tail = dict(zip(after_kr, row[len(cells) :], strict=True))
        o = _item("objective", cells[0][2], cells[0][1], cells[0][0])
        if o is None:
            return None
        items.append(o)
        for n, at, raw in cells[1:]:
            kr = _item("kr", raw, at, n)
            if kr is None:
                return None
            if "owner" in tail:
                kr.owner = tail["owner"][2].strip()
            items.append(kr)
    for _n, _at, raw in lines[:start] + lines[end:]:
        if _ITEM_LABEL_RE.match(raw):
            return None
    return items


# --- the passes over what the line readings read (called from coach.parse._recast_items) ------
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def recast(p: Any) -> None:
    """Chinese guide shapes the line readings leave unread or misread, mended on the parser `p`
    (a `coach.parse._Parser`): slide markers and a guide's remark cut from a key result's tail
    (1504), milestones
    numbered "1:" under a prose goal (1505), two objectives each quoted after its own lead in
    one line (1506), strategic goals quoted after 战略(如 …) (1507), a guide's headings, SMART
    list and counts (1508); on a page left with no item, objectives quoted after a lead (1512)."""
    if not _CJK_RE.search(p.text, 0, 2000):
        return
    parse_kinds_zh.recast(p)  # kinds, status cells, report sections (decisions 1620-1639)
    _slide_markers(p)
    _milestones_under_goal(p)
    _paired_objectives(p)
    _strategy_goals(p)
    _method_talk(p)
    if not any(b.parts for b in p.builders) and not p.orphan_labels:
        # nothing read, or only the method's talk: the example objective quoted (1512)
        from coach.parse import _use_found

        _use_found(p, lone_goals(p.text))


def _new(kind: str, wording: str, at: int, line_no: int) -> Any:
    from coach.parse import _Builder

    b = _Builder(kind, "", None, 0 if kind == "objective" else 2, line_no)
    b.add(wording, at)
    b.anchor = at
    return b


def _line_no(text: str, at: int) -> int:
    return text.count("\n", 0, at)


def _lines_of(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for i, raw in enumerate(text.split("\n")):
        out.append((i, pos, raw))
        pos += len(raw) + 1
    return out


def _within(b: Any, s: int, e: int) -> bool:
    """Whether every part of builder `b` lies inside [s, e)."""
    return bool(b.parts) and all(s <= at and at + len(t) <= e for t, at in b.parts)


def _touches(b: Any, s: int, e: int) -> bool:
    return any(at < e and s < at + len(t) for t, at in b.parts)


def _replace(p: Any, old: list[Any], new: list[Any]) -> None:
    """`p`'s builders with those in `old` taken out and `new` put in page order where they
    were (a builder not in `old` keeps its place)."""
    from coach.parse import _use_builders

    kept = [b for b in p.builders if not any(b is o for o in old)]
    for b in sorted(new, key=lambda x: x.anchor):
        i = 0
        while i < len(kept) and (kept[i].parts[0][1] if kept[i].parts else kept[i].anchor) < (
            b.anchor
        ):
            i += 1
        kept.insert(i, b)
    _use_builders(p, kept)


def _kr_follows(p: Any, at: int, old: list[Any]) -> bool:
    """Whether the first builder after offset `at` (not one of `old`) is a key result: objectives
    put in there would take it from the objective it was read under."""
    after = [
        b for b in p.builders if b.parts and b.parts[0][1] >= at and not any(b is o for o in old)
    ]
    return bool(after) and min(after, key=lambda b: b.parts[0][1]).kind == "kr"


# --- 1504: a slide's or a section's marker is no key result's tail ----------------------------
# "【第7页】常见问题", "第3页 | 战略解码", "【小结】…": the line opens a new slide or section.
_MARKER_LINE_RE = re.compile(
    r"(?:【[^【】\n]{1,20}】|第[ \t]?\d{1,3}[ \t]?页(?:[ \t]*[|｜:：]|[ \t]*$)"
    r"|(?:Slide|P)[ \t]?\d{1,3}[ \t]*[|｜:：])"
)


# "这样写的好处是，每一条KR都能被验证。", "以上三条关键结果都可以量化。": a line after the last key result
# that speaks of the items above (a demonstrative, then the method's words), the guide's remark.
_REMARK_RE = re.compile(
    r"(?:这样|這樣|这么|這麼|以上|上述|上面|这些|這些|这几|這幾|这种|這種|每一条|每一條|每条|每條)"
    r"[^\n]{0,24}?(?:OKR|KRs?|关键(?:结果|成果)|關鍵(?:結果|成果)|目标|目標|写法|寫法)",
    re.IGNORECASE,
)


def _slide_markers(p: Any) -> None:
    for b in p.builders:
        for i, (t, _at) in enumerate(b.parts[1:], 1):
            if _MARKER_LINE_RE.match(t) or (b.kind == "kr" and _REMARK_RE.match(t)):
                for t2, at2 in b.parts[i:]:
                    p.prose_lines.append((t2, at2, at2 + len(t2)))
                b.parts = b.parts[:i]
                b.closed = True
                break


# --- 1505: milestones numbered "1:" under a goal told in prose --------------------------------
# "比如某个程序员要在35岁做到技术总监,假设他的职业生涯关键节点是:" over "1:工作3年…" / "2:…": the
# numbered lines are the key results of the goal the line above tells.
_MILESTONE_LEAD_RE = re.compile(
    r"(?:关键节点|關鍵節點|里程碑|節點|节点|关键(?:结果|成果)|關鍵(?:結果|成果)|KRs?)"
    r"[^。\n:：“”「」]{0,6}?[:：][ \t]*$"
)
_MILESTONE_PAGE_RE = re.compile(_MILESTONE_LEAD_RE.pattern, re.MULTILINE)
_MILESTONE_LINE_RE = re.compile(r"^[ \t]*(?P<n>\d{1,2})[ \t]*[:：、][ \t]*(?P<w>\S.{3,})$")
_GOAL_CLAUSE_RE = re.compile(
    r"(?:(?:目标|目標)(?:是|为|為)|(?<![主重需只不])要(?![求点素])|想要|(?<![理思])想(?![法到])"
    r"|希望|打算|立志|决心|決心)[ \t]*(?P<o>[^，,。；;:：\n“”「」]{4,40})"
)
_METHOD_RE = re.compile(
    r"OKR|\bKRs?\b|关键(?:结果|成果)|關鍵(?:結果|成果)|目标|目標", re.IGNORECASE
)


def _milestones_under_goal(p: Any) -> None:
    from coach.parse import _own_label

    if _MILESTONE_PAGE_RE.search(p.text) is None:
        return  # no lead ends a line: most pages
    lines = _lines_of(p.text)
    for k, (_n, pos, raw) in enumerate(lines):
        lead = _MILESTONE_LEAD_RE.search(raw)
        if lead is None or len(raw) > 200:
            continue
        goals = [
            g
            for g in _GOAL_CLAUSE_RE.finditer(raw, 0, lead.start())
            if not _METHOD_RE.search(g.group("o"))
        ]
        if not goals:
            continue
        numbered = []
        for _n2, pos2, raw2 in lines[k + 1 :]:
            m = _MILESTONE_LINE_RE.match(raw2)
            if m is None or int(m.group("n")) != len(numbered) + 1:
                break
            numbered.append((pos2, raw2, m))
        if len(numbered) < 2:
            continue
        old, krs = [], []
        for pos2, raw2, _m in numbered:
            on = [b for b in p.builders if _touches(b, pos2, pos2 + len(raw2))]
            if len(on) != 1 or not _within(on[0], pos2, pos2 + len(raw2)):
                break
            if _own_label(on[0]) and not re.fullmatch(r"\d{1,2}[ \t]*[:：、]", on[0].label.strip()):
                break  # "1:" is the milestone's number; "O1:", "KR1:" are labels
            old.append(on[0])
            w = on[0].parts[0][0]
            krs.append(_new("kr", w, on[0].parts[0][1], _line_no(p.text, pos2)))
        else:
            top = [b for b in p.builders if _touches(b, pos, pos + len(raw))]
            if any(b.kind != "objective" or _own_label(b) for b in top):
                continue
            first = next(i for i, b in enumerate(p.builders) if b is old[0])
            above = [b for b in p.builders[:first] if b.kind == "objective"]
            if any(b.kind == "kr" for b in old) and not (
                above and any(above[-1] is t for t in top)
            ):
                continue  # key results of an objective above ("O：…" / a lead / "1:…"): theirs
            if _kr_follows(p, numbered[-1][0] + len(numbered[-1][1]), old + top):
                continue  # the numbered lines have key results of their own below
            g = goals[-1]
            o = _new("objective", g.group("o").strip(), pos + g.start("o"), _line_no(p.text, pos))
            _replace(p, old + top, [o, *krs])


# --- 1506: two objectives in one line, each quoted after its own lead --------------------------
# "个人目标是"学习Rust语言",团队目标是"维护Java老系统"。", "业务目标可能是“A”,对应的招聘目标可能是“B”":
# two (or more) objectives set side by side; no key result is named.
def _quote(group: str) -> str:
    return r"[“「\"]\s?(?P<" + group + r">[^“”「」\"\n]{2,60}?)\s?[”」\"]"


_LEAD_QUOTE_RE = re.compile(
    r"(?:目标|目標)(?:可能|可以|就|则|則|也|应该|應該|应|應)?(?:是|为|為)\s?[:：]?\s?" + _quote("q")
)
_KR_WORD_RE = re.compile(r"关键(?:结果|成果)|關鍵(?:結果|成果)|(?<![A-Za-z])KRs?(?![A-Za-z])")


def _paired_objectives(p: Any) -> None:
    from coach.parse import _own_label

    if len(_LEAD_QUOTE_RE.findall(p.text)) < 2:
        return  # most pages: no two objectives quoted after leads
    for _n, pos, raw in _lines_of(p.text):
        if raw.count("目标") + raw.count("目標") < 2 or _KR_WORD_RE.search(raw):
            continue
        found = list(_LEAD_QUOTE_RE.finditer(raw))
        if len(found) < 2:
            continue
        on = [b for b in p.builders if _touches(b, pos, pos + len(raw))]
        if any(_own_label(b) or not _within(b, pos, pos + len(raw)) for b in on):
            continue
        if _kr_follows(p, pos + len(raw), on):
            continue
        new = [
            _new("objective", m.group("q").strip(), pos + m.start("q"), _line_no(p.text, pos))
            for m in found
        ]
        if {(b.kind, b.parts[0]) for b in on} == {(b.kind, b.parts[0]) for b in new}:
            continue
        _replace(p, on, new)


# --- 1507: strategic goals quoted after 战略(如 …) ------------------------------------------------
# "先回顾公司三年战略(如 “成为…第一品牌”“年营收突破10亿元”)，再拆出本年度目标": the quotes are the
# company's strategic goals, objectives of their own (no key result is named).
_STRATEGY_RE = re.compile(
    r"(?:战略|戰略|愿景|願景)(?:目标|目標)?[ \t]*(?:[(（,，:：][ \t]*)?(?:如|例如|比如|譬如)[ \t]*"
    r"(?:[:：,，][ \t]*)?(?=[“「])"
)
_QUOTE_RE = re.compile(_quote("q"))
_JOIN_RE = re.compile(r"[、，,\s]*(?:和|与|與|及|或)?[、，,\s]*")


def _strategy_goals(p: Any) -> None:
    if _STRATEGY_RE.search(p.text) is None:
        return
    for _n, pos, raw in _lines_of(p.text):
        for m in _STRATEGY_RE.finditer(raw):
            quotes, at = [], m.end()
            while (q := _QUOTE_RE.match(raw, at)) is not None:
                quotes.append(q)
                at = _JOIN_RE.match(raw, q.end()).end()
            if len(quotes) < 2:
                continue
            s, e = pos + quotes[0].start(), pos + quotes[-1].end()
            if any(_touches(b, s, e) for b in p.builders) or _kr_follows(p, e, []):
                continue
            new = [
                _new("objective", q.group("q").strip(), pos + q.start("q"), _line_no(p.text, pos))
                for q in quotes
                if len(q.group("q").strip()) >= 4
            ]
            _replace(p, [], new)


# --- 1508: a guide's headings and its SMART list are the method's talk, no items ----------------
# "1.2 设定OKR的SMART原则", "OKR与KPI的区别", "KR的三个关键属性:", "关键结果设定", "目标(O)的具体性与聚焦性":
# a heading that names the method and the topic it explains; "Specific(具体):目标清晰,避免模糊。":
# one letter of SMART explained.
_METHOD_TOPIC_RE = re.compile(
    r"^(?=[^\n]{0,24}$)(?=.*(?:OKR|KPI|SMART|(?<![A-Za-z])(?:KRs?|O)(?![A-Za-z])|关键(?:结果|成果)"
    r"|目标[(（](?:O|Objective)[)）]))"
    r"[^\d%％“”「」\"]{2,22}?(?:的|与|和|及)?[^\d%％“”「」\"]{0,8}?"
    r"(?:原则|区别|要素|属性|特征|特点|定义|误区|步骤|方法|技巧|设定|制定|写法|拆解|对比|含义|意义|流程"
    r"|模板|示例|作用|价值|好处|关系|具体性与聚焦性|[一二三四五六七八九十两几]个[^\d]{0,4})[ \t]*[:：]?$",
    re.IGNORECASE,
)
# Topic words that are also work ("制定", "拆解"): a heading only when it opens with the method's
# own word ("关键结果设定", "OKR的制定流程").
_WORK_TOPIC_RE = re.compile(r"(?:设定|制定|拆解|对比|流程|模板|示例)[ \t]*[:：]?$")
_METHOD_FIRST_RE = re.compile(
    r"(?:OKR|KPI|SMART|KRs?|O|关键(?:结果|成果)|目标[(（](?:O|Objective)[)）])", re.IGNORECASE
)
_SMART_ITEM_RE = re.compile(
    r"^(?:Specific|Measurable|Achievable|Attainable|Relevant|Realistic|Time[- ]?bound|Timely"
    r"|Time[- ]?based)[ \t]*[(（][^)）\n]{1,10}[)）][ \t]*[:：]",
    re.IGNORECASE,
)


# "每个O配3-5个KR", "目标通常为1-3个", "KR数量不宜超过5个": how many items the method wants.
_METHOD_COUNT_RE = re.compile(
    r"\d{1,2}[ \t]?(?:[-~～到至][ \t]?\d{1,2})?[ \t]?个[ \t]?(?:OKRs?|KRs?|O|关键(?:结果|成果))(?![A-Za-z])"
    r"|(?<![A-Za-z])(?:OKRs?|KRs?|O|目标|关键(?:结果|成果))(?:的)?(?:数量|个数)?[ \t]?"
    r"(?:通常|一般|最好|建议|应该|应|不宜|不要|不超过|控制在)[^。\n\d]{0,6}?"
    r"\d{1,2}[ \t]?(?:[-~～到至][ \t]?\d{1,2})?[ \t]?个",
    re.IGNORECASE,
)
# Words of advice a method count is given with ("配", "为宜", "不要贪多", "通常").
_ADVICE_RE = re.compile(
    r"配|搭|对应|對應|为宜|為宜|即可|就够|就夠|就好|足够|足夠|不要|不宜|以内|以內|左右|最好|建议|建議|通常"
    r"|一般|不超过|不超過|控制在|最多|至多"
)
# "如何制定目标", "怎样写好OKR？", "如何拆解关键结果": a guide's how-to heading.
_HOW_TO_RE = re.compile(
    r"(?:如何|怎样|怎么|怎麼|怎樣)[^\d%％，,。“”「」\n]{0,8}?(?:OKRs?|KRs?|目标|目標|关键(?:结果|成果)"
    r"|關鍵(?:結果|成果))[^\d%％，,。“”「」\n]{0,6}$",
    re.IGNORECASE,
)
# A word every method heading, count or how-to above holds (a cheap first look).
_METHOD_HINT_RE = re.compile(r"OKR|KPI|SMART|KR|O|关键|關鍵|目标|目標", re.IGNORECASE)
_NUMBER_LABEL_RE = re.compile(r"(?:[•\-*][ \t]*)?\d{1,2}(?:[.．]\d{1,2}){0,2}[.．、:：)）]?")


def _method_talk(p: Any) -> None:
    from coach.parse import _own_label

    smart = [b for b in p.builders if len(b.parts) == 1 and _SMART_ITEM_RE.match(b.parts[0][0])]
    drop = smart if len(smart) >= 3 else []
    for i, b in enumerate(p.builders):
        if len(b.parts) != 1 or b.cells or not _METHOD_HINT_RE.search(b.parts[0][0]):
            continue
        if _own_label(b) and not _NUMBER_LABEL_RE.fullmatch(b.label.strip()):
            continue  # "KR1:", "目标：" are the author's labels; "1.2" is a section's number
        if _METHOD_COUNT_RE.search(b.parts[0][0]) and _ADVICE_RE.search(b.parts[0][0]):
            drop.append(
                b
            )  # "每个O配3-5个KR，不要贪多"; "每位员工设定3-5个KR" is an HR team's result
            continue
        wording = b.parts[0][0].strip()
        if not _METHOD_TOPIC_RE.match(wording) and not _HOW_TO_RE.match(wording):
            continue
        if _WORK_TOPIC_RE.search(wording) and not _METHOD_FIRST_RE.match(wording):
            continue  # "完成全员OKR制定": work on the method, a key result; "关键结果设定" a heading
        nxt = p.builders[i + 1] if i + 1 < len(p.builders) else None
        if (
            b.kind == "objective"
            and nxt is not None
            and nxt.kind == "kr"
            and not any(nxt is d for d in drop)
        ):
            continue  # a heading read as the objective of key results below: left as read
        drop.append(b)
    if not drop:
        return
    for b in drop:
        t, at = b.parts[0]
        p.prose_lines.append((t, at, at + len(t)))
    _replace(p, drop, [])


# --- 1511: a goal told alone on a page that tells an OKR in prose -------------------------------
# "例如,如果公司的战略是扩大市场份额,销售目标可能是增加特定产品或服务的销售量。" beside "如果目标是增加销售量,
# 关键结果可能包括:…": the guide's other example goal, unquoted, an objective of its own.
_GOAL_ALONE_RE = re.compile(
    r"(?:目标|目標)(?:可能|可以|应该|應該|也许|也許|或许|或許)(?:是|为|為)[ \t]*"
    r"(?P<o>[^，,。；;:：！？!?\n“”「」\"()（）]{4,30})(?=[。！!])"
)


def told_goals_alone(text: str, told: list[tuple[int, int]]) -> list[YamlItem]:
    """Objectives told after "目标可能是" / "目标可以是" and ending their sentence, outside the spans
    an OKR was told in (`told`: from its objective to its last key result), on a line with words
    before the lead (no label's line)."""
    out: list[YamlItem] = []
    for m in _GOAL_ALONE_RE.finditer(text):
        at = m.start("o")
        if any(s <= at < e for s, e in told) or _METHOD_RE.search(m.group("o")):
            continue
        line_at = text.rfind("\n", 0, m.start()) + 1
        if not re.search(r"[\u4e00-\u9fff]", text[line_at : m.start()]):
            continue
        it = _item("objective", m.group("o"), at, text.count("\n", 0, at))
        if it is not None:
            out.append(it)
    return out


# --- 1512: on a page nothing else is read from, objectives quoted after an objective's lead ----
# "例如,对于物流企业的一个部门,目标可以是“在下个季度内提高订单处理效率20%”。" on a page of method talk:
# the page's one example objective (was refused: "no objective found"). Only where the page would
# otherwise be refused: beside other items a lone quote after a lead is not read (decision 1390
# withdrawn).
_LONE_GOAL_RE = re.compile(
    r"(?:目标|目標)(?:可能|可以|应该|應該|就|则|則|也)?(?:是|为|為|定为|定為|设为|設為)\s?[:：]?\s?"
    r"[“「\"]\s?(?P<q>[^“”「」\"\n]{4,60}?)\s?[”」\"]"
)


def lone_goals(text: str) -> list[Any]:
    """The objectives quoted after an objective's lead on the page, as the fallback reading's
    items (`coach.parse_fallback.Found`), in page order."""
    from coach.parse_fallback import Found

    out = []
    for m in _LONE_GOAL_RE.finditer(text):
        q = m.group("q").strip()
        if _METHOD_RE.search(q) or q[-1:] in "?？":
            continue
        at = m.start("q") + (len(m.group("q")) - len(m.group("q").lstrip()))
        out.append(Found("objective", q, at, text.count("\n", 0, at) + 1, 0))
    return out


# A label typed with a homophone of its word: "关健结果1：" / "关建结果" for 关键结果, "目表1：" for
# 目标 (a pinyin input's slip), at a line's start, perhaps after a list mark or bold (decision 2775).
_LABEL_TYPO_RE = re.compile(
    r"(?m)^(?P<lead>[ \t]*(?:[-*•·]\s*)?(?:\*\*)?)(?:(?P<kr>关[健建](?=结果|成果))"
    r"|(?P<o>目表)(?=\s*(?:\d{1,2}|[一二三四五六七八九十])?\s*[:：]))"
)


def mend_label_typos(text: str) -> str:
    """The page with label typos mended in place ("关健结果1：" → "关键结果1：", "目表1：" → "目标1："):
    the same number of characters, so every offset still points into the text as typed."""
    if "关健" not in text and "关建" not in text and "目表" not in text:
        return text
    return _LABEL_TYPO_RE.sub(
        lambda m: m.group("lead") + ("关键" if m.group("kr") else "目标"), text
    )

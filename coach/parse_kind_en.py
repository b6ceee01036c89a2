"""Round-19 readers for English pages exported from tools and pasted (decisions 1641-1652).

The layout of such a page often does not say which line is an objective and which a key result;
where it does not, a line's own wording does (a measured line is a key result, an aspiration with
no figure an objective). The readings, each run once on what the line readings read:

- 1641: tracker fields after an item's wording, split off by a separator ("· Owner: Sam Ortiz ·
  Progress 40% · On track", "| 45% complete", "— 0.7 — mostly hit, 151 booked", "[done]",
  "[0.4]"): the owner, score and status a tool or a retrospective gave the item, not its wording.
- 1642: "Objective · Keep …" / "Key result · Raise …": a tool's kind column joined to the wording
  by a middle dot is the item's label (read in place, every offset kept).
- 1644: a flat unlabelled list of aspirations each followed by measured lines: the measured lines
  are key results of the aspiration above them; 1652: a to-do export's boxes ("- [ ] …") are
  list marks too, and an aspiration's colon closing it over its measured lines is no wording.
- 1645: measured lines indented under a numbered aspiration (a nested list exported without its
  bullets) are its key results, not more of its wording (hooked in `_Parser.other_text`).
- 1646: "Our objective this quarter was to:" over the objective's own paragraph; an HTML anchor
  opening an item's line is no wording.
- 1647: a line naming a set of goals ("2027 District Plan Goals:") over unmeasured lines: each
  line is an objective.
- 1648: a guide's quoted example objective, its titles about a kind of item ("Key Results
  Explained"), and a flat list under a lead-in naming key results.
- 1649: a tracker's field lines under the items ("Sprint: 42", "Linked issues: …") and a link
  closing an item's wording ("… ([dashboard](https://…))").
- 1651: a page of plain lines only (no marks, no labels): each measured line is a key result of
  the unmeasured line above it, where the line readings missed a line or read nothing.
- 1650: an unmarked, unmeasured line after a blank line under a bulleted list of key results is a
  remark; a flattened table's cells joined as one item are no item.

Only Latin text is read here; Chinese tracker cells (完成度, 得分, 进行中) are the Chinese readers'.
Key results with no objective (1640, both languages) are `coach.parse_kronly`'s.
"""

from __future__ import annotations

import re
from typing import Any

from coach.facts.owner import find_owner
from coach.parse_fallback import has_figure, is_prose, names_key_results

# A cell separator inside a line: a middle dot, a bar, or a dash between spaces.
# (`(?<![ \t])[ \t]+…`, its look behind after the first blank: scanned for a blank in C, the
# same matches; issue 13)
_SEP_RE = re.compile(r"[ \t](?<![ \t]{2})[ \t]*(?:[·•|—–]|-{1,2})[ \t]+")
# A person field: "Owner: Sam Ortiz", "Lead: Tomás", "DRI - Jo".
_OWNER_CELL_RE = re.compile(
    r"(?:owner|lead|assignee|dri|responsible|accountable)[ \t]*[:：][ \t]*"
    r"(?P<owner>[^\W\d_][\w.'’-]*(?:[ \t][^\W\d_][\w.'’-]*){0,3})",
    re.IGNORECASE,
)
# A status word or phrase a tracker or a retrospective writes as the item's state.
_STATUS_WORDS = (
    r"on[ \t]track|at[ \t]risk|off[ \t]track|behind|ahead|done|complete[d]?|achieved|missed"
    r"|blocked|not[ \t]started|in[ \t]progress|delayed|stalled|dropped|paused|cancell?ed"
    r"|(?:mostly|partly|partially|fully)[ \t](?:hit|met|done|achieved)|hit|met|not[ \t]met|exceeded"
)
_STATUS_CELL_RE = re.compile(rf"(?:status[ \t]*[:：]?[ \t]*)?(?:{_STATUS_WORDS})", re.IGNORECASE)
# Progress: "Progress 40%", "Progress: 40%", "45% complete", "40% done".
_PROGRESS_CELL_RE = re.compile(
    r"(?:progress|completion)[ \t]*[:：]?[ \t]*(?P<a>\d{1,3}(?:\.\d{1,2})?)[ \t]?%"
    r"|(?P<b>\d{1,3}(?:\.\d{1,2})?)[ \t]?%[ \t](?:complete[d]?|done|achieved)",
    re.IGNORECASE,
)
# A grade between 0 and 1 ("0.7", ".65", "1.0", "Score: 0.4", "0.7/1").
_SCORE_CELL_RE = re.compile(
    r"(?:(?:score|grade)[ \t]*[:：]?[ \t]*)?(?P<v>0?\.\d{1,2}|1\.0{1,2})(?:[ \t]?/[ \t]?1(?:\.0)?)?",
    re.IGNORECASE,
)
_SIGNS = "🟢🟡🔴🟠🟣⚪⚫🔵🟩🟨🟥✅❌⏳⌛🚧✔☑⚠⛔❎"
# A status closing a cell: a bracketed state ("[done]", "(at risk)") or a sign and its word.
_CLOSING_RE = re.compile(
    rf"(?:(?<![ \t])[ \t]+|^)(?:[\[(](?:{_STATUS_WORDS}|(?:score:?[ \t]?)?(?:0?\.\d{{1,2}}|1\.0{{1,2}}|0\.0))[\])]"
    rf"|[{_SIGNS}]\ufe0f?(?:[ \t]+(?:{_STATUS_WORDS}))?"
    # a Confluence status lozenge copied as text, in capitals ("…  ON TRACK"; decision 1949)
    r"|(?-i:ON TRACK|OFF TRACK|AT RISK|DONE|COMPLETED?|BLOCKED|NOT STARTED|IN PROGRESS|BEHIND))$",
    re.IGNORECASE,
)
_LATIN_RE = re.compile(r"[A-Za-z]")
_CJK_RE = re.compile(r"[\u3400-\u9fff]")


def _closing(found: str) -> dict[str, Any]:
    """A closing state's value: "[0.4]" a score, "[done]" / "🟢 on track" a status."""
    value = found.strip(" \t[]()")
    m = re.fullmatch(r"(?:score:?[ \t]?)?(?P<v>[\d.]+)", value, re.IGNORECASE)
    return {"score": float(m.group("v")), "scored": True} if m else {"status": value}


def _cell(cell: str) -> dict[str, Any] | None:
    """What a tracker cell gives, or None when it is wording."""
    c = cell.strip()
    if not c:
        return None
    got: dict[str, Any] = {}
    m = _CLOSING_RE.search(c)
    if m is not None:
        got.update(_closing(m.group(0)))
        c = c[: m.start()].strip()
        if not c:
            return got
    if (m := _OWNER_CELL_RE.fullmatch(c)) is not None:
        got["owner"] = m.group("owner")
    elif (m := _PROGRESS_CELL_RE.fullmatch(c)) is not None:
        got["score"] = float(m.group("a") or m.group("b")) / 100
    elif (m := _SCORE_CELL_RE.fullmatch(c)) is not None:
        got["score"] = float(m.group("v"))
        got["scored"] = True
    elif _STATUS_CELL_RE.fullmatch(c):
        got["status"] = c
    else:
        return None
    return got


def split_tail(text: str, objective: bool = False) -> tuple[int, dict[str, Any]] | None:
    """Where an item's tracker fields begin in its wording, and what they give (decision 1641):
    the cells after the wording, each a field, a score, a status, or a remark right after a
    score ("— 0.4 — stalled at 33%"). None when the wording ends with no such cell."""
    if _CJK_RE.search(text) or not _LATIN_RE.search(text):
        return None
    seps = list(_SEP_RE.finditer(text))
    closing = _CLOSING_RE.search(text)
    if objective and closing is not None and closing.group(0).strip()[:1] in _SIGNS:
        closing = None  # an objective's slug heading may carry its sign ("harvest-yield 🟡")
    cut, given = len(text), {}
    if closing is not None and closing.start() > 0:
        # "… 60% — 1.0 [done]" / "… 🟢 on track": a closing state after the wording.
        head = text[: closing.start()]
        if _LATIN_RE.search(head) and not head.rstrip().endswith((":", "(")):
            cut, given = closing.start(), _closing(closing.group(0))
    ends = [m for m in seps if m.start() < cut]
    remark_ok = False
    for i in range(len(ends) - 1, -1, -1):
        m = ends[i]
        cell = text[m.end() : cut]
        got = _cell(cell)
        if got is None:
            # A remark is a cell only right after a score ("— 0.7 — mostly hit, 151 booked").
            prev = ends[i - 1] if i > 0 else None
            before = text[prev.end() : m.start()] if prev is not None else ""
            pgot = _cell(before) if prev is not None else None
            if not (
                i == len(ends) - 1
                and pgot is not None
                and pgot.get("scored")
                and 0 < len(cell.strip()) <= 60
            ):
                break
            given.setdefault("remark", cell.strip())
        else:
            for k, v in got.items():
                given.setdefault(k, v)
        cut = m.start()
        remark_ok = True
    if cut >= len(text) or not _LATIN_RE.search(text[:cut]):
        return None
    if not remark_ok and not given:
        return None
    given.pop("scored", None)
    return cut, given


def _owner_alone_closes(text: str, cut: int) -> bool:
    """Whether the tail is an owner alone, which the owner reader (coach/facts/owner.py) reads
    with its span: it stays in the text, so a rewrite keeps the owner's dash. Grades and states
    are cut; the cycle's grading reads them from the item's given values (`read_kr`)."""
    owner = find_owner(text)
    # an owner closing the line ("— DRI: Bob") is read with its span; one among other cells
    # ("| Owner: Rosa Diaz | 80% complete") goes with them
    return owner is not None and owner[1][0] >= cut and not text[owner[1][1] :].strip()


def tracker_tails(builders: list[Any], prose: list[tuple[str, int, int]]) -> None:
    """Cut the tracker fields off each item's last line (decision 1641); what they give goes to
    the item's given values (an owner or a score already given wins)."""
    for b in builders:
        if not b.parts:
            continue
        text, at = b.parts[-1]
        found = split_tail(text.rstrip(), b.kind == "objective")
        if found is None:
            continue
        cut, given = found
        if _owner_alone_closes(text.rstrip(), cut):
            continue
        b.parts[-1] = (text[:cut].rstrip(), at)
        remark = given.pop("remark", None)
        if "owner" in given:
            b.given.setdefault("owner", given["owner"])
        if "score" in given and given["score"] <= 1:
            b.given.setdefault("score", given["score"])
        status = " ".join(str(v) for v in (given.get("status"), remark) if v)
        if status:
            b.given.setdefault("status", status)
        prose.append((text[cut:].strip(), at + cut, at + len(text)))


# "Objective · Keep every customer we win", "  Key result · Raise …": a kind column and the
# wording joined by a middle dot, at a line's start (decision 1642).
_DOT_LABEL_RE = re.compile(
    r"^(?P<lead>[ \t]*(?:objective|key[ \t]result|kr|goal|sub-?goal)s?)(?P<dot>[ \t]+·[ \t]+)(?=\S)",
    re.IGNORECASE | re.MULTILINE,
)


# "In support of our company level OKR to _X_, we will:" over the team's list: the objective the
# list serves, named in the lead (decision 1942). The emphasis marks are no part of it.
_SUPPORT_LEAD_RE = re.compile(
    r"^(?P<lead>[ \t]*(?:in support of|to support|supporting|in service of|towards?)[ \t]+"
    r"(?:our|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:OKRs?|objectives?|goals?)[ \t]+(?:to|of)[ \t]+)"
    r"(?P<m>\*\*|[*_])?(?P<o>[A-Za-z][^*_\n,:]{3,120}?)(?P=m)?"
    r"(?P<tail>[ \t]*,[ \t]*(?:we|I|our[ \t]+team|the[ \t]+[\w -]{1,30}?team)[ \t]+"
    r"(?:will|plan[ \t]+to|are[ \t]+going[ \t]+to|aim[ \t]+to|commit[ \t]+to)[ \t]*[:：])[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


# "为支撑公司“全年营收翻番”的目标，销售部本季度将：" — the same lead in Chinese, the objective quoted.
_SUPPORT_LEAD_ZH_RE = re.compile(
    r"^(?P<lead>[ \t]*为了?(?:支撑|支持|助力|配合|承接|实现)(?:公司|集团|部门|事业部)?(?:级|层面)?的?"
    r"(?:OKR|目标)?[ \t]?)(?P<m>“)(?P<o>[^“”\n]{2,60})”"
    r"(?P<tail>(?:这一|这个|的)?(?:目标|OKR|愿景)?[，,][^\n，,：:]{0,16}(?:将|会|计划|要)(?:做到|完成)?[:：])[ \t]*$",
    re.MULTILINE,
)


# A document's numbered section heading that is a label: "## 1. Business Objective", "## 2. Key
# Results" (a product brief's sections). The section number is no item's number (decision 1962).
_NUMBERED_LABEL_HEADING_RE = re.compile(
    r"^(?P<lead>\#{1,6}[ \t]+)(?P<num>\d{1,2}\.)(?=[ \t]+(?:[A-Za-z]+[ \t]+){0,2}"
    r"(?i:objectives?|key[ \t]+results?)[ \t]*$)",
    re.MULTILINE,
)
# A question alone on its line right under a key-results label and right over its list ("## Key
# Results" / "How will we know we got there?" / "- …"): the section's lead, no key result
# (decision 1961).
_LEAD_QUESTION_RE = re.compile(
    r"^(?P<label>[ \t]*(?:\#{1,6}[ \t]+)?(?:\*\*)?(?i:key[ \t]+results?)(?:\*\*)?[ \t]*:?(?:\*\*)?[ \t]*\n)"
    r"(?P<q>[ \t]*[A-Z][^\n?]{2,120}\?[ \t]*)(?=\n(?:[ \t]*\n)?[ \t]*(?:[-*•+]|\d{1,2}[.)])[ \t])",
    re.MULTILINE,
)


def _support_lead(m: re.Match[str]) -> str:
    """The lead line as "O:" and its objective, every offset kept (decision 1942)."""
    mark = m.group("m") or ""
    pad = len(m.group("lead")) + len(mark) - 2
    return "O:" + " " * pad + m.group("o") + " " * (len(m.group(0)) - m.end("o") + m.start(0))


def mend(text: str) -> str:
    """The page with a tool's "Kind · wording" columns read as labels ("Objective:  wording"),
    a label heading's section number and a key-results section's lead question blanked, every
    offset kept (decisions 1642, 1961, 1962); a lead naming the objective a list serves ("In
    support of our company level OKR to _X_, we will:") as that objective's label (decision
    1942)."""
    if "support" in text.lower() or "toward" in text.lower():
        text = _SUPPORT_LEAD_RE.sub(_support_lead, text)
    if "为" in text and "“" in text:
        text = _SUPPORT_LEAD_ZH_RE.sub(_support_lead, text)
    if "#" in text:
        text = _NUMBERED_LABEL_HEADING_RE.sub(
            lambda m: m.group("lead") + " " * len(m.group("num")), text
        )
    if "?" in text:
        text = _LEAD_QUESTION_RE.sub(lambda m: m.group("label") + " " * len(m.group("q")), text)
    if "·" not in text:
        return text
    return _DOT_LABEL_RE.sub(
        lambda m: m.group("lead") + ":" + " " * (len(m.group("dot")) - 1), text
    )


# A list item's marker alone as the item's label ("-", "1.", "•"): no O/KR label word.
_MARKER_LABEL_RE = re.compile(r"[-*•+·]?|\d{1,2}[.)]|[A-Za-z][.)]|[ivxIVX]{1,4}[.)]")
# A to-do export's box as an item's label ("- [ ]", "* [x]", "[ ]"): a list mark too (decision 1652).
_BOX_LABEL_RE = re.compile(r"(?:[-*•+][ \t]?)?\[[ xX]\]")


def mixed_list(builders: list[Any]) -> bool:
    """A flat unlabelled list read as objectives, whose lines are of two kinds (decision 1640's
    kind reader, 1644): an aspiration with no figure, then lines that each carry a target figure
    ("- Make onboarding delightful / - Raise NPS from 30 to 45 / - Cut churn from 5% to 3%"). The
    layout does not say which lines are key results; the wording does: each measured line is a
    key result of the aspiration above it. Only when every aspiration has one measured line or
    more below it and the list holds two measured lines or more; a list whose lines are all of
    one kind stays as the layout reads it. A to-do export's boxes ("- [ ] …") are list marks, and
    an aspiration's closing colon over its measured lines is no wording (decision 1652). Returns
    whether anything changed."""
    changed = False
    items = [b for b in builders if b.parts]
    i = 0
    while i < len(items):
        j = i
        while (
            j < len(items)
            and items[j].kind == "objective"
            and (
                _MARKER_LABEL_RE.fullmatch((items[j].label or "").strip())
                or _BOX_LABEL_RE.fullmatch((items[j].label or "").strip())
            )
            and items[j].label.strip()
            and items[j].indent == items[i].indent
            and items[j].style == items[i].style
            and not _CJK_RE.search(items[j].parts[0][0])
        ):
            j += 1
        run = items[i:j]
        i = max(j, i + 1)
        if len(run) < 3:
            continue
        measured = _measured_lines(run)
        if measured[0] or sum(measured) < 2:
            continue
        groups_ok = all(
            k + 1 < len(run) and measured[k + 1] for k in range(len(run)) if not measured[k]
        )
        if not groups_ok:
            continue
        for b, m in zip(run, measured, strict=True):
            if m:
                b.kind = "kr"
            else:
                # "- Give volunteers a reason to stay:" over its measured lines: the colon
                # says the lines below are its own, no wording (decision 1652)
                text, at = b.parts[-1]
                b.parts[-1] = (text.rstrip().rstrip(":：").rstrip() or text, at)
        changed = True
    return changed


def measured_under_aspiration(current: Any, objectives: list[Any], ln: Any) -> bool:
    """A plain line indented under an unlabelled list item that states an aspiration, which
    starts a sentence of its own with a target figure ("1. Make onboarding delightful" over
    "   Raise NPS from 30 to 45"): a key result under it, as a word processor exports a nested
    list without its bullets — not more of the item's wording (decision 1645). The lines after
    it at its indent are key results too."""
    t = ln.text
    if not objectives or not t[:1].isupper() or _CJK_RE.search(t) or len(t.split()) > 25:
        return False
    objective = objectives[-1]
    if current is not objective and not (
        getattr(current, "measured_below", False) and current.indent == ln.indent
    ):
        return False
    if (
        ln.indent <= objective.indent
        or not objective.label.strip()
        or not _MARKER_LABEL_RE.fullmatch(objective.label.strip())
        or not has_figure(t)
    ):
        return False
    wording = " ".join(w for w, _ in objective.parts)
    return not has_figure(wording) and not wording.rstrip().endswith(
        (",", ";", ":", "-", " and", " or")
    )


# "Our objective this quarter was to:", "The goal for Q3 is:", "Our aim:" — a lead-in whose
# objective is the paragraph below it.
_OBJECTIVE_LEAD_RE = re.compile(
    r"^(?:our|my|the|this|their|its)\b[^:\n]{0,40}?\b(?:objective|goal|aim)\b[^:\n]{0,40}?"
    r"(?:\b(?:was|is|were|will[ \t]be)(?:[ \t]+to)?)?[ \t]*:$",
    re.IGNORECASE,
)
_EMPHASIS_RE = re.compile(r"^(?:\*\*|__)(?P<inner>.+?)(?:\*\*|__)$")
_LIST_LINE_RE = re.compile(r"^(?:[-*•+][ \t]|\d{1,2}[.)][ \t])")


def objective_below_lead_in(p: Any) -> None:
    """ "Our objective this quarter was to:", a blank line, the objective as a paragraph of its
    own (often bold), then "We measured this via the following key results:" over the list: the
    paragraph is the objective; the lead-in above the list, read as the objective, is prose
    (decision 1646)."""
    objectives = [b for b in p.builders if b.kind == "objective" and b.parts]
    if len(objectives) != 1:
        return
    o = objectives[0]
    at = o.parts[0][1]
    for k, ln in enumerate(p.lines[:-1]):
        if ln.start >= at:
            return
        t = ln.text.strip().strip("*_").strip()
        if not _OBJECTIVE_LEAD_RE.match(t):
            continue
        nxt = p.lines[k + 1]
        body = nxt.text.strip()
        if (
            not nxt.blank_before
            or _LIST_LINE_RE.match(body)
            or body.startswith("#")
            or nxt.start >= at
        ):
            continue
        # The objective read below is a lead-in to the key results ("We measured this via the
        # following key results:"), on a line of its own ending with a colon.
        line_end = p.text.find("\n", at)
        line = p.text[at : line_end if line_end >= 0 else len(p.text)].rstrip()
        if not line.endswith((":", "：")) or len(o.parts) != 1:
            return
        m = _EMPHASIS_RE.match(body)
        wording = m.group("inner") if m else body
        start = nxt.start + (m.start("inner") if m else 0)
        p.prose_lines = [x for x in p.prose_lines if x[1] != nxt.start]
        p.prose_lines.append((line, at, at + len(line)))
        o.parts = [(wording.rstrip(), start)]
        o.anchor = start
        o.label = ""
        return


# An HTML anchor opening an item's line ('<a name="kr1"></a> Anyone on the team …').
_ANCHOR_RE = re.compile(r"^<a[ \t]+(?:name|id)=[\"'][^\"'<>]{1,40}[\"'][ \t]*>[ \t]*</a>[ \t]*")


def drop_anchors(builders: list[Any]) -> None:
    """An HTML anchor at the start of an item's wording is the page's link target, not wording
    (decision 1646)."""
    for b in builders:
        if b.parts and (m := _ANCHOR_RE.match(b.parts[0][0])) and m.end() < len(b.parts[0][0]):
            text, at = b.parts[0]
            b.parts[0] = (text[m.end() :], at + m.end())


# A line that names a set of goals and says nothing more: "Our Goals", "2027 District Plan
# Goals:", "Board objectives for 2026-27", "Strategic priorities"; "Cycle Objective(s):" with
# its plural in brackets (decision 2301).
_GOALS_NAME_RE = re.compile(
    r"(?:[\w'’&/-]{1,30}[ \t]){0,5}(?:goals|objectives|priorities|aims|(?:goal|objective)[ \t]?\(s\))(?:[ \t](?:for|in)[ \t][\w /–-]{2,20})?[ \t]*[:：]?",
    re.IGNORECASE,
)


def goals_name(text: str) -> bool:
    """Whether a line only names a set of goals ("Cycle Objectives:", "Our Goals")."""
    return _GOALS_NAME_RE.fullmatch(text.strip()) is not None


def _before_next_objective(rest: list[Any]) -> list[Any]:
    """The items under a goals name up to the next objective: "Cycle Objectives:" over two
    bullets, then an objective line with its own key results — the bullets are the named set's,
    the objective after them is one more (decision 2591)."""
    for k, b in enumerate(rest):
        if b.kind == "objective":
            return rest[:k]
    return rest


def goals_heading_list(p: Any) -> None:
    """A line that names a set of goals ("2027 District Plan Goals:", "Our Goals"), read as an
    objective, over a flat list of two lines or more with no figure ("• We will welcome every
    family into our schools."): the list names the goals — each line is an objective, the line
    above names the set (decision 1647; decision 913 for a period's goals heading, widened to any
    name of a goals set when no listed line is measured). A list with a measured line keeps the
    reading of the layout."""
    items = [b for b in p.builders if b.parts]
    if len(items) < 3 or items[0].kind != "objective" or _CJK_RE.search(items[0].parts[0][0]):
        return
    o, rest = items[0], _before_next_objective(items[1:])
    if len(o.parts) != 1 or not _GOALS_NAME_RE.fullmatch(
        o.parts[0][0].strip().strip("*_#").strip()
    ):
        return
    if any(
        b.kind != "kr"
        or not b.label.strip()
        or not _MARKER_LABEL_RE.fullmatch(b.label.strip())
        or b.indent != rest[0].indent
        or has_figure(" ".join(t for t, _ in b.parts))
        for b in rest
    ):
        return
    text, at = o.parts[0]
    p.builders = [b for b in p.builders if b is not o]
    p.prose_lines.append((text, at, at + len(text)))
    for b in rest:
        b.kind = "objective"
        b.parent = None
    p.objective_builders = [b for b in p.builders if b.kind == "objective"]
    p.builder_index = {id(b): i for i, b in enumerate(p.builders) if b.kind == "objective"}


# A time span that bounds an aspiration, no target: "in 30 days", "within 2 weeks", "over the
# next 6 months" ("Get every new hire productive in 30 days").
_SPAN_OF_TIME_RE = re.compile(
    r"\b(?:in|within|over)[ \t](?:the[ \t])?(?:first[ \t]|next[ \t])?\d{1,3}[ \t]?"
    r"(?:days?|weeks?|months?|quarters?|years?)\b",
    re.IGNORECASE,
)


def _measured_lines(run: list[Any]) -> list[bool]:
    """Whether each line of a flat list carries a target figure. The first line's span of time
    is no target (decision 1721: "- Get every new hire productive in 30 days" heads its measured
    lines as their aspiration); further down, "Answer every ticket within 24 hours" is measured."""
    texts = [" ".join(t for t, _ in b.parts) for b in run]
    return [has_figure(_SPAN_OF_TIME_RE.sub(" ", t) if not k else t) for k, t in enumerate(texts)]


def goals_label_list(p: Any) -> None:
    """A label that names the set's goals ("Our goals for Q3:", "Goals for this half:") with no
    wording of its own, read as an objective over a flat list of key results (decision 1721):
    where the list mixes aspirations with measured lines below each, each aspiration is an
    objective and the measured lines below it its key results (as decision 1644 reads a flat
    list); where no line is measured, each line is an objective (as decision 1647). The label
    names the set: it is no item. Otherwise the layout's reading stays."""
    items = [b for b in p.builders if b.parts or b.kind == "objective"]
    if len(items) < 3 or items[0].kind != "objective" or len(items[0].parts) > 1:
        return
    o, rest = items[0], _before_next_objective(items[1:])
    if len(rest) < 2:
        return
    if o.parts:  # "Our goals" on its own line, read as the objective's wording
        name, at, end = o.parts[0][0], o.parts[0][1], o.parts[0][1] + len(o.parts[0][0])
    else:  # "Our goals for Q3:" read as a label with no wording
        name, end = o.label or "", o.anchor
        at = max(0, end - len(name))
    label = name.strip().strip("*_#").strip()
    if not _GOALS_NAME_RE.fullmatch(label) or _CJK_RE.search(label):
        return
    if any(
        b.kind != "kr"
        or not b.parts
        or not _MARKER_LABEL_RE.fullmatch((b.label or "").strip())
        or b.indent != rest[0].indent
        or _CJK_RE.search(b.parts[0][0])
        for b in rest
    ):
        return
    measured = _measured_lines(rest)
    if any(measured):
        pairs = not measured[0] and all(
            k + 1 < len(rest) and measured[k + 1] for k in range(len(rest)) if not measured[k]
        )
        if not pairs:
            return
    p.builders = [b for b in p.builders if b is not o]
    p.prose_lines.append((name.strip(), at, end))
    for b, m in zip(rest, measured, strict=True):
        b.kind = "kr" if m else "objective"
        b.parent = None
    p.objective_builders = [b for b in p.builders if b.kind == "objective"]
    p.builder_index = {id(b): i for i, b in enumerate(p.builders) if b.kind == "objective"}


# An item's wording wholly inside one pair of quotes ('Objective:"Establish a … process."').
_WHOLE_QUOTE_RE = re.compile(r"^[\"“](?P<inner>[^\"“”\n]{3,300})[\"”]$")
# A title that talks about a kind of item, with no figure: "Key Results Explained", "Objectives
# 101", "Understanding Key Results", "About OKRs".
_KIND_TITLE_RE = re.compile(
    r"(?:(?:understanding|about|writing|defining|what[ \t]are)[ \t])?(?:key[ \t]results?|objectives?|OKRs?)"
    r"(?:[ \t](?:explained|101|basics|defined|in[ \t]practice|at[ \t]a[ \t]glance))?",
    re.IGNORECASE,
)


# A sentence of the guide that says what a kind of item is or does: "A key result says how you
# will know you got there.", "Objectives are qualitative.", "Key Results are measurable outcomes …".
_DEFINES_KIND_RE = re.compile(
    r"(?:an?[ \t]|the[ \t])?(?:key[ \t]results?|objectives?|OKRs?|KRs?)[ \t]"
    r"(?:is|are|says?|tells?|shows?|measures?|describes?|answers?|should|must|can)\b[^\n]{3,300}[.!]?$",
    re.IGNORECASE,
)


def quoted_and_titles(p: Any) -> None:
    """Three readings of an English guide's example (decision 1648):
    - an item's wording wholly in quotes is what is inside them ('Objective:"Make X."');
    - a short title that talks about a kind of item ("Key Results Explained") is a heading of the
      guide's text, not an item;
    - a flat list read as objectives right under a lead-in that names key results ("Example Key
      Results for the above Objective:") holds key results of the objective above it."""
    keep = []
    for b in p.builders:
        if (
            len(b.parts) > 1
            and b.kind == "kr"
            and _KIND_TITLE_RE.fullmatch(b.parts[0][0].strip().strip("*_#:").strip())
        ):
            # "Key Results Explained" with the guide's sentence under it joined to it
            p.prose_lines.extend((t, at, at + len(t)) for t, at in b.parts)
            continue
        if len(b.parts) == 1:
            text, at = b.parts[0]
            if (m := _WHOLE_QUOTE_RE.match(text.strip())) and not _CJK_RE.search(text):
                lead = len(text) - len(text.lstrip())
                b.parts[0] = (m.group("inner"), at + lead + 1)
            elif (
                b.kind == "kr"
                and not _WORD_LABEL_RE.search(b.label or "")
                and (
                    (
                        _KIND_TITLE_RE.fullmatch(text.strip().strip("*_#:").strip())
                        and text.strip()[:1].isupper()
                    )
                    or _DEFINES_KIND_RE.match(text.strip())
                )
            ):
                p.prose_lines.append((text, at, at + len(text)))
                continue
        keep.append(b)
    if len(keep) != len(p.builders):
        p.builders = keep
    items = [b for b in p.builders if b.parts]
    for k, b in enumerate(items):
        if (
            b.kind != "objective"
            or k == 0
            or not _MARKER_LABEL_RE.fullmatch(b.label.strip() or "x")
        ):
            continue
        if not any(x.kind == "objective" for x in items[:k]):
            continue
        # the line above the list
        at = b.parts[0][1]
        line_start = p.text.rfind("\n", 0, at) + 1
        prev_end = line_start - 1
        while prev_end > 0 and p.text[prev_end - 1] == "\n":
            prev_end -= 1  # (a blank line between them)
        above = p.text[p.text.rfind("\n", 0, max(prev_end - 1, 0)) + 1 : prev_end].strip()
        if not above or not names_key_results(above) or _CJK_RE.search(above):
            continue
        run = [b]
        for x in items[k + 1 :]:
            if (
                x.kind != "objective"
                or x.indent != b.indent
                or x.label.strip()[:1] != b.label.strip()[:1]
            ):
                break
            run.append(x)
        nxt = items[k + len(run)] if k + len(run) < len(items) else None
        if nxt is not None and nxt.kind == "kr":
            continue  # the last of them heads key results of its own
        for x in run:
            x.kind = "kr"
        p.objective_builders = [x for x in p.builders if x.kind == "objective"]
        p.builder_index = {id(x): i for i, x in enumerate(p.builders) if x.kind == "objective"}
        return


_WORD_LABEL_RE = re.compile(r"[A-Za-z\u4e00-\u9fff]")


# A tracker's field line under the items ("Linked issues: PROD-415, PROD-419", "Sprint: 42",
# "Fix Version/s: 3.2", "Reporter: Sam Lee", "Story points: 8"): the page's record, no item.
_TRACKER_FIELD_RE = re.compile(
    r"(?:linked[ \t]issues?|issue[ \t]type|issue[ \t]links?|sprint|fix[ \t]versions?(?:/s)?|"
    r"affects[ \t]versions?(?:/s)?|components?|reporter|assignee|watchers?|labels?|epic[ \t](?:link|name)|"
    r"story[ \t]points|resolution|resolved|created|updated|attachments?|sub-?tasks?|parent|"
    r"project|priority|estimate|time[ \t]tracking|target[ \t]date|start[ \t]date)"
    r"[ \t]*:[ \t]*\S[^\n]{0,80}",
    re.IGNORECASE,
)
# A link closing an item's wording: "([dashboard](https://…))", "(https://…)", a bare address
# (a link inside the wording, "Publish the [onboarding guide](…)", is wording).
_LINK_TAIL_RE = re.compile(
    r"(?<![ \t])[ \t]+(?:\([ \t]?(?:\[[^\[\]\n]{1,60}\]\([^()\s]{1,300}\)|https?://[^\s()]{1,300})[ \t]?\)"
    r"|<?https?://[^\s<>]{1,300}>?)$"
)


def fields_and_links(p: Any) -> None:
    """A tracker's field lines read as key results are the page's record, and a link closing an
    item's wording is its reference, not wording (decision 1649)."""
    keep = []
    for b in p.builders:
        if (
            b.kind == "kr"
            and len(b.parts) == 1
            and not (b.label or "").strip()
            and _TRACKER_FIELD_RE.fullmatch(b.parts[0][0].strip())
        ):
            text, at = b.parts[0]
            p.prose_lines.append((text, at, at + len(text)))
            continue
        if b.parts and _LATIN_RE.search(b.parts[-1][0]):
            text, at = b.parts[-1]
            m = _LINK_TAIL_RE.search(text)
            if m is not None and _LATIN_RE.search(text[: m.start()]) and m.start() > 8:
                b.parts[-1] = (text[: m.start()], at)
                p.prose_lines.append((text[m.start() :].strip(), at + m.start(), at + len(text)))
        keep.append(b)
    if len(keep) != len(p.builders):
        p.builders = keep


# A flattened table's header cell: the first of a run of short cells joined as one item.
_HEADER_CELL_RE = re.compile(
    r"(?:owners?|due(?:[ \t]date)?|status|score|progress|key[ \t]results?|krs?|objectives?|target|"
    r"deadline|team|notes?|comments?|grade|weight)",
    re.IGNORECASE,
)
# "What we'll change: …", "Lessons: …", "Note: …" — a name of a remark and its colon (not a
# kind's label: "KR3:", "Objective:").
_REMARK_LEAD_RE = re.compile(
    r"(?!(?:kr|key[ \t]results?|objectives?|o|goals?)\b)[A-Za-z][\w'’]{0,30}(?:[ \t][\w'’]{1,30}){0,4}[ \t]?:[ \t]",
    re.IGNORECASE,
)
_BLANK_BEFORE_RE = re.compile(r"\n[ \t]*\n[ \t]*$")


def _remark_after_list(p: Any, k: int, b: Any) -> bool:
    """An unmarked line after a blank line under a bulleted list of key results, with no figure
    ("What we'll change: fewer key results next quarter."): a remark on them (decision 1650)."""
    if k == 0 or b.kind != "kr" or len(b.parts) != 1 or (b.label or "").strip():
        return False
    prev = p.builders[k - 1]
    text, at = b.parts[0]
    return (
        prev.kind == "kr"
        and bool(_MARKER_LABEL_RE.fullmatch((prev.label or "").strip()))
        and bool((prev.label or "").strip())
        and _BLANK_BEFORE_RE.search(p.text[max(0, at - 40) : at]) is not None
        and _LATIN_RE.search(text) is not None
        and not _CJK_RE.search(text)
        and not has_figure(text)
        and (_REMARK_LEAD_RE.match(text) is not None or is_prose(text))
    )


def _lead_in_as_kr(p: Any, k: int, b: Any) -> bool:
    """ "Our key results for Q3:" right under the objective and over its list, read as one more
    key result: a lead-in (decision 1650)."""
    return (
        b.kind == "kr"
        and len(b.parts) == 1
        and not (b.label or "").strip()
        and k + 1 < len(p.builders)
        and p.builders[k + 1].kind == "kr"
        and bool(_MARKER_LABEL_RE.fullmatch((p.builders[k + 1].label or "").strip()))
        and not _CJK_RE.search(b.parts[0][0])
        and names_key_results(b.parts[0][0].strip())
    )


def _flattened_spans(p: Any) -> list[tuple[int, int]]:
    """Runs of four short lines or more, two of them a column's name ("Key result" / "Owner" /
    "Due" / "1a" / "Marco" / "30 Jun"): a table pasted one cell a line (decision 1650)."""
    spans: list[tuple[int, int]] = []
    run: list[Any] = []

    def close() -> None:
        heads = sum(_HEADER_CELL_RE.fullmatch(ln.text.strip(" :*")) is not None for ln in run)
        if len(run) >= 4 and heads >= 2:
            spans.append((run[0].start, run[-1].start + len(run[-1].text)))

    for ln in p.lines:
        t = ln.text.strip()
        short = 0 < len(t) <= 24 and len(t.split()) <= 3 and not _LIST_LINE_RE.match(t)
        if short and (not run or not ln.blank_before) and not _CJK_RE.search(t):
            run.append(ln)
            continue
        close()
        run = [ln] if short and not _CJK_RE.search(t) else []
    close()
    return spans


def leftovers(p: Any) -> None:
    """Remarks under a list and flattened tables read as items are prose (decision 1650)."""
    spans = _flattened_spans(p) if len(p.lines) >= 4 else []
    keep = []
    for k, b in enumerate(p.builders):
        if b.parts and (
            _remark_after_list(p, k, b)
            or _lead_in_as_kr(p, k, b)
            # (cells joined into one item; a table read cell by cell keeps its items)
            or (len(b.parts) >= 2 and any(all(s <= at < e for _t, at in b.parts) for s, e in spans))
        ):
            p.prose_lines.extend((t, at, at + len(t)) for t, at in b.parts)
            continue
        keep.append(b)
    if len(keep) != len(p.builders):
        p.builders = keep
        p.objective_builders = [b for b in keep if b.kind == "objective"]


def recast(p: Any) -> None:
    """The readings of this module on the items the line readings read (called from
    `coach.parse._recast_items`, before the status signs are read)."""
    objective_below_lead_in(p)
    drop_anchors(p.builders)
    tracker_tails(p.builders, p.prose_lines)
    fields_and_links(p)
    leftovers(p)
    goals_heading_list(p)
    goals_label_list(p)
    quoted_and_titles(p)
    if mixed_list(p.builders):
        p.objective_builders = [b for b in p.builders if b.kind == "objective"]


# A line that carries an item's label: "Objective:", "O2 -", "KR1:", "Key results", "Goal 3:".
_KIND_LABEL_WORDS = (
    r"(?:o\d{0,2}|objectives?|krs?[ \t]?\d{0,2}(?:\.\d{1,2})?|key[ \t-]?results?(?:[ \t]?\d{1,2})?"
    r"|goals?[ \t]?\d{0,2})"
)
# A kind's label at a line's start: "KR2:", "**Objective**", "Key results —"; in brackets too
# ("[Objective] …", "[Key Result] …", "【KR】…", decision 2764).
_KIND_LABEL_LINE_RE = re.compile(
    rf"(?:\*\*|__)?(?:[\[【][ \t]?{_KIND_LABEL_WORDS}[ \t]?[\]】]"
    rf"|{_KIND_LABEL_WORDS}(?:\*\*|__)?[ \t]*(?:[:：.)\-–—]|$))",
    re.IGNORECASE,
)
_HEADING_MARK_RE = re.compile(r"#{1,6}[ \t]+")


def _plain_wording(t: str) -> tuple[int, int] | None:
    """Where the wording is in a plain line (a heading's marks, emphasis and a closing colon
    left out), or None when the line is a list item or carries a label."""
    if _LIST_LINE_RE.match(t) or _KIND_LABEL_LINE_RE.match(t) or "|" in t or "\t" in t:
        return None  # a list item, a label, a table's row
    s, e = 0, len(t)
    if m := _HEADING_MARK_RE.match(t):
        s = m.end()
    if m := _EMPHASIS_RE.match(t[s:e]):
        s, e = s + m.start("inner"), s + m.end("inner")
    while e > s and t[e - 1] in ":： \t":
        e -= 1
    if _FIELD_LEAD_RE.match(t[s:e]):
        return None  # "Done: migrated 3 services", "Status: 41 so far": a field or a note
    return (s, e) if e > s else None


_FIELD_LEAD_RE = re.compile(r"[^:：\n]{1,30}[:：][ \t]*\S")


def plain_page(p: Any, builder: Any, names_set: Any) -> None:
    """A page of plain lines only — no list marks, no labels, each line a short statement, bold
    or a heading or a line ending with a colon — whose kinds the layout does not say: each line
    with a target figure is a key result of the unmeasured line above it, which is an objective
    (decision 1651; the kind reader of decision 1644 for lines with no marks). A title naming the
    set on the first line is no item. Used only where the line readings missed a line or read
    one of them as the other kind, or read nothing; a page whose lines do not pair that way
    (a measured first line, an objective with no measured line under it) keeps its reading."""
    lines = p.lines
    if not 3 <= len(lines) <= 60 or _CJK_RE.search(p.text) or any(b.cells for b in p.builders):
        return  # (a table's rows are read by their cells)
    if p.spaced_heads:
        return  # headings over one key result a paragraph, read by the headings (4942)
    spans = []
    for k, ln in enumerate(lines):
        t = ln.text.rstrip()
        w = _plain_wording(t)
        if w is None:
            return
        wording = t[w[0] : w[1]]
        if k == 0 and names_set(wording):
            continue  # the page's title ("Q3 OKRs — Support")
        if is_prose(wording) or len(wording.split()) > 25 or not _LATIN_RE.search(wording):
            return
        spans.append((ln, w, "kr" if has_figure(wording) else "objective"))
    kinds = [k for _ln, _w, k in spans]
    if len(kinds) < 3 or kinds[0] != "objective" or kinds.count("kr") < 2:
        return
    if any(
        k == "objective" and (i + 1 == len(kinds) or kinds[i + 1] != "kr")
        for i, k in enumerate(kinds)
    ):
        return
    read = {b.parts[0][1]: b.kind for b in p.builders if b.parts and len(b.parts) == 1}
    if len(read) == len(spans) and all(read.get(ln.start + w[0]) == k for ln, w, k in spans):
        return  # the line readings read it so
    made = []
    for ln, (s, e), kind in spans:
        b = builder(kind, "", None, ln.indent, ln.number)
        b.anchor = ln.start + s
        b.add(ln.text[s:e], ln.start + s)
        made.append(b)
    used = [(ln.start, ln.start + len(ln.text)) for ln, _w, _k in spans]
    p.prose_lines = [x for x in p.prose_lines if not any(s <= x[1] < e for s, e in used)]
    for ln in lines:
        if not any(s == ln.start for s, _e in used):
            p.prose_lines.append((ln.text, ln.start, ln.start + len(ln.text)))
    p.builders = made
    p.objective_builders = [b for b in made if b.kind == "objective"]
    p.builder_index = {id(b): i for i, b in enumerate(made) if b.kind == "objective"}
    p.orphan_labels = []

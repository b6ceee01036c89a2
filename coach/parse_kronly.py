"""Key results with no objective (decision 1640), in both languages.

A paste that lists only key results under a heading that names them ("Key results:", "KPIs",
"How we'll know:", "关键结果：") over one flat list was read with its first line as the objective
and the rest as its key results: a wrong kind. Now:

- if a sentence of prose right above the heading states a goal ("Our goal this quarter is to make
  search results people trust.", "We want customers to trust our search.", "我们的目标是…"), that
  sentence is the objective and every line of the list a key result;
- otherwise the draft is refused with a clear error that says what was found ("3 key results but
  no objective: add the objective they serve above them") — SPEC: text with no objective is an
  error, never an item of the wrong kind.
"""

from __future__ import annotations

import re
from typing import Any

from coach.errors import InputError
from coach.parse_fallback import names_key_results

# "Our goal this quarter is to X", "The objective for Q3 was to X", "My aim is to X" (as decision
# 1217's told goal) — the wording is X.
_TOLD_GOAL_RE = re.compile(
    r"\b(?:OKR|objective|goal|aim|focus|mission)s?\b(?:[ \t](?:for|this|that|in|over|during|of)\b"
    r"[^.;:!?\n]{0,30}?)?[ \t](?:is|was|will[ \t]be)[ \t]+(?:to[ \t]+)?(?P<o>[^.;!?\n]{4,120})",
    re.IGNORECASE,
)
# "We want customers to trust our search.", "This quarter I aim to …": a wish said whole.
_WISH_RE = re.compile(
    r"\b(?:we|I)(?:'d|’d)?[ \t](?:want|wish|aim|hope|intend|plan|need|would[ \t]like|are[ \t]going)\b",
    re.IGNORECASE,
)
# "我们本季度的目标是让客户信任搜索结果。", "本季度目标：…" — the wording is after 是/：.
_TOLD_GOAL_ZH_RE = re.compile(r"(?:目标|愿景|方向)(?:是|为|[:：])[ \t]*(?P<o>[^。；！？\n]{3,60})")
# Chinese headings that name measures (parse19zh's list): "考核指标：", "具体怎么衡量：".
_MEASURES_HEAD_ZH_RE = re.compile(
    r"(?:考核指标|评估指标|衡量指标|具体(?:怎么|如何)衡量)[ \t]*[:：]?"
)
# A measured line: a percent, "from N to M", a number with a unit or a money sign.
_MEASURED_RE = re.compile(
    r"\d[ \t]?[%％]|\bfrom\b[^\n]{0,40}?\bto\b[ \t]*\d|从[^\n]{0,20}?(?:提升|降|增)|[$€£¥]\d"
)
_WORD_RE = re.compile(r"[A-Za-z\u4e00-\u9fff]")
# A wording in quotes inside a lead-in: the guide's objective quoted there ('为了实现“让社区店成为
# 街坊的首选”这一目标，可以设定以下关键结果：', decision 481), so the lead-in is no bare heading.
_QUOTED_RE = re.compile(r"[“\"「『][^“”\"「」『』\n]{2,120}[”\"」』]")


def _goal_wording(t: str) -> tuple[int, int] | None:
    """Where the goal is in a sentence of prose that states one, or None."""
    s = t.strip()
    if not s or len(s) > 200 or _MEASURED_RE.search(s):
        return None
    lead = len(t) - len(t.lstrip())
    m = _TOLD_GOAL_ZH_RE.search(s) or _TOLD_GOAL_RE.search(s)
    if m is not None:
        return lead + m.start("o"), lead + m.end("o")
    if _WISH_RE.search(s) and s.count(". ") == 0:
        return lead, lead + len(s.rstrip(".!。！ "))
    return None


# An area named in capitals before the objective's title: "STUDENTS: Growth for every reader".
_AREA_RE = re.compile(r"(?:[A-Z][A-Z&/-]{1,30}[ \t]){0,2}[A-Z][A-Z&/-]{1,30}[ \t]?[:：][ \t]*")


def _title_above(
    p: Any, i: int, heading_body: Any, names_set: Any
) -> tuple[Any, tuple[int, int]] | None:
    """A title line over a paragraph or two of description, right above the key-results heading
    ("STUDENTS: Student Growth for Choice-Filled Futures" / a paragraph / "Key Performance
    Indicators"): the objective those key results measure. Not a line that names a set, a team
    or a period ("Q3 OKRs", "Platform team"), nor one measured."""
    paragraphs = 0
    for j in range(i - 2, -1, -1):
        ln = p.lines[j]
        t, depth = heading_body(ln.text)
        t = t.strip().strip("*_").strip()
        if any(ln.start <= at < ln.start + len(ln.text) for b in p.builders for _t, at in b.parts):
            return None
        if re.match(r"[-*•+]\s|\d{1,2}[.)、]\s", ln.text):
            return None
        if t.endswith((".", "!", "?", "。", "！", "？")) and not depth:
            paragraphs += ln.blank_before or j == 0
            if paragraphs > 2:
                return None
            continue
        m = _AREA_RE.match(t)
        s = m.end() if m else 0
        words = t[s:].split()
        if (
            len(t) > 100
            or len(words) < 3
            or t.endswith((":", "：", ";", ","))
            or _MEASURED_RE.search(t)
            or names_set(t[s:])
        ):
            return None
        lead = ln.text.find(t[s:])
        return ln, (lead, lead + len(t[s:]))
    return None


def _line_of(lines: list[Any], at: int) -> int | None:
    for i, ln in enumerate(lines):
        if ln.start <= at < ln.start + max(1, len(ln.text)):
            return i
    return None


def read(
    p: Any, bare_label_re: re.Pattern[str], heading_body: Any, builder: Any, names_set: Any
) -> None:
    """Read a list of key results under a key-results heading with no objective (decision 1640):
    a goal sentence above it becomes the objective, or the draft is refused."""
    items = [b for b in p.builders if b.parts]
    if not items or items[0].kind != "objective" or _WORD_RE.search(items[0].label or ""):
        return
    lead = items[0].parts[0][0].strip().strip("*#").strip()
    if (
        len(items[0].parts) == 1
        and (_MEASURES_HEAD_ZH_RE.fullmatch(lead) or names_key_results(lead))
        and not _QUOTED_RE.search(lead)
        and len(items) >= 3
        and all(
            b.kind == "kr" and b.indent == items[1].indent and not _WORD_RE.search(b.label or "")
            for b in items[1:]
        )
    ):
        # "考核指标：", "Our key results for Q3:" read as the objective over its list: a heading
        # or a lead-in, not an item (dropped below once the reading holds).
        head_b = items[0]
        items = items[1:]
    else:
        head_b = None
        if items[0].kind != "objective":
            return
    first = items[0]
    if any(b.kind == "objective" for b in items[1:]) or len(items) < 2:
        return
    if any(b.indent != first.indent or _WORD_RE.search(b.label or "") for b in items[1:]):
        return  # a nested list (its outer line heads it) or labelled key results
    i = _line_of(p.lines, first.parts[0][1])
    if not i:
        return
    head = p.lines[i - 1]
    body = heading_body(head.text)[0].strip()
    head_text = body.lstrip("-*•+ \t")
    m = bare_label_re.match(head_text)
    if m is None:
        if not (_MEASURES_HEAD_ZH_RE.fullmatch(head_text) or names_key_results(head_text)):
            return
    elif re.search(r"\d", m.group("label")) or m.group("label").lower()[0] in "og目":
        return  # "Objectives:" over its list: objectives
    # The sentence right above the heading, if it states a goal.
    goal = None
    if i >= 2:
        above = p.lines[i - 2]
        in_item = any(
            above.start <= at < above.start + len(above.text)
            for b in p.builders
            for _t, at in b.parts
        )
        if (
            not in_item
            and not heading_body(above.text)[1]
            and not re.match(r"[-*•+]\s|\d{1,2}[.)、]", above.text)
        ):
            span = _goal_wording(above.text)
            if span is not None:
                goal = (above, span)
    if goal is None:
        goal = _title_above(p, i, heading_body, names_set)
    if goal is None:
        n = len(items)
        raise InputError(
            "no_objective",
            f"I found {n} key results but no objective (line {head.number}: {body!r} and the "
            f"{n} lines under it): add the objective they serve above them on its own line with "
            "'Objective:', e.g.\nObjective: Delight our customers this quarter\n"
            "Key results:\n1. Raise NPS from 30 to 45",
            f"找到了 {n} 个关键结果，但没有目标（第 {head.number} 行“{body}”及其下的 {n} 行）："
            "请在它们上面单独写一行它们服务的目标，以“目标：”开头，例如：\n"
            "目标：本季度让客户爱上我们的服务\n关键结果：\n1. NPS 从 30 提升到 45",
        )
    if head_b is not None:
        text, at = head_b.parts[0]
        p.builders = [b for b in p.builders if b is not head_b]
        p.prose_lines.append((text, at, at + len(text)))
    above, (s, e) = goal
    o = builder("objective", "", None, above.indent, above.number)
    o.anchor = above.start + s
    o.add(above.text[s:e], above.start + s)
    first.kind = "kr"
    for b in items:
        b.parent = None
    p.builders.insert(p.builders.index(first), o)
    p.objective_builders = [o]
    p.builder_index = {id(o): p.builders.index(o)}
    p.prose_lines = [
        x for x in p.prose_lines if not (above.start <= x[1] < above.start + len(above.text))
    ]

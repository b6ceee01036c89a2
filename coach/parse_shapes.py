"""Whole-page layouts the line-by-line readings of `coach.parse` do not read (decisions 860-866).

Each reader here looks for one layout's signature and, when the page has it, returns every
objective and key result of the page with where its wording stands; otherwise None. The shapes:

- 860: reStructuredText OKR directives (``.. okr:: _`` with a ``:krs:`` field whose lines are the
  key results); the objective is the directive's argument, or the section title above it.
- 861: label-only key-result headings ("### KR1") over a blockquote that states the key result.
- 862: table cells holding an "Objective:" line and "- KR:" lines separated by ``<br>``.
- 863: a pipe table written without leading pipes ("Objective | Key Result |"), where a row that
  starts with a dash is one more key result of the objective above.
- 864: "Grow X → a, b": an objective, an arrow and its measured key results on one line.
- 865: "Goal 3:" / "Progress Measure 3.1:" labels alone on their lines over the paragraph that
  states the item; the yearly rows of its trajectory ("2019-2020: 33%") are no items.
- 866: "Objective" / "Key Result" / "目标一" / "关键结果1" alone on their lines, each over the line
  that states the item (a Word export), on a page nothing else reads.

Only the items and where they stand are found here; `coach.parse` builds the draft from them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import pairwise

from coach.facts import needs
from coach.parse_guide_zh import flat_table, told_goals_alone
from coach.parse_yaml import YamlItem

_Line = tuple[int, int, str]  # (line number from 0, offset of the line, the line)


def _lines(text: str) -> Iterator[_Line]:
    pos = 0
    for i, raw in enumerate(text.split("\n")):
        yield i, pos, raw
        pos += len(raw) + 1


def _item(kind: str, wording: str, at: int, line_no: int, indent: int = 0) -> YamlItem | None:
    """An item for the stripped wording that starts at `at` (None when nothing is left)."""
    lead = len(wording) - len(wording.lstrip())
    body = wording.strip()
    if not re.search(r"[A-Za-z]{2,}|[\u4e00-\u9fff]", body):
        return None
    return YamlItem(kind=kind, indent=indent, line_no=line_no + 1, parts=[(body, at + lead)])


def _complete(items: list[YamlItem]) -> list[YamlItem] | None:
    """A reading only counts when it found an objective first and a key result."""
    items = [it for it in items if it is not None]
    if not items or items[0].kind != "objective" or all(it.kind != "kr" for it in items):
        return None
    return items


# --- 860: reStructuredText directives ------------------------------------------------------
_RST_DIRECTIVE_RE = re.compile(r"^(?P<indent>[ \t]*)\.\.[ \t]+okr::[ \t]*(?P<arg>.*?)[ \t]*$")
_RST_FIELD_RE = re.compile(r"^(?P<indent>[ \t]+):(?P<name>[\w-]+):(?P<sep>[ \t]*)(?P<value>.*)$")
_RST_UNDERLINE_RE = re.compile(r"^([=\-~^\"'`#*+])\1{2,}[ \t]*$")
_RST_KR_FIELDS = frozenset(["krs", "kr", "key_results", "key-results", "keyresults", "results"])


def _rst(text: str) -> list[YamlItem] | None:
    if ".. okr::" not in text:
        return None
    lines = list(_lines(text))
    items: list[YamlItem | None] = []
    title: tuple[str, int, int] | None = None
    i = 0
    while i < len(lines):
        n, at, raw = lines[i]
        nxt = lines[i + 1][2] if i + 1 < len(lines) else ""
        if raw.strip() and not raw[:1].isspace() and _RST_UNDERLINE_RE.match(nxt):
            title = (raw, at, n)
            i += 2
            continue
        m = _RST_DIRECTIVE_RE.match(raw)
        if not m:
            i += 1
            continue
        arg = m.group("arg")
        if arg and arg != "_":
            items.append(_item("objective", arg, at + m.start("arg"), n))
        elif title is not None:
            items.append(_item("objective", title[0], title[1], title[2]))
        base = len(m.group("indent"))
        field = ""
        i += 1
        while i < len(lines):
            n, at, raw = lines[i]
            if not raw.strip():
                i += 1
                continue
            indent = len(raw) - len(raw.lstrip())
            if indent <= base:
                break
            f = _RST_FIELD_RE.match(raw)
            if f and len(f.group("indent")) <= indent:
                field = f.group("name").lower()
                value, start = f.group("value"), at + f.start("value")
            else:
                value, start = raw, at
            if field in _RST_KR_FIELDS:
                items.append(_item("kr", value, start, n, indent))
            i += 1
    return _complete([it for it in items if it is not None])


# --- 861: label-only key-result headings over a blockquote -----------------------------------
_HEAD_RE = re.compile(r"^[ \t]*#{1,6}[ \t]+(?P<body>.+?)[ \t#]*$")
_OBJ_LABEL_RE = re.compile(
    r"^(?:\*\*)?(?:objective|goal|目标|O)[ \t]*\d{0,2}(?:\*\*)?[ \t]*[:：.\-—–][ \t]*(?:\*\*)?",
    re.IGNORECASE,
)
_KR_ONLY_RE = re.compile(
    r"^(?:\*\*)?(?:KR|key[ \t]+result|关键结果|关键成果)[ \t]*\d{1,2}(?:\.\d{1,2})?(?:\*\*)?[ \t]*[:：.]?$",
    re.IGNORECASE,
)
_OBJ_ONLY_RE = re.compile(
    r"^(?:\*\*)?(?:objective|goal|目标|O)[ \t]*\d{1,2}(?:\*\*)?[ \t]*[:：.]?$", re.IGNORECASE
)
_KR_LABEL_RE = re.compile(
    r"^(?:\*\*)?(?:KR|key[ \t]+result|关键结果|关键成果)[ \t]*\d{0,2}(?:\.\d{1,2})?(?:\*\*)?"
    r"[ \t]*[:：.\-—–][ \t]*(?:\*\*)?",
    re.IGNORECASE,
)
_QUOTE_RE = re.compile(r"^[ \t]*>[ \t]?")


def _heading_quotes(text: str) -> list[YamlItem] | None:
    if ">" not in text:
        return None
    lines = list(_lines(text))
    items: list[YamlItem | None] = []
    quoted = 0
    for k, (n, at, raw) in enumerate(lines):
        h = _HEAD_RE.match(raw)
        if not h:
            continue
        body, b_at = h.group("body"), at + h.start("body")
        if _KR_ONLY_RE.match(body) or _OBJ_ONLY_RE.match(body):
            j = k + 1
            while j < len(lines) and not lines[j][2].strip():
                j += 1
            q = _QUOTE_RE.match(lines[j][2]) if j < len(lines) else None
            if q:
                quote = lines[j][2][q.end() :]
                bold = re.fullmatch(r"(\*\*|__)(.+)\1[ \t]*", quote)
                cut = q.end() + (2 if bold else 0)
                quote = bold.group(2) if bold else quote
                kind = "kr" if _KR_ONLY_RE.match(body) else "objective"
                items.append(_item(kind, quote, lines[j][1] + cut, lines[j][0]))
                quoted += kind == "kr"
            continue
        for kind, label in (("objective", _OBJ_LABEL_RE), ("kr", _KR_LABEL_RE)):
            lm = label.match(body)
            if lm and lm.end() < len(body):
                items.append(_item(kind, body[lm.end() :].rstrip("*"), b_at + lm.end(), n))
                break
    return _complete([it for it in items if it is not None]) if quoted else None


# --- 862: labelled lines inside table cells --------------------------------------------------
_BR_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)
_CELL_KR_RE = re.compile(
    r"^[ \t]*(?:[-*•][ \t]*)?(?:\*\*)?(?:KR|key[ \t]+results?|关键结果|关键成果)[ \t]*\d{0,2}(?:\*\*)?"
    r"[ \t]*[:：](?:\*\*)?[ \t]*",
    re.IGNORECASE,
)
_CELL_OBJ_RE = re.compile(
    r"^[ \t]*(?:[(（][^()（）\n]{1,12}[)）][ \t]*)?(?:\*\*)?(?:objective|目标|O\d{0,2})(?:\*\*)?"
    r"[ \t]*[:：](?:\*\*)?[ \t]*",
    re.IGNORECASE,
)


def _cell_labels(text: str) -> list[YamlItem] | None:
    if "|" not in text or not _BR_RE.search(text):
        return None
    items: list[YamlItem | None] = []
    for n, at, raw in _lines(text):
        if not raw.lstrip().startswith("|"):
            continue
        pos = 0
        for cell in raw.split("|"):
            c_at = at + pos
            pos += len(cell) + 1
            pieces: list[tuple[str, int]] = []
            p_pos = 0
            for piece in _BR_RE.split(cell):
                p_at = cell.find(piece, p_pos)
                p_pos = p_at + len(piece)
                pieces.append((piece, c_at + p_at))
            found: list[YamlItem | None] = []
            for piece, p_at in pieces:
                om, km = _CELL_OBJ_RE.match(piece), _CELL_KR_RE.match(piece)
                if om:
                    found.append(_item("objective", piece[om.end() :], p_at + om.end(), n))
                elif km:
                    found.append(_item("kr", piece[km.end() :], p_at + km.end(), n))
            kinds = [f.kind for f in found if f is not None]
            if "objective" in kinds and "kr" in kinds:
                items.extend(found)
    return _complete([it for it in items if it is not None])


# --- 863: a pipe table without leading pipes -------------------------------------------------
_BARE_HEADER_RE = re.compile(
    r"^[ \t]*(?:\*\*)?(?:objectives?|goals?|目标)(?:\*\*)?[ \t]*\|[ \t]*(?:\*\*)?"
    r"(?:key[ \t]+results?|KRs?|关键结果|关键成果)(?:\*\*)?[ \t]*\|?[ \t]*$",
    re.IGNORECASE,
)
_DASH_RE = re.compile(r"^[ \t]*[-–—•*][ \t]*")


def _bare_pipes(text: str) -> list[YamlItem] | None:
    if "|" not in text:
        return None  # (the header row holds a pipe)
    lines = list(_lines(text))
    start = next((k for k, (_, _, raw) in enumerate(lines) if _BARE_HEADER_RE.match(raw)), None)
    if start is None:
        return None
    items: list[YamlItem | None] = []
    for n, at, raw in lines[start + 1 :]:
        if "|" not in raw or raw.lstrip().startswith("|"):
            if raw.strip():
                break
            continue
        if re.fullmatch(r"[\s|:\-]+", raw):
            continue  # a header rule
        pos = 0
        for k, cell in enumerate(raw.split("|")):
            c_at = at + pos
            pos += len(cell) + 1
            if not cell.strip():
                continue
            dash = _DASH_RE.match(cell)
            kind = "kr" if dash or k > 0 else "objective"
            cut = dash.end() if dash else 0
            items.append(_item(kind, cell[cut:], c_at + cut, n))
    return _complete([it for it in items if it is not None])


# --- 864: objective → measured key results on one line --------------------------------------
_ARROW_RE = re.compile(r"[→⟶]| (?:->|=>) ")
_LINE_MARK_RE = re.compile(r"[ \t]*(?:[-*•][ \t]+|\d{1,2}[.)、][ \t]*)?")
_PIECE_SPLIT_RE = re.compile(r"[,，;；、][ \t]*")


def _arrows(text: str) -> list[YamlItem] | None:
    from coach.parse_fallback import _OKR_CUE_RE, _VERB_START_RE, has_figure

    if not re.search(r"→|⟶|=>|->", text):
        return None
    # On a page that never speaks of objectives or goals, only two or more such lines whose
    # objectives open with a verb of change read as a set (an e-mail's "build → deploy" does not).
    cue = bool(_OKR_CUE_RE.search(text))
    items: list[YamlItem | None] = []
    for n, at, raw in _lines(text):
        arrows = list(_ARROW_RE.finditer(raw))
        if len(arrows) != 1:
            continue
        mark = _LINE_MARK_RE.match(raw)
        o_at = mark.end() if mark else 0
        head = raw[o_at : arrows[0].start()]
        if not 4 <= len(head.strip()) <= 160 or has_figure(head) or re.search(r"[:：`$]", head):
            continue
        if not cue and not _VERB_START_RE.match(head.strip()):
            continue
        tail, t_at = raw[arrows[0].end() :], at + arrows[0].end()
        pieces: list[tuple[str, int]] = []
        pos = 0
        for part in _PIECE_SPLIT_RE.split(tail):
            p_at = tail.find(part, pos)
            pos = p_at + len(part)
            if part.strip():
                pieces.append((part, t_at + p_at))
        # Every piece a measured result: a flow ("需求 → 设计, 开发") is no key result.
        if not pieces or not all(
            has_figure(p) and re.search(r"[A-Za-z]{2,}|[\u4e00-\u9fff]", p) for p, _ in pieces
        ):
            continue
        items.append(_item("objective", head, at + o_at, n))
        items.extend(_item("kr", p, p_at, n) for p, p_at in pieces)
    if not cue and sum(it is not None and it.kind == "objective" for it in items) < 2:
        return None
    return _complete([it for it in items if it is not None])


# --- 865: "Goal 3:" / "Progress Measure 3.1:" labels over paragraphs -------------------------
_NUMBERED_LABEL_RE = re.compile(
    r"^[ \t]*(?P<label>[A-Za-z][A-Za-z ()/-]{0,60}?[ \t]\d{1,2}(?:\.\d{1,2})?)[ \t]*:[ \t]*$"
)
_COLON_ENDS_LINE_RE = re.compile(r":[ \t]*$", re.MULTILINE)
_MEASURE_WORD_RE = re.compile(
    r"\b(?:measures?|indicators?|key[ \t]+results?|KPIs?|targets?)\b", re.I
)
_GOAL_WORD_RE = re.compile(r"\b(?:goals?|objectives?|outcomes?)\b", re.I)


def _labelled_paragraphs(text: str) -> list[YamlItem] | None:
    if not _COLON_ENDS_LINE_RE.search(text):
        return None  # (every label line ends with its colon: a page without one has none)
    lines = list(_lines(text))
    items: list[YamlItem | None] = []
    for k, (_n, _at, raw) in enumerate(lines):
        m = _NUMBERED_LABEL_RE.match(raw)
        if not m:
            continue
        label = m.group("label")
        kind = (
            "kr"
            if _MEASURE_WORD_RE.search(label)
            else "objective"
            if _GOAL_WORD_RE.search(label)
            else ""
        )
        if not kind:
            continue
        j = k + 1
        while j < len(lines) and not lines[j][2].strip():
            j += 1
        if j >= len(lines):
            continue
        n2, at2, body = lines[j]
        # The wording is the paragraph below, not a list of yearly rows or another label.
        if re.match(r"^[ \t]*(?:[-*•+]|\d{1,2}[.)])[ \t]", body) or _NUMBERED_LABEL_RE.match(body):
            continue
        items.append(_item(kind, body, at2, n2, len(body) - len(body.lstrip())))
    found = [it for it in items if it is not None]
    if sum(it.kind == "objective" for it in found) < 1 or sum(it.kind == "kr" for it in found) < 1:
        return None
    return _complete(found)


# --- 866: labels alone on their lines, the wording on the next line (a Word export) ---------
_LABEL_ONLY_RE = re.compile(
    r"^[ \t]*(?:\*\*)?(?:(?P<o>objective|goal|目标|O)|(?P<k>key[ \t]+results?|KRs?|关键结果|关键成果))"
    r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})?|[一二三四五六七八九十])?(?:\*\*)?[ \t]*[:：]?(?:\*\*)?[ \t]*$",
    re.IGNORECASE,
)


def _label_lines(text: str) -> list[YamlItem] | None:
    lines = list(_lines(text))
    items: list[YamlItem | None] = []
    for k, (_n, _at, raw) in enumerate(lines):
        m = _LABEL_ONLY_RE.match(raw)
        if not m:
            continue
        j = k + 1
        while j < len(lines) and not lines[j][2].strip():
            j += 1
        if j >= len(lines) or _LABEL_ONLY_RE.match(lines[j][2]):
            continue
        n2, at2, body = lines[j]
        if not items and not m.group("o"):
            # "Improve the on boarding program." over "Key Result" / "Increase …": the short
            # statement right above the first key-result label is its objective (decision 1031).
            items.append(_statement_above(lines, k))
        items.append(_item("objective" if m.group("o") else "kr", body, at2, n2))
    return _complete([it for it in items if it is not None])


def _statement_above(lines: list[_Line], k: int) -> YamlItem | None:
    """The objective a run of "Key Result" labels stands under: the non-blank line above the
    first label, when it is one short statement (no label, no lead-in colon, no paragraph)."""
    j = k - 1
    while j >= 0 and not lines[j][2].strip():
        j -= 1
    if j < 0 or k - j > 3:
        return None
    n, at, raw = lines[j]
    t = raw.strip()
    one_sentence = not re.search(r"[.!?]\s+[A-Z]|[。！？；;].", t)
    short = len(t.split()) <= 16 and len(re.findall(r"[\u4e00-\u9fff]", t)) <= 40
    if _LABEL_ONLY_RE.match(raw) or t.endswith((":", "：")) or not (one_sentence and short):
        return None
    return _item("objective", raw, at, n)


# --- 1025: an OKR said inside a sentence ---------------------------------------------------
# "比如O是提升客户满意度，KR1是把NPS从32提升到45，KR2是……", "他们的目标是X,关键结果之一是“Y”",
# "the O is X, KR1 is Y": a clause naming the objective, then clauses naming its key results, in
# one sentence. Read only where the line readings found no key result (coach.parse).
_SAID_O_RE = re.compile(
    r"(?:(?<![A-Za-z0-9])O[ \t]?\d{0,2}|目标[ \t]?\d{0,2}|(?<![A-Za-z])objective[ \t]?\d{0,2})"
    r"[ \t]?(?:就是|是|为|定为|[:：]|[ \t]is[ \t])[ \t]?",
    re.IGNORECASE,
)
_SAID_KR_RE = re.compile(
    r"(?:(?<![A-Za-z0-9])KR[ \t]?\d{0,2}|关键(?:结果|成果)[ \t]?\d{0,2}|(?<![A-Za-z])key[ \t]results?[ \t]?\d{0,2})"
    r"(?:之[一二三四五六])?[ \t]?(?:就是|可以是|可设为|是|为|[:：]|[ \t](?:is|are)[ \t])[ \t]?",
    re.IGNORECASE,
)
# Where a sentence ends: a Chinese stop, a line break, or an English full stop before a space.
_SAID_END_RE = re.compile(r"[。！？!?\n]|\.(?=\s|$)")
# A wording that names the method rather than a goal ("O是Objective的缩写", "KR是关键结果").
_SAID_TERM_RE = re.compile(r"objective|key result|\bKRs?\b|OKR|目标|关键(?:结果|成果)", re.I)
_SAID_TRIM = " \t,，;；、:：“”「」『』\"'‘’"
_SAID_ANDS = ("and", "以及", "还有", "和", "及", "而")


def _drop_closing_and(raw: str) -> str:
    """ "cutting setup time …, and" → "cutting setup time …": the word that joins the next clause."""
    t = raw.rstrip()
    for w in _SAID_ANDS:
        if t.lower().endswith(w) and (
            not w.isascii() or len(t) == len(w) or not t[-len(w) - 1].isalnum()
        ):
            return t[: len(t) - len(w)]
    return raw


def _said_wording(text: str, a: int, b: int) -> tuple[str, int] | None:
    """The wording between a and b without separators, quotes and a closing "and"."""
    raw = text[a:b]
    raw = _drop_closing_and(raw.rstrip(_SAID_TRIM)).rstrip(_SAID_TRIM)
    lead = len(raw) - len(raw.lstrip(_SAID_TRIM))
    body = raw.strip(_SAID_TRIM)
    if not body or _SAID_TERM_RE.search(body):
        return None
    cjk = len(re.findall(r"[\u4e00-\u9fff]", body))
    if cjk < 5 and len(re.findall(r"[A-Za-z]+", body)) < 3:
        return None  # "O是目标，KR是衡量标准": the parts of the method named, no wording
    return body, a + lead


_LISTED_QUOTE_RE = re.compile(r"[“「『\"](?P<q>[^“”「」『』\"\n]{2,80})[”」』\"]")
_LIST_GAP_RE = re.compile(r"[ \t、，,；;和及与與或]*")


def _quoted_list(text: str, a: int, b: int) -> list[tuple[str, int]]:
    """Two quotes or more in a row between a and b, nothing but separators between and around
    them (a stop may end the run): each quote's wording and where it starts; else []."""
    out: list[tuple[str, int]] = []
    pos = _LIST_GAP_RE.match(text, a, b).end()
    while (m := _LISTED_QUOTE_RE.match(text, pos, b)) is not None:
        out.append(
            (m.group("q").strip(), m.start("q") + len(m.group("q")) - len(m.group("q").lstrip()))
        )
        pos = _LIST_GAP_RE.match(text, m.end(), b).end()
    if len(out) < 2 or text[pos:b].strip(" \t。.;；,，"):
        return []
    return out


def said_in_prose(text: str) -> list[YamlItem] | None:
    """Objectives and their key results said inside sentences (decision 1025), or None."""
    from coach.parse_fallback import has_figure

    items: list[YamlItem | None] = []
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    for om in _SAID_O_RE.finditer(text):
        end_m = _SAID_END_RE.search(text, om.end())
        stop = end_m.start() if end_m else len(text)
        krs = [k for k in _SAID_KR_RE.finditer(text, om.end(), stop)]
        if not krs or krs[0].start() - om.end() > 80:
            continue
        o = _said_wording(text, om.end(), krs[0].start())
        if o is None:
            continue
        n = sum(1 for s in line_starts if s <= om.start()) - 1
        found: list[YamlItem | None] = [_item("objective", o[0], o[1], n)]
        # A definition of the method ("O是你想去哪里，KR是衡量有没有到达的标准") has neither a
        # figure nor a quoted result: one of its key results must have one or the other.
        backed = False
        for i, km in enumerate(krs):
            k_end = krs[i + 1].start() if i + 1 < len(krs) else stop
            k = _said_wording(text, km.end(), k_end)
            if k is None:
                found = []
                break
            opener = text[km.end() : k[1]].strip(" \t")[-1:]
            quoted = bool(opener) and opener in "“「『\"'‘"
            backed = backed or quoted or has_figure(k[0])
            listed = _quoted_list(text, km.end(), k_end)
            if listed:
                # "关键结果是“A”“B”" / "「A」、「B」": each quote a key result (decision 1514)
                found.extend(_item("kr", w, at, n) for w, at in listed)
                continue
            found.append(_item("kr", k[0], k[1], n))
        if backed:
            items.extend(found)
    return _complete([it for it in items if it is not None])


# --- 1030: a plant's target sheet: numbered sections over "measure：target；" rows -----------
# "一、总质量目标" / "制造中心质量目标:" over "产品入库一次检验合格率:≥99.7%;" rows: each section an
# objective, each row a key result (a row with its target on the next line takes that line).
_ZH_SECTION_RE = re.compile(
    r"^[ \t]*(?:(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])[ \t]*(?P<a>[^\s：:，,。；;]{2,30}?)|"
    r"(?P<b>[\u4e00-\u9fff]{2,16}目标))[ \t]*[:：]?[ \t]*$"
)
_ROW_VALUE = r"(?:[≥≤<>＞＜=±]|\d|不(?:超过|低于|少于|高于|大于|小于)|达到|控制|至少|小于|大于|零)"
_METRIC_ROW_RE = re.compile(
    rf"^[ \t]*(?:\d{{1,2}}[.、．)][ \t]*)?(?P<w>(?P<key>[^\s：:，,。；;]{{2,24}})[ \t]*[:：][ \t]*"
    rf"(?P<v>(?:{_ROW_VALUE}|[^\n]{{0,30}}?\d)[^\n]{{0,60}}?))[ \t]*$"
)
_METRIC_KEY_ALONE_RE = re.compile(
    r"^[ \t]*(?:\d{1,2}[.、．)][ \t]*)?(?P<w>[^\s：:，,。；;]{2,24}[ \t]*[:：])[ \t]*$"
)
# "…≥95%。研发中心质量目标:": the next section's name glued to a row (a PDF's lost break).
_GLUED_SECTION_RE = re.compile(r"(?<=[。；;])(?P<t>[\u4e00-\u9fff]{2,16}目标)[ \t]*[:：][ \t]*$")
_SHEET_ROW_HINT_RE = re.compile(r"[:：][ \t]*[≥≤<>＞＜\d]")
_ROW_NOTE_RE = re.compile(r"^[ \t]*(?:说明|备注|注)[ \t]*[:：]")


def _target_sheet(text: str) -> list[YamlItem] | None:
    if "目标" not in text or not _SHEET_ROW_HINT_RE.search(text):
        return None
    from coach.parse import ATTRIBUTE_RE

    lines = list(_lines(text))
    items: list[YamlItem | None] = []
    rows = 0
    i = 0
    while i < len(lines):
        n, at, raw = lines[i]
        i += 1
        if not raw.strip() or _ROW_NOTE_RE.match(raw):
            continue
        sec = _ZH_SECTION_RE.match(raw)
        if sec:
            g = "a" if sec.group("a") else "b"
            items.append(_item("objective", sec.group(g), at + sec.start(g), n))
            continue
        m = _METRIC_ROW_RE.match(raw)
        if m and ATTRIBUTE_RE.match(m.group("w").strip()):
            continue  # "负责人：张三", "截止：6月底": a field of the sheet, no measure
        if m and items:
            w, w_at = m.group("w"), at + m.start("w")
            glued = _GLUED_SECTION_RE.search(w)
            if glued:
                items.append(_item("kr", w[: glued.start()], w_at, n))
                items.append(_item("objective", glued.group("t"), w_at + glued.start("t"), n))
            else:
                items.append(_item("kr", w, w_at, n))
            rows += 1
            continue
        alone = _METRIC_KEY_ALONE_RE.match(raw)
        if alone and items and i < len(lines) and re.search(r"[≥≤<>＞＜]\s?\d", lines[i][2]):
            it = _item("kr", alone.group("w"), at + alone.start("w"), n)
            _n2, at2, raw2 = lines[i]
            if it is not None:
                lead = len(raw2) - len(raw2.lstrip())
                it.parts.append((raw2.strip(), at2 + lead))
            items.append(it)
            rows += 1
            i += 1
    found = [it for it in items if it is not None]
    # A section heading over sections ("二、质量目标分解" over "制造中心质量目标:") is no objective.
    kept = [
        it
        for k, it in enumerate(found)
        if it.kind == "kr" or (k + 1 < len(found) and found[k + 1].kind == "kr")
    ]
    if rows < 3 or sum(it.kind == "objective" for it in kept) < 2:
        return None
    return _complete(kept)


# --- 1151: "Priority N:" plans: a priority's statement over its listed goals ---------------
# "Strategic Priority One:" / "Priority 2: Foster Learning" alone on a line, the sentence that
# states the priority below it, then (after an optional "Goals:" / "Learning Objectives:"
# heading) a list: the statement is the objective, each listed line a key result. Two such
# priorities at least, each with its statement and its list.
_PRIORITY_RE = re.compile(
    r"^[ \t]*(?:\*\*)?(?:strategic[ \t]+)?priority[ \t]+(?:\d{1,2}|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|[A-H])\b[^\n]{0,80}$",
    re.IGNORECASE,
)
_PRIORITY_LOOK = needs.look(needs.needed(_PRIORITY_RE))
_LIST_ITEM_LEAD_RE = re.compile(r"^[ \t]*(?:[-*•+–—]|\d{1,2}[.)])[ \t]+(?=\S)")
_LIST_HEAD_RE = re.compile(r"^[ \t]*[A-Za-z][A-Za-z &/-]{0,40}:[ \t]*$")


def _priority_plan(text: str) -> list[YamlItem] | None:
    if not needs.may_match(needs.fold_page(text), _PRIORITY_LOOK):
        return None  # (no line of the page can open a priority: it holds no "priority")
    lines = [x for x in _lines(text) if x[2].strip()]
    starts = [k for k, x in enumerate(lines) if _PRIORITY_RE.match(x[2])]
    if len(starts) < 2:
        return None
    items: list[YamlItem | None] = []
    for s, e in zip(starts, [*starts[1:], len(lines)], strict=True):
        if s + 1 >= e:
            return None
        n, at, raw = lines[s + 1]
        t = raw.strip()
        if _LIST_ITEM_LEAD_RE.match(raw) or t.endswith((":", "：")) or len(t.split()) < 6:
            return None
        k = s + 2
        if k < e and _LIST_HEAD_RE.match(lines[k][2]):
            k += 1
        listed = lines[k:e]
        if not listed or not all(_LIST_ITEM_LEAD_RE.match(x[2]) for x in listed):
            return None
        items.append(_item("objective", raw, at, n))
        for n2, at2, raw2 in listed:
            m = _LIST_ITEM_LEAD_RE.match(raw2)
            assert m is not None
            items.append(_item("kr", raw2[m.end() :], at2 + m.end(), n2, 2))
    return _complete(items)


# --- 1202: an assessment plan's form: goal and objective rows over "AT=" achievement targets --
# "| GOAL 1: ACCESS -- … |" / "| OBJECTIVE 1b: … |" (single-cell rows of a pipe-bordered form,
# or plain lines), then "- CR= …" criteria and "- AT= …" achievement targets: each goal and
# objective row an objective, each achievement target a key result of the objective above;
# the criteria, the activity names and the unit's row are no items.
_FORM_CELL_RE = re.compile(r"^[ \t]*\|(?P<c>[^|\n]*)\|[ \t]*$")
_FORM_GOAL_RE = re.compile(
    r"^[ \t]*(?:\*\*)?(?:goal|objective|outcome)[ \t]*\d{1,2}[a-z]?(?:\.\d{1,2}[a-z]?){0,2}"
    r"(?:\*\*)?[ \t]*(?:[:：.]|[-–—]{1,2})[ \t]*(?:\*\*)?[ \t]*(?=\S)",
    re.IGNORECASE,
)
_FORM_TARGET_RE = re.compile(
    r"^[ \t]*(?:[-*•][ \t]*)?(?:(?-i:AT)|achievement[ \t]+targets?)[ \t]*[=:：][ \t]*(?=\S)",
    re.IGNORECASE,
)


def _assessment_form(text: str) -> list[YamlItem] | None:
    if "AT" not in text and "chievement" not in text:
        return None
    items: list[YamlItem | None] = []
    targets = 0
    for n, at, raw in _lines(text):
        cell = _FORM_CELL_RE.match(raw)
        body, off = (cell.group("c"), at + cell.start("c")) if cell else (raw, at)
        g = _FORM_GOAL_RE.match(body)
        if g:
            items.append(_item("objective", body[g.end() :].rstrip(" \t|"), off + g.end(), n))
            continue
        t = _FORM_TARGET_RE.match(raw)
        if t and items:
            items.append(_item("kr", raw[t.end() :].rstrip(), at + t.end(), n, 2))
            targets += 1
    return _complete(items) if targets else None


# --- 1203: a plan's headings, each over the statement of a direction and its "Goal:" bullets --
# "Ensure a Welcoming Experience" / "Your library has safe and welcoming places …" / "• Goal:
# Visitors are welcomed …": the statement is the objective, each goal bullet a key result; the
# heading over the statement is a heading. Two such runs of bullets at least, each right under
# its statement.
_GOAL_BULLET_RE = re.compile(
    r"^[ \t]*[-*•–][ \t]*goal[ \t]*\d{0,2}[ \t]*[:：][ \t]*(?=\S)", re.IGNORECASE
)


_GOAL_LINE_RE = re.compile(r"^[ \t]*[-*•–][ \t]*goal\b", re.IGNORECASE | re.MULTILINE)


def _goal_bullets(text: str) -> list[YamlItem] | None:
    # (a text without "goal" in any case has no such line: the pattern, case-insensitive and
    # anchored at every line, is tried only where the lower-cased text has the word)
    if "goal" not in text.lower() or not _GOAL_LINE_RE.search(text):
        return None
    lines = [x for x in _lines(text) if x[2].strip()]
    items: list[YamlItem | None] = []
    runs = 0
    for k, (n, at, raw) in enumerate(lines):
        g = _GOAL_BULLET_RE.match(raw)
        if g is None:
            continue
        if not (k and _GOAL_BULLET_RE.match(lines[k - 1][2])):
            if k == 0:
                return None
            n0, at0, raw0 = lines[k - 1]
            t = raw0.strip()
            if _LIST_ITEM_LEAD_RE.match(raw0) or t.endswith((":", "：")) or len(t.split()) < 6:
                return None
            items.append(_item("objective", raw0, at0, n0))
            runs += 1
        items.append(_item("kr", raw[g.end() :], at + g.end(), n, 2))
    return _complete(items) if runs >= 2 else None


# --- 1204: a Chinese guide's prose: an objective after a colon, key results named in brackets -
# "优质Objective应符合SMART原则:独立站Q3客单价提升至$85。关键结果设计需遵循三层次原则:基础指标
# (转化率提升20%)、过程指标(落地页跳出率降至35%)": the wording after the colon of the sentence
# that names the objective is the objective; each bracket after a name in the list after the
# key-result sentence's colon a key result. Two bracketed key results at least, each with a
# figure.
_ZH_GOAL_COLON_RE = re.compile(
    r"(?:Objective|目标|\bO\b)[^。！!？?\n:：]{0,24}[:：]", re.IGNORECASE
)
_ZH_KR_COLON_RE = re.compile(r"(?:关键(?:结果|成果)|KRs?\b)[^。！!？?\n:：]{0,24}[:：]")
_ZH_NAMED_BRACKET_RE = re.compile(
    r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,10})[ \t]?[(（](?P<k>[^()（）\n]{3,40})[)）]"
)
# "…(转化率提升20%)、过程指标(…": two named brackets in a row, the signature checked first.
_ZH_BRACKET_LIST_RE = re.compile(
    r"[)）][ \t]?(?:[、，,；;]|和|及)[ \t]?[\u4e00-\u9fffA-Za-z]{2,10}[ \t]?[(（]"
)
# One run of blanks on each side of the separator: two optional runs side by side made a long
# run of blanks quadratic (bench_adversarial).
_ZH_LIST_SEP_RE = re.compile(r"^[ \t]*(?:(?:[、，,；;]|和|及|以及)[ \t]*)?$")


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """Where the sentence holding `at` starts and ends (at 。！？ or a line break)."""
    a = max(text.rfind(c, 0, at) for c in "。！？!?\n") + 1
    ends = [e for e in (text.find(c, at) for c in "。！？!?\n") if e >= 0]
    return a, min(ends) if ends else len(text)


def _bracketed_krs_zh(text: str) -> list[YamlItem] | None:
    from coach.parse_fallback import has_figure

    if not _ZH_BRACKET_LIST_RE.search(text):
        return None
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    items: list[YamlItem | None] = []
    for km in _ZH_KR_COLON_RE.finditer(text):
        _a, end = _sentence_bounds(text, km.end())
        pieces = list(_ZH_NAMED_BRACKET_RE.finditer(text, km.end(), end))
        gaps = [text[x.end() : y.start()] for x, y in pairwise(pieces)]
        if (
            len(pieces) < 2
            or not all(_ZH_LIST_SEP_RE.match(g) for g in gaps)
            or not all(has_figure(p.group("k")) for p in pieces)
        ):
            continue
        # The objective: the wording after the colon of the sentence before, naming it.
        a, _e = _sentence_bounds(text, km.start())
        prev_a, prev_e = _sentence_bounds(text, max(a - 1, 0))
        gm = ([None, *_ZH_GOAL_COLON_RE.finditer(text, prev_a, prev_e)])[-1]  # the last one
        if gm is None or a == 0:
            continue
        body = text[gm.end() : prev_e].strip(" \t")
        if len(re.findall(r"[\u4e00-\u9fff]", body)) < 5:
            continue
        n = sum(1 for s in line_starts if s <= gm.end()) - 1
        items.append(_item("objective", body, gm.end() + text[gm.end() :].find(body[0]), n))
        for pm in pieces:
            n2 = sum(1 for s in line_starts if s <= pm.start()) - 1
            items.append(_item("kr", pm.group("k"), pm.start("k"), n2, 2))
    return _complete(items)


# --- 1205: a Chinese guide's prose: objectives listed after 例如, a key result quoted after 如 --
# "医院可以利用OKR设定年度目标,例如提升患者满意度、降低医疗事故率等,…" then "…可以设定如“患者满意度
# 调查得分提升至90%”等具体指标": each piece of the list after 例如/比如 up to 等 is an objective; each
# quoted measure with a figure in a later sentence that speaks of key results or measures
# (关键成果, 指标) is a key result, under the listed objective it shares most words with. Read
# only on a page nothing else reads.
_ZH_EXAMPLE_GOALS_RE = re.compile(
    r"(?:目标|OKR)[^。！？\n]{0,30}?[,，]?[ \t]*(?:例如|比如|譬如)[ \t]*"
    # (a list in corner quotes, "例如「A」、「B」等", is the quoted examples' reading: decision 1509)
    r"(?P<list>[^。！？\n,，:：“”\"「」]{6,80}?)等(?=[,，。；;\s])"
)
_ZH_MEASURE_TALK_RE = re.compile(r"关键(?:成果|结果)|指标|KR")
_ZH_QUOTED_AFTER_AS_RE = re.compile(r"(?:如|例如|比如)[ \t]?[“「\"](?P<k>[^”」\"\n]{4,40})[”」\"]")


def _shared(a: str, b: str) -> int:
    """How many two-character pieces two Chinese wordings share."""
    pairs = {a[i : i + 2] for i in range(len(a) - 1)}
    return sum(b[i : i + 2] in pairs for i in range(len(b) - 1))


def _example_goals_zh(text: str) -> list[YamlItem] | None:
    from coach.parse_fallback import has_figure

    gm = _ZH_EXAMPLE_GOALS_RE.search(text)
    if gm is None:
        return None
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line_of(at: int) -> int:
        return sum(1 for s in line_starts if s <= at) - 1

    goals: list[YamlItem] = []
    at = gm.start("list")
    for piece in re.split(r"[、及和]", gm.group("list")):
        it = _item("objective", piece, at, line_of(at))
        at += len(piece) + 1
        if it is None or len(re.findall(r"[\u4e00-\u9fff]", it.parts[0][0])) < 4:
            return None
        goals.append(it)
    krs: list[list[YamlItem]] = [[] for _ in goals]
    for qm in _ZH_QUOTED_AFTER_AS_RE.finditer(text, gm.end()):
        a, _e = _sentence_bounds(text, qm.start())
        if not _ZH_MEASURE_TALK_RE.search(text, a, qm.end() + 20) or not has_figure(qm.group("k")):
            continue
        k = _item("kr", qm.group("k"), qm.start("k"), line_of(qm.start("k")), 2)
        if k is not None:
            best = max(
                range(len(goals)), key=lambda i: _shared(goals[i].parts[0][0], qm.group("k"))
            )
            krs[best].append(k)
    return _complete([it for g, ks in zip(goals, krs, strict=True) for it in (g, *ks)])


# --- 1207: a cascade written as one list of roles and their goals --------------------------
# "錯誤示範:" / "- 老闆:營收成長 50%" / "- 業務部:新客戶增加 100 家" / "- 業務 A:每月拜訪 50 個潛在客戶":
# each row is the goal one level of the company sets (an objective, its role before the colon),
# not a key result of the lead-in. Two rows at least, every row a role and a measured goal, the
# only list and no OKR label on the page.
_CASCADE_ROW_RE = re.compile(
    r"^[ \t]*[-*•][ \t]*(?P<who>[\u4e00-\u9fff]{0,6}(?:部|组|組|中心|处|處|科|室|团队|團隊|老板|老闆|"
    r"总|總|经理|經理|主管|总监|總監|员|員|长|長|层|層|公司)|[\u4e00-\u9fff]{1,6}[ \t]?[A-Z]|CEO|VP|"
    r"[\u4e00-\u9fff]{0,4}(?:CEO|VP))[ \t]*[:：][ \t]*(?=\S)"
)
_CASCADE_ANY_ROW_RE = re.compile(_CASCADE_ROW_RE.pattern, re.MULTILINE)
_CASCADE_LEAD_RE = re.compile(r"^[ \t]*[^\s:：]{2,16}[:：][ \t]*$")
_OKR_WORD_RE = re.compile(r"目标|目標|OKR|关键|關鍵|KR|objective|key result", re.IGNORECASE)


def _cascade_rows_zh(text: str) -> list[YamlItem] | None:
    from coach.parse import match_label
    from coach.parse_fallback import has_figure

    if ("-" not in text and "*" not in text and "•" not in text) or not (
        _CASCADE_ANY_ROW_RE.search(text)
    ):
        return None  # (a row opens with its list marker)
    lines = [x for x in _lines(text) if x[2].strip()]
    rows = [k for k, x in enumerate(lines) if _LIST_ITEM_LEAD_RE.match(x[2])]
    if len(rows) < 2 or rows != list(range(rows[0], rows[0] + len(rows))) or rows[0] == 0:
        return None
    lead = lines[rows[0] - 1][2]
    if not _CASCADE_LEAD_RE.match(lead) or _OKR_WORD_RE.search(lead):
        return None
    if any(match_label(x[2].strip()) for x in lines):
        return None
    items: list[YamlItem | None] = []
    for k in rows:
        n, at, raw = lines[k]
        m = _CASCADE_ROW_RE.match(raw)
        if m is None or not has_figure(raw[m.end() :]):
            return None
        it = _item("objective", raw[m.end() :], at + m.end(), n)
        if it is not None:
            it.owner = m.group("who").strip()  # the role before the colon owns the row (1359)
        items.append(it)
    return items if all(items) else None


# --- 1213: a numbered outline of labels with a dash: objective, key results, their actions ---
# "- Objective -Be the best blogger" / "1.1 Key Result 1 - 3000 new followers" / "1.1.1 Action 1 -
# Respond to comments": the objective and key results are items, the action rows below a key
# result the work planned for it (no items, decision 1027). Two key results and one action row
# at least, and an outline number (1.1) on the page.
_OUTLINE_ROW_RE = re.compile(
    r"^[ \t]*(?:[-*•][ \t]*)?(?P<num>\d{1,2}(?:\.\d{1,2}){0,3}\.?[ \t]+)?"
    r"(?:(?P<o>objective|goal|目标|目標)|(?P<k>key[ \t]?results?|KR|关键(?:结果|成果)|關鍵(?:結果|成果))|"
    r"(?P<w>actions?|tasks?|initiatives?|steps?|行动|行動|任务|任務|举措|措施))"
    r"[ \t]*\d{0,2}[ \t]*(?:[-–—:：]|\.(?=[ \t]))[ \t]*(?P<t>\S.*)$",
    re.IGNORECASE,
)


_OUTLINE_LINE_RE = re.compile(r"^[ \t]*\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\.?[ \t]+\S", re.MULTILINE)


def _outline_labels(text: str) -> list[YamlItem] | None:
    if not _OUTLINE_LINE_RE.search(text):
        return None
    items: list[YamlItem | None] = []
    work = 0
    for n, at, raw in _lines(text):
        m = _OUTLINE_ROW_RE.match(raw)
        if m is None:
            continue
        t_at = at + m.start("t")
        if m.group("o"):
            items.append(_item("objective", m.group("t").rstrip(), t_at, n))
        elif m.group("k"):
            items.append(_item("kr", m.group("t").rstrip(), t_at, n, 2))
        else:
            work += 1
    found = _complete(items)
    if found is None or work == 0 or sum(it.kind == "kr" for it in found) < 2:
        return None
    return found


# --- 1214: a quoted sentence that names an OKR as a list of measures ----------------------
# "「今年的 OKR 就是業績成長 20%、客戶滿意度達 90 分、產品上線零延遲。」", "“我们部门的OKR就是销售额增长
# 30%、回款率达到95%、新客户50家。”": a guide quoting what people write as their objectives; each
# piece of the list is one (the review then says what is wrong with it). Two pieces at least,
# each with a figure (零 counts), and the list is the whole rest of the quote.
_QUOTED_OKR_LIST_RE = re.compile(
    r"[“「\"][^“”「」\"\n]{0,16}?(?:OKR|目标|目標)[ \t]?(?:就是|是|為|为|[:：])[ \t]?"
    r"(?P<list>[^“”「」\"\n。]{6,120})[。.]?[”」\"]"
)


def _quoted_okr_list(text: str) -> list[YamlItem] | None:
    from coach.parse_fallback import has_figure

    if "、" not in text:
        return None
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    items: list[YamlItem | None] = []
    for qm in _QUOTED_OKR_LIST_RE.finditer(text):
        at = qm.start("list")
        n = sum(1 for s in line_starts if s <= at) - 1
        found = []
        for piece in qm.group("list").split("、"):
            it = _item("objective", piece, at, n)
            at += len(piece) + 1
            if it is None or not (has_figure(piece) or "零" in piece):
                found = []
                break
            found.append(it)
        if len(found) >= 2:
            items.extend(found)
    return [it for it in items if it is not None] or None


# --- 1350: an OKR told in prose -----------------------------------------------------------
# "Our objective for this year is simple: X. Key results include: a, b, and c."; "This quarter we
# want to X. We'll know we got there when a, b and c."; "我们这个季度的目标是X，衡量标准是：一、a；
# 二、b"; "您下个季度的目标是X（例如，将a减少X%；将b增加Y美元）": a sentence that states the goal,
# then a lead that names what measures it, then two or more measured pieces. The page must hold
# nothing else an item could be read from (no label or list line outside the told paragraph).
_TOLD_GOAL_EN_RE = re.compile(
    r"\b(?:(?:objective|goal|aim|focus|priority)\b[^.:;!?\n]{0,40}?\b(?:is|was|will[ \t]be)\b"
    r"(?:[ \t]+(?:simple|straightforward|clear|plain))?[ \t]*[:,—–]?[ \t]*(?:to\b)?"
    r"|(?:objective|goal)\b[^.:;!?\n]{0,40}?[:—–]"
    r"|what[ \t]we[ \t](?:want|need)\b[^.:;!?\n]{0,30}?\bis\b[^.:;!?\n]{0,20}?[:—–]"
    r"|(?:we|I)(?:'re|[ \t]are|[ \t]am)?[ \t]+(?:want|aim|plan|hope|intend|need|aiming|planning"
    r"|hoping)[ \t]+to\b)"
    r"[ \t]*(?P<o>[^.:;!?\n]{4,140})",
    re.IGNORECASE,
)
_TOLD_KRS_EN_RE = re.compile(
    r"\b(?:(?:key[ \t]results?|KRs)\b[^.:;!?\n]{0,20}?(?:\b(?:include|includes|are|will[ \t]be"
    r"|would[ \t]be|could[ \t]be)\b[ \t]*:?|:)"
    r"|(?:we|I)(?:'ll|[ \t]will|[ \t]would)?[ \t]+know\b[^.:;!?\n]{0,30}?\b(?:when|if)\b"
    r"|(?:(?:we|I)(?:'ll|[ \t]will)?|to)[ \t]+(?:measure|track)"
    r"(?:[ \t]+(?:it|this|that|success|progress|our[ \t]progress|ourselves))?[ \t]+by\b[ \t]*:?"
    r"|(?:measured|tracked)[ \t]+by\b[ \t]*:?"
    r"|success[ \t]+(?:looks[ \t]like|means|is|will[ \t]be|would[ \t]be)\b[ \t]*:?)",
    re.IGNORECASE,
)
# Words one of the leads above holds: a page with none of them is not searched.
_TOLD_EN_HINTS = ("key result", "krs", "know", "measure", "track", "success")
_TOLD_ZH_HINTS = ("关键", "衡量", "评估", "考核", "评价", "如", "做到", "达到", "实现", "满足")
_TOLD_GOAL_ZH_RE = re.compile(
    r"(?:目标|目的)(?:很简单|很明确|很清楚|非常明确|就是|可能是|可以是|应该是)?(?:是|为)?[ \t]*[:：，,]?[ \t]*"
    r"|(?:我们|团队|公司|部门|我)[^。；;！？!?\n，,]{0,8}?(?:希望|想要|想|要|打算|计划)(?=[^。\n]{4})"
)
_TOLD_KRS_ZH_RE = re.compile(
    r"关键(?:结果|成果)(?:可能|可以|应该|将)?(?:包括|有|是|为|如下)?[ \t]*[:：]"
    r"|(?:衡量|评估|考核|评价)(?:的)?(?:标准|指标)(?:是|为|包括|有)?[ \t]*[:：]"
    r"|[（(](?:例如|比如|譬如|如)[ \t]*[,，:：]?"
    r"|(?:做到|达到|实现|满足)(?:以下|下面|下列|这)[^。:：\n]{0,24}[:：]"
)
# What joins the goal to the lead after it: ", and", "，具体", "，其".
_TOLD_O_TAIL_RE = re.compile(
    # the blanks' run is tried from its start only (bench_adversarial: linear on a run of blanks)
    r"(?<![ \t])[ \t]*[,，][ \t]*(?:and|so|具体|其|主要|而|那么)?[ \t]*$",
    re.IGNORECASE,
)
_TOLD_ORDINAL_RE = re.compile(
    # "一是…；二是…": counting words that open the pieces (decision 1780)
    r"(?:第?[一二三四五六七八九十](?:[、.．，,]|是)|\d{1,2}[、.．)）](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩]|(?:first|second|third|fourth"
    r"|fifth|finally|lastly)\b(?!-),?)[ \t]*",
    re.IGNORECASE,
)
_TOLD_METHOD_RE = re.compile(r"OKR|\bKRs?\b|key[ \t]results?|关键(?:结果|成果)", re.IGNORECASE)
_TOLD_LEAD_ANDS_RE = re.compile(r"^(?:and|plus|以及|并且|还有|和|及|并)[ \t]*", re.IGNORECASE)
_TOLD_PLACEHOLDER_RE = re.compile(r"(?<![A-Za-z])[XYNZ](?![A-Za-z])")
# "一：", "1：" right after the goal word: the goal's number in its label (decision 1816).
_GOAL_NUMBER_RE = re.compile(r"[ \t]{0,2}[\d一二三四五六七八九十]{1,2}[ \t]{0,2}[:：]")
_TOLD_ITEM_LINE_RE = re.compile(
    r"^[ \t]*(?:[-*•+]|\d{1,2}[.)、]|(?:objective|goal|key[ \t]results?|KRs?|O)[ \t]*\d{0,2}[ \t]*[:：]"
    r"|(?:目标|关键(?:结果|成果))[ \t]*[\d一二三四五六七八九十]{0,2}[ \t]*[:：])",
    re.IGNORECASE,
)


def _told_pieces(text: str, a: int, b: int, zh: bool) -> list[tuple[str, int]]:
    """The measured pieces of the list between a and b: split at ordinals, else at semicolons,
    else at commas (and "and" / "、"); each trimmed, each with a figure or a placeholder."""
    from coach.parse_fallback import has_figure

    seg = text[a:b]
    cuts = [
        m
        for m in _TOLD_ORDINAL_RE.finditer(seg)
        if m.start() == 0 or seg[m.start() - 1] in ",，;；:： \t"
    ]
    if len(cuts) >= 2:
        bounds = [
            (m.end(), cuts[i + 1].start() if i + 1 < len(cuts) else len(seg))
            for i, m in enumerate(cuts)
        ]
    else:
        sep = (
            r"[;；]"
            if re.search(r"[;；]", seg)
            else (r"[，,、]|,?[ \t]+and[ \t]+" if zh else r",(?=[ \t])|[ \t]+and[ \t]+")
        )
        bounds, pos = [], 0
        for m in re.finditer(sep, seg):
            bounds.append((pos, m.start()))
            pos = m.end()
        bounds.append((pos, len(seg)))
    pieces: list[tuple[str, int]] = []
    for s, e in bounds:
        raw = seg[s:e]
        lead = len(raw) - len(raw.lstrip(" \t"))
        body = raw.strip(" \t")
        m = _TOLD_LEAD_ANDS_RE.match(body)
        if m and len(body) > m.end():
            lead, body = lead + m.end(), body[m.end() :]
        body = body.rstrip(" \t.。;；,，、:：)）")
        if not body:
            continue
        if not (has_figure(body) or _TOLD_PLACEHOLDER_RE.search(body)) or len(body.split()) > 20:
            return []
        if _SAID_TERM_RE.search(body):
            return []  # "3 to 5 per objective", "每人提交1份OKR": how the method is run
        pieces.append((body, a + s + lead))
    return pieces if len(pieces) >= 2 else []


# Words before a goal's lead on its line ("今年团队的", "Our", "This quarter we"), not marks.
_WORDS_BEFORE_RE = re.compile(r"[A-Za-z]{2,}|[\u4e00-\u9fff](?![、.．])")
_TOLD_MARK_RE = re.compile(
    r"(?:[-*•·●○◦]|[（(]?\d{1,2}[.)）、]|[（(]?[一二三四五六七八九十][、.．)）]|[①②③④⑤⑥⑦⑧⑨⑩])[ \t]*"
)


def _told_lines(text: str, at: int) -> tuple[list[tuple[str, int]], int]:
    """The measured lines right below a lead that ends its line (list marks taken off), up to
    a blank line or a plain line after bullets, and where they end; none unless every line is
    measured, two or more, all at one indent with one kind of mark (a flat list)."""
    from coach.parse import match_label
    from coach.parse_fallback import has_figure

    pieces: list[tuple[str, int]] = []
    styles: list[tuple[int, str]] = []
    pos = at + 1 if text[at : at + 1] == "\n" else at
    end = at
    while pos < len(text):
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        raw = text[pos:nl]
        body = raw.strip()
        if not body:
            break
        lead = len(raw) - len(raw.lstrip())
        m = _TOLD_MARK_RE.match(body)
        style = (
            lead,
            re.sub(r"\d+|[一二三四五六七八九十①②③④⑤⑥⑦⑧⑨⑩]", "n", m.group().strip()) if m else "",
        )
        if pieces and style != styles[-1]:
            if style[0] > styles[-1][0] or style[1]:
                return [], at  # a nested or mixed list: no key results of one goal
            break  # a plain line after the bullets: the list has ended
        styles.append(style)
        if m:
            lead, body = lead + m.end(), body[m.end() :]
        body = body.rstrip(" \t.。;；,，")
        if not body or not (has_figure(body) or _TOLD_PLACEHOLDER_RE.search(body)):
            return [], at
        if _SAID_TERM_RE.search(body) or len(body.split()) > 20 or match_label(raw.strip()):
            return [], at  # "KR1 …", "O2 …": labelled items, the line readings' own
        pieces.append((body, pos + lead))
        end, pos = nl, nl + 1
    return (pieces, end) if len(pieces) >= 2 else ([], at)


def _told_end(text: str, at: int, zh: bool) -> int:
    """Where the sentence (or the bracket) that starts at `at` ends."""
    m = re.compile(r"[。！？!?\n）)]" if zh else r"[!?\n]|\.(?=\s|$)").search(text, at)
    return m.start() if m else len(text)


def _told_lead(text: str, o_at: int, zh: bool) -> str:
    """The timeframe the goal sentence names before its goal ("This quarter we want to",
    "您下个季度的目标是", "Our objective for 2027 is"), or ""."""
    from coach.facts.timeframes import find_timeframe

    stop = max(text.rfind(c, 0, o_at) for c in ("。", "！", "？", "\n", ". ", "! ", "? "))
    lead = text[stop + 1 : o_at].strip()
    if not lead:
        return ""
    found = find_timeframe(lead, "zh" if zh else "en")
    return found[0].text if found is not None else ""


def _speaks_of(text: str, at: int, para: str) -> bool:
    """Whether the paragraph repeats four characters of the goal told at `at` ("信贷政策")."""
    m = re.compile(r"[。！？!?\n（(]").search(text, at)
    goal = text[at : m.start() if m else len(text)]
    return any(goal[i : i + 4] in para for i in range(len(goal) - 3) if _han4(goal[i : i + 4]))


def _han4(t: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in t)


_GUIDE_STEP_RE = re.compile(
    r"^[ \t]*(?:第?[一二三四五六七八九十]{1,2}[、.．]|\d{1,2}[.)、．])[ \t]*"
    r"(?P<b>[^\d\n:：]{2,16}?(?:OKR|目标|关键(?:结果|成果)|KRs?)[^\d\n:：]{0,6}?)[ \t]*$",
    re.IGNORECASE,
)


def _guide_step(raw: str) -> bool:
    """ "2. 制定关键结果", "1.制定OKR目标": a Chinese guide's numbered step that names the method,
    with no figure: a heading of the guide, no item (decision 1502)."""
    return re.search(r"[\u4e00-\u9fff]", raw) is not None and _GUIDE_STEP_RE.match(raw) is not None


def _tells_goal(text: str, at: int, stop: int) -> bool:
    """Whether a Chinese goal's lead ending at `at` is followed by four characters or more of
    wording before the sentence ends (or the key results' lead at `stop`), not the method's
    own words ("确定其主要目标")."""
    m = re.compile(r"[。！？!?\n（(]").search(text, at, stop)
    body = text[at : m.start() if m else stop].strip(" \t,，、:：")
    return len(body) >= 4 and not _SAID_TERM_RE.search(body)


def told_in_prose(text: str) -> tuple[list[YamlItem], list[tuple[int, int]]] | None:
    """An objective told in a sentence and its measured key results told after a lead in the
    same paragraph (decision 1350), with the spans they were told in; or None. `coach.parse`
    puts them in place of whatever the line readings read inside those spans."""
    low = text.lower()
    leads = []
    if any(w in low for w in _TOLD_EN_HINTS):
        leads = [(m, False) for m in _TOLD_KRS_EN_RE.finditer(text)]
    if any(w in text for w in _TOLD_ZH_HINTS):
        leads += [(m, True) for m in _TOLD_KRS_ZH_RE.finditer(text)]
    if not leads:
        return None
    items: list[YamlItem] = []
    told: list[tuple[int, int]] = []
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    after = 0  # where the lead before this one ended: a goal is told after it
    for km, zh in sorted(leads, key=lambda x: x[0].start()):
        if told and km.start() < told[-1][1]:
            continue
        para = max(text.rfind("\n\n", 0, km.start()) + 1, after)
        after = km.end()
        head = text[para : km.start()]
        goal_re = _TOLD_GOAL_ZH_RE if zh else _TOLD_GOAL_EN_RE
        goals = list(goal_re.finditer(head))
        base = para
        if not goals and zh and km.group().lstrip()[:1] in "（(":
            # "…您下个季度的目标是X。" and, paragraphs below, "在X示例中…(例如，a；b)": a bracket of
            # examples that speaks of a goal told earlier on the page.
            base = 0
            goals = [g for g in _TOLD_GOAL_ZH_RE.finditer(text, 0, para) if g.group()[:1] == "目"]
            goals = [g for g in goals[-1:] if _speaks_of(text, g.end(), head)]
        if not goals:
            continue
        g = goals[0] if zh and base == para else goals[-1]
        if zh and base == para and not _tells_goal(text, base + g.end(), km.start()):
            # "确定其主要目标。" tells none: the last goal stated with 是/为 before the lead does
            # ("…如果目标是增加销售量,关键结果可能包括:"; decision 1502)
            g = next(
                (
                    x
                    for x in reversed(goals)
                    if x.group().rstrip(" \t:：，,")[-1:] in ("是", "为")
                    and _tells_goal(text, base + x.end(), km.start())
                ),
                g,
            )
        g_line = text.rfind("\n", 0, base + g.start()) + 1
        if _TOLD_ITEM_LINE_RE.match(text[g_line : base + g.end()]):
            continue  # "目标：X" / "Objective: X": a labelled item, the line readings' own
        if zh:
            o_at = base + g.end()
            num = _GOAL_NUMBER_RE.match(text, o_at)
            if num and g.group().startswith("目标"):
                o_at = num.end()  # "目标一：X（关键结果：…）": the goal's number (decision 1816)
            stop = re.compile(r"[。！？!?\n（(]").search(text, o_at, km.start())
            o_end = stop.start() if stop else km.start()
        else:
            o_at, o_end = base + g.start("o"), base + g.end("o")
        o_raw = text[o_at:o_end]
        o_body = o_raw.strip(" \t,，、:：")
        o_body = _TOLD_O_TAIL_RE.sub("", o_body)
        if len(o_body) < 4 or _SAID_TERM_RE.search(o_body) or _TOLD_METHOD_RE.search(g.group()):
            continue  # "The goal of OKRs is to align teams": the method's goal, not one told
        o_at += len(o_raw) - len(o_raw.lstrip(" \t,，、:："))
        o_stop = o_at + len(o_body)  # where the goal's wording ends (after its closing quote)
        if zh and len(o_body) > 6 and o_body[0] in "“「" and o_body[-1] in "”」":
            # "目标可以是“让客户的问题一次解决”，关键结果可以是：…": the goal without its quotes
            # (decision 1513)
            inner = o_body[1:-1]
            o_at += 1 + len(inner) - len(inner.lstrip())
            o_body = inner.strip()
        k_end = _told_end(text, km.end(), zh)
        rest = text[km.end() : k_end]
        said = km.group() + rest
        if not rest.strip(" \t:：") and (":" in said or "：" in said):
            # "Key results:" / "关键结果可能包括：" ending its line: the lines below are the pieces,
            # under a goal told in a sentence of prose: words before its lead on the line, a stop
            # after it ("销售目标可能是X。"; not "**目标**：X" nor "一、目标：X", a set's label).
            told_line = text[g_line : base + g.start()]
            stop = text[o_stop : o_stop + 2].strip()[:1]
            # "如果目标是X，关键结果可能包括：": the goal runs on to the lead, one sentence
            # (decision 1502)
            runs_on = zh and _TOLD_O_TAIL_RE.fullmatch(text[o_stop : km.start()])
            if (
                not _WORDS_BEFORE_RE.search(told_line)
                or not stop
                or (stop not in ".。!！" and not runs_on)
            ):
                continue
            pieces, k_end = _told_lines(text, k_end)
        else:
            pieces = _told_pieces(text, km.end(), k_end, zh)
        if not pieces:
            continue
        n = sum(1 for s in line_starts if s <= o_at) - 1
        found = [_item("objective", o_body, o_at, n)]
        lead = _told_lead(text, o_at, zh)
        if found[0] is not None and lead:
            found[0].due = lead  # "您下个季度的目标是X": the lead's timeframe is the objective's
        for body, at in pieces:
            found.append(_item("kr", body, at, sum(1 for s in line_starts if s <= at) - 1))
        if any(it is None for it in found):
            continue
        items.extend(it for it in found if it is not None)
        told.append((text.rfind("\n", 0, o_at) + 1, k_end))
    if not told:
        return None
    # Nothing else on the page an item could be read from: no label or list line outside.
    for _n, pos, raw in _lines(text):
        if (
            raw.strip()
            and _TOLD_ITEM_LINE_RE.match(raw)
            and not any(s <= pos + len(raw) and pos <= e for s, e in told)
            and not _guide_step(raw)
        ):
            return None
    found = _complete(items)
    if found and any(zh for _km, zh in leads):
        # "…销售目标可能是增加特定产品或服务的销售量。": a goal told alone beside (decision 1511)
        goals_at = [it.parts[0][1] for it in found if it.kind == "objective"]
        alone = told_goals_alone(
            text, [(min(a for a in goals_at if s <= a < e), e) for s, e in told]
        )
        found = sorted(found + alone, key=lambda it: it.parts[0][1]) if alone else found
    return (found, told) if found else None


# --- 1361: a table copied from a Confluence / Notion page, one cell a line ------------------
# "Objective" / "Key Result" / "Owner" / "Status" alone on their lines, then each row's cells one
# a line ("Make payouts instant" / "Move 80% of payouts …" / "Ana" / "IN PROGRESS"): the header
# says how many lines a row has; an objective cell repeated on the next row is the same one.
_COLUMN_ROLES = {
    "objective": "objective",
    "objectives": "objective",
    "goal": "objective",
    "目标": "objective",
    "key result": "kr",
    "key results": "kr",
    "kr": "kr",
    "krs": "kr",
    "关键结果": "kr",
    "关键成果": "kr",
    "owner": "owner",
    "负责人": "owner",
    "dri": "owner",
    "status": "other",
    "progress": "other",
    "due": "other",
    "due date": "other",
    "target": "other",
    "confidence": "other",
    "score": "other",
    "状态": "other",
    "进度": "other",
    "截止时间": "other",
    "完成时间": "other",
    "目标值": "other",
}


_CELL_HINT_RE = re.compile(
    r"^[ \t]*(?:key[ \t]results?|KRs?|关键(?:结果|成果))[ \t]*$", re.I | re.M
)


def _cell_per_line(text: str) -> list[YamlItem] | None:
    """A table pasted one cell a line under its header's lines (decision 1361), or None."""
    if not _CELL_HINT_RE.search(text):
        return None
    lines = [x for x in _lines(text)]
    k, seen = 0, 0  # a title or two may stand above the header ("Q3 OKRs - Payments")
    while k < len(lines) and lines[k][2].strip().lower().rstrip(":：") not in _COLUMN_ROLES:
        seen += bool(lines[k][2].strip())
        if seen > 2:
            return None
        k += 1
    roles: list[str] = []
    while k < len(lines) and lines[k][2].strip().lower().rstrip(":：") in _COLUMN_ROLES:
        roles.append(_COLUMN_ROLES[lines[k][2].strip().lower().rstrip(":：")])
        k += 1
    if len(roles) < 2 or roles.count("objective") != 1 or roles.count("kr") != 1:
        return None
    body = []
    while k < len(lines) and lines[k][2].strip():
        body.append(lines[k])
        k += 1
    if not body or len(body) % len(roles) or any(x[2].strip() for x in lines[k:]):
        return None
    items: list[YamlItem | None] = []
    last_o = None
    for r in range(0, len(body), len(roles)):
        row = dict(zip(roles, body[r : r + len(roles)], strict=True))
        n, at, raw = row["objective"]
        if raw.strip() != last_o:
            items.append(_item("objective", raw, at, n))
            last_o = raw.strip()
        n, at, raw = row["kr"]
        kr = _item("kr", raw, at, n)
        if kr is not None and "owner" in row:
            kr.owner = row["owner"][2].strip()
        items.append(kr)
    return _complete([it for it in items if it is not None])


_READERS: tuple[Callable[[str], list[YamlItem] | None], ...] = (
    _rst,
    _cell_per_line,
    flat_table,
    _heading_quotes,
    _cell_labels,
    _bare_pipes,
    _labelled_paragraphs,
    _target_sheet,
    _priority_plan,
    _assessment_form,
    _goal_bullets,
    _bracketed_krs_zh,
    _cascade_rows_zh,
    _outline_labels,
    _quoted_okr_list,
)


_UNSURE = (
    _labelled_paragraphs,
    _label_lines,
    _arrows,
    _bracketed_krs_zh,
    _example_goals_zh,
    _outline_labels,
    _quoted_okr_list,
)


def read(text: str, refused: bool) -> tuple[list[YamlItem], bool] | None:
    """The items of a page in one of the layouts above and whether its signature is sure
    (a directive, a table's header, a label heading over a quote), or None. Arrow lines are
    read only on a page the other readings found no objective on: an arrow inside a labelled
    set is a flow or a funnel step, not a layout."""
    for reader in (
        _READERS if not refused else (*_READERS, _label_lines, _arrows, _example_goals_zh)
    ):
        found = reader(text)
        if found:
            return found, reader not in _UNSURE
    return None


# --- 1200: what a PDF's text extraction leaves on a page ----------------------------------
# "Objec tive 1. 2:" / "Key Res ults": a label word split by a stray space; "FY 2025-2026 Annual
# Budget | Riverton Page 41" / "Page 7 of 20" / "第 3 页 共 12 页": a page's running footer.
_LABEL_WORDS = ("objectives", "objective", "key results", "key result", "goal", "initiative")
_LABEL_WORDS += ("performance measure", "performance measures", "strategy", "measure")


def _spaced(word: str) -> str:
    """A label word with at most one stray space between any two of its letters."""
    return " ".join("[ ]?".join(re.escape(c) for c in w) for w in word.split())


_SPLIT_LABEL_RE = re.compile(
    r"^(?P<lead>[ \t]*(?:(?:[-*•]|\|)[ \t]*)?(?:\*\*)?)"
    r"(?P<label>(?:"
    + "|".join(_spaced(w) for w in sorted(_LABEL_WORDS, key=len, reverse=True))
    + r"))(?![A-Za-z])(?P<num>[ \t]*\d{1,2}(?:[ ]?\.[ ]?\d{1,2}){0,2}[a-z]?)?",
    re.IGNORECASE | re.MULTILINE,
)
_FOOTER_RE = re.compile(
    r"^[ \t]*(?:"
    r"[^\n|]{0,80}\|[^\n|]{0,60}\bpage[ \t]+\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?"
    r"|page[ \t]+\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?"
    r"|第[ \t]*\d{1,4}[ \t]*页(?:[ \t]*[,，/]?[ \t]*共[ \t]*\d{1,4}[ \t]*页)?"
    r"|[-–—][ \t]*\d{1,4}[ \t]*[-–—]"
    r")[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _mend_label(m: re.Match[str]) -> str:
    label, num = m.group("label"), m.group("num") or ""
    joined = _join_label(label)
    if joined is None or (joined == label and " " not in num.strip()):
        return m.group(0)
    packed = (" " if num[:1] in " \t" else "") + num.strip().replace(" ", "") if num else ""
    body = joined + packed
    return m.group("lead") + body + " " * (len(label) + len(num) - len(body))


def _join_label(label: str) -> str | None:
    """The label with its stray spaces taken out ("Key Res ults" gives "Key Results")."""
    low = label.lower().replace(" ", "")
    for w in _LABEL_WORDS:
        if w.replace(" ", "") != low:
            continue
        letters = iter(label.replace(" ", ""))
        return "".join(" " if c == " " else next(letters) for c in w)
    return None


# "目標:" / "關鍵結果:" / "關鍵成果1：": a traditional-character label, read as its simplified
# twin (one character for one, so no offset moves; decision 1215).
_TRAD_LABEL_RE = re.compile(
    r"^(?P<lead>[ \t]*(?:[-*•–—][ \t]*|\d{1,2}[.、)][ \t]*)?(?:\*\*)?)(?P<label>目標|關鍵(?:結果|成果))"
    r"(?=[ \t]*(?:\d{1,2}|[一二三四五六七八九十])?[ \t]*(?:\*\*)?[ \t]*(?:[:：]|$))",
    re.MULTILINE,
)
_TRAD_TO_SIMPLE = str.maketrans("標關鍵結", "标关键结")


def mend(text: str) -> str:
    """The page with split label words joined, traditional-character labels read as simplified
    ones and page footers blanked, every offset kept (decisions 1200, 1215): the readings see
    "Objective 1.2:", the draft keeps what was pasted."""
    if "標" in text or "關" in text:
        text = _TRAD_LABEL_RE.sub(
            lambda m: m.group("lead") + m.group("label").translate(_TRAD_TO_SIMPLE), text
        )
    if "||" in text:  # a Jira table's header row (its "h2." headings read with it)
        text = _WIKI_HEADER_RE.sub(lambda m: m.group(0).replace("||", "| "), text)
        text = _WIKI_HEADING_RE.sub(
            lambda m: "#" * min(int(m.group(1)), 3) + " " * (4 - min(int(m.group(1)), 3)), text
        )
    if "," in text and "\n" in text:
        text = _csv_sheet(text)
    # (each substitution below runs only where the page holds what every one of its matches
    # holds: a ":code:" shortcode, a counter's "N of" / "N/", a footer's "page", "第" or "-N-")
    if (
        ":" in text
        and _SHORTCODE_ANY_RE.search(text)
        and not _RST_ANY_DIRECTIVE_RE.search(text)  # ":id: …" is a field there
    ):
        text = _SHORTCODE_RE.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    if ":" in text or "：" in text or " - " in text:
        text = _TYPO_LABEL_RE.sub(_mend_typo_label, text)
    if "#" in text and ("）" in text or ")" in text or "KR" in text or "kr" in text):
        text = _mend_decorated_sections(text)  # "KR": two bare decorated parts (decision 2328)
    if " " not in text:
        return text
    out = _SPLIT_LABEL_RE.sub(_mend_label, text)
    if ("/" in out or " of " in out or " OF " in out or " Of " in out) and _COUNT_OF_RE.search(out):
        out = _COUNTER_RE.sub(lambda m: m.group("label") + " " * len(m.group("of")), out)
    if "第" in out or "page" in needs.fold_page(out) or _DASHED_NUMBER_RE.search(out):
        out = _FOOTER_RE.sub(_blank_footer, out)
    return out


# --- 2181: a decorated heading that names its section in brackets ---------------------------
# "## 🎯 核心靶心（项目的主要目标）", "## 🗺️ 战略地图（KEY RESULT：关键结果）", "## 📈 怎么算到了（Key
# Results）": an emoji, the page's own name for the part, and in brackets the OKR part it is. The
# bracket says what the section holds, so the heading reads as that part's bare name ("目标",
# "关键结果"; each offset kept), not as an objective worded "核心靶心".
_DECORATED_SECTION_RE = re.compile(
    r"(?m)^(?P<lead>[ \t]{0,3}\#{1,6}[ \t]+)"
    r"(?P<body>[^\w\s（()\[【*_#|>\-][^\w\s（(]{0,3}[ \t]*[^()（）\n]{1,16}?[ \t]*"
    r"[（(][^()（）\n]{0,16}?(?<![A-Za-z-])(?P<part>(?:(?:主要|核心)?目标|objectives?|goals?)"
    r"|(?:关键(?:结果|成果)|key[ \t]?results?|krs?))[ \t]*[)）])[ \t]*$",
    re.IGNORECASE,
)


_KR_SECTION_HEADING_RE = re.compile(
    r"(?im)^[ \t]{0,3}\#{1,6}[ \t]+[^\w\n]{0,4}[ \t]*(?:关键(?:结果|成果)|key[ \t]?results?|krs?)\b"
)


# Any decorated heading: an emoji, a name and a remark in brackets ("## 🚀 北极星（本季度最重要的事）").
_DECORATED_ANY_RE = re.compile(
    r"(?m)^(?P<lead>[ \t]{0,3}\#{1,6}[ \t]+)"
    r"(?P<body>[^\w\s（()\[【*_#|>\-][^\w\s（(]{0,3}[ \t]*[^()（）\n]{1,16}?[ \t]*"
    r"[（(][^()（）\n]{1,24}[)）])[ \t]*$"
)
_ANY_HEADING_RE = re.compile(r"(?m)^[ \t]{0,3}\#{1,6}[ \t]")
# A decorated heading with no bracket: "## 🎯 核心靶心", "## 🗺️ 战略地图" (decision 2328).
_DECORATED_BARE_RE = re.compile(
    r"(?m)^(?P<lead>[ \t]{0,3}\#{1,6}[ \t]+)"
    r"(?P<body>[^\w\s（()\[【*_#|>\-][^\w\s（(]{0,3}[ \t]*[^()（）\n]{1,16}?)[ \t]*$"
)
# The first item of a list of labelled key results: "- **KR1**：…", "- [ ] KR2：…".
_KR_ITEM_FIRST_RE = re.compile(
    r"(?:[-*+][ \t]+)?(?:\[[ xX]\][ \t]+)?(?:\*\*|__)?KR[ \t]?\d", re.IGNORECASE
)
_LIST_ITEM_RE = re.compile(r"(?m)^[ \t]{0,8}(?:[-*+•][ \t]|\d{1,2}[.)、][ \t]?)")


def _is_kr_part(m: re.Match[str]) -> bool:
    part = m.group("part").lower()
    return "关键" in part or part.startswith("k")


def _mend_decorated_sections(text: str) -> str:
    """Each decorated heading as its part's bare name: a key results' part always, an
    objectives' part only above a key results' part ("## 🎯 提升留存（主要目标）" alone over its
    list is an objective with a tag); and a decorated heading whose bracket names no part ("##
    🚀 北极星（本季度最重要的事）") as the objectives' part when a list is under it and the next
    heading is a decorated key results' part (decision 2181)."""
    cuts: dict[int, tuple[int, str]] = {}
    parts = list(_DECORATED_SECTION_RE.finditer(text))
    for m in parts:
        kr = _is_kr_part(m)
        if not kr and not (
            any(_is_kr_part(n) for n in parts if n.start() > m.start())
            or _KR_SECTION_HEADING_RE.search(text, m.end())
        ):
            continue
        cuts[m.start("body")] = (m.end("body"), "关键结果" if kr else "目标")
    kr_starts = {m.start() for m in parts if _is_kr_part(m)}
    for m in _DECORATED_ANY_RE.finditer(text):
        if m.start("body") in cuts:
            continue
        nxt = _ANY_HEADING_RE.search(text, m.end())
        if nxt is None or nxt.start() not in kr_starts:
            continue
        if _LIST_ITEM_RE.search(text, m.end(), nxt.start()):
            cuts[m.start("body")] = (m.end("body"), "目标")
    # Two decorated headings with no bracket, a list under the first and labelled key results
    # under the second ("## 🎯 核心靶心" over a checklist, "## 🗺️ 战略地图" over "- **KR1**：…"): the
    # objectives' part and the key results' part (decision 2328; 2181 read only the bracketed).
    bare = [m for m in _DECORATED_BARE_RE.finditer(text) if m.start("body") not in cuts]
    for a, b in pairwise(bare):
        nxt = _ANY_HEADING_RE.search(text, a.end())
        if nxt is None or nxt.start() != b.start():
            continue
        first = next((ln for ln in text[b.end() :].split("\n") if ln.strip()), "")
        if _KR_ITEM_FIRST_RE.match(first.lstrip()) and _LIST_ITEM_RE.search(
            text, a.end(), b.start()
        ):
            cuts[a.start("body")] = (a.end("body"), "目标")
            cuts[b.start("body")] = (b.end("body"), "关键结果")
    if not cuts:
        return text
    out, pos = [], 0
    for start in sorted(cuts):
        end, word = cuts[start]
        out += [text[pos:start], word + " " * (end - start - len(word))]
        pos = end
    return "".join(out) + text[pos:]


# --- 1432: a sheet saved as CSV and pasted ------------------------------------------------
# "Objective,Key Result,Owner,Due" over rows of as many comma-separated cells, quoted where a
# cell holds a comma: read (in place) as the tab-separated rows a sheet pastes, each separator
# a tab and each quote mark a space.
_CSV_HEADER_RE = re.compile(
    r"^[ \t]*\"?(?:objectives?|goals?|key[ \t]results?|krs?|目标|关键(?:结果|成果)|O|KR)\"?[ \t]*,",
    re.IGNORECASE,
)
_CSV_HEAD_WORD_RE = re.compile(r"key[ \t]results?|\bkrs?\b|关键(?:结果|成果)", re.IGNORECASE)


def _csv_cells(line: str) -> list[tuple[int, int]] | None:
    """The separators and quote marks of one CSV row (their offsets), or None where its quotes
    do not close."""
    marks: list[tuple[int, int]] = []  # (offset, 0 = separator / 1 = quote mark)
    quoted = False
    k = 0
    while k < len(line):
        c = line[k]
        if c == '"':
            if quoted and line[k + 1 : k + 2] == '"':
                marks.append((k, 1))  # an escaped quote: the first of the pair goes
                k += 2
                continue
            if not quoted and line[:k].rstrip(" \t")[-1:] not in ("", ","):
                return None  # a quote inside a cell that did not open with one: no CSV
            quoted = not quoted
            marks.append((k, 1))
        elif c == "," and not quoted:
            marks.append((k, 0))
        k += 1
    return None if quoted else marks


# "Type,Title,Owner" over "Objective,…" / "Key Result,…": a tool's export whose kind column says
# which rows are objectives (decision 1948).
_CSV_KIND_HEAD_RE = re.compile(
    r"^[ \t]*\"?(?:type|kind|level|(?:item|issue)[ \t]type|类型|层级)\"?[ \t]*,", re.I
)
_CSV_KIND_ROW_RE = re.compile(
    r"^[ \t]*\"?(?:objective|key[ \t]?result|O|KR|目标|关键结果|关键成果)[ \t]?\d{0,2}\"?[ \t]*,",
    re.I,
)


def _csv_split(line: str) -> list[str] | None:
    """The cells of one CSV row, quote marks dropped; None where its quotes do not close."""
    marks = _csv_cells(line)
    if marks is None:
        return None
    cells, start = [], 0
    for at, kind in marks:
        if kind == 0:
            cells.append(line[start:at].replace('"', ""))
            start = at + 1
    cells.append(line[start:].replace('"', ""))
    return cells


def _kind_csv(lines: list[str], first: int) -> bool:
    """Whether the CSV's header opens with a kind column and the row under it with a kind mark,
    or, in a tool's export that opens with its ids ("ID,Title,Type,Parent ID,Owner" over
    "O-1,Grow wholesale revenue,Objective,,Tess"), a later column is so (decision 3184)."""
    nxt = lines[first + 1] if first + 1 < len(lines) else ""
    if _CSV_KIND_HEAD_RE.match(lines[first]) is not None and _CSV_KIND_ROW_RE.match(nxt):
        return True
    head, row = _csv_split(lines[first]), _csv_split(nxt)
    if head is None or row is None or len(head) != len(row) or len(head) < 3:
        return False
    return any(
        _CSV_KIND_HEAD_RE.match(h + ",") is not None and _CSV_KIND_ROW_RE.match(r + ",")
        for h, r in zip(head[1:], row[1:], strict=True)
    )


def _csv_sheet(text: str) -> str:
    lines = text.split("\n")
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return text
    head = lines[first]
    named = _CSV_HEADER_RE.match(head) is not None and _CSV_HEAD_WORD_RE.search(head) is not None
    if "\t" in head or not (named or _kind_csv(lines, first)):
        return text
    rows = [(k, _csv_cells(line)) for k, line in enumerate(lines) if k >= first and line.strip()]
    width = sum(1 for _, kind in rows[0][1] or [] if kind == 0)
    if len(rows) < 2 or width < 1:
        return text
    for _, marks in rows:
        if marks is None or sum(1 for _, kind in marks if kind == 0) != width:
            return text
    for k, marks in rows:
        chars = list(lines[k])
        for at, kind in marks:
            chars[at] = "\t" if kind == 0 else " "
        lines[k] = "".join(chars)
    return "\n".join(lines)


# --- 1433: an emoji written as a Slack shortcode at a line's start ------------------------------
# ":dart: O1 — Players come back …", "• :white_check_mark: KR2 …": blanked (in place), as the
# emoji itself is read.
_SHORTCODE_RE = re.compile(
    r"^([ \t]{0,8}(?:[-*•][ \t]{1,4})?)(:[a-z0-9_+\-]{2,30}:)(?=[ \t])", re.MULTILINE
)
_RST_ANY_DIRECTIVE_RE = re.compile(r"^\.\. [a-z]", re.MULTILINE)
_SHORTCODE_ANY_RE = re.compile(r":[a-z0-9_+\-]{2,30}:")  # what every shortcode holds


# --- 1358: Jira / Confluence wiki markup -------------------------------------------------
# "||Objective||Key Result||Owner||" is a table's header row ("|…|" rows under it), "h2. Title" a
# heading: read (in place) as "| Objective| Key Result| Owner| " and "##  Title".
_WIKI_HEADER_RE = re.compile(r"^[ \t]*\|\|[^\n]*\|\|[ \t]*$", re.MULTILINE)
_WIKI_HEADING_RE = re.compile(r"^h([1-6])\.[ \t]", re.MULTILINE)


# --- 1351: a slide's counter after a label alone on its line --------------------------------
# "Objective 1 of 3" / "OBJECTIVE 2 OF 2" / "Key Result 1/3" / "OKR 1/2: …": the counter is blanked
# (in place), so the line reads as the label "Objective 1" (over the line that states it).
_COUNTER_RE = re.compile(
    r"^(?P<label>[ \t]*(?:[-*•][ \t]*)?(?:\*\*)?(?:objective|goal|key[ \t]result|KR|OKR|O|目标"
    r"|关键(?:结果|成果))[ \t]*\d{1,2})(?P<of>[ \t]*(?:[ \t]of[ \t]+|/)[ \t]*\d{1,2})"
    r"(?=(?:\*\*)?[ \t]*(?:[:：]|$))",
    re.IGNORECASE | re.MULTILINE,
)
# What every counter holds: its number, then "of" or a slash ("1 of 3", "2/4").
_COUNT_OF_RE = re.compile(r"\d[ \t]*(?:[ \t]of[ \t]|/)", re.IGNORECASE)
# What a footer holds where it names no page ("page 3", "第 3 页"): a number between dashes.
_DASHED_NUMBER_RE = re.compile(r"[-–—][ \t]*\d{1,4}[ \t]*[-–—]")


# An item's row that ends with a page number ("KR2 | Redesign the pricing page 2") is no footer.
_ITEM_WORD_RE = re.compile(r"objective|key result|\bKR\d|\bO\d|goal|目标|关键", re.IGNORECASE)


def _blank_footer(m: re.Match[str]) -> str:
    line = m.group(0)
    return line if _ITEM_WORD_RE.search(line) else " " * len(line)


def _one_edit(word: str) -> set[str]:
    """The words one edit away from `word`: a letter left out, doubled, swapped with the next,
    put in or changed (the typos a first-timer makes typing a label)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in cuts if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
    out |= {a + c + b[1:] for a, b in cuts if b for c in letters}
    out |= {a + c + b for a, b in cuts for c in letters}
    return out - {word}


# Item labels typed with one slip, and what they stand for (decision 2172): "Objectiv:",
# "Objetive 1:", "Key Reslut 2:", "Key Resluts:". Not the label itself, its plural, or words of
# their own ("objection" is two edits away).
_TYPO_LABELS = {
    **{w: "O" for w in _one_edit("objective") | _one_edit("objectives")},
    **{w: "KR" for w in _one_edit("key result") | _one_edit("key results")},
}
for _word in ("objective", "objectives", "key result", "key results", "key-result", "keyresult"):
    _TYPO_LABELS.pop(_word, None)
_TYPO_LABEL_RE = re.compile(
    r"^(?P<lead>[ \t]*(?:#{1,6}[ \t]+)?(?:[-*•][ \t]+|\d{1,2}[.)][ \t]+)?(?:\*\*)?)"
    r"(?P<word>[A-Za-z][A-Za-z ]{6,10}[A-Za-z])"
    r"(?=[ \t]*\d{0,2}[ \t]*(?:\*\*)?[ \t]*(?:[:：]|[ \t][-–—][ \t]))",
    re.MULTILINE,
)


def _mend_typo_label(m: re.Match[str]) -> str:
    """A label typed with one slip read as the label it stands for, padded to its length."""
    label = _TYPO_LABELS.get(m.group("word").lower())
    if label is None:
        return m.group(0)
    return m.group("lead") + label.ljust(len(m.group("word")))

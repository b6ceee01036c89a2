"""A printed plan's plain lines whose kinds only the type says (decision 5121).

A plan set in print and copied as text (an organisation's yearly plan, a PDF's OKR page, an
OCR'd brochure) often has no labels, no bullets and no figures: its objectives are written as
sentences ("Make the museum a place families return to.") and its key results open with their
lead words in capitals ("GROW FAMILY MEMBERSHIPS through a school-holiday pass."), or the other
way round. Where the line readings read no objective on such a page, the two styles are the
two kinds: the style of the first line under the page's heads is the objectives', the other the
key results', each key result under the objective line above it.

Read only where the page says it holds OKRs (a head naming objectives or key results, or "what
we will do" and "how we will measure"), every line after its heads is one of the two styles, and
each objective has a key result under it.
"""

from __future__ import annotations

import re
from typing import Any

from coach.text import has_cjk

# Two words or more in capitals opening a line, the rest of it not in capitals: "INCREASE USE
# of …", "MEASURE AND INCREASE STAFF ENGAGEMENT and …" (a word may carry an apostrophe or a
# hyphen; "A" and "I" alone open sentences and are not a lead).
_CAPS_LEAD_RE = re.compile(
    r"[A-Z][A-Z'’-]{1,40}(?:,?[ \t]{1,4}[A-Z][A-Z'’&-]{0,40}){1,12}(?=[ \t,:;.(]|$)"
)
# A sentence's opening: a capital and a small letter.
_SENTENCE_RE = re.compile(r"[A-Z][a-z]|[AI][ \t]+[a-z]")
# Heads that name what the page holds: "OBJECTIVES AND KEY RESULTS", "Our OKRs for 2027",
# "WHAT WE WILL DO", "HOW WE WILL MEASURE".
_NAMES_OKRS_RE = re.compile(
    r"\b(?:objectives?|key[ \t]+results?|okrs?|goals?[ \t]+and[ \t]+measures"
    r"|what[ \t]+we(?:[ \t]+will|'ll|’ll)[ \t]+do|how[ \t]+we(?:[ \t]+will|'ll|’ll)[ \t]+measure)\b",
    re.IGNORECASE,
)
_LOWER_RE = re.compile(r"[a-z]")
_MARK_RE = re.compile(r"^(?:[-*•+#>|]|\d{1,2}[.)][ \t]|[A-Za-z][.)][ \t])")


def _style(text: str) -> str | None:
    """ "caps" (a lead in capitals over words that are not), "sentence", or None."""
    m = _CAPS_LEAD_RE.match(text)
    if m:
        return "caps" if _LOWER_RE.search(text, m.end()) else None
    return "sentence" if _SENTENCE_RE.match(text) else None


def _head(text: str, first: bool) -> bool:
    """A head of the page: a line in capitals, one naming what the page holds, or its first
    line as a title (none of them a sentence closing on a full stop)."""
    t = text.strip().strip("*_#: \t")
    if not t or t.endswith("."):
        return False
    return first or not _LOWER_RE.search(t) or bool(_NAMES_OKRS_RE.search(t))


def read(p: Any, builder: Any) -> None:
    """Read a page of such lines in place of the line readings (which read no objective
    under the page's heads)."""
    if has_cjk(p.text) or any(b.cells for b in p.builders):
        return
    lines = [ln for ln in p.lines if ln.text.strip()]
    k = 0
    while k < len(lines) and _head(lines[k].text, k == 0):
        k += 1
    named = any(_NAMES_OKRS_RE.search(ln.text) for ln in lines[:k])
    body = lines[k:]
    if not named or not 3 <= len(body) <= 60:
        return
    if body and any(
        b.kind == "objective" and b.parts and b.anchor >= body[0].start for b in p.builders
    ):
        return
    styles = []
    for ln in body:
        t = ln.text.strip()
        style = None if _MARK_RE.match(t) or len(t.split()) > 80 else _style(t)
        if style is None:
            return
        styles.append(style)
    first = styles[0]
    kinds = ["objective" if s == first else "kr" for s in styles]
    if kinds.count("kr") < 2 or any(
        kind == "objective" and (i + 1 == len(kinds) or kinds[i + 1] != "kr")
        for i, kind in enumerate(kinds)
    ):
        return
    made = []
    for ln, kind in zip(body, kinds, strict=True):
        s = len(ln.text) - len(ln.text.lstrip())
        e = len(ln.text.rstrip())
        b = builder(kind, "", None, ln.indent, ln.number)
        b.anchor = ln.start + s
        b.add(ln.text[s:e], ln.start + s)
        made.append(b)
    used = [(ln.start, ln.start + len(ln.text)) for ln in body]
    p.prose_lines = [x for x in p.prose_lines if not any(s <= x[1] < e for s, e in used)]
    for ln in lines[:k]:
        if not any(x[1] == ln.start for x in p.prose_lines):
            p.prose_lines.append((ln.text, ln.start, ln.start + len(ln.text)))
    p.builders = made
    p.objective_builders = [b for b in made if b.kind == "objective"]
    p.builder_index = {id(b): i for i, b in enumerate(made) if b.kind == "objective"}
    p.orphan_labels = []

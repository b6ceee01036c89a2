"""The one clause splitter: where an item's wording breaks into clauses.

A clause ends at Chinese or Western punctuation (，,;；。!！?？; 、 and a thousands comma as in
"10,000" are not breaks), a colon (not one between two digits: "18:00", "3:1"), a round
bracket (an aside is its own clause), a line break, or a '.' that is not a decimal point nor
between two Latin letters (a web address or a product name: "city.gov", "Node.js").
Each clause is trimmed of blanks, punctuation and symbols (an emoji bullet) at both ends —
currency signs, '%' and closing quotes stay — and of time expressions at its edges, so a
clause never starts or ends with "本季度" or "by end of Q3".
"""

from __future__ import annotations

import bisect
import re

# A comma between digits that groups thousands ("10,000") is no break.
# A dot between two Latin letters ("city.gov", "Node.js") is inside a name, no break (decision 616).
# A colon between two digits ("18:00", "3:1") is a clock time or a ratio, no break (decision 1777).
# A break: a stop, a bracket or a line break; a colon not between digits ("10:30"); a comma not
# in a figure ("1,200"); a full stop not in a figure nor an abbreviation. One character: the
# pattern opens with the class of every break character (the engine scans for it in C instead
# of trying seven alternatives, four with a look behind, at every position; issue 13), then
# says which of them break where it stands.
_BREAK = re.compile(
    r"[，;；。!！?？()（）\n:：,.]"
    r"(?:(?<=[，;；。!！?？()（）\n])|(?<=[:：])(?<!\d[:：])|(?<=[:：])(?!\d)|(?<=,)(?<!\d,)"
    r"|(?<=,)(?!\d{3}(?!\d))|(?<=\.)(?<![A-Za-z]\.)(?!\d)|(?<=\.)(?![\dA-Za-z]))"
)
# A measure's initials in brackets right after its name: "Net Revenue Retention (NRR) of 110%",
# "Customer Acquisition Cost (CAC)". The bracket names the measure again; it is no aside, and the
# name, its initials and the figure after them stay one clause (decision 5145).
_GLOSS = re.compile(r"(?<=[A-Za-z]) \((?P<a>[A-Z]{2,6})\)")


def _gloss_breaks(text: str) -> set[int]:
    """Positions of the brackets that hold a measure's initials after its name."""
    out: set[int] = set()
    for m in _GLOSS.finditer(text):
        a = m.group("a")
        before = text[max(0, m.start() - 80) : m.start()].split()[-len(a) :]
        if len(before) == len(a) and "".join(w[:1] for w in before).upper() == a:
            out.update((m.start() + 1, m.end() - 1))
    return out


# A consequence joined to the work before it without a comma: "Start charging for recordings
# resulting in $100K of new ARR" reads as "…, resulting in …" does: the work and what it brings
# are two clauses (decision 5146).
_CONSEQUENCE = re.compile(r"(?<=[A-Za-z0-9%)]) (?=(?:resulting in|leading to) \S)", re.IGNORECASE)

_KEEP_FIRST = "$¥￥€£[【«“\"'#"
_KEEP_LAST = "%％]】»”\"'+"


def split_clauses(
    text: str, times: tuple[tuple[int, int, str], ...] = ()
) -> tuple[tuple[int, int], ...]:
    """Spans of the clauses of `text` (see the module doc), in order. Linear in the text."""
    blank = [False] * (len(text) + 1)
    for s, e, _kind in times:
        for i in range(s, min(e, len(text))):
            blank[i] = True
    out: list[tuple[int, int]] = []
    start = 0
    glossed = _gloss_breaks(text) if " (" in text else set()
    breaks = [(b.start(), b.end()) for b in _BREAK.finditer(text) if b.start() not in glossed]
    if "ing " in text:
        # (a consequence joined without a comma: most texts hold none)
        breaks = sorted(breaks + [(c.start(), c.start()) for c in _CONSEQUENCE.finditer(text)])
    for m in [*breaks, None]:
        end = m[0] if m else len(text)
        s, e = start, end
        while s < e and (blank[s] or not (text[s].isalnum() or text[s] in _KEEP_FIRST)):
            s += 1
        while e > s and (blank[e - 1] or not (text[e - 1].isalnum() or text[e - 1] in _KEEP_LAST)):
            e -= 1
        if s < e:
            out.append((s, e))
        start = m[1] if m else len(text)
    return tuple(out)


def clause_at(clauses: tuple[tuple[int, int], ...], pos: int) -> tuple[int, int] | None:
    """The clause holding position `pos`, or None (by bisection)."""
    i = bisect.bisect_right(clauses, (pos, float("inf"))) - 1
    if i >= 0 and clauses[i][0] <= pos < clauses[i][1]:
        return clauses[i]
    return None

"""Example OKRs on English guide pages: blog posts, how-tos, FAQs, galleries, handouts
(decisions 1480-1499).

A guide puts its examples inside prose and commentary, where the line-by-line readings of
`coach.parse` either read nothing (the page is refused) or read a whole paragraph as one item.
Each reader here finds one shape of example and says where it stands; `coach.parse` puts the
items in place of what the line readings read inside the spans returned (as decision 1350's
told items). The shapes:

- 1480: examples quoted inside a sentence ("For example, 'Delight our customers' or 'Become the
  market leader'"); the kind is the one the sentence names ("… is a key result", "Their objective
  could be …"), else the one the paragraph defines first ("An objective is …"), else the one the
  question or heading above names ("Q: Can a key result be a task?").
- 1481: a kind or company type, a colon and a quoted objective ('Fintech startup: "Make X"'),
  then plain lines under it: the quote is the objective, the lines its key results.
- 1482: an objective named at the end of a sentence of prose ("The first objective I chose was
  simple: Get my evenings back.") and, below a lead-in that speaks of key results ("I have chosen
  the following key results:"), short lines standing alone between paragraphs of commentary
  ("Key result 1 — …", "KR #2: …", or a bare measured line): its key results.
- 1483: "Bad: … / Better: …" (Weak/Strong, Before/After) pairs: each side an item, of the kind
  the page speaks of above them.
- 1484: a list of emphasised examples with a remark after each ("1. *Increase revenue*: a
  metric, not a direction") under a lead-in that names their kind ("rewrite these objectives").
- 1485: a table whose rows name a part of an OKR and give an "Example" cell ("| Objective | … |
  Make X |"), or whose headers are "Example objective" / "Example key result".

Method talk ("3 to 5 key results per objective", "Keep the objective under 12 words") quotes no
example and stays prose. Only pages without Chinese are read here.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from coach.facts import needs
from coach.parse_yaml import YamlItem

Read = Sequence[tuple[str, int, int]]  # what the line readings read: (kind, start, end)
Found = tuple[list[YamlItem], list[tuple[int, int]]]

# The words that name a kind of item. "OKR" names both and is left out; "goal" names an
# objective where no other kind word is near.
_KIND_RE = re.compile(
    r"\b(?:(?P<key>key objectives?)|(?P<kr>key[ -]results?|KRs?)|(?P<o>(?:meta-)?objectives?|goals?))\b",
    re.IGNORECASE,
)

# A quoted stretch: double, curly, or single quotes (an apostrophe inside a word is no quote).
_QUOTE_RE = re.compile(
    r"\"(?P<a>[^\"\n]{3,200}?)\"|“(?P<b>[^”\n]{3,200}?)”|‘(?P<c>[^’\n]{3,200}?)’"
    r"|(?<![\w'])'(?P<d>[^'\n]{2,200}?[\w%.!)])'(?!\w)"
    r"|\*\*(?P<e>[^*\n]{3,200}?)\*\*|(?<![*\w])\*(?P<f>[^*\s][^*\n]{2,200}?)\*(?![*\w])"
)
_QUOTE_OPENERS = ('"', "“", "‘", "'", "*")
_LINE_OPEN_RE = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|[-*•+][ \t]+|\d{1,2}[.)][ \t]+)?")
# A line that opens with an item's label: "Objective 1:", "### O2 —", "- **KR3:**".
_ITEM_LABEL_LINE_RE = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+)?(?:[-*•+][ \t]+)?(?:\*\*)?(?:o|objective|kr|key[ -]results?)[ \t]*#?\d{0,2}"
    # a spaced hyphen too: "Objective - Turn "Low Tide Radio" into …" (decision 2160)
    r"(?:\*\*)?[ \t]*(?:[:：—–]|-[ \t])",
    re.IGNORECASE,
)
# Before a quote: it names a term, not an example ("called 'stretch goals'").
_TERM_BEFORE_RE = re.compile(
    r"\b(?:called|named|termed|known as|word|words|phrase|term|verbs?(?: like)?|says?)\W{0,3}$",
    re.IGNORECASE,
)
# "For example, an objective could be increasing X by Easter.": an example told without quotes.
_COULD_BE_RE = re.compile(
    r"\b(?:an|the|your|their|our|one|a good)[ \t]+(?P<kind>objective|key result)[ \t]+"
    r"(?:could|might|would|can|may)[ \t]+be[ \t]+(?:to[ \t]+)?(?P<w>[a-z][^.;:!?\n\"“]{8,150})(?:[.!]|$)",
    re.IGNORECASE,
)
_COULD_BE_HINT_RE = re.compile(r"(?:objective|key result) (?:could|might|would|can|may) be ", re.I)
# "… could be a short statement", "… might be anything": what an item is, not an example.
_COULD_BE_NOT_RE = re.compile(
    r"(?:a|an|the|any|some|something|anything|one|more|less|qualitative|quantitative|ambitious|"
    r"measurable|short|long|written|set|used|hard|easy|broad|vague|specific)\b",
    re.IGNORECASE,
)
# A sentence's end (not the stop of "e.g." / "i.e." / "etc." / "vs.").
_SENTENCE_END_RE = re.compile(
    r"(?<=[.!?])(?<!e\.g\.)(?<!i\.e\.)(?<!etc\.)(?<!vs\.)[\"'”’)]?\s+(?=[A-Z\"'“‘(])"
)
_CJK_RE = re.compile(r"[\u3400-\u9fff]")


def _blocks(text: str) -> list[tuple[int, int]]:
    """The page's paragraphs: runs of non-blank lines, as (start, end) offsets."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*", text):
        out.append((m.start(), m.end()))
    return out


@functools.lru_cache(maxsize=2)
def _line_spans(text: str) -> tuple[tuple[int, int], ...]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    return tuple(out)


def _item(kind: str, wording: str, at: int) -> YamlItem | None:
    lead = len(wording) - len(wording.lstrip())
    body = wording.strip()
    trail = body.rstrip(" ,;:")
    if trail.endswith(".") and not re.search(r"\.\w+\.$|\b[A-Z]\.$", trail):
        trail = trail[:-1].rstrip()
    if not re.search(r"[A-Za-z]{2,}", trail):
        return None
    return YamlItem(kind=kind, indent=0, line_no=0, parts=[(trail, at + lead)])


def _first_kind(s: str) -> str | None:
    m = _KIND_RE.search(s)
    if m is None or m.group("key"):
        return None  # "key objectives": a word of both kinds
    return "kr" if m.group("kr") else "objective"


def _nearest_kind(sentence: str, q_start: int, q_end: int) -> str | None:
    """The kind named nearest to the quote inside its sentence (outside any quote)."""
    best: tuple[int, str] | None = None
    for m in _KIND_RE.finditer(sentence):
        if q_start <= m.start() < q_end:
            continue
        if sentence.count('"', 0, m.start()) % 2 or sentence.count(
            "“", 0, m.start()
        ) > sentence.count("”", 0, m.start()):
            continue  # inside another quote
        dist = q_start - m.end() if m.end() <= q_start else m.start() - q_end
        kind = "kr" if m.group("kr") else "objective" if m.group("o") else ""
        if m.group("o") and m.group("o").lower().startswith("goal"):
            dist += 40  # "goal" is the weaker word
        if best is None or dist < best[0]:
            best = (dist, kind)
    return (best[1] or "?") if best else None


def _example_wording(q: str, before: str) -> bool:
    """A quote that can be an example item: 2-25 words, a letter or digit first, not a term
    or a question."""
    words = q.split()
    if not 2 <= len(words) <= 25 or not q[:1].isalnum() or q.rstrip().endswith("?"):
        return False
    if _TERM_BEFORE_RE.search(before):
        return False
    km = _KIND_RE.search(q)
    if km and not (km.group("o") or "").lower().startswith("goal"):
        return False  # "**key results**", "the 'objective' field": the method's words
    return bool(re.search(r"[A-Za-z]{3,}", q))


def _objectives_over_krs(read: Read) -> list[int]:
    """Where the line readings read an objective with a key result read right after it."""
    items = sorted(read, key=lambda r: r[1])
    return [
        s
        for (k, s, _e), (k2, _s2, _e2) in itertools.pairwise(items)
        if k == "objective" and k2 == "kr"
    ]


# A key result's own label before a phrase it quotes on the same line ("… KR2: articles rated 4+
# on "clear enough" from 38% to 65%"): the line readings read the key result (decision 4007).
_KR_LABEL_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?:KR|key result)[ \t]?#?\d{1,2}[ \t]?[:：]", re.I)


def _inside_labelled_kr(line: str, ls: int, at: int, quoted: str, read: Read) -> bool:
    """Whether a short phrase (four words at most) quoted at line[at] stands inside a key result
    the line readings read, its own label ("KR2:") earlier on the same line: a name the
    measure uses, not an example objective (decision 4007)."""
    if len(quoted.split()) > 4 or not _KR_LABEL_BEFORE_RE.search(line, 0, at):
        return False
    return any(k == "kr" and s <= ls + at < e for k, s, e in read)


def _quoted(text: str, read: Read) -> Found | None:
    """Decision 1480: examples quoted inside sentences of prose."""
    # (every quote _QUOTE_RE finds opens with one of _QUOTE_OPENERS: a page without any is not
    # scanned for one)
    quoted = any(c in text for c in _QUOTE_OPENERS) and _QUOTE_RE.search(text)
    if not quoted and not (" be " in text and _COULD_BE_HINT_RE.search(text)):
        return None
    found: list[tuple[YamlItem, tuple[int, int]]] = []
    spans = _line_spans(text)
    above_kind: str | None = None  # the kind the last question / heading / paragraph named
    over_krs = _objectives_over_krs(read)
    for ls, le in spans:
        line = text[ls:le]
        if not line.strip():
            continue
        if line.lstrip().startswith("|"):
            continue
        if _ITEM_LABEL_LINE_RE.match(line):
            continue  # "Objective 1: Training -- "Better onboarding"": the line readings' own
        if any(ls <= at < le for at in over_krs):
            # 'Family Support — KRs for Q1 2027: "No family faces a night alone"' over the list
            # the line readings read as its key results: the set's title, and the one phrase it
            # quotes after "KRs" is their objective, not a key result (decision 1687)
            title_quotes = list(_QUOTE_RE.finditer(line))
            m = title_quotes[0] if len(title_quotes) == 1 else None
            if m is not None and _first_kind(line[: m.start()]) == "kr":
                q = next(g for g in m.groups() if g is not None)
                it = _item("objective", q, ls + m.start(m.lastgroup or 0))
                if it is not None:
                    found.append((it, (ls, le)))
                continue
        quotes = [m for m in _QUOTE_RE.finditer(line)]
        line_kind = _first_kind(re.sub(_QUOTE_RE, "", line))
        if not quotes and not _COULD_BE_RE.search(line):
            if line_kind:
                above_kind = line_kind
            continue
        # sentences of the line
        cuts = [0] + [m.end() for m in _SENTENCE_END_RE.finditer(line)] + [len(line)]
        para_kind = None
        items_here: list[YamlItem] = []
        mixed = False  # a mixed kind word on this line was read as key results
        for a, b in itertools.pairwise(cuts):
            sentence = line[a:b]
            s_quotes = [m for m in quotes if a <= m.start() < b]
            bare = _QUOTE_RE.sub("", sentence)
            for m in s_quotes:
                q = next(g for g in m.groups() if g is not None)
                if not _example_wording(q, line[max(0, m.start() - 30) : m.start()]):
                    continue
                if _inside_labelled_kr(line, ls, m.start(), q, read):
                    continue  # 'KR2: articles rated 4+ on "clear enough" …' (decision 4007)
                if line[: m.start()].rstrip().endswith("=") or line.rfind(
                    "<", 0, m.start()
                ) > line.rfind(">", 0, m.start()):
                    continue  # an attribute's value inside a tag (<TeamMember name="…">)
                if m.group(0)[0] == "*" and (
                    not _LINE_OPEN_RE.sub("", line[: m.start()])
                    or line[m.end() : m.end() + 1] == ":"
                ):
                    continue  # bold or italic words opening a line or before a colon: a label
                kind = _nearest_kind(sentence, m.start() - a, m.end() - a) or para_kind
                kind = kind or above_kind
                last = items_here[-1] if items_here else found[-1][0] if found else None
                if kind == "?" and last is not None and (last.kind == "objective" or mixed):
                    # "an objective could be X. Your key objectives might look like "a" or "b"":
                    # the mixed word right after an objective names its pieces
                    kind, mixed = "kr", True
                if kind in (None, "?"):
                    continue
                it = _item(kind, q, ls + m.start(m.lastgroup or 0))
                if it is not None:
                    items_here.append(it)
            if not s_quotes and (cm := _COULD_BE_RE.search(sentence)):
                w = cm.group("w")
                if not _COULD_BE_NOT_RE.match(w) and not _KIND_RE.search(w):
                    kind = "kr" if cm.group("kind").lower().startswith("key") else "objective"
                    it = _item(kind, w, ls + a + cm.start("w"))
                    if it is not None:
                        items_here.append(it)
            if para_kind is None:
                para_kind = _first_kind(bare)
        if line_kind:
            above_kind = para_kind or line_kind
        if items_here:
            found += [(it, (ls, le)) for it in items_here]
    if not found:
        return None
    return _in_place(text, found, read, prose_ok=True)


def _talk(wording: str) -> bool:
    """A stretch read as one item that is talk about items: two or more sentences, or a word
    that names a kind of item outside its quotes."""
    if len(_SENTENCE_END_RE.findall(wording.strip())) >= 1:
        return True
    return _KIND_RE.search(_QUOTE_RE.sub("", wording)) is not None


def _in_place(
    text: str,
    found: list[tuple[YamlItem, tuple[int, int]]],
    read: Read,
    prose_ok: bool | str,
) -> Found | None:
    """The found items whose lines the line readings did not read item by item: a line read as
    one whole item (a paragraph glued into an objective) or not read at all — the latter only on
    a page the line readings read nothing else on (a structured page's commentary stays prose),
    or anywhere when the shape is sure ("sure": a table with an Example column)."""
    lines = sorted({sp for _, sp in found})

    def overlaps(s: int, e: int, sp: tuple[int, int]) -> bool:
        return s < sp[1] and sp[0] < e

    own = {
        sp
        for it, sp in found
        for _, s, e in read
        if s == it.parts[0][1]
        or (s >= it.parts[0][1] and e <= it.parts[0][1] + len(it.parts[0][0]))
    }
    # (an objective read from a line that talks about the examples is no structure of its own)
    elsewhere = any(
        k == "objective"
        and not _talk_like(text[s:e])
        and not any(overlaps(s, e, sp) for sp in lines)
        for k, s, e in read
    )
    keep: list[tuple[int, int]] = []
    for sp in lines:
        if sp in own:
            continue  # the line readings read the example itself
        hit = any(overlaps(s, e, sp) and _talk(text[s:e]) for _, s, e in read)
        if hit or prose_ok == "sure" or (prose_ok and not elsewhere):
            keep.append(sp)
    items = [it for it, sp in found if sp in keep]
    if not items:
        return None
    return items, keep


# --- 1481: 'Kind: "quoted objective"' over plain lines --------------------------------------
_LABEL_QUOTE_RE = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?:\*\*)?(?P<label>[A-Z][\w&/.' -]{1,40}?)(?:\*\*)?[ \t]*[:—–][ \t]*"
    r"(?:\*\*)?[\"“](?P<o>[^\"”\n]{3,160})[\"”](?:\*\*)?[ \t]*\.?[ \t]*$"
)
_ITEM_LABEL_RE = re.compile(r"^(?:o|obj|objective|goal|kr\d*|key results?)$", re.IGNORECASE)
_PLAIN_LINE_RE = re.compile(
    r"^[ \t]*(?:[-*•+][ \t]+|\d{1,2}[.)][ \t]+)?(?P<w>[A-Za-z0-9$£€].{3,200})$"
)


def _labelled_quotes(text: str, read: Read) -> Found | None:
    if '"' not in text and "“" not in text:
        return None
    spans = _line_spans(text)
    found: list[tuple[YamlItem, tuple[int, int]]] = []
    for i, (ls, le) in enumerate(spans):
        m = _LABEL_QUOTE_RE.match(text[ls:le])
        if m is None or _ITEM_LABEL_RE.match(m.group("label").strip()):
            continue
        o = _item("objective", m.group("o"), ls + m.start("o"))
        krs = []
        j = i + 1
        while j < len(spans):
            js, je = spans[j]
            pm = _PLAIN_LINE_RE.match(text[js:je])
            if pm is None or _LABEL_QUOTE_RE.match(text[js:je]) or len(pm.group("w").split()) > 25:
                break
            if pm.group("w").rstrip().endswith(":"):
                break
            k = _item("kr", pm.group("w"), js + pm.start("w"))
            if k is not None:
                krs.append(k)
            j += 1
        if o is None or not krs:
            continue
        span = (ls, spans[j - 1][1])
        found += [(it, span) for it in (o, *krs)]
    if not found:
        return None
    return _in_place(text, found, read, prose_ok=True)


# --- 1482: an objective told at a sentence's end; key results as lines between commentary ---
_TOLD_OBJECTIVE_RE = re.compile(
    r"objective\b[^.:\n\"“]{0,90}?:[ \t]+(?P<o>[A-Z][^.:;!?\n\"”]{3,100}?)[ \t]*(?:[.!]|$)",
)
# A lead-in to key results below: "I have chosen the following key results:", "We picked three
# key results to go with it." (its paragraph's last sentence).
_KR_LEAD_RE = re.compile(
    r"(?:^|[.!?][ \t]+)(?=[^.!?\n]*\b(?:key results|KRs)\b)[^.!?\n]{0,120}(?::|\.)[ \t]*$",
    re.IGNORECASE,
)
_KR_HEAD_LABEL_RE = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?(?:key[ -]result|KR)[ \t]*#?\d{1,2}(?:\*\*)?[ \t]*[:.—–-][ \t]*"
    r"(?:\*\*)?",
    re.IGNORECASE,
)


def _head_line(line: str) -> tuple[str, int] | None:
    """A key result standing alone as a heading: its wording and where it starts."""
    lm = _KR_HEAD_LABEL_RE.match(line)
    start = lm.end() if lm else len(line) - len(line.lstrip("# \t"))
    body = line[start:].strip().strip("*").strip()
    if not body or body.endswith(("?", ":")) or len(body.split()) > 18:
        return None
    if lm is None and (body.endswith(".") or (not body[:1].isupper() and not body[:1].isdigit())):
        return None
    return body, start + line[start:].find(body[:5])


def _told_with_heads(text: str, read: Read) -> Found | None:
    if "objective" not in text:
        return None
    blocks = _blocks(text)
    objective: tuple[YamlItem, tuple[int, int]] | None = None
    found: list[tuple[YamlItem, tuple[int, int]]] = []
    bi = 0
    while bi < len(blocks):
        bs, be = blocks[bi]
        block = text[bs:be]
        tm = _TOLD_OBJECTIVE_RE.search(block)
        if tm and "\n" not in block.strip() and len(block[: tm.start()].split()) >= 2:
            it = _item("objective", tm.group("o"), bs + tm.start("o"))
            if it is not None:
                ls = text.rfind("\n", 0, bs + tm.start()) + 1
                objective = (it, (ls, text.find("\n", bs + tm.end()) % (len(text) + 1)))
        if objective and "\n" not in block.strip() and _KR_LEAD_RE.search(block):
            heads: list[tuple[YamlItem, tuple[int, int]]] = []
            bj, last = bi + 1, be
            while bj < len(blocks):
                hs, he = blocks[bj]
                h = text[hs:he]
                if (
                    _LABELLED_RE.match(h) and not _KR_HEAD_LABEL_RE.match(h)
                ) or h.lstrip().startswith("#"):
                    break  # a labelled set or a section of its own below
                got = _head_line(h) if "\n" not in h.strip() else None
                if got is None and not heads:
                    break
                if got is not None and (k := _item("kr", got[0], hs + got[1])) is not None:
                    heads.append((k, (hs, he)))
                last = he  # (commentary between and after the key results)
                bj += 1
            if len(heads) >= 2:
                # "For Q2 2019, I have chosen the following key results:": the lead-in's period
                # bounds the key results and the objective they measure
                from coach.facts.timeframes import find_timeframe

                when = find_timeframe(block, "en")
                if when is not None:
                    for it in (objective[0], *(k for k, _ in heads)):
                        it.due = it.due or when[0].text
                found.append(objective)
                found += [(k, (bs, last)) for k, _ in heads]
                objective = None
                bi = bj
                continue
        bi += 1
    if not found:
        return None
    return [it for it, _ in found], sorted({sp for _, sp in found})


# --- 1483: Bad / Better pairs ----------------------------------------------------------------
_PAIR_RE = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?:[❌✅✗✓✘✔]\uFE0F?[ \t]*)?(?:\*\*|__)?(?P<tag>bad|better|best|good|weak|"
    r"strong|stronger|before|after|poor|instead)(?:[ \t]+(?P<kind>example|version|objective|key "
    r"result|kr|okr))?(?:\*\*|__)?[ \t]*[:：—–][ \t]*(?:\*\*|__)?(?P<w>\S.*?)(?:\*\*|__)?[ \t]*$",
    re.IGNORECASE,
)
_TABLE_HINT_RE = re.compile(r"example|sample", re.IGNORECASE)
_PAIR_LINE_RE = re.compile(_PAIR_RE.pattern, re.IGNORECASE | re.MULTILINE)  # (a page's cheap test)
_GOOD_TAGS = frozenset(["better", "best", "good", "strong", "stronger", "after", "instead"])


def _pairs(text: str, read: Read) -> Found | None:
    if not _PAIR_LINE_RE.search(text):
        return None
    spans = _line_spans(text)
    hits = [(i, _PAIR_RE.match(text[s:e])) for i, (s, e) in enumerate(spans)]
    hits = [(i, m) for i, m in hits if m is not None]
    tags = {m.group("tag").lower() in _GOOD_TAGS for _, m in hits}
    if len(hits) < 2 or tags != {True, False}:
        return None
    found: list[tuple[YamlItem, tuple[int, int]]] = []
    for i, m in hits:
        s, e = spans[i]
        kind = None
        if m.group("kind") and m.group("kind").lower() not in ("example", "version", "okr"):
            kind = "kr" if m.group("kind").lower() in ("key result", "kr") else "objective"
        j = i - 1
        while kind is None and j >= 0:
            line = text[spans[j][0] : spans[j][1]]
            if not _PAIR_RE.match(line):
                kind = _first_kind(_QUOTE_RE.sub("", line))
            j -= 1
        if kind is None:
            continue
        w = m.group("w").strip()
        at = s + m.start("w")
        if w[:1] in "\"“'‘" and w.rstrip(".")[-1:] in "\"”'’":
            w, at = w.rstrip(".")[1:-1], at + 1
        it = _item(kind, w, at)
        if it is not None:
            found.append((it, (s, e)))
    if not found:
        return None
    return _in_place(text, found, read, prose_ok="sure")


# --- 1484: emphasised examples with a remark each ---------------------------------------------
_EMPH_ITEM_RE = re.compile(
    r"^[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+(?:(?P<q>\*\*|\*|_)(?P<w>[^*_\n]{3,160}?)(?P=q)|[\"“]"
    r"(?P<w2>[^\"”\n]{3,160})[\"”])[ \t]*(?:[:—–-][ \t]*(?P<c>\S.*))?$"
)
_EMPH_LINE_RE = re.compile(_EMPH_ITEM_RE.pattern, re.MULTILINE)
# Decision 4790: bold words that are only an item's label ("**KR1**:", "**Key Result 2** —") label
# the wording after them; the line readings read such a line, it is no emphasised example.
_BOLD_LABEL_RE = re.compile(
    r"^(?:o|obj|objective|goal|kr|key[ \t]+results?)[ \t]*#?\d{0,2}(?:\.\d{1,2})?[ \t]*:?$", re.I
)
# A lead-in that says the list below holds examples: "Examples of good objectives:".
_EXAMPLES_LEAD_RE = re.compile(r"\b(?:examples?|samples?|such as|like these)\b[^\n]*:[ \t]*$", re.I)


def _emphasised(text: str, read: Read) -> Found | None:
    if not _EMPH_LINE_RE.search(text):
        return None
    spans = _line_spans(text)
    found: list[tuple[YamlItem, tuple[int, int]]] = []
    i = 0
    while i < len(spans):
        run = []
        j = i
        while (
            j < len(spans)
            and (m := _EMPH_ITEM_RE.match(text[spans[j][0] : spans[j][1]]))
            and not _BOLD_LABEL_RE.match(m.group("w") or "")
        ):
            run.append((j, m))
            j += 1
        lead = text[spans[i - 1][0] : spans[i - 1][1]] if i > 0 else ""
        remarked = all(m.group("c") for _, m in run)
        if len(run) >= 2 and (remarked or _EXAMPLES_LEAD_RE.search(lead)):
            kind = (
                _first_kind(lead)
                if lead.rstrip().endswith(":")
                or re.search(r"\b(?:these|following)\b", lead, re.IGNORECASE)
                else None
            )
            if kind:
                for k, m in run:
                    g = "w" if m.group("w") else "w2"
                    it = _item(kind, m.group(g), spans[k][0] + m.start(g))
                    if it is not None:
                        found.append((it, spans[k]))
                found.append((YamlItem("prose", 0, 0, []), spans[i - 1]))
        i = max(j, i + 1)
    if not found:
        return None
    items = [it for it, _ in found if it.kind != "prose"]
    return items, sorted({sp for _, sp in found})


# "1. **Raise CSAT from 84% to 92%** — measured through the post-chat survey."
_BOLD_REMARK_RE = re.compile(
    r"^[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+\*\*(?P<w>[^*\n]{3,160}?)\*\*[ \t]*(?:[—–]|[ \t]-)[ \t]*(?P<c>\S.*)$"
)
_BOLD_REMARK_LINE_RE = re.compile(_BOLD_REMARK_RE.pattern, re.MULTILINE)


def _bold_with_remark(text: str, read: Read) -> Found | None:
    """Decision 1489: a list item whose bold words are followed by a dash and a remark: the bold
    words are the item (of the kind the line readings gave it), the remark a note."""
    if "**" not in text or not _BOLD_REMARK_LINE_RE.search(text):
        return None
    items: list[YamlItem] = []
    spans: list[tuple[int, int]] = []
    for kind, s, e in read:
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", s)
        le = len(text) if le < 0 else le
        m = _BOLD_REMARK_RE.match(text[ls:le])
        if (
            m is None
            or e > le
            or len(m.group("w").split()) < 3
            or m.group("w").rstrip().endswith(":")
        ):
            continue
        it = _item(kind, m.group("w"), ls + m.start("w"))
        if it is not None:
            items.append(it)
            spans.append((ls, le))
    return (items, spans) if items else None


# --- 1485: tables with an Example column -------------------------------------------------------
def _cells(line: str, at: int) -> list[tuple[str, int]] | None:
    s = line.strip()
    if not (s.startswith("|") and s.endswith("|")) or len(s) < 3:
        return None
    out, pos = [], at + line.find("|") + 1
    for cell in s[1:-1].split("|"):
        lead = len(cell) - len(cell.lstrip())
        out.append((cell.strip(), pos + lead))
        pos += len(cell) + 1
    return out


def _example_tables(text: str, read: Read) -> Found | None:
    if "|" not in text or not _TABLE_HINT_RE.search(text):
        return None
    spans = _line_spans(text)
    found: list[tuple[YamlItem, tuple[int, int]]] = []
    i = 0
    while i + 2 < len(spans):
        head = _cells(text[spans[i][0] : spans[i][1]], spans[i][0])
        sep = text[spans[i + 1][0] : spans[i + 1][1]].strip()
        if head is None or not re.fullmatch(r"\|?[ :|-]+\|?", sep):
            i += 1
            continue
        names = [c.lower() for c, _ in head]
        ex_cols = [k for k, n in enumerate(names) if "example" in n or "sample" in n]
        j = i + 2
        rows = []
        while j < len(spans) and (row := _cells(text[spans[j][0] : spans[j][1]], spans[j][0])):
            rows.append(row)
            j += 1
        table_span = (spans[i][0], spans[j - 1][1])
        typed = [(k, _first_kind(names[k])) for k in ex_cols]
        if any(t for _, t in typed):
            # "Example objective | Example key result": each row an objective and its key result
            for row in rows:
                for k, t in typed:
                    if t and k < len(row) and row[k][0]:
                        it = _item(t, row[k][0], row[k][1])
                        if it is not None:
                            found.append((it, table_span))
        elif len(ex_cols) == 1:
            # "| Objective | what it is | Make X |": the first cell names the kind
            k = ex_cols[0]
            for row in rows:
                first = row[0][0].lower().strip("* ")
                kind = (
                    "objective"
                    if re.fullmatch(r"objectives?|o|goal", first)
                    else "kr"
                    if re.fullmatch(r"key[ -]results?|krs?", first)
                    else None
                )
                if kind and k < len(row) and row[k][0]:
                    it = _item(kind, row[k][0], row[k][1])
                    if it is not None:
                        found.append((it, table_span))
        i = j
    if not found or found[0][0].kind != "objective":
        return None
    return _in_place(text, found, read, prose_ok="sure")


# --- 1486: what a guide says around its examples stays prose --------------------------------
# A heading or lead-in over a list of advice: "Tips for using this template", "Rules of thumb:".
_ADVICE_WORDS = (
    r"(?:tips?|rules? of thumb|best practices|dos and don'?ts|pitfalls|common mistakes|"
    r"things to avoid|how to use)\b"
)
_ADVICE_HEAD_RE = re.compile(
    rf"^[ \t]*(?:#{{1,6}}[ \t]+)?(?:\*\*)?{_ADVICE_WORDS}[^\n]{{0,60}}$", re.IGNORECASE
)
_ADVICE_HINT_RE = re.compile(rf"\b{_ADVICE_WORDS}", re.IGNORECASE)
# A remark speaks of "the objective" / "each key result" (the cheap test of a page for one).
_REMARK_HINT_RE = re.compile(
    r"\b(?:the|each|every|this|an?|your|our) (?:objective|key result)", re.I
)
_ADVICE_LOOK = needs.look(needs.needed(_ADVICE_HINT_RE))
_REMARK_LOOK = needs.look(needs.needed(_REMARK_HINT_RE))
_LIST_LINE_RE = re.compile(r"^[ \t]*(?:[-*•+]|\d{1,2}[.)])[ \t]+\S")
_LABELLED_RE = re.compile(
    r"^[ \t]*(?:[-*•+][ \t]+)?(?:\*\*)?(?:o|objective|kr|key results?)\b", re.I
)


def _advice(text: str, read: Read) -> Found | None:
    """Decision 1486: the bullets under an advice heading ("Tips for using this template") and
    a plain line of remarks about the items above ("Why it works: the objective is …, and each
    key result …") are the guide's prose, not key results."""
    # Both whole-page scans are case-insensitive alternations tried at every word: each runs
    # only where the folded page holds one of the words it needs (coach.facts.needs: the same
    # verdict), and a page without an advice word has no advice heading to look for.
    folded = needs.fold_page(text)
    advice = needs.search(_ADVICE_HINT_RE, _ADVICE_LOOK, text, folded) is not None
    spans = _line_spans(text) if advice else ()
    out: list[tuple[int, int]] = []
    for i, (ls, le) in enumerate(spans):
        if not _ADVICE_HEAD_RE.match(text[ls:le]):
            continue
        j = i + 1
        while j < len(spans) and not text[spans[j][0] : spans[j][1]].strip():
            j += 1
        k = j
        while k < len(spans) and _LIST_LINE_RE.match(text[spans[k][0] : spans[k][1]]):
            k += 1
        if k > j:
            out.append((ls, spans[k - 1][1]))
    remarks: bool | None = None  # whether the page speaks of "the objective": asked once, late
    for kind, s, e in read:
        if kind != "kr" or e - s < 40:
            continue  # (ten words and two kind words do not fit in less)
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", s)
        le = len(text) if le < 0 else le
        if e > le or text[ls:s].strip() or text[e:le].strip(" \t.*_"):
            continue  # an item read inside the line, not the whole line
        line = text[ls:le]
        if _LIST_LINE_RE.match(line) or _LABELLED_RE.match(line):
            continue
        if remarks is None:
            remarks = needs.search(_REMARK_HINT_RE, _REMARK_LOOK, text, folded) is not None
        if not remarks:
            break  # a page that speaks of no objective or key result has no remark on one
        bare = _QUOTE_RE.sub("", line)
        if len(bare.split()) >= 10 and len(_KIND_RE.findall(bare)) >= 2:
            out.append((ls, le))
    if not out:
        return None
    return [], out


# The page's last lines are labels with nothing after them ("Objective:", "Key results:",
# "Your objective:", "1.", "2."): a blank form for the reader to fill, not items.
_BLANK_LABEL_RE = re.compile(
    r"^[ \t]*(?:[-*•][ \t]*)?(?:\*\*)?(?:(?:your|my|our|the|team)[ \t]+)?(?:objectives?|o|goals?|"
    r"key[ -]results?|krs)(?:[ \t]*\(s\))?(?:\*\*)?[ \t]*[:：]?(?:\*\*)?[ \t]*$|^[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]*$",
    re.IGNORECASE,
)


def _blank_form(text: str, read: Read) -> Found | None:
    """Decision 1488: empty labels closing the page are a form to fill, not an empty item."""
    spans = _line_spans(text)
    first = None
    for ls, le in reversed(spans):
        line = text[ls:le]
        if not line.strip():
            continue
        if not _BLANK_LABEL_RE.match(line):
            break
        first = ls
    if first is None or not any(s < first for _, s, _ in read):
        return None
    # one plural or unnumbered label at least: "KR3:" alone stays an unwritten row (decision 561)
    tail = text[first:]
    if not re.search(r"(?i)\b(?:key[ -]results|krs|objectives?|goals?)\b", tail):
        return None
    return [], [(first, len(text))]


# "Objective: [your objective: qualitative, ambitious]": a template's blank, one item.
_TEMPLATE_RE = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?:\*\*)?(?P<label>objective|o|key result[ \t]*\d{0,2}|kr[ \t]*\d{0,2})"
    r"(?:\*\*)?[ \t]*:[ \t]*(?P<w>\[[^\]\n]*[:;][^\]\n]*\])[ \t]*$",
    re.IGNORECASE,
)


def _template_blanks(text: str, read: Read) -> Found | None:
    """Decision 1487: a template's bracketed blank that holds a colon is one item, not two."""
    if "[" not in text:
        return None
    found: list[tuple[YamlItem, tuple[int, int]]] = []
    for ls, le in _line_spans(text):
        m = _TEMPLATE_RE.match(text[ls:le])
        if m is None:
            continue
        kind = "objective" if m.group("label").lower().startswith("o") else "kr"
        it = YamlItem(kind=kind, indent=0, line_no=0, parts=[(m.group("w"), ls + m.start("w"))])
        found.append((it, (ls, le)))
    if not found:
        return None
    return [it for it, _ in found], [sp for _, sp in found]


_READERS = (
    _template_blanks,
    _example_tables,
    _labelled_quotes,
    _pairs,
    _emphasised,
    _bold_with_remark,
    _told_with_heads,
    _quoted,
    _advice,
    _blank_form,
)


_EXAMPLE_HEAD_RE = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?(?:examples?|samples?)\b", re.IGNORECASE
)


def _talk_like(wording: str) -> bool:
    """An objective's wording that talks about examples: "Example 1: a product team", "Writing
    better key results" (a word for objectives or key results outside its quotes)."""
    if _EXAMPLE_HEAD_RE.match(wording):
        return True
    km = _KIND_RE.search(_QUOTE_RE.sub("", wording))
    return km is not None and not (km.group("o") or "").lower().startswith("goal")


def _talk_over_examples(
    text: str, read: Read, spans: list[tuple[int, int]], items: list[YamlItem]
) -> list[tuple[int, int]]:
    """Decision 1490: on a page whose examples were found, a line the line readings took for an
    objective that talks about items ("Writing better key results", "Example 1: a product team")
    and holds no key result of its own (none, or only ones replaced by the examples) is prose."""
    out: list[tuple[int, int]] = []
    order = sorted(read, key=lambda r: r[1])
    for i, (kind, s, e) in enumerate(order):
        if kind != "objective" or _inside(s, spans):
            continue
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", s)
        le = len(text) if le < 0 else le
        if not _talk_like(text[s:e]):
            continue
        own = []
        for k2, s2, _ in order[i + 1 :]:
            if k2 != "kr":
                break
            own.append(s2)
        first_kr = min((s2 for s2 in own if not _inside(s2, spans)), default=None)
        taken_over = first_kr is None or any(
            it.kind == "objective" and s < it.parts[0][1] < first_kr for it in items
        )  # (its key results follow an example objective found below it)
        if taken_over and e <= le:
            out.append((ls, le))
    return out


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= at < e for s, e in spans)


def guide_examples(text: str, read: Read) -> Found | None:
    """Every example item the readers above find on an English guide page, with the spans they
    stand in, or None (a page with Chinese, or none found)."""
    if _CJK_RE.search(text):
        return None
    items: list[YamlItem] = []
    spans: list[tuple[int, int]] = []
    for reader in _READERS:
        got = reader(text, read)
        if not got:
            continue
        new_items, new_spans = got
        # a later reader leaves alone what an earlier one took
        taken = [it for it in new_items if not any(s <= it.parts[0][1] < e for s, e in spans)]
        if new_items and not taken:
            continue
        items += taken
        spans += [sp for sp in new_spans if not any(s <= sp[0] < e for s, e in spans)]
    if not spans or (
        not items and not any(k == "objective" and not _inside(s, spans) for k, s, _ in read)
    ):
        return None  # (prose alone is taken only where an objective is left)
    if items:
        spans += _talk_over_examples(text, read, spans, items)
    items.sort(key=lambda it: it.parts[0][1])
    seen: set[str] = set()
    out = []
    for it in items:
        key = it.kind + it.parts[0][0].lower().strip(" .,")
        if it.kind == "objective" and key in seen:
            continue
        seen.add(key)
        out.append(it)
    return out, sorted(set(spans))

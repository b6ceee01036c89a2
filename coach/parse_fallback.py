"""A general per-line reading for pages the layout-specific readings do not account for.

`coach.parse` reads labelled drafts ("O1:", "KR1:", "目标：") and many unlabelled layouts it was
taught one at a time. When none of them accounts for a page, the parser used to refuse it ("no
objective") or read a list of measured results as objectives with no key results. This module
reads such a page line by line instead, from features that do not depend on one page's wording:
whether a line is a list item or a heading, how deep it sits, whether it is a sentence of prose,
whether it carries a target figure, and where it stands after the previous objective-like line.
The structure is rebuilt from indentation and order (decisions 705-714).

It only runs where the layout readings gave up, so a page they read keeps its reading (the
corpus reviews are identical with and without it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coach.text import cjk_count

# A list marker: "- ", "* ", "• ", "1. ", "2、", "(3)", "①"; a task box after it: "[ ]", "[x]".
_MARK_RE = re.compile(
    r"(?:[-*•·+]\s+|\d{1,2}\s?[.、．)）]\s*|[（(]\d{1,2}[)）]\s*|[①-⑳]\s*)(?:\[[ xX]\]\s*)?"
)
_HEADING_RE = re.compile(r"#{1,6}\s+")
# A target figure: a digit, a percentage, a number word, a placeholder ("X%", "[N]").
_FIGURE_RE = re.compile(
    r"\d|[%％]|百分之|[一二两三四五六七八九十百千万]+\s?(?:倍|成|个|名|家|次|篇|本|位|场|项|款|人)"
    r"|翻(?:一|两)?番|\b(?:double|triple|half|twice|zero|two|three|four|five|six|seven|eight|"
    r"nine|ten|twelve|twenty|hundred|thousand)\b|\b[XN]\b"
    # "feel like one product", "work as one team": one thing, no count (decision 1889)
    r"|(?<!\blike\x20)(?<!\bas\x20)\bone\b",
    re.IGNORECASE,
)
# Figures that only date a line ("2026年", "Q3", "6月底", "in 2025", "21-22" school years stay).
_DATE_RE = re.compile(
    r"(?:19|20)\d\d\s?年|\b(?:in|by|for|during|of|end)\s(?:19|20)\d\d\b|\b[QqHh][1-4]\b|[QqHh][1-4]"
    r"|\d{1,2}\s?月(?:\d{1,2}\s?日)?(?:底|末|初|中)?|\b(?:19|20)\d\d\b",
)
_SENTENCE_END = "。.!！?？；;"
_LEAD_END = ":："
# A quoted objective in a lead-in: “Improve the retention of our staff.”, "提升复购率".
_QUOTED_RE = re.compile(r"[“\"「『](?P<q>[^“”\"「」『』\n]{4,100})[”\"」』]")
# "… identify building an employee mentorship system as their objective": the phrase named as
# the objective in a sentence that explains an example.
_NAMED_AS_OBJECTIVE_RE = re.compile(
    r"\b(?:identify|identifies|set|sets|choose|chooses|pick|picks|name|names|define|defines|"
    r"make|makes)\s+(?P<o>[^,.;:]{4,80}?)\s+(?:as|to be)\s+(?:their|our|the|your|its|his|her)\s+"
    r"(?:main\s+|top\s+|first\s+)?objective",
    re.IGNORECASE,
)
# "一个", "一套", "一款" before a word: an article in a quoted objective ("设计一个创新性的生成模型"),
# not a target figure (decision 921).
_ARTICLE_RE = re.compile(r"一(?:个|套|款|种|份)(?=[\u4e00-\u9fff])")
# A lead-in that says the list below holds key results: "Our key results are:", "关键结果如下：".
_KR_LEAD_RE = re.compile(
    r"key results?|\bKRs?\b|measure(?:s|ments?)? (?:of|for) success|关键(?:结果|成果)|衡量", re.I
)


# A line that opens with a verb of change states something to do or reach, not a title, even
# when it names OKRs ("Increase knowledge of OKRs and Roadmaps").
_VERB_START_RE = re.compile(
    r"^(?:increase|improve|grow|raise|reduce|cut|lower|make|build|launch|ship|create|become|win|"
    r"deliver|drive|expand|establish|learn|master|lose|gain|get|reach|achieve|hit|double|boost|"
    r"enhance|strengthen|develop|help|turn|bring|keep|start|finish|complete|publish|run)\b"
    r"|^(?:提升|提高|增加|降低|减少|打造|建立|构建|实现|达成|完成|拿下|成为|推动|推进|扩大|掌握|学习|优化|"
    r"完善|加强|做好|让|使|改善|开拓|拓展|扩展|赢得|争取|保持|巩固|深耕|抢占|树立|塑造|壮大|培养|吸引|留住)",
    re.IGNORECASE,
)


# A page that speaks of objectives, key results or goals somewhere.
_OKR_CUE_RE = re.compile(
    r"\bOKRs?\b|OKR|\bobjectives?\b|\bkey results?\b|\bKRs?\b|\bgoals?\b|目标|关键(?:结果|成果)",
    re.IGNORECASE,
)
# A measured change or target: "from 30 to 45", "up 20%", "reach 70%", "提升到28%", "降低至5%".
_MEASURE_SHAPE_RE = re.compile(
    r"[%％]|倍|\bfrom\b.*\bto\b|\b(?:to|at|up|down|reach(?:es)?|above|below|under|over|least|"
    r"most)\b\s*\S*\d|[<>≥≤]\s*\d|达到|提升|提高|增长|增加|降低|减少|降至|升至|缩短|[至到]\s*\d",
    re.IGNORECASE,
)
# A field line ("Attendees: Ana, Bo"), a command or code ("pip install x", "--width 800").
_FIELD_RE = re.compile(r"^[^:：\s][^:：]{0,18}[:：]\s*\S")
_CODE_RE = re.compile(r"(?:^|\s)--?[a-z]|`|\$\s|\(\)|^(?:pip|npm|git|cd|make|python)\s")


@dataclass
class Line:
    """One non-blank line of the page, read by its shape."""

    text: str  # the wording, without marker, heading hashes or emphasis
    start: int  # input offset of text[0]
    number: int  # 0-based line index in the page
    indent: int
    marked: bool  # a list item
    heading: bool  # a Markdown heading
    blank_before: bool


@dataclass
class Found:
    """An item the fallback reading found: its kind, wording and where it starts."""

    kind: str  # "objective" | "kr"
    text: str
    start: int
    line_no: int  # 1-based
    indent: int
    parent: int | None = None  # for a key result: the index of its objective in the list


def lines_of(text: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    blank = True
    for i, raw in enumerate(text.split("\n")):
        at = pos
        pos += len(raw) + 1
        body = raw.rstrip()
        stripped = body.lstrip()
        if not stripped:
            blank = True
            continue
        indent = len(body) - len(stripped)
        off = at + indent
        heading = marked = False
        hm = _HEADING_RE.match(stripped)
        if hm:
            heading = True
            stripped, off = stripped[hm.end() :], off + hm.end()
        mm = _MARK_RE.match(stripped)
        if mm and mm.end() < len(stripped):
            marked = True
            stripped, off = stripped[mm.end() :], off + mm.end()
        # Emphasis around the whole wording: "**Grow the pipeline**".
        em = re.match(r"(\*\*|__)(.+)\1$", stripped)
        if em:
            stripped, off = em.group(2), off + len(em.group(1))
        stripped = stripped.rstrip()
        out.append(Line(stripped, off, i, indent, marked, heading, blank))
        blank = False
    return out


def has_figure(text: str) -> bool:
    """Whether a line carries a target figure (not only a date)."""
    return bool(_FIGURE_RE.search(_DATE_RE.sub(" ", text)))


def names_key_results(text: str) -> bool:
    """A lead-in that says the list below it holds key results ("Our key results are:")."""
    return text[-1:] in _LEAD_END and bool(_KR_LEAD_RE.search(text))


def is_prose(text: str) -> bool:
    """A sentence of prose (or a lead-in), not an objective or key result standing alone."""
    t = text.strip()
    if not t:
        return True
    if t[-1] in _LEAD_END:
        return True
    cjk = cjk_count(t)
    if cjk >= len(t) / 3:
        return cjk > 40 or t.count("，") + t.count(",") >= 2 or t[-1] in "。！？；"
    words = t.split()
    if len(words) > 16:
        return True
    if re.search(r"[.!?]\s+[A-Z]", t):
        return True  # two sentences
    return t[-1] in ".!?;" and len(words) > 8


def _size(text: str) -> int:
    """Words in a line, a Chinese character counting as half a word."""
    return len(re.findall(r"[A-Za-z0-9][\w'%.,/-]*", text)) + cjk_count(text) // 2


def _wordy(text: str) -> bool:
    return bool(re.search(r"[A-Za-z]{2,}|[\u4e00-\u9fff]{2,}", text))


def _item_like(ln: Line) -> bool:
    from coach.parse import looks_like_title

    t = ln.text
    if not _wordy(t) or is_prose(t) or (looks_like_title(t) and not _VERB_START_RE.match(t)):
        return False
    if re.fullmatch(r"[\[<]?https?://\S+[\]>]?|\[[^\]]*\]\([^)]*\)", t):
        return False
    if _FIELD_RE.match(t) or _CODE_RE.search(t):
        return False
    return len(t) >= 4


def _measured_sentences(ln: Line) -> list[Line]:
    """A line of two to four short sentences that each carry a target figure is that many
    key results written on one line ("Members from 200 to 500. Monthly meetups up to 4.");
    any other line stays whole (decision 712)."""
    pieces = [
        m for m in re.finditer(r".+?(?:[.!?;](?=\s|$)|[。！？；]|$)", ln.text) if m.group().strip()
    ]
    if not 2 <= len(pieces) <= 4:
        return [ln]
    out: list[Line] = []
    for m in pieces:
        body = m.group().strip()
        words = len(body.split()) if not cjk_count(body) else cjk_count(body) // 2
        if not has_figure(body) or words > 10 or words < 2:
            return [ln]
        lead = len(m.group()) - len(m.group().lstrip())
        out.append(
            Line(
                body.rstrip(".。;；"),
                ln.start + m.start() + lead,
                ln.number,
                ln.indent,
                ln.marked,
                ln.heading,
                ln.blank_before,
            )
        )
    return out


def measured_pieces(text: str, start: int) -> list[tuple[str, int]]:
    """The key results a line of prose states as short measured sentences or clauses, each
    with a target figure and a measured shape ("Members from 200 to 500. Meetups up to 4 a
    month." / "成员从200人增加到500人，每月活动达到4场。"), or [] when the line is not only that."""
    pieces = [
        m for m in re.finditer(r".+?(?:[.!?;](?=\s|$)|[。！？；，]|$)", text) if m.group().strip()
    ]
    if not 1 <= len(pieces) <= 4:
        return []
    out: list[tuple[str, int]] = []
    for m in pieces:
        body = m.group().strip()
        words = len(body.split()) if not cjk_count(body) else cjk_count(body) // 2
        if not (has_figure(body) and _MEASURE_SHAPE_RE.search(body)) or not 2 <= words <= 12:
            return []
        lead = len(m.group()) - len(m.group().lstrip())
        out.append((body.rstrip(".。;；，"), start + m.start() + lead))
    return out


def read_lines(text: str) -> list[Found] | None:
    """The objectives and key results of a page no layout reading accounts for, or None when
    the lines do not read as a set (decision 705): the short, non-prose lines of the page, in
    order; when they sit at two depths (indent, list under plain lines), the outer ones are
    objectives and the inner ones their key results (decision 706); when they are flat, a
    line without a target figure is an objective and the lines with one after it are its key
    results (decision 707). At least one objective must have a key result."""
    lines = [piece for ln in lines_of(text) for piece in _measured_sentences(ln)]
    cands = [ln for ln in lines if _item_like(ln)]
    # The page's first line over a paragraph of prose, or set apart by a blank line, is its
    # title ("March check-in", "Choir goals for Q3").
    if (
        cands
        and cands[0] is lines[0]
        and len(lines) > 1
        and (lines[1] not in cands or lines[1].blank_before)
    ):
        cands.pop(0)
    if len(cands) < 2:
        return None
    found: list[Found] = []
    depth = {id(ln): (ln.indent, 1 if ln.marked else 0) for ln in cands}
    levels = sorted(set(depth.values()))
    if len(levels) == 2 and not any(ln.heading for ln in cands):
        outer = levels[0]
        for ln in cands:
            kind = "objective" if depth[id(ln)] == outer else "kr"
            found.append(Found(kind, ln.text, ln.start, ln.number + 1, ln.indent))
    elif len(levels) == 1:
        for ln in cands:
            kind = "kr" if has_figure(ln.text) else "objective"
            if _size(ln.text) < (3 if kind == "kr" else 2):
                continue  # "6 eggs", "Bread": too short to state a result or an objective
            found.append(Found(kind, ln.text, ln.start, ln.number + 1, ln.indent))
    else:
        return None
    while found and found[0].kind == "kr":
        found.pop(0)  # a measured line before any objective: no objective to serve
    objectives = [i for i, f in enumerate(found) if f.kind == "objective"]
    krs = [f for f in found if f.kind == "kr"]
    if not objectives or not krs:
        return None
    # Without a word about objectives, key results or goals on the page, the reading must
    # look like a set on its own: every objective opens with a verb of change and every key
    # result states a measured change or target (an e-mail, a weekly report, a README is no
    # set: decision 705).
    if not _OKR_CUE_RE.search(text) and not (
        all(_VERB_START_RE.match(found[i].text) for i in objectives)
        and all(_MEASURE_SHAPE_RE.search(f.text) for f in krs)
    ):
        return None
    # Flat reading: every key result must carry its figure, and no objective may be followed
    # by more than eight of them (a long list of numbers is a table of data, not a set).
    run = 0
    for f in found:
        run = 0 if f.kind == "objective" else run + 1
        if run > 8:
            return None
    last = None
    for i, f in enumerate(found):
        if f.kind == "objective":
            last = i
        else:
            f.parent = last
    return found


def objective_from_lead_in(
    lead: list[tuple[str, int]], whole_line: bool = True
) -> tuple[str, int] | None:
    """The objective a lead-in paragraph names above a list of measured results (decision
    708): the phrase it quotes, or the phrase it names "as their objective"; else the lead-in
    line itself when it says the list holds key results."""
    for text, start in reversed(lead):
        m = _QUOTED_RE.search(text)
        if m and not has_figure(_ARTICLE_RE.sub("", m.group("q"))):
            q = m.group("q").rstrip("。.")
            return q, start + m.start("q")
        m = _NAMED_AS_OBJECTIVE_RE.search(text)
        if m:
            return m.group("o"), start + m.start("o")
    if whole_line and lead and _KR_LEAD_RE.search(lead[-1][0]):
        text, start = lead[-1]
        return text, start
    return None

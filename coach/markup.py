"""Markup pasted as text: HTML source read as the text it shows, RTF refused with a clear error.

A rich-text editor's HTML ("<p><strong>Objective:</strong> …</p><ul><li>KR: …</li></ul>"), sent by
a tool or saved from a page's source, arrives as one long line of tags. It is read with every
character in its place (decision 1423): a tag that starts a block (<p>, <li>, <br>, <tr>, <h2> …)
becomes blanks ending in a line break, any other tag blanks, an entity its character and blanks.
Offsets into the result are offsets into the input, so spans, edits and highlights need no map.
Markdown with a little HTML in it (a "<br>" in a table cell, "<details>" around a section) has
its line structure already and is left to the parser.
"""

from __future__ import annotations

import html
import re

from coach.errors import InputError

# A tag that starts or ends a block of text, a list item or a table cell.
_BLOCK_TAG = re.compile(
    r"<(?P<close>/?)(?P<name>p|div|li|ul|ol|tr|td|th|table|tbody|thead|h[1-6]|section|article"
    r"|blockquote|dt|dd|header|footer|pre|br)(?:\s[^<>\n]{0,300})? ?/?>",
    re.IGNORECASE,
)
# Any other tag (inline: <strong>, <span style=…>, <a href=…>) or a comment.
_TAG = re.compile(r"<!--[^\n]{0,2000}?-->|</?[A-Za-z][A-Za-z0-9-]{0,20}(?:\s[^<>\n]{0,300})?/?>")
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{1,7}|#x[0-9A-Fa-f]{1,6});")
# A Markdown table row: the text has a layout of its own.
_TABLE_ROW = re.compile(r"^\s*\|.*\|", re.MULTILINE)
_RTF = re.compile(r"^\s*\{\\rtf\d?")


def read_markup(text: str) -> str:
    """`text` with HTML source read as the text it shows, every character in its place (the same
    length, the same offsets); `text` itself when it is not HTML. RTF raises `InputError`."""
    if _RTF.match(text):
        raise InputError(
            "invalid_structure",
            "this is an RTF document ({\\rtf…}), not text: save it as plain text (.txt), or copy "
            "its text and paste that.",
            "这是一个RTF文档（{\\rtf…}），不是纯文本：请把它另存为纯文本（.txt），或复制其中的文字后粘贴。",
        )
    if "<" not in text or not _is_html(text):
        return text
    out = _BLOCK_TAG.sub(_block, text)
    out = _TAG.sub(_blank, out)
    return _ENTITY.sub(_entity, out)


def _is_html(text: str) -> bool:
    """HTML that carries the draft's lines in its tags: three block tags or more, more of them
    than line breaks, and no Markdown table."""
    blocks = sum(1 for m in _BLOCK_TAG.finditer(text) if m.group("name").lower() != "br")
    return blocks >= 3 and text.count("\n") < blocks and not _TABLE_ROW.search(text)


def _block(m: re.Match[str]) -> str:
    """A block tag in place: a list item opens a bulleted line ("- "), a table cell a Markdown
    cell ("| "), a row's end closes it ("|"); the end of an item or a cell is blank; any other
    block tag ends the line."""
    n = len(m.group())
    name, close = m.group("name").lower(), bool(m.group("close"))
    if name == "li":
        return " " * n if close else "\n- " + " " * (n - 3)
    if name in ("td", "th"):
        return " " * n if close else "| " + " " * (n - 2)
    if name == "tr" and close:
        return "|" + " " * (n - 1)
    return " " * (n - 1) + "\n"


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _entity(m: re.Match[str]) -> str:
    ch = html.unescape(m.group())
    if len(ch) != 1 or ch == m.group():
        return m.group()  # not one character: left as typed
    if ch == "\xa0":
        ch = " "
    return " " * (len(m.group()) - 1) + ch  # "&lt;1%" → "   <1%": the sign stays by its figure


# Markdown's escaped brackets ("\\[lmorris\\]", written so by wiki and doc exporters).
_ESCAPED_BRACKET = re.compile(r"\\([\[\]])")
# A list item whose wording is a link: a bullet or a number, or a label ("KR2:", "O1:"), then "["
# (decision 3790). A link alone on its line, or inside the wording ("… [Card 88](https://…)"),
# is left as typed: a tracker's link is no part of the wording (decision 546).
_ITEM_LINK = re.compile(
    r"^[ \t]*(?:(?:[-*+•]|\d{1,3}[.)])[ \t]+(?:(?:KR|O)[ \t]?\d{0,2}(?:\.\d{1,2})?[ \t]?[:：][ \t]*)?"
    r"|(?:KR|O)[ \t]?\d{0,2}(?:\.\d{1,2})?[ \t]?[:：][ \t]*|(?:Objective|Key result)[ \t]?\d{0,2}[:：][ \t]*)\[",
    re.MULTILINE | re.IGNORECASE,
)
_CHECKBOX = re.compile(r"\[[ xX✓]\]")
# The link's end: its text's closing bracket and its target, an in-page anchor or a web address.
_LINK_END = re.compile(r"\]\((?:#[^\s()]{0,200}|(?:https?://|www\.)[^\s()]{1,800})\)")
# A line that holds nothing but logins, in brackets or not, and perhaps a score: the owners of
# the linked item above it, wrapped (decision 3791). Read from a line's start (after its
# newline): the lookbehind keeps a run of blanks from being scanned at each of its positions.
_LOGIN = r"\[?[a-z][a-z0-9._-]{2,15}\]?"
_OWNERS_LINE = re.compile(
    rf"(?<![ \t])[ \t]+{_LOGIN}(?:[ \t]*,[ \t]*{_LOGIN}){{0,3}}(?:[ \t]+\d?\.\d{{1,2}})?[ \t]*$"
)


def read_markdown_marks(text: str) -> str:
    """`text` with Markdown's marks around a list item's words read as the words (decisions
    3790, 3791), every character in its place: an item that is a link, "- [Ship the importer
    to beta](#o1r2) [lmorris]", reads " Ship the importer to beta" and blanks; escaped brackets
    "\\[Ana\\]" read " [Ana] "; the link's text or its owners wrapped onto the next, indented
    line read as one line."""
    if "\\" not in text and "](" not in text:
        return text
    out = list(_ESCAPED_BRACKET.sub(_unescape, text))
    read = "".join(out)
    for m in _ITEM_LINK.finditer(read):
        start = m.end() - 1  # the "["
        if _CHECKBOX.match(read, start):
            continue  # "- [x] …", "- [ ] …": a checkbox, no link's bracket
        end = _link_end(read, start, out)
        if end is None:
            continue
        close = _LINK_END.match(read, end)
        if close is None:
            continue
        if _contents_entry(read[start + 1 : end], close.group()):
            if not read[close.end() : _eol(read, close.end())].strip():
                # a line of a table of contents: blanked, no item (lead decision 1779)
                out[m.start() : close.end()] = " " * (close.end() - m.start())
            continue
        out[start] = " "
        out[close.start() : close.end()] = " " * (close.end() - close.start())
        _join_owners(read, close.end(), out)
        _bracket_owners(close.start(), close.end(), out)
    return "".join(out)


def _eol(text: str, pos: int) -> int:
    eol = text.find("\n", pos)
    return len(text) if eol < 0 else eol


def _contents_entry(words: str, target: str) -> bool:
    """A table of contents' entry: a link to the page's own heading of the same words
    ("- [Increase the building power](#objective-increase-the-building-power)"), no item; an
    item's anchor names no heading ("[Ship the importer to beta](#o1r2)") (lead decision 1779)."""
    if not target.startswith("](#"):
        return False
    slug = re.sub(r"[^0-9a-z]+", "-", words.lower()).strip("-")
    anchor = target[3:-1].lower()
    if len(slug) < 3 or len(anchor) < 3:
        return False
    # "[Ana - Improve team productivity](#objective-improve-team-productivity)": one ends the other
    tail = anchor.split("-", 1)[-1] if "-" in anchor else ""
    return anchor.endswith(slug) or (len(tail) >= 8 and slug.endswith(tail))


# Logins alone after a linked item, perhaps a score after them: "… beta.](#o0r4) lmorris, tberg"
# (decision 3794).
_BARE_OWNERS = re.compile(
    r"(?<![ \t])[ \t]+(?P<names>[a-z][a-z0-9._-]{2,15}(?:[ \t]*,[ \t]*[a-z][a-z0-9._-]{2,15}){0,3})"
    r"(?:[ \t]+\d?\.\d{1,2})?[ \t]*$"
)


def _bracket_owners(blank: int, after: int, out: list[str]) -> None:
    """Logins written bare after a linked item's link (on its line, or joined from the next) are
    read in the square bracket the link's blanked target leaves room for: "… beta.](#o0r4)
    lmorris, tberg" reads "… beta.      [lmorris, tberg]" (decision 3794). The names move left
    (a wrapped list is closed up); the wording keeps every offset."""
    line = "".join(out[after:])
    eol = line.find("\n")
    m = _BARE_OWNERS.match(line if eol < 0 else line[:eol])
    if m is None or after - blank < 3:
        return
    s, e = after + m.start("names"), after + m.end("names")
    shown = "[" + re.sub(r"[ \t]*,[ \t]*", ", ", m.group("names")) + "]"
    out[s - 2 : e] = [" "] * (e - s + 2 - len(shown)) + list(shown)


def _link_end(read: str, start: int, out: list[str]) -> int | None:
    """Where the link opened at `start` closes ("](target)"), on its line or, wrapped, on the
    next, indented one (whose line break then reads as a blank); None when it does not."""
    eol = read.find("\n", start)
    line_end = len(read) if eol < 0 else eol
    m = _LINK_END.search(read, start, line_end)
    if m is not None:
        return m.start()
    if eol < 0 or eol + 1 >= len(read) or read[eol + 1] not in " \t":
        return None
    nxt = read.find("\n", eol + 1)
    m = _LINK_END.search(read, eol + 1, len(read) if nxt < 0 else nxt)
    if m is None:
        return None
    out[eol] = " "
    return m.start()


def _join_owners(read: str, after: int, out: list[str]) -> None:
    """A next, indented line of logins alone after the link's line joins it (decision 3791)."""
    eol = read.find("\n", after)
    if eol < 0 or not re.fullmatch(r"[^\n\[\]]{0,60}", read[after:eol]):
        return
    nxt = read.find("\n", eol + 1)
    if _OWNERS_LINE.fullmatch(read, eol + 1, len(read) if nxt < 0 else nxt):
        out[eol] = " "


def _unescape(m: re.Match[str]) -> str:
    # "\\[" reads " [", "\\]" reads "] ": the bracket stays next to the word it encloses
    return " [" if m.group(1) == "[" else "] "

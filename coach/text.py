"""Character-level helpers shared by the parser and the rules.

Everything here keeps lengths: a folded string has the same code-point offsets as its source,
so a match found in the folded text is a span in the original.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache

_CJK_RANGES = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x2EBEF),
)
# A unit or a grade glued to a figure ("3.2s", "200ms", "P75", "Q3") is no word of the sentence.
# (`(?<![0-9])[A-Za-z]+…`, its look behind after the first letter: the engine scans for a letter
# in C instead of trying the look at every position; the same matches, issue 13)
_LATIN_WORD = re.compile(r"[A-Za-z](?<![0-9][A-Za-z])[A-Za-z]*(?:['’][A-Za-z]+)?(?![0-9])")


# An acronym in capitals ("GMV", "NPS", "ARR"): a name both languages write the same way.
_ACRONYM = re.compile(r"[A-Z]{2,5}s?")
_CJK_RE = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _CJK_RANGES) + "]")
# Runs of CJK characters: counted by their lengths (one string a run, not one a character).
_CJK_RUN_RE = re.compile(_CJK_RE.pattern + "+")


def is_cjk(ch: str) -> bool:
    return ch >= "\u3400" and _CJK_RE.match(ch) is not None


def has_cjk(text: str) -> bool:
    """Whether any character of `text` is CJK (`is_cjk`): one scan in the engine, not a call
    per character."""
    return not text.isascii() and _CJK_RE.search(text) is not None


def cjk_count(text: str) -> int:
    if text.isascii():
        return 0
    return sum(map(len, _CJK_RUN_RE.findall(text)))


def detect_language(text: str, default: str = "en") -> str:
    """'zh' or 'en' by the main script: CJK characters against Latin words.

    A Chinese line with English brand names ("在Facebook和Twitter上增加20%的粉丝") is Chinese;
    an English line with one Chinese name is English. A Chinese word is about 1.5 characters,
    so 1.5 CJK characters weigh as much as one Latin word. Letters glued to a figure are units
    or grades, not words: "首页 LCP 从 3.2s 降到 1.8s（P75）" is Chinese (decision 363).
    """
    cjk = cjk_count(text)
    if cjk == 0:  # then one Latin word says English: no need to count them
        words = _LATIN_WORD.findall(text)
        if not words or (len(words) <= 3 and all(_ACRONYM.fullmatch(w) for w in words)):
            # "GMV", "ARR / MRR" alone in a Chinese draft: an acronym is no English wording,
            # the draft's language stands (decision 2422)
            return default
        return "en"
    latin = len(_LATIN_WORD.findall(text))
    return "zh" if cjk >= 1.5 * latin else "en"


def language_confidence(text: str) -> float:
    """How much of `text` is in the language `detect_language` gives, from 0.5 to 1.0: the
    main script's share of the weight (1.5 CJK characters weigh as much as one Latin word).
    A Chinese draft with "DAU" and "Q3 roadmap" in it stays near 1.0; half and half is 0.5."""
    cjk = cjk_count(text) / 1.5
    latin = len(_LATIN_WORD.findall(text))
    if cjk + latin == 0:
        return 0.0
    return round(max(cjk, latin) / (cjk + latin), 3)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    if len(folded) != 1:
        return ch
    return folded.lower()


class _FoldTable(dict):
    """`str.translate`'s table for `fold`: each code point's folded form, worked out on first
    sight (`_fold_char`) and kept for the first _FOLD_TABLE_MAX code points seen."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        if len(self) < _FOLD_TABLE_MAX:
            self[code] = folded
        return folded


_FOLD_TABLE_MAX = 8192
_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Full-width to half-width, compatibility forms to plain ones, lower case; same length."""
    if text.isascii():
        return text.lower()
    return _fold_wide(text)


@lru_cache(maxsize=1024)
def _fold_wide(text: str) -> str:
    """`fold` of a text with a character beyond ASCII, remembered: a Chinese item's wording is
    folded by its facts, the classifier and the sketch alike (about 10 such calls a review,
    4 texts), and the table looks every character up."""
    return text.translate(_FOLD_TABLE)


class Translation:
    """`text.translate(table)` for a fixed table of code points, or `text` itself when it holds
    none of the characters the table maps (the translation would change nothing): one charset
    search in C first, where `str.translate` looks every character of a text up in the table
    (a few hundred instructions a character for a dict; most texts hold none of them)."""

    __slots__ = ("_ascii", "_keys", "table")

    def __init__(self, table: Mapping[int, int | str | None]) -> None:
        self.table = table
        chars = "".join(re.escape(chr(k)) for k in sorted(table))
        self._keys = re.compile(f"[{chars}]") if chars else None
        self._ascii = any(k < 128 for k in table)  # (else an ASCII text holds none of them)

    def __call__(self, text: str) -> str:
        if self._keys is None or (not self._ascii and text.isascii()):
            return text
        if self._keys.search(text) is None:
            return text
        return text.translate(self.table)


# What `bad_control_chars` reports: the control characters (category Cc: C0 but tab, newline and
# carriage return; DEL; C1), lone surrogates (Cs) and the replacement character.
_BAD_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffd]")


@lru_cache(maxsize=2)
def _opencc(config: str):  # type: ignore[no-untyped-def]
    import opencc  # ~16 ms on first use; only a draft in traditional characters needs it

    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """`text` with traditional Chinese characters in their simplified forms, same length
    ("遷移" -> "迁移", "負責人" -> "负责人"): the rules, the word lists and jieba's dictionary
    are simplified. Text with no CJK, and simplified text, come back unchanged (decision 378)."""
    if text.isascii() or not _CJK_RE.search(text):
        return text
    out = _opencc("t2s").convert(text)
    if len(out) != len(text):  # a phrase of another length: convert character by character
        convert = _opencc("t2s").convert
        out = "".join(c if len(c := convert(ch)) == 1 else ch for ch in text)
    return out


def to_traditional(text: str) -> str:
    """Simplified characters in their traditional (Taiwan standard) forms, for the wording a
    rewrite gives a draft written in traditional characters; the length may change."""
    if text.isascii() or not _CJK_RE.search(text):
        return text
    return _opencc("s2tw").convert(text)


def restore_script(shown: str, original: str, simplified: str, offsets: list[int]) -> str:
    """`shown` (read from `simplified`, whose i-th character came from input offset
    offsets[i]) with each character the person typed put back: the traditional form where
    the simplified one stands for it, anything the parse added kept."""
    out = []
    for i, ch in enumerate(shown):
        at = offsets[i] if i < len(offsets) else -1
        if 0 <= at < len(simplified) and simplified[at] == ch:
            out.append(original[at])
        else:
            out.append(ch)
    return "".join(out)


# A figure written as inline code: "`0`", "`>=92%`", "`<= 12%`", "`1,200`", "`800ms`" — a
# comparison sign or two, a number, then at most a short unit (decision 4480). A span that starts
# with a letter or holds a path ("`core/v2`", "`t2i`") is a name and keeps its backticks.
_CODE_FIGURE = re.compile(
    r"`(?=[<>=≤≥≈~±+\-]{0,2}[ \t]?\d[\d.,]*[ \t]?(?:%|‰|[A-Za-z]{1,3}|[\u4e00-\u9fff]{1,2})?`)"
    r"[^`\n]{1,24}(`)"
)


def code_figure_ticks(text: str) -> tuple[int, ...]:
    """Offsets of the backticks that wrap a figure written as inline code in `text` (decision
    4480): the figure is read as a figure, as "达到 >=92%" is."""
    out: list[int] = []
    for m in _CODE_FIGURE.finditer(text):
        out += (m.start(), m.start(1))
    return tuple(out)


# A code figure in a quote that lost one of its ticks where a rule's span stopped at the blanked
# tick: "“失败次数为 `0”", "“0` 起事故”" (decision 4480).
_FIGURE_BODY = r"[<>=≤≥≈~±+\-]{0,2}[ \t]?\d[\d.,]*+(?:[ \t]?(?:%|‰|[A-Za-z]{1,3}(?![A-Za-z])))?"
_TICK_OPEN_ONLY = re.compile(rf"`({_FIGURE_BODY})(?!`)")
# (from the start of a figure only: a digit after a stop or a comma within a figure is no start,
# so a long run of "1,1,1,…" is read once, not once per digit)
_TICK_CLOSE_ONLY = re.compile(rf"(?<![`\w.,])({_FIGURE_BODY})`")
_QUOTE_SPAN = re.compile(r"“[^“”\n]*”|‘[^‘’\n]*’")


def close_code_ticks(message: str) -> str:
    """`message` with each quote that holds one tick of a code figure given the other: a quote of
    the draft is shown with its code spans whole (decision 4480)."""
    if "`" not in message:
        return message

    def close(m: re.Match[str]) -> str:
        q = m.group()
        if q.count("`") % 2 == 0:
            return q
        for pattern in (_TICK_OPEN_ONLY, _TICK_CLOSE_ONLY):
            fixed = pattern.sub(r"`\1`", q, count=1)
            if fixed != q and fixed.count("`") % 2 == 0:
                return fixed
        return q

    return _QUOTE_SPAN.sub(close, message)


# Pictographs (🚧, 📌, 🎯, 🔥 …) with their variation selector, then blanks (decision 4209).
_LEADING_PICTOGRAPH = re.compile("(?:[\U0001f300-\U0001faff]\ufe0f?[ \t]*)+(?=\\S)")


def core_bounds(text: str) -> tuple[int, int]:
    """`text` without surrounding blanks and clause punctuation (，,;；。.); the whole of it
    when nothing else is left."""
    s, e = 0, len(text)
    while s < e and (text[s].isspace() or text[s] in "，,;；。."):
        s += 1
    # a pictograph opening the wording after a label ("KR1: 🚧 Resurface the car park", "KR2：
    # 📌 6月底前完成切换"), as a bullet's emoji is dropped (decision 4209)
    m = _LEADING_PICTOGRAPH.match(text, s, e)
    if m is not None and m.end() < e:
        s = m.end()
    while e > s and (
        text[e - 1].isspace()
        or text[e - 1] in "，,;；。."
        # a separator left before an owner that `plain` blanks: "Grow X to 20 — owner: Ines"
        or (text[e - 1] in "—–-|｜" and e - 2 > s and text[e - 2].isspace())
        # the emphasis marks around an owner that `plain` blanks: "… _(owner: Fatima)_",
        # "… **(Owner: Sam)**" (decision 3548)
        or _lone_marks_end(text, s, e)
    ):
        e -= 1
    return (s, e) if s < e else (0, len(text))


def _lone_marks_end(text: str, s: int, e: int) -> bool:
    """Whether `text[:e]` ends in a run of markdown emphasis marks (_ or *) with a blank before
    it: marks left alone once what they wrapped was blanked, no word's emphasis."""
    i = e
    while i > s and text[i - 1] in "_*":
        i -= 1
    return i < e and i - 1 > s and text[i - 1].isspace()


def nest_quotes(text: str) -> str:
    """Quotes inside quotes turned single: “拿到公司“年度最佳团队”” -> “拿到公司‘年度最佳团队’”
    (blind read 11, rw-095; decision 375). Text whose double quotes do not pair is unchanged."""
    if text.count("“") < 2 or text.count("“") != text.count("”"):
        return text
    out = []
    depth = 0
    for ch in text:
        if ch == "“":
            out.append("‘" if depth else ch)
            depth += 1
        elif ch == "”" and depth:
            depth -= 1
            out.append("’" if depth else ch)
        else:
            out.append(ch)
    return "".join(out)


def bad_control_chars(text: str) -> list[int]:
    """Offsets of control or binary characters a person cannot have typed."""
    return [m.start() for m in _BAD_CONTROL.finditer(text)]

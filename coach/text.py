"""Character-level helpers shared by the parser and the rules.

Everything here keeps lengths: a folded string has the same code-point offsets as its source,
so a match found in the folded text is a span in the original.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

_CJK_RANGES = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x2EBEF),
)
# A unit or a grade glued to a figure ("3.2s", "200ms", "P75", "Q3") is no word of the sentence.
_LATIN_WORD = re.compile(r"(?<![0-9])[A-Za-z]+(?:['’][A-Za-z]+)?(?![0-9])")


_CJK_RE = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _CJK_RANGES) + "]")


def is_cjk(ch: str) -> bool:
    return ch >= "\u3400" and _CJK_RE.match(ch) is not None


def cjk_count(text: str) -> int:
    if text.isascii():
        return 0
    return len(_CJK_RE.findall(text))


def detect_language(text: str, default: str = "en") -> str:
    """'zh' or 'en' by the main script: CJK characters against Latin words.

    A Chinese line with English brand names ("在Facebook和Twitter上增加20%的粉丝") is Chinese;
    an English line with one Chinese name is English. A Chinese word is about 1.5 characters,
    so 1.5 CJK characters weigh as much as one Latin word. Letters glued to a figure are units
    or grades, not words: "首页 LCP 从 3.2s 降到 1.8s（P75）" is Chinese (decision 363).
    """
    cjk = cjk_count(text)
    latin = len(_LATIN_WORD.findall(text))
    if cjk == 0 and latin == 0:
        return default
    return "zh" if cjk >= 1.5 * latin and cjk > 0 else "en"


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
    return text.translate(_FOLD_TABLE)


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


def core_bounds(text: str) -> tuple[int, int]:
    """`text` without surrounding blanks and clause punctuation (，,;；。.); the whole of it
    when nothing else is left."""
    s, e = 0, len(text)
    while s < e and (text[s].isspace() or text[s] in "，,;；。."):
        s += 1
    while e > s and (
        text[e - 1].isspace()
        or text[e - 1] in "，,;；。."
        # a separator left before an owner that `plain` blanks: "Grow X to 20 — owner: Ines"
        or (text[e - 1] in "—–-|｜" and e - 2 > s and text[e - 2].isspace())
    ):
        e -= 1
    return (s, e) if s < e else (0, len(text))


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


# Characters that Python's case-insensitive matching takes for a Latin letter besides its upper
# and lower case (İ ı ſ K Å ẞ …): the candidates `case_insensitive_alternation` checks with the
# regex engine itself (tests/test_text.py checks over every code point that none is missing).
_CASE_TWINS_EXTRA = "\u0130\u0131\u017f\u212a\u212b\u1e9e\u00df\u00b5\u03bc\u03bf\u0345\u03b9"


@lru_cache(maxsize=1024)
def _case_twins(code: int) -> list[int]:
    """The characters a case-insensitive match of the character `code` accepts."""
    ch = chr(code)
    literal = re.compile(re.escape(ch), re.I)
    candidates = {ch, ch.lower(), ch.upper(), ch.swapcase(), *_CASE_TWINS_EXTRA}
    return sorted(ord(c) for c in candidates if len(c) == 1 and literal.fullmatch(c))


def _exact_first(op: tuple[Any, Any], sre: Any) -> list[tuple[Any, Any]] | None:
    """A parsed pattern's first character (a literal, or a set of literals, small ranges and
    categories such as \\d) as the literals (one per case) or the set that match, without
    case-insensitivity, what it matches with it; None for anything else."""
    kind, value = op
    if kind is sre.LITERAL:
        return [(sre.LITERAL, c) for c in _case_twins(value)]
    if kind is not sre.IN:
        return None
    members: list[tuple[Any, Any]] = []
    for what, av in value:
        if what is sre.LITERAL:
            members += [(sre.LITERAL, c) for c in _case_twins(av)]
        elif what is sre.RANGE and av[1] - av[0] < 256:
            members += [(sre.LITERAL, c) for x in range(av[0], av[1] + 1) for c in _case_twins(x)]
        elif what is sre.CATEGORY and av in (sre.CATEGORY_DIGIT, sre.CATEGORY_SPACE):
            members.append((what, av))
        else:
            return None  # (a negated set, a word category …: left case-insensitive)
    return [(sre.IN, list(dict.fromkeys(members)))]


def case_insensitive_alternation(pattern: str) -> re.Pattern[str]:
    """`re.compile(pattern, re.I)` for an alternation of words ("季度|quarter|week|…"), matching
    exactly what it matches, several times faster: the regex engine skips an alternative whose
    first character does not match without entering it only when that character is a plain
    literal or set, which case-insensitive matching makes it not. So each alternative that
    starts with a letter becomes one alternative per character that matches the letter
    case-insensitively (the engine's own answer: Q, q; K, k, the Kelvin sign …), each followed
    by the rest of the alternative, case-insensitive as before; one that starts with a set gets
    the set with every case in it; any other alternative stays case-insensitive whole. A
    pattern that is not one alternation, or a Python whose regex internals differ, gets
    `re.compile(pattern, re.I)` itself."""
    try:
        return _skippable_alternation(pattern)
    except (ImportError, AttributeError, TypeError, ValueError, IndexError):
        return re.compile(pattern, re.I)


def _skippable_alternation(pattern: str) -> re.Pattern[str]:
    from re import _compiler, _parser  # type: ignore[attr-defined]
    from re import _constants as sre

    tree = _parser.parse(pattern, re.I)
    if len(tree.data) != 1 or tree.data[0][0] is not sre.BRANCH or tree.state.flags & re.X:
        return re.compile(pattern, re.I)
    ignore = int(sre.SRE_FLAG_IGNORECASE)
    alternatives = []
    for alt in tree.data[0][1][1]:
        items = list(alt)
        firsts = _exact_first(items[0], sre) if items else None
        if firsts is None:
            whole = _parser.SubPattern(tree.state, items)
            alternatives.append(_parser.SubPattern(tree.state, [(sre.SUBPATTERN, (None, ignore, 0, whole))]))  # fmt: skip
            continue
        rest = _parser.SubPattern(tree.state, items[1:])
        for first in firsts:  # (one alternative per case of a letter: a plain literal each)
            new = [first, (sre.SUBPATTERN, (None, ignore, 0, rest))] if items[1:] else [first]
            alternatives.append(_parser.SubPattern(tree.state, new))
    tree.data[0] = (sre.BRANCH, (None, alternatives))
    tree.state.flags = int(tree.state.flags) & ~ignore
    return _compiler.compile(tree, 0)

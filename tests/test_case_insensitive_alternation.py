"""coach.text.case_insensitive_alternation matches exactly what re.compile(pattern, re.I) does."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from coach.facts import timeframes
from coach.text import _CASE_TWINS_EXTRA, _case_twins, case_insensitive_alternation

_EVERY_CHAR = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)


def test_the_case_twins_of_a_letter_are_every_character_re_i_matches_with_it() -> None:
    for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0_-年":
        found = re.compile(re.escape(letter), re.I).findall(_EVERY_CHAR)
        assert sorted(map(ord, found)) == _case_twins(ord(letter)), letter


def _fuzz(pattern: str, words: list[str], n: int, seed: int) -> list[str]:
    """Texts of pieces of the pattern's words in mixed case, with the characters that case-
    insensitive matching treats specially, digits and Chinese around them."""
    r = random.Random(seed)
    pieces = [
        *words,
        *_CASE_TWINS_EXTRA,
        "K",
        "ſ",
        "İ",
        "1",
        "2026",
        "3.5-",
        " ",
        "Q3",
        "目标",
        "x",
    ]
    out = []
    for _ in range(n):
        text = []
        for _ in range(r.randint(1, 8)):
            p = r.choice(pieces)
            if r.random() < 0.5:
                p = p[: r.randint(0, len(p))]
            text.append("".join(c.upper() if r.random() < 0.4 else c for c in p))
        out.append(" ".join(text) if r.random() < 0.5 else "".join(text))
    return out


def _same(pattern: str, texts: list[str]) -> None:
    slow, fast = re.compile(pattern, re.I), case_insensitive_alternation(pattern)
    for t in texts:
        a, b = slow.search(t), fast.search(t)
        assert (a and (a.span(), a.group())) == (b and (b.span(), b.group())), t
        assert [m.span() for m in slow.finditer(t)] == [m.span() for m in fast.finditer(t)], t


def test_the_time_hint_matches_what_the_case_insensitive_pattern_matches() -> None:
    pattern = timeframes._HINT_RE.pattern
    assert pattern is None  # compiled from its parse: the words are read from the source
    source = re.compile(
        r"_HINT_RE = case_insensitive_alternation\(\n((?:\s+r\".*\"\n)+)\)", re.M
    ).search(Path(timeframes.__file__).read_text(encoding="utf-8"))
    assert source is not None
    text = "".join(re.findall(r'r"(.*)"', source.group(1)))
    words = [w for w in re.split(r"[|()?:\[\]\\]", text) if w]
    _same(text, _fuzz(text, words, 4000, 1))
    _same(text, ["Q3 OKRs", "ship by EOQ", "年底前", "K", "ſprint", "İ", "by Friday", "FY26", ""])


def test_other_alternations_and_other_patterns() -> None:
    for pattern in (
        r"kick|sprint|ist|(?:ab|cd)e|[a-c]x|\bword\b|\d+%|[^a]b|ß|µs|年度?",
        r"abc",  # not an alternation: compiled as given
        r"(?:x|y)z",
        r"",
    ):
        words = re.findall(r"[a-zß-ÿµ年度]+", pattern) or ["x"]
        _same(pattern, _fuzz(pattern, words, 1500, 2))

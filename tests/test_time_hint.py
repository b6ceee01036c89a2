"""The time hint (coach/facts/timeframes._HINT_RE), searched in the case-folded text, finds a time
word exactly when the same words searched case-insensitively in the text as written do."""

from __future__ import annotations

import random
import re

from coach.facts import timeframes
from coach.facts.needs import fold_case

# Characters that case-insensitive matching treats specially (İ ı ſ K Å ẞ ß µ …).
_SPECIAL = "\u0130\u0131\u017f\u212a\u212b\u1e9e\u00df\u00b5\u03bc\u03bf\u0345\u03b9"


def _fuzz(words: list[str], n: int, seed: int) -> list[str]:
    """Texts of pieces of the hint's words in mixed case, with the characters that case-
    insensitive matching treats specially, digits and Chinese around them."""
    r = random.Random(seed)
    pieces = [*words, *_SPECIAL, "K", "ſ", "İ", "1", "2026", "3.5-", " ", "Q3", "目标", "x"]
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


def test_the_folded_hint_finds_what_the_case_insensitive_hint_finds() -> None:
    pattern = timeframes._HINT_RE.pattern
    slow = re.compile(pattern, re.I)
    words = [w for w in re.split(r"[|()?:\[\]\\]", pattern) if w]
    texts = _fuzz(words, 4000, 1)
    texts += [
        "Q3 OKRs",
        "ship by EOQ",
        "年底前",
        "K",
        "ſprint",
        "İ",
        "by Friday",
        "FY26",
        "DDL",
        "",
    ]
    for t in texts:
        assert bool(slow.search(t)) == bool(timeframes._HINT_RE.search(fold_case(t))), t

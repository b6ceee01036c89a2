"""coach.wordlists.find_terms on English text finds what the whole-word alternation of its
terms (in the list's order) finds, without running that regular expression."""

from __future__ import annotations

import random
import re

import pytest

from coach.wordlists import find_terms, longest_first

TERMS = longest_first(
    {"on", "on time", "on-time", "time", "ship", "ship it", "q3", "3", "%", "a", "a/b", "b2b", "co"}
)


def _by_regex(folded: str, terms: tuple[str, ...]) -> list[tuple[int, int, str]]:
    alts = "|".join(re.escape(t) for t in terms)
    pattern = re.compile(rf"(?<![a-z0-9])(?:{alts})(?![a-z0-9])")
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(folded)]


@pytest.mark.parametrize(
    "text",
    [
        "ship it on time in q3",
        "on-time shipping, 3% more b2b co-ops",
        "a/b tests; a b2b2c deal; q33 and 3q",
        "onion coat timely shipit",
        "time",
        "a",
        "x%",
    ],
)
def test_the_same_as_the_alternation(text: str) -> None:
    assert find_terms(text, TERMS, "en") == _by_regex(text, TERMS)


def test_random_texts_match_the_alternation() -> None:
    r = random.Random(5)
    pieces = [*TERMS, " ", " ", "-", "x", "9", "é", ",", "ships", "q"]
    for _ in range(2000):
        text = "".join(r.choice(pieces) for _ in range(r.randint(1, 12)))
        assert find_terms(text, TERMS, "en") == _by_regex(text, TERMS), text

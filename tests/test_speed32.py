"""Issue 13, round 32 (speed32): fewer instructions a review, every output unchanged.

Each lever keeps what the code finds: the code before it is spelled out here and both are run
over the corpus's and the library's texts, the benchmark's drafts and random texts.
"""

from __future__ import annotations

import random
import re
import sys
from functools import cache
from pathlib import Path
from re import _parser  # type: ignore[attr-defined]

from coach import _regex_cache, wordlists
from coach.text import fold

ROOT = Path(__file__).resolve().parents[1]


@cache
def _texts() -> tuple[str, ...]:
    """Folded texts: a sample of the corpus's items and the library's examples, the
    benchmark's draft lines, and random texts of words, digits and signs."""
    from models import corpus, library

    sys.path.insert(0, str(ROOT / "bench"))
    from drafts import FlawedDrafts

    rng = random.Random(32)
    items = [it["text"] for it in corpus.items()]
    out = rng.sample(items, min(1500, len(items)))
    out += [e.text for e in library.examples()][:300]
    for lang in ("zh", "en"):
        for d in FlawedDrafts(lang, 32).take(20):
            out += d.splitlines()
    words = ["team", "revenue", "users", "the", "launch", "q3", "2026", "nps", "active", "new"]
    signs = [" ", " ", ", ", "-", "/", "(", ")", "的", "提升", "'s ", "3 "]
    for _ in range(400):
        out.append("".join(rng.choice(words + signs) for _ in range(rng.randint(0, 14))))
    return tuple(dict.fromkeys(fold(t) for t in out))


def _en_lists() -> list[tuple[str, ...]]:
    import rules  # noqa: F401  (adds the rules' own word lists)
    from coach.wordlists import all_lists, words

    out = []
    for name, lang in all_lists():
        if lang != "en":
            continue
        try:
            out.append(words(name, lang))
        except Exception:  # (a list read as a mapping)
            continue
    # lists written here: a term that opens with a sign, an empty term, a one-word list
    out += [("(beta)", "beta"), ("", "team"), ("q3",)]
    return out


@cache
def _as_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    """What `wordlists._find_en` stands for: its terms, in the list's order, as whole words."""
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(map(re.escape, terms)) + r")(?![a-z0-9])")


def _plain_words(terms: tuple[str, ...]) -> bool:
    """A list whose terms all open and close with a letter or a digit."""
    chars = wordlists._EN_WORD_CHARS
    return all(t and t[0] in chars and t[-1] in chars for t in terms)


def test_english_terms_found_as_before() -> None:
    lists = _en_lists()
    assert len(lists) > 100
    hits = 0
    for text in _texts():
        for terms in lists:
            new = wordlists.find_terms(text, terms, "en")
            if _plain_words(terms):
                spans = [(m.start(), m.end(), m.group()) for m in _as_pattern(terms).finditer(text)]
                assert new == spans, (terms[:3], text)
            hits += bool(new)
    assert hits > 1000  # the texts hold many of the terms


def test_english_words_are_the_words_placed() -> None:
    for text in _texts():
        assert wordlists._en_words(text) == wordlists._en_starts(text).keys(), text


def test_places_gathered_only_where_a_first_word_is_met(monkeypatch) -> None:
    def no_places(folded: str) -> dict[str, tuple[int, ...]]:
        raise AssertionError(f"places gathered of {folded!r}")

    monkeypatch.setattr(wordlists, "_en_starts", no_places)
    assert wordlists.find_terms("grow weekly revenue", ("churn", "the team"), "en") == []
    try:
        wordlists.find_terms("grow weekly revenue", ("weekly revenue",), "en")
    except AssertionError:
        pass
    else:  # pragma: no cover - the places must be read where a first word is met
        raise AssertionError("a met first word did not read the places")


def test_heads_built_in_one_set() -> None:
    # read from the .py file: a compiled build's function has no source for inspect (speed39)
    import ast
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "coach" / "wordlists.py").read_text("utf-8")
    node = next(
        n
        for n in ast.walk(ast.parse(text))
        if isinstance(n, ast.FunctionDef) and n.name == "_heads_in"
    )
    source = ast.get_source_segment(text, node) or ""
    assert "chain(" in source and "|" not in source.split('"""')[-1]


# --- letters under IGNORECASE: the characters a match can start with (coach/_regex_cache.py) --
_CASE_ITEMS = ["k", "s", "i", "K", "µ", "σ", "[a-z]", "[A-Za-z0-9_-]", "[k-s]", "[a-z'’-]"]


def test_the_characters_a_letter_matches_ignoring_case() -> None:
    """`_matched_ignoring_case` names exactly the characters the engine matches: every
    character of the Basic Multilingual Plane and some past it, tried with re's own pattern."""
    for item in _CASE_ITEMS:
        for flags in (re.I, re.I | re.A):
            tree = _parser.parse(item, flags)
            op, av = next(iter(tree.data))
            items = [(op, av)] if op is _parser.LITERAL else list(av)
            got = _regex_cache._matched_ignoring_case(items, flags | tree.state.flags)
            assert got is not None
            mine = {ch for _op, ch in got}
            p = re.compile(item, flags)
            codes = [*range(0x10000), *range(0x10400, 0x10500), 0x1E900, 0x1E922]
            assert mine == {c for c in codes if p.fullmatch(chr(c))}, (item, flags)


def test_letters_ignoring_case_get_their_first_characters() -> None:
    from tests.test_speed31 import _both

    for pattern in (r"\b(?:tbd|tbc)\b", r"(?:by |before )?eo[mw](?![a-z])", r"owners?|dri"):
        assert _both(pattern, re.I) is not None, pattern
    # a negated class, a category among letters: not told
    assert _both(r"\b(?:tbd|[^a]x)", re.I) is None
    assert _both(r"[a-z\d]x", re.I) is None


def _case_variants(text: str) -> list[str]:
    """`text`, upper-cased, title-cased, and with the letters whose other cases are odd
    (the Kelvin sign for k, the long s, the dotted and dotless i, the micro sign)."""
    odd = str.maketrans({"k": "\u212a", "s": "\u017f", "i": "\u0130", "u": "\u00b5"})
    return [text, text.upper(), text.title(), text.translate(odd), text.upper().translate(odd)]


def test_patterns_ignoring_case_find_what_they_found() -> None:
    """Every pattern of the project compiled with IGNORECASE that now gets a set of first
    characters finds, scans and substitutes as re's own compilation does, on texts in every
    case and with the odd case variants."""
    from tests.test_speed31 import _all_patterns, _both, _found
    from tests.test_speed31 import _texts as texts31

    base = list(texts31()[:: max(1, len(texts31()) // 250)])
    base += ["Owner: KR1 by EOM", "TBD", "the DRI is ſam", "Kick-off by EOW, İstanbul"]
    texts = [v for t in base for v in _case_variants(t)]
    pairs = [(p, _both(p, f)) for p, f in _all_patterns() if f & re.I]
    hinted = [(p, pair) for p, pair in pairs if pair is not None]
    assert len(hinted) > 300  # (most of the project's IGNORECASE patterns)
    differ = [
        (p, t)
        for p, (old, new) in hinted
        for t in texts
        if _found(old, t) != _found(new, t)
        or [m and m.span() for m in (old.search(t, 3), old.search(t, 1))]
        != [m and m.span() for m in (new.search(t, 3), new.search(t, 1))]
    ]
    assert differ == []

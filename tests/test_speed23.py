"""Speed work of round 23 (issue 13): each shortcut gives what the code it replaced gave."""

from __future__ import annotations

import importlib
import random
import re

import pytest

from coach.facts import metric, needs, timeframes
from coach.facts.needs import Looks, _trie, fold_case
from coach.text import Translation

_LOOKS = [timeframes._LOOKS["en"], timeframes._LOOKS["zh"], metric._DIRECTION_LOOKS]

_WRITTEN = [
    "Ship the new onboarding flow by the end of Q3",
    "Cut refund time from 9 days to 3 days before the spring sale",
    "Grow weekly active teams 20% in H2 2027 (owner: Dana)",
    "2027-W14 to W20: run the pilot in two stores",
    "Raise NPS next quarter; keep churn under 2% through the fiscal year",
    "下半年把复购率提升到35%",
    "三季度末前上线新版结算页（负责人：王磊）",
    "本学期末每周完成两次口语练习",
    "",
    "q",
    "by by by",
]


_SCANS: dict[int, re.Pattern[str]] = {}


def _lookahead(look: Looks) -> re.Pattern[str]:
    """The scan `Looks` made before: a lookahead trie of every string, tried at each position."""
    if id(look) not in _SCANS:
        _SCANS[id(look)] = re.compile(f"(?=({_trie(sorted(look._passes))}))")
    return _SCANS[id(look)]


def _old_passing(look: Looks, folded: str) -> set[int]:
    """`Looks.passing` as it was written with sets before the clauses became bits."""
    out = set(look._always)
    found = set(_lookahead(look).findall(folded))
    for s in found:
        out |= look._passes[s]
    if look._clauses and not look._clauses.keys().isdisjoint(out):
        held: set[str] = set()
        for s in found:
            held |= look._prefixes[s]
        out = {
            i
            for i in out
            if (c := look._clauses.get(i)) is None
            or any(all(not x.isdisjoint(held) for x in cl) for cl in c)
        }
    return out


def _texts(look: Looks, n: int, seed: int) -> list[str]:
    """Texts glued from the strings looked for, whole or cut short, and a few other
    characters: where the longest string at a position and its prefixes matter."""
    rnd = random.Random(seed)
    pool = sorted(look._passes)
    out = list(_WRITTEN)
    for _ in range(n):
        parts = []
        for _k in range(rnd.randint(1, 6)):
            s = rnd.choice(pool)
            parts.append(s[: rnd.randint(1, len(s))] if rnd.random() < 0.3 else s)
            if rnd.random() < 0.3:
                parts.append(rnd.choice(" x9-年"))
        out.append("".join(parts))
    return out


@pytest.mark.parametrize("k", range(len(_LOOKS)))
def test_found_is_the_lookahead_tries_longest_string_at_each_position(k: int) -> None:
    look = _LOOKS[k]
    scan = _lookahead(look)
    for text in _texts(look, 1500, seed=k):
        folded = fold_case(text)
        assert look.found(folded) == set(scan.findall(folded)), text


@pytest.mark.parametrize("k", range(len(_LOOKS)))
def test_passing_with_bits_is_passing_with_sets(k: int) -> None:
    look = _LOOKS[k]
    for text in _texts(look, 1500, seed=10 + k):
        folded = fold_case(text)
        assert look.passing(folded) == _old_passing(look, folded), text


def test_a_clause_passes_only_when_every_set_of_it_is_met() -> None:
    """A small Looks of my own: pattern 0 needs "by" or "before" and also an event noun;
    pattern 1 needs "next" only; pattern 2 can match anywhere."""
    look = Looks(
        [frozenset({"by", "before"}), frozenset({"next"}), None],
        [((frozenset({"by", "before"}), frozenset({"launch", "sale"})),), None, None],
    )
    assert look.passing("done by the launch") == {0, 2}
    assert look.passing("done before the sale") == {0, 2}
    assert look.passing("done by friday") == {2}  # the event noun is missing
    assert look.passing("the launch, next") == {1, 2}  # "by" is missing
    assert look.found("bye before") == {"by", "before"}  # the longest at each start


# -- coach.text.Translation: a translation skipped where the text holds nothing it maps ----------

# (the modules: the package's `review` is the function)
parse = importlib.import_module("coach.parse")
review = importlib.import_module("coach.review")

_TABLES = {
    "fold_case": needs._FOLD,
    "timeframes": timeframes._FULL_WIDTH,
    "parse": parse._FULL_WIDTH,
    "soft breaks": review._SOFT_BREAKS,
    "deletes": {ord("x"): None, ord("é"): "e"},
}


@pytest.mark.parametrize("name", sorted(_TABLES))
def test_translation_is_str_translate(name: str) -> None:
    table = _TABLES[name]
    tr = Translation(table)
    every = [chr(c) for c in range(0x3000)] + [chr(c) for c in table] + ["ſ", "K", "ı"]
    texts = [*_WRITTEN, *every, "".join(every[:200]), "Ｑ３ 2027年Ｈ１", "a\x0bb\u2028c"]
    texts += [w + c + w for w in ("Ship it ", "上线") for c in map(chr, table)]
    for text in texts:
        assert tr(text) == text.translate(table), repr(text)


def test_translation_with_ascii_keys_looks_at_ascii_texts() -> None:
    """A soft break is ASCII ("\\x0b", "\\x0c"): an ASCII text is not passed over for it."""
    assert review._SOFT_BREAKING("Objective: grow\x0bKR1: 20%") == "Objective: grow\nKR1: 20%"
    assert review._SOFT_BREAKING("plain text") == "plain text"
    assert Translation({})("abc") == "abc"


def test_fold_case_is_lower_then_the_engines_case_table() -> None:
    for c in range(0x20000):
        if 0xD800 <= c <= 0xDFFF:
            continue
        text = "Ab" + chr(c)
        assert needs.fold_case(text) == text.lower().translate(needs._FOLD), hex(c)


def test_fold_of_a_wide_text_is_remembered_and_the_same() -> None:
    from coach import text as text_module

    texts = ["ＫＲ１：把ＮＰＳ提升到４５", "Raise ＮＰＳ to 45", "上线新版结算页", "Café"]
    for t in texts * 2:  # the second time from the cache
        assert text_module.fold(t) == t.translate(text_module._FOLD_TABLE)
    assert text_module.fold("ＫＲ１：把ＮＰＳ提升到４５") == "kr1:把nps提升到45"
    assert text_module._fold_wide.cache_info().maxsize == 1024  # bounded

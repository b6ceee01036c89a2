"""Issue 13, round 31 (speed31): fewer instructions a review, every output unchanged.

Patterns that opened with a look behind (or with an alternation of many terms) were tried at
every position of every text; each is now written to open with a character class (or with one
alternative per first character), which the engine scans for in C. Each new pattern must find
exactly what the old one did: the old patterns are spelled out here and both are run over the
corpus's and the library's texts, the benchmark's drafts and random texts of the characters
that matter to them.
"""

from __future__ import annotations

import random
import re
import sys
from functools import cache
from pathlib import Path

import pytest

from coach import text as coach_text
from coach import wordlists
from coach.facts import clauses, quantities, topics
from rules import _result_shape, kr_compound, set_duplicate

ROOT = Path(__file__).resolve().parents[1]

OLD = {
    "wordlists._EN_WORD": re.compile(r"(?<![a-z0-9])[a-z0-9]+"),
    "text._LATIN_WORD": re.compile(r"(?<![0-9])[A-Za-z]+(?:['’][A-Za-z]+)?(?![0-9])"),
    "quantities._DIGITS": re.compile(r"(?<![0-9])\d+(?:,\d{3}(?![0-9]))*(?:\.\d+)*"),
    "clauses._BREAK": re.compile(
        r"[，;；。!！?？()（）\n]|(?<!\d)[:：]|[:：](?!\d)|(?<!\d),|,(?!\d{3}(?!\d))"
        r"|(?<![A-Za-z])\.(?!\d)|\.(?![\dA-Za-z])"
    ),
}
OLD |= {
    "parse_kind_en._SEP_RE": re.compile(r"(?<![ \t])[ \t]+(?:[·•|—–]|-{1,2})[ \t]+"),
    "kr_compound._EN_JOINERS": re.compile(
        r"(?<!\s)(?:\s*;|,?\s+(?:as well as|and also|while also|plus|while|and|&)\s+|\s*,\s*"
        r"|\s+/\s+)",
        re.I,
    ),
    "kr_compound._WITH": re.compile(r"(?<![\s,]),?\s+with\s+", re.I),
    "quantities._X_RUN": re.compile(r"(?<![a-z0-9])(?:x{1,4}|n|y|yyy|zzz)(?![a-z0-9])"),
    "quantities._A_MILLION": re.compile(r"(?<![a-z])(?:a|half a)\s+(?:million|billion)(?![a-z])"),
    "set_duplicate._FILLER": re.compile(r"(?<![a-z])(?:the|a|an|our)(?![a-z])|的"),
    "_result_shape._EN_EACH_BAR": re.compile(
        r"(?<![\s,])(?:,\s*+|\s++)each\s++(?:of\s+them\s+)?" + _result_shape._EACH_VERBS
    ),
}
NEW = {
    "parse_kind_en._SEP_RE": __import__("coach.parse_kind_en", fromlist=["_"])._SEP_RE,
    "kr_compound._EN_JOINERS": kr_compound._EN_JOINERS,
    "kr_compound._WITH": kr_compound._WITH,
    "quantities._X_RUN": quantities._X_RUN,
    "quantities._A_MILLION": quantities._A_MILLION,
    "set_duplicate._FILLER": set_duplicate._FILLER,
    "_result_shape._EN_EACH_BAR": _result_shape._EN_EACH_BAR,
    "wordlists._EN_WORD": wordlists._EN_WORD,
    "text._LATIN_WORD": coach_text._LATIN_WORD,
    "quantities._DIGITS": quantities._DIGITS,
    "clauses._BREAK": clauses._BREAK,
}


def _old_topics() -> re.Pattern[str]:
    terms = sorted(topics._lexicon("en"), key=lambda t: (-len(t), t))
    alts = "|".join(re.escape(t) for t in terms)
    return re.compile(rf"(?<![a-z0-9])(?P<t>{alts})(?:s|es)?(?![a-z0-9])")


@cache
def _texts() -> tuple[str, ...]:
    """The corpus's items, the library's examples and the benchmark's drafts (whole and line
    by line), each also lower-cased; then random texts."""
    from models import corpus, library

    sys.path.insert(0, str(ROOT / "bench"))
    from drafts import FlawedDrafts

    out: list[str] = [it["text"] for it in corpus.items()]
    out += [e.text for e in library.examples()]
    for lang in ("zh", "en"):
        for d in FlawedDrafts(lang, 31).take(150):
            out.append(d)
            out += d.splitlines()
    out += [t.lower() for t in out]
    rng = random.Random(31)
    alphabet = "ab zAZ09१٣３:：,.，;；。()（）\n'’-$%的一x"
    out += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(20000)]
    # and random runs of the words and signs the patterns look for, in any order
    pieces = [
        "each",
        "with",
        "and",
        "and also",
        "plus",
        "as well as",
        "while",
        "&",
        "/",
        ";",
        ",",
        " ",
        "  ",
        "\t",
        "a",
        "half a",
        "million",
        "billion",
        "x",
        "xx",
        "xxxxx",
        "n",
        "y",
        "yy",
        "yyy",
        "zzz",
        "the",
        "an",
        "our",
        "的",
        "·",
        "-",
        "--",
        "—",
        "1",
        "of them",
        "earning",
        "reaching",
        "with",
        "q",
        "7",
        "hire",
        "KR1=",
        "目标",
        "：",
        ":",
    ]
    out += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(20000)]
    return tuple(out)


def _found(p: re.Pattern[str], text: str) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in p.finditer(text)]


@pytest.mark.parametrize("name", sorted(OLD))
def test_the_new_pattern_finds_what_the_old_one_did(name: str) -> None:
    old, new = OLD[name], NEW[name]
    assert old.flags == new.flags
    differ = [t for t in _texts() if _found(old, t) != _found(new, t)]
    assert differ == []


@pytest.mark.parametrize("name", sorted(OLD))
def test_the_same_from_a_position_and_in_a_substitution(name: str) -> None:
    """From a place inside the text too (the look behind still reads the character before),
    and through sub/findall/search (clauses, set-duplicate and the classifier use those)."""
    old, new = OLD[name], NEW[name]
    for t in _texts()[::7]:
        for pos in {0, 1, len(t) // 2, max(0, len(t) - 2)}:
            a, b = old.search(t, pos), new.search(t, pos)
            assert (a and a.span()) == (b and b.span()), (t, pos)
        assert old.findall(t) == new.findall(t)
        assert old.sub("_", t) == new.sub("_", t)


def test_the_topic_terms_are_found_as_before() -> None:
    old, new = _old_topics(), topics._en_term_pattern()
    texts = [t.lower() for t in _texts()]
    # every term of the lexicon, alone, plural, glued to letters and digits, in a sentence
    for term in topics._lexicon("en"):
        texts += [term, term + "s", term + "es", "x" + term, term + "1", f"our {term}, up 5%"]
    differ = [t for t in texts if _found(old, t) != _found(new, t)]
    assert differ == []
    assert {m.group("t") for t in texts for m in new.finditer(t)}  # (it finds something)


def test_the_topics_of_texts_are_unchanged() -> None:
    old = _old_topics()
    for t in _texts()[:3000]:
        folded = t.lower()
        want = {m.group("t") for m in old.finditer(folded)}
        got = {m.group("t") for m in topics._en_term_pattern().finditer(folded)}
        assert got == want


@pytest.mark.parametrize("name", sorted(OLD))
def test_the_new_pattern_opens_with_a_character_class(name: str) -> None:
    """Source guard: the engine can scan for the pattern's first character (a charset prefix);
    a look behind put back in front would try the pattern at every position again."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    p = NEW[name]
    assert _compiler._get_charset_prefix(_parser.parse(p.pattern, p.flags), p.flags)
    assert not p.pattern.startswith("(?<")


def test_the_topic_pattern_opens_with_its_terms_first_characters() -> None:
    from re import _compiler, _parser  # type: ignore[attr-defined]

    p = topics._en_term_pattern()
    assert _compiler._get_charset_prefix(_parser.parse(p.pattern, p.flags), p.flags)


def _parse_module():  # (coach.parse is the function on the package: the module by its name)
    import importlib

    return importlib.import_module("coach.parse")


def test_the_inline_labels_are_cut_at_the_same_places() -> None:
    """`_INLINE_LABEL_AFTER_RE` ends where `INLINE_LABEL_RE` (a zero-width match) stands."""
    parse = _parse_module()
    extra = [
        "**Objective:** X **Key results:** a; b",
        "可设为:KR1=日均访客达800人;KR2=复购率到30%",
        "O1：提升留存，关键结果（一）2：x；目标（年度）3：y",
        "Goal: more; objective 2: less. KR 3.1) z: KR12：w",
        "a :KR1=b :O1: c ：目标：d",
    ]
    for t in [*_texts()[:40000], *extra]:
        want = [m.start() for m in parse.INLINE_LABEL_RE.finditer(t)]
        got = [m.end() for m in parse._INLINE_LABEL_AFTER_RE.finditer(t)]
        assert got == want, t


def test_the_inline_label_pattern_opens_with_a_character_class() -> None:
    from re import _compiler, _parser  # type: ignore[attr-defined]

    p = _parse_module()._INLINE_LABEL_AFTER_RE
    assert _compiler._get_charset_prefix(_parser.parse(p.pattern, p.flags), p.flags)


def _negative_pairs() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """(the old pattern, the new) of rules/_negative.py's word-start patterns: the old spelled
    "\\b[a-z]" where the new has "[a-z](?<!\\w[a-z])"; the participles' and the shares' as
    they were built."""
    from coach.wordlists import words
    from rules import _negative as n

    def back(p: re.Pattern[str]) -> re.Pattern[str]:
        return re.compile(p.pattern.replace("[a-z](?<!\\w[a-z])", "\\b[a-z]"), p.flags)

    entries = words("kr_negative_participles", "en")
    before = sorted((w for w in entries if not w.startswith("after:")), key=len, reverse=True)
    alt = "|".join([*(re.escape(w) for w in before), r"mis-?[a-z]{3,}ed"])
    pre, post = n._participle_patterns()
    verbs = n._denied_verbs_alternation()
    share = re.compile(
        r"(?:%|\bpercent|\b\d[\d,]*\s+in\s+\d[\d,]*)\s+(?:of\s+)?(?:(?:the|our|all|their)\s+)?"
        rf"((?:[a-z0-9-]+\s+){{0,2}}?[a-z][a-z-]*s\s+(?:{verbs}))\b(?!\s+(?:over|safe)\b)"
    )
    return {
        "pre": (re.compile(rf"\b(?:{alt})((?:\s+[a-z][a-z0-9-]*){{1,3}})"), pre),
        "post": (back(post), post),
        "share": (share, n._share_that_fail()),
        "_WAIT_PAST_EN": (back(n._WAIT_PAST_EN), n._WAIT_PAST_EN),
        "_WRONG_TARGET": (back(n._WRONG_TARGET), n._WRONG_TARGET),
        "_UNDONE_AFTER": (back(n._UNDONE_AFTER), n._UNDONE_AFTER),
        "_PEOPLE_WHO_LEAVE": (back(n._PEOPLE_WHO_LEAVE), n._PEOPLE_WHO_LEAVE),
        "_NO_BEFORE": (re.compile(r"\bno\b(?![-.])"), n._NO_BEFORE),
    }


@pytest.mark.parametrize(
    "name",
    [
        "pre",
        "post",
        "share",
        "_WAIT_PAST_EN",
        "_WRONG_TARGET",
        "_UNDONE_AFTER",
        "_PEOPLE_WHO_LEAVE",
        "_NO_BEFORE",
    ],
)
def test_the_negative_word_start_patterns_find_what_they_did(name: str) -> None:
    from re import _compiler, _parser  # type: ignore[attr-defined]

    old, new = _negative_pairs()[name]
    assert old.pattern != new.pattern
    t = _parser.parse(new.pattern, new.flags)
    assert _compiler._get_literal_prefix(t, new.flags)[0] or _compiler._get_charset_prefix(
        t, new.flags
    )
    texts = [x.lower() for x in _texts()]
    texts += [
        "10% of the nightly jobs fail",
        "1 in 20 builds break",
        "no-show no. no x",
        "patients who leave without being seen",
        "invoices left unpaid by us",
        "calls dispatched to the wrong address",
        "_orders left unpaid",
        "é orders who quit",
        "tickets waiting for more than 3 days",
        "malfunctioning scanners in 3 sites",
        "xmalfunctioning scanners",
        "mis-shipped orders",
        "the desk was left unmanned",
    ]
    differ = [x for x in texts if _found(old, x) != _found(new, x)]
    assert differ == []


def _all_patterns() -> list[tuple[str, int]]:
    """Every pattern of coach/ and rules/ a review compiles: the module-level ones of every
    loaded module of theirs and those the regex cache holds."""
    import importlib

    from coach import _regex_cache

    importlib.import_module("coach.review")
    import rules

    rules.registry()
    found: set[tuple[str, int]] = set()
    for name, module in list(sys.modules.items()):
        if name.partition(".")[0] in ("coach", "rules") and module is not None:
            for value in vars(module).values():
                if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                    found.add((value.pattern, value.flags))
    for key in _regex_cache._entries:
        if len(key) == 2 and isinstance(key[0], str) and isinstance(key[1], int):
            found.add(key)
    return sorted(found)


def _both(pattern: str, flags: int) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(re's own compilation, the one with the first characters added), or None when the
    pattern gets no set added (the same code)."""
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    from coach import _regex_cache

    tree = _parser.parse(pattern, flags)
    plain = [int(c) for c in _compiler._code(tree, flags)]
    every = flags | tree.state.flags  # (what re's compiler reads: UNICODE for a str pattern)
    code = [int(c) for c in _regex_cache._with_first_characters(list(plain), tree, every)]
    if code == plain:
        return None
    parts = _regex_cache._parts(pattern, flags)
    assert parts is not None and parts[1] == code
    old = _sre.compile(pattern, parts[0], plain, *parts[2:])
    new = _sre.compile(pattern, *parts)
    return old, new


def test_every_pattern_finds_what_it_found_without_the_first_characters() -> None:
    """The hint added to a compiled pattern (coach/_regex_cache.py `_with_first_characters`)
    never changes what a search, a scan or a substitution finds: every pattern of the project
    that gets one, on the corpus's texts, the benchmark's draft lines and random texts."""
    texts = list(_texts()[:: max(1, len(_texts()) // 700)])
    texts += ["", " ", "a", "1", "。", "KR1：", "\n\n", "ab12 cd", "的 the a", "Q3 ２０２７年"]
    changed = 0
    for pattern, flags in _all_patterns():
        pair = _both(pattern, flags)
        if pair is None:
            continue
        changed += 1
        old, new = pair
        for t in texts:
            assert _found(old, t) == _found(new, t), (pattern, t)
            if len(t) > 4:
                a, b = old.search(t, 3), new.search(t, 3)
                assert (a and a.span()) == (b and b.span()), (pattern, t)
                assert old.sub("#", t) == new.sub("#", t)
    assert changed > 100  # (the hint is added to many patterns)


@pytest.mark.parametrize(
    ("pattern", "flags", "chars"),
    [
        (r"(?<![a-z0-9])[a-z0-9]+", 0, "a7"),
        (r"\b(?:tbd|tbc)\b", 0, "t"),
        (r"\d+(?:[.,]\d+)*", 0, "0"),
        (r"(?:x{1,4}|yy)(?!z)", 0, "xy"),
        (r"(?=KR)(?<=\s)[^\W\d]{2}", 0, "K"),
        (r"[，;；。]+|(?<!\d)[:：]", 0, "，:"),
        (r"(?:[百千万]分之)?[一二三]+", 0, "百一"),
        (r"x*(?:y|z)", 0, "xyz"),
    ],
)
def test_the_first_characters_are_read(pattern: str, flags: int, chars: str) -> None:
    from re import _parser  # type: ignore[attr-defined]

    from coach import _regex_cache

    tree = _parser.parse(pattern, flags)
    got = _regex_cache._first_characters(list(tree.data), flags)
    assert got
    assert _both(pattern, flags) is not None
    for ch in chars:
        assert (
            any(op is _parser.LITERAL and av == ord(ch) for op, av in got)
            or any(op is _parser.IN for op, _av in got)
            or any(op is _parser.RANGE for op, _av in got)
            or any(op is _parser.CATEGORY for op, _av in got)
        )


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"a?", 0),  # may match nothing
        (r"a?(?<!x)", 0),  # an optional item and nothing after it that takes a character
        (r"(?<!x)", 0),  # no character at all
        (r"\b(?:tbd|[^\W\d]x)", re.I),  # a category in a class under IGNORECASE
        (r"(?:a|[^b])c", 0),  # a negated class in an alternation
        (r"^\d+", 0),  # the start of the text: re's own fast path stays
        (r"(?i:x)+y", 0),  # a group that changes the flags
    ],
)
def test_no_first_characters_where_they_cannot_be_told(pattern: str, flags: int) -> None:
    assert _both(pattern, flags) is None

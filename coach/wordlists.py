"""Word lists as data: one file per list and language, `<data dir>/<lang>/<name>.txt`.

Two packages ship lists: the fact layer's (units, measure words, number labels …) in
`coach/facts/data/`, and the rules' in `rules/data/` (the `rules` package registers its
directory when it is imported). A list name is unique across the directories.

Format, one entry a line:

    # a comment
    尽量                    a plain entry
    错误率 => 准确率         a mapping entry (only in mapping lists)

Files are read once and validated: an empty entry, a duplicate, or a malformed mapping raises
`DataFileError` naming the file and the line.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import chain
from operator import add
from pathlib import Path

from coach.errors import DataFileError

LANGUAGES = ("zh", "en")

_DIRS: list[Path] = [Path(__file__).resolve().parent / "facts" / "data"]


def add_data_dir(path: Path) -> None:
    """Look for word lists in `path` too (a package's `data/` folder, holding `<lang>/`)."""
    path = Path(path).resolve()
    if path not in _DIRS:
        _DIRS.append(path)
        _locate.cache_clear()


def data_dirs() -> tuple[Path, ...]:
    return tuple(_DIRS)


@cache
def _locate(name: str, lang: str) -> Path:
    if lang not in LANGUAGES:
        raise DataFileError(f"unknown language {lang!r} for word list {name!r}")
    found = [d / lang / f"{name}.txt" for d in _DIRS if (d / lang / f"{name}.txt").is_file()]
    if not found:
        where = ", ".join(str(d / lang) for d in _DIRS)
        raise DataFileError(f"word list {name!r} for {lang!r} does not exist (looked in {where})")
    if len(found) > 1:
        raise DataFileError(f"word list {name!r} for {lang!r} is defined twice: {found}")
    return found[0]


def _display(path: Path) -> str:
    """A path as it appears in error messages: relative to the repository when it can be."""
    root = Path(__file__).resolve().parent.parent
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def entries(name: str, lang: str) -> tuple[str, list[tuple[int, str]]]:
    """(displayed path, [(line number, entry)]) of a list: comments and blanks dropped."""
    path = _locate(name, lang)
    shown = _display(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise DataFileError(f"{shown}: not UTF-8 ({e})") from None
    out: list[tuple[int, str]] = []
    for n, line in enumerate(raw.splitlines(), start=1):
        line = line.split(" #", 1)[0].strip() if " #" in line else line.strip()
        if not line or line.startswith("#"):
            continue
        out.append((n, line))
    if not out:
        raise DataFileError(f"{shown}: word list is empty")
    return shown, out


def _check_entry(path: str, n: int, entry: str) -> None:
    if "=>" in entry:
        raise DataFileError(f"{path}:{n}: '=>' in a plain word list: {entry!r}")
    if re.search(r"\s{2,}", entry):
        raise DataFileError(f"{path}:{n}: two spaces in a row in {entry!r}")


@cache
def words(name: str, lang: str) -> tuple[str, ...]:
    """A plain word list, entries folded to lower case, longest first (for greedy matching)."""
    path, rows = entries(name, lang)
    seen: dict[str, int] = {}
    for n, entry in rows:
        _check_entry(path, n, entry)
        key = entry.lower()
        if key in seen:
            raise DataFileError(
                f"{path}:{n}: duplicate entry {entry!r} (first on line {seen[key]})"
            )
        seen[key] = n
    return tuple(sorted(seen, key=lambda w: (-len(w), w)))


@cache
def word_set(name: str, lang: str) -> frozenset[str]:
    """`frozenset(words(name, lang))`, built once: what a membership test asks (the readers
    built it again on every call, a set of up to a hundred words per item; issue 13)."""
    return frozenset(words(name, lang))


@cache
def mapping_lines(name: str, lang: str) -> tuple[str, dict[str, tuple[int, str]]]:
    """A `key => value` list with the line of each entry: (displayed path, {key: (line, value)});
    keys folded to lower case. For readers that validate the values themselves."""
    path, rows = entries(name, lang)
    out: dict[str, tuple[int, str]] = {}
    for n, entry in rows:
        if entry.count("=>") != 1:
            raise DataFileError(f"{path}:{n}: expected 'key => value', got {entry!r}")
        key, value = (part.strip() for part in entry.split("=>"))
        if not key or not value:
            raise DataFileError(f"{path}:{n}: empty side in {entry!r}")
        key = key.lower()
        if key in out:
            raise DataFileError(f"{path}:{n}: duplicate key {key!r} (first on line {out[key][0]})")
        out[key] = (n, value)
    return path, out


@cache
def mapping(name: str, lang: str) -> dict[str, str]:
    """A `key => value` list; keys folded to lower case."""
    return {k: v for k, (_n, v) in mapping_lines(name, lang)[1].items()}


@cache
def keys_by_length(name: str, lang: str) -> tuple[str, ...]:
    """A mapping list's keys, longest first, keys of one length in the list's order (what
    `sorted(mapping(name, lang), key=len, reverse=True)` gives, sorted once)."""
    return tuple(sorted(mapping(name, lang), key=len, reverse=True))


def all_lists() -> list[tuple[str, str]]:
    """(name, lang) of every shipped list, for validation at test time."""
    out = []
    for d in _DIRS:
        for lang in LANGUAGES:
            if (d / lang).is_dir():
                out.extend((p.stem, lang) for p in sorted((d / lang).glob("*.txt")))
    return out


@cache
def mapping_keys(name: str, lang: str) -> tuple[str, ...]:
    """The keys of a mapping list, longest first (for `find_terms`)."""
    return tuple(sorted(mapping(name, lang), key=lambda k: (-len(k), k)))


def longest_first(terms: set[str] | frozenset[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(terms, key=lambda k: (-len(k), k)))


_Index = tuple[tuple[str, ...], dict[str, list[int]], dict[str, tuple[int, ...]], bool]
# Indexes per list of terms. The lists come from cached loaders, so the same tuple object is
# asked for again and again: it is found by its identity (hashing a long tuple on every call
# would cost as much as the search).
_INDEXES: dict[int, _Index] = {}
_EN_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_EN_WORD_AT = re.compile(r"(?<![a-z0-9])[a-z0-9]*")
# A word where one starts (the scan of a text skips the places where no word starts: most of a
# Chinese text, every blank of an English one). What `(?<![a-z0-9])[a-z0-9]+` finds, its
# look behind after the first character: a pattern that opens with a character class is
# scanned for that class in C, not tried at every position (issue 13).
_EN_WORD = re.compile(r"[a-z0-9](?<![a-z0-9]{2})[a-z0-9]*")


def _index(terms: tuple[str, ...]) -> _Index:
    """(the terms; each term's first two characters (its only one, for a one-character term) →
    the places in the list of the terms that start with them; each term's first English word
    (its leading letters and digits, "" when it starts with another character) → those places;
    whether some term's first characters are all ASCII: else no term is in an ASCII text)."""
    found = _INDEXES.get(id(terms))
    if found is None or found[0] is not terms:
        heads: dict[str, list[int]] = {}
        first: dict[str, list[int]] = {}
        for i, t in enumerate(terms):
            heads.setdefault(t[:2], []).append(i)
            if t:  # (an empty term matches nowhere)
                first.setdefault(_EN_WORD_AT.match(t).group(), []).append(i)  # type: ignore[union-attr]
        ascii_heads = any(h.isascii() for h in heads if h)
        found = (terms, heads, {w: tuple(ks) for w, ks in first.items()}, ascii_heads)
        if len(_INDEXES) > 1024:
            _INDEXES.clear()
        _INDEXES[id(terms)] = found
    return found


@lru_cache(maxsize=64)
def _en_starts(folded: str) -> dict[str, tuple[int, ...]]:
    """Where an English term may start in `folded` (not after a letter or digit), by the word
    that starts there: what a list's first words are looked up in, once per text rather than
    once per list. (The places where another character starts, the word "", are `_other_starts`:
    few lists have a term that begins so.)"""
    where: dict[str, list[int]] = {}
    for m in _EN_WORD.finditer(folded):
        where.setdefault(m.group(), []).append(m.start())
    return {w: tuple(ps) for w, ps in where.items()}


@lru_cache(maxsize=64)
def _en_words(folded: str) -> frozenset[str]:
    """The words of `folded` that `_en_starts` finds, without their places: what a list's first
    words are met against first. Most lists meet none of a text's words, and more than half of
    the texts asked about meet none of any list's: their places are never gathered (issue 13)."""
    return frozenset(_EN_WORD.findall(folded))


@lru_cache(maxsize=64)
def _other_starts(folded: str) -> tuple[int, ...]:
    """The places in `folded` where a character other than a letter or digit starts, not after
    a letter or digit: where a term that begins with such a character may start."""
    chars = _EN_WORD_CHARS
    return tuple(
        p
        for p, ch in enumerate(folded)
        if ch not in chars and (p == 0 or folded[p - 1] not in chars)
    )


def _find_en(folded: str, index: _Index) -> list[tuple[int, int, str]]:
    """What `(?<![a-z0-9])(?:t1|t2|…)(?![a-z0-9])` over the terms in their order finds, without
    the regular expression's cost of trying every term at every word. A term that matches where
    a word starts begins with that whole word (a shorter run of letters would end inside it), so
    only the places whose word begins some term are visited (the text's words and the list's
    first words meet), and there only the terms beginning with that word are tried, in the
    list's order; the first that ends a word is taken."""
    terms, _heads, first, _ascii_heads = index
    met = first.keys() & _en_words(folded)
    if met:
        starts = _en_starts(folded)
        places = [(p, w) for w in met for p in starts[w]]
    else:
        places = []
    if "" in first:
        places += [(p, "") for p in _other_starts(folded)]
    if not places:
        return []
    places.sort()
    found: list[tuple[int, int, str]] = []
    after = 0
    n = len(folded)
    for p, w in places:
        if p < after:
            continue
        for i in first[w]:
            t = terms[i]
            end = p + len(t)
            if folded.startswith(t, p) and (end >= n or folded[end] not in _EN_WORD_CHARS):
                found.append((p, end, t))
                after = end
                break
    return found


# Per list of terms (found by its identity, as `_INDEXES`): the terms by first character and by
# last character, each in the list's order, and whether some term is empty.
_ENDS: dict[
    int, tuple[tuple[str, ...], dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], bool]
] = {}


def _ends(
    terms: tuple[str, ...],
) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], bool]:
    found = _ENDS.get(id(terms))
    if found is None or found[0] is not terms:
        first: dict[str, list[str]] = {}
        last: dict[str, list[str]] = {}
        for t in terms:
            if t:
                first.setdefault(t[0], []).append(t)
                last.setdefault(t[-1], []).append(t)
        found = (
            terms,
            {c: tuple(ts) for c, ts in first.items()},
            {c: tuple(ts) for c, ts in last.items()},
            "" in terms,
        )
        if len(_ENDS) > 1024:
            _ENDS.clear()
        _ENDS[id(terms)] = found
    return found


def starting_at(terms: tuple[str, ...], text: str, at: int) -> tuple[str, ...]:
    """The terms, in the list's order, that `text.startswith(term, at)` may hold for: those
    that begin with the character at `at` (every term, when one is empty). A loop over them
    does what a loop over the whole list does: the terms left out are those it would skip."""
    index = _ends(terms)
    if index[3]:
        return terms
    return index[1].get(text[at : at + 1], ()) if at >= 0 else terms


def ending_at(terms: tuple[str, ...], text: str, start: int, end: int) -> tuple[str, ...]:
    """The terms, in the list's order, that `text.endswith(term, start, end)` may hold for:
    those that end with the last character of `text[start:end]` (every term, when one is
    empty or the bounds are not plain: negative)."""
    index = _ends(terms)
    if index[3] or start < 0 or end < 0:
        return terms
    stop = min(end, len(text))
    if stop <= start:
        return ()
    return index[2].get(text[stop - 1], ())


@lru_cache(maxsize=64)
def _heads_in(folded: str) -> frozenset[str]:
    """Every one- and two-character piece of `folded` (what a term can start with): each pair
    built by `operator.add` in C, not sliced out in a generator (issue 13)."""
    return frozenset(chain(folded, map(add, folded, folded[1:])))


def find_terms(folded: str, terms: tuple[str, ...], lang: str) -> list[tuple[int, int, str]]:
    """Non-overlapping occurrences of `terms` in folded text, longest match first.

    English terms match whole words (letters/digits around them stop a match); Chinese terms
    match characters, since Chinese has no spaces. Terms that cannot occur (their first two
    characters are nowhere in the text) are not looked for.
    """
    if not terms or not folded:
        return []
    index = _INDEXES.get(id(terms))
    if index is None or index[0] is not terms:
        index = _index(terms)
    if lang == "en":
        return _find_en(folded, index)
    if not index[3] and folded.isascii():
        # (a Chinese list asked of an English text: every term starts with a character the
        # text cannot hold, so its pieces are not even gathered; issue 13)
        return []
    heads = index[1]
    # The heads both in the text and in the list, found in C by walking the smaller side (a
    # dict's keys view against a set walks the set; a set against a dict walks the dict); the
    # candidates are sorted below, so the order they are gathered in does not matter.
    present = _heads_in(folded)
    common = heads.keys() & present if len(present) <= len(heads) else present.intersection(heads)
    if not common:
        return []
    candidates = [i for h in common for i in heads[h]]
    if not candidates:
        return []
    found: list[tuple[int, int, str]] = []
    taken = [False] * len(folded)
    for i in sorted(candidates):  # the list's own order: longest first
        t = terms[i]
        start = folded.find(t)
        while start >= 0:
            end = start + len(t)
            if not any(taken[start:end]):
                found.append((start, end, t))
                for j in range(start, end):
                    taken[j] = True
            start = folded.find(t, start + 1)
    found.sort()
    return found

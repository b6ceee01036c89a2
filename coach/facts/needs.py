"""What a regular expression needs in a text before it can match: a cheap look before a scan.

`needed(pattern)` reads a compiled pattern's syntax tree and returns a set of strings such that
every match of the pattern contains at least one of them (after `fold_case`), or None when it
cannot tell. `may_match(folded, look(needs))` then says whether a scan can find anything: when
none of the strings is in the text (`look` makes them one pattern of literals), the pattern
cannot match and the scan is skipped; when one is, the pattern runs as before. So the look
never changes what a scan finds, only whether it runs.

Case: every string and every text is compared after `fold_case` — lower case, with the few
characters the regular-expression engine treats as the same letter though `str.lower` does not
(dotless ı and i, long ſ and s, …: `re._casefix`) mapped to one of them — so that a pattern
compiled with re.IGNORECASE is judged rightly (tests/test_needs.py checks every code point).
"""

from __future__ import annotations

import functools
import re
from itertools import compress
from typing import Any

from coach import _regex_cache
from coach.text import Translation

try:  # the parser and its opcodes (public as sre_parse / sre_constants before Python 3.11)
    from re import _casefix, _constants, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as _constants  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

    _casefix = None

# A character class of more characters than this says too little to be worth a look.
_MAX_CLASS = 40


def _fold_table() -> dict[int, str]:
    extra: dict[int, tuple[int, ...]] = getattr(_casefix, "_EXTRA_CASES", {}) if _casefix else {}
    table: dict[int, str] = {}
    for k, others in extra.items():
        group = {chr(k).lower(), *(chr(o).lower() for o in others)}
        # a letter stands for its class where the class has one ("ι" for "ι", "ͅ", "ι"): a
        # combining mark in its place would end a word where the text's letter does not
        first = min(group, key=lambda c: (not c.isalnum(), c))
        for ch in group:
            if ch != first and len(ch) == 1:
                table[ord(ch)] = first
    return table


_FOLD = _fold_table()
_FOLDING = Translation(_FOLD)  # (translated only where a text holds one of them: few do)


def fold_case(text: str) -> str:
    """`text` in the form `needed`'s strings are in: lower case, the engine's extra case
    equivalences mapped to one character each."""
    return _FOLDING(text.lower())


@functools.lru_cache(maxsize=4)
def fold_page(text: str) -> str:
    """`fold_case` of a whole page, remembered for the last few pages: the parser's readers
    look at one page several times."""
    return fold_case(text)


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """Of several sets that are each needed, the one most likely to rule a text out: the
    longest shortest string, then the fewest strings."""
    if not options:
        return None
    return max(options, key=lambda s: (min(map(len, s)), -len(s)))


def _of_class(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _constants.LITERAL:
            chars.add(chr(av))
        elif op is _constants.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:  # NEGATE, a category (\d, \w), a wide range
            return None
        if len(chars) > _MAX_CLASS:
            return None
    return frozenset(fold_case(c) for c in chars) or None


def _of_item(op: Any, av: Any) -> frozenset[str] | None:
    c = _constants
    if op is c.SUBPATTERN:
        return _of_sequence(av[3])
    if op is c.ATOMIC_GROUP:
        return _of_sequence(av)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        return _of_sequence(av[2]) if av[0] >= 1 else None
    if op is c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            need = _of_sequence(branch)
            if need is None:
                return None
            union |= need
        return frozenset(union)
    if op is c.IN:
        return _of_class(av)
    return None  # lookarounds and anchors consume nothing; ANY, categories say nothing


def _of_sequence(seq: Any) -> frozenset[str] | None:
    return _best(_options(seq))


def _options(seq: Any) -> list[frozenset[str]]:
    """The sets of strings the sequence needs, each one of them (`_of_sequence` takes the best)."""
    options: list[frozenset[str]] = []
    run = ""
    for op, av in seq:
        if op is _constants.LITERAL:
            run += chr(av)
            continue
        if run:
            options.append(frozenset({fold_case(run)}))
            run = ""
        need = _of_item(op, av)
        if need is not None:
            options.append(need)
    if run:
        options.append(frozenset({fold_case(run)}))
    return options


def needed(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains (compared after `fold_case`);
    None when the pattern can match without any string it can name (or the empty string).
    Worked out once per pattern and kept between processes (coach/_regex_cache.py)."""
    return _regex_cache.derived(_KEPT_AS, pattern, _needed)


# What `needed` keeps is named after this file's text: a change to the reading below is a new name.
_KEPT_AS = _regex_cache.name_of("needed", __file__)
_KEPT_ALL_AS = _regex_cache.name_of("needed_all", __file__)


def _needed(pattern: re.Pattern[str]) -> frozenset[str] | None:
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # a parser of another Python version: no look, the scan always runs
        return None
    need = _of_sequence(tree)
    if need is None or "" in need:
        return None
    return need


Clauses = tuple[tuple[frozenset[str], ...], ...]


def needed_all(pattern: re.Pattern[str]) -> Clauses | None:
    """More than `needed` says, for `Looks`: clauses of sets of strings such that every match
    of `pattern` holds, for one of the clauses at least, one string of each of its sets (compared
    after `fold_case`). The pattern's branches when it is one alternation, else the pattern
    itself, each one clause of every set its sequence needs (`needed` takes one of them). None
    when a branch needs no string it can name. Kept between processes as `needed` is."""
    return _regex_cache.derived(_KEPT_ALL_AS, pattern, _needed_all)


def _needed_all(pattern: re.Pattern[str]) -> Clauses | None:
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # a parser of another Python version: no clauses
        return None
    top = list(tree)
    one_alternation = len(top) == 1 and top[0][0] is _constants.BRANCH
    branches = list(top[0][1][1]) if one_alternation else [tree]
    clauses = []
    for branch in branches:
        sets = tuple(s for s in _options(branch) if "" not in s)
        if not sets:
            return None
        clauses.append(sets)
    return tuple(clauses)


def look(needs: frozenset[str] | None) -> re.Pattern[str] | None:
    """A pattern that finds any of `needs` (longest first) in a text folded by `fold_case`:
    one scan in the engine instead of a test per string. None when `needs` is None."""
    if needs is None:
        return None
    return re.compile("|".join(re.escape(s) for s in sorted(needs, key=lambda s: (-len(s), s))))


def in_ascii(needs: frozenset[str] | None) -> bool:
    """Whether a text of ASCII characters only can hold one of `needs` (a Chinese pattern's
    strings all hold a Chinese character: an English text is not looked at for them)."""
    return needs is None or any(s.isascii() for s in needs)


def may_match(folded: str, needs: re.Pattern[str] | None) -> bool:
    """Whether a pattern whose `needed` strings `look` made into `needs` can match the text
    (`folded` by `fold_case`)."""
    return needs is None or needs.search(folded) is not None


def search(
    pattern: re.Pattern[str], needs: re.Pattern[str] | None, text: str, folded: str
) -> re.Match[str] | None:
    """`pattern.search(text)`, or None without the scan when the text (`folded` by `fold_case`)
    holds none of the strings `needs` (`look(needed(pattern))`) finds: for a pattern tried at
    every position of a text, whose needed words most texts lack."""
    if needs is not None and needs.search(folded) is None:
        return None
    return pattern.search(text)


def _trie(strings: list[str]) -> str:
    """A pattern of literal `strings` as a trie (one alternative per next character, greedy):
    at a position it matches the longest of them that starts there; the engine tries each
    character once instead of every string."""
    root: dict[str, dict] = {}
    for s in strings:
        node = root
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}

    def rx(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + rx(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + ("?" if "" in node else "")

    return rx(root)


def _strings(ops: list[Any]) -> list[str] | None:
    """Every string a parsed piece of pattern matches, when it matches finitely many by
    literals, classes of literals and ranges, optional pieces and alternations; else None."""
    out = [""]
    for op, av in ops:
        if op is _constants.LITERAL:
            more = [chr(av)]
        elif op is _constants.IN:
            more = []
            for kind, arg in av:
                if kind is _constants.LITERAL:
                    more.append(chr(arg))
                elif kind is _constants.RANGE:
                    more += [chr(c) for c in range(arg[0], arg[1] + 1)]
                else:
                    return None
        elif op is _constants.MAX_REPEAT and av[0] == 0 and av[1] == 1:
            found = _strings(list(av[2]))
            if found is None:
                return None
            more = ["", *found]
        elif op is _constants.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
            more = _strings(list(av[3]))  # type: ignore[assignment]
        elif op is _constants.BRANCH:
            more = []
            for branch in av[1]:
                found = _strings(list(branch))
                if found is None:
                    return None
                more += found
        else:
            return None
        if more is None:
            return None
        out = [a + b for a in out for b in more]
    return out


def as_trie(alternatives: str) -> str:
    """A pattern that matches at the same places as `alternatives` (a pattern without flags
    that is an alternation at its top), its alternatives of finitely many literal strings
    ("fy", "eo[qy]", "mid-?year") made one trie (`_trie`), the others kept after it as written:
    for a pattern asked only WHETHER it matches (and where first), which the engine tried
    alternative by alternative at every position of the text (the trie tries one per next
    character). Which alternative matches at a place may differ, so not for what it matched."""
    pieces: list[str] = []
    depth, in_class, start, i = 0, False, 0, 0
    while i < len(alternatives):
        ch = alternatives[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            pieces.append(alternatives[start:i])
            start = i + 1
        i += 1
    pieces.append(alternatives[start:])
    literals: list[str] = []
    others: list[str] = []
    for piece in pieces:
        found = _strings(list(_parser.parse(piece))) if piece else None
        if found is None or "" in found:
            others.append(piece)
        else:
            literals += found
    trie = _trie(sorted(set(literals))) if literals else ""
    return "|".join(([f"(?:{trie})"] if trie else []) + others)


class Looks:
    """The looks of several patterns (`needed` of each) taken in one scan of a folded text.

    `passing(folded)` is the set of the indices of the patterns whose needed strings the text
    holds: exactly those for which `may_match(folded, look(needs[i]))` is true — less those
    whose `clauses` (`needed_all`, when given) the text does not satisfy: no clause of which
    it holds a string of every set (each clause is needed as `needed` is, so a pattern left
    out cannot match). The scan (`found`) finds, at every position, the longest string looked
    for that starts there (a walk of a trie of them); every other one that starts there is a
    prefix of it, so the strings the text holds are those found and their prefixes looked for."""

    def __init__(
        self,
        needs: list[frozenset[str] | None],
        clauses: list[Clauses | None] | None = None,
    ) -> None:
        self._always = frozenset(i for i, n in enumerate(needs) if n is None)
        holders: dict[str, set[int]] = {}
        for i, n in enumerate(needs):
            for s in n or ():
                holders.setdefault(s, set()).add(i)
        # the patterns' clauses (only those of more than one set or clause say more than `needs`)
        self._clauses = {
            i: c
            for i, c in enumerate(clauses or ())
            if c is not None and (len(c) > 1 or len(c[0]) > 1)
        }
        strings = set(holders).union(*(x for c in self._clauses.values() for cl in c for x in cl))
        prefixes = {
            s: frozenset(s[:k] for k in range(1, len(s) + 1) if s[:k] in strings) for s in strings
        }
        self._passes = {
            s: frozenset(i for p in prefixes[s] for i in holders.get(p, ())) for s in strings
        }
        self._prefixes = prefixes
        # For the clauses: each string a bit; a string found holds the bits of its prefixes
        # looked for (`prefixes`); each set of a clause, the bits of its strings. A set meets
        # the strings held when its bits and theirs share one (`not x.isdisjoint(held)`).
        bit = {t: 1 << k for k, t in enumerate(sorted(strings))}
        self._held_bits = {t: sum(bit[q] for q in prefixes[t]) for t in strings}
        self._clause_bits = {
            i: tuple(tuple(sum(bit[t] for t in x) for x in cl) for cl in c)
            for i, c in self._clauses.items()
        }
        # The strings as a trie of dicts: character -> (the string ending there or None, the
        # next level). `found` walks it from every position of a text.
        root: dict[str, tuple[str | None, dict]] = {}
        for s in strings:
            node = root
            for k, ch in enumerate(s, 1):
                end, nxt = node.get(ch, (None, {}))
                node[ch] = (s if k == len(s) else end, nxt)
                node = nxt
        self._root = root

    def found(self, folded: str) -> set[str]:
        """The longest string looked for that starts at each position of `folded`: what a
        lookahead trie `(?=(t1|t2|…))` tried at every position finds by `findall`. The
        regular expression tried its top-level alternatives one by one at every position
        (about 180 first characters for the English time looks); here each position's
        character is looked up in the trie of dicts at once (in C, `map`), and the walk goes
        on only from the positions where some string starts."""
        out: set[str] = set()
        n = len(folded)
        firsts = list(map(self._root.get, folded))
        for p in compress(range(n), firsts):
            last, node = firsts[p]  # type: ignore[misc]
            j = p + 1
            while node and j < n:
                got = node.get(folded[j])
                if got is None:
                    break
                if got[0] is not None:
                    last = got[0]
                node = got[1]
                j += 1
            if last is not None:
                out.add(last)
        return out

    def passing(self, folded: str) -> set[int]:
        out = set(self._always)
        if self._root:
            passes = self._passes
            found = self.found(folded)
            for s in found:
                out |= passes[s]
            clauses = self._clauses
            if clauses and not clauses.keys().isdisjoint(out):
                held_bits = self._held_bits
                held = 0
                for s in found:
                    held |= held_bits[s]
                clause_bits = self._clause_bits
                for i in clauses.keys() & out:
                    for cl in clause_bits[i]:
                        for x in cl:
                            if not x & held:
                                break
                        else:
                            break  # a clause all of whose sets the text meets
                    else:
                        out.discard(i)
        return out

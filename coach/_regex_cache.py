"""The project's regular expressions, compiled once and kept between processes.

A fresh process (every `okr-coach review`) compiled ~900 patterns of coach/ and rules/ at import:
re's parser and compiler, written in Python, took ~0.3 s of a one-draft CLI review's ~0.8 s of
CPU. What the compiler produces for a pattern (the engine's code, its groups) depends only on the
pattern, its flags and the Python that compiled it, so it is kept in the private cache
(coach/cache.py) in a file named after the Python version and handed to the engine directly by
later processes: the same `_sre.compile(...)` call re's compiler ends with, so the Pattern is
the same (equal code, flags, groups) and matches the same.

`install()` (run by coach/__init__.py before anything else of the package is imported) wraps
`re._compiler.compile`, the step under re's own in-process cache. Only patterns compiled from the
modules of coach and rules are kept and answered (other libraries' patterns compile as before),
never one compiled with re.DEBUG or one whose parse warned (a kept pattern is not parsed again,
so its warning would be lost), and only in the main thread (recording looks at warnings, which
are process-wide). Patterns new to the file are added at exit (merged with what another process
wrote meanwhile, written to a temporary file and renamed). A missing, foreign or broken file
only means compiling as before; deleting it is always safe. OKR_COACH_REGEX_CACHE=0 turns it off.

`derived(name, pattern, build)` keeps plain data worked out from a pattern's text in the same file
(coach.facts.needs reads ~160 patterns' syntax trees at import for the strings their matches
need): `name` must change whenever `build`'s code does (`name_of` names it by a digest of the
file that holds it).
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import marshal
import os
import re
import sys
import threading
import warnings
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from coach.cache import cache_dir

try:
    import _sre
    from re import _compiler, _constants, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another implementation: compile as before
    _sre = None  # type: ignore[assignment]

log = logging.getLogger("okr_coach")

# Whose patterns are kept: modules of these top-level packages.
_OURS = ("coach", "rules")
# A file holding more than this many patterns (old versions of the patterns pile up while the
# code changes) is written again with only the patterns this process used.
_MAX_ENTRIES = 5000

# (pattern, flags) -> what `_sre.compile` takes after the pattern; (name, pattern, flags) ->
# (derived value,)
_entries: dict[tuple[Any, ...], tuple[Any, ...]] = {}
_new: set[tuple[Any, ...]] = set()
_used: set[tuple[Any, ...]] = set()
_path: Path | None = None
_original: Any = None


def _file_name() -> str:
    """Named after what the engine's code depends on: the Python build and the engine's magic."""
    what = f"{sys.implementation.cache_tag}|{sys.version}|{getattr(_sre, 'MAGIC', '')}"
    what += f"|{_FIRST_CHARACTERS}"  # (the code below adds to the compiler's: its own file)
    return f"regex-{hashlib.sha256(what.encode()).hexdigest()[:20]}.marshal"


def _caller_is_ours() -> bool:
    """Whether the code asking for the pattern (below re's own functions) is coach's or rules'."""
    f = sys._getframe(2)
    while f is not None and f.f_globals.get("__name__", "").partition(".")[0] == "re":
        f = f.f_back
    if f is None:
        return False
    name = f.f_globals.get("__name__", "")
    while name.startswith("importlib._bootstrap"):
        # A module compiled to C (`make compile`, coach/_compiled.py) has no frame of its own:
        # its patterns compiled at import are asked for from the import system, whose loader's
        # frame holds the module being executed.
        module = f.f_locals.get("module")
        if isinstance(module, ModuleType):
            return module.__name__.partition(".")[0] in _OURS
        f = f.f_back
        if f is None:
            return False
        name = f.f_globals.get("__name__", "")
    return name.partition(".")[0] in _OURS


def _parts(pattern: str, flags: int) -> tuple[Any, ...] | None:
    """What re._compiler.compile hands to `_sre.compile`, or None when the parse warned."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tree = _parser.parse(pattern, flags)
    if caught:
        return None
    code = _with_first_characters(_compiler._code(tree, flags), tree, flags | tree.state.flags)
    code = [int(c) for c in code]  # opcodes are int subclasses
    groupindex = tree.state.groupdict
    indexgroup: list[str | None] = [None] * tree.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (flags | tree.state.flags, code, tree.state.groups - 1, groupindex, tuple(indexgroup))


# What the code below does to re's compiled code (a new value: a new cache file).
_FIRST_CHARACTERS = "first-characters-3"


def _with_first_characters(code: list[Any], tree: Any, flags: int) -> list[Any]:
    """`code` (re's compiled pattern) with the set of characters a match can start with in its
    INFO block, where re's compiler found none: the engine then looks for the next such character
    in C (as it does for a pattern that opens with a character class) instead of trying the whole
    pattern at every position of the text. re finds the set only when the pattern's first item
    is a character or a class; here also behind what matches no character (a look behind, a
    look ahead, a word boundary) and inside a repeat of at least one, a group or an alternation
    (`_first_characters`): "(?<![a-z0-9])[a-z0-9]+", "\\b(?:tbd|…)", "\\d+", "(?:大|小)?学期". Only an added hint:
    every match starts with one of those characters, so a search finds what it found before
    (issue 13; tests/test_speed31.py compares both compilations of every pattern on texts)."""
    if code[0] != _constants.INFO or code[2] != 0 or code[3] == 0:
        return code  # a prefix or a set already, or a match may be empty
    if flags & _parser.SRE_FLAG_LOCALE:
        return code
    try:
        charset = _first_characters(list(tree.data), flags)
        if not charset:
            return code
        charset, hascased = _compiler._optimize_charset(charset)
        if hascased:
            return code
        block = [_constants.INFO, 0, _constants.SRE_INFO_CHARSET, code[3], code[4]]
        _compiler._compile_charset(charset, flags, block)
    except Exception:  # a compiler of another shape: the code as re made it
        return code
    block[1] = len(block) - 1
    return block + code[1 + code[1] :]


class _Items:
    """A piece of a parsed pattern, as re's `_get_charset_prefix` reads one (`.data`)."""

    def __init__(self, data: list[Any]) -> None:
        self.data = data


def _first_characters(data: list[Any], flags: int) -> list[Any] | None:
    """The characters (re's charset items) one of which starts every match of the parsed
    sequence `data`, or None when that cannot be told here. What matches no character before
    the first item that does is passed over; that item must match at least one character."""
    c = _constants
    for i, (op, av) in enumerate(data):
        if op in (c.ASSERT, c.ASSERT_NOT) or (
            op is c.AT and av in (c.AT_BOUNDARY, c.AT_NON_BOUNDARY)
        ):
            continue  # matches no character
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] == 0:
            # an optional item ("(?:by )?the"): a match starts with its first character, or,
            # where it matched nothing, with the first character of what follows it
            own = _first_characters(list(av[2]), flags)
            rest = _first_characters(data[i + 1 :], flags) if own else None
            if not own or not rest or any(o is c.NEGATE for o, _a in own + rest):
                return None
            return own + rest
        if op in (c.LITERAL, c.IN):
            # re's own reading of a first character (None for a letter under IGNORECASE)
            got = _compiler._get_charset_prefix(_Items([(op, av)]), flags)
            if got is None and flags & _parser.SRE_FLAG_IGNORECASE:
                got = _matched_ignoring_case([(op, av)] if op is c.LITERAL else list(av), flags)
            return got  # type: ignore[no-any-return]
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            return _first_characters(list(av[2]), flags)
        if op is c.SUBPATTERN and not av[1] and not av[2]:
            return _first_characters(list(av[3]), flags)
        if op is c.ATOMIC_GROUP:
            return _first_characters(list(av), flags)
        if op is c.BRANCH:
            out: list[Any] = []
            for branch in av[1]:
                got = _first_characters(list(branch), flags)
                if not got or any(o is c.NEGATE for o, _a in got):
                    return None
                out += got
            return out
        return None
    return None


# Every code point whose lower case (the engine's: `_sre.unicode_tolower`) is another, by that
# lower case; gathered once, the first time a pattern needs it.
_LOWERED_FROM: dict[int, list[int]] = {}


def _lowered_from(t: int) -> list[int]:
    if not _LOWERED_FROM:
        lower = _sre.unicode_tolower
        for ch in range(0x110000):
            lo = lower(ch)
            if lo != ch:
                _LOWERED_FROM.setdefault(lo, []).append(ch)
    return _LOWERED_FROM.get(t, [])


def _matched_ignoring_case(items: list[Any], flags: int) -> list[Any] | None:
    """Under IGNORECASE (not LOCALE): every character that a cased letter, or a class of letters
    and ranges, matches, as re's compiler and engine compare them: the engine lower-cases the
    text's character (`_sre.unicode_tolower`, or ASCII's under re.ASCII) and looks it up among
    the item's characters lower-cased, with the other lower cases re adds (`_EXTRA_CASES`: "s"
    also "ſ"). So the characters matched are those whose lower case is one of those: "k" matches
    "k", "K" and the Kelvin sign. None for what is read otherwise (a negated class, a category,
    a character past the BMP, a range of more than a few thousand characters)."""
    c = _constants
    unicode = bool(flags & _parser.SRE_FLAG_UNICODE)
    lower = _sre.unicode_tolower if unicode else _sre.ascii_tolower
    fixes = _compiler._EXTRA_CASES if unicode else {}
    lowered: set[int] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars: Any = (av,)
        elif op is c.RANGE and av[1] - av[0] < 0x1000:
            chars = range(av[0], av[1] + 1)
        else:
            return None
        if max(chars) > 0xFFFF:
            return None
        for ch in chars:
            lo = lower(ch)
            lowered.add(lo)
            lowered.update(fixes.get(lo, ()))
    out: set[int] = set()
    for lo in lowered:
        if lower(lo) == lo:
            out.add(lo)
        if unicode:
            out.update(_lowered_from(lo))
        elif 0x61 <= lo <= 0x7A:
            out.add(lo - 0x20)
    return [(c.LITERAL, ch) for ch in sorted(out)]


def _compile(p: Any, flags: int = 0) -> Any:
    if type(p) is str and type(flags) is int and not flags & _parser.SRE_FLAG_DEBUG:
        key = (p, flags)
        parts = _entries.get(key)
        if parts is not None:
            try:
                compiled = _sre.compile(p, *parts)
            except (TypeError, ValueError, RuntimeError):  # a broken entry: compile it again
                del _entries[key]
            else:
                _used.add(key)
                return compiled
        if threading.current_thread() is threading.main_thread() and _caller_is_ours():
            try:
                parts = _parts(p, flags)
            except Exception:  # an invalid pattern: let re raise its own error below
                parts = None
            if parts is not None:
                _entries[key] = parts
                _new.add(key)
                _used.add(key)
                return _sre.compile(p, *parts)
    return _original(p, flags)


def name_of(what: str, source: str) -> str | None:
    """A name for `derived` that changes with the text of the file `source` (None: unreadable)."""
    try:
        return f"{what}-{hashlib.sha256(Path(source).read_bytes()).hexdigest()[:16]}"
    except OSError:
        return None


def derived(
    name: str | None, pattern: re.Pattern[str], build: Callable[[re.Pattern[str]], Any]
) -> Any:
    """`build(pattern)`, kept with the compiled patterns (plain data only, for marshal); not kept
    when `name` is None."""
    if name is None:
        return build(pattern)
    key = (name, pattern.pattern, pattern.flags)
    kept = _entries.get(key)
    if kept is not None:
        _used.add(key)
        return kept[0]
    value = build(pattern)
    if _path is not None:
        try:
            marshal.dumps(value)
        except ValueError:
            return value
        _entries[key] = (value,)
        _new.add(key)
        _used.add(key)
    return value


def _read(path: Path) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    try:
        if path.is_file() and path.stat().st_uid == os.getuid():
            data = marshal.loads(path.read_bytes())
            if isinstance(data, dict):
                return data
    except (OSError, ValueError, EOFError, TypeError):
        log.debug("regex cache %s unreadable; compiling as before", path, exc_info=True)
    return {}


def _write() -> None:
    if not _new or _path is None:
        return
    try:
        merged = {**_read(_path), **{k: _entries[k] for k in _new}}
        if len(merged) > _MAX_ENTRIES:
            # a key dropped since it was used (a broken entry compiled again) is not kept
            merged = {k: _entries[k] for k in _used if k in _entries}
        _path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = _path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(merged))
        tmp.replace(_path)
        _new.clear()
    except (OSError, ValueError):
        log.debug("cannot write regex cache %s", _path, exc_info=True)


def install() -> None:
    """Read the kept patterns and answer re's compiler from them (once per process)."""
    global _path, _original
    if _original is not None or _sre is None or os.environ.get("OKR_COACH_REGEX_CACHE") == "0":
        return
    if not (hasattr(_compiler, "_code") and hasattr(_parser, "parse")):
        return  # pragma: no cover - a re of another shape
    _path = cache_dir() / _file_name()
    _entries.update(_read(_path))
    _original = _compiler.compile
    _compiler.compile = _compile
    atexit.register(_write)

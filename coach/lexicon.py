"""Word lists as data: one file per list and language under `rules/data/<lang>/<name>.txt`.

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
from importlib import resources
from pathlib import Path

from coach.errors import DataFileError

LANGUAGES = ("zh", "en")


def data_dir() -> Path:
    return Path(str(resources.files("rules") / "data"))


def _read(name: str, lang: str) -> list[tuple[int, str]]:
    if lang not in LANGUAGES:
        raise DataFileError(f"unknown language {lang!r} for word list {name!r}")
    path = data_dir() / lang / f"{name}.txt"
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError(f"{path}: word list {name!r} for {lang!r} does not exist") from None
    except UnicodeDecodeError as e:
        raise DataFileError(f"{path}: not UTF-8 ({e})") from None
    out: list[tuple[int, str]] = []
    for n, line in enumerate(raw.splitlines(), start=1):
        line = line.split(" #", 1)[0].strip() if " #" in line else line.strip()
        if not line or line.startswith("#"):
            continue
        out.append((n, line))
    if not out:
        raise DataFileError(f"{path}: word list is empty")
    return out


def _check_entry(path: str, n: int, entry: str) -> None:
    if "=>" in entry:
        raise DataFileError(f"{path}:{n}: '=>' in a plain word list: {entry!r}")
    if re.search(r"\s{2,}", entry):
        raise DataFileError(f"{path}:{n}: two spaces in a row in {entry!r}")


@cache
def words(name: str, lang: str) -> tuple[str, ...]:
    """A plain word list, entries folded to lower case, longest first (for greedy matching)."""
    path = f"rules/data/{lang}/{name}.txt"
    seen: dict[str, int] = {}
    for n, entry in _read(name, lang):
        _check_entry(path, n, entry)
        key = entry.lower()
        if key in seen:
            raise DataFileError(
                f"{path}:{n}: duplicate entry {entry!r} (first on line {seen[key]})"
            )
        seen[key] = n
    return tuple(sorted(seen, key=lambda w: (-len(w), w)))


@cache
def mapping(name: str, lang: str) -> dict[str, str]:
    """A `key => value` list; keys folded to lower case."""
    path = f"rules/data/{lang}/{name}.txt"
    out: dict[str, str] = {}
    lines: dict[str, int] = {}
    for n, entry in _read(name, lang):
        if entry.count("=>") != 1:
            raise DataFileError(f"{path}:{n}: expected 'key => value', got {entry!r}")
        key, value = (part.strip() for part in entry.split("=>"))
        if not key or not value:
            raise DataFileError(f"{path}:{n}: empty side in {entry!r}")
        key = key.lower()
        if key in out:
            raise DataFileError(f"{path}:{n}: duplicate key {key!r} (first on line {lines[key]})")
        out[key] = value
        lines[key] = n
    return out


def all_lists() -> list[tuple[str, str]]:
    """(name, lang) of every shipped list, for validation at test time."""
    out = []
    for lang in LANGUAGES:
        d = data_dir() / lang
        if d.is_dir():
            out.extend((p.stem, lang) for p in sorted(d.glob("*.txt")))
    return out


@lru_cache(maxsize=256)
def _en_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    alts = "|".join(re.escape(t) for t in terms)
    return re.compile(rf"(?<![a-z0-9])(?:{alts})(?![a-z0-9])")


def find_terms(folded: str, terms: tuple[str, ...], lang: str) -> list[tuple[int, int, str]]:
    """Non-overlapping occurrences of `terms` in folded text, longest match first.

    English terms match whole words (letters/digits around them stop a match); Chinese terms
    match characters, since Chinese has no spaces.
    """
    if not terms:
        return []
    if lang == "en":
        return [(m.start(), m.end(), m.group()) for m in _en_pattern(terms).finditer(folded)]
    found: list[tuple[int, int, str]] = []
    taken = [False] * len(folded)
    for t in terms:  # already longest first
        start = folded.find(t)
        while start >= 0:
            end = start + len(t)
            if not any(taken[start:end]):
                found.append((start, end, t))
                for i in range(start, end):
                    taken[i] = True
            start = folded.find(t, start + 1)
    found.sort()
    return found

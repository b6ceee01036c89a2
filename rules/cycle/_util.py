"""Helpers the cycle rules share."""

from __future__ import annotations

from typing import Any


def grade_span(k: Any) -> tuple[int, int]:
    """Input span of the grade written on a KR (score, status and note), or of the KR."""
    spans = k.reading.spans
    if not spans:
        return k.item.start, k.item.end
    return k.item.to_input(min(s for s, _ in spans), max(e for _, e in spans))


def score_span(k: Any) -> tuple[int, int]:
    if k.reading.score_span is None:
        return grade_span(k)
    return k.item.to_input(*k.reading.score_span)


_TRIM = " \t，,;；。.—–-|｜"


def wording_span(item: Any, blanked: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """Input span of an item's wording, without annotations and without `blanked` (local)."""
    chars = list(item.plain)
    for s, e in blanked or ():
        for i in range(max(0, s), min(e, len(chars))):
            chars[i] = " "
    s, e = 0, len(chars)
    while s < e and chars[s] in _TRIM:
        s += 1
    while e > s and chars[e - 1] in _TRIM:
        e -= 1
    if s == e:
        return item.to_input(*item.core_span)
    return item.to_input(s, e)


def kr_wording_span(k: Any) -> tuple[int, int]:
    """A graded KR's wording, without its grade."""
    return wording_span(k.item, k.reading.spans)


def num(x: float) -> str:
    s = f"{x:.2f}".rstrip("0")
    return s + "0" if s.endswith(".") else s

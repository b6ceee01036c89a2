"""Numbers as written: Arabic digits with separators, Chinese numerals (三十, 1.5万, 两)."""

from __future__ import annotations

import re

_ZH_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
ZH_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿"
_MIXED = re.compile(r"(\d+(?:\.\d+)?)([万亿千百]?)")


def zh_number(s: str) -> float | None:
    """Chinese numerals to a number: 三十 → 30, 两 → 2, 一百二十 → 120, 1.5万 → 15000."""
    s = s.strip()
    if not s or len(s) > 24:
        return None
    m = _MIXED.fullmatch(s)
    if m:
        return float(m.group(1)) * _ZH_UNITS.get(m.group(2), 1)
    total, section, digit = 0, 0, None
    for ch in s:
        if ch in _ZH_DIGITS:
            digit = _ZH_DIGITS[ch]
        elif ch in ("十", "百", "千"):
            section += (digit if digit is not None else 1) * _ZH_UNITS[ch]
            digit = None
        elif ch in ("万", "亿"):
            section += digit or 0
            # A scale with nothing before it is one of it: 亿 → 1e8 ("破亿"), not 0.
            total += (section or (0 if total else 1)) * _ZH_UNITS[ch]
            section, digit = 0, None
        else:
            return None
    return float(total + section + (digit or 0))


def arabic_value(s: str) -> float | None:
    """'1,250,000' → 1250000.0, '99.9' → 99.9; a version such as '1.2.3' → None."""
    s = s.replace(",", "")
    if s.count(".") > 1:
        return None
    try:
        return float(s)
    except ValueError:
        return None


def given_number(value: object) -> float | None:
    """A number given in structured input as 10, 10.0 or "10" ("10人", "10%" keep their
    number); None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        digits = "".join(ch for ch in value.strip() if ch.isdigit() or ch == ".")
        try:
            return float(digits) if digits else None
        except ValueError:
            return None
    return None

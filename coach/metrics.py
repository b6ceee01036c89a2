"""The measurable part of a key result: target value, unit, baseline, direction.

Reads "从30提升到45" / "from 30 to 45" (baseline and target), "增加20%" (a relative change),
"缩短至2天" (a level to reach), Chinese numerals (百分之三十, 两倍, 一倍), and plain counts.
"""

from __future__ import annotations

import re

from coach.types import Metric, Span

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


def zh_number(s: str) -> float | None:
    """Chinese numerals to a number: 三十 → 30, 两 → 2, 一百二十 → 120, 1.5万 → 15000."""
    s = s.strip()
    if not s:
        return None
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([万亿千百]?)", s)
    if m:
        return float(m.group(1)) * _ZH_UNITS.get(m.group(2), 1) if m.group(2) else float(m.group(1))
    total, section, digit = 0, 0, None
    for ch in s:
        if ch in _ZH_DIGITS:
            digit = _ZH_DIGITS[ch]
        elif ch in ("十", "百", "千"):
            section += (digit if digit is not None else 1) * _ZH_UNITS[ch]
            digit = None
        elif ch in ("万", "亿"):
            section += digit or 0
            total += section * _ZH_UNITS[ch]
            section, digit = 0, None
        else:
            return None
    return float(total + section + (digit or 0))


_NUM = r"(?:\d+(?:[,，]\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+)"
_INC_ZH = "提升|提高|增加|增长|扩大|达到|突破|超过|上升|新增|拓展|扩展|获得|获取|实现|完成"
_DEC_ZH = "降低|减少|缩短|下降|控制在|压缩|降至|减至|降到"
_INC_EN = r"increase|raise|grow|improve|boost|lift|expand|reach|hit|achieve|exceed|gain|add|win|acquire|double|triple"
_DEC_EN = r"reduce|decrease|cut|lower|shorten|drop|decline|bring down|trim|halve|lessen|minimi[sz]e"

_FROM_TO_ZH = re.compile(
    rf"从\s*(?P<a>{_NUM})\s*(?P<ua>%|％|个|天|小时|分钟|万|元)?\s*(?:提升|提高|增加|增长|降低|减少|缩短|下降|上升)?\s*(?:到|至)\s*(?P<b>{_NUM})\s*(?P<unit>%|％|个百分点|分|天|小时|分钟|万元|万|元|人|个|家|次|篇|倍)?"
)
_FROM_TO_EN = re.compile(
    r"from\s+\$?(?P<a>\d+(?:[,.]\d+)*)\s*(?P<ua>%|k|m)?\s+to\s+\$?(?P<b>\d+(?:[,.]\d+)*)\s*(?P<unit>%|k|m|x|hours?|days?|minutes?|points?|pts)?",
    re.I,
)
_PCT_ZH = re.compile(r"百分之(?P<n>[零〇一二两三四五六七八九十百]+|\d+(?:\.\d+)?)")
_TIMES_ZH = re.compile(r"(?P<n>[一两二三四五六七八九十\d]+)倍|翻(?P<f>一|两|二)?番")
_VALUE = re.compile(
    rf"(?P<cur>[$¥￥€£])?\s*(?P<n>{_NUM})\s*(?P<unit>%|％|个百分点|percentage points?|pp|pts?|points?|[kKmMbB](?![a-z])|万元|万|亿|元|美元|人民币|x(?![a-z])|倍|天|小时|分钟|秒|周|个月|ms|hours?|days?|minutes?|seconds?|weeks?|months?|人|个|家|次|篇|名|场|条|位|款|项|[a-zA-Z]+)?"
)
_SCALE = {"k": 1e3, "m": 1e6, "b": 1e9}


def _to_float(s: str) -> float | None:
    s = s.replace(",", "").replace("，", "")
    try:
        return float(s)
    except ValueError:
        return zh_number(s)


def _direction(text: str, lang: str) -> str | None:
    low = text.lower()
    inc = re.search(_INC_ZH if lang == "zh" else rf"\b(?:{_INC_EN})", low)
    dec = re.search(_DEC_ZH if lang == "zh" else rf"\b(?:{_DEC_EN})", low)
    if inc and dec:
        return "increase" if inc.start() < dec.start() else "decrease"
    if dec:
        return "decrease"
    if inc:
        return "increase"
    if re.search(r"保持|维持|maintain|keep|sustain", low):
        return "maintain"
    return None


def extract_metric(text: str, lang: str) -> Metric | None:
    """The first measurable target in `text`, or None when the KR has no number at all."""
    m = (_FROM_TO_ZH if lang == "zh" else _FROM_TO_EN).search(text) or (
        _FROM_TO_EN if lang == "zh" else _FROM_TO_ZH
    ).search(text)
    direction = _direction(text, lang)
    if m:
        a, b = _to_float(m.group("a")), _to_float(m.group("b"))
        unit = m.group("unit") or m.group("ua")
        if direction is None and a is not None and b is not None:
            direction = "increase" if b > a else "decrease" if b < a else "maintain"
        return Metric(
            value=b,
            unit=_norm_unit(unit),
            baseline=a,
            direction=direction,
            relative=False,
            text=m.group(0).strip(),
            span=Span(start=m.start(), end=m.end()),
        )
    m = _PCT_ZH.search(text)
    if m:
        return Metric(
            value=zh_number(m.group("n")),
            unit="%",
            direction=direction,
            relative=_is_relative(text, m.start(), lang),
            text=m.group(0),
            span=Span(start=m.start(), end=m.end()),
        )
    m = _TIMES_ZH.search(text)
    if m and lang == "zh":
        n = 2.0 if m.group(0).startswith("翻") else zh_number(m.group("n"))
        if m.group(0) == "翻两番":
            n = 4.0
        # "增加一倍" doubles: the result is 2x.
        if n is not None and re.search(r"(增加|提升|提高|增长)\s*" + re.escape(m.group(0)), text):
            n += 1
        return Metric(
            value=n,
            unit="x",
            direction=direction or "increase",
            relative=True,
            text=m.group(0),
            span=Span(start=m.start(), end=m.end()),
        )
    for m in _VALUE.finditer(text):
        raw = m.group("n")
        if re.fullmatch(r"[零〇一二两三四五六七八九十百千万亿]+", raw) and not m.group("unit"):
            continue
        if (
            raw in {"一", "两"}
            and m.group("unit") in {"个", "次", "名", "场", "篇", "项", "位"}
            and lang == "zh"
        ):
            pass
        value = _to_float(raw)
        if value is None:
            continue
        unit = m.group("unit")
        if unit and unit.lower() in _SCALE and (m.group("cur") or raw.replace(".", "").isdigit()):
            value *= _SCALE[unit.lower()]
            unit = m.group("cur") or None
        elif m.group("cur"):
            unit = m.group("cur")
        start = m.start("cur") if m.group("cur") else m.start("n")
        if _is_date_or_label(text, m.start("n"), m.end()):
            continue
        return Metric(
            value=value,
            unit=_norm_unit(unit),
            direction=direction,
            relative=_is_relative(text, start, lang) and unit in ("%", "％", "倍", "x"),
            text=text[start : m.end()].strip(),
            span=Span(start=start, end=m.end()),
        )
    return None


def _norm_unit(unit: str | None) -> str | None:
    if unit is None:
        return None
    u = unit.strip()
    return {"％": "%", "percentage point": "pp", "percentage points": "pp"}.get(u, u) or None


def _is_date_or_label(text: str, start: int, end: int) -> bool:
    after = text[end : end + 1]
    before = text[max(0, start - 1) : start]
    chunk = text[start:end]
    if re.match(r"\s*(?:月|日|号|年|季度)", text[end:]) or (after in "月日号年" and after):
        return True
    if re.fullmatch(r"\s*20\d\d\s*", chunk):
        return True
    return bool(re.search(r"[QqHh]$", before) or (before.isalpha() and before.isascii()))


def _is_relative(text: str, pos: int, lang: str) -> bool:
    """'增加20%' / 'increase by 20%' are changes; '提升到90%' / 'to 90%' are levels."""
    window = text[max(0, pos - 8) : pos]
    if lang == "zh" or re.search(r"[\u4e00-\u9fff]", window):
        if re.search(r"(到|至|达到|为|在|超过|不低于|高于|低于)\s*$", window):
            return False
        return bool(re.search(r"(增加|提升|提高|增长|降低|减少|下降|上升|扩大)了?\s*$", window))
    w = window.lower()
    if re.search(r"\b(to|at|of|reach|above|below|over|under)\s*$", w):
        return False
    return bool(re.search(r"\bby\s*$", w) or re.search(rf"\b(?:{_INC_EN}|{_DEC_EN})\w*\s*$", w))

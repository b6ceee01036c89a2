"""The measurable part of a key result: target value, unit, baseline, direction.

Reads "从30提升到45" / "from 30% to 45%" (baseline and target), "增加20%" / "increase by 20%"
(a relative change), "提升到90%" / "to 90%" (a level to reach), Chinese numerals (百分之三十,
三十个, 两倍, 一倍, 翻一番, 1.5万), currencies and scales ($1.5M, 100万元, ¥200万, 10k), and a
number placeholder the author left ("多组织XX场" → value None, unit 场).

`relative` is True for a change stated as a percentage, percentage points or a multiple (the
figures that mean nothing without a starting value); a count added ("新增5名") is a level.
When a KR has several numbers, the one after a target word (到/至/达到/获得/to/reach) wins over
one after a direction verb, which wins over the first; numbers in brackets come last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
_ZH_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿"


def zh_number(s: str) -> float | None:
    """Chinese numerals to a number: 三十 → 30, 两 → 2, 一百二十 → 120, 1.5万 → 15000."""
    s = s.strip()
    if not s:
        return None
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([万亿千百]?)", s)
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
            total += section * _ZH_UNITS[ch]
            section, digit = 0, None
        else:
            return None
    return float(total + section + (digit or 0))


_ARABIC = r"\d{1,15}(?:[,，]\d{3}){0,5}(?:\.\d{1,6})?"
_NUM = rf"(?:{_ARABIC}|[{_ZH_NUMERAL_CHARS}]{{1,12}})"
# A number the author left to fill in: "XX场", "[N]%", "x%".
_PLACEHOLDER = r"(?:\[(?:N|n|X|x|数字|数量|数值)\]|[xX]{1,3}|N)"
_CURRENCY = r"[$¥￥€£]|USD|RMB|CNY|EUR"
_SCALE_EN = r"[kKmMbB](?![A-Za-z])|bn(?![A-Za-z])|million|billion|thousand"
_SCALE_ZH = r"万|亿|千"
_UNIT_ZH = (
    r"个百分点|百分点|万元|亿元|美元|人民币|元|块|个月|小时|分钟|秒钟?|周|天|日|倍|"
    r"名|人|个|场|次|篇|家|条|位|款|项|份|单|件|台|套|笔|张|本|门|节|期|轮|批|所|座|户|例|"
    r"分|星|级|%|％"
)
_UNIT_EN = (
    r"%|(?:percentage points?|pp|pts?|points?|x|ms|hours?|hrs?|days?|minutes?|mins?|seconds?|"
    r"secs?|weeks?|months?|years?)(?![A-Za-z])"
)
_VALUE_RE = re.compile(
    rf"(?P<cur>{_CURRENCY})?\s?(?P<n>{_NUM}|{_PLACEHOLDER})"
    rf"(?:\s?(?P<scale>{_SCALE_ZH}|{_SCALE_EN}))?"
    rf"(?:\s?(?P<unit>{_UNIT_ZH}|{_UNIT_EN}))?"
)
# Words after a number that say nothing about its unit ("10 new logos" is 10 logos).
_EN_FILLER = {
    "new",
    "more",
    "additional",
    "extra",
    "net",
    "active",
    "paying",
    "qualified",
    "key",
    "major",
    "strategic",
    "high",
    "top",
    "successful",
    "enterprise",
    "monthly",
    "weekly",
    "daily",
    "quarterly",
    "yearly",
    "annual",
    "total",
    "unique",
    "repeat",
    "large",
    "small",
    "big",
}
_EN_NOT_UNIT = {
    "of",
    "the",
    "a",
    "an",
    "and",
    "or",
    "to",
    "in",
    "on",
    "by",
    "per",
    "for",
    "from",
    "at",
    "with",
    "than",
    "within",
    "into",
    "over",
    "under",
    "is",
    "are",
    "was",
    "be",
}
_SCALE = {"k": 1e3, "m": 1e6, "b": 1e9, "bn": 1e9, "thousand": 1e3, "million": 1e6}
_SCALE.update({"billion": 1e9, "万": 1e4, "亿": 1e8, "千": 1e3})

_INC_ZH = "提升|提高|增加|增长|扩大|突破|超过|上升|新增|拓展|扩展|翻番|翻一番|加倍|增至|增到"
_DEC_ZH = "降低|减少|缩短|下降|控制在|压缩|降至|减至|降到|减半|缩减|削减"
_REACH_ZH = "达到|实现|获得|完成|做到|不低于|至少|达成"
_INC_EN = (
    r"increase|raise|grow|improve|boost|lift|expand|exceed|gain|add|double|triple|"
    r"up(?= by| from| to)|more than"
)
_DEC_EN = (
    r"reduce|decrease|cut|lower|shorten|drop|decline|bring down|trim|halve|lessen|"
    r"minimi[sz]e|down(?= by| from| to)|less than|under"
)
_REACH_EN = r"reach|hit|achieve|attain|get to|at least|deliver|secure|land|win|acquire|sign"
_MAINTAIN = r"保持|维持|稳定在|maintain|keep|sustain|stay|remain|hold"

_DIRECTION = (
    ("zh", "increase", re.compile(_INC_ZH)),
    ("zh", "decrease", re.compile(_DEC_ZH)),
    ("zh", "maintain", re.compile(_MAINTAIN[: _MAINTAIN.index("|maintain")])),
    ("zh", "reach", re.compile(_REACH_ZH)),
    ("en", "increase", re.compile(rf"\b(?:{_INC_EN})", re.I)),
    ("en", "decrease", re.compile(rf"\b(?:{_DEC_EN})", re.I)),
    ("en", "maintain", re.compile(r"\b(?:maintain|keep|sustain|stay|remain|hold)", re.I)),
    ("en", "reach", re.compile(rf"\b(?:{_REACH_EN})", re.I)),
)

_FROM_TO_ZH = re.compile(
    rf"(?:从|由)\s?(?P<a>{_NUM})\s?(?P<sa>{_SCALE_ZH})?\s?(?P<ua>{_UNIT_ZH})?\s?"
    rf"(?:提升|提高|增加|增长|降低|减少|缩短|下降|上升|压缩|扩大)?\s?(?:到|至)\s?"
    rf"(?P<b>{_NUM})\s?(?P<sb>{_SCALE_ZH})?\s?(?P<unit>{_UNIT_ZH})?"
)
_RATE_EN = r"/\s?[a-z]{1,10}|per [a-z]{1,10}"
_FROM_TO_EN = re.compile(
    rf"\bfrom\s(?:a\s(?:baseline|base)\sof\s)?(?P<ca>{_CURRENCY})?\s?(?P<a>{_ARABIC})\s?"
    rf"(?P<sa>{_SCALE_EN})?\s?(?P<ua>{_UNIT_EN}|{_RATE_EN})?\s?(?:[a-z]+\s)?to\s"
    rf"(?:(?:under|below|above|over|at least|at most|less than|more than|fewer than)\s)?"
    rf"(?P<cb>{_CURRENCY})?\s?(?P<b>{_ARABIC})\s?(?P<sb>{_SCALE_EN})?\s?(?P<unit>{_UNIT_EN}|{_RATE_EN})?",
    re.I,
)
# "30% → 45%", "30%提升到45%": a level then a target with no "from".
_ARROW = re.compile(
    rf"(?P<a>{_ARABIC})\s?(?P<ua>%|％)?\s?(?:→|->|=>|—>|提升到|提高到|提升至|提高至|增加到|增长到|"
    rf"降低到|降低至|降到|降至|缩短到|缩短至)\s?(?P<b>{_ARABIC})\s?(?P<unit>%|％)?"
)
_BASELINE = re.compile(
    rf"(?:baseline|current(?:ly)?|today|基线|当前|目前|现在|现状)\s?(?:is|of|值|为|是|[:：])?\s?"
    rf"(?P<a>{_ARABIC})\s?(?P<ua>%|％)?",
    re.I,
)
_PCT_ZH = re.compile(r"百分之(?P<n>[零〇一二两三四五六七八九十百]{1,6}|\d{1,6}(?:\.\d{1,4})?)")
_TIMES_ZH = re.compile(
    r"(?P<n>[一两二三四五六七八九十]{1,3}|\d{1,4}(?:\.\d{1,2})?)倍|翻(?P<f>一|两|二)?番"
)
_TARGET_BEFORE = re.compile(
    r"(?:到|至|达到|达|为|突破|超过|获得|赢得|增至|增到|降至|降到|控制在|"
    r"\bto|\breach(?:es|ing)?|\bhit|\babove|\bover|\bexceed(?:s|ing)?|\bof)\s?$",
    re.I,
)
_VERB_BEFORE = re.compile(
    rf"(?:{_INC_ZH}|{_DEC_ZH}|{_REACH_ZH})了?\s?$|\b(?:{_INC_EN}|{_DEC_EN}|{_REACH_EN})[a-z]*\s(?:by\s)?$"
    r"|\bby\s$",
    re.I,
)


def _to_float(s: str) -> float | None:
    s = s.replace(",", "").replace("，", "")
    try:
        return float(s)
    except ValueError:
        return zh_number(s)


def _direction(text: str, lang: str) -> str | None:
    """The first direction word in `text` ("提升", "reduce", "达到", "maintain"), preferring
    words of the item's own language."""
    best: tuple[tuple[int, int], str] | None = None
    for dlang, direction, pattern in _DIRECTION:
        m = pattern.search(text)
        if m is None:
            continue
        key = (0 if dlang == lang else 1, m.start())
        if best is None or key < best[0]:
            best = (key, direction)
    return best[1] if best else None


@dataclass
class _Candidate:
    value: float | None
    unit: str | None
    start: int
    end: int
    priority: int


def _norm_unit(unit: str | None) -> str | None:
    if not unit:
        return None
    u = unit.strip()
    low = u.lower()
    if low in ("％",):
        return "%"
    if low in ("percentage point", "percentage points", "pp", "pt", "pts", "个百分点", "百分点"):
        return "pp"
    if low in ("￥", "rmb", "cny", "人民币"):
        return "¥"
    if low == "usd" or u == "美元":
        return "$"
    if low == "eur":
        return "€"
    return u


def _is_date_or_label(text: str, start: int, end: int, num: str) -> bool:
    """A number that is a date, a quarter, a version or a label, not a quantity."""
    after = text[end : end + 3]
    before = text[max(0, start - 1) : start]
    if re.match(r"\s?(?:月|日|号|年|季度|点钟|am|pm|:\d|：\d)", after, re.I):
        return True
    if re.fullmatch(r"(?:19|20)\d\d", num) and not re.match(r"\s?[%％]", after):
        return True
    return bool(before and (before in "QqHhVvPp#/:：" or (before.isascii() and before.isalpha())))


_EN_WORD_AFTER = re.compile(r"\s([A-Za-z][A-Za-z\-]{0,30})")


def _en_unit_after(text: str, end: int) -> tuple[str | None, int]:
    """The noun after an English number ("10 new logos" → logos), skipping fillers."""
    pos = end
    for _ in range(3):
        m = _EN_WORD_AFTER.match(text, pos)
        if not m:
            return None, end
        word = m.group(1)
        low = word.lower()
        if low in _EN_NOT_UNIT:
            return None, end
        if low in _EN_FILLER:
            pos = m.end()
            continue
        return word, m.end()
    return None, end


def _bracket_depths(text: str) -> list[int]:
    """How many brackets are open before each position (one pass, for many candidates)."""
    depths = [0] * (len(text) + 1)
    depth = 0
    for i, ch in enumerate(text):
        depths[i] = depth
        if ch in "（(":
            depth += 1
        elif ch in "）)" and depth:
            depth -= 1
    depths[len(text)] = depth
    return depths


def _candidates(text: str, lang: str) -> list[_Candidate]:
    out: list[_Candidate] = []
    depths: list[int] | None = None
    for m in _VALUE_RE.finditer(text):
        raw = m.group("n")
        cur, scale, unit = m.group("cur"), m.group("scale"), m.group("unit")
        placeholder = bool(re.fullmatch(_PLACEHOLDER, raw))
        if placeholder and not (unit or scale or cur):
            continue  # "xx产品" is a placeholder name, not a number
        if placeholder and raw == "N" and not (unit or cur):
            continue
        if placeholder and raw in ("x", "X", "xx", "XX", "xxx", "XXX"):
            prev = text[m.start("n") - 1 : m.start("n")]
            if prev.isascii() and prev.isalnum():
                continue  # part of a word ("box", "Max")
        if (
            not placeholder
            and re.fullmatch(f"[{_ZH_NUMERAL_CHARS}]+", raw)
            and (not unit or unit in ("分", "星", "级", "%", "％"))
        ):
            continue  # "一起", "万一": Chinese numerals count only with a measure word
        start = m.start("cur") if cur else m.start("n")
        end = m.end()
        if not placeholder and _is_date_or_label(text, m.start("n"), m.end("n"), raw):
            continue
        value = None if placeholder else _to_float(raw)
        if not placeholder and value is None:
            continue
        if value is not None and scale:
            value *= _SCALE.get(scale.lower(), 1.0)
        if unit is None and cur is None and re.match(r"[A-Za-z]", raw[-1:] or "") is None:
            word, word_end = _en_unit_after(text, end)
            if word and lang == "en":
                unit, end = word, word_end
        final_unit = _norm_unit(cur) if cur and not unit else _norm_unit(unit)
        if cur and unit and unit not in ("%", "％"):
            final_unit = _norm_unit(cur)
            end = m.end("scale") if scale else m.end("n")
        if depths is None:
            depths = _bracket_depths(text)
        out.append(_Candidate(value, final_unit, start, end, _priority(text, start, depths)))
    return out


def _priority(text: str, start: int, depths: list[int]) -> int:
    before = text[max(0, start - 12) : start]
    if depths[start] > 0:
        return 3
    if _TARGET_BEFORE.search(before):
        return 0
    if _VERB_BEFORE.search(before):
        return 1
    return 2


def _is_relative(text: str, pos: int, unit: str | None) -> bool:
    """'增加20%' / 'increase by 20%' / 'grow MRR 20%' are changes; '提升到90%' / 'to 90%' are
    levels. Only percentages, percentage points and multiples count (see the module doc)."""
    if unit not in ("%", "pp", "x"):
        return False
    if unit == "x":
        return True
    window = text[max(0, pos - 60) : pos]
    if _TARGET_BEFORE.search(window[-12:]):
        return False
    if re.search(r"\bby\s*(?:about|around|roughly|at least|over)?\s*$", window, re.I):
        return True  # "… by 15%" is a change, however far back its verb is
    verbs = list(_CHANGE_VERB.finditer(window))
    verb = verbs[-1] if verbs else None
    if verb is not None and not _TARGET_WORD.search(window[verb.end() :]):
        return True
    # "a 20% increase", "20% more", "20% fewer"
    after = text[pos : pos + 30]
    return bool(
        re.match(
            r"[^\s]{1,12}\s(?:increase|decrease|growth|reduction|more|less|fewer|higher|lower|"
            r"improvement|uplift|drop)\b",
            after,
            re.I,
        )
    )


_CHANGE_VERB = re.compile(rf"{_INC_ZH}|{_DEC_ZH}|\b(?:{_INC_EN}|{_DEC_EN})", re.I)
_TARGET_WORD = re.compile(r"到|至|达到|为|\bto\b|\bat\b|\breach", re.I)


def _from_to(text: str, lang: str, direction: str | None) -> Metric | None:
    for pattern in (_FROM_TO_ZH, _FROM_TO_EN) if lang == "zh" else (_FROM_TO_EN, _FROM_TO_ZH):
        m = pattern.search(text)
        if m:
            break
    else:
        m = _ARROW.search(text)
        if m is None:
            return None
    groups = m.groupdict()
    a, b = _to_float(groups["a"]), _to_float(groups["b"])
    if a is not None and groups.get("sa"):
        a *= _SCALE.get(groups["sa"].lower(), 1.0)
    if b is not None and groups.get("sb"):
        b *= _SCALE.get(groups["sb"].lower(), 1.0)
    if a is not None and groups.get("sb") and not groups.get("sa") and not groups.get("ua"):
        # "from 1 to 3万": the scale of the target applies to both.
        a *= _SCALE.get(groups["sb"].lower(), 1.0)
    unit = groups.get("unit") or groups.get("ua") or groups.get("cb") or groups.get("ca")
    if direction in (None, "reach") and a is not None and b is not None:
        direction = "increase" if b > a else "decrease" if b < a else "maintain"
    return Metric(
        value=b,
        unit=_norm_unit(unit),
        baseline=a,
        direction=direction,  # type: ignore[arg-type]
        relative=False,
        text=m.group(0).strip(),
        span=Span(start=m.start(), end=m.start() + len(m.group(0).rstrip())),
    )


def _baseline(text: str) -> float | None:
    m = _BASELINE.search(text)
    return _to_float(m.group("a")) if m else None


def extract_metric(text: str, lang: str) -> Metric | None:
    """The measurable target in `text`, or None when the KR has no number at all."""
    direction = _direction(text, lang)
    found = _from_to(text, lang, direction)
    if found is not None:
        return found
    m = _PCT_ZH.search(text)
    if m:
        return Metric(
            value=zh_number(m.group("n")),
            unit="%",
            direction=direction,  # type: ignore[arg-type]
            relative=_is_relative(text, m.start(), "%"),
            baseline=_baseline(text),
            text=m.group(0),
            span=Span(start=m.start(), end=m.end()),
        )
    m = _TIMES_ZH.search(text)
    if m:
        return _times(text, m, direction)
    cands = _candidates(text, lang)
    if not cands:
        return None
    best = min(cands, key=lambda c: (c.priority, c.start))
    baseline = _baseline(text[: best.start] + " " * (best.end - best.start) + text[best.end :])
    return Metric(
        value=best.value,
        unit=best.unit,
        baseline=baseline,
        direction=direction,  # type: ignore[arg-type]
        relative=_is_relative(text, best.start, best.unit),
        text=text[best.start : best.end].strip(),
        span=Span(start=best.start, end=best.start + len(text[best.start : best.end].rstrip())),
    )


def _times(text: str, m: re.Match[str], direction: str | None) -> Metric:
    """两倍 / 一倍 / 翻一番: a multiple of the starting value."""
    word = m.group(0)
    if word.startswith("翻"):
        n: float | None = 4.0 if m.group("f") in ("两", "二") else 2.0
    else:
        n = _to_float(m.group("n"))
        # "增加一倍" / "增长两倍" add to the start: one more than the figure.
        if n is not None and re.search(r"(?:增加|提升|提高|增长|扩大)了?\s?$", text[: m.start()]):
            n += 1
    return Metric(
        value=n,
        unit="x",
        direction=direction or "increase",  # type: ignore[arg-type]
        relative=True,
        text=word,
        span=Span(start=m.start(), end=m.end()),
    )

"""How the objective-* rules read an objective: times, clauses, number targets, vagueness.

Shared by objective-is-metric, objective-not-inspiring, objective-not-controllable and
objective-vague (a private module: the registry skips names starting with '_'). Every function
keeps lengths, so a position in a masked or folded string is a position in `item.plain`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coach.metrics import extract_metric
from coach.nlp import lemma_en
from coach.text import fold
from coach.timeframes import find_timeframe
from coach.wordlists import find_terms, words

# Clause separators: full- and half-width punctuation; a '.' only when it is not a decimal point.
_SEPARATOR = re.compile(r"[，,；;。！!？?\n]|\.(?!\d)")
_EDGE = " \t，,；;。.！!？?、:：-–—"
_KEEP_FIRST = "$¥￥€£[【(（«“\"'#"
_KEEP_LAST = "%％)）]】»”\"'+"


def mask_times(text: str, lang: str) -> str:
    """`text` with every time expression ("本季度", "by end of Q3", "9月1日前") blanked."""
    out = text
    for _ in range(12):  # an objective holds a handful of time expressions at most
        found = find_timeframe(out, lang)
        if found is None:
            break
        s, e = found[1]
        out = out[:s] + " " * (e - s) + out[e:]
    return out


def clauses(text: str) -> list[tuple[int, int]]:
    """Spans of the clauses of `text`, trimmed of blanks and punctuation at both ends."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in [*_SEPARATOR.finditer(text), None]:
        end = m.start() if m else len(text)
        s, e = start, end
        # Trim blanks, punctuation and symbols (an emoji bullet); keep currency and percent.
        while s < e and not (text[s].isalnum() or text[s] in _KEEP_FIRST):
            s += 1
        while e > s and not (text[e - 1].isalnum() or text[e - 1] in _KEEP_LAST):
            e -= 1
        if s < e:
            out.append((s, e))
        start = m.end() if m else len(text)
    return out


def core_start(text: str) -> int:
    """Index of the first character that is not a blank, punctuation or a symbol."""
    i = 0
    while i < len(text) and not (text[i].isalnum() or text[i] in _KEEP_FIRST):
        i += 1
    return i


# -- numbers that are targets -------------------------------------------------------------------

_ARABIC = re.compile(r"(?<![A-Za-z0-9.,，])\d+(?:[,，]\d{3})*(?:\.\d+)?")
_ZH_NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百千万亿]+")
# Placeholders the seed uses for a number ("增加到XX元"): x/X runs next to a unit or currency.
_PLACEHOLDER = re.compile(
    r"(?<![A-Za-z])(?:(?<=[$¥￥€£])\s*[xX]{1,3}|[xX]{1,3}(?=\s*(?:%|％|元|万|亿|千|百|倍|人|名|家|个|位|次|美元)))(?![A-Za-z])"
)
_PERCENT = re.compile(
    r"(?<!\s)\s*(?:%|％|个百分点|percent\b|percentage points?\b|pp\b|pts\b)", re.I
)
_MULTIPLE = re.compile(r"(?<!\s)\s*(?:倍|[xX×](?![A-Za-z0-9]))")
_MONEY_AFTER = re.compile(
    r"(?<!\s)\s*(?:[万亿千]?美元|[万亿千]?欧元|万元|亿元|千元|百万元|元|块钱|人民币|dollars?\b|usd\b|rmb\b)",
    re.I,
)
_SCALE = re.compile(
    r"(?<!\s)\s*(?:million\b|billion\b|thousand\b|mn\b|bn\b|[kmb](?![A-Za-z0-9])|千万|百万|万|亿)",
    re.I,
)
_ZH_COUNT_UNIT = re.compile(
    r"(?<!\s)\s*(?:人|名|家|个|位|次|篇|场|款|条|单|台|套|所|座|件|户|笔|份|本|门|天|小时|分钟|秒|毫秒|周|"
    r"项(?!目)|分(?![析享公布配发类期钟店行支工]))"
)
# A number followed by one of these is a date, an anniversary, a grade or a scale label.
_NOT_A_TARGET_AFTER = re.compile(
    r"(?<!\s)\s*(?:年|月|日|号|季度|周年|世纪|年代|级|期|代|度|°|-?degrees?\b|-?years?\b|st\b|nd\b|rd\b|th\b)",
    re.I,
)
_CURRENCY_BEFORE = re.compile(r"[$¥￥€£]\s*$")
_FROM_ZERO = re.compile(
    r"从\s*0\s*到\s*1|0\s*到\s*1|(?:from\s+)?(?:0|zero)\s+to\s+(?:1|one)\b", re.I
)
_MULTIPLE_ZH = re.compile(r"翻[一两二]?番|翻倍|倍增|减半")
_MULTIPLE_EN = re.compile(
    r"\b(?:doubl(?:e[sd]?|ing)|tripl(?:e[sd]?|ing)|quadrupl(?:e[sd]?|ing)|halv(?:e[sd]?|ing))\b"
    r"(?!-|\s+(?:down|check|click|tap|opt|dip|shift|entry|standard|booking|bottom|digits?)\b)"
    r"(?=\s+\w)|\bin half\b",
    re.I,
)
_EN_WORD_NUMBER = re.compile(
    r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|half a)\s+(?:million|billion)\b", re.I
)


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    kind: str  # 'percent' | 'multiple' | 'money' | 'count'


def normalize_placeholders(text: str) -> str:
    """'增加到XX元' → '增加到99元': the author's number placeholders read as numbers."""
    return _PLACEHOLDER.sub(lambda m: re.sub(r"[xX]", "9", m.group()), text)


def _word_before(text: str, pos: int) -> str:
    m = re.search(r"([A-Za-z]+)\.?\s*$", text[max(0, pos - 30) : pos])
    return m.group(1) if m else ""


def _is_label(text: str, folded: str, s: int, e: int, lang: str) -> bool:
    """A number that names or ranks something, or a date, rather than a target to reach."""
    before = folded[max(0, s - 2) : s].rstrip()
    if before.endswith(("#", "№", "第", "前")):
        return True
    if _NOT_A_TARGET_AFTER.match(text, e):
        return True
    word = _word_before(text, s)
    if word:
        low = word.lower()
        if low in words("objective_number_labels", lang):
            return True
        # An acronym right before a number is a standard or a product ("SOC 2", "CMMI 5"),
        # unless it is a measure ("NPS 50").
        if word.isupper() and len(word) >= 2 and low not in words("objective_metric_nouns", lang):
            return True
    # A token with letters glued to the number ("5G", "4K", "B2B") is a name.
    m = re.match(r"[A-Za-z0-9*/]+", folded[s:])
    token = folded[s : s + len(m.group())] if m else ""
    names = words("objective_number_names", lang)
    if token in names:
        return True
    # "2.0" with nothing after it is a version.
    return bool(re.fullmatch(r"\d+\.0", text[s:e]) and not re.match(r"\s*[%％倍xX]", text[e:]))


def _classify(text: str, s: int, e: int) -> tuple[str, int] | None:
    """Kind of the quantity at text[s:e] and where it ends, or None when it has no unit (zh)."""
    for kind, pattern in (("percent", _PERCENT), ("multiple", _MULTIPLE), ("money", _MONEY_AFTER)):
        m = pattern.match(text, e)
        if m:
            return kind, m.end()
    m = _SCALE.match(text, e)
    if m:
        end = m.end()
        money = _MONEY_AFTER.match(text, end)
        if money or _CURRENCY_BEFORE.search(text[:s]):
            return "money", money.end() if money else end
        return "count", end
    if _CURRENCY_BEFORE.search(text[:s]):
        return "money", e
    m = _ZH_COUNT_UNIT.match(text, e)
    if m:
        return "count", m.end()
    return None


def find_quantities(text: str, lang: str) -> list[Quantity]:
    """Quantities in `text` (times already masked) that could be targets: not dates, ranks,
    versions or names. Chinese numerals count only with a unit, and a lone 一 is an article."""
    text = normalize_placeholders(_FROM_ZERO.sub(lambda m: " " * len(m.group()), text))
    folded = fold(text)
    out: list[Quantity] = []
    for m in _ARABIC.finditer(text):
        s, e = m.start(), m.end()
        if _is_label(text, folded, s, e, lang):
            continue
        kind = _classify(text, s, e)
        if kind is None:
            if re.search(r"[\u4e00-\u9fff]", text[e : e + 1]):
                continue  # a bare number glued to a Chinese word is a name ("3号线")
            kind = ("count", e)
        start = s
        cur = _CURRENCY_BEFORE.search(text[:s])
        if cur:
            start = cur.start()
        out.append(Quantity(start, kind[1], kind[0]))
    for m in _ZH_NUMERAL.finditer(text):
        s, e = m.start(), m.end()
        if _is_label(text, folded, s, e, lang):
            continue
        kind = _classify(text, s, e)
        if kind is None or (m.group() == "一" and kind[0] != "multiple"):
            continue
        out.append(Quantity(s, kind[1], kind[0]))
    for pattern, kind in ((_MULTIPLE_ZH, "multiple"), (_MULTIPLE_EN, "multiple")):
        out.extend(Quantity(m.start(), m.end(), kind) for m in pattern.finditer(text))
    out.extend(Quantity(m.start(), m.end(), "count") for m in _EN_WORD_NUMBER.finditer(text))
    return sorted(out, key=lambda q: (q.start, q.end))


@dataclass(frozen=True)
class MetricClause:
    start: int
    end: int
    quantities: tuple[Quantity, ...]
    direction: str | None


def metric_clauses(plain: str, lang: str) -> list[MetricClause]:
    """The clauses of an objective that state a number target ("销售额提升30%", "Reach $2M ARR").

    A quantity is a target when its clause has a target verb or a named measure, or when it is
    an explicit multiple ("翻番", "Double the user base"). Times are masked first, so a clause
    span never starts or ends with a time expression.
    """
    masked = mask_times(plain, lang)
    folded = fold(masked)
    verbs = words("objective_target_verbs", lang)
    nouns = words("objective_metric_nouns", lang)
    quantities = find_quantities(masked, lang)
    out: list[MetricClause] = []
    for s, e in clauses(masked):
        inside = tuple(q for q in quantities if s <= q.start < e)
        if not inside:
            continue
        explicit = any(
            q.kind == "multiple" and not re.match(r"\d|[一两二三四五六七八九十]", masked[q.start])
            for q in inside
        )
        chunk = folded[s:e]
        if not (explicit or find_terms(chunk, verbs, lang) or find_terms(chunk, nouns, lang)):
            continue
        metric = extract_metric(normalize_placeholders(masked[s:e]), lang)
        direction = metric.direction if metric else None
        if direction is None and re.search(r"减半|halv|in half", chunk):
            direction = "decrease"
        out.append(MetricClause(s, e, inside, direction or "increase"))
    return out


# -- vagueness ----------------------------------------------------------------------------------


def is_vague(plain: str, lang: str) -> bool:
    """True when nothing but generic verbs, fillers, function words and times is left."""
    folded = fold(mask_times(plain, lang))
    if re.search(r"\d", folded):
        return False
    generic = words("objective_generic", lang)
    function = words("objective_function_words", lang)
    if lang == "zh":
        terms = tuple(sorted({*generic, *function}, key=lambda w: (-len(w), w)))
        chars = list(folded)
        found = find_terms(folded, terms, "zh")
        for s, e, _ in found:
            for i in range(s, e):
                chars[i] = " "
        left = "".join(chars)
        return bool(found) and not re.search(r"[\u4e00-\u9fffa-z]", left)
    tokens = re.findall(r"[a-z]+(?:['’][a-z]+)*", folded)
    if not tokens:
        return False
    return all(t in generic or t in function or lemma_en(t) in generic for t in tokens)

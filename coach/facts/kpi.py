"""Names of measures (KPIs) in an item's wording: "net revenue retention", "复购率", "cloud spend".

An objective that only names a measure is a KPI, not a direction ("Net revenue retention",
"提高门店复购率": docs/principles.md decision 18), with or without a number. The vocabulary comes
from three places, read once per language:

- the fact layer's measure names (`metric_nouns.txt`, also read by the quantity reader) and
  the heads that name a measure in general (`kpi_nouns.txt`: cost, spend, engagement, 成本,
  知名度 …);
- the metric library (`models/data/library/metrics.jsonl`: the curated measurable outcomes of
  every function, in both languages): each name without its bracketed note, and an acronym
  given in the note ("customer satisfaction (CSAT)" → "customer satisfaction", "csat");
- word shapes: an English noun before "rate" or "ratio" names a rate ("realization rate",
  "collection rate", "fill ratio": decision 670), unless the word before is no noun (a
  determiner, a preposition, a word of speed or size: "at a record rate", "first-rate"), or
  one of the few that name a price or a body's measure (`kpi_rate_exceptions.txt`: interest
  rate, exchange rate, heart rate); a Chinese word that ends in 率 names a rate (良品率, 复购率, 一次解决率); one that
  ends in a measure's head (`kpi_suffixes.txt`: 额, 量, 人数, 占比, 时长, 周期 …) names an amount,
  a count, a share or a length of time (销售额, 客流量, 会员人数, 线上销售占比, 补货周期), unless
  `kpi_suffix_exceptions.txt` lists it (质量, 力量, 大量, 名额).

`kpi_spans(folded, tokens, lang)` returns where measure names occur, longest first and without
overlaps, in item-local offsets. Rules read it as `item.facts.kpis`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from coach.errors import DataFileError
from coach.wordlists import find_terms, longest_first, words

if TYPE_CHECKING:
    from coach.nlp import Token

# The curated metric library shipped with the project (read as data, like the classifier's
# artifact: the fact layer imports nothing from `models`).
LIBRARY = Path(__file__).resolve().parents[2] / "models" / "data" / "library" / "metrics.jsonl"

_NOTE = re.compile(r"[（(]([^（）()]*)[）)]")
_ACRONYM = re.compile(r"^[A-Za-z][A-Za-z0-9/-]{1,7}$")
# A Chinese word ending in 率 names a rate; these few end in 率 and do not.
_NOT_RATES = frozenset({"效率", "频率", "功率", "税率", "汇率", "利率", "概率", "草率", "轻率", "坦率", "表率", "统率", "率"})  # fmt: skip


def library_names(path: Path = LIBRARY) -> dict[str, set[str]]:
    """Every metric name of the library, per language: names without their bracketed notes,
    plus the acronyms those notes give. A missing library gives nothing; a broken line is an
    error naming the file and line."""
    out: dict[str, set[str]] = {"en": set(), "zh": set()}
    if not path.is_file():
        return out
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            names = json.loads(line)["name"]
            pairs = [(lang, str(names[lang])) for lang in ("en", "zh")]
        except (ValueError, KeyError, TypeError) as exc:
            raise DataFileError(f"{path}:{n}: a metric needs a name in en and zh ({exc})") from None
        for lang, name in pairs:
            for note in _NOTE.findall(name):
                for part in re.split(r"[,，、;；/\s]+", note.strip()):
                    if _ACRONYM.match(part) and sum(c.isupper() for c in part) >= 2:
                        out[lang].add(part.lower())
            bare = _NOTE.sub("", name).strip().lower()
            if bare:
                out[lang].add(bare)
    return out


@cache
def kpi_terms(lang: str) -> tuple[str, ...]:
    """Every measure name for `lang`, longest first (English names also count in Chinese
    text, where NPS, GMV and ARR are written in Latin letters)."""
    terms = {*words("metric_nouns", lang), *words("kpi_nouns", lang)}
    terms |= library_names()[lang]
    if lang == "zh":
        terms |= {t for t in kpi_terms("en") if t.isascii() and " " not in t and len(t) <= 4}
    else:  # a plural names the same measure ("open rates", "signups per week")
        terms |= {t + "s" for t in terms if t[-1:].isalpha() and not t.endswith(("s", "y"))}
    return longest_first(frozenset(terms))


@cache
def _system_names(lang: str) -> tuple[str, ...]:
    return longest_first(frozenset(words("kpi_system_names", lang)))


def kpi_spans(folded: str, tokens: Sequence[Token], lang: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of each measure named in folded text: listed names, and for Chinese
    a word that ends in 率 or in a measure's head (`kpi_suffixes.txt`)."""
    found = list(find_terms(folded, kpi_terms(lang), lang))
    if lang == "en":
        found = _with_rates(folded, found)
    if lang == "en" and found:
        # "the indexing pipeline", "the revenue model": a system named, not its measure
        systems = find_terms(folded, _system_names(lang), lang)
        found = [f for f in found if not any(a <= f[0] and f[1] <= b for a, b, _ in systems)]
    if lang == "en" and found:
        # "Increase employer partnerships": ties counted only after a verb of counting up;
        # "Strengthen partnerships with local schools" betters a practice (decision 4506)
        found = [
            f
            for f in found
            if f[2] not in _COUNTED_TIES or _COUNTED_UP.search(folded, max(0, f[0] - 40), f[0])
        ]
    if lang == "en" and found:
        # "Keep supporters giving", "Get customers spending again": what the people kept at it
        # do, a verb after its object, not the measure named giving (decision 6831)
        found = [f for f in found if not _people_kept_doing(folded, f)]
    if lang == "en":
        found = _en_durations(folded, found)
        found = _en_averages(folded, found)
        found = _en_active_users(folded, found)
    if lang == "en" and ("bill" in folded or "invoice" in folded):
        found = _own_bills(folded, found, lang)
    if lang == "zh":
        # A name that starts or ends inside a word names that word's measure ("粉丝数" in
        # 粉丝数量, "客流" in 客流量, "收入" in 销售收入): the span runs to the word's edges.
        # The token each offset falls strictly inside (one pass: linear in the text).
        inside: dict[int, Token] = {}
        for t in tokens:
            for p in range(t.start + 1, t.end):
                inside[p] = t
        before_widening = list(found)
        for k, (s, e, _name) in enumerate(found):
            first = inside[s].start if s in inside else s
            if first < s and all(ch in _NUMBER_CHARS for ch in folded[first:s]):
                first = s  # "5000万营收": a scale word jieba glues on is the figure's (1603)
            last = inside[e].end if e in inside else e
            found[k] = (first, last, folded[first:last])
        # "门店数字化", "会员数字化": a name whose end ("门店数") opens a word of becoming (数字化)
        # is no measure; the word it runs into is the change made (decision 2940)
        found = [
            f
            for f, (_s, e, _n) in zip(found, before_widening, strict=True)
            if not (
                e in inside
                and inside[e].start < e
                and (inside[e].text.endswith("化") or inside[e].text in _EVENT_WORDS)
            )
        ]
        # "会员数|量", "门店数|量": jieba glues 数 onto the name and leaves 量 alone; the count is
        # the whole 数量 (decision 2985)
        lone_liang = {t.start for t in tokens if t.text == "量"}
        for k, (s, e, _name) in enumerate(found):
            if folded[e - 1 : e] == "数" and e in lone_liang:
                found[k] = (s, e + 1, folded[s : e + 1])
        covered = bytearray(len(folded) + 1)
        for s, e, _ in found:
            covered[s:e] = b"\x01" * (e - s)
        starts = {t.start for t in tokens}
        ends = {t.end for t in tokens}
        prev: Token | None = None
        for tok in tokens:
            before, prev = prev, tok
            if any(covered[tok.start : tok.end]):
                continue
            span = _shaped_measure(folded, tok, starts, ends)
            if span is None and tok.text == "率" and before is not None:
                span = _split_rate(folded, before, tok)
            elif span is None and tok.text[:1] == "率" and before is not None:
                span = _rate_glued_on(folded, before, tok)
            elif span is None and tok.text in ("量", "数") and before is not None:
                span = _split_volume(before, tok)
            elif span is not None and before is not None and len(tok.text) == 2:
                span = _verb_before_rate(folded, before, span)
            if span is not None:
                found.append((*span, folded[span[0] : span[1]]))
                covered[span[0] : span[1]] = b"\x01" * (span[1] - span[0])
        if "账单" in folded:
            found = _own_bills(folded, found, lang)
    return tuple(sorted(found))


# A verb that keeps or gets people at something, then the people (a plural), right before the
# word in -ing: "Keep supporters giving", "Get lapsed donors giving again" (decision 6831).
_EN_KEPT_DOING = re.compile(
    r"\b(?:keep|keeps|keeping|get|gets|getting|help|helps|helping|see|start|stop)\s"
    r"(?:[a-z'’-]+\s){0,2}(?:[a-z'’-]+s|alumni|staff|people)\s$"
)


def _people_kept_doing(folded: str, found: tuple[int, int, str]) -> bool:
    s, _e, name = found
    return (
        name.endswith("ing")
        and " " not in name
        and _EN_KEPT_DOING.search(folded, max(0, s - 60), s) is not None
    )


# The team's own bill cut (decision 4661): a verb that lowers an amount, then the bill or
# invoice the team pays, named by its owner ("our", "the", "AWS's") or by what it is for ("cloud
# bill"). A bill is then spend: "Cut our cloud bill", "降低我们的云账单". Not a bill of materials,
# bill pay (a product), a bill passed (a law), nor "bill" as a verb.
_EN_CUT = (
    r"(?:cut|cutting|reduce|reducing|lower|lowering|shrink|shrinking|trim|trimming|halve|"
    r"halving|slash|slashing|contain|containing|decrease|decreasing|bring down|minimi[sz]e|"
    r"curb|curbing|rein in|cap|capping)"
)
_EN_OWN_BILL = re.compile(
    rf"\b{_EN_CUT}\s+(?:(?P<own>our|my|your|their|its|the|[a-z]+['’]s)\s+)?"
    r"(?P<name>(?:(?!(?:and|or|of|for|to|in|on|a|an|the|with)\b)[a-z0-9][a-z0-9-]*\s+){0,2}?"
    r"(?:bill|invoice)s?)(?![\w'’-])(?!\s+(?:of|pay|payments?|paying|passed|through)\b)"
)
_ZH_CUT = r"(?:降低|减少|压缩|削减|压降|节省|节约|控制|降)"
_ZH_OWNER = r"(?:我们的?|我司的?|公司的?|团队的?|部门的?)?"
_ZH_BILL_NAME = r"(?P<name>[\u4e00-\u9fffa-z0-9]{0,8}?账单)(?![\u4e00-\u9fff])"
_ZH_OWN_BILL = re.compile(
    rf"{_ZH_CUT}{_ZH_OWNER}{_ZH_BILL_NAME}"
    rf"|把{_ZH_OWNER}(?P<name2>[\u4e00-\u9fffa-z0-9]{{0,8}}?账单)(?:降|减|压|砍|控制)"
)


def _own_bills(
    folded: str, found: list[tuple[int, int, str]], lang: str
) -> list[tuple[int, int, str]]:
    """`found` plus the team's own bill a verb lowers (`_EN_OWN_BILL`, `_ZH_OWN_BILL`) where no
    name covers it (decision 4661)."""
    pattern = _ZH_OWN_BILL if lang == "zh" else _EN_OWN_BILL
    for m in pattern.finditer(folded):
        group = "name" if m.group("name") is not None else "name2"
        a, b = m.span(group)
        if lang == "en" and m.group("own") is None and " " not in m.group("name"):
            continue  # "Cut bills" is read by its plural; a bare "bill" may be a law
        if any(x < b and a < y and not (a <= x and y <= b) for x, y, _ in found):
            continue
        # a name inside the bill's ("电费" in 电费账单) is the bill's own
        found = [f for f in found if not (a <= f[0] and f[1] <= b)] + [(a, b, m.group(group))]
    return sorted(found)


# Ties a team forms, a KPI only when their number is grown (decision 4506).
_COUNTED_TIES = frozenset({"partnerships", "sponsorships"})
_COUNTED_UP = re.compile(
    r"\b(?:increase|increasing|grow|growing|expand|expanding|double|doubling|triple|tripling|"
    r"boost|boosting|add|adding|more)\b(?: (?:our|the|new|active|paid|local|[a-z]+-?[a-z]*)){0,2} $"
)


# ... nor one whose end opens the word of an event held: "质量月活动", "会员日活动" are a month's and
# a day's events, not 月活/日活 (decision 4427).
_EVENT_WORDS = frozenset({"活动", "活动周", "活动月"})
# Digits and scale words: a figure's end glued to a measure's name by jieba ("万营收").
_NUMBER_CHARS = frozenset("0123456789.,十百千万亿元")


# "<noun> rate" / "<noun> ratio": the noun before the head (decision 670); a score, an accuracy
# and a turnaround are read the same way: "reading scores", "model accuracy", "contract
# turnaround" (decision 1827). Not a coverage ("Increase requirements coverage": decision 630).
_EN_RATE = re.compile(
    r"(?<![\w-])([a-z][a-z]+(?:-[a-z]+)?)[ -](rates?|ratios?|scores?|accuracy|turnaround)(?![\w-])"
    # "Send rate card to every agency", "Print score sheets": the head qualifies the noun after
    # it, a thing (a card, a sheet, a table), so the words before it name no measure (5087)
    r"(?![ -](?:cards?|sheets?|tables?|books?|boards?|limits?|limiters?|plans?)(?![\w-]))"
)
# The thing a measure's head qualifies ("rate card", "score sheets"): read by coach.facts.shape
# too, where "Send rate card …" leads with its verb (decision 5087).
THING_AFTER_HEAD = re.compile(
    r"[ -](?:cards?|sheets?|tables?|books?|boards?|limits?|limiters?|plans?)(?![\w-])"
)
_EN_RATE_HEADS = ("rat", "score", "accuracy", "turnaround")


@cache
def _rate_exceptions() -> frozenset[str]:
    return frozenset(words("kpi_rate_exceptions", "en"))


def _with_rates(folded: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`found` plus every English "<noun> rate|ratio" no listed name covers ("realization
    rate", "collection rate", "fill ratio": decision 670). The word before must be a noun: not
    a function word or a word of speed or size ("at a record rate", "a high ratio"), nor one
    that names a price or a body's measure (`kpi_rate_exceptions.txt`)."""
    if not any(h in folded for h in _EN_RATE_HEADS):
        return found
    stop = _rate_exceptions()
    for m in _EN_RATE.finditer(folded):
        s, e = m.start(), m.end()
        if m.group(1) in stop:
            continue
        # A listed name just before the head ("occupancy" in "occupancy ratio") is the same
        # measure: the name runs on to the head.
        ends_before = [k for k, f in enumerate(found) if f[1] == m.end(1) and f[0] <= s]
        if ends_before:
            k = ends_before[0]
            found[k] = (found[k][0], e, folded[found[k][0] : e])
            continue
        if any(a < e and s < b for a, b, _ in found):
            continue
        found.append((s, e, m.group(0)))
    return found


# An average per unit named by its shape (decision 701): "average visits per patient",
# "average order value per customer", "average tickets per agent": a measure, whatever it counts.
# Written short the same ("avg products per customer", "Avg. tickets per agent"; decision 2625).
# So is an average whose head is a measure's size, value or length (decision 2938): "average tab
# size", "average cart size", "average contract length", "median booking value".
_EN_AVERAGE = re.compile(
    r"\b(?:average|avg\.?|median) (?:(?:[a-z][a-z-]+ ){1,3}per [a-z][a-z-]+|(?:[a-z][a-z-]+ )"
    r"{1,2}(?:size|value|amount|length|weight|duration|spend|price|score|rating|time)s?)\b"
)


# A count of active users by its acronym with a qualifier before it (decision 977): "SWAU",
# "L7DAU", "PMAUs" are DAU, WAU, MAU of some kind (those three are listed names already).
# The qualifier is letters with no vowel, or digits: not "landau" (a carriage).
_EN_ACTIVE_USERS = re.compile(r"(?<![\w-])[b-df-hj-np-tv-z0-9]{1,3}[dwm]aus?(?![\w-])")


def _en_active_users(folded: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`found` plus every acronym of active users `_EN_ACTIVE_USERS` reads that no name covers."""
    if "au" not in folded:
        return found
    extra = [
        (a, b, m.group())
        for m in _EN_ACTIVE_USERS.finditer(folded)
        for a, b in [m.span()]
        if not any(x < b and a < y for x, y, _ in found)
    ]
    return sorted(found + extra) if extra else found


def _en_averages(folded: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`found` with the averages per unit `_EN_AVERAGE` reads, over any name inside them."""
    if "average" not in folded and "avg" not in folded and "median" not in folded:
        return found
    for m in _EN_AVERAGE.finditer(folded):
        a, b = m.span()
        if any(x < b and a < y and not (a <= x and y <= b) for x, y, _ in found):
            continue
        found = [f for f in found if not (a <= f[0] and f[1] <= b)] + [(a, b, m.group())]
    return sorted(found)


# A length of time named by its shape (decision 615): "time to payment", "time to decision",
# "processing time", "waiting time". After "time to" a noun (its ending says so: -ment, -tion,
# -sion, -al, -ance, -ence, -ery), not a verb ("time to rest", "time to read" are time taken
# for something); before "time" a gerund of the work timed, not one of having or using time
# ("spending time", "saving time").
_EN_DURATION = re.compile(
    r"\btime to [a-z]+(?:ment|tion|sion|al|ance|ence|ery)\b|\b[a-z]{3,}ing time\b"
    # "time from submission to notification", "the time from referral to first appointment":
    # the time between two events is a length of time too (decision 732)
    r"|\btime from [a-z-]+(?: [a-z-]+)? to (?:(?:first|final|last|the|a) )?[a-z-]+\b"
)
_EN_NOT_TIMED = frozenset(
    {"spending", "saving", "having", "wasting", "taking", "making", "finding", "giving",
     "buying", "killing", "enjoying", "during", "something", "nothing", "anything", "everything",
     "morning", "evening", "thing", "bring", "king", "ring", "sing"}
)  # fmt: skip


def _en_durations(folded: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`found` with the lengths of time `_EN_DURATION` reads added where no listed name is."""
    for m in _EN_DURATION.finditer(folded):
        a, b = m.span()
        if m.group().split()[0] in _EN_NOT_TIMED:
            continue
        if any(x < b and a < y for x, y, _ in found):
            continue
        found.append((a, b, m.group()))
    return sorted(found)


def _split_rate(folded: str, before: Token, rate: Token) -> tuple[int, int] | None:
    """A rate jieba cuts off its word ("发货准时|率", "好评|率"): the word before and 率, when
    that word is Chinese and the two do not make a word that is no rate (效率, 频率)."""
    word = folded[before.start : rate.end]
    if before.end != rate.start or len(before.text) < 2 or word in _NOT_RATES:
        return None
    if not all("\u4e00" <= ch <= "\u9fff" for ch in before.text):
        return None
    return before.start, rate.end


# Words that start with 率 and are no tail of a rate: 率 is "to lead" there ("率先达到").
_LEAD_WORDS = frozenset({"率先", "率领", "率队", "率团", "率部", "率直", "率真", "率性", "率尔"})


def _rate_glued_on(folded: str, before: Token, rate: Token) -> tuple[int, int] | None:
    """A rate jieba cuts after 率 and glues 率 onto the verb after it ("准时|率冲|到",
    "好评|率冲进"; decision 6090): the word before and 率, as `_split_rate` reads them, unless
    率 starts a word of its own ("率先", "率领")."""
    if rate.text[:2] in _LEAD_WORDS:
        return None
    return _split_rate(folded, before, rate._replace(end=rate.start + 1))


def _split_volume(before: Token, volume: Token) -> tuple[int, int] | None:
    """A volume jieba cuts off its verb ("借阅|量", "下载|量"): a two-character Chinese verb glued
    before 量 names how much of it is done (decision 342). Not a target verb ("提升|量") nor a
    function word. jieba tags some of those verb-object words as nouns ("收件|量", "收货|量"):
    how much of it is done all the same (decision 1748). 数 after them counts them the same way
    ("投诉|数", "故障|数", "差评|数": metric22, decision 2104)."""
    if before.end != volume.start or len(before.text) != 2 or not before.pos.startswith(("v", "n")):
        return None
    if before.text in _NOT_VOLUME_VERBS or not all(
        "\u4e00" <= ch <= "\u9fff" for ch in before.text
    ):
        return None
    return before.start, volume.end


_NOT_VOLUME_VERBS = frozenset(
    {"提升", "提高", "增加", "降低", "减少", "保持", "达到", "控制", "加大", "尽量"}
)


# Function words and target verbs that may stand alone right before a two-character rate.
_NOT_RATE_VERBS = frozenset("将把让使到至在从对提降增减升涨为是")


def _verb_before_rate(folded: str, before: Token, span: tuple[int, int]) -> tuple[int, int]:
    """A rate jieba cuts after its first character ("续|费率", "退|费率"): a one-character verb
    glued before a two-character word in 率 is the rate's first character (decision 187), unless
    it is a function word or a verb that moves the rate ("将费率", "降费率")."""
    word = span[1] - span[0] == 2 and before.end == span[0] and len(before.text) == 1
    if word and before.pos.startswith("v") and before.text not in _NOT_RATE_VERBS:
        return before.start, span[1]
    if (
        word
        and before.text not in _GRAMMAR_BEFORE_RATE
        and _rate_fragment(folded[span[0] : span[1]], before)
    ):
        # "到|课率", "差|评率", "到|店率": a two-character "rate" the dictionary lacks is the tail
        # of a three-character rate jieba cut; the character before is its head (decision 6282)
        return before.start, span[1]
    return span


# Grammar words that may stand before a rate's fragment without being its head ("将|课率" is no
# rate of 将课): the rest of `_NOT_RATE_VERBS` (到, 提, 降 …) open rates ("到课率", "降级率").
_GRAMMAR_BEFORE_RATE = frozenset("将把让使在从对为是和与及或的了")


def _rate_fragment(rate: str, before: Token) -> bool:
    """Whether a two-character rate is no word of the Chinese dictionary ("课率", "评率") and the
    character glued before it is Chinese."""
    from coach.nlp import zh_dictionary_tag

    return "\u4e00" <= before.text <= "\u9fff" and zh_dictionary_tag(rate) is None


@cache
def _suffixes() -> tuple[tuple[str, ...], frozenset[str]]:
    return longest_first(frozenset(words("kpi_suffixes", "zh"))), frozenset(
        words("kpi_suffix_exceptions", "zh")
    )


@cache
def _suffixes_by_last() -> dict[str, tuple[str, ...]]:
    """The measure heads by their last character, each group in `_suffixes`' order: a head can
    end at a token's end only if that character ends the token (one lookup instead of trying
    every head)."""
    by_last: dict[str, list[str]] = {}
    for head in _suffixes()[0]:
        by_last.setdefault(head[-1], []).append(head)
    return {k: tuple(v) for k, v in by_last.items()}


def _shaped_measure(
    folded: str, tok: Token, starts: set[int], ends: set[int]
) -> tuple[int, int] | None:
    """The span of a Chinese measure whose word ends at `tok`: "复购率", "销售额", "会员人数",
    or a head jieba splits in two ("占比" as 占 + 比, "时长" as 时 + 长)."""
    w = tok.text
    if len(w) >= 2 and w.endswith("率") and w not in _NOT_RATES:
        if w.endswith("效率"):
            return None  # "工作效率", "学习效率" glued by jieba: 效率 is a quality (decision 2939)
        return tok.start, tok.end
    heads = _suffixes_by_last().get(folded[tok.end - 1]) if tok.end else None
    if not heads:
        return None
    exceptions = _suffixes()[1]
    for head in heads:
        a = tok.end - len(head)
        if a < 0 or not folded.startswith(head, a):
            continue
        if any(folded.endswith(x, 0, tok.end) for x in exceptions):
            return None
        if a >= tok.start:  # the word ends with the head: it needs a word before it
            if len(w) >= 2 or len(head) >= 2:
                return tok.start, tok.end
        elif a in starts and len(head) >= 2:  # 占 + 比
            return a, tok.end
        return None
    return None


# A share or sales set to beat the rivals, the part after the measure: "份额超过同城竞争对手",
# "销量要赶超友商" (decision 5315). rules/_objective_shape.py reads it as a KPI objective and
# rules/_outside_forces.py as one the rivals' moves decide: one list, so the two stay the same.
ZH_BEATS_RIVALS = (
    r"(?:份额|占有率|市占率|销量|销售额)\s?(?:要|要能)?(?:超过|超越|领先|赶超|反超|压过)(?:了)?"
    r"(?:主要|同城|本地|当地|所有)?的?(?:竞争对手|对手|竞品|友商|同行|周边(?:省份|城市|省市|景区)|"
    r"兄弟(?:省份|城市))"
)


def zh_rate_unsaid(word: str) -> bool:
    """Whether a Chinese word of two characters names a rate with its 率 left unsaid: the
    dictionary knows the word with 率 after it ("出勤" → 出勤率, "入住" → 入住率, "好评" → 好评率,
    "动销" → 动销率), so "提高出勤", "提升门店好评" only raise that rate (decision 5388). The
    dictionary is jieba's with the coach's user dictionary (coach/data/zh_userdict.txt); the
    generic areas (服务, 管理, 质量, 效率) have no such word."""
    if len(word) != 2 or not all("\u4e00" <= c <= "\u9fff" for c in word):
        return False
    from coach.nlp import zh_dictionary_tag

    return zh_dictionary_tag(word + "率") is not None

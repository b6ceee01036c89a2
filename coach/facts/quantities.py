"""The one quantity reader: every number, numeral, placeholder and quantity word in an item.

`read_quantities(folded, lang, times, bounds)` returns `Quantity`s in text order:

- kind: `count` (25个, 10 engineers, 三十名), `percent` (30%, 百分之三十, 5个百分点, 三成),
  `money` ($2M, 100万元, ¥200万), `duration` (48小时, 200 ms, same-day), `multiple` (两倍, 3x,
  翻番, double), `rank` (前3名, top 3, 第一, No. 1), `placeholder` ([N], XX场, [目标值]) and
  `label-number` — a number that names rather than measures: a standard, a version or a product
  ("SOC 2", "ISO 9001", "v2", "5G", "2.0"), a date part ("2025", "3号线"), "从0到1".
- role: `target` (a figure the item commits to), `baseline` (the start of "从30提升到45", or a
  value said to be the current one), `descriptor` (a number that only describes the
  thing: "一封邮件", "one email", "五分钟演讲"), `period` (the period of a frequency: "每两周", "every 2 weeks"), `label`
  (kind label-number) or `scope` (a universal word without digits — all, every, 全员, 所有:
  who is covered, not how many; `universal_words.txt`). `is_target` is role == "target".
- value: the number with its scale applied (1.5万 → 15000), None for a placeholder.
- unit: as shown in a metric: "%", "pp" (percentage points), "x" (times), "$", "¥", "€", "元",
  a Chinese measure word ("个", "场"), a duration unit, or an English count noun ("logos").
- form: how it is written: `digits`, `numeral` (Chinese numerals, English number words),
  `word` (all, zero, 全员, 翻番) or `placeholder`.

Numbers inside time expressions (`times`, from coach.facts.timeframes) are not quantities.
Units, measure words, scales, currencies, quantity words, labels and names are data
(coach/facts/data/<lang>/*.txt), validated with file:line errors. The reader is linear in the
text: one pass per pattern, a constant amount of work per number.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from coach.errors import DataFileError
from coach.facts.definitions import defines
from coach.facts.numbers import ZH_NUMERAL_CHARS, arabic_value, zh_number
from coach.wordlists import (
    LANGUAGES,
    find_terms,
    mapping,
    mapping_keys,
    mapping_lines,
    word_set,
    words,
)

QuantityKind = Literal[
    "count", "percent", "money", "duration", "multiple", "rank", "placeholder", "label-number"
]  # fmt: skip
Role = Literal["target", "baseline", "descriptor", "period", "label", "scope"]
Form = Literal["digits", "numeral", "word", "placeholder"]
UNIT_KINDS = ("count", "percent", "money", "duration", "multiple")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity in an item: item-local [start, end) (currency sign and unit included)."""

    start: int
    end: int
    text: str
    value: float | None
    unit: str | None
    kind: QuantityKind
    role: Role
    form: Form
    # The number itself, without sign, scale or unit: "30" in "30%", "2" in "$2M".
    figure: tuple[int, int]

    @property
    def is_target(self) -> bool:
        """A figure the item commits to: not a baseline, a descriptor, a period or a label."""
        return self.role == "target"


# -- data ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Unit:
    kind: str
    shown: str | None


@cache
def units(lang: str) -> dict[str, _Unit]:
    """Units after a number (`units.txt`): written form → kind and the unit shown."""
    path, rows = mapping_lines("units", lang)
    out: dict[str, _Unit] = {}
    for key, (n, value) in rows.items():
        parts = value.split()
        if parts[0] not in UNIT_KINDS or len(parts) > 2:
            raise DataFileError(
                f"{path}:{n}: expected 'unit => kind [shown]' with kind one of {UNIT_KINDS}, "
                f"got {value!r}"
            )
        out[key] = _Unit(parts[0], parts[1] if len(parts) == 2 else None)
    return out


@cache
def _numbers(name: str, lang: str) -> dict[str, float]:
    path, rows = mapping_lines(name, lang)
    out: dict[str, float] = {}
    for key, (n, value) in rows.items():
        try:
            out[key] = float(value)
        except ValueError:
            raise DataFileError(f"{path}:{n}: expected a number, got {value!r}") from None
    return out


def scales(lang: str) -> dict[str, float]:
    return _numbers("scales", lang)


def number_words(lang: str) -> dict[str, float]:
    return _numbers("number_words", lang) if lang == "en" else {}


@cache
def quantity_words(lang: str) -> dict[str, tuple[str, float, str | None]]:
    """Words that state a quantity (`quantity_words.txt`): word → (kind, value, unit)."""
    path, rows = mapping_lines("quantity_words", lang)
    out: dict[str, tuple[str, float, str | None]] = {}
    for key, (n, value) in rows.items():
        parts = value.split()
        try:
            if parts[0] not in UNIT_KINDS or len(parts) not in (2, 3):
                raise ValueError
            out[key] = (parts[0], float(parts[1]), parts[2] if len(parts) == 3 else None)
        except (ValueError, IndexError):
            raise DataFileError(
                f"{path}:{n}: expected 'word => kind value [unit]', got {value!r}"
            ) from None
    return out


@cache
def placeholders(lang: str) -> dict[str, str]:
    """What a bracketed placeholder stands for (`number_placeholders.txt`): target/baseline."""
    path, rows = mapping_lines("number_placeholders", lang)
    for _key, (n, value) in rows.items():
        if value not in ("target", "baseline"):
            raise DataFileError(f"{path}:{n}: expected 'target' or 'baseline', got {value!r}")
    return {k: v for k, (_n, v) in rows.items()}


@cache
def currencies(lang: str) -> dict[str, str]:
    return {k: v for k, (_n, v) in mapping_lines("currencies", lang)[1].items()}


def _alternation(keys: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(k) for k in sorted(keys, key=lambda k: (-len(k), k)))


@cache
def _unit_re(lang: str) -> re.Pattern[str]:
    """A unit right after a number (one optional space); English units end a word."""
    if lang == "en":
        alts, end = _alternation(list(units(lang))), r"(?![a-z0-9])"
    else:
        # a Latin unit in Chinese ("500km", "70kg") ends a word as well (decision 5503)
        keys = sorted(units(lang), key=lambda k: (-len(k), k))
        alts = "|".join(
            re.escape(k) + (r"(?![a-z0-9])" if k.isascii() and k.isalpha() else "") for k in keys
        )
        end = ""
    return re.compile(rf"(?P<sp> ?)(?P<u>{alts}){end}")


@cache
def _scale_re(lang: str) -> re.Pattern[str]:
    keys = list(scales(lang))
    if lang == "zh":
        latin = [k for k in keys if k.isascii()]
        zh = [k for k in keys if not k.isascii()]
        if not latin:
            return re.compile(rf"(?P<sp> ?)(?P<s>{_alternation(zh)})")
        return re.compile(
            rf"(?P<sp> ?)(?P<s>{_alternation(zh)})|(?P<sp2>)(?P<s2>{_alternation(latin)})(?![a-z0-9])"
        )
    short = [k for k in keys if len(k) <= 2]
    long = [k for k in keys if len(k) > 2]
    # "1.5M", "$2 million"; a one- or two-letter scale must be glued and end the word.
    return re.compile(
        rf"(?P<sp>)(?P<s>{_alternation(short)})(?![a-z0-9])|(?P<sp2> ?)(?P<s2>{_alternation(long)})(?![a-z])"
    )


@cache
def _currency_before_re(lang: str) -> re.Pattern[str]:
    alts = _alternation(list(currencies(lang)))
    return re.compile(rf"(?:(?<![a-z])(?:{alts}))\s?$")


@cache
def _false_friends() -> dict[str, tuple[str, ...]]:
    """Per unit, the longer words that start with it (unit_false_friends.txt)."""
    out: dict[str, list[str]] = {}
    for ff in words("unit_false_friends", "zh"):
        for u in units("zh"):
            if len(ff) > len(u) and ff.startswith(u):
                out.setdefault(u, []).append(ff)
    return {u: tuple(v) for u, v in out.items()}


@cache
def _false_friend_breaks() -> tuple[str, ...]:
    """A unit, then a longer word that starts inside its false friend ("次数学": 次 + 数学)."""
    return words("unit_false_friend_breaks", "zh")


# -- patterns -----------------------------------------------------------------------------------

# "4K", "8K" name a screen resolution ("8K video", "a 4K camera") unless they count something:
# "Get 8K steps a day", "Grow followers to 8K" (decision 728: a digit and a glued k before a noun
# that is no picture, or after a target word, is thousands).
_K_GLUED = re.compile(r"\dk")
_K_PICTURE_AFTER = re.compile(
    r" (?:video|videos|tv|tvs|screen|screens|display|displays|monitor|monitors|resolution|"
    r"camera|cameras|footage|content|streaming|stream|streams|upscaling|hdr|uhd|image|images|"
    r"photo|photos|movie|movies|film|films|panel|panels|projector|projectors)(?![a-z])"
)
# "2k erg team average", "5k run time", "10k race": a race's distance names the race, no
# thousands counted (decision 4847)
_K_RACE_AFTER = re.compile(
    r"[ -](?:ergs?|ergo|erg test|row|rows|run|runs|race|races|swim|swims|time|times|splits?|"
    r"pieces?|tests?|trials?|pb|personal best|relay|course)(?![a-z])"
)
_K_COUNTED_AFTER = re.compile(r" [a-z]{3,}(?![a-z])")
# "from 8k to 20k": the start of a change is a figure as its end is (decision 1836)
_K_TARGET_BEFORE = re.compile(r"(?:\bto|\bfrom|\breach|\bhit|\bover|\babove|\bof|:|→|->)\s?$")


def _thousands_k(folded: str, start: int, end: int) -> bool:
    """Whether a name such as "8k" at [start, end) counts thousands here (see _K_GLUED)."""
    if not _K_GLUED.fullmatch(folded, start, end):
        return False
    if _K_PICTURE_AFTER.match(folded, end):
        return False
    if _K_RACE_AFTER.match(folded, end):
        return False  # "2k erg", "5k run time": the race's distance names it (decision 4847)
    if _K_COUNTED_AFTER.match(folded, end):
        return True
    return _K_TARGET_BEFORE.search(folded, max(0, start - 8), start) is not None


# (`(?<![0-9])\d+…`, its look behind after the first digit: scanned for a digit in C; issue 13)
_DIGITS = re.compile(r"\d(?<![0-9]\d)\d*(?:,\d{3}(?![0-9]))*(?:\.\d+)*")
# (a fraction, "三分之一", "四分之一", is one run: decision 3146)
_ZH_NUMERAL = re.compile(rf"(?:[百千万]分之)?[{ZH_NUMERAL_CHARS}]+(?:分之[{ZH_NUMERAL_CHARS}]+)?")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# 百分之/千分之/万分之 N: N per hundred, thousand, ten thousand, as a percentage.
_PER = {"百分之": 1.0, "千分之": 0.1, "万分之": 0.01}
_PER_SIGN = {"‰": 0.1, "‱": 0.01}
# "xx", "XXXX": up to four letters x held for a number ("有效商机不少于xxxx个"; decision 475).
# (`(?<![a-z0-9])(?:x{1,4}|n|y|yyy|zzz)(?![a-z0-9])` from its first letter, which the engine
# scans for in C, the alternatives in the same order; issue 13)
_X_RUN = re.compile(
    r"[xnyz](?<![a-z0-9][xnyz])(?:(?<=x)x{0,3}|(?<=n)|(?<=y)|(?<=y)yy|(?<=z)zz)(?![a-z0-9])"
)
# "从X提升到Y" (PRINCIPLES.md: a placeholder standing for a number): a lone letter after 从 with
# 到/至 after it is the start's figure (decision 1224).
_FROM_CUE = re.compile(r"从\s?$")
_TO_AFTER = re.compile(r"\s?[\u4e00-\u9fff]{0,4}?(?:到|至)")
# "from X to Y" (English, decision 1360): two lone letters after from and to hold the start and
# the target; the one that starts the pair, and the one that ends it.
_EN_FROM_TO = re.compile(r"(?<=from )(?:x{1,4}|n|y|z)(?= to (?:x{1,4}|n|y|z)(?![a-z0-9]))")
_EN_FROM_TO_END = re.compile(r"from (?:x{1,4}|n|y|z) to (?:x{1,4}|n|y|z)$")
# "XXX influential users", "ZZZ testimonials": three letters held for a count before its noun.
_LETTER_RUN_COUNT = re.compile(r"(?:xxx|yyy|zzz) [a-z]")
_EN_WORD = re.compile(r"[a-z][a-z'’-]*")
_X_COUNT_BEFORE = re.compile(r"\b(?:have|has|get|gets|see|achieve|reach|hit|earn|win|sign)\s$")
_X_COUNT_AFTER = re.compile(
    r" (?:new |more |additional |active |paying )?(?:[a-z-]{2,}s|people|staff|children)\b"
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_BEFORE = re.compile(rf"(?<![a-z]){_MONTH}\.?\s*$")
_MONTH_AFTER = re.compile(rf"(?<!\s)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?![a-z])")
# After a number: a date or time part, an anniversary, a grade or a degree. A temperature in
# Celsius or Fahrenheit ("below -10°F", "under 5 °C", "18 degrees C") is a level to reach or
# hold, a target (decision 1964).
_LABEL_AFTER = re.compile(
    r" ?(?:年|月|日|号|季度|周年|世纪|年代|点钟|级|代|度|°(?! ?[cf](?![a-z]))|am(?![a-z])|pm(?![a-z])|"
    r"-?degrees?(?![a-z])(?! ?(?:[cf]|celsius|fahrenheit)(?![a-z]))|-?years?(?![a-z])|-?yrs?(?![a-z])|:\d\d ?[ap]m(?![a-z])|"
    # "12th grade", "3rd graders", "our 10th anniversary": which grade or which year, as 级 and
    # 周年 are, not a place reached (decision 1336)
    r"(?:st|nd|rd|th)[ -](?:grade|graders?|anniversary|century|birthday)(?![a-z]))"
)
_ORDINAL_NAME_AFTER = re.compile(
    r"(?:st|nd|rd|th)-(?:party|line|tier|level|gen(?:eration)?|hand|order|class|person|degree)\b"
)
_DAY_OF_MONTH = re.compile(r"/(?:[12]\d|3[01]|0?[1-9])(?![\d.])")
# A clock time in Chinese (decision 314): "早上7点", "晚上10点前", "7点半", "每天6点": a time of
# day, not a count of points ("3点建议" stays a count).
_ZH_CLOCK_BEFORE = re.compile(
    r"(?:早上|上午|中午|下午|晚上|傍晚|凌晨|夜里|每天|每日|每晚|早|晚)\s?$"
)
_ZH_CLOCK_AFTER = re.compile(r"点(?:前|后|半|整|钟|以前|之前|以后|之后|[0-5]\d分|\d分)")
_CAPITALISED = re.compile(r" [A-Z][a-z]")
_NAME_CHAR = re.compile(r"[a-z0-9*/:×]")
_NAME_TOKEN = re.compile(r"[a-z0-9*/:×]+")
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)(?![a-z])")
_YEAR = re.compile(r"(?:19|20)\d\d")
# "in 2025", "by 2026"; also the second year of a range ("2022-2023: 42%", "FY 2025–2026": a
# school or fiscal year, decision 735), which no longer reads as the target 2023.
_YEAR_CONTEXT_BEFORE = re.compile(
    r"(?:\bin|\bby|\bof|\bbefore|\buntil|\bsince|\bfy|,|(?<![0-9])(?:19|20)\d\d ?[-–/])\s*$"
)
# A verb of reaching right before a year-like number makes it a target ("会员数达到2000",
# "Members reach 2000"; tester13 #25, decision 941); crossing a level the same way ("会员人数破2000",
# "冲刺2000", "Members surpass 2000", decision 2200).
# ... and a change by a year-like amount ("粉丝团人数新增2000", "社群人数增加2000"; decision 5684).
_TARGET_BEFORE = re.compile(
    r"(?:达到|突破|超过|(?<!打)破|冲刺|冲击|站上|新增|净增|增加|增长|减少|"
    r"reach|reaches|hit|hits|exceed|exceeds|"
    r"surpass|surpasses|\bcross|\bcrosses)\s?$"
)


# A year after a determiner names a cohort, an edition or a plan ("the 2025 cohort", "our 2026
# plan"); one followed by a determiner is the year itself ("Make 2027 our best year", "Make 2026
# the year of …"); one after a capitalised name is an edition ("Black Friday 2026", "Open Day 2026")
# (decision 4302). Counts stay: "Sell 2000 tickets", "Reach 2025 paying households".
_YEAR_NAMED_BEFORE = re.compile(r"\b(?:the|our|this|their|its|your|my)\s$")
_YEAR_NAMED_AFTER = re.compile(r" (?:our|the|a|an|my|their|your)\b")
_NAME_BEFORE = re.compile(r"\w[ ,:;-]+(?:[A-Z][a-z]+ )+$")


def _zh_label_numeral(folded: str, s: int) -> int:
    """How many numeral characters at `s` belong to a label right before them: "科目二一次通过率"
    names 科目二, and 一次 is read on its own, not as a count "二一次" (decision 4662)."""
    if not any(folded.endswith(w, 0, s) for w in word_set("numeral_labels", "zh")):
        return 0
    return 1


def zh_numbered_label(folded: str, s: int) -> int:
    """The length of a label and the numeral that names it at `s` ("科目二", "模块三"), else 0
    (decision 4662): a name, counted with the words that qualify a measure, not a figure."""
    for w in word_set("numeral_labels", "zh"):
        if folded.startswith(w, s) and folded[s + len(w) : s + len(w) + 1] in _ZH_DIGIT_CHARS:
            return len(w) + 1
    return 0


_ZH_DIGIT_CHARS = frozenset("一二三四五六七八九十")


# After a year: a few words whose last, before a preposition or the end, is one thing named
# in the singular ("2026 ops budget by Nov 1", "2027 sales kickoff"; decision 5355).
_ONE_THING_AFTER = re.compile(
    r" (?:[a-z][a-z&'-]{0,20} ){0,2}(?P<head>[a-z][a-z'-]{1,20})(?=\s*(?:$|[,;:(—–]|"
    r"(?:by|for|in|on|to|at|with|before|after|from|of|and)\b))"
)


def _year_names_one_thing(folded: str, plain: str, e: int) -> bool:
    """A year before one thing it names: "Submit 2026 ops budget", "Publish 2026 impact report"
    — a count would take a plural ("Plant 2026 trees", "Sell 2030 units"; decision 5355)."""
    m = _ONE_THING_AFTER.match(folded, e)
    if m is None:
        return False
    head = m.group("head")
    if head.endswith("s") or not plain[m.start("head") : m.end("head")].islower():
        return False  # a plural, or a measure's initials ("2000 MAU")
    if head in word_set("universal_words", "en") or head in word_set("measure_words", "en"):
        return False
    from coach.facts.kpi import kpi_terms

    return not find_terms(folded[m.start() : m.end()], kpi_terms("en"), "en")  # "2000 attendance"


def _year_reached(folded: str, s: int, e: int) -> bool:
    """A year-like number that a verb of reaching leads, with nothing after it that makes it a
    year ("年", "-05", a noun: "Hit 2026 targets"): a target (decision 941)."""
    if not _TARGET_BEFORE.search(folded, max(0, s - 8), s):
        return False
    after = folded[e : e + 14]
    return not _YEAR_CONTEXT_AFTER.match(after) and not re.match(r"\s*[a-z\u4e00-\u9fff]", after)


def _num_of(folded: str, s: int, e: int) -> str:
    """The digits of a figure without thousands separators, for a size check."""
    return folded[s:e].replace(",", "") or "0"


# After "x2": the end of the figure ("GMV x2", "x1.5 by June"), not more of a name ("x86_64").
_MULTIPLIER_END = re.compile(r"(?![\w.-])")
# A count's label, a colon, then the figure: "Pharmacist consultations: 2000", "Dealer visits: 1995",
# "Attendance: 2024" — what is counted names the number, no year (decision 3362). Not after a
# label of time or of the set ("Years: 2027", "Deadline: 2026", "Targets: 2027").
_COUNT_LABEL_BEFORE = re.compile(
    r"(?<![a-z])(?!(?:years|dates|deadlines|periods|terms|seasons|editions|goals|objectives|okrs|"
    r"targets|priorities|plans|versions|releases|sprints|quarters|months|weeks|milestones|phases|"
    r"cycles|semesters)\b)"
    r"(?:[a-z]{2,}s(?<![isu]s)|count|total|volume|headcount|attendance|turnout"
    # a plural, then what was done to them: "Trees planted: 2000", "Children enrolled: 2030"
    # (decision 3442)
    r"|(?:[a-z]{2,}s(?<![isu]s)|children|people|staff)[ \t](?:[a-z]{2,12}ed|sold|built|grown|"
    r"won|given|taken|seen|written|read|made|met|held|run|done|sent|kept|caught|taught))"
    r"[ \t]?:[ \t]?$"
)
_YEAR_CONTEXT_AFTER = re.compile(r"(?<!\s)\s*(?:年|[-/.]\d)")
_FROM_ZERO = re.compile(
    # (not the end of "900 to 1,300", decision 1836)
    # (not "从0到10次" nor "从0到1.5万": a figure goes on after the 1, decision 1734)
    r"从\s*0\s*到\s*1(?![0-9.,万千百亿])|(?<![0-9])0\s*到\s*1(?![0-9.,万千百亿])"
    r"|(?:from\s+)?(?<![0-9.,])(?:0|zero)\s+to\s+(?:1|one)\b(?![.,]\d)"
    # "从0开始搭建", "从零起步", "从 0 做起": "from scratch", how the work starts (decision 1660)
    r"|从\s?(?:0|零)\s?(?=开始|起步|做起)"
    # "(0.0 → 1.0)" after a key result: the 0-to-1 grade it will get, no target (decision 474)
    r"|\((?:0|0\.0)\s?(?:→|->|⟶|=>)\s?(?:1|1\.0)\)"
)
_RATE = re.compile(r" ?/ ?([a-z]{1,10})(?![a-z])| per ([a-z]{1,10})(?![a-z])")
_TARGET_CUE = re.compile(
    r"(?:到|至|达到|达|为|增加|提升|提高|新增|增长|突破|冲击|冲刺|\bto|\breach|\bby|\bof|\bhit)\s?$"
)
# ... and, before a numeral with a scale only, a level held or crossed: "DAU稳定在百万以上", "成本控制在
# 千万以内", "GMV破五千万" (decision 4428; not before letters: "超过xx产品" names a rival, 606).
_HELD_OR_CROSSED_CUE = re.compile(r"(?:稳定在|保持在|维持在|控制在|稳在|守在|破|过|超)\s?$")
# A gain verb and the short name of what it gains, right before a numeral in words: "新增会员五千",
# "新增付费用户两万" (decision 3141); a reach verb and the measure it names: "做到月销百万",
# "实现净利润两千万" (decision 3149).
_GAIN_THEN_NAME = re.compile(
    r"(?:新增|增加|获取|吸引|拉新|做到|达到|实现|冲刺)[\u4e00-\u9fff]{1,6}$"
    # "全年节约采购成本两百万", "节省差旅费用六十万", "全年节支五百万": an amount saved on a
    # cost, the cost named or not (decision 3523)
    r"|(?:节约|节省|省下|节支|削减|压降|压缩|缩减|降低|减少)[\u4e00-\u9fff]{0,6}$"
)
# A measure label's colon right before a figure in words ("销售目标：八千万"), and the bounds that
# may follow a figure and still close its clause ("五万以上") (decision 3149).
_LABEL_COLON = re.compile(r"[:：]\s?$")
_ZH_BOUNDS = ("以上", "以内", "以下", "左右")
# A floor before letters ending the wording holds a number too: "年收入超过 XXX", "不少于XX。"
# (decision 606); "超过xx产品" names a rival product.
_FLOOR_CUE = re.compile(r"(?:超过|超出|不少于|不低于|大于|高于|多于|[≥>]=?)\s?$")
_CJK_AFTER = re.compile(r"[\u4e00-\u9fff]")
# (`(?<![a-z])(?:a|half a)\s+…` from its first letter: scanned for in C; issue 13)
_A_MILLION = re.compile(r"[ah](?<![a-z][ah])(?:(?<=a)|(?<=h)alf a)\s+(?:million|billion)(?![a-z])")
_MULTIPLE_AFTER = re.compile(r"(?<!\s)\s+([a-z0-9]+)")
# Words after an English count that say nothing about its unit ("10 new logos" is 10 logos).
_EN_FILLER = frozenset({
    "new", "more", "additional", "extra", "net", "active", "paying", "qualified", "key",
    "major", "strategic", "high", "top", "successful", "enterprise", "monthly", "weekly",
    "daily", "quarterly", "yearly", "annual", "total", "unique", "repeat", "large", "small",
    "big",
})  # fmt: skip
_EN_NOT_UNIT = frozenset({
    "of", "the", "a", "an", "and", "or", "to", "in", "on", "by", "per", "for", "from", "at",
    "with", "than", "within", "into", "over", "under", "is", "are", "was", "be", "this",
    "next", "last", "each", "every",
})  # fmt: skip


# -- the reader ---------------------------------------------------------------------------------


@dataclass
class _Raw:
    start: int
    end: int
    value: float | None
    unit: str | None
    kind: str
    form: str
    figure: tuple[int, int] = (0, 0)
    scale: float = 1.0
    baseline_placeholder: bool = False


def read_quantities(
    folded: str,
    plain: str,
    lang: str,
    times: tuple[tuple[int, int, str], ...],
    bounds: frozenset[int] | None,
) -> tuple[Quantity, ...]:
    """All quantities of one item (see the module doc). `folded` and `plain` have the same
    length; `bounds` are token boundaries (Chinese words are matched on them), or None."""
    if lang not in LANGUAGES:
        lang = "en"
    in_time = _Spans(times)
    in_link = _Spans(_link_spans(folded))
    raws: list[_Raw] = []
    for m in _DIGITS.finditer(folded):
        if not in_time.covers(m.start()) and not in_link.covers(m.start()):
            raws.append(_digits(folded, plain, lang, m.start(), m.end(), in_time))
    if _HAN.search(folded):  # (a Chinese numeral needs a character of U+4E00-U+9FFF)
        for m in _ZH_NUMERAL.finditer(folded):
            if not in_time.covers(m.start()):
                s = m.start() + _zh_label_numeral(folded, m.start())
                raw = _numeral(folded, s, m.end()) if s < m.end() else None
                if raw is not None:
                    raws.append(raw)
    raws.extend(_placeholders(folded, lang, in_time))
    if lang == "en":
        raws.extend(_letter_placeholders(folded, plain, in_time))
        raws.extend(_letter_grades(plain))
    raws.extend(_words(folded, lang, in_time, bounds))
    raws.extend(_cadence_change(folded, lang))
    raws.sort(key=lambda r: (r.start, -r.end))
    kept: list[_Raw] = []
    for r in raws:
        if kept and r.start < kept[-1].end:
            continue
        kept.append(r)
    if "one" in folded:
        for m in _ONE_ON_ONE.finditer(folded):  # "one-on-one day": a kind of meeting, no count
            for r in kept:
                if m.start() <= r.start < m.end():
                    r.kind, r.unit = "label-number", None
    # (every alternative holds a zero: "0", "零" or "zero"; most items hold none)
    zero = "0" in folded or "零" in folded or "zero" in folded
    for m in _FROM_ZERO.finditer(folded) if kept and zero else ():  # "从0到1": a new start
        for r in kept:
            if m.start() <= r.start < m.end():
                r.kind, r.unit = "label-number", None
    for r in kept:  # "智能客服二期项目": the phase of a project names it, it counts nothing
        # (also a few words on: "二期管网改造工程"; and "第二期": an ordinal, decision 1688)
        if r.unit == "期" and (r.kind == "rank" or _PHASE_OF_RE.match(folded, r.end)):
            r.kind, r.unit = "label-number", None
    if lang == "zh" and "第" in folded:
        for r in kept:  # "完成第3单元", "学完第四模块": which part of a course, no place reached
            if (
                r.kind == "rank"
                and folded[r.figure[0] - 1 : r.figure[0]] == "第"
                and _ZH_NUMBERED_PART.match(folded, r.figure[1])
            ):
                r.kind, r.unit, r.end = "label-number", None, r.figure[1]
    if ":" in folded or "：" in folded:
        kept = _ratios(folded, kept)
    if lang == "en":
        for r in kept:
            if r.form == "numeral" and r.kind == "count" and r.unit is None:
                # "Two research papers submitted": the noun after a number in words is what it
                # counts, as after "2" (decision 5530)
                noun = en_count_noun(folded, plain, r.end)
                if noun is not None and not in_time.covers(noun[1] - 1):
                    r.unit = noun[0]
    if lang == "en" and "(" in folded:
        _en_bracket_counts(folded, plain, kept)
    if "年" in folded or "year" in folded or "yr" in folded:
        _years_measured(folded, kept)
    roles = _roles(folded, lang, kept)
    if lang == "en":
        _en_names_and_ages(folded, plain, kept, roles)
        if kept and ("over" in folded or "under" in folded or "aged " in folded or "0s" in folded):
            _en_age_groups(folded, kept, roles)
    if lang == "en" and "(" in folded:
        for i, r in enumerate(kept):
            if _in_bracket_of_alternatives(folded, r.start):
                roles[i] = "descriptor"  # "(7 vs 21 days)": options to choose from (5520)
            elif (
                r.kind == "count"
                and _PROGRAMME_SIZE.match(folded, r.end)
                and _EVERYONE_TAKES.match(folded) is not None
                and _PROGRAMME_SIZE_BEFORE.search(folded, max(0, r.start - 4), r.start)
            ):
                roles[i] = "descriptor"  # "Coaching Basics (6 sessions)": its length (5526)
    return tuple(
        Quantity(
            r.start,
            r.end,
            plain[r.start : r.end],
            r.value,
            r.unit,
            r.kind,  # type: ignore[arg-type]
            role,
            r.form,  # type: ignore[arg-type]
            r.figure,
        )
        for r, role in zip(kept, roles, strict=True)
    )


# Decision 5520: a bracket that lists options to choose from ("(7 vs 21 days)", "(two options: $19
# or $25)", "(3 or 5 seats)") describes the work of choosing; none of its figures is a target. Two
# figures with "vs", "versus" or "or" between them, inside one bracket.
_EN_BRACKET = re.compile(r"\([^()]{1,80}\)")
_EN_ALTERNATIVES = re.compile(r"[\d$£€][^()]{0,24}?\s(?:vs\.?|versus|or)\s[^()\d]{0,10}?[\d$£€]")


def _in_bracket_of_alternatives(folded: str, at: int) -> bool:
    opened = folded.rfind("(", 0, at + 1)
    if opened < 0 or folded.rfind(")", opened, at) >= 0:
        return False
    m = _EN_BRACKET.match(folded, opened)
    return m is not None and m.end() > at and _EN_ALTERNATIVES.search(m.group()) is not None


# Decision 5526: a bracket that only sizes a programme or a course named before it, by its parts
# ("Manager Bootcamp (4 sessions)", "the sepsis course (3 modules)"): how long the thing is, no
# target. Workshops, webinars and other efforts run stay counted ("(6 workshops)").
_PROGRAMME_SIZE_BEFORE = re.compile(r"[a-z] \($")
# ... read so only when everyone of a group takes it ("All new porters complete …"): there the
# parts are the course each one takes; "Run the induction course (4 sessions)" counts the
# sessions the team runs, its effort (a held-out real set reads such a bracket as quantified).
_EVERYONE_TAKES = re.compile(r"\W{0,4}(?:all|every|each)\s")
_PROGRAMME_SIZE = re.compile(
    r"\s(?:sessions?|modules?|lessons?|units?|chapters?|episodes?|parts?|stages?)\)"
)


# Decision 5521: a bare count in a bracket right after a plural noun ("Interview buyers (at least
# 12)", "Visit suppliers (10+)") counts that noun, as "Interview at least 12 buyers" does.
_EN_BARE_BRACKET_COUNT = re.compile(
    r"(?<![a-z])(?P<noun>[a-z][a-z-]{1,24}s) \((?:at least |min\.? |minimum |about |~)?"
    r"(?P<n>\d[\d,]{0,8})\+?\)"
)


def _en_bracket_counts(folded: str, plain: str, raws: list[_Raw]) -> None:
    for m in _EN_BARE_BRACKET_COUNT.finditer(folded):
        for r in raws:
            if r.start == m.start("n") and r.kind == "count" and r.unit is None:
                r.unit = plain[m.start("noun") : m.end("noun")]


# A word for a ratio near "a:b": "ROI做到1:5", "投入产出比1:3", "LTV:CAC ratio 3:1" (decision 1594).
_RATIO_WORD = re.compile(r"roi|ratio|比|回报|return|ltv|cac|odds|杠杆|配比")


def _ratios(folded: str, raws: list[_Raw]) -> list[_Raw]:
    """ "1:5", "3:1" read as one figure, a multiple (the larger side over the smaller), not two
    counts (decision 1594): where the second side has one digit (no clock's minutes do) or a
    word for a ratio stands within a few characters. "1:1" (a meeting) and clock times
    ("10:30") keep their reading."""
    out: list[_Raw] = []
    i = 0
    while i < len(raws):
        a = raws[i]
        b = raws[i + 1] if i + 1 < len(raws) else None
        if (
            b is not None
            and a.form == "digits"
            and b.form == "digits"
            and a.kind == "count"
            and b.kind == "count"
            and a.unit is None
            and folded[a.end : b.start] in (":", "：")
            and a.value
            and b.value
            and a.value != b.value
            and not folded[b.end : b.end + 1].isdigit()
            and (
                b.end - b.start == 1
                or _RATIO_WORD.search(folded, max(0, a.start - 12), min(len(folded), b.end + 12))
            )
        ):
            value = max(a.value, b.value) / min(a.value, b.value)
            out.append(_Raw(a.start, b.end, value, "x", "multiple", "digits", (a.start, b.end)))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


# Where a link points and the tracker reference it is named by: "[Epic 809](https://…/809)",
# "https://…/issues/42", "[#123]". Their numbers count nothing (decision 549).
_LINK_RE = re.compile(
    r"\]\((?:https?://|/|\.{1,2}/|#)[^()\s]{0,500}\)"
    r"|<?https?://[^\s<>()]{1,500}>?"
    r"|\[(?:(?:epic|issue|ticket|story|bug|task|card|pr|mr|jira|board)\s?#?|#)\d{1,7}\]",
    re.IGNORECASE,
)


def _link_spans(folded: str) -> tuple[tuple[int, int, str], ...]:
    if "http" not in folded and "](" not in folded and "[" not in folded:
        return ()
    return tuple((m.start(), m.end(), "link") for m in _LINK_RE.finditer(folded))


class _Spans:
    """Membership in sorted, non-overlapping spans, by bisection."""

    def __init__(self, spans: tuple[tuple[int, int, str], ...]) -> None:
        self.starts = [s for s, _e, _k in spans]
        self.ends = [e for _s, e, _k in spans]

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


def _word_before(folded: str, pos: int) -> tuple[str, int]:
    """The ASCII word right before `pos` (blanks and one '.' between), and where it starts."""
    i = pos
    while i > 0 and pos - i < 3 and folded[i - 1] in " .":
        i -= 1
    j = i
    while j > 0 and i - j < 30 and "a" <= folded[j - 1] <= "z":
        j -= 1
    return folded[j:i], j


# A rating written over its scale: "score above 4/5", "satisfaction 8/10" (decision 2700).
_OUT_OF_SCALE = re.compile(r"/(5|10)(?![\d.])")
# Words between a rating word and its number: "score of at least 4/5", "rated above 8/10".
_RATING_BRIDGES = frozenset(("above", "over", "of", "at", "least", "to", "reaching", "is", "hits"))


def _rating_out_of(folded: str, s: int, e: int, num: str) -> bool:
    """Whether the number at [s, e), written over 5 or 10, is a rating named just before it
    ("happiness score above 4/5", "Agent satisfaction 8/10"), not a month and day (2700)."""
    m = _OUT_OF_SCALE.match(folded, e)
    if m is None or int(num) > int(m.group(1)):
        return False
    pos = s
    for _ in range(4):
        while pos > 0 and s - pos < 12 and folded[pos - 1] in " :=\u2265>~":
            pos -= 1
        word, start = _word_before(folded, pos)
        if word in word_set("rating_words", "en"):
            return True
        if word not in _RATING_BRIDGES:
            return False
        pos = start
    return False


# 5S/6S/7S, the workplace-order method, before the words it goes with.
# "4S店", "4S中心": a car dealership (sales, service, spare parts, survey), named with a number.
_DEALER_4S = re.compile(r"(?<![\d.])4\s?s(?=\s?(?:店|中心|门店|集团|经销商))")
_LEAN_S = re.compile(
    r"[5-7]s(?=\s?(?:管理|现场|检查|活动|体系|标准|审核|评比|评分|得分|达标|推行|区域|工作|要求|点检|巡查|考核))"
)


# "at 8", "at 7:30" with a part of the day or a cadence of days near it (decision 1767).
_EN_AT_BEFORE = re.compile(r"\bat $")
_EN_AT_HOUR_BEFORE = re.compile(
    r"\b(?:(?:at|before|after|until|till|past) (?:[01]?\d|2[0-3])|by (?:[01]\d|2[0-3])):$"
)
# A clock time with its minutes after a word of when: "orders placed before 14:00", "calls after
# 18:30" say which events are counted, not a figure to reach (decision 5604).
_EN_WHEN_BEFORE = re.compile(r"\b(?:before|after|until|till|past) $")
_EN_BY_BEFORE = re.compile(r"\bby $")
_EN_BY_HOUR_BEFORE = re.compile(r"\bby \d:$")
_EN_MINUTES_AFTER = re.compile(r":[0-5]\d(?![0-9])")
# What may follow the hour of "at 8": the end, a mark, or a word of when (decision 1767).
_EN_HOUR_ENDS = re.compile(
    r"(?<!\s)\s*(?:$|[,;.)(]|(?:every|each|sharp|o'clock|daily|nightly|on|before|in the)\b)"
)
_EN_DAY_PART = re.compile(
    r"\b(?:morning|mornings|evening|evenings|night|nights|nightly|afternoon|afternoons|daily|"
    r"every day|each day|weekday|weekdays|sharp|o'clock|shift|shifts)\b"
)


# Opening hours, a shift, a window: two clock times joined ("8:30–5:00", "9:00-17:00", "8:30 to
# 17:00", "9:00至21:00"), each with its two-digit minutes (decision 1777). Both sides are times of
# day, in either language; a lone "3:45" (a finishing time) stays what it was.
_CLOCK_SPAN = re.compile(
    r"(?<![\d:.])(?P<h1>[01]?\d|2[0-4]):(?P<m1>[0-5]\d)(?: ?[ap]m)?\s?"
    r"(?:-|–|—|~|～|to|until|till|至|到)\s?(?P<h2>[01]?\d|2[0-4]):(?P<m2>[0-5]\d)(?![\d:])"
)
_CLOCK_FROM_BEFORE = re.compile(r"(?:\bfrom|从|由)\s?$")


def _in_clock_span(folded: str, s: int, e: int) -> bool:
    """Whether the figure at s:e is an hour or minutes of a span of clock times."""
    if ":" not in folded[max(0, s - 3) : e + 3]:
        return False
    for m in _CLOCK_SPAN.finditer(folded, max(0, s - 22), min(len(folded), e + 22)):
        if not (m.start() <= s and e <= m.end()):
            continue
        first = int(m["h1"]) * 60 + int(m["m1"])
        second = int(m["h2"]) * 60 + int(m["m2"])
        # "drop my 5K from 21:40 to 20:30": a time cut, a change to measure
        cut = second < first and _CLOCK_FROM_BEFORE.search(folded, max(0, m.start() - 8), m.start())
        return not cut
    return False


def _en_clock_time(folded: str, num: str, s: int, e: int) -> bool:
    """A time of day in English: "at 7:30" (the hour and its minutes), or "at 8" beside a part
    of the day or a daily cadence ("every morning at 8", "at 8 sharp"); not "CSAT at 4.6",
    "NPS at 45" (levels)."""
    if not num.isdigit():
        return False
    if _EN_AT_HOUR_BEFORE.search(folded, max(0, s - 10), s) and len(num) == 2:
        return True  # the minutes of "at 7:30"
    if int(num) <= 23 and _EN_MINUTES_AFTER.match(folded, e):
        if _EN_WHEN_BEFORE.search(folded, max(0, s - 7), s):
            return True  # the hour of "before 14:00" (decision 5604)
        if len(num) == 2 and _EN_BY_BEFORE.search(folded, max(0, s - 3), s):
            return True  # "by 09:00": two digits of an hour, not "by 1:30" off a race time
        if _EN_BY_BEFORE.search(folded, max(0, s - 3), s) and _EN_DAY_PART.search(
            folded, max(0, s - 30), min(len(folded), e + 24)
        ):
            return True  # "by 8:30 every day": a daily deadline, not a figure (decision 5928)
    if (
        len(num) == 2
        and _EN_BY_HOUR_BEFORE.search(folded, max(0, s - 6), s)
        and _EN_DAY_PART.search(folded, max(0, s - 30), min(len(folded), e + 22))
    ):
        return True  # the minutes of "by 8:30 every day" (decision 5928)
    if not _EN_AT_BEFORE.search(folded, max(0, s - 3), s) or int(num) > 23:
        return False
    if _EN_MINUTES_AFTER.match(folded, e):
        return True
    if not _EN_HOUR_ENDS.match(folded, e):
        return False  # "at 20% every night", "at 8 tables": a figure with what it counts
    return _EN_DAY_PART.search(folded, max(0, s - 30), min(len(folded), e + 20)) is not None


# A time of day written with its minutes, "10:00", "8:30": before a word of when ("前", "之前",
# "起") or after a day it recurs on ("每天", "周五", "当日"), it says by when, not how many
# (decision 5941; the lead's ruling of the forty-first round). "从21:40缩短到20:30" stays a time cut.
_ZH_COLON_CLOCK = re.compile(r"(?<![\d:.])(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:])")
_ZH_COLON_AFTER = re.compile(r"\s?(?:前|之前|以前|以后|之后|后|起|开始|截止|准时|整)")
_ZH_COLON_BEFORE = re.compile(
    r"(?:早上|上午|中午|下午|晚上|傍晚|凌晨|每天|每日|每晚|当天|当日|次日|周[一二三四五六日天]|"
    r"星期[一二三四五六日天])\s?$"
)


def _zh_colon_clock(folded: str, s: int, e: int) -> bool:
    """Whether the figure at s:e is the hour or the minutes of a Chinese "HH:MM" time of day."""
    if ":" not in folded[max(0, s - 3) : e + 3]:
        return False
    for m in _ZH_COLON_CLOCK.finditer(folded, max(0, s - 3), min(len(folded), e + 3)):
        if m.start() <= s and e <= m.end():
            return bool(
                _ZH_COLON_AFTER.match(folded, m.end())
                or _ZH_COLON_BEFORE.search(folded, max(0, m.start() - 4), m.start())
            )
    return False


def _zh_clock_time(folded: str, num: str, s: int, e: int) -> bool:
    """ "早上7点", "10点前", "7点半": a time of day, not a count (decision 314)."""
    if not (folded.startswith("点", e) and num.isdigit() and int(num) <= 24):
        return False
    return bool(
        _ZH_CLOCK_AFTER.match(folded, e) or _ZH_CLOCK_BEFORE.search(folded, max(0, s - 3), s)
    )


_ACRONYM = re.compile(r"[A-Z]{2,6}")


_POINT_ZERO = re.compile(r"(?<!\d)\d+\.0")
# A decade: "1990s", "1980's", and the two-digit one after an apostrophe or a word that dates
# it ("'90s", "the 80s", "early 2000s"); "Hold 10s planks" and "Run 100s of tests" stay figures.
_DECADE_END = re.compile(r"['’]?s(?![a-z0-9])")
_DECADE_FULL = re.compile(r"(?:1[5-9]\d|20[0-9])0")
_DECADE_SHORT_BEFORE = re.compile(r"(?:['’]|\b(?:the|early|late|mid-?) )$")


# "one-on-one", "one-to-one", "one on one": a kind of meeting or time together, both "one"s name
# it (decision 1454); "1:1" is read elsewhere.
_ONE_ON_ONE = re.compile(r"\bone[- ](?:on|to)[- ]one\b")


# A measure's band of tens: "Get NPS into the 40s", "Keep CSAT in the high 90s" (decision 5342).
_BAND_BEFORE = re.compile(
    r"\b(?:into|in|to|within|at|around|above|over|reach|hit) the "
    r"(?:(?:low|mid|high|upper|lower)[- ])?$"
)
_BAND_END = re.compile(r"s(?![a-z0-9'’])")


def _band_of_tens(folded: str, s: int, e: int) -> bool:
    """Whether "the 40s" at [s, e) is the band a measure named before it is to reach ("Lift
    eNPS into the 30s", "Hold bed occupancy in the low 90s"): a target, not a decade; a decade
    with no measure before it stays one ("Digitise the photos taken in the 80s")."""
    if not (_BAND_END.match(folded, e) and re.fullmatch(r"[1-9]0", folded[s:e])):
        return False
    before = _BAND_BEFORE.search(folded, max(0, s - 24), s)
    if before is None:
        return False
    from coach.facts.kpi import kpi_terms

    head = folded[: before.start()]
    return bool(
        find_terms(head, kpi_terms("en"), "en")
        or any(w in word_set("rating_words", "en") for w in _EN_WORD.findall(head))
    )


def band_of_tens(folded: str, q: Quantity) -> bool:
    """Whether the quantity is a measure's band of tens ("NPS into the 40s", decision 5342): a
    level to reach, as a figure after "to" is."""
    return q.kind == "count" and q.end == q.figure[1] + 1 and _band_of_tens(folded, *q.figure)


def _decade(folded: str, s: int, e: int) -> bool:
    """Whether the number is a decade written with its "s" (decision 1440)."""
    if not _DECADE_END.match(folded, e):
        return False
    num = folded[s:e]
    if _DECADE_FULL.fullmatch(num):
        return True
    if _band_of_tens(folded, s, e):
        return False
    return bool(
        re.fullmatch(r"[1-9]0", num) and _DECADE_SHORT_BEFORE.search(folded, max(0, s - 6), s)
    )


# A document or ticket of a series, then a slash: "ADR-033/", "ADR-033/034/" (decision 2066).
_ID_RUN_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z]{2,8}-\d{1,6}(?:/\d{1,6}){0,8}/$")


# A thing built in phases, right before "N期" (an optional bracket between): "会员积分后台（一期）",
# "ERP二期", "新园区三期" (decision 3819); "录制20期播客" counts episodes.
_ZH_PHASED_BEFORE = re.compile(
    r"(?:系统|平台|后台|中台|项目|工程|模块|商城|小程序|官网|网站|园区|基地|产线|erp|crm|oa|app)"
    r"\s?[（(]?\s?$"
)


# A capitalised word glued to a number with a hyphen names a model, a product or a disease
# ("ResNet-50", "Llama-3", "Covid-19"), as an acronym does ("UTF-8"; decision 4304).
_NAMED_WORD = re.compile(r"[A-Z][A-Za-z]{1,14}")
# After a number, what makes it a name (decision 4304): "360 feedback/reviews" (a kind of review),
# "401(k)", "403(b)" (a US plan), "2-for-1" (an offer), and in Chinese a hotline ("12345热线") or a
# university tier ("985高校", "211院校").
_NAMED_AFTER = re.compile(
    r"[- ](?:degree )?(?:feedback|reviews?|assessments?|surveys?)\b|\([a-z]\)|-for-\d|"
    r"热线|天工作制|(?<=985)(?:高校|院校|大学|工程|名校)|(?<=211)(?:高校|院校|大学|工程|名校)"
)
# A ward or a wing named by its floor and a capitalised compass word, the wording going on with a
# stop or a joining word (decision 5030): "3 East and 6 West", "6 North by May"; not "5 West Coast
# stores" (a count of stores) nor "4 North American distributors".
_WARD_AFTER = re.compile(
    r" (?:East|West|North|South)(?=$|[,;.)]| (?:and|or|by|in|at|on|before|after|from|to)\b)"
)
_RELEASE_AFTER = re.compile(r" (?:release|version|launch|milestone|branch|api|sdk)\b")
_N_FOR_BEFORE = re.compile(r"(?<![\d.])\d{1,2}-for-$")


# A public service line's short number (decision 4841): 311 (city services), 911, 211, 411, 511,
# 811, 988, 999, 111, 112, 101. It names the channel when a word of reaching it comes before
# ("via 311", "calls to 911", "dial 111") or a word of what comes through it after ("311
# requests", "911 calls", "the 211 hotline"); "Grow to 311 members", "Answer 911 emails" count.
_SERVICE_LINES = frozenset(
    {"211", "311", "411", "511", "811", "911", "988", "999", "111", "112", "101"}
)
_SERVICE_LINE_BEFORE = re.compile(
    r"\b(?:via|through|thru|dial|dialing|dialling|calls?\sto|calling|called|texts?\sto|"
    r"reported\sto|made\sto)\s$"
)
_SERVICE_LINE_AFTER = re.compile(
    r"\s?(?:[a-z-]{1,30}\s)?(?:calls?|callers|line|hotline|requests?|reports?|complaints?|tickets?|"
    r"service\srequests?|call\s(?:center|centre|volume|takers?)|dispatch(?:ers)?|operators?)\b"
)


def _service_line(folded: str, s: int, e: int) -> bool:
    """Whether the number at [s, e) is a service line's name, not a figure (decision 4841)."""
    if folded[s:e] not in _SERVICE_LINES:
        return False
    return bool(
        _SERVICE_LINE_BEFORE.search(folded, max(0, s - 12), s)
        or _SERVICE_LINE_AFTER.match(folded, e)
    )


# A rowing boat's class after the crew's capitalised name (decision 4842): "the Varsity 8+", "the
# Novice 4x", "our Lightweight 2-": the seats and the sweep or the sculls, no count ("Hire 8+
# coaches" has no article before a name; "the NPS 8+" an acronym).
_BOAT_CLASS_AFTER = re.compile(r"[+x-](?=$|[\s,.;:!?)])")
_TITLE_WORD_BEFORE = re.compile(
    r"\b(?:the|our|a|an|my|their|his|her|in|for)\s[A-Z][a-z]+(?:['’]s)?\s$"
)
# More numbers after a name word and its first number: "Fields 3 and 7", "Courts 2, 4 and 6",
# "Gates 5 & 6" (decision 4842); the name word in number_labels.txt, as the first number's is.
_LABEL_LIST_BEFORE = re.compile(
    r"\b([a-z]+)\s\d{1,4}(?:\s?,\s?\d{1,4})*(?:\s?,\s?|\s?,?\s(?:and|or|&)\s)$"
)


def _boat_class(plain: str, s: int, e: int) -> bool:
    """Whether the number at [s, e) is a boat class after a crew's name (decision 4842)."""
    return (
        plain[s:e] in ("1", "2", "4", "8")
        and bool(_BOAT_CLASS_AFTER.match(plain, e))
        and bool(_TITLE_WORD_BEFORE.search(plain, max(0, s - 24), s))
    )


# A product moved from or to, named with a capital and its bare whole number: "Migrate every loan
# from ILLiad 9 to the new Tipasa instance", "Move the labs from Revit 2 onto the cloud suite"
# (decision 5091; ruling j of the thirty-fifth round). The number names the release, as "Kafka
# 3.7" does (4304). A measure's name ("from NPS 30"), a month or a day before it, a unit after
# it, or a noun after it ("from Ward 3 patients") is no product's version.
_PRODUCT_BEFORE = re.compile(
    r"\b(?:from|to|onto|off|on)\s+(?:the\s+|our\s+)?(?P<name>[A-Z][A-Za-z]*[a-z][A-Za-z]*)\s$"
)
_PRODUCT_VERSION_AFTER = re.compile(r"\s{0,8}(?:$|[,.;:)]|\s(?:to|onto|into|and|by|before|in)\b)")
_WEEK_DAYS = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "day")
)


def _product_version(folded: str, plain: str, s: int, e: int) -> bool:
    """Whether the bare number at [s, e) is a product's version after its name (5091)."""
    if not folded[s:e].isdigit() or e - s > 2:
        return False
    m = _PRODUCT_BEFORE.search(plain, max(0, s - 40), s)
    if m is None or not _PRODUCT_VERSION_AFTER.match(folded, e):
        return False
    name = m.group("name").lower()
    return (
        name not in _metric_nouns("en")
        and name not in _WEEK_DAYS
        and name not in word_set("rank_words", "en")
        and not _MONTH_BEFORE.search(folded[max(0, s - 12) : s])
    )


# A run of numbered places, its first and last number: "doors 12-18", "bays 4 to 9", "Rooms
# 201–215" (decision 5285). Only places: "weeks 1-6" is a period, "grades 3-5" a school's years.
_LABEL_RUN_BEFORE = re.compile(r"\b([a-z]+)\s\d{1,4}(?:\s?[-–]\s?|\s(?:to|through|thru)\s)$")
_NUMBERED_PLACES = frozenset(
    {"door", "doors", "dock", "docks", "gate", "gates", "bay", "bays", "aisle", "aisles", "room",
     "rooms", "lane", "lanes", "platform", "platforms", "floor", "floors", "court", "courts",
     "pitch", "pitches", "field", "fields", "booth", "booths", "station", "stations", "ward",
     "wards", "hall", "halls", "terminal", "terminals", "building", "buildings", "wing", "wings"}
)  # fmt: skip


def _listed_after_label(folded: str, s: int) -> bool:
    """Whether the number at `s` continues a list of numbered names (decision 4842) or closes a
    run of numbered places (decision 5285)."""
    m = _LABEL_LIST_BEFORE.search(folded, max(0, s - 40), s)
    if m is not None and m.group(1) in word_set("number_labels", "en"):
        return True
    run = _LABEL_RUN_BEFORE.search(folded, max(0, s - 24), s)
    if run is None:
        return False
    # a run of numbered parts of a course or a book: "units 5-8", "chapters 3-6" (5357)
    plural_label = run.group(1).endswith("s") and run.group(1) in word_set("number_labels", "en")
    return run.group(1) in _NUMBERED_PLACES or plural_label


def _named_by(num: str, after: str) -> bool:
    """Whether `after` (a match of _NAMED_AFTER) makes the number `num` a name."""
    if not num.isdigit():
        return False
    if after.startswith("("):
        return len(num) == 3  # "401(k)", "403(b)", "457(b)"
    if after.startswith(("-for-", "热线", "高校", "院校", "大学", "工程", "名校", "天工作制")):
        return True
    return num == "360"  # "360 feedback", "360-degree reviews"


# A rank written "#N" (decision 5060): one or two digits, opening the wording or a clause, or
# after a verb of ranking or "the"; then a place ("in", "on", "among", "across") or a word and a
# place ("#1 rated café in town", "#2 app on …").
_HASH_RANK_BEFORE = re.compile(
    r"(?:^|[:;,(]|\b(?:be|become|becoming|rank|ranked|ranking|reach|reaching|stay|remain|"
    r"the|as|at))\s?#$"
)
_HASH_RANK_AFTER = re.compile(r"(?:\s[a-z-]+){0,2}?\s(?:in|on|among|across)\b")


def _hash_rank(folded: str, s: int, e: int) -> bool:
    """Whether "#N" at [s, e) is a rank reached, not an issue's or a ticket's number (5060)."""
    return (
        e - s <= 2
        and bool(_HASH_RANK_BEFORE.search(folded, max(0, s - 16), s))
        and bool(_HASH_RANK_AFTER.match(folded, e))
    )


# After "4-star": the rating it is a level of, singular ("a 4-star average rating"); "4-star
# ratings" counts ratings of that class (decision 5342).
_STAR_LEVEL_AFTER = re.compile(
    r"s? (?:(?:average|overall|mean|app|store|guest|customer|google|trustpilot|yelp) ){0,2}"
    r"(?:average|rating|score)(?![a-z])"
)


# A quoted phrase of a few words around a figure: the words of a name, a slogan or a prompt.
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{3,60})[\"”]")


def _in_quoted_words(plain: str, s: int, e: int) -> bool:
    """The figure is inside double quotes that hold at least two other words: 'A/B test a "save
    your first $10" prompt', 'Launch the "buy 2, get 1 free" offer' quote copy (decision 5358).
    A quote of the figure and its unit alone ('"48 hours"') still measures."""
    if '"' not in plain and "“" not in plain:
        return False
    for m in _QUOTED.finditer(plain, max(0, s - 60), min(len(plain), e + 60)):
        if m.start(1) <= s and e <= m.end(1):
            return len(re.findall(r"[A-Za-z]{2,}", m.group(1))) >= 2
    return False


def _is_label(
    folded: str, plain: str, lang: str, s: int, e: int, has_unit: bool, noun: bool
) -> bool:
    """A number that names, dates or versions something rather than measuring it. `has_unit`:
    a unit or currency goes with it; `noun`: an English noun follows ("3 new templates")."""
    prev = folded[s - 1] if s else ""
    if (
        prev == "x"
        and (s < 2 or not folded[s - 2].isalnum())
        and _MULTIPLIER_END.match(folded, e)
        and float(_num_of(folded, s, e)) <= 20
    ):
        return False  # "GMV x2", "covers x1.5": a multiple, not a name like "x86" (decision 941)
    if prev == "#" and lang == "en":
        # "#4260": an issue or a ticket, not a count; but "#1 in category", "Become #2 among
        # …", "the #1 rated café": a rank reached (decision 5060)
        return not _hash_rank(folded, s, e)
    if (
        lang == "zh"
        and folded.startswith("期", e)
        and e - s == 1
        and _ZH_PHASED_BEFORE.search(folded, max(0, s - 6), s)
    ):
        return True  # "会员积分后台（一期）", "ERP二期": a phase of the thing built (3819)
    if lang == "en" and _decade(folded, s, e):
        return True  # "the 1990s archive", "'80s hits": a decade, not 1990 seconds (1440)
    if prev and ("a" <= prev <= "z" or prev in "\\_"):
        # q3, v2, fy24, p0, h1 — but "TOP5" is a rank and "GPA3.8" a score (decision 7013)
        word = _word_before(folded, s)[0]
        return word not in word_set("rank_words", lang) and word not in _SCORE_NAMES
    if lang == "en" and _in_quoted_words(plain, s, e):
        return True  # 'A/B test a "save your first $10" prompt': the copy's words (5358)
    if plain.count("`", 0, s) % 2 == 1 and "`" in plain[e:]:
        return True  # "`T=13` ROS 控制模式", "`max_retries=3`": inside code, a name (decision 419)
    acronym = _acronym_before(plain, s - 1) if prev in "-/" else ""
    if _ACRONYM.fullmatch(acronym) and acronym.lower() not in _metric_nouns(lang):
        # "UTF-8", "SHA-256", "ISO-9001": a standard's name (decision 419); "HTTP/2" (4304)
        return True
    if (
        prev == "-"
        and lang == "en"
        and _NAMED_WORD.fullmatch(acronym)
        and acronym.lower() not in word_set("rank_words", lang)
        and acronym.lower() not in _metric_nouns(lang)
    ):
        return True  # "ResNet-50", "Llama-3", "Covid-19": a capitalised name and its number (4304)
    if lang == "en" and e - s <= 2 and _WARD_AFTER.match(plain, e):
        return True  # "on 3 East and 6 West", "on 6 North by May": a ward or a wing (5030)
    if lang == "en" and _boat_class(plain, s, e):
        return True  # "the Varsity 8+", "the Novice 4x": a crew's boat class (decision 4842)
    if lang == "en" and _listed_after_label(folded, s):
        return True  # "Fields 3 and 7", "Courts 2, 4 and 6": more places of one name (4842)
    if lang == "en" and not has_unit and _product_version(folded, plain, s, e):
        return True  # "from ILLiad 9 to the new system": the product's version (5091)
    if lang == "en" and _service_line(folded, s, e):
        return True  # "complaints via 311", "calls to 911": the phone line's name (4841)
    named = _NAMED_AFTER.match(folded, e)
    if named is not None and _named_by(folded[s:e], named.group()):
        return True  # "360 feedback", "401(k)", "2-for-1 offer", "12345热线", "985高校" (4304)
    if prev == "-" and _N_FOR_BEFORE.search(folded, max(0, s - 8), s):
        return True  # the "1" of "2-for-1" (decision 4304)
    if prev == "/" and _ID_RUN_BEFORE.search(plain, max(0, s - 40), s):
        return True  # "ADR-033/034/035": more documents of one series, named (decision 2066)
    num = folded[s:e]
    if (
        _DAY_OF_MONTH.match(folded, e)
        and num.isdigit()
        and 1 <= int(num) <= 12
        and not (lang == "en" and _rating_out_of(folded, s, e, num))
    ):
        return True  # 9/30: a date (but "4.5/5" is a rating, "1:3" a ratio)
    if _LABEL_AFTER.match(folded, e):
        return True
    if lang == "en" and _ORDINAL_NAME_AFTER.match(folded, e):
        return True  # "3rd-party integrations", "2nd-line support": a kind, no place (4304)
    if _zh_clock_time(folded, num, s, e):
        return True
    if lang == "zh" and _zh_colon_clock(folded, s, e):
        return True  # "每天10:00前", "17:30之前": a time of day, a deadline's (decision 5941)
    if _in_clock_span(folded, s, e):
        return True  # "open 8:30–5:00 every weekday": opening hours, not targets (decision 1777)
    if lang == "en" and _en_clock_time(folded, num, s, e):
        return True  # "Stand-up every morning at 8", "at 7:30": a time of day (decision 1767)
    if _LEAN_S.match(folded, s) or (lang == "zh" and _LEAN_METHOD.match(folded, s)):
        # "推行5S管理": the workplace method, not five seconds (decision 314); "完成车间5S整改",
        # "通过6S验收": the method named before any of its works, no target (decision 5940)
        return True
    if _DEALER_4S.match(folded, s):
        return True  # "4S店": a car dealership's name, not four seconds (decision 2432)
    if len(num) == 2 and num.isdigit() and folded.startswith("后", e) and num[1] in "05":
        return True  # "00后", "95后": a generation, not a count
    if num.count(".") > 1:
        return True  # 1.2.3
    before = folded[max(0, s - 3) : s]
    if before.endswith("t+") and not (before[:-2].isascii() and before[:-2].isalnum()):
        return True  # "T+1可用": when the data lands, a name for a freshness level
    if (
        _POINT_ZERO.fullmatch(num)
        and not has_unit
        and _names_a_version(folded, plain, s)
        and not _BOUND_AFTER.match(folded, s + len(num))
    ):
        return True  # "CRM 2.0", "中台2.0" (but "评分达到5.0", "Hit 4.0" are scores)
    if _POINT_ZERO.fullmatch(num) and not has_unit and _RELEASE_AFTER.match(folded, e):
        return True  # "Make the 1.0 release stable": the release's name (decision 4304)
    if (
        _YEAR.fullmatch(num)
        and not has_unit
        and not _year_reached(folded, s, e)
        and not _COUNT_LABEL_BEFORE.search(folded, max(0, s - 32), s)
    ):
        after = folded[e : e + 14]
        if (
            _YEAR_NAMED_BEFORE.search(folded, max(0, s - 8), s)
            or _YEAR_NAMED_AFTER.match(after)
            or _NAME_BEFORE.search(plain, max(0, s - 40), s)
            or _YEAR_CONTEXT_AFTER.match(after)
            or _YEAR_CONTEXT_BEFORE.search(folded[max(0, s - 12) : s])
            or not after.strip()
            or _CAPITALISED.match(plain, e)
            or (lang == "en" and _year_names_one_thing(folded, plain, e))
        ):
            return True  # a year ("in 2025", "the 2024 State of DevOps report"), not "2000条"
    if _MONTH_BEFORE.search(folded[max(0, s - 12) : s]) or _MONTH_AFTER.match(folded, e):
        return True
    # A token with letters glued to the number: "5G", "4K", "B2B", "24/7" (either number).
    ts = s
    while ts > 0 and s - ts < 8 and _NAME_CHAR.match(folded, ts - 1):
        ts -= 1
    m = _NAME_TOKEN.match(folded, ts, ts + 12)
    if m and m.group() in _names(lang) and not _thousands_k(folded, m.start(), m.end()):
        return True
    if lang == "en" and plain[s:e] in ("5", "6") and re.match(r"S(?![\w-])", plain[e : e + 2]):
        return True  # "Complete the 5S program": the workplace method, not 5 seconds (decision 523)
    if lang == "en" and e - s == 1 and folded.startswith("-star", e):
        # "5-star reviews", "a 4-star hotel": a class, not a count (decision 388); but "a 4-star
        # average rating", "a 4-star score": the rating's level (decision 5342)
        return _STAR_LEVEL_AFTER.match(folded, e + 5) is None
    if lang == "en" and s > 1 and folded[s - 1] in "-–":
        glued = _word_before(folded, s - 1)[0]
        # "day-7 retention", "day-30 churn": the day a measure is taken on (decision 5357)
        if glued in word_set("number_labels", lang) or glued == "day":
            return True  # "the 5 tier-0 systems", "phase-2 rollout": a label, not a count
    word, at = _word_before(folded, s)
    if not word:
        return False
    if (
        lang == "en"
        and word == "to"
        and not has_unit
        and "." in folded[s:e]
        and _word_before(folded, at)[0] in word_set("number_labels", lang)
    ):
        return True  # "Upgrade Kafka to 3.7", "Move Python to 3.12": the version (decision 4304)
    if lang == "en" and word == "no" and _titled_number(folded, plain, at, e):
        return True  # "Learn Chopin Ballade No.1 myself": a work's number (decision 1299)
    if lang == "en" and plain[at : at + 3] == "Top" and _STANDARD_BEFORE_TOP.search(plain, 0, at):
        return True  # "the OWASP Mobile Top 10 checklist": a standard's list named (4326)
    if (
        (
            word in word_set("number_labels", lang)
            # "升级到Python 3.12", "上线iOS 18小组件": a product's version in Chinese text (4304)
            or (lang == "zh" and word in word_set("number_labels", "en"))
        )
        and not has_unit
        and (not noun or _inside(folded, at))
    ):
        # "version 2", "level 3", "all Tier 1 accounts" (but "Release 3 new templates": a
        # label word that starts the wording before a count and its noun may be a verb)
        return True
    # An acronym before a bare number names a standard or a product ("SOC 2", "CMMI 5"),
    # unless it is a measure ("NPS 50") or a rank ("TOP5").
    written = plain[at : at + len(word)]
    return (
        not has_unit
        and len(word) >= 2
        and written.isupper()
        and word not in _metric_nouns(lang)
        and word not in word_set("rank_words", lang)
        and word not in word_set("score_acronyms", "en")  # "GPA 3.0 以上": a score (2606)
    )


# A standard's acronym, then at most one more capitalised word, right before "Top N": "OWASP Top
# 10", "OWASP Mobile Top 10", "CWE Top 25" name a list, no rank to reach (decision 4326).
_STANDARD_BEFORE_TOP = re.compile(r"\b[A-Z]{3,6}(?:\s[A-Z][A-Za-z]{1,12})?\s$")


# Before "No. N", words that make it a place to reach: "Make Riverside Vet No. 1 in town",
# "Become the No. 1 bakery", "Rank No. 3"; after it, where the place is held.
_RANK_LEAD = re.compile(
    r"\b(?:make|makes|made|become|becomes|be|is|are|stay|stays|remain|remains|rank|ranks|ranked|"
    r"reach|reaches|get|gets|named|voted|rated|the|our|a)\b"
)
_RANK_AFTER = re.compile(
    r"(?<![\s,])[\s,]*+(?:in|on|among|across|for|spot|place|position|ranking|choice|seller|brand|"
    r"rated)\b"
)
_TITLE_WORD = re.compile(r"(?:[A-Z][\w'’-]*|\b(?i:op|opus|vol|volume|bwv|book)\.?\s?\d+)\s*$")


def _titled_number(folded: str, plain: str, at: int, e: int) -> bool:
    """ "No. N" that numbers a title: a capitalised word right before it ("Chopin Ballade No.1",
    "Bach Partita No. 2"), no verb or article of ranking in its clause before it and no place
    after it ("Make Riverside Vet No. 1 in town", "Become the No. 1 bakery" are ranks; decision
    1299)."""
    if not _TITLE_WORD.search(plain, max(0, at - 30), at):
        return False
    start = max(folded.rfind(c, 0, at) for c in ",;:\n")
    if _RANK_LEAD.search(folded, start + 1, at):
        return False
    return _RANK_AFTER.match(folded, e) is None


def _acronym_before(plain: str, end: int) -> str:
    """The run of Latin letters that ends at `end` ("UTF" before "-8")."""
    start = end
    while (
        start > 0 and end - start < 8 and plain[start - 1].isascii() and plain[start - 1].isalpha()
    ):
        start -= 1
    return plain[start:end]


def _inside(folded: str, at: int) -> bool:
    """Whether a word precedes position `at` in its clause ("all tier 1 …", "the phase 2 …")."""
    i = at - 1
    while i >= 0 and folded[i] == " ":
        i -= 1
    return i >= 0 and folded[i].isalpha()


@cache
def _names(lang: str) -> frozenset[str]:
    return frozenset(words("number_names", lang))


@cache
def _metric_nouns(lang: str) -> frozenset[str]:
    return frozenset(words("metric_nouns", "en")) | frozenset(words("metric_nouns", lang))


# 千万 as "by all means" before what must not be done ("千万不要拖延", "千万不能", "千万别").
_QIANWAN_ADVERB_AFTER = ("不要", "不能", "不可", "不得", "不许", "别", "勿")


@cache
def _measure_before_re() -> re.Pattern[str]:
    names = sorted((w for w in words("metric_nouns", "zh") if len(w) >= 2), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(re.escape(n) for n in names)})\s?$")


def _measure_named_before(folded: str, s: int) -> bool:
    """ "日活千万", "月活 百万", "gmv 五千万": a measure's name (metric_nouns.txt) right before a
    numeral in words (decision 5507)."""
    return _measure_before_re().search(folded, max(0, s - 8), s) is not None


_CATEGORY_TOP = re.compile(r"[类项]目前\s?$")


def _is_rank(folded: str, lang: str, s: int, e: int) -> bool:
    """ "top 3", "No. 1", "#1", "1st", "前3名", "第一"."""
    if _ORDINAL_AFTER.match(folded, e):
        return True
    ranks = words("rank_words", lang)
    word, _ = _word_before(folded, s)
    if word and word in ranks:
        return True
    if lang == "en" and s > 1 and folded[s - 1] == "-" and _word_before(folded, s - 1)[0] in ranks:
        return True  # "a top-20 program", "top-5 finish": the rank word glued with a hyphen
    before = folded[max(0, s - 3) : s].rstrip()
    if (
        lang == "zh"
        and any(before.endswith(w) for w in words("rank_word_exceptions", "zh"))
        # "类目前三", "项目前五": 类目/项目 and its top three, not 目前 (decision 2365, as 1906)
        and not _CATEGORY_TOP.search(folded, max(0, s - 4), s)
    ):
        return False  # 当前30, 提前3天
    return any(before.endswith(w) for w in ranks if not w.isalpha() or not w.isascii())


# The verbs of a place reached before an ordinal word, and "or better" after one (4969).
_EN_PLACE_WORDS = frozenset(
    ("finish", "finishes", "finished", "finishing", "come", "comes", "came", "coming", "place",
     "places", "placed", "placing", "end", "ends", "ended", "ending", "rank", "ranks", "ranked",
     "ranking")
)  # fmt: skip
_EN_PLACE_VERB = re.compile(r"\b(?:finish|come|coming|came|plac|end|rank)")
_EN_OR_BETTER = re.compile(r"\s(?:place\b|or\s(?:above|better|higher)\b)")


_TIMES_PER_PERIOD = re.compile(
    r"\s?(?:/\s?|(?:per|a|an|each|every)\s)(?:day|week|wk|month|mo|quarter|sprint|year)\b"
)


# "5S", "6S", "7S" before what a workshop does with them ("完成3条产线的5S改造", "6S现场检查"): the
# name of a workplace-organisation method, not a duration in seconds (decision 1840). A time
# before a bound or a verb stays seconds ("响应5s内", "从8s降到5s").
_LEAN_METHOD = re.compile(
    r"(?<![\d.])[5-8]s(?:管理|改造|现场|活动|检查|标准|推行|评比|审核|达标|验收|推进|工作|区域|"
    r"稽核|巡查|点检|体系|看板|示范|样板|整改|考核|培训)"
)


def _unit_after(folded: str, lang: str, pos: int) -> tuple[str, _Unit, int] | None:
    """The unit at `pos` (one optional blank first): (as written, info, end). The item's
    language's units come first, then the other's ("200ms" in Chinese, "%" anywhere)."""
    for table in (lang, "en" if lang == "zh" else "zh"):
        m = _unit_re(table).match(folded, pos)
        if m is None:
            continue
        u = m.group("u")
        if table == "zh" and lang != "zh" and u.isascii() and u.isalpha():
            continue  # "km", "kg" are Chinese text's units (decision 5503), not English text's
        if m.group("sp") and len(u) == 1 and u.isascii() and u.isalpha() and u != "h":
            # "3 x 4": a one-letter unit is glued to its number; "2 h" is hours either way, as
            # ops teams write it ("Cut incident response to 2 h", decision 521)
            return None
        if (
            table == "zh"
            and any(folded.startswith(ff, m.start("u")) for ff in _false_friends().get(u, ()))
            and not folded.startswith(_false_friend_breaks(), m.start("u"))
        ):
            return None  # 3项目: 项 belongs to 项目; "一次数学课" counts lessons (5045)
        if lang == "zh" and u == "s" and pos and _LEAN_METHOD.match(folded, pos - 1):
            return None  # "5S管理", "6S现场": a workplace method's name, not seconds (1840)
        if u == "s" and pos and _DEALER_4S.match(folded, pos - 1):
            return None  # "4S店": a car dealership (decision 2432)
        return u, units(table)[u], m.end()
    return None


def _scale_word(m: re.Match[str]) -> str:
    return next(m.group(g) for g in ("s", "s2") if g in m.re.groupindex and m.group(g))


_VERSION_CUE = re.compile(r"(?:到|至|达|为|是|于|→|->|=>|:)\s?$")
# A bound after "8.0" makes it a score or a level to stay above or below, not a version ("豆瓣评分
# 8.0 以上", "体脂率 20.0 以下", "a rating of 4.0 or above"; decision 2543).
_BOUND_AFTER = re.compile(
    r"\s?(?:以上|以下|以内|及以上|或以上|及以下|分|or (?:above|higher|more|below))"
)


# A test's score, not a version, after its name (decision 7013): "雅思7.0", "GPA3.8", "绩点冲4.0".
_SCORE_NAMES = ("雅思", "托福", "绩点", "口语", "听力", "阅读", "写作", "总分", "gpa", "gre", "gmat", "ielts", "toefl")  # fmt: skip
_SCORE_NAMED_BEFORE = re.compile(
    rf"(?:{'|'.join(_SCORE_NAMES)})\s?"
    r"(?:冲刺|冲到|冲|考到|考出|考|拿到|拿下|达到|提到|提升到|到|上|过)?\s?$"
)


def _names_a_version(folded: str, plain: str, s: int) -> bool:
    """'2.0' after a name ("CRM 2.0", "App 2.0", "中台2.0"), not after a cue or a verb."""
    i = s
    if i and folded[i - 1] == " ":
        i -= 1
    if not i or _VERSION_CUE.search(folded, max(0, i - 3), i):
        return False
    prev = plain[i - 1]
    if _SCORE_NAMED_BEFORE.search(folded, max(0, i - 9), i):
        return False  # "雅思7.0", "绩点4.0", "GPA 4.0": a test's score (decision 7013)
    if "\u4e00" <= prev <= "\u9fff":
        # "评分 8.0", "体脂率 20.0", "满意度指数 4.0": a measure's name before the figure (decision 2543)
        return prev not in "分率值数度"
    word, at = _word_before(folded, s)
    # A capitalised name, not the first word of the wording ("Hit 4.0", "Score 7.0").
    return bool(word) and plain[at : at + 1].isupper() and bool(plain[:at].strip())


# A time to beat: "under 2:15", "in under 24:30", "sub-3:30", "faster than 1:45" (decision 5347).
_RACE_TIME_AFTER = re.compile(r":[0-5]\d(?![\d:.])")
_RACE_TIME_BEFORE = re.compile(
    r"(?:\bunder|\bbelow|\bsub-?|\bin less than|\bfaster than|\bbeat|\bbreak|\bwithin"
    r"|\bat most|≤|<)\s?$"
)
# "sub-" glued before a figure: an upper bound, as "under" is (decision 5044).
_SUB_BOUND_BEFORE = re.compile(r"(?<![a-z])sub[- ]?$")
# "in" right after one run's distance or a race, then hours:minutes or minutes:seconds: the time
# that run is to take ("Ride 40 miles in 2:30", "Run the marathon in 3:45"; decision 6701).
_RACE_TIME_IN = re.compile(
    r"(?:\d\s?(?:km|kms|kilometres|kilometers|miles?|mi|k|m|metres|meters|yards)|marathon|race"
    r"|relay|triathlon|sportive|parkrun|leg|loop|lap|course|ride|swim|row)\sin\s$"
)


def _digits(folded: str, plain: str, lang: str, s: int, e: int, in_time: _Spans) -> _Raw:
    num = folded[s:e]
    value = arabic_value(num)
    start, end = s, e
    scale = 1.0
    unit: str | None = None
    kind = "count"
    cur = _currency_before_re(lang).search(folded, max(0, s - 5), s) if s else None
    if cur is not None:
        start = cur.start()
        unit = currencies(lang)[folded[cur.start() : cur.end()].strip()]
        kind = "money"
    per = _PER.get(folded[max(0, s - 3) : s])
    if per is not None:
        value = round(value * per, 9) if value is not None else None
        return _Raw(s - 3, e, value, "%", "percent", "digits", (s, e))
    per = _PER_SIGN.get(folded[e : e + 1])
    if per is not None:  # "0.5‰": per mille is a share too (decision 309)
        value = round(value * per, 9) if value is not None else None
        return _Raw(s, e + 1, value, "%", "percent", "digits", (s, e))
    sm = _scale_re(lang).match(folded, end)
    if (
        sm is None
        and lang == "en"
        and any("\u4e00" <= c <= "\u9fff" for c in folded[end : end + 2])
    ):
        sm = _scale_re("zh").match(folded, end)
    if (
        sm is not None
        and lang == "en"
        and folded[end : sm.end()] == "k"
        and _K_RACE_AFTER.match(folded, sm.end())
    ):
        # "2k erg team average", "5k run time": the race's distance names it (decision 4847)
        return _Raw(s, sm.end(), value, None, "label-number", "digits", (s, e))
    if sm is not None:
        word = _scale_word(sm)
        scale = scales("zh").get(word) or scales("en").get(word, 1.0)
        end = sm.end()
    if lang == "en" and sm is None and _RACE_TIME_AFTER.match(folded, e):
        bounded = _RACE_TIME_BEFORE.search(folded, max(0, s - 20), s) or _RACE_TIME_IN.search(
            folded, max(0, s - 24), s
        )
        if bounded is not None and value is not None:
            # "a half marathon under 2:15", "a 5k in under 24:30": a time to beat, written as
            # hours:minutes or minutes:seconds after its bound (decision 5347), no clock time
            mins = int(folded[e + 1 : e + 3])
            return _Raw(s, e + 3, value + mins / 60, None, "duration", "digits", (s, e))
    if lang == "en" and sm is None and _band_of_tens(folded, s, e):
        # "into the 40s": the band's figure, its "s" no unit of seconds (decision 5342)
        return _Raw(s, e + 1, value, None, "count", "digits", (s, e))
    found = _unit_after(folded, lang, end)
    if found is None and lang == "en" and _SUB_BOUND_BEFORE.search(folded, max(0, s - 5), s):
        # "a sub-25-minute 5K", "a sub-2-hour half marathon": "sub-" bounds the time from
        # above and the unit is glued with a hyphen (decision 5044)
        glued = _unit_after(folded, lang, end + 1) if folded.startswith("-", end) else None
        if glued is not None and glued[1].kind == "duration":
            found = glued
    has_unit = found is not None or cur is not None or scale != 1.0  # "200万" is an amount
    noun = None
    if found is None and cur is None and lang == "en":
        noun = en_count_noun(folded, plain, end)
        if noun is not None and in_time.covers(noun[1] - 1):
            noun = None  # "from 40 to 23 this quarter": a time, not a unit
    if (
        noun is not None
        and noun[0].lower() in ("times", "time", "x")
        and _TIMES_PER_PERIOD.match(folded, noun[1])
    ):
        # "Customers visit the store 3 times a month": a count of times per period is never a
        # place's number ("store 3"), whatever stands before it (decision 2440)
        has_unit = True
    if _is_label(folded, plain, lang, s, e, has_unit, noun is not None):
        return _Raw(s, e, value, None, "label-number", "digits", (s, e))
    if found is not None:
        written, info, uend = found
        if cur is not None and info.kind != "percent":
            # "$2M USD": the currency says it; "$2M users" stays money.
            end = uend if info.kind == "money" else end
        else:
            unit, kind, end = info.shown or written, info.kind, uend
            if written == "x" and _TIMES_PER_PERIOD.match(folded, uend):
                # "Train 4x/week", "Swim 3x per week": times per period, a count of efforts
                # as "4 times a week" is, not a multiple of a measure (decision 1063)
                unit, kind = "times", "count"
            if written == "成":  # 三成 is 30%
                scale *= 10
                unit = "%"
            if written == "个半小时" and value is not None:
                value += 0.5  # "7个半小时" is seven and a half hours (decision 1844)
    elif cur is None:
        rate = _RATE.match(folded, end)
        if rate is not None:
            unit = "/" + rate.group(1) if rate.group(1) else "per " + rate.group(2)
            end = rate.end()
        elif noun is not None:
            unit = noun[0]  # the thing counted; the span stays on the number
    if value is not None:
        value *= scale
    if kind == "count" and _is_rank(folded, lang, s, e):
        kind = "rank"
    return _Raw(start, end, value, unit, kind, "digits", (s, e), scale)


@cache
def _numeral_words() -> tuple[str, ...]:
    return words("numeral_words", "zh")


_PHASE_OF = ("项目", "工程", "建设", "改造", "系统", "平台", "功能", "上线", "验收", "交付")
_PHASE_OF_RE = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{'|'.join(_PHASE_OF)})")
_SCALES_ALONE = frozenset({"万", "十万", "百万", "千万", "亿", "十亿", "百亿"})
# "客单价过百", "粉丝破千" cross a hundred or a thousand the same way (decision 315)
_CROSSED_ALONE = _SCALES_ALONE | {"百", "千"}
_CROSS_BEFORE = ("破", "过")
_CROSS_AFTER = ("大关", "了", "的", "啦")
_LEVEL_AFTER = "级"


def _numeral(folded: str, s: int, e: int) -> _Raw | None:
    """A Chinese numeral: with a unit after it (三十个, 两倍, 三成) or after 百分之."""
    run = folded[s:e]
    per = _PER.get(run[:3])
    if per is not None:
        if e - s == 3:
            return None
        value = zh_number(run[3:])
        value = round(value * per, 9) if value is not None else None
        return _Raw(s, e, value, "%", "percent", "numeral", (s + 3, e))
    if any(folded.startswith(w, s) for w in _numeral_words()):
        return None
    if folded.startswith("个亿", e) and not any(c in run for c in "万亿"):
        # "营收冲到一个亿", "两个亿": the spoken hundred million, 个 between the numeral and its
        # scale (decision 5806)
        value = zh_number(run)
        if value is not None:
            return _Raw(s, e + 2, value * 100_000_000, None, "count", "numeral", (s, e + 2))
    if (
        e - s == 1
        and folded.startswith("期", e)
        and _ZH_PHASED_BEFORE.search(folded, max(0, s - 6), s)
    ):
        return None  # "会员积分后台（一期）", "ERP二期": a phase of the thing built (3819)
    if "分之" in run:
        # "缩短三分之一", "降低四分之一": a fraction of the whole, as a percentage (decision 3146)
        whole, _, part = run.partition("分之")
        den, num = zh_number(whole), zh_number(part)
        if not den or num is None or num > den:
            return None
        return _Raw(s, e, round(num / den * 100, 6), "%", "percent", "numeral", (s, e))
    found = _unit_after(folded, "zh", e)
    # "营收破亿", "日销过万": crossing a bare scale is a level to reach (decision 100); not an
    # idiom's count of things ("读书破万卷": a noun follows).
    if (
        found is None
        and run in _CROSSED_ALONE
        and folded[s - 1 : s] in _CROSS_BEFORE
        and (not ("\u4e00" <= folded[e : e + 1] <= "\u9fff") or folded.startswith(_CROSS_AFTER, e))
    ):
        return _Raw(s, e, zh_number(run), None, "count", "numeral", (s, e))
    # "会员人数达到五十万", "用户规模达千万", "营收达到十亿": a numeral with a scale right after a
    # target cue, ending the clause, is the figure to reach — a number in words (PRINCIPLES.md
    # quantified; decision 1392). "达到千万级" is read below; "十分" has no scale.
    if (
        found is None
        and any(c in run for c in "百千万亿")
        and (
            _TARGET_CUE.search(folded[max(0, s - 3) : s])
            or _HELD_OR_CROSSED_CUE.search(folded[max(0, s - 3) : s])
            # "新增付费用户两万", "每月新增注册用户一万": a gain verb, the people it names, then
            # the figure closing the clause (decision 3141)
            or _GAIN_THEN_NAME.search(folded[max(0, s - 8) : s])
            # "年度销售目标：八千万": a label's colon before the figure (decision 3149)
            or _LABEL_COLON.search(folded[max(0, s - 3) : s])
            # "日活千万", "月活 百万": a measure's name right before the figure (decision 5507)
            or _measure_named_before(folded, s)
        )
        # "粉丝量达到五万以上": a bound after the figure still ends it (decision 3149); so does
        # what must not happen at that level ("日活千万不宕机": 千万 before 不要/别 is "by all means")
        and (
            not ("\u4e00" <= folded[e : e + 1] <= "\u9fff")
            or folded.startswith(_ZH_BOUNDS, e)
            or (
                folded.startswith(("不", "无", "零"), e)
                and not folded.startswith(_QIANWAN_ADVERB_AFTER, e)
                and _measure_named_before(folded, s)
            )
        )
        and zh_number(run) is not None
    ):
        return _Raw(s, e, zh_number(run), None, "count", "numeral", (s, e))
    # "用户规模达到千万级": a bare scale with 级 is an order of magnitude to reach, not the
    # size of a thing named after it ("千万级项目").
    if (
        found is None
        and run in _SCALES_ALONE
        and folded.startswith(_LEVEL_AFTER, e)
        and not ("\u4e00" <= folded[e + 1 : e + 2] <= "\u9fff" and folded[e + 1 : e + 2] != "的")
    ):
        return _Raw(s, e + 1, zh_number(run), None, "count", "numeral", (s, e))
    if (
        found is None
        and _is_rank(folded, "zh", s, e)
        and not ("\u4e00" <= folded[e : e + 1] <= "\u9fff")
        and zh_number(run) is not None
    ):
        return _Raw(
            s, e, zh_number(run), None, "rank", "numeral", (s, e)
        )  # "进入前五" (decision 190)
    if run in _PRIZE_GRADES and _PRIZE_FLOOR.match(folded, e):
        # "获得二等奖以上", "三等奖及以上": a prize's grade with a floor is a place on an ordered
        # scale to reach, a rank as "第二名以内" is (decision 3985)
        return _Raw(s, e + 2, zh_number(run), "等奖", "rank", "numeral", (s, e))
    if found is None or found[2] - e > len(found[0]):  # a numeral is glued to its unit
        return None
    if found[0] == "分" and (
        run in ("十", "百") or not _TARGET_CUE.search(folded[max(0, s - 3) : s])
    ):
        # 十分重要: "very", not ten points; "提升到九十分", "考到八十五分": a score reached after a
        # target cue (decision 3146)
        return None
    written, info, uend = found
    value = zh_number(run)
    unit = info.shown or written
    if written == "成" and value is not None:  # 三成 is 30%
        value, unit = value * 10, "%"
    kind = info.kind
    if kind == "count" and _is_rank(folded, "zh", s, e):
        kind = "rank"
    return _Raw(s, uend, value, unit, kind, "numeral", (s, e))


# A prize's grade, then a floor after 等奖 (decision 3985): "二等奖以上", "三等奖及以上", "一等奖或以上".
_PRIZE_GRADES = frozenset({"一", "二", "三"})
_PRIZE_FLOOR = re.compile(r"等奖(?:及|或)?以上")


# "[N]", "【目标值】"; and a template's named slot in curly braces, "{target}", "{{rate}}" (decision
# 3802): its name says whether it stands for a number (number_placeholders.txt).
_BRACKETED = re.compile(
    r"[\[【] ?([^\[\]【】]{1,8}?) ?[\]】]|\{\{? ?([a-z_\u4e00-\u9fff]{1,12}?) ?\}\}?"
)


def _placeholders(folded: str, lang: str, in_time: _Spans) -> list[_Raw]:
    out: list[_Raw] = []
    known = placeholders(lang)
    for m in _BRACKETED.finditer(folded):
        stands = known.get(m.group(1) or m.group(2))
        if stands is None or in_time.covers(m.start()):
            continue
        out.append(
            _with_unit(folded, lang, m.start(), m.end(), (m.start(), m.end()), stands == "baseline")
        )
    for m in _X_RUN.finditer(folded):
        s, e = m.start(), m.end()
        if in_time.covers(s):
            continue
        cur = _currency_before_re(lang).search(folded, max(0, s - 5), s) if s else None
        unit = _unit_after(folded, lang, e)
        if unit is not None and unit[1].kind == "count" and lang == "en":
            unit = None  # "x months" is a time span, "n days"… only signs and 个/场 make a number
        # "达到xx": two letters or more after a target cue; in Chinese one "x" too ("人均连线次数
        # 提升到 x"), where a lone Latin letter after 到/达到 can only hold a number.
        cued = (
            m.group() != "n"
            and (len(m.group()) >= 2 or lang == "zh")
            and _TARGET_CUE.search(folded[max(0, s - 6) : s])
        )
        if lang == "en" and _LETTER_RUN_COUNT.match(folded, s):
            cued = True
        if (
            lang == "zh"
            and _FROM_CUE.search(folded[max(0, s - 2) : s])
            and _TO_AFTER.match(folded, e)
        ):
            cued = True  # "从X提升到Y": X is the start (decision 1224)
        if lang == "en" and (_EN_FROM_TO.match(folded, s) or _EN_FROM_TO_END.search(folded, 0, e)):
            cued = True  # "Grow MAU from X to Y": both letters hold figures (decision 1360)
        if (
            lang == "zh"
            and len(m.group()) >= 2
            and _FLOOR_CUE.search(folded[max(0, s - 6) : s])
            and not _CJK_AFTER.match(folded, e)
        ):
            cued = True
        # "Have X badges earned", "Have X people complete a course": a lone X after a verb of
        # getting, before the plural it counts, holds the count (decision 621).
        if (
            lang == "en"
            and m.group() == "x"
            and _X_COUNT_BEFORE.search(folded, max(0, s - 12), s)
            and _X_COUNT_AFTER.match(folded, e)
        ):
            cued = True
        if cur is None and unit is None and not cued:
            continue  # "xx产品": a placeholder for a name, not for a number
        if m.group() == "x" and unit is None and cur is None and not cued:
            continue
        out.append(_with_unit(folded, lang, cur.start() if cur else s, e, (s, e), False))
    return out


# A capital letter kept for a number (decision 4461): "Close N new deals", "under T days",
# "≥ M%", a target cell "N partners". The letters a template uses for a figure; a letter in a
# name ("Plan B", "Vitamin K levels", "Team N", "Product X") is held by the word before it.
_LETTER_FIGURE = re.compile(r"(?<![A-Za-z0-9_'’.&/-])[NMKPTXYZ](?![A-Za-z0-9_'’&/-])")
# Right before the letter: a bound or "to" ("under T days", "at or above M%", "to P volunteers").
_LETTER_BOUND_BEFORE = re.compile(
    r"(?:[≤≥<>~]=?|\b(?:under|below|above|over|than|least|most|to|within))\s?$", re.IGNORECASE
)
# After the letter: a percent sign, or a plural noun within three more words ("N new enterprise
# deals", "P active volunteers", "T days", "K months", "N MQLs", "M go-lives"); not a name in
# capitals after it ("to Y Combinator partners").
_LETTER_COUNTED_AFTER = re.compile(
    r"(?:\s?%|\s(?![A-Z][a-z])(?:[A-Za-z][\w/-]*\s){0,3}?[A-Za-z][\w/-]*[a-z]s(?![A-Za-z]))"
)
_PARTICLES = frozenset({"in", "up", "on", "out"})


# A change between two letter grades: "from a C+ to a B+", "from C to A" (decision 5356).
_LETTER_GRADES = re.compile(
    r"\b(?:from|From) (?:an? )?(?P<a>[A-F][+-]?)(?![\w+-]) to (?:an? )?(?P<b>[A-F][+-]?)(?![\w+-])"
)
_GRADE_NAMED = re.compile(r"\b(?:[Gg]rades?|[Mm]arks?|[Rr]atings?|[Ss]cores?|[Ll]evel|[Bb]and)\b")
_GRADE_POINTS = {"A": 4.0, "B": 3.0, "C": 2.0, "D": 1.0, "E": 0.5, "F": 0.0}


def _letter_grades(plain: str) -> list[_Raw]:
    """Both ends of a move between letter grades, each a level on the grade scale (a rank,
    valued as grade points): "Raise my chemistry grade from a C+ to a B+" is quantified, as
    "from 2.3 to 3.3" would be (decision 5356). Read on `plain`: the letters are capitals."""
    out: list[_Raw] = []
    if " to " not in plain:
        return out
    for m in _LETTER_GRADES.finditer(plain):
        if not _GRADE_NAMED.search(plain, max(0, m.start() - 40), m.start()):
            continue  # "Move pallets from A to B": places, no grades
        for g in ("a", "b"):
            grade = m.group(g)
            value = _GRADE_POINTS[grade[0]] + {"+": 0.3, "-": -0.3}.get(grade[1:], 0.0)
            s, e = m.span(g)
            out.append(_Raw(s, e, value, "grade", "rank", "word", (s, e)))
    return out


def _letter_placeholders(folded: str, plain: str, in_time: _Spans) -> list[_Raw]:
    """Capital letters kept for a number (decision 4461), read on `plain` (the letter's case)
    and measured on `folded` (the unit after it): after a bound, after a verb (or a verb and
    its particle, "Bring in N …") or at the start of a cell, and before a percent sign or the
    plural it counts."""
    out: list[_Raw] = []
    if not _LETTER_FIGURE.search(plain):
        return out
    from coach.facts.shape import verb_classes

    verbs = verb_classes("en")
    for m in _LETTER_FIGURE.finditer(plain):
        s, e = m.start(), m.end()
        if in_time.covers(s) or not _LETTER_COUNTED_AFTER.match(plain, e):
            continue
        before = plain[max(0, s - 24) : s]
        words_ = before.split()
        cued = not before.strip() or bool(_LETTER_BOUND_BEFORE.search(before))
        if not cued and words_ and before.endswith((" ", "\t")):
            last = words_[-1].lower()
            if last in _PARTICLES and len(words_) >= 2:
                last = words_[-2].lower()
            # a capitalised verb inside the line names something ("Roll out Plan N …")
            cued = last in verbs and (len(words_) == 1 or not words_[-1][:1].isupper())
        if not cued:
            continue
        out.append(_with_unit(folded, "en", s, e, (s, e), False))  # "T days", "M%"
    return out


def _with_unit(
    folded: str, lang: str, s: int, e: int, figure: tuple[int, int], baseline: bool
) -> _Raw:
    found = _unit_after(folded, lang, e)
    unit, end = None, e
    if found is not None:
        unit, end = found[1].shown or found[0], found[2]
    if folded[s] in "$¥€£":
        unit = currencies(lang).get(folded[s], unit)
    return _Raw(
        s, end, None, unit, "placeholder", "placeholder", figure, baseline_placeholder=baseline
    )


# Verbs of watching or showing after 实时: "实时监控", "实时展示" say how the work is done.
_ZH_WATCH_VERBS = (
    "监控", "监测", "跟踪", "追踪", "展示", "查看", "显示", "分析", "预警", "告警",
    # "实时 ASR 监听", "实时呈现路线": listened to or shown as it happens (decision 1522)
    "监听", "监看", "呈现", "播放",
    # "库存实时可视", "排队情况实时可查", "多人实时协作": a way of seeing or working the product
    # offers, a capability, not a time reached (decision 2346)
    "可视", "可查", "可见", "查询", "协作", "协同",
)  # fmt: skip
# A Latin name between 实时 and its verb ("实时 ASR 监听", "实时 GPS 监控"; decision 1522).
_ZH_LATIN_NAME = re.compile(r" ?[A-Za-z][A-Za-z0-9/._-]{0,11} ?")


@cache
def _zh_realtime_feature_re() -> re.Pattern[str]:
    heads = "|".join(re.escape(w) for w in words("realtime_features", "zh"))
    return re.compile(
        # no 到/至/给/向/于 between: "实时同步到财务系统" names where the data goes, not the thing
        rf"(?:(?![到至给向于])[\u4e00-\u9fffA-Za-z0-9 ]){{0,8}}?(?:{heads})"
        r"(?=$|[\s，,；;。、(（）)]|并|和|与|及)"
    )


def _zh_realtime_feature(folded: str, e: int) -> bool:
    """实时 then, within a few characters and no punctuation, the name of a thing built that closes
    its phrase ("实时推送功能", "实时风控模块", "库存实时预警系统"): 实时 says how the thing works
    (decision 5362)."""
    return _zh_realtime_feature_re().match(folded, e) is not None


def _zh_after_name(folded: str, e: int) -> int:
    m = _ZH_LATIN_NAME.match(folded, e)
    return m.end() if m else e


# A sale whose day 当天/当日 names: the release, the first showing (decision 5665).
_ZH_EVENT_BEFORE_DAY = re.compile(r"(?:首发|开售|发售|首映|首播)$")


# A day named from another ("前一天", "头一天", "后一天"; not "提前一天", a day earlier), or a day
# word that qualifies a noun with 的 ("当日的", "次日的"): which day, not a length (decision 5941).
_ZH_DAY_FROM = re.compile(r"(?<!提)[前后头]$")
_ZH_DAY_WORDS = ("一天", "一日")
_ZH_DAY_OF = ("当日", "当天", "次日", "隔日", "隔天", "前一天", "一天", "一日")


def _zh_relative_day(folded: str, s: int, e: int) -> bool:
    word = folded[s:e]
    if word in _ZH_DAY_WORDS and _ZH_DAY_FROM.search(folded, max(0, s - 2), s):
        return True
    return word in _ZH_DAY_OF and folded.startswith("的", e) and not folded.startswith("前", s - 1)


# "half-term", "half year": a period of the year after "by half", not a multiple (decision 1324).
_HALF_PERIOD = re.compile(r"[- ]?(?:terms?|years?|yearly)\b")


# 零 opening a word of its own, whatever the segmenter cuts: "零基础训练计划", "零门槛加盟".
# "零信任": the name of a security model, no count (decision 2346)
# "zero in on", "zero trust", "zero-based", "zero-sum", "zero-day" (a flaw's name, not "zero days
# lost"): idioms and names, no count (decision 4304)
_ZERO_IDIOM_AFTER = re.compile(r" in on\b|[- ](?:trust|based|sum|day)\b(?![- ]?(?:lost|missed|of))")
_ZH_ZERO_WORDS = ("基础", "门槛", "距离", "起点", "起步", "信任")
# "net-zero" / "net zero" after a determiner, then a noun it describes (decision 4409).
_NET_BEFORE = re.compile(r"(?:\b(?:the|our|a|an|its|their|this|my)|'s)\s(?:[a-z]+\s){0,2}?net[- ]$")
_NET_ZERO_NOUN_AFTER = re.compile(r"[- ]?\s?[a-z]")
_NET_ZERO_LEVELS = re.compile(r"[- ]?\s?(?:target|goal|ambition|status|commitment|pledge)\b")


def _net_zero_named(folded: str, s: int, e: int) -> bool:
    """ "net-zero" after a determiner and before the noun it describes: "our net-zero
    transition plan", "the city's net-zero taskforce", "a net zero procurement policy" name a
    topic, no count (decision 4409). "Reach net zero", "Net-zero emissions across …" and "our
    net-zero target" keep the zero a level reached."""
    if not _NET_BEFORE.search(folded, max(0, s - 40), s):
        return False
    return bool(_NET_ZERO_NOUN_AFTER.match(folded, e)) and not _NET_ZERO_LEVELS.match(folded, e)


def _words(folded: str, lang: str, in_time: _Spans, bounds: frozenset[int] | None) -> list[_Raw]:
    """Quantity words (all, zero, 全员, 翻番, double) and English number words."""
    out: list[_Raw] = []
    table = quantity_words(lang)
    exceptions = word_set("multiple_word_exceptions", "en")
    for s, e, w in _find(folded, "quantity_words", lang):
        if in_time.covers(s):
            continue
        if (
            lang == "zh"
            and bounds is not None
            and not (s in bounds and e in bounds)
            and not (s in bounds and w == "零" and _zh_bad_event_at(folded, e))
        ):
            continue  # 零 but not 零售; "零工伤" is 零 + 工伤, glued by the segmenter
        if lang == "zh" and w == "零" and folded.startswith(_ZH_ZERO_WORDS, e):
            continue  # "零基础", "零门槛": a word for a beginner or an open door, no count (1859)
        if w == "实时" and folded.startswith(_ZH_WATCH_VERBS, _zh_after_name(folded, e)):
            continue  # "对重要指标进行实时监控": how it is watched, not a time reached (decision 1075)
        if w == "实时" and _zh_realtime_feature(folded, e):
            continue  # "实时推送功能": the name of a thing built, not a time reached (5362)
        if lang == "en" and w.endswith("half") and _HALF_PERIOD.match(folded, e):
            continue  # "called by half-term", "by half year end": a period, no multiple (1324)
        if w == "zero" and _ZERO_IDIOM_AFTER.match(folded, e):
            continue  # "Zero in on …", "zero trust", "zero-based budget": no count (4304)
        if w == "zero" and _net_zero_named(folded, s, e):
            continue  # "Publish our net-zero transition plan": a topic's name (decision 4409)
        if w == "once" and not _TIMES_PER_PERIOD.match(folded, e):
            continue  # "Once launched, …": no count; "once a month" is one (decision 2441)
        kind, value, unit = table[w]
        if lang == "en" and kind == "multiple" and " " not in w:
            # "Double revenue", "complaints halved", not "double-check" or "double down".
            nxt = _MULTIPLE_AFTER.match(folded, e)
            if folded.startswith("-", e) or (nxt is not None and nxt.group(1) in exceptions):
                continue
        out.append(_Raw(s, e, value, unit, kind, "word", (s, e)))
    numbers = number_words(lang)
    if numbers:
        for s, e, w in _find(folded, "number_words", "en"):
            if in_time.covers(s):
                continue
            value = numbers[w]
            sm = _scale_re("en").match(folded, e)
            if sm is not None and sm.group("s2"):
                value *= scales("en")[sm.group("s2")]
                e = sm.end()
            kind = "rank" if _is_rank(folded, lang, s, e) else "count"
            unit, w_end = None, e
            if (
                w == "one"
                and _EN_ONE_TIME_AFTER.match(folded, e)
                and _EN_DURATION_CUE_BEFORE.search(folded, max(0, s - 12), s)
            ):
                # "Cut onboarding time to one week", "under one hour": a duration to reach, as
                # "1 week" is (decision 4303); "a one-week sprint" is glued and names the sprint
                found = _unit_after(folded, "en", e)
                if found is not None and found[1].kind == "duration":
                    kind, unit, e = "duration", found[1].shown or found[0], found[2]
            elif kind == "count":
                # "Avg. order size up twenty percent", "by fifteen per cent": a share written in
                # words is a percent, as "20 percent" is (decision 4840)
                found = _unit_after(folded, "en", e)
                if found is not None and found[1].kind == "percent":
                    kind, unit, e = "percent", found[1].shown or found[0], found[2]
                elif found is not None and found[1].kind == "duration":
                    # "within five business days", "from six weeks to three": a length of time
                    # written in words, as "5 business days" is (decision 5530)
                    kind, unit, e = "duration", found[1].shown or found[0], found[2]
            out.append(_Raw(s, e, value, unit, kind, "numeral", (s, w_end)))
        if "or " in folded or _EN_PLACE_VERB.search(folded):
            # "Finish fourth in the league", "third or better": a place reached, a rank (4969)
            ordinals = _numbers("ordinal_words", "en")
            for s, e, w in _find(folded, "ordinal_words", "en"):
                if in_time.covers(s) or folded.startswith("-", e):
                    continue
                word, at = _word_before(folded, s)
                placed = word in _EN_PLACE_WORDS or (
                    word == "in" and _word_before(folded, at)[0] in _EN_PLACE_WORDS
                )
                # (not "in the first place", an idiom: "the" before the ordinal)
                if placed or (word != "the" and _EN_OR_BETTER.match(folded, e)):
                    out.append(_Raw(s, e, ordinals[w], None, "rank", "numeral", (s, e)))
        for m in _A_MILLION.finditer(folded):
            if not in_time.covers(m.start()):
                value = 1e6 if m.group().endswith("million") else 1e9
                if m.group().startswith("half"):
                    value /= 2
                out.append(_Raw(m.start(), m.end(), value, None, "count", "numeral", m.span()))
    return out


def _zh_bad_event_at(folded: str, pos: int) -> bool:
    """A bad event starts at `pos` (decision 308): after 零 the segmenter may glue the two
    ("零工|伤", "零差评", "零客诉"), and the zero is still a count target."""
    return any(folded.startswith(t, pos) for t in _zh_bad_events())


@cache
def _zh_bad_events() -> tuple[str, ...]:
    return words("kr_negative_terms", "zh")


# Between two Chinese cadences: a verb of change, then 为/到/至/成 ("从月度缩短为半月度").
_ZH_CADENCE_BETWEEN = r"\s?(?:缩短|提高|提升|加快|改|变|调整|降低|放缓|延长)?\s?(?:为|到|至|成)\s?"


@cache
def _cadence_change_re(lang: str = "en") -> tuple[re.Pattern[str], dict[str, float]]:
    rates = {k: float(v) for k, v in mapping("cadence_rates", lang).items()}
    alt = "|".join(re.escape(k) for k in sorted(rates, key=len, reverse=True))
    if lang == "zh":
        pattern = re.compile(rf"(?:从|由)\s?(?P<a>{alt}){_ZH_CADENCE_BETWEEN}(?P<b>{alt})")
        return pattern, rates
    pattern = re.compile(
        rf"\b(?:from\s+)?(?P<a>{alt})\s*(?:to|→|->|=>)\s*(?P<b>{alt})\b(?!\s+(?:basis|cadence)\b)"
    )
    return pattern, rates


def _cadence_change(folded: str, lang: str) -> list[_Raw]:
    """ "Deploy frequency from weekly to daily", "release cadence monthly → weekly", "对账周期从
    月度缩短为半月度": one cadence changed into another is a frequency moved, from a baseline to a
    target (decisions 131, 190), in times per year. Only a change counts: "weekly reviews",
    "每周例会" are cadences, not targets."""
    pattern, rates = _cadence_change_re(lang)
    out: list[_Raw] = []
    for m in pattern.finditer(folded):
        a, b = m.group("a"), m.group("b")
        if a == b:
            continue
        out.append(_Raw(m.start("a"), m.end("a"), rates[a], None, "count", "word", m.span("a")))
        out.append(_Raw(m.start("b"), m.end("b"), rates[b], None, "count", "word", m.span("b")))
    return out


def _find(folded: str, name: str, lang: str) -> list[tuple[int, int, str]]:
    return find_terms(folded, mapping_keys(name, lang), lang)


# -- roles --------------------------------------------------------------------------------------

_FROM_BEFORE = {
    # "从每月3000张涨到12000张", "由日均800单提升到1200单": a per-period level, the period named
    # after 从 (decision 1372; the two figures were both targets and the KR read as an effort)
    # a sign before the start value: "由 -300 提升到 +500" (decision 2548)
    "zh": re.compile(r"(?:从|由)\s?(?:每(?:天|日|周|月|季度?|年)|[日周月年]均)?\s?[-−+＋]?$"),
    # "from a C+ to a B+": a letter grade after its article (decision 5356)
    "en": re.compile(r"\bfrom\s(?:a\s(?:baseline|base)\sof\s|an?\s)?$"),
}
_FROM_TO_BETWEEN = {
    "zh": re.compile(
        # and the one-character verbs of speech: "从4.6提到4.8", "从3%拉到5%", "从20涨到30",
        # "GMV 从 50w 做到 120w", "从30万干到50万" (decision 812)
        r"\s?(?:提升|提高|增加|增长|降低|减少|缩短|延长|下降|上升|压缩|扩大|提|拉|降|升|涨|冲|压|减|缩|做|干)?"
        r"\s?(?:到|至)\s?[-−+＋]?"
    ),
    "en": re.compile(
        # one or two words may close the start value ("from 14 a month to 4", "from 9 bugs
        # per release to 3"), or what a share is of ("from 12% of the fleet to 5%"; decision 590)
        r"\s?(?:of\s(?:the\s|our\s|all\s)?[a-z-]+\s|(?:[a-z]+\s){0,2}?)"
        r"to\s(?:(?:under|below|above|over|at least|at most|less than|"
        r"more than|fewer than)\s|an?\s)?"
    ),
}
_ARROW_BETWEEN = re.compile(
    r"\s?(?:→|->|=>|—>|提升到|提高到|提升至|提高至|增加到|增长到|降低到|降低至|降到|降至|缩短到|缩短至)\s?"
)
# (not "类目前50": 类目 is a shop's category and 前50 its top 50, decision 1906)
_BASELINE_BEFORE = re.compile(
    r"(?:baseline|current(?:ly)?|today|基线|当前|(?<![类项])目前|现在|现状)\s?(?:is|of|值|为|是|:)?\s?$"
    # "currently at 5%", "now at $40k", ", now 8,000", "(last quarter: 32)": the value it stands
    # at today, said alone as well as beside a target (decision 4301)
    r"|\b(?:current(?:ly)?|now) (?:at|is|stands at|standing at) $|, now $"
    r"|[(（]\s?last (?:year|quarter|month|week|season|term|cycle|semester|sprint)\s?[:：]\s?$"
    r"|[(（]\s?now\s?[:：]?\s?$"
    # ", up from 30", "(down from ~40 min)": the value it moves from, said after the target
    # (decision 5040); "down from 12 to 5" is a from-to pair read before this
    r"|\b(?:up|down) from\s?(?:~|≈|about\s|around\s|approx\.?\s|roughly\s)?$"
)


# Chinese baselines written around the figure (decision 310): "在去年91%的基础上", "在上季度82%基础上",
# "（上季度是55%）", "去年为45%".
_ZH_BASE_AFTER = re.compile(r"\s?的?基础上")
_ZH_PERIOD_IS_BEFORE = re.compile(
    r"(?:上季度|上个季度|上一季度|上月|上个月|上周|去年|上年|上半年|去年同期|同期|上学期|上期)"
    r"\s?(?:是|为|:|：)\s?$"
)


# A period in brackets that dates a figure (decision 953): between a start value and its target
# ("from 88% (2025) to 98%", "从18%（2025年全年）提升到30%"), or opening the bracket of a baseline
# after the target ("95% (Q2: 90%)", "30%（去年同期22%）", "(last year: 41)").
_PERIOD_WORDS = (
    r"(?:20\d\d(?:年(?:全年|度)?)?|q[1-4](?:\s?20\d\d)?|h[12](?:\s?20\d\d)?|fy\s?\d{2,4}"
    r"|去年(?:全年|同期)?|上年|上季度|上个季度|上半年|上月|上个月|同期"
    r"|last (?:year|quarter|month|season|term)|(?:same period )?last year)"
)
_PERIOD_BRACKET_RE = re.compile(rf"\s?[（(]\s?{_PERIOD_WORDS}\s?[)）]")
_PERIOD_OPENS_BEFORE = re.compile(rf"[（(]\s?{_PERIOD_WORDS}\s?[:：]?\s?$")


def _zh_baseline(folded: str, r: _Raw) -> bool:
    return bool(
        _ZH_BASE_AFTER.match(folded, r.end)
        or _ZH_PERIOD_IS_BEFORE.search(folded, max(0, r.start - 8), r.start)
    )


def from_to_pairs(folded: str, quantities: list) -> list[tuple[int, int, int]]:  # type: ignore[type-arg]
    """(index of the start value, index of the target, where the phrase starts) for every
    "从A到B" / "from A to B" / "A → B" among consecutive quantities."""
    out: list[tuple[int, int, int]] = []
    i = 0
    while i + 1 < len(quantities):
        a, b = quantities[i], quantities[i + 1]
        if a.kind == "label-number" or b.kind == "label-number":
            i += 1
            continue
        between = folded[a.end : b.start]
        ib = i + 1
        pm = _PERIOD_BRACKET_RE.match(folded, a.end)
        if pm is not None:
            # "from 88% (2025) to 98%": the bracket dates the start value (decision 953)
            if b.start < pm.end() and i + 2 < len(quantities):
                ib = i + 2
                b = quantities[ib]
            between = folded[pm.end() : b.start]
        start = None
        for lang in ("zh", "en"):
            fb = _FROM_BEFORE[lang].search(folded, max(0, a.start - 26), a.start)
            if fb is not None and _FROM_TO_BETWEEN[lang].fullmatch(between):
                start = fb.start()
                break
        word = folded[a.start : a.end]
        cadence = a.form == "word" and word in _cadence_change_re()[1]
        if start is None and (a.form == "digits" or cadence) and _ARROW_BETWEEN.fullmatch(between):
            start = a.start
        zh_rates = _cadence_change_re("zh")[1]
        if (
            start is None
            and a.form == "word"
            and word in zh_rates
            and folded[b.start : b.end] in zh_rates
            and re.fullmatch(_ZH_CADENCE_BETWEEN, between)
        ):
            start = max(0, a.start - 1)  # "从月度缩短为半月度": from 从
        if start is not None:
            out.append((i, ib, start))
            i = ib + 1
        else:
            i += 1
    return out


def _scale_shared(base: float, target: float | None, scale: float) -> bool:
    """Whether the target's scale (万, k) applies to a bare baseline: "from 1 to 3万" reads 1万,
    but "从 8000 涨到 2万" is 8000, written out in full (decision 842). The reading that puts the
    two figures closer together wins."""
    if target is None or base <= 0 or target <= 0:
        return True
    return abs(math.log(target / (base * scale))) < abs(math.log(target / base))


def _roles(folded: str, lang: str, raws: list[_Raw]) -> list[Role]:
    roles: list[Role] = ["label" if r.kind == "label-number" else "target" for r in raws]
    paired: set[int] = set()
    for ia, ib, _start in from_to_pairs(folded, raws):
        a, b = raws[ia], raws[ib]
        roles[ia] = "baseline"
        for k in range(ia + 1, ib):
            roles[k] = "period"  # the year in "from 88% (2025) to 98%"
        paired.add(ib)
        if (
            a.value is not None
            and b.scale != 1.0
            and a.scale == 1.0
            and a.unit is None
            and _scale_shared(a.value, b.value, b.scale)
        ):
            a.value *= b.scale  # "from 1 to 3万": the target's scale applies to both
        if a.unit is None and b.unit is not None and a.kind == "count":
            a.kind = b.kind
    universal = word_set("universal_words", lang)
    for i, r in enumerate(raws):
        if roles[i] != "target":
            continue
        if r.form == "word" and folded[r.start : r.end] in universal:
            roles[i] = "scope"
        elif (
            r.baseline_placeholder
            or _BASELINE_BEFORE.search(folded, max(0, r.start - 24), r.start)
            or (lang == "zh" and _zh_baseline(folded, r))
            or (i > 0 and _PERIOD_OPENS_BEFORE.search(folded, max(0, r.start - 24), r.start))
        ):
            roles[i] = "baseline"
        elif (
            r.kind == "duration"
            or (r.form == "numeral" and _EN_TIME_UNIT_AFTER.match(folded, r.end))
        ) and _EVERY_BEFORE.search(folded, max(0, r.start - 6), r.start):
            roles[i] = "period"  # "every 2 weeks", "every two weeks"
        elif (
            lang == "zh"
            and r.kind == "count"
            and i + 1 < len(raws)
            and _RUNS_BEFORE.search(folded, max(0, r.start - 8), r.start)
            and _RUNS_CLOSE.match(folded, r.end)
        ):
            # "同一批任务连续运行三次，重复结果数为 0": the runs are the test the measure after the
            # comma is taken on, no effort counted and no second measure (decision 4487)
            roles[i] = "descriptor"
        elif (
            lang == "en"
            and r.kind == "count"
            and r.form == "digits"
            and i + 1 < len(raws)
            and _EN_SCOPE_COUNT_BEFORE.search(folded, max(0, r.start - 16), r.start)
            and _EN_SCOPE_COUNT_AFTER.match(folded, r.end)
        ):
            # "Ridership on the 4 core routes up 10%": which routes the measure is taken on, the
            # change after them the target (decision 6710)
            roles[i] = "descriptor"
        elif r.kind == "count" and _PER_DENOMINATOR.search(folded, max(0, r.start - 5), r.start):
            roles[i] = "descriptor"  # "tickets per 100 accounts", "每千名患者": the measure's base
        elif (
            r.kind == "count"
            and lang != "zh"
            and i not in paired
            and _OWNED_BEFORE.search(folded, max(0, r.start - 10), r.start)
            # "Each of my 3 direct reports has a plan": all of them, the count to reach (5348)
            and not _EACH_OF_OWNED.search(folded, max(0, r.start - 24), r.start)
        ):
            roles[i] = "descriptor"  # "Consolidate our three CRMs": what we have (decision 1422)
        elif (
            lang == "zh"
            and r.form == "word"
            and folded[r.start : r.end] in ("当天", "当日")
            and len(raws) == 1
            and _ZH_EVENT_BEFORE_DAY.search(folded, max(0, r.start - 4), r.start) is not None
        ):
            # "新品首发当天售罄", "门票开售当日售罄": the day of the sale, when, not a window
            # each piece of work is done within, when nothing else is counted (decision 5665)
            roles[i] = "descriptor"
        elif lang == "zh" and r.kind == "duration" and _zh_relative_day(folded, r.start, r.end):
            # "复盘前一天的异常", "核对当日的账目": which day's things, named from the day the work
            # is done on, not a window to reach (decision 5941)
            roles[i] = "descriptor"
        elif (
            r.form == "word"
            and r.kind == "duration"
            and _VAGUE_SHARE.search(folded, 0, r.start) is not None
        ):
            # "大部分工单当天解决", "Most orders ship next-day": the window is how each is
            # counted; the share, "most", is the number missing (decision 4303)
            roles[i] = "descriptor"
        elif (
            lang == "en"
            and _ABOUT_IN_BRACKET_BEFORE.search(folded, max(0, r.start - 12), r.start)
            and _BRACKET_CLOSES_AFTER.match(folded, r.end)
        ):
            # "full draft of chapter 2 (~9k words)", "the report (about 40 pages)": the size of
            # the thing named before the bracket, given roughly, no target (decision 5344)
            roles[i] = "descriptor"
        elif lang == "en" and r.kind == "duration" and _en_offset_or_age(folded, r):
            # "2 weeks before the deadline": when, an offset from an event (a deadline's kind,
            # no target); "tickets older than 90 days": which ones, an age (decision 5352)
            roles[i] = "descriptor"
        elif lang == "zh" and (_zh_in_title_mark(folded, r) or _zh_age_scope(folded, r)):
            # "读完《100个管理工具》": the book's name; "70岁以上老人健康体检": who is served, an age
            # band, not how many (decision 5107, lead ruling j of the thirty-fifth round)
            roles[i] = "descriptor"
        elif i not in paired and _population(folded, lang, r):
            roles[i] = (
                "descriptor"  # "satisfaction of the 40 teachers", "提升500家客户的使用率" (4300)
            )
        elif (
            r.form == "numeral"
            and _describes(folded, r)
            and not _PER_CADENCE_BEFORE.search(folded, max(0, r.start - 20), r.start)
        ):
            roles[i] = "descriptor"  # but "每周出一份周报" is a rate per cadence (decision 22)
        elif (
            i not in paired
            # a fraction in words is the share itself: "Two-thirds of tickets closed …" (941);
            # so is a multiple: "Ten-fold growth in API calls" as "10x growth" (4363)
            and not (r.form == "word" and r.kind in ("percent", "multiple"))
            and defines(folded, lang, r.start, r.end, r.kind, r.unit)
        ):
            roles[i] = "descriptor"  # "7-day retention", "满1万元的会员数量" (decision 560)
    return roles


# An age band after a count of years: "65岁以上", "60岁及以上", "3岁以下", "14周岁以下" (5107).
_ZH_AGE_BAND = re.compile(r"(?:周?岁)(?:及|或)?(?:以上|以下|以内)")


# An age band in English: two ages joined by a dash after "among", "aged", "ages" or "age"
# ("among 18–24", "people aged 40-55", "ages 25–34"), who is counted, not a figure to reach
# (decision 5606, the English twin of 5107).
_EN_AGE_BAND = re.compile(
    r"(?<![a-z])(?:among|aged|ages?)(?: (?:people|adults|users|readers|women|men|parents|"
    r"patients|visitors|listeners|viewers|customers|students|members|voters))? "
    r"(?P<a>[1-9]\d)\s?[–—-]\s?(?P<b>[1-9]\d)(?![\d%.,])"
)
# A number word with a capital inside a proper name: "the Six Sigma belt", "the Three Peaks
# Challenge", "Lean Six Sigma": the name of a method, a course or an event, no count (5605).
_EN_CAPITAL_WORD_AFTER = re.compile(r"[ -][A-Z][a-z]{1,20}\b")
_EN_TITLE_WORD = re.compile(r"(?<![\w'’])[A-Za-z][a-z'’]{2,20}\b")


def _en_lower_case_line(plain: str, s: int, e: int) -> bool:
    """Most words of the line outside the run of capitalised words around s:e, and after its
    first word, are lower case: the run is a name, not a title-cased line."""
    run_start, run_end = s, e
    for m in reversed([m for m in _EN_TITLE_WORD.finditer(plain, 0, s)]):
        if plain[m.end() : run_start].strip(" -") or not m.group()[0].isupper():
            break
        run_start = m.start()
    for m in _EN_TITLE_WORD.finditer(plain, e):
        if plain[run_end : m.start()].strip(" -") or not m.group()[0].isupper():
            break
        run_end = m.end()
    words = [
        m.group() for m in _EN_TITLE_WORD.finditer(plain) if not run_start <= m.start() < run_end
    ]
    words = words[1:] if words and plain.find(words[0]) < run_start else words
    return bool(words) and sum(w[0].isupper() for w in words) * 2 < len(words)


# "from our top 5 vendors", "with the top 3 suppliers": which ones the work is with or gets
# something from, a scope, not a place to reach ("Get into the top 5", "Reach the top 10" keep
# theirs; decision 5606). "for" / "of" / "across" are decision 4710's (definitions.py): "one
# playbook for our top 20 accounts" is a scope there, "Synthetic checks for the top 20 journeys"
# a count, one check per journey.
# A count of the places or things a measure is taken on, after "on/in/across … the", then the
# measure's own change or level: "on the 4 core routes up 10%", "in the 3 flagship stores from
# £1.2M to £1.5M" (decision 6710).
_EN_SCOPE_COUNT_BEFORE = re.compile(
    r"(?<![a-z])(?:on|in|across|at|for|among)\s(?:the|our|its|their|all\sthe|all\sour)\s$"
)
_EN_SCOPE_COUNT_AFTER = re.compile(
    r"(?:\s[a-z][a-z'’-]*){1,3}\s(?:up|down|by|from|to|above|below|under|over|rose|fell|grew"
    r"|rises?|falls?|grows?|increases?|decreases?)\s(?:[$£€+−-]\s?)?\d"
)
_EN_TOP_SCOPE = re.compile(
    r"(?<![a-z])(?:from|with|among|between)\s(?:our|the|their|my|your)\s(?:top|biggest|largest)\s$"
)


def _en_names_and_ages(folded: str, plain: str, kept: list[_Raw], roles: list[Role]) -> None:
    """An English number word inside a capitalised name becomes a label, the ages of an age
    band and the size of a top group named as a scope descriptors (decisions 5605, 5606)."""
    for i, r in enumerate(kept):
        if (
            r.kind in ("rank", "count")
            and "top " in folded
            and _EN_TOP_SCOPE.search(folded, max(0, r.start - 30), r.start)
        ):
            roles[i] = "descriptor"
        elif r.form == "numeral" and r.kind == "count" and plain[r.start : r.start + 1].isupper():
            if not plain[: r.start].strip(" -*•\t") or not _EN_CAPITAL_WORD_AFTER.match(
                plain, r.end
            ):
                continue  # "Three new stores open": the count opens the key result
            if not _en_lower_case_line(plain, r.start, r.end):
                continue  # "Sign Three New Clients": a title-cased line, a count
            r.kind, r.unit = "label-number", None
            roles[i] = "label"
        elif (
            r.kind in ("count", "duration")  # "18-24s": not 24 seconds
            and r.form == "digits"
            and ("-" in folded or "–" in folded)
        ):
            for m in _EN_AGE_BAND.finditer(folded, max(0, r.start - 40), r.end + 8):
                if m.start("a") <= r.start < m.end("b") and int(m["a"]) < int(m["b"]):
                    roles[i] = "descriptor"
        if r.kind == "count" and r.form == "digits" and _en_spec_in_name(folded, r):
            r.kind, r.unit = "label-number", None
            roles[i] = "label"


# A signed figure or a temperature between a determiner and a noun is the spec inside a thing's
# name, no count (decision 6458; the lead's ruling of round 42: a number inside a name is no
# target): "Renew the -80 freezer service contract", "Replace the 4°C cold-room compressor".
# A temperature to reach keeps its target ("Keep the freezer at -80°C", decision 1964).
_EN_SPEC_BEFORE = re.compile(r"(?<![a-z])(?:the|our|its|their|this|that|a|an)\s(?P<sign>[-−])?$")
_EN_TEMPERATURE_AFTER = re.compile(r"\s?(?:°\s?[cf]|degrees?\s?[cf])(?![a-z])")
_EN_NOUN_AFTER = re.compile(r"[\s-][a-z]")


def _en_spec_in_name(folded: str, r: _Raw) -> bool:
    before = _EN_SPEC_BEFORE.search(folded, max(0, r.figure[0] - 8), r.figure[0])
    if before is None:
        return False
    end = r.figure[1]
    temperature = _EN_TEMPERATURE_AFTER.match(folded, end)
    if temperature is not None:
        end = temperature.end()
    elif before["sign"] is None:
        return False
    return _EN_NOUN_AFTER.match(folded, end) is not None


# An age group named by its bound: "the over-65s", "under-8s football", "under-18 players",
# "for the over 50s", "patients aged 70+", "residents in their 80s": who is served, not a
# figure to reach (decision 6345, the English twin of 5107's "65岁以上"). Without the hyphen
# only after a determiner ("the under 10s"), so "loads in under 3s" keeps its seconds.
_TIME_WORD = r"(?:sec|secs|second|seconds|min|mins|minute|minutes|hour|hours|hr|hrs|day|days|week|weeks|month|months|year|years|s|h|m|ms)"
_PLURAL_S = r"['’]?s(?![a-z0-9])"
# (what stands right before the figure, what must follow it)
_EN_AGE_GROUPS = (
    # "under-8s", "the over-65s", "under-18 players", "over-70s"
    (
        re.compile(r"(?<![a-z])(?:over|under)-$"),
        re.compile(rf"(?:{_PLURAL_S}|\+|(?= (?!{_TIME_WORD}\b)[a-z])|(?=[.,;)]|$))"),
    ),
    # "the under 10s", "more over 50s": the plural's s glued to the figure
    (
        re.compile(r"(?<![a-z])(?:the|our|their|more|fewer|among|for|of|with) (?:over|under) $"),
        re.compile(_PLURAL_S),
    ),
    # "aged 70+", "aged 65 and over", "aged 80 or older", "residents aged 90."
    (
        re.compile(r"(?<![a-z])aged $"),
        re.compile(
            rf"(?:\+|{_PLURAL_S}| (?:and|or) (?:over|older|above|under|younger|below|up)\b|(?=[.,;)]|$))"
        ),
    ),
    # "in their 80s", "in my 40s": a decade of age
    (
        re.compile(r"(?<![a-z])in (?:their|his|her|my|our|your) $"),
        re.compile(r"(?<=0)" + _PLURAL_S),
    ),
)


def _en_age_groups(folded: str, kept: list[_Raw], roles: list[Role]) -> None:
    """Ages that name who is served become descriptors, counted in nothing (decision 6345)."""
    for i, r in enumerate(kept):
        if (
            r.kind not in ("count", "duration", "rank")
            or r.form != "digits"
            or r.figure[1] - r.figure[0] > 2
        ):
            continue
        for before, after in _EN_AGE_GROUPS:
            if before.search(folded, max(0, r.start - 14), r.start) and after.match(
                folded, r.figure[1]
            ):
                if folded[r.figure[1] : r.figure[1] + 1] in "s'’" or r.unit in ("s", "seconds"):
                    r.kind, r.unit = "count", None  # "65s" is people, not seconds
                roles[i] = "descriptor"
                break


# After "第N": a numbered part of a course, a book or a programme ("第3单元", "第四模块", "第5章",
# "第2批"): the ordinal names which part, no place to reach (decision 6346; "第3名" keeps its rank).
_ZH_NUMBERED_PART = re.compile(r"(?:单元|模块|章|节课|课|册|讲|关|专题|篇|部分|批|卷|集|届)")


# A figure of years read as a date or an anniversary ("in 2 years", "10周年"), measured when it
# is both ends of a from-to ("tenure from 2.5 years to 3.5 years", "平均司龄从2年提升到3年") or a
# decimal after a bound or a reach word ("average service above 4.5 years", "司龄达到3.5年"): a
# length of time to reach, as "from 2.5 months to 3.5 months" is (decision 6347).
_YEARS_AFTER = re.compile(r" ?(?:years?|yrs?|年)(?![a-z度代级])")
_YEARS_BOUND_BEFORE = re.compile(
    r"(?:\b(?:to|at least|above|over|under|below|beyond|past|least)|到|至|达到|超过|不低于|不少于|低于|"
    r"不超过|≥|>=|<=|≤|>|<)\s?$"
)


def _years_measured(folded: str, kept: list[_Raw]) -> None:
    """Figures of years that measure a length of time become durations (decision 6347)."""
    found: dict[int, int] = {}
    for i, r in enumerate(kept):
        if r.kind != "label-number" or r.form != "digits" or r.value is None:
            continue
        if not 0 < r.value < 100 or r.figure[1] != r.end:
            continue
        m = _YEARS_AFTER.match(folded, r.end)
        if m is not None:
            found[i] = m.end()
    if not found:
        return
    measured: set[int] = set()
    for i in found:
        if i + 1 in found:
            a, b = kept[i], kept[i + 1]
            trial = [
                _Raw(a.start, found[i], a.value, "years", "duration", "digits", a.figure),
                _Raw(b.start, found[i + 1], b.value, "years", "duration", "digits", b.figure),
            ]
            if from_to_pairs(folded, trial):
                measured.update((i, i + 1))
        r = kept[i]
        if r.value != int(r.value) and _YEARS_BOUND_BEFORE.search(
            folded, max(0, r.start - 10), r.start
        ):
            measured.add(i)
    for i in measured:
        r = kept[i]
        r.kind, r.unit, r.end = "duration", "years", found[i]


def _zh_age_scope(folded: str, r: _Raw) -> bool:
    """Whether the count is an age bounding who is served (decision 5107)."""
    if r.kind != "count":
        return False
    at = r.end - 1 if folded[r.end - 1 : r.end] == "岁" else r.end
    if folded[at - 1 : at] == "周":
        at -= 1
    return _ZH_AGE_BAND.match(folded, at) is not None


def _zh_in_title_mark(folded: str, r: _Raw) -> bool:
    """Whether the number stands inside a title mark 《…》, a book's or a work's name (5107)."""
    opened = folded.rfind("《", 0, r.start)
    return opened >= 0 and folded.rfind("》", opened, r.start) < 0 and "》" in folded[r.end :]


# A cadence shortly before "一份", "一篇": a rate per cadence, a count (decision 22). The cadence
# may be spelt out with 个 and may open the clause before the people served ("每个季度给Top100
# 客户做一次QBR": decision 1841).
_PER_CADENCE_BEFORE = re.compile(
    r"每(?:个|一个)?(?:[天日晚早周月季年]|星期|礼拜|学期)[^，,;；。]{0,12}$"
)


# "连续运行三次，…", "压测连续运行 3 次，…", "连续重跑 2 遍后，…": consecutive runs of a job, closed by
# a comma before the measure taken on them (decision 4487).
_RUNS_BEFORE = re.compile(
    r"连续(?:运行|执行|重跑|跑|导入|同步|部署|构建|重放|回放|调用|触发|重试)\s?$"
)
_RUNS_CLOSE = re.compile(r"\s?(?:次|遍|轮)?\s?(?:后|之后)?\s?[,，]")


# A count right after "per" or 每 is the base a rate is counted on, not its target: "tickets per 100
# active accounts", "falls per 1,000 patient days", "每千名患者跌倒次数" (decision 1412).
_PER_DENOMINATOR = re.compile(r"(?:\bper |每)$")


# Decision 5352: a time before an event, with no bound on how early; an age that picks things.
_EN_OFFSET_EVENTS = (
    "the", "every", "each", "a", "an", "its", "their", "our", "my", "all", "any", "launch",
    "go-live", "kick-?off", "term", "class", "shift", "deadline",
)  # fmt: skip
_EN_OFFSET_AFTER = re.compile(
    rf"\s(?:before|ahead of|prior to)\s(?:{'|'.join(_EN_OFFSET_EVENTS)})\b"
)
_EN_OFFSET_BOUNDS = (
    r"\bat least", r"\bno later than", r"\bno less than", r"\bminimum", r"\bmin\.?", "≥", ">=?",
    r"\bto", r"\bfrom", r"\bby", r"\bwithin", r"\bunder",
)  # fmt: skip
_EN_OFFSET_BOUND_BEFORE = re.compile(rf"(?:{'|'.join(_EN_OFFSET_BOUNDS)})\s?$")
_EN_AGE_BEFORE = re.compile(r"[a-z]\s(?:older|newer|younger)\sthan\s$")


# Decision 6600: every one of a group picked by how long it has been open, owed or waiting:
# "Call every claimant over 30 days open", "Chase all invoices more than 45 days overdue",
# "Phone every patient waiting over 18 weeks" — which ones, not a target.
_EN_PICKED_SPAN_BEFORE = re.compile(
    r"\b(?:every|all|each|any)\s(?:[a-z'-]{2,20}\s){1,3}?(?P<state>(?:(?:who|that)\s(?:is|are|has\s"
    r"been|have\sbeen)\s)?(?:waiting|open|unpaid|outstanding|overdue|unresolved|stuck|on\shold)\s)?"
    r"(?:over|more\sthan|longer\sthan|past|beyond|at\sleast)\s$"
)
_EN_PICKED_SPAN_AFTER = re.compile(
    r"\s(?:open|old|overdue|outstanding|in\sarrears|late|unpaid|unresolved|past\sdue|on\shold|"
    r"waiting|without\s(?:a\s)?(?:reply|response|contact|update))\b"
)


_EN_SPAN_RATE_AFTER = re.compile(r"\s?(?:a|an|per|each|every|/)\s?(?:day|week|month|year|term)\b")


def _en_picked_span(folded: str, r: _Raw) -> bool:
    m = _EN_PICKED_SPAN_BEFORE.search(folded, max(0, r.start - 60), r.start)
    if m is None or _EN_SPAN_RATE_AFTER.match(folded, r.end):
        return False  # "Keep every branch open over 60 hours a week": a level on a cadence
    return m["state"] is not None or _EN_PICKED_SPAN_AFTER.match(folded, r.end) is not None


def _en_offset_or_age(folded: str, r: _Raw) -> bool:
    if _EN_AGE_BEFORE.search(folded, max(0, r.start - 24), r.start):
        return True  # "Close stale tickets older than 90 days"
    if _en_picked_span(folded, r):
        return True  # "Call every claimant over 30 days open" (decision 6600)
    if not _EN_OFFSET_AFTER.match(folded, r.end):
        return False
    # "at least 2 weeks before each term", "to 3 days before the event": how early, a level
    return _EN_OFFSET_BOUND_BEFORE.search(folded, max(0, r.start - 16), r.start) is None


# An approximate size in brackets after a thing named (decision 5344): its words, then the
# bracket's close.
_ABOUT_WORDS = ("~", "≈", r"about\s", r"approx\.?\s", r"approximately\s", r"around\s", r"roughly\s")
_ABOUT_IN_BRACKET_BEFORE = re.compile(rf"[a-z0-9]\s?\(\s?(?:{'|'.join(_ABOUT_WORDS)}|c\.\s?)\s?$")
_BRACKET_CLOSES_AFTER = re.compile(r"(?:\s?[a-z][a-z-]{0,15}){0,2}\s?\)")


# A count right after "our", "my", "their": how many of a thing one has, not a target ("Consolidate
# our three CRMs into one", "Move my 4 old pensions to one provider"; decision 1422).
_OWNED_BEFORE = re.compile(r"\b(?:our|my|their|your) $")
_EACH_OF_OWNED = re.compile(r"\b(?:each|every one) of (?:our|my|their|your) $")


# The population a change is measured on, counted (decision 4300): in English "of / for / with /
# across / among / at / on / over the [top] N <things>" and "the first N days"; in Chinese a change
# verb, a scope word, then "N家/所/个 … 的" before the measure ("提升500家企业客户的使用率"). Not
# after a verb of winning ("Sign contracts with the 5 pilot schools": five to sign), nor "in/into
# the top 10" (a place to reach) nor "to the N" (a level).
_EN_POPULATION_BEFORE = re.compile(
    r"\b(?:of|for|with|across|among|amongst|at|on|over|in|during|within) (?:the|our|their|your|my) "
    r"(?:top |first )?$"
)
_EN_FIRST_BEFORE = re.compile(r"\b(?:the )?first $")
_VAGUE_SHARE = re.compile(r"大部分|大多数|多数|大多|\bmost\b|\bmajority\b")
_EN_CHANGE_BEFORE = re.compile(
    r"\b(?:improv|increas|rais|grow|boost|lift|reduc|lower|shorten|speed|strengthen|deepen|"
    r"better|faster|higher|quicker|stronger|more|less|fewer|greater|decreas|slash|minimi[sz]|"
    r"maximi[sz]|halv|doubl|tripl)[a-z]*\b"
    # "Cut churn in the first 60 days": cut, trim and drop as verbs of change (decision 4821)
    r"|\b(?:cut|trim|drop)(?:s|ped|ping|ting|med|ming)?\b"
)
_ZH_POPULATION_BEFORE = re.compile(
    r"(?:提升|提高|改善|优化|增强|加强|降低|改进)(?:全市|全省|全国|全区|全县|全校|旗下|所有|全部|我们的?|公司)?"
    r"(top|前)?$"
)
_ZH_GROUP_AFTER = re.compile(r"(?![名位强列])[\u4e00-\u9fff]")
_ZH_POPULATION_AFTER = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,8}?的[\u4e00-\u9fff]")


def _population(folded: str, lang: str, r: _Raw) -> bool:
    if lang == "zh":
        before = _ZH_POPULATION_BEFORE.search(folded, max(0, r.start - 10), r.start)
        if before is None:
            return False
        if r.kind == "count":
            # "提升500家企业客户的使用率": the clients counted, then 的 and the measure
            return (
                (r.unit is not None or folded.startswith("大", r.end))  # "3大核心产品的"
                and not before.group(1)
                and _ZH_POPULATION_AFTER.match(folded, r.end) is not None
            )
        # "提升TOP50客户体验": the top 50 clients (not "前10名", a place); "提升前30天新用户留存":
        # a window, the first 30 days
        return (
            r.kind in ("rank", "duration")
            and bool(before.group(1))
            and _ZH_GROUP_AFTER.match(folded, r.end) is not None
        )
    if r.kind == "duration":
        if _EN_FIRST_BEFORE.search(folded, max(0, r.start - 10), r.start) is None:
            return False
    elif r.kind not in ("count", "rank") or r.unit is None:
        return False  # a noun counted must follow ("the 40 teachers", "the top 20 accounts")
    else:
        at = r.figure[0]
        m = _EN_POPULATION_BEFORE.search(folded, max(0, at - 24), at)
        if m is None:
            return False
        if r.kind == "rank" and m.group().startswith(("in ", "during ", "within ")):
            return False  # "in the top 10 …": a place to reach
        first = _EN_WORD.match(folded)
        from coach.facts.shape import verb_classes

        if first is not None and verb_classes("en").get(first.group()) in ("win", "hire"):
            return False
    # Work on the things counted keeps its count ("Synthetic checks for the top 20 merchant
    # journeys", "Write DR runbooks for the 5 tier-0 systems"): only a change is measured. (Read
    # last: the scan of the words before runs only where the local shape holds.)
    return _EN_CHANGE_BEFORE.search(folded, 0, r.start) is not None


# "每两周", "every 2 weeks": the period of a frequency, not a target.
_EVERY_BEFORE = re.compile(r"(?:每|每隔|\bevery|\beach|\bper)\s?$")
# "every two weeks": an English number word before a unit of time (decision 420's cadence).
_EN_TIME_UNIT_AFTER = re.compile(r" (?:days?|weeks?|months?|quarters?|years?|sprints?)\b")
# Measure words after 一 that make it a count to reach ("一次", "一场") rather than an article
# ("一封邮件", "一张健身卡", "一小时内响应的工单").
_COUNTED_AFTER_ONE = frozenset("家次场篇条人期轮届节堂")


_FLOOR_BEFORE = re.compile(r"(?:at least|more than|minimum of|min\.?|≥|>=)\s?$")
# "at most one open action item", "maximum one escalation": a cap, a count to keep (decision 6761).
_CAP_BEFORE = re.compile(r"\b(?:at most|maximum(?: of)?|max\.?|up to|≤|<=)\s?$")
# "one new co-host, greeter or door volunteer each quarter": "one" and a list of kinds of up to
# sixteen words, then a cadence, is a rate per cadence as decision 1248's shorter names are
# (decision 6761). No clause of its own in between (that, which, who, a stop).
_EN_LIST_PER_CADENCE_AFTER = re.compile(
    r" (?:(?!(?:that|which|who|whom|where|when|then|and then)\b)[a-z\"“”'‘’][a-z\-\"“”'‘’/]{0,24},? ){2,16}"
    r"(?:a|per|every|each) (?:day|week|month|quarter|sprint|term|year)\b"
)
# "One reader has shared …", "one school has signed up": a noun of one to three words, then a
# perfect of an act done ("has" and a participle in -ed; not "has been", a state) (decision 4967).
_EN_ONE_HAS_DONE_AFTER = re.compile(
    r" (?:[a-z][a-z\-]{1,20} ){1,3}(?:has|have) (?!been\b)[a-z]{2,20}ed\b"
)
# "one painting a week", "one post per day": a noun, then a cadence (decision 22); "one hour
# weekly", "one session daily": the cadence as an adverb (decision 2306).
_EN_PER_CADENCE_AFTER = re.compile(
    r" (?:[a-z][a-z\-]{0,20} ){1,4}(?:a|per|every|each) (?:(?:other|two|three|four|\d{1,2}) )?"
    r"(?:day|week|month|quarter|sprint)s?\b"
    r"| (?:[a-z][a-z\-]{0,20} ){1,4}(?:daily|nightly|weekly|fortnightly|monthly)\b"
)


_EN_ONE_TIME_AFTER = re.compile(
    r" (?:business |working |calendar |school )?(?:second|minute|hour|day|week|month|sprint)\b"
)
_EN_DURATION_CUE_BEFORE = re.compile(
    r"\b(?:to|under|below|within|than|most|down to|in under|max(?:imum)?|of|at)\s$"
)


# A hedge, a norm or "each time" right before a window (decision 5777).
_ZH_HABITUAL_BEFORE = re.compile(
    r"(?:(?:尽量|尽可能|一般|通常|原则上|每次|每回|保证|确保|争取)"
    r"|每次[\u4e00-\u9fff]{1,6}?(?:后|之后|结束后))\s?(?:在\s?)?$"
)
_ZH_WINDOW_AFTER = re.compile(r"\s?(?:之内|以内|内)")


def _describes(folded: str, r: _Raw) -> bool:
    """'一封邮件', '一个计划', 'one email': a singular that only names the thing; '五分钟演讲',
    '一小时内响应的工单': a length written in Chinese numerals that describes the thing."""
    text = folded[r.start : r.end]
    if text == "one":
        # "at least one blog post per month" is a floor to reach, not an article; "one
        # painting a week" is a rate per cadence (decision 22); "Win one top-tier licence",
        # "Sign one anchor tenant": one to win is a count, as 签下一家 (decisions 189, 1167)
        return (
            not _FLOOR_BEFORE.search(folded, max(0, r.start - 14), r.start)
            and not _CAP_BEFORE.search(folded, max(0, r.start - 14), r.start)
            and not (
                _EN_LIST_PER_CADENCE_AFTER.match(folded, r.end)
                and "," in folded[r.end : _EN_LIST_PER_CADENCE_AFTER.match(folded, r.end).end()]  # type: ignore[union-attr]
            )
            # "Hire one more night nurse": one added to what there is, a count (decision 5607)
            and not folded.startswith(" more ", r.end)
            and not _EN_PER_CADENCE_AFTER.match(folded, r.end)
            and not _en_won_before(folded, r.start)
            # "One reader has shared a recipe by June": the one who has done it, heading the key
            # result, is the count to reach, as "Two shops have signed" is (decision 4967)
            and not (
                not folded[: r.start].strip(" -*•\t")
                and _EN_ONE_HAS_DONE_AFTER.match(folded, r.end) is not None
            )
        )
    if r.kind == "duration" and r.value is not None and text[:1] in ZH_NUMERAL_CHARS:
        # "尽量两天内回复家长留言", "一般三个工作日内出报告": after a hedge or "each time" on a
        # recurring action, the window is the turnaround to keep, a duration target (decision
        # 5777, lead ruling of round 40), not a length describing the thing
        return not (
            _ZH_WINDOW_AFTER.match(folded, r.end)
            and _ZH_HABITUAL_BEFORE.search(folded, max(0, r.start - 12), r.start)
        )
    if not (r.value == 1.0 and text[:1] == "一" and r.kind == "count"):
        return False
    if _won_before(folded, r.start):
        return False  # "谈下一个头部IP", "签下一家省级代理": one to win is a count (decision 189)
    if text == "一次" and _ZH_RATE_NAME_AFTER.match(folded, r.end):
        # "提升一次解决率", "一次性付款比例": the first-time measure's own name (decision 64), no
        # count of one to reach (decision 5431)
        return True
    if _ZH_BOUND_BEFORE.search(folded, max(0, r.start - 6), r.start):
        # "至少一名持证药师", "最多一个未关闭的行动项": a floor or a cap (decision 6761)
        return False
    if text[1:] not in _COUNTED_AFTER_ONE:
        return True
    if text == "一次" and _ZH_FIRST_TIME_AFTER.match(folded, r.end):
        # "等保二级测评一次通过", "消防验收一次性通过": passed at the first try, how it is passed,
        # no count to reach (decisions 22, 24; 4729); "一次通过率" names a rate
        return True
    # "组织一次团建", "办一场发布会", "完成一次半马": one event named, not a count to reach
    # (decision 22); but "每家至少拜访一次", "每两周对一次", "一次合格率" count.
    return (
        "每" not in folded[: r.start]
        and not _AT_LEAST_BEFORE.search(folded, max(0, r.start - 8), r.start)
        and _ZH_NOUN_AFTER.match(folded, r.end) is not None
    )


# Verbs of winning that make "一个 …" after them a count to reach, except those whose object is
# mostly a thing built ("开发一个小程序").
_NOT_WON = frozenset({"开发", "整合"})


def _won_before(folded: str, start: int) -> bool:
    """A verb of winning (verb_classes: win) ends right before `start`, after an optional 新."""
    from coach.facts.shape import verb_classes

    before = folded[max(0, start - 4) : start].removesuffix("新")
    return any(
        before.endswith(v) and v not in _NOT_WON
        for v, cls in verb_classes("zh").items()
        if cls == "win" and len(v) >= 2
    )


# The word before "one": a verb of winning, perhaps with a particle or "at least" ("win one",
# "land at least one", "sign up one" is not one).
_EN_WORD_BEFORE = re.compile(r"(?<![a-z])([a-z]+)(?: (?:back|in|over))? $")


def _en_won_before(folded: str, start: int) -> bool:
    """An English verb of winning (verb_classes: win, one word) right before `start`."""
    from coach.facts.shape import verb_classes

    m = _EN_WORD_BEFORE.search(folded, max(0, start - 24), start)
    return m is not None and verb_classes("en").get(m.group(1)) == "win"


# "一次(性)通过/合格/成功" closing its clause: at the first try (decision 4729); not a rate
# named after it ("一次通过率", "一次合格率").
_ZH_FIRST_TIME_AFTER = re.compile(r"性?(?:通过|合格|成功|达标|过关|验收)(?![率数量])")
# A rate or share named right after "一次": "一次解决率", "一次通过率", "一次性付款比例" (5431).
_ZH_RATE_NAME_AFTER = re.compile(r"性?[\u4e00-\u9fff]{1,5}?(?:率|比例|占比)")
# A floor or a cap right before 一 of any measure word (decision 6761).
_ZH_BOUND_BEFORE = re.compile(
    r"(?:至少|最少|不少于|不低于|最多|至多|不超过|不多于|最多只有|至少有)\s?$"
)
_AT_LEAST_BEFORE = re.compile(r"(?:至少|最少|不少于|不低于|超过|多于|达到|再)[\u4e00-\u9fff]{0,4}$")
# A noun right after "一次"/"一场" (not a first-time measure: "一次合格率", "一次性通过").
_ZH_NOUN_AFTER = re.compile(r"(?![性合通提解成到])[\u4e00-\u9fffA-Za-z]")


def en_count_noun(folded: str, plain: str, end: int) -> tuple[str, int] | None:
    """The noun after an English count ("10 new logos" → logos), skipping fillers."""
    pos = end
    for _ in range(3):
        if not folded.startswith(" ", pos):
            return None
        m = _EN_WORD.match(folded, pos + 1)
        if not m:
            return None
        word = m.group()
        if word in _EN_NOT_UNIT:
            return None
        if word in _EN_FILLER:
            pos = m.end()
            continue
        return plain[m.start() : m.end()], m.end()
    return None

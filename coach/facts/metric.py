"""The measurable part of a key result, chosen from its quantities: target, unit, baseline,
direction, relative or absolute.

"从30提升到45" / "from 30% to 45%" give a baseline and a target; "增加20%" / "increase by 20%"
a relative change; "提升到90%" / "to 90%" a level to reach; "翻一番", "double" a multiple of
the start. When a key result has several target quantities, "从A到B" wins, then a Chinese
"百分之N" or "N倍" (as written in the seed), then the one after a target word
(到/至/达到/获得/to/reach), then one after a direction verb, then the first; numbers in
brackets come last. There is a metric exactly when the item has a target quantity
(`Quantity.is_target`): `metric is None` means nothing in the item can be measured.

`relative` is True for a change stated as a percentage, percentage points or a multiple (the
figures that mean nothing without a starting value); a count added ("新增5名") is a level.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from coach.facts.bounds import bound
from coach.facts.needs import Looks, fold_case, needed
from coach.facts.quantities import Quantity, from_to_pairs
from coach.types import Metric, Span, make_metric, make_span

_INC_ZH = "提升|提高|增加|增长|扩大|突破|超过|上升|新增|拓展|扩展|翻番|翻一番|加倍|增至|增到"
_DEC_ZH = "降低|减少|缩短|下降|控制在|压缩|降至|减至|降到|减半|砍半|缩减|削减|节省|节约"
_REACH_ZH = "达到|实现|获得|完成|做到|不低于|至少|达成"
# "up twenty percent", "down ten per cent": a share in words (decision 4840)
_SHARE_IN_WORDS = r" [a-z]+(?:-[a-z]+)? (?:percent|per cent)\b"
_INC_EN = (
    r"increase|raise|grow|improve|boost|expand|exceed|gain|add|double|triple|"
    # a lift after a determiner or a kind is the machine ("on every lift", "the ski lifts",
    # "chair lift 3"), no rise (decision 4852)
    r"(?<!\bevery\s)(?<!\beach\s)(?<!\bthe\s)(?<!\ball\s)(?<!\bany\s)(?<!\bone\s)(?<!\bski\s)"
    r"(?<!\bchair\s)(?<!\bour\s)(?<!\bski-)(?<!\bchair-)lift"
    # "lifting" naming a kind of work ("their lifting course", "safe lifting training") is what
    # is held or learnt, no rise (decision 5921)
    r"(?!ing\s(?:course|training|ticket|certificate|certification|refresher|module|technique|"
    r"equipment|gear|operations|plan)s?\b)|"
    # "up to date" is a state kept, no rise (decision 5756)
    rf"up(?= by| from| to(?! date\b)| ?\d|{_SHARE_IN_WORDS})|more than"
)
_DEC_EN = (
    r"reduce|decrease|cut(?!-?over)|lower|shorten|drop|decline|bring down|trim|halve|lessen|shrink|"
    rf"minimi[sz]e|down(?= by| from| to| ?\d|{_SHARE_IN_WORDS})|less than|under"
)
# An arrow before the figure says up or down as the word does (decision 4705): "Cost per labelled
# image ↓ 20%", "Sign-ups ⬆ 15%", "Churn ↓ from 5% to 3%"; not an arrow between two figures
# ("5% → 3%": from_to_pairs reads those).
_ARROW_AFTER = r"\ufe0f?(?=[ \t]?(?:by |from |to |[$€£¥]?\d|$))"
_ARROW_UP = r"(?<![^\s(:：])[↑⬆]" + _ARROW_AFTER
_ARROW_DOWN = r"(?<![^\s(:：])[↓⬇]" + _ARROW_AFTER
_REACH_EN = r"reach|hit|achieve|attain|get to|at least|deliver|secure|land|win|acquire|sign"
# The endings an English verb above may take: "cuts", "cutting", "dropped", "reduced", "grown",
# "growth", "improvement"; a word that only starts like one is no direction ("window",
# "landing page", "address", "signage", "addition", "winter", "understand", "delivery":
# decision 1181), nor is "landing page".
_EN_ENDING = (
    r"(?:(?<=e)(?:s|d)|(?<!e)(?:es|s|ed|ing)|(?<=[mnpt])(?:[mnpt](?:ed|ing))|(?<=grow)(?:n|th)"
    r"|(?<=e)ments?|(?<=attain)ment)?\b(?!(?<=landing) pages?\b)"
)

# "比上月多30件", "较去年少5起": more or fewer than a period, right before the figure (decision 310).
_MORE_THAN_ZH = r"(?:比|较)[^，,；;。\d]{1,12}?(?:多|高)(?=了?\s?\d)"
_FEWER_THAN_ZH = r"(?:比|较)[^，,；;。\d]{1,12}?(?:少|低)(?=了?\s?\d)"
_DIRECTION = (
    # a ceiling is no rise: "司机流失率不超过5%" keeps the rate down, as "under 5%" does (tester8)
    ("zh", "increase", re.compile(rf"(?<![不未没])(?:{_INC_ZH})|{_MORE_THAN_ZH}")),
    (
        "zh",
        "decrease",
        re.compile(rf"{_DEC_ZH}|{_FEWER_THAN_ZH}|不超过|不高于|(?<![不未])(?:低于|少于)"),
    ),
    ("zh", "maintain", re.compile("保持|维持|稳定在")),
    ("zh", "reach", re.compile(_REACH_ZH)),
    ("en", "increase", re.compile(rf"\b(?:{_INC_EN}){_EN_ENDING}|{_ARROW_UP}", re.I)),
    (
        "en",
        "decrease",
        re.compile(
            rf"\b(?:{_DEC_EN}|below|fewer than|no more than|at most){_EN_ENDING}|{_ARROW_DOWN}",
            re.I,
        ),
    ),
    # not the people who do it: "maintainers", "keepers", "policy holders"; not an event held
    # ("Hold 4 volunteer training sessions")
    (
        "en",
        "maintain",
        re.compile(
            r"\b(?:maintain|keep|sustain|stay|remain|hold(?!\s(?:\d|an?\b|one\b|two\b|three\b|"
            r"four\b|five\b|six\b|monthly\b|weekly\b|regular\b)))(?!ers?\b)" + _EN_ENDING,
            re.I,
        ),
    ),
    ("en", "reach", re.compile(rf"\b(?:{_REACH_EN}){_EN_ENDING}", re.I)),
)
# The direction patterns' looks taken in one scan of the text (coach.facts.needs.Looks): a
# pattern whose needed words the text lacks finds nothing, so its scan is skipped (an English
# pattern on a Chinese item, most of them on any one item); the words found are the same.
_DIRECTION_LOOKS = Looks([needed(p) for _lang, _direction, p in _DIRECTION])
_TARGET_BEFORE = re.compile(
    r"(?:到|至|达到|达|为|突破|超过|获得|赢得|增至|增到|降至|降到|控制在|"
    r"\bto|\breach(?:es|ing)?|\bhit|\babove|\bover|\bexceed(?:s|ing)?|\bof)\s?$",
    re.I,
)
_VERB_BEFORE = re.compile(
    rf"(?:{_INC_ZH}|{_DEC_ZH}|{_REACH_ZH})了?\s?$|\b(?:{_INC_EN}|{_DEC_EN}|{_REACH_EN}){_EN_ENDING}\s(?:by\s)?$"
    r"|(?<![^\s(:：])[↑⬆↓⬇]\ufe0f?[ \t]?$"
    r"|\bby\s$",
    re.I,
)
# The -ing forms of change verbs that end in e ("increasing the number of followers by 2x"):
# _EN_ENDING adds endings to the bare stems, so these need their own forms (decision 1247).
_EN_CHANGE_FORMS = (
    r"\b(?:increas|rais|improv|reduc|decreas|minimi[sz]|doubl|tripl|halv)(?:ing|ed)\b"
)
_CHANGE_VERB = re.compile(
    rf"{_INC_ZH}|{_DEC_ZH}|\b(?:{_INC_EN}|{_DEC_EN}){_EN_ENDING}|{_EN_CHANGE_FORMS}"
    rf"|{_ARROW_UP}|{_ARROW_DOWN}",
    re.I,
)
# "at" sets a level only right before the figure ("Hold NPS at 50"); "Lower no-show rate at
# rehearsals 30%" names where, and the figure is a change (decision 890).
_TARGET_WORD = re.compile(r"到|至|达到|为|\bto\b|\bat\s*$|\breach(?:es|ed|ing)?\b", re.I)
_BY_BEFORE = re.compile(
    r"\bby\s*(?:about|around|roughly|at least|over|a minimum of|minimum)?\s*$", re.I
)  # decision 1661
# A pace of change after a change verb: "Increase reading levels by a rate of 1.5 levels/year",
# "Grow sign-ups at an average rate of 5% a month" (decision 1000): the figure is how fast the
# measure moves, a change with no level it starts from, never the level itself.
_RATE_BEFORE = re.compile(
    r"\b(?:by|at)\s(?:an?\s)?(?:(?:average|annual|yearly|monthly|weekly|steady)\s)?rate\sof\s"
    r"(?:(?:about|around|roughly|at least|over)\s)?$",
    re.I,
)
_CHANGE_AFTER = re.compile(
    r"[^\s]{1,12}\s(?:increase|decrease|growth|reduction|more|less|fewer|higher|lower|"
    r"improvement|uplift|drop)\b",
    re.I,
)
_NOT_A_CHANGE = ("twice", "once", "thrice", "all", "every", "each", "全", "所有")
_MULTIPLE_WORD = re.compile(r"double|triple|quadruple|halv|翻|减半|砍半", re.I)
# A multiple of the team's own amount, whose base is left unsaid: "Handle 2x the volume", "Serve
# three times the patients", "Process twice our current claims", "Carry 3x parcel volume"
# (decision 5748). A benchmark
# after "the" is another's level, not a start ("2x the industry average").
_MULTIPLE_OF_OWN = re.compile(
    r"\s?(?:times\s)?(?:(?:the|our|their|its|current|today's|today’s|as\smany|as\smuch)\s"
    r"(?!(?:industry|national|market|sector|regional|average|benchmark|median|norm|target|goal|minimum|limit)\b)"
    r"|(?:[a-z-]{1,20}\s){0,2}(?:volume|traffic|throughput|load|demand|capacity)\b)",
    re.I,
)
# A Chinese change verb right before a count, an amount or a time: an increment ("增加6人",
# "缩短3天", "客单价提升5元"; decision 119), also a balance's net growth or income added
# ("余额净增3000万元", "户均增收3000元": decision 463; "新增5名" stays a level).
_ADD_RIGHT_BEFORE = re.compile(
    r"(?:增加|降低|减少|缩减|削减|节省|节约|缩短|压缩|提前|提升|提高|增长|上涨|下降|净增|增收|增利)了?\s?$"
)
# A one-character change verb right before the figure, as people type it: "体重减 5 斤", "成本降
# 10%", "粉丝涨 2 万", "减掉5斤" (decision 2427); not "新增5名" (a level), nor "降至" (a bound).
_ONE_CHAR_CHANGE_BEFORE = re.compile(
    r"(?:(?<![新净])(?:减|降|涨|增|升)|减掉|减重|减肥|增重|涨粉)了?\s?$"
)
_MORE_OR_FEWER_BEFORE = re.compile(r"(?:比|较)[^，,；;。\d]{1,12}?(?:多|少|高|低)了?\s?$")
_ADDS_TO_START = re.compile(r"(?:增加|提升|提高|增长|扩大)了?\s?$")


# Body weight lost or gained by an amount (decision 916): "Lose 5 kg", "a 6 Kg. weight loss",
# "10% weight loss", "gain 3 lbs of muscle" are changes by that amount, like "减肥5斤".
_WEIGHT_FIGURE = (
    r"(?<![\d.,])\d[\d.,]*\s?(?:%|(?:kgs?|kilos?|kilograms?|lbs?|pounds?|stones?)\b)\.?"
)
_WEIGHT_VERB_BEFORE = re.compile(
    r"\b(?:lose|lost|losing|gain|gained|gaining|shed|shedding|put on)\s(?:another\s|at least\s|about\s)?$",
    re.I,
)
_WEIGHT_FIGURE_RE = re.compile(_WEIGHT_FIGURE, re.I)
_WEIGHT_CHANGE_AFTER = re.compile(
    _WEIGHT_FIGURE + r"\s(?:of\s)?(?:body\s)?(?:weight|fat|muscle)\s(?:loss|gain)\b", re.I
)


def _weight_change(text: str, pos: int, window: str) -> bool:
    """A body weight lost or gained by the figure at `pos` (decision 916)."""
    if _WEIGHT_CHANGE_AFTER.match(text, pos, pos + 40):
        return True
    return bool(
        _WEIGHT_FIGURE_RE.match(text, pos, pos + 16) and _WEIGHT_VERB_BEFORE.search(window[-16:])
    )


class Directions:
    """Every direction word of an item, found once; `first(start, end)` answers per span."""

    def __init__(self, text: str, lang: str) -> None:
        # Per preference (the item's own language first): sorted starts and their directions.
        found: tuple[list[tuple[int, int, str]], ...] = ([], [])
        passing = _DIRECTION_LOOKS.passing(fold_case(text))
        for order, (dlang, direction, pattern) in enumerate(_DIRECTION):
            if order not in passing:
                continue
            pref = found[0] if dlang == lang else found[1]
            pref.extend((m.start(), order, direction) for m in pattern.finditer(text))
        self._found = [sorted(f) for f in found]
        self._starts = [[s for s, _o, _d in f] for f in self._found]

    def first(self, start: int = 0, end: int | None = None) -> str | None:
        """The first direction word in [start, end), preferring the item's own language."""
        for found, starts in zip(self._found, self._starts, strict=True):
            i = bisect.bisect_left(starts, start)
            if i < len(starts) and (end is None or starts[i] < end):
                return found[i][2]
        return None


# A floor on the change itself, not on the level: "提升至少30%的工作效率", "增长不低于20%" (decision
# 747): the figure is still a change. Only in Chinese: "adopted by at least 2 sites" is a level.
# A change named by its noun, the figure sizing it (decision 2443): after it with "of" ("an
# uplift of at least 15%", "a 2x increase" is _CHANGE_AFTER's), or after the figure under a floor
# or a ceiling ("≥15% uplift", "at least 20% growth", "不低于15%的转化率提升").
_CHANGE_NOUN_BEFORE = re.compile(
    r"\b(?:increase|decrease|growth|reduction|improvement|uplift|lift|gain|rise|drop|decline)\s"
    r"of\s(?:(?:at\sleast|a\sminimum\sof|minimum|no\sless\sthan|more\sthan|over|up\sto|at\smost)\s)?"
    r"[≥>≤<]?\s?$",
    re.I,
)
_CHANGE_NOUN_AFTER = {
    "en": re.compile(
        r"[^\s]{1,12}\s(?:increase|decrease|growth|reduction|improvement|uplift|lift|gain|rise|"
        r"drop|decline)\b",
        re.I,
    ),
    "zh": re.compile(
        r"[^\s，,；;。]{1,8}?(?:的)?[^，,；;。\d]{0,8}?(?:提升|提高|增长|增幅|降幅|下降|降低|减少|增加)"
    ),
}
_CHANGE_THEN_FLOOR = re.compile(
    r"(?:提升|提高|增长|增加|降低|减少|缩短|下降|上升|减少了|提升了)\s?(?:至少|不少于|不低于|最少|超过|≥|>)\s?$"
)


# The same floor in English, on a percentage or a multiple right after "by": "Reduce overhead by at
# least 20%", "by a minimum of 15%", "by minimum 20%" (decision 1661). A count after a passive "by"
# stays a level ("adopted by at least 2 sites", decision 747).
_BY_THEN_FLOOR = re.compile(
    r"\bby\s(?:at\sleast|a\sminimum\sof|minimum(?:\sof)?|min\.?|no\sless\sthan|not\sless\sthan"
    r"|more\sthan|over)\s?$",
    re.I,
)


# A share of a thing taken away: "Eliminate 80% of manual reporting effort", "Remove 30% of the
# steps in the returns flow" cut the thing by that share, a change from a start left unsaid, as
# "Cut 30% of …" is (decision 4602); "Eliminate manual entry for 90% of invoices" (the share
# after "for") is a level.
_TAKEN_AWAY_BEFORE = re.compile(
    r"\b(?:eliminat|remov)(?:e|es|ed|ing)\s(?:(?:about|around|roughly|approximately|at\sleast|"
    r"over|up\sto|nearly|almost)\s)?$",
    re.I,
)
_SHARE_OF = re.compile(r"(?<![\d.,])\d[\d.,]*+\s?%\s+of\b", re.I)  # bounded: starts a figure
_WHOLE_SHARE = re.compile(r"100(?:\.0+)?\s?%")


def is_relative(
    text: str, pos: int, unit: str | None, end: int | None = None, lang: str = "en"
) -> bool:
    """'增加20%' / 'increase by 20%' / 'grow MRR 20%' / '+15 pts' / 'down 30%' / '减少200万元' are
    changes; '提升到90%' / 'to 90%' / 'under 8%' / '控制在5%以内' / 'coverage 3.5x' are levels.
    Percentages, percentage points and multiples are changes after a change verb; a count or an
    amount of money only right after a Chinese change verb ("增加6人") or after "by" ("cut costs
    by $200k"). A sign or "up"/"down" makes any figure a change; a ceiling or floor makes it a
    level (see the module doc)."""
    if (
        lang == "en"
        and unit in ("%", "pp", "x")
        and _BY_THEN_FLOOR.search(text[max(0, pos - 28) : pos])
        and _CHANGE_VERB.search(text, 0, pos) is not None
    ):
        return True  # "Cut overhead by at least 20%": a floor on the change (decision 1661)
    side = bound(text, lang, pos, end if end is not None else pos)
    if unit in ("%", "pp", "x") and (
        _CHANGE_NOUN_BEFORE.search(text[max(0, pos - 40) : pos])
        or (side in ("max", "min") and _CHANGE_NOUN_AFTER[lang].match(text, pos, pos + 30))
    ):
        # "with ≥15% uplift in conversion", "an uplift of at least 15%", "带来不低于15%的转化率提升":
        # the figure sizes a change named beside it, floor or not, as "up 10%" does (2443)
        return True
    if side in ("max", "min"):
        return bool(_CHANGE_THEN_FLOOR.search(text[max(0, pos - 12) : pos]))
    if side in ("minus", "plus"):
        return unit is not None or text[pos : pos + 1].isdigit()
    if (
        lang == "en"
        and unit in ("x", "times")
        and end is not None
        and _MULTIPLE_OF_OWN.match(text, end) is not None
    ):
        return True  # "Handle 2x the volume": a multiple of an amount not given (5748)
    if text.startswith(_NOT_A_CHANGE, pos):
        return False  # "all", "every", "twice": not a change
    window = text[max(0, pos - 60) : pos]
    colon = max(window.rfind(":"), window.rfind("："))
    if lang == "zh" and colon >= 0 and len(window) - colon > 6:
        # "提高供应商交付准时率:与供应商签订协议,确保95%的订单…": the words before the colon
        # name the objective the key result serves; its change verb moves nothing after the
        # colon, where the key result says its own figure (decision 744).
        window = window[colon + 1 :]
    if lang == "zh" and _ONE_CHAR_CHANGE_BEFORE.search(window[-6:]):
        return True  # "体重减 5 斤", "成本降 10%" (decision 2427)
    if lang == "en" and _weight_change(text, pos, window):
        return True  # "Lose 5 kg", "a 6 Kg. weight loss" (decision 916)
    if lang == "en" and _RATE_BEFORE.search(window[-40:]):
        # "by a rate of 1.5 levels/year": a pace of change (decision 1000)
        return _CHANGE_VERB.search(text, 0, pos) is not None
    if unit not in ("%", "pp", "x"):
        if _ADD_RIGHT_BEFORE.search(window[-8:]):
            return True  # "增加6人", "降低200万元"
        if _MORE_OR_FEWER_BEFORE.search(window[-16:]):
            return True  # "比上月多30件"
        # "Grow revenue from the ancillary services of all four hotels by $200k": the verb may
        # sit further back than the window (decision 725)
        return bool(_BY_BEFORE.search(window) and _CHANGE_VERB.search(text, 0, pos))
    if _TARGET_BEFORE.search(window[-12:]):
        return False
    if _BY_BEFORE.search(window):
        # "… by 15%" is a change, however far back its verb is: a long measure's name ("Increase
        # inbound links from hotel booking and business travel websites by 5%") puts the verb
        # before the window (decision 725)
        return _CHANGE_VERB.search(text, 0, pos) is not None
    if unit == "%" and _TAKEN_AWAY_BEFORE.search(window[-40:]) and _SHARE_OF.match(text, pos):
        # "Eliminate 80% of manual reporting effort": a cut by that share (4602); "Eliminate
        # 100% of …" leaves none, an end state with no start to name
        return not _WHOLE_SHARE.match(text, pos)
    verbs = list(_CHANGE_VERB.finditer(window))
    verb = verbs[-1] if verbs else None
    if unit == "x" and _MULTIPLE_WORD.match(text, pos):
        return True  # "double", "翻一番"
    if verb is not None and not _TARGET_WORD.search(window[verb.end() :]):
        return True
    # "a 20% increase", "20% more", "20% fewer"
    return bool(_CHANGE_AFTER.match(text, pos, pos + 30))


def _priority(text: str, q: Quantity, depths: list[int]) -> int:
    if q.form == "word" or (q.form == "numeral" and q.text.isascii()):
        return 4  # "all", "every", "two": only when no figure is written out
    before = text[max(0, q.start - 12) : q.start]
    if depths[q.start] > 0:
        return 3
    if _TARGET_BEFORE.search(before):
        return 0
    if _VERB_BEFORE.search(before):
        return 1
    return 2


def _bracket_depths(text: str) -> list[int]:
    """How many brackets are open before each position (one pass, for many quantities)."""
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


def _span_text(text: str, start: int, end: int) -> tuple[str, Span]:
    words = text[start:end].rstrip()
    return words.strip(), make_span(start, start + len(words))


def choose_metric(
    text: str, folded: str, lang: str, quantities: Sequence[Quantity], directions: Directions
) -> Metric | None:
    """The metric of a key result (see the module doc); `text` is the item's plain text."""
    targets = [q for q in quantities if q.is_target]
    if not targets:
        return None
    direction = directions.first()
    usable = [q for q in quantities if q.kind != "label-number"]
    baselines = [q for q in usable if q.role == "baseline"]
    pairs = from_to_pairs(folded, usable)
    if pairs:
        ia, ib, start = pairs[0]
        a, b = usable[ia], usable[ib]
        if a.value is not None and b.value is not None:
            by_values = (
                "increase" if b.value > a.value else "decrease" if b.value < a.value else "maintain"
            )
            same_unit = a.unit is None or b.unit is None or a.unit == b.unit
            if direction in (None, "reach") or (
                # "Shipments held for more than 48 hours cut from 18% to 5%": the qualifier's
                # "more than" is no rise; the two figures say which way it goes (decision 1685)
                same_unit and by_values != "maintain" and direction in ("increase", "decrease")
            ):
                direction = by_values
        words, span = _span_text(text, start, b.end)
        return make_metric(b.value, b.unit or a.unit, a.value, direction, False, words, span)
    baseline = next((q.value for q in baselines), None)
    best = next((q for q in targets if q.text.startswith("百分之")), None)
    if best is None:
        best = next(
            (q for q in targets if q.kind == "multiple" and q.form != "word" and "倍" in q.text),
            None,
        )
    if best is None:
        best = next((q for q in targets if q.kind == "multiple" and q.text.startswith("翻")), None)
    if best is None:
        depths = _bracket_depths(text)
        best = min(targets, key=lambda q: (_priority(folded, q, depths), q.start))
    value = best.value
    if best.kind == "multiple":
        if value is not None and "倍" in best.text and _ADDS_TO_START.search(folded[: best.start]):
            value += 1  # "增加一倍" / "增长两倍" add to the start: one more than the figure
        direction = direction or "increase"
    end = best.end
    if best.unit and best.kind in ("count", "rank") and best.form == "digits" and lang == "en":
        # An English count's noun ("10 new logos") belongs to the metric's words.
        noun = re.compile(rf"(?:\s+[a-z-]+){{0,3}}?\s+{re.escape(best.unit.lower())}(?![a-z])")
        m = noun.match(folded, end, min(len(folded), end + 60))
        if m is not None:
            end = m.end()
    words, span = _span_text(text, best.start, end)
    relative = is_relative(folded, best.start, best.unit, best.end, lang)
    return make_metric(value, best.unit, baseline, direction, relative, words, span)

"""How a figure is bounded: a ceiling ("< 2%", "不超过5起", "5%以内"), a floor ("≥ 99%",
"at least 40"), a cut ("-50%", "down 30%", "下降30%") or a rise ("+15%").

The comparators are data (coach/facts/data/<lang>/comparators.txt: `comparator => side`; a
Chinese entry written `after:以内` follows the figure). `bound(folded, lang, start, end)` reads
the words right before the figure at [start, end) and, for Chinese, right after it. Both
languages' signs are read in either language (drafts mix them: "投诉率 < 0.5%"). Constant work
per figure: only a short window on each side is looked at.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from coach.errors import DataFileError
from coach.wordlists import LANGUAGES, mapping_lines

Side = Literal["max", "min", "minus", "plus"]
SIDES: tuple[Side, ...] = ("max", "min", "minus", "plus")
_VALUE_BEFORE = re.compile(r"(?:\bfrom|\bto|→|->|从|到|至|为)\s*$")
_WINDOW = 24  # characters looked at before a figure: the longest comparator and a blank
# A floor said of what must not happen is a ceiling: "Don't let the refund rate go above 2%",
# "Never exceed 5% no-shows", "churn must not rise above 3%" (decision 440). The negation, an
# optional "let" with what it lets, and a verb of rising, right before the floor's word.
_NEGATED_RISE = re.compile(
    r"(?:\bdon[’']?t|\bdo not|\bdoes not|\bdoesn[’']?t|\bmust not|\bmustn[’']?t|\bnever|"
    r"\bshould not|\bshouldn[’']?t|\bwon[’']?t|\bwill not|\bnot)"
    r"(?:\s+let\s+[^,;:.()]{1,40}?)?"
    r"(?:\s+(?:go|goes|rise|rises|get|gets|climb|climbs|creep|creeps|drift|drifts|slip|slips|be|is|are))?"
    r"\s+$"
)
_NEGATED_WINDOW = 72
# "up"/"down" as the particle of a phrasal verb, not a rise or a cut: "Customer referrals make up
# 30% of new leads", "Mobile takes up 40% of traffic", "Sign up 500 members", "Set up 3 clinics",
# "Break down 20% of the backlog into tickets" (decision 2402). "Step up", "scale up", "ramp up",
# "bring down", "cut down" move the figure and stay a change.
_PARTICLE_VERB = re.compile(
    r"\b(?:make|makes|made|making|take|takes|took|taken|taking|sign|signs|signed|signing"
    r"|set|sets|setting|pick|picks|picked|picking|break|breaks|broke|broken|breaking"
    r"|write|writes|wrote|written|writing|shut|shuts|shutting|use|uses|used|using)\s+$"
)
# The verb of an event between a Chinese comparator and its figure ("最多发生1次").
_ZH_EVENT_VERB = re.compile(r"(?:发生|出现|产生|报告|收到|接到|出|有)$")


@cache
def comparators(lang: str) -> tuple[tuple[tuple[str, Side], ...], tuple[tuple[str, Side], ...]]:
    """(before the figure, after the figure): comparators with their side, longest first."""
    path, rows = mapping_lines("comparators", lang)
    before: list[tuple[str, Side]] = []
    after: list[tuple[str, Side]] = []
    for key, (n, value) in rows.items():
        if value not in SIDES:
            raise DataFileError(f"{path}:{n}: expected a side, one of {SIDES}, got {value!r}")
        side: Side = value  # type: ignore[assignment]
        if key.startswith("after:"):
            after.append((key.removeprefix("after:").strip(), side))
        else:
            before.append((key, side))
    order = lambda kv: (-len(kv[0]), kv[0])  # noqa: E731
    return tuple(sorted(before, key=order)), tuple(sorted(after, key=order))


def _is_sign(key: str) -> bool:
    return not any(ch.isalnum() for ch in key)


def _negated(folded: str, key_start: int) -> bool:
    """Whether the words before a floor's word at `key_start` deny going past it."""
    before = folded[max(0, key_start - _NEGATED_WINDOW) : key_start]
    return _NEGATED_RISE.search(before) is not None


def bound(folded: str, lang: str, start: int, end: int) -> Side | None:
    """The side the comparator next to the figure at [start, end) puts it on, or None."""
    base = max(0, start - _WINDOW)
    window = folded[base:start].rstrip()
    langs = (lang, *(other for other in LANGUAGES if other != lang))
    for lg in langs:
        before, _after = comparators(lg)
        for key, side in before:
            if not window.endswith(key):
                continue
            k = len(window) - len(key)
            prev = window[k - 1] if k > 0 else " "
            if _is_sign(key):
                # A sign, not a range or a hyphenated word: "5-10", "wrong-item".
                if side in ("minus", "plus") and not (prev.isspace() or prev in "(（:：" or k == 0):
                    continue
                if side in ("minus", "plus") and _VALUE_BEFORE.search(window[:k]):
                    continue  # "from +12 to +50": the sign of a value, not a change
            elif key.isascii() and (prev.isascii() and prev.isalnum()):
                continue  # "wonder 5" is not "under 5"
            if (
                side in ("minus", "plus")
                and key.split()[0] in ("up", "down")
                and _PARTICLE_VERB.search(folded, max(0, base + k - 12), base + k)
            ):
                continue  # "make up 30% of new leads" (decision 2402)
            if side == "min" and key.replace(" ", "").isalpha() and _negated(folded, base + k):
                return "max"  # "don't let churn go above 3%": a ceiling (decision 440)
            return side
    # "最多发生1次P1故障", "至多出现2起", "客户最多报告2个关键错误": a Chinese ceiling or floor, then
    # the verb of the event it bounds, then the figure (decision 1282)
    event = _ZH_EVENT_VERB.search(window)
    if event is not None:
        head = window[: event.start()]
        for key, side in comparators("zh")[0]:
            if not _is_sign(key) and not key.isascii() and head.endswith(key):
                return side
    for lg in langs:
        _before, after = comparators(lg)
        rest = folded[end : end + 14].lstrip()
        for key, side in after:
            if rest.startswith(key):
                return side
    return None

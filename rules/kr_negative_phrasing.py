"""kr-negative-phrasing: a key result framed as reducing a bad thing (errors, churn …)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from coach.rule_api import Example, Fix, Hit, LocalEdit, Rule
from coach.wordlists import find_terms, longest_first, mapping, mapping_keys, words
from rules._kr_common import clause_of

# A preposition-like reducer ("below 3%", "不超过5%") only counts with a number right after it.
_COMPARATORS_ZH = ("控制在", "低于", "不超过", "不高于", "少于", "小于")
_COMPARATORS_EN = (
    "down to",
    "below",
    "under",
    "less than",
    "at most",
    "no more than",
    "no higher than",
)
_SUFFIXES_ZH = ("以内", "以下")
# The reduction is the means, not the result: "通过降低错误率提升满意度", "by reducing errors".
_MEANS = re.compile(r"(?:通过|借助|by|through|via)\s*$")
_TO_ZH = re.compile(r"(?<!\s)\s*(?:到|至)")


@dataclass(frozen=True)
class _Value:
    start: int
    end: int
    value: float
    percent: bool
    figure: tuple[int, int]  # the number itself


@dataclass
class _Match:
    term: tuple[int, int, str]
    reducer: tuple[int, int, str]
    values: list[_Value]


class KrNegativePhrasing(Rule):
    """What it does: flags a key result that reduces a negative measure — an error rate,
    churn, complaints, defects, incidents ("把错误比例降低至10%", "Cut churn to 5%") — and, when the
    measure has an exact positive complement (错误率 → 准确率, churn → retention), rewrites it:
    "把精确度提升到90%", "Raise retention to 95%".

    Why is this bad? 使用积极正向的语言: the seed's advice is that “把精确度提升到90%” carries a
    more positive message than “把错误比例降低至10%”. A team rallies more readily behind what it
    builds than behind what it avoids.

    Not flagged: shortening times or cutting costs ("客户问题解决时间缩短至2天", "Reduce p95 latency
    to 200 ms", "Cut cloud spend by 15%") — those are positive goals already; and a reduction
    that is only the means to another result ("通过降低错误率提升满意度").
    """

    id = "kr-negative-phrasing"
    target = "kr"
    severity = "info"
    category = "clarity"
    issue_type = "style"
    fix = "sometimes"
    similar_examples = True
    model_label = "kr-negative-phrasing"
    model_message = {
        "zh": "这条关键结果读起来是消极表述，可以改成积极正向的说法（模型判断）。",
        "en": "This key result reads as negatively phrased; say what should go up instead (the model's reading).",
    }
    principle = {
        "zh": "使用积极正向的语言进行表述：相对于“把错误比例降低至10%”而言，“把精确度提升到90%”"
        "所传递的信息更为积极正向",
        "en": "Use positive language: “raise accuracy to 90%” says more than “cut the error rate "
        "to 10%”",
    }
    message = {
        "zh": "“{phrase}”是负向表述，可以改为正向的说法{suggestion}。",
        "en": "“{phrase}” is phrased negatively; say it positively{suggestion}.",
    }
    explanation = {
        "zh": "关键结果越积极越好。“降低错误率”“减少流失”盯着要避免的坏事，“提升准确率”“提高留存”说的是要做成的好事，"
        "更能鼓舞团队。有互补指标时（错误率与准确率、流失率与留存率）数值用100%减去原值即可。"
        "缩短时间、降低成本本身就是正向目标，不在此列。",
        "en": "The more positive a key result, the better. “Cut errors” and “reduce churn” stare "
        "at what to avoid; “raise accuracy” and “grow retention” name what to achieve and rally "
        "a team better. Where a measure has an exact complement (error rate and accuracy, churn "
        "and retention) the target is 100% minus the old one. Shorter times and lower costs "
        "are positive goals already and are not flagged.",
    }
    examples = (
        Example("zh", "把«错误比例降低至10%»", True),
        Example("zh", "«降低试用期人员季度主动离职率到5%»", True),
        Example("zh", "«客户流失率从8%降低到5%»", True),
        Example("zh", "本季度客户«投诉量减少到每月10起»", True),
        Example("zh", "把精确度提升到90%", False),
        Example("zh", "客户问题解决时间缩短至2天", False),
        Example("zh", "云服务成本降低15%", False),
        Example("zh", "通过降低错误率，把客户满意度提升到90%", False),
        Example("en", "«Reduce error rate to 2%»", True),
        Example("en", "«Cut churn to 5%»", True),
        Example("en", "«Reduce monthly churn from 4% to 2%» by end of Q3", True),
        Example("en", "Keep «churn below 3%» for enterprise accounts", True),
        Example("en", "Raise accuracy to 98%", False),
        Example("en", "Reduce p95 latency to 200 ms", False),
        Example("en", "Cut cloud spend by 15%", False),
        Example("en", "Raise NPS to 50 by reducing support errors", False),
    )

    def check(self, item, draft):
        hits = []
        for m in _matches(item):
            fix = _fix(item, m)
            s = min(m.term[0], m.reducer[0])
            e = max(m.term[1], m.reducer[1], *(v.end for v in m.values))
            suffix = re.match(r"\s*(以内|以下)", item.folded[e:])
            if m.values and suffix:
                e += suffix.end()
            suggestion = {
                "zh": "：说出要做成的事，而不是要避免的事",
                "en": ": name what to achieve",
            }
            if fix is not None:
                new = _apply(item.text, fix.edits, s, e)
                suggestion = {"zh": f"：“{new}”", "en": f": “{new}”"}
            hits.append(
                Hit(
                    span=(s, e),
                    args={"phrase": item.text[s:e], "suggestion": suggestion},
                    fixes=[fix] if fix is not None else [],
                )
            )
        return hits


@cache
def _negative_words(lang: str) -> tuple[str, ...]:
    return longest_first({*mapping("kr_negative_metrics", lang), *words("kr_negative_terms", lang)})


def _negative_terms(item) -> list[tuple[int, int, str]]:
    return find_terms(item.folded, _negative_words(item.language), item.language)


_UNIT_WORD_AFTER = re.compile(r"(?<!\s)\s*(?!for\b|by\b|in\b|per\b)[a-z]+")


def _values_after(item, pos: int, end: int) -> list[_Value]:
    """The first two figures in [pos, end) with their units: "降低到5%", "to 10 tickets"."""
    out: list[_Value] = []
    for q in item.facts.quantities_in(pos, end):
        if q.kind == "label-number" or q.value is None or q.form != "digits":
            continue
        stop = q.end
        if q.kind != "percent" and q.end == q.figure[1]:
            # The thing counted goes with the number: "10 tickets".
            word = _UNIT_WORD_AFTER.match(item.folded, q.end, end)
            if word is not None:
                stop = word.end()
        out.append(_Value(q.start, stop, q.value, q.kind == "percent", q.figure))
        if len(out) == 2:
            break
    return out


def _matches(item) -> list[_Match]:
    text = item.folded
    zh = item.language == "zh"
    comparators = _COMPARATORS_ZH if zh else _COMPARATORS_EN
    reducers = [
        r
        for r in find_terms(
            text,
            mapping_keys("kr_reduce_words", item.language),
            item.language,
        )
        if r[2] not in _SUFFIXES_ZH
    ]
    out: list[_Match] = []
    starts = [r[0] for r in reducers]
    longest = max((r[1] - r[0] for r in reducers), default=0)
    for term in _negative_terms(item):
        cs, ce = clause_of(item, term[0])
        # Only reducers near the term can pair with it (16 characters before, 10 after).
        lo = bisect.bisect_left(starts, max(cs, term[0] - 16 - longest))
        hi = bisect.bisect_left(starts, min(ce, term[1] + 11))
        for r in reducers[lo:hi]:
            if r[1] <= term[0]:
                gap = text[r[1] : term[0]]
                if len(gap) > 16 or _means_before(text, cs, r[0]):
                    continue
            elif r[0] >= term[1]:
                gap = text[term[1] : r[0]]
                if len(gap) > 10 or _means_before(text, cs, term[0]):
                    continue
            else:
                continue
            values = _values_after(item, term[1], ce)
            if r[2] in comparators and not (values and values[0].start - r[1] <= 3):
                continue  # "under the new plan" is not a limit
            out.append(_Match(term, r, values))
            break
    return out


def _means_before(text: str, start: int, pos: int) -> bool:
    """'通过' / 'by' right before `pos` (in the clause from `start`): the reduction is a means."""
    return bool(_MEANS.search(text, max(start, pos - 40), pos))


def _complement(v: float, raw: str) -> str:
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    c = round(100 - v, decimals)
    return f"{c:.{decimals}f}"


def _fix(item, m: _Match) -> Fix | None:
    """Swap the reducer and the measure for their positive counterparts; complement % values."""
    lang = item.language
    text = item.text
    folded = item.folded
    complements = mapping("kr_negative_metrics", lang)
    positive = complements.get(m.term[2])
    if positive is None:
        return None  # no exact complement: say so, but do not invent one
    if m.values and not all(v.percent for v in m.values):
        return None  # counts or durations have no 100 − x complement
    if any(v.value > 100 for v in m.values):
        return None
    relative = bool(m.values) and _is_relative(item, m)
    edits: list[LocalEdit] = []
    reducer = mapping("kr_reduce_words", lang)[m.reducer[2]]
    verb_first = m.reducer[1] <= m.term[0]
    if lang == "zh" and verb_first and (to := _TO_ZH.match(folded, m.term[1])):
        # "降低X离职率到5%" → "X留存率提升到95%"
        edits.append(LocalEdit(m.reducer[0], m.reducer[1], ""))
        edits.append(LocalEdit(m.term[0], m.term[1], positive))
        edits.append(LocalEdit(to.start(), to.end(), "提升到"))
    else:
        original = text[m.reducer[0] : m.reducer[1]]
        if original[:1].isupper():
            reducer = reducer[:1].upper() + reducer[1:]
        edits.append(LocalEdit(m.reducer[0], m.reducer[1], reducer))
        edits.append(LocalEdit(m.term[0], m.term[1], positive))
    placeholders: list[str] = []
    for v in m.values:
        fs, fe = v.figure
        if relative:
            edits.append(LocalEdit(fs, fe, "[N]"))
            placeholders.append("[N]")
        else:
            edits.append(LocalEdit(fs, fe, _complement(v.value, folded[fs:fe])))
    if lang == "zh" and m.values:
        last = m.values[-1].end
        suffix = re.match(r"\s*(以内|以下)", folded[last:])
        if suffix:
            edits.append(LocalEdit(last + suffix.start(1), last + suffix.end(1), "以上"))
    return Fix(
        edits=edits,
        placeholders=placeholders,
        applicability="display-only" if placeholders else "unsafe",
    )


def _is_relative(item, m: _Match) -> bool:
    """'降低20%' / 'reduce churn by 20%' change by an amount: no complement."""
    region = item.folded[min(m.reducer[0], m.term[0]) : m.values[0].start]
    if item.language == "zh":
        return not re.search(r"到|至|为|在|从|低于|不超过|不高于|少于|小于|控制", region)
    return bool(re.search(r"\bby\s*$", region))


def _apply(text: str, edits: list[LocalEdit], s: int, e: int) -> str:
    out = text[s:e]
    for ed in sorted(edits, key=lambda x: x.start, reverse=True):
        if s <= ed.start and ed.end <= e:
            out = out[: ed.start - s] + ed.replacement + out[ed.end - s :]
    return out


RULE = KrNegativePhrasing()

"""coach.facts.needs: a pattern is skipped only where it cannot match."""

from __future__ import annotations

import re
import sys

import pytest

from coach.facts import timeframes
from coach.facts.needs import Looks, fold_case, in_ascii, look, may_match, needed


def test_needed_strings() -> None:
    assert needed(re.compile(r"(?:by |before )?end of (?:q[1-4]|the year)", re.I)) == {"end of "}
    assert needed(re.compile(r"\d+ (?:days|weeks)")) == {"days", "weeks"}
    assert needed(re.compile(r"[上下]半年")) == {"半年"}
    assert needed(re.compile(r"Q[1-4]")) == {"q"}
    # nothing it can name: every text is scanned
    assert needed(re.compile(r"\d+")) is None
    assert needed(re.compile(r"(?:x)?")) is None
    assert needed(re.compile(r"a|\d")) is None


def test_may_match() -> None:
    need = look(needed(re.compile(r"by (?:june|july)", re.I)))
    assert may_match(fold_case("Ship it BY JUNE"), need)
    assert not may_match(fold_case("Ship it in June"), need)
    assert may_match(fold_case("anything"), None)
    assert not in_ascii(needed(re.compile(r"[上下]半年")))
    assert in_ascii(needed(re.compile(r"Q[1-4]|[一二三四]季度")))


def _all_characters() -> str:
    return "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def _pattern_characters() -> set[str]:
    chars: set[str] = set()
    for _k, pattern in timeframes._SCAN_ORDER["en"]:
        for s in needed(pattern) or ():
            chars.update(s)
        chars.update(c for c in pattern.pattern if c.isalpha())
    return chars


@pytest.mark.parametrize("flags", [re.I, 0])
def test_fold_case_keeps_every_case_insensitive_match(flags: int) -> None:
    """Every character the engine matches to a letter of the patterns (IGNORECASE included:
    'ſ' is 's', 'K' (Kelvin) is 'k', 'ı' is 'i') folds to a text holding that letter folded."""
    everything = _all_characters()
    for ch in sorted(_pattern_characters()):
        want = fold_case(ch)
        for m in re.finditer(re.escape(ch), everything, flags):
            assert want in fold_case(m.group(0)), (ch, m.group(0))


def _scan(text: str, lang: str, look: bool) -> list[tuple[str, tuple[int, int]]]:
    order = timeframes._SCAN_ORDER[lang]
    passing = timeframes._LOOKS[lang].passing(fold_case(text))
    return [
        (kind, m.span())
        for i, (kind, pattern) in enumerate(order)
        if not look or i in passing
        for m in pattern.finditer(text)
    ]


def test_time_spans_unchanged_by_the_look() -> None:
    texts = [
        "Ship the new onboarding by end of Q3",
        "BY JUNE 30, cut churn from 5% to 3%",
        "Launch before Black Friday; respond within 2 days",
        "在2025年6月底前上线新版本",
        "下半年完成3个城市的试点",
        "Keep the ſite up in the first half",
        "Run the offsite after the board meeting next month",
        "每周一次复盘，本季度完成",
    ]
    for text in texts:
        for lang in ("en", "zh"):
            assert _scan(text, lang, look=True) == _scan(text, lang, look=False), text


def test_looks_in_one_scan_are_each_look() -> None:
    """Looks.passing names exactly the patterns whose own look (may_match) passes: with needed
    strings that are prefixes of others, that overlap, or start where another ends."""
    needs = [
        frozenset({"季度"}),
        frozenset({"季度末", "年底"}),
        frozenset({"end of "}),
        frozenset({"end"}),
        frozenset({"d of", "of t"}),
        None,
        frozenset({"q"}),
    ]
    looks = Looks(needs)
    texts = ["本季度末完成", "季度", "年底前", "by end of the year", "endless", "d oft", "", "Q3"]
    for text in texts:
        folded = fold_case(text)
        want = {i for i, n in enumerate(needs) if may_match(folded, look(n))}
        assert looks.passing(folded) == want, text
    for lang, order in timeframes._SCAN_ORDER.items():
        for text in [*texts, "在2025年6月底前上线新版本", "Launch before Black Friday", "下半年"]:
            folded = fold_case(text)
            want = {i for i, (_k, p) in enumerate(order) if may_match(folded, look(needed(p)))}
            # the English patterns' clauses (needs.needed_all) leave out more: only patterns
            # that cannot match (speed22)
            got = timeframes._LOOKS[lang].passing(folded)
            assert got <= want, text
            assert all(order[i][1].search(text) is None for i in want - got), text
            if lang == "zh":
                assert got == want, text


def test_grade_searches_unchanged_by_the_look() -> None:
    """The grade and status patterns searched behind their looks (coach.facts.grades.LOOKS, the
    annotator's score and status labels) find what they find without them."""
    from coach import annotate
    from coach.facts import grades
    from coach.facts.needs import search

    texts = [
        "完成季度招聘任务10人 —— 进度 40%",
        "Automate offer letters (Progress: 70%)",
        "Cut onboarding time to 3 days => 80%",
        "Ship the billing page => In progress as of March",
        "Lift NPS to 45 [Score: 0.7] (Status: on track)",
        "客户满意度提升到90% 得分：0.6 状态：进行中",
        "PROGRESS 0.5",
        "完成度：.8",
        "Raise retention from 35% => 45%",
    ]
    patterns = [grades.STATUS_NOTE_RE, *grades.PROGRESS_RES]
    for text in texts:
        folded = fold_case(text)
        for pattern in patterns:
            found = grades.search_tail(pattern, text, folded)
            assert (found and found.span()) == ((m := pattern.search(text)) and m.span()), text
        for pattern, need in (
            (annotate.SCORE_LABEL_RE, annotate._SCORE_LOOK),
            (annotate.STATUS_LABEL_RE, annotate._STATUS_LOOK),
        ):
            found = search(pattern, need, text, folded)
            assert (found and found.span()) == ((m := pattern.search(text)) and m.span()), text
    assert any(grades.LOOKS.values())  # the looks are there to be tested


def test_directions_unchanged_by_the_look() -> None:
    """The direction words (coach.facts.metric.Directions) found behind the patterns' looks
    (_DIRECTION_LOOKS) are those every pattern's scan finds, in both languages' preference."""
    from coach.facts.metric import _DIRECTION, _DIRECTION_LOOKS, Directions
    from coach.text import fold

    texts = [
        "把月流失率从5%降低到3%",
        "司机流失率不超过5%，比去年少了2个点",
        "保持NPS稳定在40以上",
        "Grow ARR to $2M and keep churn below 3%",
        "HOLD 4 volunteer training sessions; maintain uptime at least 99.9%",
        "Reduce tickets by 20% 提升满意度到90%",
        "Reach 100 customers, no more than 5 escalations",
        "Stay under budget — ſustain the ſite",
        "",
    ]
    for text in texts:
        folded = fold(text)
        assert _DIRECTION_LOOKS.passing(fold_case(folded)) <= set(range(len(_DIRECTION)))
        for lang in ("zh", "en"):
            full: tuple[list[tuple[int, int, str]], ...] = ([], [])
            for order, (dlang, direction, pattern) in enumerate(_DIRECTION):
                pref = full[0] if dlang == lang else full[1]
                pref.extend((m.start(), order, direction) for m in pattern.finditer(folded))
            assert Directions(folded, lang)._found == [sorted(f) for f in full], text

"""Property tests: any text gives a Review or an InputError, and every span lies in the input.

Quick by default (about 200 generated drafts). For a long run:
    OKR_COACH_FUZZ_EXAMPLES=10000 python -m pytest tests/test_properties.py
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach import review
from coach.errors import InputError
from coach.parse import _INVISIBLE
from coach.review import parse
from coach.types import Review

EXAMPLES = int(os.environ.get("OKR_COACH_FUZZ_EXAMPLES", "0") or 0)
QUICK = settings(
    max_examples=EXAMPLES or 100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
HALF = settings(QUICK, max_examples=EXAMPLES or 50)
FEW = settings(
    max_examples=max(3, EXAMPLES // 50) if EXAMPLES else 5,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

LABELS = [
    "O:",
    "O1：",
    "Objective 1 - ",
    "目标：",
    "目标2:",
    "公司OKRs目标:",
    "**O1:**",
    "KR1:",
    "KR2：",
    "Key Result 1:",
    "关键结果1：",
    "关键结果：",
    "1.",
    "1、",
    "（1）",
    "- ",
    "* ",
    "• ",
    "① ",
    "# ",
    "## ",
    "Objective",
    "Key Results",
    "",
]
WORDS = [
    "提升",
    "客户满意度",
    "从30提升到45",
    "增加20%",
    "百分之三十",
    "翻一番",
    "两倍",
    "1.5万",
    "¥200万",
    "$1.5M",
    "10k",
    "Raise NPS",
    "from 30% to 45%",
    "by September 1",
    "end of Q3",
    "本季度",
    "9月1日前",
    "within 90 days",
    "在3小时内回复",
    "每月",
    "负责人：张三",
    "（张三）",
    "(owner: Alice)",
    "@bob",
    "DRI: Bob",
    "[P1]",
    "（P2）",
    "0.9 完成",
    "完成一半",
    "XX场",
    "[N]%",
    "Facebook",
    "🚀",
    "👩‍👩‍👧",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u3000",
    "ｆｕｌｌ－ｗｉｄｔｈ",
    "１０％",
    "9" * 40,
    "1e308",
    "-0.0",
    "١٢٣",
    "שלום",
    "Ωmega",
    "(",
    "（",
    ")",
    "**",
    "#",
    ":",
    "：",
    "%",
    "\t",
    " ",
]

line = st.builds(
    lambda indent, label, words: indent + label + "".join(words),
    st.sampled_from(["", "", "  ", "    ", "\t", "\u3000"]),
    st.sampled_from(LABELS),
    st.lists(st.sampled_from(WORDS) | st.text(max_size=6), max_size=8),
)
okr_like = st.lists(line | st.just(""), min_size=1, max_size=25).map("\n".join)
newline = st.sampled_from(["\n", "\r\n", "\r", "\u2028"])
any_text = st.text(max_size=300) | okr_like | st.lists(line, max_size=10).map("\r\n".join)


def input_spans(result: Review) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for o in result.objectives:
        out.append((o.id, o.span.start, o.span.end))
        for k in o.key_results:
            out.append((k.id, k.span.start, k.span.end))
            if k.rewrite is not None:
                out += [(k.id + " rewrite", e.start, e.end) for e in k.rewrite.edits]
        if o.rewrite is not None:
            out += [(o.id + " rewrite", e.start, e.end) for e in o.rewrite.edits]
    for f in result.findings:
        out.append((f.rule_id, f.span.start, f.span.end))
        for s in f.suggestions:
            out += [(f.rule_id + " edit", e.start, e.end) for e in s.edits]
    return out


def check_review(text: str) -> None:
    try:
        result = review(text)
    except InputError as err:
        assert err.code and str(err)
        return
    assert isinstance(result, Review)
    for what, start, end in input_spans(result):
        assert 0 <= start <= end <= len(text), (what, start, end, len(text))


def check_pieces(text: str) -> None:
    """An item's text is the input's pieces joined (a space may stand for a line break)."""
    try:
        draft = parse(text)
    except InputError:
        return
    # the parse reads traditional characters in their simplified forms and soft line breaks as
    # newlines, one for one (decision 378): the pieces are those of the text it read
    assert len(draft.text) == len(text)
    assert draft.original in (None, text)
    text = draft.text
    for it in draft.items():
        assert len(it.offsets) == len(it.text) + 1
        assert all(a < b for a, b in zip(it.offsets, it.offsets[1:], strict=False))
        for i, ch in enumerate(it.text):
            if ch == " " and text[it.offsets[i]] != " ":
                # a Markdown hard line break ("…\\" before the newline) is a break too
                assert text[it.offsets[i]].isspace() or text[it.offsets[i]] in "*_\\" + _INVISIBLE
            else:
                assert text[it.offsets[i]] == ch
        assert 0 <= it.start <= it.end <= len(text)
        assert len(it.plain) == len(it.text) == len(it.folded)
        for span in (it.owner_span, it.deadline_span):
            if span is not None:
                assert 0 <= span[0] <= span[1] <= len(it.text)


@QUICK
@given(any_text)
def test_review_never_crashes_and_spans_lie_in_the_input(text: str) -> None:
    check_review(text)


@QUICK
@given(okr_like)
def test_item_text_is_a_join_of_input_pieces(text: str) -> None:
    check_pieces(text)


@HALF
@given(st.lists(line, min_size=1, max_size=12), newline)
def test_line_endings(lines: list[str], nl: str) -> None:
    text = nl.join(lines)
    check_pieces(text)
    check_review(text)


@FEW
@given(st.lists(line, min_size=1, max_size=30), st.integers(min_value=100, max_value=3000))
def test_thousands_of_lines(lines: list[str], times: int) -> None:
    text = "\n".join(lines * times)[:20_000]
    check_pieces(text)
    check_review(text[:20_000])

"""Issue 13 (speed26b): the parser asks fewer regex questions of a line, with the same answers.

- `_list_match`, `_bare_label`, `_marker_only` are bounded caches of LIST_RE.match,
  BARE_LABEL_RE.match and _MARKER_ONLY_RE.fullmatch: the same match for the same text.
- Prefilters skip a pattern only where it cannot match: a weight note ends in a bracket or a
  percent sign (`_WEIGHT_NOTE_ENDS`, `_BARE_WEIGHT_ENDS`); the list-intro sentences end in a colon; a quoted labelled set
  opens with a quote mark; a spaced table's header has a gap of two spaces or an ideographic one.
Each prefilter is checked as an implication (pattern matches ⇒ the prefilter lets it through)
over every line of the draft corpus and hand-written lines, some of which do match (so the
check cannot pass vacuously).
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import pytest

P = importlib.import_module("coach.parse")
from coach import parse_tables as tables  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from drafts import FlawedDrafts  # noqa: E402

# Lines written for these tests: each matches one of the guarded patterns, and variants
# around them do not.
MATCHING = [
    "KR1：新签经销商30家（权重50%）",
    "KR2: Win 3 regional chains (weight: 25%)",
    "完成 3 个语言版本开发（40%）",
    "用户测试通过率 ≥90%（70%）",
    "KR3 把退货处理时长降到2天 权重 20%",
    "Cut churn to 4% [Weighting: 30]",
    "以下是我们部门的关键结果：",
    "Objectives for the quarter include:",
    "三个 KR：",
    "目标应具体可衡量，能让团队看清方向，例如：",
    "假设 O 是把华东门店复购率做到行业前三，而 KR 部分我们写了以下几条：",
    "某乡镇卫生院定下“慢病随访全覆盖”的服务目标：",
    "年初我们写下“O1：让新客次月留存过半；KR1：次月留存率52%”，后来改了。",
    "- 1. Sales OKR",
    "Objective:",
    "关键结果",
    "-",
    "1.",
    "Objective  Owner  Due",
    "目标\u3000负责人\u3000截止",
]


def _corpus_lines() -> list[str]:
    lines: list[str] = []
    for data in sorted((ROOT / "models/data/drafts").glob("*.jsonl")):
        for row in data.read_text(encoding="utf-8").splitlines():
            if row.strip():
                lines += json.loads(row)["text"].splitlines()
    for lang in ("zh", "en"):
        for d in FlawedDrafts(lang, 3).take(40):
            lines += d.splitlines()
    return lines


LINES = _corpus_lines() + MATCHING


def _variants(t: str) -> list[str]:
    return [t, t.strip(), t + "\n", t + " ", t.replace("**", "").replace("__", "").strip()]


def test_cached_reads_give_the_pattern_s_own_match() -> None:
    for t in LINES + [f"{t}\n" for t in MATCHING]:
        for cached, pattern in (
            (P._list_match, P.LIST_RE.match),
            (P._bare_label, P.BARE_LABEL_RE.match),
            (P._marker_only, P._MARKER_ONLY_RE.fullmatch),
        ):
            a, b = cached(t), pattern(t)
            assert (a is None) == (b is None), t
            if a is not None:
                assert a.span() == b.span() and a.groupdict() == b.groupdict(), t
                assert cached(t) is a  # read once
    assert P._list_match("- 1. Sales OKR") is not None
    assert P._bare_label("Objective:") is not None
    assert P._marker_only("1.") is not None and P._marker_only("KR1:") is None
    # bounded: a long-running worker's caches do not grow with every draft it reads
    for f in (P._list_match, P._bare_label, P._marker_only):
        assert 0 < f.cache_info().maxsize <= 512


def test_a_weight_note_ends_in_a_bracket_or_a_percent_sign() -> None:
    hits = 0
    for line in LINES:
        for t in _variants(line):
            if P._WEIGHT_NOTE_RE.search(t):
                hits += 1
                assert P._end_char(t) in P._WEIGHT_NOTE_ENDS, t
            if P._BARE_WEIGHT_RE.search(t):
                assert P._end_char(t) in P._BARE_WEIGHT_ENDS, t
    assert hits >= 10


def test_weights_are_still_read() -> None:
    text = (
        "O1：提升华南区渠道覆盖（权重40%）\nKR1：新签经销商30家（权重50%）\n"
        "KR2：完成 3 个语言版本开发（40%）\nKR3: Win 3 regional chains (weight: 25%)"
    )
    o = P.parse_text(text).objectives[0]
    assert [it.cells["weight"].text for it in [o, *o.key_results]] == ["40%", "50%", "40%", "25%"]
    # no weight: the wording is whole
    o = P.parse_text("O1：提升渠道覆盖\nKR1：新签经销商30家（从12家）").objectives[0]
    assert "weight" not in o.key_results[0].cells


@pytest.mark.parametrize(
    "name, method",
    [
        ("_QUOTED_GOAL_LINE_RE", "fullmatch"),
        ("_O_IS_LEAD_RE", "search"),
        ("_EXAMPLE_INTRO_RE", "match"),
        ("_COUNTED_KRS_RE", "fullmatch"),
        ("_LIST_INTRO_RE", "search"),
    ],
)
def test_a_list_intro_sentence_ends_in_a_colon(name: str, method: str) -> None:
    f = getattr(getattr(P, name), method)
    hits = 0
    for line in LINES:
        for v in _variants(line):
            t = v.replace("**", "").replace("__", "").strip()  # as list_intro reads it
            if f(t):
                hits += 1
                assert t.endswith((":", "：")), t
    assert hits >= 1, name


def test_a_quoted_labelled_set_opens_with_a_quote_mark() -> None:
    hits = 0
    for t in LINES:
        if P._QUOTED_LABELS_RE.search(t):
            hits += 1
            assert "‘" in t or "“" in t or "「" in t, t
    assert hits >= 1


def test_a_spaced_header_has_a_gap() -> None:
    hits = 0
    for t in LINES:
        if tables.split_spaced(t, 0, None) is not None:
            hits += 1
            assert "  " in t or "\u3000" in t, t
    assert hits >= 2

"""Rendering: display widths, line/column lookup, underlines, Markdown escaping."""

from __future__ import annotations

import pytest

from coach.render import (
    SourceLines,
    TextStyle,
    display_width,
    md_code,
    md_escape,
    render_markdown,
    render_text,
    underline,
)
from coach.types import Check, Finding, KeyResult, Objective, Review, Span, Suggestion


@pytest.mark.parametrize(
    ("text", "width"),
    [
        ("abc", 3),
        ("目标", 4),
        ("ＫＲ１", 6),  # full-width Latin
        ("🎉", 2),
        ("e\u0301", 1),  # e + combining acute accent
        ("a\u200bb", 2),  # zero-width space
        ("中a🎉", 5),
    ],
)
def test_display_width(text, width):
    assert display_width(text) == width


def test_underline_after_cjk_and_emoji():
    line = "🎯 目标：提升 NPS 到 45"
    start = line.index("NPS")
    marks = underline(line, start, start + 3)
    # 🎯 (2) + space (1) + 目标：提升 (5 wide chars = 10) + space (1) = 14 cells before "NPS".
    assert marks == " " * 14 + "^^^"


def test_underline_of_an_empty_span_is_one_caret():
    assert underline("目标：", 3, 3) == " " * 6 + "^"


def test_underline_with_tab():
    assert underline("\tKR1", 1, 4) == " " * 4 + "^^^"


def test_source_lines_locate_and_excerpt():
    src = "# 标题\r\n目标：甲\n\nKR1：乙丙"
    lines = SourceLines(src)
    assert lines.locate(0) == (1, 1)
    assert lines.locate(src.index("甲")) == (2, 4)
    assert lines.locate(src.index("乙")) == (4, 5)
    assert lines.locate(len(src)) == (4, 7)
    ((n, line, marks),) = lines.excerpt(src.index("乙"), len(src))
    assert (n, line, marks) == (4, "KR1：乙丙", " " * 5 + "^^^^")  # KR1 (3) + ： (2)


def test_excerpt_spanning_lines_underlines_each():
    src = "O: first part\n   second part\nKR1: x"
    start = src.index("first")
    end = src.index("\nKR1")
    got = SourceLines(src).excerpt(start, end)
    assert [(n, m) for n, _, m in got] == [(1, "   " + "^" * 10), (2, "^" * 14)]


def _review(source: str) -> Review:
    o_start = source.index("：") + 1
    o_end = source.index("\n")
    kr_start = source.index("NPS")
    return Review(
        language="zh",
        ui_language="zh",
        version="test",
        score=70,
        objectives=[
            Objective(
                id="o1",
                text=source[o_start:o_end],
                span=Span(start=o_start, end=o_end),
                language="zh",
                score=70,
                checks=[Check(principle="原则甲", status="pass", rule_id="rule-a")],
                key_results=[
                    KeyResult(
                        id="o1.kr1",
                        text=source[kr_start:],
                        span=Span(start=kr_start, end=len(source)),
                        language="zh",
                        checks=[
                            Check(principle="原则乙", status="fail", rule_id="rule-b"),
                            Check(principle="原则丙", status="unknown", rule_id="rule-c"),
                        ],
                    )
                ],
            )
        ],
        findings=[
            Finding(
                rule_id="rule-b",
                severity="warning",
                target="o1.kr1",
                span=Span(start=kr_start, end=kr_start + 3),
                message="消息",
                explanation="解释",
                suggestions=[Suggestion(text="NPS 从 [基线] 提升到 45", placeholders=["[基线]"])],
            ),
            Finding(
                rule_id="rule-d",
                severity="info",
                target="set",
                span=Span(start=0, end=2),
                message="整体消息",
                explanation="",
            ),
        ],
    )


SOURCE = "目标：🎯让客户爱上我们\n关键结果1：NPS 提升到 45"


def test_render_text_layout():
    out = render_text(_review(SOURCE), SOURCE, TextStyle(color=False, full_checklist=True))
    lines = out.splitlines()
    assert lines[0].startswith("O1 目标：🎯让客户爱上我们")
    assert "  ✓ 原则甲  rule-a" in lines
    assert "    ✗ 原则乙  rule-b" in lines
    assert "    ? 原则丙  rule-c" in lines
    # severities in the interface's words, as every other label (tester10 C3)
    i = lines.index("    2:7 警告 rule-b 消息")
    assert lines[i + 1] == "      2 | 关键结果1：NPS 提升到 45"
    assert lines[i + 2] == "        | " + " " * 11 + "^^^"
    assert lines[i + 3] == "      原因：解释"
    assert lines[i + 4] == "      建议：NPS 从 [基线] 提升到 45"
    assert lines[i + 5].strip() == "待填写：[基线]"
    assert "整体" in lines  # the set-level section
    assert "  1:1 提示 rule-d 整体消息" in lines
    assert lines[-1] == "1 个目标，1 个关键结果：0 个错误，1 个警告，1 个提示；得分 70/100"


def test_render_text_without_explanations_and_ascii():
    out = render_text(
        _review(SOURCE), SOURCE, TextStyle(unicode=False, explain=False, full_checklist=True)
    )
    assert "原因" not in out
    assert "  + 原则甲" in out and "    x 原则乙" in out


def test_render_text_colour_only_adds_escapes():
    review = _review(SOURCE)
    plain = render_text(review, SOURCE, TextStyle(color=False))
    coloured = render_text(review, SOURCE, TextStyle(color=True))
    import re

    assert "\x1b[" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain


def test_render_markdown():
    out = render_markdown(_review(SOURCE), SOURCE)
    assert out.startswith("## OKR 评审：70/100\n")  # Chinese punctuation (tester41)
    assert "### O1 · 🎯让客户爱上我们（得分 70/100）" in out
    assert "#### o1.kr1 · NPS 提升到 45" in out
    assert "| ❌ 未通过 | 原则乙 | `rule-b` |" in out
    assert "- **警告** `rule-b` (行 2:7): 消息" in out
    assert "  - 建议: `NPS 从 [基线] 提升到 45` (待填写: `[基线]`)" in out
    assert "### 整体" in out


def test_md_escape_and_code():
    assert md_escape("a|b *c* [N]") == "a\\|b \\*c\\* \\[N\\]"
    assert md_code("x") == "`x`"
    assert md_code("use `make`") == "`` use `make` ``"
    assert md_code("a `b` c") == "``a `b` c``"
    assert md_code("`a`") == "`` `a` ``"
    assert md_code("a\nb") == "`a ⏎ b`"


def test_render_text_compact_checklist_counts_passes():
    lines = render_text(_review(SOURCE), SOURCE, TextStyle()).splitlines()
    assert "  ✓ 1 条原则通过" in lines
    assert "  ✓ 原则甲  rule-a" not in lines
    assert "    ✗ 原则乙  rule-b" in lines and "    ? 原则丙  rule-c" in lines


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_rewrite_two_findings_share_is_printed_once(lang):
    from coach import review

    draft = (
        "Objective: Win back small shops this quarter (owner: Ana)\nKR1: Significantly reduce cost per lead"
        if lang == "en"
        else "目标：本季度让小店老板重新选择我们（负责人：王芳）\n关键结果1：尽量减少获客成本"
    )
    rv = review(draft)
    texts = [s.text for f in rv.findings if f.target == "o1.kr1" for s in f.suggestions]
    shared = next(t for t in texts if texts.count(t) > 1)  # the review JSON keeps both
    for out in (render_text(rv, draft, TextStyle(color=False)), render_markdown(rv, draft)):
        assert out.count(shared) == 1, out
        # "the same as above", or naming the rule when something else is printed between
        # (an example; decision 1297)
        assert ("the same as " if lang == "en" else "同上") in out

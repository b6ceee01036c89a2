"""Decisions 550-552, 554, 555 (advice14): a negatively phrased key result whose good-event complement is
plain gets that rewrite, not a generic question; a zero whose good side the item's own words
give is said as that share; a table row's figures turn with its measure."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review

NO_MODEL = Config(semantic=False)


def _suggestion(draft: str):
    rv = review(draft, config=NO_MODEL, select=["kr-negative-phrasing"])
    (f,) = rv.findings
    return f.suggestions[0]


def _applied(draft: str) -> str:
    s = _suggestion(draft)
    out = draft
    for e in sorted(s.edits, key=lambda e: -e.start):
        out = out[: e.start] + e.replacement + out[e.end :]
    return out


ZH = "目标：本季度让客户更满意\n关键结果：{}（负责人：王芳）"
EN = "Objective: Delight our customers in Q3\nKR: {} (owner: Ana)"


@pytest.mark.parametrize(
    ("draft", "text"),
    [
        # decision 550: rates turned exactly, the scope the complement names said once
        (ZH.format("投诉率 < 0.5%"), "无投诉订单占比 > 99.5%（负责人：王芳）"),
        (ZH.format("订单投诉率从1.2%降到0.5%"), "无投诉订单占比从98.8%提升到99.5%（负责人：王芳）"),
        # counts and relative changes: the good side named, the old figures watched
        (
            ZH.format("前端报错率降低50%"),
            "前端无报错会话占比从[基线]提升到[目标值]（负责人：王芳）",
        ),
        (ZH.format("崩溃率降低30%"), "无崩溃会话率从[基线]提升到[目标值]（负责人：王芳）"),
        (
            ZH.format("客户投诉量从每月40起降到10起"),
            "无投诉订单占比从[基线]提升到[目标值]（负责人：王芳）",
        ),
        (
            EN.format("Bring customer complaints under 104"),
            "Raise the share of customers with no complaint from [baseline] to [target] "
            "(owner: Ana)",
        ),
        (
            EN.format("Reduce rework from 12% to 5%"),
            "Raise first-pass yield from [baseline] to [target] (owner: Ana)",
        ),
        (ZH.format("付款差错0笔"), "付款准确率达到100%（负责人：王芳）"),
        # decision 555: reopened tickets turn into the tickets that stay resolved
        (
            EN.format("Reopened tickets under 4%"),
            "More than 96% of tickets stay resolved (owner: Ana)",
        ),
        # a steering verb is no scope, and a scope the complement names is said once
        (
            EN.format("Bring change failure rate down from 18% to under 5%"),
            "Raise change success rate from 82% to 95% (owner: Ana)",
        ),
        # decision 551: a zero said by the item's own words as the share kept whole
        (
            EN.format("0 surprise churns (every churn flagged red ≥ 60 days before)"),
            "100% of churns flagged red ≥ 60 days before (owner: Ana)",
        ),
        (
            EN.format("0 missed renewals (each renewal closed 30 days before expiry)"),
            "100% of renewals closed 30 days before expiry (owner: Ana)",
        ),
        (
            EN.format("0 deals slipping out of Q1 commit"),
            "100% of Q1 commit deals close as committed (owner: Ana)",
        ),
    ],
)
def test_a_plain_complement_is_offered_not_asked(draft: str, text: str) -> None:
    s = _suggestion(draft)
    assert not s.asks
    assert s.text == text
    assert "保留原样" not in (s.note or "") and "stay as it is" not in (s.note or "")


@pytest.mark.parametrize(
    "item",
    [
        "0 data incidents (every incident reviewed within 48 hours)",  # the bracket adds work
        "Zero customer complaints this quarter",  # a zero held (decision 369)
    ],
)
def test_a_bracket_that_adds_work_or_a_zero_held_is_still_asked(item: str) -> None:
    assert _suggestion(EN.format(item)).asks


def test_a_zero_of_complaints_is_still_asked() -> None:
    assert _suggestion(ZH.format("12315投诉0起")).asks


ROWS_ZH = (
    "目标：本季度让客户更满意\n| 关键结果 | 当前 | 目标 |\n|---|---|---|\n"
    "| 发货差错率 | 1.2% | <0.3% |\n"
)
ROWS_ZH_COUNT = (
    "目标：本季度让客户更满意\n| 关键结果 | 当前 | 目标 |\n|---|---|---|\n"
    "| 客户投诉量 | 40起/月 | 10起/月 |\n"
)
ROWS_EN = (
    "Objective: Keep every customer we win (Q3)\n| Key result | Current | Target |\n|---|---|---|\n"
    "| Monthly churn | 4% | 2% |\n"
)


def test_a_table_row_turns_its_own_figures() -> None:
    # decision 552: the row's current and target cells become the complements
    assert _applied(ROWS_ZH).endswith("| 发货准确率 | 98.8% | >99.7% |\n")
    assert _applied(ROWS_EN).endswith("| Monthly retention | 96% | 98% |\n")
    s = _suggestion(ROWS_ZH)
    assert not s.placeholders and "98.8%" in s.note and "99.7%" in s.note


def test_a_table_row_of_counts_blanks_its_cells_and_keeps_the_count_to_watch() -> None:
    assert _applied(ROWS_ZH_COUNT).endswith("| 无投诉订单占比 | [基线] | [目标值] |\n")
    s = _suggestion(ROWS_ZH_COUNT)
    assert "40起/月 → 10起/月" in s.note


@pytest.mark.parametrize(
    ("item", "compound"),
    [
        ("达人合作数量：头部5位+腰部50位+尾部300位", False),  # one count by tier (decision 554)
        ("新签客户：华东10家+华南8家", False),
        ("新签客户20家+回款率95%", True),  # two measures
    ],
)
def test_one_count_by_tier_is_not_two_results(item: str, compound: bool) -> None:
    rv = review(ZH.format(item), config=NO_MODEL, select=["kr-compound"])
    assert bool(rv.findings) is compound

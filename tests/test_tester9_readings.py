"""What a fresh-eyed tester found in round nine (issue 8; docs/principles.md decisions 495–499):
a table's 目标 column as the target value, a named year as the set's only time frame, a
promise's time phrase that is no cycle, an owner after a function and a colon, and drafts that
hold no objective to review."""

from __future__ import annotations

import pytest

from coach import review


def _findings(text: str, rule: str) -> list[str]:
    return [f.target for f in review(text).findings if f.rule_id == rule]


def _checks(text: str, item: str, rule: str) -> str:
    rv = review(text)
    for o in rv.objectives:
        for it in (o, *o.key_results):
            if it.id == item:
                return next(c.status for c in it.checks if c.rule_id == rule)
    raise AssertionError(item)


# -- decision 495: 目标 beside a key-result column is the target value ---------------------------
@pytest.mark.parametrize(
    "header",
    [
        "| 关键结果 | 当前 | 目标 | 负责人 |",
        "| KR | 现状 | 目标 | 负责人 |",
        "| 关键结果 | 目标 | 负责人 |",  # after the key results, with no value column
        "| Key result | Baseline | Goal | Owner |",
    ],
)
def test_a_goal_column_beside_key_results_is_their_target(header: str) -> None:
    text = (
        "Q2 OKR\n\n目标：让门店成为街坊每天都想来的地方\n\n"
        f"{header}\n|---|---|---|---|\n"
        "| 会员复购率 | 21% | 35% | 阿梅 |\n| 外卖好评率 | 92% | 97% | 小周 |\n"
    )
    if header.count("|") == 4:
        text = text.replace("|---|---|---|---|", "|---|---|---|").replace(" 21% |", "")
        text = text.replace(" 92% |", "")
    rv = review(text)
    assert len(rv.objectives) == 1
    assert [k.metric.value for k in rv.objectives[0].key_results] == [35.0, 97.0]


def test_a_goal_column_before_the_key_results_stays_the_objective() -> None:
    rv = review(
        "| 目标 | 关键结果 | 基线 | 负责人 |\n|---|---|---|---|\n"
        "| 让门店成为街坊每天都想来的地方 | 会员复购率提升到35% | 21% | 阿梅 |\n"
        "| | 外卖好评率提升到97% | 92% | 小周 |\n"
    )
    assert [o.text for o in rv.objectives] == ["让门店成为街坊每天都想来的地方"]
    assert len(rv.objectives[0].key_results) == 2


def test_a_rank_named_in_a_table_is_a_measure_not_a_task() -> None:
    text = (
        "2026年Q3 OKR\n\nO1 让我们的保温杯成为类目里最受欢迎的一款\n\n"
        "| 关键结果 | 当前 | 目标 | 负责人 |\n|---|---|---|---|\n"
        "| 类目排名 | 40 | 前5 | 小林 |\n| 复购率 | 12% | 20% | 小林 |\n"
    )
    assert _findings(text, "kr-is-task") == []

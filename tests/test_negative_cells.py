"""Decision 513: a table row whose target cell caps, zeroes or lowers the bad events its key
result cell names is negatively phrased, as the same words in one line are."""

from __future__ import annotations

import pytest

from coach.review import review


def _negative(draft: str) -> dict[str, bool]:
    r = review(draft)
    out = {}
    for o in r.objectives:
        for kr in o.key_results:
            status = {c.rule_id: c.status for c in kr.checks}
            out[kr.text] = status.get("kr-negative-phrasing") == "fail"
    return out


ZH = (
    "O1 让顾客买得放心（本季度）\n"
    "| 关键结果 | 当前 | 目标 | 负责人 |\n|---|---|---|---|\n"
    "| 投诉率 | 2.4% | <1% | 小林 |\n"
    "| 退货率 | 8% | 5% | 小林 |\n"
    "| 好评率 | 90% | 95% | 小林 |\n"
    "| 平均回复时长 | 5分钟 | 2分钟 | 小林 |\n"
)
EN = (
    "O1: Every bus leaves on time (Q3)\n"
    "| Key result | Now | Target | Owner |\n|---|---|---|---|\n"
    "| Breakdowns on the road | 12 | < 5 per month | Ravi |\n"
    "| Rider complaints | 40 | 0 | Dana |\n"
    "| On-time departures | 88% | 96% | Dana |\n"
    "| Average wait at the depot | 22 min | 10 min | Dana |\n"
)


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        (ZH, {"投诉率": True, "退货率": True, "好评率": False, "平均回复时长": False}),
        (
            EN,
            {
                "Breakdowns on the road": True,
                "Rider complaints": True,
                "On-time departures": False,
                "Average wait at the depot": False,
            },
        ),
    ],
)
def test_a_target_cell_that_lowers_bad_events_is_negative_phrasing(
    draft: str, expected: dict[str, bool]
) -> None:
    assert _negative(draft) == expected

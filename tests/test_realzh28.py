"""realzh28 (issue 8, twenty-eighth round): shapes seen in a new set of published Chinese OKRs.

Every wording here is written for this file; none is copied from a published page.
"""

from __future__ import annotations

import pytest

from coach.review import review
from tests._manifests import assert_manifest_keeps_no_text


def _kr_fails(kr: str) -> list[str]:
    rv = review("O：让交付更顺\nKR：" + kr)
    (k,) = rv.objectives[0].key_results
    assert k.text == kr
    return [c.rule_id for c in k.checks if c.status == "fail"]


# -- decision 4010: counted improvement proposals put forward or carried out are effort --------------

COUNTED_PROPOSALS = [
    "本季度实施4个仓储改进方案",
    "全年提出6个客服流程改善方案",
    "落地5个成本优化方案",
    "每月提出2个门店陈列改进方案",
    "下半年推动落实7项质量改进方案",
    "提出不少于5条服务改善方案",
    "年底前提出并落地3个采购流程改进方案",
    "二季度实施6个能耗优化方案",
]


@pytest.mark.parametrize("kr", COUNTED_PROPOSALS)
def test_counted_improvement_proposals_are_activity_counts(kr: str) -> None:
    fails = _kr_fails(kr)
    assert "kr-activity-count" in fails
    assert "kr-is-task" not in fails  # never both (README)
    assert "kr-not-quantified" not in fails


GUARDS_4010 = [
    # adopted by others and counted as a level: an outcome (decision 1076's own near case)
    ("员工采纳的改进方案达到12个", []),
    # a rate about proposals: a measure, not a tally of them
    ("改进方案采纳率达到60%", []),
    ("优化方案通过评审的比例达到80%", []),
    # savings the proposals bring: the result, not the effort
    ("3个改进方案带来的成本节约达到50万元", []),
]


@pytest.mark.parametrize(("kr", "extra"), GUARDS_4010)
def test_proposal_outcomes_stay_results(kr: str, extra: list[str]) -> None:
    fails = _kr_fails(kr)
    assert "kr-activity-count" not in fails
    assert "kr-is-task" not in fails
    for rid in extra:
        assert rid in fails


UNCHANGED_4010 = [
    # one plan to draw up, no count: a deliverable (task), as before
    ("制定仓储改进方案", "kr-is-task", "kr-activity-count"),
    ("完成改进方案评审", "kr-is-task", "kr-activity-count"),
    # a launch of the proposals is a launch (task), as before
    ("Q3上线3个排班优化方案", "kr-is-task", "kr-activity-count"),
    # decision 1076's own nouns read as before
    ("提出并实施至少三项改进建议", "kr-activity-count", "kr-is-task"),
    ("落地5项降本举措", "kr-activity-count", "kr-is-task"),
    ("实施4项安全改善措施", "kr-activity-count", "kr-is-task"),
]


@pytest.mark.parametrize(("kr", "wanted", "not_wanted"), UNCHANGED_4010)
def test_plans_to_draw_up_and_1076_nouns_unchanged(kr: str, wanted: str, not_wanted: str) -> None:
    fails = _kr_fails(kr)
    assert wanted in fails and not_wanted not in fails


def test_the_manifest_keeps_no_text() -> None:
    assert_manifest_keeps_no_text("realzh28", 25, "zh")

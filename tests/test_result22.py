"""Result, not task, twenty-second round (decisions 2120-2139; result22): shapes of key
results misread on wordings result22 wrote (tests/data/result22_krs_*.tsv), each imitated
here by further wordings of the same shape. Each decision's tests failed before it; the guards
keep what must not change."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from coach import review

TASK_RULES = ("kr-is-task", "kr-activity-count")


def task_flagged(kr: str, objective: str = "Make our customers love working with us") -> bool:
    """Whether kr-is-task or kr-activity-count fails (or warns) on the key result."""
    zh = any("\u4e00" <= c <= "\u9fff" for c in kr)
    text = f"目标：{objective}\nKR1：{kr}\n" if zh else f"Objective: {objective}\nKR1: {kr}\n"
    r = review(text)
    (item,) = r.objectives[0].key_results
    return any(c.rule_id in TASK_RULES and c.status == "fail" for c in item.checks)


# --- 2120: a share of the team's own work done is the work's scope, not a result -----------


@pytest.mark.parametrize(
    "kr",
    [
        "Complete 100% of the warehouse system cutover",
        "Finish 100% of the SAP data cleanse by October",
        "Complete 80% of the accessibility remediation plan",
        "Deliver 90% of the H2 platform roadmap",
        "Close out 100% of the action items from the fire inspection",
        "Office relocation 100% complete by August",
        "Billing rewrite 75% done",
    ],
)
def test_a_share_of_own_work_is_a_task(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Answer 95% of inbound calls within 20 seconds",
        "Resolve 80% of tickets on first contact",
        "Ship 90% of sprint commitments on time",
        "Process 98% of refunds within 3 days",
        "Convert 20% of trial accounts to paid",
        "Increase test coverage to 80%",
        "Grow the share of repeat buyers from 20% to 30%",
        "Get 60% of active users to try the mobile app",
        "Deliver 95% of orders within 48 hours",
        "Complete 85% of onboarding checklists without help from support",
        # a population in a new state stays measured (decision 3), whatever verb moves it
        "Migrate 90% of the cron jobs to the new scheduler",
        "Move 100% of invoice templates to the new layout",
        "Complete 100% of the roadmap items customers voted for",
    ],
)
def test_guard_shares_with_a_standard_or_of_others_stay_results(kr: str) -> None:
    assert not task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "100%完成消防演练覆盖",
        "100%完成年度安全培训计划",
        "完成90%的历史工单数据迁移",
        "9月底前完成60%的仓储系统改造",
        "机房搬迁 100% 完成",
    ],
)
def test_zh_a_share_of_own_work_is_a_task(kr: str) -> None:
    assert task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "100%完成年度销售目标",
        "完成季度业绩指标的120%",
        "80%的新用户7天内完成首次下单",
        "新功能覆盖60%的活跃用户",
        "单元测试覆盖率达到80%",
        # stores and staff counted in a new state stay measured (decision 3)
        "完成100%门店的收银系统切换",
        "6月底前完成80%员工的个税信息核对",
    ],
)
def test_guard_zh_targets_met_and_people_stay_results(kr: str) -> None:
    assert not task_flagged(kr)


# --- the whole of result22's own set: no more misjudgements than after this round ----------

_DATA = Path(__file__).parent / "data"


def _rows(lang: str) -> list[dict[str, str]]:
    with open(_DATA / f"result22_krs_{lang}.tsv", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


@pytest.mark.parametrize("lang,most", [("en", 13), ("zh", 8)])
def test_own_set_misjudgements_do_not_grow(lang: str, most: int) -> None:
    rows = _rows(lang)
    assert len(rows) >= 200
    missed = [r["id"] for r in rows if task_flagged(r["text"]) != (r["label"] == "flag")]
    assert len(missed) <= most, missed

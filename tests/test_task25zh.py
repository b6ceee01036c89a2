"""Result, not task, on Chinese feature lines: decision 3400 (task25zh). The target wordings
failed at 518f78e9 (but "完善会员小程序，…", already a task there, kept as a guard of the reading);
the guards keep what must not change. Every wording here was written for
this file (several sectors), none taken from a page."""

from __future__ import annotations

import pytest

from coach import review

TASK_RULES = ("kr-is-task", "kr-activity-count")


def fired(kr: str) -> set[str]:
    text = f"目标：让客户离不开我们\n关键结果1：{kr}\n"
    (item,) = review(text).objectives[0].key_results
    return {c.rule_id for c in item.checks if c.status == "fail"}


def task_flagged(kr: str) -> bool:
    return bool(fired(kr) & set(TASK_RULES))


# --- 3400: a vague change, then a clause opened by 支持 naming an operation: a feature ---------


@pytest.mark.parametrize(
    "kr",
    [
        "完善会员小程序，支持顾客在线预约到店时间",
        "提升报表能力，并支持财务人员自定义统计口径",
        "改进教务平台，支持老师批量导入成绩",
        "优化仓储系统；支持仓管员扫码签收",
        "增强审批流程，可支持部门经理一键审批",
        "优化病历系统，同时支持医生离线查看检查报告",
        "增强门户布局能力，支持管理员自定义内容区域",
        "优化控制台，PC 端发送指令，支持键盘操作",
    ],
)
def test_3400_a_change_then_a_supported_operation_is_a_feature_to_build(kr: str) -> None:
    assert "kr-is-task" in fired(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "优化服务流程，支持业务增长",
        "提升数据质量，支持管理层决策",
        "提升团队协作效率，支持各部门达成季度目标",
        "改善门店陈列，支持新品销售",
        "增强门户布局能力",
        "优化搜索体验，搜索转化率从 12% 提升到 18%，支持用户按门店筛选",
        "提高客户满意度，支持率提升到 90%",
    ],
)
def test_3400_support_of_a_goal_or_a_measured_change_is_no_feature(kr: str) -> None:
    assert not task_flagged(kr)


def test_3400_a_change_without_the_feature_stays_unquantified() -> None:
    assert "kr-not-quantified" in fired("优化搜索，支持用户按门店筛选")

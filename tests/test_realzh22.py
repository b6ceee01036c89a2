"""Chinese published OKRs, twenty-second round (realzh22, decisions 2080-2083): shapes a new set of
real Chinese OKR texts showed, each imitated by wordings written for these tests (no sentence of a
real text). Each decision's tests failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest

from coach import review


def kr_status(text: str, rule: str) -> list[str]:
    """The status of `rule` on every key result of the review, in order."""
    r = review(text)
    return [
        next(c.status for c in k.checks if c.rule_id == rule)
        for o in r.objectives
        for k in o.key_results
    ]


def shape(text: str) -> list[tuple[str, list[str]]]:
    """(objective text, its key results' texts) for each objective of the review."""
    r = review(text)
    return [(o.text, [k.text for k in o.key_results]) for o in r.objectives]


# --- 2080: a full-width bar closes an item's label, with or without spaces ----------------------
@pytest.mark.parametrize(
    "text",
    [
        "### 3.1 年度目标\n\n#### O1｜让每位新会员一周内下第二单\n\n- KR1｜新会员 7 日复购率达到 35%",
        "## 二、季度 OKR\n\nO2｜把售后变成回头客的入口\n- KR2.1｜售后工单 24 小时解决率达到 90%",
        "## 2. 本季度 OKR\n\nO1 ｜ 让每位新会员一周内下第二单\n- KR1 ｜ 新会员 7 日复购率达到 35%",
    ],
)
def test_full_width_bar_closes_objective_and_kr_labels(text: str) -> None:
    got = shape(text)
    assert len(got) == 1
    objective, krs = got[0]
    assert "｜" not in objective and not objective.startswith("O")
    assert len(krs) == 1 and "｜" not in krs[0] and not krs[0].startswith("KR")


def test_full_width_bar_inside_a_wording_stays_in_it() -> None:
    # a bar inside the wording (not after a label) is not a label's end
    got = shape("O1：门店体验升级｜华东区\n- KR1：到店顾客满意度从 4.2 提升到 4.6")
    assert got[0][0] == "门店体验升级｜华东区"
    assert got[0][1] == ["到店顾客满意度从 4.2 提升到 4.6"]


# --- 2081: a check mark with a date is the day it was done, not a deadline -----------------------
@pytest.mark.parametrize(
    "kr",
    [
        "- [x] KR1：完成收银员上岗培训 ✅ 2026-03-07",
        "- [x] KR1：搭好会员积分后台 ✔ 2026/3/7",
    ],
)
def test_done_stamp_is_not_a_deadline(kr: str) -> None:
    text = f"O1：让收银台不再排长队\n{kr}"
    assert kr_status(text, "kr-no-deadline") == ["fail"]
    assert "2026" not in shape(text)[0][1][0]


def test_done_stamp_after_a_weight_leaves_no_number_for_the_target() -> None:
    text = "O1：让收银台不再排长队\n- [x] KR1：上线自助收银机（权重 40%） ✅ 2026-03-07"
    assert kr_status(text, "kr-not-quantified") == ["fail"]


@pytest.mark.parametrize(
    "kr",
    [
        "- [ ] KR1：会员小程序上线 📅 2026-04-30",
        "- KR1：2026-04-30 前完成收银员培训 ✅",
        "- KR1：6 月底前排队时长降到 5 分钟以内 🟢 70%",
    ],
)
def test_due_dates_and_plain_status_signs_keep_their_deadline(kr: str) -> None:
    assert kr_status(f"O1：让收银台不再排长队\n{kr}", "kr-no-deadline") == ["pass"]


# --- 2082/2083: unauthorised access, collateral damage and books that do not match ---------------
@pytest.mark.parametrize(
    "kr",
    [
        "未授权访问次数为 0",
        "越权调用次数为 0",
        "批量清理任务误伤的正常账号为 0",
        "月末对账差异为 0 笔",
        "仓库盘点差异数不超过 5 个 SKU",
        "系统与财务的数据差异项降至 3 项以内",
    ],
)
def test_unauthorised_collateral_and_mismatch_counts_are_bad_events(kr: str) -> None:
    text = f"O1：让客户数据在迁移中万无一失（负责人：许岚，2026年Q3）\nKR1：{kr}"
    assert kr_status(text, "kr-negative-phrasing") == ["fail"]


@pytest.mark.parametrize(
    "kr",
    [
        "已授权的合作伙伴数量达到 12 家",
        "差异化服务套餐签约客户达到 40 家",
        "对账一次通过率从 92% 提升到 99%",
    ],
)
def test_authorised_differentiated_and_matching_measures_stay_positive(kr: str) -> None:
    text = f"O1：让客户数据在迁移中万无一失（负责人：许岚，2026年Q3）\nKR1：{kr}"
    assert kr_status(text, "kr-negative-phrasing") == ["pass"]


# --- 2084: a window between a duration and the share it counts is the measure's --------------------
@pytest.mark.parametrize(
    "kr",
    [
        "新商家 7 天内完成首单的比例达到 40%",
        "30 天内通过考核的员工占比达到 90%",
        "新会员两周内完成第二次购买的比例从 18% 提升到 25%",
    ],
)
def test_window_before_the_share_it_counts_is_no_deadline(kr: str) -> None:
    assert kr_status(f"O1：让新商家开店更顺\n- KR1：{kr}", "kr-no-deadline") == ["fail"]


# --- 2085: a class of cases a condition picks out gets its window case by case ------------------
@pytest.mark.parametrize(
    "kr",
    [
        "缺少门店照片的商家，3 天内补齐照片",
        "没有填写发票抬头的客户，2 天内补全资料",
        "低效渠道（ROI < 1:2）2 周内自动降配",
        "差评门店（评分低于 4.0）7 天内完成整改复查",
    ],
)
def test_window_for_each_case_a_condition_picks_out_is_no_deadline(kr: str) -> None:
    assert kr_status(f"O1：让新商家开店更顺\n- KR1：{kr}", "kr-no-deadline") == ["fail"]


@pytest.mark.parametrize(
    "kr",
    [
        "两个月内将复购用户的占比提升到 30%",
        "30 天内完成 5 名店长招聘",
        "30 天内把转化率提升到 5%",
        "新签约的 3 家客户，两周内完成上线",
        "未来两周内上线商家后台",
        "两周内上线商家自助开店页面",
    ],
)
def test_windows_that_bound_the_key_result_stay_deadlines(kr: str) -> None:
    assert kr_status(f"O1：让新商家开店更顺\n- KR1：{kr}", "kr-no-deadline") == ["pass"]

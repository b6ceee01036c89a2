"""Chinese published OKRs, an eighth new set (realzh26, decisions 3480-3499): shapes a new set of
real Chinese OKR texts showed, imitated by wordings written for these tests (no sentence of a
real text). Each decision's tests failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest

from coach import review
from coach.facts.owner import find_owner, owner_phrase, prefix_owner


def status(draft: str, rule: str, index: int = 0) -> str:
    """The status of `rule` on the draft's first objective's key result number `index`."""
    k = review(draft).objectives[0].key_results[index]
    return next(c.status for c in k.checks if c.rule_id == rule)


def zh_kr(kr: str) -> str:
    return f"O：2027年Q2 让交付又快又稳\n- KR1：{kr}\n"


def en_kr(kr: str) -> str:
    return f"Objective: Make delivery fast and calm in Q2 2027\n- KR1: {kr}\n"


# --- 3480: "Lead" then a measure word glosses a measure ("（Lead Time）"); it names no owner -----
@pytest.mark.parametrize(
    "kr",
    [
        "变更前置时间（Lead Time）：7天 → 2天",
        "采购交货周期（Lead Time）从 15 天缩短到 9 天",
        "线索评分（Lead Score）平均达到 70 分",
        "销售线索转化率（Lead Conversion Rate）从 8% 提升到 12%",
        "合格线索（Lead 总数）达到 900 条",
        "新客咨询的首次回复时长（Lead Response Time）：6 小时 → 1 小时",
    ],
)
def test_3480_zh_lead_gloss_is_no_owner(kr: str) -> None:
    assert status(zh_kr(kr), "kr-no-owner") == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "Cut median order lead time (Lead Time) from 9 days to 4",
        "Raise the average score of inbound leads (Lead Score) from 40 to 65",
    ],
)
def test_3480_en_lead_gloss_is_no_owner(kr: str) -> None:
    assert status(en_kr(kr), "kr-no-owner") == "fail"


@pytest.mark.parametrize(
    "text",
    ["Lead Time", "Lead Score", "Lead Velocity", "Lead Volume", "Lead Count"],
)
def test_3480_lead_gloss_is_no_owner_phrase(text: str) -> None:
    assert not owner_phrase(text)


def test_3480_prefix_with_a_lead_gloss_is_no_owner() -> None:
    assert not prefix_owner("交货时间（Lead Time）")
    assert find_owner("门店补货周期（Lead Time）从 5 天缩短到 3 天") is None


# guards: a person or a role after "lead" still owns the key result
@pytest.mark.parametrize(
    "kr",
    [
        "新签客户 30 家（Lead 王芳）",
        "新签客户 30 家（lead：王芳）",
        "新签客户 30 家（负责人：王芳）",
        "门店复购率从 30% 提升到 40%（Lead Maria）",
    ],
)
def test_3480_guard_zh_lead_person_owns(kr: str) -> None:
    assert status(zh_kr(kr), "kr-no-owner") == "pass"


@pytest.mark.parametrize(
    "kr",
    [
        "Close 30 deals (Lead Maria)",
        "Close 30 deals (lead: Priya)",
        "Close 30 deals (Lead Engineer)",
        "Cut triage time from 40 to 15 minutes (Lead Nurse Okafor)",
        "SDR lead: book 40 demos a month",
    ],
)
def test_3480_guard_en_lead_person_or_role_owns(kr: str) -> None:
    assert status(en_kr(kr), "kr-no-owner") == "pass"


@pytest.mark.parametrize(
    "text", ["Lead Maria", "Lead 王芳", "Lead Engineer", "Lead Nurse", "Lead", "SDR lead"]
)
def test_3480_guard_lead_person_is_owner_phrase(text: str) -> None:
    assert owner_phrase(text)


# guard: a measure named "lead time" before the colon was never an owner
def test_3480_guard_lead_time_prefix_stays_ownerless() -> None:
    assert status(en_kr("Lead response time: from 6 hours to 1 hour"), "kr-no-owner") == "fail"


# --- 3481: a slash with a blank on each side lists two measures with their targets: compound ----
@pytest.mark.parametrize(
    "kr",
    [
        "LCP ≤ 2.5s / CLS ≤ 0.1",
        "NPS ≥ 50 / CSAT ≥ 4.5",
        "首屏时间 ≤ 1s / 白屏率 ≤ 0.1%",
        "准确率 ≥ 95% / 召回率 ≥ 90%",
        "次日留存 ≥ 40% / 7 日留存 ≥ 20%",
        "SEO ≥ 90 / perf ≥ 80",
    ],
)
def test_3481_zh_spaced_slash_joins_two_measures(kr: str) -> None:
    assert status(zh_kr(kr) + "（负责人：王芳）", "kr-compound") == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "LCP ≤ 2.5s / CLS ≤ 0.1",
        "Lighthouse performance ≥ 90 / accessibility ≥ 95",
        "Grow NPS from 30 to 45 / keep churn under 3%",
    ],
)
def test_3481_en_spaced_slash_joins_two_measures(kr: str) -> None:
    assert status(en_kr(kr), "kr-compound") == "fail"


# guards: a slash for "per", written close or before a unit, joins nothing
@pytest.mark.parametrize(
    "kr",
    [
        "部署频率：2次/周/团队 → 2次/天/团队",
        "Ops 工单量：120/月 → < 50/月",
        "人均 Story 产出 ≥ 6 / 季度",
        "LLM 生成用例每周 ≥ 100 / 团队",
        "客单价 ≥ 80 元 / 人",
    ],
)
def test_3481_guard_zh_per_slash_is_one_measure(kr: str) -> None:
    assert status(zh_kr(kr), "kr-compound") == "pass"


@pytest.mark.parametrize(
    "kr",
    [
        "Cost per ticket under $4 / ticket",
        "Support score ≥ 90 / 100",
        "Run 2 demos / week",
        "Reach 40 qualified leads/month",
    ],
)
def test_3481_guard_en_per_slash_is_one_measure(kr: str) -> None:
    assert status(en_kr(kr), "kr-compound") == "pass"

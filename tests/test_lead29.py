"""Lead decisions of round twenty-nine (issue 8): 1800 — a generic improvement of a broad
experience of the customers or the place ("提升门店体验", "Improve customer experience") is vague
as well as not inspiring, as PRINCIPLES.md says of its own example; a named process, product or
specialist audience ("Improve onboarding experience", "Better local dev experience") keeps a
direction one can check: flat only (decision 19). Each decision's cases failed before it; the
guards keep what must not change."""

from __future__ import annotations

import pytest

from coach import review


def _statuses(objective: str) -> dict[str, str]:
    if any("\u4e00" <= c <= "\u9fff" for c in objective):
        text = f"目标：{objective}\nKR1：复购率从20%提升到28%（负责人：林悦，2027年Q1）\n"
    else:
        text = f"Objective: {objective}\nKR1: Repeat purchase rate from 20% to 28% by Q1 (owner: Ana)\n"
    o = review(text).objectives[0]
    return {c.rule_id: c.status for c in o.checks}


# --- 1800: a broad experience improved, nothing else: vague and not inspiring ------------------


@pytest.mark.parametrize(
    "objective",
    [
        "提升门店体验",
        "提高顾客体验",
        "全面提升会员体验",
        "优化客户的体验",
        "改善产品用户体验",
        "进一步提升消费者体验。",
        "门店体验提升",
        "Improve customer experience",
        "Enhance the guest experience",
        "Better member experience",
        "Improve our overall customer experience",
        "Elevate the shopper experience",
        "Improve the in-store experience.",
    ],
)
def test_a_broad_experience_improved_is_vague(objective):
    got = _statuses(objective)
    assert got["objective-vague"] == "fail", got
    assert got["objective-not-inspiring"] == "fail", got


@pytest.mark.parametrize(
    "objective",
    [
        # a named process, product or specialist audience: a direction one can check (decision 19)
        "Improve onboarding experience",
        "Better local dev experience",
        "Improve the checkout experience",
        "提升市民办事体验",
        "优化报销体验",
        "提升门诊患者就诊体验",
        # a vivid end state or a marker: not vague, not flat
        "报销体验像网购一样简单",
        "让每位顾客都爱上到店体验",
        "Make the guest experience the best in the city",
        "Deliver frictionless guest check-in experience",
        # an experience measure is a KPI, not vague
        "提升客户体验评分到4.8",
    ],
)
def test_a_named_experience_or_an_end_state_is_not_vague(objective):
    assert _statuses(objective)["objective-vague"] == "pass"

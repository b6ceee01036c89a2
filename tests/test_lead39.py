"""Lead fixes of round thirty-nine: a launch or a build with its own success rate or recovery
objective is a task (decision 5430, PRINCIPLES.md "launches … with a quality number attached"),
and "一次" before a rate's name is that first-time measure's name, not a count of one
(decision 5431), with the near wordings that keep their reading."""

from __future__ import annotations

import pytest

from coach import review


def _fails(kr: str, lang: str = "en") -> set[str]:
    if lang == "en":
        text = f"Payments team — Q3 2027 OKRs\n\nO1: Make paying us the easiest part of the day\n- {kr} (owner: Lena)\n"
    else:
        text = f"客服部 2027年Q3 OKR\n\n目标一：让客户一次就把问题解决\n- {kr}（负责人：王芳）\n"
    item = review(text).objectives[0].key_results[0]
    return {c.rule_id for c in item.checks if c.status == "fail"}


@pytest.mark.parametrize(
    "kr",
    [
        "Roll out wallet payments with 99.9% success by September",
        "Launch the new refund flow with a 98% success rate",
        "Deploy the claims upload page with 99.5% success by August",
        "Set up failover for the ledger database with an RTO of 2 hours",
        "Establish backups for all tier-1 stores with ≤10 minutes RPO",
    ],
)
def test_a_launch_with_its_own_success_or_recovery_bar_is_a_task(kr):
    assert "kr-is-task" in _fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Raise the card payment success rate from 96% to 99%",
        "Keep the refund success rate above 99%",
        "Roll out wallet payments to 80% of stores",
        "Launch the referral flow with 20% of new sign-ups coming from referrals",
    ],
)
def test_a_success_rate_moved_or_held_or_a_share_reached_stays_a_result(kr):
    assert not {"kr-is-task", "kr-activity-count"} & _fails(kr)


@pytest.mark.parametrize(
    "kr",
    ["大幅提升一次解决率", "提升一次通过率", "提升质检一次合格率", "提升一次性结清比例"],
)
def test_a_first_time_rate_named_without_a_figure_is_not_quantified(kr):
    assert "kr-not-quantified" in _fails(kr, "zh")


@pytest.mark.parametrize(
    "kr",
    ["一次解决率从70%提升到85%", "质检一次合格率达到98%", "每月至少回访一次"],
)
def test_a_first_time_rate_with_its_figure_or_a_floor_of_once_stays_quantified(kr):
    assert "kr-not-quantified" not in _fails(kr, "zh")

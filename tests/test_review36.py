"""Second look at round thirty-six (review36), with wordings written for these tests: decisions
5320 (a bracket that opens with a support team's name, not a helper's field, keeps its owner),
5321 (a drafter's field in English stops before an owner's field on the same line), 5322 (较大
before a change verb stays a loose degree, an accident word after it or not) and 5323 ("正式使用"
after users counted is adoption). Each case failed at 9d618313; the guards keep what 5241, 5243,
5302 and 5313 decided."""

from __future__ import annotations

import pytest

from coach import review
from coach.facts.owner import drafter_field


def owners(text: str) -> list[str]:
    """kr-no-owner on each key result, in order."""
    r = review(text)
    return [
        next(c.status for c in k.checks if c.rule_id == "kr-no-owner")
        for o in r.objectives
        for k in o.key_results
    ]


_ZH = "目标：让客户的问题当天解决\nKR1：{kr}\n"
_EN = "{title}\nObjective: Close the books without late nights\nKR1: Month-end close from 9 days to 5 days\n"


# --- 5320: "（支持组 李雷）" is a support team's person, not a helper ----------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "工单首次解决率从70%提升到85%（支持组 韩雪）",
        "工单首次解决率从70%提升到85%（支持部 邓超）",
        "工单首次解决率从70%提升到85%（协同组 严宽）",
    ],
)
def test_a_support_teams_person_in_brackets_owns_the_key_result(kr: str) -> None:
    assert owners(_ZH.format(kr=kr)) == ["pass"]


@pytest.mark.parametrize(
    "kr",
    [
        "工单首次解决率从70%提升到85%（支持：运维组）",
        "工单首次解决率从70%提升到85%（配合方：法务部）",
        "工单首次解决率从70%提升到85%（协同）",
    ],
)
def test_a_helpers_field_still_owns_nothing(kr: str) -> None:
    assert owners(_ZH.format(kr=kr)) == ["fail"]


# --- 5321: a drafter's field stops before an owner's field --------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Finance OKRs Q2 2028 — prepared by Omar Haddad (owner: Rita Saldana)",
        "Finance OKRs Q2 2028 — drafted by the ops desk, owner: Rita Saldana",
        "Finance OKRs Q2 2028 — written up by Omar Haddad, DRI: Rita Saldana",
    ],
)
def test_an_owner_after_a_drafters_field_owns_the_set(title: str) -> None:
    assert owners(_EN.format(title=title)) == ["pass"]


def test_the_drafters_field_ends_before_the_owner() -> None:
    assert drafter_field("Q2 2028 OKRs — prepared by Omar Haddad (owner: Rita Saldana)") == (
        "prepared by Omar Haddad"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Finance OKRs Q2 2028 — prepared by Omar Haddad (ops lead)",
        "Finance OKRs Q2 2028 — drafted by Omar Haddad, finance manager",
    ],
)
def test_a_drafter_alone_still_owns_nothing(title: str) -> None:
    assert owners(_EN.format(title=title)) == ["fail"]


# --- 5322: 较大 before a change verb is a loose degree, an accident after it or not --------------


def vague(kr: str) -> bool:
    r = review(f"目标：让车间更安全\nKR1：{kr}（负责人：韦青）\n")
    return any(f.rule_id == "kr-vague-wording" for f in r.findings)


@pytest.mark.parametrize("kr", ["较大提升泄漏事件处置能力", "实现较大改善火灾隐患整改率"])
def test_a_loose_degree_before_an_accident_word_is_still_vague(kr: str) -> None:
    assert vague(kr)


@pytest.mark.parametrize("kr", ["全年不发生较大及以上生产安全事故", "较大火灾事故为零"])
def test_an_accidents_grade_is_still_no_loose_word(kr: str) -> None:
    assert not vague(kr)


# --- 5323: "正式使用" after users counted is use by others, not a launch ---------------------------


def kr_fails(kr: str) -> set[str]:
    r = review(f"目标：让护士少写重复的记录（2028年Q3，负责人：韦青）\nKR1：{kr}\n")
    return {c.rule_id for k in r.objectives[0].key_results for c in k.checks if c.status == "fail"}


@pytest.mark.parametrize("kr", ["6个科室正式使用新版排班系统", "3家分院正式使用统一的耗材申领平台"])
def test_users_counted_who_use_a_thing_officially_is_adoption(kr: str) -> None:
    assert "kr-is-task" not in kr_fails(kr)


@pytest.mark.parametrize("kr", ["新版排班系统9月底前正式使用", "耗材申领平台11月底前正式投入使用"])
def test_a_thing_put_into_service_by_a_date_is_still_a_launch(kr: str) -> None:
    assert "kr-is-task" in kr_fails(kr)

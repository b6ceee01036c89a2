"""Result, not task, and business as usual: leftovers of the twenty-third round (decisions
2600-2606; result23b). Each decision's target wordings failed at 064cab6e; the guards keep
what must not change."""

from __future__ import annotations

import pytest

from coach import review

TASK_RULES = ("kr-is-task", "kr-activity-count")


def _item(kr: str, objective: str | None = None):
    zh = any("\u4e00" <= c <= "\u9fff" for c in kr)
    if zh:
        text = f"目标：{objective or '让社区生活更顺心'}\nKR1：{kr}\n"
    else:
        text = f"Objective: {objective or 'Give more animals a safe home'}\nKR1: {kr}\n"
    (item,) = review(text).objectives[0].key_results
    return item


def fired(kr: str) -> set[str]:
    return {c.rule_id for c in _item(kr).checks if c.status == "fail"}


def task_flagged(kr: str) -> bool:
    return bool(fired(kr) & set(TASK_RULES))


# --- 2600: animals rescued, reunited, neutered are the reach -------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Rescue 40 dogs from county kennels by June 30",
        "Rescue 120 cats from hoarding cases this quarter",
        "Rescue 15 horses from neglect cases (was 9 last year)",
        "Reunite 80 lost pets with their owners",
        "Neuter 300 feral cats by the end of Q3",
        "Rehabilitate 60 injured birds and release them",
    ],
)
def test_2600_animals_saved_are_the_result(kr: str) -> None:
    assert not task_flagged(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Rescue 200 crates from the flooded warehouse",
        "Rescue 3 projects from the red list",
        "Foster 40 partnerships with local schools",
        "Call 200 adopters",
    ],
)
def test_2600_guard_things_rescued_stay_work(kr: str) -> None:
    assert task_flagged(kr)


def test_2600_guard_weight_rescued_still_a_result() -> None:
    assert not task_flagged("Rescue 400 tonnes of surplus food")


# --- 2601: a thing built, then taken up by the whole group, is adoption -------------------


@pytest.mark.parametrize(
    "kr",
    [
        "业主群建立议事规则，全员遵守",
        "建立客户回访制度，全员执行",
        "上线新报销流程，所有门店都用起来",
        "制定新版安全操作规程，全体司机严格遵守",
        "推出新的排班规则，每位店长都落实",
    ],
)
def test_2601_all_take_it_up_is_adoption(kr: str) -> None:
    got = fired(kr)
    assert "kr-not-quantified" in got
    assert not got & set(TASK_RULES)


@pytest.mark.parametrize(
    ("kr", "share"),
    [
        ("建立客户回访制度，全员执行", "执行它的成员比例从[基线]提升到100%"),
        ("建立 OKR 管理机制，全员使用", "使用它的成员比例从[基线]提升到100%"),
        ("制定新版安全操作规程，全体司机严格遵守", "遵守它的司机比例从[基线]提升到100%"),
        ("上线新报销流程，所有门店都用起来", "使用它的门店比例从[基线]提升到100%"),
    ],
)
def test_2601_rewrite_asks_for_the_share(kr: str, share: str) -> None:
    item = _item(kr)
    (check,) = [c for c in item.checks if c.rule_id == "kr-not-quantified"]
    text = str(review(f"目标：让社区生活更顺心\nKR1：{kr}\n").model_dump())
    assert check.status == "fail"
    assert share in text
    assert "放进行动计划" not in text


@pytest.mark.parametrize(
    "kr",
    ["全员执行新的报销制度", "建立客户回访制度", "建立客户回访制度，全员培训"],
)
def test_2601_guard_no_group_taking_it_up_stays_a_task(kr: str) -> None:
    assert task_flagged(kr)


# --- 2602: routine whose name carries its cycle; yearly gatherings ----------------------


BAU = "kr-business-as-usual"


@pytest.mark.parametrize(
    "kr",
    [
        "车辆例保完成率100%",
        "消防设施例检完成率100%",
        "叉车例行保养完成率100%",
        "组织年会",
        "举办公司年会",
        "筹备年终尾牙",
        "Organise the annual company party",
        "Plan the yearly team offsite",
    ],
)
def test_2602_self_cycled_routine(kr: str) -> None:
    assert BAU in fired(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "年会员续费率从40%提升到60%",
        "年会满意度达到90%以上",
        "青年会志愿者新增200人",
        "Organise a launch party for 300 customers",
        "Plan the annual offsite with 95% attendance",
    ],
)
def test_2602_guard(kr: str) -> None:
    assert BAU not in fired(kr)


# --- 2603: the incoming load answered whole ----------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Answer all customer emails",
        "Reply to every support ticket",
        "Respond to all customer enquiries",
        "Handle all refund requests",
        "Answer every voicemail",
    ],
)
def test_2603_load_answered_is_routine(kr: str) -> None:
    assert BAU in fired(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Answer all customer emails within 4 hours",
        "Answer 90% of customer emails within 4 hours",
        "Cut unanswered customer emails from 300 to 50",
        "Handle all escalations personally",
    ],
)
def test_2603_guard(kr: str) -> None:
    assert BAU not in fired(kr)


# --- 2604: a standing document refreshed -------------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Update the employee handbook",
        "Refresh the staff handbook",
        "Update the org chart",
        "Revise our price list",
        "更新员工手册",
        "修订岗位说明书",
        "更新公司通讯录",
        "更新组织架构图",
    ],
)
def test_2604_standing_document_refreshed(kr: str) -> None:
    assert BAU in fired(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Write a new employee handbook for the Berlin office",
        "Update the onboarding flow",
        "Update the pricing page to lift trial signups from 4% to 6%",
        "Update the user manual so support tickets fall 20%",
        "编写新版员工手册",
        "更新员工手册，新员工入职问题减少30%",
    ],
)
def test_2604_guard(kr: str) -> None:
    assert BAU not in fired(kr)


# --- 2605: 续签, 续费 are renewals -------------------------------------------------------


@pytest.mark.parametrize(
    "kr", ["续签软件许可证", "续费公司域名和服务器", "续签全员劳动合同", "续费办公室宽带"]
)
def test_2605_renewal_is_routine(kr: str) -> None:
    assert BAU in fired(kr)


@pytest.mark.parametrize("kr", ["续约3家年收入过百万的大客户", "续签率从70%提升到85%"])
def test_2605_guard(kr: str) -> None:
    assert BAU not in fired(kr)


# --- 2606: a number after a score's acronym is the score ---------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "GPA 3.0 以上",
        "GPA 3.5 以上",
        "本学期 GPA 3.6",
        "IELTS 7.0 以上",
        "Finish the year with GPA 3.7 or higher",
        "TOEFL 100 or above by June",
    ],
)
def test_2606_score_after_acronym_is_quantified(kr: str) -> None:
    assert "kr-not-quantified" not in fired(kr)


@pytest.mark.parametrize("kr", ["通过 SOC 2 审计", "Achieve CMMI 5 certification"])
def test_2606_guard_standard_names(kr: str) -> None:
    assert "kr-not-quantified" in fired(kr)

"""left29 (round 29): owner forms, negative phrasing and business-as-usual leftovers from outsider
drafts — the incoming load taken whole (4120), a bad state said with its auxiliary or as a ban
(4121), a post with nobody at it in Chinese (4122), a role and a full name in brackets (4123),
departments named alone (4124), and modes built to run unattended (4125). Wordings written for
these tests."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review

_CFG = Config(use_model=False, semantic=False)
_NEG = "kr-negative-phrasing"
_BAU = "kr-business-as-usual"
_OWN = "kr-no-owner"


def _checks(kr: str) -> dict[str, str]:
    """Each principle's verdict on a key result alone under an objective with no owner."""
    if kr.isascii():
        text = f"Objective: Delight every customer in Q2 2027\nKR1: {kr}\n"
    else:
        text = f"目标：2027年Q2让每位顾客都满意\n关键结果1：{kr}\n"
    krs = [k for o in review(text, config=_CFG).objectives for k in o.key_results]
    assert len(krs) == 1, krs
    return {c.rule_id: c.status for c in krs[0].checks}


# -- decision 4120: the incoming load taken whole, said by where it comes from -----------------


@pytest.mark.parametrize(
    "kr",
    [
        "Process all transcripts received",
        "Handle all incoming permit applications",
        "File all expense reports received",
        "Approve all leave requests received",
        "Grade all assignments submitted",
        "Log every incoming donation",
        "Enter every incoming order in the ERP",
        "Review all grant applications submitted",
        "处理所有收到的退款申请",
        "审核全部提交的报销单",
        "受理所有提交的入会申请",
    ],
)
def test_the_incoming_load_taken_whole_is_routine(kr: str) -> None:
    assert _checks(kr)[_BAU] == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "Process all legacy records into the new CRM",  # no arrival word: a piece of work
        "Process transcripts in 2 days instead of 10",
        "Calls answered within 3 rings from 70% to 90%",
        "Review 100% of grant applications within 10 days, up from 60%",
        "三声内接听率从75%提升到95%",
        "作业批改及时率从70%提升到95%",
        # decision 2603: a time limit on each one makes a standard (see the notes' question)
        "Answer all customer emails within 4 hours",
        "差评24小时内回复",
    ],
)
def test_a_measured_flow_or_a_standard_is_no_routine(kr: str) -> None:
    assert _checks(kr)[_BAU] == "pass"


@pytest.mark.parametrize(
    "kr",
    [
        "Answer all customer emails",
        "每月按时发放工资",
        "按时完成车辆年检",
        "Pay vendors within terms",
    ],
)
def test_routine_already_read_stays(kr: str) -> None:
    assert _checks(kr)[_BAU] == "fail"


# -- decision 4121: the bad state with its auxiliary, and the ban on it -------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Times the help desk was left unmanned: 0",
        "Times the loading bay was left unattended: 0",
        "Don't let chair time go unused",
        "Don't let any invoice go unpaid past 60 days",
        "Do not allow any shift to go uncovered",
    ],
)
def test_a_bad_state_held_at_zero_or_banned_is_negative(kr: str) -> None:
    assert _checks(kr)[_NEG] == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "Help desk staffed 100% of opening hours",
        "Chair utilisation from 70% to 90%",
        "Reduce unattended counter hours from 6 to 1 per week",  # a duration (3941)
        "Don't let NPS fall below 40",  # a floor denied stays a floor (decision 440)
        "Never let NPS drop below 40",
        "Don't let the backlog grow past 50 tickets",
    ],
)
def test_guards_for_the_bad_state(kr: str) -> None:
    assert _checks(kr)[_NEG] == "pass"


@pytest.mark.parametrize(
    "kr",
    [
        "Nights the reception was left unstaffed: 0",
        "Never let a prescription go unfilled past noon",
        "Never let a shelf go empty",
        "Help desk left unmanned: 0 times",
    ],
)
def test_bad_states_already_read_stay(kr: str) -> None:
    assert _checks(kr)[_NEG] == "fail"


# -- decision 4122: a post with nobody at it (Chinese) ------------------------------------------


@pytest.mark.parametrize(
    "kr",
    ["服务台无人值守次数：0", "护士站无人在岗次数：0", "门岗无人值班次数从每月5次降到1次"],
)
def test_a_post_with_nobody_at_it_is_negative(kr: str) -> None:
    assert _checks(kr)[_NEG] == "fail"


def test_a_post_with_nobody_at_it_already_read_stays() -> None:
    assert _checks("收银台无人值守的次数降到每月1次以内")[_NEG] == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "无人值守自助机使用率提升到70%",
        "无人值守仓库覆盖率提升到60%",
        "无人值守便利店从2家增加到8家",
        "前台接待满意度达到95%",
    ],
)
def test_a_kind_of_thing_built_unattended_is_no_bad_event(kr: str) -> None:
    assert _checks(kr)[_NEG] == "pass"


# -- decision 4123: a role and the person's full name in brackets --------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Raise attendance from 88% to 95% (Team lead Ana Ruiz)",
        "Cut median build time from 14 to 6 minutes (Platform lead Omar Haddad)",
        "Lift trial-to-paid from 4% to 6% (Growth PM Lena Ortiz)",
        "Raise volunteer retention from 55% to 70% (Volunteer coordinator Beth Cole)",
        "Grow repeat bookings from 20% to 30% [Sales manager Tom Reyes]",
        "Raise class completion from 60% to 80% (Head teacher Mr. Osei)",
        "Shorten intake from 10 to 4 days (Case manager Rosa Diaz)",
        "作业按时上交率从80%提升到95%（数学课代表 王晨）",
        "英语作业上交率提升到98%（英语课代表 刘畅）",
    ],
)
def test_a_role_and_a_full_name_in_brackets_own(kr: str) -> None:
    assert _checks(kr)[_OWN] == "pass"


@pytest.mark.parametrize(
    "kr",
    [
        "Raise satisfaction from 80% to 90% (measured by Qualtrics)",
        "Raise tutoring hours from 200 to 300 (Lincoln High)",
        "Raise uptake from 10% to 25% (source: Mixpanel)",
        "Raise uptake from 10% to 25% (Premium Plus)",
    ],
)
def test_a_source_a_place_or_a_product_in_brackets_owns_nothing(kr: str) -> None:
    assert _checks(kr)[_OWN] == "fail"


# -- decision 4124: a department named alone ------------------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Raise guest satisfaction from 82 to 90 — Guest Relations",
        "Cut check-in wait from 9 to 4 minutes — Front Office",
        "Raise first-contact resolution from 70% to 85% — Customer Care",
        "Cut room turnaround from 45 to 30 minutes — Housekeeping",
        "Cut late payments from 12% to 4% — Accounts Payable",
        "Cut DSO from 60 to 45 days — Accounts Receivable",
        "Lift repeat stays from 18% to 25% — Guest Services",
        "Raise NPS from 30 to 45 (Front Office)",
        "客房满意度从4.2分提升到4.6分 —— 前厅",
        "补货及时率从85%提升到97% — 仓储物流",
        "早餐满意度从80%提升到90%（餐饮）",
    ],
)
def test_a_department_named_alone_owns(kr: str) -> None:
    assert _checks(kr)[_OWN] == "pass"


@pytest.mark.parametrize(
    "kr",
    [
        "Raise NPS from 30 to 45 — Acme Corp",
        "Grow sales from $1M to $1.5M — Europe",
        "Cut churn from 5% to 3% — Atlas Pro",
        "Raise weekly actives from 10k to 15k — Android",
        "Raise renewals from 60% to 75% — Key Accounts",
        "Win 5 new logos — Northwind Traders",
        "Cut wait time from 9 to 4 minutes — Terminal 2",
        "Raise revenue 20% — stretch goal",
        "复购率从25%提升到32%（“星火计划”）",
        "销售额提升20%（数据质量）",
    ],
)
def test_a_customer_a_place_or_a_product_after_the_dash_owns_nothing(kr: str) -> None:
    assert _checks(kr)[_OWN] == "fail"


# -- decision 4125: a mode built to run unattended is the good side ------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Roll out unattended installs to 80% of laptops",
        "Move unattended builds to 70% of pipelines",
        "Extend unattended upgrades to 95% of servers",
        "Bring unmanned checkouts to 40% of stores",
    ],
)
def test_a_mode_built_unattended_is_not_negative(kr: str) -> None:
    assert _checks(kr)[_NEG] == "pass"


@pytest.mark.parametrize(
    "kr",
    [
        "Unattended upgrades on 95% of servers",
        "Open 3 unmanned stores in the suburbs",
        "Uncrewed delivery runs from 50 to 400 a month",
        "Unmanned kiosks in 30% of stations",
    ],
)
def test_modes_already_read_as_good_stay(kr: str) -> None:
    assert _checks(kr)[_NEG] == "pass"


@pytest.mark.parametrize(
    "kr",
    [
        "Cut unattended bags at the gate from 30 to 5 a month",
        "Cut unattended bags to 5 a month",
        "Unstaffed shifts at the front desk from 12 to 3 a month",
        "Reduce unanswered calls from 15% to 3%",
        "Shifts left unstaffed: 0",
    ],
)
def test_things_left_unwatched_stay_negative(kr: str) -> None:
    assert _checks(kr)[_NEG] == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "Contactless payments from 30% to 60% of transactions",
        "Move 90% of invoices to paperless billing",
        "Hands-free check-in used by 50% of guests",
        "无接触配送订单占比从30%提升到60%",
        "无纸化办公覆盖率从50%提升到90%",
        "免押金租借用户从1万增长到3万",
    ],
)
def test_good_less_and_free_words_stay_positive(kr: str) -> None:
    assert _checks(kr)[_NEG] == "pass"


# -- decision 4126: "by"/"due"/"before" opening the date's field after the owner's dash ----------


@pytest.mark.parametrize(
    "kr",
    [
        "Raise NPS from 30 to 45 — Guest Relations — by Sep 30",
        "Raise NPS from 30 to 45 — Marketing — by Sep 30",
        "Raise NPS from 30 to 45 — Priya — due 15 June",
        "Raise NPS from 30 to 45 — Sales Ops - before Q3",
    ],
)
def test_the_owner_before_a_dated_field_owns(kr: str) -> None:
    assert _checks(kr)[_OWN] == "pass"


@pytest.mark.parametrize(
    "kr",
    [
        "Raise NPS from 30 to 45 — by Sep 30",
        "Raise NPS from 30 to 45 — Acme Corp — by Sep 30",
        "Raise NPS from 30 to 45 — Europe — by Sep 30",
    ],
)
def test_no_owner_before_a_dated_field_stays_none(kr: str) -> None:
    assert _checks(kr)[_OWN] == "fail"

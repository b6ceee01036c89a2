"""result29: result-not-task recall and precision (decisions 4060-4065)."""

from __future__ import annotations

import pytest
from test_result27 import _fails, _fails_zh

_TASK = {"kr-is-task", "kr-activity-count"}


def _either(kr: str) -> set:
    return _fails_zh(kr) if any("\u4e00" <= c <= "\u9fff" for c in kr) else _fails(kr)


# -- decision 4060: improvement proposals carried out, counted (English twin of 1076/4010) ------


@pytest.mark.parametrize(
    "kr",
    [
        "Implement 4 cost-saving proposals",
        "Carry out 3 process-improvement initiatives",
        "Put in place 5 quick-win recommendations from the audit",
        "Implement 6 improvement suggestions from the front desk",
        # held out
        "Carry out 5 efficiency initiatives this quarter",
        "Implement 3 recommendations from the safety review",
        "Put in place 4 energy-saving ideas from staff",
        "Implement at least 8 process improvements",
        "Submit 10 improvement suggestions",
    ],
)
def test_improvement_proposals_counted_are_effort(kr: str) -> None:
    assert _fails(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "Cost savings from implemented proposals reach $200k",
        "Implementation rate of audit recommendations from 40% to 80%",
        "8 staff suggestions adopted by other branches",
        "Cut energy costs by 12% through staff suggestions",
        "Sign 5 new wholesale accounts",
    ],
)
def test_what_proposals_bring_stays_a_result(kr: str) -> None:
    assert not _fails(kr) & _TASK


# -- decision 4061: 完成 + 全部/所有 + N: the count is the scope of the work ------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "完成全部120辆车的智能报站系统安装",
        "完成全部40个客户数据库的迁移",
        # held out
        "完成全部120辆车的GPS安装",
        "完成全部80台设备的安装",
        "完成全部45辆校车的监控安装",
        "完成所有36家门店的收银系统部署",
        "完成全部58台服务器的操作系统升级",
        "6月底前完成全部200户的燃气表更换",
        "完成全体85名员工的信息录入",
        "完成所有12个仓库的消防设施改造",
    ],
)
def test_completion_over_a_whole_counted_group_is_work(kr: str) -> None:
    assert _fails_zh(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "全部120辆车报站准确率达到99%",
        "报站系统安装完成率达到98%",
        "所有30家门店实现盈利",
        "新签客户20家",
        "完成全年销售额1200万元",
    ],
)
def test_measures_over_a_whole_group_stay_results(kr: str) -> None:
    assert not _fails_zh(kr) & _TASK


# -- decision 4062: a comparative change without a number is no task -----------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Fewer complaints about room not ready",
        "Fewer calls about parcels not delivered",
        "夜班返工更少",
        # held out
        "Fewer emails about invoices not paid on time",
        "Less chasing of orders not shipped",
        "Fewer tickets about passwords not reset",
        "客户投诉越来越少",
        "结账排队时间更短",
        "仓库盘点差错更少",
        "Fewer reports of street lights not working",
        "Fewer letters from residents about missed bins",
        "Fewer notes from guests about cold showers",
    ],
)
def test_comparative_change_is_not_a_task(kr: str) -> None:
    assert not _either(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "Fewer complaints about broken lifts",
        "给8个停车场安装充电桩",
        "Write the Q3 marketing plan",
    ],
)
def test_comparative_guards(kr: str) -> None:
    task = kr in ("给8个停车场安装充电桩", "Write the Q3 marketing plan")
    assert bool(_either(kr) & _TASK) == task


# -- decision 4063: a deliverable for each recipient, named without a verb -----------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Personalised welcome note for every loyalty member",
        "每位会员一封个性化欢迎信",
        # held out
        "Handwritten thank-you note for each new donor",
        "Welcome letter for every new tenant",
        "每位新员工一份入职指南",
        "每家门店一套应急预案",
        "Hand-written welcome note in every guest room",
    ],
)
def test_a_deliverable_for_each_is_a_task(kr: str) -> None:
    assert _either(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "5 letters of support from partner schools",
        "每位会员满意度达到90%",
        "Every loyalty member feels welcome on their first visit",
        "每位顾客一次消费满200元的比例达到30%",
    ],
)
def test_a_deliverable_for_each_guards(kr: str) -> None:
    assert not _either(kr) & _TASK


# -- decision 4064: following up with people counted is a contact, counted effort --------------


@pytest.mark.parametrize(
    "kr",
    [
        "跟进60家试用客户",
        "Follow up with 60 trial accounts",
        # held out
        "每周跟进30位意向客户",
        "跟进120名流失会员",
        "Touch base with 25 franchise owners a month",
        "Follow up with 40 lapsed donors",
    ],
)
def test_following_up_counted_is_effort(kr: str) -> None:
    assert _either(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "试用客户转付费60家",
        "跟进后成交的客户达到30家",
        "拜访后成交的客户达到30家",
        "Win back 40 lapsed donors",
    ],
)
def test_following_up_guards(kr: str) -> None:
    assert not _either(kr) & _TASK


# -- decision 4065: "phase out" is work on the team's own things ----------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Phase out paper timesheets by October",
        "Phase out the legacy reseller portal",
        "Phase out fax ordering at all branches",
    ],
)
def test_phase_out_is_work(kr: str) -> None:
    assert _fails(kr) & _TASK


# -- decision 4066: a closing bracket's status or measuring note heads nothing -------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Supplier code of conduct (signed-off draft)",
        "供应商行为准则（终稿）",
        # held out
        "Expense policy (agreed)",
        "Travel policy for contractors (final draft)",
        "Vendor onboarding checklist (signed off)",
        "员工行为准则（定稿）",
    ],
)
def test_a_deliverable_with_a_status_note_is_a_task(kr: str) -> None:
    assert _either(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "Customer NPS (measured quarterly)",
        "Repeat purchase rate (tracked monthly)",
        "Employee engagement score (surveyed twice a year)",
        # guards
        "Churn (customers lost) down to 3%",
        "准则执行率达到95%",
        "Gift card sales up 20%",
    ],
)
def test_a_measure_with_a_measuring_note_is_no_task(kr: str) -> None:
    assert not _either(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    ["Touch base with every franchise owner monthly", "Touch base with 30 key accounts a week"],
)
def test_touching_base_is_a_contact(kr: str) -> None:
    assert _fails(kr) & _TASK


# -- decisions 4061 (remaining) and 4067: the team's work on its own things, counted -------------


@pytest.mark.parametrize(
    "kr",
    [
        "完成其余40台设备的安装",
        "全部120辆车完成报站系统安装",
        "120辆公交车全部完成报站系统安装",
        # held out
        "剩余18台电梯完成年检",
        "全部60台收银机完成更换",
        "所有24间教室完成投影仪安装",
        "完成剩余25台空调的检修",
    ],
)
def test_things_worked_on_counted_are_the_work(kr: str) -> None:
    assert _fails_zh(kr) & _TASK


@pytest.mark.parametrize(
    "kr",
    [
        "120台设备安装完成率达到95%",
        "全部120辆车报站准确率达到99%",
        "120辆车的报站投诉从每月30起降到5起",
        "40名学员全部通过结业考试",
    ],
)
def test_things_worked_on_guards(kr: str) -> None:
    assert not _fails_zh(kr) & _TASK

"""Round 44, helper bau44: business as usual and negative phrasing in both languages, decisions
6445-6459 in docs/principles.md — classes of miss that recur across the unseen sets, read by
their shape: a patrol or planned-maintenance round named by its kind (6445); the induction of
whoever joins (6446); records or audits kept whole (6447); a compliance training's exam passed
by all (6448); a record per event that is new each time (6449); the standing price list sent to
every account (6450); and the negative-phrasing readers of 6451-6456.

Every wording here was written for this file (other nouns, numbers and orders than any outsider's
draft or the lead's examples), across functions: utilities, hospitals, factories, schools,
charities, law firms, shops, labs, building sites, transport. Lines marked "- guard" are near
neighbours that must not change; the other lines had the other verdict on e8f8baca.
"""

from __future__ import annotations

import pytest

from tests.test_bau40 import _cases, _failed

_BAU = "kr-business-as-usual"
_NEG = "kr-negative-phrasing"

# decision | B (routine) or - (not routine) | guard? | wording
_TABLE = """
6445 B | 完成15台电梯的巡检
6445 B | 完成8个泵站的巡视
6445 B | 完成20公里燃气管线的巡检
6445 B | 按计划完成36个基站的巡检
6445 B | 完成6个小区的消防巡查
6445 B | 本季度完成40台配电柜的红外测温巡检
6445 B | 完成全部9座水闸的点检
6445 B | Complete PM checks on all conveyor motors
6445 B | Complete preventive maintenance on all ward beds
6445 B | Carry out planned maintenance on every chiller
6445 B | Do the preventative servicing on all school minibuses
6445 B | Complete PM inspections on the 12 packing lines
6445 B | Perform scheduled maintenance on every dialysis machine
6445 - guard | 巡检发现隐患整改率从85%提升到98%
6445 - guard | 上线设备巡检App
6445 - guard | 完成新厂房消防验收
6445 - guard | 引入无人机完成20公里管线的巡检
6445 - guard | 完成15台电梯的巡检改造
6445 - guard | 每周保养2次叉车
6445 - guard | Raise PM compliance from 80% to 95%
6445 - guard | Cut unplanned maintenance call-outs by 30%
6445 - guard | Introduce preventive maintenance for all chillers
6445 - guard | Move preventive maintenance onto the new CMMS
6445 - guard | PM checks completed on 90% of motors
6445 - guard | Automate the planned maintenance schedule for the fleet
6446 B | 新员工入职培训
6446 B | 新进律师入职培训
6446 B | 完成新进护士岗前培训
6446 B | Induction training for all new starters
6446 B | Complete onboarding for every new hire
6446 B | Run the induction for all new volunteers in their first week
6446 B | Deliver orientation for every new nurse
6446 B guard | 按时完成新入职教师岗前培训
6446 - guard | 建立新员工入职培训体系
6446 - guard | 新员工入职培训满意度达到90%
6446 - guard | 入职培训周期从10天缩短到5天
6446 - guard | Redesign onboarding for all new hires
6446 - guard | Onboard 40 new customers to the portal
6446 - guard | Cut onboarding time for new hires from 6 weeks to 3
6446 - guard | New hires rate their induction 4.5/5 or higher
6447 B | Keep controlled-drug register audits 100% compliant
6447 B | Keep cold-chain temperature logs 100% complete
6447 B | Maintain visitor sign-in records 100% complete
6447 B guard | Keep the lift inspection certificates 100% up to date
6447 - guard | Raise register audit compliance from 85% to 100%
6447 - guard | Make the new CAPA log 100% complete by June
6447 - guard | Keep 95% of delivery logs complete
6447 - guard | Get training records 100% complete for the new site by May
6448 B | 完成季度反洗钱培训并全员考试合格
6448 B | 组织院感培训并全员测试合格
6448 B guard | 完成年度保密培训，全员考核通过
6448 - guard | 完成新产品培训并全员考试合格
6448 - guard | 完成季度安全培训，全员考试合格率从80%提升到95%
6449 B | Fill out risk assessment for every new activity
6449 B | Fill in a permit form for every new hot-works job
6449 B | Complete a handover sheet for each new admission
6449 - guard | Write a new risk assessment template
6449 - guard | Design the first risk assessment for the new lab
6450 B | Send the price list to all accounts by July 15
6450 B | Send the updated rate card to all clients by March 1
6450 B | Email the fee schedule to every parent before term
6450 B | 给所有经销商发送新版价目表
6450 B guard | Send payment reminders to all tenants by Friday
6450 - guard | Design a new price list for the spring range
6450 - guard | Send 300 samples of the new range to all stockists
6450 - guard | Raise price list open rate from 20% to 40%
6459 B | Pay every supplier invoice by its due date
6459 B | Pay all contractor bills by their due date
6459 B | Settle every utility invoice on or before its due date
6459 B | Process all expense claims by the due date
6459 - | Submit our first grant report to the council on time
6459 - | 首次按时提交ESG报告
6459 - guard | File our first annual accounts on time
6459 - guard | Pay 95% of supplier invoices by their due date
6459 B guard | Submit the monthly VAT return on time
6459 B guard | 按时提交月度增值税申报
6458 B | Renew the −20 store maintenance contract
6458 B | Renew the -70 cabinet service agreement
6458 B | Renew the 4°C walk-in chiller service plan
6458 - guard | Keep the freezer at -80°C
6458 - guard | Cut the cold room to 4°C
"""


@pytest.mark.parametrize(("routine", "text"), list(_cases(_TABLE)))
def test_routine(routine: bool, text: str):
    assert (_BAU in _failed(text)) is routine, text


# decision | N (negatively phrased) or - (not) | guard? | wording
_NEG_TABLE = """
6451 N | Contaminated skips below 5% of collections
6451 N | Injured riders per season down to 3
6451 N | Mouldy crates from 4% to 1%
6451 N | Rotten pallets in the yard under 10
6451 N guard | Infested grain lots down to zero
6451 N | Contaminated samples sent back by the lab below 2%
6451 N | Reduce injured staff on the night shift to 2 a quarter
6451 N | Mouldy loaves from 6% to 2% of the bake
6451 N guard | Cut infected surgical wounds to under 2%
6451 N guard | Students with overdue coursework below 15
6451 N | Cut the number of Year 9 pupils with 2+ missing worksheets to under 8
6451 N | Reduce the number of pupils with missing kit to 5 per term
6451 N guard | Missing homeworks per class below 10 a week
6451 - guard | Cut the time to trace missing parcels to 2 days
6451 - guard | Reunite 30 missing pets with owners
6451 - guard | Fill 90% of missing fields in the CRM
6451 - guard | Cut the time until an injured worker sees a physio to 2 days
6451 - guard | Get 90% of injured workers back at work within 6 weeks
6451 - guard | Raise the share of recycling loads accepted clean to 95%
6451 - guard | Sort contaminated loads within 1 hour of tipping
6452 N | Falls at the day centre below 2 a month
6452 N | Reduce falls among frail residents by a third
6452 N | Falls during the swimming sessions under 1 a term
6452 N | Ward 4: Falls under 3 a month
6452 N guard | Cut resident falls by half
6452 N | Fewer falls in the school playground this term
6452 - guard | Cost per lead falls to $9
6452 - guard | Revenue from the Niagara Falls tours up 20%
6452 - guard | Average wait falls below 10 minutes
6452 - guard | Footfall at the Falls Road shop up 15%
6453 N | DNA rate down to 4%
6453 N | Cut DNAs at the foot clinic to 6%
6453 N | Did-not-attend rate at the hearing clinic under 7%
6453 - guard | Sequence 500 DNA samples by June
6453 - guard | Collect DNA swabs from 200 volunteers
6453 - guard | Turn round DNA samples within 48 hours
6454 N | 函数和导数大题不再丢分
6454 N | 英语听力不再失分
6454 N | 作文审题不再丢分
6454 N | 每场比赛失球不超过1个
6454 N | 每月丢货不超过2件
6454 N guard | 门店每月丢件不超过3件
6454 N | 投标丢标数量从6次降到2次
6454 N | 每场联赛丢球控制在2个以内
6454 N guard | 客户丢单数从12单降到5单
6454 - guard | 失能老人照护覆盖率达到90%
6454 - guard | 失学儿童返校率达到98%
6454 - guard | 排队现象消失
6454 - guard | 权衡得失后选定2家供应商
6454 - guard | 失业人员再就业培训覆盖500人
6454 - guard | 丢失的客户回访率达到80%
6454 - guard | 每月丢分题型复盘1次
6455 N | 尽量减少窝工
6455 N | 减少木工班窝工
6455 N | 项目部窝工次数每月不超过2次
6455 N | 尽量减少产线待料
6455 N guard | 班组待料停工不超过2次
6455 N guard | 钢筋班窝工现象清零
6455 N guard | 尽量减少返工
6455 N guard | 尽可能减少误工
6455 - guard | 非计划停机时间减少30%
6456 - | 少刷手机
6456 - | 减少刷短视频
6456 - | 晚上少玩手机
6456 - | 尽量少刷抖音
6456 - | 下班后少刷手机，多陪孩子
6456 - guard | 每天少看手机
6456 - guard | 刷手机时间每天不超过1小时
6456 N guard | 不再刷短视频到12点以后
6456 N guard | 不再刷手机
6456 N guard | 戒掉刷抖音
6456 N guard | 少熬夜
6456 N guard | 少点外卖
6456 N guard | 减少刷手机到12点以后的天数
6457 N | Stop handing out cold coffee when the queue is long
6457 N | Stop serving lukewarm soup when the kitchen is busy
6457 N | Stop sending invoices out late when the month is busy
6457 N | Stop leaving the till unattended when the shop is quiet
6457 N | Stop double-booking rooms when the diary is full
6457 N | Stop running out of milk on busy Saturdays
6457 N | Stop charging the late fee when the portal is down
6457 N | Stop sending half-packed boxes during peak weeks
6457 N | Stop boarding patients in corridors when the wards are full
6457 N guard | Stop shouting at players when the score is close
6457 N guard | Stop giving wrong change when the till is busy
6457 - guard | Stop work when the wind is above 40 mph
6457 - guard | Stop selling the old starter kit when the new one lands
6457 - guard | Stop sending the paper newsletter when the new app launches
6457 - guard | Stop ordering from the old supplier when the contract ends in May
6457 - guard | Stop offering free delivery when the basket is under £20
6457 - guard | Quit answering emails after dinner
6457 - guard | Stop using paper forms at reception
"""


def _neg_cases():
    for line in _NEG_TABLE.strip().splitlines():
        head, text = (p.strip() for p in line.split("|", 1))
        decision, verdict, *_guard = head.split()
        yield pytest.param(verdict == "N", text, id=f"{decision}-{text}")


@pytest.mark.parametrize(("negative", "text"), list(_neg_cases()))
def test_negative(negative: bool, text: str):
    assert (_NEG in _failed(text)) is negative, text


# decision 6458: a signed figure or a temperature between a determiner and a noun names a spec
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Renew the -70 cabinet service agreement", True),
        ("Replace the 4°C cold-room compressor", True),
        ("Move samples out of the −20 store by May", True),
        ("Keep the freezer at -80°C", False),
        ("Service the 3 delivery vans", False),
        ("Cut the cold room to 4°C", False),
    ],
)
def test_spec_in_name(text: str, label: bool):
    from coach.review import parse

    draft = parse(_EN_ONE.format(text=text))
    item = next(k for o in draft.objectives for k in o.key_results)
    kinds = {q.kind for q in item.facts.quantities}
    assert (
        "label-number" in kinds and not any(q.is_target for q in item.facts.quantities)
    ) is label


_EN_ONE = "Objective: Keep the lab running (owner: Ana) in Q3\n- KR1: {text}\n"


# decision 6459: the admin flow to each one's due date is no task either (6367's reading)
@pytest.mark.parametrize(
    ("text", "task"),
    [
        ("Settle every utility invoice on or before its due date", False),
        ("Process all expense claims by the due date", False),
        ("Send the board pack by the due date", True),
    ],
)
def test_due_date_flow_is_no_task(text: str, task: bool):
    assert ("kr-is-task" in _failed(text)) is task, text

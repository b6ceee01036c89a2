"""Round 40 (issue 8), helper bau40: business as usual in both languages, decisions 5860-5868
in docs/principles.md — a standing meeting or event named as data, a routine that ends the
wording, standing rounds in English, everyone kept current on a renewed credential or the
required training, the incoming load counted per cadence, a regulator's deadlines named at
length, a library's weeding and the required training done by the whole staff, a routine held with the top of a
ranked list, and a service level said to be the contract's.

Every wording here was written for this file (other nouns, numbers and orders than any outsider's
draft or the lead's examples). Lines marked "guard" are the near neighbours that must not change;
the others failed to be flagged before their decision.
"""

from __future__ import annotations

import pytest

from coach import review

_ZH = "O1：打造全区最让人放心的服务窗口（负责人：孟涛，2027年Q3）\nKR1：{text}\n"
_EN = "Objective: Make the harbour café the first stop of every walker (owner: Ana) in Q3\n- KR1: {text}\n"
_BAU = "kr-business-as-usual"

# decision | B (routine) or - (not routine) | guard? | wording
_TABLE = """
5860 B | 每月开展一次教研活动
5860 B | 每季度召开一次董事会
5860 B | 理事会每半年召开一次
5860 B | 每学期召开一次家长会
5860 B | 每季度完成一次内部审计
5860 B | 每月召开一次院务会
5860 B | 每周开设一节公开课
5860 B | 每天课间操
5860 B | 每周一升旗
5860 B | 按月完成全员考勤统计
5860 B | 按周完成工资核算
5860 - guard | 每学期召开3次家长会
5860 - guard | 家长会到会率从70%提升到90%
5860 - guard | 公开课评优率达到80%
5860 - guard | 每月组织1次复盘会
5860 - guard | 董事会审议通过新三年规划
5860 - guard | 按月回款率提升到95%
5860 - guard | 教研活动参与率达到95%
5860 - guard | 每月新增理事单位2家
5861 B | Do monthly inventory counts
5861 B | Do nightly cash counts
5861 - guard | Weekly group meeting attendance
5861 - guard | Cut the monthly stock count from 3 days to 1 day
5862 B | Carry out weekly ward rounds with the charge nurse
5862 B | Do a weekly walk-through of the warehouse
5862 B | Hold termly parent-teacher conferences
5862 B | Monthly store visits with every area manager
5862 - guard | Cut ward round time from 90 to 60 minutes
5862 - guard | Parent-teacher conference attendance above 85%
5862 - guard | Do 30 store visits in the new northern region
5862 - guard | Daily safety huddles at every shift start
5862 - guard | Roll out barcode scanners to every ward
5863 B | 100% of pilots current on simulator checkrides
5863 B | Every forklift driver current on their operator licence
5863 B | All care staff up to date with manual handling training
5863 B | Mandatory training completion 100%
5863 B | Statutory fire training completion rate at 100%
5863 B | Annual GDPR refresher completion 100%
5863 B | 年度安全培训完成率100%
5863 B | 每年必修合规培训完成率达到100%
5863 B | 年度消防培训参训率保持100%
5863 B | 特种作业人员持证率100%
5863 B | 护士执业证有效率保持100%
5863 - guard | Raise mandatory training completion from 70% to 100%
5863 - guard | Annual safety training completion from 82% to 100%
5863 - guard | Mandatory training completion 95%
5863 - guard | 100% of new hires complete the product certification by week 6
5863 - guard | 100% of services have automated backups
5863 - guard | All 12 stores current on the new planogram
5863 - guard | 80% of drivers current on the new telematics training
5863 - guard | 持证上岗率从80%提升到100%
5863 - guard | 年度安全培训完成率从85%提升到100%
5863 - guard | 新系统操作培训完成率100%
5863 - guard | 客户满意度保持95%
5864 B | Process 1,200 claims a month
5864 B | Answer 400 helpdesk tickets a week
5864 B | Review 60 grant applications a month
5864 B | Dispense 900 prescriptions a week
5864 B | Triage 80 patient referrals a day
5864 B | Resolve about 250 support tickets each week
5864 B | Pay 2,000 supplier invoices a month
5864 B | 每月处理理赔案件1200件
5864 B | 每天接听客户来电300个
5864 B | 每周审核报销单据200份
5864 B | 日均办理社保申请80件
5864 B | 每天回复客户咨询不少于150条
5864 B | 每月核销发票3000张
5864 - guard | Process 1,500 claims a month, up from 1,200
5864 - guard | Sign 20 new clients a month
5864 - guard | Book 40 discovery calls a week
5864 - guard | Make 50 sales calls a day
5864 - guard | Answer 95% of calls within 20 seconds
5864 - guard | Handle 300 customer calls per day through the new chatbot
5864 - guard | 每月处理理赔案件从800件增加到1200件
5864 - guard | 每月新增订单500单
5864 - guard | 每天接待顾客40人
5864 - guard | 每周外呼意向客户200个
5864 - guard | 工单一次解决率达到90%
5865 B | Meet all county wastewater discharge reporting deadlines
5865 B | Meet every county health department filing deadline
5865 B | Hit all federal grant financial reporting deadlines
5865 B | Weed the large-print collection
5865 B | Weed the children's picture book shelves
5865 - guard | Hit every sprint deadline
5865 - guard | Meet all product launch deadlines in Q3
5865 - guard | Weed out 3 underperforming suppliers
5866 B | 全员完成年度保密培训
5866 B | 组织年度消防培训，全员参加
5866 B | 全体医护人员参加年度院感培训
5866 B | 每位员工完成必修的信息安全培训
5866 B | 合规培训每季度1次，员工全员参训
5866 B | 全体教职工完成年度师德培训
5866 - guard | 新员工全员完成岗前培训
5866 - guard | 全员完成新系统操作培训
5866 - guard | 全员参加年度合规培训并且考核通过率达到90%
5866 - guard | 组织3场合规培训
5866 - guard | 开发年度合规培训课程5门
5867 B | QBRs with the top 8 distributors
5867 B | Monthly business reviews for our top 20 accounts
5867 B | Quarterly check-ins with top 10 suppliers
5867 - guard | Win 3 of the top 10 accounts in the region
5867 - guard | Rank in the top 5 for customer reviews
5867 - guard | Hold 12 QBRs with new distributors
5867 - guard | Add 4 accounts to the top 20 list
5867 - guard | Synthetic checks for the top 20 checkout journeys
5868 B | Answer 95% of calls within 20 seconds per SLA
5868 B | Ship 98% of orders same day, in line with the customer SLA
5868 B | Meet the contracted 99.5% on-time pickup rate
5868 B guard | Process payroll within 2 days of month end per SLA
5868 B | 按SLA要求4小时内响应全部故障工单
5868 B | 按合同约定，95%的投诉24小时内回复
5868 B | 按协议要求，设备故障2小时内到场
5868 B | 达到合同约定的98%准时送达率
5868 B | 按服务协议，客户来电30秒内接听率95%
5868 - guard | Answer 95% of calls within 20 seconds, up from 80%
5868 - guard | Answer 95% of calls within 20 seconds
5868 - guard | Renegotiate the SLA with the top 3 carriers
5868 - guard | Define an SLA for internal IT requests
5868 - guard | Deliver the new plant per contract by June
5868 - guard | Bring 5 new suppliers under contract
5868 - guard | Get 20 new artists contracted
5868 - guard | 工单响应时间从8小时缩短到4小时
5868 - guard | 签订3份新的服务协议
5868 - guard | 按合同约定完成新仓库建设
5868 - guard | 按合同约定，95%的投诉24小时内回复，较去年提升10个百分点
"""


def _cases(table: str = _TABLE):
    for line in table.strip().splitlines():
        head, text = (p.strip() for p in line.split("|", 1))
        decision, verdict, *_guard = head.split()
        yield pytest.param(verdict == "B", text, id=f"{decision}-{text}")


def _failed(text: str) -> set[str]:
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in text)
    r = review((_ZH if zh else _EN).format(text=text))
    items = [k for o in r.objectives for k in o.key_results]
    assert len(items) == 1, text
    return {c.rule_id for it in items for c in it.checks if c.status == "fail"}


@pytest.mark.parametrize(("routine", "text"), list(_cases()))
def test_case(routine: bool, text: str):
    assert (_BAU in _failed(text)) is routine, text

"""Round 42 (issue 8), helper bau42: business as usual in both languages, decisions 6200-6205
in docs/principles.md — a standing duty on its cycle: a record kept for each event or on each
cycle, a reactive duty over everything that comes in done "fast", an upkeep or check round
marked routine however many places it covers, a review rating held at its figure, what already
exists renewed, and 做好 + a one-off launch or opening (not routine).

Every wording here was written for this file (other nouns, numbers and orders than any outsider's
draft or the lead's examples), across functions: hospitals, schools, shops, depots, councils,
software teams, charities, pharmacies. Lines marked "- guard" are near neighbours that must not
change; "B guard" lines were routine already and must stay so; the other "B" lines, and the "-"
lines of 6205, had the other verdict on 82f9bb8e.
"""

from __future__ import annotations

import pytest

from tests.test_bau40 import _cases, _failed

_BAU = "kr-business-as-usual"

# decision | B (routine) or - (not routine) | guard? | wording
_TABLE = """
6200 B | Fill in the change log for every deploy
6200 B | Fridge temperature logs filled in daily
6200 B guard | Write an incident report for every call-out
6200 B | Complete a risk assessment before every school trip
6200 B | Log every delivery in the goods-in book
6200 B | Update the release notes for each release
6200 B | File a site diary entry for every shift
6200 B | Record every complaint in the CRM
6200 B | Write test plans for every sprint release
6200 B | 每次出车填写行车记录
6200 B | 每次手术后填写护理记录
6200 B | 每批货物入库时填写验收单
6200 B | 每次家访后填写记录表
6200 B | 每场活动结束后提交总结报告
6200 - guard | Write 4 case studies with our biggest customers
6200 - guard | Record a welcome video for every new course
6200 - guard | Log 500 volunteer hours this quarter
6200 - guard | Complete every module of the sales academy
6200 - guard | Update every product page with new photos
6200 - guard | Write a test plan for the new payments service
6200 - guard | 每天记录饮食
6200 - guard | 编写新版员工手册
6200 - guard | 每次出车前检查合格率从80%提升到100%
6200 - guard | Write in my gratitude diary every night
6200 - guard | Log my workouts every day
6200 - guard | Fill in a food diary after every meal
6200 - guard | Log every run in the training app
6200 - guard | 每周填写健身记录
6200 - guard | 每次练琴后填写练习记录
6200 - guard | Automate filling in the change log for every deploy
6200 - guard | Stop filling in paper logs every shift
6200 - guard | Replace the paper risk assessment before every school trip with an online form
6200 - guard | 每次出车行车记录改为线上填写
6201 - guard | Build a bot that answers every helpdesk ping quickly
6201 B | Answer every helpdesk ping quickly
6201 B | Reply to every parent email promptly
6201 B | Respond to all tenant repair requests fast
6201 B | Handle every pager alert fast
6201 B | Process every expense claim promptly
6201 B | Deal with each customer complaint quickly
6201 B | Respond to all fire-panel alarms promptly
6201 B | 快速处理每一张维修工单
6201 B | 迅速响应每一次报警
6201 B | 第一时间回复所有家长留言
6201 - guard | Answer 95% of helpdesk pings within 10 minutes, up from 70%
6201 - guard | Cut the average reply time to parent emails from 2 days to 4 hours
6201 - guard | Build an auto-reply bot for helpdesk pings
6201 - guard | Answer 90% of alarms within 5 minutes
6201 - guard | 客户留言回复时间从24小时缩短到4小时
6201 - guard | 快速上线新版报修小程序
6202 B | 完成12家门店的例行巡检
6202 B | 完成全部8个泵站的常规检查
6202 B | 完成30辆校车的例行保养
6202 B | 按计划完成各病区的常规消毒
6202 B | 完成6个社区的例行走访
6202 B | 完成全年4次常规水质检测
6202 B | 完成8家分院的常规审计
6202 B | Do routine checks on all 14 fire doors
6202 B | Do the quarterly fire-extinguisher check
6202 B | Emergency lights tested every month
6202 B | Do the annual lightning-conductor check
6202 - guard | 例行巡检发现问题整改率从60%提升到90%
6202 - guard | 常规检查时间从2天缩短到半天
6202 - guard | 完成新厂房的首次消防验收
6202 - guard | 完成12家门店的装修改造
6202 - guard | 常规审计发现问题整改率从70%提升到95%
6202 - guard | Complete the first safety inspection of the new warehouse
6202 - guard | Monthly visitor count above 5,000
6202 - guard | Raise fire-extinguisher check pass rate from 85% to 98%
6202 - guard | Automate routine checks on all 14 fire doors
6202 - guard | Move routine inspections to the tablet app
6202 - guard | Train 5 new staff to do routine checks
6202 - guard | Outsource the routine boiler servicing
6202 - guard | 实现常规巡检自动化
6202 - guard | 用无人机完成12座铁塔的例行巡检
6202 - guard | 引入第三方完成30辆校车的例行保养
6203 B | 门店评分保持4.7
6203 - guard | 外卖平台评分保持4.9分以上
6203 B | 美团星级保持五星
6203 B | 点评综合评分维持在4.6分
6203 B | Keep the Google rating at 4.8
6203 B | Keep our Trustpilot score at 4.5
6203 B | Hold the app store rating at 4.6 stars
6203 B | Maintain a 4.5-star rating on the booking site
6203 - guard | 门店评分从4.5提升到4.8
6203 - guard | Keep the Google rating at 4.8 or above
6203 - guard | 点评评分保持在4.6分及以上
6203 - guard | 门店评分达到4.8
6203 - guard | 客户满意度保持95%
6203 - guard | Raise the Google rating from 4.3 to 4.7
6203 - guard | Reach a 4.8 rating on the app store
6203 - guard | Maintain 99.99% uptime for checkout
6204 B | Renew the three existing maintenance contracts
6204 B | 续签现有3家物流供应商的合同
6204 B | 续签全部12份现有租赁合同
6204 B | 与现有供应商续签年度采购协议
6204 B | 续订现有的两套数据库
6204 B guard | Renew both existing van leases
6204 - guard | 与3家新供应商签订合同
6204 - guard | Sign 4 new maintenance contracts
6204 - guard | 续签率从70%提升到85%
6204 - guard | 续签80%的到期大客户合同
6204 - guard | Renew 90% of expiring member subscriptions
6204 - guard | Raise contract renewal rate from 75% to 90%
6205 - | 做好新品上市推广
6205 - | 做好新店开业筹备
6205 - | 做好新校区搬迁
6205 - | 做好首届读书节的组织
6205 - | 做好会员小程序上线
6205 B guard | 做好秋季招生宣传
6205 B guard | 做好新员工入职培训
6205 B guard | 做好家庭理财
6205 B guard | 做好交接班记录
6205 B guard | 做好月度盘点
"""


@pytest.mark.parametrize(("routine", "text"), list(_cases(_TABLE)))
def test_case(routine: bool, text: str):
    assert (_BAU in _failed(text)) is routine, text

"""Round 43 (issue 8), helper bau43: business as usual in both languages, decisions 6360-6368
in docs/principles.md — a standing duty on its cycle, continued: a seasonal or yearly issue
published or sent, or what goes to everyone on a list (6360); a ritual once per iteration of the
team's own cycle (6361); a house rule carried out (6362); a stock held at its par (6363); the
cycle's tally or a higher body's check done (6364); a practice brought in is no routine (6365); a
person's own practice is no routine (6366); the admin flow within its limit (6367); renewal before
expiry said as a noun (6368).

Every wording here was written for this file (other nouns, numbers and orders than any outsider's
draft or the lead's examples), across functions: schools, councils, clinics, hotels, depots,
software teams, charities, landlords, publishers, personal sets. Lines marked "- guard" are near
neighbours that must not change; "B guard" lines were routine already and must stay so; the other
lines had the other verdict on 3886e939.
"""

from __future__ import annotations

import pytest

from tests.test_bau40 import _cases, _failed

_BAU = "kr-business-as-usual"

# decision | B (routine) or - (not routine) | guard? | wording
_TABLE = """
6360 B | Publish the spring course timetable
6360 B | Issue the summer opening-hours leaflet
6360 B | Post the winter gritting schedule on the council site
6360 B | Send out the annual membership renewal reminders
6360 B | Send renewal notices to all season-ticket holders
6360 B | Mail the Christmas appeal letter to our donors like every year
6360 B | Print the autumn term newsletter as we do each September
6360 B | Send payment reminders to all tenants
6360 B | Send vaccination reminders to every registered patient
6360 B | Publish the annual price list
6360 B | Email the new spring menu to all regulars
6360 B | 按惯例寄送年度会员续费通知
6360 B | 像往年一样发布春节值班安排
6360 B | 给全体业主发送物业费缴费提醒
6360 B | 向所有家长推送寒假安全提醒
6360 B guard | 发布秋季课程表
6360 B guard | 印发夏季作息时间表
6360 B guard | Hand out the summer reading list to every pupil as usual
6360 - guard | Publish 12 blog posts on pricing
6360 - guard | Send the new loyalty offer to 5,000 lapsed customers
6360 - | Publish our first annual impact report
6360 - guard | Redesign the spring course timetable so it fits on one page
6360 - guard | Grow renewal-reminder open rate from 30% to 45%
6360 - guard | Send the members' newsletter every first Monday
6360 - guard | 发布新版会员权益手册
6360 - guard | 续费提醒短信打开率从20%提升到35%
6360 - | 发布首份年度社会责任报告
6360 - guard | Send 400 renewal reminders by text
6361 B | 每个迭代组织1次复盘
6361 B | 每个迭代召开一次回顾会
6361 B | 每个版本发布前组织1次代码评审
6361 B | 每次发布后开展一次复盘
6361 B | 每个项目结项后组织一次总结会
6361 B | 每个冲刺结束召开评审会
6361 B | Hold a sprint review at the end of each iteration
6361 B | Hold one post-mortem after every major release
6361 B | Do a code review before each release
6361 B | Run a lessons-learned session after every project
6361 B | Hold a debrief after each school trip
6361 B guard | Run a retro after every sprint
6361 - guard | 每月组织1次复盘会
6361 - guard | Add a pricing review to every deal desk meeting
6361 - guard | Introduce retros after every sprint
6361 - guard | 每个迭代线上缺陷数从12个降到5个
6361 - guard | Cut sprint review time from 2 hours to 1
6361 - guard | 每个迭代组织3次用户访谈
6362 B | 安全制度落实到位
6362 B | 三审三校制度执行到位
6362 B | 交接班制度执行到位
6362 B | 消毒隔离制度落实到位
6362 B | 查对制度严格执行
6362 B | 严格执行食品留样制度
6362 B | 落实首问负责制
6362 B | 值班制度落实到位
6362 B | 严格落实安全操作规程
6362 B | 财务审批流程执行到位
6362 - guard | 建立新的安全管理制度
6362 - guard | 推行首问负责制
6362 - guard | 安全制度培训覆盖率从60%提升到100%
6362 - guard | 制定并发布新版考勤制度
6362 - guard | 制度执行检查合格率达到95%
6363 B | Keep spare toner at 2 cartridges per printer
6363 B | Keep linen stock at 4 sets per room
6363 B | Hold first-aid kits at 1 per vehicle
6363 B | Maintain 3 spare tyres per depot
6363 B | Keep a par of 2 oxygen cylinders on every ward
6363 B | 备用墨盒保持每台打印机2个
6363 B | 每间客房布草保持3套
6363 B | 每辆车常备1个急救箱
6363 - guard | Keep fuel cost at £1.20 per mile
6363 - guard | Keep churn under 2% per month
6363 - guard | Raise stock cover from 2 to 4 days per store
6363 - guard | Cut toner use to 2 cartridges per printer
6363 - guard | Keep waiting time under 15 minutes per patient
6363 - guard | 每台设备故障停机时间保持在2小时以内
6363 - guard | Keep 2 nurses on every ward
6363 - guard | Hold 4 tasting sessions per month
6363 - guard | Keep 3 coaching calls per fortnight
6364 B | 完成月度质控数据统计
6364 B | 完成护理质量指标监测
6364 B | 完成每月能耗数据统计
6364 B | 完成季度院感监测
6364 B | 完成月度销售数据汇总
6364 B | 完成国家基本药物制度考核
6364 B guard | 配合完成省卫健委的督查
6364 B guard | 按时报送月度台账
6364 B guard | 完成日常水质监测
6364 B guard | 按时报送季度统计报表
6364 - guard | 完成客户满意度调研
6364 - guard | 搭建能耗数据监测平台
6364 - guard | 质控数据统计时间从5天缩短到2天
6364 - guard | 完成20家门店的数据统计
6364 - guard | 建立护理质量指标监测体系
6364 - guard | 完成新厂房消防验收
6364 - guard | 年度考核排名从第8提升到第3
6364 - guard | 完成用户行为数据分析
6365 - | 推行5S管理，各车间每日巡检
6365 - | 推行TPM自主保全，各班组每周点检
6365 - | 推广晨会制度，各门店每天开晨会
6365 - | 引入站会机制，每天早上站会15分钟
6365 - | Roll out 5S with a daily check in each workshop
6365 - | Bring in weekly one-to-ones for all managers
6365 - guard | Introduce daily huddles on every ward
6365 B guard | 各车间每日巡检
6365 B guard | 各班组每周点检设备
6365 B guard | 每班召开班前安全会
6365 B guard | toolbox talk every shift
6366 - | Practice every day
6366 - guard | Practise scales every day
6366 - guard | Meditate and journal every morning
6366 - guard | Read 20 pages every night
6366 - guard | 每天练琴30分钟
6366 - guard | 每天冥想10分钟
6366 - guard | Weekly mileage up to 50 miles by April
6366 B guard | Band practice every Tuesday
6366 B guard | Sweep the loading dock every night
6367 B | Handle every expense claim within 3 days
6367 B | Log all goods-in deliveries within 24 hours
6367 B | 所有报销单3个工作日内处理完毕
6367 B | 每份请假申请24小时内审批
6367 B | 供应商发票30天内全部付清
6367 B guard | Process all leaver paperwork within 5 days
6367 B guard | Approve every holiday request within 48 hours
6367 - guard | Cut expense claim processing time from 9 days to 3
6367 - guard | Process 95% of expense claims within 3 days, up from 70%
6367 - guard | Launch self-service expense claims within 3 months
6367 - guard | 报销处理时间从7天缩短到3天
6367 - guard | 90%的报销单3天内处理完毕
6368 B | 100% of riggers refresh their rope-access certification before expiry
6368 B | 100% of lifeguards refresh their pool rescue award before expiry
6368 B | Every electrician renews their card before it runs out
6368 B guard | 100% of drivers renew their forklift licence before it lapses
6368 B guard | Renew the premises licence before it expires
6368 B guard | 所有司机在驾驶证到期前完成换证
6368 - guard | Get 12 staff their first forklift licence
6368 - guard | Cut lapsed certifications from 9 to 2
6368 - guard | Renew 80% of expiring member subscriptions before they lapse
6368 - guard | Build an alert that flags licences 30 days before expiry
6369 - guard | 全年出版图书40种
6369 - guard | Publish 40 new titles this year
6369 B guard | 和往年一样出版图书40种
6369 - guard | 店铺评分保持在4.8分以上
"""


@pytest.mark.parametrize(("routine", "text"), list(_cases(_TABLE)))
def test_case(routine: bool, text: str):
    assert (_BAU in _failed(text)) is routine, text


# decision 6367 (the lead's ruling): a service level on a routine admin action is business as
# usual and no task. "no task" lines were tasks on 3886e939; "task guard" lines stay tasks.
_NO_TASK = """
6367 no task | Handle every expense claim within 3 days
6367 no task | Process all leaver paperwork within 5 days
6367 no task | Approve every holiday request within 48 hours
6367 no task | Log all goods-in deliveries within 24 hours
6367 no task | Approve every timesheet within 2 days
6367 task guard | Send feedback to every candidate within 48h
6367 task guard | Reply to each applicant within 24 hours
6367 task guard | Migrate all legacy dashboards within 6 weeks
6367 task guard | Launch self-service expense claims within 3 months
"""


def _task_cases():
    for line in _NO_TASK.strip().splitlines():
        head, text = (p.strip() for p in line.split("|", 1))
        yield pytest.param(head.split()[1] != "no", text, id=f"{head}-{text}")


@pytest.mark.parametrize(("task", "text"), list(_task_cases()))
def test_admin_flow_is_no_task(task: bool, text: str):
    assert ("kr-is-task" in _failed(text)) is task, text

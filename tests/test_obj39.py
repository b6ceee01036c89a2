"""Round 39 (issue 8), helper obj39: the objective principles in both languages, decisions
5685-5689 (docs/principles.md, "… (issue 8, thirty-ninth round; obj39)"). Every wording here
is the helper's own."""

from __future__ import annotations

import pytest

from tests.test_obj37 import _cases, _failed

# decision, language, wording | rules it fails | rules it passes ("-": none).
# 5685: a count verb with a volume, a thing counted once done, or a measure's acronym: a KPI;
# 5686: everyone in a group passing a bar: a KPI (the pass rate at 100%);
# 5687: one's own health or state said better, with no level named: vague;
# 5688: an outside body asked to fund, license, renew, lower or pick: not controllable;
# 5689: a unit of the team helped to run smoother: flat;
# 5690: one's own plural named by its ending, then would/will and a verb, is people who act;
# 5691: management with only a generic word before it is a whole area of work: vague;
# 5692: a volume keeps its KPI reading with one phrase of scope, and with drive or scale.
_TABLE = """
5685 en Grow paid seats | metric flat | -
5685 en Increase clinic visits | metric flat | -
5685 en Grow weekly orders | metric flat | -
5685 en Grow funded accounts | metric flat | -
5685 en Increase hygiene production | metric flat | -
5685 en Boost units shipped | metric flat | -
5685 en Increase meals served | metric flat | -
5685 en Grow tickets sold | metric flat | -
5685 en Increase claims processed | metric flat | -
5685 en Grow ARPDAU | metric flat | -
5685 en Increase AOV | metric flat | -
5685 en Lift ROAS | metric flat | -
5685 en Raise OTIF | metric flat | -
5685 en Grow ACV | metric flat | -
5685 en Grow the PMO | - | metric
5685 en Boost the SRE practice | - | metric
5685 en Grow leaders trained in-house | - | metric
5685 en Grow the volunteer programme | - | metric
5685 en Increase trust with parents | - | metric
5685 en Raise expectations | - | metric
5685 en Grow relationships with parents | - | metric
5685 en Increase clinic visits by bringing care to remote villages | - | metric
5685 en Grow into a mentor my juniors pick first | - | metric flat vague
5686 zh 期末全员合格 | metric | -
5686 zh 全员考核达标 | metric | -
5686 zh 全班期末考试全部及格 | metric | -
5686 zh 年度体检全员达标 | metric | -
5686 zh 各门店月度考核全部达标 | metric | -
5686 zh 新员工全部通过试用期考核 | metric | -
5686 zh 每位护士操作考核都达标 | metric | -
5686 zh 顺利通过ISO认证 | - | metric
5686 zh 通过培训让全员掌握新系统 | - | metric
5686 zh 全员安全意识提升 | - | metric
5686 zh 让每个孩子都爱上阅读 | - | metric flat
5687 en Stay fit | vague flat | -
5687 en Stay healthy | vague flat | -
5687 en Get healthier | vague flat | -
5687 en Keep in shape | vague flat | -
5687 en Get in shape | vague flat | -
5687 en Keep fit | vague flat | -
5687 en Stay in good shape | vague flat | -
5687 en Get fit for the charity marathon in May | - | vague
5687 en Stay fit enough to hike the coast path in August | - | vague
5687 en Keep the warehouse in good shape for the audit | - | vague
5687 en Be a better teammate | flat | vague
5687 en Get better at planning | flat | vague
5687 zh 状态好一些 | vague flat | -
5687 zh 精神状态好一些 | vague flat | -
5687 zh 身体好一点 | vague flat | -
5687 zh 身体更健康 | vague flat | -
5687 zh 心态更好一些 | vague flat | -
5687 zh 工作更上心 | vague flat | -
5687 zh 保持健康 | vague flat | -
5687 zh 做一个更好的自己 | vague flat | -
5687 zh 身体健康 | - | vague
5687 zh 保持健康，全年不请病假 | - | vague
5687 zh 让身体撑得住每周三次的夜跑 | - | vague
5687 zh 工作更高效，每天六点前下班 | - | vague
5687 zh 成为更好的队友 | - | vague
5688 en Get the foundation to renew our grant | ctrl | -
5688 en Get the landlord to lower our rent | ctrl | -
5688 en Get the hospital trust to fund a second MRI scanner | ctrl | -
5688 en Get the city to license our food truck | ctrl | -
5688 en Get the retailer to pick our range for spring | ctrl | -
5688 en Get the platform team to build the features customers want | - | ctrl
5688 en Lay the foundation for a fundraising team | - | ctrl
5688 en Renew every lapsed member | - | ctrl
5688 en Lower our rent by moving to a smaller office | - | ctrl
5688 en Get our nurses to adopt the new handover form | - | ctrl
5688 zh 让平台把我们的产品选进年货节主会场 | ctrl | -
5688 zh 让区教育局批准新课程 | ctrl | -
5688 zh 让商场同意我们延长营业时间 | ctrl | -
5688 zh 让基金会续签资助协议 | ctrl | -
5688 zh 让房东下调租金 | ctrl | -
5688 zh 让主办方把我们选为年度合作伙伴 | ctrl | -
5688 zh 让平台更稳定 | - | ctrl
5688 zh 搭建平台，让更多商家入驻 | - | ctrl
5688 zh 让商场客流持续增长 | - | ctrl
5688 zh 让银行客户办事不排队 | - | ctrl
5688 zh 让基金会的每一分钱都用在孩子身上 | - | ctrl
5688 zh 让店员都用上新的收银系统 | - | ctrl
5689 en Help the front desk run more smoothly | flat | -
5689 en Help the kitchen run more smoothly on weekends | flat | -
5689 en Help our depot work more efficiently | flat | -
5689 en Help the library run smoother in the evenings | flat | -
5689 en Help the front desk check every patient in within five minutes | - | flat
5689 en Help the night shift run so smoothly that no patient waits for a bed | - | flat
5689 en Help every new parent feel confident at home | - | flat
5688 zh 让京东把我们的新品选进618主会场 | ctrl | -
5688 zh 让电视台把我们的节目排进黄金档 | ctrl | -
5688 zh 让美团把我们的门店列入必吃榜 | ctrl | -
5688 zh 让家长把我们学校选为首选 | - | ctrl
5688 zh 让店员把新品放进显眼位置 | - | ctrl
5688 en Secure an 8% larger grant from the state arts council | ctrl | -
5688 en Win more funding from the foundation | ctrl | -
5688 en Secure a funding increase from the city | ctrl | -
5688 en Raise more funding from individual donors | - | ctrl
5690 en Grow into a manager my agents would pick to work for again | - | flat
5690 en Grow into a lead my analysts would choose to follow again | - | flat
5690 en Grow into a supervisor my cashiers would vouch for | - | flat
5690 en Grow into a charge nurse my juniors could rely on at 3am | - | flat
5690 en Grow into a manager my representatives would recommend | - | flat
5690 en Build a plan our budgets can absorb | flat | -
5690 en Set up the dashboards my analysts will need | flat | -
5690 en Grow into a manager | flat | -
5691 zh 加强日常管理 | vague flat | -
5691 zh 加强常规管理 | vague flat | -
5691 zh 加强基础管理 | vague flat | -
5691 zh 加强班级管理 | flat | vague
5691 zh 加强库房管理 | flat | vague
5691 zh 加强日常管理，做到每天下班前库房清点无差错 | - | vague
5692 en Grow paid seats in the public sector | metric flat | -
5692 en Increase visits to the dental clinic | metric flat | -
5692 en Drive clinic visits | metric flat | -
5692 en Scale paid seats | metric flat | -
5692 en Drive bookings for the new spa | metric flat | -
5692 en Grow seats in mid-market accounts | metric flat | -
5692 en Increase clinic visits by bringing care to remote villages | - | metric
5692 en Grow paid seats so every team can plan together | - | metric
5692 en Increase production of our school play | - | metric
5692 en Drive change in how we plan | - | metric
5692 en Scale the volunteer programme to two new towns | - | metric
"""


@pytest.mark.parametrize(("decision", "lang", "text", "fails", "passes"), _cases(_TABLE))
def test_case(decision: str, lang: str, text: str, fails: set[str], passes: set[str]):
    got = _failed(lang, text)
    assert fails <= got, (decision, text, got)
    assert not passes & got, (decision, text, got)

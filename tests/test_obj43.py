"""Round 43 (issue 8), helper obj43: the objective principles in both languages, decisions
6315-6326 (docs/principles.md, "Objectives: … (issue 8, forty-third round; obj43)"). Every wording
here is the helper's own; each shape has wordings that the change fixes and near neighbours that
must not move."""

from __future__ import annotations

import pytest

from tests.test_obj37 import _cases, _failed

# decision, language, wording | rules it fails | rules it passes ("-": none).
# 6315: a measure and a state word of its level, no verb ("毛利率稳定"), is a KPI objective;
# 6316: one's body, mood or form and a bare word of praise ("心情好", "身体棒") is vague;
# 6317: one's own feeling or drive kept from fading ("Don't lose my nerve") is vague;
# 6318: a verb of using up, "less/more" and what is used ("Waste less food") is a KPI objective;
#       "Spend less" with nothing named is vague, not a KPI (lead ruling);
# 6319: a race or a distance covered in a time, swum, ridden or rowed too, is a personal KPI;
# 6320: "every/each" one's standard kept at a named moment or hard case is an end state;
# 6321: a purpose clause, "so" the ones served "can" do something, is an end state (lead ruling);
# 6322: the people served who only stay or come back ("Members who renew") are a retention, flat;
# 6323: all of the team's own sites taking up a new thing is a rollout, flat (lead ruling);
# 6324: a review or an inspection come through with a clean verdict is an end state;
# 6325: ... and when a regulator gives that verdict, it is not the team's to control.
_TABLE = """
6315 zh 毛利率稳定 | metric flat | -
6315 zh 客流量基本稳定 | metric flat | -
6315 zh 门诊量稳定 | metric flat | -
6315 zh 出勤率稳定 | metric flat | -
6315 zh 现金流平稳 | metric flat | -
6315 zh 续费率总体稳定 | metric flat | -
6315 zh 入住率平稳 | metric flat | -
6315 zh 良品率稳定 | metric flat | -
6315 zh 月捐收入稳定 | metric flat | -
6315 zh 客单价更稳定 | metric flat | -
6315 zh 营收稳健 | metric flat | -
6315 zh 订单量稳定 | metric flat | -
6315 zh 团队稳定 | flat | metric
6315 zh 系统稳定 | flat | metric
6315 zh 供货稳定 | flat | metric
6315 zh 服务品质稳定 | flat | metric
6315 zh 核心骨干队伍稳定 | flat | metric
6315 zh 网络稳定 | flat | metric
6315 zh 水电供应平稳 | flat | metric
6315 zh 复购率更高 | metric flat | -
6315 zh 人均产值更高 | metric flat | -
6315 zh 到课率越来越高 | metric flat | -
6315 zh 现金流健康 | metric flat | -
6315 zh 库存更健康 | metric flat | -
6315 zh 费用可控 | metric flat | -
6315 zh 应收账款可控 | metric flat | -
6315 zh 标准更高 | flat | metric
6315 zh 要求更高 | flat | metric
6315 zh 风险可控 | flat | metric
6315 zh 质量可控 | flat | metric
6315 zh 进度可控 | flat | metric
6315 zh 员工健康 | flat | metric
6315 zh 孩子们更快乐 | - | metric flat
6315 zh 出餐更快 | metric flat | -
6315 zh 新人上手更快 | metric flat | -
6316 zh 心情好 | vague flat | metric
6316 zh 身体棒 | vague flat | metric
6316 zh 精神头足 | vague flat | metric
6316 zh 睡眠好 | vague flat | metric
6316 zh 胃口好 | vague flat | metric
6316 zh 我的身体棒棒的 | vague flat | metric
6316 zh 心态好 | vague flat | metric
6316 zh 气色好 | vague flat | metric
6316 zh 情绪不错 | vague flat | metric
6316 zh 精气神足 | vague flat | metric
6316 zh 身体健康 | flat | vague
6316 zh 身体好到能跑完半马 | - | vague
6316 zh 口碑好 | flat | vague
6316 zh 服务好 | flat | vague
6316 zh 让身体撑得住每周三次的夜跑 | - | vague
6317 en Don't let my motivation slip | vague flat | -
6317 en Don't lose my confidence | vague flat | -
6317 en Never lose my curiosity | vague flat | -
6317 en Don't let our morale dip | vague flat | -
6317 en Do not lose my nerve this term | vague flat | -
6317 en Keep hold of my enthusiasm | vague flat | -
6317 en Don't let my focus fade | vague flat | -
6317 en Never lose my sense of calm | - | metric
6317 en Don't lose a single customer to the move | - | vague
6317 en Don't lose my temper with the kids | flat | vague
6317 en Don't lose money on events | metric | vague
6318 en Waste less food | metric flat | vague
6318 en Burn less diesel on the school run | metric flat | vague
6318 en Use less energy in the school buildings | metric flat | vague
6318 en Use less single-use plastic | metric flat | vague
6318 en Print less paper at head office | metric flat | vague
6318 en Spend less money on takeaways | metric flat | vague
6318 en Use less water on the farm | metric flat | vague
6318 en Waste less fabric in the cutting room | metric flat | vague
6318 en Use less toner | metric flat | vague
6318 en Spend less on agency staff | metric flat | vague
6318 en Spend less | vague flat | metric
6318 en Waste less | vague flat | metric
6318 en Use less. | vague flat | metric
6318 en Spend less time in meetings | flat | vague
6318 en Use less jargon | flat | metric
6318 en Spend more time with the kids | flat | metric
6318 en Sell more online | metric flat | vague
6319 en Break 3:10 at the Riverside Marathon | metric flat | -
6319 en Swim 1500 m under 25 minutes | metric flat | -
6319 en Swim 400 metres in under 9 minutes | metric flat | -
6319 en Ride 40 km in under 90 minutes | metric flat | -
6319 en Row 2000 m under 8 minutes | metric flat | -
6319 en Walk 5 km under 45 minutes by the summer | metric flat | -
6319 en Break 25 minutes for 5k at parkrun | metric flat | -
6319 en Finish the Olympic triathlon in under 3 hours | metric flat | -
6319 en Run 10k in under 50 minutes by June | metric flat | -
6319 en Swim 1500 m in the open water | - | metric
6319 en Finish my first marathon | - | metric
6319 en Swim with the kids every weekend | - | metric
6319 en Run the Hilltop 10k with my daughter | - | metric
6320 en every parcel on the doorstep before breakfast, every day | - | flat metric
6320 en every trailer out the gate on time, every night | - | flat
6320 en Every locker room stocked before the first whistle | - | flat
6320 en Have every bus leave the depot on time on a snowy morning | - | flat
6320 en Have every gritter out on an icy morning | - | flat
6320 en Get every turbine turning when the wind blows | - | flat
6320 en Every bed made up before the morning rush | - | flat
6320 en Every meal hot on the table before 6pm, every night | - | flat
6320 en Every theatre list starting on time, every day | - | flat
6320 en Every food hall stall fully staffed, without last-minute scrambling | - | flat
6320 en Get every ambulance on the road even in the worst snow | - | flat
6320 en Every ward fully staffed, without last-minute scrambling (owner: Raj) | - | flat
6320 en Every clinic fully staffed on a bank holiday weekend | - | flat
6320 en Every manager completes the coaching course before the rush | flat | -
6320 en Keep every server patched | flat | -
6320 en Every store ready for the audit | flat | -
6320 en Have every manager sign the new policy before the audit | flat | -
6320 en Get every invoice paid | flat | -
6320 en Every branch improves its margin | flat | -
6321 en Grow regular giving so the hospice can plan a year ahead | - | flat
6321 en Grow monthly donors so the shelter can plan a year ahead | - | flat
6321 en Raise more grant income so the youth club can stay open on Fridays | - | flat
6321 en Cut admin hours so our teachers can spend evenings with their families | - | flat
6321 en Streamline intake so the shelter never turns a family away | - | flat
6321 en Raise prices so we can hire two more nurses | flat | -
6321 en Grow revenue so margins can recover | flat | -
6322 en Customers who stay | flat | -
6322 en Volunteers who come back | flat | -
6322 en Members who renew | flat | -
6322 en Patients who return | flat | -
6322 en Diners who keep coming back | flat | -
6322 en Tenants who stay longer | flat | -
6322 en Students who stick around | flat | -
6322 en Shoppers who stay loyal | flat | -
6322 en Gardeners who rejoin | flat | -
6322 en Players who come back again | flat | -
6322 en Customers who love us | - | flat
6322 en Parents who trust us with their kids | - | flat
6322 en Patients who never need to come back | - | flat
6322 en A gym where beginners come back for a second session | - | flat
6322 en Build a youth club teens actually want to come back to | - | flat
6323 zh 3月底前全区门店用上新收银系统 | flat | -
6323 zh 年底前全市门店换上新价签 | flat | -
6323 zh 所有门店都用上新的点单屏 | flat | -
6323 zh 6月底前每家分店启用新会员卡 | flat | -
6323 zh 让每位老人吃上热乎饭 | - | flat
6323 zh 让所有学生用上新课本 | - | flat
6323 zh 顾客进店5分钟内用上新设备 | - | flat
6324 en Clear the spring inspection with nothing to fix | - | flat
6324 en Pass the fire inspection with nothing to fix | - | flat
6324 en Get through the client's security audit with no findings | - | flat
6324 en Sail through the kitchen inspection with a clean report | - | flat
6324 en Pass every audit with the best record in the industry | - | flat
6324 en Obtain PCI DSS compliance | flat | -
6324 en Prepare for the ombudsman's review | flat | ctrl
6325 en Get through the ombudsman's review with no sanctions | ctrl | flat
6325 en Pass the Ofsted visit with no actions | ctrl | flat
6325 en Come through the CQC inspection with zero breaches | ctrl | flat
6325 en Clear the HSE investigation with no fines | ctrl | flat
6325 en Pass the regulator's conduct review with no enforcement actions | ctrl | flat
6325 en Pass the fire inspection with nothing to fix | - | ctrl
6325 en Get FDA approval for the new glucose monitor | - | ctrl
"""


@pytest.mark.parametrize(("decision", "lang", "text", "fails", "passes"), _cases(_TABLE))
def test_case(decision: str, lang: str, text: str, fails: set[str], passes: set[str]):
    got = _failed(lang, text)
    assert fails <= got, (decision, text, got)
    assert not passes & got, (decision, text, got)

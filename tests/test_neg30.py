"""neg30 (round 30): negative phrasing on the nouns of many trades — repeat visits and repairs,
returned dishes and filings, arrears, tripped breakers and cut supplies, injuries on site and
on the ward, lost parcels and orders, fraud on cards, petitions and reprimands — and 压减 as a
reducer (decisions 4260-4262)."""

from __future__ import annotations

import pytest

from tests.test_neg28 import _NEG, _rules
from tests.test_neg28 import _rewrite as _said


def _rewrite(kr: str) -> str:
    return _said(kr, _NEG)


# -- decision 4260: Chinese bad events in the nouns of many trades


@pytest.mark.parametrize(
    "kr",
    [
        "家电售后二次上门率降到3%以下",
        "空调安装二次维修率下降到2%",
        "三四级手术非计划再手术率不高于1%",
        "堂食退菜率控制在1%以内",
        "窗口退件率降到3%以下",
        "小区物业费欠缴率从12%降到6%",
        "机房跳闸次数全年不超过1次",
        "本学期补考科目数人均不超过1门",
        "施工现场“三违”行为每月不超过5起",
        "全年不发生重大操作风险案件",
        "销售丢单次数每季度不超过3次",
        "大促期间仓库爆仓不超过1次",
        "被监管部门约谈不超过1次",
        "全年通报批评不超过1次",
        "后厨烫伤每季度不超过1例",
        "护士针刺伤发生例数下降50%",
        "住院患者走失每年不超过1例",
        "门店食品异物每月不超过2起",
        "供水管网爆管次数从20次降到12次",
        "营业网点长短款每月不超过1笔",
        "信用卡盗刷案件数下降40%",
        "快递遗失件数每月不超过5件",
        "滞留件占比低于0.5%",
        "货差率低于0.05%",
        "欠薪案件降到5件以内",
        "中途退学人数不超过3人",
        "高温作业中暑例数比去年减少一半",
        "工地触电每年不超过1起",
        "越级上访批次下降一半",
        "核心商品脱销次数每月不超过2次",
    ],
)
def test_trade_nouns_are_bad_events(kr: str) -> None:
    assert _NEG in _rules(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "来料坏件率不超过3%",
        "配件缺件率降到0.5%以下",
        "车辆出险率下降20%",
        "驾驶员超速次数每月不超过2次",
        "疲劳驾驶每月不超过1次",
        "保单退保率不高于3%",
        "员工缺卡次数每月不超过2次",
        "考试作弊人数降到2人以内",
        "物业费滞纳户数减少一半",
        "车间停工次数每季度不超过1次",
        "快递空包件数每月不超过3单",
        "不合规合同不超过3份",
        "内审不合规项降到5项以内",
        "电诈发案数同比下降30%",
        "辖区发案率下降10%",
        "门店食品异物每季度不超过1起",
        "资损率低于万分之一",
        "亏损门店数量减少5家",
        "资损金额降低80%",
        "盗刷金额下降50%",
        "物业费欠缴金额压降30%",
    ],
)
def test_more_trade_nouns_are_bad_events(kr: str) -> None:
    assert _NEG in _rules(kr)


@pytest.mark.parametrize(
    ("kr", "said"),
    [
        ("小区物业费欠缴率从12%降到6%", "收缴率从88%提升到94%"),
        ("家电售后二次上门率降到3%以下", "一次上门解决率"),
        ("空调安装二次维修率下降到2%", "一次修复率"),
        ("设备离线率从5%降到2%", "在线率从95%提升到98%"),
        ("门店检查不达标率降到5%以下", "达标率提升到95%以上"),
        ("期末缺考率低于1%", "到考率高于99%"),
        ("术后失访率降至10%", "随访率提升到90%"),
        ("窗口退件率降到3%以下", "一次通过率提升到97%以上"),
        ("办件退件率从8%降到4%", "一次通过率从92%提升到96%"),
        ("快递破包率低于0.2%", "快递完好率"),
        ("配件缺件率降到0.5%以下", "配件齐套率"),
    ],
)
def test_trade_nouns_turn_to_their_good_side(kr: str, said: str) -> None:
    assert said in _rewrite(kr)


# -- decision 4261: English twins


@pytest.mark.parametrize(
    "kr",
    [
        "Second visits below 3% of repair jobs",
        "Repeat site visits at most 10 a month",
        "Breaker trips at the data centre: at most 1 this year",
        "Tripped breakers at most 1 a year",
        "Food poisoning cases: 0",
        "Patient elopements: 0",
        "Scalds in the kitchen under 2 a quarter",
        "Power cuts at most 2 a year",
        "Reoperations within 30 days under 1%",
        "Pipe bursts under 20 a year",
        "Resits per student at most 1",
        "Students skipping class down 50%",
        "Patients lost to follow-up below 10%",
        "Policy lapses under 3%",
        "Cheating cases: 0",
        "Overloaded trucks at the weighbridge: 0",
        "Short shipments under 0.5%",
        "Missing parts per kit below 0.5%",
        "Delinquent accounts under 2%",
        "Delinquent loans (30+ days past due) under 2%",
        "Non-compliances at the annual audit: at most 3",
        "Scam losses reported by customers down 40%",
    ],
)
def test_english_trade_nouns_are_bad_events(kr: str) -> None:
    assert _NEG in _rules(kr)


# -- decision 4262: 压减 is a reducer like 压降


@pytest.mark.parametrize(
    "kr",
    [
        "群众投诉件较去年压减40%",
        "投诉量压减40%",
        "差评数量压减一半",
        "退单量比去年压减30%",
        "压减逾期贷款余额20%",
    ],
)
def test_cut_down_is_a_reducer(kr: str) -> None:
    assert _NEG in _rules(kr)


# -- guards: efficiency, costs, good complements, good -less/-free properties, the work of
# fixing or collecting, and decision 369's 杜绝安全事故 (flagged and asked)


@pytest.mark.parametrize(
    "kr",
    [
        "客服平均等待时间控制在30秒以内",
        "门诊平均候诊时长降到20分钟",
        "单件物流成本降低10%",
        "单位产品能耗下降5%",
        "压减非生产性支出15%",
        "好评率提升到98%",
        "一次解决率不低于90%",
        "准时交付率达到98%以上",
        "业务办理实现全流程无纸化",
        "无接触配送覆盖率达到90%",
        "免押金租赁用户占比达到40%",
        "物业费收缴率达到95%",
        "流失客户召回30家",
        "开展不停电作业120次",
        "停电检修计划完成率100%",
        "大促期间工单积压不超过500单",
        "Average wait time under 30 seconds",
        "Cost per shipment down 10%",
        "First-contact resolution above 90%",
        "Paperless onboarding for every branch",
        "Contactless delivery in 90% of orders",
        "Book 40 business trips through the new portal",
        "Power up 30 new charging points",
        "Open 3 offline stores",
        "Anti-cheating checks in 100% of exams",
        "达标率提升到95%",
        "设备在线率达到99%",
        "超速预警系统覆盖全部车辆",
        "出险理赔时效缩短到3天",
        "合规率达到100%",
        "反诈骗拦截成功率不低于95%",
        "涉诈账户识别准确率达到99%",
        "持证上岗率100%",
        "亏损额收窄50%",
        "关停亏损门店10家",
        "滞纳金收入不低于50万元",
        "春节停工天数控制在7天以内",
        "诈骗案件破案率提升到60%",
        "遗失物品找回率提升到80%",
        "补考通过率达到90%",
        "完成重点客户约谈30家",
        "退件处理时效缩短到1天",
        "Grow repeat visits from 2 to 4 per month",
        "Repeat visits per member from 2.1 to 3.0 a month",
        "Second-visit conversion rate from 20% to 35%",
        "Scam awareness sessions for 500 seniors",
        "Compliance rate at 100%",
        "Anti-scam alerts reach 90% of customers",
    ],
)
def test_near_cases_stay_silent(kr: str) -> None:
    assert _NEG not in _rules(kr)


def test_eliminating_safety_accidents_keeps_its_question() -> None:
    assert _NEG in _rules("杜绝安全事故")


@pytest.mark.parametrize(
    ("kr", "quoted"),
    [
        ("投诉量压减40%", "“投诉量”"),
        ("群众投诉件较去年压减40%", "“群众投诉件”"),
        ("违章停车同比压降一半", "“违章停车”"),
    ],
)
def test_the_bad_events_are_quoted_without_the_cut(kr: str, quoted: str) -> None:
    assert quoted in _rewrite(kr)


# -- decision 4263: a label, its colon, then the period the cap holds over ("投诉：全年≤5起")


@pytest.mark.parametrize(
    "kr",
    [
        "非计划拔管：全年≤5例",
        "给药错误：全年≤5例",
        "客户投诉：全年不超过5起",
        "发货差错：本季度≤3次",
        "质量事故：上半年不超过1起",
        "投诉：Q3≤5起",
        "设备跳闸：2026年≤2次",
        "Complaints: this year at most 5",
        "Complaints: in Q3 at most 5",
    ],
)
def test_a_period_after_the_colon_keeps_the_cap(kr: str) -> None:
    assert _NEG in _rules(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "客户满意度：全年≥95%",
        "新增客户：全年不少于50家",
        "准时交付率：全年≥98%",
        "成本：全年不超过500万元",
        "平均等待时长：全年不超过10分钟",
        "Cost per order: this year at most $3",
    ],
)
def test_a_period_after_the_colon_of_a_good_measure_stays_silent(kr: str) -> None:
    assert _NEG not in _rules(kr)

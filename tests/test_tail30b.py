"""tail30b (round 30): Chinese negative phrasing leftovers — a bad event's label held at 无, a
cap inside a second label or an aside, days out of stock, a time threshold in months or years
inside the noun, and the money a breakage or a write-off costs (decisions 4350-4353)."""

from __future__ import annotations

import pytest

from tests.test_neg28 import _NEG, _rules
from tests.test_neg28 import _rewrite as _said

# -- decision 4350: days out of stock (脱销, 缺料) count bad days; 报废 and 破损 amounts are losses


@pytest.mark.parametrize(
    "kr",
    [
        "脱销天数从12天降到3天",
        "爆款脱销天数每月不超过2天",
        "旺季门店脱销天数下降到4天",
        "产线缺料天数从6天降到1天",
        "全年缺料天数控制在5天以内",
        "货物破损理赔金额下降50%",
        "食材报废金额下降20%",
        "产品报废金额从50万降到30万",
        "临期食品报废金额每月控制在3000元以内",
        "快递破损赔付金额降低40%",
        "包材破损金额控制在1万元以内",
    ],
)
def test_stockout_days_and_loss_amounts(kr: str) -> None:
    assert _NEG in _rules(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "物流成本下降10%",
        "平均等待天数从5天降到2天",
        "库存周转天数从60天降到45天",
        "回款天数从90天降到60天",
        "理赔时效从5天缩短到2天",
        "报废资产回收金额提升20%",
        "设备采购金额下降10%",
    ],
)
def test_days_and_amounts_guards(kr: str) -> None:
    assert _NEG not in _rules(kr)


# -- decision 4351: a bad event's label with 无 as its value ("安全事故：无")


@pytest.mark.parametrize(
    "kr",
    [
        "安全事故：无",
        "重大投诉：无",
        "生产安全事故：无",
        "有效投诉：无",
        "数据泄露事件：无",
        "工伤事故: 无",
        "重大质量事故：无。",
    ],
)
def test_label_held_at_none(kr: str) -> None:
    assert _NEG in _rules(kr)


@pytest.mark.parametrize("kr", ["安全事故：无", "重大投诉：无", "生产安全事故：无"])
def test_label_none_quoted_whole(kr: str) -> None:
    assert f"“{kr}”" in _said(kr, _NEG)


@pytest.mark.parametrize(
    "kr",
    [
        "满意度：无数据",
        "投诉：无数据",
        "新增客户：无",
        "客户满意度：无下降",
    ],
)
def test_label_none_guards(kr: str) -> None:
    assert _NEG not in _rules(kr)


# -- decision 4352: the cap inside a second label or an aside ("客户投诉，目标值：≤5起")


@pytest.mark.parametrize(
    "kr",
    [
        "客户投诉，目标值：≤5起",
        "客户投诉（目标：≤5起）",
        "生产事故（目标：0起）",
        "客户投诉（目标值：全年≤5起）",
        "客户投诉，目标值≤5起",
        "客户投诉，目标不超过5起",
        "客户投诉次数（目标值：不超过3次）",
        "退货率，目标值：≤2%",
        "漏检件数（目标：≤10件）",
        "设备故障次数，目标值：每月≤2次",
        "Complaints, goal: under 5",
        "Complaints, target: ≤5",
        "Complaints (target: at most 5)",
    ],
)
def test_cap_in_second_label(kr: str) -> None:
    assert _NEG in _rules(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "客户投诉（目标：≤5起）",
        "客户投诉次数（目标值：不超过3次）",
        "Complaints (target: at most 5)",
    ],
)
def test_target_aside_taken_whole(kr: str) -> None:
    said = _said(kr, _NEG)
    assert f"“{kr}”" in said
    assert "]）" not in said and "])" not in said


@pytest.mark.parametrize(
    "kr",
    [
        "客户满意度（目标：≥95%）",
        "客户满意度，目标值：≥95%",
        "物流成本（目标：≤100万）",
        "平均响应时长（目标：≤2小时）",
        "复购率，目标值：40%",
        "Customer satisfaction (target: ≥95%)",
        "客户投诉处理及时率，目标：≥95%",
        "客户投诉处理及时率（目标：≥95%）",
        "Complaint resolution time (target: under 2 hours)",
    ],
)
def test_cap_in_second_label_guards(kr: str) -> None:
    assert _NEG not in _rules(kr)


# -- decision 4353: a time threshold in months or years inside the noun says which things count


@pytest.mark.parametrize(
    "kr",
    [
        "库龄超过1年的呆滞库存清零",
        "账龄超过1年的坏账清零",
        "库龄超过2年的呆滞物料全部清零",
        "超过3个月未处理的投诉清零",
    ],
)
def test_threshold_in_months_or_years(kr: str) -> None:
    assert _NEG in _rules(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "库龄超过1年的库存周转率提升到3次",
        "合作超过1年的客户占比提升到40%",
        "工龄超过3年的员工留存率达到90%",
    ],
)
def test_threshold_guards(kr: str) -> None:
    assert _NEG not in _rules(kr)


@pytest.mark.parametrize(
    "kr", ["客户投诉/目标：≤5起", "逾期超过1年的欠款降到10万以下", "超过半年的积压工单清零"]
)
def test_near_forms_read_at_base(kr: str) -> None:
    assert _NEG in _rules(kr)  # read before this round too: kept

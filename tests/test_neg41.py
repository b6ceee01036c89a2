"""neg41 (round forty-one): what only round 40's negative head read, read by the rules.

The retrained negative head (decision 5437) no longer reads two shapes that no rule read: money
paid or owed against the rules or for goods failing the standard ("违规…金额", decision 5447),
and action taken on a count of kinds of found bad things ("针对…两类问题采取措施", decision 5448).
The rules alone are checked here (use_model off), so a test fails without the rule.

Every wording here is written for this file.
"""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review

_ZH_LEAD = "O：让交付更顺（2027年Q2）\nKR："
_EN_LEAD = "Objective: Make delivery smoother (Q2 2027)\nKR: "


def _negative(kr: str) -> bool:
    """Whether kr-negative-phrasing fails on one key result, by the rules alone."""
    lead = _EN_LEAD if kr.isascii() else _ZH_LEAD
    rv = review(lead + kr, config=Config(use_model=False))
    return any(
        c.rule_id == "kr-negative-phrasing" and c.status == "fail"
        for o in rv.objectives
        for k in o.key_results
        for c in k.checks
    )


# -- decision 5447: the amount of money a violation or a failed standard names --------------------

AMOUNT_OF_BAD = [
    "违规报销金额减少40%",
    "违规采购金额下降一半",
    "违章罚没金额降低30%",
    "违约赔付金额控制在10万元以内",
    "不合格品金额降到每月2万元以下",
    "不合格来料金额下降25%",
    "不合规付款金额降到0",
    "不良贷款金额压降20%",
    "违停罚单金额减少60%",
    "违规列支金额减少80%",
    "不良资产金额压降15%",
    "违纪金额同比下降50%",
    "违章扣款金额降到每月1000元以内",
    "不合格批次金额下降40%",
    "不合规报销金额降到每季度3万元以下",
]

# Costs, durations and amounts of ordinary work: efficiency measures, no bad event (decision 11).
AMOUNT_NOT_BAD = [
    "报销金额减少10%",
    "采购金额下降20%",
    "差旅报销金额人均下降10%",
    "违规处理时长缩短到2天",
    "违规整改费用不超过5万元",
    "不合格品处理耗时减少30%",
    "合规报销金额占比达到99%",
    "违规报销审核周期缩短到3天",
]


# -- decision 5448: action taken on a count of kinds of found bad things --------------------------

ACTION_ON_KINDS = [
    "针对投诉最多的两类问题采取措施",
    "针对差评最多的三类问题采取行动",
    "针对审计指出的两大类问题采取措施",
    "对退货最多的两类质量问题采取措施",
    "针对巡检发现的四类隐患采取措施",
    "针对投诉最多的两类问题采取措施，本季度完成",
    "针对门店抽查发现的三类违规采取措施",
    "针对客户反映最集中的五类故障采取行动",
    "针对上季度事故最多的两类隐患采取措施",
    "对审计发现的六大类问题采取措施",
]

# No bad event counted, or no action taken on it: unchanged.
ACTION_NOT_ON_BAD = [
    "针对两类客户采取措施",
    "针对新客户采取 3 项欢迎措施",
    "采取措施提升 3 个门店的满意度",
    "针对投诉最多的两类产品采取措施",
    "针对销量最高的两类商品采取促销措施",
    "针对两类问题开展调研",
]


# -- decision 5449: English things against the rules, and claims turned down ------------------------

AGAINST_THE_RULES_EN = [
    "Cut the value of non-compliant expense claims by 40%",
    "Non-compliant expense claim amounts down 40%",
    "Reduce the dollar amount of out-of-policy reimbursements by 40%",
    "Non-compliant purchase orders down 40%",
    "Noncompliant invoices paid: fewer than 10 per quarter",
    "Reduce out-of-policy hotel bookings from 80 to 20",
    "Out-of-policy bookings below 3%",
    "Payer claim denials down by a third",
    "Insurance claim denials cut from 12% to 6%",
    "Non-compliant vendors onboarded: 0",
]

# Efficiency measures, the good side, and work on the bad things: unchanged.
AGAINST_THE_RULES_NOT_EN = [
    "Reimbursement amount down 10%",
    "Time to process expense claims under 3 days",
    "Cost of compliance reviews down 15%",
    "Hours spent on policy reviews down 20%",
    "Approve 95% of claims within 2 days",
    "Policy compliance rate at 98%",
    "Overturn 60% of claim denials on appeal",
]


CASES = [
    *((kr, True) for kr in AMOUNT_OF_BAD + ACTION_ON_KINDS + AGAINST_THE_RULES_EN),
    *((kr, False) for kr in AMOUNT_NOT_BAD + ACTION_NOT_ON_BAD + AGAINST_THE_RULES_NOT_EN),
]


@pytest.mark.parametrize(("kr", "want"), CASES)
def test_neg41_negative_by_the_rules(kr: str, want: bool) -> None:
    """Decisions 5447-5449: the shapes read, and their neighbours left clean."""
    assert _negative(kr) is want

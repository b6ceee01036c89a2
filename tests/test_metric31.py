"""Metric objectives: a heading with its measure's figure in brackets, a measure made the
peers' benchmark (issue 8, thirty-first round; metric31, decisions 4420-4421). Every wording
here was written for this test by metric31; none is a corpus item."""

from __future__ import annotations

import pytest
from test_acc18 import metric

# -- decision 4420: a heading, then its measure and figure in brackets, is the KPI ------------


@pytest.mark.parametrize(
    "objective",
    [
        "业绩冲刺（销售额2亿）",
        "运营效率（平均住院日≤7天）",
        "成本管控（单位制造成本下降8%）",
        "现金流（回款率95%）",
        "质量（一次合格率99.5%）",
        "会员经营（复购率提升到35%）",
        "Profitability (EBITDA margin 20%)",
        "Cash (DSO under 40 days)",
        "Growth (ARR to $50M)",
    ],
)
def test_heading_with_bracketed_figure_is_a_kpi(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "深耕华南渠道（营收增长25%）",
        "让老顾客愿意带朋友来（复购率40%）",
        "打造区域第一的服务团队（满意度95%）",
        "团队建设（权重20%）",
        "代码质量（权重 20%）",
        "客服体验（负责人：王敏）",
        "Win the mid-market (ARR $5M)",
        "Make checkout effortless (conversion 4%)",
        "Customer success (Dana, 30%)",
    ],
)
def test_direction_or_note_in_brackets_stays(objective: str) -> None:
    assert not metric(objective)


# -- decision 4421: a measure made the peers' benchmark is its rank (decisions 100, 1858) -----


@pytest.mark.parametrize(
    "objective",
    [
        "让客户满意度成为全行业的标杆",
        "让患者满意度成为全省公立医院标杆",
        "客户满意度成为行业标杆",
        "门店好评率成为集团标杆",
        "使准时交付率成为同行的标杆",
        "一次合格率做成行业标杆",
    ],
)
def test_measure_made_the_benchmark_is_a_kpi(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "让门店服务成为全行业的标杆",
        "成为全省公立医院的标杆",
        "打造行业标杆工厂",
        "投诉处理做到行业标杆",
        "让每一位顾客满意成为我们的标杆",
        "把二车间做成全集团的标杆",
    ],
)
def test_team_or_service_as_benchmark_stays(objective: str) -> None:
    assert not metric(objective)

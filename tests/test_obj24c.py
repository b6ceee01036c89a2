"""Objectives read as a KPI or as plain work, leftovers (issue 8, twenty-fourth round; obj24c,
decisions 2985-). Every wording here was written for this test by obj24c."""

from __future__ import annotations

import pytest
from test_acc18 import metric

# -- decision 2985: "会员数|量" — jieba glues 数 onto the name, the count is the whole 数量 --------


@pytest.mark.parametrize(
    "objective",
    ["提升会员数量", "增加门店数量", "扩大付费会员数量", "门店数量稳步增长", "把会员数量做上去"],
)
def test_zh_count_split_before_liang_is_a_kpi(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    ["提升会员体验", "让会员数量之外的体验也被看见", "推动门店数字化", "让每位会员都愿意再来"],
)
def test_zh_members_without_their_count_no_kpi(objective: str) -> None:
    assert not metric(objective)

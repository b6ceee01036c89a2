"""realzh38 (issue 8, thirty-eighth round): a shape still missed in the pooled studied halves of
earlier real Chinese sets: 实现 closing a clause right after a feature or a mechanism ("…功能实现")
reads as that work done, as "…功能完成" does (decision 5660); how to use a thing, or how easy it
is to use, counts no adoption (5661); 开发出 makes a thing (5662); a button, a switch, a pop-up or
a menu added is a thing built (5663); 重命名 is work to do (5664).

Every wording here is written for this file; none is copied from a published page.
"""

from __future__ import annotations

import pytest

from tests._manifests import assert_manifest_keeps_no_text
from tests.test_realzh34 import _kr_fails

FEATURE_DONE = [
    "自动对账功能实现",
    "离线缓存机制实现",
    "购物车防抖实现",
    "表单 blur 监听实现",
    "网关统一鉴权实现",
    "会员等级特性实现",
]


@pytest.mark.parametrize("kr", FEATURE_DONE)
def test_a_feature_done_with_shixian_is_a_task(kr: str) -> None:
    assert "kr-is-task" in _kr_fails(kr)


NEAR_MISSES = [
    "全年回款目标实现",  # a goal reached, not a feature built
    "扭亏为盈实现",
    "自动对账功能实现率达到98%",  # 实现 does not close the clause
    "两个核心功能实现后次周留存提升到38%",
    "实现营收增长15%",  # 实现 leads: reaching a number
]


@pytest.mark.parametrize("kr", NEAR_MISSES)
def test_shixian_not_closing_a_feature_is_no_task(kr: str) -> None:
    assert "kr-is-task" not in _kr_fails(kr)


# -- decision 5661: how to use it, or how easy it is to use, is no adoption ----------------------

HOW_OR_EASE = [
    "办一场内部分享会，让客服同事知道如何使用",
    "写一份操作手册，让新店长了解怎么使用排班后台",
    "搭建一个便于使用、不写代码也能建表单的平台",
    "上线一个方便使用，支持批量导入的工单系统",
]


@pytest.mark.parametrize("kr", HOW_OR_EASE)
def test_how_or_ease_of_use_counts_no_adoption(kr: str) -> None:
    assert "kr-is-task" in _kr_fails(kr)


USE_BY_OTHERS = [
    "新报表工具被6个部门使用",
    "30家门店都能方便使用新收银系统",  # what they use is named after it
    "80%的客服知道如何使用新工单系统",  # the KR's own subject, not a purpose clause
    "门店店员都知道怎么使用新收银机",
    "建立客户回访制度，全员使用",  # decision 2601
]


@pytest.mark.parametrize("kr", USE_BY_OTHERS)
def test_use_by_others_stays_a_result(kr: str) -> None:
    assert "kr-is-task" not in _kr_fails(kr)


# -- decision 5662: 开发出 makes a thing --------------------------------------------------------

MADE = [
    "开发出一个方便上手，不用写代码就能配置告警的小工具",
    "开发出一个可配置，无需发版即可上线活动的运营后台",
]


@pytest.mark.parametrize("kr", MADE)
def test_kaifachu_makes_a_thing(kr: str) -> None:
    assert "kr-is-task" in _kr_fails(kr)


NOT_MADE = [
    "开发新客户20家",  # no 出: customers won
    "开发出的工具周活跃用户达到50人",  # the tool named in a 的-phrase
]


@pytest.mark.parametrize("kr", NOT_MADE)
def test_kaifa_without_chu_or_as_a_name_is_no_task(kr: str) -> None:
    assert "kr-is-task" not in _kr_fails(kr)


# -- decision 5663: a part of a screen added is a thing built ----------------------------------

UI_PARTS = [
    "订单列表新增批量打印按钮",
    "个人中心新增消息免打扰开关",
    "餐厅新增夏季限定菜单",
]


@pytest.mark.parametrize("kr", UI_PARTS)
def test_a_screen_part_added_is_a_task(kr: str) -> None:
    assert "kr-is-task" in _kr_fails(kr)


UI_MEASURES = [
    "下单按钮点击率从3%提升到6%",
    "新增付费会员1200人",
]


@pytest.mark.parametrize("kr", UI_MEASURES)
def test_a_measure_of_a_screen_part_stays_a_result(kr: str) -> None:
    assert "kr-is-task" not in _kr_fails(kr)


# -- decision 5664: 重命名 is work to do --------------------------------------------------------


def test_a_rename_is_a_task() -> None:
    assert "kr-is-task" in _kr_fails("把 fetch_cfg 重命名为 load_options")


def test_the_manifest_keeps_no_text() -> None:
    assert_manifest_keeps_no_text("realzh38", 23, "zh")

"""realzh38 (issue 8, thirty-eighth round): a shape still missed in the pooled studied halves of
earlier real Chinese sets: 实现 closing a clause right after a feature or a mechanism ("…功能实现")
reads as that work done, as "…功能完成" does (decision 5660).

Every wording here is written for this file; none is copied from a published page.
"""

from __future__ import annotations

import pytest

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

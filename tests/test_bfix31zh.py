"""bfix31zh: Chinese shapes from round 31's two outsider sets (decisions 4520-4539).

Wordings written for these tests (bus depots, driving schools, tea co-ops, kindergartens,
museums, pharmacies); none is copied from a published page nor from the outsiders' drafts."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review

_CFG = Config(use_model=False, semantic=False)


def _fails_of(text: str, item: str = "o1.kr1") -> set[str]:
    """The rules whose checks fail on `item` of `text`."""
    for o in review(text, config=_CFG).objectives:
        for it in [o, *o.key_results]:
            if it.id == item:
                return {c.rule_id for c in it.checks if c.status == "fail"}
    raise AssertionError(f"no item {item}")


def _kr(kr: str, objective: str = "成为街区里最受欢迎的门店") -> set[str]:
    text = f"目标：{objective}\nKR1：{kr}（负责人：王芳）\nKR2：每周回头客从400人提升到650人（负责人：王芳）\n"
    return _fails_of(text)


def _obj(objective: str) -> set[str]:
    text = (
        f"目标：{objective}\nKR1：回头客从400人提升到650人（负责人：王芳）\n"
        "KR2：好评率从90%提升到96%（负责人：王芳）\n"
    )
    return _fails_of(text, "o1")


# -- decision 4520: "分管" names who owns an objective, and its key results inherit it ----------


@pytest.mark.parametrize(
    "objective",
    [
        "一、目标：让乘客少等车。（分管：运营部经理 刘海）",
        "目标一：让每位业主的报修当天有回音（分管：客服主管 赵敏）",
        # held out
        "目标：让片区门店成为居民买药的首选（分管领导：区域经理 陈立）",
        "O1：让新学员第一个月就爱上练车（分管：教练组长 马强）",
        "目标2：让游客把我们的茶当作必买的伴手礼（分管：副理事长 张福）",
        "目标：让每一份检验报告都经得起复核（分管副主任：钱敏）",
        "目标：让孩子们每天开心来园。（主管领导：王园长）",
    ],
)
def test_fenguan_owner_is_inherited(objective: str) -> None:
    text = f"{objective}\n  1.1 候车时间从14分钟缩短到9分钟\n  1.2 满意度从80%提升到90%\n"
    assert "kr-no-owner" not in _fails_of(text, "o1.kr1")
    assert "kr-no-owner" not in _fails_of(text, "o1.kr2")


@pytest.mark.parametrize(
    "objective",
    [
        "目标：理顺分管业务的流程",
        "目标：让分管片区的门店成为居民首选",
        "目标：让市民等车不超过10分钟",
    ],
)
def test_fenguan_as_a_word_names_no_owner(objective: str) -> None:
    text = f"XX公司运营部 2027年OKR\n{objective}\n  1.1 候车时间从14分钟缩短到9分钟\n  1.2 满意度从80%提升到90%\n"
    assert "kr-no-owner" in _fails_of(text, "o1.kr1")


# -- decision 4521: a post ending in 员, alone in brackets, owns the key result ----------------


def _owned(kr: str) -> bool:
    text = (
        "XX合作社 2027年OKR\n目标一：让客户收到的每一批货都放心\n"
        f"  KR1 {kr}\n  KR2 回头客从400人提升到650人（销售组 罗芳）\n"
    )
    return "kr-no-owner" not in _fails_of(text)


@pytest.mark.parametrize(
    "kr",
    [
        "出厂检测合格率达到99.5%（质检员）",
        "春茶采摘合格率达到95%（技术员）",
        # held out
        "早高峰发车准点率达到92%（调度员）",
        "月报数据差错率降到1%以下（统计员）",
        "展厅讲解满意度达到95%（讲解员）",
        "订单按期交付率达到98%（跟单员）",
        "小班幼儿午睡入睡率达到90%（保育员）",
        "公共区域保洁抽检合格率达到96%（各保洁员）",
    ],
)
def test_post_in_yuan_alone_owns(kr: str) -> None:
    assert _owned(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "复购率达到40%（老会员）",
        "续费率达到80%（新学员）",
        "报名人数达到300人（含工作人员）",
    ],
)
def test_people_served_in_brackets_own_nothing(kr: str) -> None:
    assert not _owned(kr)

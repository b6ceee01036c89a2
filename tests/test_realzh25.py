"""Chinese published OKRs, a sixth new set (realzh25, decisions 3080-3099): shapes a new set of
real Chinese OKR texts showed, each imitated by wordings written for these tests (no sentence of a
real text). Each decision's tests failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest

from coach import review
from coach.review import parse
from rules._result_shape import reading


def kr_status(text: str, rule: str) -> list[str]:
    """The status of `rule` on every key result of the review, in order."""
    r = review(text)
    return [
        next(c.status for c in k.checks if c.rule_id == rule)
        for o in r.objectives
        for k in o.key_results
    ]


def one(kr: str, rule: str) -> str:
    """The status of `rule` on one key result under a plain, timed, owned objective."""
    return kr_status(f"O：让团队的交付更稳（2025年Q3）\nKR1：负责人王芳：{kr}\n", rule)[0]


def kind_of(kr: str) -> str:
    """The result-shape reading's kind of one key result under a plain objective."""
    d = parse(f"O：让团队的交付更稳\nKR1：{kr}\n")
    return reading(d.objectives[0].key_results[0]).kind


# --- 3080: a Latin measure name right before its figure names a measure of its own -----------
@pytest.mark.parametrize(
    "kr",
    [
        "转化率 3% → 5%，ROI 1.5 → 2.0",
        "月活 120 万 → 150 万，NPS 30 → 45",
        "客单价 80 元 → 95 元，DAU 10 万 → 14 万",
        "首屏耗时 3 秒 → 1.5 秒，CPU 70 → 50",
        "体重：82kg 👉 67kg；BMI：26 👉 22；体脂率：25% 👉 15%",
        "续费率 85%，SLA 99.9%",
        "门店坪效 1.2 万 → 1.5 万，GMV 300 万 → 420 万",
    ],
)
def test_latin_measure_after_a_measure_is_compound(kr: str) -> None:
    assert one(kr, "kr-compound") == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "崩溃率降到 0.1%，适配 iOS 17",  # a product and its version, the object of 适配
        "留存率提升到 40%，上线 App 3.0",  # a release, not a second measure
        "DAU 从 10 万提升到 14 万",  # one measure
        "GMV 达到 300 万（其中 App 渠道 100 万）",  # a part of the same measure
        "NPS 30 → 45",  # one measure
        "发布 v2 版本后 DAU 达到 14 万",  # one letter names nothing
    ],
)
def test_latin_name_guards_stay_single(kr: str) -> None:
    assert one(kr, "kr-compound") == "pass"


# --- 3081: 不产生 says a bad event does not happen, as 不出现 / 不发生 do -----------------------
@pytest.mark.parametrize(
    "kr",
    [
        "并发执行不产生 API 超时",
        "多个租户同时导入不产生 Git 冲突",
        "门店收银不产生 POS 差错",
        "两个会话并发执行不产生 cwd 冲突",
        "活动页不产生 5xx 错误",
    ],
)
def test_not_produced_bad_event_is_negative(kr: str) -> None:
    assert one(kr, "kr-negative-phrasing") == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "并发执行不产生 API 超时",
        "多个租户同时导入不产生 Git 冲突",
        "门店收银不产生 POS 差错",
    ],
)
def test_not_produced_bad_event_is_no_task(kr: str) -> None:
    assert one(kr, "kr-is-task") == "pass"


@pytest.mark.parametrize(
    "kr",
    [
        "新功能产生 500 万营收",  # 产生 moves a measure: a result
        "产生 20 条有效线索",  # leads produced, counted
        "迁移期间不产生额外费用",  # a cost is no bad event
    ],
)
def test_produced_guards_are_no_negative(kr: str) -> None:
    assert one(kr, "kr-negative-phrasing") == "pass"


# --- 3082: a verb denied inside a 的-phrase says which things, it is not the verb -------------
@pytest.mark.parametrize(
    "kr",
    [
        "移除未实现的接口描述",
        "EventBus 设计文档移除未实现的 EventPersistence 描述",
        "剔除未达标的渠道商",
        "裁撤未达标的门店",
        "清退没达标的供应商",
    ],
)
def test_denied_verb_in_a_de_phrase_leaves_the_task(kr: str) -> None:
    assert kind_of(kr) == "task"


@pytest.mark.parametrize(
    "kr",
    [
        "未达标门店整改率 100%",  # no 的: the measure's own name
        "实现营收增长 20%",  # 实现 itself leads: a result
        "未解决的工单数降到 5 个以下",  # a measure moved by 降
    ],
)
def test_denied_verb_guards_stay_results(kr: str) -> None:
    assert kind_of(kr) != "task"

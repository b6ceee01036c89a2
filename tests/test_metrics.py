"""The KR metric (coach.facts): value, unit, baseline, direction, relative vs absolute, numerals,
currency."""

from __future__ import annotations

import pytest

from coach import facts
from coach.facts.numbers import zh_number
from coach.text import detect_language


def extract_metric(text: str, lang: str):
    """The metric of `text` read as a key result on its own."""
    return facts.read(text, lang).metric


# text, value, unit, baseline, direction, relative
CASES = [
    ("NPS从30提升到45", 45, None, 30, "increase", False),
    # tester8: a one-character verb of speech between the figures, a ceiling is no rise
    ("携程评分从4.6提到4.8", 4.8, None, 4.6, "increase", False),
    ("司机流失率不超过5%", 5, "%", None, "decrease", False),
    ("Churn below 3%", 3, "%", None, "decrease", False),
    ("Hold churn at 2%", 2, "%", None, "maintain", False),
    ("NPS 由 30% 提高至 45%", 45, "%", 30, "increase", False),
    ("Raise NPS from 30 to 45", 45, None, 30, "increase", False),
    ("Raise activation from 30% to 45%", 45, "%", 30, "increase", False),
    ("Cut churn from 5% to 3%", 3, "%", 5, "decrease", False),
    ("Reduce p95 latency from 800ms to 300ms", 300, "ms", 800, "decrease", False),
    ("Grow ARR from $2M to $3.5M", 3_500_000, "$", 2_000_000, "increase", False),
    ("微信粉丝从1万增长到3万", 30_000, None, 10_000, "increase", False),
    ("转化率 2% → 3%", 3, "%", 2, "increase", False),
    ("增加20%的社交媒体互动量", 20, "%", None, "increase", True),
    ("客户满意度提升到90%", 90, "%", None, "increase", False),
    ("Increase revenue by 20%", 20, "%", None, "increase", True),
    ("Grow MRR 20% quarter over quarter", 20, "%", None, "increase", True),
    ("A 20% increase in signups", 20, "%", None, "increase", True),
    ("Raise uptime to 99.9%", 99.9, "%", None, "increase", False),
    ("Reduce support tickets by 30%", 30, "%", None, "decrease", True),
    ("错误比例降低至10%", 10, "%", None, "decrease", False),
    ("精确度提升到90%", 90, "%", None, "increase", False),
    ("留存率提高5个百分点", 5, "pp", None, "increase", True),
    ("留存率提高百分之三十", 30, "%", None, "increase", True),
    ("用户数增长两倍", 3, "x", None, "increase", True),
    ("用户增加一倍", 2, "x", None, "increase", True),
    ("营收翻一番", 2, "x", None, "increase", True),
    ("营收翻两番", 4, "x", None, "increase", True),
    ("新增三十个渠道", 30, "个", None, "increase", False),
    ("注册用户达到1.5万", 15_000, None, None, "reach", False),
    ("营收达到100万元", 1_000_000, "元", None, "reach", False),
    ("融资¥200万", 2_000_000, "¥", None, None, False),
    ("Close $1.5M in new ARR", 1_500_000, "$", None, None, False),
    ("Reach 10k weekly active users", 10_000, "users", None, "reach", False),
    ("Sign 10 new logos", 10, "logos", None, "reach", False),
    ("Maintain 99.9% uptime", 99.9, "%", None, "maintain", False),
    ("保持NPS在50以上", 50, None, None, "maintain", False),
    ("在3小时内回复新留言", 3, "小时", None, None, False),
    ("完成季度招聘任务10人", 10, "人", None, "reach", False),
    ("通过每周在Quora上发布了3个答案和1个问题，来获得15个粉丝", 15, "个", None, "reach", False),
    ("加入5个 LinkedIn的小组（每小组至少2500名成员）", 5, "个", None, "reach", False),
    ("Launch 3 features to reach 10k users", 10_000, "users", None, "reach", False),
    ("达到NPS 50（当前30）", 50, None, 30, "reach", False),
    ("Increase deploys from 3/week to 10/day", 10, "/day", 3, "increase", False),
    ("Bring failure rate down from 18% to under 5%", 5, "%", 18, "decrease", False),
    ("Revenue 1,250,000 RMB", 1_250_000, "¥", None, None, False),
]


@pytest.mark.parametrize(("text", "value", "unit", "baseline", "direction", "relative"), CASES)
def test_metric(
    text: str,
    value: float,
    unit: str | None,
    baseline: float | None,
    direction: str | None,
    relative: bool,
) -> None:
    m = extract_metric(text, detect_language(text))
    assert m is not None
    assert m.value == pytest.approx(value)
    assert m.unit == unit
    assert m.baseline == (pytest.approx(baseline) if baseline is not None else None)
    assert m.direction == direction
    assert m.relative is relative
    assert m.span is not None
    assert text[m.span.start : m.span.end] == m.text


@pytest.mark.parametrize(
    ("text", "unit", "words"),
    [
        ("在xx销售周期内比同期多组织XX场小区营销活动", "场", "XX场"),
        ("xx产品收入增加到XX元", "元", "XX元"),
        ("客户投诉减少[N]%", "%", "[N]%"),
    ],
)
def test_placeholder_number(text: str, unit: str, words: str) -> None:
    m = extract_metric(text, "zh")
    assert m is not None and m.value is None and m.unit == unit and m.text == words


@pytest.mark.parametrize(
    "text",
    [
        "Ship the v2 API",
        "提升团队士气",
        "9月1日前推出客户推荐计划",
        "Launch in Q3",
        "一起打造最好的产品",
        "Maximize the box office",
        "xx产品上线",
    ],
)
def test_no_metric(text: str) -> None:
    assert extract_metric(text, detect_language(text)) is None


@pytest.mark.parametrize(
    ("s", "n"),
    [
        ("三十", 30),
        ("两", 2),
        ("一百二十", 120),
        ("1.5万", 15_000),
        ("十五", 15),
        ("三万五千", 35_000),
    ],
)
def test_zh_number(s: str, n: float) -> None:
    assert zh_number(s) == n

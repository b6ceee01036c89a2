"""Decisions 645-650 (advice15): the example metrics a rewrite suggests fit the item (blind
reads 13-15), an average per effort is a measure, and the known advice misses of advice14."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review

NO_MODEL = Config(semantic=False)


def _rewrite(draft: str, rule: str, target: str = "o1.kr1") -> str:
    rv = review(draft, config=NO_MODEL, select=[rule])
    found = [f for f in rv.findings if f.target == target]
    assert found, [f.target for f in rv.findings]
    return next(s.text for s in found[0].suggestions if s.kind == "rewrite")


# -- decision 645: an average per effort is a measure's level ---------------------------------


@pytest.mark.parametrize(
    "item", ["视频号直播场均观看1万（Kiki）", "直播场均观看2万", "短视频条均播放5000"]
)
def test_an_average_per_effort_is_no_activity_count(item: str) -> None:
    draft = f"目标：本季度让视频号成为品牌的第二增长渠道\n关键结果1：{item}"
    rv = review(draft, config=NO_MODEL, select=["kr-activity-count"])
    assert not rv.findings, [f.message for f in rv.findings]


def test_the_efforts_counted_stay_an_activity_count() -> None:
    draft = "目标：本季度让视频号成为品牌的第二增长渠道\n关键结果1：视频号直播4场"
    assert review(draft, config=NO_MODEL, select=["kr-activity-count"]).findings


# -- decision 646: the average kept with what the efforts are ----------------------------------


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("视频号直播试播4场，场均观看1万（Kiki）", "视频号直播场均观看1万（Kiki）"),
        ("组织直播4场，场均观看1万", "直播场均观看1万"),
        ("发布短视频20条，条均播放5000", "短视频条均播放5000"),
    ],
)
def test_an_average_kept_names_its_efforts(item: str, kept: str) -> None:
    draft = f"目标：本季度让视频号成为品牌的第二增长渠道\n关键结果1：{item}"
    assert _rewrite(draft, "kr-activity-count") == kept


# -- decision 647: a rewrite of one clause is judged on that clause ----------------------------


def test_a_clause_rewritten_is_not_flagged_again_for_the_other_clause() -> None:
    from models import rewrite_fix_rate

    # The second clause has an exact complement, so its rewrite applies (a library measure
    # offered as an example, as "P1故障≤2次" gets, is read and not applied: decision 6782).
    draft = "目标：本季度让线上服务稳如磐石\n关键结果1：P0故障0次，订单错发率≤2%（负责人：王芳）"
    config = Config(semantic=False, include_examples=False)
    before = review(draft, config=config)
    found = [f for f in before.findings if f.rule_id == "kr-negative-phrasing"]
    assert len(found) == 2  # one on each clause
    p1 = next(f for f in found if "错发率" in f.message)
    s = next(s for s in p1.suggestions if s.kind == "rewrite" and s.edits)
    others = frozenset(f.message for f in found if f is not p1)
    assert rewrite_fix_rate._fixed(draft, s, p1, config, others)
    # without the other clause's finding set apart, the P0 clause still flags the item
    assert not rewrite_fix_rate._fixed(draft, s, p1, config)


# -- decision 648: a kind defined by how it happened has no complement --------------------------


@pytest.mark.parametrize(
    ("draft", "wrong"),
    [
        ("目标：本季度让老客户离不开我们\n关键结果1：客户意外流失0家", "意外留存率"),
        ("目标：本季度让老客户离不开我们\n关键结果1：客户意外流失率低于2%", "意外留存率"),
        (
            "Objective: Customers who stay for years, in 2027\nKR1: Surprise churn below 2%",
            "Surprise retention",
        ),
    ],
)
def test_a_surprise_kind_gets_no_complement_of_the_thing(draft: str, wrong: str) -> None:
    rv = review(draft, config=NO_MODEL, select=["kr-negative-phrasing"])
    (f,) = rv.findings
    assert all(wrong not in s.text for s in f.suggestions)
    assert wrong.replace("意外", "").replace("Surprise ", "") not in " ".join(
        s.text for s in f.suggestions
    )


def test_a_surprise_kind_is_asked_what_its_fall_brings() -> None:
    draft = "Objective: Customers who stay for years, in 2027\nKR1: Surprise churn below 2%"
    assert _rewrite(draft, "kr-negative-phrasing").startswith(
        "What does cutting “surprise churn” bring?"
    )


def test_a_plain_leaving_zero_is_still_all_kept() -> None:
    draft = "目标：本季度让老客户离不开我们\n关键结果1：核心客户流失0家"
    assert _rewrite(draft, "kr-negative-phrasing") == "核心客户留存率100%"


# -- decision 649: the library's topics say what the item is about ------------------------------


@pytest.mark.parametrize(
    ("draft", "rule", "fits", "not_offered"),
    [
        (
            "Objective: Hiring managers who love our process, by Q3\nKR1: Greenhouse scorecards for every role",
            "kr-is-task",
            "hiring-manager satisfaction",
            "offer acceptance rate",
        ),
        (
            "Objective: A 24/7 on-call rota nobody dreads, by Q3\nKR1: Hire 2 SREs in Singapore",
            "kr-is-task",
            "on-call shifts with no after-hours page",
            "mean time to restore",
        ),
        (
            "目标：本季度让数据平台稳定可用\n关键结果1：上线数据血缘功能 3月15日",
            "kr-is-task",
            "数据问题定位时长",
            "核心数据表质量校验通过率",
        ),
        (
            "Objective: Support customers love, in Q3\nKR1: Keep reopened tickets below 5%",
            "kr-negative-phrasing",
            "the share of tickets that stay resolved",
            "first-contact resolution",
        ),
        (
            "Objective: Support customers love, in Q3\nKR1: Fewer than 30 reopened tickets a month",
            "kr-negative-phrasing",
            "the share of tickets that stay resolved",
            "first-contact resolution",
        ),
    ],
)
def test_the_metric_suggested_fits_the_item(
    draft: str, rule: str, fits: str, not_offered: str
) -> None:
    text = _rewrite(draft, rule)
    assert fits in text and not_offered not in text, text


@pytest.mark.parametrize(
    ("draft", "rule", "not_offered"),
    [
        # "数据问题" here are questions, not data incidents
        (
            "目标：本季度让产品经理自己就能回答80%的数据问题\n关键结果1：组织SQL入门培训6期，覆盖60名PM（王磊）",
            "kr-activity-count",
            "核心数据表质量校验通过率",
        ),
        # case studies are what references give: not who is willing to be one
        (
            "Objective: Make our champions famous, in Q3\nKR1: 12 customer case studies",
            "kr-activity-count",
            "willing to act as references",
        ),
    ],
)
def test_a_topic_of_another_meaning_offers_no_metric(
    draft: str, rule: str, not_offered: str
) -> None:
    assert not_offered not in _rewrite(draft, rule)


# -- decision 650: an English metric named with its article ---------------------------------


def test_a_share_is_raised_with_its_article() -> None:
    from coach.facts import outcomes
    from rules._outcome import outcome_kr

    assert outcome_kr(outcomes.get("tickets-staying-resolved"), "en") == (
        "Raise the share of tickets that stay resolved from [baseline] to [target]"
    )
    assert outcome_kr(outcomes.get("csat"), "en").startswith("Raise customer satisfaction")


# -- decision 651: a repeat complaint's good side is named, not computed ---------------------


@pytest.mark.parametrize("item", ["二次投诉率<3%", "重复投诉率从8%降到4%"])
def test_a_repeat_complaint_rate_is_not_turned_by_100_minus_x(item: str) -> None:
    draft = f"目标：本季度让客户满意\n关键结果1：{item}"
    assert _rewrite(draft, "kr-negative-phrasing") == "一次解决率从[基线]提升到[目标值]"


# -- decision 652: reopened tickets in Chinese -------------------------------------------------


@pytest.mark.parametrize(
    ("item", "text"),
    [
        ("工单重开率从8%降到4%", "解决后未重开的工单占比从92%提升到96%"),
        ("工单重开数从每月60单降到20单", "解决后未重开的工单占比从[基线]提升到[目标值]"),
    ],
)
def test_reopened_tickets_in_chinese_stay_resolved(item: str, text: str) -> None:
    draft = f"目标：本季度让客服的每一单都一次办好\n关键结果1：{item}"
    assert _rewrite(draft, "kr-negative-phrasing") == text


# -- decision 653: the period of a capped count is quoted with it ----------------------------


@pytest.mark.parametrize(
    "kr", ["Cut cancelled sailings to under 4 a month", "Cut complaints to 4 tickets a week"]
)
def test_the_period_of_a_cap_is_quoted_with_it(kr: str) -> None:
    draft = f"Objective: Run a ferry service people trust in Q3\nKR1: {kr}"
    rv = review(draft, config=NO_MODEL, select=["kr-negative-phrasing"])
    (f,) = rv.findings
    assert f"“{kr}”" in f.message, f.message


# -- decision 654: missed appointments -> the appointments attended ---------------------------


def test_missed_appointments_are_said_as_those_attended() -> None:
    draft = "Objective: A dental practice patients are never afraid of, in Q4\nKR1: Reduce missed appointments"
    assert _rewrite(draft, "kr-negative-phrasing") == (
        "Raise the share of appointments attended from [baseline] to [target]"
    )

"""What a fresh-eyed tester found in round nine (issue 8; docs/principles.md decisions 495–499):
a table's 目标 column as the target value, a named year as the set's only time frame, a
promise's time phrase that is no cycle, an owner after a function and a colon, and drafts that
hold no objective to review."""

from __future__ import annotations

import pytest

from coach import review
from coach.errors import InputError
from coach.facts.owner import find_owner
from coach.facts.timeframes import time_spans


def _findings(text: str, rule: str) -> list[str]:
    return [f.target for f in review(text).findings if f.rule_id == rule]


def _checks(text: str, item: str, rule: str) -> str:
    rv = review(text)
    for o in rv.objectives:
        for it in (o, *o.key_results):
            if it.id == item:
                return next(c.status for c in it.checks if c.rule_id == rule)
    raise AssertionError(item)


# -- decision 495: 目标 beside a key-result column is the target value ---------------------------
@pytest.mark.parametrize(
    "header",
    [
        "| 关键结果 | 当前 | 目标 | 负责人 |",
        "| KR | 现状 | 目标 | 负责人 |",
        "| 关键结果 | 目标 | 负责人 |",  # after the key results, with no value column
        "| Key result | Baseline | Goal | Owner |",
    ],
)
def test_a_goal_column_beside_key_results_is_their_target(header: str) -> None:
    text = (
        "Q2 OKR\n\n目标：让门店成为街坊每天都想来的地方\n\n"
        f"{header}\n|---|---|---|---|\n"
        "| 会员复购率 | 21% | 35% | 阿梅 |\n| 外卖好评率 | 92% | 97% | 小周 |\n"
    )
    if header.count("|") == 4:
        text = text.replace("|---|---|---|---|", "|---|---|---|").replace(" 21% |", "")
        text = text.replace(" 92% |", "")
    rv = review(text)
    assert len(rv.objectives) == 1
    assert [k.metric.value for k in rv.objectives[0].key_results] == [35.0, 97.0]


def test_a_goal_column_before_the_key_results_stays_the_objective() -> None:
    rv = review(
        "| 目标 | 关键结果 | 基线 | 负责人 |\n|---|---|---|---|\n"
        "| 让门店成为街坊每天都想来的地方 | 会员复购率提升到35% | 21% | 阿梅 |\n"
        "| | 外卖好评率提升到97% | 92% | 小周 |\n"
    )
    assert [o.text for o in rv.objectives] == ["让门店成为街坊每天都想来的地方"]
    assert len(rv.objectives[0].key_results) == 2


def test_a_rank_named_in_a_table_is_a_measure_not_a_task() -> None:
    text = (
        "2026年Q3 OKR\n\nO1 让我们的保温杯成为类目里最受欢迎的一款\n\n"
        "| 关键结果 | 当前 | 目标 | 负责人 |\n|---|---|---|---|\n"
        "| 类目排名 | 40 | 前5 | 小林 |\n| 复购率 | 12% | 20% | 小林 |\n"
    )
    assert _findings(text, "kr-is-task") == []


# -- decision 496: a named year is the set's only time frame: said once ----------------------------
_LAW_FIRM = (
    "2028年OKR（合伙人：钱律师）\n\n"
    "目标1：成为本地知识产权纠纷领域的首选律所\n"
    " - 关键结果1：新案件委托数从30件提升到50件\n"
    " - 关键结果2：客户续约率达到85%\n"
    "目标2：让每位新律师都能独立出庭\n"
    " - 关键结果1：新律师独立出庭次数人均4次\n"
    " - 关键结果2：带教满意度达到4.5分\n"
)


def test_a_year_in_the_title_is_said_once_on_the_first_objective() -> None:
    rv = review(_LAW_FIRM)
    timing = [f for f in rv.findings if f.rule_id in ("objective-no-timeframe", "kr-no-deadline")]
    assert [f.target for f in timing] == ["o1"]
    assert "2028年" in timing[0].message and "季度" in timing[0].message
    # the checklist still says what holds: no cycle is given for any item
    assert _checks(_LAW_FIRM, "o2", "objective-no-timeframe") == "fail"
    assert _checks(_LAW_FIRM, "o1.kr2", "kr-no-deadline") == "fail"


def test_a_year_in_the_objective_is_named_in_the_message() -> None:
    text = "O: Pass the bar exam in 2028\nKR1: Mock exam score from 120 to 145\nKR2: Sit 6 mocks"
    rv = review(text)
    timing = [f for f in rv.findings if f.rule_id in ("objective-no-timeframe", "kr-no-deadline")]
    assert [f.target for f in timing] == ["o1"]
    assert "“2028”" in timing[0].message and "quarter" in timing[0].message


def test_a_year_with_one_dated_key_result_is_said_once_on_the_first_undated_one() -> None:
    text = (
        "O：2028年考上心仪的研究生\n"
        "KR1 英语模考从60分提高到75分\n"
        "KR2 11月前做完近十年真题\n"
        "KR3 专业课模考从90分提高到120分\n"
    )
    rv = review(text)
    timing = [f for f in rv.findings if f.rule_id in ("objective-no-timeframe", "kr-no-deadline")]
    assert [f.target for f in timing] == ["o1.kr1"]
    assert "2028年" in timing[0].message
    assert _checks(text, "o1.kr3", "kr-no-deadline") == "fail"


def test_without_any_year_the_message_says_none_is_given() -> None:
    rv = review("O: Pass the bar exam\nKR1: Mock exam score from 120 to 145")
    assert [f.target for f in rv.findings if f.rule_id == "kr-no-deadline"] == ["o1.kr1"]


# -- decision 497: a promise's time phrase is no cycle ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("让外地客户付款后两天内收到货", "zh"),
        ("居民报修后24小时内有人上门", "zh"),
        ("Every bus leaves on time, even in winter", "en"),
        ("Trains run to schedule in winter weather", "en"),
        ("Roads stay open, especially in winter", "en"),
    ],
)
def test_a_promise_or_a_condition_is_no_time_frame(text: str, lang: str) -> None:
    assert time_spans(text, lang) == ()


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        ("上线后三个月内留存率达到40%", "zh", "三个月内"),  # a one-off event bounds it
        ("Open the new route in winter", "en", "in winter"),
    ],
)
def test_a_period_after_a_one_off_event_or_a_season_alone_still_bounds(
    text: str, lang: str, said: str
) -> None:
    assert [text[s:e] for s, e, _k in time_spans(text, lang)] == [said]


def test_an_objective_with_only_a_promise_gets_asked_for_its_cycle() -> None:
    text = "目标：让外地客户付款后两天内收到货\n关键结果1：两日达订单占比从60%提升到90%"
    rv = review(text)
    assert rv.objectives[0].deadline is None
    assert _findings(text, "objective-no-timeframe") == ["o1"]


# -- decision 498: a function or a role, a colon, a person ------------------------------------------
# (decision 2146 revisits what is given: the person who holds the function, not the whole phrase)
@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Vaccine stock available on 98% of days (cold chain: Amina)", "Amina"),
        ("Wait under 20 minutes for 90% of patients (front desk: Maria Lopez)", None),
    ],
)
def test_a_function_and_a_name_after_a_colon_is_an_owner(text: str, owner: str | None) -> None:
    found = find_owner(text)
    assert found is not None
    assert found[0] == (owner or "Maria Lopez")


@pytest.mark.parametrize(
    "text",
    ["Visits for 70% of women (baseline: 48%)", "NPS 45 (survey: March)", "Wait (source: Gallup)"],
)
def test_a_note_after_a_colon_is_no_owner(text: str) -> None:
    assert find_owner(text) is None


# -- decision 499: nothing to review as objectives ---------------------------------------------------
_NOTHING_TO_REVIEW = [
    ("1. Grow weekly active teams from 800 to 1,200\n2. Cut onboarding time to 3 days\n", "2 key"),
    ("1、新增付费门店300家\n2、续费率从60%提升到80%\n3、客单价提升到1500元\n", "3 key"),
    ("# Q1 OKRs\n## Objective 1\n## Objective 2\n### Key results\n", "nothing to review"),
]


@pytest.mark.parametrize(("text", "said"), _NOTHING_TO_REVIEW)
def test_a_draft_with_nothing_to_review_as_objectives_says_so_once(text: str, said: str) -> None:
    """A numbered list of measured results with no objective, or headings with nothing under
    them: one clear error, not objectives reviewed one by one."""
    with pytest.raises(InputError) as e:
        review(text)
    assert (e.value.code, said in e.value.messages["en"]) == ("no_objective", True)


def test_a_numbered_list_of_objectives_without_figures_stays_objectives() -> None:
    rv = review("1. Make onboarding feel effortless\n2. Win the mid-market\n")
    assert len(rv.objectives) == 2

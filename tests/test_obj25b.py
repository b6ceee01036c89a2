"""Objectives: a radius is no target, "win more" counts, people named by trade, one's own effort
counted, a person in general, caretaking alone, and the rewrites offered for metric objectives
(issue 8, twenty-fifth round; obj25b, decisions 3320-). Every wording here was written for
this test by obj25b."""

from __future__ import annotations

import pytest
from test_acc18 import flat, metric

from coach import review


def _zh(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def _review(objective: str, title: str = ""):
    sep = "：" if _zh(objective) else ": "
    kr = "满意度从3.5提升到4.2" if _zh(objective) else "Survey score from 3.5 to 4.2"
    head = f"# {title}\n" if title else ""
    return review(f"{head}O{sep}{objective}\nKR{sep}{kr}")


def _finding(objective: str, rule: str, title: str = ""):
    r = _review(objective, title)
    o = r.objectives[0]
    return next((f for f in r.findings if f.target == o.id and f.rule_id == rule), None)


def _rewrite(objective: str) -> str:
    f = _finding(objective, "objective-is-metric")
    assert f is not None and f.suggestions, objective
    return f.suggestions[0].text


def inspiring(objective: str) -> bool:
    return not metric(objective) and not flat(objective)


# -- decision 3322: a distance after "within" draws the area served ---------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Get our Pale Ale into every good pub within 20 miles",
        "Get our beer into every pub within a 20-mile radius",
        "Get fresh bread to every café within 5 km of the bakery",
        "Put our cider on the bar of every village inn within 15 miles of Taunton",
        "Bring hot lunches to every school within 3 kilometres of the kitchen",
    ],
)
def test_a_radius_is_no_target(objective: str) -> None:
    assert not metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Increase delivery radius from 5 to 8 miles",
        "Cut average delivery distance to 12 km",
        "Reduce the average commute to under 20 miles",
        "Cut average wait time to within 10 minutes",  # a time is still a target
        "Reach every home within 30 minutes",
    ],
)
def test_distances_and_times_moved_stay_metric(objective: str) -> None:
    assert metric(objective)


# -- decision 3320: "win more" and a count is the sale verb of decision 630 -------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Win more deals",
        "Win more tenders in Scotland",
        "Win more repeat customers",
        "Win fewer bids",
    ],
)
def test_win_more_of_a_count_is_metric(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize("objective", ["Win more business", "Win more work"])
def test_win_more_trade_is_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    ["Win more hearts", "Win the hearts of every weekend hiker", "Win the mid-market"],
)
def test_win_keeps_its_marker(objective: str) -> None:
    assert inspiring(objective)


# -- decision 3321: the people listed as served may long for the thing ------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Build the kitchen every young chef wants to train in",
        "Run the yard every young mechanic wants to learn in",
        "Open a bakery local bakers love",
        "Build the care home good carers want to work at",
        "Grow a nursery keen gardeners ask for by name",
    ],
)
def test_trades_who_long_for_it_inspire(objective: str) -> None:
    assert inspiring(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "成为每位护工都想留下来的养老院",
        "做一家厨师都愿意来学手艺的餐厅",
        "成为每个骑手都愿意跑单的平台",
    ],
)
def test_zh_trades_served(objective: str) -> None:
    assert inspiring(objective)


# -- decision 3323: one's own effort counted is flat, said to the writer ----------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Read 20 books this year",
        "Read 30 novels in 2027",
        "Cook 100 new recipes this year",
        "Run 3 half marathons in 2027",
        "年度阅读五十本书",
        "今年跑完三场半马",
        "今年学完四门网课",
    ],
)
def test_own_effort_counted_is_said_to_the_writer(objective: str) -> None:
    f = _finding(objective, "objective-not-inspiring")
    assert f is not None
    assert "your own effort" in f.message or "你自己" in f.message


def test_own_set_makes_any_work_count_personal() -> None:
    f = _finding("今年写完一百篇公众号文章", "objective-not-inspiring", "我的个人OKR")
    assert f is not None and "你自己" in f.message


@pytest.mark.parametrize(
    "objective",
    ["Hire 12 engineers", "Write 50 blog posts this year", "Read the whole safety manual"],
)
def test_team_work_keeps_the_flat_message(objective: str) -> None:
    f = _finding(objective, "objective-not-inspiring")
    assert f is not None and "your own effort" not in f.message


@pytest.mark.parametrize(
    "objective",
    ["Become someone who reads every night", "Run my first marathon", "成为一个每天都读书的人"],
)
def test_personal_directions_unchanged(objective: str) -> None:
    assert inspiring(objective)


# -- decisions 3324, 3325: caretaking alone; a person in general -------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Look after the collection",
        "Look after the garden",
        "Tend the archive",
        "Be a functioning human",
        "Become a decent human being",
        "Be a better person",
    ],
)
def test_caretaking_and_a_person_in_general_are_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Look after every patient as if they were family",
        "Be a parent my kids can talk to",
        "Be a nurse every patient trusts",
        "Be a human voice for every caller",
    ],
)
def test_people_seen_keep_it_inspiring(objective: str) -> None:
    assert inspiring(objective)


# -- decisions 3326-3328: rewrites that read like a coach's ------------------------------------


@pytest.mark.parametrize(
    ("objective", "bad"),
    [
        ("Bring customer churn down by a quarter", "Bring customer churn"),
        ("Get complaint volumes down by half", "Get complaint volumes"),
        ("Book 40 demos with hospital buyers", "Demos with"),
        ("Raise funds for the new wing", "If “Raise funds for the new wing” goes"),
        ("Push support costs down by a third", "Push support"),
        ("Knock hosting costs down by a fifth", "Knock hosting"),
    ],
)
def test_rewrite_is_no_bare_kpi(objective: str, bad: str) -> None:
    text = _rewrite(objective)
    if bad.startswith("If "):
        assert "Funds for the new wing" not in text.split("moves below")[0]
    else:
        assert not text.startswith(bad), text


@pytest.mark.parametrize(
    ("objective", "kr"),
    [
        ("All our nurses go home on time", "Share of our nurses who go home on time"),
        ("Every driver finishes on time", "Share of drivers who finish on time"),
        ("All trains leave on time", "Share of trains that leave on time"),
        ("Every parcel arrives on time", "Share of parcels that arrive on time"),
        ("Get patients seen on time", "Share of patients seen on time"),
    ],
)
def test_all_of_them_on_time_moves_as_a_share(objective: str, kr: str) -> None:
    assert kr in _rewrite(objective)


@pytest.mark.parametrize(
    ("objective", "who"),
    [("提高团长佣金收入", "团长"), ("提升骑手月均收入", "骑手"), ("提高司机提成收入", "司机")],
)
def test_zh_earners_pay_is_their_own(objective: str, who: str) -> None:
    text = _rewrite(objective)
    assert who in text and "客户心中的首选" not in text, text

"""Numbers that define what is counted, unwritten rows, values below 1, owners in titles
(decisions 560-566, issue 8 of the tenth round: tester10's A1, A5, A6, A7, A8, B8, C1)."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.cycle.grading import grade
from coach.cycle.scores import read as read_grade
from coach.facts import read
from coach.facts.owner import heading_owner_name
from coach.review import review

_CFG = Config(use_model=False, semantic=False)


def _kr(text: str, objective: str = "O: Make our members love coming back") -> list[str]:
    """The rules that fail on the first KR of a one-objective draft (its checklist)."""
    rv = review(f"{objective}\nKR1: {text}\nKR2: Members who renew from 40% to 55%", config=_CFG)
    kr = rv.objectives[0].key_results[0]
    return [c.rule_id for c in kr.checks if c.status == "fail"]


def _findings(text: str) -> list[tuple[str, str]]:
    rv = review(text, config=_CFG)
    return [(f.rule_id, f.message) for f in rv.findings]


# -- decision 560: a number in a measure's name or definition is not its target -----------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Grow 7-day retention", "en"),
        ("Raise the number of accounts with 10+ seats", "en"),
        ("Increase the share of tickets solved within 24 hours", "en"),
        ("Orders over $50 as many as we can", "en"),
        ("Count of 5-star reviews (4.5 stars or more) as high as possible", "en"),
        ("年消费满1万元的会员数量大幅增加", "zh"),
        ("30天复购用户要更多", "zh"),
        ("好评（4星以上）占比提高", "zh"),
        ("TOP10门店的坪效明显改善", "zh"),
        ("爆款（播放>100w）数量尽量多一些", "zh"),
        ("500元以上订单数量越多越好", "zh"),
        ("五星好评数量尽量多", "zh"),
        # the bar each of "more <people>" clears after their verb (decision 593)
        ("More subscribers reach 5 opened issues in month 1", "en"),
        ("More members stay 12 months", "en"),
    ],
)
def test_a_number_that_defines_the_counted_thing_is_no_target(text: str, lang: str) -> None:
    f = read(text, lang)
    assert f.quantities and not f.measurable, [(q.text, q.role) for q in f.quantities]
    assert {q.role for q in f.quantities} <= {"descriptor", "label"}
    assert "kr-not-quantified" in _kr(text)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("7-day retention from 20% to 30%", "en", 30),
        ("10+ seat accounts: 40 → 90", "en", 90),
        ("Cut onboarding to a 3-day process", "en", 3),
        ("保持90%以上的好评率", "zh", 90),
        ("前10名客户的复购率从20%提升到30%", "zh", 30),
        ("报修24小时内完成率95%", "zh", 95),
        ("销售额超过100万元", "zh", 1_000_000),
        ("进入行业前三", "zh", 3),
        ("为前20大客户制定客户计划", "zh", 20),
        ("More than 400 members stay 12 months", "en", 400),
    ],
)
def test_real_targets_stay_targets(text: str, lang: str, value: float) -> None:
    f = read(text, lang)
    assert f.metric is not None and f.metric.value == value


def test_the_vague_word_beside_a_defined_measure_is_heard() -> None:
    # Before decision 560 the "7" or the "1万元" silenced both findings.
    assert {"kr-not-quantified", "kr-vague-wording"} <= set(
        _kr("Significantly increase 7-day retention")
    )
    assert {"kr-not-quantified", "kr-vague-wording"} <= set(_kr("年消费满1万元的会员数量大幅增加"))


# -- decision 561: an unwritten row is still empty ------------------------------------------------


@pytest.mark.parametrize("row", ["- [ ] ", "KR3: TBD", "KR3: （待定）", "KR3: ..."])
def test_an_unwritten_row_is_said_to_be_empty(row: str) -> None:
    text = (
        "Q3 2026 (owner: Ana)\nObjective: Make checkout effortless\n"
        "KR1: Cart completion from 50% to 70%\nKR2: Repeat orders from 10% to 20%\n" + row + "\n"
    )
    found = _findings(text)
    assert [r for r, _m in found] == ["kr-not-quantified"], found
    message = found[0][1]
    assert "still empty" in message or "还没有写" in message
    assert "Which number" not in message


# -- decision 562: a value below 1 is a value, not a grade, where the wording measures -----------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Cart completion rate 0.7", 0.7),
        ("Share of orders paid in one click 0.45", 0.45),
        ("Goals conceded per game from 1.8 to 1.0", 1.0),
        ("Escalations per 100 tickets from 2.5 to 0.9", 0.9),
        ("Defect density from 2.3 to 0.8", 0.8),
    ],
)
def test_a_decimal_target_is_no_grade(text: str, value: float) -> None:
    rv = review(f"O: Make checkout effortless\nKR1: {text}\nKR2: Orders from 10 to 20", config=_CFG)
    kr = rv.objectives[0].key_results[0]
    assert kr.score is None and kr.metric is not None and kr.metric.value == value
    failed = [c.rule_id for c in kr.checks if c.status == "fail"]
    assert "kr-not-quantified" not in failed and "kr-is-task" not in failed
    assert read_grade(text).score is None


def test_grades_stay_grades() -> None:
    assert read_grade("Automate offer letters 0.5").score == 0.5
    assert read_grade("Raise NPS from 30 to 45 0.7").score == 0.7
    assert read_grade("Cart completion rate 0.7 done").score == 0.7
    report = grade("O: Faster support\nKR1: Tickets per agent from 2.5 to 0.9\nKR2: Ship v2 0.7\n")
    scores = [kr.score for o in report.objectives for kr in o.key_results]
    assert scores == [None, 0.7]


# -- decision 563: the person after a role in a title owns the set ------------------------------


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("外卖XX站 站长 周强 7月OKR", "周强"),
        ("销售一组 组长 王磊 Q3 OKR", "王磊"),
        ("Store 12 manager Priya Shah — Q3 OKRs", "Priya Shah"),
    ],
)
def test_a_role_then_a_name_in_a_title_names_the_owner(title: str, name: str) -> None:
    assert heading_owner_name(title) == name
    found = _findings(
        f"{title}\n\n目标：让顾客准时吃上饭\nKR1：准时率从92%提升到97%\nKR2：好评率从90%提升到95%\n"
    )
    assert "kr-no-owner" not in [r for r, _m in found]


# -- decision 565: a name is no vague wording ------------------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        'Launch the "Too Good To Go" partnership in all shops',
        "Launch the Too Good To Go partnership in all shops",
        "上线“更好生活”会员计划",
    ],
)
def test_a_vague_word_inside_a_name_is_not_flagged(kr: str) -> None:
    assert "kr-vague-wording" not in _kr(kr)


def test_a_vague_word_outside_a_name_still_is() -> None:
    assert "kr-vague-wording" in _kr("Make customer satisfaction better")


# -- decision 566: a compared period, an event of a period, the set's own month --------------------


def test_a_compared_period_and_an_event_are_no_deadline() -> None:
    from coach.facts.timeframes import find_timeframe

    assert find_timeframe("压力性损伤发生率较Q1下降30%", "zh") is None
    found = find_timeframe("压力性损伤发生率较Q1下降30%，Q2末前", "zh")
    assert found is not None and found[0].text.startswith("Q2")
    assert find_timeframe("25 middle-school girls register for next year's tryouts", "en") is None


def test_this_month_in_a_month_set_is_the_sets_month() -> None:
    rv = review(
        "外卖站 站长 周强 7月OKR\n\n目标：准时送达\nKR1：准时率从91%提升到97%（本月）\n"
        "KR2：好评率从90%提升到95%\n",
        config=_CFG,
    )
    d = rv.objectives[0].key_results[0].deadline
    # July of the set, whatever month the draft is read in (was the current month)
    assert d is not None and d.start.endswith("-07-01") and d.end.endswith("-07-31")

"""Time expressions: what is a deadline, what is not, and the ISO dates they stand for."""

from __future__ import annotations

from datetime import date

import pytest

from coach.facts.timeframes import find_timeframe, has_deadline
from coach.text import detect_language

TODAY = date(2026, 5, 20)

CASES = [
    ("本季度提升客户满意度", "本季度", "quarter", "2026-04-01", "2026-06-30"),
    ("下季度上线新版本", "下季度", "quarter", "2026-07-01", "2026-09-30"),
    ("Q3完成迁移", "Q3", "quarter", "2026-07-01", "2026-09-30"),
    ("2026年第三季度营收增长20%", "2026年第三季度", "quarter", "2026-07-01", "2026-09-30"),
    ("Hire 5 engineers in Q3 2026", "in Q3 2026", "quarter", "2026-07-01", "2026-09-30"),
    ("NPS 45 by end of Q3", "by end of Q3", "quarter", "2026-07-01", "2026-09-30"),
    ("this quarter", "this quarter", "quarter", "2026-04-01", "2026-06-30"),
    ("H1 revenue up 20%", "H1", "half", "2026-01-01", "2026-06-30"),
    ("下半年", "下半年", "half", "2026-07-01", "2026-12-31"),
    ("年底前完成10个项目", "年底前", "year", "2026-01-01", "2026-12-31"),
    ("Expand to Europe in 2027", "in 2027", "year", "2027-01-01", "2027-12-31"),
    ("by EOY", "by EOY", "year", "2026-01-01", "2026-12-31"),
    ("9月1日前推出客户推荐计划", "9月1日前", "date", None, "2026-09-01"),
    ("3月1日前完成", "3月1日前", "date", None, "2027-03-01"),
    ("8 月底前开通自助退货", "8 月底前", "month", "2026-08-01", "2026-08-31"),  # a spaced figure
    ("11 月 20 日前交付样机", "11 月 20 日前", "date", None, "2026-11-20"),
    ("Launch by September 1", "by September 1", "date", None, "2026-09-01"),
    ("by 2026-09-30", "by 2026-09-30", "date", None, "2026-09-30"),
    ("Ship by end of September", "by end of September", "month", "2026-09-01", "2026-09-30"),
    ("9月底前上线", "9月底前", "month", "2026-09-01", "2026-09-30"),
    ("Sign 10 customers within 90 days", "within 90 days", "relative", "2026-05-20", "2026-08-18"),
    ("30天内上线新版本", "30天内", "relative", "2026-05-20", "2026-06-19"),
    ("in the next 6 months", "in the next 6 months", "relative", "2026-05-20", "2026-11-20"),
]


@pytest.mark.parametrize(("text", "words", "kind", "start", "end"), CASES)
def test_timeframe(text: str, words: str, kind: str, start: str | None, end: str | None) -> None:
    found = find_timeframe(text, detect_language(text), TODAY)
    assert found is not None
    tf, (s, e) = found
    assert (tf.text, tf.kind, tf.start, tf.end) == (words, kind, start, end)
    assert text[s:e] == words
    assert tf.span is not None and (tf.span.start, tf.span.end) == (s, e)


@pytest.mark.parametrize(
    "text",
    [
        "在3小时内回复新留言",
        "Respond within 4 hours to all tickets",
        "Resolve tickets within 2 days",
        "客户问题在2天内解决",
        "每月开展2次培训",
        "每个季度开展2次团队活动",
        "每季度末复盘",
        "Publish weekly updates",
        "Review every quarter",
        "降低试用期人员季度主动离职率到5%",
        "完成季度招聘任务10人",
        "Reach 2025 customers",
        "每半年做一次人才晋升",
        "全年级数学平均分从78分提升到85分",  # the whole grade, not the whole year (tester8)
        "全年龄段用户覆盖率达到60%",
    ],
)
def test_not_a_timeframe(text: str) -> None:
    assert find_timeframe(text, detect_language(text), TODAY) is None


def test_earliest_expression_wins() -> None:
    found = find_timeframe("Q3 launch, Q4 scale", "en", TODAY)
    assert found is not None and found[0].text == "Q3"


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("人均产值较上季度提高8%", False),
        ("库存周转天数同比去年缩短5天", False),
        ("与上月相比，退货率下降2个百分点", False),
        ("Churned seats 30% lower than last quarter", False),
        ("Support cost per ticket down 10% vs. last year", False),
        ("到9月底，人均产值较上季度提高8%", True),
        ("本季度新签客户比上季度多20家", True),
    ],
)
def test_a_period_compared_with_is_no_deadline(text: str, deadline: bool) -> None:
    # decision 267: the period after 较/比/than is the baseline's, not the item's deadline
    assert has_deadline(text, detect_language(text)) is deadline


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Run my first half marathon feeling strong", False),
        ("Win the second half of the season", False),
        ("Ship it in the first half of 2027", True),
        ("618之后复购率提升到30%", False),
        ("双11后退货率低于5%", False),
        ("618前GMV达到500万", True),
    ],
)
def test_a_race_or_an_event_started_after_is_no_deadline(text: str, deadline: bool) -> None:
    # Decision 383 (tester7): "half marathon" is a race, not H1; "618之后" starts a period.
    assert has_deadline(text, detect_language(text, "en")) is deadline


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Grow active greeters from 9 to 20 by Palm Sunday", "by Palm Sunday"),
        ("Hand out 300 care packages by Easter", "by Easter"),
        ("Serve 40 families a week during Lent", "during Lent"),
        ("Welcome every family (Advent season 2026)", "Advent season 2026"),
        ("Lent–Easter 2026 OKRs", "Lent–Easter 2026"),
        ("Clear the backlog before Black Friday", "before Black Friday"),
    ],
)
def test_a_feast_or_a_sales_day_is_a_deadline(text: str, words: str) -> None:
    # tester8: a church's and a shop's cycles (decision 436); "I lent him money" is no season
    found = find_timeframe(text, "en", TODAY)
    assert found is not None and found[0].text == words
    assert find_timeframe("I lent the team two laptops", "en", TODAY) is None
    assert find_timeframe("Ship the advent calendar widget", "en", TODAY) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Play like a top-4 team by the regional finals", "by the regional finals"),
        ("Set pieces scored from 2 to 6 before the tournament", "before the tournament"),
        ("Full squad fit by the season opener", "by the season opener"),
        ("Learn all three pieces by the spring recital", "by the spring recital"),
        ("Academy roster — spring split 2027", "spring split 2027"),
    ],
)
def test_a_competition_or_a_performance_is_a_deadline(text: str, words: str) -> None:
    # acc-en9 (decision 445): a team trains toward its finals as a charity toward its gala
    found = find_timeframe(text, "en", TODAY)
    assert found is not None and found[0].text == words
    assert find_timeframe("Tournament wins from 2 to 5", "en", TODAY) is None


@pytest.mark.parametrize(
    "text, kind",
    [("Close the audit findings, FY26 Q4", "quarter"), ("完成新系统切换，FY28上半年", "half")],
)
def test_a_part_of_a_fiscal_year_is_a_bounded_period(text: str, kind: str) -> None:
    # Decision 817: the half or quarter after a fiscal year is the period (was the bare year).
    tf, _span = find_timeframe(text, "zh" if "完成" in text else "en")
    assert tf.kind == kind and tf.text.startswith("FY") and tf.start is None

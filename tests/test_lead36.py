"""Lead fixes of round thirty-six: deadlines written as a coming span or the team's own cycle
(decisions 5255-5259, coach/facts/timeframes.py), with the near wordings that stay as they were."""

from __future__ import annotations

import pytest

from coach import review
from coach.facts.timeframes import find_timeframe


def _deadline_fails(kr: str, lang: str) -> bool:
    if lang == "en":
        text = f"Support team — OKRs\n\nO1: Make help feel instant\n- KR1: {kr} (owner: Ana)\n"
    else:
        text = f"客服组 OKR\n\nO1：让求助变得毫不费力\n- KR1：{kr}（负责人：王芳）\n"
    item = review(text).objectives[0].key_results[0]
    return any(c.rule_id == "kr-no-deadline" and c.status == "fail" for c in item.checks)


@pytest.mark.parametrize(
    "kr, lang",
    [
        ("Lift repeat purchase to 35% over the coming quarter", "en"),
        ("Revenue from renewals up 12% over the next quarter", "en"),
        ("Bring the offer-acceptance rate to 80% by the next planning cycle", "en"),
        ("Raise the grant win rate to 40% ahead of the next funding cycle", "en"),
        ("Cut the flaky-test count from 40 to 5 over the next two sprints", "en"),
        ("Reach 80 paying clinics within 90 days of launch", "en"),
        ("Reach 60 paying stores in the 8 weeks after go-live", "en"),
        ("下个迭代结束前把试用转化率从9%提到18%", "zh"),
        ("本冲刺末线上缺陷数从12个降到5个", "zh"),
        ("两个迭代内工单积压从120单降到50单", "zh"),
        ("第3个sprint结束前支付成功率达到99.5%", "zh"),
    ],
)
def test_a_coming_span_or_the_teams_own_cycle_is_a_deadline(kr, lang):
    assert not _deadline_fails(kr, lang)


@pytest.mark.parametrize(
    "kr, lang",
    [
        ("Grow repeat purchase 30% over last year", "en"),
        ("60% of new users activate within 7 days of signup", "en"),
        ("Resolve 90% of tickets within 2 days", "en"),
        ("完成3个版本迭代，用户满意度达到90%", "zh"),
    ],
)
def test_a_base_a_customer_window_or_a_count_of_iterations_is_no_deadline(kr, lang):
    assert _deadline_fails(kr, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Up 30% over FY2026", "en"),
        ("Cut failed charges before the next billing cycle", "en"),
        ("冲刺年度销售目标", "zh"),
        ("下个迭代的需求评审通过率90%", "zh"),
    ],
)
def test_near_wordings_read_no_time(text, lang):
    assert find_timeframe(text, lang) is None


def _checks(kr: str) -> set[str]:
    text = f"Billing team — Q3 2027 OKRs\n\nO1: Bill every customer right the first time\n- KR1: {kr} (owner: Ana)\n"
    item = review(text).objectives[0].key_results[0]
    return {c.rule_id for c in item.checks if c.status == "fail"}


@pytest.mark.parametrize(
    "kr",
    [
        "No credit note goes out with the wrong VAT rate",
        "Not a single payslip goes out with a wrong tax band",
        "No sample ships to the wrong lab",
    ],
)
def test_a_thing_that_goes_out_with_the_wrong_one_is_negative_phrasing(kr):
    assert "kr-negative-phrasing" in _checks(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Every credit note goes out with the right VAT rate",
        "No associate works more than 50 hours in any week",
    ],
)
def test_the_good_outcome_or_a_workload_limit_is_not(kr):
    assert "kr-negative-phrasing" not in _checks(kr)


@pytest.mark.parametrize(
    "text",
    [
        "Lift gross margin to 41% in the back half of the year",
        "Raise repeat orders to 30% in cycle 2",
        "Team Atlas OKRs · Cycle 3",
    ],
)
def test_the_back_half_of_the_year_and_a_numbered_cycle_are_periods(text):
    assert find_timeframe(text, "en") is not None


@pytest.mark.parametrize(
    "text",
    [
        "Cut cycle time from 9 to 3 days",
        "Reduce billing cycle 3 errors",
        "the back half of the deck",
    ],
)
def test_cycle_time_and_a_half_of_something_else_are_not(text):
    assert find_timeframe(text, "en") is None


def test_a_quarter_typeset_with_blanks_is_inherited_by_the_key_results():
    text = (
        "陈晨的 OKR · 2028 年第 2 季度\n\n"
        "O1 让华南区的门店愿意主推我们的新口味\n"
        "  KR1 华南区新口味铺货率从 18% 提升到 55%\n"
        "  KR2 门店新口味月均进货额达到 90 万元\n"
    )
    review_ = review(text)
    fails = {
        c.rule_id
        for kr in review_.objectives[0].key_results
        for c in kr.checks
        if c.status == "fail"
    }
    assert "kr-no-deadline" not in fails
    assert find_timeframe("第 6 周前完成门店陈列", "zh") is not None


def test_books_returned_late_turn_into_an_on_time_return_rate_not_a_repayment_rate():
    text = "社区图书室 2028年Q1 OKR\n\nO1：让借书的人都愿意按时还回来\n- KR1：还书逾期率从16%降到7%（负责人：周敏）\n"
    dumped = str(review(text).model_dump())
    assert "按时还书率" in dumped
    assert "按时还款率" not in dumped


@pytest.mark.parametrize(
    "example, heading, replacement",
    [
        ("checkin-zh.md", "## 未来四周的计划", "## 下周计划"),
        ("checkin-zh.md", "## 未来四周的计划", "## 接下来几周"),
        ("checkin-en.md", "## Next four weeks", "## Next month"),
        ("checkin-en.md", "## Next four weeks", "## Upcoming"),
    ],
)
def test_a_plan_under_a_shorter_or_looser_heading_is_the_plan_quadrant(
    example, heading, replacement
):
    from pathlib import Path

    from coach.cycle.checkin import checkin

    text = (Path(__file__).resolve().parents[1] / "examples" / "cycle" / example).read_text(
        encoding="utf-8"
    )
    assert heading in text
    report = checkin(text.replace(heading, replacement))
    assert len(report.plan) == len(checkin(text).plan) > 0


@pytest.mark.parametrize(
    "tail, explained",
    [
        (" — supplier late", True),
        (" — budget frozen", True),
        (", on track", False),
        (", off track", False),
    ],
)
def test_two_words_that_say_what_happened_explain_a_confidence_change(tail, explained):
    from pathlib import Path

    from coach.cycle.checkin import checkin

    text = (Path(__file__).resolve().parents[1] / "examples" / "cycle" / "checkin-en.md").read_text(
        encoding="utf-8"
    )
    line = "Confidence: 5/10, down from 7/10"
    assert line in text
    report = checkin(text.replace(line, line + tail))
    fired = any(f.rule_id == "checkin-confidence-unexplained" for f in report.findings)
    assert fired is not explained


@pytest.mark.parametrize(
    "said, expected",
    [
        ("（对齐公司O1）", "没有写明它支撑哪个上级目标"),
        ("（对齐公司O7）", "写的“对齐公司O7”在上级目标里找不到"),
    ],
)
def test_a_parent_named_but_not_found_above_is_said_so(said, expected):
    from pathlib import Path

    from coach.cycle.tree import tree

    text = (Path(__file__).resolve().parents[1] / "examples" / "cycle" / "tree-zh.md").read_text(
        encoding="utf-8"
    )
    assert "（对齐公司O1）" in text
    messages = [
        f.message
        for f in tree(text.replace("（对齐公司O1）", said)).findings
        if f.rule_id == "tree-link-unstated"
    ]
    assert any(expected in m for m in messages)

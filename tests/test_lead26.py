"""Lead decisions of the twenty-sixth round (issue 8): docs/principles.md 1773."""

from __future__ import annotations

from datetime import date

import pytest

from coach.facts.timeframes import find_timeframe
from coach.review import review


def _rules(kr: str) -> set[str]:
    r = review(f"Objective: Keep the people we hired\n- {kr} (owner: Ana)")
    return {f.rule_id for f in r.findings if f.target == "o1.kr1"}


@pytest.mark.parametrize(
    "kr",
    [
        "Hold one-to-one talks with all 45 team members by June",
        "Hold exit interviews with all 14 leavers by Q3",
        "Run onboarding calls with all 60 new accounts by March",
    ],
)
def test_meetings_with_a_group_counted_in_digits_are_efforts_counted(kr: str) -> None:
    found = _rules(kr)
    assert "kr-is-task" not in found
    assert found & {"kr-activity-count", "kr-business-as-usual"}


@pytest.mark.parametrize(
    "kr",
    [
        "Hold stay interviews with every agent in tenure 3-6 months",
        "Hold career conversations with each engineer",
        "Conduct check-in calls with all new accounts",
        "Conduct check-in calls with all of our 30 new accounts by Q3",
    ],
)
def test_meetings_with_every_one_of_a_group_uncounted_stay_a_task(kr: str) -> None:
    assert "kr-is-task" in _rules(kr)


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("Grow repeat orders Jan–Mar 2025", "en", "2025-01-01", "2025-03-31"),
        ("Lift NPS to 45, April to June 2025", "en", "2025-04-01", "2025-06-30"),
        ("Renewals at 90% Nov-Feb 2025", "en", "2025-11-01", "2026-02-28"),
        ("2025年7月-12月营收增长20%", "zh", "2025-07-01", "2025-12-31"),
        ("2025年7-9月复购率达到35%", "zh", "2025-07-01", "2025-09-30"),
        ("2025年4月至6月完成率达到90%", "zh", "2025-04-01", "2025-06-30"),
    ],
)
def test_a_run_of_months_ends_with_its_last_month(
    text: str, lang: str, start: str, end: str
) -> None:
    found = find_timeframe(text, lang, date(2025, 1, 1))
    assert found is not None
    assert (found[0].start, found[0].end) == (start, end)


@pytest.mark.parametrize(
    ("text", "lang", "end"),
    [
        ("Ship by March 2025", "en", "2025-03-31"),
        ("2025年7月底前完成", "zh", "2025-07-31"),
        ("3-6个月内留存率达到40%", "zh", None),
    ],
)
def test_one_month_and_a_span_of_months_are_unchanged(
    text: str, lang: str, end: str | None
) -> None:
    found = find_timeframe(text, lang, date(2025, 1, 1))
    assert (found[0].end if found else None) == end


def _negative_quotes(kr: str) -> str:
    r = review(f"目标：让客户更愿意回来（负责人：王芳，2026年Q3）\n关键结果1：{kr}")
    found = [f for f in r.findings if f.rule_id == "kr-negative-phrasing"]
    assert found, kr
    return found[0].suggestions[0].text


@pytest.mark.parametrize(
    ("kr", "quoted"),
    [
        ("尽量减少客服投诉", "“客服投诉”"),
        ("尽量减少退款申请", "“退款申请”"),
        ("全力杜绝安全事故", "“安全事故”"),
        ("降低消防通道占用现象", "“消防通道占用现象”"),
        ("减少园内不文明行为投诉", "“园内不文明行为投诉”"),
    ],
)
def test_a_verb_inside_a_longer_word_still_ends_the_quoted_events(kr: str, quoted: str) -> None:
    assert _negative_quotes(kr).startswith(quoted)


@pytest.mark.parametrize(
    "draft",
    [
        "目标：保持好的身体状态（负责人：我，2026年）\n关键结果1：8月底前体检各项指标正常",
        "目标：让门店更安全（负责人：王芳，2026年Q3）\n关键结果1：9月底前所有门店都有急救箱和应急照明",
    ],
)
def test_a_state_kr_is_task_passes_is_not_called_work_by_the_quantity_advice(draft: str) -> None:
    r = review(draft)
    found = {f.rule_id: f for f in r.findings if f.target == "o1.kr1"}
    assert "kr-is-task" not in found
    texts = " ".join(s.text for s in found["kr-not-quantified"].suggestions)
    assert "是要做的工作" not in texts and "放进行动计划" not in texts


def test_work_without_a_number_is_still_sent_to_the_plan() -> None:
    r = review("目标：让门店更安全（负责人：王芳，2026年Q3）\n关键结果1：9月底前编写门店安全手册")
    texts = " ".join(s.text for f in r.findings if f.target == "o1.kr1" for s in f.suggestions)
    assert "工作" in texts

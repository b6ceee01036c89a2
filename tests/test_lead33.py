"""Lead decisions of round thirty-three (issue 8), from the lead's workshop read of fresh drafts.
5044 — "Run a sub-25-minute 5K": "sub-" glued before a time bounds it from above, as "under" does;
the key result states a time to beat, a measured result, not a task.
5045 — "每周组织一次数学培优课": 次 is the lessons' measure word and 数学 the next word; "次数" (a number
of times) is no false friend there, so the cadence's count is read.
Each decision's cases failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest

from coach import review


def _kr_findings(text: str) -> set[str]:
    """What the first key result fails, by its checklist (a finding may be left out for
    brevity; the check's verdict never is)."""
    r = review(text)
    return {c.rule_id for c in r.objectives[0].key_results[0].checks if c.status == "fail"}


_OBJ_FIT = "Objective: Be the fittest I have been since college (owner: me, Q2 2027)\n"


# --- 5044: "sub-" before a time is a bound ------------------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Run a sub-25-minute 5K by the end of June",
        "Finish a sub-4-hour marathon in October",
        "Swim a sub-30-minute 1500 m at the lake race",
        "Ride a sub-3-hour century on the club ride",
        "Complete the 10K trail race in a sub-60-minute time",
        "Post a sub-2-hour half marathon at the spring race",
    ],
)
def test_a_sub_time_is_a_result_to_reach(kr):
    assert "kr-is-task" not in _kr_findings(_OBJ_FIT + f"- KR1: {kr}\n")


@pytest.mark.parametrize(
    "kr",
    [
        "Run a 5K with my sister in June",
        "Finish my first marathon",
        "Sign up for a sub-committee on race safety",
        "Register for the sub-elite wave of the city marathon",
    ],
)
def test_no_time_bound_stays_a_task(kr):
    assert "kr-is-task" in _kr_findings(_OBJ_FIT + f"- KR1: {kr}\n")


def test_a_sub_time_reads_as_under_does():
    from coach.parse import parse_text

    for sub, under in [
        ("Run a sub-25-minute 5K", "Run a 5K under 25 minutes"),
        ("Ride a sub-3-hour century", "Ride a century in under 3 hours"),
    ]:
        a = parse_text("Objective: Get fit\n- " + sub).objectives[0].key_results[0]
        b = parse_text("Objective: Get fit\n- " + under).objectives[0].key_results[0]
        da = [(q.kind, q.value, q.unit, q.role) for q in a.facts.quantities if q.kind == "duration"]
        db = [(q.kind, q.value, q.unit, q.role) for q in b.facts.quantities if q.kind == "duration"]
        assert da and da == db


@pytest.mark.parametrize(
    "text",
    [
        "Objective: Run a sub-2-hour half marathon\n- KR1: Long run from 12 km to 20 km by May (owner: me)\n",
        "Objective: Run a half marathon under 1:50\n- KR1: Long run from 12 km to 20 km by May (owner: me)\n",
    ],
)
def test_a_race_time_objective_stays_a_personal_best(text):
    r = review(text)
    assert "objective-is-metric" in {f.rule_id for f in r.findings if f.target == "o1"}


# --- 5045: 次 before 数学/数据/数字 is a measure word -----------------------------------------------

_OBJ_SCHOOL = "O1 让每个孩子都爱上数学（负责人：刘慧，2027年春季学期）\n"


@pytest.mark.parametrize(
    "kr",
    [
        "每周组织一次数学培优课",
        "每周举办一次数学竞赛辅导",
        "每天备份一次数据库",
        "每月做一次数据复盘",
        "每周开展一次数字化教学培训",
        "每两周安排一次数学趣味活动",
    ],
)
def test_a_cadence_count_before_maths_or_data_is_quantified(kr):
    assert "kr-not-quantified" not in _kr_findings(_OBJ_SCHOOL + f"- KR1 {kr}\n")


@pytest.mark.parametrize(
    "kr",
    [
        "统计每位学生的作业提交次数",
        "完成一次数据迁移",
        "整理数学错题本",
    ],
)
def test_a_number_of_times_and_one_event_stay_unquantified(kr):
    assert "kr-not-quantified" in _kr_findings(_OBJ_SCHOOL + f"- KR1 {kr}\n")


# --- 5046: a table's baseline and target cells give the measure its values ----------------------

_HEAD_EN = "### Objective 1: Make the app feel instant (owner: Jordan, Q3 2027)\n"


def _table_kr(head: str, row: str, header: str = "| KR | Baseline | Target | Owner |") -> set[str]:
    text = (
        head
        + header
        + "\n|---|---|---|---|\n"
        + row
        + "\n| Weekly active users | 12k | 20k | Li |\n"
    )
    return _kr_findings(text)


@pytest.mark.parametrize(
    "row",
    [
        "| Cold start time (p90) | 3.8 s | 1.5 s | Priya |",
        "| App Store rating | 4.2 | 4.6 | Sam |",
        "| Median page load | 2.4s | 1.2s | Alex |",
        "| Average review score | 3.6 | 4.1 | Sam |",
        "| Crash-free sessions | 99.1% | 99.8% | Sam |",
        "| Successful first syncs | 91.5% | 98.0% | Alex |",
    ],
)
def test_a_table_row_with_values_is_a_measured_result(row):
    failed = _table_kr(_HEAD_EN, row)
    assert not failed & {"kr-not-quantified", "kr-activity-count", "kr-is-task"}, failed


@pytest.mark.parametrize(
    "row",
    [
        "| 首页加载时长 | 3.2秒 | 1.5秒 | 王磊 |",
        "| 门店评分 | 4.3 | 4.7 | 李娜 |",
    ],
)
def test_a_chinese_table_row_with_values_is_a_measured_result(row):
    failed = _table_kr(
        "### 目标一：让顾客一进店就想再来（负责人：王磊，2027年Q3）\n",
        row,
        "| 关键结果 | 基线 | 目标值 | 负责人 |",
    )
    assert not failed & {"kr-not-quantified", "kr-activity-count", "kr-is-task"}, failed


@pytest.mark.parametrize(
    "row",
    [
        "| Rewrite the image cache | — | done | Alex |",
        "| Launch the partner portal | — | 5/31 | Alex |",
        "| Sessions | 10k | 25k | Alex |",
    ],
)
def test_work_dates_and_counts_in_a_table_keep_their_reading(row):
    before = {
        "| Rewrite the image cache | — | done | Alex |": "kr-is-task",
        "| Launch the partner portal | — | 5/31 | Alex |": "kr-is-task",
        "| Sessions | 10k | 25k | Alex |": "kr-activity-count",
    }[row]
    assert before in _table_kr(_HEAD_EN, row)


def test_a_date_in_the_target_cell_is_still_a_deadline():
    text = (
        "### 目标一：让顾客一进店就想再来（负责人：王磊）\n| 关键结果 | 基线 | 目标值 | 负责人 |\n"
        "|---|---|---|---|\n| 上线会员小程序 | 无 | 6.30前完成 | 李娜 |\n"
    )
    r = review(text)
    kr = r.objectives[0].key_results[0]
    assert kr.deadline is not None
    assert "kr-no-deadline" not in {c.rule_id for c in kr.checks if c.status == "fail"}


# --- 5048: tickets reopened, said at length, are a bad event -------------------------------------

_OBJ_CS = "目标1：让用户第一次联系就解决问题（负责人：林晓，2027年Q1）\n"


@pytest.mark.parametrize(
    "kr",
    [
        "减少重新打开的工单",
        "减少7天内重新打开的工单",
        "7天内被重新打开的工单从每月80单降到30单",
        "被重新打开的工单占比控制在5%以内",
        "重新打开工单的数量减半",
    ],
)
def test_tickets_reopened_at_length_are_a_bad_event(kr):
    assert "kr-negative-phrasing" in _kr_findings(_OBJ_CS + f"- {kr}\n")


@pytest.mark.parametrize(
    "kr",
    [
        "解决后未重新打开的工单占比从90%提升到96%",
        "新开门店数从3家增加到8家",
    ],
)
def test_what_stays_resolved_is_no_bad_event(kr):
    assert "kr-negative-phrasing" not in _kr_findings(_OBJ_CS + f"- {kr}\n")


# --- 5049: a floor said with a negation is no negative phrasing --------------------------------

_OBJ_EVENTS = "Objective: Make every event feel packed (owner: Ana, Q3 2027)\n"


@pytest.mark.parametrize(
    "kr",
    [
        "No fewer than 20 volunteers at each event",
        "No fewer than 40 regulars at the Friday session",
        "Not fewer than 12 sponsors renew for next season",
        "No less than 300 paid tickets per show",
        "Members rate the talks no less than 4.5 out of 5",
    ],
)
def test_a_negated_floor_is_no_negative_phrasing(kr):
    assert "kr-negative-phrasing" not in _kr_findings(_OBJ_EVENTS + f"- {kr}\n")


@pytest.mark.parametrize(
    "kr",
    [
        "No fewer than 2 P1 incidents per month",
        "Cut no-shows to fewer than 5 per event",
        "No more than 3 complaints per event",
    ],
)
def test_bad_events_with_a_cap_stay_negative(kr):
    assert "kr-negative-phrasing" in _kr_findings(_OBJ_EVENTS + f"- {kr}\n")


# --- 5050: a KPI objective's flatness folds into its metric finding -----------------------------


def _objective_findings(text: str) -> tuple[set[str], set[str]]:
    r = review(text)
    shown = {f.rule_id for f in r.findings if f.target == "o1"}
    failed = {c.rule_id for c in r.objectives[0].checks if c.status == "fail"}
    return shown, failed


_KR_EN = "- KR1: Net revenue from $2.1M to $2.6M by Sep 30 (owner: Dana)\n"
_KR_ZH = "- KR1：单店月均营业额从35万提升到42万（负责人：陈刚，2027年3月底前）\n"


@pytest.mark.parametrize(
    "text",
    [
        "Objective: Increase revenue\n" + _KR_EN,
        "Objective: Grow bookings\n" + _KR_EN,
        "Objective: Improve gross margin\n" + _KR_EN,
        "目标：提高门店营业额\n" + _KR_ZH,
        "目标：提升会员复购率\n" + _KR_ZH,
        "目标：增加销售额\n" + _KR_ZH,
    ],
)
def test_a_kpi_objective_shows_one_finding(text):
    shown, failed = _objective_findings(text)
    assert "objective-is-metric" in shown
    assert "objective-not-inspiring" not in shown
    assert {"objective-is-metric", "objective-not-inspiring"} <= failed


@pytest.mark.parametrize(
    "text",
    [
        "Objective: Improve onboarding\n" + _KR_EN,
        "目标：完善培训体系\n" + _KR_ZH,
    ],
)
def test_a_flat_objective_that_is_no_kpi_keeps_its_finding(text):
    shown, _failed = _objective_findings(text)
    assert "objective-not-inspiring" in shown

"""What a fresh-eyed tester found in round fifteen (docs/principles.md decisions 1135–1136): a
launch whose object recurs read as an effort repeated, and set owners read from a job title in
brackets, a role label kept in the name, and a team named after its head."""

from __future__ import annotations

import pytest

from coach import review


def _kr_checks(text: str) -> dict[str, str]:
    kr = review(text).objectives[0].key_results[0]
    return {c.rule_id: c.status for c in kr.checks}


def _set(kr: str, title: str = "Growth OKRs — Q2 2026 (owner: Ann Lee)") -> str:
    return f"{title}\n\nObjective: Make our members feel at home\n- {kr}\n"


# -- decision 1135: a recurring thing launched is a milestone, not an effort -----------------
@pytest.mark.parametrize(
    "kr",
    [
        "Launch the monthly giving program by Nov 1",
        "Roll out our new weekly customer digest by May 15",
        "Introduce a quarterly partner review by June 30",
        "4月底前开通每日打卡小程序",
        "5月31日前推出月度会员计划",
    ],
)
def test_a_recurring_thing_launched_is_a_task(kr: str) -> None:
    checks = _kr_checks(_set(kr))
    assert checks["kr-is-task"] == "fail"
    assert checks["kr-activity-count"] == "pass"


@pytest.mark.parametrize(
    "kr",
    [
        "Publish the weekly newsletter every Friday",  # a second cadence: done each week
        "Publish the weekly newsletter",  # one issue put out each time
        "Launch 2 campaigns every month",  # launches counted
        "每周上线2个新功能",  # the cadence governs the verb
        "发布月度运营报告",
    ],
)
def test_a_repeated_effort_stays_an_activity(kr: str) -> None:
    assert _kr_checks(_set(kr))["kr-activity-count"] == "fail"


# -- decision 1136: the set owner is the person, not a title or a team -------------------------
@pytest.mark.parametrize(
    ("lines", "name"),
    [
        ("Dispatch OKRs — Q3 2026\nOwner: Marcus Lee (Lead Dispatcher)", "Marcus Lee"),
        ("Design OKRs — Q3 2026\nOwner: Hana Sato (Senior Designer)", "Hana Sato"),
        ("Practice OKRs — Q3 2026\n(Partner: Rachel Moreno)", "Rachel Moreno"),
        ("Clinic OKRs — Q3 2026\n(Medical Director: Dr. Sam Ortiz)", "Dr. Sam Ortiz"),
        ("Chen Lab — OKRs for Q3 2026\nPI: Dr. Wei Chen", "Dr. Wei Chen"),
    ],
)
def test_the_set_owner_is_the_person(lines: str, name: str) -> None:
    text = f"{lines}\n\nObjective: Be the first call for our clients\n- Win 12 new clients\n"
    rv = review(text)
    kr = rv.objectives[0].key_results[0]
    assert kr.owned_by is not None and kr.owned_by.name == name
    assert next(c.status for c in kr.checks if c.rule_id == "kr-no-owner") == "pass"


def test_a_lab_named_after_its_head_is_a_team() -> None:
    text = (
        "Chen Lab — OKRs for Q3 2026\n\nObjective: Do world-class work\n- Get 2 papers accepted\n"
    )
    kr = review(text).objectives[0].key_results[0]
    assert next(c.status for c in kr.checks if c.rule_id == "kr-no-owner") == "fail"


# -- decision 1137: wishlists and registrations are KPIs; "at least once" is a count ------------
@pytest.mark.parametrize(
    "objective", ["Grow wishlists", "Boost registrations", "Grow pre-orders", "Increase views"]
)
def test_an_objective_that_only_grows_a_count_is_a_metric(objective: str) -> None:
    text = f"Q2 2026 OKRs (owner: Ann Lee)\n\nObjective: {objective}\n- Signups from 300 to 900\n"
    o = review(text).objectives[0]
    assert next(c.status for c in o.checks if c.rule_id == "objective-is-metric") == "fail"


def test_an_end_state_naming_views_is_no_metric() -> None:
    text = (
        "Q2 2026 OKRs (owner: Ann Lee)\n\n"
        "Objective: Make every view of our channel worth the viewer's time\n"
        "- Average view duration from 3:10 to 5:00\n"
    )
    o = review(text).objectives[0]
    assert next(c.status for c in o.checks if c.rule_id == "objective-is-metric") == "pass"


@pytest.mark.parametrize(
    "kr",
    [
        "Every student presents at least once this term",
        "Each mentor meets their mentee at least once",
    ],
)
def test_at_least_once_is_a_number(kr: str) -> None:
    assert _kr_checks(_set(kr))["kr-not-quantified"] == "pass"


# -- decision 1138: a measure of a recurring effort, without a number, is no effort ------------
@pytest.mark.parametrize(
    "kr",
    [
        "Weekly group meeting attendance",
        "Monthly training completion rate",
        "每周例会出勤率",
        "每月培训完成率",
    ],
)
def test_a_measure_of_a_recurring_effort_is_unquantified_not_an_activity(kr: str) -> None:
    checks = _kr_checks(_set(kr))
    assert checks["kr-not-quantified"] == "fail"
    assert checks["kr-activity-count"] == "pass"
    assert checks["kr-is-task"] == "pass"


@pytest.mark.parametrize(
    "kr", ["Weekly 1:1s with every student", "每周例会", "Monthly all-hands meeting"]
)
def test_the_recurring_effort_itself_stays_an_activity(kr: str) -> None:
    assert _kr_checks(_set(kr))["kr-activity-count"] == "fail"


# -- decision 1139: playtests and usability tests held are efforts counted ------------------
@pytest.mark.parametrize(
    "kr", ["Run 8 external playtests", "Run 5 usability tests with new users", "Hold 3 open houses"]
)
def test_sessions_held_are_an_activity_count_not_a_task(kr: str) -> None:
    checks = _kr_checks(_set(kr))
    assert checks["kr-activity-count"] == "fail"
    assert checks["kr-is-task"] == "pass"


@pytest.mark.parametrize(
    "kr", ["Playtest retention above 70%", "Usability test pass rate from 60% to 85%"]
)
def test_a_measure_of_those_sessions_is_a_result(kr: str) -> None:
    checks = _kr_checks(_set(kr))
    assert checks["kr-activity-count"] == "pass"
    assert checks["kr-is-task"] == "pass"


# -- decision 1140: a dated tape-out or cutover, named as a noun, is a milestone ----------------
@pytest.mark.parametrize(
    "kr",
    [
        "Tape-out of the v2 chip by Oct 31",
        "Cutover of the billing system by May 1",
        "Switchover of the billing system by May 1",
    ],
)
def test_a_dated_switch_named_as_a_noun_is_a_task(kr: str) -> None:
    assert _kr_checks(_set(kr))["kr-is-task"] == "fail"


@pytest.mark.parametrize(
    "kr", ["Tape-out first-pass yield from 60% to 80%", "Cutover downtime under 2 hours"]
)
def test_a_measure_of_the_switch_is_no_task(kr: str) -> None:
    assert _kr_checks(_set(kr))["kr-is-task"] == "pass"

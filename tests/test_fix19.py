"""Round 19's rule leftovers (fix19, decisions 1580-1596): counts of lessons after a lone 上; a
compass region in a title's brackets; flows, coverages and people reaching a state read as
outcomes; a comparison with last year without a number; intensified "more"; parts of the day
given; lapses with "fewer", never-missed dates and broken things turned positive; people in a
bad state; places named by number; ratios; figures naming a contest; status tails."""

from __future__ import annotations

import pytest

from coach import review
from coach.config import Config
from coach.facts import read
from coach.review import parse
from tests.test_fix18 import EN_OBJ, _findings, _objective, _rewrites, _zh

NO_MODEL = Config(use_model=False)


def _asked(f) -> list[str]:
    return [s.text for s in f.suggestions if s.asks]


# -- 1. a lone 上 before a count of lessons (decision 1580) ---------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "每位老师上1节公开课",
        "每位教研组长每学期上2节示范课",
        "每学期上2门选修课",
        "每月开2次家长会",
    ],
)
def test_lessons_taught_are_counted_efforts(kr):
    assert "kr-activity-count" in _findings(kr)


@pytest.mark.parametrize(
    "kr", ["新品上市8周内复购率达到30%", "上线后3个月内日活达到5万", "线上3场直播观看人数达到5000"]
)
def test_shang_inside_another_word_counts_nothing(kr):
    assert "kr-activity-count" not in _findings(kr)


# -- 2. negatives (decisions 1588-1592) -------------------------------------------------------


@pytest.mark.parametrize(
    ("kr", "rewrite"),
    [
        ("Lose fewer pistol rounds", "Win [N]% of pistol rounds"),
        ("Lose fewer away games this season", "Win [N]% of away games this season"),
    ],
)
def test_lost_fewer_turns_to_the_share_won(kr, rewrite):
    f = _findings(kr)["kr-negative-phrasing"]
    assert _rewrites(f) == [rewrite]


@pytest.mark.parametrize(
    ("kr", "bad"),
    [
        ("Concede fewer goals in the last 10 minutes", "goals conceded in the last 10 minutes"),
        ("Drop fewer passes in the red zone", "passes dropped in the red zone"),
        ("Give away fewer penalties", "penalties given away"),
    ],
)
def test_other_lapses_with_fewer_are_asked_about(kr, bad):
    f = _findings(kr)["kr-negative-phrasing"]
    assert any(f"“{bad}”" in q for q in _asked(f))


@pytest.mark.parametrize(
    ("kr", "rewrite"),
    [
        ("Never miss a payroll date", "Meet 100% of payroll dates"),
        ("Never miss a client deadline", "Meet 100% of client deadlines"),
        ("Never miss a supplier payment", "Make 100% of supplier payments on time"),
        ("Never miss a class", "Attend 100% of classes"),
    ],
)
def test_never_missed_gets_its_named_complement(kr, rewrite):
    f = _findings(kr)["kr-negative-phrasing"]
    assert _rewrites(f) == [rewrite]
    assert kr in f.message


def test_never_with_no_missed_object_stays_quiet():
    assert "kr-negative-phrasing" not in _findings("Never stop learning")
    assert "kr-negative-phrasing" not in _findings("Lose 5 kg by summer")


@pytest.mark.parametrize(
    ("kr", "rewrite"),
    [
        ("修好坏掉的投影仪", "投影仪完好率达到100%"),
        ("把漏水的水龙头修好", "水龙头完好率达到100%"),
        ("修复损坏的门禁系统", "门禁系统完好率达到100%"),
    ],
)
def test_broken_things_fixed_are_negative_in_chinese(kr, rewrite):
    f = _findings(kr)["kr-negative-phrasing"]
    assert _rewrites(f) == [rewrite]


@pytest.mark.parametrize("kr", ["设备完好率达到98%", "修复率达到95%", "维修100台设备"])
def test_repairs_counted_or_good_shares_are_not_negative(kr):
    assert "kr-negative-phrasing" not in _findings(kr)


@pytest.mark.parametrize(
    ("kr", "rewrite"),
    [
        ("没有一个队员缺席训练", "队员训练出勤率100%"),
        ("没有一名学生迟到", "学生准时率100%"),
        ("全年没有一位员工缺勤", "全年员工出勤率100%"),
    ],
)
def test_no_one_absent_is_the_attendance_share(kr, rewrite):
    found = _findings(kr)
    assert "kr-is-task" not in found
    assert _rewrites(found["kr-negative-phrasing"]) == [rewrite]


@pytest.mark.parametrize(
    "kr", ["Students on academic probation from 9 to 3", "Accounts in arrears from 120 to 60"]
)
def test_people_in_a_bad_state_falling_is_negative(kr):
    assert "kr-negative-phrasing" in _findings(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Students on the honor roll from 9 to 30",
        "Students on academic probation from 3 to 9",
        "Raise the pass rate of students on probation to 80%",
    ],
)
def test_good_states_or_rises_are_not_negative(kr):
    assert "kr-negative-phrasing" not in _findings(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Fix the projector problems in room 4",
        "Repair the broken freezers in store 4",
        "Fix the leaks in building 7",
    ],
)
def test_a_numbered_place_is_no_target(kr):
    found = _findings(kr)
    assert "kr-is-task" in found
    assert "kr-negative-phrasing" in found


def test_a_count_after_a_place_word_still_counts():
    (q,) = [q for q in read("Store 40 pallets of winter stock", "en").quantities if q.value == 40]
    assert q.kind == "count"


# -- 3. false alarms (decisions 1582-1587, 1594, 1595) -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Win the 200m final",
        "Win the 4x100m relay at the county championships",
        "Win the Masters C 8+ at Henley",
        "Win the over-40s 10k road race",
    ],
)
def test_a_figure_naming_a_contest_is_no_metric(text):
    assert "objective-is-metric" not in _objective(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hit the 200m revenue line",
        "Reach the 10k subscribers mark",
        "Win 8+ new enterprise clients",
        "Grow the club to 200 members before the championship",
    ],
)
def test_targets_near_contest_words_stay_metric(text):
    assert "objective-is-metric" in _objective(text)


@pytest.mark.parametrize(
    "kr",
    [
        "随访覆盖率达到85%",
        "Follow-up coverage rate 90%",
        "Footfall 3,000 a day",
        "Visitors 800 per weekend day",
        "20 playtesters finish the demo",
        "30 beta users complete the tutorial",
        "ROI做到1:5",
    ],
)
def test_outcomes_are_no_activity_counts(kr):
    found = _findings(kr)
    assert "kr-activity-count" not in found
    assert "kr-is-task" not in found


@pytest.mark.parametrize(
    "kr",
    [
        # (at 100% a mandated follow-up is business as usual instead: decision 6969)
        "出院后7天电话随访率达到95%",
        "Swim twice a week",
        "Meditate 3x a week",
        "4 webinars for the partners",
    ],
)
def test_efforts_stay_activity_counts(kr):
    assert "kr-activity-count" in _findings(kr)


@pytest.mark.parametrize(
    ("text", "value"),
    [("ROI做到1:5", 5.0), ("投入产出比达到1:3", 3.0), ("LTV:CAC ratio to 3:1", 3.0)],
)
def test_a_ratio_is_one_figure(text, value):
    (q,) = read(text, "zh" if _zh(text) else "en").quantities
    assert (q.kind, q.value) == ("multiple", value)


def test_a_clock_time_is_no_ratio():
    assert all(q.kind != "multiple" for q in read("Meet at 10:30 daily", "en").quantities)


@pytest.mark.parametrize("kr", ["收入比去年多", "毛利比上季度高一些", "复购比以前好"])
def test_better_than_last_year_is_unquantified_not_a_task(kr):
    found = _findings(kr)
    assert "kr-is-task" not in found
    assert "kr-not-quantified" in found


def test_loads_more_is_the_vague_phrase():
    found = _findings("Sign up loads more novices from the Learn to Row course")
    assert "kr-is-task" not in found
    f = found["kr-vague-wording"]
    assert "“loads more”" in f.message
    assert _rewrites(f) == ["Sign up [N] more novices from the Learn to Row course"]


@pytest.mark.parametrize(
    "kr", ["Spend one afternoon a week with each kid", "Spend 2 evenings a week on the garden"]
)
def test_parts_of_the_day_given_are_counted_efforts(kr):
    assert "kr-activity-count" in _findings(kr)


@pytest.mark.parametrize("kr", ["Sell out 3 nights a week", "Be away at most 2 nights a week"])
def test_nights_reached_are_no_efforts(kr):
    assert "kr-activity-count" not in _findings(kr)


# -- 4. status tails (decision 1596) -----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "wording", "status"),
    [
        ("关键结果1：NPS达到40 当前26% ✅", "NPS达到40", "✅ 当前26%"),
        ("关键结果1：投诉率降到2%（进行中）", "投诉率降到2%", "进行中"),
        ("关键结果1：复购率达到30% 【已完成】", "复购率达到30%", "已完成"),
        ("KR1: NPS to 40 — on track", "NPS to 40", "on track"),
        ("KR1: Churn below 2% [done]", "Churn below 2%", "done"),
        ("KR1: Retention to 95% (on track)", "Retention to 95%", "on track"),
    ],
)
def test_a_status_tail_is_no_wording(line, wording, status):
    head = "目标：让客户满意（负责人：王芳，Q3）" if _zh(line) else EN_OBJ
    (kr,) = parse(f"{head}\n{line}").objectives[0].key_results
    assert kr.plain[kr.core_span[0] : kr.core_span[1]] == wording
    assert kr.status == status


@pytest.mark.parametrize(
    "line", ["KR1: Get the migration done", "KR1: Move 10 accounts from at risk to on track"]
)
def test_status_words_inside_the_wording_stay(line):
    (kr,) = parse(f"{EN_OBJ}\n{line}").objectives[0].key_results
    assert kr.status is None


def test_a_rewrite_leaves_the_status_out():
    f = _findings("Churn below 2% [done]")["kr-negative-phrasing"]
    assert _rewrites(f) == ["Retention above 98%"]


# -- 5. a compass region in a title's brackets (decision 1581) ---------------------------------


@pytest.mark.parametrize("region", ["华东", "西南"])
def test_a_region_in_brackets_owns_nothing(region):
    draft = f"2027年Q1 OKR —— 客服部（{region}）\n目标：让客户问题当天解决\n关键结果1：首次解决率达到85%"
    rv = review(draft, config=NO_MODEL)
    assert any(f.rule_id == "kr-no-owner" for f in rv.findings)


def test_a_name_in_brackets_still_owns_the_set():
    draft = "2027年Q1 OKR —— 客服部（华强）\n目标：让客户问题当天解决\n关键结果1：首次解决率达到85%"
    rv = review(draft, config=NO_MODEL)
    assert not any(f.rule_id == "kr-no-owner" for f in rv.findings)

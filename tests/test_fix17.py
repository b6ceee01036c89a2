"""Round 17's rule leftovers (fix17, decisions 1290-1304): negatives with a bad verb first or a
participle after goods, tasks that are measures or adoption, a bar each counted one meets, the
score of a folded core failure, a work's number, one-to-one talks, quotes and rewrites."""

from __future__ import annotations

import pytest

from coach import review
from coach.config import Config
from coach.render import TextStyle, render_text

NO_MODEL = Config(use_model=False)
EN_OBJ = "Objective: A team people stay in, by Q3 (owner: Ann)"
ZH_OBJ = "目标：打造一个大家愿意留下来的团队（负责人：王芳，Q3）"


def _draft(kr: str) -> str:
    zh = any("\u4e00" <= c <= "\u9fff" for c in kr)
    return f"{ZH_OBJ}\n关键结果1：{kr}" if zh else f"{EN_OBJ}\nKR1: {kr}"


def _findings(kr: str) -> dict:
    rv = review(_draft(kr), config=NO_MODEL)
    return {f.rule_id: f for f in rv.findings if f.target == "o1.kr1"}


def _rewrites(f) -> list[str]:
    return [s.text for s in f.suggestions if s.kind == "rewrite" and not s.asks]


# -- 1. negative phrasing (decisions 1290-1292) --------------------------------------------------


@pytest.mark.parametrize(
    ("kr", "turned"),
    [
        ("Roll back less than 2% of deploys", "More than 98% of deploys kept live"),
        ("Drop fewer than 1 in 100 calls", "More than 99 in 100 calls completed"),
        ("Miss fewer than 3% of appointments", "More than 97% of appointments met"),
    ],
)
def test_a_bad_verb_first_caps_a_share_and_turns(kr: str, turned: str) -> None:
    f = _findings(kr)["kr-negative-phrasing"]
    assert turned in _rewrites(f)
    assert f"“{kr}”" in f.message  # the share's things quoted too


@pytest.mark.parametrize(
    "kr",
    [
        "Reopen under 4% of tickets",
        "Less than 3% of orders returned",
        "Items returned under 5%",
        "Under 2% of parcels sent back",
        "Fewer than 1 in 100 patients readmitted",
        "Zero readmitted patients this quarter",
        "Under 2% of parcels lost",
        "Fewer than 3 in 200 loans defaulted",
    ],
)
def test_capped_bad_events_are_negative(kr: str) -> None:
    assert "kr-negative-phrasing" in _findings(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Calls returned within a day: 95%",
        "Surveys returned: 80%",
        "Recover 80% of carts lost",
        "Refund 100% of eligible claims within 5 days",
    ],
)
def test_returned_and_lost_are_bad_only_for_goods(kr: str) -> None:
    assert "kr-negative-phrasing" not in _findings(kr)


@pytest.mark.parametrize(
    ("kr", "quoted", "events"),
    [
        ("每月最多出现2起客诉", "最多出现2起客诉", "客诉"),
        ("每季度最多发生1次安全事故", "最多发生1次安全事故", "安全事故"),
        ("每月至多出现1次断货", "至多出现1次断货", "断货"),
        ("每月不超过3起投诉", "不超过3起投诉", "投诉"),
    ],
)
def test_a_zh_cap_is_quoted_with_its_figure_and_is_no_recurring_work(
    kr: str, quoted: str, events: str
) -> None:
    found = _findings(kr)
    assert "kr-activity-count" not in found
    f = found["kr-negative-phrasing"]
    assert f"“{quoted}”" in f.message
    question = f.suggestions[0].text
    assert f"“{events}”降下来" in question
    assert "“超过" not in question and "“多出现" not in question


# -- 2. tasks, measures and milestones (decisions 1293-1295) -----------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Onboard 5 teams onto the service catalog",
        "Onboard 12 departments onto Slack",
        "Onboard 5 squads to the new CI platform",
    ],
)
def test_counted_teams_onboarded_onto_a_service_are_adoption(kr: str) -> None:
    found = _findings(kr)
    assert not found.keys() & {"kr-is-task", "kr-activity-count", "kr-not-quantified"}


@pytest.mark.parametrize(
    "kr", ["Onboard 10 engineers to the platform team", "Onboard 4 baristas", "Hire 5 engineers"]
)
def test_people_hired_or_joining_a_team_stay_tasks(kr: str) -> None:
    assert "kr-is-task" in _findings(kr)


@pytest.mark.parametrize("kr", ["Survey response rate", "Order fill rate", "Test pass rate"])
def test_a_measure_named_after_a_verb_like_word_is_a_measure(kr: str) -> None:
    found = _findings(kr)
    assert "kr-is-task" not in found
    assert f"“{kr}”" in found["kr-not-quantified"].suggestions[0].text


@pytest.mark.parametrize(
    "kr",
    [
        "Track response rate",
        "Report defect rate",
        "Survey 200 customers",
        "Test the pass rate",
        "Patch critical CVEs within SLA",
    ],
)
def test_work_on_a_measure_or_to_a_standard_stays_work(kr: str) -> None:
    assert _findings(kr).keys() & {"kr-is-task", "kr-business-as-usual"}


@pytest.mark.parametrize(
    "kr",
    [
        "Handover of the call desk to the new vendor by Oct 1",
        "Handoff of payroll to the shared service centre by March 31",
    ],
)
def test_a_dated_handover_is_a_milestone(kr: str) -> None:
    found = _findings(kr)
    assert found["kr-is-task"].severity == "warning"
    assert "kr-not-quantified" not in found


def test_turnover_of_a_team_stays_a_measure() -> None:
    found = _findings("Turnover of the sales team under 10%")
    assert "kr-is-task" not in found and "kr-negative-phrasing" in found


# -- 3. a bar each counted one meets (decision 1298) -------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Open 3 new stores, each with monthly revenue above $500k",
        "Sign 10 new partners, each with annual volume over 1,000 units",
        "Add 2 new bus routes, each with daily ridership above 800",
        "新开3家门店，每家月营收超过50万元",
    ],
)
def test_a_count_with_a_bar_each_meets_is_one_measured_result(kr: str) -> None:
    found = _findings(kr)
    assert not found.keys() & {"kr-activity-count", "kr-is-task", "kr-compound"}


def test_the_count_alone_is_still_work() -> None:
    assert "kr-is-task" in _findings("Open 3 new stores")


# -- 4. the score of a folded core failure (decision 1296) -------------------------------------

FIRE = (
    "Station 14 — Q1 2026 OKRs\n"
    "Objective 1: Keep our engines ready for every call\n"
    "  • KR1: Cut average turnout time from 95 seconds to 60 seconds (Owner: Capt. Reyes)\n"
    "  • KR2: Complete weekly truck checks (Owner: Lt. Okafor)\n"
)


def test_a_folded_core_failure_costs_the_core_points() -> None:
    rv = review(FIRE, config=NO_MODEL)
    kr2 = rv.objectives[0].key_results[1]
    shown = {f.rule_id for f in rv.findings if f.target == kr2.id}
    assert "kr-not-quantified" not in shown  # still folded into the routine advice
    mine = [d for d in rv.score_breakdown.deductions if d.target == kr2.id]
    core = [d for d in mine if d.core]
    # one core failure paid, 40 points: the folded "not quantified" or "counts efforts" (1428)
    assert [d.points for d in core] == [40]
    assert core[0].rule_id in ("kr-not-quantified", "kr-activity-count")
    assert kr2.item_score < 75
    assert rv.objectives[0].band != "good"


def test_a_task_folding_its_unquantified_finding_pays_once() -> None:
    rv = review(
        f"{EN_OBJ}\nKR1: Write the onboarding guide\nKR2: Grow NPS from 30 to 45", config=NO_MODEL
    )
    mine = [d for d in rv.score_breakdown.deductions if d.target == "o1.kr1"]
    assert sum(d.core for d in mine) == 1
    assert not any(d.rule_id == "kr-not-quantified" for d in mine)


def test_a_dated_milestone_is_still_charged_as_a_warning() -> None:
    rv = review(
        f"{EN_OBJ}\nKR1: Migrate to Intercom by May 15\nKR2: Grow NPS from 30 to 45",
        config=NO_MODEL,
    )
    mine = [d for d in rv.score_breakdown.deductions if d.target == "o1.kr1"]
    assert not any(d.core for d in mine)


# -- 5. a work's number (decision 1299) ----------------------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Learn Chopin Ballade No.1 myself",
        "Read War and Peace Vol. 2",
        "Learn Rachmaninoff Prelude Op. 23 No. 5",
        "Finish Harry Potter Book 3",
        "Master Beethoven Sonata No. 8 by June",
    ],
)
def test_a_works_number_is_no_target(kr: str) -> None:
    rv = review(_draft(kr), config=NO_MODEL)
    item = rv.objectives[0].key_results[0]
    quantified = [c for c in item.checks if c.rule_id == "kr-not-quantified"]
    assert quantified and quantified[0].status == "fail"
    assert "kr-activity-count" not in {f.rule_id for f in rv.findings if f.target == item.id}


@pytest.mark.parametrize(
    "kr",
    [
        "Make Riverside Vet No. 1 in town",
        "Become the No. 1 bakery in Leeds",
        "Rank No. 3 on the regional leaderboard",
    ],
)
def test_a_place_to_reach_stays_a_rank(kr: str) -> None:
    rv = review(_draft(kr), config=NO_MODEL)
    item = rv.objectives[0].key_results[0]
    quantified = [c for c in item.checks if c.rule_id == "kr-not-quantified"]
    assert quantified and quantified[0].status == "pass"


# -- 6. tester16's list (decisions 1297, 1300-1304) -------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "学期末前，完成全部312名学生的一对一谈心谈话",
        "与全体员工一对一面谈",
        "Hold one-to-one talks with all 45 team members by June",
        "Meet one-on-one with every new hire in their first month",
    ],
)
def test_one_to_one_talks_with_a_whole_group_count_activities(kr: str) -> None:
    found = _findings(kr)
    assert "kr-activity-count" in found and "kr-is-task" not in found


def test_a_satisfaction_of_one_to_one_talks_is_a_result() -> None:
    assert "kr-activity-count" not in _findings("员工谈心谈话满意度达到90%")


@pytest.mark.parametrize(
    ("kr", "named"),
    [
        ("Refund requests below 1%", "refund requests"),
        ("Complaint calls below 3%", "complaint calls"),
        ("Cut bug reports by 30%", "bug reports"),
    ],
)
def test_a_bad_event_keeps_the_noun_it_qualifies(kr: str, named: str) -> None:
    f = _findings(kr)["kr-negative-phrasing"]
    assert f"“{named}”" in f.suggestions[0].text


@pytest.mark.parametrize(
    ("kr", "quoted"),
    [
        ("Deliver all batches on time and within budget", "Deliver all batches on time"),
        ("Ship every order on time", "Ship every order on time"),
    ],
)
def test_routine_work_is_quoted_with_its_standard(kr: str, quoted: str) -> None:
    assert f"“{quoted}” is routine work" in _findings(kr)["kr-business-as-usual"].message


@pytest.mark.parametrize(
    ("kr", "turned"),
    [
        ("挂科率降低到8%以下", "课程通过率提升到92%以上"),
        ("不及格率从12%降到5%", "及格率从88%提升到95%"),
    ],
)
def test_a_fail_rate_turns_to_its_pass_rate(kr: str, turned: str) -> None:
    assert turned in _rewrites(_findings(kr)["kr-negative-phrasing"])


@pytest.mark.parametrize(
    ("kr", "restated"),
    [
        ("家长满意度要更好", "家长满意度从[基线]提升到[目标值]"),
        ("员工满意度有明显改善", "员工满意度从[基线]提升到[目标值]"),
        ("品牌知名度有所提高", "品牌知名度从[基线]提升到[目标值]"),
        (
            "Parent satisfaction gets better",
            "Raise parent satisfaction from [baseline] to [target]",
        ),
        ("Wait time gets shorter", "Cut wait time from [baseline] to [target]"),
    ],
)
def test_a_named_measure_is_kept_in_the_rewrite(kr: str, restated: str) -> None:
    assert restated in _rewrites(_findings(kr)["kr-not-quantified"])


def test_a_repeated_suggestion_names_the_rule_that_showed_it() -> None:
    draft = "目标：提高网点收入（负责人：王姐，Q1）\n关键结果1：尽量多拉几个电商客户"
    rv = review(draft, config=NO_MODEL)
    out = render_text(rv, draft, TextStyle(color=False))
    assert "建议：同上方 kr-not-quantified 的建议" in out
    assert "建议：同上\n" not in out


# -- 7. voluntary turnover keeps its qualifier ----------------------------------------------------


@pytest.mark.parametrize(
    ("kr", "turned"),
    [
        ("Reduce voluntary nurse turnover to 8%", "Raise voluntary nurse retention to 92%"),
        ("Cut voluntary ICU nurse turnover to 8%", "Raise voluntary ICU nurse retention to 92%"),
        ("Lower voluntary engineer attrition to 9%", "Raise voluntary engineer retention to 91%"),
    ],
)
def test_voluntary_stays_in_the_turned_measure(kr: str, turned: str) -> None:
    assert turned in _rewrites(_findings(kr)["kr-negative-phrasing"])

"""Round-15 leftovers (fix16, decisions 1180-1199): turned rewrites, prefix words, measures read
as work, counts with a per-item bar, zeros beside a known positive side."""

from __future__ import annotations

import pytest

from coach import review
from coach.config import Config
from coach.facts.metric import Directions, is_relative

NO_MODEL = Config(use_model=False)
EN_HEAD = "Objective: A team people stay in, by Q3 (owner: Ann)\nKR1: "
ZH_HEAD = "目标：打造一个大家愿意留下来的团队（负责人：王芳，Q3）\n关键结果1："


def _review(kr: str):
    zh = any("\u4e00" <= c <= "\u9fff" for c in kr)
    return review((ZH_HEAD if zh else EN_HEAD) + kr, config=NO_MODEL)


def _rewrites(kr: str, rule_id: str) -> list[str]:
    return [
        s.text
        for f in _review(kr).findings
        if f.rule_id == rule_id
        for s in f.suggestions
        if s.kind == "rewrite"
    ]


def _rules(kr: str) -> set[str]:
    return {f.rule_id for f in _review(kr).findings}


# -- decision 1180: a verb of falling after the measure turns with its figures ---------------


@pytest.mark.parametrize(
    ("kr", "rewrite"),
    [
        ("Attrition drops from 15% to 10%", "Retention rises from 85% to 90%"),
        ("Error rate goes down from 3% to 1%", "Accuracy goes up from 97% to 99%"),
        ("Attrition reduced from 15% to 10%", "Retention raised from 85% to 90%"),
        ("Churn lowered from 5% to 3%", "Retention raised from 95% to 97%"),
        # past tense: not "Retention dropped from 85% to 90%"
        ("Attrition dropped from 15% to 10%", "Retention rose from 85% to 90%"),
        ("Employee turnover reduced from 20% to 12%", "Employee retention raised from 80% to 88%"),
        # one figure: the fall to it is the complement's rise to 100% minus it
        ("Staff turnover drops to 8%", "Staff retention rises to 92%"),
        # a fall verb before "to" and one figure, no reduction word: flagged and turned too
        ("Churn falls to 4%", "Retention rises to 96%"),
        ("Attrition declined to 9%", "Retention rose to 91%"),
    ],
)
def test_a_fall_after_the_measure_turns_to_the_complement(kr: str, rewrite: str) -> None:
    assert _rewrites(kr, "kr-negative-phrasing") == [rewrite]


def test_a_level_with_no_fall_verb_is_still_asked() -> None:
    # decision 126: "Gross churn to 2% per quarter" sets a level, asked as before
    (s,) = _rewrites("Gross churn to 2% per quarter", "kr-negative-phrasing")
    assert s.startswith("What does cutting")


def test_a_relative_fall_after_the_measure_is_still_asked() -> None:
    # "by 20%" is no level: the complement does not rise by 20% (decision 830)
    (s,) = _rewrites("Churn drops by 20%", "kr-negative-phrasing")
    assert s.startswith("What does cutting")


# -- decision 1181: English direction words close at the end of the word ----------------------


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Window sales 20% of revenue", None),
        ("Landing page conversion 4%", None),
        ("Address book accuracy 95%", None),
        ("Signage at 100% of stores", None),
        ("Addition of 3 data centres", None),
        ("Winter enrolments 300", None),
        ("Understand 80% of churn reasons", None),
        ("Security score 90", None),
        ("Sustainability score 75", None),
        # the verbs themselves, with their endings, still count
        ("Landing 4 enterprise clients", "reach"),
        ("Signed 3 distributors", "reach"),
        ("Winning 5 new logos", "reach"),
        ("Cutting churn by 20%", "decrease"),
        ("Dropped calls under 2%", "decrease"),
        ("Revenue growth 20%", "increase"),
        ("Added 200 stores", "increase"),
        ("Reduced churn", "decrease"),
        ("Improvements in NPS", "increase"),
    ],
)
def test_a_direction_word_is_a_whole_word(text: str, direction: str | None) -> None:
    assert Directions(text, "en").first() == direction


@pytest.mark.parametrize("text", ["Address 30% of open support tickets", "Trimester retention 85%"])
def test_a_word_that_only_starts_like_a_change_verb_makes_no_change(text: str) -> None:
    pos = text.index("%") - 2
    assert not is_relative(text, pos, "%")
    assert "kr-no-baseline" not in _rules(text)


# -- decision 1182: a measure named with no number is a result to quantify --------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Training completion rate",
        "Monthly training completion rate",
        "Weekly group meeting attendance",
        "Daily stand-up attendance",
        "Weekly on-time delivery rate",
    ],
)
def test_a_measure_without_a_number_is_asked_for_its_figure(kr: str) -> None:
    (s,) = _rewrites(kr, "kr-not-quantified")
    assert (
        s
        == f"Which number shows “{kr}”, and what is its target? Write that number with its baseline and target."
    )
    assert not _rules(kr) & {"kr-is-task", "kr-business-as-usual", "kr-activity-count"}
    (f,) = [f for f in _review(kr).findings if f.rule_id == "kr-not-quantified"]
    assert "recurring work" not in f.message


@pytest.mark.parametrize("kr", ["每周例会出勤率", "季度培训完成率", "每月安全培训参与率"])
def test_a_chinese_rate_without_a_number_is_no_task_and_no_routine(kr: str) -> None:
    assert "kr-not-quantified" in _rules(kr)
    assert not _rules(kr) & {"kr-is-task", "kr-business-as-usual", "kr-activity-count"}
    (f,) = [f for f in _review(kr).findings if f.rule_id == "kr-not-quantified"]
    assert "例行工作" not in f.message


@pytest.mark.parametrize(
    "kr", ["Dashboard for maintainer response times", "每周例会", "Submit weekly KPI deck on time"]
)
def test_work_and_routines_are_still_read_as_such(kr: str) -> None:
    assert _rules(kr) & {"kr-is-task", "kr-business-as-usual", "kr-activity-count"}


# -- decisions 1183, 1184: zeros beside a known positive side, and Chinese absences -----------


def test_a_zero_in_words_gives_way_to_a_whole_positive_rewrite() -> None:
    kr = "No late shipments to key accounts"
    assert _rewrites(kr, "kr-not-quantified") == []
    assert _rewrites(kr, "kr-negative-phrasing") == ["Keep the share of shipments on time at 100%"]


@pytest.mark.parametrize(
    ("kr", "zero"),
    [
        # a question beside it (decision 1121), in English and in Chinese
        ("No all-nighters this quarter", "0 all-nighters this quarter"),
        ("没有通宵加班", "通宵加班0次"),
        # a positive side with placeholders only lacks the target the zero gives (decision 175)
        ("杜绝供应商付款差错", "供应商付款差错0次"),
        ("不再出现客户投诉升级到总经理", "客户投诉升级到总经理0次"),
    ],
)
def test_a_zero_in_words_stays_beside_a_question_or_a_skeleton(kr: str, zero: str) -> None:
    assert _rewrites(kr, "kr-not-quantified") == [zero]
    assert _rewrites(kr, "kr-negative-phrasing")


def test_a_chinese_absence_of_an_all_nighter_is_asked_what_holding_it_brings() -> None:
    (s,) = _rewrites("没有通宵加班", "kr-negative-phrasing")
    assert "是要守住的底线" in s


@pytest.mark.parametrize("kr", ["没有周末加班", "No overtime weekends"])
def test_an_absence_with_no_bad_event_named_is_a_state_to_keep(kr: str) -> None:
    # "没有" is no work to do: as "No overtime weekends", the number that shows it holds is asked
    assert "kr-is-task" not in _rules(kr)
    (s,) = _rewrites(kr, "kr-not-quantified")
    assert "守住的状态" in s or "state to keep" in s


# -- decision 1185: a count with a bar each counted one meets is one measure -------------------


@pytest.mark.parametrize(
    "kr",
    [
        "新增3个直播品类并且每个品类月销超10万",
        "新开3家门店并且每家月营业额超过50万",
        "新签5家经销商，每家季度进货额不低于20万",
        "新招4名销售并且每人月成交额超过20万",
        "上线2个新产品，每个产品月活不低于1万",
        "Land 4 new direct clients at ≥ $0.14/word",
        # English "each with" too (found on the holdout, fixed after it)
        "Open 3 new stores, each with monthly revenue above $500k",
        "Sign 5 distributors, each with quarterly orders of at least $200k",
    ],
)
def test_a_count_with_a_per_item_bar_is_one_measure(kr: str) -> None:
    assert "kr-compound" not in _rules(kr)


def test_a_count_beside_a_cadence_or_a_second_bound_is_still_two() -> None:
    # "每周" is a period, not each one of the stores counted; "with at least 10 in rural areas"
    # is no bar each clinic meets
    assert "kr-compound" in _rules("新开3家门店，每周组织2场活动")
    assert "kr-compound" in _rules("Reach 40 clinics, with at least 10 in rural areas")


# -- decision 1186: each one of a group doing an effort, counted ------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Every student presents at least once this semester",
        "Every engineer attends 2 conferences",
        "Each rep demos the product twice a month",
    ],
)
def test_efforts_of_each_one_and_all_hands_are_activity_counts(kr: str) -> None:
    assert "kr-activity-count" in _rules(kr)


@pytest.mark.parametrize("kr", ["Monthly all-hands", "Quarterly town hall"])
def test_all_hands_are_activity_counts_folded_into_routine(kr: str) -> None:
    # decision 1831: a standing meeting is also routine, as "Weekly team meeting" is; the
    # checklist keeps the activity count and the finding folds into kr-business-as-usual
    item = _review(kr).objectives[0].key_results[0]
    failed = {c.rule_id for c in item.checks if c.status == "fail"}
    assert {"kr-activity-count", "kr-business-as-usual"} <= failed
    assert "kr-business-as-usual" in _rules(kr)


@pytest.mark.parametrize("kr", ["Every store reaches 90% NPS", "Each rep closes 5 deals a quarter"])
def test_what_each_one_reaches_is_no_effort(kr: str) -> None:
    assert "kr-activity-count" not in _rules(kr)


# -- decision 1187: an effort word inside a phrase another noun heads -------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Switchover of the call centre phones by May 1",
        "Changeover of the call-handling system by Sep 1",
        "Cutover to the new warehouse system by Aug 1",
    ],
)
def test_a_dated_switchover_is_a_milestone_not_calls(kr: str) -> None:
    rules = _rules(kr)
    assert "kr-is-task" in rules
    assert not rules & {"kr-activity-count", "kr-not-quantified"}


def test_efforts_counted_after_of_stay_efforts() -> None:
    assert "kr-activity-count" in _rules("4 rounds of user interviews")
    assert "kr-activity-count" in _rules("Series of webinars for partners")


# -- decision 1188: a cap on the share that ends badly, turned to the share that ends well ------


@pytest.mark.parametrize(
    ("kr", "rewrite"),
    [
        ("Under 3% of parcels arrive late", "More than 97% of parcels arrive on time"),
        ("Fewer than 2% of orders arrive damaged", "More than 98% of orders arrive intact"),
        ("Fewer than 1 in 50 orders arrive damaged", "More than 49 in 50 orders arrive intact"),
        ("Fewer than 5% of calls dropped", "More than 95% of calls completed"),
        ("Less than 4% of deadlines missed", "More than 96% of deadlines met"),
        ("No more than 2% of invoices rejected", "At least 98% of invoices accepted"),
    ],
)
def test_a_capped_share_of_bad_ends_turns_to_the_good_end(kr: str, rewrite: str) -> None:
    assert _rewrites(kr, "kr-negative-phrasing") == [rewrite]


def test_a_chinese_capped_bad_rate_keeps_its_turned_share() -> None:
    assert _rewrites("退货率低于2%", "kr-negative-phrasing") == ["未退货订单占比不低于98%"]

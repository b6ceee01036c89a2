"""Decisions 785-790 (fix12b): what an HR partner's run found wrong."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review

NO_MODEL = Config(semantic=False)


def _rules(text: str, kr: str = "o1.kr1") -> set[str]:
    r = review(text, config=NO_MODEL)
    return {f.rule_id for f in r.findings if f.target == kr}


@pytest.mark.parametrize(
    "kr",
    [
        "关键结果1：8名柜员通过反洗钱上岗考试",
        "关键结果1：2人取得人力资源管理师证书",
        "KR1: 15 nurses pass the IV-therapy exam",
        "KR1: 6 technician get the certificate of level 3",
    ],
)
def test_people_counted_passing_are_a_result(kr):  # decision 785
    head = "目标：2027年Q2让柜台团队成为全行最专业的（负责人：刘洋）\n"
    if kr.startswith("KR"):
        head = "Objective: Make our ward the safest in the trust by Q2 2027 (owner: Ana)\n"
    assert "kr-is-task" not in _rules(head + kr)


def test_own_credential_is_still_a_task():  # decision 785: one's own certification
    text = "Objective: Be trusted with client data by Q2 2027 (owner: Ana)\nKR1: Get the SOC 2 certification"
    assert "kr-is-task" in _rules(text)


def test_star_rating_is_won():  # decision 786
    text = "Objective: Our best-reviewed season ever, spring 2027 (owner: Ana)\nKR1: Get a 5-star review in the Evening Standard"
    assert "kr-is-task" not in _rules(text)


@pytest.mark.parametrize(
    "kr", ["Technicians learn the new firmware v5", "Nurses read the updated sepsis guidance"]
)
def test_people_learning_is_a_task(kr):  # decision 787
    text = "Objective: Fix every fault on the first visit in Q4 2027 (owner: Li)\nKR1: " + kr
    assert "kr-is-task" in _rules(text)


def test_served_people_learning_is_no_task():  # decision 787: students learning is the outcome
    text = "Objective: Every child reads with joy by Q4 2027 (owner: Li)\nKR1: Students learn to read 90% of the words"
    assert "kr-is-task" not in _rules(text)


def test_clinics_are_an_activity_count():  # decision 788
    text = "Objective: Every joiner understands their pension by Q3 2027 (owner: Ana)\nKR1: Run 5 pension clinics for new joiners"
    rules = _rules(text)
    assert "kr-activity-count" in rules and "kr-is-task" not in rules


@pytest.mark.parametrize(
    ("kr", "tail"),
    [
        # the tag goes before the emoji that closes the line (decision 1017, blind read 20)
        ("关键结果1：参观人数 3万 → 4.5万人次 🎈", "4.5万人次（负责人：[负责人]） 🎈"),
        ("KR1: Visitors 30k → 45k 🎈", "45k (owner: [owner]) 🎈"),
    ],
)
def test_owner_goes_after_an_emoji_closed_change(kr, tail):  # decision 789
    head = (
        "目标：2027年Q3让博物馆成为亲子首选\n"
        if kr.startswith("关键")
        else "Objective: Be the families' first choice in Q3 2027\n"
    )
    r = review(head + kr, config=NO_MODEL)
    owner = next(f for f in r.findings if f.rule_id == "kr-no-owner")
    assert owner.suggestions[0].text.endswith(tail)


def test_complaints_about_an_outage_get_a_question():  # decision 790
    text = "目标：确保春节保供期间零停水投诉\n关键结果1：管网漏损率从12%降到9%（负责人：王强）"
    r = review(text, config=NO_MODEL)
    f = next(f for f in r.findings if f.rule_id == "objective-is-metric")
    assert f.suggestions[0].asks
    assert "认真对待" not in f.suggestions[0].text


def test_customer_complaints_keep_their_sentence():  # decision 790: no cause named
    text = "目标：降低客户投诉\n关键结果1：首次解决率从70%提升到85%（负责人：王强）"
    r = review(text, config=NO_MODEL)
    f = next(f for f in r.findings if f.rule_id == "objective-is-metric")
    assert not f.suggestions[0].asks


def test_errors_in_percent_keep_their_figures():  # decision 791
    text = "Objective: Every invoice coded right first time in Q3 2027\nKR1: Cut coding errors from 2.5% to under 0.5% of invoices (owner: Ana)"
    r = review(text, config=NO_MODEL)
    f = next(f for f in r.findings if f.rule_id == "kr-negative-phrasing")
    assert "coding accuracy from 97.5% to above 99.5%" in f.suggestions[0].text


def test_inexact_complement_says_why_no_figures():  # decision 791
    text = (
        "目标：2027年Q3让每一单报销一次就过\n关键结果1：报销单据退回率从15%降到6%（负责人：周敏）"
    )
    r = review(text, config=NO_MODEL)
    f = next(f for f in r.findings if f.rule_id == "kr-negative-phrasing")
    assert "[基线]" in f.suggestions[0].text
    assert "不等于100%减去" in (f.suggestions[0].note or "")


@pytest.mark.parametrize("objective", ["目标：多卖房", "目标：多招学员", "目标：少出错"])
def test_more_sold_is_a_kpi_objective(objective):  # decision 792
    text = objective + "\n关键结果1：月成交套数从20套提升到30套（负责人：老刘）"
    assert "objective-is-metric" in _rules(text, "o1")


def test_reading_more_is_no_kpi():  # decision 792: one's own to-do
    assert "objective-is-metric" not in _rules("目标：多读书\n关键结果1：读完12本书", "o1")


def test_kpi_rewrite_never_repeats_the_objective():  # decision 792
    text = "Objective: Sell more houses\nKR1: Monthly sales from 20 to 30 homes (owner: Lee)"
    r = review(text, config=NO_MODEL)
    f = next(f for f in r.findings if f.rule_id == "objective-is-metric")
    assert f.suggestions[0].text.strip() != "Sell more houses"


@pytest.mark.parametrize(
    "kr",
    [
        "关键结果1：90%的新人入职前签好劳动合同（负责人：李雷）",
        "关键结果1：入职当天工牌到位率97%（负责人：李雷）",
        "KR1: Desk ready before day 1 for 95% of new starters (owner: Tom)",
        "KR1: Induction done by day 3 for 90% of joiners (owner: Tom)",
    ],
)
def test_each_joiners_window_is_no_deadline(kr):  # decision 793
    head = (
        "目标：让每位新同事都愿意留下来\n"
        if kr.startswith("关键")
        else "Objective: Every new starter wants to stay\n"
    )
    r = review(head + kr, config=NO_MODEL)
    assert r.objectives[0].key_results[0].deadline is None
    assert "kr-no-deadline" in {f.rule_id for f in r.findings}


def test_own_joining_date_is_a_deadline():  # decision 793
    r = review("目标：顺利转行做数据分析\n关键结果1：入职前考下驾照", config=NO_MODEL)
    assert r.objectives[0].key_results[0].deadline is not None


KEPT_RUNNING = [
    "关键结果1：保持考勤系统稳定运行",
    "KR1: Make sure the booking system works",
    "KR1: Ensure the kiosk is up",
]
BAD_EVENTS = [
    "关键结果1：漏气报修从每月20起降到6起",
    "关键结果1：误诊率低于2%",
    "KR1: Contamination rate in green bins from 15% to 7%",
    "KR1: Misdiagnoses from 9 to 3 a month",
]


def _under_a_dated_objective(kr: str) -> str:
    zh = kr.startswith("关键")
    return ("目标：2027年Q2让住户安心\n" if zh else "Objective: A calm town in Q2 2027\n") + kr


@pytest.mark.parametrize(
    ("kr", "rule"),
    [(k, "kr-business-as-usual") for k in KEPT_RUNNING]  # decision 794
    + [(k, "kr-negative-phrasing") for k in BAD_EVENTS],  # decision 795
)
def test_routine_and_bad_events_read_alike_in_both_languages(kr, rule):
    assert rule in _rules(_under_a_dated_objective(kr))


@pytest.mark.parametrize(
    "kr",
    [
        "关键结果1：4月1日前向全员开通电子工资条",
        "关键结果1：100%门店附带第三方检测报告（6月30日前）",
    ],
)
def test_a_new_standard_is_not_routine(kr):  # decision 794
    assert "kr-business-as-usual" not in _rules("目标：2027年Q2让报销不再麻烦\n" + kr)


def test_dated_rollout_to_all_is_a_milestone():  # decision 794
    head = "Objective: Expenses nobody dreads in Q2 2027 (owner: Megan)\n"
    r = review(head + "KR1: Roll out e-expenses to 100% of staff by April 1", config=NO_MODEL)
    task = [f for f in r.findings if f.rule_id == "kr-is-task"]
    assert [f.severity for f in task] == ["warning"]
    assert "kr-is-task" not in _rules(head + "KR1: Roll out e-expenses to 80% of staff by April 1")


def test_miss_rate_turns_into_detection_rate():  # decision 795
    r = review("目标：2027年Q3让每个零件都放心出厂\n关键结果1：漏检率从3%降到1%", config=NO_MODEL)
    f = next(f for f in r.findings if f.rule_id == "kr-negative-phrasing")
    assert f.suggestions[0].text.startswith("检出率从97%提升到99%")


def test_an_adjective_before_errors_is_no_process():  # decision 791
    text = "Objective: Calm releases in Q3 2027\nKR1: Reduce customer-visible errors from 0.8% to 0.1% of requests (owner: Ana)"
    r = review(text, config=NO_MODEL)
    f = next(f for f in r.findings if f.rule_id == "kr-negative-phrasing")
    assert "visible accuracy" not in f.suggestions[0].text


def test_a_hedging_target_cell_is_vague():  # decision 796
    text = (
        "Objective\tKey Result\tTarget\tOwner\n"
        "Be the recruiter every finance lead calls first in Q4 2027\tPlacements\t40\tSophie\n"
        "\tGo to trade fairs\tas many as possible\tDan\n"
    )
    r = review(text, config=NO_MODEL)
    vague = [f for f in r.findings if f.rule_id == "kr-vague-wording" and f.target == "o1.kr2"]
    assert vague and text[vague[0].span.start : vague[0].span.end] == "as many as possible"

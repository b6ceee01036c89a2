"""Advice that must say what it asks (blind read 18, uc14; fix13b, decisions 935-949)."""

from __future__ import annotations

from coach import review
from coach.config import Config

NO_MODEL = Config(use_model=False)


def _finding(text: str, rule_id: str, target: str | None = None):
    result = review(text, config=NO_MODEL)
    found = [
        f
        for f in result.findings
        if f.rule_id == rule_id and (target is None or f.target == target)
    ]
    assert found, [(f.rule_id, f.target) for f in result.findings]
    return found[0]


def _added(finding) -> list[str]:
    return [
        e.replacement
        for s in finding.suggestions
        for e in s.edits
        if e.replacement.startswith("\n")
    ]


# --- decision 935: a measure moved out of an objective carries its from/to skeleton ----------


def test_a_measure_named_without_a_number_moves_with_a_skeleton_the_advice_quotes():
    f = _finding(
        "Objective: Renewal rate\nKR1: Publish the pricing page (owner: Jo)", "objective-is-metric"
    )
    assert "move the number" not in f.message
    assert "baseline and target" in f.message
    (s,) = [s for s in f.suggestions if s.kind == "rewrite"]
    assert "the key result “Renewal rate from [baseline] to [target]”" in s.text
    f = _finding(
        "Objective: Premium conversion\nKR1: Trial to paid from 8% to 11%", "objective-is-metric"
    )
    assert _added(f) == ["\nKR2: Premium conversion from [baseline] to [target]"]
    (s,) = [s for s in f.suggestions if s.kind == "rewrite"]
    assert "“Premium conversion from [baseline] to [target]”" in (s.note or "")


def test_a_digit_inside_a_measure_name_is_not_its_figure():
    # "W4 activation" names the measure; the key result below already measures it
    f = _finding(
        "Objective: Improve W4 activation (Q2)\nKR1: W4 activation from 21% to 30% (owner: Li)",
        "objective-is-metric",
    )
    assert "move the number" not in f.message
    assert _added(f) == []


def test_a_chinese_measure_moved_down_reads_from_baseline_down_to_target():
    f = _finding("目标：差旅费用降下来\n- 机票提前7天预订比例达到80%", "objective-is-metric")
    assert "把数字放进关键结果" not in f.message
    assert _added(f) == ["\n- 差旅费用从[基线]降到[目标值]"]


def test_a_bad_rate_moved_below_is_stated_by_its_complement():
    f = _finding("目标：降低会员流失率\n- 会员续费提醒覆盖率100%", "objective-is-metric")
    assert _added(f) == ["\n- 会员留存率从[基线]提升到[目标值]"]
    f = _finding(
        "Objective: Lower customer churn\nKR1: Exit survey for 100% of leavers",
        "objective-is-metric",
    )
    assert _added(f) == ["\nKR2: Customer retention from [baseline] to [target]"]


def test_a_speed_objective_moves_the_time_it_takes():
    f = _finding(
        "Objective: Deploy faster\nKR1: Write the release checklist", "objective-is-metric"
    )
    (s,) = [s for s in f.suggestions if s.kind == "rewrite"]
    assert "“Time to deploy from [baseline] to [target]”" in s.text
    f = _finding("目标：报销审批更快\n- 上线移动审批", "objective-is-metric")
    (s,) = [s for s in f.suggestions if s.kind == "rewrite"]
    assert "报销审批所用时间从[基线]缩短到[目标值]" in s.text + (s.note or "")


def test_a_zero_in_words_is_a_figure_and_gets_no_skeleton():
    f = _finding("目标：仓库零火灾事故\n- 消防检查覆盖率100%", "objective-is-metric")
    assert "把数字放进关键结果" in f.message
    assert all(s.placeholders == [] for s in f.suggestions if s.kind == "rewrite")


# --- decision 936: a zero on the gravest incidents is asked, never "keep it as it is" -------


def test_a_zero_of_graded_incidents_is_asked_for_its_positive_number():
    f = _finding("目标：双十一稳住\n- 大促期间S1事故为零（负责人：周强）", "kr-negative-phrasing")
    (s,) = [s for s in f.suggestions if s.kind == "rewrite"]
    assert s.asks and "保留原样" not in s.text
    assert "无S1事故的天数占比从[基线]提升到[目标值]" in s.text
    f = _finding(
        "Objective: Calm launches in Q4\nKR1: Zero critical outages in launch week (owner: Rui)",
        "kr-negative-phrasing",
    )
    (s,) = [s for s in f.suggestions if s.kind == "rewrite"]
    assert "stay as it is" not in s.text
    assert "“Share of days with no critical outages from [baseline] to [target]”" in s.text
    assert "Availability" in s.text


# --- decision 937: the message says what the rewrite fixes -------------------------------------


def test_a_universal_subject_on_their_own_is_faulted_for_its_missing_share_not_its_cadence():
    f = _finding(
        "Objective: Stores that run without me in Q3\n"
        "KR1: Every shift lead runs the daily huddle on their own (owner: Noor)",
        "kr-not-quantified",
    )
    assert "recurring" not in f.message and "how often" not in f.message
    (s,) = [s for s in f.suggestions if s.kind == "rewrite"]
    assert s.text.startswith("100% of shift leads run the daily huddle on their own")


# --- decision 938: "more" with a skeleton, not "[N] more" --------------------------------------


def test_a_verb_with_a_bare_more_is_asked_for_its_count_or_rate():
    f = _finding(
        "Objective: Members who stay in 2027\nKR1: upsell more (owner: Bea)", "kr-vague-wording"
    )
    (s,) = [s for s in f.suggestions if s.kind == "rewrite"]
    assert "[N] more" not in s.text and s.asks
    assert "from [baseline] to [target]" in s.text


def test_more_of_a_counted_thing_goes_from_its_baseline_to_its_target():
    f = _finding(
        "Objective: Members who stay in 2027\nKR1: more member check-ins (owner: Bea)",
        "kr-vague-wording",
    )
    (s,) = [s for s in f.suggestions if s.kind == "rewrite"]
    assert s.text.startswith("Raise member check-ins from [baseline] to [target]")


# --- decision 939: a split keeps the scope; one event's pass criteria are one result ------------


def test_the_criteria_of_one_event_are_one_result():
    text = (
        "Objective: Recover from anything in Q3\n"
        "KR1: Payments cluster failed over in a game day with data loss under 1 min and "
        "downtime under 10 min (owner: Eva)"
    )
    result = review(text, config=NO_MODEL)
    assert not [f for f in result.findings if f.rule_id == "kr-compound"]


def test_a_second_bare_measure_split_off_keeps_the_scope_of_the_first():
    f = _finding(
        "目标：秋季新品卖爆\n- 首发4周内，华南社区超市铺货率达到60%，售罄率50%", "kr-compound"
    )
    (s,) = [s for s in f.suggestions if s.kind == "rewrite"]
    assert s.text.endswith("\n华南社区超市售罄率50%")


# --- decision 940: a quoted name or an "as part of" phrase does not hide an activity count ------


def test_a_quoted_name_inside_a_counted_activity_is_part_of_its_noun_phrase():
    f = _finding(
        'Objective: Confident young readers in Q1\nKR1: Host 8 "story cave" reading sessions '
        "for toddlers (owner: Ines)",
        "kr-activity-count",
    )
    assert "reading sessions" in f.message


def test_an_activity_counted_as_part_of_other_work_is_still_an_activity_count():
    text = (
        "Objective: Research that shapes the roadmap in Q1\n"
        "KR1: Hold 12 customer workshops as part of renewal meetings (owner: Ines)"
    )
    result = review(text, config=NO_MODEL)
    rules = {f.rule_id for f in result.findings if f.target == "o1.kr1"}
    assert "kr-activity-count" in rules and "kr-is-task" not in rules


# --- decision 941: a reached year-like number, "x2" and fractions are figures -------------------


def _quantified_fails(text: str) -> bool:
    result = review(text, config=NO_MODEL)
    return any(f.rule_id == "kr-not-quantified" and f.target == "o1.kr1" for f in result.findings)


def test_a_year_like_number_that_is_reached_is_a_target():
    assert not _quantified_fails(
        "目标：让社区爱上我们 2027年Q1\n- 注册志愿者达到1800（负责人：何）"
    )
    assert not _quantified_fails(
        "Objective: A library people love in Q1 2027\nKR1: Card holders reach 1950 (owner: Bo)"
    )


def test_a_multiplier_and_a_fraction_are_figures():
    assert not _quantified_fails(
        "Objective: A bigger brunch in Q1 2027\nKR1: Brunch bookings x3 (owner: Bo)"
    )
    assert not _quantified_fails(
        "Objective: A bigger brunch in Q1 2027\nKR1: Two thirds of diners order dessert (owner: Bo)"
    )
    assert not _quantified_fails("目标：让社区爱上我们 2027年Q1\n- 回头客占比过半（负责人：何）")


# --- decision 942: contracts newly signed are won; things bought are tasks ---------------------


def _task(text: str) -> bool:
    result = review(text, config=NO_MODEL)
    return any(f.rule_id == "kr-is-task" and f.target == "o1.kr1" for f in result.findings)


def test_contracts_newly_signed_are_deals_won_not_a_task():
    head = "目标：企业客户做起来 2027年Q1\n- "
    assert not _task(head + "新签年度服务协议12份（负责人：沈）")
    assert not _task(head + "年度服务协议新签12份（负责人：沈）")


def test_buying_equipment_is_a_task():
    head = "目标：冷链跟得上 2027年Q1\n- "
    assert _task(head + "买三辆冷藏车（负责人：沈）")
    assert _task(head + "添置4台制冰机（负责人：沈）")


# --- decision 943: a zero held is asked for its positive number, never "keep it as is" ---------


def test_a_zero_of_ungraded_bad_events_held_does_not_say_keep_it():
    f = _finding(
        "目标：让每位家属放心 2027年Q1\n- 家属投诉数降为0（负责人：范）", "kr-negative-phrasing"
    )
    (s,) = [s for s in f.suggestions if s.kind == "rewrite"]
    assert s.asks and "保留原样" not in s.text and "底线" in s.text
    f = _finding(
        "Objective: Calm and safe wards in Q1 2027\nKR1: Zero patient falls on night shifts (owner: Ada)",
        "kr-negative-phrasing",
    )
    (s,) = [s for s in f.suggestions if s.kind == "rewrite"]
    assert "stay as it is" not in s.text and "floor" in s.text


# --- decision 944: "week 6" names a period, it counts nothing ---------------------------------


def test_a_week_named_by_its_number_is_no_count():
    from coach.parse import parse_text

    kr = parse_text(
        "Objective: Drivers trust our dispatch in Q3 2026\n"
        "KR1: Dispatch reply time under 10 minutes by week 5 (owner: Lou)"
    ).items()[1]
    assert [q.text for q in kr.facts.quantities if q.kind != "label-number"] == ["10 minutes"]


# --- decision 945: a change against a named period asks for that period's figure ---------------


def test_a_change_against_a_named_period_asks_for_that_periods_figure():
    f = _finding(
        "目标：让学员学得扎实 2027年Q1\n- 退课人数比上月减少40%（负责人：甘）", "kr-no-baseline"
    )
    (s,) = [s for s in f.suggestions if s.kind == "rewrite"]
    assert "（上月：[基线]）" in s.text
    f = _finding(
        "Objective: A busier studio in Q1 2027\nKR1: Class bookings up 25% vs last term (owner: Gus)",
        "kr-no-baseline",
    )
    (s,) = [s for s in f.suggestions if s.kind == "rewrite"]
    assert "(last term: [baseline])" in s.text

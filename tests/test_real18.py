"""Readings found on real18's pages (issue 8, eighteenth round, decisions 1520-1526): personal
OKR posts and retrospectives, school-district plans, a software company's team handbook, a robotics
project's OKR file. Each draft here is written for this test in the shape such a page used,
never copied from one."""

from __future__ import annotations

from test_realen12 import fails

from coach.facts import read


def under(kr: str, rule: str, objective: str = "Feel strong and rested all year") -> bool:
    """Whether `rule` fails for the key result `kr` under `objective` (a personal set, H2)."""
    return kr in fails(f"Personal OKRs — Dana, H2 2026\n\nObjective: {objective}\n- {kr}", rule)


def flat(objective: str) -> bool:
    text = f"Objective: {objective}\n- Raise visits from 400 to 650 a month by Q3"
    return objective in fails(text, "objective-not-inspiring")


def metric(objective: str) -> bool:
    text = f"Objective: {objective}\n- Raise visits from 400 to 650 a month by Q3"
    return objective in fails(text, "objective-is-metric")


def quantities(text: str, lang: str) -> list[str]:
    f = read(text, lang)
    return [text[q.start : q.end] for q in f.quantities]


def test_a_personal_to_do_as_a_gerund_or_a_habit_verb_is_a_task() -> None:
    # Decision 1520: "Reading", "Learning Spanish", "Exercise", "Cook" alone are to-dos.
    for kr in ("Reading", "Learning Spanish", "Exercise", "Meditate", "Cook"):
        assert under(kr, "kr-is-task"), kr
    # counted, they are efforts counted
    assert under("Reading 12 books", "kr-activity-count")
    assert under("Watching 10 conference talks", "kr-activity-count")
    assert under("Cook dinner at home 4 nights a week", "kr-activity-count")
    # a gerund that starts a noun stays a measure
    assert not under("Reading scores up from 61% to 70%", "kr-is-task")
    assert not under("Learning outcomes improve by 10 points", "kr-activity-count")
    assert not under("Reading proficiency at grade level rises to 80%", "kr-is-task")
    assert not under("Exercise minutes per week at 150 or more", "kr-is-task")
    # an effort comparative stays a vague change (decision 202)
    assert not under("Exercise more often", "kr-is-task")


def test_a_school_grade_range_is_a_label() -> None:
    # Decision 1521: "K-2 students", "TK–5", "PreK-3 classrooms" name grades, not counts.
    assert under(
        "Increase the percentage of K-2 students meeting expected growth in literacy",
        "kr-not-quantified",
    )
    assert under("Raise the share of TK–5 pupils reading every night", "kr-not-quantified")
    assert under("More PreK-3 classrooms with a reading corner", "kr-not-quantified")
    # the counts beside them stay
    assert not under("Raise K–12 enrollment to 5,000 students", "kr-not-quantified")
    assert not under("Open 4 PreK-3 classrooms", "kr-not-quantified")
    # "as measured by" names the instrument: the share moved is still a KPI objective
    assert metric(
        "Increase the percent of K-2 students scoring at or above benchmark as measured by DIBELS"
    )
    assert metric("Raise the share of 9th graders on track to graduate as reported by the state")
    assert not metric("Increase the number of families reading at home by sending books home")


def test_real_time_shown_or_listened_to_is_no_duration() -> None:
    # Decision 1522: 实时 before a verb of watching, also with a Latin name between.
    assert quantities("实时 ASR 监听 + TTS 发言控制", "zh") == []
    assert quantities("实时 GPS 监控车辆位置", "zh") == []
    assert quantities("实时呈现机器人路线", "zh") == []
    # real time as the level reached stays
    assert quantities("订单数据实时同步到财务系统", "zh") == ["实时"]
    assert "实时" in quantities("客服消息实时响应率达到95%", "zh")


def test_communicating_is_flat_work() -> None:
    # Decision 1523: "Communicate X to Y", "Explain X to Y" state the work.
    assert flat("Communicate the new pricing to existing customers")
    assert flat("Explain our security model to regulated buyers")
    assert flat("Communicate release notes to partner agencies")
    # an end state seen from the people served keeps it
    assert not flat("Communicate so clearly that customers never need to call us")


def test_a_superlative_that_picks_a_segment_is_no_aspiration() -> None:
    # Decision 1524: "… to the largest enterprises" says whom the work is for.
    assert flat("Communicate Big Code problems and solutions to the largest enterprises")
    assert flat("Promote the loyalty card among our newest members")
    assert flat("Deliver onboarding workshops for the biggest hospital groups")
    # the state to reach keeps its marker
    assert not flat("Become the largest independent bookshop in Leeds")
    assert not flat("Build the safest plant in the region")
    assert not flat("Offer the fastest delivery to the smallest towns")


def test_a_count_left_unsaid_or_something_new_is_vague() -> None:
    # Decision 1525
    assert under("Learn something new", "kr-vague-wording")
    assert under("Read a certain number of papers", "kr-vague-wording")
    assert under("Try something different every month", "kr-vague-wording")
    assert not under("Ship something new to 500 users", "kr-vague-wording")
    assert not under("Read 10 books", "kr-vague-wording")


def test_an_adverb_in_ly_before_the_verb_leaves_the_verb_leading() -> None:
    # Decision 1526: "Ruthlessly prioritize", "Actively mentor two juniors".
    assert under("Ruthlessly prioritize", "kr-is-task")
    assert under("Consistently ship on Fridays", "kr-is-task")
    assert under("Actively mentor two junior engineers", "kr-is-task")
    # a cadence or an adjective in -ly is no adverb of the verb
    assert not under("Monthly active users reach 10k", "kr-is-task")
    assert not under("Friendly support replies within 2 hours", "kr-is-task")
    assert not under("Early renewals at 40% of accounts", "kr-is-task")

"""tester22c's outsider drafts (round 22): a car dealership's service bay, a game's live-ops
team, a cross-border seller, a 4S店, a 驾校 (decisions 2280-2299)."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review

_CFG = Config(use_model=False, semantic=False)


def _kr_rules(kr: str) -> set[str]:
    if any("\u4e00" <= c <= "\u9fff" for c in kr):
        text = (
            "目标：让县城车主保养第一个想到我们（2027年Q3）\n"
            f"关键结果1：{kr}（负责人：王芳）\n"
            "关键结果2：保养客户回厂率从52%提升到65%（负责人：王芳）\n"
        )
    else:
        text = (
            "Objective: Drivers leave our service bay sure their car was fixed right in Q3 2027\n"
            f"KR1: {kr} (owner: Ann)\n"
            "KR2: Service CSI score from 82 to 90 (owner: Ann)\n"
        )
    return {f.rule_id for f in review(text, config=_CFG).findings if f.target == "o1.kr1"}


# decision 2280: a lone planning verb the tagger reads as a noun still shares the next verb's object
@pytest.mark.parametrize("kr", ["策划并上线5个新玩法", "策划并举办4场车主活动"])
def test_planning_verb_before_bing_shares_the_object(kr: str) -> None:
    assert "kr-compound" not in _kr_rules(kr)


@pytest.mark.parametrize("kr", ["策划活动并上线5个新玩法", "新签客户20家并且续约率达到90%"])
def test_two_pieces_of_work_or_two_results_stay_compound(kr: str) -> None:
    assert "kr-compound" in _kr_rules(kr)


# decision 2281: a bracketed aside with a window in it sits between the bad events and their cap
@pytest.mark.parametrize(
    "kr",
    [
        "Comebacks (repeat repairs within 30 days) below 2%",
        "Refunds (within 30 days) below 2%",
        "Refunds (within 30 days) from 5% to 2%",
        "Chargebacks (within 60 days of purchase) under 0.5%",
    ],
)
def test_capped_bad_events_with_a_windowed_aside(kr: str) -> None:
    assert "kr-negative-phrasing" in _kr_rules(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Incidents (within 30 days) resolved in under 2 hours",
        "Wait time (within 30 days of booking) below 45 minutes",
        "Repeat customers (within 90 days) from 20% to 35%",
    ],
)
def test_windowed_aside_does_not_make_a_time_or_a_good_count_negative(kr: str) -> None:
    assert "kr-negative-phrasing" not in _kr_rules(kr)


# decision 2282: "incomplete" before a counted noun makes it a count of bad things, as "missed" does
@pytest.mark.parametrize(
    "kr",
    [
        "Incomplete applications from 30% to 10%",
        "Incomplete patient records below 2%",
        "Reduce the number of incomplete applications",
    ],
)
def test_incomplete_things_are_bad_events(kr: str) -> None:
    assert "kr-negative-phrasing" in _kr_rules(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Raise the share of complete applications from 70% to 90%",
        "Complete incomplete profiles for 90% of users",
    ],
)
def test_the_complete_side_is_not_negative(kr: str) -> None:
    assert "kr-negative-phrasing" not in _kr_rules(kr)


# decision 2283: a chat line "Name: … OKRs for the X department" names who posted a unit's set
_SLACK_SET = (
    "{head}\n\n"
    "O: Customers leave our service bay sure their car was fixed right in Q4 2027\n"
    "   - Service CSI score from 82 to 90\n"
    "   - Same-day completion for routine maintenance 70% → 90%\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "Carla: draft Q4 OKRs for the service department, thoughts?",
        "Priya: here are the Q3 goals for our growth team",
    ],
)
def test_poster_of_a_units_set_owns_no_key_result(head: str) -> None:
    found = review(_SLACK_SET.format(head=head), config=_CFG).findings
    assert {f.target for f in found if f.rule_id == "kr-no-owner"} == {"o1.kr1", "o1.kr2"}


@pytest.mark.parametrize("head", ["Carla: here are my OKRs", "Lee — OKRs for Feb"])
def test_a_name_heading_a_personal_set_still_owns_it(head: str) -> None:
    found = review(_SLACK_SET.format(head=head), config=_CFG).findings
    assert not any(f.rule_id == "kr-no-owner" for f in found)


# decision 2284: "（王姐负责，9月30日前）": an owner with its 负责 beside the period in one bracket
@pytest.mark.parametrize(
    "kr",
    [
        "独居老人每日电话问候覆盖率达到100%（王姐负责，9月30日前）",
        "助餐点日均就餐人数从40人提高到70人（9月30日前，李梅牵头）",
    ],
)
def test_owner_with_its_word_beside_a_period(kr: str) -> None:
    text = f"目标：让独居老人每天都有人惦记（2027年Q3）\n关键结果1：{kr}\n"
    found = review(text, config=_CFG)
    assert not any(f.rule_id == "kr-no-owner" for f in found.findings)
    assert found.objectives[0].key_results[0].owner in ("王姐", "李梅")


def test_a_bare_owns_word_beside_a_period_names_nobody() -> None:
    text = (
        "目标：让独居老人每天都有人惦记（2027年Q3）\n关键结果1：覆盖率达到100%（负责，9月30日前）\n"
    )
    assert any(f.rule_id == "kr-no-owner" for f in review(text, config=_CFG).findings)


# decision 2285: pieces of content named before their verb are counted effort too
@pytest.mark.parametrize("kr", ["小红书笔记发布50篇", "公众号文章发布24篇", "抖音视频发布30条"])
def test_content_named_before_its_verb_is_an_activity_count(kr: str) -> None:
    assert "kr-activity-count" in _kr_rules(kr)


@pytest.mark.parametrize("kr", ["小红书笔记阅读量达到50万", "新品发布3款"])
def test_reach_of_content_and_products_launched_are_no_activity_count(kr: str) -> None:
    assert "kr-activity-count" not in _kr_rules(kr)


# decision 2286: an aside with a time right after bad events is neither their measure's head
# nor part of the gap to their reducer
@pytest.mark.parametrize(
    "kr",
    [
        "Complaints (first 24 hours) below 5 a month",
        "Complaints (within 24 hours of delivery) down to 5 a month",
        "Refunds (first 48 hours) below 2%",
    ],
)
def test_aside_with_hours_after_bad_events(kr: str) -> None:
    assert "kr-negative-phrasing" in _kr_rules(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Complaints (all channels) resolution time under 24 hours",
        "Wait time (within 30 days of booking) down to 45 minutes",
    ],
)
def test_a_time_after_the_aside_stays_a_time(kr: str) -> None:
    assert "kr-negative-phrasing" not in _kr_rules(kr)

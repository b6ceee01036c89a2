"""Metric objectives and inspiring objectives, second pass (issue 8, twenty-third round;
objective23b, decisions 2480-2488). Every wording here was written for this test by
objective23b; the labelled set the shapes were found on is kept outside the repository (written
and labelled before its first run)."""

from __future__ import annotations

import pytest
from test_acc18 import flat, metric

# -- decision 2480: profit's sign named as a noun or by "break even" --------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Get to profitability by the autumn",
        "Get back to profitability in the Leeds shop",
        "Break even on the food truck this year",
        "Reach operational break-even before Q3",
        "Turn a profit at the pop-up by December",
    ],
)
def test_profit_reached_is_a_kpi(objective: str) -> None:
    assert metric(objective)
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Break even by becoming the café every commuter stops at",
        "Break the habit of shipping late",
    ],
)
def test_profit_words_with_more_are_no_kpi(objective: str) -> None:
    assert not metric(objective)


# -- decision 2481: "first" after a speed comparative ---------------------------------------


@pytest.mark.parametrize(
    "objective", ["Faster first replies to renters", "Quicker first responses on live chat"]
)
def test_faster_first_responses_are_a_duration(objective: str) -> None:
    assert metric(objective)
    assert flat(objective)


def test_first_as_a_rank_stays_a_marker() -> None:
    assert not flat("Be the first agency renters call")
    assert not metric("Be the first agency renters call")


# -- decisions 2482, 2483: bigger sales; a personal best ------------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Bigger renewals",
        "Larger average orders in the garden centre",
        "Bigger checks on Friday nights",
        "Deadlift 140 kg by the summer",
        "Bench press 70 kg",
        "Squat my bodyweight",
        "Run a 10K in under 50 minutes",
        "Run a sub-2-hour half marathon",
    ],
)
def test_sale_size_and_personal_bests_are_kpis(objective: str) -> None:
    assert metric(objective)
    assert flat(objective)


@pytest.mark.parametrize(
    "objective", ["Bigger stages for our young musicians", "Run a half marathon with my daughter"]
)
def test_no_sale_or_no_level_is_no_kpi(objective: str) -> None:
    assert not metric(objective)


# -- decision 2484: the team's own routine in a calm state -----------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Deployments are a non-event",
        "Our quarter-end close is boring again",
        "The packing line runs like clockwork",
        "Stocktakes run smoothly this year",
        "The night shift is quiet by March",
        "The bar runs like a well-oiled machine on match days",
    ],
)
def test_the_teams_routine_in_a_calm_state_is_internal(objective: str) -> None:
    assert flat(objective)
    assert not metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Moving day is a non-event for every family we move",
        "Outages are a non-event for our members",
        "Make the month-end close boringly predictable",
        "Checkout is effortless",
    ],
)
def test_the_people_served_or_a_picture_keep_an_end_state(objective: str) -> None:
    assert not flat(objective)


# -- decision 2485: a period closed strong ---------------------------------------------------


@pytest.mark.parametrize(
    "objective",
    ["Close the year strong in healthcare", "Finish H2 strong", "Start the season strong"],
)
def test_a_strong_finish_is_flat(objective: str) -> None:
    assert flat(objective)
    assert not metric(objective)


def test_a_strong_finish_with_a_win_is_inspiring() -> None:
    assert not flat("Finish the year strong by winning the Harlow account")


# -- decision 2486: colloquial moves of a measure in Chinese --------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "客单价冲一冲",
        "净利润再往上走一走",
        "到店转化往上拉一拉",
        "续约率再提一提",
        "把老客复购跑起来",
        "门店产能拉满",
    ],
)
def test_colloquial_moves_are_kpis(objective: str) -> None:
    assert metric(objective)
    assert flat(objective)


@pytest.mark.parametrize("objective", ["让新团队跑起来", "把新流程跑起来", "让店员们冲一冲"])
def test_colloquial_moves_of_no_measure_are_no_kpi(objective: str) -> None:
    assert not metric(objective)


# -- decision 2487: what the people served get, said with a modal or a short time -------------


@pytest.mark.parametrize(
    "objective",
    [
        "业主一个电话就能把师傅请上门",
        "经销商月底前都能顺利拿到返利",
        "乘客进站五分钟内就有人引导",
        "客户办卡二十分钟搞定",
    ],
)
def test_what_the_people_get_is_an_end_state(objective: str) -> None:
    assert not flat(objective)
    assert not metric(objective)


@pytest.mark.parametrize("objective", ["员工三天内完成培训", "客户投诉率降到1%"])
def test_work_or_a_measure_is_no_end_state(objective: str) -> None:
    assert flat(objective)


# -- decision 2488: a meal service as a line of business -------------------------------------


@pytest.mark.parametrize("objective", ["把晚市做起来", "夜宵搞上去"])
def test_a_meal_service_grown_is_a_kpi(objective: str) -> None:
    assert metric(objective)


def test_a_meal_service_made_well_is_no_kpi() -> None:
    assert not metric("把午市的菜单做好")


# -- decision 2489: 拉到, 拉起来 and 新签 are words ---------------------------------------------


@pytest.mark.parametrize("objective", ["履约率拉到99%", "新签拉起来", "把新签合同额拉起来"])
def test_lalai_and_xinqian_are_words(objective: str) -> None:
    assert metric(objective)

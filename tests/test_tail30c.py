"""Objectives: a stock role asked of the team, knowing the people served, a thing owned, and a
growth said as a multiple in words (issue 8, thirtieth round; tail30c, decisions 4360-).
Every wording here was written for this test by tail30c; none is a corpus item."""

from __future__ import annotations

import pytest
from test_acc18 import flat, metric

# -- decision 4360: be/become a trusted partner/advisor (to the people served) is flat ---------


@pytest.mark.parametrize(
    "objective",
    [
        "Be a reliable partner",
        "Become a trusted advisor to our clients",
        "Be a trusted partner to our growers",
        "Become a valued partner for independent dealers",
        "Be a dependable supplier to the hospitals we serve",
        "Become a strategic partner to our key accounts",
        "Be a true partner to our franchisees",
        "成为客户值得信赖的合作伙伴",
        "做经销商可靠的伙伴",
        "成为医院信赖的供应商",
        "成为客户可信赖的顾问",
        "成为新人值得信赖的婚礼顾问",
        "成为学员可靠的驾驶教练",
    ],
)
def test_a_stock_role_is_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Become the go-to partner for indie bookshops",
        "Be the partner growers call first when the harvest fails",
        "Become the most trusted advisor in mid-market tax",
        "成为客户首选的合作伙伴",
        "成为客户最信赖的合作伙伴",
    ],
)
def test_a_role_with_a_marker_or_picture_is_not_flat(objective: str) -> None:
    assert not flat(objective)


# -- decision 4361: knowing the people served (1069's discovery) is flat ------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Know our customers",
        "Know our users better",
        "Know our members",
        "Really know our buyers",
        "Know the market",
    ],
)
def test_knowing_them_is_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Know every regular by name",
        "Every nurse knows which patient needs her next",
        "Know each tenant's kids by name",
    ],
)
def test_knowing_each_one_by_name_is_not_flat(objective: str) -> None:
    assert not flat(objective)


# -- decision 4362: own + a thing (a possession, lead 5012) is flat -----------------------------


@pytest.mark.parametrize(
    "objective",
    ["Own a second car", "Own a house", "Own a small boat", "Own an electric bike", "Own a home"],
)
def test_a_thing_owned_is_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    ["Own the mid-market", "Own the category for oat milk", "Own small-business payroll in Texas"],
)
def test_a_market_owned_is_not_flat(objective: str) -> None:
    assert not flat(objective)


# -- decision 4363: a growth said as an n-fold multiple is a KPI's level -----------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Ten-fold growth in API calls",
        "Grow API calls ten-fold",
        "Grow signups threefold",
        "Tenfold increase in weekly orders",
        "Two-fold growth in paid seats",
    ],
)
def test_an_n_fold_growth_is_metric(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Make onboarding ten times simpler for new shops",
        "Fold the two billing teams into one",
        "Give every family a manifold of choices",
        "Unfold the new brand story to every store",
    ],
)
def test_fold_words_that_are_no_multiple_are_not_metric(objective: str) -> None:
    assert not metric(objective)


# -- decision 4364: the thing kept first, each place after it, through a hard time (4244) ------


@pytest.mark.parametrize(
    "objective",
    [
        "Keep the lights on in every home through the hurricane season",
        "Keep the heating running in every classroom all winter",
        "Keep the water flowing in each village through the dry season",
        "Keep the pumps working at every farm during the drought",
        "Keep our clinics open in every county through the flu season",
    ],
)
def test_a_thing_kept_in_each_place_through_a_hard_time_is_not_flat(objective: str) -> None:
    assert not flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Keep the lights on",
        "Keep the lights on in the office",
        "Keep the servers running",
        "Keep the website up in every region",
    ],
)
def test_a_thing_kept_without_each_place_and_a_hard_time_stays_flat(objective: str) -> None:
    assert flat(objective)


# -- decision 4365 (lead 5012): 能 + an act of the body carried to its end is an end state ------


@pytest.mark.parametrize(
    "objective",
    [
        "能在开放水域一口气游完一英里",
        "能一口气跑完十公里",
        "能在海边骑完环岛一圈",
        "能在女儿的毕业典礼上弹完一整首曲子",
        "把体能练回来，秋天能一口气爬完泰山",
    ],
)
def test_able_to_carry_a_bodily_act_through_is_not_flat(objective: str) -> None:
    assert not flat(objective)


@pytest.mark.parametrize(
    "objective",
    ["能完成系统迁移", "能按时完成全部交付", "能一次性完成系统上线", "完成迁移，年底前能上线"],
)
def test_able_to_finish_the_work_stays_flat(objective: str) -> None:
    assert flat(objective)


# -- decision 4366: 字 counts a text's characters, as 页 counts pages ---------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "译员产能提高到每日5000字",
        "人均日翻译量提升到8000字",
        "编辑日均审校量达到2万字",
        "速记员每分钟录入提高到180字",
        "字幕组人均日产出做到6000字",
    ],
)
def test_a_count_of_characters_is_metric(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "在每个十字路口设好导视牌",
        "让每位读者读完三千字也不觉得累",
        "打造一字千金的品牌文案团队",
        "把用户手册写到小学生都能看懂",
    ],
)
def test_characters_that_are_no_count_are_not_metric(objective: str) -> None:
    assert not metric(objective)

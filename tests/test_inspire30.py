"""Objectives: people served given a generic better or what they need (lead 5011), what the
writer can do then (lead 5012), the team's own funding, visibility and basics, and standards
kept by each one through a hard season (issue 8, thirtieth round; inspire30, decisions 4240-).
Every wording here was written for this test by inspire30; none is a corpus item."""

from __future__ import annotations

import pytest
from test_acc18 import flat

# -- decision 4240 (lead 5011): people served + a generic better or what they need is flat ----


@pytest.mark.parametrize(
    "objective",
    [
        "Help underwriters make better decisions",
        "Help hosts get more value from the platform",
        "Help our brokers work more efficiently",
        "Help coaches make smarter choices about training loads",
        "Help wholesale buyers get more out of every order",
        "Give shoppers a better checkout experience",
        "Give commuters a better ride",
        "Give our installers the tools they need",
        "Give caseworkers the information they need to do their jobs",
        "Ensure every tenant gets the support they need",
        "Make sure our growers get the help they need",
        "Provide nurses with the equipment they need",
        "Enable planners to make better decisions",
        "帮助理赔专员做出更好的判断",
        "帮助教练做出更明智的训练安排",
        "让租户获得更好的服务",
        "给通勤乘客更好的乘车体验",
        "为每位护工提供她们需要的支持",
    ],
)
def test_people_given_a_generic_better_are_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Every new underwriter signs off a policy alone in week two",
        "Help every grower sell the whole harvest before the first frost",
        "Give every commuter a seat on the 7:40",
        "Commuters never stand on the morning express",
        "Give every caseworker an afternoon a week back",
        "Help shoppers find the right size on the first try",
        "让每位租户入住当天就能用上热水",
        "让每位老人吃上热乎饭",
        "帮助每个家庭找到信任的医生",
        "让顾客更愿意回来",
    ],
)
def test_people_served_with_a_concrete_end_state_are_not_flat(objective: str) -> None:
    assert not flat(objective)


# -- decision 4241 (lead 5012): what the writer can do then is an end state --------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Have knees that can handle a ski week in March",
        "Have a body strong enough to carry my daughter up the fell",
        "Have the stamina to dance through my brother's whole wedding",
        "Have lungs that let me sing a full set without a break",
        "Have a back that can take a day of gardening",
        "拥有一副能陪孩子爬完泰山的身体",
        "拥有一双能跑完半马的腿",
        "能用西班牙语跟房东讲清楚每一件事",
        "能够在朋友婚礼上弹完两首曲子",
    ],
)
def test_what_the_writer_can_do_then_is_not_flat(objective: str) -> None:
    assert not flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Have a bigger garden",
        "Have a newer phone",
        "Have a stable platform",
        "Have a CRM that can track every lead",
        "拥有一辆新车",
        "拥有一套更大的房子",
        "能按时完成迁移上线",
    ],
)
def test_having_a_thing_stays_flat(objective: str) -> None:
    assert flat(objective)


# -- decision 4242: securing the team's own money is work (635 widened) -----------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Secure funding for the second clinic",
        "Secure budget for next year's campaign",
        "Secure financing for the new kilns",
        "Obtain funding for the pilot",
        "Secure a bridge loan for the expansion",
        "Secure investment for the rollout",
        "Secure capital for the fleet refresh",
    ],
)
def test_securing_own_money_is_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Win the city's biggest arts grant against every other theatre",
        "Secure the funding that puts a nurse in every village school",
        "Become the charity every foundation in Leeds wants to fund",
    ],
)
def test_money_won_with_a_direction_is_not_flat(objective: str) -> None:
    assert not flat(objective)


# -- decision 4243: savings, visibility, the basics and compliance are routine -----------------


@pytest.mark.parametrize(
    "objective",
    [
        "Save money",
        "Save more money this year",
        "Gain visibility into supplier performance",
        "Get visibility into our cash position",
        "Gain a better understanding of churn",
        "Get a clearer picture of our costs",
        "Nail the basics of customer onboarding",
        "Nail the fundamentals",
        "Get the basics right in the warehouse",
        "Be compliant with the new privacy law",
        "Stay compliant with food hygiene rules",
    ],
)
def test_routine_goods_are_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Save every family in the village a trip to the city hospital",
        "Give every store manager full visibility of stock before they open",
        "Be compliant with every rule our clients face, without them asking",
        "Nail every launch so customers never see a bug",
    ],
)
def test_routine_words_with_people_served_are_not_flat(objective: str) -> None:
    assert not flat(objective)


# -- decision 4244: each one kept going through a hard time, or never needing a second go ------


@pytest.mark.parametrize(
    "objective",
    [
        "Keep every pump running through the summer drought",
        "Keep every ferry sailing through the autumn gales",
        "Keep every clinic open through the winter storms",
        "Keep each lift turning all ski season",
        "Fixes that never need a second visit",
        "Roofs that never need a callback",
        "Deliveries that never need a second attempt",
    ],
)
def test_each_kept_through_a_hard_time_is_not_flat(objective: str) -> None:
    assert not flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Keep costs under control",
        "Keep every customer happy",
        "Keep the servers running",
        "Keep our systems secure",
        "Tickets that need triage",
    ],
)
def test_things_kept_plainly_stay_flat(objective: str) -> None:
    assert flat(objective)


# -- decision 4245: "land" after a possessive is the noun, no deal won -------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Help growers get more value out of their land",
        "Help farmers make better use of their land",
        "Give tenants better use of our land",
    ],
)
def test_land_after_a_possessive_is_no_marker(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    ["Land the Acme account before our rivals do", "Land our first hospital customer in Ohio"],
)
def test_land_as_a_win_stays_a_marker(objective: str) -> None:
    assert not flat(objective)


# -- decision 4246: people kept engaged or informed, nothing else, are "Happy customers" -------


@pytest.mark.parametrize(
    "objective",
    [
        "Keep donors engaged",
        "Keep our residents informed",
        "Keep all subscribers engaged",
        "Keep parents informed",
        "Keep every volunteer engaged",
    ],
)
def test_people_kept_engaged_are_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Keep parents informed before their child leaves the classroom",
        "Keep every donor so engaged they bring a friend to the gala",
        "Keep customers happy with every delivery",
    ],
)
def test_people_kept_engaged_with_a_picture_are_not_flat(objective: str) -> None:
    assert not flat(objective)


# -- decision 4247: make a difference, make an impact, add value: stock goods -------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Make a difference for our residents",
        "Make an impact in the region",
        "Make a positive impact on our community",
        "Make a real difference in students' lives",
        "Add value for our members",
        "Add more value for subscribers",
    ],
)
def test_stock_goods_are_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Make a difference every child who walks through our doors can feel",
        "Make the difference between a family staying and a family leaving town",
        "Make every visit count for the patients who wait longest",
    ],
)
def test_a_difference_with_people_acting_is_not_flat(objective: str) -> None:
    assert not flat(objective)


# -- decision 4248: "put X first" is a priority, as "X-first" is (4101) -------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Put customers first",
        "Put our patients first",
        "Put people first",
        "Always put guests first",
    ],
)
def test_put_first_is_a_priority_not_a_marker(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Put our product first in every buyer's shortlist",
        "Be first to market with same-day repairs",
        "Put the first library van on the road",
    ],
)
def test_first_as_a_place_is_kept(objective: str) -> None:
    assert not flat(objective)

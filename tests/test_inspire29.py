"""Objectives: achieve + a generic good, a "-first" compound, more routine verbs, the team's
"we will", a better person in Chinese, and people served after "make sure" (issue 8,
twenty-ninth round; inspire29, decisions 4100-). Every wording here was written for this test
by inspire29; none is a corpus item."""

from __future__ import annotations

import pytest
from test_acc18 import flat, metric

# -- decision 4100: achieve/attain + the team's own generic good is flat --------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Achieve financial sustainability",
        "Achieve cost savings",
        "Validate product-market fit for the clinic app",  # worked on, not reached
        "Improve product-market fit in the mid-market",
        "Drive operational excellence",
        "Achieve our strategic goals",
        "Achieve sustainable growth",
        "Achieve alignment across teams",
        "Achieve a smooth transition to the new billing system",
        "Achieve full staffing on the night shift",
        "Attain operational readiness for the Leeds depot",
        "Attain financial stability",
        "Achieve greater consistency in our reporting",
        "Achieving better coordination between the two depots",
    ],
)
def test_achieve_a_generic_good_is_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Achieve operational excellence",  # 3965: a marker (lead 1778)
        "Achieve excellence in donor care",
        "Achieve a seamless checkout experience",  # 1778: praise is a marker
        "Achieve the fastest claims turnaround in the region",
        "Achieve a world where every child in the district can read",  # people served act
        "Achieve the best safety record in the group",
        "Achieve product-market fit in the dental segment",  # the market pulls the product
        "Make the app a top-tier choice for freelance designers",
    ],
)
def test_achieve_with_a_marker_or_people_served_is_not_flat(objective: str) -> None:
    assert not flat(objective)


# -- decision 4101: "<noun>-first" is a priority named, no rank won -------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Cultivate a customer-first mindset",
        "Build a mobile-first design system",
        "Foster a safety-first culture on site",
        "Promote a people-first approach to scheduling",
        "Develop a privacy-first data platform",
        "Adopt a cloud-first strategy",
    ],
)
def test_first_compound_is_no_marker(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Be the first choice for families in Leeds",
        "Be first to market with same-day repairs",
        "Become the first name buyers think of for used bikes",
        "Make our clinic the first call a worried parent makes",
    ],
)
def test_first_as_a_place_stays_a_marker(objective: str) -> None:
    assert not flat(objective)


# -- decision 4102: more routine verbs of upkeep and adoption -------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Bolster our cybersecurity defenses",
        "Reinforce a culture of safety",
        "Refine our go-to-market strategy",
        "Champion diversity and inclusion",
        "Embrace agile ways of working",
        "Uphold our quality standards",
        "Reinforce the brand across every channel",
        "Refine the quarterly planning process",
        "Bolstering our bench strength in data engineering",
        "Pursue excellence in everything we do",
        "Strive for continuous improvement",
        "Commit to continuous learning",
        "Encourage a culture of feedback",
        "Mitigate supply chain risk",
        "Safeguard our reputation",
        "Acquire new customers in the SMB segment",
        "Retain our best employees",
        "Sustain our growth momentum",
        "Retain our strongest account managers",
    ],
)
def test_more_routine_verbs_are_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Refine onboarding until every new admin finishes it in one sitting",
        "Champion our customers so that every renewal is a no-brainer",
        "Embrace the neighbourhood so families call us their bakery",
        "Reinforce the clinic as the first place families call",
        "Retain every customer we sign this year",
        "Strive to be the best employer in Leeds",
        "Acquire the customers who have given up on big banks",
    ],
)
def test_routine_verbs_with_a_direction_are_not_flat(objective: str) -> None:
    assert not flat(objective)


# -- decision 4103: "We will …", "Our goal is to …": the team's verb is read ----------------


@pytest.mark.parametrize(
    "objective",
    [
        "We will improve our onboarding process",
        "We will strengthen relationships with key accounts",
        "Our goal is to grow the partner channel",
        "Our aim is to streamline the month-end close",
        "The goal is to increase brand awareness",
        "We aim to optimize our cloud spend",
        "We will continue to support the sales team",
    ],
)
def test_team_will_then_a_routine_verb_is_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "We will be the clinic families recommend first",
        "Our goal is to make every renewal a no-brainer",
        "We will win the mid-market in the Nordics",
        "Our aim is that no family waits more than a week for a childcare place",
    ],
)
def test_team_will_then_a_direction_is_not_flat(objective: str) -> None:
    assert not flat(objective)


# -- decision 4104: 成为/做 + 一名 + 更好的 + a person: a generic comparative (906, Chinese) ---


@pytest.mark.parametrize(
    "objective",
    [
        "成为一名更好的管理者",
        "成为更好的自己",
        "做一个更好的倾听者",
        "成为一名更优秀的老师",
        "成为一个更好的父亲",
        "做更好的产品经理",
        "今年成为一名更好的作家",
    ],
)
def test_zh_a_better_person_is_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "成为团队愿意追随的管理者",
        "做一个孩子们可以依靠的爸爸",
        "成为学员最信任的瑜伽老师",
        "做一个有思想的人",
        "成为家长心中最好的幼儿园老师",
    ],
)
def test_zh_a_person_others_see_is_not_flat(objective: str) -> None:
    assert not flat(objective)


# -- decision 4105: make sure/ensure + everyone/every <person> + their verb ----------------


@pytest.mark.parametrize(
    "objective",
    [
        "Make sure everyone on the floor goes home safe every day",
        "Make sure every child leaves the ward with a plan they understand",
        "Ensure every driver gets home before dark",
        "Make sure nobody on the night shift works alone",
        "Ensure each new tenant feels at home in their first week",
    ],
)
def test_people_after_make_sure_are_an_end_state(objective: str) -> None:
    assert not flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Make sure the booking system works",
        "Ensure compliance with the new data rules",
        "Ensure all staff complete safety training",
        "Make sure every invoice is filed on time",
        "Ensure the kiosk is up during opening hours",
    ],
)
def test_things_or_work_after_make_sure_stay_flat(objective: str) -> None:
    assert flat(objective)


# -- decision 4106: 帮(助) + 每/所有 + the people served + what they do is an end state -----------


@pytest.mark.parametrize(
    "objective",
    [
        "帮助每个家庭找到信任的医生",
        "帮每位老人用上智能手机",
        "帮助每一位学员拿到驾照",
        "帮助所有租户都能当天报修当天修好",
        "帮助每位家长都能按时接到孩子",
    ],
)
def test_zh_each_one_helped_to_act_is_an_end_state(objective: str) -> None:
    assert not flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "帮助所有员工完成培训",  # the team's work done on its people
        "帮助每个销售提升业绩",  # a KPI verb
        "帮助中小企业降低用工成本",  # no 每/所有: 4106 does not read it
        "帮助销售团队提升业绩",
        "帮助每个门店实现盈利",
    ],
)
def test_zh_people_worked_on_stay_flat(objective: str) -> None:
    assert flat(objective)


# -- decision 4107: deliver/provide + a good + to a count of places or people served (3963) ---


@pytest.mark.parametrize(
    "objective",
    [
        "Deliver clean water to 3,000 households",
        "Deliver hot meals to 500 more families this winter",
        "Provide free school meals to 2,000 children",
        "Provide safe shelter to 300 more families in the district",
        "Deliver reliable broadband to 45 rural schools",
    ],
)
def test_good_delivered_to_a_count_served_is_not_flat(objective: str) -> None:
    assert not flat(objective)
    assert not metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Provide training to 200 managers",  # nobody served in the list
        "Deliver the new CRM to 40 stores",
        "Deliver 3,000 meals to families",  # a count of the good: output
        "Provide support for the field teams",
        "Deliver projects on time and on budget",
    ],
)
def test_work_delivered_stays_flat(objective: str) -> None:
    assert flat(objective)


# -- decision 4108: be/become a(n) + a generic kind of the team's own body ----------------


@pytest.mark.parametrize(
    "objective",
    [
        "Be a data-driven company",
        "Become a learning organization",
        "Be a more agile business",
        "Become a product-led organisation",
        "Be an insight-driven firm",
    ],
)
def test_the_teams_own_kind_is_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Be a great place to work",  # decision 94
        "Be a company customers trust",
        "Be the most trusted firm in Leeds",
        "Become a patient-led organisation",  # people served named in it
    ],
)
def test_a_body_others_see_is_not_flat(objective: str) -> None:
    assert not flat(objective)

"""Metric objectives from real and outsider sets: people kept counted, people brought in
through the door, people served counted in Chinese (issue 8, thirty-third round; obj33,
decisions 4920-4922). Every wording here was written for this test by obj33; none is a corpus
item or copied from a published page."""

from __future__ import annotations

import pytest
from test_acc18 import flat, metric

# -- decision 4920: keep/retain more + people counted is a retention count ------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Keep more subscribers",
        "Retain more donors",
        "Keep more tenants",
        "Retain more learners",
        "Keep more paying members",
        "Retain more patients in the programme",
    ],
)
def test_people_kept_more_is_a_count(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Keep more customers happy",
        "Keep customers coming back because they love the food",
        "Keep our best engineers",
        "Retain the people who make us great",
        "Keep more customers coming back",
        "Keep more cash on hand",
        "Keep more promises",
        "Retain more records in the archive",
    ],
)
def test_kept_without_a_count_stays(objective: str) -> None:
    assert not metric(objective)


# -- decision 4921: more people got in through the door or into a place are a count ----------


@pytest.mark.parametrize(
    "objective",
    [
        "Get more visitors through the gates",
        "Get more families into the library",
        "Bring more shoppers into the store",
        "Get more members through the door",
        "Get more runners into the Sunday race",
        "Bring more diners through our doors",
    ],
)
def test_more_people_in_through_the_door_is_a_count(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Get more kids reading",
        "Get more sleep",
        "Get our people into roles they love",
        "Get more of our staff into leadership roles by developing them",
        "Get new hires through onboarding without stress",
        "Make the club the place everyone wants to join",
    ],
)
def test_people_moved_without_a_count_stays(objective: str) -> None:
    assert not metric(objective)


# -- decision 4922: 服务/接待更多 + people served is a count, as "Serve more families" ------------


@pytest.mark.parametrize(
    "objective",
    [
        "服务更多患者",
        "接待更多游客",
        "服务更多的老年人",
        "今年服务更多社区居民",
        "接待更多的团队客户",
        "Serve more patients",
    ],
)
def test_more_people_served_is_a_count(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "让更多老人吃上热饭",
        "用心服务每一位患者",
        "服务好每一位到店的客户",
        "打造让游客愿意再来的景区",
        "服务更多行业的数字化转型",
        "为更多家庭送去温暖",
    ],
)
def test_people_served_without_a_count_stays(objective: str) -> None:
    assert not metric(objective)


# -- decision 4923: the team or place that sells, serves or keeps, named first, changes nothing


@pytest.mark.parametrize(
    "objective",
    [
        "Our bakery sells more loaves",
        "The food bank serves more households",
        "We win more tenders",
        "Our gym keeps more members",
        "The garage books more repairs",
        "社区医院服务更多居民",
        "我们接待更多旅客",
        "本馆接待更多读者",
        "夜校服务更多学员",
    ],
)
def test_a_subject_before_the_count_changes_nothing(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Our bakery sells bread people queue for",
        "The food bank serves every household with dignity",
        "We win the tenders that matter to us",
        "Our gym keeps members motivated all winter",
        "Our customers buy more because they trust us",
        "The crew keeps more promises",
        "社区医院用心服务每一位居民",
        "我们让更多旅客记住这座城",
        "夜校为更多学员打开一扇窗",
    ],
)
def test_a_subject_without_a_count_stays(objective: str) -> None:
    assert not metric(objective)


# -- decision 4924: a deliverable said to be done ("X is published", "员工手册已发布") is flat work --


@pytest.mark.parametrize(
    "objective",
    [
        "The onboarding guide is published",
        "Our billing service is migrated to the new cloud",
        "The partner portal is launched and documented",
        "All expense rules are included in the finance wiki",
        "The Q3 release notes are written and shipped",
        "The intranet search is redesigned",
    ],
)
def test_a_deliverable_done_is_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize("objective", ["新版官网已发布", "二期仓库建成", "质检报告模板正式发布"])
def test_the_chinese_twin_was_already_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Every new hire is welcomed by name on day one",
        "Checkout is effortless on every phone",
        "Our players are proud to wear the shirt",
        "The office is the place people want to be",
        "Be the first studio in the city to ship in a week",
        "让每位读者都能第一时间读到新书",
        "成为全省第一家建成智慧仓库的企业",
    ],
)
def test_a_state_people_feel_or_a_marker_stays(objective: str) -> None:
    assert not flat(objective)


# -- decision 4925: visitation is a count of visits, as footfall and ridership are (525) ------


@pytest.mark.parametrize(
    "objective",
    [
        "Grow visitation to the botanic garden",
        "Increase weekend visitation",
        "Boost visitation among local families",
        "Raise off-season visitation",
        "Lift visitation at our two branches",
        "提升景区客流量",
        "增加博物馆参观人数",
    ],
)
def test_visitation_is_a_count(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Improve the visitation experience for families",
        "Grow visitation by making the park a place families love",
        "Make every visit to the museum unforgettable",
        "让每位游客都想再来一次",
    ],
)
def test_visits_without_a_count_stay(objective: str) -> None:
    assert not metric(objective)

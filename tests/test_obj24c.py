"""Objectives read as a KPI or as plain work, leftovers (issue 8, twenty-fourth round; obj24c,
decisions 2985-). Every wording here was written for this test by obj24c."""

from __future__ import annotations

import pytest
from test_acc18 import flat, metric

# -- decision 2985: "会员数|量" — jieba glues 数 onto the name, the count is the whole 数量 --------


@pytest.mark.parametrize(
    "objective",
    ["提升会员数量", "增加门店数量", "扩大付费会员数量", "门店数量稳步增长", "把会员数量做上去"],
)
def test_zh_count_split_before_liang_is_a_kpi(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    ["提升会员体验", "让会员数量之外的体验也被看见", "推动门店数字化", "让每位会员都愿意再来"],
)
def test_zh_members_without_their_count_no_kpi(objective: str) -> None:
    assert not metric(objective)


# -- decision 2986: one hyphenated word names a function or a topic ---------------------------


@pytest.mark.parametrize(
    "objective",
    ["On-call", "Go-to-market", "Walk-ins", "On-call rotation", "Go-to-market motion"],
)
def test_en_hyphenated_topic_is_not_inspiring(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Be the go-to clinic for weekend runners",
        "Become the go-to lab for protein imaging",
        "Best-in-class support for every tenant",
        "Re-launch the app so first-time users stay",
        "Double-check every invoice before it goes out",
        "Make on-call something engineers don't dread",
        "World-class onboarding",
    ],
)
def test_en_hyphen_in_a_sentence_or_marker_keeps_its_reading(objective: str) -> None:
    assert not flat(objective)


# -- decision 2987: others building on the work; the people served as one body ----------------


@pytest.mark.parametrize(
    "objective",
    [
        "Do research that other labs build on",
        "Build a client base that sticks with me",
        "Run workshops that other schools copy",
        "Publish work that other labs build on",
        "Build a customer base that stays with us",
        "Grow a fan base that buys every record",
    ],
)
def test_en_others_acting_in_the_clause_is_an_end_state(objective: str) -> None:
    assert not flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Do research for other labs",
        "Build a client base",
        "Reduce errors that other cashiers make",
        "Build a community that sticks around",
    ],
)
def test_en_no_one_acting_stays_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective", ["Grow the customer base", "Build a customer base that grows 20% a year"]
)
def test_en_base_that_grows_stays_a_kpi(objective: str) -> None:
    assert metric(objective)


# -- decision 2988: "be" and a bare quality; a plain quality made, no one served ---------------


@pytest.mark.parametrize(
    "objective",
    [
        "Be secure",
        "Make visibility explicit.",
        "Be reliable",
        "Become resilient",
        "Make ownership clear",
        "Make pricing transparent",
        "Be responsive",
        "Make our priorities explicit",
    ],
)
def test_en_bare_quality_is_not_inspiring(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Be the clinic families trust",
        "Be secure enough that parents stop asking",
        "Be the safest plant in the region",
        "Make checkout feel effortless",
        "Make the roadmap clear to every customer",
        "Be there for every caller",
        "Make every invoice clear enough that no client calls to ask",
    ],
)
def test_en_quality_seen_by_people_keeps_its_reading(objective: str) -> None:
    assert not flat(objective)

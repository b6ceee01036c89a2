"""Objectives: "first"/"win" naming a stage or a kind of work, superlatives of importance picking
out a segment, generic states of the people served, stock work phrases and first-person framing
(issue 8, thirty-first round; inspire31, decisions 4440-). Every wording here was written for this
test by inspire31; none is a corpus item."""

from __future__ import annotations

import pytest
from test_acc18 import flat

# -- decision 4440: "first" before a stage of work, "first-party", "win-back" are no markers ----


@pytest.mark.parametrize(
    "objective",
    [
        "Complete the first phase of the data migration",
        "Roll out the first batch of handheld scanners",
        "Finish the first draft of the grant proposal",
        "Complete the first milestone of the warehouse project",
        "Improve first-party data capture",
        "Build a first-party audience for the newsletter",
        "Launch a win-back campaign for churned subscribers",
        "Run a win-loss analysis on enterprise deals",
    ],
)
def test_first_of_a_stage_or_compound_is_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Be the first bakery in Leeds to deliver before breakfast",
        "Ship the first AI-native CRM",
        "Become the first carbon-neutral brewery in the valley",
        "Win the mid-market against the incumbents",
        "Win back lapsed donors with a story they want to share",
        "成为全省第一家通过认证的社区医院",
    ],
)
def test_first_and_win_as_markers_are_kept(objective: str) -> None:
    assert not flat(objective)


# -- decision 4441: "most important"/"most valuable" after a possessive or "the" + plural ----


@pytest.mark.parametrize(
    "objective",
    [
        "Focus on our most important accounts",
        "Retain our most profitable clients",
        "Grow our most strategic partnerships",
        "Support the most critical suppliers",
        "Support our largest accounts",
        "聚焦最重要的客户",
        "留住最有价值的会员",
        "服务好最大的几家经销商",
        "维护最核心的合作伙伴关系",
    ],
)
def test_superlative_of_importance_picks_a_segment(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Become the most trusted garage in the county",
        "Run the safest plant in the region",
        "Build the most loved community fundraising campaign in the region",
        "Make our app the most useful tool a site manager carries",
        "Be the largest independent bookseller in Wales",
        "成为最重要的合作伙伴",
        "打造全省最大的社区书屋网络",
        "成为客户心中最有价值的服务商",
    ],
)
def test_superlatives_as_ambitions_are_kept(objective: str) -> None:
    assert not flat(objective)


# -- decision 4442: the people served in a generic state, nothing else, are "Happy customers" --


@pytest.mark.parametrize(
    "objective",
    [
        "Ensure customers are satisfied",
        "Make sure our guests are happy",
        "Make customers happier",
        "Employees are engaged",
        "Our staff are motivated",
        "The team is more productive",
        "Customers feel satisfied",
    ],
)
def test_people_in_a_generic_state_are_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Make sure every caller feels heard on the first ring",
        "Customers are happy to pay for the premium tier",
        "Ensure every rider feels safe on the night bus",
        "Make guests happy to come back every summer",
        "Our volunteers are proud to wear the shirt",
    ],
)
def test_people_with_a_picture_are_not_flat(objective: str) -> None:
    assert not flat(objective)


# -- decision 4443: stock work phrases: double down on, step up, look into, work on ----------


@pytest.mark.parametrize(
    "objective",
    [
        "Double down on partnerships",
        "Step up our security game",
        "Look into new pricing models",
        "Work on my mindset",
        "Work on our culture",
        "Double down on enterprise sales",
    ],
)
def test_stock_work_phrases_are_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Step up so every shift has a first-aider on the floor",
        "Work on the wards where no patient waits alone",
        "Step up so every shift has a first-aider who knows the floor",
    ],
)
def test_stock_phrases_with_an_end_state_are_not_flat(objective: str) -> None:
    assert not flat(objective)


# -- decision 4444: "I want to", "I will", "My goal is to" are read from the verb after --------


@pytest.mark.parametrize(
    "objective",
    [
        "I want to get fitter",
        "I will improve my health",
        "I want to strengthen my relationships",
        "My goal is to optimise my diet",
        "I'd like to enhance my productivity",
    ],
)
def test_first_person_framing_is_read_from_the_verb(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "I want to climb Ben Nevis with my dad",
        "I will be debt-free before my 35th birthday",
        "My goal is to swim across the bay in the charity swim",
        "I want to be the first in my family to finish a marathon",
    ],
)
def test_first_person_end_states_are_kept(objective: str) -> None:
    assert not flat(objective)


# -- decision 4445: "Own" + a stretch of the team's own work (journey, experience, funnel) ----


@pytest.mark.parametrize(
    "objective",
    [
        "Own the supporter journey",
        "Own the billing experience",
        "Own the partner relationship",
        "Own the hiring funnel",
        "Own the product backlog",
    ],
)
def test_owning_a_stretch_of_work_is_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Own the mid-market",
        "Own the category of at-home dental care",
        "Own the onboarding experience end to end so new users never feel lost",
        "Own the Christmas gift market in Leeds",
    ],
)
def test_owning_a_market_is_kept(objective: str) -> None:
    assert not flat(objective)


# -- decision 4446: the writer's best against the writer is no rank ---------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Be the best version of myself",
        "Be the best I can be",
        "Give it my best",
        "Do our best work",
        "做最好的自己",
        "成为最好的自己",
    ],
)
def test_best_against_oneself_is_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Be the best plant in the network",
        "Be the best registrar's office in the state",
        "做全县最好的诊所",
        "成为最好的社区图书馆",
        "Give every caller our best answer on the first ring",
    ],
)
def test_best_against_others_is_kept(objective: str) -> None:
    assert not flat(objective)


# -- decision 4447: a permit, an approval or a sign-off obtained for the team's own work -----


@pytest.mark.parametrize(
    "objective",
    [
        "Secure the building permit",
        "Obtain planning permission for the new depot",
        "Win approval for the new budget",
        "Get sign-off for the Q3 roadmap",
        "Secure board approval for the expansion",
        "Obtain the liquor licence",
    ],
)
def test_a_permission_obtained_is_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Win the regional tender against the big three",
        "Win the hearts of every parent in the district",
        "Get approval so every family can move in before winter",
        "Secure a home for every rescued greyhound",
    ],
)
def test_won_things_with_a_direction_are_kept(objective: str) -> None:
    assert not flat(objective)

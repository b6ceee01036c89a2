"""Objectives on real drafts: a measure of the people served moved by a share or a multiple in
Chinese, the generic verbs of betterment before a measure, and the people won named as a measure
(issue 8, twenty-sixth round; obj26b, decisions 3700-). Every wording here was written for this
test by obj26b after reading the objective misses of the studied real halves."""

from __future__ import annotations

import pytest
from test_acc18 import flat, metric


def inspiring(objective: str) -> bool:
    return not metric(objective) and not flat(objective)


# -- decision 3700: enhance / strengthen + a measure and nothing else -------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Enhance user engagement and retention",
        "Enhance customer satisfaction",
        "Strengthen customer retention",
        "Enhance patient satisfaction across our clinics",
        "Strengthen donor retention",
        "Enhance brand awareness in the Nordics",
        "Strengthen member engagement",
    ],
)
def test_betterment_verb_before_a_measure_is_a_kpi(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Enhance the customer experience",
        "Strengthen our culture",
        "Strengthen our compliance program",
        "Enhance our onboarding",
        "Strengthen partnerships with local schools",
        "Enhance security",
        "Strengthen the brand",
        "Elevate team performance",
    ],
)
def test_betterment_verb_before_a_practice_stays_flat(objective: str) -> None:
    assert flat(objective) and not metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Enhance customer loyalty so every member feels known",
        "Strengthen retention so every family we serve stays with us",
    ],
)
def test_betterment_verb_with_a_purpose_keeps_the_objective(objective: str) -> None:
    assert not metric(objective)


# -- decision 3701: the people won named as a measure ------------------------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Accelerate customer acquisition",
        "Accelerate Enterprise Customer Acquisition",
        "Boost user acquisition in Brazil",
        "Grow donor acquisition",
        "Increase member acquisition",
    ],
)
def test_people_acquired_are_a_measure(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Complete the acquisition of Acme",
        "Accelerate the acquisition of Acme",
        "Improve the customer acquisition process",
    ],
)
def test_a_company_bought_is_no_measure(objective: str) -> None:
    assert not metric(objective)


# -- decision 3702: zh people's measure moved by a share or a multiple -------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "将开发者认知负载降低 40%",
        "让开发者认知负载降低40%",
        "将员工负载降低40%",
        "将门店员工的排班冲突减少50%",
        "让一线员工的加班时长减少三成",
        "学员的重复提问减少一半",
        "把护士的交接班差错降低百分之三十",
    ],
)
def test_people_measure_moved_by_a_share_is_a_kpi(objective: str) -> None:
    assert metric(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "让90%的新员工第一天就有归属感",
        "让每位新员工第一天就有归属感",
        "让每位顾客等待不超过5分钟",
        "让店长每天早上第一个打开我们的报表",
        "让客户愿意把我们推荐给朋友，转介绍率提升30%",
        "让家长放心，把孩子交给我们",
    ],
)
def test_people_end_state_keeps_the_objective(objective: str) -> None:
    assert inspiring(objective)


# -- decision 3703: decrease / minimize state reduce's generic change --------------------------


@pytest.mark.parametrize(
    "objective",
    [
        "Decrease cash burn QoQ in order to keep the company financially stable",
        "Decrease our reliance on contractors",
        "Minimize downtime during the migration",
        "Minimise paperwork for the finance team",
        "Decrease handoffs between teams",
    ],
)
def test_reduce_synonyms_are_flat(objective: str) -> None:
    assert flat(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Decrease the wait so every caller feels heard",
        "Minimize the hassle so moving house feels effortless",
        "Decrease churn to the lowest in our industry",
        "Decrease the time families wait so no parent is left wondering",
    ],
)
def test_reduce_synonyms_with_a_marker_or_end_state_keep_inspiring(objective: str) -> None:
    assert inspiring(objective)

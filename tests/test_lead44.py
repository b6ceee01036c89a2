"""Round 44, lead: findings from drafts the lead wrote for the round (none of them corpus text)."""

from __future__ import annotations

import pytest

from coach.parse import parse_text

_HEAD = "我这个季度的目标\n\n目标：考研上岸\n1、每天背单词1小时\n2、{}\n3、报名参加两次模考\n"


@pytest.mark.parametrize(
    "line",
    [
        "英语每周写两篇",  # a count before 篇: two essays a week, not a "…篇" section
        "政治每月做三套",
        "上线两个模块",
        "完成支付模块",  # a verb and its object before 模块
        "重写登录模块",
        "梳理产品类",
        "重构报销审批模块",
        "完成大部分",
    ],
)
def test_a_key_result_ending_in_a_group_word_stays_a_key_result(line: str) -> None:
    """A numbered key result that ends in 篇/类/模块/部分 was read as a group's name ("学习篇")
    and left out of the review without a word."""
    draft = parse_text(_HEAD.format(line))
    texts = [k.text for k in draft.objectives[0].key_results]
    assert texts == ["每天背单词1小时", line, "报名参加两次模考"]


@pytest.mark.parametrize("name", ["学习篇", "技术类", "核心业务模块", "健康生活篇", "运营方面"])
def test_a_group_name_among_key_results_is_still_a_heading(name: str) -> None:
    draft = parse_text(_HEAD.format(name))
    assert name in [h[0] for h in draft.headings]
    assert name not in [k.text for k in draft.objectives[0].key_results]


@pytest.mark.parametrize(
    ("title", "owned"),
    [
        ("车间 Q3 OKR", False),  # a workshop's set (decision 6490)
        ("车队 2027 Q1 OKR", False),
        ("门店 Q3 OKR", False),
        ("王芳 Q3 OKR", True),
        ("林晓2025秋季学期OKR", True),
        ("高峰 Q3 OKR", True),
    ],
)
def test_a_common_noun_before_the_period_names_no_owner(title: str, owned: bool) -> None:
    from coach.facts.owner import heading_owner

    assert heading_owner(title) is owned


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Captivate the audience", True),  # 5560's shape on the people served (decision 6492)
        ("Charm our hotel guests", True),
        ("Dazzle the audience at the county fair", True),
        ("Tame the ticket backlog", False),  # 5560's flat shape: the model may speak
        ("Shore up the night shift", False),
        ("Improve onboarding", False),
    ],
)
def test_the_model_does_not_overrule_an_imperative_on_the_people_served(
    text: str, held: bool
) -> None:
    from coach.review import parse
    from rules.objective_not_inspiring import ObjectiveNotInspiring

    item = parse(f"Objective: {text}\n- NPS from 30 to 45 by June (owner: Ana)\n").objectives[0]
    assert ObjectiveNotInspiring().model_held_back(item) is held

"""Decisions 1732- (lead22): faults the lead met after the twenty-second round's merges, each
tested here in other wordings than the one that showed it."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.errors import InputError
from coach.parse import parse_text
from coach.review import review

_CFG = Config(semantic=False)


def _kr_rules(kr: str) -> set[str]:
    text = (
        "Objective: Make our games a joy to build on (owner: Ana)\n"
        f"KR1: {kr} by June 30\nKR2: Build time from 20 to 5 minutes by June 30\n"
    )
    return {f.rule_id for f in review(text, config=_CFG).findings if f.target == "o1.kr1"}


# -- decision 1732: a bracketed "no …" glossing a scoped state


@pytest.mark.parametrize(
    "kr",
    [
        "One shared level editor for every studio (no duplicate tools)",
        "One build pipeline for all 12 apps (no failed deploys)",
        "Each service owns a single config file (no duplicate settings)",
    ],
)
def test_an_aside_restating_a_scoped_state_is_not_negative(kr: str) -> None:
    assert "kr-negative-phrasing" not in _kr_rules(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Stable builds (no failed deploys)",
        "Single sign-on for all tools (no more than 2 login failures a week)",
        "No duplicate implementations of any game system",
    ],
)
def test_an_aside_that_is_the_measure_stays_negative(kr: str) -> None:
    assert "kr-negative-phrasing" in _kr_rules(kr)


# -- decision 1733: a Markdown heading naming key results titles the page

_BODY = (
    "\n\n### Objective 1：让新用户一周内上手\n- KR1：新用户7天留存从30%提升到45%\n"
    "- KR2：首单转化率从10%提升到15%\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "## 本季度 KR 拆解（落到每个人）",
        "# Q3 KR 对齐（下沉到交付）",
        "### This round's KR map (down to deliverables)",
    ],
)
def test_a_heading_about_key_results_titles_the_page(heading: str) -> None:
    draft = parse_text(heading + _BODY)
    assert [o.text for o in draft.objectives] == ["让新用户一周内上手"]
    assert len(draft.key_results()) == 2


@pytest.mark.parametrize("line", ["## KR1: 留存从30%到45%", "本季度 KR 拆解（落到每个人）"])
def test_a_key_result_above_every_objective_is_still_refused(line: str) -> None:
    with pytest.raises(InputError):
        parse_text(line + _BODY)


# -- decision 1734: "从0到10次" is a change from zero, not the "从0到1" idiom


def _zh_kr_rules(kr: str) -> set[str]:
    text = (
        f"目标：成为团队里最懂数据的人（负责人：林一，Q1）\n- {kr}\n- 业务满意度从3分提升到4.5分\n"
    )
    return {f.rule_id for f in review(text, config=_CFG).findings if f.target == "o1.kr1"}


@pytest.mark.parametrize(
    "kr", ["看板每周被打开的次数从0到12次", "复购会员从0到15人", "小程序付费用户从0到1.2万"]
)
def test_a_change_from_zero_to_a_figure_is_quantified(kr: str) -> None:
    assert not {"kr-not-quantified", "kr-business-as-usual"} & _zh_kr_rules(kr)


def test_from_zero_to_one_is_still_the_idiom() -> None:
    assert "kr-not-quantified" in _zh_kr_rules("会员业务从0到1")

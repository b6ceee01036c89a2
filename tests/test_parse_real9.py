"""Chinese layouts and wordings from published OKRs (round 9, real pages and files; decisions
475–481): each test is a draft written here in that layout, with the reading a person gives it."""

from __future__ import annotations

import pytest

from coach import parse
from tests.test_parse_real8 import shape, statuses

# -- decision 475: four letters x hold a number ------------------------------------------------


@pytest.mark.parametrize("kr", ["新签加盟门店不少于xxxx家", "年度回款突破XXXX万元"])
def test_four_xs_after_a_target_cue_are_a_number(kr: str) -> None:
    text = f"目标：让加盟商赚到钱\n关键结果1：{kr}"
    assert statuses(text, "kr-not-quantified") == ["pass"]


# -- decision 476: a headcount held by a placeholder is hiring ---------------------------------


def test_a_team_of_xx_people_is_hiring() -> None:
    text = "目标：让售后电话不再占线\n关键结果1：组建不少于XX人的夜班客服团队"
    assert statuses(text, "kr-is-task") == ["fail"]


def test_members_added_with_a_placeholder_stay_a_result() -> None:
    text = "目标：让社区店成为街坊的首选\n关键结果1：新增会员XX人"
    assert statuses(text, "kr-is-task") == ["pass"]


# -- decision 477: a time or a degree word before the verb of a KPI objective ------------------


@pytest.mark.parametrize(
    "objective",
    [
        "在本季度内提升门店复购率",
        "在下季度提高线上销售额",
        "显著提高回款额",
        "大幅度提高业绩额",
        "营收日益增长",
    ],
)
def test_a_kpi_objective_behind_a_time_or_a_degree_word_is_a_metric(objective: str) -> None:
    text = f"目标：{objective}\n关键结果1：复购率从18%提升到25%"
    assert statuses(text, "objective-is-metric")[0] == "fail"


def test_a_time_before_a_qualitative_objective_changes_nothing() -> None:
    text = "目标：在本季度内打造全城最受欢迎的社区烘焙店\n关键结果1：复购率从18%提升到25%"
    assert statuses(text, "objective-is-metric")[0] == "pass"


# -- decision 478: a theme marked "(Objectives)" before the colon is an objective --------------


def test_themes_marked_as_objectives_in_a_numbered_list() -> None:
    text = (
        "1. 会员拉新(Objectives):让更多街坊办卡。\n"
        "- 关键结果(Key Results):新会员数、办卡转化率等指标。\n"
        "2. 会员复购(Objectives):让老会员每月都回来。\n"
        "- 关键结果(Key Results):月复购率、客单价等指标。"
    )
    assert shape(text) == [
        ("让更多街坊办卡。", ["新会员数、办卡转化率等指标。"]),
        ("让老会员每月都回来。", ["月复购率、客单价等指标。"]),
    ]


# -- decision 479: the reasons and the benefits between an objective heading and its KRs -------


def test_why_and_benefits_sections_are_no_key_results() -> None:
    text = (
        "# 2027 年度 OKR\n\n"
        "## O1：让仓库发货又快又准\n\n"
        "**为什么做（Why）**\n"
        "去年双十一积压了三天的订单，客服电话被打爆。\n\n"
        "**好处（Business Value）**\n"
        "- 减少因延迟发货产生的赔付\n"
        "- 客服不再为催单疲于奔命\n\n"
        "**Key Results**\n"
        "- KR1.1：当日订单当日发出的比例达到 **98%**\n"
        "- KR1.2：错发率从 0.8% 降到 0.2%\n\n"
        "---\n\n"
        "## O2：让新员工一周内独立上岗\n\n"
        "**背景**\n\n"
        "旺季临时工多，带教全靠老员工口头传授。\n\n"
        "**Key Results**\n"
        "- KR2.1：新员工第 5 天独立拣货的比例达到 90%"
    )
    assert shape(text) == [
        (
            "让仓库发货又快又准",
            ["当日订单当日发出的比例达到 **98%**", "错发率从 0.8% 降到 0.2%"],
        ),
        ("让新员工一周内独立上岗", ["新员工第 5 天独立拣货的比例达到 90%"]),
    ]


# -- decision 480: students enrolled are won, not hired ----------------------------------------


@pytest.mark.parametrize("kr", ["招收120名新生", "秋季招收80名学生"])
def test_students_enrolled_are_a_result(kr: str) -> None:
    text = f"目标：让更多孩子在家门口学好编程\n关键结果1：{kr}"
    assert statuses(text, "kr-is-task") == ["pass"]


def test_interns_taken_on_stay_hiring() -> None:
    text = "目标：让门店周末也有足够人手\n关键结果1：招收20名实习生"
    assert statuses(text, "kr-is-task") == ["fail"]


# -- decision 481: a guide's sentence that quotes its example objective ------------------------


def test_the_example_objective_quoted_after_li_ru_is_the_objective() -> None:
    text = (
        "1. 写好目标\n目标要定性、鼓舞人心。比如：“在本季度内提高门店复购率。”\n"
        "2. 写好关键结果\n- 复购率从18%提升到25%"
    )
    objectives = [o.text for o in parse(text).objectives]
    assert "在本季度内提高门店复购率。" in objectives


def test_the_objective_quoted_before_zhe_yi_mu_biao_is_the_objective() -> None:
    text = (
        "关键结果要可衡量。为了实现“让社区店成为街坊的首选”这一目标，可以设定以下关键结果：\n"
        "- 会员复购率从18%提升到25%\n- 周边三公里新会员增加500人"
    )
    assert shape(text) == [
        ("让社区店成为街坊的首选", ["会员复购率从18%提升到25%", "周边三公里新会员增加500人"])
    ]


def test_a_quoted_name_inside_an_objective_stays() -> None:
    text = "目标：打造“最懂你”的社区烘焙店\n关键结果1：复购率从18%提升到25%"
    assert shape(text)[0][0] == "打造“最懂你”的社区烘焙店"

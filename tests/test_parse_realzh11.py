"""Chinese drafts in the shapes of real pages nobody had tuned for (issue 8, eleventh round;
decisions 600–614): each test is a draft written here in that shape, with the reading a person
gives it."""

from __future__ import annotations

import pytest

from tests.test_parse_real8 import shape, statuses

# -- decision 600: a plain line inside a nested list is a note --------------------------------


@pytest.mark.parametrize("note", ["还没想好怎么量化, 先放着", "暂时无法评估"])
def test_a_plain_line_among_nested_items_is_a_note(note: str) -> None:
    text = (
        "### 草稿\n- 提升门店坪效\n    - 调整陈列动线\n    \n"
        f"    {note}\n    - 增加夜间营业\n- 降低员工流失\n    - 完善带教制度\n"
        f"    \n    {note}\n- 提升会员复购\n    - 上线积分商城"
    )
    assert shape(text) == [
        ("提升门店坪效", ["调整陈列动线", "增加夜间营业"]),
        ("降低员工流失", ["完善带教制度"]),
        ("提升会员复购", ["上线积分商城"]),
    ]


def test_an_indented_line_over_its_own_list_still_heads_it() -> None:
    # No bulleted objective above: the plain line heads the list under it (unchanged).
    text = "门店运营\n    - 坪效提升到每平米3000元\n    - 会员复购率达到35%"
    assert [krs for _o, krs in shape(text)] == [["坪效提升到每平米3000元", "会员复购率达到35%"]]


# -- decision 601: a school stage bounds a period -----------------------------------------------


@pytest.mark.parametrize("title", ["# 读研期间OKR", "# 大学期间的个人目标", "# 在校期间OKR"])
def test_a_school_stage_in_the_title_is_a_timeframe(title: str) -> None:
    text = f"{title}\n## O1 把身体练好\nKR1 体脂率降到18%"
    assert statuses(text, "objective-no-timeframe") == ["pass"]
    assert statuses(text, "kr-no-deadline") == ["pass"]


def test_a_degree_named_as_a_qualification_is_no_timeframe() -> None:
    text = "O1 研究生学历的员工占比提升\nKR1 研究生学历员工占比达到30%"
    assert statuses(text, "kr-no-deadline") == ["fail"]


# -- decision 602: a means clause before the result ----------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "通过副业和理财，实现家庭年收入50万",
        "借助小程序，拉新会员2000人",
        "依托社区团购，月销售额做到80万",
        "通过私域运营实现小程序年度营收300万",
    ],
)
def test_the_means_before_a_comma_is_not_the_work(kr: str) -> None:
    text = f"目标：让家庭财务更稳健\n关键结果1：{kr}"
    assert statuses(text, "kr-is-task") == ["pass"]


def test_passing_an_audit_before_a_comma_is_still_the_work() -> None:
    text = "目标：让客户放心采购\n关键结果1：通过ISO27001认证，不出严重不符合项"
    assert statuses(text, "kr-is-task") == ["fail"]


def test_a_pass_rate_is_no_means() -> None:
    text = "目标：让新人上手更快\n关键结果1：通过率从60%提升到85%，覆盖全部新人"
    assert statuses(text, "kr-is-task") == ["pass"]


# -- decision 603: every one of a population has something ---------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "核心流程均有负责人和应急预案",
        "每次上线均附带回滚方案",
        "所有门店都有急救箱和应急照明",
        "Every critical service has an owner and a runbook",
    ],
)
def test_every_one_having_a_thing_is_a_state_not_a_task(kr: str) -> None:
    text = f"O1: 让值班更从容 by Q3\nKR1: {kr}"
    assert statuses(text, "kr-is-task") == ["pass"]
    assert statuses(text, "kr-not-quantified") == ["fail"]  # universal, without digits


def test_every_team_having_completed_a_training_stays_work() -> None:
    text = "O1: Make on-call calm\nKR1: All teams have completed the training by Q3"
    assert statuses(text, "kr-is-task") == ["fail"]


# -- decision 604: completing a build, then its acceptance figure ---------------------------------


@pytest.mark.parametrize(
    "kr",
    ["6月15日前完成告警体系搭建，覆盖100%核心接口", "完成会员系统开发，覆盖率100%"],
)
def test_a_completed_build_with_its_coverage_is_a_task(kr: str) -> None:
    text = f"目标：让告警又快又准\n关键结果1：{kr}"
    assert statuses(text, "kr-is-task") == ["fail"]


def test_a_completed_build_that_brings_a_result_is_a_result() -> None:
    text = "目标：让会员愿意再来\n关键结果1：完成会员系统开发，带来复购率提升到30%"
    assert statuses(text, "kr-is-task") == ["pass"]


def test_a_share_of_stores_done_stays_a_measure() -> None:
    text = "目标：让门店系统统一\n关键结果1：6月底前完成80%门店的系统部署"
    assert statuses(text, "kr-is-task") == ["pass"]


# -- decision 605: 第一 counting a stage is an ordinal ---------------------------------------------


@pytest.mark.parametrize("objective", ["门店体验优化，迈出数字化第一步", "完成会员体系第一期"])
def test_a_first_stage_is_no_aspiration(objective: str) -> None:
    text = f"目标：{objective}\n关键结果1：会员复购率达到30%"
    assert statuses(text, "objective-not-inspiring") == ["fail"]


@pytest.mark.parametrize("objective", ["成为区域第一的烘焙品牌", "打造行业第一品牌"])
def test_being_first_stays_an_aspiration(objective: str) -> None:
    text = f"目标：{objective}\n关键结果1：会员复购率达到30%"
    assert statuses(text, "objective-not-inspiring") == ["pass"]


# -- decision 606: letters after a floor hold a number ---------------------------------------------


@pytest.mark.parametrize("kr", ["家庭年收入超过XXX", "年收入超过 XXX 万", "净资产不低于XX"])
def test_letters_after_a_floor_are_a_number(kr: str) -> None:
    text = f"目标：让家庭财务更稳健\n关键结果1：{kr}"
    assert statuses(text, "kr-not-quantified") == ["pass"]


def test_letters_naming_a_rival_after_a_floor_are_no_number() -> None:
    text = "目标：让口碑出圈\n关键结果1：超过xx产品的口碑"
    assert statuses(text, "kr-not-quantified") == ["fail"]


# -- decision 607: a bracketed tag before the wording ------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "（初三）通过错题本建设，降低学生重复出错的次数",
        "【夜班】借助排班小程序，月度缺岗人次降到5以内",
    ],
)
def test_a_bracketed_tag_then_a_means_clause_is_not_the_work(kr: str) -> None:
    text = f"目标：让老师轻松一点\n关键结果1：{kr}"
    assert statuses(text, "kr-is-task") == ["pass"]


def test_a_bracketed_tag_then_work_stays_work() -> None:
    text = "目标：让题库更好用\n关键结果1：（高中部）完成题库更新，增加标准题目数量"
    assert statuses(text, "kr-is-task") == ["fail"]


# -- decision 608: a web table with merged cells, copied as text ---------------------------------


def test_rows_that_lost_their_merged_cells_line_up_from_the_key_result() -> None:
    text = (
        "Objective 目标\tKey Results 关键结果\t备注\n"
        "O1 让会员愿意再来\tKR1: 复购率从18%提升到25%\t看季度数据\n"
        "KR2: 客单价提升到60元\t王芳\n李四\n"
        "O2 让新店三个月回本\tKR1: 新店月营业额突破30万\t张三\n"
        "KR2: 新店会员数达到800人\t赵敏"
    )
    assert shape(text) == [
        ("让会员愿意再来", ["复购率从18%提升到25%", "客单价提升到60元"]),
        ("让新店三个月回本", ["新店月营业额突破30万", "新店会员数达到800人"]),
    ]


def test_a_spreadsheet_row_without_labels_keeps_its_columns() -> None:
    text = "目标\t关键结果\t负责人\n提升会员复购\t复购率从18%提升到25%\n\t客单价提升到60元\t李四\n"
    assert shape(text) == [("提升会员复购", ["复购率从18%提升到25%", "客单价提升到60元"])]


# -- decision 609: a rate's 率 glued to the modal after it ----------------------------------------


@pytest.mark.parametrize("objective", ["回款率要提上去", "回款率得提上去", "周转额要做上去"])
def test_a_kpi_with_a_modal_before_its_verb_is_a_metric(objective: str) -> None:
    text = f"目标：{objective}\n关键结果1：回款率从80%提升到95%"
    assert statuses(text, "objective-is-metric") == ["fail"]


def test_a_quality_with_a_modal_is_no_metric() -> None:
    text = "目标：工作效率要高\n关键结果1：人均处理量提升到120单"
    assert statuses(text, "objective-is-metric") == ["pass"]


# -- decision 610: requirements and test cases are things built -----------------------------------


@pytest.mark.parametrize("kr", ["实现定制化需求", "完整的回归测试用例"])
def test_requirements_implemented_and_test_cases_are_deliverables(kr: str) -> None:
    text = f"目标：让排产系统更好用\n关键结果1：{kr}"
    assert statuses(text, "kr-is-task") == ["fail"]


def test_a_measure_of_requirements_stays_a_measure() -> None:
    text = "目标：让排产系统更好用\n关键结果1：需求平均交付周期缩短到5天"
    assert statuses(text, "kr-is-task") == ["pass"]


# -- decision 611: 消除 moves a measure as 减少 does --------------------------------------------------


@pytest.mark.parametrize("objective", ["消除稳定版本bug的数量", "消除客户投诉"])
def test_eliminating_a_count_of_bad_events_is_a_kpi_objective(objective: str) -> None:
    text = f"目标：{objective}\n关键结果1：线上bug数降到5个"
    assert statuses(text, "objective-is-metric") == ["fail"]


def test_eliminating_a_barrier_is_no_kpi() -> None:
    text = "目标：消除门店之间的数据壁垒\n关键结果1：数据打通的门店占比达到100%"
    assert statuses(text, "objective-is-metric") == ["pass"]


# -- decision 612: getting into the top N is a rank reached --------------------------------------


@pytest.mark.parametrize("kr", ["打榜进前10", "冲进前10", "销量排前3"])
def test_getting_into_the_top_n_is_a_result(kr: str) -> None:
    text = f"目标：让我们的存储被更多人看见\n关键结果1：{kr}"
    assert statuses(text, "kr-is-task") == ["pass"]
    assert statuses(text, "kr-not-quantified") == ["pass"]


def test_a_date_before_a_launch_is_still_a_date() -> None:
    text = "目标：让门店订单上线\n关键结果1：3月前上线小程序"
    assert statuses(text, "kr-no-deadline") == ["pass"]
    assert statuses(text, "kr-is-task") == ["fail"]


# -- decision 613: a measure, 至, its figure is a result of its own --------------------------------


@pytest.mark.parametrize(
    "kr", ["非职业收入超过 50万，占比至 30%", "通过副业，实现副业收入超过 20万，占比至 25%"]
)
def test_a_second_measure_written_with_zhi_makes_it_compound(kr: str) -> None:
    text = f"目标：让家庭财务更稳健\n关键结果1：{kr}"
    assert statuses(text, "kr-compound") == ["fail"]


def test_a_span_of_months_is_no_second_measure() -> None:
    text = "目标：让会员愿意再来\n关键结果1：3月至6月新增会员2000人"
    assert statuses(text, "kr-compound") == ["pass"]

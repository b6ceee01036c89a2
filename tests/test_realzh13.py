"""Chinese drafts in the shapes of real pages nobody had tuned for — guides that quote their
example OKRs in prose, test teams, hotels, factories, shops (issue 8, thirteenth round; decisions
920–928): each test is a draft written here in that shape, with the reading a person gives it."""

from __future__ import annotations

import pytest

from tests.test_parse_real8 import shape, statuses

# -- decision 920: an example objective quoted in a guide's sentence -----------------------------


def test_a_quoted_example_then_its_quoted_key_results_joined_by_or() -> None:
    text = (
        "• OKR是面向突破的目标。例如,“让社区药房成为街坊的首选”,其关键结果(KR)可能是"
        "“会员复购率提升到40%”或“到店客流增加30%”。KPI则管日常运营。"
    )
    assert shape(text) == [("让社区药房成为街坊的首选", ["会员复购率提升到40%", "到店客流增加30%"])]


def test_an_objective_named_in_corner_quotes_over_its_bullets() -> None:
    text = (
        "范例: 一个目标可能是:「成为本市最受欢迎的亲子餐厅」 相关的关键成果可能是:\n"
        "  • 周末翻台率达到3次\n  • 点评评分达到4.8"
    )
    assert shape(text) == [("成为本市最受欢迎的亲子餐厅", ["周末翻台率达到3次", "点评评分达到4.8"])]


# -- decision 921: "一个" in a quoted objective is an article, not a figure -----------------------


def test_a_quoted_objective_with_an_article_names_the_objective_of_the_list() -> None:
    text = (
        "在带教中,Objective 可以是「搭建一个完整的病区护理质控体系」。这个目标不必是数字。\n"
        "然而,光有目标还不够,还需设定具体的 Key Results,例如:\n"
        "1. 压疮发生率降到0.5%\n2. 护理文书合格率达到98%"
    )
    assert shape(text) == [
        ("搭建一个完整的病区护理质控体系", ["压疮发生率降到0.5%", "护理文书合格率达到98%"])
    ]


# -- decision 922: a guide's steps with their English names; "目标应……例如:" ------------------------


def test_guide_steps_and_example_sentences_around_one_okr() -> None:
    text = (
        "1. 设定目标(Objective)\n目标应清晰、可衡量,并且能鼓舞团队。例如:\n让每位新员工两周内独立上岗。\n"
        "2. 制定关键结果(Key Results)\n关键结果应可量化、可验证。例如:\n"
        "KR1: 新员工考核通过率达到95%。\nKR2: 带教满意度达到4.5分以上。"
    )
    assert shape(text) == [
        ("让每位新员工两周内独立上岗。", ["新员工考核通过率达到95%。", "带教满意度达到4.5分以上。"])
    ]


# -- decision 923: an objective named in a sentence; a paragraph about a key result --------------


def test_an_objective_named_in_prose_over_key_results_with_comments() -> None:
    text = (
        "我们先确定一个目标,让门店成为社区里最干净的早餐店。\n"
        "KR1:顾客卫生评分达到4.9\n"
        "这个关键成果主要看顾客的点评,所以每周都要整理一次评价。\n"
        "KR2:卫生抽检合格率100%\n"
        "抽检由区域经理来做,每月两次,结果在群里公布。没有通过的门店要当天整改。"
    )
    assert shape(text) == [
        ("让门店成为社区里最干净的早餐店", ["顾客卫生评分达到4.9", "卫生抽检合格率100%"])
    ]


# -- decision 924: "<topic>目标:" over its measures; key paths are the work -----------------------


def test_a_topic_goal_heading_is_the_objective_and_key_paths_are_no_key_results() -> None:
    text = (
        "门店服务目标:\n\n  • 顾客投诉少于5起;\n  • 好评率达到98%。\n\n关键路径举例:\n\n"
        "1、每周复盘差评;\n2、店长每天巡店。"
    )
    assert shape(text) == [("门店服务目标", ["顾客投诉少于5起;", "好评率达到98%。"])]


def test_a_period_goal_label_over_its_list_still_waits_for_wording() -> None:
    # "季度目标:" names the set's period, not a topic: the label reads as before (its wording
    # is empty, the list below holds its key results).
    text = "季度目标:\n- 顾客投诉少于5起\n- 好评率达到98%"
    assert shape(text)[0][0] != "季度目标"


# -- decision 925: labels inside quotes; "KR1=" labels; a line of run-together key results -------


def test_an_okr_quoted_inside_a_sentence() -> None:
    text = (
        "例如,某诊所把‘候诊满意度’作为KPI,同时设定OKR‘O1:缩短候诊时间;KR1:80%患者在20分钟内就诊’。"
        "护士站每天统计候诊数据。"
    )
    assert shape(text) == [("缩短候诊时间", ["80%患者在20分钟内就诊"])]


def test_key_results_labelled_with_an_equals_sign_end_with_their_line() -> None:
    text = (
        "例如:“在Q2把会员复购率提到30%”,其对应的关键结果可设为:KR1=会员数达5000人;"
        "KR2=复购率≥30%(行业均值)。\n分阶段落地:工具介绍"
    )
    assert shape(text) == [
        ("在Q2把会员复购率提到30%", ["会员数达5000人", "复购率≥30%(行业均值)。"])
    ]


# -- decision 926: "范例:" before an objective names no owner -------------------------------------


def test_an_example_prefix_is_no_owner() -> None:
    text = (
        "范例: 一个目标可能是:「成为本市最受欢迎的亲子餐厅」 相关的关键成果可能是:\n"
        "  • 周末翻台率达到3次\n  • 点评评分达到4.8"
    )
    assert statuses(text, "kr-no-owner") == ["fail", "fail"]


# -- decision 927: every one able to do it, every one on time ------------------------------------


@pytest.mark.parametrize("kr", ["每位新护士都能够独立完成静脉穿刺", "所有版本都按时上线"])
def test_every_one_able_or_on_time_is_no_task(kr: str) -> None:
    assert statuses(f"目标：让病区护理更安心\n关键结果1：{kr}", "kr-is-task") == ["pass"]


# -- decision 928: a floor on a count of efforts ---------------------------------------------------


def test_a_floor_on_courses_completed_still_counts_efforts() -> None:
    text = "目标：让急诊护士更从容\n关键结果1：完成至少3门急救培训课程"
    verdicts = statuses(text, "kr-is-task") + statuses(text, "kr-activity-count")
    assert "fail" in verdicts


# -- decision 929: "O 是X;…KR…:" names the objective of the lists below; version marks -----------


def test_an_objective_named_with_o_shi_over_versions_of_its_key_results() -> None:
    text = (
        "举个例子,假设 O 是打破门店月度客流纪录;而 KR 部分,常见两种写法:\n\n"
        "< 1 >\n1.发放 500 张优惠券\n2.举办 2 场试吃会\n\n"
        "< 2 >\n1.月客流达到 3 万人次\n2.新会员达到 800 人"
    )
    assert shape(text) == [
        (
            "打破门店月度客流纪录",
            ["发放 500 张优惠券", "举办 2 场试吃会", "月客流达到 3 万人次", "新会员达到 800 人"],
        )
    ]


# -- decision 930: a record is the best ever; a quarter as the measure's window ------------------


def test_a_record_in_the_objective_is_an_aspiration() -> None:
    text = "目标：创下门店单日销量纪录\n关键结果1：单日销量达到2000杯"
    assert statuses(text, "objective-not-inspiring") == ["pass"]


@pytest.mark.parametrize(
    ("objective", "verdict"),
    [("把季度新签客户数做到全区第一", "pass"), ("按时提交季度复盘报告", "fail")],
)
def test_a_quarter_as_the_measures_window_times_the_objective(objective: str, verdict: str) -> None:
    text = f"目标：{objective}\n关键结果1：新签客户30家"
    assert statuses(text, "objective-no-timeframe") == [verdict]


# -- decision 931: objectives quoted in a guide's paragraph, with the key results it lists -------


def test_objectives_named_in_a_paragraph_with_their_listed_key_results() -> None:
    text = (
        "目标:把试吃会办成门店引流的第一入口\nKR1:试吃转化率达到25%\n"
        "分阶段来看,开业期建议以“让周边三公里都知道这家店”为目标。关键成果包括:到店新客达到1500人,"
        "点评收藏数超过800(同商圈均值约500),以及社群人数达到400人。稳定期目标应锁定“提升熟客回头率”。"
        "店长可以从三个动作入手:会员日、积分兑换、生日券。"
    )
    assert shape(text) == [
        ("把试吃会办成门店引流的第一入口", ["试吃转化率达到25%"]),
        (
            "让周边三公里都知道这家店",
            ["到店新客达到1500人", "点评收藏数超过800(同商圈均值约500)", "社群人数达到400人"],
        ),
        ("提升熟客回头率", []),
    ]


def test_okr_goals_and_key_results_quoted_in_a_factory_article() -> None:
    text = (
        "1、目标的层层分解\n\n某工厂通过三级分解机制,将“交付准时率≥98%”的OKR目标,转化为计划部“排产达成率≥95%”、"
        "仓储部“备料齐套率提升到99%”等具体指标,确保目标落地执行。\n\n"
        "2、过程中的纠偏\n\n某企业在OKR目标“换线时间缩短30%”的推进过程中,将“单次换线不超过20分钟”的关键成果与"
        "班组看板联动,每天早会复盘。"
    )
    got = [(o, krs) for o, krs in shape(text) if krs or "%" in o]
    assert got == [
        ("交付准时率≥98%", ["排产达成率≥95%", "备料齐套率提升到99%"]),
        ("换线时间缩短30%", ["单次换线不超过20分钟"]),
    ]
    # the department before each quoted measure owns it; the quoted key result has no owner
    assert statuses(text, "kr-no-owner") == ["pass", "pass", "fail"]

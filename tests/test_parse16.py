"""Shapes of pasted pages the parser did not read (issue 8 item 5, sixteenth round, decisions
1200-1211). Each draft is written here in its own wording; each positive test failed on main
(60104b1). The guards keep what the shapes must not swallow."""

from __future__ import annotations

import pytest

from coach.errors import InputError
from coach.parse import parse_text as parse
from coach.parse_shapes import mend


def shape(text: str) -> list[tuple[str, list[str]]]:
    return [(o.text, [k.text for k in o.key_results]) for o in parse(text).objectives]


# Decision 1200: split label words and page footers from a PDF's text.
def test_mend_keeps_every_offset() -> None:
    for t in ["Objec tive 1. 2: Ensure x", "Key Res ults", "Page 7 of 20", "第 3 页 共 12 页"]:
        assert len(mend(t)) == len(t)
    assert mend("Objec tive 1. 2: Ensure x").startswith("Objective 1.2")
    assert mend("Key Res ults").rstrip() == "Key Results"
    assert (
        mend("Objective 1.1: ok\nGoal 2: Effec tively") == "Objective 1.1: ok\nGoal 2: Effec tively"
    )


def test_item_row_ending_in_page_number_is_no_footer() -> None:
    assert mend("KR2 | Redesign the pricing page 2") == "KR2 | Redesign the pricing page 2"


def test_split_labels_and_footer_in_a_budget_book() -> None:
    text = (
        "Goal 1: Keep Streets Safe\n"
        "Objec tive 1.1: Reduce response times for priority calls across all districts.\n"
        "Performance Measure 1.1.1: Average response time to priority calls.\n"
        "FY 2025-2026 Annual Budget | Riverton Page 41\n"
        "Objec tive 1. 2: Improve traffic safety near schools.\n"
        "Performance Measure 1. 2 .1: Number of school-zone collisions.\n"
    )
    got = shape(text)
    assert [o for o, _ in got] == [
        "Keep Streets Safe",
        "Reduce response times for priority calls across all districts.",
        "Improve traffic safety near schools.",
    ]
    assert got[1][1] == ["Average response time to priority calls."]
    assert got[2][1] == ["Number of school-zone collisions."]
    d = parse(text)
    assert "Objec tive" in d.text  # the draft keeps what was pasted


def test_footer_between_chinese_objectives_is_no_item() -> None:
    got = shape(
        "目标一：提升市民办事体验\n关键结果1：网上办理事项占比达到80%\n第 3 页 共 12 页\n"
        "目标二：提高政务数据开放水平\n关键结果1：开放数据集数量达到200个\n"
    )
    assert got == [
        ("提升市民办事体验", ["网上办理事项占比达到80%"]),
        ("提高政务数据开放水平", ["开放数据集数量达到200个"]),
    ]


# Decision 1201: numbered "Initiative 1.1:" / "Strategy 2.1:" rows are work; "Measure 1.1:" a KR.
def test_numbered_initiatives_are_work_not_key_results() -> None:
    d = parse(
        "Goal 1: Grow a reading community in every neighbourhood\n"
        "Initiative 1.1: Open two pop-up reading rooms in the east district\n"
        "Measure 1.1: Summer reading sign-ups rise from 1,200 to 2,000\n"
        "Goal 2: Make the library's digital collection easy to reach\n"
        "Strategy 2.1: Redesign the online catalogue search\n"
        "Measure 2.1: Monthly e-book loans reach 15,000\n"
    )
    assert [(o.text, [k.text for k in o.key_results]) for o in d.objectives] == [
        (
            "Grow a reading community in every neighbourhood",
            ["Summer reading sign-ups rise from 1,200 to 2,000"],
        ),
        (
            "Make the library's digital collection easy to reach",
            ["Monthly e-book loans reach 15,000"],
        ),
    ]
    assert any("Initiative 1.1" in t for t, _s, _e in d.prose)


# Decision 1202: an assessment plan's form with "AT=" achievement targets.
def test_assessment_form_rows() -> None:
    got = shape(
        "| Unit: Office of Student Success |\n"
        "| GOAL 2: RETENTION -- Every first-year student finds a reason and a way to stay |\n"
        "| OBJECTIVE 2a: Students at risk are reached before midterms |\n"
        "- CR= Advisors contact flagged students within one week\n"
        "- AT= 85% of flagged students met an advisor before week 8\n"
        "- CR= Tutoring is used by those who need it\n"
        "- AT= Tutoring visits by flagged students up 25% on last year\n"
    )
    assert got == [
        ("RETENTION -- Every first-year student finds a reason and a way to stay", []),
        (
            "Students at risk are reached before midterms",
            [
                "85% of flagged students met an advisor before week 8",
                "Tutoring visits by flagged students up 25% on last year",
            ],
        ),
    ]


# Decision 1203: heading / statement / "• Goal:" bullets.
def test_statement_over_goal_bullets() -> None:
    got = shape(
        "Healthy Parks\nEvery resident lives within a ten-minute walk of a clean, safe park.\n"
        "- Goal: Playgrounds are inspected monthly and repaired within a week.\n"
        "- Goal: Park restrooms are open from dawn to dusk all year.\n"
        "Green Streets\nTree cover grows in the neighbourhoods that have the least shade today.\n"
        "- Goal: 2,000 street trees are planted in the south and east wards.\n"
    )
    assert [o for o, _ in got] == [
        "Every resident lives within a ten-minute walk of a clean, safe park.",
        "Tree cover grows in the neighbourhoods that have the least shade today.",
    ]
    assert [len(k) for _, k in got] == [2, 1]


def test_one_goal_bullet_run_is_not_a_plan() -> None:
    got = shape("Objective: Grow the club\n- Goal: 40 members by June\n- Goal: 6 events a term\n")
    assert got[0][0] == "Grow the club"


# Decisions 1204-1207: Chinese guides.
def test_objective_after_colon_with_bracketed_krs() -> None:
    got = shape(
        "做好目标设定，要避免空喊口号，好的Objective应符合SMART原则:本季度门店会员复购率提升至40%。"
        "关键结果可以按三类设计:拉新指标(新会员增长3000人)、留存指标(月流失率降至5%)、"
        "价值指标(会员年均消费突破2000元)。"
    )
    assert got == [
        (
            "本季度门店会员复购率提升至40%",
            ["新会员增长3000人", "月流失率降至5%", "会员年均消费突破2000元"],
        )
    ]


def test_objectives_after_liru_and_quoted_kr() -> None:
    got = shape(
        "学校可以借助OKR设定学期目标，例如提高学生阅读兴趣、减少作业拖欠等，让老师们形成合力。\n"
        "关键结果要能量化，可以设定如“学生每月平均借阅量提升至4本”等具体指标，方便跟踪。\n"
    )
    assert got == [("提高学生阅读兴趣", ["学生每月平均借阅量提升至4本"]), ("减少作业拖欠", [])]


def test_two_quoted_objectives_in_one_line() -> None:
    got = shape(
        "公司层面先确定年度目标，如 “打造行业领先的客户服务体验”。随后逐级分解，"
        "例如客服中心的目标可能是 “客户问题首次解决率提升到85%”。\n"
    )
    assert [o for o, _ in got] == ["打造行业领先的客户服务体验", "客户问题首次解决率提升到85%"]


def test_cascade_rows_are_objectives() -> None:
    got = shape(
        "错误示范:\n- 总经理:利润增长 30%\n- 销售部:签约新客户 80 家\n- 销售 B:每周打 100 个电话\n"
    )
    assert got == [("利润增长 30%", []), ("签约新客户 80 家", []), ("每周打 100 个电话", [])]


def test_role_rows_under_an_objective_stay_key_results() -> None:
    got = shape("目标：提升销售额\n- 销售部：签约新客户 80 家\n- 市场部：线索增长 30%\n")
    assert got[0][0] == "提升销售额"
    assert len(got[0][1]) == 2


# Decision 1208: a "Target:" row right under an objective.
def test_target_under_objective_is_its_target() -> None:
    d = parse(
        "Objective: Grow the partner channel\nTarget: $1.2M partner revenue by December\n"
        "KR1: Sign 12 new resellers\nKR2: Train 30 partner sales reps\n"
    )
    assert [k.text for k in d.objectives[0].key_results] == [
        "Sign 12 new resellers",
        "Train 30 partner sales reps",
    ]
    assert d.objectives[0].cells["target"].text == "$1.2M partner revenue by December"


def test_zh_target_value_under_objective() -> None:
    got = shape("目标：提升客户满意度\n目标值：NPS达到50\n关键结果1：投诉响应时间缩短到2小时\n")
    assert got == [("提升客户满意度", ["投诉响应时间缩短到2小时"])]


def test_target_rows_alone_stay_key_results() -> None:
    got = shape("Objective: Faster checkout\n- Target: conversion from 2.1% to 3.0%\n")
    assert len(got[0][1]) == 1


# Decision 1209: "Progress:" between a bare KR label and its wording.
@pytest.mark.parametrize(
    ("text", "krs"),
    [
        (
            "Objective: Make the help center useful\nKR1\n  Progress: 40%\n"
            "  Deflect 30% of tickets through articles\nKR2\n  Status: at risk\n  Publish 50 new articles\n",
            ["Deflect 30% of tickets through articles", "Publish 50 new articles"],
        ),
        (
            "目标：提高线上销售额\nKR1\n  进度：60%\n  天猫店月销售额达到300万\nKR2\n  进度：20%\n  复购率提升到35%\n",
            ["天猫店月销售额达到300万", "复购率提升到35%"],
        ),
    ],
)
def test_progress_row_is_no_wording(text: str, krs: list[str]) -> None:
    assert shape(text)[0][1] == krs


# Decision 1210: a goal sentence, then unnumbered measured pieces.
def test_goal_sentence_with_unnumbered_measured_krs() -> None:
    got = shape(
        "My goal for Q3 2026 is to become a confident public speaker. Key results: give 3 talks "
        "at local meetups; get an average feedback score of 4 out of 5; record and review 10 "
        "practice sessions.\n"
    )
    assert got[0][0] == "become a confident public speaker"
    assert len(got[0][1]) == 3


# Decision 1211: definition lines are no items.
@pytest.mark.parametrize(
    "text",
    [
        "O是我们要去的方向，KR是衡量我们是否到达的刻度。",
        "An objective is where you want to go; key results are how you measure getting there.",
    ],
)
def test_definition_alone_is_no_okr(text: str) -> None:
    with pytest.raises(InputError):
        parse(text)


def test_definition_line_above_an_okr() -> None:
    got = shape(
        "Objective: what you want to achieve. Key results: how you will measure it.\n"
        "Objective: Ship a calmer on-call\nKR1: Pages per week under 5\n"
    )
    assert got == [("Ship a calmer on-call", ["Pages per week under 5"])]


def test_okr_said_with_figure_is_kept() -> None:
    assert shape("比如O是提升品牌知名度，KR是官网月访问量增长50%。") == [
        ("提升品牌知名度", ["官网月访问量增长50%"])
    ]


# Decision 1213: a numbered outline of dash labels; the action rows are work.
def test_numbered_outline_with_actions() -> None:
    got = shape(
        "Running plan\n- Objective - Finish my first marathon\n"
        "1.1 Key Result 1 - Run 40 km a week by June\n1.1.1 Action 1 - Join the Tuesday club run\n"
        "1.1.2 Action 2 - Buy proper shoes\n1.2 Key Result 2 - Finish a half marathon under 2 hours\n"
        "1.2.1 Action 1 - Do intervals every Thursday\n"
    )
    assert got == [
        (
            "Finish my first marathon",
            ["Run 40 km a week by June", "Finish a half marathon under 2 hours"],
        )
    ]


def test_zh_numbered_outline_with_actions() -> None:
    got = shape(
        "1 目标 - 提升公众号影响力\n1.1 关键结果1 - 粉丝数达到2万\n1.1.1 行动1 - 每周发3篇原创\n"
        "1.2 关键结果2 - 单篇平均阅读量3000\n1.2.1 行动1 - 与5个同类号互推\n"
    )
    assert got == [("提升公众号影响力", ["粉丝数达到2万", "单篇平均阅读量3000"])]


# Decision 1214: a quoted sentence naming an OKR as a list of measures.
def test_quoted_okr_list_gives_one_objective_a_piece() -> None:
    got = shape(
        "2. 常见误区\n“我们部门的OKR就是销售额增长30%、回款率达到95%、新客户50家。”\n这样写出来的只是KPI清单。\n"
    )
    assert got == [("销售额增长30%", []), ("回款率达到95%", []), ("新客户50家", [])]


def test_quoted_goal_without_measures_is_not_a_list() -> None:
    got = shape("“我们的目标是做大做强、服务好客户。”这句话说了等于没说。\n")
    assert "做大做强" not in [o for o, _ in got]


# Decision 1215: traditional-character labels.
def test_traditional_labels_are_read() -> None:
    got = shape(
        "目標：提升門市回購率\n關鍵結果1：會員回購率從25%提升到40%\n關鍵結果2：會員月均消費達到300元\n"
    )
    assert got == [("提升門市回購率", ["會員回購率從25%提升到40%", "會員月均消費達到300元"])]


def test_traditional_labels_with_dash_bullets() -> None:
    got = shape(
        "目標:為團隊打造可預測的交付節奏\n關鍵結果:\n– 10次迭代中有8次按時交付\n– 每次迭代都有回顧會議紀錄\n"
    )
    assert got == [
        ("為團隊打造可預測的交付節奏", ["10次迭代中有8次按時交付", "每次迭代都有回顧會議紀錄"])
    ]
    assert parse("目標：提升門市回購率\n關鍵結果：會員回購率達40%\n").text.startswith("目標")


# Decision 1216: a quote, a dash and a remark on it.
def test_quote_then_remark_is_the_quote() -> None:
    got = shape(
        "- ❌ “提升系统稳定性” —— 这是一个愿望,不是目标。\n"
        "- ✅ “本季度核心服务可用率从99.5%提升到99.9%” —— 有数字,有期限。\n"
    )
    assert [o for o, _ in got] == ["提升系统稳定性", "本季度核心服务可用率从99.5%提升到99.9%"]


def test_named_key_result_after_a_quote_is_kept() -> None:
    got = shape(
        "Objective: Win the market\nKR1: “Customer love” — NPS above 50\nKR2: “Speed” — ship weekly\n"
    )
    assert got[0][1] == ["“Customer love” — NPS above 50", "“Speed” — ship weekly"]


# Decision 1217: an objective told in a sentence, key results under a lead-in that names them.
def test_told_objective_over_kr_lead_in() -> None:
    got = shape(
        "Meet Tom\n\nTom joined our planning day last spring. Unlike most of us, he knew exactly "
        "what he wanted: his first OKR was to run a full marathon before his 40th birthday. We "
        "all thought it was a great objective.\n\nHe then wrote his key results like this:\n\n"
        "- Run three times a week from March\n- Finish a half marathon by June\n"
        "- Keep his weekly long run above 25 km\n"
    )
    assert got == [
        (
            "run a full marathon before his 40th birthday",
            [
                "Run three times a week from March",
                "Finish a half marathon by June",
                "Keep his weekly long run above 25 km",
            ],
        )
    ]


def test_told_objective_on_the_lead_in_line() -> None:
    got = shape(
        "Our team's objective this quarter was to make onboarding self-serve. Here are the KRs "
        "we picked:\n- Cut setup calls from 40 a month to 10\n- 80% of new accounts finish setup "
        "without help\n"
    )
    assert got[0][0] == "make onboarding self-serve"
    assert len(got[0][1]) == 2


def test_labelled_objective_is_not_replaced_by_a_told_one() -> None:
    got = shape(
        "My goal is to get fit. Unrelated.\n\nObjective: Grow sales\n- Sign 10 clients\n- Open 2 stores\n"
    )
    assert got == [("Grow sales", ["Sign 10 clients", "Open 2 stores"])]

"""Shapes of pasted pages the parser did not read (issue 8 item 5, fourteenth round, decisions
1025-1031). Each draft is written here in its own wording, in the shape of pages studied in this
round (county and city plans, OKRs said inside Chinese prose, metric rows, guides that talk about
key results before their example); each positive test failed on main (2e17233). The guards keep
what the shapes must not swallow."""

from __future__ import annotations

import pytest

from coach.errors import InputError
from coach.parse import parse_text as parse
from coach.parse_shapes import said_in_prose


def shape(text: str) -> list[tuple[str, list[str]]]:
    return [(o.text, [k.text for k in o.key_results]) for o in parse(text).objectives]


# Decision 1025: an OKR said inside a sentence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "周会上又聊到OKR怎么写。我给大家举了个例子，比如O是让门店成为街坊每天都来的地方，"
            "KR1是日均客流从300人提升到450人，KR2是会员复购率达到35%。大家说这样一看就懂。",
            [("让门店成为街坊每天都来的地方", ["日均客流从300人提升到450人", "会员复购率达到35%"])],
        ),
        (
            "O是把新人带教周期缩短到两个月,KR1是新人首月独立接单率达到80%,KR2是带教满意度4.5分以上",
            [("把新人带教周期缩短到两个月", ["新人首月独立接单率达到80%", "带教满意度4.5分以上"])],
        ),
        (
            "那次复盘里，团队的目标是打造全城最快的上门维修服务，关键结果之一是“平均上门时长压到90分钟”。",
            [("打造全城最快的上门维修服务", ["平均上门时长压到90分钟"])],
        ),
        (
            "我们这季度的O就是“让客服成为客户最信任的人”，关键结果1为首次解决率从70%到85%，"
            "关键结果2为差评率降到1%以下。",
            [("让客服成为客户最信任的人", ["首次解决率从70%到85%", "差评率降到1%以下"])],
        ),
        (
            "Say the O is to make onboarding painless for small teams, KR1 is cutting setup time from "
            "2 days to 2 hours, and KR2 is 90% of new teams active in week one.",
            [
                (
                    "to make onboarding painless for small teams",
                    [
                        "cutting setup time from 2 days to 2 hours",
                        "90% of new teams active in week one",
                    ],
                )
            ],
        ),
    ],
)
def test_an_okr_said_inside_a_sentence(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert shape(text) == expected


def test_a_sentence_that_defines_the_method_is_no_okr() -> None:
    # "O是目标，KR是衡量标准" names the parts of the method; nothing is read from it, and a
    # labelled set on the same page is read as written.
    text = (
        "O 是目标，KR 是衡量标准。\n"
        "O：让仓库发货又快又准\n"
        "KR1：当日发货率从82%提升到95%\n"
        "KR2：错发率降到0.3%以内\n"
    )
    assert shape(text) == [
        ("让仓库发货又快又准", ["当日发货率从82%提升到95%", "错发率降到0.3%以内"])
    ]
    # no key result is invented from the definitions
    assert said_in_prose("O是目标，KR是关键结果。") is None
    assert said_in_prose("O 是 Objective 的缩写，KR 是 Key Results 的缩写。") is None
    # a definition with neither a figure nor a quoted result in its key results
    assert said_in_prose("简单说，O是我们要去的方向，KR是衡量有没有到达的标准。") is None
    assert (
        said_in_prose("The O is what you want to achieve, and the KR is how you measure it.")
        is None
    )


# Decision 1026: a sentence whose subject is "KR" above the example is prose, not an orphan.
def test_sentences_about_krs_above_the_example_are_prose() -> None:
    text = (
        "KR should be something you can count at the end of the quarter.\n"
        "KR should describe a result rather than a piece of work\n"
        "Here is a team's first draft:\n"
        "O: Make the night shift as safe as the day shift.\n"
        "KR1: Cut recordable injuries on nights from 9 to 3;\n"
        "KR2: Every night lead finishes the first-aid course;\n"
    )
    assert shape(text) == [
        (
            "Make the night shift as safe as the day shift.",
            [
                "Cut recordable injuries on nights from 9 to 3;",
                "Every night lead finishes the first-aid course;",
            ],
        )
    ]


def test_a_kr_label_alone_before_any_objective_is_still_refused() -> None:
    with pytest.raises(InputError):
        parse("KR1: Raise NPS from 30 to 45\nO: Delight our customers")


# Decisions 1027-1029: county and city plans.
def test_county_plan_with_strategy_action_and_measure_rows() -> None:
    text = (
        "Goal 1: A river you can swim in again\n\n"
        "Objective 1.1: Stop raw sewage reaching the river in storms\n"
        "Strategy: Separate the storm drains in the old town\n"
        "Action: Map every combined outfall with the water board by May\n"
        "Action: Apply for the state clean-water grant\n"
        "Measure: Overflow events a year, from 22 in 2024 to 5 in 2027\n\n"
        "Objective 1.2: Bring people back to the riverbank\n"
        "Strategy: Open two supervised swimming spots\n"
        "Performance Measure: Summer visitors counted at the spots, 0 to 8,000 by 2027\n\n"
        "Focus Area 2 — Streets that work for walking\n"
        "Objective 2.1: Make crossings safe for children\n"
        "Key Steps: Audit the 30 crossings nearest schools\n"
        "Metric: Crossings with a signal or a guard, from 12 to 30\n"
    )
    assert shape(text) == [
        ("A river you can swim in again", []),
        (
            "Stop raw sewage reaching the river in storms",
            ["Overflow events a year, from 22 in 2024 to 5 in 2027"],
        ),
        (
            "Bring people back to the riverbank",
            ["Summer visitors counted at the spots, 0 to 8,000 by 2027"],
        ),
        ("Streets that work for walking", []),
        ("Make crossings safe for children", ["Crossings with a signal or a guard, from 12 to 30"]),
    ]


def test_goal_named_in_title_case_takes_the_statement_below() -> None:
    text = (
        "Strategic Plan Goals\n\n"
        "Goal A. Safe and Connected Neighborhoods\n"
        "Reduce traffic injuries and give every block a park within a ten-minute walk.\n\n"
        "Goal B. Fiscal Health\n"
        "Keep reserves above two months of spending while holding the tax rate flat.\n"
    )
    assert shape(text) == [
        ("Reduce traffic injuries and give every block a park within a ten-minute walk.", []),
        ("Keep reserves above two months of spending while holding the tax rate flat.", []),
    ]


def test_numbered_goals_with_statements_and_objective_bullets() -> None:
    # "Goal / Focus Area 2" after "Objective 2" under Goal 1 is the next goal, not Objective 2
    # restated.
    text = (
        "Goal / Focus Area 1: Public Health\n\n"
        "To lengthen healthy life for every resident through prevention and early care.\n\n"
        "  • Objective 1: Vaccinate more children before school entry.\n"
        "  • Objective 2: Open a second community clinic in the east end.\n\n"
        "Goal / Focus Area 2: Housing\n\n"
        "To keep homes within reach of the people who work in the county.\n\n"
        "  • Objective 1: Permit more small rental units each year.\n"
    )
    assert [o for o, _ in shape(text)] == [
        "To lengthen healthy life for every resident through prevention and early care.",
        "Vaccinate more children before school entry.",
        "Open a second community clinic in the east end.",
        "To keep homes within reach of the people who work in the county.",
        "Permit more small rental units each year.",
    ]


def test_a_goal_in_plain_words_keeps_its_wording() -> None:
    # Not a name in Title Case: the goal's own words stay; the sentence below is its remark.
    text = (
        "Goal 1: A safer downtown after dark\n"
        "We heard this at every listening session last spring and it leads the plan.\n"
        "- Objective 1.1: Cut night-time pedestrian injuries on Main Street\n"
    )
    assert shape(text)[0] == ("A safer downtown after dark", [])


# Decision 1028: a metric row and its target.
def test_metric_rows_under_a_bare_kr_label() -> None:
    text = (
        "Objective: Make our help centre the first place customers look\n"
        "- KR1\n"
        "  Metric: Share of tickets deflected by help articles\n"
        "  Baseline: 18%\n"
        "  Target: 35% by end of Q3\n"
        "- KR2\n"
        "  Metric: Help article satisfaction score\n"
        "  Target: 4.5 out of 5\n"
    )
    d = parse(text)
    krs = d.objectives[0].key_results
    assert [k.text for k in krs] == [
        "Share of tickets deflected by help articles",
        "Help article satisfaction score",
    ]
    assert krs[0].cells["target"].text == "35% by end of Q3"
    assert krs[0].cells["baseline"].text == "18%"
    assert krs[1].cells["target"].text == "4.5 out of 5"


def test_metric_rows_right_under_an_objective() -> None:
    text = (
        "Objective: Keep the clinic's phones answered\n"
        "Metric: Calls answered within 60 seconds\n"
        "Target: 90% by June\n"
        "KPI: Abandoned calls per week\n"
        "Target: under 20\n"
    )
    d = parse(text)
    krs = d.objectives[0].key_results
    assert [k.text for k in krs] == [
        "Calls answered within 60 seconds",
        "Abandoned calls per week",
    ]
    assert [k.cells["target"].text for k in krs] == ["90% by June", "under 20"]


# Decision 1030: a plant's target sheet.
def test_target_sheet_with_sections_and_measure_rows() -> None:
    text = (
        "2026年一车间年度目标\n"
        "一、质量目标\n"
        "为达成年度方针，本车间质量目标为：\n"
        "成品一次合格率：≥98.5%；\n"
        "客户投诉：≤6起/年；\n"
        "二、交付目标\n"
        "订单准时交付率：≥97%；\n"
        "在制品周转：≤5天。\n"
        "负责人：刘工\n"
    )
    assert shape(text) == [
        ("质量目标", ["成品一次合格率：≥98.5%；", "客户投诉：≤6起/年；"]),
        ("交付目标", ["订单准时交付率：≥97%；", "在制品周转：≤5天。"]),
    ]


def test_target_sheet_with_bracketed_numbers_and_a_row_over_its_targets() -> None:
    text = (
        "（一）成本目标：\n"
        "1、单件能耗：较去年下降8%；\n"
        "2、原材料损耗率：控制在1.5%以内；\n"
        "（二）效率目标：\n"
        "1、设备综合效率：\n"
        "A线≥85%；B线≥80%。\n"
        "说明：按月统计，取季度平均。\n"
        "2、换型时间：≤25分钟。\n"
    )
    assert shape(text) == [
        ("成本目标", ["单件能耗：较去年下降8%；", "原材料损耗率：控制在1.5%以内；"]),
        ("效率目标", ["设备综合效率： A线≥85%；B线≥80%。", "换型时间：≤25分钟。"]),
    ]


def test_a_numbered_zh_plan_with_labelled_lines_is_read_as_before() -> None:
    text = "一、质量目标\n1.1 产品一次交验合格率达到99.2%\n1.2 客户投诉全年不超过6起\n"
    assert shape(text) == [("质量目标", ["产品一次交验合格率达到99.2%", "客户投诉全年不超过6起"])]


# Decision 1031: "Key Result" labels alone on their lines under a short statement.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Make the front desk a place people like to call.\n\nKey Result\n\n"
            "Answer 95% of calls within four rings.\n\nKey Result\n\n"
            "Cut callbacks for missing information from 30 to 10 a week.\n",
            [
                (
                    "Make the front desk a place people like to call.",
                    [
                        "Answer 95% of calls within four rings.",
                        "Cut callbacks for missing information from 30 to 10 a week.",
                    ],
                )
            ],
        ),
        (
            "让老客户愿意回来\n\n关键结果\n\n续费率从80%提升到90%\n\n关键结果\n\n老客户转介绍每月20单\n",
            [("让老客户愿意回来", ["续费率从80%提升到90%", "老客户转介绍每月20单"])],
        ),
    ],
)
def test_key_result_labels_alone_under_a_statement(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert shape(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We met on Monday. Lots of ideas came up and we agreed to write them down.\n\n"
        "Key Result\n\nShip 3 features\n",
        "我们的季度方向：\n\n关键结果\n\n续费率从80%到90%\n",
    ],
)
def test_a_paragraph_or_a_lead_in_above_the_labels_is_no_objective(text: str) -> None:
    with pytest.raises(InputError):
        parse(text)


# Decision 1032: a key-result number used again under the same objective, as a remark.
def test_remarks_that_reuse_a_kr_number_are_no_key_results() -> None:
    text = (
        "O: Make the weekly newsletter something people open.\n"
        "KR 1: Open rate from 22% to 35%;\n"
        "KR 2: Send every issue by Friday 9am;\n"
        "Review:\n"
        "KR 1: A fair measure. Opens are easy to count, though a bot can inflate them.\n"
        "KR 2: a task we would do anyway, not a result\n"
    )
    assert shape(text) == [
        (
            "Make the weekly newsletter something people open.",
            ["Open rate from 22% to 35%;", "Send every issue by Friday 9am;"],
        )
    ]


def test_kr_numbers_that_count_within_each_objective_are_kept() -> None:
    text = (
        "O1. Ship it right\n"
        "  KR1.1 Order accuracy from 99.1% to 99.6%\n"
        "  KR1.2 Retrain all pickers on the new slotting\n"
        "O2. Calm returns\n"
        "  KR2.1 Eliminate the returns backlog\n"
    )
    assert [len(krs) for _, krs in shape(text)] == [2, 1]

"""The general per-line reading where the layout readings give up (issue 8 item 5, decisions
705-711; coach/parse_fallback.py): a page with no labels and no layout the parser knows, a list
of measured results under a lead-in, a prose line that mentions key results, a lead-in over a
two-level checkbox list. Each draft is written here in the layout's shape with its own wording;
each test failed before the fallback reading."""

from __future__ import annotations

import pytest

from coach.errors import InputError
from coach.parse import parse_text as parse
from coach.parse_fallback import has_figure, is_prose, read_lines


def shape(text: str) -> list[tuple[str, list[str]]]:
    return [(o.text, [k.text for k in o.key_results]) for o in parse(text).objectives]


# Decision 705: a monthly check-in post, names on bare lines between paragraphs.
CHECK_IN = (
    "March check-in\n"
    "I track my goals with OKRs and post a review every month.\n"
    "Get fit for the autumn marathon\n"
    "I am on track here, with most long runs done.\n"
    "Run 300 km this quarter\n"
    "That one is behind because of a cold in week two. I expect to catch up.\n"
    "Ship the garden shed\n"
)


def test_a_refused_page_is_read_line_by_line_leaving_prose_and_title_out() -> None:
    assert shape(CHECK_IN) == [
        ("Get fit for the autumn marathon", ["Run 300 km this quarter"]),
        ("Ship the garden shed", []),
    ]


# Decision 706: two depths by indent, no markers (a tab-indented paste) — read as outline.
def test_two_depths_read_as_objectives_over_their_key_results() -> None:
    found = read_lines(
        "Make the bakery the morning stop\n"
        "\tCustomers before 9 am up 30%\n"
        "\tCroissant sell-out days up to 4 a week\n"
        "Win the office lunch crowd\n"
        "\tOffices ordering weekly from 3 to 12\n"
    )
    assert found is not None
    assert [(f.kind, f.parent) for f in found] == [
        ("objective", None),
        ("kr", 0),
        ("kr", 0),
        ("objective", None),
        ("kr", 3),
    ]


# Decision 707: flat unlabelled lines, a figure marks a key result.
def test_flat_lines_a_figure_marks_the_key_results() -> None:
    text = "改善门店体验\n顾客好评率达到95%\n到店复购率从20%提升到28%\n开拓线上渠道\n线上订单占比提升到30%\n"
    assert shape(text) == [
        ("改善门店体验", ["顾客好评率达到95%", "到店复购率从20%提升到28%"]),
        ("开拓线上渠道", ["线上订单占比提升到30%"]),
    ]
    assert shape(
        "Make our clinic the easiest to book\nOnline bookings reach 70% of visits\n"
        "Keep patients coming back\nReturn-visit rate from 40% to 55%\n"
    ) == [
        ("Make our clinic the easiest to book", ["Online bookings reach 70% of visits"]),
        ("Keep patients coming back", ["Return-visit rate from 40% to 55%"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "We met on Tuesday to talk about the plan.\nEveryone agreed the launch went well.\n",
        "KR1: Raise NPS from 30 to 45\nKR2: Cut churn to 3%\n",
        "Groceries\n2 litres of milk\n6 eggs\nBread\n",
        "Hi team,\n\nQuick update on the release.\nBuild 42 passed QA\nWe ship on Friday.\n",
        "周报\n本周完成\n修复了3个线上问题\n下周计划\n上线新版登录页\n",
        "Meeting notes 12 May\nAttendees: Ana, Bo\nBudget review\nSpent 80% of Q2 budget\n",
    ],
)
def test_prose_lone_key_results_and_pages_that_are_no_set_are_still_refused(text: str) -> None:
    with pytest.raises(InputError):
        parse(text)


def test_a_date_is_no_target_figure() -> None:
    assert not has_figure("Q3 2026 roadmap")
    assert not has_figure("6月底前上线会员体系")
    assert has_figure("Weekend visits up from 300 to 450")


# Decision 708: a glossary page names the objective in a sentence and lists the measures.
def test_measured_results_under_a_lead_in_belong_to_the_objective_it_names() -> None:
    text = (
        "Clinics use OKRs to focus their teams. For instance, a clinic may name shorter waits "
        "for walk-in patients as its objective, with key results such as:\n"
        "- Median wait from 50 to 20 minutes\n"
        "- Walk-ins seen within an hour from 60% to 90%\n"
        "- Patient rating of the waiting room from 3.1 to 4.2\n"
    )
    assert shape(text) == [
        (
            "shorter waits for walk-in patients",
            [
                "Median wait from 50 to 20 minutes",
                "Walk-ins seen within an hour from 60% to 90%",
                "Patient rating of the waiting room from 3.1 to 4.2",
            ],
        )
    ]


# Decision 709: a prose line that mentions key results is no label before any objective.
def test_a_prose_line_naming_key_results_is_no_orphan_label() -> None:
    text = (
        "My plan for the year. Key Results. Measurable things that tell me I got there.\n"
        "Write a novel draft\n80,000 words written by December\n"
        "Learn to sail\n10 hours on the water\n"
    )
    assert shape(text) == [
        ("Write a novel draft", ["80,000 words written by December"]),
        ("Learn to sail", ["10 hours on the water"]),
    ]
    assert is_prose("My plan for the year. Key Results. Measurable things.")


# Decision 710: a prose lead-in ending in a dash over a two-level checkbox list.
def test_outer_checkbox_items_with_inner_items_are_the_objectives() -> None:
    text = (
        "这个季度的重心是把新人带起来，其次是把流程理顺——\n\n"
        "- [ ] 新人独立接单\n  - [ ] 完成岗位手册\n  - [ ] 安排导师结对\n"
        "- [x] 理顺交接流程\n  - [x] 画出交接流程图\n  - [ ] 整理常见问题清单\n"
    )
    assert shape(text) == [
        ("新人独立接单", ["完成岗位手册", "安排导师结对"]),
        ("理顺交接流程", ["画出交接流程图", "整理常见问题清单"]),
    ]


# Decision 711: the lone lead-in objective takes the objective quoted in the paragraph above.
def test_a_lead_in_objective_takes_the_quoted_objective_above_it() -> None:
    text = (
        "This year our volunteers kept leaving after one event. So we wrote an objective to "
        "“Turn first-time helpers into regulars.”\n\n"
        "An objective is only a direction; the numbers make it real. Our key results (how we "
        "will know) are:\n\n"
        "  1. 60% of new volunteers back for a second event\n\n"
        "  2. 25 volunteers with 10+ hours by August\n\n"
        "  3. 4.5/5 average rating of the welcome session\n"
    )
    ((objective, krs),) = shape(text)
    assert objective == "Turn first-time helpers into regulars"
    assert krs[0] == "60% of new volunteers back for a second event"


# Decision 712: short measured sentences on one line are that many key results.
def test_measured_sentences_on_one_line_are_separate_key_results() -> None:
    text = (
        "Choir goals for Q3\n\n"
        "Grow the choir\n"
        "Listeners from 2.5k to 5k a month. Concerts up to 6 a season.\n\n"
        "Keep the singers with us\n"
        "Retention at 90%.\n"
    )
    assert shape(text) == [
        (
            "Grow the choir",
            ["Listeners from 2.5k to 5k a month", "Concerts up to 6 a season"],
        ),
        ("Keep the singers with us", ["Retention at 90%."]),
    ]


# Decision 713: the next lead-in of the first objective's shape is the next objective.
def test_a_later_lead_in_line_of_the_first_objectives_shape_is_the_next_objective() -> None:
    text = (
        "Grow the repair café:\n"
        "* Visitors from 40 to 90 a month\n"
        "* Items fixed per session up to 25\n"
        "Keep fixers happy:\n"
        "* Fixer satisfaction at 4.5/5\n"
    )
    assert shape(text) == [
        (
            "Grow the repair café:",
            ["Visitors from 40 to 90 a month", "Items fixed per session up to 25"],
        ),
        ("Keep fixers happy:", ["Fixer satisfaction at 4.5/5"]),
    ]


# Decision 714: an objective left with no key result, its measures after a stop or on the
# line below it.
def test_measured_clauses_after_an_objective_are_its_key_results() -> None:
    assert shape(
        "目标：办好社区图书角。借阅量从每月80本提升到200本，志愿者达到12人。\n目标：让孩子爱上阅读\n"
    ) == [
        ("办好社区图书角", ["借阅量从每月80本提升到200本", "志愿者达到12人"]),
        ("让孩子爱上阅读", []),
    ]
    text = (
        "Objective: Grow the repair café\n"
        "Visitors from 40 to 90 a month. Repairs per session up to 25.\n"
        "Objective: Keep fixers happy\n"
        "Fixer satisfaction from 4.1 to 4.6 out of 5.\n"
    )
    assert shape(text) == [
        (
            "Grow the repair café",
            ["Visitors from 40 to 90 a month", "Repairs per session up to 25"],
        ),
        ("Keep fixers happy", ["Fixer satisfaction from 4.1 to 4.6 out of 5"]),
    ]

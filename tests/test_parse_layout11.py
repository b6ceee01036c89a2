"""Layouts of published OKR pages nobody had tuned for, eleventh round (issue 8 item 5,
decisions 685-689): a vision whose heading names its horizon ("## 年度愿景") above a checkbox
outline of objectives, grading-rubric tables ("| 条目 | 1.0 | 0.7 | 0.5 |"), OKRs kept as a YAML
file, a set's window given as a period after a launch in a note above the objectives, and the
set's owner named in the page's footer. Each draft here is written in that layout with its own
wording."""

from __future__ import annotations

from test_parse_handbook_pages import fired, shape

from coach.facts.timeframes import has_deadline
from coach.parse import parse_text as parse

BAKERY_PLAN = (
    "开一家社区面包房，做街坊每天都来的地方。\n\n"
    "## 年度愿景\n\n"
    "1. 面包房在本街区站稳脚跟；\n"
    "2. 培养两位能独立烘焙的学徒。\n\n"
    "## 季度计划\n\n"
    "### 第二季度\n\n"
    "Q2 OKR：\n\n"
    "- [ ] 让早餐面包成为街坊的习惯\n"
    "  - [ ] 工作日早餐时段售出 120 个面包\n"
    "  - [x] 会员复购率达到 35%\n"
    "- [ ] 把周末市集摊位做成招牌\n"
    "  - [ ] 市集摊位每场营业额 3000 元\n"
)


def test_a_vision_whose_heading_names_its_horizon_holds_no_items() -> None:
    # Decision 685: "## 年度愿景" is a vision as "## 愿景" is (decision 544); the checkbox outline
    # under "Q2 OKR：" gives the objectives (outer boxes) and their key results (inner boxes).
    assert shape(BAKERY_PLAN) == [
        ("让早餐面包成为街坊的习惯", ["工作日早餐时段售出 120 个面包", "会员复购率达到 35%"]),
        ("把周末市集摊位做成招牌", ["市集摊位每场营业额 3000 元"]),
    ]
    english = BAKERY_PLAN.replace("## 年度愿景", "## 2030 Vision")
    assert shape(english)[0][0] == "让早餐面包成为街坊的习惯"


RUBRIC = (
    "## 今年的目标\n"
    "### 身体\n"
    " 条目 | 1.0 | 0.7 | 0.5 | 0.3\n"
    ":---:|:---:|:---:|:---:|:---:\n"
    " 游泳 | 每周三公里 | 两公里 | 一公里 | 不游\n"
    " 读书 | 二十本 | 十五本 | 十本 | 五本\n"
    " \n"
    "### 手艺\n"
    " 条目 | 1.0 | 0.7 | 0.5 | 0.3\n"
    ":---:|:---:|:---:|:---:|:---:\n"
    " 木工做一把椅子 | 能坐 | 能看 | 有形状 | 一堆木头\n"
)


def test_a_grading_rubric_table_gives_one_key_result_a_row() -> None:
    # Decision 686: the header's other cells are grades from the highest down, so each row is a
    # key result named in its first cell, under the heading above the table.
    assert shape(RUBRIC) == [
        ("身体", ["游泳", "读书"]),
        ("手艺", ["木工做一把椅子"]),
    ]
    english = (
        "### Fitness\n"
        "| Habit | 100% | 70% | 40% |\n|---|---|---|---|\n"
        "| Swimming | 3 km a week | 2 km | 1 km |\n"
    )
    assert shape(english) == [("Fitness", ["Swimming"])]


def test_the_top_grade_cell_is_the_key_results_target() -> None:
    # Decision 686: "每周三公里" under 1.0 is the target; "能坐" is none.
    assert fired(RUBRIC, "kr-not-quantified") == ["o2.kr1"]


GARDEN_YAML = (
    "mission: >\n"
    "  Grow food for the whole street.\n\n"
    "objectives:\n"
    "  # Spring — Beds that feed the street\n"
    "  - id: S1\n"
    "    title: Beds that feed the street\n"
    "    owner: Noor\n"
    "    end: 2026-06-30\n"
    "    krs:\n"
    "      - id: S1a\n"
    "        title: Harvest 200 kg of vegetables from the six raised beds\n"
    "        end: 2026-06-15\n"
    "      - id: S1b\n"
    '        title: "40 households collect a weekly box"\n'
    "  - id: S2\n"
    "    title: A compost loop the street runs itself\n"
    "    krs:\n"
    "      - Compost 90% of the street's kitchen scraps\n"
)


def test_okrs_kept_as_a_yaml_file_are_read_by_their_keys() -> None:
    # Decision 687: the "title" values are the items (a comment naming the objective is no
    # item, an "id" is no wording); a plain string in a "krs" list is a key result.
    assert shape(GARDEN_YAML) == [
        (
            "Beds that feed the street",
            [
                "Harvest 200 kg of vegetables from the six raised beds",
                "40 households collect a weekly box",
            ],
        ),
        ("A compost loop the street runs itself", ["Compost 90% of the street's kitchen scraps"]),
    ]


def test_a_yaml_owner_and_end_date_own_and_bound_the_items() -> None:
    # Decision 687: "owner:" on an objective owns its key results, "end:" bounds the item it is
    # on and the key results of its objective; the second objective has neither.
    assert fired(GARDEN_YAML, "kr-no-owner") == ["o2.kr1"]
    assert fired(GARDEN_YAML, "kr-no-deadline") == ["o2.kr1"]


LAUNCH_NOTE = (
    "# Tide Tables — OKRs\n\n"
    "> These OKRs run for the first 9 months post-launch (public beta).\n\n"
    "## Objective 1: Sailors trust our tide times\n\n"
    "- KR1: 95% of predicted high tides within 10 minutes of the gauge\n"
    "- KR2: App rating of 4.6 from 500 reviews\n"
)


def test_a_period_after_a_launch_above_the_objectives_bounds_the_set() -> None:
    # Decision 688: "the first 9 months post-launch" is a period counted from a one-off event.
    assert has_deadline("for the first 9 months post-launch", "en")
    assert has_deadline("in the 60 days after release", "en")
    assert not has_deadline("Keep 40% of new members in their first 60 days", "en")
    assert fired(LAUNCH_NOTE, "kr-no-deadline") == []


def test_the_sets_owner_in_the_footer_owns_every_key_result() -> None:
    # Decision 689: "*Owner: Priya*" after the last item is a field of the whole page.
    footer = LAUNCH_NOTE + "\n---\n\n*Last updated: 2026-02-01*  \n*Owner: Priya*  \n"
    assert fired(LAUNCH_NOTE, "kr-no-owner") == ["o1.kr1", "o1.kr2"]
    assert fired(footer, "kr-no-owner") == []
    # A name said in passing is no owner field.
    passing = LAUNCH_NOTE + "\n---\n\n*Written on a rainy Sunday by Priya*\n"
    assert fired(passing, "kr-no-owner") == ["o1.kr1", "o1.kr2"]


def test_a_sentence_saying_what_something_is_over_a_list_is_no_objective() -> None:
    # Decision 690: the draft labels its objectives; the unlabelled lead-in of a later section
    # says what its topic is, and its list holds no key results.
    text = (
        "### O1 入场\n**球迷不用排队就能进场。**\n"
        "- KR1.1：入场平均等待时间降到 4 分钟以内\n\n"
        "### O2 周边\n**每位球迷都带走一件喜欢的东西。**\n"
        "- KR2.1：人均周边消费从 30 元提升到 45 元\n\n"
        "---\n\n## 第一个切片\n\n"
        "**扫码入场**（check-in）是第一批要上线的切片：\n"
        "- 扫票 → 开闸 → 计数\n"
        "- 对应入场等待时间\n"
    )
    assert [o.text for o in parse(text).objectives] == [
        "入场球迷不用排队就能进场。",
        "周边每位球迷都带走一件喜欢的东西。",
    ]


def test_key_results_quoted_after_a_quoted_example_objective_are_its_key_results() -> None:
    # Decision 691: a guide's sentence quotes an example objective (decision 481) and goes on to
    # quote its key results; each quoted phrase after "关键结果可以设为" is one.
    text = (
        "写 OKR 时目标要鼓舞人心。例如，为了实现“让社区图书馆成为孩子放学后最想去的地方”这一目标，"
        "关键结果可以设为“工作日放学后到馆儿童达到40人”、“借阅量从每月300册提升到600册”等。\n"
    )
    assert shape(text) == [
        (
            "让社区图书馆成为孩子放学后最想去的地方",
            ["工作日放学后到馆儿童达到40人", "借阅量从每月300册提升到600册"],
        )
    ]

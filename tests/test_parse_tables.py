"""Tables as people paste them: Markdown from Feishu/Notion, tab-separated rows from Excel.

Each key result's span is its cell; owner/due/score/status columns become the item's given
values (as structured input's are), and every cell of the row is kept in `item.cells`.
"""

from __future__ import annotations

import pytest

from coach import parse
from coach.draft import Draft
from coach.errors import InputError


def shape(d: Draft) -> list[tuple[str, list[str]]]:
    return [(o.text, [k.text for k in o.key_results]) for o in d.objectives]


def spans_are_cells(text: str, d: Draft) -> None:
    """Every item's text is exactly the input at its span (a cell is one piece)."""
    for it in d.items():
        assert text[it.start : it.end] == it.text, (it.id, it.text)


FEISHU_ZH = """客服中心2025年Q2 OKR（飞书导出）

| 目标 | 关键结果 | 负责人 | 截止时间 |
|---|---|---|---|
| 大促期间客服体验稳如平常 | 首次响应时长≤30秒 | 李娜 | 6月18日 |
| | 工单积压不超过500单 | 王强 | 2025-06-20 |
| | 满意度提升 | | |
| 让质检帮到一线 | 质检覆盖率从5%提到20% | 陈晨 | 6月30日 |
"""

NOTION_EN = """Growth pod — Q2 OKRs (Notion export)

| Objective | Key Result | Owner | Due | Status |
|---|---|---|---|---|
| New users feel in control in week one | Activation from 31% to 45% | Sam | Jun 30 | On track |
|  | Median time to first budget under 6 min | Priya | Jun 30 | At risk |
|  | Ship onboarding flow v3 | Jon | May 15 | Not started |
"""


def test_feishu_markdown_table_in_chinese() -> None:
    d = parse(FEISHU_ZH)
    assert shape(d) == [
        ("大促期间客服体验稳如平常", ["首次响应时长≤30秒", "工单积压不超过500单", "满意度提升"]),
        ("让质检帮到一线", ["质检覆盖率从5%提到20%"]),
    ]
    kr1, kr2, kr3 = d.objectives[0].key_results
    assert kr1.owner == "李娜" and kr1.deadline is not None and kr1.deadline.text == "6月18日"
    assert kr2.deadline is not None and kr2.deadline.kind == "date"
    assert kr3.owner is None and kr3.deadline is None  # empty cells give nothing
    assert kr1.cells["owner"].text == "李娜" and kr1.cells["owner"].header == "负责人"
    assert FEISHU_ZH[kr1.cells["due"].start : kr1.cells["due"].end] == "6月18日"
    spans_are_cells(FEISHU_ZH, d)


def test_notion_markdown_table_in_english_with_status() -> None:
    d = parse(NOTION_EN)
    o = d.objectives[0]
    assert o.text == "New users feel in control in week one"
    assert [k.owner for k in o.key_results] == ["Sam", "Priya", "Jon"]
    assert [k.status for k in o.key_results] == ["On track", "At risk", "Not started"]
    assert o.key_results[2].deadline is not None and o.key_results[2].deadline.text == "May 15"
    assert o.owner is None  # the row's owner is its key result's
    spans_are_cells(NOTION_EN, d)


def test_excel_tab_separated_rows_in_both_languages() -> None:
    zh = "目标\t关键结果\t负责人\t截止时间\n提升客户满意度\tNPS从30提升到45\t张三\t2025-06-30\n\t投诉率降到0.5%\t李四\t6月底\n"
    d = parse(zh)
    assert shape(d) == [("提升客户满意度", ["NPS从30提升到45", "投诉率降到0.5%"])]
    assert [k.owner for k in d.objectives[0].key_results] == ["张三", "李四"]
    spans_are_cells(zh, d)
    en = "Objective\tKey Result\tOwner\tDue\nDelight customers\tNPS from 30 to 45\tAna\tJun 30\n\tChurn under 2%\t\tQ3\n"
    d = parse(en)
    krs = d.objectives[0].key_results
    assert [k.text for k in krs] == ["NPS from 30 to 45", "Churn under 2%"]
    assert krs[1].owner is None and krs[1].deadline is not None and krs[1].deadline.text == "Q3"


def test_a_quoted_spreadsheet_cell_with_line_breaks_holds_several_key_results() -> None:
    text = '目标\t关键结果\t负责人\n提升客户满意度\t"1. NPS从30提升到45\n2. 投诉率降到0.5%"\t张三\n降低成本\t单位成本降低10%\t王五\n'
    d = parse(text)
    assert shape(d) == [
        ("提升客户满意度", ["NPS从30提升到45", "投诉率降到0.5%"]),
        ("降低成本", ["单位成本降低10%"]),
    ]
    spans_are_cells(text, d)


@pytest.mark.parametrize(
    "header",
    [
        "| O | KR | 负责人 | 进度 |",
        "| 目标(O) | 关键结果(KR) | Owner | Progress |",
        "| Objective | Key Results | DRI | 进度 |",
        "| **目标** | **关键结果** | **负责人** | **完成度** |",
    ],
)
def test_header_rows_in_either_language(header: str) -> None:
    text = f"{header}\n|---|---|---|---|\n| 提升满意度 | NPS到50 | 王磊 | 30% |\n| | 投诉减半 | 陈思 | 0.5 |"
    d = parse(text)
    assert shape(d) == [("提升满意度", ["NPS到50", "投诉减半"])]
    assert [k.owner for k in d.objectives[0].key_results] == ["王磊", "陈思"]
    assert [k.score for k in d.objectives[0].key_results] == [0.3, 0.5]


def test_two_column_table_with_labels_in_the_objective_cells() -> None:
    text = "| 目标 | 关键结果 |\n|---|---|\n| O1 提升设备综合效率 | OEE由65%提升至75% |\n|  | 刀具寿命提升20% |\n| O2 零质量事故 | 批量质量事故0起 |"
    d = parse(text)
    assert shape(d) == [
        ("提升设备综合效率", ["OEE由65%提升至75%", "刀具寿命提升20%"]),
        ("零质量事故", ["批量质量事故0起"]),
    ]
    assert d.objectives[0].label == "O1"


def test_a_number_column_next_to_the_key_result_column() -> None:
    text = (
        "## O1 — Make the payments API boringly reliable\n\n"
        "| KR | Key result | DRI |\n|----|-----------|-----|\n"
        "| 1.1 | Availability 99.87% → 99.95% | @devraj |\n| 1.2 | p99 from 820ms to 400ms | @mkim |"
    )
    d = parse(text)
    assert shape(d) == [
        (
            "Make the payments API boringly reliable",
            ["Availability 99.87% → 99.95%", "p99 from 820ms to 400ms"],
        )
    ]
    assert [k.owner for k in d.objectives[0].key_results] == ["devraj", "mkim"]
    assert d.objectives[0].key_results[0].cells["id"].text == "1.1"


def test_a_heading_above_a_table_of_key_results_is_their_objective() -> None:
    text = "## Make payments boring\n\n| KR | Owner |\n|---|---|\n| Availability 99.95% | Dev |\n| p99 under 400ms | Mk |"
    assert shape(parse(text)) == [
        ("Make payments boring", ["Availability 99.95%", "p99 under 400ms"])
    ]


def test_a_kind_column_says_which_rows_are_objectives() -> None:
    text = (
        "| 类型 | 内容 | 负责人 | 进度 |\n|---|---|---|---|\n"
        "| O1 | 提升客户满意度 | 张三 | |\n| KR1 | NPS从30提升到45 | 张三 | 40% |\n"
        "| O2 | 降低成本 | 王五 | |\n| KR1 | 单位成本降低10% | 王五 | 完成 |"
    )
    d = parse(text)
    assert shape(d) == [("提升客户满意度", ["NPS从30提升到45"]), ("降低成本", ["单位成本降低10%"])]
    assert d.objectives[0].key_results[0].score == 0.4
    assert d.objectives[1].key_results[0].status == "完成"


def test_one_okr_column_whose_cells_carry_their_labels() -> None:
    text = "| OKR | Owner | Score |\n|---|---|---|\n| O1: Grow revenue in EMEA | Ana | |\n| KR1.1: ARR from $2M to $3M | Ana | 0.7 |\n| KR1.2: 10 new logos | Bo | 0.4 |"
    d = parse(text)
    assert shape(d) == [("Grow revenue in EMEA", ["ARR from $2M to $3M", "10 new logos"])]
    assert [k.score for k in d.objectives[0].key_results] == [0.7, 0.4]


def test_one_column_per_key_result() -> None:
    text = "| Objective | KR1 | KR2 | KR3 |\n|---|---|---|---|\n| Grow revenue | ARR to $3M | 10 new logos | NRR 110% |\n| Keep customers | GRR 92% | | |"
    assert shape(parse(text)) == [
        ("Grow revenue", ["ARR to $3M", "10 new logos", "NRR 110%"]),
        ("Keep customers", ["GRR 92%"]),
    ]


def test_cells_with_several_key_results() -> None:
    text = "| Objective | Key Results | Owner |\n|---|---|---|\n| Grow revenue | KR1: ARR from $2M to $3M<br>KR2: 10 new logos | Ana |"
    d = parse(text)
    assert shape(d) == [("Grow revenue", ["ARR from $2M to $3M", "10 new logos"])]
    assert [k.owner for k in d.objectives[0].key_results] == ["Ana", "Ana"]
    text = (
        "| 目标 | 关键结果 |\n|---|---|\n| 提升客户满意度 | 1、NPS从30提升到45；2、投诉率降到0.5% |"
    )
    assert shape(parse(text)) == [("提升客户满意度", ["NPS从30提升到45", "投诉率降到0.5%"])]


def test_the_same_objective_repeated_on_each_row_is_one_objective() -> None:
    text = "| Objective | Key result |\n|---|---|\n| Grow revenue | ARR to $3M |\n| Grow revenue | 10 new logos |\n| Keep customers | GRR 92% |"
    assert shape(parse(text)) == [
        ("Grow revenue", ["ARR to $3M", "10 new logos"]),
        ("Keep customers", ["GRR 92%"]),
    ]


def test_level_team_score_and_status_columns() -> None:
    text = (
        "| 层级 | 团队 | 目标 | 关键结果 | 负责人 | 得分 | 状态 |\n|---|---|---|---|---|---|---|\n"
        "| 公司 | 总部 | 成为华东第一 | 营收1亿 | 王总 | 0.8 | 进行中 |\n"
        "| 团队 | 市场部 | 品牌知名度提升 | 曝光1000万 | 李四 | 70% | 完成 |"
    )
    d = parse(text)
    assert [o.level for o in d.objectives] == ["company", "team"]
    kr = d.objectives[1].key_results[0]
    assert (kr.owner, kr.score, kr.status) == ("李四", 0.7, "完成")
    assert kr.cells["team"].text == "市场部"


def test_tables_without_outer_pipes_and_grid_tables() -> None:
    text = "目标 | 关键结果 | 负责人\n--- | --- | ---\n提升客户满意度 | NPS从30提升到45 | 张三\n | 投诉率降到0.5% | 李四"
    d = parse(text)
    assert shape(d) == [("提升客户满意度", ["NPS从30提升到45", "投诉率降到0.5%"])]
    assert d.objectives[0].key_results[1].owner == "李四"
    grid = (
        "+-----------+----------------+-------+\n| Objective | Key result     | Owner |\n"
        "+===========+================+=======+\n| Grow ARR  | ARR $2M to $3M | Ana   |\n"
        "+-----------+----------------+-------+\n|           | 10 new logos   | Bo    |\n"
        "+-----------+----------------+-------+"
    )
    d = parse(grid)
    assert shape(d) == [("Grow ARR", ["ARR $2M to $3M", "10 new logos"])]
    assert d.outline == []  # a border is not a title


def test_a_table_with_no_objective_anywhere_is_the_clear_error() -> None:
    with pytest.raises(InputError) as err:
        parse("| KR | Owner |\n|---|---|\n| Availability 99.95% | Dev |")
    assert err.value.code == "no_objective"


def test_a_pipe_in_prose_is_not_a_table() -> None:
    text = "O: Grow revenue | EMEA first\nKR1: ARR from $2M to $3M"
    assert shape(parse(text)) == [("Grow revenue | EMEA first", ["ARR from $2M to $3M"])]


def test_a_metric_column_holds_the_key_results_when_there_is_no_kr_column() -> None:
    text = "| Goal | Metric | Target | Owner |\n|---|---|---|---|\n| Delight customers | NPS | 45 | Ana |\n| | Churn | under 2% | Bo |"
    d = parse(text)
    assert shape(d) == [("Delight customers", ["NPS", "Churn"])]
    assert d.objectives[0].key_results[0].cells["target"].text == "45"


def test_columns_lined_up_with_spaces_in_both_languages() -> None:
    # A table copied from a PDF or a plain-text e-mail; CJK characters are two columns wide.
    zh = (
        "目标              关键结果                       负责人    截止时间\n"
        "提升客户满意度    NPS从30提升到45                张三      2025-06-30\n"
        "                  投诉率降到0.5%                 李四      6月底\n"
        "降低成本          单位成本降低10%                王五"
    )
    d = parse(zh)
    assert shape(d) == [
        ("提升客户满意度", ["NPS从30提升到45", "投诉率降到0.5%"]),
        ("降低成本", ["单位成本降低10%"]),
    ]
    assert [k.owner for k in d.objectives[0].key_results] == ["张三", "李四"]
    spans_are_cells(zh, d)
    en = "Objective             Key Result                 Owner\nDelight customers     NPS from 30 to 45          Ana\n                      Churn under 2%             Bo"
    d = parse(en)
    assert shape(d) == [("Delight customers", ["NPS from 30 to 45", "Churn under 2%"])]
    assert d.objectives[0].key_results[1].owner == "Bo"


def test_a_bold_section_row_heads_the_key_results_under_it() -> None:
    from coach.parse import parse_text as parse_draft

    text = (
        "| | Key result | Target |\n|---|---|---|\n"
        "| **Objective 1: Grow enterprise** | | |\n"
        "| KR1 | Close 12 deals | 12 |\n| KR2 | Raise NRR | 115% |\n"
        "| **Objective 2: Make support effortless** | | |\n"
        "| KR1 | CSAT from 82% to 90% | 90% |\n"
    )
    d = parse_draft(text)
    assert [o.text for o in d.objectives] == ["Grow enterprise", "Make support effortless"]
    assert [len(o.key_results) for o in d.objectives] == [2, 1]


def test_a_table_with_no_okr_header_and_bold_objective_rows() -> None:
    from coach.parse import parse_text as parse_draft

    text = (
        "| | | |\n|---|---|---|\n| **Grow enterprise** | | |\n"
        "| Close 12 deals | Ana | Q3 |\n| Raise NRR to 115% | Bo | Q3 |\n"
    )
    d = parse_draft(text)
    assert [o.text for o in d.objectives] == ["Grow enterprise"]
    assert [k.text for k in d.objectives[0].key_results] == ["Close 12 deals", "Raise NRR to 115%"]


def test_a_team_name_heading_the_text_column_beside_named_columns() -> None:
    """A tracker exported from a spreadsheet: the text column is headed by the team's name, the
    others are named (Priority, Owner, grades); numbered bold rows are the objectives, and the
    heading above the table is the period, not an objective."""
    text = (
        "## 2024 Q3\n\n"
        "| **Docs crew** | **Priority** | **Owner** | **Mid-Q** | **End-Q** |\n"
        "| :---: | :---: | :---: | --- | --- |\n"
        "| **** | P0-P4 | | **0.3** | **0.4** |\n"
        "| **1 Make the docs the first stop** | | | | |\n"
        "| Search success rate from 40% to 70% | **P0** | Noor | 0.5 | 0.6 |\n"
        "| Rewrite the install guide | P2 | | | |\n"
        "| **2. Grow contributors** | | | | |\n"
        "| 15 outside pull requests merged | P1 | Lev, Ada | 0.2 | 0.4 |\n"
    )
    d = parse(text)
    assert shape(d) == [
        (
            "Make the docs the first stop",
            ["Search success rate from 40% to 70%", "Rewrite the install guide"],
        ),
        ("Grow contributors", ["15 outside pull requests merged"]),
    ]
    krs = [k for o in d.objectives for k in o.key_results]
    assert [k.owner for k in krs] == ["Noor", None, "Lev, Ada"]
    spans_are_cells(text, d)


def test_key_results_spilled_into_the_first_column_of_a_flattened_table() -> None:
    # An HTML table copied from a web page: the objective's cell spanned several rows, so its
    # numbered key results after the first land in the first column, some rows one cell wide.
    text = (
        "| 目标(Objective) | 关键结果(Key Results) |\n|---|---|\n"
        "| 让新员工更快上手 | 1. 新人独立接单时间从 6 周缩短到 4 周 |\n"
        "| 2. 试用期离职率降低到 5% 以下 | |\n"
        "| 3. 入职满意度达到 4.6 分 |\n"
        "| 门店复购变成习惯 | 1. 复购率从 20% 提到 30% |\n"
        "| 2. 会员数达到 5000 | |\n"
    )
    d = parse(text)
    assert shape(d) == [
        (
            "让新员工更快上手",
            [
                "新人独立接单时间从 6 周缩短到 4 周",
                "试用期离职率降低到 5% 以下",
                "入职满意度达到 4.6 分",
            ],
        ),
        ("门店复购变成习惯", ["复购率从 20% 提到 30%", "会员数达到 5000"]),
    ]
    spans_are_cells(text, d)


def test_a_flattened_table_without_a_header_row() -> None:
    text = (
        "| Make new hires productive sooner | 1. Time to first solo ticket from 6 to 4 weeks |\n"
        "| 2. Probation attrition under 5% | |\n"
        "| 3. Onboarding survey at 4.6 or above |\n"
    )
    d = parse(text)
    assert shape(d) == [
        (
            "Make new hires productive sooner",
            [
                "Time to first solo ticket from 6 to 4 weeks",
                "Probation attrition under 5%",
                "Onboarding survey at 4.6 or above",
            ],
        )
    ]
    spans_are_cells(text, d)


def test_numbered_cells_that_do_not_continue_a_list_stay_objectives() -> None:
    # A "2." cell is a spilled key result only right after key result 1 of the same table.
    text = "| Objective | Key result |\n|---|---|\n| 2. Win the mid-market | Close 20 deals |\n"
    assert shape(parse(text)) == [("2. Win the mid-market", ["Close 20 deals"])]


def test_a_target_column_beside_a_column_of_kr_marks_holds_the_wording() -> None:
    # "| KR | Target |": the first column only says which key result a row is; the wording
    # is in the one column beside it, whatever its header calls it.
    text = (
        "Objective: Volunteers find a shift that suits them in one visit\n\n"
        "| KR | Target |\n"
        "|----|--------|\n"
        "| **KR 1** | 70% of new volunteers book a first shift within 7 days |\n"
        "| **KR 2** | Median time to book a shift under 3 minutes |\n"
    )
    from coach.parse import parse_text

    d = parse_text(text)
    assert shape(d) == [
        (
            "Volunteers find a shift that suits them in one visit",
            [
                "70% of new volunteers book a first shift within 7 days",
                "Median time to book a shift under 3 minutes",
            ],
        )
    ]
    spans_are_cells(text, d)

"""Deadlines written where a pasted Chinese draft puts them (issue 8, thirtieth round; date30).

A due line keyed 完成时间 / 时间节点 / 期限 / DDL under a key result, and such a column (4280); a
month.day shorthand after a due label inside the wording or closing it (4281); a week number in
the closing bracket (4282); a two-figure year glued to its quarter in a bracket (4283); 年度 alone
in a due or cycle cell is a horizon (4284); a year and month written with a dot (4285); a date
after "@" (4286); a 以上 line dating the items above (4287); key results set apart by blank lines
(4288); 【关键结果】 alone (4289); more period shapes (4290, 4291)."""

from __future__ import annotations

import pytest

from coach.facts.timeframes import has_deadline
from coach.review import review
from tests.test_deadline21 import _statuses

_OBJ = "目标：让会员愿意常回来\n"


# -- 4280: a due line or column keyed 完成时间 / 时间节点 / 期限 / DDL --------------------------------
@pytest.mark.parametrize(
    "due",
    [
        "完成时间：8月31日",
        "时间节点：10月15日前",
        "期限：11月底",
        "完成日期：2026/6/30",
        "计划完成时间：Q3末",
        "预计完成：12月20日",
        "DDL：9月中旬",
        "完成时限：国庆前",
    ],
)
def test_due_line_under_a_key_result_dates_it(due: str) -> None:
    text = f"{_OBJ}KR1：会员月活从1.2万提升到2万\n{due}\n"
    assert _statuses(text) == [("pass", ["pass"])]


@pytest.mark.parametrize(
    "due",
    [
        "完成时间：待定",
        "期限：每月",
        "时间节点：长期",
    ],
)
def test_due_line_without_a_date_still_fires(due: str) -> None:
    text = f"{_OBJ}KR1：会员月活从1.2万提升到2万\n{due}\n"
    assert _statuses(text) == [("fail", ["fail"])]


@pytest.mark.parametrize("head", ["DDL", "ddl", "预计完成", "预计完成时间", "计划完成日期"])
def test_due_column_named_ddl_or_planned(head: str) -> None:
    text = (
        f"| 目标 | 关键结果 | {head} |\n|---|---|---|\n"
        "| 让会员愿意常回来 | 会员月活从1.2万提升到2万 | 11月30日 |\n"
        "|  | 储值卡复充率从18%提升到26% | 12.15 |\n"
    )
    assert _statuses(text) == [("pass", ["pass", "pass"])]


def test_metric_named_like_a_due_key_stays_a_key_result() -> None:
    text = f"{_OBJ}KR1：会员月活从1.2万提升到2万\n完成时间：从48小时缩短到24小时\n"
    doc = review(text)
    assert len(doc.objectives[0].key_results) == 2


# -- 4281: month.day shorthand after a due label, or closing the wording ------------------------
@pytest.mark.parametrize(
    "kr",
    [
        "储值卡复充率从18%提升到26%（截止时间：10.31）",
        "储值卡复充率从18%提升到26%（完成时间：11/20）",
        "储值卡复充率从18%提升到26%（时间节点：8.15）",
        "储值卡复充率从18%提升到26%（10.31）",
        "储值卡复充率从18%提升到26%（08/15）",
        "储值卡复充率从18%提升到26%，11.30",
        "储值卡复充率从18%提升到26% - 12.20",
        "储值卡复充率从18%提升到26% @10.15",
        "Lift card top-up rate from 18% to 26% (10/31)",
        "Lift card top-up rate from 18% to 26% - 11/30",
    ],
)
def test_month_day_shorthand_closing_the_key_result(kr: str) -> None:
    assert has_deadline(kr, "zh" if "率" in kr else "en")


@pytest.mark.parametrize(
    "kr",
    [
        "门店评分从4.5提升到4.8",
        "门店评分达到4.85",
        "门店评分从4.50提升到4.75（基线4.50）",
        "NPS评分（满分10）从7.2提升到8.4",
        "客单价从85.5元提升到99.9元",
        "Store rating from 4.5 to 4.8 (4.85 stretch)",
        "完成率达到 9.30",
        "版本号升级到 3.12",
    ],
)
def test_decimals_are_not_dates(kr: str) -> None:
    assert not has_deadline(kr, "zh" if cjk(kr) else "en")


def cjk(s: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in s)


# -- 4282: a week number closing the key result ----------------------------------------------------
@pytest.mark.parametrize(
    "kr",
    [
        "储值卡复充率从18%提升到26%（W35）",
        "储值卡复充率从18%提升到26%（w4）",
        "储值卡复充率从18%提升到26%（wk 6）",
        "Lift card top-up rate from 18% to 26% (W40)",
        "Lift card top-up rate from 18% to 26% (Wk 5)",
    ],
)
def test_week_number_in_the_closing_bracket(kr: str) -> None:
    assert has_deadline(kr, "zh" if cjk(kr) else "en")


@pytest.mark.parametrize(
    "kr",
    [
        "Ship the W40 build to 3 stores",
        "储值卡复充率从18%提升到26%（W3门店）",
        "Grow W3 cohort retention to 40%",
    ],
)
def test_week_like_codes_are_not_weeks(kr: str) -> None:
    assert not has_deadline(kr, "zh" if cjk(kr) else "en")


# -- 4283: a two-figure year glued to its quarter in a bracket ------------------------------------
@pytest.mark.parametrize(
    "kr",
    [
        "储值卡复充率从18%提升到26%（26Q2）",
        "储值卡复充率从18%提升到26%（FY26 Q2）",
        "储值卡复充率从18%提升到26%（FY26Q3）",
        "Lift card top-up rate from 18% to 26% (26Q4)",
        "Lift card top-up rate from 18% to 26% (FY27 Q1)",
    ],
)
def test_short_year_quarter_in_bracket(kr: str) -> None:
    assert has_deadline(kr, "zh" if cjk(kr) else "en")


@pytest.mark.parametrize(
    "kr",
    [
        "储值卡复充率从18%提升到26%（Q2：18%）",
        "Lift card top-up rate from 18% to 26% (Q2: 18%)",
        "储值卡复充率从18%（Q1）提升到26%",
    ],
)
def test_quarter_dating_a_baseline_is_still_no_deadline(kr: str) -> None:
    assert not has_deadline(kr, "zh" if cjk(kr) else "en")


# -- 4284: 年度 alone in a due or cycle cell ------------------------------------------------------
@pytest.mark.parametrize("cell", ["年度", "全年度", "本年度"])
def test_year_word_alone_in_a_cycle_cell_is_a_horizon(cell: str) -> None:
    text = (
        "| 目标 | 关键结果 | 周期 |\n|---|---|---|\n"
        f"| 让会员愿意常回来 | 会员月活从1.2万提升到2万 | {cell} |\n"
    )
    assert _statuses(text) == [("fail", ["fail"])]


@pytest.mark.parametrize("cell", ["年度内", "年底前", "2026年Q2", "上半年"])
def test_bounded_year_cells_still_date(cell: str) -> None:
    text = (
        "| 目标 | 关键结果 | 周期 |\n|---|---|---|\n"
        f"| 让会员愿意常回来 | 会员月活从1.2万提升到2万 | {cell} |\n"
    )
    assert _statuses(text) == [("pass", ["pass"])]


# -- 4285: a year and a month written with a dot --------------------------------------------------
@pytest.mark.parametrize(
    "kr",
    [
        "储值卡复充率从18%提升到26%（计划完成时间：2026.9）",
        "储值卡复充率从18%提升到26%（2026.11）",
        "2026.10前储值卡复充率从18%提升到26%",
        "Lift card top-up rate from 18% to 26% by 2026.09",
    ],
)
def test_year_dot_month(kr: str) -> None:
    assert has_deadline(kr, "zh" if cjk(kr) else "en")


@pytest.mark.parametrize(
    "kr",
    ["客单价从2025.5元提升到2300元", "升级到 2026.1 版本的用户占比达到80%", "营收达到2026.13万"],
)
def test_figures_like_a_year_dot_month_are_not_dates(kr: str) -> None:
    assert not has_deadline(kr, "zh")


@pytest.mark.parametrize(
    "kr", ["Ship Build 2028.1 to 5 stores", "Release 2027.3 to the pilot group"]
)
def test_a_build_number_after_a_word_is_no_month(kr: str) -> None:
    assert not has_deadline(kr, "en")


# -- 4286: a date after "@" is the deadline, not a handle ------------------------------------------
def _kr_checks(line: str) -> dict[str, str]:
    doc = review(f"{_OBJ}KR1：{line}\n")
    return {c.rule_id: c.status for c in doc.objectives[0].key_results[0].checks}


@pytest.mark.parametrize(
    "line",
    [
        "储值卡复充率从18%提升到26% @10.15",
        "储值卡复充率从18%提升到26% @11/30",
        "储值卡复充率从18%提升到26% @2026.9",
        "储值卡复充率从18%提升到26% @2026/11/30",
    ],
)
def test_date_after_at_is_a_deadline_not_an_owner(line: str) -> None:
    checks = _kr_checks(line)
    assert checks["kr-no-deadline"] == "pass"
    assert checks["kr-no-owner"] == "fail"


@pytest.mark.parametrize(
    "line",
    [
        "储值卡复充率从18%提升到26% @lina",
        "储值卡复充率从18%提升到26% @ops2026",
        "储值卡复充率从18%提升到26% @周敏",
    ],
)
def test_handles_after_at_still_own(line: str) -> None:
    assert _kr_checks(line)["kr-no-owner"] == "pass"


# -- 4287: a line after the items that dates them all ---------------------------------------------
@pytest.mark.parametrize(
    "tail",
    [
        "\n以上目标完成时间：10月31日\n",
        "\n以上完成时间：2026年Q3\n",
        "以上均在11月底前完成\n",
        "\n上述KR截止：12月15日\n",
        "\n以上目标期限：三季度末\n",
    ],
)
def test_line_after_the_items_dates_them_all(tail: str) -> None:
    text = f"{_OBJ}KR1：会员月活从1.2万提升到2万\nKR2：储值卡复充率从18%提升到26%\n{tail}"
    assert _statuses(text) == [("pass", ["pass", "pass"])]


def test_line_opened_by_above_with_its_own_figure_stays_a_key_result() -> None:
    text = f"{_OBJ}KR1：会员月活从1.2万提升到2万\nKR2：上述会员中60%在Q3前完成首次储值\n"
    doc = review(text)
    assert [k.text for k in doc.objectives[0].key_results][1].startswith("上述会员中60%")


# -- 4288: key results set apart by blank lines under a labelled objective -----------------------
@pytest.mark.parametrize(
    "text,krs",
    [
        (
            "2026年Q2 OKR\n\n目标一：让会员愿意常回来\n\n会员月活从1.2万提升到2万\n\n储值卡复充率达到26%\n\n"
            "目标二：让门店更省心\n\n盘点差错率从3%降到1%\n",
            [2, 1],
        ),
        ("目标1：让会员愿意常回来\n\n会员月活从1.2万提升到2万\n\n储值卡复充率达到26%\n", [2]),
        ("O1：让会员愿意常回来\n\n会员月活从1.2万提升到2万\n\n储值卡复充率达到26%（Q2）\n", [2]),
        (
            "O1: Make members come back\n\nMonthly active members from 12k to 20k\n\nCard top-up rate at 26%\n",
            [2],
        ),
        ("Objective 1: Make members come back\n\nRepeat visits from 2.1 to 3 a month\n", [1]),
    ],
)
def test_spaced_key_results_under_a_labelled_objective(text: str, krs: list[int]) -> None:
    doc = review(text)
    assert [len(o.key_results) for o in doc.objectives] == krs


@pytest.mark.parametrize(
    "text",
    [
        "目标一：让会员愿意常回来\n\n这是我们第2次试着用OKR，欢迎大家提意见。\n",
        "O1: Make members come back\n\nThis is our 2nd try at OKRs, comments welcome.\n",
        "目标一：让会员愿意常回来\n\n2026年6月\n",
        "目标一：让会员愿意常回来\n\n会员体验是重中之重\n",
    ],
)
def test_spaced_remarks_under_an_objective_stay_prose(text: str) -> None:
    doc = review(text)
    assert [len(o.key_results) for o in doc.objectives] == [0]


# -- 4289: a bracketed label alone heads the key results -----------------------------------------
@pytest.mark.parametrize(
    "label", ["【关键结果】", "【KR】", "【关键成果】", "【Key Results】", "【关键结果】："]
)
def test_bracketed_label_alone_heads_the_list(label: str) -> None:
    text = (
        f"【目标】让会员愿意常回来（Q2）\n{label}\n1、会员月活从1.2万提升到2万\n"
        "2、储值卡复充率从18%提升到26%\n"
    )
    doc = review(text)
    assert [k.text for k in doc.objectives[0].key_results] == [
        "会员月活从1.2万提升到2万",
        "储值卡复充率从18%提升到26%",
    ]


@pytest.mark.parametrize(
    "kr",
    ["好评率达到98% ddl：W40", "好评率达到98%（截止：W22）", "Lift rating to 4.8 (due: wk 9)"],
)
def test_week_after_a_due_label(kr: str) -> None:
    assert has_deadline(kr, "zh" if cjk(kr) else "en")


def test_week_code_after_a_due_label_mid_wording_is_no_week() -> None:
    assert not has_deadline("截止W40门店的好评率达到98%", "zh")


# -- 4290: a spaced season, this OKR cycle, the year's end, a cycle's length in its field --------
@pytest.mark.parametrize(
    "text",
    [
        "2026 秋季 读书会OKR\n目标：让会员愿意常回来\nKR1：会员月活从1.2万提升到2万\n",
        "2026 年 春季\n目标：让会员愿意常回来\nKR1：会员月活从1.2万提升到2万\n",
        "执行周期：一个季度\n目标：让会员愿意常回来\nKR1：会员月活从1.2万提升到2万\n",
        "OKR周期：两个月\n目标：让会员愿意常回来\nKR1：会员月活从1.2万提升到2万\n",
        "目标：让会员愿意常回来\nKR1：在本次OKR周期内会员月活从1.2万提升到2万\n",
        "目标：让会员愿意常回来\nKR1：这一周期内储值卡复充率达到26%\n",
        "目标：让会员愿意常回来\nKR1：储值卡复充率在年度结束前达到26%\n",
        "目标：让会员愿意常回来\nKR1：本年度结束之前会员月活达到2万\n",
    ],
)
def test_more_cycle_shapes(text: str) -> None:
    assert _statuses(text) == [("pass", ["pass"])]


@pytest.mark.parametrize(
    "text",
    [
        "周期：每个月\n目标：让会员愿意常回来\nKR1：会员月活从1.2万提升到2万\n",
        "目标：让会员愿意常回来\nKR1：每年度结束前会员月活达到2万\n",
        "2026年度\n目标：让会员愿意常回来\nKR1：会员月活从1.2万提升到2万\n",
        "目标：让会员愿意常回来\nKR1：会员月活每个周期增长10%（基线1.2万）\n",
    ],
)
def test_cadences_and_horizons_still_fire(text: str) -> None:
    assert _statuses(text) == [("fail", ["fail"])]


# -- 4291: 季度目标 / 季度OKR as the cycle, 新学期, 到2025年， --------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "季度目标：让会员愿意常回来\nKR1：会员月活从1.2万提升到2万\n",
        "季度工作目标：让会员愿意常回来\nKR1：会员月活从1.2万提升到2万\n",
        "目标：让会员愿意常回来\nKR1：新学期社员人数从30人增加到80人\n",
        "目标：让会员愿意常回来\nKR1：到2027年，会员月活达到2万\n",
        "目标：让会员愿意常回来\nKR1：截至2027年，储值卡复充率达到26%\n",
    ],
)
def test_quarter_goal_label_new_term_and_by_a_year(text: str) -> None:
    assert _statuses(text) == [("pass", ["pass"])]


@pytest.mark.parametrize(
    "text",
    [
        "年度目标：让会员愿意常回来\nKR1：会员月活从1.2万提升到2万\n",
        "目标：让会员愿意常回来\nKR1：每季度目标完成率达到90%\n",
        "目标：让会员愿意常回来\nKR1：2027年会员月活达到2万\n",
    ],
)
def test_year_labels_and_cadences_still_fire(text: str) -> None:
    assert _statuses(text) == [("fail", ["fail"])]


# -- 4292: a year and month with a slash or a hyphen, two dates in one bracket, a short year ------
@pytest.mark.parametrize(
    "text",
    [
        "2027/03 OKR\n目标：让会员愿意常回来\nKR1：会员月活从1.2万提升到2万\n",
        "2027-03 运营OKR\n目标：让会员愿意常回来\nKR1：会员月活从1.2万提升到2万\n",
        "目标：让会员愿意常回来\nKR1：会员月活从1.2万提升到2万（4月1日-6月30日）\n",
        "目标：让会员愿意常回来\nKR1：储值卡复充率达到26%（26年Q2）\n",
        "目标：让会员愿意常回来\nKR1：储值卡复充率达到26%（26年底）\n",
    ],
)
def test_year_month_dates_in_brackets_and_short_years(text: str) -> None:
    assert _statuses(text) == [("pass", ["pass"])]


@pytest.mark.parametrize(
    "kr",
    ["储值卡复充率从18%（2026年）提升到26%", "储值卡复充率（Q1：18%）提升到26%", "客单价2026-5元"],
)
def test_baselines_and_amounts_stay_no_deadline(kr: str) -> None:
    assert not has_deadline(kr, "zh")

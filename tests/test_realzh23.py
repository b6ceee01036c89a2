"""Chinese published OKRs, twenty-third round (realzh23, decisions 2320-2324): shapes a new set of
real Chinese OKR texts showed, each imitated by wordings written for these tests (no sentence of a
real text). Each decision's tests failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest

from coach import review
from coach.errors import InputError


def kr_status(text: str, rule: str) -> list[str]:
    """The status of `rule` on every key result of the review, in order."""
    r = review(text)
    return [
        next(c.status for c in k.checks if c.rule_id == rule)
        for o in r.objectives
        for k in o.key_results
    ]


def objective_status(text: str, rule: str) -> list[str]:
    r = review(text)
    return [next(c.status for c in o.checks if c.rule_id == rule) for o in r.objectives]


def shape(text: str) -> list[tuple[str, list[str]]]:
    """(objective text, its key results' texts) for each objective of the review."""
    r = review(text)
    return [(o.text, [k.text for k in o.key_results]) for o in r.objectives]


# --- 2320: a bold label after a lead-in is still the item's label -------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "本页对应 OKR **O1**：让新店三个月内实现盈亏平衡\n\n- KR1：新店月营业额达到 30 万元",
        "关联 OKR **O3**：让新店三个月内实现盈亏平衡\n- KR1：新店月营业额达到 30 万元",
        "- 支撑 OKR **O2**：让新店三个月内实现盈亏平衡\n  - KR1：新店月营业额达到 30 万元",
    ],
)
def test_bold_objective_label_after_a_lead_in(text: str) -> None:
    got = shape(text)
    assert got == [("让新店三个月内实现盈亏平衡", ["新店月营业额达到 30 万元"])]


def test_bold_label_after_a_team_name_gives_the_owner() -> None:
    text = "华南运营部 **O1**：拿下华南三城的社区团购\n- **KR1**：签约 40 个团长"
    got = shape(text)
    assert got == [("拿下华南三城的社区团购", ["签约 40 个团长"])]
    assert kr_status(text, "kr-no-owner") == ["pass"]


def test_lead_in_names_no_owner() -> None:
    # "对应 OKR" says which objective the page serves; it owns nothing
    text = "对应 OKR **O2**：让新店三个月内实现盈亏平衡\n- KR1：新店月营业额达到 30 万元"
    assert kr_status(text, "kr-no-owner") == ["fail"]


def test_bold_label_alone_still_refused_without_objective() -> None:
    # guard: a note before a bold KR label is still no objective
    with pytest.raises(InputError):
        review("说明 **KR1**：新店月营业额达到 30 万元\n备注 **KR2**：复购率 40%")


# --- 2321: "截止 09-30": a month and a day joined by a hyphen after a due label ---------------------
@pytest.mark.parametrize(
    "text",
    [
        "目标：让新店成为街区的早餐首选（截止 09-30）\nKR1：早餐时段客单量达到 200 单",
        "目标：让新店成为街区的早餐首选\nKR1：早餐时段客单量达到 200 单（截至：11-15）",
        "目标：让新店成为街区的早餐首选\nKR1：早餐时段客单量达到 200 单，DDL 12-01",
    ],
)
def test_month_day_with_hyphen_after_due_label_is_a_deadline(text: str) -> None:
    assert kr_status(text, "kr-no-deadline") == ["pass"]


def test_month_day_with_hyphen_times_the_objective() -> None:
    text = "目标：让新店成为街区的早餐首选（截止 09-30）\nKR1：早餐时段客单量达到 200 单"
    assert objective_status(text, "objective-no-timeframe") == ["pass"]


@pytest.mark.parametrize(
    "kr",
    [
        "KR1：截止 3-5 家门店试点早餐套餐",  # a range of counts, not a date
        "KR1：早餐套餐覆盖 09-30 号段的会员",  # no due label
        "KR1：截止 13-40 个站点完成改造",  # no month 13
    ],
)
def test_hyphen_pairs_that_are_no_dates(kr: str) -> None:
    text = "目标：让新店成为街区的早餐首选\n" + kr
    assert kr_status(text, "kr-no-deadline") == ["fail"]


# --- 2322: a ceiling's sign after an aside still caps the bad events ----------------------------
@pytest.mark.parametrize(
    "kr",
    [
        "KR1：配送事故率（含磕碰与错送）< 0.2%",
        "KR1：客诉率（按月计）≤ 0.5%",
        "KR1：Late deliveries (per week) < 5",
    ],
)
def test_cap_sign_after_an_aside_is_negative(kr: str) -> None:
    text = "目标：让每一单都准时送到\n" + kr
    assert kr_status(text, "kr-negative-phrasing") == ["fail"]


@pytest.mark.parametrize(
    "kr",
    [
        "KR1：配送时长（P90）< 40 分钟",  # a duration, not a bad event
        "KR1：配送成本（按单计）< 6 元",  # a cost
        "KR1：准时率（按周计）> 98%",  # a good rate with a floor
    ],
)
def test_cap_sign_after_an_aside_guards(kr: str) -> None:
    text = "目标：让每一单都准时送到\n" + kr
    assert kr_status(text, "kr-negative-phrasing") == ["pass"]


# --- 2323: audit findings are bad things found ----------------------------------------------------
def test_audit_findings_capped_are_negative() -> None:
    text = "目标：让门店食品安全经得起任何检查\nKR1：季度审计发现项不超过 3 个"
    assert kr_status(text, "kr-negative-phrasing") == ["fail"]


def test_audit_coverage_is_not_negative() -> None:
    text = "目标：让门店食品安全经得起任何检查\nKR1：季度内部审计覆盖 100% 门店"
    assert kr_status(text, "kr-negative-phrasing") == ["pass"]


# --- 2324: a deployment closed there ("部署前") is the deadline --------------------------------
@pytest.mark.parametrize(
    "kr",
    [
        "KR1：压测通过率 100%（新集群部署前）",
        "KR1：压测通过率 100%，生产环境部署之前",
    ],
)
def test_before_deployment_is_a_deadline(kr: str) -> None:
    text = "目标：让交易系统稳如磐石\n" + kr
    assert kr_status(text, "kr-no-deadline") == ["pass"]


def test_predeployment_check_names_a_kind_of_check() -> None:
    text = "目标：让交易系统稳如磐石\nKR1：部署前检查清单覆盖率 100%"
    assert kr_status(text, "kr-no-deadline") == ["fail"]


# --- 2325: a bare whole percent in brackets closing a key result with its own figure -------------
@pytest.mark.parametrize(
    ("kr", "wording"),
    [
        ("KR1：完成 4 个城市的门店选址（30%）", "完成 4 个城市的门店选址"),
        ("KR2：会员复购率达到 45%（20%）", "会员复购率达到 45%"),
        ("KR3：签约 12 家社区团长 (50%)", "签约 12 家社区团长"),
    ],
)
def test_bare_percent_bracket_is_the_weight(kr: str, wording: str) -> None:
    got = shape("目标：让新店成为街区的早餐首选\n" + kr)
    assert got[0][1] == [wording]


def test_weight_bracket_no_longer_hides_a_task() -> None:
    text = "目标：让新店成为街区的早餐首选\nKR1：完成 4 个城市的门店选址（30%）"
    assert kr_status(text, "kr-is-task") == ["fail"]


@pytest.mark.parametrize(
    "kr",
    [
        "KR1：早餐转化率提升（40%）",  # its only figure: the target, kept
        "KR1：复购率从 30% 提升到 45%（+50%）",  # a signed change, kept
        "KR1：复购率提升到 45%（至少 40%）",  # words in the bracket, kept
    ],
)
def test_bare_percent_bracket_kept(kr: str) -> None:
    got = shape("目标：让新店成为街区的早餐首选\n" + kr)
    assert got[0][1] == [kr.split("：", 1)[1]]


def test_english_bracketed_percent_kept() -> None:
    got = shape(
        "Objective: Win the breakfast crowd\nKR1: Grow weekday orders from 120 to 150 (25%)"
    )
    assert got[0][1] == ["Grow weekday orders from 120 to 150 (25%)"]


# --- 2326: "| KR | 说明 |": the one notes column beside the marks holds the wording ---------------
def test_kr_table_with_notes_column_holds_the_wording() -> None:
    text = (
        "目标：让新店成为街区的早餐首选\n\n| KR | 说明 |\n|----|----|\n"
        "| KR1 | 早餐客单量达到 200 单 |\n| KR2 | 会员复购率 40% |"
    )
    assert shape(text) == [
        ("让新店成为街区的早餐首选", ["早餐客单量达到 200 单", "会员复购率 40%"])
    ]


def test_kr_table_with_notes_and_owner_columns() -> None:
    text = (
        "目标：让新店成为街区的早餐首选\n\n| KR | 说明 | 负责人 |\n|----|----|----|\n"
        "| KR1 | 早餐客单量达到 200 单 | 王芳 |"
    )
    assert shape(text)[0][1] == ["早餐客单量达到 200 单"]
    assert kr_status(text, "kr-no-owner") == ["pass"]


def test_kind_table_keeps_its_content_column() -> None:
    # guard: with a content column the notes column stays a note
    text = (
        "目标：让新店成为街区的早餐首选\n\n| 类型 | 内容 | 说明 |\n|----|----|----|\n"
        "| KR1 | 早餐客单量达到 200 单 | 按日统计 |"
    )
    assert shape(text)[0][1] == ["早餐客单量达到 200 单"]


# --- 2327: "**三个 KR：**" over a table counts the key results, it is none of them ------------------
@pytest.mark.parametrize("intro", ["**三个 KR：**", "两个关键结果：", "**3 个 KR：**"])
def test_counted_krs_over_a_table_is_no_key_result(intro: str) -> None:
    text = (
        f"目标：让新店成为街区的早餐首选\n\n{intro}\n\n| KR | 说明 |\n|----|----|\n"
        "| KR1 | 早餐客单量达到 200 单 |\n| KR2 | 会员复购率 40% |"
    )
    assert shape(text)[0][1] == ["早餐客单量达到 200 单", "会员复购率 40%"]


def test_counted_krs_with_wording_stays_an_item() -> None:
    # guard: a key result whose wording follows the colon is read as before
    text = "目标：让新店成为街区的早餐首选\nKR1：三个门店早餐客单量达到 200 单"
    assert shape(text)[0][1] == ["三个门店早餐客单量达到 200 单"]


# --- 2328: two decorated headings with no bracket: the objectives' part and the KRs' part ---------
_TWO_PARTS = (
    "## 🌱 年度愿景\n\n"
    "- [ ] **让早餐铺成为街区第一个被想到的店**\n"
    "- [ ] **成功标准**：早餐时段回头客占比达到 60%\n\n"
    "## 🧭 行动罗盘\n\n"
    "- **KR1**：早餐客单量达到 200 单\n"
    "- **KR2**：会员复购率达到 40%\n"
)


def test_bare_decorated_headings_are_the_two_parts() -> None:
    got = shape(_TWO_PARTS)
    assert len(got) == 1
    objective, krs = got[0]
    assert "让早餐铺成为街区第一个被想到的店" in objective
    assert krs == ["早餐时段回头客占比达到 60%", "早餐客单量达到 200 单", "会员复购率达到 40%"]


def test_success_criterion_with_wording_is_a_key_result() -> None:
    got = shape("目标：让新店成为街区的早餐首选\n成功标准：早餐客单量达到 200 单")
    assert got == [("让新店成为街区的早餐首选", ["早餐客单量达到 200 单"])]


def test_bare_decorated_heading_without_kr_list_stays() -> None:
    # guard: without labelled key results under the second heading, nothing is mended
    text = (
        "## 🌱 年度愿景\n\n- 目标：让早餐铺成为街区第一个被想到的店\n\n"
        "## 🧭 行动罗盘\n\n- 每周复盘一次早餐时段的客流\n"
    )
    got = shape(text)
    assert got[0][0] == "让早餐铺成为街区第一个被想到的店"

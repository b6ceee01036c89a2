"""Chinese layouts from published OKRs (round 6 of issue 8 item 5, decisions 297–302): each test
is a draft written here in that layout, with the reading a person gives it."""

from __future__ import annotations

import pytest

from coach import parse, review
from coach.facts.owner import find_owner
from coach.facts.timeframes import has_deadline


def shape(text: str) -> list[tuple[str, list[str]]]:
    d = parse(text)
    return [(o.text, [k.text for k in o.key_results]) for o in d.objectives]


def fired(text: str, rule: str) -> list[str]:
    r = review(text, select=[rule])
    return [f.target for f in r.findings if f.rule_id == rule]


def test_a_numbered_section_heading_over_an_okr_table_is_its_title() -> None:
    # "### 2.4 …" is the document's section number, not key result 4 of objective 2.
    text = (
        "### 2.4 门店运营指标（OKR）\n\n| 目标 | 关键结果 | 当前值 | 目标值 |\n|---|---|---|---|\n"
        "| **复购** | 会员30天复购率 | 21% | 30% |\n| **效率** | 单店日均出杯量 | 260 | 400 |"
    )
    assert shape(text) == [("复购", ["会员30天复购率"]), ("效率", ["单店日均出杯量"])]


def test_a_numbered_heading_above_labelled_objectives_still_reads_as_before() -> None:
    # Without a table below, "1.2 …" over "O1:" lines was already a section (decision 205's
    # neighbour); a dotted label under an objective stays a key result.
    text = "## 1.2 本季度计划\nO1：让新会员留下来\n1.1 新会员次月留存从35%到50%\n1.2 首单后7天内复购率20%"
    assert shape(text) == [("让新会员留下来", ["新会员次月留存从35%到50%", "首单后7天内复购率20%"])]


def test_an_objective_heading_with_its_short_label_and_the_wording_below() -> None:
    text = (
        "## 仓储组 OKR / Q3\n\n### 目标 O1\n让大促期间的包裹当天发出。\n\n**关键结果**\n"
        "- KR1：大促当日发货率从 **82% → 97%**\n- KR2：错发率不高于 0.3%\n\n"
        "### 目标 O2\n把退货处理变成回头客的理由。\n\n**关键结果**\n- KR1：退货 48 小时内退款比例 95%"
    )
    assert shape(text) == [
        ("让大促期间的包裹当天发出。", ["大促当日发货率从 **82% → 97%**", "错发率不高于 0.3%"]),
        ("把退货处理变成回头客的理由。", ["退货 48 小时内退款比例 95%"]),
    ]


def test_objective_and_its_key_result_on_one_line_after_a_dash() -> None:
    text = (
        "2025 Q4 复盘，客服组\n\n1. O1: 缩短等待 - KR: 首响时间从90秒到30秒，实际做到45秒\n"
        "2. O2: 建好知识库 - KR: 11/30前上线200篇，实际上线160篇"
    )
    assert shape(text) == [
        ("缩短等待", ["首响时间从90秒到30秒，实际做到45秒"]),
        ("建好知识库", ["11/30前上线200篇，实际上线160篇"]),
    ]
    # A dash inside the objective's wording with no "KR:" after it is not cut.
    assert shape("O1: 缩短等待 - 让顾客少排队\n- 平均排队时长低于5分钟") == [
        ("缩短等待 - 让顾客少排队", ["平均排队时长低于5分钟"])
    ]


def test_a_heading_about_the_key_results_is_a_heading_and_the_title_covers_them() -> None:
    text = (
        "# 迭代 2026.03.02 支付链路加固\n\n## 本轮 KR 映射\n\n- 目标1：支付失败时用户有路可走\n"
        "  - KR1：支付失败后 10 分钟内完成重试的订单占比 70%\n"
    )
    d = parse(text)
    assert shape(text) == [
        ("支付失败时用户有路可走", ["支付失败后 10 分钟内完成重试的订单占比 70%"])
    ]
    assert [h.text for h in d.outline] == ["迭代 2026.03.02 支付链路加固", "本轮 KR 映射"]
    assert fired(text, "kr-no-deadline") == []  # the dated iteration in the title bounds it
    # "## KR1 …" and "## KR：…" headings are still key results.
    assert shape("## 目标1：提升留存\n## KR 提升次留到40%\n") == [("提升留存", ["提升次留到40%"])]


def test_a_stage_column_gives_its_rows_a_period_only_when_it_states_one() -> None:
    text = (
        "| 阶段 | 目标 | 关键结果 |\n|---|---|---|\n"
        "| **短期（2周）** | 小程序可用 | - 下单流程转化率达到8%<br>- 首屏加载低于1.5秒 |\n"
        "| **打基础** | 会员有粘性 | - 会员月活跃率40% |"
    )
    assert shape(text) == [
        ("小程序可用", ["下单流程转化率达到8%", "首屏加载低于1.5秒"]),
        ("会员有粘性", ["会员月活跃率40%"]),
    ]
    assert fired(text, "kr-no-deadline") == ["o2.kr1"]
    assert fired(text, "objective-no-timeframe") == ["o2"]


def test_a_week_number_in_brackets_closing_a_key_result_is_its_deadline() -> None:
    assert has_deadline("付费会员占比 > 12%（Week 6）", "zh")
    assert has_deadline("Activation rate above 35% (week 10)", "en")
    assert has_deadline("老客回访率 60%（第8周）", "zh")
    # A week that names a cohort or a report is no deadline.
    assert not has_deadline("Retention of the week 4 cohort above 30%", "en")
    assert not has_deadline("周活跃用户（week 2 报表口径）达到5万", "zh")


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("由渠道部牵头，新签经销商40家", "渠道部"),
        ("线上课程完课率达到65%（由教研组长牵头）", "教研组长"),
        ("店长主导的晨会改进项目覆盖全部12家门店", "店长"),
        ("售后组主导：48小时内上门率90%", "售后组"),
        ("【负责人】周敏 退款时长降到1天", "周敏"),
        ("[Owner] Dana: renewals at 92%", "Dana"),
    ],
)
def test_who_leads_the_work_owns_the_key_result(text: str, owner: str) -> None:
    found = find_owner(text)
    assert found is not None and found[0] == owner


@pytest.mark.parametrize(
    "text",
    [
        "由于渠道调整，退货率降到3%",  # 由于 is "because", not "by"
        "数据主导的选品比例达到60%",  # data leads nothing as an owner does
        "市场主导的价格区间内毛利率保持30%",
    ],
)
def test_a_cause_or_a_force_before_lead_words_is_no_owner(text: str) -> None:
    assert find_owner(text) is None


def test_an_event_before_every_item_is_a_cadence_and_a_named_period_ending_is_a_bound() -> None:
    # "before each handover" comes round for every requirement: no deadline (decision 304).
    assert not has_deadline("每個需求交付前舉辦 1 次評審", "zh")
    assert not has_deadline("每次上线前回归用例通过率100%", "zh")
    assert has_deadline("新版本上线前回归用例通过率100%", "zh")
    # "…期结束前": before a named period ends.
    assert has_deadline("内测期结束前收集到 50 条有效反馈", "zh")
    assert has_deadline("180 天试点期结束前，签约 5 家门店", "zh")


def test_a_plans_title_above_a_numbered_okr_section_is_no_objective() -> None:
    # A slide deck pasted as text: the plan's title, "三、OKR 表格", then the table (decision 305).
    text = (
        "2026 年 Q2 门店运营规划\n\n三、OKR 表格\n\n| O | KR | 负责人 |\n|---|---|---|\n"
        "| O1 会员复购 | KR1 会员月复购率 35% | 会员组 |\n| O1 会员复购 | KR2 沉睡会员唤醒 2000 人 | 会员组 |"
    )
    assert shape(text) == [("会员复购", ["会员月复购率 35%", "沉睡会员唤醒 2000 人"])]
    assert fired(text, "kr-no-deadline") == [] and fired(text, "kr-no-owner") == []
    # A plain line above numbered key results is still their objective.
    assert shape("让门店成为街坊的首选\n1. 门店 NPS 到 50\n2. 周边三公里会员 3000 人") == [
        ("让门店成为街坊的首选", ["门店 NPS 到 50", "周边三公里会员 3000 人"])
    ]

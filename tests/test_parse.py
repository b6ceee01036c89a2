"""The text parser: every input format in SPEC, spans, wrapped lines, unlabelled drafts."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach import parse
from coach.draft import Draft
from coach.errors import InputError


def shape(text: str) -> list[tuple[str, list[str]]]:
    return [(o.text, [k.text for k in o.key_results]) for o in parse(text).objectives]


def check_offsets(text: str, d: Draft) -> None:
    for it in d.items():
        assert len(it.offsets) == len(it.text) + 1
        for i, ch in enumerate(it.text):
            if ch != " ":
                assert text[it.offsets[i]] == ch, (it.id, it.text, i)
        assert 0 <= it.start <= it.end <= len(text)
        assert it.offsets == sorted(it.offsets)


@pytest.mark.parametrize(
    "label",
    [
        "O:",
        "O：",
        "O1:",
        "O1：",
        "O1.",
        "Objective:",
        "Objective 1:",
        "Objective 1 -",
        "objective 2 —",
        "OBJECTIVE:",
        "Goal 1:",
        "目标：",
        "目标:",
        "目标1：",
        "目标一：",
        "公司OKRs目标:",
        "营销部门OKRs目标:",
        "个人OKRs目标:",
        "**O1:**",
        "**Objective 1**:",
        "1. O1:",
        "- Objective:",
    ],
)
def test_objective_labels(label: str) -> None:
    text = f"{label} 提升客户满意度\nKR1: NPS 从 30 提升到 45"
    d = parse(text)
    assert shape(text) == [("提升客户满意度", ["NPS 从 30 提升到 45"])]
    check_offsets(text, d)


@pytest.mark.parametrize(
    "label",
    [
        "KR1:",
        "KR1：",
        "KR 1:",
        "KR:",
        "KR1.",
        "KR1 -",
        "KR1",
        "Key Result 1:",
        "Key result:",
        "key results 1 -",
        "关键结果1：",
        "关键结果：",
        "关键结果一：",
        "关键成果1：",
        "**KR1:**",
        "**KR1**：",
        "- KR1:",
        "1.1",
        "O1.1:",
        "KR1.1:",
    ],
)
def test_kr_labels(label: str) -> None:
    text = f"O: Delight our customers\n{label} Raise NPS from 30 to 45"
    assert shape(text) == [("Delight our customers", ["Raise NPS from 30 to 45"])]


@pytest.mark.parametrize(
    "marker", ["1.", "1、", "（1）", "(1)", "1)", "-", "*", "•", "①", "一、", "a."]
)
def test_list_markers_under_a_label(marker: str) -> None:
    text = f"目标：提升客户满意度\n{marker} NPS 提升到 50\n{marker} 投诉减少 20%"
    assert shape(text) == [("提升客户满意度", ["NPS 提升到 50", "投诉减少 20%"])]


def test_enumeration_comma_before_a_number() -> None:
    # "4、9月底前…": a date or a count right after "N、" is the item's text, not a decimal
    text = "O1：门店提效\n1、客单价提升到35元\n2、9月底前换完收银系统\n3、12家门店上线自助点单"
    assert shape(text) == [
        ("门店提效", ["客单价提升到35元", "9月底前换完收银系统", "12家门店上线自助点单"])
    ]


def test_full_width_and_half_width_punctuation_and_blank_lines() -> None:
    text = "\n\n目标１：提升品牌影响力\n\n\n关键结果１：微信粉丝达到１０万\r\n关键结果2:  抖音播放量增长50%  \n\n"
    d = parse(text)
    assert shape(text) == [("提升品牌影响力", ["微信粉丝达到１０万", "抖音播放量增长50%"])]
    check_offsets(text, d)


def test_mixed_language_lines_are_chinese() -> None:
    text = "O: 提升品牌在海外的影响力\nKR1: 在Facebook和Twitter上增加20%的粉丝\nKR2: Launch the iOS app in Japan"
    d = parse(text)
    o = d.objectives[0]
    assert o.language == "zh"
    assert [k.language for k in o.key_results] == ["zh", "en"]
    assert d.language == "zh"


def test_english_draft_language() -> None:
    d = parse("Objective: Delight customers\nKR1: Raise NPS from 30 to 45\nKR2: 客服响应 2 小时")
    assert d.language == "en"
    assert d.objectives[0].key_results[1].language == "zh"


def test_markdown_title_then_heading_objectives_then_bullets() -> None:
    text = (
        "# Q3 OKRs\n\n## Improve onboarding\n- Raise activation from 30% to 45%\n"
        "- Cut time to first value to 2 days\n\n## Grow revenue\n* Close $1.5M in new ARR\n"
    )
    d = parse(text)
    assert shape(text) == [
        (
            "Improve onboarding",
            ["Raise activation from 30% to 45%", "Cut time to first value to 2 days"],
        ),
        ("Grow revenue", ["Close $1.5M in new ARR"]),
    ]
    assert d.timeframe is not None and d.timeframe.text == "Q3"
    check_offsets(text, d)


def test_markdown_headings_with_labels_and_levels() -> None:
    text = (
        "# 2026 Q3 OKR\n## 公司 OKRs\n### O1: 成为华东地区首选品牌\n- KR1: 市场份额从12%提升到18%\n"
        "## Team OKRs\n### Objective 2: Ship the new checkout\n- KR1: Conversion from 2% to 3%\n"
        "## 个人\n目标3：提升数据分析能力\n1. 完成2个分析项目"
    )
    d = parse(text)
    assert [o.text for o in d.objectives] == [
        "成为华东地区首选品牌",
        "Ship the new checkout",
        "提升数据分析能力",
    ]
    assert [o.level for o in d.objectives] == ["company", "team", "personal"]
    assert [len(o.key_results) for o in d.objectives] == [1, 1, 1]
    check_offsets(text, d)


def test_bold_markdown_items() -> None:
    text = "**O1:** Become the go-to tool for small teams\n**KR1:** Reach 10k weekly active teams"
    assert shape(text) == [
        ("Become the go-to tool for small teams", ["Reach 10k weekly active teams"])
    ]
    text = "**Grow revenue**\n- **Close $2M in new ARR**"
    assert shape(text) == [("Grow revenue", ["Close $2M in new ARR"])]


def test_unlabelled_line_followed_by_list() -> None:
    text = "提升客户满意度\n1. NPS 提升到 50\n2. 投诉减少 20%\n\n降低运营成本\n1. 单均成本下降 10%"
    assert shape(text) == [
        ("提升客户满意度", ["NPS 提升到 50", "投诉减少 20%"]),
        ("降低运营成本", ["单均成本下降 10%"]),
    ]


def test_unlabelled_objective_right_after_a_list() -> None:
    text = "Grow revenue\n- Close $2M\n- Sign 10 logos\nImprove hiring\n- Hire 5 engineers"
    assert shape(text) == [
        ("Grow revenue", ["Close $2M", "Sign 10 logos"]),
        ("Improve hiring", ["Hire 5 engineers"]),
    ]


def test_nested_lists_outer_level_are_objectives() -> None:
    text = (
        "- Grow the business\n  - Revenue up 20%\n  - 50 new customers\n"
        "- Build a great team\n    - Hire 5 engineers\n- Be loved by users\n\t- NPS 50"
    )
    d = parse(text)
    assert shape(text) == [
        ("Grow the business", ["Revenue up 20%", "50 new customers"]),
        ("Build a great team", ["Hire 5 engineers"]),
        ("Be loved by users", ["NPS 50"]),
    ]
    check_offsets(text, d)


def test_flat_list_alone_is_a_list_of_objectives() -> None:
    assert shape("- Grow revenue\n- Hire well") == [("Grow revenue", []), ("Hire well", [])]


def test_single_line_is_an_objective() -> None:
    assert shape("Be the best CRM for small shops") == [("Be the best CRM for small shops", [])]
    assert shape("  拿下xx市场！  ") == [("拿下xx市场！", [])]
    assert shape("## Win the enterprise market") == [("Win the enterprise market", [])]


def test_wrapped_lines_join() -> None:
    text = "O: Make onboarding so smooth that new teams\nstay with us\nKR1: Raise week-1\nretention from 40% to 60%"
    d = parse(text)
    assert shape(text) == [
        (
            "Make onboarding so smooth that new teams stay with us",
            ["Raise week-1 retention from 40% to 60%"],
        )
    ]
    check_offsets(text, d)


def test_chinese_wrapped_lines_join_without_space() -> None:
    text = "目标：打造公司历史上最成功的\n销售推广活动\n关键结果1：增加多媒体招聘渠道3个(微\n信公众号/微博/App)"
    assert shape(text) == [
        ("打造公司历史上最成功的销售推广活动", ["增加多媒体招聘渠道3个(微信公众号/微博/App)"])
    ]


def test_blank_line_ends_an_item_unless_a_short_cut_off_tail() -> None:
    text = (
        "O: 提升满意度\nKR1: 制定激励计划，覆盖至少70%\n\n以上人员\n\n说明：以上为草稿，欢迎讨论。"
    )
    d = parse(text)
    assert shape(text) == [("提升满意度", ["制定激励计划，覆盖至少70%以上人员"])]
    assert d.prose and d.prose[0][0].startswith("说明")


def test_bare_labels_with_wording_on_the_next_line() -> None:
    text = "Objective\nDelight our customers\n\nKey Results\nRaise NPS from 30 to 45"
    assert shape(text) == [("Delight our customers", ["Raise NPS from 30 to 45"])]
    text = "目标：\n提升客户满意度\n关键结果：\n（1）NPS提升到50\n（2）投诉减少20%"
    assert shape(text) == [("提升客户满意度", ["NPS提升到50", "投诉减少20%"])]


def test_key_results_section_header() -> None:
    text = "Objective: Ship v2\nKey Results:\n1. Launch by September 1\n2. 99.9% uptime"
    assert shape(text) == [("Ship v2", ["Launch by September 1", "99.9% uptime"])]


def test_intro_bullets_before_the_first_objective_are_prose() -> None:
    text = "• OKR实例与应用\n\n公司OKRs目标: 提高品牌认可度\n关键结果1：增加20%的互动量"
    assert shape(text) == [("提高品牌认可度", ["增加20%的互动量"])]


def test_line_before_kr_labels_in_a_labelled_draft_is_an_objective() -> None:
    text = "提升客户满意度\nKR1: NPS 50\nKR2: 投诉减少20%\n\nO2: 降低成本\nKR1: 成本下降10%"
    assert [o.text for o in parse(text).objectives] == ["提升客户满意度", "降低成本"]


def test_empty_kr_label_is_an_item_pointing_at_its_label() -> None:
    text = "O: Grow revenue\nKR1:\nKR2: Close $2M"
    d = parse(text)
    kr1 = d.objectives[0].key_results[0]
    assert kr1.text == "" and kr1.start == kr1.end
    assert text[kr1.start - 4 : kr1.start] == "KR1:"


def test_table_header_row_is_skipped() -> None:
    text = "目标Object 关键结果key results\n1：完成季度招聘任务\n1：招聘10人\n2：新增渠道3个"
    assert shape(text) == [("完成季度招聘任务", ["招聘10人", "新增渠道3个"])]


def test_bom_zero_width_and_crlf() -> None:
    text = "\ufeffO: Grow revenue\r\n\u200bKR1: Close $2M\r\n"
    d = parse(text)
    assert shape(text) == [("Grow revenue", ["Close $2M"])]
    check_offsets(text, d)


def test_emoji_offsets_are_code_points() -> None:
    text = "O: 🚀 Grow revenue 🚀\nKR1: 🎯 Close $2M"
    d = parse(text)
    kr = d.objectives[0].key_results[0]
    assert text[kr.start : kr.end] == "🎯 Close $2M"


def test_ids_and_labels() -> None:
    d = parse("O1: A thing\nKR1: x 1\nKR2: y 2\nO2: B thing\nKR1: z 3")
    assert [it.id for it in d.items()] == ["o1", "o1.kr1", "o1.kr2", "o2", "o2.kr1"]
    assert d.objectives[1].key_results[0].objective is d.objectives[1]
    assert d.objectives[0].label == "O1:"


def test_kr_before_any_objective_is_an_error() -> None:
    with pytest.raises(InputError) as err:
        parse("KR1: Close $2M\nO: Grow revenue\nKR2: 10 logos")
    assert err.value.code == "no_objective"
    assert "line 1" in str(err.value) and "before any objective" in str(err.value)


EXAMPLES = Path(__file__).parent.parent / "examples"


@pytest.mark.parametrize(
    ("name", "krs", "language"),
    [
        ("zh-company-marketing-personal.txt", [4, 4, 4], "zh"),
        ("zh-financial-customer-service.txt", [4, 3], "zh"),
        ("zh-internet-template.txt", [3], "zh"),
        ("zh-okr-vs-kpi.txt", [4], "zh"),
        ("en-customer-success.txt", [4, 4], "en"),
        ("en-platform-engineering.md", [4, 3], "en"),
    ],
)
def test_demo_examples_parse(name: str, krs: list[int], language: str) -> None:
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    d = parse(text)
    assert [len(o.key_results) for o in d.objectives] == krs
    assert d.language == language
    check_offsets(text, d)


def test_title_line_sets_team_level_and_timeframe() -> None:
    d = parse((EXAMPLES / "en-customer-success.txt").read_text(encoding="utf-8"))
    assert [o.level for o in d.objectives] == ["team", "team"]
    assert d.timeframe is not None and d.timeframe.text == "Q3 2026"

"""The draft's structure: headings with their depth, the headings that cover each item
(`item.headings`, `Draft.heading_scope`), prose between items, and attributes under items."""

from __future__ import annotations

import pytest

from coach import parse
from coach.draft import Draft, Item


def chain(d: Draft, item: Item) -> list[str]:
    return [h.text for h in d.heading_scope(item)]


def test_a_heading_with_a_date_and_level_is_a_heading_not_an_objective() -> None:
    text = "## 公司OKR（2025年Q2）\n目标1：成为华东区第一\n关键结果1：营收1亿"
    d = parse(text)
    assert [o.text for o in d.objectives] == ["成为华东区第一"]
    (h,) = d.outline
    assert (h.text, h.depth, h.kind) == ("公司OKR（2025年Q2）", 2, "markdown")
    assert text[h.start : h.end] == h.text
    assert d.objectives[0].level == "company"


def test_sibling_sections_do_not_cover_each_other() -> None:
    # Decision 17: a heading covers the items under it up to the next heading of the same or a
    # higher level; the marketing items are not under the company's heading.
    text = (
        "## 公司OKR（2025年Q2）\n目标1：成为华东区第一\n关键结果1：营收1亿\n\n"
        "## 市场部OKR\n目标1：品牌知名度提升\n关键结果1：曝光1000万"
    )
    d = parse(text)
    o1, o2 = d.objectives
    assert chain(d, o1) == ["公司OKR（2025年Q2）"]
    assert chain(d, o2) == ["市场部OKR"]
    assert chain(d, o2.key_results[0]) == ["市场部OKR"]


def test_a_title_covers_every_section_under_it() -> None:
    text = "# 2025 Q2 OKR\n## 公司\n目标1：成为华东区第一\n关键结果1：营收1亿\n## 市场部\n目标1：品牌知名度提升\n关键结果1：曝光1000万"
    d = parse(text)
    assert chain(d, d.objectives[0]) == ["2025 Q2 OKR", "公司"]
    assert chain(d, d.objectives[1]) == ["2025 Q2 OKR", "市场部"]
    assert [h.depth for h in d.outline] == [1, 2, 2]


def test_plain_title_lines() -> None:
    # The first line above the items is the set's title and covers everything.
    d = parse(
        "Personal OKRs — Lee (Ops Lead), Q1 2025\n\nO1: Run the best DC in the network\n- KR1: Pick accuracy 99.8%"
    )
    (h,) = d.outline
    assert (h.kind, h.depth) == ("title", 0)
    assert chain(d, d.objectives[0].key_results[0]) == ["Personal OKRs — Lee (Ops Lead), Q1 2025"]
    assert d.objectives[0].level == "personal"
    # Two plain set titles of one kind are sibling sections, not a title and a section.
    text = "公司OKR（2025年Q2）\n目标1：成为华东区第一\n关键结果1：营收1亿\n\n市场部OKR\n目标1：品牌知名度提升\n关键结果1：曝光1000万"
    d = parse(text)
    assert [h.kind for h in d.outline] == ["line", "line"]
    assert chain(d, d.objectives[1]) == ["市场部OKR"]


def test_a_title_above_unit_lines_covers_them() -> None:
    text = "2025 Q2 OKR\n\n公司\n目标1：成为华东区第一\n关键结果1：营收1亿\n\n市场部\n目标1：品牌知名度提升\n关键结果1：曝光1000万"
    d = parse(text)
    assert [(h.text, h.kind) for h in d.outline] == [
        ("2025 Q2 OKR", "title"),
        ("公司", "line"),
        ("市场部", "line"),
    ]
    assert chain(d, d.objectives[1]) == ["2025 Q2 OKR", "市场部"]


def test_a_meta_line_annotates_the_heading_above_it() -> None:
    text = "# Ops OKRs — Q3\nOwner: Lee Carter\n\n## Returns\nO1: Returns that never pile up\nKR1: Dock-to-stock under 24h\n\n## Carriers\nO2: Carriers we can count on\nKR1: On-time pickup 97%"
    d = parse(text)
    kinds = [(h.text, h.kind, h.depth) for h in d.outline]
    assert kinds == [
        ("Ops OKRs — Q3", "markdown", 1),
        ("Owner: Lee Carter", "meta", 1.5),
        ("Returns", "markdown", 2),
        ("Carriers", "markdown", 2),
    ]
    # The owner line under the title covers both sections.
    assert chain(d, d.objectives[1]) == ["Ops OKRs — Q3", "Owner: Lee Carter", "Carriers"]
    # `headings` keeps its plain (text, start, end) tuples for existing readers.
    assert d.headings[1] == ("Owner: Lee Carter", d.outline[1].start, d.outline[1].end)


def test_unit_headings_with_an_owner() -> None:
    text = "## Sales (Sarah)\nO1: Win the mid-market\nKR1: 40 new logos\n## Platform\nO1: Boring reliability\nKR1: 99.95% uptime"
    d = parse(text)
    assert chain(d, d.objectives[0].key_results[0]) == ["Sales (Sarah)"]
    assert chain(d, d.objectives[1].key_results[0]) == ["Platform"]
    # Without labels, "## Sales (Sarah)" still names a section, not an objective.
    d = parse("## Sales (Sarah)\n- Close $3M in new ARR\n- 20 new logos")
    assert [o.text for o in d.objectives] == ["Close $3M in new ARR", "20 new logos"]
    assert chain(d, d.objectives[0]) == ["Sales (Sarah)"]


def test_prose_between_items_stays_prose() -> None:
    text = (
        "# Q3 OKRs\n\n> NOTE: we grade these at the end of the quarter.\n\n"
        "We set these in the offsite. Scores are graded at the end of the quarter.\n\n"
        "Objective: Grow revenue\nKey results:\n- ARR from $2M to $3M\n"
        "This matters because the board expects us to double revenue within two years.\n"
        "- 10 new logos\n\n说明：以上为草稿，欢迎讨论。\n\nObjective: Keep customers\n- GRR 92%"
    )
    d = parse(text)
    assert [(o.text, [k.text for k in o.key_results]) for o in d.objectives] == [
        ("Grow revenue", ["ARR from $2M to $3M", "10 new logos"]),
        ("Keep customers", ["GRR 92%"]),
    ]
    prose = [p[0] for p in d.prose]
    assert "We set these in the offsite. Scores are graded at the end of the quarter." in prose
    assert "说明：以上为草稿，欢迎讨论。" in prose
    assert any(p.startswith("This matters") for p in prose)


def test_attributes_under_an_item_are_its_cells() -> None:
    text = (
        "## Objective 1: Delight our customers\n**Why this matters:** churn is our biggest cost\n\n"
        "### Key Result 1.1: NPS from 30 to 45\n- **Target:** 45\n- **Owner:** Ana\n- **Progress:** 40% 🟢\n\n"
        "### Key Result 1.2: Churn under 2%\n- Owner: Bo"
    )
    d = parse(text)
    (o,) = d.objectives
    assert [k.text for k in o.key_results] == ["NPS from 30 to 45", "Churn under 2%"]
    k1, k2 = o.key_results
    assert k1.owner == "Ana" and k2.owner == "Bo"
    assert k1.score == 0.4
    assert k1.cells["target"].text == "45"
    assert text[k1.cells["owner"].start : k1.cells["owner"].end] == "Ana"
    assert o.cells["notes"].header.lower() == "why this matters"
    text = "目标：提升客户满意度\n负责人：王芳\n关键结果1：NPS提升到50\n进度：40%"
    d = parse(text)
    assert d.objectives[0].owner == "王芳"
    assert d.objectives[0].key_results[0].score == 0.4


def test_a_tracking_record_under_an_objective_gives_its_owner_and_deadline() -> None:
    # Fields named by their head word ("... manager", "... deadline") and the record's other
    # fields (start, cadence) are the objective's, not key results; a deadline field counts even
    # when its value is a dotted date or an event the date reader does not resolve.
    text = (
        "## Objective: `Make onboarding painless`\n"
        "- **Active from:** 03.02.24\n- **KR Measurement Deadline:** 28.03.24\n"
        "- **Tracked:** Every other Friday\n- **Tracking Manager:** Omar\n"
        "- **Key Results:**\n  1. `Setup time under 20 minutes`\n  2. `90% of new users finish the tour`\n"
    )
    d = parse(text)
    (o,) = d.objectives
    # The wiki writes every item as code: the backticks are layout, not wording.
    assert [k.text for k in o.key_results] == [
        "Setup time under 20 minutes",
        "90% of new users finish the tour",
    ]
    assert o.owner == "Omar"
    assert o.deadline is not None and o.deadline.text == "28.03.24"
    d = parse(
        "Objective: Ship the SDK\n- Release manager: Ivo\n- Deadline: 10 days after the summit\n- KR1: 12 apps on it"
    )
    (o,) = d.objectives
    assert (o.owner, o.deadline.text if o.deadline else None) == ("Ivo", "10 days after the summit")
    d = parse("Objective: Ship the SDK\n- Deadline: ongoing\n- KR1: 12 apps on it")
    assert d.objectives[0].deadline is None


def test_names_on_their_own_lines_are_owners_not_key_results() -> None:
    # Decision 71: "Key Results: <names>" under an objective and a name (with a share of the
    # work) under a key result say who owns them; a plain word under a key result is no name.
    text = (
        "Objective: Grow the community\n- **Key Results:** Martin, Bedeho and Mokhtar u.n.o.\n"
        "  1. `500 sign-ups for the mailing list`\n      * `Bedeho` : `0.75`\n"
        "  2. `2000 readers on the blog`\n      * Hiring\n"
    )
    d = parse(text)
    (o,) = d.objectives
    assert o.owner == "Martin, Bedeho and Mokhtar"
    assert [k.text for k in o.key_results] == [
        "500 sign-ups for the mailing list",
        "2000 readers on the blog",
        "Hiring",
    ]
    assert o.key_results[0].owner == "Bedeho"
    d = parse("Objective: Grow\nKey Results: Reduce\n- 20 new logos")
    assert d.objectives[0].owner is None


def test_an_initiative_under_a_key_result_is_an_attribute() -> None:
    text = "O1: Grow revenue\n- KR1: ARR to $3M\n  - Initiative: launch the partner portal\n- KR2: 10 new logos"
    d = parse(text)
    k1, _k2 = d.objectives[0].key_results
    assert k1.cells["initiative"].text == "launch the partner portal"


def test_initiatives_are_not_key_results() -> None:
    text = "O1: Grow revenue\nKR1: ARR from $2M to $3M\nInitiatives:\n- Hire 2 AEs\n- Launch the partner portal\n\nO2: Keep customers\nKR1: GRR 92%"
    d = parse(text)
    assert [(o.text, [k.text for k in o.key_results]) for o in d.objectives] == [
        ("Grow revenue", ["ARR from $2M to $3M"]),
        ("Keep customers", ["GRR 92%"]),
    ]
    text = "目标：提升客户满意度\n关键结果1：NPS提升到50\n关键举措：\n1. 上线自助服务\n2. 培训坐席\n关键结果2：投诉减少20%"
    d = parse(text)
    assert [k.text for k in d.objectives[0].key_results] == ["NPS提升到50", "投诉减少20%"]


def test_a_section_list_item_above_labelled_objectives() -> None:
    text = "1. 优化培训体系\n- O1：打造学习型组织\n- KR1：人均培训12小时\n2. 提升留存\n- O2：让好员工留下来\n- KR1：核心员工流失率低于5%"
    d = parse(text)
    assert [(o.text, [k.text for k in o.key_results]) for o in d.objectives] == [
        ("打造学习型组织", ["人均培训12小时"]),
        ("让好员工留下来", ["核心员工流失率低于5%"]),
    ]
    assert chain(d, d.objectives[1]) == ["提升留存"]


def test_structured_input_has_no_headings() -> None:
    d = parse({"objectives": [{"text": "Grow revenue", "key_results": ["ARR to $3M"]}]})
    assert d.outline == [] and d.heading_scope(d.objectives[0].key_results[0]) == []


def test_a_theme_over_bold_objectives_over_key_results() -> None:
    from coach.parse import parse_text as parse_draft

    text = (
        "1. Grow the business\n   a. **Win enterprise customers**\n"
        "      i. Close 12 new enterprise deals\n      ii. Raise NRR from 105% to 115%\n"
        "   b. **Make support effortless**\n      i. CSAT from 82% to 90%\n"
    )
    d = parse_draft(text)
    assert [o.text.strip("*") for o in d.objectives] == [
        "Win enterprise customers",
        "Make support effortless",
    ]
    assert [len(o.key_results) for o in d.objectives] == [2, 1]
    assert d.objectives[0].headings  # the theme covers them


def test_nested_team_objectives_under_a_company_objective_with_kr_lines() -> None:
    # A company outline: numbered bold objectives with a role before them, each heading its own
    # "KR:" lines, nested under the company's; a trailing backslash is a Markdown line break.
    text = (
        "# Q3 OKRs\n\n"
        "1. **CEO: Grow revenue and keep customers.** \\\n"
        "   KR: New pipeline reaches $2M. \\\n"
        "   KR: Churn stays below 2% a month.\n"
        "   1. **Marketing: More engineers hear about us.** \\\n"
        "      KR: 50k weekly visitors to the docs. \\\n"
        "      KR: 10 conference talks accepted.\n"
        "   1. **Support: Customers get answers fast.**\n"
        "      KR: Median first reply under 2 hours.\n"
    )
    d = parse(text)
    assert [(o.text, [k.text for k in o.key_results]) for o in d.objectives] == [
        (
            "CEO: Grow revenue and keep customers.",
            ["New pipeline reaches $2M.", "Churn stays below 2% a month."],
        ),
        (
            "Marketing: More engineers hear about us.",
            ["50k weekly visitors to the docs.", "10 conference talks accepted."],
        ),
        ("Support: Customers get answers fast.", ["Median first reply under 2 hours."]),
    ]
    for it in d.items():
        assert text[it.start : it.end] == it.text


@pytest.mark.parametrize("header", ["Q1 OKR：", "Personal OKRs:", "2026 OKR"])
def test_checkbox_lists_under_a_set_header(header: str) -> None:
    # Task-list checkboxes mark progress; the outer items are objectives, the inner ones KRs,
    # and "Q1 OKR：" alone on its line names the set: it is no objective without words.
    text = (
        f"{header}\n\n"
        "- [x] 把读书会办成每月固定活动\n  - [x] 每月至少一次线下分享\n  - [ ] 新成员达到 10 人\n"
        "- [ ] 完成个人博客改版\n  - [ ] 首页打开时间降到 1 秒以内\n"
    )
    d = parse(text)
    assert [(o.text, [k.text for k in o.key_results]) for o in d.objectives] == [
        ("把读书会办成每月固定活动", ["每月至少一次线下分享", "新成员达到 10 人"]),
        ("完成个人博客改版", ["首页打开时间降到 1 秒以内"]),
    ]


def test_a_key_result_that_names_okrs_is_not_a_title() -> None:
    text = "- O1. Grow my skills\n- Read 6 books\n- O2. Do well at work\n- Team OKR completion rate above 80%\n"
    d = parse(text)
    assert [k.text for k in d.objectives[1].key_results] == ["Team OKR completion rate above 80%"]


@pytest.mark.parametrize(
    ("text", "krs"),
    [
        (
            "目标：提升代码质量\n关键结果：\n单元测试覆盖率从40%提升到70%\n线上缺陷数每月少于5个\n\n这是说明文字。",
            ["单元测试覆盖率从40%提升到70%", "线上缺陷数每月少于5个"],
        ),
        (
            "Objective: Speak with confidence\nKey Results:\n"
            "Join a speaking club by the end of March.\nGive 3 talks at work before June.",
            ["Join a speaking club by the end of March.", "Give 3 talks at work before June."],
        ),
        # a line left unfinished goes on in the next one: one key result
        (
            "目标：提升代码质量\n关键结果：\n单元测试覆盖率从40%提升到70%以上，\n线上缺陷数每月少于5个",
            ["单元测试覆盖率从40%提升到70%以上，线上缺陷数每月少于5个"],
        ),
    ],
)
def test_plain_lines_under_a_key_results_header_are_one_kr_each(text: str, krs: list[str]) -> None:
    d = parse(text)
    assert [k.text for k in d.objectives[0].key_results] == krs


def test_a_name_dash_period_title_above_a_nested_list() -> None:
    # "Corner Bakery — autumn quarter 2026 (Sofia, owner)": a short name, a dash and a period is
    # the set's title, so the outer items under it are its objectives (decision 127).
    d = parse(
        "Corner Bakery — autumn quarter 2026 (Sofia, owner)\n\n"
        "1) Become the neighbourhood's favourite Saturday stop\n"
        "   a) Saturday transactions from 210 to 300\n"
        "2) Waste less\n"
        "   a) Unsold bread thrown away below 5% of bake\n"
    )
    assert [o.text for o in d.objectives] == [
        "Become the neighbourhood's favourite Saturday stop",
        "Waste less",
    ]
    assert [len(o.key_results) for o in d.objectives] == [1, 1]


def test_one_column_for_objectives_and_key_results() -> None:
    # "| Objective / KR | Owner |" with bold objective rows: sections over key results.
    d = parse(
        "Marketing OKRs – Q2\n\n| Objective / KR | Owner |\n|---|---|\n"
        "| **O1. Reach $2M in marketing-sourced pipeline** | Priya |\n"
        "| Generate 600 MQLs | Priya |\n"
        "| **O2. Make our brand the first name ops leaders think of** | Priya |\n"
        "| Unaided awareness from 9% to 15% | Dan |\n"
    )
    assert [o.text for o in d.objectives] == [
        "Reach $2M in marketing-sourced pipeline",
        "Make our brand the first name ops leaders think of",
    ]
    assert [k.text for o in d.objectives for k in o.key_results] == [
        "Generate 600 MQLs",
        "Unaided awareness from 9% to 15%",
    ]


def test_a_colon_heading_and_a_note_to_readers_are_no_items() -> None:
    # Decision 205: where objectives carry labels, an unlabelled line ending in a colon heads
    # the key results under it; a label whose wording only asks the readers is a note.
    d = parse(
        "Q3 support objective — please review before Thursday's ops sync\n\n"
        "Objective: Make every caller feel heard in Q3 (owner: Ines)\n"
        "- KR1: First-contact resolution from 61% to 75%\n"
        "Night shift agents under it:\n"
        "- KR2: Night-shift CSAT from 3.9 to 4.4\n"
    )
    assert [o.text for o in d.objectives] == ["Make every caller feel heard in Q3 (owner: Ines)"]
    assert [k.text for k in d.objectives[0].key_results] == [
        "First-contact resolution from 61% to 75%",
        "Night-shift CSAT from 3.9 to 4.4",
    ]

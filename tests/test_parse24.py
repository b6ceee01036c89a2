"""Parser round 24 (issue 8, parse24): every item parses as the right kind — decisions 2760-2779.

Wordings written for these tests; each decision has cases that failed before its change and guards
that must not move."""

from __future__ import annotations

import pytest

from coach.review import parse


def _tree(text: str) -> list[tuple[str, list[str]]]:
    """(objective, [key results]) for every objective the parser reads."""
    return [(o.text, [k.text for k in o.key_results]) for o in parse(text).objectives]


# --- 2760: "Examples of objectives:", "Sample key results:", "示例目标：", "2027年度目标：" ----


@pytest.mark.parametrize(
    ("o_head", "kr_head"),
    [
        ("Examples of objectives:", "Examples of Key Results:"),
        ("Sample objectives:", "Sample key results:"),
        ("Example objectives", "Example KRs"),
        ("Objective examples:", "Key result examples:"),
        ("**Examples of Objectives:**", "**Examples of Key Results:**"),
        ("Samples of goals:", "Samples of key results:"),
    ],
)
def test_example_lists_name_their_kind(o_head: str, kr_head: str) -> None:
    text = (
        f"{o_head}\n- Win the trust of first-time home buyers\n- Make our branch visits painless\n\n"
        f"{kr_head}\n- Mortgage approvals within 10 days for 80% of files\n"
        "- Branch wait time under 8 minutes\n"
    )
    assert _tree(text) == [
        ("Win the trust of first-time home buyers", []),
        (
            "Make our branch visits painless",
            [
                "Mortgage approvals within 10 days for 80% of files",
                "Branch wait time under 8 minutes",
            ],
        ),
    ]


def test_example_kr_list_on_a_labelled_page_makes_no_false_objective() -> None:
    text = (
        "Examples of objectives:\n- Become the first choice for weekend repairs\n\n"
        "Examples of Key Results:\n- 300 weekend jobs booked\n- Repeat customers at 40%\n\n"
        "Objective 1: Grow the weekend service\nKey Result 1: 300 weekend jobs booked\n"
    )
    objectives = _tree(text)
    assert [o for o, _ in objectives] == [
        "Become the first choice for weekend repairs",
        "Grow the weekend service",
    ]
    assert objectives[0][1] == ["300 weekend jobs booked", "Repeat customers at 40%"]


@pytest.mark.parametrize(
    ("o_head", "kr_head"),
    [
        ("示例目标：", "示例关键结果："),
        ("目标示例：", "关键结果示例："),
        ("参考目标：", "参考关键结果："),
        ("目标举例：", "关键结果举例："),
        ("范例目标", "范例关键结果"),
    ],
)
def test_example_lists_name_their_kind_zh(o_head: str, kr_head: str) -> None:
    text = (
        f"{o_head}\n- 成为本市最受欢迎的亲子餐厅\n- 让每位会员每月都愿意回来\n\n"
        f"{kr_head}\n- 会员月复购率达到35%\n- 周末翻台率从2.5提升到3.2\n"
    )
    assert _tree(text) == [
        ("成为本市最受欢迎的亲子餐厅", []),
        ("让每位会员每月都愿意回来", ["会员月复购率达到35%", "周末翻台率从2.5提升到3.2"]),
    ]


@pytest.mark.parametrize(
    "head", ["2027年度目标：", "2027年目标：", "2026年度目标", "Q3目标：", "H2目标："]
)
def test_a_periods_goals_label_over_a_list_names_objectives(head: str) -> None:
    text = f"{head}\n- 完成新工厂投产\n- 打通华南经销网络\n- 建成客户服务中心\n"
    assert _tree(text) == [
        ("完成新工厂投产", []),
        ("打通华南经销网络", []),
        ("建成客户服务中心", []),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "2027年度目标：营收突破5亿元",  # wording after the colon: the objective itself
        "示例目标：成为用户首选的记账工具",
    ],
)
def test_guard_label_with_wording_stays_an_item(line: str) -> None:
    text = f"{line}\n- KR1：新签客户50家\n"
    objectives = _tree(text)
    assert len(objectives) == 1
    assert objectives[0][0].endswith(("5亿元", "记账工具"))


# --- 2761: a goals list, then a plain objective line over a measured list -------------------

_GOALS_FIRST = "- Open the Porto office\n- Hire a head of finance\n\n"


@pytest.mark.parametrize(
    "head",
    [
        "Our goals for Q1:",
        "Objectives:",
        "Board objectives for 2027:",
        "Goals:",
        "Team priorities for H2:",
        "Cycle Objectives:",
    ],
)
def test_objective_line_after_a_goals_list(head: str) -> None:
    text = (
        f"{head}\n{_GOALS_FIRST}Make payroll run itself\n"
        "- 98% of payslips issued without a manual fix\n- Payroll closes within 2 days of month end\n"
    )
    assert _tree(text) == [
        ("Open the Porto office", []),
        ("Hire a head of finance", []),
        (
            "Make payroll run itself",
            [
                "98% of payslips issued without a manual fix",
                "Payroll closes within 2 days of month end",
            ],
        ),
    ]


def test_two_objective_lines_after_a_goals_list() -> None:
    text = (
        f"Objectives:\n{_GOALS_FIRST}Keep riders safe\n- Incidents per 10k rides below 0.3\n\n"
        "Grow the courier fleet\n- 1,200 active couriers\n- Courier churn under 6% a month\n"
    )
    assert _tree(text) == [
        ("Open the Porto office", []),
        ("Hire a head of finance", []),
        ("Keep riders safe", ["Incidents per 10k rides below 0.3"]),
        ("Grow the courier fleet", ["1,200 active couriers", "Courier churn under 6% a month"]),
    ]


@pytest.mark.parametrize("head", ["本季度目标：", "2027年度目标：", "团队目标："])
def test_objective_line_after_a_goals_list_zh(head: str) -> None:
    text = (
        f"{head}\n1. 完成ERP系统切换\n2. 组建海外销售团队\n\n降低门店损耗\n"
        "- 损耗率从3%降到1.5%\n- 临期商品报废金额下降40%\n"
    )
    assert _tree(text) == [
        ("完成ERP系统切换", []),
        ("组建海外销售团队", []),
        ("降低门店损耗", ["损耗率从3%降到1.5%", "临期商品报废金额下降40%"]),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Infrastructure group",  # a group's name over more objectives
        "Working group",
        "Team Atlas",
        "Platform",
        "增长小组",
    ],
)
def test_guard_group_name_after_a_goals_list_heads_more_objectives(line: str) -> None:
    text = (
        f"Objectives:\n{_GOALS_FIRST}{line}\n- Make releases predictable\n- Cut build time by 40%\n"
    )
    assert [o for o, _ in _tree(text)] == [
        "Open the Porto office",
        "Hire a head of finance",
        "Make releases predictable",
        "Cut build time by 40%",
    ]


def test_guard_unmeasured_list_after_a_goals_list_stays_objectives() -> None:
    text = f"Objectives:\n{_GOALS_FIRST}Second half\n- Enter the Spanish market\n- Rebuild the website\n"
    assert [o for o, _ in _tree(text)] == [
        "Open the Porto office",
        "Hire a head of finance",
        "Enter the Spanish market",
        "Rebuild the website",
    ]


# --- 2762: a closing line over the e-mail's signature is no objective -----------------------


@pytest.mark.parametrize(
    ("closing", "sign"),
    [
        ("Happy to discuss in standup.", "— Kai"),
        ("Shout if anything looks off", "– Maria"),
        ("Comments welcome before Friday", "-- Tom Price"),
        ("See you at the offsite", "— Dana Lee, Head of Data"),
        ("Let me know what you think", "—— Wen"),
    ],
)
def test_closing_line_over_signature_is_prose(closing: str, sign: str) -> None:
    text = (
        "Here is what we commit to this quarter:\n\n"
        "* Faster month-end close\n    * Close in 4 working days (from 9)\n"
        "* Cleaner supplier data\n    * Duplicate suppliers below 1%\n\n"
        f"{closing}\n{sign}\n"
    )
    assert [o for o, _ in _tree(text)] == ["Faster month-end close", "Cleaner supplier data"]


def test_guard_line_over_a_dash_list_still_heads_it() -> None:
    text = "Q3 goals\n\nWin the Nordics\n— Sign 12 distributors\n— Revenue of €2M from the region\n"
    objectives = _tree(text)
    assert objectives and objectives[0][0] == "Win the Nordics"


# --- 2763: a slide number before a section name ("Slide 4 – Risks") --------------------------


@pytest.mark.parametrize(
    "slide",
    [
        "Slide 4 – Risks",
        "Slide 7: Next steps",
        "Slide 5 - Blockers",
        "Slide 6 — Initiatives",
        "第4页 风险与应对",
        "第5页：下季度计划",
    ],
)
def test_slide_number_before_a_section_name(slide: str) -> None:
    text = (
        "Slide 3 – Q4 OKRs\nO1 Make returns painless\n• KR1 Refunds within 3 days for 90% of returns\n"
        f"• KR2 Return rate below 6%\n{slide}\n• Carrier strike in March\n• Warehouse move\n"
    )
    assert _tree(text) == [
        (
            "Make returns painless",
            ["Refunds within 3 days for 90% of returns", "Return rate below 6%"],
        )
    ]


def test_guard_slide_title_naming_okrs_still_reads_its_items() -> None:
    text = "Slide 2 – Sales OKRs\nO1 Win the mid-market\n• KR1 40 new mid-market logos\n"
    assert _tree(text) == [("Win the mid-market", ["40 new mid-market logos"])]


# --- 2764: "[Key Result]" in brackets is a key result's label, as "[Objective]" is ----------


@pytest.mark.parametrize(
    "kr",
    [
        "[Key Result] Click-through on the first result from 38% to 50%",
        "[Key Result 1] Click-through on the first result from 38% to 50%",
        "- [Key result] Click-through on the first result from 38% to 50%",
        "【Key Result】Click-through on the first result from 38% to 50%",
        "[Key Results] Click-through on the first result from 38% to 50%",
    ],
)
def test_bracketed_key_result_label(kr: str) -> None:
    text = (
        f"[Objective] Make search feel obvious\n{kr}\n[Key Result] Zero-result searches below 3%\n"
    )
    assert _tree(text) == [
        (
            "Make search feel obvious",
            ["Click-through on the first result from 38% to 50%", "Zero-result searches below 3%"],
        )
    ]


def test_guard_bracketed_key_result_numbers() -> None:
    d = parse(
        "[Objective] Make search feel obvious\n[Key Result 2] Zero-result searches below 3%\n"
    )
    assert d.objectives[0].key_results[0].text == "Zero-result searches below 3%"


# --- 2765: a lead-in sentence over a two-level list is no objective --------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "Here is what we commit to this quarter:",
        "Hi all — here are our Q3 OKRs:",
        "Hello team, here's where we landed for H1:",
        "Below are the team's goals for the half:",
        "This quarter we will focus on:",
        "We're committing to the following:",
    ],
)
def test_lead_in_over_a_nested_list(lead: str) -> None:
    text = (
        f"{lead}\n\n* Quicker insurance claims\n    * Claims settled within 5 days for 85%\n"
        "* Fewer disputed invoices\n    * Disputed invoices below 2% of volume\n"
    )
    assert _tree(text) == [
        ("Quicker insurance claims", ["Claims settled within 5 days for 85%"]),
        ("Fewer disputed invoices", ["Disputed invoices below 2% of volume"]),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Make every customer feel heard on the first contact this year",  # a long objective
        "Become the default way teams in our region book shared desks",
    ],
)
def test_guard_objective_sentence_over_a_nested_list_keeps_its_reading(line: str) -> None:
    text = f"{line}\n\n* Faster answers\n    * First reply within 2 hours\n"
    before = _tree(text)
    assert before and before[0][0] == line


# --- 2766: a goals name heading a section, or with a blank line before its list -------------

_LABELLED_SECTION = (
    "### Payments squad [Ana]\nObjective 1: Make refunds instant for card payments\n"
    "- KR1: 95% of card refunds settle within 1 minute\n\n---\n\n"
)


@pytest.mark.parametrize(
    "name",
    [
        "Cycle Objective(s):",
        "Cycle Objectives:",
        "Quarter objectives:",
        "Team Objectives:",
        "**Sprint Objectives:**",
    ],
)
@pytest.mark.parametrize("gap", ["", "\n"])
def test_goals_name_heading_its_own_section(name: str, gap: str) -> None:
    text = (
        f"{_LABELLED_SECTION}### Mobile squad [Raj]\n{name}\n{gap}"
        "- Ship offline mode on Android\n- Cut app size by 25%\n- Move crash reports to the new tool\n"
    )
    assert _tree(text) == [
        ("Make refunds instant for card payments", ["95% of card refunds settle within 1 minute"]),
        ("Ship offline mode on Android", []),
        ("Cut app size by 25%", []),
        ("Move crash reports to the new tool", []),
    ]


@pytest.mark.parametrize(
    "name", ["Cycle Objective(s):", "Working group objectives:", "Objectives:"]
)
def test_goals_name_then_blank_line_then_its_list(name: str) -> None:
    text = (
        f"{name}\n\n1) Publish the data catalogue\n2) Open the public API\n\n"
        "Objective 3: Train every analyst on the new warehouse\n"
        "- KR1: 40 analysts certified by June\n"
    )
    assert _tree(text) == [
        ("Publish the data catalogue", []),
        ("Open the public API", []),
        ("Train every analyst on the new warehouse", ["40 analysts certified by June"]),
    ]


def test_guard_goals_under_an_objective_stay_its_key_results() -> None:
    # decision 357: "Goals:" under an objective lists what measures it
    text = "Objective: Grow the team\nTeam goals:\n- Hire 4 engineers\n- Onboard them in 30 days\n"
    assert _tree(text) == [("Grow the team", ["Hire 4 engineers", "Onboard them in 30 days"])]


def test_guard_unlabelled_page_section_goals_keep_their_reading() -> None:
    # no section of the page labels its objectives: the page-level readings decide
    text = "### Mobile squad\nTeam priorities:\n- Android offline mode\n- App size down 25%\n"
    base = _tree(text)
    assert base  # read as before; nothing of this decision applies
    assert all("Team priorities" not in o for o, _ in base) or len(base) == 1


# --- 2767: a listed objective restated with its label and key results is one objective ------


@pytest.mark.parametrize(
    ("head", "o1", "o2", "label", "kr"),
    [
        (
            "Cycle Objective(s):",
            "Upgrade the core network with no downtime",
            "Cut node costs",
            "Objective 1:",
            "- KR1: Zero minutes of downtime during the upgrade",
        ),
        (
            "Our objectives:",
            "Grow the partner channel in Iberia",
            "Make onboarding self-serve",
            "Objective 1 —",
            "KR1: 20 partners signed",
        ),
        (
            "Objectives:",
            "Become the default clinic booking tool",
            "Hire a support lead",
            "O1:",
            "- KR1: 300 clinics paying monthly",
        ),
        ("目标清单：", "提升新客转化", "降低履约成本", "目标1：", "KR1：新客转化率从3%提升到5%"),
        ("本季度目标：", "建设数据中台", "完成ERP切换", "O1：", "KR1：核心报表100%从数据中台出数"),
    ],
)
def test_listed_objective_restated_with_label(
    head: str, o1: str, o2: str, label: str, kr: str
) -> None:
    text = f"{head}\n1. {o1}\n2. {o2}\n\n{label} {o1}\n{kr}\n"
    tree = _tree(text)
    assert [o for o, _ in tree].count(o1) == 1
    assert sorted(o for o, _ in tree) == sorted([o1, o2])
    assert dict(tree)[o1] and not dict(tree)[o2]


def test_guard_two_labelled_objectives_with_the_same_words_stay_two() -> None:
    text = "O1: Grow the partner channel\nKR1: 20 partners\nO2: Grow the partner channel\nKR1: 30 partners\n"
    assert len(_tree(text)) == 2


def test_guard_listed_objective_with_its_own_key_results_stays() -> None:
    text = (
        "Objectives:\n- Grow the partner channel\n  - 20 partners signed\n- Hire a support lead\n\n"
        "Objective 1: Grow the partner channel\nKR1: $2M sourced by partners\n"
    )
    assert [o for o, _ in _tree(text)] == [
        "Grow the partner channel",
        "Hire a support lead",
        "Grow the partner channel",
    ]


# --- 2768: a separator row aligned with one dash per cell ----------------------------------


@pytest.mark.parametrize(
    "sep",
    [
        "| :-- | :-- | :-: |",
        "|:-|:-:|-:|",
        "| :- | :- | :- |",
        "|:--|:-:|--:|",
        "| :---: | :- | ---: |",
    ],
)
def test_one_dash_aligned_separator_row(sep: str) -> None:
    text = (
        f"| Objective | Key result | Owner |\n{sep}\n"
        "| Keep the fleet on the road | Vehicle uptime at 97% | Ivo |\n"
        "| | Breakdowns per 100k km below 2 | Ivo |\n"
    )
    assert _tree(text) == [
        ("Keep the fleet on the road", ["Vehicle uptime at 97%", "Breakdowns per 100k km below 2"])
    ]


def test_guard_dash_cells_without_colons_are_a_row() -> None:
    from coach.parse_tables import is_separator

    assert not is_separator("| - | - |")
    assert not is_separator("| -5 | 3 |")
    assert is_separator("| --- | --- |")


# --- 2769: this week's focus is the week's work, not key results ----------------------------


@pytest.mark.parametrize(
    "head", ["本周重点：", "本周工作：", "本周重点工作：", "这周安排：", "This week's focus:"]
)
def test_weeks_work_under_a_weekly_report(head: str) -> None:
    text = (
        "O1：提升华东区销售额\n- KR1：新签合同金额达到3000万\n- KR2：新增经销商15家\n\n"
        f"{head}\n- 拜访重点客户8家\n- 完成经销商大会筹备\n"
    )
    assert _tree(text) == [("提升华东区销售额", ["新签合同金额达到3000万", "新增经销商15家"])]


def test_guard_labelled_key_results_after_the_weeks_work_still_read() -> None:
    text = (
        "O1：提升华东区销售额\n- KR1：新签合同金额达到3000万\n\n本周重点：\n- 拜访重点客户8家\n\n"
        "O2：降低回款周期\n- KR1：平均回款周期从60天缩短到45天\n"
    )
    assert _tree(text) == [
        ("提升华东区销售额", ["新签合同金额达到3000万"]),
        ("降低回款周期", ["平均回款周期从60天缩短到45天"]),
    ]


# --- 2770: flush key-value records of objectives ("title:" … "keyResults:") -----------------


@pytest.mark.parametrize(
    ("tkey", "kkey", "okey"),
    [
        ("title", "keyResults", "owner"),
        ("title", "key_results", "owner"),
        ("objective", "krs", "owner"),
        ("name", "key-results", "assignee"),
        ("title", "KRs", "dri"),
    ],
)
def test_flush_records_of_objectives(tkey: str, kkey: str, okey: str) -> None:
    text = (
        "sample data\n\n"
        f"{tkey}: Make field repairs faster\ndescription: Crews wait too long for parts\n"
        f"{okey}: Jo Park\nquarter: 2027-Q1\n{kkey}:\n- Median repair time under 4 hours\n"
        "- Parts in the van for 90% of jobs\n\n"
        f"{tkey}: 提升备件周转\n{okey}: 王强\n{kkey}:\n- 备件周转天数从40天降到25天\n"
    )
    d = parse(text)
    assert [(o.text, o.owner, [k.text for k in o.key_results]) for o in d.objectives] == [
        (
            "Make field repairs faster",
            "Jo Park",
            ["Median repair time under 4 hours", "Parts in the van for 90% of jobs"],
        ),
        ("提升备件周转", "王强", ["备件周转天数从40天降到25天"]),
    ]


def test_guard_a_drafts_labels_are_no_records() -> None:
    text = (
        "Objective: Make field repairs faster\nKey results:\n- Median repair time under 4 hours\n\n"
        "Objective: Cut parts waste\nKey results:\n- Scrapped parts below 2%\n"
    )
    assert _tree(text) == [
        ("Make field repairs faster", ["Median repair time under 4 hours"]),
        ("Cut parts waste", ["Scrapped parts below 2%"]),
    ]


def test_guard_one_record_alone_keeps_its_reading() -> None:
    from coach.parse_yaml import read

    assert (
        read("title: Make field repairs faster\nkeyResults:\n- Median repair under 4 hours\n")
        is None
    )


# --- 2771: a database view's Name column; a sheet whose numbers give the kinds ---------------


@pytest.mark.parametrize("name", ["Name", "Title", "名称", "标题", "Goal name"])
def test_name_column_before_the_type_column(name: str) -> None:
    text = (
        f"{name}\tType\tParent\tOwner\tProgress\n"
        "Win the SMB market\tObjective\t\tLea\t30%\n"
        "1,500 new SMB accounts\tKey Result\tWin the SMB market\tTom\t40%\n"
        "SMB churn below 2% monthly\tKey Result\tWin the SMB market\tLea\t20%\n"
    )
    d = parse(text)
    assert [
        (o.text, o.owner, [(k.text, k.owner) for k in o.key_results]) for o in d.objectives
    ] == [
        (
            "Win the SMB market",
            "Lea",
            [("1,500 new SMB accounts", "Tom"), ("SMB churn below 2% monthly", "Lea")],
        )
    ]


def test_name_column_in_a_markdown_table() -> None:
    text = (
        "| Name | Type | Owner |\n|---|---|---|\n| Open two new depots | Objective | Kofi |\n"
        "| Depots running at 80% capacity by June | Key Result | Kofi |\n"
    )
    assert _tree(text) == [("Open two new depots", ["Depots running at 80% capacity by June"])]


@pytest.mark.parametrize(
    ("idh", "texth", "sep"),
    [
        ("编号", "目标/关键结果", "\t"),
        ("序号", "内容", "\t"),
        ("No.", "Item", "\t"),
        ("#", "Objective / Key result", " | "),
        ("编号", "目标与关键结果", " | "),
    ],
)
def test_outline_numbers_give_the_kinds(idh: str, texth: str, sep: str) -> None:
    rows = [
        (idh, texth, "负责人"),
        ("1", "提升门店客流", "周琳"),
        ("1.1", "日均进店人数从300提升到400", "周琳"),
        ("1.2", "会员到店占比达到45%", "吴昊"),
        ("2", "提高人效", "郑凯"),
        ("2.1", "人均日销售额提升20%", "郑凯"),
    ]
    if sep == "\t":
        text = "".join("\t".join(r) + "\n" for r in rows)
    else:
        lines = [f"| {' | '.join(r)} |" for r in rows]
        text = "\n".join([lines[0], "|---|---|---|", *lines[1:]]) + "\n"
    d = parse(text)
    assert [(o.text, [(k.text, k.owner) for k in o.key_results]) for o in d.objectives] == [
        ("提升门店客流", [("日均进店人数从300提升到400", "周琳"), ("会员到店占比达到45%", "吴昊")]),
        ("提高人效", [("人均日销售额提升20%", "郑凯")]),
    ]


def test_guard_id_column_beside_named_columns_says_no_kind() -> None:
    # decision 1910: numbers beside an objective column and a key-result column are ids
    text = (
        "| 编号 | 目标 | 关键结果 |\n|---|---|---|\n| 1 | 增长营收 | 新客户80家 |\n"
        "| 1.1 | | 老客户复购率达到40% |\n| 2 | 降低成本 | 物流成本下降10% |\n"
    )
    assert _tree(text) == [
        ("增长营收", ["新客户80家", "老客户复购率达到40%"]),
        ("降低成本", ["物流成本下降10%"]),
    ]


def test_guard_a_run_of_ids_is_no_outline() -> None:
    from coach.parse_tables import _outline_numbers

    assert not _outline_numbers(["1", "2", "3"])
    assert not _outline_numbers(["1", "2.1"])
    assert _outline_numbers(["1", "1.1", "1.2", "2", "2.1"])


def test_a_periods_goals_label_keeps_its_period_over_the_list() -> None:
    # decision 2760: the year of "2027年度目标：" covers the objectives listed under it
    for head, period in [("2027年度目标：", "2027"), ("2027年Q3目标：", "Q3"), ("H2目标：", "H2")]:
        d = parse(f"{head}\n- 完成新工厂投产\n- 打通华南经销网络\n")
        assert d.timeframe is not None and period in d.timeframe.text, head


# --- 2772: a tracker's issue key before a bracketed type ------------------------------------


@pytest.mark.parametrize("key", ["OKR-12", "GROW-88", "PLAT-301", "OKR-1", "Q3-OKR-4"])
def test_issue_key_before_bracketed_type(key: str) -> None:
    text = (
        f"{key} [Objective] Make search feel obvious\n"
        f"  {key}1 [Key Result] Click-through on the first result from 38% to 50% — Assignee: Mia\n"
        f"  {key}2 [KR] Zero-result searches below 3%\n"
    )
    d = parse(text)
    assert [(o.text, [k.text for k in o.key_results]) for o in d.objectives] == [
        (
            "Make search feel obvious",
            [
                "Click-through on the first result from 38% to 50% — Assignee: Mia",
                "Zero-result searches below 3%",
            ],
        )
    ]
    assert d.objectives[0].key_results[0].owner == "Mia"
    assert d.objectives[0].key_results[1].owner is None  # the key names no owner


def test_guard_bracketed_words_after_a_name_are_no_label() -> None:
    text = "O1: Make search feel obvious\nKR1: Search team [Platform] cuts zero results below 3%\n"
    assert _tree(text) == [
        ("Make search feel obvious", ["Search team [Platform] cuts zero results below 3%"])
    ]


# --- 2773: an article before "KR" makes it a noun in a sentence -----------------------------


@pytest.mark.parametrize(
    "reply",
    [
        "nice — maybe add a KR about accessibility?",
        "could we add one more KR on churn?",
        "I'd drop the KR about hiring",
        "love it, but each KR needs an owner",
        "我觉得可以再加一个KR：留存率",
    ],
)
def test_reply_naming_a_kr_is_no_key_result(reply: str) -> None:
    text = (
        "Priya Shah  9:02 AM\nO1: Make the store fast on slow phones\n"
        "• KR1: LCP under 2.5 s on 3G\nMarco Ruiz  9:15 AM\n"
        f"{reply}\n"
    )
    assert _tree(text) == [("Make the store fast on slow phones", ["LCP under 2.5 s on 3G"])]


@pytest.mark.parametrize(
    "line", ["Sales — O1: Grow the mid-market", "Team A — O1: Grow the mid-market"]
)
def test_guard_role_before_label_still_reads(line: str) -> None:
    d = parse(f"{line}\nKR1: 40 new mid-market logos\n")
    assert d.objectives[0].text == "Grow the mid-market"


# --- 2774: a Chinese not-doing list, and a heading's section number -------------------------


@pytest.mark.parametrize(
    "head",
    ["### 三、本季度不做的事", "本季度不做：", "不做清单：", "## （四）暂不做的事项", "暂缓事项："],
)
def test_not_doing_list_zh(head: str) -> None:
    text = (
        "### 一、目标：提升会员续费率\n1. 会员到期续费率从55%提升到70%\n\n"
        f"{head}\n- 不再新增线下活动\n- 暂停海外渠道投放\n"
    )
    assert _tree(text) == [("提升会员续费率", ["会员到期续费率从55%提升到70%"])]


def test_guard_numbered_heading_of_an_objective_reads_as_before() -> None:
    text = "### 二、提升会员续费率\n1. 会员到期续费率从55%提升到70%\n"
    tree = _tree(text)
    assert len(tree) == 1 and tree[0][0].endswith("提升会员续费率")
    assert tree[0][1] == ["会员到期续费率从55%提升到70%"]


# --- 2775: a label typed with a homophone ("关健结果", "目表") -----------------------------


@pytest.mark.parametrize(
    ("o", "k"),
    [
        ("目表1：", "关健结果1："),
        ("目标1：", "关建结果1："),
        ("目表：", "关键结果："),
        ("**目表1：**", "- 关健结果1："),
        ("目标一：", "关健成果1："),
    ],
)
def test_label_homophone_typos(o: str, k: str) -> None:
    text = f"{o}让更多人记住品牌\n{k}公众号粉丝从8万增长到15万\n"
    assert _tree(text) == [("让更多人记住品牌", ["公众号粉丝从8万增长到15万"])]


def test_guard_typo_words_inside_wording_stay() -> None:
    text = "目标：把目表做好\n关键结果：关健结果的说明写清楚，覆盖率100%\n"
    assert _tree(text) == [("把目表做好", ["关健结果的说明写清楚，覆盖率100%"])]


# --- 2776: "1 转正并拿到A绩效" — a bare number before each objective -----------------------


def test_bare_numbers_before_objectives_zh() -> None:
    text = (
        "2026年Q1 张小北个人OKR\n\n1 转正并拿到A绩效\n- 3月底前通过转正答辩\n- 主管评价得分4分以上\n"
        "2 身体健康\n- 每周去健身房3次\n- 体脂率从25%降到20%\n3 多读书\n- 读完12本书\n"
    )
    assert [o for o, _ in _tree(text)] == ["转正并拿到A绩效", "身体健康", "多读书"]


@pytest.mark.parametrize(
    "text",
    [
        "1 个目标：提升复购率\n- 复购率从15%提升到22%\n",  # one objective: the number is a count
        "2 身体健康\n- 每周去健身房3次\n1 转正\n- 3月底前通过答辩\n",  # not 1, 2 in order
        "O1：3 个新市场全部盈利\nKR1：华南区利润率10%\n",  # a labelled objective's figure
    ],
)
def test_guard_numbers_that_are_wording_stay(text: str) -> None:
    first = _tree(text)[0][0]
    assert first[:1].isdigit()


# --- 2777: a bar between a title's parts after "OKR" -----------------------------------------


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("我的博主副业OKR｜2026年Q2｜阿杰", "personal"),
        ("我的读书OKR|2027年Q1", "personal"),
        ("增长小组OKR·2027 Q2", "team"),
        ("个人OKR—2027年上半年", "personal"),
        ("我的健身OKR・Q3", "personal"),
    ],
)
def test_bar_after_okr_ends_a_title(title: str, level: str) -> None:
    d = parse(f"{title}\n\nO1：把小红书做起来\nKR1：粉丝从500涨到5000\n")
    assert d.objectives[0].level == level


def test_guard_issue_key_after_okr_is_no_title() -> None:
    d = parse(
        "OKR-12 [Objective] Make search feel obvious\nOKR-13 [KR] Zero-result searches below 3%\n"
    )
    assert d.objectives[0].text == "Make search feel obvious"


@pytest.mark.parametrize(
    "head", ["本季度目标：", "2027年目标：", "Q3目标：", "示例目标：", "目标清单："]
)
def test_numbers_under_a_chinese_ordinal_nest_under_a_goals_label(head: str) -> None:
    # decision 2760 with decision 1178: "一、" items are the objectives, "1." their key results
    text = (
        f"{head}\n一、把身体练好\n1. 体重从70公斤减到63公斤\n2. 每周跑步3次\n"
        "二、存下一笔钱\n1. 年底存款达到5万\n"
    )
    assert _tree(text) == [
        ("把身体练好", ["体重从70公斤减到63公斤", "每周跑步3次"]),
        ("存下一笔钱", ["年底存款达到5万"]),
    ]

"""Layouts of published OKR pages nobody had tuned for (issue 8 item 5, tenth round, decisions
540-547): slug headings with a status mark and "**Key:** value" fields over a "| Target (KR) |
Current status |" table, a status legend above the objectives, a "### Team" field between an
objective heading and its "### Key Results", parts of a key result announced with "including:",
a scale under a "Measure:" field, a vision above the objectives, a list pasted from code as
quoted strings, a tracker's link under an objective heading, and numbered themes over labelled
objectives. Each draft here is written in that layout with its own wording."""

from __future__ import annotations

from test_parse_handbook_pages import fired, shape

from coach.parse_tables import role_of

ORCHARD = (
    "# Orchard OKRs\n\n"
    "What the orchard team works toward this season.\n\n"
    "---\n\n"
    "## harvest-yield 🟡\n\n"
    "**Description:** Trees give more fruit without extra spraying.\n\n"
    "**Last updated:** 2026-04-02\n\n"
    "| Target (KR) | Current status |\n|---|---|\n"
    "| Apples picked per tree reach 120 kg by September. | 🟡 80 kg so far. |\n"
    "| Pest losses stay under 5% of the crop. | 🟢 3% at the last count. |\n\n"
    "## product-shop 🔴\n\n"
    "**Description:** The farm shop becomes a place people come back to.\n\n"
    "| Target (KR) | Current status |\n|---|---|\n"
    "| Repeat visitors make up 40% of weekend sales. | 🔴 Not tracked yet. |\n"
)
ORCHARD_SHAPE = [
    (
        "harvest-yield 🟡",
        [
            "Apples picked per tree reach 120 kg by September.",
            "Pest losses stay under 5% of the crop.",
        ],
    ),
    ("product-shop 🔴", ["Repeat visitors make up 40% of weekend sales."]),
]


def test_a_target_column_marked_kr_holds_the_key_results() -> None:
    # Decision 540: "Target (KR)" is the key result written as its target.
    assert role_of("Target (KR)") == "kr"
    assert role_of("目标（KR）") == "kr"
    assert role_of("Target (Q3)") == "target"
    assert role_of("Current status") == "status"


def test_a_slug_heading_with_fields_over_a_key_result_table_is_the_objective() -> None:
    # Decision 540: the fields ("**Description:**", "**Last updated:**") between the heading and
    # its table are the objective's, and "product-shop" is a slug, not the product team.
    assert shape(ORCHARD) == ORCHARD_SHAPE


def test_a_status_legend_above_the_objectives_holds_no_items() -> None:
    # Decision 541.
    legend = (
        "**Status legend:**\n"
        "- 🟢 — on course, with evidence.\n"
        "- 🟡 — mixed signals.\n"
        "- 🔴 — off course or not measured.\n\n"
    )
    text = ORCHARD.replace("---\n\n", legend + "---\n\n", 1)
    assert shape(text) == ORCHARD_SHAPE
    zh = (
        "图例：\n- ✅ 已达成\n- ⚠️ 有风险\n\n"
        "## 提升门店复购\n- 复购率从 20% 提升到 30%\n- 会员数达到 5000 人\n"
    )
    assert shape(zh) == [("提升门店复购", ["复购率从 20% 提升到 30%", "会员数达到 5000 人"])]


def test_a_team_field_heading_between_an_objective_and_its_key_results() -> None:
    # Decision 542: "### Team" over its one-line value is a field of the heading above.
    text = (
        "# Objectives and Key Results\n\n"
        "## Clinic revenue target\n"
        "### Team\n"
        "Outpatient care\n\n"
        "### Key Results\n"
        "- $2 million in new revenue (target: 2000000)\n\n"
        "## Make booking a visit take one minute\n"
        "Patients book online without calling the front desk.\n\n"
        "### Team\n"
        "Digital front door\n\n"
        "### Key Results\n"
        "- 70% of visits booked online (target: 70)\n"
    )
    assert shape(text) == [
        ("Clinic revenue target", ["$2 million in new revenue (target: 2000000)"]),
        ("Make booking a visit take one minute", ["70% of visits booked online (target: 70)"]),
    ]


def test_parts_announced_by_a_key_result_and_a_measures_scale_are_no_key_results() -> None:
    # Decision 543.
    text = (
        "## Family time\n\n"
        "### Key Results\n\n"
        "**Holidays**\n"
        "- Plan an autumn cycling week including:\n"
        "  - At least 2 stops chosen by Mia\n"
        "  - One rest day after every 3 riding days\n"
        "- Measure: stops chosen by Mia\n\n"
        "**Mood**\n"
        "- Note the family's mood every Sunday\n"
        "- Measure: mood rating (1–5 scale)\n"
        "  - 1 = grumpy, 3 = fine, 5 = great\n"
        "- Target: average ≥ 3.5\n"
    )
    assert shape(text) == [
        (
            "Family time",
            ["Plan an autumn cycling week including:", "Note the family's mood every Sunday"],
        )
    ]


def test_a_vision_heading_states_no_objective() -> None:
    # Decision 544.
    text = (
        "## Our mission\n\n* Every village gets clean water\n\n"
        "## Q2 objectives\n\n"
        "* Keep all 12 wells running\n  * 95% of days with water at every well\n"
    )
    assert shape(text) == [("Keep all 12 wells running", ["95% of days with water at every well"])]
    zh = "愿景：\n- 做最受欢迎的社区书店\n\n目标1：让老读者常回来\n关键结果1：月复购率达到 35%\n"
    assert shape(zh) == [("让老读者常回来", ["月复购率达到 35%"])]


def test_a_list_pasted_from_code_is_read_as_the_quoted_lines() -> None:
    # Decision 545.
    text = (
        "okrs: [\n"
        '  "Objective: Make our tram line the punctual choice downtown",\n'
        '  "KR1: 92% of trams leave within one minute of the timetable",\n'
        '  "KR2: Complaints about waiting fall from 300 to 120 a month"\n'
        "],\n"
    )
    assert shape(text) == [
        (
            "Make our tram line the punctual choice downtown",
            [
                "92% of trams leave within one minute of the timetable",
                "Complaints about waiting fall from 300 to 120 a month",
            ],
        )
    ]


def test_a_trackers_link_under_an_objective_heading_is_no_objective() -> None:
    # Decision 546.
    text = (
        "### 1. COO: Faster deliveries\n"
        "[Board 12](https://tracker.example/boards/12)\n"
        "1. **COO KR:** Deliver 95% of parcels next day\n"
        "    1. **Fleet**: Add 4 night routes [Card 88](https://tracker.example/c/88)\n"
    )
    [(objective, krs)] = shape(text)
    assert objective == "COO: Faster deliveries"
    assert len(krs) == 2


def test_numbered_themes_over_labelled_objectives_are_sections() -> None:
    # Decision 547.
    text = (
        "1. Reach (new readers)\n\n"
        "• Objective: Put the paper in every student's pocket. (Lea)\n"
        "\t• KR 1: 4,000 students install the app\n\n"
        "2. Revenue (paid plans)\n\n"
        "• Objective: Turn loyal readers into subscribers.\n"
        "\t• KR 1: 600 paid subscriptions\n"
    )
    assert shape(text) == [
        ("Put the paper in every student's pocket. (Lea)", ["4,000 students install the app"]),
        ("Turn loyal readers into subscribers.", ["600 paid subscriptions"]),
    ]


def test_a_key_result_numbered_by_a_letter_and_a_digit_after_a_hyphen() -> None:
    # Decision 548: "KR-S1：" (the key results of a shared "S" track) is a key-result label.
    text = "目标：让共享平台稳定可靠\nKR-S1：核心接口可用率达到 99.9%\nKR-S2：告警平均响应时间低于 5 分钟\n"
    assert shape(text) == [
        ("让共享平台稳定可靠", ["核心接口可用率达到 99.9%", "告警平均响应时间低于 5 分钟"])
    ]


def test_a_trackers_link_and_reference_hold_no_target() -> None:
    # Decision 549: the numbers of "[Card 88](https://…/c/88)", a bare URL or "[#123]" count
    # nothing; a figure in the wording still does.
    head = "Objective: Make deliveries faster in Q3\nKR1: "
    for kr in (
        "Open the north depot [Card 88](https://tracker.example/c/88)",
        "Open the north depot (plan: https://tracker.example/issues/42)",
        "Open the north depot [#123]",
    ):
        assert fired(head + kr + "\n", "kr-not-quantified"), kr
    text = head + "Deliver 95% of parcels next day [Card 88](https://tracker.example/c/88)\n"
    assert fired(text, "kr-not-quantified") == []

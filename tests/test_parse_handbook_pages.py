"""English OKR pages as team handbooks and decision records publish them (issue 8 item 5, round
six, decisions 288-296): HTML layout lines, page components that name a person, a bold objective
over "We'll know we're successful when", a lead-in sentence over a heading's list, objectives told
in a paragraph, a document's date line. Each draft is written here in that layout."""

from __future__ import annotations

import pytest

from coach import parse, review
from coach.facts.owner import find_owner, heading_owner
from coach.facts.timeframes import has_deadline


def shape(text: str) -> list[tuple[str, list[str]]]:
    d = parse(text)
    return [(o.text, [k.text for k in o.key_results]) for o in d.objectives]


def fired(text: str, rule: str) -> list[str]:
    r = review(text, select=[rule])
    return [f.target for f in r.findings if f.rule_id == rule]


def test_layout_tags_hold_no_wording_and_a_summary_line_is_its_text() -> None:
    text = (
        "### Q2 2026 objectives\n\n<details>\n<summary>Grow the podcast audience (Mira)</summary>\n\n"
        "- **Rationale:** New listeners find us through guests.\n"
        "- **Things we could do:** Invite two guests from other shows.\n"
        "- Weekly listens from 2,000 to 5,000\n\n</details>\n"
    )
    assert shape(text) == [
        ("Grow the podcast audience (Mira)", ["Weekly listens from 2,000 to 5,000"])
    ]


def test_a_closed_layout_line_parts_two_blocks() -> None:
    text = (
        "<details>\n<summary>Objective: Speed up the nightly build</summary>\n\n"
        "- Nightly build time from 90 to 40 minutes\n</details>\n<br />\n"
        "<details>\n<summary>Objective: Make releases calm</summary>\n\n"
        "- Rollbacks per release from 3 to 1\n</details>\n"
    )
    assert shape(text) == [
        ("Speed up the nightly build", ["Nightly build time from 90 to 40 minutes"]),
        ("Make releases calm", ["Rollbacks per release from 3 to 1"]),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Add saved cards at checkout – <TeamMember name="Tomas Ek" />', "Tomas Ek"),
        ("Cut refund time to 2 days <Person name='Li Wei' photo/>", "Li Wei"),
        ('Index help articles <TeamMember name="Zoë Ångström" photo />', "Zoë Ångström"),
    ],
)
def test_a_page_component_with_a_persons_name_owns_the_item(text: str, name: str) -> None:
    found = find_owner(text)
    assert found is not None and found[0] == name


@pytest.mark.parametrize(
    "text",
    [
        'Embed the chart <Chart name="weekly signups" />',
        'Ship the banner <Banner name="spring-sale" />',
        '<TeamMember name="Rosa Lind" /> cut refund time to 2 days',  # nothing before it
    ],
)
def test_a_component_without_a_person_before_nothing_is_no_owner(text: str) -> None:
    assert find_owner(text) is None


def test_a_heading_that_only_shows_a_person_owns_the_items_under_it() -> None:
    assert heading_owner('<TeamMember name="Ida Holm" photo />')
    assert not heading_owner('<Chart name="quarterly churn" />')
    text = (
        "## Q3 2026 Goals\n\n"
        '### <TeamMember name="Ida Holm" photo />\n'
        "**Make renewals painless for every account**:\n\n"
        "**We'll know we're successful when**:\n"
        "- 95% of renewals close before the due date.\n"
        "- Signatures chased by email drop from 40 to 5 a month.\n"
    )
    assert shape(text) == [
        (
            "Make renewals painless for every account",
            [
                "95% of renewals close before the due date.",
                "Signatures chased by email drop from 40 to 5 a month.",
            ],
        )
    ]
    assert fired(text, "kr-no-owner") == []


def test_a_bold_line_over_a_success_label_is_the_objective_though_a_note_sits_between() -> None:
    text = (
        '### <TeamMember name="Omar Said" photo />\n'
        "**Help every rep prepare for calls**\n\n"
        "*A brief that pulls each account's recent tickets.*\n\n"
        "**We'll know we're successful when**:\n"
        "- Every call starts with a brief.\n"
        "- Reps spend under 10 minutes preparing.\n"
    )
    assert shape(text) == [
        (
            "Help every rep prepare for calls",
            ["Every call starts with a brief.", "Reps spend under 10 minutes preparing."],
        )
    ]


def test_a_lead_in_sentence_over_a_headings_list_is_prose() -> None:
    text = (
        "### Q1 2026 objectives\n\n"
        '#### Make search the default entry point <TeamMember name="Rosa Lind" photo />\n\n'
        "We want people to start from search by:\n"
        "- Indexing every help article\n"
        "- Adding typo tolerance to the search box\n"
    )
    d = parse(text)
    assert [k.text for k in d.objectives[0].key_results] == [
        "Indexing every help article",
        "Adding typo tolerance to the search box",
    ]
    assert d.objectives[0].text.startswith("Make search the default entry point")
    assert fired(text, "kr-no-owner") == []


def test_headings_under_an_objectives_heading_are_objectives_told_in_a_paragraph() -> None:
    text = (
        "### Q1 2026 Objectives\nThis quarter we make billing boring.\n\n"
        '#### Ship invoices in three currencies <TeamMember name="Rosa Lind" photo />\n\n'
        "Customers abroad need local invoices.\n\n"
        '#### Retire the legacy tax service <TeamMember name="Tomas Ek" photo />\n\n'
        "It costs us two on-call pages a week.\n\n"
        "#### Notes\n\nWe review these monthly.\n"
    )
    assert [o.text.split(" <")[0] for o in parse(text).objectives] == [
        "Ship invoices in three currencies",
        "Retire the legacy tax service",
    ]


def test_headings_under_a_plain_section_stay_headings() -> None:
    text = (
        "### Background\n\n#### Why billing hurts\n\nInvoices go out late.\n\n"
        "### Objective: Make billing boring\n- Late invoices from 30 to 2 a month\n"
    )
    assert [o.text for o in parse(text).objectives] == ["Make billing boring"]


def test_a_documents_date_line_is_no_period_but_a_dates_range_is() -> None:
    body = (
        '### Objective 1: Training -- "Better onboarding"\n\n'
        "- **Mentoring [COMMITTED]:** Pair every new hire with a mentor.\n"
    )
    dated = "# 7. Plan for 2025: Objectives and Key Results\n\nDate: 2024-11-02\n\n" + body
    assert fired(dated, "kr-no-deadline") and fired(dated, "objective-no-timeframe")
    updated = "# Team goals\n\nLast updated: 3 May 2024\n\n" + body
    assert fired(updated, "kr-no-deadline")
    ranged = "# Team goals\n\nDates: Jan 6 – Mar 28 2025\n\n" + body
    assert fired(ranged, "kr-no-deadline") == []


@pytest.mark.parametrize(
    "text",
    [
        "Obtain licenses in Texas and Florida by September 30",
        "Open the Alberta office by March 31",
        "Ship the new data in Q2",
        "OKR-a-rama Q3 2019",
    ],
)
def test_a_word_ending_in_a_before_a_date_is_no_cadence(text: str) -> None:
    assert has_deadline(text, "en")


@pytest.mark.parametrize("text", ["Run twice a week", "Publish one post a month"])
def test_a_before_a_period_is_still_a_cadence(text: str) -> None:
    assert not has_deadline(text, "en")


def test_a_quarterly_objectives_title_gives_the_quarter() -> None:
    text = (
        "# Quarterly Objectives and Key Results\n\n### Make the build reliable\n"
        " - Flaky tests fall from 30 to 5\n"
    )
    assert fired(text, "kr-no-deadline") == []
    assert fired(
        "# Objectives and Key Results\n\n### Make the build reliable\n"
        " - Flaky tests fall from 30 to 5\n",
        "kr-no-deadline",
    )


def test_the_person_left_out_is_no_owner() -> None:
    assert find_owner("Every PR gets a first review from someone other than @lena") is None
    assert find_owner("All but Sam rotate on call") is None
    assert find_owner("First review within a day (@lena)") is not None


def test_a_two_word_function_in_brackets_owns_the_item() -> None:
    text = "## 2026 Q1\n\nObjective: Keep customers\n- Business (Customer Success) KR: NRR from 104% to 112%\n"
    assert fired(text, "kr-no-owner") == []


def test_a_bold_named_key_result_keeps_its_sentence_and_its_nested_work_is_no_kr() -> None:
    text = (
        "### Objective 1: Make support lighter\n\n"
        "- **Self-service docs [COMMITTED]:** Cut repeat questions in the help channel by 40%.\n"
        "  - List the ten most asked questions\n"
        "    - _Ask the support rota_\n"
        "  - Write an answer page for each\n"
        "- **Chat helper [ASPIRATIONAL]:** Answer 30% of first questions without a human.\n"
        "  - Pick a tool\n"
    )
    assert shape(text) == [
        (
            "Make support lighter",
            [
                "Cut repeat questions in the help channel by 40%.",
                "Answer 30% of first questions without a human.",
            ],
        )
    ]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("- **Sales:** Close 20 new deals in the north", "Sales"),
        ("- **NPS:** from 30 to 50", "NPS"),
    ],
)
def test_a_bold_owner_or_metric_before_a_colon_stays_in_the_wording(line: str, name: str) -> None:
    [kr] = shape("Objective: Win the north\n" + line + "\n")[0][1]
    assert name in kr


def test_score_and_notes_fields_under_an_objective_are_not_key_results() -> None:
    text = (
        "## Objective: `Grow the newsletter`\n"
        "- **Key Results:** Ana and Tomas equally\n"
        "  1. `Reach 3,000 subscribers`\n"
        "  2. `Open rate above 45%`\n"
        "- **Final Score**\n\n"
        "| Date | KR #1 | KR #2 |\n|---|---|---|\n| 01.04.25 | 0.8 | 0.6 |\n\n"
        "- **Notes:**\n"
        "  * `Counted from the mailing tool's export.`\n\n"
        "## Objective: `Make the archive useful`\n"
        "- **Key Results:** Ana\n"
        "  1. `Every issue tagged by topic`\n"
    )
    assert shape(text) == [
        ("Grow the newsletter", ["Reach 3,000 subscribers", "Open rate above 45%"]),
        ("Make the archive useful", ["Every issue tagged by topic"]),
    ]
    assert fired(text, "kr-no-owner") == []


def test_an_empty_success_label_before_the_next_section_is_no_item() -> None:
    text = (
        "## Q3 2026 Goals\n\n"
        '### <TeamMember name="Jake Moss" photo />\n\n'
        "**We'll know we're successful when**:\n\n"
        '### <TeamMember name="Ida Holm" photo />\n'
        "**Make renewals painless**:\n\n"
        "**We'll know we're successful when**:\n"
        "- 95% of renewals close before the due date.\n"
    )
    assert shape(text) == [
        ("Make renewals painless", ["95% of renewals close before the due date."])
    ]


def test_a_short_restated_objective_gathers_its_key_results_under_the_full_one() -> None:
    text = (
        "# Lending OKRs\n\n### Objectives\n"
        "- **O1:** Become the lender of choice for small shops\n"
        "- **O2:** Keep the platform fast for every partner\n\n"
        "### Key results\n\n**O1 — Growth:**\n"
        "- KR1.1: Client count from 14 to 30 by December 31\n"
        "- KR1.2: Net revenue retention of 120%\n\n"
        "**O2 — Speed:**\n- KR2.1: Median integration time from 18 days to 5 days\n"
    )
    assert shape(text) == [
        (
            "Become the lender of choice for small shops",
            ["Client count from 14 to 30 by December 31", "Net revenue retention of 120%"],
        ),
        (
            "Keep the platform fast for every partner",
            ["Median integration time from 18 days to 5 days"],
        ),
    ]
    assert fired(text, "objective-no-timeframe") == ["o2"]


def test_a_numbered_objective_with_its_own_key_results_is_not_restated() -> None:
    text = (
        "- O1: Become the lender of choice for small shops\n"
        "  - KR1: Client count from 14 to 30\n"
        "- O1: Growth\n  - KR1: Net revenue retention of 120%\n"
    )
    assert [o.text for o in parse(text).objectives] == [
        "Become the lender of choice for small shops",
        "Growth",
    ]


@pytest.mark.parametrize(
    "label", ["Key Results", "**Key Results**", "Key results:", "#### Key Results"]
)
def test_a_heading_over_a_key_results_label_is_the_objective(label: str) -> None:
    text = (
        f"## Q1 2025\n\n### Improve onboarding (owner: Kim)\n{label}\n"
        "* Time to first value from 5 days to 1 day\n"
        "* 80% of new users finish the checklist\n\n"
        f"### Expand to Europe (owner: Lars)\n{label}\n* 200 paying customers in the EU\n"
    )
    assert shape(text) == [
        (
            "Improve onboarding (owner: Kim)",
            ["Time to first value from 5 days to 1 day", "80% of new users finish the checklist"],
        ),
        ("Expand to Europe (owner: Lars)", ["200 paying customers in the EU"]),
    ]


def test_a_sentence_between_the_objective_heading_and_its_label_is_prose() -> None:
    text = (
        "### Improve onboarding\n\nNew users stall on day one; we want them productive fast.\n\n"
        "Key results:\n- Time to first value from 5 days to 1 day\n"
    )
    assert shape(text) == [("Improve onboarding", ["Time to first value from 5 days to 1 day"])]


def test_a_sentence_right_under_a_key_result_heading_is_its_note() -> None:
    text = (
        "# Objective: Make the docs loved (Q2 2023)\n\n"
        "## KR1: Docs satisfaction from 3.1 to 4.2\nTaken from the page survey.\n\n"
        "## KR2: Search success rate above 70%\nOwner: @nina\n"
    )
    assert shape(text) == [
        (
            "Make the docs loved (Q2 2023)",
            ["Docs satisfaction from 3.1 to 4.2", "Search success rate above 70%"],
        )
    ]


@pytest.mark.parametrize("title", ["## Objectives", "## Goals", "# Objectives"])
def test_a_heading_naming_the_objectives_over_sub_headings_is_no_label(title: str) -> None:
    # decision 284: the sub-headings are the objectives, each with its own list
    text = (
        f"{title}\n\n"
        "### Budgets owned by teams\n\n"
        "- Every team reviews its spend each month\n"
        "- Forecast error below 10%\n\n"
        "### Close the books faster\n"
        "Key results:\n"
        "- Month-end close in 5 working days, down from 12\n"
    )
    assert shape(text) == [
        (
            "Budgets owned by teams",
            ["Every team reviews its spend each month", "Forecast error below 10%"],
        ),
        ("Close the books faster", ["Month-end close in 5 working days, down from 12"]),
    ]


def test_an_objectives_heading_over_its_own_list_still_lists_objectives() -> None:
    text = (
        "## Objectives\n"
        "- Budgets owned by teams\n"
        "- Close the books faster\n\n"
        "## Key results\n"
        "- Month-end close in 5 working days, down from 12\n"
    )
    assert [o.text for o in parse(text).objectives][:2] == [
        "Budgets owned by teams",
        "Close the books faster",
    ]


@pytest.mark.parametrize("title", ["## Goals", "## Objectives"])
def test_items_nested_under_a_listed_objective_are_its_key_results(title: str) -> None:
    # decision 285
    text = (
        f"{title}\n\n"
        "1. Make the help centre answer most questions\n"
        "   - Self-serve resolution rate from 35% to 55%\n"
        "   - Article feedback score above 4.2\n"
        "2. Shorten the wait for a human\n"
        "   - Median first reply under 2 hours\n"
    )
    assert shape(text) == [
        (
            "Make the help centre answer most questions",
            ["Self-serve resolution rate from 35% to 55%", "Article feedback score above 4.2"],
        ),
        ("Shorten the wait for a human", ["Median first reply under 2 hours"]),
    ]


def test_a_chinese_goals_heading_over_sub_headings_names_them() -> None:
    text = (
        "## 目标\n\n### 让客户自助解决大部分问题\n- 自助解决率从35%提升到55%\n- 文章好评率高于90%\n"
    )
    assert shape(text) == [
        ("让客户自助解决大部分问题", ["自助解决率从35%提升到55%", "文章好评率高于90%"])
    ]


def test_a_list_after_the_paragraph_under_an_objective_heading_holds_its_key_results() -> None:
    text = (
        "# Goals\n\n"
        "## Make the help centre answer most questions\n\n"
        "Most tickets ask what the docs already say.\n\n"
        "- Self-serve resolution rate from 35% to 55%\n\n"
        "## Shorten the wait for a human\n\n"
        "- Median first reply under 2 hours\n"
    )
    assert shape(text) == [
        (
            "Make the help centre answer most questions",
            ["Self-serve resolution rate from 35% to 55%"],
        ),
        ("Shorten the wait for a human", ["Median first reply under 2 hours"]),
    ]


def test_a_number_before_a_headings_wording_is_its_marker() -> None:
    text = (
        "## Goals\n\n### 1. Make the help centre answer most questions\n"
        "- Self-serve resolution rate from 35% to 55%\n\n"
        "### 2) Shorten the wait for a human\n- Median first reply under 2 hours\n"
    )
    d = parse(text)
    assert [o.text for o in d.objectives] == [
        "Make the help centre answer most questions",
        "Shorten the wait for a human",
    ]

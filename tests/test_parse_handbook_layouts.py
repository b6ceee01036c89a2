"""More English handbook layouts (issue 8 item 5, round seven, decisions 351-358): a collapsible
block whose title states the objective above its owner, motivation and key-result labels; headings
with accented names or typographic dashes; a quoted note above a list; sections that give an
objective's reasons or what it leaves out. Each draft is written here in that layout."""

from __future__ import annotations

import pytest
from test_parse_handbook_pages import fired, shape

from coach import parse
from coach.facts.owner import find_owner, heading_owner
from coach.facts.timeframes import has_deadline

BLOCKS = (
    "## Growth\n\n"
    "<details>\n  <summary>Make the pricing page answer buyers' questions</summary>\n\n"
    "**Owner:** Lotte Brandt\n\n"
    "**Motivation:** Buyers email sales to ask what the plans include.\n\n"
    "**What we'll ship**\n\n"
    "* A plan comparison table\n* An FAQ fed by the sales inbox\n\n"
    "**We'll know we're successful when:**\n\n"
    "* Pricing questions to sales fall from 40 to 15 a week\n\n"
    "</details>\n\n"
    "<details>\n  <summary>Publish a quarterly customer story</summary>\n\n"
    "**Owner:** Omar Haddad\n\n"
    "**What we'll ship:**\n\n"
    "* One long-form story each quarter\n\n"
    "</details>\n"
)


def test_a_blocks_summary_states_the_objective_over_its_labels() -> None:
    assert shape(BLOCKS) == [
        (
            "Make the pricing page answer buyers' questions",
            [
                "A plan comparison table",
                "An FAQ fed by the sales inbox",
                "Pricing questions to sales fall from 40 to 15 a week",
            ],
        ),
        ("Publish a quarterly customer story", ["One long-form story each quarter"]),
    ]


def test_the_owner_line_under_a_blocks_summary_owns_its_key_results() -> None:
    assert fired(BLOCKS, "kr-no-owner") == []


def test_a_summary_that_names_a_quarter_stays_a_title() -> None:
    text = (
        "<details>\n<summary>Q1 2026 Objectives</summary>\n\n"
        "### Objective 1: Move billing to the new ledger\n"
        "- KR1: 100% of invoices issued from the ledger\n\n"
        "</details>\n"
    )
    assert shape(text) == [
        ("Move billing to the new ledger", ["100% of invoices issued from the ledger"])
    ]


def test_a_summary_without_a_key_result_label_below_is_left_as_before() -> None:
    text = (
        "<details>\n<summary>Grow the partner channel (Ines)</summary>\n\n"
        "- Partner-sourced deals from 4 to 10\n\n</details>\n"
    )
    assert shape(text) == [
        ("Grow the partner channel (Ines)", ["Partner-sourced deals from 4 to 10"])
    ]


@pytest.mark.parametrize(
    "heading",
    [
        'Faster test runs (<TeamMember name="Zoë Ångström" photo />)',
        'Docs — one page per product <TeamMember name="Ana Ruiz" photo />',
    ],
)
def test_a_heading_over_a_paragraph_with_accents_or_dashes_is_an_objective(heading: str) -> None:
    text = (
        "## Q3 2026 objectives\n\n"
        f"### {heading}\n\n"
        "The suite takes too long and people stop running it before they push.\n\n"
        "### Calmer on-call weeks\n\n"
        "Fewer pages at night, and each one tells you what to do.\n"
    )
    assert [o.text for o in parse(text).objectives] == [heading, "Calmer on-call weeks"]


def test_a_quoted_note_above_a_nested_list_is_no_objective() -> None:
    text = (
        "### Q2 2026 objectives\n\n"
        "> Note: we trimmed this list after the reorg in May\n\n"
        "* Search relevance [ Priya ]\n"
        "    * ranking model retrained on last quarter's clicks\n"
        "    * zero-result searches below 3%\n"
        "* Saved searches [ Tom ]\n"
        "    * alerts on saved searches\n"
    )
    assert shape(text) == [
        (
            "Search relevance [ Priya ]",
            ["ranking model retrained on last quarter's clicks", "zero-result searches below 3%"],
        ),
        ("Saved searches [ Tom ]", ["alerts on saved searches"]),
    ]


def test_a_motivation_heading_holds_reasons_not_key_results() -> None:
    text = (
        "# Q4 2026\n\n"
        "## Objective 1: Let customers export any report\n\n"
        "### Motivation\n"
        "* Customers copy tables by hand today\n"
        "  * and the copies go stale\n\n"
        "### What we’ll ship\n"
        "* Scheduled exports to S3 and BigQuery\n"
        "* Exports of any saved report\n\n"
        "## Objective 2: Cheaper pipelines\n\n"
        "### Why this matters\n"
        "* The bill doubled this year\n\n"
        "### What we'll ship\n"
        "* Cost per million rows from $4 to $2\n"
    )
    assert shape(text) == [
        (
            "Let customers export any report",
            ["Scheduled exports to S3 and BigQuery", "Exports of any saved report"],
        ),
        ("Cheaper pipelines", ["Cost per million rows from $4 to $2"]),
    ]


def test_non_goals_are_not_key_results() -> None:
    text = (
        "### Q1 2027 objectives\n\n"
        "#### Goal: Ship the first offline mode\n\n"
        "**Components:**\n- **Local cache of the last 30 days**\n- **Conflict resolution on sync**\n\n"
        "**Non-goals:**\n- **Offline editing of shared boards**\n"
    )
    assert shape(text) == [
        (
            "Ship the first offline mode",
            ["Local cache of the last 30 days", "Conflict resolution on sync"],
        )
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Make onboarding self-serve <TeamMember name="Joost van der Berg" photo />',
            "Joost van der Berg",
        ),
        ('Cut refund time in half <TeamMember name="Luis da Silva" />', "Luis da Silva"),
    ],
)
def test_a_surname_with_a_small_word_names_the_person(text: str, name: str) -> None:
    found = find_owner(text)
    assert found is not None and found[0] == name


def test_a_lowercase_word_alone_is_no_persons_name() -> None:
    assert find_owner('Cut refund time in half <TeamMember name="van Berg" />') is None


def test_a_team_component_owns_the_item() -> None:
    found = find_owner('Runbooks updated for the new queue (<SmallTeam slug="billing" /> owns)')
    assert found is not None and found[0] == "billing"
    text = (
        "## Q1 2027 objectives\n\n### Objective 1: Make the queue boring\n"
        '- KR1: Runbooks updated for the new queue (<SmallTeam slug="billing" /> owns)\n'
        "- KR2: Pages per week from 9 to 2\n"
    )
    assert fired(text, "kr-no-owner") == ["o1.kr2"]


def test_a_success_label_before_its_sentence_labels_a_key_result() -> None:
    text = (
        "## Q4 2026 objectives\n\n"
        "### Make onboarding self-serve (Ana)\n"
        "New teams wait two days for a setup call.\n\n"
        "**We'll know we're successful when:** 80% of new teams finish setup without a call.\n\n"
        "### Calmer releases (Bo)\n"
        "**We'll know we're successful when**: rollbacks fall from 6 to 2 a quarter.\n"
    )
    assert shape(text) == [
        (
            "Make onboarding self-serve (Ana)",
            ["80% of new teams finish setup without a call."],
        ),
        ("Calmer releases (Bo)", ["rollbacks fall from 6 to 2 a quarter."]),
    ]


def test_why_and_how_under_a_key_result_are_its_notes() -> None:
    text = (
        "## Q2 2026\n\n### Objective: Make search trustworthy\n\n**Key results**\n"
        "- Zero-result searches from 9% to 3%\n"
        "  - Why: people leave after an empty page\n"
        "  - How: synonyms and typo tolerance\n"
        "- Click-through on the first result above 45%\n"
    )
    d = parse(text)
    assert shape(text) == [
        (
            "Make search trustworthy",
            ["Zero-result searches from 9% to 3%", "Click-through on the first result above 45%"],
        )
    ]
    cells = d.objectives[0].key_results[0].cells
    assert {c.text for c in cells.values()} == {
        "people leave after an empty page",
        "synonyms and typo tolerance",
    }


@pytest.mark.parametrize(
    "line",
    [
        "- ~~Launch a referral program~~ (dropped)",
        "- ~~Partner webinars every month~~ — descoped in week 6",
        "- ~~Refunds paid within 3 days~~",
        "- KR3: ~~Launch a referral program~~ (moved to Q4)",
    ],
)
def test_a_key_result_struck_through_is_withdrawn(line: str) -> None:
    text = (
        "### Objective 1: Make checkout effortless\n"
        "- Checkout conversion from 61% to 70%\n"
        f"{line}\n"
        "- Card declines explained on the page for 100% of failed payments\n"
    )
    assert shape(text) == [
        (
            "Make checkout effortless",
            [
                "Checkout conversion from 61% to 70%",
                "Card declines explained on the page for 100% of failed payments",
            ],
        )
    ]


def test_a_key_result_struck_through_as_done_stays() -> None:
    text = (
        "### Objective 1: Make checkout effortless\n"
        "- Checkout conversion from 61% to 70%\n"
        "- ~~Apple Pay at checkout~~ done in May\n"
    )
    assert len(parse(text).objectives[0].key_results) == 2


@pytest.mark.parametrize(
    "krs",
    [
        "1.1 Checkout conversion from 61% to 70%\n1.2 Payment errors below 0.5%\n"
        "2.1 500 lapsed buyers reactivated\n",
        "- KR 1.1: Checkout conversion from 61% to 70%\n- KR 1.2: Payment errors below 0.5%\n"
        "- KR 2.1: 500 lapsed buyers reactivated\n",
    ],
)
def test_key_results_listed_apart_join_their_numbered_objectives(krs: str) -> None:
    text = (
        "# Shop team — Q3 2026\n\n## Objectives\n\n"
        "1. Make checkout effortless\n2. Win back lapsed buyers\n\n## Key results\n\n" + krs
    )
    assert shape(text) == [
        (
            "Make checkout effortless",
            ["Checkout conversion from 61% to 70%", "Payment errors below 0.5%"],
        ),
        ("Win back lapsed buyers", ["500 lapsed buyers reactivated"]),
    ]


def test_a_key_result_numbered_under_an_objective_with_its_own_key_results_stays() -> None:
    text = (
        "O1: Make checkout effortless\n- KR 1.1: Checkout conversion from 61% to 70%\n"
        "O2: Win back lapsed buyers\n- KR 2.1: 500 lapsed buyers reactivated\n"
        "- KR 1.2: Payment errors below 0.5%\n"
    )
    assert shape(text)[1] == (
        "Win back lapsed buyers",
        ["500 lapsed buyers reactivated", "Payment errors below 0.5%"],
    )


def test_target_emoji_lines_are_objectives_over_other_emoji_lines() -> None:
    text = (
        "## Q3 2026\n\n"
        "🎯 Make checkout effortless\n✅ Checkout conversion from 61% to 70%\n"
        "✅ Payment errors below 0.5%\n\n"
        "🎯 Win back lapsed buyers\n✅ 500 lapsed buyers reactivated\n"
    )
    assert shape(text) == [
        (
            "Make checkout effortless",
            ["Checkout conversion from 61% to 70%", "Payment errors below 0.5%"],
        ),
        ("Win back lapsed buyers", ["500 lapsed buyers reactivated"]),
    ]
    assert fired(text, "kr-no-deadline") == []


def test_status_emoji_lines_are_not_split_into_objectives() -> None:
    text = "## Q3 2026 goals\n\n✅ Ship the new checkout\n🔄 Win back lapsed buyers\n"
    assert [o.text for o in parse(text).objectives] == [
        "Ship the new checkout",
        "Win back lapsed buyers",
    ]


def test_a_rationale_field_under_a_heading_leaves_it_the_objective() -> None:
    text = (
        "## Q1 2027 objectives\n\n"
        "### Make renewals painless (Ana)\n"
        "- **Rationale:** renewals take three calls today.\n"
        "- **We'll know we're successful when:** renewal calls drop from 40 to 10 a quarter.\n\n"
        "### Grow expansion revenue (Bo)\n"
        "- **Rationale:** most accounts never hear about add-ons.\n"
        "- **We'll know we're successful when:** expansion ARR from $200k to $350k.\n"
    )
    assert shape(text) == [
        ("Make renewals painless (Ana)", ["renewal calls drop from 40 to 10 a quarter."]),
        ("Grow expansion revenue (Bo)", ["expansion ARR from $200k to $350k."]),
    ]


def test_a_sentence_under_an_objective_heading_is_a_note_and_one_word_headings_count() -> None:
    text = (
        "## Q1 2027 Goals\n\n"
        '### Renewals without calls <TeamMember name="Ana Ruiz" photo />\n'
        "Renewals take three calls today.\n\n"
        "**We'll know we're successful when**:\n"
        "Renewal calls drop from 40 to 10 a quarter\n"
        "95% of renewals are signed before the due date\n\n"
        '### Expansion <TeamMember name="Bo Lind" photo />\n\n'
        "**We'll know we're successful when**:\n"
        "Expansion ARR grows from $200k to $350k.\n"
    )
    assert shape(text) == [
        (
            'Renewals without calls <TeamMember name="Ana Ruiz" photo />',
            [
                "Renewal calls drop from 40 to 10 a quarter",
                "95% of renewals are signed before the due date",
            ],
        ),
        (
            'Expansion <TeamMember name="Bo Lind" photo />',
            ["Expansion ARR grows from $200k to $350k."],
        ),
    ]


def test_objective_headings_under_a_persons_name_heading() -> None:
    text = (
        "## Q1 2027 objectives\n\n### Ana Ruiz\n\n"
        "#### Make renewals painless\nRenewals take three calls today.\n\n"
        "**We'll know we're successful when**:\n- renewal calls drop from 40 to 10 a quarter\n\n"
        "#### Grow expansion revenue\nMost accounts never hear about add-ons.\n\n"
        "**We'll know we're successful when**:\n- expansion ARR from $200k to $350k\n"
    )
    assert shape(text) == [
        ("Make renewals painless", ["renewal calls drop from 40 to 10 a quarter"]),
        ("Grow expansion revenue", ["expansion ARR from $200k to $350k"]),
    ]
    assert fired(text, "kr-no-owner") == []


@pytest.mark.parametrize(
    ("heading", "owns"),
    [("Ana Ruiz", True), ("Andre de Vries", True), ("Platform Team", False), ("Q1 Goals", False)],
)
def test_a_heading_that_is_a_persons_full_name_owns_the_section(heading: str, owns: bool) -> None:
    assert heading_owner(heading) is owns


def test_inline_ship_and_success_labels_under_a_heading_with_a_rationale() -> None:
    text = (
        "### Hire a second support engineer (Mo)\n"
        "- **Rationale:** Queue = pain\n"
        "- **What we'll ship:** Hire someone!\n"
        "- **We'll know we're successful when:** first replies under 4 hours for 90% of tickets.\n\n"
        "## Metrics we care about\n"
        "- Median first reply time\n- Tickets per customer\n"
    )
    assert shape(text) == [
        (
            "Hire a second support engineer (Mo)",
            ["Hire someone!", "first replies under 4 hours for 90% of tickets."],
        )
    ]


def test_goals_under_a_labelled_objective_are_its_key_results() -> None:
    text = (
        "- **Objective**: Keep our customers for years\n"
        "- **Goals**\n"
        "  - Net revenue retention of 115% (Ines)\n"
        "  - Every account manager runs one customer workshop (All)\n"
        "    - Dashboards clinic\n"
        "    - Pricing Q&A\n"
        "  - Logo retention of 92% (Tom)\n"
    )
    assert shape(text) == [
        (
            "Keep our customers for years",
            [
                "Net revenue retention of 115% (Ines)",
                "Every account manager runs one customer workshop (All)",
                "Logo retention of 92% (Tom)",
            ],
        )
    ]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("At least one launch video we can reuse as a template", False),
        ("At most one hotfix per launch", False),
        ("Signups up 30% in the week after launch", True),
        ("CSAT stays above 4.2 (4.5 at start of Q3)", False),
        ("NPS from 30 to 45 (32 at the beginning of Q2)", False),
        ("NPS at 45 by the start of Q4", True),
    ],
)
def test_at_least_and_a_baseline_at_a_periods_start_set_no_deadline(text: str, due: bool) -> None:
    assert has_deadline(text, "en") is due


def test_italic_description_and_ship_labels_under_goal_headings() -> None:
    text = (
        "### Q2 2027 objectives\n\n#### Goal 1: Paid plans for the API\n\n"
        "*Description*: Charge for heavy API use without surprising anyone.\n\n"
        "*What we will ship*:\n"
        "- **Usage meter** – per-key request counts visible to admins\n"
        "- **Spend caps** – a monthly cap each org sets itself\n\n"
        "#### Goal 2: Fewer failed syncs\n\n"
        "*Description*: Syncs fail quietly today.\n\n"
        "*What we'll do*:\n- Failed syncs from 4% to 1%\n"
    )
    assert shape(text) == [
        (
            "Paid plans for the API",
            [
                "**Usage meter** – per-key request counts visible to admins",
                "**Spend caps** – a monthly cap each org sets itself",
            ],
        ),
        ("Fewer failed syncs", ["Failed syncs from 4% to 1%"]),
    ]


def test_a_heading_over_owner_and_motivation_lines_then_a_label_is_the_objective() -> None:
    text = (
        "## Podcast\n\n**Owner:** Lena Park\n\n**Motivation:** Listeners drop after episode two.\n\n"
        "**What we'll ship:**\n\n- An episode every two weeks\n\n"
        "**We'll know we're successful when:**\n\n- Completion rate of episode two from 40% to 60%\n\n"
        "## Anti-goals\n\n* A video version of the show\n"
    )
    assert shape(text) == [
        (
            "Podcast",
            ["An episode every two weeks", "Completion rate of episode two from 40% to 60%"],
        )
    ]
    assert fired(text, "kr-no-owner") == []


def test_an_anti_goal_among_key_results_and_a_teams_working_rules_are_no_items() -> None:
    text = (
        "## Q1 2027 goals\n\n"
        "- Understand our costs per product\n"
        "    - Cost model per product (Rui)\n"
        "    - Anti-goal: cost models for products still in beta\n"
        "- Faster onboarding (Eva)\n"
        "    - Time to first dashboard from 2 days to 2 hours\n\n"
        "## Working together\n\n"
        "We meet once a week to unblock anything urgent.\n\n"
        "To keep the group focused:\n"
        "- The group stays under six people.\n"
        "- We review who attends every quarter.\n"
    )
    assert shape(text) == [
        ("Understand our costs per product", ["Cost model per product (Rui)"]),
        ("Faster onboarding (Eva)", ["Time to first dashboard from 2 days to 2 hours"]),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rui and Eva to agree a pricing model with finance", "Rui and Eva"),
        ("Ana will run the onboarding pilot", "Ana"),
        ("Pricing/packaging (Ben B)", "Ben B"),
        ("Cost model per product (Ana R.)", "Ana R."),
    ],
)
def test_people_who_open_the_item_or_a_name_with_an_initial_own_it(text: str, name: str) -> None:
    found = find_owner(text)
    assert found is not None and found[0] == name


@pytest.mark.parametrize(
    "text",
    [
        "Users to see the price before they pay",
        'Traffic from <SmallTeam slug="search" /> and <SmallTeam slug="ads" /> on the gateway',
        'Auth for <SmallTeam slug="agents" /> and outside customers',
    ],
)
def test_no_owner_in_a_subject_or_in_teams_named_as_users(text: str) -> None:
    assert find_owner(text) is None


def test_items_nested_under_a_key_result_after_a_key_results_label_stay_key_results() -> None:
    text = (
        "Objective: Faster support\nKey results:\n- First reply under 2 hours\n"
        "    - Enterprise tickets under 1 hour\n- CSAT above 4.5\n"
    )
    assert shape(text) == [
        (
            "Faster support",
            ["First reply under 2 hours", "Enterprise tickets under 1 hour", "CSAT above 4.5"],
        )
    ]

"""Layouts of real published English OKR pages (issue 8 items 2 and 5, ninth round, decisions
465-474): a personal page whose "### Key Results" groups its items under bold names and notes a
"Measure:" under each; nested lists under function headings after a "Vision:" heading; an
objective heading whose fields come before a lower-case "key results:" label. Each draft is
written here in that layout, with its own wording."""

from __future__ import annotations

from test_parse_handbook_pages import fired, shape

GROUPED = (
    "# Personal OKRs — second half of 2026\n"
    "These are Dana's goals for the rest of the year.\n\n"
    "---\n\n"
    "## 1) Keep the allotment thriving\n\n"
    "**Idea:** Grow most of the household's vegetables ourselves.\n\n"
    "**Helpers:** Noor, Felix\n\n"
    "### Key Results\n\n"
    "**Harvest**\n"
    "- Harvest 40 kg of tomatoes by September\n"
    "- Measure: kg weighed each week\n\n"
    "**Soil and water**\n"
    "- Raise soil organic matter to 5%\n"
    "- Measure: lab test in spring and autumn\n"
    "- Target: ≥ 5%\n"
    "- Tracking support: the garden notebook\n\n"
    "---\n\n"
    "## 2) Run a calmer household\n\n"
    "### Key Results\n\n"
    "**Mornings**\n"
    "- Leave home by 8:00 on 90% of school days\n"
    "- Measure: days on time per month\n"
)


def test_bold_names_under_a_key_results_heading_group_its_items() -> None:
    assert shape(GROUPED) == [
        (
            "Keep the allotment thriving",
            ["Harvest 40 kg of tomatoes by September", "Raise soil organic matter to 5%"],
        ),
        ("Run a calmer household", ["Leave home by 8:00 on 90% of school days"]),
    ]


def test_a_measure_line_under_a_key_result_is_its_field() -> None:
    text = "## Sleep better\n\n- Sleep 7 hours on 5 nights a week\n- Measure: the watch's log\n"
    assert shape(text) == [("Sleep better", ["Sleep 7 hours on 5 nights a week"])]


NESTED = (
    "# Objectives and Key Results\n\n"
    "## Q1 2027\n\n"
    "### Vision:\n\n"
    "* Be the studio every indie game team calls first\n\n"
    "### Studio Wide:\n\n"
    "* Have happy long-term clients\n\n"
    "* Make the studio a better place to work\n"
    "  * Finish the handbook\n"
    "  * Successfully implement OKRs\n\n"
    "### Community:\n\n"
    "* Grow our presence among indie developers in Lisbon\n"
    "  * [P1] Host 3 game jams in Lisbon\n"
    "  * [P2] Give talks at 4 meetups\n"
    "* Publish devlogs at a steady pace\n"
    "  * [P0] Publish 6 devlogs during Q1\n"
)


def test_outer_items_under_a_section_heading_are_objectives_after_a_vision_heading() -> None:
    # The vision above the sections is no objective (decision 544).
    assert shape(NESTED) == [
        ("Have happy long-term clients", []),
        (
            "Make the studio a better place to work",
            ["Finish the handbook", "Successfully implement OKRs"],
        ),
        (
            "Grow our presence among indie developers in Lisbon",
            ["[P1] Host 3 game jams in Lisbon", "[P2] Give talks at 4 meetups"],
        ),
        ("Publish devlogs at a steady pace", ["[P0] Publish 6 devlogs during Q1"]),
    ]


def test_rolling_out_okrs_is_work_not_a_title() -> None:
    text = "## Team health\n\n- Roll out OKRs to every squad\n- Run 2 retros a month\n"
    assert shape(text) == [
        ("Team health", ["Roll out OKRs to every squad", "Run 2 retros a month"])
    ]


FIELDS = (
    "# Objectives and key results\n\n"
    "## Onboarding flow\n\n"
    "why we prioritize it now:\n"
    "New users give up before they see their first report.\n\n"
    "due date: 30.06.2026\n\n"
    "key results:\n"
    "- [ ] 60% of new users open a report on day one\n"
    "- [ ] support importing a spreadsheet\n\n"
    "## Billing\n\n"
    "due date: 30.06.2026\n\n"
    "key results:\n"
    "- [ ] refunds answered within 2 days\n"
)


def test_an_objective_headings_fields_come_before_its_key_results_label() -> None:
    assert shape(FIELDS) == [
        (
            "Onboarding flow",
            ["60% of new users open a report on day one", "support importing a spreadsheet"],
        ),
        ("Billing", ["refunds answered within 2 days"]),
    ]
    assert fired(FIELDS, "kr-no-deadline") == []


def test_the_rest_of_a_year_bounds_a_set() -> None:
    text = (
        "# Personal OKRs — rest of 2027\n\n"
        "## Get fitter\n\n- Run 5 km under 30 minutes\n- Cycle 1,000 km in total\n"
    )
    assert fired(text, "kr-no-deadline") == []
    assert fired(
        "# Goals for 2027\n\n## Get fitter\n\n- Run 5 km under 30 minutes\n", "kr-no-deadline"
    )


HEADER_FIELDS = (
    "# Harbour Cafe Website - OKRs\n\n"
    "**Project Code:** HCW  \n**Owner:** Wren  \n**Timeline:** Q3 2026\n\n---\n\n"
    "## Objective\n\nMake the cafe's site the easiest way to book a table in town.\n\n"
    "**Constraints:**\n- No tracking cookies\n- Keep the old menu URLs\n\n---\n\n"
    "## Key Results\n\n"
    "### HCW KR 1.1: Online bookings reach 40% of all bookings\n\n"
    "**Acceptance criteria:**\n- [ ] Booking form on every page\n- [ ] Confirmation email sent\n\n"
    "**Due:** TBD\n\n---\n\n"
    "### HCW KR 1.2: Booking form completion rate from 55% to 80%\n\n"
    "**Due:** TBD\n"
)


def test_a_timeline_field_under_the_title_bounds_the_set_and_criteria_are_no_items() -> None:
    assert shape(HEADER_FIELDS) == [
        (
            "Make the cafe's site the easiest way to book a table in town.",
            [
                "Online bookings reach 40% of all bookings",
                "Booking form completion rate from 55% to 80%",
            ],
        )
    ]
    assert fired(HEADER_FIELDS, "kr-no-deadline") == []


def test_a_role_word_before_a_group_noun_names_no_owner() -> None:
    text = (
        "## Q1 2027\n\n### Developer Community:\n\n"
        "* Grow our presence among indie developers\n  * Host 3 game jams in Lisbon\n"
    )
    assert fired(text, "kr-no-owner") == ["o1.kr1"]
    assert fired(text.replace("Developer Community:", "Developer (Ines)"), "kr-no-owner") == []


def test_a_team_code_beside_a_priority_tag_owns_the_item() -> None:
    text = (
        "# OKRs 2027 Q1\n\n### Make the engine easy to embed\n\n- [ ] Support for diff [P0][DP]\n"
    )
    assert fired(text, "kr-no-owner") == []
    for tags in ("[WIP][API]", "[P1][TBD]", "[P1]"):
        bare = text.replace("[P0][DP]", tags)
        assert fired(bare, "kr-no-owner") == ["o1.kr1"], tags


def test_starting_hosting_deciding_and_third_parties_read_as_flat_work() -> None:
    for objective in (
        "Start publishing recipe videos",
        "Host and attend local food fairs",
        "Decide on the future of the old newsletter",
        "Analyze checkout performance limits and improve them",
        "Having loyal customers in every district",
        "Enable payments through 3rd parties",
    ):
        text = f"# Q2 2027\n\nObjective: {objective}\n- KR1: Weekly orders from 200 to 350\n"
        assert fired(text, "objective-not-inspiring") == ["o1"], objective
    text = "# Q2 2027\n\nObjective: Be the 1st choice for families\n- KR1: Weekly orders to 350\n"
    assert fired(text, "objective-not-inspiring") == []


def _kr(wording: str, rule: str) -> list[str]:
    text = f"# Q2 2027\n\nObjective: Make releases calm\n- KR1: {wording} (owner: Ana)\n"
    return fired(text, rule)


def test_a_manner_adverb_before_the_work_keeps_it_work() -> None:
    assert _kr("Successfully implement OKRs across the company", "kr-is-task") == ["o1.kr1"]
    assert _kr("Fully automate the invoice run", "kr-is-task") == ["o1.kr1"]


def test_lint_and_compiler_warnings_are_bad_events() -> None:
    assert _kr("Cut lint warnings from 400 to 50", "kr-negative-phrasing") == ["o1.kr1"]
    assert _kr("Send early warning emails to 50 at-risk accounts", "kr-negative-phrasing") == []


def test_a_zero_to_one_grade_after_a_key_result_is_no_target() -> None:
    assert _kr("Design system shipped with its own type scale (0.0 → 1.0)", "kr-not-quantified")
    assert _kr("Checkout conversion from 0.5 to 0.7", "kr-not-quantified") == []


def test_a_bold_period_line_above_the_objectives_bounds_them() -> None:
    text = (
        "# Harbour Cafe — Big Rocks\n\n**Period**: Q3 2026 (July - September)\n\n---\n\n"
        "## Charter: Bookings\n\n**Objective**: Make booking a table effortless\n\n"
        "| KR | Target |\n|----|--------|\n| Online bookings share | 40% |\n"
    )
    assert fired(text, "objective-no-timeframe") == []
    assert fired(
        text.replace("**Period**: Q3 2026 (July - September)", ""), "objective-no-timeframe"
    )

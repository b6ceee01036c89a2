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
    assert shape(NESTED)[1:] == [
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

"""English published OKR pages, twenty-first round (decisions 1960-1968; realen21): shapes a new
set of real English pages showed, each imitated by a page written for these tests (no sentence
of a real page). Each decision's tests failed before it; the guards keep what must not change."""

from __future__ import annotations

from coach import review
from coach.parse import parse_text as parse


def shape(text: str) -> list[tuple[str, list[str]]]:
    return [
        (o.text.rstrip("."), [k.text.rstrip(".") for k in o.key_results])
        for o in parse(text).objectives
    ]


def statuses(text: str, rule: str) -> list[tuple[str, str]]:
    """(wording, status of `rule`) for every item of the review, in order."""
    r = review(text)
    out = []
    for o in r.objectives:
        out += [(o.text, c.status) for c in o.checks if c.rule_id == rule]
        for k in o.key_results:
            out += [(k.text, c.status) for c in k.checks if c.rule_id == rule]
    return out


def kr_status(kr: str, rule: str, objective: str = "Make weekend volunteering a joy") -> str:
    text = f"Objective: {objective}\nKR1: {kr}\n"
    return dict(statuses(text, rule))[kr]


def objective_status(objective: str, rule: str) -> str:
    text = f"Objective: {objective}\nKR1: 300 volunteers sign up by June 30\n"
    return dict(statuses(text, rule))[objective]


# --- 1960: "**Objective**" in bold alone, a blank line, then the objective's sentence ---------

BOLD_LABEL_PAGE = """#### How we would write it

**Objective**

Make the switch to the new tills painless for every cashier

**Key Results**

* 95% of sales rung up on the new tills without help
* Queue time at the tills cut by 40%
"""


def test_bold_label_alone_over_a_paragraph_is_the_objective() -> None:
    assert shape(BOLD_LABEL_PAGE) == [
        (
            "Make the switch to the new tills painless for every cashier",
            [
                "95% of sales rung up on the new tills without help",
                "Queue time at the tills cut by 40%",
            ],
        )
    ]


def test_bold_label_with_its_sentence_on_the_next_line_is_unchanged() -> None:
    text = (
        "**Objective**\nMake the tills painless\n\n**Key Results**\n* 95% of sales rung up alone\n"
    )
    assert shape(text) == [("Make the tills painless", ["95% of sales rung up alone"])]


# --- 1961: a lead question between the key-results label and its list --------------------------

QUESTION_PAGE = """## Objective
Make weekend volunteering the easiest way for retirees to stay connected.

## Key Results
How will we know it worked?

- KR1: 300 retirees sign up by June 30
- KR2: 70% come back for a second shift by June 30
"""


def test_lead_question_under_key_results_is_no_key_result() -> None:
    assert shape(QUESTION_PAGE) == [
        (
            "Make weekend volunteering the easiest way for retirees to stay connected",
            ["300 retirees sign up by June 30", "70% come back for a second shift by June 30"],
        )
    ]


def test_question_that_is_a_list_item_stays_an_item() -> None:
    text = (
        "Objective: Make weekend volunteering a joy\n"
        "Key Results:\n- 300 retirees sign up by June 30\n- Did 70% come back?\n"
    )
    krs = shape(text)[0][1]
    assert len(krs) == 2


# --- 1962: a document's numbered section headings that are labels -----------------------------

NUMBERED_PAGE = """# Brief: a room-booking bot

## 1. Business Objective
Make booking a club room something nobody has to chase.

## 2. Key Results
How will we know it worked?

- KR1: 300 clubs book a room through the bot by June 30
- KR2: 70% of bookings need no follow-up by June 30

## 3. Customer Problem
Clubs lose rooms because nobody books them in time.
"""


def test_numbered_business_objective_heading_is_a_label() -> None:
    got = shape(NUMBERED_PAGE)
    assert got[0] == (
        "Make booking a club room something nobody has to chase",
        [
            "300 clubs book a room through the bot by June 30",
            "70% of bookings need no follow-up by June 30",
        ],
    )


def test_numbered_heading_that_is_no_label_is_unchanged() -> None:
    text = "## 1. Grow the clubs\n- 300 clubs book a room by June 30\n- 70% rebook by June 30\n"
    assert shape(text) == [
        ("Grow the clubs", ["300 clubs book a room by June 30", "70% rebook by June 30"])
    ]


# --- 1963: a role's capitals inside a longer acronym name no owner -----------------------------


def test_office_acronym_holding_cto_names_no_owner() -> None:
    text = "# OCTO-DE Priorities 2027\n\n### Objective 1: Make forms easy\n- **Key Result 1:** 80% of forms sent online by Q3\n"
    assert dict(statuses(text, "kr-no-owner"))["80% of forms sent online by Q3"] == "fail"


def test_cto_title_still_names_its_owner() -> None:
    text = "# CTO Priorities 2027\n\n### Objective 1: Make forms easy\n- **Key Result 1:** 80% of forms sent online by Q3\n"
    assert dict(statuses(text, "kr-no-owner"))["80% of forms sent online by Q3"] == "pass"


# --- 1964: a temperature is a target ------------------------------------------------------------


def test_temperature_below_is_quantified() -> None:
    assert kr_status("Field trial flown below -15°F by March 31", "kr-not-quantified") == "pass"
    assert kr_status("Keep the cold room under 5 °C by June 30", "kr-not-quantified") == "pass"


def test_angle_and_grade_stay_labels() -> None:
    assert kr_status("Run 360° reviews for the leads by June 30", "kr-not-quantified") == "fail"


# --- 1965: bans are bad events ------------------------------------------------------------------


def test_zero_account_bans_is_negative_phrasing() -> None:
    assert kr_status("Zero account bans by June 30", "kr-negative-phrasing") == "fail"


def test_lifting_a_ban_is_not_a_count_of_bans() -> None:
    assert kr_status("Lift the ban on weekend deploys by June 30", "kr-negative-phrasing") == "pass"


# --- 1966: the first N months of the work bound it ----------------------------------------------


def test_first_months_of_the_pilot_is_a_deadline() -> None:
    assert (
        kr_status("70% of clubs rebook during the first 2 months of the pilot", "kr-no-deadline")
        == "pass"
    )
    assert (
        kr_status("3 trips planned end to end within the first 3 months", "kr-no-deadline")
        == "pass"
    )


def test_customers_first_days_stay_the_measures_window() -> None:
    assert kr_status("Retain 80% of customers in the first 90 days", "kr-no-deadline") == "fail"
    assert (
        kr_status(
            "70% of hires productive within the first month of their employment", "kr-no-deadline"
        )
        == "fail"
    )


def test_first_minute_of_a_call_is_no_deadline() -> None:
    assert kr_status("Answer 90% of calls within the first minute", "kr-no-deadline") == "fail"


# --- 1967: a title-cased run of nouns ending in a nominalisation --------------------------------


def test_title_cased_work_area_is_not_inspiring() -> None:
    assert (
        objective_status("Shelter Intake Process Improvement", "objective-not-inspiring") == "fail"
    )
    assert (
        objective_status("Volunteer Onboarding Program Development", "objective-not-inspiring")
        == "fail"
    )


def test_title_cased_aspiration_stays_inspiring() -> None:
    assert (
        objective_status("Become The Go-To Home For Foster Families", "objective-not-inspiring")
        == "pass"
    )
    assert (
        objective_status("The Most Trusted Shelter Adoption Experience", "objective-not-inspiring")
        == "pass"
    )


# --- 1968: a team's work counted with a floor after it as subject ------------------------------


def test_team_has_delivered_at_least_n_workshops_is_work() -> None:
    kr = "The guild has delivered at least 8 workshops for new managers by Q3"
    assert "fail" in (kr_status(kr, "kr-is-task"), kr_status(kr, "kr-activity-count"))


def test_people_served_doing_at_least_n_stays_a_result() -> None:
    kr = "Customers place at least 3 orders per month by Q3"
    assert kr_status(kr, "kr-is-task") == "pass"
    assert kr_status(kr, "kr-activity-count") == "pass"

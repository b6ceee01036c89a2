"""Helper retire33, thirty-third round of issue 8: the shapes read in two retired held-out halves
of published English OKR sets (models/data/realen25b_retired.md), one block per decision.

Each wording below was written for this file; no sentence of a published page is used.
"""

from __future__ import annotations

import pytest

from tests.test_retire32 import _fails, _items


def _one_kr(wording: str, objective: str, owner: str = " (owner: Ms Ortiz)") -> str:
    """A one-objective draft with a single key result, owned unless `owner` is empty."""
    return f"Objective: {objective}\n- KR1: {wording}{owner}\n"


# -- decision 4790: a bold item label ("**KR1**:") under a "Key Results:" lead-in is a label ------

BOLD_LABELS = [
    (
        "### Objective 1: Grow the repair shop's reach\n\n**Key Results**:\n"
        "1. **KR1**: Open 3 bike repair kiosks downtown (Target: Apr 10)\n"
        "2. **KR2**: Sign 12 fleet service contracts (Target: May 30)\n",
        ["Open 3 bike repair kiosks downtown", "Sign 12 fleet service contracts"],
    ),
    (
        "## Objective: Make the bakery a morning habit\nKey Results:\n"
        "- **KR1**: Sell 400 breakfast boxes a week\n"
        "- **KR2**: Lift repeat visits from 20% to 35%\n",
        ["Sell 400 breakfast boxes a week", "Lift repeat visits from 20% to 35%"],
    ),
    (
        "**Objective 2**: Keep the help desk calm\n**Key Results**:\n"
        "* **KR 1**: First reply within 2 hours for 90% of requests\n"
        "* **KR 2**: Backlog under 40 open requests each Friday\n",
        ["First reply within 2 hours for 90% of requests", "Backlog under 40 open requests"],
    ),
    (
        "### Objective 3: Bring the choir to new towns\n\nKey results:\n"
        "1. **Key Result 1**: Perform in 6 towns we have never visited\n"
        "2. **Key Result 2**: Grow the mailing list to 900 names\n",
        ["Perform in 6 towns we have never visited", "Grow the mailing list to 900 names"],
    ),
    (
        "### Goal A: Sharpen the newsroom's archive\n\n**Key Results**:\n"
        "1. **KR1** — Tag 5,000 archived stories with topics\n"
        "2. **KR2** — Cut archive search time to under 3 seconds\n",
        ["Tag 5,000 archived stories with topics", "Cut archive search time to under 3 seconds"],
    ),
]


@pytest.mark.parametrize(("text", "krs"), BOLD_LABELS)
def test_bold_kr_label_is_a_label_not_an_example(text: str, krs: list[str]) -> None:
    items = _items(text)
    assert [k for k, _w in items] == ["objective", "kr", "kr"]
    for (_k, wording), want in zip(items[1:], krs, strict=True):
        assert wording.startswith(want)


BOLD_EXAMPLE_GUARDS = [
    # emphasised examples with a remark each, under a lead-in naming their kind (decision 1484)
    (
        "Objective: Keep our subscribers\n\nExamples of strong key results:\n"
        "- **Cut weekly churn from 6% to 4%**: measured from billing data\n"
        "- **Lift trial conversion from 9% to 14%**: counted at day 30\n",
        ["Cut weekly churn from 6% to 4%", "Lift trial conversion from 9% to 14%"],
    ),
    (
        "O: Make support feel instant\nKey results like these:\n"
        "1. **Ship the mobile checkout to 50% of users**: a rollout flag\n"
        "2. **Answer 95% of chats within a minute**: from the chat tool\n",
        ["Ship the mobile checkout to 50% of users", "Answer 95% of chats within a minute"],
    ),
]


@pytest.mark.parametrize(("text", "krs"), BOLD_EXAMPLE_GUARDS)
def test_bold_examples_with_remarks_stay_examples(text: str, krs: list[str]) -> None:
    got = [w for k, w in _items(text) if k == "kr"]
    assert got == krs


# -- decision 4791: the next meeting of a team or a body is a deadline ---------------------------

NEXT_MEETING = [
    "Agree on a shared grading rubric to present at the next department meeting",
    "Draft the volunteer rota and bring it to the next committee meeting",
    "Summarise the survey results before the next parent council meeting",
    "Pick a new ticketing tool by the next team meeting",
    "Each squad shares 2 lessons learned in the next retro",
    "Bring 3 candidate venues to the next planning review",
]


NEXT_MEETING_GUARDS = [
    "Hold a team meeting every Monday",
    "Share one finding at the weekly staff meeting",
    "Raise attendance at team meetings to 90%",
    "Present the results at a staff meeting",
]


# -- decision 4792: a dotted figure with its unit in a target cell is a figure, not a date -------

DOTTED_CELLS_EN = [
    "Invoice creation time | 4.2 min | 1.5 min",
    "Average days to close the books | 6.5 days | 3.5 days",
    "Median first reply time | 2.4 hours | 1.2 hours",
    "Queue wait at the front desk | 9.5 minutes | 4.5 minutes",
    "Time to restore a backup | 3.5 Hours | 1.5 Hours",
]
DOTTED_CELLS_ZH = ["平均发票处理时长 | 4.2 分钟 | 1.5 分钟", "月结天数 | 6.5天 | 3.5天"]


def _cell_draft(row: str, lang: str) -> str:
    if lang == "en":
        return (
            "# Plan — Q3 2026\n\n**Owner:** Dana Ruiz\n\n## Objective 1: Make month-end calm\n\n"
            "| # | Key Result | Baseline | Target | Owner |\n|---|---|---|---|---|\n"
            f"| KR1 | {row} | Ops |\n"
        )
    return (
        "# 2026年Q3 财务团队OKR\n负责人：王芳\n\n## 目标1：让月结更轻松\n\n"
        "| # | 关键结果 | 基线 | 目标值 | 负责人 |\n|---|---|---|---|---|\n"
        f"| KR1 | {row} | 财务 |\n"
    )


@pytest.mark.parametrize(
    ("row", "lang"), [(r, "en") for r in DOTTED_CELLS_EN] + [(r, "zh") for r in DOTTED_CELLS_ZH]
)
def test_dotted_figure_with_unit_in_target_cell_is_quantified(row: str, lang: str) -> None:
    assert "kr-not-quantified" not in _fails(_cell_draft(row, lang))[1]


@pytest.mark.parametrize(
    ("row", "lang"),
    [("上线 | 5.20 | 6.30", "zh"), ("Go live | — | 6.30", "en"), ("Go live | — | 5/31", "en")],
)
def test_a_dotted_date_in_target_cell_stays_a_date(row: str, lang: str) -> None:
    assert "kr-not-quantified" in _fails(_cell_draft(row, lang))[1]


# -- decision 4793: a band of a ranking among peers ("top quartile") is a target ----------------

TOP_BANDS = [
    "Rank in the top decile of regional clinics for patient safety",
    "Staff engagement score in the top quartile of our sector",
    "Move our donor retention into the top quintile of peer charities",
    "Keep water quality results in the upper quartile of the national survey",
    "Lift reading scores into the top decile statewide",
    "Get our app store rating into the top-quartile band for finance apps",
]


QUARTILE_GUARDS = [
    "Review quartile results with the board",
    "Share the decile report with each school",
]


# -- decision 4794: a build with its own turnaround or processing time is a task (2620) ---------

BUILD_TIMES = [
    "Implement automated invoice matching with < 4 hour turnaround",
    "Build the image resizing service with 300ms processing time",
    "Integrate the payroll feed with a sync time of 5 minutes",
    "Develop the search API with 200ms response time",
    "Deploy the fraud scorer with 50ms processing time",
    "Roll out the ticket router with 90 second response time",
]
BUILD_TIME_GUARDS = [
    "Cut report turnaround from 5 days to 2",
    "Keep lab turnaround time under 2 hours",
    "Answer 90% of chats with a response time under 2 minutes",
    "Reduce average response time to under 4 hours",
]


# -- decisions 4795, 4796: hallucinations, and emergency visits of a managed population, are bad
# events ------------------------------------------------------------------------------------------

BAD_EVENTS = [
    # 4795
    "Drive the support bot's hallucination rate to below 1%",
    "Keep the chatbot's hallucination rate below 3%",
    "Cut hallucinations in support answers from 8% to 2%",
    "Hallucination rate on the legal Q&A set under 2%",
    "Maintain < 4% hallucination rate on grounded answers",
    # 4796
    "Reduce ED visits among enrolled asthma patients by 20%",
    "Cut emergency room visits by frail members by 15%",
    "Keep A&E attendances among care-home residents below 40 a quarter",
    "Reduce A&E visits by nursing-home residents by a third",
    "Cut emergency department visits among our dialysis patients to 60 a year",
    "Lower ER visits for members with COPD by 25%",
]
BAD_EVENT_GUARDS = [
    "Raise grounded answers to 97%",
    "Run 4 hallucination reviews a month",
    "Raise answer accuracy from 90% to 97%",
    "Grow emergency department visits handled to 3,000 a month",
    "Cut the average A&E wait for triage from 50 to 30 minutes",
    "Raise the share of ED visits seen within 4 hours to 95%",
]


# -- decision 4797: a means before the work, in its own clause, is no part of the work ----------

MEANS_LEADS = [
    "using the grant we were given, define and set up tutoring for pupils after school",
    "with help from the district, create a peer coaching plan for new teachers",
    "Using last year's survey, draft a new onboarding checklist for volunteers",
    "Using the district's template, write a behaviour policy for the lower school",
    "With support from the PTA, organise a reading week for all classes",
    "Via the staff survey, identify the top 3 reasons teachers leave",
]
MEANS_GUARDS = [
    "Using the new rota, cut weekend overtime from 60 to 30 hours",
    "Using the new planner, 80% of teachers plan their week by Friday",
    "Grow the share of teachers using the planner to 80%",
    "Planner used by 80% of teachers",
]


# -- decision 4798: a launch whose only figure is what each one gets, in a bracket, is a task ----

TERMS_BRACKETS = [
    "Launch a book allowance program ($200 per teacher per year) by June 30",
    "Launch a commuter bike scheme ($40/person/month) by May 1",
    "Roll out a home-office allowance ($25/employee/month) by Q2",
    "Launch a tool library ($10 per member per year) by March 31",
    "Ship a family plan ($30/household/month) by Q3",
]
TERMS_GUARDS = [
    "Launch a referral program generating $40k in new fees by June 30",
    "Raise the book allowance to $250 per teacher per year",
]


# -- decision 4799: a team, then an auxiliary and its verb, is the key result's subject and owner

TEAM_AUX = [
    "The science team is running lab days for every Year 9 class",
    "The support team is answering 90% of chats within 2 minutes",
    "The data team has documented every table in the warehouse",
    "Our platform squad has cut build times to under 5 minutes",
    "The grants team will submit 6 applications by June",
    "The kitchen crew is now serving 300 lunches a day",
]
TEAM_AUX_GUARDS = [
    "Team is fully staffed by June",
    "Team morale is above 8 of 10",
    "Team size has grown to 12",
    "Grow team revenue 20%",
]


# -- every one-key-result case above: (wordings, objective, owner, rule, whether it fires) -------

MEETINGS = "Make our staff meetings worth attending"
CLINIC = "Be the clinic people trust by Q4"
BACK_OFFICE = "Give our clients a back office they never wait on by Q3"
ASSISTANT = "Give staff an assistant they can trust by Q3"
SCHOOL = "Make the school a place teachers stay by Q3"
OWNED = " (owner: Ms Ortiz)"
ONE_KR = [
    (NEXT_MEETING, MEETINGS, OWNED, "kr-no-deadline", False),  # 4791
    (NEXT_MEETING_GUARDS, MEETINGS, OWNED, "kr-no-deadline", True),
    (TOP_BANDS, CLINIC, OWNED, "kr-not-quantified", False),  # 4793
    (QUARTILE_GUARDS, CLINIC, OWNED, "kr-not-quantified", True),
    (BUILD_TIMES, BACK_OFFICE, OWNED, "kr-is-task", True),  # 4794
    (BUILD_TIME_GUARDS, BACK_OFFICE, OWNED, "kr-is-task", False),
    (BAD_EVENTS, ASSISTANT, OWNED, "kr-negative-phrasing", True),  # 4795, 4796
    (BAD_EVENT_GUARDS, ASSISTANT, OWNED, "kr-negative-phrasing", False),
    (MEANS_LEADS, SCHOOL, OWNED, "kr-is-task", True),  # 4797
    (MEANS_GUARDS, SCHOOL, OWNED, "kr-is-task", False),
    (TERMS_BRACKETS, SCHOOL, OWNED, "kr-is-task", True),  # 4798
    (TERMS_GUARDS, SCHOOL, OWNED, "kr-is-task", False),
    (TEAM_AUX, SCHOOL, "", "kr-no-owner", False),  # 4799
    (TEAM_AUX_GUARDS, SCHOOL, "", "kr-no-owner", True),
]


@pytest.mark.parametrize(
    ("wording", "objective", "owner", "rule", "fires"),
    [(w, o, who, r, f) for ws, o, who, r, f in ONE_KR for w in ws],
)
def test_one_key_result(wording: str, objective: str, owner: str, rule: str, fires: bool) -> None:
    assert (rule in _fails(_one_kr(wording, objective, owner))[1]) is fires


@pytest.mark.parametrize("wording", NEXT_MEETING)
def test_next_meeting_dates_the_objective_too(wording: str) -> None:
    assert "objective-no-timeframe" not in _fails(_one_kr(wording, MEETINGS))[0]

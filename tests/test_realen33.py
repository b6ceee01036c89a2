"""English published OKR pages, fifteenth set of round thirty-three (decisions 4740-; realen33):
shapes a new set of real English pages showed (a piece of explanatory content named as a key
result, "Overview of …", "Explainer on …"; a past participle of a verb whose base ends in a
silent e opening an objective, "Completed …"), imitated by wordings written for these tests (no
sentence of a real page). Each decision's cases failed before it; the guards keep what must not
change."""

from __future__ import annotations

import pytest
from test_realen29 import kr_status

from coach import review
from coach.nlp import lemma_en


def objective_status(objective: str, rule: str) -> str:
    """The verdict on `rule` of one objective in a dated, owned set with one measured KR."""
    text = (
        "Q3 2026 goals (owner: Ana)\n"
        f"Objective: {objective}\n"
        "- KR1: Raise weekly active teams from 40 to 90\n"
    )
    (found,) = review(text).objectives
    return {c.rule_id: c.status for c in found.checks}[rule]


# --- 4740: a piece of explanatory content as the head of a verbless key result is a task ------

CONTENT_PIECES = [
    "Overview of webhooks for partner developers",
    "Explainer on feature flags",
    "Primer on rate limits for new partners",
    "Overview of the refund rules for the help centre",
    "Explainers on the new pricing tiers with screenshots",
    "Explanations of the loyalty tiers for shop staff",
    "P2 Explanation of signed URLs including a demo",
]


@pytest.mark.parametrize("kr", CONTENT_PIECES)
def test_explanatory_content_named_as_the_key_result_is_a_task(kr: str) -> None:
    assert kr_status(kr, "kr-is-task") == "fail"


CONTENT_GUARDS = [
    # a measure or a verb keeps its reading
    ("Readers rate the webhook overview 4.5 of 5 on average", "pass"),
    ("Raise completion of the onboarding primer from 40% to 70%", "pass"),
    ("Overview page visits from 1,200 to 3,000 a month", "pass"),
    # heads already read as things made
    ("Guide to webhooks, including sample code", "fail"),
    ("Tutorial on feature flags for new partners", "fail"),
    ("Explanation of refresh tokens, including sample calls", "fail"),
]


@pytest.mark.parametrize(("kr", "want"), CONTENT_GUARDS)
def test_content_guards(kr: str, want: str) -> None:
    assert kr_status(kr, "kr-is-task") == want


# --- 4741: "-ed"/"-ing" of a verb whose base ends in a silent e keeps the e in its lemma ------

SILENT_E = [
    ("completed", "complete"),
    ("completing", "complete"),
    ("deleted", "delete"),
    ("included", "include"),
    ("excluding", "exclude"),
    ("concluded", "conclude"),
    ("required", "require"),
    ("acquiring", "acquire"),
    ("inspired", "inspire"),
    ("retired", "retire"),
    ("expired", "expire"),
]


@pytest.mark.parametrize(("word", "lemma"), SILENT_E)
def test_silent_e_verbs_keep_their_e(word: str, lemma: str) -> None:
    assert lemma_en(word) == lemma


LEMMA_GUARDS = [
    ("targeted", "target"),
    ("budgeted", "budget"),
    ("loaded", "load"),
    ("paired", "pair"),
    ("repaired", "repair"),
    ("chaired", "chair"),
    ("delivered", "deliver"),
    ("launched", "launch"),
    ("stirred", "stir"),
    ("created", "create"),
]


@pytest.mark.parametrize(("word", "lemma"), LEMMA_GUARDS)
def test_other_lemmas_unchanged(word: str, lemma: str) -> None:
    assert lemma_en(word) == lemma


FLAT_COMPLETED = [
    "Completed rollout of the booking app to all clinics",
    "Completed the groundwork for the spring launch",
    "Completed migration of every service to the cloud",
    "Completed setup of the second warehouse",
    "Completed work on the partner contract templates",
]


@pytest.mark.parametrize("objective", FLAT_COMPLETED)
def test_completed_work_opening_an_objective_is_flat(objective: str) -> None:
    assert objective_status(objective, "objective-not-inspiring") == "fail"


FLAT_GUARDS = [
    ("Make onboarding feel effortless for every new clinic", "pass"),
    ("Become the first choice of clinics in Leeds", "pass"),
    ("Complete the groundwork for the spring launch", "fail"),
    ("Delivered projects that matter for growth", "fail"),
    ("Completing the rollout of the new rota tool", "fail"),
    ("Completed projects that set up next year", "fail"),
    ("Completed tasks that lay a base for growth", "fail"),
]


@pytest.mark.parametrize(("objective", "want"), FLAT_GUARDS)
def test_flat_guards(objective: str, want: str) -> None:
    assert objective_status(objective, "objective-not-inspiring") == want


# --- 4742: "Work with <a team> to <verb> …": the verb after "to" is the key result's ----------

WORKED_WITH = [
    ("Work with finance to define 3 pricing options", "kr-is-task"),
    ("Work with the ops team to identify 5 candidate suppliers", "kr-is-task"),
    ("Work closely with the platform team to migrate 4 services to the new cluster", "kr-is-task"),
    ("Liaise with the council to map 12 new bus stops", "kr-is-task"),
    ("Working with legal to choose 2 e-signature vendors", "kr-is-task"),
]


@pytest.mark.parametrize(("kr", "rule"), WORKED_WITH)
def test_the_verb_after_a_team_worked_with_leads(kr: str, rule: str) -> None:
    assert kr_status(kr, rule) == "fail"


WORKED_WITH_GUARDS = [
    # the verb after "to" wins or moves something: a result, as it would be alone
    ("Work with sales to close 20 new accounts", "kr-is-task", "pass"),
    ("Work with support to cut first-response time from 9 hours to 2", "kr-is-task", "pass"),
    # a count of those worked with is no team named: unchanged
    ("Work with 20 clinics to cut waiting times from 30 to 20 days", "kr-is-task", "pass"),
    # already read so
    ("Work with design to create a new onboarding flow", "kr-is-task", "fail"),
    ("Collaborate with legal to draft 3 contract templates", "kr-is-task", "fail"),
    ("Coordinate with HR to run 6 onboarding sessions", "kr-activity-count", "fail"),
    (
        "Team up with the data team to publish 6 dashboards for store managers",
        "kr-activity-count",
        "fail",
    ),
]


@pytest.mark.parametrize(("kr", "rule", "want"), WORKED_WITH_GUARDS)
def test_worked_with_guards(kr: str, rule: str, want: str) -> None:
    assert kr_status(kr, rule) == want


# --- 4743: a floor before a count in words, then efforts: still a count of efforts -----------

FLOORS_IN_WORDS = [
    "At least six blog posts on the site",
    "At least four customer webinars by June",
    "At least ten LinkedIn posts this quarter",
    "A minimum of three community meetups in Leeds",
    "P3 At least five how-to posts on the partner forum",
]


@pytest.mark.parametrize("kr", FLOORS_IN_WORDS)
def test_a_floor_in_words_on_efforts_counts_efforts(kr: str) -> None:
    assert kr_status(kr, "kr-activity-count") == "fail"


FLOOR_GUARDS = [
    ("At least 6 blog posts on the site", "fail"),
    ("At least six regular donors giving every month", "pass"),
    ("At least five new partner clinics signed", "pass"),
    ("At least three hundred newsletter subscribers", "pass"),
    ("More than two thirds of visits booked online", "pass"),
]


@pytest.mark.parametrize(("kr", "want"), FLOOR_GUARDS)
def test_floor_guards(kr: str, want: str) -> None:
    assert kr_status(kr, "kr-activity-count") == want

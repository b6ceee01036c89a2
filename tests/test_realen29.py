"""English published OKR pages, eleventh set of round twenty-nine (decisions 4140-; realen29):
shapes a new set of real English pages showed (an HR system's OKR guide with examples drawn as
trees in code fences, a beginner's guide's example OKRs, a personal system's quarterly tables),
imitated by wordings written for these tests (no sentence of a real page). Each decision's cases
failed before it; the guards keep what must not change."""

from __future__ import annotations

import pytest

from coach import review


def spans(text: str) -> list[tuple[str, list[str]]]:
    """Each objective's text and its key results' texts, as the review cut them."""
    r = review(text)
    out = []
    for o in r.objectives:
        krs = [text[k.span.start : k.span.end] for k in o.key_results]
        out.append((text[o.span.start : o.span.end], krs))
    return out


def checks(text: str) -> list[dict[str, str]]:
    """Each key result's checklist, in order."""
    r = review(text)
    return [{c.rule_id: c.status for c in k.checks} for o in r.objectives for k in o.key_results]


def kr_status(
    kr: str, rule: str, objective: str = "Make our clinic the easiest to book in Q3 (owner: Ana)"
) -> str:
    found = checks(f"Objective: {objective}\nKR1: {kr}\n")
    assert len(found) == 1, found
    return found[0][rule]


# --- 4140: box-drawing tree branches ("├─ ", "└─ ", "│  ├─ ") are list markers -------------


TREES = [
    (
        "```\nObjective: Make the bakery the first stop on our street this spring\nKey Results:\n"
        "├─ Launch a loyalty card used by 400+ regulars\n"
        "├─ Grow weekday morning sales from $900 to $1,400\n"
        "└─ Open a second counter with 2 new staff\n```\n",
        [
            "Launch a loyalty card used by 400+ regulars",
            "Grow weekday morning sales from $900 to $1,400",
            "Open a second counter with 2 new staff",
        ],
    ),
    (
        "Objective: Become the friendliest gym in town by Q4\n"
        "├── Raise member renewals from 60% to 75%\n"
        "└── Implement a booking app with 12 class types\n",
        ["Raise member renewals from 60% to 75%", "Implement a booking app with 12 class types"],
    ),
    (
        "Q2 plan\n├─ Objective: Win the trust of every new tenant\n"
        "│  ├─ KR1: Move-in survey score from 3.9 to 4.5\n"
        "│  └─ KR2: Deploy a tenant portal with 3 payment methods\n",
        ["Move-in survey score from 3.9 to 4.5", "Deploy a tenant portal with 3 payment methods"],
    ),
    (
        "Objective: Make our library the town's favourite study spot in 2027\n"
        "Key results:\n┣━ Weekend visits from 300 to 520\n┗━ Study-room bookings from 40 to 90 a week\n",
        ["Weekend visits from 300 to 520", "Study-room bookings from 40 to 90 a week"],
    ),
    (
        "目标：让社区书店成为周末首选（2027年Q2）\n├─ 周末客流从300人次提升到520人次\n"
        "└─ 会员复购率从18%提升到30%\n",
        ["周末客流从300人次提升到520人次", "会员复购率从18%提升到30%"],
    ),
    (
        "Objective: Delight first-time buyers this half\n"
        "└─ Repeat orders within 60 days from 18% to 30%\n",
        ["Repeat orders within 60 days from 18% to 30%"],
    ),
]


@pytest.mark.parametrize(("text", "krs"), TREES)
def test_tree_branches_are_markers(text: str, krs: list[str]) -> None:
    got = [k for _, ks in spans(text) for k in ks]
    assert got == krs


def test_launch_under_a_tree_branch_is_a_task() -> None:
    text = (
        "```\nObjective: Make the bakery the first stop on our street this spring\nKey Results:\n"
        "├─ Grow weekday morning sales from $900 to $1,400\n"
        "└─ Launch a recipe blog with 80+ posted recipes\n```\n"
    )
    assert [c["kr-is-task"] for c in checks(text)] == ["pass", "fail"]


@pytest.mark.parametrize(
    "text",
    [
        "Objective: Win the mid-market in Q3\n- KR1: Grow ARR from $2M to $3M\n- KR2: NPS from 30 to 45\n",
        "| Objective | Key result |\n|---|---|\n| Win the mid-market in Q3 | Grow ARR from $2M to $3M |\n",
    ],
)
def test_plain_lists_and_tables_unchanged(text: str) -> None:
    got = [k for _, ks in spans(text) for k in ks]
    assert got and all(not k.startswith(("├", "└", "-", "|")) for k in got)


# --- 4141: "a 4.4-star rating": the star figure before rating/average/score is the target ------


@pytest.mark.parametrize(
    "kr",
    [
        "Hold a 4.7-star rating on the booking site",
        "Reach a 4.6-star Google rating for the new branch",
        "Keep a 4.8-star average across delivery apps",
        "Earn a 4.3-star app store rating",
        "Achieve 4.4-star score from first-time guests",
        "4.9-star rating on the marketplace listing",
    ],
)
def test_star_rating_figure_is_a_target(kr: str) -> None:
    assert kr_status(kr, "kr-not-quantified") == "pass"


@pytest.mark.parametrize(
    "kr",
    [
        "Get more 5-star reviews on the new menu",
        "Book guests into 4-star hotels only",
        "Collect 5-star ratings from wedding clients",
    ],
)
def test_star_class_of_counted_things_unchanged(kr: str) -> None:
    assert kr_status(kr, "kr-not-quantified") == "fail"


# --- 4142: "Eliminate 100% of <long-qualified bad events>": the share is no part of the gap ----


@pytest.mark.parametrize(
    "kr",
    [
        "Eliminate 100% of medium-severity customer-facing defects",
        "Remove 95% of high-priority mobile checkout crashes",
        "Eliminate 90% of late-night unplanned database outages",
        "Cut 80 percent of repeat after-hours paging incidents",
        "Eliminate 100% of the long-standing high-risk security findings",
        "Eliminate all of the medium-severity customer-facing defects",
    ],
)
def test_share_before_long_bad_event_is_negative(kr: str) -> None:
    assert kr_status(kr, "kr-negative-phrasing") == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "Eliminate 100% of manual steps in our weekly release checklist",
        "Automate 90% of regression test runs for the checkout flow",
        "Raise the share of orders delivered on time from 90% to 97%",
    ],
)
def test_share_of_neutral_things_unchanged(kr: str) -> None:
    assert kr_status(kr, "kr-negative-phrasing") == "pass"


# --- 4143: "Launch X for 5,000+ customers": the audience a launch is for keeps it a launch -----


def kr_task(kr: str) -> str:
    return kr_status(kr, "kr-is-task", objective="Make our app the easiest to use (owner: Ana)")


@pytest.mark.parametrize(
    "kr",
    [
        "Launch the redesigned dashboard for 5,000+ customers",
        "Release the loyalty app for 800 members",
        "Ship dark mode for 100% of web users",
        "Launch a tablet checkout for 40 partner cafes",
        "Release the new booking widget for over 2,000 clinics",
        "Launch the beta for 300 early adopters",
    ],
)
def test_launch_for_an_audience_is_a_task(kr: str) -> None:
    assert kr_task(kr) == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "Launch self-serve onboarding used by 500 new customers",
        "Grow weekly active users of the new app from 2,000 to 5,000",
        "Keep the new checkout live for 30 days with 99.9% uptime",
    ],
)
def test_adoption_and_measures_unchanged(kr: str) -> None:
    assert kr_task(kr) == "pass"


# --- 4144: "Complete the X course with a 90% score": a course done to a bar stays a to-do -------


def kr_learn(kr: str) -> str:
    return kr_status(kr, "kr-is-task", objective="Grow into a senior analyst in 2027 (owner: Li)")


@pytest.mark.parametrize(
    "kr",
    [
        "Complete the Python course with a 90% score",
        "Finish the AWS certification course with 85%+ on the final exam",
        "Complete an advanced SQL class with a grade of at least 80%",
        "Finish the data-visualisation bootcamp with a 4.5 average",
        "Complete the first-aid training with 100% on the quiz",
        "Pass the statistics module with 75%+",
    ],
)
def test_course_done_to_a_score_is_a_task(kr: str) -> None:
    assert kr_learn(kr) == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "Complete the onboarding course with 95% of new hires",
        "Raise the course completion rate from 60% to 85%",
        "Average learner score on the SQL course from 70% to 82%",
    ],
)
def test_shares_of_learners_unchanged(kr: str) -> None:
    assert kr_learn(kr) == "pass"


def test_the_manifest_keeps_no_text() -> None:
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "models/data/realen29_manifest.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 124
    keys = {"source", "draft", "lang", "index", "sha256", "kind", "fails", "unknown"}
    for row in rows:
        assert keys <= set(row) and "text" not in row
        assert len(row["sha256"]) == 64 and row["half"] in ("A", "B")
    assert {r["half"] for r in rows if r["holdout"]} == {"B"}
    assert sum(r["half"] == "A" for r in rows) == 66
    assert len({r["sha256"] for r in rows}) == 124

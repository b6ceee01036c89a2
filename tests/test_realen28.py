"""English published OKR pages, tenth set of round twenty-eight (decisions 4000-; realen28): shapes
a new set of real English pages showed (an engineering blog's team OKRs, start-up plans with
quarterly OKR blocks and tables, product skill files' worked examples), imitated by wordings
written for these tests (no sentence of a real page). Each decision's cases failed before it;
the guards keep what must not change."""

from __future__ import annotations

import pytest

from coach import review


def checks(text: str) -> list[dict[str, str]]:
    """Each key result's checklist, in order."""
    r = review(text)
    return [{c.rule_id: c.status for c in k.checks} for o in r.objectives for k in o.key_results]


def kr_status(
    kr: str, rule: str, objective: str = "Make our studio the place designers want to work in Q3"
) -> str:
    found = checks(f"Objective: {objective}\nKR1: {kr}\n")
    assert len(found) == 1, found
    return found[0][rule]


def is_task(kr: str) -> bool:
    return kr_status(kr, "kr-is-task") == "fail"


def is_activity(kr: str) -> bool:
    return kr_status(kr, "kr-activity-count") == "fail"


def result_fails(kr: str) -> bool:
    """kr-is-task or kr-activity-count fails: the key result counts work, not a result."""
    return is_task(kr) or is_activity(kr)


# --- 4000: "N new <team> hires": a headcount noun with the team's name before it --------------


@pytest.mark.parametrize(
    "kr",
    [
        "2 new data hires this half",
        "2 senior backend hires by August 31",
        "4 new customer-success hires in Q3",
        "1 data engineering hire by end of June",
        "6 new warehouse hires before the peak season",
        "Five new product design hires this quarter",
    ],
)
def test_team_hires_counted_are_hiring(kr: str) -> None:
    assert is_task(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "90% of new engineering hires ship code in their first week",
        "Time to productivity for new support hires from 60 to 30 days",
        "10 mentors for new hires by June 30",
        "8 referrals from new hires this quarter",
    ],
)
def test_hires_as_people_served_stay_results(kr: str) -> None:
    assert not is_task(kr)


def test_plain_hire_count_unchanged() -> None:
    assert is_task("3 new hires this quarter")
    assert is_task("5 new sales hires by June 30")


# --- 4001: "N speaking engagements": talks given, an activity count ---------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "6 speaking engagements this half",
        "8 speaking engagements in Q4",
        "6 speaking engagements at partner events",
        "3 keynote speaking engagements in H2",
        "2 speaking slots per month at local meetups",
    ],
)
def test_speaking_engagements_are_effort(kr: str) -> None:
    assert is_activity(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Raise community engagement score from 52 to 70",
        "Customer engagement rate up from 12% to 20%",
        "Engagement of 40% of members in at least one event",
    ],
)
def test_engagement_as_measure_unchanged(kr: str) -> None:
    assert not is_activity(kr)


# --- 4002: star-rated reviews are what customers give, not the team's reviews ---------------


@pytest.mark.parametrize(
    "kr",
    [
        "350 5-star reviews",
        "200 five-star reviews on the App Store",
        "Collect 150 4-star-or-better reviews from buyers",
        "300 new 5 star ratings on Google",
        "Get 80 five star reviews on Trustpilot by June",
    ],
)
def test_star_rated_reviews_are_results(kr: str) -> None:
    assert not result_fails(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "40 code reviews",
        "Run 12 design reviews this quarter",
        "Complete 20 peer reviews by June",
    ],
)
def test_reviews_the_team_does_stay_effort(kr: str) -> None:
    assert result_fails(kr)


# --- 4003: "Build partnerships with N <partners>": partners won --------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Build partnerships with 6 regional marketplaces",
        "Build partnerships with 12 regional distributors",
        "Forge partnerships with 8 local gyms",
        "Build relationships with 20 new resellers",
        "Establish partnerships with 3 payment providers",
    ],
)
def test_partnerships_built_are_partners_won(kr: str) -> None:
    assert not is_task(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Build a partner portal for 5 distributors",
        "Build 3 integrations with payment providers",
        "Build a partnership playbook",
    ],
)
def test_building_things_for_partners_stays_a_task(kr: str) -> None:
    assert is_task(kr)


# --- 4004: "<feature> v1": a version of a thing to ship, a deliverable ----------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Smart autocomplete v1",
        "Bulk export v2 by Sep 15",
        "Recommendation engine v1.0",
        "Offline mode V2 in Q4",
        "Team billing v3 by end of quarter",
    ],
)
def test_a_versioned_feature_is_a_deliverable(kr: str) -> None:
    assert is_task(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Search v1 used by 30% of weekly active users",
        "Adoption of billing v2 at 40% of accounts",
        "NPS of 45 for checkout v2",
    ],
)
def test_a_version_measured_stays_a_result(kr: str) -> None:
    assert not is_task(kr)


def test_table_row_with_a_version_and_a_date() -> None:
    text = (
        "## Q3 OKRs\n\n| Objective | Key Result | Owner | Target |\n|---|---|---|---|\n"
        "| Make search effortless | Vector search v1 | Ana | Sep 15 |\n"
    )
    assert checks(text)[0]["kr-is-task"] == "fail"


# --- 4005: a launch "supporting N users": capacity the team builds in, a milestone ----------


@pytest.mark.parametrize(
    "kr",
    [
        "Launch the v3 booking engine supporting 80k concurrent users",
        "Ship the new API gateway handling 10,000 requests per second",
        "Deploy a cluster capable of handling 500 tenants",
        "Release the sync engine able to handle 1M events a day",
        "Migrate billing to a platform that supports 50k subscriptions",
        "Launch the booking service handling 5,000 bookings a day",
        "Ship a checkout able to handle 300 orders per minute",
    ],
)
def test_launch_with_capacity_is_a_task(kr: str) -> None:
    assert is_task(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Support 100k concurrent users with p95 latency under 300 ms",
        "Peak load handled: 10,000 requests per second with 0 errors",
        "Launch self-serve onboarding used by 500 new customers",
    ],
)
def test_capacity_measured_without_a_launch_stays(kr: str) -> None:
    assert not is_task(kr)


# --- 4006: "<work> 80% completed": progress on the team's own work ---------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Webhooks functionality 80% completed by the ship date",
        "Data warehouse migration 50% complete by June 30",
        "Reporting module 75% done by end of Q3",
        "Mobile redesign 60% finished this quarter",
        "Payments refactor 90% completed in Q4",
        "Design system rebuild 70% finished in Q2",
        "Invoice automation 60% completed",
    ],
)
def test_work_percent_complete_is_a_task(kr: str) -> None:
    assert is_task(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "80% of new users complete onboarding without help",
        "Training completion rate from 60% to 90%",
        "Profile setup 70% complete for active members",
    ],
)
def test_completion_by_people_served_stays_a_result(kr: str) -> None:
    assert not is_task(kr)


def test_the_manifest_keeps_no_text() -> None:
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "models/data/realen28_manifest.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 148
    keys = {"source", "draft", "lang", "index", "sha256", "kind", "fails", "unknown"}
    for row in rows:
        assert keys <= set(row) and "text" not in row
        assert len(row["sha256"]) == 64 and row["half"] in ("A", "B")
    assert {r["half"] for r in rows if r["holdout"]} == {"B"}
    assert sum(r["half"] == "A" for r in rows) == 75


# --- 4007: a short phrase quoted inside a labelled key result of an inline OKR paragraph -------


@pytest.mark.parametrize(
    "text",
    [
        "**Where we aim.** Objective: become the first place customers look for help. KR1: "
        'self-serve resolution from 20% to 45%. KR2: articles rated 4+ on "clear enough" from '
        "38% to 65%.\n",
        "Anchor for the year: Objective: make every release a non-event for the on-call team. "
        'KR1: releases marked "calm and boring" by on-call from 40% to 80%. KR2: rollback time from 30 '
        "to 5 minutes.\n",
        "Team north star. Objective: turn first orders into habits. KR1: second order within 14 "
        'days from 18% to 30%. KR2: share of buyers tagging us "my usual place" from 10% to 25%. KR3: '
        "repeat buyers per month from 900 to 1,500.\n",
    ],
)
def test_inline_paragraph_keeps_its_labelled_items(text: str) -> None:
    r = review(text)
    assert len(r.objectives) == 1
    assert len(r.objectives[0].key_results) >= 2
    assert '"' not in r.objectives[0].text


def test_a_guide_quote_after_an_objective_lead_unchanged() -> None:
    text = (
        'A good objective is "Become the favourite bakery in town", with a key result such as '
        '"Grow weekly repeat customers from 120 to 200".\n'
    )
    r = review(text)
    assert any("bakery" in o.text for o in r.objectives)


# --- 4008: "<share> within 30 days, from 5% to 18%": the window, then the move of one measure ----


@pytest.mark.parametrize(
    "kr",
    [
        "new users activated within 7 days, from 20% to 35%",
        "trial accounts converting within 14 days, from 8% to 12%",
        "tickets answered within 1 hour, from 60% to 85%",
        "orders shipped within 24 hours, from 70% to 95% in Q3",
        "returning buyers within 60 days, from 15% to 22%.",
    ],
)
def test_window_then_from_to_is_one_measure(kr: str) -> None:
    assert kr_status(kr, "kr-compound") == "pass"


@pytest.mark.parametrize(
    "kr",
    [
        "Grow signups to 5,000 and lift activation from 20% to 35%",
        "Ship the new app to 3 stores, from 2 to 5 regions",
        "Reply to 90% of tickets within 1 hour, and CSAT from 4.1 to 4.5",
    ],
)
def test_two_measures_stay_compound(kr: str) -> None:
    assert kr_status(kr, "kr-compound") == "fail"


# --- 4009: "All by end of Q2 2027." closing the last key result dates every key result ---------


@pytest.mark.parametrize(
    "text",
    [
        "Objective: make our help center the first place customers look. KR1: self-serve "
        "resolution from 20% to 45%. KR2: helpful-article votes from 38% to 65%. All by end of "
        "Q2 2027.\n",
        "Objective: turn first orders into habits\nKR1: second order within 14 days from 18% to "
        "30%\nKR2: repeat buyers per month from 900 to 1,500. All due by June 30, 2027.\n",
        "Objective: make on-call quiet\nKR1: pages per week from 40 to 10\nKR2: rollback time "
        "from 30 to 5 minutes. All of these by the end of Q3.\n",
    ],
)
def test_all_by_closing_dates_every_key_result(text: str) -> None:
    assert all(c["kr-no-deadline"] == "pass" for c in checks(text))


@pytest.mark.parametrize(
    "text",
    [
        "Objective: make on-call quiet\nKR1: pages per week from 40 to 10\nKR2: all services "
        "on the new alerting stack by June 30\n",
        "Objective: make on-call quiet\nKR1: pages per week from 40 to 10\nKR2: rollback time "
        "from 30 to 5 minutes. All by design.\n",
    ],
)
def test_a_dated_sibling_alone_dates_no_other(text: str) -> None:
    assert checks(text)[0]["kr-no-deadline"] == "fail"

"""English published OKR pages, twenty-third round (decisions 2300-2305; realen23): shapes a new
set of real English pages showed, each imitated by a page or a line written for these tests (no
sentence of a real page). Each decision's tests failed before it; the guards keep what must not
change."""

from __future__ import annotations

import pytest

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


def kr_status(
    kr: str, rule: str, objective: str = "Make our market the first stop for makers"
) -> str:
    text = f"Objective: {objective}\nKR1: {kr}\n"
    return dict(statuses(text, rule))[kr]


def objective_status(objective: str, rule: str) -> str:
    text = f"Objective: {objective}\nKR1: 300 members borrow a book a month by June 30\n"
    return dict(statuses(text, rule))[objective]


# --- 2300: "Team OKRs (Quarterly Template)": the bracket names the quarter as the cycle --------

YAML_PAGE = """### {title}

```yaml
quarterly_okrs:
  objective_1:
    objective: "Make every caller feel heard on the first reply"
    key_results:
      - "Raise first-reply CSAT from 82% to 90%"
      - "Cut median first response from 6 hours to 2 hours"
```
"""

LIST_PAGE = """## {title}

Objective: Make our checkout feel effortless
- Raise checkout completion from 61% to 70%
"""


@pytest.mark.parametrize(
    "title",
    [
        "Support Team OKRs (Quarterly Template)",
        "Design OKRs (quarterly)",
        "Growth team objectives (Quarterly)",
    ],
)
@pytest.mark.parametrize("page", [YAML_PAGE, LIST_PAGE])
def test_2300_quarterly_in_brackets_after_the_set_name_gives_a_deadline(
    page: str, title: str
) -> None:
    text = page.format(title=title)
    assert {s for _t, s in statuses(text, "kr-no-deadline")} == {"pass"}
    assert {s for _t, s in statuses(text, "objective-no-timeframe")} == {"pass"}


@pytest.mark.parametrize(
    "title", ["Design OKRs (2027)", "Design OKRs (monthly check-ins)", "Design OKRs (draft)"]
)
def test_2300_guard_other_brackets_give_no_deadline(title: str) -> None:
    text = LIST_PAGE.format(title=title)
    assert {s for _t, s in statuses(text, "kr-no-deadline")} == {"fail"}


# --- 2301: "Cycle Objective(s):" over a list: one objective per item -----------------------------

CYCLE_PAGE = """### **Payments Platform** \\[Dana]
{label}

* Cut settlement time for merchant payouts to same day
* Make refunds painless for every support agent
"""


@pytest.mark.parametrize(
    "label", ["Cycle Objective(s):", "Team Objective(s):", "Cycle Objective(s): "]
)
def test_2301_words_before_a_bracketed_plural_label_announce_objectives(label: str) -> None:
    assert shape(CYCLE_PAGE.format(label=label)) == [
        ("Cut settlement time for merchant payouts to same day", []),
        ("Make refunds painless for every support agent", []),
    ]


@pytest.mark.parametrize("label", ["Cycle Objectives:", "Objective(s):", "Objectives:"])
def test_2301_guard_plain_plural_labels_still_announce_objectives(label: str) -> None:
    assert [o for o, _k in shape(CYCLE_PAGE.format(label=label))] == [
        "Cut settlement time for merchant payouts to same day",
        "Make refunds painless for every support agent",
    ]


def test_2301_guard_a_singular_label_with_words_is_still_one_objective() -> None:
    text = "Payments Objective: Cut payout settlement to same day\n- Same-day payouts from 40% to 90%\n"
    assert shape(text) == [
        ("Cut payout settlement to same day", ["Same-day payouts from 40% to 90%"])
    ]


# --- 2302: "Listing page to checkout conversion rate": a funnel measure, no page to build --------


@pytest.mark.parametrize(
    "kr",
    [
        "Listing page to checkout conversion rate",
        "Film page to purchase conversion rate",
        "Cart to order conversion rate",
    ],
)
def test_2302_a_funnel_measure_named_is_no_task(kr: str) -> None:
    assert kr_status(kr, "kr-is-task") == "pass"


@pytest.mark.parametrize(
    "kr",
    ["Dashboard to track checkout conversion rate", "Report to show signup conversion rate"],
)
def test_2302_guard_a_thing_built_to_handle_the_measure_stays_a_task(kr: str) -> None:
    assert kr_status(kr, "kr-is-task") == "fail"


# --- 2303: "Onboarding completed by new sellers": what the people served do --------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Onboarding completed by new sellers",
        "Listings created by sellers",
        "Profiles verified by members",
        "300 listings created by verified sellers",
    ],
)
def test_2303_a_thing_done_by_the_people_served_is_their_behaviour(kr: str) -> None:
    assert kr_status(kr, "kr-is-task") == "pass"


@pytest.mark.parametrize(
    "kr",
    [
        "Pages published by the web team",
        "Release notes published by engineers",
        "Dashboards completed by analysts",
        "Onboarding completed by June 30",
    ],
)
def test_2303_guard_work_done_by_the_team_stays_a_task(kr: str) -> None:
    assert kr_status(kr, "kr-is-task") == "fail"


# --- 2304: "Market leadership": the noun of "market leader" is an aspirational marker ----------


@pytest.mark.parametrize(
    "objective", ["Market leadership", "Category leadership in home fitness", "Industry leadership"]
)
def test_2304_market_leadership_is_inspiring(objective: str) -> None:
    assert objective_status(objective, "objective-not-inspiring") == "pass"


@pytest.mark.parametrize(
    "objective", ["Improve leadership training", "Build a leadership dashboard"]
)
def test_2304_guard_leadership_as_a_topic_is_no_marker(objective: str) -> None:
    assert objective_status(objective, "objective-not-inspiring") == "fail"


# --- 2305: "Launch in <= 6 weeks from start": a launch with no object, dated ------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Launch in under 8 weeks from kickoff",
        "Ship within 10 weeks of project start",
        "Launch in <= 6 weeks from start",
    ],
)
def test_2305_a_bare_launch_in_a_window_is_a_milestone(kr: str) -> None:
    assert kr_status(kr, "kr-is-task") == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "Cut time to launch from 12 weeks to 6 weeks",
        "Time to launch a new campaign under 2 days",
    ],
)
def test_2305_guard_time_to_launch_stays_a_measure(kr: str) -> None:
    assert kr_status(kr, "kr-is-task") == "pass"


# --- 2306: "one hour weekly", "one scale daily": "one" before a cadence adverb is a count -------


@pytest.mark.parametrize(
    "kr",
    ["Stretch for one hour weekly", "Practise one scale daily", "Publish one report monthly"],
)
def test_2306_one_before_a_cadence_adverb_is_a_number(kr: str) -> None:
    assert kr_status(kr, "kr-not-quantified") == "pass"


@pytest.mark.parametrize("kr", ["Send one email", "Write one update for the board"])
def test_2306_guard_one_without_a_cadence_stays_an_article(kr: str) -> None:
    assert kr_status(kr, "kr-not-quantified") == "fail"


# --- 2307: "40 channel integrations": integrations counted are deliverables built ---------------


@pytest.mark.parametrize(
    "kr",
    [
        "40 channel integrations",
        "12 new partner integrations by Q3",
        "40+ channel integrations",
        "100+ new dashboards",
    ],
)
def test_2307_integrations_counted_are_a_task(kr: str) -> None:
    assert kr_status(kr, "kr-is-task") == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "Customers using 2+ integrations from 10% to 30%",
        "Integration adoption from 20% to 45%",
        "500 shops with at least one integration",
        "500+ dashboard views",
        "10+ enterprise customers",
        "100+ customers on the new dashboards",
    ],
)
def test_2307_guard_integrations_used_by_customers_stay_results(kr: str) -> None:
    assert kr_status(kr, "kr-is-task") == "pass"

"""Parser and deadline leftovers, twenty-third round (decisions 2590-2599; parse23): each case is
a wording written for these tests. Each decision's tests failed before it; the guards keep what must
not change."""

from __future__ import annotations

import pytest

from coach import review


def _items(text: str) -> list[tuple[str, str | None, list[tuple[str, str | None]]]]:
    """(objective, its owner, [(key result, its owner)]) for every objective of the review."""
    r = review(text)
    return [(o.text, o.owner, [(k.text, k.owner) for k in o.key_results]) for o in r.objectives]


# --- 2590: "Owned by:", "Led by:", "Driven by:", "Accountable:" are owner fields -------------

_OBJ = "Objective: Make our support desk the fastest in the region by Q3 2027\n"
_KRS = "KR1: First reply within 2 hours for 95% of tickets\nKR2: CSAT rises from 82% to 90%\n"


@pytest.mark.parametrize("key", ["Owned by", "Led by", "Driven by", "Accountable", "OWNED BY"])
def test_closing_owned_by_line_is_no_key_result(key: str) -> None:
    items = _items(f"{_OBJ}{_KRS}{key}: Dana Lee\n")
    assert len(items) == 1
    krs = items[0][2]
    assert [k for k, _ in krs] == [
        "First reply within 2 hours for 95% of tickets",
        "CSAT rises from 82% to 90%",
    ]
    assert krs[1][1] == "Dana Lee"  # as "Owner: Dana Lee" in the same place


@pytest.mark.parametrize("key", ["Owned by", "Led by", "- **Owned by:**"])
def test_owned_by_under_each_item(key: str) -> None:
    field = key if key.endswith(":**") else f"{key}:"
    text = (
        f"{_OBJ}{field} Support Lead Dana Lee\n"
        "KR1: First reply within 2 hours for 95% of tickets\n"
        f"  {field} Omar Haddad\n"
        "KR2: CSAT rises from 82% to 90%\n"
        f"  {field} Priya Nair\n"
    )
    assert _items(text) == [
        (
            "Make our support desk the fastest in the region by Q3 2027",
            "Support Lead Dana Lee",
            [
                ("First reply within 2 hours for 95% of tickets", "Omar Haddad"),
                ("CSAT rises from 82% to 90%", "Priya Nair"),
            ],
        )
    ]


@pytest.mark.parametrize(
    "kr",
    [
        "Accountable care enrolment reaches 5,000 members",
        "Leads owned by partners grow from 40 to 90",
        "Projects led by new managers finish on time 80% of the time",
        "Lead: 5 new partner deals signed",
    ],
)
def test_owned_by_words_inside_a_key_result_stay_its_wording(kr: str) -> None:
    # guard: the words without a field colon right after them are the key result's wording
    items = _items(f"{_OBJ}KR1: {kr}\nKR2: CSAT rises from 82% to 90%\n")
    assert len(items[0][2]) == 2


# --- 2591: a goals name over a list, then an objective line: the list items are objectives ---

_AFTER = (
    "\nMake the network the default choice for builders in Q1 2027\n"
    "- 40 teams deploy on mainnet by March 2027\n"
    "- Weekly active builders reach 900\n"
)


@pytest.mark.parametrize(
    "name",
    [
        "Cycle Objectives:",
        "Cycle Objective(s):",
        "Sprint objectives:",
        "Working group priorities",
        "Engineering objectives:",
    ],
)
def test_goals_name_list_before_an_objective(name: str) -> None:
    text = f"{name}\n- Cut node CPU usage\n- Ship the new indexer\n{_AFTER}"
    assert [(o, [k for k, _ in krs]) for o, _, krs in _items(text)] == [
        ("Cut node CPU usage", []),
        ("Ship the new indexer", []),
        (
            "Make the network the default choice for builders in Q1 2027",
            ["40 teams deploy on mainnet by March 2027", "Weekly active builders reach 900"],
        ),
    ]


def test_objective_over_its_key_results_then_another_stays() -> None:
    # guard: an objective that is no goals name keeps the list under it as its key results
    text = (
        "Cut node CPU usage across the fleet\n- CPU per node from 70% to 45%\n"
        "- Memory per node from 12 GB to 9 GB\n" + _AFTER
    )
    assert [(o, len(krs)) for o, _, krs in _items(text)] == [
        ("Cut node CPU usage across the fleet", 2),
        ("Make the network the default choice for builders in Q1 2027", 2),
    ]


def test_goals_name_over_one_line_then_an_objective_stays() -> None:
    # guard: one line under the name is too few to read a list of goals from
    text = "Cycle Objectives:\n- Cut node CPU usage\n" + _AFTER
    items = _items(text)
    assert items[-1][0] == "Make the network the default choice for builders in Q1 2027"
    assert len(items[-1][2]) == 2


# --- 2592: on a page with "Objective N:" labels, a goals name over a list lists objectives -----

_LABELLED = (
    "\nObjective 1: Make the network the default choice for builders in Q1 2027\n"
    "Key Result 1: 40 teams deploy on mainnet by March 2027\n"
    "Key Result 2: Weekly active builders reach 900\n"
)


@pytest.mark.parametrize(
    "name",
    [
        "Cycle Objectives:",
        "**Cycle Objective(s):**",
        "Sprint objectives:",
        "Working group priorities:",
        "Our goals for Q1:",
    ],
)
def test_goals_name_list_on_a_labelled_page(name: str) -> None:
    text = f"{name}\n- Cut node CPU usage\n- Ship the new indexer\n{_LABELLED}"
    assert [(o, len(krs)) for o, _, krs in _items(text)] == [
        ("Cut node CPU usage", 0),
        ("Ship the new indexer", 0),
        ("Make the network the default choice for builders in Q1 2027", 2),
    ]


def test_goals_list_under_a_labelled_objective_stays_its_key_results() -> None:
    # guard (decision 357): "Goals:" right under an objective lists its key results
    text = (
        "Objective 1: Grow the support team into a trusted partner this quarter\n"
        "Team goals:\n- Hire 3 senior agents\n- CSAT from 82% to 90%\n"
    )
    assert [(o, len(krs)) for o, _, krs in _items(text)] == [
        ("Grow the support team into a trusted partner this quarter", 2)
    ]


def test_intro_sentence_on_a_labelled_page_stays_prose() -> None:
    # guard: a bulleted intro before the first labelled objective is no objective
    text = "How we work this cycle:\n- Weekly check-ins\n- Scores at the end\n" + _LABELLED
    assert [o for o, _, _ in _items(text)] == [
        "Make the network the default choice for builders in Q1 2027"
    ]


# --- 2593: "up 30% over FY2026": the period after "N% over" is the change's base -----------

from coach.facts.timeframes import find_timeframe  # noqa: E402


def _deadline(text: str) -> str | None:
    found = find_timeframe(text, "en")
    return found[0].text if found is not None else None


@pytest.mark.parametrize(
    "kr",
    [
        "Grow site visits up 30% over FY2026",
        "Repeat orders 25% higher over FY25",
        "Donations 12% growth over FY2026",
        "Lift bookings 18% over the FY2026 total",
    ],
)
def test_period_after_percent_over_is_the_base(kr: str) -> None:
    assert _deadline(kr) is None


def test_deadline_after_the_base_is_kept() -> None:
    assert _deadline("Sales up 12% over FY2025 by end of FY2027") == "by end of FY2027"


@pytest.mark.parametrize(
    ("kr", "deadline"),
    [
        ("Grow revenue over FY2027 to $4M", "FY2027"),  # no percent before "over"
        ("Keep churn under 3% over Q3 2027", "over Q3 2027"),  # "over Q3" is the span itself
        ("Grow revenue 30% in FY2027", "in FY2027"),
    ],
)
def test_over_a_period_without_a_percent_before_stays(kr: str, deadline: str) -> None:
    assert _deadline(kr) == deadline


# --- 2594: a per-case window ("every … within 14 days", "… within 7 days by 20%") ----------


@pytest.mark.parametrize(
    "kr",
    [
        "Pay every freelancer within 14 days",
        "Call back each lost customer within 2 days",
        "Approve every expense claim within 5 business days",
        "Reduce repeat calls within 7 days by 20%",
        "Cut return visits within 30 days by 15%",
        "Each new lead gets a demo within 48 hours",
    ],
)
def test_per_case_window_is_no_deadline(kr: str) -> None:
    assert _deadline(kr) is None


@pytest.mark.parametrize(
    ("kr", "deadline"),
    [
        ("Migrate every service within 3 months", "within 3 months"),  # a span of months
        ("Pay all freelancers within 14 days", "within 14 days"),  # no every/each
        ("Within 14 days, pay every freelancer on the list", "Within 14 days"),
        ("Launch the new portal within 14 days", "within 14 days"),
        ("Grow weekly active teams by 20% within 90 days", "within 90 days"),
    ],
)
def test_window_of_the_key_result_stays_its_deadline(kr: str, deadline: str) -> None:
    assert _deadline(kr) == deadline


def test_per_case_window_leaves_the_objectives_cycle() -> None:
    text = (
        "Objective: Make our freelancer network the best paid in the region by Q3 2027\n"
        "KR1: Pay every freelancer within 14 days\n"
        "KR2: Reduce repeat calls within 7 days by 20%\n"
    )
    r = review(text)
    for k in r.objectives[0].key_results:
        assert k.deadline is None or "within" not in k.deadline.text


# --- 2595: "2027 S1 OKR": a season written short beside its year is the set's cycle --------

_SET = (
    "\n\nObjective: Become the team every rookie wants to join\n"
    "KR1: Reach the playoffs in 3 of 4 splits\nKR2: Sign 4 rookies rated above 2,000\n"
)


def _timeframe_status(title: str) -> str:
    r = review(f"{title}{_SET}")
    (check,) = [c for c in r.objectives[0].checks if c.rule_id == "objective-no-timeframe"]
    return check.status


@pytest.mark.parametrize(
    "title",
    [
        "Nova Esports 2027 S1 OKR",
        "## Nova Esports — 2027 S1 OKRs",
        "Debate club S2 2027 goals",
        "Racing team 2027 S3 objectives",
    ],
)
def test_short_season_beside_its_year_is_the_cycle(title: str) -> None:
    assert _timeframe_status(title) == "pass"


@pytest.mark.parametrize(
    "title",
    [
        "Nova Esports 2027 OKRs",  # a bare year is a horizon (decision 16)
        "Nova Esports S1 OKRs",  # no year: "S1" may name anything
        "Support team OKRs for S1 tickets",
    ],
)
def test_year_or_short_code_alone_gives_no_cycle(title: str) -> None:
    assert _timeframe_status(title) == "fail"

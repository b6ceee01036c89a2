"""tester26's outsider drafts (round 26): a ferry operator, a wedding planner, a blood service, a
community radio station, a ski school, an animal shelter, an insurance claims team, a payroll team,
an airport ramp (decisions 3540-3549)."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.facts.owner import find_owner
from coach.review import review
from coach.text import core_bounds

_CFG = Config(use_model=False, semantic=False)


def _review(text: str):
    return review(text, config=_CFG)


def _findings(text: str, target: str) -> list:
    return [f for f in _review(text).findings if f.target == target]


def _rules(text: str, target: str) -> set[str]:
    return {f.rule_id for f in _findings(text, target)}


def _fails(text: str, target: str = "o1.kr1") -> set[str]:
    r = _review(text)
    for o in r.objectives:
        for k in o.key_results:
            if k.id == target:
                return {c.rule_id for c in k.checks if c.status == "fail"}
    raise AssertionError(target)


def _kr_set(kr: str, objective: str = "Make every visit one people talk about in Q3 2027") -> str:
    return (
        f"Objective: {objective}\n"
        f"KR1: {kr}\n"
        "KR2: Weekly returning visitors from 400 to 650 (owner: Ann)\n"
    )


def _owned(kr: str) -> str:
    return _kr_set(f"{kr} (owner: Ann)")


# -- decision 3540: "Stop losing …", "Quit missing …" rule a bad deed out --------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Stop losing couples after the first consultation",
        "Stop losing renewals to Acme",
        "Quit missing payroll deadlines",
        "Stop dropping calls at the switchboard",
        "Stop wasting food at the end of service",
        "Stop running late to client meetings",
        "stop cancelling Saturday classes",
    ],
)
def test_stop_doing_a_bad_deed_is_negative(kr: str) -> None:
    text = _owned(kr)
    got = _rules(text, "o1.kr1")
    assert "kr-negative-phrasing" in got
    # decision 1418 still reads it as a state to keep, not a task
    assert "kr-is-task" not in got
    assert "kr-not-quantified" in got


@pytest.mark.parametrize(
    "kr",
    [
        "Stop using the legacy FTP server by June 30",
        "Stop printing paper invoices",
        "Stop selling the old starter plan",
        "Stop by 20 partner stores each month",
        "Keep losing weight at 0.5 kg a week",
    ],
)
def test_stop_doing_other_things_is_not_negative(kr: str) -> None:
    assert "kr-negative-phrasing" not in _rules(_owned(kr), "o1.kr1")


# -- decision 3541: outbreaks are bad events ---------------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Kennel cough outbreaks: none",
        "Norovirus outbreaks on the ward: 0",
        "Reduce flu outbreaks in care homes from 6 to 2",
        "Fewer than 2 measles outbreaks in our schools",
        "Salmonella outbreaks traced to our kitchens: zero",
    ],
)
def test_outbreaks_are_bad_events(kr: str) -> None:
    assert "kr-negative-phrasing" in _rules(_owned(kr), "o1.kr1")


@pytest.mark.parametrize(
    "kr",
    [
        "Outbreak response time under 24 hours",
        "Outbreak drills run in 100% of homes",
        "Vaccination rate among staff from 60% to 85%",
    ],
)
def test_outbreak_words_that_are_not_a_count_of_them(kr: str) -> None:
    assert "kr-negative-phrasing" not in _rules(_owned(kr), "o1.kr1")


# -- decision 3542: an audience counted per period is a result, not effort ---------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Breakfast show podcast downloads 2,000 a month",
        "Website visitors 10,000 a month",
        "Ebook downloads 900 a month",
        "Newsletter subscribers 400 a month",
        "Video views 50,000 a week",
        "App installs 1,500 a week",
        "Website visitors: 10,000 a month",
    ],
)
def test_audience_per_period_is_no_activity_count(kr: str) -> None:
    got = _fails(_owned(kr))
    assert "kr-activity-count" not in got
    assert "kr-is-task" not in got


@pytest.mark.parametrize(
    "kr",
    [
        "Blog posts 4 a month",
        "Newsletter issues 2 a month",
        "Podcast episodes 4 a month",
        "Webinars 3 a month",
        "Publish 2 videos a week",
        "Sales calls 50 a week",
    ],
)
def test_pieces_of_work_per_period_stay_activity_counts(kr: str) -> None:
    assert "kr-activity-count" in _fails(_owned(kr))


# -- decision 3543: days of supply are a stock level, not days of effort -----------------------


@pytest.mark.parametrize(
    "kr",
    [
        "O-negative stock at or above 6 days of supply every week",
        "Pharmacy holds 14 days of stock of every critical drug each week",
        "At least 8 weeks of cash runway each month",
        "Blood bank at 5 days of supply or more every week",
        "Platelets: 3 days of inventory every day",
    ],
)
def test_days_of_supply_are_a_level(kr: str) -> None:
    assert "kr-activity-count" not in _fails(_owned(kr))


@pytest.mark.parametrize(
    "kr",
    [
        "Practice 3 days a week",
        "Spend 2 days a week on sales calls",
        "Volunteer 1 day of stock-taking every month",
        "Give 2 days of cash-handling training every month",
    ],
)
def test_days_of_effort_stay_activity_counts(kr: str) -> None:
    assert "kr-activity-count" in _fails(_owned(kr))


# -- decision 3544: a light verb shared with a sibling does not make the same topic ------------


def _sibling_question(work: str, sibling: str) -> str:
    text = (
        "Objective: Keep the ramp safe for everyone in Q2 2027\n"
        f"KR1: {sibling} (owner: Deepak)\n"
        f"KR2: {work} (owner: Deepak)\n"
    )
    found = [f for f in _findings(text, "o1.kr2") if f.suggestions]
    return " ".join(s.text for f in found for s in f.suggestions)


@pytest.mark.parametrize(
    ("work", "sibling"),
    [
        ("Hold monthly safety briefings", "100% of ramp staff hold a valid airside permit"),
        ("Maintain the de-icing rigs weekly", "Maintain 98% of turnarounds within 35 minutes"),
        ("Make a new induction video", "Make 95% of shifts start with a full crew"),
        ("Take weekly photos of the apron", "Take-off slots missed under 2%"),
        ("Run 4 audits to ensure compliance", "Ensure 98% of gates pass the weekly check"),
    ],
)
def test_light_verb_shared_is_no_sibling(work: str, sibling: str) -> None:
    assert "Is this work how the key result" not in _sibling_question(work, sibling)


def test_a_shared_topic_word_still_finds_the_sibling() -> None:
    got = _sibling_question(
        "Hold monthly fatigue briefings", "Shifts with a fatigue report from 12% to 4%"
    )
    assert "Is this work how the key result" in got


# -- decision 3545: "within N days: figures" is the measure's window, not a deadline ----------


@pytest.mark.parametrize(
    "kr",
    [
        "Simple home claims settled within 10 days: 60% -> 85%",
        "Claims settled within 10 days: 85%",
        "Claims settled within 10 days 60% → 85%",
        "Tickets closed within 2 days: 70% → 90%",
        "Leads contacted within 1 hour 40% → 75%",
        "New hires productive within 30 days: 70%",
    ],
)
def test_window_with_figures_after_is_no_deadline(kr: str) -> None:
    text = f"Objective: Customers get paid fast and fairly\nKR1: {kr} (owner: Ann)\n"
    assert "kr-no-deadline" in _fails(text)


@pytest.mark.parametrize(
    "kr",
    [
        "Launch the claims portal within 6 weeks",
        "Hire 2 adjusters within 3 months: budget approved",
    ],
)
def test_a_window_for_the_work_stays_a_deadline(kr: str) -> None:
    text = f"Objective: Customers get paid fast and fairly\nKR1: {kr} (owner: Ann)\n"
    assert "kr-no-deadline" not in _fails(text)


# -- decision 3546: a post, a colon, then a name no list knows --------------------------------


@pytest.mark.parametrize(
    ("kr", "who"),
    [
        ("Beginner rebookings from 50% to 70% (Ski school director: Lukas)", "Lukas"),
        ("Beginner rebookings from 50% to 70% (Ski school director: Lukas Berg)", "Lukas Berg"),
        ("Adoptions from 90 to 130 (Head of Sales: Lukas)", "Lukas"),
        ("Listeners from 6,000 to 9,000 (Station manager: Kwabena)", "Kwabena"),
        (
            "Dental plans sold from 0 to 80 (Practice manager: Oluwaseun Adeyemi)",
            "Oluwaseun Adeyemi",
        ),
        ("Turnarounds on time from 88% to 96% (Ramp operations manager: Dario)", "Dario"),
    ],
)
def test_post_then_unknown_name_is_the_owner(kr: str, who: str) -> None:
    found = find_owner(kr)
    assert found is not None and found[0] == who
    assert "kr-no-owner" not in _fails(_kr_set(kr))


@pytest.mark.parametrize(
    "kr",
    [
        "Bookings up 20% (Marketing: Brand Refresh)",
        "Bookings up 20% (Sales: Q3 Push)",
        "Bookings up 20% (see: Appendix B)",
    ],
)
def test_a_project_after_a_function_names_no_owner(kr: str) -> None:
    assert find_owner(kr) is None


# -- decision 3547: "Weekly team huddles" names no owning team ---------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Weekly team huddles",
        "Monthly team lunches",
        "Hold weekly team huddles",
        "Quarterly team offsites",
        "Fortnightly team retros",
    ],
)
def test_a_team_event_on_a_cadence_needs_an_owner(kr: str) -> None:
    assert "kr-no-owner" in _fails(_kr_set(kr))


@pytest.mark.parametrize(
    "kr",
    [
        "Support team resolves 90% of tickets in 1 day",
        "Night shift team closes 95% of orders",
        "The design team ships 3 usability fixes a sprint",
    ],
)
def test_a_team_as_subject_still_owns_it(kr: str) -> None:
    assert "kr-no-owner" not in _fails(_kr_set(kr))


# -- decision 3548: emphasis marks around the owner stay out of the quoted wording -------------


@pytest.mark.parametrize(
    "kr",
    [
        "Migrate payroll to the new HR system _(owner: Fatima)_",
        "Migrate payroll to the new HR system *(owner: Fatima)*",
        "Migrate payroll to the new HR system **(Owner: Fatima)**",
        "Migrate payroll to the new HR system __(owner: Fatima)__",
        "Migrate payroll to the new HR system *(Owner: Fatima Khan)*",
    ],
)
def test_emphasised_owner_is_not_quoted(kr: str) -> None:
    text = _kr_set(kr)
    task = [f for f in _findings(text, "o1.kr1") if f.rule_id == "kr-is-task"]
    assert task and task[0].message.startswith("“Migrate payroll to the new HR system”")
    assert "kr-no-owner" not in _fails(text)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Migrate to the **new HR system**", "**new HR system**"),
        ("Revenue from $1M to $2M*", "$2M*"),
        ("Grow __loyal__ members", "__loyal__ members"),
    ],
)
def test_emphasis_on_words_is_kept(text: str, end: str) -> None:
    s, e = core_bounds(text)
    assert text[s:e].endswith(end)


# -- decision 3549: "fewer than 5 all season" is quoted with its span --------------------------


@pytest.mark.parametrize(
    ("kr", "quote"),
    [
        ("Injuries during lessons: fewer than 5 all season", "fewer than 5 all season"),
        ("Customer complaints: fewer than 6 all season", "fewer than 6 all season"),
        ("Patient falls: under 4 all quarter", "under 4 all quarter"),
        ("Lost bags: fewer than 20 all year", "fewer than 20 all year"),
        ("Missed school runs: under 3 all term", "under 3 all term"),
    ],
)
def test_cap_quoted_with_its_span(kr: str, quote: str) -> None:
    neg = [f for f in _findings(_owned(kr), "o1.kr1") if f.rule_id == "kr-negative-phrasing"]
    assert neg and f"{quote}”" in neg[0].message


@pytest.mark.parametrize(
    ("kr", "quote"),
    [
        ("Missed deadlines: fewer than 3 a month", "fewer than 3 a month”"),
        ("Refunds under 10 tickets", "Refunds under 10 tickets”"),
    ],
)
def test_cap_quoted_with_its_unit_as_before(kr: str, quote: str) -> None:
    neg = [f for f in _findings(_owned(kr), "o1.kr1") if f.rule_id == "kr-negative-phrasing"]
    assert neg and quote in neg[0].message

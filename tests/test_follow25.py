"""tester25's leftovers (round 25, follow25): activity counts in label form, owners after a
closing dash, cold outreach verbs, results read as tasks, and quotes (decisions 3240-3244).
Every wording was written for this file."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.facts.owner import find_owner, heading_owner, heading_owner_name, heading_team
from coach.review import review

_CFG = Config(use_model=False, semantic=False)
_HEAD = "Q3 2027 OKRs\nObjective: Families find it easy to get help from us (owner: Sam)\n"


def _rules(kr: str) -> set[str]:
    r = review(_HEAD + f"- {kr}\n- Customer satisfaction from 70% to 80%\n", config=_CFG)
    return {f.rule_id for f in r.findings if f.target == "o1.kr1"}


def _finding(kr: str, rule: str):
    r = review(_HEAD + f"- {kr}\n- Customer satisfaction from 70% to 80%\n", config=_CFG)
    return next((f for f in r.findings if f.target == "o1.kr1" and f.rule_id == rule), None)


# decision 3240: "<efforts> <at/with/to whom>: <count>", efforts the list lacked, a participle of
# teaching watched or given, and counts in thousands after the label
@pytest.mark.parametrize(
    "kr",
    [
        "Outreach talks at housing offices: 20",
        "Workshops with local employers: 8",
        "Drop-in sessions at the library: 24",
        "Presentations to parish councils: 12",
        "Podcast episodes for new parents: 10 a month",
        "Taste panels with pupils: 6",
        "Tasting panels with regular customers: 5",
        "Leaflet drops: 6,000",
        "Door drops: 12,000",
        "Local news bulletins: 14 a week",
        "Lessons observed: 40",
        "Classes taught: 120",
        "Home fire safety visits: 1,200",
        "Home visits: 300",
        "Outreach visits: 45 a month",
        "Blog posts: 1,200",
    ],
)
def test_efforts_named_in_a_label_are_counted_as_activity(kr: str) -> None:
    assert "kr-activity-count" in _rules(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Hygiene visits per month 310 -> 380",
        "Clinic visits per week from 900 to 1,200",
        "Repeat customers: 300",
        "Family visits: 12,500",
        "Webinar attendees: 300",
        "Customers: 300",
        "Talks with over 500 attendees: 4",
        "Visits: 12,000",
        "Sessions: 4,500",
        "Reviews: 50",
        "Volunteers at the food bank: 60",
        "Page views: 40,000",
        "Sessions in the app: 300",
        "Visits to the museum: 900",
        "Visits to the website: 40",
    ],
)
def test_people_served_and_outcomes_in_a_label_stay_results(kr: str) -> None:
    assert "kr-activity-count" not in _rules(kr)


def test_visits_the_team_makes_per_period_stay_effort() -> None:
    assert "kr-activity-count" in _rules("Site visits per month from 4 to 10")


# decision 3241: a post and its holder after the closing dash; "Head of X" a post, not a team
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Median length of stay from 41 to 25 days — adoptions lead Jo", "Jo"),
        ("Weekly listeners from 8,500 to 11,000 (RAJAR) — Station manager: Sue", "Sue"),
        ("Repeat adopters from 5% to 12% — kennel manager Raj", "Raj"),
        ("Return rate below 6% – Head of Welfare: Amira Khan", "Amira Khan"),
        ("Foster homes from 20 to 35 - volunteer coordinator Lee", "Lee"),
        ("Same-day dispatch for 98% of orders — warehouse manager Tom Reid", "Tom Reid"),
        ("Pilot sites from 2 to 6 — project lead Jo Marsh", "Jo Marsh"),
    ],
)
def test_a_post_and_its_holder_after_the_dash_own_the_item(text: str, who: str) -> None:
    found = find_owner(text)
    assert found is not None and found[0] == who


@pytest.mark.parametrize(
    "text",
    [
        "Cut intake costs to £90 per dog — budget from £40k",
        "Customers on annual plans from 20% to 35% — Finance: Q3 budget",
        "Pilot with 3 schools — review lead Monday",
        "Waiting time under 4 weeks — NHS England",
    ],
)
def test_no_post_and_holder_after_the_dash(text: str) -> None:
    assert find_owner(text) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Owner: Head of Operations (Priya Natarajan)", "Head of Operations"),
        ("Owner: Director of Nursing (Ruth Cole)", "Director of Nursing"),
        ("DRI: VP of Sales", "VP of Sales"),
        ("Owner: Head of Fundraising", "Head of Fundraising"),
        ("Owner: Director of Operations", "Director of Operations"),
        ("Owner: Head of Ops", "Head of Ops"),
        ("Owner: VP of Operations", "VP of Operations"),
    ],
)
def test_the_head_of_a_function_owns_the_set(line: str, name: str) -> None:
    assert heading_team(line) is None
    assert heading_owner(line) and heading_owner_name(line) == name


@pytest.mark.parametrize("line", ["Owner: Operations team", "Owner: Marketing"])
def test_a_team_over_the_set_still_runs_it(line: str) -> None:
    assert heading_team(line) is not None and not heading_owner(line)


@pytest.mark.parametrize(
    ("text", "span_text"),
    [
        ("Invoices paid within terms 76% -> 95% (AP lead: Victor)", "(AP lead: Victor)"),
        ("Defects per release below 3 (QA lead: Mina)", "(QA lead: Mina)"),
        ("Churn below 2% (CRM lead: Ola)", "(CRM lead: Ola)"),
    ],
)
def test_an_acronym_post_in_the_owner_bracket_is_part_of_it(text: str, span_text: str) -> None:
    found = find_owner(text)
    assert found is not None
    s, e = found[1]
    assert text[s:e] == span_text


def test_a_sibling_quoted_in_a_question_leaves_its_owner_out() -> None:
    draft = (
        "Accounts payable OKRs Q1 2027\nObjective: Suppliers are paid on time (owner: Ana)\n"
        "- Invoices paid within terms 76% -> 95% (AP lead: Victor)\n"
        "- Automate invoice matching for paid invoices\n"
    )
    r = review(draft, config=_CFG)
    said = " ".join(s.text for f in r.findings for s in f.suggestions)
    assert "“Invoices paid within terms 76% -> 95%”" in said
    assert "Victor)”" not in said


# decision 3242: cold outreach by any channel, hyphenated, counts contacts as "Cold-call" does
@pytest.mark.parametrize(
    "kr",
    [
        "Cold-email 200 local startups",
        "Cold-message 150 recruiters on LinkedIn",
        "Cold-email 80 school business managers",
        "Cold-pitch 40 food editors",
        "Cold-text 60 past clients a month",
        "Startups cold-emailed: 200",
    ],
)
def test_cold_outreach_is_an_activity_count(kr: str) -> None:
    assert "kr-activity-count" in _rules(kr)


def test_a_cold_email_reply_rate_stays_a_result() -> None:
    assert "kr-activity-count" not in _rules("Cold-email response rate from 2% to 6%")


# decision 3243: a list of the people served moved, and a rater's verdict, are no tasks
@pytest.mark.parametrize(
    "kr",
    [
        "Waiting list 40 -> 120 people",
        "Caseload 30 -> 45 people",
        'Supervisor rates the draft "ready for committee"',
        'Editor rates the manuscript "ready to submit"',
        'Panel rates the bid "fundable" by June',
        'Ofsted inspectors grade the nursery "outstanding" by July',
        'Reviewers rate our grant bid as "excellent"',
        'Coach rates my tackling "match ready" by March',
    ],
)
def test_results_not_read_as_tasks(kr: str) -> None:
    assert "kr-is-task" not in _rules(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Team 5 -> 8 people",
        "Support team from 4 to 7 people",
        "Draft the chapter for the supervisor",
        "Send the draft to my supervisor for comments",
    ],
)
def test_hiring_and_work_stay_tasks(kr: str) -> None:
    assert "kr-is-task" in _rules(kr)


# decision 3244: quotes and rewrites
@pytest.mark.parametrize(
    ("kr", "said"),
    [
        ("Fewer patients miss their appointments", "patients who miss their appointments"),
        ("Fewer pupils drop out before Year 11", "pupils who drop out before Year 11"),
        ("Fewer members cancel within the first month", "members who cancel within the first"),
        ("Fewer tenants fall behind on rent", "tenants who fall behind on rent"),
        ("Fewer customers abandon their baskets", "customers who abandon their baskets"),
    ],
)
def test_the_people_s_own_verb_gets_who_in_the_rewrite(kr: str, said: str) -> None:
    f = _finding(kr, "kr-not-quantified")
    assert f is not None
    assert said in " ".join(s.text for s in f.suggestions)


@pytest.mark.parametrize(
    ("kr", "said"),
    [
        ("Fewer patients readmitted within 30 days", "number of patients readmitted within"),
        ("Fewer people stuck in A&E overnight", "number of people stuck in A&E"),
        ("Fewer staff injuries", "number of staff injuries"),
        ("Fewer staff sickness days", "number of staff sickness days"),
    ],
)
def test_participles_and_nouns_get_no_who(kr: str, said: str) -> None:
    f = _finding(kr, "kr-not-quantified")
    assert f is not None
    assert said in " ".join(s.text for s in f.suggestions)


@pytest.mark.parametrize(
    "kr",
    [
        "Attend the boat show",
        "Attend the county agricultural show in July",
        "Attend the regional awards gala",
        "Attend the graduation ceremony",
        "Attend the Southampton boat show in September",
    ],
)
def test_a_show_or_a_ceremony_is_one_off(kr: str) -> None:
    assert "kr-business-as-usual" not in _rules(kr)


@pytest.mark.parametrize(
    ("kr", "quoted"),
    [
        ("Attend the weekly radio show", "“Attend the weekly radio show”"),
        ("Attend the parish council", "“Attend the parish council”"),
        ("Maintain the volunteer rota", "“Maintain the volunteer rota”"),
    ],
)
def test_routine_work_is_quoted_with_its_object(kr: str, quoted: str) -> None:
    f = _finding(kr, "kr-business-as-usual")
    assert f is not None
    assert f.message.startswith(quoted)

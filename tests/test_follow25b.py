"""follow25b: leftovers of an outsider tester's drafts (round 25; decisions 3360-)."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.parse import looks_like_title, parse_text
from coach.review import review

_CFG = Config(use_model=False, semantic=False)


def _review(text: str):
    return review(text, config=_CFG)


# -- decision 3360: a set's title with a longer period after "objectives"/"goals" ------------

_SET_TITLES = [
    "Harbour Rowing Club - objectives 2027 first semester",
    "Chess society (campus) — goals semester 2 2027/28",
    "Bakery team – objectives spring term 2027",
    "Youth theatre group: goals season 2027/28",
    "Dialysis ward objectives second half 2027",
    "Objectives academic year 2027-28",
    "Priorities 2027 third trimester — hospital pharmacy",
    "Dental practice | objectives 2nd semester 2027",
]


@pytest.mark.parametrize("title", _SET_TITLES)
def test_set_title_with_long_period(title: str) -> None:
    assert looks_like_title(title)


@pytest.mark.parametrize(
    "line",
    [
        "Students reach their learning goals first semester 2027",
        "Reach our goals first semester",
        "Meet all targets this year",
        "Improve customer retention goals second half 2027 in every store",
        "Our goals",
    ],
)
def test_objective_naming_goals_is_no_title(line: str) -> None:
    assert not looks_like_title(line)


@pytest.mark.parametrize("title", _SET_TITLES[:5])
def test_numbered_objectives_under_long_title(title: str) -> None:
    text = (
        f"{title}\n\n"
        "1. Our members feel at home in the club\n"
        "   1.1 Members renewing from 60% to 80% by 30 June\n"
        "   1.2 Run 12 welcome evenings\n"
        "2. Our finances are healthy\n"
        "   2.1 Sponsorship income from EUR 4k to EUR 9k by June\n"
    )
    draft = parse_text(text)
    assert [o.text for o in draft.objectives] == [
        "Our members feel at home in the club",
        "Our finances are healthy",
    ]
    assert [len(o.key_results) for o in draft.objectives] == [2, 1]


def _kr_rules(kr: str) -> set[str]:
    text = f"Objective: Our shops serve the whole town\n- {kr}\n"
    return {f.rule_id for f in _review(text).findings}


# -- decision 3361: rupee amounts, lakh and crore --------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Revenue: INR 14 Cr (Q2: 11.2 Cr)",
        "Exports: Rs 40Cr (last year: 31Cr)",
        "Turnover ₹2.5 crore by March",
        "Donations: Rs. 3 lakh",
        "Clinic income INR 60 lakhs",
    ],
)
def test_rupee_amount_is_a_number(kr: str) -> None:
    assert "kr-not-quantified" not in _kr_rules(kr)


def test_rupee_scales_read() -> None:
    from coach.facts import read

    assert [q.value for q in read("Turnover ₹2.5 crore", "en").quantities] == [25_000_000]
    assert [q.value for q in read("Donations: Rs. 3 lakh", "en").quantities] == [300_000]
    assert [q.unit for q in read("Users: 40 hrs a week", "en").quantities] == ["hours"]


# -- decision 3362: a count's label, a colon, a year-like figure -----------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Pharmacist consultations: 2000",
        "Home deliveries: 2100",
        "Volunteer hours: 2050",
        "Attendance: 2024",
        "Sales calls: 2000 (Q2: 1700)",
    ],
)
def test_count_after_label_is_no_year(kr: str) -> None:
    assert "kr-not-quantified" not in _kr_rules(kr)


@pytest.mark.parametrize(
    "kr",
    ["Deadline: 2027", "Status: 2027", "Targets: 2027", "Go-live of the CRM: 2027"],
)
def test_year_after_time_label_stays_a_year(kr: str) -> None:
    from coach.facts import read

    assert not read(kr, "en").measurable


# -- decision 3363: a noun of an act from an -ise/-ize verb leads a task ---------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Digitalization of the parish archive",
        "Digitalisation of the land registry",
        "Centralisation of purchasing",
        "Harmonization of price lists across branches",
        "Computerisation of patient files",
        "Modernisation of the canteen",
        "Refurbishment of the chemistry lab",
        "Construction of the new wing",
    ],
)
def test_nominal_task(kr: str) -> None:
    assert "kr-is-task" in _kr_rules(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "Utilization of beds above 85%",
        "Optimisation of the checkout",
        "Satisfaction of patients from 70% to 85%",
    ],
)
def test_nominal_measure_or_change_is_no_task(kr: str) -> None:
    assert "kr-is-task" not in _kr_rules(kr)


# -- decision 3364: talking with people is a contact ---------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Talk to 50 customers",
        "Speak with 30 churned users",
        "Talk with 12 school principals about the pilot",
        "Chat with 25 regulars about the new menu",
        "Speak to 40 farmers in the cooperative",
    ],
)
def test_talking_count_is_activity(kr: str) -> None:
    assert "kr-activity-count" in _kr_rules(kr)


@pytest.mark.parametrize(
    "kr",
    [
        "80% of callers speak to an agent within 2 minutes",
        "Talk time to 5 minutes per call",
    ],
)
def test_talking_measured_is_no_activity(kr: str) -> None:
    assert "kr-activity-count" not in _kr_rules(kr)


# -- decision 3365: books a team makes --------------------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "make new speaking exercises book",
        "Make strategy notebook with all maps",
        "Make exercise workbook for grade 3",
        "Make welcome booklet for new tenants",
        "Make cookbook of the canteen's recipes",
    ],
)
def test_make_a_book_is_task(kr: str) -> None:
    assert "kr-is-task" in _kr_rules(kr)


@pytest.mark.parametrize(
    "kr",
    ["Book 30 demos with hospitals", "Sell 500 books at the fair", "Book sales up 20%"],
)
def test_book_as_verb_or_sold_is_no_task(kr: str) -> None:
    assert "kr-is-task" not in _kr_rules(kr)


# -- decision 3366: things made, counted by their use by others ------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "5 dashboards used weekly by business users by June 30",
        "10 lesson plans used by all teachers",
        "4 new recipes ordered by 100 guests a week",
        "2 apps used daily by 500 nurses",
        "6 training videos watched by 300 new hires",
        "3 podcasts played by 40 clients",
    ],
)
def test_things_used_by_people_are_a_result(kr: str) -> None:
    rules = _kr_rules(kr)
    assert "kr-activity-count" not in rules
    assert "kr-is-task" not in rules


@pytest.mark.parametrize(
    "kr",
    ["5 dashboards built by June 30", "5 reports read by 30 June", "5 guides downloaded by 2027"],
)
def test_things_by_a_date_stay_tasks(kr: str) -> None:
    assert "kr-is-task" in _kr_rules(kr)


# -- decision 3367: fewer of an event that should not happen is no effort --------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Less cancellations of meeting room bookings",
        "Fewer cancellations of classes",
        "Fewer class cancellations",
        "Fewer missed home visits",
        "Less postponed workshops",
    ],
)
def test_fewer_events_is_no_activity_count(kr: str) -> None:
    assert "kr-activity-count" not in _kr_rules(kr)


@pytest.mark.parametrize("kr", ["12 customer case studies", "Run 12 workshops"])
def test_efforts_still_counted(kr: str) -> None:
    assert "kr-activity-count" in _kr_rules(kr)


# -- decision 3368: a role bracket, long or before the deadline --------------------------------


@pytest.mark.parametrize(
    ("kr", "who"),
    [
        (
            "Permits issued within 10 days 40% -> 80% (Head of Unit: Eng. Stavropoulou)",
            "Eng. Stavropoulou",
        ),
        (
            "Online filings from 35% to 75% (Digital team: K. Konstantinou) until 30/06/2027",
            "K. Konstantinou",
        ),
        (
            "Stock accuracy from 90% to 98% (Warehouse supervisor: Mr. Okonkwo-Adeyemi)",
            "Mr. Okonkwo-Adeyemi",
        ),
        (
            "Claims paid in 5 days 60% -> 85% (Claims team: B. Wiśniewska) by end of June",
            "B. Wiśniewska",
        ),
        (
            "Wait under 20 min from 40% to 70% (Quality manager: Dr. Mensah) by 31 March",
            "Dr. Mensah",
        ),
        ("Pass rate 70% to 90% (Head of Department: Prof. Oyelaran-Smith)", "Prof. Oyelaran-Smith"),
    ],
)
def test_role_bracket_owner(kr: str, who: str) -> None:
    from coach.facts.owner import find_owner

    found = find_owner(kr)
    assert found is not None and found[0] == who


@pytest.mark.parametrize(
    "kr",
    [
        "Revenue up 10% (Marketing: Brand Refresh) until June",
        "Visits from 10 to 20 (Status: Done) until June",
        "Sales from 10 to 20 (Region: North America) by June",
        "Churn below 3% (Source: Finance Dashboard)",
    ],
)
def test_label_bracket_names_no_owner(kr: str) -> None:
    from coach.facts.owner import find_owner

    assert find_owner(kr) is None


def test_role_bracket_keeps_deadline() -> None:
    text = (
        "Objective: Citizens get their permits fast\n"
        "- Online filings from 35% to 75% (Digital team: K. Konstantinou) until 30/06/2027\n"
    )
    (kr,) = _review(text).objectives[0].key_results
    assert kr.owner == "K. Konstantinou"
    assert kr.deadline is not None and "30/06/2027" in kr.deadline.text


# -- decision 3369: a name, then the job held in brackets, closing a heading -----------------


@pytest.mark.parametrize(
    ("heading", "who"),
    [
        ("Personal OKR - Q2 2027 - Priyanka (Jr. Data Analyst)", "Priyanka"),
        ("Personal OKRs Q3 - Tomasz (Sr. Backend Engineer)", "Tomasz"),
        ("Team OKR - Marta (Head of Sales)", "Marta"),
        ("Q1 2027 OKRs - Aisha (Senior Nurse)", "Aisha"),
        ("My goals 2027 - Kenji (Junior Accountant)", "Kenji"),
        ("H2 OKRs - Wanjiru (Lab Technician)", "Wanjiru"),
    ],
)
def test_name_before_job_owns_the_set(heading: str, who: str) -> None:
    from coach.facts.owner import heading_owner_name

    assert heading_owner_name(heading) == who


@pytest.mark.parametrize(
    "heading",
    ["Growth - Europe (Sales team)", "Q3 OKRs - Marketing (Draft)", "Berlin (Sales office)"],
)
def test_place_or_team_before_bracket_is_no_owner(heading: str) -> None:
    from coach.facts.owner import heading_owner_name

    assert heading_owner_name(heading) is None

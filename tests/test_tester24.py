"""tester24's outsider drafts (round 24): a hospital ward, a logistics team, a support desk, a
game studio, a school, a city council, a tutoring charity, a gym (decisions 2700-)."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.facts.owner import find_owner, heading_owner_name
from coach.review import parse, review

_CFG = Config(use_model=False, semantic=False)


def _review(text: str):
    return review(text, config=_CFG)


def _findings(text: str, target: str) -> list:
    return [f for f in _review(text).findings if f.target == target]


def _rules(text: str, target: str) -> set[str]:
    return {f.rule_id for f in _findings(text, target)}


def _kr_set(kr: str, objective: str = "Make our people glad they work here in Q3 2028") -> str:
    return (
        f"Objective: {objective}\n"
        f"KR1: {kr} (owner: Ann)\n"
        "KR2: Weekly active volunteers from 40 to 65 (owner: Ann)\n"
    )


# -- decision 2700: a rating over its scale ("4/5", "8/10") is not a date ---------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Team happiness score above 4/5 in monthly survey",
        "Agent satisfaction 8/10 in quarterly survey",
        "Patient satisfaction ≥ 9/10 in the weekly bedside survey",
        "Course rating of at least 4/5 in each monthly feedback round",
        "Staff wellbeing score: 7/10 or better in fortnightly pulse",
        "Volunteers rated 4/5 or higher in monthly check-ins",
    ],
)
def test_rating_over_scale_is_a_score(kr: str) -> None:
    text = _kr_set(kr)
    item = parse(text, _CFG).objectives[0].key_results[0]
    kinds = [q.kind for q in item.facts.quantities]
    assert "label-number" not in kinds
    assert "kr-activity-count" not in _rules(text, "o1.kr1")


@pytest.mark.parametrize(
    ("kr", "end"),
    [
        ("Ship the beta by 4/5", "04-05"),
        ("Board review on 5/10", "05-10"),
        ("Renewals signed by 3/10", "03-10"),
        ("Reviews score report due 4/10", "04-10"),
    ],
)
def test_date_over_five_or_ten_stays_a_date(kr: str, end: str) -> None:
    # guard: a month and day after by/on/due stays a date
    item = parse(_kr_set(kr), _CFG).objectives[0].key_results[0]
    assert item.deadline is not None and str(item.deadline.end).endswith(end)


# -- decision 2701: "Deliver every order when we promised" is a standard, not one project -----

_ITSELF_THE_WORK = "is itself the work"


def _task_advice(objective: str, kr: str) -> str:
    text = f"Objective: {objective} (Q3 2028)\nKR1: {kr} (owner: Ann)\n"
    found = [
        f for f in _findings(text, "o1.kr1") if f.rule_id in ("kr-is-task", "kr-activity-count")
    ]
    assert found, text
    return " ".join(s.text for f in found for s in f.suggestions)


@pytest.mark.parametrize(
    ("objective", "kr"),
    [
        ("Deliver every order when we promised", "Implement new route optimisation software"),
        ("Finish projects on time and on budget", "Buy new scaffolding"),
        ("Complete every repair right the first time", "Buy a second diagnostic scanner"),
        ("Deliver each shipment on the day we promised", "Conduct 10 carrier reviews"),
        ("Complete all installs as agreed with the customer", "Build a new install checklist"),
    ],
)
def test_standard_objective_is_not_the_work(objective: str, kr: str) -> None:
    advice = _task_advice(objective, kr)
    assert _ITSELF_THE_WORK not in advice
    assert objective in advice  # the question still names the objective


@pytest.mark.parametrize(
    ("objective", "kr"),
    [
        ("Finish the Kubernetes migration", "Decommission the old Jenkins box"),
        ("Deliver the new ERP system", "Train the finance team on the new ledger screens"),
        ("Complete the clinic renovation", "Buy new waiting room chairs"),
    ],
)
def test_project_objective_still_the_work(objective: str, kr: str) -> None:
    # guard: one project to finish keeps the question of what it is for
    assert _ITSELF_THE_WORK in _task_advice(objective, kr)


# -- decision 2702: staff kept is not customers kept ------------------------------------------


def _metric_rewrite(objective: str, kr: str) -> str:
    text = (
        "Ward 7B — Q1 2028\n"
        "Objective 1: Patients leave safer than anywhere in the trust\n"
        "KR1: 95% of patients discharged before noon (Ann)\n"
        f"Objective 2: {objective}\n"
        f"KR1: {kr} (Ann)\n"
    )
    found = [f for f in _findings(text, "o2") if f.rule_id == "objective-is-metric"]
    assert found, text
    return found[0].suggestions[0].text


@pytest.mark.parametrize(
    ("objective", "kr"),
    [
        ("Staff retention", "80% of nurses rate the ward a good place to work"),
        ("Teacher retention", "90% of teachers return next year"),
        ("Improve driver retention", "Driver tenure from 8 to 14 months"),
        ("Employee retention", "eNPS from 10 to 30"),
        ("Nurse turnover", "Band 5 vacancies from 9 to 3"),
        ("Volunteer retention", "70% of volunteers serve again within 3 months"),
    ],
)
def test_staff_retention_is_not_customers_staying(objective: str, kr: str) -> None:
    rewrite = _metric_rewrite(objective, kr)
    assert "stay because we keep earning it" not in rewrite
    assert not rewrite.startswith("Patients")


def test_patient_retention_still_served_people() -> None:
    # guard: the people served kept stays the customers' direction, said to patients
    rewrite = _metric_rewrite("Patient retention", "85% of patients rebook within a year")
    assert rewrite == "Patients stay because we keep earning it"


# -- decision 2703: "user interviews" are research with the people served, not hiring --------


def _advice(objective: str, kr: str) -> str:
    text = f"Objective: {objective} (Q3 2028)\nKR1: {kr} (owner: Ann)\n"
    return " ".join(s.text for f in _findings(text, "o1.kr1") for s in f.suggestions)


@pytest.mark.parametrize(
    ("objective", "kr"),
    [
        ("Users discover the value of Reports in their first week", "Run 15 user interviews"),
        (
            "Patients understand their care plan from the first week",
            "Conduct 20 patient interviews",
        ),
        (
            "Make onboarding so clear that new shoppers order in their first week",
            "Do 10 discovery interviews with new shoppers",
        ),
        ("New tenants feel at home in their first week", "Hold 12 tenant interviews"),
        ("Parents feel welcome from the first week of term", "Run 30 parent interviews"),
    ],
)
def test_research_interviews_get_no_hiring_examples(objective: str, kr: str) -> None:
    advice = _advice(objective, kr)
    assert "new-hire" not in advice and "interview-to-offer" not in advice


def test_candidate_interviews_keep_hiring_examples() -> None:
    # guard: interviews with candidates are the hiring loop's
    advice = _advice(
        "Build an engineering team that ships with confidence in its first week",
        "Run 40 candidate interviews",
    )
    assert "interview-to-offer" in advice


# -- decision 2704: "Fewer students say …" is a change in what people think, not a task -------


@pytest.mark.parametrize(
    ("kr", "rewrite"),
    [
        (
            'Fewer students say science is "boring" in the class survey',
            'Cut the share of students who say science is "boring" in the class survey from '
            "[baseline] to [target]",
        ),
        (
            "More customers say they would recommend us in the exit survey",
            "Raise the share of customers who say they would recommend us in the exit survey "
            "from [baseline] to [target]",
        ),
        (
            "Fewer staff report feeling burned out in the pulse survey",
            "Cut the share of staff who report feeling burned out in the pulse survey from "
            "[baseline] to [target]",
        ),
        (
            "Fewer patients report waiting too long at reception",
            "Cut the share of patients who report waiting too long at reception from [baseline] "
            "to [target]",
        ),
        (
            "More parents say homework is manageable",
            "Raise the share of parents who say homework is manageable from [baseline] to [target]",
        ),
        (
            "More volunteers tell us they feel appreciated",
            "Raise the share of volunteers who tell us they feel appreciated from [baseline] to "
            "[target]",
        ),
    ],
)
def test_people_who_say_so_are_a_result(kr: str, rewrite: str) -> None:
    text = _kr_set(kr)
    rules = _rules(text, "o1.kr1")
    assert "kr-is-task" not in rules
    assert "kr-not-quantified" in rules
    shown = [s.text for f in _findings(text, "o1.kr1") for s in f.suggestions]
    assert f"{rewrite} (owner: Ann)" in shown


@pytest.mark.parametrize(
    "kr",
    ["Report monthly figures to the board", "Say thank you to every volunteer"],
)
def test_saying_as_work_not_changed(kr: str) -> None:
    # guard: the team's own reporting or saying, with no people counted, is not this shape
    text = _kr_set(kr)
    assert not any(
        "the share of" in s.text for f in _findings(text, "o1.kr1") for s in f.suggestions
    )


# -- decision 2705: "(Streets supervisor: D. Okoye)", "- Deacon Ruth" name the owner ---------


@pytest.mark.parametrize(
    ("kr", "who"),
    [
        (
            "Add 12 km of protected sidewalk by October 2028 (Streets supervisor: D. Okoye)",
            "D. Okoye",
        ),
        ("Zero falls from height on site (Site foreman: B. Kowalski)", "B. Kowalski"),
        ("Pressure ulcers acquired on the ward: zero (Charge nurse: T. Nguyen)", "T. Nguyen"),
        ("Food pantry serves 250 families per month (from 150) - Deacon Ruth", "Deacon Ruth"),
        ("Youth group of 40 teens meeting weekly - Elder Mensah", "Elder Mensah"),
    ],
)
def test_role_then_person_owns(kr: str, who: str) -> None:
    text = f"Objective: Be a home for our neighbours in need in Q3 2028\nKR1: {kr}\n"
    assert find_owner(kr) is not None and find_owner(kr)[0] == who
    assert "kr-no-owner" not in _rules(text, "o1.kr1")


@pytest.mark.parametrize(
    "kr",
    [
        "Grow sales 10% (Target: Q3)",
        "NPS of 40 (Source: Gartner)",
        "Churn at 2% (Baseline: March)",
        "Revenue up 5% (Status: Done)",
        "Retention from 60% to 75% (Marketing: Brand Refresh)",
    ],
)
def test_label_colon_word_is_no_owner(kr: str) -> None:
    # guard: a label and a word after it name no person
    assert find_owner(kr) is None


# -- decision 2706: "- me, 2nd year comp sci" is the author's own set; "Tony's Trattoria" a shop


@pytest.mark.parametrize(
    "title",
    [
        "okrs for this semester (spring 2028) - me, 2nd year comp sci",
        "Q3 2028 goals — me",
        "Spring 2028 OKRs – just me, freelance translator",
        "goals for 2028 - me (freelance photographer)",
        "summer 2028 plan -- me, part-time barista",
    ],
)
def test_dash_me_title_is_a_personal_set(title: str) -> None:
    text = f"{title}\n\nobjective: land a summer internship\n- get at least 5 interviews by may 1\n"
    assert "kr-no-owner" not in _rules(text, "o1.kr1")


@pytest.mark.parametrize(
    "title",
    [
        "Tony's Trattoria OKRs Q2 2028",
        "Rita's Taqueria 2028 Q3 goals",
        "Sam's Hardware goals for Q1 2028",
    ],
)
def test_business_named_after_founder_owns_no_key_result(title: str) -> None:
    text = f"{title}\n\nObjective: Become the street's favourite lunch spot\n- Negotiate a new produce contract\n"
    assert "kr-no-owner" in _rules(text, "o1.kr1")


@pytest.mark.parametrize(
    "title",
    [
        "Team OKRs Q3 2028 - me and Sara",
        "Q3 2028 goals - meet every customer",
        "Priya's Q2 2028 OKRs",
    ],
)
def test_dash_me_guards(title: str) -> None:
    # guard: "me and Sara" is two people; "meet" is no "me"; a person's possessive still owns
    text = f"{title}\n\nObjective: Land a summer internship\n- Get at least 5 interviews by May 1\n"
    expected = "Priya" in title
    assert ("kr-no-owner" not in _rules(text, "o1.kr1")) is expected


# -- decision 2707: "Hit every milestone date": the dates are the group ----------------------


@pytest.mark.parametrize(
    ("kr", "rewrite"),
    [
        ("Hit every milestone date in the roadmap", "100% of milestone dates met in the roadmap"),
        (
            "Hit each delivery date on the project plan",
            "100% of delivery dates met on the project plan",
        ),
        (
            "Meet all milestone deadlines for the Aurora build",
            "100% of milestone deadlines met for the Aurora build",
        ),
        (
            "Hit every payment date in the supplier calendar",
            "100% of payment dates met in the supplier calendar",
        ),
        (
            "Hit every handover date agreed with clients",
            "100% of handover dates met agreed with clients",
        ),
    ],
)
def test_every_date_is_the_group(kr: str, rewrite: str) -> None:
    text = _kr_set(kr, "Become the studio publishers trust to hit dates in Q3 2028")
    shown = [s.text for f in _findings(text, "o1.kr1") for s in f.suggestions]
    assert f"{rewrite} (owner: Ann)" in shown


@pytest.mark.parametrize(
    ("kr", "rewrite"),
    [
        (
            "Meet every deadline in the production plan",
            "100% of deadlines met in the production plan",
        ),
        ("Meet all statutory filing deadlines", "100% of statutory filing deadlines met"),
    ],
)
def test_every_deadline_unchanged(kr: str, rewrite: str) -> None:
    # guard: a deadline that is the group's own head keeps its rewrite
    text = _kr_set(kr, "Become the studio publishers trust to hit dates in Q3 2028")
    shown = [s.text for f in _findings(text, "o1.kr1") for s in f.suggestions]
    assert f"{rewrite} (owner: Ann)" in shown


# -- decision 2708: the owner's whole bracket or closing role leaves the quotes ---------------


@pytest.mark.parametrize(
    ("kr", "quoted"),
    [
        (
            "Recruit 30 new volunteer tutors (Volunteer coordinator: Beth)",
            "Recruit 30 new volunteer tutors",
        ),
        ("Buy 3 new wheelchairs (Patient flow coordinator: Ana)", "Buy 3 new wheelchairs"),
        ("Coach every agent twice a month — Team leads", "Coach every agent twice a month"),
        ("Run 4 refresher trainings - Shift leads", "Run 4 refresher trainings"),
        ("Host 6 open days (Admissions coordinator: Tom)", "Host 6 open days"),
    ],
)
def test_owner_left_out_of_quotes(kr: str, quoted: str) -> None:
    text = f"Objective: Make every shift run smoothly in Q3 2028\nKR1: {kr}\n"
    found = [
        f for f in _findings(text, "o1.kr1") if f.rule_id in ("kr-is-task", "kr-activity-count")
    ]
    assert found
    assert f"“{quoted}”" in found[0].message
    assert "kr-no-owner" not in _rules(text, "o1.kr1")


@pytest.mark.parametrize(
    ("kr", "who"),
    [
        ("Medication errors from 12 to 4 per quarter (Medication safety officer: Kate)", "Kate"),
        ("First call resolution from 68% to 80% — Team leads", "Team leads"),
    ],
)
def test_long_role_bracket_and_dash_role_own(kr: str, who: str) -> None:
    found = find_owner(kr)
    assert found is not None and found[0] == who


@pytest.mark.parametrize(
    "kr",
    [
        "Revenue up 10% — stretch goal",
        "Launch in 3 markets - Europe first",
        "NPS to 50 — all agents",
    ],
)
def test_dash_tail_without_role_owns_nothing(kr: str) -> None:
    # guard: a note after the dash is no owner
    assert find_owner(kr) is None


# -- decision 2709: rings, working days and seconds are a limit on each case ------------------


@pytest.mark.parametrize(
    ("kr", "rewrite"),
    [
        ("Answer all phone calls within 3 rings", "100% of phone calls answered within 3 rings"),
        (
            "Return all patient calls within 1 working day",
            "100% of patient calls returned within 1 working day",
        ),
        (
            "Acknowledge all complaints within 2 business days",
            "100% of complaints acknowledged within 2 business days",
        ),
        (
            "Answer all chat messages within 30 seconds",
            "100% of chat messages answered within 30 seconds",
        ),
        # "Process all visa applications within 5 working days" left this list: a routine handling
        # verb's limit on each case is measured, no task to rewrite (decision 6292, en43)
    ],
)
def test_limit_on_each_case_is_a_share(kr: str, rewrite: str) -> None:
    text = _kr_set(kr, "Pet owners always feel heard in Q3 2028")
    shown = [s.text for f in _findings(text, "o1.kr1") for s in f.suggestions]
    assert f"{rewrite} (owner: Ann)" in shown


@pytest.mark.parametrize(
    "kr", ["Migrate all legacy dashboards within 6 weeks", "Move all servers within 30 days"]
)
def test_project_window_is_no_share(kr: str) -> None:
    # guard: weeks or plain days for "all" of a project stay its deadline (decision 364)
    text = _kr_set(kr, "Pet owners always feel heard in Q3 2028")
    shown = [s.text for f in _findings(text, "o1.kr1") for s in f.suggestions]
    assert not any(t.startswith("100% of") for t in shown)


# -- decision 2710: "Grow membership" is measured by "Members 900 -> 1,100" -----------------

_ALREADY = "a key result below already measures it"


def _metric_advice(objective: str, kr: str) -> str:
    text = f"Gym 2028 Q1\nObjective 1: {objective}\nKR1: {kr} (Ann)\n"
    found = [f for f in _findings(text, "o1") if f.rule_id == "objective-is-metric"]
    assert found, text
    return found[0].suggestions[0].text


@pytest.mark.parametrize(
    ("objective", "kr"),
    [
        ("Grow membership", "Members 900 -> 1,100"),
        ("Reduce absenteeism", "Unplanned absence rate below 4%"),
        ("Grow readership", "Monthly readers from 40k to 60k"),
        ("Increase subscriptions", "Paying subscribers from 12,000 to 16,000"),
        ("Grow ridership", "Weekday riders from 8,000 to 10,000"),
    ],
)
def test_people_counted_measure_the_body(objective: str, kr: str) -> None:
    assert _ALREADY in _metric_advice(objective, kr)


def test_other_measure_still_moves_below() -> None:
    # guard: class bookings are not the membership
    assert _ALREADY not in _metric_advice("Grow membership", "Class bookings from 2,000 to 3,000")


# -- decision 2711: "Principal: Mrs. R. Alvarez" under the title names the set's owner --------


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("Principal: Mrs. R. Alvarez", "Mrs. R. Alvarez"),
        ("Chief Pharmacist: Dr. Samuel Adeyemi", "Dr. Samuel Adeyemi"),
        ("Headteacher: Mrs. J. Whitfield", "Mrs. J. Whitfield"),
        ("Clinic director: Dr. K. Mensah", "Dr. K. Mensah"),
        ("Dean: Prof. H. Larsen", "Prof. H. Larsen"),
    ],
)
def test_titled_person_under_the_title_owns(line: str, who: str) -> None:
    assert heading_owner_name(line) == who
    text = (
        f"Lincoln Middle School - Goals for Q2 2028\n{line}\n\n"
        "Objective 1: Every student reads at grade level\n"
        "KR 1.1 - 75% of 6th graders read at grade level by June 2028\n"
    )
    assert "kr-no-owner" not in _rules(text, "o1.kr1")


@pytest.mark.parametrize(
    "line", ["Marketing: Brand Refresh", "Theme: Mr. Right Campaign", "Sales: Q3 Push"]
)
def test_titled_guard(line: str) -> None:
    # guard: a project's or a theme's name after a label is no person
    assert heading_owner_name(line) is None


# -- decision 2712: "a crowd that can't wait to play it" is people longing for it -------------


def _inspiring_rules(objective: str) -> set[str]:
    text = f"Objective: {objective} (H1 2028)\nKR1: 250k wishlists by launch day (owner: Ann)\n"
    return _rules(text, "o1")


@pytest.mark.parametrize(
    "objective",
    [
        "Launch Ember on Steam to a crowd that can't wait to play it",
        "Ship the sequel to a community that can't wait to play it",
        "Release the beta to a crowd that cannot wait to try it",
        "Release the new album to a town that can’t wait to hear it",
        "Launch the night market for a town that can not wait to visit",
    ],
)
def test_people_who_cannot_wait_inspire(objective: str) -> None:
    assert "objective-not-inspiring" not in _inspiring_rules(objective)


@pytest.mark.parametrize(
    "objective",
    ["Launch the portal to a crowd that can wait", "Launch the app to a crowd that can see it"],
)
def test_can_wait_is_no_longing(objective: str) -> None:
    # guard: "can wait" says the opposite; a flat launch stays flat
    assert "objective-not-inspiring" in _inspiring_rules(objective)

"""English drafts in voices nobody wrote rules for: in-house legal, facilities, data science,
a development office, a fourth-grade teacher, a freelance designer, revenue operations, an
open-source maintainer, property management, a research lab, a food pantry, a solo game
developer, month-end accounting and personal health and money goals (issue 8, twenty-first
round; acc21en, decisions 1820-1839). Every wording here was written for this test and labelled
by PRINCIPLES.md before it was run: none is a corpus item."""

from __future__ import annotations

import pytest
from test_realen12 import fails

_OBJ = "Objective: Make this the year people talk about (Q3)"


def _kr_fails(kr: str, rule: str, objective: str = _OBJ) -> bool:
    return f"{kr} (owner: Sam)" in fails(f"{objective}\nKR: {kr} (owner: Sam)", rule)


def _task(kr: str) -> bool:
    return _kr_fails(kr, "kr-is-task") or _kr_fails(kr, "kr-activity-count")


def _objective_fails(objective: str, rule: str) -> bool:
    text = f"Objective: {objective} (Q3, owner: Sam)\nKR: Survey score from 3.5 to 4.2 by Sep 30"
    return any(o.startswith(objective) for o in fails(text, rule))


# -- decision 1820: a participle and its particle are one verb after a subject


@pytest.mark.parametrize(
    "kr",
    [
        "Self-serve NDA rolled out to all sales teams",
        "Badge access rolled out to the warehouse",
        "CPQ rolled out to all AEs",
        "Visitor kiosks set up in both lobbies",
        "Shared inbox set up for the front desk",
    ],
)
def test_a_passive_rollout_or_set_up_is_a_task(kr: str) -> None:
    assert _kr_fails(kr, "kr-is-task")


@pytest.mark.parametrize(
    "kr",
    [
        "Share of AEs quoting in CPQ from 20% to 95%",
        "Sales teams using the self-serve NDA for 80% of NDAs",
        "Badge-access incidents at the warehouse from 9 to 2",
        "Roll-out satisfaction above 4.3 out of 5",
    ],
)
def test_what_a_rollout_moves_stays_a_result(kr: str) -> None:
    assert not _task(kr)


# -- decision 1821: a noun of two words that opens with a verb; clubs and circles on a cadence


@pytest.mark.parametrize(
    "kr",
    [
        "Book club every other Thursday",
        "Run club every Saturday morning",
        "Journal club every Tuesday",
        "Manager circles every 2 weeks, 6 sessions",
        "Study group twice a week before finals",
    ],
)
def test_clubs_and_circles_on_a_cadence_are_effort(kr: str) -> None:
    assert _kr_fails(kr, "kr-activity-count")


@pytest.mark.parametrize(
    "kr",
    [
        "Book 10 live bands for the summer series",  # "book" still leads before a count
        "Book club members from 12 to 30",
        "Run club turnout from 15 to 40 a week",
    ],
)
def test_a_verb_before_its_object_or_a_measure_of_the_club_is_unchanged(kr: str) -> None:
    assert not _kr_fails(kr, "kr-activity-count")


def test_booking_bands_is_still_work() -> None:
    assert _task("Book 10 live bands for the summer series")


# -- decision 1822: pitching is contacting


@pytest.mark.parametrize(
    "kr", ["Pitch 5 new clients a month", "Pitch 20 journalists", "Pitch to 10 angel investors"]
)
def test_pitches_counted_are_effort(kr: str) -> None:
    assert _kr_fails(kr, "kr-activity-count")


@pytest.mark.parametrize(
    "kr",
    [
        "Land 3 retainer clients at $2k+/month",
        "Pitch-to-close rate from 10% to 25%",
        "Sign 4 new clients from pitches",
    ],
)
def test_clients_won_stay_results(kr: str) -> None:
    assert not _task(kr)


# -- decision 1823: lifting weights on a cadence is a habit (sleep: decision 1727, the lead
# took 1823's sleep part back so that both languages read sleep held at an amount as a level)


@pytest.mark.parametrize("kr", ["Lift weights 3x per week", "Meditate 10 minutes every morning"])
def test_habits_of_ones_own_are_effort(kr: str) -> None:
    assert _kr_fails(kr, "kr-activity-count")


@pytest.mark.parametrize(
    ("en", "zh"),
    [
        ("Sleep 7 hours every night", "每天睡够7小时"),
        ("Sleep 8 hours a night", "每晚睡满8小时"),
    ],
)
def test_sleep_held_at_an_amount_is_a_level_in_both_languages(en: str, zh: str) -> None:
    # decision 1727 (lead): the hours of sleep one gets are the rest the habits serve, as
    # decision 1844 reads the Chinese; neither language counts them as an effort
    assert not _task(en) and not _kr_fails(en, "kr-activity-count")
    from coach.review import review as _r

    zh_draft = f"目标：让身体更健康\n- {zh}\n- 体重从78公斤减到72公斤\n"
    kr = _r(zh_draft).objectives[0].key_results[0]
    assert "kr-activity-count" not in [c.rule_id for c in kr.checks if c.status == "fail"]


@pytest.mark.parametrize(
    "kr",
    [
        "Sleep debt under 3 hours a week",
        "Sleep score from 70 to 85",
        "Average sleep from 6.1 to 7.2 hours a night (watch)",
        "Resting heart rate from 72 to 62 bpm",
        "Lift NPS from 31 to 45",
        "Squat from 60 kg to 100 kg",
    ],
)
def test_measures_of_sleep_and_strength_stay_results(kr: str) -> None:
    assert not _task(kr)


# -- decision 1824: what a clean-up clears is its scope, not customers won


@pytest.mark.parametrize(
    "kr",
    [
        "Clean up 2,000 duplicate accounts in the CRM",
        "Remove 800 bounced subscribers from the list",
        "Archive 300 dormant accounts",
        "Merge 150 duplicate customer records",
    ],
)
def test_clearing_out_accounts_is_work(kr: str) -> None:
    assert _kr_fails(kr, "kr-is-task")


@pytest.mark.parametrize(
    "kr",
    [
        "Reactivate 300 lapsed accounts",
        "Add 400 new subscribers",
        "Duplicate accounts from 2,000 to under 100",
    ],
)
def test_accounts_won_or_a_measure_of_duplicates_stay_results(kr: str) -> None:
    assert not _task(kr)


# -- decision 1825: where a rollout goes, and what is set up or automated, is its scope


@pytest.mark.parametrize(
    "kr",
    [
        "New POS rolled out to 12 stores",
        "SSO set up for 40 apps",
        "Reconciliations automated for the 6 main bank accounts",
        "Podcast sponsorships in place on 3 shows",
    ],
)
def test_a_rollouts_reach_is_its_scope(kr: str) -> None:
    assert _kr_fails(kr, "kr-is-task")


@pytest.mark.parametrize(
    "kr",
    [
        "Loyalty app adopted by 3,000 members",
        "Stores selling through the new POS at 95% of transactions",
        "All December returns processed by Jan 20",  # decision 332: a population's share done
    ],
)
def test_adoption_and_work_through_a_population_are_not_a_rollout(kr: str) -> None:
    assert not _kr_fails(kr, "kr-is-task")


# -- decision 1826: a council or board formed "with N members" is a launch


@pytest.mark.parametrize(
    "kr",
    [
        "Parent advisory council launched with 10 members",
        "Customer advisory board launched with 8 members",
        "Form a customer advisory board with 8 members",
        "Launch a youth council with at least 12 students",
    ],
)
def test_a_body_formed_with_its_members_is_a_launch(kr: str) -> None:
    assert _kr_fails(kr, "kr-is-task")


@pytest.mark.parametrize(
    "kr",
    [
        "Loyalty program launched with 5,000 members",  # members who joined: won
        "Advisory board members rating sessions useful from 60% to 85%",
        "Parent council meetings attended by 80% of members",
    ],
)
def test_members_who_join_or_take_part_stay_results(kr: str) -> None:
    assert not _kr_fails(kr, "kr-is-task")


# -- decision 1827: a score, an accuracy, a turnaround; energy use, stars, tickets; generate


@pytest.mark.parametrize(
    "objective",
    [
        "Improve reading scores",
        "Improve model accuracy",
        "Improve contract turnaround",
        "Reduce energy use",
        "Increase GitHub stars",
        "Reduce support tickets",
        "Generate more pipeline",
    ],
)
def test_a_measure_moved_is_a_metric_objective(objective: str) -> None:
    assert _objective_fails(objective, "objective-is-metric")
    assert _objective_fails(objective, "objective-not-inspiring")


@pytest.mark.parametrize(
    "objective",
    [
        "Every kid in 4B leaves in June loving to read",
        "Become the team product managers trust for every big call",
        "Make legal the team sales wants in the room early",
        "Improve onboarding",  # a generic improvement: flat, not a measure
        "Strengthen our compliance program",
        "Get the best scores our school has ever seen",  # aspirational
        "Generate ideas our customers didn't know they needed",
    ],
)
def test_directions_and_generic_improvements_stay_off_metric(objective: str) -> None:
    assert not _objective_fails(objective, "objective-is-metric")


def test_a_high_score_is_no_measure_name() -> None:
    from coach.facts.kpi import kpi_spans
    from coach.nlp import tokenize

    text = "get a high score on the final"
    assert not kpi_spans(text, tokenize(text, "en"), "en")


# -- decision 1828: a habit of one's own asked more of is vague, not a KPI


@pytest.mark.parametrize("objective", ["Read more", "Exercise more", "Sleep more"])
def test_a_habit_asked_more_of_is_no_metric_objective(objective: str) -> None:
    assert not _objective_fails(objective, "objective-is-metric")
    assert _objective_fails(objective, "objective-not-inspiring")


def test_read_more_over_a_book_count_is_no_restated_metric() -> None:
    text = "Personal OKRs — Jamie, 2026\nObjective: Read more\n- Read 24 books"
    assert "Read more" not in fails(text, "objective-is-metric")
    assert "Read 24 books" in fails(text, "kr-activity-count")


# ("Spend less" left this list in round 43: with nothing named it is vague, not a KPI, by the
# lead's ruling; decision 6318, tests/test_obj43.py)
@pytest.mark.parametrize(
    "objective", ["Sell more", "Ship faster", "Spend less on fuel", "Read faster"]
)
def test_a_measure_asked_more_or_less_of_stays_a_metric_objective(objective: str) -> None:
    assert _objective_fails(objective, "objective-is-metric")


# -- decision 1829: two things, then "both" and the change or level each is given


@pytest.mark.parametrize(
    "kr",
    [
        "Recurring donors and average gift both up 20%",
        "Quota attainment and win rate both above 60%",
        "Vacancy and delinquency both under 5%",
        "Sponsors and sponsorship revenue both doubled",
        "Volunteer hours and families served both up 25%",
        "Expansion ARR and gross retention both above plan",
    ],
)
def test_two_things_both_given_a_figure_are_compound(kr: str) -> None:
    assert _kr_fails(kr, "kr-compound")


@pytest.mark.parametrize(
    "kr",
    [
        "NPS for enterprise and SMB customers both above 50",  # one measure over two groups
        "Food and beverage revenue from $1.2M to $1.5M",
        "Revenue from repeat and referral clients from 40% to 60%",
        "Both campuses at 95% attendance",
    ],
)
def test_one_measure_over_groups_is_not_compound(kr: str) -> None:
    assert not _kr_fails(kr, "kr-compound")


def test_each_half_of_both_gets_the_figure() -> None:
    from coach import review

    r = review(f"{_OBJ}\nKR: Recurring donors and average gift both up 20% (owner: Sam)")
    (found,) = [f for f in r.findings if f.rule_id == "kr-compound"]
    text = " ".join(s.text for s in found.suggestions)
    assert "Recurring donors up 20%" in text
    assert "Average gift up 20%" in found.message


# -- decision 1830: "or higher" after a figure bounds it; a second measure is not renamed


@pytest.mark.parametrize(
    "kr",
    [
        "Ticket backlog under 20, with CSAT at 4.6 or higher",
        "Open rate above 35%, with unsubscribes at 0.3% or lower",
    ],
)
def test_a_second_bounded_measure_after_with_is_compound(kr: str) -> None:
    assert _kr_fails(kr, "kr-compound")


def test_the_second_measure_keeps_its_own_name() -> None:
    from coach import review

    kr = "Ticket backlog under 20, with CSAT at 4.6 or higher"
    r = review(f"{_OBJ}\nKR: {kr} (owner: Sam)")
    (found,) = [f for f in r.findings if f.rule_id == "kr-compound"]
    assert "“CSAT at 4.6 or higher”" in found.message


@pytest.mark.parametrize(
    "kr",
    [
        "Average rating 4.5 or higher with at least 100 reviews",  # the sample a score rests on
        "25% of students return with family within 3 months",
        "Open 3 new stores, each with monthly revenue of $500k or more",
    ],
)
def test_a_bar_or_a_sample_after_with_is_not_compound(kr: str) -> None:
    assert not _kr_fails(kr, "kr-compound")


# -- decision 1831: parts swapped, stock rotated, models retrained, all-hands held


@pytest.mark.parametrize(
    "kr",
    [
        "Change the HVAC filters every quarter",
        "Retrain the forecasting model every month",
        "Triage new issues every week",
        "Stock rotation done every Saturday",
        "Hold the monthly all-hands",
    ],
)
def test_upkeep_on_its_cycle_is_business_as_usual(kr: str) -> None:
    assert _kr_fails(kr, "kr-business-as-usual")


@pytest.mark.parametrize(
    "kr",
    [
        "Forecast error from 18% to 9%",
        "Change failure rate from 15% to 5%",
        "Replace 40 diesel vans with EVs",
        "Issues triaged within 2 days from 45% to 90%",
        "All-hands attendance from 60% to 85%",
    ],
)
def test_changes_to_the_routine_are_not_business_as_usual(kr: str) -> None:
    assert not _kr_fails(kr, "kr-business-as-usual")


# -- decision 1832: the standing admin flow kept to its time limit


@pytest.mark.parametrize(
    "kr",
    [
        "Send donor thank-you letters within 48 hours",
        "Process vendor invoices within 30 days",
        "Invoice clients within 3 days of delivery",
        "Pay vendors within terms",
        "Grade and return homework within 1 week",
        "Onboard new hires within 2 weeks",
    ],
)
def test_the_admin_flow_within_its_limit_is_business_as_usual(kr: str) -> None:
    assert _kr_fails(kr, "kr-business-as-usual")


@pytest.mark.parametrize(
    "kr",
    [
        "Send the board deck within 2 weeks",  # one thing, a deadline
        "Invoices paid within 30 days from 70% to 95%",  # a measure of the flow
        "Process refunds within 2 days, down from 9",  # the standard raised
        "Invoice accuracy within 2% of quote",
        "Send proposals to 90% of leads within 24 hours",
    ],
)
def test_one_thing_or_a_raised_standard_is_not_business_as_usual(kr: str) -> None:
    assert not _kr_fails(kr, "kr-business-as-usual")


# -- decision 1833: a ceiling on what is spent is a level to keep


@pytest.mark.parametrize(
    "kr",
    ["Spend under $400 a month on eating out", "Spend less than $200 a week on takeout"],
)
def test_a_spending_cap_is_a_result(kr: str) -> None:
    assert not _task(kr)


@pytest.mark.parametrize("kr", ["Spend $10k on LinkedIn ads", "Spend $500 a month on ads"])
def test_money_spent_is_still_input(kr: str) -> None:
    assert _task(kr)


# -- decision 1834: two rates, each with its own period, are two measures


@pytest.mark.parametrize(
    "kr",
    ["Sleep 7+ hours a night and 5 workouts a week", "Publish 3 posts a week and 2 videos a month"],
)
def test_two_rates_are_compound(kr: str) -> None:
    assert _kr_fails(kr, "kr-compound")


@pytest.mark.parametrize(
    "kr", ["Sleep 7+ hours, 5 nights a week", "Run 3 webinars and 2 workshops a month"]
)
def test_how_often_or_one_period_is_not_two_rates(kr: str) -> None:
    assert not _kr_fails(kr, "kr-compound")


# -- decision 1835: visits the people served make are theirs, not the team's


@pytest.mark.parametrize(
    "kr",
    [
        "Teen visits from 1,200 to 2,500 a month",
        "Patient visits from 900 to 1,300 a week",
        "Member visits from 3 to 5 a month",
    ],
)
def test_visits_by_the_people_served_are_results(kr: str) -> None:
    assert not _task(kr)


@pytest.mark.parametrize(
    "kr", ["Site visits from 4 to 10 a month", "Donor visits from 5 to 12 a month"]
)
def test_visits_the_team_makes_stay_effort(kr: str) -> None:
    assert _kr_fails(kr, "kr-activity-count")


# -- decision 1836: "from 900 to 1,300", "from 8k to 20k" are a baseline and a target


@pytest.mark.parametrize(
    ("kr", "baseline", "target"),
    [
        ("Library card holders from 900 to 1,300", 900, 1300),
        ("Monthly downloads from 8k to 20k", 8000, 20000),
        ("Revenue from 0 to 1,500", 0, 1500),
    ],
)
def test_a_change_from_one_figure_to_another_reads_both(
    kr: str, baseline: int, target: int
) -> None:
    from coach import review

    m = review(f"{_OBJ}\nKR: {kr} (owner: Sam)").objectives[0].key_results[0].metric
    assert m is not None and m.baseline == baseline and m.value == target


def test_from_zero_to_one_is_still_the_idiom() -> None:
    assert _kr_fails("Take the app from 0 to 1", "kr-not-quantified")


# -- decision 1837: things written again are deliverables


@pytest.mark.parametrize("kr", ["Onboarding emails rewritten", "Job ads redesigned"])
def test_things_written_again_are_tasks(kr: str) -> None:
    assert _kr_fails(kr, "kr-is-task")


@pytest.mark.parametrize(
    "kr",
    [
        "Rewritten onboarding emails opened by 60% of new users",
        "All December returns processed by Jan 20",
    ],
)
def test_what_rewritten_things_do_is_no_task(kr: str) -> None:
    assert not _kr_fails(kr, "kr-is-task")


# -- decision 1838: school days, stock takes, long runs, a coverage named as a rate


@pytest.mark.parametrize("kr", ["Mark tests within 5 school days", "Stock takes every Monday"])
def test_school_days_and_stock_takes_are_routine(kr: str) -> None:
    assert _kr_fails(kr, "kr-business-as-usual")


def test_school_days_are_a_length_of_time() -> None:
    from coach import review

    kr = "Parents answered within 2 school days from 60% to 90%"
    m = review(f"{_OBJ}\nKR: {kr} (owner: Sam)").objectives[0].key_results[0].metric
    assert m is not None and m.value == 90


def test_a_long_run_on_a_cadence_is_effort() -> None:
    assert _kr_fails("Long run every Sunday", "kr-activity-count")


def test_a_coverage_stays_a_quality_as_decision_630_says() -> None:
    assert not _objective_fails("Increase documentation coverage", "objective-is-metric")


# -- decision 1839: a payroll run on its cycle is routine effort


@pytest.mark.parametrize(
    "kr", ["Payroll run on time every month", "Payroll run accurately and on time every month"]
)
def test_a_payroll_run_on_its_cycle_is_routine_effort(kr: str) -> None:
    assert _kr_fails(kr, "kr-activity-count")
    assert _kr_fails(kr, "kr-business-as-usual")


@pytest.mark.parametrize(
    "kr",
    ["Payroll run errors from 6 to 0 a quarter", "Payroll run cost per employee from $12 to $8"],
)
def test_a_measure_of_the_payroll_run_is_a_result(kr: str) -> None:
    assert not _task(kr)


# -- decision 1839: how an effort is done closes its noun phrase; skip-levels; shutting down


@pytest.mark.parametrize(
    "kr",
    [
        "Lead 4 vendor negotiations end to end",
        "Run 2 workshops myself",
        "Skip-levels with every AE each quarter",
    ],
)
def test_efforts_done_a_certain_way_are_still_effort(kr: str) -> None:
    assert _kr_fails(kr, "kr-activity-count")


@pytest.mark.parametrize(
    "kr", ["Shut down 3 unused Slack channels", "Sunset 4 legacy reports nobody opens"]
)
def test_shutting_things_down_is_work(kr: str) -> None:
    assert _kr_fails(kr, "kr-is-task")


@pytest.mark.parametrize(
    "kr",
    [
        "Negotiation win rate from 40% to 55%",
        "Skip-level survey score from 3.8 to 4.3",
        "Checkout tested end to end on 100% of releases",
    ],
)
def test_measures_of_negotiations_and_skip_levels_stay_results(kr: str) -> None:
    assert not _task(kr)

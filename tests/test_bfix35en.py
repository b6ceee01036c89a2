"""Helper bfix35en, thirty-fifth round of issue 8: shapes read in the English items of two
outsider sets never studied before (blind34, blind34b), one block per decision (5080-5093).

Each wording below was written for this file; no sentence of an outsider's draft is used.
"""

from __future__ import annotations

import pytest

from coach.review import review
from tests.test_retire32 import _fails


def _kr(wording: str) -> list[str]:
    """The findings of one key result under a plain, dated objective."""
    text = f"Objective: Make the riverside clinic the easiest to visit by Q4\n- KR1: {wording}\n"
    return _fails(text)[1]


def _objective(wording: str) -> list[str]:
    """The findings of one objective over a dated, owned, measured key result."""
    text = f"# Q3 2027 OKRs\nObjective: {wording}\n- KR1: Raise repeat visits from 30% to 45% (owner: Ana)\n"
    return _fails(text)[0]


def _table(rows: str, header: str = "| KR | Target | Owner |\n|---|---|---|\n") -> list[list[str]]:
    """Findings of a dated set whose key results are the rows of one table."""
    return _fails(f"# Reception OKRs · Q4 2027\n\n## O1: Keep every chair full\n{header}{rows}")


# -- decision 5080: a month alone in a set's title is the set's month -------------------------

MONTH_TITLES = [
    "May OKRs — Tomasz\nObjective: Grow the newsletter\n- Reach 3,000 subscribers (owner: Tomasz)\n",
    "Sept goals - Ines\nObjective: Tidy the stockroom\n- Cut lost items to 5 a week (owner: Ines)\n",
    "Warehouse crew — October\nObjective: Ship every order on the day\n"
    "- Same-day dispatch at 97% (owner: Raj)\n",
    "Support desk | Feb\nObjective: Answer faster\n- First reply under 2 hours (owner: Yuki)\n",
    "# Design team: November\n## Objective: Fewer late handoffs\n"
    "- Late handoffs from 9 to 3 (owner: Ola)\n",
    "April team OKRs\nObjective: Fill the spring classes\n- 90% of class seats booked (owner: Bo)\n",
]


@pytest.mark.parametrize("text", MONTH_TITLES)
def test_month_in_title_times_the_set(text: str) -> None:
    found = _fails(text)
    assert "objective-no-timeframe" not in found[0]
    assert all("kr-no-deadline" not in f for f in found[1:])


MONTH_GUARDS = [
    # a month inside a key result dates nothing else; "May" as a name or a verb in a title
    "Front desk OKRs\nObjective: Fill the spring classes\n"
    "- Launch the May issue with 3 ads (owner: Bo)\n",
    "May the best team win\nObjective: Fill the spring classes\n- 90% of seats booked (owner: Bo)\n",
    "OKRs for 2027\nObjective: Fill the spring classes\n- 90% of seats booked (owner: Bo)\n",
]


@pytest.mark.parametrize("text", MONTH_GUARDS)
def test_no_month_of_the_set(text: str) -> None:
    assert "objective-no-timeframe" in _fails(text)[0]


# -- decision 5081: a broad quality raised alone is vague --------------------------------------

BROAD_QUALITIES = [
    "Be more organised",
    "Become more consistent",
    "Be more mindful",
    "Get more disciplined",
    "Be a bit more proactive",
    "Feel more confident",
]


@pytest.mark.parametrize("wording", BROAD_QUALITIES)
def test_broad_quality_is_vague(wording: str) -> None:
    assert "objective-vague" in _objective(wording)


QUALITY_GUARDS = [
    "Be more present for my kids at weekends",
    "Be safe on every site",
    "Become a better manager",
    "Be the most trusted clinic in town",
    "Stay focused on the three biggest accounts",
]


@pytest.mark.parametrize("wording", QUALITY_GUARDS)
def test_quality_with_a_direction_is_not_vague(wording: str) -> None:
    assert "objective-vague" not in _objective(wording)


# -- decision 5082: a measure that moves either way, alone, is vague ---------------------------

BARE_MEASURES = ["Spend", "Headcount", "Costs", "Budget", "Inventory", "Pricing."]


@pytest.mark.parametrize("wording", BARE_MEASURES)
def test_bare_measure_is_vague(wording: str) -> None:
    assert "objective-vague" in _objective(wording)


BARE_GUARDS = ["Accessibility", "Cost control in the warehouse", "Lower costs per visit", "Safety"]


@pytest.mark.parametrize("wording", BARE_GUARDS)
def test_named_direction_is_not_vague(wording: str) -> None:
    assert "objective-vague" not in _objective(wording)


# -- decision 5083: "the people we win" says which ones, no win aimed at -----------------------

RELATIVE_WINS = [
    "Keep the donors we win",
    "Hold on to the clients we won this year",
    "Look after the subscribers we win",
    "Keep the accounts that we win",
    "Retain the members we win each season",
]


@pytest.mark.parametrize("wording", RELATIVE_WINS)
def test_relative_win_is_flat(wording: str) -> None:
    assert "objective-not-inspiring" in _objective(wording)


WIN_GUARDS = [
    "Make this the year we win state",
    "Win the enterprise market",
    "We win the county cup",
]


@pytest.mark.parametrize("wording", WIN_GUARDS)
def test_win_aimed_at_inspires(wording: str) -> None:
    assert "objective-not-inspiring" not in _objective(wording)


# -- decision 5084: a policy instrument made to change is not the team's to decide -------------

POLICIES = [
    "Get import duties on bicycle parts cut",
    "Have the fuel tax lowered for farm vehicles",
    "Get the export ban on scrap copper lifted",
    "See the sugar tax scrapped",
    "Get the minimum wage raised in our county",
    "Have the fishing quotas increased",
]


@pytest.mark.parametrize("wording", POLICIES)
def test_policy_change_is_not_controllable(wording: str) -> None:
    assert "objective-not-controllable" in _objective(wording)


POLICY_GUARDS = [
    "Get our delivery fee lowered for members",
    "Get the VAT return filed on time",
    "Get lead times cut in half",
    "Have every quote sent within a day",
]


@pytest.mark.parametrize("wording", POLICY_GUARDS)
def test_own_change_stays_controllable(wording: str) -> None:
    assert "objective-not-controllable" not in _objective(wording)


# -- decision 5085: a verb-led row whose target cell is a share reads as a rate reached --------

SHARE_ROWS = [
    "| Fill open evening slots from the standby list | 70% | Bea |\n",
    "| Convert trial members to paid plans | 35% of trials | Sam |\n",
    "| Fill empty tables from walk-ins | 40% of empty tables | Bea |\n",
    "| Answer calls before the third ring | 90% of calls | Bea |\n",
    "| Upgrade basic members to premium | 15% of basic members | Bea |\n",
]


@pytest.mark.parametrize("row", SHARE_ROWS)
def test_share_in_target_cell_is_a_result(row: str) -> None:
    assert "kr-is-task" not in _table(row)[1]


SHARE_ROW_GUARDS = [
    "| Launch the new booking page | 50% | Bea |\n",
    "| Finish the records migration | 75% | Sam |\n",
    "| Confirm each booking by phone | 100% | Bea |\n",
]


@pytest.mark.parametrize("row", SHARE_ROW_GUARDS)
def test_progress_or_whole_share_keeps_the_task(row: str) -> None:
    assert "kr-is-task" in _table(row)[1]


# -- decision 5086: a relative change in the target cell asks its baseline ---------------------

CHANGE_ROWS = [
    "| New patient enquiries | +15% | Sam |\n",
    "| Online bookings | up 25% | Sam |\n",
    "| Repeat visits | +10% | Kayla |\n",
    "| Referral bookings | -20% | Kayla |\n",
    "| Whitening consultations | +30% | Bea |\n",
]


@pytest.mark.parametrize("row", CHANGE_ROWS)
def test_relative_change_in_cell_needs_baseline(row: str) -> None:
    assert "kr-no-baseline" in _table(row)[1]


CHANGE_ROW_GUARDS = [
    ("| Repeat visits | +10% vs last year | Kayla |\n", "| KR | Target | Owner |\n|---|---|---|\n"),
    (
        "| Online bookings | 40% of all bookings | Sam |\n",
        "| KR | Target | Owner |\n|---|---|---|\n",
    ),
    (
        "| Repeat visits | 300 a month | +10% | Kayla |\n",
        "| KR | Baseline | Target | Owner |\n|---|---|---|---|\n",
    ),
]


@pytest.mark.parametrize(("row", "header"), CHANGE_ROW_GUARDS)
def test_change_with_baseline_or_level_in_cell(row: str, header: str) -> None:
    assert "kr-no-baseline" not in _table(row, header)[1]


def test_cell_baseline_finding_has_a_message() -> None:
    text = "# Q4 2027\n\n## O1: Keep every chair full\n| KR | Target | Owner |\n|---|---|---|\n"
    text += "| Repeat visits | +10% | Kayla |\n"
    findings = [f for f in review(text).findings if f.rule_id == "kr-no-baseline"]
    assert findings and "+10%" in findings[0].message


# -- decision 5087: "rate card", "score sheets": the verb before them leads --------------------

THING_HEADS = [
    "Send rate card to all 60 venues on the list (owner: Ana)",
    "Print score sheets for every class (owner: Ana)",
    "Update rate tables for every route (owner: Ana)",
    "Send score sheets to every coach on the list (owner: Ana)",
    "Share rate cards with all partner agencies (owner: Ana)",
    "Post score sheets to every parent (owner: Ana)",
]


@pytest.mark.parametrize("wording", THING_HEADS)
def test_thing_after_measure_head_is_work(wording: str) -> None:
    found = _kr(wording)
    assert "kr-is-task" in found or "kr-activity-count" in found


THING_HEAD_GUARDS = [
    "Win rate up from 20% to 30% (owner: Ana)",
    "Review time under 2 days (owner: Ana)",
    "Fill rate on incoming requests at 90% (owner: Ana)",
]


@pytest.mark.parametrize("wording", THING_HEAD_GUARDS)
def test_measure_name_stays_a_measure(wording: str) -> None:
    assert "kr-is-task" not in _kr(wording)


# -- decision 5088: getting occasions with someone, counted, is effort -------------------------

GOT_WITH = [
    "Get 3 site visits with the council's planners (owner: Ana)",
    "Secure 4 meetings with the trust's buyers (owner: Ana)",
    "Land 6 demos with heads of procurement (owner: Ana)",
    "Get 2 walkthroughs with the landlord's surveyor (owner: Ana)",
    "Secure 5 calls with regional distributors (owner: Ana)",
]


@pytest.mark.parametrize("wording", GOT_WITH)
def test_occasions_got_with_people_are_counted_effort(wording: str) -> None:
    assert "kr-activity-count" in _kr(wording)


GOT_GUARDS = [
    "Get 200 signups from the open day (owner: Ana)",
    "Get 5 meetings booked by partners (owner: Ana)",
    "Secure 3 new distributors in the north (owner: Ana)",
]


@pytest.mark.parametrize("wording", GOT_GUARDS)
def test_things_got_are_not_meetings(wording: str) -> None:
    assert "kr-activity-count" not in _kr(wording)


# -- decision 5089: papers taken in from the people served are work ----------------------------

PAPERS = [
    "Gather consent forms before the school trip (owner: Ana)",
    "Collect medical history details ahead of each appointment (owner: Ana)",
    "Collect bank details before the first payout (owner: Ana)",
    "Collect emergency contact info at registration (owner: Ana)",
    "Collect tenant contact information before move-in (owner: Ana)",
    "Gather signed paperwork from new volunteers (owner: Ana)",
]


@pytest.mark.parametrize("wording", PAPERS)
def test_papers_gathered_are_a_task(wording: str) -> None:
    assert "kr-is-task" in _kr(wording)


PAPER_GUARDS = [
    "Collect 500 signatures for the petition (owner: Ana)",
    "Collect feedback from 40 users (owner: Ana)",
    "Collect 15 testimonials from patients (owner: Ana)",
]


@pytest.mark.parametrize("wording", PAPER_GUARDS)
def test_things_won_from_others_stay_won(wording: str) -> None:
    assert "kr-is-task" not in _kr(wording)


# -- decision 5090: people rating the work on a scale is a result -----------------------------

RATINGS = [
    "Parents rate the after-school club 4.6/5 in the termly survey (owner: Ana)",
    "Volunteers rate the induction 4.3/5 in the monthly survey (owner: Ana)",
    "Staff rate the new rota 7/10 in the weekly pulse survey (owner: Ana)",
    "Families rate the visiting hours 4.5/5 in the annual survey (owner: Ana)",
    "Trainees rate the course 8/10 in the end-of-month survey (owner: Ana)",
    "Partners rate our support 4.2/5 in the quarterly review, up from 3.6 (owner: Ana)",
]
# Already results before decision 5090, kept as guards of the same reading.
RATINGS_HELD = [
    "Ward managers score our deliveries at least 8 out of 10 in the monthly pulse (owner: Ana)",
    "Guests give the breakfast an average of 4.7/5 in the weekly survey (owner: Ana)",
    "Tenants rate the repairs service 4.2/5 in the term survey, up from 3.5 (owner: Ana)",
]


@pytest.mark.parametrize("wording", RATINGS + RATINGS_HELD)
def test_rating_given_is_a_result(wording: str) -> None:
    found = _kr(wording)
    assert "kr-activity-count" not in found and "kr-is-task" not in found


RATING_GUARDS = [
    "Run the quarterly survey with 4/5 wards (owner: Ana)",
    "Hold 4 tasting sessions with regulars (owner: Ana)",
]


@pytest.mark.parametrize("wording", RATING_GUARDS)
def test_effort_stays_counted(wording: str) -> None:
    assert "kr-activity-count" in _kr(wording)


# -- decision 5091: a product's version and a numbered section are no targets ------------------

VERSIONS = [
    "Move the studio from Revit 2 onto the cloud suite (owner: Ana)",
    "Switch every till off Lightspeed 8 to the new system (owner: Ana)",
    "Migrate all bookings from Dentally 4 to the group platform (owner: Ana)",
    "Pass sections 2 and 3 of the bar exam by May 30 (owner: Ana)",
    "Finish modules 5 and 6 of the first-aid course (owner: Ana)",
]


@pytest.mark.parametrize("wording", VERSIONS)
def test_version_or_section_is_no_target(wording: str) -> None:
    assert "kr-not-quantified" in _kr(wording)


VERSION_GUARDS = [
    "Raise NPS from 30 to 45 (owner: Ana)",
    "Grow weekly users from 9 to 14 (owner: Ana)",
    "Complete 3 modules of the safety course (owner: Ana)",
    "Cut waits from Monday 9 to Monday 5 (owner: Ana)",
]


@pytest.mark.parametrize("wording", VERSION_GUARDS)
def test_counts_and_levels_stay_targets(wording: str) -> None:
    assert "kr-not-quantified" not in _kr(wording)


# -- decision 5092: a place in a league's or a table's standings is a KPI objective ------------

STANDINGS = [
    "Make the top 4 in the county league",
    "Rank in the top 2 of the regional division",
    "Reach the top 5 in the district exam rankings",
    "Climb into the top 3 of the club leaderboard",
    "Finish in the top 8 of the national standings",
]


@pytest.mark.parametrize("wording", STANDINGS)
def test_league_place_is_metric(wording: str) -> None:
    assert "objective-is-metric" in _objective(wording)


STANDINGS_GUARDS = [
    "Finish 1st in the regional league",  # an ordinal place stays a rank (decision 1336)
    "Move up to top 3 in our region",
    "Become the top 3 brand in our industry",
    "Climb to the top of the charts with our debut album",
]


@pytest.mark.parametrize("wording", STANDINGS_GUARDS)
def test_rank_with_no_table_stays_aspiration(wording: str) -> None:
    assert "objective-is-metric" not in _objective(wording)


# -- decision 5093: more given names read as a lone bracketed owner ----------------------------

NAMES = ["Dwayne", "Tyrone", "Courtney", "Kelsey", "Darnell"]


@pytest.mark.parametrize("name", NAMES)
def test_lone_bracketed_name_owns(name: str) -> None:
    text = (
        "Meter crew Q2\n\nO: Make every invoice right the first time\n"
        f"- Hit 97% of reads on the first visit ({name})\n"
    )
    assert "kr-no-owner" not in _fails(text)[1]


def test_lone_bracketed_word_is_no_owner() -> None:
    text = (
        "Meter crew Q2\n\nO: Make every invoice right the first time\n"
        "- Hit 97% of reads on the first visit (Amber)\n"
    )
    assert "kr-no-owner" in _fails(text)[1]


# -- decision 5094: partners counted after "partner with" are won, whatever is done with them --

PARTNERED = [
    "Partner with 4 hospitals on a joint training course (owner: Ana)",
    "Partner with 5 schools on a coding course (owner: Ana)",
    "Partner with 2 councils on a shared booking website (owner: Ana)",
    "Partner with 3 charities on a joint mentoring programme (owner: Ana)",
    "Partner with 8 farms on a new veg-box app (owner: Ana)",
    "Partner with 6 employers on a work-placement programme (owner: Ana)",
]


@pytest.mark.parametrize("wording", PARTNERED)
def test_partners_counted_are_won(wording: str) -> None:
    assert "kr-is-task" not in _kr(wording)


PARTNER_GUARDS = [
    "Partner with the university on a joint course (owner: Ana)",
    "Build a joint course with 2 universities (owner: Ana)",
]


@pytest.mark.parametrize("wording", PARTNER_GUARDS)
def test_the_thing_built_stays_a_task(wording: str) -> None:
    assert "kr-is-task" in _kr(wording)


# -- decision 5095: a second measure, then "down/up N%", after a level asks its baseline ------

SECOND_CHANGES = [
    "Lead time under 5 days and freight cost down 8% (owner: Ana)",
    "First reply within 2 hours and ticket backlog down 30% (owner: Ana)",
    "Keep uptime above 99.9% and cloud spend down 15% (owner: Ana)",
    "Average wait below 12 minutes and walk-outs down 40% (owner: Ana)",
    "Pick accuracy at 99.5% and overtime hours down 20% (owner: Ana)",
]


@pytest.mark.parametrize("wording", SECOND_CHANGES)
def test_second_measure_change_needs_baseline(wording: str) -> None:
    assert "kr-no-baseline" in _kr(wording)


SECOND_GUARDS = [
    "Reach 500 members, up 20% (owner: Ana)",
    "Reach 500 members by June, up 20% on last year (owner: Ana)",
    "Lead time under 5 days and freight cost down from 12% to 9% (owner: Ana)",
]


@pytest.mark.parametrize("wording", SECOND_GUARDS)
def test_restated_or_based_change_is_not_asked(wording: str) -> None:
    assert "kr-no-baseline" not in _kr(wording)


# -- decision 5096: routine work done on time, as the activity count says, is BAU too ----------

ROUTINE_ON_TIME = [
    "Send the two daily shift handovers on time (owner: Ana)",
    "File the three weekly safety logs on schedule (owner: Ana)",
    "Post the four daily weather updates on time (owner: Ana)",
    "Send the 2 daily status emails on time (owner: Ana)",
    "Issue the two weekly payroll files on schedule (owner: Ana)",
]


@pytest.mark.parametrize("wording", ROUTINE_ON_TIME)
def test_routine_on_time_is_business_as_usual(wording: str) -> None:
    assert "kr-business-as-usual" in _kr(wording)


ROUTINE_GUARDS = [
    "Cut late weekly reports from 6 to 1 (owner: Ana)",
    "Publish 3 blog posts a week (owner: Ana)",
    "Reply to 95% of tickets within 2 hours (owner: Ana)",
]


@pytest.mark.parametrize("wording", ROUTINE_GUARDS)
def test_change_or_count_is_not_routine(wording: str) -> None:
    assert "kr-business-as-usual" not in _kr(wording)


# -- decision 5097: "fill" leading the places people take, with no count, is no task -----------

PLACES_TO_FILL = [
    "Fill every bed on the ward (owner: Ana)",
    "Fill our Saturday tables (owner: Ana)",
    "Fill all the summer camp places (owner: Ana)",
    "Fill the treatment chairs (owner: Ana)",
    "Fill the evening classes (owner: Ana)",
    "Fill the hall for the spring concert (owner: Ana)",
]


@pytest.mark.parametrize("wording", PLACES_TO_FILL)
def test_places_to_fill_are_no_task(wording: str) -> None:
    found = _kr(wording)
    assert "kr-is-task" not in found and "kr-not-quantified" in found


FILL_GUARDS = [
    "Fill the open sales roles (owner: Ana)",
    "Fill the potholes on Main Street (owner: Ana)",
    "Fill the gaps in the FAQ (owner: Ana)",
]


@pytest.mark.parametrize("wording", FILL_GUARDS)
def test_other_things_filled_stay_tasks(wording: str) -> None:
    assert "kr-is-task" in _kr(wording)


# -- decision 5098: estimated reads and bills are failed reads, a bad event ---------------------

ESTIMATED = [
    "Cut estimated reads to 2% of bills (owner: Ana)",
    "Estimated bills under 3% of accounts (owner: Ana)",
    "Reduce estimated readings from 8% to 4% (owner: Ana)",
    "Estimated reads at most 2% of quarterly bills (owner: Ana)",
    "Bring estimated bills down to 1% of households (owner: Ana)",
    "Keep estimated reads below 4% every month (owner: Ana)",
]


@pytest.mark.parametrize("wording", ESTIMATED)
def test_estimated_reads_are_negative(wording: str) -> None:
    assert "kr-negative-phrasing" in _kr(wording)


ESTIMATED_GUARDS = [
    "Estimated savings of $40k from the new pumps (owner: Ana)",
    "Cut estimate turnaround to 2 days (owner: Ana)",
    "Actual reads on 98% of bills (owner: Ana)",
]


@pytest.mark.parametrize("wording", ESTIMATED_GUARDS)
def test_other_estimates_are_not_negative(wording: str) -> None:
    assert "kr-negative-phrasing" not in _kr(wording)


# -- decision 5099: a rating or status that stays at its level is business as usual ------------

GRADES_HELD = [
    "Account health score stays at Excellent (owner: Ana)",
    "Store health status remains Green (owner: Ana)",
    "Our Ofsted grade stays Good (owner: Ana)",
    "Supplier scorecard stays at Gold (owner: Ana)",
    "Hygiene rating stays at 5 stars (owner: Ana)",
]


@pytest.mark.parametrize("wording", GRADES_HELD)
def test_grade_held_is_business_as_usual(wording: str) -> None:
    assert "kr-business-as-usual" in _kr(wording)


GRADE_GUARDS = [
    "Seller rating moves from Good to Excellent (owner: Ana)",
    "Stays at the top of the search results (owner: Ana)",
    "Rating stays above 4.5 while order volume doubles (owner: Ana)",
]


@pytest.mark.parametrize("wording", GRADE_GUARDS)
def test_grade_raised_or_bound_is_not_held(wording: str) -> None:
    assert "kr-business-as-usual" not in _kr(wording)

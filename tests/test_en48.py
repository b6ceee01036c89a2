"""Round 48, the English misses of the outsider sets blind47 and blind47b (issue 8; en48).

Each class is tested with fresh wordings written for this file (not the sets' text), and with
the neighbours that must keep their verdict (docs/principles.md, decisions 6950-6964)."""

from __future__ import annotations

import pytest

from coach import review
from coach.config import Config

_CFG = Config(semantic=False, use_model=False)


def _checks(text: str) -> list[dict[str, str]]:
    """Every item's checklist, objectives and key results in the order they are written."""
    out: list[dict[str, str]] = []
    for o in review(text, config=_CFG).objectives:
        out.append({c.rule_id: c.status for c in o.checks})
        out.extend({c.rule_id: c.status for c in k.checks} for k in o.key_results)
    return out


def _kr(kr: str, objective: str = "Make weekends restful again") -> dict[str, str]:
    """The checklist of one key result under an objective, in a dated personal set."""
    return _checks(f"Personal OKRs Q3 2027 — Ana\n\nO1. {objective}\n  KR1. {kr}\n")[1]


def _objective(objective: str) -> dict[str, str]:
    text = f"Team OKRs Q3 2027 (owner: Ana)\n\nO1. {objective}\n  KR1. Members from 40 to 60\n"
    return _checks(text)[0]


# -- 6950: a name on a draft or working-copy line, or beside a sharing note, is its writer ------

WRITER_LINES = [
    "FY2027 Q2 OKRs — working copy (R. Okafor)",
    "Q3 2027 OKRs — draft (Lena Brandt)",
    "Q3 2027 OKRs — draft v2 (Tom Becker)",
    "Q3 2027 OKRs, draft 3 (Sam)",
    "Q1 2027 goals — working draft (Priya Nair)",
    "Q4 2027 OKRs (WIP) (Marco)",
    "H1 2027 OKRs — rough draft (Ines Duarte)",
    "Q2 2027 OKRs — latest draft (Hana Ito)",
    "Q3 2027 OKRs (Coach Delgado, shared w/ team leads)",
    "Q3 2027 OKRs (Mr. Osei, shared with the department)",
    "Q1 2027 goals (Priya, sent to all shift leads)",
    "2027年Q1 OKR 讨论稿（王芳）",
    "2027年Q3 OKR 初稿（孙倩）",
]


_BUS_SET = "\n\nO1. Make every bus leave on time\n  KR1. On-time departures from 80% to 92%\n"
_BUS_SET_ZH = "\n\nO1. 让每一班车准点发车\n  KR1. 准点发车率从80%提升到92%\n"


def _bus_kr(head: str) -> dict[str, str]:
    """The key result's checklist under `head` (a title block), in the head's language."""
    zh = any("\u4e00" <= c <= "\u9fff" for c in head)
    return _checks(head + (_BUS_SET_ZH if zh else _BUS_SET))[1]


@pytest.mark.parametrize("line", WRITER_LINES)
def test_a_writer_on_the_draft_line_owns_no_key_result(line: str) -> None:
    unit = "东门公交车场" if "\u4e00" <= line[-2] <= "\u9fff" else "Eastgate Bus Depot"
    assert _bus_kr(f"{unit}\n{line}")["kr-no-owner"] == "fail", line


# unchanged: the set's owner named beside the draft word, a personal set, a team's title naming
# its person, an owner's field in the draft bracket
OWNED_TITLES = [
    "Marketing OKRs Q3 2027 — Dana Ruiz",
    "Marketing OKRs Q3 2027 — draft (owner: Dana Ruiz)",
    "Marketing OKRs Q3 2027 — Dana (drafted by Omar)",
    "Personal OKRs Q3 2027 — draft (Priya)",
    "Priya's OKRs — Q3 2027 (draft)",
    "Personal OKRs — draft (Q3 2027)",
]


@pytest.mark.parametrize("title", OWNED_TITLES)
def test_an_owner_beside_the_draft_word_still_owns(title: str) -> None:
    assert _bus_kr(title)["kr-no-owner"] == "pass", title


def test_the_message_names_the_writer_s_line() -> None:
    text = "Eastgate Bus Depot\nFY2027 Q2 OKRs — working copy (R. Okafor)" + _BUS_SET
    found = [f for f in review(text, config=_CFG).findings if f.rule_id == "kr-no-owner"]
    assert found and "working copy (R. Okafor)" in found[0].message


# -- 6951: a set's goals "through" or "up to" an event named by its month ---------------------

EVENT_TITLES = [
    "Team 2231 Robotics — goals through the April regional",
    "Team 88 Chess — goals through the June championship",
    "Debate club OKRs up to the March nationals",
    "Choir goals leading up to the December concert",
    "Under-14s goals through the May cup final",
    "Drama society OKRs through the November showcase",
    "Swim squad goals running up to the July county gala",
    "Model UN objectives through the February conference",
    "Science fair team — goals up to the April state fair",
    "Garden club goals through the September harvest show",
    "Quiz team targets through the October league final",
    "Band priorities through the August festival",
]


_EVENT_SET = "\n\nObjective: Win the event\n  1. Practice scores from 60 to 80 (Maya)\n"


@pytest.mark.parametrize("title", EVENT_TITLES)
def test_a_month_named_event_in_the_title_dates_the_set(title: str) -> None:
    got = _checks(title + _EVENT_SET)
    assert (got[0]["objective-no-timeframe"], got[1]["kr-no-deadline"]) == ("pass", "pass"), title


@pytest.mark.parametrize(
    "kr",
    ["Raise £2k through the May bake sale (Maya)", "Sell 50 kits through the June fair (Maya)"],
)
def test_through_an_event_in_a_key_result_is_its_means_not_its_deadline(kr: str) -> None:
    text = f"Fundraising team goals\n\nObjective: Fund the new kit\n  1. {kr}\n"
    assert _checks(text)[1]["kr-no-deadline"] == "fail", kr


def test_a_title_with_no_event_or_period_stays_undated() -> None:
    text = (
        "Team 2231 Robotics — goals\n\nObjective: Win the event\n  1. Scores from 60 to 80 (Maya)\n"
    )
    assert _checks(text)[1]["kr-no-deadline"] == "fail"


# -- 6952: people named by a plural of "-man" act in the clause, as "members" do ---------------

PEOPLE_WANT = [
    "Build a club that freshmen want to join",
    "Build a society that freshmen rave about",
    "Run a market that fishermen choose first",
    "Build a department that women engineers want to join",
    "Build a station that firemen ask to transfer to",
    "Create a workshop that craftsmen recommend to each other",
    "Build a boatyard that sportsmen trust with their boats",
    "Run a harbour that fishermen want to land at",
    "Make a gym that sportswomen choose over any other",
    "Build a league that freshmen talk about all summer",
    "Create a course that chairmen recommend to their boards",
    "Build a guild that tradesmen want to belong to",
]


@pytest.mark.parametrize("objective", PEOPLE_WANT)
def test_people_named_by_a_plural_of_man_make_an_end_state(objective: str) -> None:
    assert _objective(objective)["objective-not-inspiring"] == "pass", objective


@pytest.mark.parametrize(
    "objective", ["Build a specimen library", "Train freshmen", "Create a regimen for the team"]
)
def test_a_thing_built_with_nobody_acting_stays_flat(objective: str) -> None:
    assert _objective(objective)["objective-not-inspiring"] == "fail", objective


# -- 6953: a superlative with a record's scope after it is a record to set ----------------------

RECORDS = [
    "Ship 2.0 with the fewest day-one patches in the studio's history",
    "Close the season with the fewest injuries in club history",
    "Finish the harvest with the lowest losses on record",
    "Open the school year with the fewest unfilled posts in the trust's history",
    "Run the tax season with the fewest amended returns in the firm's history",
    "Launch the app with the fewest crash reports of all time",
    "Ship the console port with the fewest certification failures ever",
    "Deliver the festival with the shortest queues in its history",
    "Run the marathon with the fewest medical call-outs on record",
    "Close the books with the fewest late adjustments in our history",
    "End the year with the lowest staff turnover in the hospital's history",
    "Finish the build with the fewest snag items in the company's history",
]


@pytest.mark.parametrize("objective", RECORDS)
def test_a_record_to_set_is_aspirational(objective: str) -> None:
    assert _objective(objective)["objective-not-inspiring"] == "pass", objective


@pytest.mark.parametrize(
    "objective",
    ["Ship the patch with the fewest bugs", "Focus on our most important accounts"],
)
def test_a_superlative_without_a_record_keeps_its_reading(objective: str) -> None:
    assert _objective(objective)["objective-not-inspiring"] == "fail", objective


# -- 6954: evenings, weekends or nights off taken are the writer's rest ------------------------

TIME_OFF = [
    "Take 2 full weekends off per month",
    "take 2 weekends off a month",
    "Take 3 evenings off a week",
    "Take 2 days off per month",
    "Take 1 day off every week",
    "Take 4 nights off from the bar each month",
    "Take 2 Sundays off a month",
    "Take 3 full evenings off every week",
    "Take two weekends off each month",
    "Take 1 whole weekend off a month",
    "Take 2 mornings off a week to train",
    "Take 5 Saturdays off this quarter",
]


@pytest.mark.parametrize("kr", TIME_OFF)
def test_time_off_taken_is_rest_not_effort(kr: str) -> None:
    got = _kr(kr)
    assert (got["kr-activity-count"], got["kr-is-task"]) == ("pass", "pass"), kr


@pytest.mark.parametrize(
    "kr", ["Take 2 evening classes per month", "Spend 2 days per month on admin"]
)
def test_effort_on_a_cadence_stays_counted(kr: str) -> None:
    assert _kr(kr)["kr-activity-count"] == "fail", kr


# -- 6955: "max" or "min" before a figure bounds it; it is no imperative -----------------------

BOUNDS = [
    "max 40 billable hours/week",
    "Max. 45 working hours a week",
    "Maximum 40 hours of client work per week",
    "min. 2 rest days a week",
    "max 50 hours on shift per week",
    "Max 38 contact hours a week",
    "min 7 hours of sleep a night",
    "max 10 hours of overtime a month",
    "Max. 42 paid hours a week",
    "maximum 45 hours in the office a week",
    "max 6 working days in a row",
    "min 2 full days at home a week",
]


@pytest.mark.parametrize("kr", BOUNDS)
def test_a_bound_written_short_is_no_task(kr: str) -> None:
    got = _kr(kr)
    assert (got["kr-is-task"], got["kr-activity-count"]) == ("pass", "pass"), kr


def test_max_out_is_still_work() -> None:
    assert _kr("Max out the 401k contributions")["kr-is-task"] == "fail"


def test_efforts_capped_are_still_counted() -> None:
    assert _kr("Max 3 client calls per day")["kr-activity-count"] == "fail"


# -- 6956: things put in place over all of where they go, dated, are a milestone -------------

INSTALLS = [
    "Passenger counters installed on 100% of the fleet by March 31",
    "Install passenger counters on 100% of buses by March 31",
    "Smart meters installed in all homes by June 30",
    "New POS rolled out to 100% of stores by May 1",
    "Vibration sensors fitted on 100% of critical pumps by June 30",
    "CCTV installed across all 12 depots by end of Q3",
    "Card readers deployed to every branch by September 1",
    "Handrails fitted on all ramps by April 15",
    "Dashcams mounted in 100% of vans by Q3",
    "Install smoke alarms in all 40 flats by May 31",
    "Fit GPS trackers to 100% of the trucks by July 1",
    "Water sensors installed at every site by October 31",
]


@pytest.mark.parametrize("kr", INSTALLS)
def test_a_dated_install_over_all_is_a_milestone(kr: str) -> None:
    assert _kr(kr, "Know where every vehicle is")["kr-is-task"] == "fail", kr


@pytest.mark.parametrize(
    "kr",
    [
        "Smart meters installed in 80% of homes by June",  # a share short of all (decision 399)
        "Loyalty app installed by 100% of members by June",  # adoption by people (decision 1825)
    ],
)
def test_a_share_short_of_all_or_adoption_stays_measured(kr: str) -> None:
    assert _kr(kr, "Know where every vehicle is")["kr-is-task"] == "pass", kr


# -- 6957: "<Name> — what we're going for" over numbered objectives is the set's title ---------

WHAT_WE_TITLES = [
    "The Corner Shop — what we're going for next",
    "The Margin (books + coffee) — what we're going for next",
    "Hart Lab — what we want this term",
    "Kestrel Cycles - where we're headed in 2027",
    "Blue Door Bakery — what we're aiming for this spring",
    "Riverside Clinic — what we need to get right",
    "Oak Street Studio — what I want from this year",
    "North Pier Cafe — what we'll chase next",
    "Fern & Finch — where we're going",
    "The Tool Library — what we hope to do next",
    "Harbour Swim Club — what we plan to change",
    "Copper Kettle — what we're working towards",
]
_NUMBERED_SET = (
    "\n\n1) Make the shop the place people spend a wet Saturday\n"
    "   - Saturday covers from 140 to 200 (Hattie)\n   - Book club members from 22 to 45 (Hattie)\n"
    "\n2) Sales up 20%\n   - Average basket from £14.50 to £18 — Joe\n"
)


@pytest.mark.parametrize("title", WHAT_WE_TITLES)
def test_a_name_and_what_we_go_for_titles_numbered_objectives(title: str) -> None:
    objectives = review(title + _NUMBERED_SET, config=_CFG).objectives
    assert [len(o.key_results) for o in objectives] == [2, 1], title


def test_an_objective_saying_what_people_want_stays_an_objective() -> None:
    text = (
        "Q3 2027 (owner: Ana)\n\nO1. Make checkout what customers want\n  KR1. NPS from 30 to 50\n"
    )
    assert [o.text for o in review(text, config=_CFG).objectives] == [
        "Make checkout what customers want"
    ]


# -- 6958: "N of the M" counts a part of a whole, a share -------------------------------------

PART_OF_WHOLE = [
    "8 of the 12 Q3 episodes go out without me touching the edit",
    "8 of the 12 episodes ship on time",
    "10 of our 12 weekly issues go out without a correction",
    "9 of the 10 clinics hit the 4-hour target",
    "11 of the 13 sprints end with a demo users sign off",
    "7 of my 8 newsletters go out with no typo",
    "5 of the 6 workshops rated 4.5 or higher",
    "18 of the 20 classes score above 80% on the end-of-term test",
    "3 of the 4 quarterly releases need no hotfix",
    "20 of the 24 webinars reach at least 50 live attendees",
    "9 of our 10 shops open on time every day",
    "40 of the 52 podcasts go out with show notes on time",
]


@pytest.mark.parametrize("kr", PART_OF_WHOLE)
def test_a_part_of_a_whole_is_no_activity_count(kr: str) -> None:
    assert _kr(kr, "Run the show without burning out")["kr-activity-count"] == "pass", kr


@pytest.mark.parametrize("kr", ["Publish 8 of the 12 planned episodes", "12 episodes published"])
def test_effort_done_is_still_counted(kr: str) -> None:
    assert _kr(kr, "Run the show without burning out")["kr-activity-count"] == "fail", kr


# -- 6959: one's own time won back is an end state ---------------------------------------------

OWN_TIME_BACK = [
    "Get my weekends back from editing",
    "Get my evenings back",
    "Take back my Sundays",
    "Win my Saturdays back from the shop",
    "Reclaim my evenings from email",
    "Get our family weekends back",
    "Take back our lunch breaks",
    "Get my mornings back from meetings",
    "Claw back my free time",
    "Get my life back from the inbox",
    "Win back our summers",
    "Reclaim our nights from on-call",
]


@pytest.mark.parametrize("objective", OWN_TIME_BACK)
def test_one_s_own_time_won_back_inspires(objective: str) -> None:
    assert _objective(objective)["objective-not-inspiring"] == "pass", objective


@pytest.mark.parametrize("objective", ["Get my sleep back on track", "Get my time"])
def test_a_thing_put_straight_or_time_alone_stays_flat(objective: str) -> None:
    assert _objective(objective)["objective-not-inspiring"] == "fail", objective


# -- 6960: a common Chinese surname in pinyin, alone in brackets, is a person ------------------

PINYIN_SURNAMES = ["Wang", "Liu", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Zhu", "Gao", "Guo", "Luo"]


@pytest.mark.parametrize("name", PINYIN_SURNAMES)
def test_a_pinyin_surname_alone_owns_the_key_result(name: str) -> None:
    text = f"Growth OKRs Q3 2027\n\nO1. Make the launch land\n  KR1. Signups from 100 to 500 ({name})\n"
    assert _checks(text)[1]["kr-no-owner"] == "pass", name


def test_a_word_left_out_of_the_surnames_names_nobody() -> None:
    text = (
        "Growth OKRs Q3 2027\n\nO1. Make the launch land\n  KR1. Signups from 100 to 500 (Long)\n"
    )
    assert _checks(text)[1]["kr-no-owner"] == "fail"


# -- 6961: things sent before one event to many recipients keep the event as the deadline ------

ONE_EVENT_MANY_RECIPIENTS = [
    "Press kit sent 14 days before the launch for 100% of outlets",
    "Demo units shipped 10 days before the launch to 90% of partner stores",
    "Briefing pack sent 7 days before the summit to 100% of booths",
    "Price lists sent 3 weeks before the relaunch for 100% of branches",
    "Posters delivered 5 days before the launch for 100% of stores",
    "Signage installed 2 days before the opening in every branch",
]


@pytest.mark.parametrize("kr", ONE_EVENT_MANY_RECIPIENTS)
def test_one_event_dates_what_goes_to_many(kr: str) -> None:
    text = f"Events OKRs (owner: Ana)\n\nO1. Make the launch land\n  KR1. {kr}\n"
    assert _checks(text)[1]["kr-no-deadline"] == "pass", kr


EACH_CASE_OWN_EVENT = [
    "Final supplier schedule signed off 21 days before the wedding, for 100% of weddings",
    "Seating plan agreed 10 days before the wedding for every couple",
    "Menus agreed 2 weeks ahead of each event",
]


@pytest.mark.parametrize("kr", EACH_CASE_OWN_EVENT)
def test_each_case_s_own_event_dates_nothing(kr: str) -> None:
    text = f"Events team OKRs (owner: Ana)\n\nO1. Make every wedding calm\n  KR1. {kr}\n"
    assert _checks(text)[1]["kr-no-deadline"] == "fail", kr


# -- 6962: equipment's yearly upkeep is business as usual -------------------------------------

YEARLY_UPKEEP = [
    "Book the autoclave's annual service",
    "Book the x-ray unit's annual service",
    "Get the vans their annual MOT",
    "Book the yearly boiler servicing",
    "Do the annual maintenance on the lift",
    "Arrange the chillers' yearly service",
    "Book the fleet's annual MOTs",
    "Complete the annual servicing of the fire doors",
    "Schedule the kiln's annual maintenance",
    "Book the dental chairs' annual service",
    "Get the forklifts their annual servicing",
    "Arrange the yearly maintenance of the sprinklers",
]


@pytest.mark.parametrize("kr", YEARLY_UPKEEP)
def test_yearly_upkeep_is_routine(kr: str) -> None:
    assert _kr(kr, "Make surgery days calm")["kr-business-as-usual"] == "fail", kr


@pytest.mark.parametrize(
    "kr", ["Customer service score from 70 to 80", "Cut maintenance costs by 10% this year"]
)
def test_a_measure_named_after_service_is_no_routine(kr: str) -> None:
    assert _kr(kr, "Make surgery days calm")["kr-business-as-usual"] == "pass", kr

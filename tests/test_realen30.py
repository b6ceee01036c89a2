"""English published OKR pages, twelfth set of round thirty (decisions 4320-; realen30): shapes
a new set of real English pages showed (a prompt library's worked example pasted as a Markdown
block quote with numbered key results, an emphasised "ladders to" note under each objective, a
department's mission line speaking of the users' personal data), imitated by wordings written
for these tests (no sentence of a real page). Each decision's cases failed before it; the guards
keep what must not change."""

from __future__ import annotations

import pytest
from test_realen29 import checks, kr_status, spans

# --- 4320: a quoted numbered list ("> 1. …") is the list it quotes, not "greater than 1" -------


QUOTED_LISTS = [
    (
        "> **Q4 2027 OKRs — Mobile team**\n>\n> **Objective 1: Make the app feel instant on old phones**\n>\n"
        "> 1. Cut cold start on a 2019 handset from 4.1 s to 1.8 s by Dec 15\n"
        "> 2. Raise the crash-free sessions rate from 97.2% to 99.5% by Dec 15\n",
        [
            "Cut cold start on a 2019 handset from 4.1 s to 1.8 s by Dec 15",
            "Raise the crash-free sessions rate from 97.2% to 99.5% by Dec 15",
        ],
    ),
    (
        "> Objective: Win back the lapsed members of the climbing gym this winter\n"
        "> 1) Bring 120 lapsed members back for a paid visit by Feb 28\n"
        "> 2) Lift the rebooking rate after a visit from 22% to 40% by Feb 28\n",
        [
            "Bring 120 lapsed members back for a paid visit by Feb 28",
            "Lift the rebooking rate after a visit from 22% to 40% by Feb 28",
        ],
    ),
    (
        "Here is what the assistant wrote:\n\n> **Objective: Turn the help centre into the first "
        "place customers look (Q3)**\n>  1. Grow help-article views per customer from 0.8 to 2.0\n"
        ">  2. Raise the share of tickets closed with an article link from 15% to 35%\n"
        ">  3. Publish 40 new articles for the top search terms\n",
        [
            "Grow help-article views per customer from 0.8 to 2.0",
            "Raise the share of tickets closed with an article link from 15% to 35%",
            "Publish 40 new articles for the top search terms",
        ],
    ),
    (
        "> ## Finance team — H2 2027\n> ### Objective 2: Close the books without the month-end scramble\n"
        "> 1. Shorten the monthly close from 9 working days to 5 by December\n"
        "> 2. Reconcile 100% of bank accounts within 2 days of month end by December\n",
        [
            "Shorten the monthly close from 9 working days to 5 by December",
            "Reconcile 100% of bank accounts within 2 days of month end by December",
        ],
    ),
    (
        "> Objective 3: Give every volunteer a reason to come back in spring 2028\n>\n"
        "> 1. Raise the share of volunteers who sign up for a second shift from 35% to 60%\n"
        "> 2. Lift the volunteer survey score from 3.6 to 4.3 out of 5\n",
        [
            "Raise the share of volunteers who sign up for a second shift from 35% to 60%",
            "Lift the volunteer survey score from 3.6 to 4.3 out of 5",
        ],
    ),
]


@pytest.mark.parametrize("text,krs", QUOTED_LISTS)
def test_quoted_numbered_list_items_are_key_results(text: str, krs: list[str]) -> None:
    found = spans(text)
    assert [k for _o, ks in found for k in ks] == krs


def test_quoted_numbered_list_keeps_its_checks() -> None:
    text = QUOTED_LISTS[0][0]
    first = checks(text)[0]
    assert first["kr-not-quantified"] == "pass"
    assert first["kr-no-deadline"] == "pass"


# Guards: a quoted comparison stays a number; an unquoted numbered list is unchanged.
QUOTE_GUARDS = [
    (
        "Objective: Keep the checkout fast through the Q3 sale (owner: Dev)\n"
        "KR1: Median page load\n> 2 s on no more than 1% of sessions\n",
        "2 s on no more than 1% of sessions",
    ),
    (
        "Objective: Make the bakery the first stop on our street this spring\n"
        "1. Grow weekday morning sales from $900 to $1,400\n"
        "2. Raise loyalty-card sign-ups from 50 to 400\n",
        "Grow weekday morning sales from $900 to $1,400",
    ),
]


@pytest.mark.parametrize("text,kr", QUOTE_GUARDS)
def test_quote_guards(text: str, kr: str) -> None:
    found = [k for _o, ks in spans(text) for k in ks]
    if text.startswith("Objective: Keep"):
        assert all(kr != k for k in found)
    else:
        assert found[0] == kr


# --- 4321: an emphasised line wholly in brackets is the remark it wraps, not a key result ------


ASIDES = [
    "**Objective 1: Make onboarding painless for small clinics**\n*(Ladders to: Company goal — "
    "Growth)*\n\n1. Raise week-1 activation from 30% to 45% by Sep 30\n"
    "2. Cut setup time from 3 days to 1 day by Sep 30\n",
    "Objective: Keep every warehouse order moving in the holiday peak (owner: Lou)\n"
    "_(Supports: company priority 2, reliable delivery)_\n"
    "- Ship 98% of orders within 24 hours by Dec 20\n- Lift pick accuracy from 99.1% to 99.7% by Dec 20\n",
    "### Objective 2: Become the studio clients recommend first in 2028 Q1\n"
    "*(Aligned with: the studio's three-year plan)*\n"
    "- KR1: Raise the referral share of new clients from 20% to 35%\n"
    "- KR2: Lift the client survey score from 8.1 to 9.0\n",
    "**O3 — Make our school library the busiest room on campus this term**\n"
    "*(why: reading scores fell two years running)*\n"
    "1. Raise weekly library visits from 300 to 650\n2. Lift loans per pupil from 1.2 to 2.5\n",
    "Objective: Turn first-time donors into regular givers by June (owner: Mei)\n"
    "*(contributes to: Fundraising OKR 1)*\n"
    "* Raise the second-gift rate from 18% to 30%\n* Grow monthly donors from 210 to 400\n",
]


@pytest.mark.parametrize("text", ASIDES)
def test_emphasised_bracket_remark_is_no_key_result(text: str) -> None:
    krs = [k for _o, ks in spans(text) for k in ks]
    assert len(krs) == 2, krs
    assert all(not k.lstrip("*_").startswith("(") for k in krs)


# Guards: a bracketed key result in a list item stays one; emphasis around a whole key result
# stays a key result.
def test_emphasised_key_result_stays() -> None:
    text = (
        "Objective: Make returns painless for online buyers in Q2 (owner: Ana)\n"
        "- *Cut refund time from 9 days to 3 days*\n- Lift return-survey scores from 3.4 to 4.2\n"
    )
    krs = [k for _o, ks in spans(text) for k in ks]
    assert len(krs) == 2


# --- 4322: "personal" before a data noun describes the data, not whose set it is --------------


PERSONAL_DATA = [
    "## Privacy team\n\n**Mission**: We keep the personal data of our patients safe.\n\n"
    "### OKRs (Q2 2027)\n\n**Objective 1: Make every data request answerable in a day**\n"
    "- KR1: Answer 95% of access requests within 24 hours\n",
    "Compliance — Q3 2028\nOur app stores personal information about every rider.\n"
    "Objective: Earn the riders' trust in how we handle their data\n"
    "- Cut open audit findings from 12 to 2 by Sep 30\n",
    "## Data platform (H1 2027)\nScope: personal details held in the CRM and billing systems\n"
    "Objective: Make customer records complete and correct\n"
    "- Raise records with a verified email from 70% to 95% by June 30\n",
    "# Support tooling OKRs, Q4 2027\nThe team handles personal records of 2 million members.\n"
    "Objective: Make agents find the right member record at the first try\n"
    "- Lift first-search hit rate from 64% to 85%\n",
    "### Security — Q1 2028\n_Personal data protection is our first duty._\n"
    "Objective: Keep intruders out of the member portal\n"
    "- Raise phishing-test report rate from 30% to 70% by March 31\n",
]


@pytest.mark.parametrize("text", PERSONAL_DATA)
def test_personal_data_is_no_personal_set(text: str) -> None:
    assert checks(text)[0]["kr-no-owner"] == "fail"


# Guards: a personal set keeps its owner.
PERSONAL_SETS = [
    "Personal OKRs, Q2 2027\nObjective: Run my first half marathon\n- Run 3 times a week for 12 weeks\n",
    "My personal goals for Q3 2027\nObjective: Get my personal finances in order\n"
    "- Build an emergency fund of $3,000 by Sep 30\n",
]


@pytest.mark.parametrize("text", PERSONAL_SETS)
def test_personal_set_keeps_owner(text: str) -> None:
    assert checks(text)[0]["kr-no-owner"] == "pass"


# --- 4323: a deliverable word before the measure that ends the phrase names what is measured --


MEASURE_AFTER_THING = [
    "App downloads",
    "SDK installs",
    "Portal signups by June",
    "Template downloads",
    "Extension installs by Q4",
    "Booking page registrations",
    "API waitlist signups",
]


@pytest.mark.parametrize("kr", MEASURE_AFTER_THING)
def test_measure_after_a_thing_is_no_deliverable(kr: str) -> None:
    assert kr_status(kr, "kr-is-task") == "pass"


def test_measure_after_a_thing_in_a_table() -> None:
    text = (
        "### Q2 2027 OKRs\n\n**Objective 1:** Win over the first paying teams\n\n"
        "| Key Result | Baseline | Target |\n|---|---|---|\n"
        "| App downloads | 0 | 2,000 |\n| SDK installs | 40 | 400 |\n"
    )
    assert [c["kr-is-task"] for c in checks(text)] == ["pass", "pass"]


# Guards: a deliverable with no measure after it, or a measure before a further noun, stays one.
THINGS = [
    "Mobile app for field staff",
    "Self-serve refund portal by May 1",
    "Onboarding playbook by Oct 15",
    "Partner portal with SSO",
]


@pytest.mark.parametrize("kr", THINGS)
def test_deliverable_stays_a_task(kr: str) -> None:
    assert kr_status(kr, "kr-is-task") == "fail"


# --- 4324: "instrument" as the leading verb is work to do (tracking built), not a result ------


INSTRUMENTED = [
    "Instrument 6 trial-to-paid funnel steps in our analytics by Aug 15",
    "Instrument 12 key screens with usage tracking",
    "Instrument 5 checkout steps so drop-off is visible by May",
    "Instrument all 9 signup screens in the product analytics tool",
    "Instrument 4 new retention events before the beta",
]


@pytest.mark.parametrize("kr", INSTRUMENTED)
def test_instrument_is_a_task(kr: str) -> None:
    assert kr_status(kr, "kr-is-task") == "fail"


# Guards: "instrument" as a noun before a measure keeps the measured result.
INSTRUMENT_NOUN = [
    "Instrument uptime above 98% in the lab",
    "Instrument calibration accuracy from 95% to 99%",
    "Instruments sold from 40 to 90",
]


@pytest.mark.parametrize("kr", INSTRUMENT_NOUN)
def test_instrument_noun_stays_a_result(kr: str) -> None:
    assert kr_status(kr, "kr-is-task") == "pass"


# --- 4325: a dated launch "to" a counted group of users stays a launch (a milestone) ----------


LAUNCHED_TO = [
    "Ship the beta build to 40 pilot users by April 30",
    "Release the redesigned app to 300 customers by June 15",
    "Launch the member portal to 1,200 members by Q3",
    "Push the preview build to 60 outside testers by May 20",
    "Deploy the new booking flow to 500 patients by Aug 31",
]


@pytest.mark.parametrize("kr", LAUNCHED_TO)
def test_dated_launch_to_counted_users_is_a_milestone(kr: str) -> None:
    assert kr_status(kr, "kr-is-task") == "fail"


# Guards: a share of the users is measured (decision 399), an undated count stays as it was, and
# a measure moved after a launch verb's sense stays a result.
LAUNCH_GUARDS = [
    "Launch the new checkout to 100% of users by June",
    "Release the new app to 300 users",
    "Grow weekly active users of the new app from 2,000 to 5,000 by June",
    "Ship response times down to 200 ms by May",
]


@pytest.mark.parametrize("kr", LAUNCH_GUARDS)
def test_launch_guards(kr: str) -> None:
    assert kr_status(kr, "kr-is-task") == "pass"


# --- 4326: "Top N" after a standard's acronym is the list's name, no target -------------------


NAMED_LISTS = [
    "Check the mobile app against the OWASP Mobile Top 10 by hand",
    "Complete a review of the app against the OWASP Top 10",
    "Finish a code audit for the CWE Top 25 weaknesses",
    "Run a self-check against the SANS Top 25 list",
    "Complete an API review with the OWASP API Top 10",
]


@pytest.mark.parametrize("kr", NAMED_LISTS)
def test_top_n_of_a_standard_is_no_target(kr: str) -> None:
    assert kr_status(kr, "kr-not-quantified") == "fail"


# Guards: a rank to reach keeps its number.
RANKS = [
    "Rank in the Top 10 of the App Store health category by Q4",
    "Become a Top 3 vendor in the region",
    "Reach the top 5 of the G2 grid for scheduling tools",
]


@pytest.mark.parametrize("kr", RANKS)
def test_rank_top_n_stays_a_target(kr: str) -> None:
    assert kr_status(kr, "kr-not-quantified") == "pass"

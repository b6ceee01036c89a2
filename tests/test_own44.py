"""Owners and headings in both languages (issue 8, round forty-four; own44): decisions 6400
(people's initials closing the key results of a set), 6401 (a short team tag opening the line,
in English before a colon and in Chinese glued to the line), 6402 (an abbreviation that is the
thing checked names no owner), 6403 (a personal set's title with no word "personal") and 6404 (a
review's grades after the owner's bracket), with wordings written for these tests, across
schools, wards, plants, studios, shops, charities and councils. Each case failed before its
decision; the guards keep what must not change."""

from __future__ import annotations

import pytest

from coach.facts.owner import heading_owner_name, initials_owner, tag_prefix, team_subject
from tests.test_owner36 import owners

# --- 6400: initials closing the key results -----------------------------------------------------

_INITIALLED = [
    "Science department — autumn term\nObjective: Every Year 8 class runs a practical it remembers\n"
    "- Practical write-ups handed in on time from 64% to 85% by December (RK)\n"
    "- Year 8 end-of-topic average up from 52% to 60% by December (JT)\n",
    "Ward 4 – Q1\nObjective: Patients go home rested and ready\n"
    "- Discharges before noon from 22% to 40% by March — KO\n"
    "- Sleep disturbance score from 5.8 to 4.0 by March — SMH\n",
    "二号车间 2026年Q2\n目标：让每一批出厂的零件都经得起复检\n"
    "- 一次交检合格率从96%提升到99%（ZL）\n- 换线时间从45分钟缩短到25分钟（WJ）\n",
    "Inside sales — H2\nObjective: Become the desk every rep wants to join\n"
    "- Pipeline from $2M to $3.5M by November (AB/CD)\n- Win rate from 18% to 25% by November (EF)\n",
    "Foodbank appeal — winter\nObjective: No family in the borough goes without a Christmas meal\n"
    "- Monthly donors from 400 to 650 by December – LM\n"
    "- Volunteer hours from 900 to 1,400 by December – PQ\n",
    "Highways team — 2026/27\nObjective: Streets people trust after dark\n"
    "- Potholes fixed within 48 hours from 60% to 85% by March (GH)\n"
    "- Residents rating street lighting good from 3.1 to 4.0 by March (TN)\n",
    # one line signed beside a name written at the end of another
    "Front desk — Q3\nObjective: A check-in guests tell their friends about\n"
    "- Check-in under 3 minutes for 90% of guests by September (Priya)\n"
    "- Review score from 8.4 to 9.0 by September (HW)\n",
]


@pytest.mark.parametrize("text", _INITIALLED)
def test_initials_closing_the_lines_name_their_owners(text: str) -> None:
    assert set(owners(text)) == {"pass"}


def test_initials_are_read_with_a_review_grade_after_them() -> None:
    text = (
        "Clinic — Q2 review\nObjective: Every caller gets through first time\n"
        "- Calls answered in 60 seconds from 70% to 90% (RK) — self 0.5, manager 0.5\n"
        "- Repeat prescriptions ready in 48 hours for 95% of requests (DM)\n"
    )
    assert owners(text) == ["pass", "pass"]


_NOT_INITIALS = [
    # a measure, a unit, a currency, a standard or a status beside signed lines: no person
    ("Net promoter score from 20 to 40 by Q3 (NPS)", "fail"),
    ("Cost per bed night down to 120 by Q3 (USD)", "fail"),
    ("Certified to the new standard by Q3 (ISO)", "fail"),
    ("Priority tickets answered within 15 minutes by Q3 (SLA)", "fail"),
    ("Roll the new rota out to both wards by Q3 — TBD", "fail"),
    # the initials of the words right before the bracket: the measure's own
    ("Reach 4,000 weekly engaged learners by Q3 (WEL)", "fail"),
    # a word the line itself uses
    ("Grow TVL from $2M to $5M by Q3 (TVL)", "fail"),
]


@pytest.mark.parametrize(("line", "want"), _NOT_INITIALS)
def test_acronyms_closing_a_line_name_no_one(line: str, want: str) -> None:
    text = (
        "Ward 9 – Q3\nObjective: Nights on the ward that patients sleep through\n"
        "- Sleep score from 6.1 to 7.5 by September (SMH)\n"
        "- Call bells answered within 3 minutes by September — KO\n"
        f"- {line}\n"
    )
    assert owners(text) == ["pass", "pass", want]


def test_one_acronym_alone_in_a_set_names_no_one() -> None:
    # a single line closing in capitals, nothing else signed: a product's tag, not a person
    text = (
        "Platform — Q3 OKRs\nObjective: Releases nobody dreads\n"
        "- Deploys per week from 4 to 12 by Q3\n- Ship the billing service to general release (GA)\n"
    )
    assert owners(text) == ["fail", "fail"]


def test_initials_fact() -> None:
    assert initials_owner("Attendance from 91% to 95% by July (JT)") is not None
    assert initials_owner("会员复购率从25%提升到35%（ZL）") is not None
    assert initials_owner("Attendance from 91% to 95% by July — RK/JT") is not None
    assert initials_owner("Attendance from 91% to 95% by July (KPI)") is None
    assert initials_owner("(JT)") is None  # nothing before it


# --- 6401: a short team tag opening the line ------------------------------------------------------

_TAGGED = [
    (
        "# Studio — Q3 OKRs\n**O1: Make the spring season the one players talk about**\n"
        "- UA: Paid installs from 40k to 65k a month by Q3\n"
        "- Audio: 25 new voice lines in the spring event by Q3\n"
        "- Events: 4 community tournaments with 500+ entrants each by Q3\n"
        "- LiveOps: Day-30 retention from 6% to 9% by Q3\n"
        "- CRM: Email reactivation from 2% to 4% by Q3\n",
        ["pass"] * 5,
    ),
    (
        "Emergency department — winter plan\nObjective: Nobody waits in a corridor\n"
        "- A&E: Patients seen within 4 hours from 72% to 90% by March\n"
        "- ICU: Delirium screening for 95% of patients by March\n",
        ["pass", "pass"],
    ),
    (
        "The Anchor — spring\nObjective: The pub locals book for every birthday\n"
        "- FOH: Table turn time from 90 to 70 minutes by May\n"
        "- BOH: Food waste from 8% to 4% of purchases by May\n",
        ["pass", "pass"],
    ),
    (
        "Year 11 — spring term\nObjective: Every pupil sits the exams believing they can pass\n"
        "- Maths: Mock pass rate from 61% to 75% by Easter\n"
        "- English: Essays at grade 5+ from 48% to 60% by Easter\n",
        ["pass", "pass"],
    ),
    (
        "Growth — Q2\nObjective: The app people recommend unprompted\n"
        "- UX: Onboarding finished in one sitting from 55% to 75% by June\n",
        ["pass"],
    ),
]


@pytest.mark.parametrize(("text", "want"), _TAGGED)
def test_a_team_tag_before_the_colon_owns_the_line(text: str, want: list[str]) -> None:
    assert owners(text) == want


@pytest.mark.parametrize(
    "line",
    [
        "BD每人每月新签门店5家",
        "QA每人每周复核用例200条",
        "HR每月组织校园宣讲4场",
        "QC每班抽检批次从15个提高到20个",
    ],
)
def test_a_team_code_glued_to_a_chinese_line_owns_it(line: str) -> None:
    assert team_subject(line)


_NOT_TAGS = [
    # a measure's name, a tag of the goal's kind, a topic, a lone word
    "- Retention: Day-7 from 12% to 18% by Q3\n- Revenue: $2.4M in bookings by Q3\n"
    "- Stretch: 50k daily players by Q3\n- NPS: from 20 to 35 by Q3\n",
    "- Hiring: 5 engineers in seats by Q3\n- Onboarding: first deploy in week one for 90% by Q3\n",
    "- Mobile: app rating from 4.1 to 4.6 by Q3\n- Crash-free sessions at 99.5% by Q3\n",
]


@pytest.mark.parametrize("krs", _NOT_TAGS)
def test_a_measure_a_topic_or_a_lone_word_before_the_colon_owns_nothing(krs: str) -> None:
    text = "# Studio — Q3 OKRs\n**O1: Make the spring season the one players talk about**\n" + krs
    assert set(owners(text)) == {"fail"}


@pytest.mark.parametrize(
    "line", ["KPI考核覆盖率达到100%", "OEE从65%提升到75%", "SKU数从300个精简到220个", "UI改版后转化率从2%提升到3%",
             "OTA点评中好评占比从78%提升到90%"]
)  # fmt: skip
def test_a_measure_or_a_system_glued_to_a_chinese_line_owns_nothing(line: str) -> None:
    assert not team_subject(line)


def test_tag_kinds() -> None:
    assert tag_prefix("UA") == "acronym"
    assert tag_prefix("A&E") == "acronym"
    assert tag_prefix("Audio") == "word"
    assert tag_prefix("LiveOps") == "word"
    for word in ("NPS", "Retention", "Revenue", "Stretch", "Hiring", "Quality", "Phase 1", "Q3"):
        assert tag_prefix(word) is None, word


# --- 6402: an abbreviation that is the thing checked ---------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Complete PM checks on every conveyor motor by Q3",
        "PM checks done on time on all 40 presses by Q3",
        "HR audits done for all 12 sites by Q3",
    ],
)
def test_an_abbreviation_that_is_the_work_names_no_owner(line: str) -> None:
    assert not team_subject(line)


def test_a_post_doing_its_verb_still_owns_it() -> None:
    assert team_subject("PM reviews 20 supplier contracts by Q3")


# --- 6403: a personal set's title with no word "personal" ---------------------------------------

_PERSONAL_TITLES = [
    ("my aims for the spring placement (Feb–Apr)", ""),
    ("my targets for the new job", ""),
    ("Tomasz W — Q3 north territory OKRs", "Tomasz W"),
    ("Yusra Haddad: H1 goals", "Yusra Haddad"),
    ("Q4 goals — Rhodri Pryce", "Rhodri Pryce"),
    ("2026 goals — Priyanka R.", "Priyanka R."),
    ("Q2目标——思远", "思远"),
    ("下半年OKR —— 子涵", "子涵"),
    ("2026上半年OKR——欣怡", "欣怡"),
    ("寒假OKR（1月20日-2月28日）—— 可欣", "可欣"),
    ("我这个季度的目标", ""),
    ("我这学期的计划", ""),
    ("我2026年下半年的OKR", ""),
]


@pytest.mark.parametrize(("title", "who"), _PERSONAL_TITLES)
def test_a_personal_title_without_the_word(title: str, who: str) -> None:
    assert heading_owner_name(title) == who


def test_a_personal_title_gives_every_key_result_its_owner() -> None:
    en = (
        "my aims for the spring placement (Feb–Apr)\n\n1) Be the student the team asks for\n"
        "- get 8 of 10 competencies signed off by week 9\n- mentor feedback once a fortnight\n"
    )
    zh = "Q2目标——思远\nO1 成为组里最靠谱的新人\n1. 代码评审一次通过率从60%提升到85%\n"
    assert owners(en) == ["pass", "pass"]
    assert owners(zh) == ["pass"]


@pytest.mark.parametrize(
    "title",
    [
        "Q3 OKRs — Platform team",
        "Q3 goals — Sales",
        "Customer Success: H2 goals",
        "North Region — Q3 OKRs",
        "Q3目标——客服部",
        "2025年Q3 OKR —— 华东大区",
        "Q3目标——市场",
        "我们这个季度的目标",
        "my goals for the support team",
    ],
)
def test_a_team_or_a_place_in_the_title_is_no_person(title: str) -> None:
    assert not heading_owner_name(title)


# --- 6404: a review's grades after the owner's bracket -------------------------------------------

_GRADED = [
    "First reply under 2 hours for 90% of tickets (Priya) — self 0.6, manager 0.5",
    "CSAT from 82% to 90% (Tomás) - self: 0.7 / mgr: 0.6",
    "Help-centre views from 10k to 25k (Ana) — self 0.4",
    "Renewals at 95% (Kofi) – 0.7 self, 0.6 lead",
    "复购率从20%提升到30%（王芳）—— 自评0.6，上级0.5",
]


@pytest.mark.parametrize("line", _GRADED)
def test_the_owner_before_a_review_grade(line: str) -> None:
    text = f"Support team — Q2 review\nObjective: Make every customer feel heard\n- {line}\n"
    assert owners(text) == ["pass"]


def test_a_grade_alone_names_no_owner() -> None:
    text = (
        "Support team — Q2 review\nObjective: Make every customer feel heard\n"
        "- Reopened tickets under 5% — self 0.6, manager 0.5\n"
    )
    assert owners(text) == ["fail"]

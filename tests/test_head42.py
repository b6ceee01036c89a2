"""head42 (issue 8, forty-second round): headings, owners, deadlines and nested lists.

Every wording here was written for this file; see docs/principles.md decisions 6120-6126.
"""

from __future__ import annotations

import pytest

from coach import review
from coach.facts.owner import find_owner, heading_owner_name
from coach.facts.timeframes import heading_month, objective_month
from tests.test_dl38 import NO_MODEL, _status

EN_KRS = "\nKR1: Daily footfall from 140 to 200\nKR2: Loyalty sign-ups reach 300"


# Decision 6121: a short heading naming a month is the set's window; its end is the key
# results' deadline.
@pytest.mark.parametrize(
    "heading",
    [
        "Nov push",
        "Dec drive – toy shop",
        "Jan sprint - Support desk",
        "Feb blitz: admissions office",
        "Oct focus",
        "Aug plan for the summer camp",
        "November ward priorities",
        "Sept clean-up – finance team",
        "Apr targets",
        "July fundraising drive",
        "March focus",
        "May push — garden centre",
    ],
)
def test_a_month_heading_times_the_key_results(heading: str) -> None:
    text = heading + "\nObjective: Make the shop the first stop on the high street" + EN_KRS
    assert heading_month(heading), heading
    assert _status(text, "o1.kr1", "kr-no-deadline") == "pass", heading
    assert _status(text, "o1", "objective-no-timeframe") == "pass", heading


@pytest.mark.parametrize(
    "heading",
    [
        "November review",
        "Lessons from the October launch",
        "Jan's goals",
        "June — my goals",
        "Since March – support desk",
        "May the best crew win",
        "March on, volunteers",
        "March them to the final",
        "The warehouse crew",
    ],
)
def test_a_heading_that_looks_back_or_names_a_person_gives_no_month(heading: str) -> None:
    assert not heading_month(heading), heading


# Decision 6121: an objective naming its month gives the set's window.
@pytest.mark.parametrize(
    "objective",
    [
        "Make this our strongest December ever at the toy shop",
        "Make October the month the pantry never runs dry",
        "Land our best-ever August for camp bookings",
        "Holiday rush: the smoothest December the depot has run",
        "Fill every bed at the hostel in July",
        "Get the new intake settled by the end of September",
        "Run the busiest February the ski hire has seen",
        "Our best May ever at the farm shop",
        "A calm January on the children's ward",
        "Make November the month every volunteer comes back",
    ],
)
def test_an_objective_naming_its_month_times_its_key_results(objective: str) -> None:
    assert objective_month(objective), objective
    text = "Objective: " + objective + EN_KRS
    assert _status(text, "o1", "objective-no-timeframe") == "pass", objective
    assert _status(text, "o1.kr2", "kr-no-deadline") == "pass", objective


@pytest.mark.parametrize(
    "objective",
    [
        "We may grow the volunteer base",
        "March the squad to the regional final",
        "Beat last December's takings",
        "Win back the customers we lost since October",
        "Keep sales above the November average",
        "Open every Saturday, not only on the first Sunday",
    ],
)
def test_a_modal_a_verb_or_a_past_month_gives_no_window(objective: str) -> None:
    assert not objective_month(objective), objective
    text = "Objective: " + objective + EN_KRS
    assert _status(text, "o1.kr1", "kr-no-deadline") == "fail", objective


# Decision 6120: a crew (队) heading the set owns none of its key results; a crew in a key
# result's bracket owns it as a group does; "王队" (Captain Wang) is still a person.
@pytest.mark.parametrize(
    "heading",
    [
        "车队 2027年上半年工作目标",
        "马队 2027年Q3计划",
        "维修队 2027年下半年计划",
        "钱塘车队 Q3目标",
        "车管科 2027年工作目标",
    ],
)
def test_a_crew_heading_owns_no_key_result(heading: str) -> None:
    text = heading + "\n一、让设备少停机\n1. 设备故障停机时间从每月40小时降到15小时"
    assert not heading_owner_name(heading), heading
    assert _status(text, "o1.kr1", "kr-no-owner") == "fail", heading


@pytest.mark.parametrize("who", ["王队", "刑侦队 王队", "车队", "维修队", "张科"])
def test_a_captain_or_a_crew_in_the_bracket_owns(who: str) -> None:
    assert find_owner(f"盗窃案件从每月30起降到15起（{who}）") is not None, who


@pytest.mark.parametrize("who", ["团队", "排队"])
def test_the_word_team_alone_owns_nothing(who: str) -> None:
    assert find_owner(f"提高35%的社交媒体互动量 [{who}]") is None, who


def test_a_role_heading_still_owns() -> None:
    assert heading_owner_name("华东二区 督导OKR 2027Q3") == "督导"
    assert heading_owner_name("王队 2027年目标") == "王队"


# Decision 6122: a grade or a field's letters before a Chinese post.
@pytest.mark.parametrize(
    "who",
    [
        "高级审计师 许倩",
        "IT审计 何斌",
        "首席设计师 苏然",
        "资深会计 钱多多",
        "QA工程师 林静",
        "中级会计 吴可",
    ],
)
def test_a_graded_post_and_its_holder_own(who: str) -> None:
    assert find_owner(f"月结天数从8天缩短到4天（{who}）") is not None, who


@pytest.mark.parametrize("who", ["高级 苏然", "中级职称 三人", "高级版 上线", "初级 会计"])
def test_a_grade_with_no_post_or_no_holder_owns_nothing(who: str) -> None:
    assert find_owner(f"月结天数从8天缩短到4天（{who}）") is None, who


# Decision 6123: a police or civic rank before a surname.
@pytest.mark.parametrize(
    "tail",
    [
        "(PC Okonjo)",
        "(DC Varma)",
        "(DS Achterberg)",
        "(PCSO Begum)",
        "(DCI Ferreira)",
        "(Insp. Mensah)",
        "(Det Sgt Clarke)",
        "(Cllr Hughes)",
        "(Detective Sergeant Lowe)",
        "— PC Adeyemi",
    ],
)
def test_a_rank_before_a_surname_owns(tail: str) -> None:
    text = "Objective: Make the estate feel safe\nKR1: Run 6 school talks on road safety " + tail
    assert _status(text, "o1.kr1", "kr-no-owner") == "pass", tail


@pytest.mark.parametrize("tail", ["(PC Refresh)", "(DS Build)", "(PC)", "(DC)", "(Insp.)"])
def test_a_rank_before_a_verb_or_alone_owns_nothing(tail: str) -> None:
    text = "Objective: Make the estate feel safe\nKR1: Replace 40 laptops " + tail
    assert _status(text, "o1.kr1", "kr-no-owner") == "fail", tail


# Decision 6124: one known given name vouches for the other capitalised word after the dash.
@pytest.mark.parametrize(
    "pair", ["Jo & Kemal", "Kemal & Jo", "Ruth and Oyelaran", "Tom + Zbigniew", "Nadia & Ifeoma"]
)
def test_a_pair_with_one_known_name_owns(pair: str) -> None:
    text = "Objective: Make the ward calmer\nKR1: Run 3 activities every day — " + pair
    assert _status(text, "o1.kr1", "kr-no-owner") == "pass", pair


@pytest.mark.parametrize(
    "pair",
    ["Sales & Marketing", "Days & Nights", "Monday & Friday", "Kemal & Oyelaran", "Jo & 3pm"],
)
def test_a_pair_with_no_known_name_or_a_day_owns_nothing(pair: str) -> None:
    text = "Objective: Make the ward calmer\nKR1: Run 3 activities every day — " + pair
    assert _status(text, "o1.kr1", "kr-no-owner") == "fail", pair


# Decision 6126: a business partner's title with the part of the business after the dash.
@pytest.mark.parametrize(
    "title",
    [
        "Finance BP – Retail division OKRs Q3",
        "HRBP — Q3 OKRs",
        "People business partner – Stores OKRs 2027",
        "Store manager — North region goals",
        "Charge nurse – Ward 7 OKRs",
    ],
)
def test_a_post_heading_with_its_scope_owns(title: str) -> None:
    assert heading_owner_name(title), title


@pytest.mark.parametrize(
    "title",
    ["Sales – Retail division OKRs", "Growth team – Q3 OKRs", "Warehouse – North site goals"],
)
def test_a_unit_heading_with_its_scope_owns_nothing(title: str) -> None:
    assert not heading_owner_name(title), title


# Decision 6125: a name in title case, a dash and a school term title the set; the numbered
# objectives and their lettered key results below it parse as such.
def _kinds(text: str) -> list[tuple[str, int]]:
    rep = review(text, config=NO_MODEL)
    return [(o.text, len(o.key_results)) for o in rep.objectives]


@pytest.mark.parametrize(
    "title",
    [
        "PE & Sport – Summer term 2027",
        "Music & Drama – Autumn term",
        "Maths and Science – Spring term 2028",
        "Year 9 & Year 10 – Term 2",
        "Choir & Orchestra | autumn semester",
        "Riverside Primary – PE & Sport – Summer term",
        "Music & Drama — Autumn half-term 1",
    ],
)
def test_a_term_title_over_numbered_objectives_and_lettered_key_results(title: str) -> None:
    text = (
        title + "\n\n1) Get every pupil confident on stage before the summer show\n"
        "   a. Pupils who perform solo from 20% to 50% (Ms Reyes)\n"
        "   b. Run 2 open rehearsals for parents\n"
        "2) More pupils in clubs\n"
        "   a. Club sign-ups from 80 to 140\n"
        "   b. Less waiting for the music rooms\n"
    )
    assert _kinds(text) == [
        ("Get every pupil confident on stage before the summer show", 2),
        ("More pupils in clubs", 2),
    ], title


@pytest.mark.parametrize(
    "line",
    [
        "Win the county cup – summer term",
        "Happier pupils – summer term",
        "Get every child swimming – summer term 2027",
    ],
)
def test_an_objective_with_its_term_stays_the_objective(line: str) -> None:
    text = line + "\na. Win 8 of 10 league games\nb. Squad fitness test average from 12 to 15\n"
    assert _kinds(text) == [(line, 2)], line


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Owner: June", True),
        ("Prepared by April", True),
        ("April Jones — Q3 priorities", True),
        ("Make June Carter proud of the festival", False),
        ("Thank the volunteers with May", False),
    ],
)
def test_a_month_word_that_names_a_person_gives_no_window(line: str, heading: bool) -> None:
    assert not (heading_month(line) if heading else objective_month(line)), line

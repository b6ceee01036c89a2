"""English pages exported from tools and pasted, nineteenth round (decisions 1640-1648): key
results with no objective, headings that name key results, tracker fields after an item, and the
kind of an unlabelled line read from its wording where the layout does not say. Every page here is
in its own wording (not the probe pages' nor a real page's); each positive test failed on main
(cf15b3d). The guards keep what the readings must not take."""

from __future__ import annotations

import pytest

from coach.errors import InputError
from coach.parse import parse_text as parse


def shape(text: str) -> list[tuple[str, list[str]]]:
    return [(o.text, [k.text for k in o.key_results]) for o in parse(text).objectives]


# Decision 1640: key results under their heading, no objective: refused with a clear error that
# says what was found, never the first key result read as the objective.
@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Key results:\n1. Lift weekly active teams from 320 to 500\n2. Cut onboarding "
            "calls from 4 to 2 per account\n3. Bring the churn rate under 3%\n",
            3,
        ),
        ("## Key Results\n\n- Answer 90% of chats within 2 minutes\n- Keep CSAT above 4.5\n", 2),
        ("KPIs:\n• Grow paid seats from 1,200 to 2,000\n• Hold gross margin at 70%\n", 2),
        ("Platform team\n\nHow we'll know:\n- Deploys take under 10 minutes\n- 99.9% uptime\n", 2),
        ("关键结果：\n1. 月活从 3 万提升到 5 万\n2. 次月留存从 20% 提升到 30%\n", 2),
    ],
)
def test_key_results_with_no_objective_are_refused_saying_what_was_found(
    text: str, count: int
) -> None:
    with pytest.raises(InputError) as e:
        parse(text)
    assert e.value.code == "no_objective"
    assert f"{count} key results but no objective" in e.value.messages["en"]
    assert f"找到了 {count} 个关键结果，但没有目标" in e.value.messages["zh"]


# Decision 1640: a sentence above the heading that states the goal is the objective.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our focus for the spring term is to make every new tutor confident by week two.\n\n"
            "Key results:\n- Tutor confidence rating from 3.1 to 4.2\n- 95% of tutors finish "
            "the induction module\n",
            [
                (
                    "make every new tutor confident by week two",
                    [
                        "Tutor confidence rating from 3.1 to 4.2",
                        "95% of tutors finish the induction module",
                    ],
                )
            ],
        ),
        (
            "We want riders to trust the app at night.\n\nMeasures of success:\n1. Night-time "
            "trip rating from 4.1 to 4.6\n2. Safety reports down from 30 to 10 a month\n",
            [
                (
                    "We want riders to trust the app at night",
                    [
                        "Night-time trip rating from 4.1 to 4.6",
                        "Safety reports down from 30 to 10 a month",
                    ],
                )
            ],
        ),
        (
            "WELLBEING: Staff Who Want to Stay\n\nWe listened to every team this year and heard "
            "the same thing.\n\nKey Performance Indicators\n  • Reduce turnover from 24% to 15%\n"
            "  • Raise the engagement score from 61 to 70\n",
            [
                (
                    "Staff Who Want to Stay",
                    ["Reduce turnover from 24% to 15%", "Raise the engagement score from 61 to 70"],
                )
            ],
        ),
    ],
)
def test_a_goal_above_key_results_is_their_objective(text: str, expected: list) -> None:
    assert shape(text) == expected


# Decision 1643: headings that name key results work like "Key results": the short plain line
# above them is the objective (decision 731), never the heading.
@pytest.mark.parametrize(
    "heading",
    [
        "Measures of success:",
        "Success measures",
        "How we will know:",
        "How I'll measure it:",
        "KPIs:",
        "Key Performance Indicators",
    ],
)
def test_headings_that_name_key_results(heading: str) -> None:
    text = (
        f"Make the library a place teens choose\n\n{heading}\n"
        "- Teen visits from 400 to 700 a month\n- 12 teen-led events by June\n"
    )
    assert shape(text) == [
        (
            "Make the library a place teens choose",
            ["Teen visits from 400 to 700 a month", "12 teen-led events by June"],
        )
    ]


def test_kpi_alone_on_an_okr_vs_kpi_page_is_no_heading() -> None:
    text = "KPI\n\nOn-time delivery 96%\n\nOKR\nO: Make every delivery one customers brag about\nKR1: Complaints from 40 to 10 a month\n"
    assert shape(text)[-1] == (
        "Make every delivery one customers brag about",
        ["Complaints from 40 to 10 a month"],
    )


# Decision 1641: tracker fields and scores after the wording are not wording.
def test_tracker_fields_and_scores_are_cut_off() -> None:
    text = (
        "Objective: Make billing boring — 0.6\n"
        "- Cut invoice disputes from 40 to 10 a month — 0.7 — nearly there, 14 in June\n"
        "- Move every customer to card payments | Owner: Rosa Diaz | 80% complete\n"
        "- Close the books in 4 days [done]\n"
        "- Refund within 48 hours — 0.4 🟡 at risk\n"
    )
    draft = parse(text)
    o = draft.objectives[0]
    assert o.text == "Make billing boring"
    assert [k.text for k in o.key_results] == [
        "Cut invoice disputes from 40 to 10 a month",
        "Move every customer to card payments",
        "Close the books in 4 days",
        "Refund within 48 hours",
    ]
    assert o.key_results[1].extra["given"]["owner"] == "Rosa Diaz"
    assert o.key_results[0].extra["given"]["score"] == 0.7


def test_a_tools_kind_column_joined_by_a_middle_dot_is_the_label() -> None:
    text = (
        "Objective · Win back lapsed donors · Owner: Femi · Progress 35% · Behind\n"
        "  Key result · Re-activate 400 lapsed donors · Owner: Ines · Progress 50%\n"
        "  Key result · Raise the average gift from £18 to £25 · Progress 20% · At risk\n"
    )
    assert shape(text) == [
        (
            "Win back lapsed donors",
            ["Re-activate 400 lapsed donors", "Raise the average gift from £18 to £25"],
        )
    ]


@pytest.mark.parametrize(
    "wording",
    [
        "Launch the beta - 500 users",  # a figure after a dash is wording
        "Cut p95 latency to 300 ms — then 200 ms",
        "Improve the Management of Assets – Evaluate the fleet by June",
    ],
)
def test_a_dash_inside_the_wording_is_kept(wording: str) -> None:
    assert (
        shape(f"Objective: Run a calmer platform\n- {wording}\n- Cut pages from 30 to 10\n")[0][1][
            0
        ]
        == wording
    )


# Decision 1644: a flat list with aspirations and measured lines.
def test_measured_lines_under_an_aspiration_in_a_flat_list_are_its_key_results() -> None:
    text = (
        "- Become the clinic parents recommend\n- Lift the review score from 4.2 to 4.7\n"
        "- Cut waiting time from 25 to 10 minutes\n- Keep our nurses\n- Reduce nurse turnover "
        "from 30% to 15%\n"
    )
    assert shape(text) == [
        (
            "Become the clinic parents recommend",
            ["Lift the review score from 4.2 to 4.7", "Cut waiting time from 25 to 10 minutes"],
        ),
        ("Keep our nurses", ["Reduce nurse turnover from 30% to 15%"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "- Delight our members\n- Grow revenue 20%\n- Hire great coaches\n",  # not every aspiration measured
        "- Grow revenue 20%\n- Open two studios\n- Keep members happy\n",  # a measured line first
        "- Delight our members\n- Hire great coaches\n- Open a studio in Leeds\n",  # one kind only
    ],
)
def test_lists_whose_kinds_do_not_pair_stay_objectives(text: str) -> None:
    assert all(not krs for _o, krs in shape(text))


# Decision 1645: measured lines indented under a numbered aspiration (a word processor's nested
# list exported without its bullets).
def test_measured_lines_indented_under_a_numbered_aspiration() -> None:
    text = (
        "1. Make the help centre the first stop\n   Self-serve rate from 35% to 60%\n"
        "   Search success from 50% to 75% by May\n2. Keep the team healthy\n   Overtime under 5 hours a month\n"
    )
    assert shape(text) == [
        (
            "Make the help centre the first stop",
            ["Self-serve rate from 35% to 60%", "Search success from 50% to 75% by May"],
        ),
        ("Keep the team healthy", ["Overtime under 5 hours a month"]),
    ]


def test_a_wrapped_line_under_an_aspiration_still_joins_it() -> None:
    assert shape("1. Win the trust of small bakeries across\n   the north by 2027\n") == [
        ("Win the trust of small bakeries across the north by 2027", [])
    ]


# Decision 1646: "Our objective … was to:" over the objective's paragraph.
def test_the_paragraph_under_an_objective_lead_in_is_the_objective() -> None:
    text = (
        "# Q3 plan\n\nOur goal this quarter is:\n\n**Give every field nurse a day back each "
        'week.**\n\nWe will track it with these key results:\n\n- <a id="k1"></a> Cut paperwork '
        "from 6 to 3 hours a week\n- 80% of visits logged on the tablet\n"
    )
    assert shape(text) == [
        (
            "Give every field nurse a day back each week.",
            ["Cut paperwork from 6 to 3 hours a week", "80% of visits logged on the tablet"],
        )
    ]


# Decision 1647: a line naming a set of goals over a list with no figures: each line a goal.
def test_a_goals_heading_over_unmeasured_lines_lists_objectives() -> None:
    text = "Our 2027 Priorities:\n- We will make every visitor feel expected.\n- We will pay our artists fairly.\n- We will open on Sundays.\n"
    assert [o for o, _k in shape(text)] == [
        "We will make every visitor feel expected.",
        "We will pay our artists fairly.",
        "We will open on Sundays.",
    ]


def test_a_goals_heading_over_measured_lines_keeps_its_reading() -> None:
    text = "Objective: Grow the festival\nGoals:\n- Sell 5,000 tickets\n- Sign 20 sponsors\n"
    assert shape(text) == [("Grow the festival", ["Sell 5,000 tickets", "Sign 20 sponsors"])]


# Decision 1648: a quoted objective, a guide's title about key results, and a lead-in naming
# key results over a flat list.
def test_a_guides_quoted_example_and_its_key_results() -> None:
    text = (
        'Example of a finance Objective:"Close every month without surprises."\n'
        "Key Results Explained\n"
        "A key result says how you will know you got there.\n"
        "Example key results for this objective:\n"
        "- Close the books in 5 working days\n- Keep adjustments under 3 a month\n"
    )
    assert shape(text) == [
        (
            "Close every month without surprises",
            ["Close the books in 5 working days", "Keep adjustments under 3 a month"],
        )
    ]


# Decision 1649: a tracker's field lines under the items and a link closing an item's wording.
def test_tracker_field_lines_and_closing_links_are_not_wording() -> None:
    text = (
        "Objective: Make refunds painless\nKey Results:\n"
        "* Refund 95% of requests within 24 hours ([report](https://bi.example.com/r/12))\n"
        "* Cut refund tickets from 900 to 300 a month (https://bi.example.com/r/13)\n"
        "* Publish the [refund policy](https://help.example.com/refunds) in 6 languages\n"
        "Sprint: 57\nReporter: Ana Lima\nLinked issues: PAY-88\n"
    )
    assert shape(text) == [
        (
            "Make refunds painless",
            [
                "Refund 95% of requests within 24 hours",
                "Cut refund tickets from 900 to 300 a month",
                "Publish the [refund policy](https://help.example.com/refunds) in 6 languages",
            ],
        )
    ]


# Decision 1650: a remark under the list and a table pasted one cell a line are no items.
def test_a_remark_and_a_flattened_table_under_the_list_are_no_items() -> None:
    text = (
        "Objective: Make the clinic easy to reach\n- Answer 90% of calls within 1 minute\n"
        "- Cut no-shows from 12% to 6%\n\nWhat we learned: the phone queue matters more than the web form.\n\n"
        "Owners\nKey result\nOwner\nDue\nKR1\nBea\n31 Mar\n"
    )
    assert shape(text) == [
        (
            "Make the clinic easy to reach",
            ["Answer 90% of calls within 1 minute", "Cut no-shows from 12% to 6%"],
        )
    ]


def test_a_labelled_key_result_after_a_blank_line_stays() -> None:
    text = "Objective: Make the clinic easy to reach\n- Answer 90% of calls within 1 minute\n\nKR2: Publish opening hours on every listing\n"
    assert shape(text)[0][1] == [
        "Answer 90% of calls within 1 minute",
        "Publish opening hours on every listing",
    ]


# Decision 1651: a page of plain lines only; the kinds from the wording where the line readings
# missed a line or read nothing.
@pytest.mark.parametrize(
    "text",
    [
        "**Be the bakery the street queues for**\n\nDaily loaves sold from 180 to 260\nWaste under 5% of the bake\n",
        "Be the bakery the street queues for:\nDaily loaves sold from 180 to 260\nWaste under 5% of the bake\n",
        "Be the bakery the street queues for\n\nDaily loaves sold from 180 to 260\n\nWaste under 5% of the bake\n",
    ],
)
def test_plain_lines_an_aspiration_over_measured_lines(text: str) -> None:
    assert shape(text) == [
        (
            "Be the bakery the street queues for",
            ["Daily loaves sold from 180 to 260", "Waste under 5% of the bake"],
        )
    ]


def test_plain_lines_in_paragraphs_lose_no_group() -> None:
    text = (
        "Be the bakery the street queues for\n\nDaily loaves sold from 180 to 260\n\n"
        "Waste under 5% of the bake\n\nLook after the bakers\n\nNo shift longer than 9 hours\n"
    )
    assert shape(text) == [
        (
            "Be the bakery the street queues for",
            ["Daily loaves sold from 180 to 260", "Waste under 5% of the bake"],
        ),
        ("Look after the bakers", ["No shift longer than 9 hours"]),
    ]


def test_plain_lines_that_do_not_pair_keep_their_reading() -> None:
    # an unmeasured line under the first one: the kinds do not pair, the reader stays out (the
    # line readings refuse this page, as on main)
    with pytest.raises(InputError):
        parse(
            "Be the bakery the street queues for\nOpen a second oven\nDaily loaves sold from 180 to 260\n"
        )


def test_a_lettered_flat_list_pairs_the_same_way() -> None:
    text = "A. Be the gym members bring friends to\nB. Referrals from 20 to 60 a month\nC. Trial-to-member rate from 18% to 30%\n"
    assert shape(text) == [
        (
            "Be the gym members bring friends to",
            ["Referrals from 20 to 60 a month", "Trial-to-member rate from 18% to 30%"],
        )
    ]


# Decision 1640 for Chinese heading words (parse19zh's list): 考核指标 / 具体怎么衡量 / KR：.
def test_chinese_measures_headings_with_no_objective() -> None:
    with pytest.raises(InputError) as e:
        parse("考核指标：\n1. 月活从 3 万提升到 5 万\n2. 次月留存从 20% 提升到 30%\n")
    assert "找到了 2 个关键结果，但没有目标" in e.value.messages["zh"]
    assert shape(
        "我们的目标是让新用户留下来。\n\n具体怎么衡量：\n1. 月活从 3 万提升到 5 万\n2. 次月留存从 20% 提升到 30%\n"
    ) == [("让新用户留下来", ["月活从 3 万提升到 5 万", "次月留存从 20% 提升到 30%"])]
    assert shape(
        "目标：让新用户留下来\n考核指标：\n1. 月活从 3 万提升到 5 万\n2. 次月留存从 20% 提升到 30%\n"
    ) == [("让新用户留下来", ["月活从 3 万提升到 5 万", "次月留存从 20% 提升到 30%"])]


def test_a_lead_in_naming_key_results_is_no_item() -> None:
    with pytest.raises(InputError) as e:
        parse(
            "Our key results for the spring:\n- Bookings from 300 to 420 a week\n- No-shows under 4%\n"
        )
    assert "2 key results but no objective" in e.value.messages["en"]
    text = "Objective: Fill the spring calendar\nOur key results for the spring:\n- Bookings from 300 to 420 a week\n- No-shows under 4%\n"
    assert shape(text) == [
        ("Fill the spring calendar", ["Bookings from 300 to 420 a week", "No-shows under 4%"])
    ]


# Decision 1652: the mixed-list kind reader (decision 1644) on a to-do export's boxes and on
# aspirations that close with a colon over their measured lines.
@pytest.mark.parametrize(
    "text",
    [
        "- [ ] Turn the library into the town's living room\n- [ ] Evening visits from 40 to 90 a week\n"
        "- [x] Loans per member from 6 to 9 a year\n- [ ] Give volunteers a reason to stay\n"
        "- [ ] Volunteer turnover under 20%\n",
        "* [ ] Turn the library into the town's living room\n* [ ] Evening visits from 40 to 90 a week\n"
        "* [ ] Loans per member from 6 to 9 a year\n* [X] Give volunteers a reason to stay\n"
        "* [ ] Volunteer turnover under 20%\n",
        "- Turn the library into the town's living room:\n- Evening visits from 40 to 90 a week\n"
        "- Loans per member from 6 to 9 a year\n- Give volunteers a reason to stay:\n"
        "- Volunteer turnover under 20%\n",
    ],
)
def test_boxes_and_closing_colons_pair_aspirations_and_measured_lines(text: str) -> None:
    assert shape(text) == [
        (
            "Turn the library into the town's living room",
            ["Evening visits from 40 to 90 a week", "Loans per member from 6 to 9 a year"],
        ),
        ("Give volunteers a reason to stay", ["Volunteer turnover under 20%"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # boxes of one kind, and boxes whose aspiration has no measured line under it
        "- [ ] Repaint the reading room\n- [ ] Open on Sunday afternoons\n- [x] Start a teen book club\n",
        "- [ ] Turn the library into a living room\n- [ ] Evening visits from 40 to 90\n"
        "- [ ] Loans per member from 6 to 9\n- [ ] Repaint the reading room\n",
    ],
)
def test_boxes_whose_kinds_do_not_pair_stay_objectives(text: str) -> None:
    assert all(not krs for _o, krs in shape(text))


def test_a_colon_closing_an_unpaired_line_stays() -> None:
    # the list does not pair (a measured line first): the reader stays out, the wording stays
    text = "- Evening visits from 40 to 90 a week\n- Make it cosy:\n- Open on Sundays\n"
    assert "Make it cosy:" in [o for o, _k in shape(text)]


# Decision 1650 bounded: a lead-in naming key results that quotes the objective (decision 481)
# is no bare heading; the quoted objective is the objective.
def test_a_lead_in_quoting_the_objective_keeps_the_objective() -> None:
    text = (
        "为了实现“让夜班护士按时下班”这一目标，可以设定以下关键结果：\n- 交班时间从40分钟缩短到15分钟\n"
        "- 每人每月加班少于5小时\n"
    )
    assert shape(text) == [
        ("让夜班护士按时下班", ["交班时间从40分钟缩短到15分钟", "每人每月加班少于5小时"])
    ]

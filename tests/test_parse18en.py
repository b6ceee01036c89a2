"""English guide pages, eighteenth round (decisions 1480-1487): example OKRs inside a guide's
prose, galleries, pairs, handouts and essays, and the guide's own talk around them kept as
prose. Every page here is written in its own wording (not the probe pages' nor a real page's);
each positive test failed on main (b34631c). The guards keep what the readings must not take."""

from __future__ import annotations

import pytest

from coach.errors import InputError
from coach.parse import parse_text as parse


def shape(text: str) -> list[tuple[str, list[str]]]:
    return [(o.text, [k.text for k in o.key_results]) for o in parse(text).objectives]


# Decision 1480: examples quoted inside sentences; the kind from the sentence, the paragraph's
# definition, or the question above.
QUOTED = [
    (
        "## Objectives\n\nAn objective names where the team wants to be. For instance, "
        '"Make our app the calmest way to budget" or "Win back the trust of small landlords". '
        "Keep it free of numbers.\n\n## Key results\n\nA key result tells you whether you got "
        "there, for example 'Raise 30-day retention from 41% to 55%' or 'Cut refund requests to "
        "under 2% of orders'.\n",
        [
            ("Make our app the calmest way to budget", []),
            (
                "Win back the trust of small landlords",
                [
                    "Raise 30-day retention from 41% to 55%",
                    "Cut refund requests to under 2% of orders",
                ],
            ),
        ],
    ),
    (
        "Q: What does a good objective look like?\nA: Short and vivid. “Turn first-time visitors "
        "into regulars” works; so does “Be the clinic parents trust most”.\n\nQ: And a key "
        "result?\nA: Something you can count by the deadline: “Book 2,000 repeat visits by "
        "June 30” is one.\n",
        [
            ("Turn first-time visitors into regulars", []),
            ("Be the clinic parents trust most", ["Book 2,000 repeat visits by June 30"]),
        ],
    ),
    (
        "Writing OKRs for a library\n\nSay the library's objective is \"Make the branch the "
        'heart of the neighbourhood". Its key results could be "Grow monthly visits from 3,000 '
        'to 4,500" and "Sign up 600 new card holders by December".\n',
        [
            (
                "Make the branch the heart of the neighbourhood",  # (quotes not kept)
                [
                    "Grow monthly visits from 3,000 to 4,500",
                    "Sign up 600 new card holders by December",
                ],
            )
        ],
    ),
    (
        "Take a design team. One objective it might pick is 'Ship interfaces people never need "
        "help with'. A matching key result: 'Drop help-button clicks per session from 0.8 to "
        "0.3'.\n",
        [
            (
                "Ship interfaces people never need help with",
                ["Drop help-button clicks per session from 0.8 to 0.3"],
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), QUOTED)
def test_quoted_examples_in_prose(text: str, want: list[tuple[str, list[str]]]) -> None:
    assert shape(text) == want


def test_objective_could_be_without_quotes() -> None:
    text = (
        "Volunteer groups can use OKRs too. For example, an objective could be doubling the "
        "number of families we tutor before the summer break.\n"
    )
    assert shape(text) == [("doubling the number of families we tutor before the summer break", [])]


def test_a_task_named_with_its_kind_in_the_question_above() -> None:
    text = (
        "Q: Is an objective the same as a project?\nA: No. 'Finish the rebrand' is a project; "
        "'Make our brand instantly recognisable to dog owners' is an objective.\n"
    )
    # both quotes speak of objectives: the sentence names the kind of the nearer one
    assert [o for o, _ in shape(text)] == [
        "Finish the rebrand",
        "Make our brand instantly recognisable to dog owners",
    ]


# Decision 1481: 'Kind: "quoted objective"' over plain key-result lines.
def test_gallery_of_labelled_quotes() -> None:
    text = (
        "What OKRs look like in different shops:\n\n"
        'Coffee roaster: "Become the roaster cafés ask for by name"\n'
        "Sign 25 new wholesale cafés\n"
        "Lift repeat orders from 60% to 75%\n\n"
        'School: "Make reading the best part of the day"\n'
        "Raise the share of pupils reading daily at home from 40% to 65%\n"
        "Lend 5,000 books over the term\n"
    )
    assert shape(text) == [
        (
            "Become the roaster cafés ask for by name",
            ["Sign 25 new wholesale cafés", "Lift repeat orders from 60% to 75%"],
        ),
        (
            "Make reading the best part of the day",
            [
                "Raise the share of pupils reading daily at home from 40% to 65%",
                "Lend 5,000 books over the term",
            ],
        ),
    ]


# Decision 1482: an objective told at a sentence's end; key results as lines between remarks.
def test_told_objective_with_heading_key_results() -> None:
    text = (
        "Every January I pick one objective for the whole team: Ship fewer things, better.\n\n"
        "This year we agreed on the following key results:\n\n"
        "KR #1: Cut the number of open projects from 14 to 6\n\n"
        "Fewer projects means fewer handoffs. That was the whole idea.\n\n"
        "KR #2: Raise the share of releases with zero rollbacks to 95%\n\n"
        "We tracked this on the wall by the kitchen.\n"
    )
    assert shape(text) == [
        (
            "Ship fewer things, better",
            [
                "Cut the number of open projects from 14 to 6",
                "Raise the share of releases with zero rollbacks to 95%",
            ],
        )
    ]


def test_told_objective_with_bare_heading_lines() -> None:
    text = (
        "My own quarter always starts with a personal objective: Become a calmer manager.\n\n"
        "For the spring I chose these key results:\n\n"
        "Hold 1:1s with all 7 reports every two weeks\n\n"
        "I used to cancel them when things got busy.\n\n"
        "Get my team's survey score on feedback from 3.2 to 4.0\n\n"
        "The survey runs in May.\n"
    )
    assert shape(text) == [
        (
            "Become a calmer manager",
            [
                "Hold 1:1s with all 7 reports every two weeks",
                "Get my team's survey score on feedback from 3.2 to 4.0",
            ],
        )
    ]


# Decision 1483: Bad / Better pairs take the kind the page speaks of above them.
def test_weak_strong_objective_pairs() -> None:
    text = (
        "Objectives people remember\n\nA strong objective says where you are going.\n\n"
        "Weak: Do marketing better\nStrong: Become the name every new parent in town knows\n\n"
        "Before: Fix the website\nAfter: Make booking online easier than calling us\n"
    )
    assert [o for o, _ in shape(text)] == [
        "Do marketing better",
        "Become the name every new parent in town knows",
        "Fix the website",
        "Make booking online easier than calling us",
    ]


def test_key_result_pairs_alone_are_a_clear_error() -> None:
    # key results with no objective anywhere: refused with the usual message, never read as
    # objectives
    text = (
        "Key results need numbers.\n\nBad: Improve response times\n"
        "Better: Answer 90% of chats within 2 minutes\n"
    )
    with pytest.raises(InputError):
        parse(text)


# Decision 1484: emphasised examples with a remark each, under a lead-in that names their kind.
def test_emphasised_examples_under_a_lead_in() -> None:
    text = (
        "Spot the problem in each of these objectives:\n"
        "- **Grow MRR**: a number, not a direction\n"
        "- **Be better**: better at what?\n"
        "- **Migrate to the new CRM**: a project with an end date\n"
    )
    assert [o for o, _ in shape(text)] == ["Grow MRR", "Be better", "Migrate to the new CRM"]


# Decision 1485: tables with an Example column.
def test_table_with_example_column() -> None:
    text = (
        "| Term | Meaning | Example |\n|---|---|---|\n"
        "| Objective | The direction | Make our trains the ones commuters choose |\n"
        "| Key result | The proof | Lift on-time arrivals from 88% to 96% |\n"
    )
    assert shape(text) == [
        ("Make our trains the ones commuters choose", ["Lift on-time arrivals from 88% to 96%"])
    ]


def test_table_with_example_objective_and_key_result_columns() -> None:
    text = (
        "| Team | Example objective | Example key result |\n|---|---|---|\n"
        "| Support | Make help feel instant | Answer 80% of tickets within 1 hour |\n"
        "| Finance | Make spending easy to see | Publish the budget dashboard to 100% of managers |\n"
    )
    assert shape(text) == [
        ("Make help feel instant", ["Answer 80% of tickets within 1 hour"]),
        ("Make spending easy to see", ["Publish the budget dashboard to 100% of managers"]),
    ]


# Decisions 1486-1487: the guide's own talk stays prose; a template's blank is one item.
def test_advice_list_and_remark_line_stay_prose() -> None:
    text = (
        "Objective: Make our night shift the safest in the region\n"
        "- Bring recordable injuries from 9 to 3\n"
        "- Train 100% of night leads in first aid\n"
        "What makes this work: the objective gives a direction, and each key result can be "
        "checked.\n\n"
        "## Tips for your own set\n"
        "- Give every key result one owner.\n"
        "- Look at the objective again after 6 weeks.\n"
    )
    assert shape(text) == [
        (
            "Make our night shift the safest in the region",
            ["Bring recordable injuries from 9 to 3", "Train 100% of night leads in first aid"],
        )
    ]


def test_template_blank_with_a_colon_is_one_objective() -> None:
    text = "Objective: [your objective: short, bold]\nKR1: [metric] from [X] to [Y]\nKR2: [metric] from [X] to [Y]\n"
    assert [o for o, _ in shape(text)] == ["[your objective: short, bold]"]


# Guards: what the readings leave alone.
def test_method_talk_is_no_example() -> None:
    text = (
        'Q: What is an objective?\nA: A direction, such as "Make our clinic easy to book".\n\n'
        "Q: How many key results?\nA: Most teams set 3 to 5 key results per objective.\n"
    )
    assert shape(text) == [("Make our clinic easy to book", [])]


def test_quoted_words_in_a_labelled_item_stay_its_wording() -> None:
    text = (
        'Objective: Earn "most trusted" status among local retailers by Q4\n'
        "- KR1: Win 40 new retail accounts\n"
    )
    assert shape(text) == [
        ('Earn "most trusted" status among local retailers by Q4', ["Win 40 new retail accounts"])
    ]


def test_commentary_quote_on_a_structured_page_stays_prose() -> None:
    text = (
        "Objective: Make our webinars worth attending\n"
        "- Grow attendance from 120 to 300 per session\n"
        "- Lift post-webinar demo requests to 40 a month\n\n"
        'Notice that neither key result says "host more webinars"; hosting is the work.\n'
    )
    assert shape(text) == [
        (
            "Make our webinars worth attending",
            [
                "Grow attendance from 120 to 300 per session",
                "Lift post-webinar demo requests to 40 a month",
            ],
        )
    ]


def test_a_term_in_quotes_is_no_example() -> None:
    text = (
        'Some teams call these "stretch goals" and others "moonshots".\n\n'
        "Objective: Be the first name in bike repair\n- Reach 500 five-star reviews\n"
    )
    assert shape(text) == [("Be the first name in bike repair", ["Reach 500 five-star reviews"])]


def test_chinese_pages_are_not_read_here() -> None:
    from coach.parse_guide_en import guide_examples

    text = '例如，目标可以是"Make our clinic easy to book"。\n'
    assert guide_examples(text, []) is None


def test_key_objectives_right_after_an_objective_are_its_pieces() -> None:
    text = (
        "Clubs can set OKRs as well. For example, an objective could be growing our junior "
        "section before the autumn league.\n\n"
        'Your key objectives might look like "40 new junior members" or "a taster session '
        'every Saturday until September".\n'
    )
    assert shape(text) == [
        (
            "growing our junior section before the autumn league",
            ["40 new junior members", "a taster session every Saturday until September"],
        )
    ]


def test_key_objectives_alone_are_not_guessed() -> None:
    text = 'Our key objectives this year are "Grow the club" and "Win the county cup".\n'
    from coach.parse_guide_en import guide_examples

    assert guide_examples(text, []) is None


# Decision 1488: empty labels closing a guide page are a form to fill.
@pytest.mark.parametrize(
    "tail",
    [
        "Now try your own.\n\nObjective:\n\nKey results:\n",
        "Your objective:\nYour key results:\n1.\n2.\n3.\n",
    ],
)
def test_blank_form_at_the_page_end_is_no_item(tail: str) -> None:
    text = (
        "Objective: Make our bakery the first stop on Saturday mornings\n- Sell 400 loaves by 10 am\n\n"
        + tail
    )
    assert shape(text) == [
        ("Make our bakery the first stop on Saturday mornings", ["Sell 400 loaves by 10 am"])
    ]


def test_a_numbered_empty_key_result_stays_an_unwritten_row() -> None:
    text = "Objective: Make our bakery the first stop on Saturday mornings\nKR1: Sell 400 loaves by 10 am\nKR2:\n"
    assert shape(text) == [
        ("Make our bakery the first stop on Saturday mornings", ["Sell 400 loaves by 10 am", ""])
    ]


def test_quoted_bullets_under_an_examples_lead_in() -> None:
    text = (
        "Examples of strong objectives:\n"
        '- "Make every delivery arrive when we said"\n'
        "- “Be the repair shop people recommend to friends”\n"
    )
    assert shape(text) == [
        ("Make every delivery arrive when we said", []),
        ("Be the repair shop people recommend to friends", []),
    ]


def test_plain_bold_key_results_under_a_label_stay_the_line_readings() -> None:
    text = "Objective: Make every delivery arrive when we said\nKey results:\n- **Raise on-time rate to 97%**\n- **Cut missed slots from 40 to 10 a week**\n"
    assert shape(text)[0][1] == [
        "Raise on-time rate to 97%",
        "Cut missed slots from 40 to 10 a week",
    ]


def test_an_example_in_brackets_after_e_g() -> None:
    text = (
        "An objective (e.g. 'Make our stores the friendliest on the high street') sets the "
        "direction. A key result (e.g. 'Lift mystery-shopper scores from 71 to 85') proves it.\n"
    )
    assert shape(text) == [
        (
            "Make our stores the friendliest on the high street",
            ["Lift mystery-shopper scores from 71 to 85"],
        )
    ]


# Decision 1489: bold words, a dash and a remark: the bold words are the item.
def test_bold_key_result_with_a_dashed_remark() -> None:
    text = (
        "**Objective:** Make our clinic easy to reach by phone\n\n**Key results:**\n\n"
        "1. **Answer 90% of calls within 60 seconds** — today it is 52%.\n"
        "2. **Get the voicemail call-back time under 2 hours** – measured weekly by the desk lead.\n"
    )
    assert shape(text) == [
        (
            "Make our clinic easy to reach by phone",
            [
                "Answer 90% of calls within 60 seconds",
                "Get the voicemail call-back time under 2 hours",
            ],
        )
    ]


def test_a_bold_owner_before_a_dash_stays_in_the_wording() -> None:
    text = "Objective: Make our clinic easy to reach by phone\n- **Front desk** — answer 90% of calls within 60 seconds\n"
    assert len(shape(text)[0][1]) == 1
    assert "90% of calls" in shape(text)[0][1][0]


# Decision 1480 (emphasis): bold or italic words in a sentence are quoted as quotes are.
def test_bold_objective_in_a_sentence_over_a_numbered_list() -> None:
    text = (
        "This spring our objective was **Make the bus app the one riders trust**. We measured it "
        "with three key results:\n\n1. App rating from 3.1 to 4.3\n2. 60% of riders check "
        "arrival times in the app\n3. Complaints about wrong times halved\n"
    )
    got = shape(text)
    assert got[0][0] == "Make the bus app the one riders trust"
    assert len(got) == 1 and len(got[0][1]) == 3


def test_bold_labels_opening_bullets_are_no_quotes() -> None:
    text = (
        '### Objective 1: Support -- "Calmer on-call"\n\n'
        "- **Runbooks [COMMITTED]:** Write a runbook for each alert.\n"
    )
    assert [o for o, _ in shape(text)] != ["Calmer on-call", "Runbooks [COMMITTED]"]
    assert not any(o.startswith("Runbooks") for o, _ in shape(text))


# Decision 1490: a heading taken for an objective that talks about the examples is prose.
def test_example_heading_over_a_quoted_objective_is_prose() -> None:
    text = (
        '## Example 2: a warehouse team\n\nTheir objective is "Make every order leave on the day '
        'it was placed". Key results:\n\n- Same-day dispatch from 82% to 97%\n- Picking errors '
        "under 0.3%\n"
    )
    assert shape(text) == [
        (
            "Make every order leave on the day it was placed",
            ["Same-day dispatch from 82% to 97%", "Picking errors under 0.3%"],
        )
    ]


def test_pairs_of_key_results_under_a_kind_heading_are_refused_not_objectives() -> None:
    text = (
        "Sharper key results\n\n❌ Bad: Help more customers\n✅ Good: Resolve 85% of chats in "
        "one reply\n\n❌ Bad: Post more often\n✅ Good: Grow newsletter opens from 22% to 35%\n"
    )
    with pytest.raises(InputError):
        parse(text)


def test_the_lead_ins_period_bounds_the_heading_key_results() -> None:
    from coach import review

    text = (
        "Every January I pick one objective for the whole team: Ship fewer things, better.\n\n"
        "For Q3 2026 we agreed on the following key results:\n\n"
        "KR #1: Cut the number of open projects from 14 to 6\n\n"
        "Fewer projects means fewer handoffs.\n\n"
        "KR #2: Raise the share of releases with zero rollbacks to 95%\n"
    )
    rv = review(text)
    assert len(rv.objectives[0].key_results) == 2
    assert not any(
        c.rule_id == "kr-no-deadline" and c.status == "fail"
        for k in rv.objectives[0].key_results
        for c in k.checks
    )

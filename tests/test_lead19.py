"""Decisions 1570- (lead19): faults the lead met in drafts of its own, each tested here in
another wording than the draft's."""

from __future__ import annotations

from functools import partial

import pytest

from coach.config import Config
from coach.review import review

_review = partial(review, config=Config(semantic=False))


def _fails(item) -> list[str]:
    return [c.rule_id for c in item.checks if c.status == "fail"]


_SET = "{title}\nObjective: Make every family feel at home in our pool\n- Swimmers who renew their pass from 55% to 75%\n- Lessons rated 4.5 or higher by 90% of parents\n"


# -- decision 1570: a school or fiscal year across two years after "for the" is the set's
# cycle, as it is after "school year"; a named season in a title is a cycle


@pytest.mark.parametrize(
    "title",
    [
        "Swim school OKRs for the 2027/28 school year",
        "Goals for the 2027-2028 academic year",
        "Plan for the 2027–28 financial year",
        "Junior squad — winter season",
        "Coaching team goals, spring season",
    ],
)
def test_a_two_year_school_year_or_a_named_season_bounds_the_set(title):
    rv = _review(_SET.format(title=title))
    o = rv.objectives[0]
    assert "objective-no-timeframe" not in _fails(o)
    assert all("kr-no-deadline" not in _fails(k) for k in o.key_results)


@pytest.mark.parametrize("title", ["Swim school OKRs for 2027", "Goals for the 2027 budget"])
def test_a_year_alone_stays_a_horizon(title):
    rv = _review(_SET.format(title=title))
    assert "objective-no-timeframe" in _fails(rv.objectives[0])


# -- decision 1571: a numbered key result that goes on from the ones above it is their last
# one even when a blank line and the next objective's "二、目标：" follow it


def test_the_last_numbered_key_result_before_the_next_section_is_kept():
    text = (
        "一、目标：让社区里的每位老人都吃上热乎饭\n"
        "1. 助餐点覆盖率从40%提升到80%\n"
        "2. 每月走访独居老人一次\n"
        "\n"
        "二、目标：助餐点收支平衡\n"
        "1. 每餐成本从18元降到14元\n"
        "2. 月度亏损从3万元降到0\n"
    )
    o1, o2 = _review(text).objectives
    assert [k.text for k in o1.key_results] == [
        "助餐点覆盖率从40%提升到80%",
        "每月走访独居老人一次",
    ]
    assert "kr-activity-count" in _fails(o1.key_results[1])
    assert len(o2.key_results) == 2


def test_a_theme_title_over_its_labelled_objective_stays_a_theme():
    # decision 547's shape: the numbered themes of a page, not a run of key results
    text = (
        "1. The member journey\n"
        "\n"
        "• Objective: Make joining the gym feel effortless\n"
        "  • KR: Sign-up completion from 60% to 85%\n"
        "  • KR: First-week visits per new member from 1.2 to 3\n"
    )
    rv = _review(text)
    assert [o.text for o in rv.objectives] == ["Make joining the gym feel effortless"]


# -- decision 1572: an owner line under a title ("Owner: Dr. Lena Ortiz, Head of Outreach")
# is the set's owner however long it is, never an objective; "Prepared by …" without a colon is
# such a line too


@pytest.mark.parametrize(
    "meta",
    [
        "Owner: Dr. Lena Ortiz, Head of Community Outreach Programmes",
        "Prepared by Lena Ortiz, Head of Community Outreach Programmes",
    ],
)
def test_a_long_owner_line_under_a_title_is_no_objective(meta):
    text = (
        f"Museum Outreach — OKRs, Q2 2027\n{meta}\n\n"
        "1) Bring families who have never visited through our doors\n"
        "   a. First-time family visitors from 300 to 900 a month\n"
        "   b. Families who come back within 3 months from 10% to 25%\n"
        "\n"
        "2) Make school trips the best day of the term\n"
        "   a. Teachers who rebook from 50% to 70%\n"
    )
    rv = _review(text)
    assert [o.text for o in rv.objectives] == [
        "Bring families who have never visited through our doors",
        "Make school trips the best day of the term",
    ]
    assert [len(o.key_results) for o in rv.objectives] == [2, 1]


# -- decision 1573: "O1、" and "O1，" label an objective as "O1." does


@pytest.mark.parametrize("label", ["O1、", "O1，"])
def test_o_number_with_a_chinese_comma_labels_an_objective(label):
    text = f"{label}让每位来馆的读者都能找到想读的书\n  ①图书借阅量从每月3000册增加到5000册\n  ②读者满意度从85分提高到92分\n"
    rv = _review(text)
    assert [o.text for o in rv.objectives] == ["让每位来馆的读者都能找到想读的书"]
    assert len(rv.objectives[0].key_results) == 2


def test_o1_o2_in_a_sentence_is_no_label():
    text = "O1、O2两个目标都围绕读者\n目标：让每位来馆的读者都能找到想读的书\n关键结果1：借阅量从每月3000册增加到5000册\n"
    rv = _review(text)
    assert [o.text for o in rv.objectives][-1] == "让每位来馆的读者都能找到想读的书"
    assert not any(o.text.startswith("两个目标") for o in rv.objectives)

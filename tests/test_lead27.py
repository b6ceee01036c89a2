"""Lead decisions of round twenty-seven (issue 8): 1777 — opening hours, shifts and windows
written as two clock times ("8:30–5:00", "9:00-17:00") are times of day, not targets, and a colon
between two digits ends no clause. Each decision's cases failed before it; the guards keep what
must not change."""

from __future__ import annotations

import pytest

from coach import review
from coach.facts import read
from coach.facts.clauses import split_clauses

OBJ = "Be the friendliest service desk in the county in Q1"


def kr_review(kr: str, objective: str = OBJ):
    lang_zh = any("\u4e00" <= c <= "\u9fff" for c in kr)
    head = (
        "目标：让街道服务窗口成为全区口碑最好的窗口（2026年Q1）\nKR1："
        if lang_zh
        else f"Objective: {objective}\nKR1: "
    )
    r = review(f"{head}{kr}\n")
    return r, r.objectives[0].key_results[0]


def status(kr: str, rule: str) -> str:
    _, k = kr_review(kr)
    found = [c.status for c in k.checks if c.rule_id == rule]
    assert len(found) == 1, found
    return found[0]


# --- 1777: two clock times joined are opening hours, not figures --------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Keep the front desk open 8:30–5:00 every weekday",
        "Phones staffed 9:00-17:00 on Saturdays",
        "Library open 8:30 to 17:00 daily",
        "Clinic open 10:00–22:00 every day of the week",
        "Help line answered 7:00 until 19:00 all week",
        "便民热线9:00-21:00全年无休",
        "门店营业时间改为8:00至22:00",
    ],
)
def test_opening_hours_are_no_negative_phrasing(kr: str) -> None:
    assert status(kr, "kr-negative-phrasing") == "pass"


@pytest.mark.parametrize(
    "text",
    [
        "keep the front desk open 8:30–5:00 every weekday",
        "phones staffed 9:00-17:00 on saturdays",
        "热线9:00-21:00全年无休",
    ],
)
def test_clock_span_figures_are_labels(text: str) -> None:
    lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"
    facts = read(text, lang)
    figures = [q for q in facts.quantities if q.form == "digits"]
    assert figures, text
    assert all(q.role == "label" for q in figures), figures


@pytest.mark.parametrize(
    ("kr", "quoted"),
    [
        ("Phones answered 8:00-18:00 with under 1% missed calls", "Phones answered 8:00-18:00"),
        ("Calls picked up 9:00–17:00 with under 2% abandoned calls", "Calls picked up 9:00–17:00"),
    ],
)
def test_quote_keeps_the_hours(kr: str, quoted: str) -> None:
    r, _ = kr_review(kr)
    msgs = [f.message for f in r.findings if f.rule_id == "kr-negative-phrasing"]
    assert msgs and quoted in msgs[0], msgs


def test_colon_between_digits_ends_no_clause() -> None:
    text = "phones answered 8:00-18:00 with under 1% missed calls"
    assert len(split_clauses(text)) == 1
    assert len(split_clauses("nps: 45 to 60")) == 2  # a label's colon still ends a clause


# --- guards -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kr",
    [
        "Run a half marathon in under 1:45",
        "Cut complaints to 2 a month",
        "Keep the mentor ratio at 1:8 or better",
    ],
)
def test_guards_keep_their_figures(kr: str) -> None:
    _, k = kr_review(kr)
    assert k.metric is not None, kr


def test_complaints_still_negative() -> None:
    assert status("Cut complaints to 2 a month", "kr-negative-phrasing") == "fail"


@pytest.mark.parametrize(
    "kr",
    [
        "Drop my 5K time from 21:40 to 20:30 by October",
        "Bring my half-marathon time from 1:52 to 1:45",
        "5公里成绩从25:30提高到23:50",
    ],
)
def test_a_time_cut_from_to_keeps_its_figures(kr: str) -> None:
    _, k = kr_review(kr)
    assert k.metric is not None, kr
    assert status(kr, "kr-not-quantified") == "pass"


# --- 1779: a table of contents' link to a heading of the same words is no item ------------------

TOC_DRAFT = """## Contents
- [Quarterly OKRs](#quarterly-okrs)
  - [Grow the maintainer community](#objective-grow-the-maintainer-community)
  - [Make releases boring](#objective-make-releases-boring)

## Quarterly OKRs

### Objective: Grow the maintainer community
- KR1: Active maintainers from 6 to 12 by September (owner: Dana)
- KR2: Median first-review time on pull requests from 5 days to 2 (owner: Luis)

### Objective: Make releases boring
- KR1: Releases rolled back from 3 to 0 per quarter (owner: Kim)
"""


def test_contents_links_are_no_items() -> None:
    r = review(TOC_DRAFT)
    texts = [o.text for o in r.objectives]
    assert texts == ["Grow the maintainer community", "Make releases boring"], texts
    assert [len(o.key_results) for o in r.objectives] == [2, 1]


def test_an_items_own_anchor_still_reads_as_its_words() -> None:
    r = review(
        "Objective: Make releases boring in Q3\n"
        "- [Releases rolled back from 3 to 0 per quarter](#o1r1) [kimlee]\n"
        "- [Median time to release from 9 days to 2](#o1r2) [dana]\n"
    )
    krs = [k.text.strip() for k in r.objectives[0].key_results]
    assert len(krs) == 2 and krs[0].startswith("Releases rolled back"), krs


# --- 1790: going into the team's own premises is a move, work -------------------------------------


@pytest.mark.parametrize(
    "kr", ["入驻新办公楼", "团队进驻新园区", "6月底前搬入新厂房", "进入新办公楼"]
)
def test_moving_into_own_premises_is_work(kr: str) -> None:
    assert status(kr, "kr-is-task") == "fail"


@pytest.mark.parametrize(
    "kr", ["新品入驻8家连锁药店", "产品进入10家新超市", "引入10家设计合作伙伴"]
)
def test_placements_and_partners_stay_won(kr: str) -> None:
    assert status(kr, "kr-is-task") == "pass"


def test_a_short_anchor_tail_is_no_heading() -> None:
    r = review("Objective: Grow the community in Q3\n- [Grow members to 1](#kr-1) [dana]\n")
    assert len(r.objectives[0].key_results) == 1

"""Parser round 26 (issue 8, parse26b): shapes an outside measure found unread — decisions
3780-3789.

Wordings written for these tests (expected parses written before running); each decision has
cases that failed before its change and guards that must not move."""

from __future__ import annotations

import pytest

from coach.review import parse


def _tree(text: str) -> list[tuple[str, list[str]]]:
    """(objective, [key results' wording]) for every objective read."""
    return [
        (" ".join(o.plain.split()), [" ".join(k.plain.split()) for k in o.key_results])
        for o in parse(text).objectives
    ]


# --- 3780: one column headed by both names ("目标/关键结果", "目标与关键结果", "Goal & KR") -------

_ZH_ROWS = (
    "|---|---|---|\n"
    "| O1 提升社区图书馆的借阅活跃度 | 馆长 周洁 | 2027年Q3 |\n"
    "| KR1 月借阅量从3000册增至4500册 | 周洁 | 9月30日 |\n"
    "| KR2 新办借书证400张 | 小陈 | 9月30日 |\n"
    "| O2 让志愿者愿意长期留下 | 小陈 | 2027年Q3 |\n"
    "| KR1 志愿者三个月留存率达到70% | 小陈 | 9月15日 |\n"
)
_EN_ROWS = (
    "|---|---|---|\n"
    "| O1 Make the bakery the first stop for office lunches | Priya | Q3 2027 |\n"
    "| KR1 Weekday lunch orders from 80 to 140 | Tom | 30 September |\n"
    "| KR2 Repeat customers reach 45% of lunch orders | Tom | 30 September |\n"
    "| O2 Waste less bread | Priya | Q3 2027 |\n"
    "| KR1 Unsold loaves cut from 60 to 20 a week | Ana | 15 September |\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "目标/关键结果",
        "目标 / KR",
        "目标与关键结果",
        "目标和关键结果",
        "目标、关键结果",
        "关键结果 / 目标",
        "O/KR",
        "OKR",
    ],
)
def test_3780_combined_header_zh(head: str) -> None:
    text = f"| {head} | 负责人 | 截止时间 |\n" + _ZH_ROWS
    tree = _tree(text)
    assert [o for o, _ in tree] == ["提升社区图书馆的借阅活跃度", "让志愿者愿意长期留下"]
    assert tree[0][1] == ["月借阅量从3000册增至4500册", "新办借书证400张"]
    assert tree[1][1] == ["志愿者三个月留存率达到70%"]
    objs = parse(text).objectives
    assert objs[0].key_results[0].owner == "周洁"
    assert objs[0].key_results[0].deadline is not None
    assert objs[0].key_results[0].deadline.end.endswith("09-30")


@pytest.mark.parametrize(
    "head",
    [
        "Objective/KR",
        "Goal & KR",
        "Objectives and Key Results",
        "Objective + Key result",
        "KR / Objective",
        "Objective / Key result",
    ],
)
def test_3780_combined_header_en(head: str) -> None:
    text = f"| {head} | Owner | Due |\n" + _EN_ROWS
    tree = _tree(text)
    assert [o for o, _ in tree] == [
        "Make the bakery the first stop for office lunches",
        "Waste less bread",
    ]
    assert tree[0][1] == [
        "Weekday lunch orders from 80 to 140",
        "Repeat customers reach 45% of lunch orders",
    ]
    assert parse(text).objectives[1].key_results[0].owner == "Ana"


def test_3780_guard_goal_value_column_stays_a_value() -> None:
    # "目标结果" is no pair of names: "结果" is an ordinary word; the table still reads by its KR column.
    text = (
        "| 目标 | 关键结果 | 负责人 |\n|---|---|---|\n"
        "| 提升门店复购 | 复购率从20%提升到30% | 小林 |\n"
        "| 提升门店复购 | 会员数达到2000人 | 小林 |\n"
    )
    assert _tree(text) == [("提升门店复购", ["复购率从20%提升到30%", "会员数达到2000人"])]


# --- 3781: a title line naming the set and its period, months in brackets, over "1." / "1.1" ---

_NUMBERED_EN = """{title}

1. Make the weekend markets busier
   1.1 Average footfall of 900 visitors per market
   1.2 Sign up 25 new stallholders
2. Keep volunteers coming back
   2.1 80% of volunteers work at least 3 markets
"""
_NUMBERED_ZH = """{title}

1. 让周末集市更热闹
   1.1 每场平均客流达到900人
   1.2 新签约摊主25家
2. 留住志愿者
   2.1 80%的志愿者至少参加3场
"""


@pytest.mark.parametrize(
    ("template", "title"),
    [
        (_NUMBERED_EN, "Millbrook Choir — goals for the 2027 spring season (Feb–May 2027)"),
        (_NUMBERED_EN, "Our goals for the 2027/28 school year (Sept 2027 – June 2028)"),
        (_NUMBERED_EN, "Greenway Cycling Club – targets for the summer season 2027 (June–August)"),
        (_NUMBERED_EN, "Tenants' association: priorities for the autumn term (Sep–Dec 2027)"),
        (_NUMBERED_EN, "Objectives for our FY28 year (1 April 2027 to 31 March 2028)"),
        # guards: already read as the set's title before
        (_NUMBERED_EN, "Hillcrest Food Bank: OKRs for autumn 2027 (Sep–Nov)"),
        (_NUMBERED_EN, "Maple Street Clinic — objectives for the second half of 2027"),
        (_NUMBERED_ZH, "星光书店 2027年第三季度OKR"),
        (_NUMBERED_ZH, "城南诊所2027年下半年的目标（7月-12月）"),
        (_NUMBERED_ZH, "阳光养老院 2027年秋季季度OKR"),
        (_NUMBERED_ZH, "海风咖啡 · 2027年Q4的目标"),
        (_NUMBERED_ZH, "青禾社区合唱团2027年春季的目标（2月–5月）"),
    ],
)
def test_3781_title_with_period_in_brackets(template: str, title: str) -> None:
    draft = parse(template.format(title=title))
    assert len(draft.objectives) == 2
    assert [len(o.key_results) for o in draft.objectives] == [2, 1]
    assert draft.timeframe is not None
    assert any(h[0] == title for h in draft.headings)


@pytest.mark.parametrize(
    "first",
    [
        "Set clear goals for every volunteer (by March)",
        "Write goals for the autumn term (with parents)",
        "Agree goals for each coach (with the board)",
    ],
)
def test_3781_guard_objective_with_bracket_stays(first: str) -> None:
    text = f"{first}\n- 30 volunteers have written goals\n- 12 coaches meet their players monthly\n"
    assert _tree(text)[0][0] == first

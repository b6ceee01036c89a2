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


# --- 3782: "— name —" then a date field closing the item: the name is the owner --------------

_DASH_OWNER_DATE = [
    ("Raise weekly footfall from 300 to 450 — Store manager Grace — end of June", "Grace"),
    ("Cut average wait to 10 minutes - Nadia Okoro - Sept 15", "Nadia Okoro"),
    ("Sign 20 new sponsors – Fundraising lead Tomas – 30/09/2027", "Tomas"),
    ("Open the new reading room — Mr Adeyemi — launch day", "Mr Adeyemi"),
    ("Pass rate on the mock exams from 61% to 75% — Head of science Ruth — 12 March", "Ruth"),
    ("Complaints about late buses under 10 a month — Dispatch lead Omar — Q3 2027", "Omar"),
    ("月活跃会员达到5000人——王芳——6月30日", "王芳"),
    ("门诊复诊率提升到60% — 护士长 李娟 — 2027年9月", "李娟"),
    ("新签约商户120家 — 陈晓东 — 9月底", "陈晓东"),
]


@pytest.mark.parametrize(("text", "owner"), _DASH_OWNER_DATE)
def test_3782_owner_field_before_date_field(text: str, owner: str) -> None:
    from coach.facts.owner import find_owner

    found = find_owner(text)
    assert found is not None and owner in found[0]


def test_3782_bare_names_in_a_draft() -> None:
    text = (
        "Objective 1: Run a safe and friendly fun run\n"
        "- First-aid incidents fewer than 4 — Dr Mensah — race day\n"
        "- Finish the route risk assessment — Kofi — 1 August\n"
        "- 300 runners finish under 2 hours — Marisol — 20 September\n"
        "Objective 2: Fill every start pen\n"
        "- Entries from 900 to 1,400 — Kofi — 30 August\n"
    )
    owners = [k.owner for o in parse(text).objectives for k in o.key_results]
    assert owners == ["Dr Mensah", "Kofi", "Marisol", "Kofi"]


@pytest.mark.parametrize(
    "text",
    [
        "Grow revenue 20% — Q3",
        "Ship the mobile app — 1 August",
        "Reduce churn to 3% — monthly — 30 September",
        "Process 500 claims a week — end-to-end — 31 March",
        "门店销售额提升20% —— 9月底",
    ],
)
def test_3782_guard_no_owner(text: str) -> None:
    from coach.facts.owner import find_owner

    assert find_owner(text) is None

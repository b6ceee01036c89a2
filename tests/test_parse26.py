"""Parser round 26 (issue 8, parse26): every item parses as the right kind, with its owner and
date — decisions 3660-3679.

Wordings written for these tests (expected parses written before running); each decision has
cases that failed before its change and guards that must not move."""

from __future__ import annotations

import pytest

from coach.errors import InputError
from coach.facts.timeframes import find_timeframe
from coach.review import parse


def _tree(text: str) -> list[tuple[str, list[str]]]:
    """(objective, [key results' wording, annotations blanked]) for every objective read."""
    return [
        (" ".join(o.plain.split()), [" ".join(k.plain.split()) for k in o.key_results])
        for o in parse(text).objectives
    ]


def _krs(text: str) -> list:
    return [k for o in parse(text).objectives for k in o.key_results]


# --- 3660: "Key results:" in bold after the objective on its line; "(1) a; (2) b"; "1. a 2. b" ---

_INLINE = [
    (
        "**Objective:** Turn readers into regulars **Key results:** 4,000 newsletter "
        "subscribers; 25% open-to-comment rate; 12 reader meetups held\n",
        [
            (
                "Turn readers into regulars",
                [
                    "4,000 newsletter subscribers",
                    "25% open-to-comment rate",
                    "12 reader meetups held",
                ],
            )
        ],
    ),
    (
        "**Objective:** Cut warehouse errors **Key results:** (1) Picking error rate below 0.2%; "
        "(2) Returns due to wrong item under 1%; (3) Cycle count accuracy at 99.5%\n",
        [
            (
                "Cut warehouse errors",
                [
                    "Picking error rate below 0.2%",
                    "Returns due to wrong item under 1%",
                    "Cycle count accuracy at 99.5%",
                ],
            )
        ],
    ),
    (
        "**目标：**降低门店损耗 **关键结果：**1）生鲜损耗率从6%降到3.5%；2）临期商品售出率达到80%\n",
        [("降低门店损耗", ["生鲜损耗率从6%降到3.5%", "临期商品售出率达到80%"])],
    ),
    (
        "Objective: Grow the choir **Key results:** 40 regular singers; 3 concerts sold out\n",
        [("Grow the choir", ["40 regular singers", "3 concerts sold out"])],
    ),
    (
        "**OKR 1: Make our clinic easy to reach** **Key results:** 1. Phone wait under 3 "
        "minutes 2. Online booking used by 50% of patients 3. No-show rate below 8%\n",
        [
            (
                "Make our clinic easy to reach",
                [
                    "Phone wait under 3 minutes",
                    "Online booking used by 50% of patients",
                    "No-show rate below 8%",
                ],
            )
        ],
    ),
    (
        "Objective: Keep our volunteers\nKey results: 1. Volunteer retention at 70% 2. Average "
        "shifts per volunteer up to 3 a month\n",
        [
            (
                "Keep our volunteers",
                ["Volunteer retention at 70%", "Average shifts per volunteer up to 3 a month"],
            )
        ],
    ),
    (
        "目标：提高复购\n关键结果：（1）复购率达到35%；（2）会员数达到8000人；（3）客单价提升10%\n",
        [("提高复购", ["复购率达到35%", "会员数达到8000人", "客单价提升10%"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), _INLINE)
def test_3660_inline_key_results_after_a_bold_label(text: str, expected: list) -> None:
    assert _tree(text) == expected


def test_3660_guard_numbers_inside_wording_stay() -> None:
    # a figure before "." in a sentence is no list: one key result
    text = "Objective: Ship v2\nKR1: Release 2. Then measure adoption at 40%\n"
    assert [len(ks) for _, ks in _tree(text)] == [1]
    # out of order numbers are no run
    text = "Objective: Grow sales\nKey results: 2. Revenue at $1M 1. Margin at 30%\n"
    assert len(_tree(text)[0][1]) == 1


# --- 3661: an empty "**OKR N:**" before "**Objective:**" names the block ----------------------

_EMPTY_TITLE = [
    (
        "**OKR 1:** **Objective:** Ship faster **Key results:** (1) Same-day dispatch for 90% "
        "of orders; (2) Dock-to-stock under 4 hours\n",
        [("Ship faster", ["Same-day dispatch for 90% of orders", "Dock-to-stock under 4 hours"])],
    ),
    (
        "**OKR 2：** **目标：**提升会员复购 **关键结果：**1）会员月复购率达到45%；2）会员客单价提升15%\n",
        [("提升会员复购", ["会员月复购率达到45%", "会员客单价提升15%"])],
    ),
    (
        "**OKR 1:**\n**Objective:** Win the mid-market\n**Key results:**\n- 40 new logos\n"
        "- Average deal at $28k\n",
        [("Win the mid-market", ["40 new logos", "Average deal at $28k"])],
    ),
    (
        "OKR 3:\nObjective: Calm the on-call rota\nKey results:\n- Pages per week under 5\n"
        "- Sleep-hours pages halved\n",
        [("Calm the on-call rota", ["Pages per week under 5", "Sleep-hours pages halved"])],
    ),
    (
        "**OKR 1:** **Objective:** Fund the shelter **Key results:** Raise $250k; 400 donors\n\n"
        "**OKR 2:** **Objective:** Find homes **Key results:** 300 adoptions; returns under 5%\n",
        [
            ("Fund the shelter", ["Raise $250k", "400 donors"]),
            ("Find homes", ["300 adoptions", "returns under 5%"]),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), _EMPTY_TITLE)
def test_3661_empty_block_title_is_no_objective(text: str, expected: list) -> None:
    assert _tree(text) == expected


def test_3661_guard_titled_block_without_objective_field() -> None:
    # no Objective field: the title stays the objective (decision 3430)
    text = "**OKR 1: Grow revenue**\n- Revenue at $2M\n- 30 new logos\n"
    assert _tree(text) == [("Grow revenue", ["Revenue at $2M", "30 new logos"])]


# --- 3662: fields after a bar or a middle dot: owner and date read, out of the wording ---------

_FIELDS = [
    (
        "Objective: Keep the lights on\nKR1: Uptime at 99.95% | Owner: Kit | Due: 5/30\n",
        "Uptime at 99.95%",
        "Kit",
        "-05-30",
    ),
    (
        "目标：提升课程口碑\n- 课程好评率达到95% · 负责人：周琳 · 截止：6月30日\n",
        "课程好评率达到95%",
        "周琳",
        "-06-30",
    ),
    (
        "O: Reduce food waste\n  • Waste per store down 30% | Owner: Marta | Due: 2026-09-30\n",
        "Waste per store down 30%",
        "Marta",
        "2026-09-30",
    ),
    (
        "目标：加快回款\nKR1：应收账款周转天数降到45天 | 负责人：赵敏 | 截止日期：2026/09/30\n",
        "应收账款周转天数降到45天",
        "赵敏",
        "2026-09-30",
    ),
    (
        "Objective: Grow the podcast\nKR: 20k downloads per episode · Owner: Ana · Due Jun 30 "
        "· Confidence 6/10\n",
        "20k downloads per episode",
        "Ana",
        "-06-30",
    ),
    (
        "Objective: Faster hiring\n- Time to offer under 21 days · DRI: Priya · Status: at risk\n",
        "Time to offer under 21 days",
        "Priya",
        None,
    ),
    (
        "目标：降低损耗\nKR1：损耗率降到2% ｜ 责任人：陈杰 ｜ 进度：40%\n",
        "损耗率降到2%",
        "陈杰",
        None,
    ),
]


@pytest.mark.parametrize(("text", "wording", "owner", "due"), _FIELDS)
def test_3662_fields_after_bar_or_dot(text: str, wording: str, owner: str, due: str | None) -> None:
    (kr,) = _krs(text)
    assert " ".join(kr.plain.split()) == wording
    assert kr.owner == owner
    if due is not None:
        assert kr.deadline is not None and kr.deadline.end.endswith(due)


def test_3662_progress_field_is_the_score() -> None:
    (kr,) = _krs("Objective: Win\n- Key result: 40 new logos | Owner: Kit | Progress: 30%\n")
    assert kr.score == pytest.approx(0.3)


@pytest.mark.parametrize(
    "text",
    [
        # not fields: words after the bar or dot that name no field
        "Objective: Grow\nKR1: Revenue at $2M | Margin at 30%\n",
        "Objective: Grow\nKR1: Launch in Paris · Berlin · Rome with 500 sign-ups each\n",
        # a field word in a sentence, no capital, no colon
        "Objective: Ship\nKR1: 90% of tickets closed · status page live for 99.9%\n",
        "Objective: Ship\nKR1: Cut due diligence time | due diligence under 5 days\n",
    ],
)
def test_3662_guard_no_field_run(text: str) -> None:
    (kr,) = _krs(text)
    assert " ".join(kr.plain.split()) == " ".join(text.split("\n")[1].split(": ", 1)[1].split())


# --- 3663: a bare progress share after the owner's bracket -------------------------------------

_BRACKET_PROGRESS = [
    (
        "Objective: Make onboarding stick\nKR1: 70% of new users finish setup (owner: Dana) — 55%\n",
        "70% of new users finish setup",
        "Dana",
        0.55,
    ),
    (
        "目标：提升交付质量\nKR1：一次验收通过率达到95%（负责人：刘洋）— 60%\n",
        "一次验收通过率达到95%",
        "刘洋",
        0.6,
    ),
    (
        "Objective: Fund the shelter\n- Raise $250k from 400 donors (Owner: Grace) - 45%\n",
        "Raise $250k from 400 donors",
        "Grace",
        0.45,
    ),
    (
        "O1: Faster support\nKR1: Median reply time under 1 hour [owner: Nia] 80%\n",
        "Median reply time under 1 hour",
        "Nia",
        0.8,
    ),
    ("目标：降低成本\nKR2：单票运费降到6.5元（@张帆）30%\n", "单票运费降到6.5元", "张帆", 0.3),
]


@pytest.mark.parametrize(("text", "wording", "owner", "score"), _BRACKET_PROGRESS)
def test_3663_bare_share_after_owner_bracket(
    text: str, wording: str, owner: str, score: float
) -> None:
    (kr,) = _krs(text)
    assert " ".join(kr.plain.split()) == wording
    assert kr.owner == owner
    assert kr.score == pytest.approx(score)


@pytest.mark.parametrize(
    ("text", "wording"),
    [
        # the share is the target, before the bracket or with a verb
        ("Objective: Grow\nKR1: Retention at 40% (owner: Eli)\n", "Retention at 40%"),
        ("Objective: Grow\nKR1: Raise NPS (owner: Eli) to 55%\n", "Raise NPS to 55%"),
        # a bracket that names no owner
        (
            "Objective: Grow\nKR1: Churn below 2% (monthly) — 55%\n",
            "Churn below 2% (monthly) — 55%",
        ),
    ],
)
def test_3663_guard(text: str, wording: str) -> None:
    (kr,) = _krs(text)
    assert " ".join(kr.plain.split()) == wording


# --- 3664: "2025.01-2025.03" (dots) is a span of months, as slashes are (3431) -----------------


@pytest.mark.parametrize(
    ("said", "start", "end"),
    [
        ("周期：2025.01-2025.03", "2025-01-01", "2025-03-31"),
        ("OKRs 2025.04 – 2025.06", "2025-04-01", "2025-06-30"),
        ("扩大华南渠道（2025.07-2025.12）", "2025-07-01", "2025-12-31"),
        ("Period: 2026.10 - 2026.12", "2026-10-01", "2026-12-31"),
        ("2024.11-2025.02 冲刺", "2024-11-01", "2025-02-28"),
        ("Period: 2026/07-2026/09", "2026-07-01", "2026-09-30"),
    ],
)
def test_3664_dotted_month_span(said: str, start: str, end: str) -> None:
    lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in said) else "en"
    found = find_timeframe(said, lang)
    assert found is not None
    assert (found[0].start, found[0].end) == (start, end)


@pytest.mark.parametrize("said", ["2025.01.15-2025.03.31", "2025.01-2025.03.15"])
def test_3664_guard_days_not_read_as_months(said: str) -> None:
    found = find_timeframe(said, "en")
    assert found is None or found[0].end != "2025-03-31" or said.endswith("31")
    if found is not None and said == "2025.01-2025.03.15":
        assert found[0].end != "2025-03-31"


def test_3664_heading_period_times_key_results() -> None:
    d = parse("周期：2025.01-2025.03\n目标：提升转化\nKR1：转化率从2%提升到3.5%\n")
    assert d.timeframe is not None and d.timeframe.end == "2025-03-31"


# --- 3665: "O1-KR1" lines with their objectives written below --------------------------------

_BELOW = [
    (
        "O1-KR1: Weekly active teams from 1,200 to 2,000\nO1-KR2: Invite acceptance at 60%\n"
        "O2-KR1: Gross margin at 70%\n\nO1: Become the default tool for small teams\n"
        "O2: Run a profitable business\n",
        [
            (
                "Become the default tool for small teams",
                ["Weekly active teams from 1,200 to 2,000", "Invite acceptance at 60%"],
            ),
            ("Run a profitable business", ["Gross margin at 70%"]),
        ],
    ),
    (
        "- O2-KR1：客服响应时间低于30秒\n- O2-KR2：差评率降到1%以下\n- O1-KR1：月活用户达到50万\n\n"
        "O1：扩大用户规模\nO2：提升服务体验\n",
        [
            ("扩大用户规模", ["月活用户达到50万"]),
            ("提升服务体验", ["客服响应时间低于30秒", "差评率降到1%以下"]),
        ],
    ),
    (
        "O1.KR1 - Raise NPS from 31 to 45\nO1.KR2 - Resolve 85% of tickets on first contact\n\n"
        "O1: Make support a reason to stay\n",
        [
            (
                "Make support a reason to stay",
                ["Raise NPS from 31 to 45", "Resolve 85% of tickets on first contact"],
            )
        ],
    ),
    (
        "O1KR1 仓库拣货差错率降到0.1%\nO1KR2 日均发货量达到5000单\n\nO1：让仓库又快又准\n",
        [("让仓库又快又准", ["仓库拣货差错率降到0.1%", "日均发货量达到5000单"])],
    ),
    (
        "O2-KR1: Crash rate below 0.5%\nO1-KR1: 10k paying users\n\nO1: Grow\nO2: Be reliable\n"
        "O2-KR2: Rating at 4.6\n",
        [
            ("Grow", ["10k paying users"]),
            ("Be reliable", ["Crash rate below 0.5%", "Rating at 4.6"]),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), _BELOW)
def test_3665_objectives_written_below(text: str, expected: list) -> None:
    assert _tree(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an objective named that is not written: still refused with the named message (3183)
        "O1-KR1: Crash rate below 0.5%\nO2-KR1: 10k paying users\n\nO1: Be reliable\n",
        # no objective at all
        "O1-KR1：新客首单转化率从12%提升到18%\nO1-KR2：新客7日留存达到40%\n",
    ],
)
def test_3665_guard_missing_objective_still_refused(text: str) -> None:
    with pytest.raises(InputError):
        parse(text)


# --- 3660 (letters) and 3666: "(a) …; (b) …" and the owner field closing a one-paragraph block --

_PARAGRAPH = [
    (
        "**OKR 1:** **Objective:** Grow the partner channel. **Key Results:** (a) 25 new "
        "resellers signed; (b) Partner revenue at 30% of bookings; (c) Partner NPS above 40. "
        "**Owner:** Jess Park.\n",
        [
            (
                "Grow the partner channel.",
                [
                    "25 new resellers signed",
                    "Partner revenue at 30% of bookings",
                    "Partner NPS above 40.",
                ],
            )
        ],
        "Jess Park",
    ),
    (
        "目标：提升复购 关键结果：1）复购率达到35%；2）客单价提升10%。负责人：王芳\n",
        [("提升复购", ["复购率达到35%", "客单价提升10%。"])],
        "王芳",
    ),
    (
        "Objective: Calm the rota. Key results: pages per week under 5; night pages under 2. "
        "Owner: Sam Ortiz\n",
        [("Calm the rota.", ["pages per week under 5", "night pages under 2."])],
        "Sam Ortiz",
    ),
    (
        "**Objective:** Fill the theatre **Key Results:** 85% of seats sold; 1,200 season "
        "tickets. **DRI:** Mo Chen\n",
        [("Fill the theatre", ["85% of seats sold", "1,200 season tickets."])],
        "Mo Chen",
    ),
    (
        "**目标：**让社群活起来 **关键结果：**（1）周活跃成员800人；（2）自发帖子每周50条。**负责人：**阿杰\n",
        [("让社群活起来", ["周活跃成员800人", "自发帖子每周50条。"])],
        "阿杰",
    ),
]


@pytest.mark.parametrize(("text", "expected", "owner"), _PARAGRAPH)
def test_3666_owner_closing_a_paragraph_block(text: str, expected: list, owner: str) -> None:
    assert _tree(text) == expected
    assert {k.owner for k in _krs(text)} == {owner}


def test_3666_guard_owner_line_under_a_list_is_2952s() -> None:
    # key results on lines of their own: decision 2952's reading, unchanged
    text = "Objective: Win\n- 40 new logos\n- Deal size at $28k\nOwner: Kit\n"
    assert {k.owner for k in _krs(text)} == {"Kit"}
    # one key result's own owner after its stop stays its own
    text = "Objective: Win\nKR1: 40 new logos. Owner: Kit\nKR2: Deal size at $28k\n"
    assert [k.owner for k in _krs(text)] == ["Kit", None]


# --- 3667: the block's due field after its list dates every key result of the block --------

_BLOCK_DUE = [
    "**Objective:** Keep the customers we win\n**Key Results:**\n* Logo churn below 1.5%\n"
    "* NRR at 110%\n**Due:** September 30, 2025\n",
    "**OKR 1: Retention**\n**Objective:** Keep the customers we win\n**Key Results:**\n"
    "* Logo churn below 1.5%\n* NRR at 110%\n**Owner:** Ana Ruiz\n**Due:** September 30, 2025\n",
    "Objective: Keep the customers we win\nKey Results:\n- Logo churn below 1.5%\n"
    "- NRR at 110%\nDeadline: 2025-09-30\n",
    "**目标：**留住客户\n**关键结果：**\n- 客户流失率低于1.5%\n- 净收入留存达到110%\n**截止日期：**2025-09-30\n",
    "**Objective:** Keep the customers we win\n**Key Results:**\n1. Logo churn below 1.5%\n"
    "2. NRR at 110%\n**Owner:** Ana Ruiz\n**Deadline:** 2025-09-30\n",
]


@pytest.mark.parametrize("text", _BLOCK_DUE)
def test_3667_block_due_after_the_list(text: str) -> None:
    krs = _krs(text)
    assert len(krs) == 2
    assert all(k.deadline is not None and k.deadline.end == "2025-09-30" for k in krs)


def test_3667_guard_each_key_results_own_due() -> None:
    text = "Objective: Ship the app\n- 10k downloads\n- Rating at 4.5\n  - Due: 6/30\n"
    krs = _krs(text)
    assert krs[0].deadline is None and krs[1].deadline is not None
    text = "Objective: Ship\nKR1: 10k downloads\n  Due: 5/30\nKR2: Rating at 4.5\n  Due: 6/30\n"
    assert [k.deadline.text for k in _krs(text)] == ["5/30", "6/30"]


def test_3666_owner_and_timeline_close_each_paragraph() -> None:
    text = (
        "**OKR 1:** Objective: Improve onboarding. Key Results: KR1: Activation at 50%. KR2: Setup "
        "under 20 minutes. Owner: Mia Chen. Timeline: Q3 2025.\n\n**OKR 2:** Objective: Grow "
        "referrals. Key Results: KR1: 1,000 referred sign-ups. KR2: Referral share at 15%. Owner: "
        "Raj Patel. Timeline: Q3 2025.\n"
    )
    krs = _krs(text)
    assert [k.owner for k in krs] == ["Mia Chen", "Mia Chen", "Raj Patel", "Raj Patel"]
    assert all(k.deadline is not None and k.deadline.end == "2025-09-30" for k in krs)
    assert "Timeline" not in krs[1].plain and "Owner" not in krs[3].plain


# --- 3668: an owner field after the block's initiatives is no key result --------------------

_OWNER_ITEM = [
    "### OKR 1: Improve onboarding\n\n**Objective:** Make the first week effortless\n\n"
    "**Key Results:**\n\n- **KR1:** Activation at 50%\n- **KR2:** Setup under 20 minutes\n\n"
    "**Initiatives:**\n\n- Build an in-app checklist\n\n**Owner:** Mia Chen\n",
    "### 留存\n\n**目标：**留住老客户\n\n**关键结果：**\n\n- **KR1：**流失率低于2%\n- **KR2：**复购率达到40%\n\n"
    "**举措：**\n\n- 建立挽留小组\n\n**负责人：**Mia Chen\n",
    "## OKR 2\n\n**Objective:** Keep the customers we win\n\n**Key Results:**\n\n1. Churn below 2%\n"
    "2. NRR at 110%\n\n**Initiatives:**\n\n1. Save desk\n\n**DRI:** Mia Chen\n",
]


@pytest.mark.parametrize("text", _OWNER_ITEM)
def test_3668_owner_field_is_no_key_result(text: str) -> None:
    krs = _krs(text)
    assert len(krs) == 2
    assert {k.owner for k in krs} == {"Mia Chen"}


def test_3668_guard_owner_item_before_more_key_results_stays() -> None:
    # not after the list: a key result follows it (read as before)
    text = "Objective: Win\n\n**Owner:** Kit\n- 40 new logos\n- Deal size at $28k\n"
    assert [k.plain.strip() for k in _krs(text)][-2:] == ["40 new logos", "Deal size at $28k"]


# --- 3669: "Key results: A. B. C." three or more sentences, each with a figure ----------------

_SENTENCES = [
    (
        "**Objective:** Make the mobile app fast\n**Key results:** Cold start under 1.5s. "
        "Crash-free sessions at 99.8%. App rating from 4.1 to 4.6.\n",
        ["Cold start under 1.5s.", "Crash-free sessions at 99.8%.", "App rating from 4.1 to 4.6."],
    ),
    (
        "Objective: Fill the school library. Key results: Loans up to 600 a term. Monthly "
        "borrowers at 80% of pupils. Author visits: 2 held.\n",
        [
            "Loans up to 600 a term.",
            "Monthly borrowers at 80% of pupils.",
            "Author visits: 2 held.",
        ],
    ),
    (
        "Objective: Grow the newsletter\nKey Results: Subscribers from 4k to 10k. Open rate "
        "at 45%. Unsubscribes under 0.5% per issue.\n",
        ["Subscribers from 4k to 10k.", "Open rate at 45%.", "Unsubscribes under 0.5% per issue."],
    ),
    (
        "**Objective:** Keep the kitchen safe **Key results:** Zero lost-time injuries in 2026. "
        "Inspection score above 95. Training done by 100% of staff.\n",
        [
            "Zero lost-time injuries in 2026.",
            "Inspection score above 95.",
            "Training done by 100% of staff.",
        ],
    ),
    (
        "Objective: Sell more online\nKey results: Online revenue at $1.2M. Conversion at 3%. "
        "Average order at $60. Returns under 8%.\n",
        [
            "Online revenue at $1.2M.",
            "Conversion at 3%.",
            "Average order at $60.",
            "Returns under 8%.",
        ],
    ),
]


@pytest.mark.parametrize(("text", "krs"), _SENTENCES)
def test_3669_sentences_after_key_results_label(text: str, krs: list) -> None:
    assert [" ".join(k.plain.split()) for k in _krs(text)] == krs


@pytest.mark.parametrize(
    "text",
    [
        # a sentence with no figure: one key result, as before
        "Objective: Make the app fast\nKey results: Cold start under 1.5s. This matters to users. "
        "Rating at 4.6.\n",
        # two sentences only
        "Objective: Make the app fast\nKey results: Cold start under 1.5s. Rating at 4.6.\n",
        # a singular label: one key result's wording
        "Objective: Make the app fast\nKey result: Cold start under 1.5s. Measured on a Pixel 6. "
        "P95 at 2s.\n",
    ],
)
def test_3669_guard(text: str) -> None:
    assert len(_krs(text)) == 1

"""What a new user touches, tried with fresh eyes (tester36b): a reason given in a few words
under the key results, a check-in plan section after the OKRs, and a chat log pasted with each
line's time and speaker. One table of cases: each draft's lines and the key results read."""

from __future__ import annotations

import pytest

from coach.parse import parse_text as parse

CASES = [
    # decision 5330: "Reasons: …" was a third key result
    (
        "Objective: Win the regional wholesale market this quarter (owner: Ines)|"
        "KR1: Raise reorder rate from 35% to 50%|KR2: Grow wholesale accounts from 40 to 65|"
        "Reasons: thin coverage",
        ["Raise reorder rate from 35% to 50%", "Grow wholesale accounts from 40 to 65"],
    ),
    # decision 5330: "原因：…" was glued to the last numbered item
    (
        "目标：让社区团购成为居民的首选（第 4 季度，负责人：赵敏）|1. 复购用户占比从 20% 提升到 35%|"
        "2. 团长数量从 150 名增长到 300 名|原因：覆盖太少",
        ["复购用户占比从 20% 提升到 35%", "团长数量从 150 名增长到 300 名"],
    ),
    # decision 5331: the check-in plan's items were key results of the last objective
    (
        "Support Ops — Q4 OKRs||Objective: Make every caller feel heard the first time (owner: Rui)|"
        "KR1: Raise first-contact resolution from 60% to 75%|KR2: Lift CSAT from 82% to 90%||"
        "Check-in plan|- Weekly: walk the queue with the leads|- Monthly: score each key result",
        ["Raise first-contact resolution from 60% to 75%", "Lift CSAT from 82% to 90%"],
    ),
    (
        "客服部 第 4 季度 OKR||目标：让每位来电客户第一次就被听见（负责人：周凯）|"
        "关键结果1：首次解决率从 60% 提升到 75%|关键结果2：满意度从 82% 提升到 90%||"
        "复盘安排|- 每周例会：过一遍工单|- 每月：给关键结果打分",
        ["首次解决率从 60% 提升到 75%", "满意度从 82% 提升到 90%"],
    ),
    # decision 5332: a chat log with times found no objective (each line gets "[09:4n] Omar: ")
    (
        "@my draft OKRs for Q1|@O: Make our newsletter the one readers open first|"
        "@KR1 - open rate from 28% to 40%|@KR2 - paid subscribers from 1,200 to 2,000",
        ["open rate from 28% to 40%", "paid subscribers from 1,200 to 2,000"],
    ),
]


@pytest.mark.parametrize(("lines", "krs"), CASES)
def test_key_results_read(lines: str, krs: list[str]) -> None:
    rows = [
        f"[09:4{n}] Omar Haddad: {row[1:]}" if row.startswith("@") else row
        for n, row in enumerate(lines.split("|"))
    ]
    draft = parse("\n".join(rows) + "\n")
    assert len(draft.objectives) == 1
    assert [kr.text for kr in draft.objectives[0].key_results] == krs


@pytest.mark.parametrize(
    "kr",
    [
        "看板加载时间缩短到 3 秒以内并且差错率降低 40%",
        "看板加载时间缩短到 3 秒以内同时差错率降低 40%",
        "看板加载时间缩短到3秒以内且差错率降低40%",
    ],
)
def test_second_measure_quoted_alone(kr: str) -> None:
    # decision 5333: the quote and its rewrite began at "秒以内并且…", inside the first measure
    from tests.test_neg28 import _NEG
    from tests.test_neg28 import _rewrite as _said

    message = _said(kr, _NEG).split(" || ")[0]
    assert message.startswith("“差错率降低"), message
    assert "以内" not in message


_WAREHOUSE_EN = (
    "Objective: Ship every order the day it lands|KR1: Raise same-day dispatch from 70% to 92%|"
    "KR2: Lift pick accuracy from 98% to 99.5%"
)
_WAREHOUSE_ZH = "目标：让每张订单当天出库|关键结果1：当日出库率从 70% 提升到 92%|关键结果2：拣货准确率从 98% 提升到 99.5%"
_RESELLERS = (
    "Objective: Win the reseller channel this quarter (owner: Ana)|KR1: {}|"
    "KR2: Raise reseller win rate from 20% to 30%"
)


@pytest.mark.parametrize(
    ("lines", "rule", "fires"),
    [
        # decision 5334: "Drafted by" right under the post's line hid it, and every key result
        # was told it had no owner; a drafter after a status line still names nobody
        (
            "Warehouse team — Q4 OKRs|Shift lead: Rosa Vidal|Drafted by: Theo Marsh||"
            + _WAREHOUSE_EN,
            "kr-no-owner",
            False,
        ),
        (
            "仓储组 OKR（第 4 季度）|班组长：何静|初稿 by 梁晨||" + _WAREHOUSE_ZH,
            "kr-no-owner",
            False,
        ),
        (
            "Warehouse team — Q4 OKRs|Status: draft|Drafted by: Theo Marsh||" + _WAREHOUSE_EN,
            "kr-no-owner",
            True,
        ),
        # decision 5336: "Get 12 co-marketing webinars done with partners" passed as a result
        (
            _RESELLERS.format("Get 10 partner webinars done with resellers"),
            "kr-activity-count",
            True,
        ),
        (
            _RESELLERS.format("Get 4 trainings delivered to new franchisees"),
            "kr-activity-count",
            True,
        ),
        (_RESELLERS.format("Get 9 meetings booked by resellers"), "kr-activity-count", False),
    ],
)
def test_first_key_result_flagged(lines: str, rule: str, fires: bool) -> None:
    from coach.config import Config
    from coach.review import review

    found = review(lines.replace("|", "\n") + "\n", config=Config(use_model=False)).findings
    assert any(f.rule_id == rule and f.target == "o1.kr1" for f in found) is fires


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("Field ops — OKRs for Cycle 4", True),
        ("Clinic team goals for cycle 2", True),
        ("Our objectives for Cycle 5", True),
        ("Cut the audit cycle 4 rework", False),
    ],
)
def test_a_numbered_cycle_after_the_sets_word(text: str, bound: bool) -> None:
    # decision 5335: "OKRs for Cycle 3" in a title gave the set no timeframe
    from coach.facts.timeframes import find_timeframe

    assert (find_timeframe(text, "en") is not None) is bound


@pytest.mark.parametrize("heading", ["## 健康度", "## 团队健康度", "### 业务健康状况"])
def test_chinese_health_heading_heads_the_indicators(heading: str) -> None:
    # decision 5337: "## 健康度" over "- 门店满意度：绿" was no quadrant, and the check-in was
    # told its indicators were missing
    from coach.config import Config
    from coach.cycle.checkin import checkin

    text = (
        "# 售后组周报 第 2 周\n\n## 本季度 OKR\n目标1：让每位报修客户当天见到师傅（负责人：吕峰）\n"
        "关键结果1：当日上门率从 55% 提升到 80%\n关键结果2：一次修好率从 82% 提升到 90%\n\n"
        "## 本周重点\n1. P1 调整片区排班（关键结果1）\n\n## 未来四周\n- 第 3 周：备件前置到片区仓\n\n"
        f"## 信心指数\n信心：6/10，上周 6/10\n\n{heading}\n- 师傅满意度：绿\n"
    )
    r = checkin(text, config=Config(semantic=False))
    assert [(i.text, i.color) for i in r.indicators] == [("师傅满意度：绿", "green")]
    assert not [f for f in r.findings if f.rule_id == "checkin-missing-section"]

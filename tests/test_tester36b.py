"""What a new user touches, tried with fresh eyes (tester36b): a reason given in two words under
the key results, a check-in plan section after the OKRs, and a chat log pasted with each line's
time and speaker."""

from __future__ import annotations

from coach.parse import parse_text as parse


def _krs(text: str) -> list[list[str]]:
    return [[kr.text for kr in o.key_results] for o in parse(text).objectives]


def test_reasons_line_is_no_key_result_en() -> None:
    # decision 5330
    text = (
        "Objective: Win the regional wholesale market this quarter (owner: Ines)\n"
        "KR1: Raise reorder rate from 35% to 50%\n"
        "KR2: Grow wholesale accounts from 40 to 65\n"
        "Reasons: thin coverage\n"
    )
    assert _krs(text) == [
        ["Raise reorder rate from 35% to 50%", "Grow wholesale accounts from 40 to 65"]
    ]


def test_reasons_line_is_no_continuation_zh() -> None:
    # decision 5330: "原因：…" was glued to the last numbered item
    text = (
        "目标：让社区团购成为居民的首选（第 4 季度，负责人：赵敏）\n"
        "1. 复购用户占比从 20% 提升到 35%\n"
        "2. 团长数量从 150 名增长到 300 名\n"
        "原因：覆盖太少\n"
    )
    assert _krs(text) == [["复购用户占比从 20% 提升到 35%", "团长数量从 150 名增长到 300 名"]]


def test_checkin_plan_section_holds_no_key_results() -> None:
    # decision 5331
    en = (
        "Support Ops — Q4 OKRs\n\n"
        "Objective: Make every caller feel heard the first time (owner: Rui)\n"
        "KR1: Raise first-contact resolution from 60% to 75%\n"
        "KR2: Lift CSAT from 82% to 90%\n\n"
        "Check-in plan\n"
        "- Weekly: walk the queue with the leads\n"
        "- Monthly: score each key result\n"
    )
    assert _krs(en) == [
        ["Raise first-contact resolution from 60% to 75%", "Lift CSAT from 82% to 90%"]
    ]
    zh = (
        "客服部 第 4 季度 OKR\n\n"
        "目标：让每位来电客户第一次就被听见（负责人：周凯）\n"
        "关键结果1：首次解决率从 60% 提升到 75%\n"
        "关键结果2：满意度从 82% 提升到 90%\n\n"
        "复盘安排\n"
        "- 每周例会：过一遍工单\n"
        "- 每月：给关键结果打分\n"
    )
    assert _krs(zh) == [["首次解决率从 60% 提升到 75%", "满意度从 82% 提升到 90%"]]


def test_chat_log_lines_are_read_after_the_speaker() -> None:
    # decision 5332
    text = (
        "[09:41] Omar Haddad: my draft OKRs for Q1\n"
        "[09:41] Omar Haddad: O: Make our newsletter the one readers open first\n"
        "[09:42] Omar Haddad: KR1 - open rate from 28% to 40%\n"
        "[09:42] Omar Haddad: KR2 - paid subscribers from 1,200 to 2,000\n"
    )
    d = parse(text)
    assert [o.text for o in d.objectives] == ["Make our newsletter the one readers open first"]
    assert _krs(text) == [["open rate from 28% to 40%", "paid subscribers from 1,200 to 2,000"]]

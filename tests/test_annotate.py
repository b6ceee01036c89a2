"""Annotations on items: owner, priority, level, score, status, deadline; both languages."""

from __future__ import annotations

import pytest

from coach import parse
from coach.draft import Item


def kr(text: str, lang: str = "en") -> Item:
    head = "O: Delight customers\nKR1: " if lang == "en" else "目标：提升客户满意度\n关键结果1："
    return parse(head + text).objectives[0].key_results[0]


def obj(text: str) -> Item:
    return parse(f"O: {text}\nKR1: Raise NPS from 30 to 45").objectives[0]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("NPS 提升到 50，负责人：张三", "张三"),
        ("NPS 提升到 50（负责人：张三）", "张三"),
        ("NPS 提升到 50 (负责人: 李四)", "李四"),
        ("NPS 提升到 50 责任人：欧阳娜娜", "欧阳娜娜"),
        ("Raise NPS to 50. Owner: Alice", "Alice"),
        ("Raise NPS to 50 (owner: Alice Chen)", "Alice Chen"),
        ("Raise NPS to 50 (Owner Bob)", "Bob"),
        ("Raise NPS to 50 @alice", "alice"),
        ("@bob.smith Raise NPS to 50", "bob.smith"),
        ("NPS 提升到 50（张三）", "张三"),
        ("NPS 提升到 50 (王芳)", "王芳"),
        ("Raise NPS to 50 — DRI: Bob", "Bob"),
        ("NPS 由王五负责提升到 50", "王五"),
    ],
)
def test_owner(text: str, owner: str) -> None:
    item = kr(text, "zh" if "提升" in text else "en")
    assert item.owner == owner
    s, e = item.owner_span  # type: ignore[misc]
    assert owner in item.text[s:e]
    assert owner not in item.plain  # blanked for the rules


def test_owner_field_after_a_bar_is_a_field_out_of_the_wording() -> None:
    # "| DRI: Bob" closing the line is a field (decision 3662): the owner is read, the wording
    # keeps only the key result
    item = kr("Raise NPS to 50 | DRI: Bob")
    assert item.owner == "Bob"
    assert "DRI" not in item.text and "Bob" not in item.plain


@pytest.mark.parametrize(
    "text",
    [
        "增加2个客户服务渠道（微信 与微博）",
        "增加2个客户服务渠道（微博）",
        "上线3个新功能（试点）",
        "Email alice@example.com weekly",
        "Raise NPS to 50 (Facebook)",
        "Owner retention up 20%",
    ],
)
def test_no_owner(text: str) -> None:
    assert kr(text, "zh" if "增加" in text or "上线" in text else "en").owner is None


@pytest.mark.parametrize(
    ("text", "priority"),
    [
        ("[P1] Raise NPS to 50", "P1"),
        ("Raise NPS to 50 [P2]", "P2"),
        ("NPS 提升到 50（P2）", "P2"),
        ("P1 NPS 提升到 50", "P1"),
        ("Raise NPS to 50 P0", "P0"),
        ("NPS 提升到 50，优先级：高", "high"),
        ("Raise NPS to 50, priority: P3", "P3"),
    ],
)
def test_priority(text: str, priority: str) -> None:
    item = kr(text)
    assert item.priority == priority
    assert priority not in item.plain


def test_bare_p_in_the_middle_is_not_a_priority() -> None:
    assert kr("Cut P1 incidents from 10 to 2").priority is None


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("[公司] 成为行业第一", "company"),
        ("成为行业第一（团队级）", "team"),
        ("Be the best [Team]", "team"),
        ("Grow as an engineer (personal)", "personal"),
        ("Be the best (company level)", "company"),
        ("Be the best, level: team", "team"),
    ],
)
def test_level_tags(text: str, level: str) -> None:
    assert obj(text).level == level


def test_level_from_headings() -> None:
    d = parse(
        "## Team OKRs\nO: Ship fast\nKR1: 10 releases\n## 市场部\n目标：提升品牌\n关键结果1：粉丝达到1万"
    )
    assert [o.level for o in d.objectives] == ["team", "team"]
    d = parse("## Company\nO: Win\nKR1: 10 logos\n## My OKRs\nO: Learn\nKR1: 2 courses")
    assert [o.level for o in d.objectives] == ["company", "personal"]


def test_level_tag_beats_heading() -> None:
    d = parse("## Team OKRs\nO: Ship fast [personal]\nKR1: 10 releases")
    assert d.objectives[0].level == "personal"


@pytest.mark.parametrize(
    ("text", "score", "status"),
    [
        ("完成季度招聘任务10人 0.9 完成", 0.9, "完成"),
        ("降低离职率到5% 0.3 未完成", 0.3, "未完成"),
        ("Ship v2 0.7", 0.7, None),
        ("Ship v2 1 done", 1.0, "done"),
        ("Ship v2 (score: 0.6)", 0.6, None),
        ("Ship v2, status: at risk", None, "at risk"),
        # Progress in words is how far the work got, also before an owner (decision 434).
        ("Write the incident playbook — 40% done", 0.4, None),
        ("Migrate ticketing to the new system (70% complete) (Ms Lee)", 0.7, None),
        ("重做帮助中心首页（已完成60%）（负责人：小王）", 0.6, None),
        ("Orders shipped complete from 90% to 98%", None, None),
    ],
)
def test_score_and_status(text: str, score: float | None, status: str | None) -> None:
    item = kr(text)
    assert (item.score, item.status) == (score, status)


def test_date_number_is_not_a_score() -> None:
    item = kr("Launch by September 1")
    assert item.score is None
    assert item.deadline is not None and item.deadline.text == "by September 1"


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("本季度NPS提升到50", "本季度"),
        ("下季度上线新版", "下季度"),
        ("Q3 前完成迁移", "Q3"),
        ("年底前签约10家客户", "年底前"),
        ("9月1日前推出客户推荐计划", "9月1日前"),
        ("Launch by September 1", "by September 1"),
        ("NPS 45 by end of Q3", "by end of Q3"),
        ("Ship by end of September", "by end of September"),
        ("Open 3 offices in 2027", "in 2027"),
        ("Sign 10 customers within 90 days", "within 90 days"),
    ],
)
def test_deadline(text: str, deadline: str) -> None:
    item = kr(text)
    assert item.deadline is not None and item.deadline.text == deadline
    s, e = item.deadline_span  # type: ignore[misc]
    assert item.text[s:e] == deadline


@pytest.mark.parametrize(
    "text",
    [
        "在3小时内回复新留言",
        "Respond within 4 hours",
        "每月开展2次培训",
        "Publish weekly updates",
        "客户问题在2天内解决",
        "每个季度开展2次团队活动",
    ],
)
def test_not_a_deadline(text: str) -> None:
    assert kr(text).deadline is None


def test_deadline_number_is_not_the_metric() -> None:
    item = kr("Sign 10 customers by September 30")
    assert item.metric is not None and (item.metric.value, item.metric.unit) == (10, "customers")


def test_draft_timeframe_from_title() -> None:
    d = parse("# 2026 Q3 OKRs\nO: Win\nKR1: 10 logos")
    assert d.timeframe is not None and d.timeframe.kind == "quarter"
    assert d.timeframe.start == "2026-07-01" and d.timeframe.end == "2026-09-30"


def test_objective_owner_and_language_after_annotations() -> None:
    o = obj("Grow revenue（负责人：张三）")
    assert o.owner == "张三"
    assert o.language == "en"


def test_annotations_do_not_change_text_length() -> None:
    item = kr("[P1] NPS 提升到 50（负责人：张三） 0.5 进行中", "zh")
    assert len(item.plain) == len(item.text) == len(item.folded)


def test_a_date_without_a_year_falls_in_the_sets_year() -> None:
    # Decision 382 (tester7): "by May 15" in a Q2 2026 set is 2026-05-15, not the next May 15
    # after today; "by end of Q1" in a Q1 2027 set is Q1 2027.
    def deadlines(text: str) -> list[tuple[str | None, str | None]]:
        d = parse(text)
        return [
            (k.deadline.start, k.deadline.end) if k.deadline else (None, None)
            for o in d.objectives
            for k in o.key_results
        ]

    assert deadlines(
        "Support OKRs — Q2 2026\nObjective: Answers come fast\n"
        "KR1: First response under 2h by May 15 (Ana)\nKR2: CSAT 92% by end of Q2 (Ana)\n"
    ) == [(None, "2026-05-15"), ("2026-04-01", "2026-06-30")]
    assert deadlines(
        "Personal OKRs — Sam, Q1 2027\nObjective: Speak Spanish\nKR1: B1 exam passed by end of Q1\n"
    ) == [("2027-01-01", "2027-03-31")]
    assert deadlines(
        "实验中学 2026年春季学期 OKR\n目标：爱上数学\n关键结果1：6月底前及格率从70%提升到85%\n"
    ) == [("2026-06-01", "2026-06-30")]
    # a date with its own year keeps it
    assert deadlines("2026 OKRs\nObjective: Grow\nKR1: 400 members by March 2028\n")[0][
        1
    ].startswith("2028-03")

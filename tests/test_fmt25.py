"""Field blocks per objective (issue 8, fmt25): decision 3430.

Wordings written for these tests (expected parses written before running): the cases failed
before the change; the guards must not move."""

from __future__ import annotations

from datetime import date

import pytest

from coach import review
from coach.review import parse


def _owners(text: str) -> list[tuple[str, list[str | None]]]:
    """(objective, [owner of each key result]) for every objective the parser reads."""
    return [(o.text, [k.owner for k in o.key_results]) for o in parse(text).objectives]


# --- 3430: the owner (and theme) written before the "Objective:" field or before the list ----

_CASES = [
    # theme and owner before the Objective field, blocks with no blank line between them
    (
        "**OKR 1: Community**\n- **Strategic Theme**: Customer Love\n- **Owner**: Ines Carvalho\n"
        "- **Objective**: Turn our forum into the first place users go for answers\n"
        "- **Key Results**:\n  - KR1: Grow weekly active forum members from 900 to 2,500\n"
        "  - KR2: Answer 90% of new threads within 24 hours\n"
        "**OKR 2: Partnerships**\n"
        "- **Objective**: Become the default analytics add-on for two major CRMs\n"
        "- **Owner**: Tom Becker\n- **Key Results**:\n"
        "  - KR1: Launch certified integrations with 2 CRM marketplaces\n"
        "  - KR2: Drive 150 paying installs through marketplace listings\n",
        [
            ("Turn our forum into the first place users go for answers", ["Ines Carvalho"] * 2),
            ("Become the default analytics add-on for two major CRMs", ["Tom Becker"] * 2),
        ],
    ),
    # the theme before the Objective field in the 2nd block; owner after the list
    (
        "**OKR 1: Ship the mobile app**\n"
        "- **Objective**: Put a delightful mobile experience in every customer's pocket\n"
        "- **Strategic Theme**: Innovation\n- **Owner**: Lena Park\n- **Key Results**:\n"
        "  - KR1: Release iOS and Android apps to public stores by August 15\n"
        "  - KR2: Reach 4.5 average store rating from at least 300 reviews\n\n"
        "**OKR 2: Pay down tech debt**\n- **Strategic Theme**: Operational Excellence\n"
        "- **Objective**: Make the codebase a place engineers enjoy working in\n"
        "- **Key Results**:\n  - KR1: Cut flaky test count from 140 to 20\n"
        "  - KR2: Bring build time under 6 minutes from 19 minutes\n"
        "- **Owner**: Omar Haddad\n- **Status**: On track\n",
        [
            (
                "Put a delightful mobile experience in every customer's pocket",
                ["Lena Park"] * 2,
            ),
            ("Make the codebase a place engineers enjoy working in", ["Omar Haddad"] * 2),
        ],
    ),
    # Chinese: owner before the Objective field, priority after the list
    (
        "**OKR 1：提升门店复购**\n- **目标**：让老顾客愿意每个月都回到门店\n"
        "- **战略主题**：用户增长\n- **关键结果**：\n  - KR1：会员月复购率从18%提升到30%\n"
        "  - KR2：会员净推荐值从22提高到40\n- **负责人**：王珊\n\n"
        "**OKR 2：降低配送成本**\n- **负责人**：李强\n- **目标**：把每一单配送做得又快又省\n"
        "- **关键结果**：\n  - KR1：单均配送成本从9.5元降到7元\n  - KR2：准时送达率从91%提升到97%\n"
        "- **优先级**：P1\n",
        [
            ("让老顾客愿意每个月都回到门店", ["王珊"] * 2),
            ("把每一单配送做得又快又省", ["李强"] * 2),
        ],
    ),
    # Chinese: theme and owner first; owner last in the 2nd block, no blank lines
    (
        "**OKR 1：课程质量**\n- **战略主题**：教学卓越\n- **负责人**：赵老师\n"
        "- **目标**：让每位学员都觉得课程物有所值\n- **关键结果**：\n"
        "  - KR1：课程满意度从4.2分提升到4.7分\n  - KR2：完课率从55%提升到75%\n"
        "**OKR 2：招生增长**\n- **目标**：打开二线城市的招生局面\n- **关键结果**：\n"
        "  - KR1：二线城市新增学员1200人\n  - KR2：转介绍占新增学员比例达到30%\n"
        "- **负责人**：孙敏\n- **优先级**：P0\n",
        [
            ("让每位学员都觉得课程物有所值", ["赵老师"] * 2),
            ("打开二线城市的招生局面", ["孙敏"] * 2),
        ],
    ),
    # three blocks: owner under the objective, owner and theme first, status first
    (
        "**OKR 1：客服体验**\n- **目标**：让客户遇到问题时十分钟内有人回应\n- **负责人**：周婷\n"
        "- **关键结果**：\n  - KR1：首次响应时间中位数从35分钟缩短到8分钟\n"
        "  - KR2：客服满意度从82%提升到93%\n\n"
        "**OKR 2：知识库**\n- **负责人**：周婷\n- **战略主题**：效率提升\n"
        "- **目标**：让客户自己就能找到答案\n- **关键结果**：\n"
        "  - KR1：自助解决率从20%提升到45%\n  - KR2：知识库文章覆盖前50个高频问题\n\n"
        "**OKR 3：工单系统**\n- **状态**：进行中\n- **目标**：让工单流转不再卡壳\n"
        "- **关键结果**：\n  - KR1：工单平均处理时长从3天缩短到1天\n"
        "  - KR2：重开工单比例从12%降到5%\n- **负责人**：吴昊\n",
        [
            ("让客户遇到问题时十分钟内有人回应", ["周婷"] * 2),
            ("让客户自己就能找到答案", ["周婷"] * 2),
            ("让工单流转不再卡壳", ["吴昊"] * 2),
        ],
    ),
    # a block with no Objective field: its title is the objective
    (
        "**OKR 1: Warehouse safety**\n- **Strategic Theme**: People\n- **Owner**: Ruth Ansah\n"
        "- **Objective**: Every shift goes home without an injury\n- **Key Results**:\n"
        "  - KR1: Cut lost-time incidents from 6 to 1 this year\n"
        "  - KR2: Train 100% of forklift drivers on the new protocol\n\n"
        "**OKR 2: Hiring**\n- **Priority**: High\n- **Key Results**:\n"
        "  - KR1: Hire 5 senior backend engineers by September 30\n"
        "  - KR2: Keep offer acceptance rate above 80%\n- **Owner**: Omar Haddad\n",
        [
            ("Every shift goes home without an injury", ["Ruth Ansah"] * 2),
            ("Hiring", ["Omar Haddad"] * 2),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), _CASES)
def test_block_fields_owner_and_theme(
    text: str, expected: list[tuple[str, list[str | None]]]
) -> None:
    assert _owners(text) == expected


# --- guards -------------------------------------------------------------------------------


def test_owner_line_under_a_title_still_owns_the_set() -> None:
    # decision 12: "Owner: Lee Carter" on the line after the title
    r = review(
        "Q3 OKRs — Support\nOwner: Lee Carter\n\nObjective: Customers get help fast\n"
        "- KR1: First reply under 2 hours\n- KR2: CSAT from 81% to 90%\n",
        select=["kr-no-owner"],
    )
    assert [f.target for f in r.findings if f.rule_id == "kr-no-owner"] == []


def test_each_field_block_keeps_its_own_owner() -> None:
    # two blocks, owners in different places: no block's owner leaks into the next one
    d = parse(
        "**OKR 1: Growth**\n- **Owner**: Ana\n- **Objective**: Win the mid-market\n"
        "- **Key Results**:\n  - KR1: Sign 20 new mid-market logos\n"
        "  - KR2: Lift win rate from 18% to 25%\n\n"
        "**OKR 2: Retention**\n- **Objective**: Keep the customers we win\n"
        "- **Key Results**:\n  - KR1: Logo churn under 5%\n  - KR2: NRR above 110%\n"
        "- **Owner**: Raj\n"
    )
    assert [(o.text, [k.owner for k in o.key_results]) for o in d.objectives] == [
        ("Win the mid-market", ["Ana", "Ana"]),
        ("Keep the customers we win", ["Raj", "Raj"]),
    ]


def test_each_kr_keeps_its_own_owner() -> None:
    d = parse(
        "**OKR 1: Growth**\n- **Objective**: Win the mid-market\n- **Owner**: Ana\n"
        "- **Key Results**:\n  - KR1: Sign 20 new mid-market logos (Owner: Ben)\n"
        "  - KR2: Lift win rate from 18% to 25%\n"
    )
    assert [k.owner for k in d.objectives[0].key_results] == ["Ben", "Ana"]


def test_block_without_owner_stays_unowned() -> None:
    d = parse(
        "**OKR 1: Growth**\n- **Strategic Theme**: Scale\n- **Objective**: Win the mid-market\n"
        "- **Key Results**:\n  - KR1: Sign 20 new mid-market logos\n"
        "  - KR2: Lift win rate from 18% to 25%\n"
        "**OKR 2: Retention**\n- **Objective**: Keep the customers we win\n"
        "- **Key Results**:\n  - KR1: Logo churn under 5%\n  - KR2: NRR above 110%\n"
    )
    assert [(o.text, [k.owner for k in o.key_results]) for o in d.objectives] == [
        ("Win the mid-market", [None, None]),
        ("Keep the customers we win", [None, None]),
    ]


# --- 3431: spans of months written with slashes --------------------------------------------

from coach.facts.timeframes import find_timeframe, has_deadline  # noqa: E402


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("Launch the partner beta 2025/01 - 2025/03", "en", "2025-01-01", "2025-03-31"),
        ("Sign 5 pilot hospitals in 2025/01–03", "en", "2025-01-01", "2025-03-31"),
        ("Renewal rate above 90% during 2025/04 ~ 2025/09", "en", "2025-04-01", "2025-09-30"),
        ("2025/01–03 完成试点门店签约5家", "zh", "2025-01-01", "2025-03-31"),
        ("2024/11 - 2025/02 完成订单系统迁移", "zh", "2024-11-01", "2025-02-28"),
        ("新客户留存率提升到60%（2025/07至2025/12）", "zh", "2025-07-01", "2025-12-31"),
    ],
)
def test_slash_month_span_is_a_period(text: str, lang: str, start: str, end: str) -> None:
    found = find_timeframe(text, lang, date(2024, 12, 1))
    assert found is not None
    tf, _span = found
    assert (tf.kind, tf.start, tf.end) == ("month", start, end)
    assert has_deadline(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Cut refund rate in half, 2025/26", "en"),  # a year pair, no span of months
        ("Close 3/4 of open tickets", "en"),  # a fraction
        ("转化率 2025/13-14 口径调整", "zh"),  # no month 13
    ],
)
def test_slash_figures_that_are_no_month_span(text: str, lang: str) -> None:
    found = find_timeframe(text, lang, date(2024, 12, 1))
    assert found is None or found[0].kind != "month"


def test_kr_with_slash_span_has_no_missing_deadline() -> None:
    r = review(
        "Objective: Open the northern region\n- KR1: Sign 12 distributors 2025/01 - 2025/03\n"
        "- KR2: 40 stores stocking our range 2025/01–06\n",
        select=["kr-no-deadline"],
    )
    assert [f.target for f in r.findings if f.rule_id == "kr-no-deadline"] == []

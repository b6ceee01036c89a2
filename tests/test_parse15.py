"""Shapes of pasted pages the parser did not read (issue 8 item 5, fifteenth round, decisions
1150-). Each draft is written here in its own wording; each positive test failed on main
(18a8d84). The guards keep what the shapes must not swallow."""

from __future__ import annotations

import pytest

from coach.parse import parse_text as parse


def shape(text: str) -> list[tuple[str, list[str]]]:
    return [(o.text, [k.text.rstrip("。.") for k in o.key_results]) for o in parse(text).objectives]


# Decision 1150: two key results after one plural label, counted off in order, are two.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "目标：让新员工一个月内独立上手\n关键结果：第一，上线新人学习地图；第二，每位新人配一名导师。",
            [("让新员工一个月内独立上手", ["上线新人学习地图", "每位新人配一名导师"])],
        ),
        (
            "目标：把社区团购做稳\n关键结果：第一，团长流失明显减少；第二，退货投诉基本清零。",
            [("把社区团购做稳", ["团长流失明显减少", "退货投诉基本清零"])],
        ),
        (
            "O：让仓库少出错\n关键成果：其一，拣货差错追到人；其二，盘点改成每周一次",
            [("让仓库少出错", ["拣货差错追到人", "盘点改成每周一次"])],
        ),
        (
            "Objective: Make onboarding painless\nKey results: first, ship a self-serve setup "
            "wizard; second, pair every new hire with a buddy.",
            [
                (
                    "Make onboarding painless",
                    ["ship a self-serve setup wizard", "pair every new hire with a buddy"],
                )
            ],
        ),
    ],
)
def test_two_counted_off_key_results_are_two(text: str, expected: list) -> None:
    assert shape(text) == expected


# Guards: two unnumbered pieces without figures, or ordinals out of order, stay one key result.
@pytest.mark.parametrize(
    "text",
    [
        "目标：提升客服体验\n关键结果：首次响应更快；差评更少。",
        "目标：提升客服体验\n关键结果：第一，首次响应更快；第三，差评更少。",
        "Objective: Calm the on-call rota\nKey results: fewer pages at night; second, shorter incidents",
    ],
)
def test_pieces_not_counted_off_stay_one(text: str) -> None:
    ((_, krs),) = shape(text)
    assert len(krs) == 1


# Decision 1151: "Priority N:" plans: each priority's statement is the objective, its list the
# key results.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Museum Plan 2027-2029\n\nStrategic Priority One:\n\nGrow the number of families who "
            "spend a whole afternoon with us every season.\n\nGoals:\n\n  1. Open a hands-on "
            "gallery for under-tens\n  2. Run a Saturday workshop series\n\nStrategic Priority "
            "Two:\n\nKeep the building safe, dry and open through every winter storm.\n\nGoals:\n\n"
            "  1. Replace the north roof\n  2. Write a storm closure plan",
            [
                (
                    "Grow the number of families who spend a whole afternoon with us every season.",
                    ["Open a hands-on gallery for under-tens", "Run a Saturday workshop series"],
                ),
                (
                    "Keep the building safe, dry and open through every winter storm.",
                    ["Replace the north roof", "Write a storm closure plan"],
                ),
            ],
        ),
        (
            "Priority 1: Serve Our Neighbours\nMake the pool a place every neighbourhood feels "
            "welcome in.\nOutreach Objectives:\n- Offer free swim lessons in three schools\n"
            "- Translate signs into four languages\nPriority 2: Care for the Site\nKeep the "
            "grounds clean, green and open all year.\nSite Objectives:\n- Plant 40 shade trees\n"
            "- Fix the changing rooms",
            [
                (
                    "Make the pool a place every neighbourhood feels welcome in.",
                    [
                        "Offer free swim lessons in three schools",
                        "Translate signs into four languages",
                    ],
                ),
                (
                    "Keep the grounds clean, green and open all year.",
                    ["Plant 40 shade trees", "Fix the changing rooms"],
                ),
            ],
        ),
        (
            "PRIORITY A\nBring every new client from signup to first invoice within one week.\n"
            "• Self-serve import of old invoices\n• Onboarding call within 48 hours\n"
            "PRIORITY B\nCut the support queue so nobody waits more than a day.\n"
            "• Hire two support agents\n• Publish 30 help articles",
            [
                (
                    "Bring every new client from signup to first invoice within one week.",
                    ["Self-serve import of old invoices", "Onboarding call within 48 hours"],
                ),
                (
                    "Cut the support queue so nobody waits more than a day.",
                    ["Hire two support agents", "Publish 30 help articles"],
                ),
            ],
        ),
    ],
)
def test_priority_plans(text: str, expected: list) -> None:
    assert [(o, [k.rstrip(".") for k in ks]) for o, ks in shape(text)] == [
        (o, [k.rstrip(".") for k in ks]) for o, ks in expected
    ]


# Guards: one priority alone, or a priority whose lines below are not a list, are read as before.
@pytest.mark.parametrize(
    "text",
    [
        "Priority 1: Grow revenue\nObjective: Win the mid-market\nKR1: Sign 20 new accounts\n"
        "Priority 2: Keep costs flat\nObjective: Run lean\nKR1: Hold spend at $2M",
        "Objective: Ship the mobile app\nPriority 1 this quarter is the release itself, above "
        "everything else we do.\n- KR1: Launch on both stores by June\n- KR2: Reach 5,000 installs",
    ],
)
def test_priority_lines_outside_plans_read_as_before(text: str) -> None:
    from coach import parse_shapes

    assert parse_shapes._priority_plan(text) is None

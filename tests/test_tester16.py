"""What a fresh-eyed tester found in round sixteen (docs/principles.md decisions 1260-1261): the
split of a compound key result cut a bracketed deadline in two and dropped the dash before an
owner, and a share with the bar each counted one meets ("25% of students return with family
within 3 months") was split as two results."""

from __future__ import annotations

import pytest

from coach import review


def _compound(kr: str, zh: bool):
    head = (
        "2026年Q2 OKR\n目标：让客户离不开我们\nKR1："
        if zh
        else "Q2 2026 OKRs\nObjective: Be the studio everyone recommends\nKR1: "
    )
    text = head + kr + "\n"
    found = [f for f in review(text).findings if f.rule_id == "kr-compound"]
    return text, found


def _applied(text: str, edits) -> str:
    for e in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[: e.start] + e.replacement + text[e.end :]
    return text


# -- decision 1260: the split keeps a bracketed deadline whole, and the owner's dash --------
@pytest.mark.parametrize(
    ("kr", "zh", "first", "second"),
    [
        (
            "学生心理健康普查覆盖率100%，重点关注学生建档率100%（5月15日前）",
            True,
            "学生心理健康普查覆盖率100%（5月15日前）",
            "重点关注学生建档率100%",
        ),
        (
            "新签客户20家，续约率达到90%（6月30日前）",
            True,
            "新签客户20家（6月30日前）",
            "续约率达到90%",
        ),
        (
            "会员拉新30万，老客复购率35%【6月底前】",
            True,
            "会员拉新30万【6月底前】",
            "老客复购率35%",
        ),
        ("新签客户20家，续约率达到90% — 王芳", True, "新签客户20家 — 王芳", "续约率达到90% — 王芳"),
        (
            "Grow ARR to $2M and cut churn to 3% (by June 30)",
            False,
            "Grow ARR to $2M (by June 30)",
            "Cut churn to 3%",
        ),
        (
            "Grow ARR to $2M and cut churn to 3% — Owner: Ana",
            False,
            "Grow ARR to $2M — Owner: Ana",
            "Cut churn to 3% — Owner: Ana",
        ),
    ],
)
def test_a_split_keeps_brackets_and_owner_dashes(kr, zh, first, second) -> None:
    text, found = _compound(kr, zh)
    assert len(found) == 1
    fix = found[0].suggestions[0]
    lines = _applied(text, fix.edits).splitlines()
    assert lines[2].endswith(first)
    assert lines[3].endswith(second)
    for line in lines[2:4]:  # no bracket left open or closed alone
        assert line.count("（") == line.count("）") and line.count("(") == line.count(")")
        assert line.count("【") == line.count("】")
    assert "（”" not in found[0].message and "(”" not in found[0].message


def test_the_result_kept_leaves_the_owner_dash_out_of_the_message() -> None:
    _text, found = _compound("每台车上架前完成 158 项检测，检测报告公开率 100% —— @老郑", True)
    assert len(found) == 1
    assert "“检测报告公开率 100%”" in found[0].message


# -- decision 1261: a share and the bar each counted one meets is one measure ---------------
@pytest.mark.parametrize(
    "kr",
    [
        "Get 25% of visiting students to return with family within 3 months — Owner: Ines",
        "Resolve 90% of tickets with a first reply within 2 hours",
        "Close 80% of deals with a discount under 10%",
    ],
)
def test_a_share_with_its_bar_is_one_measure(kr: str) -> None:
    assert _compound(kr, False)[1] == []


@pytest.mark.parametrize(
    "kr",
    [
        "Grow NPS from 35 to 45 with CSAT ≥ 4.5",  # a second measure, no share
        "Reach 60% of members, with at least 500 new reviews",  # after a comma: a second one
        "Sign 12 new clinics, with at least 4 in rural counties",
        "Cut deploy time to 10 min with downtime under 5 minutes",
    ],
)
def test_a_second_bounded_figure_is_still_a_second_result(kr: str) -> None:
    assert len(_compound(kr, False)[1]) == 1


@pytest.mark.parametrize(
    ("kr", "zh", "second"),
    [
        (
            "新签客户20家并且续约率达到90%（负责人：李雷，6月底前）",
            True,
            "续约率达到90%（负责人：李雷）",
        ),
        (
            "Grow ARR to $2M and cut churn to 3% (owner: Ana, by June 30)",
            False,
            "Cut churn to 3% (owner: Ana)",
        ),
    ],
)
def test_an_owner_sharing_brackets_with_the_deadline_keeps_its_brackets(kr, zh, second) -> None:
    text, found = _compound(kr, zh)
    assert len(found) == 1
    assert _applied(text, found[0].suggestions[0].edits).splitlines()[3].endswith(second)


# -- decision 1262: a measure, its average, then the figure is a measured level -------------
def _kr_checks(text: str) -> dict[str, str]:
    kr = review(text).objectives[0].key_results[0]
    return {c.rule_id: c.status for c in kr.checks}


@pytest.mark.parametrize(
    "kr",
    [
        "抖音团购核销单量月均1500单",
        "外卖单量月均2000单",
        "小程序下单量月均800单",
        "门店客流量日均300人",
        "派件量平均每月9000件",
    ],
)
def test_a_measure_averaged_per_period_is_a_result(kr: str) -> None:
    checks = _kr_checks(f"2026年Q2 OKR\n目标：成为县城年轻人的首选\nKR1：{kr}（负责人：王芳）\n")
    assert checks["kr-is-task"] == "pass"
    assert checks["kr-activity-count"] == "pass"


@pytest.mark.parametrize("kr", ["拜访客户月均20家", "每周开展2次培训"])
def test_efforts_averaged_per_period_stay_efforts(kr: str) -> None:
    checks = _kr_checks(f"2026年Q2 OKR\n目标：成为县城年轻人的首选\nKR1：{kr}（负责人：王芳）\n")
    assert "fail" in (checks["kr-is-task"], checks["kr-activity-count"])

"""Deadlines given where real Chinese OKR pages give them (issue 8, twenty-first round; deadline21).

A period line closing the set ("周期：2026-Q3", "时间：7月1日-9月30日") is the set's period, not the
last key result's (decision 2040); a bracketed remark that says by when ("（Q2达成）") is the key
result's deadline, not a status to cut (decision 2041)."""

from __future__ import annotations

import pytest

from coach.review import review


def _statuses(text: str) -> list[tuple[str, list[str]]]:
    doc = review(text)
    out = []
    for o in doc.objectives:
        ot = next(c.status for c in o.checks if c.rule_id == "objective-no-timeframe")
        krs = [
            next(c.status for c in k.checks if c.rule_id == "kr-no-deadline") for k in o.key_results
        ]
        out.append((ot, krs))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "O1：降低运维成本\nKR1：云服务月度支出从40万降至30万\nKR2：闲置实例清理率达到100%\n"
        "周期：2026年第三季度\n",
        "O1：提升仓储效率\nKR1：拣货准确率达到99.8%\nKR2：单均出库时长从30分钟降到20分钟\n\n周期：2026-Q3\n",
        "O1：优化招聘流程\nKR1：岗位平均招聘周期从45天缩短到30天\nKR2：offer接受率达到80%\n"
        "时间：7月1日-9月30日\n",
    ],
)
def test_period_line_after_the_set_covers_every_key_result(text: str) -> None:
    assert _statuses(text) == [("pass", ["pass", "pass"])]


def test_period_line_between_objectives_is_the_objectives() -> None:
    text = (
        "O1：提升门店体验\nKR1：门店NPS从20提升到35\nKR2：排队时长缩短到5分钟\n周期：2026年Q3\n"
        "O2：降低损耗\nKR1：生鲜损耗率降到3%\n"
    )
    assert _statuses(text) == [("pass", ["pass", "pass"]), ("fail", ["fail"])]


def test_period_line_indented_under_a_key_result_stays_its_own() -> None:
    text = (
        "O1：提升门店体验\nKR1：门店NPS从20提升到35\n  周期：2026年Q3\nKR2：排队时长缩短到5分钟\n"
    )
    assert _statuses(text) == [("pass", ["pass", "fail"])]


@pytest.mark.parametrize(
    ("remark", "expected"),
    [
        ("（Q2达成）", "pass"),
        ("（Q3完成）", "pass"),
        ("（9月底前完成）", "pass"),
        ("（进行中）", "fail"),
    ],
)
def test_bracketed_remark_with_a_period_is_a_deadline(remark: str, expected: str) -> None:
    text = f"O1：提升产品稳定性\nKR1：核心接口可用性达到99.95%{remark}\nKR2：P0故障数降为0\n"
    assert _statuses(text)[0][1][0] == expected


def test_year_alone_and_past_or_current_are_no_deadline() -> None:
    text = (
        "2026年度OKR\nO1：打造行业领先的供应链\nKR1：过去一年投诉量为300起，目标降到150起\n"
        "KR2：工单30天内响应率达到100%\n"
    )
    assert _statuses(text) == [("fail", ["fail", "fail"])]


@pytest.mark.parametrize(
    ("kr", "expected"),
    [
        ("每季度召开一次客户顾问会", "fail"),
        ("每个季度完成4次客户回访", "fail"),
        ("每季度客户满意度调研得分达到90分", "fail"),
        ("季度新签合同额达到500万元", "pass"),
        ("完成季度招聘任务20人", "pass"),
    ],
)
def test_quarter_after_every_is_a_cadence(kr: str, expected: str) -> None:
    # decision 2042: 每季度 says how often; a bare 季度 is the cycle the key result is measured in
    assert _statuses(f"O1：保持运营健康\nKR1：{kr}\n")[0][1] == [expected]

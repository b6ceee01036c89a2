"""A principle whose rule is off by default is in the checklist as not checked (decision 506).

PRINCIPLES.md: every principle has a verdict on every item (pass / fail / unknown). The
alignment rule (kr-misaligned) is off by default, so a draft with the lead's weight loss as a
key result under a business objective scored 100 with no alignment line at all (tester9 A10).
"""

from __future__ import annotations

import json

from coach import review
from coach.render import TextStyle, render_markdown, render_text

DRAFT = (
    "2027年Q1 OKR（负责人：李娜）\n"
    "目标：让小区宝妈买菜第一个想到我们\n"
    "关键结果1：本季度复购率从20%提升到35%\n"
    "关键结果2：我的体重从130斤减到120斤\n"
)


def _alignment(kr) -> list:
    return [c for c in kr.checks if c.rule_id == "kr-misaligned"]


def test_off_by_default_rule_is_listed_as_not_checked_with_a_reason():
    r = review(DRAFT)
    for kr in r.objectives[0].key_results:
        (check,) = _alignment(kr)
        assert check.status == "unknown"
        assert check.reason and "kr-misaligned" in check.reason and "默认关闭" in check.reason
    assert not any(c.rule_id == "kr-misaligned" for c in r.objectives[0].checks)  # a KR rule
    assert not any(f.rule_id == "kr-misaligned" for f in r.findings)


def test_reason_is_in_the_ui_language_and_left_out_of_the_json_when_empty():
    r = review(DRAFT, ui_language="en")
    (check,) = _alignment(r.objectives[0].key_results[0])
    assert check.reason.startswith("Not checked")
    data = json.loads(r.model_dump_json())
    checks = data["objectives"][0]["key_results"][0]["checks"]
    assert [c["rule_id"] for c in checks if "reason" in c] == ["kr-misaligned"]
    assert all(set(c) == {"principle", "status", "rule_id"} for c in checks if "reason" not in c)


def test_selected_or_ignored_rules_are_not_listed_as_not_checked():
    selected = review(DRAFT, select=["kr-misaligned"])
    (check,) = _alignment(selected.objectives[0].key_results[1])
    assert check.reason is None and check.status in ("pass", "fail")
    for r in (review(DRAFT, select=["kr-is-task"]), review(DRAFT, ignore=["kr-misaligned"])):
        assert not any(_alignment(kr) for kr in r.objectives[0].key_results)


def test_not_checked_does_not_cost_points():
    assert (
        review(DRAFT).objectives[0].score
        == review(DRAFT, ignore=["kr-misaligned"]).objectives[0].score
    )


def test_cli_text_says_not_checked_once_and_the_full_checklist_on_each_item():
    r = review(DRAFT)
    short = render_text(r, DRAFT)
    assert short.count("kr-misaligned") == 1 and "未检查（默认关闭" in short
    full = render_text(r, DRAFT, TextStyle(full_checklist=True))
    assert full.count("[未检查]") == 2
    assert render_markdown(r, DRAFT).count("❔ 未检查") == 2


def test_off_by_default_is_marked_so_a_checklist_can_say_it_once():
    """decision 1370 (tester17 b): the page counted "1 not checked" on every KR's line. The
    check of a rule that is off by default says so (`off_by_default`), so a checklist can say
    it once; a KR not written yet is not checked for its own reason and is not marked."""
    r = review(DRAFT + "关键结果3：\n")
    data = json.loads(r.model_dump_json())
    krs = data["objectives"][0]["key_results"]
    for kr in krs:
        off = [c["rule_id"] for c in kr["checks"] if c.get("off_by_default")]
        assert off == ["kr-misaligned"]
    empty = [c for c in krs[2]["checks"] if c["status"] == "unknown" and "off_by_default" not in c]
    assert empty and all(c["reason"] for c in empty)
    assert not any("off_by_default" in c for c in data["objectives"][0]["checks"])
    selected = json.loads(review(DRAFT, select=["kr-misaligned"]).model_dump_json())
    assert not any(
        "off_by_default" in c
        for kr in selected["objectives"][0]["key_results"]
        for c in kr["checks"]
    )

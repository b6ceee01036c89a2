"""Blind read tester18 (decisions 1540-1541): a per-mille error rate turned round in percent,
one edit applied once, and the owner of a personal set titled "个人工作OKR —— 名字（单位）"."""

from __future__ import annotations

import pytest

from coach import review
from coach.config import Config
from coach.rule_api import Fix, LocalEdit

NO_MODEL = Config(use_model=False)
ZH_OBJ = "目标：本季度让社区居民取药又快又放心（负责人：何平）"
EN_OBJ = "Objective: Make every prescription right first time, by Q3 (owner: Ana)"


def _turned(kr: str) -> list[str]:
    zh = any("\u4e00" <= c <= "\u9fff" for c in kr)
    text = f"{ZH_OBJ}\n关键结果1：{kr}" if zh else f"{EN_OBJ}\nKR1: {kr}"
    rv = review(text, config=NO_MODEL)
    found = [f for f in rv.findings if f.rule_id == "kr-negative-phrasing"]
    assert found, kr
    return [s.text for s in found[0].suggestions]


@pytest.mark.parametrize(
    ("kr", "want"),
    [
        ("门诊处方调剂差错率由0.3‰降至0.1‰以下", "处方调剂准确率由99.97%提升到99.99%以上"),
        ("发药差错率降至0.5‰", "准确率提升到99.95%"),
        ("配药差错率由0.2‱降至0.1‱", "准确率由99.998%提升到99.999%"),
        ("Cut the dispensing error rate from 0.3‰ to 0.1‰", "from 99.97% to 99.99%"),
    ],
)
def test_per_mille_error_rate_turns_in_percent(kr, want):
    texts = _turned(kr)
    assert any(want in t for t in texts), texts
    assert not any("‰" in t or "‱" in t or "100.0" in t for t in texts), texts


@pytest.mark.parametrize(
    ("kr", "want"),
    [
        ("差错率由0.03%降至0.01%以下", "准确率由99.97%提升到99.99%以上"),
        ("投诉率由3%降至1%", "由97%提升到99%"),
        ("差错率由5%降到2%", "由95%提升到98%"),
    ],
)
def test_word_between_figures_is_turned_once(kr, want):
    texts = _turned(kr)
    assert any(want in t for t in texts), texts
    assert not any("到到" in t for t in texts), texts


def test_a_fix_keeps_one_copy_of_a_repeated_edit():
    fix = Fix(edits=[LocalEdit(3, 5, "提升到"), LocalEdit(0, 2, "准确"), LocalEdit(3, 5, "提升到")])
    assert [(e.start, e.end, e.replacement) for e in fix.edits] == [
        (3, 5, "提升到"),
        (0, 2, "准确"),
    ]
    # two different edits of one span are not merged: that conflict is the rule's to settle
    assert len(Fix(edits=[LocalEdit(0, 2, "a"), LocalEdit(0, 2, "b")]).edits) == 2


KRS = "\n目标1：让每一位同学都有一个人可以求助\n关键结果1：一级预警学生100%在48小时内完成转介\n"


@pytest.mark.parametrize(
    "title",
    [
        "2026-2027学年第二学期 辅导员个人工作OKR —— 王一鸣（计算机学院2024级）",
        "2027年Q1 个人工作OKR：李娜",
        "2027年Q1 个人季度目标",
        "2027年春季学期 个人发展OKR",
        "2027年Q1 学生工作OKR —— 陈思远（辅导员）",
    ],
)
def test_personal_work_set_gives_its_key_results_an_owner(title):
    rv = review(title + KRS, config=NO_MODEL)
    kr = rv.objectives[0].key_results[0]
    assert {c.rule_id: c.status for c in kr.checks}["kr-no-owner"] == "pass", title


def test_name_before_a_bracket_is_the_sets_owner():
    rv = review("2026-2027学年第二学期 辅导员个人工作OKR —— 王一鸣（计算机学院2024级）" + KRS)
    assert rv.owner is not None and rv.owner.name == "王一鸣"


@pytest.mark.parametrize(
    "title",
    [
        "运营中心 2027年Q1 OKR —— 增长组（第二版）",
        "2027年Q1 销售部OKR —— 定稿（第二版）",
        "2027年Q1 团队OKR",
    ],
)
def test_a_unit_or_a_version_after_the_dash_owns_nothing(title):
    rv = review(title + KRS, config=NO_MODEL)
    kr = rv.objectives[0].key_results[0]
    assert {c.rule_id: c.status for c in kr.checks}["kr-no-owner"] == "fail", title

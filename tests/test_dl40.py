"""dl40 (issue 8, fortieth round): owners, deadlines and item kinds that a set's layout gives and
the coach misread, and the reverse.

Every wording here was written for this file; see docs/principles.md decisions 5820-5839.
"""

from __future__ import annotations

import pytest

from coach.facts.owner import heading_owner_name
from tests.test_dl38 import _status

ZH_BODY = "\n目标：让每个新生第一学期就找到归属感\n1. 新生谈心覆盖率从60%提升到100%\n2. 挂科预警学生帮扶率达到90%"


# Decision 5820: a school's intake by its year, or a class with its number in brackets, before
# the person in a set title's bracket; the person owns the set's key results.
@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("2027春季学期 辅导员工作OKR（电气学院2026级 郑老师）", "电气学院2026级 郑老师"),
        ("2027秋季学期 辅导员OKR（外语学院2025级 辅导员 韦老师）", "外语学院2025级 辅导员 韦老师"),
        ("2028 学生工作OKR（2027级 戴老师）", "2027级 戴老师"),
        ("2027届毕业班 工作目标（经管学院27届 蒋老师）", "经管学院27届 蒋老师"),
        ("2027秋季 德育OKR（初一（4）班 钱老师）", "初一（4）班 钱老师"),
        ("2027春季 班级OKR（高二（11）班 班主任 谢老师）", "高二（11）班 班主任 谢老师"),
    ],
)
def test_a_cohort_or_class_before_the_person_names_the_owner(title: str, name: str) -> None:
    assert heading_owner_name(title) == name, title
    for target in ("o1.kr1", "o1.kr2"):
        assert _status(title + ZH_BODY, target, "kr-no-owner") == "pass", (title, target)


@pytest.mark.parametrize(
    "title",
    [
        "2027春季学期 辅导员工作OKR（电气学院2026级）",
        "2027年Q2 OKR（电气学院 2026级）",
        "2027年Q2 OKR（2026级 全体学生）",
        "2027年Q2 OKR（2026级 新生）",
        "2027秋季 班级OKR（高二（11）班）",
    ],
)
def test_a_cohort_or_class_alone_names_no_owner(title: str) -> None:
    assert heading_owner_name(title) is None, title
    assert _status(title + ZH_BODY, "o1.kr1", "kr-no-owner") == "fail", title


# Decision 5821: a post's title of several words, its words perhaps cut short before a period,
# then the holder's name, in an item's bracket.
EN_HEAD = "Objective: Make the spring term the calmest one yet\nKR1: "


@pytest.mark.parametrize(
    "bracket",
    [
        "(Asst. Director Huang)",
        "(Dep. Head Farouk)",
        "(Assoc. Dean Lindqvist)",
        "(Dept. Chair Mensah)",
        "(Sr. Manager Quist)",
        "(Exec. Chef Duval)",
        "(Deputy Head Farouk)",
        "(Vice Principal Idowu)",
        "(Supt. Varga)",
        "(Asst. Mgr. Pham)",
        "(Reg. Manager Pham)",
    ],
)
def test_a_post_of_several_words_then_a_surname_owns_the_item(bracket: str) -> None:
    text = EN_HEAD + "Late homework from 18% to 9% of pieces set " + bracket
    assert _status(text, "o1.kr1", "kr-no-owner") == "pass", bracket


@pytest.mark.parametrize(
    "bracket",
    [
        "(Asst. Director)",
        "(Dep. Head)",
        "(approx. 40 pieces)",
        "(est. Q3)",
        "(Sr. Staff)",
        "(Dept. Labs)",
        "(Int. Sales)",
        "(Exec. Summary)",
        "(Gen. Ledger)",
        "(Dept. Head Approval)",
    ],
)
def test_a_shortened_word_without_a_holder_names_no_owner(bracket: str) -> None:
    text = EN_HEAD + "Late homework from 18% to 9% of pieces set " + bracket
    assert _status(text, "o1.kr1", "kr-no-owner") == "fail", bracket

"""left25z: Chinese leftovers found in round 25 (issue 8), decisions 3450-3459.
Every wording here was written for this file; the targets fail at f74b90e9, the guards pass
there and must stay."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.facts.owner import find_owner
from coach.review import review
from coach.types import KeyResult

_CFG = Config(use_model=False, semantic=False)
_HEAD = "区域运营中心 2027年Q3 OKR\n目标1：让老客户愿意一直留下来\nKR1：{kr}\n"


def _kr(kr: str) -> KeyResult:
    return review(_HEAD.format(kr=kr), config=_CFG).objectives[0].key_results[0]


def _fails(kr: str) -> set[str]:
    return {c.rule_id for c in _kr(kr).checks if c.status == "fail"}


# decision 3450: a team or a function before the person in the owner's bracket: the person owns it
# (as decision 1099 reads "负责人：运营部 王芳")
@pytest.mark.parametrize(
    ("kr", "owner"),
    [
        ("上线缺陷逃逸率降到2%以下（负责人：QA 李娜）", "李娜"),
        ("员工主动离职率控制在8%以内（负责人：HR 陈静）", "陈静"),
        ("新签客户20家（负责人：运营部 王芳，6月底前）", "王芳"),
        ("首次响应时长缩短到2小时（负责人：客服中心 赵敏，Q3末）", "赵敏"),
        ("版本按期交付率提升到90%（负责人：技术组 孙悦，9月30日前）", "孙悦"),
        ("应收账款回款率提升到95%（负责人：财务科 周强，12月底前）", "周强"),
        ("系统可用率达到99.9%（负责人：IT 吴刚）", "吴刚"),
    ],
)
def test_the_person_after_a_team_owns_the_item(kr: str, owner: str) -> None:
    found = find_owner(kr)
    assert found is not None and found[0] == owner, found


@pytest.mark.parametrize(
    "kr",
    [
        "新签客户20家（负责人：运营部 王芳，6月底前）",
        "版本按期交付率提升到90%（负责人：QA 李娜，9月30日前）",
    ],
)
def test_the_deadline_after_a_team_and_person_is_still_read(kr: str) -> None:
    fails = _fails(kr)
    assert "kr-no-deadline" not in fails and "kr-no-owner" not in fails


# guards: a team alone, a team and a group word, a mention and a role and person stay as they were
@pytest.mark.parametrize(
    ("kr", "owner"),
    [
        ("新签客户20家（负责人：运营部）", "运营部"),
        ("新签客户20家（负责人：QA）", "QA"),
        ("新签客户20家（负责人：运营部 王芳）", "王芳"),  # the person, as with a deadline (3605)
        ("复购率提升到30% 负责人：运营部 王芳", "王芳"),
        ("新签客户20家（@财务 刘洋）", "刘洋"),
        ("新签客户20家（负责人：SQE 赵磊）", "SQE 赵磊"),
        ("新签客户20家（负责人：QA 团队）", "QA"),
        ("培训完成率提升到95%（负责人：周敏，6月底前）", "周敏"),
    ],
)
def test_owners_read_before_stay(kr: str, owner: str) -> None:
    found = find_owner(kr)
    assert found is not None and found[0] == owner, found


# decision 3451: 形成 / 健全 / 完善 a mechanism whose name holds how often it runs is one task
@pytest.mark.parametrize(
    "kr",
    [
        "形成每周一次的销售复盘机制",
        "形成每月一次的客户回访制度",
        "健全每周两次的安全巡查制度",
        "完善每月1次的质量分析机制",
        "形成每两周一次的门店巡检机制",
        "完善每周一次的值班交接制度",
    ],
)
def test_a_mechanism_formed_with_a_cadence_is_a_task(kr: str) -> None:
    fails = _fails(kr)
    assert "kr-is-task" in fails and "kr-activity-count" not in fails


# guards: the efforts themselves at a cadence, or a cadence outside the mechanism's name
@pytest.mark.parametrize(
    "kr",
    [
        "形成每周一次复盘",
        "每周开展一次销售复盘",
        "每月完善1次质量分析报告",
        "完善会员积分制度，每月推送1次积分提醒",
        "形成每月2次的培训",
    ],
)
def test_efforts_at_a_cadence_stay_activity_counts(kr: str) -> None:
    assert "kr-activity-count" in _fails(kr)


# decision 3452: a lone verb, the lesson named, then its count: classes taught, an activity count
@pytest.mark.parametrize(
    "kr",
    [
        "每位老师上公开课1节",
        "每位青年教师上示范课2节",
        "教研组长上汇报课1节",
        "每位班主任上主题班会课1节",
        "每位新入职教师上汇报课2节",
        "每位骨干教师上引领课1节",
    ],
)
def test_lessons_named_before_their_count_are_activity(kr: str) -> None:
    fails = _fails(kr)
    assert "kr-activity-count" in fails and "kr-is-task" not in fails


# guards: 上 opening another word, courses put online, attendance rates
@pytest.mark.parametrize(
    ("kr", "rule"),
    [
        ("上线精品课20节", "kr-is-task"),
        ("上架新课10门", "kr-is-task"),
        ("每位老师上1节公开课", "kr-activity-count"),
    ],
)
def test_lesson_look_alikes_keep_their_reading(kr: str, rule: str) -> None:
    assert rule in _fails(kr)


def test_attendance_rate_is_no_activity() -> None:
    assert not _fails("学员上课出勤率从85%提升到95%") & {"kr-activity-count", "kr-is-task"}

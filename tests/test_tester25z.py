"""tester25z's outsider drafts in Chinese (round 25): a bring-in verb (引进, 配备, 补充) whose
object is equipment or a product is not hiring (decision 3040); a metric objective on the income
of the people served ("司机收入提升") is not rewritten as "成为司机客户心中的首选" (decision 3041)."""

from __future__ import annotations

import pytest

from coach.config import Config
from coach.review import review
from coach.types import KeyResult, Review

_CFG = Config(use_model=False, semantic=False)
_HEAD = "口腔诊所 2027年Q3 OKR（院长 黄医生）\n目标1：成为片区家长给孩子看牙的首选\nKR1：{kr}\n"


def _review(text: str) -> Review:
    return review(text, config=_CFG)


def _kr(r: Review) -> KeyResult:
    return r.objectives[0].key_results[0]


def _fails(k: KeyResult) -> set[str]:
    return {c.rule_id for c in k.checks if c.status == "fail"}


def _said(r: Review, k: KeyResult) -> str:
    parts = [k.rewrite.text if k.rewrite else ""]
    for f in r.findings:
        if f.target == k.id:
            parts += [
                f.message,
                *(s.text for s in f.suggestions),
                *(s.note or "" for s in f.suggestions),
            ]
    return "\n".join(parts)


# decision 3040: 引进/配备/补充 + equipment, a system or products is work to do, not hiring
@pytest.mark.parametrize(
    "kr",
    [
        "引进一台CBCT",
        "引进2台进口彩超设备",
        "年底前引进一套MES系统",
        "配备2台除颤仪",
        "补充3台叉车",
        "引进5款新品上架",
        "为各门诊配备自助挂号机",
        "引进两项微创手术新技术",
    ],
)
def test_equipment_brought_in_is_a_task_without_hiring_advice(kr: str) -> None:
    r = _review(_HEAD.format(kr=kr))
    k = _kr(r)
    assert "kr-is-task" in _fails(k)
    said = _said(r, k)
    assert "到岗" not in said and "招聘" not in said, said


# guards: people brought in are still hired (decision 4), with the hiring question
@pytest.mark.parametrize(
    ("kr", "who"),
    [
        ("引进博士2名", "到岗"),
        ("引进高层次人才5人", "到岗"),
        ("配备专职安全员2名", "到岗"),
        ("补充一线员工10人", "到岗"),
        ("引进3名资深设备工程师", "到岗"),
        ("引进校园大使20名", "到位"),
        ("招聘3台设备的操作员", "到岗"),
    ],
)
def test_people_brought_in_are_still_hired(kr: str, who: str) -> None:
    r = _review(_HEAD.format(kr=kr))
    k = _kr(r)
    assert "kr-is-task" in _fails(k)
    assert who in _said(r, k)


_OBJ = "运营部 2027 Q3 OKR（负责人：包晨）\nO1：{o}\nKR1：全职司机日均流水从420元提升到500元\n"


def _objective_rewrite(o: str) -> tuple[set[str], str]:
    ob = _review(_OBJ.format(o=o)).objectives[0]
    fails = {c.rule_id for c in ob.checks if c.status == "fail"}
    return fails, ob.rewrite.text if ob.rewrite else ""


# decision 3041: the income of drivers, farmers, staff is theirs, not a region's or a product's
@pytest.mark.parametrize(
    ("o", "who"),
    [
        ("司机收入提升", "司机"),
        ("提高农户收入", "农户"),
        ("骑手月收入增长20%", "骑手"),
        ("提升一线员工收入", "一线员工"),
        ("教师收入增长10%", "教师"),
        ("让加盟商收入翻番", "加盟商"),
        ("今年茶农收入提高三成", "茶农"),
        ("快递员月收入提升15%", "快递员"),
    ],
)
def test_income_of_the_people_served_is_not_their_business(o: str, who: str) -> None:
    fails, text = _objective_rewrite(o)
    assert "objective-is-metric" in fails
    assert "心中的首选" not in text and "生意" not in text, text
    assert who in text, text


@pytest.mark.parametrize("o", ["提高带货GMV", "直播带货销售额翻倍"])
def test_selling_on_a_live_stream_is_no_scope(o: str) -> None:
    fails, text = _objective_rewrite(o)
    assert "objective-is-metric" in fails
    assert "带货" not in text, text


# guards: a region, a product line, the shop itself keep what they said before
@pytest.mark.parametrize(
    ("o", "said"),
    [
        ("华东区收入增长30%", "成为华东区客户心中的首选，把华东区的生意做大"),
        ("华东区月收入增长30%", "成为华东区客户心中的首选，把华东区的生意做大"),
        ("电子书销售额", "成为电子书客户心中的首选，把电子书的生意做大"),
        ("提升店铺GMV", "成为客户心中的首选，把生意做大"),
        ("青年收入提升", "成为青年客户心中的首选，把青年的生意做大"),
    ],
)
def test_regions_and_products_keep_their_scope(o: str, said: str) -> None:
    fails, text = _objective_rewrite(o)
    assert "objective-is-metric" in fails
    assert text == said


# decision 3042: a rule or mechanism set up, named with a cadence, is one piece of work
# ("建立每周例会制度" and "制定每月设备点检规范", routines kr-business-as-usual reads, are that
# rule's alone since lead ruling 1793: tests/test_result28.py)
@pytest.mark.parametrize(
    "kr",
    [
        "建立供应商质量月度评价机制",
        "建立月度经营复盘机制",
        "出台每日晨检制度",
        "6月底前搭建季度客户回访流程",
    ],
)
def test_a_mechanism_named_with_a_cadence_is_a_task(kr: str) -> None:
    fails = _fails(_kr(_review(_HEAD.format(kr=kr))))
    assert "kr-is-task" in fails
    assert "kr-activity-count" not in fails


# guards: the meetings, checks and reviews themselves, at a cadence, stay activity counts
@pytest.mark.parametrize(
    "kr",
    [
        "每周召开例会",
        "每月开展1次质量评审",
        "每周巡检配电房2次",
        "建立月度评价机制，每月评价供应商20家",
        "每季度组织2次消防演练",
    ],
)
def test_the_routine_itself_stays_an_activity_count(kr: str) -> None:
    assert "kr-activity-count" in _fails(_kr(_review(_HEAD.format(kr=kr))))

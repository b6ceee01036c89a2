"""realzh37 (issue 8, thirty-seventh round): shapes seen in the studied half of a new set of
published Chinese OKRs (models/data/realzh37_manifest.md): a goal's wording in one bullet (a
checkbox) under its numbered heading with "关键结果：" over its list, ...

Every wording here is written for this file; none is copied from a published page.
"""

from __future__ import annotations

import pytest

from coach.review import parse, review


def _shape(text: str) -> list[tuple[str, list[str]]]:
    """Each parsed objective's wording with its key results' wordings."""
    return [(o.text, [k.text for k in o.key_results]) for o in parse(text).objectives]


def _fails(text: str) -> list[list[str]]:
    """Per parsed item (each objective, then its key results): its failing rule ids."""
    rv = review(text)
    items = [i for o in rv.objectives for i in (o, *o.key_results)]
    return [sorted(c.rule_id for c in i.checks if c.status == "fail") for i in items]


# -- decision 5500: "### 目标一" / one bullet holding the goal / "关键结果：" over the list ---------


def _goal_sections(heads: list[str], goals: list[str], label: str, krs: list[list[str]], box: str) -> str:
    parts = []
    for head, goal, ks in zip(heads, goals, krs, strict=True):
        parts.append(f"### {head}\n\n{box}{goal}\n\n{label}\n\n" + "".join(f"{box}{k}\n" for k in ks))
    return "\n".join(parts)


GOAL_BULLETS = [
    # (numbered heads, goal wordings, the key-result label, key results, bullet marker)
    (["目标一", "目标二"], ["门店口碑", "出餐提速"], "关键结果：",
     [["会员满意度达到 90 分", "差评数量降到 5 条以内"], ["平均出餐时间缩短到 8 分钟", "高峰排队控制在 10 人以内"]], "- [ ] "),
    (["目标1", "目标2"], ["病区护理更安心", "缩短候诊时间"], "关键结果：",
     [["患者满意度从 85% 提升到 93%", "跌倒事件降到每月 1 起以内"], ["门诊平均候诊时间降到 20 分钟"]], "- "),
    (["目标一", "目标二"], ["新员工快速上手", "招聘更准"], "关键结果:",
     [["新人 30 天内独立上岗率达到 80%"], ["试用期转正率提升到 90%", "用人部门满意度达到 4.5 分"]], "* "),
    (["目标 1", "目标 2"], ["产线良率再上台阶", "交期更稳"], "关键成果：",
     [["一次良品率从 96% 提升到 98.5%"], ["订单准时交付率达到 97%", "插单响应时间缩短到 24 小时"]], "- [x] "),
    (["目标一", "目标二"], ["学生爱上阅读", "家校沟通更顺"], "关键结果",
     [["每周自主阅读 3 小时以上的学生占比达到 70%"], ["家长满意度达到 95%"]], "- "),
    (["Goal 1", "Goal 2"], ["Happier members", "Faster service"], "Key results:",
     [["Member satisfaction reaches 90", "Bad reviews drop below 5"], ["Average wait falls to 8 minutes"]], "- [ ] "),
    (["Objective 1", "Objective 2"], ["Grow the pipeline", "Shorten sales cycles"], "Key Results",
     [["Add 40 qualified opportunities"], ["Median cycle drops from 60 to 45 days"]], "- "),
    (["目标一", "目标二"], ["回款更快", "毛利更健康"], "KR：",
     [["应收账款周转天数从 75 天降到 60 天"], ["综合毛利率从 28% 提升到 32%"]], "- "),
    (["目标一", "目标二", "目标三"], ["身体", "英语", "理财"], "关键结果：",
     [["体重减到 65 公斤"], ["托福考到 100 分"], ["存款达到 5 万元"]], "- [ ] "),
    (["目标1", "目标2"], ["线上渠道起量", "复购稳住"], "主要结果：",
     [["小程序月订单达到 8000 单"], ["90 天复购率达到 35%"]], "+ "),
    (["目标一", "目标二"], ["系统更稳", "发布更快"], "关键结果：",
     [["核心接口可用性达到 99.95%"], ["平均发布耗时从 40 分钟降到 15 分钟"]], "1. "),
]


@pytest.mark.parametrize(("heads", "goals", "label", "krs", "box"), GOAL_BULLETS)
def test_goal_in_one_bullet_over_kr_label(
    heads: list[str], goals: list[str], label: str, krs: list[list[str]], box: str
) -> None:
    text = "# 2026年目标\n\n" + _goal_sections(heads, goals, label, krs, box)
    assert _shape(text) == list(zip(goals, krs, strict=True))


def test_two_bullets_under_the_heading_are_no_goal_wording() -> None:
    # a list of two under "### 目标一" is no goal's one line: unchanged by decision 5500
    text = "### 目标一\n\n- 门店口碑\n- 出餐提速\n\n关键结果：\n\n- 会员满意度达到 90 分\n"
    assert [o for o, _ in _shape(text)] != ["门店口碑"]


def test_prose_after_the_bullet_unchanged() -> None:
    # a sentence, not a key-result label, after the one bullet: read as before
    text = "### 目标一\n\n- 门店口碑\n\n这一季我们先把基础打牢。\n\n- 会员满意度达到 90 分\n"
    assert _shape(text) == [("门店口碑", ["会员满意度达到 90 分"])]

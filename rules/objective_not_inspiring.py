"""objective-not-inspiring: an objective worded as routine work ("完成季度招聘任务")."""

from __future__ import annotations

import re

from coach.draft import Draft, Item
from coach.rule_api import Example, Hit, Rule
from coach.wordlists import find_terms, words
from rules._objective_text import core_start, is_vague, metric_clauses


class ObjectiveNotInspiring(Rule):
    """What it does: flags an objective that opens with a routine or administrative verb
    (完成, 维护, 处理, complete, maintain, handle …) and has no cue of ambition anywhere
    (最, 打造, 拿下, 超前, best, win, delight, world-class …): "完成季度招聘任务", "Maintain the
    billing system", "Prepare the quarterly board report".

    Why is this bad? The seed's first principle: 目标要有明确方向并且鼓舞人心. An objective
    that reads as a to-do item tells people what to do, not where the team is going or why
    it matters; the seed's good objectives ("打造公司历史上最成功的销售推广活动", "超前完成xx项目")
    name an ambition.

    It stays silent on objectives that are metrics (objective-is-metric speaks for those) or
    vague (objective-vague), so that one problem gets one finding. The span is the whole
    objective. There is no automatic fix: only the team can say what the work is for.

    Use instead: say what the work achieves and why it matters ("为业务扩张招到最优秀的人才",
    "Make billing invisible to our customers").
    """

    id = "objective-not-inspiring"
    target = "objective"
    severity = "info"
    category = "direction"
    issue_type = "style"
    fix = "never"
    similar_examples = True
    model_label = "objective-not-inspiring"
    # A metric-only or vague objective is uninspiring by definition: the specific finding says
    # it better, so the model's generic one is not added on top.
    model_defers_to = ("objective-is-metric", "objective-vague")
    model_message = {
        "zh": "这个目标读起来像一句平淡的工作描述，不够鼓舞人心（模型判断）。",
        "en": "This objective reads as a flat work statement, not an inspiring one (the model's reading).",
    }
    principle = {
        "zh": "目标要有明确方向并且鼓舞人心",
        "en": "An objective has a clear direction and is inspiring",
    }
    message = {
        "zh": "这个目标读起来像一项例行任务（“{verb}……”），看不出鼓舞人心的方向。",
        "en": "This objective reads like a routine task (“{verb} …”), not a direction that "
        "inspires.",
    }
    explanation = {
        "zh": "目标要有明确方向并且鼓舞人心。以“完成”“维护”“处理”开头的目标只是在罗列要做的事，"
        "说不出为什么值得去做。写出这项工作要带来的改变，例如把“完成xx项目”写成“超前完成xx项目”，"
        "或“打造公司历史上最成功的销售推广活动”。",
        "en": "An objective should have a clear direction and inspire the people who work on it. "
        "One that starts with “complete”, “maintain” or “handle” lists work to do without saying "
        "why it is worth doing. Say what the work will change: “Complete the migration” becomes "
        "“Give every team a platform they can ship on in minutes”.",
    }
    examples = (
        Example("zh", "«完成季度招聘任务»", True),
        Example("zh", "«维护现有的订单系统»", True),
        Example("zh", "«整理并提交年度预算报告»", True),
        Example("zh", "超前完成xx项目。", False),
        Example("zh", "打造公司历史上最成功的销售推广活动。", False),
        Example("zh", "拿下xx市场！", False),
        Example("zh", "完成季度招聘任务10人", False, note="a metric: objective-is-metric's case"),
        Example("en", "«Complete Q3 hiring»", True),
        Example("en", "«Maintain the billing system»", True),
        Example("en", "«Prepare the quarterly board report»", True),
        Example("en", "Complete the platform migration ahead of schedule", False),
        Example("en", "Run a world-class customer conference", False),
        Example("en", "Delight our enterprise customers", False),
        Example(
            "en", "Hire 10 senior engineers", False, note="a metric: objective-is-metric's case"
        ),
    )

    def check(self, item: Item, draft: Draft) -> list[Hit]:
        lang = item.language
        verb = _routine_opening(item, lang)
        if verb is None:
            return []
        if find_terms(item.folded, words("objective_inspiring", lang), lang):
            return []
        if metric_clauses(item) or is_vague(item):
            return []
        return [Hit(args={"verb": verb})]


def _routine_opening(item: Item, lang: str) -> str | None:
    """The routine verb the objective opens with (after any time expression), or None."""
    plain = item.plain
    masked = item.facts.masked
    start = core_start(masked)
    head = masked[start:].lower()
    for verb in words("objective_routine_verbs", lang):  # longest first
        if not head.startswith(verb):
            continue
        if lang == "en" and re.match(r"[a-z0-9'’-]", head[len(verb) : len(verb) + 1]):
            continue  # "do" is not "document", "run" is not "running"
        return plain[start : start + len(verb)]
    return None


RULE = ObjectiveNotInspiring()

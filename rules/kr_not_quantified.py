"""kr-not-quantified: a key result with no number, target or dated milestone."""

from __future__ import annotations

from coach.rule_api import Example, Hit, Rule
from rules._kr_common import (
    any_timeframe,
    append_measure,
    mapping_terms,
    measurable,
    terms,
)


class KrNotQuantified(Rule):
    """What it does: flags a key result that gives no number, no placeholder for one (xx, [N])
    and no quantity word (all, zero, double, 全部, 翻番): "提升客户满意度", "Improve onboarding".

    Why is this bad? 定量的: a key result answers “如何得知我们朝目标推进了多少” — how far did we
    get? Without a number nobody can score it at the end of the cycle.

    Not flagged: a launch with a timeframe ("9月1日前推出客户推荐计划": done or not done by a
    date) and a completion with the KR's own date ("9月30日前完成CRM迁移").

    Use instead: a measure with its baseline and target ("客户满意度从80%提升到90%").
    """

    id = "kr-not-quantified"
    target = "kr"
    severity = "error"
    category = "measurable"
    issue_type = "non-conformance"
    fix = "sometimes"
    similar_examples = True
    model_label = "kr-not-quantified"
    model_message = {
        "zh": "这条关键结果读起来没有可衡量的数字目标（模型判断）。",
        "en": "This key result reads as having no measurable target (the model's reading).",
    }
    principle = {
        "zh": "定量的：如何得知我们朝目标推进了多少？",
        "en": "Quantitative: how do we know how far we have moved toward the objective?",
    }
    message = {
        "zh": "这个关键结果没有可衡量的数字或目标值。",
        "en": "This key result has no number or target to measure.",
    }
    explanation = {
        "zh": "关键结果要回答“如何得知我们朝目标推进了多少”。没有数字，周期结束时就无法打分，也说不清进展。"
        "写明衡量什么、从多少到多少（如“客户满意度从80%提升到90%”）；不知道基线时先写[基线]占位。"
        "带日期的上线/推出（如“9月1日前推出客户推荐计划”）可以按是否完成打分，不在此列。",
        "en": "A key result answers “how do we know how far we moved toward the objective?”. "
        "Without a number it cannot be scored at the end of the cycle. Say what is measured and "
        "from what to what (“raise CSAT from 80% to 90%”); write [baseline] when you do not know "
        "it yet. A launch with a date (“Launch the referral program by Sep 1”) can be scored as "
        "done or not done and is not flagged.",
    }
    examples = (
        Example("zh", "«提升客户满意度»", True),
        Example("zh", "«优化客户回复流程»", True),
        Example("zh", "«建立一个客户推荐计划»", True),
        Example("zh", "«扩大品牌在华东地区的影响力»（负责人：李雷）", True),
        Example("zh", "客户问题解决时间缩短至2天", False),
        Example("zh", "9月1日前推出客户推荐计划", False),
        Example("zh", "在xx销售周期内比同期多组织XX场小区营销活动", False),
        Example("zh", "全员完成信息安全培训", False),
        Example("en", "«Improve customer satisfaction»", True),
        Example("en", "«Make onboarding smoother for new accounts»", True),
        Example("en", "«Strengthen our brand in Europe»", True),
        Example("en", "Launch the referral program by Sep 1", False),
        Example("en", "Raise NPS from 30 to 45", False),
        Example("en", "Double weekly active users", False),
        Example("en", "Zero P0 incidents in production", False),
    )

    def check(self, item, draft):
        if measurable(item):
            return []
        if _is_milestone(item, draft):
            return []
        # kr-is-task's rewrite, or kr-vague-wording's "[N]" for "若干", brings the number when
        # those rules fire here: a second rewrite would collide with it.
        yields = (
            ("kr-is-task", "kr-vague-wording")
            if mapping_terms(item, "kr_vague_quantities")
            else ("kr-is-task",)
        )
        return [Hit(fixes=[append_measure(item, yields_to=yields)])]


def _is_milestone(item, draft) -> bool:
    """A launch with a timeframe, or a completion with the KR's own date: done / not done."""
    if (_verbs(item, "kr_milestone_verbs") or terms(item, "kr_binary_results")) and any_timeframe(
        item, draft
    ):
        return True
    return bool(_verbs(item, "kr_completion_verbs") and item.deadline is not None)


def _verbs(item, name: str) -> list[tuple[int, int, str]]:
    found = terms(item, name)
    if item.language == "zh":
        bounds = item.facts.token_bounds
        found = [t for t in found if t[0] in bounds and t[1] in bounds]
    return found


RULE = KrNotQuantified()

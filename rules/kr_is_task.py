"""kr-is-task: a key result that is a task (something to do), not a result."""

from __future__ import annotations

import re

from coach.rule_api import Example, Fix, Hit, LocalEdit, Rule
from coach.wordlists import mapping, words
from rules._kr_common import (
    activity_counts,
    cap_first,
    lead_verb,
    mapping_terms,
    measurable,
    rewrite_region,
)

_PLACEHOLDER = re.compile(r"\[[^\[\]]+\]")


class KrIsTask(Rule):
    """What it does: flags a key result that names a task — something to do — and gives no
    measurable result: "给潜在用户发一封邮件", "会见新的销售副总裁", "Kick off the partner program",
    "完成系统优化". It looks for a task verb leading the KR (word list) and the absence of any
    number, percentage or target.

    Why is this bad? 基于结果，而非任务: a task can be done while nothing improves. A key result
    says what changes because of the work ("往渠道中增加25个合格机会").

    Not flagged: launches (推出/上线/发布, launch/ship/release) — a dated launch is a binary
    milestone, checkable as done or not done; completions with the KR's own date ("9月30日前完成
    CRM迁移"); and anything with a count or target ("完成季度招聘任务10人"). Counts of activities
    are left to kr-activity-count.

    Use instead: the outcome the task serves, with a number ("往渠道中增加[N]个合格机会").
    """

    id = "kr-is-task"
    target = "kr"
    severity = "error"
    category = "results"
    issue_type = "non-conformance"
    fix = "always"
    similar_examples = True
    model_label = "kr-is-task"
    model_message = {
        "zh": "这条关键结果读起来像一项任务，而不是一个结果（模型判断）。",
        "en": "This key result reads as a task, not a result (the model's reading).",
    }
    principle = {
        "zh": "基于结果，而非任务：“给潜在用户发一封邮件”或“会见新的销售副总裁”是任务而非KR，"
        "而“往渠道中增加25个合格机会”就是一个KR",
        "en": "Results, not tasks: “email prospective users” or “meet the new VP of Sales” are "
        "tasks, not key results; “add 25 qualified opportunities to the pipeline” is one",
    }
    message = {
        "zh": "“{task}”是一项任务，而不是结果。",
        "en": "“{task}” is a task, not a result.",
    }
    explanation = {
        "zh": "关键结果衡量的是做完事情之后发生了什么变化，而不是要做哪些事。任务可以全部完成，目标却毫无进展。"
        "问一问：做这件事是为了让哪个指标变好？把那个指标和目标值写成关键结果，任务放进行动计划。"
        "有明确日期的上线/推出（如“9月1日前推出客户推荐计划”）属于可验证的里程碑，不在此列。",
        "en": "A key result measures what changes once the work is done, not the work itself: "
        "every task can be finished while the objective does not move. Ask which measure the "
        "task is meant to improve, write that measure and its target as the key result, and "
        "keep the task in the plan. A dated launch (“Launch the referral program by Sep 1”) "
        "is a checkable milestone and is not flagged.",
    }
    examples = (
        Example("zh", "«给潜在用户发一封邮件»", True),
        Example("zh", "«会见新的销售副总裁»", True),
        Example("zh", "«本季度完成系统优化»", True),
        Example("zh", "«与合作伙伴召开季度对接会»", True),
        Example("zh", "往渠道中增加25个合格机会", False),
        Example("zh", "9月1日前推出客户推荐计划", False),
        Example("zh", "完成季度招聘任务10人", False),
        Example("zh", "制定激励计划，覆盖至少70%以上人员", False),
        Example("en", "«Send an email to prospects»", True),
        Example("en", "«Meet the new VP of Sales»", True),
        Example("en", "«Kick off the partner program»", True),
        Example("en", "«Write the Q3 marketing plan»", True),
        Example("en", "Add 25 qualified opportunities to the pipeline", False),
        Example("en", "Launch the referral program by Sep 1", False),
        Example("en", "Complete the CRM migration by September 30", False),
        Example("en", "Hold onboarding calls that convert 30% of trials to paid", False),
    )

    def check(self, item, draft):
        lang = item.language
        if lead_verb(item, "kr_milestone_verbs") is not None:
            return []
        verb = lead_verb(item, "kr_task_verbs")
        if verb is None:
            return []
        if measurable(item):
            return []  # a count or a target: measurable (activity counts have their own rule)
        if activity_counts(item):
            return []
        dated = item.deadline is not None and item.deadline.kind == "date"
        if dated and verb[2] in words("kr_completion_verbs", lang):
            return []  # a dated deliverable: done or not done by that date
        return [self._hit(item, verb[0])]

    def _hit(self, item, lead: int) -> Hit:
        s, e = rewrite_region(item, lead, item.core_span[1])
        task = item.text[s:e]
        template = _template(item, s, e)
        if template is None:
            if item.language == "zh":
                template = f"通过{task}，使[结果指标]从[基线]提升到[N]"
            else:
                template = f"Move [result metric] from [baseline] to [N] once we {_lower(task)}"
        if item.language == "en" and s > item.core_span[0]:
            template = _lower(template)
        elif item.language == "en":
            template = cap_first(template)
        return Hit(
            span=item.core_span,
            args={"task": item.text[slice(*item.core_span)]},
            fixes=[
                Fix(
                    edits=[LocalEdit(s, e, template)],
                    placeholders=_PLACEHOLDER.findall(template),
                    applicability="display-only",
                )
            ],
        )


def _lower(s: str) -> str:
    # Keep acronyms and names ("CRM", "VP") as written.
    if len(s) > 1 and s[:2].isupper():
        return s
    return s[:1].lower() + s[1:]


def _template(item, s: int, e: int) -> str | None:
    """The outcome template of the first keyword of `kr_task_outcomes` in the task."""
    found = [t for t in mapping_terms(item, "kr_task_outcomes") if s <= t[0] and t[1] <= e]
    if not found:
        return None
    return mapping("kr_task_outcomes", item.language)[found[0][2]]


RULE = KrIsTask()

"""checkin-p3-task: a task of priority P3 or lower among the week's priorities."""

from __future__ import annotations

from coach.rule_api import Example, Hit
from rules.cycle._checkin_examples import CONF_EN, CONF_ZH, OKR_EN, OKR_ZH
from rules.cycle.base import CycleRule


class CheckinP3Task(CycleRule):
    """What it does: flags a task of this week marked P3 (or P4 …).

    Why is this bad? The seed: "P1的优先级大于P2，没有P3或更不重要的事". If it is P3, it is not
    one of the 3–4 things that move the objectives this week.

    Use instead: drop it from the quadrant, or raise it to P2 if the KRs really need it now.
    """

    family = "checkin"
    order = 2
    id = "checkin-p3-task"
    target = "task"
    severity = "warning"
    principle = {
        "zh": "明确这些事的优先级：P1的优先级大于P2，没有P3或更不重要的事",
        "en": "Priorities are P1 or P2: there is no P3 among the week's most important things",
    }
    message = {
        "zh": "“{task}”是{priority}：本周关注的任务只有P1和P2。",
        "en": "“{task}” is {priority}: this week's priorities are P1 or P2 only.",
    }
    explanation = {
        "zh": "周检查的任务要明确优先级：P1的优先级大于P2，没有P3或更不重要的事。排到P3的事，不是本周推动目标的那三四件事之一："
        "把它移出这个象限，或者如果关键结果真的需要它，就提升为P2。",
        "en": "This week's tasks carry a priority: P1 above P2, and nothing at P3 or below. A P3 "
        "task is not one of the three or four things that move the objectives this week: take it "
        "out of the quadrant, or raise it to P2 if the key results really need it now.",
    }
    examples = (
        Example(
            "zh",
            OKR_ZH
            + "本周关注的任务：\n- P1 上线新手引导第二版\n- «P3 整理团队周报模板»\n"
            + CONF_ZH,
            True,
        ),
        Example(
            "zh",
            OKR_ZH + "## 本周关注的任务\n1. «[P3] 更新帮助文档»\n2. P1 分析第3天流失原因\n",
            True,
        ),
        Example("zh", OKR_ZH + "本周重点：\n- P2 加满意度弹窗\n- «清理旧的埋点 P4»\n", True),
        Example(
            "zh",
            OKR_ZH + "本周关注的任务：\n- P1 上线新手引导第二版\n- P2 整理团队周报模板\n" + CONF_ZH,
            False,
        ),
        Example(
            "zh",
            OKR_ZH + "## 本周关注的任务\n1. [P1] 更新帮助文档\n2. P1 分析第3天流失原因\n",
            False,
        ),
        Example("zh", OKR_ZH + "本周重点：\n- P2 加满意度弹窗\n- P1 复盘P3阶段的留存数据\n", False),
        Example(
            "en",
            OKR_EN
            + "This week's priorities:\n- P1 Ship onboarding v2\n- «P3 Tidy the weekly report template»\n"
            + CONF_EN,
            True,
        ),
        Example(
            "en",
            OKR_EN
            + "## This week's priorities\n1. «[P3] Update the help pages»\n2. P1 Find why users drop on day 3\n",
            True,
        ),
        Example(
            "en",
            OKR_EN
            + "Focus this week:\n- P2 Add the satisfaction survey\n- «Clean up old tracking events P4»\n",
            True,
        ),
        Example(
            "en",
            OKR_EN
            + "This week's priorities:\n- P1 Ship onboarding v2\n- P2 Tidy the weekly report template\n"
            + CONF_EN,
            False,
        ),
        Example(
            "en",
            OKR_EN
            + "## This week's priorities\n1. [P1] Update the help pages\n2. P1 Find why users drop on day 3\n",
            False,
        ),
        Example(
            "en",
            OKR_EN
            + "Focus this week:\n- P2 Add the satisfaction survey\n- P1 Review retention for the P3 cohort\n",
            False,
        ),
    )

    def check_doc(self, doc):
        for t in doc.tasks:
            if t.priority is None or int(t.priority[1:]) < 3:
                continue
            yield Hit(
                span=(t.entry.start, t.entry.end),
                target=t.id,
                input_span=True,
                args={"task": t.item.plain.strip(), "priority": t.priority},
            )


RULE = CheckinP3Task()

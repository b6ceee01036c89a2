"""checkin-task-no-priority: a task of this week without a P1/P2 priority."""

from __future__ import annotations

from coach.rule_api import Example, Hit
from rules.cycle._checkin_examples import CONF_EN, CONF_ZH, OKR_EN, OKR_ZH
from rules.cycle.base import CycleRule


class CheckinTaskNoPriority(CycleRule):
    """What it does: flags a task of this week with no priority (P1 or P2).

    Why is this bad? The seed asks to "明确这些事的优先级": when the week runs short, the team
    must know which task gives way.

    Use instead: mark each task P1 or P2 ("P1 上线新手引导第二版").
    """

    family = "checkin"
    order = 3
    id = "checkin-task-no-priority"
    target = "task"
    severity = "info"
    principle = {
        "zh": "明确这些事的优先级（P表示Plan，P1的优先级大于P2）",
        "en": "Give each of the week's tasks a priority (P1 above P2)",
    }
    message = {
        "zh": "这项任务没有标优先级（P1或P2）。",
        "en": "This task has no priority (P1 or P2).",
    }
    explanation = {
        "zh": "周检查要明确本周这几件事的优先级：P1的优先级大于P2。一周时间不够用时，团队要知道先放下哪一件。给每项任务标上P1或P2。",
        "en": "The check-in gives each of the week's tasks a priority, P1 above P2, so that when "
        "the week runs short everyone knows which one gives way. Mark each task P1 or P2.",
    }
    examples = (
        Example(
            "zh",
            OKR_ZH + "本周关注的任务：\n- P1 上线新手引导第二版\n- «分析第3天流失原因»\n" + CONF_ZH,
            True,
        ),
        Example(
            "zh",
            OKR_ZH + "## 本周关注的任务\n1. «上线新手引导第二版（KR1）»\n2. P2 加满意度弹窗\n",
            True,
        ),
        Example("zh", OKR_ZH + "本周重点：\n- «约谈三位流失用户»\n", True),
        Example(
            "zh",
            OKR_ZH
            + "本周关注的任务：\n- P1 上线新手引导第二版\n- P2 分析第3天流失原因\n"
            + CONF_ZH,
            False,
        ),
        Example(
            "zh",
            OKR_ZH
            + "## 本周关注的任务\n1. [P1] 上线新手引导第二版（KR1）\n2. 加满意度弹窗（P2）\n",
            False,
        ),
        Example("zh", OKR_ZH + "本周重点：\n- 优先级：P1 约谈三位流失用户\n", False),
        Example(
            "en",
            OKR_EN
            + "This week's priorities:\n- P1 Ship onboarding v2\n- «Find why users drop on day 3»\n"
            + CONF_EN,
            True,
        ),
        Example(
            "en",
            OKR_EN
            + "## This week's priorities\n1. «Ship onboarding v2 (KR1)»\n2. P2 Add the satisfaction survey\n",
            True,
        ),
        Example("en", OKR_EN + "Focus this week:\n- «Call three churned users»\n", True),
        Example(
            "en",
            OKR_EN
            + "This week's priorities:\n- P1 Ship onboarding v2\n- P2 Find why users drop on day 3\n"
            + CONF_EN,
            False,
        ),
        Example(
            "en",
            OKR_EN
            + "## This week's priorities\n1. [P1] Ship onboarding v2 (KR1)\n2. Add the satisfaction survey (P2)\n",
            False,
        ),
        Example(
            "en", OKR_EN + "Focus this week:\n- priority: P1 call three churned users\n", False
        ),
    )

    def check_doc(self, doc):
        for t in doc.tasks:
            if t.priority is None:
                yield Hit(span=(t.entry.start, t.entry.end), target=t.id, input_span=True)


RULE = CheckinTaskNoPriority()

"""checkin-too-many-tasks: more than four priority tasks in a week."""

from __future__ import annotations

from coach.rule_api import Example, Hit
from rules.cycle._checkin_examples import CONF_EN, CONF_ZH, OKR_EN, OKR_ZH
from rules.cycle.base import CycleRule

LIMIT = 4


class CheckinTooManyTasks(CycleRule):
    """What it does: flags a check-in that lists more than four tasks for this week; the span
    covers the tasks beyond the fourth.

    Why is this bad? The seed asks for the 3–4 most important things, "只有本周完成了这几件事，
    团队的目标才能向前推进". A longer list is a to-do list: nothing in it is a priority any more.

    Use instead: keep the three or four that move the KRs most; the rest go elsewhere.
    """

    family = "checkin"
    order = 1
    id = "checkin-too-many-tasks"
    target = "set"
    severity = "warning"
    principle = {
        "zh": "本周关注的任务：列出3～4件最重要的事情，只有本周完成了这几件事，团队的目标才能向前推进",
        "en": "This week: the 3–4 most important things, the ones without which the objectives "
        "do not move",
    }
    message = {
        "zh": "本周列了 {count} 项任务：只留3～4件最重要的事。",
        "en": "{count} tasks this week: keep the 3–4 that matter most.",
    }
    explanation = {
        "zh": "周检查里的“本周关注的任务”只列3～4件最重要的事情：只有本周完成了这几件事，团队的目标才能向前推进。"
        "清单一长就变成了待办事项，哪一件都不再是重点。留下最能推动关键结果的三四件，其余的放进日常的任务列表。",
        "en": "The check-in lists the 3–4 most important things of the week — the ones without "
        "which the objectives do not move. A longer list is a to-do list where nothing is a "
        "priority. Keep the three or four that move the key results most; the rest belong in the "
        "team's task list.",
    }
    examples = (
        Example(
            "zh",
            OKR_ZH
            + "本周关注的任务：\n- P1 上线新手引导第二版\n- P1 分析第3天流失原因\n- P2 加满意度弹窗\n- P2 更新帮助文档\n- «P2 整理用户访谈记录»\n"
            + CONF_ZH,
            True,
        ),
        Example(
            "zh",
            OKR_ZH
            + "## 本周关注的任务\n1. P1 上线新手引导第二版\n2. P1 分析第3天流失原因\n3. P2 加满意度弹窗\n4. P2 更新帮助文档\n5. «P2 整理用户访谈记录\n6. P2 准备季度复盘材料»\n",
            True,
        ),
        Example(
            "zh",
            OKR_ZH
            + "本周重点：\n- 上线新手引导第二版\n- 分析第3天流失原因\n- 加满意度弹窗\n- 更新帮助文档\n- «约谈三位流失用户»\n",
            True,
        ),
        Example(
            "zh",
            OKR_ZH
            + "本周关注的任务：\n- P1 上线新手引导第二版\n- P1 分析第3天流失原因\n- P2 加满意度弹窗\n- P2 更新帮助文档\n"
            + CONF_ZH,
            False,
        ),
        Example(
            "zh",
            OKR_ZH
            + "## 本周关注的任务\n1. P1 上线新手引导第二版\n2. P2 加满意度弹窗\n3. P2 整理用户访谈记录\n",
            False,
        ),
        Example(
            "zh",
            OKR_ZH
            + "本周重点：\n- P1 上线新手引导第二版\n  - 先灰度10%\n  - 周五全量\n- P2 加满意度弹窗\n",
            False,
        ),
        Example(
            "en",
            OKR_EN
            + "This week's priorities:\n- P1 Ship onboarding v2\n- P1 Find why users drop on day 3\n- P2 Add the satisfaction survey\n- P2 Update the help pages\n- «P2 Tidy the interview notes»\n"
            + CONF_EN,
            True,
        ),
        Example(
            "en",
            OKR_EN
            + "## This week's priorities\n1. P1 Ship onboarding v2\n2. P1 Find why users drop on day 3\n3. P2 Add the satisfaction survey\n4. P2 Update the help pages\n5. «P2 Tidy the interview notes\n6. P2 Draft the quarterly review»\n",
            True,
        ),
        Example(
            "en",
            OKR_EN
            + "Focus this week:\n- Ship onboarding v2\n- Find why users drop on day 3\n- Add the satisfaction survey\n- Update the help pages\n- «Call three churned users»\n",
            True,
        ),
        Example(
            "en",
            OKR_EN
            + "This week's priorities:\n- P1 Ship onboarding v2\n- P1 Find why users drop on day 3\n- P2 Add the satisfaction survey\n- P2 Update the help pages\n"
            + CONF_EN,
            False,
        ),
        Example(
            "en",
            OKR_EN
            + "## This week's priorities\n1. P1 Ship onboarding v2\n2. P2 Add the satisfaction survey\n3. P2 Tidy the interview notes\n",
            False,
        ),
        Example(
            "en",
            OKR_EN
            + "Focus this week:\n- P1 Ship onboarding v2\n  - 10% rollout first\n  - everyone on Friday\n- P2 Add the satisfaction survey\n",
            False,
        ),
    )

    def check_doc(self, doc):
        if len(doc.tasks) <= LIMIT:
            return
        extra = doc.tasks[LIMIT:]
        yield Hit(
            span=(extra[0].entry.start, extra[-1].entry.end),
            target="set",
            input_span=True,
            args={"count": str(len(doc.tasks))},
        )


RULE = CheckinTooManyTasks()

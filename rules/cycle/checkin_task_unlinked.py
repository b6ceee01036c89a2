"""checkin-task-unlinked: a P1 task of the week that no key result can be found for."""

from __future__ import annotations

from coach.cycle.checkin import LINK_MIN, lead_verb, unlinked
from coach.rule_api import Example, Hit
from rules.cycle._checkin_examples import OKR_EN, OKR_ZH, TASKS_PRINCIPLE
from rules.cycle.base import CycleRule


class CheckinTaskUnlinked(CycleRule):
    """What it does: flags a P1 task of this week that names no key result ("（KR2）",
    "O1.KR2") and shares no content word with any KR or objective, unless the sentence encoder
    finds one KR that clearly stands out. The encoder's nearest KR is named in the message as a
    hint (across languages), never as proof.

    Why is this bad? The seed's weekly tasks are the 3–4 things "只有本周完成了这几件事，团队的
    目标才能向前推进": a P1 task that moves no KR is either busywork or a KR nobody wrote down.

    Use instead: say which KR it moves ("P1 上线新手引导第二版（KR1）"), or lower it.
    """

    family = "checkin"
    order = 4
    id = "checkin-task-unlinked"
    target = "task"
    severity = "info"
    principle = TASKS_PRINCIPLE
    message = {
        "zh": "这项P1任务看不出推进哪个关键结果{hint}。",
        "en": "This P1 task does not show which key result it moves{hint}.",
    }
    explanation = {
        "zh": "周检查里的任务是“只有本周完成了这几件事，团队的目标才能向前推进”的那几件。P1任务如果推进不了任何关键结果，"
        "要么是日常杂事，要么说明有一个重要的关键结果没写下来。在任务后写明它推进的关键结果（如“（KR1）”），或者降低它的优先级。",
        "en": "The week's tasks are the few without which the objectives do not move. A P1 task "
        "that moves no key result is either routine work or a sign of a key result nobody wrote "
        "down. Say which key result it moves (e.g. “(KR1)”), or lower its priority.",
    }
    examples = (
        Example(
            "zh",
            OKR_ZH
            + "本周关注的任务：\n- «P1 续签办公室租约»\n- P2 给新手引导加满意度弹窗（KR2）\n",
            True,
        ),
        Example(
            "zh",
            OKR_ZH
            + "## 本周关注的任务\n1. «[P1] 组织部门团建活动»\n2. P1 上线新手引导第二版（KR1）\n",
            True,
        ),
        Example("zh", OKR_ZH + "本周重点：\n- «P1 面试两位前端候选人»\n", True),
        Example(
            "zh",
            OKR_ZH + "本周关注的任务：\n- P1 上线新手引导第二版（KR1）\n- P2 续签办公室租约\n",
            False,
        ),
        Example(
            "zh",
            OKR_ZH
            + "## 本周关注的任务\n1. [P1] 分析新用户第3天流失的原因\n2. P1 优化新手引导的第一步\n",
            False,
        ),
        Example("zh", OKR_ZH + "本周重点：\n- P1 重做注册流程（对应关键结果1）\n", False),
        Example(
            "en",
            OKR_EN
            + "This week's priorities:\n- «P1 Renew the office lease»\n- P2 Add the satisfaction survey (KR2)\n",
            True,
        ),
        Example(
            "en",
            OKR_EN
            + "## This week's priorities\n1. «[P1] Plan the team offsite»\n2. P1 Ship onboarding v2 (KR1)\n",
            True,
        ),
        Example(
            "en", OKR_EN + "Focus this week:\n- «P1 Interview two frontend candidates»\n", True
        ),
        Example(
            "en",
            OKR_EN
            + "This week's priorities:\n- P1 Ship onboarding v2 (KR1)\n- P2 Renew the office lease\n",
            False,
        ),
        Example(
            "en",
            OKR_EN
            + "## This week's priorities\n1. [P1] Find why new users leave on day 3\n2. P1 Shorten the first onboarding step\n",
            False,
        ),
        Example(
            "en", OKR_EN + "Focus this week:\n- P1 Redesign the sign-up flow (O1.KR1)\n", False
        ),
    )

    def check_doc(self, doc):
        for t in doc.tasks:
            if t.priority != "P1" or not unlinked(t):
                continue
            lang = "zh" if t.item.language == "zh" else "en"
            hint = ""
            if t.closest is not None:
                c = t.closest
                # a close match left unlinked because another KR is about as close (the
                # encoder's margin): said, or "nearest p=0.90" read as a link refused for
                # nothing beside one made at p=0.87 (tester39)
                tied = c.confidence >= LINK_MIN and len(doc.draft.key_results()) > 1
                # … or because the task's topic is another than the KR's (decision 5882): no
                # tie to speak of
                topic = t.held_back in ("topic", "verb")
                but = {
                    "zh": "，但只是意思相近：任务说的事和这个关键结果不是一类"
                    if t.held_back == "topic"
                    else "，但别的关键结果也差不多接近，分不出是哪一个",
                    "en": ", but only close in meaning: the task is about something else"
                    if t.held_back == "topic"
                    else ", but another key result is about as close",
                }
                if t.held_back == "verb":
                    # the same verb on another thing (decision 6265)
                    verb = lead_verb(t.item) or ""
                    but = {
                        "zh": f"，但两者只是动词“{verb}”相同：做的是另一件事",
                        "en": f", but the two share only the verb “{verb}”: the task does it "
                        "to something else",
                    }
                hint = (
                    f"（按意思最接近的是 {c.target}“{c.text}”，p={c.confidence:.2f}"
                    + (but["zh"] if tied or topic else "")
                    + "）"
                    if lang == "zh"
                    else f" (nearest by meaning: {c.target} “{c.text}”, p={c.confidence:.2f}"
                    + (but["en"] if tied or topic else "")
                    + ")"
                )
            yield Hit(
                span=(t.entry.start, t.entry.end),
                target=t.id,
                input_span=True,
                args={"hint": hint},
            )


RULE = CheckinTaskUnlinked()

"""checkin-missing-section: a check-in without one of the seed's four quadrants."""

from __future__ import annotations

from coach.rule_api import Example, Hit
from rules.cycle._checkin_examples import (
    CONF_EN,
    CONF_ZH,
    IND_EN,
    IND_ZH,
    OKR_EN,
    OKR_ZH,
    PLAN_EN,
    PLAN_ZH,
    TASKS_EN,
    TASKS_ZH,
)
from rules.cycle.base import CycleRule

NAMES = {
    "tasks": {"zh": "本周关注的任务", "en": "this week's priority tasks"},
    "plan": {"zh": "未来四周的计划", "en": "the next four weeks' plan"},
    "confidence": {"zh": "OKR当前的状态（信心指数）", "en": "the OKR status (confidence)"},
    "indicators": {"zh": "其他状态指标", "en": "other status indicators"},
}


class CheckinMissingSection(CycleRule):
    """What it does: flags a weekly check-in that lacks one of the four quadrants: this week's
    priority tasks, the next four weeks' plan, the OKR status (confidence), other status
    indicators. One finding per missing quadrant, at the check-in's first quadrant.

    Why is this bad? Each quadrant answers one question the team discusses every week: what
    moves the OKRs now, what needs others' help soon, how sure we are, and what else could
    derail us. A missing one is a question nobody asked.

    Use instead: add the quadrant, even in one line.
    """

    family = "checkin"
    order = 0
    id = "checkin-missing-section"
    target = "set"
    severity = "warning"
    principle = {
        "zh": "OKR操作演示：每周四个象限——本周关注的任务、未来四周的计划、OKR当前的状态、其他状态指标",
        "en": "The weekly check-in has four quadrants: this week's tasks, the next four weeks' "
        "plan, the OKR status, other status indicators",
    }
    message = {
        "zh": "这份周检查缺少“{section}”。",
        "en": "This check-in is missing {section}.",
    }
    explanation = {
        "zh": "每周的OKR检查有四个象限：本周关注的任务（3～4件最重要的事，P1/P2）；未来四周的计划（哪些事需要其他团队成员准备或支持）；"
        "OKR当前的状态（信心指数变高还是变低，为什么）；其他状态指标（两个影响目标达成的因素，用绿黄红记录）。少了一个，就少问了一个问题。",
        "en": "The weekly check-in has four quadrants: this week's 3–4 most important tasks (P1/P2); "
        "the next four weeks' plan (what others must prepare or support); the OKR status "
        "(confidence, higher or lower than last week, and why); two other status indicators in "
        "green, yellow or red. A missing quadrant is a question nobody asked.",
    }
    examples = (
        Example(
            "zh",
            OKR_ZH + "«本周关注的任务：»\n- P1 上线新手引导第二版（KR1）\n" + CONF_ZH + IND_ZH,
            True,
        ),
        Example(
            "zh",
            OKR_ZH
            + "«"
            + TASKS_ZH.split("\n")[0]
            + "»\n"
            + TASKS_ZH.split("\n", 1)[1]
            + PLAN_ZH
            + IND_ZH,
            True,
        ),
        Example(
            "zh",
            OKR_ZH
            + "## «未来四周的计划»\n- 第2周：复盘留存数据\n## 本周关注的任务\n- P1 上线新手引导第二版（KR1）\n"
            + CONF_ZH,
            True,
        ),
        Example("zh", OKR_ZH + TASKS_ZH + PLAN_ZH + CONF_ZH + IND_ZH, False),
        Example(
            "zh",
            OKR_ZH
            + "## 本周关注的任务\n- P1 上线新手引导第二版（KR1）\n## 未来四周的计划\n- 第2周：复盘留存数据\n## OKR当前的状态\n信心 6/10，上周7/10，因为引导第二版推迟一周\n## 其他状态指标\n- 士气：绿\n",
            False,
        ),
        Example("zh", OKR_ZH + IND_ZH + CONF_ZH + PLAN_ZH + TASKS_ZH, False),
        Example(
            "en",
            OKR_EN
            + "«This week's priorities:»\n- P1 Ship onboarding v2 (KR1)\n"
            + CONF_EN
            + IND_EN,
            True,
        ),
        Example(
            "en",
            OKR_EN
            + "«"
            + TASKS_EN.split("\n")[0]
            + "»\n"
            + TASKS_EN.split("\n", 1)[1]
            + PLAN_EN
            + IND_EN,
            True,
        ),
        Example(
            "en",
            OKR_EN
            + "## «Next four weeks»\n- Week 2: review retention data\n## This week's priorities\n- P1 Ship onboarding v2 (KR1)\n"
            + CONF_EN,
            True,
        ),
        Example("en", OKR_EN + TASKS_EN + PLAN_EN + CONF_EN + IND_EN, False),
        Example(
            "en",
            OKR_EN
            + "## This week's priorities\n- P1 Ship onboarding v2 (KR1)\n## Next four weeks\n- Week 2: review retention data\n## OKR status\nConfidence 6/10, down from 7/10 because onboarding v2 slipped a week\n## Other status indicators\n- Morale: green\n",
            False,
        ),
        Example("en", OKR_EN + IND_EN + CONF_EN + PLAN_EN + TASKS_EN, False),
    )

    def check_doc(self, doc):
        for kind, names in NAMES.items():
            if kind in doc.sections or (kind == "indicators" and doc.indicators):
                continue  # indicators written under the OKR status are read (decision 6393)
            lang = "zh" if doc.language == "zh" else "en"
            yield Hit(
                span=doc.anchor_span(),
                target="set",
                input_span=True,
                args={"section": names[lang]},
            )


RULE = CheckinMissingSection()

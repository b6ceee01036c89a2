"""checkin-indicator-no-color: a status indicator without green, yellow or red."""

from __future__ import annotations

from coach.rule_api import Example, Hit
from rules.cycle._checkin_examples import OKR_EN, OKR_ZH, TASKS_EN, TASKS_ZH
from rules.cycle.base import CycleRule


class CheckinIndicatorNoColor(CycleRule):
    """What it does: flags an item of the other-status-indicators quadrant that has no colour:
    green / yellow / red (绿 / 黄 / 红, amber counts as yellow, 🟢🟡🔴).

    Why is this bad? The seed tracks two other factors "简略地用色彩记录它们的变化" so that a
    change shows at a glance and the team reacts at once when one turns red.

    Use instead: "数据平台稳定性：黄色（本周两次延迟）".
    """

    family = "checkin"
    order = 8
    id = "checkin-indicator-no-color"
    target = "indicator"
    severity = "warning"
    principle = {
        "zh": "其他状态指标：简略地用色彩记录它们的变化（绿色为好，黄色为警戒，红色为差）",
        "en": "Other status indicators are recorded in colour: green good, yellow watch, red bad",
    }
    message = {
        "zh": "这个状态指标没有标颜色（绿 / 黄 / 红）。",
        "en": "This status indicator has no colour (green / yellow / red).",
    }
    explanation = {
        "zh": "挑出两个影响目标达成的其他因素，简略地用色彩记录它们的变化：绿色为好，黄色为警戒，红色为差。"
        "颜色让变化一眼可见；当这些因素发生意外时，马上讨论找出应对方案，确保OKR不受影响。给每个指标标上颜色，如“数据平台稳定性：黄色（本周两次延迟）”。",
        "en": "Pick two other factors that affect the objectives and record them in colour: green is "
        "good, yellow is a warning, red is bad. Colour makes a change visible at a glance, so the "
        "team can react at once when one turns red. Give each indicator a colour: “Data platform "
        "stability: yellow (two delays this week)”.",
    }
    examples = (
        Example(
            "zh",
            OKR_ZH
            + TASKS_ZH
            + "其他状态指标：\n- 团队士气：绿色\n- «数据平台稳定性：本周出现两次延迟»\n",
            True,
        ),
        Example(
            "zh",
            OKR_ZH + TASKS_ZH + "## 其他状态指标\n1. «招聘进度：还差两人»\n2. 预算：🟢\n",
            True,
        ),
        Example("zh", OKR_ZH + TASKS_ZH + "状态指标：\n- «客户投诉：比上周多»\n- 士气：黄\n", True),
        Example(
            "zh",
            OKR_ZH
            + TASKS_ZH
            + "其他状态指标：\n- 团队士气：绿色\n- 数据平台稳定性：黄色（本周两次延迟）\n",
            False,
        ),
        Example(
            "zh",
            OKR_ZH + TASKS_ZH + "## 其他状态指标\n1. 招聘进度 🔴 还差两人\n2. 预算 🟢\n",
            False,
        ),
        Example("zh", OKR_ZH + TASKS_ZH + "状态指标：\n- 客户投诉：红灯\n- 士气：黄\n", False),
        Example(
            "en",
            OKR_EN
            + TASKS_EN
            + "Status indicators:\n- Team morale: green\n- «Data platform stability: two delays this week»\n",
            True,
        ),
        Example(
            "en",
            OKR_EN
            + TASKS_EN
            + "## Other status indicators\n1. «Hiring: two roles still open»\n2. Budget: 🟢\n",
            True,
        ),
        Example(
            "en",
            OKR_EN
            + TASKS_EN
            + "Health metrics:\n- «Customer complaints: more than last week»\n- Morale: amber\n",
            True,
        ),
        Example(
            "en",
            OKR_EN
            + TASKS_EN
            + "Status indicators:\n- Team morale: green\n- Data platform stability: yellow (two delays this week)\n",
            False,
        ),
        Example(
            "en",
            OKR_EN
            + TASKS_EN
            + "## Other status indicators\n1. Hiring 🔴 two roles still open\n2. Budget 🟢\n",
            False,
        ),
        Example(
            "en",
            OKR_EN + TASKS_EN + "Health metrics:\n- Customer complaints: red\n- Morale: amber\n",
            False,
        ),
    )

    def check_doc(self, doc):
        for i in doc.indicators:
            if i.color is None:
                yield Hit(span=(i.entry.start, i.entry.end), target=i.id, input_span=True)


RULE = CheckinIndicatorNoColor()

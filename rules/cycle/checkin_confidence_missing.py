"""checkin-confidence-missing: an OKR status quadrant without a confidence index."""

from __future__ import annotations

from coach.rule_api import Example, Hit
from rules.cycle._checkin_examples import OKR_EN, OKR_ZH, TASKS_EN, TASKS_ZH
from rules.cycle.base import CycleRule


class CheckinConfidenceMissing(CycleRule):
    """What it does: flags an OKR-status quadrant that gives no confidence index (a value such
    as 7/10, 70% or 0.7).

    Why is this bad? The seed's status quadrant is a number discussed every week: "每周讨论你们
    的信心指数，变高了还是变低了？". Words alone ("进展顺利") cannot go up or down.

    Use instead: "信心指数：6/10（上周7/10），因为……".
    """

    family = "checkin"
    order = 6
    id = "checkin-confidence-missing"
    target = "set"
    severity = "warning"
    principle = {
        "zh": "OKR当前的状态：每周讨论你们的信心指数",
        "en": "The OKR status is a confidence index, discussed every week",
    }
    message = {
        "zh": "“OKR当前的状态”没有给出信心指数（如 7/10）{progress}。",
        "en": "The OKR status gives no confidence index (such as 7/10){progress}.",
    }
    explanation = {
        "zh": "OKR当前的状态用信心指数表示：每周讨论你们的信心指数，变高了还是变低了？因为发生了什么导致如此？"
        "只写“进展顺利”，下周就无法比较。写一个数字（如“信心指数：6/10（上周7/10），因为……”）。",
        "en": "The OKR status is a confidence index the team discusses every week: is it higher or "
        "lower than last week, and what happened? “Going well” cannot be compared next week. Give "
        "a number: “Confidence: 6/10 (was 7/10) because …”.",
    }
    examples = (
        Example("zh", OKR_ZH + TASKS_ZH + "«OKR当前的状态：»\n- 进展顺利\n", True),
        Example("zh", OKR_ZH + TASKS_ZH + "## «信心指数»\n大家觉得还可以，没有大问题\n", True),
        Example("zh", OKR_ZH + TASKS_ZH + "«OKR状态：整体正常»\n", True),
        Example("zh", OKR_ZH + TASKS_ZH + "OKR当前的状态：\n- 信心指数 7/10，与上周持平\n", False),
        Example(
            "zh", OKR_ZH + TASKS_ZH + "## 信心指数\n60%，比上周低，因为引导第二版推迟一周\n", False
        ),
        Example("zh", OKR_ZH + TASKS_ZH + "OKR状态：0.7（上周0.7）\n", False),
        Example("zh", OKR_ZH + TASKS_ZH + "## OKR当前的状态\n- «关键结果1：40%»\n", True),
        Example(
            "zh",
            OKR_ZH + TASKS_ZH + "## 信心指数\n- 关键结果1：40%，比上周低，因为素材晚了\n",
            False,
        ),
        Example("en", OKR_EN + TASKS_EN + "«OKR status:»\n- Going well\n", True),
        Example(
            "en",
            OKR_EN + TASKS_EN + "## «Confidence»\nThe team feels fine, no big problems\n",
            True,
        ),
        Example("en", OKR_EN + TASKS_EN + "«OKR status: on track overall»\n", True),
        Example(
            "en", OKR_EN + TASKS_EN + "OKR status:\n- Confidence 7/10, same as last week\n", False
        ),
        Example(
            "en",
            OKR_EN
            + TASKS_EN
            + "## Confidence\n60%, lower than last week because onboarding v2 slipped a week\n",
            False,
        ),
        Example("en", OKR_EN + TASKS_EN + "OKR status: 0.7 (last week 0.7)\n", False),
        Example("en", OKR_EN + TASKS_EN + "## OKR status\n- «KR1: 40%»\n", True),
        Example(
            "en",
            OKR_EN
            + TASKS_EN
            + "## Confidence\n- KR1: 40%, lower than last week because of the rota\n",
            False,
        ),
    )

    def check_doc(self, doc):
        section = doc.sections.get("confidence")
        if section is None or doc.confidence:
            return
        if doc.progress:
            # "KR1: 40%" under "OKR status": progress, not how sure the team is (decision 7000)
            e = doc.progress[0]
            shown = e.text if len(e.text) <= 30 else e.text[:29] + "…"
            yield Hit(
                span=(e.start, e.end),
                target="set",
                input_span=True,
                args={
                    "progress": {
                        "zh": f"：“{shown}”读作进度（完成了多少），不是信心指数（有多大把握达成）",
                        "en": f": “{shown}” reads as progress (how far it has got), not as "
                        "confidence (how sure the team is to reach it)",
                    }
                },
            )
            return
        body = section.header.lstrip("#").lstrip()
        start = section.start + len(section.header) - len(body)
        yield Hit(
            span=(start, section.start + len(section.header)),
            target="set",
            input_span=True,
            args={"progress": ""},
        )


RULE = CheckinConfidenceMissing()

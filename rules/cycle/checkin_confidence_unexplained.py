"""checkin-confidence-unexplained: a confidence index that changed, or gives no trend, without
saying why."""

from __future__ import annotations

from coach.rule_api import Example, Hit
from rules.cycle._checkin_examples import OKR_EN, OKR_ZH, TASKS_EN, TASKS_ZH
from rules.cycle.base import CycleRule


class CheckinConfidenceUnexplained(CycleRule):
    """What it does: flags a confidence index that went up or down since last week with no
    reason, or that gives neither a trend (last week's value, ↑/↓, "持平") nor a reason.

    Why is this bad? The seed asks two questions every week: "变高了还是变低了？因为发生了什么
    导致如此？". A number without its change and its cause starts no discussion.

    Use instead: "信心指数：6/10（上周7/10），因为新定价推迟两周上线".
    """

    family = "checkin"
    order = 7
    id = "checkin-confidence-unexplained"
    target = "set"
    severity = "warning"
    principle = {
        "zh": "每周讨论你们的信心指数，变高了还是变低了？因为发生了什么导致如此？",
        "en": "Every week: is confidence higher or lower, and what happened to change it?",
    }
    message = {
        "zh": "信心指数{what}。",
        "en": "The confidence index {what}.",
    }
    explanation = {
        "zh": "每周讨论信心指数时要回答两个问题：变高了还是变低了？因为发生了什么导致如此？只有数字，团队无从讨论，"
        "也无法提前找到应对办法。写明和上周比的变化和原因，如“信心指数：6/10（上周7/10），因为新定价推迟两周上线”；没有变化就写“与上周持平”。",
        "en": "Each week the confidence index answers two questions: is it higher or lower than last "
        "week, and what happened? A bare number starts no discussion and gives no early warning. "
        "Say how it changed and why — “Confidence: 6/10 (was 7/10) because the new pricing "
        "slipped two weeks” — or “same as last week”.",
    }
    examples = (
        Example("zh", OKR_ZH + TASKS_ZH + "信心指数：«6/10（上周7/10）»\n", True),
        Example("zh", OKR_ZH + TASKS_ZH + "## OKR当前的状态\n- «信心指数 8/10 ↑»\n", True),
        Example("zh", OKR_ZH + TASKS_ZH + "信心指数：«7/10»\n", True),
        Example(
            "zh", OKR_ZH + TASKS_ZH + "信心指数：6/10（上周7/10），因为新定价推迟两周上线\n", False
        ),
        Example(
            "zh",
            OKR_ZH
            + TASKS_ZH
            + "## OKR当前的状态\n- 信心指数 8/10 ↑\n  - 第二版引导内测的留存明显提升\n",
            False,
        ),
        Example("zh", OKR_ZH + TASKS_ZH + "信心指数：7/10，与上周持平\n", False),
        Example("en", OKR_EN + TASKS_EN + "Confidence: «6/10 (last week 7/10)»\n", True),
        Example("en", OKR_EN + TASKS_EN + "## OKR status\n- «Confidence 8/10 ↑»\n", True),
        Example("en", OKR_EN + TASKS_EN + "Confidence: «7/10»\n", True),
        Example(
            "en",
            OKR_EN
            + TASKS_EN
            + "Confidence: 6/10 (last week 7/10) because the new pricing slipped two weeks\n",
            False,
        ),
        Example(
            "en",
            OKR_EN
            + TASKS_EN
            + "## OKR status\n- Confidence 8/10 ↑\n  - retention in the onboarding v2 beta is clearly up\n",
            False,
        ),
        Example("en", OKR_EN + TASKS_EN + "Confidence: 7/10, same as last week\n", False),
    )

    def check_doc(self, doc):
        for c in doc.confidence:
            if c.reason or c.change == "same":
                continue
            lang = "zh" if doc.language == "zh" else "en"
            # a bare index lacks both: "…没有说…，也没有说明原因", not "…, but …" (decision 1786)
            if c.change in ("up", "down"):
                what = (
                    {"up": "比上周高了", "down": "比上周低了"}[c.change] + "，但没有说明原因"
                    if lang == "zh"
                    else (f"went {c.change} since last week, but no reason is given")
                )
            else:
                what = (
                    "没有说和上周比是高了还是低了，也没有说明原因"
                    if lang == "zh"
                    else "says neither whether it went up or down since last week nor why"
                )
            yield Hit(
                span=(c.entry.start, c.entry.end),
                target=c.target,
                input_span=True,
                args={"what": what},
            )


RULE = CheckinConfidenceUnexplained()

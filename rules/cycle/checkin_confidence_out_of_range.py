"""checkin-confidence-out-of-range: a confidence index above 10/10 (12/10, 130%)."""

from __future__ import annotations

from coach.rule_api import Example, Hit
from rules.cycle._checkin_examples import OKR_EN, OKR_ZH, TASKS_EN, TASKS_ZH
from rules.cycle.base import CycleRule


class CheckinConfidenceOutOfRange(CycleRule):
    """What it does: flags a confidence index written above the top of its scale: "12/10",
    "130%", "11分" (decision 6231).

    Why is this bad? A confidence index says how sure the team is of reaching the key results,
    from 0 (no chance) to 10/10 (certain). "12/10" cannot be compared with last week's or next
    week's value, and reads as a typo or a joke in the meeting.

    Use instead: a value from 0 to 10/10 ("信心指数：9/10（上周8/10），因为……").
    """

    family = "checkin"
    order = 6
    id = "checkin-confidence-out-of-range"
    target = "set"
    severity = "error"
    principle = {
        "zh": "OKR当前的状态：每周讨论你们的信心指数",
        "en": "The OKR status is a confidence index, discussed every week",
    }
    message = {
        "zh": "信心指数 {written} 超出了{scale}的范围：请写0到10之间的数，如 9/10。",
        "en": "The confidence {written} is outside {scale}: write a value from 0/10 to 10/10, "
        "such as 9/10.",
    }
    explanation = {
        "zh": "信心指数表示团队对达成关键结果有多大把握：0是毫无把握，10/10是十拿九稳。超过10分的数无法和上周、下周比较，"
        "会上也说不清是笔误还是玩笑。把握再大也写10/10；写百分比时不超过100%。",
        "en": "The confidence index says how sure the team is of reaching its key results: 0 is no "
        "chance, 10/10 is certain. A value above 10 cannot be compared with last week's or next "
        "week's, and the meeting cannot tell a typo from a joke. However sure you are, write "
        "10/10; as a percentage, 100% at most.",
    }
    examples = (
        Example(
            "zh", OKR_ZH + TASKS_ZH + "信心指数：«12/10»，比上周高，因为第二版提前上线\n", True
        ),
        Example("zh", OKR_ZH + TASKS_ZH + "## 信心指数\n«130%»，与上周持平\n", True),
        Example("zh", OKR_ZH + TASKS_ZH + "信心指数：8/10 → «11/10»，因为内测留存超出预期\n", True),
        Example("zh", OKR_ZH + TASKS_ZH + "信心指数：10/10，比上周高，因为第二版提前上线\n", False),
        Example("zh", OKR_ZH + TASKS_ZH + "OKR状态：9分（上周8分），因为内测留存超出预期\n", False),
        Example("zh", OKR_ZH + TASKS_ZH + "## 信心指数\n90%，与上周持平\n", False),
        Example(
            "en",
            OKR_EN + TASKS_EN + "Confidence: «12/10», up from 8/10 because v2 shipped early\n",
            True,
        ),
        Example("en", OKR_EN + TASKS_EN + "## Confidence\n«130%», same as last week\n", True),
        Example(
            "en",
            OKR_EN + TASKS_EN + "Confidence: 10/10, up from 8/10 because v2 shipped early\n",
            False,
        ),
        Example("en", OKR_EN + TASKS_EN + "## Confidence\n90%, same as last week\n", False),
        Example(
            "en", OKR_EN + TASKS_EN + "Confidence 8/10 → «11/10» after the beta's retention\n", True
        ),
        Example(
            "en",
            OKR_EN + TASKS_EN + "Confidence 0.9 (last week 0.8) because the beta went well\n",
            False,
        ),
        Example(
            "en", OKR_EN + TASKS_EN + "Confidence: «1.2», the beta went better than hoped\n", True
        ),
        Example("zh", OKR_ZH + TASKS_ZH + "信心指数：«1.2»，因为内测留存超出预期\n", True),
        Example(
            "en",
            OKR_EN + TASKS_EN + "Confidence 6/10 (last week «-2/10») because the beta went well\n",
            True,
        ),
        Example(
            "zh", OKR_ZH + TASKS_ZH + "信心指数：6/10（上周«-2/10»），因为内测留存超出预期\n", True
        ),
        Example(
            "zh", OKR_ZH + TASKS_ZH + "信心指数：7.5分，比上周高，因为内测留存超出预期\n", False
        ),
    )

    def check_doc(self, doc):
        for c in doc.confidence:
            for written, span in c.off_scale:
                yield Hit(
                    span=span,
                    target=c.target,
                    input_span=True,
                    args={"written": written, "scale": _scale(written)},
                )


def _scale(written: str) -> dict[str, str]:
    """The scale a value is off: a bare decimal ("1.2") is on 0–1 (decision 6263), the rest on
    0–10 ("12/10", "-3/10"); a percentage on 0%–100% ("120%" was "outside 0 to 10": a room
    reads 120 against 10; tester44, decision 6470)."""
    if any(ch in written for ch in "%％"):
        return {"zh": "0%到100%", "en": "0% to 100%"}
    if any(ch in written for ch in "/分") or "." not in written:
        return {"zh": "0到10", "en": "0 to 10"}
    return {"zh": "0到1", "en": "0 to 1"}


RULE = CheckinConfidenceOutOfRange()

"""checkin-kr-idle: a key result with no task this week and none in the next four weeks."""

from __future__ import annotations

from coach.rule_api import Example, Hit
from rules.cycle._checkin_examples import CONF_EN, CONF_ZH
from rules.cycle._util import wording_span
from rules.cycle.base import CycleRule

_OKR_ZH3 = (
    "目标：本季度让新用户爱上我们的产品\n关键结果1：新用户7日留存率从35%提升到50%\n"
    "关键结果2：«新手引导满意度达到4.5分»\n"
)
_OKR_EN3 = (
    "Objective: Make new users love the product this quarter\n"
    "KR1: Raise 7-day retention of new users from 35% to 50%\n"
    "KR2: «Onboarding satisfaction at 4.5 out of 5»\n"
)
_CLEAN_ZH = _OKR_ZH3.replace("«", "").replace("»", "")
_CLEAN_EN = _OKR_EN3.replace("«", "").replace("»", "")


class CheckinKrIdle(CycleRule):
    """What it does: flags a key result that no task of this week and no item of the next four
    weeks' plan moves (by a stated reference, a shared word, or a clear match by meaning).

    Why is this bad? The check-in exists so that every KR keeps moving. A KR with nothing this
    week and nothing planned for a month will be found at the end of the quarter, ungraded.

    Use instead: plan a step for it in the next four weeks, or say in the check-in why it waits.
    """

    family = "checkin"
    order = 5
    id = "checkin-kr-idle"
    target = "kr"
    severity = "warning"
    principle = {
        "zh": "没有做好具体落实目标的计划，是无法达成目标的关键因素",
        "en": "No concrete plan to carry an objective out is one reason it fails",
    }
    message = {
        "zh": "本周和未来四周都没有推进这个关键结果的任务。",
        "en": "No task this week and nothing in the next four weeks moves this key result.",
    }
    explanation = {
        "zh": "“没有做好具体落实目标的计划”是无法达成目标的关键因素之一。周检查的作用就是让每个关键结果都在前进："
        "本周和未来四周都没有安排的关键结果，往往到季度末才被想起。在未来四周的计划里为它安排一步，或者写明它为什么在等。",
        "en": "“No concrete plan” is one of the seed's five reasons objectives fail. The weekly "
        "check-in keeps every key result moving; one with nothing this week and nothing for a "
        "month tends to surface only at the end of the quarter. Plan a step for it in the next "
        "four weeks, or say why it waits.",
    }
    examples = (
        Example(
            "zh",
            _OKR_ZH3
            + "\n本周关注的任务：\n- P1 上线新手引导第二版（KR1）\n未来四周的计划：\n- 第2周：复盘留存数据（KR1）\n"
            + CONF_ZH,
            True,
        ),
        Example("zh", _OKR_ZH3 + "\n## 本周关注的任务\n- P1 分析新用户第3天流失的原因\n", True),
        Example(
            "zh",
            _OKR_ZH3.replace(
                "关键结果2：«新手引导满意度达到4.5分»", "关键结果2：«付费转化率从8%提升到12%»"
            )
            + "\n本周重点：\n- P1 上线新手引导第二版\n未来四周：\n- 第3周：新手引导第三版设计\n",
            True,
        ),
        Example(
            "zh",
            _CLEAN_ZH
            + "\n本周关注的任务：\n- P1 上线新手引导第二版（KR1）\n未来四周的计划：\n- 第2周：给新手引导加满意度弹窗（KR2）\n"
            + CONF_ZH,
            False,
        ),
        Example(
            "zh",
            _CLEAN_ZH
            + "\n## 本周关注的任务\n- P1 分析新用户第3天流失的原因\n- P2 收集新手引导满意度反馈\n",
            False,
        ),
        Example("zh", _CLEAN_ZH + "\n本周重点：\n- P1 上线新手引导第二版（目标1）\n", False),
        Example(
            "en",
            _OKR_EN3
            + "\nThis week's priorities:\n- P1 Ship onboarding v2 (KR1)\nNext four weeks:\n- Week 2: review retention data (KR1)\n"
            + CONF_EN,
            True,
        ),
        Example(
            "en",
            _OKR_EN3 + "\n## This week's priorities\n- P1 Find why new users leave on day 3\n",
            True,
        ),
        Example(
            "en",
            _OKR_EN3.replace(
                "KR2: «Onboarding satisfaction at 4.5 out of 5»",
                "KR2: «Trial-to-paid conversion from 8% to 12%»",
            )
            + "\nFocus this week:\n- P1 Ship onboarding v2 (KR1)\nNext 4 weeks:\n- Week 3: design onboarding v3\n",
            True,
        ),
        Example(
            "en",
            _CLEAN_EN
            + "\nThis week's priorities:\n- P1 Ship onboarding v2 (KR1)\nNext four weeks:\n- Week 2: add the satisfaction survey (KR2)\n"
            + CONF_EN,
            False,
        ),
        Example(
            "en",
            _CLEAN_EN
            + "\n## This week's priorities\n- P1 Find why new users leave on day 3\n- P2 Collect onboarding satisfaction feedback\n",
            False,
        ),
        Example("en", _CLEAN_EN + "\nFocus this week:\n- P1 Ship onboarding v2 (O1)\n", False),
    )

    def check_doc(self, doc):
        if "tasks" not in doc.sections and "plan" not in doc.sections:
            return
        for kr in doc.draft.key_results():
            if not kr.plain.strip() or doc.touched.get(kr.id):
                continue
            yield Hit(span=wording_span(kr), target=kr.id, input_span=True)


RULE = CheckinKrIdle()

"""checkin-task-ref-ambiguous: a task names "KR1" where two or more objectives have a KR1."""

from __future__ import annotations

from coach.rule_api import Example, Hit
from rules.cycle._checkin_examples import OKR2_EN, OKR2_ZH, OKR_EN, OKR_ZH, TASKS_PRINCIPLE
from rules.cycle.base import CycleRule

# The examples' check-ins, after a set whose two objectives each have a KR1 and a KR2.
_OKRS = {"zh": OKR2_ZH, "en": OKR2_EN}
_BAD = (
    ("zh", "本周关注的任务：\n- «P1 上线新手引导第二版（KR1）»\n"),
    ("zh", "## 本周关注的任务\n1. «P1 给老用户发推荐码（KR2）»\n"),
    ("zh", "未来四周的计划：\n- «第2周：做一轮老用户回访（关键结果1）»\n"),
    ("en", "This week's priorities:\n- «P1 Ship onboarding v2 (KR1)»\n"),
    ("en", "## This week's priorities\n1. «P1 Send referral codes (KR2)»\n"),
    ("en", "Next four weeks:\n- «Week 2: call back 20 detractors (KR1)»\n"),
)
_GOOD = (
    ("zh", "本周关注的任务：\n- P1 上线新手引导第二版（O1.KR1）\n"),
    ("zh", "## 本周关注的任务\n1. P1 给老用户发推荐码（目标2 关键结果2）\n"),
    ("en", "This week's priorities:\n- P1 Ship onboarding v2 (O1.KR1)\n"),
    ("en", "## This week's priorities\n1. P1 Send referral codes (O2 KR2)\n"),
)


class CheckinTaskRefAmbiguous(CycleRule):
    """What it does: flags a task of the week or the plan that names a key result by its number
    alone ("（KR1）", "(KR2)") when more than one objective has a key result of that number. The
    link is still made, to the KR the task shares words with or that the sentence encoder finds
    closest among them, and the message says which one was taken and how.

    Why is this bad? The seed links each weekly task to the result it moves; "KR1" under a set
    with two objectives can be either, and a reader (or the coach) has to guess which.

    Use instead: name the objective too: "（O2.KR1）", "(O1 KR2)", "（目标2 关键结果1）".
    """

    family = "checkin"
    order = 9
    id = "checkin-task-ref-ambiguous"
    target = "task"
    severity = "info"
    principle = TASKS_PRINCIPLE
    message = {
        "zh": "“{ref}”在多个目标下都有：写明是哪个目标的，{fix}。这里读作 {chosen}{how}。",
        "en": "“{ref}” names a key result of more than one objective: say which one, {fix}. "
        "It was read as {chosen}{how}.",
    }
    explanation = {
        "zh": "周检查里每项任务都要看得出它推进哪个关键结果。有两个以上目标时，每个目标都有自己的KR1、KR2，"
        "只写“（KR1）”分不清是哪一个，读的人和教练都只能猜。把目标也写上，如“（O2.KR1）”或“（目标2 关键结果1）”。",
        "en": "Each task of the check-in should show the key result it moves. With two or more "
        "objectives, each has its own KR1 and KR2, so “(KR1)” alone can be either, and the "
        "reader (and the coach) has to guess. Name the objective too: “(O2.KR1)”, “(O1 KR2)”.",
    }
    examples = (
        *(Example(lang, _OKRS[lang] + body, True) for lang, body in _BAD),
        *(Example(lang, _OKRS[lang] + body, False) for lang, body in _GOOD),
        # one objective: "(KR1)" names its KR1 alone
        Example("zh", OKR_ZH + "本周关注的任务：\n- P1 上线新手引导第二版（KR1）\n", False),
        Example("en", OKR_EN + "This week's priorities:\n- P1 Ship onboarding v2 (KR1)\n", False),
    )

    def check_doc(self, doc):
        for t in [*doc.tasks, *doc.plan]:
            link = t.link
            if link is None or not link.ref or not link.candidates:
                continue
            zh = t.item.language == "zh"
            forms = [f"“{c.upper()}”" for c in link.candidates]
            fix = "还是".join(forms) if zh else " or ".join(forms)
            if link.method == "lexical":
                words = ("、" if zh else ", ").join(link.shared[:3])
                how = f"（共同的词：{words}）" if zh else f" (shared words: {words})"
            elif link.method == "semantic":
                how = "（按意思最接近）" if zh else " (the closest by meaning)"
            else:
                how = "（第一个）" if zh else " (the first of them)"
            yield Hit(
                span=(t.entry.start, t.entry.end),
                target=t.id,
                input_span=True,
                args={
                    "ref": link.ref,
                    "fix": fix,
                    "chosen": link.target,
                    "how": how,
                },
            )


RULE = CheckinTaskRefAmbiguous()

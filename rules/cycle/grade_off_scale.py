"""grade-off-scale: a score between the seed's four steps, with no note saying why."""

from __future__ import annotations

from coach.cycle.common import STEPS
from coach.rule_api import Example, Hit
from rules.cycle._util import num, score_span
from rules.cycle.base import CycleRule


class GradeOffScale(CycleRule):
    """What it does: flags a score between 0 and 1 that is not one of the seed's four steps
    (0, 0.3, 0.7, 1.0) when no note says why (a note in brackets after the grade, or
    "备注：…" / "note: …").

    Why is this bad? The seed sets the scale in four steps so that a grade means the same to
    everyone: 0.3 is what we knew we could reach, 0.7 what we hoped for. A 0.55 without a word
    says nothing a reader can check. The seed's own template writes 0.9 and 0.5 without notes,
    so it is flagged too, as a hint.

    Use instead: round to the nearest step, or keep the score and say in a note what was
    reached ("0.5 完成一半（App渠道延期到下季度）").
    """

    family = "grade"
    order = 2
    id = "grade-off-scale"
    target = "kr"
    severity = "info"
    principle = {
        "zh": "OKR的评分标准控制在0到1分之间，设置为四个档次（0、0.3、0.7、1.0）",
        "en": "OKRs are graded from 0 to 1 in four steps (0, 0.3, 0.7, 1.0)",
    }
    message = {
        "zh": "分数 {score} 不在四个档次上（最近的是 {nearest}），也没有说明为什么。",
        "en": "The score {score} is not one of the four steps (the nearest is {nearest}), and no "
        "note says why.",
    }
    explanation = {
        "zh": "评分标准分四档：0分没有任何进展；0.3分是知道肯定能达到的程度，只需要很少帮助或不需要帮助；"
        "0.7分是希望能达到的程度，虽然很难但是可以达成；1.0分结果远超预期，几乎不可达成。档次之间的分数别人无从核对："
        "取最近的档次，或者在分数后面用括号写一句说明（如“0.5 完成一半（App渠道延期到下季度）”）。",
        "en": "The scale has four steps: 0, no progress; 0.3, what we knew we could reach with "
        "little or no help; 0.7, what we hoped to reach — hard, but reachable; 1.0, far beyond "
        "expectations. A score between the steps cannot be checked by anyone else: use the nearest "
        "step, or keep it and add a note in brackets (“0.5 half done (the app channel slipped to "
        "next quarter)”).",
    }
    examples = (
        Example(
            "zh",
            "目标：完成季度招聘任务\n关键结果1：完成季度招聘任务10人 «0.9» 完成\n关键结果2：试用期离职率降到5% 0.3 未完成",
            True,
        ),
        Example(
            "zh",
            "目标：提升客户满意度\n关键结果1：NPS从30提升到45 得分：«55%»\n关键结果2：投诉量降到每月40件 得分：70%",
            True,
        ),
        Example(
            "zh",
            "目标：拓展渠道\n关键结果1：新增3个招聘渠道 «0.45» 完成一半\n关键结果2：渠道简历占比达到40% 0.7 完成",
            True,
        ),
        Example(
            "zh",
            "目标：完成季度招聘任务\n关键结果1：完成季度招聘任务10人 0.7 完成\n关键结果2：试用期离职率降到5% 0.3 未完成",
            False,
        ),
        Example(
            "zh",
            "目标：拓展渠道\n关键结果1：新增3个招聘渠道 0.5 完成一半（App渠道延期到下季度）\n关键结果2：渠道简历占比达到40% 1.0 完成",
            False,
        ),
        Example(
            "zh",
            "目标：提升客户满意度\n关键结果1：NPS从30提升到45 得分：70%\n关键结果2：投诉量降到每月40件 得分：0",
            False,
        ),
        Example(
            "en",
            "Objective: Fill this quarter's hiring plan\nKR1: Hire 10 engineers «0.9» done\nKR2: Probation attrition at 5% 0.3 not done",
            True,
        ),
        Example(
            "en",
            "Objective: Delight our customers\nKR1: Raise NPS from 30 to 45 — score: «55%»\nKR2: Complaints down to 40 a month — score: 70%",
            True,
        ),
        Example(
            "en",
            "Objective: Open new channels\nKR1: Add 3 hiring channels «0.45» half done\nKR2: 40% of CVs from new channels 0.7 done",
            True,
        ),
        Example(
            "en",
            "Objective: Fill this quarter's hiring plan\nKR1: Hire 10 engineers 0.7 done\nKR2: Probation attrition at 5% 0.3 not done",
            False,
        ),
        Example(
            "en",
            "Objective: Open new channels\nKR1: Add 3 hiring channels 0.5 half done (the app channel slipped to Q4)\nKR2: 40% of CVs from new channels 1.0 done",
            False,
        ),
        Example(
            "en",
            "Objective: Delight our customers\nKR1: Raise NPS from 30 to 45 — score: 70%\nKR2: Complaints down to 40 a month — score: 0.3\nnote: the survey ran late",
            False,
        ),
    )

    def check_doc(self, doc):
        for k in doc.all_krs():
            r = k.reading
            if r.source not in ("score", "percent") or r.score is None or r.note:
                continue
            if not 0.0 <= r.score <= 1.0:
                continue  # grade-out-of-range speaks
            dist = min(abs(s - r.score) for s in STEPS)
            if dist < 0.005:
                continue
            nearest = [s for s in STEPS if abs(abs(s - r.score) - dist) < 0.005]
            yield Hit(
                span=score_span(k),
                target=k.item.id,
                input_span=True,
                args={"score": num(r.score), "nearest": " / ".join(num(s) for s in nearest)},
            )


RULE = GradeOffScale()

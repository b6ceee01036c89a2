"""grade-out-of-range: a score below 0 or above 1."""

from __future__ import annotations

from coach.rule_api import Example, Hit
from rules.cycle._util import score_span
from rules.cycle.base import CycleRule


class GradeOutOfRange(CycleRule):
    """What it does: flags a score below 0 or above 1 (1.2, 130%, 12/10).

    Why is this bad? The seed keeps grades between 0 and 1: 1.0 already means far beyond
    expectations. A 1.3 cannot be averaged with the other KRs honestly; the grade counts it as
    1.0. Overshooting a target by far usually means the target was set too low.

    Use instead: grade it 1.0, and raise the target next cycle.
    """

    family = "grade"
    order = 0
    id = "grade-out-of-range"
    target = "kr"
    severity = "error"
    principle = {
        "zh": "OKR的评分标准控制在0到1分之间",
        "en": "OKR grades lie between 0 and 1",
    }
    message = {
        "zh": "分数 {written} 超出了0到1的范围；计算得分时按 {clipped} 计。",
        "en": "The score {written} is outside 0 to 1; the grade counts it as {clipped}.",
    }
    explanation = {
        "zh": "OKR的评分标准控制在0到1分之间，1.0分已经是“结果远超预期，几乎不可达成”。超过1的分数无法和其他关键结果一起平均；"
        "远远超过目标，多半说明目标定低了。打1.0分，下个周期把目标定高一些。",
        "en": "Grades lie between 0 and 1, and 1.0 already means far beyond expectations. A score "
        "above 1 cannot be averaged honestly with the others; overshooting by far usually means "
        "the target was set too low. Grade it 1.0 and raise the target next cycle.",
    }
    examples = (
        Example(
            "zh",
            "目标：拓展华东市场\n关键结果1：华东区新签客户20家 «1.3» 完成\n关键结果2：华东区收入达到500万元 0.7 完成",
            True,
        ),
        Example(
            "zh",
            "目标：提升客户满意度\n关键结果1：NPS从30提升到45 得分：«120%»\n关键结果2：投诉量降到每月40件 得分：70%",
            True,
        ),
        Example(
            "zh",
            "目标：提升品牌知名度\n关键结果1：媒体报道10篇 评分：«12/10»\n关键结果2：官网访问量翻一番 评分：0.7",
            True,
        ),
        Example(
            "zh",
            "目标：拓展华东市场\n关键结果1：华东区新签客户20家 1.0 完成\n关键结果2：华东区收入达到500万元 0.7 完成",
            False,
        ),
        Example(
            "zh",
            "目标：提升客户满意度\n关键结果1：NPS从30提升到45 得分：100%\n关键结果2：投诉量降到每月40件 得分：70%",
            False,
        ),
        Example(
            "zh",
            "目标：提升品牌知名度\n关键结果1：媒体报道10篇 评分：10/10\n关键结果2：官网访问量翻一番 评分：0",
            False,
        ),
        Example(
            "en",
            "Objective: Win the East region\nKR1: Sign 20 new customers in the East «1.3» done\nKR2: East revenue at $5M 0.7 done",
            True,
        ),
        Example(
            "en",
            "Objective: Delight our customers\nKR1: Raise NPS from 30 to 45 — score: «120%»\nKR2: Complaints down to 40 a month — score: 70%",
            True,
        ),
        Example(
            "en",
            "Objective: Make our brand known\nKR1: 10 press articles — grade «12/10»\nKR2: Double site visits — grade 7/10",
            True,
        ),
        Example(
            "en",
            "Objective: Win the East region\nKR1: Sign 20 new customers in the East 1.0 done\nKR2: East revenue at $5M 0.7 done",
            False,
        ),
        Example(
            "en",
            "Objective: Delight our customers\nKR1: Raise NPS from 30 to 45 — score: 100%\nKR2: Complaints down to 40 a month — score: 70%",
            False,
        ),
        Example(
            "en",
            "Objective: Make our brand known\nKR1: 10 press articles — grade 10/10\nKR2: Double site visits — grade 3/10",
            False,
        ),
    )

    def check_doc(self, doc):
        for k in doc.all_krs():
            r = k.reading
            if r.score is None or r.source not in ("score", "percent") or 0.0 <= r.score <= 1.0:
                continue
            yield Hit(
                span=score_span(k),
                target=k.item.id,
                input_span=True,
                args={
                    "written": r.written or str(r.score),
                    "clipped": "1.0" if r.score > 1 else "0",
                },
            )


RULE = GradeOutOfRange()

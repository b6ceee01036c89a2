"""grade-all-perfect: every key result of an objective graded 1.0."""

from __future__ import annotations

from coach.rule_api import Example, Hit
from rules.cycle._util import wording_span
from rules.cycle.base import CycleRule


class GradeAllPerfect(CycleRule):
    """What it does: flags an objective whose key results are all graded 1.0 (or all marked
    done without a score).

    Why is this bad? On the seed's scale 1.0 means "far beyond expectations; almost out of
    reach", and 0.7 is the grade a well-set, ambitious KR should land on. When everything
    reaches 1.0 the objective asked for what the team knew it could do anyway.

    Use instead: set next cycle's targets where 0.7 is hard but reachable.
    """

    family = "grade"
    order = 4
    id = "grade-all-perfect"
    target = "objective"
    severity = "warning"
    principle = {
        "zh": "0.7分是我们希望能达到的程度，虽然很难但是可以达成；1.0分结果远超预期，几乎不可达成",
        "en": "0.7 is what we hoped to reach — hard, but reachable; 1.0 is far beyond expectations",
    }
    message = {
        "zh": "这个目标的 {n} 个关键结果全部是1.0分：目标可能定得不够有挑战。",
        "en": "All {n} key results of this objective are graded 1.0: the objective may not have "
        "been ambitious enough.",
    }
    explanation = {
        "zh": "评分标准里1.0分是“结果远超预期，几乎不可达成”，0.7分才是“希望能达到的程度，虽然很难但是可以达成”。"
        "所有关键结果都拿满分，说明目标只要求了本来就能做到的事。下个周期把目标定在0.7分很难但能达到的位置。",
        "en": "On the scale 1.0 means far beyond expectations, almost out of reach; 0.7 is what we "
        "hoped to reach, hard but reachable. When every key result scores 1.0, the objective asked "
        "for what the team knew it could do anyway. Next cycle, set targets where 0.7 is hard but "
        "reachable.",
    }
    examples = (
        Example(
            "zh",
            "目标：«完成季度招聘任务»\n关键结果1：完成季度招聘任务10人 1.0 完成\n关键结果2：试用期离职率降到5% 1.0 完成",
            True,
        ),
        Example(
            "zh",
            "目标：«提升客户满意度»\n关键结果1：NPS从30提升到45 完成\n关键结果2：投诉量降到每月40件 完成\n关键结果3：首次响应时间缩短到2小时 完成",
            True,
        ),
        Example(
            "zh",
            "目标：«拓展渠道»\n关键结果1：新增3个招聘渠道 得分：100%\n关键结果2：渠道简历占比达到40% 得分：1.0",
            True,
        ),
        Example(
            "zh",
            "目标：完成季度招聘任务\n关键结果1：完成季度招聘任务10人 1.0 完成\n关键结果2：试用期离职率降到5% 0.7 完成",
            False,
        ),
        Example(
            "zh",
            "目标：提升客户满意度\n关键结果1：NPS从30提升到45 完成\n关键结果2：投诉量降到每月40件 完成一半",
            False,
        ),
        Example(
            "zh",
            "目标：拓展渠道\n关键结果1：新增3个招聘渠道 得分：0.7\n关键结果2：渠道简历占比达到40% 得分：0.7",
            False,
        ),
        Example(
            "en",
            "Objective: «Fill this quarter's hiring plan»\nKR1: Hire 10 engineers 1.0 done\nKR2: Probation attrition at 5% 1.0 done",
            True,
        ),
        Example(
            "en",
            "Objective: «Delight our customers»\nKR1: Raise NPS from 30 to 45 — done\nKR2: Complaints down to 40 a month — done\nKR3: First response within 2 hours — done",
            True,
        ),
        Example(
            "en",
            "Objective: «Open new channels»\nKR1: Add 3 hiring channels — score: 100%\nKR2: 40% of CVs from new channels — score: 1.0",
            True,
        ),
        Example(
            "en",
            "Objective: Fill this quarter's hiring plan\nKR1: Hire 10 engineers 1.0 done\nKR2: Probation attrition at 5% 0.7 done",
            False,
        ),
        Example(
            "en",
            "Objective: Delight our customers\nKR1: Raise NPS from 30 to 45 — done\nKR2: Complaints down to 40 a month — half done",
            False,
        ),
        Example(
            "en",
            "Objective: Open new channels\nKR1: Add 3 hiring channels — score: 0.7\nKR2: 40% of CVs from new channels — score: 0.7",
            False,
        ),
        Example(
            "en",
            "Objective: Ship 3.0 by March 31\nKR1: 3.0 released by March 31 — done, 1.0",
            False,
            note="one key result at 1.0 is no pattern (decision 1936)",
        ),
        Example(
            "zh",
            "目标：按时搬进新院区\n关键结果1：6月底前完成搬迁 1.0 完成",
            False,
            note="决定1936",
        ),
    )

    def check_doc(self, doc):
        for o in doc.draft.objectives:
            krs = [k for k in doc.krs[o.id] if k.item.plain.strip()]
            if len(krs) < 2 or not all(k.graded and k.reading.score >= 1.0 for k in krs):
                # one key result at 1.0 is no pattern ("All 1 key results …"; decision 1936)
                continue
            yield Hit(span=wording_span(o), target=o.id, input_span=True, args={"n": str(len(krs))})


RULE = GradeAllPerfect()

"""grade-low-average: an objective graded below 0.4."""

from __future__ import annotations

from coach.rule_api import Example, Hit
from rules.cycle._util import num, wording_span
from rules.cycle.base import CycleRule

THRESHOLD = 0.4


class GradeLowAverage(CycleRule):
    """What it does: flags an objective whose grade (the mean of its graded key results) is
    below 0.4.

    Why is this bad? On the seed's scale 0.3 is what we knew we could reach with little or no
    help. An objective that ends below 0.4 fell short of even the safe part: look for the
    reason among the seed's five failure factors before setting the next cycle's OKRs.

    Use instead: in the review, name which factor it was — too many objectives without
    priorities, too little communication, no concrete plan, time spent elsewhere, or giving up
    — and change that next cycle.
    """

    family = "grade"
    order = 5
    id = "grade-low-average"
    target = "objective"
    severity = "warning"
    principle = {
        "zh": "无法达成目标的5个关键因素：优先级、沟通、计划、时间、坚持",
        "en": "The five reasons objectives fail: priorities, communication, plan, time, persistence",
    }
    message = {
        "zh": "这个目标的得分只有 {grade}（低于0.4）：回顾一下是哪个失败因素造成的。",
        "en": "This objective is graded {grade} (below 0.4): look for which failure factor caused it.",
    }
    explanation = {
        "zh": "0.3分是“我们知道肯定能达到的程度”；低于0.4，说明连有把握的部分都没有完成。无法达成目标的5个关键因素："
        "设置多个目标但没有设置优先级；缺乏充分沟通，没能准确理解目标；没有做好具体落实目标的计划；"
        "没有把时间花在重要的事情上；轻易放弃。复盘时找出是哪一个，下个周期对症调整。",
        "en": "0.3 is what we knew we could reach; below 0.4 even the safe part was missed. The "
        "seed's five reasons objectives fail: many objectives with no priorities; too little "
        "communication, so the objective was misunderstood; no concrete plan; time not spent on "
        "what matters; giving up too easily. Name the one that applied and change it next cycle.",
    }
    examples = (
        Example(
            "zh",
            "目标：«提升客户满意度»\n关键结果1：NPS从30提升到45 0.3 未完成\n关键结果2：投诉量降到每月40件 0 未完成",
            True,
        ),
        Example(
            "zh",
            "目标：«拓展华东市场»\n关键结果1：华东区新签客户20家 得分：30%\n关键结果2：华东区收入达到500万元 得分：30%\n关键结果3：华东区渠道伙伴8家 得分：0",
            True,
        ),
        Example(
            "zh",
            "目标：本季度组建销售团队\n关键结果1：招聘10名销售 0.7 完成\n目标2：«提升品牌知名度»\n关键结果1：媒体报道10篇 0 未完成\n关键结果2：官网访问量翻一番 0.3 未完成",
            True,
        ),
        Example(
            "zh",
            "目标：提升客户满意度\n关键结果1：NPS从30提升到45 0.7 完成\n关键结果2：投诉量降到每月40件 0.3 未完成",
            False,
        ),
        Example(
            "zh",
            "目标：拓展华东市场\n关键结果1：华东区新签客户20家 得分：70%\n关键结果2：华东区收入达到500万元 得分：30%",
            False,
        ),
        Example(
            "zh",
            "目标：提升品牌知名度\n关键结果1：媒体报道10篇 0.7 完成\n关键结果2：官网访问量翻一番 0.7 完成",
            False,
        ),
        Example(
            "en",
            "Objective: «Delight our customers»\nKR1: Raise NPS from 30 to 45 0.3 not done\nKR2: Complaints down to 40 a month 0 not done",
            True,
        ),
        Example(
            "en",
            "Objective: «Win the East region»\nKR1: Sign 20 new customers — score: 30%\nKR2: East revenue at $5M — score: 30%\nKR3: 8 channel partners — score: 0",
            True,
        ),
        Example(
            "en",
            "Objective: Build the sales team\nKR1: Hire 10 account executives 0.7 done\nObjective: «Make our brand known»\nKR1: 10 press articles 0 not done\nKR2: Double site visits 0.3 not done",
            True,
        ),
        Example(
            "en",
            "Objective: Delight our customers\nKR1: Raise NPS from 30 to 45 0.7 done\nKR2: Complaints down to 40 a month 0.3 not done",
            False,
        ),
        Example(
            "en",
            "Objective: Win the East region\nKR1: Sign 20 new customers — score: 70%\nKR2: East revenue at $5M — score: 30%",
            False,
        ),
        Example(
            "en",
            "Objective: Make our brand known\nKR1: 10 press articles 0.7 done\nKR2: Double site visits 0.7 done",
            False,
        ),
    )

    def check_doc(self, doc):
        for o in doc.draft.objectives:
            g = doc.grades.get(o.id)
            if g is None or g >= THRESHOLD:
                continue
            yield Hit(span=wording_span(o), target=o.id, input_span=True, args={"grade": num(g)})


RULE = GradeLowAverage()

"""grade-unmeasurable: a key result graded without a measurable result to grade it by."""

from __future__ import annotations

from coach.rule_api import Example, Hit
from rules.cycle._util import kr_wording_span
from rules.cycle.base import CycleRule


class GradeUnmeasurable(CycleRule):
    """What it does: flags a graded key result that has no number or target — the review's
    kr-not-quantified fires on it (with the grade itself left out, so "0.7" is not taken for a
    target).

    Why is this bad? "如何得知我们朝目标推进了多少？" A grade on a KR with nothing to measure is
    an opinion: nobody can check whether 0.7 was earned.

    Use instead: grade it against a number you can check, and rewrite the KR with a target for
    the next cycle.
    """

    family = "grade"
    order = 6
    id = "grade-unmeasurable"
    target = "kr"
    severity = "warning"
    principle = {
        "zh": "关键结果是定量的：如何得知我们朝目标推进了多少？",
        "en": "Key results are quantitative: how do we know how far we have moved?",
    }
    message = {
        "zh": "这个关键结果打了分，却没有可衡量的数字或目标值：分数无从核对。",
        "en": "This key result is graded, but it has no number or target to grade it by: nobody "
        "can check the score.",
    }
    explanation = {
        "zh": "关键结果要回答“如何得知我们朝目标推进了多少”。没有数字的关键结果，打的分只是感觉，别人无法核对0.7是不是实至名归。"
        "按可以核对的数字打分；下个周期把它改写成带目标值的关键结果（如“客户满意度从80%提升到90%”）。",
        "en": "A key result answers “how do we know how far we moved?”. Without a number, a grade is "
        "an opinion: nobody can check whether 0.7 was earned. Grade against a number you can "
        "check, and rewrite the KR with a target next cycle (“raise CSAT from 80% to 90%”).",
    }
    examples = (
        Example(
            "zh",
            "目标：提升客户满意度\n关键结果1：«改善客服体验» 0.7 完成\n关键结果2：NPS从30提升到45 0.3 未完成",
            True,
        ),
        Example(
            "zh",
            "目标：提升品牌知名度\n关键结果1：媒体报道10篇 得分：0.7\n关键结果2：«加强品牌宣传» 得分：0.3",
            True,
        ),
        Example(
            "zh",
            "目标：打造高效团队\n关键结果1：«提升团队协作» 完成\n关键结果2：需求交付周期从10天缩短到5天 0.7 完成",
            True,
        ),
        Example(
            "zh",
            "目标：提升客户满意度\n关键结果1：客户满意度从80%提升到90% 0.7 完成\n关键结果2：NPS从30提升到45 0.3 未完成",
            False,
        ),
        Example(
            "zh",
            "目标：提升品牌知名度\n关键结果1：媒体报道10篇 得分：0.7\n关键结果2：9月1日前推出客户推荐计划 得分：1.0",
            False,
        ),
        Example(
            "zh",
            "目标：完成季度招聘任务\n关键结果1：完成季度招聘任务10人 0.9 完成\n关键结果2：增加多媒体招聘渠道3个 0.5 完成一半",
            False,
        ),
        Example(
            "en",
            "Objective: Delight our customers\nKR1: «Improve the support experience» 0.7 done\nKR2: Raise NPS from 30 to 45 0.3 not done",
            True,
        ),
        Example(
            "en",
            "Objective: Make our brand known\nKR1: 10 press articles — score: 0.7\nKR2: «Strengthen brand marketing» — score: 0.3",
            True,
        ),
        Example(
            "en",
            "Objective: Build a team that ships\nKR1: «Better collaboration across teams» — done\nKR2: Lead time from 10 to 5 days 0.7 done",
            True,
        ),
        Example(
            "en",
            "Objective: Delight our customers\nKR1: Raise CSAT from 80% to 90% 0.7 done\nKR2: Raise NPS from 30 to 45 0.3 not done",
            False,
        ),
        Example(
            "en",
            "Objective: Make our brand known\nKR1: 10 press articles — score: 0.7\nKR2: Launch the referral program by Sep 1 — score: 1.0",
            False,
        ),
        Example(
            "en",
            "Objective: Fill this quarter's hiring plan\nKR1: Hire 10 engineers 0.9 done\nKR2: Add 3 hiring channels 0.5 half done",
            False,
        ),
    )

    def check_doc(self, doc):
        for k in doc.all_krs():
            if (k.graded or k.reading.status) and k.measurable is False:
                yield Hit(span=kr_wording_span(k), target=k.item.id, input_span=True)


RULE = GradeUnmeasurable()

"""grade-two-scores: two bare scores side by side on one key result ("0.5 0.7")."""

from __future__ import annotations

from coach.rule_api import Example, Hit
from rules.cycle._util import score_span
from rules.cycle.base import CycleRule


class GradeTwoScores(CycleRule):
    """What it does: flags a key result that ends with two bare scores ("0.5 0.7", "0.3 / 0.7
    done"). The later one grades it; the finding says which was counted (decision 6232).

    Why is this bad? A key result has one grade. Two numbers side by side may be a mid-cycle
    score and the final one, a self-grade and the manager's, or a typo: a reader cannot tell
    which is meant, and the objective's score depends on it.

    Use instead: one score ("0.7 完成"); an earlier score goes into a note ("0.7（期中0.5）").
    """

    family = "grade"
    order = 1
    id = "grade-two-scores"
    target = "kr"
    severity = "warning"
    principle = {
        "zh": "季度末回顾OKR完成情况：每个关键结果打一个分数",
        "en": "At the end of the quarter each key result gets one grade",
    }
    message = {
        "zh": "写了两个分数（{earlier} 和 {later}），按{which} {later} 计：{advice}",
        "en": "Two scores are written ({earlier} and {later}); the grade counts {which}, "
        "{later}: {advice}",
    }
    explanation = {
        "zh": "每个关键结果只有一个分数。并排的两个数可能是期中分和期末分、自评分和上级的评分，也可能是笔误，"
        "读的人分不清该按哪个算，目标的得分却取决于它。只留一个分数；另一个要保留时写进括号里的说明，如“0.7（期中0.5）”。",
        "en": "A key result has one grade. Two numbers side by side may be a mid-cycle score and "
        "the final one, a self-grade and the manager's, or a typo: the reader cannot tell which "
        "counts, and the objective's score depends on it. Keep one score; to keep the other, put "
        "it in a note in brackets, such as “0.7 (0.5 at mid-quarter)”.",
    }
    examples = (
        Example(
            "zh",
            "目标：拓展西南市场\n关键结果1：西南区新签门店15家 «0.5 0.7»\n关键结果2：西南区收入达到300万元 0.7 完成",
            True,
        ),
        Example(
            "zh",
            "目标：拓展西南市场\n关键结果1：西南区新签门店15家 «0.3，0.7» 完成\n关键结果2：西南区收入达到300万元 0.7 完成",
            True,
        ),
        Example(
            "zh",
            "目标：提升会员活跃度\n关键结果1：月活会员从2万增加到3万 «0.3 / 0.7»\n关键结果2：会员复购率从20%提升到30% 0.3",
            True,
        ),
        Example(
            "zh",
            "目标：拓展西南市场\n关键结果1：西南区新签门店15家 0.7（期中0.5）\n关键结果2：西南区收入达到300万元 0.7 完成",
            False,
        ),
        Example(
            "zh",
            "目标：提升会员活跃度\n关键结果1：月活会员从2万增加到3万 0.7\n关键结果2：会员复购率从20%提升到30% 0.3",
            False,
        ),
        Example(
            "zh",
            "目标：改善配送体验\n关键结果1：次日达订单占比从60%提升到0.8 0.7\n关键结果2：投诉率降到0.5% 0.3",
            False,
        ),
        Example(
            "zh",
            "目标：拓展西南市场\n关键结果1：西南区新签门店15家 «0.5→0.7»\n关键结果2：西南区收入达到300万元 0.7 完成",
            True,
        ),
        Example(
            "zh",
            "目标：拓展西南市场\n关键结果1：西南区新签门店15家 自评«0.5 上级0.7»\n关键结果2：西南区收入达到300万元 0.7 完成",
            True,
        ),
        Example(
            "zh",
            "目标：拓展西南市场\n关键结果1：西南区新签门店15家 上级«0.7 自评0.5» 完成\n关键结果2：西南区收入达到300万元 0.7 完成",
            True,
        ),
        Example(
            "zh",
            "目标：降低返工\n关键结果1：返工率从0.8%降到0.5% 0.7\n关键结果2：缺陷密度从0.8→0.5 0.3",
            False,
        ),
        Example(
            "en",
            "Objective: Grow the South West\nKR1: Sign 15 new stores «0.5 0.7»\nKR2: South West revenue at $3M 0.7 done",
            True,
        ),
        Example(
            "en",
            "Objective: Grow the South West\nKR1: Sign 15 new stores «0.3 / 0.7» done\nKR2: South West revenue at $3M 0.7 done",
            True,
        ),
        Example(
            "en",
            "Objective: Keep members coming back\nKR1: Monthly active members from 20k to 30k «0.3, 0.7»\nKR2: Repeat purchase rate from 20% to 30% 0.3",
            True,
        ),
        Example(
            "en",
            "Objective: Grow the South West\nKR1: Sign 15 new stores 0.7 (0.5 at mid-quarter)\nKR2: South West revenue at $3M 0.7 done",
            False,
        ),
        Example(
            "en",
            "Objective: Keep members coming back\nKR1: Monthly active members from 20k to 30k 0.7\nKR2: Repeat purchase rate from 20% to 30% 0.3",
            False,
        ),
        Example(
            "en",
            "Objective: Grow the South West\nKR1: Sign 15 new stores «0.5 -> 0.7» done\nKR2: South West revenue at $3M 0.7 done",
            True,
        ),
        Example(
            "en",
            "Objective: Grow the South West\nKR1: Sign 15 new stores, self «0.5, manager 0.7»\nKR2: South West revenue at $3M 0.7 done",
            True,
        ),
        Example(
            "en",
            "Objective: Grow the South West\nKR1: Sign 15 new stores 0.7 (self 0.5)\nKR2: South West revenue at $3M 0.7 done",
            False,
        ),
        Example(
            "en",
            "Objective: Make delivery painless\nKR1: Cart completion rate 0.5 0.7\nKR2: Late deliveries down to 2% 0.3",
            False,
        ),
    )

    def check_doc(self, doc):
        for k in doc.all_krs():
            r = k.reading
            if r.earlier is None or r.earlier_span is None or r.score_span is None:
                continue
            yield Hit(
                # "上级0.7 自评0.5": the manager's grade may come first
                span=(
                    min(k.item.to_input(*r.earlier_span)[0], score_span(k)[0]),
                    max(k.item.to_input(*r.earlier_span)[1], score_span(k)[1]),
                ),
                target=k.item.id,
                input_span=True,
                args={
                    "earlier": r.earlier,
                    "later": r.written or "",
                    **(
                        _self_and_manager(r.earlier, r.written or "")
                        if r.earlier_role == "self"
                        else _LATER
                    ),
                },
            )


_LATER: dict[str, str | dict[str, str]] = {
    "which": {"zh": "后一个", "en": "the later"},
    "advice": {"zh": "只留一个分数。", "en": "keep one score."},
}


def _self_and_manager(own: str, manager: str) -> dict[str, str | dict[str, str]]:
    """ "自评0.5 上级0.7": the manager's grade is the grade of record, wherever it is written
    (decision 6260); the self-grade may stay as a note."""
    return {
        "which": {"zh": "上级的评分", "en": "the manager's"},
        "advice": {
            "zh": f"自评分要保留时写进括号里的说明，如“{manager}（自评{own}）”。",
            "en": f"to keep the self-grade, put it in a note in brackets, such as “{manager} "
            f"(self {own})”.",
        },
    }


RULE = GradeTwoScores()

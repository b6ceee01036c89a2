"""grade-status-mismatch: a score that says one thing and a status that says another."""

from __future__ import annotations

from coach.rule_api import Example, Hit
from rules.cycle._util import grade_span, num
from rules.cycle.base import CycleRule

_WHY = {
    "done": {
        "zh": "“完成”应当至少是0.7（希望能达到的程度）",
        "en": "“done” should be at least 0.7 (what we hoped to reach)",
    },
    "not_done": {
        "zh": "0.7及以上是希望能达到的程度，不是“未完成”",
        "en": "0.7 or more is what we hoped to reach, not “not done”",
    },
    "half": {
        "zh": "“完成一半”应在0.3到0.7之间",
        "en": "“half done” belongs between 0.3 and 0.7",
    },
}


def mismatch(kind: str | None, score: float) -> bool:
    if kind == "done":
        return score < 0.7
    if kind == "not_done":
        return score >= 0.7
    if kind == "half":
        return not 0.3 <= score <= 0.7
    return False


class GradeStatusMismatch(CycleRule):
    """What it does: flags a key result whose score and status disagree — 0.3 marked 完成
    (done), 0.9 marked 未完成 (not done), 0.1 marked 完成一半 (half done).

    Why is this bad? The seed's template gives every KR a score and a status; a reader who sees
    both and finds they disagree trusts neither. On the seed's scale 0.7 is what we hoped to
    reach, so "done" starts at 0.7, "half done" sits between 0.3 and 0.7, and "not done" is
    below 0.7.

    Use instead: fix whichever is wrong, and say in a note why if the KR was partly met.
    """

    family = "grade"
    order = 1
    id = "grade-status-mismatch"
    target = "kr"
    severity = "warning"
    principle = {
        "zh": "OKR评分：0.7是我们希望能达到的程度；打分与状态要一致（完成 / 完成一半 / 未完成）",
        "en": "Grading: 0.7 is what we hoped to reach; a score and its status agree (done / half "
        "done / not done)",
    }
    message = {
        "zh": "分数 {score} 与状态“{status}”不一致：{why}。",
        "en": "The score {score} does not match the status “{status}”: {why}.",
    }
    explanation = {
        "zh": "评分标准：0分没有任何进展；0.3分是知道肯定能达到的程度；0.7分是希望能达到的程度，虽然很难但是可以达成；"
        "1.0分结果远超预期。所以“完成”至少是0.7，“完成一半”在0.3到0.7之间，“未完成”低于0.7。分数和状态说法不一，"
        "读的人两个都不会信：改正其中错的一个，部分完成时写一句原因。",
        "en": "The seed's scale: 0 is no progress; 0.3 is what we knew we could reach; 0.7 is what "
        "we hoped to reach — hard, but reachable; 1.0 is far beyond expectations. So “done” starts "
        "at 0.7, “half done” sits between 0.3 and 0.7, and “not done” is below 0.7. When the score "
        "and the status disagree, readers trust neither: fix the wrong one, and add a note when a "
        "KR was partly met.",
    }
    examples = (
        Example(
            "zh",
            "目标：本季度组建销售团队\n关键结果1：招聘10名销售«0.3 完成»\n关键结果2：新人首月成单率达到30% 0.7 完成",
            True,
        ),
        Example(
            "zh",
            "目标：提升客户满意度\n关键结果1：NPS从30提升到45 «0.9 未完成»\n关键结果2：投诉量降到每月40件 0.3 未完成",
            True,
        ),
        Example(
            "zh",
            "目标：拓展渠道\n关键结果1：新增3个招聘渠道 «0.1 完成一半»\n关键结果2：渠道简历占比达到40% 0.7 完成",
            True,
        ),
        Example(
            "zh",
            "目标：本季度组建销售团队\n关键结果1：招聘10名销售 0.9 完成\n关键结果2：新人首月成单率达到30% 0.5 完成一半",
            False,
        ),
        Example(
            "zh",
            "目标：提升客户满意度\n关键结果1：NPS从30提升到45 0.3 未完成\n关键结果2：投诉量降到每月40件 0.7 完成",
            False,
        ),
        Example(
            "zh",
            "目标：拓展渠道\n关键结果1：新增3个招聘渠道 得分：0.6 状态：完成一半\n关键结果2：渠道简历占比达到40% 1.0 完成",
            False,
        ),
        Example(
            "en",
            "Objective: Build the sales team this quarter\nKR1: Hire 10 account executives «0.3 done»\nKR2: First-month win rate at 30% 0.7 done",
            True,
        ),
        Example(
            "en",
            "Objective: Delight our customers\nKR1: Raise NPS from 30 to 45 «0.8 not done»\nKR2: Complaints down to 40 a month 0.3 not done",
            True,
        ),
        Example(
            "en",
            "Objective: Open new channels\nKR1: Add 3 hiring channels — «score: 90%, status: half done»\nKR2: 40% of CVs from new channels 0.7 done",
            True,
        ),
        Example(
            "en",
            "Objective: Build the sales team this quarter\nKR1: Hire 10 account executives 0.9 done\nKR2: First-month win rate at 30% 0.5 half done",
            False,
        ),
        Example(
            "en",
            "Objective: Delight our customers\nKR1: Raise NPS from 30 to 45 0.3 not done\nKR2: Complaints down to 40 a month 1.0 done",
            False,
        ),
        Example(
            "en",
            "Objective: Open new channels\nKR1: Add 3 hiring channels — score: 60%, status: half done\nKR2: 40% of CVs from new channels 0.7 done",
            False,
        ),
    )

    def check_doc(self, doc):
        for k in doc.all_krs():
            r = k.reading
            if r.source not in ("score", "percent") or r.score is None or r.status is None:
                continue
            if mismatch(r.kind, r.score):
                lang = "zh" if k.item.language == "zh" else "en"
                yield Hit(
                    span=grade_span(k),
                    target=k.item.id,
                    input_span=True,
                    args={"score": num(r.score), "status": r.status, "why": _WHY[r.kind][lang]},
                )


RULE = GradeStatusMismatch()

"""The review's score, from the principles (issue 9, item 4; README "Scoring").

Every finding costs points on the item it is about:

- a **core failure** — the objective is a metric, has no key results or cannot be influenced
  by the team; a key result is a task, or measures nothing — costs CORE_POINTS (40): it is not
  an OKR yet, whatever else holds. One core failure per item: a second one on the same item (a
  task is also unmeasured) costs what its severity costs;
- any other finding costs by its severity: an error 20, a warning 6 (a missing owner or
  deadline, vague wording), an info hint 2;
- a core rule's finding that the rule itself words more mildly than its default severity
  (Hit.severity: kr-is-task's dated milestone, "Migrate to Intercom by May 15", is a warning by
  PRINCIPLES.md) costs what that severity costs: the score charges what the finding says
  (decision 426). A user's severity override does not make a core failure cheaper.

An objective's score is 100 less every deduction on it and on its key results (never below
0): a flaw costs the same whether the objective has two key results or five. The draft's
score is the mean of its objectives' scores less the set-level deductions (findings about the
whole set, e.g. too many objectives; at most SET_CAP in all), so it always lies at or below its
objectives' mean and never far from it. A set rule's finding about one item (a duplicate key
result, an objective with one key result) counts on that item.

A key result that is still only a placeholder the coach wrote ("[key result]", "[关键结果]",
with its owner and date placeholders) is not scored until it is written — its findings are
listed, and its objective is not charged for them (a rewrite that adds the missing key result
never scores lower than the draft without it); `set-kr-count` still counts it.

The band says how to read a score: `good` (≥ 85 and no error and no core failure), `fair`
(≥ 60), `poor` (below 60). A draft or objective with an error or a core failure is never
`good`, whatever its number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from coach.draft import Draft
from coach.types import Band, Deduction, ObjectiveScore, ScoreBreakdown

CORE_RULES = frozenset(
    {
        "objective-is-metric",
        "objective-no-key-results",
        "objective-not-controllable",
        "kr-is-task",
        "kr-not-quantified",
    }
)
CORE_POINTS = 40
POINTS = {"error": 20, "warning": 6, "info": 2}
SET_CAP = 30
GOOD, FAIR = 85, 60
_RANK = {"info": 0, "warning": 1, "error": 2}


def milder(severity: str, default: str) -> bool:
    """Whether `severity` is below `default` (a rule's hedged finding: Charge.hedged)."""
    return _RANK[severity] < _RANK[default]


_PLACEHOLDER = re.compile(r"\[[^\[\]]{1,40}\]")
# what a placeholder key result says around its placeholders: the owner and date slots
_SCAFFOLD = re.compile(
    r"(?i)\b(?:owner|by|before|until|due)\b|负责人|截止|[在前于到之：:（）()\s,，]"
)


def placeholder_only(text: str) -> bool:
    """Whether an item's wording is only the coach's placeholders ("[key result] (owner:
    [owner]) by [date]", "[关键结果]（负责人：[负责人]）")."""
    if not _PLACEHOLDER.search(text):
        return False
    return not _SCAFFOLD.sub("", _PLACEHOLDER.sub("", text)).strip()


@dataclass(frozen=True)
class Charge:
    """One finding (or `count` findings of one rule) on a target: an item id or 'set'."""

    target: str
    rule_id: str
    severity: str
    count: int = 1
    # The rule itself gave this finding a milder severity than its default (a milestone):
    # charged by that severity, never as a core failure.
    hedged: bool = False


def band(score: int, severe: bool) -> Band:
    """`severe`: an error or a core failure is present."""
    if score >= GOOD and not severe:
        return "good"
    return "fair" if score >= FAIR else "poor"


def _severe(charges: Iterable[Charge]) -> bool:
    return any(c.severity == "error" or (c.rule_id in CORE_RULES and not c.hedged) for c in charges)


def compute(draft: Draft, charges: list[Charge]) -> ScoreBreakdown:
    """Every item's deductions, each objective's score and band, the draft's."""
    owner_of: dict[str, str] = {}
    unwritten: set[str] = set()
    for o in draft.objectives:
        owner_of[o.id] = o.id
        for kr in o.key_results:
            owner_of[kr.id] = o.id
            if placeholder_only(kr.plain):
                unwritten.add(kr.id)
    charges = [c for c in charges if c.target not in unwritten]
    deductions: list[Deduction] = []
    cored: set[str] = set()  # items that already paid for a core failure
    for c in charges:
        core = c.rule_id in CORE_RULES and not c.hedged and c.target not in cored
        each = CORE_POINTS if core else POINTS[c.severity]
        # several findings of one core rule on one item: the first is the core failure
        total = each + POINTS[c.severity] * (c.count - 1) if core else each * c.count
        if core:
            cored.add(c.target)
        deductions.append(
            Deduction(
                target=c.target,
                rule_id=c.rule_id,
                severity=c.severity,  # type: ignore[arg-type]
                core=core,
                points=total,
                count=c.count,
            )
        )
    objectives: list[ObjectiveScore] = []
    for o in draft.objectives:
        mine = [d for d in deductions if owner_of.get(d.target) == o.id]
        score = max(0, 100 - sum(d.points for d in mine))
        severe = any(d.core or d.severity == "error" for d in mine)
        own = sum(d.points for d in mine if d.target == o.id)
        objectives.append(
            ObjectiveScore(
                id=o.id,
                score=score,
                band=band(score, severe),
                deducted=sum(d.points for d in mine),
                own=own,
                key_results=sum(d.points for d in mine) - own,
            )
        )
    set_level = [d for d in deductions if d.target not in owner_of]
    set_points = min(SET_CAP, sum(d.points for d in set_level))
    mean = sum(o.score for o in objectives) / len(objectives) if objectives else 0.0
    total = max(0, min(100, round(mean - set_points)))
    return ScoreBreakdown(
        deductions=deductions,
        objectives=objectives,
        objectives_mean=round(mean, 1),
        set_deduction=set_points,
        score=total,
        band=band(total, _severe(charges)),
    )


def item_scores(breakdown: ScoreBreakdown) -> dict[str, int]:
    """100 less the deductions on each item alone (the key results' `item_score`)."""
    out: dict[str, int] = {}
    for d in breakdown.deductions:
        out[d.target] = out.get(d.target, 0) + d.points
    return {k: max(0, 100 - v) for k, v in out.items()}


# An objective's score in plain words (tester7: an objective at 0 above key results at 60–98 read
# as a contradiction; decision 426). The key results' points are all on the objective's score.
_WHY = {
    "zh": "{id}：100 − {own}（目标本身）− {krs}（它的 {n} 个关键结果）= {score}",
    "en": "{id}: 100 − {own} (the objective) − {krs} (its {n} key result(s)) = {score}",
}
_WHY_ALONE = {
    "zh": "{id}：100 − {own}（目标本身）= {score}",
    "en": "{id}: 100 − {own} (the objective) = {score}",
}
_FLOOR = {"zh": "，最低为 0", "en": ", never below 0"}
LEGEND = {
    "zh": "目标的得分扣去它本身和它所有关键结果上的分；关键结果旁的得分只扣它自己的。",
    "en": "An objective's score loses the points of every finding on it and on all its key "
    "results; a key result's own score counts only its own findings.",
}


def explained(breakdown: ScoreBreakdown, draft: Draft, lang: str) -> ScoreBreakdown:
    """The breakdown with each objective's `why` written in `lang`."""
    counts = {o.id: len(o.key_results) for o in draft.objectives}
    for o in breakdown.objectives:
        n = counts.get(o.id, 0)
        why = (_WHY if n else _WHY_ALONE)[lang].format(
            id=o.id.upper(), own=o.own, krs=o.key_results, n=n, score=o.score
        )
        if o.deducted > 100:
            why += _FLOOR[lang]
        o.why = why
    return breakdown

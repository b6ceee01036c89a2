"""The review's score, from the principles (issue 9, item 4; README "Scoring").

Every finding costs points on the item it is about:

- a **core failure** — the objective is a metric, has no key results or cannot be influenced
  by the team; a key result is a task, counts efforts (decision 1428) or measures nothing —
  costs CORE_POINTS (40): it is not
  an OKR yet, whatever else holds. An objective with no key results costs NO_KRS_POINTS (80):
  the two key results it needs at least, each a core failure (decision 515; tester10: it scored
  like an objective with one task under it). One core failure per item: a second one on the
  same item (a task is also unmeasured) costs what its severity costs;
- any other finding costs by its severity: an error 20, a warning 6 (a missing owner or
  deadline, vague wording), an info hint 2;
- a core rule's finding that the rule itself words more mildly than its default severity
  (Hit.severity: kr-is-task's dated milestone, "Migrate to Intercom by May 15", is a warning by
  PRINCIPLES.md) costs what that severity costs: the score charges what the finding says
  (decision 426). A user's severity override does not make a core failure cheaper. A finding
  of the trained classifier (source "model") is a guess: it costs by its severity, never as a
  core failure (decision 1428).
- a core failure the report leaves out because another finding says it (Hit.folds_into:
  "Complete weekly truck checks" is unquantified, said by kr-business-as-usual's routine
  advice) still costs CORE_POINTS when no core failure shown on the item paid them, and nothing
  else (decision 1296; tester16: such a key result scored 94 and its draft "good").

Points become a score by halving (decision 514): every HALF_LIFE (90) points halve it,
score = 100 × ½^(points / 90), so 6 points give 95, 40 (a core failure) 73, 90 give 50, 180
give 25 — a score never reaches 0 and a draft with five findings still shows how far it is
from one with ten (tester9: drafts with several good key results scored 0–10 when points were
subtracted from 100, and every such draft read alike). Any finding keeps a score below 100.
An objective's score turns the points on it and on its key results together into a score; its
key results' points are scaled to the two key results every objective needs at least (decision
800, tester12: a two-line draft outscored drafts with several strong key results, because every
further key result could only add points): with one or two key results all of their points
count, with more their mean counts twice. So an objective is as good as its key results are on
average — three strong key results and a weak one score above the weak one alone — and an
objective with two key results scores as before. A key result's `item_score` turns its own points alone. The
draft's score is the mean of its objectives' scores, halved in the same way by the set-level
points (findings about the whole set, e.g. too many objectives; at most SET_CAP in all), so it
lies at or a little below its objectives' mean. A set rule's finding about one item (a
duplicate key result, an objective with one key result) counts on that item.

A key result that is still only a placeholder the coach wrote ("[key result]", "[关键结果]",
with its owner and date placeholders) is not scored until it is written — its findings are
listed, and its objective is not charged for them (a rewrite that adds the missing key result
never scores lower than the draft without it); `set-kr-count` still counts it. An objective
whose key results are all placeholders has none written yet and is charged as one with no key
results (decision 515): sketching "[key result]" lines does not raise its score.

The band says how to read a score: `good` (≥ 85 and no error and no core failure), `fair`
(≥ 60), `poor` (below 60). A draft or objective with an error or a core failure is never
`good`, whatever its number; nor is one with a vague objective (BAND_CAP_RULES, decision 6391).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from coach.draft import Draft
from coach.types import (
    Band,
    Deduction,
    ObjectiveScore,
    ScoreBreakdown,
    make_deduction,
    make_objective_score,
    make_score_breakdown,
)

CORE_RULES = frozenset(
    {
        "objective-is-metric",
        "objective-no-key-results",
        "objective-not-controllable",
        "kr-is-task",
        "kr-not-quantified",
        # a count of efforts fails "results, not tasks" as a task does (decision 1428)
        "kr-activity-count",
    }
)
CORE_POINTS = 40
# An objective with no direction one can check ("做好时间管理", "Do better at work") is never
# `good`, whatever its number, as one with an error is not: its few points left a vague
# objective with one key result at 90 "good" (ux43, decision 6391). Said by the rule as it words
# it (not a milder finding, nor the classifier's guess).
BAND_CAP_RULES = frozenset({"objective-vague"})
# An objective with no key result written charges the two it needs at least (decision 515).
NO_KRS = "objective-no-key-results"
NO_KRS_POINTS = 2 * CORE_POINTS
POINTS = {"error": 20, "warning": 6, "info": 2}
SET_CAP = 30
HALF_LIFE = 90
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
    # Left out of the report because another finding says it (Hit.folds_into): a core failure
    # is charged as the item's core failure when no shown one paid it, else nothing (M1).
    folded: bool = False
    # The rule whose finding says a folded core failure ("Hold a weekly review of late orders":
    # not a result, said by kr-business-as-usual): the breakdown names it (decision 5644).
    said_by: str | None = None


def band(score: int, severe: bool) -> Band:
    """`severe`: an error or a core failure is present."""
    if score >= GOOD and not severe:
        return "good"
    return "fair" if score >= FAIR else "poor"


def worth(points: float) -> int:
    """The score of `points` of deductions: 100 × ½^(points / HALF_LIFE), below 100 whenever
    anything was deducted (decision 514)."""
    if points <= 0:
        return 100
    return min(99, round(100 * 0.5 ** (points / HALF_LIFE)))


def kr_weight(n: int) -> float:
    """What each point on a key result costs its objective (decision 800): the key results'
    points are scaled to the two key results every objective needs at least — all of them with
    one or two key results, their mean counted twice with more. An objective is as good as its
    key results are on average: three strong key results and a weak one score above the weak one
    alone, and a fifth good key result no longer costs points."""
    return 2 / max(2, n)


def objective_points(own: float, key_results: list[float]) -> float:
    """The points an objective's score is halved by: its own and its written key results'
    (scaled by kr_weight)."""
    return own + sum(key_results) * kr_weight(len(key_results))


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
    # An objective whose key results are all still placeholders has none written: it is charged
    # as one with no key results, so sketching "[key result]" lines earns nothing (decision 515).
    # Its count of key results (set-kr-count) is then part of that charge.
    sketched = {
        o.id
        for o in draft.objectives
        if o.key_results and all(kr.id in unwritten for kr in o.key_results)
    }
    charges = [c for c in charges if not (c.target in sketched and c.rule_id == "set-kr-count")]
    charges += [Charge(o, NO_KRS, "error") for o in sorted(sketched)]
    capped = {c.target for c in charges if c.rule_id in BAND_CAP_RULES and not c.hedged}
    deductions: list[Deduction] = []
    cored: set[str] = set()  # items that already paid for a core failure
    for c in charges:
        core = c.rule_id in CORE_RULES and not c.hedged and c.target not in cored
        if c.folded and not core:
            continue  # said by another finding, whose points are charged (decision 1296)
        each = (
            (NO_KRS_POINTS if c.rule_id == NO_KRS else CORE_POINTS) if core else POINTS[c.severity]
        )
        # several findings of one core rule on one item: the first is the core failure
        total = each + POINTS[c.severity] * (c.count - 1) if core else each * c.count
        if core:
            cored.add(c.target)
        said_by = c.said_by if c.folded else None
        deductions.append(
            make_deduction(c.target, c.rule_id, c.severity, core, total, c.count, said_by)
        )
    objectives: list[ObjectiveScore] = []
    for o in draft.objectives:
        mine = [d for d in deductions if owner_of.get(d.target) == o.id]
        written = [kr.id for kr in o.key_results if kr.id not in unwritten]
        own = sum(d.points for d in mine if d.target == o.id)
        charged = objective_points(
            own, [sum(d.points for d in mine if d.target == k) for k in written]
        )
        score = worth(charged)
        severe = any(d.core or d.severity == "error" for d in mine) or o.id in capped
        objectives.append(
            make_objective_score(
                id=o.id,
                score=score,
                band=band(score, severe),
                deducted=sum(d.points for d in mine),
                own=own,
                key_results=sum(d.points for d in mine) - own,
                counted=round(charged - own, 1),
            )
        )
    set_level = [d for d in deductions if d.target not in owner_of]
    set_points = min(SET_CAP, sum(d.points for d in set_level))
    mean = sum(o.score for o in objectives) / len(objectives) if objectives else 0.0
    # Half up, as a room rounds the mean it is shown ("mean of the objectives 72.5 … → 73"):
    # round() halves to even, so 59.5 gave 60 and 72.5 gave 72 (tester44, decision 6469).
    total = math.floor(mean * 0.5 ** (set_points / HALF_LIFE) + 0.5)
    if deductions:  # any finding keeps the draft below 100
        total = min(total, 99)
    return make_score_breakdown(
        deductions=deductions,
        objectives=objectives,
        objectives_mean=round(mean, 1),
        set_deduction=set_points,
        score=total,
        band=band(total, _severe(charges) or bool(capped)),
    )


def item_scores(breakdown: ScoreBreakdown) -> dict[str, int]:
    """The score of the deductions on each item alone (the key results' `item_score`)."""
    out: dict[str, int] = {}
    for d in breakdown.deductions:
        out[d.target] = out.get(d.target, 0) + d.points
    return {k: worth(v) for k, v in out.items()}


# An objective's score in plain words (tester7: an objective at 0 above key results at 60–98 read
# as a contradiction; decision 426; halving, decision 514). The key results' points are all on
# the objective's score.
_WHY = {
    "zh": "{id}：目标本身扣 {own} 分 + 它的 {n} 个关键结果共扣 {krs} 分 = {total} 分 → {score}",
    "en": "{id}: {own} points on the objective + {krs} on its {n} key result(s) = {total} points"
    " → {score}",
}
# more than two key results: their points count at their mean, twice (decision 800)
_WHY_SCALED = {
    "zh": "{id}：目标本身扣 {own} 分 + 它的 {n} 个关键结果共扣 {krs} 分，按平均值的两倍计 {counted} 分"
    " = {total} 分 → {score}",
    "en": "{id}: {own} points on the objective + {krs} on its {n} key results, counted as "
    "{counted} (their mean × 2) = {total} points → {score}",
}
_WHY_ALONE = {
    "zh": "{id}：目标本身扣 {own} 分 → {score}",
    "en": "{id}: {own} points on the objective → {score}",
}
LEGEND = {
    "zh": "每扣 90 分，得分减半（扣 40 分得 73，扣 90 分得 50，扣 180 分得 25）。目标的得分算上它本身和"
    "它的关键结果上的扣分；关键结果多于两个时，按它们扣分的平均值的两倍计，所以目标的得分看的是关键结果的平均"
    "水平，多写一个好的关键结果不会扣分。关键结果旁的得分只算它自己的。",
    "en": "Every 90 points deducted halve the score (40 points give 73, 90 give 50, 180 give "
    "25). An objective's score counts the points on it and on its key results; with more than "
    "two key results, theirs count at their mean, twice, so the objective is as good as its key "
    "results are on average and a further good key result costs nothing. A key result's own "
    "score counts only its own findings.",
}


# A sum with a part of 0 says each number once (tester41: "目标本身扣 0 分 + … 按平均值的两倍计 32
# 分 = 32 分 → 78"; decision 6233).
_WHY_KRS_ONLY = {
    "zh": "{id}：目标本身不扣分，它的 {n} 个关键结果共扣 {krs} 分 → {score}",
    "en": "{id}: no points on the objective, {krs} on its {n} key result(s) → {score}",
}
_WHY_KRS_ONLY_SCALED = {
    "zh": "{id}：目标本身不扣分，它的 {n} 个关键结果共扣 {krs} 分，按平均值的两倍计 {counted} 分"
    " → {score}",
    "en": "{id}: no points on the objective, {krs} on its {n} key results, counted as {counted} "
    "(their mean × 2) → {score}",
}
_WHY_OWN_ONLY = {
    "zh": "{id}：目标本身扣 {own} 分，它的 {n} 个关键结果不扣分 → {score}",
    "en": "{id}: {own} points on the objective, none on its {n} key result(s) → {score}",
}
_WHY_NONE = {
    "zh": "{id}：目标和它的 {n} 个关键结果都不扣分 → {score}",
    "en": "{id}: no points on the objective or its {n} key result(s) → {score}",
}


_CAPPED = {
    "zh": "；目标太笼统，没有可以检验的方向，最多算“尚可”",
    "en": "; a vague objective, with no direction one can check, is at most fair",
}


def _why_table(own: float, krs: float, counted: float, n: int) -> dict[str, str]:
    if not n:
        return _WHY_ALONE
    if not own and not krs:
        return _WHY_NONE
    if not krs:
        return _WHY_OWN_ONLY
    if not own:
        return _WHY_KRS_ONLY_SCALED if counted != krs else _WHY_KRS_ONLY
    return _WHY_SCALED if counted != krs else _WHY


def explained(breakdown: ScoreBreakdown, draft: Draft, lang: str) -> ScoreBreakdown:
    """The breakdown with each objective's `why` written in `lang`."""
    counts = {o.id: len(o.key_results) for o in draft.objectives}
    for o in breakdown.objectives:
        n = counts.get(o.id, 0)
        table = _why_table(o.own, o.key_results, o.counted, n)
        counted = f"{o.counted:g}"
        o.why = table[lang].format(
            id=o.id.upper(),
            own=o.own,
            krs=o.key_results,
            n=n,
            counted=counted,
            total=f"{o.own + o.counted:g}",
            score=o.score,
        )
        if (
            o.band != "good"
            and o.score >= GOOD
            and any(d.target == o.id and d.rule_id in BAND_CAP_RULES for d in breakdown.deductions)
        ):
            # "90" read as "fair": say why (decision 6391)
            o.why += _CAPPED[lang]
    return breakdown

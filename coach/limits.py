"""Bounds on what one review takes in and gives out.

A review lists every item with its checklist and every finding with its explanation, so its
size grows with the number of items and findings, not with the characters of the draft: a
20 KB list of one-letter key results once made a 23 MB review. Two bounds keep it
proportionate: a draft holds at most `Config.max_key_results` key results (more is refused,
like more than `max_objectives` objectives), and a review lists at most `max_findings`
findings, `max_findings_per_item` per item; the most severe are kept and the rest are counted
in `Review.truncated`. Checklists and scores still count every finding.
"""

from __future__ import annotations

from coach.config import Config
from coach.draft import Draft
from coach.errors import InputTooLarge
from coach.types import SEVERITY_ORDER, Finding, Truncation


def check_key_results(draft: Draft, config: Config) -> None:
    """InputTooLarge when the draft has more key results than the configuration allows."""
    n = sum(len(o.key_results) for o in draft.objectives)
    if n > config.max_key_results:
        raise InputTooLarge(
            "too_many_key_results",
            f"the draft has {n:,} key results; the limit is {config.max_key_results:,}. "
            "Review one team's OKRs at a time.",
            f"草稿有 {n:,} 个关键结果，上限是 {config.max_key_results:,}。请一次评审一个团队的OKR。",
        )


def _rank(f: Finding) -> tuple[int, int, int, str]:
    return (SEVERITY_ORDER[f.severity], f.span.start, f.span.end, f.rule_id)


def cap_findings(
    findings: list[Finding], config: Config
) -> tuple[list[Finding], Truncation | None]:
    """At most `max_findings_per_item` findings per target and `max_findings` in all, the most
    severe first (then the earliest); the kept ones stay in their original order."""
    per_item, total = config.max_findings_per_item, config.max_findings
    if len(findings) <= min(per_item, total):
        return findings, None
    order = sorted(range(len(findings)), key=lambda i: _rank(findings[i]))
    taken: dict[str, int] = {}
    omitted: dict[str, int] = {}
    keep: set[int] = set()
    for i in order:
        target = findings[i].target
        if taken.get(target, 0) < per_item and len(keep) < total:
            taken[target] = taken.get(target, 0) + 1
            keep.add(i)
        else:
            omitted[target] = omitted.get(target, 0) + 1
    if not omitted:
        return findings, None
    kept = [f for i, f in enumerate(findings) if i in keep]
    return kept, Truncation(
        omitted=sum(omitted.values()),
        by_target=omitted,
        max_findings=total,
        max_findings_per_item=per_item,
    )

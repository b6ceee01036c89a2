"""Someone else's decision an item waits for: an approver or decider with a decision word
("Get the board to approve the FY27 budget", "让财务部批准预算", "make sure the court rules in
our favour", "争取省里把我们评为示范中心"). objective-not-controllable reads it on objectives
(PRINCIPLES.md Controllable), kr-is-task on key results (decision 673): a yes the team can only
ask for is not a result its work moves.
"""

from __future__ import annotations

import re

from coach.wordlists import find_terms, words

# How far (in characters) an approver's decision may follow the approver in the same clause
# ("the board to approve", "省里把我们评为").
_ZH_GAP = 8
_EN_GAP = 40


def in_clause(folded: str, s: int, e: int, name: str, lang: str) -> list[tuple[int, int, str]]:
    return [(a + s, b + s, t) for a, b, t in find_terms(folded[s:e], words(name, lang), lang)]


def outside_decision(folded: str, s: int, e: int, lang: str) -> tuple[int, int] | None:
    """Someone else's decision the clause [s, e) waits for: an approver with a decision word."""
    approvers = in_clause(folded, s, e, "objective_approvers", lang)
    if not approvers:
        return None  # (most clauses: their decision words are not looked for, issue 13)
    decisions = [
        (c, d, t)
        for c, d, t in in_clause(folded, s, e, "objective_decisions", lang)
        if not _names_a_process(folded, d, e, lang)
    ]
    if not decisions:
        return None
    if lang == "zh":
        for a, b, _ in approvers:
            for c, d, _ in decisions:
                # "让交管局把3路车的专用道批下来": 把 brings the thing decided between them.
                gap = _ZH_GAP * 2 if folded.startswith("把", b) else _ZH_GAP
                if b <= c <= b + gap and "，" not in folded[b:c]:
                    return a, d
        return None
    seekers = in_clause(folded, s, e, "objective_acquire_verbs", lang)
    for a, b, _ in approvers:
        for c, d, _ in decisions:
            if b <= c <= b + _EN_GAP:
                # "Get the board to approve …" / "Legal signs off on …" (the approver leads).
                subject = not re.search(r"[a-z]", re.sub(r"\b(?:the|our)\b", "", folded[s:a]))
                if subject or any(x < a for x, _, _ in seekers):
                    return a, d
            if d <= a <= d + 6 and any(x < c for x, _, _ in seekers):
                # "Win approval from leadership …"
                return c, b
    return None


def _names_a_process(folded: str, end: int, clause_end: int, lang: str) -> bool:
    """'审批流程', 'approval time': the decision word names a process, not a decision."""
    rest = folded[end:clause_end].lstrip()
    for word in words("objective_decision_process", lang):
        if rest.startswith(word) and (
            lang == "zh" or not re.match(r"[a-z]", rest[len(word) : len(word) + 1])
        ):
            return True
    return False

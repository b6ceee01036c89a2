"""The sentence encoder's say on alignment, for kr-misaligned and set-unaligned-child (the
lexical signals — domains and content words — are facts: coach/facts/topics.py).

When `draft.semantic` (the default) and the words cannot tell,
`coach.classifier.alignment_probability` (USE multilingual embeddings, a logistic head tuned on
the labelled objective–KR pairs; models/MODEL_CARD.md) decides, firing only at the
precision-first threshold chosen on validation pairs. It works across languages (a Chinese team
KR under an English company objective). It does not overrule a lexical verdict.
"""

from __future__ import annotations

from coach.draft import Item


def misalignment_threshold() -> float:
    """p(misaligned) at or above which the encoder alone may call a pair misaligned."""
    from coach import classifier

    head = classifier.load().alignment or {}
    return float(head.get("misaligned_threshold", 1.0))


def semantic_misalignment(objective: Item, kr: Item, semantic: bool) -> float | None:
    """p(the KR does not measure the objective) from the sentence encoder; None when the
    encoder is off (Config.semantic) or an item has no wording."""
    if not semantic:
        return None
    a, b = objective.plain.strip(), kr.plain.strip()
    if not a or not b:
        return None
    from coach import classifier

    return 1.0 - classifier.alignment_probability(a, b)

"""The routine admin flow within its time limit, read once for the rules that ask: kr-business-as-usual
calls it routine (decisions 1832, 6367) and kr-is-task holds back on it (6367)."""

from __future__ import annotations

import re
from functools import cache

from coach.draft import Item
from coach.wordlists import word_set, words

_EN_WORD = re.compile(r"[a-z][a-z'’-]*")


def _listed(name: str) -> str:
    """An English word list as one alternation for a pattern."""
    return "|".join(re.escape(w) for w in words(name, "en"))


# A time limit for each one, or the terms agreed: "within 30 days", "within terms"; or each one's
# own due date (decision 6459): "Pay every supplier invoice by its due date".
EN_LIMIT = re.compile(
    r"\bwithin (?:\d|an? |one |two |three |five |seven |terms\b|agreed terms\b)"
    r"|\b(?:by|on or before|before) (?:its|their|each one's|the) (?:agreed )?due dates?\b"
)
# A named thing right after the verb ("Send the board deck within 2 weeks"): one piece of work
# with a deadline, not the flow.
_EN_ONE_THING = re.compile(r" (?:the|a|an|this|that|our new|my new)\b")


def standing_flow(item: Item) -> tuple[int, int, str] | None:
    """A verb of the standing admin flow (kr_routine_turnaround_verbs) leading the key result,
    a group of things after it and only a time limit for each ("Process vendor invoices within
    30 days", "Pay vendors within terms"): the standard the work keeps, business as usual
    (decision 1832). The whole wording up to the limit's end is quoted."""
    start, end = item.core_span
    lead = max(start, item.facts.shape.lead)
    first = _EN_WORD.match(item.folded, lead, end)
    # the word leads as a verb whether or not the lexicon knows it ("Invoice clients …",
    # "Grade and return homework …"), but not before a measure ("Invoice accuracy within 2%")
    if first is None or first.start() != lead:
        return None
    if first.group() not in word_set("kr_routine_turnaround_verbs", "en"):
        return None
    nxt = _EN_WORD.match(item.folded, first.end() + 1, end)
    if nxt is None or nxt.group() in word_set("measure_words", "en"):
        return None
    if _EN_ONE_THING.match(item.folded, first.end()):
        return None
    if EN_LIMIT.search(item.folded, first.end(), end) is None:
        return None
    stop = len(item.folded[:end].rstrip(" .;,"))
    return (lead, stop, "")


def routine_admin_flow(item: Item) -> bool:
    """Whether the key result is the routine admin flow within its limit, its items an office's
    paperwork (rules/data/en/kr_admin_items.txt): a service level on a routine admin action, business
    as usual and no task (decision 6367; the lead's ruling of the forty-third round). "Handle every
    expense claim within 3 days", "Process all leaver paperwork within 5 days"; not "Send feedback
    to every candidate within 48h" (841's task: candidates are no paperwork)."""
    if item.language != "en" or ("within" not in item.folded and "due date" not in item.folded):
        return False
    if any(q.is_target and q.kind != "duration" for q in item.facts.quantities):
        return False
    if standing_flow(item) is None:
        return False
    s, e = item.core_span
    lead = max(s, item.facts.shape.lead)
    limit = EN_LIMIT.search(item.folded, lead, e)
    if limit is None:
        return False
    return _admin_items().search(item.folded, lead, limit.start()) is not None


@cache
def _admin_items() -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z])(?:{_listed('kr_admin_items')})(?![a-z])")

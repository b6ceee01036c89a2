"""Small helpers shared by the kr-*/set-* rules written together (owner, deadline, lines)."""

from __future__ import annotations

import re

from coach.annotate import OWNER_PATTERNS
from coach.draft import Draft, Item

# "张三的OKR", "Alice's OKRs": a heading that names whose OKRs these are.
_WHOSE_OKRS = re.compile(r"(?:的|['’]s)\s*OKRs?\b", re.I)


def is_empty(item: Item) -> bool:
    """An item with no wording (a bare "KR2:"): other rules speak about it."""
    return not item.plain.strip()


def end_of_wording(item: Item) -> int:
    """Local offset just after the item's wording, before trailing annotations or stops."""
    return item.core_span[1]


def heading_names_owner(draft: Draft) -> bool:
    """A heading such as "负责人：张三" or "Alice's OKRs" gives every item in the draft an owner."""
    for text, _s, _e in draft.headings:
        if _WHOSE_OKRS.search(text):
            return True
        # Only the explicit forms ("负责人：张三", "(owner: Alice)"), not a bare "（张三）".
        if any(p.search(text) for p in OWNER_PATTERNS[:2]):
            return True
    return False


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Input offsets of the whole lines holding [start, end), with one line break."""
    s = text.rfind("\n", 0, start) + 1
    e = text.find("\n", end)
    e = len(text) if e < 0 else e + 1
    if e == len(text) and s > 0 and not text.endswith("\n"):
        # The last line: remove the break before it instead.
        s -= 1
    return s, e


_LEVEL_RANK = {"company": 0, "team": 1, "personal": 2}


def level_rank(item: Item) -> int | None:
    """0 company, 1 team, 2 personal, None when the draft does not say."""
    return _LEVEL_RANK.get(item.level or "")


def objective_groups(draft: Draft) -> list[list[Item]]:
    """Objectives that belong to one owner's set: consecutive objectives of the same level with
    no heading between them. A company/team/personal draft, or "## Sales" then "## Platform",
    holds several sets, and each is judged on its own.
    """
    groups: list[list[Item]] = []
    for o in draft.objectives:
        if groups:
            prev = groups[-1][-1]
            heading_between = any(prev.start < s < o.start for _t, s, _e in draft.headings)
            if not heading_between and prev.level == o.level:
                groups[-1].append(o)
                continue
        groups.append([o])
    return groups


def block_end(objective: Item) -> int:
    """Input offset after an objective and its key results."""
    return max([objective.end, *(kr.end for kr in objective.key_results)])

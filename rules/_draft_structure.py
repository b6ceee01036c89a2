"""How a draft is laid out, for the rules that look past one item's wording: empty items, where
an item's wording ends, headings that name an owner, whole lines, levels and groups of
objectives. Not a rule (the registry skips modules starting with '_')."""

from __future__ import annotations

import re

from coach.draft import Draft, Item
from coach.facts.owner import names_owner

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
        if names_owner(text):
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


def block_end(objective: Item) -> int:
    """Input offset after an objective and its key results."""
    return max([objective.end, *(kr.end for kr in objective.key_results)])


# -- labels ------------------------------------------------------------------------------------
# Item labels ("KR1:", "关键结果2：", "1.", "- ") are the draft's layout, read by coach.parse; a
# fix that adds a line labels it in the same style.
_LABEL_NUMBER = re.compile(r"\d+")
_NUMBERED_LABEL = re.compile(r"^(\D*?)(?<!\s)\s*\d+(?<!\s)\s*([:：.、)）]?)(?<!\s)\s*$")
# "对齐 O1", "supports O2.KR1": a reference to another item by its id.
_ITEM_REF = re.compile(r"(?<![a-z0-9])o\d{1,2}(?:\s*[.-]?\s*kr\s*\d{1,2})?(?![a-z0-9])")


def renumber_label(label: str, step: int = 1, last: bool = False) -> str:
    """`label` with its (first, or `last`) number raised by `step`: "KR1:" → "KR2:"."""
    found = list(_LABEL_NUMBER.finditer(label))
    if not found:
        return label
    m = found[-1] if last else found[0]
    return label[: m.start()] + str(int(m.group()) + step) + label[m.end() :]


def unnumbered_label(label: str, lang: str) -> str | None:
    """A numbered label without its number ("KR2:" → "KR:"), or None when it has none."""
    m = _NUMBERED_LABEL.match(label)
    if not m or not m.group(1).strip("（(- "):
        return None
    sep = m.group(2) or (":" if lang == "en" else "：")
    return f"{m.group(1).strip()}{sep}" + (" " if sep in ":." else "")


def refers_to_item(folded: str) -> bool:
    """Whether text names an item by its id ("对齐O1", "supports o2.kr1")."""
    return bool(_ITEM_REF.search(folded))

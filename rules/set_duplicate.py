"""set-duplicate: the same objective or key result written twice."""

from __future__ import annotations

import re

from coach.draft import Draft, Item
from coach.rule_api import Example, Fix, Hit, LocalEdit, Rule, voice
from rules._draft_structure import line_bounds

# Near-duplicates: character-bigram Jaccard at least this high, with the same numbers, and
# long enough for the measure to mean something.
NEAR_JACCARD = 0.9
NEAR_MIN_CHARS = 12
# Shorter wordings ("TBD", "待定") repeat in templates without being real duplicates.
MIN_CHARS = 4
# A near duplicate is looked for among this many earlier items with the same numbers (all of
# them in a real draft; a bound on a crafted one).
NEAR_CANDIDATES = 100

_PUNCT_SPACE = re.compile(r"[\W_]+")
# Little words whose presence does not change an item: "Cut the p95 latency" = "Cut p95 latency".
# (`(?<![a-z])(?:the|a|an|our)(?![a-z])|的` from its first character, scanned for in C, the
# alternatives in the same order; issue 13)
_FILLER = re.compile(
    r"[tao的](?:(?<=t)(?<![a-z]t)he(?![a-z])|(?<=a)(?<![a-z]a)(?![a-z])"
    r"|(?<=a)(?<![a-z]a)n(?![a-z])|(?<=o)(?<![a-z]o)ur(?![a-z])|(?<=的))"
)


def _figures(item: Item) -> tuple[str, ...]:
    """The numbers an item's wording states, dates included ("by Q3" and "by Q4" differ)."""
    quantities = tuple(q.text for q in item.facts.quantities)
    return quantities + tuple(item.plain[s:e] for s, e, _kind in item.facts.times)


def normalised(item: Item) -> str:
    """Folded wording without punctuation or spaces: "Raise NPS, from 30 to 45." → "raisenpsfrom30to45"."""
    return _PUNCT_SPACE.sub("", _FILLER.sub(" ", item.folded))


def _bigrams(s: str) -> set[str]:
    return {s[i : i + 2] for i in range(len(s) - 1)}


def _near(a: str, bigrams_a: set[str], b: str, bigrams_b: set[str]) -> bool:
    """Nearly the same wording: character-bigram Jaccard at least NEAR_JACCARD."""
    if min(len(a), len(b)) < NEAR_MIN_CHARS:
        return False
    small, large = sorted((len(bigrams_a), len(bigrams_b)))
    if small < NEAR_JACCARD * large:
        return False  # the Jaccard index is at most small / large
    return len(bigrams_a & bigrams_b) / len(bigrams_a | bigrams_b) >= NEAR_JACCARD


def _short(text: str, n: int = 30) -> str:
    text = text.strip()
    return text if len(text) <= n else text[: n - 1] + "…"


def _delete_line(item: Item, text: str) -> Fix:
    """Delete the item's wording, and its label and line break around it, so the line goes."""
    start, end = item.to_input(0, len(item.text))
    s, e = line_bounds(text, start, end)
    extra = [(a, b, "") for a, b in ((s, start), (end, e)) if b > a]
    # The rewrite is no text at all: the note says what applying it does, so a suggestion is
    # not shown empty ("suggestion: " and nothing; decision 5425)
    return Fix(
        edits=[LocalEdit(0, len(item.text), "")],
        extra_edits=extra,
        note=_DELETE_NOTE[voice(item.language)],
    )


_DELETE_NOTE = {
    "zh": "删掉这一行（它是上面那一项的副本）；如果本来想写另一项，就把它写在这里。",
    "en": "Delete this line (a copy of the one above); if another item was meant, write it here.",
}


class SetDuplicate(Rule):
    """What it does: flags an objective or a key result that repeats an earlier one in the
    same set, word for word or nearly (ignoring case, spaces and punctuation). Items at
    different levels are not compared: a team may take a company key result as its own.

    Why is this bad? A repeated item counts the same work twice, inflates the score, and
    usually means a copy-paste slip hid the item that should have been there.

    Use instead: delete the copy, or write the item that was meant.
    """

    id = "set-duplicate"
    target = "set"
    severity = "warning"
    category = "focus"
    issue_type = "duplication"
    fix = "always"
    similar_examples = False
    model_label = None
    principle = {
        "zh": "只写关键项，而非全部罗列：同一个目标或关键结果不要写两次",
        "en": "Write only the key items: the same objective or key result once",
    }
    message = {
        "zh": "这一项与前面的“{first}”重复。",
        "en": "This repeats '{first}' above.",
    }
    explanation = {
        "zh": "同一个目标或关键结果写了两次，会把同一份工作算两遍，也往往说明复制粘贴时漏掉了本该写的内容。"
        "删掉重复的一项，或改成真正想写的目标或关键结果。",
        "en": "A repeated objective or key result counts the same work twice, and usually means "
        "a copy-paste slip hid the item that should have been there. Delete the copy, or write "
        "the item that was meant.",
    }
    examples = (
        Example(
            "zh",
            "目标：本季度提升客户满意度\n关键结果1：NPS 从 30 提升到 45\n关键结果2：«NPS从30提升到45。»",
            True,
        ),
        Example(
            "zh",
            "目标1：拿下华东市场\n关键结果1：华东区新签客户 20 家\n关键结果2：华东区收入达到 500 万元\n"
            "目标2：«拿下华东市场»\n关键结果1：华东区渠道商新增 5 家\n关键结果2：华东区续约率达到 90%",
            True,
        ),
        Example(
            "zh",
            "目标1：提升客户满意度\n关键结果1：客户问题解决时间缩短至2天\n关键结果2：投诉量降到每月40件\n"
            "目标2：提升客服效率\n关键结果1：«客户问题解决时间缩短至2天»\n关键结果2：人均日处理工单提升到60件",
            True,
        ),
        Example(
            "zh",
            "目标：本季度提升客户满意度\n关键结果1：NPS 从 30 提升到 45\n关键结果2：NPS 从 45 提升到 50",
            False,
        ),
        Example(
            "zh",
            "公司OKRs目标: 提高品牌认可度和知名度\n关键结果1：增加20%的社交媒体互动量\n"
            "营销部门OKRs目标: 提高35%的社交媒体互动量\n关键结果1：增加20%的社交媒体互动量",
            False,
        ),
        Example(
            "zh",
            "目标1：提升客户满意度\n关键结果1：待定\n关键结果2：待定\n目标2：提升品牌知名度\n关键结果1：待定",
            False,
        ),
        Example(
            "en",
            "Objective: Delight our customers\nKR1: Raise NPS from 30 to 45\nKR2: «raise NPS from 30 to 45»",
            True,
        ),
        Example(
            "en",
            "O1: Win the enterprise market\nKR1: Sign 5 enterprise customers\nKR2: Reach $2M ARR\n"
            "O2: «Win the enterprise market!»\nKR1: Add 10 resellers\nKR2: Win rate at 30%",
            True,
        ),
        Example(
            "en",
            "O: Ship a faster app\n- Cut p95 checkout latency to 200 ms\n- Crash-free sessions at 99.9%\n"
            "- «Cut the p95 checkout latency to 200 ms»",
            True,
        ),
        Example(
            "en",
            "Priya's OKRs — Q3 2026\nObjective: Delight our customers\nKR1: Raise NPS from 30 to 45\n"
            "KR2: Raise CSAT from 80 to 90",
            False,
        ),
        Example(
            "en",
            "O1: Win the enterprise market\nKR1: Sign 5 enterprise customers\n"
            "O2: Win the mid-market\nKR1: Sign 50 mid-market customers",
            False,
        ),
        Example(
            "en",
            "O: Ship a faster app\n- Cut p95 checkout latency to 200 ms\n- Cut p95 search latency to 300 ms",
            False,
        ),
    )

    def check_set(self, draft: Draft):
        hits: list[Hit] = []
        for items in (draft.objectives, draft.key_results()):
            hits.extend(self._repeats(items, draft))
        return hits

    def _repeats(self, items: list[Item], draft: Draft) -> list[Hit]:
        hits: list[Hit] = []
        # Items seen, by level: the exact wordings, and per level and figures the wordings a
        # near duplicate could match (the most recent NEAR_CANDIDATES of them).
        exact: dict[tuple[str | None, str], Item] = {}
        near: dict[tuple[str | None, tuple[str, ...]], list[tuple[str, set[str], Item]]] = {}
        for it in items:
            key = normalised(it)
            level = (it.objective or it).level
            if len(key) < MIN_CHARS:
                continue
            bucket = near.setdefault((level, _figures(it)), [])
            grams = _bigrams(key)
            first = next(
                (f for k, g, f in bucket[-NEAR_CANDIDATES:] if k == key or _near(k, g, key, grams)),
                None,
            ) or exact.get((level, key))
            if first is None:
                exact[(level, key)] = it
                bucket.append((key, grams, it))
                continue
            hits.append(
                Hit(
                    span=(it.start, it.end),
                    args={"first": _short(first.plain)},
                    fixes=[_delete_line(it, draft.text)],
                    target=it.id,
                    input_span=True,
                )
            )
        return hits


RULE = SetDuplicate()

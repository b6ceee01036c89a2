"""Round 38 (issue 13): work a review did again per item or per review, done once.

- coach.facts.outcomes: what each item's words add to the evidence (`_counted`), once per item
  and weight floor; every other item's context read it again (quadratic in the items).
- coach.facts.owner.after_lead_label: remembered (a review asked it ~33 times for ~6 wordings).

Each is checked against the computation it replaces; the review's output is unchanged
(bench/review_outputs.py: 4,074 reviews byte-identical).
"""

from __future__ import annotations

from collections import defaultdict

from coach.facts import outcomes
from coach.facts.owner import after_lead_label
from coach.review import parse

_DRAFTS = [
    "O: 提升华东区门店复购体验\n"
    "KR1: 会员复购率从28%提升到35%\n"
    "KR2: 每月组织4场会员沙龙\n"
    "KR3: 门店NPS达到45\n"
    "KR4: 客服组：投诉48小时内闭环率达到95%",
    "Objective: Make onboarding at the county clinic painless\n"
    "KR1: Patient intake time from 40 to 15 minutes\n"
    "KR2: Front desk: run 6 training sessions for new staff\n"
    "KR3: Raise first-visit satisfaction to 4.6/5\n"
    "KR4: Cut no-show rate from 18% to 9%",
]


def _old_add(item, share: float, into: dict[str, float], least: float = 0.0) -> set[str]:
    """`outcomes._add` as it was before round 38 (each call read the item's mentions)."""
    seen: set[str] = set()
    named: set[str] = set()
    folded = item.folded
    cs, ce = item.core_span
    label = after_lead_label.__wrapped__(item.plain, cs, ce)
    if label > cs:
        folded = " " * label + folded[label:]
    for m in outcomes.mentions(folded, item.language):
        w = outcomes.weight(m)
        if w < least or m.term in seen:
            continue
        seen.add(m.term)
        for mid in m.metrics:
            into[mid] += share * w / len(m.metrics)
            if m.is_name and len(m.metrics) == 1:
                named.add(mid)
    return named


def test_counted_adds_what_the_old_add_added() -> None:
    for text in _DRAFTS:
        for it in parse(text).items():
            for share in (1.0, 0.5, 0.25):
                for least in (0.0, outcomes.STRONG_WEIGHT):
                    old: dict[str, float] = defaultdict(float)
                    new: dict[str, float] = defaultdict(float)
                    assert outcomes._add(it, share, new, least) == _old_add(it, share, old, least)
                    assert list(new.items()) == list(old.items())  # same order, same floats


def test_each_item_read_once_for_the_evidence(monkeypatch) -> None:
    """A draft of five items reads each item's mentions once per weight floor, not once more
    for every other item whose context it is (50 reads before round 38)."""
    draft = parse(_DRAFTS[0])
    calls: list[str] = []
    mentions = outcomes.mentions

    def counted(folded: str, lang: str):  # type: ignore[no-untyped-def]
        calls.append(folded)
        return mentions(folded, lang)

    monkeypatch.setattr(outcomes, "mentions", counted)
    items = draft.items()
    for it in items:
        outcomes.word_evidence(it)
    assert len(items) == 5
    assert len(calls) <= 2 * len(items)


def test_after_lead_label_as_computed() -> None:
    cases = [
        ("Customer Success: Improve NPS to 50", 0, 35),
        ("客服组——提升NPS到50", 0, 12),
        ("Nursing: cut falls by 30%", 0, 25),
        ("10:30 daily standup attendance 90%", 0, 34),
        ("Sales (Closing Deals): win 12 logos", 0, 35),
        ("no label here at all", 0, 20),
    ]
    for text, s, e in cases:
        for owners_only in (True, False):
            assert after_lead_label(text, s, e, owners_only) == after_lead_label.__wrapped__(
                text, s, e, owners_only
            )

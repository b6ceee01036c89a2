"""The wording rules raise no finding on well-written key results (issue 8: precision matters
as much as recall). Every curated good example (models/data/library/examples.jsonl) is reviewed
as a key result under a fitting objective with an owner and a timeframe, and every "good"
score-tier draft (models/data/score_tiers/drafts.jsonl) is reviewed whole."""

from __future__ import annotations

import pytest

from coach import review
from coach.config import Config
from models import library

WORDING_RULES = [
    "kr-negative-phrasing",
    "kr-vague-wording",
    "kr-compound",
    "kr-business-as-usual",
    "kr-no-baseline",
]
_CONFIG = Config(semantic=False, use_model=False)
_WRAP = {
    "zh": ("目标：让客户更满意（2025年Q3）\n- ", "（负责人：王芳）"),
    "en": ("Objective: Delight our customers in Q3 2025\n- ", " (owner: Ana)"),
}


def _flagged(text: str) -> list[tuple[str, str]]:
    rv = review(text, select=WORDING_RULES, config=_CONFIG)
    return [(f.rule_id, text[f.span.start : f.span.end]) for f in rv.findings]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_wording_finding_on_the_curated_good_key_results(lang: str) -> None:
    before, after = _WRAP[lang]
    examples = library.examples(lang=lang, kind="kr")
    assert len(examples) > 100
    alarms = [(e.text, got) for e in examples if (got := _flagged(before + e.text + after))]
    assert not alarms, alarms


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_wording_finding_on_the_good_score_tier_drafts(lang: str) -> None:
    drafts = library.tier_drafts(lang=lang, tier="good")
    assert drafts
    alarms = [(d.id, got) for d in drafts if (got := _flagged(d.text))]
    assert not alarms, alarms

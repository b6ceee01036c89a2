"""Precision of the result and quantified rules on well-written key results: the curated good
examples (models/data/library/examples.jsonl) and the "good" score-tier drafts
(models/data/score_tiers/drafts.jsonl) draw no finding from kr-is-task, kr-activity-count or
kr-not-quantified. A false alarm costs a coach more trust than a miss (issue 8)."""

from __future__ import annotations

import json
from pathlib import Path

from coach import review
from coach.config import Config

DATA = Path(__file__).resolve().parent.parent / "models" / "data"
RULES = ("kr-is-task", "kr-activity-count", "kr-not-quantified")
CONFIG = Config(select=RULES, use_model=False, semantic=False)


def _rows(rel: str) -> list[dict]:
    with (DATA / rel).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_curated_good_key_results_draw_no_result_or_quantified_finding() -> None:
    rows = _rows("library/examples.jsonl")
    objectives: dict[tuple[str, str], str] = {}
    for r in rows:
        if r["kind"] == "objective":
            objectives.setdefault((r["lang"], r["function"]), r["text"])
    checked, flagged = 0, []
    for r in rows:
        if r["kind"] != "kr":
            continue
        # under a fitting objective, with an owner and a timeframe, as a user would paste it
        o = objectives.get((r["lang"], r["function"]), "Win the market")
        if r["lang"] == "zh":
            text = f"# 2026年第三季度OKR\n目标：{o}（负责人：王芳）\n- KR1：{r['text']}"
        else:
            text = f"# Q3 2026 OKRs\nObjective: {o} (owner: Dana)\n- KR1: {r['text']}"
        rv = review(text, config=CONFIG)
        checked += 1
        fails = [c.rule_id for c in rv.objectives[0].key_results[0].checks if c.status == "fail"]
        if fails:
            flagged.append(f"{r['lang']} {r['text']!r}: {fails}")
    assert checked > 200
    assert not flagged, "\n".join(flagged[:30])


def test_good_score_tier_drafts_draw_no_result_or_quantified_finding() -> None:
    tiers = [t for t in _rows("score_tiers/drafts.jsonl") if t["tier"] == "good"]
    assert tiers
    flagged = []
    for t in tiers:
        rv = review(t["text"], config=CONFIG)
        for f in rv.findings:
            flagged.append(f"{t['id']} {t['text'][f.span.start : f.span.end]!r}: {f.rule_id}")
    assert not flagged, "\n".join(flagged[:30])

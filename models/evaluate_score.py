"""Does the review's score separate drafts a coach ranked? (issue 9, item 4)

    python -m models.evaluate_score            # mean score per tier and ordering accuracy
    python -m models.evaluate_score --json out.json
    python -m models.evaluate_score --drafts   # each draft's score, band and findings (ids only)

Reads models/data/score_tiers/drafts.jsonl: whole drafts an experienced coach ranked `good`
(every principle holds), `one-flaw` (exactly one real violation) or `several-flaws`, 13 of each
per language. Each draft is reviewed as a user would paste it, with the default configuration.
Reported per language: the mean score (and band counts) per tier, and the pairwise ordering
accuracy: over every pair of drafts of different tiers in the same language, the share where
the better tier scores higher (a tie counts as wrong; `ties` says how many there were). Goal:
≥ 0.90 per language.
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import combinations
from pathlib import Path
from typing import Any

from models import library

TIERS = ("good", "one-flaw", "several-flaws")
RANK = {t: i for i, t in enumerate(TIERS)}  # lower is better


def score_drafts(drafts: list[library.TierDraft]) -> list[dict[str, Any]]:
    """Each draft's score, band and the rule ids of its findings."""
    from coach import review

    out = []
    for d in drafts:
        rv = review(d.text)
        out.append(
            {
                "id": d.id,
                "lang": d.lang,
                "tier": d.tier,
                "score": rv.score,
                "band": rv.band,
                "findings": sorted(f"{f.rule_id}:{f.severity}" for f in rv.findings),
            }
        )
    return out


def ordering(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Pairwise ordering accuracy over pairs of different tiers (ties count as wrong).

    `unseen`: pairs where neither draft has any finding (the rules missed the flaw): no score
    can order them, so `ceiling` is the best accuracy any scoring of these findings could reach,
    and `accuracy_seen` the accuracy over the other pairs (the score's own part)."""
    right = ties = total = unseen = 0
    for a, b in combinations(rows, 2):
        if a["tier"] == b["tier"]:
            continue
        better, worse = (a, b) if RANK[a["tier"]] < RANK[b["tier"]] else (b, a)
        total += 1
        right += better["score"] > worse["score"]
        ties += better["score"] == worse["score"]
        unseen += not a["findings"] and not b["findings"]
    seen = total - unseen
    return {
        "accuracy": round(right / total, 3) if total else None,
        "pairs": total,
        "ties": ties,
        "unseen": unseen,
        "ceiling": round(seen / total, 3) if total else None,
        "accuracy_seen": round(right / seen, 3) if seen else None,
    }


def summarize(rows: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for lang in sorted({r["lang"] for r in rows}):
        mine = [r for r in rows if r["lang"] == lang]
        tiers = {}
        for t in TIERS:
            scores = [r["score"] for r in mine if r["tier"] == t]
            bands: dict[str, int] = {}
            for r in mine:
                if r["tier"] == t:
                    bands[r["band"]] = bands.get(r["band"], 0) + 1
            tiers[t] = {
                "n": len(scores),
                "mean": round(sum(scores) / len(scores), 1) if scores else None,
                "min": min(scores, default=None),
                "max": max(scores, default=None),
                "bands": bands,
            }
        out[lang] = {"tiers": tiers, "ordering": ordering(mine)}
    return out


def markdown(summary: dict[str, Any]) -> str:
    lines = [
        "| language | good | one flaw | several flaws | ordering accuracy (pairs, ties) "
        "| ceiling (pairs no finding tells apart) | accuracy where a finding tells |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for lang, s in summary.items():
        cells = [
            f"{s['tiers'][t]['mean']} ({s['tiers'][t]['min']}–{s['tiers'][t]['max']})"
            for t in TIERS
        ]
        o = s["ordering"]
        lines.append(
            f"| {lang} | {' | '.join(cells)} | **{o['accuracy']:.2f}** ({o['pairs']}, {o['ties']}) "
            f"| {o['ceiling']:.2f} ({o['unseen']}) | {o['accuracy_seen']:.2f} |"
        )
    lines += ["", "| language | tier | bands |", "|---|---|---|"]
    for lang, s in summary.items():
        for t in TIERS:
            bands = ", ".join(f"{k} {v}" for k, v in sorted(s["tiers"][t]["bands"].items()))
            lines.append(f"| {lang} | {t} | {bands} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m models.evaluate_score")
    ap.add_argument("--lang", choices=["en", "zh"])
    ap.add_argument("--drafts", action="store_true", help="print each draft's score and findings")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args(argv)
    rows = score_drafts(library.tier_drafts(lang=args.lang))
    summary = summarize(rows)
    print(markdown(summary))
    if args.drafts:
        for r in sorted(rows, key=lambda r: (r["lang"], RANK[r["tier"]], -r["score"])):
            print(f"{r['id']:22} {r['score']:3} {r['band']:10} {' '.join(r['findings'])}")
    if args.json:
        args.json.write_text(
            json.dumps({"summary": summary, "drafts": rows}, ensure_ascii=False, indent=1),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

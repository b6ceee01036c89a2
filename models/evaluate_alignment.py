"""Measure kr-misaligned and set-unaligned-child on the labelled alignment pairs (issue 9).

    python -m models.evaluate_alignment                  # the test split (aggregate figures)
    python -m models.evaluate_alignment --split dev --misses   # wrong verdicts, dev only
    python -m models.evaluate_alignment --json out.json

Each pair of models/data/alignment/pairs.jsonl becomes a draft as a user would paste it, in the
objective's language:

- kr-misaligned: the objective and the pair's key result under it
  ("Objective: …\\nKR1: …" / "目标：…\\n关键结果1：…");
- set-unaligned-child: the objective as the company's and the pair's key result as a team
  objective under a team heading ("## Company OKRs" / "## Team OKRs", "## 公司OKR" / "## 团队OKR").

The rule under test runs alone, opted in (`select`), with the default configuration otherwise
(the sentence encoder on). The positive class is "misaligned" (label `aligned: false`), so
precision is the share of the rule's findings that are right. Reported: P/R/F1 overall, per
language pair (objective–KR: en-en, zh-zh, en-zh, zh-en), for the hard cases and the easy ones,
and the share flagged per category. `--misses` lists texts and refuses the test split: tune on
dev, report test.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from models import library
from models.evaluate_drafts import Counts

RULES = ("kr-misaligned", "set-unaligned-child")
LANG_PAIRS = ("en-en", "zh-zh", "en-zh", "zh-en")

_KR_DRAFT = {
    "en": "Objective: {objective}\nKR1: {kr}",
    "zh": "目标：{objective}\n关键结果1：{kr}",
}
_SET_DRAFT = {
    "en": "## Company OKRs\nObjective: {objective}\n",
    "zh": "## 公司OKR\n目标：{objective}\n",
}
_SET_CHILD = {
    "en": "## Team OKRs\nObjective: {kr}",
    "zh": "## 团队OKR\n目标：{kr}",
}

# A verdict for one pair: True (flagged misaligned), False (passed), None (the rule could not
# tell: counted as not flagged).
Predictor = Callable[[library.Pair], bool | None]


def draft_text(pair: library.Pair, rule: str) -> str:
    """The draft a pair is reviewed as, for `rule`."""
    if rule == "kr-misaligned":
        return _KR_DRAFT[pair.objective_lang].format(objective=pair.objective, kr=pair.kr)
    return _SET_DRAFT[pair.objective_lang].format(objective=pair.objective) + _SET_CHILD[
        pair.kr_lang
    ].format(kr=pair.kr)


def review_predictor(rule: str, options: dict[str, Any] | None = None) -> Predictor:
    """The review's verdict on each pair, with `rule` alone selected."""
    from coach import review
    from coach.config import Config

    config = Config(select=(rule,), **(options or {}))

    def predict(pair: library.Pair) -> bool | None:
        rv = review(draft_text(pair, rule), config=config)
        if any(f.rule_id == rule for f in rv.findings):
            return True
        if rule == "set-unaligned-child":
            return False
        checks = [c for o in rv.objectives for k in o.key_results for c in k.checks]
        statuses = {c.status for c in checks if c.rule_id == rule}
        return None if "unknown" in statuses or not statuses else False

    return predict


def evaluate(predict: Predictor, pairs: list[library.Pair]) -> dict[str, Any]:
    """P/R/F1 of "misaligned" overall, per language pair, hard/easy; flag rate per category."""
    counts: dict[str, Counts] = {}
    per_category: dict[str, list[int]] = {}
    unknown = 0
    misses: list[dict[str, Any]] = []
    for p in pairs:
        verdict = predict(p)
        unknown += verdict is None
        flagged = bool(verdict)
        y = not p.aligned
        keys = ("all", f"{p.objective_lang}-{p.kr_lang}", "hard" if p.hard else "easy")
        for key in keys:
            counts.setdefault(key, Counts()).add(y, flagged)
        cat = per_category.setdefault(p.category, [0, 0])
        cat[0] += flagged
        cat[1] += 1
        if flagged != y:
            misses.append({"id": p.id, "category": p.category, "flagged": flagged, "pair": p})
    table = {k: {**c.row(), "fp": c.fp, "tp": c.tp} for k, c in counts.items()}
    return {
        "pairs": len(pairs),
        "unknown": unknown,
        "table": table,
        "categories": {
            c: {"flagged": f, "n": n, "aligned": library.CATEGORIES[c]}
            for c, (f, n) in sorted(per_category.items())
        },
        "misses": misses,
    }


def markdown(rule: str, split: str, res: dict[str, Any]) -> str:
    lines = [
        f"{rule} on the {split} pairs ({res['pairs']}; the rule could not tell on "
        f"{res['unknown']})",
        "",
        "| pairs | precision | recall | F1 | findings (wrong) | misaligned pairs | n |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for key in ("all", *LANG_PAIRS, "hard", "easy"):
        r = res["table"].get(key)
        if r is None:
            continue
        lines.append(
            f"| {key} | {r['precision']:.2f} | {r['recall']:.2f} | {r['f1']:.2f} | "
            f"{r['tp'] + r['fp']} ({r['fp']}) | {r['positives']} | {r['n']} |"
        )
    lines += ["", "| category | label | flagged / pairs |", "|---|---|---:|"]
    for c, v in res["categories"].items():
        label = "aligned" if v["aligned"] else "misaligned"
        lines.append(f"| {c} | {label} | {v['flagged']} / {v['n']} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m models.evaluate_alignment")
    ap.add_argument("--split", choices=[*library.SPLITS, "all"], default="test")
    ap.add_argument("--rule", choices=[*RULES, "both"], default="both")
    ap.add_argument("--no-semantic", action="store_true", help="the word lists alone")
    ap.add_argument("--misses", action="store_true", help="print the wrong verdicts (dev only)")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args(argv)
    if args.misses and args.split != "dev":
        ap.error("--misses lists texts: use it on the dev split only")
    split = None if args.split == "all" else args.split
    pairs = library.pairs(split)
    options = {"semantic": False} if args.no_semantic else None
    out: dict[str, Any] = {}
    for rule in RULES if args.rule == "both" else (args.rule,):
        res = evaluate(review_predictor(rule, options), pairs)
        print(markdown(rule, args.split, res), end="\n\n")
        if args.misses:
            for m in res["misses"]:
                p = m["pair"]
                want = "aligned" if p.aligned else "MISALIGNED"
                print(f"{m['id']:12} {m['category']:28} want {want:10} {p.objective!r} <- {p.kr!r}")
            print()
        out[rule] = {k: v for k, v in res.items() if k != "misses"}
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Rules alone vs rule OR model on the decision set(s), per label and language.

    python -m models.decision_report                     # models/data/decision/ and decision17/
    python -m models.decision_report --root DIR [--root DIR ...]

For each label (and result-not-task as one principle: the item fails kr-is-task or
kr-activity-count, either rule counts as caught, as `models.train.target`), on each language:
the rules alone, rule OR the shipped artifact's head at the artifact's own threshold (what the
review does when the label is on), and rule OR the head at the best threshold on this set that keeps
precision >= MIN_PRECISION (what `models.train.decide` would choose here). Cells are P / R / F1
with true positives, false positives and misses. It reads no rule's misses item by item: the point
is the default per label (models/data/decision/README.md: no rule work may tune on the set).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from coach import classifier
from models import draft_items as di
from models.train import (
    ARTIFACT,
    DECISION,
    MIN_PRECISION,
    RESULT,
    fired_rules,
    model_doc,
    prf,
    rules_say,
    target,
)

DECISION17 = DECISION.parent / "decision17"
PRINCIPLE = "result-not-task"


def _cell(d: dict[str, float]) -> str:
    return f"{d['p']:.2f}/{d['r']:.2f}/{d['f1']:.3f} ({d['tp']}/{d['fp']}/{d['fn']})"


def best_threshold(
    p: np.ndarray, y: np.ndarray, rules: np.ndarray, parsed: np.ndarray
) -> tuple[float, dict[str, float]] | None:
    """The threshold with the best F1 of rule OR model at precision >= MIN_PRECISION."""
    best: tuple[float, dict[str, float]] | None = None
    for t in np.round(np.arange(0.50, 0.995, 0.01), 2):
        m = parsed & (p >= t)
        c = prf(rules | m, y)
        if m.any() and c["p"] >= MIN_PRECISION and (best is None or c["f1"] > best[1]["f1"]):
            best = (float(t), c)
    return best


def rows(examples: list[di.Example], model: classifier.Model) -> list[dict[str, object]]:
    """One row per (label, language) the set labels: n, positives and the three cells."""
    probs = [
        model.predict(*model_doc(e), e.kind, fired_rules(e)) if e.rules is not None else {}
        for e in examples
    ]
    labels = [(rid, rid) for rid in di.LABELS if rid not in RESULT]
    # result-not-task: the principle, once with each result head
    labels += [(f"{PRINCIPLE} (task head)", RESULT[0]), (f"{PRINCIPLE} (activity head)", RESULT[1])]
    out: list[dict[str, object]] = []
    for name, head in labels:
        rid = RESULT[0] if name.startswith(PRINCIPLE) else head
        kind = di.LABELS[rid]
        shipped_t = model.heads[head].threshold
        for lang in ("en", "zh", "all"):
            idx = [
                i
                for i, e in enumerate(examples)
                if e.kind == kind and target(e, rid) is not None and lang in ("all", e.lang)
            ]
            if not idx:
                continue
            y = np.array([bool(target(examples[i], rid)) for i in idx], dtype=bool)
            r = np.array([rules_say(examples[i], rid) for i in idx], dtype=bool)
            parsed = np.array([examples[i].rules is not None for i in idx], dtype=bool)
            p = np.array([probs[i].get(head, 0.0) for i in idx])
            shipped = prf(r | (parsed & (p >= shipped_t)), y)
            best = best_threshold(p, y, r, parsed)
            out.append(
                {
                    "label": name,
                    "lang": lang,
                    "n": len(idx),
                    "pos": int(y.sum()),
                    "rules": prf(r, y),
                    "shipped": shipped,
                    "shipped_t": shipped_t,
                    "on": model.heads[head].enabled,
                    "best": best,
                }
            )
    return out


def table(rs: list[dict[str, object]]) -> str:
    lines = [
        "| label | lang | n | pos | rules alone P/R/F1 (tp/fp/fn) | rule OR model, shipped threshold "
        "| rule OR model, best threshold at P >= 0.90 |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rs:
        best = r["best"]
        b = f"{_cell(best[1])} at p >= {best[0]:.2f}" if best else "none at P >= 0.90"
        on = "on" if r["on"] else "off"
        lines.append(
            f"| {r['label']} | {r['lang']} | {r['n']} | {r['pos']} | {_cell(r['rules'])} | "
            f"{_cell(r['shipped'])} at p >= {r['shipped_t']:.2f} ({on}) | {b} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", action="append", type=Path, help="a decision-set folder")
    ap.add_argument("--artifact", type=Path, default=ARTIFACT)
    args = ap.parse_args(argv)
    model = classifier.load(args.artifact)
    for root in args.root or [DECISION, DECISION17]:
        if not root.exists():
            continue
        ex = di.reviewed(None, root)
        parsed = sum(e.rules is not None for e in ex)
        print(f"\n## {root.name}: {len(ex)} items, {parsed} parsed as their kind\n")
        print(table(rows(ex, model)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Forward-chained check of the classifier's defaults on outsider rounds (issue 8 item 4).

    python -m models.forward_check                          # every variant, rounds 40 to 43
    python -m models.forward_check --variants base lang --rounds 42 43 --json out.json
    python -m models.forward_check --old-rules              # with the rules of each round's close
    python -m models.forward_check --old-rules --sweep      # each held-off head per threshold

The outsider authors (`o36-` … `o43c-`, models/data/drafts/README.md) were written blind, one
round at a time: the closest the corpus has to "the next unseen draft". For each round k, the
heads are trained on every train author EXCEPT the outsider rounds >= k (the model never saw
round k; the older sources, the val authors and the decision set stay as models.train uses
them), thresholds and defaults are decided as a variant says, and the DEFAULT REVIEW (rules +
the fold's model, `coach.review` itself) is scored on round k's authors with
models.evaluate_drafts's scorer, per principle and language, beside the rules alone. The test
authors are never read. The rules were tuned on these rounds after they were studied, so the
rules-alone figures are optimistic; what the check measures is what a head adds to them.

Variants (`VARIANTS`): where the defaults are decided (`dec`: models/data/decision/ with the val
guard, as models.train; `prev`: round k-1's authors, left out of training; `dec+prev`: both, round
k-1 left out of training; `dec+prev-seen`: both, round k-1 kept in training), whether the two
result heads get a threshold per language (`models.train.decide_languages`), and whether
HELD_OFF still holds kr-activity-count off.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from coach import classifier
from models import draft_items as di
from models import drafts as corpus
from models import evaluate_drafts as ev
from models import train

ROUNDS = (40, 41, 42, 43)
MIX = "drafts+handwritten+library"  # the shipped mix (classifier.json's training_mix)
# The heads the check trains: the three held off (the unmet bars) and the two on by default.
FOCUS = (
    "kr-is-task",
    "kr-activity-count",
    "objective-is-metric",
    "kr-negative-phrasing",
    "objective-not-inspiring",
)
PRINCIPLES = ("result", "metric-obj", "negative", "inspiring")
_ROUND = re.compile(r"^o(\d+)[a-z]?-")


def outsider_round(author: str) -> int | None:
    """The blind round an outsider author was written in (`o42b-…` → 42), None for others."""
    m = _ROUND.match(author)
    return int(m.group(1)) if m else None


def before(k: int) -> Callable[[di.Example], bool]:
    """Keeps a train item unless its author is an outsider of round k or later."""

    def keep(e: di.Example) -> bool:
        r = outsider_round(e.author)
        return r is None or r < k

    return keep


def round_examples(examples: list[di.Example], k: int) -> list[di.Example]:
    """The reviewed items of round k's authors (all train authors; never a test author)."""
    return [e for e in examples if e.split == "train" and outsider_round(e.author) == k]


@dataclass(frozen=True)
class Variant:
    name: str
    decision: str = "dec"  # dec | prev | dec+prev | dec+prev-seen
    per_language: bool = False
    held_off: bool = True  # HELD_OFF keeps kr-activity-count off
    force_on: bool = False  # the three held-off heads on at their decided thresholds


OFF_HEADS = ("kr-is-task", "kr-activity-count", "objective-is-metric")


VARIANTS = {
    v.name: v
    for v in (
        Variant("base"),
        Variant("lang", per_language=True),
        Variant("dec+prev+lang", decision="dec+prev", per_language=True),
        Variant("on", force_on=True),
        Variant("on+lang", per_language=True, force_on=True),
        Variant("prev+on", decision="prev", force_on=True),
        Variant("dec+prev+on+lang", decision="dec+prev", per_language=True, force_on=True),
        Variant(
            "dec+prev-seen+on+lang", decision="dec+prev-seen", per_language=True, force_on=True
        ),
    )
}


def train_until(k: int, val: list[di.Example], cache: dict[int, train.Trained]) -> train.Trained:
    """Heads trained without the outsider rounds >= k (remembered per k)."""
    if k not in cache:
        cache[k] = train.train_tfidf(MIX, val, keep=before(k), labels=FOCUS)
    return cache[k]


def decide(
    v: Variant,
    trained: train.Trained,
    val: list[di.Example],
    dec: list[di.Example],
) -> dict[str, dict[str, Any]]:
    held = dict(train.HELD_OFF)
    if not v.held_off:
        train.HELD_OFF.clear()
    try:
        calib = train.calibrate_and_decide(trained, val, dec)
        if v.per_language:
            train.decide_languages(trained, calib, val, dec, OFF_HEADS)
        if v.force_on:
            for rid in OFF_HEADS:
                c = calib[rid]
                for d in [c["decision"], *c.get("by_language", {}).values()]:
                    d.enabled = True
    finally:
        train.HELD_OFF.clear()
        train.HELD_OFF.update(held)
    return calib


def fold_model(trained: train.Trained, calib: dict[str, dict[str, Any]]) -> classifier.Model:
    """The fold's heads as the review loads them (models.train.export's format, in memory)."""
    word, char = trained.vecs
    labels = [train.label_meta(rid, trained.heads[rid], calib[rid]) for rid in FOCUS]
    meta = {
        "version": classifier.MODEL_VERSION + "-forward",
        "word_vocab": sorted(word.vocabulary_, key=word.vocabulary_.get),
        "char_vocab": sorted(char.vocabulary_, key=char.vocabulary_.get),
        "labels": labels,
    }
    weights = np.stack([trained.heads[rid]["model"].coef_[0] for rid in FOCUS])
    arrays = {"word_idf": word.idf_, "char_idf": char.idf_, "weights": weights}
    return classifier.Model(meta, arrays)


def round_root(k: int, folder: Path) -> Path:
    """A corpus folder holding only round k's authors (links to their files)."""
    root = folder / f"round{k}"
    root.mkdir(parents=True, exist_ok=True)
    for meta in sorted(corpus.DRAFTS.glob("*.meta.json")):
        author = meta.name[: -len(".meta.json")]
        if outsider_round(author) != k:
            continue
        if json.loads(meta.read_text(encoding="utf-8"))["split"] != "train":
            continue
        for p in (meta, corpus.DRAFTS / f"{author}.jsonl"):
            link = root / p.name
            if not link.exists():
                link.symlink_to(p)
    return root


Cells = dict[str, dict[str, int]]  # "principle/lang" -> tp, fp, fn


def score(root: Path, model: classifier.Model | None) -> Cells:
    """The default review's counts on the folder's drafts (`model` None: the rules alone)."""
    old = classifier._model
    try:
        if model is not None:
            classifier._model = model
        predict = ev.review_predictor(None if model is not None else {"use_model": False})
        res = ev.evaluate(predict, None, root=root)
    finally:
        classifier._model = old
    cells: Cells = {}
    for key, row in res["table"].items():
        cells[key] = {"pos": int(row["positives"]), "fp": 0, "fn": 0}
    for m in res["misses"]:
        for lang in (m["lang"], "all"):
            cells[f"{m['principle']}/{lang}"]["fn" if m["label"] else "fp"] += 1
    return cells


# The checkout each round's blind set was run against (its round's close): rules that had not
# studied it. `--old-rules` scores rule OR model with these rules' verdicts.
CLOSE = {40: "c46f6308", 41: "4d9d80ec", 42: "3886e939", 43: "f9166ea1"}
HEADS = {
    "result": ("kr-is-task", "kr-activity-count"),
    "metric-obj": ("objective-is-metric",),
    "negative": ("kr-negative-phrasing",),
    "inspiring": ("objective-not-inspiring",),
}
# What an older checkout's review reads: its code, the metric library and the artifacts.
ARCHIVED = ("coach", "rules", "models/*.py", "models/data/library", "models/artifact")
Verdicts = list[tuple[dict[str, str], str, str] | None]
_DUMP = """
import json, sys
from pathlib import Path
from models import drafts, draft_items as di
out = {d.id: di.review_rules(d) for d in drafts.drafts(root=Path(sys.argv[1]))}
Path(sys.argv[2]).write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
"""


def rules_at(commit: str, root: Path, folder: Path) -> dict[str, Verdicts]:
    """Each draft's items' (rule verdicts, wording, language) under an older checkout's rules
    (`models.draft_items.review_rules` of that commit, rules alone), remembered in
    models/.cache."""
    import subprocess
    import sys

    cache = di.CACHE / f"forward-rules-{commit}-{di._corpus_fingerprint(root)}.json"
    if not cache.exists():
        code = folder / f"code-{commit}"
        if not code.exists():
            code.mkdir(parents=True)
            repo = Path(__file__).resolve().parent.parent
            archive = subprocess.run(
                ["git", "-C", str(repo), "archive", commit, *ARCHIVED],
                check=True,
                capture_output=True,
            ).stdout
            subprocess.run(["tar", "-x", "-C", str(code)], input=archive, check=True)
        di.CACHE.mkdir(exist_ok=True)
        subprocess.run(
            [sys.executable, "-c", _DUMP, str(root.resolve()), str(cache.resolve())],
            cwd=code,
            check=True,
        )
    got = json.loads(cache.read_text(encoding="utf-8"))
    return {k: [None if v is None else (v[0], v[1], v[2]) for v in vs] for k, vs in got.items()}


def simulate(root: Path, verdicts: dict[str, Verdicts], model: classifier.Model | None) -> Cells:
    """Rule OR model on the folder's drafts from per-item rule verdicts (`rules_at`): a label
    on for the item's language adds a finding where its principle's rules are silent and its
    probability reaches the language's threshold (the review's `model_hits`, without the
    rules' deferrals)."""
    cells: Cells = {}
    for d in corpus.drafts(root=root):
        for it, got in zip(d.items, verdicts[d.id], strict=True):
            for principle, rids in HEADS.items():
                y = ev.label(it, principle)
                if y is None:
                    continue
                pred = got is not None and any(got[0].get(r) == "fail" for r in rids)
                if not pred and got is not None and model is not None:
                    on = [r for r in rids if r in model.heads and model.heads[r].on_in(got[2])]
                    if on:
                        probs = model.predict(got[1], got[2], it.kind, labels=on)
                        pred = any(probs[r] >= model.heads[r].threshold_for(got[2]) for r in on)
                for key in (f"{principle}/{d.lang}", f"{principle}/all"):
                    c = cells.setdefault(key, {"pos": 0, "fp": 0, "fn": 0})
                    c["pos"] += y
                    c["fp"] += pred and not y
                    c["fn"] += y and not pred
    return cells


def f1(c: dict[str, int]) -> tuple[float, float, float]:
    tp = c["pos"] - c["fn"]
    p = tp / (tp + c["fp"]) if tp + c["fp"] else 1.0
    r = tp / c["pos"] if c["pos"] else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pooled(per_round: list[Cells]) -> Cells:
    out: Cells = {}
    for cells in per_round:
        for key, c in cells.items():
            acc = out.setdefault(key, {"pos": 0, "fp": 0, "fn": 0})
            for f in acc:
                acc[f] += c[f]
    return out


def defaults_line(calib: dict[str, dict[str, Any]]) -> str:
    parts = []
    for rid in FOCUS:
        c = calib[rid]
        d = c["decision"]
        langs = c.get("by_language")
        if langs:
            s = "/".join(
                f"{lg}:{'on' if ld.enabled else 'off'}@{ld.threshold:.2f}"
                for lg, ld in langs.items()
            )
        else:
            s = f"{'on' if d.enabled else 'off'}@{d.threshold:.2f}"
        parts.append(f"{rid}={s}")
    return " ".join(parts)


def run(
    variants: list[Variant], rounds: tuple[int, ...], folder: Path, old_rules: bool = False
) -> dict[str, Any]:
    val = train.di.reviewed("val")
    everything = [e for e in di.reviewed(None) if e.split != "test"]
    dec_set = train.decision_examples()
    cache: dict[int, train.Trained] = {}
    out: dict[str, Any] = {"rounds": list(rounds), "rules": {}, "variants": {}}
    for k in rounds:
        root = round_root(k, folder)
        if old_rules:
            old = rules_at(CLOSE[k], root, folder)

            def score_k(model: classifier.Model | None, root: Path = root) -> Cells:
                return simulate(root, old, model)  # noqa: B023
        else:

            def score_k(model: classifier.Model | None, root: Path = root) -> Cells:
                return score(root, model)

        out["rules"][k] = score_k(None)
        print(f"round {k}: rules alone done", flush=True)
        for v in variants:
            prev = round_examples(everything, k - 1)
            unseen_prev = v.decision in ("prev", "dec+prev")
            trained = train_until(k - 1 if unseen_prev else k, val, cache)
            dec = {
                "dec": dec_set,
                "prev": prev,
                "dec+prev": dec_set + prev,
                "dec+prev-seen": dec_set + prev,
            }[v.decision]
            calib = decide(v, trained, val, dec)
            cells = score_k(fold_model(trained, calib))
            row = out["variants"].setdefault(v.name, {"rounds": {}, "defaults": {}})
            row["rounds"][k] = cells
            row["defaults"][k] = defaults_line(calib)
            print(f"round {k} {v.name}: {row['defaults'][k]}", flush=True)
    return out


SWEEP = tuple(float(t) for t in np.round(np.arange(0.50, 0.995, 0.01), 2))


def sweep(rounds: tuple[int, ...], folder: Path, old_rules: bool = True) -> dict[str, Any]:
    """For each held-off head and language, pooled over the rounds: what the head adds to the
    rules at each threshold (items it newly finds rightly / wrongly, and the principle's F1),
    every head trained without round k and calibrated on the val authors."""
    val = train.di.reviewed("val")
    cache: dict[int, train.Trained] = {}
    # (head, lang) -> threshold -> [tp added, fp added]; the rules' counts per (principle, lang)
    added: dict[str, dict[float, list[int]]] = {}
    base: Cells = {}
    for k in rounds:
        root = round_root(k, folder)
        verdicts = rules_at(CLOSE[k] if old_rules else "HEAD", root, folder)
        trained = train_until(k, val, cache)
        calib = train.calibrate_and_decide(trained, val, [])
        model = fold_model(trained, calib)
        for key, c in simulate(root, verdicts, None).items():
            acc = base.setdefault(key, {"pos": 0, "fp": 0, "fn": 0})
            for f in acc:
                acc[f] += c[f]
        for d in corpus.drafts(root=root):
            for it, got in zip(d.items, verdicts[d.id], strict=True):
                if got is None:
                    continue
                for principle, rids in HEADS.items():
                    y = ev.label(it, principle)
                    if y is None or principle in ("negative", "inspiring"):
                        continue
                    if any(got[0].get(r) == "fail" for r in rids):
                        continue
                    probs = model.predict(got[1], got[2], it.kind, labels=rids)
                    for rid in rids:
                        row = added.setdefault(f"{rid}/{d.lang}", {})
                        for t in SWEEP:
                            cell = row.setdefault(t, [0, 0])
                            if probs[rid] >= t:
                                cell[0 if y else 1] += 1
    return {"base": base, "added": added}


def sweep_table(out: dict[str, Any], step: int = 5) -> str:
    lines = ["| head/lang | rules F1 | " + " | ".join(f"p>={t:.2f}" for t in SWEEP[::step]) + " |"]
    lines.append("|---" * (2 + len(SWEEP[::step])) + "|")
    for key, row in sorted(out["added"].items()):
        rid, lang = key.split("/")
        principle = next(p for p, rids in HEADS.items() if rid in rids)
        b = out["base"][f"{principle}/{lang}"]
        cells = []
        for t in SWEEP[::step]:
            tp, fp = row[t]
            c = {"pos": b["pos"], "fp": b["fp"] + fp, "fn": b["fn"] - tp}
            cells.append(f"+{tp}/-{fp} {f1(c)[2]:.3f}")
        lines.append(f"| {key} | {f1(b)[2]:.3f} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def table(out: dict[str, Any]) -> str:
    """Markdown: per variant, each principle's P/R/F1 per language pooled over the rounds, and
    the result F1 per round."""
    rounds = out["rounds"]
    head = " | ".join(f"{p} {lg}" for p in PRINCIPLES for lg in ("en", "zh"))
    lines = [
        f"| system | {head} | " + " | ".join(f"result {k}" for k in rounds) + " |",
        "|---" * (1 + 2 * len(PRINCIPLES) + len(rounds)) + "|",
    ]

    def row(name: str, per_round: dict[Any, Cells]) -> str:
        pool = pooled(list(per_round.values()))
        cells = []
        for p in PRINCIPLES:
            for lg in ("en", "zh"):
                c = pool.get(f"{p}/{lg}")
                if c is None:
                    cells.append("—")
                    continue
                pr, rc, f = f1(c)
                cells.append(f"{pr:.2f}/{rc:.2f}/**{f:.3f}** ({c['pos']})")
        for k in rounds:
            cells.append(f"{f1(per_round[k]['result/all'])[2]:.3f}")
        return f"| {name} | " + " | ".join(cells) + " |"

    lines.append(row("rules alone", out["rules"]))
    for name, v in out["variants"].items():
        lines.append(row(name, v["rounds"]))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m models.forward_check")
    ap.add_argument("--variants", nargs="+", choices=list(VARIANTS), default=list(VARIANTS))
    ap.add_argument("--rounds", nargs="+", type=int, default=list(ROUNDS))
    ap.add_argument(
        "--old-rules",
        action="store_true",
        help="rule OR model with the rules of the round's close (CLOSE), simulated per item",
    )
    ap.add_argument("--json", type=Path, help="write the counts here")
    ap.add_argument(
        "--sweep", action="store_true", help="what each held-off head adds at each threshold"
    )
    args = ap.parse_args(argv)
    if args.sweep:
        with tempfile.TemporaryDirectory() as tmp:
            got = sweep(tuple(args.rounds), Path(tmp), args.old_rules)
        print(sweep_table(got))
        if args.json:
            args.json.write_text(json.dumps(got, indent=1, default=str), encoding="utf-8")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        variants = [VARIANTS[n] for n in args.variants]
        out = run(variants, tuple(args.rounds), Path(tmp), args.old_rules)
    print(table(out))
    if args.json:
        args.json.write_text(json.dumps(out, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

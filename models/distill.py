"""Fit the review's cheap stand-in for the sentence encoder (coach/sketch.py).

    python -m models.distill            # write models/artifact/sketch.npz (+ sketch.json)
    python -m models.distill --report   # also print how close it comes, on held-out val texts
    python -m models.distill --check    # exit 1 when the map is stale: refit it

A ridge regression from coach.sketch.features (hashed character n-grams and words) onto the
encoder's L2-normalised embeddings (models.encoders.use_embed, cached on disk), fitted on:
the corpus's train and val items, the curated library's examples, every metric's name and
document in both languages, and the items of the train/val drafts of the draft corpus. Never
the test split. The ridge strength was chosen on the corpus's val items held out of a fit on
the rest (`--report`), and on those held-out items the calibration curves are measured
(coach.sketch.calibrate); then the shipped map is fitted on everything listed.

The calibration reads the library index's vectors and the map reads coach.sketch.features, so
`models/artifact/sketch.json` records what the map was fitted against (a digest of the
library index's files, and the features' settings); `--check` (and tests/test_sketch.py)
fails when either changed since: rebuild the index first, then refit.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

from coach import sketch
from models import corpus, library
from models.library_index import check_exit, metric_document

DRAFTS = Path(__file__).parent / "data" / "drafts"
RIDGE = 0.3
STAMP = sketch.ARTIFACT.with_suffix(".json")
INDEX_FILES = ("library_index.json", "library_index.npz")


def fitted_against() -> dict[str, str]:
    """What the map depends on besides its training texts: the library index it was
    calibrated on (a digest of its files) and the features it reads."""
    h = hashlib.sha256()
    for name in INDEX_FILES:
        h.update(name.encode())
        h.update((sketch.ARTIFACT.parent / name).read_bytes())
    features = f"buckets={sketch.BUCKETS} ngrams={sketch.NGRAMS} words={sketch._WORD.pattern}"
    return {"library_index": h.hexdigest(), "features": features}


def stale() -> str | None:
    """Why the shipped map does not match the library index or the features, or None."""
    if not sketch.ARTIFACT.is_file() or not STAMP.is_file():
        return f"{sketch.ARTIFACT} or {STAMP.name} is missing: run `python -m models.distill`"
    stamp = json.loads(STAMP.read_text(encoding="utf-8"))
    now = fitted_against()
    if stamp.get("library_index") != now["library_index"]:
        return (
            "the library index changed since the sketch was fitted: run `python -m models.distill`"
        )
    if stamp.get("features") != now["features"]:
        return "coach.sketch's features changed since the sketch was fitted: run `python -m models.distill`"
    return None


def _draft_items() -> list[str]:
    """The item texts (as the review embeds them) of the train/val drafts of the draft corpus."""
    from coach.review import parse

    out: list[str] = []
    for meta_path in sorted(DRAFTS.glob("*.meta.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("split") not in ("train", "val"):
            continue
        data = meta_path.with_name(meta_path.name.replace(".meta.json", ".jsonl"))
        for line in data.read_text(encoding="utf-8").splitlines():
            if line.strip():
                draft = parse(json.loads(line)["text"])
                out += [it.plain.strip() for it in draft.items() if it.plain.strip()]
    return out


def texts() -> tuple[list[str], list[str]]:
    """(texts to fit on, the corpus's val item texts) — distinct, in a fixed order."""
    fit = [it["text"] for it in corpus.items("train")]
    fit += [e.text for e in library.examples()]
    for m in library.metrics().values():
        for lang in ("en", "zh"):
            fit += [m.name[lang], metric_document(m, lang)]
    fit += _draft_items()
    val = [it["text"] for it in corpus.items("val")]
    return list(dict.fromkeys(fit)), list(dict.fromkeys(val))


def design(batch: list[str]) -> np.ndarray:
    x = np.zeros((len(batch), sketch.BUCKETS + 1), dtype=np.float32)
    for i, t in enumerate(batch):
        idx, val = sketch.features(t)
        np.add.at(x[i], idx, val)
        x[i, -1] = 1.0
    return x


def fit(batch: list[str], ridge: float = RIDGE) -> np.ndarray:
    """The map (BUCKETS + 1) x 512, solved in its dual form (fewer texts than buckets)."""
    from models.encoders import use_embed

    x = design(batch).astype(np.float64)
    y = use_embed(batch).astype(np.float64)
    gram = x @ x.T
    gram[np.diag_indices_from(gram)] += ridge
    alpha = np.linalg.solve(gram, y)
    return (x.T @ alpha).astype(np.float32)


def closeness(w: np.ndarray, batch: list[str]) -> dict[str, float]:
    """Mean cosine of the stand-in with the encoder, and how often both name the same nearest
    metric (among all metrics, in the text's own script)."""
    from coach import classifier
    from models.encoders import use_embed

    true = use_embed(batch)
    x = design(batch)
    approx = x @ w
    approx /= np.linalg.norm(approx, axis=1, keepdims=True)
    index = classifier.library_index()
    same = 0
    for t, a, b in zip(batch, approx, true, strict=True):
        lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in t) else "en"
        m = index.metric_vectors[lang]
        same += int(np.argmax(m @ a) == np.argmax(m @ b))
    return {
        "cosine": round(float(np.mean(np.sum(approx * true, axis=1))), 4),
        "same_nearest_metric": round(same / len(batch), 4),
    }


# Where the calibration curves have knots: quantiles, dense in the upper tail (the thresholds
# that matter are among the top few per cent of cosines).
_KNOTS = np.unique(np.concatenate([np.linspace(0, 0.98, 50), np.linspace(0.98, 1, 41)]))


def calibration(w: np.ndarray) -> dict[str, np.ndarray]:
    """Knots mapping the stand-in's cosines onto the encoder's, on the corpus's val items
    (held out of the map `w`): the same quantiles of both, over each item's cosines with the
    library's examples of its language and kind, and with the metrics of its language."""
    from coach import classifier
    from models.encoders import use_embed

    items = corpus.items("val")
    batch = [it["text"] for it in items]
    true = use_embed(batch)
    approx = design(batch) @ w
    approx /= np.linalg.norm(approx, axis=1, keepdims=True)
    index = classifier.library_index()
    pairs: dict[str, tuple[list[np.ndarray], list[np.ndarray]]] = {
        "examples": ([], []),
        "metrics": ([], []),
    }
    for it, a, t in zip(items, approx, true, strict=True):
        rows = [
            j
            for j, e in enumerate(index.examples)
            if e["lang"] == it["lang"] and e["kind"] == it["kind"]
        ]
        for what, vectors in (
            ("examples", index.vectors[rows]),
            ("metrics", index.metric_vectors[it["lang"]]),
        ):
            pairs[what][0].append(vectors @ a)
            pairs[what][1].append(vectors @ t)
    out: dict[str, np.ndarray] = {}
    for what, (sk, enc) in pairs.items():
        out[f"{what}_sketch"] = np.quantile(np.concatenate(sk), _KNOTS)
        out[f"{what}_encoder"] = np.quantile(np.concatenate(enc), _KNOTS)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--report", action="store_true", help="print the held-out figures")
    ap.add_argument("--ridge", type=float, default=RIDGE)
    ap.add_argument("--check", action="store_true", help="only check that the map is current")
    args = ap.parse_args(argv)
    if args.check:
        return check_exit(stale(), "sketch is current")
    fit_texts, val_texts = texts()
    held = fit(fit_texts, args.ridge)
    if args.report:
        print(f"fit on {len(fit_texts)} texts; val ({len(val_texts)}):", closeness(held, val_texts))
    curves = calibration(held)
    w = fit(list(dict.fromkeys(fit_texts + val_texts)), args.ridge)
    sketch.ARTIFACT.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(sketch.ARTIFACT, weights=w.astype(np.float16), **curves)
    STAMP.write_text(json.dumps(fitted_against(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {sketch.ARTIFACT}: {w.shape[0]} x {w.shape[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

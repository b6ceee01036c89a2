"""Whether a key result measures its objective, as the sentence encoder reads it (issue 9).

Used by kr-misaligned and set-unaligned-child (through rules/_alignment.py). The artifact
(models/artifact/alignment.{json,npz}, written by `python -m models.train_alignment`) holds:

- a **function reader**: a logistic regression from the multilingual sentence embedding of a
  text (coach.classifier.embed) to the 18 business functions of the metric library (sales,
  marketing, engineering … personal), trained on the example library and the metric library's
  names and topic words;
- a **pair head**: p(misaligned) from three numbers — the cosine of the two embeddings and two
  overlaps of the texts' function distributions — calibrated on the dev split of the labelled
  alignment pairs, with the precision-first threshold chosen there;
- the metric library's names, to say which measure a key result is about.

Works across languages (a Chinese team's KR under an English objective). Loaded on first use
(the encoder itself takes about a second, once).
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np

from coach.text import fold, is_cjk
from coach.wordlists import mapping

ARTIFACT = "alignment"


@dataclass(frozen=True)
class Reading:
    """The encoder's reading of one objective–key result pair."""

    p_misaligned: float
    objective_function: str
    kr_function: str
    kr_metric: str | None  # the metric library id the KR's words name, if any
    # how sure the function reader is of each function (its probability)
    objective_function_p: float = 1.0
    kr_function_p: float = 1.0


class _Artifact:
    def __init__(self, meta: dict[str, Any], arrays: dict[str, np.ndarray]) -> None:
        self.version: str = meta["version"]
        self.functions: list[str] = list(meta["functions"])
        self.w = arrays["function_w"].astype(np.float32)
        self.b = arrays["function_b"].astype(np.float32)
        head = meta["pair_head"]
        self.coef = np.asarray(head["coef"], dtype=np.float64)
        self.intercept = float(head["intercept"])
        self.threshold = float(meta["misaligned_threshold"])
        self.metrics: list[dict[str, Any]] = meta["metrics"]


_lock = threading.Lock()
_artifact: _Artifact | None = None


def _load() -> _Artifact:
    global _artifact
    if _artifact is None:
        with _lock:
            if _artifact is None:
                from coach.classifier import ARTIFACT_DIR

                meta = json.loads((ARTIFACT_DIR / f"{ARTIFACT}.json").read_text(encoding="utf-8"))
                with np.load(ARTIFACT_DIR / f"{ARTIFACT}.npz") as npz:
                    arrays = {k: npz[k] for k in npz.files}
                _artifact = _Artifact(meta, arrays)
    return _artifact


def version() -> str:
    return _load().version


def threshold() -> float:
    """p(misaligned) at or above which a pair is called misaligned (precision first)."""
    return _load().threshold


_profile_lock = threading.Lock()
_profiles: dict[str, np.ndarray] = {}
_MAX_PROFILES = 4096


def function_profile(text: str) -> np.ndarray:
    """The text's distribution over the business functions (sums to 1)."""
    with _profile_lock:
        hit = _profiles.get(text)
    if hit is not None:
        return hit
    from coach.classifier import embed

    art = _load()
    z = art.w @ embed(text) + art.b
    z = np.exp(z - z.max())
    p = z / z.sum()
    with _profile_lock:
        if len(_profiles) >= _MAX_PROFILES:
            _profiles.clear()
        _profiles[text] = p
    return p


def read(objective_text: str, kr_text: str) -> Reading:
    """p(the key result does not measure the objective), and what each is about."""
    from coach.classifier import embed

    art = _load()
    fo, fk = function_profile(objective_text), function_profile(kr_text)
    x = np.array(
        [
            float(embed(objective_text) @ embed(kr_text)),
            float(fo @ fk),
            float(np.sqrt(fo) @ np.sqrt(fk)),
        ]
    )
    z = float(art.coef @ x + art.intercept)
    p = 1.0 / (1.0 + np.exp(-z))
    kr_function = art.functions[int(fk.argmax())]
    return Reading(
        p_misaligned=float(p),
        objective_function=art.functions[int(fo.argmax())],
        kr_function=kr_function,
        kr_metric=named_metric(kr_text, kr_function),
        objective_function_p=float(fo.max()),
        kr_function_p=float(fk.max()),
    )


@cache
def _metric_terms() -> tuple[tuple[str, str, str], ...]:
    """(folded name, its language, metric id), longest first. Only the metrics' names: their
    topic words tell what work serves a metric, not that a text measures it."""
    out: set[tuple[str, str, str]] = set()
    for m in _load().metrics:
        for lang in ("en", "zh"):
            out.add((fold(m["name"][lang]), lang, m["id"]))
    return tuple(sorted(out, key=lambda t: (-len(t[0]), t)))


def named_metric(text: str, function: str | None = None) -> str | None:
    """The metric of the library whose name the text gives (the longest match; among equally
    long ones, one of `function`), or None."""
    folded = fold(text)
    best: tuple[int, bool, str] | None = None
    functions = {m["id"]: m["functions"] for m in _load().metrics}
    for term, _lang, metric_id in _metric_terms():
        if best is not None and len(term) < best[0]:
            break
        if any(is_cjk(c) for c in term):
            found = term in folded
        else:
            found = re.search(rf"(?<![a-z0-9]){re.escape(term)}(?:s|es)?(?![a-z0-9])", folded)
        if found:
            fits = function is not None and function in functions[metric_id]
            if best is None or (fits and not best[1]):
                best = (len(term), fits, metric_id)
    return best[2] if best else None


def metric_name(metric_id: str, lang: str) -> str:
    for m in _load().metrics:
        if m["id"] == metric_id:
            return str(m["name"][lang])
    raise KeyError(metric_id)


def function_name(function: str, lang: str) -> str:
    """How a function reads in a message ('customer service', '客户服务')."""
    return mapping("function_names", lang).get(function, function)

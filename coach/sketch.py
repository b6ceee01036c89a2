"""A cheap stand-in for the sentence encoder on the review's default path.

The encoder (USE multilingual, coach.classifier.embed) costs about 1 ms per call plus 0.9 ms per
text; a review needs it for two things only: which metric a task's rewrite names when its words
leave that open (coach.classifier.item_cosine) and the similar examples of a flawed item
(coach.examples). Both compare the item with a fixed set of precomputed vectors (the metrics',
the library's), so an approximation of the item's embedding is enough: hashed character
n-grams and words of the item, multiplied by a linear map onto the encoder's space fitted
offline on corpus (train/val), library and draft texts (`python -m models.distill`, shipped in
`models/artifact/sketch.npz`). About 30 µs per text, no model to load.

`embed(text)` → an L2-normalised 512-d vector in the encoder's space. Its cosine similarities
run a little high (a ridge fit is smoother than the encoder: about +0.02 near the thresholds
that coach.facts.outcomes and coach.examples apply), so `similarities(vectors, text, what)`
maps them back onto the encoder's scale: a monotone curve matching the quantiles of the two
on held-out (val) texts, one for the library's examples and one for the metrics.
`features(text)` is what the fit reads too, so the fit and the run time cannot drift apart.
"""

from __future__ import annotations

import re
import threading
import zlib
from collections import OrderedDict, _count_elements  # type: ignore[attr-defined]
from pathlib import Path

import numpy as np

from coach.text import fold

ARTIFACT = Path(__file__).resolve().parent.parent / "models" / "artifact" / "sketch.npz"
BUCKETS = 8192
# Character n-grams of the blank-collapsed, folded text (padded with a blank), and its words
# (Latin runs; each CJK character counts as one).
NGRAMS = (2, 3, 4)
_WORD = re.compile(r"[a-z]+|[0-9]+|[\u4e00-\u9fff]")

_lock = threading.Lock()
_arrays: dict[str, np.ndarray] | None = None


# n-gram → bucket, remembered: most n-grams of a text were seen in earlier ones (bounded: cleared
# when full, so a stream of fresh texts cannot grow it).
_buckets: dict[str, int] = {}
_BUCKETS_KEPT = 200_000


def _hash(s: str) -> int:
    b = _buckets.get(s)
    if b is None:
        if len(_buckets) >= _BUCKETS_KEPT:
            _buckets.clear()
        b = _buckets[s] = zlib.crc32(s.encode("utf-8")) % BUCKETS
    return b


def features(text: str) -> tuple[np.ndarray, np.ndarray]:
    """(bucket indices, weights) of the text: sqrt counts, L2-normalised."""
    ws = fold(text).split()
    if len(ws) < 2:  # (most Chinese wordings: one run with no blank, new every time)
        return _features_of(" " + " ".join(ws) + " ")
    # The padded text is its words, each between blanks: " w1 w2 … wn ". Each n-gram in text
    # order is one within a word's own " w " (remembered per word: most words of a text were
    # seen in earlier ones) or, for a 3- or 4-gram, one that crosses the blank between two
    # words (worked out here): the same list of buckets, in the same order, as `_features_of`
    # on the padded text (tests/test_sketch.py).
    t = " " + " ".join(ws) + " "
    get = _pieces.get
    b2: list[int] = []
    b3: list[int] = []
    b4: list[int] = []
    bw: list[int] = []
    at = 0  # the blank before the word
    for w in ws:
        piece = get(w)
        if piece is None:
            piece = _piece(w)
        if at:
            # the 3-gram and the two 4-grams across the blank before this word, after the
            # previous word's own n-grams
            b3.append(_bucket(t[at - 1 : at + 2]))
            b4.append(_bucket(t[at - 2 : at + 2]))
            b4.append(_bucket(t[at - 1 : at + 3]))
        b2 += piece[0]
        b3 += piece[1]
        b4 += piece[2]
        bw += piece[3]
        at += len(w) + 1
    return _weights(b2 + b3 + b4 + bw)


# A word's buckets (its " w "'s 2-, 3- and 4-grams, then its words), remembered; bounded as
# `_buckets` is, and only for words short enough to recur (a Chinese wording with no blank in
# it is one long "word", new every time).
_pieces: dict[str, tuple[list[int], list[int], list[int], list[int]]] = {}
_PIECES_KEPT = 50_000
_PIECE_MAX = 24


def _piece(w: str) -> tuple[list[int], list[int], list[int], list[int]]:
    u = " " + w + " "
    pairs = list(map(str.__add__, u, u[1:]))
    triples = list(map(str.__add__, pairs, u[2:]))
    quads = list(map(str.__add__, triples, u[3:]))
    piece = (
        _bucket_list(pairs),
        _bucket_list(triples),
        _bucket_list(quads),
        _bucket_list(["w:" + x for x in _WORD.findall(u)]),
    )
    if len(w) <= _PIECE_MAX:
        if len(_pieces) >= _PIECES_KEPT:
            _pieces.clear()
        _pieces[w] = piece
    return piece


def _bucket(g: str) -> int:
    b = _buckets.get(g)
    return _hash(g) if b is None else b


def _bucket_list(grams: list[str]) -> list[int]:
    buckets = list(map(_buckets.get, grams))
    if None in buckets:
        buckets = [_hash(g) if b is None else b for g, b in zip(grams, buckets, strict=True)]
    return buckets  # type: ignore[return-value]


def _features_of(t: str) -> tuple[np.ndarray, np.ndarray]:
    """`features` of the padded text `t`, its n-grams cut from the whole of it."""
    # The 2-, 3- and 4-grams (NGRAMS), each n in text order: an (n+1)-gram is an n-gram and
    # the next character, so each list is built from the one before, without slicing.
    pairs = list(map(str.__add__, t, t[1:]))
    triples = list(map(str.__add__, pairs, t[2:]))
    grams = pairs + triples
    grams += map(str.__add__, triples, t[3:])
    grams += ["w:" + w for w in _WORD.findall(t)]
    # Each n-gram's bucket (most n-grams were seen before: looked up in C, `_hash` only for the
    # new ones)
    return _weights(_bucket_list(grams))


def _weights(buckets: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """The buckets counted in C (the counts in the order their buckets first occur), as
    (bucket indices, sqrt counts L2-normalised)."""
    counts: dict[int, int] = {}
    _count_elements(counts, buckets)
    if not counts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    val = np.sqrt(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))
    return idx, val / _norm(val)


def _norm(v: np.ndarray) -> np.floating:
    """np.linalg.norm of a vector, computed as it computes it (the square root of the vector's
    dot product with itself), without its checks of the arguments: the same number, a third of
    the time."""
    return np.sqrt(v.dot(v))


def _read() -> dict[str, np.ndarray]:
    """The fitted map ("weights": BUCKETS + 1 rows, one per bucket, then the bias) and the
    calibration curves ("<what>_sketch" → "<what>_encoder" knots), read once."""
    global _arrays
    if _arrays is None:
        with _lock:
            if _arrays is None:
                _arrays = _kept() or _unpack()
    return _arrays


def _unpack() -> dict[str, np.ndarray]:
    with np.load(ARTIFACT) as z:
        return {k: z[k].astype(np.float32) for k in z.files}


def _kept() -> dict[str, np.ndarray] | None:
    """The artifact's arrays as `_unpack` makes them, from the private cache (coach/cache.py),
    memory-mapped: the artifact holds the map in float16, compressed, and unpacking it took
    ~50 ms of every fresh process (a one-draft CLI review ~0.6 s) for the ~100 of its 8,193 rows
    a review reads. Written the first time from `_unpack`'s arrays (the same values), in a
    folder named after the artifact's size and time and numpy's version; None when it cannot
    be read or written (then `_unpack` as before)."""
    import json
    import os

    from coach.cache import cache_dir, file_key

    try:
        folder = cache_dir() / f"sketch-{file_key(ARTIFACT)}-np{np.__version__}"
        names = folder / "names.json"
        if not names.is_file():
            arrays = _unpack()
            tmp = folder.with_name(f"{folder.name}.{os.getpid()}.tmp")
            tmp.mkdir(parents=True, exist_ok=True, mode=0o700)
            for k, a in arrays.items():
                np.save(tmp / f"{k}.npy", a, allow_pickle=False)
            (tmp / "names.json").write_text(json.dumps(sorted(arrays)), encoding="utf-8")
            try:
                tmp.rename(folder)
            except OSError:  # another process wrote it first
                import shutil

                shutil.rmtree(tmp, ignore_errors=True)
            return arrays
        if folder.stat().st_uid != os.getuid():
            return None
        return {
            k: np.load(folder / f"{k}.npy", mmap_mode="r", allow_pickle=False).view(np.ndarray)
            for k in json.loads(names.read_text(encoding="utf-8"))
        }
    except Exception:  # a cache is an optimisation: never a reason to fail
        return None


# The last texts embedded (a review reads an item twice: for its outcome and its examples).
_recent: OrderedDict[str, np.ndarray] = OrderedDict()
_RECENT = 64
# Texts embedded and texts answered by `_recent`, since the process started (bench/ reads them).
stats = {"embedded": 0, "hits": 0}


def embed(text: str) -> np.ndarray:
    """The item's approximate sentence embedding (L2-normalised, the encoder's space)."""
    with _lock:
        hit = _recent.get(text)
        stats["hits" if hit is not None else "embedded"] += 1
    if hit is not None:
        return hit
    w = _read()["weights"]
    idx, val = features(text)
    v = val @ w[idx] + w[-1]
    n = float(_norm(v))
    v = v / n if n else v
    with _lock:
        _recent[text] = v
        while len(_recent) > _RECENT:
            _recent.popitem(last=False)
    return v


def calibrate(cosines: np.ndarray, what: str) -> np.ndarray:
    """Cosines of `embed` with the library's examples (`what`="examples") or the metrics
    ("metrics"), on the encoder's scale."""
    a = _read()
    return np.interp(cosines, a[f"{what}_sketch"], a[f"{what}_encoder"])


def similarities(vectors: np.ndarray, text: str, what: str) -> np.ndarray:
    """How close the text is to each row of `vectors` (the library index's), as the encoder
    would say."""
    return calibrate(vectors @ embed(text), what)

"""The encoder's cheap stand-in (coach/sketch.py) reads texts close to the encoder itself."""

from __future__ import annotations

import numpy as np

from coach import classifier, sketch

# Fresh texts, written for this test (not in the corpus nor the library).
TEXTS = [
    "把门店补货的平均等待时间从3天缩短到1天",
    "让夜班客服的首次响应时间降到2分钟以内",
    "Cut the time to onboard a new warehouse picker from 10 shifts to 4",
    "Raise the share of support tickets solved on first contact from 60% to 75%",
]


def test_a_vector_is_unit_length_and_the_same_each_time() -> None:
    for t in TEXTS:
        v = sketch.embed(t)
        assert v.shape == (512,)
        assert abs(float(np.linalg.norm(v)) - 1.0) < 1e-5
        sketch._recent.clear()
        assert np.array_equal(sketch.embed(t), v)


def test_close_to_the_encoder_and_to_the_same_metrics() -> None:
    index = classifier.library_index()
    for t in TEXTS:
        lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in t) else "en"
        true = classifier.embed(t)
        assert float(sketch.embed(t) @ true) > 0.6, t
        # The encoder's nearest metric is among the stand-in's five nearest.
        near = np.argsort(-sketch.similarities(index.metric_vectors[lang], t, "metrics"))[:5]
        assert int(np.argmax(index.metric_vectors[lang] @ true)) in near, t


def test_calibration_keeps_the_order_of_similarities() -> None:
    xs = np.linspace(-1, 1, 201)
    for what in ("examples", "metrics"):
        ys = sketch.calibrate(xs, what)
        assert np.all(np.diff(ys) >= 0)
        assert ys[0] < ys[-1]


def test_the_map_was_fitted_against_the_shipped_library_index() -> None:
    # The calibration reads the index's vectors: a rebuilt index needs a refit.
    from models import distill

    assert distill.stale() is None


def test_the_unpacked_map_is_kept_and_read_back_the_same(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A fresh process reads the map from the private cache, memory-mapped, instead of
    unpacking the artifact: the same arrays (values, dtype, shape), the same vectors."""
    monkeypatch.setenv("OKR_COACH_CACHE_DIR", str(tmp_path))
    unpacked = sketch._unpack()
    written = sketch._kept()  # the first time: unpacked, then kept
    assert written is not None and list(tmp_path.glob("sketch-*/weights.npy"))
    monkeypatch.setattr(sketch, "_unpack", lambda: (_ for _ in ()).throw(AssertionError))
    kept = sketch._kept()
    assert kept is not None and sorted(kept) == sorted(unpacked)
    for k, a in unpacked.items():
        assert kept[k].dtype == a.dtype and np.array_equal(kept[k], a)
    vectors = {}
    for arrays in (unpacked, kept):
        monkeypatch.setattr(sketch, "_arrays", arrays)
        sketch._recent.clear()
        vectors[id(arrays)] = [sketch.embed(t) for t in TEXTS]
    for a, b in zip(*vectors.values(), strict=True):
        assert np.array_equal(a, b)
    sketch._recent.clear()


def test_features_are_the_counted_ngrams_and_words() -> None:
    """`features` builds its n-grams by pairing characters: the same buckets and weights as
    slicing the padded text at every position for each n of NGRAMS, then the words."""
    import math

    from coach.text import fold

    for t in [*TEXTS, "", "a", "ab", " Ship  it, ship it! ", "复购率 30% 复购率"]:
        padded = " " + " ".join(fold(t).split()) + " "
        grams = [padded[i : i + n] for n in sketch.NGRAMS for i in range(len(padded) - n + 1)]
        grams += ["w:" + w for w in sketch._WORD.findall(padded)]
        counts: dict[int, int] = {}
        for g in grams:
            b = sketch._hash(g)
            counts[b] = counts.get(b, 0) + 1
        idx, val = sketch.features(t)
        assert idx.tolist() == list(counts)
        norm = math.sqrt(sum(counts.values()))
        assert np.allclose(val, [math.sqrt(c) / norm for c in counts.values()], atol=1e-6)

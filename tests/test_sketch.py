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

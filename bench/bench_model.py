"""Benchmark the classifier inside the review: prints figures (not a test).

    python bench/bench_model.py [--runs 300] [--encoder]

Reports: artifact load time, review p50/p95 for a 1-objective + 4-KR draft in each language
with and without the model (after warm-up), per-item model prediction time, and peak RSS.
With --encoder also the sentence encoder's load time and alignment / retrieval latency.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coach import classifier, review
from coach.config import Config

DRAFTS = {
    "zh": "目标：让客户爱上我们的售后服务\n"
    "KR1：客户满意度从82%提升到92%\n"
    "KR2：每周回访客户30次\n"
    "KR3：尽量减少客户投诉\n"
    "KR4：上线在线客服系统\n",
    "en": "Objective: Make support a reason customers stay\n"
    "KR1: Raise CSAT from 82% to 92%\n"
    "KR2: Call 30 customers every week\n"
    "KR3: Reduce complaints as much as possible\n"
    "KR4: Launch the live chat tool\n",
}


def timed(fn, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=300)
    ap.add_argument("--encoder", action="store_true", help="also time the sentence encoder")
    args = ap.parse_args()

    t = time.perf_counter()
    classifier.load()
    print(f"model load (first, lazy): {(time.perf_counter() - t) * 1000:.1f} ms")
    t = time.perf_counter()
    classifier.load(classifier.ARTIFACT_DIR)
    print(f"model load (again, from disk): {(time.perf_counter() - t) * 1000:.1f} ms")

    for lang, draft in DRAFTS.items():
        for _ in range(20):  # warm-up: jieba dictionary, caches
            review(draft)
        with_model = timed(lambda d=draft: review(d), args.runs)
        without = timed(lambda d=draft: review(d, config=Config(use_model=False)), args.runs)
        q = statistics.quantiles(with_model, n=20)
        print(
            f"[{lang}] review with model p50 {statistics.median(with_model):.2f} ms "
            f"(p95 {q[18]:.2f}); without model p50 {statistics.median(without):.2f} ms"
        )
        items = [line.split(":", 1)[-1].split("：", 1)[-1] for line in draft.splitlines()[1:]]
        per = timed(lambda its=items, lg=lang: [classifier.predict(i, lg, "kr") for i in its], 200)
        print(f"[{lang}] model prediction per item: {statistics.median(per) / len(items):.3f} ms")

    if args.encoder:
        t = time.perf_counter()
        classifier.embed("warm up the encoder")
        print(f"sentence encoder load: {(time.perf_counter() - t) * 1000:.0f} ms")
        pairs = [
            ("Make support a reason customers stay", f"KR {i}: CSAT {80 + i}%") for i in range(50)
        ]
        per = timed(lambda: [classifier.alignment_probability(o, k) for o, k in pairs], 1)
        print(f"alignment_probability, uncached KR: {per[0] / len(pairs):.2f} ms per pair")
        per = timed(lambda: classifier.metric_similarities("提升客户满意度", "zh"), 20)
        print(f"metric_similarities (cached text): p50 {statistics.median(per):.2f} ms")

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MiB")


if __name__ == "__main__":
    main()

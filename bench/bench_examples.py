"""What do the rewrites' outcome choice and the library examples cost per review? Not a test.

    python bench/bench_examples.py [--drafts N] [--json]

Fresh flawed drafts: the corpus's drafts (models/data/drafts/, every split; each is a real
multi-objective draft with findings), each reviewed once per configuration with the tokenizer
caches and the encoder's embedding cache emptied before it, as for a draft the process has
never seen. After one warm-up review (loading jieba and the encoder once), three
configurations:
  - rules:     `semantic` off: the rules alone, outcome chosen from words only;
  - semantic:  the default, `include_examples` off (the service's /v1/review): the encoder
               consulted for alignment and the outcome a task serves;
  - examples:  the default with `include_examples` on (the CLI): plus similar examples from
               the curated library, the flawed items embedded in one batched call.
Issue 13's targets for a review of a fresh flawed draft: p50 <= 3 ms, p99 <= 10 ms. What the
examples add is also printed per flawed item.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

P50_TARGET_MS = 3.0
P99_TARGET_MS = 10.0


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _fresh() -> None:
    from coach import classifier, nlp

    nlp._tokenize_zh.cache_clear()
    nlp._tokenize_en.cache_clear()
    with classifier._embed_lock:
        classifier._embed_cache.clear()


def measure(texts: list[str]) -> dict[str, dict[str, float]]:
    from coach.config import Config
    from coach.review import review

    configs = {
        "rules": Config(semantic=False, include_examples=False),
        "semantic": Config(include_examples=False),
        "examples": Config(include_examples=True),
    }
    review("目标：本季度提升客户满意度\n关键结果1：拜访客户", config=configs["examples"])
    review("Objective: Delight customers this quarter\nKR1: Call customers")
    out: dict[str, dict[str, float]] = {}
    flawed_items = 0
    for name, config in configs.items():
        times = []
        for text in texts:
            _fresh()
            t0 = time.perf_counter()
            rv = review(text, config=config)
            times.append((time.perf_counter() - t0) * 1000)
            if name == "examples":
                flawed_items += len({f.target for f in rv.findings if f.target != "set"})
        out[name] = {
            "p50_ms": statistics.median(times),
            "p99_ms": _percentile(times, 0.99),
            "mean_ms": statistics.fmean(times),
        }
    out["examples"]["flawed_items"] = flawed_items
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--drafts", type=int, default=200, help="how many corpus drafts")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    from models import drafts as corpus

    texts = [d.text for d in corpus.load()][: args.drafts]
    result = measure(texts)
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print(
        f"{len(texts)} fresh corpus drafts (targets: p50 <= {P50_TARGET_MS} ms, p99 <= {P99_TARGET_MS} ms)"
    )
    for name, fig in result.items():
        print(
            f"  {name:9s} p50 {fig['p50_ms']:7.2f} ms  p99 {fig['p99_ms']:7.2f} ms  mean {fig['mean_ms']:7.2f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Request latency of POST /v1/review against a real uvicorn server on loopback.

    python bench/bench_service.py [--requests 300] [--lang zh|en|both]

Prints p50/p99 (milliseconds) per language for a one-objective, four-KR draft. A benchmark
prints figures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx

from service.settings import Settings
from service.testing import running_server, wait_until_ready

DRAFTS = {
    "zh": "目标：本季度让客户爱上我们的服务（负责人：王芳）\n"
    "关键结果1：NPS 从 30 提升到 45\n"
    "关键结果2：客户问题平均解决时间从 5 天缩短至 2 天\n"
    "关键结果3：给潜在用户发一封邮件\n"
    "关键结果4：尽量提高续约率\n",
    "en": "Objective: Delight our customers this quarter (owner: Alice)\n"
    "KR1: Raise NPS from 30 to 45\n"
    "KR2: Cut average resolution time from 5 days to 2 days\n"
    "KR3: Send an email to prospects\n"
    "KR4: Improve renewals as much as possible\n",
}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[k]


def run(base: str, text: str, n: int) -> list[float]:
    times: list[float] = []
    with httpx.Client(base_url=base, timeout=30) as client:
        for _ in range(10):  # warm the connection and caches
            client.post("/v1/review", json={"text": text}).raise_for_status()
        for i in range(n):
            # vary the text a little so no cache answers for the coach
            body = {"text": text + ("\n" if i % 2 else "")}
            t0 = time.perf_counter()
            r = client.post("/v1/review", json=body)
            times.append((time.perf_counter() - t0) * 1000)
            r.raise_for_status()
    return times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=300)
    ap.add_argument("--lang", choices=["zh", "en", "both"], default="both")
    args = ap.parse_args()
    langs = ["zh", "en"] if args.lang == "both" else [args.lang]
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(feedback_db=str(Path(tmp) / "fb.db"), log_level="warning")
        with running_server(settings) as base:
            wait_until_ready(base)
            print(f"POST /v1/review, 1 objective + 4 KRs, {args.requests} sequential requests")
            for lang in langs:
                t = run(base, DRAFTS[lang], args.requests)
                print(
                    f"  {lang}: p50 {percentile(t, 0.5):.1f} ms  p99 {percentile(t, 0.99):.1f} ms"
                    f"  mean {statistics.fmean(t):.1f} ms  max {max(t):.1f} ms"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

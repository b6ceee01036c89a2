"""Server CPU per request of POST /v1/review: what the HTTP service adds on top of the review.

    python bench/service_cpu.py [--requests 2000] [--clients 16] [--repeat 3] [--stub]
                                [--workers 1] [--root DIR] [--env NAME=VALUE ...] [--json]

Starts the service as a subprocess (`python -m coach serve`, the default settings but the
log level, which the other load benchmarks set to warning as well (`--log-level default`: as
a plain `okr-coach serve`, with uvicorn's access log); `--env` sets more), warms
it, and posts `--requests` fresh flawed drafts (bench/bench_load.py's bodies: zh and en
alternating) from `--clients` keep-alive connections in a closed loop, `--repeat` times. For
each round it reads the CPU time of the server's processes and threads from /proc before and
after, and prints the server's CPU milliseconds per request, split into the main threads (the
event loop: the whole HTTP path) and the other threads (the review threads: the review and its
answer's JSON), next to requests per second. CPU time is what a request costs the machine:
unlike requests per second or latency, it hardly moves with the other work on a shared
machine (the rounds' spread says how much it did).

`--stub` answers every review from one review worked out at start (the same Review object,
serialised per request as usual): what is left is the HTTP path alone — uvicorn, the
middlewares, the request's validation, the hop to a review thread and back, the answer's JSON. The load generator's own CPU per request is printed beside them.
`--root DIR` runs the server of another checkout (a `git worktree` of the version to compare
with); the client and this script stay the same. A benchmark: it asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, child_env, free_port, stop_process, wait_ready
from bench_load import _BODIES, bodies, load, tree_cpu_s

# The server with every review answered from one review worked out at start (--stub).
STUB = """
import sys
import service.routes as routes
from coach import review as real

_done = {}

def review(source, **options):
    if "r" not in _done:
        _done["r"] = real(
            "目标：本季度让客户爱上我们的服务\\n关键结果1：NPS 从 30 提升到 45\\n"
            "关键结果2：给潜在用户发一封邮件\\n关键结果3：尽量提高续约率\\n",
            config=options.get("config"),
        )
    return _done["r"]

routes.review = review
from coach.cli import main
sys.exit(main(sys.argv[1:]))
"""


def serve(root: Path, port: int, workers: int, stub: bool, log_level: str) -> list[str]:
    args = ["serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)]
    if log_level != "default":
        args += ["--log-level", log_level]
    if stub:
        return [sys.executable, "-c", STUB, *args]
    return [sys.executable, "-m", "coach", *args]


def measure(args: argparse.Namespace) -> dict[str, object]:
    root = Path(args.root).resolve() if args.root else ROOT
    extra = dict(kv.split("=", 1) for kv in args.env)
    rounds: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="okr-service-cpu-") as tmp:
        env = child_env(OKR_COACH_FEEDBACK_DB=str(Path(tmp) / "fb.sqlite3"), **extra)
        env["PYTHONPATH"] = os.pathsep.join([str(root), *args.path])
        port = free_port()
        logf = (Path(tmp) / "server.log").open("wb")
        proc = subprocess.Popen(
            serve(root, port, args.workers, args.stub, args.log_level),
            cwd=root,
            env=env,
            stdout=logf,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_ready(f"http://127.0.0.1:{port}", proc)
            asyncio.run(load(port, args.clients, 60.0, 40 * args.clients))  # warm every worker
            for _ in range(args.repeat):
                cpu0, load0 = tree_cpu_s(proc.pid), os.getloadavg()[0]
                c0 = time.process_time()
                r = asyncio.run(load(port, args.clients, 600.0, args.requests))
                client = time.process_time() - c0
                cpu1 = tree_cpu_s(proc.pid)
                n = max(1, r["requests"])
                rounds.append(
                    {
                        "requests": r["requests"],
                        "errors": r["errors"],
                        "rps": r["rps"],
                        "p50_ms": r["p50_ms"],
                        "p99_ms": r["p99_ms"],
                        "cpu_ms": (cpu1["total"] - cpu0["total"]) * 1000 / n,
                        "loop_ms": (cpu1["loop"] - cpu0["loop"]) * 1000 / n,
                        "threads_ms": (cpu1["threads"] - cpu0["threads"]) * 1000 / n,
                        "client_ms": client * 1000 / n,
                        "load": load0,
                    }
                )
        finally:
            stop_process(proc)
            logf.close()
    med = {k: round(statistics.median(r[k] for r in rounds), 3) for k in rounds[0]}
    return {"root": str(root), "stub": args.stub, "rounds": rounds, "median": med}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--stub", action="store_true", help="answer reviews from one (HTTP path)")
    ap.add_argument("--root", help="the checkout whose server to run (default: this one)")
    ap.add_argument("--env", action="append", default=[], help="NAME=VALUE for the server")
    ap.add_argument(
        "--path", action="append", default=[], help="a folder added to the server's PYTHONPATH"
    )
    ap.add_argument(
        "--log-level",
        default="warning",
        help="the server's --log-level (default warning, as bench_load.py; 'default': none "
        "given, so OKR_COACH_LOG_LEVEL or info, with uvicorn's access log)",
    )
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    _BODIES.extend(bodies(min(args.requests * args.repeat + 40 * args.clients, 20_000)))
    t0 = time.perf_counter()
    result = measure(args)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    what = "stubbed review (HTTP path only)" if args.stub else "fresh flawed drafts"
    print(
        f"{result['root']}: POST /v1/review, {what}, {args.clients} clients, "
        f"--workers {args.workers}, {args.requests} requests x {args.repeat} "
        f"({time.perf_counter() - t0:.0f} s)"
    )
    for r in result["rounds"]:  # type: ignore[union-attr]
        print(
            f"  server CPU {r['cpu_ms']:.3f} ms/request (event loop {r['loop_ms']:.3f}, "
            f"review threads {r['threads_ms']:.3f}; load generator {r['client_ms']:.3f}); "
            f"{r['rps']:.0f} req/s, p50 {r['p50_ms']} "
            f"ms, p99 {r['p99_ms']} ms; errors {r['errors']}; load average {r['load']:.2f}"
        )
    m = result["median"]
    print(
        f"  median: {m['cpu_ms']:.3f} ms/request (loop {m['loop_ms']:.3f}, threads "
        f"{m['threads_ms']:.3f}; load generator {m['client_ms']:.3f}); {m['rps']:.0f} req/s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

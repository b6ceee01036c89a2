"""Service throughput under load: concurrent clients against a real server on loopback.

    python bench/bench_load.py [--duration 30] [--clients 16] [--workers 1,2] [--json]
    python bench/bench_load.py --smoke          # 5 s per run: does it work at all?

Starts the service as a subprocess (`okr-coach serve`, or uvicorn with the same factory where
the project is not installed) on 127.0.0.1 and a free port, waits for /readyz, and runs
`--clients` concurrent keep-alive connections, each posting fresh flawed drafts
(bench/drafts.py: zh and en alternating, every item text new, mostly one objective and four
key results) to /v1/review for `--duration` seconds or `--max-requests` requests, whichever
comes first. The client is a minimal HTTP/1.1 client on
asyncio streams, so the load generator spends as little of the shared CPU as it can.
Two phases per worker count:
  - saturation: every client sends its next request as soon as the last is answered — the
    most requests per second the server can answer (closed loop);
  - paced: the clients together offer `--rate` requests per second (default 250)
    on a fixed schedule, and latency counts from the scheduled send time, so a stalled server
    is not hidden by clients that wait for it (no coordinated omission).
With 16 clients in a closed loop, latency is 16 / throughput on average (Little's law), so
p99 is judged at the target rate, not at saturation.
Prints requests/s, p50/p99 latency, errors (anything but 200, or a broken connection) and the
server tree's peak memory. Targets (on 2 cores, the load generator included): >= 300 req/s
with 16 clients, p99 <= 50 ms at 250 req/s offered, 0 errors.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))  # coach, service: in_process()

import host_speed
from _common import RSSPoller, percentile, server_process, tree_pids
from drafts import FlawedDrafts

RPS_TARGET = 300.0
PACED_RATE = 250.0
P99_TARGET_MS = 50.0
LEVER = (
    "less CPU per request: the review itself, nine tenths of it (examples are already left out "
    "of /v1/review and no review calls the encoder: see the review rows, whose p50 is of one "
    "language at a time on a quiet machine; the review threads' figure here is the mean over "
    "both languages, with the load generator busy on the other core); the event loop's share "
    "is framework code spread thin (docs/scaling.md); beyond one machine's cores, more "
    "machines (bench/scaleout.py)"
)
BODIES = 20_000  # distinct drafts, every item text new; cycled only past this many requests


def bodies(n: int = BODIES, seed: int = 7) -> list[bytes]:
    gens = [FlawedDrafts("zh", seed), FlawedDrafts("en", seed)]
    return [json.dumps({"text": gens[i % 2].next()}, ensure_ascii=False).encode() for i in range(n)]


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
    body = await reader.readexactly(length) if length else b""
    return status, body


async def client(
    port: int,
    payloads: list[bytes],
    offset: int,
    deadline: float,
    budget: list[int],
    latencies: list[float],
    errors: list[str],
    interval: float = 0.0,
) -> None:
    """One keep-alive connection; with `interval`, one request every `interval` seconds."""
    reader = writer = None
    start = time.perf_counter() + (offset % 1000) / 1000 * interval
    sent = 0
    while time.perf_counter() < deadline and budget[0] > 0:
        budget[0] -= 1
        scheduled = start + sent * interval if interval else 0.0
        sent += 1
        if interval:
            await asyncio.sleep(max(0.0, scheduled - time.perf_counter()))
        i = _CURSOR[0]  # the next draft no client has sent
        _CURSOR[0] += 1
        body = payloads[i % len(payloads)]
        request = (
            b"POST /v1/review HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
        )
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
            t0 = scheduled if interval else time.perf_counter()
            writer.write(request)
            status, data = await asyncio.wait_for(_read_response(reader), timeout=30)
            latencies.append((time.perf_counter() - t0) * 1000)
            if status != 200:
                errors.append(f"HTTP {status}")
            elif i % 97 == 0 and "objectives" not in json.loads(data):
                errors.append("not a review")  # checked now and then, not on every answer
        except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError, KeyError) as e:
            errors.append(type(e).__name__)
            if writer is not None:
                writer.close()
            reader = writer = None
    if writer is not None:
        writer.close()


def tree_cpu_s(pid: int) -> dict[str, float]:
    """CPU seconds (user + system) used so far by a process and its descendants: in all, by
    their main threads (`loop`: uvicorn's event loop, the whole HTTP path; the supervisor of
    several workers is nearly idle) and by their other threads (`threads`: the review threads,
    each review and its answer's JSON)."""
    tick = os.sysconf("SC_CLK_TCK")
    loop = threads = 0.0
    for p in tree_pids(pid):
        try:
            tasks = list(Path(f"/proc/{p}/task").iterdir())
        except OSError:
            continue
        for task in tasks:
            try:
                fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            s = (int(fields[11]) + int(fields[12])) / tick
            if task.name == str(p):
                loop += s
            else:
                threads += s
    return {"total": loop + threads, "loop": loop, "threads": threads}


_BODIES: list[bytes] = []
_CURSOR = [0]  # shared by every client of every phase: no draft is sent twice


async def load(
    port: int, clients: int, duration: float, max_requests: int, rate: float = 0.0
) -> dict[str, float]:
    """Closed loop (rate 0) or `rate` requests/s offered in all."""
    payloads = _BODIES or bodies()
    interval = clients / rate if rate else 0.0
    latencies: list[float] = []
    errors: list[str] = []
    budget = [max_requests]
    t0 = time.perf_counter()
    deadline = t0 + duration
    await asyncio.gather(
        *(
            client(port, payloads, k * 17, deadline, budget, latencies, errors, interval)
            for k in range(clients)
        )
    )
    seconds = time.perf_counter() - t0
    n = len(latencies)
    return {
        "requests": n,
        "seconds": round(seconds, 2),
        "rps": round(n / seconds, 1) if seconds else 0.0,
        "p50_ms": round(percentile(latencies, 0.5), 1) if n else 0.0,
        "p99_ms": round(percentile(latencies, 0.99), 1) if n else 0.0,
        "mean_ms": round(statistics.fmean(latencies), 1) if n else 0.0,
        "errors": len(errors),
        "error_kinds": sorted(set(errors))[:5],
    }


def run_one(
    workers: int, clients: int, duration: float, max_requests: int, rate: float
) -> dict[str, object]:
    with (
        tempfile.TemporaryDirectory(prefix="okr-bench-load-") as tmp,
        server_process(workers, Path(tmp)) as (base, proc, startup_s),
    ):
        port = int(base.rsplit(":", 1)[1])
        # Warm every worker: readiness of one says nothing of the others.
        asyncio.run(load(port, clients, min(3.0, duration), 20 * clients))
        with RSSPoller(proc.pid) as poll:
            cpu0, load0 = tree_cpu_s(proc.pid), os.getloadavg()[0]
            result = asyncio.run(load(port, clients, duration, max_requests))
            cpu1 = tree_cpu_s(proc.pid)
            paced = asyncio.run(load(port, clients, duration, max_requests, rate))
        per = {k: (cpu1[k] - cpu0[k]) * 1000 / max(1, result["requests"]) for k in cpu1}
        return {
            **result,
            "server_cpu_ms_per_request": round(per["total"], 2),
            "loop_cpu_ms_per_request": round(per["loop"], 2),
            "review_threads_cpu_ms_per_request": round(per["threads"], 2),
            "load_average": round(load0, 2),
            "paced": {**paced, "rate": rate},
            "workers": workers,
            "clients": clients,
            "startup_s": round(startup_s, 2),
            "peak_tree_mib": poll.peak_tree_mib,
            "peak_one_mib": poll.peak_one_mib,
        }


def in_process(n: int = 300, seed: int = 8) -> dict[str, float]:
    """CPU ms per request of the same work without the server, in this process and at this
    machine's load: the service's warm-up, then `n` fresh flawed drafts of the same generator
    (zh and en alternating; another seed) reviewed with /v1/review's options and dumped to the
    answer's JSON, as a review thread does. What the server spends beyond it per request is
    the HTTP path; a gap between this and the review rows is the drafts and the machine."""
    from coach.review import review
    from service.app import create_app, warm_up
    from service.settings import Settings

    with tempfile.TemporaryDirectory(prefix="okr-bench-load-") as tmp:
        app = create_app(Settings(feedback_db=str(Path(tmp) / "fb.sqlite3"), warm_up=False))
        texts = [json.loads(b)["text"] for b in bodies(n + 60, seed)]
        warm_up(app)
        options = {"config": app.state.config, "include_examples": False}
        for t in texts[:60]:
            review(t, **options).model_dump_json()
        c0, load0 = time.process_time(), os.getloadavg()[0]
        for t in texts[60:]:
            review(t, **options).model_dump_json()
        cpu_ms = (time.process_time() - c0) * 1000 / n
    # the host's speed at this moment (bench/host_speed.py): the same instructions run slower
    # on a busy shared host, and req/s with them (docs/scaling.md, speed40)
    host = host_speed.ms_per_million()
    return {
        "cpu_ms_per_request": round(cpu_ms, 2),
        "drafts": n,
        "load_average": round(load0, 2),
        "host_ms_per_m": round(host, 4),
    }


def rows(results: list[dict]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for r in results:
        label = f"{r['clients']} clients, --workers {r['workers']}, {r['seconds']:.0f} s"
        out.append(
            {
                "figure": f"service req/s, POST /v1/review, {label}",
                "target": f">= {RPS_TARGET:.0f}",
                "measured": f"{r['rps']:.0f} ({r['requests']} requests; server CPU "
                f"{r['server_cpu_ms_per_request']:.2f} ms per request: review threads "
                f"{r['review_threads_cpu_ms_per_request']:.2f}, event loop "
                f"{r['loop_cpu_ms_per_request']:.2f}; load average {r['load_average']:.1f}; "
                f"in-process {r['in_process']['cpu_ms_per_request']:.2f}; host "
                f"{r['in_process']['host_ms_per_m']:.3f} ms per M instructions of "
                "bench/host_speed.py)",
                "met": r["rps"] >= RPS_TARGET,
                "cause": f"each request costs {r['server_cpu_ms_per_request']:.2f} ms of server "
                f"CPU: {r['review_threads_cpu_ms_per_request']:.2f} ms in the review threads (the "
                "review of a fresh flawed draft, zh and en alternating, and its answer's JSON, "
                f"~0.1 ms) and {r['loop_cpu_ms_per_request']:.2f} ms in the event loop (the "
                "HTTP path: httptools, the middlewares, the plain /v1/review route's body "
                "validation (service/fastpath.py), the hop to a review thread and back; "
                "~0.5 ms with the review "
                "answered at once, more when it waits for the interpreter lock held by a "
                "review); the same work in-process, review and JSON, cost "
                f"{r['in_process']['cpu_ms_per_request']:.2f} ms a request in this run (load "
                f"average {r['in_process']['load_average']:.1f}), so "
                f"{r['workers']} worker(s) on what the load generator leaves of 2 cores answer "
                f"{r['rps']:.0f}/s",
                "lever": LEVER,
            }
        )
        p = r["paced"]
        out.append(
            {
                "figure": f"service p99 latency at {p['rate']:.0f} req/s offered, {label}",
                "target": f"<= {P99_TARGET_MS:.0f} ms",
                "measured": f"{p['p99_ms']} ms (p50 {p['p50_ms']} ms; answered {p['rps']:.0f} "
                f"req/s; at saturation p50 {r['p50_ms']} / p99 {r['p99_ms']} ms)",
                "met": p["p99_ms"] <= P99_TARGET_MS and p["rps"] >= 0.95 * p["rate"],
                "cause": (
                    f"offered {p['rate']:.0f}/s but the server answers at most {r['rps']:.0f}/s "
                    "(above): requests queue and wait"
                    if r["rps"] < p["rate"]
                    else "the tail: a long draft or a garbage collection holds a worker while "
                    "others queue behind it"
                ),
                "lever": LEVER,
            }
        )
        errors = r["errors"] + p["errors"]
        kinds = sorted(set(r["error_kinds"]) | set(p["error_kinds"]))
        out.append(
            {
                "figure": f"service errors (both phases), {label}",
                "target": "0",
                "measured": f"{errors} {', '.join(kinds)}".strip(),
                "met": errors == 0,
            }
        )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--duration", type=float, default=30.0, help="seconds per run (default 30)")
    ap.add_argument("--smoke", action="store_true", help="a 5-second run per worker count")
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--workers", default="1,2", help="comma-separated --workers values")
    ap.add_argument("--max-requests", type=int, default=200_000, help="stop after this many")
    ap.add_argument("--rate", type=float, default=PACED_RATE, help="paced phase: req/s offered")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    duration = 5.0 if args.smoke else args.duration
    _BODIES.extend(bodies())
    results = [
        run_one(int(w), args.clients, duration, args.max_requests, args.rate)
        for w in args.workers.split(",")
        if w.strip()
    ]
    reference = in_process()
    for r in results:
        r["in_process"] = reference
    if args.json:
        print(json.dumps({"results": results, "rows": rows(results)}, indent=2))
        return 0
    for r in results:
        print(
            f"--workers {r['workers']}, {r['clients']} clients, {r['seconds']} s: "
            f"{r['requests']} requests = {r['rps']:.0f} req/s; p50 {r['p50_ms']} ms, "
            f"p99 {r['p99_ms']} ms; errors {r['errors']} {r['error_kinds'] or ''}; "
            f"server peak PSS {r['peak_tree_mib']} MiB (largest process {r['peak_one_mib']} MiB)"
        )
        print(
            f"  server CPU {r['server_cpu_ms_per_request']} ms a request: review threads "
            f"{r['review_threads_cpu_ms_per_request']}, event loop {r['loop_cpu_ms_per_request']}"
            f" (load average {r['load_average']}); in-process, the same work: "
            f"{r['in_process']['cpu_ms_per_request']} ms; host speed "
            f"{r['in_process']['host_ms_per_m']} ms per M instructions (bench/host_speed.py)"
        )
        p = r["paced"]
        print(
            f"  paced at {p['rate']:.0f} req/s offered: answered {p['rps']:.0f} req/s; "
            f"p50 {p['p50_ms']} ms, p99 {p['p99_ms']} ms; errors {p['errors']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

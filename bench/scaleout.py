"""Scale-out check: two service processes behind a local HAProxy (Debian's package).

    python bench/scaleout.py [--duration 15] [--clients 16] [--json]

1. Adds up: the same closed-loop load (fresh flawed drafts, bench/drafts.py) through the proxy
   to one service process, then to two. On one machine the two share its cores with the load
   generator and the proxy, so "adds up" means the second process adds what the cores have
   left; on two machines it would add a whole one. The printed ratio is two / one.
2. A worker killed mid-load: a paced load through the proxy to both processes; halfway through,
   one process is killed (SIGKILL, no goodbye). The proxy's health check (every 250 ms) takes it
   out of the rotation. A request in flight on the killed process is retried by the proxy on the
   other (`retry-on conn-failure empty-response`: the dead server sent nothing back); where that
   cannot be, the client gets a clean error (502/503, or a closed connection) and retries — as a
   client of a load balancer should (a review is a pure function of the request: retrying is
   safe). Target: every request answered in the end (none lost), and no more failed tries than
   requests in flight at the kill (at most one per client).

HAProxy comes from `make proxy-deps` (apt, as root); without it the script says so and reports
nothing else. The proxy runs in the foreground as a child of this script, on loopback ports.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_load
from _common import free_port, percentile, server_process, wait_ready

RETRIES = 4  # a busy survivor may answer 503 with Retry-After: back off and try again


def haproxy_config(port: int, backends: list[int]) -> str:
    servers = "\n".join(
        f"    server w{i} 127.0.0.1:{p} check inter 250ms fall 1 rise 2"
        for i, p in enumerate(backends)
    )
    return f"""global
    maxconn 4096

defaults
    mode http
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    retries 2
    option redispatch 1
    retry-on conn-failure empty-response

frontend okr
    bind 127.0.0.1:{port}
    default_backend coach

backend coach
    balance leastconn
    option httpchk GET /readyz
{servers}
"""


class Proxy:
    def __init__(self, backends: list[int], tmp: Path) -> None:
        self.port = free_port()
        cfg = tmp / f"haproxy-{self.port}.cfg"
        cfg.write_text(haproxy_config(self.port, backends), encoding="utf-8")
        self.log = (tmp / f"haproxy-{self.port}.log").open("wb")
        self.proc = subprocess.Popen(
            [shutil.which("haproxy") or "haproxy", "-db", "-f", str(cfg)],
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        wait_ready(f"http://127.0.0.1:{self.port}", self.proc, timeout=30)

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


async def _client(
    port: int,
    deadline: float,
    interval: float,
    offset: float,
    latencies: list[float],
    outcome: dict[str, int],
) -> None:
    """Keep-alive client that retries a failed request (up to RETRIES times, a fresh
    connection each time) and counts first-try errors and requests never answered."""
    reader = writer = None
    start = time.perf_counter() + offset
    sent = 0
    while time.perf_counter() < deadline:
        if interval:
            await asyncio.sleep(max(0.0, start + sent * interval - time.perf_counter()))
        sent += 1
        i = bench_load._CURSOR[0]
        bench_load._CURSOR[0] += 1
        body = bench_load._BODIES[i % len(bench_load._BODIES)]
        request = (
            b"POST /v1/review HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
        )
        t0 = time.perf_counter()
        outcome["sent"] += 1
        for attempt in range(RETRIES + 1):
            try:
                if writer is None:
                    reader, writer = await asyncio.open_connection("127.0.0.1", port)
                writer.write(request)
                status, _ = await asyncio.wait_for(bench_load._read_response(reader), 30)
                if status == 200:
                    latencies.append((time.perf_counter() - t0) * 1000)
                    outcome["answered"] += 1
                    outcome["retried_ok"] += attempt > 0
                    break
                outcome[f"HTTP {status}"] = outcome.get(f"HTTP {status}", 0) + 1
            except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError) as e:
                outcome[type(e).__name__] = outcome.get(type(e).__name__, 0) + 1
            outcome["errors"] += 1
            if writer is not None:
                writer.close()
            reader = writer = None
            await asyncio.sleep(0.25 * 2**attempt)
        else:
            outcome["lost"] += 1
    if writer is not None:
        writer.close()


async def _load(
    port: int, clients: int, duration: float, rate: float = 0.0, kill: object = None
) -> dict:
    """Closed loop (rate 0) or `rate` req/s offered; `kill`: a callable run at half time."""
    latencies: list[float] = []
    outcome = {"sent": 0, "answered": 0, "errors": 0, "retried_ok": 0, "lost": 0}
    interval = clients / rate if rate else 0.0
    t0 = time.perf_counter()
    deadline = t0 + duration

    async def killer() -> None:
        await asyncio.sleep(duration / 2)
        outcome["in_flight_at_kill"] = kill()  # type: ignore[operator]

    tasks = [
        _client(port, deadline, interval, k / clients * interval, latencies, outcome)
        for k in range(clients)
    ]
    if kill is not None:
        tasks.append(killer())
    await asyncio.gather(*tasks)
    seconds = time.perf_counter() - t0
    n = len(latencies)
    return {
        **outcome,
        "seconds": round(seconds, 1),
        "rps": round(n / seconds, 1),
        "p50_ms": round(statistics.median(latencies), 1) if n else 0.0,
        "p99_ms": round(percentile(latencies, 0.99), 1) if n else 0.0,
    }


def run(duration: float, clients: int, rate: float) -> dict:
    bench_load._BODIES.extend(bench_load.bodies(20_000, seed=23))
    with tempfile.TemporaryDirectory(prefix="okr-scaleout-") as tmp_name, ExitStack() as stack:
        tmp = Path(tmp_name)
        servers = [stack.enter_context(server_process(1, tmp)) for _ in range(2)]
        ports = [int(base.rsplit(":", 1)[1]) for base, _, _ in servers]
        out: dict = {}
        for n in (1, 2):
            proxy = Proxy(ports[:n], tmp)
            try:
                asyncio.run(_load(proxy.port, clients, min(3.0, duration)))  # warm-up
                out[f"closed_{n}"] = asyncio.run(_load(proxy.port, clients, duration))
            finally:
                proxy.close()
        proxy = Proxy(ports, tmp)
        victim = servers[1][1]
        try:

            def kill() -> int:
                os.kill(victim.pid, signal.SIGKILL)
                return clients  # at most this many requests can be in flight

            out["kill"] = asyncio.run(_load(proxy.port, clients, duration, rate, kill))
            out["kill"]["rate"] = rate
            # After the kill the survivor answers alone, and the proxy says so.
            out["after"] = asyncio.run(_load(proxy.port, clients, min(5.0, duration), rate / 2))
        finally:
            proxy.close()
        return out


def rows(r: dict) -> list[dict[str, object]]:
    one, two, k = r["closed_1"], r["closed_2"], r["kill"]
    ratio = two["rps"] / one["rps"] if one["rps"] else 0.0
    return [
        {
            "figure": "scale-out: req/s through HAProxy, 1 service process vs 2 "
            f"(closed loop, 16 clients, {one['seconds']:.0f} s; same 2 cores)",
            "target": "2 > 1 (adds what the cores have left)",
            "measured": f"{one['rps']:.0f} vs {two['rps']:.0f} (x{ratio:.2f}); p99 "
            f"{one['p99_ms']} / {two['p99_ms']} ms",
            "met": two["rps"] > one["rps"] * 1.05,
        },
        {
            "figure": f"scale-out: one of 2 processes SIGKILLed mid-load ({k['rate']:.0f} req/s "
            "offered): requests lost (never answered after retries)",
            "target": "0 lost; failed tries <= requests in flight (<= clients)",
            "measured": f"{k['lost']} of {k['sent']}; {k['errors']} failed tries, all retried "
            f"({k['retried_ok']} answered on a retry); "
            + ", ".join(f"{key} {v}" for key, v in k.items() if key[:1].isupper()),
            "met": k["lost"] == 0
            and k["answered"] == k["sent"]
            and k["errors"] <= k["in_flight_at_kill"],
            # Failed tries beyond the requests in flight at the kill are HTTP errors answered
            # after it: the proxy's 503 while no server could take the request, or the survivor
            # shedding load (503 with Retry-After) once it alone carries the paced rate.
            "cause": f"{k['errors']} failed tries against {k['in_flight_at_kill']} requests in "
            "flight at the kill: "
            + (", ".join(f"{key} {v}" for key, v in k.items() if key[:1].isupper()) or "none")
            + f" answered after the kill, while one process carried all {k['rate']:.0f} req/s "
            "offered; each was retried and answered (none lost)",
            "lever": "tell the proxy's 503 from the survivor's load shedding (HAProxy's body vs "
            "the service's JSON error) and then either let HAProxy queue (maxconn per server, a "
            "queue timeout) or pace the offered rate to what one process carries",
        },
        {
            "figure": "scale-out: the survivor alone after the kill",
            "target": "(information)",
            "measured": f"{r['after']['rps']:.0f} req/s answered, lost {r['after']['lost']}, "
            f"p99 {r['after']['p99_ms']} ms",
            "met": None,
        },
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--duration", type=float, default=15.0, help="seconds per phase")
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--rate", type=float, default=150.0, help="req/s offered in the kill phase")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if shutil.which("haproxy") is None:
        msg = "HAProxy is not installed (make proxy-deps, as root): scale-out not measured"
        if args.json:
            row = {"figure": "scale-out behind HAProxy", "target": "run", "measured": msg}
            print(json.dumps({"rows": [{**row, "met": None}]}))
        else:
            print(msg)
        return 0
    r = run(args.duration, args.clients, args.rate)
    if args.json:
        print(json.dumps({**r, "rows": rows(r)}, indent=2))
        return 0
    for row in rows(r):
        print(f"{row['figure']}: {row['measured']} (target {row['target']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

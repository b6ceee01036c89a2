"""Instructions a `POST /v1/review` request costs, counted by callgrind, against the review alone (issue 13).

    python bench/service_count.py [--requests 60] [--seed 7] [--modes direct,app,stub]
    python bench/service_count.py --profile app [--requests 200]   # cProfile: where, not how much

bench/service_cpu.py reads the server's CPU per request from /proc, which moves with whatever
else the machine runs; this counts instructions, which do not. Each mode runs in a process of
its own under valgrind's callgrind (every thread counted), warmed up as the service is
(`service.app.warm_up`, then every shard of jieba's dictionary loaded, as in
bench/review_count.py, then `--requests` warm-up requests of the same mode), and counts
`--requests` fresh flawed drafts of bench/bench_load.py's bodies (zh and en alternating, the
same bodies in every mode):

- `direct`: what a review thread does, called directly — `review()` with /v1/review's
  options (the app's configuration, the request model's defaults) and the answer's JSON
  (`json_bytes`);
- `app`: the same request bodies through the whole ASGI application in this process
  (`service.app.create_app`, every middleware, the plain /v1/review route, the review thread
  and the hop back), as uvicorn would call it once it has parsed the request: no sockets and
  no HTTP parser;
- `stub`: `app` with every review answered from one worked out at start (the HTTP path alone:
  the answer's JSON of that one review included).

`app` − `direct` is what the service adds to a review in instructions. Each answer's status
and body length are checked against the direct review's JSON (the same bytes). Run it in each
version's checkout to compare versions (the script can be copied into an older tree: it reads
only `service.app`, `service.settings`, `coach.review` and `coach.types`). Noise: about
±0.1 M a request.

Needs valgrind and a C compiler with valgrind's headers; Linux only. A few minutes.
"""

from __future__ import annotations

import argparse
import asyncio
import ctypes
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

MODES = ("direct", "app", "stub")

# callgrind's client requests: instrumentation on and off, and a dump. Not collection toggled,
# as bench/review_count.py does: that state is each thread's own, and the review threads here
# are not the one that toggles it; instrumentation is the whole process's.
_C = r"""
#include <valgrind/callgrind.h>
void cg_start(void) { CALLGRIND_START_INSTRUMENTATION; }
void cg_stop(void) { CALLGRIND_STOP_INSTRUMENTATION; }
void cg_dump(void) { CALLGRIND_DUMP_STATS; }
"""


def _library(folder: Path) -> Path:
    src, lib = folder / "cg.c", folder / "libcg.so"
    src.write_text(_C)
    subprocess.run(["cc", "-O1", "-shared", "-fPIC", "-o", lib, src], check=True)
    return lib


def _bodies(n: int, seed: int) -> list[bytes]:
    from drafts import FlawedDrafts

    gens = [FlawedDrafts("zh", seed), FlawedDrafts("en", seed)]
    return [json.dumps({"text": gens[i % 2].next()}, ensure_ascii=False).encode() for i in range(n)]


def _scope(body: bytes) -> dict:
    """The scope uvicorn's httptools protocol hands the app for bench_load's request."""
    return {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "server": ("127.0.0.1", 8000),
        "client": ("127.0.0.1", 40000),
        "scheme": "http",
        "method": "POST",
        "root_path": "",
        "path": "/v1/review",
        "raw_path": b"/v1/review",
        "query_string": b"",
        "headers": [
            (b"host", b"127.0.0.1"),
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
        ],
        "state": {},
    }


async def _post(app, body: bytes) -> tuple[int, bytes]:  # type: ignore[no-untyped-def]
    sent = False
    status = 0
    chunks: list[bytes] = []

    async def receive() -> dict:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.sleep(3600)  # the client stays: no disconnect while it waits
        return {"type": "http.disconnect"}

    async def send(message: dict) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(_scope(body), receive, send)
    return status, b"".join(chunks)


def _make_app(tmp: str, stub: bool):  # type: ignore[no-untyped-def]
    from service.app import create_app, warm_up
    from service.settings import Settings

    app = create_app(
        Settings(feedback_db=str(Path(tmp) / "fb.sqlite3"), warm_up=False, log_level="warning")
    )
    warm_up(app)
    from coach import nlp

    cutter = nlp._state.get("cutter")
    if cutter is not None and getattr(cutter, "_left", None):
        cutter.cut("".join(cutter._left))  # every shard not loaded yet (bench/review_count.py)
    if stub:
        import service.routes as routes
        from coach import review as real

        done = real(
            "目标：本季度让客户爱上我们的服务\n关键结果1：NPS 从 30 提升到 45\n"
            "关键结果2：给潜在用户发一封邮件\n关键结果3：尽量提高续约率\n",
            config=app.state.config,
        )
        routes.review = lambda source, **options: done
    return app


# The options /v1/review hands `review()` from the request (service.routes.answer_review).
OPTIONS = ("language", "ui_language", "select", "ignore", "severity", "include_examples")


def _direct(app):  # type: ignore[no-untyped-def]
    """What a review thread does for a request, called directly: `review()` with the request's
    options (read from the request model beforehand, its defaults) and the answer's JSON."""
    from coach.review import review
    from coach.types import json_bytes

    config = app.state.config

    def one(request: tuple[str, dict[str, Any]]) -> bytes:
        text, options = request
        return json_bytes(review(text, config=config, **options))

    return one


def _read(body: bytes) -> tuple[str, dict[str, Any]]:
    """A body's text and review options, as the route reads them (service.schemas)."""
    from service.schemas import ReviewRequest

    req = ReviewRequest.model_validate(json.loads(body))
    return req.text, {k: getattr(req, k) for k in OPTIONS}


def measure(lib_path: str | None, mode: str, requests: int, seed: int, out: str | None) -> None:
    """Inside callgrind (or cProfile when `lib_path` is None and `out` names a stats file)."""
    sys.path[:0] = [str(ROOT / "bench"), str(ROOT)]
    import logging

    logging.getLogger("okr_coach").setLevel(logging.WARNING)
    bodies = _bodies(2 * requests, seed)
    warm, counted = bodies[:requests], bodies[requests:]
    with tempfile.TemporaryDirectory(prefix="service-count-") as tmp:
        app = _make_app(tmp, mode == "stub")
        lengths: list[int] = []
        if mode == "direct":
            one = _direct(app)
            for b in warm:
                one(_read(b))
            read = [_read(b) for b in counted]  # not counted
            start, stop = _switches(lib_path, out)
            start()
            for r in read:
                lengths.append(len(one(r)))
            stop()
        else:

            async def run() -> None:
                for b in warm:
                    status, _ = await _post(app, b)
                    assert status == 200, status
                start, stop = _switches(lib_path, out)
                start()
                for b in counted:
                    status, data = await _post(app, b)
                    assert status == 200, status
                    lengths.append(len(data))
                stop()

            asyncio.run(run())
    print(json.dumps({"mode": mode, "bytes": sum(lengths)}), file=sys.stderr)


def _switches(lib_path: str | None, out: str | None):  # type: ignore[no-untyped-def]
    if lib_path:
        lib = ctypes.CDLL(lib_path)
        return lib.cg_start, lambda: (lib.cg_stop(), lib.cg_dump())
    import cProfile

    prof = cProfile.Profile()

    def stop() -> None:
        prof.disable()
        prof.dump_stats(out)

    return prof.enable, stop


def count(mode: str, requests: int, seed: int, folder: Path, lib: Path) -> tuple[float, float, int]:
    """(M instructions a request in the main thread, in the other threads; answer bytes in
    all) of one mode, in its own process."""
    out = folder / f"callgrind.{mode}"
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--instr-atstart=no",
            "--collect-atstart=yes",
            "--separate-threads=yes",
            f"--callgrind-out-file={out}",
            sys.executable,
            __file__,
            "--requests",
            str(requests),
            "--seed",
            str(seed),
            "--mode",
            mode,
            "--measure",
            str(lib),
        ],
        env=env,
        check=True,
        stderr=subprocess.PIPE,
        text=True,
    )
    nbytes = 0
    for line in proc.stderr.splitlines():
        if line.startswith('{"mode"'):
            nbytes = json.loads(line)["bytes"]
    main = other = 0  # the main thread (the event loop) and the others (the review threads)
    for f in sorted(folder.glob(f"callgrind.{mode}*")):
        thread = f.name.rsplit("-", 1)[-1]  # --separate-threads: a file per thread, "-NN"
        for line in f.read_text(errors="replace").splitlines():
            if line.startswith("totals:"):
                if thread == "01":
                    main += int(line.split()[1])
                else:
                    other += int(line.split()[1])
    return main / requests / 1e6, other / requests / 1e6, nbytes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=60, help="counted requests (and warm-up)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--modes", default="direct,app,stub")
    ap.add_argument("--profile", choices=MODES, help="cProfile one mode instead (top 40)")
    ap.add_argument("--mode", choices=MODES, help=argparse.SUPPRESS)
    ap.add_argument("--measure", metavar="LIB", help=argparse.SUPPRESS)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if args.measure:
        measure(args.measure, args.mode, args.requests, args.seed, None)
        return
    if args.profile:
        import pstats

        with tempfile.TemporaryDirectory(prefix="service-count-") as tmp:
            stats = str(Path(tmp) / "prof")
            measure(None, args.profile, args.requests, args.seed, stats)
            p = pstats.Stats(stats)
            p.sort_stats("tottime").print_stats(40)
        return
    modes = [m for m in args.modes.split(",") if m]
    subprocess.run(  # the library's flaw verdicts written beforehand, as `make flaw-table` does
        [
            sys.executable,
            "-c",
            "from coach import examples\n"
            "if examples.flaw_table() is None:\n    examples.write_flaw_table()",
        ],
        env={**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT)},
        check=True,
    )
    results: dict[str, tuple[float, float, int]] = {}
    with tempfile.TemporaryDirectory(prefix="service-count-") as tmp:
        folder = Path(tmp)
        lib = _library(folder)
        for mode in modes:
            results[mode] = count(mode, args.requests, args.seed, folder, lib)
    if args.json:
        print(
            json.dumps(
                {
                    m: {"main": round(a, 4), "threads": round(b, 4), "bytes": n}
                    for m, (a, b, n) in results.items()
                }
            )
        )
        return
    for mode, (a, b, n) in results.items():
        print(
            f"{mode:7s} {a + b:8.3f} M instructions a request (main thread {a:.3f}, other "
            f"threads {b:.3f}; {n} bytes answered in all)"
        )
    if "direct" in results and "app" in results:
        d, a = sum(results["direct"][:2]), sum(results["app"][:2])
        same = results["direct"][2] == results["app"][2]
        print(
            f"the service adds {a - d:+.3f} M a request ({(a - d) / d:+.1%}) to the review and its"
            f" JSON; answers {'of the same length' if same else 'OF ANOTHER LENGTH'} "
            f"({args.requests} requests, seed {args.seed}, zh and en alternating)"
        )


if __name__ == "__main__":
    main()

"""How fast this host runs Python at this moment: milliseconds of CPU per million instructions
of a fixed pure-Python workload (issue 13).

    python bench/host_speed.py            # ms per million instructions, now
    python bench/host_speed.py --count    # count the workload's instructions (valgrind)

The same instructions ran 39% slower on this shared host during round 39's service phase than
during round 38's (docs/scaling.md, speed40): a req/s figure then says what the host gave the
service as much as what the code costs. `make bench` prints this figure beside the service's
req/s and the in-process row, so that a slow host is visible in bench/RESULTS.md. The workload
is the interpreter's everyday mix, none of the project's code (so the figure does not move when
the code does): a loop of dict updates, string building and slicing, small regular-expression
searches, list work and reads scattered over a table larger than the caches. Its instruction
count, `INSTRUCTIONS`, was counted by callgrind (`--count`, CPython 3.11.7 as built here,
PYTHONHASHSEED=0, the collector off as in the timing: two counts agree to the instruction); on
another interpreter the figure is still comparable between runs on it, not with this one's.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import sys
import time

ROUNDS = 20_000
# Counted by `--count` (callgrind, the workload alone, 5 rounds of ROUNDS); see the module doc.
INSTRUCTIONS = 383_525_234
_WORD = re.compile(r"[a-z]{2,8}\d{1,3}")
# A table larger than the caches, read at scattered places, as a review reads jieba's dictionary
# and the word lists: a host whose memory is contended runs it slower too.
_TABLE_SIZE = 400_000
_table: list[object] = []


def _the_table() -> tuple[list[str], dict[str, int]]:
    if not _table:
        keys = [f"w{i:07d}" for i in range(_TABLE_SIZE)]
        _table.extend((keys, {k: i for i, k in enumerate(keys)}))
    return _table[0], _table[1]  # type: ignore[return-value]


def workload(rounds: int = ROUNDS) -> int:
    """A fixed mix of the interpreter's everyday operations; returns a checksum."""
    keys, table = _the_table()
    seen: dict[str, int] = {}
    parts: list[str] = []
    total = 0
    for i in range(rounds):
        total += table[keys[(i * 7919) % _TABLE_SIZE]] & 1
        key = f"item{i % 211}"
        seen[key] = seen.get(key, 0) + 1
        text = "review " + key + " of " + str(i % 7)
        m = _WORD.search(text)
        if m is not None:
            total += m.end() - m.start()
        parts.append(text[2:9])
        if len(parts) > 64:
            total += len("".join(parts))
            parts.clear()
        total += sum(1 for ch in key if ch.isdigit())
    return total + len(seen)


def ms_per_million(repeats: int = 5) -> float:
    """CPU milliseconds per million instructions of the workload: the least of `repeats` runs
    (the least is the run the host slowed least; every run does the same instructions)."""
    if not INSTRUCTIONS:
        return float("nan")
    _the_table()
    workload(ROUNDS // 10)  # warm: the pattern compiled, the loop's code specialised
    best = float("inf")
    was_on = gc.isenabled()
    gc.disable()  # a collection walks whatever else the process holds: not the host's speed
    try:
        for _ in range(repeats):
            t0 = time.thread_time()
            workload()
            best = min(best, time.thread_time() - t0)
    finally:
        if was_on:
            gc.enable()
    return best * 1000 / (INSTRUCTIONS / 1e6)


def _count() -> int:
    """The workload's instructions per run of ROUNDS, counted by callgrind."""
    import tempfile

    code = (
        "import ctypes, sys\n"
        f"sys.path.insert(0, {os.path.dirname(os.path.abspath(__file__))!r})\n"
        "import host_speed\n"
        "host_speed._the_table()\n"
        "host_speed.workload(host_speed.ROUNDS // 10)\n"
        "lib = ctypes.CDLL(sys.argv[1])\n"
        "import gc\n"
        "gc.disable()\n"
        "lib.cg_start()\n"
        "for _ in range(5):\n"
        "    host_speed.workload()\n"
        "lib.cg_stop()\n"
    )
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from review_phases import _library, callgrind

    with tempfile.TemporaryDirectory(prefix="host-speed-") as tmp:
        lib = _library(__import__("pathlib").Path(tmp))
        out = os.path.join(tmp, "callgrind.out")
        callgrind(
            out, [sys.executable, "-c", code, str(lib)], {**os.environ, "PYTHONHASHSEED": "0"}
        )
        with open(out, errors="replace") as f:
            for line in f:
                if line.startswith("totals:"):
                    return int(line.split()[1]) // 5
    raise RuntimeError("callgrind wrote no totals")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", action="store_true", help="count the workload's instructions")
    args = ap.parse_args()
    if args.count:
        print(_count())
        return
    print(f"{ms_per_million():.4f} ms of CPU per million instructions")


if __name__ == "__main__":
    main()

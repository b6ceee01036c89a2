"""Does parsing stay linear in every pasted format? Prints medians; not a test.

    python bench/bench_parse.py [--runs N] [--json]

For each format in tests/parse_formats.py (Markdown and tab-separated tables, labelled lines
with team prefixes, nested outlines, Chinese ordinals, checkboxes, attribute lists, quoted
spreadsheet cells) it parses a draft of about 4,750, 9,500 and 19,000 characters and prints the
median CPU time of each and the growth from the smallest to the largest. Linear parsing grows about
4x for 4x the text; a quadratic step would show about 16x (target: <= 6x).
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIZES = (4_750, 9_500, 19_000)
GROWTH_TARGET = 6.0


def median_ms(text: str, runs: int) -> float:
    from coach.parse import match_label, parse_text

    times = []
    for _ in range(runs):
        # Each run parses the text as if it were new: the per-line label cache (512 lines) would
        # otherwise answer every line of a small text from the run before, not of a large one,
        # and the growth figure would measure the cache instead of the parser.
        match_label.cache_clear()
        gc.collect()
        t0 = time.process_time()  # CPU time: other processes on the machine do not count
        parse_text(text)
        times.append((time.process_time() - t0) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python bench/bench_parse.py")
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    from tests.parse_formats import FORMATS, big

    median_ms(big("markdown-table-zh", 2_000), 2)  # warm-up: imports, compiled patterns
    rows = []
    for name in FORMATS:
        sizes = [len(big(name, s)) for s in SIZES]
        ms = [median_ms(big(name, s), args.runs) for s in SIZES]
        growth = (ms[-1] / ms[0]) / (sizes[-1] / sizes[0]) * 4 if ms[0] else 0.0
        rows.append({"format": name, "chars": sizes, "median_ms": ms, "growth_4x": growth})
    if args.json:
        table = [
            {
                "figure": f"parse growth, 4x text ({r['format']}; {r['median_ms'][-1]:.0f} ms at "
                f"{r['chars'][-1]:,} chars)",
                "target": f"<= {GROWTH_TARGET:.0f}x",
                "measured": f"{r['growth_4x']:.1f}x",
                "met": r["growth_4x"] <= GROWTH_TARGET,
            }
            for r in rows
        ]
        print(json.dumps({"rows": table, "formats": rows}, indent=1))
        return 0
    print(f"{'format':22} " + " ".join(f"{s:>9,}" for s in SIZES) + "  growth (4x text)")
    for r in rows:
        cells = " ".join(f"{m:7.1f}ms" for m in r["median_ms"])
        flag = "" if r["growth_4x"] <= GROWTH_TARGET else "  <- above target"
        print(f"{r['format']:22} {cells}  {r['growth_4x']:.1f}x{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

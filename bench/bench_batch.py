"""Batch throughput and memory of `okr-coach review --batch` as a real subprocess.

    python bench/bench_batch.py [--n 4000] [--jobs 1,2] [--json]

Writes N and 10xN fresh flawed drafts (bench/drafts.py: mostly one objective + four KRs, zh
and en alternating, every item text new, so the caches fill and must stay bounded) as JSONL into a temporary directory, runs the CLI on each with every --jobs value, and prints
drafts/s, items/s (objectives + KRs), items/s per core, and the peak resident memory of the
whole process tree (PSS summed over the pool workers, polled from /proc) next to the largest
single process (RSS). Targets: >= 1,000 items/s per core; the 10xN run's peak
memory no larger than the N run's (flat in the input size). A benchmark: it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, RSSPoller, child_env
from drafts import FlawedDrafts

ITEMS_PER_DRAFT = 5
PER_CORE_TARGET = 1000.0
# Peak memory "flat" when 10x the input grows it by no more than this (allocator noise).
FLAT_TOLERANCE = 1.10


def write_drafts(path: Path, n: int) -> None:
    gens = {"zh": FlawedDrafts("zh", n), "en": FlawedDrafts("en", n)}
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = gens["zh" if i % 2 else "en"].next()
            fh.write(json.dumps({"id": f"d{i}", "text": text}, ensure_ascii=False))
            fh.write("\n")


def run_batch(path: Path, jobs: int, out: Path) -> dict[str, float]:
    cmd = [sys.executable, "-m", "coach", "review", "--batch", str(path), "--jobs", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    with out.open("wb") as fh:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=child_env(), stdout=fh, stderr=subprocess.PIPE)
        with RSSPoller(proc.pid) as poll:
            _, err = proc.communicate()
        seconds = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"batch run failed ({proc.returncode}): {err.decode()[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    lines = 0
    errors = 0
    with out.open(encoding="utf-8") as fh:
        for line in fh:
            lines += 1
            errors += '"error":' in line[:200]
    return {
        "seconds": seconds,
        "records": lines,
        "errors": errors,
        "peak_tree_mib": poll.peak_tree_mib,
        "peak_anon_mib": poll.peak_anon_mib,
        "peak_one_mib": poll.peak_one_mib,
        # ru_maxrss of children is a running maximum: it only says something when it grew
        "rusage_maxrss_mib": round(max(before, after) / 1024, 1),
    }


def measure(n: int, jobs_list: list[int]) -> dict[str, object]:
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="okr-bench-batch-") as tmp:
        t = Path(tmp)
        sizes = {"N": n, "10N": 10 * n}
        for label, size in sizes.items():
            write_drafts(t / f"{label}.jsonl", size)
        for jobs in jobs_list:
            per: dict[str, dict[str, float]] = {}
            for label, size in sizes.items():
                r = run_batch(t / f"{label}.jsonl", jobs, t / "out.jsonl")
                r["drafts"] = size
                r["drafts_per_s"] = round(size / r["seconds"], 1)
                r["items_per_s"] = round(size * ITEMS_PER_DRAFT / r["seconds"], 1)
                r["items_per_s_per_core"] = round(r["items_per_s"] / jobs, 1)
                r["seconds"] = round(r["seconds"], 2)
                per[label] = r
            # Steady state: the difference of the two runs removes start-up and warm-up.
            dt = per["10N"]["seconds"] - per["N"]["seconds"]
            steady = 9 * n * ITEMS_PER_DRAFT / dt if dt > 0 else 0.0
            results[f"jobs={jobs}"] = {
                **per,
                "steady_items_per_s": round(steady, 1),
                "steady_items_per_s_per_core": round(steady / jobs, 1),
                "memory_growth": round(
                    per["10N"]["peak_tree_mib"] / max(per["N"]["peak_tree_mib"], 1), 3
                ),
            }
    return results


def rows(results: dict[str, dict]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for key, r in results.items():
        jobs = int(key.split("=")[1])
        big = r["10N"]
        anon_growth = big["peak_anon_mib"] / max(r["N"]["peak_anon_mib"], 1)
        out.append(
            {
                "figure": f"batch items/s per core, --jobs {jobs}, {big['drafts']} drafts "
                "(steady state; whole run incl. start-up in brackets)",
                "target": f">= {PER_CORE_TARGET:,.0f}",
                "measured": f"{r['steady_items_per_s_per_core']:,.0f} "
                f"({big['items_per_s_per_core']:,.0f}; {big['drafts_per_s']:,.0f} drafts/s)",
                "met": r["steady_items_per_s_per_core"] >= PER_CORE_TARGET,
                "cause": f"{1000 / max(r['steady_items_per_s_per_core'], 1):.2f} ms per item of "
                "fresh flawed drafts with the default configuration: the review's own cost (see "
                "the review rows: the semantic layer's share is the gap to 'semantic layer off')",
                "lever": "the review's levers (examples only where asked for); for batch jobs "
                "that need no examples, `semantic = false` in the configuration",
            }
        )
        out.append(
            {
                "figure": f"batch peak memory (PSS of the process tree), --jobs {jobs}: N vs 10N",
                "target": "flat (10N <= N x 1.10)",
                "measured": f"{r['N']['peak_tree_mib']} MiB vs {big['peak_tree_mib']} MiB "
                f"(x{r['memory_growth']}; anonymous part {r['N']['peak_anon_mib']} vs "
                f"{big['peak_anon_mib']} MiB, x{anon_growth:.3f})",
                "met": r["memory_growth"] <= FLAT_TOLERANCE,
                "cause": f"of the {big['peak_tree_mib'] - r['N']['peak_tree_mib']:.1f} MiB more, "
                f"{big['peak_anon_mib'] - r['N']['peak_anon_mib']:.1f} MiB is the processes' own "
                "memory and the rest pages of the memory-mapped tables (the encoder's embedding "
                "table, jieba's shards) read as more distinct words arrive: bounded by the files "
                "(64 MB + 16 MB), shared and reclaimable by the kernel",
                "lever": "count the mapped tables' pages once at start (read them whole, as "
                "before: flat but 80 MB more from the first draft), or judge flatness on the "
                "anonymous part",
            }
        )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # The bounded caches (1,024 texts each) fill within the first few hundred drafts: N must be
    # larger, or their bounded growth would count as growth with the input.
    ap.add_argument("--n", type=int, default=4000, help="drafts in the small input (N)")
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    jobs_list = [int(j) for j in args.jobs.split(",") if j.strip()]
    results = measure(args.n, jobs_list)
    if args.json:
        print(json.dumps({"results": results, "rows": rows(results)}, indent=2))
        return 0
    print(f"okr-coach review --batch, {ITEMS_PER_DRAFT} items per draft")
    for key, r in results.items():
        for label in ("N", "10N"):
            x = r[label]
            print(
                f"  {key:<7} {label:>3} {x['drafts']:>7} drafts {x['seconds']:>7.2f} s  "
                f"{x['drafts_per_s']:>7.0f} drafts/s  {x['items_per_s']:>7.0f} items/s  "
                f"{x['items_per_s_per_core']:>7.0f} items/s/core  peak PSS tree "
                f"{x['peak_tree_mib']} MiB (largest process {x['peak_one_mib']} MiB)  "
                f"errors {x['errors']}"
            )
        print(
            f"  {key:<7} steady state {r['steady_items_per_s']:.0f} items/s = "
            f"{r['steady_items_per_s_per_core']:.0f} per core; memory 10N/N x{r['memory_growth']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

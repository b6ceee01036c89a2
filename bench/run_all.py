"""Run every benchmark and write bench/RESULTS.md: figure, target, measured, met? plus the
machine and the date.

    python bench/run_all.py [--duration 20] [--smoke] [--out bench/RESULTS.md]

The whole run takes about 8 minutes on an idle 2-core machine (`make bench`). `--smoke` runs
everything small (a 5-second load, a few hundred batch drafts) to check that the benchmarks
work; its figures are not the ones to quote. `--only NAME` (review, service, start-up or
attack) runs one benchmark and replaces its rows, misses and notes in the existing file, keeping
the others' figures. The model benchmark
(bench/bench_model.py) runs too when it exists, and its `rows` (or its output) go in the file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, child_env, machine

BENCH = Path(__file__).resolve().parent


def run_json(script: str, *args: str, timeout: float = 1800) -> dict:
    """Run one benchmark in its own process: with --json where it has that option (its JSON,
    whose `rows` go in the table), else its printed output verbatim; or an error entry."""
    has_json = "--json" in (BENCH / script).read_text(encoding="utf-8")
    cmd = [sys.executable, str(BENCH / script), *args, *(["--json"] if has_json else [])]
    print(f"running {script} {' '.join(args)}", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=child_env(), capture_output=True, timeout=timeout)
    took = time.perf_counter() - t0
    out = proc.stdout.decode("utf-8", "replace")
    if proc.returncode != 0:
        return {"error": proc.stderr.decode("utf-8", "replace")[-1500:], "seconds": took}
    try:
        data = json.loads(out)
    except json.JSONDecodeError:
        return {"raw": out[-3000:], "seconds": took}
    data["seconds"] = took
    return data


def _met(value: object) -> str:
    return {True: "yes", False: "**NO**", None: "—"}.get(value, str(value))  # type: ignore[arg-type]


def _checks_table(name: str, checks: list[dict]) -> str:
    """Every check of a suite (bench/attack.py): what was sent, expected and answered."""

    def cell(value: object) -> str:
        return str(value).replace("|", "\\|").replace("\n", " ")

    rows = [
        f"| {cell(c['name'])} | {cell(c['expect'])} | {cell(c['got'])} | {c['seconds']:.2f} s | "
        f"{c['size']:,} B | {'yes' if c['ok'] else '**NO**'} | {cell(c['note'])} |"
        for c in checks
    ]
    head = (
        "| Attack | Expected | Answer | Time | Size | Met? | Note |\n|---|---|---|---|---|---|---|"
    )
    return f"### {name}\n\n" + head + "\n" + "\n".join(r.replace("\n", " ") for r in rows) + "\n"


def render(sections: dict[str, dict], smoke: bool, duration: float) -> str:
    m = machine()
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Benchmark results",
        "",
        f"Written by `bench/run_all.py` ({'SMOKE run: small inputs, not for quoting' if smoke else 'full run'}) on {now}.",
        "",
        "## Machine",
        "",
        f"- CPU: {m['cpu']}",
        f"- Cores: {m['cores']}",
        f"- RAM: {m['ram']}",
        f"- Python: {m['python']} on {m['os']}",
        f"- Load average when the run ended: {m['load']} (other work on the machine skews the figures)",
        f"- Code measured: {m['code']}",
        "",
        "## Figures",
        "",
        "| Benchmark | Figure | Target | Measured | Met? |",
        "|---|---|---|---|---|",
    ]
    notes: list[str] = []
    for name, data in sections.items():
        if "error" in data:
            lines.append(f"| {name} | (failed) | | see below | **NO** |")
            notes.append(f"### {name} failed\n\n```\n{data['error']}\n```\n")
            continue
        if "raw" in data:
            notes.append(f"### {name}\n\n```\n{data['raw']}\n```\n")
            continue
        for row in data.get("rows", []):
            lines.append(
                f"| {name} | {row['figure']} | {row['target']} | {row['measured']} | "
                f"{_met(row.get('met'))} |"
            )
        if "checks" in data:
            notes.append(_checks_table(name, data["checks"]))
    lines += [
        "",
        f"The load test ran {duration:.0f} s per phase and worker count. Each benchmark is a "
        "script in bench/ that prints its figures (and `--json`); run one alone for detail.",
        "",
    ]
    misses = [
        (name, row)
        for name, data in sections.items()
        for row in data.get("rows", [])
        if row.get("met") is False
    ]
    if misses:
        lines += ["## Misses: the measured cause and the next lever", ""]
        for name, row in misses:
            lines.append(
                f"- **{name}: {row['figure']}** (target {row['target']}; measured "
                f"{row['measured']}). Cause: {row.get('cause') or 'not measured by the benchmark'}."
                f" Next lever: {row.get('lever') or 'see the benchmark'}."
            )
        lines.append("")
    if notes:
        lines += ["## Notes", "", *notes]
    return "\n".join(lines) + "\n"


def _with_misses(existing: str, name: str, misses: list[str]) -> str:
    """`existing` with benchmark `name`'s lines under "Misses" replaced by `misses`."""
    lines = existing.splitlines()
    head = "## Misses: the measured cause and the next lever"
    if head not in lines:
        if not misses:
            return existing
        at = next((i for i, line in enumerate(lines) if line == "## Notes"), len(lines))
        lines[at:at] = [head, "", *misses, ""]
        return "\n".join(lines) + "\n"
    start = lines.index(head) + 2
    end = next((i for i in range(start, len(lines)) if not lines[i].startswith("- **")), len(lines))
    kept = [line for line in lines[start:end] if not line.startswith(f"- **{name}: ")]
    order = list(dict.fromkeys(line.split(":", 1)[0] for line in lines[start:end]))
    mine = f"- **{name}"
    placed = kept + misses
    if mine in order:  # where this benchmark's misses were, among the others'
        placed = sorted(
            placed,
            key=lambda line: (
                order.index(line.split(":", 1)[0]) if line.split(":", 1)[0] in order else len(order)
            ),
        )
    lines[start:end] = placed
    return "\n".join(lines) + "\n"


def merge(existing: str, name: str, data: dict, smoke: bool) -> str:
    """`existing` RESULTS.md with benchmark `name`'s rows and notes replaced by `data`'s."""
    fresh = render({name: data}, smoke, 0.0).splitlines()
    rows = [line for line in fresh if line.startswith(f"| {name} |")]
    misses = [line for line in fresh if line.startswith(f"- **{name}: ")]
    existing = _with_misses(existing, name, misses)
    notes_at = next((i for i, line in enumerate(fresh) if line == "## Notes"), None)
    note = "\n".join(fresh[notes_at + 2 :]).strip() if notes_at is not None else ""
    out: list[str] = []
    skipping = False
    placed = False
    for line in existing.splitlines():
        if line.startswith(f"| {name} |"):
            if not placed:
                out.extend(rows)
                placed = True
            continue
        if line.startswith("### "):
            skipping = line.startswith(f"### {name}")
        if skipping:
            continue
        if line == "" and not placed and out and out[-1].startswith("| "):
            out.extend(rows)  # a new benchmark: its rows at the end of the table
            placed = True
        out.append(line)
    # When and under what load these rows were measured (the header's load is the full run's).
    m = machine()
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    body = note.split("\n", 1)[1].lstrip("\n") if note.startswith("### ") else note
    if "## Notes" not in out:
        out += ["", "## Notes", ""]
    out += [
        f"### {name}",
        "",
        f"Run alone (`bench/run_all.py --only {name}`) on {now}, load average {m['load']}.",
        "",
        *([body] if body else []),
        "",
    ]
    return "\n".join(out).rstrip("\n") + "\n"


# The benchmarks `--only` can run alone: (script, arguments of a full run, of a smoke run),
# the same as the full run below passes.
ALONE: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "review": ("bench_review.py", ("--runs", "300"), ("--runs", "50")),
    "service": ("bench_load.py", (), ()),
    "start-up": ("bench_startup.py", ("--runs", "7"), ("--runs", "3", "--reviews", "500")),
    "scale-out": ("scaleout.py", ("--duration", "15"), ("--duration", "15")),
    "attack": ("attack.py", (), ("--quick",)),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--duration", type=float, default=20.0, help="load test seconds per phase")
    ap.add_argument("--smoke", action="store_true", help="small, quick runs")
    ap.add_argument("--out", default=str(BENCH / "RESULTS.md"))
    ap.add_argument("--only", choices=tuple(ALONE), help="run this one and merge it in")
    args = ap.parse_args(argv)
    duration = 5.0 if args.smoke else args.duration
    if args.only:
        script, full, smoke = ALONE[args.only]
        extra = smoke if args.smoke else full
        if args.only == "service":
            extra = ("--duration", str(duration))
        data = run_json(script, *extra)
        out = Path(args.out)
        text = merge(out.read_text(encoding="utf-8"), args.only, data, args.smoke)
        out.write_text(text, encoding="utf-8")
        print(text)
        return 0
    sections: dict[str, dict] = {}
    sections["review"] = run_json("bench_review.py", "--runs", "50" if args.smoke else "300")
    sections["parse"] = run_json("bench_parse.py", "--runs", "3" if args.smoke else "9")
    if (BENCH / "bench_model.py").exists():
        sections["model"] = run_json("bench_model.py")
    sections["batch"] = run_json("bench_batch.py", "--n", "200" if args.smoke else "1000")
    sections["service"] = run_json("bench_load.py", "--duration", str(duration))
    sections["start-up"] = run_json(
        "bench_startup.py", "--runs", "3" if args.smoke else "7",
        *(["--reviews", "500"] if args.smoke else []),
    )  # fmt: skip
    sections["scale-out"] = run_json("scaleout.py", "--duration", str(min(duration, 15.0)))
    sections["attack"] = run_json("attack.py", *(["--quick"] if args.smoke else []))
    text = render(sections, args.smoke, duration)
    Path(args.out).write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

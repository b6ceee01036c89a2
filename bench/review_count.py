"""Instructions a review, per language, counted by valgrind's callgrind in a steady state (issue 13).

    python bench/review_count.py [--drafts 40] [--seed 7]

bench/review_phases.py says where a review's instructions go; this says how many there are, as
steadily as it can, to compare two versions of the code (run it in each). The measured process
warms up as bench/bench_review.py does, then loads every shard of jieba's dictionary (a
long-running worker's state: otherwise a shard's first load falls inside the measured reviews,
and which ones do depends on what the warm-up happened to cut — a count moved by ±0.8 M between
versions of the code that way), and counts only the reviews of `--drafts` fresh flawed drafts
per language. The flaw table is written beforehand, in its own process, as `make flaw-table`
does. Run-to-run noise that is left: about ±0.15 M a review.

Needs valgrind and a C compiler with valgrind's headers; Linux only. About a minute.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from review_phases import _library, callgrind  # noqa: E402


def steady_state() -> None:
    """Warm up as bench/bench_review.py does, then load every shard of jieba's dictionary not
    loaded yet (a long-running worker's state; see the module doc)."""
    sys.path[:0] = [str(ROOT / "bench"), str(ROOT)]
    from bench_review import settle_after_warm_up

    from coach import nlp

    settle_after_warm_up()
    nlp.warm_up()
    cutter = nlp._state.get("cutter")
    if cutter is not None:
        cutter.cut("".join(cutter._left))  # every shard not loaded yet


def flaw_table_first(env: dict[str, str]) -> None:
    """Write the library's flaw table beforehand, in a process of its own, as `make flaw-table`
    does (a process that writes it during its warm-up counts differently from one that reads it)."""
    subprocess.run(
        [
            sys.executable,
            "-c",
            "from coach import examples\n"
            "if examples.flaw_table() is None:\n    examples.write_flaw_table()",
        ],
        env=env,
        check=True,
    )


def measure(lib_path: str, drafts: int, seed: int) -> None:
    """Inside callgrind: warm up, load every shard, then count each language's reviews (one
    dump of the counts per language)."""
    sys.path[:0] = [str(ROOT / "bench"), str(ROOT)]
    from drafts import FlawedDrafts

    from coach.review import review

    lib = ctypes.CDLL(lib_path)
    steady_state()
    for lang in ("zh", "en"):
        gen = FlawedDrafts(lang, seed)
        for d in gen.take(30):
            review(d)
        texts = gen.take(drafts)
        lib.cg_start()
        for t in texts:
            review(t)
        lib.cg_stop()
        lib.cg_dump()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--drafts", type=int, default=40, help="fresh drafts per language")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--measure", metavar="LIB", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        measure(args.measure, args.drafts, args.seed)
        return
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT)}
    flaw_table_first(env)
    with tempfile.TemporaryDirectory(prefix="review-count-") as tmp:
        folder = Path(tmp)
        lib = _library(folder)  # review_phases' start/stop/dump switches for callgrind
        out = folder / "callgrind.out"
        callgrind(
            out,
            [
                sys.executable,
                __file__,
                "--drafts",
                str(args.drafts),
                "--seed",
                str(args.seed),
                "--measure",
                str(lib),
            ],
            env,
        )
        totals = []
        for f in sorted(folder.glob("callgrind.out*")):
            total = 0
            for line in f.read_text(errors="replace").splitlines():
                if line.startswith("totals:"):
                    total = int(line.split()[1])
            if total:
                totals.append(total)
    zh, en = (t / args.drafts / 1e6 for t in totals[:2])
    sys.path.insert(0, str(ROOT))
    from coach import _compiled

    print(
        f"zh {zh:.3f} M  en {en:.3f} M  mean {(zh + en) / 2:.3f} M instructions a review "
        f"({args.drafts} fresh flawed drafts per language, seed {args.seed}, steady state; "
        f"{_compiled.describe()})"
    )


if __name__ == "__main__":
    main()

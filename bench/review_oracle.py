"""What a reader of the review costs alone: instructions a review with the reader answered from
a table, against the same reviews with the reader at work (issue 13).

    python bench/review_oracle.py [--reader rules._result_shape:_read] [--drafts 40] [--seed 7]

bench/review_phases.py charges a shared fact (an item's shape, its clauses, its word-list
matches) to whichever reader asks for it first, so a reader's inclusive count overstates what
rewriting it could save, and its "own" count misses what its helpers do. This measures the
ceiling instead: the fresh flawed drafts of bench/review_count.py (same warm-up, same seed) are
reviewed once in a process of its own, which records what the reader answered for each item
(keyed by language, draft and item id, and the order of the calls on that item); then, under
callgrind in another fresh process, they are reviewed again with the reader answering from that
table, and once more, in a third, with the reader at work. The difference is everything the
reader does that nothing else needs: what a restructuring of the reader (one pass over the
item's shape, prefilters, memos) could save at most. The table is read in a separate process so
that no cache keyed by a text (the tokenizer's, the word lists', the metric mentions') is warm
from the recording: in one process the second pass over the same drafts counted ~12% fewer
instructions a review whatever the reader.

The reader must be a function of `module:name` whose first argument is the item (an object
with an `id`) and whose answers pickle; every module of coach/ and rules/ that holds it under
that name calls the table instead. Needs valgrind and a C compiler (as review_count.py).
"""

from __future__ import annotations

import argparse
import ctypes
import importlib
import os
import pickle
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from review_count import flaw_table_first, steady_state  # noqa: E402
from review_phases import _library, callgrind  # noqa: E402


def _patch(reader: str, fn: object) -> object:
    """Put `fn` in place of the reader wherever coach/ and rules/ hold it; returns the reader."""
    module, name = reader.split(":")
    real = getattr(importlib.import_module(module), name)
    for m in list(sys.modules.values()):
        ours = getattr(m, "__name__", "").startswith(("coach", "rules"))
        if ours and getattr(m, name, None) is real:
            setattr(m, name, fn)
    return real


def measure(lib_path: str, mode: str, reader: str, table_path: str, drafts: int, seed: int) -> None:
    """In a fresh process: warm up as review_count.py does, then review each language's drafts
    with the reader recording (`record`, no counting), answering from the table (`table`) or at
    work (`plain`), counting each language's reviews apart."""
    sys.path[:0] = [str(ROOT / "bench"), str(ROOT)]
    from drafts import FlawedDrafts

    from coach.review import review

    lib = ctypes.CDLL(lib_path)
    steady_state()
    module, name = reader.split(":")
    real = getattr(importlib.import_module(module), name)
    table: dict[tuple, object] = {}
    if mode == "table":
        table = pickle.loads(Path(table_path).read_bytes())
    where: list[object] = [None]
    calls: Counter[tuple] = Counter()

    def key(item: object) -> tuple:
        k = (where[0], item.id)  # type: ignore[attr-defined]
        calls[k] += 1
        return (*k, calls[k])

    def recording(item, *a, **kw):  # type: ignore[no-untyped-def]
        found = table[key(item)] = real(item, *a, **kw)
        return found

    def answering(item, *a, **kw):  # type: ignore[no-untyped-def]
        return table[key(item)]

    for lang in ("zh", "en"):
        gen = FlawedDrafts(lang, seed)
        for d in gen.take(30):
            review(d)
        texts = gen.take(drafts)
        if mode != "plain":
            _patch(reader, recording if mode == "record" else answering)
        if mode != "record":
            lib.cg_start()
        for i, t in enumerate(texts):
            where[0] = (lang, i)
            review(t)
        if mode != "record":
            lib.cg_stop()
            lib.cg_dump()
        if mode != "plain":
            _patch(reader, real)
    if mode == "record":
        Path(table_path).write_bytes(pickle.dumps(table))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reader", default="rules._result_shape:_read", help="module:function")
    ap.add_argument("--drafts", type=int, default=40, help="fresh drafts per language")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--measure", nargs=3, metavar=("LIB", "MODE", "TABLE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        lib, mode, table = args.measure
        measure(lib, mode, args.reader, table, args.drafts, args.seed)
        return
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT)}
    flaw_table_first(env)
    counts: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="review-oracle-") as tmp:
        folder = Path(tmp)
        lib = _library(folder)
        table = folder / "table.pickle"
        common = ["--reader", args.reader, "--drafts", str(args.drafts), "--seed", str(args.seed)]
        subprocess.run(
            [sys.executable, __file__, *common, "--measure", str(lib), "record", str(table)],
            env=env,
            check=True,
        )
        for mode in ("table", "plain"):
            out = folder / f"callgrind-{mode}.out"
            callgrind(
                out,
                [sys.executable, __file__, *common, "--measure", str(lib), mode, str(table)],
                env,
            )
            totals = []
            for f in sorted(folder.glob(f"callgrind-{mode}.out*")):
                for line in f.read_text(errors="replace").splitlines():
                    if line.startswith("totals:") and int(line.split()[1]):
                        totals.append(int(line.split()[1]) / args.drafts / 1e6)
            counts[mode] = totals[:2]
    for lang, i in (("zh", 0), ("en", 1)):
        plain, table_ = counts["plain"][i], counts["table"][i]
        print(
            f"{lang}: {plain:.3f} M a review, {table_:.3f} M with {args.reader} answered from a "
            f"table: the reader alone {plain - table_:.3f} M ({(plain - table_) / plain:.1%})"
        )


if __name__ == "__main__":
    main()

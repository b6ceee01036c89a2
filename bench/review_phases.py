"""Where a review's instructions go, phase by phase, counted by valgrind's callgrind (issue 13).

    python bench/review_phases.py [--drafts 40] [--seed 7] [--min 0.05]

A count of instructions does not move with the other work on a shared machine (CPU time
swings by a third there). The script runs itself under callgrind: it warms up as
bench/bench_review.py does (the service's warm-up, then 30 drafts per language), then reviews
`--drafts` fresh flawed drafts per language and writes each answer's JSON, with collection on
only for those. Every phase below (the parse, each fact of an item, each rule, the findings,
the scores, the output) is entered through a C function of its own — a ctypes callback, one
per calling path — so callgrind's inclusive count of that function is the phase's, nested
phases included, in one run. The cost of the wrapping itself (a few thousand instructions a
call, measured on an empty phase at the end) is taken off each phase. Printed: the tree of
phases with their inclusive and own ("self") millions of instructions a review and calls a
review, then the totals per phase name over all the places it is called from.

Needs valgrind (callgrind_annotate) and a C compiler with valgrind's headers; Linux only.
Not part of `make bench` (about 4 minutes). The figures are a little above bench's
plain count (the wrapping's cost is estimated, not exact): compare runs of this script.
"""

from __future__ import annotations

import argparse
import ctypes
import importlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_PATHS = 2048

# module, attribute, phase name: every module of coach/ and rules/ that holds the same function
# under that name calls it through the phase.
PHASES = """
coach.review parse
coach.review parse_text
coach.parse _split_inline parse.split_inline
coach.parse _recast_items parse.recast
coach.parse _assemble parse.assemble
coach.parse_kinds_zh status_cells parse.zh_status_cells
coach.parse_kind_en tracker_tails parse.en_tracker_tails
coach.review annotate
coach.review check_key_results
coach.annotate annotate_item
coach.annotate _owner annotate._owner
coach.annotate _priority annotate._priority
coach.annotate _score_status annotate._score_status
coach.annotate _team_prefixes
coach.annotate _bare_owners
coach.annotate _target_cell_metric
coach.facts time_spans facts.times
coach.facts find_timeframe facts.timeframe
coach.facts read_quantities facts.quantities
coach.facts choose_metric facts.metric
coach.facts kpi_spans facts.kpis
coach.facts read_shape facts.shape
coach.facts split_clauses facts.clauses
coach.facts find_terms facts.terms
coach.facts Directions facts.directions
coach.facts from_to_pairs facts.from_to
coach.nlp tokenize facts.tokens
coach.review _item_results
coach.review _build_fixes
coach.review _drop_yielded
coach.review _finding
coach.review _add_examples
coach.review model_findings
coach.review cap_findings
coach.review _combined
coach.review _owned_by
coach.review _metric
coach.review _set_owner
coach.review KeyResult out.KeyResult
coach.review Objective out.Objective
coach.review Review out.Review
coach.scoring compute scoring.compute
coach.scoring explained scoring.explained
rules._draft_structure scope_deadline draft.scope_deadline
rules._draft_structure year_horizon draft.year_horizon
coach.facts.outcomes word_evidence outcomes.word_evidence
coach.facts.outcomes choose outcomes.choose
coach.examples for_item examples.for_item
coach.classifier item_cosine classifier.item_cosine
coach.classifier model_hits classifier.model_hits
"""

_C = """
#include <valgrind/callgrind.h>
typedef void (*cb_t)(void);
void cg_start(void) { CALLGRIND_START_INSTRUMENTATION; CALLGRIND_TOGGLE_COLLECT; }
void cg_stop(void) { CALLGRIND_TOGGLE_COLLECT; CALLGRIND_STOP_INSTRUMENTATION; }
void __attribute__((noinline)) enter(cb_t f) { f(); __asm__ volatile(""); }
void cg_dump(void) { CALLGRIND_DUMP_STATS; }
"""


def _library(folder: Path) -> Path:
    src, lib = folder / "phases.c", folder / "libphases.so"
    src.write_text(_C)
    subprocess.run(
        ["cc", "-O1", "-fno-optimize-sibling-calls", "-shared", "-fPIC", "-o", lib, src],
        check=True,
    )
    return lib


def callgrind(out: Path, argv: list[str], env: dict[str, str]) -> None:
    """Run `argv` under valgrind's callgrind, writing its counts to `out`: nothing is counted
    until the program calls the library's `cg_start` (see `_library`)."""
    subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--instr-atstart=no",
            "--collect-atstart=no",
            f"--callgrind-out-file={out}",
            *argv,
        ],
        env=env,
        check=True,
        stderr=subprocess.DEVNULL,
    )


class _Phases:
    """Runs each wrapped call through `enter` with a ctypes callback of its own calling path:
    the callback's trampoline (an address of its own) is what callgrind counts the phase in."""

    def __init__(self, lib: ctypes.CDLL) -> None:
        self.lib = lib
        self.enter = lib.enter
        self.proto = ctypes.CFUNCTYPE(None)
        self.stack: list[tuple[str, ...]] = [()]
        self.paths: dict[tuple[str, ...], int] = {}
        self.callbacks: dict[int, tuple[object, list]] = {}
        self.calls: Counter[tuple[str, ...]] = Counter()
        self.on = False

    def run(self, name, fn, *a, **kw):  # type: ignore[no-untyped-def]
        parent = self.stack[-1]
        if not self.on or name in parent:
            return fn(*a, **kw)
        path = (*parent, name)
        idx = self.paths.get(path)
        if idx is None:
            if len(self.paths) >= MAX_PATHS:
                return fn(*a, **kw)
            idx = self.paths[path] = len(self.paths)
            pending: list = []

            def handler(pending=pending) -> None:  # type: ignore[no-untyped-def]
                fn_, a_, kw_, box = pending[-1]
                try:
                    box[0] = fn_(*a_, **kw_)
                except BaseException as e:  # carried back over the C frame
                    box[1] = e

            self.callbacks[idx] = (self.proto(handler), pending)
        self.calls[path] += 1
        callback, pending = self.callbacks[idx]
        box: list = [None, None]
        pending.append((fn, a, kw, box))
        self.stack.append(path)
        try:
            self.enter(callback)
        finally:
            self.stack.pop()
            pending.pop()
        if box[1] is not None:
            raise box[1]
        return box[0]

    def wrap(self, module: str, attr: str, name: str) -> None:
        fn = getattr(importlib.import_module(module), attr)

        def wrapped(*a, **kw):  # type: ignore[no-untyped-def]
            return self.run(name, fn, *a, **kw)

        for m in list(sys.modules.values()):
            ours = getattr(m, "__name__", "").startswith(("coach", "rules"))
            if ours and getattr(m, attr, None) is fn:
                setattr(m, attr, wrapped)


def measure(lib_path: str, drafts: int, seed: int, out: str) -> None:
    """Inside callgrind: warm up, then review the fresh drafts with every phase wrapped."""
    sys.path[:0] = [str(ROOT / "bench"), str(ROOT)]
    from bench_review import settle_after_warm_up
    from drafts import FlawedDrafts

    review_module = importlib.import_module("coach.review")
    import rules

    ph = _Phases(ctypes.CDLL(lib_path))
    for line in PHASES.strip().splitlines():
        module, attr, *name = line.split()
        ph.wrap(module, attr, name[0] if name else attr)
    run_item_rule = review_module._run_item_rule

    def item_rule(rule, item, draft, errors):  # type: ignore[no-untyped-def]
        return ph.run("rule:" + rule.id, run_item_rule, rule, item, draft, errors)

    review_module._run_item_rule = item_rule
    for rid, rule in rules.registry().items():
        if rule.target == "set":
            check = rule.check_set
            rule.check_set = lambda d, check=check, rid=rid: ph.run("set:" + rid, check, d)
    review = review_module.review
    settle_after_warm_up()
    texts: list[str] = []
    for lang in ("zh", "en"):
        gen = FlawedDrafts(lang, seed)
        for d in gen.take(30):
            review(d)
        texts += gen.take(drafts)

    def one(text: str) -> None:
        answer = ph.run("review", review, text)
        ph.run("json", answer.model_dump_json)

    def empty_phases() -> None:
        for _ in range(1000):
            ph.run("empty", int)

    ph.on = True
    ph.lib.cg_start()
    for t in texts:
        ph.run("TOP", one, t)
    ph.run("calibration", empty_phases)
    ph.lib.cg_stop()
    ph.on = False
    addresses = {i: ctypes.cast(cb, ctypes.c_void_p).value for i, (cb, _p) in ph.callbacks.items()}
    Path(out).write_text(
        json.dumps(
            {
                "reviews": len(texts),
                "paths": {"/".join(p): i for p, i in ph.paths.items()},
                "calls": {"/".join(p): n for p, n in ph.calls.items()},
                "addresses": addresses,
            }
        )
    )


def table(callgrind_out: Path, phases_json: Path, least: float) -> str:
    d = json.loads(phases_json.read_text())
    by_address = {a: int(i) for i, a in d["addresses"].items()}
    annotated = subprocess.run(
        ["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(callgrind_out)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    inclusive: dict[int, int] = {}
    for line in annotated.splitlines():
        m = re.match(r"\s*([\d,]+) .*:0x([0-9a-f]+) ", line)
        if m and int(m.group(2), 16) in by_address:
            inclusive[by_address[int(m.group(2), 16)]] = int(m.group(1).replace(",", ""))
    paths, calls, n = d["paths"], d["calls"], d["reviews"]
    inner = inclusive[paths["calibration/empty"]] / 1000
    outer = (inclusive[paths["calibration"]] - inclusive[paths["calibration/empty"]]) / 1000
    below: defaultdict[str, int] = defaultdict(int)
    for p, c in calls.items():
        parts = p.split("/")
        for k in range(1, len(parts)):
            below["/".join(parts[:k])] += c
    cost = {
        p: inclusive.get(i, 0) - calls[p] * inner - below[p] * (inner + outer)
        for p, i in paths.items()
    }
    children: defaultdict[str, list[str]] = defaultdict(list)
    for p in cost:
        if "/" in p:
            children[p.rsplit("/", 1)[0]].append(p)
    lines = [
        f"{n} reviews; wrapping cost taken off: {inner:.0f} + {outer:.0f} instructions a call",
        f"{'phase':<52} {'M a review':>10} {'self':>7} {'calls':>6}",
    ]

    def show(p: str, depth: int) -> None:
        kids = sorted(children[p], key=lambda q: -cost[q])
        own = cost[p] - sum(cost[q] for q in kids)
        if depth and cost[p] / n < least * 1e6:
            return
        label = "  " * depth + p.rsplit("/", 1)[-1]
        lines.append(
            f"{label:<52} {cost[p] / n / 1e6:10.3f} {own / n / 1e6:7.3f} {calls[p] / n:6.1f}"
        )
        for q in kids:
            show(q, depth + 1)

    show("TOP", 0)
    totals: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    for p, c in cost.items():
        totals[p.rsplit("/", 1)[-1]] += c
        counts[p.rsplit("/", 1)[-1]] += calls[p]
    lines.append("\nper phase name, wherever it is called from:")
    for name, c in totals.most_common():
        if c / n >= least * 1e6 and name not in ("TOP", "calibration", "empty"):
            lines.append(f"  {name:<50} {c / n / 1e6:10.3f} {counts[name] / n:6.1f}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--drafts", type=int, default=40, help="fresh drafts per language")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--min", type=float, default=0.05, help="least M a review a row shows")
    ap.add_argument("--measure", nargs=2, metavar=("LIB", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        measure(args.measure[0], args.drafts, args.seed, args.measure[1])
        return
    with tempfile.TemporaryDirectory(prefix="review-phases-") as tmp:
        folder = Path(tmp)
        lib = _library(folder)
        out, phases = folder / "callgrind.out", folder / "phases.json"
        env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT)}
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
                str(phases),
            ],
            env,
        )
        print(table(out, phases, args.min))


if __name__ == "__main__":
    main()

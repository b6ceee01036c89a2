"""Work a review does twice: calls repeated with the same arguments within one review (issue 13).

    python bench/review_repeats.py [--drafts 40] [--seed 7] [--top 30]

What one pass over an item shared by the parse, the annotations and the rules would save is
what is now done more than once on the same input. This counts it: the process warms up as
bench/bench_review.py does, then reviews `--drafts` fresh flawed drafts per language under a
profile hook that records every call of the project's own functions (coach/, rules/) with its
arguments — strings, numbers and tuples by value, any other object by identity (an item, a
draft) — and marks a call that repeats an earlier one of the same review. A generator is
counted when it starts, not at each resumption. Printed, per review: the calls of the readers
that cut, read or scan an item's text (the tokenizers, the time and quantity readers, the word
lists' search, the language test, the folding), how many of those repeat; then the functions
whose repeated calls hold the most work, where work is the calls (Python and C: a regex's
search is one) made beneath them — counts, not time, so they do not move with the machine's
load. A repeat may still be cheap (a memo's lookup): the work beneath it says.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "bench"), str(ROOT)]

OURS = (str(ROOT / "coach") + "/", str(ROOT / "rules") + "/")
READERS = (
    "tokenize",
    "_tokenize_zh",
    "_tokenize_en",
    "time_spans",
    "_time_spans",
    "find_timeframe",
    "read_quantities",
    "find_terms",
    "detect_language",
    "fold",
    "fold_case",
    "to_simplified",
    "lemma_en",
)
_VALUES = (str, int, float, bool, type(None), bytes)
_GENERATOR = 0x20 | 0x80 | 0x200  # CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR


def _key(frame: FrameType) -> tuple[object, ...]:
    """The call's arguments: values where they are plain, identities otherwise."""
    code = frame.f_code
    local = frame.f_locals
    n = code.co_argcount + code.co_kwonlyargcount
    out: list[object] = []
    for name in code.co_varnames[:n]:
        v = local.get(name)
        if isinstance(v, _VALUES) or (
            isinstance(v, tuple) and all(isinstance(x, _VALUES) for x in v)
        ):
            out.append(v)
        else:
            out.append(("id", id(v)))
    return tuple(out)


class Repeats:
    """The profile hook: calls, repeated calls and the work beneath those, per function."""

    def __init__(self, roots: tuple[str, ...] = OURS) -> None:
        self.roots = roots  # the folders whose functions are counted
        self.calls: Counter[tuple[str, int, str]] = Counter()
        self.repeats: Counter[tuple[str, int, str]] = Counter()
        self.work: Counter[tuple[str, int, str]] = Counter()  # beneath repeated calls
        self.all = 0  # every call (Python and C) of the reviews
        self.seen: set[tuple[object, ...]] = set()
        # generator frames already counted, with their name and whether they repeat (the frame
        # kept for the review: its id is not reused meanwhile)
        self.started: dict[int, tuple[FrameType, object, bool]] = {}
        # per open frame: [name or None, repeated, calls beneath]
        self.stack: list[list[Any]] = []

    def new_review(self) -> None:
        self.seen.clear()
        self.started.clear()
        self.stack.clear()

    def hook(self, frame: FrameType, event: str, arg: object) -> None:
        if event == "c_call":
            self.all += 1
            if self.stack:
                self.stack[-1][2] += 1
            return
        if event == "call":
            self.all += 1
            if self.stack:
                self.stack[-1][2] += 1
            code = frame.f_code
            name = None
            repeated = False
            resumed = self.started.get(id(frame)) if code.co_flags & _GENERATOR else None
            if resumed is not None:
                # a generator resumed: its work counts as its first call's
                _frame, name, repeated = resumed
            elif code.co_filename.startswith(self.roots) and not code.co_name.startswith("<"):
                name = (
                    code.co_filename.removeprefix(str(ROOT) + "/"),
                    code.co_firstlineno,
                    code.co_name,
                )
                self.calls[name] += 1
                key = (name, _key(frame))
                repeated = key in self.seen
                self.seen.add(key)
                if repeated:
                    self.repeats[name] += 1
                if code.co_flags & _GENERATOR:
                    self.started[id(frame)] = (frame, name, repeated)
            self.stack.append([name, repeated, 0])
        elif event == "return" and self.stack:
            name, repeated, beneath = self.stack.pop()
            if repeated:
                self.work[name] += beneath
            if self.stack:
                self.stack[-1][2] += beneath


def count(texts: list[str], roots: tuple[str, ...] = OURS) -> Repeats:
    """Review each text under the hook, each review's calls apart."""
    from coach.review import review

    rep = Repeats(roots)
    for t in texts:
        rep.new_review()
        sys.setprofile(rep.hook)
        try:
            review(t)
        finally:
            sys.setprofile(None)
    return rep


def measure(drafts: int, seed: int) -> tuple[Repeats, int]:
    """As review_count.py: warmed up, every shard of jieba's dictionary loaded, then `drafts`
    fresh flawed drafts per language after 30 of each not counted."""
    from bench_review import settle_after_warm_up
    from drafts import FlawedDrafts

    from coach import nlp
    from coach.review import review

    settle_after_warm_up()
    nlp.warm_up()
    cutter = nlp._state.get("cutter")
    if cutter is not None:
        cutter.cut("".join(cutter._left))  # every shard not loaded yet
    gens = {lang: FlawedDrafts(lang, seed) for lang in ("zh", "en")}
    counted: list[str] = []
    for gen in gens.values():
        list(map(review, gen.take(30)))
        counted.extend(gen.take(drafts))
    return count(counted), len(counted)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--drafts", type=int, default=40, help="fresh drafts per language")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    rep, n = measure(args.drafts, args.seed)
    print(f"{n} reviews; per review:")
    print(f"{'reader':<42} {'calls':>8} {'repeats':>8} {'work in repeats':>16}")
    for name in sorted(rep.calls, key=lambda k: -rep.calls[k]):
        if name[2] in READERS:
            label = f"{name[2]} ({name[0]}:{name[1]})"
            print(
                f"{label:<42} {rep.calls[name] / n:8.1f} {rep.repeats[name] / n:8.1f} "
                f"{rep.work[name] / n:16.1f}"
            )
    total = sum(rep.work.values())
    print(
        f"\nmost work in repeated calls (calls beneath them; all repeats: {total / n:.0f} a "
        f"review, of {rep.all / n:.0f} calls a review in all)"
    )
    for name, w in rep.work.most_common(args.top):
        label = f"{name[2]} ({name[0]}:{name[1]})"
        print(
            f"{label:<60} {rep.calls[name] / n:7.1f} calls {rep.repeats[name] / n:7.1f} "
            f"repeats {w / n:9.1f} beneath"
        )


if __name__ == "__main__":
    main()

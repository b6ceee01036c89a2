"""Is every review linear in its input? Adversarial drafts at N and 2N characters; not a test.

    python bench/bench_adversarial.py              # the table: N = 10,000 and 20,000 characters
    python bench/bench_adversarial.py --check      # quick (N = 2,000 and 4,000), generous
                                                   # limits; exit 1 on a violation (make test)
    python bench/bench_adversarial.py --fuzz 40    # also random mixes of the fragments (seeded)
    python bench/bench_adversarial.py --json

For each shape (a run of numbers, "从10%提升到20%", dates, brackets, Chinese numerals, owners,
"and"s, emoji, hedges, activities, many items, near-duplicate items …) it times the whole
in-process `coach.review()` — parse, facts, every rule, rewrites — at N and at 2N characters
and prints the ratio (target: <= 2.5, i.e. linear with noise) and the time at 2N. Times are
the process's CPU time, best of the runs, so that other work on a shared machine does not
count; the first review of each language is run before timing (jieba's dictionary, the word
lists). The configuration is the rules alone (`use_model=False, semantic=False`); `--model`
adds the classifier and the sentence encoder, whose cost per item is constant (an item's text
is read up to coach.classifier.EMBED_MAX_CHARS characters).

Targets: ratio <= 2.5; any input under the 20,000-character limit reviewed in <= 1 s. The
`--check` limits are generous (ratio <= 3.5, <= 1.5 s at 4,000 characters) so that a loaded
machine passes and a quadratic path does not; a shape over a limit is measured again (twice at
most, with more runs) before it counts, since one slowed run can double a ratio under load.

It also reviews single crafted inputs near the size limit (each must be answered within the
time limit), and runs every compiled regular expression held at module level in coach/ and
rules/ on long crafted strings (runs of one character, brackets, digits, CJK, separators): a
backtracking pattern takes seconds there, a linear one milliseconds.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import json
import os
import pkgutil
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.pop("OKR_COACH_STRICT", None)

RATIO_TARGET = 2.5
SECONDS_TARGET = 1.0
CHECK_RATIO = 3.5
CHECK_SECONDS = 1.5
PATTERN_CHECK_SECONDS = 0.25

KR = "O: grow\nKR1: "
ZH_KR = "目标：增长\n关键结果1："


def _repeat(unit: str, n: int, head: str = "") -> str:
    return head + unit * max(1, (n - len(head)) // len(unit))


def _near_duplicates(n: int) -> str:
    """Items that differ in one or two letters: each is compared with the ones before it."""
    lines = []
    size = len("O: grow\n")
    i = 0
    while True:
        line = f"- grow revenue among {chr(97 + i % 26)}{chr(97 + i // 26 % 26)} users\n"
        if size + len(line) > n:
            break
        lines.append(line)
        size += len(line)
        i += 1
    return "O: grow\n" + "".join(lines)


# name -> a draft of about n characters
SHAPES: dict[str, Callable[[int], str]] = {
    "numbers in a KR (issue 14)": lambda n: _repeat("1 ", n, KR),
    "从10%提升到20% (issue 14)": lambda n: _repeat("从10%提升到20%", n),
    "from 1 to 2 (issue 14)": lambda n: _repeat("from 1 to 2 ", n),
    "by 2026-01-01 (issue 14)": lambda n: _repeat("by 2026-01-01 ", n),
    "1.1 x lines (issue 14)": lambda n: _repeat("1.1 x\n", n),
    "many items (issue 14)": lambda n: _repeat("- a\n", n, "O: grow revenue\n"),
    "from-to in a KR": lambda n: _repeat("从10%提升到20%", n, ZH_KR),
    "brackets with numbers": lambda n: _repeat("（1）", n, KR),
    "open brackets": lambda n: _repeat("(", n, KR),
    "Chinese dates": lambda n: _repeat("9月1日前", n, ZH_KR),
    "English dates": lambda n: _repeat("Sep 1, ", n, KR),
    "Chinese numerals": lambda n: _repeat("三十个", n, ZH_KR),
    "owners": lambda n: _repeat("（负责人：张三）", n, KR),
    "ands": lambda n: _repeat("grow revenue 5% and ", n, KR),
    "Chinese joiners": lambda n: _repeat("增长5%，并", n, ZH_KR),
    "emoji": lambda n: _repeat("🚀1 ", n, KR),
    "placeholders": lambda n: _repeat("XX场", n, ZH_KR),
    "negative measures": lambda n: _repeat("降低错误率到5%", n, ZH_KR),
    "activities (zh)": lambda n: _repeat("拜访50家客户", n, ZH_KR),
    "activities (en)": lambda n: _repeat("Hold 4 webinars ", n, KR),
    "hedges": lambda n: _repeat("尽量", n, ZH_KR),
    "vague words": lambda n: _repeat("significantly better ", n, KR),
    "duplicate items": lambda n: _repeat("- grow revenue to 10 users\n", n, "O: grow\n"),
    "near-duplicate items": _near_duplicates,
    "money": lambda n: _repeat("$1M ", n, KR),
    "quantity words": lambda n: _repeat("all ", n, KR),
    "objective with numbers": lambda n: _repeat("销售额提升30%，", n, "目标："),
    "objective, numbers and words": lambda n: _repeat("销售额提升30%，好，", n, "目标："),
    "market forces": lambda n: _repeat("提升股价，", n, "目标："),
    "approvals": lambda n: _repeat("get the board to approve the budget, ", n, "Objective: "),
    "compound results": lambda n: _repeat("grow revenue 5% and cut churn to 3%; ", n, KR),
    "activity clauses": lambda n: _repeat("发布3篇文章，", n, ZH_KR),
    "blank run": lambda n: KR + "grow" + " " * (n - len(KR) - 10) + "1%",
}

# Single crafted inputs near the size limit (they were tests/test_input_errors.py's timed test):
# each must be answered — reviewed, or refused with a clear error — within the time limit.
CRAFTED = [
    "a" * 19_000,
    "1" * 19_000,
    "从" * 5000,
    "(" * 5000,
    "（" * 5000,
    "O: " + "从1" * 5000,
    "O: x\nKR1: " + "from 1 " * 2500,
    "O: x\nKR1: " + "1,000," * 3000,
    "O: x\nKR1: " + "负责人：" * 4000,
    "O: x\nKR1: " + "@" * 18_000,
    "O: x\nKR1: " + "by " * 6000,
    "O: x\nKR1: " + " " * 18_000 + "1",
    "O: x\nKR1: " + "百分之" * 5000,
    "O: x\nKR1: " + "x" * 18_000 + "%",
    "\n".join(["- a"] * 5000),
    "\n".join(f"{'  ' * (i % 40)}- item {i}" for i in range(1500)),
    "O: x\n" + "\n".join(["KR: 0.5"] * 3000),
    "# " + "#" * 10_000,
    "**" * 9000,
    "目标" * 9000,
]


# Fragments for random mixes (--fuzz).
FRAGMENTS = [
    "1 ", "从10%提升到20%", "from 1 to 2 ", "by 2026-01-01 ", "1.1 x\n", "- a\n", "（1）", "(",
    "9月1日前", "三十个", "（负责人：张三）", " and ", "，并", "🚀", "XX场", "降低错误率到5%",
    "拜访50家客户", "Hold 4 webinars ", "尽量", "all ", "$1M ", "KR2: ", "\nO: grow ", "@bob ",
    "Q3 ", "本季度", "[N]", "一个", "翻番", "double ", "SOC 2 ", "v2 ", "24/7 ", "每两周", "，",
]  # fmt: skip


def _config(model: bool):  # type: ignore[no-untyped-def]
    from coach.config import Config

    return Config() if model else Config(use_model=False, semantic=False)


def cpu_time(text: str, config, runs: int) -> float:  # type: ignore[no-untyped-def]
    """Best CPU time of `runs` reviews of `text` (an input error counts: it is an answer)."""
    from coach import review
    from coach.errors import InputError

    best = float("inf")
    for _ in range(runs):
        gc.collect()
        gc.disable()  # a collection triggered by earlier garbage is not this review's cost
        try:
            t0 = time.process_time()
            with contextlib.suppress(InputError):
                review(text, config=config)
            best = min(best, time.process_time() - t0)
        finally:
            gc.enable()
    return best


def warm_up(config) -> None:  # type: ignore[no-untyped-def]
    from coach import review

    review("目标：本季度让客户满意\n关键结果1：NPS从30提升到45", config=config)
    review("Objective: Delight customers\nKR1: Raise NPS from 30 to 45", config=config)
    gc.collect()
    gc.freeze()  # the dictionaries and word lists stay: later collections need not walk them


def measure_shape(name: str, n: int, runs: int, config) -> dict[str, object]:  # type: ignore[no-untyped-def]
    make = SHAPES[name]
    small, large = make(n), make(2 * n)
    t1 = cpu_time(small, config, runs)
    t2 = cpu_time(large, config, runs)
    return {
        "shape": name,
        "chars": [len(small), len(large)],
        "seconds": [round(t1, 4), round(t2, 4)],
        "ratio": round(t2 / t1, 2) if t1 > 0 else None,
    }


def run_shapes(n: int, runs: int, config) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    return [measure_shape(name, n, runs, config) for name in SHAPES]


def confirmed(
    rows: list[dict[str, object]], n: int, runs: int, config, ratio: float, seconds: float
) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    """The rows with each violating shape measured again (twice at most, more runs each):
    a loaded machine can slow one run of the pair, growth that is really there shows again."""
    out = []
    for row in rows:
        for _ in range(2):
            if row["shape"] not in SHAPES or not violations([row], ratio, seconds):
                break
            row = measure_shape(str(row["shape"]), n, runs + 2, config)
        out.append(row)
    return out


def run_crafted(config) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    return [
        {
            "input": repr(text[:16]) + "…",
            "chars": len(text),
            "seconds": round(cpu_time(text, config, 1), 4),
        }
        for text in CRAFTED
    ]


def fuzz(count: int, n: int, config, seed: int = 14) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    """Random mixes of the fragments, each as a key result of about n and 2n characters."""
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        mix = rng.sample(FRAGMENTS, k=rng.randint(2, 5))
        unit = "".join(mix)
        head = rng.choice([KR, ZH_KR, "", "O: grow\n- "])
        t1 = cpu_time(_repeat(unit, n, head), config, 1)
        t2 = cpu_time(_repeat(unit, 2 * n, head), config, 1)
        rows.append(
            {
                "shape": f"fuzz {i}: {head!r}+{unit!r}",
                "chars": [n, 2 * n],
                "seconds": [round(t1, 4), round(t2, 4)],
                "ratio": round(t2 / t1, 2) if t1 > 0 else None,
            }
        )
    return rows


# -- the module-level regular expressions -------------------------------------------------------

PATTERN_INPUT_CHARS = 20_000


def _adversarial_strings(n: int) -> list[str]:
    return [
        "a" * n, "1" * n, "1." * (n // 2), "1," * (n // 2), " " * n + "!", "从" * n,
        "提升" * (n // 2) + "到", "(" * n, "（" * n, "@" * n, "负责人：" + "张" * n,
        "owner: " + "a " * (n // 2), "KR" * (n // 2), "by end of " * (n // 10), "Q3 " * (n // 3),
        "0.5 " * (n // 4), "20%" * (n // 3), "a1" * (n // 2) + "%", "\t \u3000" * (n // 3),
    ]  # fmt: skip


def module_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every compiled pattern held at module level in coach.* and rules.* (also in lists)."""
    import coach
    import rules

    found: list[tuple[str, re.Pattern[str]]] = []
    for pkg in (coach, rules):
        for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
            try:
                mod = importlib.import_module(info.name)
            except ImportError:
                continue
            for name, value in vars(mod).items():
                values = value if isinstance(value, list | tuple) else [value]
                for i, v in enumerate(values):
                    pat = v[1] if isinstance(v, tuple) and len(v) == 2 else v
                    if isinstance(pat, re.Pattern) and isinstance(pat.pattern, str):
                        label = name if values is not value else f"{name}[{i}]"
                        found.append((f"{info.name}.{label}", pat))
    return found


def _pattern_worst(pattern: re.Pattern[str], texts: list[str], n: int) -> tuple[float, str]:
    """The slowest of the adversarial strings for one pattern: (CPU seconds, its first 12)."""
    worst, worst_text = 0.0, ""
    for text in texts:
        t0 = time.process_time()
        pattern.search(text)
        for _ in pattern.finditer(text[: n // 5]):
            pass
        pattern.match(text)
        took = time.process_time() - t0
        if took > worst:
            worst, worst_text = took, text[:12]
    return worst, worst_text


def run_patterns(n: int, limit: float | None = None) -> list[dict[str, object]]:
    """Each module-level pattern's worst time; one over `limit` is measured twice more and
    keeps its fastest run (a loaded machine can slow one run, backtracking shows every time)."""
    texts = _adversarial_strings(n)
    rows = []
    for name, pattern in module_patterns():
        worst, worst_text = _pattern_worst(pattern, texts, n)
        for _ in range(2):
            if limit is None or worst <= limit:
                break
            again, again_text = _pattern_worst(pattern, texts, n)
            if again < worst:
                worst, worst_text = again, again_text
        rows.append({"pattern": name, "seconds": round(worst, 4), "on": worst_text})
    return rows


# -- report ---------------------------------------------------------------------------------------


def violations(rows: list[dict[str, object]], ratio: float, seconds: float) -> list[str]:
    out = []
    for r in rows:
        t1, t2 = r["seconds"]  # type: ignore[misc]
        # A ratio only means something once the work is measurable (tens of milliseconds).
        if r["ratio"] is not None and t2 >= 0.08 and r["ratio"] > ratio:  # type: ignore[operator]
            out.append(f"{r['shape']}: {t1:.3f}s -> {t2:.3f}s, ratio {r['ratio']} > {ratio}")
        if t2 > seconds:
            out.append(f"{r['shape']}: {t2:.3f}s at {r['chars'][1]} characters > {seconds}s")  # type: ignore[index]
    return out


def print_table(rows: list[dict[str, object]]) -> None:
    print(f"{'shape':44s} {'N':>6s} {'t(N)':>8s} {'t(2N)':>8s} {'ratio':>6s}")
    for r in rows:
        (c1, _c2), (t1, t2) = r["chars"], r["seconds"]  # type: ignore[misc]
        print(f"{str(r['shape'])[:44]:44s} {c1:6d} {t1:8.3f} {t2:8.3f} {r['ratio']!s:>6s}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="quick, with generous limits; exit 1")
    ap.add_argument("--n", type=int, default=None, help="characters of the smaller input")
    ap.add_argument("--runs", type=int, default=None, help="best of this many runs")
    ap.add_argument("--fuzz", type=int, default=0, help="also this many random mixes")
    ap.add_argument("--model", action="store_true", help="with the classifier and the encoder")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    n = args.n or (2000 if args.check else 10_000)
    runs = args.runs or (2 if args.check else 3)
    config = _config(args.model)
    warm_up(config)
    t0 = time.perf_counter()
    rows = run_shapes(n, runs, config)
    if args.fuzz:
        rows += fuzz(args.fuzz, n, config)
    crafted = run_crafted(config)
    pattern_n = 5000 if args.check else PATTERN_INPUT_CHARS
    limit = PATTERN_CHECK_SECONDS if args.check else PATTERN_CHECK_SECONDS * 4
    patterns = run_patterns(pattern_n, limit)
    ratio, seconds = (CHECK_RATIO, CHECK_SECONDS) if args.check else (RATIO_TARGET, SECONDS_TARGET)
    rows = confirmed(rows, n, runs, config, ratio, seconds)
    bad = violations(rows, ratio, seconds)
    bad += [
        f"crafted input {c['input']}: {c['seconds']}s > {seconds}s"
        for c in crafted
        if c["seconds"] > seconds  # type: ignore[operator]
    ]
    bad += [
        f"pattern {p['pattern']}: {p['seconds']}s on {p['on']!r}… ({pattern_n} characters)"
        for p in patterns
        if p["seconds"] > limit  # type: ignore[operator]
    ]
    if args.json:
        out = {"shapes": rows, "crafted": crafted, "patterns": patterns, "violations": bad}
        print(json.dumps(out, indent=2))
    else:
        print_table(rows)
        worst = max(crafted, key=lambda c: c["seconds"])  # type: ignore[arg-type,return-value]
        print(
            f"{len(crafted)} crafted inputs near the size limit: slowest {worst['input']} "
            f"{worst['seconds']}s"
        )
        slowest = max(patterns, key=lambda p: p["seconds"])  # type: ignore[arg-type,return-value]
        print(
            f"{len(patterns)} module-level patterns on {pattern_n}-character adversarial strings: "
            f"slowest {slowest['pattern']} {slowest['seconds']}s"
        )
        target = "check limits" if args.check else "targets"
        print(f"{target}: ratio <= {ratio}, <= {seconds}s at 2N; patterns <= {limit}s")
        print(f"{len(bad)} violation(s) ({time.perf_counter() - t0:.1f}s)")
        for line in bad:
            print("  " + line)
    return 1 if (args.check and bad) else 0


if __name__ == "__main__":
    raise SystemExit(main())

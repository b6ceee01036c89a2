"""How fast is a review? Prints latency percentiles and throughput; not a test.

    python bench/bench_review.py [--runs N] [--json]

For a one-objective, four-KR draft in each language it measures, after a warm-up (which pays
for loading jieba's dictionary and the word lists once):
  - parse:  parsing and annotating the text (`coach.review.parse`);
  - rules:  the rule pass alone on an already parsed draft (target: p50 <= 2 ms);
  - review: the whole `coach.review()` call with the default configuration (and so the
            default model, when there is one), as the CLI and the API make it;
  - review, fresh text: the same with the tokenizer caches emptied before each run, as for a
            draft the process has never seen (target: p50 <= 5 ms);
  - tokenise only: the baseline — jieba for Chinese, a blank spaCy pipeline for English (the
            coach's own regex tokenizer where spaCy is absent), plus the model's embedding of
            the same text when bench/bench_model.py offers `embed_only(text, lang)`.
The ratio fresh review p50 / baseline p50 says what the coach costs over merely reading the
text (target: <= 3x). Then items per second over the example drafts in examples/.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RULES_P50_TARGET_MS = 2.0
REVIEW_P50_TARGET_MS = 5.0
RATIO_TARGET = 3.0

DRAFTS = {
    "zh": (
        "目标：第三季度让新用户在第一周就离不开我们的产品（负责人：李娜）\n"
        "关键结果1：新用户 7 日留存率从 35% 提升到 50%\n"
        "关键结果2：新用户首周完成核心操作的比例达到 60%\n"
        "关键结果3：新手引导完成率从 40% 提升到 75%（负责人：王磊）\n"
        "关键结果4：首周客服咨询量下降 30%\n"
    ),
    "en": (
        "Objective: Make new users love the product in their first week this quarter "
        "(owner: Priya)\n"
        "KR1: Raise 7-day retention of new users from 35% to 50%\n"
        "KR2: 60% of new users complete a core action in their first week\n"
        "KR3: Onboarding completion rate goes from 40% to 75% (owner: Sam)\n"
        "KR4: Cut first-week support tickets by 30%\n"
    ),
}


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _time(fn: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def _figures(ms: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(statistics.median(ms), 3),
        "p90_ms": round(_percentile(ms, 0.9), 3),
    }


def _clear_token_caches() -> None:
    from coach import nlp

    nlp._tokenize_zh.cache_clear()
    nlp._tokenize_en.cache_clear()


def baseline_fn(lang: str) -> tuple[str, Callable[[str], object]]:
    """(description, function) that only tokenises `text` (and embeds it, when the model's
    benchmark says how)."""
    if lang == "zh":
        import jieba

        from coach.nlp import warm_up

        warm_up()  # jieba's dictionary, loaded once as the coach does
        name, tok = "jieba.lcut", jieba.lcut
    else:
        try:
            import spacy

            nlp = spacy.blank("en")
            name, tok = "spacy.blank('en')", nlp
        except ImportError:
            from coach.nlp import _tokenize_en

            name, tok = "coach regex tokenizer", _tokenize_en.__wrapped__
    embed = _model_embed()
    if embed is None:
        return name, tok

    def both(text: str) -> None:
        tok(text)
        embed(text, lang)

    return f"{name} + model embedding", both


def _model_embed() -> Callable[[str, str], object] | None:
    """bench/bench_model.py's `embed_only(text, lang)`, when the model benchmark defines it."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    try:
        import bench_model  # type: ignore[import-not-found]
    except ImportError:
        return None
    return getattr(bench_model, "embed_only", None)


def measure_fresh(text: str, lang: str, runs: int) -> dict[str, dict[str, float] | str | float]:
    """A review of a text the process has not seen, against only tokenising it."""
    from coach.review import review

    name, base = baseline_fn(lang)
    base(text)  # warm-up of the baseline itself
    review(text)
    fresh = []
    for _ in range(runs):
        _clear_token_caches()
        t0 = time.perf_counter()
        review(text)
        fresh.append((time.perf_counter() - t0) * 1000)
    base_ms = _time(lambda: base(text), runs)
    own = []
    for _ in range(runs):
        _clear_token_caches()
        from coach.nlp import tokenize

        t0 = time.perf_counter()
        tokenize(text, lang)
        own.append((time.perf_counter() - t0) * 1000)
    fig = _figures(fresh)
    bfig = _figures(base_ms)
    return {
        "review_fresh": fig,
        "baseline": bfig,
        "baseline_name": name,
        "coach_tokenizer": _figures(own),
        "ratio": round(fig["p50_ms"] / bfig["p50_ms"], 2) if bfig["p50_ms"] else 0.0,
    }


def measure_latency(text: str, runs: int) -> dict[str, dict[str, float]]:
    import rules as rule_registry
    from coach.config import Config
    from coach.review import parse, review, run_rules

    config = Config(use_model=False)
    active = list(rule_registry.registry().values())
    review(text)  # warm-up: jieba, word lists, any model
    parse_ms = _time(lambda: parse(text, config), runs)
    # The rule pass on a fresh draft each run: items cache their tokens, and a draft that has
    # been through the rules once would make the second pass look cheaper than it is.
    rule_ms = []
    for _ in range(runs):
        draft = parse(text, config)
        t0 = time.perf_counter()
        run_rules(draft, active, config)
        rule_ms.append((time.perf_counter() - t0) * 1000)
    review_ms = _time(lambda: review(text), runs)
    return {"parse": _figures(parse_ms), "rules": _figures(rule_ms), "review": _figures(review_ms)}


def example_drafts() -> dict[str, str]:
    files = sorted(
        p for p in (ROOT / "examples").glob("*") if p.suffix in (".txt", ".md") and p.is_file()
    )
    if files:
        return {p.name: p.read_text(encoding="utf-8-sig") for p in files}
    return {f"built-in ({lang})": text for lang, text in DRAFTS.items()}


def measure_throughput(drafts: dict[str, str], rounds: int) -> dict[str, float]:
    from coach.errors import InputError
    from coach.review import review

    usable: list[tuple[str, int]] = []
    for text in drafts.values():
        try:
            r = review(text)  # also the warm-up
        except InputError:
            continue
        usable.append((text, sum(1 + len(o.key_results) for o in r.objectives)))
    items = sum(n for _, n in usable) * rounds
    t0 = time.perf_counter()
    for _ in range(rounds):
        for text, _ in usable:
            review(text)
    seconds = time.perf_counter() - t0
    return {
        "drafts": len(usable),
        "items": items,
        "seconds": round(seconds, 4),
        "items_per_s": round(items / seconds, 1) if seconds else 0.0,
    }


def rows(latency: dict, fresh: dict, throughput: dict) -> list[dict[str, object]]:
    """Figure / target / measured / met rows for bench/RESULTS.md."""
    out: list[dict[str, object]] = []
    for lang in latency:
        p50 = fresh[lang]["review_fresh"]["p50_ms"]
        out.append(
            {
                "figure": f"review p50, 1 O + 4 KRs, {lang}, fresh text (default config)",
                "target": f"<= {REVIEW_P50_TARGET_MS} ms",
                "measured": f"{p50:.2f} ms (same text again: {latency[lang]['review']['p50_ms']:.2f} ms)",
                "met": p50 <= REVIEW_P50_TARGET_MS,
            }
        )
        ratio = fresh[lang]["ratio"]
        out.append(
            {
                "figure": f"review / tokenise-only ({fresh[lang]['baseline_name']}), {lang}",
                "target": f"<= {RATIO_TARGET}x",
                "measured": f"{ratio:.1f}x (baseline p50 {fresh[lang]['baseline']['p50_ms']:.3f} ms)",
                "met": ratio <= RATIO_TARGET,
            }
        )
        out.append(
            {
                "figure": f"rule pass alone p50, {lang}",
                "target": f"<= {RULES_P50_TARGET_MS} ms",
                "measured": f"{latency[lang]['rules']['p50_ms']:.2f} ms",
                "met": latency[lang]["rules"]["p50_ms"] <= RULES_P50_TARGET_MS,
            }
        )
    out.append(
        {
            "figure": "in-process review throughput, examples/ (1 core)",
            "target": "(information)",
            "measured": f"{throughput['items_per_s']:.0f} items/s",
            "met": None,
        }
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=200, help="timed runs per measurement")
    parser.add_argument("--rounds", type=int, default=20, help="passes over the example drafts")
    parser.add_argument("--json", action="store_true", help="print machine-readable figures")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    import coach.review  # noqa: F401  (import cost, reported separately)

    import_ms = (time.perf_counter() - t0) * 1000
    latency = {lang: measure_latency(text, args.runs) for lang, text in DRAFTS.items()}
    fresh = {lang: measure_fresh(text, lang, args.runs) for lang, text in DRAFTS.items()}
    drafts = example_drafts()
    throughput = measure_throughput(drafts, args.rounds)
    result = {
        "import_ms": round(import_ms, 1),
        "latency": latency,
        "throughput": throughput,
        "rules_p50_target_ms": RULES_P50_TARGET_MS,
        "rules_p50_within_target": all(
            v["rules"]["p50_ms"] <= RULES_P50_TARGET_MS for v in latency.values()
        ),
        "fresh": fresh,
        "rows": rows(latency, fresh, throughput),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"import coach.review: {import_ms:.1f} ms")
    print(f"latency, 1 objective + 4 KRs, {args.runs} runs after a warm-up:")
    for lang, parts in latency.items():
        for stage, fig in parts.items():
            print(f"  {lang}  {stage:<7} p50 {fig['p50_ms']:7.3f} ms   p90 {fig['p90_ms']:7.3f} ms")
    for lang, f in fresh.items():
        print(
            f"  {lang}  review of fresh text p50 {f['review_fresh']['p50_ms']:.3f} ms; "
            f"tokenise only ({f['baseline_name']}) p50 {f['baseline']['p50_ms']:.3f} ms; "
            f"ratio {f['ratio']:.1f}x (coach tokenizer alone p50 "
            f"{f['coach_tokenizer']['p50_ms']:.3f} ms)"
        )
    verdict = "within" if result["rules_p50_within_target"] else "OVER"
    print(f"rules alone: p50 target {RULES_P50_TARGET_MS} ms — {verdict} target")
    print(
        f"throughput over {throughput['drafts']} draft(s) x {args.rounds} rounds: "
        f"{throughput['items']} items in {throughput['seconds']:.2f} s = "
        f"{throughput['items_per_s']:.0f} items/s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

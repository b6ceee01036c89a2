"""Score the review's per-principle verdicts on the realistic draft corpus (issue 8).

    python -m models.evaluate_drafts                      # the default review, every split
    python -m models.evaluate_drafts --split test --json out.json
    python -m models.evaluate_drafts --system baseline    # the regular-expression baseline
    python -m models.evaluate_drafts --code-root DIR      # another checkout's coach (a release)
    python -m models.evaluate_drafts --misses --split train   # list wrong verdicts to study

Each labelled draft (models/data/drafts/) is reviewed whole, as a user would paste it, with
the default configuration. Each labelled item is matched to the parsed item whose span overlaps
it most; an item that does not parse as its own kind counts as a parse miss, and every
principle of it is predicted "pass" (so a parse miss costs recall, never precision).

A principle's verdict is read from the item's checklist (`checks[]`: status "fail"); the
positive class is "the principle is violated". Labels marked unknown are left out. The
principles scored (issue 8's "Done when"):

    quantified     kr-not-quantified
    result         kr-is-task or kr-activity-count (a task, milestone or count of efforts)
    negative       kr-negative-phrasing
    owner          kr-no-owner
    deadline       kr-no-deadline
    metric-obj     objective-is-metric
    inspiring      objective-not-inspiring
and, reported beside them, vague (kr-vague-wording), objective-vague, timeframe
(objective-no-timeframe), controllable, compound, business-as-usual, baseline, misaligned.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models import drafts as corpus

# principle name → (item kind, the rule ids whose failure makes the item positive)
PRINCIPLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "quantified": ("kr", ("kr-not-quantified",)),
    "result": ("kr", ("kr-is-task", "kr-activity-count")),
    "negative": ("kr", ("kr-negative-phrasing",)),
    "owner": ("kr", ("kr-no-owner",)),
    "deadline": ("kr", ("kr-no-deadline",)),
    "metric-obj": ("objective", ("objective-is-metric",)),
    "inspiring": ("objective", ("objective-not-inspiring",)),
    "vague": ("kr", ("kr-vague-wording",)),
    "objective-vague": ("objective", ("objective-vague",)),
    "timeframe": ("objective", ("objective-no-timeframe",)),
    "controllable": ("objective", ("objective-not-controllable",)),
    "compound": ("kr", ("kr-compound",)),
    "bau": ("kr", ("kr-business-as-usual",)),
    "baseline": ("kr", ("kr-no-baseline",)),
    "misaligned": ("kr", ("kr-misaligned",)),
}
HEADLINE = ("quantified", "result", "negative", "owner", "deadline", "metric-obj", "inspiring")

# Verdicts for one labelled item: rule id → "fail" / "pass" / "unknown"; None = parse miss.
Verdicts = dict[str, str] | None
Predictor = Callable[[corpus.LabelledDraft], list[Verdicts]]


def label(item: corpus.LabelledItem, principle: str) -> bool | None:
    """True when the item violates the principle, None when a label is unknown."""
    kind, ids = PRINCIPLES[principle]
    if item.kind != kind:
        return None
    verdicts = [item.verdict(r) for r in ids]
    if "fail" in verdicts:
        return True
    if "unknown" in verdicts:
        return None
    return False


def predicted(verdicts: Verdicts, principle: str) -> bool:
    if verdicts is None:
        return False
    return any(verdicts.get(r) == "fail" for r in PRINCIPLES[principle][1])


# -- the review -----------------------------------------------------------------------------


def match_review(d: corpus.LabelledDraft, rv: Any) -> list[Verdicts]:
    """Each labelled item's checklist verdicts from the review, by span overlap and kind."""
    parsed: list[tuple[str, int, int, dict[str, str]]] = []
    for o in rv.objectives:
        parsed.append(
            ("objective", o.span.start, o.span.end, {c.rule_id: c.status for c in o.checks})
        )
        for k in o.key_results:
            parsed.append(("kr", k.span.start, k.span.end, {c.rule_id: c.status for c in k.checks}))
    out: list[Verdicts] = []
    for it in d.items:
        best, best_overlap = None, 0
        for kind, s, e, checks in parsed:
            overlap = min(e, it.end) - max(s, it.start)
            if overlap > best_overlap:
                best, best_overlap = (kind, checks), overlap
        if best is None or best[0] != it.kind:
            out.append(None)
        else:
            out.append(best[1])
    return out


def review_predictor(options: dict[str, Any] | None = None) -> Predictor:
    from coach import review
    from coach.config import Config
    from coach.errors import InputError

    config = Config(**(options or {}))

    def predict(d: corpus.LabelledDraft) -> list[Verdicts]:
        try:
            rv = review(d.text, config=config)
        except InputError:
            return [None] * len(d.items)  # the draft was refused: every item is a parse miss
        return match_review(d, rv)

    return predict


# -- a regular-expression baseline (what twenty lines of patterns get) ----------------------

_B = {
    "number": re.compile(
        r"\d|百分之|[一二三四五六七八九十两]+[个名家次倍%]|double|triple|half", re.I
    ),
    "task": re.compile(
        r"^(?:launch|ship|hire|build|create|write|complete|finish|migrate|implement|deploy|"
        r"release|design|define|research|organi[sz]e|run|hold|host|send|上线|完成|发布|招聘|"
        r"建立|搭建|编写|制定|组织|开展|举办|推出|实施|召开)",
        re.I,
    ),
    "negative": re.compile(
        r"reduce|decrease|eliminate|cut|fewer|less|no |zero|降低|减少|下降|杜绝|零|避免", re.I
    ),
    "owner": re.compile(r"owner|负责|@\w|（[\u4e00-\u9fff]{2,3}）", re.I),
    "deadline": re.compile(r"q[1-4]|quarter|by |before|20\d\d|季度|月底|年底|\d+月|前", re.I),
    "inspiring": re.compile(r"best|most|world|leader|first|win|最|一流|第一|卓越|标杆|首选", re.I),
}


def baseline_predictor(d: corpus.LabelledDraft) -> list[Verdicts]:
    title_deadline = bool(_B["deadline"].search(d.text.split("\n", 1)[0]))
    out: list[Verdicts] = []
    obj_text = ""
    for it in d.items:
        t = it.text
        v: dict[str, str] = {}

        def put(rid: str, fail: bool, v: dict[str, str] = v) -> None:
            v[rid] = "fail" if fail else "pass"

        if it.kind == "objective":
            obj_text = t
            put("objective-is-metric", bool(re.search(r"\d|%", t)))
            put("objective-not-inspiring", not _B["inspiring"].search(t))
            put("objective-no-timeframe", not (title_deadline or _B["deadline"].search(t)))
        else:
            put("kr-not-quantified", not _B["number"].search(t))
            put("kr-is-task", bool(_B["task"].search(t.strip())))
            put("kr-negative-phrasing", bool(_B["negative"].search(t)))
            put("kr-no-owner", not (_B["owner"].search(t) or _B["owner"].search(obj_text)))
            has_deadline = _B["deadline"].search(t) or _B["deadline"].search(obj_text)
            put("kr-no-deadline", not (title_deadline or has_deadline))
        out.append(v)
    return out


# -- scoring --------------------------------------------------------------------------------


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, y: bool, p: bool) -> None:
        if y and p:
            self.tp += 1
        elif p:
            self.fp += 1
        elif y:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "positives": self.tp + self.fn,
            "n": self.tp + self.fp + self.fn + self.tn,
        }


def evaluate(
    predict: Predictor,
    split: str | None = None,
    lang: str | None = None,
    root: Path = corpus.DRAFTS,
) -> dict[str, Any]:
    """Per principle and language: P/R/F1; plus parse accuracy and the time per draft."""
    ds = corpus.drafts(split=split, lang=lang, root=root)
    counts: dict[tuple[str, str], Counts] = {}
    parsed = total = 0
    misses: list[dict[str, Any]] = []
    t0 = time.perf_counter()
    for d in ds:
        verdicts = predict(d)
        for it, v in zip(d.items, verdicts, strict=True):
            total += 1
            parsed += v is not None
            for principle in PRINCIPLES:
                y = label(it, principle)
                if y is None:
                    continue
                p = predicted(v, principle)
                for key in ((principle, d.lang), (principle, "all")):
                    counts.setdefault(key, Counts()).add(y, p)
                if y != p:
                    misses.append(
                        {
                            "principle": principle,
                            "draft": d.id,
                            "lang": d.lang,
                            "kind": it.kind,
                            "text": it.text,
                            "label": y,
                            "parsed": v is not None,
                            "note": it.note,
                        }
                    )
    elapsed = time.perf_counter() - t0
    table = {f"{p}/{lg}": c.row() for (p, lg), c in sorted(counts.items())}
    headline = [table[f"{p}/all"]["f1"] for p in HEADLINE if f"{p}/all" in table]
    by_lang = {
        lg: [table[f"{p}/{lg}"]["f1"] for p in HEADLINE if f"{p}/{lg}" in table]
        for lg in ("en", "zh")
    }
    return {
        "split": split or "all",
        "drafts": len(ds),
        "items": total,
        "parse_accuracy": round(parsed / total, 4) if total else 1.0,
        "macro_f1": round(sum(headline) / len(headline), 3) if headline else None,
        "macro_f1_by_lang": {
            lg: round(sum(v) / len(v), 3) if v else None for lg, v in by_lang.items()
        },
        "ms_per_draft": round(1000 * elapsed / max(1, len(ds)), 2),
        "table": table,
        "misses": misses,
    }


def markdown(results: dict[str, Any], principles: tuple[str, ...] = tuple(PRINCIPLES)) -> str:
    lines = [
        f"split {results['split']}: {results['drafts']} drafts, {results['items']} items, "
        f"parse accuracy {results['parse_accuracy']:.1%}, macro-F1 (headline) "
        f"{results['macro_f1']} (en {results['macro_f1_by_lang']['en']}, "
        f"zh {results['macro_f1_by_lang']['zh']})",
        "",
        "| principle | en P/R/F1 (pos) | zh P/R/F1 (pos) |",
        "|---|---|---|",
    ]
    t = results["table"]
    for p in principles:
        cells = []
        for lg in ("en", "zh"):
            r = t.get(f"{p}/{lg}")
            cells.append(
                f"{r['precision']:.2f}/{r['recall']:.2f}/**{r['f1']:.2f}** ({r['positives']})"
                if r
                else "—"
            )
        lines.append(f"| {p} | {' | '.join(cells)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m models.evaluate_drafts")
    ap.add_argument("--split", choices=[*corpus.SPLITS, "all"], default="all")
    ap.add_argument("--lang", choices=["en", "zh"])
    ap.add_argument("--system", choices=["review", "baseline"], default="review")
    ap.add_argument(
        "--root", type=Path, default=corpus.DRAFTS, help="another corpus in the same format"
    )
    ap.add_argument("--code-root", type=Path, help="review with the coach of another checkout")
    ap.add_argument("--no-model", action="store_true", help="the rules alone (use_model=false)")
    ap.add_argument(
        "--semantic-alignment",
        action="store_true",
        help="with the alignment rules turned on (kr-misaligned, set-unaligned-child: off by default)",
    )
    ap.add_argument("--json", type=Path, help="write the results here")
    ap.add_argument("--misses", action="store_true", help="print the wrong verdicts")
    ap.add_argument("--principle", help="with --misses: only this principle")
    args = ap.parse_args(argv)
    split = None if args.split == "all" else args.split
    if args.misses and split in (None, "test") and args.root == corpus.DRAFTS:
        ap.error("--misses lists texts: use it on train or val, never on the test split")
    if args.code_root is not None:
        sys.path.insert(0, str(args.code_root.resolve()))
    if args.system == "baseline":
        predict: Predictor = baseline_predictor
    else:
        options: dict[str, Any] = {"use_model": False} if args.no_model else {}
        if args.semantic_alignment:
            options["semantic_alignment"] = True
        predict = review_predictor(options or None)
    results = evaluate(predict, split, args.lang, root=args.root)
    print(markdown(results))
    if args.misses:
        for m in results["misses"]:
            if args.principle and m["principle"] != args.principle:
                continue
            want = "FAIL" if m["label"] else "pass"
            parsed = "" if m["parsed"] else " [not parsed]"
            note = f"  # {m['note']}" if m["note"] else ""
            print(f"{m['principle']:12} want {want} {m['lang']} {m['text']!r}{parsed}{note}")
    if args.json:
        results = {k: v for k, v in results.items() if k != "misses" or split != "test"}
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

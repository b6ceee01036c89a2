"""Review outputs to compare two versions of the coach: not a benchmark, a before/after check.

    python bench/review_outputs.py dump OUT.jsonl        # review every input, one JSON per line
    python bench/review_outputs.py compare A.jsonl B.jsonl [--show N --splits train,val]

Inputs: the drafts of examples/, every draft of the draft corpus (models/data/drafts), every
corpus item (all splits) and curated library example, each in its kind's default context
(rule_api.DEFAULT_CONTEXT), and BENCH_DRAFTS fresh flawed drafts per language of the review
benchmark's generator (bench/drafts.py, a fixed seed), reviewed with the default configuration (similar examples on, as
the CLI). Run `dump` with each version on PYTHONPATH (e.g. an exported copy of the commit
before a change) and `compare` the two files: `identical` counts reviews whose JSON differs;
the rest says, over the items with a finding, how often the examples shown and the rewrites
(which name the metric a task serves) are the same. `--show` prints changed cases of the
splits given (never the test split's texts).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH_DRAFTS = 300
BENCH_SEED = 6013


def inputs() -> list[tuple[str, str, str]]:
    """(id, split, text to review)."""
    from coach.rule_api import DEFAULT_CONTEXT
    from models import corpus, library

    out: list[tuple[str, str, str]] = []
    for path in sorted((ROOT / "examples").glob("*.*")):
        out.append((f"examples/{path.name}", "examples", path.read_text(encoding="utf-8")))
    drafts = ROOT / "models" / "data" / "drafts"
    for meta_path in sorted(drafts.glob("*.meta.json")):
        split = json.loads(meta_path.read_text(encoding="utf-8")).get("split", "?")
        data = meta_path.with_name(meta_path.name.replace(".meta.json", ".jsonl"))
        for line in data.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                out.append((f"draft/{d['id']}", split, d["text"]))
    for it in corpus.items():
        ctx = DEFAULT_CONTEXT[(it["kind"], it["lang"])]
        out.append((f"corpus/{it['id']}", it["split"], ctx.replace("{item}", it["text"])))
    for e in library.examples():
        ctx = DEFAULT_CONTEXT[(e.kind, e.lang)]
        out.append((f"library/{e.id}", "library", ctx.replace("{item}", e.text)))
    sys.path.insert(0, str(ROOT / "bench"))
    from drafts import FlawedDrafts

    for lang in ("zh", "en"):
        gen = FlawedDrafts(lang, BENCH_SEED)
        for n, text in enumerate(gen.take(BENCH_DRAFTS)):
            out.append((f"bench/{lang}/{n}", "bench", text))
    return out


def dump(path: Path) -> None:
    import coach
    from coach.review import review

    # Which code answers: run as a script, the package comes from PYTHONPATH, else from the
    # environment's installed copy (an editable install of another checkout), not from the tree
    # the script is in (speed22: a worktree's dump silently read the main checkout's code).
    print(f"dump: coach from {Path(coach.__file__).parent}", file=sys.stderr)
    with path.open("w", encoding="utf-8") as f:
        for key, split, text in inputs():
            result = review(text)
            f.write(json.dumps({"id": key, "split": split, "review": result.model_dump_json()}))
            f.write("\n")


def _per_item(review_json: str) -> dict[str, tuple[list[str], list[str]]]:
    """target → (example texts shown, other suggestions' texts) over the review's findings."""
    out: dict[str, tuple[list[str], list[str]]] = {}
    for f in json.loads(review_json).get("findings", []):
        ex, other = out.setdefault(f["target"], ([], []))
        for s in f.get("suggestions", []):
            (ex if s.get("kind") == "example" else other).append(s.get("text", ""))
    return out


def compare(a: Path, b: Path, show: int, splits: set[str]) -> None:
    rows_a = [json.loads(x) for x in a.read_text(encoding="utf-8").splitlines()]
    rows_b = [json.loads(x) for x in b.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows_a] == [r["id"] for r in rows_b], "different inputs"
    differ = sum(ra["review"] != rb["review"] for ra, rb in zip(rows_a, rows_b, strict=True))
    print(f"reviews: {len(rows_a)}; JSON identical: {len(rows_a) - differ}; differ: {differ}")
    n = same_ex = same_other = with_ex_a = with_ex_b = 0
    shown = 0
    for ra, rb in zip(rows_a, rows_b, strict=True):
        ia, ib = _per_item(ra["review"]), _per_item(rb["review"])
        for target in sorted(set(ia) | set(ib)):
            ea, oa = ia.get(target, ([], []))
            eb, ob = ib.get(target, ([], []))
            n += 1
            same_ex += ea == eb
            same_other += oa == ob
            with_ex_a += bool(ea)
            with_ex_b += bool(eb)
            if (ea != eb or oa != ob) and ra["split"] in splits and shown < show:
                shown += 1
                print(f"--- {ra['id']} {target}")
                if ea != eb:
                    print("  examples before:", ea)
                    print("  examples after: ", eb)
                if oa != ob:
                    print("  rewrites before:", oa)
                    print("  rewrites after: ", ob)
    print(
        f"items with findings: {n}; examples the same: {same_ex} ({same_ex / max(n, 1):.1%}); "
        f"rewrites and other suggestions the same: {same_other} ({same_other / max(n, 1):.1%}); "
        f"items shown examples: before {with_ex_a}, after {with_ex_b}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    c.add_argument("--show", type=int, default=0)
    c.add_argument("--splits", default="train,val,library,examples")
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        dump(args.out)
    else:
        compare(args.a, args.b, args.show, set(args.splits.split(",")))
    return 0


if __name__ == "__main__":
    sys.exit(main())

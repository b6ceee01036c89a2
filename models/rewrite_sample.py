"""Draw the rewrites a blind reader judges (issue 9: "would I show this in a workshop?").

    python -m models.rewrite_sample                    # writes models/results/rewrite_sample.jsonl
    python -m models.rewrite_sample --out FILE --per-language 100 --seed 9

From the corpus's train and val drafts (models/data/drafts/; the test split is never read), each
reviewed whole with the default configuration, every finding that offers a rewrite is a
candidate: (the item as written, the finding's message, the rewrite, the rewrite's note). A
fixed random sample of `--per-language` candidates per language is drawn (seeded, so the same
code and data draw the same sample), at most one per item and rule, and written as JSON Lines
in a shuffled order with an id per line, for a reader who did not write the rewrites. Each
line also carries a blank `verdict` ("show" / "fix" / "wrong") and `comment` for the reader.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).parent / "results" / "rewrite_sample.jsonl"
PER_LANGUAGE = 100
SEED = 9


def candidates() -> list[dict[str, Any]]:
    from coach import review
    from coach.config import Config
    from coach.errors import InputError
    from models import drafts as corpus

    config = Config(include_examples=False)
    out: list[dict[str, Any]] = []
    for d in corpus.load():
        if d.split not in ("train", "val"):
            continue
        try:
            rv = review(d.text, config=config)
        except InputError:
            continue
        items = {o.id: o for o in rv.objectives}
        items |= {k.id: k for o in rv.objectives for k in o.key_results}
        seen: set[tuple[str, str]] = set()
        for f in rv.findings:
            rewrite = next((s for s in f.suggestions if s.kind == "rewrite" and s.edits), None)
            item = items.get(f.target)
            if rewrite is None or item is None or (f.target, f.rule_id) in seen:
                continue
            seen.add((f.target, f.rule_id))
            out.append(
                {
                    "lang": item.language,
                    "draft": d.id,
                    "target": f.target,
                    "rule": f.rule_id,
                    "item": item.text,
                    "message": f.message,
                    "rewrite": rewrite.text,
                    "note": rewrite.note,
                    "placeholders": rewrite.placeholders,
                }
            )
    return out


def draw(pool: list[dict[str, Any]], per_language: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    chosen: list[dict[str, Any]] = []
    for lang in ("zh", "en"):
        mine = [c for c in pool if c["lang"] == lang]
        chosen += rng.sample(mine, min(per_language, len(mine)))
    rng.shuffle(chosen)
    return [
        {"id": f"rw-{n:03d}", **c, "verdict": "", "comment": ""} for n, c in enumerate(chosen, 1)
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--per-language", type=int, default=PER_LANGUAGE)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    pool = candidates()
    sample = draw(pool, args.per_language, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for row in sample:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    by_lang = {lang: sum(r["lang"] == lang for r in sample) for lang in ("zh", "en")}
    pool_lang = {lang: sum(c["lang"] == lang for c in pool) for lang in ("zh", "en")}
    print(f"wrote {args.out}: {by_lang} drawn from {pool_lang} findings with a rewrite")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Run neg22's own labelled negative-phrasing items (tests/data/neg22_items.tsv)."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from coach.review import review

with Path("tests/data/neg22_items.tsv").open(encoding="utf-8") as _fh:
    ROWS = list(csv.DictReader(_fh, delimiter="\t"))
ZH = "目标：让团队的工作更可靠\n关键结果：{}（负责人：王芳）"
EN = "Objective: Make our work more dependable\nKR: {} (owner: Ana)"


def fires(lang: str, kr: str) -> bool:
    draft = (ZH if lang == "zh" else EN).format(kr)
    rv = review(draft, select=["kr-negative-phrasing"])
    return any(f.rule_id == "kr-negative-phrasing" for f in rv.findings)


def main() -> None:
    wrong = {"en": 0, "zh": 0}
    for r in ROWS:
        got = fires(r["lang"], r["kr"])
        if got != (r["negative"] == "1"):
            wrong[r["lang"]] += 1
            print(f"{r['lang']}\t{r['voice']}\twant={r['negative']}\tgot={int(got)}\t{r['kr']}")
    print(wrong, len(ROWS), file=sys.stderr)


if __name__ == "__main__":
    main()

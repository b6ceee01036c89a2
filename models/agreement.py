"""Agreement between the corpus's labels and the blind second labelling, per rule id.

    python -m models.agreement               # the table (Markdown) for models/DATASHEET.md
    python -m models.agreement --list ID     # the items the two labellings disagree on

The second labels (`models/data/drafts/second_labels.jsonl`) were given blind, by someone who
wrote none of the drafts, on items chosen at random across authors. Unknown on either side is
left out. Cohen's kappa corrects the raw agreement for what two labellers would agree on by
chance given how often each says "fail".
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from models import drafts

SECOND = drafts.DRAFTS / "second_labels.jsonl"


def _second(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def pairs(path: Path = SECOND) -> dict[str, list[tuple[str, str, drafts.LabelledItem]]]:
    """Per rule id: (first verdict, second verdict, item) for every doubly labelled item."""
    by_id = {d.id: d for d in drafts.load()}
    out: dict[str, list[tuple[str, str, drafts.LabelledItem]]] = {}
    for s in _second(path):
        item = by_id[s["draft"]].items[s["index"]]
        if item.text != s["text"]:
            raise ValueError(f"second label of {s['draft']}#{s['index']} is for another text")
        for rid in drafts.IDS[item.kind]:
            second = (
                "unknown"
                if rid in s.get("unknown", ())
                else "fail"
                if rid in s["fails"]
                else "pass"
            )
            out.setdefault(rid, []).append((item.verdict(rid), second, item))
    return out


def kappa(both: int, first: int, second: int, neither: int) -> float:
    n = both + first + second + neither
    observed = (both + neither) / n
    p1, p2 = (both + first) / n, (both + second) / n
    chance = p1 * p2 + (1 - p1) * (1 - p2)
    return 1.0 if chance == 1 else (observed - chance) / (1 - chance)


def table(path: Path = SECOND) -> str:
    lines = [
        "| rule id | items | both fail | first only | second only | agreement | Cohen's κ |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for rid, rows in sorted(
        pairs(path).items(), key=lambda kv: (*drafts.OBJECTIVE_IDS, *drafts.KR_IDS).index(kv[0])
    ):
        known = [(a, b) for a, b, _ in rows if "unknown" not in (a, b)]
        both = sum(a == b == "fail" for a, b in known)
        first = sum(a == "fail" and b == "pass" for a, b in known)
        second = sum(a == "pass" and b == "fail" for a, b in known)
        neither = len(known) - both - first - second
        agree = (both + neither) / len(known)
        k = kappa(both, first, second, neither)
        lines.append(
            f"| {rid} | {len(known)} | {both} | {first} | {second} | {agree:.1%} | {k:.2f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m models.agreement")
    ap.add_argument("--list", metavar="RULE_ID", help="print the disagreements on one id")
    args = ap.parse_args(argv)
    if args.list:
        for a, b, item in pairs().get(args.list, []):
            if a != b:
                print(f"{item.draft_id}#{item.index}: first {a}, second {b}: {item.text}")
        return 0
    print(table())
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Rebuild a private, git-ignored real-text set from its committed manifest (issue 8).

    python -m models.rebuild_private realen35 --drafts DIR --out DIR

A manifest (`models/data/<set>_manifest.jsonl`) keeps no text: each row is one labelled item,
with its source, draft id, item `index`, `sha256`, `kind`, `fails`, `unknown` and `half`. To
rebuild the set, fetch each source again, cut each draft as the set's `<set>_manifest.md`
describes, and save it as `DIR/<draft id>.txt` (the draft as a user would paste it). This
command then finds every item in its draft by its hash and writes the corpus in the format of
`models/data/drafts/` (README there), one author per source, in three folders: `corpus/` (the
whole set), `A/` (the studied half) and `B/` (the held-out half). Score a half with
`python -m models.evaluate_drafts --root OUT/B --split all`.

How an item is found. The hashed text is the item as it stands in the draft: after its label
and list marker ("KR1:", "- ", "**Objective:**" are outside it), with anything after the label on
the same line (an owner, a date, a weight) inside it, the ends trimmed and nothing else
normalised; an item that wraps keeps its newline (round 36 found this rule held for every item
of 24 rebuilt halves). So every stretch of a line (or of two or three lines) that starts and ends
at a word's edge is hashed, and the item is the first stretch with its hash at or after the
previous item's start. An item whose hash is found nowhere is left out and reported; a draft
whose first found item is not an objective is left out (its key results would belong to
nothing).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def _edges(segment: str, lo: int, hi: int, start: bool) -> Iterable[int]:
    """Positions in [lo, hi) (starts) or (lo, hi] (ends) where a word's edge is."""
    if start:
        for i in range(lo, hi):
            if not segment[i].isspace() and (
                i == 0 or not (segment[i - 1].isalnum() and segment[i].isalnum())
            ):
                yield i
    else:
        n = len(segment)
        for j in range(lo + 1, hi + 1):
            if not segment[j - 1].isspace() and (
                j == n or not (segment[j - 1].isalnum() and segment[j].isalnum())
            ):
                yield j


def stretches(text: str, max_lines: int = 3) -> dict[str, list[tuple[int, int]]]:
    """sha256 → the (start, end) offsets in `text` of every stretch with that hash: stretches
    within one line, and stretches that start in one line and end in one of the next
    `max_lines - 1` lines (newlines kept)."""
    lines = text.split("\n")
    offsets = []
    at = 0
    for line in lines:
        offsets.append(at)
        at += len(line) + 1
    found: dict[str, list[tuple[int, int]]] = {}
    for k in range(len(lines)):
        for span in range(1, max_lines + 1):
            if k + span > len(lines):
                break
            seg = "\n".join(lines[k : k + span])
            first_end = len(lines[k])
            last_start = len(seg) - len(lines[k + span - 1])
            ends = list(_edges(seg, last_start if span > 1 else 0, len(seg), start=False))
            for i in _edges(seg, 0, first_end, start=True):
                for j in ends:
                    if j <= i:
                        continue
                    digest = hashlib.sha256(seg[i:j].encode("utf-8")).hexdigest()
                    found.setdefault(digest, []).append((offsets[k] + i, offsets[k] + j))
    for spans in found.values():
        spans.sort()
    return found


def rebuild(
    rows: list[dict], drafts: Path, function: str = "company", level: str = "team"
) -> tuple[dict[str, dict[str, list[dict]]], list[str]]:
    """The set's drafts by half ("corpus", "A", "B") and author, and a report line per draft."""
    by_draft: dict[str, list[dict]] = {}
    for row in rows:
        by_draft.setdefault(row["draft"], []).append(row)
    halves: dict[str, dict[str, list[dict]]] = {"corpus": {}, "A": {}, "B": {}}
    report = []
    for draft_id, items in by_draft.items():
        items.sort(key=lambda r: r["index"])
        path = drafts / f"{draft_id}.txt"
        if not path.exists():
            report.append(f"{draft_id}: no text (0/{len(items)})")
            continue
        text = path.read_text(encoding="utf-8")
        where = stretches(text)
        got, missing, pos = [], [], 0
        for row in items:
            spans = [s for s in where.get(row["sha256"], []) if s[0] >= pos]
            if not spans:
                missing.append(row["index"])
                continue
            a, b = spans[0]
            pos = a + 1
            got.append(
                {
                    "kind": row["kind"],
                    "text": text[a:b],
                    "fails": row["fails"],
                    "unknown": row.get("unknown", []),
                }
            )
        line = f"{draft_id}: {len(got)}/{len(items)}"
        report.append(line + (f" missing {missing}" if missing else ""))
        if not got or got[0]["kind"] != "objective":
            if got:
                report.append(f"  {draft_id}: its first item found is not an objective: left out")
            continue
        author = draft_id.rsplit("-", 1)[0]
        draft = {
            "id": draft_id,
            "author": author,
            "lang": items[0].get("lang", "en"),
            "function": function,
            "level": level,
            "text": text,
            "items": got,
        }
        for half in ("corpus", items[0].get("half", "A")):
            halves[half].setdefault(author, []).append(draft)
    return halves, report


def write(halves: dict[str, dict[str, list[dict]]], out: Path, name: str) -> None:
    for half, authors in halves.items():
        folder = out / half
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.json*"):
            old.unlink()
        for author, drafts in authors.items():
            body = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in drafts)
            (folder / f"{author}.jsonl").write_text(body, encoding="utf-8")
            meta = {
                "id": author,
                "lang": drafts[0]["lang"],
                "persona": f"published source {author} of {name}, rebuilt from its manifest",
                "functions": [drafts[0]["function"]],
                "written_by": name,
                "split": "test",
            }
            (folder / f"{author}.meta.json").write_text(
                json.dumps(meta, ensure_ascii=False) + "\n", encoding="utf-8"
            )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m models.rebuild_private", description=__doc__)
    ap.add_argument("set", help="the set's name: models/data/<set>_manifest.jsonl")
    ap.add_argument("--drafts", type=Path, required=True, help="folder of <draft id>.txt")
    ap.add_argument("--out", type=Path, required=True, help="where corpus/, A/ and B/ go")
    ap.add_argument("--function", default="company")
    ap.add_argument("--level", default="team")
    args = ap.parse_args(argv)
    manifest = DATA / f"{args.set}_manifest.jsonl"
    if not manifest.exists():
        ap.error(f"no manifest {manifest}")
    if not args.drafts.is_dir():
        ap.error(f"--drafts {args.drafts} is not a folder")
    rows = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line]
    halves, report = rebuild(rows, args.drafts, args.function, args.level)
    write(halves, args.out, args.set)
    found = sum(len(d["items"]) for ds in halves["corpus"].values() for d in ds)
    print("\n".join(report))
    print(f"{args.set}: {found}/{len(rows)} items found; written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

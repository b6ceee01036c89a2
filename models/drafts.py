"""The realistic draft corpus (`models/data/drafts/`, format in its README.md): load and check.

    python -m models.drafts --check     # validate every file; exit 1 with file:line errors
    python -m models.drafts --stats     # items per author, split, language, kind and label

Every draft is one JSON object per line of `<author>.jsonl`; its author's metadata is in
`<author>.meta.json`. `locate()` finds each labelled item's offsets in the draft's text, which
is how the evaluation matches labels to the review's parsed items.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

DRAFTS = Path(__file__).parent / "data" / "drafts"

OBJECTIVE_IDS = (
    "objective-is-metric",
    "objective-not-inspiring",
    "objective-vague",
    "objective-no-timeframe",
    "objective-not-controllable",
)
KR_IDS = (
    "kr-not-quantified",
    "kr-is-task",
    "kr-activity-count",
    "kr-negative-phrasing",
    "kr-no-owner",
    "kr-no-deadline",
    "kr-vague-wording",
    "kr-compound",
    "kr-business-as-usual",
    "kr-no-baseline",
    "kr-misaligned",
)
IDS = {"objective": OBJECTIVE_IDS, "kr": KR_IDS}
FUNCTIONS = frozenset(
    [
        "sales",
        "marketing",
        "engineering",
        "product",
        "design",
        "data",
        "customer-service",
        "customer-success",
        "hr",
        "finance",
        "legal",
        "operations",
        "manufacturing",
        "retail",
        "education",
        "nonprofit",
        "company",
        "personal",
    ]
)
LEVELS = frozenset({"company", "team", "personal", "mixed"})
SPLITS = ("train", "val", "test")
# The decision set's authors (models/data/decision/, never in DRAFTS): only for the classifier's
# defaults (models.train), never for rule work.
DECISION_SPLIT = "decision"
_DRAFT_KEYS = {"id", "author", "lang", "function", "level", "text", "items"}
_ITEM_KEYS = {"kind", "text", "fails", "unknown", "milestone", "note"}
_META_KEYS = {"id", "lang", "persona", "functions", "written_by", "split"}


@dataclass
class LabelledItem:
    """One labelled objective or KR, with its place in the draft's text."""

    draft_id: str
    index: int
    kind: str
    text: str
    start: int
    end: int
    fails: frozenset[str]
    unknown: frozenset[str] = frozenset()
    milestone: bool = False
    note: str = ""

    def verdict(self, rule_id: str) -> str:
        """'fail', 'pass' or 'unknown' for one of the ids of this item's kind."""
        if rule_id in self.unknown:
            return "unknown"
        return "fail" if rule_id in self.fails else "pass"


@dataclass
class LabelledDraft:
    id: str
    author: str
    lang: str
    function: str
    level: str
    text: str
    split: str
    items: list[LabelledItem] = field(default_factory=list)


class CorpusError(ValueError):
    pass


def locate(text: str, item_texts: list[str]) -> list[tuple[int, int]]:
    """Offsets of each item text in `text`, each found at or after the previous one.

    An item's text runs to the end of its line or table cell, so an occurrence that ends there
    is preferred: "降本增效" is the objective on "目标：降本增效", not the words inside the title
    "2025年下半年降本增效 OKR" above it. Without such an occurrence, the first one counts.
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for t in item_texts:
        i = text.find(t, pos)
        if i < 0:
            raise CorpusError(f"item text not found in order: {t!r}")
        j = i
        while j >= 0 and not _ends_line(text, j + len(t)):
            j = text.find(t, j + 1)
        if j >= 0:
            i = j
        out.append((i, i + len(t)))
        pos = i + 1
    return out


def _ends_line(text: str, end: int) -> bool:
    rest = text[end : end + 40].lstrip(" \t\u3000")
    return not rest or rest[0] in "\r\n|｜" or text[end : end + 1] == "\t"


def _check_item(raw: Any, where: str) -> list[str]:
    errs: list[str] = []
    if not isinstance(raw, dict):
        return [f"{where}: an item must be an object"]
    extra = set(raw) - _ITEM_KEYS
    if extra:
        errs.append(f"{where}: unknown keys {sorted(extra)}")
    kind = raw.get("kind")
    if kind not in IDS:
        return [*errs, f"{where}: kind must be 'objective' or 'kr', not {kind!r}"]
    if not isinstance(raw.get("text"), str) or not raw["text"].strip():
        errs.append(f"{where}: empty text")
    for key in ("fails", "unknown"):
        ids = raw.get(key, [])
        if not isinstance(ids, list):
            errs.append(f"{where}: {key} must be a list")
            continue
        bad = [i for i in ids if i not in IDS[kind]]
        if bad:
            errs.append(f"{where}: {key} has ids that do not apply to a {kind}: {bad}")
        if len(set(ids)) != len(ids):
            errs.append(f"{where}: {key} repeats an id")
    both = set(raw.get("fails", [])) & set(raw.get("unknown", []))
    if both:
        errs.append(f"{where}: {sorted(both)} both in fails and unknown")
    if {"kr-is-task", "kr-activity-count"} <= set(raw.get("fails", [])):
        errs.append(f"{where}: a KR is either a task or an activity count, not both")
    if raw.get("milestone") and "kr-is-task" not in raw.get("fails", []):
        errs.append(f"{where}: milestone: true needs kr-is-task in fails")
    return errs


def _check_draft(raw: Any, where: str, author: str) -> list[str]:
    if not isinstance(raw, dict):
        return [f"{where}: a draft must be an object"]
    errs: list[str] = []
    missing = _DRAFT_KEYS - set(raw)
    if missing:
        return [f"{where}: missing keys {sorted(missing)}"]
    if set(raw) - _DRAFT_KEYS:
        errs.append(f"{where}: unknown keys {sorted(set(raw) - _DRAFT_KEYS)}")
    if raw["author"] != author:
        errs.append(f"{where}: author {raw['author']!r} in the file of {author!r}")
    if raw["lang"] not in ("zh", "en"):
        errs.append(f"{where}: lang must be zh or en")
    if raw["function"] not in FUNCTIONS:
        errs.append(f"{where}: unknown function {raw['function']!r}")
    if raw["level"] not in LEVELS:
        errs.append(f"{where}: unknown level {raw['level']!r}")
    items = raw["items"]
    if not isinstance(items, list) or not items:
        return [*errs, f"{where}: items must be a non-empty list"]
    for i, it in enumerate(items):
        errs += _check_item(it, f"{where} item {i}")
    if not errs:
        try:
            locate(raw["text"], [it["text"] for it in items])
        except CorpusError as exc:
            errs.append(f"{where}: {exc}")
    if items and items[0].get("kind") != "objective":
        errs.append(f"{where}: the first item must be an objective")
    return errs


def _meta(path: Path) -> tuple[dict[str, Any], list[str]]:
    where = path.name
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return {}, [f"{where}: {exc}"]
    errs = []
    if not isinstance(meta, dict) or set(meta) != _META_KEYS:
        return {}, [f"{where}: keys must be {sorted(_META_KEYS)}"]
    if meta["id"] != path.name.removesuffix(".meta.json"):
        errs.append(f"{where}: id {meta['id']!r} does not match the file name")
    if meta["split"] not in (*SPLITS, DECISION_SPLIT):
        errs.append(f"{where}: split must be one of {(*SPLITS, DECISION_SPLIT)}")
    if meta["lang"] not in ("zh", "en"):
        errs.append(f"{where}: lang must be zh or en")
    return meta, errs


def check(root: Path = DRAFTS) -> list[str]:
    """Every problem in the corpus as 'file:line: message' (empty when it is valid)."""
    errs: list[str] = []
    seen_ids: set[str] = set()
    for path in sorted(root.glob("*.jsonl")):
        if path.name == "second_labels.jsonl":
            continue
        author = path.stem
        meta_path = root / f"{author}.meta.json"
        if not meta_path.exists():
            errs.append(f"{path.name}: no {meta_path.name}")
        else:
            meta, meta_errs = _meta(meta_path)
            errs += meta_errs
            if root == DRAFTS and meta.get("split") == DECISION_SPLIT:
                errs.append(f"{meta_path.name}: the decision set's authors live in data/decision/")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{n}"
            try:
                raw = json.loads(line)
            except ValueError as exc:
                errs.append(f"{where}: not JSON ({exc})")
                continue
            errs += _check_draft(raw, where, author)
            did = raw.get("id") if isinstance(raw, dict) else None
            if did in seen_ids:
                errs.append(f"{where}: draft id {did!r} used twice")
            seen_ids.add(did)  # type: ignore[arg-type]
    return errs


@lru_cache(maxsize=4)
def load(root: Path = DRAFTS) -> tuple[LabelledDraft, ...]:
    """Every draft with its located items (raises CorpusError when the corpus is invalid)."""
    errs = check(root)
    if errs:
        raise CorpusError("\n".join(errs[:20]))
    out: list[LabelledDraft] = []
    for path in sorted(root.glob("*.jsonl")):
        if path.name == "second_labels.jsonl":
            continue
        meta, _ = _meta(root / f"{path.stem}.meta.json")
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            raw = json.loads(line)
            spans = locate(raw["text"], [it["text"] for it in raw["items"]])
            d = LabelledDraft(
                id=raw["id"],
                author=raw["author"],
                lang=raw["lang"],
                function=raw["function"],
                level=raw["level"],
                text=raw["text"],
                split=meta["split"],
            )
            for i, (it, (s, e)) in enumerate(zip(raw["items"], spans, strict=True)):
                d.items.append(
                    LabelledItem(
                        draft_id=d.id,
                        index=i,
                        kind=it["kind"],
                        text=it["text"],
                        start=s,
                        end=e,
                        fails=frozenset(it.get("fails", ())),
                        unknown=frozenset(it.get("unknown", ())),
                        milestone=bool(it.get("milestone")),
                        note=it.get("note", ""),
                    )
                )
            out.append(d)
    return tuple(out)


def drafts(
    split: str | None = None, lang: str | None = None, root: Path = DRAFTS
) -> list[LabelledDraft]:
    return [
        d
        for d in load(root)
        if (split is None or d.split == split) and (lang is None or d.lang == lang)
    ]


def stats(root: Path = DRAFTS) -> str:
    ds = load(root)
    lines = ["split  lang  drafts  objectives  krs"]
    c: Counter[tuple[str, str, str]] = Counter()
    nd: Counter[tuple[str, str]] = Counter()
    for d in ds:
        nd[(d.split, d.lang)] += 1
        for it in d.items:
            c[(d.split, d.lang, it.kind)] += 1
    for split in SPLITS:
        for lang in ("en", "zh"):
            lines.append(
                f"{split:6} {lang:5} {nd[(split, lang)]:6} {c[(split, lang, 'objective')]:11} "
                f"{c[(split, lang, 'kr')]:4}"
            )
    authors = Counter(d.author for d in ds)
    items = Counter()
    for d in ds:
        items[d.author] += len(d.items)
    lines.append("")
    lines += [f"{a}: {authors[a]} drafts, {items[a]} items" for a in sorted(authors)]
    fails: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for d in ds:
        for it in d.items:
            for rid in IDS[it.kind]:
                total[rid] += 1
                fails[rid] += it.verdict(rid) == "fail"
    lines.append("")
    lines += [f"{rid}: fails on {fails[rid]} of {total[rid]}" for rid in (*OBJECTIVE_IDS, *KR_IDS)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m models.drafts")
    ap.add_argument("--check", action="store_true", help="validate every file")
    ap.add_argument("--stats", action="store_true", help="counts per split, author and label")
    ap.add_argument("--root", type=Path, default=DRAFTS)
    args = ap.parse_args(argv)
    errs = check(args.root)
    for e in errs:
        print(e, file=sys.stderr)
    if errs:
        print(f"{len(errs)} problem(s)", file=sys.stderr)
        return 1
    if args.stats:
        print(stats(args.root))
    elif args.check:
        print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())

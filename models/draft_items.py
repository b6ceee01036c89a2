"""Per-item examples for the classifier, from the realistic draft corpus and the older data.

    python -m models.draft_items          # counts per split, source, language and label

Every labelled objective and key result of `models/data/drafts/` becomes one `Example`:
- `text`: the item's wording as the classifier reads it at review time — the labelled text
  annotated the way the coach annotates a parsed item (owner, priority, score and status
  blanked: `coach.classifier.wording_of`), whitespace collapsed;
- `labels`: for each content label of its kind, True (the principle is violated), False, or
  None (the label is `unknown` for that item: left out of training and scoring);
- `split`: the author's split (train / val / test; an author is in one split only).

`reviewed()` reviews each draft whole with the rules alone, as a user would paste it, and
matches every labelled item to the parsed item that overlaps it most (as
`models.evaluate_drafts` does): the rules' verdicts on it and the wording the review's model
would read. That is what "rules alone" and "rule OR model" are scored on.

Older sources, for training only (`extra_examples`): the hand-written items
(models/data/handwritten_*.tsv), the generated items (models/data/generated.jsonl) and the
curated good examples (models/data/library/examples.jsonl, negative for every label). Their
labels follow the older definitions; compound and business-as-usual were not labelled there
(None), except for the curated good examples.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models import drafts as draft_corpus

ROOT = Path(__file__).resolve().parent
CACHE = ROOT / ".cache"

# The content labels (rule id → item kind). Owner, deadline, timeframe, baseline, alignment and
# controllability depend on context, not on the item's wording: the rules decide them.
LABELS: dict[str, str] = {
    "kr-is-task": "kr",
    "kr-activity-count": "kr",
    "kr-not-quantified": "kr",
    "kr-negative-phrasing": "kr",
    "kr-vague-wording": "kr",
    "kr-compound": "kr",
    "kr-business-as-usual": "kr",
    "objective-is-metric": "objective",
    "objective-not-inspiring": "objective",
    "objective-vague": "objective",
}
SOURCES = ("drafts", "handwritten", "generated", "library")


@dataclass
class Example:
    id: str
    source: str
    author: str
    split: str
    lang: str
    kind: str
    text: str
    labels: dict[str, bool | None]
    # Filled by `reviewed()` (draft items only): the rules' verdicts on the matched parsed item
    # (None when the item did not parse as its own kind) and the wording the review would read.
    rules: dict[str, str] | None = None
    parsed_text: str | None = None
    parsed_lang: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def label(self, rule_id: str) -> bool | None:
        return self.labels.get(rule_id)


def labels_for(kind: str, fails: frozenset[str], unknown: frozenset[str]) -> dict[str, bool | None]:
    return {
        rid: (None if rid in unknown else rid in fails) for rid, k in LABELS.items() if k == kind
    }


def draft_examples(split: str | None = None, root: Path = draft_corpus.DRAFTS) -> list[Example]:
    """One example per labelled item of the draft corpus (optionally of one split)."""
    from coach.classifier import wording_of

    out: list[Example] = []
    for d in draft_corpus.drafts(split=split, root=root):
        for it in d.items:
            text, lang = wording_of(it.text, it.kind, d.lang)
            out.append(
                Example(
                    id=f"{d.id}#{it.index}",
                    source="drafts",
                    author=d.author,
                    split=d.split,
                    lang=lang,
                    kind=it.kind,
                    text=text,
                    labels=labels_for(it.kind, it.fails, it.unknown),
                )
            )
    return out


# -- the older data (training only) ---------------------------------------------------------

_OLD_TO_NEW = {
    "kr-is-task": "kr-is-task",
    "kr-activity-count": "kr-activity-count",
    "kr-not-quantified": "kr-not-quantified",
    "kr-negative-phrasing": "kr-negative-phrasing",
    "kr-vague-wording": "kr-vague-wording",
    "objective-is-metric": "objective-is-metric",
    "objective-vague": "objective-vague",
    "objective-not-inspiring": "objective-not-inspiring",
}


def _old_item(it: dict[str, Any], source: str) -> Example:
    from coach.classifier import wording_of
    from models import corpus

    text, lang = wording_of(it["text"], it["kind"], it["lang"])
    labels: dict[str, bool | None] = {rid: None for rid, k in LABELS.items() if k == it["kind"]}
    for old, new in _OLD_TO_NEW.items():
        if corpus.label_kind(old) == it["kind"]:
            labels[new] = corpus.label_of(old, it)
    return Example(
        id=str(it["id"]),
        source=source,
        author=source,
        split="train",
        lang=lang,
        kind=it["kind"],
        text=text,
        labels=labels,
    )


def extra_examples(
    sources: tuple[str, ...] = ("handwritten", "generated", "library"),
) -> list[Example]:
    """The older items as training examples (split 'train'), by source."""
    from models import corpus

    out: list[Example] = []
    if "handwritten" in sources or "generated" in sources:
        for it in corpus.items():
            src = "handwritten" if it["source"] == "handwritten" else "generated"
            if src in sources:
                out.append(_old_item(it, src))
    if "handwritten" in sources:
        # Training-only hand-written items (per-period results, decision 1700): not in
        # corpus.items(), whose train split stays generated.
        for it in corpus.handwritten_train():
            out.append(_old_item(it, "handwritten"))
    if "library" in sources:
        from coach.classifier import wording_of
        from models import library

        for e in library.examples():
            text, lang = wording_of(e.text, e.kind, e.lang)
            out.append(
                Example(
                    id=e.id,
                    source="library",
                    author="library",
                    split="train",
                    lang=lang,
                    kind=e.kind,
                    text=text,
                    labels={rid: False for rid, k in LABELS.items() if k == e.kind},
                )
            )
    return out


# -- the rules' verdicts on whole drafts ------------------------------------------------------


def _code_fingerprint() -> str:
    """A hash of the coach's and the rules' code and data: cached reviews follow the rules."""
    h = hashlib.sha256()
    base = ROOT.parent
    for folder in ("coach", "rules"):
        for p in sorted((base / folder).rglob("*")):
            if p.is_file() and p.suffix in (".py", ".json", ".txt", ".tsv", ".jsonl", ".toml"):
                h.update(str(p.relative_to(base)).encode())
                h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _corpus_fingerprint(root: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(root.glob("*.json*")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def review_rules(d: draft_corpus.LabelledDraft) -> list[tuple[dict[str, str], str, str] | None]:
    """For each labelled item of a draft: (rule verdicts, wording, language) of the parsed item
    it matches, or None where it does not parse as its own kind (rules alone, no model)."""
    from coach.classifier import item_wording
    from coach.config import Config
    from coach.errors import InputError
    from coach.review import active_rules, parse, run_rules

    config = Config(use_model=False, semantic=False)
    try:
        draft = parse(d.text, config)
    except InputError:
        return [None] * len(d.items)
    rv = run_rules(draft, active_rules(config), config)
    by_id = {it.id: it for it in draft.items()}
    parsed: list[tuple[str, int, int, dict[str, str], str]] = []
    for o in rv.objectives:
        parsed.append(
            ("objective", o.span.start, o.span.end, {c.rule_id: c.status for c in o.checks}, o.id)
        )
        for k in o.key_results:
            parsed.append(
                ("kr", k.span.start, k.span.end, {c.rule_id: c.status for c in k.checks}, k.id)
            )
    out: list[tuple[dict[str, str], str, str] | None] = []
    for it in d.items:
        best, best_overlap = None, 0
        for kind, s, e, checks, pid in parsed:
            overlap = min(e, it.end) - max(s, it.start)
            if overlap > best_overlap:
                best, best_overlap = (kind, checks, pid), overlap
        if best is None or best[0] != it.kind:
            out.append(None)
        else:
            item = by_id[best[2]]
            out.append((best[1], item_wording(item), item.language))
    return out


_CONTEXT = {
    ("kr", "en"): ("Objective: Make our customers successful\nKR1: ", "o1.kr1"),
    ("kr", "zh"): ("目标：让客户获得成功\nKR1：", "o1.kr1"),
    ("objective", "en"): ("Objective: ", "o1"),
    ("objective", "zh"): ("目标：", "o1"),
}


def standalone_rules(text: str, kind: str, lang: str) -> dict[str, str] | None:
    """The rules' verdicts on one item reviewed in a minimal draft (items that did not parse in
    their own draft, and the older sources, which have no draft)."""
    from coach.config import Config
    from coach.errors import InputError
    from coach.review import active_rules, parse, run_rules

    config = Config(use_model=False, semantic=False)
    prefix, target = _CONTEXT[(kind, lang if lang in ("en", "zh") else "en")]
    try:
        draft = parse(prefix + text, config)
        rv = run_rules(draft, active_rules(config), config)
    except InputError:
        return None
    for o in rv.objectives:
        if o.id == target:
            return {c.rule_id: c.status for c in o.checks}
        for k in o.key_results:
            if k.id == target:
                return {c.rule_id: c.status for c in k.checks}
    return None


def add_standalone_rules(examples: list[Example]) -> None:
    """Fill `rules` of examples without them from `standalone_rules` (their wording stays)."""
    for ex in examples:
        ex.rules = standalone_rules(ex.text, ex.kind, ex.lang)


def reviewed(
    split: str | None = None, root: Path = draft_corpus.DRAFTS, cache: bool = True
) -> list[Example]:
    """`draft_examples` with the rules' verdicts from reviewing each draft whole (cached on
    disk per corpus and code version, so reruns after a rule change recompute)."""
    key = f"reviewed-{_corpus_fingerprint(root)}-{_code_fingerprint()}-{split or 'all'}"
    path = CACHE / f"{key}.pickle"
    if cache and path.exists():
        return pickle.loads(path.read_bytes())
    examples = draft_examples(split, root)
    by_draft: dict[str, list[Example]] = {}
    for ex in examples:
        by_draft.setdefault(ex.id.rsplit("#", 1)[0], []).append(ex)
    for d in draft_corpus.drafts(split=split, root=root):
        for ex, got in zip(by_draft[d.id], review_rules(d), strict=True):
            if got is not None:
                ex.rules, ex.parsed_text, ex.parsed_lang = got
    if cache and root == draft_corpus.DRAFTS:
        CACHE.mkdir(exist_ok=True)
        path.write_bytes(pickle.dumps(examples))
    return examples


def rule_fired(ex: Example, rule_id: str) -> bool:
    """The rules' verdict for one label on a reviewed example (a parse miss predicts pass)."""
    return ex.rules is not None and ex.rules.get(rule_id) == "fail"


# -- summary ----------------------------------------------------------------------------------


def counts(examples: list[Example]) -> dict[str, Any]:
    """Items per (split, source, language) and positives per label and split/language."""
    items: Counter[str] = Counter()
    pos: Counter[str] = Counter()
    tot: Counter[str] = Counter()
    for ex in examples:
        items[f"{ex.split}/{ex.source}/{ex.lang}"] += 1
        for rid, y in ex.labels.items():
            if y is None:
                continue
            key = f"{rid}/{ex.split}/{ex.source}/{ex.lang}"
            tot[key] += 1
            pos[key] += bool(y)
    return {"items": dict(sorted(items.items())), "positives": dict(pos), "totals": dict(tot)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m models.draft_items")
    ap.add_argument("--extra", action="store_true", help="include the older sources")
    args = ap.parse_args(argv)
    examples = draft_examples() + (extra_examples() if args.extra else [])
    c = counts(examples)
    for k, v in c["items"].items():
        print(f"{k:32} {v}")
    print()
    for rid in LABELS:
        cells = []
        for split in draft_corpus.SPLITS:
            for lang in ("en", "zh"):
                key = f"{rid}/{split}/drafts/{lang}"
                cells.append(
                    f"{split} {lang} {c['positives'].get(key, 0)}/{c['totals'].get(key, 0)}"
                )
        print(f"{rid:26} " + "  ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

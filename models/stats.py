"""Label counts of the corpus, written into models/DATASHEET.md (never typed by hand).

python -m models.stats          # rewrites the block between the counts markers
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from models import corpus

DATASHEET = Path(__file__).parent / "DATASHEET.md"
START, END = "<!-- counts:start -->", "<!-- counts:end -->"
DRAFTS_START, DRAFTS_END = "<!-- drafts:start -->", "<!-- drafts:end -->"
SPLITS = ("train", "val", "test")


def counts_markdown() -> str:
    lines = ["| split | source | en | zh | total |", "|---|---|---:|---:|---:|"]
    for split in SPLITS:
        items = corpus.items(split)
        for source in sorted({it["source"] for it in items}):
            c = Counter(it["lang"] for it in items if it["source"] == source)
            lines.append(f"| {split} | {source} | {c['en']} | {c['zh']} | {sum(c.values())} |")
    total = Counter(it["lang"] for it in corpus.items())
    n = sum(total.values())
    lines.append(
        f"| all | | {total['en']} ({total['en'] / n:.0%}) | {total['zh']} ({total['zh'] / n:.0%}) | {n} |"
    )
    lines += ["", "Positive items per label (label true), per split and language:", ""]
    header = "| label | kind | " + " | ".join(f"{s} en | {s} zh" for s in SPLITS) + " |"
    lines += [header, "|---|---|" + "---:|" * (2 * len(SPLITS))]
    for rule_id, (kind, _) in corpus.ITEM_LABELS.items():
        cells = []
        for split in SPLITS:
            for lang in ("en", "zh"):
                its = [it for it in corpus.items(split, kind) if it["lang"] == lang]
                pos = sum(corpus.label_of(rule_id, it) for it in its)
                cells.append(f"{pos}/{len(its)}")
        lines.append(f"| {rule_id} | {kind} | " + " | ".join(cells) + " |")
    cells = []
    for split in SPLITS:
        for lang in ("en", "zh"):
            ps = [p for p in corpus.pairs(split) if p["kr_lang"] == lang]
            cells.append(f"{sum(not p['aligned'] for p in ps)}/{len(ps)}")
    lines.append(
        f"| {corpus.PAIR_LABEL} (pairs, by KR language) | pair | " + " | ".join(cells) + " |"
    )
    cross = Counter((p["split"], p["objective_lang"] != p["kr_lang"]) for p in corpus.pairs())
    lines += [
        "",
        "Cross-language pairs (objective and KR in different languages): "
        + ", ".join(
            f"{s}: {cross[(s, True)]} of {cross[(s, True)] + cross[(s, False)]}" for s in SPLITS
        ),
    ]
    functions = Counter(it["function"] for it in corpus.items())
    lines += [
        "",
        "Items per function: " + ", ".join(f"{f} {n}" for f, n in sorted(functions.items())),
    ]
    return "\n".join(lines)


def drafts_markdown() -> str:
    """The realistic draft corpus: authors and their splits, items and positives per label."""
    import json

    from models import draft_items, drafts

    lines = [
        "| author | split | lang | functions | drafts | objectives | KRs |",
        "|---|---|---|---|---:|---:|---:|",
    ]
    ds = drafts.load()
    for meta_path in sorted(drafts.DRAFTS.glob("*.meta.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        mine = [d for d in ds if d.author == meta["id"]]
        kinds = Counter(it.kind for d in mine for it in d.items)
        lines.append(
            f"| {meta['id']} | {meta['split']} | {meta['lang']} | {', '.join(meta['functions'])} "
            f"| {len(mine)} | {kinds['objective']} | {kinds['kr']} |"
        )
    examples = draft_items.draft_examples()
    lines += [
        "",
        "Items that fail each content label (the classifier's labels; `unknown` left out), per "
        "split and the item's language:",
        "",
        "| label | kind | " + " | ".join(f"{s} en | {s} zh" for s in SPLITS) + " |",
        "|---|---|" + "---:|" * (2 * len(SPLITS)),
    ]
    for rid, kind in draft_items.LABELS.items():
        cells = []
        for split in SPLITS:
            for lang in ("en", "zh"):
                ys = [
                    e.label(rid)
                    for e in examples
                    if e.split == split and e.lang == lang and e.kind == kind
                ]
                known = [y for y in ys if y is not None]
                cells.append(f"{sum(known)}/{len(known)}")
        lines.append(f"| {rid} | {kind} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _replace(text: str, start: str, end: str, body: str) -> str:
    before, _, rest = text.partition(start)
    _, _, after = rest.partition(end)
    return f"{before}{start}\n{body}\n{end}{after}"


def main() -> None:
    text = DATASHEET.read_text(encoding="utf-8")
    text = _replace(text, START, END, counts_markdown())
    if DRAFTS_START in text:
        text = _replace(text, DRAFTS_START, DRAFTS_END, drafts_markdown())
    DATASHEET.write_text(text, encoding="utf-8")
    print(drafts_markdown())


if __name__ == "__main__":
    main()

"""Label counts of the corpus, written into models/DATASHEET.md (never typed by hand).

python -m models.stats          # rewrites the block between the counts markers
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from models import corpus

DATASHEET = Path(__file__).parent / "DATASHEET.md"
START, END = "<!-- counts:start -->", "<!-- counts:end -->"
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


def main() -> None:
    text = DATASHEET.read_text(encoding="utf-8")
    before, _, rest = text.partition(START)
    _, _, after = rest.partition(END)
    DATASHEET.write_text(f"{before}{START}\n{counts_markdown()}\n{END}{after}", encoding="utf-8")
    print(counts_markdown())


if __name__ == "__main__":
    main()

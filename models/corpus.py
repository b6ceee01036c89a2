"""The labelled corpus: loading, label definitions, and the mapping from labels to rule ids.

Files in models/data/:
- generated.jsonl, pairs_generated.jsonl — built by `python -m models.generate` (train + val).
- handwritten_test_en.tsv, handwritten_test_zh.tsv, pairs_handwritten_test.tsv — the held-out
  TEST split, written by hand, never generated.
- handwritten_val.tsv, pairs_handwritten_val.tsv — hand-written VALIDATION items (thresholds and
  calibration only).
- handwritten_train.tsv — hand-written items the classifier's heads train on (`handwritten_train()`,
  read by models.draft_items.extra_examples), kept out of `items()`.

Every item is a dict: id, lang, kind ('kr' | 'objective'), function, text, labels, source,
split ('train' | 'val' | 'test').
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"

KR_TYPES = {"O": "outcome", "T": "task", "A": "activity"}
OBJ_CODES = {
    "QI": ("qualitative", True),
    "Q-": ("qualitative", False),
    "M": ("metric", False),
    "V": ("vague", False),
}

# Per-item binary labels, each named by the rule id it stands for: (item kind, label function).
ITEM_LABELS: dict[str, tuple[str, Callable[[dict[str, Any]], bool]]] = {
    "kr-is-task": ("kr", lambda lb: lb["kr_type"] == "task"),
    "kr-activity-count": ("kr", lambda lb: lb["kr_type"] == "activity"),
    "kr-not-quantified": ("kr", lambda lb: not lb["quantified"]),
    "kr-negative-phrasing": ("kr", lambda lb: bool(lb["negative"])),
    "kr-vague-wording": ("kr", lambda lb: bool(lb["vague"])),
    "objective-is-metric": ("objective", lambda lb: lb["style"] == "metric"),
    "objective-vague": ("objective", lambda lb: lb["style"] == "vague"),
    "objective-not-inspiring": ("objective", lambda lb: not lb["inspiring"]),
}
PAIR_LABEL = "kr-misaligned"
ALL_LABELS = (*ITEM_LABELS, PAIR_LABEL)


def parse_code(kind: str, code: str) -> dict[str, Any]:
    """Labels from a hand-written item's code ('OQN-' for a KR, 'QI' for an objective)."""
    if kind == "kr":
        if len(code) != 4 or code[0] not in KR_TYPES:
            raise ValueError(f"bad KR code {code!r}")
        return {
            "kr_type": KR_TYPES[code[0]],
            "quantified": code[1] == "Q",
            "negative": code[2] == "N",
            "vague": code[3] == "V",
        }
    if code not in OBJ_CODES:
        raise ValueError(f"bad objective code {code!r}")
    style, inspiring = OBJ_CODES[code]
    return {"style": style, "inspiring": inspiring}


def _tsv_rows(path: Path) -> list[tuple[int, list[str]]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        rows.append((n, line.split("\t")))
    return rows


def _handwritten(path: Path, split: str, lang: str | None) -> list[dict[str, Any]]:
    out = []
    for n, cols in _tsv_rows(path):
        try:
            if lang is None:
                lg, kind, fn, code, text = cols
            else:
                lg = lang
                kind, fn, code, text = cols
            if kind not in ("kr", "objective") or lg not in ("en", "zh"):
                raise ValueError(f"bad kind/lang {kind!r}/{lg!r}")
            labels = parse_code(kind, code)
        except ValueError as e:
            raise ValueError(f"{path.name}:{n}: {e}") from None
        out.append(
            {
                "id": f"{path.stem}-{n}",
                "lang": lg,
                "kind": kind,
                "function": fn,
                "text": text.strip(),
                "labels": labels,
                "source": "handwritten",
                "split": split,
            }
        )
    return out


def _pairs_tsv(path: Path, split: str) -> list[dict[str, Any]]:
    out = []
    for n, cols in _tsv_rows(path):
        if len(cols) != 5 or cols[0] not in ("0", "1"):
            raise ValueError(f"{path.name}:{n}: expected aligned, obj lang, kr lang, objective, kr")
        out.append(
            {
                "id": f"{path.stem}-{n}",
                "aligned": cols[0] == "1",
                "objective_lang": cols[1],
                "kr_lang": cols[2],
                "objective": cols[3].strip(),
                "kr": cols[4].strip(),
                "source": "handwritten",
                "split": split,
            }
        )
    return out


def _jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@lru_cache(maxsize=1)
def _all_items() -> tuple[dict[str, Any], ...]:
    items = _jsonl(DATA / "generated.jsonl")
    items += _handwritten(DATA / "handwritten_val.tsv", "val", None)
    items += _handwritten(DATA / "handwritten_test_en.tsv", "test", "en")
    items += _handwritten(DATA / "handwritten_test_zh.tsv", "test", "zh")
    return tuple(items)


@lru_cache(maxsize=1)
def handwritten_train() -> tuple[dict[str, Any], ...]:
    """Hand-written items for the classifier's training only (handwritten_train.tsv: per-period
    results and counts of effort, decision 1700); never in `items()`."""
    return tuple(_handwritten(DATA / "handwritten_train.tsv", "train", None))


@lru_cache(maxsize=1)
def _all_pairs() -> tuple[dict[str, Any], ...]:
    pairs = _jsonl(DATA / "pairs_generated.jsonl")
    pairs += _pairs_tsv(DATA / "pairs_handwritten_val.tsv", "val")
    pairs += _pairs_tsv(DATA / "pairs_handwritten_test.tsv", "test")
    return tuple(pairs)


def items(split: str | None = None, kind: str | None = None) -> list[dict[str, Any]]:
    return [
        it
        for it in _all_items()
        if (split is None or it["split"] == split) and (kind is None or it["kind"] == kind)
    ]


def pairs(split: str | None = None) -> list[dict[str, Any]]:
    return [p for p in _all_pairs() if split is None or p["split"] == split]


def label_of(rule_id: str, item: dict[str, Any]) -> bool:
    return ITEM_LABELS[rule_id][1](item["labels"])


def label_kind(rule_id: str) -> str:
    return ITEM_LABELS[rule_id][0]


def char_trigrams(text: str) -> set[str]:
    t = " ".join(text.lower().split())
    return {t[i : i + 3] for i in range(max(1, len(t) - 2))}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0

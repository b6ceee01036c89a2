"""A private real set's committed manifest holds no text (issue 8): what each real-set test file
checks of its own manifest, written once."""

from __future__ import annotations

import json
from pathlib import Path

_DATA = Path(__file__).resolve().parent.parent / "models" / "data"
_KEYS = {"source", "draft", "lang", "index", "sha256", "kind", "fails", "unknown", "half"}


def assert_manifest_keeps_no_text(name: str, items: int, lang: str) -> None:
    """models/data/<name>_manifest.jsonl: `items` rows of `lang`, each with its hash and labels
    and no text; only half B held out; the first row an objective."""
    path = _DATA / f"{name}_manifest.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == items
    for row in rows:
        assert set(row) >= _KEYS and "text" not in row
        assert len(row["sha256"]) == 64 and row["half"] in ("A", "B") and row["lang"] == lang
    assert {r["half"] for r in rows if r["holdout"]} == {"B"}
    assert rows[0]["kind"] == "objective"

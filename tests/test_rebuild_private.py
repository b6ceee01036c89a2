"""models/rebuild_private.py finds a manifest's items in re-cut drafts by their hashes and writes
the halves as corpora (issue 8: a private real-text set "can be rebuilt" from its manifest)."""

from __future__ import annotations

import hashlib
import json

from models import drafts as corpus
from models.rebuild_private import rebuild, stretches, write

DRAFT = (
    "## Field service — Q2 2028\n"
    "**Objective:** Fix every boiler on the first visit\n"
    "- KR1: First-time fix rate from 71% to 86% (owner: Ravi)\n"
    "- KR2: Stock the 40 most-used parts in every van\n"
    "  by the end of April\n"
)
ITEMS = [
    ("objective", "Fix every boiler on the first visit", []),
    ("kr", "First-time fix rate from 71% to 86% (owner: Ravi)", []),
    ("kr", "Stock the 40 most-used parts in every van\n  by the end of April", ["kr-is-task"]),
]


def _rows(half: str = "B") -> list[dict]:
    return [
        {
            "source": "test",
            "draft": "fs28-s01-01",
            "lang": "en",
            "index": i,
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "kind": kind,
            "fails": fails,
            "unknown": [],
            "holdout": half == "B",
            "half": half,
        }
        for i, (kind, text, fails) in enumerate(ITEMS)
    ]


def test_every_item_is_found_by_its_hash_wrapped_lines_included(tmp_path):
    (tmp_path / "fs28-s01-01.txt").write_text(DRAFT, encoding="utf-8")
    halves, report = rebuild(_rows(), tmp_path)
    (draft,) = halves["B"]["fs28-s01"]
    assert [(it["kind"], it["text"], it["fails"]) for it in draft["items"]] == ITEMS
    assert halves["A"] == {} and report == ["fs28-s01-01: 3/3"]


def test_an_item_cut_differently_is_reported_missing_and_a_draft_without_its_objective_left_out(
    tmp_path,
):
    (tmp_path / "fs28-s01-01.txt").write_text(
        DRAFT.replace("on the first visit", "at the first visit"), encoding="utf-8"
    )
    halves, report = rebuild(_rows(), tmp_path)
    assert halves["B"] == {}
    assert report[0] == "fs28-s01-01: 2/3 missing [0]"
    assert "not an objective" in report[1]


def test_the_written_halves_read_as_a_corpus(tmp_path):
    (tmp_path / "fs28-s01-01.txt").write_text(DRAFT, encoding="utf-8")
    halves, _ = rebuild(_rows("A"), tmp_path)
    write(halves, tmp_path / "out", "fs28")
    assert corpus.check(tmp_path / "out" / "A") == []
    assert len(corpus.load(tmp_path / "out" / "A")) == 1
    meta = json.loads((tmp_path / "out" / "A" / "fs28-s01.meta.json").read_text(encoding="utf-8"))
    assert meta["split"] == "test" and meta["written_by"] == "fs28"
    assert not any((tmp_path / "out" / "B").iterdir())


def test_a_stretch_starts_and_ends_at_a_words_edge():
    found = stretches("KR1: Grow MRR\n")
    grow = hashlib.sha256(b"Grow MRR").hexdigest()
    part = hashlib.sha256(b"row MRR").hexdigest()
    assert found[grow] == [(5, 13)] and part not in found

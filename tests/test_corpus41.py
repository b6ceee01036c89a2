"""Round 41 (corpus41): the studied outsider corpora are train authors of the draft corpus.

Decision 6000: the ten outsider corpora written inside the project in rounds 36-39 (blind36 …
blind39b) joined models/data/drafts/ as train authors, texts byte-identical, ids prefixed by their
set; decision 6001: a label of theirs was corrected only where a recorded decision or a lead ruling
settles it, and the item's note says which.
"""

from __future__ import annotations

import json
import re

from models import drafts

PREFIXES = ("o36-", "o36b-", "o36c-", "o36d-", "o37-", "o37b-", "o38-", "o38b-", "o39-", "o39b-")


def _outsider_metas() -> list[dict]:
    return [
        json.loads(p.read_text(encoding="utf-8"))
        for p in sorted(drafts.DRAFTS.glob("*.meta.json"))
        if p.name.startswith(PREFIXES)
    ]


def test_the_outsider_authors_are_train_authors_of_their_sets() -> None:
    metas = _outsider_metas()
    assert len(metas) == 160
    for m in metas:
        assert m["split"] == "train", m["id"]
        prefix = next(p for p in PREFIXES if m["id"].startswith(p))
        assert m["written_by"] == "blind" + prefix[1:-1], m["id"]
        assert m["persona"].strip(), m["id"]


def test_their_drafts_keep_the_set_prefix_and_stay_verbatim() -> None:
    ds = [d for d in drafts.load() if d.author.startswith(PREFIXES)]
    assert len(ds) == 208
    assert sum(len(d.items) for d in ds) == 1698
    for d in ds:
        assert d.id.startswith(d.author.split("-")[0] + "-"), d.id
        for it in d.items:
            assert d.text[it.start : it.end] == it.text


def test_a_corrected_label_names_the_decision_or_ruling_behind_it() -> None:
    notes = [
        it.note
        for d in drafts.load()
        if d.author.startswith(PREFIXES)
        for it in d.items
        if "corpus41:" in it.note
    ]
    assert len(notes) == 61
    for note in notes:
        why = note.split("corpus41:", 1)[1]
        assert re.search(r"decisions? \d+|lead ruling", why), note

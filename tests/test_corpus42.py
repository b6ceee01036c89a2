"""Rounds 41 to 48 (corpus41 … corpus48): the studied outsider corpora are train authors.

Decisions 6000, 6150 and 6375: the outsider corpora written inside the project in rounds 36-39
(blind36 … blind39b), 40-41 (blind40, blind40b, blind41, blind41b, blind41c), 42 (blind42,
blind42b, blind42c), 43 (blind43, blind43b, blind43c; decision 6460), 45 (blind45, blind45b,
blind45c; decision 6800), 46 (blind46, blind46b; decision 6860) and 47 (blind47, blind47b; decision
6980) joined models/data/drafts/ as train authors, texts byte-identical, ids prefixed by their set;
decisions 6001, 6151, 6376, 6461, 6801, 6861 and 6981: a label of theirs was corrected (or set to
`unknown` where a ruling leaves it open) only where a recorded decision or a lead ruling settles
it, and the item's note says which ("corpus41:" … "corpus48:"; tests/test_corp46.py,
tests/test_corp47.py and tests/test_corp48.py hold rounds 46 to 48's corrections).
"""

from __future__ import annotations

import json
import re

import pytest

from models import drafts

# round: (set prefixes, authors, en authors, drafts, items, corrected items)
ROUNDS = {
    "corpus41": (
        ("o36-", "o36b-", "o36c-", "o36d-", "o37-", "o37b-", "o38-", "o38b-", "o39-", "o39b-"),
        160,
        76,
        208,
        1698,
        61,
    ),
    "corpus42": (("o40-", "o40b-", "o41-", "o41b-", "o41c-"), 80, 40, 93, 808, 41),
    "corpus43": (("o42-", "o42b-", "o42c-"), 48, 24, 56, 484, 19),
    "corpus44": (("o43-", "o43b-", "o43c-"), 48, 24, 57, 495, 11),
    "corpus46": (("o45-", "o45b-", "o45c-"), 48, 24, 55, 503, 21),
    "corpus47": (("o46-", "o46b-"), 32, 16, 39, 349, 18),
    "corpus48": (("o47-", "o47b-"), 32, 16, 44, 364, 17),
}


@pytest.mark.parametrize("round_", sorted(ROUNDS))
def test_the_outsider_authors_are_train_authors_of_their_sets(round_: str) -> None:
    prefixes, n_authors, n_en, *_ = ROUNDS[round_]
    metas = [
        json.loads(p.read_text(encoding="utf-8"))
        for p in sorted(drafts.DRAFTS.glob("*.meta.json"))
        if p.name.startswith(prefixes)
    ]
    assert len(metas) == n_authors
    assert sum(m["lang"] == "en" for m in metas) == n_en
    for m in metas:
        assert m["split"] == "train", m["id"]
        prefix = next(p for p in prefixes if m["id"].startswith(p))
        assert m["written_by"] == "blind" + prefix[1:-1], m["id"]
        assert m["persona"].strip(), m["id"]


@pytest.mark.parametrize("round_", sorted(ROUNDS))
def test_their_drafts_stay_verbatim_and_a_correction_names_its_decision(round_: str) -> None:
    prefixes, _, _, n_drafts, n_items, n_corrected = ROUNDS[round_]
    ds = [d for d in drafts.load() if d.author.startswith(prefixes)]
    assert len(ds) == n_drafts
    assert sum(len(d.items) for d in ds) == n_items
    notes = []
    for d in ds:
        assert d.id.startswith(d.author.split("-")[0] + "-"), d.id
        for it in d.items:
            assert d.text[it.start : it.end] == it.text
            if f"{round_}:" in it.note:
                notes.append(it.note.split(f"{round_}:", 1)[1])
    assert len(notes) == n_corrected
    for why in notes:
        assert re.search(r"decisions? \d+|lead ruling", why), why


def test_the_val_and_test_authors_are_unchanged() -> None:
    metas = [json.loads(p.read_text(encoding="utf-8")) for p in drafts.DRAFTS.glob("*.meta.json")]
    assert sorted(m["split"] for m in metas if m["split"] != "train") == ["test"] * 4 + ["val"] * 5
    assert sum(m["split"] == "train" for m in metas) == 461


def _objective_fails(text: str, *, use_model: bool) -> set[str]:
    from coach.config import Config
    from coach.review import review

    rv = review(text, config=Config(use_model=use_model))
    return {c.rule_id for c in rv.objectives[0].checks if c.status == "fail"}


def test_the_retrained_inspiring_head_reads_a_flat_chore_the_rules_pass() -> None:
    # Decisions 6152, 6377 and 6462: retrained on the 253, the 301, then the 349 train authors,
    # the objective-not-inspiring head (held on, its threshold 0.79, 0.82, then 0.86) reads working
    # through a backlog as flat work; the rules alone do not. ("Deal with the repair backlog", the
    # wording of 6377, scores 0.83 under the new threshold.)
    draft = (
        "Ops team OKRs Q3 2027 (owner: Lina)\n"
        "Objective: Work through the maintenance backlog\n"
        "KR: Customer satisfaction from 80% to 90% by Sep 30\n"
    )
    assert "objective-not-inspiring" not in _objective_fails(draft, use_model=False)
    assert "objective-not-inspiring" in _objective_fails(draft, use_model=True)

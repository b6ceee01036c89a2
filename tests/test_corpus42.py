"""Round 42 (corpus42): five more studied outsider corpora are train authors of the draft corpus.

Decision 6150: the outsider corpora written inside the project in rounds 40 and 41 (blind40,
blind40b, blind41, blind41b, blind41c) joined models/data/drafts/ as train authors, texts
byte-identical, ids prefixed by their set; decision 6151: a label of theirs was corrected only
where a recorded decision or a lead ruling settles it, and the item's note says which.
"""

from __future__ import annotations

import json
import re

from models import drafts

PREFIXES = ("o40-", "o40b-", "o41-", "o41b-", "o41c-")


def _outsider_metas() -> list[dict]:
    return [
        json.loads(p.read_text(encoding="utf-8"))
        for p in sorted(drafts.DRAFTS.glob("*.meta.json"))
        if p.name.startswith(PREFIXES)
    ]


def test_the_round_42_outsider_authors_are_train_authors_of_their_sets() -> None:
    metas = _outsider_metas()
    assert len(metas) == 80
    assert sum(m["lang"] == "en" for m in metas) == 40
    for m in metas:
        assert m["split"] == "train", m["id"]
        prefix = next(p for p in PREFIXES if m["id"].startswith(p))
        assert m["written_by"] == "blind" + prefix[1:-1], m["id"]
        assert m["persona"].strip(), m["id"]


def test_their_drafts_keep_the_set_prefix_and_stay_verbatim() -> None:
    ds = [d for d in drafts.load() if d.author.startswith(PREFIXES)]
    assert len(ds) == 93
    assert sum(len(d.items) for d in ds) == 808
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
        if "corpus42:" in it.note
    ]
    assert len(notes) == 41
    for note in notes:
        why = note.split("corpus42:", 1)[1]
        assert re.search(r"decisions? \d+|lead ruling", why), note


def test_the_val_and_test_authors_are_unchanged() -> None:
    metas = [json.loads(p.read_text(encoding="utf-8")) for p in drafts.DRAFTS.glob("*.meta.json")]
    assert sorted(m["split"] for m in metas if m["split"] != "train") == ["test"] * 4 + ["val"] * 5
    assert sum(m["split"] == "train" for m in metas) == 253


def _objective_fails(text: str, *, use_model: bool) -> set[str]:
    from coach.config import Config
    from coach.review import review

    rv = review(text, config=Config(use_model=use_model))
    return {c.rule_id for c in rv.objectives[0].checks if c.status == "fail"}


def test_the_retrained_inspiring_head_reads_a_flat_chore_the_rules_pass() -> None:
    # Decision 6152: retrained on the 253 train authors, the objective-not-inspiring head (held
    # on, its threshold now 0.79) reads dealing with a backlog as flat work; the rules alone do not.
    draft = (
        "Ops team OKRs Q3 2027 (owner: Lina)\n"
        "Objective: Deal with the repair backlog\n"
        "KR: Customer satisfaction from 80% to 90% by Sep 30\n"
    )
    assert "objective-not-inspiring" not in _objective_fails(draft, use_model=False)
    assert "objective-not-inspiring" in _objective_fails(draft, use_model=True)

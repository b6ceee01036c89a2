"""The realistic draft corpus: its checker, and the evaluation that matches labels to reviews."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models import drafts, evaluate_drafts

DRAFT = {
    "id": "demo-01",
    "author": "demo",
    "lang": "en",
    "function": "sales",
    "level": "team",
    "text": (
        "# Sales OKRs\nO1: Win the mid-market this quarter\n"
        "- KR1: Hire 2 account executives for the West region\n"
        "- KR2: Grow mid-market ARR from $2M to $3M (owner: Ana)"
    ),
    "items": [
        {"kind": "objective", "text": "Win the mid-market this quarter", "fails": []},
        {
            "kind": "kr",
            "text": "Hire 2 account executives for the West region",
            "fails": ["kr-is-task", "kr-no-owner"],
        },
        {"kind": "kr", "text": "Grow mid-market ARR from $2M to $3M (owner: Ana)", "fails": []},
    ],
}
META = {
    "id": "demo",
    "lang": "en",
    "persona": "a demo author",
    "functions": ["sales"],
    "written_by": "tests",
    "split": "train",
}


def _write(root: Path, draft: dict, meta: dict = META) -> Path:
    (root / "demo.jsonl").write_text(json.dumps(draft) + "\n", encoding="utf-8")
    (root / "demo.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return root


def test_a_valid_corpus_loads_with_located_items(tmp_path: Path) -> None:
    root = _write(tmp_path, DRAFT)
    assert drafts.check(root) == []
    (d,) = drafts.load(root)
    kr = d.items[1]
    assert d.text[kr.start : kr.end] == kr.text
    assert kr.verdict("kr-is-task") == "fail" and kr.verdict("kr-not-quantified") == "pass"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["items"][1].update(text="Hire three people"), "not found in order"),
        (lambda d: d["items"][1].update(fails=["objective-is-metric"]), "do not apply"),
        (
            lambda d: d["items"][1].update(fails=["kr-is-task", "kr-activity-count"]),
            "not both",
        ),
        (lambda d: d.update(function="astrology"), "unknown function"),
        (lambda d: d["items"].reverse(), "not found in order"),
    ],
)
def test_the_checker_names_each_problem(tmp_path: Path, change, message: str) -> None:
    bad = json.loads(json.dumps(DRAFT))
    change(bad)
    errs = drafts.check(_write(tmp_path, bad))
    assert any(message in e and e.startswith("demo.jsonl:1") for e in errs), errs


def test_evaluation_matches_labels_to_the_review(tmp_path: Path) -> None:
    root = _write(tmp_path, DRAFT)
    results = evaluate_drafts.evaluate(evaluate_drafts.review_predictor(), root=root)
    assert results["items"] == 3
    assert results["parse_accuracy"] == 1.0
    owner = results["table"]["owner/en"]
    assert owner["positives"] == 1 and owner["n"] == 2


def test_a_parse_miss_predicts_pass(tmp_path: Path) -> None:
    d = drafts.load(_write(tmp_path, DRAFT))[0]
    # A review that parsed nothing: every item is a parse miss.
    empty = type("R", (), {"objectives": []})()
    assert evaluate_drafts.match_review(d, empty) == [None, None, None]
    assert not evaluate_drafts.predicted(None, "result")

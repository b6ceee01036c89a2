"""docs/review.schema.json is the Review's JSON Schema, kept up to date."""

from __future__ import annotations

import json
from pathlib import Path

from coach import review
from coach.cli import schema_text
from coach.types import Review

SCHEMA = Path(__file__).resolve().parents[1] / "docs" / "review.schema.json"


def test_committed_schema_is_up_to_date():
    assert SCHEMA.read_text(encoding="utf-8") == schema_text(), (
        "docs/review.schema.json is stale: run `python -m coach schema > docs/review.schema.json`"
    )


def test_schema_is_the_models_schema():
    assert json.loads(schema_text()) == Review.model_json_schema()


def test_a_review_matches_the_schema_shape():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    data = json.loads(
        review("O: Delight our customers\nKR1: Raise NPS from 30 to 45").model_dump_json()
    )
    assert set(schema["required"]) <= set(data)
    assert set(data) <= set(schema["properties"])

"""Feedback on findings, kept in SQLite, exported as JSON Lines for retraining.

Only what the person submits is stored: the finding's rule, target and span, whether it helped,
whether the suggestion was applied, an optional comment, and the item's text only when the
person chooses to send it. No address, user agent or draft is recorded.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Literal

from pydantic import BaseModel, Field

from coach import __version__
from coach.types import Span

SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    rule_id TEXT NOT NULL,
    target TEXT NOT NULL,
    span_start INTEGER,
    span_end INTEGER,
    helpful INTEGER NOT NULL,
    applied INTEGER NOT NULL,
    comment TEXT,
    item_text TEXT,
    language TEXT,
    source TEXT,
    coach_version TEXT NOT NULL
)
"""

COLUMNS = (
    "id",
    "created_at",
    "rule_id",
    "target",
    "span_start",
    "span_end",
    "helpful",
    "applied",
    "comment",
    "item_text",
    "language",
    "source",
    "coach_version",
)


class FeedbackIn(BaseModel):
    """One person's verdict on one finding."""

    rule_id: str = Field(max_length=100, examples=["kr-is-task"])
    target: str = Field(
        max_length=40,
        pattern=r"^(set|o\d{1,4}(\.kr\d{1,4})?)$",
        description="The finding's target: an item id ('o1', 'o1.kr2') or 'set'.",
    )
    span: Span | None = Field(None, description="The finding's span in the reviewed draft.")
    helpful: bool
    applied: bool = Field(False, description="Whether the person applied the suggestion.")
    comment: str | None = Field(None, max_length=2000)
    item_text: str | None = Field(
        None,
        max_length=2000,
        description="The item's wording — only if the person chooses to share it.",
    )
    language: Literal["zh", "en"] | None = None
    source: Literal["rule", "model"] | None = None


class FeedbackStored(BaseModel):
    id: int
    created_at: str


class FeedbackStore:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        # One short-lived connection per call: cheap for SQLite and safe across threads.
        if self.path.parent != Path(""):
            self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=10)
        try:
            conn.execute(SCHEMA)
            yield conn
            conn.commit()
        finally:
            conn.close()

    def add(self, item: FeedbackIn) -> FeedbackStored:
        created = datetime.now(UTC).isoformat(timespec="seconds")
        with self._connect() as conn:
            cur = conn.execute(
                "INSERT INTO feedback (created_at, rule_id, target, span_start, span_end, "
                "helpful, applied, comment, item_text, language, source, coach_version) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    created,
                    item.rule_id,
                    item.target,
                    item.span.start if item.span else None,
                    item.span.end if item.span else None,
                    int(item.helpful),
                    int(item.applied),
                    item.comment,
                    item.item_text,
                    item.language,
                    item.source,
                    __version__,
                ),
            )
            return FeedbackStored(id=int(cur.lastrowid or 0), created_at=created)

    def rows(self) -> Iterator[dict[str, Any]]:
        if not self.path.exists():
            return
        with self._connect() as conn:
            for row in conn.execute(f"SELECT {', '.join(COLUMNS)} FROM feedback ORDER BY id"):
                record = dict(zip(COLUMNS, row, strict=True))
                start, end = record.pop("span_start"), record.pop("span_end")
                record["span"] = None if start is None else {"start": start, "end": end}
                record["helpful"] = bool(record["helpful"])
                record["applied"] = bool(record["applied"])
                yield record

    def export_jsonl(self, out: IO[str]) -> int:
        """Write one JSON object a line; return how many."""
        n = 0
        for record in self.rows():
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
        return n

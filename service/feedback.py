"""Feedback on findings, kept in SQLite (the default) or PostgreSQL, exported as JSON Lines
for retraining.

SQLite suits one machine (any number of workers on it). Several machines behind a load
balancer share one PostgreSQL database: OKR_COACH_FEEDBACK_DB=postgresql://user@host:5432/db.
The feedback store is the service's only state.

Only what the person submits is stored: the finding's rule, target and span, whether it helped,
whether the suggestion was applied, an optional comment, and the item's text only when the
person chooses to send it. No address, user agent or draft is recorded.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Literal, Protocol

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


class Store(Protocol):
    def add(self, item: FeedbackIn) -> FeedbackStored: ...
    def rows(self) -> Iterator[dict[str, Any]]: ...
    def export_jsonl(self, out: IO[str]) -> int: ...


def _values(item: FeedbackIn, created: str) -> tuple[Any, ...]:
    """The row's values in COLUMNS order, without the id."""
    return (
        created,
        item.rule_id,
        item.target,
        item.span.start if item.span else None,
        item.span.end if item.span else None,
        item.helpful,
        item.applied,
        item.comment,
        item.item_text,
        item.language,
        item.source,
        __version__,
    )


def _record(row: tuple[Any, ...]) -> dict[str, Any]:
    record = dict(zip(COLUMNS, row, strict=True))
    start, end = record.pop("span_start"), record.pop("span_end")
    record["span"] = None if start is None else {"start": start, "end": end}
    record["helpful"] = bool(record["helpful"])
    record["applied"] = bool(record["applied"])
    return record


def _export(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for record in rows:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def open_store(db: str | Path) -> Store:
    """The store for a setting: a postgresql:// URL, or a SQLite path / sqlite:/// URL."""
    from service.settings import feedback_db_path, is_postgres_url

    if isinstance(db, str) and is_postgres_url(db):
        return PostgresFeedbackStore(db)
    return FeedbackStore(feedback_db_path(db) if isinstance(db, str) else db)


class FeedbackStore:
    """SQLite: one file on the machine; safe for several worker processes on it."""

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
                _values(item, created),
            )
            return FeedbackStored(id=int(cur.lastrowid or 0), created_at=created)

    def rows(self) -> Iterator[dict[str, Any]]:
        if not self.path.exists():
            return
        with self._connect() as conn:
            for row in conn.execute(f"SELECT {', '.join(COLUMNS)} FROM feedback ORDER BY id"):
                yield _record(row)

    def export_jsonl(self, out: IO[str]) -> int:
        """Write one JSON object a line; return how many."""
        return _export(self.rows(), out)


PG_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_at TEXT NOT NULL,
    rule_id TEXT NOT NULL,
    target TEXT NOT NULL,
    span_start INTEGER,
    span_end INTEGER,
    helpful BOOLEAN NOT NULL,
    applied BOOLEAN NOT NULL,
    comment TEXT,
    item_text TEXT,
    language TEXT,
    source TEXT,
    coach_version TEXT NOT NULL
)
"""


class PostgresFeedbackStore:
    """PostgreSQL (psycopg 3), shared by every worker on every machine.

    A connection per call: feedback is rare next to reviews, and this keeps each worker free of
    long-lived connections a database restart would break. The table is created on first use.
    """

    def __init__(self, url: str, connect_timeout: int = 10) -> None:
        self.url = url
        self.connect_timeout = connect_timeout
        self._schema_ready = False
        self._lock = threading.Lock()

    @contextmanager
    def _connect(self) -> Iterator[Any]:
        import psycopg  # the `postgres` extra; only needed when the setting names PostgreSQL

        with psycopg.connect(self.url, connect_timeout=self.connect_timeout) as conn:
            if not self._schema_ready:
                with self._lock:
                    # Concurrent CREATE TABLE IF NOT EXISTS can still collide in the catalog;
                    # an advisory lock makes the first creation one at a time across workers.
                    conn.execute("SELECT pg_advisory_xact_lock(4242)")
                    conn.execute(PG_SCHEMA)
                    conn.commit()
                    self._schema_ready = True
            yield conn

    def add(self, item: FeedbackIn) -> FeedbackStored:
        created = datetime.now(UTC).isoformat(timespec="seconds")
        with self._connect() as conn:
            row = conn.execute(
                "INSERT INTO feedback (created_at, rule_id, target, span_start, span_end, "
                "helpful, applied, comment, item_text, language, source, coach_version) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id",
                _values(item, created),
            ).fetchone()
            return FeedbackStored(id=int(row[0]), created_at=created)

    def rows(self) -> Iterator[dict[str, Any]]:
        # A server-side cursor: the export streams, however many rows there are.
        with (
            self._connect() as conn,
            conn.transaction(),
            conn.cursor(name="feedback_export") as cur,
        ):
            cur.execute(f"SELECT {', '.join(COLUMNS)} FROM feedback ORDER BY id")
            for row in cur:
                yield _record(row)

    def export_jsonl(self, out: IO[str]) -> int:
        """Write one JSON object a line; return how many."""
        return _export(self.rows(), out)

"""Feedback on findings, kept in SQLite (the default) or PostgreSQL, exported as JSON Lines
for retraining.

SQLite suits one machine (any number of workers on it). Several machines behind a load
balancer share one PostgreSQL database: OKR_COACH_FEEDBACK_DB=postgresql://user@host:5432/db.
The feedback store is the service's only state.

Only what the person submits is stored: the finding's rule, target and span, whether it helped,
whether the suggestion was applied, an optional comment, and the item's text only when the
person chooses to send it. No address, user agent or draft is recorded.

A client may send an `Idempotency-Key` header with a write: a retry with the same key (after a
lost acknowledgement) returns the stored record instead of adding it again. Every failure of the
store — a full disk, a read-only or corrupt file, a lock held too long, a database that cannot be
reached — is raised as `StoreUnavailable` with a message for a person, and `health()` says
whether the store can take a write now.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Literal, Protocol

from pydantic import BaseModel, Field, field_validator, model_validator

from coach import __version__

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
# Added later: a store made before them gets these columns on first use.
ADDED_COLUMNS = ("idempotency_key", "request_hash")
IDEMPOTENCY_INDEX = (
    "CREATE UNIQUE INDEX IF NOT EXISTS feedback_idempotency ON feedback (idempotency_key)"
)

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


# The longest offset a span can have: far beyond any draft the service accepts, and well inside
# a 32-bit INTEGER of either database.
MAX_OFFSET = 10_000_000
# Characters no comment needs: C0 controls but tab and newlines, DEL, lone surrogates (which
# no database can store as UTF-8).
_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
IDEMPOTENCY_KEY = re.compile(r"^[\x21-\x7e]{1,200}$")


class StoreUnavailable(Exception):
    """The feedback store cannot be used now; the message says why, for a person."""


class FeedbackSpan(BaseModel):
    start: int = Field(ge=0, le=MAX_OFFSET, description="First code point of the span.")
    end: int = Field(ge=0, le=MAX_OFFSET, description="One past the last code point.")

    @model_validator(mode="after")
    def _ordered(self) -> FeedbackSpan:
        if self.start > self.end:
            raise ValueError("span.start must not be after span.end")
        return self


class FeedbackIn(BaseModel):
    """One person's verdict on one finding."""

    rule_id: str = Field(max_length=100, pattern=r"^[a-z0-9][a-z0-9-]*$", examples=["kr-is-task"])
    target: str = Field(
        max_length=40,
        pattern=r"^(set|o\d{1,4}(\.kr\d{1,4})?)$",
        description="The finding's target: an item id ('o1', 'o1.kr2') or 'set'.",
    )
    span: FeedbackSpan | None = Field(None, description="The finding's span in the reviewed draft.")
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

    @field_validator("comment", "item_text")
    @classmethod
    def _plain_text(cls, value: str | None) -> str | None:
        if value is not None and (m := _BAD_CHARS.search(value)):
            raise ValueError(
                f"contains a control character (U+{ord(m.group()):04X} at offset {m.start()}); "
                "send plain text"
            )
        return value

    def request_hash(self) -> str:
        """A digest of what was sent: a reused idempotency key with other content is refused."""
        return hashlib.sha256(self.model_dump_json().encode("utf-8", "replace")).hexdigest()


class IdempotencyConflict(Exception):
    """The idempotency key was used before with a different record."""


class FeedbackStored(BaseModel):
    id: int
    created_at: str
    replayed: bool = Field(
        False, description="True when an earlier write with the same Idempotency-Key is returned."
    )


class Store(Protocol):
    def add(self, item: FeedbackIn, key: str | None = None) -> FeedbackStored: ...
    def health(self) -> str | None: ...
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


INSERT_COLUMNS = (
    "created_at, rule_id, target, span_start, span_end, helpful, applied, comment, item_text, "
    "language, source, coach_version, idempotency_key, request_hash"
)


def insert_sql(mark: str) -> str:
    """The insert, with `mark` as the parameter placeholder ('?' or '%s'). A key used before
    inserts nothing (no key: never a conflict, NULLs are distinct)."""
    marks = ", ".join([mark] * len(INSERT_COLUMNS.split(",")))
    return (
        f"INSERT INTO feedback ({INSERT_COLUMNS}) VALUES ({marks}) "
        "ON CONFLICT (idempotency_key) DO NOTHING"
    )


def by_key_sql(mark: str) -> str:
    return f"SELECT id, created_at, request_hash FROM feedback WHERE idempotency_key = {mark}"


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


def _replay(row: tuple[Any, ...] | None, item: FeedbackIn) -> FeedbackStored | None:
    """The stored record for a reused key (id, created_at, request_hash), or None."""
    if row is None:
        return None
    if row[2] != item.request_hash():
        raise IdempotencyConflict
    return FeedbackStored(id=int(row[0]), created_at=str(row[1]), replayed=True)


def open_store(db: str | Path, timeout: float = 10.0) -> Store:
    """The store for a setting: a postgresql:// URL, or a SQLite path / sqlite:/// URL.
    `timeout`: the longest wait for a lock or a connection, in seconds."""
    from service.settings import feedback_db_path, is_postgres_url

    if isinstance(db, str) and is_postgres_url(db):
        return PostgresFeedbackStore(db, connect_timeout=max(1, round(timeout)))
    return FeedbackStore(feedback_db_path(db) if isinstance(db, str) else db, timeout=timeout)


# SQLite's messages, said for a person who runs the service.
_SQLITE_REASONS = (
    ("locked", "the feedback database is locked by another process"),
    ("readonly", "the feedback database is read-only"),
    ("read-only", "the feedback database is read-only"),
    ("disk is full", "the disk of the feedback database is full"),
    ("not a database", "the feedback database file is damaged (not a SQLite database)"),
    ("malformed", "the feedback database file is damaged"),
    ("unable to open", "the feedback database file cannot be opened"),
    ("disk i/o", "the feedback database cannot be written (disk I/O error)"),
)
MIN_FREE_BYTES = 1 << 20  # health: a store whose disk has less than this free is not healthy


def _sqlite_reason(e: BaseException) -> str:
    text = str(e).lower()
    for needle, reason in _SQLITE_REASONS:
        if needle in text:
            return reason
    if isinstance(e, OSError):
        return f"the feedback database cannot be used ({e.strerror or type(e).__name__})"
    return f"the feedback database failed ({type(e).__name__})"


class FeedbackStore:
    """SQLite: one file on the machine; safe for several worker processes on it."""

    def __init__(self, path: str | Path, timeout: float = 10.0) -> None:
        self.path = Path(path)
        self.timeout = timeout

    @contextmanager
    def _connect(self, timeout: float | None = None) -> Iterator[sqlite3.Connection]:
        # One short-lived connection per call: cheap for SQLite and safe across threads.
        try:
            if self.path.parent != Path(""):
                self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=self.timeout if timeout is None else timeout)
        except (sqlite3.Error, OSError) as e:
            raise StoreUnavailable(_sqlite_reason(e)) from e
        try:
            conn.execute(SCHEMA)
            have = {r[1] for r in conn.execute("PRAGMA table_info(feedback)")}
            for column in ADDED_COLUMNS:
                if column not in have:
                    try:
                        conn.execute(f"ALTER TABLE feedback ADD COLUMN {column} TEXT")
                    except sqlite3.OperationalError as e:  # another worker added it just now
                        if "duplicate column" not in str(e):
                            raise
            conn.execute(IDEMPOTENCY_INDEX)
            yield conn
            conn.commit()
        except (sqlite3.Error, OSError) as e:
            raise StoreUnavailable(_sqlite_reason(e)) from e
        finally:
            conn.close()

    def add(self, item: FeedbackIn, key: str | None = None) -> FeedbackStored:
        created = datetime.now(UTC).isoformat(timespec="seconds")
        digest = item.request_hash() if key else None
        with self._connect() as conn:
            cur = conn.execute(insert_sql("?"), (*_values(item, created), key, digest))
            if cur.rowcount == 1:
                return FeedbackStored(id=int(cur.lastrowid or 0), created_at=created)
            found = conn.execute(by_key_sql("?"), (key,)).fetchone()  # the key was used before
            return _replay(found, item) or FeedbackStored(id=0, created_at=created)

    def health(self) -> str | None:
        """None when a write could go through now, else why not."""
        folder = self.path.parent if self.path.parent != Path("") else Path(".")
        try:
            if folder.exists() and shutil.disk_usage(folder).free < MIN_FREE_BYTES:
                return "the disk of the feedback database is full"
            if self.path.exists() and not os.access(self.path, os.W_OK):
                return "the feedback database is read-only"
            with self._connect(timeout=0.5) as conn:
                conn.execute("SELECT 1 FROM feedback LIMIT 1").fetchall()
                # Take the write lock and let it go: a lock held elsewhere shows here.
                conn.execute("BEGIN IMMEDIATE")
                conn.rollback()
        except StoreUnavailable as e:
            return str(e)
        except OSError as e:
            return _sqlite_reason(e)
        return None

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
);
ALTER TABLE feedback ADD COLUMN IF NOT EXISTS idempotency_key TEXT;
ALTER TABLE feedback ADD COLUMN IF NOT EXISTS request_hash TEXT;
CREATE UNIQUE INDEX IF NOT EXISTS feedback_idempotency ON feedback (idempotency_key);
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

        try:
            with psycopg.connect(self.url, connect_timeout=self.connect_timeout) as conn:
                # A statement waits at most as long as a connection may: a held lock is an
                # error, not a hung request.
                conn.execute(f"SET statement_timeout = {int(self.connect_timeout * 1000)}")
                if not self._schema_ready:
                    with self._lock:
                        # Concurrent CREATE TABLE IF NOT EXISTS can still collide in the
                        # catalog; an advisory lock makes the first creation one at a time.
                        conn.execute("SELECT pg_advisory_xact_lock(4242)")
                        conn.execute(PG_SCHEMA)
                        conn.commit()
                        self._schema_ready = True
                yield conn
        except psycopg.Error as e:
            reason = type(e).__name__
            if isinstance(e, psycopg.OperationalError):
                reason = "cannot reach the feedback database, or it stopped the query"
            raise StoreUnavailable(f"the feedback database failed: {reason}") from e

    def add(self, item: FeedbackIn, key: str | None = None) -> FeedbackStored:
        created = datetime.now(UTC).isoformat(timespec="seconds")
        digest = item.request_hash() if key else None
        with self._connect() as conn:
            row = conn.execute(
                insert_sql("%s") + " RETURNING id", (*_values(item, created), key, digest)
            ).fetchone()
            if row is not None:
                return FeedbackStored(id=int(row[0]), created_at=created)
            found = conn.execute(by_key_sql("%s"), (key,)).fetchone()  # the key was used before
            return _replay(found, item) or FeedbackStored(id=0, created_at=created)

    def health(self) -> str | None:
        try:
            with self._connect() as conn:
                conn.execute("SELECT 1").fetchone()
        except StoreUnavailable as e:
            return str(e)
        return None

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

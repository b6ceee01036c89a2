"""Service settings, read from the environment with the prefix `OKR_COACH_`.

    OKR_COACH_HOST=0.0.0.0 OKR_COACH_PORT=8000
    OKR_COACH_MAX_CHARS=20000 OKR_COACH_MAX_OBJECTIVES=50
    OKR_COACH_CORS_ORIGINS=https://okr.example.com,https://wiki.example.com
    OKR_COACH_API_KEYS=key-one,key-two      # when set, requests need an X-API-Key header
    OKR_COACH_LOG_LEVEL=info
    OKR_COACH_FEEDBACK_DB=/var/lib/okr-coach/feedback.sqlite3   # or sqlite:///relative.db
    OKR_COACH_FEEDBACK_DB=postgresql://coach@db.internal:5432/okr   # shared by every worker
    OKR_COACH_REQUEST_TIMEOUT_S=10     # a review taking longer is stopped and answered 503
    OKR_COACH_REVIEW_THREADS=4 OKR_COACH_REVIEW_QUEUE=64   # reviews at once; waiting at most
    OKR_COACH_MAX_KEY_RESULTS=250 OKR_COACH_MAX_FINDINGS=300 OKR_COACH_MAX_FINDINGS_PER_ITEM=10
    OKR_COACH_FEEDBACK_RATE_PER_MINUTE=30   # per client (address, or API key when keys are on)
    OKR_COACH_HEADER_TIMEOUT_S=10 OKR_COACH_BODY_TIMEOUT_S=10 OKR_COACH_KEEP_ALIVE_S=5
    OKR_COACH_HTTP=auto                # HTTP parser: httptools (default when installed) or h11

Lists may be written comma-separated or as a JSON array.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from coach.config import (
    DEFAULT_MAX_FINDINGS,
    DEFAULT_MAX_FINDINGS_PER_ITEM,
    DEFAULT_MAX_KEY_RESULTS,
)
from coach.parse import DEFAULT_MAX_CHARS, DEFAULT_MAX_OBJECTIVES

LOG_LEVELS = ("critical", "error", "warning", "info", "debug")


def _split_list(value: object) -> object:
    """'a, b' or '["a","b"]' from the environment; a list as given."""
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            return json.loads(text)
        return [part.strip() for part in text.split(",") if part.strip()]
    return value


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="OKR_COACH_", extra="ignore")

    host: str = "127.0.0.1"
    port: int = Field(8000, ge=0, le=65535)
    max_chars: int = Field(DEFAULT_MAX_CHARS, ge=1, description="Longest draft, in characters.")
    max_objectives: int = Field(DEFAULT_MAX_OBJECTIVES, ge=1)
    max_key_results: int = Field(
        DEFAULT_MAX_KEY_RESULTS, ge=1, description="Most key results in one draft (else 413)."
    )
    max_findings: int = Field(
        DEFAULT_MAX_FINDINGS,
        ge=1,
        description="Most findings listed in one review; the most severe are kept and the "
        "rest counted in the review's `truncated` (LanguageTool: incompleteResults).",
    )
    max_findings_per_item: int = Field(
        DEFAULT_MAX_FINDINGS_PER_ITEM, ge=1, description="Most findings listed per item."
    )
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    api_keys: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="When non-empty, every route but /, /static, /healthz and /readyz needs "
        "one of these in an X-API-Key header.",
    )
    log_level: str = "info"
    # Draft texts are personal work in progress: never logged unless this is switched on.
    log_drafts: bool = False
    feedback_db: str = Field(
        "okr-coach-feedback.sqlite3",
        description="A SQLite file (path or sqlite:///path), or a postgresql:// URL.",
    )
    request_timeout_s: float = Field(
        10.0,
        gt=0,
        le=600,
        description="Time budget of one review, counted from the request's arrival; over it "
        "the review is stopped and the answer is 503.",
    )
    review_threads: int = Field(
        4, ge=1, le=64, description="Reviews run at once per worker process (threads)."
    )
    review_queue: int = Field(
        64, ge=0, description="Requests that may wait for a review thread; more get 503 busy."
    )
    hard_stop_after_s: float | None = Field(
        0.1,
        ge=0,
        description="A review still running this long after its deadline (in code that does "
        "not check it) is interrupted in its thread; None: never interrupt.",
    )
    feedback_threads: int = Field(
        2, ge=1, le=16, description="Threads for the feedback store, apart from reviews."
    )
    feedback_queue: int = Field(
        16, ge=0, description="Feedback requests that may wait for the store; more get 503."
    )
    feedback_timeout_s: float = Field(
        5.0, gt=0, le=60, description="Longest wait for the feedback store (a lock, a network)."
    )
    feedback_rate_per_minute: int = Field(
        30,
        ge=0,
        description="Feedback records one client may send per minute (bursts up to the same "
        "number); 0: no limit. A client is its API key when keys are on, else its address.",
    )
    ready_requires_store: bool = Field(
        False,
        description="/readyz answers 503 while the feedback store is unhealthy (by default "
        "it reports the store's state but stays ready: reviews do not need the store).",
    )
    header_timeout_s: float = Field(
        10.0, gt=0, description="A connection must send a request's headers within this time."
    )
    body_timeout_s: float = Field(
        10.0, gt=0, description="A request's body must arrive within this time (else 408)."
    )
    keep_alive_s: float = Field(5.0, gt=0, description="Idle keep-alive connections close after.")
    http: Literal["auto", "httptools", "h11"] = Field(
        "auto",
        description="HTTP parser: httptools (C) or h11 (pure Python); auto: httptools when "
        "installed.",
    )
    max_connections: int = Field(
        1000, ge=1, description="Concurrent connections per worker; more get 503 (uvicorn)."
    )
    warm_up: bool = Field(True, description="Load the NLP resources in the background at start.")
    telemetry: bool = Field(
        False,
        description="FastAPI's native OpenTelemetry (where the installed FastAPI has it): traces, "
        "metrics and logs through the global providers an instrumentation sets up. Off: the "
        "service sets none up, and FastAPI would look the three providers up on every request.",
    )
    semantic: bool = Field(
        True,
        description="Use the sentence encoder (alignment where word lists cannot tell, similar "
        "good examples for flawed items): about 2.5 ms and 100 MB more per worker.",
    )

    @field_validator("cors_origins", "api_keys", mode="before")
    @classmethod
    def _lists(cls, value: object) -> object:
        return _split_list(value)

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        value = value.lower()
        if value not in LOG_LEVELS:
            raise ValueError(f"log_level must be one of {LOG_LEVELS}")
        return value

    @field_validator("feedback_db")
    @classmethod
    def _db(cls, value: str) -> str:
        if not is_postgres_url(value):
            feedback_db_path(value)  # fails early on an unsupported URL
        return value

    @property
    def feedback_path(self) -> Path:
        """The SQLite file (a ValueError when the store is PostgreSQL)."""
        return feedback_db_path(self.feedback_db)

    def max_body_bytes(self) -> int:
        """The largest request body worth reading: the text limit in UTF-8, JSON-escaped, with
        room for options. Anything larger cannot be a reviewable draft."""
        return self.max_chars * 12 + 64_000


POSTGRES_SCHEMES = ("postgresql", "postgres")


def is_postgres_url(value: str) -> bool:
    return value.partition("://")[0].lower() in POSTGRES_SCHEMES and "://" in value


def feedback_db_path(value: str) -> Path:
    """A plain path, or a `sqlite:///path` URL (four slashes for an absolute path)."""
    if "://" not in value:
        return Path(value)
    scheme, _, rest = value.partition("://")
    if scheme != "sqlite":
        raise ValueError(
            f"feedback_db: use a SQLite path (sqlite:///path) or a postgresql:// URL, "
            f"not {scheme!r}"
        )
    if not rest.startswith("/") or rest == "/":
        raise ValueError("feedback_db: write a SQLite URL as sqlite:///relative or sqlite:////abs")
    return Path(rest[1:])

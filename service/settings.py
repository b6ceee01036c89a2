"""Service settings, read from the environment with the prefix `OKR_COACH_`.

    OKR_COACH_HOST=0.0.0.0 OKR_COACH_PORT=8000
    OKR_COACH_MAX_CHARS=20000 OKR_COACH_MAX_OBJECTIVES=50
    OKR_COACH_CORS_ORIGINS=https://okr.example.com,https://wiki.example.com
    OKR_COACH_API_KEYS=key-one,key-two      # when set, requests need an X-API-Key header
    OKR_COACH_LOG_LEVEL=info
    OKR_COACH_FEEDBACK_DB=/var/lib/okr-coach/feedback.sqlite3   # or sqlite:///relative.db
    OKR_COACH_FEEDBACK_DB=postgresql://coach@db.internal:5432/okr   # shared by every worker
    OKR_COACH_REQUEST_TIMEOUT_S=10     # a review taking longer is answered 503

Lists may be written comma-separated or as a JSON array.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

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
        10.0, gt=0, le=600, description="Time budget of one review; over it the answer is 503."
    )
    warm_up: bool = Field(True, description="Load the NLP resources in the background at start.")
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

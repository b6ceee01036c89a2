"""The language of the service's own error messages: English or Chinese, as the client asks."""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any


def preferred_language(accept_language: str | None) -> str:
    """'zh' when the Accept-Language header ranks Chinese above English, else 'en'."""
    best, best_q = "en", -1.0
    for part in (accept_language or "").split(",")[:20]:
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        lang = tag.strip().lower()[:2]
        if lang in ("zh", "en") and q > best_q:
            best, best_q = lang, q
    return best


def header(scope: MutableMapping[str, Any], name: bytes) -> str | None:
    """A request header from an ASGI scope, decoded (None when absent)."""
    raw = next((v for k, v in scope.get("headers", []) if k == name), None)
    return raw.decode("latin-1") if raw is not None else None


def in_both(accept_language: str | None, detail: str, detail_zh: str) -> tuple[str, dict[str, str]]:
    """The message for a client whose Accept-Language is given, and both languages."""
    messages = {"en": detail, "zh": detail_zh}
    return messages[preferred_language(accept_language)], messages


def error_body(
    scope: MutableMapping[str, Any], code: str, detail: str, detail_zh: str
) -> dict[str, Any]:
    """An error body for a middleware's answer, in the language the client prefers."""
    chosen, messages = in_both(header(scope, b"accept-language"), detail, detail_zh)
    return {"detail": chosen, "code": code, "messages": messages}

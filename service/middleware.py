"""Pure ASGI middleware: API keys and a request-size ceiling (cheaper than BaseHTTPMiddleware)."""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Reachable without a key: the page, its files, and the probes.
OPEN_PATHS = frozenset({"/", "/healthz", "/readyz", "/favicon.ico"})
OPEN_PREFIXES = ("/static/",)


async def send_json(send: Send, status: int, body: dict[str, Any]) -> None:
    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(data)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": data})


class APIKeyMiddleware:
    """401 without a valid X-API-Key, except on OPEN_PATHS and CORS preflights."""

    def __init__(self, app: ASGIApp, keys: list[str]) -> None:
        self.app = app
        self.keys = [k.encode("utf-8") for k in keys if k]

    def _allowed(self, scope: Scope) -> bool:
        path = scope.get("path", "")
        if path in OPEN_PATHS or path.startswith(OPEN_PREFIXES):
            return True
        if scope.get("method") == "OPTIONS":
            return True
        given = next((v for k, v in scope.get("headers", []) if k == b"x-api-key"), None)
        # Compare against every key in constant time, so timing tells nothing about them.
        return given is not None and any(hmac.compare_digest(given, k) for k in self.keys)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.keys or self._allowed(scope):
            await self.app(scope, receive, send)
            return
        await send_json(
            send,
            401,
            {
                "detail": "missing or invalid API key: send it in the X-API-Key header",
                "code": "unauthorized",
            },
        )


class _TooLarge(Exception):
    pass


class BodyLimitMiddleware:
    """413 for a request body over `limit` bytes, declared or streamed."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    def _reply(self, send: Send) -> Awaitable[None]:
        return send_json(
            send,
            413,
            {
                "detail": f"the request body is over {self.limit:,} bytes; "
                "review one team's OKRs at a time",
                "code": "too_long",
            },
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = next((v for k, v in scope.get("headers", []) if k == b"content-length"), None)
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._reply(send)
            return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await self._reply(send)

"""Pure ASGI middleware (cheaper than BaseHTTPMiddleware): API keys, the request body's size and
time limits, and security headers."""

from __future__ import annotations

import asyncio
import hmac
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from service.i18n import error_body

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Reachable without a key: the page, its files, and the probes.
OPEN_PATHS = frozenset({"/", "/healthz", "/readyz", "/favicon.ico"})
OPEN_PREFIXES = ("/static/",)


async def send_json(send: Send, status: int, body: dict[str, Any], close: bool = False) -> None:
    """A JSON response; `close`: end the connection after it (the body was not read whole)."""
    # compact, as the app's own error bodies are (JSONResponse; tester35)
    data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(data)).encode()),
    ]
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
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
            error_body(
                scope,
                "unauthorized",
                "missing or invalid API key: send it in the X-API-Key header",
                "缺少 API 密钥或密钥无效：请在 X-API-Key 请求头里发送。",
            ),
        )


# The scope key under which BodyGuardMiddleware leaves the request's body as it arrived.
RAW_BODY = "okr_coach.raw_body"


class BodyGuardMiddleware:
    """Reads a request's body before the app sees it, as it streams in: 413 as soon as it is
    over `limit` bytes, declared (Content-Length) or counted (chunked, or a Content-Length that
    lies), and 408 when it has not all arrived within `timeout` seconds (a client that declares
    more than it sends). The app then reads the body from memory; at most `limit` bytes are held
    per request."""

    def __init__(self, app: ASGIApp, limit: int, timeout: float = 10.0) -> None:
        self.app = app
        self.limit = limit
        self.timeout = timeout

    def _too_large(self, scope: Scope, send: Send) -> Awaitable[None]:
        return send_json(
            send,
            413,
            error_body(
                scope,
                "too_long",
                f"the request body is over {self.limit:,} bytes; review one team's OKRs at a time",
                f"请求体超过了 {self.limit:,} 字节；请一次评审一个团队的OKR。",
            ),
            close=True,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = next((v for k, v in scope.get("headers", []) if k == b"content-length"), None)
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._too_large(scope, send)
            return
        chunks: list[bytes] = []
        seen = 0
        deadline = asyncio.get_running_loop().time() + self.timeout
        while True:
            try:
                async with asyncio.timeout_at(deadline):  # no task per read, unlike wait_for
                    message = await receive()
            except TimeoutError:
                await send_json(
                    send,
                    408,
                    error_body(
                        scope,
                        "body_timeout",
                        f"the request body did not arrive within {self.timeout:g} s",
                        f"请求体没有在 {self.timeout:g} 秒内传完。",
                    ),
                    close=True,
                )
                return
            if message["type"] == "http.disconnect":
                return  # nobody to answer
            body = message.get("body", b"")
            seen += len(body)
            if seen > self.limit:
                await self._too_large(scope, send)
                return
            if body:
                chunks.append(body)
            if not message.get("more_body", False):
                break
        replayed = False
        whole = b"".join(chunks)
        # the bytes as they came, for a route that must judge them before a parser decodes them
        # (/v2/check: a form's raw bytes that are no UTF-8; tester46)
        scope[RAW_BODY] = whole

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": whole, "more_body": False}
            return await receive()  # after the body: only http.disconnect can come

        await self.app(scope, replay, send)


# Sent with every response: the page and the API load nothing from elsewhere, are never framed,
# and send no Referer. The page (service/static) is written for this policy: no inline script
# or style, no external host.
CSP_PAGE = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
# Swagger UI and ReDoc (served from the installed fastapi-offline package) set styles from
# script and ReDoc renders in a worker: they need these two allowances, on their pages only.
CSP_DOCS = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
DOCS_PATHS = ("/docs", "/redoc")
_DOCS_PREFIXES = tuple(p + "/" for p in DOCS_PATHS)
_CSP_PAGE, _CSP_DOCS = CSP_PAGE.encode(), CSP_DOCS.encode()
SECURITY_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


class SecurityHeadersMiddleware:
    """Adds the Content-Security-Policy and the other security headers to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        docs = path in DOCS_PATHS or path.startswith(_DOCS_PREFIXES)
        csp = _CSP_DOCS if docs else _CSP_PAGE

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", csp))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)

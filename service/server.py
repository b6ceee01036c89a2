"""How uvicorn runs the service: timeouts on slow or silent connections, and a connection cap.

uvicorn closes an idle keep-alive connection (`timeout_keep_alive`) but has no limit on the time
a client may take to send a request's headers: a connection that sends nothing, or half a
header line, stays open for ever (slowloris). `TimedHttpToolsProtocol` (uvicorn's httptools
protocol: the HTTP parser in C, the default when httptools is installed) and
`TimedH11Protocol` (its pure-Python h11 protocol) add that limit: the headers of each request
must arrive within `header_timeout_s` of the connection opening (or of the first byte after a
keep-alive pause); otherwise the connection is closed. The body's own limit is in
service/middleware.py (408). Behind a reverse proxy, set the proxy's timeouts as well:
docs/deploy.md has an nginx configuration.

Both protocols also write a response's status line and headers together with its body
(`OneSend`): uvicorn writes them with two calls, two system calls and two TCP segments, each
releasing the interpreter lock and waiting to take it back from a review thread.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

from service.settings import Settings

log = logging.getLogger("okr_coach.service")


# The longest request line and headers a connection may send (h11's own limit is set the same).
MAX_HEADER_BYTES = 16 * 1024


class OneSend:
    """A connection's transport that sends what uvicorn writes in one step of the event loop
    with one write: a response's status line and headers go out with its body, in one system
    call and one TCP segment, not two. The first write is held; the next joins it and both go
    out at once; a write nothing follows (headers of a HEAD answer, "100 Continue") goes out
    when the loop runs its next callbacks, before it waits for anything. The bytes sent and
    their order are the same. Everything else goes to the transport itself."""

    __slots__ = ("_held", "_loop", "transport")

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self.transport = transport
        self._loop = loop
        self._held: bytes | None = None

    def write(self, data: bytes) -> None:
        if not data:  # nothing to send (h11 ends a response with b""): asyncio ignores it too
            return
        held = self._held
        if held is None:
            self._held = bytes(data)
            self._loop.call_soon(self.flush)
        else:
            self._held = None
            self.transport.write(held + data)

    def flush(self) -> None:
        held = self._held
        if held is not None:
            self._held = None
            if not self.transport.is_closing():
                self.transport.write(held)

    def close(self) -> None:
        self.flush()
        self.transport.close()

    def is_closing(self) -> bool:  # asked once a request: not through __getattr__
        return self.transport.is_closing()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.transport, name)


class _HeaderTimer:
    """The header timer, over either uvicorn protocol (both keep `cycle`, `loop`, `transport`
    and call `on_response_complete` when an answer is sent)."""

    header_timeout_s: float | None = None  # None: OKR_COACH_HEADER_TIMEOUT_S, read once
    cycle: Any
    loop: asyncio.AbstractEventLoop
    transport: asyncio.Transport

    @classmethod
    def _timeout(cls) -> float:
        if cls.header_timeout_s is None:
            cls.header_timeout_s = Settings().header_timeout_s
        return cls.header_timeout_s

    def connection_made(self, transport: asyncio.Transport) -> None:
        self._header_timer: asyncio.TimerHandle | None = None
        self._header_bytes = 0  # of the request whose headers are awaited
        super().connection_made(transport)  # type: ignore[misc]
        self.transport = OneSend(transport, self.loop)  # type: ignore[assignment]
        self._arm()

    def _awaiting_headers(self) -> bool:
        return self.cycle is None or self.cycle.response_complete

    def _arm(self) -> None:
        if self._header_timer is None:
            self._header_timer = self.loop.call_later(self._timeout(), self._expired)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def data_received(self, data: bytes) -> None:
        super().data_received(data)  # type: ignore[misc]
        if not self._awaiting_headers():
            self._disarm()
            self._header_bytes = 0
            return
        self._arm()  # a request begun after a keep-alive pause: its headers are timed too
        # httptools, unlike h11 (h11_max_incomplete_event_size), has no limit of its own on
        # the request line and headers: the same limit here.
        self._header_bytes += len(data)
        if self._header_bytes > MAX_HEADER_BYTES and not self.transport.is_closing():
            self.send_400_response("Request line and headers too large")  # type: ignore[attr-defined]

    def on_response_complete(self) -> None:
        self._disarm()  # from here the keep-alive timeout applies, until the next byte
        super().on_response_complete()  # type: ignore[misc]

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)  # type: ignore[misc]

    def _expired(self) -> None:
        self._header_timer = None
        if self._awaiting_headers() and not self.transport.is_closing():
            log.info("closed a connection that sent no complete request headers in time")
            self.transport.close()


class TimedH11Protocol(_HeaderTimer, H11Protocol):
    """uvicorn's h11 protocol with the header timer."""


def _httptools_protocol() -> type | None:
    """`TimedHttpToolsProtocol` when httptools is installed, else None."""
    try:
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
    except ImportError:
        return None
    return type(
        "TimedHttpToolsProtocol",
        (_HeaderTimer, HttpToolsProtocol),
        {"__module__": __name__, "__doc__": "uvicorn's httptools protocol with the header timer."},
    )


TimedHttpToolsProtocol = _httptools_protocol()


def uvicorn_options(settings: Settings, in_process: bool = False) -> dict[str, Any]:
    """uvicorn.run / uvicorn.Config options from the service settings. `in_process`: a server
    in this process (tests) gets a protocol class of its own, so that servers with different
    settings can run side by side; otherwise the class must be importable by name, as worker
    processes import it (they read the same settings from the environment)."""
    chosen = http_protocol(settings)
    if in_process:
        protocol = type(chosen.__name__, (chosen,), {"header_timeout_s": settings.header_timeout_s})
    else:
        protocol = chosen
        protocol.header_timeout_s = settings.header_timeout_s
    return {
        "http": protocol,
        "timeout_keep_alive": settings.keep_alive_s,
        "limit_concurrency": settings.max_connections,
        "h11_max_incomplete_event_size": MAX_HEADER_BYTES,  # request line and headers
    }


def http_protocol(settings: Settings) -> type:
    """The protocol class for `settings.http`: httptools when asked for or, by default ('auto'),
    when it is installed (its parser is C: less CPU per request than h11's pure Python)."""
    if settings.http == "h11" or TimedHttpToolsProtocol is None:
        if settings.http == "httptools":
            raise RuntimeError("OKR_COACH_HTTP=httptools, but httptools is not installed")
        return TimedH11Protocol
    return TimedHttpToolsProtocol

"""How uvicorn runs the service: timeouts on slow or silent connections, and a connection cap.

uvicorn closes an idle keep-alive connection (`timeout_keep_alive`) but has no limit on the time
a client may take to send a request's headers: a connection that sends nothing, or half a
header line, stays open for ever (slowloris). `TimedH11Protocol` is uvicorn's h11 protocol
with that limit: the headers of each request must arrive within `header_timeout_s` of the
connection opening (or of the first byte after a keep-alive pause); otherwise the connection is
closed. The body's own limit is in service/middleware.py (408). Behind a reverse proxy, set the
proxy's timeouts as well: docs/deploy.md has an nginx configuration.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

from service.settings import Settings

log = logging.getLogger("okr_coach.service")


class TimedH11Protocol(H11Protocol):
    header_timeout_s: float | None = None  # None: OKR_COACH_HEADER_TIMEOUT_S, read once

    @classmethod
    def _timeout(cls) -> float:
        if cls.header_timeout_s is None:
            cls.header_timeout_s = Settings().header_timeout_s
        return cls.header_timeout_s

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._header_timer: asyncio.TimerHandle | None = None
        super().connection_made(transport)
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
        super().data_received(data)
        if self._awaiting_headers():
            self._arm()  # a request begun after a keep-alive pause: its headers are timed too
        else:
            self._disarm()

    def on_response_complete(self) -> None:
        self._disarm()  # from here the keep-alive timeout applies, until the next byte
        super().on_response_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _expired(self) -> None:
        self._header_timer = None
        if self._awaiting_headers() and not self.transport.is_closing():
            log.info("closed a connection that sent no complete request headers in time")
            self.transport.close()


def uvicorn_options(settings: Settings, in_process: bool = False) -> dict[str, Any]:
    """uvicorn.run / uvicorn.Config options from the service settings. `in_process`: a server
    in this process (tests) gets a protocol class of its own, so that servers with different
    settings can run side by side; otherwise the class must be importable by name, as worker
    processes import it (they read the same settings from the environment)."""
    if in_process:
        protocol = type(
            "TimedH11Protocol", (TimedH11Protocol,), {"header_timeout_s": settings.header_timeout_s}
        )
    else:
        protocol = TimedH11Protocol
        protocol.header_timeout_s = settings.header_timeout_s
    return {
        "http": protocol,
        "timeout_keep_alive": settings.keep_alive_s,
        "limit_concurrency": settings.max_connections,
        "h11_max_incomplete_event_size": 16 * 1024,  # request line and headers
    }

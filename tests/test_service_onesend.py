"""One write per response (service/server.py `OneSend`): the status line and headers go out with
the body in one send, not two (issue 13: speed of the HTTP service), with the same bytes."""

from __future__ import annotations

import asyncio

import pytest

pytest.importorskip("uvicorn")

from uvicorn.config import Config
from uvicorn.server import ServerState

from service import server as srv
from service.settings import Settings


class FakeTransport:
    """Records each write (as one send would go out) and whether the connection was closed."""

    def __init__(self) -> None:
        self.writes: list[bytes] = []
        self.closed = False

    def write(self, data: bytes) -> None:
        self.writes.append(bytes(data))

    def close(self) -> None:
        self.closed = True

    def is_closing(self) -> bool:
        return self.closed

    def get_extra_info(self, name: str, default: object = None) -> object:
        return {"peername": ("127.0.0.1", 5000), "sockname": ("127.0.0.1", 8000)}.get(name, default)

    def pause_reading(self) -> None:
        pass

    def resume_reading(self) -> None:
        pass

    def set_write_buffer_limits(self, high: int | None = None, low: int | None = None) -> None:
        pass


async def _app(scope, receive, send):  # type: ignore[no-untyped-def]
    body = b'{"ok": true}'
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json"), (b"content-length", b"12")],
        }
    )
    await send({"type": "http.response.body", "body": body})


@pytest.mark.parametrize("http", ["httptools", "h11"])
@pytest.mark.parametrize("method", ["POST", "HEAD"])
def test_a_response_goes_out_in_one_write(http: str, method: str) -> None:
    if http == "httptools" and srv.TimedHttpToolsProtocol is None:
        pytest.skip("httptools is not installed")
    protocol_class = srv.http_protocol(Settings(http=http))  # type: ignore[arg-type]

    async def exchange() -> FakeTransport:
        config = Config(app=_app, log_level="warning", access_log=False)
        config.load()
        loop = asyncio.get_running_loop()
        protocol = protocol_class(
            config=config, server_state=ServerState(), app_state={}, _loop=loop
        )
        transport = FakeTransport()
        protocol.connection_made(transport)
        protocol.data_received(
            f"{method} /v1/review HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{{}}".encode()
        )
        for _ in range(20):  # the request's task, then the held write's flush
            await asyncio.sleep(0)
        protocol.connection_lost(None)
        return transport

    transport = asyncio.run(exchange())
    assert len(transport.writes) == 1, [w[:40] for w in transport.writes]
    sent = transport.writes[0]
    assert sent.startswith(b"HTTP/1.1 200 OK\r\n")
    if method == "HEAD":  # the headers alone: flushed by the loop, with no body to join
        assert sent.endswith(b"\r\n\r\n")
    else:
        assert sent.endswith(b'\r\n\r\n{"ok": true}')
    assert transport.closed


def test_one_send_joins_two_writes_and_flushes_one_left_alone() -> None:
    async def writes() -> tuple[list[bytes], list[bytes], list[bytes]]:
        loop = asyncio.get_running_loop()
        joined, alone, closed = FakeTransport(), FakeTransport(), FakeTransport()
        one = srv.OneSend(joined, loop)  # type: ignore[arg-type]
        one.write(b"head ")
        one.write(b"body")
        two = srv.OneSend(alone, loop)  # type: ignore[arg-type]
        two.write(b"100 Continue")
        assert alone.writes == []  # held until the loop runs its callbacks
        three = srv.OneSend(closed, loop)  # type: ignore[arg-type]
        three.write(b"last words")
        three.close()  # what is held goes out before the connection closes
        assert closed.closed
        await asyncio.sleep(0)
        return joined.writes, alone.writes, closed.writes

    joined, alone, closed = asyncio.run(writes())
    assert joined == [b"head body"]
    assert alone == [b"100 Continue"]
    assert closed == [b"last words"]

"""A real uvicorn server on a free loopback port, in a thread: for tests and benchmarks."""

from __future__ import annotations

import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn

from service.app import create_app
from service.server import uvicorn_options
from service.settings import Settings


@contextmanager
def running_server(settings: Settings | None = None, timeout: float = 30.0) -> Iterator[str]:
    """Yield the base URL (http://127.0.0.1:PORT) of a started server; stop it afterwards."""
    app = create_app(settings)
    # proto=IPPROTO_TCP matters: asyncio only sets TCP_NODELAY on sockets that say they are
    # TCP, and without it every response waits ~40 ms for a delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app,
        log_level="warning",
        lifespan="on",
        access_log=False,
        **uvicorn_options(app.state.settings, in_process=True),
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def wait_until_ready(base_url: str, timeout: float = 60.0) -> None:
    """Poll /readyz until the start-up warm-up is done."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"{base_url}/readyz", timeout=5) as res:
                if res.status == 200:
                    return
        except urllib.error.HTTPError as e:
            if e.code != 503:
                raise
        if time.monotonic() > deadline:
            raise RuntimeError("the server did not become ready")
        time.sleep(0.05)

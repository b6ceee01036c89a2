"""A time budget for one review, checked cooperatively.

Whoever runs a review under a budget (the HTTP service, a batch worker) sets a deadline for
the current context; the pipeline calls `check()` between items and rules, and any loop that
grows with its input may call it too. Past the deadline `check()` raises `ReviewCancelled`,
so the work stops where it is instead of running on after its caller gave up:

    with deadline(10.0):
        review(text)          # raises ReviewCancelled once 10 s have passed

Without a deadline `check()` costs one context-variable lookup and does nothing.

`ReviewCancelled` derives from BaseException (as asyncio.CancelledError and KeyboardInterrupt
do), so the `except Exception` that keeps one failing rule from losing a whole review does not
swallow it.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_DEADLINE: ContextVar[float | None] = ContextVar("okr_coach_deadline", default=None)


class ReviewCancelled(BaseException):
    """The review ran past its deadline and stopped."""

    def __init__(self, message: str = "the review ran past its time budget and was stopped"):
        super().__init__(message)
        self.message = message

    def __reduce__(self) -> tuple[type, tuple[str]]:  # picklable across process pools
        return (type(self), (self.message,))


def check() -> None:
    """Raise ReviewCancelled when the current context's deadline has passed."""
    at = _DEADLINE.get()
    if at is not None and time.monotonic() >= at:
        raise ReviewCancelled


def remaining() -> float | None:
    """Seconds left before the deadline (negative once past), or None without one."""
    at = _DEADLINE.get()
    return None if at is None else at - time.monotonic()


@contextmanager
def deadline(seconds: float | None = None, *, at: float | None = None) -> Iterator[None]:
    """Run the block under a deadline `seconds` from now, or at the `time.monotonic()` value
    `at`. An enclosing, earlier deadline stays in force. None for both: no deadline."""
    if at is None and seconds is not None:
        at = time.monotonic() + seconds
    outer = _DEADLINE.get()
    if outer is not None and (at is None or outer < at):
        at = outer
    token = _DEADLINE.set(at)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """A deadline for one review (a batch record, a CLI run): checked by the pipeline (`check`),
    and in a process's main thread also enforced by SIGALRM, which stops code that does not
    check. (Here rather than in coach.batch: a one-draft CLI review need not import the process
    pool's modules, ~15 ms, for it.)"""
    if not seconds:
        yield
        return
    with deadline(seconds):
        if threading.current_thread() is not threading.main_thread() or not hasattr(
            signal, "setitimer"
        ):
            yield
            return

        def on_alarm(signum: int, frame: object) -> None:
            raise ReviewCancelled

        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds + 0.1)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)

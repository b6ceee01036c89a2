"""Where reviews run: a few worker threads, a bounded queue, a time budget that really stops.

A review is CPU work in Python, so a handful of threads per process is all that helps; more
only share the same interpreter lock. `Runner`:

- runs at most `threads` reviews at a time; the rest wait in a queue of at most `queue`
  requests, and a request that finds the queue full is answered 503 (`busy`) at once;
- counts the time budget from the request's arrival, so time spent waiting counts, and a
  request whose budget ran out in the queue is answered without ever starting;
- sets the deadline in the review's context (`coach.deadline`): the pipeline checks it
  between items and rules and stops by itself. A review still running `hard_stop_after_s`
  past its deadline (stuck in a loop that does not check) gets `ReviewCancelled` raised
  inside its thread by the interpreter (`PyThreadState_SetAsyncExc`), which stops pure-Python
  work at its next bytecode. Either way no CPU goes on after the 503; a slot counts as busy
  until its thread has really stopped;
- says when to come back: `Retry-After` is the work ahead (waiting and running reviews) times
  the recent review time, shared over the threads — at least 1 s.

It never spawns a process, so the service keeps one copy of its models per worker. The
feedback store gets a runner of its own (without the interruption: a database call is left to
its own timeout), so a locked store cannot take the threads reviews need.
"""

from __future__ import annotations

import asyncio
import ctypes
import logging
import math
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from coach.deadline import ReviewCancelled, deadline

log = logging.getLogger("okr_coach.service")
T = TypeVar("T")


def _libc_trim() -> Callable[[], object] | None:
    """glibc's malloc_trim: hands freed heap pages back to the system (None elsewhere)."""
    try:
        trim = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = (ctypes.c_size_t,)
    return lambda: trim(0)


_TRIM = _libc_trim()
TRIM_AFTER_IDLE_S = 1.0


def _set_async_exc(thread_id: int, exc: type[BaseException] | None) -> int:
    """Raise `exc` in the thread at its next bytecode; None clears one not yet raised."""
    return ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc is not None else None
    )


class Overloaded(Exception):
    """The review was not run or not finished: `reason` is 'busy' or 'timeout'."""

    def __init__(self, reason: str, retry_after: int, budget: float) -> None:
        super().__init__(reason)
        self.reason, self.retry_after, self.budget = reason, retry_after, budget


class _Job:
    """One review in a worker thread, and the way to stop it from outside."""

    PENDING, RUNNING, DONE = range(3)

    def __init__(self, at: float) -> None:
        self.at = at
        self.lock = threading.Lock()
        self.state = self.PENDING
        self.thread_id = 0
        self.interrupted = False

    def run(self, work: Callable[[], T]) -> tuple[bool, T | None]:
        """(True, result), or (False, None) when the deadline stopped it."""
        with self.lock:
            if time.monotonic() >= self.at:
                self.state = self.DONE
                return False, None
            self.thread_id = threading.get_ident()
            self.state = self.RUNNING
        try:
            with deadline(at=self.at):
                return True, work()
        except ReviewCancelled:
            return False, None
        finally:
            self._finish()

    def _finish(self) -> None:
        # Mark the job done and clear an interruption that has not been delivered yet, so that
        # none can reach the executor's own code once this returns. An interruption delivered
        # inside this loop is caught and the loop runs again (it is raised only once).
        while True:
            try:
                with self.lock:
                    self.state = self.DONE
                    if self.interrupted:
                        _set_async_exc(self.thread_id, None)
                return
            except ReviewCancelled:
                continue

    def interrupt(self) -> bool:
        """Raise ReviewCancelled in the thread if the review is still running."""
        with self.lock:
            if self.state != self.RUNNING or self.interrupted:
                return False
            self.interrupted = True
            _set_async_exc(self.thread_id, ReviewCancelled)
            return True


class Runner:
    def __init__(
        self,
        threads: int = 4,
        queue: int = 64,
        budget_s: float = 10.0,
        hard_stop_after_s: float | None = 0.1,
    ) -> None:
        self.threads, self.queue, self.budget = threads, queue, budget_s
        self.hard_stop_after = hard_stop_after_s
        self._executor: ThreadPoolExecutor | None = None  # made on first use, again after close()
        self._slots: asyncio.Semaphore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.waiting = 0
        self.running = 0
        self.recent_s = 0.005  # moving average of how long a review takes
        self.timeouts = 0
        self.interrupted = 0
        self._trim_pending = False

    def _sem(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        if self._slots is None or self._loop is not loop:  # one per event loop (tests make many)
            self._slots, self._loop = asyncio.Semaphore(self.threads), loop
        return self._slots

    def retry_after(self) -> int:
        """Seconds until the work ahead is likely done: at least 1, at most the budget × 6."""
        ahead = (self.waiting + self.running + 1) * self.recent_s / self.threads
        return int(min(max(1.0, math.ceil(ahead)), max(1.0, self.budget * 6)))

    def _record(self, seconds: float) -> None:
        self.recent_s += 0.2 * (seconds - self.recent_s)

    def stats(self) -> dict[str, Any]:
        return {
            "threads": self.threads,
            "running": self.running,
            "waiting": self.waiting,
            "recent_review_ms": round(self.recent_s * 1000, 2),
            "timeouts": self.timeouts,
            "interrupted": self.interrupted,
        }

    async def run(self, work: Callable[[], T], budget_s: float | None = None) -> T:
        """`work()` in a worker thread under the time budget, or Overloaded."""
        budget = self.budget if budget_s is None else budget_s
        arrival = time.monotonic()
        at = arrival + budget
        sem = self._sem()
        if not sem.locked():
            await sem.acquire()  # a free thread: no waiting
        elif self.waiting >= self.queue:
            raise Overloaded("busy", self.retry_after(), budget)
        else:
            self.waiting += 1
            try:
                # (not wait_for: that wraps the wait in a task of its own, for each queued request)
                async with asyncio.timeout(max(0.0, at - time.monotonic())):
                    await sem.acquire()
            except TimeoutError:
                self.timeouts += 1
                raise Overloaded("timeout", self.retry_after(), budget) from None
            finally:
                self.waiting -= 1
        # From here the slot is held until the thread has really stopped.
        job = _Job(at)
        self.running += 1
        started = time.monotonic()
        loop = asyncio.get_running_loop()
        if self._executor is None:
            self._executor = ThreadPoolExecutor(self.threads, thread_name_prefix="okr-coach-work")
        future = loop.run_in_executor(self._executor, job.run, work)

        def release(_: object) -> None:
            self.running -= 1
            self._record(time.monotonic() - started)
            sem.release()
            self._trim_when_idle()

        future.add_done_callback(release)
        try:
            async with asyncio.timeout(max(0.0, at - time.monotonic())):
                done, value = await asyncio.shield(future)
        except TimeoutError:
            done, value = False, None
            if self.hard_stop_after is not None:
                loop.call_later(self.hard_stop_after, self._interrupt, job)
        if not done:
            self.timeouts += 1
            log.warning("a review ran over the time budget of %g s and was stopped", budget)
            raise Overloaded("timeout", self.retry_after(), budget)
        return value  # type: ignore[return-value]

    def _trim_when_idle(self) -> None:
        """A second after the last review of a burst, if none has started since, give the memory
        the burst freed back to the system (glibc keeps it otherwise), so a burst of large
        answers does not leave the worker larger than it was. One trim per idle spell."""
        if _TRIM is None or self.running or self.waiting or self._trim_pending:
            return
        self._trim_pending = True
        asyncio.get_running_loop().call_later(TRIM_AFTER_IDLE_S, self._trim_if_idle)

    def _trim_if_idle(self) -> None:
        self._trim_pending = False
        if not (self.running or self.waiting) and self._executor is not None and _TRIM:
            self._executor.submit(_TRIM)

    def _interrupt(self, job: _Job) -> None:
        if job.interrupt():
            self.interrupted += 1
            log.warning("a review past its deadline did not stop by itself: interrupted")

    def close(self) -> None:
        """Let the threads go (an app's shutdown); a later run() makes new ones."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

"""The attacks of issue 14 against a real server on loopback, as a check that stays.

    python bench/attack.py             # everything, default settings (make bench: RESULTS.md)
    python bench/attack.py --quick     # CI (make test): small sizes, short budgets, a few s
    python bench/attack.py --json

Starts the service as a subprocess (`okr-coach serve`) on 127.0.0.1, sends each attack, and
checks what comes back: the status and code the issue asks for, the time to answer, the size
of the answer, and — for reviews over the time budget — that the server's CPU falls idle once
the 503 is sent. Then a burst of the largest answers the caps allow (server RSS before, at peak
and after), a feedback flood (rate limit; stored rows = acknowledged rows), faults of the
feedback store (damaged file, lock held past the timeout; with root: a full and a read-only
file system), and a server killed (SIGTERM, SIGKILL) mid-way through feedback writes, restarted,
and retried with the same Idempotency-Keys: acknowledged rows lost and duplicated must be 0.

The quadratic drafts are answered 200 in time once the rule layer is linear (the fact layer,
issue 14 item 1); until then they must be answered 503 at the budget and stop burning CPU. Both
pass here, and the table says which it was; `--require-linear` (for when the fact layer is
merged) makes them pass only when answered within 1 s, as the issue asks. Limits are generous: this is a check of behaviour on a
shared 2-core machine, not a timed benchmark. Exits 1 when a check fails. Traffic goes to
127.0.0.1 only; every loop is bounded.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import rss_kib, server_process

# The shapes that made the review quadratic (issue 14): 20 KB each.
QUADRATIC = {
    "numbers": "O: grow\nKR1: " + "1 " * 9970,
    "zh ranges": "从10%提升到20%" * 1996,
    "en ranges": "from 1 to 2 " * 1660,
    "dates": "by 2026-01-01 " * 1420,
    "decimal lines": "1.1 x\n" * 3330,
}
PASTED_LIST = "O: grow revenue\n" + "- a\n" * 4991


def many_findings(objectives: int) -> str:
    """Under every input limit, with more findings than the caps list: 50 objectives give the
    largest honest answer."""
    return "".join(
        f"O{i}: make things better\n" + "- improve stuff as much as possible\n" * 5
        for i in range(1, objectives + 1)
    )


NORMAL = "O: grow revenue this quarter (owner: Ann)\nKR1: raise NPS from 30 to 45 by Q3\n"
FEEDBACK = {"rule_id": "kr-is-task", "target": "o1.kr1", "helpful": True}
RESPONSE_BOUND = (2 * 1024 * 1024, 16)  # bytes: at most 2 MiB + 16 × the request


@dataclass
class Check:
    name: str
    expect: str
    got: str
    seconds: float
    size: int
    ok: bool
    note: str = ""


@dataclass
class Server:
    base: str
    proc: subprocess.Popen
    db: Path

    @property
    def port(self) -> int:
        return int(self.base.rsplit(":", 1)[1])


# -- a small HTTP client (stdlib only) -----------------------------------------------------------
@dataclass
class Answer:
    status: int
    body: bytes
    headers: dict[str, str]
    seconds: float

    def json(self) -> dict:
        try:
            return json.loads(self.body)
        except ValueError:
            return {}


def request(
    port: int,
    method: str,
    path: str,
    body: bytes | Iterable[bytes] | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = 60,
) -> Answer:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    t0 = time.perf_counter()
    try:
        chunked = body is not None and not isinstance(body, bytes)
        conn.request(method, path, body=body, headers=headers or {}, encode_chunked=chunked)
        res = conn.getresponse()
        data = res.read()
        return Answer(
            res.status,
            data,
            {k.lower(): v for k, v in res.getheaders()},
            time.perf_counter() - t0,
        )
    except (OSError, http.client.HTTPException) as e:
        return Answer(0, type(e).__name__.encode(), {}, time.perf_counter() - t0)
    finally:
        conn.close()


def post_json(port: int, path: str, value: object, **headers: str) -> Answer:
    data = json.dumps(value, ensure_ascii=False).encode()
    return request(port, "POST", path, data, {"Content-Type": "application/json", **headers})


def post_form(port: int, path: str, form: dict[str, str]) -> Answer:
    data = urlencode(form).encode()
    return request(port, "POST", path, data, {"Content-Type": "application/x-www-form-urlencoded"})


def cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def mib(kib: int) -> float:
    return round(kib / 1024, 1)


# -- the attacks ---------------------------------------------------------------------------------
class Suite:
    def __init__(self, quick: bool, budget: float, tmp: Path, linear: bool = False) -> None:
        self.quick, self.budget, self.tmp, self.linear = quick, budget, tmp, linear
        self.many = many_findings(12 if quick else 50)
        self.checks: list[Check] = []
        self.figures: dict[str, object] = {}
        self.sent = 0
        self.unexpected_5xx = 0
        self.step_seconds: list[float] = []

    def add(self, name: str, expect: str, answer: Answer, ok: bool, note: str = "") -> Answer:
        self.sent += 1
        if answer.status >= 500 and answer.status != 503:
            self.unexpected_5xx += 1
        code = answer.json().get("code", "") if answer.status >= 400 else ""
        got = f"{answer.status}" + (f" {code}" if code else "")
        self.checks.append(
            Check(name, expect, got, round(answer.seconds, 3), len(answer.body), ok, note)
        )
        return answer

    def expect(
        self, name: str, answer: Answer, status: int, code: str | None = None, **limits: float
    ) -> Answer:
        ok = answer.status == status and (code is None or answer.json().get("code") == code)
        notes = []
        if "max_s" in limits and answer.seconds > limits["max_s"]:
            ok = False
            notes.append(f"slower than {limits['max_s']:g} s")
        if "max_bytes" in limits and len(answer.body) > limits["max_bytes"]:
            ok = False
            notes.append(f"larger than {int(limits['max_bytes']):,} B")
        expect = f"{status}" + (f" {code}" if code else "")
        return self.add(name, expect, answer, ok, "; ".join(notes))

    # --- reviews over budget: answered at the budget, and no CPU after ---
    def quadratic(self, srv: Server) -> None:
        shapes = dict(list(QUADRATIC.items())[:2]) if self.quick else QUADRATIC
        # a normal review now and then while they run: how much do they slow it?
        normal: list[float] = []
        stop = threading.Event()

        def probe() -> None:
            while not stop.is_set():
                a = post_json(srv.port, "/v1/review", {"text": NORMAL})
                if a.status == 200:
                    normal.append(a.seconds * 1000)
                stop.wait(0.2)

        prober = threading.Thread(target=probe, daemon=True)
        prober.start()
        with ThreadPoolExecutor(len(shapes)) as pool:
            answers = list(
                pool.map(lambda t: post_json(srv.port, "/v1/review", {"text": t}), shapes.values())
            )
        time.sleep(0.5)  # the interruption lands within hard_stop_after_s (0.1 s)
        c0 = cpu_s(srv.proc.pid)
        time.sleep(1.0)
        cpu_after = cpu_s(srv.proc.pid) - c0
        stop.set()
        prober.join()
        for (name, _), a in zip(shapes.items(), answers, strict=True):
            stopped = a.status == 503 and a.json().get("code") == "timeout"
            clear = a.status == 200 or 400 <= a.status < 500  # reviewed, or a clear refusal
            if self.linear:  # the target, once the fact layer is merged
                ok, expect = clear and a.seconds <= 2.0, "200/4xx within 1 s (+1 s slack)"
            else:
                ok = (clear or stopped) and a.seconds <= self.budget + 2.5
                expect = "200/4xx, or 503 at the budget"
            note = (
                "stopped at the budget (depends on the fact layer to be fast)"
                if stopped
                else "answered in time"
            )
            self.add(f"quadratic draft: {name} (20 KB)", expect, a, ok, note)
        idle = cpu_after < 0.3
        self.checks.append(
            Check(
                "server CPU in the second after those answers",
                "< 0.3 s",
                f"{cpu_after:.2f} s",
                1.0,
                0,
                idle,
            )
        )
        if normal:
            self.figures["normal review p50 while they ran (ms)"] = round(
                statistics.median(normal), 1
            )
            self.figures["normal review max while they ran (ms)"] = round(max(normal), 1)
        after = post_json(srv.port, "/v1/review", {"text": NORMAL})
        self.expect("a normal review right after", after, 200, max_s=1.0)

    def bounded_output(self, srv: Server) -> None:
        for route in ("/v1/review", "/v2/check"):
            a = (
                post_json(srv.port, route, {"text": PASTED_LIST})
                if route == "/v1/review"
                else post_form(srv.port, route, {"text": PASTED_LIST, "language": "en-US"})
            )
            self.expect(
                f"{route}: 'O: grow revenue' + '- a' × 4991 (20 KB)",
                a,
                413,
                "too_many_key_results",
                max_s=5,
                max_bytes=1000,
            )
        request_bytes = len(json.dumps({"text": self.many}).encode())
        objectives = self.many.count("\nO") + 1
        bound = RESPONSE_BOUND[0] + RESPONSE_BOUND[1] * request_bytes
        a = post_json(srv.port, "/v1/review", {"text": self.many})
        truncated = a.json().get("truncated") or {}
        self.expect(
            f"/v1/review: {objectives} objectives × 5 vague KRs ({request_bytes / 1024:.0f} KB)",
            a,
            200,
            max_s=self.budget,
            max_bytes=bound,
        )
        self.checks[-1].note = (
            f"{truncated.get('omitted', 0)} findings left out (truncated); "
            f"{len(a.body) / request_bytes:.0f}× the request"
        )
        lt = post_form(srv.port, "/v2/check", {"text": self.many, "language": "en-US"})
        self.expect("/v2/check: the same text", lt, 200, max_s=self.budget, max_bytes=bound)
        self.checks[-1].note = (
            f"incompleteResults={lt.json().get('warnings', {}).get('incompleteResults')}; "
            f"{len(lt.body) / len(self.many.encode()):.0f}× the request"
        )

    def burst(self, srv: Server) -> None:
        """Rounds of concurrent copies of the largest answer the caps allow: the server's RSS
        before, at peak, after the first round and after the last (each 2 s after)."""
        n = 4 if self.quick else 12
        rounds = 2 if self.quick else 3
        pid = srv.proc.pid
        for _ in range(2):  # warm: caches and arenas in their steady state
            post_json(srv.port, "/v1/review", {"text": self.many})
        time.sleep(2.0)
        before = rss_kib(pid)
        peak = [before]
        done = threading.Event()

        def poll() -> None:
            while not done.is_set():
                peak.append(rss_kib(pid))
                done.wait(0.02)

        poller = threading.Thread(target=poll, daemon=True)
        poller.start()
        answers: list[Answer] = []
        after: list[int] = []
        for _ in range(rounds):
            with ThreadPoolExecutor(n) as pool:
                answers += list(
                    pool.map(
                        lambda _: post_json(srv.port, "/v1/review", {"text": self.many}),
                        range(n),
                    )
                )
            time.sleep(2.0)
            after.append(rss_kib(pid))
        done.set()
        poller.join()
        statuses = sorted({a.status for a in answers})
        ok_status = all(a.status in (200, 503) for a in answers)
        grew = mib(after[-1] - before)
        ratchet = mib(after[-1] - after[0])
        ok = ok_status and grew <= 64 and ratchet <= 16
        self.sent += len(answers)
        self.checks.append(
            Check(
                f"burst: {rounds} × {n} concurrent largest reviews",
                "200/503; RSS within 64 MiB of before, no growth round to round",
                f"{statuses}; RSS {mib(before)} → peak {mib(max(peak))} → "
                f"{' → '.join(str(mib(a)) for a in after)} MiB",
                round(max(a.seconds for a in answers), 3),
                max(len(a.body) for a in answers),
                ok,
            )
        )
        self.figures["RSS before burst (MiB)"] = mib(before)
        self.figures["RSS peak in burst (MiB)"] = mib(max(peak))
        self.figures["RSS 2 s after the first round (MiB)"] = mib(after[0])
        self.figures["RSS 2 s after the last round (MiB)"] = mib(after[-1])

    def no_500(self, srv: Server) -> None:
        p = srv.port
        data = '{"annotation":[{"text":"O: grow revenue"}], "n": ' + "1" * 5000 + "}"
        self.expect(
            "/v2/check: a 5,000-digit number in data",
            post_form(p, "/v2/check", {"data": data}),
            422,
            "invalid_structure",
        )
        for name, change in (
            ("span.end = 10**30", {"span": {"start": 0, "end": 10**30}}),
            ("span.start > span.end", {"span": {"start": 9, "end": 3}}),
            ("NUL in the comment", {"comment": "a\x00b"}),
        ):
            self.expect(
                f"/v1/feedback: {name}",
                post_json(p, "/v1/feedback", {**FEEDBACK, **change}),
                422,
                "invalid_request",
            )
        a = post_json(p, "/v1/review", {"text": NORMAL, "select": ["k" * 250_000]})
        self.expect("select: ['k' × 250,000]", a, 422, "bad_option", max_bytes=1000)
        a = post_form(p, "/v2/check", {"text": NORMAL, "language": "\u202een\x07"})
        self.expect("language with bidi and control characters", a, 422, max_bytes=1000)
        if "\u202e".encode() in a.body or b"\x07" in a.body:
            self.checks[-1].ok = False
            self.checks[-1].note = "reflected"
        for path in ("/", "/v1/rules", "/docs"):
            a = request(p, "GET", path)
            csp = a.headers.get("content-security-policy", "")
            ok = (
                a.status == 200
                and "default-src 'self'" in csp
                and "frame-ancestors 'none'" in csp
                and a.headers.get("x-content-type-options") == "nosniff"
                and "referrer-policy" in a.headers
            )
            self.add(f"GET {path}: security headers", "200 with CSP, nosniff, …", a, ok)
        docs = request(p, "GET", "/docs")
        offline = b"https://" not in docs.body and b"http://" not in docs.body
        js = request(p, "GET", "/docs/assets/swagger-ui-bundle.js")
        self.add(
            "/docs is offline (no CDN)", "200, assets served here", js, offline and js.status == 200
        )

    def connections(self, srv: Server, header_timeout: float, body_timeout: float) -> None:
        size = (12 if self.quick else 100) * 1024 * 1024

        def chunks() -> Iterable[bytes]:
            block = b"x" * 65536
            for _ in range(size // 65536):
                yield block

        a = _chunked(srv.port, chunks())
        self.expect(f"chunked {size >> 20} MB body", a, 413, "too_long", max_s=10, max_bytes=1000)
        for name, sent in (
            ("silent connection", b""),
            ("partial headers", b"POST /v1/review HTTP/1.1\r\nHost: x\r\nContent-Ty"),
        ):
            t0 = time.perf_counter()
            closed = _closed_after(srv.port, sent, header_timeout + 5)
            took = time.perf_counter() - t0
            self.sent += 1
            self.checks.append(
                Check(
                    name,
                    f"closed after ~{header_timeout:g} s",
                    "closed" if closed else "still open",
                    round(took, 2),
                    0,
                    closed and took <= header_timeout + 3,
                )
            )
        t0 = time.perf_counter()
        reply = _short_body(srv.port, body_timeout + 5)
        took = time.perf_counter() - t0
        self.sent += 1
        self.checks.append(
            Check(
                "Content-Length 1000, 18 bytes sent",
                f"408 after ~{body_timeout:g} s",
                reply[:12].decode("latin-1") or "nothing",
                round(took, 2),
                len(reply),
                reply.startswith(b"HTTP/1.1 408") and took <= body_timeout + 3,
            )
        )

    def feedback_flood(self, srv: Server) -> None:
        n = 40 if self.quick else 200
        rows_before = _rows(srv.db)
        with ThreadPoolExecutor(8) as pool:
            answers = list(
                pool.map(lambda _: post_json(srv.port, "/v1/feedback", FEEDBACK), range(n))
            )
        acked = sum(a.status == 201 for a in answers)
        limited = sum(a.status == 429 for a in answers)
        rows = _rows(srv.db) - rows_before
        self.sent += n
        ok = acked + limited == n and limited > 0 and rows == acked
        self.checks.append(
            Check(
                f"feedback flood: {n} records from one client",
                "201 up to the rate, then 429; rows = acknowledged",
                f"{acked} × 201, {limited} × 429; {rows} rows",
                round(max(a.seconds for a in answers), 3),
                0,
                ok,
            )
        )

    def store_lock(self, srv: Server, feedback_timeout: float) -> None:
        holder = sqlite3.connect(srv.db, isolation_level=None, timeout=30)
        holder.execute("BEGIN EXCLUSIVE")
        try:
            with ThreadPoolExecutor(4) as pool:
                pending = [
                    pool.submit(
                        post_json,
                        srv.port,
                        "/v1/feedback",
                        FEEDBACK,
                        **{"Idempotency-Key": str(uuid.uuid4())},
                    )
                    for _ in range(4)
                ]
                time.sleep(0.2)
                review = post_json(srv.port, "/v1/review", {"text": NORMAL})
                ready = request(srv.port, "GET", "/readyz")
                answers = [f.result() for f in pending]
        finally:
            holder.rollback()
            holder.close()
        self.expect("a review while the store is locked", review, 200, max_s=1.0)
        for i, a in enumerate(answers[:2]):
            self.expect(
                f"feedback while the store is locked ({i + 1})",
                a,
                503,
                max_s=feedback_timeout + 3,
            )
        store = ready.json().get("feedback_store", "")
        self.add("/readyz while the store is locked", "not ok", ready, store != "ok", store)
        time.sleep(2.1)  # the health answer is kept 2 s
        after = request(srv.port, "GET", "/readyz")
        self.add("/readyz after", "ok", after, after.json().get("feedback_store") == "ok")


def _chunked(port: int, chunks: Iterable[bytes]) -> Answer:
    """POST a chunked body, reading the answer as soon as there is one (a server that refuses
    the body answers before it has all been sent, then closes)."""
    import select

    t0 = time.perf_counter()
    received = b""
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(
            b"POST /v1/review HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n"
        )
        try:
            for block in chunks:
                if select.select([sock], [], [], 0)[0]:
                    break  # the server has answered
                sock.sendall(b"%x\r\n" % len(block) + block + b"\r\n")
            else:
                sock.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # closed while sending: read what it said
        sock.settimeout(10)
        try:
            while chunk := sock.recv(65536):
                received += chunk
        except (TimeoutError, ConnectionResetError):
            pass
    head, _, body = received.partition(b"\r\n\r\n")
    try:
        status = int(head.split(b" ", 2)[1])
    except (IndexError, ValueError):
        status = 0
    return Answer(status, body, {}, time.perf_counter() - t0)


def _closed_after(port: int, sent: bytes, limit: float) -> bool:
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(sent)
        sock.settimeout(limit)
        try:
            while sock.recv(65536):
                pass
            return True
        except TimeoutError:
            return False
        except ConnectionResetError:
            return True


def _short_body(port: int, limit: float) -> bytes:
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(
            b"POST /v1/review HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 1000\r\n\r\n" + b'{"text": "O: grow"'
        )
        sock.settimeout(limit)
        received = b""
        try:
            while chunk := sock.recv(65536):
                received += chunk
        except (TimeoutError, ConnectionResetError):
            pass
        return received


def _rows(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(db, timeout=30) as conn:
        return conn.execute("SELECT count(*) FROM feedback").fetchone()[0]


def _keys_stored(db: Path) -> list[str]:
    with sqlite3.connect(db, timeout=30) as conn:
        return [r[0] for r in conn.execute("SELECT idempotency_key FROM feedback")]


# -- phases that need their own server -----------------------------------------------------------
def durability(suite: Suite, tmp: Path, env: dict[str, str], sig: int, n: int) -> None:
    """Feedback with keys while the server is killed; restart; retry every key: each record is
    stored exactly once (acknowledged ones never lost, none duplicated)."""
    db = tmp / f"durable-{sig}.sqlite3"
    keys = [str(uuid.uuid4()) for _ in range(n)]
    acked: set[str] = set()
    env = {**env, "OKR_COACH_FEEDBACK_DB": str(db), "OKR_COACH_FEEDBACK_RATE_PER_MINUTE": "0"}
    with server_process(1, tmp, **env) as (base, proc, _):
        port = int(base.rsplit(":", 1)[1])

        def send(key: str) -> None:
            a = post_json(port, "/v1/feedback", FEEDBACK, **{"Idempotency-Key": key})
            if a.status in (200, 201):
                acked.add(key)

        with ThreadPoolExecutor(8) as pool:
            futures = [pool.submit(send, k) for k in keys]
            time.sleep(0.3)
            proc.send_signal(sig)
            for f in futures:
                f.result()
        proc.wait(timeout=30)
    stored_before = set(_keys_stored(db))
    lost = len(acked - stored_before)
    with server_process(1, tmp, **env) as (base, _, _):
        port = int(base.rsplit(":", 1)[1])
        with ThreadPoolExecutor(8) as pool:
            retried = list(
                pool.map(
                    lambda k: post_json(port, "/v1/feedback", FEEDBACK, **{"Idempotency-Key": k}),
                    keys,
                )
            )
    stored = _keys_stored(db)
    duplicated = len(stored) - len(set(stored))
    missing = len(set(keys) - set(stored))
    name = signal.Signals(sig).name
    suite.sent += n * 2
    ok = lost == 0 and duplicated == 0 and missing == 0
    ok = ok and all(a.status in (200, 201) for a in retried)
    suite.checks.append(
        Check(
            f"{name} during {n} feedback writes, restart, retry with the same keys",
            "0 lost, 0 duplicated",
            f"{len(acked)} acknowledged before {name}, {lost} lost; after the retries "
            f"{len(stored)} rows, {duplicated} duplicated, {missing} missing",
            0.0,
            0,
            ok,
        )
    )
    suite.figures[f"feedback rows lost ({name})"] = lost + missing
    suite.figures[f"feedback rows duplicated ({name})"] = duplicated


def corrupt_store(suite: Suite, tmp: Path, env: dict[str, str]) -> None:
    db = tmp / "corrupt.sqlite3"
    db.write_bytes(b"not a database at all " * 200)
    env = {**env, "OKR_COACH_FEEDBACK_DB": str(db), "OKR_COACH_FEEDBACK_RATE_PER_MINUTE": "0"}
    with server_process(1, tmp, **env) as (base, _, _):
        port = int(base.rsplit(":", 1)[1])
        a = post_json(port, "/v1/feedback", FEEDBACK)
        suite.expect("feedback to a damaged store file", a, 503, "store_unavailable")
        suite.checks[-1].note = a.json().get("detail", "")[:80]
        ready = request(port, "GET", "/readyz")
        store = ready.json().get("feedback_store", "")
        suite.add("/readyz with a damaged store", "reports it", ready, "damaged" in store, store)
        suite.expect(
            "a review with a damaged store", post_json(port, "/v1/review", {"text": NORMAL}), 200
        )


def small_filesystem(suite: Suite, tmp: Path, env: dict[str, str]) -> None:
    """A full disk and a read-only one, for real: a 256 KB tmpfs (needs root)."""
    mount = tmp / "tiny"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], capture_output=True
    )
    if made.returncode != 0:
        suite.figures["full / read-only disk"] = "not run (mounting a tmpfs needs root)"
        return
    try:
        db = mount / "feedback.sqlite3"
        env = {**env, "OKR_COACH_FEEDBACK_DB": str(db), "OKR_COACH_FEEDBACK_RATE_PER_MINUTE": "0"}
        with server_process(1, tmp, **env) as (base, _, _):
            port = int(base.rsplit(":", 1)[1])
            big = {**FEEDBACK, "comment": "x" * 2000, "item_text": "y" * 2000}
            answers = [post_json(port, "/v1/feedback", big) for _ in range(120)]
            statuses = {a.status for a in answers}
            full = next((a for a in answers if a.status == 503), answers[-1])
            suite.sent += len(answers) - 1
            suite.expect("feedback to a full disk", full, 503, "store_unavailable")
            suite.checks[-1].note = (
                f"statuses {sorted(statuses)}; " + full.json().get("detail", "")[:60]
            )
            suite.checks[-1].ok = suite.checks[-1].ok and 500 not in statuses
            subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
            a = post_json(port, "/v1/feedback", FEEDBACK)
            suite.expect("feedback to a read-only disk", a, 503, "store_unavailable")
            suite.checks[-1].note = a.json().get("detail", "")[:60]
            time.sleep(2.1)
            ready = request(port, "GET", "/readyz")
            store = ready.json().get("feedback_store", "")
            suite.add("/readyz on a read-only disk", "reports it", ready, store != "ok", store)
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def run(quick: bool, linear: bool = False) -> Suite:
    budget = 5.0 if quick else 10.0
    header_timeout = body_timeout = 1.0 if quick else 10.0
    feedback_timeout = 1.0 if quick else 5.0
    env = {
        "OKR_COACH_REQUEST_TIMEOUT_S": str(budget),
        "OKR_COACH_HEADER_TIMEOUT_S": str(header_timeout),
        "OKR_COACH_BODY_TIMEOUT_S": str(body_timeout),
        "OKR_COACH_FEEDBACK_TIMEOUT_S": str(feedback_timeout),
    }
    with tempfile.TemporaryDirectory(prefix="okr-attack-") as name:
        tmp = Path(name)
        suite = Suite(quick, budget, tmp, linear)
        with server_process(1, tmp, **env) as (base, proc, _):
            srv = Server(base, proc, tmp / "feedback.sqlite3")
            suite.figures["RSS when ready (MiB)"] = mib(rss_kib(proc.pid))
            steps: list[Callable[[], None]] = [
                lambda: suite.quadratic(srv),
                lambda: suite.bounded_output(srv),
                lambda: suite.burst(srv),
                lambda: suite.no_500(srv),
                lambda: suite.connections(srv, header_timeout, body_timeout),
                lambda: suite.store_lock(srv, feedback_timeout),
                lambda: suite.feedback_flood(srv),
            ]
            for step in steps:
                t = time.perf_counter()
                step()
                suite.step_seconds.append(round(time.perf_counter() - t, 2))
            alive = request(srv.port, "GET", "/healthz")
            suite.expect("the server is still up", alive, 200)
        if not quick:
            corrupt_store(suite, tmp, env)
            small_filesystem(suite, tmp, env)
            for sig in (signal.SIGTERM, signal.SIGKILL):
                durability(suite, tmp, env, sig, 200)
    return suite


def rows(suite: Suite) -> list[dict[str, object]]:
    failed = [c for c in suite.checks if not c.ok]
    worst = max((c.seconds for c in suite.checks), default=0.0)
    out: list[dict[str, object]] = [
        {
            "figure": f"attacks survived ({len(suite.checks)} checks, {suite.sent} requests)",
            "target": "all",
            "measured": f"{len(suite.checks) - len(failed)} of {len(suite.checks)}; "
            f"unexpected 5xx: {suite.unexpected_5xx}",
            "met": not failed and suite.unexpected_5xx == 0,
        },
        {
            "figure": "worst time to an answer (or a close)",
            "target": "(information)",
            "measured": f"{worst:.2f} s",
            "met": None,
        },
    ]
    for name, value in suite.figures.items():
        met = None
        if name.startswith("feedback rows"):
            met = value == 0
        out.append(
            {
                "figure": name,
                "target": "0" if met is not None else "(information)",
                "measured": str(value),
                "met": met,
            }
        )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="CI: small, short, a few seconds")
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--require-linear",
        action="store_true",
        help="the quadratic drafts must be answered within 1 s (once the fact layer is merged)",
    )
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    suite = run(args.quick, args.require_linear)
    took = time.perf_counter() - t0
    failed = [c for c in suite.checks if not c.ok]
    if args.json:
        print(
            json.dumps(
                {
                    "checks": [asdict(c) for c in suite.checks],
                    "figures": suite.figures,
                    "rows": rows(suite),
                    "seconds": took,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for c in suite.checks:
            mark = "ok  " if c.ok else "FAIL"
            print(
                f"{mark} {c.name}: expected {c.expect}; got {c.got} in {c.seconds:.2f} s, "
                f"{c.size:,} B{'; ' + c.note if c.note else ''}"
            )
        for name, value in suite.figures.items():
            print(f"     {name}: {value}")
        print(
            f"{len(suite.checks) - len(failed)} of {len(suite.checks)} checks passed, "
            f"{suite.sent} requests, {took:.1f} s"
        )
    return 1 if failed or suite.unexpected_5xx else 0


if __name__ == "__main__":
    raise SystemExit(main())

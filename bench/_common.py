"""Shared helpers of the benchmarks: percentiles, draft generation, process-tree memory,
the machine's description, and starting the service as a real subprocess."""

from __future__ import annotations

import importlib.metadata
import os
import platform
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def percentile(values: list[float], q: float) -> float:
    """Linear-interpolated percentile (q in 0..1) of a non-empty list."""
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a subprocess of the project: the repo on sys.path, no colour."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (
        os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else ""
    )
    env["NO_COLOR"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("OKR_COACH_STRICT", None)
    env.update(extra)
    return env


# -- memory ------------------------------------------------------------------------------------
def _children(pid: int) -> list[int]:
    out: list[int] = []
    task_dir = Path(f"/proc/{pid}/task")
    try:
        for task in task_dir.iterdir():
            text = (task / "children").read_text()
            out.extend(int(c) for c in text.split())
    except OSError:
        pass
    return out


def tree_pids(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        todo.extend(_children(p))
    return pids


def rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def pss_anon_kib(pid: int) -> int:
    """The anonymous part of the proportional set size: the process's own heap and stacks, not
    the pages of files it maps (which the kernel can drop and re-read, and which every process
    mapping the file shares)."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss_Anon:"):
                return int(line.split()[1])
    except OSError:
        pass
    return pss_kib(pid)


def pss_kib(pid: int) -> int:
    """Proportional set size: pages shared by forked workers count once over all of them, so
    the sum over a process tree is not inflated by copy-on-write sharing."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        return rss_kib(pid)
    return rss_kib(pid)


class RSSPoller:
    """Polls the memory of a process and all its descendants (pool workers, uvicorn workers)
    in a thread; `peak_tree_mib` is the largest sum of PSS seen over the tree, `peak_one_mib`
    the largest RSS of a single process."""

    def __init__(self, pid: int, interval: float = 0.02) -> None:
        self.pid, self.interval = pid, interval
        self.peak_tree = self.peak_one = self.peak_anon = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            pids = tree_pids(self.pid)
            rss = [rss_kib(p) for p in pids]
            if rss:
                self.peak_tree = max(self.peak_tree, sum(pss_kib(p) for p in pids))
                self.peak_anon = max(self.peak_anon, sum(pss_anon_kib(p) for p in pids))
                self.peak_one = max(self.peak_one, max(rss))
            self._stop.wait(self.interval)

    def __enter__(self) -> RSSPoller:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def peak_tree_mib(self) -> float:
        return round(self.peak_tree / 1024, 1)

    @property
    def peak_anon_mib(self) -> float:
        return round(self.peak_anon / 1024, 1)

    @property
    def peak_one_mib(self) -> float:
        return round(self.peak_one / 1024, 1)


# -- the machine -------------------------------------------------------------------------------
def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "cpu": cpu,
        "cores": f"{usable} usable ({os.cpu_count()} online)",
        "ram": ram,
        "python": platform.python_version(),
        "os": platform.platform(terse=True),
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "code": _code(),
    }


def _code() -> str:
    """Pure Python or the `make compile` build (coach/_compiled.py), as a child process sees it."""
    ask = "from coach import _compiled; print(_compiled.describe())"
    try:
        out = subprocess.run(
            [sys.executable, "-c", ask], cwd=ROOT, env=child_env(), capture_output=True, text=True
        )
    except OSError:
        return "?"
    return out.stdout.strip() or "?"


# -- the service as a subprocess ---------------------------------------------------------------
def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_command(port: int, workers: int) -> list[str]:
    """`okr-coach serve` when the project is installed (its entry point registers `serve`),
    else the same thing through uvicorn directly."""
    eps = importlib.metadata.entry_points(group="okr_coach.commands")
    if any(ep.name == "serve" for ep in eps):
        cmd = [sys.executable, "-m", "coach", "serve", "--log-level", "warning"]
        return [*cmd, "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)]
    return [
        sys.executable, "-m", "uvicorn", "--factory", "service.app:create_app",
        "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
        "--log-level", "warning", "--no-access-log",
    ]  # fmt: skip


def wait_ready(base: str, proc: subprocess.Popen, timeout: float = 120.0) -> float:
    """Seconds until /readyz answered 200; raises if the process dies or time runs out."""
    t0 = time.perf_counter()
    deadline = t0 + timeout
    while time.perf_counter() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/readyz", timeout=2) as res:
                if res.status == 200:
                    return time.perf_counter() - t0
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.01)
    raise RuntimeError("the server did not become ready in time")


@contextmanager
def server_process(
    workers: int, tmp: Path, **settings: str
) -> Iterator[tuple[str, subprocess.Popen, float]]:
    """A started service subprocess: (base URL, process, seconds from spawn to /readyz 200).
    `settings`: more environment, e.g. OKR_COACH_REQUEST_TIMEOUT_S="2"."""
    port = free_port()
    env = child_env(
        **{
            "OKR_COACH_FEEDBACK_DB": str(tmp / "feedback.sqlite3"),
            "OKR_COACH_LOG_LEVEL": "warning",
            **settings,
        }
    )
    log = (tmp / f"server-{port}.log").open("wb")  # a file: a full pipe would block the server
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        serve_command(port, workers), cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_ready(base, proc)
        yield base, proc, time.perf_counter() - t0
    finally:
        stop_process(proc)
        log.close()


def stop_process(proc: subprocess.Popen) -> None:
    """SIGTERM, then SIGKILL when the process has not exited within 20 s."""
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()

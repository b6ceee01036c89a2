"""The host's speed beside the service's req/s (bench/host_speed.py, issue 13): a fixed workload,
timed against its counted instructions, so that a slow host is visible in bench/RESULTS.md."""

from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import bench_load
import host_speed


def test_the_workload_is_the_same_every_run() -> None:
    assert host_speed.workload(500) == host_speed.workload(500)
    assert host_speed.INSTRUCTIONS > 0


def test_the_host_figure_is_a_time_per_million_instructions() -> None:
    figure = host_speed.ms_per_million(repeats=1)
    assert math.isfinite(figure) and 0 < figure < 100


def test_the_service_row_says_the_host_s_speed() -> None:
    result = {
        "clients": 16, "workers": 1, "seconds": 20.0, "rps": 100.0, "requests": 2000,
        "server_cpu_ms_per_request": 9.1, "review_threads_cpu_ms_per_request": 8.5,
        "loop_cpu_ms_per_request": 0.6, "load_average": 2.0, "p50_ms": 1.0, "p99_ms": 2.0,
        "errors": 0, "error_kinds": [],
        "paced": {"rate": 250.0, "p50_ms": 1.0, "p99_ms": 2.0, "rps": 100.0, "errors": 0,
                  "error_kinds": []},
        "in_process": {"cpu_ms_per_request": 7.5, "drafts": 300, "load_average": 2.0,
                       "host_ms_per_m": 0.1342},
    }  # fmt: skip
    measured = bench_load.rows([result])[0]["measured"]
    assert "host 0.134 ms per M instructions of bench/host_speed.py" in measured

"""bench/run_all.py --only NAME: one benchmark's rows, misses and notes replaced in
bench/RESULTS.md, every other benchmark's kept."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from run_all import merge, render


def _row(figure: str, met: bool, measured: str) -> dict:
    return {"figure": figure, "target": "<= 3 ms", "measured": measured, "met": met,
            "cause": "slow", "lever": "faster"}  # fmt: skip


def test_only_replaces_that_benchmark_s_rows_and_misses() -> None:
    before = render(
        {
            "review": {"rows": [_row("p50", False, "14 ms"), _row("p99", False, "28 ms")]},
            "service": {"rows": [_row("req/s", False, "49")]},
        },
        smoke=False,
        duration=20,
    )
    after = merge(
        before, "review", {"rows": [_row("p50", True, "2 ms"), _row("p99", False, "12 ms")]}, False
    )
    assert "| review | p50 | <= 3 ms | 2 ms | yes |" in after
    assert "| review | p99 | <= 3 ms | 12 ms | **NO** |" in after
    assert "14 ms" not in after and "28 ms" not in after
    assert "| service | req/s | <= 3 ms | 49 | **NO** |" in after
    misses = [line for line in after.splitlines() if line.startswith("- **")]
    assert [m.split(":", 1)[0] for m in misses] == ["- **review", "- **service"]
    assert "measured 12 ms" in misses[0]
    assert "Run alone (`bench/run_all.py --only review`)" in after

"""The suite's time (suite45): `make test` runs pytest on every core with pytest-xdist, each test
file on one worker, so a file's module-scoped server, browser, database or training is made once."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _make_test_recipe() -> list[str]:
    lines = (ROOT / "Makefile").read_text(encoding="utf-8").splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("test:"))
    recipe = []
    for ln in lines[start + 1 :]:
        if not ln.startswith("\t"):
            break
        recipe.append(ln.strip())
    return recipe


def test_make_test_runs_pytest_in_parallel_file_by_file() -> None:
    (pytest_line,) = [ln for ln in _make_test_recipe() if "-m pytest" in ln]
    assert re.search(r"-n \$\(PYTEST_WORKERS\)", pytest_line), pytest_line
    assert "--dist loadfile" in pytest_line, pytest_line
    make = (ROOT / "Makefile").read_text(encoding="utf-8").splitlines()
    assert "PYTEST_WORKERS ?= auto" in make


def test_the_dev_extra_installs_pytest_xdist() -> None:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    dev = meta["project"]["optional-dependencies"]["dev"]
    assert any(re.match(r"pytest-xdist\b", d) for d in dev), dev


def test_plain_pytest_stays_in_one_process() -> None:
    """-n is given by `make test` only: a plain `pytest FILE` (a helper's run of a few files)
    starts no workers."""
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "-n" not in meta["tool"]["pytest"]["ini_options"]["addopts"].split()


def test_every_collected_item_has_its_own_node_id() -> None:
    """pytest-xdist hands work out by node id: schemathesis's operations, which all had their
    function's id, ran one of sixteen under it (tests/conftest.py gives each its name's id)."""
    import subprocess
    import sys

    pytest.importorskip("schemathesis")
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "tests/test_schemathesis.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    ids = [ln for ln in out.splitlines() if "::" in ln]
    assert len(ids) == len(set(ids)) > 1, ids
    assert "tests/test_schemathesis.py::test_api_conforms_to_its_schema[GET /healthz]" in ids


def test_the_slow_files_put_first_exist() -> None:
    from tests.conftest import SLOW_FIRST

    assert all((ROOT / "tests" / name).is_file() for name in SLOW_FIRST), SLOW_FIRST

"""The notebooks run headless, and the committed ones match their source in models/notebooks.py."""

from __future__ import annotations

import pytest

nbclient = pytest.importorskip("nbclient")
nbformat = pytest.importorskip("nbformat")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")
pytest.importorskip("sklearn")

from models import notebooks  # noqa: E402


@pytest.mark.parametrize("name", sorted(notebooks.BOOKS))
def test_committed_notebook_matches_its_source(name: str) -> None:
    nb = nbformat.read(notebooks.NOTEBOOKS / name, as_version=4)
    assert [c.source for c in nb.cells] == [src for _, src in notebooks.BOOKS[name]]


@pytest.mark.parametrize("name", sorted(notebooks.BOOKS))
def test_notebook_executes_without_error(name: str) -> None:
    nb = notebooks.execute(notebooks.NOTEBOOKS / name, timeout=120)
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == []
    assert any(c.get("outputs") for c in nb.cells if c.cell_type == "code")

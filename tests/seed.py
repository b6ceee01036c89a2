"""The seed guide's example drafts, as copied into tests/data/seed_blocks/ (see its README)."""

from __future__ import annotations

from pathlib import Path

BLOCKS = Path(__file__).parent / "data" / "seed_blocks"


def seed_block(name: str, fixed: bool = True) -> str:
    """A block of the seed: `fixed` with the PDF glyph errors corrected, else verbatim."""
    return (BLOCKS / f"{name}{'.fixed' if fixed else ''}.txt").read_text(encoding="utf-8")

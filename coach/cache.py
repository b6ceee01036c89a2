"""A private cache for derived data that is slow to rebuild at every start (parsed tables).

Lives in OKR_COACH_CACHE_DIR, else $XDG_CACHE_HOME/okr-coach or ~/.cache/okr-coach, created
0700. Entries are keyed by what they were built from; a missing, foreign or broken entry is
rebuilt, so deleting the directory is always safe.
"""

from __future__ import annotations

import logging
import marshal
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger("okr_coach")


def cache_dir() -> Path:
    base = os.environ.get("OKR_COACH_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "okr-coach"


def file_key(path: str | os.PathLike[str]) -> str:
    """Size and modification time: enough to notice a changed source file."""
    st = os.stat(path)
    return f"{st.st_size}-{int(st.st_mtime)}"


def cached_marshal(name: str, build: Callable[[], Any]) -> Any:
    """`build()`'s value, kept with marshal (plain data only: it cannot run code on load)."""
    path = cache_dir() / f"{name}.marshal"
    try:
        if path.is_file() and path.stat().st_uid == os.getuid():
            return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        log.debug("cache entry %s unreadable; rebuilding", path, exc_info=True)
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(value))
        tmp.replace(path)
    except (OSError, ValueError):
        log.debug("cannot write cache entry %s", path, exc_info=True)
    return value

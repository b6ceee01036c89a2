"""Batch review: a whole organisation's OKRs, one draft per JSONL line or CSV row.

Input:
- `.jsonl`: one JSON value per line: a string (the draft text), or an object with `text`
  (or structured `objectives`) and an optional `id`.
- `.csv`: a header row with a `text` (or `draft`) column and an optional `id` column.

Output: one JSON object per input record, in input order: `{"id", "review"}` or
`{"id", "error": {"code", "message"}}`. Records are streamed through a process pool in bounded
chunks, so memory stays flat however large the input is.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

from coach.config import Config
from coach.errors import InputError, OKRCoachError

_CONFIG: Config | None = None


def read_records(path: str | Path, stream: TextIO | None = None) -> Iterator[tuple[str, Any]]:
    """(id, source) pairs from a JSONL or CSV file (or `stream`, read as JSONL)."""
    p = Path(path)
    if p.suffix.lower() == ".csv":
        yield from _read_csv(p)
    else:
        yield from _read_jsonl(stream if stream is not None else p.open(encoding="utf-8-sig"))


def _read_jsonl(fh: TextIO) -> Iterator[tuple[str, Any]]:
    with fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            rid = str(n)
            try:
                value = json.loads(line)
            except json.JSONDecodeError as e:
                yield rid, InputError("invalid_structure", f"line {n}: not JSON ({e.msg})")
                continue
            if isinstance(value, dict):
                rid = str(value.get("id", rid))
                source = value.get("text", value if "objectives" in value else None)
                if source is None:
                    source = InputError(
                        "invalid_structure", f"line {n}: expected a 'text' or 'objectives' field"
                    )
            else:
                source = value
            yield rid, source


def _read_csv(p: Path) -> Iterator[tuple[str, Any]]:
    with p.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        fields = [f.lower() for f in (reader.fieldnames or [])]
        col = "text" if "text" in fields else "draft" if "draft" in fields else None
        if col is None:
            raise InputError("invalid_structure", f"{p}: the CSV needs a 'text' or 'draft' column")
        for n, row in enumerate(reader, start=2):
            low = {(k or "").lower(): v for k, v in row.items()}
            yield str(low.get("id") or n), low.get(col) or ""


def _init(config: Config) -> None:
    global _CONFIG
    _CONFIG = config
    from coach.nlp import warm_up

    warm_up()


def _review_one(record: tuple[str, Any]) -> str:
    from coach.review import review

    rid, source = record
    if isinstance(source, InputError):
        return json.dumps(
            {"id": rid, "error": {"code": source.code, "message": source.message}},
            ensure_ascii=False,
        )
    try:
        result = review(source, config=_CONFIG)
    except InputError as e:
        return json.dumps(
            {"id": rid, "error": {"code": e.code, "message": e.message}}, ensure_ascii=False
        )
    except OKRCoachError as e:
        return json.dumps(
            {"id": rid, "error": {"code": "error", "message": str(e)}}, ensure_ascii=False
        )
    except Exception as e:  # one bad record must not lose the rest of the batch
        return json.dumps(
            {"id": rid, "error": {"code": "internal_error", "message": repr(e)}},
            ensure_ascii=False,
        )
    return f'{{"id": {json.dumps(rid)}, "review": {result.model_dump_json()}}}'


def review_records(
    records: Iterable[tuple[str, Any]],
    jobs: int = 0,
    config: Config | None = None,
    chunk: int = 256,
) -> Iterator[str]:
    """JSON lines for `records`, in order. `jobs` 0 means one process per core."""
    config = config or Config()
    jobs = jobs or os.cpu_count() or 1
    it = iter(records)
    if jobs == 1:
        _init(config)
        for rec in it:
            yield _review_one(rec)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    with ctx.Pool(jobs, initializer=_init, initargs=(config,)) as pool:
        while True:
            block = list(islice(it, chunk * jobs))
            if not block:
                break
            yield from pool.imap(_review_one, block, chunksize=max(1, chunk // 4))

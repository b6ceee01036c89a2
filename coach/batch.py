"""Batch review: a whole organisation's OKRs, one draft per JSONL line or CSV row.

Input:
- `.jsonl` (or standard input): one JSON value per line: a string (the draft text), or an
  object with `text` (or structured `objectives`) and an optional `id`.
- `.csv`: a header row with a `text` (or `draft`) column and an optional `id` column.

Output: one JSON object per input record, in input order: `{"id", "line", "review"}` or
`{"id", "line", "error": {"code", "message"}}`, where `line` is the record's first line in the
input. A record that cannot be read or reviewed — not UTF-8, not JSON, nested too deeply, over
the size limit, over the time limit — is an error record; every other record is still
reviewed. Records are streamed through a process pool in bounded chunks, so memory stays flat
however large the input is, and a worker that dies loses only the records it held (as error
records), never the batch.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, NamedTuple

from coach.config import Config
from coach.deadline import ReviewCancelled, time_limit
from coach.errors import InputError, OKRCoachError

_CONFIG: Config | None = None
_TIMEOUT: float = 0.0
# A line with no end within this many bytes past the record limit stops the reading (an endless
# stream such as /dev/zero): the records before it are kept.
MAX_SKIP = 64 << 20


@dataclass(frozen=True)
class RecordError:
    """Why a record could not be read; it travels to the workers in place of a draft."""

    code: str
    message: str


class Record(NamedTuple):
    id: str
    source: Any  # text, a structured draft, or a RecordError
    line: int = 0


@dataclass
class BatchSummary:
    """Filled in by `review_records`: how many records were reviewed and which failed."""

    reviewed: int = 0
    failed_lines: list[int] = field(default_factory=list)
    # records reviewed whose review has an error-severity finding (the gate `review` exits 1 on)
    with_errors: int = 0

    @property
    def failed(self) -> int:
        return len(self.failed_lines)


def record_limit(config: Config | None = None) -> int:
    """The largest record worth reading, in bytes: the text limit in UTF-8, JSON-escaped, with
    room for an id and options (as the service's body limit)."""
    return (config or Config()).max_chars * 12 + 64_000


def read_records(
    path: str | Path, stream: IO[Any] | None = None, limit: int | None = None
) -> Iterator[Record]:
    """Records from a JSONL or CSV file (or `stream`, read as JSONL), each at most `limit`
    bytes."""
    limit = limit or record_limit()
    p = Path(path)
    if stream is not None:
        binary = getattr(stream, "buffer", stream)
        if isinstance(binary, io.TextIOBase):  # a replaced sys.stdin (tests) is already text
            binary = io.BytesIO(binary.read(limit * 4).encode("utf-8", "surrogateescape"))
        yield from _read_jsonl(binary, limit)
    elif p.suffix.lower() == ".csv":
        with p.open("rb") as fh:
            yield from _read_csv(fh, limit)
    else:
        with p.open("rb") as fh:
            yield from _read_jsonl(fh, limit)


def _lines(fh: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | RecordError]]:
    """(line number, bytes) per line; a RecordError for a line over `limit` bytes (read to its
    end without keeping it) or for one that never ends."""
    n = 0
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        n += 1
        if len(line) <= limit or line.endswith(b"\n"):
            yield n, line
            continue
        skipped = len(line)
        while not line.endswith(b"\n"):
            line = fh.readline(1 << 20)
            if not line:
                break
            skipped += len(line)
            if skipped > limit + MAX_SKIP:
                yield (
                    n,
                    RecordError(
                        "too_long",
                        f"line {n} has no end within {skipped:,} bytes; stopped reading the input",
                    ),
                )
                return
        yield (
            n,
            RecordError(
                "too_long", f"line {n} has {skipped:,} bytes; the limit is {limit:,} bytes"
            ),
        )


def _decode(data: bytes, n: int) -> str | RecordError:
    try:
        return data.decode("utf-8-sig" if n == 1 else "utf-8")
    except UnicodeDecodeError as e:
        return RecordError(
            "not_utf8",
            f"line {n} is not UTF-8 text (byte 0x{data[e.start]:02x} at column {e.start + 1})",
        )


def _read_jsonl(fh: IO[bytes], limit: int) -> Iterator[Record]:
    for n, data in _lines(fh, limit):
        rid = str(n)
        if isinstance(data, RecordError):
            yield Record(rid, data, n)
            continue
        text = _decode(data, n)
        if isinstance(text, RecordError):
            yield Record(rid, text, n)
            continue
        if not text.strip():
            continue
        try:
            value = json.loads(text)
        except json.JSONDecodeError as e:
            yield Record(rid, RecordError("invalid_structure", _not_json(n, e)), n)
            continue
        except RecursionError:
            yield Record(rid, RecordError("invalid_structure", f"line {n}: nested too deeply"), n)
            continue
        except ValueError:  # an integer of more than 4,300 digits
            yield Record(
                rid, RecordError("invalid_structure", f"line {n}: a number is too long"), n
            )
            continue
        if isinstance(value, dict):
            rid = str(value.get("id", rid))[:200]
            source = value.get("text", value if "objectives" in value else None)
            if source is None:
                source = RecordError(
                    "invalid_structure", f"line {n}: expected a 'text' or 'objectives' field"
                )
        else:
            source = value
        yield Record(rid, source, n)


def _read_csv(fh: IO[bytes], limit: int) -> Iterator[Record]:
    # Undecodable bytes become lone surrogates here and an error for their row, not the file.
    text = io.TextIOWrapper(fh, encoding="utf-8-sig", errors="surrogateescape", newline="")
    csv.field_size_limit(limit)
    # strict: a quote left open is an error, not rows silently merged into one field
    reader = csv.reader(text, strict=True)
    try:
        header = next(reader, None)
    except csv.Error as e:
        raise InputError("invalid_structure", f"the CSV header cannot be read: {e}") from None
    fields = [f.strip().lower() for f in header or []]
    col = "text" if "text" in fields else "draft" if "draft" in fields else None
    if col is None:
        raise InputError("invalid_structure", "the CSV needs a 'text' or 'draft' column")
    text_at, id_at = fields.index(col), fields.index("id") if "id" in fields else None
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            yield Record(
                str(start),
                RecordError(
                    "invalid_structure",
                    f"line {start}: the CSV cannot be read here ({e}); is a quote left open? "
                    f"Lines {start}–{reader.line_num} are not reviewed",
                ),
                start,
            )
            if "end of data" in str(e) or reader.line_num < start:
                return
            continue
        if not row:
            continue
        rid = (row[id_at] if id_at is not None and id_at < len(row) else "") or str(start)
        value = row[text_at] if text_at < len(row) else ""
        if any("\udc80" <= ch <= "\udcff" for ch in value):
            yield Record(rid, RecordError("not_utf8", f"line {start} is not UTF-8 text"), start)
            continue
        yield Record(rid, value, start)


# Reviewed once by each worker before its first record (flawed, so that the similar examples'
# library, the encoder's stand-in and the flaw verdicts load too), as the service's warm-up does.
WARM_UP_DRAFTS = (
    "目标：本季度提升客户满意度\n关键结果1：NPS 从 30 提升到 45\n关键结果2：给潜在用户发一封邮件",
    "Objective: Delight our customers\nKR1: Raise NPS from 30 to 45\nKR2: Send an email to prospects",
)


def _init(config: Config, timeout: float = 0.0) -> None:
    global _CONFIG, _TIMEOUT
    _CONFIG, _TIMEOUT = config, timeout
    from coach.heap import settle
    from coach.nlp import warm_up
    from coach.review import review

    warm_up()
    # What the first reviews load (the rules' tables, the library, the sketch) is loaded before
    # the heap is settled, so that full collections walk none of it either: without this they
    # walked ~16,000 more objects each (issue 13: 0.22 -> 0.17 ms of collection a draft,
    # the longest pause 54 -> 32 ms, over 3,000 drafts).
    for text in WARM_UP_DRAFTS:
        # a warm-up that fails must not stop the batch: its records say what is wrong
        with contextlib.suppress(Exception):
            review(text, config=config)
    settle()  # the dictionaries stay: full collections stop walking them (coach.heap)


Result = tuple[bool, str, bool]  # (failed, the JSON line, the review has an error finding)


def _error_line(rid: str, line: int, code: str, message: str) -> Result:
    return (
        True,
        json.dumps(
            {"id": rid, "line": line, "error": {"code": code, "message": message}},
            ensure_ascii=False,
        ),
        False,
    )


def _review_one(record: tuple[Any, ...]) -> Result:
    from coach.review import review

    rid, source = record[0], record[1]
    line = record[2] if len(record) > 2 else 0
    if isinstance(source, RecordError):
        return _error_line(rid, line, source.code, source.message)
    try:
        with time_limit(_TIMEOUT):
            result = review(source, config=_CONFIG)
    except ReviewCancelled:
        return _error_line(
            rid, line, "timeout", f"the review took longer than {_TIMEOUT:g} s and was stopped"
        )
    except InputError as e:
        return _error_line(rid, line, e.code, e.message)
    except OKRCoachError as e:
        return _error_line(rid, line, "error", str(e))
    except Exception as e:  # one bad record must not lose the rest of the batch
        return _error_line(rid, line, "internal_error", f"{type(e).__name__}: {str(e)[:200]}")
    review_json = result.model_dump_json()
    errors = bool(result.error_findings())
    return False, f'{{"id": {json.dumps(rid)}, "line": {line}, "review": {review_json}}}', errors


def _review_block(block: list[tuple[Any, ...]]) -> list[Result]:
    return [_review_one(r) for r in block]


def _count(result: Result, record: tuple[Any, ...], summary: BatchSummary | None) -> str:
    failed, out, errors = result
    if summary is not None:
        summary.reviewed += 1
        summary.with_errors += errors
        if failed:
            summary.failed_lines.append(record[2] if len(record) > 2 else 0)
    return out


def review_records(
    records: Iterable[tuple[Any, ...]],
    jobs: int = 0,
    config: Config | None = None,
    chunk: int = 256,
    timeout: float = 0.0,
    summary: BatchSummary | None = None,
) -> Iterator[str]:
    """JSON lines for `records`, in order. `jobs` 0 means one process per core; `timeout`
    (seconds, 0 for none) stops a record's review past it; `summary` is filled in."""
    config = config or Config()
    jobs = jobs or os.cpu_count() or 1
    it = iter(records)
    if jobs == 1:
        _init(config, timeout)
        for rec in it:
            yield _count(_review_one(rec), rec, summary)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    size = max(1, chunk // 4)

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            jobs, mp_context=ctx, initializer=_init, initargs=(config, timeout)
        )

    pool = new_pool()
    pending: deque[tuple[list[tuple[Any, ...]], Future[list[Result]]]] = deque()
    # Blocks read but not given to a worker: the pool broke while they were being submitted
    # (a worker died before its block's result was asked for). No worker held them, so they
    # go to the next pool rather than being reported lost.
    unsent: deque[list[tuple[Any, ...]]] = deque()
    try:
        while True:
            while len(pending) < jobs * 4:
                block = unsent.popleft() if unsent else [tuple(r) for r in _take(it, size)]
                if not block:
                    break
                try:
                    pending.append((block, pool.submit(_review_block, block)))
                except BrokenProcessPool:
                    unsent.appendleft(block)
                    break
            if not pending:
                if unsent:  # broken before anything was pending: a new pool takes them
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = new_pool()
                    continue
                return
            block, future = pending.popleft()
            try:
                outs = future.result()
            except BrokenProcessPool:
                # A worker died (killed, out of memory): the records it and the others held
                # are reported, and a new pool takes the rest.
                outs = [_died(r) for r in block]
                for other, _ in pending:
                    for r in other:
                        outs.append(_died(r))
                block = block + [r for other, _ in pending for r in other]
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
            for rec, out in zip(block, outs, strict=True):
                yield _count(out, rec, summary)
    finally:
        # Nothing pending (the usual end): wait for the idle workers, so the pool's manager thread
        # is gone before the interpreter's exit hook wakes it; with wait=False that hook could
        # write to the pipe the thread had closed ("OSError: Bad file descriptor" at exit, seen
        # under load). Work still pending (the caller stopped early) is cancelled, not waited for.
        pool.shutdown(wait=not pending, cancel_futures=True)


def _died(record: tuple[Any, ...]) -> Result:
    return _error_line(
        record[0],
        record[2] if len(record) > 2 else 0,
        "internal_error",
        "a worker process stopped (killed, or out of memory) while this record was in it",
    )


def _take(it: Iterator[Any], n: int) -> list[Any]:
    out = []
    for x in it:
        out.append(x)
        if len(out) >= n:
            break
    return out


def _not_json(n: int, e: json.JSONDecodeError) -> str:
    """'line 3: not JSON (Expecting value at column 1)': json's own message, with its column.

    Some of json's messages end in "at" and expect the position after them ("Invalid control
    character at"): said alone they read cut off."""
    at = "" if e.msg.endswith(" at") else " at"
    return f"line {n}: not JSON ({e.msg}{at} column {e.colno})"

"""The command line never hangs and never prints a traceback for bad input (issue 14): batch
errors per record with the rest intact, exit 1 when a record failed, streaming size limits,
clean messages for closed or full streams."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import time
from pathlib import Path

import pytest

import coach.batch
from coach.batch import BatchSummary, read_records, review_records
from coach.errors import InputError, InputTooLarge

ROOT = Path(__file__).resolve().parents[1]
GOOD = {"id": "good", "text": "O: grow revenue this quarter\nKR1: reach $2M ARR by Q3"}


def cli(*args: str, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    """`okr-coach ARGS` in its own process (what a person runs), with a hard time limit."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    env.pop("OKR_COACH_STRICT", None)
    return subprocess.run(
        [sys.executable, "-m", "coach", *args],
        cwd=ROOT,
        env=env,
        capture_output=kwargs.pop("capture_output", True),
        timeout=timeout,
        **kwargs,
    )


def no_traceback(proc: subprocess.CompletedProcess) -> None:
    assert b"Traceback" not in (proc.stderr or b""), proc.stderr.decode()[-2000:]


def test_batch_with_a_malformed_line_and_default_jobs_does_not_hang(tmp_path):
    """It hung for ever: an InputError raised for the bad line could not be unpickled in the
    pool's worker. Default --jobs (one per core) is the pool path."""
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps(GOOD) + "\nnot json\n" + json.dumps({**GOOD, "id": "g2"}) + "\n")
    proc = cli("review", "--batch", str(f), timeout=120)
    no_traceback(proc)
    out = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == ["good", "2", "g2"]
    assert [o["line"] for o in out] == [1, 2, 3]
    assert "review" in out[0] and "review" in out[2]
    assert out[1]["error"]["code"] == "invalid_structure" and "line 2" in out[1]["error"]["message"]
    assert proc.returncode == 1
    assert b"1 of 3 record(s) could not be reviewed (line 2)" in proc.stderr


def test_input_errors_pickle():
    for e in (InputError("empty", "nothing"), InputTooLarge("too_long", "big")):
        back = pickle.loads(pickle.dumps(e))
        assert type(back) is type(e) and (back.code, back.message) == (e.code, e.message)


def bad_lines() -> bytes:
    return b"\n".join(
        [
            json.dumps(GOOD).encode(),
            b'{"id": "latin1", "text": "caf\xe9"}',  # not UTF-8
            b"[" * 100_000 + b"]" * 100_000,  # nested too deeply for the JSON reader
            b'{"id": "bignum", "n": ' + b"9" * 5000 + b"}",  # an integer of 5,000 digits
            b'{"id": "no-text"}',
            json.dumps({**GOOD, "id": "last"}).encode(),
        ]
    )


@pytest.mark.parametrize("jobs", [1, 2])
def test_each_bad_record_loses_only_itself(tmp_path, jobs):
    f = tmp_path / "in.jsonl"
    f.write_bytes(bad_lines())
    summary = BatchSummary()
    out = [
        json.loads(x) for x in review_records(read_records(f), jobs=jobs, chunk=4, summary=summary)
    ]
    codes = [o["error"]["code"] if "error" in o else "ok" for o in out]
    assert codes == [
        "ok",
        "not_utf8",
        "invalid_structure",
        "invalid_structure",
        "invalid_structure",
        "ok",
    ]
    assert [o["line"] for o in out] == [1, 2, 3, 4, 5, 6]
    assert "column" in out[1]["error"]["message"]
    assert "nested too deeply" in out[2]["error"]["message"]
    assert "too long" in out[3]["error"]["message"]
    assert summary.reviewed == 6 and summary.failed_lines == [2, 3, 4, 5]


def test_a_line_over_the_limit_is_an_error_record_and_not_kept(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"text": "O: " + "x" * 5000}) + "\n" + json.dumps(GOOD) + "\n")
    out = [json.loads(x) for x in review_records(read_records(f, limit=1000), jobs=1)]
    assert out[0]["error"]["code"] == "too_long" and "1,000 bytes" in out[0]["error"]["message"]
    assert "review" in out[1]


def test_csv_with_an_unterminated_quote_is_an_error_not_merged_rows(tmp_path):
    f = tmp_path / "in.csv"
    f.write_text(
        'id,text\na,"O: grow revenue\nKR1: reach $2M ARR"\nb,"O: never closed\nc,O: third\n',
        encoding="utf-8",
    )
    summary = BatchSummary()
    out = [json.loads(x) for x in review_records(read_records(f), jobs=1, summary=summary)]
    assert out[0]["id"] == "a" and "review" in out[0] and out[0]["line"] == 2
    assert len(out) == 2  # "c" is inside the open quote: reported, never merged into "b"
    assert out[1]["error"]["code"] == "invalid_structure" and out[1]["line"] == 4
    assert "quote" in out[1]["error"]["message"] and "4–5" in out[1]["error"]["message"]
    assert summary.failed == 1


def test_csv_row_that_is_not_utf8_loses_only_itself(tmp_path):
    f = tmp_path / "in.csv"
    f.write_bytes(b'id,text\na,"O: caf\xe9"\nb,"O: grow revenue\nKR1: reach $2M ARR"\n')
    out = [json.loads(x) for x in review_records(read_records(f), jobs=1)]
    assert out[0]["error"]["code"] == "not_utf8" and "review" in out[1]


def test_a_worker_that_dies_loses_only_the_records_it_held(monkeypatch):
    real = coach.batch._review_one

    def fragile(record):
        if record[1] == "die":
            os._exit(3)  # as if the kernel killed it
        return real(record)

    monkeypatch.setattr(coach.batch, "_review_one", fragile)  # the forked workers inherit it
    records = [(str(i), "die" if i == 1 else GOOD["text"], i) for i in range(24)]
    summary = BatchSummary()
    out = [json.loads(x) for x in review_records(records, jobs=2, chunk=4, summary=summary)]
    assert [o["id"] for o in out] == [str(i) for i in range(24)]
    assert out[1]["error"]["code"] == "internal_error"
    assert "review" in out[-1]  # the records after the death went to a new pool
    assert 1 <= summary.failed < 24


def test_a_slow_record_is_stopped_by_the_timeout(tmp_path):
    f = tmp_path / "in.jsonl"
    slow = {"id": "slow", "text": "O: grow\nKR1: " + "1 " * 9970}  # quadratic before the fact layer
    f.write_text(json.dumps(slow) + "\n" + json.dumps(GOOD) + "\n")
    t0 = time.perf_counter()
    out = [json.loads(x) for x in review_records(read_records(f), jobs=1, timeout=0.5)]
    assert time.perf_counter() - t0 < 10
    assert "review" in out[1]
    if "error" in out[0]:  # with the linear fact layer it is simply reviewed in time
        assert out[0]["error"]["code"] == "timeout"


def test_one_draft_under_a_timeout_does_not_load_the_process_pool(tmp_path):
    """`okr-coach review FILE --timeout N` keeps its time limit (coach.deadline.time_limit)
    without importing coach.batch and the process pool's modules (~15 ms of a cold start)."""
    f = tmp_path / "okr.txt"
    f.write_text(GOOD["text"] + "\n", encoding="utf-8")
    code = (
        "import sys; from coach.cli import main; rc = main(['review', '--timeout', '30', "
        f"{str(f)!r}]); print(sorted(m for m in ('coach.batch', 'concurrent.futures', "
        "'multiprocessing') if m in sys.modules), file=sys.stderr)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, timeout=120)
    assert proc.returncode in (0, 1), proc.stderr
    assert proc.stderr.decode().strip().splitlines()[-1] == "[]"


def test_batch_exits_0_when_every_record_was_reviewed(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps(GOOD) + "\n")
    proc = cli("review", "--batch", str(f), "--jobs", "1")
    assert proc.returncode == 0 and proc.stderr == b""


@pytest.mark.parametrize("batch", [False, True])
def test_an_endless_input_stops_at_the_limit(batch):
    args = ["review", "--batch", "/dev/zero", "--jobs", "1"] if batch else ["review", "/dev/zero"]
    t0 = time.perf_counter()
    proc = cli(*args, timeout=60)
    assert time.perf_counter() - t0 < 30
    no_traceback(proc)
    if batch:
        assert proc.returncode == 1
        assert b"stopped reading the input" in proc.stdout
    else:
        assert proc.returncode == 2 and b"over the size limit" in proc.stderr


def test_endless_standard_input_stops_at_the_limit():
    with open("/dev/zero", "rb") as zero:
        proc = cli("review", "-", stdin=zero, timeout=60)
    no_traceback(proc)
    assert proc.returncode == 2 and b"standard input is over the size limit" in proc.stderr


def test_a_full_output_device_is_a_clean_error(tmp_path):
    with open("/dev/full", "wb") as full:
        proc = cli(
            "review",
            "examples/en-customer-success.txt",
            stdout=full,
            stderr=subprocess.PIPE,
            capture_output=False,
        )
    no_traceback(proc)
    assert proc.returncode == 2 and b"cannot write the output: No space left" in proc.stderr


def test_closed_standard_output_is_a_clean_error():
    proc = cli(
        "review",
        "examples/en-customer-success.txt",
        stdout=None,
        stderr=subprocess.PIPE,
        capture_output=False,
        preexec_fn=lambda: os.close(1),
    )
    no_traceback(proc)
    assert proc.returncode == 2 and b"standard output is closed" in proc.stderr


@pytest.mark.parametrize("batch", [False, True])
def test_closed_standard_input_is_a_clean_error(batch):
    args = ["review", "--batch", "-"] if batch else ["review", "-"]
    proc = cli(*args, stdin=None, preexec_fn=lambda: os.close(0))
    no_traceback(proc)
    assert proc.returncode == 2 and b"standard input is closed" in proc.stderr

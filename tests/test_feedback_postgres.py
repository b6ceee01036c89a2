"""The feedback store on a REAL PostgreSQL server: a throwaway cluster on loopback.

The cluster is made with the server's own tools (initdb, pg_ctl) in a temporary directory and
stopped afterwards. initdb refuses to run as root, so as root the tools run as the `postgres`
user the Debian package creates (or `nobody`). Skips, saying why, only where the PostgreSQL
server binaries are not installed (`make db-deps` installs them).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("psycopg", reason="psycopg is in the `postgres` extra")

import psycopg
from fastapi.testclient import TestClient

from service.app import create_app
from service.commands import register_feedback
from service.feedback import FeedbackIn, PostgresFeedbackStore, StoreUnavailable, open_store
from service.settings import Settings

RULE = "objective-no-key-results"


def pg_bindir() -> Path | None:
    """The newest installed server's bin directory (Debian keeps it off PATH)."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_as() -> list[str]:
    """The prefix that runs a server tool as a non-root user when we are root."""
    if os.geteuid() != 0:
        return []
    for user in ("postgres", "nobody"):
        try:
            pwd.getpwnam(user)
        except KeyError:
            continue
        return ["runuser", "-u", user, "--"]
    pytest.skip("running as root and there is no non-root user to run initdb as")


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    bindir = pg_bindir()
    if bindir is None:
        pytest.skip(
            "PostgreSQL server binaries (initdb, pg_ctl) are not installed: `make db-deps` "
            "(apt-get install postgresql) installs them"
        )
    prefix = run_as()
    # Not under pytest's tmp_path: its parents are private to root, and the server runs as
    # another user that must reach its data directory and socket.
    base = Path(tempfile.mkdtemp(prefix="okr-coach-pg-"))
    data, log = base / "data", base / "server.log"
    if prefix:
        user = prefix[2]
        entry = pwd.getpwnam(user)
        os.chown(base, entry.pw_uid, entry.pw_gid)
    base.chmod(0o700)
    port = free_port()
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}

    def tool(*args: str, timeout: float = 120) -> None:
        cmd = [*prefix, str(bindir / args[0]), *args[1:]]
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout)
        if proc.returncode != 0:
            server_log = log.read_text() if log.exists() else ""
            raise RuntimeError(f"{args[0]} failed: {proc.stderr or proc.stdout}\n{server_log}")

    tool("initdb", "-D", str(data), "-U", "coach", "-A", "trust", "-E", "UTF8", "--no-sync")
    options = f"-k {base} -h 127.0.0.1 -p {port} -F -c fsync=off"
    tool("pg_ctl", "-D", str(data), "-o", options, "-l", str(log), "-w", "-t", "60", "start")
    try:
        admin = f"postgresql://coach@127.0.0.1:{port}/postgres"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute("CREATE DATABASE okr")
        yield f"postgresql://coach@127.0.0.1:{port}/okr"
    finally:
        tool("pg_ctl", "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(base, ignore_errors=True)


def export(db: str, out: Path) -> list[dict]:
    """`okr-coach feedback export --db URL --out FILE`, through the command itself."""
    parser = argparse.ArgumentParser(prog="okr-coach")
    register_feedback(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["feedback", "export", "--db", db, "--out", str(out)])
    assert args.func(args) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_feedback_roundtrip_through_the_app_on_postgres(postgres_url, tmp_path):
    settings = Settings(feedback_db=postgres_url, warm_up=False)
    app = create_app(settings)
    assert isinstance(app.state.feedback, PostgresFeedbackStore)
    sent = {
        "rule_id": RULE,
        "target": "o1",
        "span": {"start": 3, "end": 10},
        "helpful": True,
        "applied": True,
        "comment": "清楚，有用",
        "language": "zh",
        "source": "rule",
    }
    with TestClient(app) as client:
        r1 = client.post("/v1/feedback", json=sent)
        r2 = client.post(
            "/v1/feedback",
            json={"rule_id": RULE, "target": "o2", "helpful": False, "item_text": "Win 'em all"},
        )
        assert (r1.status_code, r2.status_code) == (201, 201)
        assert r2.json()["id"] > r1.json()["id"]
        bad = {"rule_id": RULE, "target": "x'); DROP TABLE feedback; --", "helpful": True}
        assert client.post("/v1/feedback", json=bad).status_code == 422
    rows = export(postgres_url, tmp_path / "fb.jsonl")
    assert [r["id"] for r in rows] == [r1.json()["id"], r2.json()["id"]]
    first, second = rows
    assert first["span"] == {"start": 3, "end": 10} and first["applied"] is True
    assert first["helpful"] is True and first["comment"] == "清楚，有用"
    assert first["created_at"] == r1.json()["created_at"] and first["item_text"] is None
    assert second["span"] is None and second["helpful"] is False
    assert second["item_text"] == "Win 'em all" and second["applied"] is False
    # the rows really are in PostgreSQL, with its types
    with psycopg.connect(postgres_url) as conn:
        helpful = conn.execute("SELECT helpful FROM feedback ORDER BY id").fetchall()
        assert helpful == [(True,), (False,)]
    # a second app (another worker, another machine) sees the same store
    other = open_store(postgres_url)
    assert [r["id"] for r in other.rows()] == [r["id"] for r in rows]


def test_concurrent_writers_from_fresh_stores(postgres_url):
    """Workers starting together each create the table on first use; none of them fails."""
    stores = [PostgresFeedbackStore(postgres_url) for _ in range(8)]
    item = FeedbackIn(rule_id=RULE, target="set", helpful=True)
    with ThreadPoolExecutor(8) as pool:
        ids = list(pool.map(lambda s: s.add(item).id, stores))
    assert len(set(ids)) == 8


def test_idempotency_keys_on_postgres(postgres_url):
    store = PostgresFeedbackStore(postgres_url)
    item = FeedbackIn(rule_id=RULE, target="o1", helpful=True, comment="retry me")
    first = store.add(item, key="pg-key-1")
    again = store.add(item, key="pg-key-1")
    assert again.replayed and again.id == first.id and not first.replayed
    keys = [r["id"] for r in store.rows()]
    assert keys.count(first.id) == 1
    assert store.health() is None


def test_unreachable_postgres_is_a_clear_error(tmp_path):
    url = f"postgresql://coach@127.0.0.1:{free_port()}/okr"
    store = PostgresFeedbackStore(url, 2)
    with pytest.raises(StoreUnavailable, match="cannot reach"):
        store.add(FeedbackIn(rule_id=RULE, target="o1", helpful=True))
    assert "cannot reach" in (store.health() or "")
    settings = Settings(feedback_db=url, warm_up=False, feedback_timeout_s=2)
    with TestClient(create_app(settings)) as client:
        r = client.post("/v1/feedback", json={"rule_id": RULE, "target": "o1", "helpful": True})
        assert r.status_code == 503 and r.json()["code"] == "store_unavailable"
        assert "cannot reach" in client.get("/readyz").json()["feedback_store"]

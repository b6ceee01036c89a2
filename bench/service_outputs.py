"""The service's answers to compare two versions: not a benchmark, a byte-for-byte check.

    python bench/service_outputs.py dump OUT.jsonl       # POST every input to /v1/review
    python bench/service_outputs.py compare A.jsonl B.jsonl [--show N]

A change to the HTTP path (middlewares, serialisation, the review threads) must not change a
byte of what a client gets. `dump` starts the service in this process (service.testing's real
uvicorn server on loopback, the default settings) and posts the inputs of
bench/review_outputs.py (the drafts of examples/ and of the corpus, every corpus item and
library example in its default context, the review benchmark's fresh flawed drafts) to
`POST /v1/review`, as `{"text": ...}`; every tenth also with `include_examples` and
`ui_language` set. It writes, per input, the status, the headers that do not change from
request to request (not `date`) and the body's length and SHA-256. Run it with each version on
PYTHONPATH and `compare` the two files: it counts the answers whose status, headers or body
differ and names the first `--show` of them by id (never their text).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

VARYING_HEADERS = {"date"}


def requests() -> list[tuple[str, dict[str, object]]]:
    """(id, request body) for every input of review_outputs, and option variants."""
    from review_outputs import inputs

    out: list[tuple[str, dict[str, object]]] = []
    for n, (key, _split, text) in enumerate(inputs()):
        out.append((key, {"text": text}))
        if n % 10 == 0:
            ui = "en" if n % 20 == 0 else "zh"
            out.append(
                (f"{key}#options", {"text": text, "include_examples": True, "ui_language": ui})
            )
    return out


def dump(path: Path) -> None:
    import httpx

    from service.settings import Settings
    from service.testing import running_server, wait_until_ready

    with tempfile.TemporaryDirectory(prefix="okr-service-outputs-") as tmp:
        settings = Settings(feedback_db=str(Path(tmp) / "fb.sqlite3"), log_level="warning")
        with (
            running_server(settings) as base,
            httpx.Client(base_url=base, timeout=60) as client,
            path.open("w", encoding="utf-8") as f,
        ):
            wait_until_ready(base)
            for key, body in requests():
                r = client.post("/v1/review", json=body)
                headers = sorted(
                    (k, v) for k, v in r.headers.items() if k.lower() not in VARYING_HEADERS
                )
                row = {
                    "id": key,
                    "status": r.status_code,
                    "headers": headers,
                    "bytes": len(r.content),
                    "sha256": hashlib.sha256(r.content).hexdigest(),
                }
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


def compare(a: Path, b: Path, show: int) -> int:
    rows_a = [json.loads(x) for x in a.read_text(encoding="utf-8").splitlines()]
    rows_b = [json.loads(x) for x in b.read_text(encoding="utf-8").splitlines()]
    if [r["id"] for r in rows_a] != [r["id"] for r in rows_b]:
        print("different inputs: the two dumps are not of the same requests")
        return 2
    differ = [ra["id"] for ra, rb in zip(rows_a, rows_b, strict=True) if ra != rb]
    statuses = sorted({r["status"] for r in rows_a})
    print(
        f"answers: {len(rows_a)} (statuses {statuses}); byte-identical (status, headers, "
        f"body): {len(rows_a) - len(differ)}; differ: {len(differ)}"
    )
    for key in differ[:show]:
        print(f"  differs: {key}")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cmd", choices=["dump", "compare"])
    ap.add_argument("files", nargs="+", type=Path, help="dump: OUT; compare: A B")
    ap.add_argument("--show", type=int, default=10, help="compare: name this many that differ")
    args = ap.parse_args(argv)
    if len(args.files) != (1 if args.cmd == "dump" else 2):
        ap.error("dump takes one file, compare two")
    if args.cmd == "dump":
        dump(args.files[0])
        return 0
    return compare(*args.files, show=args.show)


if __name__ == "__main__":
    sys.exit(main())

"""`okr-coach serve` and `okr-coach feedback export`, plugged into the CLI as entry points.

`coach/` never imports `service/`: the CLI discovers these through the `okr_coach.commands`
entry-point group. Each `register_*` adds a subcommand to an argparse subparsers object and sets
`func`, which takes the parsed arguments and returns an exit code.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from service.settings import LOG_LEVELS, Settings


def register_serve(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "serve",
        help="run the review API and web page",
        description="Run the HTTP service (API, LanguageTool-compatible /v2, web page at /). "
        "Settings come from OKR_COACH_* environment variables; options here override them.",
    )
    p.add_argument("--host", help="address to listen on (default: OKR_COACH_HOST or 127.0.0.1)")
    p.add_argument("--port", type=_port, help="port (default: OKR_COACH_PORT or 8000)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default: 1)")
    p.add_argument("--log-level", choices=LOG_LEVELS, help="default: OKR_COACH_LOG_LEVEL or info")
    p.set_defaults(func=run_serve)
    return p


def _port(value: str) -> int:
    """A TCP port, 0 to 65535 (tester32: `--port 99999` ended in asyncio's OverflowError
    traceback after the application had started)."""
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {value!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port: give 0 to 65535")
    return port


class BadSetting(Exception):
    """An OKR_COACH_* environment variable that Settings refuses; the message names it."""


def _settings() -> Settings:
    """Settings from the environment; a bad OKR_COACH_* variable raises BadSetting, which names
    it (tester32: OKR_COACH_PORT=99999 ended in pydantic's traceback)."""
    from pydantic import ValidationError

    try:
        return Settings()
    except ValidationError as e:
        said = "; ".join(
            f"OKR_COACH_{'_'.join(str(p) for p in err['loc']).upper()}: {err['msg']}"
            for err in e.errors()[:5]
        )
        raise BadSetting(said) from None


def run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    try:
        settings = _settings()
    except BadSetting as e:
        print(f"okr-coach serve: {e}", file=sys.stderr)
        return 2
    if args.workers < 1:
        print("okr-coach serve: --workers must be at least 1", file=sys.stderr)
        return 2
    from service.server import uvicorn_options

    uvicorn.run(
        "service.app:create_app",
        factory=True,
        host=args.host or settings.host,
        port=args.port if args.port is not None else settings.port,
        workers=args.workers,
        log_level=args.log_level or settings.log_level,
        **uvicorn_options(settings),
    )
    return 0


def register_feedback(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = subparsers.add_parser("feedback", help="work with the feedback people gave on findings")
    sub = p.add_subparsers(dest="feedback_command", metavar="COMMAND", required=True)
    export = sub.add_parser(
        "export",
        help="write the stored feedback as JSON Lines (for retraining)",
        description="Write every stored feedback record as one JSON object a line.",
    )
    export.add_argument("--out", "-o", help="output file (default: standard output)")
    export.add_argument(
        "--db",
        help="feedback database: a SQLite path or a postgresql:// URL "
        "(default: OKR_COACH_FEEDBACK_DB)",
    )
    export.set_defaults(func=run_feedback_export)
    return p


def run_feedback_export(args: argparse.Namespace) -> int:
    from service.feedback import open_store

    try:
        store = open_store(args.db if args.db else _settings().feedback_db)
    except (ValueError, BadSetting) as e:
        print(f"okr-coach feedback export: {e}", file=sys.stderr)
        return 2
    path = getattr(store, "path", None)
    if args.db and path is not None and not Path(path).is_file():
        # a --db named on purpose that is not there is a mistyped path, not "0 records"
        # (tester33); the configured store not created yet still exports nothing
        print(
            f"okr-coach feedback export: no feedback database at {path} "
            "(the service creates it with the first feedback)",
            file=sys.stderr,
        )
        return 2
    if args.out:
        out_path = Path(args.out)
        with out_path.open("w", encoding="utf-8") as out:
            n = store.export_jsonl(out)
        print(f"wrote {n} feedback record(s) to {out_path}", file=sys.stderr)
    else:
        n = store.export_jsonl(sys.stdout)
        print(f"exported {n} feedback record(s)", file=sys.stderr)
    return 0

"""`okr-coach grade`, `okr-coach checkin`, `okr-coach tree` and `okr-coach convert`.

Same conventions as `review`: text (default), json or markdown output; exit 0 without
error-severity findings, 1 with, 2 on bad input or options. A .csv or .xlsx file is read as an
OKR table (one row per KR) and converted to Markdown first; the report's spans then refer to
that Markdown, which the JSON carries as `source_text`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from coach.cli import (
    EXIT_FINDINGS,
    EXIT_OK,
    UsageError,
    _csv,
    _load_config,
    _out,
    _severity_pairs,
    _use_color,
    _write,
    add_draft_options,
    cannot_read,
    fails,
    read_source,
)


def configure_grade(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="a graded draft (text, Markdown, .csv, .xlsx) or -")
    add_draft_options(p)


def configure_checkin(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="the weekly check-in (text or Markdown) or -")
    p.add_argument("--okrs", metavar="FILE", help="the OKR set it serves, when not in FILE")
    add_draft_options(p)


def configure_tree(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "files",
        metavar="FILE",
        nargs="+",
        help="company, team and personal sets (one file or several)",
    )
    add_draft_options(p)


def configure_convert(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="a draft (text, Markdown), a .csv or .xlsx, or -")
    p.add_argument(
        "--to", choices=("csv", "xlsx", "markdown"), required=True, help="the format to write"
    )
    p.add_argument(
        "-o", "--out", metavar="PATH", help="write here (required for xlsx on a terminal)"
    )
    p.add_argument(
        "--ui-lang",
        choices=("zh", "en"),
        help="the language errors are said in (default: the draft's, else the locale's)",
    )


def _read(name: str) -> tuple[str, bool]:
    """The text of FILE (a table converted to Markdown), and whether it was converted."""
    text, table = _read_placed(name)
    return text, table is not None


def _read_placed(name: str) -> tuple[str, list[Any] | None]:
    """The text of FILE and, for a table converted to Markdown, where each of its lines comes
    from in the file (rows_to_markdown's TableLine a line); None for a text file."""
    from coach.cycle.tables import is_table, read_csv, read_table, rows_to_markdown

    if name == "-":
        text = read_source(name)
        return rows_to_markdown(read_csv(text)) if is_table(text) else (text, None)
    if name.lower().endswith((".csv", ".xlsx")):
        try:
            data = Path(name).read_bytes()
        except OSError as e:
            raise cannot_read(name, e) from None
        rows = read_table(data, name)
        assert rows is not None
        return rows_to_markdown(rows)
    return read_source(name), None


def _options(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "language": args.lang,
        "ui_language": args.ui_lang,
        "select": _csv(args.select),
        "ignore": _csv(args.ignore) or (),
        "severity": _severity_pairs(args.severity),
        "config": _load_config(args),
    }


def _emit(report: Any, source: str, args: argparse.Namespace, text_fn: Any, md_fn: Any) -> int:
    from coach.render import TextStyle, can_encode

    shown = report.source_text or source
    if args.format == "json":
        _write(report.model_dump_json(indent=2) + "\n")
    elif args.format == "markdown":
        _write(md_fn(report, shown))
    else:
        out = _out()
        style = TextStyle(
            color=_use_color(args.color, out),
            unicode=can_encode(getattr(out, "encoding", None)),
            explain=args.explain,
        )
        _write(text_fn(report, shown, style))
    return EXIT_FINDINGS if fails(report.findings, args.fail_on) else EXIT_OK


def run_grade(args: argparse.Namespace) -> int:
    from coach.cycle.grading import grade
    from coach.cycle.render import grade_markdown, grade_text

    text, table = _read_placed(args.file)
    args._text = text  # an input error is said in the draft's language (tester34)
    report = grade(text, **_options(args))
    if table is not None:
        report.source_text = text
        report.table_lines = table  # positions are the table's rows and columns (tester35)
    return _emit(report, text, args, grade_text, grade_markdown)


def run_checkin(args: argparse.Namespace) -> int:
    from coach.cycle.checkin import checkin
    from coach.cycle.render import checkin_markdown, checkin_text

    text, _ = _read(args.file)
    okrs = _read(args.okrs)[0] if args.okrs else None
    args._text = (okrs or "") + "\n" + text
    report = checkin(text, okrs, **_options(args))
    if okrs is not None and report.source_text and report.source_text.endswith(text):
        # the OKRs, then the check-in: each position in its own file (tester35)
        from coach.cycle.types import Document

        at = len(report.source_text) - len(text)
        report.files = [
            Document(name=_shown_name(args.okrs), start=0, end=at),
            Document(
                name=_shown_name(args.file), start=at, end=len(report.source_text), text_start=at
            ),
        ]
    return _emit(report, text, args, checkin_text, checkin_markdown)


def _shown_name(name: str) -> str:
    return "stdin" if name == "-" else Path(name).name


def run_tree(args: argparse.Namespace) -> int:
    from coach.cycle.render import tree_markdown, tree_text
    from coach.cycle.tree import tree
    from coach.parse import level_from_heading

    args.file = args.files[0]
    docs: list[tuple[str, str, str | None]] = []
    tables: list[list[Any] | None] = []  # where a table's lines come from in its file
    converted = False
    for name in args.files:
        text, table = _read_placed(name)
        conv = table is not None
        converted |= conv
        if not text.strip() and len(args.files) > 1:
            # a file with nothing in it adds no set: say so rather than leave it out unseen
            _write(f"okr-coach: note: {name} is empty; the tree leaves it out\n", sys.stderr)
            continue
        stem = Path(name).stem.replace("-", " ").replace("_", " ") if name != "-" else ""
        docs.append((Path(name).name if name != "-" else "stdin", text, level_from_heading(stem)))
        tables.append(table)
    if not docs:  # every file empty: the library says what an empty draft is
        docs.append((Path(args.files[0]).name, "", None))
    args._text = "\n".join(d[1] for d in docs)
    report = tree(docs if len(docs) > 1 else docs[0][1], **_options(args))
    if converted and report.source_text is None:
        report.source_text = docs[0][1]
    for document, table in zip(report.documents, tables, strict=False):
        document.table_lines = table  # positions are the table's rows and columns (tester34)
    return _emit(report, docs[0][1], args, tree_text, tree_markdown)


def run_convert(args: argparse.Namespace) -> int:
    from coach.cycle.tables import (
        is_table,
        read_csv,
        read_table,
        rows_from_text,
        rows_to_text,
        write_csv,
        write_xlsx,
    )

    if args.file != "-" and args.file.lower().endswith((".csv", ".xlsx")):
        try:
            rows = read_table(Path(args.file).read_bytes(), args.file)
        except OSError as e:
            raise cannot_read(args.file, e) from None
        assert rows is not None
    else:
        text = args._text = read_source(args.file)
        rows = read_csv(text) if args.file == "-" and is_table(text) else rows_from_text(text)
    if args.to == "xlsx":
        data = write_xlsx(rows)
        if args.out:
            _write_file(args.out, data)
        elif sys.stdout.isatty():
            raise UsageError("--to xlsx writes a binary file: give -o FILE.xlsx")
        else:
            sys.stdout.buffer.write(data)
        return EXIT_OK
    text = write_csv(rows) if args.to == "csv" else rows_to_text(rows)
    if args.out:
        _write_file(args.out, text.encode("utf-8"))
    else:
        _write(text)
    return EXIT_OK


def _write_file(name: str, data: bytes) -> None:
    """Write `-o`'s file; a folder that does not exist, a folder named instead of a file or a
    file that may not be written is the user's error, said in one line."""
    try:
        Path(name).write_bytes(data)
    except OSError as e:
        raise UsageError(f"cannot write {name}: {e.strerror or e}") from None

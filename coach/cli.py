"""The `okr-coach` command line: review, rules, explain, schema (and serve, registered by the
service).

Exit status: 0 when the review has no error-severity finding, 1 when it has (so OKRs kept in
git can be checked in CI), 2 on bad input or bad options, or when the output cannot be written.
With --batch: 0 when every record was reviewed and none has an error-severity finding, 1 when
any has one or could not be reviewed (each such record is an error record in the output, with its
line and the reason; tester12: a batch of drafts with errors exited 0, so CI lost its gate).

Start-up matters for a command line, so a subcommand imports what it needs when it runs:
listing the rules never loads the parser, and the Chinese segmenter loads only on the first
Chinese review.
"""

from __future__ import annotations

import argparse
import codecs
import errno
import importlib
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2

Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """Bad input or options: exit 2 with this message (and `detail`, when given). An input
    error (a file that cannot be read, binary or too large) also has `message_zh`, said when
    the interface language is Chinese (tester34), as an InputError is."""

    def __init__(
        self, message: str, detail: str | None = None, *, message_zh: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail
        self.message_zh = message_zh

    def said_in(self, lang: str | None) -> str:
        """The message in `lang` ('zh': the Chinese one where there is one)."""
        return self.message_zh if lang == "zh" and self.message_zh else self.message


def locale_language() -> str | None:
    """'zh' or 'en' when the locale (LC_ALL, LC_MESSAGES, LANG, in POSIX order) names one: the
    language an input error is said in when nothing else names one (no --ui-lang, no draft
    with words), as a client's Accept-Language does for the service."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            head = value.split("_")[0].split(".")[0].lower()
            return head if head in ("zh", "en") else None
    return None


def error_language(args: argparse.Namespace, text: str | None = None) -> str | None:
    """The language an input error is said in, as a review's findings are: --ui-lang, else the
    configuration's ui_language, else --lang, else the draft's (`text`, when it has words),
    else the locale's (tester34: the CLI said them in English whatever was asked)."""
    lang = getattr(args, "ui_lang", None)
    if lang is None and hasattr(args, "config"):
        try:
            lang = _load_config(args).ui_language
        except Exception:  # a broken configuration is its own error, said elsewhere
            lang = None
    if lang is None and getattr(args, "lang", None) in ("zh", "en"):
        lang = args.lang
    if lang is None and text and text.strip():
        from coach.text import detect_language

        lang = detect_language(text)
    return lang if lang in ("zh", "en") else locale_language()


@dataclass(frozen=True)
class Subcommand:
    """One `okr-coach <name>`: its help line, its options, and what runs it.

    `configure` and `run` are callables or "module:function" strings; a string is imported
    only when that subcommand is used, so a heavy subcommand (the HTTP service) costs the
    others nothing.
    """

    help: str
    configure: Callable[[argparse.ArgumentParser], None] | str
    run: Handler | str


@dataclass(frozen=True)
class Plugin:
    """A subcommand that registers itself: `register` ("module:function") is called with the
    argparse subparsers object, adds its parser and sets `func` (args -> exit status).

    Loaded only when that subcommand is asked for; the service's `serve` and `feedback` use
    this shape. Installed packages can also provide one through the `okr_coach.commands`
    entry-point group (name = subcommand, value = the register function).
    """

    help: str
    register: str


ENTRY_POINT_GROUP = "okr_coach.commands"


def _resolve(ref: Callable[..., Any] | str) -> Callable[..., Any]:
    if callable(ref):
        return ref
    module, _, name = ref.partition(":")
    return getattr(importlib.import_module(module), name)


# -- output helpers -----------------------------------------------------------------------------
def _out() -> TextIO:
    if sys.stdout is None:  # started with standard output closed (`okr-coach ... >&-`)
        raise UsageError("standard output is closed: nothing can be written (redirect it)")
    return sys.stdout


def _write(text: str, stream: TextIO | None = None) -> None:
    stream = stream or _out()
    try:
        stream.write(text)
    except UnicodeEncodeError:
        # A terminal that cannot show CJK still gets a readable, lossless-enough report.
        enc = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(enc, errors="backslashreplace").decode(enc))


def _use_color(choice: str, stream: TextIO) -> bool:
    if choice == "always":
        return True
    if choice == "never":
        return False
    return "NO_COLOR" not in os.environ and bool(getattr(stream, "isatty", lambda: False)())


def _csv(value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [p.strip() for p in value.split(",") if p.strip()]


def _severity_pairs(pairs: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs:
        rule_id, sep, level = pair.partition("=")
        if not sep or not rule_id.strip() or not level.strip():
            raise UsageError(f"--severity takes RULE=LEVEL (e.g. kr-no-owner=info), not {pair!r}")
        out[rule_id.strip()] = level.strip()
    return out


class _FormatAction(argparse.Action):
    """Sets `format`; `--json` and `--format X` given together must agree."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        chosen = "json" if self.nargs == 0 else values
        given = option_string if self.nargs == 0 else f"{option_string} {chosen}"
        earlier = getattr(namespace, "_format_option", None)
        if earlier and chosen != namespace.format:
            parser.error(f"{given} contradicts {earlier}: give one output format")
        namespace.format = chosen
        namespace._format_option = given


def add_format_option(p: argparse.ArgumentParser, choices: Sequence[str]) -> None:
    """`--format` with these choices (the first is the default) and `--json` as its shorthand."""
    p.add_argument(
        "--format",
        choices=tuple(choices),
        default=choices[0],
        action=_FormatAction,
        help="output format",
    )
    p.add_argument(
        "--json",
        dest="format",
        nargs=0,
        default=argparse.SUPPRESS,
        action=_FormatAction,
        help="same as --format json",
    )


# --fail-on: the least grave severity that makes a command exit 1 (tester40: a CI job that
# wants warnings to fail had to parse the JSON)
FAIL_ON = ("error", "warning", "info", "never")
_GRAVITY = {"error": 0, "warning": 1, "info": 2}


def fails(findings: Iterable[Any], fail_on: str = "error") -> bool:
    """Whether a finding is as grave as `fail_on` or graver ("never": none is)."""
    if fail_on == "never":
        return False
    worst = _GRAVITY[fail_on]
    return any(_GRAVITY.get(f.severity, 2) <= worst for f in findings)


def add_draft_options(p: argparse.ArgumentParser) -> None:
    """The options `review` shares with `grade`, `checkin` and `tree`: the output format, the
    languages, the rules chosen and their severities, the configuration and the text output."""
    add_format_option(p, ("text", "json", "markdown"))
    p.add_argument(
        "--lang",
        choices=("auto", "zh", "en"),
        default="auto",
        help="the draft's language (default: detect per item)",
    )
    p.add_argument(
        "--ui-lang",
        choices=("zh", "en"),
        default=None,
        help="language of the messages (default: the configuration's, else the "
        "draft's; a mixed draft is told in one language)",
    )
    p.add_argument("--select", metavar="IDS", help="only these rules: comma-separated ids/prefixes")
    p.add_argument("--ignore", metavar="IDS", help="skip these rules: comma-separated ids/prefixes")
    p.add_argument(
        "--severity",
        metavar="RULE=LEVEL",
        action="append",
        default=[],
        help="override a rule's severity (error, warning, info); repeatable",
    )
    p.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        default="error",
        help="exit 1 when a finding of this severity or a graver one is found (default: error; "
        "never: exit 0 whatever is found)",
    )
    p.add_argument(
        "--config",
        metavar="PATH",
        help="a .okr-coach.toml or pyproject.toml (default: found from the file's directory up)",
    )
    p.add_argument(
        "--no-explain",
        dest="explain",
        action="store_false",
        help="text output: leave out the explanation under each finding",
    )
    p.add_argument(
        "--color", choices=("auto", "always", "never"), default="auto", help="colour text output"
    )


# -- review -------------------------------------------------------------------------------------
def _configure_review(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="the draft to review, or - for standard input")
    add_draft_options(p)
    p.add_argument(
        "--checklist",
        action="store_true",
        help="text output: list every principle checked, not only the failed ones",
    )
    p.add_argument(
        "--batch",
        action="store_true",
        help="FILE holds many drafts (.jsonl: one per line; .csv: a 'text' column); "
        "write one JSON result per draft (JSONL) to standard output",
    )
    p.add_argument(
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help="with --batch only: worker processes (default: one per core)",
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=10.0,
        metavar="SECONDS",
        help="stop a draft's review after this long (with --batch: per draft, an error record); "
        "0: no limit (default: 10)",
    )


def read_source(name: str, max_chars: int | None = None) -> str:
    """The draft as text: a UTF-8 file (a BOM is dropped), or standard input for '-'. Read as
    it streams, at most what `max_chars` characters can take in UTF-8: a larger input (or an
    endless one, such as /dev/zero) is refused at that point, never read whole."""
    from coach.errors import reads_as_gbk
    from coach.parse import DEFAULT_MAX_CHARS

    max_chars = max_chars or DEFAULT_MAX_CHARS
    limit = max_chars * 4 + 3  # four bytes a character at most, and a BOM
    if name == "-":
        if sys.stdin is None:
            raise UsageError(
                "standard input is closed: give a FILE, or pipe the draft in",
                message_zh="标准输入已关闭：请给出文件（FILE），或用管道传入草稿。",
            )
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is None:  # a replaced sys.stdin (tests, embedding) is already text
            text = sys.stdin.read(max_chars + 2).removeprefix("\ufeff")
            if len(text) > max_chars:
                raise _over_limit("standard input", max_chars)
            return text
        label = "standard input"
        try:
            data = buffer.read(limit + 1)
        except OSError as e:
            raise cannot_read("standard input", e) from None
    else:
        label = name
        try:
            with Path(name).open("rb") as fh:
                data = fh.read(limit + 1)
        except OSError as e:
            raise cannot_read(name, e) from None
    if len(data) > limit:
        raise _over_limit(label, max_chars)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Windows' "Unicode" (Notepad, PowerShell's `>`): marked as UTF-16, so read as such
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise UsageError(
                f"{label} starts as UTF-16 text but is not; save it as UTF-8 and try again",
                message_zh=f"{_zh_label(label)}开头像 UTF-16 文本，但并不是；请另存为 UTF-8 再试。",
            ) from None
    unmarked = _unmarked_utf16(data)
    if unmarked:
        raise UsageError(
            f"{label} looks like UTF-16 text ({unmarked}) without a byte-order mark; "
            "save it as UTF-8 and try again",
            message_zh=f"{_zh_label(label)}像是没有字节顺序标记（BOM）的 UTF-16 文本"
            f"（{_ORDER_ZH[unmarked]}）；请另存为 UTF-8 再试。",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        if reads_as_gbk(data):
            # Windows' "ANSI" for Chinese (Notepad's default on a Chinese system): say so, not
            # "maybe a binary file, paste plain text" (tester41; as /v2/check says, tester40)
            raise UsageError(
                f"{label} is not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start}; "
                "it reads as GBK, Windows' ANSI for Chinese): save it as UTF-8 and try again"
                + (f" (iconv -f gb18030 -t utf-8 {name} > draft-utf8.md)" if name != "-" else ""),
                message_zh=f"{_zh_label(label)}不是 UTF-8 文本（偏移量 {e.start} 处的字节是 "
                f"0x{data[e.start]:02x}，看起来是 GBK 编码，即中文 Windows 的 ANSI）：请另存为 UTF-8 "
                "再试（记事本“另存为”时编码选 UTF-8"
                + (f"，或 iconv -f gb18030 -t utf-8 {name} > draft-utf8.md" if name != "-" else "")
                + "）。",
            ) from None
        raise UsageError(
            f"{label} is not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start}); "
            "save it as UTF-8 and try again",
            message_zh=f"{_zh_label(label)}不是 UTF-8 文本（偏移量 {e.start} 处的字节是 "
            f"0x{data[e.start]:02x}），可能是二进制文件；请粘贴纯文本，或另存为 UTF-8 再试。",
        ) from None


_ORDER_ZH = {"little-endian": "小端序", "big-endian": "大端序"}

# Why a file cannot be opened, in Chinese, for the errors people meet (others: the system's
# own words, which name the cause).
_OS_REASON_ZH = {
    errno.ENOENT: "文件不存在",
    errno.EISDIR: "这是一个文件夹，不是文件",
    errno.EACCES: "没有读取权限",
    errno.EPERM: "没有读取权限",
}


def _zh_label(label: str, before: str = "") -> str:
    """A file's name (`before` it and a space after it) or "标准输入", in a Chinese sentence."""
    return "标准输入" if label == "standard input" else f"{before}{label} "


def cannot_read(name: str, e: OSError) -> UsageError:
    """The error for a file (or standard input) that cannot be opened or read, in both
    languages."""
    reason = e.strerror or str(e)
    return UsageError(
        f"cannot read {name}: {reason}",
        message_zh=f"无法读取{_zh_label(name, ' ').rstrip()}：{_OS_REASON_ZH.get(e.errno or 0, reason)}",
    )


def _unmarked_utf16(data: bytes) -> str | None:
    """'little-endian' or 'big-endian' when `data` reads as UTF-16 with no byte-order mark
    (`iconv -t UTF-16LE`, some Windows tools): a zero byte in every other place, where text
    in UTF-8 has none (tester31: such a file was refused for its "control characters U+0000").
    Chinese in UTF-16 has few zero bytes; its English words and digits, spaces and line breaks
    still give them. A binary file's zero bytes fall on both places."""
    if b"\x00" not in data or len(data) < 4:
        return None
    pairs = len(data) // 2
    even, odd = data[0 : 2 * pairs : 2].count(0), data[1 : 2 * pairs : 2].count(0)
    for zeros, others, order in ((odd, even, "little-endian"), (even, odd, "big-endian")):
        if zeros >= 0.2 * pairs and zeros >= 5 * others:  # "一" (U+4E00) has a zero byte too
            return order
    return None


def csv_as_rows(text: str) -> tuple[str, list[Any]]:
    """A CSV file's rows (Excel's "Save as CSV": a header such as "Objective,Key Result,Owner,
    Due", quoted cells) as tab-separated lines, the form a table copied from a spreadsheet takes
    and the parser reads (tester12: the same table pasted as TSV parsed, saved as CSV it did
    not). A line break or tab inside a cell becomes a space. With it, where each line comes
    from in the file (render.TableLine: its line and cells' columns, blank rows counted), so
    that a finding's position is the file's (tester35)."""
    import csv

    from coach.cycle.tables import HEADER_ONLY, csv_records, is_table

    try:
        table, places = csv_records(text, strict=True)
    except csv.Error as e:
        raise UsageError(
            f"cannot read the CSV file: {e}", message_zh=f"无法读取这个 CSV 文件：{e}"
        ) from None
    if sum(1 for row in table if any(row)) == 1 and is_table(text):
        # its header alone was reviewed as an objective ("目标：关键结果"; tester35)
        raise UsageError(HEADER_ONLY[0], message_zh=HEADER_ONLY[1])
    lines: list[str] = []
    where: list[Any] = []
    for row, (line, columns) in zip(table, places, strict=True):
        if not any(row):
            continue
        cells = [" ".join(cell.split()) for cell in row]
        leads = [sum(len(c) + 1 for c in cells[:k]) for k in range(len(cells))]
        lines.append("\t".join(cells))
        where.append((line, tuple(zip(leads, columns, strict=False))))
    return "\n".join(lines), where


def _over_limit(label: str, max_chars: int) -> UsageError:
    return UsageError(
        f"{label} is over the size limit ({max_chars:,} characters); "
        "review one team's OKRs at a time (the limit is max-chars in the configuration)",
        message_zh=f"{_zh_label(label)}超过了长度上限（{max_chars:,} 个字符）；请一次评审一个团队的"
        "OKR（上限是配置里的 max-chars）。",
    )


def _load_config(args: argparse.Namespace) -> Any:
    from coach.config import load_config

    if args.config:
        if not Path(args.config).is_file():
            raise UsageError(f"--config: no such file: {args.config}")
        return load_config(args.config)
    start = Path.cwd() if args.file == "-" else Path(args.file).resolve().parent
    return load_config(start=start)


def _check_rule_ids(*patterns: tuple[str, list[str]], severity: dict[str, str]) -> None:
    """Unknown ids on the command line are named with the closest real ids."""
    from coach.catalog import UnknownRuleError, find_rule, rule_ids

    ids = rule_ids()
    for option, values in patterns:
        for value in values:
            if any(rid.startswith(value.strip().lower().replace("_", "-")) for rid in ids):
                continue  # an id or prefix in any case: "KR-" (decision 5881)
            try:
                find_rule(value)
            except UnknownRuleError as e:
                raise UsageError(f"{option}: {e}", message_zh=f"{option}：{e.message_zh}") from None
    for rule_id in severity:
        try:
            find_rule(rule_id)
        except UnknownRuleError as e:
            raise UsageError(f"--severity: {e}", message_zh=f"--severity：{e.message_zh}") from None


# A file named as one draft (Markdown, plain text): `--batch` on it read each of its lines as a
# JSON record and answered one "not JSON" error record a line (tester31).
_ONE_DRAFT_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".text"})


def _refuse_one_draft_as_batch(name: str) -> None:
    """Raise when `name` is a Markdown or text file whose first line with words is no JSON
    record: a single draft, which `review` without --batch reads."""
    if name == "-" or Path(name).suffix.lower() not in _ONE_DRAFT_SUFFIXES:
        return
    try:
        with Path(name).open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return  # the batch reader says what is wrong with it
    first = next((ln.strip() for ln in head.splitlines() if ln.strip()), b"")
    if not first or first.removeprefix(codecs.BOM_UTF8)[:1] in (b"{", b"[", b'"'):
        return
    raise UsageError(
        f"--batch reads many drafts from a .jsonl file (one JSON object a line) or a .csv file "
        f"(a 'text' column); {name} looks like one draft: review it without --batch"
    )


def run_batch(args: argparse.Namespace, select, ignore, severity) -> int:
    """Stream a JSONL/CSV file of drafts to JSONL results; a bad draft is an error record
    (its line and the reason), the others are still reviewed; exit 1 when any failed or any
    review has an error-severity finding (as `review` does for one draft)."""
    from coach.batch import BatchSummary, read_records, record_limit, review_records

    jobs = 0 if args.jobs is None else args.jobs
    if jobs < 0:
        raise UsageError("--jobs must be 0 (one per core) or more")
    if args.file != "-" and (not Path(args.file).exists() or Path(args.file).is_dir()):
        raise UsageError(f"cannot read {args.file}: no such file")
    if args.file == "-" and sys.stdin is None:
        raise UsageError("standard input is closed: give a FILE, or pipe the drafts in")
    _refuse_one_draft_as_batch(args.file)
    config = _load_config(args).with_overrides(
        ui_language=args.ui_lang,
        select=tuple(select) if select is not None else None,
        ignore=tuple(ignore) if ignore is not None else None,
        severity=severity or None,
    )
    from coach.review import active_rules

    active_rules(config)  # bad rule selections fail here, once, not once per draft
    stream = sys.stdin if args.file == "-" else None
    out = _out()
    summary = BatchSummary()
    records = read_records(args.file, stream, limit=record_limit(config))
    for line in review_records(
        records, jobs=jobs, config=config, timeout=args.timeout, summary=summary
    ):
        out.write(line + "\n")
    if summary.failed:
        lines = ", ".join(str(n) for n in summary.failed_lines[:10])
        more = ", …" if summary.failed > 10 else ""
        _write(
            f"okr-coach: {summary.failed} of {summary.reviewed} record(s) could not be reviewed "
            f"(line {lines}{more}); see their error records\n",
            sys.stderr,
        )
        return EXIT_FINDINGS
    if summary.with_errors:
        _write(
            f"okr-coach: {summary.with_errors} of {summary.reviewed} draft(s) have "
            "error-severity findings\n",
            sys.stderr,
        )
        return EXIT_FINDINGS
    return EXIT_OK


def run_review(args: argparse.Namespace) -> int:
    from coach.render import TextStyle, can_encode, render_markdown, render_text
    from coach.review import review

    select, ignore = _csv(args.select), _csv(args.ignore)
    severity = _severity_pairs(args.severity)
    _check_rule_ids(("--select", select or []), ("--ignore", ignore or []), severity=severity)
    if args.timeout < 0:
        raise UsageError("--timeout must be 0 (no limit) or more seconds")
    if args.batch:
        if args.fail_on != "error":
            raise UsageError(
                f"--fail-on {args.fail_on} is not taken with --batch, which exits 1 when a draft "
                "has an error-severity finding; read the JSON records for other severities"
            )
        return run_batch(args, select, ignore, severity)
    if args.jobs is not None:
        # One draft is reviewed in this process: a worker count would be silently ignored.
        raise UsageError(
            f"--jobs {args.jobs} needs --batch: it sets the worker processes that review many "
            "drafts (a .jsonl or .csv file); one draft is reviewed without it"
        )
    config = _load_config(args)
    source = read_source(args.file, config.max_chars)
    args._text = source  # an error about the CSV is said in the draft's language (tester35)
    converted = args.file.lower().endswith(".csv")
    if args.file == "-" and not converted:
        from coach.cycle.tables import is_table

        # a CSV piped in (`convert d.md --to csv | okr-coach review -`), as grade, tree and
        # convert read one (tester35: its rows were read as one objective's words)
        converted = is_table(source)
    lines = None
    if converted:  # a spreadsheet saved as CSV: its rows as the tab-separated table a paste is
        from coach.render import TableLines

        source, table = csv_as_rows(source)
        lines = TableLines(source, table)  # positions are the file's lines and columns
    from coach.deadline import ReviewCancelled, time_limit

    try:
        with time_limit(args.timeout):
            result = review(
                source,
                language=args.lang,
                ui_language=args.ui_lang,
                select=select,
                ignore=ignore,
                severity=severity,
                config=config,
            )
    except ReviewCancelled:
        raise UsageError(
            f"the review took longer than {args.timeout:g} s and was stopped "
            "(--timeout; 0 for no limit)"
        ) from None
    if converted:
        result.source_text = source  # the spans refer to the rows as read
    out = _out()
    if args.format == "json":
        _write(result.model_dump_json(indent=2) + "\n")
    elif args.format == "markdown":
        _write(render_markdown(result, source, lines))
    else:
        style = TextStyle(
            color=_use_color(args.color, out),
            unicode=can_encode(getattr(out, "encoding", None)),
            explain=args.explain,
            full_checklist=args.checklist,
        )
        _write(render_text(result, source, style, lines))
    return EXIT_FINDINGS if fails(result.findings, args.fail_on) else EXIT_OK


# -- rules / explain ----------------------------------------------------------------------------
def _configure_rules(p: argparse.ArgumentParser) -> None:
    add_format_option(p, ("text", "json"))
    p.add_argument(
        "--lang", choices=("zh", "en"), default="en", help="language of the principle column"
    )
    p.add_argument(
        "--cycle",
        action="store_true",
        help="list the rules of grading, the check-in and the tree (okr-coach grade, checkin, "
        "tree) instead of the draft review's",
    )


def run_rules(args: argparse.Namespace) -> int:
    from coach.catalog import catalog, cycle_catalog
    from coach.render import display_width

    infos = cycle_catalog() if args.cycle else catalog()
    if args.format == "json":
        _write(json.dumps(infos, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    header = ("id", "target", "severity", "fixable", "principle")
    rows = [
        (
            i["id"],
            i["target"],
            i["severity"],
            "yes" if i["fixable"] else "no",
            i["principle"][args.lang],
        )
        for i in infos
    ]
    widths = [max(display_width(r[c]) for r in [header, *rows]) for c in range(4)]
    for row in [header, *rows]:
        cells = [row[c] + " " * (widths[c] - display_width(row[c])) for c in range(4)]
        _write("  ".join([*cells, row[4]]).rstrip() + "\n")
    return EXIT_OK


def _configure_explain(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "rule_id",
        metavar="RULE_ID",
        help="a rule id, e.g. kr-is-task or grade-missing (`okr-coach rules`, "
        "`okr-coach rules --cycle`)",
    )
    add_format_option(p, ("text", "json"))
    p.add_argument(
        "--notes",
        action="store_true",
        help="also show the developers' notes: each example's note, the decisions and source "
        "files the documentation cites, the message templates",
    )
    p.add_argument(
        "--ui-lang",
        choices=("zh", "en"),
        default=None,
        help="language of the page (default: English); zh: Chinese headings, the Chinese "
        "principle, message and explanation first",
    )


def run_explain(args: argparse.Namespace) -> int:
    from coach.catalog import find_any_rule, rule_info

    info = rule_info(find_any_rule(args.rule_id))  # a draft rule, or a grading/check-in/tree one
    if args.format == "json":
        _write(json.dumps(info, ensure_ascii=False, indent=2) + "\n")
    else:
        said = {} if args.notes else _said_on_examples(info)
        also = {} if args.notes else _also_flagged_examples(info)
        _write(
            format_explain(
                info,
                unicode=_unicode_ok(_out()),
                notes=args.notes,
                said=said,
                also=also,
                ui=getattr(args, "ui_lang", None) or "en",
            )
        )
    return EXIT_OK


def _also_flagged_examples(info: dict[str, Any]) -> dict[int, list[str]]:
    """For each good example (by its index in info["examples"]), the other rules of its kind that
    flag it in its draft, as the workshop page's "not this flaw, but still: …" says (decision
    505): `explain objective-is-metric` listed "✓ good  完成季度招聘任务10人" (tester44, decision
    6473). A rule the review does not run (a cycle rule) gives nothing."""
    from coach import review

    if info["id"] not in _catalog_ids():
        return {}
    import rules

    kinds = {r.id: r.target for r in rules.registry().values()}
    out: dict[int, list[str]] = {}
    for i, ex in enumerate(info["examples"]):
        if ex["bad"] or not ex.get("workshop", True):
            continue
        before, found, after = ex["context"].partition("{item}")
        draft = before + ex["text"] + after if found else ex["text"]
        offset = len(before) if found else 0
        result = review(draft, include_examples=False)
        if info["target"] == "set":
            targets = None
        else:
            items = [*result.objectives, *(k for o in result.objectives for k in o.key_results)]
            targets = {
                it.id for it in items if it.span.start <= offset < max(it.span.end, offset + 1)
            }
        flagged = sorted(
            {
                f.rule_id
                for f in result.findings
                if f.rule_id != info["id"]
                and (
                    targets is None
                    or (kinds.get(f.rule_id) == info["target"] and f.target in targets)
                )
            }
        )
        if flagged:
            out[i] = flagged
    return out


def _said_on_examples(info: dict[str, Any]) -> dict[str, str]:
    """The message the rule gives on its first bad example, per language: what a reader sees
    instead of a template with placeholders (decision 675). A rule the review does not run (a
    cycle rule) or an example it does not flag gives nothing."""
    from coach import review
    from coach.config import Config

    if info["id"] not in _catalog_ids():
        return {}
    out: dict[str, str] = {}
    config = Config(use_model=False, select=(info["id"],))
    for lang in ("zh", "en"):
        ex = next((e for e in info["examples"] if e["lang"] == lang and e["bad"]), None)
        if ex is None:
            continue
        before, found, after = ex["context"].partition("{item}")
        draft = before + ex["text"] + after if found else ex["text"]
        hit = next(
            (f for f in review(draft, config=config).findings if f.rule_id == info["id"]), None
        )
        if hit is not None:
            out[lang] = f"{hit.message}   ({'e.g.' if lang == 'en' else '例'}: {ex['text']})"
    return out


def _catalog_ids() -> set[str]:
    import rules

    return set(rules.registry())


# What the text page leaves out for a reader who is not a developer (decision 675): where the
# documentation cites the project's decisions and source files ("docs/principles.md decisions 6
# and 29, rules/_result_shape.py", "(decision 307)", "（决定29）") and a message's placeholders.
_CITE = (
    r"(?:(?:docs|rules|coach|models|service|tests|web|bench)/[\w./<>*-]{1,80}"
    r"|decisions?\s{1,12}\d{1,4}[a-z]?(?:(?:, | and | or |–|-)\d{1,4}[a-z]?){0,8}"
    r"|决定\s?\d{1,4}(?:[、，和至–-]\d{1,4}){0,8})"
)
_CITED = re.compile(
    r"[ ,;]{0,3}(?:(?:docs/principles|PRINCIPLES)\.md[ ,;]{0,3})?"
    + _CITE
    + r"(?:(?:[ ,;]{1,3}|, and )"
    + _CITE
    + r"){0,6}"
)
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


_LIST_LINE = re.compile(r"\s|[-*•]\s|\d{1,2}[.)]\s")


def reflow(text: str, width: int = 96) -> str:
    """`text`'s paragraphs of prose filled again to `width` columns (a CJK character takes two):
    the documentation is wrapped in the source, and the citations `for_readers` takes out left
    its lines ragged — "How it decides (Result, not task): by the shape" then "of the wording"
    (tester32). A paragraph with a list or an indented line is kept as it is."""
    from coach.render import display_width
    from coach.text import is_cjk

    paragraphs = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if any(_LIST_LINE.match(line) for line in lines) or not para.strip():
            paragraphs.append(para)
            continue
        joined = lines[0]
        for line in lines[1:]:
            # a line break beside a Chinese character is no space in the sentence
            cjk = (joined and is_cjk(joined[-1])) or (line and is_cjk(line[0]))
            glue = "" if cjk else " "
            joined += glue + line
        out: list[str] = []
        current = ""
        for word in joined.split(" "):
            if current and display_width(current) + 1 + display_width(word) > width:
                out.append(current)
                current = word
            else:
                current = f"{current} {word}" if current else word
        out.append(current)
        paragraphs.append("\n".join(out))
    return "\n\n".join(paragraphs)


def for_readers(text: str) -> str:
    """`text` without the citations of decisions and source files a developer reads them by:
    "… “12 customer case studies”: docs/principles.md decisions 6 and 29, rules/x.py)" ->
    "… “12 customer case studies”)", "(decision 307)" and "（决定29）" go whole."""
    out = _CITED.sub("", text)
    out = re.sub(r"\s*[(（]\s*[)）]", "", out)  # a bracket left empty
    out = re.sub(r"[:;,]\s*([)）])", r"\1", out)  # "…”: )" -> "…”)"
    out = re.sub(r"([(（])\s*[:;,]\s*", r"\1", out)  # "(, Result, not task)" -> "(Result, …)"
    out = re.sub(r"[ \t]+([,.;:)）])", r"\1", out)
    out = re.sub(r"(?m)^\s*(?:See|见)\s*[.。]?\s*$\n?", "", out)
    return out


def _unicode_ok(stream: TextIO) -> bool:
    from coach.render import can_encode

    return can_encode(getattr(stream, "encoding", None))


def format_explain(
    info: dict[str, Any],
    unicode: bool = True,
    notes: bool = False,
    said: dict[str, str] | None = None,
    also: dict[int, list[str]] | None = None,
    ui: str = "en",
) -> str:
    """The `explain` page of one rule, from its catalog info: for a trainer reading it before a
    session unless `notes` (decision 675) — no citations of decisions or source files, a
    message's placeholders as "…", an example's draft shown only where it is not the rule's
    default one (a set title that gives the quarter decides it), no developers' notes. `said`:
    the message the rule gives on an example, per language, shown instead of its template.
    `also`: the other rules that flag a good example (by its index): it is shown as "not this
    flaw, but still: …", never as "good" (decision 6473). `ui` "zh": the page's own words in
    Chinese, the Chinese lines first, the English-only documentation named, not shown
    (decision 6787)."""
    from coach.render import display_width

    words = _EXPLAIN_WORDS["zh" if ui == "zh" else "en"]
    readable = (lambda t: t) if notes else for_readers
    bad_mark, good_mark = ("✗", "✓") if unicode else ("x", "+")
    part_mark = "◐" if unicode else "~"
    fix = words["fix"][info.get("fix") or ("always" if info["fixable"] else "never")]
    target = words["targets"].get(info["target"], info["target"])
    severity = words["severities"].get(info["severity"], info["severity"])
    out = [
        info["id"],
        "=" * len(info["id"]),
        words["head"].format(target=target, severity=severity, fix=fix),
    ]
    if info.get("category"):
        out.append(words["about"].format(category=info["category"], issue=info["issue_type"]))
    out.append("")
    if info["doc"] and ui == "zh":
        out += [words["doc_in_english"].format(id=info["id"]), ""]
    elif info["doc"]:
        out += [readable(info["doc"]) if notes else reflow(for_readers(info["doc"])), ""]
    order = ("zh", "en")
    for field in ("principle", "message", "explanation"):
        out.append(words["title"].format(words[field]))
        for lang in order:
            line = info[field][lang]
            if field == "message" and not notes:
                line = (said or {}).get(lang) or _PLACEHOLDER.sub("…", line)
            out.append(f"  {lang}: {readable(line)}")
        out.append("")
    for lang in order:
        examples = [
            e for e in info["examples"] if e["lang"] == lang and (notes or e.get("workshop", True))
        ]
        if not examples:
            continue
        out.append(words["examples"].format(lang=lang))
        for ex in examples:
            still = (also or {}).get(info["examples"].index(ex))
            mark = bad_mark if ex["bad"] else part_mark if still else good_mark
            label = words["bad"] if ex["bad"] else words["part"] if still else words["good"]
            prefix = f"  {mark} {label}  "
            indent = " " * display_width(prefix)  # "坏例" is four columns wide
            span = ex["span"] if ex["bad"] else None
            for i, line in enumerate(_example_lines(ex["text"], span)):
                out.append((prefix if i == 0 else indent) + line)
            context = ex["context"].strip()
            if context != "{item}" and (notes or ex.get("own_context", True)):
                shown = context if notes else context.replace("{item}", "…")
                out.append(indent + words["in"] + shown.replace("\n", " ⏎ " if unicode else " / "))
            if still:
                out.append(indent + words["still"] + ", ".join(still))
            if ex["note"] and notes:
                out.append(indent + f"note: {ex['note']}")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


# The explain page's own words (decision 6787): a label is as wide as its neighbours ("bad ",
# "good", "part"; "坏例", "好例", "部分" are two wide characters each), so examples line up.
_EXPLAIN_WORDS: dict[str, dict[str, Any]] = {
    "en": {
        "fix": {
            "always": "always — the review suggests a rewrite",
            "sometimes": "sometimes — the review suggests a rewrite when it can",
            "never": "no automatic rewrite",
        },
        "targets": {},
        "severities": {},
        "head": "target: {target}   default severity: {severity}   fix: {fix}",
        "about": "about: {category}   LanguageTool issue type: {issue}",
        "doc_in_english": "",
        "principle": "Principle",
        "message": "Message",
        "explanation": "Explanation",
        "title": "{}:",
        "examples": "Examples ({lang}):",
        "bad": "bad ",
        "good": "good",
        "part": "part",
        "in": "in: ",
        "still": "not this flaw, but still: ",
    },
    "zh": {
        "fix": {
            "always": "总会给出改写建议",
            "sometimes": "能改写时给出改写建议",
            "never": "不自动改写",
        },
        "targets": {"kr": "关键结果", "objective": "目标", "set": "整套OKR"},
        "severities": {"error": "错误", "warning": "警告", "info": "提示"},
        "head": "检查对象：{target}   默认级别：{severity}   改写：{fix}",
        "about": "类别：{category}   LanguageTool 问题类型：{issue}",
        "doc_in_english": "（这条规则的开发说明只有英文：okr-coach explain {id} --ui-lang en）",
        "principle": "原则",
        "message": "提示语",
        "explanation": "说明",
        "title": "{}：",
        "examples": "例子（{lang}）：",
        "bad": "坏例",
        "good": "好例",
        "part": "部分",
        "in": "所在草稿：",
        "still": "不是这个问题，但还有：",
    },
}


def _example_lines(text: str, span: list[int] | None) -> list[str]:
    """The example's lines, each line the marked span touches followed by its underline."""
    from coach.render import SourceLines

    lines = SourceLines(text)
    marks: dict[int, str] = {}
    if span:
        marks = {n: u for n, _, u in lines.excerpt(span[0], span[1], max_lines=len(lines.lines))}
    out: list[str] = []
    for n, line in enumerate(lines.lines, start=1):
        out.append(line)
        if n in marks:
            out.append(marks[n])
    return out


# -- schema -------------------------------------------------------------------------------------
def _configure_schema(p: argparse.ArgumentParser) -> None:
    del p  # no options


def review_schema() -> dict[str, Any]:
    from coach.types import Review

    return Review.model_json_schema()


def schema_text() -> str:
    """The Review's JSON Schema as committed in docs/review.schema.json."""
    return json.dumps(review_schema(), ensure_ascii=False, indent=2) + "\n"


def run_schema(args: argparse.Namespace) -> int:
    del args
    _write(schema_text())
    return EXIT_OK


# What a script calling the command line branches on (tester39: no --help said it; the README
# said "exit codes as for review" without saying review's).
EXIT_STATUS_HELP = (
    "exit status: 0 when no finding is an error; 1 when review, grade, checkin or tree found "
    "an error (--severity decides which findings are errors; --fail-on warning or info fails "
    "on those too, --fail-on never on none), or review --batch could not review a draft; 2 "
    "when the input or an option is wrong (the message on standard error says which)"
)
_REPORTING = frozenset({"review", "grade", "checkin", "tree"})

# -- registration -------------------------------------------------------------------------------
# Add a subcommand by adding an entry here; use "module:function" strings for anything heavy,
# e.g. the HTTP service: "serve": Plugin("run the review API and web page",
# "service.commands:register_serve"), so that FastAPI and uvicorn are imported only by
# `okr-coach serve`.
SUBCOMMANDS: dict[str, Subcommand | Plugin] = {
    "review": Subcommand(
        "review a draft OKR (exit 1 when errors are found)", _configure_review, run_review
    ),
    "rules": Subcommand("list the rule catalog", _configure_rules, run_rules),
    "explain": Subcommand(
        "explain one rule, with good and bad examples", _configure_explain, run_explain
    ),
    "schema": Subcommand("print the JSON Schema of a review", _configure_schema, run_schema),
    # The rest of the cycle (coach/cycle/cli.py): imported only when used.
    "grade": Subcommand(
        "grade a scored draft: per objective and overall, with coaching (exit 1 on errors)",
        "coach.cycle.cli:configure_grade",
        "coach.cycle.cli:run_grade",
    ),
    "checkin": Subcommand(
        "review a weekly check-in (four quadrants) against its OKRs",
        "coach.cycle.cli:configure_checkin",
        "coach.cycle.cli:run_checkin",
    ),
    "tree": Subcommand(
        "show company, team and personal OKRs as a tree, with orphans and failure factors "
        "(exit 1 on errors)",
        "coach.cycle.cli:configure_tree",
        "coach.cycle.cli:run_tree",
    ),
    "convert": Subcommand(
        "convert OKRs between a draft, Markdown, CSV and XLSX (one row per key result)",
        "coach.cycle.cli:configure_convert",
        "coach.cycle.cli:run_convert",
    ),
}


# What `okr-coach --help` says of this project's own plugged-in subcommands: listing them must
# not import the service (half a second), and "(provided by service.commands)" told a reader
# nothing about what `serve` does. tests/test_tester31.py holds these to the service's parsers.
OWN_PLUGIN_HELP = {
    "service.commands:register_serve": "run the review API and web page",
    "service.commands:register_feedback": "work with the feedback people gave on findings",
}


def _entry_point_commands() -> dict[str, Plugin]:
    """Subcommands that installed packages declare in the `okr_coach.commands` group."""
    from importlib.metadata import entry_points

    return {
        ep.name: Plugin(
            OWN_PLUGIN_HELP.get(ep.value) or f"(provided by {ep.value.partition(':')[0]})",
            ep.value,
        )
        for ep in entry_points(group=ENTRY_POINT_GROUP)
    }


def _requested(argv: Sequence[str]) -> str | None:
    """The subcommand named in argv (the first word that is not an option), if any."""
    return next((a for a in argv if not a.startswith("-")), None)


def available_commands(argv: Sequence[str] = ()) -> dict[str, Subcommand | Plugin]:
    """Built-in subcommands, plus entry-point ones unless argv asks for a built-in (scanning
    installed packages costs tens of milliseconds that `review` should not pay)."""
    commands: dict[str, Subcommand | Plugin] = dict(SUBCOMMANDS)
    if _requested(argv) not in SUBCOMMANDS:
        for name, plugin in _entry_point_commands().items():
            commands.setdefault(name, plugin)
    return commands


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    from coach import __version__

    parser = argparse.ArgumentParser(
        prog="okr-coach",
        description="A bilingual (简体中文 / English) writing coach for OKRs.",
        epilog=EXIT_STATUS_HELP,
    )
    parser.add_argument("--version", action="version", version=f"okr-coach {__version__}")
    parser.add_argument(
        "--ui-lang",
        choices=("zh", "en"),
        dest="help_ui_lang",
        default=argparse.SUPPRESS,
        help="language of this help (default: the locale's); --help --ui-lang zh: 中文帮助",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    requested = _requested(argv)
    for name, cmd in available_commands(argv).items():
        if isinstance(cmd, Plugin):
            if name == requested:
                _resolve(cmd.register)(sub)
            else:  # listed in --help without importing it
                sub.add_parser(name, help=cmd.help, add_help=False)
            continue
        p = sub.add_parser(
            name,
            help=cmd.help,
            description=cmd.help,
            epilog=EXIT_STATUS_HELP if name in _REPORTING else None,
        )
        _resolve(cmd.configure)(p)
        p.set_defaults(_run=cmd.run)
    parser.set_defaults(_subparsers=sub.choices)
    from coach.cli_zh import help_language, in_chinese

    if help_language(argv) == "zh":  # --ui-lang zh, or a Chinese locale (decision 6235)
        in_chinese(parser)
    return parser


def _fail(message: str, detail: str | None = None) -> int:
    err = sys.stderr
    if err is None:  # standard error closed too: the exit status is all there is
        return EXIT_BAD_INPUT
    try:
        _write(f"okr-coach: error: {message}\n", err)
        if detail:
            _write("".join(f"  {line}\n" for line in detail.splitlines()), err)
        err.flush()
    except (OSError, ValueError):
        pass
    return EXIT_BAD_INPUT


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (the console script exits with it)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv)
    try:
        args, extra = parser.parse_known_args(argv)
        if extra:
            # said by the subcommand's parser, with its usage line (`grade a b c` showed the
            # top-level usage, which names no FILE at all: tester31)
            owner = args._subparsers.get(getattr(args, "command", None), parser)
            owner.error(f"unrecognized arguments: {' '.join(extra)}")
    except SystemExit as e:  # argparse: --help (0) or a usage error (2)
        return e.code if isinstance(e.code, int) else EXIT_BAD_INPUT
    from coach.errors import OKRCoachError

    if getattr(args, "ui_lang", "") is None and hasattr(args, "help_ui_lang"):
        args.ui_lang = args.help_ui_lang  # `okr-coach --ui-lang zh review …` (decision 6235)
    try:
        run = getattr(args, "func", None) or _resolve(args._run)  # Plugin style, or built-in
        code = run(args)
        sys.stdout.flush()  # inside the try: a closed pipe is reported here, not at exit
        return code
    except UsageError as e:
        said = error_language(args, getattr(args, "_text", None)) if e.message_zh else None
        return _fail(e.said_in(said), e.detail)
    except OKRCoachError as e:
        from coach.errors import ConfigError, InputError

        if isinstance(e, InputError) and e.language is None:
            # not said in a language yet (a draft with no words; a check-in, a tree, a grade):
            # in the interface language, else the draft's, else the locale's (tester34)
            e.in_language(error_language(args, getattr(args, "_text", None)))
        # An InputError's message may end with an example of good input, after a newline.
        message = str(e)
        if (
            isinstance(e, ConfigError)
            and error_language(args, getattr(args, "_text", None)) == "zh"
        ):
            message = e.message_zh  # an option of a check-in, a grade, a tree (decision 5252)
        first, _, example = message.partition("\n")
        extra = getattr(e, "example", None)
        return _fail(first, "\n".join(x for x in (example, extra) if x) or None)
    except BrokenPipeError:  # `okr-coach review x | head`: the reader has what it wanted
        _silence_stdout()
        return EXIT_OK
    except OSError as e:  # writing the output failed: a full disk (/dev/full), a closed stream
        if e.errno not in (errno.ENOSPC, errno.EBADF, errno.EIO, errno.EDQUOT, errno.EFBIG):
            raise
        _silence_stdout()
        return _fail(f"cannot write the output: {e.strerror or e}")
    except ValueError as e:  # a stream closed under us ("I/O operation on closed file")
        if "closed file" not in str(e):
            raise
        return _fail("cannot write the output: the stream is closed")
    except KeyboardInterrupt:
        return 130


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


if __name__ == "__main__":  # pragma: no cover
    # `python -m coach.cli` runs this file as `__main__`, a second copy of the module beside the
    # `coach.cli` the subcommands import: their UsageError would not be this copy's, and a bad
    # input to `grade` or `convert` would end in a traceback. Run the imported module's main.
    from coach.cli import main as _main

    raise SystemExit(_main())

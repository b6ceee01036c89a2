"""The command line's help in Chinese (decision 6235): `okr-coach --help --ui-lang zh`, or a
Chinese locale (LANG=zh_CN.UTF-8) with no --ui-lang, shows every subcommand's and option's help,
argparse's own headings included, in Chinese. Option names, choices and metavars stay as typed.

HELP_ZH maps each English help text to its Chinese; tests/test_tester42.py fails when a
subcommand or option has no Chinese, so a new option is translated when it is added. A text
missing here is shown in English, never dropped.
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
import unicodedata
from collections.abc import Sequence

HELP_ZH: dict[str, str] = {
    # okr-coach
    "A bilingual (简体中文 / English) writing coach for OKRs.": "OKR 写作教练，中英双语（简体中文 / English）。",
    "exit status: 0 when no finding is an error; 1 when review, grade, checkin or tree found an "
    "error (--severity decides which findings are errors; --fail-on warning or info fails on "
    "those too, --fail-on never on none), or review --batch could not review a draft; 2 when the "
    "input or an option is wrong (the message on standard error says which)": "退出码：没有错误级别的问题时为 0；review、grade、checkin 或 tree 发现错误时为 1（哪些问题算错误由 "
    "--severity 决定；--fail-on warning 或 info 时警告或提示也算，--fail-on never 时都不算），"
    "review --batch 有草稿无法评审时也为 1；输入或选项有误时为 2（标准错误输出里的消息会说明是哪一个）",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "language of this help (default: the locale's); --help --ui-lang zh: 中文帮助": "帮助的语言（默认：系统区域设置的语言）；--help --ui-lang en：English help",
    # the subcommands
    "review a draft OKR (exit 1 when errors are found)": "评审一份 OKR 草稿（发现错误时退出码为 1）",
    "list the rule catalog": "列出规则目录",
    "explain one rule, with good and bad examples": "讲解一条规则，附好例子和坏例子",
    "print the JSON Schema of a review": "输出评审结果的 JSON Schema",
    "grade a scored draft: per objective and overall, with coaching (exit 1 on errors)": "给已打分的 OKR 算得分：每个目标和整体，并给出辅导意见（发现错误时退出码为 1）",
    "review a weekly check-in (four quadrants) against its OKRs": "对照 OKR 评审每周检查（四个象限）",
    "show company, team and personal OKRs as a tree, with orphans and failure factors "
    "(exit 1 on errors)": "把公司、团队和个人的 OKR 显示成一棵树，列出孤立的目标和无法达成目标的因素（发现错误时退出码为 1）",
    "convert OKRs between a draft, Markdown, CSV and XLSX (one row per key result)": "在草稿、Markdown、CSV 和 XLSX 之间转换 OKR（每个关键结果一行）",
    "work with the feedback people gave on findings": "处理用户对评审问题给出的反馈",
    "run the review API and web page": "运行评审 API 和网页",
    # the options a draft's commands share
    "the draft to review, or - for standard input": "要评审的草稿文件，- 表示标准输入",
    "output format": "输出格式",
    "same as --format json": "等同于 --format json",
    "the draft's language (default: detect per item)": "草稿的语言（默认：逐条识别）",
    "language of the messages (default: the configuration's, else the draft's; a mixed draft is "
    "told in one language)": "提示信息的语言（默认：配置文件里的，否则用草稿的语言；中英混合的草稿用同一种语言说明）",
    "only these rules: comma-separated ids/prefixes": "只检查这些规则：用逗号分隔的规则 id 或前缀",
    "skip these rules: comma-separated ids/prefixes": "跳过这些规则：用逗号分隔的规则 id 或前缀",
    "override a rule's severity (error, warning, info); repeatable": "改变某条规则的级别（error、warning、info）；可以写多次",
    "exit 1 when a finding of this severity or a graver one is found (default: error; never: "
    "exit 0 whatever is found)": "发现这个级别或更严重的问题时退出码为 1（默认：error；never：无论发现什么都为 0）",
    "a .okr-coach.toml or pyproject.toml (default: found from the file's directory up)": "配置文件 .okr-coach.toml 或 pyproject.toml（默认：从草稿所在目录向上查找）",
    "text output: leave out the explanation under each finding": "文本输出：不显示每个问题下面的原因说明",
    "colour text output": "文本输出是否着色",
    # review
    "text output: list every principle checked, not only the failed ones": "文本输出：列出检查过的每条原则，而不只是没通过的",
    "FILE holds many drafts (.jsonl: one per line; .csv: a 'text' column); write one JSON result "
    "per draft (JSONL) to standard output": "FILE 里有多份草稿（.jsonl：每行一份；.csv：一个 'text' 列）；每份草稿的 JSON 结果写一行到标准输出（JSONL）",
    "with --batch only: worker processes (default: one per core)": "只用于 --batch：工作进程数（默认：每个 CPU 核一个）",
    "stop a draft's review after this long (with --batch: per draft, an error record); 0: no "
    "limit (default: 10)": "一份草稿评审超过这么多秒就停止（--batch 时按每份草稿计，记一条错误）；0 表示不限（默认：10）",
    # rules, explain
    "language of the principle column": "原则一列的语言",
    "list the rules of grading, the check-in and the tree (okr-coach grade, checkin, tree) "
    "instead of the draft review's": "列出打分、每周检查和 OKR 树的规则（okr-coach grade、checkin、tree），而不是草稿评审的规则",
    "a rule id, e.g. kr-is-task or grade-missing (`okr-coach rules`, `okr-coach rules --cycle`)": "规则 id，如 kr-is-task 或 grade-missing（见 `okr-coach rules`、`okr-coach rules --cycle`）",
    "also show the developers' notes: each example's note, the decisions and source files the "
    "documentation cites, the message templates": "同时显示给开发者的说明：每个例子的备注、文档引用的决定和源文件、消息模板",
    "language of the page (default: English); zh: Chinese headings, the Chinese principle, "
    "message and explanation first": "页面的语言（默认：英文）；zh：中文标题，原则、提示语和说明先列中文",
    # grade, checkin, tree, convert
    "a graded draft (text, Markdown, .csv, .xlsx) or -": "已打分的草稿（文本、Markdown、.csv、.xlsx），- 表示标准输入",
    "the weekly check-in (text or Markdown) or -": "每周检查（文本或 Markdown），- 表示标准输入",
    "the OKR set it serves, when not in FILE": "它服务的 OKR（不在 FILE 里时）",
    "company, team and personal sets (one file or several)": "公司、团队和个人的 OKR（一个或多个文件）",
    "a draft (text, Markdown), a .csv or .xlsx, or -": "草稿（文本、Markdown）、.csv 或 .xlsx，- 表示标准输入",
    "the format to write": "要输出的格式",
    "write here (required for xlsx on a terminal)": "写到这个文件（在终端上输出 xlsx 时必须给出）",
    "the language errors are said in (default: the draft's, else the locale's)": "错误消息的语言（默认：草稿的语言，否则用系统区域设置的语言）",
    # feedback, serve
    "write the stored feedback as JSON Lines (for retraining)": "把保存的反馈导出为 JSON Lines（用于重新训练）",
    "Write every stored feedback record as one JSON object a line.": "把保存的每条反馈写成一行一个 JSON 对象。",
    "output file (default: standard output)": "输出文件（默认：标准输出）",
    "feedback database: a SQLite path or a postgresql:// URL (default: OKR_COACH_FEEDBACK_DB)": "反馈数据库：SQLite 文件路径或 postgresql:// 地址（默认：OKR_COACH_FEEDBACK_DB）",
    "Run the HTTP service (API, LanguageTool-compatible /v2, web page at /). Settings come from "
    "OKR_COACH_* environment variables; options here override them.": "运行 HTTP 服务（API、兼容 LanguageTool 的 /v2、位于 / 的网页）。设置来自 OKR_COACH_* 环境变量；这里的选项优先。",
    "address to listen on (default: OKR_COACH_HOST or 127.0.0.1)": "监听地址（默认：OKR_COACH_HOST 或 127.0.0.1）",
    "port (default: OKR_COACH_PORT or 8000)": "端口（默认：OKR_COACH_PORT 或 8000）",
    "worker processes (default: 1)": "工作进程数（默认：1）",
    "default: OKR_COACH_LOG_LEVEL or info": "默认：OKR_COACH_LOG_LEVEL 或 info",
}

# argparse's own words
_HEADINGS = {
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",
}


# A token of a line to wrap: a run of characters that are not CJK and not blank (a word, an
# option, "0.7"), a CJK character, or blanks.
_TOKEN = re.compile(r"[^\s\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]{1,200}|\s{1,200}|.", re.S)
# Chinese punctuation does not open a line.
_NO_LINE_START = frozenset("，。；：、）」』》！？")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` columns, a CJK character counting two: broken between
    CJK characters or at blanks (textwrap breaks only at blanks, and counts a CJK character as
    one column, so a Chinese help ran far past the terminal's edge)."""
    lines: list[str] = []
    line = ""
    for tok in _TOKEN.findall(" ".join(text.split())):
        if tok.isspace():
            if line:
                line += " "
            continue
        if line and _width(line.rstrip() + tok) > width and tok[0] not in _NO_LINE_START:
            lines.append(line.rstrip())
            line = ""
        line += tok
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


class ZhHelpFormatter(argparse.HelpFormatter):
    """argparse's headings in Chinese ("用法：", "位置参数：", "选项："), and help texts wrapped
    by display width."""

    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)

    def start_section(self, heading):  # type: ignore[no-untyped-def]
        super().start_section(_HEADINGS.get(heading or "", heading))

    def _split_lines(self, text, width):  # type: ignore[no-untyped-def]
        return wrap(text, width)

    def _fill_text(self, text, width, indent):  # type: ignore[no-untyped-def]
        return "\n".join(indent + line for line in wrap(text, width - len(indent)))

    def format_help(self) -> str:
        out = super().format_help()
        for heading in set(_HEADINGS.values()):
            out = out.replace(f"{heading}:\n", f"{heading}：\n")
        return out


def help_language(argv: Sequence[str]) -> str | None:
    """The language the help is shown in: --ui-lang's ("--ui-lang zh", "--ui-lang=zh"), else
    the locale's (LC_ALL, LC_MESSAGES, LANG)."""
    from coach.cli import locale_language

    for i, arg in enumerate(argv):
        if arg == "--ui-lang" and i + 1 < len(argv):
            return argv[i + 1] if argv[i + 1] in ("zh", "en") else None
        if arg.startswith("--ui-lang="):
            value = arg.partition("=")[2]
            return value if value in ("zh", "en") else None
    return locale_language()


def _zh(text: str | None) -> str | None:
    if not text or text is argparse.SUPPRESS:
        return text
    return HELP_ZH.get(text, text).replace("%", "%%") if text in HELP_ZH else text


# argparse's usage errors, as it words them, in Chinese.
_ERRORS = (
    (re.compile(r"the following arguments are required: (.{1,300})"), "缺少必需的参数：{0}"),
    (re.compile(r"unrecognized arguments: (.{1,300})"), "无法识别的参数：{0}"),
    (
        re.compile(
            r"argument ([^:]{1,80}): invalid choice: (.{1,100}?) \(choose from (.{1,300})\)"
        ),
        "参数 {0}：无效的选择 {1}（可选：{2}）",
    ),
    (re.compile(r"argument ([^:]{1,80}): expected one argument"), "参数 {0}：需要一个值"),
    (
        re.compile(r"argument ([^:]{1,80}): invalid (\w{1,20}) value: (.{1,100})"),
        "参数 {0}：无效的值 {2}",
    ),
)


def error_in_chinese(message: str) -> str:
    """An argparse usage error in Chinese where its wording is known, else as it came."""
    for pattern, zh in _ERRORS:
        m = pattern.fullmatch(message)
        if m:
            return zh.format(*m.groups())
    return message


def _zh_error(parser: argparse.ArgumentParser, message: str) -> None:
    parser.print_usage(sys.stderr)
    # the prefix as the command line says every error ("okr-coach: error: 无法读取 …")
    parser.exit(2, f"{parser.prog}: error: {error_in_chinese(message)}\n")


def in_chinese(parser: argparse.ArgumentParser) -> None:
    """The parser, its subcommands' parsers and their help texts, in Chinese; its usage errors
    too, where argparse's wording is known."""
    parser.formatter_class = ZhHelpFormatter
    parser.error = functools.partial(_zh_error, parser)  # type: ignore[method-assign]
    parser.description = _zh(parser.description)
    parser.epilog = _zh(parser.epilog)
    for action in parser._actions:
        action.help = _zh(action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                choice.help = _zh(choice.help)
            for sub in action.choices.values():
                in_chinese(sub)

"""The `okr-coach` command line, run in-process through `coach.cli.main` (and once for real).

Only `objective-no-key-results` (an error) is assumed to exist: other rules come and go, so
these tests select that rule wherever the outcome would depend on the rest of the catalog.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import rules
from coach import review
from coach.cli import SUBCOMMANDS, Plugin, Subcommand, _entry_point_commands, _use_color, main
from coach.render import display_width

RULE = "objective-no-key-results"
ONLY = ["--select", RULE]

NO_KR_ZH = "目标：本季度提升品牌影响力\n"
NO_KR_EN = "Objective: Delight our customers this quarter\n"
WITH_KR_ZH = "目标：本季度提升客户满意度\n关键结果1：NPS 从 30 提升到 45（负责人：王芳）\n"
WITH_KR_EN = "Objective: Delight our customers this quarter\nKR1: Raise NPS from 30 to 45\n"

FINDING_LINE = re.compile(r"^\s*(\d+):(\d+) (error|warning|info) ([a-z0-9-]+) (.+)$")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def draft(tmp_path: Path, text: str, name: str = "okr.txt") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# -- exit codes ---------------------------------------------------------------------------------
def test_exit_1_when_an_error_is_found(tmp_path, capsys):
    code, out, _ = run(capsys, "review", draft(tmp_path, NO_KR_ZH), *ONLY)
    assert code == 1
    assert RULE in out


def test_exit_0_when_no_error(tmp_path, capsys):
    code, out, err = run(capsys, "review", draft(tmp_path, WITH_KR_EN), *ONLY, "--checklist")
    assert code == 0, err
    assert RULE in out  # still in the full checklist, as a pass
    assert not any(FINDING_LINE.match(line) for line in out.splitlines())


def test_exit_0_when_errors_are_only_warnings(tmp_path, capsys):
    path = draft(tmp_path, NO_KR_EN)
    code, out, _ = run(capsys, "review", path, *ONLY, "--severity", f"{RULE}=warning")
    assert code == 0
    assert f"warning {RULE}" in out


def test_missing_file_is_bad_input(tmp_path, capsys):
    code, out, err = run(capsys, "review", str(tmp_path / "nope.txt"))
    assert code == 2
    assert out == ""
    assert err.startswith("okr-coach: error: cannot read")
    assert len(err.strip().splitlines()) == 1


def test_non_utf8_file_is_bad_input(tmp_path, capsys):
    path = tmp_path / "gbk.txt"
    path.write_bytes("目标：提升品牌影响力\n关键结果1：媒体报道 10 篇\n".encode("gbk"))
    code, out, err = run(capsys, "review", str(path))
    assert code == 2
    assert "not UTF-8" in err and "gbk.txt" in err
    assert out == ""


def test_utf8_bom_is_dropped(tmp_path, capsys):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + NO_KR_EN.encode("utf-8"))
    code, out, _ = run(capsys, "review", str(path), *ONLY, "--format", "json")
    assert code == 1
    finding = json.loads(out)["findings"][0]
    assert finding["span"]["start"] == len("Objective: ")  # offsets count from after the BOM


def test_a_spreadsheet_saved_as_csv_is_read_as_its_table(tmp_path, capsys):
    # tester12 B21: the table pasted from Excel parsed; saved as CSV it had "no objective".
    path = tmp_path / "okrs.csv"
    path.write_text(
        "Objective,Key Result,Owner,Due\n"
        '"Make every bike we service ride like new","Bikes back within 48 hours, 60% to 90%",Ola,Q2\n'
        ',"Repeat customers, from 30% to 45%",Ola,Q2\n'
        ",Hire a second mechanic,Ben,\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "review", str(path), "--format", "json")
    doc = json.loads(out)
    [o] = doc["objectives"]
    assert [k["text"] for k in o["key_results"]][:2] == [
        "Bikes back within 48 hours, 60% to 90%",
        "Repeat customers, from 30% to 45%",
    ]
    assert doc["source_text"].startswith("Objective\tKey Result\tOwner\tDue\n")
    assert any(f["rule_id"] == "kr-is-task" for f in doc["findings"]) and code == 1
    # a quote left open is a clear error, not an empty review
    path.write_text('Objective,Key Result\n"Make it,KR1\n', encoding="utf-8")
    code, _, err = run(capsys, "review", str(path))
    assert code == 2 and "CSV" in err


def test_empty_stdin_is_bad_input_with_an_example(monkeypatch, capsys):
    stdin(monkeypatch, b"")
    code, out, err = run(capsys, "review", "-")
    assert code == 2
    assert out == ""
    first, *rest = err.splitlines()
    assert first.startswith("okr-coach: error: ") and "empty" in first
    assert rest and all(line.startswith("  ") for line in rest)  # the example, indented


def test_text_without_objective_is_bad_input(monkeypatch, capsys):
    stdin(monkeypatch, "？？？ 12345 …".encode())
    code, _, err = run(capsys, "review", "-")
    assert code == 2
    assert err.startswith("okr-coach: error: ")


def test_unknown_rule_in_select_is_bad_input(tmp_path, capsys):
    code, _, err = run(capsys, "review", draft(tmp_path, NO_KR_EN), "--select", "no-such-rule")
    assert code == 2
    assert "no-such-rule" in err


@pytest.mark.parametrize("option", ["--select", "--ignore", "--severity"])
def test_misspelt_rule_id_names_the_close_one(tmp_path, capsys, option):
    value = "objective-no-keyresults" + ("=info" if option == "--severity" else "")
    code, out, err = run(capsys, "review", draft(tmp_path, NO_KR_EN), option, value)
    assert (code, out) == (2, "")
    assert err.startswith(f"okr-coach: error: {option}: unknown rule id")
    assert f"did you mean {RULE}" in err  # the closest first


@pytest.mark.parametrize("bad", ["objective-no-key-results", "x=", f"{RULE}=fatal"])
def test_bad_severity_option_is_bad_input(tmp_path, capsys, bad):
    code, _, err = run(capsys, "review", draft(tmp_path, NO_KR_EN), "--severity", bad)
    assert code == 2
    assert err.startswith("okr-coach: error: ")


def test_bad_option_value_exits_2(tmp_path, capsys):
    code, _, err = run(capsys, "review", draft(tmp_path, NO_KR_EN), "--format", "yaml")
    assert code == 2
    assert "invalid choice" in err


def test_help_exits_0(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for name in SUBCOMMANDS:
        assert name in out


# -- formats ------------------------------------------------------------------------------------
def test_text_format_locates_findings(tmp_path, capsys):
    text = "# Q3 OKRs\n\n" + NO_KR_EN
    code, out, _ = run(capsys, "review", draft(tmp_path, text), *ONLY, "--color", "never")
    assert code == 1
    found = [FINDING_LINE.match(line) for line in out.splitlines()]
    found = [m for m in found if m]
    assert len(found) == 1
    line, col, severity, rule_id, message = found[0].groups()
    assert (int(line), int(col)) == (3, len("Objective: ") + 1)
    assert (severity, rule_id) == ("error", RULE)
    assert message == rules.get(RULE).message["en"]
    assert out.rstrip().splitlines()[-1].endswith("/100")  # the summary line with the score
    assert "suggestion: " in out and "[owner]" in out
    assert "\x1b[" not in out


def test_text_underline_sits_under_the_span_after_cjk(tmp_path, capsys):
    code, out, _ = run(capsys, "review", draft(tmp_path, NO_KR_ZH), *ONLY, "--color", "never")
    assert code == 1
    lines = out.splitlines()
    src = next(
        i for i, line in enumerate(lines) if line.rstrip().endswith("| 目标：本季度提升品牌影响力")
    )
    bar = lines[src].index("|")
    carets = lines[src + 1]
    assert carets.index("|") == bar
    drawn = carets[bar + 2 :]
    # "目标：" is three wide characters: the underline starts six cells in and is as wide as
    # the objective's wording.
    assert drawn == " " * 6 + "^" * display_width("本季度提升品牌影响力")


def test_json_format_is_the_library_review(tmp_path, capsys):
    code, out, _ = run(capsys, "review", draft(tmp_path, NO_KR_ZH), *ONLY, "--format", "json")
    assert code == 1
    assert json.loads(out) == json.loads(review(NO_KR_ZH, select=[RULE]).model_dump_json())


def test_json_flag_is_format_json_in_every_command(tmp_path, capsys):
    path = draft(tmp_path, NO_KR_ZH)
    code, out, _ = run(capsys, "review", path, *ONLY, "--json")
    assert code == 1
    assert json.loads(out) == json.loads(review(NO_KR_ZH, select=[RULE]).model_dump_json())
    code, out, _ = run(capsys, "rules", "--json")
    assert code == 0 and isinstance(json.loads(out), list)
    graded = "Objective: Delight new customers this quarter\nKR1: NPS from 30 to 45 by Sep 30 (owner: Ana) score: 0.7\n"
    code, out, _ = run(capsys, "grade", draft(tmp_path, graded, "graded.txt"), "--json")
    assert isinstance(json.loads(out), dict)
    # Two output formats at once is a usage error, not a silent choice.
    code, _, err = run(capsys, "review", path, "--json", "--format", "text")
    assert code == 2 and "--json" in err


def test_markdown_format(tmp_path, capsys):
    text = NO_KR_EN + "\n" + "Objective: Ship a faster app\nKR1: p95 latency down to 200 ms\n"
    code, out, _ = run(capsys, "review", draft(tmp_path, text), *ONLY, "--format", "markdown")
    assert code == 1
    assert out.startswith("## ")
    assert "### O1 · Delight our customers this quarter" in out
    assert "### O2 · Ship a faster app" in out
    assert "|---|---|---|" in out
    assert f"- **error** `{RULE}`" in out
    assert "`Delight our customers this quarter ⏎ KR1: [key result] (owner: [owner])`" in out
    assert "\x1b[" not in out


def test_color_always_and_never(tmp_path, capsys):
    path = draft(tmp_path, NO_KR_EN)
    _, coloured, _ = run(capsys, "review", path, *ONLY, "--color", "always")
    _, plain, _ = run(capsys, "review", path, *ONLY)  # auto: captured output is not a TTY
    assert "\x1b[" in coloured
    assert "\x1b[" not in plain
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_auto_colour_follows_tty_and_no_color(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert _use_color("auto", _Tty())
    assert not _use_color("auto", io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not _use_color("auto", _Tty())
    assert _use_color("always", io.StringIO())


def test_ascii_terminal_gets_ascii_marks(monkeypatch, tmp_path, capsys):
    buffer = io.BytesIO()
    out = io.TextIOWrapper(buffer, encoding="ascii")
    monkeypatch.setattr(sys, "stdout", out)
    code = main(["review", draft(tmp_path, NO_KR_ZH + WITH_KR_EN), *ONLY, "--checklist"])
    out.flush()
    text = buffer.getvalue().decode("ascii")
    assert code == 1
    assert "✓" not in text and "✗" not in text
    assert re.search(r"^\s+x .*objective-no-key-results", text, re.M)
    assert re.search(r"^\s+\+ .*objective-no-key-results", text, re.M)
    assert "\\u76ee" in text  # 目 survives as an escape rather than crashing the run


# -- options ------------------------------------------------------------------------------------
def test_ignore_by_id_and_prefix(tmp_path, capsys):
    path = draft(tmp_path, NO_KR_EN)
    for ignore in (RULE, "objective-", f"{RULE},objective-"):
        code, out, _ = run(capsys, "review", path, "--ignore", ignore, "--format", "json")
        assert code == 0
        assert RULE not in {f["rule_id"] for f in json.loads(out)["findings"]}


def test_select_by_prefix(tmp_path, capsys):
    code, out, _ = run(
        capsys, "review", draft(tmp_path, NO_KR_EN), "--select", "objective-no-", "--format", "json"
    )
    assert code == 1
    assert {f["rule_id"] for f in json.loads(out)["findings"]} == {RULE}


def test_lang_and_ui_lang(tmp_path, capsys):
    path = draft(tmp_path, NO_KR_ZH)
    _, out, _ = run(capsys, "review", path, *ONLY, "--format", "json", "--ui-lang", "en")
    data = json.loads(out)
    assert data["language"] == "zh" and data["ui_language"] == "en"
    assert data["findings"][0]["message"] == rules.get(RULE).message["en"]
    _, out, _ = run(capsys, "review", path, *ONLY, "--format", "json", "--lang", "en")
    data = json.loads(out)
    assert data["language"] == "en"
    assert data["objectives"][0]["language"] == "en"


# -- configuration ------------------------------------------------------------------------------
def test_pyproject_config_is_found_from_the_file(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path.parent)  # discovery starts at the reviewed file, not the cwd
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.okr-coach]\nui-language = "zh"\n'
        f'[tool.okr-coach.severity]\n"{RULE}" = "info"\n',
        encoding="utf-8",
    )
    sub = tmp_path / "okrs"
    sub.mkdir()
    path = draft(sub, NO_KR_EN)
    code, out, _ = run(capsys, "review", path, *ONLY, "--format", "json")
    data = json.loads(out)
    assert code == 0
    assert data["findings"][0]["severity"] == "info"
    assert data["ui_language"] == "zh"
    # Flags override the file.
    code, out, _ = run(
        capsys, "review", path, *ONLY, "--format", "json", "--severity", f"{RULE}=error"
    )
    assert code == 1
    assert json.loads(out)["findings"][0]["severity"] == "error"
    code, out, _ = run(capsys, "review", path, *ONLY, "--format", "json", "--ui-lang", "en")
    assert json.loads(out)["ui_language"] == "en"


def test_stdin_uses_the_cwd_config(tmp_path, capsys, monkeypatch):
    (tmp_path / ".okr-coach.toml").write_text(f'ignore = ["{RULE}"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    stdin(monkeypatch, NO_KR_EN.encode())
    code, out, _ = run(capsys, "review", "-", "--format", "json")
    assert code == 0
    assert RULE not in out


def test_explicit_config_path(tmp_path, capsys):
    cfg = tmp_path / "team.toml"
    cfg.write_text(f'select = ["{RULE}"]\n[severity]\n"{RULE}" = "warning"\n', encoding="utf-8")
    code, out, _ = run(capsys, "review", draft(tmp_path, NO_KR_EN), "--config", str(cfg))
    assert code == 0
    assert f"warning {RULE}" in out


@pytest.mark.parametrize("content", ["select = 3\n", "colour = 'red'\n", "this is not toml = = \n"])
def test_bad_config_is_bad_input(tmp_path, capsys, content):
    cfg = tmp_path / ".okr-coach.toml"
    cfg.write_text(content, encoding="utf-8")
    code, _, err = run(capsys, "review", draft(tmp_path, NO_KR_EN))
    assert code == 2
    assert err.startswith("okr-coach: error: ") and ".okr-coach.toml" in err


def test_missing_config_path_is_bad_input(tmp_path, capsys):
    code, _, err = run(
        capsys, "review", draft(tmp_path, NO_KR_EN), "--config", str(tmp_path / "x.toml")
    )
    assert code == 2
    assert "x.toml" in err


# -- rules, explain, schema ---------------------------------------------------------------------
def test_rules_table(capsys):
    code, out, _ = run(capsys, "rules")
    assert code == 0
    header, *rows = out.splitlines()
    assert header.split() == ["id", "target", "severity", "fixable", "principle"]
    assert [r.split()[0] for r in rows] == list(rules.registry())
    row = next(r for r in rows if r.startswith(RULE + " "))
    assert rules.get(RULE).principle["en"] in row
    _, out, _ = run(capsys, "rules", "--lang", "zh")
    assert rules.get(RULE).principle["zh"] in out


def test_rules_json_lists_full_metadata(capsys):
    code, out, _ = run(capsys, "rules", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert [d["id"] for d in data] == list(rules.registry())
    for d in data:
        rule = rules.get(d["id"])
        assert d["severity"] == rule.severity and d["target"] == rule.target
        assert d["explanation"] == rule.explanation
        assert len(d["examples"]) == len(rule.examples)


@pytest.mark.parametrize("rule_id", list(rules.registry()))
def test_explain_every_rule(capsys, rule_id):
    rule = rules.get(rule_id)
    code, out, _ = run(capsys, "explain", rule_id)
    assert code == 0
    assert out.startswith(rule_id + "\n")
    for field in ("principle", "explanation"):
        for lang in ("zh", "en"):
            assert getattr(rule, field)[lang] in out
    for ex in rule.examples:
        if ex.workshop:
            for line in ex.clean.split("\n"):
                assert line in out
    assert "Examples (zh):" in out and "Examples (en):" in out
    # --notes: the developers' page, with every example and the message templates
    code, out, _ = run(capsys, "explain", rule_id, "--notes")
    for lang in ("zh", "en"):
        assert rule.message[lang] in out
    for ex in rule.examples:
        for line in ex.clean.split("\n"):
            assert line in out
    code, out, _ = run(capsys, "explain", rule_id, "--format", "json")
    assert code == 0 and json.loads(out)["id"] == rule_id


@pytest.mark.parametrize("rule_id", ["kr-activity-count", "objective-no-timeframe", "kr-is-task"])
def test_explain_reads_for_a_trainer(capsys, rule_id):
    # decision 675: no decisions or source files cited, no templates, no developers' notes;
    # the draft an example sits in is shown where it is not the rule's default one
    code, out, _ = run(capsys, "explain", rule_id)
    assert code == 0
    assert not re.search(r"decisions? \d|决定\s*\d|\.py\b|docs/|\{[a-z_]+\}|^\s*note:", out, re.M)
    rule = rules.get(rule_id)
    own = [ex for ex in rule.examples if ex.workshop and ex.context is not None]
    for ex in own:
        if ex.context != rule.default_context(ex.lang):
            first = next(line for line in ex.context.splitlines() if "{item}" not in line)
            assert first.strip() in out


def test_explain_underlines_the_marked_span(capsys):
    ex = next(e for e in rules.get(RULE).examples if e.bad and "\n" not in e.text)
    _, out, _ = run(capsys, "explain", RULE)
    lines = out.splitlines()
    i = next(i for i, line in enumerate(lines) if line.endswith(ex.clean))
    start, end = ex.marked
    col = display_width(lines[i]) - display_width(ex.clean) + display_width(ex.clean[:start])
    assert lines[i + 1] == " " * col + "^" * display_width(ex.clean[start:end])


def test_explain_unknown_rule_suggests_close_ids(capsys):
    code, out, err = run(capsys, "explain", "objective-no-key-result")
    assert code == 2
    assert out == ""
    assert "unknown rule id 'objective-no-key-result'" in err
    assert RULE in err
    assert len(err.strip().splitlines()) == 1


def test_schema_command(capsys):
    code, out, _ = run(capsys, "schema")
    assert code == 0
    schema = json.loads(out)
    assert schema["title"] == "Review"
    assert {"language", "objectives", "findings", "score"} <= set(schema["properties"])


# -- registration -------------------------------------------------------------------------------
def test_subcommands_can_be_registered_lazily(tmp_path, capsys, monkeypatch):
    (tmp_path / "okr_fake_cmd.py").write_text(
        "def configure(p):\n    p.add_argument('--port', type=int, default=1)\n\n"
        "def run(args):\n    print('port', args.port)\n    return 0\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(
        SUBCOMMANDS, "fake", Subcommand("a test", "okr_fake_cmd:configure", "okr_fake_cmd:run")
    )
    code, out, _ = run(capsys, "fake", "--port", "8080")
    assert (code, out) == (0, "port 8080\n")


PLUGIN_MODULE = (
    "def register(subparsers):\n"
    "    p = subparsers.add_parser('hello', help='say hello')\n"
    "    p.add_argument('--name', default='world')\n"
    "    p.set_defaults(func=lambda args: print('hello', args.name) or 0)\n"
    "    return p\n"
)


def test_plugin_subcommand_is_loaded_only_when_asked_for(tmp_path, capsys, monkeypatch):
    (tmp_path / "okr_fake_plugin.py").write_text(PLUGIN_MODULE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(SUBCOMMANDS, "hello", Plugin("say hello", "okr_fake_plugin:register"))
    monkeypatch.delitem(sys.modules, "okr_fake_plugin", raising=False)
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "hello" in out and "say hello" in out
    assert "okr_fake_plugin" not in sys.modules
    code, out, _ = run(capsys, "hello", "--name", "OKR")
    assert (code, out) == (0, "hello OKR\n")


def test_entry_point_plugins_are_discovered(tmp_path, capsys, monkeypatch):
    (tmp_path / "okr_fake_plugin.py").write_text(PLUGIN_MODULE, encoding="utf-8")
    dist = tmp_path / "okr_fake_plugin-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: okr-fake-plugin\nVersion: 0.1\n", encoding="utf-8"
    )
    (dist / "entry_points.txt").write_text(
        "[okr_coach.commands]\nhello = okr_fake_plugin:register\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    assert "hello" in _entry_point_commands()
    code, out, _ = run(capsys, "hello")
    assert (code, out) == (0, "hello world\n")


# -- the real entry point -----------------------------------------------------------------------
def test_python_m_coach_review_stdin():
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.run(
        [sys.executable, "-m", "coach", "review", "-", "--select", RULE],
        input=(NO_KR_ZH + NO_KR_EN).encode("utf-8"),
        capture_output=True,
        cwd=root,
        env={"PATH": "", "PYTHONIOENCODING": "utf-8", "NO_COLOR": "1", "PYTHONPATH": str(root)},
        timeout=120,
    )
    out = proc.stdout.decode("utf-8")
    assert proc.returncode == 1, proc.stderr.decode()
    assert out.count(f"error {RULE}") == 2
    assert "✗" in out and "\x1b[" not in out


def test_default_checklist_lists_failures_and_counts_passes(tmp_path, capsys):
    code, out, _ = run(capsys, "review", draft(tmp_path, NO_KR_ZH + WITH_KR_EN), *ONLY)
    assert code == 1
    assert re.search(r"^\s+✗ .*objective-no-key-results", out, re.M)
    assert not re.search(r"^\s+✓ .*objective-no-key-results", out, re.M)
    assert re.search(r"^\s+✓ 1 principle\(s\) hold$", out, re.M)

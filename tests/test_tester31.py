"""What a new user touches, tried with fresh eyes (tester31): the CLI run as `python -m
coach.cli`, the `explain` page a trainer reads, the cycle commands' --help, and the review API
given a body that is not JSON."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from coach.cli import build_parser, for_readers, main
from service.app import create_app
from service.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DRAFT_EN = (
    "O: Make every first week at the company feel welcoming\nKR1: New hires rate week one 4.5/5"
)


# -- `python -m coach.cli` ends a bad input with the usage error, not a traceback ------------
@pytest.fixture
def not_utf8(tmp_path: Path) -> Path:
    path = tmp_path / "scan.bin"
    path.write_bytes(b"\x8c\xff\xfe\x00 O: \x81 KR1: \x9f")
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["grade", "{f}"],
        ["convert", "{f}", "--to", "csv"],
        ["convert", "{f}", "--to", "markdown"],
        ["checkin", "{f}"],
        ["tree", "{f}"],
        ["review", "{f}"],
    ],
)
def test_module_run_reports_unreadable_input_without_traceback(args, not_utf8):
    argv = [a.replace("{f}", str(not_utf8)) for a in args]
    done = subprocess.run(
        [sys.executable, "-m", "coach.cli", *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("okr-coach: error:")
    assert "not UTF-8" in done.stderr


# -- the explain page drops citations without leaving "(, " or a split "decision\n 21" -------
@pytest.mark.parametrize(
    ("doc", "kept", "gone"),
    [
        (
            "How it decides (docs/principles.md, Shape of a result; rules/_shape.py): by form",
            "How it decides (Shape of a result): by form",
            "(,",
        ),
        (
            "Checked (docs/principles.md; Owners, named; coach/facts/owners.py) first",
            "Checked (Owners, named) first",
            "(;",
        ),
        (
            "a list a third party decides (docs/principles.md decision\n      21): a quadrant",
            "a list a third party decides: a quadrant",
            "decision",
        ),
        (
            "held apart (decisions\n  12 and 40) from the rest",
            "held apart from the rest",
            "decisions",
        ),
        ("Reads a cap (decision 307) as a target", "Reads a cap as a target", "307"),
    ],
)
def test_for_readers_leaves_no_half_citation(doc, kept, gone):
    out = for_readers(doc)
    assert out == kept
    assert gone not in out


def _rule_ids() -> list[str]:
    import rules

    return sorted(rules.registry())


@pytest.mark.parametrize("rule_id", _rule_ids())
def test_explain_page_has_no_empty_bracket_start(rule_id, capsys):
    assert main(["explain", rule_id]) == 0
    page = capsys.readouterr().out
    for broken in ("(,", "(;", "( ", "（，", "()", "docs/principles.md"):
        assert broken not in page, (rule_id, broken)


# -- every option of grade, checkin, tree and convert says what it does ----------------------
def _subparser(name: str) -> argparse.ArgumentParser:
    parser = build_parser([name])
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return sub.choices[name]


@pytest.mark.parametrize("command", ["grade", "checkin", "tree", "convert", "review"])
def test_cycle_commands_document_every_option(command):
    missing = [
        action.option_strings or action.dest
        for action in _subparser(command)._actions
        if action.help in (None, "") and not isinstance(action, argparse._HelpAction)
    ]
    assert missing == []


def test_cycle_and_review_say_the_same_of_shared_options():
    def helps(name: str) -> dict[str, str]:
        return {
            a.option_strings[0]: a.help
            for a in _subparser(name)._actions
            if a.option_strings and a.help
        }

    review = helps("review")
    for command in ("grade", "checkin", "tree"):
        for option in ("--lang", "--ui-lang", "--severity", "--no-explain", "--color"):
            assert helps(command)[option] == review[option], (command, option)


# -- POST /v1/review with a body that is not JSON says to send JSON --------------------------
@pytest.fixture
def client(tmp_path):
    settings = Settings(feedback_db=str(tmp_path / "fb.sqlite3"), warm_up=False)
    with TestClient(create_app(settings)) as c:
        yield c


NOT_JSON = [
    ({"content-type": "text/plain"}, DRAFT_EN.encode()),
    ({"content-type": "text/plain; charset=utf-8"}, DRAFT_EN.encode()),
    ({"content-type": "application/x-www-form-urlencoded"}, b"text=O%3A+Grow"),
    ({"content-type": "application/xml"}, b"<draft>O: Grow</draft>"),
    ({"content-type": "text/markdown"}, b"# Q3\nO: Grow\n- KR1: ARR to 2M"),
    ({}, b'{"text": "O: Grow"}'),
]


@pytest.mark.parametrize(("headers", "data"), NOT_JSON)
def test_review_says_to_send_json(client, headers, data):
    r = client.post("/v1/review", content=data, headers=headers)
    assert r.status_code == 422  # the documented error (decision 1543)
    body = r.json()
    assert body["code"] == "invalid_request"
    assert "application/json" in body["detail"]
    assert "valid dictionary" not in body["detail"]
    assert "application/json" in body["messages"]["zh"] and "JSON" in body["messages"]["zh"]


def test_review_says_to_send_json_in_chinese(client):
    r = client.post(
        "/v1/review",
        content="目标：让客户满意".encode(),
        headers={"content-type": "text/plain", "accept-language": "zh-CN"},
    )
    assert r.status_code == 422
    assert r.json()["detail"].startswith("请以 JSON 发送请求")


@pytest.mark.parametrize(
    ("data", "headers", "status", "says"),
    [
        (
            b'{"text": "O: Grow revenue\\nKR1: ARR from 1M to 2M by Q3"}',
            "application/json",
            200,
            None,
        ),
        (
            b'{"text": "O: Grow revenue\\nKR1: ARR from 1M to 2M by Q3"}',
            "application/json; charset=utf-8",
            200,
            None,
        ),
        (b'{"text": ', "application/json", 422, "not valid JSON"),
        (b'{"txt": "O: Grow"}', "application/json", 422, "txt: Extra inputs"),
        (b"[1, 2]", "application/json", 422, "body: Input should be a valid dictionary"),
        (b'{"text": "O: Grow", "language": "de"}', "application/json", 422, "language:"),
    ],
)
def test_json_bodies_keep_their_answers(client, data, headers, status, says):
    r = client.post("/v1/review", content=data, headers={"content-type": headers})
    assert r.status_code == status
    if says is not None:
        assert says in r.json()["detail"]


# -- `convert -o` to a place that cannot be written is a usage error, not a traceback ---------
@pytest.mark.parametrize("to", ["csv", "xlsx", "markdown"])
@pytest.mark.parametrize("where", ["missing/folder/okrs.out", "."])
def test_convert_out_unwritable(tmp_path, capsys, to, where):
    draft = tmp_path / "team.md"
    draft.write_text(
        "目标：让客户满意\n- KR1：NPS 从 30 提升到 45（负责人：李雷）\n", encoding="utf-8"
    )
    out = tmp_path / where
    assert main(["convert", str(draft), "--to", to, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"okr-coach: error: cannot write {out}")
    assert "Traceback" not in err


def test_convert_out_still_writes(tmp_path):
    draft = tmp_path / "team.md"
    draft.write_text("O: Delight new admins\n- KR1: Setup time from 4 days to 1 day\n", "utf-8")
    out = tmp_path / "rows.csv"
    assert main(["convert", str(draft), "--to", "csv", "-o", str(out)]) == 0
    assert "Setup time from 4 days to 1 day" in out.read_text("utf-8")


# -- an id typed in capitals or with a stray space is matched to the real one ----------------
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        # an id in another case is read as that id since decision 5881 (tests/test_tester40.py)
        ("KR-IS-TSK", "kr-is-task"),
        ("Kr-No-Ownr", "kr-no-owner"),
        (" kr-no-dedline", "kr-no-deadline"),
        ("SET-KR-CONT", "set-kr-count"),
        ("NO-KEY", "objective-no-key-results"),
        ("Objective-Vage ", "objective-vague"),
    ],
)
def test_unknown_id_in_other_case_names_the_real_one(capsys, typed, meant):
    assert main(["explain", typed]) == 2
    err = capsys.readouterr().err
    assert f"did you mean {meant}" in err


# -- `okr-coach --help` says what serve and feedback do, as the service's own parsers say ----
def test_top_help_describes_the_service_commands(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "provided by service" not in out
    assert "run the review API and web page" in out


@pytest.mark.parametrize("name", ["serve", "feedback"])
def test_own_plugin_help_matches_the_service_parser(name):
    from coach.cli import OWN_PLUGIN_HELP, _entry_point_commands
    from service import commands

    plugin = _entry_point_commands()[name]
    parsers = argparse.ArgumentParser().add_subparsers()
    getattr(commands, f"register_{name}")(parsers)
    told = next(a.help for a in parsers._choices_actions if a.dest == name)
    assert plugin.help == told == OWN_PLUGIN_HELP[plugin.register]


# -- the /cycle page says an input error in its own language, with the example on its line ----
def test_no_grades_error_has_its_own_chinese():
    from coach.cycle.grading import grade
    from coach.errors import InputError

    with pytest.raises(InputError) as caught:
        grade("目标：让客户满意\n关键结果1：NPS 从 30 提升到 45")
    zh = caught.value.messages["zh"]
    assert zh != "没有找到评分。"
    assert "0.7" in zh and "得分：70%" in zh and "\n关键结果1：" in zh


@pytest.fixture(scope="module")
def cycle_page_server(tmp_path_factory):
    import shutil

    if not (shutil.which("chromium") or Path("/usr/bin/chromium").exists()):
        pytest.skip("chromium is not installed (run `make browser-deps`)")
    pytest.importorskip("playwright.sync_api")
    from service.testing import running_server, wait_until_ready

    db = tmp_path_factory.mktemp("tester31-cycle") / "fb.db"
    with running_server(Settings(feedback_db=str(db))) as url:
        wait_until_ready(url)
        yield url


@pytest.mark.parametrize(
    ("locale", "says"),
    [("zh-CN", "没有一个关键结果带有评分"), ("en-US", "no key result carries a grade")],
)
def test_cycle_page_error_in_page_language(cycle_page_server, locale, says):
    import shutil

    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
            headless=True,
        )
        try:
            context = browser.new_context(locale=locale, viewport={"width": 1280, "height": 900})
            page = context.new_page()
            page.goto(cycle_page_server + "/cycle")
            page.fill("#grade-text", "O: Grow revenue in EMEA\nKR1: ARR from $2M to $3M")
            page.click('[data-run="grade"]')
            alert = page.locator('#grade-results [role="alert"]')
            alert.wait_for()
            shown = alert.inner_text()
            assert shown.startswith(says)
            # the example of good input stays on a line of its own
            assert "\n关键结果1：完成季度招聘任务10人 0.9 完成" in shown
        finally:
            browser.close()


# -- a draft saved as Windows "Unicode" (UTF-16 with its byte-order mark) is read ------------
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(
    ("draft", "shows"),
    [
        ("目标：让每位新员工第一天就有归属感\n关键结果1：入职满意度从3.8提升到4.5", "归属感"),
        ("O: Make checkout feel effortless\nKR1: Cart abandonment from 70% to 55%", "effortless"),
        (
            "Objective: Win the mid-market\r\nKR1: Sign 12 logos by Q3 (owner: Ana)\r\n",
            "mid-market",
        ),
    ],
)
def test_utf16_file_with_bom_is_reviewed(tmp_path, capsys, encoding, draft, shows):
    path = tmp_path / "draft.txt"
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    path.write_bytes(bom + draft.encode(encoding))
    assert main(["review", str(path), "--format", "json"]) in (0, 1)
    assert shows in capsys.readouterr().out


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xfeO\x00:\x00 \x00\x00\xd8",  # a lone surrogate
        b"\xfe\xff\x00O\x00:\x00",  # an odd byte at the end
    ],
)
def test_broken_utf16_is_a_usage_error(tmp_path, capsys, data):
    path = tmp_path / "draft.txt"
    path.write_bytes(data)
    assert main(["review", str(path)]) == 2
    assert "save it as UTF-8" in capsys.readouterr().err


def test_utf16_without_bom_is_still_refused(tmp_path, capsys):
    path = tmp_path / "draft.txt"
    path.write_bytes("O: Grow\nKR1: ARR to 2M".encode("utf-16-le"))
    assert main(["review", str(path)]) == 2  # no mark: its NULs are control characters
    assert capsys.readouterr().err.startswith("okr-coach: error:")


# -- an unknown id in `select` points API callers to the API's catalog too --------------------
@pytest.mark.parametrize("field", ["select", "ignore"])
@pytest.mark.parametrize("pattern", ["nope", "kr-nothing", "set-"[::-1]])
def test_unknown_selection_names_both_catalogs(client, field, pattern):
    r = client.post("/v1/review", json={"text": DRAFT_EN, field: [pattern]})
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert "GET /v1/rules" in detail and "okr-coach rules" in detail

"""A fresh-eyed user's round (tester46): the LanguageTool route on bytes that are no UTF-8, the
cycle page before its first check, and the decisions of docs/principles.md's tester46 section."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient

from service.app import create_app

FORM = {"content-type": "application/x-www-form-urlencoded"}


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app())


# -- /v2/check on a form whose bytes are no UTF-8 ---------------------------------------------
@pytest.mark.parametrize(
    ("body", "offset"),
    [
        # a stray byte in an English draft: answered 200 with "ÿ" checked as a letter
        (b"text=Objective: Win \xff the market\nKR1: NPS from 30 to 45", 20),
        (b"text=Objective: Win the market\nKR1: NPS from 30 to 45 \xfe&language=en-US", 54),
        # raw UTF-8 with a stray byte: refused for a C1 control character it never sent
        ("text=目标：本季度".encode() + b"\xff" + "让客户满意&language=auto".encode(), 23),
        # percent-escaped UTF-8 beside raw bytes: answered 200 with no match
        (b"text=%E7%9B%AE\xff\xfe%E6%A0%87abc&language=auto", 14),
        (b"language=auto&text=KR1: \xc3\x28 churn from 8% to 3%", 24),
    ],
)
def test_v2_check_names_a_byte_that_is_no_utf8(client, body, offset):
    res = client.post("/v2/check", content=body, headers=FORM)
    assert res.status_code == 422
    got = res.json()
    assert got["code"] == "binary"
    assert "not UTF-8" in got["messages"]["en"]
    assert f"at offset {offset})" in got["messages"]["en"]
    assert "不是 UTF-8" in got["messages"]["zh"]


@pytest.mark.parametrize(
    "body",
    [
        "text=目标：本季度让客户满意\n关键结果1：NPS从30提升到45&language=auto".encode(),
        b"text=Objective%3A+Caf%C3%A9+regulars+love+us+this+quarter%0AKR1%3A+NPS+from+30+to+45",
        b"text=Objective: Win the market this quarter\nKR1: NPS from 30 to 45",
    ],
)
def test_v2_check_utf8_forms_are_checked_as_before(client, body):
    res = client.post("/v2/check", content=body, headers=FORM)
    assert res.status_code == 200, res.text
    assert "matches" in res.json()


def test_v2_check_gbk_keeps_its_own_message(client):
    body = b"text=" + "目标：本季度让客户满意\n关键结果1：NPS从30提升到45".encode("gbk")
    res = client.post("/v2/check", content=body, headers=FORM)
    assert res.status_code == 422
    assert "GBK" in res.json()["messages"]["en"]


def test_v2_check_percent_escaped_bad_bytes_stay_a_control_character_error(client):
    body = b"text=%E7%9B%AE%E6%A0%87%EF%BC%9A%FF%FE%E8%AE%A9&language=auto"
    res = client.post("/v2/check", content=body, headers=FORM)
    assert res.status_code == 422
    assert res.json()["code"] == "binary"
    assert "U+FFFD" in res.json()["messages"]["en"]


# -- the cycle page before its first check ------------------------------------------------------
CHROMIUM = shutil.which("chromium") or (
    "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
)
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_cycle_page_says_what_to_do_before_the_first_check(tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    from service.settings import Settings
    from service.testing import running_server, wait_until_ready

    with (
        running_server(Settings(feedback_db=str(tmp_path / "fb.db"))) as cycle_server,
        sync_api.sync_playwright() as p,
    ):
        wait_until_ready(cycle_server)
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        context = b.new_context(locale="zh-CN", viewport={"width": 1280, "height": 900})
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(cycle_server + "/cycle")
        grade = page.locator("#grade-results .empty")
        grade.wait_for()
        assert "打分检查" in grade.inner_text()
        assert "中文示例" in grade.inner_text()
        for kind, word in (("checkin", "检查"), ("tree", "生成目标树")):
            assert word in page.locator(f"#{kind}-results .empty").inner_text()
        page.click("#lang-toggle")
        assert "Check the grading" in page.locator("#grade-results .empty").inner_text()
        assert "Build the tree" in page.locator("#tree-results .empty").inner_text()
        # an error shown stays when the language changes; a result replaces the hint
        page.click('[data-run="grade"]')
        page.wait_for_selector("#grade-results [role=alert]")
        page.click("#lang-toggle")
        assert page.locator("#grade-results .empty").count() == 0
        assert page.locator("#grade-results [role=alert]").count() == 1
        page.click("#tab-tree")
        page.click('.sample[data-kind="tree"][data-lang="zh"]')
        page.wait_for_selector("#tree-results ul.summary li")
        assert page.locator("#tree-results .empty").count() == 0
        context.close()
        b.close()
    assert errors == [], errors

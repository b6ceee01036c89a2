"""The service's own errors speak the client's language (issue 9, item 5).

An error the library raises (an empty draft, no objective) is worded in the review's interface
language, else the draft's. An error the service raises itself (an unknown rule, a body over the
limit, a request that does not fit the API, a missing API key) follows the Accept-Language
header. Both carry `messages` with the English and the Chinese wording, for a client that
chooses for itself."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient

from coach.text import is_cjk
from service.app import create_app
from service.i18n import preferred_language
from service.settings import Settings


def chinese(text: str) -> bool:
    return any(is_cjk(c) for c in text)


@pytest.fixture
def client(tmp_path):
    settings = Settings(feedback_db=str(tmp_path / "fb.sqlite3"), warm_up=False, max_chars=2000)
    with TestClient(create_app(settings)) as c:
        yield c


@pytest.mark.parametrize(
    ("header", "lang"),
    [
        (None, "en"),
        ("", "en"),
        ("zh-CN", "zh"),
        ("zh-CN,zh;q=0.9,en;q=0.8", "zh"),
        ("en-US,en;q=0.9,zh-CN;q=0.8", "en"),
        ("fr-FR,zh;q=0.5", "zh"),
        ("de-DE", "en"),
        ("zh;q=abc,en", "en"),
    ],
)
def test_accept_language_is_read_by_rank(header: str | None, lang: str) -> None:
    assert preferred_language(header) == lang


@pytest.mark.parametrize("accept", ["zh-CN", "en-US"])
@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("get", "/v1/rules/no-such-rule", None),
        ("post", "/v1/review", {"text": "O: x", "select": "not-a-list"}),
        ("post", "/v1/review", {"text": "x" * 3000}),
        ("get", "/v1/nowhere", None),
    ],
)
def test_service_errors_follow_accept_language(client, accept, method, path, body) -> None:
    headers = {"Accept-Language": accept}
    if method == "get":
        r = client.get(path, headers=headers)
    else:
        r = client.post(path, headers=headers, json=body)
    assert r.status_code >= 400
    data = r.json()
    assert set(data["messages"]) == {"en", "zh"}
    assert chinese(data["messages"]["zh"]) and not chinese(data["messages"]["en"])
    assert data["detail"] == data["messages"]["zh" if accept.startswith("zh") else "en"]


def test_a_library_error_keeps_the_review_language(client) -> None:
    # the draft is Chinese and asks for no interface language: the Chinese message, whatever
    # the browser's header says; both are in `messages`
    r = client.post(
        "/v1/review", json={"text": "本季度的计划\n没有目标"}, headers={"Accept-Language": "en"}
    )
    assert r.status_code == 422
    data = r.json()
    assert data["code"] == "no_objective"
    assert chinese(data["detail"])
    assert not chinese(data["messages"]["en"])
    r = client.post(
        "/v1/review",
        json={"text": "本季度的计划\n没有目标", "ui_language": "en"},
        headers={"Accept-Language": "zh"},
    )
    assert not chinese(r.json()["detail"])


# A question asked in place of a rewrite, and the note beside a suggestion, address the person:
# they follow ui_language; the rewritten wording stays in the draft's (decision 425).
_EN_DRAFT = "Objective: Improve support tooling this quarter (owner: Dana)\nKR: Build a macros library\nKR: Cut ticket backlog from 400 to 150"
_ZH_DRAFT = "目标：让每位家长都放心（负责人：周敏，2026年第二季度）\n关键结果1：编写新生入学手册\n关键结果2：家长满意度从80分提升到90分"


@pytest.mark.parametrize(
    ("draft", "ui", "cjk"),
    [
        (_EN_DRAFT, "zh", True),
        (_EN_DRAFT, None, False),
        (_ZH_DRAFT, "en", False),
        (_ZH_DRAFT, None, True),
    ],
)
def test_questions_and_notes_follow_the_interface_language(client, draft, ui, cjk) -> None:
    body = {"text": draft} | ({"ui_language": ui} if ui else {})
    review = client.post("/v1/review", json=body).json()
    [task] = [f for f in review["findings"] if f["rule_id"] == "kr-is-task"]
    [asked] = task["suggestions"]
    assert asked["asks"]
    # the words of the draft quoted in it aside
    for words in (asked["text"], asked["note"]):
        said = words.replace("Improve support tooling this quarter", "").replace(
            "Build a macros library", ""
        )
        said = said.replace("让每位家长都放心", "").replace("编写新生入学手册", "")
        assert chinese(said) is cjk, words
        assert bool(re_words(said)) is not cjk, words


def re_words(text: str) -> list[str]:
    return re.findall(r"\b[a-z]{3,}\b", text)


def test_a_rewrite_stays_in_the_drafts_language(client) -> None:
    text = (
        "Objective: Make onboarding painless this quarter (owner: Dana)\nKR: Reduce support tickets"
    )
    review = client.post("/v1/review", json={"text": text, "ui_language": "zh"}).json()
    rewrites = [
        s
        for f in review["findings"]
        for s in f["suggestions"]
        if s["kind"] == "rewrite" and not s["asks"]
    ]
    assert rewrites
    assert not any(chinese(s["text"]) for s in rewrites)

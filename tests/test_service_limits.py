"""Limits of the service: a time budget per review, and oversized drafts refused before any
parsing or reviewing."""

from __future__ import annotations

import json
import threading
import time

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient

import service.routes
from service.app import create_app
from service.settings import Settings

DRAFT = "目标：本季度提升客户满意度\n关键结果1：NPS 从 30 提升到 45\n"


@pytest.fixture
def release():
    """An event the slow review waits on; set at the end so no thread outlives the test."""
    event = threading.Event()
    yield event
    event.set()


def make_client(tmp_path, **settings) -> TestClient:
    s = Settings(feedback_db=str(tmp_path / "fb.sqlite3"), warm_up=False, **settings)
    return TestClient(create_app(s))


@pytest.mark.parametrize("route", ["/v1/review", "/v2/check"])
def test_review_over_the_time_budget_is_503(tmp_path, monkeypatch, release, route):
    calls = []

    def slow_review(*args, **kwargs):
        calls.append(1)
        release.wait(10)
        raise AssertionError("the answer must not wait for the review")

    monkeypatch.setattr(service.routes, "review", slow_review)
    with make_client(tmp_path, request_timeout_s=0.3) as client:
        t0 = time.perf_counter()
        if route == "/v1/review":
            r = client.post(route, json={"text": DRAFT})
        else:
            r = client.post(route, data={"text": DRAFT, "language": "zh-CN"})
        took = time.perf_counter() - t0
        assert r.status_code == 503
        body = r.json()
        assert body["code"] == "timeout" and "0.3 s" in body["detail"]
        assert r.headers["retry-after"] == "1"
        assert calls == [1] and took < 5
        release.set()
        # the service keeps answering afterwards
        assert client.get("/healthz").status_code == 200


def test_review_within_the_time_budget_is_200(tmp_path):
    with make_client(tmp_path, request_timeout_s=30) as client:
        r = client.post("/v1/review", json={"text": DRAFT})
        assert r.status_code == 200 and r.json()["objectives"][0]["id"] == "o1"


@pytest.fixture
def no_review(monkeypatch):
    """Any parsing or reviewing fails the test: a too-long draft must be refused before."""

    def forbidden(*args, **kwargs):
        raise AssertionError("reviewed an oversized draft")

    monkeypatch.setattr(service.routes, "review", forbidden)
    monkeypatch.setattr(service.routes.lt.AnnotatedText, "from_data", forbidden)
    monkeypatch.setattr(service.routes.lt.AnnotatedText, "from_text", forbidden)


def assert_too_long(r, n: int) -> None:
    assert r.status_code == 413, r.text
    body = r.json()
    assert body["code"] == "too_long"
    assert f"{n:,} characters" in body["detail"] and "limit is 100" in body["detail"]


def test_too_long_text_is_refused_before_review(tmp_path, no_review):
    text = "目标：" + "提升" * 60
    with make_client(tmp_path, max_chars=100) as client:
        assert_too_long(client.post("/v1/review", json={"text": text}), len(text))
        assert_too_long(client.post("/v2/check", data={"text": text}), len(text))


def test_too_long_structured_draft_is_refused_before_review(tmp_path, monkeypatch, no_review):
    # The size check does not depend on the structured parser (coach/structured.py) existing.
    monkeypatch.setattr(service.routes, "STRUCTURED_INPUT", True)
    draft = {"objectives": [{"text": "提升客户满意度" * 10, "key_results": ["NPS 到 45" * 5]}]}
    n = sum(
        len(s)
        for s in ("objectives", "text", "key_results", "提升客户满意度" * 10, "NPS 到 45" * 5)
    )
    with make_client(tmp_path, max_chars=100) as client:
        assert_too_long(client.post("/v1/review", json={"draft": draft}), n)


def test_too_long_lt_data_is_refused_before_parsing(tmp_path, no_review):
    data = json.dumps({"annotation": [{"text": "x" * 300}, {"markup": "<p>" * 40}]})
    with make_client(tmp_path, max_chars=100) as client:
        assert_too_long(client.post("/v2/check", data={"data": data}), len(data))


def test_lt_data_whose_text_is_too_long_is_refused_before_review(tmp_path, monkeypatch):
    def forbidden(*args, **kwargs):
        raise AssertionError("reviewed an oversized draft")

    monkeypatch.setattr(service.routes, "review", forbidden)
    data = json.dumps({"annotation": [{"text": "目标：" + "提升" * 60}]}, ensure_ascii=False)
    with make_client(tmp_path, max_chars=100) as client:
        assert_too_long(client.post("/v2/check", data={"data": data}), 123)


def test_at_the_limit_is_reviewed(tmp_path):
    text = DRAFT + "x" * (100 - len(DRAFT))
    assert len(text) == 100
    with make_client(tmp_path, max_chars=100) as client:
        assert client.post("/v1/review", json={"text": text}).status_code == 200

"""POST /v1/review's plain ASGI route (service/fastpath.py) answers byte for byte as FastAPI's
route does: the same status, headers and body for good bodies, for errors the review raises,
and for every body it passes on to FastAPI's route."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

import fastapi.routing
from fastapi.testclient import TestClient

from service.app import create_app
from service.fastpath import ReviewFastPath
from service.settings import Settings

ZH = "目标：本季度提升客户满意度\n关键结果1：NPS 从 30 提升到 45\n关键结果2：完成客服系统上线\n"
EN = "Objective: Delight our customers\nKR1: Raise NPS from 30 to 45\nKR2: Launch the new help desk\n"
JSON = {"content-type": "application/json"}


def make_app(tmp_path, name: str, fast: bool, **settings: object):
    app = create_app(
        Settings(feedback_db=str(tmp_path / f"{name}.sqlite3"), warm_up=False, **settings)
    )
    if not fast:
        app.user_middleware = [m for m in app.user_middleware if m.cls is not ReviewFastPath]
        app.middleware_stack = None
    return app


def answer(client: TestClient, body: bytes, headers: dict[str, str]) -> tuple:
    r = client.post("/v1/review", content=body, headers=headers)
    kept = sorted((k, v) for k, v in r.headers.items() if k != "date")
    return r.status_code, kept, r.content


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("fastpath")
    with (
        TestClient(make_app(tmp, "fast", True, max_chars=2000)) as fast,
        TestClient(make_app(tmp, "slow", False, max_chars=2000)) as slow,
    ):
        yield fast, slow


def body(**fields: object) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode("utf-8")


CASES = [
    # answered by the plain route: valid bodies, with options
    (body(text=ZH), JSON),
    (body(text=EN), JSON),
    (body(text=EN), {"content-type": "application/json; charset=utf-8"}),
    (body(text=ZH), {"content-type": "Application/JSON"}),
    (
        body(text=EN, language="en", ui_language="zh", include_examples=True, severity={}),
        JSON,
    ),
    (body(text=ZH, select=["kr-"], ignore=["kr-is-task"]), JSON),
    (body(text=ZH, severity={"kr-is-task": "info"}), JSON),
    (body(text=EN, language="auto", ui_language=None, select=None), JSON),
    (
        body(draft={"objectives": [{"text": "Delight our customers", "key_results": ["NPS 45"]}]}),
        JSON,
    ),
    # errors the review raises, answered by the app's handler
    (body(text=""), JSON),
    (body(text="   \n "), JSON),
    (body(text="x" * 2001), JSON),
    (body(text="x" * 2001), {**JSON, "accept-language": "zh-CN"}),
    (body(text=EN, select=["no-such-rule"]), JSON),
    (body(text=EN, select=["no-such-rule"]), {**JSON, "accept-language": "zh"}),
    (body(draft={"objectives": "many"}), JSON),
    (body(draft=[]), JSON),
    # passed on to FastAPI's route
    (b"", JSON),
    (b"{", JSON),
    (b'{"text": "a"', {**JSON, "accept-language": "zh-CN,zh;q=0.9"}),
    (b"[]", JSON),
    (b"null", JSON),
    (b'"text"', JSON),
    (b"\xff\xfe{", JSON),
    (body(), JSON),
    (body(text=None), JSON),
    (body(text=ZH, draft={"objectives": []}), JSON),
    (body(text=3), JSON),
    (body(text=ZH, language="fr"), JSON),
    (body(text=ZH, extra=1), JSON),
    (body(text=ZH, select="kr-"), JSON),
    (body(text=ZH, include_examples="maybe"), JSON),
    (body(text=ZH, severity={"kr-is-task": "fatal"}), JSON),
    (body(text=ZH, **{"k" * 300: 1}), JSON),
    (body(text=ZH), {}),
    (body(text=ZH), {"content-type": "text/plain"}),
    (body(text=ZH), {"content-type": "application/vnd.api+json"}),
    (body(text=ZH), {"content-type": "application/json; charset=latin-1"}),
    (body(text=ZH), {"content-type": "multipart/form-data; boundary=x"}),
    (body(text=ZH).decode("utf-8").encode("utf-16"), JSON),
    # nested past json's depth: a body FastAPI cannot read, not a server error (decision 1683)
    (b'{"draft":' + b"[" * 5000 + b"]" * 5000 + b"}", JSON),
]


@pytest.mark.parametrize(("data", "headers"), CASES)
def test_same_answer_as_fastapis_route(pair, data, headers):
    fast, slow = pair
    assert answer(fast, data, headers) == answer(slow, data, headers)


@pytest.mark.parametrize("data", [body(text=ZH), body(text="x" * 2001), b"{"])
def test_same_answer_under_api_keys_and_cors(tmp_path, data):
    options = {"api_keys": ["k1"], "cors_origins": ["https://app.example"]}
    with (
        TestClient(make_app(tmp_path, "fast", True, max_chars=2000, **options)) as fast,
        TestClient(make_app(tmp_path, "slow", False, max_chars=2000, **options)) as slow,
    ):
        for headers in (
            JSON,
            {**JSON, "x-api-key": "k1"},
            {**JSON, "x-api-key": "k1", "origin": "https://app.example"},
            {**JSON, "x-api-key": "nope"},
        ):
            assert answer(fast, data, headers) == answer(slow, data, headers)
        # the body's size limit still comes first
        big = body(text="x" * 100_000)
        fa, sa = answer(fast, big, {**JSON, "x-api-key": "k1"}), answer(slow, big, JSON)
        assert fa[0] == 413 and fa == answer(slow, big, {**JSON, "x-api-key": "k1"})
        assert sa[0] == 401


def test_valid_bodies_skip_fastapis_route_and_others_reach_it(tmp_path, monkeypatch):
    async def reached(*args, **kwargs):
        raise LookupError("FastAPI's request handling")

    monkeypatch.setattr(fastapi.routing, "solve_dependencies", reached)
    with TestClient(make_app(tmp_path, "fast", True)) as client:
        assert client.post("/v1/review", json={"text": ZH}).status_code == 200
        assert client.post("/v1/review", json={"text": ""}).status_code == 422  # empty draft
        with pytest.raises(LookupError):
            client.post("/v1/review", json={"text": ZH, "extra": 1})
        with pytest.raises(LookupError):
            client.post("/v1/review", content=body(text=ZH), headers={"content-type": "text/plain"})


def test_openapi_still_describes_the_route(tmp_path):
    with (
        TestClient(make_app(tmp_path, "fast", True)) as fast,
        TestClient(make_app(tmp_path, "slow", False)) as slow,
    ):
        doc = fast.get("/openapi.json").json()
        assert doc == slow.get("/openapi.json").json()
        assert "requestBody" in doc["paths"]["/v1/review"]["post"]


def test_fastapis_native_telemetry_is_off_unless_asked(tmp_path):
    off = make_app(tmp_path, "off", True)
    on = make_app(tmp_path, "on", True, telemetry=True)
    if getattr(off, "_telemetry", None) is None:
        pytest.skip("this FastAPI has no native telemetry")
    assert not any(off._telemetry[k] for k in ("tracing", "metrics", "logs"))
    assert all(on._telemetry[k] for k in ("tracing", "metrics", "logs"))
    with TestClient(off) as client:
        assert client.post("/v1/review", json={"text": ZH}).status_code == 200

"""The page's lazy examples: /v1/review leaves them out, /v1/examples/similar serves them."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient

from service.app import create_app
from service.settings import Settings

DRAFT = "目标：本季度让客户爱上我们的服务（负责人：王芳）\n关键结果1：给潜在用户发一封邮件"


@pytest.fixture
def client(tmp_path):  # type: ignore[no-untyped-def]
    with TestClient(create_app(Settings(feedback_db=str(tmp_path / "fb.sqlite3")))) as c:
        yield c


def _examples(body: dict) -> list[str]:
    return [s["text"] for f in body["findings"] for s in f["suggestions"] if s["kind"] == "example"]


def test_review_leaves_examples_out_unless_asked(client: TestClient) -> None:
    plain = client.post("/v1/review", json={"text": DRAFT})
    assert plain.status_code == 200 and _examples(plain.json()) == []
    asked = client.post("/v1/review", json={"text": DRAFT, "include_examples": True})
    assert _examples(asked.json())


def test_similar_examples_for_one_finding_match_the_reviews(client: TestClient) -> None:
    body = client.post("/v1/review", json={"text": DRAFT, "include_examples": True}).json()
    finding = next(
        f for f in body["findings"] if any(s["kind"] == "example" for s in f["suggestions"])
    )
    fired = [f["rule_id"] for f in body["findings"] if f["target"] == finding["target"]]
    r = client.post(
        "/v1/examples/similar",
        json={
            "text": DRAFT,
            "target": finding["target"],
            "rule_id": finding["rule_id"],
            "rules": fired,
        },
    )
    assert r.status_code == 200, r.text
    got = r.json()
    assert got["target"] == finding["target"]
    assert [e["text"] for e in got["examples"]] == [
        s["text"] for s in finding["suggestions"] if s["kind"] == "example"
    ]
    first = got["examples"][0]
    assert first["match"] in ("metric", "function") and first["id"]


def test_similar_examples_say_what_is_wrong_with_a_request(client: TestClient) -> None:
    r = client.post(
        "/v1/examples/similar", json={"text": DRAFT, "target": "o1.kr9", "rule_id": "kr-is-task"}
    )
    assert r.status_code == 422 and r.json()["code"] == "bad_option"
    r = client.post(
        "/v1/examples/similar", json={"text": DRAFT, "target": "o1.kr1", "rule_id": "no-such"}
    )
    assert r.status_code == 404 and r.json()["code"] == "unknown_rule"
    # A rule that shows no examples: an empty answer, not an error.
    r = client.post(
        "/v1/examples/similar", json={"text": DRAFT, "target": "o1.kr1", "rule_id": "kr-no-owner"}
    )
    assert r.status_code == 200 and r.json()["examples"] == []

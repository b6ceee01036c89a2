"""Scores and the cycle as a workshop room reads them (ux43, tester43's leftovers): what a
folded finding costs, a vague objective's grade, an owner before role grades, a status colour in
the status section, the language tags a refusal lists; one section per fix."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def client():
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    with TestClient(create_app(Settings(warm_up=False))) as c:
        yield c


# -- 6396: a refused language lists the regional tags that are read too ---------------------------
@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/v1/review", "language"),
        ("/v1/review", "ui_language"),
        ("/v1/grade", "language"),
        ("/v1/checkin", "ui_language"),
    ],
)
def test_refused_language_lists_regional_tags(client, path: str, field: str) -> None:
    r = client.post(
        path, json={"text": "O: Win the harbour market\nKR1: Sign 5 ferries", field: "de"}
    )
    assert r.status_code == 422
    body = r.json()
    assert "en-GB" in body["messages"]["en"] and "zh-TW" in body["messages"]["en"], body
    assert "地区标签" in body["messages"]["zh"] and "zh-TW、" in body["messages"]["zh"], body
    assert "en-GB" in body["errors"][0]["msg"]


def test_listed_tags_are_taken(client) -> None:
    text = "O: Win the harbour market\nKR1: Sign 5 ferry operators by June"
    for tag in ("en-GB", "en-AU", "zh-TW", "zh-Hant", "zh-MO"):
        assert client.post("/v1/review", json={"text": text, "language": tag}).status_code == 200
    similar = {"text": text, "target": "o1.kr1", "rule_id": "kr-no-baseline", "language": "en-GB"}
    assert client.post("/v1/examples/similar", json=similar).status_code != 422

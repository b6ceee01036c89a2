"""The cycle's HTTP routes: /v1/grade, /v1/checkin, /v1/tree, /v1/convert, /v1/cycle/rules."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient

from coach.cycle.types import CheckinReport, GradeReport, TreeReport
from service.app import create_app
from service.settings import Settings
from tests.seed import seed_block

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "cycle"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = tmp_path_factory.mktemp("cycle") / "fb.sqlite3"
    with TestClient(create_app(Settings(feedback_db=str(db), warm_up=False))) as c:
        yield c


def test_grade_seed_template(client):
    r = client.post("/v1/grade", json={"text": seed_block("internet_template")})
    assert r.status_code == 200
    report = GradeReport.model_validate(r.json())
    assert report.grade == 0.57 and [f.rule_id for f in report.findings] == ["grade-off-scale"] * 2


def test_grade_from_a_csv_table(client):
    csv = "level,team,owner,objective,key_result,score,status\nteam,Growth,Ana,Keep new users,7-day retention from 35% to 50%,0.3,done\n"
    r = client.post("/v1/grade", json={"table": {"format": "csv", "content": csv}})
    body = r.json()
    assert r.status_code == 200 and body["grade"] == 0.3
    (f,) = [f for f in body["findings"] if f["rule_id"] == "grade-status-mismatch"]
    assert body["source_text"][f["span"]["start"] : f["span"]["end"]] == "score: 0.3, status: done"


def test_checkin_and_tree(client):
    text = (EXAMPLES / "checkin-zh.md").read_text(encoding="utf-8")
    r = client.post("/v1/checkin", json={"text": text, "ui_language": "en"})
    report = CheckinReport.model_validate(r.json())
    assert report.ui_language == "en" and report.tasks[0].link.target == "o1.kr1"
    r = client.post("/v1/tree", json={"text": seed_block("company_marketing_personal")})
    report = TreeReport.model_validate(r.json())
    assert report.roots == ["o1"] and len(report.factors) == 5
    docs = [
        {"name": p.name, "text": p.read_text(encoding="utf-8")}
        for p in sorted((EXAMPLES / "tree-en").glob("*.md"))
    ]
    r = client.post("/v1/tree", json={"documents": docs})
    assert r.status_code == 200 and r.json()["source_text"]


def test_convert_round_trip_xlsx(client):
    text = (EXAMPLES / "grade-en.md").read_text(encoding="utf-8")
    x = client.post("/v1/convert", json={"text": text, "to": "xlsx"}).json()
    assert x["encoding"] == "base64" and base64.b64decode(x["content"])[:2] == b"PK"
    md = client.post(
        "/v1/convert", json={"table": {"format": "xlsx", "content": x["content"]}, "to": "markdown"}
    ).json()
    again = client.post("/v1/convert", json={"text": md["content"], "to": "csv"}).json()
    first = client.post("/v1/convert", json={"text": text, "to": "csv"}).json()
    assert again["content"] == first["content"] and again["rows"] == 7


@pytest.mark.parametrize(
    ("path", "body", "status", "code"),
    [
        ("/v1/grade", {"text": "目标：提升\n关键结果1：NPS从30到45"}, 422, "no_grades"),
        (
            "/v1/grade",
            {"text": "x", "table": {"format": "csv", "content": "a"}},
            422,
            "invalid_request",
        ),
        ("/v1/grade", {"text": "O: a\nKR1: b 0.3 done\n" * 3000}, 413, "too_long"),
        (
            "/v1/grade",
            {"text": seed_block("internet_template"), "select": ["kr-"]},
            422,
            "bad_option",
        ),
        ("/v1/checkin", {"text": "本周关注的任务：\n- P1 上线"}, 422, "no_objective"),
        ("/v1/checkin", {"text": "目标：a\n关键结果1：NPS 45"}, 422, "no_checkin"),
        ("/v1/tree", {}, 422, "invalid_request"),
        (
            "/v1/convert",
            {"table": {"format": "xlsx", "content": "%%%"}, "to": "csv"},
            422,
            "invalid_structure",
        ),
        (
            "/v1/convert",
            {"table": {"format": "csv", "content": "colour\nred\n"}, "to": "csv"},
            422,
            "invalid_structure",
        ),
    ],
)
def test_errors(client, path, body, status, code):
    r = client.post(path, json=body)
    assert r.status_code == status, r.text
    assert r.json()["code"] == code and r.json()["detail"]


def test_rules_openapi_and_page(client):
    rules = client.get("/v1/cycle/rules").json()
    assert len(rules) == 22 and {r["family"] for r in rules} == {"grade", "checkin", "tree"}
    assert len(client.get("/v1/cycle/rules", params={"family": "tree"}).json()) == 3
    assert client.get("/v1/cycle/rules", params={"family": "draft"}).status_code == 422
    spec = client.get("/openapi.json").json()
    for path in ("/v1/grade", "/v1/checkin", "/v1/tree", "/v1/convert"):
        examples = spec["paths"][path]["post"]["requestBody"]["content"]["application/json"][
            "examples"
        ]
        assert {"zh", "en"} <= set(examples)
    page = client.get("/cycle")
    assert page.status_code == 200 and "/static/cycle.js" in page.text
    assert "<script>" not in page.text and "<style" not in page.text and " style=" not in page.text
    js = client.get("/static/cycle.js").text
    assert "eval(" not in js and "innerHTML" not in js

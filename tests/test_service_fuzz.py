"""No input makes the service answer 500: arbitrary text and JSON to /v1/review and /v2/check."""

from __future__ import annotations

import json
import tempfile
from importlib.util import find_spec
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.app import create_app
from service.settings import Settings

_APP = create_app(
    Settings(feedback_db=str(Path(tempfile.mkdtemp()) / "fb.db"), warm_up=False, max_chars=2000)
)
CLIENT = TestClient(_APP, raise_server_exceptions=False)

# Text that looks like OKRs often enough to reach the rules, with arbitrary characters mixed in.
LINE_STARTS = st.sampled_from(
    [
        "",
        "O: ",
        "O1：",
        "目标：",
        "Objective 2: ",
        "KR1: ",
        "关键结果1：",
        "- ",
        "1. ",
        "# ",
        "（1）",
    ]
)
LINES = st.tuples(LINE_STARTS, st.text(max_size=40)).map("".join)
DRAFTS = st.one_of(st.text(max_size=300), st.lists(LINES, max_size=8).map("\n".join))
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)
OPTIONS = st.fixed_dictionaries(
    {},
    optional={
        "language": st.sampled_from(["auto", "zh", "en", "fr", ""]),
        "ui_language": st.sampled_from(["zh", "en", "de", None]),
        "select": st.lists(st.sampled_from(["kr-", "objective-", "set-", "nope", ""]), max_size=3),
        "ignore": st.lists(st.sampled_from(["kr-", "objective-no-key-results", "x"]), max_size=3),
    },
)

FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _not_500(response) -> None:
    assert response.status_code < 500, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    if response.status_code >= 400:
        assert isinstance(body["detail"], str) and body["detail"]


@FUZZ
@given(text=DRAFTS, options=OPTIONS)
def test_review_text_never_500(text, options):
    _not_500(CLIENT.post("/v1/review", json={"text": text, **options}))


@FUZZ
@given(body=JSON_VALUES)
def test_review_arbitrary_json_never_500(body):
    if isinstance(body, dict) and "draft" in body and find_spec("coach.structured") is None:
        body.pop("draft")
    _not_500(CLIENT.post("/v1/review", json=body))


@pytest.mark.skipif(find_spec("coach.structured") is None, reason="no structured input parser yet")
@FUZZ
@given(draft=JSON_VALUES)
def test_review_structured_never_500(draft):
    _not_500(CLIENT.post("/v1/review", json={"draft": draft}))


@FUZZ
@given(
    text=DRAFTS,
    language=st.sampled_from(["auto", "zh-CN", "en-US", "en", "de-DE", "x"]),
    disabled=st.sampled_from(["", "OBJECTIVE_NO_KEY_RESULTS", "kr-is-task,foo"]),
    enabled_only=st.sampled_from(["false", "true"]),
)
def test_lt_check_never_500(text, language, disabled, enabled_only):
    form = {
        "text": text,
        "language": language,
        "disabledRules": disabled,
        "enabledRules": "objective-no-key-results",
        "enabledOnly": enabled_only,
    }
    _not_500(CLIENT.post("/v2/check", data=form))


@FUZZ
@given(
    data=st.one_of(
        st.text(max_size=100),
        JSON_VALUES.map(json.dumps),
        st.lists(
            st.one_of(
                st.builds(lambda t: {"text": t}, st.text(max_size=40)),
                st.builds(
                    lambda m, i: {"markup": m, "interpretAs": i},
                    st.text(max_size=10),
                    st.sampled_from(["", "\n", "\n\n"]),
                ),
                JSON_VALUES,
            ),
            max_size=6,
        ).map(lambda a: json.dumps({"annotation": a})),
    )
)
def test_lt_check_data_never_500(data):
    _not_500(CLIENT.post("/v2/check", data={"data": data, "language": "auto"}))

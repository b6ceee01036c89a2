"""Property-based API testing from the service's own OpenAPI schema (schemathesis): whatever
the schema allows — and much that it does not — is answered without a server error, with the
documented status codes, content types and response bodies that match the schema.

25 examples per operation in CI; for a long run (issue 14 asks for 10,000 examples):
    OKR_COACH_SCHEMATHESIS_EXAMPLES=2000 python -m pytest tests/test_schemathesis.py
(the five operations that take input × 2,000; the four without any run once)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("schemathesis")

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from service.app import create_app
from service.routes import STRUCTURED_INPUT
from service.settings import Settings


def no_server_error(ctx, response, case):
    """5xx is a failure, except 501 for structured drafts while this build has no parser for
    them (coach/structured.py), and 503 from the time budget (a slow, shared test machine)."""
    if response.status_code == 501 and not STRUCTURED_INPUT:
        return None
    if response.status_code == 503 and '"code":"timeout"' in response.text:
        return None
    return not_a_server_error(ctx, response, case)


CHECKS = [
    no_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


# The schema is read when the module is collected, so the app (and its feedback file) exist
# from then on; the file's directory goes away with the module's tests.
_TMP = tempfile.TemporaryDirectory(prefix="okr-coach-schemathesis-")
app = create_app(
    Settings(
        feedback_db=str(Path(_TMP.name) / "feedback.sqlite3"),
        warm_up=False,
        log_level="critical",
        feedback_rate_per_minute=0,  # fuzz the store, not the rate limit
    )
)
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@pytest.fixture(scope="module", autouse=True)
def _cleanup():
    yield
    _TMP.cleanup()


@schema.parametrize()
@settings(
    max_examples=int(os.environ.get("OKR_COACH_SCHEMATHESIS_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,  # the same examples every run: a failure here is reproducible
)
def test_api_conforms_to_its_schema(case):
    # the app's own time budget (503, allowed above) answers first; the harness's default read
    # timeout (10 s) is too short for a first review that loads the models on a busy machine
    case.call_and_validate(checks=CHECKS, timeout=120)

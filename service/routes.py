"""The routes: thin over `coach.review()` and the rule registry."""

from __future__ import annotations

import logging
from importlib.util import find_spec
from typing import Annotated, Any

from fastapi import APIRouter, Body, Form, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

import rules
from coach import __version__, parse, review
from coach.config import Config
from coach.errors import ConfigError, InputError, InputTooLarge
from coach.text import detect_language
from coach.types import Review
from service import catalog, lt
from service.feedback import FeedbackIn, FeedbackStore, FeedbackStored
from service.schemas import (
    LT_CHECK_EXAMPLES,
    REVIEW_EXAMPLES,
    ErrorBody,
    Health,
    Readiness,
    ReviewRequest,
)

log = logging.getLogger("okr_coach.service")

# Structured drafts need coach.structured; a build without it answers 501, never a crash.
STRUCTURED_INPUT = find_spec("coach.structured") is not None


class APIError(Exception):
    def __init__(self, status: int, code: str, detail: str) -> None:
        super().__init__(detail)
        self.status, self.code, self.detail = status, code, detail


ERRORS: dict[int | str, dict[str, Any]] = {
    413: {"model": ErrorBody, "description": "The draft is over the size limit."},
    422: {"model": ErrorBody, "description": "The draft or an option is invalid."},
}

v1 = APIRouter(prefix="/v1", tags=["review"])
v2 = APIRouter(prefix="/v2", tags=["LanguageTool-compatible"])
probes = APIRouter(tags=["probes"])


def run_review(
    request: Request, source: str | dict[str, Any] | list[Any], **options: Any
) -> Review:
    """review() with the service's limits; library errors become API errors."""
    config: Config = request.app.state.config
    if request.app.state.settings.log_drafts:
        log.info("draft: %r", source)
    try:
        return review(source, config=config, **options)
    except InputTooLarge as e:
        raise APIError(413, e.code, e.message) from None
    except InputError as e:
        raise APIError(422, e.code, e.message) from None
    except ConfigError as e:
        raise APIError(422, "bad_option", str(e)) from None


def json_response(model: BaseModel) -> Response:
    # The review is already validated: serialise it directly instead of re-validating it.
    return Response(model.model_dump_json(), media_type="application/json")


@v1.post("/review", response_model=Review, responses=ERRORS, summary="Review a draft OKR")
def post_review(
    request: Request,
    body: Annotated[ReviewRequest, Body(openapi_examples=REVIEW_EXAMPLES)],
) -> Response:
    """Review a draft (text as pasted, or structured) and return the review: objectives and key
    results with their checklists, findings with spans (Unicode code points) and suggestions,
    and scores."""
    if body.draft is not None and not STRUCTURED_INPUT:
        raise APIError(501, "not_implemented", "structured drafts are not supported by this build")
    source = body.text if body.text is not None else body.draft
    result = run_review(
        request,
        source,  # type: ignore[arg-type]
        language=body.language,
        ui_language=body.ui_language,
        select=body.select,
        ignore=body.ignore,
        severity=body.severity,
    )
    log.debug("reviewed %d objectives, %d findings", len(result.objectives), len(result.findings))
    return json_response(result)


@v1.get("/rules", response_model=list[catalog.RuleInfo], summary="The rule catalog")
def get_rules() -> list[catalog.RuleInfo]:
    return catalog.all_rules()


@v1.get(
    "/rules/{rule_id}",
    response_model=catalog.RuleDetail,
    responses={404: {"model": ErrorBody}},
    summary="One rule, with its examples",
)
def get_rule(rule_id: str) -> catalog.RuleDetail:
    rule = catalog.find_rule(rule_id)
    if rule is None:
        raise APIError(404, "unknown_rule", f"no rule {rule_id!r}; see GET /v1/rules")
    return catalog.rule_detail(rule)


@v1.get(
    "/examples",
    response_model=list[catalog.ExampleInfo],
    responses={404: {"model": ErrorBody}},
    summary="Workshop examples: good and bad, per rule and language",
)
def get_examples(
    rule: Annotated[str | None, Query(description="A rule id.")] = None,
    language: Annotated[str | None, Query(pattern="^(zh|en)$")] = None,
    bad: Annotated[bool | None, Query(description="Only bad (true) or good (false) ones.")] = None,
) -> list[catalog.ExampleInfo]:
    if rule is not None and catalog.find_rule(rule) is None:
        raise APIError(404, "unknown_rule", f"no rule {rule!r}; see GET /v1/rules")
    return catalog.examples(rule, language, bad)


@v1.post(
    "/feedback",
    response_model=FeedbackStored,
    status_code=201,
    responses={422: {"model": ErrorBody}},
    summary="Say whether a finding helped",
)
def post_feedback(request: Request, body: FeedbackIn) -> FeedbackStored:
    """Store one verdict on one finding. Only the fields sent are stored; `item_text` only
    when the person chooses to share it."""
    if catalog.find_rule(body.rule_id) is None:
        raise APIError(422, "unknown_rule", f"no rule {body.rule_id!r}; see GET /v1/rules")
    store: FeedbackStore = request.app.state.feedback
    return store.add(body)


@probes.get("/healthz", response_model=Health, summary="Liveness")
def healthz(request: Request) -> Health:
    return Health(version=__version__, ready=request.app.state.ready.is_set())


@probes.get(
    "/readyz",
    response_model=Readiness,
    responses={503: {"model": Readiness}},
    summary="Readiness: 200 once the start-up warm-up is done",
)
def readyz(request: Request) -> Response:
    state = request.app.state
    if state.ready.is_set():
        return JSONResponse(Readiness(ready=True).model_dump())
    detail = state.warmup_error or "warming up"
    return JSONResponse(Readiness(ready=False, detail=detail).model_dump(), status_code=503)


class LTCheckForm(BaseModel):
    """LanguageTool's /v2/check parameters (form-encoded). Parameters it has and the coach
    does not need (motherTongue, preferredVariants, level …) are accepted and ignored."""

    text: str | None = Field(None, description="The text to check.")
    data: str | None = Field(
        None, description='Annotated text: {"annotation":[{"text":…},{"markup":…}]}.'
    )
    language: str = Field("auto", description="auto, zh-CN, en-US, …")
    enabledRules: str | None = None
    disabledRules: str | None = None
    enabledCategories: str | None = None
    disabledCategories: str | None = None
    enabledOnly: str = "false"


def _category_rules(value: str | None) -> list[str]:
    wanted = {c.strip().upper() for c in (value or "").split(",") if c.strip()}
    targets = {t for t, cid in lt.CATEGORY_IDS.items() if cid in wanted}
    return [r.id for r in rules.registry().values() if r.target in targets]


@v2.get("/languages", response_model=list[lt.LTLanguageInfo], summary="Supported languages")
def get_languages() -> list[lt.LTLanguageInfo]:
    return lt.languages()


def _looks_like_okrs(text: str) -> bool:
    """Labelled objectives or key results, or an objective with a list of KRs under it."""
    try:
        draft = parse(text)
    except InputError:
        return True  # let the review report the problem (limits, control characters …)
    return any(o.label or o.key_results for o in draft.objectives)


@v2.post(
    "/check",
    response_model=lt.LTCheckResponse,
    responses=ERRORS,
    summary="Check text, LanguageTool style (offsets in UTF-16 code units)",
)
def post_check(
    request: Request,
    form: Annotated[LTCheckForm, Form(openapi_examples=LT_CHECK_EXAMPLES)],
) -> Response:
    if (form.text is None) == (form.data is None):
        raise APIError(422, "bad_option", "give exactly one of 'text' or 'data'")
    try:
        language = lt.code_language(form.language)
        doc = (
            lt.AnnotatedText.from_text(form.text)
            if form.text is not None
            else lt.AnnotatedText.from_data(form.data or "")
        )
        all_ids = list(rules.registry())
        enabled_only = form.enabledOnly.strip().lower() == "true"
        select, ignore = lt.rule_selection(
            all_ids, form.enabledRules, form.disabledRules, enabled_only
        )
    except InputError as e:
        raise APIError(422, e.code, e.message) from None
    ignore += _category_rules(form.disabledCategories)
    if enabled_only and form.enabledCategories:
        select = (select or []) + _category_rules(form.enabledCategories)
    detected = language if language != "auto" else detect_language(doc.plain)
    if not _looks_like_okrs(doc.plain):
        # An editor sends whatever is in it: a letter or a note is not a draft OKR, even though
        # the library would read a lone line as an objective.
        return JSONResponse(lt.check_response(None, doc, form.language, detected))
    try:
        result = run_review(request, doc.plain, language=language, select=select, ignore=ignore)
    except APIError as e:
        # An editor sends whatever is in it: text with no OKR in it has nothing to flag.
        if e.code in ("empty", "no_objective"):
            return JSONResponse(lt.check_response(None, doc, form.language, detected))
        raise
    return JSONResponse(lt.check_response(result, doc, form.language, result.language))

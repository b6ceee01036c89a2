"""The routes: thin over `coach.review()` and the rule registry."""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from importlib.util import find_spec
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Body, Form, Header, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

import rules
from coach import __version__, review
from coach.config import Config, short_repr
from coach.draft import Draft
from coach.errors import ConfigError, InputError, InputTooLarge
from coach.limits import check_key_results
from coach.markup import read_markup
from coach.parse import parse_text
from coach.render import render_markdown
from coach.review import _SOFT_BREAKS
from coach.text import detect_language, language_confidence, to_simplified
from coach.types import Review, json_bytes
from service import catalog, lt
from service.feedback import (
    IDEMPOTENCY_KEY,
    FeedbackIn,
    FeedbackStored,
    IdempotencyConflict,
    Store,
    StoreUnavailable,
)
from service.i18n import in_both
from service.middleware import RAW_BODY
from service.runner import Overloaded, Runner
from service.schemas import (
    LT_CHECK_EXAMPLES,
    REVIEW_EXAMPLES,
    ErrorBody,
    Health,
    InvalidRequestBody,
    Readiness,
    ReviewRequest,
    SimilarExample,
    SimilarRequest,
    SimilarResponse,
)

log = logging.getLogger("okr_coach.service")

# Structured drafts need coach.structured; a build without it answers 501, never a crash.
STRUCTURED_INPUT = find_spec("coach.structured") is not None


T = TypeVar("T")
# LanguageTool's `data` carries markup the review never sees: allow it this much room.
MARKUP_ALLOWANCE = 4


class APIError(Exception):
    """An error the service answers with its own body. `detail` is English and `detail_zh` the
    same in Chinese; the answer is in the language the client asks for (Accept-Language), and
    carries both in `messages`. An error from the library (`from_input`) is already worded in
    the review's interface language: that choice stands."""

    def __init__(
        self,
        status: int,
        code: str,
        detail: str,
        headers: dict[str, str] | None = None,
        detail_zh: str | None = None,
        chosen: str | None = None,
    ) -> None:
        super().__init__(detail)
        self.status, self.code, self.detail = status, code, detail
        self.detail_zh = detail_zh
        self.chosen = chosen  # the message already chosen for the client, if any
        self.headers = headers

    @classmethod
    def from_input(cls, status: int, e: InputError) -> APIError:
        # a message the library said in no chosen language (an empty draft, no ui_language)
        # follows the client's Accept-Language
        chosen = e.message if e.language is not None else None
        return cls(status, e.code, e.messages["en"], detail_zh=e.messages["zh"], chosen=chosen)

    def body(self, accept_language: str | None) -> tuple[str, dict[str, str] | None]:
        """The message for this client, and both languages (None when there is no Chinese)."""
        if self.detail_zh is None:
            return self.detail, None
        chosen, messages = in_both(accept_language, self.detail, self.detail_zh)
        return (self.chosen or chosen), messages


INVALID: dict[int | str, dict[str, Any]] = {
    422: {"model": InvalidRequestBody, "description": "The request or an option is invalid."},
}
TOO_LARGE: dict[int | str, dict[str, Any]] = {
    413: {"model": ErrorBody, "description": "The request is over the size limit."},
}
ERRORS: dict[int | str, dict[str, Any]] = {
    **TOO_LARGE,
    422: {"model": InvalidRequestBody, "description": "The draft or an option is invalid."},
    503: {
        "model": ErrorBody,
        "description": "The review ran over the time budget and was stopped (`timeout`), or "
        "too many are waiting (`busy`); `Retry-After` says when to try again.",
    },
}


def unknown_rule(status: int, rule_id: object) -> APIError:
    from rules.cycle import find as find_cycle_rule

    if isinstance(rule_id, str) and find_cycle_rule(rule_id) is not None:
        # "grade-missing": a rule of grading, the check-in or the tree, listed apart (tester36:
        # "no rule 'grade-missing'" read as if it did not exist; `okr-coach explain` finds it)
        return APIError(
            status,
            "unknown_rule",
            f"{short_repr(rule_id)} is a grading, check-in or tree rule, not a draft review "
            "rule: see GET /v1/cycle/rules",
            detail_zh=f"{short_repr(rule_id)} 是季度打分、周检查或目标树的规则，不是草稿评审的规则："
            "见 GET /v1/cycle/rules。",
        )
    close = _close_rule_ids(rule_id)
    if close:  # "KR-IS-TASK", "kr-is-tsk": the id meant, as the command line names it
        return APIError(
            status,
            "unknown_rule",
            f"no rule {short_repr(rule_id)}; did you mean {', '.join(close)}?",
            detail_zh=f"没有规则 {short_repr(rule_id)}；是不是 {'、'.join(close)}？",
        )
    return APIError(
        status,
        "unknown_rule",
        f"no rule {short_repr(rule_id)}; see GET /v1/rules",
        detail_zh=f"没有规则 {short_repr(rule_id)}；规则列表见 GET /v1/rules。",
    )


def _close_rule_ids(rule_id: object) -> list[str]:
    """The catalog's ids nearest a rule id it does not have (coach.catalog.find_rule's)."""
    from coach.catalog import UnknownRuleError, find_rule

    if not isinstance(rule_id, str) or len(rule_id) > 200:
        return []
    try:
        find_rule(rule_id)
    except UnknownRuleError as e:
        return list(e.close)
    return []


def too_long(request: Request, n: int, what: str = "draft") -> APIError:
    limit = request.app.state.config.max_chars
    return APIError(
        413,
        "too_long",
        f"the {what} has {n:,} characters; the limit is {limit:,}. "
        "Review one team's OKRs at a time.",
        detail_zh=f"内容有 {n:,} 个字符，上限是 {limit:,}。请一次评审一个团队的OKR。",
    )


def check_size(request: Request, text: str | None, what: str = "draft", factor: int = 1) -> None:
    """413 before any parsing or reviewing when `text` is over the character limit."""
    if text is not None and len(text) > request.app.state.config.max_chars * factor:
        raise too_long(request, len(text), what)


def structured_size(value: object) -> int:
    """Characters of all the strings in a structured draft (iteratively: no recursion limit)."""
    total, todo = 0, [value]
    while todo:
        v = todo.pop()
        if isinstance(v, str):
            total += len(v)
        elif isinstance(v, dict):
            todo.extend(v.keys())
            todo.extend(v.values())
        elif isinstance(v, list):
            todo.extend(v)
    return total


async def within_budget(request: Request, work: Callable[[], T]) -> T:
    """Run `work` (a review: CPU-bound) on the review threads under the time budget of
    `request_timeout_s`, counted from now. Over it, the review is stopped (service/runner.py)
    and the request is answered 503; so is a request that finds too many waiting."""
    runner: Runner = request.app.state.reviews
    try:
        return await runner.run(work)
    except Overloaded as e:
        headers = {"Retry-After": str(e.retry_after)}
        if e.reason == "busy":
            raise APIError(
                503,
                "busy",
                f"the service is busy ({runner.waiting} reviews waiting); "
                f"try again in {e.retry_after} s",
                headers=headers,
                detail_zh=f"服务正忙（{runner.waiting} 个评审在排队）；请 {e.retry_after} 秒后再试。",
            ) from None
        raise APIError(
            503,
            "timeout",
            f"the review took longer than the time budget ({e.budget:g} s) and was stopped; "
            "try a shorter draft, or try again later",
            headers=headers,
            detail_zh=f"评审超过了时间预算（{e.budget:g} 秒），已停止；请缩短草稿，或稍后再试。",
        ) from None


# Every /v1 and /v2 route answers a request that does not fit it with 422 and the service's
# own error body (not FastAPI's default one, which the handler in app.py replaces).
v1 = APIRouter(prefix="/v1", tags=["review"], responses=INVALID)
v2 = APIRouter(prefix="/v2", tags=["LanguageTool-compatible"], responses=INVALID)
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
        raise APIError.from_input(413, e) from None
    except InputError as e:
        raise APIError.from_input(422, e) from None
    except ConfigError as e:
        raise APIError(422, "bad_option", str(e), detail_zh=e.message_zh) from None


@v1.post(
    "/review",
    response_model=Review,
    responses={
        **ERRORS,
        501: {"model": ErrorBody, "description": "Structured drafts: not in this build."},
    },
    summary="Review a draft OKR",
)
async def post_review(
    request: Request,
    body: Annotated[ReviewRequest, Body(openapi_examples=REVIEW_EXAMPLES)],
) -> Response:
    """Review a draft (text as pasted, or structured) and return the review: objectives and key
    results with their checklists, findings with spans (Unicode code points) and suggestions,
    and scores."""
    return await answer_review(request, body)


async def answer_review(request: Request, body: ReviewRequest) -> Response:
    """POST /v1/review once its body is valid: the route's work, shared with the plain ASGI
    path in front of FastAPI's (service/fastpath.py), which takes the requests it can."""
    if body.draft is not None and not STRUCTURED_INPUT:
        raise APIError(
            501,
            "not_implemented",
            "structured drafts are not supported by this build",
            detail_zh="此版本不支持结构化草稿。",
        )
    check_size(request, body.text)
    if (
        body.draft is not None
        and (n := structured_size(body.draft)) > request.app.state.config.max_chars
    ):
        raise too_long(request, n)
    source = body.text if body.text is not None else body.draft

    def work() -> bytes:
        result = run_review(
            request,
            source,  # type: ignore[arg-type]
            language=body.language,
            ui_language=body.ui_language,
            select=body.select,
            ignore=body.ignore,
            severity=body.severity,
            include_examples=body.include_examples,
        )
        log.debug(
            "reviewed %d objectives, %d findings", len(result.objectives), len(result.findings)
        )
        # Serialised in the worker thread too: it is CPU work, and the review is already valid.
        # Straight to the UTF-8 bytes sent: `model_dump_json` is these bytes decoded to a str,
        # which the response would then encode again (0.2 M instructions a request).
        return json_bytes(result)

    return Response(await within_budget(request, work), media_type="application/json")


class ExportRequest(ReviewRequest):
    """A review request, and the format of the report to return."""

    format: Literal["markdown"] = Field(
        "markdown",
        description="The report's format: Markdown, as `okr-coach review --format "
        "markdown` prints it.",
    )


@v1.post(
    "/export",
    response_class=Response,
    responses={
        200: {"content": {"text/markdown": {}}, "description": "The report."},
        **ERRORS,
        501: {"model": ErrorBody, "description": "Structured drafts: not in this build."},
    },
    summary="Review a draft and return the report as Markdown",
)
async def post_export(request: Request, body: ExportRequest) -> Response:
    """The same review as `POST /v1/review`, as the Markdown report the command line's
    `--format markdown` prints (the web page's "Export Markdown")."""
    reviewed = await post_review(request, ReviewRequest(**body.model_dump(exclude={"format"})))
    result = Review.model_validate_json(bytes(reviewed.body))
    source = body.text if body.text is not None else (result.source_text or "")
    return Response(
        render_markdown(result, source),
        media_type="text/markdown; charset=utf-8",
        headers={"Content-Disposition": 'inline; filename="okr-review.md"'},
    )


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
        raise unknown_rule(404, rule_id)
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
        raise unknown_rule(404, rule)
    return catalog.examples(rule, language, bad)


@v1.post(
    "/examples/similar",
    response_model=SimilarResponse,
    responses={**ERRORS, 404: {"model": ErrorBody, "description": "No such rule."}},
    summary="Similar well-written examples for one finding",
)
async def post_similar_examples(request: Request, body: SimilarRequest) -> SimilarResponse:
    """Up to three examples from the curated library for one finding of a review, as the
    review adds them with `include_examples` (the page asks when a finding is opened): ranked
    by the metric and function the item is about, then by meaning, above a similarity floor;
    never one with the finding's flaw (nor with another flaw in `rules`), never the item."""
    from coach import examples

    check_size(request, body.text)
    if catalog.find_rule(body.rule_id) is None:
        raise unknown_rule(404, body.rule_id)
    config: Config = request.app.state.config

    def work() -> SimilarResponse:
        try:
            found = examples.for_finding(
                body.text,
                body.target,
                body.rule_id,
                tuple(body.rules or ()),
                body.language,
                config,
            )
        except InputTooLarge as e:
            raise APIError.from_input(413, e) from None
        except InputError as e:
            raise APIError.from_input(422, e) from None
        return SimilarResponse(
            target=body.target,
            examples=[SimilarExample(**vars(e)) for e in found],
        )

    return await within_budget(request, work)


STORE_ERRORS: dict[int | str, dict[str, Any]] = {
    200: {
        "model": FeedbackStored,
        "description": "A retry with an Idempotency-Key already stored: the stored record.",
    },
    429: {
        "model": ErrorBody,
        "description": "Too much feedback from this client; see Retry-After.",
    },
    503: {
        "model": ErrorBody,
        "description": "The feedback store cannot take it now (full disk, read-only or damaged "
        "file, a lock held too long, the database unreachable); see Retry-After.",
    },
}
STORE_RETRY_S = 30


def _client_key(request: Request) -> str:
    """Who the rate limit counts: the API key when keys are on, else the client's address."""
    key = request.headers.get("x-api-key")
    if key and request.app.state.settings.api_keys:
        return "key:" + hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()[:16]
    return "addr:" + (request.client.host if request.client else "unknown")


async def in_store(request: Request, work: Callable[[], T]) -> T:
    """Run a feedback-store call on the store's own threads; its faults become 503."""
    runner: Runner = request.app.state.feedback_runner
    retry = {"Retry-After": str(STORE_RETRY_S)}
    try:
        return await runner.run(work)
    except Overloaded as e:
        raise APIError(
            503,
            "store_busy",
            "the feedback store did not answer in time; try again later",
            detail_zh="反馈存储没有及时响应；请稍后再试。",
            headers={"Retry-After": str(max(e.retry_after, STORE_RETRY_S))},
        ) from None
    except StoreUnavailable as e:
        log.error("feedback store: %s", e)
        raise APIError(
            503,
            "store_unavailable",
            f"feedback cannot be stored now: {e}",
            headers=retry,
            detail_zh="反馈暂时无法保存；请稍后再试。",
        ) from None


@v1.post(
    "/feedback",
    response_model=FeedbackStored,
    status_code=201,
    responses={**TOO_LARGE, **INVALID, **STORE_ERRORS},
    summary="Say whether a finding helped",
)
async def post_feedback(
    request: Request,
    body: FeedbackIn,
    idempotency_key: Annotated[
        str | None,
        Header(
            alias="Idempotency-Key",
            max_length=200,
            pattern=IDEMPOTENCY_KEY.pattern,
            description="Any unique string (a UUID): a retry with the same key and record "
            "returns the stored record (200) instead of storing it twice.",
        ),
    ] = None,
) -> Response:
    """Store one verdict on one finding. Only the fields sent are stored; `item_text` only
    when the person chooses to share it."""
    if catalog.find_rule(body.rule_id) is None:
        raise unknown_rule(422, body.rule_id)
    wait = request.app.state.feedback_limiter.take(_client_key(request))
    if wait > 0:
        retry = request.app.state.feedback_limiter.retry_after(wait)
        raise APIError(
            429,
            "rate_limited",
            f"too much feedback from this client; try again in {retry} s",
            headers={"Retry-After": str(retry)},
            detail_zh=f"这个客户端提交的反馈太多了；请 {retry} 秒后再试。",
        )
    store: Store = request.app.state.feedback
    try:
        stored = await in_store(request, lambda: store.add(body, idempotency_key))
    except IdempotencyConflict:
        raise APIError(
            422,
            "idempotency_key_reused",
            "this Idempotency-Key was used before with a different record; use a new key",
            detail_zh="这个 Idempotency-Key 之前已用于另一条记录；请换一个新的。",
        ) from None
    return JSONResponse(stored.model_dump(), status_code=200 if stored.replayed else 201)


@probes.head("/healthz", include_in_schema=False)
@probes.get("/healthz", response_model=Health, summary="Liveness")
def healthz(request: Request) -> Health:
    return Health(version=__version__, ready=request.app.state.ready.is_set())


STORE_HEALTH_TTL_S = 2.0


async def store_health(request: Request) -> str:
    """'ok', or why the feedback store cannot take a write now (checked at most every 2 s)."""
    state = request.app.state
    at, status = state.store_health
    if time.monotonic() - at < STORE_HEALTH_TTL_S:
        return status
    store: Store = state.feedback
    try:
        problem = await state.feedback_runner.run(store.health, budget_s=2.0)
        status = problem or "ok"
    except Overloaded:
        status = "the feedback store did not answer within 2 s"
    state.store_health = (time.monotonic(), status)
    return status


@probes.head("/readyz", include_in_schema=False)
@probes.get(
    "/readyz",
    response_model=Readiness,
    responses={503: {"model": Readiness}},
    summary="Readiness: 200 once the start-up warm-up is done; reports the feedback store",
)
async def readyz(request: Request) -> Response:
    state = request.app.state
    store = await store_health(request)
    store_ok = store == "ok" or not state.settings.ready_requires_store
    if state.ready.is_set() and store_ok:
        return JSONResponse(Readiness(ready=True, feedback_store=store).model_dump())
    detail = (
        (state.warmup_error or "warming up")
        if not state.ready.is_set()
        else f"feedback store: {store}"
    )
    return JSONResponse(
        Readiness(ready=False, detail=detail, feedback_store=store).model_dump(), status_code=503
    )


class LTCheckForm(BaseModel):
    """LanguageTool's /v2/check parameters (form-encoded). Parameters it has and the coach
    does not need (motherTongue, preferredVariants, level …) are accepted and ignored."""

    text: str | None = Field(None, description="The text to check.")
    data: str | None = Field(
        None, description='Annotated text: {"annotation":[{"text":…},{"markup":…}]}.'
    )
    language: str = Field(
        "auto",
        max_length=35,
        pattern=r"^(auto|[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8}){0,3})$",
        description="auto, zh-CN, en-US, en-GB, zh-TW, zh-HK, … (a language code: letters, digits and dashes; Traditional Chinese tags are checked by the Chinese review).",
    )
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


def _outline(text: str, config: Config) -> Draft:
    """The draft's objectives and key results as `coach.parse` reads them, without the
    annotation it adds (every item's facts: about two thirds of a parse's time, which the
    review that follows spends on its own reading anyway). The same steps as `coach.parse`
    for text up to its annotation; tests/test_lt_compat.py checks the two agree."""
    breaks = text.translate(_SOFT_BREAKS)
    shown = read_markup(breaks) if len(breaks) <= config.max_chars else breaks
    draft = parse_text(to_simplified(shown), config.max_chars, config.max_objectives)
    check_key_results(draft, config)
    return draft


def _looks_like_okrs(text: str) -> bool:
    """Labelled objectives or key results, or an objective with a list of KRs under it."""
    try:
        draft = _outline(text, Config())
    except InputError:
        return True  # let the review report the problem (limits, control characters …)
    found = any(o.label or o.key_results for o in draft.objectives)
    draft.unlink()  # freed now, not by the cyclic garbage collector (coach.heap)
    return found


@v2.post(
    "/check",
    response_model=lt.LTCheckResponse,
    responses=ERRORS,
    summary="Check text, LanguageTool style (offsets in UTF-16 code units)",
)
async def post_check(
    request: Request,
    form: Annotated[LTCheckForm, Form(openapi_examples=LT_CHECK_EXAMPLES)],
) -> Response:
    if form.text is None and form.data is None:
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media not in ("application/x-www-form-urlencoded", "multipart/form-data"):
            # A JSON body or bare text reads as an empty form: say what the route takes
            # (decision 1543), not that the fields are missing.
            raise APIError(
                422,
                "bad_option",
                f"/v2/check takes LanguageTool's form (Content-Type: "
                f"application/x-www-form-urlencoded or multipart/form-data), not "
                f"{media or 'a body without a Content-Type'}; send JSON to /v1/review",
                detail_zh=f"/v2/check 接收 LanguageTool 的表单（Content-Type："
                f"application/x-www-form-urlencoded 或 multipart/form-data），而不是 "
                f"{media or '没有 Content-Type 的请求体'}；JSON 请发到 /v1/review。",
            )
        if "text" in request.query_params or "data" in request.query_params:
            raise APIError(
                422,
                "bad_option",
                "'text' or 'data' came in the URL's query string: /v2/check reads them from the "
                "form in the request body (application/x-www-form-urlencoded)",
                detail_zh="'text' 或 'data' 放在了 URL 的查询字符串里：/v2/check 从请求体的表单"
                "（application/x-www-form-urlencoded）里读取它们。",
            )
        # an empty form field arrives as None: say so, rather than "exactly one of"
        raise APIError(
            422,
            "bad_option",
            "'text' and 'data' are both missing or empty: give the text to check in one of them",
            detail_zh="'text' 和 'data' 都没有给出或为空：请在其中一个里给出要检查的文本。",
        )
    if form.text is not None and form.data is not None:
        raise APIError(
            422,
            "bad_option",
            "give exactly one of 'text' or 'data', not both",
            detail_zh="请只给出 'text' 和 'data' 其中之一，不要两个都给。",
        )
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media == "application/x-www-form-urlencoded":  # multipart fields are read as UTF-8
        try:
            text, data = lt.utf8_sent_raw(form.text), lt.utf8_sent_raw(form.data)
            lt.raw_form_is_utf8(request.scope.get(RAW_BODY), text, data)
        except InputError as e:
            raise APIError.from_input(422, e) from None
        form = form.model_copy(update={"text": text, "data": data})
    check_size(request, form.text, "text")
    check_size(request, form.data, "data", factor=MARKUP_ALLOWANCE)
    return JSONResponse(await within_budget(request, lambda: _check(request, form)))


def _check(request: Request, form: LTCheckForm) -> dict[str, Any]:
    """The LanguageTool-style check, in a worker thread: parse, review, convert offsets."""
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
        raise APIError.from_input(422, e) from None
    check_size(request, doc.plain, "text")
    ignore += _category_rules(form.disabledCategories)
    if enabled_only and form.enabledCategories:
        select = (select or []) + _category_rules(form.enabledCategories)
    # LanguageTool's detectedLanguage is what the text is, whatever language was asked for
    detected = detect_language(doc.plain)
    confidence = language_confidence(doc.plain)
    asked = form.language
    if language not in ("auto", detected) and confidence >= lt.CERTAIN:
        # Editors and browser add-ons send their own default (often en-US) with any text: the
        # coach's rules are per language, so English rules on a plainly Chinese draft (or
        # Chinese ones on an English draft) find nothing useful. The text's language is used
        # and `language` says so, as LanguageTool's response names the language it checked in
        # (decision 1980).
        language, asked = "auto", "auto"
    if not _looks_like_okrs(doc.plain):
        # An editor sends whatever is in it: a letter or a note is not a draft OKR, even though
        # the library would read a lone line as an objective.
        return lt.check_response(None, doc, asked, detected, confidence)
    try:
        result = run_review(request, doc.plain, language=language, select=select, ignore=ignore)
    except APIError as e:
        # An editor sends whatever is in it: text with no OKR in it has nothing to flag.
        if e.code in ("empty", "no_objective"):
            return lt.check_response(None, doc, asked, detected, confidence)
        raise
    return lt.check_response(
        result, doc, asked, result.language if language == "auto" else detected, confidence
    )

"""The FastAPI application factory: `uvicorn --factory service.app:create_app`."""

from __future__ import annotations

import inspect
import logging
import re
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from coach import __version__
from coach.config import Config
from service.cycle_routes import cycle
from service.docs import install_docs
from service.fastpath import ReviewFastPath
from service.feedback import open_store
from service.i18n import in_both
from service.middleware import APIKeyMiddleware, BodyGuardMiddleware, SecurityHeadersMiddleware
from service.ratelimit import RateLimiter
from service.routes import APIError, probes, v1, v2
from service.runner import Runner
from service.settings import Settings

log = logging.getLogger("okr_coach.service")
STATIC = Path(__file__).parent / "static"

DESCRIPTION = """
A bilingual (简体中文 / English) writing coach for OKRs. `POST /v1/review` returns, per objective
and key result, which OKR principles hold, what is wrong and why, and how to rewrite it.
Spans are Unicode code-point offsets into the draft. `/v2/check` speaks LanguageTool's protocol
(offsets in UTF-16 code units) so existing LanguageTool clients can use the coach.

一个中英双语的 OKR 写作教练：粘贴草稿，按目标和关键结果逐条检查 OKR 原则，指出问题、原因和改写建议。
"""


def warm_up(app: FastAPI) -> None:
    """Load the tokenizers, the rules, the classifier, the encoder's stand-in (coach.sketch)
    and, when the alignment rules are on, the sentence encoder once, then say ready. Without
    them no review calls the encoder: the cycle pages that read it load it on first use."""
    try:
        from coach import classifier, examples, review, sketch
        from coach.heap import settle
        from coach.nlp import warm_up as nlp_warm_up

        config = app.state.config
        nlp_warm_up()
        review("目标：本季度提升客户满意度\n关键结果1：NPS 从 30 提升到 45", config=config)
        review("Objective: Delight our customers\nKR1: Raise NPS from 30 to 45", config=config)
        if config.semantic and config.use_model:
            sketch.embed("warm up")
            examples.flaw_table()  # the library's flaw verdicts, when written for this code
        if config.semantic and config.use_model and config.semantic_alignment:
            classifier.embed_many(["预热", "warm up"])
        settle()  # what is loaded stays: full collections stop walking it (coach.heap)
        app.state.ready.set()
        log.info("warm-up done: ready")
    except Exception as e:  # the service stays up and says why it is not ready
        app.state.warmup_error = f"warm-up failed: {type(e).__name__}"
        log.exception("warm-up failed")


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    if app.state.settings.warm_up:
        threading.Thread(target=warm_up, args=(app,), name="okr-coach-warm-up", daemon=True).start()
    else:
        app.state.ready.set()
    yield
    app.state.reviews.close()
    app.state.feedback_runner.close()


# An error message says what is wrong; it never carries a whole bad value back.
MAX_DETAIL = 500
MAX_LOC_PART = 40
MAX_FIELD_ERRORS = 20


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _error(
    status: int, code: str, detail: str, headers: dict[str, str] | None = None, **extra: object
) -> JSONResponse:
    return JSONResponse(
        {"detail": _clip(detail, MAX_DETAIL), "code": code, **extra},
        status_code=status,
        headers=headers,
    )


_HTTP_ZH = {
    404: "没有这个地址。",
    405: "这个地址不支持该请求方法。",
    406: "无法按请求的格式回答。",
    415: "不支持这种请求体格式。",
}


def _both(
    request: Request, status: int, code: str, detail: str, detail_zh: str, **extra: object
) -> JSONResponse:
    """An error in the client's language (Accept-Language), with both in `messages`."""
    chosen, messages = in_both(
        request.headers.get("accept-language"), _clip(detail, MAX_DETAIL), detail_zh
    )
    return _error(status, code, chosen, messages=messages, **extra)


async def api_error(request: Request, exc: APIError) -> JSONResponse:
    detail, messages = exc.body(request.headers.get("accept-language"))
    extra = {"messages": messages} if messages else {}
    return _error(exc.status, exc.code, detail, exc.headers, **extra)


def _not_json(request: Request) -> bool:
    """The request names no content type, or one that is not JSON (application/json, …+json):
    FastAPI reads the body as JSON only under a JSON type."""
    given = request.headers.get("content-type") or ""
    media = given.partition(";")[0].strip().lower()
    return media != "application/json" and not media.endswith("+json")


# A pattern that only lists the values a parameter takes ("^(zh|en)$", "^(grade|checkin|tree)$")
_CHOICES = re.compile(r"\^\(([\w-]+(?:\|[\w-]+)+)\)\$")


def _choices_said(error: Any) -> str | None:
    """ "Input should be 'zh' or 'en'" for a value that missed a pattern listing the values
    (tester32: GET /v1/examples?language=fr said "String should match pattern '^(zh|en)$'",
    a regular expression where a person needs the choices); None for any other error."""
    if error.get("type") != "string_pattern_mismatch":
        return None
    found = _CHOICES.fullmatch(str((error.get("ctx") or {}).get("pattern", "")))
    if found is None:
        return None
    values = [f"'{v}'" for v in found.group(1).split("|")]
    return "Input should be " + ", ".join(values[:-1]) + " or " + values[-1]


# pydantic's error types said in Chinese ({…} from the error's ctx); any other type keeps the
# English words after "不符合要求：" (tester33: the Chinese summary named the field only).
_ZH_ERRORS = {
    "missing": "缺少这个字段",
    "extra_forbidden": "不接受这个字段",
    "string_type": "应为字符串",
    "string_too_short": "太短：至少 {min_length} 个字符",
    "string_too_long": "太长：最多 {max_length} 个字符",
    "int_type": "应为整数",
    "int_parsing": "应为整数",
    "int_from_float": "应为整数",
    "float_type": "应为数字",
    "float_parsing": "应为数字",
    "bool_type": "应为 true 或 false",
    "bool_parsing": "应为 true 或 false",
    "list_type": "应为列表（数组）",
    "dict_type": "应为对象",
    "model_type": "应为对象",
    "model_attributes_type": "应为对象",
    "literal_error": "取值应为 {expected}",
    "enum": "取值应为 {expected}",
    "greater_than": "应大于 {gt}",
    "greater_than_equal": "应不小于 {ge}",
    "less_than": "应小于 {lt}",
    "less_than_equal": "应不大于 {le}",
    "too_short": "太少：至少 {min_length} 项",
    "too_long": "太多：最多 {max_length} 项",
    "none_required": "应为 null",
}


def _zh_list(values: str) -> str:
    """ "'a', 'b' or 'c'" as Chinese lists it: "'a'、'b' 或 'c'"."""
    return values.replace("', '", "'、'").replace(" or ", " 或 ")


# pydantic's name for one member of a union type, as the last part of an error's location
# ("draft", "dict[str,any]"): no words for a person
_UNION_MEMBER = re.compile(r"(?:dict|list|tuple|set|frozenset)\[.{0,40}\]|str|int|float|bool")
# what each member type asks for, by pydantic's error type without "_type"/"_parsing", in
# English and in Chinese
_MEMBER_EN = {"dict": "a JSON object", "list": "a list", "string": "a string"}
_MEMBER_EN |= {"int": "a whole number", "float": "a number", "bool": "true or false"}
_MEMBER_ZH = {"dict": "对象", "list": "列表（数组）", "string": "字符串", "int": "整数"}
_MEMBER_ZH |= {"float": "数字", "bool": "true 或 false"}


# Rule ids of each cycle route's own, for a hint ("select": [...])
_ROUTE_IDS = {
    "grade": '"grade-missing", "grade-"',
    "checkin": '"checkin-p3-task", "checkin-"',
    "tree": '"tree-link-unstated", "tree-"',
}


def _union_merged(errors: list[dict[str, Any]], raw: list[Any]) -> tuple[list[Any], list[Any]]:
    """One error for a field of a union type, in place of one per member (tester40: a string
    sent as "draft" said "draft.dict[str,any]: Input should be a valid dictionary;
    draft.list[any]: Input should be a valid list"): "draft: Input should be a JSON object or a
    list", with the type "union_type"."""
    out: list[dict[str, Any]] = []
    out_raw: list[Any] = []
    merged: dict[tuple[str, ...], int] = {}
    for e, r in zip(errors, raw, strict=False):
        loc = e["loc"]
        kind = e["type"].removesuffix("_type").removesuffix("_parsing")
        said = (_MEMBER_EN[kind], _MEMBER_ZH[kind]) if kind in _MEMBER_EN else None
        if len(loc) < 3 or said is None or not _UNION_MEMBER.fullmatch(loc[-1]):
            out.append(e)
            out_raw.append(r)
            continue
        key = tuple(loc[:-1])
        if key not in merged:
            merged[key] = len(out)
            out.append({"loc": list(key), "msg": "", "type": "union_type", "said": []})
            out_raw.append({"type": "union_type", "said_zh": []})
        i = merged[key]
        out[i]["said"].append(said[0])
        out_raw[i]["said_zh"].append(said[1])
    for e, r in zip(out, out_raw, strict=False):
        if e["type"] == "union_type":
            e["msg"] = "Input should be " + " or ".join(dict.fromkeys(e.pop("said")))
            r["msg"] = e["msg"]
    return out, out_raw


# The routes whose "language" and "ui_language" read a regional tag as zh or en
# (service.schemas.regional_language)
_REGIONAL_ROUTES = frozenset({"review", "export", "grade", "checkin", "tree", "similar"})
_REGIONAL_TAGS = ("zh-CN", "zh-Hans", "zh-TW", "zh-HK", "zh-MO", "zh-Hant", "en-US", "en-GB")


def _regional_said(request: Request, errors: list[dict[str, Any]], raw: list[Any]) -> list[Any]:
    """A language option refused lists the regional tags read as zh or en too (ux43: "fr" on
    /v1/review said only "Input should be 'auto', 'zh' or 'en'", though "en-GB" and "zh-TW"
    are taken); the raw errors, those marked for the Chinese."""
    if request.url.path.rsplit("/", 1)[-1] not in _REGIONAL_ROUTES:
        return raw
    out = list(raw)
    for i, e in enumerate(errors):
        if e["type"] == "literal_error" and e["loc"][1:] in (["language"], ["ui_language"]):
            tags = ", ".join(_REGIONAL_TAGS)
            e["msg"] += f", or a regional tag read as one of them: {tags}, any en-…"
            if i < len(out) and isinstance(out[i], dict):
                out[i] = {**out[i], "regional": True}
    return out


def _zh_said(error: Any, english: str) -> str:
    """What is wrong with one field, in Chinese."""
    kind = str(error.get("type", ""))
    if kind == "literal_error" and error.get("regional"):
        expected = _zh_list(str((error.get("ctx") or {}).get("expected", "")))
        return (
            f"取值应为 {expected}，或读作其中之一的地区标签：{'、'.join(_REGIONAL_TAGS)}、任何 en-…"
        )
    ctx = {k: _zh_list(str(v)) for k, v in (error.get("ctx") or {}).items()}
    if kind == "string_pattern_mismatch":
        choices = _choices_said(error)
        return (
            "取值应为 " + _zh_list(choices.removeprefix("Input should be "))
            if choices
            else "格式不符合要求"
        )
    if kind == "union_type":
        return "应为" + "或".join(dict.fromkeys(error.get("said_zh", [])))
    template = _ZH_ERRORS.get(kind)
    if template is not None:
        try:
            return template.format(**ctx)
        except (KeyError, IndexError):
            pass
    english = english.removeprefix("Value error, ")
    if english.startswith("give exactly one of "):  # the bodies' own checks (schemas.py …)
        return "请只给出其中一个：" + "、".join(re.findall(r"'[^']+'", english))
    return f"不符合要求：{english}"


# The routes whose body is a draft's "text" (or a table, or a structured draft)
_TEXT_ROUTES = frozenset({"review", "export", "grade", "checkin", "tree", "convert"})


def _install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(APIError, api_error)  # type: ignore[arg-type]

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        # Say where and what, but never echo the input back (it may be a whole draft).
        errors = [
            {
                # a location can be a key of the client's own (a 250 KB one, say): clipped
                "loc": [_clip(str(p), MAX_LOC_PART) for p in e.get("loc", ())][:10],
                "msg": _clip(_choices_said(e) or str(e.get("msg", "")), 200),
                "type": str(e.get("type", "")),
            }
            for e in exc.errors()[:MAX_FIELD_ERRORS]
        ]
        raw_errors = exc.errors()[:MAX_FIELD_ERRORS]
        errors, raw_errors = _union_merged(errors, raw_errors)
        raw_errors = _regional_said(request, errors, raw_errors)
        bad_json = next((e for e in errors if e["type"] == "json_invalid"), None)
        if bad_json is not None:
            # pydantic's location for a body that is not JSON is ("body", position): say so
            # (0-based there): counted from 1 in both languages, the character a person counts
            # to (tester35: "{bad json" said "at character 1" for its second character)
            pos = bad_json["loc"][1] if len(bad_json["loc"]) > 1 else None
            at = f" (at character {int(pos) + 1})" if str(pos).isdigit() else ""
            at_zh = f"（第 {int(pos) + 1} 个字符附近）" if str(pos).isdigit() else ""
            return _both(
                request,
                422,
                "invalid_request",
                f"the request body is not valid JSON{at}",
                f"请求体不是合法的 JSON{at_zh}。",
                errors=errors,
            )
        if not _not_json(request) and any(
            e["loc"] == ["body"] and e["type"] == "missing" for e in errors
        ):
            # a JSON request with no body at all said "body: Field required" (tester39): say
            # that it is empty and what it should hold
            takes_text = request.url.path.rsplit("/", 1)[-1] in _TEXT_ROUTES
            return _both(
                request,
                422,
                "invalid_request",
                'the request body is empty: send JSON such as {"text": "O: …\\nKR1: …"}'
                if takes_text
                else "the request body is empty: send the JSON this route takes (GET /docs)",
                '请求体是空的：请发送 JSON，例如 {"text": "目标：…\\n关键结果1：…"}。'
                if takes_text
                else "请求体是空的：请发送这个地址接收的 JSON（见 GET /docs）。",
                errors=errors,
            )
        if _not_json(request) and any(e["loc"] == ["body"] for e in errors):
            # a draft sent as text/plain or a form: FastAPI only says the body is no object. Still
            # 422, the documented error (decision 1543), but saying which body the route takes.
            return _both(
                request,
                422,
                "invalid_request",
                'send the request as JSON: "Content-Type: application/json" and a body such as '
                '{"text": "O: …\\nKR1: …"}',
                '请以 JSON 发送请求：请求头 "Content-Type: application/json"，请求体如 '
                '{"text": "目标：…\\n关键结果1：…"}。',
                errors=errors,
            )
        # "Value error, " is pydantic's prefix for a model's own check, no words for a person
        # (tester39: "body: Value error, give exactly one of 'text' … or 'draft'")
        summary = "; ".join(
            f"{'.'.join(e['loc'][1:]) or 'body'}: {e['msg'].removeprefix('Value error, ')}"
            for e in errors[:5]
        )
        said_zh = "；".join(
            dict.fromkeys(
                f"{'.'.join(e['loc'][1:]) or 'body'}：{_clip(_zh_said(raw, e['msg']), 200)}"
                for e, raw in zip(errors[:5], raw_errors, strict=False)
            )
        )
        hint = hint_zh = ""
        if any(e["loc"] == ["body", "draft"] and e["type"] == "union_type" for e in errors):
            # a pasted draft sent as "draft" (tester40): say where a text goes
            hint = '; a draft as pasted goes in "text": {"text": "O: …\\nKR1: …"}'
            hint_zh = '按原样粘贴的草稿放在 "text" 里：{"text": "目标：…\\n关键结果1：…"}。'
        listed = [
            e["loc"][1]
            for e in errors
            if e["loc"][1:] in (["select"], ["ignore"]) and e["type"] == "list_type"
        ]
        if listed:
            # "select": "kr-is-task" (tester40): say how a list of ids is written, with ids of
            # the route's own rules
            route = request.url.path.rsplit("/", 1)[-1]
            ids = _ROUTE_IDS.get(route, '"kr-is-task", "objective-"')
            hint += f"; {listed[0]} takes a list of rule ids or prefixes: [{ids}]"
            hint_zh += f"{listed[0]} 要写成规则 id 或前缀的列表：[{ids}]。"
        if request.url.path == "/v1/review" and any(
            e["type"] == "extra_forbidden" and e["loc"][1:] in (["objectives"], ["key_results"])
            for e in errors
        ):
            # the library's structured form sent as the body itself (tester32): say where it goes
            hint = '; a structured draft goes in "draft": {"draft": {"objectives": […]}}'
            hint_zh = '结构化的草稿放在 "draft" 里：{"draft": {"objectives": […]}}。'
        return _both(
            request,
            422,
            "invalid_request",
            (summary or "invalid request") + hint,
            f"请求不符合 API 的要求：{said_zh}。{hint_zh}",
            errors=errors,
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400:  # a body that cannot be decoded is invalid input: 422
            cause = exc.__cause__
            if isinstance(cause, UnicodeDecodeError):
                # JSON in GBK (or a binary file) said only "There was an error parsing the
                # body" (tester39): name the byte, as the command line does for such a file
                byte = cause.object[cause.start : cause.start + 1].hex()
                return _both(
                    request,
                    422,
                    "invalid_request",
                    f"the request body is not UTF-8 text (byte 0x{byte} at offset "
                    f"{cause.start}): send JSON encoded in UTF-8 (convert a text in GBK or "
                    "another encoding first)",
                    f"请求体不是 UTF-8 文本（第 {cause.start + 1} 个字节 0x{byte}）：JSON 要用 "
                    "UTF-8 编码发送（GBK 等编码的文本请先转换成 UTF-8）。",
                )
            if isinstance(cause, RecursionError):
                # arrays or objects nested thousands deep: no draft, and no parser's words
                return _both(
                    request,
                    422,
                    "invalid_request",
                    "the request body nests arrays or objects too deeply to read: send a flat "
                    'JSON object such as {"text": "O: …\\nKR1: …"}',
                    '请求体里的数组或对象嵌套得太深，无法读取：请发送简单的 JSON 对象，例如 {"text": "目标：…"}。',
                )
            return _both(
                request,
                422,
                "invalid_request",
                f"the request body cannot be read: {exc.detail}",
                "无法读取请求体。",
            )
        zh = _HTTP_ZH.get(exc.status_code, f"HTTP 错误 {exc.status_code}。")
        detail = str(exc.detail)
        allowed = _allowed_methods(request) if exc.status_code == 405 else ""
        if allowed:
            # "Method Not Allowed" named neither the method nor the one to use (tester39)
            detail = f"{request.method} is not allowed here; this address takes {allowed}"
            zh = f"这个地址不接受 {request.method} 请求；请用 {allowed}。"
        answer = _both(request, exc.status_code, f"http_{exc.status_code}", detail, zh)
        # a 405's Allow header names the methods the address takes (RFC 9110 says it must;
        # the error body dropped it: tester34)
        for name, value in (exc.headers or {}).items():
            if name.lower() == "allow":
                answer.headers[name] = _allowed_methods(request) or value
        return answer

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> JSONResponse:
        log.error("internal error: %s", type(exc).__name__, exc_info=exc)
        return _both(
            request,
            500,
            "internal",
            "internal error; the details are in the server log",
            "内部错误；详情在服务器日志里。",
        )


# FastAPI releases with native OpenTelemetry take `telemetry`; with it on (their default) every
# request looks up the global tracer, meter and logger providers (three environment reads, about
# 0.1 M instructions a request) even where no instrumentation set one up.
_HAS_TELEMETRY = "telemetry" in inspect.signature(FastAPI.__init__).parameters
_TELEMETRY_OFF = {"tracing": False, "metrics": False, "logs": False}


_METHOD_ORDER = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def _allowed_methods(request: Request) -> str:
    """Every method some route at the request's path takes, for a 405's Allow header: Starlette
    names only the first route that matched the path, and HEAD is a route of its own
    (tester35: GET /v1/rules said "Allow: GET" though HEAD is served there)."""
    from starlette.routing import Match

    methods: set[str] = set()
    for router in getattr(request.app.state, "routers", ()):
        for route in router.routes:
            if (
                getattr(route, "methods", None)
                and route.matches(request.scope)[0] is not Match.NONE
            ):
                methods |= set(route.methods)
    return ", ".join(sorted(methods, key=lambda m: (*_METHOD_ORDER, m).index(m)))


def _answer_head(router: APIRouter) -> None:
    """HEAD on each of `router`'s GET routes that has none: answered as GET is, without the
    body (RFC 9110; tester33 did it for the page and the probes, HEAD /v1/rules was still 405:
    tester34). The HEAD routes stay out of the OpenAPI document, which lists GET. Called again
    (another app from the same routers), it adds nothing."""
    routes = [r for r in router.routes if isinstance(r, APIRoute)]
    with_head = {r.path for r in routes if "HEAD" in r.methods}
    for route in routes:
        if "GET" in route.methods and route.path not in with_head:
            router.add_api_route(
                route.path.removeprefix(router.prefix),
                route.endpoint,
                methods=["HEAD"],
                response_model=route.response_model,
                response_class=route.response_class,
                include_in_schema=False,
            )
            with_head.add(route.path)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    logging.getLogger("okr_coach").setLevel(settings.log_level.upper())
    options: dict[str, object] = {}
    if _HAS_TELEMETRY and not settings.telemetry:
        options["telemetry"] = _TELEMETRY_OFF
    app = FastAPI(
        **options,  # type: ignore[arg-type]
        title="okr-coach",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # served from the installed package instead: service/docs.py
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.config = Config(
        max_chars=settings.max_chars,
        max_objectives=settings.max_objectives,
        max_key_results=settings.max_key_results,
        max_findings=settings.max_findings,
        max_findings_per_item=settings.max_findings_per_item,
        semantic=settings.semantic,
    )
    app.state.feedback = open_store(settings.feedback_db, timeout=settings.feedback_timeout_s)
    app.state.reviews = Runner(
        threads=settings.review_threads,
        queue=settings.review_queue,
        budget_s=settings.request_timeout_s,
        hard_stop_after_s=settings.hard_stop_after_s,
    )
    # The store's own threads, so that a locked store never holds the reviews' threads; its
    # calls give up on their own (feedback_timeout_s), the runner's budget is a backstop.
    app.state.feedback_runner = Runner(
        threads=settings.feedback_threads,
        queue=settings.feedback_queue,
        budget_s=settings.feedback_timeout_s + 2,
        hard_stop_after_s=None,
    )
    app.state.feedback_limiter = RateLimiter(settings.feedback_rate_per_minute)
    app.state.store_health = (float("-inf"), "ok")
    app.state.ready = threading.Event()
    app.state.warmup_error = None
    for router in (v1, cycle, v2, probes):
        _answer_head(router)
        app.include_router(router)
    install_docs(app)
    _answer_head(app.router)
    app.state.routers = (v1, cycle, v2, probes, app.router)  # for a 405's Allow header
    _install_error_handlers(app)

    # HEAD wherever GET is (RFC 9110: a general-purpose server supports both; uptime checks and
    # `curl -I` send HEAD, and were answered 405, tester33)
    @app.head("/", include_in_schema=False)
    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    @app.head("/cycle", include_in_schema=False)
    @app.get("/cycle", include_in_schema=False)
    def cycle_page() -> FileResponse:
        return FileResponse(STATIC / "cycle.html", headers={"Cache-Control": "no-cache"})

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    # Last added runs first: CORS answers preflights before the key check; the body is read
    # (size and time limits) only once the key is good; every response, errors included, gets
    # the security headers. Innermost, once all of that is done: POST /v1/review without
    # FastAPI's request handling when its body is valid (service/fastpath.py).
    app.add_middleware(ReviewFastPath, on_error=api_error)
    app.add_middleware(
        BodyGuardMiddleware, limit=settings.max_body_bytes(), timeout=settings.body_timeout_s
    )
    app.add_middleware(APIKeyMiddleware, keys=settings.api_keys)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "OPTIONS"],
            allow_headers=["Content-Type", "X-API-Key", "Idempotency-Key"],
        )
    app.add_middleware(SecurityHeadersMiddleware)
    return app

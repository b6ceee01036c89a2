"""`POST /v1/review` as a plain ASGI route in front of FastAPI's.

FastAPI's handling of a request (routing over every route, reading the body through a Request,
parsing the content type, solving the dependencies, validating the body, its exit stacks)
costs about as much as a review's answer's JSON. This route takes the requests it can answer
exactly as FastAPI's would and passes every other one on, untouched:

- only `POST /v1/review` (no root path), after the other middlewares (API key, the body's size
  and time limits, the security headers, CORS): their effects stay;
- only a body FastAPI would read as JSON the same way (a `Content-Type` of `application/json`,
  optionally with `charset=utf-8`), that `json.loads` reads (Starlette's `Request.json`) and
  that `ReviewRequest` validates — FastAPI validates the same object with the same model;
- then the route's own work (`routes.answer_review`), and an `APIError` it raises answered by
  the app's own handler (the one FastAPI's exception middleware would call). Anything else
  raised goes up to the server-error middleware, as from the route.

A body it does not take (not JSON, not valid, another content type, a client gone) is replayed
to FastAPI's route, which answers it with its own errors (422 and the service's body). The
OpenAPI document still describes FastAPI's route, which answers the same.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from pydantic import ValidationError
from starlette.requests import Request
from starlette.responses import Response

from service.middleware import ASGIApp, Message, Receive, Scope, Send
from service.routes import APIError, answer_review
from service.schemas import ReviewRequest

PATH = "/v1/review"
# The content types FastAPI reads as JSON, of those clients send (others go to its route).
JSON_TYPES = frozenset(
    {b"application/json", b"application/json; charset=utf-8", b"application/json;charset=utf-8"}
)

ErrorHandler = Callable[[Request, Any], Awaitable[Response]]


def _valid(scope: Scope, body: bytes) -> ReviewRequest | None:
    """The request FastAPI's route would get, or None when it would not get one."""
    content_type = None
    for name, value in scope["headers"]:
        if name == b"content-type":
            content_type = value
            break
    if content_type is None or content_type.lower() not in JSON_TYPES or not body:
        return None
    try:
        return ReviewRequest.model_validate(json.loads(body))
    except (ValueError, ValidationError):  # json.JSONDecodeError, a bad encoding: both ValueError
        return None
    except RecursionError:
        # '[[[[…]]]]' nested past the parser's depth: FastAPI's route answers it as a body it
        # cannot read (422), as every other JSON route does (decision 1683)
        return None


class ReviewFastPath:
    """Pure ASGI middleware, innermost: answers `POST /v1/review` itself when it can."""

    def __init__(self, app: ASGIApp, on_error: ErrorHandler) -> None:
        self.app = app
        self.on_error = on_error  # the app's handler of APIError

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["path"] != PATH
            or scope["method"] != "POST"
            or scope.get("root_path")
        ):
            await self.app(scope, receive, send)
            return
        read: list[Message] = []
        while True:
            message = await receive()
            read.append(message)
            if message["type"] != "http.request" or not message.get("more_body", False):
                break
        valid = None
        if message["type"] == "http.request":
            body = (
                read[0].get("body", b"")
                if len(read) == 1
                else b"".join(m.get("body", b"") for m in read)
            )
            valid = _valid(scope, body)

        async def replay() -> Message:
            return read.pop(0) if read else await receive()

        if valid is None:
            await self.app(scope, replay, send)
            return
        request = Request(scope, replay)
        try:
            response = await answer_review(request, valid)
        except APIError as e:
            response = await self.on_error(request, e)
            e.__traceback__ = None
        await response(scope, replay, send)

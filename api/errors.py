"""The one place that knows HTTP status codes: talentrecall errors as RFC 9457 problem documents."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import Scope

from api.auth import Forbidden, Unauthorized
from api.contract import PROBLEM
from api.limits import BodyTooLarge
from api.observability import request_id_of
from embed.encoder import EncoderUnavailable
from memory.errors import (
    BackendUnavailable,
    Conflict,
    ConsentRequired,
    InvalidInput,
    NotFound,
    TalentRecallError,
    TooLarge,
)

STATUS: dict[type[TalentRecallError], int] = {
    NotFound: 404,
    Conflict: 409,
    TooLarge: 413,
    ConsentRequired: 403,
    InvalidInput: 422,
    BackendUnavailable: 503,
}


def status_of(error: TalentRecallError) -> int:
    for cls in type(error).__mro__:
        if issubclass(cls, TalentRecallError) and cls in STATUS:
            return STATUS[cls]
    return 500


def problem(status: int, title: str, detail: str, request: Request, **extra: Any) -> JSONResponse:
    body = {
        "type": "about:blank",
        "title": title,
        "status": status,
        "detail": detail,
        "instance": request.url.path,
        "request_id": request_id_of(request.scope) or None,
        **extra,
    }
    return JSONResponse(body, status_code=status, media_type=PROBLEM)


async def _domain(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, TalentRecallError)
    extra = {"field": exc.field} if exc.field else {}
    return problem(status_of(exc), exc.title, exc.detail, request, **extra)


async def _validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"field": ".".join(str(p) for p in err["loc"] if p != "body"), "message": err["msg"]} for err in exc.errors()
    ]
    first = errors[0] if errors else {"field": "", "message": "invalid request"}
    detail = f"{first['field']}: {first['message']}" if first["field"] else first["message"]
    return problem(422, "Invalid input", detail, request, errors=errors)


async def _http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    response = problem(exc.status_code, str(exc.detail), str(exc.detail), request)
    response.headers.update(exc.headers or {})  # a 405's Allow, for one
    return response


async def _unauthorized(request: Request, exc: Exception) -> JSONResponse:
    response = problem(401, "Unauthorized", str(exc), request)
    response.headers["WWW-Authenticate"] = "Bearer"
    return response


async def _forbidden(request: Request, exc: Exception) -> JSONResponse:
    return problem(403, "Forbidden", str(exc), request)


async def _model_missing(request: Request, exc: Exception) -> JSONResponse:
    # A lazily loaded model fails at its first encode, inside a route rather than at open: the same 503
    # as a model found missing when the memory is opened.
    return problem(STATUS[BackendUnavailable], BackendUnavailable.title, str(exc), request)


async def _body_too_large(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, BodyTooLarge)
    return problem(413, TooLarge.title, str(exc.detail), request, limit=exc.limit)


def too_large(scope: Scope, limit: int) -> JSONResponse:
    """The 413 of a body declared over ``limit`` bytes, answered before it is read."""
    detail = f"the request body is over the limit of {limit} bytes"
    response = problem(413, TooLarge.title, detail, Request(scope), limit=limit)
    response.headers["connection"] = "close"  # the unread body would otherwise be read as the next request
    return response


def install(app: FastAPI) -> None:
    app.add_exception_handler(BodyTooLarge, _body_too_large)
    app.add_exception_handler(Unauthorized, _unauthorized)
    app.add_exception_handler(Forbidden, _forbidden)
    app.add_exception_handler(TalentRecallError, _domain)
    app.add_exception_handler(EncoderUnavailable, _model_missing)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(StarletteHTTPException, _http)

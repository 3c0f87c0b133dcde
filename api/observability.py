"""Operations: request ids, the one handler of unexpected errors, Prometheus metrics, one JSON log line a request.

Log lines carry the request id, route template, method, status and latency (and an error's class and
frames) — never a body, a query, an exception message, a note text, a name, an email or a protected attribute.
"""

from __future__ import annotations

import json
import logging
import re
import time
import traceback
import uuid

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.contract import PROBLEM

log = logging.getLogger("talentrecall.http")


class Metrics:
    """One registry per app, so tests and several apps in one process never collide."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "talentrecall_requests_total", "HTTP requests", ["route", "method", "status"], registry=self.registry
        )
        self.latency = Histogram(
            "talentrecall_request_seconds", "HTTP request latency", ["route", "method"], registry=self.registry
        )
        self.errors = Counter(
            "talentrecall_server_errors_total", "Answers >= 500, by route", ["route", "method"], registry=self.registry
        )
        self.match_latency = Histogram(
            "talentrecall_match_seconds", "Shortlist latency (match and hook)", registry=self.registry
        )
        self.store_size = Gauge("talentrecall_store_points", "Records held, by kind", ["kind"], registry=self.registry)


def route_of(scope: Scope) -> str:
    """The matched route's template (``/v1/candidates/{candidate_id}``), never the concrete path."""
    route = scope.get("route")
    return str(getattr(route, "path", None) or "unmatched")


# A caller's X-Request-ID is kept when it is a plain token (so it can be followed across services), else
# replaced: it is echoed into headers, bodies and logs, where it must never carry anything else.
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")

# Headers of every HTML answer (the page, the HTML audit, the docs): no framing, no referrer leaking a
# candidate id, scripts from this origin only (the page serves its assets locally). Inline styles are allowed:
# the HTML audit is a standalone file with its own <style>; inline scripts never are. The docs load Swagger UI
# from a CDN, so their answers go without a CSP rather than broken. Every answer gets ``nosniff``.
HTML_HEADERS = {
    "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}
# Routes whose 200 is a shortlist (Greenhouse's also answers a small ack to pings: a fast outlier, kept simple).
SHORTLISTS = ("/v1/match", "/v1/hooks/requisition-opened", "/v1/hooks/greenhouse")
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
_NO_CSP = ("/docs", "/redoc")


def request_id_of(scope: Scope) -> str:
    state = scope.get("state") or {}
    return str(state.get("request_id", ""))


class Observe:
    """Outermost of the app's own middleware: request id, the one 500 handler, metrics and the log line.

    A pure ASGI middleware rather than ``@app.middleware("http")``: it sees the exception of any route and
    answers it itself, without re-raising, so the server neither logs the request's values with a traceback
    nor closes the keep-alive connection, and the 500 is counted and logged like any other answer.
    """

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        given = Headers(scope=scope).get("x-request-id", "")
        request_id = given if _REQUEST_ID.match(given) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        status = 500
        response_started = False
        html_extra = scope["path"].startswith(_NO_CSP)

        async def sending(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                response_started = True
                status = message["status"]
                headers = MutableHeaders(scope=message)
                headers["x-request-id"] = request_id
                headers.setdefault("x-content-type-options", "nosniff")
                if headers.get("content-type", "").startswith("text/html"):
                    for name, value in HTML_HEADERS.items():
                        if not (html_extra and name == "content-security-policy"):
                            headers.setdefault(name, value)
            await send(message)

        error: str | None = None
        try:
            await self.app(scope, receive, sending)
        except Exception as exc:  # the one place an unexpected error becomes an answer
            error = type(exc).__name__
            # Where it failed, frame by frame, and nothing else: the exception's message may quote the request (an
            # email, a note), and so may a source line.
            log.error(
                json.dumps(
                    {
                        "event": "unhandled",
                        "request_id": request_id,
                        "route": route_of(scope),
                        "error": error,
                        "trace": [
                            f"{f.filename}:{f.lineno} in {f.name}" for f in traceback.extract_tb(exc.__traceback__)[-4:]
                        ],
                    }
                )
            )
            if response_started:
                raise  # half an answer is out: only closing the connection can tell the client
            body = {
                "type": "about:blank",
                "title": "Internal server error",
                "status": 500,
                "detail": f"an unexpected error occurred; quote request id {request_id} when reporting it",
                "instance": scope["path"],
                "request_id": request_id,
            }
            response = JSONResponse(body, status_code=500, media_type=PROBLEM)
            await response(scope, receive, sending)
        self.record(scope, status, time.perf_counter() - started, request_id, error)

    def record(self, scope: Scope, status: int, elapsed: float, request_id: str, error: str | None) -> None:
        # Any token is a method to the server: only the standard ones become labels, so that a client cannot grow
        # the metrics without end (the route is bounded already: a template or "unmatched").
        route = route_of(scope)
        method = scope["method"] if scope["method"] in METHODS else "other"
        self.metrics.requests.labels(route, method, str(status)).inc()
        self.metrics.latency.labels(route, method).observe(elapsed)
        if status >= 500:
            self.metrics.errors.labels(route, method).inc()
        if route in SHORTLISTS and status == 200:
            self.metrics.match_latency.observe(elapsed)
        line = {
            "event": "request",
            "request_id": request_id,
            "route": route,
            "method": method,
            "status": status,
            "ms": round(elapsed * 1000, 2),
        }
        if error:
            line["error"] = error
        (log.error if status >= 500 else log.info)(json.dumps(line))


def install(app: FastAPI) -> Metrics:
    metrics = Metrics()
    app.add_middleware(Observe, metrics=metrics)

    @app.get("/metrics", include_in_schema=False)
    def prometheus(request: Request) -> Response:
        counts = request.app.state.memory.count()
        for kind, value in counts.model_dump().items():
            metrics.store_size.labels(kind).set(value)
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    return metrics


class JsonFormatter(logging.Formatter):
    """Log records as JSON objects; messages that are JSON already are merged in."""

    def format(self, record: logging.LogRecord) -> str:
        base = {"ts": round(record.created, 3), "level": record.levelname.lower(), "logger": record.name}
        message = record.getMessage()
        try:
            parsed = json.loads(message)
            base |= parsed if isinstance(parsed, dict) else {"message": message}
        except json.JSONDecodeError:
            base["message"] = message
        return json.dumps(base)


def configure_logging() -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger("talentrecall")
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    root.propagate = False

"""Operations: Prometheus metrics and one structured JSON log line per request.

Log lines carry the route template, method, status, latency and the caller's role — never a body, a
note text, a name, an email or a protected attribute.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest

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
        self.match_latency = Histogram(
            "talentrecall_match_seconds", "Shortlist latency (match and hook)", registry=self.registry
        )
        self.store_size = Gauge("talentrecall_store_points", "Records held, by kind", ["kind"], registry=self.registry)


def route_of(request: Request) -> str:
    """The matched route's template (``/v1/candidates/{candidate_id}``), never the concrete path."""
    route = request.scope.get("route")
    return str(getattr(route, "path", None) or "unmatched")


def install(app: FastAPI) -> Metrics:
    metrics = Metrics()

    @app.middleware("http")
    async def observe(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        started = time.perf_counter()
        response = await call_next(request)
        elapsed = time.perf_counter() - started
        route = route_of(request)
        metrics.requests.labels(route, request.method, str(response.status_code)).inc()
        metrics.latency.labels(route, request.method).observe(elapsed)
        if route in ("/v1/match", "/v1/hooks/requisition-opened") and response.status_code == 200:
            metrics.match_latency.observe(elapsed)
        log.info(
            json.dumps(
                {
                    "event": "request",
                    "route": route,
                    "method": request.method,
                    "status": response.status_code,
                    "ms": round(elapsed * 1000, 2),
                }
            )
        )
        return response

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

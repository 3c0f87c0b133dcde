"""The generic requisition-opened hook: its payload, and the signature it used before Standard Webhooks.

Payload (a Standard Webhooks message, or the flat form of earlier releases)::

    {"type": "requisition.opened", "timestamp": "...", "data": {"requisition": {...}, "limit": 10}}
    {"event_id": "evt-1", "requisition": {...}, "limit": 10}

The event id is ``event_id`` when given, else the ``webhook-id`` header. A Greenhouse ``job_created`` body
is still read here for one release; ``POST /v1/hooks/greenhouse`` is its home now.

Deprecated (kept for one release, then removed): ``X-Talentrecall-Signature: t=<unix seconds>,v1=<hex
HMAC-SHA256(secret, "<t>.<raw body>")>``, keyed by the secret string's UTF-8 bytes whatever its form.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, StrictInt, ValidationError

from api import greenhouse
from api.auth import Unauthorized
from memory import InvalidInput, Requisition
from memory.ndjson import describe

OPENED = "requisition.opened"
MAX_LIMIT = 200  # memory.match's bound on a shortlist


def sign(secret: str, body: bytes, at: int | None = None) -> str:
    """The deprecated ``X-Talentrecall-Signature`` value for ``body`` at unix time ``at`` (now by default)."""
    stamp = int(time.time()) if at is None else at
    digest = hmac.new(secret.encode(), f"{stamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={stamp},v1={digest}"


def verify(secret: str, header: str | None, body: bytes, tolerance_s: int, now: float | None = None) -> None:
    """Raise ``Unauthorized`` unless ``header`` (deprecated scheme) signs ``body`` within the replay window."""
    if not header:
        raise Unauthorized("missing webhook-signature (or the deprecated X-Talentrecall-Signature) header")
    parts = dict(part.strip().partition("=")[::2] for part in header.split(","))
    try:
        stamp = int(parts["t"])
        given = parts["v1"]
    except (KeyError, ValueError):
        raise Unauthorized("malformed X-Talentrecall-Signature header") from None
    if abs((time.time() if now is None else now) - stamp) > tolerance_s:
        raise Unauthorized("stale signature: outside the replay window")
    expected = hmac.new(secret.encode(), f"{stamp}.".encode() + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected.encode(), given.encode()):
        raise Unauthorized("signature does not match the body")


class _Opened(BaseModel):
    model_config = ConfigDict(extra="ignore")

    requisition: Requisition
    # Strict: "ten", 10.5, true or 1.9e308 are refused (422), not coerced or overflowed.
    limit: StrictInt = Field(default=10, ge=1, le=MAX_LIMIT)


class _Message(_Opened):
    event_id: str | None = Field(default=None, min_length=1, max_length=256)
    type: str | None = Field(default=None, max_length=200)


@dataclass(frozen=True)
class RequisitionEvent:
    """An event that opens a role (``requisition`` set), or one answered with a note and nothing else."""

    event_id: str
    requisition: Requisition | None
    limit: int = 10
    ignored: str | None = None


def loads(body: bytes) -> dict[str, Any]:
    """The body as a JSON object, or ``InvalidInput``."""
    try:
        data = json.loads(body)
    # ValueError covers bad JSON, bad UTF-8 and integers over Python's 4,300 digits; RecursionError,
    # arrays nested a thousand deep. Only the error's kind is echoed, never the body.
    except (ValueError, RecursionError) as exc:
        where = f": {exc.msg} at line {exc.lineno} column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
        raise InvalidInput(f"body is not JSON ({type(exc).__name__}{where})") from None
    if not isinstance(data, dict):
        raise InvalidInput("body must be a JSON object")
    return data


def parse_event(data: dict[str, Any], webhook_id: str | None) -> RequisitionEvent:
    """The generic event in ``data`` (see the module docstring)."""
    if data.get("action") == "job_created":  # a Greenhouse body sent to the generic hook (deprecated)
        found = greenhouse.parse(data)
        assert found.job is not None
        return RequisitionEvent(f"greenhouse:{found.job.id}:job_created", greenhouse.to_requisition(found.job))
    kind = data.get("type")
    if kind is not None and kind != OPENED:
        named = str(data.get("event_id") or webhook_id or "")
        return RequisitionEvent(named, None, ignored=f"{str(kind)[:200]}: only {OPENED} opens a role")
    inner = data.get("data")
    merged = {**data, **inner} if isinstance(inner, dict) else data  # Standard Webhooks' data, or flat
    try:
        message = _Message.model_validate(merged)
    except ValidationError as exc:
        raise InvalidInput(describe(exc), field=field_of(exc)) from exc
    event_id = message.event_id or webhook_id
    if not event_id:
        raise InvalidInput("event_id is required (or a webhook-id header)", field="event_id")
    return RequisitionEvent(event_id, message.requisition, message.limit)


def field_of(error: ValidationError) -> str | None:
    """The dotted path of a validation error's first problem (``requisition.title``), if it has one."""
    loc = error.errors()[0]["loc"]
    return ".".join(str(part) for part in loc) or None

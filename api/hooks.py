"""The requisition-opened hook's edge logic: signatures, payload adapters and signed callbacks.

Signature header: ``X-Talentrecall-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>``.
A bad or stale signature is refused before anything is read or written.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from dataclasses import dataclass
from typing import Any

import httpx
from pydantic import ValidationError

from api.auth import Unauthorized
from memory import InvalidInput, Requisition
from memory.ndjson import describe

log = logging.getLogger("talentrecall.hooks")

RETRY_DELAYS = (0.5, 1.0, 2.0)


def sign(secret: str, body: bytes, at: int | None = None) -> str:
    """The signature header value for ``body`` at unix time ``at`` (now by default)."""
    stamp = int(time.time()) if at is None else at
    digest = hmac.new(secret.encode(), f"{stamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={stamp},v1={digest}"


def verify(secret: str, header: str | None, body: bytes, tolerance_s: int, now: float | None = None) -> None:
    """Raise ``Unauthorized`` unless ``header`` signs ``body`` with ``secret`` within the replay window."""
    if not header:
        raise Unauthorized("missing X-Talentrecall-Signature header")
    parts = dict(part.strip().partition("=")[::2] for part in header.split(","))
    try:
        stamp = int(parts["t"])
        given = parts["v1"]
    except (KeyError, ValueError):
        raise Unauthorized("malformed X-Talentrecall-Signature header") from None
    if abs((time.time() if now is None else now) - stamp) > tolerance_s:
        raise Unauthorized("stale signature: outside the replay window")
    expected = hmac.new(secret.encode(), f"{stamp}.".encode() + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, given):
        raise Unauthorized("signature does not match the body")


@dataclass(frozen=True)
class RequisitionEvent:
    event_id: str
    requisition: Requisition
    limit: int


def parse_event(body: bytes) -> RequisitionEvent:
    """A generic ``requisition.opened`` event or a Greenhouse-style ``job_created`` webhook."""
    try:
        data = json.loads(body)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"body is not JSON: {exc.msg}") from exc
    if not isinstance(data, dict):
        raise InvalidInput("body must be a JSON object")
    try:
        if data.get("action") == "job_created":
            return _greenhouse(data)
        event_id = data.get("event_id")
        if not isinstance(event_id, str) or not event_id:
            raise InvalidInput("event_id is required", field="event_id")
        limit = int(data.get("limit", 10))
        return RequisitionEvent(event_id, Requisition.model_validate(data.get("requisition")), limit)
    except ValidationError as exc:
        raise InvalidInput(f"requisition: {describe(exc)}", field="requisition") from exc


def _greenhouse(data: dict[str, Any]) -> RequisitionEvent:
    job = (data.get("payload") or {}).get("job") or {}
    if "id" not in job or not job.get("name"):
        raise InvalidInput("job_created payload needs payload.job.id and payload.job.name", field="payload.job")
    departments = [d.get("name") for d in job.get("departments") or [] if d.get("name")]
    offices = job.get("offices") or []
    location = None
    if offices:
        location = ((offices[0].get("location") or {}).get("name")) or offices[0].get("name")
    requisition = Requisition(
        requisition_id=str(job.get("requisition_id") or job["id"]),
        title=job["name"],
        description=job.get("notes") or job.get("content") or "",
        role_family=departments[0] if departments else None,
        location=location,
    )
    return RequisitionEvent(f"greenhouse:{job['id']}:job_created", requisition, 10)


def deliver(url: str, body: bytes, secret: str, delays: tuple[float, ...] = RETRY_DELAYS) -> bool:
    """POST the signed shortlist to ``url``; retry on errors and 5xx with exponential backoff."""
    for attempt, delay in enumerate((0.0, *delays), start=1):
        time.sleep(delay)
        try:
            response = httpx.post(
                url,
                content=body,
                timeout=10,
                headers={"content-type": "application/json", "X-Talentrecall-Signature": sign(secret, body)},
            )
            if response.status_code < 500:
                log.info(json.dumps({"event": "callback", "attempt": attempt, "status": response.status_code}))
                return response.is_success
        except httpx.HTTPError as exc:
            log.warning(json.dumps({"event": "callback_error", "attempt": attempt, "error": type(exc).__name__}))
    return False

"""The ATS hooks: a role opens, the warm shortlist comes back (and, when configured, to a callback URL).

- ``POST /v1/hooks/greenhouse``: Greenhouse's web hooks as Greenhouse sends them (``api.greenhouse``),
  authenticated by their ``Signature`` alone: Greenhouse reserves the ``Authorization`` header.
- ``POST /v1/hooks/requisition-opened``: any ATS speaking Standard Webhooks (``api.webhooks``), with a
  ``hook``-role key; the deprecated ``X-Talentrecall-Signature`` is still accepted for one release.

A hook whose secret is not set answers 404 (it is off), never 5xx. Both record each event in the ledger
(``api.outbox``): a redelivery gets the stored shortlist and sends no second callback, a reused id with
another body gets 409. The callback worker runs in this router's lifespan, merged into the app's.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, Literal

import httpx
from fastapi import APIRouter, FastAPI, Request
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from api import greenhouse, hooks, webhooks
from api.auth import Hook, Role
from api.deps import MemoryDep, SettingsDep
from api.outbox import Attempt, Ledger, Outbox, Pending, body_digest, retry_after
from api.routes.match import for_role
from api.settings import ApiSettings
from memory import MatchResponse, Memory, NotFound, Requisition, TooLarge

CALLBACK_TIMEOUT_S = 15.0  # the low end of Standard Webhooks' recommended 15-30 s
USER_AGENT = "talentrecall-hooks/1"
# Greenhouse documents 7 attempts over 15 h 16 min (its settings allow more); later ones get a 200 note.
GREENHOUSE_REDELIVERY_S = 24 * 3600.0


class HookAck(BaseModel):
    """The answer to an event that opens no role: a ping, or an action this hook does not act on."""

    status: Literal["ok", "ignored"]
    event: str
    note: str


@dataclass
class _Hooks:
    ledger: Ledger
    outbox: Outbox | None


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: ApiSettings = app.state.settings
    if settings.hook_secret is not None:
        webhooks.secret_key(settings.hook_secret.get_secret_value())  # a malformed whsec_ stops the start here
    if settings.hook_callback_url and settings.hook_secret is None:
        raise RuntimeError("TALENTRECALL_HOOK_CALLBACK_URL needs TALENTRECALL_HOOK_SECRET to sign its callbacks")
    if settings.hook_secret is None and settings.greenhouse_secret is None:
        yield  # both hooks are off (404): no ledger file, no worker
        return
    ledger = Ledger(settings.data_dir)
    outbox = None
    if settings.hook_callback_url:
        outbox = Outbox(ledger, _sender(app.state.memory, settings), settings.hook_callback_delays_s)
        outbox.start()
    app.state.hooks = _Hooks(ledger, outbox)
    try:
        yield
    finally:
        if outbox is not None:
            outbox.stop()
        ledger.close()


router = APIRouter(prefix="/v1/hooks", tags=["hooks"], lifespan=_lifespan)
_JSON_BODY: dict[str, Any] = {
    "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}, "required": True}
}


@router.post(
    "/greenhouse",
    response_model=MatchResponse | HookAck,
    summary="match (Greenhouse web hook: job_created, job_updated of an open job, ping)",
    openapi_extra=_JSON_BODY,
)
async def greenhouse_event(request: Request, memory: MemoryDep, settings: SettingsDep) -> MatchResponse | HookAck:
    if settings.greenhouse_secret is None:
        raise NotFound("the Greenhouse hook is not configured: set TALENTRECALL_GREENHOUSE_SECRET")
    body = await _read(request, settings.hook_max_body_bytes)
    greenhouse.verify(settings.greenhouse_secret.get_secret_value(), request.headers.get("signature"), body)
    data = hooks.loads(body)
    event = greenhouse.parse(data)
    if event.ignored is not None or event.job is None:
        return HookAck(
            status="ok" if event.action == "ping" else "ignored", event=event.action, note=event.ignored or ""
        )
    header = request.headers.get("greenhouse-event-id", "").strip()[: webhooks.MAX_ID_CHARS]
    event_id = greenhouse.event_id(header or None, event, body)
    opened = hooks.RequisitionEvent(event_id, greenhouse.to_requisition(event.job))
    return await run_in_threadpool(
        _shortlist, request.app, memory, opened, body_digest(data), "greenhouse", GREENHOUSE_REDELIVERY_S
    )


@router.post(
    "/requisition-opened",
    response_model=MatchResponse | HookAck,
    summary="match (requisition-opened hook, Standard Webhooks)",
    openapi_extra=_JSON_BODY,
)
async def requisition_opened(
    request: Request, memory: MemoryDep, settings: SettingsDep, caller: Hook
) -> MatchResponse | HookAck:
    if settings.hook_secret is None:
        raise NotFound("the requisition hook is not configured: set TALENTRECALL_HOOK_SECRET")
    secret = settings.hook_secret.get_secret_value()
    body = await _read(request, settings.hook_max_body_bytes)
    webhook_id = None
    if "webhook-signature" in request.headers or "x-talentrecall-signature" not in request.headers:
        webhook_id = webhooks.verify(
            webhooks.secret_key(secret), request.headers, body, tolerance_s=settings.hook_tolerance_s
        )
    else:  # deprecated: removed in the next release
        hooks.verify(secret, request.headers.get("x-talentrecall-signature"), body, settings.hook_tolerance_s)
    data = hooks.loads(body)
    event = hooks.parse_event(data, webhook_id)
    if event.requisition is None:
        return HookAck(status="ignored", event=str(data.get("type"))[:200], note=event.ignored or "")
    return await run_in_threadpool(_shortlist, request.app, memory, event, body_digest(data), str(caller))


def _shortlist(
    app: FastAPI,
    memory: Memory,
    event: hooks.RequisitionEvent,
    digest: str,
    caller: str,
    redelivery_s: float | None = None,
) -> MatchResponse | HookAck:
    """Ledger → shortlist (stored under the event) → callback enqueued once.

    ``redelivery_s``: how long after its first receipt a redelivery still gets the shortlist, for signatures
    without a timestamp (Greenhouse's), so that a captured request cannot fetch it for ever.
    """
    assert event.requisition is not None
    state: _Hooks = app.state.hooks
    now = time.time()
    first = state.ledger.claim(event.event_id, digest, now)
    new = first is None
    if first is not None and redelivery_s is not None and now - first > redelivery_s:
        # 200, so that a sender still retrying stops; the shortlist itself is not handed out again.
        note = f"already processed over {redelivery_s / 3600:.0f} h ago: its shortlist is not sent again"
        return HookAck(status="ignored", event=event.event_id, note=note)
    try:
        response = memory.match(
            event.requisition, limit=event.limit, audit=True, caller=caller, idempotency_key=f"hook:{event.event_id}"
        )
    except Exception:
        if new:  # nothing was stored: the sender may retry, with this body or a corrected one
            state.ledger.release(event.event_id)
        raise
    if state.outbox is not None:
        request = {
            "requisition": event.requisition.model_dump(mode="json"),
            "limit": event.limit,
            "caller": caller,
            "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        if state.ledger.enqueue(event.event_id, request, time.time()):
            state.outbox.wake()
    return for_role(response, Role.hook)


async def _read(request: Request, limit: int) -> bytes:
    """The raw body (signatures are over these exact bytes), refused past ``limit`` before it is all read."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise TooLarge(f"the body has {declared} bytes; the hook's limit is {limit}")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise TooLarge(f"the body is over the hook's limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _sender(memory: Memory, settings: ApiSettings) -> Callable[[Pending], Attempt]:
    """One callback attempt: the shortlist as the memory holds it now, signed, POSTed to the callback URL."""
    assert settings.hook_secret is not None and settings.hook_callback_url is not None
    secret = settings.hook_secret.get_secret_value()
    key = webhooks.secret_key(secret)
    url = settings.hook_callback_url

    def send(pending: Pending) -> Attempt:
        request = pending.request
        response = memory.match(
            Requisition.model_validate(request["requisition"]),
            limit=int(request["limit"]),
            audit=True,
            caller=str(request["caller"]),
            idempotency_key=f"hook:{pending.event_id}",
        )
        shortlist = for_role(response, Role.hook).model_dump(mode="json")
        # Standard Webhooks' envelope, squashed: the shortlist's own fields stay at the top level.
        message = {"type": "shortlist.ready", "timestamp": request["at"], "event_id": pending.event_id, **shortlist}
        body = json.dumps(message, separators=(",", ":")).encode()
        headers = {
            "content-type": "application/json",
            "user-agent": USER_AGENT,
            **webhooks.sign_headers(key, pending.webhook_id, body),
            "x-talentrecall-signature": hooks.sign(secret, body),  # deprecated: removed in the next release
        }
        try:
            answer = httpx.post(url, content=body, headers=headers, timeout=CALLBACK_TIMEOUT_S)
        except httpx.HTTPError:
            return Attempt(None)
        return Attempt(answer.status_code, retry_after(answer.headers.get("retry-after")))

    return send

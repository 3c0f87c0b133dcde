"""``POST /v1/hooks/requisition-opened``: an ATS opens a role and gets the warm shortlist back."""

from __future__ import annotations

from fastapi import APIRouter, BackgroundTasks, Request
from starlette.concurrency import run_in_threadpool

from api.auth import Hook, Role
from api.deps import MemoryDep, SettingsDep
from api.hooks import deliver, parse_event, verify
from api.routes.match import for_role
from memory import BackendUnavailable, MatchResponse

router = APIRouter(prefix="/v1/hooks", tags=["hooks"])


@router.post(
    "/requisition-opened",
    response_model=MatchResponse,
    summary="match (requisition-opened hook)",
    openapi_extra={"requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}, "required": True}},
)
async def requisition_opened(
    request: Request, memory: MemoryDep, settings: SettingsDep, background: BackgroundTasks, caller: Hook
) -> MatchResponse:
    if settings.hook_secret is None:
        raise BackendUnavailable("the hook is not configured: set TALENTRECALL_HOOK_SECRET")
    secret = settings.hook_secret.get_secret_value()
    body = await request.body()
    verify(secret, request.headers.get("x-talentrecall-signature"), body, settings.hook_tolerance_s)
    event = parse_event(body)
    response = await run_in_threadpool(
        lambda: memory.match(
            event.requisition,
            limit=event.limit,
            audit=True,
            caller=str(caller),
            idempotency_key=f"hook:{event.event_id}",
        )
    )
    shortlist = for_role(response, Role.hook)
    if settings.hook_callback_url:
        background.add_task(deliver, settings.hook_callback_url, shortlist.model_dump_json().encode(), secret)
    return shortlist

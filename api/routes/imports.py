"""Bulk import: NDJSON in, a report of what was stored and which lines were refused out."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from api.auth import Admin
from api.deps import MemoryDep
from memory import ImportReport

router = APIRouter(prefix="/v1", tags=["import"])

NDJSON = "application/x-ndjson"


@router.post(
    "/import",
    response_model=ImportReport,
    summary="import_ndjson",
    openapi_extra={"requestBody": {"content": {NDJSON: {"schema": {"type": "string"}}}, "required": True}},
)
async def import_ndjson(request: Request, memory: MemoryDep, _: Admin) -> ImportReport:
    body = await request.body()
    return await run_in_threadpool(memory.import_ndjson, body.splitlines())

"""Bulk import: NDJSON in, a report of what was stored and which lines were refused out."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import Field
from starlette.concurrency import run_in_threadpool

from api.auth import Admin
from api.deps import MemoryDep, SettingsDep
from api.limits import read_ndjson
from memory import ImportReport

router = APIRouter(prefix="/v1", tags=["import"])

NDJSON = "application/x-ndjson"
PATH = "/v1/import"
RECORDS = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["type"],
        "properties": {"type": {"type": "string", "enum": ["candidate", "note", "signal", "touchpoint"]}},
    },
}


class ImportReportOut(ImportReport):
    rejected_count: int = Field(description="Every rejected line; ``rejected`` lists the first of them only.")


@router.post(
    PATH.removeprefix("/v1"),
    response_model=ImportReportOut,
    summary="import_ndjson",
    # One JSON object a line, declared as the array of those objects (how clients and fuzzers build it).
    openapi_extra={"requestBody": {"content": {NDJSON: {"schema": RECORDS}}, "required": True}},
)
async def import_ndjson(request: Request, memory: MemoryDep, settings: SettingsDep, _: Admin) -> ImportReportOut:
    lines = await read_ndjson(request, settings.max_import_lines)
    report = await run_in_threadpool(memory.import_ndjson, lines)
    # A bounded answer, whatever the body: the first rejections say what is wrong, the count how often.
    listed = report.rejected[: settings.max_rejected_listed]
    return ImportReportOut(
        **report.model_dump(exclude={"rejected"}), rejected=listed, rejected_count=len(report.rejected)
    )

"""The relationship lifecycle over HTTP: consent, touchpoints, segments, freshness, duplicates, privacy."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response
from pydantic import BaseModel, ConfigDict, Field

from api.auth import Admin, AnyReader
from api.deps import MemoryDep
from api.routes.candidates import CandidateId, write_status
from api.shutdown import stopping
from memory import Segment, Source, Touchpoint, WriteResult
from memory.models import ExternalId, SegmentName, ShortText
from memory.privacy import RETENTION_MONTHS
from memory.relationship import ConsentChange, DueTouch, ExpiringConsent, SegmentCount, StaleRecord, TouchpointIn
from memory.results import MergeReceipt, RetentionReport

router = APIRouter(prefix="/v1", tags=["lifecycle"])

# Validated in the path by the same rule as in a body, so a name that could not be read back is never stored.
SegmentPath = Annotated[SegmentName, Path()]


class MergeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    other: ExternalId = Field(description="The duplicate folded into the path's candidate.")


class RetentionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    months: int = Field(
        default=24, ge=RETENTION_MONTHS[0], le=RETENTION_MONTHS[1], description="Months without activity (1-120)."
    )
    sources: list[Source] = Field(default_factory=lambda: [Source.prospect])
    apply: bool = False


@router.get("/candidates/{candidate_id}/consents", response_model=list[ConsentChange], summary="consent_history")
def consent_history(candidate_id: CandidateId, memory: MemoryDep, _: AnyReader) -> list[ConsentChange]:
    return memory.consent_history(candidate_id)


@router.get("/consents/expiring", response_model=list[ExpiringConsent], summary="expiring_consents")
def expiring_consents(
    memory: MemoryDep, _: AnyReader, days: Annotated[int, Query(ge=0, le=3650)] = 30
) -> list[ExpiringConsent]:
    return memory.expiring_consents(days)


@router.post(
    "/candidates/{candidate_id}/touchpoints", response_model=WriteResult, status_code=201, summary="add_touchpoint"
)
def add_touchpoint(
    candidate_id: CandidateId, touchpoint: TouchpointIn, memory: MemoryDep, response: Response, _: Admin
) -> WriteResult:
    full = Touchpoint(**touchpoint.model_dump(), candidate_id=candidate_id)
    return write_status(memory.add_touchpoint(full), response)


@router.post("/candidates/{candidate_id}/verify", response_model=WriteResult, summary="verify")
def verify(
    candidate_id: CandidateId, memory: MemoryDep, _: Admin, contact: Annotated[ShortText | None, Query()] = None
) -> WriteResult:
    return memory.verify(candidate_id, contact=contact)


@router.put("/segments/{name}", response_model=WriteResult, summary="save_segment")
def save_segment(name: SegmentPath, segment: Segment, memory: MemoryDep, response: Response, _: Admin) -> WriteResult:
    return write_status(memory.save_segment(segment.model_copy(update={"name": name})), response)


@router.get("/segments", response_model=list[SegmentCount], summary="segments")
def segments(memory: MemoryDep, _: AnyReader) -> list[SegmentCount]:
    return memory.segments()


@router.delete("/segments/{name}", status_code=204, summary="delete_segment")
def delete_segment(name: SegmentPath, memory: MemoryDep, _: Admin) -> Response:
    memory.delete_segment(name)
    return Response(status_code=204)


@router.get("/segments/{name}/due", response_model=list[DueTouch], summary="due_for_touch")
def due_for_touch(name: SegmentPath, memory: MemoryDep, _: AnyReader) -> list[DueTouch]:
    return memory.due_for_touch(name)


@router.get("/refresh-report", response_model=list[StaleRecord], summary="refresh_report")
def refresh_report(
    memory: MemoryDep, _: AnyReader, stale_after_days: Annotated[int, Query(ge=1, le=3650)] = 90
) -> list[StaleRecord]:
    return memory.refresh_report(stale_after_days=stale_after_days)


@router.get("/duplicates", response_model=list[list[str]], summary="duplicates")
def duplicates(memory: MemoryDep, _: Admin) -> list[list[str]]:
    return memory.duplicates()


@router.post("/candidates/{candidate_id}/merge", response_model=MergeReceipt, summary="merge")
def merge(candidate_id: CandidateId, body: MergeIn, memory: MemoryDep, _: Admin) -> MergeReceipt:
    return memory.merge(candidate_id, body.other)


@router.get("/candidates/{candidate_id}/export", summary="export")
def export(candidate_id: CandidateId, memory: MemoryDep, _: Admin) -> dict[str, Any]:
    return memory.export(candidate_id)


@router.post("/retention", response_model=RetentionReport, summary="retention")
def retention(body: RetentionIn, memory: MemoryDep, _: Admin) -> RetentionReport:
    # A purge checks between batches whether the server is shutting down (SIGTERM), and stops there.
    return memory.retention(months=body.months, sources=body.sources, apply=body.apply, should_stop=stopping.is_set)

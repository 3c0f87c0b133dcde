"""Candidates and what was learned about them: profiles, interview notes, evaluation signals."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from api.auth import Admin, AnyReader
from api.deps import MemoryDep
from memory import (
    Candidate,
    CandidateView,
    DeleteReceipt,
    EvaluationSignal,
    InterviewNote,
    InvalidInput,
    NoteIn,
    SignalIn,
    WriteResult,
    WriteStatus,
)

router = APIRouter(prefix="/v1/candidates", tags=["candidates"])

CandidateId = Annotated[str, Path(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9][A-Za-z0-9._:@-]*$")]


def write_status(result: WriteResult, response: Response) -> WriteResult:
    response.status_code = 201 if result.status is WriteStatus.created else 200
    return result


@router.put("/{candidate_id}", response_model=WriteResult, summary="upsert_candidate")
def upsert_candidate(
    candidate_id: CandidateId, candidate: Candidate, memory: MemoryDep, response: Response, _: Admin
) -> WriteResult:
    if candidate.candidate_id != candidate_id:
        raise InvalidInput("candidate_id in the body differs from the path", field="candidate_id")
    return write_status(memory.upsert_candidate(candidate), response)


@router.get("/{candidate_id}", response_model=CandidateView, summary="get")
def get(candidate_id: CandidateId, memory: MemoryDep, _: AnyReader) -> CandidateView:
    return memory.get(candidate_id)


@router.delete("/{candidate_id}", response_model=DeleteReceipt, summary="delete")
def delete(candidate_id: CandidateId, memory: MemoryDep, _: Admin) -> DeleteReceipt:
    return memory.delete(candidate_id)


@router.post("/{candidate_id}/notes", response_model=WriteResult, status_code=201, summary="add_note")
def add_note(candidate_id: CandidateId, note: NoteIn, memory: MemoryDep, response: Response, _: Admin) -> WriteResult:
    return write_status(memory.add_note(InterviewNote(**note.model_dump(), candidate_id=candidate_id)), response)


@router.post("/{candidate_id}/signals", response_model=WriteResult, status_code=201, summary="add_signal")
def add_signal(
    candidate_id: CandidateId, signal: SignalIn, memory: MemoryDep, response: Response, _: Admin
) -> WriteResult:
    full = EvaluationSignal(**signal.model_dump(), candidate_id=candidate_id)
    return write_status(memory.add_signal(full), response)

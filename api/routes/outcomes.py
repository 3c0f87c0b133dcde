"""What the recruiter did with a shortlist, and one logged shortlist as an auditor rebuilds it."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Path
from pydantic import BaseModel, ConfigDict, Field

from api.auth import AnyReader, Auditor
from api.deps import MemoryDep
from memory.decisions import OutcomeAction, RecordedOutcome
from memory.outcomes import MAX_REASON_CHARS, DecisionRecord

router = APIRouter(prefix="/v1/decisions", tags=["outcomes"])

DecisionId = Annotated[str, Path(min_length=1, max_length=100, description="MatchResponse.decision_id")]


class OutcomeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    candidate_id: str = Field(min_length=1, max_length=200, description="A person on that shortlist.")
    action: OutcomeAction
    reason: str | None = Field(default=None, max_length=MAX_REASON_CHARS, description="Optional; dropped on erasure.")
    at: datetime | None = Field(default=None, description="When it happened (now if absent).")


@router.post("/{decision_id}/outcomes", response_model=RecordedOutcome, status_code=201, summary="record_outcome")
def record_outcome(decision_id: DecisionId, body: OutcomeIn, memory: MemoryDep, caller: AnyReader) -> RecordedOutcome:
    return memory.record_outcome(
        decision_id, body.candidate_id, body.action, reason=body.reason, at=body.at, caller=str(caller)
    )


@router.get("/{decision_id}", response_model=DecisionRecord, summary="decision")
def decision(decision_id: DecisionId, memory: MemoryDep, _: Auditor) -> DecisionRecord:
    return memory.decision(decision_id)

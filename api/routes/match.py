"""The shortlist: who have we already met that fits this requisition?"""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from api.auth import AnyReader, Role
from api.deps import MemoryDep
from memory import MatchFilters, MatchResponse, Requisition, RerankOptions


class MatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    requisition: Requisition
    limit: int = Field(default=10, ge=1, le=200)
    filters: MatchFilters = Field(default_factory=MatchFilters)
    weights: dict[str, float] | None = Field(default=None, description="Per-requisition weight overrides.")
    audit: bool = Field(default=False, description="Add the shortlist's representation audit.")
    rerank: RerankOptions | None = Field(default=None, description="A re-ranking proposal (off unless enabled).")
    include_without_consent: bool = Field(default=False, description="Also list fits who need consent, apart.")


router = APIRouter(prefix="/v1", tags=["match"])


@router.post("/match", response_model=MatchResponse, summary="match")
def match(request: MatchRequest, memory: MemoryDep, caller: AnyReader) -> MatchResponse:
    response = memory.match(
        request.requisition,
        limit=request.limit,
        filters=request.filters,
        weights=request.weights,
        audit=request.audit,
        rerank=request.rerank,
        include_without_consent=request.include_without_consent,
        caller=str(caller),
    )
    return for_role(response, caller.role)


def for_role(response: MatchResponse, role: Role) -> MatchResponse:
    """Recruiters and ATSs get the representation warnings; the per-category tables are for auditors."""
    if role in (Role.recruiter, Role.hook) and response.audit is not None:
        response.audit = response.audit.model_copy(update={"families": []})
    return response

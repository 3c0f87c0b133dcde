"""The shortlist: who have we already met that fits this requisition?"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from api.auth import AnyReader, Role
from api.deps import MemoryDep, SettingsDep
from memory import MatchFilters, MatchResponse, Requisition, RerankOptions, TooLarge
from memory.models import Finite


class MatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    requisition: Requisition
    limit: int = Field(default=10, ge=1, le=200)
    filters: MatchFilters = Field(default_factory=MatchFilters)
    weights: dict[Annotated[str, Field(max_length=100)], Finite] | None = Field(
        default=None, max_length=50, description="Per-requisition weight overrides."
    )
    audit: bool = Field(default=False, description="Add the shortlist's representation audit.")
    rerank: RerankOptions | None = Field(default=None, description="A re-ranking proposal (off unless enabled).")
    include_without_consent: bool = Field(default=False, description="Also list fits who need consent, apart.")


router = APIRouter(prefix="/v1", tags=["match"])


@router.post("/match", response_model=MatchResponse, summary="match")
def match(request: MatchRequest, memory: MemoryDep, settings: SettingsDep, caller: AnyReader) -> MatchResponse:
    within_text_limit(request.requisition, settings.max_text_chars)
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


def within_text_limit(requisition: Requisition, limit: int) -> None:
    """A requisition is held to the stored texts' limit (413): a job ad is never longer than a profile."""
    if len(requisition.description) > limit:
        raise TooLarge(
            f"description has {len(requisition.description)} characters; the limit is {limit}", field="description"
        )


def for_role(response: MatchResponse, role: Role) -> MatchResponse:
    """Recruiters and ATSs get the representation warnings; the per-category tables are for auditors."""
    if role in (Role.recruiter, Role.hook) and response.audit is not None:
        response.audit = response.audit.model_copy(update={"families": []})
    return response

"""The decision log's entries: a shortlist as decided, the categories of the people it assessed, an outcome.

Plain pydantic models with no I/O (``memory.decisions.DecisionLog`` stores and reads them), so that an auditor's
notebook, the REST layer and the batch audit share one definition of what a logged decision holds.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field

from memory.audit import RerankProposal
from memory.models import Protected

PSEUDONYM_PREFIX = "erased:"


class LoggedResult(BaseModel):
    candidate_id: str
    rank: int
    score: float
    attributions: dict[str, float]
    base_value: float | None = Field(default=None, description="score == base_value + Σ attributions")
    features: dict[str, float] = Field(default_factory=dict, description="The feature values x_i behind it.")


class DecisionCounts(BaseModel):
    """How many people each step left: everyone held, those the filters admit, those scored, those listed."""

    pool: int
    eligible: int
    assessed: int
    shortlisted: int
    needs_consent: int


class Decision(BaseModel):
    decision_id: str
    at: datetime
    caller: str | None
    requisition_hash: str
    model: str
    weights_version: str
    weights: dict[str, float]
    results: list[LoggedResult]
    assessed: list[tuple[str, float]]
    # Added with issue 15; entries written before have the defaults.
    requisition_id: str | None = None
    requisition: dict[str, Any] | None = Field(default=None, description="The redacted requisition the model read.")
    filters: dict[str, Any] | None = None
    segment: str | None = None
    limit: int | None = None
    include_without_consent: bool = False
    counts: DecisionCounts | None = None
    needs_consent: list[LoggedResult] = Field(default_factory=list)
    audit_shown: bool = False
    warnings: list[str] = Field(default_factory=list)
    proposal: RerankProposal | None = None

    def candidate_ids(self) -> list[str]:
        named = {cid for cid, _ in self.assessed} | {r.candidate_id for r in self.results + self.needs_consent}
        if self.proposal is not None:
            named |= set(self.proposal.order) | set(self.proposal.moved_out)
        return sorted(named)

    def renamed(self, old: str, new: str) -> Decision:
        def swap(cid: str) -> str:
            return new if cid == old else cid

        update: dict[str, Any] = {
            "assessed": [(swap(c), s) for c, s in self.assessed],
            "results": [r.model_copy(update={"candidate_id": swap(r.candidate_id)}) for r in self.results],
            "needs_consent": [r.model_copy(update={"candidate_id": swap(r.candidate_id)}) for r in self.needs_consent],
        }
        if self.proposal is not None:
            p = self.proposal
            update["proposal"] = p.model_copy(
                update={
                    "order": [swap(c) for c in p.order],
                    "moved_in": [swap(c) for c in p.moved_in],
                    "moved_out": [swap(c) for c in p.moved_out],
                }
            )
        return self.model_copy(update=update)


class FoldedRow(BaseModel):
    """An erased person's assessment in one decision, with no identity: what the batch audit needs."""

    score: float
    shortlisted: bool
    categories: Protected


class CategorySnapshot(BaseModel):
    """Who of a decision's pool had self-reported which categories, at that moment (audit-only)."""

    decision_id: str
    at: datetime
    assessed: list[str] = Field(description="Everyone assessed, so that an erasure finds the snapshot by person.")
    categories: dict[str, Protected] = Field(default_factory=dict)
    folded: dict[str, FoldedRow] = Field(default_factory=dict, description="By fold token: erased people.")


class OutcomeAction(StrEnum):
    contacted = "contacted"
    advanced = "advanced"
    rejected = "rejected"
    hired = "hired"


class RecordedOutcome(BaseModel):
    outcome_id: str
    decision_id: str
    candidate_id: str
    action: OutcomeAction
    reason: str | None = None
    at: datetime
    recorded_by: str | None = None


def pseudonym(candidate_id: str, salt: str) -> str:
    """A stable stand-in for an erased candidate: it links their log entries without naming them."""
    return PSEUDONYM_PREFIX + hashlib.sha256(f"{salt}:{candidate_id}".encode()).hexdigest()[:20]


def outcome_id(decision_id: str, candidate_id: str, action: str) -> str:
    """One outcome per (decision, person, action): recording it again replaces it."""
    return hashlib.sha256(f"{decision_id}|{candidate_id}|{action}".encode()).hexdigest()[:24]


class LogWindow(BaseModel):
    """Everything the log holds for a period: what the batch audit and an auditor read."""

    decisions: list[Decision]
    snapshots: list[CategorySnapshot]
    outcomes: list[RecordedOutcome]

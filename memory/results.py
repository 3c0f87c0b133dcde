"""What the memory answers: write outcomes, candidate views, shortlists and import reports."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field

from memory.audit import ShortlistAudit
from memory.models import Candidate, EvaluationSignal, InterviewNote
from memory.relationship import Touchpoint


class WriteStatus(StrEnum):
    created = "created"
    updated = "updated"
    unchanged = "unchanged"


class WriteResult(BaseModel):
    """The outcome of an idempotent write: an identical replay is ``unchanged`` and touches nothing."""

    kind: str
    id: str
    candidate_id: str
    status: WriteStatus
    vectors_written: int = 0
    vectors_removed: int = 0
    possible_duplicates: list[str] = Field(default_factory=list)


class CandidateView(BaseModel):
    """Everything a recruiter may see about one person: never the protected attributes."""

    candidate: Candidate
    notes: list[InterviewNote]
    signals: list[EvaluationSignal]
    touchpoints: list[Touchpoint] = Field(default_factory=list)
    retired: bool = Field(default=False, description="Retired after unanswered outreach: not shortlisted by default.")
    retired_at: datetime | None = None


class DeleteReceipt(BaseModel):
    """What an erasure removed, and when the person's bytes were gone from the store's files."""

    candidate_id: str
    removed: dict[str, int]
    decisions_pseudonymised: int = 0
    suppressed_identities: int = 0
    at: datetime
    gone_from_disk_at: datetime | None = Field(
        default=None,
        description="When no file of the embedded store held the person any longer (None on a Qdrant server, "
        "whose files are the operator's).",
    )


class MergeReceipt(BaseModel):
    kept: str
    merged: str
    moved: dict[str, int]
    at: datetime


class RetentionCandidate(BaseModel):
    candidate_id: str
    last_activity: datetime


class RetentionReport(BaseModel):
    """Who retention lists (or purged): no activity since ``cutoff``; undated legacy records are never listed."""

    cutoff: datetime
    sources: list[str]
    applied: bool
    candidates: list[RetentionCandidate]
    undated: int = Field(default=0, description="Records with no date at all, kept: their age is unknown.")
    purged: int = 0
    stopped: bool = Field(default=False, description="A purge interrupted (SIGTERM) between two batches.")
    receipts: list[DeleteReceipt] = Field(default_factory=list)


class Counts(BaseModel):
    candidates: int
    notes: int
    signals: int
    chunks: int


class Evidence(BaseModel):
    """A note passage behind a candidate's score, with where it came from."""

    note_id: str
    chunk_index: int
    author: str | None
    written_at: datetime | None
    stage: str | None
    text: str
    similarity: float
    kind: str = Field(default="context", description="strength, concern or context (a fact with no judgement).")


class SkillCoverage(BaseModel):
    matched: list[str] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)


class MatchResult(BaseModel):
    """One shortlisted candidate: ``score == base_value + sum(attributions.values())``."""

    candidate_id: str
    rank: int
    score: float
    base_value: float
    attributions: dict[str, float]
    features: dict[str, float]
    evidence: list[Evidence]
    skills: SkillCoverage
    headline: str | None = None
    source: str | None = None
    role_family: str | None = None
    stage_reached: str | None = None
    last_verified_at: datetime | None = Field(default=None, description="Last verification or contact.")
    concerns: list[Evidence] = Field(default_factory=list, description="Note passages that raise a doubt, apart.")
    no_data: dict[str, str] = Field(
        default_factory=dict,
        description="Features with no data for this person (imputed at the reference, attribution 0): label.",
    )
    must_haves_covered: int | None = Field(
        default=None,
        description="How many must-haves this person covers (their ranking tier when their fit probability is "
        "at least memory.fit_level.TIER_FLOOR; None if none asked).",
    )
    fit_level: str | None = Field(default=None, description="strong, possible or weak (calibrated on the dev set).")
    fit_probability: float | None = Field(default=None, description="Calibrated chance of a same-occupation fit.")


class FitSummary(BaseModel):
    """The shortlist's absolute answer: is anyone in the memory a strong fit?"""

    best: str = Field(description="The best fit level in the shortlist: strong, possible, weak (or none).")
    strong: int
    possible: int
    message: str


class Understanding(BaseModel):
    """What the matcher read from the requisition."""

    title: str
    title_from: str
    seniority: str | None
    seniority_from: str
    skills: list[str] = Field(default_factory=list, description="Skills the title and description name.")


class MatchResponse(BaseModel):
    results: list[MatchResult]
    needs_consent: list[MatchResult] = Field(
        default_factory=list, description="With include_without_consent: fits without a valid basis; ask first."
    )
    decision_id: str | None = Field(default=None, description="The decision-log entry of this shortlist.")
    audit: ShortlistAudit | None = Field(default=None, description="Present when the caller asked for an audit.")
    considered: int = Field(description="Candidates scored before the top-k cut.")
    weights: dict[str, float]
    model: str
    took_ms: float
    feature_labels: dict[str, str] = Field(default_factory=dict, description="Recruiter-facing name of each feature.")
    reference: dict[str, float] = Field(
        default_factory=dict, description="The fixed typical candidate every attribution is measured against."
    )
    fit: FitSummary | None = None
    understood: Understanding | None = None


class RejectedLine(BaseModel):
    line: int
    error: str


class ImportReport(BaseModel):
    imported: int
    unchanged: int = 0
    rejected: list[RejectedLine] = Field(default_factory=list)
    possible_duplicates: dict[str, list[str]] = Field(
        default_factory=dict, description="Imported candidates that look like people already held."
    )

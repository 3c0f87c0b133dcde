"""talentrecall's memory: capture what the team learned about people, then ask who fits a role.

The public face is ``Memory``; everything else here is the vocabulary it speaks.

>>> from memory import Memory, Settings, Candidate, Requisition     # doctest: +SKIP
"""

from memory.errors import (
    BackendUnavailable,
    Conflict,
    ConsentRequired,
    InvalidInput,
    NotFound,
    TalentRecallError,
    TooLarge,
)
from memory.memory import Memory
from memory.models import (
    Candidate,
    Consent,
    ConsentStatus,
    EvaluationSignal,
    Intent,
    InterviewNote,
    MatchFilters,
    NoteIn,
    Outcome,
    Protected,
    Requisition,
    RerankOptions,
    Seniority,
    SignalIn,
    Source,
)
from memory.relationship import Cadence, Segment, Touchpoint
from memory.results import (
    CandidateView,
    Counts,
    DeleteReceipt,
    Evidence,
    ImportReport,
    MatchResponse,
    MatchResult,
    RejectedLine,
    SkillCoverage,
    WriteResult,
    WriteStatus,
)
from memory.settings import Settings

__all__ = [
    "BackendUnavailable",
    "Cadence",
    "Candidate",
    "CandidateView",
    "Conflict",
    "Consent",
    "ConsentRequired",
    "ConsentStatus",
    "Counts",
    "DeleteReceipt",
    "EvaluationSignal",
    "Evidence",
    "ImportReport",
    "Intent",
    "InterviewNote",
    "InvalidInput",
    "MatchFilters",
    "MatchResponse",
    "MatchResult",
    "Memory",
    "NotFound",
    "NoteIn",
    "Outcome",
    "Protected",
    "RejectedLine",
    "Requisition",
    "RerankOptions",
    "Segment",
    "Seniority",
    "Settings",
    "SignalIn",
    "SkillCoverage",
    "Source",
    "TalentRecallError",
    "TooLarge",
    "Touchpoint",
    "WriteResult",
    "WriteStatus",
]

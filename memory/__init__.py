"""talentrecall's memory: capture what the team learned about people, then ask who fits a role.

The public face is ``Memory``; everything else here is the vocabulary it speaks.

>>> from memory import Memory, Settings, Candidate, Requisition     # doctest: +SKIP
"""

from memory.errors import BackendUnavailable, Conflict, InvalidInput, NotFound, TalentRecallError, TooLarge
from memory.memory import Memory
from memory.models import (
    Candidate,
    Consent,
    ConsentStatus,
    EvaluationSignal,
    InterviewNote,
    MatchFilters,
    NoteIn,
    Protected,
    Requisition,
    RerankOptions,
    Seniority,
    SignalIn,
    Source,
)
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
    "Candidate",
    "CandidateView",
    "Conflict",
    "Consent",
    "ConsentStatus",
    "Counts",
    "DeleteReceipt",
    "EvaluationSignal",
    "Evidence",
    "ImportReport",
    "InterviewNote",
    "InvalidInput",
    "MatchFilters",
    "MatchResponse",
    "MatchResult",
    "Memory",
    "NotFound",
    "NoteIn",
    "Protected",
    "RejectedLine",
    "Requisition",
    "RerankOptions",
    "Seniority",
    "Settings",
    "SignalIn",
    "SkillCoverage",
    "Source",
    "TalentRecallError",
    "TooLarge",
    "WriteResult",
    "WriteStatus",
]

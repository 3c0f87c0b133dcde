"""The one exception tree of talentrecall.

Every failure a caller can act on is one of these; the HTTP edge (``api/errors.py``) maps them to
RFC 9457 problem documents and the CLI to one line and exit code 1::

    TalentRecallError
    ├── NotFound            → 404  unknown candidate, note or signal
    ├── Conflict            → 409  an external id already used by another candidate
    ├── InvalidInput        → 422  a value the domain rejects (with the field when known)
    │   └── TooLarge        → 413  a text over the size limit
    ├── ConsentRequired     → 403  an erased (suppressed) identity re-imported without fresh consent
    └── BackendUnavailable  → 503  store locked, corrupt or built with another model; model missing

Nothing is written when one of these is raised: validation happens before the first store call.
"""

from __future__ import annotations


class TalentRecallError(Exception):
    """Base of every error talentrecall raises on purpose."""

    title = "talentrecall error"

    def __init__(self, detail: str, *, field: str | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.field = field


class NotFound(TalentRecallError):
    title = "Not found"


class Conflict(TalentRecallError):
    title = "Conflict"


class InvalidInput(TalentRecallError):
    title = "Invalid input"


class TooLarge(InvalidInput):
    title = "Payload too large"


class ConsentRequired(TalentRecallError):
    title = "Consent required"


class BackendUnavailable(TalentRecallError):
    title = "Backend unavailable"

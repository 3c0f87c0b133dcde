"""How domain records sit in store payloads: hashes, filter fields and point ids.

Kept apart from capture and match so both read the same layout.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from pydantic import BaseModel

from memory.models import Candidate, Consent, ConsentStatus

# Qdrant integer payloads are int64; "never expires" must still compare as later than any now.
NEVER_EXPIRES = 253_402_300_799  # 9999-12-31T23:59:59Z
NOT_GRANTED = 0


def content_hash(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode())
        digest.update(b"\x00")
    return digest.hexdigest()


def record_json(model: BaseModel) -> dict[str, Any]:
    return model.model_dump(mode="json", exclude_none=False)


def record_hash(model: BaseModel) -> str:
    return content_hash(json.dumps(record_json(model), sort_keys=True, separators=(",", ":")))


def consent_until(consent: Consent) -> int:
    """Epoch seconds up to which the consent holds, so a shortlist filters with one range condition."""
    if consent.status is not ConsentStatus.granted:
        return NOT_GRANTED
    if consent.expires_at is None:
        return NEVER_EXPIRES
    return int(consent.expires_at.timestamp())


# Rejection reasons after which someone is not a silver-medalist (matched as lowercase substrings).
DISQUALIFYING = (
    "background check",
    "misconduct",
    "dishonest",
    "falsif",
    "no right to work",
    "not eligible for rehire",
    "reneged",
)
FINAL_STAGES = ("final", "offer")


def is_silver(candidate: Candidate, deepest_stage: str | None) -> bool:
    """Declared, or derived: reached a final or offer stage, not hired, not rejected for cause."""
    if candidate.source.value == "silver_medalist":
        return True
    reason = (candidate.rejection_reason or "").lower()
    return (
        deepest_stage in FINAL_STAGES
        and (candidate.application_outcome is None or candidate.application_outcome.value != "hired")
        and not any(term in reason for term in DISQUALIFYING)
    )


def filter_fields(candidate: Candidate, derived: dict[str, Any] | None = None) -> dict[str, Any]:
    """The candidate fields a shortlist filters on, copied onto every point of the candidate.

    ``derived`` holds what the memory learned itself (deepest stage reached, retirement). Strings only,
    never booleans: Qdrant Edge 0.9.0 never matches a boolean filter.
    """
    derived = derived or {}
    return {
        "intent": candidate.intent.value if candidate.intent else "",
        "silver": "yes" if is_silver(candidate, derived.get("deepest_stage")) else "no",
        "retired": "yes" if derived.get("retired") else "no",
        "candidate_id": candidate.candidate_id,
        "consent_status": candidate.consent.status.value,
        "consent_until": consent_until(candidate.consent),
        "source": candidate.source.value,
        "role_family": candidate.role_family or "",
        "location": (candidate.location or "").strip().lower(),
        "seniority": candidate.seniority.value if candidate.seniority else "",
    }


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


# The payload fields every point of a candidate carries, derived so the list cannot drift.
FILTER_KEYS: tuple[str, ...] = tuple(filter_fields(Candidate(candidate_id="keys")))

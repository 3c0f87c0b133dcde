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


def filter_fields(candidate: Candidate) -> dict[str, Any]:
    """The candidate fields a shortlist filters on, copied onto every point of the candidate.

    Strings only (never booleans): Qdrant Edge 0.9.0 never matches a boolean filter.
    """
    return {
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

"""The suppression list: who was erased, kept only as salted hashes, so a re-import can be refused.

An erased person may come back (a new application, a bought list), but only with consent recorded after
the erasure by the server's clock. The list matches on every identifier the record carries: normalised
emails, phone numbers (E.164 through ``phonenumbers``) and the name together with the location: a name
alone is too common to refuse anyone on, a name in the same place is the same person often enough.

It never stores the identifiers themselves: a salted SHA-256 of each key is enough to recognise them and
useless to anyone reading the store.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from memory.identity import identity_keys, name_key, suppression_hash
from memory.models import Candidate, ConsentStatus
from memory.store import Collection, StoredPoint, VectorStore, point_id

# Client clocks drift; a time asserted by a client may lie this far in the future and no further.
MAX_CLOCK_SKEW = timedelta(minutes=5)


def suppression_keys(candidate: Candidate) -> list[str]:
    """Every key that identifies the person: contact keys, and the name in its location.

    >>> suppression_keys(Candidate(candidate_id="c", name="Ana Díaz", location="Lisbon", phones=["+351 912 345 678"]))
    ['name:ana diaz|lisbon', 'phone:+351912345678', 'phone:1912345678']
    """
    keys = set(identity_keys(candidate))
    name = name_key(candidate.name)
    location = (candidate.location or "").strip().lower()
    if name and location:
        keys.add(f"name:{name}|{location}")
    return sorted(keys)


class Suppression:
    def __init__(self, store: VectorStore, salt: str) -> None:
        self._store = store
        self._salt = salt

    def _ids(self, candidate: Candidate) -> list[str]:
        hashes = (suppression_hash(key, self._salt) for key in suppression_keys(candidate))
        return [point_id(Collection.suppressed, h) for h in hashes]

    def add(self, candidate: Candidate, at: datetime) -> int:
        """Remember the person's keys as erased at ``at``; returns how many keys."""
        points = [
            StoredPoint(point_id(Collection.suppressed, h), {"key_hash": h, "at": at.isoformat()})
            for h in (suppression_hash(k, self._salt) for k in suppression_keys(candidate))
        ]
        if points:
            self._store.upsert(Collection.suppressed, points)
        return len(points)

    def erased_at(self, candidate: Candidate) -> datetime | None:
        """When the latest erased identity sharing a key with ``candidate`` was erased; None if none was."""
        found = self._store.retrieve(Collection.suppressed, self._ids(candidate))
        return max((datetime.fromisoformat(p.payload["at"]) for p in found), default=None)

    def admits(self, candidate: Candidate, now: datetime) -> bool:
        """Not suppressed, or carrying consent granted after the erasure and not after ``now`` (+ skew)."""
        erased = self.erased_at(candidate)
        if erased is None:
            return True
        consent = candidate.consent
        return (
            consent.status is ConsentStatus.granted
            and consent.recorded_at is not None
            and erased < consent.recorded_at <= now + MAX_CLOCK_SKEW
        )

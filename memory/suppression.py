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

from memory.identity import identity_keys, name_key, place_key, suppression_hash
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
    location = place_key(candidate.location)
    if name and location:
        keys.add(f"name:{name}|{location}")
    return sorted(keys)


class Suppression:
    def __init__(self, store: VectorStore, salt: str) -> None:
        self._store = store
        self._salt = salt

    def add(self, candidate: Candidate, at: datetime) -> int:
        """Remember the person's keys as erased at ``at``; returns how many keys."""
        points = [
            StoredPoint(point_id(Collection.suppressed, h), {"key_hash": h, "at": at.isoformat()})
            for h in (suppression_hash(k, self._salt) for k in suppression_keys(candidate))
        ]
        if points:
            self._store.upsert(Collection.suppressed, points)
        return len(points)

    def erased_at_many(self, candidates: list[Candidate]) -> dict[str, datetime]:
        """For each candidate sharing a key with an erased identity, when the latest such erasure was."""
        hashes = {c.candidate_id: [suppression_hash(k, self._salt) for k in suppression_keys(c)] for c in candidates}
        ids = sorted({point_id(Collection.suppressed, h) for hs in hashes.values() for h in hs})
        if not ids:
            return {}
        found = {
            p.payload["key_hash"]: datetime.fromisoformat(p.payload["at"])
            for p in self._store.retrieve(Collection.suppressed, ids)
        }
        out = {}
        for candidate_id, keys in hashes.items():
            moments = [found[h] for h in keys if h in found]
            if moments:
                out[candidate_id] = max(moments)
        return out

    @staticmethod
    def admits(candidate: Candidate, erased: datetime | None, now: datetime) -> bool:
        """Not erased, or carrying consent granted after the erasure and not after ``now`` (+ skew)."""
        if erased is None:
            return True
        consent = candidate.consent
        return (
            consent.status is ConsentStatus.granted
            and consent.recorded_at is not None
            and erased < consent.recorded_at <= now + MAX_CLOCK_SKEW
        )

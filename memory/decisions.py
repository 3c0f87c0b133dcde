"""The decision log (EU AI Act Art. 12): an append-only record of every shortlist the memory produced.

Each entry holds when, who asked, a hash of the requisition text, the model and weights version, every
candidate assessed with their score, and the shortlist with its attributions. It is the source of the
batch bias audit. Entries are only ever added, pseudonymised (when a candidate is erased) or purged
after the retention period; nothing else rewrites them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import datetime

from pydantic import BaseModel

from memory.store import Collection, StoredPoint, VectorStore, Where, point_id


class LoggedResult(BaseModel):
    candidate_id: str
    rank: int
    score: float
    attributions: dict[str, float]


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

    def candidate_ids(self) -> list[str]:
        return sorted({cid for cid, _ in self.assessed} | {r.candidate_id for r in self.results})


def pseudonym(candidate_id: str, salt: str) -> str:
    """A stable stand-in for an erased candidate: it links their log entries without naming them."""
    return "erased:" + hashlib.sha256(f"{salt}:{candidate_id}".encode()).hexdigest()[:20]


class DecisionLog:
    def __init__(self, store: VectorStore) -> None:
        self._store = store

    def append(self, decision: Decision) -> None:
        payload = {
            "decision_id": decision.decision_id,
            "at": int(decision.at.timestamp()),
            "candidate_ids": decision.candidate_ids(),
            "record": decision.model_dump(mode="json"),
        }
        self._store.upsert(
            Collection.decisions, [StoredPoint(point_id(Collection.decisions, decision.decision_id), payload)]
        )

    def between(self, start: datetime, end: datetime) -> Iterator[Decision]:
        """Entries with ``start <= at < end``, oldest first."""
        found = [
            Decision.model_validate(p.payload["record"])
            for p in self._store.scroll(Collection.decisions, Where(at_least={"at": int(start.timestamp())}))
            if p.payload["at"] < int(end.timestamp())
        ]
        yield from sorted(found, key=lambda d: (d.at, d.decision_id))

    def count(self) -> int:
        return self._store.count(Collection.decisions)

    def pseudonymise(self, candidate_id: str, salt: str) -> int:
        """Replace the candidate's id by its pseudonym in every entry that names them; returns how many."""
        return self.rename(candidate_id, pseudonym(candidate_id, salt))

    def purge(self, before: datetime) -> int:
        """Drop entries older than ``before`` (the retention limit); returns how many."""
        cut = int(before.timestamp())
        stale = [p.id for p in self._store.scroll(Collection.decisions) if p.payload["at"] < cut]
        self._store.delete(Collection.decisions, stale)
        return len(stale)

    def mentioning(self, candidate_id: str) -> list[Decision]:
        points = self._store.scroll(Collection.decisions, Where.eq("candidate_ids", candidate_id))
        return sorted((Decision.model_validate(p.payload["record"]) for p in points), key=lambda d: d.at)

    def rename(self, old: str, new: str) -> int:
        """Point entries about ``old`` at ``new`` (a merge of two records of one person)."""
        touched = 0
        for decision in self.mentioning(old):
            decision.assessed = [(new if c == old else c, s) for c, s in decision.assessed]
            for result in decision.results:
                if result.candidate_id == old:
                    result.candidate_id = new
            self.append(decision)
            touched += 1
        return touched

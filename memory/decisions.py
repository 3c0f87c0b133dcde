"""The decision log (EU AI Act Art. 12): an append-only record of every shortlist the memory produced.

Each entry holds when, who asked, a hash of the requisition text, the model and weights version, every
candidate assessed with their score, and the shortlist with its attributions. It is the source of the
batch bias audit. Entries are only ever added, pseudonymised (when a candidate is erased) or purged
after the retention period; nothing else rewrites them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
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
    """The log over a store: appended entries, read by time or by person, rewritten only to rename.

    Reads by person and by time go through payload indexes (``candidate_ids`` keyword, ``at`` integer),
    so erasing a person costs O(their entries), not O(the log).
    """

    def __init__(self, store: VectorStore) -> None:
        self._store = store

    def append(self, *decisions: Decision) -> None:
        """Log one or more entries (one store write for all of them)."""
        entries = [_entry(point_id(Collection.decisions, d.decision_id), d, 0) for d in decisions]
        self._store.upsert(Collection.decisions, entries)

    def between(self, start: datetime, end: datetime) -> Iterator[Decision]:
        """Entries with ``start <= at < end``, oldest first."""
        where = Where(at_least={"at": int(start.timestamp())}, below={"at": int(end.timestamp())})
        yield from sorted(_latest(self._store.scroll(Collection.decisions, where)), key=lambda d: (d.at, d.decision_id))

    def count(self) -> int:
        return self._store.count(Collection.decisions)

    def pseudonymise(self, candidate_id: str, salt: str) -> int:
        """Replace the candidate's id by its pseudonym in every entry that names them; returns how many.

        Idempotent: run again after a crash, it finishes the entries still naming the candidate.
        """
        return self.rename(candidate_id, pseudonym(candidate_id, salt))

    def purge(self, before: datetime) -> int:
        """Drop entries older than ``before`` (the retention limit); returns how many."""
        stale = Where(below={"at": int(before.timestamp())})
        found = self._store.count(Collection.decisions, stale)
        if found:
            self._store.delete_where(Collection.decisions, stale)
        return found

    def mentioning(self, candidate_id: str) -> list[Decision]:
        points = self._store.scroll(Collection.decisions, Where.eq("candidate_ids", candidate_id))
        return sorted(_latest(points), key=lambda d: (d.at, d.decision_id))

    def rename(self, old: str, new: str) -> int:
        """Point entries about ``old`` at ``new`` (a merge of two records of one person, or an erasure).

        Each rewritten entry is stored as a new point and the old point deleted, so that
        ``purge_deleted`` removes the old version's bytes (an overwrite in place would leave them in the
        segment). The new point's id is derived from its content: a re-run after a crash between the two
        writes rewrites the same point and then deletes what is left of the old ones.
        """
        if old == new:
            return 0
        found = list(self._store.scroll(Collection.decisions, Where.eq("candidate_ids", old)))
        renamed = []
        for point in found:
            decision = Decision.model_validate(point.payload["record"])
            decision.assessed = [(new if c == old else c, s) for c, s in decision.assessed]
            for result in decision.results:
                if result.candidate_id == old:
                    result.candidate_id = new
            content = f"{decision.decision_id}|{','.join(decision.candidate_ids())}"
            renamed.append(_entry(point_id(Collection.decisions, content), decision, point.payload.get("rev", 0) + 1))
        self._store.upsert(Collection.decisions, renamed)
        self._store.delete(Collection.decisions, [p.id for p in found])
        return len(found)


def _entry(pid: str, decision: Decision, rev: int) -> StoredPoint:
    payload = {
        "decision_id": decision.decision_id,
        "at": int(decision.at.timestamp()),
        "candidate_ids": decision.candidate_ids(),
        "rev": rev,
        "record": decision.model_dump(mode="json"),
    }
    return StoredPoint(pid, payload)


def _latest(points: Iterable[StoredPoint]) -> list[Decision]:
    # Two versions of one entry coexist only between the two writes of a rename that a crash cut short.
    newest: dict[str, StoredPoint] = {}
    for p in points:
        seen = newest.get(p.payload["decision_id"])
        if seen is None or p.payload.get("rev", 0) > seen.payload.get("rev", 0):
            newest[p.payload["decision_id"]] = p
    return [Decision.model_validate(p.payload["record"]) for p in newest.values()]

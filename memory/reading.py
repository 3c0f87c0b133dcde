"""What a recruiter may read of one person, and how much the memory holds.

Kept apart from the write path and the privacy service so that every read of a person's record goes
through one place that leaves the protected attributes out (they live in their own collection and are
read only by audits).
"""

from __future__ import annotations

from datetime import UTC, datetime

from memory.errors import NotFound
from memory.lifecycle import Lifecycle
from memory.models import Candidate, EvaluationSignal, InterviewNote
from memory.results import CandidateView, Counts
from memory.store import Collection, VectorStore, Where, point_id

_EPOCH = datetime.min.replace(tzinfo=UTC)  # undated notes and signals sort first


class Reader:
    """Reads candidates with their notes, signals and touchpoints; never their protected attributes."""

    def __init__(self, store: VectorStore, lifecycle: Lifecycle) -> None:
        self._store = store
        self._lifecycle = lifecycle

    def get(self, candidate_id: str) -> CandidateView:
        found = self._store.retrieve(Collection.candidates, [point_id(Collection.candidates, candidate_id)])
        if not found:
            raise NotFound(f"candidate {candidate_id} does not exist")
        where = Where.eq("candidate_id", candidate_id)
        notes = [InterviewNote.model_validate(p.payload["record"]) for p in self._store.scroll(Collection.notes, where)]
        signals = [
            EvaluationSignal.model_validate(p.payload["record"]) for p in self._store.scroll(Collection.signals, where)
        ]
        notes.sort(key=lambda n: (n.written_at or _EPOCH, n.note_id))
        signals.sort(key=lambda s: (s.observed_at or _EPOCH, s.signal_id))
        derived = found[0].payload.get("derived", {})  # what the memory learned itself (retirement)
        return CandidateView(
            candidate=Candidate.model_validate(found[0].payload["record"]),
            notes=notes,
            signals=signals,
            touchpoints=self._lifecycle.touchpoints(candidate_id),
            retired=bool(derived.get("retired")),
            retired_at=derived.get("retired_at"),
        )

    def count(self) -> Counts:
        return Counts(
            candidates=self._store.count(Collection.candidates),
            notes=self._store.count(Collection.notes),
            signals=self._store.count(Collection.signals),
            chunks=self._store.count(Collection.chunks),
        )

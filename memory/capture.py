"""Writing what the team learned: candidates, interview notes and evaluation signals.

Every write is idempotent by the caller's external id. Identical data is a no-op; changed text is
re-embedded and its old vectors replaced, with no orphan chunks left behind; unchanged text is never
encoded twice (its vector is reused by content hash). Writes come in batches so that a bulk import
encodes many texts per model call; a single write is a batch of one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from embed import Encoder, LexicalEncoder, SparseVec
from memory import skills
from memory.chunking import chunk_text
from memory.errors import Conflict, NotFound, TalentRecallError, TooLarge
from memory.identity import identity_keys, name_key
from memory.models import Candidate, EvaluationSignal, InterviewNote
from memory.records import FILTER_KEYS, content_hash, filter_fields, iso, record_hash, record_json
from memory.redact import redact
from memory.results import WriteResult, WriteStatus
from memory.store import Collection, StoredPoint, VectorStore, Where, point_id

Outcome = WriteResult | TalentRecallError


@dataclass
class _Pending:
    """Texts waiting for one batched encoder call."""

    texts: list[str]

    def add(self, text: str) -> int:
        self.texts.append(text)
        return len(self.texts) - 1


@dataclass(frozen=True)
class _Owner:
    fields: dict[str, object]
    names: list[str]


def profile_text(candidate: Candidate) -> str:
    """The profile as the encoder and the lexical index see it: redacted, the person's own name included."""
    return redact(candidate.public().profile_text(), [candidate.name] if candidate.name else [])


def _check_size(limit: int, **texts: str | None) -> None:
    for name, text in texts.items():
        if text is not None and len(text) > limit:
            raise TooLarge(f"{name} has {len(text)} characters; the limit is {limit}", field=name)


class Capture:
    """The write side of the memory, over one store and one encoder."""

    def __init__(
        self,
        store: VectorStore,
        encoder: Encoder,
        lexical: LexicalEncoder,
        *,
        max_chars: int,
        chunk_words: int,
    ) -> None:
        self._store = store
        self._encoder = encoder
        self._lexical = lexical
        self._max_chars = max_chars
        self._chunk_words = chunk_words

    def _encode(self, pending: _Pending) -> np.ndarray:
        return self._encoder.encode(pending.texts) if pending.texts else np.zeros((0, self._encoder.dim))

    def candidates(self, batch: Sequence[Candidate]) -> list[Outcome]:
        """Upsert candidates; the profile vector is the normalised mean of the profile's chunk vectors."""
        ids = [point_id(Collection.candidates, c.candidate_id) for c in batch]
        existing = {p.id: p for p in self._store.retrieve(Collection.candidates, ids, with_vectors=True)}
        outcomes: list[Outcome] = []
        plans: list[tuple[int, Candidate, str, str, str, list[int] | None]] = []
        pending = _Pending([])
        for index, candidate in enumerate(batch):
            try:
                _check_size(self._max_chars, summary=candidate.summary, headline=candidate.headline)
            except TalentRecallError as err:
                outcomes.append(err)
                continue
            public = candidate.public()
            text = profile_text(candidate)
            rec_hash = record_hash(public)
            text_hash = content_hash(self._encoder.model_id, text)
            old = existing.get(ids[index])
            protected_changed = self._protected_changed(candidate)
            if old and old.payload.get("record_hash") == rec_hash and not protected_changed:
                outcomes.append(self._result("candidate", candidate.candidate_id, candidate, WriteStatus.unchanged))
                continue
            rows: list[int] | None = None
            if text and not (old and old.payload.get("text_hash") == text_hash):
                rows = [pending.add(chunk) for chunk in chunk_text(text, self._chunk_words)]
            plans.append((index, candidate, text, rec_hash, text_hash, rows))
            outcomes.append(self._result("candidate", candidate.candidate_id, candidate, WriteStatus.unchanged))
        vectors = self._encode(pending)
        for index, candidate, text, rec_hash, text_hash, rows in plans:
            old = existing.get(ids[index])
            public = candidate.public()
            if rows is not None:
                mean = vectors[rows].mean(axis=0)
                dense: Sequence[float] | None = (mean / max(float(np.linalg.norm(mean)), 1e-12)).tolist()
                sparse: SparseVec | None = self._lexical.document(text)
                written = 1
            else:
                dense = old.dense if old and text else None
                sparse = old.sparse if old and text else None
                written = 0
            derived = dict(old.payload.get("derived", {})) if old else {}
            fields = filter_fields(candidate, derived)
            payload = {
                **fields,
                "record": record_json(public),
                "record_hash": rec_hash,
                "text_hash": text_hash,
                "skills": sorted(skills.candidate_skills(public.skills, text)),
                "profile_text": text,
                "derived": derived,
                "identity_keys": identity_keys(candidate),
                "name_key": name_key(candidate.name) or "",
            }
            self._store.upsert(Collection.candidates, [StoredPoint(ids[index], payload, dense, sparse)])
            if old is not None and any(old.payload.get(k) != v for k, v in fields.items()):
                where = Where.eq("candidate_id", candidate.candidate_id)
                self._store.set_payload_where(Collection.chunks, where, fields)
            self._write_protected(candidate)
            status = WriteStatus.updated if old else WriteStatus.created
            outcomes[index] = self._result("candidate", candidate.candidate_id, candidate, status, written)
        return outcomes

    def _protected_changed(self, candidate: Candidate) -> bool:
        if candidate.protected is None:
            return False
        key = point_id(Collection.protected, candidate.candidate_id)
        stored = self._store.retrieve(Collection.protected, [key])
        wanted = {"candidate_id": candidate.candidate_id, **candidate.protected.model_dump(mode="json")}
        return not stored or stored[0].payload != wanted

    def _write_protected(self, candidate: Candidate) -> None:
        """Protected attributes go to their own collection, which matching never reads."""
        if candidate.protected is None:
            return
        payload = {"candidate_id": candidate.candidate_id, **candidate.protected.model_dump(mode="json")}
        key = point_id(Collection.protected, candidate.candidate_id)
        self._store.upsert(Collection.protected, [StoredPoint(key, payload)])

    def notes(self, batch: Sequence[InterviewNote]) -> list[Outcome]:
        """Add or replace notes: one point per note, one vector per sentence-aware chunk."""
        owners = self._owners({n.candidate_id for n in batch})
        note_ids = [point_id(Collection.notes, n.note_id) for n in batch]
        existing = {p.id: p for p in self._store.retrieve(Collection.notes, note_ids)}
        outcomes: list[Outcome] = []
        plans: list[tuple[int, InterviewNote, list[str], list[StoredPoint | int], int]] = []
        pending = _Pending([])
        for index, note in enumerate(batch):
            try:
                _check_size(self._max_chars, text=note.text)
                if note.candidate_id not in owners:
                    raise NotFound(f"candidate {note.candidate_id} does not exist", field="candidate_id")
                old = existing.get(note_ids[index])
                if old and old.payload["candidate_id"] != note.candidate_id:
                    raise Conflict(f"note {note.note_id} belongs to another candidate", field="note_id")
            except TalentRecallError as err:
                outcomes.append(err)
                continue
            if old and old.payload.get("record_hash") == record_hash(note):
                outcomes.append(
                    WriteResult(
                        kind="note",
                        id=note.note_id,
                        candidate_id=note.candidate_id,
                        status=WriteStatus.unchanged,
                    )
                )
                continue
            chunks = chunk_text(redact(note.text, owners[note.candidate_id].names), self._chunk_words)
            reuse = {
                p.payload["text_hash"]: p
                for p in self._store.scroll(Collection.chunks, Where.eq("note_id", note.note_id), with_vectors=True)
            }
            slots: list[StoredPoint | int] = []
            for chunk in chunks:
                known = reuse.get(content_hash(self._encoder.model_id, chunk))
                slots.append(known if known is not None else pending.add(chunk))
            plans.append((index, note, chunks, slots, len(reuse)))
            outcomes.append(
                WriteResult(kind="note", id=note.note_id, candidate_id=note.candidate_id, status=WriteStatus.unchanged)
            )
        vectors = self._encode(pending)
        for index, note, chunks, slots, old_count in plans:
            fields = owners[note.candidate_id].fields
            points = []
            for position, (chunk, slot) in enumerate(zip(chunks, slots, strict=True)):
                if isinstance(slot, StoredPoint):
                    dense, sparse = slot.dense, slot.sparse
                else:
                    dense, sparse = vectors[slot].tolist(), self._lexical.document(chunk)
                payload = {
                    **fields,
                    "note_id": note.note_id,
                    "chunk_index": position,
                    "text": chunk,
                    "text_hash": content_hash(self._encoder.model_id, chunk),
                    "skills": sorted(skills.extract(chunk)),
                    "author": note.author,
                    "stage": note.stage,
                    "written_at": iso(note.written_at),
                }
                points.append(
                    StoredPoint(point_id(Collection.chunks, f"{note.note_id}#{position}"), payload, dense, sparse)
                )
            self._store.upsert(Collection.chunks, points)
            stale = [point_id(Collection.chunks, f"{note.note_id}#{i}") for i in range(len(chunks), old_count)]
            self._store.delete(Collection.chunks, stale)
            payload = {
                "candidate_id": note.candidate_id,
                "note_id": note.note_id,
                "record": record_json(note),
                "record_hash": record_hash(note),
                "chunks": len(chunks),
            }
            self._store.upsert(Collection.notes, [StoredPoint(note_ids[index], payload)])
            status = WriteStatus.updated if note_ids[index] in existing else WriteStatus.created
            encoded = sum(1 for slot in slots if isinstance(slot, int))
            outcomes[index] = WriteResult(
                kind="note",
                id=note.note_id,
                candidate_id=note.candidate_id,
                status=status,
                vectors_written=encoded,
                vectors_removed=max(old_count - len(chunks), 0),
            )
        return outcomes

    def signals(self, batch: Sequence[EvaluationSignal]) -> list[Outcome]:
        owners = self._owners({s.candidate_id for s in batch})
        ids = [point_id(Collection.signals, s.signal_id) for s in batch]
        existing = {p.id: p for p in self._store.retrieve(Collection.signals, ids)}
        outcomes: list[Outcome] = []
        for key, signal in zip(ids, batch, strict=True):
            old = existing.get(key)
            if signal.candidate_id not in owners:
                outcomes.append(NotFound(f"candidate {signal.candidate_id} does not exist", field="candidate_id"))
                continue
            if old and old.payload["candidate_id"] != signal.candidate_id:
                outcomes.append(Conflict(f"signal {signal.signal_id} belongs to another candidate", field="signal_id"))
                continue
            digest = record_hash(signal)
            status = WriteStatus.unchanged
            if not (old and old.payload.get("record_hash") == digest):
                payload = {
                    "candidate_id": signal.candidate_id,
                    "signal_id": signal.signal_id,
                    "record": record_json(signal),
                    "record_hash": digest,
                }
                self._store.upsert(Collection.signals, [StoredPoint(key, payload)])
                status = WriteStatus.updated if old else WriteStatus.created
            outcomes.append(
                WriteResult(kind="signal", id=signal.signal_id, candidate_id=signal.candidate_id, status=status)
            )
        return outcomes

    def _owners(self, candidate_ids: set[str]) -> dict[str, _Owner]:
        """What notes need of each existing candidate among ``candidate_ids``."""
        keys = [point_id(Collection.candidates, cid) for cid in sorted(candidate_ids)]
        return {
            p.payload["candidate_id"]: _Owner(
                {k: p.payload[k] for k in FILTER_KEYS},
                [p.payload["record"]["name"]] if p.payload["record"].get("name") else [],
            )
            for p in self._store.retrieve(Collection.candidates, keys)
        }

    @staticmethod
    def _result(kind: str, key: str, candidate: Candidate, status: WriteStatus, written: int = 0) -> WriteResult:
        return WriteResult(
            kind=kind, id=key, candidate_id=candidate.candidate_id, status=status, vectors_written=written
        )

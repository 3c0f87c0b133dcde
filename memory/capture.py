"""How records become stored points: redact → chunk → encode (reusing vectors by content hash) → upsert.

Only ``memory.writer`` calls this module. The writer decides *whether* a record may enter the memory
(suppression, sizes, owners, clock skew) and what follows from it (consent history, derived facts,
duplicates); this module decides *how* an admitted record is stored. Every method takes a batch, so a
bulk import encodes many texts per model call; a single write is a batch of one.

Unchanged text is never encoded twice: a chunk whose redacted text (and model) hashes to a vector
already stored for the same note is reused, and so is a passage's.

A note's passages (the sentences a match may show as evidence, ``memory.evidence``) get their vectors here,
in the same encoder call as the chunks, from the redacted passage (the model never reads a name): one point
each in ``Collection.passages``, so that a match ranks evidence by reading scores, not by running the
model. A chunk's ``passage_vectors`` field says how many it has; chunks written before it have none, and a
match embeds their passages itself (``memory.passages``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from embed import Encoder, LexicalEncoder, SparseVec
from memory import evidence as E
from memory import skills
from memory.capture_plans import ChunkPlan, NotePlan, ProfilePlan, Redacts, Texts, owner_fields, redact
from memory.chunking import chunk_text, passages
from memory.identity import identity_keys, name_key
from memory.models import Candidate, EvaluationSignal, InterviewNote, Protected
from memory.records import content_hash, filter_fields, iso, record_hash, record_json
from memory.results import WriteResult, WriteStatus
from memory.store import Collection, StoredPoint, VectorStore, Where, point_id

# A zero vector has no direction; this floor keeps the normalisation of a mean vector finite.
_MIN_NORM = 1e-12
# A profile's vector is the normalised mean of its chunks' vectors, in chunks of this many words rather than
# the notes' 150: a resume (median 330 words, up to 2,200) then counts every part about as much as the model
# reads it, and shorter chunks keep each section's subject from being averaged into its neighbour's. Dev set
# NDCG@10 of the profile similarity alone: 0.695 at 150 words, 0.710 at 80, with the query below
# (python -m eval.run; the sweep is in EVAL.md's notes).
PROFILE_CHUNK_WORDS = 80
# Part of the profile's content hash: a store written with other profile chunks re-encodes a profile when it
# is next written, instead of keeping a vector made another way under the same hash.
_PROFILE_RECIPE = f"profile-chunks={PROFILE_CHUNK_WORDS}\n"


class Capture:
    """The storing half of the write path, over one store, one encoder and one redactor."""

    def __init__(
        self,
        store: VectorStore,
        encoder: Encoder,
        lexical: LexicalEncoder,
        redactor: Redacts,
        *,
        chunk_words: int,
    ) -> None:
        self._store = store
        self._encoder = encoder
        self._lexical = lexical
        self._redactor = redactor
        self._chunk_words = chunk_words

    def _encode(self, pending: Texts) -> np.ndarray:
        return self._encoder.encode(pending.texts) if pending.texts else np.zeros((0, self._encoder.dim))

    def _hash(self, text: str) -> str:
        return content_hash(self._encoder.model_id, text)

    # -- candidates -----------------------------------------------------------------------------------

    def candidates(
        self, batch: Sequence[Candidate], existing: Mapping[str, StoredPoint], created_at: int
    ) -> list[WriteResult]:
        """Upsert candidates; the profile vector is the normalised mean of the profile's chunk vectors.

        ``existing`` maps candidate ids to their stored points (with vectors), read once by the writer.
        ``created_at`` (epoch seconds, the server's clock) is kept on new records and never changed after.
        """
        texts = redact(self._redactor, self._encoder, [c.public().profile_text() for c in batch], batch)
        pending = Texts()
        plans: list[ProfilePlan] = []
        for candidate, text in zip(batch, texts, strict=True):
            old = existing.get(candidate.candidate_id)
            text_hash = self._hash(_PROFILE_RECIPE + text)
            rows = None
            if text and not (old and old.payload.get("text_hash") == text_hash):
                rows = [pending.add(chunk) for chunk in chunk_text(text, PROFILE_CHUNK_WORDS)]
            plans.append(ProfilePlan(candidate, old, text, text_hash, rows))
        vectors = self._encode(pending)
        points, protected, results = [], [], []
        for plan in plans:
            dense, sparse = self._profile_vectors(plan, vectors)
            old = plan.old
            derived = dict(old.payload.get("derived", {})) if old else {}
            fields = filter_fields(plan.candidate, derived)
            public = plan.candidate.public()
            payload = {
                **fields,
                "record": record_json(public),
                "record_hash": record_hash(public),
                "text_hash": plan.text_hash,
                "skills": sorted(skills.candidate_skills(public.skills, plan.text)),
                "profile_text": plan.text,
                "derived": derived,
                "identity_keys": identity_keys(plan.candidate),
                "name_key": name_key(plan.candidate.name) or "",
                # Legacy points (written before creation times were kept) stay undated: retention never
                # purges a record whose age it does not know.
                "created_at": old.payload.get("created_at") if old else created_at,
            }
            key = point_id(Collection.candidates, plan.candidate.candidate_id)
            points.append(StoredPoint(key, payload, dense, sparse))
            if old is not None and any(old.payload.get(k) != v for k, v in fields.items()):
                of_candidate = Where.eq("candidate_id", plan.candidate.candidate_id)
                self._store.set_payload_where(Collection.chunks, of_candidate, fields)
            if plan.candidate.protected is not None:  # their own collection, which matching never reads
                key = point_id(Collection.protected, plan.candidate.candidate_id)
                protected.append(StoredPoint(key, _protected_payload(plan.candidate)))
            results.append(
                WriteResult(
                    kind="candidate",
                    id=plan.candidate.candidate_id,
                    candidate_id=plan.candidate.candidate_id,
                    status=WriteStatus.updated if old else WriteStatus.created,
                    vectors_written=1 if plan.rows is not None else 0,
                )
            )
        # One upsert per collection for the whole batch: each store write is flushed to disk before it returns.
        self._store.upsert(Collection.candidates, points)
        if protected:
            self._store.upsert(Collection.protected, protected)
        return results

    def _profile_vectors(
        self, plan: ProfilePlan, vectors: np.ndarray
    ) -> tuple[Sequence[float] | None, SparseVec | None]:
        if plan.rows is not None:
            mean = vectors[plan.rows].mean(axis=0)
            return (mean / max(float(np.linalg.norm(mean)), _MIN_NORM)).tolist(), self._lexical.document(plan.text)
        if plan.old is not None and plan.text:
            return plan.old.dense, plan.old.sparse
        return None, None  # an empty profile has no vector: it is found through its notes only

    def stored_protected(self, candidates: Sequence[Candidate]) -> dict[str, Protected]:
        """The protected attributes stored for those of ``candidates`` that bring some (one read)."""
        keys = [point_id(Collection.protected, c.candidate_id) for c in candidates if c.protected is not None]
        if not keys:
            return {}
        return {
            p.payload["candidate_id"]: Protected.model_validate(
                {k: v for k, v in p.payload.items() if k != "candidate_id"}
            )
            for p in self._store.retrieve(Collection.protected, keys)
        }

    # -- notes ----------------------------------------------------------------------------------------

    def notes(
        self,
        batch: Sequence[InterviewNote],
        owners: Mapping[str, StoredPoint],
        existing: Mapping[str, StoredPoint],
        created_at: int,
    ) -> list[WriteResult]:
        """Add or replace notes: one point per note, one vector per sentence-aware chunk.

        ``owners`` maps candidate ids to their stored points; ``existing`` maps note ids to stored notes.
        """
        people = [Candidate.model_validate(owners[n.candidate_id].payload["record"]) for n in batch]
        redacted = redact(self._redactor, self._encoder, [n.text for n in batch], people)
        pending = Texts()
        plans = []
        # The same sentence recurs across notes ("Skills discussed: ..."): one row per distinct text.
        rows: dict[str, int] = {}
        for note, text in zip(batch, redacted, strict=True):
            old = existing.get(note.note_id)
            reuse = {p.payload["text_hash"]: p for p in self._old_chunks(note, old)}
            old_passages = self._old_passages(note) if old is not None else {}
            reused_passages = {h: v for _, (h, v) in old_passages.items()}
            chunks = []
            for position, (chunk, passage) in enumerate(passages(note.text, text, self._chunk_words)):
                known = reuse.get(self._hash(chunk))
                row = None if known is not None else pending.add(chunk)
                planned = ChunkPlan(position, chunk, passage, known, row)
                # Every passage of the redacted chunk is encoded, whether or not a shown passage pairs with it:
                # which ones pair depends on the original text (a full stop inside "Abd. Rahman" cuts it once
                # more), and the texts the model reads must not (issue 10: swapped names, identical texts).
                for piece in E.passages(chunk):
                    if piece not in rows and reused_passages.get(self._hash(piece)) is None:
                        rows[piece] = pending.add(piece)
                for twin in E.paired(passage, chunk):
                    if twin is None:
                        planned.passages.append(None)
                        continue
                    vector = reused_passages.get(self._hash(twin))
                    planned.passages.append((twin, vector if vector is not None else rows[twin]))
                chunks.append(planned)
            old_count = int(old.payload.get("chunks", 0)) if old else 0
            stored = {key: h for key, (h, _) in old_passages.items()}
            kept = old.payload.get("created_at") if old is not None else None
            plans.append(NotePlan(note, old is not None, old_count, chunks, stored, kept))
        vectors = self._encode(pending)
        chunk_points: list[StoredPoint] = []
        note_points: list[StoredPoint] = []
        passage_points: list[StoredPoint] = []
        stale: list[str] = []
        stale_passages: list[str] = []
        results = [
            self._store_note(
                plan, owners[plan.note.candidate_id], vectors, created_at, chunk_points, note_points, stale
            )
            for plan in plans
        ]
        for plan in plans:
            self._note_passages(plan, vectors, passage_points, stale_passages)
        # One call per collection for the whole batch: every store write is flushed before it returns.
        # Passages first: a crash between the two leaves passages no chunk points to yet (rewritten by the
        # retry), never a chunk that counts passages that are not there.
        self._store.upsert(Collection.passages, passage_points)
        if stale_passages:
            self._store.delete(Collection.passages, stale_passages)
        self._store.upsert(Collection.chunks, chunk_points)
        if stale:
            self._store.delete(Collection.chunks, stale)
        self._store.upsert(Collection.notes, note_points)
        return results

    def _old_passages(self, note: InterviewNote) -> dict[str, tuple[str, Sequence[float]]]:
        """The stored passages of a note being replaced: point id -> (text hash, vector)."""
        found = self._store.scroll(Collection.passages, Where.eq("note_id", note.note_id), with_vectors=True)
        return {p.id: (p.payload["text_hash"], p.dense) for p in found if p.dense is not None}

    def _note_passages(self, plan: NotePlan, vectors: np.ndarray, points: list[StoredPoint], stale: list[str]) -> None:
        """The note's passage points that are new or changed; stored ones it no longer has are stale."""
        note = plan.note
        live: set[str] = set()
        for chunk in plan.chunks:
            key = f"{note.note_id}#{chunk.position}"
            for index, twin in enumerate(chunk.passages):
                if twin is None:
                    continue
                text, where = twin
                point = point_id(Collection.passages, f"{key}#{index}")
                live.add(point)
                text_hash = self._hash(text)
                if plan.old_passages.get(point) == text_hash:
                    continue  # the same passage at the same place: nothing to write
                dense = vectors[where].tolist() if isinstance(where, int) else list(where)
                payload = {
                    "candidate_id": note.candidate_id,
                    "note_id": note.note_id,
                    "chunk": key,
                    "passage": index,
                    "text_hash": text_hash,
                }
                points.append(StoredPoint(point, payload, dense))
        stale += [point for point in plan.old_passages if point not in live]

    def _old_chunks(self, note: InterviewNote, old: StoredPoint | None) -> list[StoredPoint]:
        if old is None:
            return []
        keys = [point_id(Collection.chunks, f"{note.note_id}#{i}") for i in range(int(old.payload.get("chunks", 0)))]
        return self._store.retrieve(Collection.chunks, keys, with_vectors=True)

    def _store_note(
        self,
        plan: NotePlan,
        owner: StoredPoint,
        vectors: np.ndarray,
        created_at: int,
        chunk_points: list[StoredPoint],
        note_points: list[StoredPoint],
        stale_ids: list[str],
    ) -> WriteResult:
        """The note's points, added to the batch's lists (written by the caller)."""
        note = plan.note
        points = []
        for chunk in plan.chunks:
            if chunk.reused is not None:
                dense, sparse = chunk.reused.dense, chunk.reused.sparse
            else:
                assert chunk.row is not None
                dense, sparse = vectors[chunk.row].tolist(), self._lexical.document(chunk.text)
            payload = {
                **owner_fields(owner),
                "note_id": note.note_id,
                "chunk_index": chunk.position,
                "text": chunk.passage,
                "redacted": chunk.text,
                "text_hash": self._hash(chunk.text),
                "skills": sorted(skills.extract(chunk.text)),
                "author": note.author,
                "stage": note.stage,
                "written_at": iso(note.written_at),
                # How many of its passages have a vector in Collection.passages (absent: written before).
                "passage_vectors": sum(1 for twin in chunk.passages if twin is not None),
            }
            key = point_id(Collection.chunks, f"{note.note_id}#{chunk.position}")
            points.append(StoredPoint(key, payload, dense, sparse))
        chunk_points += points
        stale = [point_id(Collection.chunks, f"{note.note_id}#{i}") for i in range(len(points), plan.old_chunks)]
        stale_ids += stale
        payload = {
            "candidate_id": note.candidate_id,
            "note_id": note.note_id,
            "record": record_json(note),
            "record_hash": record_hash(note),
            "chunks": len(points),
            # A replaced note keeps its creation time, as a candidate does: a replay that recaptures it (an
            # upgrade, see memory/writer.py) must not make an old note look new to retention.
            "created_at": plan.created_at if plan.created_at is not None else created_at,
            # Written with its passages' vectors: a replay of a note stored before them recaptures it.
            "passage_vectors": True,
        }
        note_points.append(StoredPoint(point_id(Collection.notes, note.note_id), payload))
        return WriteResult(
            kind="note",
            id=note.note_id,
            candidate_id=note.candidate_id,
            status=WriteStatus.updated if plan.existed else WriteStatus.created,
            vectors_written=sum(1 for chunk in plan.chunks if chunk.row is not None),
            vectors_removed=len(stale),
        )

    # -- signals --------------------------------------------------------------------------------------

    def signals(
        self, batch: Sequence[EvaluationSignal], existing: Mapping[str, StoredPoint], created_at: int
    ) -> list[WriteResult]:
        """Add or replace structured evaluations: no text, no vectors."""
        points = [
            StoredPoint(
                point_id(Collection.signals, signal.signal_id),
                {
                    "candidate_id": signal.candidate_id,
                    "signal_id": signal.signal_id,
                    "record": record_json(signal),
                    "record_hash": record_hash(signal),
                    "created_at": created_at,
                },
            )
            for signal in batch
        ]
        if points:
            self._store.upsert(Collection.signals, points)
        return [
            WriteResult(
                kind="signal",
                id=signal.signal_id,
                candidate_id=signal.candidate_id,
                status=WriteStatus.updated if signal.signal_id in existing else WriteStatus.created,
            )
            for signal in batch
        ]


def _protected_payload(candidate: Candidate) -> dict[str, Any]:
    assert candidate.protected is not None
    return {"candidate_id": candidate.candidate_id, **candidate.protected.model_dump(mode="json")}

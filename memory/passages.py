"""The evidence a shortlist shows: note passages of each shown candidate, ranked against the query.

The passages are cut from the chunks that matched best and classified (``memory.evidence``); those of the
first results are ranked by their similarity to the query. That similarity is read from the store:
capture embedded every passage once, from its redacted twin (``memory.capture``), so a match runs an
exact search over the shown chunks' passages instead of the model (embedding them at match time was 85%
of a cold match's CPU, docs/profile/). Chunks written before capture did that (no ``passage_vectors``
field) have their redacted passages embedded here, once per process (``EmbeddingCache``): a store of the
previous version keeps working, at the previous version's speed, until its notes are imported again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

import numpy as np

from memory import evidence as E
from memory.embedding_cache import EmbeddingCache
from memory.results import Evidence
from memory.store import Collection, Hit, VectorStore, Where, point_id

# Note passages shown per shortlisted candidate: enough to see why, short enough to read in a list.
EVIDENCE_PER_CANDIDATE = 3
CONCERNS_PER_CANDIDATE = 2
# Passages are ranked by their own similarity for this many top results and this many chunks each;
# further results show their passages in chunk order, classified, with their chunk's similarity.
EVIDENCE_RANKED_RESULTS = 10
EVIDENCE_CHUNKS = 3
# A unit vector is never divided by a norm below this (an all-zero embedding stays zero).
_MIN_NORM = 1e-12
_READ = ("chunk", "passage")

Cut = list[tuple[Hit, str, E.PassageKind]]  # one candidate's passages: (their chunk, shown text, kind)


class Passages:
    """Supporting passages and concerns of the candidates a shortlist shows."""

    def __init__(self, store: VectorStore, cache: EmbeddingCache) -> None:
        self._store = store
        self._cache = cache  # for chunks stored without passage vectors (a previous version's store)

    def shown(
        self, shown: Sequence[str], chunks: Mapping[str, Sequence[Hit]], qvec: Sequence[float]
    ) -> dict[str, tuple[list[Evidence], list[Evidence]]]:
        """For each shown candidate id (in rank order), its evidence and concerns; ``chunks`` are each
        candidate's note chunks, best first, with ``_CHUNK_FIELDS`` of ``memory.retrieval``."""
        cut: dict[str, Cut] = {}
        for cid in shown:
            mine = cut.setdefault(cid, [])
            for hit in chunks[cid][:EVIDENCE_CHUNKS]:
                mine.extend((hit, text, E.classify(text)) for text in E.passages(hit.payload["text"]))
        # Passages of the first results are ranked by their own similarity; later ones keep their chunk's
        # (their order is then the chunk's, as it was when this needed the model).
        todo = [(cid, i) for cid in shown[:EVIDENCE_RANKED_RESULTS] for i in shown_kinds(cut[cid])]
        similarity = self._similarities(cut, todo, qvec)
        out: dict[str, tuple[list[Evidence], list[Evidence]]] = {}
        for cid, mine in cut.items():
            found = [
                E.Passage(i, text, kind, similarity.get((cid, i), hit.score))
                for i, (hit, text, kind) in enumerate(mine)
            ]
            support, doubts = E.rank(found, EVIDENCE_PER_CANDIDATE, CONCERNS_PER_CANDIDATE)
            out[cid] = (
                [_evidence(mine[p.chunk][0], p) for p in support],
                [_evidence(mine[p.chunk][0], p) for p in doubts],
            )
        return out

    def _similarities(
        self, cut: Mapping[str, Cut], todo: Sequence[tuple[str, int]], qvec: Sequence[float]
    ) -> dict[tuple[str, int], float]:
        """Cosine of each wanted passage's redacted twin with the query (a passage with no twin is left
        out: it keeps its chunk's similarity)."""
        # (candidate, index in its cut) -> (chunk key, index among the chunk's passages)
        place: dict[tuple[str, int], tuple[str, int]] = {}
        for cid, i in todo:
            hit = cut[cid][i][0]
            first = next(j for j, entry in enumerate(cut[cid]) if entry[0] is hit)
            place[(cid, i)] = (f"{hit.payload['note_id']}#{hit.payload['chunk_index']}", i - first)
        hits = {key: cut[cid][i][0] for (cid, i), (key, _) in place.items()}
        stored = [key for key, hit in hits.items() if hit.payload.get("passage_vectors") is not None]
        scores = self._stored_scores(stored, hits, qvec)
        legacy = [key for key, hit in hits.items() if hit.payload.get("passage_vectors") is None]
        scores.update(self._embedded_scores(legacy, qvec))
        return {wanted: scores[spot] for wanted, spot in place.items() if spot in scores}

    def _stored_scores(
        self, keys: Sequence[str], hits: Mapping[str, Hit], qvec: Sequence[float]
    ) -> dict[tuple[str, int], float]:
        """One exact search over the passages of those chunks: the store computes the cosines."""
        total = sum(int(hits[key].payload["passage_vectors"]) for key in keys)
        if not total:
            return {}
        found = self._store.search_dense(
            Collection.passages, qvec, total, Where(any_of={"chunk": list(keys)}), exact=True, fields=_READ
        )
        return {(h.payload["chunk"], int(h.payload["passage"])): h.score for h in found}

    def _embedded_scores(self, keys: Sequence[str], qvec: Sequence[float]) -> dict[tuple[str, int], float]:
        """Chunks stored without passage vectors: their redacted passages embedded now (cached per text)."""
        if not keys:
            return {}
        points = self._store.retrieve(Collection.chunks, [point_id(Collection.chunks, key) for key in keys])
        twins: dict[tuple[str, int], str] = {}
        for point in points:
            key = f"{point.payload['note_id']}#{point.payload['chunk_index']}"
            # Stores older still kept no redacted text: the chunk's similarity stands for its passages.
            redacted = point.payload.get("redacted")
            if redacted is None:
                continue
            for index, twin in enumerate(E.paired(point.payload["text"], redacted)):
                if twin is not None:
                    twins[(key, index)] = twin
        texts = list(dict.fromkeys(twins.values()))
        query = np.asarray(qvec)
        cosine = {
            text: float(np.dot(vector, query)) / max(float(np.linalg.norm(vector)), _MIN_NORM)
            for text, vector in zip(texts, self._cache.encode(texts), strict=True)
        }
        return {spot: cosine[text] for spot, text in twins.items()}


def shown_kinds(mine: Cut) -> list[int]:
    """The passages of one candidate whose similarity a shortlist can show: those worth ranking.

    Support lists strengths before context (``evidence.rank``): with enough distinct strengths to fill it,
    no context passage is ever shown, so its similarity is never read (on the real-text bench pool, 16% of
    the passages). Concerns are always ranked.
    """
    strengths = {text for _, text, kind in mine if kind is E.PassageKind.strength}
    skip = len(strengths) >= EVIDENCE_PER_CANDIDATE
    return [i for i, (_, _, kind) in enumerate(mine) if not (skip and kind is E.PassageKind.context)]


def _evidence(hit: Hit, passage: E.Passage) -> Evidence:
    payload = hit.payload
    written = payload.get("written_at")
    return Evidence(
        note_id=payload["note_id"],
        chunk_index=payload["chunk_index"],
        author=payload.get("author"),
        written_at=datetime.fromisoformat(written) if isinstance(written, str) else None,
        stage=payload.get("stage"),
        text=passage.text,
        similarity=passage.similarity,
        kind=passage.kind.value,
    )

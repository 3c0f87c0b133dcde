"""BM25 that the same content scores bit for bit the same in every store: the query searched two terms at a
time, the scores summed here in float64 in ascending term id (issue 10).

Why the engine's own BM25 of a multi-term query is not: Qdrant (Qdrant Edge 0.9 and the server) scores a
sparse query as a float32 sum of its per-term products ``idf(t) · w(d, t)``, added in the order of the
segment's internal dimension offsets. ``IndicesTracker.remap_vector`` (qdrant/qdrant,
lib/segment/src/index/sparse_index/indices_tracker.rs) maps each term id to the offset the segment gave it
when it first saw it (``register_indices``: the map's length at that moment) and sorts the query by those
offsets; ``score_vectors`` (plain search) and the posting-list accumulation (indexed search) add in that
order. Which term a segment saw first depends on the order in which points were written, and a batch upsert
writes its points in the iteration order of an ``AHashMap`` keyed by point id (lib/shard/src/update/points/
upsert.rs, ``upsert_points_impl``), whose hasher is seeded at random per map. So two stores given the same
points in the same calls register their terms in different orders, and a sum of three or more float32
products rounds differently: one float32 step of a profile's BM25, ~3e-9 of the ``lexical`` feature
(session 17's blind tester; the lead's four identical imports in one process).

Measured on qdrant-edge-py 0.9.0 (scratch ``/tmp/JITTER/edge1.py``..``edge6.py``: 60 documents, BM25
vectors from ``embed.lexical``, IDF modifier, one segment):

- one store asked the same query again: identical; the query's indices sent ascending or reversed: identical
  (the engine sorts them its own way);
- fresh stores written in one batch, same order: 38-205 of 600 scores differ from the first store's;
- one point per upsert, the same order: identical; another order: differ;
- queries of one or two terms: identical in every store (6 stores written in shuffled orders, 60 two-term
  queries: 0 differences); three terms: 200-347 of ~3,600 scores differ.

Through the memory (scratch ``/tmp/JITTER/rep/rep.py``: 40 candidates, 0-4 notes each, 4 requisitions): before
this module, 49-123 of 160 members' lexical inputs differed between fresh stores (same process or not, same
import order or not; up to 8.6e-8 of the feature); after, none. qdrant-client's local mode (the server
adapter's test double) sums in numpy and did not differ; a Qdrant server runs the engine above.

Float32 addition is commutative, so a query of one term (or two) never depends on that order; a third term
does. The query is therefore searched two terms at a time (``per_term``), and each point's scores (each the
engine's single product or the float32 sum of two) are added in float64 in ascending term id (``summed``):
the same for the same content in any store, any write order, any process, and the engine's BM25 up to float32
rounding (ranking unchanged).

What this does not cover: the IDF counts a point deleted from a segment (an erasure, a note that lost
chunks) until the segment is rewritten (``purge_deleted``), so two stores with the same live points but
different histories differ until then (``edge5.py``: an inserted-then-deleted point moves every IDF).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

from embed import SparseVec
from memory.store import Hit, Search, Where

K = TypeVar("K", bound=Hashable)

# The engine's float32 sum of T products is within ~T float32 steps (2**-24 relative each) of their exact sum.
# Ceiling candidates whose engine score is within this share of the best are all scored exactly: 1e-5
# covers queries of up to ~80 terms twice over (an engine error on each side of the comparison).
MARGIN = 1e-5


def per_term(query: SparseVec, limit: int, where: Where, fields: Sequence[str]) -> list[Search]:
    """Searches of at most two terms of ``query`` each, ascending term id (the order ``summed`` adds them in).

    Two, not one: the engine adds a point's products into a score that starts at 0 (``score += w · q``, no
    fused multiply-add: lib/sparse/src/common/sparse_vector.rs ``score_vectors``, search_context.rs), so a
    point matching both terms scores ``p + q``, which float32 rounds the same in either order (addition is
    commutative; only a third term makes the order matter). Half the searches of one per term.
    """
    ordered = sorted(zip(query.indices, query.values, strict=True))
    pairs = [ordered[i : i + 2] for i in range(0, len(ordered), 2)]
    return [
        Search(SparseVec(tuple(t for t, _ in pair), tuple(w for _, w in pair)), limit, where, fields=fields)
        for pair in pairs
    ]


def summed(results: Sequence[list[Hit]], key: Callable[[Hit], K]) -> dict[K, float]:
    """Each point's BM25: its scores in ``per_term``'s searches (their results, in its order) added in float64."""
    total: dict[K, float] = {}
    for hits in results:
        for hit in hits:
            k = key(hit)
            total[k] = total.get(k, 0.0) + hit.score
    return total


def full(results: Sequence[list[Hit]], limit: int) -> bool:
    """Whether one of ``per_term``'s searches may have been cut by its limit (then the caller asks again, wider)."""
    return any(len(hits) >= limit for hits in results)


def near_top(hits: list[Hit]) -> list[Hit]:
    """The hits (best first) whose engine score could be the best once scored exactly (``MARGIN``)."""
    if not hits:
        return []
    floor = hits[0].score * (1 - MARGIN)
    return [hit for hit in hits if hit.score >= floor]

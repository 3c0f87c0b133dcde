"""The vector store seen from the memory: a handful of verbs over named collections.

Two adapters implement it: ``store_edge`` (Qdrant Edge in-process, the default) and ``store_server``
(qdrant-client against a Qdrant URL). Qdrant's own types never leave those modules; everything here is
plain Python so that the memory reads the same whichever deployment it runs on.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from embed.sparse import SparseVec

Payload = dict[str, Any]

DENSE = "dense"
SPARSE = "bm25"

_ID_NAMESPACE = uuid.UUID("5b0f8a39-64a1-4bd7-9e52-5b6b2c1f1a10")
_NAMESPACE_BYTES = _ID_NAMESPACE.bytes


class Collection(StrEnum):
    """Every collection the memory keeps. Protected attributes live in their own, read only by audits."""

    meta = "meta"
    candidates = "candidates"
    chunks = "chunks"
    notes = "notes"
    signals = "signals"
    protected = "protected"
    decisions = "decisions"
    replies = "replies"
    touchpoints = "touchpoints"
    consents = "consents"
    segments = "segments"
    suppressed = "suppressed"
    erasures = "erasures"
    # One point per note passage (a sentence of a chunk), its vector computed at capture from the redacted
    # passage, so that a match ranks evidence by reading scores instead of running the model.
    passages = "passages"

    @property
    def has_vectors(self) -> bool:
        return self in (Collection.candidates, Collection.chunks, Collection.passages)

    @property
    def searched_by_graph(self) -> bool:
        """Whether approximate (HNSW) searches run on it. Passages are only read by exact searches
        restricted to a few chunks, so building a graph over them would be import time for nothing."""
        return self is not Collection.passages


# Payload fields each collection filters on; the adapters create an index for each one.
KEYWORD_INDEXES: Mapping[Collection, tuple[str, ...]] = {
    Collection.meta: (),
    Collection.candidates: (
        "candidate_id",
        "consent_status",
        "source",
        "role_family",
        "location",
        "seniority",
        "intent",
        "silver",
        "retired",
        "identity_keys",
        "name_key",
    ),
    Collection.chunks: (
        "candidate_id",
        "note_id",
        "consent_status",
        "source",
        "role_family",
        "location",
        "seniority",
        "intent",
        "silver",
        "retired",
    ),
    Collection.notes: ("candidate_id", "note_id"),
    Collection.signals: ("candidate_id", "signal_id"),
    Collection.protected: ("candidate_id",),
    Collection.decisions: ("decision_id", "candidate_ids"),
    Collection.replies: ("key", "candidate_ids"),
    Collection.touchpoints: ("candidate_id", "touchpoint_id"),
    Collection.consents: ("candidate_id",),
    Collection.segments: ("name",),
    Collection.suppressed: ("key_hash",),
    Collection.erasures: ("ref", "state"),
    Collection.passages: ("candidate_id", "note_id", "chunk"),
}
INTEGER_INDEXES: Mapping[Collection, tuple[str, ...]] = {
    Collection.candidates: ("consent_until",),
    Collection.chunks: ("consent_until",),
    Collection.decisions: ("at",),
}


def point_id(collection: Collection, key: str) -> str:
    """A stable UUID per (collection, external key), so re-ingesting a record overwrites, never duplicates.

    The string of ``uuid.uuid5(_ID_NAMESPACE, "<collection>:<key>")``, built from its SHA-1 directly: a match
    names every assessed person's self-report point (~150-300 ids), and ``uuid.uuid5`` builds and checks a
    ``UUID`` object first (12 us against 3.3 us an id, timeit on this machine at load ~6; the same strings,
    ``tests/test_store_point_id.py``).
    """
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + f"{collection.value}:{key}".encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5 (RFC 4122, section 4.3)
    digest[8] = (digest[8] & 0x3F) | 0x80  # the RFC 4122 variant
    x = digest.hex()
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"


@dataclass(frozen=True)
class Where:
    """A conjunction of conditions: each ``any_of`` field equals one of its values; ``at_least`` is ≥,
    ``below`` is <.

    Values are strings or integers only: Qdrant Edge 0.9.0 never matches a boolean filter.

    >>> Where.eq("candidate_id", "c1") & Where(below={"at": 1_700_000_000})
    Where(any_of={'candidate_id': ['c1']}, at_least={}, below={'at': 1700000000})
    """

    any_of: Mapping[str, Sequence[str]] = field(default_factory=dict)
    at_least: Mapping[str, int] = field(default_factory=dict)
    below: Mapping[str, int] = field(default_factory=dict)

    @staticmethod
    def eq(name: str, value: str) -> Where:
        return Where(any_of={name: [value]})

    def __and__(self, other: Where) -> Where:
        return Where(
            {**self.any_of, **other.any_of},
            {**self.at_least, **other.at_least},
            {**self.below, **other.below},
        )


@dataclass(frozen=True)
class IndexTuning:
    """How the dense vectors are indexed and searched; the defaults were chosen by measurement.

    ``python -m eval.bench_scale --sweep`` measures recall@10 against exact search and latency on vectors of
    real text for each setting (BENCHMARKS.md, "Index settings"). ``m`` and ``ef_construct`` shape the HNSW
    graph and apply when a collection is created; ``ef`` (candidates kept per segment search) and the int8
    rescoring apply to every search. ``int8``: scalar quantisation kept in RAM (a quarter of the float
    vectors), the top ``ef`` re-scored on the float vectors (``oversampling`` × limit of them), so recall
    stays that of the float index. ``on_disk``: the float vectors are read from disk (memory-mapped) rather
    than held in RAM, which with ``int8`` is what lets millions of chunks fit (see ``docs/scale.md``).
    ``segment_kb`` applies to the embedded store only (a server sizes its own segments).

    >>> IndexTuning().ef >= IndexTuning().m
    True
    """

    m: int = 16
    ef_construct: int = 100
    ef: int = 128
    int8: bool = False
    oversampling: float = 2.0
    on_disk: bool = False
    # Largest segment (KB of vectors) the embedded store's merges make. Small segments make an erasure's
    # purge cheap (it rewrites the segments that held the person) but a search visits every segment.
    segment_kb: int = 16_000
    # Embedded store only: payload fields a match reads, kept in the process for this many points per
    # collection (``memory.store_cache``; 0: off). Not an index setting, but read where the store opens.
    payload_cache: int = 50_000
    # Behind it, every point's fields read so far, compact (``memory.store_cache``: ~0.3 KB a chunk), up to
    # this many points per collection; ``payload_preload`` fills it for the whole store at open (a background
    # thread), so that a person's first showing reads no payload from the engine.
    payload_table: int = 1_000_000
    payload_preload: bool = False
    # Embedded store only: threads of each shard's search pool (None: Edge's own default, one per core). See
    # ``memory/store_edge.py``, ``search_threads``, for what 1 costs and saves.
    search_threads: int | None = None


# Threads of each shard's search pool, which runs a search's per-segment reads in parallel: an integer, or
# ``auto`` (the default) for Edge's own, one per CPU. Handing each search's segments to the pool costs CPU that
# one thread does not spend, and buys latency on a large store: warm matches over HTTP, interleaved on copies
# of one pool (``python -m eval.bench_versions``, 2026-11-27, load 7-10), 1 thread against the default:
# 10k pool, server CPU 51.3 -> 46.7 ms a match, p50 78 -> 68 ms, p95 140 -> 160 ms; 100k pool, CPU 125 -> 116
# ms but p50 179 -> 207 ms and p95 328 -> 463 ms (50 segments searched one after another). A server whose
# throughput matters more than one request's latency may set 1.
DEFAULT_SEARCH_THREADS = "auto"


def search_threads(value: str) -> int | None:
    """The search pool size ``value`` (``TALENTRECALL_SEARCH_THREADS``, read by ``Settings``) asks for; None:
    Edge's default.

    >>> search_threads("2"), search_threads("1"), search_threads(DEFAULT_SEARCH_THREADS)
    (2, 1, None)
    """
    value = value.strip().lower()
    if value == "auto":
        return None
    try:
        threads = int(value)
    except ValueError:
        threads = 0
    if threads < 1:
        raise ValueError(f"search threads must be a positive integer or 'auto', not {value!r}")
    return threads


@dataclass(frozen=True)
class StoredPoint:
    id: str
    payload: Payload
    dense: Sequence[float] | None = None
    sparse: SparseVec | None = None


class Hit:
    """One search result. Its ``id`` is read from the engine's result on first use: building the UUID of
    every hit cost more than the search itself (2,000 hits: 7 ms against 6 ms, qdrant-edge 0.9), and most
    searches of a match read only the score and a payload field.

    >>> Hit("a", 0.5, {}).id, Hit(None, 0.5, {}, lambda: "b").id
    ('a', 'b')
    """

    __slots__ = ("_id", "_read_id", "payload", "score")

    def __init__(
        self, id: str | None, score: float, payload: Payload, read_id: Callable[[], str] | None = None
    ) -> None:
        self._id = id
        self._read_id = read_id
        self.score = score
        self.payload = payload

    @property
    def id(self) -> str:
        if self._id is None:
            assert self._read_id is not None, "a hit needs an id or a way to read it"
            self._id = self._read_id()
        return self._id

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Hit):
            return NotImplemented
        return (self.id, self.score, self.payload) == (other.id, other.score, other.payload)

    __hash__ = None  # type: ignore[assignment]  # mutable payload, as the dataclass it replaces

    def __repr__(self) -> str:
        return f"Hit(id={self.id!r}, score={self.score!r}, payload={self.payload!r})"


@dataclass(frozen=True)
class Search:
    """One search of a batch (``VectorStore.search_many``): by cosine when ``vector`` is dense (a sequence of
    floats), by dot product when it is a ``SparseVec``; the other fields as ``search_dense``'s."""

    vector: Sequence[float] | SparseVec
    limit: int
    where: Where | None = None
    exact: bool = False
    fields: Sequence[str] | None = None


class VectorStore(Protocol):
    """What the memory needs of Qdrant. Every call names its collection."""

    def ensure(self, dim: int) -> None:
        """Create missing collections (dense size ``dim``) and their payload indexes."""

    def upsert(self, collection: Collection, points: Sequence[StoredPoint]) -> None: ...

    def delete(self, collection: Collection, ids: Sequence[str]) -> None: ...

    def delete_where(self, collection: Collection, where: Where) -> None: ...

    def set_payload_where(self, collection: Collection, where: Where, payload: Payload) -> None: ...

    def retrieve(
        self, collection: Collection, ids: Sequence[str], *, with_vectors: bool = False
    ) -> list[StoredPoint]: ...

    def scroll(
        self, collection: Collection, where: Where | None = None, *, with_vectors: bool = False
    ) -> Iterator[StoredPoint]: ...

    def count(self, collection: Collection, where: Where | None = None) -> int: ...

    def search_dense(
        self,
        collection: Collection,
        vector: Sequence[float],
        limit: int,
        where: Where | None = None,
        *,
        exact: bool = False,
        fields: Sequence[str] | None = None,
    ) -> list[Hit]:
        """Nearest points by cosine; ``exact`` skips the HNSW index (for small, filtered candidate sets).

        ``fields`` limits the payload returned (all of it when None): copying payloads is most of a
        search's cost on the Python side.
        """

    def search_sparse(
        self,
        collection: Collection,
        vector: SparseVec,
        limit: int,
        where: Where | None = None,
        *,
        fields: Sequence[str] | None = None,
    ) -> list[Hit]: ...

    def search_many(self, collection: Collection, searches: Sequence[Search]) -> list[list[Hit]]:
        """Each search's hits, as ``search_dense``/``search_sparse`` would return them, in one call: the
        embedded store plans them as one batch with one pass over the segments (a match's net, session 12)."""

    def optimize(self) -> None:
        """Build indexes after a bulk load (HNSW on Edge; a no-op where a server does it)."""

    def purge_deleted(self, collections: Sequence[Collection]) -> None:
        """Make deletions physical: after it returns, no byte of any point deleted from those collections
        remains in any file of the store (segments, payload storage, payload/keyword index files, WAL),
        nor any byte of an overwritten (upserted-over) version of a point.

        Idempotent and safe to interrupt: a crash part-way leaves a store that opens with every live
        point intact, and calling it again finishes the job. Its cost is that of rewriting the segments
        that hold deleted or overwritten points, so call it once per erasure (or per batch of them).

        >>> store.delete(Collection.notes, [note_point])          # doctest: +SKIP
        >>> store.purge_deleted([Collection.notes])               # doctest: +SKIP
        """

    def close(self) -> None: ...

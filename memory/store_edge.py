"""The embedded deployment: Qdrant Edge, the Qdrant engine in-process, one shard per collection.

Each collection is a shard directory under the data directory. Edge locks every shard to one process,
so one server worker owns the store; more workers or hosts mean the server deployment.

Erasure reaches the disk (``purge_deleted``; how: ``memory.store_edge_shard``). Match fields are kept in
the process (``memory.store_cache``), filled at open when ``payload_preload`` is set (``_preload``).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import qdrant_edge as qe

from embed.sparse import SparseVec
from memory.decisions_journal import JOURNAL_NAME
from memory.errors import BackendUnavailable
from memory.store import (
    DENSE,
    INTEGER_INDEXES,
    KEYWORD_INDEXES,
    SPARSE,
    Collection,
    Hit,
    IndexTuning,
    Payload,
    Search,
    StoredPoint,
    Where,
)
from memory.store_cache import CACHED_FIELDS, Key, PayloadCache, project
from memory.store_counts import KeptCounts
from memory.store_edge_shard import (
    _DIRTY,
    _EXACT,
    _FULL_SCAN_KB,
    _PURGE_PENDING,
    _SENTINEL,
    _convert,
    _filter,
    _hit,
    _point,
    _purge,
    _search_params,
    _set_search_threads,
    _smallest,
    _sparse,
    _vector_params,
    _write_atomically,
)

_SCROLL_PAGE = 1_000
# Edge optimises only when asked, so the appendable segment is sealed (indexed) every _SEAL_AFTER points
# written (measured at 30k points: one segment, purge 6.5 s and search 1.0 ms; sealed every 6k, 3.7 s and 3.3 ms).
_SEAL_AFTER = 10_000
_LOCK = "store.lock"
# Points read per page when the compact payload table is filled at open: Edge holds the GIL for a whole
# call, so a page is a pause of the matches served meanwhile (~10-50 ms here for 256 chunks).
_PRELOAD_PAGE = 256
# Engine filters kept for reuse (``EdgeStore._filter``): a match builds ~4 conditions, 20 concurrent ones ~80.
_FILTERS_KEPT = 256


class EdgeStore:
    """Qdrant Edge shards under ``data_dir``.

    >>> store = EdgeStore(Path("/tmp/tr-doc"))   # doctest: +SKIP
    >>> store.ensure(384)                        # doctest: +SKIP
    """

    def __init__(self, data_dir: Path, tuning: IndexTuning | None = None) -> None:
        self.data_dir = data_dir
        # The decision log's journal (memory/decisions_journal.py): this store's writes hold the GIL while Edge
        # flushes, so the log appends here while matches run and writes the shard when they pause.
        self.log_journal = data_dir / JOURNAL_NAME
        self.tuning = tuning or IndexTuning()
        self._params = _search_params(self.tuning)
        self._shards: dict[Collection, qe.EdgeShard] = {}
        self._dirty: set[Collection] = set()
        self._unsealed: dict[Collection, int] = {}  # points written since the shard was last optimised
        self._dim: int | None = None  # the dense width, known from ensure(); shards open on first use
        self._opening = threading.Lock()
        # Payload fields a match reads, per point (memory/store_cache.py); every write below drops its points.
        self._payloads = PayloadCache(self.tuning.payload_cache, table=self.tuning.payload_table)
        self._preloading: threading.Thread | None = None
        self._counts = KeptCounts()  # counts until their answer can change (``count``)
        self._filters: dict[tuple[int, bool], tuple[Where, qe.Filter | None]] = {}  # see ``_filter``
        self._closing = threading.Event()
        self._search_threads = self.tuning.search_threads
        # Per thread: the collections written inside ``flushes_deferred`` and not yet flushed (None: outside it).
        self._deferred = threading.local()
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            self._lock = os.open(data_dir / _LOCK, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise BackendUnavailable(f"cannot create the data directory {data_dir}: {exc}") from exc
        try:
            # Edge's own lock was its WAL's; without a WAL, this is what keeps a second process out.
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(self._lock)
            raise BackendUnavailable(
                f"cannot open the store in {data_dir}: it is in use by another process. "
                "The embedded store allows one process; stop the other one or use a Qdrant server."
            ) from exc
        try:
            self._open(Collection.meta, dim=None)
        except BackendUnavailable:
            self.close()
            raise

    def _open(self, collection: Collection, dim: int | None) -> None:
        path = self.data_dir / collection.value
        sparse = {SPARSE: qe.EdgeSparseVectorParams(modifier=qe.Modifier.Idf)}
        config = qe.EdgeConfig(
            vectors={DENSE: _vector_params(dim, self.tuning)} if dim else None,
            sparse_vectors=sparse,
            hnsw_config=qe.HnswIndexConfig(
                # m=0 builds no graph: passages are only read by exact searches (``searched_by_graph``).
                m=self.tuning.m if collection.searched_by_graph else 0,
                ef_construct=self.tuning.ef_construct,
                full_scan_threshold=_FULL_SCAN_KB,
            ),
            optimizers=qe.EdgeOptimizersConfig(
                deleted_threshold=0.0, vacuum_min_vector_number=1, max_segment_size=self.tuning.segment_kb
            ),
            wal_enabled=False,
            max_search_threads=self._search_threads,
        )
        try:
            if (path / "segments").is_dir():
                _convert(path)
                _set_search_threads(path, self._search_threads)
                shard = qe.EdgeShard.load(str(path))
            else:
                shard = qe.EdgeShard.create(str(path), config)
        except Exception as exc:  # Edge raises bare Exception for locks and corruption alike
            reason = "it is in use by another process" if "WouldBlock" in str(exc) else str(exc)
            raise BackendUnavailable(
                f"cannot open the store in {self.data_dir} ({collection.value}): {reason}. "
                "The embedded store allows one process; stop the other one or use a Qdrant server."
            ) from exc
        self._shards[collection] = shard
        existing = shard.info().payload_schema
        for name in KEYWORD_INDEXES.get(collection, ()):
            if name not in existing:
                shard.update(qe.UpdateOperation.create_field_index(name, qe.PayloadSchemaType.Keyword))
        for name in INTEGER_INDEXES.get(collection, ()):
            if name not in existing:
                shard.update(qe.UpdateOperation.create_field_index(name, qe.PayloadSchemaType.Integer))
        if shard.retrieve([_SENTINEL], with_payload=False, with_vector=False):
            shard.update(qe.UpdateOperation.delete_points([_SENTINEL]))  # a purge was interrupted
        shard.flush()
        if (path / _PURGE_PENDING).exists():
            _purge(shard, path)  # interrupted, or owed since the conversion of an old store
        if (path / _DIRTY).exists():
            self._dirty.add(collection)

    def _shard(self, collection: Collection) -> qe.EdgeShard:
        shard = self._shards.get(collection)
        if shard is None:
            # Readers do not take the memory's write lock: two threads reaching an unopened shard would
            # both open it, and Edge refuses the second (a 503 right after start under concurrent reads).
            with self._opening:
                shard = self._shards.get(collection)
                if shard is None:
                    if self._dim is None and collection is not Collection.meta:
                        raise BackendUnavailable(f"collection {collection.value} is not open; call ensure() first")
                    self._open(collection, self._dim if collection.has_vectors else None)
                    shard = self._shards[collection]
        return shard

    def ensure(self, dim: int) -> None:
        """Remember the dense width; open now only the shards a crash or an old store left work in.

        Every other shard opens on first use: opening all fourteen (and flushing them at close) was most
        of what a short command such as ``talentrecall count`` spent.
        """
        self._dim = dim
        for collection in Collection:
            path = self.data_dir / collection.value
            owed = (path / _PURGE_PENDING).exists() or (path / "wal").exists()
            if collection not in self._shards and owed:
                self._open(collection, dim if collection.has_vectors else None)
        if self.tuning.payload_preload and self._preloading is None:
            self._preloading = threading.Thread(target=self._preload, name="payload-preload", daemon=True)
            self._preloading.start()

    def _preload(self) -> None:
        """Fill the compact payload table with every profile's and note chunk's match fields (a thread).

        Page by page, each kept only if no write to its collection happened while it was read
        (``PayloadCache.fill``); stops at close, or when the table is full.
        """
        try:
            for collection in (Collection.candidates, Collection.chunks):
                shard, fields, offset = self._shard(collection), list(CACHED_FIELDS[collection]), None
                while not self._closing.is_set():
                    since = self._payloads.generation(collection)
                    records, offset = shard.scroll(
                        qe.ScrollRequest(offset=offset, limit=_PRELOAD_PAGE, with_payload=fields, with_vector=False)
                    )
                    page: dict[Key, Payload] = {r.id: dict(r.payload or {}) for r in records}
                    if not self._payloads.fill(collection, page, since) or offset is None:
                        break
        except Exception:  # a cache: the matches read what it lacks from the engine
            return

    def preloaded(self, timeout: float | None = None) -> bool:
        """Wait for the table's fill started at open (if any); whether it finished."""
        if self._preloading is not None:
            self._preloading.join(timeout)
            return not self._preloading.is_alive()
        return False

    def upsert(self, collection: Collection, points: Sequence[StoredPoint]) -> None:
        if not points:
            return
        written = [p.id for p in points]
        self._payloads.drop(collection, written)
        built = []
        for p in points:
            vectors: dict[str, Any] = {}
            if p.dense is not None:
                vectors[DENSE] = list(p.dense)
            if p.sparse:
                vectors[SPARSE] = _sparse(p.sparse)
            built.append(qe.Point(p.id, vectors, p.payload))
        self._write(collection, qe.UpdateOperation.upsert_points(built))
        self._payloads.drop(collection, written)  # and after: a read between the two keeps nothing (store_cache)
        self._unsealed[collection] = self._unsealed.get(collection, 0) + len(built)
        if self._unsealed[collection] >= _SEAL_AFTER:
            shard = self._shard(collection)
            shard.optimize()
            shard.flush()
            self._unsealed[collection] = 0

    def _write(self, collection: Collection, operation: qe.UpdateOperation) -> None:
        shard = self._shard(collection)
        if collection not in self._dirty:  # on disk before the write, so a crash cannot lose it
            _write_atomically(self.data_dir / collection.value / _DIRTY, "")
            self._dirty.add(collection)
        self._counts.wrote(collection)
        try:
            shard.update(operation)
            pending: list[Collection] | None = getattr(self._deferred, "pending", None)
            if pending is None:
                shard.flush()  # no WAL (see the module docstring): the flush makes a returned write durable
            elif collection not in pending:
                pending.append(collection)  # flushed when the deferring block ends (``flushes_deferred``)
        finally:
            self._counts.wrote(collection)  # and after: a count that overlapped the write is not served

    @contextlib.contextmanager
    def flushes_deferred(self) -> Iterator[None]:
        """Inside it, this thread's writes are flushed once a shard when it ends, in the order first written.

        The writer's block (``memory.writer``) writes the same shards several times (candidates, passages,
        chunks, notes, then chunks and candidates again for what the notes taught): a flush after each write
        made each one durable on its own; one flush a shard at the block's end makes the block durable when it
        returns, which is what the writer reports. Edge holds the GIL through every flush (``docs/scale.md``,
        "Ingest"), so each flush spared is a pause of the import's encoder spared. Other threads' writes (the
        decision log's) are flushed as they return, as before; a nested use flushes at the outermost end; an
        error flushes what was written before it."""
        if getattr(self._deferred, "pending", None) is not None:
            yield
            return
        pending: list[Collection] = []
        self._deferred.pending = pending
        try:
            yield
        finally:
            self._deferred.pending = None
            for collection in pending:
                self._shards[collection].flush()

    def delete(self, collection: Collection, ids: Sequence[str]) -> None:
        if ids:
            self._payloads.drop(collection, ids)
            self._write(collection, qe.UpdateOperation.delete_points(list(ids)))
            self._payloads.drop(collection, ids)

    def delete_where(self, collection: Collection, where: Where) -> None:
        flt = _filter(where)
        if flt is None:
            raise ValueError("refusing to delete without a condition")
        shard = self._shard(collection)
        if shard.count(qe.CountRequest(exact=True, filter=flt)):  # spare a flush and a purge
            # The points it removes, named before the delete: only they leave the payload cache (an erasure's
            # person), not the whole collection. Writes are serialised by the memory's write lock, so no
            # point matching the condition can be written between this scroll and the delete.
            gone = self._ids_where(shard, flt) if collection in CACHED_FIELDS else []
            self._filters.clear()  # the kept read conditions may name the erased person's id
            self._payloads.forget(collection, gone)
            self._write(collection, qe.UpdateOperation.delete_points_by_filter(flt))
            self._payloads.forget(collection, gone)

    def _ids_where(self, shard: qe.EdgeShard, flt: qe.Filter) -> list[Key]:
        ids: list[Key] = []
        offset = None
        while True:
            records, offset = shard.scroll(
                qe.ScrollRequest(offset=offset, limit=_SCROLL_PAGE, filter=flt, with_payload=False, with_vector=False)
            )
            ids += [r.id for r in records]
            if offset is None:
                return ids

    def set_payload_where(self, collection: Collection, where: Where, payload: Payload) -> None:
        flt = _filter(where)
        if flt is None:
            raise ValueError("refusing to set payload without a condition")
        # Filter fields (consent, flags) are not kept by the payload cache: only a kept field drops it.
        kept = self._payloads.keeps(collection, list(payload))
        if kept:
            self._payloads.clear(collection)
        self._write(collection, qe.UpdateOperation.set_payload_by_filter(flt, payload))
        if kept:
            self._payloads.clear(collection)

    def retrieve(self, collection: Collection, ids: Sequence[str], *, with_vectors: bool = False) -> list[StoredPoint]:
        if not ids:
            return []
        records = self._shard(collection).retrieve(list(ids), with_payload=True, with_vector=with_vectors)
        return [_point(r) for r in records]

    def scroll(
        self, collection: Collection, where: Where | None = None, *, with_vectors: bool = False
    ) -> Iterator[StoredPoint]:
        shard = self._shard(collection)
        offset = None
        while True:
            records, offset = shard.scroll(
                qe.ScrollRequest(
                    offset=offset,
                    limit=_SCROLL_PAGE,
                    filter=self._filter(where, hide_sentinel=True),
                    with_payload=True,
                    with_vector=with_vectors,
                )
            )
            yield from (_point(r) for r in records)
            if offset is None:
                return

    def count(self, collection: Collection, where: Where | None = None) -> int:
        # Every match logs the pool's size and how many its filters admit: exact counts over 100k profiles cost
        # ~14 ms of CPU each, so a count is kept until a write or the time bound of its filter can change it
        # (``memory.store_counts``).
        shape = KeptCounts.shape(collection, where, INTEGER_INDEXES.get(collection, ()))
        flt = self._filter(where, hide_sentinel=True)
        shard = self._shard(collection)
        if shape is None:
            return int(shard.count(qe.CountRequest(exact=True, filter=flt)))
        return self._counts.counted(
            shape,
            self._counts.epoch(collection),  # before counting: a write after this moves it
            lambda: int(shard.count(qe.CountRequest(exact=True, filter=flt))),
            partial(_smallest, shard, flt, fallback=shape.bound),
        )

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
        request = qe.QueryRequest(
            limit=limit,
            query=qe.Query.Nearest(list(vector), using=DENSE),
            filter=self._filter(where),
            with_payload=self._selected(collection, fields),
            params=_EXACT if exact else self._params,
        )
        return self._hits(collection, self._shard(collection).query(request), fields)

    def search_sparse(
        self,
        collection: Collection,
        vector: SparseVec,
        limit: int,
        where: Where | None = None,
        *,
        fields: Sequence[str] | None = None,
    ) -> list[Hit]:
        if not vector:
            return []
        request = qe.QueryRequest(
            limit=limit,
            query=qe.Query.Nearest(_sparse(vector), using=SPARSE),
            filter=self._filter(where),
            with_payload=self._selected(collection, fields),
        )
        return self._hits(collection, self._shard(collection).query(request), fields)

    def search_many(self, collection: Collection, searches: Sequence[Search]) -> list[list[Hit]]:
        """One ``query_batch``: Edge plans the batch with one pass over the shard's segments. The hits are those
        of the searches made one by one (scores and order; the cast's three chunk searches on the 100k pool,
        25 queries x 4, scratch ``/tmp/PERF/s12/batchexp.py``), for 3 ms less CPU (40.0 -> 37.1 ms; 6.5 -> 5.9 ms
        for the profiles' three)."""
        requests, asked = [], []  # asked: the positions of the searches sent
        for position, search in enumerate(searches):
            if isinstance(search.vector, SparseVec):
                if not search.vector:  # as ``search_sparse``: an empty query finds nothing
                    continue
                query = qe.Query.Nearest(_sparse(search.vector), using=SPARSE)
                params = None
            else:
                query = qe.Query.Nearest(list(search.vector), using=DENSE)
                params = _EXACT if search.exact else self._params
            asked.append(position)
            requests.append(
                qe.QueryRequest(
                    limit=search.limit,
                    query=query,
                    filter=self._filter(search.where),
                    with_payload=self._selected(collection, search.fields),
                    params=params,
                )
            )
        results: list[list[Hit]] = [[] for _ in searches]
        if requests:
            batch = self._shard(collection).query_batch(qe.QueryBatchRequest(requests))
            for position, found in zip(asked, batch, strict=True):
                results[position] = self._hits(collection, found, searches[position].fields)
        return results

    def _filter(self, where: Where | None, *, hide_sentinel: bool = False) -> qe.Filter | None:
        """The engine's filter for ``where``, built once per ``Where`` object and reused by the reads that pass
        the same object: a match passes its net's condition (a few hundred candidate ids) to five reads, and
        building it was ~2% of a warm match (py-spy, 10k pool). Keyed by the object's identity and holding it,
        so a kept entry is never matched by another object; a ``Where`` is frozen and its values are never
        changed once built. Reads only: a write by condition builds its own."""
        if where is None:
            return _filter(None, hide_sentinel=hide_sentinel)
        key = (id(where), hide_sentinel)
        kept = self._filters.get(key)
        if kept is not None and kept[0] is where:
            return kept[1]
        built = _filter(where, hide_sentinel=hide_sentinel)
        if len(self._filters) >= _FILTERS_KEPT:
            self._filters.clear()  # a bound, not an LRU: each match's conditions are rebuilt at most once
        self._filters[key] = (where, built)
        return built

    def _selected(self, collection: Collection, fields: Sequence[str] | None) -> bool | list[str]:
        """What the engine copies out of each hit: nothing when the cache serves the fields."""
        if self._payloads.serves(collection, fields):
            return False
        return list(fields) if fields is not None else True

    def _hits(self, collection: Collection, found: list[Any], fields: Sequence[str] | None) -> list[Hit]:
        if fields is None or not self._payloads.serves(collection, fields):
            return [_hit(h) for h in found]
        keys = [h.id for h in found]
        payloads = self._payloads.read(collection, keys, self._load)
        # A point deleted between the search and the read of its fields is left out, as if searched after.
        # Asked for every kept field, a hit gets the kept dict itself (no copy: hits are read, never changed).
        whole = self._payloads.whole(collection, fields)
        return [
            Hit(None, float(h.score), payload if whole else project(payload, fields), partial(str, k))
            for k, h, payload in zip(keys, found, payloads, strict=True)
            if payload is not None
        ]

    def _load(self, collection: Collection, keys: list[Key], fields: tuple[str, ...]) -> dict[Key, Payload]:
        records = self._shard(collection).retrieve(list(keys), with_payload=list(fields), with_vector=False)  # type: ignore[arg-type]
        return {r.id: dict(r.payload or {}) for r in records}

    def optimize(self) -> None:
        for shard in self._shards.values():
            shard.optimize()
            shard.flush()
        self._unsealed.clear()

    def purge_deleted(self, collections: Sequence[Collection]) -> None:
        """Rewrite every segment of those shards that holds a deleted or overwritten point.

        There is no WAL to clean (shards run without one), so what is left are the segments: the
        vacuum copies their live points into a new segment and removes the old one's directory.
        """
        for collection in dict.fromkeys(collections):
            if collection not in self._shards and not (self.data_dir / collection.value / _DIRTY).exists():
                continue  # never opened and nothing written since its last purge
            shard = self._shard(collection)
            if collection in self._dirty:  # written since its last purge (a mark kept on disk)
                _purge(shard, self.data_dir / collection.value)
                self._dirty.discard(collection)

    def clear_cache(self, *, table: bool = False) -> None:
        """Forget the kept payloads (a benchmark's cold match; the store stays correct without them). The
        compact table stays unless ``table``: a cold match is the first showing of people on a server that
        has filled it at open."""
        self._payloads.clear(table=table)

    def close(self) -> None:
        self._closing.set()
        if self._preloading is not None:
            self._preloading.join()  # at most one page
        self._payloads.clear()
        for shard in self._shards.values():
            shard.flush()
            shard.close()
        self._shards.clear()
        if self._lock >= 0:
            os.close(self._lock)  # releases the flock
            self._lock = -1

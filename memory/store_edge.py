"""The embedded deployment: Qdrant Edge, the Qdrant engine in-process, one shard per collection.

Each collection is a shard directory under the data directory. Edge locks every shard to one process,
so one server worker owns the store; more workers or hosts mean the server deployment.

Erasure reaches the disk (``purge_deleted``). Measured on qdrant-edge-py 0.9.0:

- A deleted or overwritten point keeps its bytes in its segment (payload pages, keyword-index pages,
  vectors, id mappings) until the segment is rewritten by a vacuum. Shards are opened with
  ``deleted_threshold=0`` and ``vacuum_min_vector_number=1``, so ``optimize()`` rewrites every segment
  that holds one deleted point; an overwrite in place is caught by deleting a sentinel point, which
  marks the segment that receives writes.
- The write-ahead log keeps every operation, so every erased byte, and Python cannot rotate it.
  Removing its files is not an option: the shard then numbers operations from 0 again and silently
  ignores every later update of a point written before (the point's version is higher). So shards run
  without a WAL (``wal_enabled=False``) and every write is flushed before it returns: a write that
  returned is on disk, one that a crash interrupted is lost whole. Shards made with a WAL (stores
  created before this change) are converted on open: loaded (the WAL replays), flushed, closed, their
  ``edge_config.json`` rewritten atomically, and the WAL removed; then purged once.
- A purge (or a conversion) first leaves a ``purge.pending`` file in the shard directory and removes it
  when done; opening a shard that has one finishes the purge, so a crash never leaves bytes behind for
  longer than the next start. A ``purge.dirty`` file, written before the first write after a purge,
  lets ``purge_deleted`` skip the shards that nothing was written to since their last purge.
- Not covered: what the filesystem or an SSD keeps of the blocks of a removed file. Only an encrypted
  volume, or per-person keys destroyed on erasure (crypto-shredding), reaches below the file level.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import threading
import uuid
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import qdrant_edge as qe

from embed.sparse import SparseVec
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
    StoredPoint,
    Where,
)
from memory.store_cache import Key, PayloadCache, project

_SCROLL_PAGE = 1_000
# Rewrite a segment as soon as it holds one deleted point (the defaults wait for 20 % and 1,000 vectors).
# A vacuum rewrites a whole segment (vectors, HNSW, every payload index), so its cost is the segment's size:
# segments are kept small. Edge optimises only when asked, so the appendable segment is sealed (indexed)
# every _SEAL_AFTER points written, and merges stop at _SEGMENT_KB (about 10k 384-d points with payload).
# Measured at 30k points: one segment, purge 6.5 s and search 1.0 ms; sealed every 6k, 3.7 s and 3.3 ms.
_SEGMENT_KB = IndexTuning().segment_kb  # the default; a store keeps the size it was created with
_SEAL_AFTER = 10_000
_PURGE_OPTIMIZERS: dict[str, float | int] = {"deleted_threshold": 0.0, "vacuum_min_vector_number": 1}
# The nil UUID: point_id() makes version-5 UUIDs only, so it never names a real point.
_SENTINEL = str(uuid.UUID(int=0))
_CONFIG = "edge_config.json"
_LOCK = "store.lock"
# Present while a purge of the shard is owed (set before it starts): the next open finishes it.
_PURGE_PENDING = "purge.pending"
# Present from the first write after a purge to the next purge: shards without it have nothing to purge.
_DIRTY = "purge.dirty"


# Qdrant's default: a filtered search whose matching points fit in 10 MB of vectors scans them through the
# payload index instead of walking the graph (exact, and cheaper than HNSW at that size).
_FULL_SCAN_KB = 10_000
# An exact search reads the float vectors, never their int8 copies.
_EXACT = qe.SearchParams(exact=True, quantization=qe.QuantizationSearchParams(ignore=True))


def _vector_params(dim: int, tuning: IndexTuning) -> qe.EdgeVectorParams:
    quantization = (
        # quantile 0.99: the int8 range is fitted to the central 99 % of values, so a few outliers do
        # not stretch it; always_ram: the quantised copy is what every graph step reads.
        qe.ScalarQuantizationConfig(type=qe.ScalarType.Int8, quantile=0.99, always_ram=True) if tuning.int8 else None
    )
    return qe.EdgeVectorParams(
        size=dim, distance=qe.Distance.Cosine, on_disk=tuning.on_disk, quantization_config=quantization
    )


def _search_params(tuning: IndexTuning) -> qe.SearchParams:
    rescore = qe.QuantizationSearchParams(rescore=True, oversampling=tuning.oversampling) if tuning.int8 else None
    return qe.SearchParams(hnsw_ef=tuning.ef, quantization=rescore)


def _filter(where: Where | None, *, hide_sentinel: bool = False) -> qe.Filter | None:
    must: list[Any] = []
    if where is not None:
        must += [qe.FieldCondition(name, match=qe.MatchAny(list(values))) for name, values in where.any_of.items()]
        must += [qe.FieldCondition(name, range=qe.RangeFloat(gte=value)) for name, value in where.at_least.items()]
        must += [qe.FieldCondition(name, range=qe.RangeFloat(lt=value)) for name, value in where.below.items()]
    # The purge's sentinel lives for two operations; a concurrent scroll or count must not see it.
    must_not: list[Any] = [qe.HasIdCondition({_SENTINEL})] if hide_sentinel else []
    if not (must or must_not):
        return None
    return qe.Filter(must=must or None, must_not=must_not or None)


def _write_atomically(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def _convert(path: Path) -> None:
    """Bring a closed shard to the settings the purge relies on, and leave it marked for one purge.

    Each step is safe to interrupt: the mark comes first (so the segments are purged of what earlier
    erasures left, however far this got), the WAL is dropped only once the config that disables it is
    on disk, and that config is written only once the WAL's operations are flushed into the segments.
    """
    config_path = path / _CONFIG
    config = json.loads(config_path.read_text(encoding="utf-8"))
    had_wal = config.get("wal_enabled") is not False
    # A store's own segment size (IndexTuning.segment_kb when it was created) is kept; only stores made
    # before segments were capped get the default cap.
    wanted = {"max_segment_size": _SEGMENT_KB, **(config.get("optimizers") or {}), **_PURGE_OPTIMIZERS}
    if not (had_wal or config.get("optimizers") != wanted or (path / "wal").exists()):
        return
    _mark(path)
    if had_wal:
        shard = qe.EdgeShard.load(str(path))  # replays the WAL into the segments
        shard.flush()
        shard.close()
    if had_wal or config.get("optimizers") != wanted:
        _write_atomically(config_path, json.dumps({**config, "wal_enabled": False, "optimizers": wanted}))
    if (path / "wal").exists():
        shutil.rmtree(path / "wal")


def _mark(path: Path) -> None:
    _write_atomically(path / _PURGE_PENDING, "")


def _sparse(vec: SparseVec) -> qe.SparseVector:
    return qe.SparseVector(list(vec.indices), list(vec.values))


def _point(record: Any) -> StoredPoint:
    vectors = record.vector or {}
    sparse = vectors.get(SPARSE)
    return StoredPoint(
        id=str(record.id),
        payload=dict(record.payload or {}),
        dense=vectors.get(DENSE),
        sparse=SparseVec(tuple(sparse.indices), tuple(sparse.values)) if sparse is not None else None,
    )


class EdgeStore:
    """Qdrant Edge shards under ``data_dir``.

    >>> store = EdgeStore(Path("/tmp/tr-doc"))   # doctest: +SKIP
    >>> store.ensure(384)                        # doctest: +SKIP
    """

    def __init__(self, data_dir: Path, tuning: IndexTuning | None = None) -> None:
        self.data_dir = data_dir
        self.tuning = tuning or IndexTuning()
        self._params = _search_params(self.tuning)
        self._shards: dict[Collection, qe.EdgeShard] = {}
        self._dirty: set[Collection] = set()
        self._unsealed: dict[Collection, int] = {}  # points written since the shard was last optimised
        self._dim: int | None = None  # the dense width, known from ensure(); shards open on first use
        self._opening = threading.Lock()
        # Payload fields a match reads, per point (memory/store_cache.py); every write below drops its points.
        self._payloads = PayloadCache(self.tuning.payload_cache)
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
        )
        try:
            if (path / "segments").is_dir():
                _convert(path)
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
        shard.update(operation)
        shard.flush()  # no WAL (see the module docstring): the flush makes a returned write durable

    def delete(self, collection: Collection, ids: Sequence[str]) -> None:
        if ids:
            self._payloads.drop(collection, ids)
            self._write(collection, qe.UpdateOperation.delete_points(list(ids)))
            self._payloads.drop(collection, ids)

    def delete_where(self, collection: Collection, where: Where) -> None:
        flt = _filter(where)
        if flt is None:
            raise ValueError("refusing to delete without a condition")
        if self._shard(collection).count(qe.CountRequest(exact=True, filter=flt)):  # spare a flush and a purge
            self._payloads.clear(collection)
            self._write(collection, qe.UpdateOperation.delete_points_by_filter(flt))
            self._payloads.clear(collection)

    def set_payload_where(self, collection: Collection, where: Where, payload: Payload) -> None:
        flt = _filter(where)
        if flt is None:
            raise ValueError("refusing to set payload without a condition")
        self._payloads.clear(collection)
        self._write(collection, qe.UpdateOperation.set_payload_by_filter(flt, payload))
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
                    filter=_filter(where, hide_sentinel=True),
                    with_payload=True,
                    with_vector=with_vectors,
                )
            )
            yield from (_point(r) for r in records)
            if offset is None:
                return

    def count(self, collection: Collection, where: Where | None = None) -> int:
        return int(
            self._shard(collection).count(qe.CountRequest(exact=True, filter=_filter(where, hide_sentinel=True)))
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
            filter=_filter(where),
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
            filter=_filter(where),
            with_payload=self._selected(collection, fields),
        )
        return self._hits(collection, self._shard(collection).query(request), fields)

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
            Hit(None, float(h.score), payloads[k] if whole else project(payloads[k], fields), partial(str, k))
            for k, h in zip(keys, found, strict=True)
            if k in payloads
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

    def clear_cache(self) -> None:
        """Forget every kept payload (a benchmark's cold match; the store stays correct without it)."""
        self._payloads.clear()

    def close(self) -> None:
        self._payloads.clear()
        for shard in self._shards.values():
            shard.flush()
            shard.close()
        self._shards.clear()
        if self._lock >= 0:
            os.close(self._lock)  # releases the flock
            self._lock = -1


def _purge(shard: qe.EdgeShard, path: Path) -> None:
    _mark(path)
    shard.flush()  # the deletions are on disk before any segment is rewritten
    # An upsert over an existing point of the appendable segment rewrites it in place and leaves the old
    # version's bytes in its pages; only a deleted point makes the vacuum rewrite that segment. New
    # points go to the appendable segment, so a sentinel put there and deleted marks it.
    shard.update(qe.UpdateOperation.upsert_points([qe.Point(_SENTINEL, {}, {})]))
    shard.update(qe.UpdateOperation.delete_points([_SENTINEL]))
    shard.optimize()
    shard.flush()  # the replaced segments' directories are removed here, not by optimize()
    (path / _DIRTY).unlink(missing_ok=True)
    (path / _PURGE_PENDING).unlink()


def _hit(found: Any) -> Hit:
    # The id is read only if asked for (``Hit``): the binding builds a UUID object for it.
    return Hit(None, float(found.score), dict(found.payload or {}), lambda: str(found.id))

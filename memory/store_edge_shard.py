"""One Qdrant Edge shard of the embedded store (``memory.store_edge``): its settings, filters and hits, and
how an erasure reaches its disk (conversion of old shards, the purge).

Erasure reaches the disk (``purge_deleted``). Measured on qdrant-edge-py 0.9.0:

- A deleted or overwritten point keeps its bytes in its segment (payload pages, keyword-index pages,
  vectors, id mappings) until the segment is rewritten by a vacuum. Shards are opened with
  ``deleted_threshold=0`` and ``vacuum_min_vector_number=1``, so ``optimize()`` rewrites every segment
  that holds one deleted point; an overwrite in place is caught by deleting a sentinel point, which
  marks the segment that receives writes.
- The write-ahead log keeps every operation, so every erased byte, and Python cannot rotate it.
  Removing its files is not an option: the shard then numbers operations from 0 again and silently
  ignores every later update of a point written before (the point's version is higher). So shards run
  without a WAL (``wal_enabled=False``) and every write is flushed before it returns (inside a writer's
  block, ``EdgeStore.flushes_deferred``: once a shard, when the block returns): a write that returned is
  on disk, one that a crash interrupted is lost whole. Shards made with a WAL (stores
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

import json
import os
import shutil
import uuid
from pathlib import Path
from typing import Any

import qdrant_edge as qe

from embed.sparse import SparseVec
from memory.store import DENSE, SPARSE, Hit, IndexTuning, StoredPoint, Where

# Rewrite a segment as soon as it holds one deleted point (the defaults wait for 20 % and 1,000 vectors).
# A vacuum rewrites a whole segment (vectors, HNSW, every payload index), so its cost is the segment's size:
# segments are kept small. Edge optimises only when asked, so the appendable segment is sealed (indexed)
# every _SEAL_AFTER points written, and merges stop at _SEGMENT_KB (about 10k 384-d points with payload).
# Measured at 30k points: one segment, purge 6.5 s and search 1.0 ms; sealed every 6k, 3.7 s and 3.3 ms.
_SEGMENT_KB = IndexTuning().segment_kb  # the default; a store keeps the size it was created with
_PURGE_OPTIMIZERS: dict[str, float | int] = {"deleted_threshold": 0.0, "vacuum_min_vector_number": 1}
# The nil UUID: point_id() makes version-5 UUIDs only, so it never names a real point.
_SENTINEL = str(uuid.UUID(int=0))
_CONFIG = "edge_config.json"
# Present while a purge of the shard is owed (set before it starts): the next open finishes it.
_PURGE_PENDING = "purge.pending"
# Present from the first write after a purge to the next purge: shards without it have nothing to purge.
_DIRTY = "purge.dirty"


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


def _set_search_threads(path: Path, threads: int | None) -> None:
    """Persist the shard's search pool size in its config before it is loaded (``None``: Edge's default, one
    thread per CPU). Edge reads it from ``edge_config.json`` when no config is given at load; giving one at
    load would also re-validate the shard's vectors, which an older store may not match."""
    config_path = path / _CONFIG
    config = json.loads(config_path.read_text(encoding="utf-8"))
    if config.get("max_search_threads") == threads:
        return
    if threads is None:
        config.pop("max_search_threads", None)
    else:
        config["max_search_threads"] = threads
    _write_atomically(config_path, json.dumps(config))


def _mark(path: Path) -> None:
    _write_atomically(path / _PURGE_PENDING, "")


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


def _smallest(shard: qe.EdgeShard, flt: qe.Filter | None, field: str, *, fallback: int) -> float:
    """The smallest value of the integer ``field`` among the points ``flt`` admits (one ordered read of the
    field's index; ``memory.store_counts``), or ``fallback`` when that value is not one integer."""
    request = qe.ScrollRequest(
        limit=1, filter=flt, with_payload=[field], with_vector=False, order_by=qe.OrderBy(field, qe.Direction.Asc)
    )
    records, _ = shard.scroll(request)
    value = (records[0].payload or {}).get(field) if records else None
    return value if isinstance(value, int) and not isinstance(value, bool) else float(fallback)


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


def _hit(found: Any) -> Hit:
    # The id is read only if asked for (``Hit``): the binding builds a UUID object for it.
    return Hit(None, float(found.score), dict(found.payload or {}), lambda: str(found.id))

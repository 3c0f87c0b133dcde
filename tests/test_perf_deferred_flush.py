"""The writer's block flushes each embedded shard once, when it ends (memory/store_edge.py ``flushes_deferred``,
memory/writer.py): not after each of its writes; other threads' writes are still flushed as they return; a
nested block flushes at the outermost end, a failed one flushes what it wrote; and the store an import leaves is
the one it left with a flush after every write."""

from __future__ import annotations

import contextlib
import json
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import memory.store_edge as store_edge
from embed import HashingEncoder
from memory import Memory, Settings
from memory.demo import demo_records
from memory.store import Collection, StoredPoint, point_id
from memory.store_edge import EdgeStore

DIM = 8


class _Flushes:
    """A shard that counts its flushes (a wrapper: the binding's methods cannot be patched)."""

    def __init__(self, shard: Any, counts: Counter[str], name: str) -> None:
        self._shard, self._counts, self._name = shard, counts, name

    def flush(self) -> None:
        self._counts[self._name] += 1
        self._shard.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._shard, name)


def _spy(store: EdgeStore, collections: list[Collection]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for collection in collections:
        store._shards[collection] = _Flushes(store._shard(collection), counts, collection.value)  # type: ignore[assignment]
    return counts


def _point(i: int) -> StoredPoint:
    v = np.random.default_rng(i).normal(size=DIM)
    return StoredPoint(
        point_id(Collection.notes, f"n{i}"), {"note_id": f"n{i}", "candidate_id": "c"}, [float(x) for x in v]
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EdgeStore]:
    made = EdgeStore(tmp_path / "s")
    made.ensure(DIM)
    yield made
    made.close()


def test_writes_inside_are_flushed_once_a_shard_at_the_end(store: EdgeStore) -> None:
    counts = _spy(store, [Collection.chunks, Collection.signals])
    with store.flushes_deferred():
        for i in range(3):
            store.upsert(Collection.chunks, [_point(i)])
        store.delete(Collection.chunks, [_point(0).id])
        store.upsert(Collection.signals, [StoredPoint(point_id(Collection.signals, "s"), {"signal_id": "s"})])
        assert counts == Counter()  # nothing flushed yet, and reads see every write
        assert {p.payload["note_id"] for p in store.scroll(Collection.chunks)} == {"n1", "n2"}
    assert counts == Counter({"chunks": 1, "signals": 1})
    store.upsert(Collection.chunks, [_point(5)])  # outside: flushed as it returns, as before
    assert counts["chunks"] == 2


def test_nested_blocks_flush_at_the_outermost_end(store: EdgeStore) -> None:
    counts = _spy(store, [Collection.chunks])
    with store.flushes_deferred():
        with store.flushes_deferred():
            store.upsert(Collection.chunks, [_point(1)])
        assert counts["chunks"] == 0
        store.upsert(Collection.chunks, [_point(2)])
    assert counts["chunks"] == 1


def test_a_failed_block_flushes_what_it_wrote(store: EdgeStore) -> None:
    counts = _spy(store, [Collection.chunks])
    with pytest.raises(RuntimeError), store.flushes_deferred():
        store.upsert(Collection.chunks, [_point(1)])
        raise RuntimeError("the block's next step failed")
    assert counts["chunks"] == 1
    assert getattr(store._deferred, "pending", None) is None


def test_another_threads_writes_are_flushed_as_they_return(store: EdgeStore) -> None:
    counts = _spy(store, [Collection.chunks, Collection.decisions])
    flushed_on_return: list[int] = []

    def log() -> None:  # as the decision log's writer thread would, while a block is open
        store.upsert(Collection.decisions, [StoredPoint(point_id(Collection.decisions, "d"), {"decision_id": "d"})])
        flushed_on_return.append(counts["decisions"])

    with store.flushes_deferred():
        store.upsert(Collection.chunks, [_point(1)])
        other = threading.Thread(target=log)
        other.start()
        other.join()
        assert flushed_on_return == [1]
        assert counts["chunks"] == 0
    assert counts["chunks"] == 1


def _import(path: Path, lines: list[str], *, deferred: bool) -> tuple[dict[str, Any], Counter[str]]:
    saved = EdgeStore.flushes_deferred
    if not deferred:
        EdgeStore.flushes_deferred = lambda self: contextlib.nullcontext()  # type: ignore[assignment,method-assign,return-value]
    try:
        with Memory.open(Settings(data_dir=path), encoder=HashingEncoder(64)) as memory:
            store = memory._store
            assert isinstance(store, store_edge.EdgeStore)
            counts = _spy(store, [c for c in Collection if c is not Collection.meta])
            memory.import_ndjson(lines)
            flushed = Counter(counts)  # before the close, which flushes every shard again
            held = {}
            for collection in Collection:
                points = sorted(store.scroll(collection, with_vectors=True), key=lambda p: p.id)
                held[collection.value] = [
                    (p.id, _timeless(p.payload), p.dense, p.sparse) for p in points if collection is not Collection.meta
                ]
            return held, flushed
    finally:
        EdgeStore.flushes_deferred = saved  # type: ignore[method-assign]


def _timeless(payload: dict[str, Any]) -> dict[str, Any]:
    """The payload without the fields that hold the write's wall clock (they differ between any two imports)."""
    return {k: v for k, v in payload.items() if k != "created_at"}


def test_an_import_stores_the_same_points_with_fewer_flushes(tmp_path: Path) -> None:
    records = [r for r in demo_records(12, seed=3) if r["type"] in ("candidate", "note")]
    lines = [json.dumps(r) for r in records]
    before, flushed_before = _import(tmp_path / "a", lines, deferred=False)
    after, flushed_after = _import(tmp_path / "b", lines, deferred=True)
    assert after == before
    assert sum(len(v) for v in after.values()) > 50
    # One flush per written shard per block now; the candidates and chunks shards were flushed twice or more.
    assert flushed_after["candidates"] == 1 and flushed_after["chunks"] == 1
    assert flushed_before["candidates"] > 1 and flushed_before["chunks"] > 1
    assert sum(flushed_after.values()) < sum(flushed_before.values())

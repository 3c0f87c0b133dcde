"""Kept counts of the embedded store (memory/store_counts.py): a kept count always equals the engine's own
count, across writes, consent changes, deletions and a time bound that passes a stored value; and one is
served without asking the engine when neither can have changed it."""

from __future__ import annotations

import doctest
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import qdrant_edge as qe

import memory.store_counts
from memory.store import Collection, StoredPoint, Where, point_id
from memory.store_edge import EdgeStore

DIM = 8


def _profile(i: int, until: int, consent: str = "granted") -> StoredPoint:
    v = np.random.default_rng(i).normal(size=DIM)
    payload = {"candidate_id": f"c{i}", "consent_status": consent, "consent_until": until, "retired": "no"}
    return StoredPoint(point_id(Collection.candidates, f"c{i}"), payload, [float(x) for x in v / np.linalg.norm(v)])


def _eligible(after: int) -> Where:
    """The shape of a match's filter (memory.retrieval.filters_where): consent granted, valid after ``after``."""
    return Where(any_of={"consent_status": ["granted"], "retired": ["no"]}, at_least={"consent_until": after + 1})


def _engine(store: EdgeStore, where: Where | None) -> int:
    """The count asked of the engine directly, nothing kept."""
    flt = store._filter(where, hide_sentinel=True)
    return int(store._shard(Collection.candidates).count(qe.CountRequest(exact=True, filter=flt)))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EdgeStore]:
    made = EdgeStore(tmp_path / "s")
    made.ensure(DIM)
    # Consents ending at 100, 200 and 300, and one open-ended (a far-future timestamp, as capture stores it).
    made.upsert(Collection.candidates, [_profile(0, 100), _profile(1, 200), _profile(2, 300), _profile(3, 10**11)])
    yield made
    made.close()


class _Counting:
    """Counts the engine's count calls of one shard (a wrapper: the binding's methods cannot be patched)."""

    def __init__(self, shard: Any) -> None:
        self._shard, self.calls = shard, 0

    def count(self, request: Any) -> Any:
        self.calls += 1
        return self._shard.count(request)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._shard, name)


def test_doctests() -> None:
    assert doctest.testmod(memory.store_counts).failed == 0


def test_a_kept_count_follows_the_time_bound_past_each_stored_expiry(store: EdgeStore) -> None:
    # Asked in an order that reuses, leaves and re-enters each kept range.
    for now in [50, 60, 98, 99, 100, 150, 199, 200, 250, 20, 299, 300, 301, 10**11 - 1, 10**11, 10**12, 0]:
        assert store.count(Collection.candidates, _eligible(now)) == _engine(store, _eligible(now)), now


def test_a_kept_count_is_not_served_after_a_write(store: EdgeStore) -> None:
    assert store.count(Collection.candidates, _eligible(50)) == 4
    assert store.count(Collection.candidates) == 4
    store.upsert(Collection.candidates, [_profile(4, 500)])
    assert store.count(Collection.candidates, _eligible(50)) == 5
    assert store.count(Collection.candidates) == 5
    # A consent withdrawn by condition (a field no payload cache keeps).
    store.set_payload_where(Collection.candidates, Where.eq("candidate_id", "c4"), {"consent_status": "withdrawn"})
    assert store.count(Collection.candidates, _eligible(50)) == 4
    # A consent renewed past the bound: the kept range [51, 100] would have said 4.
    store.set_payload_where(Collection.candidates, Where.eq("candidate_id", "c0"), {"consent_until": 1_000})
    assert store.count(Collection.candidates, _eligible(150)) == _engine(store, _eligible(150)) == 4
    store.delete_where(Collection.candidates, Where.eq("candidate_id", "c3"))
    assert store.count(Collection.candidates, _eligible(150)) == 3
    assert store.count(Collection.candidates) == 4
    store.delete(Collection.candidates, [point_id(Collection.candidates, "c1")])
    assert store.count(Collection.candidates, _eligible(150)) == _engine(store, _eligible(150)) == 2


def test_a_count_within_its_range_is_served_without_the_engine(store: EdgeStore) -> None:
    spy = _Counting(store._shard(Collection.candidates))
    store._shards[Collection.candidates] = spy  # type: ignore[assignment]
    assert store.count(Collection.candidates, _eligible(50)) == 4
    assert spy.calls == 1
    for now in (60, 80, 99):  # every expiry is >= 100: the same four people
        assert store.count(Collection.candidates, _eligible(now)) == 4
    assert spy.calls == 1
    assert store.count(Collection.candidates, _eligible(100)) == 3  # c0's consent ended at 100
    assert spy.calls == 2
    # Other values, or a condition naming too many of them (a match's net), are counted anew.
    assert store.count(Collection.candidates, Where.eq("consent_status", "withdrawn")) == 0
    assert spy.calls == 3
    many = Where(any_of={"candidate_id": [f"c{i}" for i in range(40)]})
    assert store.count(Collection.candidates, many) == store.count(Collection.candidates, many) == 4
    assert spy.calls == 5


def test_a_count_that_overlapped_a_write_is_not_kept(store: EdgeStore) -> None:
    """The write's second epoch move lands after the count started: what it counted is never served."""
    counts = store._counts
    shape = counts.shape(Collection.candidates, _eligible(50), ("consent_until",))
    assert shape is not None
    started = counts.epoch(Collection.candidates)
    counts.wrote(Collection.candidates)  # a write starts while the count runs...
    counts.keep(shape, started, 999)
    counts.wrote(Collection.candidates)  # ...and ends
    assert counts.get(shape, counts.epoch(Collection.candidates)) is None
    assert store.count(Collection.candidates, _eligible(50)) == 4


def test_counts_from_many_threads_while_writing_end_equal_to_the_engine(store: EdgeStore) -> None:
    errors: list[BaseException] = []

    def read() -> None:
        try:
            for now in range(0, 400, 7):
                store.count(Collection.candidates, _eligible(now))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    readers = [threading.Thread(target=read) for _ in range(3)]
    for t in readers:
        t.start()
    for i in range(5, 25):
        store.upsert(Collection.candidates, [_profile(i, 50 * i)])
    for t in readers:
        t.join()
    assert not errors
    for now in (0, 99, 250, 600, 1_199, 1_200):
        assert store.count(Collection.candidates, _eligible(now)) == _engine(store, _eligible(now)), now

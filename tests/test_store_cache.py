"""The embedded store's payload cache (memory/store_cache.py): the same hits as the engine's own payloads,
never a stale payload after a write, nothing kept that a concurrent write made stale, and an erased
person's texts gone from it."""

from __future__ import annotations

import doctest
import marshal
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import memory.store_cache
from embed import LexicalEncoder
from memory import MatchFilters, Memory, Requisition
from memory.store import Collection, Hit, IndexTuning, StoredPoint, Where, point_id
from memory.store_cache import CHUNK_FIELDS, Key, PayloadCache
from memory.store_edge import EdgeStore
from tests.helpers import candidate, note

DIM = 8
WORDS = ["kubernetes operator in go", "postgres tuning and sql", "react frontend with typescript"]


def _vec(i: int) -> list[float]:
    v = np.random.default_rng(i).normal(size=DIM)
    return [float(x) for x in v / np.linalg.norm(v)]


def _chunk(i: int, text: str | None = None) -> StoredPoint:
    text = text or WORDS[i % 3]
    return StoredPoint(
        point_id(Collection.chunks, f"p{i}"),
        {
            "candidate_id": f"c{i % 7}",
            "note_id": f"n{i}",
            "chunk_index": 0,
            "text": text,
            "skills": [],
            "stage": "onsite",
            "role_family": "eng",  # a field the cache does not keep
        },
        _vec(i),
        LexicalEncoder().document(text),
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EdgeStore]:
    made = EdgeStore(tmp_path / "s")
    made.ensure(DIM)
    made.upsert(Collection.chunks, [_chunk(i) for i in range(40)])
    yield made
    made.close()


def _uncached(store: EdgeStore) -> list[list[tuple[str, float, dict[str, Any]]]]:
    """The same searches with the cache off: the engine copies the payloads (ties keep the engine's order,
    which is why both runs use one store)."""
    kept, store._payloads._points = store._payloads._points, 0
    try:
        return _searches(store)
    finally:
        store._payloads._points = kept


def _seen(hits: list[Hit]) -> list[tuple[str, float, dict[str, Any]]]:
    return [(h.id, h.score, h.payload) for h in hits]


def _searches(store: EdgeStore) -> list[list[tuple[str, float, dict[str, Any]]]]:
    lexical = LexicalEncoder()
    net = Where(any_of={"candidate_id": ["c1", "c2", "c4"]})
    return [
        _seen(store.search_dense(Collection.chunks, _vec(99), 40, net, exact=True, fields=CHUNK_FIELDS)),
        _seen(store.search_dense(Collection.chunks, _vec(98), 10, fields=("candidate_id",))),
        _seen(
            store.search_sparse(Collection.chunks, lexical.query("postgres sql"), 20, fields=("candidate_id", "text"))
        ),
        _seen(store.search_dense(Collection.chunks, _vec(97), 5, fields=("candidate_id", "role_family"))),  # not kept
        _seen(store.search_dense(Collection.chunks, _vec(96), 5)),  # whole payloads
    ]


def test_its_examples() -> None:
    assert doctest.testmod(memory.store_cache).failed == 0


def test_searches_return_what_the_engines_payloads_hold(store: EdgeStore) -> None:
    first = _searches(store)  # fills the cache
    assert first == _uncached(store)
    assert store._payloads.held(Collection.chunks) > 0
    assert _searches(store) == first  # and served from it
    assert all(set(p) <= {"candidate_id"} for _, _, p in first[1])  # only the fields asked for
    assert IndexTuning(payload_cache=0).payload_cache == 0 and not PayloadCache(0).serves(Collection.chunks, ())


def test_every_write_is_seen_by_the_next_search(store: EdgeStore) -> None:
    writes: list[Callable[[], None]] = [
        lambda: store.upsert(Collection.chunks, [_chunk(i, f"rewritten note {i} on kafka") for i in range(0, 40, 3)]),
        lambda: store.delete(Collection.chunks, [point_id(Collection.chunks, f"p{i}") for i in range(1, 40, 5)]),
        lambda: store.set_payload_where(Collection.chunks, Where.eq("candidate_id", "c2"), {"stage": "offer"}),
        lambda: store.delete_where(Collection.chunks, Where.eq("candidate_id", "c4")),
    ]
    for write in writes:
        _searches(store)  # the cache holds the points about to be written
        write()
        assert _searches(store) == _uncached(store)
    texts = {h.payload["text"] for h in store.search_dense(Collection.chunks, _vec(1), 40, fields=CHUNK_FIELDS)}
    assert "rewritten note 3 on kafka" in texts


def test_a_read_that_overlaps_a_write_keeps_nothing() -> None:
    """The load of missing points races a write of them: what it read may be the old payload, so it is
    returned to its own caller (as a search just before the write) but not kept for the next one."""
    cache = PayloadCache(points=10)

    def load_then_written(collection: Collection, ids: list[Key], fields: tuple[str, ...]) -> dict[Key, Any]:
        old: dict[Key, Any] = {i: {"candidate_id": "old"} for i in ids}
        cache.drop(collection, [str(i) for i in ids])  # the writer's drop lands while this load is in flight
        return old

    assert cache.read(Collection.chunks, ["a"], load_then_written) == [{"candidate_id": "old"}]
    assert cache.held(Collection.chunks) == 0
    fresh = cache.read(Collection.chunks, ["a"], lambda c, ids, f: {i: {"candidate_id": "new"} for i in ids})
    assert fresh == [{"candidate_id": "new"}] and cache.held(Collection.chunks) == 1


def test_it_is_bounded_least_recently_read_first() -> None:
    cache = PayloadCache(points=3)
    load = lambda c, ids, f: {i: {"candidate_id": i} for i in ids}  # noqa: E731
    cache.read(Collection.chunks, ["a", "b", "c"], load)
    cache.read(Collection.chunks, ["a"], load)  # a is now the most recent
    cache.read(Collection.chunks, ["d"], load)
    assert list(cache._held[Collection.chunks]) == ["c", "a", "d"]


def test_threads_reading_while_one_writes_end_with_the_written_payloads(tmp_path: Path) -> None:
    store = EdgeStore(tmp_path / "s")
    store.ensure(DIM)
    store.upsert(Collection.chunks, [_chunk(i) for i in range(40)])
    stop = threading.Event()
    errors: list[BaseException] = []

    def read() -> None:
        try:
            while not stop.is_set():
                store.search_dense(Collection.chunks, _vec(5), 40, exact=True, fields=CHUNK_FIELDS)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    readers = [threading.Thread(target=read) for _ in range(3)]
    for t in readers:
        t.start()
    for round_ in range(6):
        store.upsert(Collection.chunks, [_chunk(i, f"version {round_} of note {i}") for i in range(40)])
    stop.set()
    for t in readers:
        t.join()
    hits = store.search_dense(Collection.chunks, _vec(5), 40, exact=True, fields=CHUNK_FIELDS)
    assert not errors and len(hits) == 40
    assert all(h.payload["text"].startswith("version 5 ") for h in hits)
    store.close()


def _table(store: EdgeStore) -> list[dict[str, Any]]:
    """What the compact tier holds of the chunks, decoded."""
    return [marshal.loads(v) for v in store._payloads._table[Collection.chunks].values()]


@pytest.fixture
def preloaded(tmp_path: Path) -> Iterator[EdgeStore]:
    """A store written, closed and opened again with the compact table filled at open."""
    made = EdgeStore(tmp_path / "s")
    made.ensure(DIM)
    made.upsert(Collection.chunks, [_chunk(i) for i in range(40)])
    made.close()
    opened = EdgeStore(tmp_path / "s", IndexTuning(payload_preload=True))
    opened.ensure(DIM)
    assert opened.preloaded(timeout=60)
    yield opened
    opened.close()


def test_the_table_filled_at_open_serves_what_the_engine_holds_and_sees_every_write(preloaded: EdgeStore) -> None:
    """One store for every check (an Edge store per test is most of their time)."""
    cache = preloaded._payloads
    assert cache.tabled(Collection.chunks) == 40 and cache.held(Collection.chunks) == 0
    preloaded.set_payload_where(Collection.chunks, Where.eq("candidate_id", "c3"), {"role_family": "ops"})
    assert cache.tabled(Collection.chunks) == 40  # a field the cache does not keep: nothing dropped
    preloaded.delete_where(Collection.chunks, Where.eq("candidate_id", "c5"))  # an erasure's delete
    assert cache.tabled(Collection.chunks) == 40 - sum(1 for i in range(40) if i % 7 == 5)  # exactly its points
    assert {p["candidate_id"] for p in _table(preloaded)} == {f"c{i}" for i in range(7)} - {"c5"}
    writes: list[Callable[[], None]] = [
        lambda: None,
        lambda: preloaded.upsert(Collection.chunks, [_chunk(i, f"rewritten {i} on kafka") for i in range(0, 40, 3)]),
        lambda: preloaded.delete(Collection.chunks, [point_id(Collection.chunks, f"p{i}") for i in range(1, 40, 5)]),
        lambda: preloaded.set_payload_where(Collection.chunks, Where.eq("candidate_id", "c2"), {"stage": "offer"}),
        lambda: preloaded.delete_where(Collection.chunks, Where.eq("candidate_id", "c4")),
    ]
    for n, write in enumerate(writes):
        assert preloaded.count(Collection.chunks) == len(list(preloaded.scroll(Collection.chunks)))  # kept now
        write()
        if n == 3:
            assert cache.tabled(Collection.chunks) == 0  # a kept field written by condition: the collection goes
        preloaded.clear_cache()  # the dict tier only: the answers below come from the table or the engine
        assert _searches(preloaded) == _uncached(preloaded)
        assert preloaded.count(Collection.chunks) == len(list(preloaded.scroll(Collection.chunks)))  # and after
    assert not [p for p in _table(preloaded) if p["candidate_id"] == "c4"]


def test_a_page_read_across_a_write_is_not_kept() -> None:
    cache = PayloadCache(points=10)
    since = cache.generation(Collection.chunks)
    cache.drop(Collection.chunks, ["a"])  # a write lands while the page is read
    assert cache.fill(Collection.chunks, {"a": {"candidate_id": "old"}}, since)
    assert cache.tabled(Collection.chunks) == 0
    assert cache.fill(Collection.chunks, {"a": {"candidate_id": "new"}}, cache.generation(Collection.chunks))
    assert cache.read(Collection.chunks, ["a"], lambda c, ids, f: {}) == [{"candidate_id": "new"}]
    assert not PayloadCache(points=10, table=1).fill(Collection.chunks, {"b": {}}, 0)  # full: stop filling


@pytest.mark.edge
@pytest.mark.slow  # an erasure on Edge purges its segments: ~25 s here, too long for make test-fast
def test_an_erasure_leaves_no_cached_payload_of_the_person(memory: Memory) -> None:
    mark = "quillvorne"
    memory.upsert_candidate(candidate("c-erase", headline="Backend engineer, Go and Kafka"))
    memory.add_note(note("n-erase", "c-erase", f"Built the {mark} ingestion service in Go; strong on Kafka."))
    memory.upsert_candidate(candidate("c-stay", headline="Backend engineer, Go"))
    memory.add_note(note("n-stay", "c-stay", "Ran the payments API in Go; calm under pressure."))
    requisition = Requisition(title="Backend engineer", description=f"Go and Kafka, the {mark} pipeline")
    memory.match(requisition, limit=5, filters=MatchFilters(consent_required=False))
    store = memory._store
    assert isinstance(store, EdgeStore)

    def held() -> list[str]:
        kept, table = store._payloads._held, store._payloads._table
        found = [str(p) for c in kept for p in kept[c].values()]
        found += [str(marshal.loads(v)) for c in table for v in table[c].values()]
        return [p for p in found if "c-erase" in p or mark in p]

    assert held()  # the match's reads were kept (both tiers)
    assert store._payloads.tabled(Collection.chunks)
    memory.delete("c-erase")
    assert held() == []
    after = memory.match(requisition, limit=5, filters=MatchFilters(consent_required=False))
    assert [r.candidate_id for r in after.results] == ["c-stay"]

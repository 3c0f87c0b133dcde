"""purge_deleted on a real Edge store: the bytes of deleted and overwritten points leave every file."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import numpy as np
import pytest
import qdrant_edge as qe

from embed import HashingEncoder
from memory.store import Collection, StoredPoint, Where, point_id
from memory.store_edge import EdgeStore
from tests import diskscan

DIM = 64
SECRET = "Zephyrine Quillfeather"
# A unit vector: Qdrant stores cosine vectors normalised, and this one normalises to itself.
SECRET_VEC = np.zeros(DIM, dtype=np.float32)
SECRET_VEC[[3, 17, 40]] = [0.6, 0.0, 0.8]


def files_containing(root: Path, needle: bytes) -> list[str]:
    """Every file under ``root`` holding ``needle``, in its raw bytes or inside an LZ4-compressed payload
    record (Edge compresses payloads, so a raw ``grep -a -r`` alone can miss a live person)."""
    suffix = f": {needle!r}"
    return sorted({hit.removesuffix(suffix) for hit in diskscan.find(root, [needle])})


def needles(candidate_id: str) -> dict[str, bytes]:
    """What must not survive of the secret person: text, ids (as text and as a UUID's bytes), vector."""
    pid = uuid.UUID(point_id(Collection.candidates, candidate_id))
    return {
        "name": SECRET.encode(),
        "candidate id": candidate_id.encode(),
        "point id": str(pid).encode(),
        "point id bytes": pid.bytes,
        "vector": SECRET_VEC.tobytes(),
    }


def _people(encoder: HashingEncoder, n: int) -> list[StoredPoint]:
    texts = [f"Person {i}, data engineer in Lyon, candidate-{i:04d}" for i in range(n)]
    vectors = encoder.encode(texts)
    return [
        StoredPoint(
            point_id(Collection.candidates, f"candidate-{i:04d}"),
            {"candidate_id": f"candidate-{i:04d}", "name": f"Person {i}", "location": "Lyon"},
            dense=[float(x) for x in vectors[i]],
        )
        for i in range(n)
    ]


def _secret() -> list[StoredPoint]:
    return [
        StoredPoint(
            point_id(Collection.candidates, "cand-zq-7731"),
            {"candidate_id": "cand-zq-7731", "name": SECRET, "location": "Lyon"},
            dense=[float(x) for x in SECRET_VEC],
        )
    ]


def _leftovers(root: Path, candidate_id: str) -> dict[str, list[str]]:
    found = {label: files_containing(root, needle) for label, needle in needles(candidate_id).items()}
    return {label: files for label, files in found.items() if files}


@pytest.fixture
def loaded(tmp_path: Path) -> tuple[EdgeStore, list[StoredPoint]]:
    store = EdgeStore(tmp_path / "data")
    store.ensure(DIM)
    people = _people(HashingEncoder(DIM), 300)
    store.upsert(Collection.candidates, people[:150] + _secret() + people[150:])
    store.upsert(
        Collection.notes,
        [
            StoredPoint(
                point_id(Collection.notes, "n1"), {"candidate_id": "cand-zq-7731", "text": f"{SECRET} was sharp"}
            )
        ],
    )
    return store, people


def _assert_intact(store: EdgeStore, people: list[StoredPoint]) -> None:
    stored = {p.id: p for p in store.scroll(Collection.candidates, with_vectors=True)}
    assert sorted(stored) == sorted(p.id for p in people)
    for person in people:
        got = stored[person.id]
        assert got.payload == person.payload
        assert got.dense is not None
        expected = np.asarray(person.dense, dtype=np.float32)
        np.testing.assert_allclose(got.dense, expected / np.linalg.norm(expected), atol=1e-6)
    probe = people[123]
    [hit] = store.search_dense(Collection.candidates, probe.dense or [], 1, exact=True)
    assert hit.id == probe.id and hit.payload["name"] == "Person 123"
    [hit] = store.search_dense(Collection.candidates, probe.dense or [], 1)
    assert hit.id == probe.id


# ~10 s (a store grown past one segment, then vacuumed): make test runs it; the fast suite keeps the other purge tests.
@pytest.mark.slow
def test_deleted_points_leave_every_file_and_the_rest_survive(
    loaded: tuple[EdgeStore, list[StoredPoint]], tmp_path: Path
) -> None:
    store, people = loaded
    root = tmp_path / "data"
    # The needles are really on disk before: the test would prove nothing otherwise.
    assert set(_leftovers(root, "cand-zq-7731")) == {"name", "candidate id", "point id bytes", "vector"}
    store.delete_where(Collection.candidates, Where.eq("candidate_id", "cand-zq-7731"))
    store.delete_where(Collection.notes, Where.eq("candidate_id", "cand-zq-7731"))
    assert _leftovers(root, "cand-zq-7731")  # a delete alone leaves the bytes
    store.purge_deleted([Collection.candidates, Collection.notes])
    assert _leftovers(root, "cand-zq-7731") == {}
    _assert_intact(store, people)
    store.close()
    assert _leftovers(root, "cand-zq-7731") == {}
    reopened = EdgeStore(root)
    reopened.ensure(DIM)
    assert _leftovers(root, "cand-zq-7731") == {}
    _assert_intact(reopened, people)
    reopened.close()


def test_overwritten_versions_leave_every_file(loaded: tuple[EdgeStore, list[StoredPoint]], tmp_path: Path) -> None:
    store, people = loaded
    renamed = StoredPoint(people[7].id, {**people[7].payload, "name": "erased:1f2e"}, dense=people[7].dense)
    old = StoredPoint(people[7].id, {**people[7].payload, "name": "Ottoline Brackenbury"}, dense=people[7].dense)
    store.upsert(Collection.candidates, [old])
    store.upsert(Collection.candidates, [renamed])
    assert files_containing(tmp_path / "data", b"Ottoline Brackenbury")
    store.purge_deleted([Collection.candidates])
    assert files_containing(tmp_path / "data", b"Ottoline Brackenbury") == []
    [got] = store.retrieve(Collection.candidates, [people[7].id])
    assert got.payload["name"] == "erased:1f2e"


def test_a_purge_with_nothing_deleted_changes_nothing(loaded: tuple[EdgeStore, list[StoredPoint]]) -> None:
    store, _ = loaded
    store.purge_deleted(list(Collection))
    store.purge_deleted(list(Collection))
    assert store.count(Collection.candidates) == 301 and store.count(Collection.notes) == 1
    assert store.count(Collection.meta) == 0


def test_a_store_made_with_a_wal_is_converted_and_cleaned(tmp_path: Path) -> None:
    """Stores created before purge_deleted have a WAL and default vacuum thresholds."""
    root = tmp_path / "data"
    legacy = qe.EdgeShard.create(
        str(root / "notes"),
        qe.EdgeConfig(sparse_vectors={"bm25": qe.EdgeSparseVectorParams(modifier=qe.Modifier.Idf)}),
    )
    keep = point_id(Collection.notes, "keep")
    for version in range(30):  # the kept point's version is well above 0
        legacy.update(
            qe.UpdateOperation.upsert_points([qe.Point(keep, {}, {"candidate_id": "c1", "text": f"v{version}"})])
        )
    gone = point_id(Collection.notes, "gone")
    legacy.update(qe.UpdateOperation.upsert_points([qe.Point(gone, {}, {"candidate_id": "c2", "text": SECRET})]))
    legacy.update(qe.UpdateOperation.delete_points([gone]))
    legacy.close()
    assert "notes/wal/open-1" in files_containing(root, SECRET.encode())

    store = EdgeStore(root)
    store.ensure(DIM)
    assert files_containing(root, SECRET.encode()) == [] and not (root / "notes" / "wal").exists()
    config = json.loads((root / "notes" / "edge_config.json").read_text())
    assert config["wal_enabled"] is False and config["optimizers"]["deleted_threshold"] == 0.0
    [kept] = store.retrieve(Collection.notes, [keep])
    assert kept.payload == {"candidate_id": "c1", "text": "v29"}
    # An update of a point written before the conversion is applied, and kept across a restart.
    store.upsert(Collection.notes, [StoredPoint(keep, {"candidate_id": "c1", "text": "after"})])
    store.close()
    store = EdgeStore(root)
    store.ensure(DIM)
    [kept] = store.retrieve(Collection.notes, [keep])
    assert kept.payload["text"] == "after" and not (root / "notes" / "wal").exists()
    store.close()

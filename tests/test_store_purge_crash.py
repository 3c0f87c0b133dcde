"""kill -9 in the middle of purge_deleted (and of converting an old store): the next open succeeds with every
live point intact, and a purge run then leaves no byte of the deleted person."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import qdrant_edge as qe

from memory.store import Collection, StoredPoint, Where, point_id
from memory.store_edge import EdgeStore
from tests.test_store_purge import DIM, SECRET, _assert_intact, _leftovers, _people, _secret, files_containing

pytestmark = pytest.mark.slow  # a child process per kill point; still part of make test and CI

REPO = Path(__file__).resolve().parents[1]

# Runs in a child process: open the store, delete the person, then purge with a SIGKILL planted at one
# point. ``before`` counts calls into the Edge shards during the purge (flush, update, optimize): the
# process dies just before call number ``before``; ``after_s`` kills it from a timer instead.
CHILD = textwrap.dedent(
    """
    import os, signal, sys, threading
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    from memory.store import Collection, Where
    from memory.store_edge import EdgeStore

    root, mode, value = Path(sys.argv[2]), sys.argv[3], sys.argv[4]
    store = EdgeStore(root)
    store._open(Collection.candidates, 64)  # only the two shards the purge touches: quicker
    store._open(Collection.notes, None)
    store.delete_where(Collection.candidates, Where.eq("candidate_id", "cand-zq-7731"))
    store.delete_where(Collection.notes, Where.eq("candidate_id", "cand-zq-7731"))
    calls = [0]

    class Dying:
        def __init__(self, shard):
            self.shard = shard

        def __getattr__(self, name):
            def call(*args, **kwargs):
                calls[0] += 1
                if calls[0] == int(value):
                    os.kill(os.getpid(), signal.SIGKILL)
                return getattr(self.shard, name)(*args, **kwargs)
            return call

    if mode == "before":
        store._shards = {c: Dying(s) for c, s in store._shards.items()}
    else:
        threading.Timer(float(value), os.kill, (os.getpid(), signal.SIGKILL)).start()
    store.purge_deleted([Collection.candidates, Collection.notes])
    print("finished", calls[0])
    os.kill(os.getpid(), signal.SIGKILL)  # no clean close either
    """
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from embed import HashingEncoder

    root = tmp_path_factory.mktemp("purge-crash") / "data"
    store = _open_two(root)
    store.upsert(
        Collection.candidates,
        _people(HashingEncoder(DIM), 300)[:150] + _secret() + _people(HashingEncoder(DIM), 300)[150:],
    )
    store.upsert(
        Collection.notes,
        [
            StoredPoint(
                point_id(Collection.notes, "n1"), {"candidate_id": "cand-zq-7731", "text": f"{SECRET} was sharp"}
            )
        ],
    )
    store.close()
    return root


def _kill_during_purge(template: Path, tmp_path: Path, mode: str, value: str) -> tuple[Path, str]:
    root = tmp_path / "data"
    shutil.copytree(template, root)
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(REPO), str(root), mode, value], capture_output=True, text=True, timeout=300
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    return root, child.stdout


def _open_two(root: Path) -> EdgeStore:
    store = EdgeStore(root)
    store._open(Collection.candidates, DIM)
    store._open(Collection.notes, None)
    return store


def _assert_recovers(root: Path) -> None:
    from embed import HashingEncoder

    store = _open_two(root)
    assert not (root / "candidates" / "purge.pending").exists()  # an interrupted purge is finished on open
    people = _people(HashingEncoder(DIM), 300)
    _assert_intact(store, people)
    assert store.count(Collection.notes) == 0 and store.count(Collection.candidates) == 300
    store.purge_deleted([Collection.candidates, Collection.notes])
    assert _leftovers(root, "cand-zq-7731") == {}
    store.close()
    assert _leftovers(root, "cand-zq-7731") == {}


# Ten calls into the shards per purge of two collections: flush, sentinel in, sentinel out, optimize, flush;
# by default a kill before each kind of step, and every boundary under the slow marker.
FAST_KILLS = (1, 3, 4, 5, 9, 11)


@pytest.mark.parametrize(
    "before", [n if n in FAST_KILLS else pytest.param(n, marks=pytest.mark.slow) for n in range(1, 12)]
)
def test_a_purge_killed_before_any_of_its_steps_recovers(template: Path, tmp_path: Path, before: int) -> None:
    root, out = _kill_during_purge(template, tmp_path, "before", str(before))
    assert ("finished" in out) == (before == 11)
    _assert_recovers(root)


@pytest.mark.parametrize(
    "after_s", [0.3, pytest.param(0.05, marks=pytest.mark.slow), pytest.param(0.8, marks=pytest.mark.slow)]
)
def test_a_purge_killed_at_a_random_moment_recovers(template: Path, tmp_path: Path, after_s: float) -> None:
    root, _ = _kill_during_purge(template, tmp_path, "after", str(after_s))
    _assert_recovers(root)


CONVERT = textwrap.dedent(
    """
    import os, shutil, signal, sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    from memory import store_edge, store_edge_shard

    root, where = Path(sys.argv[2]), sys.argv[3]
    die = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
    if where == "config":
        write = store_edge_shard._write_atomically
        store_edge_shard._write_atomically = lambda p, text: die() if p.name == "edge_config.json" else write(p, text)
    elif where == "wal":
        store_edge_shard.shutil.rmtree = die
    elif where == "purge":
        store_edge._purge = die
    elif where == "wal-half":
        def half(path, *a, **k):
            os.remove(sorted(Path(path).iterdir())[0])
            die()
        store_edge_shard.shutil.rmtree = half
    store_edge.EdgeStore(root)  # opens (and converts) the meta shard
    """
)


@pytest.mark.parametrize("where", ["config", "wal", "wal-half", "purge"])
def test_converting_an_old_store_can_be_killed(tmp_path: Path, where: str) -> None:
    root = tmp_path / "data"
    legacy = qe.EdgeShard.create(
        str(root / "meta"), qe.EdgeConfig(sparse_vectors={"bm25": qe.EdgeSparseVectorParams(modifier=qe.Modifier.Idf)})
    )
    keep, gone = point_id(Collection.meta, "keep"), point_id(Collection.meta, "gone")
    for version in range(20):
        legacy.update(qe.UpdateOperation.upsert_points([qe.Point(keep, {}, {"v": version})]))
    legacy.update(qe.UpdateOperation.upsert_points([qe.Point(gone, {}, {"text": SECRET})]))
    legacy.update(qe.UpdateOperation.delete_points([gone]))
    legacy.close()  # no flush of our own: the kept point's last versions are in the WAL only
    child = subprocess.run(
        [sys.executable, "-c", CONVERT, str(REPO), str(root), where], capture_output=True, text=True, timeout=300
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    store = EdgeStore(root)
    [kept] = store.retrieve(Collection.meta, [keep])
    assert kept.payload == {"v": 19} and store.retrieve(Collection.meta, [gone]) == []
    assert files_containing(root, SECRET.encode()) == [] and not (root / "meta" / "wal").exists()
    store.upsert(Collection.meta, [StoredPoint(keep, {"v": "after"})])
    store.close()
    store = EdgeStore(root)
    assert store.retrieve(Collection.meta, [keep])[0].payload == {"v": "after"}
    assert store.count(Collection.meta, Where(at_least={"v": 0})) == 0
    store.close()

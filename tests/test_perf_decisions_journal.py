"""The decision log's journal (memory/decisions_journal.py, memory/deferred.py): while matches run, a due batch
goes to the journal, not the store; a pause, a read, an erasure or a close folds it into the store in order and
empties the file; a crash leaves it to the next open, which folds it before anything reads."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from embed import HashingEncoder
from memory import Memory, Settings, deferred
from memory.decisions_journal import JOURNAL_NAME, Journal
from memory.deferred import DeferredWrites
from memory.store import Collection, StoredPoint
from tests.test_perf_match_durability import fill, logged


class _Store:
    def __init__(self) -> None:
        self.written: list[str] = []
        self.wrote = threading.Event()

    def upsert(self, collection: Collection, points: list[StoredPoint]) -> None:
        self.written += [p.id for p in points]
        self.wrote.set()


def _point(key: str) -> tuple[Collection, list[StoredPoint]]:
    return Collection.decisions, [StoredPoint(key, {"kind": "decision", "candidate_ids": [f"c-{key}"], "at": 1})]


def test_while_matches_run_a_due_batch_goes_to_the_journal_and_a_pause_folds_it(tmp_path: Path) -> None:
    store, running = _Store(), threading.Event()
    running.set()
    journal = Journal(tmp_path / JOURNAL_NAME)
    writes = DeferredWrites(store, threading.RLock(), linger_s=0.05, idle=lambda: not running.is_set(), journal=journal)  # type: ignore[arg-type]
    writes.put(_point("a"), _point("b"))
    for _ in range(600):  # the thread journals the batch once its linger ends (matches still running)
        if journal.holds() and writes.pending() == 0:
            break
        threading.Event().wait(0.01)
    assert journal.holds() and writes.pending() == 0
    assert store.written == []  # not in the store: no store write while the matches run
    assert [p.id for _, pts in journal.read() for p in pts] == ["a", "b"]
    writes.put(_point("c"))
    running.clear()  # the matches pause: journal then queue, in order, into the store
    assert store.wrote.wait(60.0)
    writes.close()
    assert store.written == ["a", "b", "c"]
    assert (tmp_path / JOURNAL_NAME).read_bytes() == b""


def test_a_read_folds_the_journal_before_it_reads(tmp_path: Path) -> None:
    store = _Store()
    journal = Journal(tmp_path / JOURNAL_NAME)
    writes = DeferredWrites(store, threading.RLock(), linger_s=600, idle=lambda: False, journal=journal)  # type: ignore[arg-type]
    writes.put(_point("a"))
    writes._journal_queue()  # what the thread does when the linger ends under load
    writes.put(_point("b"))
    assert store.written == [] and journal.holds()
    writes.flush()  # every read of the log, an erasure's rewrite, a close
    assert store.written == ["a", "b"] and not journal.holds()
    writes.close()


def test_under_steady_load_the_journal_is_folded_within_fold_s(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deferred, "FOLD_S", 0.2)
    store = _Store()
    journal = Journal(tmp_path / "j")
    writes = DeferredWrites(store, threading.RLock(), linger_s=0.02, idle=lambda: False, journal=journal)  # type: ignore[arg-type]
    writes.put(_point("a"))
    assert store.wrote.wait(60.0), "the journal was never folded while the matches never paused"
    writes.close()
    assert store.written == ["a"]


def test_a_torn_last_line_is_dropped_and_an_open_folds_what_a_crash_left(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j")
    journal.append([_point("a"), _point("b")])
    with open(tmp_path / "j", "ab") as f:
        f.write(b'{"c":"decisions","id":"torn","p":{"ki')  # a crash in the middle of an append
    assert [p.id for _, pts in journal.read() for p in pts] == ["a", "b"]
    journal.close()
    store = _Store()
    writes = DeferredWrites(store, threading.RLock(), journal=Journal(tmp_path / "j"))  # type: ignore[arg-type]
    assert store.written == ["a", "b"]  # folded at construction, before anything reads
    assert (tmp_path / "j").read_bytes() == b""
    writes.close()


def test_the_journal_refuses_points_with_vectors(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        Journal(tmp_path / "j").append([(Collection.chunks, [StoredPoint("x", {}, dense=[0.1])])])


# The child: matches while the log thinks a match is always running, so each batch goes to the journal; once
# the queue is empty and the journal holds every entry (none of them in the store), a SIGKILL.
CHILD_JOURNALED = """
import json, os, signal, sys, time
from embed import HashingEncoder
from memory import MatchFilters, Memory, Requisition, Settings
from memory.store import Collection

memory = Memory.open(Settings(data_dir=sys.argv[1]), encoder=HashingEncoder(64))
writes = memory._decisions._writes
writes._idle = lambda: False
writes._linger_s = 0.05
role, wide = Requisition(title="Backend engineer"), MatchFilters(consent_required=False)
ids = [memory.match(role, filters=wide).decision_id for _ in range(2)]
deadline = time.monotonic() + 120
while (writes.pending() or not writes._journal.holds()) and time.monotonic() < deadline:
    time.sleep(0.01)
in_store = memory._store.count(Collection.decisions)
print(json.dumps({"ids": ids, "pending": writes.pending(), "in_store": in_store}), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.slow  # one interpreter (torch import)
def test_entries_journaled_before_a_kill_are_in_the_log_after_the_next_open(tmp_path: Path) -> None:
    fill(tmp_path / "store")
    done = subprocess.run(
        [sys.executable, "-c", CHILD_JOURNALED, str(tmp_path / "store")], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == -9, done.stderr
    out = json.loads(done.stdout.splitlines()[0])
    assert out["pending"] == 0 and out["in_store"] == 0  # journaled only: the store had none of them
    assert (tmp_path / "store" / JOURNAL_NAME).stat().st_size > 0
    assert logged(tmp_path / "store", out["ids"]) == [True, True]
    assert (tmp_path / "store" / JOURNAL_NAME).read_bytes() == b""  # folded at open


def test_the_embedded_memory_logs_through_a_journal_in_its_data_dir(tmp_path: Path) -> None:
    with Memory.open(Settings(data_dir=tmp_path / "s"), encoder=HashingEncoder(64)) as memory:
        writes = memory._decisions._writes
        assert writes is not None and writes._journal is not None
        assert writes._journal.path == tmp_path / "s" / JOURNAL_NAME

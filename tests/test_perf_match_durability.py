"""What a match's deferred decision-log entry survives (memory/deferred.py): a clean close or exit writes
every queued entry; a SIGKILL loses exactly the entries still queued, nothing written before, and the
store opens intact. A subprocess per case, on the embedded store, as the server runs it."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from embed import HashingEncoder
from memory import Memory, NotFound, Settings, deferred
from memory.deferred import DeferredWrites
from memory.store import Collection, StoredPoint
from tests.helpers import candidate, note

# The child: two matches whose entries are written (flushed), then two more kept queued, then it ends as
# argv[2] says. The log's thread lingers 10 minutes from the first match on, so only the explicit flush
# writes (the idle write is off too): with the default linger, a thread already lingering when the flush ran
# would write the third entry too (seen on a loaded machine).
CHILD = """
import json, os, signal, sys
from embed import HashingEncoder
from memory import MatchFilters, Memory, Requisition, Settings

memory = Memory.open(Settings(data_dir=sys.argv[1]), encoder=HashingEncoder(64))
role, wide = Requisition(title="Backend engineer"), MatchFilters(consent_required=False)
memory._decisions._writes._linger_s = 600.0
memory._decisions._writes._idle = None  # and no pause in the matches writes early
written = [memory.match(role, filters=wide).decision_id for _ in range(2)]
memory._decisions.flush()
queued = [memory.match(role, filters=wide).decision_id for _ in range(2)]
print(json.dumps({"written": written, "queued": queued, "pending": memory._decisions.pending()}), flush=True)
if sys.argv[2] == "kill":
    os.kill(os.getpid(), signal.SIGKILL)
elif sys.argv[2] == "close":
    memory.close()
# "exit": the interpreter exits without close(); the atexit hook writes the queue
"""


def fill(path: Path) -> None:
    with Memory.open(Settings(data_dir=path), encoder=HashingEncoder(64)) as memory:
        for i in range(3):
            memory.upsert_candidate(candidate(f"c{i}", headline="Backend engineer", skills=["Go"]))
            memory.add_note(note(f"n{i}", f"c{i}", "Built Go services; strong on backend design."))


def run(path: Path, ending: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", CHILD, str(path), ending], capture_output=True, text=True, timeout=300)
    assert done.stdout, done.stderr
    out: dict[str, object] = json.loads(done.stdout.splitlines()[0])
    out["returncode"] = done.returncode
    return out


def logged(path: Path, ids: object) -> list[bool]:
    assert isinstance(ids, list)
    with Memory.open(Settings(data_dir=path), encoder=HashingEncoder(64)) as memory:
        assert memory.count().candidates == 3  # the store opens with everything written before
        found = []
        for decision_id in ids:
            try:
                memory.decision(decision_id)
                found.append(True)
            except NotFound:
                found.append(False)
        start = datetime.now(UTC) - timedelta(days=1)
        memory.audit(start, datetime.now(UTC) + timedelta(days=1))  # the log reads whole
        return found


@pytest.mark.slow  # one interpreter (torch import) per case
@pytest.mark.parametrize("ending", ["close", "exit"])
def test_a_clean_end_writes_every_queued_entry(tmp_path: Path, ending: str) -> None:
    fill(tmp_path / "store")
    out = run(tmp_path / "store", ending)
    assert out["returncode"] == 0 and out["pending"] == 2
    assert logged(tmp_path / "store", out["written"]) == [True, True]
    assert logged(tmp_path / "store", out["queued"]) == [True, True]


@pytest.mark.slow
def test_a_kill_loses_only_the_entries_still_queued(tmp_path: Path) -> None:
    fill(tmp_path / "store")
    out = run(tmp_path / "store", "kill")
    assert out["returncode"] == -9 and out["pending"] == 2
    assert logged(tmp_path / "store", out["written"]) == [True, True]  # written before: kept
    assert logged(tmp_path / "store", out["queued"]) == [False, False]  # still queued at the kill: lost


class _Flaky:
    """A store whose first upsert fails (a full disk, a lost server)."""

    def __init__(self) -> None:
        self.written: list[str] = []
        self.fail = True

    def upsert(self, collection: Collection, points: list[StoredPoint]) -> None:
        if self.fail:
            self.fail = False
            raise OSError("no space left on device")
        self.written += [p.id for p in points]


def test_a_failed_write_keeps_its_entries_queued_in_order() -> None:
    store = _Flaky()
    writes = DeferredWrites(store, threading.RLock(), linger_s=600)  # type: ignore[arg-type]
    writes.put((Collection.decisions, [StoredPoint("a", {})]), (Collection.decisions, [StoredPoint("b", {})]))
    with pytest.raises(OSError):
        writes.flush()
    assert writes.pending() == 2 and store.written == []
    writes.put((Collection.decisions, [StoredPoint("c", {})]))
    writes.close()  # flushes what is left, in the order it was queued
    assert store.written == ["a", "b", "c"] and writes.pending() == 0
    with pytest.raises(RuntimeError):
        writes.put((Collection.decisions, [StoredPoint("d", {})]))


def test_a_backlog_is_written_by_the_caller_once_it_holds_no_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deferred, "MAX_PENDING", 2)
    store = _Flaky()
    store.fail = False
    writes = DeferredWrites(store, threading.RLock(), linger_s=600)  # type: ignore[arg-type]
    writes.put(*[(Collection.decisions, [StoredPoint(str(i), {})]) for i in range(2)])
    writes.relieve()  # at the limit: left to the thread
    assert store.written == []
    writes.put((Collection.decisions, [StoredPoint("2", {})]))
    writes.relieve()  # past it: written now, on this thread
    assert store.written == ["0", "1", "2"]
    writes.close()


# The child with the shipped linger (LINGER_S): each match's entry is read back through the log, which writes
# what is queued first; then one more match, not read, and a SIGKILL at once.
CHILD_DEFAULT_LINGER = """
import json, os, signal, sys
from embed import HashingEncoder
from memory import MatchFilters, Memory, Requisition, Settings, deferred

memory = Memory.open(Settings(data_dir=sys.argv[1]), encoder=HashingEncoder(64))
assert memory._decisions._writes._linger_s == deferred.LINGER_S
role, wide = Requisition(title="Backend engineer"), MatchFilters(consent_required=False)
read = []
for _ in range(2):
    decision_id = memory.match(role, filters=wide).decision_id
    memory.decision(decision_id)  # a log read: flushes the queue first
    read.append(decision_id)
last = memory.match(role, filters=wide).decision_id
print(json.dumps({"read": read, "last": last}), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.slow
def test_with_the_shipped_linger_an_entry_read_back_survives_a_kill(tmp_path: Path) -> None:
    """Whatever ``LINGER_S`` is, a read of the log writes the queue before it reads: an entry a caller has read
    back is on disk. The last entry, queued a moment before the kill, may be lost (at most ``LINGER_S`` of
    entries are); which way it went is not asserted, it depends on timing."""
    fill(tmp_path / "store")
    done = subprocess.run(
        [sys.executable, "-c", CHILD_DEFAULT_LINGER, str(tmp_path / "store")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == -9, done.stderr
    out = json.loads(done.stdout.splitlines()[0])
    assert logged(tmp_path / "store", out["read"]) == [True, True]
    logged(tmp_path / "store", [out["last"]])  # the store opens and reads whole whether or not it was kept


def test_a_pause_in_the_matches_writes_the_batch_before_the_linger_ends() -> None:
    """The log writes once no match runs (memory/deferred.py, ``QUIET_S``), not only after ``linger_s``: a
    lone recruiter's flush falls in their pause. While a match runs, the batch waits."""
    store = _Flaky()
    store.fail = False
    running = threading.Event()
    running.set()
    written = threading.Event()
    upsert = store.upsert

    def upsert_and_signal(collection: Collection, points: list[StoredPoint]) -> None:
        upsert(collection, points)
        written.set()

    store.upsert = upsert_and_signal  # type: ignore[method-assign]
    # A linger of 10 minutes: anything written within this test was written by the idle path.
    writes = DeferredWrites(store, threading.RLock(), linger_s=600, idle=lambda: not running.is_set())  # type: ignore[arg-type]
    writes.put((Collection.decisions, [StoredPoint("a", {})]))
    assert not written.wait(1.0)  # a match is running: the batch lingers
    assert writes.pending() == 1
    running.clear()  # the matches pause
    assert written.wait(60.0), "the batch was not written when the matches paused"
    assert store.written == ["a"] and writes.pending() == 0
    writes.close()


def test_the_log_is_idle_only_while_no_match_reads(tmp_path: Path) -> None:
    with Memory.open(Settings(data_dir=tmp_path / "s"), encoder=HashingEncoder(64)) as memory:
        log = memory._decisions
        assert log._no_match_running()
        with log.reading():
            assert not log._no_match_running()
        assert log._no_match_running()


def test_matches_that_never_pause_still_get_their_batch_written_within_the_linger() -> None:
    """Under steady load (20 clients) a match is always running and entries keep arriving, so the idle write
    never comes: the batch must still be written once ``linger_s`` has passed since it began, whatever keeps
    arriving (a linger that restarted on every entry, or waited for a pause, would never write it)."""
    store = _Flaky()
    store.fail = False
    written = threading.Event()
    upsert = store.upsert

    def upsert_and_signal(collection: Collection, points: list[StoredPoint]) -> None:
        upsert(collection, points)
        written.set()

    store.upsert = upsert_and_signal  # type: ignore[method-assign]
    writes = DeferredWrites(store, threading.RLock(), linger_s=0.05, idle=lambda: False)  # type: ignore[arg-type]
    stop = threading.Event()

    def keep_queuing() -> None:
        n = 0
        while not stop.is_set():
            writes.put((Collection.decisions, [StoredPoint(str(n), {})]))
            n += 1
            stop.wait(0.001)  # far below QUIET_S: the callers never go quiet

    queuing = threading.Thread(target=keep_queuing)
    queuing.start()
    try:
        assert written.wait(60.0), "a batch was never written while the matches kept running"
        assert not stop.is_set() and queuing.is_alive()  # written while entries were still arriving
    finally:
        stop.set()
        queuing.join()
    writes.close()
    assert store.written == [str(i) for i in range(len(store.written))]  # every entry, in order

"""Writes taken off the response path: queued by the caller, batched and written by one thread.

A match's decision-log entry must reach the store, but the recruiter waiting for the shortlist need not
wait for it. ``DeferredWrites.put`` queues points and returns; a background thread takes the memory's
write lock (so writes stay serialised as everywhere else), drains the whole queue and writes it, one
store write per collection however many matches finished meanwhile.

Durability: an entry is on disk within about ``LINGER_S`` (plus the wait for one import block) after the
call that queued it returned. ``flush()`` writes everything queued now; ``close()`` flushes and stops the
thread (the memory's ``close``, hence the server's shutdown and the CLI's exit); an ``atexit`` hook flushes
a memory the caller forgot to close. A ``SIGKILL`` or a power cut loses what was still queued: for a lone
client the entries of the last ``LINGER_S`` at most; under heavy load that plus the append: with the journal
(below) an append took 10 ms at the median and 27-33 ms at worst under 20 clients, after waits for the GIL of
up to 72-165 ms (session 14; without it, session 13 saw a batch's store write take seconds: docs/scale.md;
tests/test_perf_match_durability.py shows what is and is not lost).

With a ``journal`` (the embedded store, whose writes hold the GIL while they wait for the disk), a batch due
while matches are still running is appended to the journal instead (``memory.decisions_journal``: synced with
``os.fsync``, which releases the GIL), and the journal is folded into the store once the matches pause, at the
latest ``FOLD_S`` after its first entry, and before any read of the log, erasure or close (``flush``). A crash
leaves the journal to the next open, which folds it before anything reads.
A failed write keeps its points queued and is retried; past ``MAX_PENDING`` queued items, ``relieve``
(called by the queuing match once it holds no other lock) writes synchronously, so that a store that
cannot be written stops matches rather than losing their log.
"""

from __future__ import annotations

import atexit
import functools
import logging
import threading
import time
import weakref
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import Any

from memory.decisions_journal import Journal
from memory.store import Collection, StoredPoint, VectorStore

log = logging.getLogger(__name__)

# How long the thread waits for more entries before writing: every write flushes the shard (no WAL on Edge),
# 4-5 ms of CPU whatever the batch (1 -> 20 entries: 4.2 -> 4.9 ms; session 11's scratch logwrite.py), so at
# 50 ms (before session 11) nearly every match paid a flush of its own at 10-20 matches/s. Half a second batches
# ~5-10 of them. It is the durability window: a SIGKILL or an out-of-memory kill loses at most the entries of
# the last ``LINGER_S``; a clean close, an exit and every read of the log write the queue first (issue 13:
# "batched, still durable before shutdown").
LINGER_S = 0.5
# ...but a pause in the matches writes at once: once no match is running (``idle``) and nothing was queued for
# ``QUIET_S``. 0.5 s alone (5338399) put the flush, which holds the GIL, on a lone client's next request (HTTP
# p95 108 -> 250 ms at 10k, docs/profile/README.md, session 11; reverted in 0f49f10, review M9); with the idle
# write a lone recruiter pays it in their pause, as at 50 ms, while matches arriving back to back or from 20
# clients still share one flush per ``LINGER_S``. 20 ms is also the poll's period: a batch waits at most ~25
# polls of a few microseconds each.
QUIET_S = 0.02
# With a journal, how long entries may stay in it while the matches never pause before they are folded into
# the store anyway: each fold is one store write that pauses every match for its flush (100-350 ms of wall on
# this disk, session 12), so under steady load this is one pause per 30 s instead of one per ~0.8 s batch; it
# also bounds what an open replays after a crash (30 s of entries, ~450 at 15 matches/s: ~12 MB at the ~26 KB a
# decision with its snapshot took in the reviewer's check, session 13).
FOLD_S = 30.0
# Queued items past which ``relieve`` writes on the caller's thread: a store that keeps failing must stop
# the callers, not grow the queue without bound.
MAX_PENDING = 10_000
# Seconds between retries of a failed background write.
_RETRY_S = 1.0


class DeferredWrites:
    """A queue of upserts written in batches by one daemon thread under ``lock``."""

    def __init__(
        self,
        store: VectorStore,
        lock: AbstractContextManager[object],
        *,
        linger_s: float = LINGER_S,
        prepare: Callable[[Any], tuple[Collection, list[StoredPoint]]] | None = None,
        idle: Callable[[], bool] | None = None,
        journal: Journal | None = None,
    ) -> None:
        self._store = store
        self._lock = lock
        self._linger_s = linger_s
        # Turns a queued item into points in the writer thread (serialising a decision is part of the
        # work taken off the response path); items are then points already when it is None.
        self._prepare = prepare
        # Whether no caller that queues is running now (the log: no match between ``reading``'s brackets);
        # None: always linger the whole ``linger_s``.
        self._idle = idle
        self._last_put = 0.0  # time.monotonic() of the latest put
        self._journal = journal
        # Held while the queue is taken and journaled, and while the journal is folded: no batch is ever
        # between the queue and the journal while a fold (an erasure's flush) reads both.
        self._journaling = threading.Lock()
        self._journaled_at: float | None = None  # time.monotonic() of the oldest entry not yet folded
        self._pending: list[object] = []
        self._writing = 0  # items taken from the queue and not yet written
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closed = False
        self._stop = threading.Event()  # ends the thread's waits at once on close()
        self._at_exit = functools.partial(_flush_at_exit, weakref.ref(self))
        atexit.register(self._at_exit)
        if journal is not None and journal.holds():
            self._journaled_at = time.monotonic()
            self.flush()  # a crash left entries in the journal: into the store before anything reads the log

    def put(self, *items: object) -> None:
        """Queue items (``(collection, points)`` pairs without ``prepare``); returns at once."""
        with self._wake:
            if self._closed:
                raise RuntimeError("the memory is closed")
            self._pending.extend(items)
            self._last_put = time.monotonic()
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="talentrecall-log-writer", daemon=True)
                self._thread.start()
            self._wake.notify()

    def relieve(self) -> None:
        """Write the queue now if it is past ``MAX_PENDING`` (the caller must not hold a lock that a
        writer under the write lock may wait for: this takes the write lock)."""
        with self._wake:
            backlog = len(self._pending) > MAX_PENDING
        if backlog:
            self.flush()

    def pending(self) -> int:
        with self._wake:
            return len(self._pending)

    def flush(self) -> None:
        """Write everything queued now (under the write lock); raises if the store refuses it.

        With nothing queued, journaled or being written it returns at once, without the lock: a read of
        the log then never waits behind an import or an erasure. The journal is folded in first, in order.
        """
        with self._wake:
            if not self._pending and not self._writing and self._journaled_at is None:
                return
        with self._lock, self._journaling:
            with self._wake:
                items, self._pending = self._pending, []
                self._writing = len(items)
            try:
                self._write(items)
            except BaseException:
                with self._wake:  # nothing is dropped: the next flush retries, in the original order
                    self._pending[:0] = items
                raise
            finally:
                with self._wake:
                    self._writing = 0

    def _journal_queue(self) -> None:
        """Append the queue to the journal and sync it (the GIL is free while the disk works)."""
        assert self._journal is not None
        with self._journaling:
            with self._wake:
                items, self._pending = self._pending, []
                self._writing = len(items)
            try:
                if items:
                    self._journal.append(self._batches(items))
                    with self._wake:
                        if self._journaled_at is None:
                            self._journaled_at = time.monotonic()
            except BaseException:
                with self._wake:
                    self._pending[:0] = items
                raise
            finally:
                with self._wake:
                    self._writing = 0

    def close(self) -> None:
        """Flush and stop the thread; later ``put`` calls raise."""
        with self._wake:
            self._closed = True
            self._wake.notify()
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        atexit.unregister(self._at_exit)
        self.flush()
        if self._journal is not None:
            self._journal.close()

    def _batches(self, items: Sequence[object]) -> list[tuple[Collection, list[StoredPoint]]]:
        batches: dict[Collection, list[StoredPoint]] = {}
        for item in items:
            pair: tuple[Collection, list[StoredPoint]] = self._prepare(item) if self._prepare else item  # type: ignore[assignment]
            batches.setdefault(pair[0], []).extend(pair[1])
        return list(batches.items())

    def _write(self, items: Sequence[object]) -> None:
        """The journal's points, then the queue's, one store write per collection; then the journal is emptied."""
        folded = self._journal is not None and self._journaled_at is not None
        batches: dict[Collection, list[StoredPoint]] = {}
        for collection, points in (self._journal.read() if folded and self._journal else []) + self._batches(items):
            batches.setdefault(collection, []).extend(points)
        for collection, points in batches.items():
            self._store.upsert(collection, points)
        if folded and self._journal is not None:
            self._journal.clear()
            with self._wake:
                self._journaled_at = None

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._pending and self._journaled_at is None and not self._closed:
                    self._wake.wait()
                if self._closed:
                    return  # close() flushes what is left, on its own thread
            paused = self._linger()  # more entries join this batch meanwhile
            try:
                if self._journal is None or paused or self._fold_due():
                    self.flush()
                else:  # the matches are still running: to the journal, without stopping them
                    self._journal_queue()
            except Exception:
                log.exception("decision-log write failed; kept queued, retrying in %s s", _RETRY_S)
                self._stop.wait(_RETRY_S)

    def _fold_due(self) -> bool:
        with self._wake:
            return self._journaled_at is not None and time.monotonic() - self._journaled_at >= FOLD_S

    def _linger(self) -> bool:
        """Wait ``linger_s``, or less once the callers pause (``idle`` and nothing queued for ``QUIET_S``);
        whether they paused."""
        deadline, idle = time.monotonic() + self._linger_s, self._idle
        if idle is None:
            self._stop.wait(self._linger_s)
            return False
        while (left := deadline - time.monotonic()) > 0:
            with self._wake:
                quiet = time.monotonic() - self._last_put >= QUIET_S
            if quiet and idle():
                return True
            if self._stop.wait(min(QUIET_S, left)):
                return False
        return False


def _flush_at_exit(ref: weakref.ref[DeferredWrites]) -> None:
    writes = ref()
    if writes is not None and not writes._closed:
        try:
            writes.flush()
        except Exception:
            log.exception("decision-log entries lost at exit")

"""The hooks' event ledger and callback outbox: one SQLite file, ``hooks.sqlite3`` in the data directory.

Every event id a hook accepted is recorded once with the SHA-256 of its body (canonical JSON):

- the same id with the same body (a redelivery) goes on, and the memory answers it with the reply it stored
  under the event's idempotency key: same shortlist, no new decision, no second callback;
- the same id with another body is a ``Conflict`` (409): never the first event's shortlist for a new role.

When a callback URL is set, the event's row becomes its outbox entry: its own ``webhook-id``
(``msg_<uuid>``, the same on every retry, the receiver's idempotency key), the requisition and limit, the
attempt count and the next attempt's time. A worker thread sends due entries, retrying any answer but 2xx
(410 Gone stops) on the schedule of ``hook_callback_delays_s`` with ±20% jitter, or later when the receiver
sends ``Retry-After``. Rows survive a restart: the next app's worker picks them up. Delivery is at least
once (a crash between the receiver's 2xx and our write resends the same ``webhook-id``).

**No personal data here.** The callback body, a shortlist naming people and quoting notes, is never written
to this file: each attempt reads it back from the memory (``memory.match`` with the event's idempotency key
returns the stored reply). Erasing a person deletes the stored replies that name them, so the next attempt
of a pending callback is answered anew, without them. The requisition (a job's text, not a person's) is
kept only until the callback is settled, then cleared.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import secrets
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from memory import Conflict

log = logging.getLogger("talentrecall.hooks")

FILENAME = "hooks.sqlite3"
LEASE_S = 120.0  # an attempt in flight holds its row this long (past the 15 s timeout): one sender per row
IDLE_S = 30.0  # with nothing due, look again this often (another process may have enqueued)
JITTER = 0.2

_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    event_id TEXT PRIMARY KEY,
    body_sha256 TEXT NOT NULL,
    received_at REAL NOT NULL,
    state TEXT NOT NULL DEFAULT 'received',  -- received | pending | delivered | gone | failed
    webhook_id TEXT,
    request TEXT,                            -- {"requisition", "limit", "caller", "at"}; cleared once settled
    attempts INTEGER NOT NULL DEFAULT 0,
    next_at REAL,
    last_status INTEGER
)
"""


def body_digest(data: Any) -> str:
    """SHA-256 of the canonical JSON of a parsed body: key order and whitespace do not make another body."""
    return hashlib.sha256(json.dumps(data, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


@dataclass(frozen=True)
class Pending:
    event_id: str
    webhook_id: str
    request: dict[str, Any]
    attempts: int


class Ledger:
    """The SQLite rows (see the module docstring); safe to share between threads and processes."""

    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        path = data_dir / FILENAME
        path.touch(exist_ok=True)
        path.chmod(0o600)  # the requisitions' text: readable by the service only
        self._lock = threading.Lock()
        # Autocommit; multi-statement steps open their own IMMEDIATE transaction. The timeout waits out
        # another process's write (workers sharing a data directory).
        self._db = sqlite3.connect(path, timeout=10, isolation_level=None, check_same_thread=False)
        self._db.execute(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def claim(self, event_id: str, digest: str, now: float) -> float | None:
        """Record ``event_id``: None when it is new, else when it was first received (a redelivery).
        ``Conflict`` when it was recorded with another body."""
        with self._transaction() as db:
            row = db.execute("SELECT body_sha256, received_at FROM events WHERE event_id = ?", (event_id,)).fetchone()
            if row is None:
                db.execute(
                    "INSERT INTO events (event_id, body_sha256, received_at) VALUES (?, ?, ?)", (event_id, digest, now)
                )
                return None
        if row[0] != digest:
            raise Conflict(f"event id {event_id!r} was already used with another body", field="event_id")
        return float(row[1])

    def release(self, event_id: str) -> None:
        """Forget a claim whose shortlist could not be made, so the sender may retry with any body."""
        with self._transaction() as db:
            db.execute("DELETE FROM events WHERE event_id = ? AND state = 'received'", (event_id,))

    def enqueue(self, event_id: str, request: dict[str, Any], now: float) -> bool:
        """Make the event's callback pending (once: False when it already was, or was sent)."""
        webhook_id = f"msg_{uuid.uuid4().hex}"
        with self._transaction() as db:
            changed = db.execute(
                "UPDATE events SET state = 'pending', webhook_id = ?, request = ?, next_at = ?"
                " WHERE event_id = ? AND state = 'received'",
                (webhook_id, json.dumps(request), now, event_id),
            ).rowcount
        return changed == 1

    def take_due(self, now: float) -> list[Pending]:
        """Pending callbacks due by ``now``, each leased to the caller for ``LEASE_S``."""
        with self._transaction() as db:
            rows = db.execute(
                "SELECT event_id, webhook_id, request, attempts FROM events"
                " WHERE state = 'pending' AND next_at <= ? ORDER BY next_at LIMIT 20",
                (now,),
            ).fetchall()
            db.executemany(
                "UPDATE events SET next_at = ? WHERE event_id = ?", [(now + LEASE_S, row[0]) for row in rows]
            )
        return [Pending(row[0], row[1], json.loads(row[2]), row[3]) for row in rows]

    def unlease(self, event_ids: Sequence[str], now: float) -> None:
        with self._transaction() as db:
            db.executemany("UPDATE events SET next_at = ? WHERE event_id = ?", [(now, e) for e in event_ids])

    def settle(self, event_id: str, state: str, status: int | None, attempts: int) -> None:
        """Delivered, gone (410) or failed for good: the requisition's text is no longer needed."""
        with self._transaction() as db:
            db.execute(
                "UPDATE events SET state = ?, last_status = ?, attempts = ?, request = NULL, next_at = NULL"
                " WHERE event_id = ?",
                (state, status, attempts, event_id),
            )

    def reschedule(self, event_id: str, status: int | None, attempts: int, next_at: float) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE events SET last_status = ?, attempts = ?, next_at = ? WHERE event_id = ?",
                (status, attempts, next_at, event_id),
            )

    def next_due(self) -> float | None:
        with self._lock:
            row = self._db.execute("SELECT MIN(next_at) FROM events WHERE state = 'pending'").fetchone()
        return float(row[0]) if row and row[0] is not None else None

    def state(self, event_id: str) -> dict[str, Any] | None:
        """An event's row (for tests and operators): state, webhook_id, attempts, last_status."""
        with self._lock:
            row = self._db.execute(
                "SELECT state, webhook_id, attempts, last_status, request FROM events WHERE event_id = ?", (event_id,)
            ).fetchone()
        keys = ("state", "webhook_id", "attempts", "last_status", "request")
        return dict(zip(keys, row, strict=True)) if row else None


@dataclass(frozen=True)
class Attempt:
    """What one send returned: an HTTP status (None: no answer) and the receiver's ``Retry-After``, if any."""

    status: int | None
    retry_after_s: float | None = None


Sender = Callable[[Pending], Attempt]
_MAX_RETRY_AFTER_S = 86_400.0


class Outbox:
    """Sends pending callbacks from a worker thread, on the retry schedule, until settled."""

    def __init__(
        self,
        ledger: Ledger,
        send: Sender,
        delays: Sequence[float],
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._ledger = ledger
        self._send = send
        self._delays = list(delays)
        self._clock = clock
        self._random = secrets.SystemRandom()
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread = threading.Thread(target=self._run, name="talentrecall-outbox", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 20.0) -> None:
        """Stop after the attempt in flight (if any); rows left pending are the next start's."""
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def wake(self) -> None:
        self._wake.set()

    def run_due(self) -> int:
        """Attempt every callback due now (what the worker does each time it wakes); how many were tried."""
        due = self._ledger.take_due(self._clock())
        for tried, pending in enumerate(due):
            if self._stop.is_set():  # stopping: hand the rest back at once rather than after their lease
                self._ledger.unlease([p.event_id for p in due[tried:]], self._clock())
                return tried
            self._attempt(pending)
        return len(due)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_due()
                due = self._ledger.next_due()
            except sqlite3.Error as exc:  # a locked or closing file: try again later, never kill the thread
                log.warning(json.dumps({"event": "outbox_error", "error": type(exc).__name__}))
                due = None
            wait = IDLE_S if due is None else min(IDLE_S, max(0.0, due - self._clock()))
            self._wake.wait(wait)
            self._wake.clear()

    def _attempt(self, pending: Pending) -> None:
        attempts = pending.attempts + 1
        try:
            outcome = self._send(pending)
        except Exception as exc:  # the memory failed to answer: an attempt like a refused connection
            log.warning(json.dumps({"event": "callback_error", "attempt": attempts, "error": type(exc).__name__}))
            outcome = Attempt(None)
        record = {"event": "callback", "webhook_id": pending.webhook_id, "attempt": attempts, "status": outcome.status}
        if outcome.status is not None and 200 <= outcome.status < 300:
            self._ledger.settle(pending.event_id, "delivered", outcome.status, attempts)
            log.info(json.dumps({**record, "state": "delivered"}))
        elif outcome.status == 410:  # Standard Webhooks: the receiver wants no more of these
            self._ledger.settle(pending.event_id, "gone", outcome.status, attempts)
            log.warning(json.dumps({**record, "state": "gone"}))
        elif attempts > len(self._delays):
            self._ledger.settle(pending.event_id, "failed", outcome.status, attempts)
            log.error(json.dumps({**record, "state": "failed"}))
        else:
            delay = self._delays[attempts - 1] * self._random.uniform(1 - JITTER, 1 + JITTER)
            if outcome.retry_after_s is not None:
                delay = max(delay, min(outcome.retry_after_s, _MAX_RETRY_AFTER_S))
            self._ledger.reschedule(pending.event_id, outcome.status, attempts, self._clock() + delay)
            log.info(json.dumps({**record, "state": "retry", "in_s": round(delay, 1)}))


def retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header given in seconds (HTTP dates are ignored: the schedule applies)."""
    if value is None or not value.strip().isdigit():
        return None
    return float(value.strip())

"""The decision log (EU AI Act Art. 12, NYC LL144): what the memory decided, and what a person did with it.

Three kinds of entry share the ``decisions`` collection, each indexed by ``decision_id``, by the people it
names (``candidate_ids``) and by time (``at``):

    decision     one per shortlist: the requisition as the model read it (redacted), filters, limit,
                 segment, model and weights, pool and eligibility counts, every candidate assessed with
                 their score, the shortlist and the needs-consent list with attributions, the warnings
                 and any re-ranking proposal shown. Written with its snapshot in one upsert.
    categories   the self-reported categories of the people assessed, as they were at that moment. Read
                 only by the batch audit, never returned with a decision.
    outcome      what the recruiter did with one shortlisted person (contacted, advanced, rejected, hired).

Entries are only ever added, rewritten to rename a person (a merge, or an erasure's pseudonym) or purged
after the retention period. On erasure, a person's categories leave the snapshot: they are folded into an
anonymous row of it (score, shortlisted, categories, and a random token shared by that person's rows
only), so that past audits stay as they were and no category is linked to the pseudonym. A category value
that is not a standard one (memory/categories.py) is folded as ``other``: free text can identify.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from memory.categories import non_identifying
from memory.decision_entries import (
    PSEUDONYM_PREFIX,
    CategorySnapshot,
    Decision,
    DecisionCounts,
    FoldedRow,
    LoggedResult,
    LogWindow,
    OutcomeAction,
    RecordedOutcome,
    outcome_id,
    pseudonym,
)
from memory.decisions_journal import Journal
from memory.deferred import LINGER_S, DeferredWrites
from memory.models import Protected
from memory.store import Collection, StoredPoint, VectorStore, Where, point_id

__all__ = [
    "PSEUDONYM_PREFIX",
    "CategorySnapshot",
    "Decision",
    "DecisionCounts",
    "DecisionLog",
    "FoldedRow",
    "LogWindow",
    "LoggedResult",
    "OutcomeAction",
    "RecordedOutcome",
    "outcome_id",
    "pseudonym",
]


class DecisionLog:
    """The log over a store: appended entries, read by time, by decision or by person, rewritten only to rename.

    Reads by person and by time go through payload indexes (``candidate_ids`` keyword, ``at`` integer),
    so erasing a person costs O(their entries), not O(the log).
    """

    def __init__(
        self,
        store: VectorStore,
        lock: AbstractContextManager[object] | None = None,
        *,
        linger_s: float = LINGER_S,
        journal: Path | None = None,
    ) -> None:
        self._store = store
        # ``lock`` is the memory's write lock: deferred entries are written under it, like every write.
        # Without one (a log read by a tool, or a test) ``defer`` writes at once.
        # Who was erased (or merged away) while a match was reading: see ``reading`` and ``_rewrite``.
        self._gate = threading.RLock()
        self._clock = 0
        self._readers: dict[int, int] = {}  # ticket -> clock when that match started reading
        # The writer writes as soon as no match is reading (a pause in the matches), else within ``linger_s``:
        # to the ``journal`` file when one is given (the embedded store: memory/decisions_journal.py), folded
        # into the store at the next pause.
        self._writes = (
            DeferredWrites(
                store,
                lock,
                linger_s=linger_s,
                prepare=_entry_points,
                idle=self._no_match_running,
                journal=Journal(journal) if journal is not None else None,
            )
            if lock is not None
            else None
        )
        self._gone: dict[str, int] = {}  # candidate id -> clock when their log entries were rewritten
        self._admitting = threading.local()  # whether this thread is inside ``admitting``

    def append(self, *decisions: Decision | tuple[Decision, CategorySnapshot]) -> None:
        """Log entries now, each optionally with its category snapshot (one store write for all of them)."""
        collection, points = _entry_points(decisions)
        self._store.upsert(collection, points)

    def defer(self, *decisions: Decision | tuple[Decision, CategorySnapshot]) -> None:
        """Log entries off the caller's path: queued, written by the log's thread within ``LINGER_S``.

        Every read of the log flushes the queue first, so a caller reads what it deferred.
        """
        if self._writes is None:
            self.append(*decisions)
        else:
            self._writes.put(decisions)
            if not getattr(self._admitting, "held", False):  # inside ``admitting``: relieved on leaving it
                self._writes.relieve()

    def pending(self) -> int:
        """Entries deferred and not yet written."""
        return self._writes.pending() if self._writes is not None else 0

    def flush(self) -> None:
        if self._writes is not None:
            self._writes.flush()

    def close(self) -> None:
        """Write what is queued and stop the writer thread (before the store closes)."""
        if self._writes is not None:
            self._writes.close()

    def _no_match_running(self) -> bool:
        with self._gate:
            return not self._readers

    @contextmanager
    def reading(self) -> Iterator[int]:
        """Bracket a match: the ticket it yields names the moment the match started reading the store."""
        with self._gate:
            self._clock += 1
            ticket = self._clock
            self._readers[ticket] = ticket
        try:
            yield ticket
        finally:
            with self._gate:
                del self._readers[ticket]
                # A mark can go once every match still running started after it: none of them saw the person.
                oldest = min(self._readers.values(), default=self._clock + 1)
                self._gone = {cid: at for cid, at in self._gone.items() if at >= oldest}

    @contextmanager
    def admitting(self, ticket: int) -> Iterator[frozenset[str]]:
        """Hold the log's gate while a match decides what to log: yields the people whose entries were
        rewritten (erased, merged away) since the match started reading. The match drops them and defers
        its entry inside this block, so an erasure either finds the entry queued (and rewrites it) or the
        entry never names the person."""
        with self._gate:
            self._admitting.held = True
            try:
                yield frozenset(cid for cid, at in self._gone.items() if at > ticket)
            finally:
                self._admitting.held = False
        # A backlog is written here, outside the gate: an erasure holding the write lock may be waiting
        # for the gate, and the write needs that lock.
        if self._writes is not None:
            self._writes.relieve()

    def record_outcome(self, outcome: RecordedOutcome) -> None:
        key = point_id(Collection.decisions, f"outcome:{outcome.outcome_id}")
        self._store.upsert(Collection.decisions, [_outcome_point(key, outcome, 0)])

    def between(self, start: datetime, end: datetime) -> Iterator[Decision]:
        """Decision entries with ``start <= at < end``, oldest first."""
        yield from self.window(start, end).decisions

    def window(self, start: datetime, end: datetime) -> LogWindow:
        """Every entry with ``start <= at < end`` (one scroll), each kind oldest first."""
        where = Where(at_least={"at": int(start.timestamp())}, below={"at": int(end.timestamp())})
        self.flush()
        return _sorted(_newest(self._store.scroll(Collection.decisions, where)))

    def of(self, decision_id: str) -> LogWindow:
        """One decision with its snapshot and outcomes (one scroll by the ``decision_id`` index)."""
        self.flush()
        return _sorted(_newest(self._store.scroll(Collection.decisions, Where.eq("decision_id", decision_id))))

    def count(self) -> int:
        """How many decisions (not snapshots or outcomes) the log holds."""
        others = Where(any_of={"kind": ["categories", "outcome"]})
        self.flush()
        return self._store.count(Collection.decisions) - self._store.count(Collection.decisions, others)

    def naming(self, candidate_id: str) -> LogWindow:
        self.flush()
        return _sorted(_newest(self._store.scroll(Collection.decisions, Where.eq("candidate_ids", candidate_id))))

    def mentioning(self, candidate_id: str) -> list[Decision]:
        return self.naming(candidate_id).decisions

    def pseudonymise(self, candidate_id: str, salt: str, fold_token: str | None = None) -> int:
        """Replace the candidate's id by its pseudonym in every entry that names them; returns how many
        decisions. Their categories move to anonymous rows under ``fold_token`` (see the module docstring).

        Idempotent: run again after a crash, it finishes the entries still naming the candidate.
        """
        token = fold_token or hashlib.sha256(f"{salt}|fold|{candidate_id}".encode()).hexdigest()[:20]
        return self._rewrite(candidate_id, pseudonym(candidate_id, salt), fold=token)

    def purge(self, before: datetime) -> int:
        """Drop entries older than ``before`` (the retention limit); returns how many."""
        stale = Where(below={"at": int(before.timestamp())})
        self.flush()
        found = self._store.count(Collection.decisions, stale)
        if found:
            self._store.delete_where(Collection.decisions, stale)
        return found

    def rename(self, old: str, new: str) -> int:
        """Point entries about ``old`` at ``new`` (a merge of two records of one person)."""
        return self._rewrite(old, new, fold=None)

    def _rewrite(self, old: str, new: str, fold: str | None) -> int:
        """Rewrite every entry naming ``old``; returns how many decisions were rewritten.

        Each rewritten entry is stored as a new point and the old point deleted, so that
        ``purge_deleted`` removes the old version's bytes (an overwrite in place would leave them in the
        segment). The new point's id is derived from its content: a re-run after a crash between the two
        writes rewrites the same points and then deletes what is left of the old ones.
        """
        if old == new:
            return 0
        # From here on no match logs ``old`` (see ``admitting``); what matches queued before is written
        # now, so that the scroll below finds it and rewrites it with the rest.
        with self._gate:
            self._clock += 1
            self._gone[old] = self._clock
        self.flush()
        found = list(self._store.scroll(Collection.decisions, Where.eq("candidate_ids", old)))
        current = _newest(found)
        decisions = {d.decision_id: d for d in current.decisions}
        rewritten = []
        for point in found:
            kind, rev = point.payload.get("kind", "decision"), point.payload.get("rev", 0) + 1
            if kind == "categories":
                snap = CategorySnapshot.model_validate(_record(point))
                snap = _move(snap, old, new, fold, decisions.get(snap.decision_id))
                content = f"categories|{snap.decision_id}|{','.join(snap.assessed)}|{','.join(sorted(snap.folded))}"
                rewritten.append(_snapshot_point(point_id(Collection.decisions, content), snap, rev))
            elif kind == "outcome":
                outcome = RecordedOutcome.model_validate(_record(point))
                outcome = outcome.model_copy(
                    update={
                        "candidate_id": new,
                        "outcome_id": outcome_id(outcome.decision_id, new, outcome.action),
                        # A free-text reason may name the person: an erasure keeps only the action.
                        "reason": outcome.reason if fold is None else None,
                    }
                )
                key = point_id(Collection.decisions, f"outcome:{outcome.outcome_id}")
                rewritten.append(_outcome_point(key, outcome, rev))
            else:
                decision = Decision.model_validate(_record(point)).renamed(old, new)
                content = f"{decision.decision_id}|{','.join(decision.candidate_ids())}"
                rewritten.append(_decision_point(point_id(Collection.decisions, content), decision, rev))
        self._store.upsert(Collection.decisions, rewritten)
        self._store.delete(Collection.decisions, [p.id for p in found])
        return len(decisions)


def _entry_points(
    decisions: Iterable[Decision | tuple[Decision, CategorySnapshot]],
) -> tuple[Collection, list[StoredPoint]]:
    """The points of new log entries: each decision, and its category snapshot when it has one."""
    points = []
    for item in decisions:
        decision, snapshot = item if isinstance(item, tuple) else (item, None)
        points.append(_decision_point(point_id(Collection.decisions, decision.decision_id), decision, 0))
        if snapshot is not None:
            key = point_id(Collection.decisions, f"categories:{decision.decision_id}")
            points.append(_snapshot_point(key, snapshot, 0))
    return Collection.decisions, points


def _move(snap: CategorySnapshot, old: str, new: str, fold: str | None, decision: Decision | None) -> CategorySnapshot:
    """The snapshot with ``old`` renamed to ``new`` (a merge) or folded into an anonymous row (an erasure)."""
    categories = dict(snap.categories)
    mine = categories.pop(old, None)
    assessed = sorted({new if c == old else c for c in snap.assessed})
    folded = dict(snap.folded)
    if fold is None:
        if mine is not None:
            categories.setdefault(new, mine)
    else:
        assessed = [c for c in assessed if c != new]
        if decision is not None:
            # The decision read here still names ``old`` (both are rewritten in one upsert, below).
            score = next((s for c, s in decision.assessed if c == old), None)
            if score is not None:
                listed = any(r.candidate_id == old for r in decision.results)
                # A rare free-text category could name the person: only standard values outlive them.
                kept = non_identifying(mine) if mine is not None else Protected()
                folded[fold] = FoldedRow(score=score, shortlisted=listed, categories=kept)
    return snap.model_copy(update={"categories": categories, "assessed": assessed, "folded": folded})


def _decision_point(pid: str, decision: Decision, rev: int) -> StoredPoint:
    payload = {
        "kind": "decision",
        "decision_id": decision.decision_id,
        "at": int(decision.at.timestamp()),
        "candidate_ids": decision.candidate_ids(),
        "rev": rev,
        "record": decision.model_dump_json(),
    }
    return StoredPoint(pid, payload)


def _snapshot_point(pid: str, snap: CategorySnapshot, rev: int) -> StoredPoint:
    payload = {
        "kind": "categories",
        "decision_id": snap.decision_id,
        "at": int(snap.at.timestamp()),
        "candidate_ids": snap.assessed,
        "rev": rev,
        "record": snap.model_dump_json(exclude_none=True),
    }
    return StoredPoint(pid, payload)


def _outcome_point(pid: str, outcome: RecordedOutcome, rev: int) -> StoredPoint:
    payload = {
        "kind": "outcome",
        "decision_id": outcome.decision_id,
        "at": int(outcome.at.timestamp()),
        "candidate_ids": [outcome.candidate_id],
        "rev": rev,
        "record": outcome.model_dump_json(),
    }
    return StoredPoint(pid, payload)


def _record(point: StoredPoint) -> dict[str, Any]:
    # Written as a JSON string (payload floats do not round-trip to the last bit, and a logged score must
    # equal the one shown); entries written before were stored as objects.
    record = point.payload["record"]
    return json.loads(record) if isinstance(record, str) else dict(record)


def _newest(points: Iterable[StoredPoint]) -> LogWindow:
    """One version of each entry: two coexist only between the two writes of a rename a crash cut short
    (an outcome's two versions then name two ids, and both are read until the rename is re-run)."""
    newest: dict[tuple[str, ...], StoredPoint] = {}
    for p in points:
        kind = p.payload.get("kind", "decision")
        record = _record(p)
        key: tuple[str, ...] = (kind, p.payload["decision_id"])
        if kind == "outcome":
            key += (record["candidate_id"], record["action"])
        seen = newest.get(key)
        if seen is None or p.payload.get("rev", 0) > seen.payload.get("rev", 0):
            newest[key] = p
    window = LogWindow(decisions=[], snapshots=[], outcomes=[])
    for p in newest.values():
        kind = p.payload.get("kind", "decision")
        if kind == "categories":
            window.snapshots.append(CategorySnapshot.model_validate(_record(p)))
        elif kind == "outcome":
            window.outcomes.append(RecordedOutcome.model_validate(_record(p)))
        else:
            window.decisions.append(Decision.model_validate(_record(p)))
    return window


def _sorted(window: LogWindow) -> LogWindow:
    window.decisions.sort(key=lambda d: (d.at, d.decision_id))
    window.snapshots.sort(key=lambda s: (s.at, s.decision_id))
    window.outcomes.sort(key=lambda o: (o.at, o.decision_id, o.candidate_id, o.action))
    return window

"""The person's rights over what the memory holds: erasure, export, retention and merge.

Erasure (GDPR Art. 17) is about bytes, and it must survive a crash:

    intent + suppression (one upsert each) → delete every point of the person, collection by collection
        → pseudonymise the decision log → mark the intent done (only hashes left) → purge the files

The intent is written first, so an erasure interrupted at any point is finished at the next open
(``resume``) or by a retried ``erase``, which then returns the receipt rather than "not found". Every
step is idempotent. The intent names the person only while it is pending; once done it keeps a salted
hash of the id and the receipt, and the purge removes the pending version's bytes with the rest.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from memory.decisions import DecisionLog
from memory.errors import InvalidInput, NotFound
from memory.identity import phone_key
from memory.lifecycle import Lifecycle
from memory.models import Candidate, Consent, ConsentStatus, EvaluationSignal, InterviewNote, Protected, Source
from memory.relationship import Touchpoint
from memory.results import (
    CandidateView,
    DeleteReceipt,
    MergeReceipt,
    RetentionCandidate,
    RetentionReport,
)
from memory.store import Collection, StoredPoint, VectorStore, Where, point_id
from memory.suppression import Suppression
from memory.writer import Writer

# Collections that hold points of one person, keyed by their candidate id.
PERSONAL = (
    Collection.candidates,
    Collection.chunks,
    Collection.passages,
    Collection.notes,
    Collection.signals,
    Collection.protected,
    Collection.touchpoints,
    Collection.consents,
)
# Every collection an erasure writes to or deletes from: all of them are purged afterwards.
ERASURE_TOUCHES = (*PERSONAL, Collection.replies, Collection.decisions, Collection.erasures, Collection.suppressed)

RETENTION_MONTHS = (1, 120)  # bounds of a retention period: a month to ten years
_DAYS_PER_MONTH = 30.44  # the mean Gregorian month (365.25 / 12)
_RETENTION_BATCH = 100  # candidates read (and purged) per step; SIGTERM is honoured between steps


def erasure_ref(candidate_id: str, salt: str) -> str:
    """The erasure's key: a salted hash, so a finished erasure does not keep the id it erased."""
    return hashlib.sha256(f"{salt}|erasure|{candidate_id}".encode()).hexdigest()


class Privacy:
    def __init__(
        self,
        store: VectorStore,
        writer: Writer,
        lifecycle: Lifecycle,
        suppression: Suppression,
        decisions: DecisionLog,
        protected: Callable[[list[str]], dict[str, Protected]],
        *,
        salt: str,
        embedded: bool,
        on_change: Callable[[], None],
    ) -> None:
        self._store = store
        self._writer = writer
        self._lifecycle = lifecycle
        self._suppression = suppression
        self._decisions = decisions
        self._protected = protected
        self._salt = salt
        self._embedded = embedded
        self._on_change = on_change

    # -- erasure --------------------------------------------------------------------------------------

    def erase(self, candidate_id: str, *, suppress: bool = True, purge: bool = True) -> DeleteReceipt:
        """Erase the person everywhere (see the module docstring); a retry returns the same receipt.

        ``purge=False`` leaves the file purge to the caller (a retention batch purges once per batch).
        """
        ref = erasure_ref(candidate_id, self._salt)
        intent = self._intent(ref)
        found = self._lifecycle.candidate(candidate_id)
        if found is None:
            if intent is None:
                raise NotFound(f"candidate {candidate_id} does not exist")
            if intent["state"] == "done":
                return DeleteReceipt.model_validate({**intent["receipt"], "candidate_id": candidate_id})
            return self._finish(ref, intent, purge)
        if intent is None or intent["state"] == "done":  # a first erasure, or a person re-captured since
            intent = self._begin(ref, found[0], suppress)
        return self._finish(ref, intent, purge)

    def resume(self) -> list[DeleteReceipt]:
        """Finish every erasure a crash interrupted; called when the memory opens."""
        pending = list(self._store.scroll(Collection.erasures, Where.eq("state", "pending")))
        return [self._finish(p.payload["ref"], dict(p.payload)) for p in pending]

    def _intent(self, ref: str) -> dict[str, Any] | None:
        found = self._store.retrieve(Collection.erasures, [point_id(Collection.erasures, ref)])
        return dict(found[0].payload) if found else None

    def _begin(self, ref: str, candidate: Candidate, suppress: bool) -> dict[str, Any]:
        """Record the intent, then the suppression entry, before anything is deleted."""
        now = datetime.now(UTC)
        where = Where.eq("candidate_id", candidate.candidate_id)
        removed = {c.value: self._store.count(c, where) for c in PERSONAL}
        removed[Collection.replies.value] = self._store.count(
            Collection.replies, Where.eq("candidate_ids", candidate.candidate_id)
        )
        named = len(self._decisions.mentioning(candidate.candidate_id))
        intent = {
            "ref": ref,
            "state": "pending",
            "candidate_id": candidate.candidate_id,
            "at": now.isoformat(),
            "removed": removed,
            "decisions": named,  # counted now: a retry after a crash finds fewer left to pseudonymise
            "suppress": suppress,
            # Random, kept only while pending: links the person's anonymous audit rows, never to them.
            "fold": secrets.token_hex(10),
        }
        self._store.upsert(Collection.erasures, [StoredPoint(point_id(Collection.erasures, ref), intent)])
        return intent

    def _suppress(self, intent: dict[str, Any]) -> int:
        """Suppress the person's identifiers; idempotent, and done while their record still exists."""
        found = self._lifecycle.candidate(str(intent["candidate_id"]))
        if found is not None and intent.get("suppress", True):
            return self._suppression.add(found[0], datetime.fromisoformat(intent["at"]))
        return int(intent.get("suppressed_identities", 0))

    def _finish(self, ref: str, intent: dict[str, Any], purge: bool = True) -> DeleteReceipt:
        candidate_id = str(intent["candidate_id"])
        where = Where.eq("candidate_id", candidate_id)
        # Suppression before the first delete: a crash after it can never let the person back in.
        suppressed = self._suppress(intent)
        if suppressed and "suppressed_identities" not in intent:
            intent["suppressed_identities"] = suppressed
            self._store.upsert(Collection.erasures, [StoredPoint(point_id(Collection.erasures, ref), intent)])
        for collection in PERSONAL:
            self._store.delete_where(collection, where)
        self._store.delete_where(Collection.replies, Where.eq("candidate_ids", candidate_id))  # replies quote notes
        pseudonymised = self._decisions.pseudonymise(candidate_id, self._salt, intent.get("fold"))
        receipt = DeleteReceipt(
            candidate_id=candidate_id,
            removed=intent["removed"],
            decisions_pseudonymised=max(pseudonymised, int(intent.get("decisions", 0))),
            suppressed_identities=int(intent.get("suppressed_identities", 0)),
            at=datetime.fromisoformat(intent["at"]),
        )
        self._on_change()
        if purge:
            self.purge(_touched(intent))
            receipt.gone_from_disk_at = self._gone_at()
        done = {"ref": ref, "state": "done", "receipt": receipt.model_dump(mode="json", exclude={"candidate_id"})}
        self._store.upsert(Collection.erasures, [StoredPoint(point_id(Collection.erasures, ref), done)])
        if purge:
            # The pending version of the intent (the one that named the person) goes with this rewrite.
            self._store.purge_deleted([Collection.erasures])
        return receipt

    def purge(self, collections: Sequence[Collection] = ERASURE_TOUCHES) -> None:
        """Make every deleted or overwritten point of these collections physically gone (each shard that
        holds one is rewritten, so an erasure purges only the shards it touched)."""
        self._store.purge_deleted(list(collections))

    def _gone_at(self) -> datetime | None:
        # Only the embedded store's files are the memory's own; a server's WAL and segments are the operator's.
        return datetime.now(UTC) if self._embedded else None

    # -- export ---------------------------------------------------------------------------------------

    def export(self, view: CandidateView) -> dict[str, Any]:
        """Everything held about the person, as one JSON document; its ``records`` re-import as NDJSON."""
        candidate_id = view.candidate.candidate_id
        found = self._lifecycle.candidate(candidate_id)
        derived = found[1] if found else {}
        full = view.candidate.model_copy(update={"protected": self._protected([candidate_id]).get(candidate_id)})
        records: list[dict[str, Any]] = [{"type": "candidate", **full.model_dump(mode="json", exclude_none=True)}]
        records += [{"type": "note", **n.model_dump(mode="json")} for n in view.notes]
        records += [{"type": "signal", **s.model_dump(mode="json")} for s in view.signals]
        records += [{"type": "touchpoint", **t.model_dump(mode="json")} for t in view.touchpoints]
        decisions = [
            {"decision_id": d.decision_id, "at": d.at.isoformat(), "assessed_score": score}
            for d in self._decisions.mentioning(candidate_id)
            for cid, score in d.assessed
            if cid == candidate_id
        ]
        return {
            "candidate_id": candidate_id,
            "exported_at": datetime.now(UTC).isoformat(),
            "records": records,
            "consent_history": [c.model_dump(mode="json") for c in self._lifecycle.consent_history(candidate_id)],
            "derived": derived,
            "decisions": decisions,
            "outcomes": [o.model_dump(mode="json") for o in self._decisions.naming(candidate_id).outcomes],
        }

    # -- merge ----------------------------------------------------------------------------------------

    def merge(self, kept: Candidate, gone: CandidateView) -> MergeReceipt:
        """Fold ``gone`` into ``kept``: notes, signals, touchpoints and consent history move; ``gone`` goes."""
        keep, other = kept.candidate_id, gone.candidate.candidate_id
        history = self._lifecycle.consent_history(other)
        self._decisions.rename(other, keep)
        self.erase(other, suppress=False)
        self.purge([Collection.decisions])  # the renamed entries' old versions named ``other``
        union = {
            "emails": _unique(kept.emails + gone.candidate.emails, key=str.lower),
            "phones": _unique(kept.phones + gone.candidate.phones, key=lambda p: phone_key(p) or p),
            "skills": _unique(kept.skills + gone.candidate.skills, key=str.lower),
            "tags": _unique(kept.tags + gone.candidate.tags, key=str.lower),
        }
        moved: list[InterviewNote | EvaluationSignal | Touchpoint | Candidate] = [kept.model_copy(update=union)]
        moved += [n.model_copy(update={"candidate_id": keep}) for n in gone.notes]
        moved += [s.model_copy(update={"candidate_id": keep}) for s in gone.signals]
        moved += [t.model_copy(update={"candidate_id": keep}) for t in gone.touchpoints]
        self._writer.write(moved, reason="merged")
        for change in history:
            consent = Consent(
                status=ConsentStatus(change.status),
                basis=change.basis,
                purpose=change.purpose,
                expires_at=change.expires_at,
            )
            self._lifecycle.record_consent(
                kept.model_copy(update={"consent": consent}), f"merged from {other}: {change.reason}", change.at
            )
        if history:  # the kept record's own consent stays the one in force
            self._lifecycle.record_consent(kept, "kept after merge", datetime.now(UTC))
        return MergeReceipt(
            kept=keep,
            merged=other,
            at=datetime.now(UTC),
            moved={
                "notes": len(gone.notes),
                "signals": len(gone.signals),
                "touchpoints": len(gone.touchpoints),
                "consent_changes": len(history),
            },
        )

    # -- retention ------------------------------------------------------------------------------------

    def retention(
        self,
        *,
        months: int,
        sources: list[Source] | None,
        apply: bool,
        now: datetime | None,
        progress: Callable[[int, int], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> RetentionReport:
        """People of ``sources`` (prospects by default) with no activity for ``months``: listed, or purged.

        Activity is the latest of the record's creation (by the server's clock), consent, verification,
        touchpoints, notes and signals. A record with no date at all is never listed: its age is unknown.
        ``apply`` purges in batches; ``progress(done, total)`` is called after each, and ``should_stop``
        is asked between batches (a SIGTERM ends the purge cleanly there).
        """
        low, high = RETENTION_MONTHS
        if not low <= months <= high:
            raise InvalidInput(f"months must be between {low} and {high}", field="months")
        moment = now or datetime.now(UTC)
        cutoff = moment - timedelta(days=round(months * _DAYS_PER_MONTH))
        chosen = [s.value for s in (sources or [Source.prospect])]
        stale: list[RetentionCandidate] = []
        undated = 0
        for batch in _batches(self._store.scroll(Collection.candidates, Where(any_of={"source": chosen}))):
            for candidate_id, last in self._last_activity(batch).items():
                if last is None:
                    undated += 1
                elif last < cutoff:
                    stale.append(RetentionCandidate(candidate_id=candidate_id, last_activity=last))
        stale.sort(key=lambda r: (r.last_activity, r.candidate_id))
        report = RetentionReport(cutoff=cutoff, sources=chosen, applied=apply, candidates=stale, undated=undated)
        if apply:
            for start in range(0, len(stale), _RETENTION_BATCH):
                if should_stop is not None and should_stop():
                    report.stopped = True
                    break
                rows = stale[start : start + _RETENTION_BATCH]
                erased = [self.erase(r.candidate_id, suppress=False, purge=False) for r in rows]
                self.purge()
                gone = self._gone_at()
                report.receipts += [r.model_copy(update={"gone_from_disk_at": gone}) for r in erased]
                report.purged = len(report.receipts)
                if progress is not None:
                    progress(report.purged, len(stale))
        return report

    def _last_activity(self, batch: list[StoredPoint]) -> dict[str, datetime | None]:
        """The latest dated event of each candidate in ``batch``, read with one scroll per collection."""
        latest: dict[str, datetime | None] = {}

        def see(candidate_id: str, *moments: datetime | None) -> None:
            for moment in moments:
                current = latest.get(candidate_id)
                if moment is not None and (current is None or moment > current):
                    latest[candidate_id] = moment

        ids = []
        for point in batch:
            candidate = Candidate.model_validate(point.payload["record"])
            ids.append(candidate.candidate_id)
            latest[candidate.candidate_id] = None
            see(
                candidate.candidate_id,
                _epoch(point.payload.get("created_at")),
                candidate.last_verified_at,
                candidate.consent.recorded_at,
            )
        where = Where(any_of={"candidate_id": ids})
        for point in self._store.scroll(Collection.touchpoints, where):
            touch = Touchpoint.model_validate(point.payload["record"])
            see(touch.candidate_id, touch.at, _epoch(point.payload.get("created_at")))
        for point in self._store.scroll(Collection.notes, where):
            note = InterviewNote.model_validate(point.payload["record"])
            see(note.candidate_id, note.written_at, _epoch(point.payload.get("created_at")))
        for point in self._store.scroll(Collection.signals, where):
            signal = EvaluationSignal.model_validate(point.payload["record"])
            see(signal.candidate_id, signal.observed_at, _epoch(point.payload.get("created_at")))
        return latest


def _touched(intent: dict[str, Any]) -> list[Collection]:
    """The collections an erasure deleted from or rewrote, from the counts its intent recorded."""
    removed: dict[str, int] = intent["removed"]
    touched = [c for c in (*PERSONAL, Collection.replies) if removed.get(c.value, 0)]
    if intent.get("decisions", 1):  # unknown (an intent from before the count was kept) counts as touched
        touched.append(Collection.decisions)
    return [*touched, Collection.erasures]


def _epoch(value: object) -> datetime | None:
    return datetime.fromtimestamp(value, UTC) if isinstance(value, int) else None


def _unique(values: list[str], *, key: Callable[[str], str]) -> list[str]:
    """The values in order, each kept once by ``key`` (the first spelling wins)."""
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(key(value), value)
    return list(seen.values())


def _batches(points: Iterable[StoredPoint]) -> Iterable[list[StoredPoint]]:
    batch: list[StoredPoint] = []
    for point in points:
        batch.append(point)
        if len(batch) == _RETENTION_BATCH:
            yield batch
            batch = []
    if batch:
        yield batch

"""The one write path: every record that enters the memory passes the same rules, in the same order.

    check (sizes, owners, ids, times) → suppression → capture (redact → chunk → encode → upsert)
        → consent history → derived facts → duplicate report → invalidation

``upsert_candidate``, ``add_note``, ``add_signal``, ``add_touchpoint``, ``verify``, an unsubscribe, a merge
and ``import_ndjson`` all call ``Writer.write`` with a block of records, one record or thousands alike,
so a rule about what may be stored has exactly one home. A record refused by a rule comes back as its
error in the same position; nothing of it is written. Writes are idempotent by the caller's external
id: a record identical to the stored one is ``unchanged`` and touches nothing.

Concurrency: every point id derives from the caller's ids or from content (never from a count read
before the write), so two processes writing to one Qdrant server cannot overwrite each other's records;
the last write of the same record wins.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TypeVar

from memory.capture import Capture
from memory.errors import Conflict, ConsentRequired, InvalidInput, NotFound, TalentRecallError, TooLarge
from memory.lifecycle import Lifecycle
from memory.models import Candidate, Consent, ConsentStatus, EvaluationSignal, InterviewNote
from memory.records import record_hash
from memory.relationship import TouchOutcome, Touchpoint
from memory.results import WriteResult, WriteStatus
from memory.store import Collection, StoredPoint, VectorStore, point_id
from memory.suppression import MAX_CLOCK_SKEW, Suppression

Record = Candidate | InterviewNote | EvaluationSignal | Touchpoint
Outcome = WriteResult | TalentRecallError
Child = TypeVar("Child", InterviewNote, EvaluationSignal)  # the records that hang off a candidate


@dataclass
class _Block:
    """One call's records by kind, with their positions in the caller's list."""

    candidates: list[tuple[int, Candidate]] = field(default_factory=list)
    notes: list[tuple[int, InterviewNote]] = field(default_factory=list)
    signals: list[tuple[int, EvaluationSignal]] = field(default_factory=list)
    touchpoints: list[tuple[int, Touchpoint]] = field(default_factory=list)

    @classmethod
    def of(cls, records: Sequence[Record]) -> _Block:
        block = cls()
        for index, record in enumerate(records):
            if isinstance(record, Candidate):
                block.candidates.append((index, record))
            elif isinstance(record, InterviewNote):
                block.notes.append((index, record))
            elif isinstance(record, EvaluationSignal):
                block.signals.append((index, record))
            else:
                block.touchpoints.append((index, record))
        return block


def _times(record: Record) -> list[tuple[str, datetime | None]]:
    """The client-asserted moments of a record (expiry dates are promises about the future, not claims)."""
    if isinstance(record, Candidate):
        verified = [(f"contact_verified_at.{k}", v) for k, v in record.contact_verified_at.items()]
        claimed = [("consent.recorded_at", record.consent.recorded_at), ("last_verified_at", record.last_verified_at)]
        return [*claimed, *verified]
    if isinstance(record, InterviewNote):
        return [("written_at", record.written_at)]
    if isinstance(record, EvaluationSignal):
        return [("observed_at", record.observed_at)]
    return [("at", record.at)]


class Writer:
    """Admits records into the memory; see the module docstring for the order of the rules."""

    def __init__(
        self,
        store: VectorStore,
        capture: Capture,
        lifecycle: Lifecycle,
        suppression: Suppression,
        *,
        max_chars: int,
        on_change: Callable[[], None],
    ) -> None:
        self._store = store
        self._capture = capture
        self._lifecycle = lifecycle
        self._suppression = suppression
        self._max_chars = max_chars
        self._on_change = on_change

    def write(
        self, records: Sequence[Record], *, now: datetime | None = None, reason: str = "captured"
    ) -> list[Outcome]:
        """Write a block of records; returns one outcome per record, in order.

        ``reason`` is written into the consent history when a candidate's consent changes.
        """
        moment = now or datetime.now(UTC)
        outcomes: list[Outcome | None] = [None] * len(records)
        for index, record in enumerate(records):
            try:
                self._check_times(record, moment)
            except TalentRecallError as err:
                outcomes[index] = err
        block = _Block.of(records)
        changed = False
        with _flushes_deferred(self._store):
            changed |= self._candidates(block.candidates, outcomes, moment, reason)
            owners = self._owners(block)
            changed |= self._notes(block.notes, owners, outcomes, moment)
            changed |= self._signals(block.signals, owners, outcomes, moment)
            changed |= self._touchpoints(block.touchpoints, owners, outcomes, moment)
        if changed:
            self._on_change()
        assert all(o is not None for o in outcomes)
        return [o for o in outcomes if o is not None]

    @staticmethod
    def _check_times(record: Record, now: datetime) -> None:
        for name, value in _times(record):
            if value is not None and value > now + MAX_CLOCK_SKEW:
                raise InvalidInput(
                    f"{name} {value.isoformat()} is in the future (server time {now.isoformat()})", field=name
                )

    def _check_size(self, **texts: str | None) -> None:
        for name, text in texts.items():
            if text is not None and len(text) > self._max_chars:
                raise TooLarge(f"{name} has {len(text)} characters; the limit is {self._max_chars}", field=name)

    # -- candidates -----------------------------------------------------------------------------------

    def _candidates(
        self, items: list[tuple[int, Candidate]], outcomes: list[Outcome | None], now: datetime, reason: str
    ) -> bool:
        if not items:
            return False
        ids = [point_id(Collection.candidates, c.candidate_id) for _, c in items]
        stored = {
            p.payload["candidate_id"]: p for p in self._store.retrieve(Collection.candidates, ids, with_vectors=True)
        }
        # Read once for the whole block: what suppression and the protected collection hold about them.
        erased = self._suppression.erased_at_many([c for _, c in items])
        protected = self._capture.stored_protected([c for _, c in items])
        admitted: list[tuple[int, Candidate]] = []
        results: dict[int, WriteResult] = {}
        for index, candidate in items:
            if outcomes[index] is not None:
                continue
            try:
                self._check_size(summary=candidate.summary, headline=candidate.headline)
                self._admit(candidate, erased.get(candidate.candidate_id), now)
            except TalentRecallError as err:
                outcomes[index] = err
                continue
            old = stored.get(candidate.candidate_id)
            if old is not None:
                candidate = reconciled(candidate, Candidate.model_validate(old.payload["record"]))
            if (
                old is not None
                and old.payload.get("record_hash") == record_hash(candidate.public())
                and (candidate.protected is None or protected.get(candidate.candidate_id) == candidate.protected)
            ):
                results[index] = WriteResult(
                    kind="candidate",
                    id=candidate.candidate_id,
                    candidate_id=candidate.candidate_id,
                    status=WriteStatus.unchanged,
                )
                continue
            admitted.append((index, candidate))
        if admitted:
            written = self._capture.candidates([c for _, c in admitted], stored, int(now.timestamp()))
            results.update((index, result) for (index, _), result in zip(admitted, written, strict=True))
            previous = {cid: Candidate.model_validate(point.payload["record"]).consent for cid, point in stored.items()}
            self._lifecycle.record_consents(
                [(c, previous.get(c.candidate_id), c.consent.recorded_at or now) for _, c in admitted], reason
            )
        by_index = dict(items)
        duplicates = self._lifecycle.duplicates_of([by_index[i] for i in results])
        for index, result in results.items():
            result.possible_duplicates = duplicates[result.candidate_id]
            outcomes[index] = result
        return bool(admitted)

    def _admit(self, candidate: Candidate, erased: datetime | None, now: datetime) -> None:
        """An erased person comes back only with consent given since the erasure (by the server's clock)."""
        if not Suppression.admits(candidate, erased, now):
            raise ConsentRequired(
                f"candidate {candidate.candidate_id} matches an erased identity; import it only with consent "
                "granted and recorded after the erasure",
                field="consent",
            )

    def _owners(self, block: _Block) -> dict[str, StoredPoint]:
        """The stored candidates that this block's notes, signals and touchpoints belong to (read once)."""
        wanted = {n.candidate_id for _, n in block.notes} | {s.candidate_id for _, s in block.signals}
        wanted |= {t.candidate_id for _, t in block.touchpoints}
        if not wanted:
            return {}
        keys = [point_id(Collection.candidates, cid) for cid in sorted(wanted)]
        return {p.payload["candidate_id"]: p for p in self._store.retrieve(Collection.candidates, keys)}

    # -- notes and signals ----------------------------------------------------------------------------

    def _notes(
        self,
        items: list[tuple[int, InterviewNote]],
        owners: dict[str, StoredPoint],
        outcomes: list[Outcome | None],
        now: datetime,
    ) -> bool:
        admitted, stored = self._children("note", Collection.notes, items, owners, outcomes)
        if not admitted:
            return False
        results = self._capture.notes([n for _, n in admitted], owners, stored, int(now.timestamp()))
        for (index, _), result in zip(admitted, results, strict=True):
            outcomes[index] = result
        stages = self._lifecycle.deepest_stages(sorted({n.candidate_id for _, n in admitted}))
        self._lifecycle.refresh_many({cid: {"deepest_stage": stage} for cid, stage in stages.items()})
        return True

    def _signals(
        self,
        items: list[tuple[int, EvaluationSignal]],
        owners: dict[str, StoredPoint],
        outcomes: list[Outcome | None],
        now: datetime,
    ) -> bool:
        admitted, stored = self._children("signal", Collection.signals, items, owners, outcomes)
        if not admitted:
            return False
        results = self._capture.signals([s for _, s in admitted], stored, int(now.timestamp()))
        for (index, _), result in zip(admitted, results, strict=True):
            outcomes[index] = result
        return True

    def _children(
        self,
        kind: str,
        collection: Collection,
        items: list[tuple[int, Child]],
        owners: dict[str, StoredPoint],
        outcomes: list[Outcome | None],
    ) -> tuple[list[tuple[int, Child]], dict[str, StoredPoint]]:
        """The notes or signals of a block that need writing, and what the store holds under their ids.

        A refused record gets its error, an identical replay ``unchanged``; both are left out of the
        returned list, so capture sees only records that change something.
        """
        if not items:
            return [], {}
        key = f"{kind}_id"  # note_id / signal_id: the caller's external id, also the payload key
        keys = [point_id(collection, getattr(r, key)) for _, r in items]
        stored = {p.payload[key]: p for p in self._store.retrieve(collection, keys)}
        admitted: list[tuple[int, Child]] = []
        for index, record in items:
            if outcomes[index] is not None:
                continue
            record_id: str = getattr(record, key)
            old = stored.get(record_id)
            try:
                if isinstance(record, InterviewNote):
                    self._check_size(text=record.text)
                self._check_owner(kind, record_id, record.candidate_id, owners, old)
            except TalentRecallError as err:
                outcomes[index] = err
                continue
            # A note stored before passage vectors were (no ``passage_vectors``) is recaptured by a replay:
            # re-importing the same file upgrades an old store (chunk vectors reused, passages encoded).
            upgrade = kind == "note" and old is not None and old.payload.get("passage_vectors") is None
            if old is not None and old.payload.get("record_hash") == record_hash(record) and not upgrade:
                outcomes[index] = WriteResult(
                    kind=kind, id=record_id, candidate_id=record.candidate_id, status=WriteStatus.unchanged
                )
                continue
            admitted.append((index, record))
        return admitted, stored

    @staticmethod
    def _check_owner(
        kind: str, key: str, candidate_id: str, owners: dict[str, StoredPoint], old: StoredPoint | None
    ) -> None:
        if candidate_id not in owners:
            raise NotFound(f"candidate {candidate_id} does not exist", field="candidate_id")
        if old is not None and old.payload["candidate_id"] != candidate_id:
            raise Conflict(f"{kind} {key} belongs to another candidate", field=f"{kind}_id")

    # -- touchpoints ----------------------------------------------------------------------------------

    def _touchpoints(
        self,
        items: list[tuple[int, Touchpoint]],
        owners: dict[str, StoredPoint],
        outcomes: list[Outcome | None],
        now: datetime,
    ) -> bool:
        """A reply verifies the person; an unsubscribe withdraws consent; unanswered streaks retire."""
        changed = False
        for index, touch in items:
            if outcomes[index] is not None:
                continue
            owner = owners.get(touch.candidate_id)
            if owner is None:
                outcomes[index] = NotFound(f"candidate {touch.candidate_id} does not exist", field="candidate_id")
                continue
            candidate = Candidate.model_validate(owner.payload["record"])
            if touch.contact is not None and touch.outcome is TouchOutcome.replied:
                try:
                    self.check_contact(candidate, touch.contact)
                except TalentRecallError as err:
                    outcomes[index] = err
                    continue
            status = self._lifecycle.store_touchpoint(touch, int(now.timestamp()))
            outcomes[index] = WriteResult(
                kind="touchpoint", id=touch.touchpoint_id, candidate_id=touch.candidate_id, status=status
            )
            if status is WriteStatus.unchanged:
                continue
            changed = True
            if touch.outcome is TouchOutcome.replied:
                self.write([verified(candidate, touch.at, touch.contact)], now=now, reason="replied")
            elif touch.outcome is TouchOutcome.unsubscribed:
                self.write([unsubscribed(candidate, touch.at)], now=now, reason="unsubscribed")
            self._lifecycle.retire_if_unanswered(touch.candidate_id, touch.at)
        return changed

    @staticmethod
    def check_contact(candidate: Candidate, contact: str) -> None:
        known = {c.strip().lower() for c in candidate.emails + candidate.phones}
        if contact.strip().lower() not in known:
            raise InvalidInput(f"{contact!r} is not one of the candidate's emails or phones", field="contact")


def verified(candidate: Candidate, at: datetime, contact: str | None) -> Candidate:
    """The candidate confirmed at ``at`` (and ``contact`` with them, when given)."""
    checked = dict(candidate.contact_verified_at)
    if contact is not None:
        match = next((c for c in candidate.emails + candidate.phones if c.lower() == contact.strip().lower()), contact)
        checked[match] = max(at, checked.get(match, at))
    latest = max(at, candidate.last_verified_at) if candidate.last_verified_at else at
    return candidate.model_copy(update={"last_verified_at": latest, "contact_verified_at": checked})


def unsubscribed(candidate: Candidate, at: datetime) -> Candidate:
    """The candidate after opting out at ``at``: consent withdrawn, so never offered for outreach again."""
    consent = Consent(
        status=ConsentStatus.withdrawn, basis=candidate.consent.basis, purpose=candidate.consent.purpose, recorded_at=at
    )
    return candidate.model_copy(update={"consent": consent})


def reconciled(incoming: Candidate, stored: Candidate) -> Candidate:
    """The incoming record with what the memory learned since that the record cannot un-learn.

    A client replaying an older copy (an ATS re-sync, an import run twice) must not undo a later fact:
    verification times only move forward, and a consent recorded later than the incoming one (an
    unsubscribe, say) stays in force unless the incoming consent was itself recorded later or withdraws.
    """
    update: dict[str, object] = {}
    if stored.last_verified_at and (
        incoming.last_verified_at is None or incoming.last_verified_at < stored.last_verified_at
    ):
        update["last_verified_at"] = stored.last_verified_at
    contacts = set(incoming.emails + incoming.phones)
    checked = dict(incoming.contact_verified_at)
    for contact, at in stored.contact_verified_at.items():
        if contact in contacts and (contact not in checked or checked[contact] < at):
            checked[contact] = at
    if checked != incoming.contact_verified_at:
        update["contact_verified_at"] = checked
    kept, offered = stored.consent, incoming.consent
    # A withdrawal always takes effect, whatever its date: the conservative direction for a person's rights.
    if (
        offered.status is not ConsentStatus.withdrawn
        and kept.recorded_at is not None
        and (offered.recorded_at is None or offered.recorded_at < kept.recorded_at)
    ):
        update["consent"] = kept
    return incoming.model_copy(update=update) if update else incoming


def _flushes_deferred(store: VectorStore) -> contextlib.AbstractContextManager[None]:
    """The block's writes made durable together when it ends, one flush a shard (``EdgeStore.flushes_deferred``:
    the embedded store flushed after each of a block's ~6 writes, holding the GIL each time); a server store
    has no such flush to spare."""
    deferring: Callable[[], contextlib.AbstractContextManager[None]] | None = getattr(store, "flushes_deferred", None)
    return deferring() if deferring is not None else contextlib.nullcontext()

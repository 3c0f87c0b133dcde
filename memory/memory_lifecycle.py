"""The relationship verbs of ``Memory``: consent, touchpoints, segments, freshness, duplicates, privacy.

A mixin so that the public face stays one object while its modules stay small.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from memory.errors import InvalidInput, NotFound
from memory.lifecycle import Lifecycle
from memory.models import Candidate, Consent, ConsentStatus, EvaluationSignal, InterviewNote, Protected, Source
from memory.relationship import (
    ConsentChange,
    DueTouch,
    ExpiringConsent,
    Segment,
    SegmentCount,
    StaleRecord,
    TouchOutcome,
    Touchpoint,
)
from memory.results import DeleteReceipt, WriteResult, WriteStatus
from memory.store import Collection, VectorStore, Where

if TYPE_CHECKING:
    from memory.capture import Capture
    from memory.decisions import DecisionLog
    from memory.results import CandidateView


class MergeReceipt(BaseModel):
    kept: str
    merged: str
    moved: dict[str, int]
    at: datetime


class RetentionReport(BaseModel):
    cutoff: datetime
    sources: list[str]
    applied: bool
    candidates: list[dict[str, Any]]
    receipts: list[DeleteReceipt] = []


class LifecycleVerbs:
    _store: VectorStore
    _capture: Capture
    _lifecycle: Lifecycle
    _decisions: DecisionLog
    _write_lock: threading.RLock

    if TYPE_CHECKING:

        def get(self, candidate_id: str) -> CandidateView: ...
        def upsert_candidate(self, candidate: Candidate) -> WriteResult: ...
        def delete(self, candidate_id: str, *, suppress: bool = True) -> DeleteReceipt: ...
        def _protected(self, candidate_ids: Sequence[str]) -> dict[str, Protected]: ...

    def _existing(self, candidate_id: str) -> tuple[Candidate, dict[str, Any]]:
        found = self._lifecycle.candidate(candidate_id)
        if found is None:
            raise NotFound(f"candidate {candidate_id} does not exist")
        return found

    def consent_history(self, candidate_id: str) -> list[ConsentChange]:
        """Every change of the candidate's consent, oldest first."""
        self._existing(candidate_id)
        return self._lifecycle.consent_history(candidate_id)

    def expiring_consents(self, days: int = 30, *, now: datetime | None = None) -> list[ExpiringConsent]:
        """Valid consents that lapse within ``days``: ask again before they do."""
        if days < 0:
            raise InvalidInput("days must be positive", field="days")
        return self._lifecycle.expiring(days, now or datetime.now(UTC))

    def add_touchpoint(self, touchpoint: Touchpoint) -> WriteResult:
        """Record a contact. A reply verifies the person; an unsubscribe withdraws consent for outreach;
        consecutive unanswered touches past the threshold retire them (kept, out of default shortlists)."""
        with self._write_lock:
            candidate, _ = self._existing(touchpoint.candidate_id)
            status = self._lifecycle.store_touchpoint(touchpoint)
            if status is not WriteStatus.unchanged:
                if touchpoint.outcome is TouchOutcome.replied:
                    self._verified(candidate, touchpoint.at, touchpoint.contact)
                elif touchpoint.outcome is TouchOutcome.unsubscribed:
                    consent = Consent(
                        status=ConsentStatus.withdrawn,
                        basis=candidate.consent.basis,
                        purpose=candidate.consent.purpose,
                        recorded_at=touchpoint.at,
                    )
                    updated = candidate.model_copy(update={"consent": consent})
                    self._capture.candidates([updated])
                    self._lifecycle.record_consent(updated, "unsubscribed", touchpoint.at)
                self._lifecycle.retire_if_unanswered(touchpoint.candidate_id, touchpoint.at)
            return WriteResult(
                kind="touchpoint", id=touchpoint.touchpoint_id, candidate_id=touchpoint.candidate_id, status=status
            )

    def verify(self, candidate_id: str, *, at: datetime | None = None, contact: str | None = None) -> WriteResult:
        """Mark the candidate (and optionally one email or phone) as confirmed now."""
        with self._write_lock:
            candidate, _ = self._existing(candidate_id)
            return self._verified(candidate, at or datetime.now(UTC), contact)

    def _verified(self, candidate: Candidate, at: datetime, contact: str | None) -> WriteResult:
        if contact is not None and contact not in candidate.emails + candidate.phones:
            raise InvalidInput(f"{contact!r} is not one of the candidate's emails or phones", field="contact")
        checked = dict(candidate.contact_verified_at)
        if contact is not None:
            checked[contact] = max(at, checked.get(contact, at))
        latest = max(at, candidate.last_verified_at) if candidate.last_verified_at else at
        updated = candidate.model_copy(update={"last_verified_at": latest, "contact_verified_at": checked})
        outcome = self._capture.candidates([updated])[0]
        assert isinstance(outcome, WriteResult)
        return outcome

    def save_segment(self, segment: Segment) -> WriteResult:
        """Create or replace a named segment (filters and an optional cadence policy)."""
        status = self._lifecycle.save_segment(segment)
        return WriteResult(kind="segment", id=segment.name, candidate_id="", status=status)

    def segments(self, *, now: datetime | None = None) -> list[SegmentCount]:
        """Every saved segment with its live counts."""
        return self._lifecycle.counts(now or datetime.now(UTC))

    def delete_segment(self, name: str) -> None:
        if not self._lifecycle.delete_segment(name):
            raise NotFound(f"segment {name} does not exist")

    def _segment(self, name: str) -> Segment:
        segment = self._lifecycle.segment(name)
        if segment is None:
            raise NotFound(f"segment {name} does not exist", field="segment")
        return segment

    def due_for_touch(self, segment: str, *, now: datetime | None = None) -> list[DueTouch]:
        """Who in the segment is below its cadence policy, least recently touched first."""
        saved = self._segment(segment)
        if saved.cadence is None:
            raise InvalidInput(f"segment {segment} has no cadence policy", field="segment")
        return self._lifecycle.due_for_touch(saved, now or datetime.now(UTC))

    def refresh_report(self, *, stale_after_days: int = 90, now: datetime | None = None) -> list[StaleRecord]:
        """Records not verified for ``stale_after_days`` (a quarter by default), by segment, oldest first."""
        return self._lifecycle.refresh_report(stale_after_days, now or datetime.now(UTC))

    def duplicates(self) -> list[list[str]]:
        """Groups of likely duplicates: same normalised email or phone, or same name in the same place."""
        return self._lifecycle.duplicate_groups()

    def merge(self, keep: str, other: str) -> MergeReceipt:
        """Fold ``other`` into ``keep``: notes, signals, touchpoints and consent history move; ``other`` goes."""
        if keep == other:
            raise InvalidInput("cannot merge a candidate into itself", field="other")
        with self._write_lock:
            kept, _ = self._existing(keep)
            gone, _ = self._existing(other)
            view = self.get(other)
            touches = self._lifecycle.touchpoints(other)
            history = self._lifecycle.consent_history(other)
            self._decisions.rename(other, keep)
            self.delete(other, suppress=False)
            union = {
                field: list(dict.fromkeys(getattr(kept, field) + getattr(gone, field)))
                for field in ("emails", "phones", "skills", "tags")
            }
            self.upsert_candidate(kept.model_copy(update=union))
            notes = [n.model_copy(update={"candidate_id": keep}) for n in view.notes]
            signals = [s.model_copy(update={"candidate_id": keep}) for s in view.signals]
            self._capture.notes(notes)
            self._capture.signals(signals)
            for touch in touches:
                self._lifecycle.store_touchpoint(touch.model_copy(update={"candidate_id": keep}))
            for change in history:
                self._lifecycle.record_consent(
                    kept.model_copy(
                        update={
                            "consent": Consent(
                                status=ConsentStatus(change.status),
                                basis=change.basis,
                                purpose=change.purpose,
                                expires_at=change.expires_at,
                            )
                        }
                    ),
                    f"merged from {other}: {change.reason}",
                    change.at,
                )
            if history:  # the kept record's own consent stays the one in force
                self._lifecycle.record_consent(kept, "kept after merge", datetime.now(UTC))
            self._lifecycle.refresh(keep, deepest_stage=self._lifecycle.deepest_stage(keep))
            return MergeReceipt(
                kept=keep,
                merged=other,
                at=datetime.now(UTC),
                moved={
                    "notes": len(notes),
                    "signals": len(signals),
                    "touchpoints": len(touches),
                    "consent_changes": len(history),
                },
            )

    def export(self, candidate_id: str) -> dict[str, Any]:
        """Everything held about the person, as one JSON document; its ``records`` re-import as NDJSON."""
        candidate, derived = self._existing(candidate_id)
        full = candidate.model_copy(update={"protected": self._protected([candidate_id]).get(candidate_id)})
        view = self.get(candidate_id)
        touches = self._lifecycle.touchpoints(candidate_id)
        records: list[dict[str, Any]] = [{"type": "candidate", **full.model_dump(mode="json", exclude_none=True)}]
        records += [{"type": "note", **n.model_dump(mode="json")} for n in view.notes]
        records += [{"type": "signal", **s.model_dump(mode="json")} for s in view.signals]
        records += [{"type": "touchpoint", **t.model_dump(mode="json")} for t in touches]
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
        }

    def retention(
        self,
        *,
        months: int = 24,
        sources: list[Source] | None = None,
        apply: bool = False,
        now: datetime | None = None,
    ) -> RetentionReport:
        """Candidates of ``sources`` (prospects by default) with no contact for ``months``: listed, or purged."""
        if months < 1:
            raise InvalidInput("months must be at least 1", field="months")
        moment = now or datetime.now(UTC)
        cutoff = moment - timedelta(days=round(months * 30.44))
        chosen = [s.value for s in (sources or [Source.prospect])]
        stale: list[dict[str, Any]] = []
        for point in self._store.scroll(Collection.candidates, Where(any_of={"source": chosen})):
            candidate = Candidate.model_validate(point.payload["record"])
            last = self._last_contact(candidate)
            if last is None or last < cutoff:
                stale.append(
                    {"candidate_id": candidate.candidate_id, "last_contact": last.isoformat() if last else None}
                )
        stale.sort(key=lambda r: (r["last_contact"] or "", r["candidate_id"]))
        receipts = [self.delete(str(r["candidate_id"]), suppress=False) for r in stale] if apply else []
        return RetentionReport(cutoff=cutoff, sources=chosen, applied=apply, candidates=stale, receipts=receipts)

    def _last_contact(self, candidate: Candidate) -> datetime | None:
        dates = [candidate.last_verified_at, candidate.consent.recorded_at]
        dates += [t.at for t in self._lifecycle.touchpoints(candidate.candidate_id)]
        where = Where.eq("candidate_id", candidate.candidate_id)
        dates += [
            InterviewNote.model_validate(p.payload["record"]).written_at
            for p in self._store.scroll(Collection.notes, where)
        ]
        dates += [
            EvaluationSignal.model_validate(p.payload["record"]).observed_at
            for p in self._store.scroll(Collection.signals, where)
        ]
        known = [d for d in dates if d is not None]
        return max(known) if known else None

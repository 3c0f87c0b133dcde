"""Keeping a relationship warm: consent over time, touchpoints, verification, segments and cadence,
freshness and duplicates. Reads go to ``memory.lifecycle`` and ``memory.segments``; every record write
goes through the writer (segments are settings, not records: they are saved by ``Segments``).
"""

from __future__ import annotations

from datetime import UTC, datetime

from memory.errors import InvalidInput, NotFound, TalentRecallError
from memory.lifecycle import Lifecycle
from memory.models import Candidate
from memory.relationship import (
    ConsentChange,
    DueTouch,
    ExpiringConsent,
    Segment,
    SegmentCount,
    StaleRecord,
    Touchpoint,
)
from memory.results import WriteResult
from memory.segments import Segments
from memory.writer import Writer, verified


def single(outcome: WriteResult | TalentRecallError) -> WriteResult:
    """The one outcome of a one-record write, raised when it is an error."""
    if isinstance(outcome, TalentRecallError):
        raise outcome
    return outcome


class Relationships:
    def __init__(self, lifecycle: Lifecycle, segments: Segments, writer: Writer) -> None:
        self._lifecycle = lifecycle
        self._segments = segments
        self._writer = writer

    def existing(self, candidate_id: str) -> Candidate:
        found = self._lifecycle.candidate(candidate_id)
        if found is None:
            raise NotFound(f"candidate {candidate_id} does not exist")
        return found[0]

    def consent_history(self, candidate_id: str) -> list[ConsentChange]:
        self.existing(candidate_id)
        return self._lifecycle.consent_history(candidate_id)

    def expiring_consents(self, days: int, now: datetime | None) -> list[ExpiringConsent]:
        if days < 0:
            raise InvalidInput("days must be positive", field="days")
        return self._lifecycle.expiring(days, now or datetime.now(UTC))

    def add_touchpoint(self, touchpoint: Touchpoint) -> WriteResult:
        return single(self._writer.write([touchpoint])[0])

    def verify(self, candidate_id: str, at: datetime | None, contact: str | None) -> WriteResult:
        candidate = self.existing(candidate_id)
        if contact is not None:
            Writer.check_contact(candidate, contact)
        return single(self._writer.write([verified(candidate, at or datetime.now(UTC), contact)], reason="verified")[0])

    def save_segment(self, segment: Segment) -> WriteResult:
        status = self._segments.save(segment)
        return WriteResult(kind="segment", id=segment.name, candidate_id="", status=status)

    def segments(self, now: datetime | None) -> list[SegmentCount]:
        return self._segments.counts(now or datetime.now(UTC))

    def delete_segment(self, name: str) -> None:
        if not self._segments.delete(name):
            raise NotFound(f"segment {name} does not exist")

    def due_for_touch(self, segment: str, now: datetime | None) -> list[DueTouch]:
        saved = self._segments.get(segment)
        if saved is None:
            raise NotFound(f"segment {segment} does not exist", field="segment")
        if saved.cadence is None:
            raise InvalidInput(f"segment {segment} has no cadence policy", field="segment")
        return self._segments.due_for_touch(saved, now or datetime.now(UTC))

    def refresh_report(self, stale_after_days: int, now: datetime | None) -> list[StaleRecord]:
        return self._segments.refresh_report(stale_after_days, now or datetime.now(UTC))

    def duplicates(self) -> list[list[str]]:
        return self._lifecycle.duplicate_groups()

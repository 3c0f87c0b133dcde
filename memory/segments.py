"""Saved segments (named filters over the memory), their live counts, who is due a touch, and freshness.

A segment is a saved filter ("backend silver medalists, one touch a quarter"): it narrows a match
(``Shortlists``), counts its members straight from the store's indexes, lists the members below their
cadence and groups the stale records of the refresh report. It only reads candidates and touchpoints and
writes the segments collection.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from typing import Any

from memory.models import Candidate
from memory.relationship import DueTouch, Segment, SegmentCount, StaleRecord, Touchpoint
from memory.results import WriteStatus
from memory.store import Collection, StoredPoint, VectorStore, Where, point_id


class Segments:
    def __init__(self, store: VectorStore) -> None:
        self._store = store

    def save(self, segment: Segment) -> WriteStatus:
        key = point_id(Collection.segments, segment.name)
        old = self._store.retrieve(Collection.segments, [key])
        record = segment.model_dump(mode="json")
        if old and old[0].payload["record"] == record:
            return WriteStatus.unchanged
        self._store.upsert(Collection.segments, [StoredPoint(key, {"name": segment.name, "record": record})])
        return WriteStatus.updated if old else WriteStatus.created

    def get(self, name: str) -> Segment | None:
        found = self._store.retrieve(Collection.segments, [point_id(Collection.segments, name)])
        return Segment.model_validate(found[0].payload["record"]) if found else None

    def all(self) -> list[Segment]:
        found = [Segment.model_validate(p.payload["record"]) for p in self._store.scroll(Collection.segments)]
        return sorted(found, key=lambda s: s.name)

    def delete(self, name: str) -> bool:
        key = point_id(Collection.segments, name)
        if not self._store.retrieve(Collection.segments, [key]):
            return False
        self._store.delete(Collection.segments, [key])
        return True

    @staticmethod
    def where(segment: Segment) -> Where:
        any_of: dict[str, list[str]] = {}
        for field, values in (
            ("role_family", segment.role_families),
            ("seniority", segment.seniorities),
            ("intent", segment.intents),
            ("source", segment.sources),
        ):
            if values:
                any_of[field] = [str(v) for v in values]
        if segment.silver_medalists_only:
            any_of["silver"] = ["yes"]
        return Where(any_of=any_of)

    def counts(self, now: datetime) -> list[SegmentCount]:
        """Live counts per saved segment, straight from the store's indexes."""
        valid = Where(any_of={"consent_status": ["granted"]}, at_least={"consent_until": int(now.timestamp()) + 1})
        out = []
        for segment in self.all():
            where = self.where(segment)
            out.append(
                SegmentCount(
                    segment=segment,
                    candidates=self._store.count(Collection.candidates, where),
                    with_valid_consent=self._store.count(Collection.candidates, where & valid),
                    retired=self._store.count(Collection.candidates, where & Where.eq("retired", "yes")),
                )
            )
        return out

    def due_for_touch(self, segment: Segment, now: datetime) -> list[DueTouch]:
        """Candidates of the segment (valid consent, not retired) below its cadence, least recently touched first."""
        assert segment.cadence is not None
        valid = Where(
            any_of={"consent_status": ["granted"], "retired": ["no"]},
            at_least={"consent_until": int(now.timestamp()) + 1},
        )
        window_start = now - timedelta(days=segment.cadence.per_days)
        members = [
            p.payload["candidate_id"] for p in self._store.scroll(Collection.candidates, self.where(segment) & valid)
        ]
        touches: dict[str, list[Touchpoint]] = defaultdict(list)
        if members:
            for point in self._store.scroll(Collection.touchpoints, Where(any_of={"candidate_id": members})):
                touch = Touchpoint.model_validate(point.payload["record"])
                if touch.direction == "outbound":
                    touches[touch.candidate_id].append(touch)
        due = []
        for cid in members:
            outbound = sorted(touches[cid], key=lambda t: (t.at, t.touchpoint_id))
            recent = [t for t in outbound if window_start <= t.at <= now]
            if len(recent) < segment.cadence.touches:
                due.append(
                    DueTouch(
                        candidate_id=cid,
                        segment=segment.name,
                        touches_in_window=len(recent),
                        last_touch_at=outbound[-1].at if outbound else None,
                    )
                )
        epoch = datetime.min.replace(tzinfo=now.tzinfo)
        return sorted(due, key=lambda d: (d.last_touch_at or epoch, d.candidate_id))

    def refresh_report(self, stale_after_days: int, now: datetime) -> list[StaleRecord]:
        """Records whose verification is older than ``stale_after_days`` (or missing), by segment, oldest first."""
        cutoff = now - timedelta(days=stale_after_days)
        segments = self.all()
        rows = []
        for point in self._store.scroll(Collection.candidates):
            candidate = Candidate.model_validate(point.payload["record"])
            stale = []
            if candidate.last_verified_at is None or candidate.last_verified_at < cutoff:
                stale.append("profile")
            for kind, values in (("email", candidate.emails), ("phone", candidate.phones)):
                for index, value in enumerate(values, start=1):
                    checked = candidate.contact_verified_at.get(value)
                    if checked is None or checked < cutoff:
                        stale.append(f"{kind} {index}")
            if stale:
                home = next((s.name for s in segments if _in_segment(point.payload, s)), None)
                rows.append(
                    StaleRecord(
                        candidate_id=candidate.candidate_id,
                        segment=home,
                        last_verified_at=candidate.last_verified_at,
                        stale=stale,
                    )
                )
        epoch = datetime.min.replace(tzinfo=now.tzinfo)
        return sorted(rows, key=lambda r: (r.segment or "~", r.last_verified_at or epoch, r.candidate_id))


def _in_segment(payload: dict[str, Any], segment: Segment) -> bool:
    where = Segments.where(segment)
    return all(str(payload.get(field, "")) in values for field, values in where.any_of.items())

"""Keeping the memory warm, lawful and clean: consent history, touchpoints and cadence, derived facts
(deepest stage, silver-medalist, retirement) and duplicates. Saved segments, cadence and freshness are
``memory.segments``; suppression is ``memory.suppression``.

``Memory`` orchestrates; this module reads and writes the lifecycle collections and the derived payload
fields of candidate points (copied onto their note chunks so shortlists can filter on them).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from memory.identity import identity_keys, name_key, place_key
from memory.models import Candidate, Consent, InterviewNote
from memory.records import content_hash, filter_fields
from memory.relationship import (
    ConsentChange,
    ExpiringConsent,
    TouchOutcome,
    Touchpoint,
)
from memory.results import WriteStatus
from memory.store import Collection, StoredPoint, VectorStore, Where, point_id

UNANSWERED = (TouchOutcome.no_reply, TouchOutcome.bounced)


class Lifecycle:
    def __init__(self, store: VectorStore, salt: str, retire_after: int) -> None:
        self._store = store
        self._salt = salt
        self._retire_after = retire_after

    # -- candidates as stored ---------------------------------------------------------------------

    def candidate(self, candidate_id: str) -> tuple[Candidate, dict[str, Any]] | None:
        found = self._store.retrieve(Collection.candidates, [point_id(Collection.candidates, candidate_id)])
        if not found:
            return None
        return Candidate.model_validate(found[0].payload["record"]), dict(found[0].payload.get("derived", {}))

    def refresh(self, candidate_id: str, stored: StoredPoint | None = None, **updates: Any) -> None:
        """Update derived facts and re-copy the filter fields onto the candidate's points when they change.

        ``stored`` is the candidate's point when the caller has just read it (saves reading it again).
        """
        if stored is not None:
            current: tuple[Candidate, dict[str, Any]] | None = (
                Candidate.model_validate(stored.payload["record"]),
                dict(stored.payload.get("derived", {})),
            )
        else:
            current = self.candidate(candidate_id)
        if current is None:
            return
        record, derived = current
        before, known = filter_fields(record, derived), dict(derived)
        derived.update(updates)
        if derived == known:
            return  # nothing learned: no write (each store write is flushed to disk)
        after = filter_fields(record, derived)
        where = Where.eq("candidate_id", candidate_id)
        self._store.set_payload_where(Collection.candidates, where, {**after, "derived": derived})
        if after != before:
            self._store.set_payload_where(Collection.chunks, where, after)

    def deepest_stages(self, candidate_ids: list[str]) -> dict[str, str | None]:
        """The deepest interview stage each candidate reached (one scroll for all of them)."""
        from memory.features import deepest_stage

        stages: dict[str, list[str]] = {cid: [] for cid in candidate_ids}
        if candidate_ids:
            for p in self._store.scroll(Collection.notes, Where(any_of={"candidate_id": candidate_ids})):
                stages[p.payload["candidate_id"]].append(InterviewNote.model_validate(p.payload["record"]).stage)
        return {cid: deepest_stage(found) for cid, found in stages.items()}

    def refresh_many(self, updates: dict[str, dict[str, Any]]) -> None:
        """``refresh`` for many candidates, rewriting their points with one upsert (one flush) in all."""
        keys = [point_id(Collection.candidates, cid) for cid in updates]
        rewritten = []
        # Chunks get only the filter fields that changed, one write per distinct change for the whole batch
        # (each write is flushed: one per candidate was 15% of a bulk import's writing thread, py-spy).
        changes: dict[str, tuple[dict[str, Any], list[str]]] = {}
        for point in self._store.retrieve(Collection.candidates, keys, with_vectors=True):
            candidate_id = point.payload["candidate_id"]
            record = Candidate.model_validate(point.payload["record"])
            derived = dict(point.payload.get("derived", {}))
            before, known = filter_fields(record, derived), dict(derived)
            derived.update(updates[candidate_id])
            if derived == known:
                continue
            after = filter_fields(record, derived)
            payload = {**point.payload, **after, "derived": derived}
            rewritten.append(StoredPoint(point.id, payload, point.dense, point.sparse))
            if after != before:  # e.g. now a silver-medalist: the chunks carry the filter fields too
                changed = {k: v for k, v in after.items() if before.get(k) != v}
                changes.setdefault(json.dumps(changed, sort_keys=True), (changed, []))[1].append(candidate_id)
        for changed, people in changes.values():
            self._store.set_payload_where(Collection.chunks, Where(any_of={"candidate_id": people}), changed)
        if rewritten:
            self._store.upsert(Collection.candidates, rewritten)

    # -- consent --------------------------------------------------------------------------------------

    def record_consent(self, candidate: Candidate, reason: str, at: datetime) -> bool:
        """Append to the history when the consent differs from its latest entry; returns whether it did."""
        history = self.consent_history(candidate.candidate_id)
        before = history[-1] if history else None
        point = consent_entry(candidate, reason, at, before)
        if point is not None:
            self._store.upsert(Collection.consents, [point])
        return point is not None

    def record_consents(self, changes: Sequence[tuple[Candidate, Consent | None, datetime]], reason: str) -> None:
        """Append one entry per candidate whose consent differs from the one it had (``None``: a new record).

        An entry is never dated before the candidate's latest entry: a change the memory learns after
        another (an unsubscribe dated before the consent it withdraws was captured) comes after it in the
        history, so the history's last entry is always the consent in force.
        """
        updated = [c.candidate_id for c, previous, _ in changes if previous is not None]
        latest: dict[str, datetime] = {}
        if updated:
            for p in self._store.scroll(Collection.consents, Where(any_of={"candidate_id": updated})):
                at = datetime.fromisoformat(p.payload["record"]["at"])
                latest[p.payload["candidate_id"]] = max(at, latest.get(p.payload["candidate_id"], at))
        points = []
        for candidate, previous, asserted in changes:
            at = max(asserted, latest.get(candidate.candidate_id, asserted))
            before = None
            if previous is not None:
                c = previous
                before = ConsentChange(
                    at=at, status=c.status.value, basis=c.basis, purpose=c.purpose, expires_at=c.expires_at, reason=""
                )
            point = consent_entry(candidate, reason, at, before)
            if point is not None:
                points.append(point)
        if points:
            self._store.upsert(Collection.consents, points)

    def consent_history(self, candidate_id: str) -> list[ConsentChange]:
        """The consent changes in the order they happened (by their time, then their content)."""
        changes = [
            ConsentChange.model_validate(p.payload["record"])
            for p in self._store.scroll(Collection.consents, Where.eq("candidate_id", candidate_id))
        ]
        return sorted(changes, key=lambda c: (c.at, c.model_dump_json()))

    def expiring(self, days: int, now: datetime) -> list[ExpiringConsent]:
        """Valid consents that lapse within ``days``, soonest first."""
        horizon = int((now + timedelta(days=days)).timestamp())
        where = Where(any_of={"consent_status": ["granted"]}, at_least={"consent_until": int(now.timestamp()) + 1})
        out = []
        for point in self._store.scroll(Collection.candidates, where):
            if point.payload["consent_until"] <= horizon:
                consent = Candidate.model_validate(point.payload["record"]).consent
                assert consent.expires_at is not None
                out.append(
                    ExpiringConsent(
                        candidate_id=point.payload["candidate_id"],
                        expires_at=consent.expires_at,
                        basis=consent.basis,
                        purpose=consent.purpose,
                    )
                )
        return sorted(out, key=lambda e: (e.expires_at, e.candidate_id))

    # -- touchpoints ----------------------------------------------------------------------------------

    def store_touchpoint(self, touchpoint: Touchpoint, created_at: int) -> WriteStatus:
        key = point_id(Collection.touchpoints, touchpoint.touchpoint_id)
        old = self._store.retrieve(Collection.touchpoints, [key])
        record = touchpoint.model_dump(mode="json")
        if old and old[0].payload["record"] == record:
            return WriteStatus.unchanged
        payload = {
            "candidate_id": touchpoint.candidate_id,
            "touchpoint_id": touchpoint.touchpoint_id,
            "at": int(touchpoint.at.timestamp()),
            "record": record,
            "created_at": old[0].payload.get("created_at", created_at) if old else created_at,
        }
        self._store.upsert(Collection.touchpoints, [StoredPoint(key, payload)])
        return WriteStatus.updated if old else WriteStatus.created

    def touchpoints(self, candidate_id: str) -> list[Touchpoint]:
        points = self._store.scroll(Collection.touchpoints, Where.eq("candidate_id", candidate_id))
        found = [Touchpoint.model_validate(p.payload["record"]) for p in points]
        return sorted(found, key=lambda t: (t.at, t.touchpoint_id))

    def unanswered_streak(self, candidate_id: str) -> int:
        """Consecutive unanswered outbound touches, newest backwards, until a reply."""
        streak = 0
        for touch in reversed(self.touchpoints(candidate_id)):
            if touch.outcome is TouchOutcome.replied:
                break
            if touch.direction == "outbound" and touch.outcome in UNANSWERED:
                streak += 1
        return streak

    def retire_if_unanswered(self, candidate_id: str, at: datetime) -> bool:
        retired = self.unanswered_streak(candidate_id) >= self._retire_after
        self.refresh(candidate_id, retired=retired, retired_at=at.isoformat() if retired else None)
        return retired

    # -- identity -------------------------------------------------------------------------------------

    def duplicates_of(self, candidates: Sequence[Candidate]) -> dict[str, list[str]]:
        """Other candidates sharing a normalised email/phone, or the same name in the same place, for each
        of ``candidates`` (two scrolls for the whole batch)."""
        keys = sorted({k for c in candidates for k in identity_keys(c)})
        names = sorted({n for c in candidates if (n := name_key(c.name)) and place_key(c.location)})
        by_key: dict[str, set[str]] = defaultdict(set)
        if keys:
            for p in self._store.scroll(Collection.candidates, Where(any_of={"identity_keys": keys})):
                for key in p.payload.get("identity_keys", []):
                    by_key[key].add(p.payload["candidate_id"])
        if names:
            for p in self._store.scroll(Collection.candidates, Where(any_of={"name_key": names})):
                if place := place_key(p.payload["record"].get("location")):
                    by_key[f"name:{p.payload['name_key']}|{place}"].add(p.payload["candidate_id"])
        out = {}
        for candidate in candidates:
            mine = identity_keys(candidate)
            if (name := name_key(candidate.name)) and (place := place_key(candidate.location)):
                mine.append(f"name:{name}|{place}")
            found = set().union(*(by_key.get(k, set()) for k in mine))
            found.discard(candidate.candidate_id)
            out[candidate.candidate_id] = sorted(found)
        return out

    def duplicate_groups(self) -> list[list[str]]:
        """Every group of likely duplicates in the pool (connected by a shared key or name + location)."""
        parent: dict[str, str] = {}

        def root(x: str) -> str:
            while parent.setdefault(x, x) != x:
                x = parent[x]
            return x

        owners: dict[str, list[str]] = defaultdict(list)
        for point in self._store.scroll(Collection.candidates):
            cid = point.payload["candidate_id"]
            root(cid)
            for key in point.payload.get("identity_keys", []):
                owners[key].append(cid)
            place = place_key(point.payload["record"].get("location"))
            if point.payload.get("name_key") and place:
                owners[f"name:{point.payload['name_key']}|{place}"].append(cid)
        for members in owners.values():
            for other in members[1:]:
                parent[root(other)] = root(members[0])
        groups: dict[str, list[str]] = defaultdict(list)
        for cid in parent:
            groups[root(cid)].append(cid)
        return sorted(sorted(g) for g in groups.values() if len(g) > 1)


def consent_entry(candidate: Candidate, reason: str, at: datetime, before: ConsentChange | None) -> StoredPoint | None:
    """The history point for the candidate's consent, or None when it equals ``before``."""
    c = candidate.consent
    change = ConsentChange(
        at=at, status=c.status.value, basis=c.basis, purpose=c.purpose, expires_at=c.expires_at, reason=reason
    )
    if before is not None and (before.status, before.basis, before.purpose, before.expires_at) == (
        change.status,
        change.basis,
        change.purpose,
        change.expires_at,
    ):
        return None
    record = change.model_dump(mode="json")
    # The id comes from the entry's content, never from len(history): two processes appending to one
    # server store then write two points (or the same point twice), and neither loses the other's.
    digest = content_hash(json.dumps(record, sort_keys=True))
    key = point_id(Collection.consents, f"{candidate.candidate_id}#{digest}")
    return StoredPoint(key, {"candidate_id": candidate.candidate_id, "at": int(at.timestamp()), "record": record})

"""The shortlist: retrieval and ranking (``memory.match``), the consent split, the decision record and
the shortlist's own audit, in the order a requisition flows through them.

    segment filters → match → consent split → decision log → audit (+ proposal) → stored reply

Protected attributes are read here only to audit a finished shortlist; they never reach the ranking.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from importlib import resources
from typing import Any

from memory import heap
from memory.audit import ScoringRateReport, audit_shortlist, propose_rerank
from memory.audit_batch import ll144_audit
from memory.capture_plans import Redacts
from memory.decisions import CategorySnapshot, Decision, DecisionCounts, DecisionLog, LoggedResult
from memory.errors import InvalidInput, NotFound
from memory.match import MAX_LIMIT, Matcher
from memory.models import Candidate, ConsentStatus, MatchFilters, Protected, Requisition, RerankOptions
from memory.ranking import DEFAULT_WEIGHTS, FEATURES, names_skills, resolve_weights, without_named_skills
from memory.records import content_hash
from memory.results import MatchResponse, MatchResult
from memory.retrieval import filters_where
from memory.segments import Segments
from memory.store import Collection, StoredPoint, VectorStore, point_id

# With people lacking consent included, the net is widened so that after the split both lists can
# still hold ``limit`` people each in the common case (most of a real pool has no valid consent).
_CONSENT_SPLIT_WIDENING = 4


def learned_weights() -> tuple[dict[str, float], str]:
    """The weights fitted on the dev set (``memory/weights.json``), or the defaults if none were fitted."""
    try:
        data = json.loads(resources.files("memory").joinpath("weights.json").read_text())
    except FileNotFoundError:
        return dict(DEFAULT_WEIGHTS), "default"
    weights = {name: float(data["weights"].get(name, 0.0)) for name in FEATURES}
    return weights, str(data.get("version", "learned"))


# The warm-up's requisition (``memory.memory.warm_up``): a title with skills, and an ad that names a person, a place, a
# language, a holiday, a date and contacts, as a real one may, so that the redactor builds the tables a first
# match's redaction would build for each.
WARM_UP = Requisition(
    title="Senior Backend Engineer (Python, SQL)",
    description=(
        "Reports to Maria Gonzalez, Head of Platform, in Cape Town or Berlin; fluent German or Afrikaans a plus. "
        "Start after the Christmas break, 5 January 2026. Apply to jobs@example.com or +27 21 555 0100."
    ),
    must_have_skills=["Python"],
    nice_to_have_skills=["Kubernetes"],
)


class Shortlists:
    def __init__(
        self,
        store: VectorStore,
        matcher: Matcher,
        decisions: DecisionLog,
        segments: Segments,
        *,
        model_id: str,
        fair_rerank: bool,
        redactor: Redacts,
    ) -> None:
        self._store = store
        self._redactor = redactor
        self._matcher = matcher
        self._decisions = decisions
        self._segments = segments
        self._model_id = model_id
        self._fair_rerank = fair_rerank
        self.weights, self.weights_version = learned_weights()
        # A requisition that names no skill has a weight set of its own (memory.ranking.without_named_skills).
        self.weights_without_named_skills = without_named_skills(self.weights)

    def match(
        self,
        requisition: Requisition,
        *,
        limit: int,
        filters: MatchFilters | None,
        weights: Mapping[str, float] | None,
        now: datetime | None,
        audit: bool,
        caller: str | None,
        rerank: RerankOptions | None,
        idempotency_key: str | None,
        include_without_consent: bool,
    ) -> MatchResponse:
        """See ``Memory.match``."""
        if idempotency_key is not None:
            stored = self._store.retrieve(Collection.replies, [point_id(Collection.replies, idempotency_key)])
            if stored:
                return MatchResponse.model_validate_json(stored[0].payload["response"])
        if rerank is not None and not self._fair_rerank:
            raise InvalidInput(
                "representation-aware re-ranking is off: altering results by sex or race is barred by Title VII "
                "§ 703(l); an operator may allow proposals with TALENTRECALL_FAIR_RERANK=true",
                field="rerank",
            )
        base = self.weights if names_skills(requisition) else self.weights_without_named_skills
        resolved = resolve_weights(base, weights)
        moment = now or datetime.now(UTC)
        segment = (filters or MatchFilters()).segment
        filters = self._with_segment(filters or MatchFilters())
        # The model reads the requisition redacted, like every note: a name in a job ad ("reports to
        # Jane Doe", "someone like John") must not steer the scores, and the log keeps what was read.
        requisition = self._redacted(requisition)
        # A match reads without the memory's write lock; the ticket lets an erasure that runs meanwhile
        # be seen at the end (``admitting``), so that nobody erased is returned or logged.
        with self._decisions.reading() as ticket:
            if include_without_consent:
                used = filters.model_copy(update={"consent_required": False})
                net = min(MAX_LIMIT, _CONSENT_SPLIT_WIDENING * limit)
                records: dict[str, dict[str, Any]] = {}
                response, assessed = self._matcher.match(
                    requisition, limit=net, filters=used, weights=resolved, now=moment, records=records
                )
                self._split_by_consent(response, limit, moment, records)
            else:
                used = filters
                response, assessed = self._matcher.match(
                    requisition, limit=limit, filters=used, weights=resolved, now=moment
                )
            # One read of the self-reports, for the snapshot the batch audit needs and for this shortlist's audit.
            attributes = self.protected([cid for cid, _ in assessed])
            counted = (
                self._store.count(Collection.candidates),
                self._store.count(Collection.candidates, filters_where(used, moment)),
            )
            response.decision_id = str(uuid.uuid4())
            with self._decisions.admitting(ticket) as gone:
                if gone:
                    assessed = _without(response, assessed, gone)
                pool = [cid for cid, _ in assessed]
                assessed_ids = set(pool)
                self._attach_audit(response, assessed, attributes, limit, audit, rerank)
                decision = Decision(
                    decision_id=response.decision_id,
                    at=moment,
                    caller=caller,
                    requisition_hash=content_hash(requisition.model_dump_json()),
                    requisition_id=requisition.requisition_id,
                    requisition=requisition.model_dump(mode="json", exclude_none=True),
                    filters=used.model_dump(mode="json"),
                    segment=segment,
                    limit=limit,
                    include_without_consent=include_without_consent,
                    model=self._model_id,
                    weights_version=self.weights_version if not weights else f"{self.weights_version}+override",
                    weights=resolved,
                    counts=DecisionCounts(
                        pool=counted[0],
                        eligible=counted[1],
                        assessed=len(assessed),
                        shortlisted=len(response.results),
                        needs_consent=len(response.needs_consent),
                    ),
                    results=_logged(response.results),
                    needs_consent=_logged(response.needs_consent),
                    assessed=assessed,
                    audit_shown=response.audit is not None,
                    warnings=response.audit.warnings if response.audit is not None else [],
                    proposal=response.audit.proposal if response.audit is not None else None,
                )
                snapshot = CategorySnapshot(
                    decision_id=decision.decision_id,
                    at=moment,
                    assessed=sorted(assessed_ids),
                    categories={c: p for c, p in attributes.items() if c in assessed_ids and _reported(p)},
                )
                # Off the response path: written by the log's thread within ``LINGER_S`` (memory/deferred.py).
                self._decisions.defer((decision, snapshot))
                if idempotency_key is not None:
                    # Written now: a retry must find it. ``Memory.match`` holds the write lock for these calls.
                    reply = {
                        "key": idempotency_key,
                        "candidate_ids": [r.candidate_id for r in response.results + response.needs_consent],
                        "response": response.model_dump_json(),  # a string: payload floats do not round-trip
                    }
                    key = point_id(Collection.replies, idempotency_key)
                    self._store.upsert(Collection.replies, [StoredPoint(key, reply)])
        # The first match has loaded what the process keeps (the model, the tagger, lazy tables): from now on
        # the garbage collector's full collections leave it out (memory/heap.py).
        heap.settle("first match")
        heap.settle_if_due()  # and again once the caches it has filled since make a full collection slow
        return response

    def warm(self, requisition: Requisition = WARM_UP) -> None:
        """Everything ``match`` reads for ``requisition``, without logging a decision: what a first match after
        open would otherwise load on its own clock (the models, the redactor's tables, the shards a match reads,
        the skill taxonomy, the typical requisition's vector; 13 s wall and 3.4 s CPU of a first match on the
        10k pool, at load ~10: /tmp/PERF/s15/firstprof.py). Nothing is written; what it fills are caches that
        any match fills (``Matcher.forget`` empties them)."""
        base = self.weights if names_skills(requisition) else self.weights_without_named_skills
        moment = datetime.now(UTC)
        filters = MatchFilters()
        _, assessed = self._matcher.match(
            self._redacted(requisition), limit=10, filters=filters, weights=resolve_weights(base, None), now=moment
        )
        self.protected([cid for cid, _ in assessed])
        self._store.count(Collection.candidates, filters_where(filters, moment))
        self._store.count(Collection.decisions)  # the shard a match's log entry is written to, opened
        # What the process keeps is loaded now: frozen here rather than at the end of the first match, so that
        # the full collection the warm-up's loading has made due does not walk it during that match (it took
        # ~2 s wall of a first match after a warm-up without this, load ~13; memory/heap.py).
        heap.settle("first match")

    def _with_segment(self, filters: MatchFilters) -> MatchFilters:
        """The filters narrowed by the named segment (lists intersect where both name values)."""
        if filters.segment is None:
            return filters
        segment = self._segments.get(filters.segment)
        if segment is None:
            raise NotFound(f"segment {filters.segment} does not exist", field="segment")
        update: dict[str, Any] = {
            "segment": None,
            "silver_medalists_only": filters.silver_medalists_only or segment.silver_medalists_only,
        }
        for field in ("role_families", "seniorities", "intents", "sources"):
            mine, theirs = getattr(filters, field), getattr(segment, field)
            update[field] = [v for v in mine if v in theirs] if mine and theirs else (mine or theirs)
            if mine and theirs and not update[field]:
                raise InvalidInput(f"{field} leaves nothing of segment {segment.name}", field=field)
        return filters.model_copy(update=update)

    def _split_by_consent(
        self, response: MatchResponse, limit: int, now: datetime, records: Mapping[str, dict[str, Any]]
    ) -> None:
        """Fits with valid consent stay in ``results``; fits who never answered go to ``needs_consent``.

        People who withdrew consent or unsubscribed are "do not contact": they appear in neither list.
        The records are those the match read (one read of each record per match).
        """
        consents = {
            r.candidate_id: Candidate.model_validate(records[r.candidate_id]).consent
            for r in response.results
            if r.candidate_id in records
        }
        valid = {cid for cid, consent in consents.items() if consent.is_valid(now)}
        opted_out = {cid for cid, consent in consents.items() if consent.status is ConsentStatus.withdrawn}
        ok = [r for r in response.results if r.candidate_id in valid][:limit]
        ask = [r for r in response.results if r.candidate_id not in valid | opted_out][:limit]
        response.results = [r.model_copy(update={"rank": i}) for i, r in enumerate(ok, start=1)]
        response.needs_consent = [r.model_copy(update={"rank": i}) for i, r in enumerate(ask, start=1)]

    def _attach_audit(
        self,
        response: MatchResponse,
        assessed: list[tuple[str, float]],
        attributes: dict[str, Protected],
        limit: int,
        audit: bool,
        rerank: RerankOptions | None,
    ) -> None:
        if audit or rerank is not None:
            pool = [cid for cid, _ in assessed]
            response.audit = audit_shortlist(pool, [r.candidate_id for r in response.results], attributes)
            if rerank is not None and assessed:
                response.audit.proposal = propose_rerank(
                    assessed, limit, attributes, rerank.method, rerank.family, rerank.protected_group, rerank.alpha
                )

    def _redacted(self, requisition: Requisition) -> Requisition:
        """The requisition's free text as the model may read it (no person's name, contact or age)."""
        texts = [requisition.title, requisition.description]
        title, description = self._redactor.redact_many(texts, [None, None])
        return requisition.model_copy(update={"title": title, "description": description})

    def audit(
        self, start: datetime, end: datetime, *, age: bool = False, distribution_date: date | None = None
    ) -> ScoringRateReport:
        """The LL144 bias audit over the decision log between ``start`` and ``end`` (``memory.audit_batch``)."""
        return ll144_audit(
            self._decisions.window(start, end), (start, end), age=age, distribution_date=distribution_date
        )

    def protected(self, candidate_ids: Sequence[str]) -> dict[str, Protected]:
        """Self-reported attributes of these candidates: read by audits and the person's own export only."""
        keys = [point_id(Collection.protected, cid) for cid in candidate_ids]
        return {
            p.payload["candidate_id"]: Protected.model_validate(
                {k: v for k, v in p.payload.items() if k != "candidate_id"}
            )
            for p in self._store.retrieve(Collection.protected, keys)
        }


def _reported(protected: Protected) -> bool:
    return bool(protected.sex or protected.race_ethnicity or protected.age_band)


def _without(
    response: MatchResponse, assessed: list[tuple[str, float]], gone: frozenset[str]
) -> list[tuple[str, float]]:
    """Drop people erased while the match ran from its lists (ranks renumbered); returns the assessed rest."""
    for field in ("results", "needs_consent"):
        kept = [r for r in getattr(response, field) if r.candidate_id not in gone]
        setattr(response, field, [r.model_copy(update={"rank": i}) for i, r in enumerate(kept, start=1)])
    return [(cid, score) for cid, score in assessed if cid not in gone]


def _logged(results: Sequence[MatchResult]) -> list[LoggedResult]:
    return [
        LoggedResult(
            candidate_id=r.candidate_id,
            rank=r.rank,
            score=r.score,
            attributions=r.attributions,
            base_value=r.base_value,
            features=r.features,
        )
        for r in results
    ]

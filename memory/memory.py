"""``Memory``: the one public face of talentrecall.

Notebook users, the REST API and the CLI all go through this object; none of them touches Qdrant.
Each public method has one REST route and one CLI command of the same name.
"""

from __future__ import annotations

import json
import secrets
import threading
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from importlib import resources
from types import TracebackType
from typing import Any, Self

from embed import Encoder, LexicalEncoder, load_encoder
from embed.encoder import EncoderUnavailable
from memory.audit import ScoringRateReport, audit_shortlist, propose_rerank, scoring_rate_audit
from memory.capture import Capture, Outcome
from memory.decisions import Decision, DecisionLog, LoggedResult
from memory.errors import BackendUnavailable, ConsentRequired, InvalidInput, NotFound, TalentRecallError
from memory.identity import identity_keys, name_key
from memory.lifecycle import Lifecycle
from memory.match import MAX_LIMIT, Matcher
from memory.memory_import import ImportVerbs
from memory.memory_lifecycle import LifecycleVerbs
from memory.models import (
    Candidate,
    EvaluationSignal,
    InterviewNote,
    MatchFilters,
    Protected,
    Requisition,
    RerankOptions,
)
from memory.ranking import DEFAULT_WEIGHTS, FEATURES, resolve_weights
from memory.records import content_hash
from memory.results import (
    CandidateView,
    Counts,
    DeleteReceipt,
    MatchResponse,
    WriteResult,
    WriteStatus,
)
from memory.settings import Settings
from memory.store import Collection, StoredPoint, VectorStore, Where, point_id

_MANIFEST_KEY = "manifest"


def _raise(outcome: Outcome) -> WriteResult:
    if isinstance(outcome, TalentRecallError):
        raise outcome
    return outcome


def learned_weights() -> tuple[dict[str, float], str]:
    """The weights fitted on the dev set (``memory/weights.json``), or the defaults if none were fitted."""
    try:
        data = json.loads(resources.files("memory").joinpath("weights.json").read_text())
    except FileNotFoundError:
        return dict(DEFAULT_WEIGHTS), "default"
    weights = {name: float(data["weights"].get(name, 0.0)) for name in FEATURES}
    return weights, str(data.get("version", "learned"))


class Memory(LifecycleVerbs, ImportVerbs):
    """What the team has learned about people, and who of them fits a role.

    >>> with Memory.open(Settings(data_dir=Path("data"))) as memory:          # doctest: +SKIP
    ...     memory.upsert_candidate(Candidate(candidate_id="c-1", headline="Go engineer"))
    ...     memory.match(Requisition(title="Backend engineer (Go)")).results
    """

    def __init__(self, store: VectorStore, encoder: Encoder, settings: Settings, *, salt: str) -> None:
        self.settings = settings
        self._store = store
        self._salt = salt
        self._decisions = DecisionLog(store)
        self._lifecycle = Lifecycle(store, salt, settings.retire_after_unanswered)
        self._encoder = encoder
        lexical = LexicalEncoder()
        self._capture = Capture(
            store, encoder, lexical, max_chars=settings.max_text_chars, chunk_words=settings.chunk_words
        )
        self._matcher = Matcher(store, encoder, lexical)
        self._write_lock = threading.RLock()
        self.weights, self.weights_version = learned_weights()

    @classmethod
    def open(cls, settings: Settings, *, encoder: Encoder | None = None) -> Self:
        """Open (or create) the store the settings name, refusing one built with another model."""
        try:
            encoder = encoder or load_encoder(settings.model)
        except EncoderUnavailable as exc:
            raise BackendUnavailable(str(exc)) from exc
        store = cls._open_store(settings)
        try:
            salt = cls._check_manifest(store, encoder, settings)
            store.ensure(encoder.dim)
        except BaseException:
            store.close()
            raise
        memory = cls(store, encoder, settings, salt=salt)
        memory._decisions.purge(datetime.now(UTC) - timedelta(days=settings.decision_retention_days))
        return memory

    @staticmethod
    def _open_store(settings: Settings) -> VectorStore:
        if settings.qdrant_url:
            from qdrant_client import QdrantClient

            from memory.store_server import ServerStore

            key = settings.qdrant_api_key.get_secret_value() if settings.qdrant_api_key else None
            client = QdrantClient(url=settings.qdrant_url, api_key=key)
            return ServerStore(client, settings.collection_prefix)
        from memory.store_edge import EdgeStore

        return EdgeStore(settings.data_dir)

    @staticmethod
    def _check_manifest(store: VectorStore, encoder: Encoder, settings: Settings) -> str:
        """Refuse a store built with another model; returns the store's pseudonymisation salt."""
        where = settings.qdrant_url or str(settings.data_dir)
        key = point_id(Collection.meta, _MANIFEST_KEY)
        found = store.retrieve(Collection.meta, [key])
        if found:
            model, dim = found[0].payload.get("model_id"), found[0].payload.get("dim")
            if (model, dim) != (encoder.model_id, encoder.dim):
                raise BackendUnavailable(
                    f"the store in {where} was built with {model} ({dim}-d) but the configured model is "
                    f"{encoder.model_id} ({encoder.dim}-d); use a new data directory or the original model"
                )
            if "salt" in found[0].payload:
                return str(found[0].payload["salt"])
        salt = secrets.token_hex(16)
        manifest = {
            "model_id": encoder.model_id,
            "dim": encoder.dim,
            "schema": 1,
            "created_at": datetime.now(UTC).isoformat(),
            "salt": salt,
        }
        store.upsert(Collection.meta, [StoredPoint(key, manifest)])
        return salt

    @property
    def model_id(self) -> str:
        return self._encoder.model_id

    # -- capture -------------------------------------------------------------------------------------

    def upsert_candidate(self, candidate: Candidate) -> WriteResult:
        """Create or replace a candidate by its external id; an identical replay changes nothing."""
        with self._write_lock:
            self._refuse_suppressed(candidate)
            result = _raise(self._capture.candidates([candidate])[0])
            self._after_candidates([candidate], [result])
            return result

    def _refuse_suppressed(self, candidate: Candidate) -> None:
        """An erased person's contact details are refused unless the record carries consent given since."""
        since = self._lifecycle.suppressed_since(identity_keys(candidate))
        if since is not None and not self._lifecycle.fresh_consent(candidate, since):
            raise ConsentRequired(
                f"candidate {candidate.candidate_id} matches an erased identity; import it only with consent "
                "recorded after the erasure",
                field="consent",
            )

    def _after_candidates(self, batch: list[Candidate], results: list[WriteResult]) -> None:
        for candidate, result in zip(batch, results, strict=True):
            if result.status is not WriteStatus.unchanged:
                self._lifecycle.record_consent(
                    candidate, "captured", candidate.consent.recorded_at or datetime.now(UTC)
                )
            result.possible_duplicates = self._lifecycle.duplicates_of(
                candidate.candidate_id,
                identity_keys(candidate),
                name_key(candidate.name),
                (candidate.location or "").strip().lower(),
            )

    def add_note(self, note: InterviewNote) -> WriteResult:
        """Add or replace an interview note; its candidate must exist."""
        with self._write_lock:
            result = _raise(self._capture.notes([note])[0])
            if result.status is not WriteStatus.unchanged:
                self._lifecycle.refresh(
                    note.candidate_id, deepest_stage=self._lifecycle.deepest_stage(note.candidate_id)
                )
            return result

    def add_signal(self, signal: EvaluationSignal) -> WriteResult:
        """Add or replace an evaluation signal; its candidate must exist."""
        with self._write_lock:
            outcome = _raise(self._capture.signals([signal])[0])
            if outcome.status is not WriteStatus.unchanged:
                self._matcher.invalidate()
            return outcome

    # -- reading -------------------------------------------------------------------------------------

    def get(self, candidate_id: str) -> CandidateView:
        """The candidate with their notes and signals, never their protected attributes."""
        found = self._store.retrieve(Collection.candidates, [point_id(Collection.candidates, candidate_id)])
        if not found:
            raise NotFound(f"candidate {candidate_id} does not exist")
        where = Where.eq("candidate_id", candidate_id)
        notes = [InterviewNote.model_validate(p.payload["record"]) for p in self._store.scroll(Collection.notes, where)]
        signals = [
            EvaluationSignal.model_validate(p.payload["record"]) for p in self._store.scroll(Collection.signals, where)
        ]
        epoch = datetime.min.replace(tzinfo=UTC)
        notes.sort(key=lambda n: (n.written_at or epoch, n.note_id))
        signals.sort(key=lambda s: (s.observed_at or epoch, s.signal_id))
        return CandidateView(
            candidate=Candidate.model_validate(found[0].payload["record"]),
            notes=notes,
            signals=signals,
            touchpoints=self._lifecycle.touchpoints(candidate_id),
        )

    def delete(self, candidate_id: str, *, suppress: bool = True) -> DeleteReceipt:
        """Erase the candidate everywhere: every collection, stored replies, and the decision log (pseudonymised).

        ``suppress`` keeps salted hashes of their emails and phones so that a later import of the same
        person is refused without fresh consent (a retention purge or a merge passes ``False``).
        """
        with self._write_lock:
            found = self._lifecycle.candidate(candidate_id)
            if found is None:
                raise NotFound(f"candidate {candidate_id} does not exist")
            where = Where.eq("candidate_id", candidate_id)
            removed: dict[str, int] = {}
            shared = (
                Collection.meta,
                Collection.decisions,
                Collection.replies,
                Collection.segments,
                Collection.suppressed,
            )
            for collection in Collection:
                if collection in shared:
                    continue
                removed[collection.value] = self._store.count(collection, where)
                if removed[collection.value]:
                    self._store.delete_where(collection, where)
            named = Where.eq("candidate_ids", candidate_id)
            removed[Collection.replies.value] = self._store.count(Collection.replies, named)
            if removed[Collection.replies.value]:
                self._store.delete_where(Collection.replies, named)  # stored hook replies quote evidence
            pseudonymised = self._decisions.pseudonymise(candidate_id, self._salt)
            now = datetime.now(UTC)
            suppressed = self._lifecycle.suppress(identity_keys(found[0]), now) if suppress else 0
            self._matcher.invalidate()
            return DeleteReceipt(
                candidate_id=candidate_id,
                removed=removed,
                decisions_pseudonymised=pseudonymised,
                suppressed_identities=suppressed,
                at=now,
            )

    def match(
        self,
        requisition: Requisition,
        *,
        limit: int = 10,
        filters: MatchFilters | None = None,
        weights: Mapping[str, float] | None = None,
        now: datetime | None = None,
        audit: bool = False,
        caller: str | None = None,
        rerank: RerankOptions | None = None,
        idempotency_key: str | None = None,
        include_without_consent: bool = False,
    ) -> MatchResponse:
        """The ranked, explained shortlist for a requisition, logged in the decision log.

        ``weights`` overrides any learned weight. ``audit`` adds the shortlist's representation audit
        (selection rates by self-reported sex, race/ethnicity and both), computed after ranking. ``rerank``
        adds a representation-aware re-ranking *proposal* to that audit, when the operator allows it.
        With an ``idempotency_key`` (e.g. a webhook's event id), a repeated call returns the first answer.
        ``include_without_consent`` adds, apart in ``needs_consent``, the best fits who have no valid basis
        for outreach (never mixed into ``results``). ``filters.segment`` adds a saved segment's filters.
        """
        if idempotency_key is not None:
            stored = self._store.retrieve(Collection.replies, [point_id(Collection.replies, idempotency_key)])
            if stored:
                return MatchResponse.model_validate_json(stored[0].payload["response"])
        if rerank is not None and not self.settings.fair_rerank:
            raise InvalidInput(
                "representation-aware re-ranking is off: altering results by sex or race is barred by Title VII "
                "§ 703(l); an operator may allow proposals with TALENTRECALL_FAIR_RERANK=true",
                field="rerank",
            )
        resolved = resolve_weights(self.weights, weights)
        moment = now or datetime.now(UTC)
        filters = self._with_segment(filters or MatchFilters())
        if include_without_consent:
            wide = filters.model_copy(update={"consent_required": False})
            response, assessed = self._matcher.match(
                requisition, limit=min(MAX_LIMIT, 4 * limit), filters=wide, weights=resolved, now=moment
            )
            self._split_by_consent(response, limit, moment)
        else:
            response, assessed = self._matcher.match(
                requisition, limit=limit, filters=filters, weights=resolved, now=moment
            )
        decision = Decision(
            decision_id=str(uuid.uuid4()),
            at=moment,
            caller=caller,
            requisition_hash=content_hash(requisition.model_dump_json()),
            model=self._encoder.model_id,
            weights_version=self.weights_version if not weights else f"{self.weights_version}+override",
            weights=resolved,
            results=[
                LoggedResult(candidate_id=r.candidate_id, rank=r.rank, score=r.score, attributions=r.attributions)
                for r in response.results
            ],
            assessed=assessed,
        )
        with self._write_lock:
            self._decisions.append(decision)
        response.decision_id = decision.decision_id
        self._attach_audit(response, assessed, limit, audit, rerank)
        if idempotency_key is not None:
            reply = {
                "key": idempotency_key,
                "candidate_ids": [r.candidate_id for r in response.results],
                "response": response.model_dump_json(),  # a string: payload floats do not round-trip to the last bit
            }
            with self._write_lock:
                self._store.upsert(
                    Collection.replies, [StoredPoint(point_id(Collection.replies, idempotency_key), reply)]
                )
        return response

    def _with_segment(self, filters: MatchFilters) -> MatchFilters:
        """The filters narrowed by the named segment (lists intersect where both name values)."""
        if filters.segment is None:
            return filters
        segment = self._segment(filters.segment)
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

    def _split_by_consent(self, response: MatchResponse, limit: int, now: datetime) -> None:
        keys = [point_id(Collection.candidates, r.candidate_id) for r in response.results]
        valid = {
            p.payload["candidate_id"]
            for p in self._store.retrieve(Collection.candidates, keys)
            if Candidate.model_validate(p.payload["record"]).consent.is_valid(now)
        }
        ok = [r for r in response.results if r.candidate_id in valid][:limit]
        ask = [r for r in response.results if r.candidate_id not in valid][:limit]
        response.results = [r.model_copy(update={"rank": i}) for i, r in enumerate(ok, start=1)]
        response.needs_consent = [r.model_copy(update={"rank": i}) for i, r in enumerate(ask, start=1)]

    def _attach_audit(
        self,
        response: MatchResponse,
        assessed: list[tuple[str, float]],
        limit: int,
        audit: bool,
        rerank: RerankOptions | None,
    ) -> None:
        if audit or rerank is not None:
            pool = [cid for cid, _ in assessed]
            attributes = self._protected(pool)
            response.audit = audit_shortlist(pool, [r.candidate_id for r in response.results], attributes)
            if rerank is not None and assessed:
                response.audit.proposal = propose_rerank(
                    assessed, limit, attributes, rerank.method, rerank.family, rerank.protected_group, rerank.alpha
                )

    def audit(self, start: datetime, end: datetime) -> ScoringRateReport:
        """The LL144 bias audit over the decision log between ``start`` and ``end``.

        Every assessment in the period counts once; its category comes from the candidate's current
        self-report (erased candidates count as unknown).
        """
        decisions = list(self._decisions.between(start, end))
        assessments = [pair for decision in decisions for pair in decision.assessed]
        attributes = self._protected(sorted({cid for cid, _ in assessments}))
        return scoring_rate_audit(assessments, attributes, (start.isoformat(), end.isoformat()), len(decisions))

    def _protected(self, candidate_ids: Sequence[str]) -> dict[str, Protected]:
        """Self-reported attributes of these candidates: read by audits only."""
        keys = [point_id(Collection.protected, cid) for cid in candidate_ids]
        return {
            p.payload["candidate_id"]: Protected.model_validate(
                {k: v for k, v in p.payload.items() if k != "candidate_id"}
            )
            for p in self._store.retrieve(Collection.protected, keys)
        }

    def count(self) -> Counts:
        return Counts(
            candidates=self._store.count(Collection.candidates),
            notes=self._store.count(Collection.notes),
            signals=self._store.count(Collection.signals),
            chunks=self._store.count(Collection.chunks),
        )

    def optimize(self) -> None:
        """Build the search indexes now rather than on the next bulk import."""
        with self._write_lock:
            self._store.optimize()

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: tuple[type[BaseException] | None, BaseException | None, TracebackType | None]) -> None:
        self.close()

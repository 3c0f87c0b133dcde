"""``Memory``: the one public face of talentrecall.

Notebook users, the REST API and the CLI all go through this object; none of them touches Qdrant.
Each public method has one REST route and one CLI command of the same name.
"""

from __future__ import annotations

import json
import secrets
import threading
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from importlib import resources
from types import TracebackType
from typing import Any, Self, TypeVar

from embed import Encoder, LexicalEncoder, load_encoder
from embed.encoder import EncoderUnavailable
from memory.audit import ScoringRateReport, audit_shortlist, propose_rerank, scoring_rate_audit
from memory.capture import Capture, Outcome
from memory.decisions import Decision, DecisionLog, LoggedResult
from memory.errors import BackendUnavailable, InvalidInput, NotFound, TalentRecallError
from memory.match import Matcher
from memory.models import (
    Candidate,
    EvaluationSignal,
    InterviewNote,
    MatchFilters,
    Protected,
    Requisition,
    RerankOptions,
)
from memory.ndjson import ParsedLine, parse_lines
from memory.ranking import DEFAULT_WEIGHTS, FEATURES, resolve_weights
from memory.records import content_hash
from memory.results import (
    CandidateView,
    Counts,
    DeleteReceipt,
    ImportReport,
    MatchResponse,
    RejectedLine,
    WriteResult,
    WriteStatus,
)
from memory.settings import Settings
from memory.store import Collection, StoredPoint, VectorStore, Where, point_id

_R = TypeVar("_R", Candidate, InterviewNote, EvaluationSignal)
_MANIFEST_KEY = "manifest"
_IMPORT_BLOCK = 256
_OPTIMIZE_AFTER = 1_000


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


class Memory:
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
            return _raise(self._capture.candidates([candidate])[0])

    def add_note(self, note: InterviewNote) -> WriteResult:
        """Add or replace an interview note; its candidate must exist."""
        with self._write_lock:
            return _raise(self._capture.notes([note])[0])

    def add_signal(self, signal: EvaluationSignal) -> WriteResult:
        """Add or replace an evaluation signal; its candidate must exist."""
        with self._write_lock:
            outcome = _raise(self._capture.signals([signal])[0])
            if outcome.status is not WriteStatus.unchanged:
                self._matcher.invalidate()
            return outcome

    def import_ndjson(
        self, lines: Iterable[str | bytes], *, progress: Callable[[int], None] | None = None
    ) -> ImportReport:
        """Store every valid line; report each invalid one with its line number and reason.

        Lines are written in blocks, candidates before notes and signals within a block, so that one
        encoder call covers many texts. ``progress`` is called with the number of lines handled.
        """
        report = ImportReport(imported=0)
        block: list[ParsedLine] = []
        seen: set[tuple[str, str]] = set()
        with self._write_lock:
            for parsed in parse_lines(lines):
                key = _identity(parsed)
                if len(block) >= _IMPORT_BLOCK or (key is not None and key in seen):
                    self._import_block(block, report, progress)
                    block, seen = [], set()
                block.append(parsed)
                if key is not None:
                    seen.add(key)
            self._import_block(block, report, progress)
            if report.imported >= _OPTIMIZE_AFTER:
                self._store.optimize()
            self._matcher.invalidate()
        report.rejected.sort(key=lambda r: r.line)
        return report

    def _import_block(
        self, block: list[ParsedLine], report: ImportReport, progress: Callable[[int], None] | None
    ) -> None:
        for parsed in block:
            if parsed.error is not None:
                report.rejected.append(RejectedLine(line=parsed.line, error=parsed.error))
        candidates = [p for p in block if isinstance(p.record, Candidate)]
        notes = [p for p in block if isinstance(p.record, InterviewNote)]
        signals = [p for p in block if isinstance(p.record, EvaluationSignal)]
        written: list[tuple[ParsedLine, Outcome]] = []
        written += zip(candidates, self._capture.candidates([_as(p, Candidate) for p in candidates]), strict=True)
        written += zip(notes, self._capture.notes([_as(p, InterviewNote) for p in notes]), strict=True)
        written += zip(signals, self._capture.signals([_as(p, EvaluationSignal) for p in signals]), strict=True)
        for parsed, outcome in written:
            if isinstance(outcome, TalentRecallError):
                report.rejected.append(RejectedLine(line=parsed.line, error=outcome.detail))
            elif outcome.status is WriteStatus.unchanged:
                report.unchanged += 1
            else:
                report.imported += 1
        if progress is not None and block:
            progress(len(block))

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
            candidate=Candidate.model_validate(found[0].payload["record"]), notes=notes, signals=signals
        )

    def delete(self, candidate_id: str) -> DeleteReceipt:
        """Remove the candidate and everything held about them, in every collection."""
        with self._write_lock:
            if not self._store.retrieve(Collection.candidates, [point_id(Collection.candidates, candidate_id)]):
                raise NotFound(f"candidate {candidate_id} does not exist")
            where = Where.eq("candidate_id", candidate_id)
            removed: dict[str, int] = {}
            for collection in Collection:
                if collection in (Collection.meta, Collection.decisions, Collection.replies):
                    continue
                removed[collection.value] = self._store.count(collection, where)
                if removed[collection.value]:
                    self._store.delete_where(collection, where)
            named = Where.eq("candidate_ids", candidate_id)
            removed[Collection.replies.value] = self._store.count(Collection.replies, named)
            if removed[Collection.replies.value]:
                self._store.delete_where(Collection.replies, named)  # stored hook replies quote evidence
            pseudonymised = self._decisions.pseudonymise(candidate_id, self._salt)
            self._matcher.invalidate()
            return DeleteReceipt(
                candidate_id=candidate_id, removed=removed, decisions_pseudonymised=pseudonymised, at=datetime.now(UTC)
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
    ) -> MatchResponse:
        """The ranked, explained shortlist for a requisition, logged in the decision log.

        ``weights`` overrides any learned weight. ``audit`` adds the shortlist's representation audit
        (selection rates by self-reported sex, race/ethnicity and both), computed after ranking. ``rerank``
        adds a representation-aware re-ranking *proposal* to that audit, when the operator allows it.
        With an ``idempotency_key`` (e.g. a webhook's event id), a repeated call returns the first answer.
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
        response, assessed = self._matcher.match(
            requisition, limit=limit, filters=filters or MatchFilters(), weights=resolved, now=moment
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


def _as(parsed: ParsedLine, kind: type[_R]) -> _R:
    assert isinstance(parsed.record, kind)
    return parsed.record


def _identity(parsed: ParsedLine) -> tuple[str, str] | None:
    record: Any = parsed.record
    if isinstance(record, Candidate):
        return ("candidate", record.candidate_id)
    if isinstance(record, InterviewNote):
        return ("note", record.note_id)
    if isinstance(record, EvaluationSignal):
        return ("signal", record.signal_id)
    return None

"""``Memory``: the one public face of talentrecall.

Notebook users, the REST API and the CLI all go through this object; none of them touches Qdrant.
Each public method has one REST route and one CLI command of the same name. ``Memory`` itself only
opens resources and wires six services, each with one job::

    Writer         the only write path (memory.writer): every record, whatever its entry point
    Shortlists     retrieval, ranking, consent split, decision record, audit (memory.shortlist)
    Relationships  consent over time, touchpoints, segments, freshness, duplicates (memory.relationships)
    Privacy        erasure, export, retention, merge (memory.privacy)
    Reader         one person's record and the counts, never protected attributes (memory.reading)
    Outcomes       what the recruiter did with a shortlist: the human-oversight record (memory.outcomes)
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from types import TracebackType
from typing import Any, Self

from embed import Encoder, LexicalEncoder
from embed.encoder import EncoderUnavailable
from embed.lazy import lazy_encoder
from memory.audit import ScoringRateReport
from memory.capture import Capture
from memory.decisions import DecisionLog, OutcomeAction, RecordedOutcome
from memory.errors import BackendUnavailable, InvalidInput
from memory.importing import EncodeAhead, Lookahead, import_lines
from memory.lifecycle import Lifecycle
from memory.match import Matcher
from memory.models import (
    Candidate,
    EvaluationSignal,
    InterviewNote,
    MatchFilters,
    Requisition,
    RerankOptions,
    Source,
)
from memory.outcomes import DecisionRecord, Outcomes
from memory.privacy import Privacy
from memory.reading import Reader
from memory.redaction_port import redactor
from memory.relationship import (
    ConsentChange,
    DueTouch,
    ExpiringConsent,
    Segment,
    SegmentCount,
    StaleRecord,
    Touchpoint,
)
from memory.relationships import Relationships, single
from memory.results import (
    CandidateView,
    Counts,
    DeleteReceipt,
    ImportReport,
    MatchResponse,
    MergeReceipt,
    RetentionReport,
    WriteResult,
)
from memory.segments import Segments
from memory.settings import Settings
from memory.shortlist import Shortlists
from memory.store import VectorStore
from memory.store_opening import check_manifest, open_store
from memory.suppression import Suppression
from memory.writer import Outcome, Record, Writer

_log = logging.getLogger("talentrecall")


class Memory:
    """What the team has learned about people, and who of them fits a role.

    >>> with Memory.open(Settings(data_dir=Path("data"))) as memory:          # doctest: +SKIP
    ...     memory.upsert_candidate(Candidate(candidate_id="c-1", headline="Go engineer"))
    ...     memory.match(Requisition(title="Backend engineer (Go)")).results
    """

    def __init__(self, store: VectorStore, encoder: Encoder, settings: Settings, *, salt: str) -> None:
        self.settings = settings
        self._store = store
        self._encoder = encoder
        self._salt = salt
        # One process may serve many threads (the web server's pool); writes to the embedded store are
        # serialised here. Several processes need the server store, whose ids make writes commute.
        self._lock = threading.RLock()
        lexical = LexicalEncoder()
        lifecycle = Lifecycle(store, salt, settings.retire_after_unanswered)
        self._lifecycle = lifecycle
        # The decision log's entries are written off the match's path, by its thread, under this lock; through
        # a journal where the store names one (the embedded store, whose writes hold the GIL: decisions_journal).
        self._decisions = DecisionLog(store, self._lock, journal=getattr(store, "log_journal", None))
        if not settings.centre_queries:
            # An evaluation switch: the shipped weights and fit levels are calibrated on centred queries.
            _log.warning("TALENTRECALL_CENTRE_QUERIES is off: fit levels and attributions are miscalibrated")
        self._matcher = Matcher(store, encoder, lexical, centre=settings.centre_queries)
        # Capture encodes through EncodeAhead: an import's next block is encoded while this one is written.
        self._ahead = EncodeAhead(encoder)
        capture = Capture(store, self._ahead, lexical, redactor(), chunk_words=settings.chunk_words)
        suppression = Suppression(store, salt)
        self._writer = Writer(
            store,
            capture,
            lifecycle,
            suppression,
            max_chars=settings.max_text_chars,
            on_change=self._matcher.invalidate,
        )
        segments = Segments(store)
        self._shortlists = Shortlists(
            store,
            self._matcher,
            self._decisions,
            segments,
            model_id=encoder.model_id,
            fair_rerank=settings.fair_rerank,
            redactor=redactor(),
        )
        self._outcomes = Outcomes(self._decisions)
        self._relationships = Relationships(lifecycle, segments, self._writer)
        self._reader = Reader(store, lifecycle)
        self._privacy = Privacy(
            store,
            self._writer,
            lifecycle,
            suppression,
            self._decisions,
            self._shortlists.protected,
            salt=salt,
            embedded=settings.store_kind == "edge",
            on_change=self._forget_texts,
        )
        self.weights, self.weights_version = self._shortlists.weights, self._shortlists.weights_version

    @classmethod
    def open(cls, settings: Settings, *, encoder: Encoder | None = None, store: VectorStore | None = None) -> Self:
        """Open (or create) the store the settings name, refusing one built with another model.

        The store (and its lock) comes first and the model loads on its first use, so a locked store is
        reported at once and a command that embeds nothing never loads torch. Erasures a crash
        interrupted are finished before the memory is handed out. ``store`` injects an adapter that is
        already open (the test suite's local-mode stores); the memory closes it with itself.
        """
        try:
            encoder = encoder or lazy_encoder(settings.model)
        except EncoderUnavailable as exc:
            raise BackendUnavailable(str(exc)) from exc
        store = store or open_store(settings)
        try:
            salt = check_manifest(store, encoder, settings)
            store.ensure(encoder.dim)
            memory = cls(store, encoder, settings, salt=salt)
            memory._privacy.resume()
            memory._decisions.purge(datetime.now(UTC) - timedelta(days=settings.decision_retention_days))
        except BaseException:
            store.close()
            raise
        return memory

    @property
    def model_id(self) -> str:
        return self._encoder.model_id

    # -- writing (one path: memory.writer) ------------------------------------------------------------

    def upsert_candidate(self, candidate: Candidate) -> WriteResult:
        """Create or replace a candidate by its external id; an identical replay changes nothing."""
        with self._lock:
            return single(self._writer.write([candidate])[0])

    def add_note(self, note: InterviewNote) -> WriteResult:
        """Add or replace an interview note; its candidate must exist."""
        with self._lock:
            return single(self._writer.write([note])[0])

    def add_signal(self, signal: EvaluationSignal) -> WriteResult:
        """Add or replace an evaluation signal; its candidate must exist."""
        with self._lock:
            return single(self._writer.write([signal])[0])

    def add_touchpoint(self, touchpoint: Touchpoint) -> WriteResult:
        """Record a contact. A reply verifies the person; an unsubscribe withdraws consent for outreach;
        consecutive unanswered touches past the threshold retire them (kept, out of default shortlists)."""
        with self._lock:
            return self._relationships.add_touchpoint(touchpoint)

    def import_ndjson(
        self, lines: Iterable[str | bytes], *, progress: Callable[[int], None] | None = None
    ) -> ImportReport:
        """Store every valid NDJSON line (``{"type": "candidate" | "note" | "signal" | "touchpoint", ...}``);
        report each invalid one with its line number and reason. ``progress`` gets the lines handled."""
        lookahead = Lookahead(self._store, self._ahead, redactor(), self.settings.chunk_words)
        try:
            report = import_lines(self._write_block, lines, progress, ahead=lookahead)
        finally:
            self._ahead.clear(wait=True)  # vectors guessed ahead hold people's redacted texts as keys
        if report.imported >= _OPTIMIZE_AFTER:
            with self._lock:
                self._store.optimize()
        return report

    def _forget_texts(self) -> None:
        """After an erasure: drop every in-process copy of stored texts (the matcher's caches, the
        import's vectors computed ahead)."""
        self._matcher.forget()
        self._ahead.clear()

    def _write_block(self, records: Sequence[Record]) -> list[Outcome]:
        """One block of an import under the write lock; readers and other writers get in between blocks."""
        with self._lock:
            outcomes = self._writer.write(records)
        time.sleep(0)  # threading locks are not fair: yield so that a waiting match takes the lock next
        return outcomes

    def verify(self, candidate_id: str, *, at: datetime | None = None, contact: str | None = None) -> WriteResult:
        """Mark the candidate (and optionally one email or phone) as confirmed now."""
        with self._lock:
            return self._relationships.verify(candidate_id, at, contact)

    # -- reading --------------------------------------------------------------------------------------

    def get(self, candidate_id: str) -> CandidateView:
        """The candidate with their notes, signals and touchpoints, never their protected attributes."""
        return self._reader.get(candidate_id)

    def count(self) -> Counts:
        return self._reader.count()

    # -- shortlists -----------------------------------------------------------------------------------

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
        for outreach yet (never mixed into ``results``; people who opted out are in neither list).
        ``filters.segment`` adds a saved segment's filters.
        """
        # A match only reads the store (its log entry is deferred): it runs beside writes, never queued
        # behind them. One with an ``idempotency_key`` writes its reply and must see an earlier reply for
        # the same key, so it keeps the write lock (webhooks, where a few ms of queueing do not matter).
        with self._lock if idempotency_key is not None else contextlib.nullcontext():
            return self._shortlists.match(
                requisition,
                limit=limit,
                filters=filters,
                weights=weights,
                now=now,
                audit=audit,
                caller=caller,
                rerank=rerank,
                idempotency_key=idempotency_key,
                include_without_consent=include_without_consent,
            )

    def audit(
        self, start: datetime, end: datetime, *, age: bool = False, distribution_date: date | None = None
    ) -> ScoringRateReport:
        """The LL144 bias audit over the decision log between ``start`` and ``end``, from the log alone.

        Each person assessed counts once, by their best score (and whether they were ever shortlisted),
        with the categories they had self-reported when assessed; erasures do not move past periods.
        ``age`` adds the 40-and-over family; ``distribution_date`` is stated in the report.
        """
        return self._shortlists.audit(start, end, age=age, distribution_date=distribution_date)

    def record_outcome(
        self,
        decision_id: str,
        candidate_id: str,
        action: OutcomeAction | str,
        *,
        reason: str | None = None,
        at: datetime | None = None,
        caller: str | None = None,
    ) -> RecordedOutcome:
        """What the recruiter did with one person of a shortlist: contacted, advanced, rejected or hired.

        Recording the same action again for the same person and shortlist replaces it."""
        with self._lock:
            return self._outcomes.record(decision_id, candidate_id, action, reason=reason, at=at, caller=caller)

    def decision(self, decision_id: str) -> DecisionRecord:
        """One logged shortlist as it was decided, and the outcomes recorded against it."""
        return self._outcomes.decision(decision_id)

    # -- relationships --------------------------------------------------------------------------------

    def consent_history(self, candidate_id: str) -> list[ConsentChange]:
        """Every change of the candidate's consent, in the order it happened."""
        return self._relationships.consent_history(candidate_id)

    def expiring_consents(self, days: int = 30, *, now: datetime | None = None) -> list[ExpiringConsent]:
        """Valid consents that lapse within ``days``: ask again before they do."""
        return self._relationships.expiring_consents(days, now)

    def save_segment(self, segment: Segment) -> WriteResult:
        """Create or replace a named segment (filters and an optional cadence policy)."""
        with self._lock:
            return self._relationships.save_segment(segment)

    def segments(self, *, now: datetime | None = None) -> list[SegmentCount]:
        """Every saved segment with its live counts."""
        return self._relationships.segments(now)

    def delete_segment(self, name: str) -> None:
        with self._lock:
            self._relationships.delete_segment(name)

    def due_for_touch(self, segment: str, *, now: datetime | None = None) -> list[DueTouch]:
        """Who in the segment is below its cadence policy, least recently touched first."""
        return self._relationships.due_for_touch(segment, now)

    def refresh_report(self, *, stale_after_days: int = 90, now: datetime | None = None) -> list[StaleRecord]:
        """Records not verified for ``stale_after_days`` (a quarter by default), by segment, oldest first."""
        return self._relationships.refresh_report(stale_after_days, now)

    def duplicates(self) -> list[list[str]]:
        """Groups of likely duplicates: same normalised email or phone, or same name in the same place."""
        return self._relationships.duplicates()

    # -- privacy --------------------------------------------------------------------------------------

    def delete(self, candidate_id: str, *, suppress: bool = True) -> DeleteReceipt:
        """Erase the candidate everywhere, down to the bytes of the embedded store's files.

        ``suppress`` keeps salted hashes of their identifiers so that a later import of the same person
        is refused without fresh consent (a retention purge or a merge passes ``False``). A retry of an
        erasure (or one a crash interrupted) returns its receipt.
        """
        with self._lock:
            return self._privacy.erase(candidate_id, suppress=suppress)

    def export(self, candidate_id: str) -> dict[str, Any]:
        """Everything held about the person, as one JSON document; its ``records`` re-import as NDJSON."""
        return self._privacy.export(self.get(candidate_id))

    def merge(self, keep: str, other: str) -> MergeReceipt:
        """Fold ``other`` into ``keep``: notes, signals, touchpoints and consent history move; ``other`` goes."""
        if keep == other:
            raise InvalidInput("cannot merge a candidate into itself", field="other")
        with self._lock:
            kept = self._relationships.existing(keep)
            return self._privacy.merge(kept, self.get(other))

    def retention(
        self,
        *,
        months: int = 24,
        sources: list[Source] | None = None,
        apply: bool = False,
        now: datetime | None = None,
        progress: Callable[[int, int], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> RetentionReport:
        """People of ``sources`` (prospects by default) with no activity for ``months`` (1–120): listed, or
        purged with ``apply``. Records with no date at all are never listed. ``progress(done, total)`` follows
        a purge; ``should_stop`` is asked between batches, so a SIGTERM ends it cleanly."""
        with self._lock:
            return self._privacy.retention(
                months=months, sources=sources, apply=apply, now=now, progress=progress, should_stop=should_stop
            )

    # -- resources ------------------------------------------------------------------------------------

    def optimize(self) -> None:
        """Build the search indexes now rather than on the next bulk import."""
        with self._lock:
            self._store.optimize()

    def close(self) -> None:
        self._ahead.close()
        try:
            self._decisions.close()  # the log entries still queued reach the store before it closes
        finally:
            self._store.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


_OPTIMIZE_AFTER = 1_000  # an import this large builds the HNSW index at once rather than on first search


def warm_up(memory: Memory) -> None:
    """Load now what the first match would load on its own clock (the web server calls this on a thread at
    start, ``TALENTRECALL_WARM_AT_START``): the encoder and the redactor's models and tables, the shards a
    match reads, the skill taxonomy. Writes nothing and logs no decision; on an empty store it still loads
    the models (docs/scale.md, "The first match after open"). A function, not a ``Memory`` method: it is no
    verb of the memory's (the client, REST and CLI mirror those one to one)."""
    memory._shortlists.warm()

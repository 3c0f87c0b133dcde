"""Bulk import for ``Memory``: NDJSON lines in, a report of what was stored and what was refused out.

A mixin so that the public face stays one object while its modules stay small.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from memory.errors import ConsentRequired, TalentRecallError
from memory.models import Candidate, EvaluationSignal, InterviewNote
from memory.ndjson import ParsedLine, parse_lines
from memory.relationship import Touchpoint
from memory.results import ImportReport, RejectedLine, WriteResult, WriteStatus

if TYPE_CHECKING:
    from memory.capture import Capture, Outcome
    from memory.lifecycle import Lifecycle
    from memory.match import Matcher
    from memory.store import VectorStore

_R = TypeVar("_R", Candidate, InterviewNote, EvaluationSignal, Touchpoint)
_IMPORT_BLOCK = 256
_OPTIMIZE_AFTER = 1_000


class ImportVerbs:
    _store: VectorStore
    _capture: Capture
    _lifecycle: Lifecycle
    _matcher: Matcher
    _write_lock: threading.RLock

    if TYPE_CHECKING:

        def _refuse_suppressed(self, candidate: Candidate) -> None: ...
        def add_touchpoint(self, touchpoint: Touchpoint) -> WriteResult: ...

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
        written: list[tuple[ParsedLine, Outcome]] = []
        candidates = []
        for parsed in (p for p in block if isinstance(p.record, Candidate)):
            try:
                self._refuse_suppressed(_as(parsed, Candidate))
                candidates.append(parsed)
            except ConsentRequired as refused:
                written.append((parsed, refused))
        notes = [p for p in block if isinstance(p.record, InterviewNote)]
        signals = [p for p in block if isinstance(p.record, EvaluationSignal)]
        stored = self._capture.candidates([_as(p, Candidate) for p in candidates])
        for parsed, outcome in zip(candidates, stored, strict=True):
            if isinstance(outcome, WriteResult) and outcome.status is not WriteStatus.unchanged:
                record = _as(parsed, Candidate)
                self._lifecycle.record_consent(record, "imported", record.consent.recorded_at or datetime.now(UTC))
        written += zip(candidates, stored, strict=True)
        noted = self._capture.notes([_as(p, InterviewNote) for p in notes])
        for cid in sorted(
            {o.candidate_id for o in noted if isinstance(o, WriteResult) and o.status is not WriteStatus.unchanged}
        ):
            self._lifecycle.refresh(cid, deepest_stage=self._lifecycle.deepest_stage(cid))
        written += zip(notes, noted, strict=True)
        written += zip(signals, self._capture.signals([_as(p, EvaluationSignal) for p in signals]), strict=True)
        for parsed in (p for p in block if isinstance(p.record, Touchpoint)):
            try:
                written.append((parsed, self.add_touchpoint(_as(parsed, Touchpoint))))
            except TalentRecallError as err:
                written.append((parsed, err))
        for parsed, outcome in written:
            if isinstance(outcome, TalentRecallError):
                report.rejected.append(RejectedLine(line=parsed.line, error=outcome.detail))
            elif outcome.status is WriteStatus.unchanged:
                report.unchanged += 1
            else:
                report.imported += 1
        if progress is not None and block:
            progress(len(block))


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
    if isinstance(record, Touchpoint):
        return ("touchpoint", record.touchpoint_id)
    return None

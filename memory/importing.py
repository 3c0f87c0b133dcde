"""Bulk import: NDJSON lines in, a report of what was stored and what was refused out.

Lines go to the writer in blocks, so one encoder call covers many texts and every line passes the same
rules as a single write. A block ends early when an id repeats inside it: the second version of a record
must see the first one stored, as it would through two single writes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from memory.errors import TalentRecallError
from memory.models import Candidate, EvaluationSignal, InterviewNote
from memory.ndjson import ParsedLine, parse_lines
from memory.relationship import Touchpoint
from memory.results import ImportReport, RejectedLine, WriteStatus
from memory.writer import Outcome, Record

Write = Callable[[Sequence[Record]], list[Outcome]]  # Writer.write, or a wrapper that locks around it

IMPORT_BLOCK = 256  # lines per writer call: big enough to batch the encoder, small enough to report progress


def _identity(record: Record) -> tuple[str, str]:
    if isinstance(record, Candidate):
        return ("candidate", record.candidate_id)
    if isinstance(record, InterviewNote):
        return ("note", record.note_id)
    if isinstance(record, EvaluationSignal):
        return ("signal", record.signal_id)
    return ("touchpoint", record.touchpoint_id)


def import_lines(
    write: Write, lines: Iterable[str | bytes], progress: Callable[[int], None] | None = None
) -> ImportReport:
    """Store every valid line; report each invalid one with its line number and reason.

    ``write`` is called once per block: the memory takes its write lock per block, not per import, so
    a match or another write waits for one block at most, never for a whole import.
    """
    report = ImportReport(imported=0)
    block: list[ParsedLine] = []
    seen: set[tuple[str, str]] = set()
    for parsed in parse_lines(lines):
        if parsed.error is not None:
            report.rejected.append(RejectedLine(line=parsed.line, error=parsed.error))
            continue
        assert isinstance(parsed.record, Candidate | InterviewNote | EvaluationSignal | Touchpoint)
        key = _identity(parsed.record)
        if len(block) >= IMPORT_BLOCK or key in seen:
            _write(write, block, report, progress)
            block, seen = [], set()
        block.append(parsed)
        seen.add(key)
    _write(write, block, report, progress)
    report.rejected.sort(key=lambda r: r.line)
    return report


def _write(write: Write, block: list[ParsedLine], report: ImportReport, progress: Callable[[int], None] | None) -> None:
    if not block:
        return
    records = [p.record for p in block]
    outcomes = write(records)  # type: ignore[arg-type]  # parse errors were filtered out above
    for parsed, outcome in zip(block, outcomes, strict=True):
        if isinstance(outcome, TalentRecallError):
            report.rejected.append(RejectedLine(line=parsed.line, error=outcome.detail))
        elif outcome.status is WriteStatus.unchanged:
            report.unchanged += 1
        else:
            report.imported += 1
        if not isinstance(outcome, TalentRecallError) and outcome.possible_duplicates:
            report.possible_duplicates[outcome.candidate_id] = outcome.possible_duplicates
    if progress is not None:
        progress(len(block))

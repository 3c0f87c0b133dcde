"""``talentrecall`` commands for the relationship lifecycle, each mirroring one ``Memory`` method.

Examples: ``talentrecall consent-history c-17``;
``talentrecall retention --months 24 --sources prospect,event_contact --apply``.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Iterator
from typing import Annotated

import typer

from api.cli_app import emit, open_memory, sources_of
from memory import Segment, Source, Touchpoint

CandidateId = Annotated[str, typer.Argument(help="The candidate's id.")]
JsonFile = Annotated[typer.FileText, typer.Argument(metavar="FILE", help="A JSON file ('-' for stdin).")]
SegmentName = Annotated[str, typer.Argument(help="A saved segment's name.")]


def consent_history(ctx: typer.Context, candidate_id: CandidateId) -> None:
    """Every change of a candidate's consent, oldest first."""
    with open_memory(ctx) as memory:
        emit(memory.consent_history(candidate_id))


def expiring_consents(
    ctx: typer.Context,
    days: Annotated[int, typer.Option(min=0, help="Lapsing within this many days.")] = 30,
) -> None:
    """Consents that lapse within N days."""
    with open_memory(ctx) as memory:
        emit(memory.expiring_consents(days))


def add_touchpoint(ctx: typer.Context, file: JsonFile) -> None:
    """Record a touchpoint (a call, an email, a reply) from a JSON file (add_touchpoint)."""
    touchpoint = Touchpoint.model_validate_json(file.read())
    with open_memory(ctx) as memory:
        emit(memory.add_touchpoint(touchpoint))


def verify(
    ctx: typer.Context,
    candidate_id: CandidateId,
    contact: Annotated[str | None, typer.Option(help="Also mark this email or phone verified.")] = None,
) -> None:
    """Mark a candidate's record (and a contact) verified now."""
    with open_memory(ctx) as memory:
        emit(memory.verify(candidate_id, contact=contact))


def segments(ctx: typer.Context) -> None:
    """Saved segments with their live counts."""
    with open_memory(ctx) as memory:
        emit(memory.segments())


def save_segment(ctx: typer.Context, file: JsonFile) -> None:
    """Create or replace a saved segment from a JSON file (save_segment)."""
    segment = Segment.model_validate_json(file.read())
    with open_memory(ctx) as memory:
        emit(memory.save_segment(segment))


def delete_segment(ctx: typer.Context, name: SegmentName) -> None:
    """Delete a saved segment."""
    with open_memory(ctx) as memory:
        memory.delete_segment(name)
    emit({"deleted": name})


def due_for_touch(ctx: typer.Context, segment: SegmentName) -> None:
    """Who in a segment is below its cadence."""
    with open_memory(ctx) as memory:
        emit(memory.due_for_touch(segment))


def refresh_report(
    ctx: typer.Context,
    stale_after_days: Annotated[int, typer.Option(min=0, help="Not verified for this many days.")] = 90,
) -> None:
    """Records not verified recently, by segment."""
    with open_memory(ctx) as memory:
        emit(memory.refresh_report(stale_after_days=stale_after_days))


def duplicates(ctx: typer.Context) -> None:
    """Groups of likely duplicate candidates."""
    with open_memory(ctx) as memory:
        emit(memory.duplicates())


def merge(
    ctx: typer.Context,
    keep: Annotated[str, typer.Argument(help="The candidate that stays.")],
    other: Annotated[str, typer.Argument(help="The candidate folded into KEEP, then erased.")],
) -> None:
    """Fold OTHER into KEEP: notes, signals, touchpoints and contacts move; OTHER is erased."""
    with open_memory(ctx) as memory:
        emit(memory.merge(keep, other))


def export(ctx: typer.Context, candidate_id: CandidateId) -> None:
    """Everything held about a candidate, as re-importable JSON."""
    with open_memory(ctx) as memory:
        emit(memory.export(candidate_id))


@contextlib.contextmanager
def stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """While inside, SIGINT and SIGTERM set ``stop`` instead of killing the process.

    A retention purge asks ``stop.is_set`` between batches, so Ctrl-C or a supervisor's SIGTERM ends it
    after a whole batch, never half-way through erasing a person. Outside the main thread (where Python
    cannot install handlers) nothing changes.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def retention(
    ctx: typer.Context,
    months: Annotated[int, typer.Option(min=1, max=120, help="Without activity for this many months.")] = 24,
    sources: Annotated[
        str | None,
        typer.Option(metavar="SOURCES", help=f"Comma-separated sources (default prospect), of: {', '.join(Source)}."),
    ] = None,
    apply: Annotated[bool, typer.Option("--apply", help="Purge them (without it: list only).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", help="No progress bar while purging.")] = False,
) -> None:
    """List (or, with --apply, purge) candidates without activity for N months.

    A purge shows its progress on stderr; Ctrl-C or SIGTERM stops it cleanly between batches (exit 1).
    """
    from tqdm import tqdm

    chosen = sources_of(sources, "--sources") or None
    stop = threading.Event()
    with (
        stop_on_signals(stop),
        open_memory(ctx) as memory,
        tqdm(unit="candidate", disable=quiet or not apply, file=sys.stderr) as bar,
    ):

        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        report = memory.retention(
            months=months, sources=chosen, apply=apply, progress=progress, should_stop=stop.is_set
        )
    emit(report)
    if report.stopped:
        typer.echo(f"talentrecall: retention stopped by a signal after {report.purged} purged; run it again", err=True)
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add these commands to ``app``, each named after its ``Memory`` method with dashes."""
    for command in (
        consent_history,
        expiring_consents,
        add_touchpoint,
        verify,
        segments,
        save_segment,
        delete_segment,
        due_for_touch,
        refresh_report,
        duplicates,
        merge,
        export,
        retention,
    ):
        app.command(command.__name__.replace("_", "-"))(command)

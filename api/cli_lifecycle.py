"""``talentrecall`` commands for the relationship lifecycle, each mirroring one ``Memory`` method.

Examples: ``talentrecall consent-history c-17``;
``talentrecall retention --months 24 --sources prospect,event_contact --apply``.
"""

from __future__ import annotations

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


def retention(
    ctx: typer.Context,
    months: Annotated[int, typer.Option(min=1, help="Without contact for this many months.")] = 24,
    sources: Annotated[
        str | None,
        typer.Option(help=f"Comma-separated sources (default prospect), of: {', '.join(Source)}."),
    ] = None,
    apply: Annotated[bool, typer.Option("--apply", help="Purge them (without it: list only).")] = False,
) -> None:
    """List (or, with --apply, purge) candidates without contact for N months."""
    with open_memory(ctx) as memory:
        emit(memory.retention(months=months, sources=sources_of(sources, "--sources") or None, apply=apply))


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

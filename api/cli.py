"""``talentrecall``: the memory from the shell. Each command mirrors one ``Memory`` method of its name.

Commands open the store first and load the model only when they encode text, so ``count``, ``get`` or
a locked store answer at once. The relationship-lifecycle commands live in ``api/cli_lifecycle.py``;
the shared app, runtime seam and error mapping in ``api/cli_app.py``.

    talentrecall import pool.ndjson
    talentrecall match --title "ICU nurse" --must ACLS --explain
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from api import cli_lifecycle, cli_outcomes
from api.cli_app import app, choices_of, emit, open_memory, runtime, sources_of, split_csv
from api.cli_render import explained, table
from memory import (
    Candidate,
    EvaluationSignal,
    InterviewNote,
    InvalidInput,
    MatchFilters,
    Memory,
    Requisition,
    Source,
    TalentRecallError,
)
from memory.match import MAX_LIMIT
from memory.models import Intent, Seniority

__all__ = ["app", "main"]

JsonFile = Annotated[typer.FileText, typer.Argument(metavar="FILE", help="A JSON file ('-' for stdin).")]


def _choices(enum: type[StrEnum]) -> str:
    return ", ".join(member.value for member in enum)


@app.command("upsert-candidate")
def upsert_candidate(ctx: typer.Context, file: JsonFile) -> None:
    """Create or replace a candidate from a JSON file (upsert_candidate)."""
    record = Candidate.model_validate_json(file.read())
    with open_memory(ctx) as memory:
        emit(memory.upsert_candidate(record))


@app.command("add-note")
def add_note(ctx: typer.Context, file: JsonFile) -> None:
    """Add or replace an interview note from a JSON file (add_note)."""
    record = InterviewNote.model_validate_json(file.read())
    with open_memory(ctx) as memory:
        emit(memory.add_note(record))


@app.command("add-signal")
def add_signal(ctx: typer.Context, file: JsonFile) -> None:
    """Add or replace an evaluation signal from a JSON file (add_signal)."""
    record = EvaluationSignal.model_validate_json(file.read())
    with open_memory(ctx) as memory:
        emit(memory.add_signal(record))


@app.command("import")
def import_ndjson(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help='NDJSON, one {"type": "candidate" | "note" | "signal", ...} a line.')],
    quiet: Annotated[bool, typer.Option("--quiet", help="No progress bar.")] = False,
) -> None:
    """Bulk import NDJSON (import_ndjson); prints the report with every rejected line."""
    from tqdm import tqdm

    if not file.is_file():
        raise TalentRecallError(f"{file} does not exist")
    with file.open("rb") as lines:
        total = sum(1 for _ in lines)  # for the progress bar's length only
    with (
        open_memory(ctx) as memory,
        file.open("rb") as lines,
        tqdm(total=total, unit="line", disable=quiet, file=sys.stderr) as progress,
    ):
        report = memory.import_ndjson(lines, progress=progress.update)
    emit(report)


@app.command()
def get(ctx: typer.Context, candidate_id: Annotated[str, typer.Argument(help="The candidate's id.")]) -> None:
    """A candidate with their notes, signals and touchpoints (never protected attributes)."""
    with open_memory(ctx) as memory:
        emit(memory.get(candidate_id))


@app.command()
def delete(ctx: typer.Context, candidate_id: Annotated[str, typer.Argument(help="The candidate's id.")]) -> None:
    """Erase a candidate everywhere and suppress their contact details; prints the receipt."""
    with open_memory(ctx) as memory:
        emit(memory.delete(candidate_id))


@app.command()
def count(ctx: typer.Context) -> None:
    """How many candidates, notes, signals and chunks the store holds."""
    with open_memory(ctx) as memory:
        emit(memory.count())


def _requisition(
    file: typer.FileText | None,
    title: str | None,
    description: str | None,
    must: str | None,
    nice: str | None,
    seniority: Seniority | None,
    role_family: str | None,
    location: str | None,
) -> Requisition:
    if file is not None:
        return Requisition.model_validate_json(file.read())
    return Requisition(
        title=title or "",
        description=description or "",
        must_have_skills=split_csv(must),
        nice_to_have_skills=split_csv(nice),
        seniority=seniority,
        role_family=role_family,
        location=location,
    )


def _weights(text: str | None) -> dict[str, float] | None:
    if not text:
        return None
    try:
        weights: dict[str, float] = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"--weights is not JSON: {exc.msg}", field="weights") from exc
    return weights


@app.command()
def match(
    ctx: typer.Context,
    file: Annotated[
        typer.FileText | None,
        typer.Option(metavar="FILE", help="Requisition JSON ('-' for stdin); replaces the options below."),
    ] = None,
    title: Annotated[str | None, typer.Option(help="The role's title.")] = None,
    description: Annotated[str | None, typer.Option(help="The role's description.")] = None,
    must: Annotated[str | None, typer.Option(metavar="SKILLS", help="Comma-separated must-have skills.")] = None,
    nice: Annotated[str | None, typer.Option(metavar="SKILLS", help="Comma-separated nice-to-have skills.")] = None,
    seniority: Annotated[Seniority | None, typer.Option(help="The role's seniority.")] = None,
    role_family: Annotated[str | None, typer.Option(help="The role's family, e.g. nursing.")] = None,
    location: Annotated[str | None, typer.Option(help="Where the role is.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=MAX_LIMIT, help="How many to list.")] = 10,
    sources: Annotated[
        str | None, typer.Option(metavar="SOURCES", help=f"Comma-separated sources to keep, of: {_choices(Source)}.")
    ] = None,
    role_families: Annotated[
        str | None, typer.Option(metavar="FAMILIES", help="Comma-separated role families to keep.")
    ] = None,
    locations: Annotated[
        str | None, typer.Option(metavar="LOCATIONS", help="Comma-separated locations to keep.")
    ] = None,
    seniorities: Annotated[
        str | None,
        typer.Option(metavar="LEVELS", help=f"Comma-separated seniorities to keep, of: {_choices(Seniority)}."),
    ] = None,
    intents: Annotated[
        str | None, typer.Option(metavar="INTENTS", help=f"Comma-separated intents to keep, of: {_choices(Intent)}.")
    ] = None,
    include_retired: Annotated[
        bool, typer.Option("--include-retired", help="Also list contacts retired after unanswered outreach.")
    ] = False,
    silver_only: Annotated[
        bool, typer.Option("--silver-only", help="Only silver-medalists (declared or derived).")
    ] = False,
    must_required: Annotated[
        bool, typer.Option("--must-required", help="Drop candidates missing a must-have.")
    ] = False,
    any_consent: Annotated[
        bool, typer.Option("--any-consent", help="Include candidates without valid consent.")
    ] = False,
    include_without_consent: Annotated[
        bool,
        typer.Option(
            "--include-without-consent", help="Also list fits without a valid basis, apart, marked 'needs consent'."
        ),
    ] = False,
    segment: Annotated[str | None, typer.Option(metavar="NAME", help="Narrow to a saved segment, by name.")] = None,
    weights: Annotated[
        str | None, typer.Option(metavar="JSON", help="JSON weight overrides, e.g. '{\"lexical\": 0}'.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full response as JSON.")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="Print a breakdown per candidate.")] = False,
    audit: Annotated[bool, typer.Option("--audit", help="Add the shortlist's representation audit.")] = False,
) -> None:
    """Shortlist candidates for a requisition, ranked and explained; logged in the decision log."""
    requisition = _requisition(file, title, description, must, nice, seniority, role_family, location)
    filters = MatchFilters.model_validate(
        {
            "consent_required": not any_consent,
            "sources": sources_of(sources, "--sources"),
            "role_families": split_csv(role_families),
            "locations": split_csv(locations),
            "seniorities": choices_of(Seniority, seniorities, "--seniorities"),
            "intents": choices_of(Intent, intents, "--intents"),
            "include_retired": include_retired,
            "silver_medalists_only": silver_only,
            "must_have_required": must_required,
            "segment": segment,
        }
    )
    overrides = _weights(weights)
    with open_memory(ctx) as memory:
        response = memory.match(
            requisition,
            limit=limit,
            filters=filters,
            weights=overrides,
            audit=audit,
            caller="cli",
            include_without_consent=include_without_consent,
        )
    if explain:
        typer.echo(explained(response))
        for warning in response.audit.warnings if response.audit else []:
            typer.echo(warning)
    elif as_json:
        emit(response)
    elif response.results:
        typer.echo(table(response))


class ReportFormat(StrEnum):
    markdown = "markdown"
    json = "json"
    html = "html"


@app.command()
def audit(
    ctx: typer.Context,
    start: Annotated[
        datetime, typer.Option("--from", formats=["%Y-%m-%d"], metavar="YYYY-MM-DD", help="First day (YYYY-MM-DD).")
    ],
    end: Annotated[
        datetime,
        typer.Option("--to", formats=["%Y-%m-%d"], metavar="YYYY-MM-DD", help="Last day, inclusive (YYYY-MM-DD)."),
    ],
    format: Annotated[ReportFormat, typer.Option(help="The report's format.")] = ReportFormat.markdown,
    out: Annotated[Path | None, typer.Option(help="Write the report here instead of stdout.", dir_okay=False)] = None,
    age: Annotated[bool, typer.Option("--age", help="Add the 40-and-over family (from age_band).")] = False,
    distributed: Annotated[
        datetime | None, typer.Option(formats=["%Y-%m-%d"], metavar="YYYY-MM-DD", help="When the tool was first used.")
    ] = None,
) -> None:
    """The LL144 bias audit over the decision log between two days."""
    from api.reports import html_report, markdown_report

    since = start.replace(tzinfo=UTC)
    until = end.replace(tzinfo=UTC) + timedelta(days=1)  # --to is inclusive: up to the end of that day
    if until <= since:
        raise InvalidInput("--to is before --from", field="to")
    with open_memory(ctx) as memory:
        report = memory.audit(since, until, age=age, distribution_date=distributed.date() if distributed else None)
    if format is ReportFormat.json:
        text = report.model_dump_json(indent=2) + "\n"
    elif format is ReportFormat.html:
        text = html_report(report)
    else:
        text = markdown_report(report)
    if out is None:
        typer.echo(text, nl=False)
    else:
        out.write_text(text)
        typer.echo(f"wrote {out}", err=True)


keys = typer.Typer(help="API keys for the REST API.", no_args_is_help=True)
app.add_typer(keys, name="keys")


class KeyRole(StrEnum):
    """The roles of ``api.auth.Role``, named here so that ``--help`` needs no web framework."""

    recruiter = "recruiter"
    auditor = "auditor"
    admin = "admin"
    hook = "hook"


@keys.command("add")
def add_key(ctx: typer.Context, role: Annotated[KeyRole, typer.Option(help="What the key may do.")]) -> None:
    """Create a key for a role and print it once; only its hash is stored."""
    from api.auth import Role, new_key

    settings = runtime(ctx).resolved()
    typer.echo(new_key(settings, Role(role.value)))
    typer.echo(f"a {role.value} key; only its hash is stored (in {settings.data_dir}); it is not shown again", err=True)


@app.command()
def demo(
    ctx: typer.Context,
    size: Annotated[int, typer.Option(min=1, max=100_000, help="How many synthetic candidates.")] = 240,
    quiet: Annotated[bool, typer.Option("--quiet", help="No progress bar.")] = False,
) -> None:
    """Load the synthetic demo memory (invented people, labelled synthetic-demo)."""
    from tqdm import tqdm

    from memory.demo import demo_ndjson

    lines = list(demo_ndjson(size))
    with (
        open_memory(ctx) as memory,
        tqdm(total=len(lines), unit="line", desc="demo", disable=quiet, file=sys.stderr) as progress,
    ):
        report = memory.import_ndjson(lines, progress=progress.update)
        counts = memory.count()
    typer.echo(
        f"demo memory in {memory.settings.data_dir}: {counts.candidates} synthetic candidates, {counts.notes} notes, "
        f"{counts.signals} signals ({report.imported} written, {report.unchanged} unchanged)"
    )


class _Stopped(Exception):
    """Ctrl-C or SIGTERM: the way a server is meant to end, so it exits 0."""


def _stop(signum: int, frame: object) -> None:
    # uvicorn replaces these handlers while it serves, shuts down gracefully on the signal, restores them and
    # raises the signal again so that the process "dies of it" (exit 130/143, which make reports as an error).
    # Raised again here, it ends serve normally instead.
    raise _Stopped


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the REST API and the search page with one worker."""
    import uvicorn

    from api.app import create_app
    from api.observability import configure_logging
    from embed.lazy import LazyEncoder

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, _stop)
    context = runtime(ctx)
    settings = context.resolved()
    encoder = context.encoder_for(settings)
    try:
        memory = Memory.open(settings, encoder=encoder)  # fail here, in one line, if the store cannot be opened
    except _Stopped:
        return
    try:
        if settings.store_kind == "edge":
            typer.echo(
                f"serving the embedded store in {settings.data_dir} with one worker "
                "(Qdrant Edge allows one process; use TALENTRECALL_QDRANT_URL for more)",
                err=True,
            )
        if isinstance(encoder, LazyEncoder):
            encoder.load()  # before listening, so that the first search does not wait for the model
        configure_logging()
        typer.echo(f"talentrecall: http://{host}:{port}/  (API docs at /docs)", err=True)
        uvicorn.run(create_app(memory=memory), host=host, port=port, workers=1, log_level="warning")
    except _Stopped:
        typer.echo("talentrecall: stopped", err=True)
    finally:
        memory.close()


@app.command("eval")
def evaluate(
    ctx: typer.Context,
    shared: Annotated[Path | None, typer.Option(help="The shared data directory (default ../shared/data).")] = None,
    out: Annotated[Path | None, typer.Option(help="Also write the table as Markdown here.")] = None,
    bootstrap: Annotated[int, typer.Option(min=1, help="Bootstrap resamples for the confidence intervals.")] = 1000,
    store: Annotated[
        Path | None, typer.Option(help="Where the dev pool is kept between runs (default .eval-data).")
    ] = None,
) -> None:
    """Evaluate ranking on the dev set (needs ../shared/data)."""
    from eval.run import main as run_eval

    options = argparse.Namespace(shared=shared, out=out, bootstrap=bootstrap, store=store)
    code = run_eval(options, runtime(ctx).resolved())
    if code:
        raise typer.Exit(code)


cli_lifecycle.register(app)
cli_outcomes.register(app)


def main(argv: Sequence[str] | None = None) -> None:
    """The console script: ``talentrecall [--data-dir DIR] COMMAND ...``."""
    app(args=list(argv) if argv is not None else None, prog_name="talentrecall")


if __name__ == "__main__":
    main()

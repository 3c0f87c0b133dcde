"""``talentrecall``: the memory from the shell. Each command mirrors one ``Memory`` method of its name.

Commands open the store first and load the model only when they encode text, so ``count``, ``get`` or
a locked store answer at once. ``match`` and ``audit`` live in ``api/cli_match.py``, the relationship-lifecycle
commands in ``api/cli_lifecycle.py``, the shared app, runtime seam and error mapping in ``api/cli_app.py``.

    talentrecall import pool.ndjson
    talentrecall match --title "ICU nurse" --must ACLS --explain
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from api import cli_lifecycle, cli_match, cli_outcomes
from api.cli_app import app, emit, open_memory, runtime
from memory import (
    Candidate,
    EvaluationSignal,
    InterviewNote,
    Memory,
    TalentRecallError,
)

__all__ = ["app", "main"]

JsonFile = Annotated[typer.FileText, typer.Argument(metavar="FILE", help="A JSON file ('-' for stdin).")]


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
    file: Annotated[
        Path,
        typer.Argument(
            help='NDJSON, one {"type": "candidate" | "note" | "signal" | "touchpoint", ...} a line; - for stdin.'
        ),
    ],
    quiet: Annotated[bool, typer.Option("--quiet", help="No progress bar.")] = False,
) -> None:
    """Bulk import NDJSON (import_ndjson); prints the report with every rejected line."""
    from tqdm import tqdm

    if str(file) == "-":
        # stdin can be read once: no line count first, so the bar counts lines without a total.
        with open_memory(ctx) as memory, tqdm(unit="line", disable=quiet, file=sys.stderr) as progress:
            emit(memory.import_ndjson(sys.stdin.buffer, progress=progress.update))
        return
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


cli_match.register(app)


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

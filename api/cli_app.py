"""What every ``talentrecall`` command shares: the Typer app, the runtime seam, JSON output and errors.

A command is a shell of a few lines: parse its options, ``open_memory(ctx)``, call one ``Memory`` verb,
``emit`` the answer. Failures are mapped here, once, to one line on stderr and exit code 1::

    TalentRecallError (memory.errors, whole tree)  → its detail
    pydantic ValidationError                       → "invalid input: <field>: <first problem>"
    EncoderUnavailable                             → the model could not be loaded
    OSError                                        → a file that cannot be read or written

Usage errors (an unknown option, a value outside its choices) stay Click's: exit code 2.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from pydantic import ValidationError
from pydantic_core import to_json
from typer.core import TyperGroup

from embed.encoder import Encoder, EncoderUnavailable
from embed.lazy import lazy_encoder
from memory import Memory, Settings, Source, TalentRecallError
from memory.ndjson import describe

E = TypeVar("E", bound=StrEnum)

_FAILURES = (TalentRecallError, ValidationError, EncoderUnavailable, OSError)


def error_line(exc: BaseException) -> str:
    """The one line the CLI prints for a failure.

    >>> error_line(TalentRecallError("candidate ghost does not exist"))
    'talentrecall: error: candidate ghost does not exist'
    """
    if isinstance(exc, TalentRecallError):
        message = exc.detail
    elif isinstance(exc, ValidationError):
        message = f"invalid input: {describe(exc)}"
    else:
        message = str(exc)
    # One line even when a message quotes a multi-line reason (a store's lock error, a pydantic input echo).
    return "talentrecall: error: " + " ".join(message.split())


class _Commands(TyperGroup):
    """Runs a command and turns the failures a user can act on into one line and exit code 1."""

    # ``Any``: the context's class lives in typer's private copy of Click.
    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except _FAILURES as exc:
            typer.echo(error_line(exc), err=True)
            raise typer.Exit(1) from exc


@dataclass(frozen=True)
class Runtime:
    """The seam between the commands and the world, carried as Click's context object.

    ``None`` means the real thing: settings read from ``TALENTRECALL_*`` and the configured model, loaded on
    the first encode (after the store's lock is taken). Tests and notebooks hand in their own settings and
    encoder, or a ``Memory`` they already opened (commands then use it and leave it open)::

        CliRunner().invoke(app, ["count"], obj=Runtime(Settings(data_dir=tmp), HashingEncoder(64)))
        CliRunner().invoke(app, ["count"], obj=Runtime(memory=memory))
    """

    settings: Settings | None = None
    encoder: Encoder | None = None
    memory: Memory | None = None

    def resolved(self) -> Settings:
        if self.settings is not None:
            return self.settings
        return self.memory.settings if self.memory is not None else Settings()

    def with_data_dir(self, data_dir: Path) -> Runtime:
        """``--data-dir``: another store, so an injected memory no longer applies."""
        settings = self.resolved().model_copy(update={"data_dir": data_dir})
        return replace(self, settings=settings, memory=None)

    def encoder_for(self, settings: Settings) -> Encoder:
        return self.encoder if self.encoder is not None else lazy_encoder(settings.model)

    def open(self) -> AbstractContextManager[Memory]:
        """Open the store; a locked one is reported before any model is loaded (the encoder is lazy)."""
        if self.memory is not None:
            return nullcontext(self.memory)  # not ours to close
        settings = self.resolved()
        return Memory.open(settings, encoder=self.encoder_for(settings))


app = typer.Typer(
    name="talentrecall",
    help="Who have we already met that fits? Each command mirrors one Memory method.",
    cls=_Commands,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,  # plain help and usage errors: stable text for the README and for tests
    pretty_exceptions_enable=False,
)


@app.callback()
def _root(
    ctx: typer.Context,
    data_dir: Annotated[
        Path | None,
        typer.Option(help="Store directory (default: $TALENTRECALL_DATA_DIR or ./data).", file_okay=False),
    ] = None,
) -> None:
    runtime = ctx.obj if isinstance(ctx.obj, Runtime) else Runtime()
    ctx.obj = runtime.with_data_dir(data_dir) if data_dir is not None else runtime


def runtime(ctx: typer.Context) -> Runtime:
    """The runtime the root command settled (the injected one, with ``--data-dir`` applied)."""
    found = ctx.find_object(Runtime)
    return found if found is not None else Runtime()


def open_memory(ctx: typer.Context) -> AbstractContextManager[Memory]:
    """``with open_memory(ctx) as memory:`` — the store the command works on."""
    return runtime(ctx).open()


def emit(value: Any) -> None:
    """Print a model, a list of models or plain data as indented JSON (UTF-8, not escaped)."""
    typer.echo(to_json(value, indent=2).decode())


def split_csv(value: str | None) -> list[str]:
    """``"Go, k8s,"`` → ``["Go", "k8s"]``: the comma-separated lists of the options."""
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def choices_of(enum: type[E], value: str | None, option: str) -> list[E]:
    """A comma-separated list of an enum's values; an unknown one is a usage error naming the choices."""
    names = split_csv(value)
    unknown = [name for name in names if name not in {member.value for member in enum}]
    if unknown:
        raise typer.BadParameter(f"{unknown[0]!r} is not one of {', '.join(enum)}", param_hint=option)
    return [enum(name) for name in names]


def sources_of(value: str | None, option: str) -> list[Source]:
    """A comma-separated list of sources; an unknown one is a usage error naming the choices."""
    return choices_of(Source, value, option)

"""``talentrecall`` commands for the decision log: what the recruiter did, and one shortlist as logged.

Examples: ``talentrecall record-outcome 3f2a… c-17 contacted --reason "replied on LinkedIn"``;
``talentrecall decision 3f2a…`` (the shortlist, its inputs and its outcomes, as an auditor rebuilds them).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import typer

from api.cli_app import emit, open_memory
from memory import InvalidInput
from memory.decisions import OutcomeAction

DecisionId = Annotated[str, typer.Argument(help="The shortlist's decision id (MatchResponse.decision_id).")]


def record_outcome(
    ctx: typer.Context,
    decision_id: DecisionId,
    candidate_id: Annotated[str, typer.Argument(help="A person on that shortlist.")],
    action: Annotated[OutcomeAction, typer.Argument(help="What the recruiter did.")],
    reason: Annotated[str | None, typer.Option(help="Why (optional; dropped if the person is erased).")] = None,
    at: Annotated[str | None, typer.Option(help="When, ISO 8601 with a time zone (default: now).")] = None,
) -> None:
    """Record what was done with one person of a logged shortlist."""
    try:
        moment = datetime.fromisoformat(at) if at else None
    except ValueError:
        raise InvalidInput(f"--at {at!r} is not an ISO 8601 time", field="at") from None
    with open_memory(ctx) as memory:
        emit(memory.record_outcome(decision_id, candidate_id, action, reason=reason, at=moment, caller="cli"))


def decision(ctx: typer.Context, decision_id: DecisionId) -> None:
    """One logged shortlist as it was decided, with the outcomes recorded against it."""
    with open_memory(ctx) as memory:
        emit(memory.decision(decision_id))


def register(app: typer.Typer) -> None:
    """Add these commands to ``app``, each named after its ``Memory`` method with dashes."""
    for command in (record_outcome, decision):
        app.command(command.__name__.replace("_", "-"))(command)

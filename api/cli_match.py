"""``talentrecall match`` and ``talentrecall audit``: the two commands that read the memory as a recruiter and
as an auditor do, each mirroring one ``Memory`` method (``match``, ``audit``).

    talentrecall match --title "ICU nurse" --must ACLS --explain
    talentrecall audit --from 2026-10-01 --to 2026-10-31 --format html --out audit.html
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from api.cli_app import choices_of, emit, open_memory, sources_of, split_csv
from api.cli_render import explained, table
from memory import InvalidInput, MatchFilters, Requisition, Source
from memory.match import MAX_LIMIT
from memory.models import Intent, Seniority


def _choices(enum: type[StrEnum]) -> str:
    return ", ".join(member.value for member in enum)


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


def register(app: typer.Typer) -> None:
    """Add the commands to ``app`` (called by ``api.cli`` where they belong in ``--help``'s order)."""
    app.command()(match)
    app.command()(audit)

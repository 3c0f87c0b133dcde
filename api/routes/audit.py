"""The LL144 bias audit over the decision log, as JSON, Markdown or HTML."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, PlainTextResponse, Response

from api.auth import Auditor
from api.deps import MemoryDep
from api.reports import html_report, markdown_report
from memory import InvalidInput
from memory.audit import ScoringRateReport
from memory.models import Day

router = APIRouter(prefix="/v1", tags=["audit"])


def day_start(value: date) -> datetime:
    return datetime.combine(value, time.min, tzinfo=UTC)


@router.get("/audit", response_model=ScoringRateReport, summary="audit")
def audit(
    memory: MemoryDep,
    _: Auditor,
    start: Annotated[Day, Query(alias="from", description="first day, inclusive (1900-2200)")],
    end: Annotated[Day, Query(alias="to", description="last day, inclusive (1900-2200)")],
    format: Literal["json", "markdown", "html"] = "json",
    age: Annotated[bool, Query(description="add the 40-and-over family (from age_band)")] = False,
    distributed: Annotated[Day | None, Query(description="when the tool was first used, stated in the report")] = None,
) -> ScoringRateReport | Response:
    if end < start:
        raise InvalidInput("'to' is before 'from'", field="to")
    report = memory.audit(day_start(start), day_start(end) + timedelta(days=1), age=age, distribution_date=distributed)
    if format == "markdown":
        return PlainTextResponse(markdown_report(report), media_type="text/markdown")
    if format == "html":
        return HTMLResponse(html_report(report))
    return report

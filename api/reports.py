"""The LL144 bias audit rendered for people: Markdown for the CLI and HTML for the browser.

``memory.audit`` computes the report; this module only presents it, from the Jinja templates in
``api/templates/``. HTML is autoescaped (category names come from candidates' self-reports), Markdown
is not, but a ``|`` inside a table cell is escaped so that it cannot split the row.

>>> from memory.audit import ScoringRateReport
>>> report = ScoringRateReport(period_from="2026-01-01", period_to="2026-02-01", decisions=0,
...                            assessments=0, median_score=0.5, families=[])
>>> markdown_report(report).splitlines()[0]
'# Bias audit: scoring rates by category (NYC Local Law 144)'
"""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from memory.audit import GroupRate, ScoringRateReport


def _fixed(value: float, digits: int = 2) -> str:
    return f"{value:.{digits}f}"


def _percent(value: float) -> str:
    return f"{value:.1%}"


def _impact_ratio(group: GroupRate) -> str:
    # Categories under 2% of the known data are reported but kept out of the ratios (6 RCNY § 5-301(d)).
    if group.excluded_under_2pct:
        return "excluded (<2%)"
    return _fixed(group.impact_ratio) if group.impact_ratio is not None else "n/a"


def _markdown_cell(value: str) -> str:
    return value.replace("|", "\\|")


@cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("api", "templates"),
        # Only the .html templates escape: Markdown would show "&lt;" literally.
        autoescape=select_autoescape(enabled_extensions=("html", "html.j2"), default=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(fixed=_fixed, percent=_percent, impact_ratio=_impact_ratio, cell=_markdown_cell)
    return env


def markdown_report(report: ScoringRateReport) -> str:
    """The LL144 summary as Markdown: one table per family, unknown counts and exclusions stated."""
    return _environment().get_template("audit.md.j2").render(report=report)


def html_report(report: ScoringRateReport) -> str:
    """The same summary as a standalone HTML page (no external assets)."""
    return _environment().get_template("audit.html.j2").render(report=report)

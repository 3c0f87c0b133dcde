"""The LL144 report's Markdown and HTML renderings (api/reports.py over api/templates/)."""

from __future__ import annotations

from api.reports import html_report, markdown_report
from memory.audit import ScoringRateReport, family_rates

OUTCOMES = [("female", True)] * 30 + [("female", False)] * 50 + [("male", True)] * 45 + [("male", False)] * 40
REPORT = ScoringRateReport(
    period_from="2026-01-01",
    period_to="2026-02-01",
    decisions=12,
    assessments=166,
    median_score=0.41234567,
    families=[family_rates([*OUTCOMES, ("<b>x|y</b>", True), (None, False)], "sex")],
)


def test_markdown_tables_state_rates_ratios_flags_and_exclusions() -> None:
    text = markdown_report(REPORT)
    assert "Median score over the full sample: 0.4123." in text
    assert "| female | 80 | 37.5% | 0.71 | yes |" in text
    assert "| male | 85 | 52.9% | 1.00 |  |" in text
    assert "| <b>x\\|y</b> | 1 | 100.0% | excluded (<2%) |  |" in text
    assert "Unknown category (no self-report): 1 assessments." in text
    assert text.endswith("still reported.\n")


def test_html_escapes_what_candidates_reported_and_flags_rows() -> None:
    page = html_report(REPORT)
    assert "<td>&lt;b&gt;x|y&lt;/b&gt;</td>" in page
    assert "<b>x" not in page
    assert '<tr class="flag"><td>female</td><td>80</td><td>37.5%</td><td>0.71</td></tr>' in page
    assert "excluded (&lt;2%)" in page


def test_individuals_metadata_and_an_empty_period_render() -> None:
    report = REPORT.model_copy(
        update={
            "individuals": 84,
            "erased_individuals": 2,
            "audit_date": "2026-12-02",
            "distribution_date": None,
            "data_source": "Historical data: the talentrecall decision log.",
            "selection": REPORT.families,
        }
    )
    text = markdown_report(report)
    assert "84 individuals assessed (166 assessments" in text and "2 erased since, counted anonymously" in text
    assert "- Audit date: 2026-12-02" in text and "- Distribution date of the tool: not stated" in text
    assert "Unknown category (no self-report): 1 individuals." in text
    assert "# Selection rates: shortlisted at least once in the period" in text
    page = html_report(report)
    assert "<li>Audit date: 2026-12-02</li>" in page and "sex (selection rate)" in page
    empty = REPORT.model_copy(update={"median_score": None, "families": [], "assessments": 0})
    assert "Median score over the full sample: n/a." in markdown_report(empty)
    assert "median score n/a" in html_report(empty)

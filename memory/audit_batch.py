"""The LL144 batch bias audit, computed from the decision log alone.

DCWP's rules (6 RCNY § 5-301) count *individuals*: "the scoring rate for individuals in each category" and
"the number of individuals the AEDT assessed that fall within an unknown category". So each person
assessed in the period counts once, by their best outcome there: their highest score (for the scoring
rate, against the median of those best scores) and whether they were shortlisted at least once (for the
selection rate). Their categories are the self-report snapshotted at that best assessment, as it was
then; a later change or an erasure does not move a past period. An erased person is read from the
anonymous rows their erasure left in the snapshots (score, shortlisted, categories, a random token).

The age family (40 and over vs under 40, from ``age_band``) is optional and reported apart, never crossed
into the sex × race/ethnicity table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from memory.audit import FAMILIES, Families, ScoringRateReport, family_rates, scoring_rate_audit
from memory.decisions import PSEUDONYM_PREFIX, LogWindow
from memory.models import Protected

AGE_FAMILY = "age (40 and over)"
OVER_40, UNDER_40 = "40 and over", "under 40"
_YEARS = re.compile(r"\d+")


def age_family(band: str | None) -> str | None:
    """``age_band`` read as 40-and-over or under-40; a band that straddles 40 (or cannot be read) is unknown.

    >>> [age_family(b) for b in ("40-49", "65+", "30-39", "<40", "under 25", "35-44", "n/a", None)]
    ['40 and over', '40 and over', 'under 40', 'under 40', 'under 40', None, None, None]
    """
    if not band:
        return None
    numbers = [int(n) for n in _YEARS.findall(band)]
    if not numbers:
        return None
    text = band.lower()
    if text.startswith(("<", "under", "below")):
        return UNDER_40 if numbers[0] <= 40 else None
    low, high = numbers[0], numbers[-1]
    if low >= 40:
        return OVER_40
    # "30-39" has a top below 40; a lone "25" or "25+" says nothing about the top of the band.
    return UNDER_40 if len(numbers) > 1 and high < 40 else None


WITH_AGE: Families = {**FAMILIES, AGE_FAMILY: lambda p: age_family(p.age_band)}


@dataclass
class Individual:
    """One person's best outcome in a period."""

    key: str
    score: float
    shortlisted: bool
    categories: Protected | None
    erased: bool = False


def individuals(window: LogWindow) -> list[Individual]:
    """Each person assessed in the window once: best score, shortlisted at least once, categories then."""
    snapshots = {s.decision_id: s for s in window.snapshots}
    people: dict[str, Individual] = {}

    def see(key: str, score: float, shortlisted: bool, categories: Protected | None, erased: bool) -> None:
        person = people.get(key)
        if person is None:
            people[key] = Individual(key, score, shortlisted, categories, erased)
            return
        person.shortlisted = person.shortlisted or shortlisted
        # Decisions come oldest first: ">=" makes the latest of equal best scores the one that counts.
        if score >= person.score:
            person.score, person.categories = score, categories

    for decision in window.decisions:
        snapshot = snapshots.get(decision.decision_id)
        listed = {r.candidate_id for r in decision.results}
        for cid, score in decision.assessed:
            if snapshot is not None and cid.startswith(PSEUDONYM_PREFIX):
                continue  # erased since: counted once, from the anonymous rows below
            categories = snapshot.categories.get(cid) if snapshot is not None else None
            see(cid, score, cid in listed, categories, erased=cid.startswith(PSEUDONYM_PREFIX))
        if snapshot is not None:
            for token, row in snapshot.folded.items():
                see("folded:" + token, row.score, row.shortlisted, row.categories, erased=True)
    return sorted(people.values(), key=lambda p: p.key)


def ll144_audit(
    window: LogWindow,
    period: tuple[datetime, datetime],
    *,
    age: bool = False,
    distribution_date: date | None = None,
    today: date | None = None,
) -> ScoringRateReport:
    """Scoring-rate and selection-rate tables over the individuals of ``window`` (see the module docstring)."""
    people = individuals(window)
    families = WITH_AGE if age else FAMILIES
    attributes = {p.key: p.categories for p in people if p.categories is not None}
    bounds = (period[0].date().isoformat(), period[1].date().isoformat())
    report = scoring_rate_audit([(p.key, p.score) for p in people], attributes, bounds, len(window.decisions), families)
    report.assessments = sum(len(d.assessed) for d in window.decisions)
    report.individuals = len(people)
    report.erased_individuals = sum(1 for p in people if p.erased)
    report.selection = [
        family_rates([(read(attributes[p.key]) if p.key in attributes else None, p.shortlisted) for p in people], name)
        for name, read in families.items()
    ]
    report.audit_date = (today or datetime.now(UTC).date()).isoformat()
    report.distribution_date = distribution_date.isoformat() if distribution_date else None
    report.data_source = data_source(window, bounds)
    return report


def data_source(window: LogWindow, bounds: Sequence[str]) -> str:
    """The sentence an LL144 summary needs on where its data came from."""
    models = sorted({d.model for d in window.decisions})
    weights = sorted({d.weights_version for d in window.decisions})
    return (
        f"Historical data: the talentrecall decision log, {len(window.decisions)} shortlisting decisions "
        f"from {bounds[0]} to {bounds[1]} (exclusive), scored by {', '.join(models) or 'no model'} with weights "
        f"{', '.join(weights) or 'none'}. Categories are candidates' own optional self-reports as recorded "
        "when they were assessed; people without one are counted as unknown, never inferred."
    )

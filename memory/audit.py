"""Group-fairness audits of shortlists and of the decision log (NYC LL144 style).

Protected attributes are joined here and nowhere else, after scores and ranks are fixed. For each family
(sex, race/ethnicity, and their intersection) a category's rate is ``selected / assessed``; its impact
ratio is its rate over the highest rate among categories holding at least 2% of the known data; the
four-fifths flag is ``impact_ratio < 0.8`` (strict, 29 CFR 1607.4(D)); Fisher's exact test compares it
with the highest-rate category. Candidates without a self-report are counted as unknown, never imputed.

A single shortlist is small, so its audit is worded as a representation warning, never a verdict.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from statistics import median

from pydantic import BaseModel, Field

from memory.audit_exposure import Exposure, exposure
from memory.models import Protected

# Categories under 2% of the candidates with a self-report are left out of impact ratios (6 RCNY § 5-301(d)).
SMALL_SHARE = 0.02
# The EEOC four-fifths rule of thumb (29 CFR 1607.4(D)): a rate under 80% of the highest is flagged.
FOUR_FIFTHS = 0.8
# Below this many assessed, or this many selected in the pair compared, a difference is flagged as
# insufficient: the usual minimum cell count under which a 2×2 comparison says little.
MIN_CELL = 5
# FA*IR needs a protected share strictly inside (0, 1); a pool with none or only them is nudged this far in.
SHARE_MARGIN = 1e-6
INTERSECTION = "sex×race_ethnicity"
EXCLUSION_REASON = (
    "fewer than 2% of the candidates with a self-report (6 RCNY § 5-301(d)); count and rate still reported"
)


class GroupRate(BaseModel):
    group: str
    assessed: int
    selected: int
    rate: float
    share_of_known: float
    impact_ratio: float | None
    four_fifths_flag: bool
    excluded_under_2pct: bool
    fisher_p: float | None
    insufficient_n: bool


class FamilyAudit(BaseModel):
    family: str
    groups: list[GroupRate]
    unknown: int
    highest: str | None
    min_impact_ratio: float | None
    exclusion_justification: str | None = None
    exposure: Exposure | None = Field(default=None, description="Skew@k and NDKL of a shortlist (per shortlist).")


class RerankProposal(BaseModel):
    """A re-ordered shortlist offered beside the attribute-blind one; scores are not changed."""

    method: str
    family: str
    order: list[str]
    moved_in: list[str]
    moved_out: list[str]
    ndcg_cost: float
    target: dict[str, float]
    infeasible: bool = False


class ShortlistAudit(BaseModel):
    """Representation in a shortlist against the pool it was drawn from."""

    pool: int
    shortlisted: int
    self_reported: int
    families: list[FamilyAudit]
    warnings: list[str]
    proposal: RerankProposal | None = None


Families = Mapping[str, Callable[[Protected], str | None]]


def _intersection(p: Protected) -> str | None:
    return f"{p.sex} / {p.race_ethnicity}" if p.sex and p.race_ethnicity else None


FAMILIES: Families = {
    "sex": lambda p: p.sex,
    "race_ethnicity": lambda p: p.race_ethnicity,
    INTERSECTION: _intersection,
}


def family_rates(outcomes: Sequence[tuple[str | None, bool]], family: str) -> FamilyAudit:
    """Rates, impact ratios, flags and Fisher p-values for one family of categories.

    ``outcomes`` holds one ``(category or None, selected)`` pair per assessed candidate.
    """
    # Imported here: scipy.stats takes seconds to import, and only audits need it, not every ``import memory``.
    from scipy.stats import fisher_exact

    unknown = sum(1 for group, _ in outcomes if group is None)
    counts: dict[str, list[int]] = {}
    for group, selected in outcomes:
        if group is not None:
            tally = counts.setdefault(group, [0, 0])
            tally[0] += 1
            tally[1] += int(selected)
    known = sum(n for n, _ in counts.values())
    rates = {g: s / n for g, (n, s) in counts.items()}
    eligible = {g: r for g, r in rates.items() if counts[g][0] / known >= SMALL_SHARE}
    # Sorted first so that a tie for the highest rate goes to the alphabetically first category, every time.
    highest = max(sorted(eligible), key=lambda g: eligible[g]) if eligible else None
    top = eligible[highest] if highest is not None else 0.0
    groups = []
    for group in sorted(counts):
        n, s = counts[group]
        excluded = group not in eligible
        ratio = rates[group] / top if top > 0 and not excluded else None
        p_value = None
        if highest is not None and group != highest:
            n_ref, s_ref = counts[highest]
            # Exact rather than χ²: shortlists are small and the approximation fails on small cells.
            p_value = float(fisher_exact([[s_ref, n_ref - s_ref], [s, n - s]], alternative="two-sided")[1])
        insufficient = n < MIN_CELL or (highest is not None and s + counts[highest][1] < MIN_CELL)
        groups.append(
            GroupRate(
                group=group,
                assessed=n,
                selected=s,
                rate=rates[group],
                share_of_known=n / known,
                impact_ratio=ratio,
                four_fifths_flag=ratio is not None and ratio < FOUR_FIFTHS,
                excluded_under_2pct=excluded,
                fisher_p=p_value,
                insufficient_n=insufficient,
            )
        )
    ratios = [g.impact_ratio for g in groups if g.impact_ratio is not None]
    return FamilyAudit(
        family=family,
        groups=groups,
        unknown=unknown,
        highest=highest,
        min_impact_ratio=min(ratios) if ratios else None,
        exclusion_justification=EXCLUSION_REASON if any(g.excluded_under_2pct for g in groups) else None,
    )


def audit_shortlist(
    pool: Sequence[str], shortlisted: Sequence[str], attributes: Mapping[str, Protected]
) -> ShortlistAudit:
    """Selection rates of a shortlist (``shortlisted / pool assessed``) per category of each family."""
    chosen = set(shortlisted)
    families = []
    for family, read in FAMILIES.items():
        label = {c: read(attributes[c]) for c in pool if c in attributes}
        outcomes = [(label.get(c), c in chosen) for c in pool]
        rates = family_rates(outcomes, family)
        # Exposure among members with a self-report: shortlist order against the pool's known mix.
        known_pool = [g for c in pool if (g := label.get(c)) is not None]
        ranking = [g for c in shortlisted if (g := label.get(c)) is not None]
        rates.exposure = exposure(ranking, known_pool)
        families.append(rates)
    return ShortlistAudit(
        pool=len(pool),
        shortlisted=len(chosen),
        self_reported=sum(1 for c in pool if c in attributes),
        families=families,
        warnings=representation_warnings(families),
    )


def representation_warnings(families: Sequence[FamilyAudit]) -> list[str]:
    warnings = []
    for family in families:
        reference = next((g for g in family.groups if g.group == family.highest), None)
        for group in family.groups:
            if not group.four_fifths_flag or reference is None:
                continue
            p = f"{group.fisher_p:.2f}" if group.fisher_p is not None else "n/a"
            small = " Too few candidates for the difference to mean much." if group.insufficient_n else ""
            warnings.append(
                f"Representation warning ({family.family}): {group.group} candidates were shortlisted at "
                f"{group.rate:.0%} of those considered, against {reference.rate:.0%} for {reference.group} "
                f"(impact ratio {group.impact_ratio:.2f}, Fisher p = {p}, n = {group.assessed}).{small} "
                "One shortlist is a small sample: this flags representation, it is not a finding of adverse impact."
            )
    return warnings


class ScoringRateReport(BaseModel):
    """The LL144 bias audit of a scoring tool over a period of logged decisions."""

    period_from: str
    period_to: str
    decisions: int
    assessments: int = Field(description="Scored (person, decision) pairs; each person counts once in the tables.")
    median_score: float | None = Field(description="Median of the individuals' scores; null with nobody assessed.")
    families: list[FamilyAudit] = Field(description="Scoring rates (score above the median) per category.")
    individuals: int | None = Field(default=None, description="People assessed in the period, each counted once.")
    selection: list[FamilyAudit] = Field(
        default_factory=list, description="Selection rates: shortlisted at least once in the period."
    )
    erased_individuals: int = Field(default=0, description="Of the individuals, erased since: counted anonymously.")
    audit_date: str | None = Field(default=None, description="When this audit was computed (UTC date).")
    distribution_date: str | None = Field(default=None, description="When the tool was first used, if stated.")
    data_source: str | None = Field(default=None, description="What the audit was computed from.")


def scoring_rate_audit(
    assessments: Sequence[tuple[str, float]],
    attributes: Mapping[str, Protected],
    period: tuple[str, str],
    decisions: int,
    families: Families = FAMILIES,
) -> ScoringRateReport:
    """Scoring rate = share of a category's members scoring above the full-sample median (strict ``>``).

    The median is taken over every row, unknown categories included (DCWP § 5-301(c)). The batch audit
    (``memory.audit_batch``) passes one row per individual.
    """
    if not assessments:
        return ScoringRateReport(
            period_from=period[0],
            period_to=period[1],
            decisions=decisions,
            assessments=0,
            median_score=None,
            families=[],
        )
    # Strict ">" below: with many tied scores at the median, a category is not credited for sitting on it.
    cut = median(score for _, score in assessments)
    tables = []
    for family, read in families.items():
        outcomes = [(read(attributes[c]) if c in attributes else None, score > cut) for c, score in assessments]
        tables.append(family_rates(outcomes, family))
    return ScoringRateReport(
        period_from=period[0],
        period_to=period[1],
        decisions=decisions,
        assessments=len(assessments),
        median_score=cut,
        families=tables,
    )


def propose_rerank(
    assessed: Sequence[tuple[str, float]],
    k: int,
    attributes: Mapping[str, Protected],
    method: str,
    family: str,
    protected_group: str | None,
    alpha: float,
) -> RerankProposal:
    """FA*IR (two groups) or DetCons/DetRelaxed (any number) over the assessed pool, as a proposal."""
    from memory.rerank import adjusted_m_table, det_rerank, fair_top_k, ndcg_cost

    read = FAMILIES[family]
    # No self-report is a category of its own here: the proposal must place everyone, not only the known.
    labels = {c: (read(attributes[c]) if c in attributes else None) or "unknown" for c, _ in assessed}
    shares = {g: sum(1 for v in labels.values() if v == g) / len(labels) for g in sorted(set(labels.values()))}
    if method == "fair":
        known = [g for g in shares if g != "unknown"]
        # Without a named group, FA*IR protects the least represented known one (ties by name).
        group = protected_group or (min(known, key=lambda g: (shares[g], g)) if known else "unknown")
        p = min(max(shares.get(group, 0.0), SHARE_MARGIN), 1 - SHARE_MARGIN)
        order = fair_top_k(assessed, {c for c, g in labels.items() if g == group}, k, adjusted_m_table(k, p, alpha))
        target, infeasible = {group: p}, False
    else:
        # DetCons/DetRelaxed aim at the pool's own shares: the shortlist should look like who was assessed.
        order, infeasible = det_rerank(assessed, labels, shares, k, "cons" if method == "detcons" else "relaxed")
        target = shares
    original = [c for c, _ in assessed[:k]]
    return RerankProposal(
        method=method,
        family=family,
        order=order,
        moved_in=[c for c in order if c not in original],
        moved_out=[c for c in original if c not in order],
        ndcg_cost=ndcg_cost(assessed, order),
        target=target,
        infeasible=infeasible,
    )

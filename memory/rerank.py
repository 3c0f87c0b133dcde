"""Representation-aware re-ranking proposals: FA*IR for two groups, DetCons/DetRelaxed beyond two.

Off by default and never silent. Title VII § 703(l) (42 U.S.C. § 2000e-2(l)) bars altering the results of
employment-related tests on the basis of race, colour, religion, sex or national origin, and our own rule
keeps protected attributes out of scoring. So a re-ranking is only ever a *proposal* shown beside the
attribute-blind shortlist, for a human to decide; no candidate's score or attributions change, and the
utility it costs (NDCG of the proposal, scored with the original scores) is reported.

References: Zehlike et al., FA*IR, CIKM 2017 (with the exact significance adjustment of arXiv:2012.12795);
Geyik, Ambler & Kenthapadi, KDD 2019 (DetGreedy/DetCons/DetRelaxed, Algorithm 1).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from scipy.stats import binom

# Halvings of α_c in ``adjusted_m_table``: 2⁻⁶⁰·α is below a double's resolution, so the search has converged.
BISECTION_STEPS = 60


def m_table(k: int, p: float, alpha: float) -> list[int]:
    """Minimum protected count per prefix: ``m(i) = min{x : F(x; i, p) > alpha}`` (strict, not ppf's ≥)."""
    table = []
    for i in range(1, k + 1):
        x = 0
        # Counting up from 0 rather than calling ppf: ppf's "≥ alpha" would differ from the paper's "> alpha".
        while binom.cdf(x, i, p) <= alpha:
            x += 1
        table.append(x)
    return table


def fail_probability(table: Sequence[int], p: float) -> float:
    """P(a ranking of i.i.d. Bernoulli(p) protected positions fails some prefix), exactly, by DP."""
    # dist[c] = P(c protected candidates so far and no prefix failed yet).
    dist = [1.0] + [0.0] * len(table)
    for i, minimum in enumerate(table, start=1):
        new = [0.0] * (len(table) + 1)
        for c in range(i + 1):
            new[c] = dist[c] * (1 - p) + (dist[c - 1] * p if c else 0.0)
        # Rankings below this prefix's minimum have failed: drop their mass, what is left never failed.
        dist = [0.0 if c < minimum else v for c, v in enumerate(new)]
    return 1.0 - math.fsum(dist)


def adjusted_m_table(k: int, p: float, alpha: float) -> list[int]:
    """The table of the largest α_c whose family-wise fail probability stays ≤ α (bisection on α_c)."""
    low, high = 0.0, alpha
    # α_c = 0 requires no protected candidate anywhere, so it always passes: a safe starting answer.
    best = m_table(k, p, 0.0)
    for _ in range(BISECTION_STEPS):
        middle = (low + high) / 2
        table = m_table(k, p, middle)
        if fail_probability(table, p) <= alpha:
            best, low = table, middle
        else:
            high = middle
    return best


def fair_top_k(ranked: Sequence[tuple[str, float]], protected: set[str], k: int, table: Sequence[int]) -> list[str]:
    """FA*IR: the best-scoring order whose every prefix holds the table's minimum of protected candidates."""
    pro = [c for c in ranked if c[0] in protected]
    non = [c for c in ranked if c[0] not in protected]
    out: list[str] = []
    taken = 0
    for i in range(min(k, len(ranked))):
        # A protected candidate goes next when the table demands one, when no one else is left, or on
        # merit; score ties go to the protected candidate.
        if pro and (taken < table[i] or not non or pro[0][1] >= non[0][1]):
            out.append(pro.pop(0)[0])
            taken += 1
        else:
            out.append(non.pop(0)[0])
    return out


def det_rerank(
    ranked: Sequence[tuple[str, float]],
    groups: Mapping[str, str],
    targets: Mapping[str, float],
    k: int,
    variant: str = "cons",
) -> tuple[list[str], bool]:
    """DetGreedy / DetCons / DetRelaxed (Geyik et al. 2019); returns the order and whether it was infeasible."""
    queues: dict[str, list[tuple[str, float]]] = {g: [c for c in ranked if groups.get(c[0]) == g] for g in targets}
    counts = dict.fromkeys(targets, 0)
    out: list[str] = []
    infeasible = False
    for position in range(1, min(k, len(ranked)) + 1):
        open_groups = [g for g in targets if queues[g]]
        # Algorithm 1's two bounds at this position: below floor(p·k) a group must be served now; between
        # floor and ceil(p·k) it may be, and the variant decides which of those groups goes first.
        below_min = [g for g in open_groups if counts[g] < math.floor(position * targets[g])]
        below_max = [
            g for g in open_groups if math.floor(position * targets[g]) <= counts[g] < math.ceil(position * targets[g])
        ]
        if below_min:
            chosen = max(below_min, key=lambda g: (queues[g][0][1], g))
        elif below_max and variant == "greedy":
            chosen = max(below_max, key=lambda g: (queues[g][0][1], g))
        elif below_max and variant == "cons":
            chosen = min(below_max, key=lambda g: (math.ceil(position * targets[g]) / targets[g], -queues[g][0][1]))
        elif below_max:
            bound = min(math.ceil(math.ceil(position * targets[g]) / targets[g]) for g in below_max)
            tied = [g for g in below_max if math.ceil(math.ceil(position * targets[g]) / targets[g]) == bound]
            chosen = max(tied, key=lambda g: (queues[g][0][1], g))
        else:
            # No group can take the slot within its bounds (its queue ran dry): fill it on score and say so.
            infeasible = True
            chosen = max(open_groups, key=lambda g: (queues[g][0][1], g))
        out.append(queues[chosen].pop(0)[0])
        counts[chosen] += 1
    return out, infeasible


def ndcg_cost(original: Sequence[tuple[str, float]], proposal: Sequence[str]) -> float:
    """1 − DCG(proposal)/DCG(original top k), with the attribute-blind scores as gains."""
    scores = dict(original)
    k = len(proposal)

    def dcg(ids: Sequence[str]) -> float:
        # Position i (from 0) is discounted by log2(i + 2): the first place counts in full.
        return math.fsum(scores[c] / math.log2(i + 2) for i, c in enumerate(ids))

    best = dcg([c for c, _ in original[:k]])
    return 1.0 - dcg(proposal) / best if best > 0 else 0.0

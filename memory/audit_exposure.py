"""Exposure of each category in one ranked shortlist (Geyik, Ambler & Kenthapadi, KDD 2019).

``skew@k`` of a category is ``ln(share in the top k / share in the target)``: 0 is proportional, negative
is under-represented, ``-inf`` absent. NDKL is the rank-discounted mean of the KL divergence between
each prefix's category mix and the target: 0 when every prefix looks like the target. The target here is
the mix of the pool the shortlist was drawn from (the candidates who passed the filters and were scored,
LinkedIn's "qualified set"), among those with a self-report.

>>> groups = ["M", "M", "F", "M", "M", "F", "M", "F", "F", "F"]
>>> {g: round(v, 6) for g, v in skew_at_k(groups, {"M": 0.5, "F": 0.5}, 5).items()}
{'F': -0.916291, 'M': 0.470004}
>>> round(ndkl(groups, {"M": 0.5, "F": 0.5}), 6)
0.297854
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence

from pydantic import BaseModel


def skew_at_k(ranking: Sequence[str], target: Mapping[str, float], k: int) -> dict[str, float]:
    """``ln(p_topk,g / p*_g)`` for every category of ``target`` (``-inf`` when absent from the top k)."""
    top = Counter(ranking[:k])
    size = min(k, len(ranking))
    return {
        g: (math.log((top[g] / size) / share) if top[g] else -math.inf)
        for g, share in sorted(target.items())
        if share > 0
    }


def ndkl(ranking: Sequence[str], target: Mapping[str, float]) -> float:
    """Normalised discounted KL divergence of every prefix's mix from ``target`` (natural log)."""
    if not ranking:
        return 0.0
    seen: Counter[str] = Counter()
    total = norm = 0.0
    for i, group in enumerate(ranking, start=1):
        seen[group] += 1
        discount = 1 / math.log2(i + 1)
        # Terms with no member in the prefix contribute 0 (the limit of p·ln p); a category outside the
        # target cannot occur, since the target is the pool the ranking was drawn from.
        kl = sum((n / i) * math.log((n / i) / target[g]) for g, n in seen.items() if n)
        total += discount * kl
        norm += discount
    return total / norm


class Exposure(BaseModel):
    """Exposure of one family's categories in a shortlist, among members with a self-report."""

    k: int
    target: dict[str, float]
    skew_at_k: dict[str, float | None]
    absent_in_top_k: list[str]
    min_skew: float | None
    max_skew: float | None
    ndkl: float


def exposure(ranking: Sequence[str], pool: Sequence[str]) -> Exposure | None:
    """Skew@k (k = the shortlist's known members) and NDKL of ``ranking`` against ``pool``'s mix.

    JSON cannot carry ``-inf``: an absent category's skew is ``None`` and it is named in ``absent_in_top_k``.
    """
    if not ranking or not pool:
        return None
    counts = Counter(pool)
    target = {g: n / len(pool) for g, n in sorted(counts.items())}
    raw = skew_at_k(ranking, target, len(ranking))
    finite = [v for v in raw.values() if math.isfinite(v)]
    absent = [g for g, v in raw.items() if not math.isfinite(v)]
    return Exposure(
        k=len(ranking),
        target=target,
        skew_at_k={g: (v if math.isfinite(v) else None) for g, v in raw.items()},
        absent_in_top_k=absent,
        min_skew=None if absent or not finite else min(finite),
        max_skew=max(finite) if finite else None,
        ndkl=ndkl(ranking, target),
    )

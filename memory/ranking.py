"""The additive scoring model: ``score = Σ w_i·x_i = base_value + Σ φ_i``.

For a linear model the exact Shapley value of feature ``i`` against a reference point ``r`` is
``φ_i = w_i·(x_i − r_i)``; with ``r`` the mean feature vector of the pool scored for this query,
``base_value = Σ w_i·r_i`` is the typical candidate's score and each φ reads "how much this pulled the
candidate above or below the typical candidate". Additivity then holds by construction.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from memory.errors import InvalidInput

# The order is the display order of attributions and of the weights in every response.
FEATURES: tuple[str, ...] = (
    "semantic_notes",
    "semantic_profile",
    "lexical",
    "must_have_skills",
    "nice_to_have_skills",
    "evaluation",
    "stage_depth",
    "seniority_fit",
    "freshness",
)

# Sensible defaults before any fitting; the shipped fitted weights (memory/weights.json) replace them when present.
DEFAULT_WEIGHTS: Mapping[str, float] = {
    "semantic_notes": 0.30,
    "semantic_profile": 0.30,
    "lexical": 0.10,
    "must_have_skills": 0.10,
    "nice_to_have_skills": 0.03,
    "evaluation": 0.07,
    "stage_depth": 0.05,
    "seniority_fit": 0.03,
    "freshness": 0.02,
}


def resolve_weights(base: Mapping[str, float], override: Mapping[str, float] | None) -> dict[str, float]:
    """Merge a per-requisition override into the base weights, refusing unknown or non-finite ones."""
    weights = dict(base)
    # An override is refused whole on its first bad entry: a half-applied weighting would rank silently wrong.
    for name, value in (override or {}).items():
        if name not in FEATURES:
            raise InvalidInput(f"unknown feature {name!r}; known: {', '.join(FEATURES)}", field="weights")
        if not math.isfinite(value):
            raise InvalidInput(f"weight for {name} must be finite", field="weights")
        weights[name] = float(value)
    # Every feature gets a weight (0 when the base omits it), so responses always list all of them.
    return {name: weights.get(name, 0.0) for name in FEATURES}


@dataclass(frozen=True)
class Explained:
    candidate_id: str
    score: float
    base_value: float
    attributions: dict[str, float]
    features: dict[str, float]


def explain_pool(features: Mapping[str, Mapping[str, float]], weights: Mapping[str, float]) -> list[Explained]:
    """Score every candidate of a pool and attribute the score exactly, ordered score desc, id asc.

    >>> out = explain_pool({"a": {"lexical": 1.0}, "b": {"lexical": 0.0}}, {"lexical": 2.0})
    >>> [(e.candidate_id, e.score, e.base_value, e.attributions["lexical"]) for e in out]
    [('a', 2.0, 1.0, 1.0), ('b', 0.0, 1.0, -1.0)]
    """
    if not features:
        return []
    names = [name for name in FEATURES if name in weights]
    size = len(features)
    # fsum (exactly rounded) rather than sum: attributions then add up to the score to the last bit
    # whatever the pool's order, which the additivity tests assert exactly.
    reference = {name: math.fsum(row.get(name, 0.0) for row in features.values()) / size for name in names}
    base_value = math.fsum(weights[name] * reference[name] for name in names)
    explained = []
    for candidate_id, row in features.items():
        values = {name: float(row.get(name, 0.0)) for name in names}
        attributions = {name: weights[name] * (values[name] - reference[name]) for name in names}
        score = math.fsum(weights[name] * values[name] for name in names)
        explained.append(Explained(candidate_id, score, base_value, attributions, values))
    # Ties by candidate id: the same pool always yields the same shortlist.
    explained.sort(key=lambda e: (-e.score, e.candidate_id))
    return explained

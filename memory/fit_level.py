"""An absolute answer beside the ranking: is this person a strong, possible or weak fit for the role?

A rank says who is best among those held, not whether anyone fits: the top of a pool with no forklift
operator is still first. The fit level is a logistic model of "same occupation as the requisition"
(dev-set gain 2) on features that mean the same thing whatever else is in the memory: the best semantic
similarity of the person's profile or notes to the role, and must-have coverage when must-haves were
asked. ``python -m eval.fit`` learns it on the dev set with its thresholds and writes it beside the
weights (``memory/weights.json``, key ``fit_level``); ``FitModel.DEFAULT`` is used until one is shipped.

Thresholds: ``strong`` when the calibrated probability of a same-occupation fit is ≥ ``strong``;
``possible`` when ≥ ``possible``; else ``weak``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources

from memory.results import FitSummary

LEVELS = ("strong", "possible", "weak")
# Below this calibrated chance of being of the requisition's occupation, a candidate's must-haves form no
# ranking tier (``memory/match.py``): a resume that says "sales" or "recruiting" in passing does not jump
# every real candidate. Dev set, 5-fold CV (the fit model fitted in-fold), NDCG@10 against tiers for
# everyone: floor 0.01 +0.008, 0.02 +0.010, 0.05 +0.016 [+0.005, +0.029], 0.15 (the possible bar) +0.020.
# 0.05 is the highest of those at which the demo pool's recruiter cases still hold: at 0.15 Lead Charge
# Nurses holding both must-haves (0.13-0.15) fell below nurses holding one, and a data analyst with
# PyTorch and Python (0.09) below ML engineers with neither (tests/test_match_demo.py).
TIER_FLOOR = 0.05


def semantic_evidence(features: Mapping[str, float], no_data: Sequence[str]) -> float:
    """The best of the profile's and the notes' similarity to the role, among those with data."""
    known = [features[n] for n in ("semantic_profile", "semantic_notes") if n in features and n not in no_data]
    return max(known, default=0.0)


@dataclass(frozen=True)
class FitModel:
    intercept: float
    semantic: float
    must_have: float
    strong: float
    possible: float
    provenance: Mapping[str, object] = field(default_factory=dict)

    @staticmethod
    def shipped() -> tuple[dict[str, float], FitModel]:
        """The reference point and fit model shipped in ``memory/weights.json`` (defaults when absent)."""
        try:
            data = json.loads(resources.files("memory").joinpath("weights.json").read_text())
        except FileNotFoundError:
            return {}, DEFAULT
        reference = {k: float(v) for k, v in data.get("reference", {}).items()}
        fit = data.get("fit_level")
        if not fit:
            return reference, DEFAULT
        model = FitModel(
            float(fit["intercept"]),
            float(fit["semantic"]),
            float(fit["must_have"]),
            float(fit["strong"]),
            float(fit["possible"]),
            fit.get("provenance", {}),
        )
        return reference, model

    def probability(self, features: Mapping[str, float], no_data: Sequence[str]) -> float:
        """Calibrated chance that this person is of the requisition's occupation."""
        z = self.intercept + self.semantic * semantic_evidence(features, no_data)
        if "must_have_skills" not in no_data and "must_have_skills" in features:
            # Coverage is centred on half: asked-for skills that are held raise the chance, missing ones lower it.
            z += self.must_have * (features["must_have_skills"] - 0.5)
        return 1.0 / (1.0 + math.exp(-z))

    def forms_tier(self, probability: float) -> bool:
        """Whether a candidate this likely to fit counts their must-haves as a ranking tier (``TIER_FLOOR``)."""
        return probability >= TIER_FLOOR

    def level(self, probability: float) -> str:
        if probability >= self.strong:
            return "strong"
        return "possible" if probability >= self.possible else "weak"


# Until a model is fitted: similarity 0.5 is an even chance, each 0.1 of similarity about doubles the odds.
DEFAULT = FitModel(intercept=-3.5, semantic=7.0, must_have=1.0, strong=0.6, possible=0.3)


def summary(levels: Sequence[str]) -> FitSummary:
    """The shortlist's plain answer; "no strong match in the memory" when nobody clears the strong bar.

    >>> summary(["possible", "weak"]).message
    'No strong match in the memory: the best are possible fits (1); widen the search or source new people.'
    """
    strong, possible = levels.count("strong"), levels.count("possible")
    if strong:
        message = f"{strong} strong match{'es' if strong > 1 else ''} in the memory."
        best = "strong"
    elif possible:
        message = (
            f"No strong match in the memory: the best are possible fits ({possible}); "
            "widen the search or source new people."
        )
        best = "possible"
    else:
        message = "No strong match in the memory: nobody held fits this role well; source new people."
        best = "weak" if levels else "none"
    return FitSummary(best=best, strong=strong, possible=possible, message=message)

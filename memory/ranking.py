"""The additive scoring model: ``score = Σ w_i·x_i = base_value + Σ φ_i``.

For a linear model the exact Shapley value of feature ``i`` against a reference point ``r`` is
``φ_i = w_i·(x_i − r_i)``, and ``base_value = Σ w_i·r_i``. The reference is fixed (``REFERENCE``, or the
``reference`` of the shipped weights file): a typical candidate of the dev-set population, not the mean
of whoever was retrieved, so a candidate's explanation for a requisition does not change with ``limit``,
filters or the other people in the net. Additivity holds by construction.

A feature with no data for a candidate (no notes yet, never interviewed, seniority unknown) is imputed
at its reference value: it neither helps nor hurts (φ = 0), and the result says which features were
imputed, so absence is never read as weakness. One feature has a stand-in: with no notes, the notes are
taken to sit as far from the reference as the profile does (``STAND_INS``), so the notes' weight moves
onto the profile; the model is then ``(w_notes + w_profile)·x_profile + …`` in the inputs that exist, and
its exact attribution puts that whole share on the profile (φ_notes = 0).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources

from memory.errors import InvalidInput
from memory.models import Requisition

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

# What a recruiter reads for each feature (the page, the CLI and reports show these, never the key).
LABELS: Mapping[str, str] = {
    "semantic_notes": "Interview notes match the role",
    "semantic_profile": "Profile matches the role",
    "lexical": "Role keywords in profile and notes",
    "must_have_skills": "Must-have skills covered",
    "nice_to_have_skills": "Nice-to-have skills covered",
    "evaluation": "Interview scores",
    "stage_depth": "Furthest interview stage",
    "seniority_fit": "Seniority fit",
    "freshness": "Recent contact",
}
# What a recruiter reads when a feature has no data for a candidate (it was imputed, not scored low).
NO_DATA_LABELS: Mapping[str, str] = {
    "semantic_notes": "no notes yet",
    "semantic_profile": "no profile text",
    "lexical": "no text",
    "must_have_skills": "no must-haves asked",
    "nice_to_have_skills": "no nice-to-haves asked",
    "evaluation": "no interview scores yet",
    "stage_depth": "not interviewed yet",
    "seniority_fit": "seniority unknown",
    "freshness": "no dated contact",
}

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
# The typical candidate every attribution is measured against (the shipped weights file may refine it):
# semantic and lexical values are dev-set means (see eval/fit.py); the others are the neutral point of
# their scale (half the asked skills, an average score, a screen, two levels apart, a year-old contact).
REFERENCE: Mapping[str, float] = {
    "semantic_notes": 0.25,
    "semantic_profile": 0.25,
    "lexical": 0.25,
    "must_have_skills": 0.5,
    "nice_to_have_skills": 0.5,
    "evaluation": 0.5,
    "stage_depth": 0.2,
    "seniority_fit": 2 / 3,
    "freshness": 0.5,
}
# feature with no data -> the feature that stands in for it (same meaning, other evidence).
STAND_INS: Mapping[str, str] = {"semantic_notes": "semantic_profile"}
# A caller's weight must lie in [0, MAX_WEIGHT]: a negative weight would rank *against* a feature (against
# must-have skills, say) and an unbounded one would drown every other; shipped weights sum to about 1.
MAX_WEIGHT = 10.0


# The shipped weights' second set (``memory/weights.json``): for a requisition that names no skill.
WITHOUT_NAMED_SKILLS = "weights_without_named_skills"


def names_skills(requisition: Requisition) -> bool:
    """Whether the caller named any must-have or nice-to-have skill (else only a title and a text)."""
    return bool(requisition.must_have_skills or requisition.nice_to_have_skills)


def without_named_skills(named: Mapping[str, float]) -> dict[str, float]:
    """The shipped weights for a requisition that names no skill (a title, a pasted ad); ``named`` when the
    weights file has no such set.

    Its keyword query is then the title alone (``memory.query.keywords``), a thinner signal than a title
    with the skills a recruiter named: fitted on each kind of dev requisition apart, the keyword weight is
    0.04-0.06 for the 27 postings and 0.10-0.25 for the 30 requisitions that name must-haves, in every
    fold. NDCG@10 under 5-fold CV over one set for both: +0.008 [-0.000, +0.018] with must-have tiers,
    +0.009 [+0.001, +0.019] without (``python -m eval.run``, EVAL.md).
    """
    try:
        data = json.loads(resources.files("memory").joinpath("weights.json").read_text())
    except FileNotFoundError:
        return dict(named)
    chosen = data.get(WITHOUT_NAMED_SKILLS)
    if not isinstance(chosen, dict):
        return dict(named)
    return {name: float(chosen.get(name, named.get(name, 0.0))) for name in FEATURES}


def resolve_weights(base: Mapping[str, float], override: Mapping[str, float] | None) -> dict[str, float]:
    """Merge a per-requisition override into the base weights, refusing unknown, negative or huge ones."""
    weights = dict(base)
    # An override is refused whole on its first bad entry: a half-applied weighting would rank silently wrong.
    for name, value in (override or {}).items():
        if name not in FEATURES:
            raise InvalidInput(f"unknown feature {name!r}; known: {', '.join(FEATURES)}", field="weights")
        if not math.isfinite(value) or not 0.0 <= value <= MAX_WEIGHT:
            raise InvalidInput(f"weight for {name} must be between 0 and {MAX_WEIGHT:g}", field="weights")
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
    no_data: tuple[str, ...] = ()


def explain_pool(
    features: Mapping[str, Mapping[str, float | None]],
    weights: Mapping[str, float],
    reference: Mapping[str, float] | None = None,
) -> list[Explained]:
    """Score every candidate and attribute the score exactly against the fixed reference, score desc, id asc.

    A feature that is ``None`` (or absent) has no data for that candidate: it is imputed at the reference.

    >>> out = explain_pool({"a": {"lexical": 1.0}, "b": {"lexical": None}}, {"lexical": 2.0}, {"lexical": 0.5})
    >>> [(e.candidate_id, e.score, e.base_value, e.attributions["lexical"], e.no_data) for e in out]
    [('a', 2.0, 1.0, 1.0, ()), ('b', 1.0, 1.0, 0.0, ('lexical',))]
    """
    ref = {**REFERENCE, **(reference or {})}
    names = [name for name in FEATURES if name in weights]
    # fsum (exactly rounded): attributions then add up to the score to the last bit, which the tests assert.
    base_value = math.fsum(weights[name] * ref[name] for name in names)
    explained = []
    for candidate_id, row in features.items():
        raw = {name: row.get(name) for name in names}
        values = {name: ref[name] if value is None else float(value) for name, value in raw.items()}
        attributions = {name: weights[name] * values[name] - weights[name] * ref[name] for name in names}
        for missing_name, proxy in STAND_INS.items():
            if missing_name in raw and raw[missing_name] is None and raw.get(proxy) is not None:
                values[missing_name] = ref[missing_name] + (values[proxy] - ref[proxy])
                attributions[proxy] += (
                    weights[missing_name] * values[missing_name] - weights[missing_name] * ref[missing_name]
                )
        # The score is the base plus the attributions, summed exactly, so the two always agree.
        score = math.fsum([base_value, *attributions.values()])
        missing = tuple(name for name, value in raw.items() if value is None)
        explained.append(Explained(candidate_id, score, base_value, attributions, values, missing))
    # Ties by candidate id: the same pool always yields the same shortlist.
    explained.sort(key=lambda e: (-e.score, e.candidate_id))
    return explained

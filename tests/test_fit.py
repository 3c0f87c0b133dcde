"""The weight fit (eval/fit.py) on hand-made features: what it may learn from the dev set and what not."""

from __future__ import annotations

import json
from importlib import resources

from eval.fit import fit, learnable
from memory.ranking import DEFAULT_WEIGHTS


def _pool(right_nice: float) -> dict[str, dict[str, float]]:
    # The right resume ("a") is the less similar one but covers the skills read off the ad; "b" and "c" do not.
    return {
        "a": {"semantic_profile": 0.40, "lexical": 0.3, "nice_to_have_skills": right_nice},
        "b": {"semantic_profile": 0.50, "lexical": 0.2, "nice_to_have_skills": 0.0},
        "c": {"semantic_profile": 0.45, "lexical": 0.1, "nice_to_have_skills": 0.0},
    }


def test_the_nice_to_have_weight_stays_at_its_default_however_well_it_would_rank() -> None:
    # On the dev set nice-to-haves are only skills read off postings; the weight also scores a recruiter's
    # named nice-to-haves, which the dev set never shows (eval.fit.NOT_FITTED), so the fit does not learn it.
    features = {f"q{i}": _pool(1.0) for i in range(4)}
    qrels = {q: {"a": 2} for q in features}
    assert "nice_to_have_skills" not in learnable(features)
    assert fit(features, qrels)["nice_to_have_skills"] == DEFAULT_WEIGHTS["nice_to_have_skills"]


def test_the_shipped_weights_count_a_must_have_at_least_as_much_as_a_nice_to_have() -> None:
    weights = json.loads(resources.files("memory").joinpath("weights.json").read_text())["weights"]
    assert weights["must_have_skills"] >= weights["nice_to_have_skills"] == DEFAULT_WEIGHTS["nice_to_have_skills"]

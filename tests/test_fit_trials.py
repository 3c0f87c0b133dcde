"""The trials of eval/trials.py on hand-made features: the same protocol as eval.fit, and a learned shape."""

from __future__ import annotations

import pytest

from eval import fit as F
from eval.trials import additive, cross_validated, linear

# Grid and logistic fits over five folds: seconds on a loaded machine, which the fast suite cannot spare.
pytestmark = pytest.mark.slow


def _features() -> tuple[F.Features, dict[str, dict[str, int]], dict[str, str], set[str]]:
    # Ten requisitions in five categories; the right resume ("r") has the highest similarity and the
    # keywords, a near miss ("n") a little less of both, the rest are far. Half name a must-have, which only
    # the right resume covers (its tier); its share is left at ½ so that the grid fit stays two-dimensional
    # and fast.
    features: dict[str, dict[str, dict[str, float]]] = {}
    for i in range(10):
        pool = {
            "r": {"semantic_profile": 0.50 + 0.01 * i, "lexical": 0.8, "must_have_skills": 0.5, TIER: 1.0},
            "n": {"semantic_profile": 0.48, "lexical": 0.1, "must_have_skills": 0.5, TIER: 0.0},
        }
        for j in range(6):
            pool[f"f{j}"] = {
                "semantic_profile": 0.1 + 0.03 * j,
                "lexical": 0.05 * j,
                "must_have_skills": 0.0,
                TIER: 0.0,
            }
        for row in pool.values():
            row["semantic_notes"] = row["semantic_profile"]
            row["nice_to_have_skills"] = 0.5
            if i % 2:  # no must-have asked: the product's imputed ½ and no tier
                row["must_have_skills"], row[TIER] = 0.5, 0.0
        features[f"q{i}"] = pool
    qrels = {q: {"r": 2, "n": 1} for q in features}
    categories = {f"q{i}": f"c{i // 2}" for i in range(10)}
    return features, qrels, categories, {q for i, q in enumerate(features) if i % 2 == 0}


TIER = F.TIER


def test_the_trials_protocol_with_the_linear_fit_is_eval_fits_own() -> None:
    # The trials compare ideas against the shipped recipe under exactly eval.fit's cross-validation.
    features, qrels, categories, named = _features()
    tiered, flat = F.cross_validated(features, qrels, categories, named, plausible_only=True)
    ours = cross_validated(features, qrels, categories, named, linear)
    from eval.metrics import per_query

    assert ours == (per_query(qrels, tiered, "ndcg@10"), per_query(qrels, flat, "ndcg@10"))


def test_a_learned_shape_never_lowers_a_score_as_similarity_grows_and_ranks_the_right_resume_first() -> None:
    features, qrels, _, _ = _features()
    score = additive(features, qrels)
    row = {"semantic_profile": 0.0, "lexical": 0.3, "must_have_skills": 0.5, "nice_to_have_skills": 0.5}
    values = [score({**row, "semantic_profile": s / 20}) for s in range(21)]
    assert values == sorted(values)
    for pool in features.values():
        assert max(pool, key=lambda c: score(pool[c])) == "r"


def test_a_learned_shape_is_exactly_additive() -> None:
    # score(x) − score(r) is the sum of each feature's own change: the attributions stay exact.
    features, qrels, _, _ = _features()
    score = additive(features, qrels)
    ref = {"semantic_profile": 0.2, "lexical": 0.2, "must_have_skills": 0.5, "nice_to_have_skills": 0.5}
    x = {"semantic_profile": 0.55, "lexical": 0.7, "must_have_skills": 1.0, "nice_to_have_skills": 0.0}
    parts = [score({**ref, name: x[name]}) - score(ref) for name in ref]
    assert score(x) - score(ref) == pytest.approx(sum(parts), abs=1e-12)

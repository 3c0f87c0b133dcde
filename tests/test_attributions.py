"""Attributions are exact Shapley values of the additive model, checked against shap."""

from __future__ import annotations

import numpy as np
import pytest

from memory.ranking import FEATURES, explain_pool

W = np.array([0.45, 0.30, 0.20, 0.05])
BACKGROUND = np.array(
    [
        [0.62, 0.70, 0.50, 0.90],
        [0.55, 0.60, 0.25, 0.40],
        [0.71, 0.80, 0.75, 0.70],
        [0.48, 0.50, 0.00, 1.00],
        [0.64, 0.90, 0.50, 0.50],
    ]
)
NAMES = FEATURES[:4]


def _pool(rows: np.ndarray) -> dict[str, dict[str, float]]:
    return {f"c{i}": dict(zip(NAMES, map(float, row), strict=True)) for i, row in enumerate(rows)}


def _mean(rows: np.ndarray) -> dict[str, float]:
    """The pool's mean as the reference point (what shap's background gives); the product uses a fixed one."""
    return dict(zip(NAMES, map(float, rows.mean(axis=0)), strict=True))


def test_the_worked_example_of_the_spec() -> None:
    weights = dict(zip(NAMES, W, strict=True))
    explained = {e.candidate_id: e for e in explain_pool(_pool(BACKGROUND), weights, _mean(BACKGROUND))}
    c2 = explained["c2"]
    assert c2.base_value == pytest.approx(0.595, abs=1e-12)
    assert [c2.attributions[n] for n in NAMES] == pytest.approx([0.0495, 0.03, 0.07, 0.0], abs=1e-12)
    assert c2.score == pytest.approx(0.7445, abs=1e-12)


@pytest.mark.slow  # shap's imports (numba's JIT is off in tests: conftest); the worked example above stays fast
@pytest.mark.parametrize("seed", [0, 1])
def test_attributions_equal_shap_exact_and_linear(seed: int) -> None:
    import shap  # here, not at the top: 3 s of imports (sklearn, pandas, numba) the fast suite never uses

    rng = np.random.default_rng(seed)
    pool = rng.random((12, 4))
    weights = dict(zip(NAMES, W, strict=True))
    explained = {e.candidate_id: e for e in explain_pool(_pool(pool), weights, _mean(pool))}

    def model(x: np.ndarray) -> np.ndarray:
        return x @ W

    exact = shap.explainers.Exact(model, shap.maskers.Independent(pool, max_samples=100))(pool)
    linear = shap.LinearExplainer((W, 0.0), pool)(pool)
    for i in range(len(pool)):
        ours = np.array([explained[f"c{i}"].attributions[n] for n in NAMES])
        assert ours == pytest.approx(exact.values[i], abs=1e-12)
        assert ours == pytest.approx(linear.values[i], abs=1e-12)
        assert explained[f"c{i}"].base_value == pytest.approx(float(exact.base_values[i]), abs=1e-12)
        assert explained[f"c{i}"].base_value + ours.sum() == pytest.approx(explained[f"c{i}"].score, abs=1e-12)


def test_a_feature_with_no_data_is_imputed_at_the_reference_and_named() -> None:
    weights = dict(zip(NAMES, W, strict=True))
    reference = dict(zip(NAMES, [0.3, 0.3, 0.25, 0.5], strict=True))
    known: dict[str, float | None] = {
        "semantic_notes": 0.3,
        "semantic_profile": 0.7,
        "lexical": 0.5,
        "must_have_skills": 1.0,
    }
    rows = {
        "known": known,
        "no notes": {**known, "semantic_notes": None},
        "no skills asked": {**known, "must_have_skills": None},
    }
    got = {e.candidate_id: e for e in explain_pool(rows, weights, reference)}
    assert got["no skills asked"].attributions["must_have_skills"] == 0.0
    assert got["no skills asked"].no_data == ("must_have_skills",)
    # With no notes the profile stands in: the notes' weight moves onto the profile, nothing on the notes.
    assert got["no notes"].no_data == ("semantic_notes",) and got["no notes"].attributions["semantic_notes"] == 0.0
    assert got["no notes"].attributions["semantic_profile"] == pytest.approx((0.45 + 0.30) * (0.7 - 0.3))
    assert got["no notes"].score > got["known"].score  # notes at the reference (0.3) would have pulled it down
    for e in got.values():
        assert e.base_value + sum(e.attributions.values()) == pytest.approx(e.score, abs=1e-12)
        assert e.score == pytest.approx(sum(weights[n] * e.features[n] for n in NAMES), abs=1e-12)

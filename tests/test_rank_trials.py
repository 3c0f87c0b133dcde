"""Session 15's ranking trials (eval/rank_*.py) on hand-made vectors and features, and the taxonomies' texts."""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pytest

from eval import fit as F
from eval.rank_requirements import coverage, requirement_sentences, soft_max, top_mean
from eval.rank_space import esco_texts, onet_texts, profile_similarity, profiles
from eval.rank_trials import _spaces, extra_features, with_extra
from memory.ranking import DEFAULT_WEIGHTS, FEATURES


def test_a_profile_keeps_the_k_nearest_occupations_the_nearest_heaviest_at_unit_length() -> None:
    similarity = np.array([[0.50, 0.10, 0.45, 0.30, 0.20], [0.2, 0.2, 0.2, 0.2, 0.2]])
    out = profiles(similarity, k=3, tau=0.05)
    assert np.allclose(np.linalg.norm(out, axis=1), 1.0)
    assert np.count_nonzero(out[0]) == 3 and out[0, 1] == 0.0 and out[0, 4] == 0.0
    assert out[0, 0] > out[0, 2] > out[0, 3] > 0
    # softmax at τ 0.05: exp((0.45 - 0.50) / 0.05) = e^-1 of the nearest occupation's share
    assert np.isclose(out[0, 2] / out[0, 0], np.exp(-1.0))
    # equal similarities: ties broken by column order, equal shares
    assert np.flatnonzero(out[1]).tolist() == [0, 1, 2] and np.allclose(out[1, :3], 1 / np.sqrt(3))
    # a colder softmax is nearer one-hot
    assert profiles(similarity, k=3, tau=0.01)[0, 0] > out[0, 0]


def test_profiles_that_share_no_occupation_score_zero_and_the_same_ones_score_one() -> None:
    a = profiles(np.array([[0.9, 0.8, 0.1, 0.0]]), k=2, tau=0.1)
    b = profiles(np.array([[0.0, 0.1, 0.8, 0.9]]), k=2, tau=0.1)
    c = profiles(np.array([[0.7, 0.6, 0.0, 0.3]]), k=2, tau=0.1)  # same two nearest, same gap, lower overall
    assert profile_similarity(a, b)[0, 0] == 0.0
    assert np.isclose(profile_similarity(a, c)[0, 0], 1.0)


def test_requirement_sentences_split_bullets_and_sentences_and_drop_headings() -> None:
    text = (
        "Requirements:\n• 5+ years of Python in production\n• Strong SQL and data modelling skills; "
        "experience with Airflow is a plus. Benefits: free lunch.\n- Own the deployment pipeline end to end"
    )
    assert requirement_sentences(text) == [
        "5+ years of Python in production",
        "Strong SQL and data modelling skills;",
        "experience with Airflow is a plus.",
        "Own the deployment pipeline end to end",
    ]
    assert len(requirement_sentences(" ".join(["Build the data platform here."] * 60))) == 40


def _unit(x: np.ndarray) -> np.ndarray:
    unit: np.ndarray = x / np.linalg.norm(x, axis=1, keepdims=True)
    return unit


def test_coverage_rewards_a_resume_that_answers_every_requirement_over_one_that_answers_one() -> None:
    sentences = np.eye(3)[:2]  # two requirements, along axes 0 and 1
    broad = _unit(np.array([[1.0, 0.0, 0.2], [0.0, 1.0, 0.2]]))  # one chunk for each
    narrow = _unit(np.array([[1.0, 0.0, 0.0], [1.0, 0.0, 0.3], [0.0, 0.0, 1.0]]))  # the first one twice
    chunks = np.vstack([broad, narrow])
    got = coverage(sentences, chunks, [0, 2, 5])
    assert np.isclose(got[0], broad[0, 0]) and np.isclose(got[1], 0.5)
    assert got[0] > got[1]


def test_top_k_mean_and_soft_maximum_lie_between_the_mean_and_the_best_chunk() -> None:
    s = np.array([0.1, 0.5, 0.3, 0.2, 0.9, 0.4])
    bounds = [0, 4, 6]
    assert np.allclose(top_mean(s, bounds, 2), [0.4, 0.65])
    assert np.allclose(top_mean(s, bounds, 9), [0.275, 0.65])  # fewer chunks than k: all of them
    for tau in (0.01, 0.05, 1.0):
        soft = soft_max(s, bounds, tau)
        assert 0.275 <= soft[0] <= 0.5 and 0.65 <= soft[1] <= 0.9
    assert np.allclose(soft_max(s, bounds, 0.001), [0.5, 0.9], atol=0.002)
    assert np.allclose(soft_max(s, bounds, 100.0), [0.275, 0.65], atol=0.002)


def test_a_tenth_feature_is_fitted_while_added_and_the_fit_is_the_shipped_one_afterwards() -> None:
    # Two requisitions; the profile similarity and the keywords point at the wrong resume, the tenth feature
    # at the right one: the fit can only rank "r" first by weighting it.
    features: dict[str, dict[str, dict[str, float]]] = {}
    for q in ("q0", "q1"):
        pool = {
            "r": {"semantic_profile": 0.20, "lexical": 0.1, "must_have_skills": 0.5},
            "w": {"semantic_profile": 0.60, "lexical": 0.3, "must_have_skills": 0.5},
            "x": {"semantic_profile": 0.40, "lexical": 0.2, "must_have_skills": 0.0},
        }
        for row in pool.values():
            row["semantic_notes"] = row["semantic_profile"]
        features[q] = pool
    qrels = {q: {"r": 2} for q in features}
    tenth = {"q0": np.array([[1.0, 0.0, 0.2]]), "q1": np.array([[0.9, 0.1, 0.0]])}
    added = {q: with_extra({q: features[q]}, {"extra": tenth[q]}, [q], {"r": 0, "w": 1, "x": 2})[q] for q in features}
    assert added["q1"]["r"]["extra"] == 0.9 and added["q0"]["x"]["extra"] == 0.2
    with extra_features({"extra": 0.1}):
        weights = F.fit(added, qrels)
        assert "extra" in vars(F)["FEATURES"]
    assert weights["extra"] > 0.0
    ranked = F.rescore(added, weights, tiers=False)
    assert all(max(pool, key=pool.__getitem__) == "r" for pool in ranked.values())
    assert vars(F)["FEATURES"] == FEATURES and vars(F)["DEFAULT_WEIGHTS"] is DEFAULT_WEIGHTS
    assert "extra" not in F.fit(added, qrels)


def test_the_occupation_texts_are_each_taxonomys_whole_list(shared: Path) -> None:
    onet, esco = onet_texts(shared), esco_texts(shared)
    assert len(onet) == 1016 and len(esco) == 3039
    assert onet[0].startswith("Chief Executives. Determine and formulate policies")
    assert all(". " in t and not t.startswith((" ", ".")) for t in [*onet, *esco])
    assert any(t.startswith("artificial intelligence engineer. Artificial intelligence engineer apply") for t in esco)


def test_a_sweep_names_its_occupation_list_and_settings() -> None:
    assert _spaces("O*NET:50:0.1,ESCO:20:0.05") == [("O*NET", 50, 0.1), ("ESCO", 20, 0.05)]
    with pytest.raises(ValueError):  # a setting without its temperature
        _spaces("O*NET:50")
    with pytest.raises(argparse.ArgumentTypeError, match="unknown occupation list 'SOC'"):
        _spaces("SOC:50:0.1")

"""The weight fit (eval/fit.py) on hand-made features: what it may learn from the dev set and what not."""

from __future__ import annotations

import json
from importlib import resources

from eval.fit import TIER, cross_validated, fit, fit_sets, learnable, plausible_tiers, rescore
from eval.fit_weights import weights_document
from memory.fit_level import FitModel
from memory.ranking import DEFAULT_WEIGHTS, WITHOUT_NAMED_SKILLS


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


def _two_kinds() -> tuple[dict[str, dict[str, dict[str, float]]], dict[str, dict[str, int]], set[str]]:
    # Requisitions naming skills: the right resume ("a") has the keywords but the lower similarity.
    # Postings naming none: the right resume ("b") has the higher similarity and fewer keywords.
    named = {
        "a": {"semantic_profile": 0.40, "lexical": 0.9, "must_have_skills": 1.0},
        "b": {"semantic_profile": 0.45, "lexical": 0.1, "must_have_skills": 1.0},
    }
    ad = {"a": {"semantic_profile": 0.40, "lexical": 0.9}, "b": {"semantic_profile": 0.45, "lexical": 0.1}}
    features = {f"n{i}": named for i in range(3)} | {f"p{i}": ad for i in range(3)}
    qrels = {f"n{i}": {"a": 2} for i in range(3)} | {f"p{i}": {"b": 2} for i in range(3)}
    return features, qrels, {f"n{i}" for i in range(3)}


def test_requisitions_that_name_skills_and_those_that_do_not_get_weights_of_their_own() -> None:
    features, qrels, named = _two_kinds()
    with_skills, without = fit_sets(features, qrels, named)
    assert with_skills["lexical"] > without["lexical"]
    categories = {q: q for q in features}  # every query its own category: 5 folds over 6 queries
    _, split = cross_validated(features, qrels, categories, named)
    _, one = cross_validated(features, qrels, categories)
    right = {q: max(qrels[q], key=qrels[q].__getitem__) for q in qrels}

    def firsts(run: dict[str, dict[str, float]]) -> int:
        return sum(max(run[q], key=run[q].__getitem__) == right[q] for q in run)

    # Each kind ranks its right resume first with weights fitted on its own kind; one set cannot serve both.
    assert firsts(split) == 6 > firsts(one)


def test_the_shipped_sets_keep_the_product_rules() -> None:
    shipped = json.loads(resources.files("memory").joinpath("weights.json").read_text())
    without = shipped[WITHOUT_NAMED_SKILLS]
    assert set(without) == set(shipped["weights"]) and all(0 <= w <= 10 for w in without.values())
    assert without["nice_to_have_skills"] == DEFAULT_WEIGHTS["nice_to_have_skills"]


def test_the_version_names_the_second_set_too() -> None:
    # The decision log records the version: two fits that differ only in the set for requisitions naming no
    # skill rank differently, so they must not share one.
    one = json.loads(weights_document({"lexical": 0.1}, {}, without_named_skills={"lexical": 0.06}))
    other = json.loads(weights_document({"lexical": 0.1}, {}, without_named_skills={"lexical": 0.04}))
    assert one["version"] != other["version"]


def test_below_the_fit_floor_no_must_have_tier_offline_as_in_the_match() -> None:
    # eval.fit ranks the dev set as Memory.match does: below the fit floor the must-have tier is taken away.
    model = FitModel(intercept=-7.0, semantic=15.0, must_have=2.0, strong=0.6, possible=0.15)
    pool = {
        "nurse": {"semantic_profile": 0.50, "must_have_skills": 0.0, TIER: 0.0},
        "clerk": {"semantic_profile": 0.05, "must_have_skills": 1.0, TIER: 2.0},
    }
    ranked = plausible_tiers({"q": pool}, model)["q"]
    assert not model.forms_tier(model.probability(pool["clerk"], ())) and ranked["clerk"][TIER] == 0.0
    assert ranked["nurse"] == pool["nurse"]
    weights = {"semantic_profile": 1.0, "must_have_skills": 0.1}
    assert max(rescore({"q": pool}, weights)["q"].items(), key=lambda kv: kv[1])[0] == "clerk"
    assert max(rescore({"q": ranked}, weights)["q"].items(), key=lambda kv: kv[1])[0] == "nurse"


def test_the_second_weight_set_carries_no_must_have_weight_of_its_own() -> None:
    # A requisition that names no skill asks no must-have: a second must-have weight would never apply.
    features, qrels, named = _two_kinds()
    first, second = fit_sets(features, qrels, named)
    assert second["must_have_skills"] == first["must_have_skills"]
    shipped = json.loads(resources.files("memory").joinpath("weights.json").read_text())
    assert shipped[WITHOUT_NAMED_SKILLS]["must_have_skills"] == shipped["weights"]["must_have_skills"]

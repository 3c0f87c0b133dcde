"""The dev set and the ranking gate on it (real resumes, real model, real Edge store)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from eval import devset as ds
from eval.fit import WEIGHTS_FILE, cross_validated, learnable, rescore
from eval.metrics import evaluate
from eval.run import collect, only
from memory import Memory, Settings
from tests.conftest import copy_dev_store

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dev(shared: Path) -> ds.DevSet:
    return ds.load(shared)


@pytest.fixture(scope="module")
def features(dev: ds.DevSet, minilm, dev_store: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    # A copy of the run's built dev store: collect() loads the resumes again, a no-op on unchanged records.
    store = copy_dev_store(dev_store, tmp_path_factory.mktemp("dev") / "store")
    with Memory.open(Settings(data_dir=store), encoder=minilm) as memory:
        return collect(memory, dev)


def test_dev_set_shape(dev: ds.DevSet) -> None:
    assert len(dev.resumes) == 166 and len(set(dev.categories.values())) == 25
    covered = Counter(r.category for r in dev.requisitions)
    assert set(covered) == set(dev.categories.values())
    assert {r.origin for r in dev.requisitions} == {"onet", "linkedin", "glassdoor"}
    qrels = dev.qrels()
    java = qrels["onet:15-1252.00:Java Developer"]
    assert Counter(java.values()) == Counter({2: 13, 1: 7 + 6 + 4})  # Java; DotNet, Python and Web adjacent
    assert all(r.role_family is None and r.tags == [] for r in dev.resumes)  # the label never reaches a record


def _ndcg(dev: ds.DevSet, features) -> dict[str, float]:  # type: ignore[no-untyped-def]
    qrels = dev.qrels()
    categories = {r.requisition_id: r.category for r in dev.requisitions}
    tiered, flat = cross_validated(features, qrels, categories)
    dense = only(semantic_profile=1.0, semantic_notes=1.0)
    ndcg = {
        "bm25": evaluate(qrels, rescore(features, only(lexical=1.0), tiers=False), ["ndcg@10"])["ndcg@10"],
        "dense": evaluate(qrels, rescore(features, dense, tiers=False), ["ndcg@10"])["ndcg@10"],
        "learned_cv": evaluate(qrels, tiered, ["ndcg@10"])["ndcg@10"],
        "learned_cv_no_tiers": evaluate(qrels, flat, ["ndcg@10"])["ndcg@10"],
    }
    return ndcg


# Measured 2026-11-26 (python -m eval.run): bm25 0.669, dense 0.731 (centred query, 80-word profile chunks;
# 0.721 uncentred); the learned hybrid (5-fold CV) with must-have tiers and without: see EVAL.md.


def test_untiered_hybrid_beats_dense_and_bm25(dev: ds.DevSet, features) -> None:  # type: ignore[no-untyped-def]
    ndcg = _ndcg(dev, features)
    assert ndcg["learned_cv_no_tiers"] > ndcg["dense"] + 0.015, ndcg
    assert ndcg["learned_cv_no_tiers"] > ndcg["bm25"] + 0.05, ndcg


def test_tiered_hybrid_beats_bm25_and_stays_level_with_dense(dev: ds.DevSet, features) -> None:  # type: ignore[no-untyped-def]
    # Tiers cost the O*NET requisitions whose must-haves many right resumes never say (EVAL.md), so the
    # tiered ranker (the product default) is only held to staying within 0.01 of dense, not to beating it.
    ndcg = _ndcg(dev, features)
    assert ndcg["learned_cv"] > ndcg["dense"] - 0.01, ndcg
    assert ndcg["learned_cv"] > ndcg["bm25"] + 0.03, ndcg


def test_shipped_weights_say_where_they_come_from(features) -> None:  # type: ignore[no-untyped-def]
    shipped = json.loads(WEIGHTS_FILE.read_text())
    assert shipped["provenance"]["command"] == "python -m eval.fit"
    assert shipped["provenance"]["learned"] == learnable(features)


def test_the_fit_level_is_calibrated_on_the_dev_set(features) -> None:  # type: ignore[no-untyped-def]
    shipped = json.loads(WEIGHTS_FILE.read_text())["fit_level"]
    assert shipped["provenance"]["strong_precision"] >= 0.8
    assert 0 < shipped["possible"] <= shipped["strong"] < 1

"""Our metrics against ranx on the same runs, and the tie-break rule."""

from __future__ import annotations

import random

import pytest

from eval.metrics import bootstrap_ci, evaluate, per_query, ranked

METRICS = ["ndcg@10", "ndcg@5", "recall@10", "p@5", "mrr", "map", "map@10", "mrr@10"]
RANX = {"p@5": "precision@5"}


def _random_case(seed: int) -> tuple[dict[str, dict[str, int]], dict[str, dict[str, float]]]:
    rng = random.Random(seed)
    docs = [f"d{i:03d}" for i in range(60)]
    qrels, run = {}, {}
    for q in range(25):
        judged = rng.sample(docs, rng.randint(1, 12))
        qrels[f"q{q}"] = {d: rng.choice([1, 2]) for d in judged}
        retrieved = rng.sample(docs, rng.randint(5, 40))
        scores = rng.sample(range(10_000), len(retrieved))  # distinct scores: no ties for ranx to break
        run[f"q{q}"] = {d: s / 10_000 for d, s in zip(retrieved, scores, strict=True)}
    return qrels, run


@pytest.mark.slow  # imports ranx and numba (seconds the fast suite does not need); conftest turns numba's JIT off
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_metrics_equal_ranx(seed: int) -> None:
    import ranx  # here, not at the top: numba's import is half a second the fast suite never uses

    qrels, run = _random_case(seed)
    ours = evaluate(qrels, run, METRICS)
    theirs = ranx.evaluate(ranx.Qrels(qrels), ranx.Run(run), [RANX.get(m, m) for m in METRICS], make_comparable=True)
    for metric in METRICS:
        assert ours[metric] == pytest.approx(float(theirs[RANX.get(metric, metric)]), abs=1e-9), metric


def test_ties_break_by_id_and_missing_queries_score_zero() -> None:
    assert ranked({"b": 1.0, "a": 1.0, "c": 2.0}) == ["c", "a", "b"]
    qrels = {"q1": {"a": 1}, "q2": {"x": 2}}
    run = {"q1": {"b": 0.5, "a": 0.5}}
    assert per_query(qrels, run, "mrr") == {"q1": 1.0, "q2": 0.0}
    assert evaluate(qrels, run, ["recall@1"]) == {"recall@1": 0.5}
    with pytest.raises(ValueError):
        evaluate(qrels, run, ["ndcg"])


def test_hand_computed_ndcg() -> None:
    # DCG = 2/log2(2) + 0 + 1/log2(4) = 2.5; IDCG = 2 + 1/log2(3)
    value = evaluate({"q": {"a": 2, "c": 1}}, {"q": {"a": 3.0, "b": 2.0, "c": 1.0}}, ["ndcg@3"])["ndcg@3"]
    assert value == pytest.approx(2.5 / (2 + 1 / 1.584962500721156), abs=1e-12)


def test_bootstrap_interval_brackets_the_mean() -> None:
    values = [0.1, 0.4, 0.35, 0.8, 0.5, 0.45, 0.3]
    low, high = bootstrap_ci(values, resamples=2000, seed=1)
    assert low < sum(values) / len(values) < high
    assert bootstrap_ci(values, resamples=2000, seed=1) == (low, high)
    assert bootstrap_ci([0.5] * 5) == (0.5, 0.5)

"""Our metrics against ranx on the same runs, and the tie-break rule."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys

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


# ranx scores every run in a child process with numba's JIT off: compiling ranx's metrics took ~80 s of CPU in a
# fresh venv (the slowest item of `make test`), while its interpreted code, the same algorithm, scores these small
# runs in ~3 s. A child process, because NUMBA_DISABLE_JIT is read when numba is first imported and another test
# in the same worker (shap) may have imported it already.
_RANX_CHILD = """
import json, sys
import ranx
cases, metrics = json.load(sys.stdin)
out = [{m: float(v) for m, v in ranx.evaluate(ranx.Qrels(q), ranx.Run(r), metrics, make_comparable=True).items()}
       for q, r in cases]
json.dump(out, sys.stdout)
"""


@pytest.mark.slow  # imports ranx (and numba) in a child process: seconds the fast suite does not need
def test_metrics_equal_ranx() -> None:
    cases = [_random_case(seed) for seed in (0, 1, 2)]
    theirs_names = [RANX.get(m, m) for m in METRICS]
    child = subprocess.run(
        [sys.executable, "-c", _RANX_CHILD],
        input=json.dumps([cases, theirs_names]),
        capture_output=True,
        text=True,
        env={**os.environ, "NUMBA_DISABLE_JIT": "1"},
        check=True,
    )
    for (qrels, run), theirs in zip(cases, json.loads(child.stdout), strict=True):
        ours = evaluate(qrels, run, METRICS)
        for metric in METRICS:
            assert ours[metric] == pytest.approx(theirs[RANX.get(metric, metric)], abs=1e-9), metric


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

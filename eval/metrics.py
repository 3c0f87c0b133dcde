"""Ranking metrics over plain dicts, in the shape ranx and pytrec_eval use.

``qrels``: ``{query_id: {doc_id: gain}}`` with integer gains (0 = not relevant).
``run``: ``{query_id: {doc_id: score}}``. Each run is ranked by (score desc, doc_id asc), so ties are
broken the same way everywhere in talentrecall. A doc counts as relevant when its gain is > 0.
Queries absent from ``qrels`` are ignored; a query in ``qrels`` with no run scores 0.

>>> evaluate({"q": {"a": 2, "b": 1}}, {"q": {"a": 0.9, "c": 0.5, "b": 0.1}}, ["ndcg@2", "recall@2", "mrr"])
{'ndcg@2': 0.760187533432, 'recall@2': 0.5, 'mrr': 1.0}
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

import numpy as np

Qrels = Mapping[str, Mapping[str, int]]
Run = Mapping[str, Mapping[str, float]]


def ranked(scores: Mapping[str, float]) -> list[str]:
    """Doc ids by score desc, then id asc."""
    return [doc for doc, _ in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))]


def ndcg(gains: Mapping[str, int], ranking: Sequence[str], k: int) -> float:
    """NDCG@k with linear gain: DCG@k / IDCG@k, where DCG@k = Σ_{i=1..k} g_i / log2(i + 1).

    IDCG@k is the DCG@k of the ideal ordering of the judged gains; 0 when nothing is relevant.
    """
    dcg = math.fsum(gains.get(doc, 0) / math.log2(i + 2) for i, doc in enumerate(ranking[:k]))
    ideal = sorted((g for g in gains.values() if g > 0), reverse=True)[:k]
    idcg = math.fsum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg > 0 else 0.0


def recall(gains: Mapping[str, int], ranking: Sequence[str], k: int) -> float:
    """Recall@k = |relevant ∩ top k| / |relevant|."""
    relevant = {doc for doc, g in gains.items() if g > 0}
    return len(relevant.intersection(ranking[:k])) / len(relevant) if relevant else 0.0


def precision(gains: Mapping[str, int], ranking: Sequence[str], k: int) -> float:
    """P@k = |relevant ∩ top k| / k (k, not the run's length, is the denominator)."""
    return sum(1 for doc in ranking[:k] if gains.get(doc, 0) > 0) / k


def reciprocal_rank(gains: Mapping[str, int], ranking: Sequence[str], k: int | None = None) -> float:
    """RR = 1 / rank of the first relevant doc within the top k (all when k is None); 0 if none."""
    for i, doc in enumerate(ranking[:k] if k else ranking):
        if gains.get(doc, 0) > 0:
            return 1.0 / (i + 1)
    return 0.0


def average_precision(gains: Mapping[str, int], ranking: Sequence[str], k: int | None = None) -> float:
    """AP = (1 / |relevant|) · Σ over relevant docs at rank i (≤ k) of P@i."""
    relevant = sum(1 for g in gains.values() if g > 0)
    if not relevant:
        return 0.0
    hits, total = 0, 0.0
    for i, doc in enumerate(ranking[:k] if k else ranking):
        if gains.get(doc, 0) > 0:
            hits += 1
            total += hits / (i + 1)
    return total / relevant


def _metric(name: str) -> Callable[[Mapping[str, int], Sequence[str]], float]:
    base, _, cut = name.partition("@")
    k = int(cut) if cut else None
    if base == "ndcg" and k:
        return lambda g, r: ndcg(g, r, k)
    if base == "recall" and k:
        return lambda g, r: recall(g, r, k)
    if base in ("p", "precision") and k:
        return lambda g, r: precision(g, r, k)
    if base == "mrr":
        return lambda g, r: reciprocal_rank(g, r, k)
    if base == "map":
        return lambda g, r: average_precision(g, r, k)
    raise ValueError(f"unknown metric {name!r}: use ndcg@k, recall@k, p@k, mrr[@k] or map[@k]")


def per_query(qrels: Qrels, run: Run, metric: str) -> dict[str, float]:
    """The metric for each query of ``qrels``."""
    fn = _metric(metric)
    return {qid: fn(gains, ranked(run.get(qid, {}))) for qid, gains in qrels.items()}


def evaluate(qrels: Qrels, run: Run, metrics: Sequence[str]) -> dict[str, float]:
    """Mean of each metric over the queries of ``qrels``."""
    out = {}
    for metric in metrics:
        values = list(per_query(qrels, run, metric).values())
        out[metric] = round(math.fsum(values) / len(values), 12) if values else 0.0
    return out


def bootstrap_ci(
    values: Sequence[float], *, resamples: int = 1000, seed: int = 0, level: float = 0.95
) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean over queries (resampling queries with replacement).

    Pass per-query differences of two systems to get a paired interval of their gap.
    """
    data = np.asarray(values, dtype=float)
    if data.size == 0:
        return (0.0, 0.0)
    rng = np.random.default_rng(seed)
    means = data[rng.integers(0, data.size, size=(resamples, data.size))].mean(axis=1)
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(means, [tail, 100 - tail])
    return float(low), float(high)

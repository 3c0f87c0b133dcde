"""Ranking ideas tried on the dev set and not kept (issue 14): ``python -m eval.trials --store DIR``.

Each idea is scored under the protocol ``python -m eval.run`` uses for the shipped ranker (5-fold
cross-validation by category, one weight set per kind of requisition, must-have tiers above the fit
floor, the fit model refitted on the other folds) and printed with its paired 95% bootstrap gap against
the shipped recipe on the same folds:

- **Learned shapes** (a generalised additive model): the semantic and keyword features each pass through
  a monotone piecewise-linear function (hinges at the training folds' quantiles, non-negative slopes),
  fitted by a pairwise logistic loss on the gains. The score stays an exact sum of named parts
  (``φ_i = f_i(x_i) − f_i(r_i)``), so it would ship without losing the attributions if it won.
- **Dense variants**: chunk aggregation (a soft maximum of the profile's chunk similarities; the stored mean
  vector plus a share of the best chunk), the named skills as a second query, a hubness correction (CSLS:
  minus half the profile's mean similarity to its 50 nearest O*NET requisitions) and expanding the query
  towards its nearest O*NET requisition. Each replaces the profile similarity, dense alone and in the
  refitted hybrid. Settings are the best of a small grid on the dev set itself (chosen in-sample, so the
  gaps are optimistic).

The store is ``python -m eval.run``'s dev store (``--store``). The profile chunks are re-encoded here (the
store keeps one mean vector per profile): the same redaction, chunking and model as the store's writer.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

import eval.fit as F
from eval import devset as ds
from eval.metrics import Qrels, bootstrap_ci, per_query
from eval.query_centre import onet_requisitions
from eval.run import collect, default_shared, open_eval_memory
from memory.capture import PROFILE_CHUNK_WORDS
from memory.chunking import chunk_text
from memory.models import Requisition
from memory.query import TITLE_WEIGHT, DenseQuery
from memory.query_centre import centred, shipped_centre
from memory.ranking import names_skills
from memory.redaction_port import redactor
from memory.requisition import understand

Features = F.Features
Row = Mapping[str, float]
Scorer = Callable[[Row], float]
Fitter = Callable[[Features, Qrels], Scorer]
PerQuery = dict[str, float]
SHAPED = ("semantic_profile", "lexical")  # the features given a learned shape; the others stay linear
KNOTS = 6  # hinges per shaped feature: at 1/7 .. 6/7 of the training folds' values (3 and 0 did no better)
L2 = 1e-4  # on the slopes; 1e-2 already flattens the shapes (features span ~0.1-0.6): -0.02 to -0.05


def cross_validated(
    features: Features, qrels: Qrels, categories: Mapping[str, str], named: set[str], fitter: Fitter
) -> tuple[PerQuery, PerQuery]:
    """``eval.fit.cross_validated(..., plausible_only=True)`` with any fitter: per query, (tiered, flat) NDCG@10."""
    tiered: dict[str, dict[str, float]] = {}
    flat: dict[str, dict[str, float]] = {}
    for held_out in F.folds(categories):
        known = {q: f for q, f in features.items() if q not in held_out}
        model = F._model(F.fit_level(known, {q: qrels[q] for q in known}))
        test_all = F.plausible_tiers({q: features[q] for q in held_out if q in features}, model)
        for group in F.groups(features, named):
            train = {q: f for q, f in known.items() if q in group}
            score = fitter(train, {q: qrels[q] for q in train})
            for qid, pool in test_all.items():
                if qid in group:
                    flat[qid] = {cid: score(row) for cid, row in pool.items()}
                    tiered[qid] = {cid: s + F.TIER_STEP * pool[cid].get(F.TIER, 0.0) for cid, s in flat[qid].items()}
    return per_query(qrels, tiered, "ndcg@10"), per_query(qrels, flat, "ndcg@10")


def linear(train: Features, qrels: Qrels) -> Scorer:
    """The shipped fit (``eval.fit.fit``): a grid search of linear weights for the best NDCG@10."""
    weights = F.fit(train, qrels)
    return lambda row: sum(weights.get(name, 0.0) * value for name, value in row.items() if name != F.TIER)


def _basis(values: np.ndarray, knots: np.ndarray) -> np.ndarray:
    return np.column_stack([values, *(np.maximum(values - k, 0.0) for k in knots)])


def additive(train: Features, qrels: Qrels) -> Scorer:
    """Monotone piecewise-linear shapes for ``SHAPED``, linear terms for the skill features (pairwise logistic)."""
    columns = [*SHAPED, "must_have_skills", "nice_to_have_skills"]
    rows = [(qid, cid, row) for qid, pool in train.items() for cid, row in sorted(pool.items())]
    raw = {n: np.array([row[n] for _, _, row in rows]) for n in columns}
    knots = {n: np.quantile(raw[n], np.linspace(0, 1, KNOTS + 2)[1:-1]) for n in SHAPED}
    x = np.hstack([_basis(raw[n], knots[n]) if n in knots else raw[n][:, None] for n in columns])
    gains = np.array([qrels.get(qid, {}).get(cid, 0) for qid, cid, _ in rows], dtype=float)
    better, worse = [], []
    start = 0
    for pool in train.values():  # every within-requisition pair whose gains differ
        block = gains[start : start + len(pool)]
        hi, lo = np.nonzero(block[:, None] > block[None, :])
        better.append(hi + start)
        worse.append(lo + start)
        start += len(pool)
    b, w = np.concatenate(better), np.concatenate(worse)
    diff, weight = x[b] - x[w], gains[b] - gains[w]

    def loss(beta: np.ndarray) -> tuple[float, np.ndarray]:
        z = diff @ beta
        grad = diff.T @ (weight * -1.0 / (1.0 + np.exp(z))) / weight.sum() + 2 * L2 * beta
        return float((weight * np.logaddexp(0.0, -z)).sum() / weight.sum() + L2 * beta @ beta), grad

    # Non-negative slopes: each shape is non-decreasing, so more similarity never lowers a score.
    beta = minimize(loss, np.full(x.shape[1], 0.1), jac=True, method="L-BFGS-B", bounds=[(0, None)] * x.shape[1]).x

    def score(row: Row) -> float:
        parts = [_basis(np.array([row[n]]), knots[n])[0] if n in knots else np.array([row[n]]) for n in columns]
        return float(np.concatenate(parts) @ beta)

    return score


def _unit(x: np.ndarray) -> np.ndarray:
    unit: np.ndarray = x / np.linalg.norm(x, axis=-1, keepdims=True)
    return unit


def _as_read(requisition: Requisition) -> Requisition:
    """The requisition as the match reads it: redacted like every text the model sees (``memory.shortlist``);
    10 of the dev postings change under redaction, and so would their similarities."""
    title, description = redactor().redact_many([requisition.title, requisition.description], [None, None])
    return requisition.model_copy(update={"title": title, "description": description})


def dense_variants(dev: ds.DevSet, shared: Path, ids: list[str]) -> dict[str, np.ndarray]:
    """Per recipe, the (requisition × resume) similarity matrix, resumes in ``ids`` order."""
    from embed.encoder import SentenceEncoder

    encoder = SentenceEncoder()
    centre = shipped_centre(encoder.model_id, encoder.dim)
    by_id = {r.candidate_id: r for r in dev.resumes}
    people = [by_id[c] for c in ids]
    texts = redactor().redact_many([p.public().profile_text() for p in people], people)
    chunks = [chunk_text(t, PROFILE_CHUNK_WORDS) for t in texts]
    vectors = encoder.encode([c for cs in chunks for c in cs])
    bounds = np.cumsum([0, *(len(cs) for cs in chunks)])
    profiles = _unit(np.stack([vectors[a:b].mean(0) for a, b in itertools.pairwise(bounds)]))
    query = DenseQuery(encoder)
    reqs = [_as_read(r.requisition) for r in dev.requisitions]
    q = np.stack([query.vector(r, understand(r)) for r in reqs])
    named = [", ".join([*r.must_have_skills, *r.nice_to_have_skills]) or understand(r).title for r in reqs]
    skills = _unit(np.stack([centred(v, centre) for v in _unit(encoder.encode(named))]))
    onet = onet_requisitions(shared)
    full, title = encoder.encode([r.query_text() for r in onet]), encoder.encode([r.title for r in onet])
    anchors = _unit(np.stack([centred(v, centre) for v in _unit(full + TITLE_WEIGHT * title)]))
    by_chunk = q @ vectors.T
    soft = np.stack(
        [
            [0.1 * np.log(np.mean(np.exp(by_chunk[i, a:b] / 0.1))) for a, b in itertools.pairwise(bounds)]
            for i in range(len(q))
        ]
    )
    best = np.stack([[by_chunk[i, a:b].max() for a, b in itertools.pairwise(bounds)] for i in range(len(q))])
    shipped = q @ profiles.T
    hubness = np.sort(profiles @ anchors.T, axis=1)[:, ::-1][:, :50].mean(1)
    nearest = anchors[np.argmax(q @ anchors.T, axis=1)]
    return {
        "shipped recipe (mean chunk vector)": shipped,
        "soft maximum of chunk similarities (τ 0.1)": soft,
        "0.75 mean vector + 0.25 best chunk": 0.75 * shipped + 0.25 * best,
        "named skills as a second query (0.3)": shipped + 0.3 * (skills @ profiles.T),
        "CSLS against O*NET requisitions (k 50, 0.5)": shipped - 0.5 * hubness[None, :],
        "query expanded to its nearest O*NET requisition (0.3)": _unit(q + 0.3 * nearest) @ profiles.T,
    }


def with_dense(features: F.Features, matrix: np.ndarray, qids: Sequence[str], col: Mapping[str, int]) -> Features:
    """``features`` with the profile similarity (and the notes' copy of it) replaced by ``matrix``."""
    return {
        qid: {
            cid: {**row, "semantic_profile": float(matrix[i, col[cid]]), "semantic_notes": float(matrix[i, col[cid]])}
            for cid, row in features[qid].items()
        }
        for i, qid in enumerate(qids)
    }


def gap(new: Mapping[str, float], old: Mapping[str, float], resamples: int) -> str:
    gaps = [new[q] - old[q] for q in old]
    low, high = bootstrap_ci(gaps, resamples=resamples)
    return f"{np.mean(list(new.values())):.3f} ({np.mean(gaps):+.3f} [{low:+.3f}, {high:+.3f}])"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.trials", description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=None, help="the dev store (default .eval-data)")
    parser.add_argument("--bootstrap", type=int, default=2000, help="bootstrap resamples (default 2000)")
    args = parser.parse_args(argv)
    shared = default_shared()
    if shared is None:
        print("trials: ../shared/data is absent", file=sys.stderr)
        return 1
    dev = ds.load(shared)
    qrels = dev.qrels()
    categories = {r.requisition_id: r.category for r in dev.requisitions}
    named = {r.requisition_id for r in dev.requisitions if names_skills(r.requisition)}
    with open_eval_memory(args.store) as memory:
        features = collect(memory, dev)
    ids = sorted(next(iter(features.values())))
    col = {cid: j for j, cid in enumerate(ids)}
    qids = [r.requisition_id for r in dev.requisitions]
    print("NDCG@10 under 5-fold CV by category (paired gap against the shipped recipe, 95% bootstrap interval):\n")
    print("| trial | dense alone | hybrid, tiers above the floor | hybrid, tiers off |\n|---|---|---|---|")
    variants = dense_variants(dev, shared, ids)
    base: tuple[PerQuery, ...] = ()
    for name, matrix in variants.items():
        dense = per_query(
            qrels, {q: dict(zip(ids, map(float, matrix[i]), strict=True)) for i, q in enumerate(qids)}, "ndcg@10"
        )
        runs = (dense, *cross_validated(with_dense(features, matrix, qids, col), qrels, categories, named, linear))
        print(
            f"| {name} | "
            + " | ".join(gap(r, b, args.bootstrap) for r, b in zip(runs, base or runs, strict=True))
            + " |"
        )
        if not base:
            base, shipped = runs, with_dense(features, matrix, qids, col)
    # The hybrid on the shipped recipe: learned shapes, then each fitted feature taken out (held constant, a
    # feature the fit cannot learn and that moves no score).
    others: dict[str, Features] = {
        "without the keyword feature": {
            q: {c: {**r, "lexical": 0.0} for c, r in p.items()} for q, p in shipped.items()
        },
        "without the nice-to-have feature": {
            q: {c: {**r, "nice_to_have_skills": 0.5} for c, r in p.items()} for q, p in shipped.items()
        },
        "without the must-have weight (tiers kept)": {
            q: {c: {**r, "must_have_skills": 0.5} for c, r in p.items()} for q, p in shipped.items()
        },
    }
    trials = {f"learned monotone shapes ({KNOTS} hinges)": cross_validated(shipped, qrels, categories, named, additive)}
    trials |= {name: cross_validated(f, qrels, categories, named, linear) for name, f in others.items()}
    for name, pair in trials.items():
        print(
            f"| {name} | – | "
            + " | ".join(gap(r, b, args.bootstrap) for r, b in zip(pair, base[1:], strict=True))
            + " |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

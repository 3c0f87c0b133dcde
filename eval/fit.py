"""Fitting the ranker's weights on the dev set, and the offline rescoring it relies on.

The score is linear in the features, so one match per requisition (every pool member with its
features) lets any weight setting be re-ranked offline exactly as ``Memory.match`` would rank it.
Only features that vary on the dev set can be learned; the others keep their defaults, and the
provenance written with the weights says which is which.

Run ``python -m eval.fit --out PATH`` to refit; it writes the weights with their provenance to ``PATH``
(``fitted-weights.json`` in the current directory by default, ``-`` for stdout) and never touches the
package. ``memory/weights.json`` is the shipped, versioned artefact that ``Memory`` loads: ``make weights``
refits and copies over it on purpose, and the diff is reviewed and committed like code.
"""

from __future__ import annotations

import itertools
import math
import sys
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

from eval.metrics import Qrels
from memory.fit_level import FitModel
from memory.ranking import DEFAULT_WEIGHTS, FEATURES, REFERENCE, STAND_INS

Features = Mapping[str, Mapping[str, Mapping[str, float]]]  # query -> candidate -> feature -> value
# The shipped weights, read here for comparison only: fitting writes to ``--out``, never into the package.
WEIGHTS_FILE = Path(__file__).resolve().parents[1] / "memory" / "weights.json"
DEFAULT_OUT = "fitted-weights.json"
# Grid resolution on the simplex: 21 shares per learned feature keeps a 4-feature search to seconds.
STEP = 0.05
# Product floors: a recruiter's must-haves always move the ranking, whatever the dev set prefers, and count at
# least as much as a nice-to-have (the fit on today's features wanted 0.025 < 0.03; NDCG@10 under 5-fold CV
# with the floor at 0.03 instead of 0.02: tiers -0.001 [-0.006, +0.005], tiers off -0.005 [-0.013, +0.003]).
FLOORS = {"must_have_skills": DEFAULT_WEIGHTS["nice_to_have_skills"]}
# Features that vary on the dev set but whose weight it cannot learn for the product, kept at their defaults.
NOT_FITTED = {
    "nice_to_have_skills": "on the dev set it is only the skills read off its 27 postings (no dev requisition "
    "names a nice-to-have), while its weight also scores a recruiter's named nice-to-haves, which the dev set "
    "never shows; learning it there (0.03 -> 0.159, six times the must-have weight) gained +0.007 "
    "[-0.005, +0.020] NDCG@10 under 5-fold CV, not told apart from nothing",
}


# Must-haves covered, carried beside the features by ``eval.run.collect`` (never weighted).
TIER = "_tier"
# Tiers are ordered first: one tier outweighs any score (a score is at most 9 features × weight 10 × 1).
TIER_STEP = 1000.0


def rescore(features: Features, weights: Mapping[str, float], tiers: bool = True) -> dict[str, dict[str, float]]:
    """The run that ``weights`` would produce: score = Σ w_i·x_i per candidate, must-have tiers first."""
    return {
        qid: {
            cid: math.fsum(weights.get(f, 0.0) * x for f, x in row.items() if f != TIER)
            + (TIER_STEP * row.get(TIER, 0.0) if tiers else 0.0)
            for cid, row in pool.items()
        }
        for qid, pool in features.items()
    }


def rrf(features: Features, names: Sequence[str], k: int = 60) -> dict[str, dict[str, float]]:
    """Naive reciprocal-rank fusion of single-feature rankings (ties by id), for comparison only."""
    run: dict[str, dict[str, float]] = {}
    for qid, pool in features.items():
        fused = dict.fromkeys(pool, 0.0)
        for name in names:
            order = sorted(pool, key=lambda cid, n=name: (-pool[cid].get(n, 0.0), cid))  # type: ignore[misc]
            for rank, cid in enumerate(order, start=1):
                fused[cid] += 1.0 / (k + rank)
        run[qid] = fused
    return run


def learnable(features: Features) -> list[str]:
    """Features that take more than one value somewhere in the dev set, other than a stand-in or ``NOT_FITTED``.

    A feature imputed from its stand-in for every row (``semantic_notes`` from the profile: the dev set
    holds resumes, no notes) varies but only as a copy of the stand-in, so its weight cannot be learned.
    """
    seen: dict[str, set[float]] = {name: set() for name in FEATURES}
    gaps: dict[str, set[float]] = {name: set() for name in STAND_INS}
    for pool in features.values():
        for row in pool.values():
            for name, value in row.items():
                if name in seen:
                    seen[name].add(round(value, 9))
            for name, proxy in STAND_INS.items():
                if name in row and proxy in row:
                    gaps[name].add(round(row[name] - row[proxy], 9))
    # A constant gap to its stand-in everywhere: the feature is a shifted copy of it.
    copies = {name for name, values in gaps.items() if len(values) == 1}
    return [name for name in FEATURES if len(seen[name]) > 1 and name not in copies and name not in NOT_FITTED]


class _Matrix:
    """The dev set as arrays: per query, candidates in id order (so a stable sort breaks ties by id)."""

    def __init__(self, features: Features, qrels: Qrels, names: Sequence[str], k: int, tiers: bool = True) -> None:
        self.blocks: list[tuple[np.ndarray, np.ndarray, float]] = []
        self.tiers: list[np.ndarray] = []
        for qid, pool in features.items():
            ids = sorted(pool)
            x = np.array([[pool[c].get(n, 0.0) for n in names] for c in ids], dtype=float)
            step = TIER_STEP if tiers else 0.0
            self.tiers.append(np.array([step * pool[c].get(TIER, 0.0) for c in ids], dtype=float))
            gains = np.array([qrels.get(qid, {}).get(c, 0) for c in ids], dtype=float)
            ideal = np.sort(np.array([g for g in qrels.get(qid, {}).values() if g > 0], dtype=float))[::-1][:k]
            idcg = float((ideal / np.log2(np.arange(2, ideal.size + 2))).sum())
            self.blocks.append((x, gains, idcg))
        self.k = k
        self.discount = 1 / np.log2(np.arange(2, k + 2))

    def ndcg(self, w: np.ndarray) -> float:
        """Mean NDCG@k (linear gain), identical to ``eval.metrics.ndcg`` with ties broken by id."""
        total = 0.0
        for (x, gains, idcg), tier in zip(self.blocks, self.tiers, strict=True):
            if idcg <= 0:
                continue
            top = np.argsort(-(x @ w + tier), kind="stable")[: self.k]
            total += float((gains[top] * self.discount[: top.size]).sum()) / idcg
        return total / len(self.blocks)


def fit(features: Features, qrels: Qrels, k: int = 10) -> dict[str, float]:
    """Grid search for the best mean NDCG@k on the simplex of the learnable features' weights.

    Their total is kept at the defaults' total so the other (default) weights keep their meaning.
    Ties between settings go to the one closest to the defaults, so that a flat optimum does not
    swing the weights for nothing. The search ranks without must-have tiers: within a tier must-have
    coverage is constant, so under tiers its weight could take any value; fitted without them it is
    the weight a caller who turns tiers off gets. A stand-in copy (notes imputed from the profile)
    shares its stand-in's weight: the dev set fixes their sum, and the split is even.
    """
    names = learnable(features)
    fixed = [n for n in FEATURES if n not in names]
    matrix = _Matrix(features, qrels, [*names, *fixed], k, tiers=False)
    total = math.fsum(DEFAULT_WEIGHTS[n] for n in names)
    rest = np.array([DEFAULT_WEIGHTS[n] for n in fixed])
    steps = round(1 / STEP)
    best: tuple[float, float, dict[str, float]] | None = None
    for split in itertools.product(range(steps + 1), repeat=max(len(names) - 1, 0)):
        if sum(split) > steps:
            continue
        shares = np.array([*split, steps - sum(split)], dtype=float) * total / steps
        if any(share < FLOORS.get(name, 0.0) - 1e-12 for name, share in zip(names, shares, strict=True)):
            continue
        quality = round(matrix.ndcg(np.concatenate([shares, rest])), 12)
        distance = float(np.abs(shares - [DEFAULT_WEIGHTS[n] for n in names]).sum())
        if best is None or (quality, -distance) > (best[0], -best[1]):
            best = (quality, distance, dict(zip(names, shares.tolist(), strict=True)))
    assert best is not None
    weights = {name: round(best[2].get(name, DEFAULT_WEIGHTS[name]), 6) for name in FEATURES}
    for copy, proxy in STAND_INS.items():
        if proxy in names and copy not in names and copy in _varying(features):
            weights[copy] = weights[proxy] = round((weights[copy] + weights[proxy]) / 2, 6)
    return weights


def _varying(features: Features) -> set[str]:
    seen: dict[str, set[float]] = defaultdict(set)
    for pool in features.values():
        for row in pool.values():
            for name, value in row.items():
                seen[name].add(round(value, 9))
    return {name for name, values in seen.items() if len(values) > 1}


def folds(categories: Mapping[str, str], k: int = 5) -> list[set[str]]:
    """Group queries into k folds by category, so no fold is tuned on its own category."""
    ordered = sorted(set(categories.values()))
    return [{q for q, c in categories.items() if ordered.index(c) % k == i} for i in range(k)]


def groups(features: Features, named: Collection[str] | None) -> list[set[str]]:
    """The queries fitted together: those that name skills and those that do not (one group without ``named``)."""
    if named is None:
        return [set(features)]
    return [q for q in [{q for q in features if q in named}, {q for q in features if q not in named}] if q]


def fit_sets(features: Features, qrels: Qrels, named: Collection[str]) -> tuple[dict[str, float], dict[str, float]]:
    """The two shipped weight sets: fitted on the requisitions that name skills, and on those that do not.

    A requisition that names no skill is matched on a keyword query of its title alone
    (``memory.query.keywords``), so its keyword feature is a thinner signal than one built from named
    skills; one weight set for both is a compromise that neither kind prefers (``memory.ranking``).
    """
    with_skills = {q: f for q, f in features.items() if q in named}
    without = {q: f for q, f in features.items() if q not in named}
    first, second = fit(with_skills, qrels), fit(without, qrels)
    # A requisition that names no skill asks no must-have, so the second set's must-have weight never applies;
    # it carries the first set's value rather than a default nobody fitted (session 7 review S8).
    second["must_have_skills"] = first["must_have_skills"]
    return first, second


def plausible_tiers(features: Features, model: FitModel) -> dict[str, dict[str, dict[str, float]]]:
    """``features`` with the must-have tier taken away where ``Memory.match`` takes it away.

    A candidate below the fit model's tier floor forms no tier (``memory/match.py``); the rows here are the
    match's imputed features, so the notes read as the profile and no must-have asked as ½, which the
    model scores as ``Memory.match`` does with those features marked as no data.
    """
    out: dict[str, dict[str, dict[str, float]]] = {}
    for qid, pool in features.items():
        out[qid] = {}
        for cid, row in pool.items():
            below = not model.forms_tier(model.probability(row, ()))
            out[qid][cid] = {**row, TIER: 0.0} if below and TIER in row else dict(row)
    return out


def _model(level: Mapping[str, object]) -> FitModel:
    """The ``FitModel`` of a ``fit_level`` result."""
    n = {key: value for key, value in level.items() if isinstance(value, int | float)}
    return FitModel(n["intercept"], n["semantic"], n["must_have"], n["strong"], n["possible"])


def cross_validated(
    features: Features,
    qrels: Qrels,
    categories: Mapping[str, str],
    named: Collection[str] | None = None,
    *,
    plausible_only: bool = False,
) -> tuple[dict[str, dict[str, float]], dict[str, dict[str, float]]]:
    """Each query scored by weights fitted on the other folds only: ranked with must-have tiers, and without.

    With ``named`` (the queries that name skills), each kind of query is scored by weights fitted on the
    other folds' queries of its own kind, as the product chooses its weight set (``fit_sets``). With
    ``plausible_only``, tiers are formed above the fit floor only (``plausible_tiers``), the fit model
    fitted on the other folds.
    """
    tiered: dict[str, dict[str, float]] = {}
    flat: dict[str, dict[str, float]] = {}
    for held_out in folds(categories):
        test_all: Features = {q: features[q] for q in held_out if q in features}
        if plausible_only:
            known = {q: f for q, f in features.items() if q not in held_out}
            test_all = plausible_tiers(test_all, _model(fit_level(known, {q: qrels[q] for q in known})))
        for group in groups(features, named):
            train = {q: f for q, f in features.items() if q not in held_out and q in group}
            weights = fit(train, {q: qrels[q] for q in train})
            test = {q: f for q, f in test_all.items() if q in group}
            tiered |= rescore(test, weights, tiers=True)
            flat |= rescore(test, weights, tiers=False)
    return tiered, flat


def _fit_inputs(features: Features, qrels: Qrels) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per (requisition, resume): [semantic evidence, must-have coverage − ½ (0 when none asked)], gain."""
    x, gains = [], []
    for qid, pool in features.items():
        for cid, row in pool.items():
            asked = (
                row.get(TIER, 0.0) > 0
                or row.get("must_have_skills", REFERENCE["must_have_skills"]) != REFERENCE["must_have_skills"]
            )
            must = row["must_have_skills"] - 0.5 if asked else 0.0
            x.append([row["semantic_profile"], must])
            gains.append(qrels.get(qid, {}).get(cid, 0))
    data, gain = np.array(x, dtype=float), np.array(gains)
    return data, gain, (gain == 2).astype(float)


def fit_level(features: Features, qrels: Qrels) -> dict[str, object]:
    """A logistic model of "same occupation" (gain 2) and its strong/possible thresholds, with their precision.

    ``strong`` is the lowest probability at which ≥ 80% of those called strong are of the occupation;
    ``possible`` the lowest at which ≥ 60% are of it or an adjacent one (gain ≥ 1). L2-penalised (λ = 0.01).
    """
    x, gain, same = _fit_inputs(features, qrels)
    design = np.column_stack([np.ones(len(x)), x])

    def loss(beta: np.ndarray) -> float:
        z = design @ beta
        return float(np.sum(np.logaddexp(0.0, z) - same * z) + 0.01 * beta[1:] @ beta[1:])

    beta = minimize(loss, np.zeros(3), method="BFGS").x
    p = 1.0 / (1.0 + np.exp(-(design @ beta)))
    grid = np.round(np.arange(0.05, 0.96, 0.05), 2)

    def lowest(ok: np.ndarray, target: float) -> float:
        for t in grid:
            chosen = p >= t
            if chosen.any() and ok[chosen].mean() >= target:
                return float(t)
        return float(grid[-1])

    strong, possible = lowest(same == 1, 0.8), lowest(gain >= 1, 0.6)
    return {
        "intercept": round(float(beta[0]), 4),
        "semantic": round(float(beta[1]), 4),
        "must_have": round(float(beta[2]), 4),
        "strong": strong,
        "possible": min(possible, strong),
        "provenance": {
            "model": "logistic regression of dev-set gain 2 on the best semantic similarity and must-have coverage",
            "strong_precision": round(float((same[p >= strong]).mean()), 3),
            "possible_precision_gain_ge_1": round(float((gain[p >= possible] >= 1).mean()), 3),
            "pairs": len(x),
        },
    }


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m eval.fit``: refit on the dev set and write the weights document (``eval.fit_weights``)."""
    from eval.fit_weights import main as write_weights

    return write_weights(argv)


if __name__ == "__main__":
    sys.exit(main())

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

import argparse
import itertools
import json
import math
import sys
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from eval.metrics import Qrels
from memory.ranking import DEFAULT_WEIGHTS, FEATURES, STAND_INS

Features = Mapping[str, Mapping[str, Mapping[str, float]]]  # query -> candidate -> feature -> value
# The shipped weights, read here for comparison only: fitting writes to ``--out``, never into the package.
WEIGHTS_FILE = Path(__file__).resolve().parents[1] / "memory" / "weights.json"
DEFAULT_OUT = "fitted-weights.json"
# Grid resolution on the simplex: 51 shares per learned feature keeps the search to seconds.
STEP = 0.02
# Product floors: a recruiter's must-haves always move the ranking, whatever the dev set prefers.
FLOORS = {"must_have_skills": 0.02}


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
    """Features that take more than one value somewhere in the dev set, other than a stand-in.

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
    return [name for name in FEATURES if len(seen[name]) > 1 and name not in copies]


class _Matrix:
    """The dev set as arrays: per query, candidates in id order (so a stable sort breaks ties by id)."""

    def __init__(self, features: Features, qrels: Qrels, names: Sequence[str], k: int) -> None:
        self.blocks: list[tuple[np.ndarray, np.ndarray, float]] = []
        self.tiers: list[np.ndarray] = []
        for qid, pool in features.items():
            ids = sorted(pool)
            x = np.array([[pool[c].get(n, 0.0) for n in names] for c in ids], dtype=float)
            self.tiers.append(np.array([TIER_STEP * pool[c].get(TIER, 0.0) for c in ids], dtype=float))
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
    swing the weights for nothing.
    """
    names = learnable(features)
    fixed = [n for n in FEATURES if n not in names]
    matrix = _Matrix(features, qrels, [*names, *fixed], k)
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
    return {name: round(best[2].get(name, DEFAULT_WEIGHTS[name]), 6) for name in FEATURES}


def folds(categories: Mapping[str, str], k: int = 5) -> list[set[str]]:
    """Group queries into k folds by category, so no fold is tuned on its own category."""
    ordered = sorted(set(categories.values()))
    return [{q for q, c in categories.items() if ordered.index(c) % k == i} for i in range(k)]


def cross_validated(features: Features, qrels: Qrels, categories: Mapping[str, str]) -> dict[str, dict[str, float]]:
    """Each query scored by weights fitted on the other folds only."""
    run: dict[str, dict[str, float]] = {}
    for held_out in folds(categories):
        train = {q: f for q, f in features.items() if q not in held_out}
        weights = fit(train, {q: qrels[q] for q in train})
        run |= rescore({q: features[q] for q in held_out if q in features}, weights)
    return run


def weights_document(weights: Mapping[str, float], provenance: Mapping[str, object]) -> str:
    """The JSON that ``Memory`` reads from ``memory/weights.json``: a dated version, weights, provenance."""
    document = {
        "version": f"devset-{datetime.now(UTC).date().isoformat()}",
        "weights": dict(weights),
        "provenance": dict(provenance),
    }
    return json.dumps(document, indent=2) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    from eval import devset as ds
    from eval.run import collect, default_shared, open_eval_memory

    parser = argparse.ArgumentParser(
        prog="python -m eval.fit", description="Refit the ranker's weights on the dev set."
    )
    parser.add_argument(
        "--out",
        default=DEFAULT_OUT,
        help=f"where to write the fitted weights (default {DEFAULT_OUT}; '-' for stdout)",
    )
    args = parser.parse_args(argv)

    shared = default_shared()
    if shared is None:
        print("fit: ../shared/data is absent", file=sys.stderr)
        return 1
    dev = ds.load(shared)
    with open_eval_memory(None) as memory:
        features = collect(memory, dev)
    qrels = dev.qrels()
    weights = fit(features, qrels)
    names = learnable(features)
    document = weights_document(
        weights,
        {
            "command": "python -m eval.fit",
            "dev_set": f"{len(dev.resumes)} resumes (updated_resume_dataset), {len(dev.requisitions)} requisitions "
            "(O*NET 29.2 + LinkedIn India + Glassdoor postings mapped by hand)",
            "objective": "mean NDCG@10, grid search on the simplex (step 0.02) of the learned features",
            "floors": FLOORS,
            "learned": names,
            "kept_at_default": [n for n in FEATURES if n not in names],
            "why_kept": "constant on the dev set (resumes carry no notes, signals, seniority or dates)",
        },
    )
    if args.out == "-":
        sys.stdout.write(document)
    else:
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(document)
        print(f"fit: weights written to {out}; memory/weights.json is unchanged (see make weights)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

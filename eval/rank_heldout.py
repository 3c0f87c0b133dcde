"""The held-out check of session 15's one leading trial: ``python -m eval.rank_heldout --store DIR --work DIR``.

``eval.rank_trials`` scored five variants on the dev set; none beat the shipped hybrid beyond its interval.
The one with the highest gain there (the O*NET occupation profile, 50 nearest at τ 0.1, +0.008 [−0.000,
+0.018] with tiers) is taken once to ``eval.postings_check``'s 28 held-out postings, as the rule for a
choice made on the dev set: its weights are fitted on all 57 dev requisitions (``eval.fit.fit_sets``, the
feature at default 0.10) and the postings are ranked with them, against the nine shipped features refitted
the same way on the same recomputed profile similarity. The postings were never used to choose anything.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

import eval.fit as F
from eval import devset as ds
from eval import rank_space as sp
from eval.finetune import Texts, _features
from eval.metrics import bootstrap_ci, per_query
from eval.rank_trials import EXTRA_WEIGHT, Vectors, extra_features, sentences_of, with_extra
from eval.trials import with_dense
from memory.ranking import names_skills

SPACE, K, TAU = "O*NET", 50, 0.1  # the leading trial's settings, as eval.rank_trials scored them
OCCUPATION = f"{SPACE} occupation profile (k {K}, τ {TAU})"


def held_features(held: ds.DevSet, store: Path | None, cache: Path) -> F.Features:
    """The held-out postings' features, one match each over the dev pool (``eval.postings_check``'s), cached."""
    if cache.exists():
        loaded: F.Features = json.loads(cache.read_text())
        return loaded
    from eval.run import POOL_LIMIT, open_eval_memory
    from memory import MatchFilters

    out: dict[str, dict[str, dict[str, float]]] = {}
    with open_eval_memory(store) as memory:
        for req in held.requisitions:
            response = memory.match(req.requisition, limit=POOL_LIMIT, filters=MatchFilters(consent_required=False))
            out[req.requisition_id] = {
                r.candidate_id: {**r.features, F.TIER: float(r.must_haves_covered or 0)} for r in response.results
            }
    cache.write_text(json.dumps(out))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    from embed.encoder import DEFAULT_MODEL_ID
    from eval.postings_check import requisitions
    from eval.run import default_shared
    from memory.query_centre import centred, shipped_centre

    parser = argparse.ArgumentParser(prog="python -m eval.rank_heldout", description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=None, help="the dev store (default .eval-data)")
    parser.add_argument("--work", type=Path, required=True, help="eval.rank_trials' cache directory")
    parser.add_argument("--bootstrap", type=int, default=2000, help="bootstrap resamples (default 2000)")
    args = parser.parse_args(argv)
    shared = default_shared()
    if shared is None:
        print("rank_heldout: ../shared/data is absent", file=sys.stderr)
        return 1
    dev = ds.load(shared)
    held = ds.DevSet(dev.resumes, dev.categories, requisitions(shared))
    texts = Texts(dev, shared, args.work / "texts.json")
    vectors = Vectors(texts, sentences_of(dev), shared, args.work / "vectors.npz")
    dev_features = _features(dev, args.store, args.work / "features.json")
    held_raw = held_features(held, args.store, args.work / "held_features.json")
    ids = sorted(next(iter(dev_features.values())))
    col = {cid: j for j, cid in enumerate(ids)}
    centre = shipped_centre(DEFAULT_MODEL_ID, vectors.profiles.shape[1])
    occupations = vectors.spaces[SPACE]
    people = sp.profiles(vectors.profiles @ occupations.T, K, TAU)

    def signals(qids: list[str]) -> tuple[np.ndarray, np.ndarray]:
        raw = np.stack([vectors.queries[q] for q in qids])
        dense = np.stack([centred(v, centre) for v in raw]) @ vectors.profiles.T
        return dense, sp.profile_similarity(sp.profiles(raw @ occupations.T, K, TAU), people)

    dev_ids = [r.requisition_id for r in dev.requisitions]
    held_ids = [r.requisition_id for r in held.requisitions]
    (dev_dense, dev_occ), (held_dense, held_occ) = signals(dev_ids), signals(held_ids)
    dev_base = with_dense(dev_features, dev_dense, dev_ids, col)
    held_base = with_dense(held_raw, held_dense, held_ids, col)
    named = {r.requisition_id for r in dev.requisitions if names_skills(r.requisition)}
    if any(names_skills(r.requisition) for r in held.requisitions):
        raise RuntimeError("a held-out posting names a skill; this check ranks postings with the second set only")
    qrels = dev.qrels()
    _, base_weights = F.fit_sets(dev_base, qrels, named)
    with extra_features({OCCUPATION: EXTRA_WEIGHT}):
        _, occ_weights = F.fit_sets(with_extra(dev_base, {OCCUPATION: dev_occ}, dev_ids, col), qrels, named)
    held_qrels = held.qrels()
    runs = {
        "nine features, refitted on the 57 dev requisitions": F.rescore(held_base, base_weights),
        f"+ {OCCUPATION}, refitted the same way": F.rescore(
            with_extra(held_base, {OCCUPATION: held_occ}, held_ids, col), occ_weights
        ),
        # Fitting with the profile also moves the other weights (the keyword weight among them); the same
        # weights with the profile's own at 0 tell that shift from the profile itself (a diagnostic).
        "its weights, the profile's own at 0": F.rescore(held_base, {**occ_weights, OCCUPATION: 0.0}),
        f"{OCCUPATION} alone": {
            q: dict(zip(ids, map(float, held_occ[i]), strict=True)) for i, q in enumerate(held_ids)
        },
        "dense alone (centred query)": {
            q: dict(zip(ids, map(float, held_dense[i]), strict=True)) for i, q in enumerate(held_ids)
        },
    }
    scores = {name: per_query(held_qrels, run, "ndcg@10") for name, run in runs.items()}
    print(f"{len(held_ids)} held-out postings; weights for postings (second set):")
    print(f"- nine features: { {k: v for k, v in base_weights.items() if v} }")
    print(f"- with the occupation profile: { {k: v for k, v in occ_weights.items() if v} }\n")
    first = next(iter(scores))
    for name, values in scores.items():
        low, high = bootstrap_ci(list(values.values()), resamples=args.bootstrap)
        line = f"- {name}: {np.mean(list(values.values())):.3f} [{low:.3f}, {high:.3f}]"
        if name != first:
            gaps = [values[q] - scores[first][q] for q in held_ids]
            g_low, g_high = bootstrap_ci(gaps, resamples=args.bootstrap)
            line += f"; against the nine features {np.mean(gaps):+.3f} [{g_low:+.3f}, {g_high:+.3f}]"
        print(line)
    # Where the gap comes from (a diagnostic: four postings of one category can carry a mean over 28).
    shown = list(scores)[:2]
    print("\n| category | postings | nine features | with the occupation profile |\n|---|---|---|---|")
    for category in sorted({r.category for r in held.requisitions}):
        ids_in = [r.requisition_id for r in held.requisitions if r.category == category]
        cells = " | ".join(f"{np.mean([scores[n][q] for q in ids_in]):.3f}" for n in shown)
        print(f"| {category} | {len(ids_in)} | {cells} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

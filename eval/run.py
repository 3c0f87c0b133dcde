"""``talentrecall eval``: ranking quality on the dev set, baselines through the same code.

Every system is a weight setting of the same additive ranker: BM25-only, dense-only, the hybrid with
default weights and the hybrid with learned weights (cross-validated by category, so no query is
scored by weights tuned on its own category). Naive RRF of BM25 and dense is shown for reference.
Intervals are 95% percentile bootstraps over queries; gaps are paired.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

from tqdm import tqdm

from eval import devset as ds
from eval.fit import TIER, Features, cross_validated, plausible_tiers, rescore, rrf
from eval.metrics import Run, bootstrap_ci, per_query
from memory import MatchFilters, Memory, Settings
from memory.fit_level import FitModel
from memory.ranking import DEFAULT_WEIGHTS, FEATURES, names_skills, without_named_skills

METRICS = ("ndcg@10", "recall@10", "mrr", "map")
POOL_LIMIT = 200
EVAL_STORE = Path(".eval-data")


def default_shared() -> Path | None:
    candidates = [
        os.environ.get("TALENTRECALL_SHARED"),
        Path(__file__).resolve().parents[2] / "shared",
        Path.cwd().parent / "shared",
    ]
    for candidate in candidates:
        if candidate and (Path(candidate) / "data").is_dir():
            return Path(candidate) / "data"
    return None


def only(**weights: float) -> dict[str, float]:
    return {name: weights.get(name, 0.0) for name in FEATURES}


def open_eval_memory(store: Path | None, *, centre_queries: bool = True) -> Memory:
    """The dev pool's memory. ``centre_queries=False`` matches with the raw query vector (no typical
    requisition taken out, ``memory/query_centre.py``): the plain MiniLM cosine, a baseline only."""
    return Memory.open(Settings(data_dir=store or EVAL_STORE, centre_queries=centre_queries))


def collect(memory: Memory, dev: ds.DevSet) -> Features:
    """Load the resumes (idempotent) and read every pool member's features for each requisition."""
    lines = [json.dumps({"type": "candidate", **r.model_dump(mode="json")}) for r in dev.resumes]
    # Progress on stderr: loading and matching take minutes on the real model (stdout stays the table).
    with tqdm(total=len(lines), desc="dev resumes", unit="resume", file=sys.stderr) as bar:
        report = memory.import_ndjson(lines, progress=bar.update)
    if report.rejected:
        raise RuntimeError(f"dev resumes rejected: {report.rejected[:3]}")
    filters = MatchFilters(consent_required=False)
    features: dict[str, dict[str, dict[str, float]]] = {}
    for req in tqdm(dev.requisitions, desc="requisitions", unit="match", file=sys.stderr):
        response = memory.match(req.requisition, limit=POOL_LIMIT, filters=filters, weights=DEFAULT_WEIGHTS)
        # "_tier" (must-haves covered) rides along with the features: weight 0 in every score, it is read
        # by ``eval.fit.rescore`` to order tiers as ``Memory.match`` does.
        features[req.requisition_id] = {
            r.candidate_id: {**r.features, TIER: float(r.must_haves_covered or 0)} for r in response.results
        }
    return features


def systems(
    dev: ds.DevSet, features: Features, shipped: Mapping[str, float], version: str, plain: Features
) -> dict[str, Run]:
    """Runs per system, rescored offline from one match per requisition (``eval.fit.rescore``).

    The score is linear in the features, so a weight setting re-ranks the collected pool exactly as
    ``Memory.match`` would (ties by id, must-have tiers first when on); the pool is every dev resume.
    The learned hybrid scores a requisition with weights fitted on the other folds' requisitions of its
    kind (naming skills or not), as the product picks its weight set; one set for all is shown beside it.
    Baselines run without tiers: they are the single signals, as a search engine would rank them.
    ``plain`` are the features read with the raw (uncentred) query: the plain MiniLM cosine baseline.
    """
    categories = {r.requisition_id: r.category for r in dev.requisitions}
    named = {r.requisition_id for r in dev.requisitions if names_skills(r.requisition)}
    tiered, flat = cross_validated(features, dev.qrels(), categories, named, plausible_only=True)
    everyone, _ = cross_validated(features, dev.qrels(), categories, named)
    one_tiered, one_flat = cross_validated(features, dev.qrels(), categories, plausible_only=True)
    # The product's default weights for each requisition (its set by whether it names skills), and its
    # shipped fit model deciding who forms a must-have tier.
    ranked = plausible_tiers(features, FitModel.shipped()[1])
    in_sample = rescore({q: f for q, f in ranked.items() if q in named}, shipped) | rescore(
        {q: f for q, f in ranked.items() if q not in named}, without_named_skills(shipped)
    )
    return {
        "bm25-only": rescore(features, only(lexical=1.0), tiers=False),
        PLAIN_DENSE: rescore(plain, only(semantic_profile=1.0, semantic_notes=1.0), tiers=False),
        "dense-only": rescore(features, only(semantic_profile=1.0, semantic_notes=1.0), tiers=False),
        "rrf(bm25, dense)": rrf(features, ["lexical", "semantic_profile"]),
        "hybrid, default weights": rescore(ranked, DEFAULT_WEIGHTS),
        ONE_SET: one_tiered,
        ONE_SET_NO_TIERS: one_flat,
        LEARNED_EVERYONE: everyone,
        LEARNED: tiered,
        LEARNED_NO_TIERS: flat,
        f"hybrid, shipped weights ({version}, in-sample)": in_sample,
    }


PLAIN_DENSE = "dense-only, uncentred query (plain MiniLM cosine)"
LEARNED = "hybrid, learned weights (5-fold CV), must-have tiers above the fit floor (default)"
LEARNED_NO_TIERS = "hybrid, learned weights (5-fold CV), tiers off"
# Session 7's default, for comparison: every candidate, a weak fit too, forms a must-have tier.
LEARNED_EVERYONE = "hybrid, learned weights (5-fold CV), must-have tiers for everyone"
# The previous recipe, for comparison: one weight set for every requisition (the shipped ranker has two).
ONE_SET = "hybrid, one learned weight set (5-fold CV), tiers above the fit floor"
ONE_SET_NO_TIERS = "hybrid, one learned weight set (5-fold CV), tiers off"
BASELINES = ("bm25-only", PLAIN_DENSE, "dense-only", "rrf(bm25, dense)", "hybrid, default weights")


def table(qrels: dict[str, dict[str, int]], runs: dict[str, Run], resamples: int) -> str:
    lines = ["| system | " + " | ".join(METRICS) + " |", "|---|" + "---|" * len(METRICS)]
    scores = {name: {m: per_query(qrels, run, m) for m in METRICS} for name, run in runs.items()}
    for name in runs:
        cells = []
        for metric in METRICS:
            values = list(scores[name][metric].values())
            low, high = bootstrap_ci(values, resamples=resamples)
            cells.append(f"{sum(values) / len(values):.3f} [{low:.3f}, {high:.3f}]")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines.append("")
    lines.append("Paired gaps in NDCG@10 (95% bootstrap interval over queries):")
    lines.append("")
    for learned, previous in (
        (LEARNED, (ONE_SET, LEARNED_EVERYONE, LEARNED_NO_TIERS)),
        (LEARNED_NO_TIERS, (ONE_SET_NO_TIERS,)),
    ):
        for baseline in (*BASELINES, *previous):
            a, b = scores[learned]["ndcg@10"], scores[baseline]["ndcg@10"]
            gaps = [a[q] - b[q] for q in qrels]
            low, high = bootstrap_ci(gaps, resamples=resamples)
            lines.append(f"- {learned} − {baseline}: {sum(gaps) / len(gaps):+.3f} [{low:+.3f}, {high:+.3f}]")
    return "\n".join(lines)


def by_category(dev: ds.DevSet, runs: dict[str, Run]) -> str:
    """NDCG@10 per category (mean over its requisitions) for the baselines and the learned hybrid."""
    qrels = dev.qrels()
    shown = ("bm25-only", PLAIN_DENSE, "dense-only", "rrf(bm25, dense)", LEARNED_EVERYONE, LEARNED, LEARNED_NO_TIERS)
    scores = {name: per_query(qrels, runs[name], "ndcg@10") for name in shown}
    groups: dict[str, list[str]] = defaultdict(list)
    for req in dev.requisitions:
        groups[req.category].append(req.requisition_id)
    lines = [
        "| category | requisitions | bm25 | dense, uncentred | dense | rrf | learned, tiers for everyone "
        "| learned, tiers above floor | learned, no tiers |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for category in sorted(groups):
        ids = groups[category]
        cells = [f"{sum(scores[n][q] for q in ids) / len(ids):.3f}" for n in shown]
        lines.append(f"| {category} | {len(ids)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(args: argparse.Namespace, settings: Settings) -> int:
    shared = args.shared or default_shared()
    if shared is None or not Path(shared).is_dir():
        print("talentrecall: error: the shared data directory (../shared/data) is absent", file=sys.stderr)
        return 1
    dev = ds.load(Path(shared))
    qrels = dev.qrels()
    with open_eval_memory(args.store) as memory:
        features = collect(memory, dev)
        shipped, version, model = memory.weights, memory.weights_version, memory.model_id
    # The plain cosine baseline on a memory of its own (the same store, opened again with raw queries).
    with open_eval_memory(args.store, centre_queries=False) as memory:
        plain = collect(memory, dev)
    runs = systems(dev, features, shipped, version, plain)
    header = (
        f"Dev set: {len(dev.resumes)} resumes, {len(dev.requisitions)} requisitions, "
        f"{sum(len(g) for g in qrels.values())} graded judgements; model {model}."
    )
    body = f"{header}\n\n{table(qrels, runs, args.bootstrap)}\n\nNDCG@10 by category:\n\n{by_category(dev, runs)}"
    print(body)
    if args.out:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d")
        section = f"{RANKING_START}\nCommand: `{COMMAND} --out {args.out}` (date {stamp}).\n\n{body}\n{RANKING_END}"
        write_section(args.out, section)
    return 0


RANKING_START, RANKING_END = "<!-- ranking:start -->", "<!-- ranking:end -->"
COMMAND = "python -m eval.run"


def write_section(path: Path, section: str) -> None:
    """Replace the ranking section of ``path`` (between its markers), keeping every other section."""
    text = path.read_text() if path.exists() else "# Ranking evaluation\n\n"
    if RANKING_START in text and RANKING_END in text:
        before, _, rest = text.partition(RANKING_START)
        _, _, after = rest.partition(RANKING_END)
        path.write_text(before + section + after)
    else:
        path.write_text(text.rstrip("\n") + "\n\n" + section + "\n")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog=COMMAND, description="Ranking quality on the dev set (EVAL.md section).")
    parser.add_argument("--shared", type=Path, default=None, help="the shared data directory (default ../shared/data)")
    parser.add_argument("--store", type=Path, default=None, help="where the dev pool is kept (default .eval-data)")
    parser.add_argument("--bootstrap", type=int, default=1000, help="bootstrap resamples (default 1000)")
    parser.add_argument("--out", type=Path, default=None, help="write the ranking section into this file")
    sys.exit(main(parser.parse_args(), Settings()))

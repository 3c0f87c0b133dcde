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
from datetime import UTC, datetime
from pathlib import Path

from eval import devset as ds
from eval import redaction
from eval.fit import TIER, Features, cross_validated, rrf
from eval.metrics import Run, bootstrap_ci, per_query
from memory import MatchFilters, Memory, Settings
from memory.ranking import DEFAULT_WEIGHTS, FEATURES

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


def open_eval_memory(store: Path | None) -> Memory:
    return Memory.open(Settings(data_dir=store or EVAL_STORE))


def collect(memory: Memory, dev: ds.DevSet) -> Features:
    """Load the resumes (idempotent) and read every pool member's features for each requisition."""
    lines = [json.dumps({"type": "candidate", **r.model_dump(mode="json")}) for r in dev.resumes]
    report = memory.import_ndjson(lines)
    if report.rejected:
        raise RuntimeError(f"dev resumes rejected: {report.rejected[:3]}")
    filters = MatchFilters(consent_required=False)
    features: dict[str, dict[str, dict[str, float]]] = {}
    for req in dev.requisitions:
        response = memory.match(req.requisition, limit=POOL_LIMIT, filters=filters, weights=DEFAULT_WEIGHTS)
        # "_tier" (must-haves covered) rides along with the features: weight 0 in every score, it is read by
        # ``eval.fit.rescore`` to order tiers as ``Memory.match`` does; "_no_notes" lets the fit level see data.
        features[req.requisition_id] = {
            r.candidate_id: {**r.features, TIER: float(r.must_haves_covered or 0)} for r in response.results
        }
    return features


def systems(memory: Memory, dev: ds.DevSet, features: Features) -> dict[str, Run]:
    """Runs per system; the weighted ones go through ``Memory.match`` itself."""
    filters = MatchFilters(consent_required=False)

    def live(weights: dict[str, float]) -> Run:
        return {
            req.requisition_id: {
                r.candidate_id: r.score
                for r in memory.match(req.requisition, limit=POOL_LIMIT, filters=filters, weights=weights).results
            }
            for req in dev.requisitions
        }

    categories = {r.requisition_id: r.category for r in dev.requisitions}
    runs: dict[str, Run] = {
        "bm25-only": live(only(lexical=1.0)),
        "dense-only": live(only(semantic_profile=1.0, semantic_notes=1.0)),
        "rrf(bm25, dense)": rrf(features, ["lexical", "semantic_profile"]),
        "hybrid, default weights": live(dict(DEFAULT_WEIGHTS)),
        "hybrid, learned weights (5-fold CV)": cross_validated(features, dev.qrels(), categories),
    }
    if memory.weights_version != "default":
        runs[f"hybrid, shipped weights ({memory.weights_version}, in-sample)"] = live(memory.weights)
    return runs


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
    learned = "hybrid, learned weights (5-fold CV)"
    lines.append("")
    lines.append("Paired gaps in NDCG@10 (95% bootstrap interval over queries):")
    lines.append("")
    for baseline in ("bm25-only", "dense-only", "rrf(bm25, dense)", "hybrid, default weights"):
        a, b = scores[learned]["ndcg@10"], scores[baseline]["ndcg@10"]
        gaps = [a[q] - b[q] for q in qrels]
        low, high = bootstrap_ci(gaps, resamples=resamples)
        lines.append(f"- learned − {baseline}: {sum(gaps) / len(gaps):+.3f} [{low:+.3f}, {high:+.3f}]")
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
        runs = systems(memory, dev, features)
    body = table(qrels, runs, args.bootstrap)
    header = (
        f"Dev set: {len(dev.resumes)} resumes, {len(dev.requisitions)} requisitions, "
        f"{sum(len(g) for g in qrels.values())} graded judgements; model {memory.model_id}."
    )
    print(header + "\n\n" + body)
    command = f"talentrecall eval --out {args.out}" if args.out else "talentrecall eval"
    redacting = redaction.section(Path(shared), command)  # recall per origin group, false redactions
    print("\n" + redacting)
    if args.out:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d")
        args.out.write_text(
            f"# Ranking evaluation\n\nCommand: `talentrecall eval --out {args.out}` (date {stamp}).\n\n"
            f"{header}\n\n{body}\n\n{redacting}"
        )
    return 0

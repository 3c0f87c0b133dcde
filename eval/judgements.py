"""Recorded outcomes as graded judgements, so that ``talentrecall fit`` can learn from what recruiters did.

Each logged shortlist with at least one recorded outcome becomes a query ``log:<decision_id>``; each
person it listed (``results`` and ``needs_consent``) with an outcome is a judged candidate, graded by their
best outcome (hired 3, advanced 2, contacted 1, rejected 0, as FAIRNESS.md §5's example grades). People
listed without any outcome are left out rather than counted as irrelevant: nobody looked at them, and a
zero would teach the ranker that being unread is being unfit (judged-only, "condensed" lists).

The features are those the decision logged for each listed person (``LoggedResult.features``, the same
values the ranker scored). Nothing here reads the category snapshots or any protected attribute: the
inputs are decisions and outcomes only, so a fit on them cannot use a person's sex, race or age.

``compare`` reports, under the dev set's cross-validation by category (outcome queries get categories of
their own, spread over the folds), how the cross-validated NDCG@10 moves on the dev set's queries and on
the outcome queries when the outcome judgements are added to the training data.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from eval.fit import Features, cross_validated, fit, learnable, rescore
from eval.metrics import Qrels, per_query
from memory.decisions import Decision, OutcomeAction, RecordedOutcome

GRADES: Mapping[OutcomeAction, int] = {
    OutcomeAction.hired: 3,
    OutcomeAction.advanced: 2,
    OutcomeAction.contacted: 1,
    OutcomeAction.rejected: 0,
}
# Too few judged people in one shortlist say nothing about its order.
MIN_JUDGED = 2
# Outcome queries are spread over the five folds by these categories; "~" sorts them after every dev
# category, so the dev queries keep the folds they have without outcomes.
OUTCOME_CATEGORIES = [f"~recorded outcomes {i}" for i in range(5)]


def judgements(
    decisions: Sequence[Decision], outcomes: Sequence[RecordedOutcome]
) -> tuple[dict[str, dict[str, dict[str, float]]], dict[str, dict[str, int]]]:
    """Features and graded judgements of every logged shortlist with enough outcomes."""
    best: dict[str, dict[str, int]] = {}
    for outcome in outcomes:
        grades = best.setdefault(outcome.decision_id, {})
        grade = GRADES[outcome.action]
        grades[outcome.candidate_id] = max(grade, grades.get(outcome.candidate_id, grade))
    features: dict[str, dict[str, dict[str, float]]] = {}
    qrels: dict[str, dict[str, int]] = {}
    for decision in decisions:
        grades = best.get(decision.decision_id, {})
        rows = {r.candidate_id: dict(r.features) for r in decision.results + decision.needs_consent if r.features}
        judged = {cid: g for cid, g in grades.items() if cid in rows}
        if len(judged) < MIN_JUDGED or not any(judged.values()):
            continue
        qid = f"log:{decision.decision_id}"
        features[qid] = {cid: rows[cid] for cid in judged}
        qrels[qid] = {cid: g for cid, g in judged.items() if g > 0}
    return features, qrels


def _mean(values: Mapping[str, float], keys: Sequence[str]) -> float | None:
    picked = [values[k] for k in keys if k in values]
    return sum(picked) / len(picked) if picked else None


def compare(
    dev_features: Features,
    dev_qrels: Qrels,
    categories: Mapping[str, str],
    log_features: Features,
    log_qrels: Qrels,
    k: int = 10,
) -> dict[str, object]:
    """Cross-validated NDCG@k on the dev queries and on the outcome queries, without and with outcomes.

    Only the features learnable on the dev set are learned either way: a feature that only the logged
    shortlists vary (notes, signals, dates) keeps its default weight, so the grid stays the dev set's size.
    """
    names = learnable(dev_features)
    frozen = {
        q: {c: {n: row.get(n, 0.0) for n in names} for c, row in pool.items()} for q, pool in log_features.items()
    }
    metric = f"ndcg@{k}"
    # Ranked as ``Memory.match`` ranks by default: must-have tiers first (the first of the two runs).
    alone, _ = cross_validated(dev_features, dev_qrels, categories)
    together_features = {**dev_features, **frozen}
    together_qrels = {**dev_qrels, **log_qrels}
    spread = {q: OUTCOME_CATEGORIES[i % len(OUTCOME_CATEGORIES)] for i, q in enumerate(sorted(frozen))}
    together_categories = {**categories, **spread}
    together, _ = cross_validated(together_features, together_qrels, together_categories)
    # Outcome queries scored by the dev-only fit: the weights trained without any outcome.
    dev_only = rescore(frozen, fit(dev_features, dev_qrels, k))
    dev_ids, log_ids = sorted(dev_features), sorted(frozen)
    before_dev, after_dev = per_query(dev_qrels, alone, metric), per_query(together_qrels, together, metric)
    before_log, after_log = per_query(log_qrels, dev_only, metric), per_query(together_qrels, together, metric)
    return {
        "metric": metric,
        "dev_queries": len(dev_ids),
        "outcome_queries": len(log_ids),
        "learned": names,
        "dev_without_outcomes": _mean(before_dev, dev_ids),
        "dev_with_outcomes": _mean(after_dev, dev_ids),
        "outcomes_without_outcomes": _mean(before_log, log_ids),
        "outcomes_with_outcomes": _mean(after_log, log_ids),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m eval.judgements --outcomes DATA_DIR``: the cross-validated change outcomes would bring."""
    import argparse
    import json
    import sys
    from datetime import UTC, datetime
    from pathlib import Path

    from eval import devset as ds
    from eval.run import collect, default_shared, open_eval_memory
    from memory import Memory, Settings

    parser = argparse.ArgumentParser(prog="python -m eval.judgements", description=__doc__.splitlines()[0])
    parser.add_argument("--outcomes", required=True, type=Path, help="data directory of a store with outcomes")
    args = parser.parse_args(argv)
    shared = default_shared()
    if shared is None:
        print("judgements: ../shared/data is absent", file=sys.stderr)
        return 1
    # The whole log: decisions and outcomes only (``window`` also returns the snapshots; they are not passed on).
    with Memory.open(Settings(data_dir=args.outcomes)) as store:
        log = store._decisions.window(datetime(1970, 1, 1, tzinfo=UTC), datetime(2200, 1, 1, tzinfo=UTC))
    log_features, log_qrels = judgements(log.decisions, log.outcomes)
    dev = ds.load(shared)
    with open_eval_memory(None) as memory:
        features = collect(memory, dev)
    categories = {r.requisition_id: r.category for r in dev.requisitions}
    report = compare(features, dev.qrels(), categories, log_features, log_qrels)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The shipped weights document: what ``python -m eval.fit`` writes, and the version that names it.

``memory/weights.json`` holds the weights of both sets, the reference point the attributions are taken
against and the calibrated fit level, under a version ending in a digest of all of them (the decision log
and the audits record it). Split from ``eval.fit``, which fits; this module writes down what was fitted.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

from eval.fit import DEFAULT_OUT, FLOORS, NOT_FITTED, STEP, Features, fit_level, fit_sets, learnable
from memory.ranking import FEATURES, REFERENCE, WITHOUT_NAMED_SKILLS, names_skills


def reference_point(features: Features) -> dict[str, float]:
    """The typical dev-set candidate for the features the dev set measures (semantic, lexical).

    The notes' reference is the profile's: the dev set holds no notes, and both are the same model's cosine
    between a requisition and a text about a person. Other features keep ``REFERENCE`` (their scale's middle).
    """
    rows = [row for pool in features.values() for row in pool.values()]
    profile = math.fsum(r["semantic_profile"] for r in rows) / len(rows)
    lexical = math.fsum(r["lexical"] for r in rows) / len(rows)
    return {
        **REFERENCE,
        "semantic_profile": round(profile, 4),
        "semantic_notes": round(profile, 4),
        "lexical": round(lexical, 4),
    }


def weights_document(
    weights: Mapping[str, float],
    provenance: Mapping[str, object],
    reference: Mapping[str, float] | None = None,
    level: Mapping[str, object] | None = None,
    without_named_skills: Mapping[str, float] | None = None,
) -> str:
    """The JSON that ``Memory`` reads from ``memory/weights.json``: version, weights (and the set for
    requisitions that name no skill), reference, fit level.

    The version ends with a digest of the model it names (``model_digest``): the decision log and the
    audits record it, so two fits of the same day must not share a version.
    """
    document: dict[str, object] = {"weights": dict(weights)}
    if without_named_skills is not None:
        document[WITHOUT_NAMED_SKILLS] = dict(without_named_skills)
    if reference is not None:
        document["reference"] = dict(reference)
    if level is not None:
        document["fit_level"] = dict(level)
    version = f"devset-{datetime.now(UTC).date().isoformat()}-{model_digest(document)}"
    return json.dumps({"version": version, **document, "provenance": dict(provenance)}, indent=2) + "\n"


def model_digest(document: Mapping[str, object]) -> str:
    """The first 8 hex digits of the SHA-256 of the weights, reference and fit level, canonical JSON."""
    keys = ("weights", WITHOUT_NAMED_SKILLS, "reference", "fit_level")
    model = {key: document[key] for key in keys if key in document}
    return hashlib.sha256(json.dumps(model, sort_keys=True).encode()).hexdigest()[:8]


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
    parser.add_argument("--store", type=Path, default=None, help="the dev store to (re)use (default .eval-data)")
    args = parser.parse_args(argv)

    shared = default_shared()
    if shared is None:
        print("fit: ../shared/data is absent", file=sys.stderr)
        return 1
    dev = ds.load(shared)
    with open_eval_memory(args.store) as memory:
        features = collect(memory, dev)
    qrels = dev.qrels()
    named = {r.requisition_id for r in dev.requisitions if names_skills(r.requisition)}
    weights, without = fit_sets(features, qrels, named)
    names = learnable(features)
    document = weights_document(
        weights,
        {
            "command": "python -m eval.fit",
            "dev_set": f"{len(dev.resumes)} resumes (updated_resume_dataset), {len(dev.requisitions)} requisitions "
            "(O*NET 29.2 + LinkedIn India + Glassdoor postings mapped by hand)",
            "objective": f"mean NDCG@10, grid search on the simplex (step {STEP:g}) of the learned features",
            "sets": f"weights: fitted on the {len(named)} requisitions that name skills; {WITHOUT_NAMED_SKILLS}: "
            f"on the {len(features) - len(named)} that name none (postings: a title and a text); its must-have "
            "weight never applies (no must-have is asked) and is the first set's",
            "floors": FLOORS,
            "learned": names,
            "learned_without_named_skills": learnable({q: f for q, f in features.items() if q not in named}),
            "kept_at_default": [n for n in FEATURES if n not in names],
            "why_kept": "constant on the dev set (resumes carry no notes, signals, seniority or dates); "
            "semantic_notes is imputed from the profile there (no notes), a copy whose weight cannot be learned",
            "not_fitted": NOT_FITTED,
            "reference": "semantic and lexical: dev-set means over every (requisition, resume) pair; others: "
            "memory.ranking.REFERENCE",
        },
        reference_point(features),
        fit_level(features, qrels),
        without,
    )
    if args.out == "-":
        sys.stdout.write(document)
    else:
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(document)
        print(f"fit: weights written to {out}; memory/weights.json is unchanged (see make weights)", file=sys.stderr)
    return 0

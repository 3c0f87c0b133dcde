"""A held-out check of the ranker: postings the dev set never used, against the same 166 dev resumes.

``python -m eval.postings_check [--store DIR]`` takes LinkedIn India and Glassdoor postings that are not
among the dev set's (``eval.devset.POSTINGS``), gives each a dev category by a rule on its title (``RULES``,
written before the first run and never changed to suit a result; at most ``PER_CATEGORY`` a category,
first rows first, duplicate postings once), grades the resumes as the dev set does (2 same category,
1 adjacent) and prints NDCG@10 of BM25 alone, dense alone (the centred query, and the plain uncentred
MiniLM cosine), RRF of the two and the shipped weights, with paired 95% bootstrap gaps, and the shipped
weights with the keyword or the nice-to-have weight set to 0 (an ablation, to see which feature pulls the
ranker below dense). The weights were never fitted on these postings. ``--store`` reuses the dev store of
``python -m eval.run`` (default ``.eval-data``).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import html
import io
import re
import sys
from pathlib import Path

from eval import devset as ds
from eval.fit import TIER, rescore, rrf
from eval.metrics import bootstrap_ci, per_query
from eval.run import POOL_LIMIT, default_shared, only, open_eval_memory
from memory import MatchFilters, Requisition

# (dev category, pattern on the lower-cased posting title); the first rule that matches wins.
RULES: tuple[tuple[str, str], ...] = (
    ("Java Developer", r"\bjava\b.*(developer|engineer)"),
    ("DevOps Engineer", r"devops"),
    ("DotNet Developer", r"\.net\b|dotnet"),
    ("SAP Developer", r"\bsap\b"),
    ("Network Security Engineer", r"network security|cyber ?security|security analyst"),
    ("Civil Engineer", r"civil engineer|site engineer"),
    ("Electrical Engineering", r"electrical engineer"),
    ("Testing", r"\bqa\b|test engineer|tester|quality assurance"),
    ("Python Developer", r"python developer"),
    ("Data Science", r"^data scientist$"),
    ("Mechanical Engineer", r"^mechanical (design )?engineer$"),
    ("HR", r"^human resources (manager|business partner)$"),
    ("Sales", r"^(area )?sales (manager|executive)$"),
    ("Business Analyst", r"^business analyst"),
    ("Operations Manager", r"operations manager"),
    ("Web Designing", r"web designer|ui designer|ui/ux"),
    ("Hadoop", r"big data engineer|hadoop"),
    ("ETL Developer", r"\betl\b"),
    ("Database", r"database administrator|\bdba\b"),
    ("Blockchain", r"blockchain"),
)
PER_CATEGORY = 4
# The features a posting's score uses besides the dense one (no posting names a must-have).
ABLATED = ("lexical", "nice_to_have_skills")


def requisitions(root: Path) -> list[ds.DevRequisition]:
    """The held-out postings with their rule-given categories."""
    used = {(source, row) for source, row, _ in ds.POSTINGS}
    files = {
        "linkedin": (root / "linkedin_jobs_india" / "LinkedIn_Jobs_Data_India.csv.gz", "title", "description"),
        "glassdoor": (root / "glassdoor_ds_jobs_2020" / "glassdoor_jobs.csv.gz", "Job Title", "Job Description"),
    }
    out: list[ds.DevRequisition] = []
    taken: dict[str, int] = {}
    seen: set[tuple[str, str]] = set()
    for origin, (path, title_col, body_col) in files.items():
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as handle:
            rows = list(csv.DictReader(io.StringIO(handle.read())))
        for index, row in enumerate(rows):
            title = html.unescape(row[title_col]).strip()
            body = html.unescape(row[body_col]).strip()[: ds.POSTING_CHARS]
            key = (title.lower(), body[:200])  # the same ad posted twice counts once
            if (origin, index) in used or key in seen:
                continue
            category = next((c for c, pattern in RULES if re.search(pattern, title.lower())), None)
            if category is None or taken.get(category, 0) >= PER_CATEGORY:
                continue
            seen.add(key)
            taken[category] = taken.get(category, 0) + 1
            rid = f"held-out:{origin}:{index}"
            req = Requisition(requisition_id=rid, title=title, description=body)
            out.append(ds.DevRequisition(rid, category, origin, req))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.postings_check", description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=None, help="the dev store (default .eval-data)")
    parser.add_argument("--bootstrap", type=int, default=1000, help="bootstrap resamples (default 1000)")
    args = parser.parse_args(argv)
    shared = default_shared()
    if shared is None:
        print("postings_check: ../shared/data is absent", file=sys.stderr)
        return 1
    dev = ds.load(shared)
    held = ds.DevSet(dev.resumes, dev.categories, requisitions(shared))
    qrels = held.qrels()
    features: dict[str, dict[str, dict[str, float]]] = {}
    shipped: dict[str, dict[str, float]] = {}  # the weights each posting was ranked with
    with open_eval_memory(args.store) as memory:
        if memory.count().candidates < len(dev.resumes):
            print("postings_check: load the dev pool first (python -m eval.run)", file=sys.stderr)
            return 1
        filters = MatchFilters(consent_required=False)
        for req in held.requisitions:
            # No override: each posting is ranked with the product's own default set for it.
            response = memory.match(req.requisition, limit=POOL_LIMIT, filters=filters)
            features[req.requisition_id] = {
                r.candidate_id: {**r.features, TIER: float(r.must_haves_covered or 0)} for r in response.results
            }
            shipped[req.requisition_id] = response.weights
    # The plain MiniLM cosine baseline: the same matches with the raw query (no typical requisition taken
    # out), on a memory of its own opened on the same store.
    plain: dict[str, dict[str, float]] = {}
    with open_eval_memory(args.store, centre_queries=False) as memory:
        for req in held.requisitions:
            response = memory.match(req.requisition, limit=POOL_LIMIT, filters=filters)
            plain[req.requisition_id] = {r.candidate_id: r.features["semantic_profile"] for r in response.results}
    runs = {
        "bm25-only": rescore(features, only(lexical=1.0), tiers=False),
        "dense-only, uncentred query": plain,
        "dense-only": rescore(features, only(semantic_profile=1.0, semantic_notes=1.0), tiers=False),
        "rrf(bm25, dense)": rrf(features, ["lexical", "semantic_profile"]),
        "shipped weights": {q: rescore({q: pool}, shipped[q])[q] for q, pool in features.items()},
    }
    # Ablation, a diagnostic (never a selector): the shipped weights with one feature's weight set to 0.
    for name in ABLATED:
        runs[f"shipped, {name} weight 0"] = {
            q: rescore({q: pool}, {**shipped[q], name: 0.0})[q] for q, pool in features.items()
        }
    scores = {name: per_query(qrels, run, "ndcg@10") for name, run in runs.items()}
    categories = sorted({r.category for r in held.requisitions})
    print(f"{len(held.requisitions)} held-out postings in {len(categories)} categories; NDCG@10:\n")
    for name, values in scores.items():
        low, high = bootstrap_ci(list(values.values()), resamples=args.bootstrap)
        print(f"- {name}: {sum(values.values()) / len(values):.3f} [{low:.3f}, {high:.3f}]")
    for baseline in ("bm25-only", "dense-only, uncentred query", "dense-only", "rrf(bm25, dense)"):
        gaps = [scores["shipped weights"][q] - scores[baseline][q] for q in qrels]
        low, high = bootstrap_ci(gaps, resamples=args.bootstrap)
        print(f"- shipped weights − {baseline}: {sum(gaps) / len(gaps):+.3f} [{low:+.3f}, {high:+.3f}]")
    for name in ABLATED:
        gaps = [scores[f"shipped, {name} weight 0"][q] - scores["shipped weights"][q] for q in qrels]
        low, high = bootstrap_ci(gaps, resamples=args.bootstrap)
        print(f"- shipped, {name} weight 0 − shipped weights: {sum(gaps) / len(gaps):+.3f} [{low:+.3f}, {high:+.3f}]")
    # Where the gaps come from: a few postings of one category can carry a mean over 28.
    shown = ["dense-only", "bm25-only", "shipped weights", *(f"shipped, {name} weight 0" for name in ABLATED)]
    print("\nNDCG@10 by category:\n\n| category | postings | " + " | ".join(shown) + " |")
    print("|---|---|" + "---|" * len(shown))
    for category in categories:
        ids = [r.requisition_id for r in held.requisitions if r.category == category]
        cells = [f"{sum(scores[name][q] for q in ids) / len(ids):.3f}" for name in shown]
        print(f"| {category} | {len(ids)} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

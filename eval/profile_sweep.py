"""How to embed a long resume: chunk size, chunk aggregation and the title's share of the query (issue 14).

``python -m eval.profile_sweep [--cache DIR]`` encodes the dev resumes (``eval.devset``) in chunks of 150
and 80 words and the requisitions (full text and title), then scores every resume for every requisition
by the dense similarity alone under each recipe, and prints NDCG@10 with a paired 95% bootstrap
interval against the recipe shipped before (mean of 150-word chunk vectors, title weight 1). Encodings
are cached in ``--cache`` (the model is the slow part). Resumes are read unredacted here: the sweep
compares recipes, not the shipped pipeline (``python -m eval.run`` measures that).

Recipes, per resume with chunk vectors ``c_i`` and query ``q``:
``mean-vector`` cos(q, normalised mean of c_i), what the store keeps; ``max`` max_i cos(q, c_i);
``top-2`` the mean of the two best; ``mean+max`` the average of ``mean-vector`` and ``max`` (needs one
stored vector per chunk, which the store does not keep for profiles).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np

from eval import devset as ds
from eval.metrics import bootstrap_ci, per_query
from eval.run import default_shared
from memory.chunking import chunk_text
from memory.requisition import understand

CHUNK_SIZES = (150, 80)
TITLE_WEIGHTS = (1.0, 1.5, 2.0)
Aggregate = Callable[[np.ndarray, np.ndarray], float]  # (query, chunk vectors) -> similarity


def _mean_vector(q: np.ndarray, chunks: np.ndarray) -> float:
    mean = chunks.mean(axis=0)
    return float(q @ mean / np.linalg.norm(mean))


def _max(q: np.ndarray, chunks: np.ndarray) -> float:
    return float((chunks @ q).max())


def _top2(q: np.ndarray, chunks: np.ndarray) -> float:
    return float(np.sort(chunks @ q)[::-1][:2].mean())


def _mean_and_max(q: np.ndarray, chunks: np.ndarray) -> float:
    return 0.5 * _mean_vector(q, chunks) + 0.5 * _max(q, chunks)


AGGREGATES: dict[str, Aggregate] = {
    "mean-vector": _mean_vector,
    "max": _max,
    "top-2": _top2,
    "mean+max": _mean_and_max,
}


def _encoded(texts: list[str], name: str, cache: Path) -> np.ndarray:
    path = cache / f"{name}.npy"
    if path.exists():
        cached: np.ndarray = np.load(path)
        return cached
    from embed.encoder import SentenceEncoder

    vectors = SentenceEncoder().encode(texts)
    cache.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.profile_sweep", description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path(".eval-data/sweep"), help="where encodings are kept")
    parser.add_argument("--bootstrap", type=int, default=1000, help="bootstrap resamples (default 1000)")
    args = parser.parse_args(argv)
    shared = default_shared()
    if shared is None:
        print("profile_sweep: ../shared/data is absent", file=sys.stderr)
        return 1
    dev = ds.load(shared)
    qrels = dev.qrels()
    qids = [r.requisition_id for r in dev.requisitions]
    full = _encoded([r.requisition.query_text() for r in dev.requisitions], "queries_full", args.cache)
    title = _encoded([understand(r.requisition).title for r in dev.requisitions], "queries_title", args.cache)
    runs: dict[str, dict[str, float]] = {}
    for words in CHUNK_SIZES:
        texts, owners = [], []
        for resume in dev.resumes:
            for chunk in chunk_text(resume.public().profile_text(), words):
                texts.append(chunk)
                owners.append(resume.candidate_id)
        vectors = _encoded(texts, f"resume_chunks_{words}", args.cache)
        rows: dict[str, list[int]] = defaultdict(list)
        for row, owner in enumerate(owners):
            rows[owner].append(row)
        for weight in TITLE_WEIGHTS:
            queries = full + weight * title
            queries /= np.linalg.norm(queries, axis=1, keepdims=True)
            for name, aggregate in AGGREGATES.items():
                run = {
                    qid: {cid: aggregate(queries[i], vectors[r]) for cid, r in rows.items()}
                    for i, qid in enumerate(qids)
                }
                runs[f"{words} words, title x{weight:g}, {name}"] = per_query(qrels, run, "ndcg@10")
    before = runs["150 words, title x1, mean-vector"]
    print("| recipe | NDCG@10 | paired gap vs 150 words, title x1, mean-vector |")
    print("|---|---|---|")
    for name, scores in runs.items():
        gaps = [scores[q] - before[q] for q in qrels]
        low, high = bootstrap_ci(gaps, resamples=args.bootstrap)
        mean = sum(scores.values()) / len(scores)
        print(f"| {name} | {mean:.3f} | {sum(gaps) / len(gaps):+.3f} [{low:+.3f}, {high:+.3f}] |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

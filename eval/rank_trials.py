"""Session 15's ranking trials (issue 14): ``python -m eval.rank_trials --store DIR --work DIR``.

Levers not tried before, each scored under ``eval.trials``' protocol (5-fold CV by category, one weight set
per kind of requisition, must-have tiers above the fit floor with the fit model refitted on the other
folds) with its paired 95% bootstrap gap against the shipped recipe on the same folds. Every setting below
was fixed before the first score was printed, and every variant scored is printed:

- **Occupation space** (``eval.rank_space``): the cosine of a requisition's and a resume's sparse profiles
  over O*NET 29.2's 1,016 occupations (the 20 nearest at softmax temperature 0.05; and the 50 nearest at
  0.1) and over ESCO 1.2.0's 3,039 (20 at 0.05). The requisition's profile is taken from its uncentred
  query direction (text + title, as the match builds it), the resume's from its stored mean chunk vector.
- **Requirement coverage** (``eval.rank_requirements``): each sentence of the requisition's text matched to
  the resume's best chunk, the cosines averaged.
- Both added features are scored alone (the ranking by that feature only) and as a **tenth feature of the
  hybrid** (default weight 0.10, fitted with the others by ``eval.fit.fit``'s grid on the other folds).
  Adding a feature also widens the grid's weight budget by its default, which alone can move the fit, so a
  constant tenth feature (the same budget, no information) is scored as the control.
- **Chunk aggregation** replacing the profile similarity, as ``eval.trials`` replaces it: the mean of the
  3 best chunk similarities, and a soft maximum at τ 0.05 (session 9 scored τ 0.1).

The dev features, the redacted texts and the vectors are cached under ``--work`` (the profile chunks are
re-encoded: the store keeps one mean vector per profile). A cross-encoder reranker was the brief's third
lever: none ships with its weights inside a PyPI package (EVAL.md), so none is scored.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np

import eval.fit as F
from eval import devset as ds
from eval import rank_requirements as rq
from eval import rank_space as sp
from eval.finetune import Texts, _features, _unit, query_vectors
from eval.metrics import per_query
from eval.trials import PerQuery, _as_read, cross_validated, gap, linear, with_dense
from memory.ranking import names_skills

OCCUPATION = "occupation_profile"
COVERAGE = "requirement_coverage"
# A tenth feature's default weight: the keyword feature's default, a signal the hybrid adds beside the dense one.
EXTRA_WEIGHT = 0.10
# (space, nearest occupations kept, softmax temperature): fixed before any score was seen. Cosines of MiniLM
# vectors to occupation texts spread ~0.1-0.6 and the nearest few sit within ~0.05 of each other, so τ 0.05
# shares the weight among the nearest handful; 0.1 with 50 is the softer profile.
SPACES = (("O*NET", 20, 0.05), ("O*NET", 50, 0.1), ("ESCO", 20, 0.05))
TOP_K = 3  # chunks averaged by the top-k mean
# The categories the brief names as the weakest (EVAL.md's table), shown apart: the occupation space is meant
# for their confusions (Business Analyst, PMO and Operations Manager are adjacent to each other).
WEAK = ("Business Analyst", "DevOps Engineer", "Operations Manager", "PMO", "Testing", "HR")
SOFT_TAU = 0.05  # the soft maximum's temperature


@contextmanager
def extra_features(defaults: Mapping[str, float]) -> Iterator[None]:
    """``eval.fit.fit`` with features beyond the shipped nine: their names and default weights, while inside.

    The fit reads ``FEATURES`` and ``DEFAULT_WEIGHTS`` from its own module, so the trial widens them there and
    puts them back afterwards; nothing in ``memory`` changes.
    """
    namespace = vars(F)
    saved = {name: namespace[name] for name in ("FEATURES", "DEFAULT_WEIGHTS")}
    namespace["FEATURES"] = (*saved["FEATURES"], *defaults)
    namespace["DEFAULT_WEIGHTS"] = {**saved["DEFAULT_WEIGHTS"], **defaults}
    try:
        yield
    finally:
        namespace.update(saved)


def with_extra(
    features: F.Features, columns: Mapping[str, np.ndarray], qids: Sequence[str], col: Mapping[str, int]
) -> F.Features:
    """``features`` with each named (requisition × resume) matrix of ``columns`` as one more feature."""
    return {
        qid: {
            cid: {**row, **{name: float(matrix[i, col[cid]]) for name, matrix in columns.items()}}
            for cid, row in features[qid].items()
        }
        for i, qid in enumerate(qids)
    }


class Vectors:
    """Every vector the trials read, encoded once with the match's encoder and cached at ``path`` (.npz)."""

    def __init__(self, texts: Texts, sentences: Sequence[Sequence[str]], shared: Path, path: Path) -> None:
        if not path.exists():
            from embed.encoder import SentenceEncoder

            encoder = SentenceEncoder(batch_size=64)
            enc = encoder.encode
            qids = list(texts.queries)
            path.parent.mkdir(parents=True, exist_ok=True)
            np.savez(
                path,
                chunks=enc([c for cs in texts.chunks for c in cs]),
                queries=query_vectors(encoder, [texts.queries[q] for q in qids]),
                sentences=enc([s for ss in sentences for s in ss]),
                onet=enc(sp.onet_texts(shared)),
                esco=enc(sp.esco_texts(shared)),
            )
        data = np.load(path)
        self.chunks = _unit(data["chunks"])
        self.bounds = np.cumsum([0, *(len(cs) for cs in texts.chunks)])
        self.profiles = _unit(np.stack([self.chunks[a:b].mean(0) for a, b in itertools.pairwise(self.bounds)]))
        self.queries = dict(zip(texts.queries, data["queries"], strict=True))  # unit, uncentred
        self.sentences = _unit(data["sentences"])
        self.sentence_bounds = np.cumsum([0, *(len(ss) for ss in sentences)])
        self.spaces = {"O*NET": _unit(data["onet"]), "ESCO": _unit(data["esco"])}


def sentences_of(dev: ds.DevSet) -> list[list[str]]:
    """Each requisition's requirement sentences as the match reads its text (redacted); the whole description
    when no sentence is long enough to count."""
    out = []
    for r in dev.requisitions:
        read = _as_read(r.requisition)
        out.append(rq.requirement_sentences(read.description) or [read.description or read.title])
    return out


def matrices(
    dev: ds.DevSet, vectors: Vectors, spaces: Sequence[tuple[str, int, float]] = SPACES
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """(replacements of the profile similarity, added features), each a (requisition × resume) matrix."""
    from embed.encoder import DEFAULT_MODEL_ID
    from memory.query_centre import centred, shipped_centre

    qids = [r.requisition_id for r in dev.requisitions]
    raw = np.stack([vectors.queries[q] for q in qids])
    centre = shipped_centre(DEFAULT_MODEL_ID, raw.shape[1])
    q = np.stack([centred(v, centre) for v in raw])
    by_chunk = q @ vectors.chunks.T
    replace = {
        "shipped recipe (mean chunk vector)": q @ vectors.profiles.T,
        f"mean of the {TOP_K} best chunk similarities": np.stack(
            [rq.top_mean(s, vectors.bounds, TOP_K) for s in by_chunk]
        ),
        f"soft maximum of chunk similarities (τ {SOFT_TAU})": np.stack(
            [rq.soft_max(s, vectors.bounds, SOFT_TAU) for s in by_chunk]
        ),
    }
    added: dict[str, np.ndarray] = {}
    for space, k, tau in spaces:
        occupations = vectors.spaces[space]
        req = sp.profiles(raw @ occupations.T, k, tau)
        people = sp.profiles(vectors.profiles @ occupations.T, k, tau)
        added[f"{space} occupation profile (k {k}, τ {tau})"] = sp.profile_similarity(req, people)
    sb = vectors.sentence_bounds
    added["requirement coverage (best chunk per sentence)"] = np.stack(
        [rq.coverage(vectors.sentences[a:b], vectors.chunks, vectors.bounds) for a, b in itertools.pairwise(sb)]
    )
    return replace, added


def by_kind(run: PerQuery, onet: set[str]) -> str:
    ours = [v for q, v in run.items() if q in onet]
    theirs = [v for q, v in run.items() if q not in onet]
    return f"{np.mean(ours):.3f} / {np.mean(theirs):.3f}"


def weak_categories(dev: ds.DevSet, runs: Mapping[str, PerQuery]) -> str:
    """The hybrid's NDCG@10 with tiers, per weak category (mean over its requisitions), for every trial."""
    lines = ["| trial | " + " | ".join(WEAK) + " |", "|---|" + "---|" * len(WEAK)]
    for name, run in runs.items():
        cells = [np.mean([run[r.requisition_id] for r in dev.requisitions if r.category == c]) for c in WEAK]
        lines.append(f"| {name} | " + " | ".join(f"{v:.3f}" for v in cells) + " |")
    return "\n".join(lines)


def _spaces(text: str) -> list[tuple[str, int, float]]:
    """``'O*NET:50:0.1,ESCO:20:0.05'`` as (space, k, τ) settings."""
    out = []
    for item in text.split(","):
        space, k, tau = item.split(":")
        if space not in ("O*NET", "ESCO"):
            raise argparse.ArgumentTypeError(f"unknown occupation list {space!r} (O*NET or ESCO)")
        out.append((space, int(k), float(tau)))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    from eval.run import default_shared

    parser = argparse.ArgumentParser(prog="python -m eval.rank_trials", description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=None, help="the dev store (default .eval-data)")
    parser.add_argument("--work", type=Path, required=True, help="where the features, texts and vectors are cached")
    parser.add_argument("--bootstrap", type=int, default=2000, help="bootstrap resamples (default 2000)")
    parser.add_argument(
        "--sweep",
        type=_spaces,
        default=None,
        help="only the occupation profiles at these settings, e.g. 'O*NET:100:0.2,ESCO:50:0.1' (a sensitivity table)",
    )
    args = parser.parse_args(argv)
    shared = default_shared()
    if shared is None:
        print("rank_trials: ../shared/data is absent", file=sys.stderr)
        return 1
    dev = ds.load(shared)
    qrels = dev.qrels()
    categories = {r.requisition_id: r.category for r in dev.requisitions}
    named = {r.requisition_id for r in dev.requisitions if names_skills(r.requisition)}
    onet = {r.requisition_id for r in dev.requisitions if r.origin == "onet"}
    qids = [r.requisition_id for r in dev.requisitions]
    features = _features(dev, args.store, args.work / "features.json")
    texts = Texts(dev, shared, args.work / "texts.json")
    ids = sorted(next(iter(features.values())))
    if ids != texts.ids:
        raise RuntimeError("the cached texts and the dev features hold different resumes")
    col = {cid: j for j, cid in enumerate(ids)}
    vectors = Vectors(texts, sentences_of(dev), shared, args.work / "vectors.npz")
    replace, added = matrices(dev, vectors, args.sweep or SPACES)
    if args.sweep:  # the shipped recipe and the swept profiles only
        replace = dict(itertools.islice(replace.items(), 1))
        added = {n: m for n, m in added.items() if "occupation" in n}

    def alone(matrix: np.ndarray) -> PerQuery:
        return per_query(
            qrels, {q: dict(zip(ids, map(float, matrix[i]), strict=True)) for i, q in enumerate(qids)}, "ndcg@10"
        )

    print("NDCG@10 under 5-fold CV by category (paired gap against the shipped recipe, 95% bootstrap interval);")
    print("last column: the hybrid with tiers, mean over the 30 O*NET requisitions / the 27 postings.\n")
    print("| trial | alone | hybrid, tiers above the floor | hybrid, tiers off | tiers: O*NET / postings |")
    print("|---|---|---|---|---|")
    base: tuple[PerQuery, ...] = ()
    tiered: dict[str, PerQuery] = {}  # each trial's hybrid with tiers, for the per-category table
    shipped: F.Features = {}
    for name, matrix in replace.items():
        runs = (
            alone(matrix),
            *cross_validated(with_dense(features, matrix, qids, col), qrels, categories, named, linear),
        )
        if not base:
            base, shipped = runs, with_dense(features, matrix, qids, col)
        tiered[name] = runs[1]
        cells = " | ".join(gap(r, b, args.bootstrap) for r, b in zip(runs, base, strict=True))
        print(f"| {name} | {cells} | {by_kind(runs[1], onet)} |", flush=True)
    tenth = {"control: a constant tenth feature (the widened budget alone)": np.full((len(qids), len(ids)), 0.5)}
    trials = [(n, {n: m}) for n, m in {**({} if args.sweep else tenth), **added}.items()]
    if not args.sweep:
        occupation = next(n for n in added if n.startswith("O*NET"))
        coverage_name = next(n for n in added if n.startswith("requirement"))
        both = {n: added[n] for n in (occupation, coverage_name)}
        trials.append(("first O*NET profile and requirement coverage, both", both))
    for name, columns in trials:
        with extra_features(dict.fromkeys(columns, EXTRA_WEIGHT)):
            pair = cross_validated(with_extra(shipped, columns, qids, col), qrels, categories, named, linear)
        tiered[name] = pair[0]
        first = gap(alone(columns[name]), base[0], args.bootstrap) if name in added else "–"
        cells = " | ".join(gap(r, b, args.bootstrap) for r, b in zip(pair, base[1:], strict=True))
        print(f"| {name} | {first} | {cells} | {by_kind(pair[0], onet)} |", flush=True)
    print("\nThe hybrid with tiers by weak category (NDCG@10, mean over the category's requisitions):\n")
    print(weak_categories(dev, tiered))
    return 0


if __name__ == "__main__":
    sys.exit(main())

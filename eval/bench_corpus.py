"""Vectors of real text for the scale benchmarks, and how they are grown to 100k-1M candidates.

The base is every text of three public sets in ``../shared/data`` (none of the four reserved for held-out
evaluation), encoded once by the real model and cached as ``.npy``:

- ``updated_resume_dataset/resumes_dedup.jsonl``: the 166 resumes, chunked like notes (150 words), the first
  ``RESUME_CHUNKS`` chunks of each;
- ``onet_29_2/task_statements.txt.gz``: the first ``TASKS_PER_OCCUPATION`` task statements of each of 923
  occupations, the words of job content;
- ``onet_29_2/occupation_data.txt`` descriptions (1,016) and ``emerging_tasks.txt`` (240).

Queries are texts that are *not* in the base: O*NET's reported job titles (``sample_of_reported_titles.txt``),
each joined with one of that occupation's technology skills, as a recruiter would type a role.

Growing (``grow``): MiniLM takes ~0.1 s per note on two cores, so 500k real chunks would take over a day.
Each grown chunk is instead a recombination of real vectors: ``normalise(v_a + w·v_b + s·g)`` where ``v_a``
is a base text (its text is the chunk's payload), ``v_b`` another base text of the same occupation (a person's
notes talk about one kind of work), ``w ~ U(0, 0.5)`` and ``g`` standard normal with ``s = 0.15/sqrt(dim)``
(a 15 % perturbation). A candidate's five chunks share one occupation. The grown set therefore lies on the
real data's manifold (its neighbourhoods, its density, its hubs), which synthetic Gaussian clusters do not,
and every query has real near neighbours rather than noise around a few centres.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import random
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from embed import SentenceEncoder
from memory import evidence
from memory.chunking import chunk_text

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
# The held-out sets: never read here (checked in ``texts``).
RESERVED = frozenset(
    {
        "faire_resume_bias",
        "hiring_fairness_linkedin_posts",
        "hackerearth_resume_match_score",
        "vanetik2023_vacancy_resume_ranking",
    }
)
# The base is cut to what two busy cores encode in minutes (all 20,649 texts took over 45 min under the load
# of this shared machine): each resume's opening (its summary and skills) and each occupation's first tasks.
RESUME_CHUNKS = 2
TASKS_PER_OCCUPATION = 5
PERTURBATION = 0.15  # norm of the Gaussian term relative to a unit vector
MIX_MAX = 0.5  # largest weight of the second real vector in a grown chunk


@dataclass(frozen=True)
class Corpus:
    """Base texts, their occupation group (an O*NET code, or a resume category) and their vectors."""

    texts: list[str]
    groups: list[str]
    vectors: np.ndarray
    queries: list[str]
    query_vectors: np.ndarray
    # Per base text, the vectors of its evidence passages (``memory.evidence.passages``, in order), as capture
    # stores them for a note (issue 13); a grown chunk carries its base text's words, so these passages too.
    passages: list[np.ndarray]


def _tsv(path: Path) -> list[dict[str, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def texts(data: Path = DATA) -> tuple[list[str], list[str]]:
    """The base texts and their groups, in a fixed order."""
    used = {"updated_resume_dataset", "onet_29_2"}
    assert not used & RESERVED
    out: list[tuple[str, str]] = []
    with open(data / "updated_resume_dataset" / "resumes_dedup.jsonl", encoding="utf-8") as f:
        for line in f:
            resume = json.loads(line)
            chunks = chunk_text(resume["text"], 150)[:RESUME_CHUNKS]
            out += [(chunk, f"resume:{resume['category']}") for chunk in chunks]
    onet = data / "onet_29_2"
    kept: dict[str, int] = defaultdict(int)
    for row in _tsv(onet / "task_statements.txt.gz"):
        code = row["O*NET-SOC Code"]
        kept[code] += 1
        if kept[code] <= TASKS_PER_OCCUPATION:
            out.append((row["Task"], code))
    out += [(row["Description"], row["O*NET-SOC Code"]) for row in _tsv(onet / "occupation_data.txt")]
    out += [(row["Task"], row["O*NET-SOC Code"]) for row in _tsv(onet / "emerging_tasks.txt")]
    return [t for t, _ in out], [g for _, g in out]


def queries(n: int, data: Path = DATA, seed: int = 7) -> list[str]:
    """``n`` requisition-like queries: a reported job title with one technology of its occupation."""
    onet = data / "onet_29_2"
    tools: dict[str, list[str]] = defaultdict(list)
    for row in _tsv(onet / "technology_skills.txt.gz"):
        tools[row["O*NET-SOC Code"]].append(row["Example"])
    titles = [r for r in _tsv(onet / "sample_of_reported_titles.txt") if tools.get(r["O*NET-SOC Code"])]
    rng = random.Random(seed)
    picked = rng.sample(titles, n)
    return [f"{r['Reported Job Title']} with {rng.choice(tools[r['O*NET-SOC Code']])}" for r in picked]


def load(encoder: SentenceEncoder, cache: Path, n_queries: int = 200) -> Corpus:
    """The base corpus and the queries, encoded (cached in ``cache`` by content and model)."""
    base, groups = texts()
    asked = queries(n_queries)
    key = hashlib.sha256("\n".join([encoder.model_id, *base, *asked]).encode()).hexdigest()[:16]
    path = cache / f"corpus-{key}.npz"
    cache.mkdir(parents=True, exist_ok=True)
    if path.exists():
        stored = np.load(path)
        vectors, query_vectors = stored["base"], stored["queries"]
    else:
        vectors, query_vectors = encoder.encode(base), encoder.encode(asked)
        np.savez(path, base=vectors, queries=query_vectors)
    return Corpus(base, groups, vectors, asked, query_vectors, _passages(encoder, base, cache / f"passages-{key}.npz"))


def _passages(encoder: SentenceEncoder, base: list[str], path: Path) -> list[np.ndarray]:
    """Each base text's passage vectors (cached beside the corpus); the texts carry no names to redact."""
    cut = [evidence.passages(text) for text in base]
    if path.exists():
        flat = np.load(path)["passages"]
    else:
        distinct = list(dict.fromkeys(p for passages in cut for p in passages))
        encoded = dict(zip(distinct, encoder.encode(distinct), strict=True))
        flat = np.array([encoded[p] for passages in cut for p in passages], dtype=np.float32)
        np.savez(path, passages=flat)
    bounds = np.cumsum([0, *(len(passages) for passages in cut)])
    return [flat[bounds[i] : bounds[i + 1]] for i in range(len(base))]


def grow(corpus: Corpus, candidates: int, chunks_each: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """``candidates × chunks_each`` unit vectors recombined from the base (see the module docstring).

    Returns the vectors (float32, one row per chunk, a candidate's rows together) and, for each row, the
    index of the base text whose words it carries.
    """
    rng = np.random.default_rng(seed)
    by_group: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(corpus.groups):
        by_group[g].append(i)
    members = [np.array(v) for v in by_group.values() if len(v) >= 2]
    dim = corpus.vectors.shape[1]
    out = np.empty((candidates * chunks_each, dim), dtype=np.float32)
    source = np.empty(candidates * chunks_each, dtype=np.int64)
    step = 10_000
    for start in range(0, candidates, step):
        n = min(step, candidates - start)
        group = rng.integers(0, len(members), size=n)
        a = np.empty((n, chunks_each), dtype=np.int64)
        b = np.empty((n, chunks_each), dtype=np.int64)
        for row, g in enumerate(group):
            a[row] = rng.choice(members[g], size=chunks_each)
            b[row] = rng.choice(members[g], size=chunks_each)
        weight = rng.uniform(0, MIX_MAX, size=(n, chunks_each, 1)).astype(np.float32)
        noise = rng.standard_normal((n, chunks_each, dim), dtype=np.float32) * (PERTURBATION / np.sqrt(dim))
        mixed = corpus.vectors[a] + weight * corpus.vectors[b] + noise
        mixed /= np.linalg.norm(mixed, axis=2, keepdims=True)
        rows = slice(start * chunks_each, (start + n) * chunks_each)
        out[rows] = mixed.reshape(-1, dim)
        source[rows] = a.reshape(-1)
    return out, source


def exact_top(vectors: np.ndarray, queries_: np.ndarray, k: int = 10) -> np.ndarray:
    """Row indices of the exact top ``k`` by cosine (unit vectors: dot product), in blocks to bound memory."""
    best = np.empty((len(queries_), k), dtype=np.int64)
    for i, q in enumerate(queries_):
        scores = vectors @ q
        top = np.argpartition(-scores, k)[:k]
        best[i] = top[np.argsort(-scores[top], kind="stable")]
    return best

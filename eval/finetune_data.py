"""Training pairs for fine-tuning MiniLM (``eval.finetune``), split so that nothing evaluated is trained on.

Two sources, one per protocol of issue 14's fine-tuning trial:

- **Out of domain** (``out_of_domain``): (name of a job, text of that job) pairs from data the dev set does not
  use: O*NET 29.2 occupations (title and alternate titles -> description and core tasks) other than the ones
  the dev set writes its requisitions from, ESCO 1.2.0 occupations (preferred and alternative labels ->
  description), and LinkedIn India / Glassdoor postings (title -> body) other than the dev set's
  (``eval.devset.POSTINGS``) and the held-out check's (``eval.postings_check``), and other than any row whose
  text duplicates one of those. No resume is read.
- **Dev folds** (``fold_pairs``): (requisition, chunk of a resume of its category) pairs from the training
  categories of one cross-validation fold only; the held-out categories' requisitions and resumes appear in
  no pair, so neither as a positive nor as an in-batch negative.

Each pair carries a ``group``: two pairs whose groups are related (same occupation, same posting title, same
or adjacent dev category) are not each other's negatives in a batch (``eval.finetune`` masks them).
"""

from __future__ import annotations

import csv
import gzip
import html
import io
import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from eval import devset as ds

# Alternate titles kept per O*NET occupation and alternative labels per ESCO one: the occupations differ far
# more between them than their names do, so a few names each spread the pairs over more occupations.
NAMES_PER_OCCUPATION = 3
# How much of a posting's body is its text: the dev set cuts its postings there too (``eval.devset``).
BODY_CHARS = ds.POSTING_CHARS
# The prefix of a body compared to find the same ad posted twice (``eval.postings_check`` uses 200 too).
DUPLICATE_PREFIX = 200


@dataclass(frozen=True)
class Pair:
    """``anchor`` (the query side) should embed near ``positive``; ``source`` names the row or resume it came
    from (what the leakage tests check), ``group`` what must not serve as its negative."""

    anchor: str
    positive: str
    group: str
    source: str


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def dev_codes() -> set[str]:
    """The O*NET occupations the dev set writes its 30 requisitions from (``eval.devset.ONET``)."""
    return {code for entries in ds.ONET.values() for code, _, _ in entries}


def onet_pairs(
    described: Mapping[str, Mapping[str, str]],
    tasks: Mapping[str, Sequence[str]],
    alternates: Mapping[str, Sequence[str]],
    excluded: set[str],
    rng: random.Random,
) -> list[Pair]:
    """Title and up to ``NAMES_PER_OCCUPATION`` alternate titles -> the description and first four core tasks
    (the dev set's requisition recipe), for every occupation not in ``excluded``."""
    pairs = []
    for code, row in sorted(described.items()):
        if code in excluded:
            continue
        body = " ".join([row["Description"], *tasks.get(code, [])[:4]])
        others = sorted(set(alternates.get(code, [])) - {row["Title"]})
        for name in [row["Title"], *rng.sample(others, min(NAMES_PER_OCCUPATION, len(others)))]:
            pairs.append(Pair(name, body, f"onet:{code}", f"onet:{code}"))
    return pairs


def esco_pairs(rows: Iterable[Mapping[str, str]], rng: random.Random) -> list[Pair]:
    """Preferred label and up to ``NAMES_PER_OCCUPATION`` alternative labels -> the description."""
    pairs = []
    for row in rows:
        body = row.get("description", "").strip()
        if not body:
            continue
        others = sorted({a.strip() for a in row.get("altLabels", "").splitlines() if a.strip()})
        uri = row["conceptUri"]
        for name in [row["preferredLabel"], *rng.sample(others, min(NAMES_PER_OCCUPATION, len(others)))]:
            pairs.append(Pair(name, body, f"esco:{uri}", f"esco:{uri}"))
    return pairs


def posting_pairs(rows: Mapping[str, Sequence[tuple[str, str]]], excluded: set[tuple[str, int]]) -> list[Pair]:
    """Title -> body of every posting not ``excluded`` (origin, row) and not a copy of an excluded one.

    A copy is the same title and body, or the same body's first ``DUPLICATE_PREFIX`` characters (the same ad
    under another title). Postings that copy each other once each; postings with the same title share a group
    (one "Data Scientist" ad is no negative for another).
    """
    banned_full, banned_prefix = set(), set()
    for origin, index in excluded:
        if origin in rows and index < len(rows[origin]):
            title, body = rows[origin][index]
            banned_full.add((_squash(title), _squash(body)))
            banned_prefix.add(_squash(body)[:DUPLICATE_PREFIX])
    pairs, seen = [], set()
    for origin, table in sorted(rows.items()):
        for index, (title, body) in enumerate(table):
            full, prefix = (_squash(title), _squash(body)), _squash(body)[:DUPLICATE_PREFIX]
            if (origin, index) in excluded or full in banned_full or prefix in banned_prefix:
                continue
            if not title.strip() or len(body) < DUPLICATE_PREFIX or prefix in seen:
                continue
            seen.add(prefix)
            pairs.append(Pair(title.strip(), body, f"title:{_squash(title)}", f"{origin}:{index}"))
    return pairs


def read_postings(shared: Path) -> dict[str, list[tuple[str, str]]]:
    """Every LinkedIn India and Glassdoor posting as (title, body), read as ``eval.devset`` reads them."""
    files = {
        "linkedin": (shared / "linkedin_jobs_india" / "LinkedIn_Jobs_Data_India.csv.gz", "title", "description"),
        "glassdoor": (shared / "glassdoor_ds_jobs_2020" / "glassdoor_jobs.csv.gz", "Job Title", "Job Description"),
    }
    out = {}
    for origin, (path, title_col, body_col) in files.items():
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as handle:
            rows = list(csv.DictReader(io.StringIO(handle.read())))
        out[origin] = [
            (html.unescape(r[title_col]).strip(), html.unescape(r[body_col]).strip()[:BODY_CHARS]) for r in rows
        ]
    return out


def evaluated_postings(shared: Path) -> set[tuple[str, int]]:
    """The postings any evaluation reads: the dev set's 27 and the held-out check's (``eval.postings_check``)."""
    from eval.postings_check import requisitions

    held = {(r.origin, int(r.requisition_id.rsplit(":", 1)[1])) for r in requisitions(shared)}
    return {(source, row) for source, row, _ in ds.POSTINGS} | held


def out_of_domain(shared: Path, size: int, seed: int = 0) -> list[Pair]:
    """``size`` pairs drawn evenly at random from the three sources' pairs (all of a source when it has fewer)."""
    rng = random.Random(seed)
    described, tasks = ds.onet_occupations(shared)
    alternates: dict[str, list[str]] = {}
    with gzip.open(shared / "onet_29_2" / "alternate_titles.txt.gz", "rt") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            alternates.setdefault(row["O*NET-SOC Code"], []).append(row["Alternate Title"])
    with gzip.open(shared / "esco_1_2_0" / "occupations_en.csv.gz", "rt") as handle:
        esco = list(csv.DictReader(handle))
    sources = [
        onet_pairs(described, tasks, alternates, dev_codes(), rng),
        esco_pairs(esco, rng),
        posting_pairs(read_postings(shared), evaluated_postings(shared)),
    ]
    share = size // len(sources)
    drawn = [p for pairs in sources for p in rng.sample(pairs, min(share, len(pairs)))]
    rng.shuffle(drawn)
    return drawn


def related_categories() -> dict[str, set[str]]:
    """Each dev category with itself and its declared adjacent ones (gain > 0 for each other's requisitions)."""
    out: dict[str, set[str]] = {c: {c} for c in ds.ONET}
    for a, b in ds.ADJACENT:
        out.setdefault(a, {a}).add(b)
        out.setdefault(b, {b}).add(a)
    return out


def fold_pairs(
    requisitions: Sequence[tuple[str, str, str]],
    resumes: Mapping[str, tuple[str, Sequence[str]]],
    held_out: set[str],
    size: int,
    seed: int = 0,
) -> list[Pair]:
    """(requisition text -> chunk of a same-category resume) for the categories not in ``held_out`` only.

    ``requisitions`` are (id, category, text); ``resumes`` map an id to (category, its chunks). Up to ``size``
    pairs, spread evenly over the training requisitions, each requisition's chunks drawn at random.
    """
    rng = random.Random(seed)
    train = [(rid, cat, text) for rid, cat, text in requisitions if cat not in held_out]
    per = max(1, size // max(1, len(train)))
    pairs = []
    for rid, category, text in train:
        chunks = [
            (cid, chunk)
            for cid, (cat, parts) in sorted(resumes.items())
            if cat == category and cat not in held_out
            for chunk in parts
        ]
        for cid, chunk in rng.sample(chunks, min(per, len(chunks))):
            pairs.append(Pair(text, chunk, category, f"{rid}->{cid}"))
    rng.shuffle(pairs)
    return pairs

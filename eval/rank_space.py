"""Occupation space (explicit semantic analysis) for issue 14's trials: ``python -m eval.rank_trials``.

A requisition and a resume are each described by how close they sit to every occupation of a taxonomy
(O*NET 29.2: 1,016 occupations; ESCO 1.2.0: 3,039), kept sparse (the ``k`` nearest, softmax-weighted at
temperature ``tau``), and compared by the cosine of those profiles. The idea: the dev set's worst
categories (Business Analyst, PMO, Operations Manager) are confused with each other, and the confusion is
one of occupations, which a profile over named occupations may separate better than one 384-d cosine.

Each occupation is its title and description, embedded once with the match's encoder. Nothing here reads
the dev set's labels; the occupations are the taxonomies' own. Tried only; nothing here ships.
"""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import numpy as np


def onet_texts(shared: Path) -> list[str]:
    """O*NET 29.2's occupations as ``"Title. Description"``, in code order."""
    with (shared / "onet_29_2" / "occupation_data.txt").open() as handle:
        rows = sorted(csv.DictReader(handle, delimiter="\t"), key=lambda r: r["O*NET-SOC Code"])
    return [f"{r['Title'].strip()}. {r['Description'].strip()}" for r in rows]


def esco_texts(shared: Path) -> list[str]:
    """ESCO 1.2.0's occupations as ``"label. description"``, in URI order (the file's labels carry spaces)."""
    with gzip.open(shared / "esco_1_2_0" / "esco_occupation_profiles.jsonl.gz", "rt") as handle:
        rows = sorted((json.loads(line) for line in handle), key=lambda r: r["occupation_uri"])
    return [f"{r['occupation_name'].strip()}. {(r.get('occupation_description') or '').strip()}" for r in rows]


def profiles(similarity: np.ndarray, k: int, tau: float) -> np.ndarray:
    """Each row of ``similarity`` (inputs × occupations) as a unit-length sparse profile.

    The ``k`` most similar occupations get softmax(similarity / ``tau``) weights (the maximum subtracted
    first, so no exponent overflows); every other occupation gets 0. Ties at the k-th value are broken by
    column order (``argpartition`` is not stable, so the sort below is), which keeps a run reproducible.
    """
    rows, columns = similarity.shape
    k = min(k, columns)
    top = np.argsort(-similarity, axis=1, kind="stable")[:, :k]
    chosen = np.take_along_axis(similarity, top, axis=1)
    weights = np.exp((chosen - chosen[:, :1]) / tau)
    weights /= weights.sum(axis=1, keepdims=True)
    out = np.zeros((rows, columns))
    np.put_along_axis(out, top, weights, axis=1)
    unit: np.ndarray = out / np.linalg.norm(out, axis=1, keepdims=True)
    return unit


def profile_similarity(queries: np.ndarray, items: np.ndarray) -> np.ndarray:
    """Cosine of unit profiles (queries × items): 1 for the same occupations in the same shares, 0 for none shared."""
    similarity: np.ndarray = queries @ items.T
    return similarity

"""Chunk aggregation for issue 14's trials: a requisition's requirement sentences matched one by one.

The shipped profile similarity compares one query vector with one mean vector per profile, so a resume
that meets every requirement in a different passage and one that echoes the requisition's overall topic
can score alike. Coverage asks, for each sentence of the requisition's text, how well the resume's best
passage (chunk) answers it, and averages over the sentences. Also here: the top-``k`` mean of the chunk
similarities (a profile judged by its few best passages rather than by all of them). Tried only
(``python -m eval.rank_trials``); nothing here ships.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import numpy as np

# Where each profile's chunks start and end in a stacked array: profile j is rows bounds[j]:bounds[j + 1].
Bounds = Sequence[int] | np.ndarray

# A requirement is a sentence or a bullet: split after . ! ? ; and at line breaks and bullet marks.
_SPLIT = re.compile(r"(?<=[.!?;])\s+|\s*[\n\r•·▪●]+\s*|\s+[-*]\s+(?=[A-Z])")
# Fewer words than this is a heading or a fragment ("Requirements:", "Job type: full-time"), not a requirement.
MIN_WORDS = 4
# A pasted ad's first 2,000 characters hold ~15-25 sentences; past 40 it is boilerplate (benefits, legal).
MAX_SENTENCES = 40


def requirement_sentences(text: str) -> list[str]:
    """The requirement sentences of a requisition's text, in order (at most ``MAX_SENTENCES``)."""
    parts = (part.strip(" \t-*:") for part in _SPLIT.split(text))
    return [part for part in parts if len(part.split()) >= MIN_WORDS][:MAX_SENTENCES]


def coverage(sentences: np.ndarray, chunks: np.ndarray, bounds: Bounds) -> np.ndarray:
    """Per profile, the mean over the sentences of the best chunk's cosine (all vectors unit length).

    ``chunks`` are every profile's chunk vectors stacked, profile ``j`` being rows ``bounds[j]:bounds[j+1]``.
    """
    by_chunk = sentences @ chunks.T
    return np.array([by_chunk[:, a:b].max(axis=1).mean() for a, b in itertools.pairwise(bounds)])


def top_mean(similarity: np.ndarray, bounds: Bounds, k: int) -> np.ndarray:
    """Per profile, the mean of its ``k`` highest chunk similarities (all of them when it has fewer)."""
    return np.array([np.sort(similarity[a:b])[::-1][:k].mean() for a, b in itertools.pairwise(bounds)])


def soft_max(similarity: np.ndarray, bounds: Bounds, tau: float) -> np.ndarray:
    """Per profile, ``tau · log mean exp(s / tau)`` of its chunk similarities: the mean at large ``tau``, the
    maximum as ``tau`` falls (the largest subtracted first, so no exponent overflows)."""
    out = []
    for a, b in itertools.pairwise(bounds):
        s = similarity[a:b]
        top = s.max()
        out.append(top + tau * np.log(np.mean(np.exp((s - top) / tau))))
    return np.array(out)

"""A requisition as the two queries a match runs: the dense vector and the keyword text.

``direction`` is the one recipe for a requisition's dense direction (its full text anchored by its title):
the match builds its query with it, and ``eval.query_centre`` builds the typical requisition's vector
(``memory/query_centre.py``) with it, so that the centre is the mean of exactly the queries it is taken
out of.
"""

from __future__ import annotations

import functools

import numpy as np

from embed import Encoder
from memory.models import Requisition
from memory.query_centre import centred, shipped_centre
from memory.requisition import Understood

# The title's share of the dense query, against 1 for the full text (see ``DenseQuery.vector``).
TITLE_WEIGHT = 1.5
# A unit vector is never divided by a norm below this (an all-zero query embedding stays zero).
_MIN_NORM = 1e-12


def anchor(text: str, title: str) -> str | None:
    """The title that anchors the query, or ``None`` when there is none to add (empty, or the text itself)."""
    title = title.strip()
    return title if title and title != text else None


def direction(text_vector: np.ndarray, title_vector: np.ndarray | None) -> np.ndarray:
    """The unit direction of the text's vector plus ``TITLE_WEIGHT`` × the title's (the text's alone without one)."""
    # In the encoder's own precision (float32 for MiniLM), as the match has always computed it.
    total = np.asarray(text_vector)
    if title_vector is not None:
        total = total + TITLE_WEIGHT * np.asarray(title_vector)
    unit: np.ndarray = total / max(float(np.linalg.norm(total)), _MIN_NORM)
    return unit


class DenseQuery:
    """Builds a requisition's dense query with ``encoder``, centred on the typical requisition by default.

    ``centre=False`` keeps the raw direction: the plain cosine that ``eval.run`` measures as a baseline on
    a memory of its own (``Settings.centre_queries``). The shipped weights and fit levels were calibrated
    on centred queries, so a service keeps the default.
    """

    def __init__(self, encoder: Encoder, *, centre: bool = True) -> None:
        self._encoder = encoder
        self._centre_on = centre

    @functools.cached_property
    def centre(self) -> np.ndarray | None:
        """The typical requisition for this encoder, read on first use (so that opening a memory never loads a
        lazy model); ``None`` when centring is off or none ships for the model. Python 3.11 computes a
        cached_property under a lock; later versions may let two first matches both read the file:
        harmless, both get the same vector."""
        return shipped_centre(self._encoder.model_id, self._encoder.dim) if self._centre_on else None

    def vector(self, requisition: Requisition, read: Understood) -> np.ndarray:
        """The requisition's dense query: its full text, anchored by its job title when it has one.

        The model reads only 256 word-pieces, so a long ad's text drowns the role itself; a weighted mean of
        the full text's and the title's unit vectors keeps both (dev set NDCG@10 of the profile similarity:
        0.63 with the text alone, 0.695 with equal weights, 0.722 with the title at TITLE_WEIGHT; 80-word
        profile chunks, ``python -m eval.run``). The anchor is the title read off the ad
        (``memory.requisition``), not a boilerplate first line. The two are encoded in separate calls: in
        one batch the few word-pieces of the title are padded to the text's length, a second full encoding.
        """
        text = requisition.query_text()
        title = anchor(text, read.title)
        unit = direction(
            self._encoder.encode([text])[0], self._encoder.encode([title])[0] if title is not None else None
        )
        # The typical requisition taken out (memory/query_centre.py): dev set dense NDCG@10 0.721 -> 0.731,
        # held-out postings 0.682 -> 0.755 (``python -m eval.run``, ``python -m eval.postings_check``).
        return centred(unit, self.centre)


def keywords(requisition: Requisition, read: Understood) -> str:
    """What a recruiter would type into a keyword search: the role's title and the named skills.

    The lexical index reads this rather than the whole description: BM25 over a long job ad is
    dominated by boilerplate terms (measured on the dev set: NDCG@10 0.35 vs 0.68).
    """
    parts = [read.title, *requisition.must_have_skills, *requisition.nice_to_have_skills]
    text = " ".join(part for part in parts if part).strip()
    return text or requisition.description[:500]

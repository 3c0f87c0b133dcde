"""The typical requisition, taken out of every dense query.

Every requisition embeds close to one common direction (any job ad reads like a job ad), and so does
every resume: a raw cosine between the two rewards profiles that look like *any* role's profile (hubs).
Subtracting the mean requisition vector from the query before normalising it leaves what is specific to
*this* role, so a profile now scores by how much it leans towards the role rather than how generic it is.

The centre is the mean unit query vector (built by ``memory.query.direction``, as a match builds its query)
of a fixed reference population: every O*NET occupation written as a requisition (title, description, four
core tasks). No dev-set label is read to build it, but the population is not disjoint from the dev set:
the dev set's 30 O*NET requisitions are written by the same recipe from the same occupations, so they are
among the 1,016 (their dense NDCG@10 moved 0.811 -> 0.805 with centring; the held-out postings of
``eval.postings_check``, which are not in the population, are the cleaner evidence: 0.682 -> 0.755).
It is computed once by ``python -m eval.query_centre`` and
shipped in ``memory/query_centre.json`` with the model it belongs to; a vector means nothing in another
model's space, so any other encoder (the hashing encoder of the fast tests) keeps its raw queries.
"""

from __future__ import annotations

import json
import logging
from importlib import resources

import numpy as np

log = logging.getLogger(__name__)

CENTRE_FILE = "query_centre.json"
# A unit vector is never divided by a norm below this (a query equal to the centre stays zero).
_MIN_NORM = 1e-12


def shipped_centre(model_id: str, dim: int) -> np.ndarray | None:
    """The shipped centre for ``model_id`` (``None`` when none was computed for that model and size)."""
    path = resources.files("memory").joinpath(CENTRE_FILE)
    if not path.is_file():
        return None
    data = json.loads(path.read_text())
    vector = np.asarray(data["vector"], dtype=np.float32)
    shipped = str(data.get("model", ""))
    # The packaged model is known by its hub name; a copy loaded from a folder (TALENTRECALL_MODEL) by the
    # folder's name, so the last part of the name is what identifies it.
    if _last(shipped) != _last(model_id) or vector.shape != (dim,):
        if not model_id.startswith("hashing-"):  # the fast tests' encoder: raw queries are expected there
            # The shipped weights and fit levels were fitted on centred queries of the shipped model.
            log.warning(
                "no query centre for model %s (shipped for %s): its queries are not centred, while the "
                "weights and fit levels were calibrated on centred ones",
                model_id,
                shipped,
            )
        return None
    return vector


def _last(model_id: str) -> str:
    return model_id.rstrip("/").rsplit("/", 1)[-1]


def centred(query: np.ndarray, centre: np.ndarray | None) -> np.ndarray:
    """The unit direction of ``query − centre`` (``query`` unchanged when there is no centre)."""
    if centre is None:
        return query
    shifted = query - centre
    unit: np.ndarray = shifted / max(float(np.linalg.norm(shifted)), _MIN_NORM)
    return unit

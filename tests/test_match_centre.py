"""The typical requisition taken out of the dense query (memory/query_centre.py): fast, no model."""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from embed import HashingEncoder
from embed.encoder import DEFAULT_MODEL_ID
from embed.wrapper import EncoderWrapper
from memory import MatchFilters, Requisition
from memory.query_centre import CENTRE_FILE, centred, shipped_centre
from tests.conftest import fast_memory
from tests.helpers import candidate


def test_centring_removes_the_common_direction_and_keeps_unit_length() -> None:
    centre = np.array([0.6, 0.0, 0.0], dtype=np.float32)
    query = np.array([0.8, 0.6, 0.0], dtype=np.float32)
    out = centred(query, centre)
    assert np.isclose(np.linalg.norm(out), 1.0)
    assert np.allclose(out, [0.2 / np.hypot(0.2, 0.6), 0.6 / np.hypot(0.2, 0.6), 0.0])
    # Two profiles equally close to the raw query: the one that leans towards what is specific to the query
    # (away from the typical requisition) now scores higher.
    generic, specific = np.array([1.0, 0.0, 0.0]), np.array([0.8, 0.6, 0.0]) @ np.eye(3)
    assert float(out @ specific) > float(out @ generic)


def test_no_centre_leaves_the_query_as_it_is() -> None:
    query = np.array([0.0, 1.0], dtype=np.float32)
    assert centred(query, None) is query


def test_a_query_equal_to_the_centre_stays_finite() -> None:
    v = np.array([1.0, 0.0], dtype=np.float32)
    assert np.all(np.isfinite(centred(v, v)))


def test_the_shipped_centre_belongs_to_minilm_only() -> None:
    data = json.loads(resources.files("memory").joinpath(CENTRE_FILE).read_text())
    assert data["model"] == DEFAULT_MODEL_ID and data["command"] == "python -m eval.query_centre"
    vector = shipped_centre(DEFAULT_MODEL_ID, 384)
    assert vector is not None and vector.shape == (384,)
    # A mean of unit vectors is shorter than 1 and points somewhere (a real common direction).
    assert 0.3 < float(np.linalg.norm(vector)) < 1.0
    # Any other model's space, or another size, gets no centre: the hashing encoder's queries stay raw.
    assert shipped_centre("hashing-384", 384) is None
    assert shipped_centre(DEFAULT_MODEL_ID, 256) is None


def test_a_copy_of_the_model_in_a_folder_of_its_name_gets_the_centre_and_another_name_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # TALENTRECALL_MODEL=/models/all-MiniLM-L6-v2 is known by its folder's name, not the hub name.
    assert shipped_centre(DEFAULT_MODEL_ID.rsplit("/", 1)[-1], 384) is not None
    with caplog.at_level("WARNING", logger="memory.query_centre"):
        assert shipped_centre("my-minilm-copy", 384) is None
        assert shipped_centre("hashing-384", 384) is None  # expected for the fast tests: no warning
    assert [r.getMessage().split(" (")[0] for r in caplog.records] == ["no query centre for model my-minilm-copy"]


class _NamedMiniLM(EncoderWrapper):
    """The hashing encoder answering to MiniLM's name, so that the shipped centre applies (384 dimensions)."""

    @property
    def model_id(self) -> str:
        return DEFAULT_MODEL_ID


@pytest.mark.parametrize("centre", [True, False])
def test_the_matcher_searches_with_the_centred_query_unless_told_not_to(tmp_path: Path, centre: bool) -> None:
    encoder = _NamedMiniLM(HashingEncoder(384))
    requisition = Requisition(title="Backend engineer", description="Go services on Kafka, on call for payments.")
    with fast_memory(tmp_path / "store", encoder=encoder, centre_queries=centre) as memory:
        memory.upsert_candidate(candidate("a", headline="Go engineer"))
        seen: list[np.ndarray] = []
        store = memory._matcher._store
        search = store.search_dense

        def recording(collection: Any, vector: Sequence[float], *args: Any, **kwargs: Any) -> Any:
            seen.append(np.asarray(vector))
            return search(collection, vector, *args, **kwargs)

        store.search_dense = recording  # type: ignore[method-assign]
        memory.match(requisition, filters=MatchFilters(consent_required=False))
    # The recipe written out here, not imported: the full text plus 1.5 x the title, unit length.
    raw = encoder.encode([requisition.query_text()])[0] + 1.5 * encoder.encode(["Backend engineer"])[0]
    unit = raw / np.linalg.norm(raw)
    shipped = shipped_centre(DEFAULT_MODEL_ID, 384)
    assert shipped is not None
    expected = centred(unit, shipped) if centre else unit
    assert seen and all(np.allclose(vector, expected, atol=1e-6) for vector in seen)
    assert not np.allclose(centred(unit, shipped), unit, atol=1e-3)  # the two cases are told apart

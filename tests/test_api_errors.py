"""A model that fails to load at its first use is a 503 problem, like one missing when the memory opens."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import ApiSettings
from embed.encoder import Encoder, EncoderUnavailable
from embed.lazy import LazyEncoder
from memory import Memory


def _missing_model() -> Encoder:
    raise EncoderUnavailable("model directory /nowhere does not exist")


def test_a_lazy_model_that_cannot_load_is_a_503_problem(tmp_path: Path) -> None:
    settings = ApiSettings(data_dir=tmp_path / "store", auth=False)
    encoder = LazyEncoder(_missing_model, model_id="missing", dim=8)
    with Memory.open(settings, encoder=encoder) as memory, TestClient(create_app(memory=memory)) as client:
        response = client.post("/v1/match", json={"requisition": {"title": "Backend engineer"}})
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["detail"] == "model directory /nowhere does not exist"

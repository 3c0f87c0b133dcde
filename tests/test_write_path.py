"""One write path: the same records written through every entry point leave the same stored state.

Entry points: the Python verbs one by one, one NDJSON import, and the REST routes over HTTP. The state
compared is every payload and vector of every collection, but for the server's own clock (``created_at``)
and the store's salt (the manifest). On both stores: the server adapter (qdrant-client's local mode, or
``TALENTRECALL_QDRANT_URL``'s server) in the fast suite, Qdrant Edge on disk in ``make test``; the encoder
is the hashing one on both, since the vectors are compared to the last digit.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import ApiSettings
from embed import HashingEncoder
from memory import Candidate, EvaluationSignal, InterviewNote, Memory, Touchpoint
from memory.store import Collection

CANDIDATE = {
    "candidate_id": "c-1",
    "name": "Oluwaseun Adeyemi-Okafor",
    "emails": ["seun@example.org"],
    "phones": ["+44 20 7946 0958"],
    "location": "Leeds",
    "headline": "Platform engineer",
    "summary": "Ran Kubernetes clusters for a payments company; Oluwaseun mentors juniors.",
    "skills": ["Kubernetes", "Go"],
    "source": "silver_medalist",
    "consent": {"status": "granted", "basis": "consent", "recorded_at": "2026-03-01T09:00:00Z"},
    "protected": {"sex": "male", "race_ethnicity": "black"},
}
NOTE = {
    "note_id": "n-1",
    "stage": "final",
    "author": "priya",
    "written_at": "2026-03-02T10:00:00Z",
    "text": "Seun designed a multi-region failover. He explained trade-offs clearly. Strong on Go.",
}
SIGNAL = {"signal_id": "s-1", "dimension": "technical", "value": 4.5, "observed_at": "2026-03-02T10:00:00Z"}
TOUCH = {
    "touchpoint_id": "t-1",
    "kind": "email",
    "at": "2026-03-05T08:00:00Z",
    "outcome": "replied",
    "contact": "seun@example.org",
}


def state(memory: Memory) -> dict[str, Any]:
    """Every point of every collection but the manifest, without the server's clock."""
    out: dict[str, Any] = {}
    for collection in Collection:
        if collection is Collection.meta:
            continue
        points = []
        for p in memory._store.scroll(collection, with_vectors=True):
            payload = {k: v for k, v in p.payload.items() if k != "created_at"}
            sparse = (list(p.sparse.indices), [round(v, 9) for v in p.sparse.values]) if p.sparse else None
            dense = [round(v, 9) for v in p.dense] if p.dense is not None else None
            points.append((p.id, json.dumps(payload, sort_keys=True), dense, sparse))
        out[collection.value] = sorted(points, key=lambda point: point[0])
    return out


Opener = Callable[[str], Memory]


STORES = [
    pytest.param("local", marks=pytest.mark.qdrant),
    pytest.param("edge", marks=[pytest.mark.slow, pytest.mark.edge]),
]


@pytest.fixture(params=STORES)
def open_memory(request: pytest.FixtureRequest, tmp_path: Path, memory_opener: Callable[..., Any]) -> Iterator[Opener]:
    """Memories by name (opened again, a name finds what it held) on the local mode or on Edge."""
    with memory_opener(tmp_path, HashingEncoder(64), local=request.param == "local") as factory:
        yield lambda name: factory(name, auth=False)  # auth off: the local demo's mode, for the REST path


def by_verbs(open_memory: Opener, name: str) -> dict[str, Any]:
    with open_memory(name) as memory:
        memory.upsert_candidate(Candidate.model_validate(CANDIDATE))
        memory.add_note(InterviewNote.model_validate({**NOTE, "candidate_id": "c-1"}))
        memory.add_signal(EvaluationSignal.model_validate({**SIGNAL, "candidate_id": "c-1"}))
        memory.add_touchpoint(Touchpoint.model_validate({**TOUCH, "candidate_id": "c-1"}))
        return state(memory)


def by_import(open_memory: Opener, name: str, *, imported: int = 4) -> dict[str, Any]:
    lines = [
        json.dumps({"type": "candidate", **CANDIDATE}),
        json.dumps({"type": "note", **NOTE, "candidate_id": "c-1"}),
        json.dumps({"type": "signal", **SIGNAL, "candidate_id": "c-1"}),
        json.dumps({"type": "touchpoint", **TOUCH, "candidate_id": "c-1"}),
    ]
    with open_memory(name) as memory:
        report = memory.import_ndjson(lines)
        assert (report.imported, report.unchanged, report.rejected) == (imported, 4 - imported, [])
        return state(memory)


def by_rest(open_memory: Opener, name: str) -> dict[str, Any]:
    with open_memory(name) as memory:
        assert isinstance(memory.settings, ApiSettings)
        with TestClient(create_app(memory.settings, memory=memory)) as client:
            assert client.put("/v1/candidates/c-1", json=CANDIDATE).status_code == 201
            assert client.post("/v1/candidates/c-1/notes", json=NOTE).status_code == 201
            assert client.post("/v1/candidates/c-1/signals", json=SIGNAL).status_code == 201
            assert client.post("/v1/candidates/c-1/touchpoints", json=TOUCH).status_code == 201
        return state(memory)


def test_every_entry_point_stores_the_same_state(open_memory: Opener) -> None:
    reference = by_verbs(open_memory, "verbs")
    assert reference["consents"] and reference["touchpoints"] and reference["protected"]
    assert by_import(open_memory, "import") == reference
    assert by_rest(open_memory, "rest") == reference


def test_replaying_any_entry_point_changes_nothing(open_memory: Opener) -> None:
    first = by_verbs(open_memory, "s")
    # The replayed candidate lacks the verification its reply brought; a replay never un-learns it.
    assert by_import(open_memory, "s", imported=0) == first
    assert by_verbs(open_memory, "s") == first


@pytest.mark.parametrize(
    "record",
    [
        {"type": "candidate", **CANDIDATE, "consent": {"status": "granted", "recorded_at": "2099-01-01T00:00:00Z"}},
        {"type": "note", **NOTE, "candidate_id": "c-1", "written_at": "2099-01-01T00:00:00Z"},
        {"type": "touchpoint", **TOUCH, "candidate_id": "c-1", "at": "2099-01-01T00:00:00Z"},
    ],
    ids=["consent", "note", "touchpoint"],
)
def test_a_future_time_is_refused_by_every_entry_point(open_memory: Opener, record: dict[str, Any]) -> None:
    with open_memory("s") as memory:
        if record["type"] != "candidate":
            memory.upsert_candidate(Candidate.model_validate(CANDIDATE))
        before = state(memory)
        report = memory.import_ndjson([json.dumps(record)])
        assert report.imported == 0 and "in the future" in report.rejected[0].error
        assert state(memory) == before


def test_a_replayed_older_consent_does_not_undo_an_unsubscribe(open_memory: Opener) -> None:
    with open_memory("s") as memory:
        memory.upsert_candidate(Candidate.model_validate(CANDIDATE))
        optout = {**TOUCH, "touchpoint_id": "t-2", "outcome": "unsubscribed", "candidate_id": "c-1"}
        memory.add_touchpoint(Touchpoint.model_validate(optout))
        assert memory.upsert_candidate(Candidate.model_validate(CANDIDATE)).status.value == "unchanged"
        assert memory.get("c-1").candidate.consent.status.value == "withdrawn"
        later = {**CANDIDATE, "consent": {"status": "granted", "recorded_at": "2026-04-01T00:00:00Z"}}
        memory.upsert_candidate(Candidate.model_validate(later))  # consent given again, after the opt-out
        assert memory.get("c-1").candidate.consent.status.value == "granted"

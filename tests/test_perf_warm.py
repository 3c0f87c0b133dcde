"""The server's warm-up at start (``memory.memory.warm_up``, ``TALENTRECALL_WARM_AT_START``): it reads what a first
match reads, so that the first match opens nothing more, and it writes nothing and changes no answer."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from typing import Any

import pytest

from memory import MatchFilters, Memory, Requisition
from memory.memory import warm_up
from memory.store import Collection
from memory.store_edge import EdgeStore
from tests.helpers import candidate, note

NOW = datetime(2026, 6, 1, tzinfo=UTC)
ASKED = Requisition(title="Backend engineer", description="Python services on Kubernetes", must_have_skills=["Python"])


def _filled(memory: Memory) -> Memory:
    memory.upsert_candidate(candidate("c-1", headline="Backend engineer, Python and Kubernetes"))
    memory.add_note(note("n-1", "c-1", "Wrote careful Python services; ran the Kubernetes cluster well."))
    memory.upsert_candidate(candidate("c-2", headline="Data analyst, SQL"))
    memory.add_note(note("n-2", "c-2", "Clear SQL, good with stakeholders in Berlin."))
    return memory


def _answer(memory: Memory) -> dict[str, Any]:
    response = memory.match(ASKED, limit=5, filters=MatchFilters(consent_required=False), now=NOW)
    return response.model_dump(mode="json", exclude={"took_ms", "decision_id"})


@pytest.mark.edge
def test_after_the_warm_up_a_first_match_opens_no_shard_and_logged_nothing_before(open_memory: Any) -> None:
    memory = _filled(open_memory("warmed"))
    store = memory._store
    assert isinstance(store, EdgeStore)
    warm_up(memory)
    assert store.count(Collection.decisions) == 0 and store.count(Collection.replies) == 0  # nothing logged
    assert "centre" in memory._matcher._query.__dict__  # the typical requisition's vector was read
    opened = set(store._shards)
    assert {Collection.chunks, Collection.candidates, Collection.decisions} <= opened
    _answer(memory)
    assert set(store._shards) == opened  # the match found every shard it reads already open


@pytest.mark.edge
def test_a_warmed_memory_answers_as_one_never_warmed(open_memory: Any) -> None:
    warmed = _filled(open_memory("warmed"))
    warm_up(warmed)
    cold = _filled(open_memory("cold"))
    first = _answer(warmed)
    assert first == _answer(cold)
    assert first["results"]  # a real shortlist was compared, not two empty ones


def test_the_server_warms_the_memory_it_opens_on_a_thread_and_waits_for_it_before_closing(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fastapi.testclient import TestClient

    from api.app import create_app
    from api.settings import ApiSettings

    calls: list[str] = []
    monkeypatch.setattr("api.app.warm_up", lambda memory: calls.append(threading.current_thread().name))
    with TestClient(create_app(ApiSettings(data_dir=tmp_path / "on", auth=False))):
        pass
    assert calls == ["warm-up"]  # on its own thread, and over (joined) by the time the app has shut down
    with TestClient(create_app(ApiSettings(data_dir=tmp_path / "off", auth=False, warm_at_start=False))):
        pass
    assert calls == ["warm-up"]  # TALENTRECALL_WARM_AT_START=false: no warm-up

"""``api.client.Client``: the ``Memory`` verbs over REST, same models in and out, same typed errors.

The fast tests talk to the app in-process (FastAPI's ``TestClient`` is the client's ``http`` seam); one
test, under ``slow``, talks to a real uvicorn over loopback.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.auth import hash_key
from api.client import Client, Forbidden, Unauthorized
from api.settings import ApiSettings
from embed import HashingEncoder
from memory import (
    BackendUnavailable,
    Cadence,
    Candidate,
    Conflict,
    EvaluationSignal,
    InterviewNote,
    InvalidInput,
    MatchFilters,
    Memory,
    NotFound,
    Requisition,
    Segment,
    Touchpoint,
)
from memory.demo import demo_ndjson
from tests.conftest import LiveServer, fast_memory

KEYS = {"recruiter": "k-recruiter", "auditor": "k-auditor", "admin": "k-admin"}

# Memory's verbs that a remote caller has no use for, and the keyword arguments only the server sets.
NOT_REMOTE = {"open", "close", "optimize"}
SERVER_ONLY = {"now", "progress", "should_stop", "caller", "idempotency_key", "suppress"}
NO_TIME_OVER_REST = {"verify"}  # the route stamps the server's time


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Memory, TestClient]]:
    keys = ",".join(f"{role}:{hash_key(key)}" for role, key in KEYS.items())
    with fast_memory(tmp_path_factory.mktemp("client") / "store", auth=True, api_keys=keys) as memory:
        memory.import_ndjson(demo_ndjson(24))
        with TestClient(create_app(memory=memory)) as http:
            yield memory, http


def client_as(served: tuple[Memory, TestClient], role: str | None) -> Client:
    _, http = served
    return Client(api_key=KEYS[role] if role else None, http=http)


def verbs(cls: type) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(member)
        for name, member in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_")
    }


def test_the_client_has_every_memory_verb_with_the_same_parameters() -> None:
    memory, client = verbs(Memory), verbs(Client)
    assert set(memory) - NOT_REMOTE - set(client) == set()
    for name in set(memory) - NOT_REMOTE:
        wanted = [
            p for p in memory[name].parameters if p not in SERVER_ONLY and not (p == "at" and name in NO_TIME_OVER_REST)
        ]
        assert list(client[name].parameters) == wanted, name
        assert client[name].return_annotation == memory[name].return_annotation, name


def test_capture_and_read_give_the_models_memory_gives(served: tuple[Memory, TestClient]) -> None:
    memory, _ = served
    client = client_as(served, "admin")
    person = Candidate(candidate_id="cl-1", name="Ana Remote", emails=["ana@example.org"], headline="Go engineer",
                       skills=["Go", "Kafka"], consent={"status": "granted", "basis": "consent"})  # fmt: skip
    assert client.upsert_candidate(person).status == "created"
    assert client.upsert_candidate(person).status == "unchanged"
    note = InterviewNote(note_id="cl-n1", candidate_id="cl-1", stage="onsite", text="Built a Kafka pipeline in Go.")
    assert client.add_note(note).status == "created"
    signal = EvaluationSignal(signal_id="cl-s1", candidate_id="cl-1", dimension="coding", value=4)
    assert client.add_signal(signal).status == "created"
    at = datetime.now(UTC) - timedelta(days=1)
    touch = Touchpoint(touchpoint_id="cl-t1", candidate_id="cl-1", kind="email", at=at, outcome="replied")
    assert client.add_touchpoint(touch).status == "created"
    assert client.get("cl-1") == memory.get("cl-1")
    assert client.consent_history("cl-1") == memory.consent_history("cl-1")
    exported, held = client.export("cl-1"), memory.export("cl-1")
    assert exported["records"] == json.loads(json.dumps(held["records"], default=str))
    assert client.count() == memory.count()
    assert client.verify("cl-1", contact="ana@example.org").status == "updated"


def test_match_is_the_same_shortlist_as_in_process(served: tuple[Memory, TestClient]) -> None:
    memory, _ = served
    client = client_as(served, "recruiter")
    requisition = Requisition(title="Senior backend engineer", must_have_skills=["Go"])
    filters = MatchFilters(sources=["referral", "past_applicant", "prospect", "silver_medalist", "event_contact"])
    remote = client.match(requisition, limit=5, filters=filters, include_without_consent=True)
    local = memory.match(requisition, limit=5, filters=filters, include_without_consent=True)
    assert [r.candidate_id for r in remote.results] == [r.candidate_id for r in local.results]
    # the same scores up to freshness, which moves with the clock between the two calls
    assert [r.score for r in remote.results] == pytest.approx([r.score for r in local.results], abs=1e-6)
    assert [r.candidate_id for r in remote.needs_consent] == [r.candidate_id for r in local.needs_consent]
    assert remote.decision_id and remote.decision_id != local.decision_id  # each call is its own logged decision


def test_problems_become_the_typed_exceptions(served: tuple[Memory, TestClient]) -> None:
    admin = client_as(served, "admin")
    with pytest.raises(NotFound) as missing:
        admin.get("nobody")
    assert missing.value.status == 404  # type: ignore[attr-defined]
    assert "nobody" in missing.value.detail
    with pytest.raises(InvalidInput) as invalid:
        admin.match(Requisition(title="Go engineer"), limit=0)
    assert invalid.value.field == "limit"
    with pytest.raises(NotFound):
        admin.match(Requisition(title="Go"), filters=MatchFilters(segment="no-such-segment"))
    admin.add_note(InterviewNote(note_id="cl-dup", candidate_id="demo-0001", text="A screen note."))
    with pytest.raises(Conflict) as conflict:
        admin.add_note(InterviewNote(note_id="cl-dup", candidate_id="demo-0002", text="Another person's note id."))
    assert conflict.value.field == "note_id"
    with pytest.raises(Unauthorized):
        client_as(served, None).segments()
    with pytest.raises(Forbidden):
        client_as(served, "recruiter").delete("demo-0002")
    with pytest.raises(Forbidden):
        client_as(served, "recruiter").audit(date(2026, 1, 1), date(2026, 2, 1))
    with pytest.raises(InvalidInput):
        client_as(served, "auditor").audit(datetime(2026, 1, 1, 12, tzinfo=UTC), date(2026, 2, 1))
    with Client("http://127.0.0.1:9", timeout=2) as nowhere, pytest.raises(BackendUnavailable):
        nowhere.count()


def test_lifecycle_verbs(served: tuple[Memory, TestClient]) -> None:
    memory, _ = served
    admin = client_as(served, "admin")
    report = admin.import_ndjson(
        [json.dumps({"type": "candidate", "candidate_id": "cl-2", "headline": "QA lead"}), "{"]
    )
    assert (report.imported, [r.line for r in report.rejected]) == (1, [2])
    assert (
        admin.save_segment(
            Segment(name="backend", role_families=["backend"], cadence=Cadence(touches=1, per_days=90))
        ).status
        == "created"
    )
    assert admin.segments() == memory.segments()
    assert admin.due_for_touch("backend") == memory.due_for_touch("backend")
    admin.delete_segment("backend")
    assert [s.segment.name for s in admin.segments()] == []
    assert admin.expiring_consents(3650) == memory.expiring_consents(3650)
    assert admin.refresh_report(stale_after_days=30) == memory.refresh_report(stale_after_days=30)
    assert admin.duplicates() == memory.duplicates()
    assert admin.retention(months=1).applied is False
    first = datetime.now(UTC).date()
    report_ = client_as(served, "auditor").audit(first - timedelta(days=1), first + timedelta(days=1))
    assert (
        report_.model_dump()
        == memory.audit(
            datetime.combine(first - timedelta(days=1), datetime.min.time(), UTC),
            datetime.combine(first + timedelta(days=1), datetime.min.time(), UTC),
        ).model_dump()
    )
    assert admin.merge("cl-1", "cl-2").merged == "cl-2"
    receipt = admin.delete("cl-1")
    assert receipt.candidate_id == "cl-1"
    with pytest.raises(NotFound):
        admin.get("cl-1")


@pytest.mark.slow
def test_against_a_real_server(tmp_path: Path) -> None:
    memory = Memory.open(ApiSettings(data_dir=tmp_path / "store", auth=False), encoder=HashingEncoder(64))
    memory.import_ndjson(demo_ndjson(16))
    try:
        with LiveServer(create_app(memory=memory)) as server, Client(server.url) as client:
            shortlist = client.match(Requisition(title="Registered nurse, ICU"), limit=3)
            assert len(shortlist.results) == 3
            assert (
                client.get(shortlist.results[0].candidate_id).candidate.candidate_id
                == shortlist.results[0].candidate_id
            )
    finally:
        memory.close()


def test_outcomes_against_a_shortlists_decision(served: tuple[Memory, TestClient]) -> None:
    memory, _ = served
    recruiter = client_as(served, "recruiter")
    shortlist = recruiter.match(Requisition(title="ICU nurse"), limit=3)
    assert shortlist.decision_id is not None
    first = shortlist.results[0].candidate_id
    done = recruiter.record_outcome(shortlist.decision_id, first, "contacted", reason="left a voicemail")
    caller = f"recruiter:{hash_key(KEYS['recruiter'])[:8]}"
    assert (done.action, done.reason, done.recorded_by) == ("contacted", "left a voicemail", caller)
    again = recruiter.record_outcome(shortlist.decision_id, first, "contacted")
    assert again.outcome_id == done.outcome_id  # a double click replaces, it does not add
    with pytest.raises(InvalidInput):
        recruiter.record_outcome(shortlist.decision_id, "demo-not-on-it", "hired")
    with pytest.raises(NotFound):
        recruiter.record_outcome("no-such-decision", first, "hired")
    with pytest.raises(Forbidden):
        recruiter.decision(shortlist.decision_id)
    record = client_as(served, "auditor").decision(shortlist.decision_id)
    assert record == memory.decision(shortlist.decision_id)
    assert [(o.candidate_id, o.action) for o in record.outcomes] == [(first, "contacted")]

"""After an erasure, the same person written another way is still refused without fresh consent."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from embed import HashingEncoder
from memory import Candidate, ConsentRequired, InvalidInput, Memory, Settings
from memory.store_server import LOCAL, ServerStore

ERASED = Candidate(
    candidate_id="gone",
    name="Ignatius Blorvwick",
    emails=["Wendeline.Crash4@CrashQX.example", "ig.blorv@gmail.com"],
    phones=["+1 415 555 0142"],
    location="Quimperlé Harbor",
)


@pytest.fixture
def memory() -> Iterator[Memory]:
    # The rules live in the write path, whatever the store: qdrant-client's local mode keeps this cheap.
    store = ServerStore.connect(LOCAL, None, "suppression")
    with Memory.open(Settings(), encoder=HashingEncoder(64), store=store) as memory:
        memory.upsert_candidate(ERASED)
        memory.delete("gone")
        yield memory


@pytest.mark.parametrize(
    "fields",
    [
        {"emails": ["wendeline.crash4@crashqx.example"]},
        {"emails": ["wendeline.crash4+jobs@crashqx.example"]},
        {"emails": ["IG.Blorv+x@googlemail.com"]},
        {"phones": ["(415) 555-0142"]},
        {"phones": ["415.555.0142"]},
        {"phones": ["001 415 555 0142"]},
        {"phones": ["+1 415 555 0142 ext 9"]},
        {"name": "Blorvwick, Ignatius", "location": "Quimperle Harbor, CA"},
        {"name": "IGNATIUS  BLORVWICK", "location": "quimperlé harbor"},
    ],
)
def test_the_erased_person_written_another_way_is_refused(memory: Memory, fields: dict[str, object]) -> None:
    with pytest.raises(ConsentRequired):
        memory.upsert_candidate(Candidate(candidate_id="again", **fields))  # type: ignore[arg-type]
    assert memory.count().candidates == 0


def test_consent_must_be_recorded_after_the_erasure_by_the_server_clock(memory: Memory) -> None:
    now = datetime.now(UTC)
    before = {"status": "granted", "recorded_at": now - timedelta(hours=1)}
    with pytest.raises(ConsentRequired):
        memory.upsert_candidate(Candidate(candidate_id="again", phones=["4155550142"], consent=before))
    with pytest.raises(InvalidInput):  # beyond the 5-minute clock skew
        future = {"status": "granted", "recorded_at": now + timedelta(minutes=10)}
        memory.upsert_candidate(Candidate(candidate_id="again", phones=["4155550142"], consent=future))
    fresh = {"status": "granted", "recorded_at": now + timedelta(seconds=1)}
    assert memory.upsert_candidate(Candidate(candidate_id="again", phones=["4155550142"], consent=fresh))


def test_a_name_alone_or_in_another_place_is_not_suppressed(memory: Memory) -> None:
    memory.upsert_candidate(Candidate(candidate_id="namesake", name="Ignatius Blorvwick"))
    memory.upsert_candidate(Candidate(candidate_id="elsewhere", name="Ignatius Blorvwick", location="Leeds"))
    assert memory.count().candidates == 2

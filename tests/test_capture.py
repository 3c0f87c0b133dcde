"""Capture on a real Qdrant Edge store, with the hashing encoder and (slow) the real model."""

from __future__ import annotations

import pytest

from memory import (
    Candidate,
    Conflict,
    EvaluationSignal,
    Memory,
    NotFound,
    Protected,
    Requisition,
    TooLarge,
    WriteStatus,
)
from memory.store import Collection, Where
from tests.helpers import LONG_NOTE, candidate, note


def _chunks_of(memory: Memory, note_id: str) -> list[dict[str, object]]:
    return [p.payload for p in memory._store.scroll(Collection.chunks, Where.eq("note_id", note_id))]


def test_identical_replay_is_a_no_op(memory: Memory) -> None:
    first = memory.upsert_candidate(candidate("c1", headline="Go engineer", skills=["Go"]))
    assert first.status is WriteStatus.created and first.vectors_written == 1
    written = memory.add_note(note("n1", "c1", LONG_NOTE, stage="onsite"))
    assert written.status is WriteStatus.created and written.vectors_written == 4
    before = memory.count()
    assert (
        memory.upsert_candidate(candidate("c1", headline="Go engineer", skills=["Go"])).status is WriteStatus.unchanged
    )
    again = memory.add_note(note("n1", "c1", LONG_NOTE, stage="onsite"))
    assert again.status is WriteStatus.unchanged and again.vectors_written == 0
    assert memory.count() == before
    assert before.model_dump() == {"candidates": 1, "notes": 1, "signals": 0, "chunks": 4}


def test_changed_note_replaces_its_vectors_and_leaves_no_orphans(memory: Memory) -> None:
    memory.upsert_candidate(candidate("c1"))
    memory.add_note(note("n1", "c1", LONG_NOTE))
    assert len(_chunks_of(memory, "n1")) == 4
    result = memory.add_note(note("n1", "c1", "Short follow-up: strong on Kafka. Would hire."))
    assert result.status is WriteStatus.updated and result.vectors_removed == 3
    chunks = _chunks_of(memory, "n1")
    assert [c["text"] for c in chunks] == ["Short follow-up: strong on Kafka. Would hire."]
    assert memory.count().chunks == 1


def test_unchanged_chunks_are_not_encoded_again(memory: Memory) -> None:
    memory.upsert_candidate(candidate("c1"))
    memory.add_note(note("n1", "c1", LONG_NOTE))
    edited = LONG_NOTE + " A final remark about mentoring juniors."
    result = memory.add_note(note("n1", "c1", edited))
    assert result.status is WriteStatus.updated
    assert result.vectors_written == 1  # only the last chunk's text changed


def test_metadata_only_change_keeps_vectors(memory: Memory) -> None:
    memory.upsert_candidate(candidate("c1", headline="Data scientist"))
    result = memory.upsert_candidate(candidate("c1", headline="Data scientist", location="Berlin"))
    assert result.status is WriteStatus.updated and result.vectors_written == 0


def test_note_for_a_missing_candidate_is_404_and_writes_nothing(memory: Memory) -> None:
    with pytest.raises(NotFound):
        memory.add_note(note("n1", "ghost", "text"))
    with pytest.raises(NotFound):
        memory.add_signal(EvaluationSignal(signal_id="s", candidate_id="ghost", dimension="d", value=3))
    assert memory.count().model_dump() == {"candidates": 0, "notes": 0, "signals": 0, "chunks": 0}


def test_oversized_text_is_refused_and_keeps_what_was_stored(open_memory) -> None:  # type: ignore[no-untyped-def]
    memory = open_memory(max_text_chars=1_000)
    memory.upsert_candidate(candidate("c1"))
    memory.add_note(note("n1", "c1", "Original note."))
    with pytest.raises(TooLarge) as err:
        memory.add_note(note("n1", "c1", "x" * 1_001))
    assert err.value.field == "text"
    assert memory.get("c1").notes[0].text == "Original note."
    with pytest.raises(TooLarge):
        memory.upsert_candidate(candidate("c2", summary="y" * 1_001))
    assert memory.count().candidates == 1


def test_an_id_owned_by_another_candidate_conflicts(memory: Memory) -> None:
    memory.upsert_candidate(candidate("a"))
    memory.upsert_candidate(candidate("b"))
    memory.add_note(note("n1", "a", "About a."))
    with pytest.raises(Conflict):
        memory.add_note(note("n1", "b", "About b."))
    assert memory.get("a").notes[0].text == "About a."


def test_protected_attributes_are_stored_apart_and_never_returned(memory: Memory) -> None:
    memory.upsert_candidate(candidate("c1", headline="Nurse", protected=Protected(sex="female", age_band="40-49")))
    stored = list(memory._store.scroll(Collection.protected))
    assert [p.payload for p in stored] == [
        {"candidate_id": "c1", "sex": "female", "race_ethnicity": None, "age_band": "40-49"}
    ]
    profile = next(memory._store.scroll(Collection.candidates))
    assert "protected" not in str({k: v for k, v in profile.payload["record"].items() if v is not None})
    assert memory.get("c1").candidate.protected is None
    updated = memory.upsert_candidate(candidate("c1", headline="Nurse", protected=Protected(sex="male")))
    assert updated.status is WriteStatus.updated and updated.vectors_written == 0


def test_delete_removes_every_point_of_the_candidate(memory: Memory) -> None:
    memory.upsert_candidate(candidate("c1", headline="ICU nurse", protected=Protected(sex="female")))
    memory.upsert_candidate(candidate("c2", headline="Chef"))
    memory.add_note(note("n1", "c1", LONG_NOTE))
    memory.add_signal(EvaluationSignal(signal_id="s1", candidate_id="c1", dimension="communication", value=4))
    receipt = memory.delete("c1")
    assert receipt.removed == {
        "candidates": 1,
        "chunks": 4,
        "passages": 40,  # each chunk's sentences, with the vectors a match ranks evidence by
        "notes": 1,
        "signals": 1,
        "protected": 1,
        "replies": 0,
        "touchpoints": 0,
        "consents": 1,
    }
    for collection in Collection:
        assert memory._store.count(collection, Where.eq("candidate_id", "c1")) == 0
    shortlist = memory.match(Requisition(description=LONG_NOTE), filters=None)
    assert [r.candidate_id for r in shortlist.results] == ["c2"]
    with pytest.raises(NotFound):
        memory.get("c1")
    assert memory.delete("c1") == receipt  # a retried erasure returns its receipt, not "not found"
    with pytest.raises(NotFound):
        memory.delete("never-existed")


def test_a_changed_filter_field_reaches_the_note_chunks(memory: Memory) -> None:
    memory.upsert_candidate(candidate("c1", role_family="engineering"))
    memory.add_note(note("n1", "c1", "Great systems thinker."))
    memory.upsert_candidate(candidate("c1", role_family="data"))
    assert {c["role_family"] for c in _chunks_of(memory, "n1")} == {"data"}


def test_store_survives_a_restart(open_memory) -> None:  # type: ignore[no-untyped-def]
    memory = open_memory("persist")
    memory.upsert_candidate(candidate("c1", headline="Go engineer"))
    memory.add_note(note("n1", "c1", LONG_NOTE))
    memory.close()
    reopened = open_memory("persist")
    assert reopened.count().model_dump() == {"candidates": 1, "notes": 1, "signals": 0, "chunks": 4}
    assert reopened.get("c1").candidate == Candidate.model_validate(
        candidate("c1", headline="Go engineer").model_dump()
    )


def test_a_long_profile_is_the_mean_of_its_short_chunks(memory: Memory) -> None:
    # A resume is embedded in PROFILE_CHUNK_WORDS-word chunks (the model reads only its first 256 word-pieces
    # of a text): the profile vector is their normalised mean, so its last section counts like its first.
    import numpy as np

    from memory.capture import PROFILE_CHUNK_WORDS
    from memory.chunking import chunk_text
    from memory.store import point_id

    sections = [f"Section {i}: " + " ".join(f"skill{i}x{j}" for j in range(60)) + "." for i in range(4)]
    summary = " ".join(sections)
    memory.upsert_candidate(candidate("long", headline="Engineer", summary=summary))
    (stored,) = memory._store.retrieve(
        Collection.candidates, [point_id(Collection.candidates, "long")], with_vectors=True
    )
    text = stored.payload["profile_text"]
    chunks = chunk_text(text, PROFILE_CHUNK_WORDS)
    assert len(chunks) == 4 and PROFILE_CHUNK_WORDS < 150  # shorter than a note's chunks
    mean = memory._encoder.encode(chunks).mean(axis=0)
    assert stored.dense is not None
    assert np.allclose(stored.dense, mean / np.linalg.norm(mean), atol=1e-6)

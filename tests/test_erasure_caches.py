"""An erasure leaves no copy of the person's texts in the process's caches, not only none on disk.

A match keeps the evidence passages it embedded and the phrase sets of the people it read (both keyed by
the texts themselves, so that the same people's next match is cheaper): after an erasure, neither may
still hold the erased person's notes.
"""

from __future__ import annotations

from memory import MatchFilters, Memory, Requisition, skills
from tests.helpers import candidate, note

# A word no other test text has, so that "still cached" cannot be somebody else's passage.
MARK = "quillvorne"


def _cached_texts(memory: Memory) -> list[str]:
    passages = list(memory._matcher._passage_vectors._vectors)
    return [t for t in passages if MARK in t]


def test_an_erasure_empties_the_caches_that_hold_the_persons_texts(memory: Memory) -> None:
    memory.upsert_candidate(candidate("c-erase", headline="Backend engineer, Go and Kafka"))
    memory.add_note(note("n-erase", "c-erase", f"Built the {MARK} ingestion service in Go; strong on Kafka."))
    memory.upsert_candidate(candidate("c-stay", headline="Backend engineer, Go"))
    memory.add_note(note("n-stay", "c-stay", "Ran the payments API in Go; calm under pressure."))
    requisition = Requisition(title="Backend engineer", description=f"Go and Kafka, the {MARK} pipeline")
    before = memory.match(requisition, limit=5, filters=MatchFilters(consent_required=False))
    assert "c-erase" in [r.candidate_id for r in before.results]
    assert _cached_texts(memory) != [] and skills._phrases.cache_info().currsize > 0  # the caches were used

    memory.delete("c-erase")

    assert _cached_texts(memory) == []
    assert skills._phrases.cache_info().currsize == 0
    after = memory.match(requisition, limit=5, filters=MatchFilters(consent_required=False))
    assert [r.candidate_id for r in after.results] == ["c-stay"]

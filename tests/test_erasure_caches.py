"""An erasure leaves no copy of the person's texts in the process's caches, not only none on disk.

A match keeps the phrase sets of the people it read and, on a store written before passage vectors were
stored at capture, the evidence passages it embedded (both keyed by the texts themselves, so that the same
people's next match is cheaper): after an erasure, neither may still hold the erased person's notes. The
stored passage vectors themselves are erased with the person's other points (tests/test_erasure_disk.py).
"""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest

from memory import MatchFilters, Memory, Requisition, skills
from memory import evidence as E
from memory.retrieval import Net
from tests.helpers import candidate, note
from tests.test_perf_passages import as_previous_version

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
    memory.match(requisition, limit=5, filters=MatchFilters(consent_required=False))
    assert _cached_texts(memory) == []  # passage vectors stored at capture: the match embeds none
    as_previous_version(memory)  # a store of the previous version: its passages are embedded at match time
    before = memory.match(requisition, limit=5, filters=MatchFilters(consent_required=False))
    assert "c-erase" in [r.candidate_id for r in before.results]
    assert _cached_texts(memory) != [] and skills._phrases.cache_info().currsize > 0  # the caches were used

    memory.delete("c-erase")

    assert _cached_texts(memory) == []
    assert skills._phrases.cache_info().currsize == 0
    after = memory.match(requisition, limit=5, filters=MatchFilters(consent_required=False))
    assert [r.candidate_id for r in after.results] == ["c-stay"]


def test_a_match_reading_across_an_erasure_leaves_no_cached_text(
    memory: Memory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Matches take no lock: one that read the person just before the erasure fills the caches after it
    cleared them; when it ends, it clears them again (found by review: the caches kept 3 of 3 chunks)."""
    memory.upsert_candidate(candidate("c-erase", headline="Backend engineer, Go and Kafka"))
    memory.add_note(note("n-erase", "c-erase", f"Built the {MARK} ingestion service in Go; strong on Kafka."))
    memory.upsert_candidate(candidate("c-stay", headline="Backend engineer, Go", skills=["Go", f"{MARK} tooling"]))
    requisition = Requisition(title="Backend engineer", description=f"Go and Kafka, the {MARK} pipeline")
    as_previous_version(memory)
    gathered, erased = threading.Event(), threading.Event()
    gather = Net.gather

    def paused(self: Net, *args: Any) -> Any:
        out = gather(self, *args)  # the person's chunks are read ...
        gathered.set()
        assert erased.wait(30)  # ... and the erasure runs to its end before the match goes on
        return out

    monkeypatch.setattr(Net, "gather", paused)
    answers: list[list[str]] = []
    reader = threading.Thread(
        target=lambda: answers.append(
            [r.candidate_id for r in memory.match(requisition, filters=MatchFilters(consent_required=False)).results]
        )
    )
    reader.start()
    assert gathered.wait(30)
    memory.delete("c-erase")
    erased.set()
    reader.join(30)
    assert answers and "c-erase" not in answers[0]
    assert _cached_texts(memory) == []
    assert not [t for t in memory._matcher._skill_cache if MARK in t]
    assert skills._phrases.cache_info().currsize == 0 and E._cut.cache_info().currsize == 0


def _ahead_texts(memory: Memory) -> list[str]:
    return [t for t in memory._ahead._ready if MARK in t]


def test_an_import_keeps_no_vector_computed_ahead_once_it_ends(memory: Memory) -> None:
    """The import encodes the next block's texts ahead, keyed by the redacted text; none outlives the import,
    so a later erasure finds no copy of the person's notes in the process (a regression of 3e586d1)."""
    lines = []
    for i in range(3):
        lines.append(json.dumps({"type": "candidate", **candidate(f"p{i}").model_dump(mode="json")}))
        text = f"Owned the {MARK} migration number {i}; strong on Kafka and Go."
        lines.append(json.dumps({"type": "note", **note(f"n{i}", f"p{i}", text).model_dump(mode="json")}))
    report = memory.import_ndjson(lines)
    assert report.imported == 6
    assert _ahead_texts(memory) == []
    memory.delete("p1")
    assert _ahead_texts(memory) == []


def test_an_erasure_drops_the_vectors_computed_ahead(memory: Memory) -> None:
    memory._ahead.submit(lambda: [f"[CANDIDATE] owned the {MARK} migration."]).result()
    assert _ahead_texts(memory) != []  # as if an import were running
    memory.upsert_candidate(candidate("c-gone"))
    memory.delete("c-gone")
    assert _ahead_texts(memory) == []

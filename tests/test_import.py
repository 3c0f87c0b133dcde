"""Bulk NDJSON import: good lines stored, bad lines reported, nothing earlier lost."""

from __future__ import annotations

import json
import threading

from memory import Memory
from memory.demo import demo_ndjson
from tests.helpers import candidate

LINES = [
    json.dumps({"type": "candidate", "candidate_id": "c1", "headline": "Go engineer"}),
    "",
    "{not json",
    json.dumps({"type": "note", "note_id": "n1", "candidate_id": "c1", "stage": "onsite", "text": "Knows Go."}),
    json.dumps({"type": "note", "note_id": "n2", "candidate_id": "ghost", "text": "Nobody."}),
    json.dumps({"type": "signal", "signal_id": "s1", "candidate_id": "c1", "dimension": "technical", "value": 9}),
    json.dumps({"type": "signal", "signal_id": "s2", "candidate_id": "c1", "dimension": "technical", "value": 4}),
    json.dumps({"type": "person", "id": "x"}),
    json.dumps(["not", "an", "object"]),
    json.dumps({"type": "candidate", "candidate_id": "c2", "emails": "not-a-list"}),
]


def test_bad_lines_are_reported_with_line_and_reason(memory: Memory) -> None:
    memory.upsert_candidate(candidate("kept", headline="Earlier record"))
    report = memory.import_ndjson(LINES)
    assert report.imported == 3
    assert [(r.line, r.error.split(":")[0]) for r in report.rejected] == [
        (3, "not JSON"),
        (5, "candidate ghost does not exist"),
        (6, "Value error, value 9.0 is outside the scale [1.0, 5.0]"),
        (8, "type must be one of candidate, note, signal, touchpoint; got 'person'"),
        (9, "expected a JSON object"),
        (10, "emails"),
    ]
    assert memory.count().model_dump() == {"candidates": 2, "notes": 1, "signals": 1, "chunks": 1}
    assert memory.get("kept").candidate.headline == "Earlier record"


def test_reimport_is_idempotent(memory: Memory) -> None:
    lines = demo_ndjson(16)
    first = memory.import_ndjson(lines)
    counts = memory.count()
    second = memory.import_ndjson(lines)
    assert first.rejected == [] and second.rejected == []
    assert second.imported == 0 and second.unchanged == first.imported == len(lines)
    assert memory.count() == counts


def test_a_repeated_id_in_one_file_keeps_the_last_version(memory: Memory) -> None:
    lines = [
        json.dumps({"type": "candidate", "candidate_id": "c1"}),
        json.dumps({"type": "note", "note_id": "n1", "candidate_id": "c1", "text": "First. " * 200}),
        json.dumps({"type": "note", "note_id": "n1", "candidate_id": "c1", "text": "Second version."}),
    ]
    report = memory.import_ndjson(lines)
    assert report.rejected == [] and report.imported == 3
    assert memory.get("c1").notes[0].text == "Second version."
    assert memory.count().chunks == 1


def test_the_write_lock_is_free_between_blocks(memory: Memory) -> None:
    """A match waits for one block of an import at most, never for the whole import."""
    lines = [json.dumps({"type": "candidate", **candidate(f"c{i}").model_dump(mode="json")}) for i in range(600)]
    free: list[bool] = []

    def after_block(done: int) -> None:  # called between blocks; another thread tries the memory's lock
        def probe() -> None:
            got = memory._lock.acquire(blocking=False)
            free.append(got)
            if got:
                memory._lock.release()

        thread = threading.Thread(target=probe)
        thread.start()
        thread.join()

    report = memory.import_ndjson(lines, progress=after_block)
    assert report.imported == 600
    assert len(free) == 3 and all(free)  # 600 lines = blocks of 256, 256 and 88

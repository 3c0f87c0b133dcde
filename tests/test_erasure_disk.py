"""Erasure through the public API reaches the disk: after ``delete`` no file under the data directory holds
any identifying string of the person (grep of every file's bytes), after a close and after a reopen."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import numpy as np
import pytest

from embed import HashingEncoder
from memory import Memory, Protected, Requisition, Settings
from memory.decisions_journal import JOURNAL_NAME
from memory.relationship import Touchpoint
from memory.store import Collection, Where
from tests.helpers import NOW, candidate, note
from tests.test_store_purge import files_containing

# A whole memory written, erased, reopened and scanned byte by byte: slow, still part of make test and CI.
pytestmark = pytest.mark.slow

PERSON = "cand-zq-7731"
IDENTIFYING = [
    PERSON,
    "Zephyrine Quillfeather",
    "zephyrine.q@quillmail.example",
    "7700 900461",
    "7700900461",
    "Quillfeather-Samoan",  # a protected attribute (self-reported ethnicity)
    "quokka-ledger outage",  # note text
    "tp-zq-0001",  # touchpoint id
    "note-zq-0001",  # note id
]


def _leftovers(root: Path) -> dict[str, list[str]]:
    found = {s: files_containing(root, s.encode()) for s in IDENTIFYING}
    return {s: files for s, files in found.items() if files}


def _load(memory: Memory) -> None:
    memory.upsert_candidate(
        candidate(
            PERSON,
            name="Zephyrine Quillfeather",
            emails=["zephyrine.q@quillmail.example"],
            phones=["+44 7700 900461"],
            location="Lyon",
            headline="Data engineer, Spark and Airflow",
            skills=["Spark", "Airflow"],
            protected=Protected(sex="F", race_ethnicity="Quillfeather-Samoan"),
        )
    )
    memory.add_note(
        note(
            "note-zq-0001",
            PERSON,
            "Zephyrine Quillfeather fixed the quokka-ledger outage in a day.",
            written_at=NOW,
        )
    )
    memory.add_touchpoint(Touchpoint(touchpoint_id="tp-zq-0001", candidate_id=PERSON, kind="email", at=NOW))
    for i in range(5):
        memory.upsert_candidate(candidate(f"other-{i}", name=f"Other Person {i}", headline="Data engineer, Spark"))
        memory.add_note(note(f"other-note-{i}", f"other-{i}", f"Other {i} built Spark jobs.", written_at=NOW))


def test_erasure_leaves_no_identifying_byte_under_the_data_dir(tmp_path: Path) -> None:
    root = tmp_path / "store"
    memory = Memory.open(Settings(data_dir=root), encoder=HashingEncoder(64))
    _load(memory)
    response = memory.match(Requisition(title="Data engineer Spark"), limit=6, now=NOW, idempotency_key="evt-zq-1")
    assert PERSON in [r.candidate_id for r in response.results]
    before = _leftovers(root)
    assert {PERSON, "Zephyrine Quillfeather", "quokka-ledger outage", "Quillfeather-Samoan"} <= set(before)
    # The note's passage vectors (stored at capture for the evidence): their float bytes are on disk now.
    passages = list(memory._store.scroll(Collection.passages, Where.eq("candidate_id", PERSON), with_vectors=True))
    vectors = [np.asarray(p.dense, dtype=np.float32).tobytes() for p in passages]
    assert vectors and all(files_containing(root / "passages", v) for v in vectors)
    assert any("passages" in f for f in before[PERSON])

    receipt = memory.delete(PERSON)
    assert receipt.gone_from_disk_at is not None and receipt.gone_from_disk_at - receipt.at < timedelta(minutes=5)
    assert _leftovers(root) == {}
    assert not [v for v in vectors if files_containing(root, v)]
    others = memory.match(Requisition(title="Data engineer Spark"), limit=6, now=NOW)
    assert sorted(r.candidate_id for r in others.results) == [f"other-{i}" for i in range(5)]
    memory.close()
    assert _leftovers(root) == {}

    reopened = Memory.open(Settings(data_dir=root), encoder=HashingEncoder(64))
    assert len(reopened.match(Requisition(title="Data engineer Spark"), limit=6, now=NOW).results) == 5
    reopened.close()
    assert _leftovers(root) == {}


def test_erasure_reaches_the_decision_log_journal(tmp_path: Path) -> None:
    """A match's log entry still in the journal (memory/decisions_journal.py: matches were running when it was
    due) names the person; the erasure folds it into the store and rewrites it there, and the journal file
    keeps no byte of it."""
    root = tmp_path / "store"
    memory = Memory.open(Settings(data_dir=root), encoder=HashingEncoder(64))
    _load(memory)
    writes = memory._decisions._writes
    assert writes is not None and writes._journal is not None
    writes._idle = lambda: False  # matches never pause: the thread journals, never folds
    writes._linger_s = 600.0
    response = memory.match(Requisition(title="Data engineer Spark"), limit=6, now=NOW)
    assert PERSON in [r.candidate_id for r in response.results]
    writes._journal_queue()  # the batch's linger ended with matches running
    assert writes.pending() == 0
    assert any(JOURNAL_NAME in f for f in _leftovers(root)[PERSON])  # the scan sees the person in the journal

    memory.delete(PERSON)
    assert _leftovers(root) == {}
    assert writes._journal.path.read_bytes() == b""
    memory.close()
    assert _leftovers(root) == {}

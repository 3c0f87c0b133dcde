"""Evidence passages are embedded once, at capture, from their redacted text (issue 13).

A match reads the passages' similarities from the store; the model never reads a shown (unredacted)
passage; re-captures neither duplicate nor re-encode them; a store written before (chunks without
``passage_vectors``) still answers, embedding its redacted passages at match time, with the same evidence.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import numpy as np
import pytest

from embed import Encoder, HashingEncoder
from embed.encoder import Vectors
from embed.wrapper import EncoderWrapper
from memory import MatchFilters, Memory, Requisition, importing
from memory.demo import demo_records
from memory.store import Collection, Where
from tests.helpers import candidate, note

NOW = datetime(2026, 6, 2, tzinfo=UTC)
ANY = MatchFilters(consent_required=False)


class Spy(EncoderWrapper):
    """An encoder that records every text it is asked to encode."""

    def __init__(self, inner: Encoder) -> None:
        super().__init__(inner)
        self.seen: list[str] = []
        self.threads: set[str] = set()

    def encode(self, texts: Sequence[str]) -> Vectors:
        self.seen += list(texts)
        self.threads.add(threading.current_thread().name.split("_")[0])
        return self._inner.encode(texts)


def as_previous_version(memory: Memory) -> None:
    """Make the store look written by the version before passage vectors: no passage points, and chunks
    whose ``passage_vectors`` is unset (their vectors untouched, so that the chunks' own scores do not move).
    """
    store = memory._store
    people = sorted({p.payload["candidate_id"] for p in store.scroll(Collection.chunks)})
    store.set_payload_where(Collection.chunks, Where(any_of={"candidate_id": people}), {"passage_vectors": None})
    store.set_payload_where(Collection.notes, Where(any_of={"candidate_id": people}), {"passage_vectors": None})
    store.delete(Collection.passages, [p.id for p in store.scroll(Collection.passages)])


def _evidence(memory: Memory, requisition: Requisition, **options: Any) -> list[dict[str, Any]]:
    response = memory.match(requisition, now=NOW, filters=ANY, **options)
    return [
        {"id": r.candidate_id, "evidence": [e.model_dump(mode="json") for e in r.evidence + r.concerns]}
        for r in response.results
    ]


def _same(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> None:
    """The same shortlists with the same evidence, similarities equal to float32 precision (the store
    computes them in float32, the fallback in float64). Where two passages tie to that precision, the
    two paths may order them differently: a position may then hold another passage of the same similarity.
    """
    assert [r["id"] for r in a] == [r["id"] for r in b]
    for x, y in zip(a, b, strict=True):
        assert len(x["evidence"]) == len(y["evidence"])
        for e, f in zip(x["evidence"], y["evidence"], strict=True):
            assert e["similarity"] == pytest.approx(f["similarity"], abs=1e-5)
            if {**e, "similarity": 0} != {**f, "similarity": 0}:
                assert any(g["text"] == e["text"] for g in y["evidence"])  # a tie, ordered the other way


def _consistent(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> None:
    """The same shortlists, and every passage both show with the same similarity. A recapture rewrites the
    chunks with their reused vectors, whose last float bits the store's normalisation may move: chunks whose
    scores tie exactly (the hashing encoder gives repeated sentences equal vectors) can swap, and with them
    which passages are shown."""
    assert [r["id"] for r in a] == [r["id"] for r in b]
    for x, y in zip(a, b, strict=True):
        theirs = {(e["note_id"], e["text"]): e["similarity"] for e in y["evidence"]}
        for e in x["evidence"]:
            if (e["note_id"], e["text"]) in theirs:
                assert e["similarity"] == pytest.approx(theirs[(e["note_id"], e["text"])], abs=1e-5)


def test_a_match_ranks_evidence_without_the_model_and_the_model_never_reads_a_name(open_memory: Any) -> None:
    spy = Spy(HashingEncoder(64))
    memory: Memory = open_memory("spy", encoder=spy)
    memory.upsert_candidate(candidate("c1", name="Zephyrine Quillfeather", headline="Data engineer, Spark"))
    text = (
        "Zephyrine Quillfeather rebuilt the Spark ingestion in a week. Quillfeather was calm under pressure; "
        "strong on Airflow. Concern: SQL window functions were shaky. Skills discussed: Spark, Kafka."
    )
    memory.add_note(note("n1", "c1", text))
    assert memory._store.count(Collection.passages) == 5
    assert not [t for t in spy.seen if "Quillfeather" in t or "Zephyrine" in t]
    spy.seen.clear()
    shown = memory.match(Requisition(title="Data engineer", must_have_skills=["Spark"]), now=NOW, filters=ANY)
    first = shown.results[0]
    assert first.candidate_id == "c1" and len(first.evidence) == 3 and len(first.concerns) == 1
    assert any("Quillfeather" in e.text for e in first.evidence)  # the recruiter reads the note as written
    assert not [t for t in spy.seen if "Quillfeather" in t or "Zephyrine" in t]
    assert memory._matcher._passage_vectors.misses == 0  # no passage embedded at match time

    as_previous_version(memory)  # the fallback embeds the redacted passages, never the shown ones
    again = memory.match(Requisition(title="Data engineer", must_have_skills=["Spark"]), now=NOW, filters=ANY)
    assert memory._matcher._passage_vectors.misses > 0
    assert not [t for t in spy.seen if "Quillfeather" in t or "Zephyrine" in t]
    assert [e.text for e in again.results[0].evidence] == [e.text for e in first.evidence]


def test_a_previous_versions_store_answers_with_the_same_evidence(open_memory: Any) -> None:
    memory: Memory = open_memory("pool")
    lines = [json.dumps(r) for r in demo_records(30, seed=3, today=NOW)]
    assert not memory.import_ndjson(lines).rejected
    asks = [
        (Requisition(title="Backend Engineer", must_have_skills=["Go"]), {}),
        (Requisition(title="Data Scientist", description="Forecasting in Python; mentored juniors."), {"limit": 15}),
        (Requisition(title="Engineer"), {"limit": 30}),
    ]
    stored = [_evidence(memory, r, **o) for r, o in asks]
    assert sum(len(r["evidence"]) for run in stored for r in run) > 50
    as_previous_version(memory)
    assert memory._store.count(Collection.passages) == 0
    fallback = [_evidence(memory, r, **o) for r, o in asks]
    for a, b in zip(stored, fallback, strict=True):
        _same(a, b)

    # Re-importing the same file upgrades the store: every note is recaptured with its passages, and keeps
    # its creation time (retention dates from it).
    people = sorted({p.payload["candidate_id"] for p in memory._store.scroll(Collection.notes)})
    memory._store.set_payload_where(
        Collection.notes, Where(any_of={"candidate_id": people}), {"created_at": 1600000000}
    )
    report = memory.import_ndjson(lines)
    assert {p.payload["created_at"] for p in memory._store.scroll(Collection.notes)} == {1600000000}
    notes = sum(1 for line in lines if '"type": "note"' in line)
    assert report.imported == notes and not report.rejected
    assert memory._store.count(Collection.passages) > memory._store.count(Collection.chunks)
    misses = memory._matcher._passage_vectors.misses
    upgraded = [_evidence(memory, r, **o) for r, o in asks]
    assert memory._matcher._passage_vectors.misses == misses  # no passage embedded at match time any more
    for a, b in zip(stored, upgraded, strict=True):
        _consistent(a, b)
    assert memory.import_ndjson(lines).imported == 0  # and a second replay changes nothing


def test_recapture_neither_duplicates_nor_reencodes_passages(open_memory: Any) -> None:
    spy = Spy(HashingEncoder(64))
    memory: Memory = open_memory("recapture", encoder=spy)
    memory.upsert_candidate(candidate("c1", headline="Chef"))
    first = "Ran the pastry section for two years. Strong on sourcing. Concern: costs were not tracked."
    memory.add_note(note("n1", "c1", first))
    ids = sorted(p.id for p in memory._store.scroll(Collection.passages))
    assert len(ids) == 3
    spy.seen.clear()
    assert memory.add_note(note("n1", "c1", first)).status.value == "unchanged"
    assert sorted(p.id for p in memory._store.scroll(Collection.passages)) == ids and spy.seen == []

    # One sentence changed, one removed: only the new one is encoded; the removed one's point is gone.
    memory.add_note(note("n1", "c1", "Ran the pastry section for two years. Strong on seasonal menus."))
    after = list(memory._store.scroll(Collection.passages, with_vectors=True))
    assert len(after) == 2 and {p.payload["passage"] for p in after} == {0, 1}
    assert [t for t in spy.seen if "." in t and len(t) < 60] == ["Strong on seasonal menus."]
    vector = np.asarray(spy.encode(["Strong on seasonal menus."])[0])
    stored = next(np.asarray(p.dense) for p in after if p.payload["passage"] == 1)
    assert float(np.dot(vector, stored)) == pytest.approx(1.0, abs=1e-5)

    memory.delete("c1")
    assert memory._store.count(Collection.passages, Where.eq("candidate_id", "c1")) == 0


def test_an_import_encodes_passages_ahead(open_memory: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The import's lookahead guesses the passages too, and a text two blocks share ("Onsite interview for
    ...") stays ready for the second: the writer finds everything encoded, nothing is encoded twice."""
    monkeypatch.setattr(importing, "IMPORT_BLOCK", 16)  # many blocks sharing texts
    spy = Spy(HashingEncoder(64))
    memory: Memory = open_memory("ahead", encoder=spy)
    lines = [json.dumps(r) for r in demo_records(24, seed=4, today=NOW)]
    assert not memory.import_ndjson(lines).rejected
    assert memory._store.count(Collection.passages) > memory._store.count(Collection.chunks)
    # Every text was encoded on the lookahead's encoding thread (a589d54 split the lookahead into a planning
    # thread and an encoding one): none in the writer's, as a missed guess would be.
    assert spy.threads and spy.threads <= {"encode-ahead-vectors"}

"""Several workers writing to one Qdrant server: no write is lost, because no point id comes from a count.

Two ``Memory`` objects over one qdrant-client (local mode here, or the server ``TALENTRECALL_QDRANT_URL``
names) are two uvicorn workers of ``compose.yaml``. The race is made deterministic: worker A's write is
held between its reads (the stored candidate, the consent history) and its own upsert, and worker B's
whole write runs there. An id derived from what A read (``len(history)``) would then be B's id too, and
A's upsert would overwrite B's entry.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from qdrant_client import QdrantClient

from embed import HashingEncoder
from memory import Candidate, InterviewNote, Memory, Settings
from memory.store import Collection, StoredPoint
from memory.store_server import LOCAL, ServerStore

pytestmark = pytest.mark.qdrant


class _Worker(ServerStore):
    """A worker's store; ``pause`` runs once just before its next upsert into ``Collection.consents``."""

    pause: Callable[[], object] | None = None

    def upsert(self, collection: Collection, points: Sequence[StoredPoint]) -> None:
        if collection is Collection.consents and self.pause is not None:
            pause, self.pause = self.pause, None
            pause()
        super().upsert(collection, points)

    def close(self) -> None:
        pass  # the client is shared by both workers; the fixture closes it


@pytest.fixture
def workers(tmp_path: Path) -> Iterator[tuple[Memory, Memory, _Worker]]:
    url = os.environ.get("TALENTRECALL_QDRANT_URL")
    client = QdrantClient(url=url) if url else QdrantClient(location=LOCAL)
    prefix = f"w{uuid.uuid4().hex[:12]}"
    store_a, store_b = _Worker(client, prefix), _Worker(client, prefix)
    encoder = HashingEncoder()
    a = Memory.open(Settings(data_dir=tmp_path / "a"), encoder=encoder, store=store_a)
    b = Memory.open(Settings(data_dir=tmp_path / "b"), encoder=encoder, store=store_b)
    yield a, b, store_a
    a.close()
    b.close()
    for collection in client.get_collections().collections:
        if collection.name.startswith(prefix + "_"):
            client.delete_collection(collection.name)
    client.close()


def _person(status: str, purpose: str) -> Candidate:
    return Candidate(candidate_id="c-1", headline="Backend engineer", consent={"status": status, "purpose": purpose})


def test_two_workers_changing_one_consent_keep_both_history_entries(workers: tuple[Memory, Memory, _Worker]) -> None:
    a, b, store_a = workers
    a.upsert_candidate(_person("granted", "hiring"))
    store_a.pause = lambda: b.upsert_candidate(_person("withdrawn", "hiring"))
    a.upsert_candidate(_person("granted", "talent pool"))  # B's withdrawal lands between A's read and write
    history = [(c.status, c.purpose) for c in b.consent_history("c-1")]
    assert sorted(history) == sorted([("granted", "hiring"), ("withdrawn", "hiring"), ("granted", "talent pool")])


def test_two_workers_adding_notes_and_people_lose_none(workers: tuple[Memory, Memory, _Worker]) -> None:
    a, b, _ = workers
    for i in range(6):
        writer = (a, b)[i % 2]
        writer.upsert_candidate(Candidate(candidate_id=f"p-{i}", headline="Nurse", consent={"status": "granted"}))
        for j in range(3):
            other = (b, a)[i % 2]  # the other worker writes the notes of the person this one created
            other.add_note(
                InterviewNote(note_id=f"n-{i}-{j}", candidate_id=f"p-{i}", stage="screen", author="x", text=f"ICU {j}")
            )
    counts_a, counts_b = a.count(), b.count()
    assert (counts_a.candidates, counts_a.notes) == (counts_b.candidates, counts_b.notes) == (6, 18)
    assert {n.note_id for n in a.get("p-3").notes} == {"n-3-0", "n-3-1", "n-3-2"}

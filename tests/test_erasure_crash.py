"""A killed erasure finishes: kill -9 the process at several points of a ``delete``, reopen, and the
person is fully erased (API, disk) and suppressed, and a retried ``delete`` returns the receipt."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from embed import HashingEncoder
from memory import Candidate, ConsentRequired, InterviewNote, Memory, NotFound, Requisition, Settings, Touchpoint
from memory.store import Collection
from tests.diskscan import find

pytestmark = pytest.mark.slow  # one subprocess per kill point

NAME, EMAIL, PHONE = "Ngozi Wakahisa-Thornbury", "ngozi.wt@example.net", "+1 415 555 0142"
NOTE = "Ngozi rebuilt the billing reconciler; quietly brilliant with Postgres vacuum tuning."
SECRETS = [NAME.encode(), EMAIL.encode(), b"billing reconciler", b"person-under-erasure"]

# The child: open the store, arm a kill on the N-th mutating store call of the erasure, erase.
CHILD = """
import os, signal, sys
from embed import HashingEncoder
from memory import Memory, Settings
from memory.store_edge import EdgeStore

at, calls = int(sys.argv[2]), [0]
memory = Memory.open(Settings(data_dir=sys.argv[1]), encoder=HashingEncoder(64))
for verb in ("upsert", "delete", "delete_where", "purge_deleted"):
    real = getattr(EdgeStore, verb)
    def armed(self, *args, _real=real, **kwargs):
        calls[0] += 1
        if calls[0] == at:
            os.kill(os.getpid(), signal.SIGKILL)
        return _real(self, *args, **kwargs)
    setattr(EdgeStore, verb, armed)
memory.delete("person-under-erasure")
print("finished", calls[0])
"""


def fill(path: Path) -> None:
    with Memory.open(Settings(data_dir=path), encoder=HashingEncoder(64)) as memory:
        memory.upsert_candidate(
            Candidate(
                candidate_id="person-under-erasure",
                name=NAME,
                emails=[EMAIL],
                phones=[PHONE],
                location="Oakland",
                headline="Database reliability engineer",
                consent={"status": "granted", "recorded_at": datetime.now(UTC) - timedelta(days=30)},
                protected={"sex": "female", "race_ethnicity": "black"},
            )
        )
        memory.upsert_candidate(Candidate(candidate_id="bystander", headline="Database engineer"))
        memory.add_note(InterviewNote(note_id="n1", candidate_id="person-under-erasure", text=NOTE))
        memory.add_touchpoint(
            Touchpoint(
                touchpoint_id="t1",
                candidate_id="person-under-erasure",
                kind="email",
                at=datetime.now(UTC) - timedelta(days=1),
                contact=EMAIL,
            )
        )
        for i in range(20):  # the person appears in many decision-log entries
            memory.match(Requisition(title="Postgres reliability engineer"), idempotency_key=f"k{i}")


def killed_at(path: Path, point: int) -> bool:
    """Run the erasure in a child killed at store call ``point``; True if it was killed."""
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(point)], capture_output=True, text=True, timeout=300
    )
    if child.returncode == -signal.SIGKILL:
        return True
    assert child.returncode == 0, child.stderr
    return False


def grep(path: Path) -> list[str]:
    return find(path, SECRETS)


@pytest.mark.parametrize("point", [1, 2, 3, 5, 8, 12])
def test_a_killed_erasure_is_finished_at_the_next_open(tmp_path: Path, point: int) -> None:
    fill(tmp_path)
    if not killed_at(tmp_path, point):
        pytest.skip(f"the erasure makes fewer than {point} store calls")
    with Memory.open(Settings(data_dir=tmp_path), encoder=HashingEncoder(64)) as memory:
        if point > 1:  # the intent was durable: the open finished the erasure
            with pytest.raises(NotFound):
                memory.get("person-under-erasure")
        else:  # killed before the intent was written: nothing happened, the client retries
            assert memory.get("person-under-erasure").candidate.name == NAME
        receipt = memory.delete("person-under-erasure")  # a retry returns the receipt, never 404
        assert receipt.candidate_id == "person-under-erasure"
        assert memory.get("bystander").candidate.candidate_id == "bystander"
        decisions = json.dumps([p.payload for p in memory._store.scroll(Collection.decisions)])
        assert "person-under-erasure" not in decisions
        with pytest.raises(ConsentRequired):  # the suppression entry was written before anything was deleted
            memory.upsert_candidate(Candidate(candidate_id="again", emails=[EMAIL.upper()]))
    assert grep(tmp_path) == []


def test_the_erasure_makes_a_bounded_number_of_store_calls(tmp_path: Path) -> None:
    """Guards the parametrisation above: the kill points fall inside the erasure."""
    fill(tmp_path)
    assert any(NAME.encode() in hit for hit in map(str.encode, grep(tmp_path)))  # the scan sees a live person
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path), "1000000"], capture_output=True, text=True, timeout=300
    )
    assert child.returncode == 0, child.stderr
    calls = int(child.stdout.split()[-1])
    assert 12 <= calls < 200
    assert grep(tmp_path) == []
    assert os.listdir(tmp_path)

"""The decision log: every match recorded, kept across restarts, pseudonymised on erasure, audited."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from memory import Memory, Protected, Requisition
from memory.decisions import Decision, DecisionLog, LoggedResult, pseudonym
from memory.store import Collection, StoredPoint, Where
from memory.store_edge import EdgeStore
from tests.helpers import NOW, candidate, note
from tests.test_store_purge import files_containing

PEOPLE = [("a", "F", "Black"), ("b", "M", "White"), ("c", "F", "Asian"), ("d", "M", "Black"), ("e", None, None)]


def _load(memory: Memory) -> None:
    for cid, sex, race in PEOPLE:
        protected = Protected(sex=sex, race_ethnicity=race) if sex else None
        memory.upsert_candidate(candidate(cid, headline=f"Data engineer {cid}", protected=protected))
        memory.add_note(note(f"{cid}-n", cid, f"Built Spark pipelines; candidate {cid} was thorough."))


def test_every_match_is_logged_and_survives_a_restart(open_memory) -> None:  # type: ignore[no-untyped-def]
    memory = open_memory("log")
    _load(memory)
    response = memory.match(Requisition(title="Data engineer"), limit=2, now=NOW, caller="ats:greenhouse")
    memory.close()
    reopened = open_memory("log")
    [decision] = reopened._decisions.between(NOW - timedelta(days=1), NOW + timedelta(days=1))
    assert decision.decision_id == response.decision_id and decision.caller == "ats:greenhouse"
    assert [r.candidate_id for r in decision.results] == [r.candidate_id for r in response.results]
    assert len(decision.assessed) == 5 and decision.weights_version.startswith("devset-")
    assert decision.results[0].attributions == response.results[0].attributions


def test_erasure_pseudonymises_the_log(memory: Memory) -> None:
    _load(memory)
    memory.match(Requisition(title="Data engineer"), limit=5, now=NOW)
    receipt = memory.delete("a")
    assert receipt.decisions_pseudonymised == 1
    entries = [p.payload for p in memory._store.scroll(Collection.decisions)]
    stored = json.dumps([{**e, "record": json.loads(e["record"])} for e in entries])  # records are JSON strings
    assert '"a"' not in stored and pseudonym("a", memory._salt) in stored


def test_shortlist_audit_and_batch_audit(memory: Memory) -> None:
    _load(memory)
    response = memory.match(Requisition(title="Data engineer"), limit=2, now=NOW, audit=True)
    assert response.audit is not None and response.audit.pool == 5 and response.audit.self_reported == 4
    sex = next(f for f in response.audit.families if f.family == "sex")
    assert sex.unknown == 1 and sum(g.selected for g in sex.groups) == sum(
        1 for r in response.results if r.candidate_id != "e"
    )
    memory.match(Requisition(title="Spark"), limit=3, now=NOW + timedelta(days=1))
    report = memory.audit(NOW - timedelta(days=1), NOW + timedelta(days=2))
    # LL144 counts individuals: five people assessed twice each are five, and the one without a self-report
    # is one unknown individual, not two unknown assessments.
    assert report.decisions == 2 and report.assessments == 10 and report.individuals == 5
    assert next(f for f in report.families if f.family == "sex").unknown == 1


def test_retention_purges_old_entries(open_memory) -> None:  # type: ignore[no-untyped-def]
    memory = open_memory("retain")
    _load(memory)
    old = datetime.now(UTC) - timedelta(days=400)
    memory.match(Requisition(title="Data engineer"), now=old)
    memory.match(Requisition(title="Data engineer"))
    memory.close()
    assert open_memory("retain")._decisions.count() == 1


def test_rerank_is_off_by_default_and_a_proposal_when_allowed(open_memory) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from memory import InvalidInput, RerankOptions

    memory = open_memory("off")
    _load(memory)
    with pytest.raises(InvalidInput, match="Title VII"):
        memory.match(Requisition(title="Data engineer"), rerank=RerankOptions())
    allowed = open_memory("on", fair_rerank=True)
    _load(allowed)
    response = allowed.match(
        Requisition(title="Data engineer"), limit=3, now=NOW, rerank=RerankOptions(method="detcons", family="sex")
    )
    proposal = response.audit.proposal
    assert proposal is not None and len(proposal.order) == 3 and proposal.ndcg_cost >= 0
    plain = allowed.match(Requisition(title="Data engineer"), limit=3, now=NOW)
    assert [(r.candidate_id, r.score) for r in plain.results] == [(r.candidate_id, r.score) for r in response.results]


# -- the log indexed by person: erasure touches only the person's entries, and survives a crash -------


def _decision(i: int, people: list[str]) -> Decision:
    at = NOW + timedelta(minutes=i)
    results = [
        LoggedResult(candidate_id=c, rank=r, score=1.0 - r / 10, attributions={"dense": 0.5})
        for r, c in enumerate(people[:2])
    ]
    return Decision(
        decision_id=f"d{i:05d}",
        at=at,
        caller=None,
        requisition_hash="h",
        model="hashing-64",
        weights_version="w",
        weights={"dense": 1.0},
        results=results,
        assessed=[(c, 0.5) for c in people],
    )


class CountingStore:
    """A seam over the real store that records what each scroll asked for and how many points it read."""

    def __init__(self, inner: EdgeStore) -> None:
        self.inner = inner
        self.scrolls: list[tuple[Where | None, int]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def scroll(
        self, collection: Collection, where: Where | None = None, *, with_vectors: bool = False
    ) -> Iterator[StoredPoint]:
        points = list(self.inner.scroll(collection, where, with_vectors=with_vectors))
        self.scrolls.append((where, len(points)))
        return iter(points)


@pytest.fixture
def log_store(tmp_path: Path) -> Iterator[EdgeStore]:
    store = EdgeStore(tmp_path / "log")
    store.ensure(8)
    yield store
    store.close()


def _fill(log: DecisionLog, n: int, named_every: int) -> int:
    named = 0
    for i in range(n):
        people = [f"p{i % 97}", f"p{(i + 1) % 97}"]
        if i % named_every == 0:
            people.append("cand-zq-7731")
            named += 1
        log.append(_decision(i, people))
    return named


def test_pseudonymise_reads_only_the_persons_entries(log_store: EdgeStore) -> None:
    counting = CountingStore(log_store)
    log = DecisionLog(counting)
    named = _fill(log, 120, 8)
    assert log.pseudonymise("cand-zq-7731", "salt") == named == 15
    assert counting.scrolls == [(Where.eq("candidate_ids", "cand-zq-7731"), 15)]
    assert log.mentioning("cand-zq-7731") == [] and len(log.mentioning(pseudonym("cand-zq-7731", "salt"))) == 15
    assert log.count() == 120 and len(list(log.between(NOW, NOW + timedelta(days=1)))) == 120


def test_pseudonymise_finishes_after_a_crash_between_its_writes(log_store: EdgeStore) -> None:
    log = DecisionLog(log_store)
    _fill(log, 60, 3)

    class Crash(Exception):
        pass

    class CrashOnDelete(CountingStore):
        def delete(self, collection: Collection, ids: Sequence[str]) -> None:
            raise Crash

    with pytest.raises(Crash):
        DecisionLog(CrashOnDelete(log_store)).pseudonymise("cand-zq-7731", "salt")
    # Both versions are stored now; readers see one entry per decision.
    assert log_store.count(Collection.decisions) == 80
    entries = list(log.between(NOW, NOW + timedelta(days=1)))
    assert len(entries) == 60 and len({d.decision_id for d in entries}) == 60
    assert all("cand-zq-7731" not in d.candidate_ids() for d in entries)
    assert log.pseudonymise("cand-zq-7731", "salt") == 20  # the re-run finishes the job
    assert log.pseudonymise("cand-zq-7731", "salt") == 0
    assert log.count() == 60 and log.mentioning("cand-zq-7731") == []
    assert len(log.mentioning(pseudonym("cand-zq-7731", "salt"))) == 20


def test_pseudonymised_entries_leave_no_byte_of_the_id(log_store: EdgeStore) -> None:
    log = DecisionLog(log_store)
    _fill(log, 45, 9)
    log.pseudonymise("cand-zq-7731", "salt")
    log_store.purge_deleted([Collection.decisions])
    assert files_containing(log_store.data_dir, b"cand-zq-7731") == []
    log_store.close()
    assert files_containing(log_store.data_dir, b"cand-zq-7731") == []
    reopened = EdgeStore(log_store.data_dir)
    reopened.ensure(8)
    assert len(DecisionLog(reopened).mentioning(pseudonym("cand-zq-7731", "salt"))) == 5
    reopened.close()
    log_store._shards = {}  # closed above; the fixture's close is a no-op now


def test_retention_deletes_by_the_at_index(log_store: EdgeStore) -> None:
    counting = CountingStore(log_store)
    log = DecisionLog(counting)
    _fill(log, 50, 10)
    assert log.purge(NOW + timedelta(minutes=20)) == 20
    assert counting.scrolls == []  # counted and deleted through the range index, never read
    assert log.count() == 30
    assert [d.decision_id for d in log.between(NOW, NOW + timedelta(minutes=22))] == ["d00020", "d00021"]

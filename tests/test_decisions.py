"""The decision log: every match recorded, kept across restarts, pseudonymised on erasure, audited."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from memory import Memory, Protected, Requisition
from memory.decisions import pseudonym
from memory.store import Collection
from tests.helpers import NOW, candidate, note

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
    stored = json.dumps([p.payload for p in memory._store.scroll(Collection.decisions)])
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
    assert report.decisions == 2 and report.assessments == 10
    assert next(f for f in report.families if f.family == "sex").unknown == 2


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
    proposal = response.audit.proposal  # type: ignore[union-attr]
    assert proposal is not None and len(proposal.order) == 3 and proposal.ndcg_cost >= 0
    plain = allowed.match(Requisition(title="Data engineer"), limit=3, now=NOW)
    assert [(r.candidate_id, r.score) for r in plain.results] == [(r.candidate_id, r.score) for r in response.results]

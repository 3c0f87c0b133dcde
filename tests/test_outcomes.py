"""Decision entries that reproduce a shortlist, recruiter outcomes linked to them, and an auditor rebuilding
both (and the period's LL144 tables) from the decision log alone; an erasure moves no past period."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Sequence
from datetime import timedelta
from typing import Any

import pytest

from api.app import create_app
from memory import InvalidInput, Memory, NotFound, Protected, Requisition, RerankOptions
from memory.audit_batch import ll144_audit
from memory.decisions import PSEUDONYM_PREFIX, DecisionLog
from memory.models import MatchFilters
from memory.store import Collection, StoredPoint, Where
from memory.store_edge import EdgeStore
from tests.conftest import ServeFactory
from tests.diskscan import find
from tests.helpers import NOW, candidate, note

# (id, sex, race, age band, consent): "u1" has no self-report, "p1" no consent yet (a prospect to ask).
PEOPLE = [
    ("ngozi-7731", "F", "Black", "40-49", True),
    ("b1", "M", "White", "30-39", True),
    ("meilin-4402", "F", "Asian", "50-59", True),
    ("d1", "M", "Black", "20-29", True),
    ("e1", "F", "White", "30-39", True),
    ("u1", None, None, None, True),
    ("p1", "M", "Asian", "40-49", False),
]
NAMES = {"ngozi-7731": "Ngozi Okonkwo-Baptiste", "meilin-4402": "Mei-Lin Vanterpool"}


def _load(memory: Memory) -> None:
    for cid, sex, race, age, consent in PEOPLE:
        protected = Protected(sex=sex, race_ethnicity=race, age_band=age) if sex else None
        fields: dict[str, Any] = {"protected": protected, "headline": f"Data engineer {cid}"}
        if cid in NAMES:
            fields |= {"name": NAMES[cid], "emails": [f"{cid}.private@example.org"]}
        if not consent:
            fields["consent"] = {"status": "unknown"}
        memory.upsert_candidate(candidate(cid, **fields))
        memory.add_note(note(f"{cid}-n", cid, f"Built Spark and Kafka pipelines in Python; {cid} was thorough."))


def _decision_json(record: Any) -> str:
    return json.dumps(record.model_dump(mode="json"))


def test_the_entry_reproduces_the_decision(open_memory) -> None:  # type: ignore[no-untyped-def]
    memory: Memory = open_memory("entry", fair_rerank=True)
    _load(memory)
    requisition = Requisition(
        requisition_id="REQ-881",
        title="Data engineer",
        description="Spark and Kafka pipelines. Reports to Margaret Thornbury (margaret.t@corp.example).",
        must_have_skills=["Spark"],
    )
    response = memory.match(
        requisition,
        limit=3,
        now=NOW,
        caller="recruiter:k1",
        audit=True,
        rerank=RerankOptions(method="detcons", family="sex"),
        include_without_consent=True,
        filters=MatchFilters(sources=["prospect"]),
    )
    assert response.decision_id and response.audit is not None and response.audit.proposal is not None
    logged = memory.decision(response.decision_id).decision
    assert logged.requisition_id == "REQ-881" and logged.caller == "recruiter:k1" and logged.limit == 3
    assert logged.requisition is not None and "Spark and Kafka" in logged.requisition["description"]
    # The model read (and the log keeps) the redacted requisition: no name or address of a third party.
    assert "Thornbury" not in json.dumps(logged.requisition) and "margaret.t@" not in json.dumps(logged.requisition)
    assert logged.filters is not None and logged.filters["sources"] == ["prospect"]
    assert logged.include_without_consent and logged.audit_shown
    assert logged.counts is not None and logged.counts.pool == len(PEOPLE)
    assert logged.counts.assessed == len(logged.assessed) == response.considered
    assert logged.counts.shortlisted == len(response.results) and logged.counts.needs_consent == 1
    for mine, theirs in ((logged.results, response.results), (logged.needs_consent, response.needs_consent)):
        assert [(r.candidate_id, r.rank, r.score, r.attributions) for r in mine] == [
            (r.candidate_id, r.rank, r.score, r.attributions) for r in theirs
        ]
        for r in mine:  # each logged score is rebuilt exactly from its parts
            assert r.base_value is not None
            assert r.score == pytest.approx(r.base_value + sum(r.attributions.values()), abs=1e-9)
    assert [r.candidate_id for r in logged.needs_consent] == ["p1"]
    assert logged.warnings == response.audit.warnings and logged.proposal == response.audit.proposal
    # What a decision returns never carries a self-reported category.
    text = _decision_json(memory.decision(response.decision_id))
    assert not any(f'"{v}"' in text for v in ("Black", "White", "Asian", "40-49", "30-39"))


def test_outcomes_are_checked_linked_exported_and_erased(memory: Memory) -> None:
    _load(memory)
    response = memory.match(Requisition(title="Data engineer"), limit=6, now=NOW)
    decision_id = response.decision_id
    assert decision_id is not None
    listed = [r.candidate_id for r in response.results]
    person = "ngozi-7731"
    assert person in listed
    first = memory.record_outcome(decision_id, person, "contacted", reason="Ngozi replied at once", at=NOW)
    again = memory.record_outcome(decision_id, person, "contacted", reason="  Ngozi replied at once  ", at=NOW)
    assert first == again and again.reason == "Ngozi replied at once"  # a double click records once
    memory.record_outcome(decision_id, person, "advanced")
    other = next(c for c in listed if c != person)
    memory.record_outcome(decision_id, other, "rejected", reason="no Spark in production")
    with pytest.raises(NotFound):
        memory.record_outcome("no-such-decision", person, "hired")
    with pytest.raises(InvalidInput, match="not on shortlist"):
        memory.record_outcome(decision_id, "ghost", "hired")
    with pytest.raises(InvalidInput, match="action"):
        memory.record_outcome(decision_id, person, "ghosted")
    with pytest.raises(InvalidInput, match="future"):
        memory.record_outcome(decision_id, person, "hired", at=NOW + timedelta(days=3650))
    with pytest.raises(InvalidInput, match="before"):
        memory.record_outcome(decision_id, person, "hired", at=NOW - timedelta(days=1))
    record = memory.decision(decision_id)
    assert sorted((o.candidate_id, o.action.value) for o in record.outcomes) == sorted(
        [(person, "contacted"), (person, "advanced"), (other, "rejected")]
    )
    exported = memory.export(person)["outcomes"]
    assert [(o["action"], o["decision_id"]) for o in exported] == [
        ("contacted", decision_id),
        ("advanced", decision_id),
    ]

    memory.delete(person)
    after = memory.decision(decision_id)
    mine = [o for o in after.outcomes if o.candidate_id.startswith(PSEUDONYM_PREFIX)]
    assert sorted(o.action.value for o in mine) == ["advanced", "contacted"]
    assert all(o.reason is None for o in mine)  # a free-text reason may name them: dropped
    assert [o.reason for o in after.outcomes if o.candidate_id == other] == ["no Spark in production"]
    stored = json.dumps([p.payload for p in memory._store.scroll(Collection.decisions)])
    assert person not in stored and "Ngozi" not in stored


class LogOnly:
    """The store seen by an auditor who was given the decision log and nothing else."""

    def __init__(self, inner: EdgeStore) -> None:
        self.inner = inner

    def scroll(self, collection: Collection, where: Where | None = None, **kw: Any) -> Iterator[StoredPoint]:
        assert collection is Collection.decisions, f"read {collection}"
        return self.inner.scroll(collection, where, **kw)

    def count(self, collection: Collection, where: Where | None = None) -> int:
        assert collection is Collection.decisions, f"read {collection}"
        return self.inner.count(collection, where)


def _two_periods(memory: Memory) -> list[str]:
    """Shortlists in October and November; outcomes on the first of each. Returns the decision ids."""
    ids = []
    for i, (title, when) in enumerate(
        [
            ("Data engineer", NOW - timedelta(days=20)),
            ("Kafka engineer", NOW - timedelta(days=10)),
            ("Spark engineer", NOW + timedelta(days=5)),
            ("Python data engineer", NOW + timedelta(days=12)),
        ]
    ):
        response = memory.match(Requisition(title=title), limit=2 + i % 2, now=when)
        assert response.decision_id is not None
        ids.append(response.decision_id)
        if i % 2 == 0:
            memory.record_outcome(response.decision_id, response.results[0].candidate_id, "contacted", at=when)
    return ids


OCTOBER = (NOW - timedelta(days=31), NOW)
NOVEMBER = (NOW, NOW + timedelta(days=30))


@pytest.mark.edge  # reads the Edge store's files
def test_an_auditor_rebuilds_shortlists_outcomes_and_tables_from_the_log_alone(open_memory) -> None:  # type: ignore[no-untyped-def]
    memory: Memory = open_memory("audited")
    _load(memory)
    ids = _two_periods(memory)
    expected = {d: memory.decision(d) for d in ids}
    reports = {p: memory.audit(*p, age=True) for p in (OCTOBER, NOVEMBER)}
    data_dir, dim = memory.settings.data_dir, memory._encoder.dim
    memory.close()

    store = EdgeStore(data_dir)
    store.ensure(dim)
    try:
        log = DecisionLog(LogOnly(store))  # type: ignore[arg-type]
        for decision_id, record in expected.items():
            rebuilt = log.of(decision_id)
            assert rebuilt.decisions == [record.decision] and rebuilt.outcomes == record.outcomes
        for period, report in reports.items():
            tables = ll144_audit(log.window(*period), period, age=True)
            assert tables.model_dump(exclude={"audit_date"}) == report.model_dump(exclude={"audit_date"})
            assert tables.individuals == 6 and tables.decisions == 2  # p1 lacks consent: never assessed
            sex = next(f for f in tables.families if f.family == "sex")
            assert sex.unknown == 1 and sum(g.assessed for g in sex.groups) == 5
            assert any(f.family == "age (40 and over)" for f in tables.families)
    finally:
        store.close()


def _tables(memory: Memory, period: Sequence[Any]) -> str:
    # Everything but the day it was computed and the count of people erased since, which an erasure must move.
    report = memory.audit(period[0], period[1], age=True)
    return report.model_dump_json(exclude={"audit_date", "erased_individuals"})


@pytest.mark.edge  # reads the Edge store's files
def test_an_erasure_moves_no_past_period_and_leaves_no_trace(open_memory) -> None:  # type: ignore[no-untyped-def]
    memory: Memory = open_memory("erase")
    _load(memory)
    _two_periods(memory)
    before = {p: _tables(memory, p) for p in (OCTOBER, NOVEMBER)}
    october = memory.audit(*OCTOBER)
    # The person erased below counts in October's tables with a self-report, so a careless erasure would move them.
    assert next(f for f in october.families if f.family == "sex").unknown == 1
    data_dir = memory.settings.data_dir
    assert find(data_dir, [b"Vanterpool"])  # the scan sees a live person before it is trusted to see none
    memory.delete("ngozi-7731")
    memory.delete("meilin-4402")
    after = {p: _tables(memory, p) for p in (OCTOBER, NOVEMBER)}
    assert after == before
    assert memory.audit(*OCTOBER).erased_individuals == 2
    memory.close()
    secrets = ["ngozi-7731", "meilin-4402", *NAMES.values(), "ngozi-7731.private@example.org", "Okonkwo", "Vanterpool"]
    assert find(data_dir, [s.encode() for s in secrets]) == []


def test_outcome_routes_over_http(open_memory, serve: ServeFactory) -> None:  # type: ignore[no-untyped-def]
    memory: Memory = open_memory("http", auth=False)
    _load(memory)
    response = memory.match(Requisition(title="Data engineer"), limit=2, now=NOW)
    first = response.results[0].candidate_id
    with serve(create_app(memory=memory)) as client:
        posted = client.post(
            f"/v1/decisions/{response.decision_id}/outcomes",
            json={"candidate_id": first, "action": "advanced", "reason": "strong pipeline design"},
        )
        assert posted.status_code == 201, posted.text
        assert posted.json()["action"] == "advanced" and posted.json()["decision_id"] == response.decision_id
        missing = client.post("/v1/decisions/nope/outcomes", json={"candidate_id": first, "action": "hired"})
        assert missing.status_code == 404 and missing.headers["content-type"].startswith("application/problem+json")
        stranger = client.post(
            f"/v1/decisions/{response.decision_id}/outcomes", json={"candidate_id": "zz", "action": "hired"}
        )
        assert stranger.status_code == 422 and stranger.json()["field"] == "candidate_id"
        bad = client.post(f"/v1/decisions/{response.decision_id}/outcomes", json={"candidate_id": first, "action": "x"})
        assert bad.status_code == 422
        record = client.get(f"/v1/decisions/{response.decision_id}").json()
        assert [o["action"] for o in record["outcomes"]] == ["advanced"]
        assert [r["candidate_id"] for r in record["decision"]["results"]] == [r.candidate_id for r in response.results]
        assert client.get("/v1/decisions/nope").status_code == 404
        report = client.get("/v1/audit?from=2026-10-01&to=2026-11-30&age=true&distributed=2026-01-15").json()
        assert report["distribution_date"] == "2026-01-15" and report["individuals"] == 6
        assert "age (40 and over)" in [f["family"] for f in report["families"]]
        operations = {
            op["operationId"] for path in client.get("/openapi.json").json()["paths"].values() for op in path.values()
        }
        assert {"record_outcome", "decision"} <= operations


# -- outcomes as judgements for the fit (eval/judgements.py) ------------------------------------------


def _logged_decision(did: str, rows: dict[str, dict[str, float]]) -> Any:
    from memory.decisions import Decision, LoggedResult

    results = [
        LoggedResult(candidate_id=c, rank=i, score=0.0, attributions={}, features=f)
        for i, (c, f) in enumerate(rows.items(), 1)
    ]
    return Decision(
        decision_id=did,
        at=NOW,
        caller=None,
        requisition_hash="h",
        model="m",
        weights_version="w",
        weights={},
        results=results,
        assessed=[(c, 0.0) for c in rows],
    )


def _outcome(did: str, cid: str, action: str) -> Any:
    from memory.decisions import RecordedOutcome, outcome_id

    return RecordedOutcome(
        outcome_id=outcome_id(did, cid, action), decision_id=did, candidate_id=cid, action=action, at=NOW
    )


def test_outcomes_become_graded_judgements_of_judged_people_only() -> None:
    from eval.judgements import judgements

    rows = {c: {"lexical": v, "semantic_profile": 1 - v} for c, v in (("a", 0.9), ("b", 0.5), ("c", 0.1))}
    decisions = [_logged_decision("d1", rows), _logged_decision("d2", rows), _logged_decision("d3", rows)]
    outcomes = [
        _outcome("d1", "a", "contacted"),
        _outcome("d1", "a", "hired"),  # best outcome counts: hired
        _outcome("d1", "b", "rejected"),
        _outcome("d2", "a", "advanced"),  # alone: too few judged people in d2
        _outcome("d3", "a", "rejected"),
        _outcome("d3", "b", "rejected"),  # nothing relevant in d3
    ]
    features, qrels = judgements(decisions, outcomes)
    assert qrels == {"log:d1": {"a": 3}} and sorted(features["log:d1"]) == ["a", "b"]  # c was never judged
    assert features["log:d1"]["a"] == {"lexical": 0.9, "semantic_profile": pytest.approx(0.1)}


def test_compare_reports_the_cross_validated_change() -> None:
    from eval.judgements import compare, judgements

    # The dev set says semantic similarity decides; twenty recorded shortlists say lexical does. Fitted on
    # the dev set alone, the weights get the outcome queries wrong; with the outcomes in training they get
    # them right, at a cost on the dev queries: compare() must show both moves.
    rng = random.Random(5)
    dev_features, dev_qrels, categories = {}, {}, {}
    for q in range(10):
        pool = {f"q{q}c{i}": {"lexical": rng.random(), "semantic_profile": rng.random()} for i in range(8)}
        dev_features[f"q{q}"] = pool
        dev_qrels[f"q{q}"] = {max(pool, key=lambda c: pool[c]["semantic_profile"]): 2}
        categories[f"q{q}"] = f"cat{q % 5}"
    decisions, outcomes = [], []
    for d in range(20):
        rows = {f"d{d}c{i}": {"lexical": rng.random(), "semantic_profile": rng.random()} for i in range(6)}
        decisions.append(_logged_decision(f"d{d}", rows))
        ranked = sorted(rows, key=lambda c: -rows[c]["lexical"])
        outcomes += [_outcome(f"d{d}", ranked[0], "hired")]
        outcomes += [_outcome(f"d{d}", c, "rejected") for c in ranked[1:]]
    log_features, log_qrels = judgements(decisions, outcomes)
    report: dict[str, Any] = compare(dev_features, dev_qrels, categories, log_features, log_qrels)
    assert report["dev_queries"] == 10 and report["outcome_queries"] == 20
    assert set(report["learned"]) == {"lexical", "semantic_profile"}
    assert report["outcomes_with_outcomes"] > report["outcomes_without_outcomes"] + 0.2
    assert report["dev_with_outcomes"] < report["dev_without_outcomes"]


def test_outcome_commands(memory: Memory, encoder: Any) -> None:
    from typer.testing import CliRunner

    from api.cli import app
    from api.cli_app import Runtime

    _load(memory)
    response = memory.match(Requisition(title="Data engineer"), limit=2, now=NOW)
    first = response.results[0].candidate_id
    runtime = Runtime(memory=memory, encoder=encoder)

    def cli(*args: str) -> Any:
        return CliRunner().invoke(app, list(args), obj=runtime)

    done = cli("record-outcome", str(response.decision_id), first, "hired", "--reason", "accepted the offer")
    assert done.exit_code == 0, done.stderr
    assert json.loads(done.stdout)["action"] == "hired"
    shown = json.loads(cli("decision", str(response.decision_id)).stdout)
    assert [o["reason"] for o in shown["outcomes"]] == ["accepted the offer"]
    wrong = cli("record-outcome", str(response.decision_id), "ghost", "hired")
    assert wrong.exit_code == 1 and wrong.stderr.count("\n") == 1 and "not on shortlist" in wrong.stderr
    assert cli("record-outcome", str(response.decision_id), first, "ghosted").exit_code == 2  # not a choice
    assert cli("decision", "nope").exit_code == 1
    audit = cli("audit", "--from", "2026-10-01", "--to", "2026-11-30", "--age", "--distributed", "2026-01-15")
    assert audit.exit_code == 0, audit.stderr
    assert "Distribution date of the tool: 2026-01-15" in audit.stdout and "age (40 and over)" in audit.stdout

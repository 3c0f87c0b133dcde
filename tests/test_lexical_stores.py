"""The same content gives the same lexical feature and score, bit for bit, in every fresh store (issue 10).

Qdrant sums a sparse query's per-term products in float32 in an order each store sets at random while it is
written (``memory.lexical_terms``); these stores are written from the same records in different orders, in
this process and in another one, on Qdrant Edge on disk with the real BM25 encoder (the dense encoder is the
deterministic hashing one), then asked the same requisitions. Before ``lexical_terms`` the profiles' BM25
differed by a float32 step between such stores (this module failed on its parent commit).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import qdrant_client

import memory.match as match_module
from embed import HashingEncoder, SparseVec
from embed.lexical import LexicalEncoder
from memory import Memory, Requisition, Settings
from memory.lexical_terms import near_top, per_term, summed
from memory.retrieval import Member
from memory.store import Collection, Hit, Where
from memory.store_server import LOCAL, ServerStore

_SKILLS = "Python Java Kubernetes Terraform SQL Spark Airflow React TypeScript Go Docker AWS Kafka PostgreSQL".split()
_SKILLS += "Tableau Excel payroll bookkeeping SAP Linux".split()
_VERBS = "built ran migrated maintained designed tested scaled audited led shipped".split()
_THINGS = ["data pipelines", "billing services", "dashboards", "a warehouse", "CI pipelines", "the ledger"]
_THINGS += ["an ETL platform", "mobile apps", "supplier contracts", "clusters"]
_HEADS = ["Backend engineer", "Data engineer", "Accountant", "Frontend developer", "DevOps engineer", "Analyst"]
REQUISITIONS = [
    Requisition(requisition_id="r1", title="Data engineer", description="Pipelines.",
                must_have_skills=["Python", "Spark"], nice_to_have_skills=["Airflow", "Kafka", "SQL"]),
    Requisition(requisition_id="r2", title="Site reliability engineer", description="Clusters.",
                must_have_skills=["Kubernetes", "Terraform"], nice_to_have_skills=["AWS", "Go", "Linux", "Docker"]),
    Requisition(requisition_id="r3", title="Accountant", description="Books.",
                must_have_skills=["bookkeeping"], nice_to_have_skills=["payroll", "Excel", "SAP"]),
]  # fmt: skip
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
# What each member's lexical feature was computed from, and the result: float.hex, so equal means bit-equal.
Row = tuple[str, ...]


def records(order: str) -> list[dict[str, Any]]:
    """30 candidates and their notes (a fixed draw), candidates first, in ``order``: given, reversed, or
    shuffled with a seed (``shuffle:7``)."""
    rng = random.Random(10)

    def sentence() -> str:
        return (
            f"{rng.choice(_VERBS).capitalize()} {rng.choice(_THINGS)} with {rng.choice(_SKILLS)} and "
            f"{rng.choice(_SKILLS)} for {rng.randint(2, 9)} years; {rng.choice(_VERBS)} {rng.choice(_THINGS)}."
        )

    people, notes = [], []
    for i in range(30):
        cid = f"p{i:02d}"
        people.append(
            {
                "type": "candidate",
                "candidate_id": cid,
                "headline": rng.choice(_HEADS),
                "summary": " ".join(sentence() for _ in range(rng.randint(2, 10))),
                "skills": sorted(set(rng.sample(_SKILLS, rng.randint(2, 5)))),
                "consent": {"status": "granted", "basis": "consent"},
            }
        )
        notes += [
            {
                "type": "note",
                "note_id": f"{cid}-n{j}",
                "candidate_id": cid,
                "stage": "onsite",
                "author": "team",
                "written_at": "2026-10-01T10:00:00+00:00",
                "text": " ".join(sentence() for _ in range(rng.randint(1, 6))),
            }
            for j in range(rng.randint(0, 3))
        ]
    if order == "reversed":
        people, notes = people[::-1], notes[::-1]
    elif order.startswith("shuffle:"):
        shuffler = random.Random(int(order.partition(":")[2]))
        shuffler.shuffle(people)
        shuffler.shuffle(notes)
    return people + notes


def scored(memory: Memory, order: str) -> dict[str, list[Row]]:
    """Import ``records(order)`` into ``memory`` and match every requisition: per requisition, each member's
    lexical inputs (profile BM25, best chunk BM25, the two ceilings), its lexical feature and every result's
    score."""
    report = memory.import_ndjson([json.dumps(line) for line in records(order)])
    assert not report.rejected
    seen: list[Row] = []
    original: Callable[[Member, tuple[float, float]], float] = getattr(match_module, "lexical")  # noqa: B009

    def recording(member: Member, ceilings: tuple[float, float]) -> float:
        value = original(member, ceilings)
        inputs = (member.lexical_profile, member.lexical_notes, *ceilings, value)
        seen.append((str(member.record["candidate_id"]), *(float(x).hex() for x in inputs)))
        return value

    out: dict[str, list[Row]] = {}
    setattr(match_module, "lexical", recording)  # noqa: B010
    try:
        for requisition in REQUISITIONS:
            seen.clear()
            response = memory.match(requisition, limit=10, now=NOW)
            results: list[Row] = [
                ("result", r.candidate_id, str(r.rank), float(r.score).hex()) for r in response.results
            ]
            out[str(requisition.requisition_id)] = [*sorted(seen), *results]
    finally:
        setattr(match_module, "lexical", original)  # noqa: B010
    return out


def _edge(data_dir: Path, order: str) -> dict[str, list[Row]]:
    with Memory.open(Settings(data_dir=data_dir), encoder=HashingEncoder(64)) as memory:
        return scored(memory, order)


def _in_another_process(data_dir: Path, order: str) -> dict[str, list[Row]]:
    script = (
        "import json, sys; from pathlib import Path; from tests.test_lexical_stores import _edge; "
        "print(json.dumps(_edge(Path(sys.argv[1]), sys.argv[2])))"
    )
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-c", script, str(data_dir), order], cwd=root, capture_output=True, text=True, check=True
    )
    rows: dict[str, list[list[str]]] = json.loads(done.stdout.splitlines()[-1])
    return {rid: [tuple(row) for row in found] for rid, found in rows.items()}


@pytest.mark.edge
def test_fresh_edge_stores_of_the_same_records_score_bit_for_bit_alike(tmp_path: Path) -> None:
    first = _edge(tmp_path / "given", "given")
    assert all(any(float.fromhex(row[-1]) > 0 for row in rows if row[0] != "result") for rows in first.values())
    # Another import order in this process, and another in a process of its own (another hash seed).
    assert _edge(tmp_path / "shuffled", "shuffle:7") == first
    assert _in_another_process(tmp_path / "reversed", "reversed") == first


@pytest.mark.qdrant
def test_server_adapter_stores_of_the_same_records_give_the_same_lexical_features(tmp_path: Path) -> None:
    """The same pairwise BM25 on the server adapter (qdrant-client's local mode here). Only the lexical rows:
    local mode's own dense cosine moves in the last bit with the write order (``semantic_profile``, 1 ulp of
    a float64, seen here), which is the test double's numpy, not the store a server runs."""

    def local(name: str, order: str) -> dict[str, list[Row]]:
        store = ServerStore(qdrant_client.QdrantClient(location=LOCAL), name)
        with Memory.open(Settings(data_dir=tmp_path / name), encoder=HashingEncoder(64), store=store) as memory:
            return {rid: [row for row in rows if row[0] != "result"] for rid, rows in scored(memory, order).items()}

    assert local("a", "given") == local("b", "shuffle:3")


@pytest.mark.edge
def test_per_term_sums_are_the_engines_bm25_up_to_float32_rounding(tmp_path: Path) -> None:
    """Exact BM25: the pairwise sum of every profile is within float32 rounding of the engine's own score of
    the whole query, and the ceiling's near-top set holds the best."""
    with Memory.open(Settings(data_dir=tmp_path / "s"), encoder=HashingEncoder(64)) as memory:
        memory.import_ndjson([json.dumps(line) for line in records("given")])
        store = memory._store
        everyone = Where(any_of={"candidate_id": [f"p{i:02d}" for i in range(30)]})
        for requisition in REQUISITIONS:
            query = LexicalEncoder().query(" ".join([requisition.title, *requisition.must_have_skills]))
            whole = store.search_sparse(Collection.candidates, query, 30, everyone, fields=["candidate_id"])
            terms = store.search_many(Collection.candidates, per_term(query, 30, everyone, ["candidate_id"]))
            ours = summed(terms, _person)
            assert len(query.indices) >= 2 and len(whole) > 5
            for hit in whole:
                cid = hit.payload["candidate_id"]
                assert ours[cid] == pytest.approx(hit.score, rel=1e-6)
            assert max(ours, key=lambda c: ours[c]) in {hit.payload["candidate_id"] for hit in near_top(whole)}


def test_per_term_pairs_terms_in_order_and_sums_in_that_order() -> None:
    searches = per_term(SparseVec((9, 2, 5), (1.0, 1.0, 1.0)), 4, Where(), ["candidate_id"])
    assert [s.vector.indices for s in searches if isinstance(s.vector, SparseVec)] == [(2, 5), (9,)]
    # float64 in the given order: 0.1 + 0.2 + 0.3 is not 0.3 + 0.2 + 0.1 in floating point, so the order shows.
    hits = [[Hit("a", x, {"candidate_id": "a"})] for x in (0.1, 0.2, 0.3)]
    assert summed(hits, _person) == {"a": (0.1 + 0.2) + 0.3}
    assert summed(hits[::-1], _person) == {"a": (0.3 + 0.2) + 0.1} != {"a": (0.1 + 0.2) + 0.3}


def test_near_top_keeps_the_hits_within_the_margin() -> None:
    hits = [Hit(k, s, {}) for k, s in (("a", 2.0), ("b", 2.0 * (1 - 1e-7)), ("c", 1.9))]
    assert [h.id for h in near_top(hits)] == ["a", "b"]
    assert near_top([]) == []


_person: Callable[[Hit], str] = lambda hit: str(hit.payload["candidate_id"])  # noqa: E731

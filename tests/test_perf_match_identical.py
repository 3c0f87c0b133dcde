"""The match path's savings change nothing a match returns (issue 13).

What was cut from a match is work whose result was never read or is read again: payload fields the match
does not use, chunks cut into passages, passages classified and skill names spelled out again, passages
embedded that no shortlist can show. A fixed pool answers a battery of
requisitions (skills, long descriptions, filters, weights, consent split, audits, a re-ranking proposal)
twice: as shipped, and with every saving undone (``_undone``). The full responses and the decision-log
entries must be equal, float for float.

The whole module is ``slow`` (``make test``, both stacks): the pool's import and two batteries are ~7 s of
a worker, which ``make test-fast`` has no room for.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

import pytest

import memory.passages as passages_module
from embed.sparse import SparseVec
from memory import MatchFilters, Memory, Requisition, RerankOptions, skills
from memory import evidence as E
from memory.demo import demo_records
from memory.store import Collection, Hit, Search, VectorStore, Where

pytestmark = pytest.mark.slow

TODAY = datetime(2026, 6, 1, tzinfo=UTC)
NOW = datetime(2026, 6, 2, tzinfo=UTC)
# Self-reports on two of every three people, so that the audits and the proposal have groups to count.
SEXES = ["female", "male"]
RACES = ["white", "black_or_african_american", "asian", "hispanic_or_latino"]

ASKS: list[tuple[Requisition, dict[str, Any]]] = [
    (Requisition(title="Backend Engineer", must_have_skills=["Go"], nice_to_have_skills=["Kafka"]), {"audit": True}),
    (
        Requisition(
            title="Data Scientist",
            description="We need someone who built forecasting models in Python and SQL, explained results to "
            "stakeholders and mentored juniors. Concerns about communication are a dealbreaker.",
        ),
        {"limit": 25},
    ),
    (Requisition(title="Frontend Engineer with React"), {"include_without_consent": True, "limit": 5}),
    (
        Requisition(title="Site Reliability Engineer", must_have_skills=["Kubernetes", "Terraform"]),
        {"filters": MatchFilters(must_have_required=True), "audit": True},
    ),
    (Requisition(title="Product Designer"), {"weights": {"lexical": 1.0, "freshness": 0.5}, "limit": 15}),
    (
        Requisition(title="Engineer"),
        {"limit": 40, "audit": True, "rerank": RerankOptions(method="detcons", family="sex")},
    ),
]


def pool_lines(people: int) -> list[str]:
    lines = []
    for i, record in enumerate(demo_records(people, seed=5, today=TODAY)):
        if record["type"] == "candidate" and i % 3:
            record["protected"] = {"sex": SEXES[i % 2], "race_ethnicity": RACES[i % 4]}
        lines.append(json.dumps(record))
    return lines


def battery(memory: Memory) -> list[dict[str, Any]]:
    """Every ask's full response and its decision-log entry (minus the fresh decision id)."""
    out = []
    for requisition, options in ASKS:
        response = memory.match(requisition, now=NOW, **options)
        assert response.decision_id is not None
        logged = memory.decision(response.decision_id).model_dump(mode="json")
        logged["decision"].pop("decision_id")
        out.append({"response": response.model_dump(mode="json", exclude={"took_ms", "decision_id"}), **logged})
    return out


class _FullPayloads:
    """The store, with every search returning whole payloads, as the match read them before."""

    def __init__(self, store: VectorStore) -> None:
        self._store = store

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def search_dense(
        self,
        collection: Collection,
        vector: Any,
        limit: int,
        where: Where | None = None,
        *,
        exact: bool = False,
        fields: Any = None,
    ) -> list[Hit]:
        whole = fields is not None and "text" in fields  # the note-chunk read that now names its fields
        return self._store.search_dense(collection, vector, limit, where, exact=exact, fields=None if whole else fields)

    def search_many(self, collection: Collection, searches: Sequence[Search]) -> list[list[Hit]]:
        """The batch undone too (session 12): each search on its own, the note-chunk read with whole payloads."""
        return [
            self._store.search_sparse(collection, s.vector, s.limit, s.where, fields=s.fields)
            if isinstance(s.vector, SparseVec)
            else self.search_dense(collection, s.vector, s.limit, s.where, exact=s.exact, fields=s.fields)
            for s in searches
        ]


def _undone(memory: Memory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every saving of the match path undone: whole note-chunk payloads, no passage cut, kind or skill name
    memoised, every passage of the first results ranked (``shown_kinds`` keeps them all).

    The passages' similarities are read from the store in both runs (computed at capture, issue 13).
    """
    matcher = memory._matcher
    monkeypatch.setattr(matcher, "_store", _FullPayloads(matcher._store))
    monkeypatch.setattr(E, "classify", E.classify.__wrapped__)
    monkeypatch.setattr(E, "_cut", E._cut.__wrapped__)
    monkeypatch.setattr(passages_module, "shown_kinds", lambda mine: list(range(len(mine))))
    monkeypatch.setattr(skills, "canonical", skills.canonical.__wrapped__)
    monkeypatch.setattr(skills, "spellings", skills.spellings.__wrapped__)
    monkeypatch.setattr(skills, "_mentions", skills._phrases.__wrapped__)  # every phrase of the text, as before


@pytest.fixture(scope="module")
def pool(open_module_memory: Any) -> Iterator[Memory]:
    memory: Memory = open_module_memory("identical", fair_rerank=True)
    report = memory.import_ndjson(pool_lines(36))
    assert report.imported and not report.rejected
    yield memory


def test_a_match_returns_what_it_returned_before_its_savings(pool: Memory, monkeypatch: pytest.MonkeyPatch) -> None:
    skipped = []
    kinds = passages_module.shown_kinds

    def counted(mine: list[Any]) -> list[int]:
        kept = kinds(mine)
        skipped.append(len(mine) - len(kept))
        return kept

    monkeypatch.setattr(passages_module, "shown_kinds", counted)
    shipped = battery(pool)
    _undone(pool, monkeypatch)
    before = battery(pool)
    assert shipped == before
    assert sum(skipped) > 0  # passages the shipped path skipped were ranked this time
    assert pool._matcher._passage_vectors.misses == 0  # no passage embedded at match time (issue 13)
    # The battery is not vacuous: shortlists, evidence, concerns, audits, a proposal and the consent split.
    results = [r for run in shipped for r in run["response"]["results"]]
    assert len(results) > 60 and any(r["evidence"] for r in results) and any(r["concerns"] for r in results)
    assert sum(run["response"]["audit"] is not None for run in shipped) == 3
    assert shipped[-1]["response"]["audit"]["proposal"] is not None
    assert shipped[2]["response"]["needs_consent"]


def test_an_erasure_empties_the_passage_caches(pool: Memory) -> None:
    """The memoised cuts, kinds and skill names are keyed by stored texts: an erasure clears them too."""
    pool.match(ASKS[0][0], now=NOW)
    assert E._cut.cache_info().currsize > 0 and E.classify.cache_info().currsize > 0
    pool.delete(pool.match(ASKS[0][0], now=NOW).results[0].candidate_id)
    assert E._cut.cache_info().currsize == 0 and E.classify.cache_info().currsize == 0
    assert skills.canonical.cache_info().currsize == 0 and skills.spellings.cache_info().currsize == 0
    assert skills._mentions.cache_info().currsize == 0

"""A whole match is the same with the embedded store's payload cache off, filling and serving.

The cache (memory/store_cache.py) replaces the engine's payload copies with fields kept in the process; the
product promises that this changes nothing a recruiter or an auditor sees. Compared here on the demo pool,
on Edge (the only store with the cache), through the public ``Memory.match``: who is listed, in which order,
with which evidence and explanation. Floats are compared to 6 significant digits: Qdrant Edge's BM25 scores
move in the 8th digit between two stores built alike (measured with the cache on in both: the lexical
feature 0.38084094 vs 0.38084091; none after both were optimised in one run, some in another), which is
the engine's, not the cache's.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from memory import MatchFilters, Memory, Requisition
from memory.demo import demo_ndjson
from tests.conftest import MemoryFactory

REQUISITIONS = [
    Requisition(title="Backend engineer", description="Go, Kafka and Postgres; on-call for payment services"),
    Requisition(title="ICU nurse", description="Critical care nursing", must_have_skills=["ACLS"]),
    Requisition(
        title="Data analyst", description="SQL and Excel reporting for finance", nice_to_have_skills=["Tableau"]
    ),
]
# Differ between two runs of the same match by design: when it ran and the log entry's own id.
VOLATILE = {"decision_id", "created_at", "generated_at", "at", "timestamp", "took_ms"}
NOW = datetime(2026, 11, 26, 12, tzinfo=UTC)  # freshness counts days to "now": the same now for every run


def _plain(value: Any) -> Any:
    if isinstance(value, float):
        return float(f"{value:.6g}")
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _answers(memory: Memory) -> list[Any]:
    filters = MatchFilters(consent_required=False)
    return [_plain(memory.match(r, limit=10, filters=filters, now=NOW).model_dump(mode="json")) for r in REQUISITIONS]


@pytest.mark.edge
@pytest.mark.slow  # two Edge stores built and optimised: too long for make test-fast
def test_a_match_is_the_same_with_the_payload_cache_off_filling_and_serving(
    open_memory: MemoryFactory, stack: str
) -> None:
    if stack != "fast":
        pytest.skip("a property of the store, not the encoder: the fast stack's run is the check")
    lines = demo_ndjson(n=60)
    uncached = open_memory("off", payload_cache=0)
    cached = open_memory("on")
    for memory in (uncached, cached):
        report = memory.import_ndjson(lines)
        assert report.rejected == []
    expected = _answers(uncached)
    assert any(answer["results"] for answer in expected)
    assert _answers(cached) == expected  # filling: every read misses and is kept
    assert _answers(cached) == expected  # serving: the same reads come from the cache

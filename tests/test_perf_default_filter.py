"""The match's default filter (memory/retrieval.py ``filters_where``) checks consent with one condition,
``consent_until``, and admits exactly the people whose consent is valid (granted, unexpired) and who are not
retired: the same points as the three conditions it replaced (``consent_status`` granted as well), and the same
hits, scores and order from a filtered search, on a store holding every consent state."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from memory.models import Candidate, Consent, ConsentStatus, MatchFilters
from memory.records import filter_fields
from memory.retrieval import filters_where
from memory.store import Collection, StoredPoint, Where, point_id
from memory.store_edge import EdgeStore

DIM = 8
NOW = datetime(2026, 6, 1, 12, 0, 0, tzinfo=UTC)
# Expiries around the filter's bound (whole seconds, ≥ now + 1), an open-ended one and none recorded.
EXPIRIES = (
    None,
    NOW - timedelta(days=30),
    NOW - timedelta(seconds=1),
    NOW,
    NOW + timedelta(seconds=1),
    NOW + timedelta(days=30),
)


def _people() -> list[tuple[Candidate, bool]]:
    """Every consent status x expiry x retirement, several times over (so a search has ties to order)."""
    people = []
    for copy in range(3):
        for status in ConsentStatus:
            for e, expires in enumerate(EXPIRIES):
                for retired in (False, True):
                    cid = f"{status.value}-{e}-{retired}-{copy}"
                    consent = Consent(status=status, expires_at=expires)
                    people.append((Candidate(candidate_id=cid, consent=consent), retired))
    return people


def _three_conditions(filters: MatchFilters, now: datetime) -> Where:
    """The default filter as it was before: ``consent_status`` granted as a condition of its own."""
    where = filters_where(filters, now)
    if filters.consent_required:
        where = where & Where(any_of={"consent_status": ["granted"]})
    return where


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EdgeStore]:
    made = EdgeStore(tmp_path_factory.mktemp("filters") / "s")
    made.ensure(DIM)
    rng = np.random.default_rng(7)
    points = []
    for i, (candidate, retired) in enumerate(_people()):
        v = rng.normal(size=DIM) if i % 4 else np.ones(DIM)  # a quarter share one vector: equal scores
        payload = filter_fields(candidate, {"retired": retired})
        key = point_id(Collection.candidates, candidate.candidate_id)
        points.append(StoredPoint(key, payload, [float(x) for x in v]))
    made.upsert(Collection.candidates, points)
    yield made
    made.close()


def test_default_filter_checks_consent_with_one_condition() -> None:
    where = filters_where(MatchFilters(), NOW)
    assert dict(where.any_of) == {"retired": ["no"]}
    assert dict(where.at_least) == {"consent_until": int(NOW.timestamp()) + 1}


@pytest.mark.parametrize("consent_required", [True, False])
@pytest.mark.parametrize("include_retired", [True, False])
def test_admits_exactly_the_valid_consents(store: EdgeStore, consent_required: bool, include_retired: bool) -> None:
    filters = MatchFilters(consent_required=consent_required, include_retired=include_retired)
    expected = {
        c.candidate_id
        for c, retired in _people()
        if (not consent_required or c.consent.is_valid(NOW)) and (include_retired or not retired)
    }
    admitted = {p.payload["candidate_id"] for p in store.scroll(Collection.candidates, filters_where(filters, NOW))}
    before = {p.payload["candidate_id"] for p in store.scroll(Collection.candidates, _three_conditions(filters, NOW))}
    assert admitted == expected == before
    assert store.count(Collection.candidates, filters_where(filters, NOW)) == len(expected)
    # Some of each whenever a condition applies: the states on both sides of the filter are present.
    assert 0 < len(expected) < len(_people()) or (include_retired and not consent_required)


@pytest.mark.parametrize("seed", range(5))
def test_filtered_search_hits_unchanged(store: EdgeStore, seed: int) -> None:
    query = [float(x) for x in np.random.default_rng(100 + seed).normal(size=DIM)]
    if seed == 0:
        query = [1.0] * DIM  # the shared vector: ties
    filters = MatchFilters()
    for limit in (5, 50):
        now_hits = store.search_dense(Collection.candidates, query, limit, filters_where(filters, NOW))
        old_hits = store.search_dense(Collection.candidates, query, limit, _three_conditions(filters, NOW))
        assert [(h.id, h.score) for h in now_hits] == [(h.id, h.score) for h in old_hits]
        assert now_hits

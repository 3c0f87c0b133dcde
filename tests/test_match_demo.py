"""The recruiter cases of issue 14 on the demo pool (memory/demo.py) with the real model: slow.

Each test states what a recruiter expects and checks it on people picked from the pool by their record
(headline, skills, notes), not by id, so that the test says why someone must rank where they do.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from embed import Encoder
from memory import MatchFilters, Memory, Requisition, Settings
from memory.demo import demo_records
from memory.results import MatchResponse

pytestmark = pytest.mark.slow
RECORDS = list(demo_records())
NOTES = Counter(r["candidate_id"] for r in RECORDS if r["type"] == "note")
PEOPLE = {r["candidate_id"]: r for r in RECORDS if r["type"] == "candidate"}


@pytest.fixture(scope="module")
def demo(minilm: Encoder, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Memory]:
    import json

    with Memory.open(Settings(data_dir=tmp_path_factory.mktemp("demo")), encoder=minilm) as memory:
        memory.import_ndjson([json.dumps(r) for r in RECORDS])
        yield memory


def _everyone(memory: Memory, requisition: Requisition, **kwargs: Any) -> MatchResponse:
    return memory.match(requisition, limit=200, filters=MatchFilters(consent_required=False, **kwargs))


def _rank(response: MatchResponse) -> dict[str, int]:
    return {r.candidate_id: r.rank for r in response.results}


def test_a_backend_engineer_with_no_notes_does_not_sink_below_other_trades(demo: Memory) -> None:
    response = _everyone(demo, Requisition(title="Backend engineer"))
    rank = _rank(response)
    silent = [
        cid
        for cid, p in PEOPLE.items()
        if "Backend Engineer" in p["headline"] and not NOTES[cid] and {"Go", "Kafka"} & set(p["skills"])
    ]
    assert silent, "the demo pool should hold a backend engineer with no notes"
    others = [cid for cid, p in PEOPLE.items() if p["role_family"] in {"recruiting", "design", "sales", "nursing"}]
    for cid in silent:
        assert rank[cid] < min(rank[o] for o in others if o in rank), PEOPLE[cid]["headline"]
        result = next(r for r in response.results if r.candidate_id == cid)
        assert result.no_data["semantic_notes"] == "no notes yet" and result.attributions["semantic_notes"] == 0.0


def test_nurses_with_every_must_have_come_first(demo: Memory) -> None:
    response = _everyone(demo, Requisition(title="ICU nurse", must_have_skills=["ACLS", "critical care"]))
    covered = [r.must_haves_covered for r in response.results]
    assert covered == sorted(covered, reverse=True) and covered[0] == 2
    both = [r for r in response.results if not r.skills.missing]
    assert both and all(r.role_family == "nursing" for r in both[:5])


def test_an_ml_engineer_missing_pytorch_and_python_never_outranks_a_pytorch_holder(demo: Memory) -> None:
    response = _everyone(demo, Requisition(title="Machine learning engineer", must_have_skills=["PyTorch", "Python"]))
    rank = _rank(response)
    holders = [r.candidate_id for r in response.results if "PyTorch" in r.skills.matched]
    neither = [r.candidate_id for r in response.results if r.must_haves_covered == 0]
    assert holders and max(rank[h] for h in holders) < min(rank[n] for n in neither)


def test_a_concern_is_never_the_top_evidence(demo: Memory) -> None:
    response = demo.match(Requisition(title="Financial analyst with SQL and Excel"), limit=20)
    shaky = 0
    for result in response.results:
        assert all(e.kind != "concern" for e in result.evidence)
        assert all(e.kind == "concern" for e in result.concerns)
        shaky += any("window functions were shaky" in e.text for e in result.concerns)
        assert not any("shaky" in e.text for e in result.evidence)
    assert shaky, "the shaky-SQL note should be shown, as a concern"


def test_no_strong_match_for_a_role_nobody_in_the_memory_holds(demo: Memory) -> None:
    response = demo.match(Requisition(title="Warehouse forklift operator"), limit=10)
    assert response.fit is not None and response.fit.best != "strong"
    assert response.fit.message.startswith("No strong match in the memory")
    assert all(r.fit_level != "strong" for r in response.results)
    nurses = demo.match(Requisition(title="ICU registered nurse", must_have_skills=["critical care"]), limit=10)
    assert nurses.fit is not None and nurses.fit.best == "strong"


def test_the_title_is_read_seniority_and_a_pasted_ad(demo: Memory) -> None:
    senior = _everyone(demo, Requisition(title="Senior backend engineer"))
    assert senior.understood is not None and senior.understood.seniority == "senior"
    assert not any("Junior" in (r.headline or "") for r in senior.results[:3])
    ad = Requisition(
        title="Acme Corp is a fast-growing fintech company headquartered in Berlin with offices in London and Lisbon.",
        description="We are looking for a Senior Backend Engineer to join our payments team.\n"
        "You will design services on Kafka and PostgreSQL.\nRequirements: 5+ years of backend development.",
    )
    pasted = _everyone(demo, ad)
    assert pasted.understood is not None and pasted.understood.title == "Senior Backend Engineer"
    assert [r.role_family for r in pasted.results[:5]] == ["backend"] * 5


def test_an_explanation_is_the_same_at_any_limit_and_filter(demo: Memory) -> None:
    req = Requisition(title="Backend engineer", must_have_skills=["Kafka"])
    now = datetime.now(UTC)  # freshness decays with time: one moment for every call
    small = {r.candidate_id: r for r in demo.match(req, limit=5, now=now).results}
    large = {r.candidate_id: r for r in demo.match(req, limit=200, now=now).results}
    family = {
        r.candidate_id: r
        for r in demo.match(req, limit=5, now=now, filters=MatchFilters(role_families=["backend"])).results
    }
    for cid, result in small.items():
        assert (result.score, result.base_value, result.attributions) == (
            large[cid].score,
            large[cid].base_value,
            large[cid].attributions,
        )
        if cid in family:
            assert family[cid].attributions == result.attributions

"""Shortlists: filters, explanations and determinism on both stacks; relevance on the real model (slow)."""

from __future__ import annotations

import json
from datetime import timedelta
from importlib import resources

import pytest

from memory import EvaluationSignal, InvalidInput, MatchFilters, Memory, Requisition
from memory.ranking import WITHOUT_NAMED_SKILLS
from tests.conftest import MemoryFactory
from tests.helpers import NOW, candidate, note

POOL = [
    (
        "nurse",
        "ICU registered nurse",
        "critical care",
        "nursing",
        "Berlin",
        "silver_medalist",
        "senior",
        "Calm under pressure while titrating vasopressors; managed ventilated patients through the night shift.",
    ),
    (
        "backend",
        "Backend engineer",
        "Go, PostgreSQL and Kafka services",
        "engineering",
        "London",
        "referral",
        "mid",
        "Designed an event pipeline on Kafka; strong on PostgreSQL indexing and Go concurrency.",
    ),
    (
        "chef",
        "Head chef",
        "Runs a busy restaurant kitchen",
        "hospitality",
        "Berlin",
        "prospect",
        "lead",
        "Plans seasonal menus and manages a brigade of twelve cooks.",
    ),
    (
        "analyst",
        "Data analyst",
        "SQL dashboards in Tableau",
        "data",
        "Remote",
        "past_applicant",
        "junior",
        "Built churn dashboards in Tableau and wrote careful SQL.",
    ),
]


def _fill(memory: Memory) -> Memory:
    for cid, headline, summary, family, location, source, seniority, text in POOL:
        memory.upsert_candidate(
            candidate(
                cid,
                headline=headline,
                summary=summary,
                role_family=family,
                location=location,
                source=source,
                seniority=seniority,
                last_verified_at=NOW - timedelta(days=30),
            )
        )
        memory.add_note(
            note(
                f"{cid}-n1",
                cid,
                text,
                stage="final" if cid == "nurse" else "screen",
                author="ana",
                written_at=NOW - timedelta(days=60),
            )
        )
    memory.upsert_candidate(candidate("nurse-no-consent", headline="ICU nurse", consent={"status": "withdrawn"}))
    memory.upsert_candidate(
        candidate(
            "nurse-expired",
            headline="ICU nurse",
            consent={"status": "granted", "expires_at": (NOW - timedelta(days=1)).isoformat()},
        )
    )
    return memory


@pytest.fixture(scope="module")
def pool(open_module_memory: MemoryFactory) -> Memory:
    """One filled store for the module: matching only appends to the decision log, which no test here reads."""
    return _fill(open_module_memory("pool"))


@pytest.fixture
def real_pool(real_memory: Memory) -> Memory:
    """The pool on the real model: for assertions about meaning (the test is marked slow)."""
    return _fill(real_memory)


def _ids(memory: Memory, requisition: Requisition, **kwargs: object) -> list[str]:
    return [r.candidate_id for r in memory.match(requisition, now=NOW, **kwargs).results]  # type: ignore[arg-type]


@pytest.mark.slow
def test_the_fitting_person_ranks_first_even_when_paraphrased(real_pool: Memory) -> None:
    pool = real_pool
    assert (
        _ids(pool, Requisition(title="Bedside caregiver for the sickest patients on breathing machines"))[0] == "nurse"
    )
    assert _ids(pool, Requisition(title="Backend engineer", must_have_skills=["golang", "kafka"]))[0] == "backend"
    assert _ids(pool, Requisition(title="Analyst who builds BI dashboards"))[0] == "analyst"


def test_consent_is_required_by_default_and_expiry_counts_as_none(pool: Memory) -> None:
    req = Requisition(title="ICU nurse")
    default = _ids(pool, req, limit=20)
    assert "nurse-no-consent" not in default and "nurse-expired" not in default
    everyone = _ids(pool, req, limit=20, filters=MatchFilters(consent_required=False))
    assert {"nurse-no-consent", "nurse-expired"} <= set(everyone)
    assert len(everyone) == 6


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"sources": ["referral", "prospect"]}, {"backend", "chef"}),
        ({"role_families": ["Nursing"]}, {"nurse"}),
        ({"locations": ["berlin"]}, {"nurse", "chef"}),
        ({"seniorities": ["junior", "mid"]}, {"backend", "analyst"}),
        ({"locations": ["Berlin"], "sources": ["prospect"]}, {"chef"}),
    ],
)
def test_filters_hold(pool: Memory, filters: dict[str, list[str]], expected: set[str]) -> None:
    got = _ids(pool, Requisition(title="anyone good"), limit=20, filters=MatchFilters.model_validate(filters))
    assert set(got) == expected


def test_must_haves_as_a_hard_filter(pool: Memory) -> None:
    req = Requisition(title="engineer", must_have_skills=["PostgreSQL"])
    assert _ids(pool, req, filters=MatchFilters(must_have_required=True)) == ["backend"]


def test_every_score_is_the_exact_sum_of_its_parts(pool: Memory) -> None:
    response = pool.match(
        Requisition(title="nurse for intensive care", must_have_skills=["critical care"]), limit=10, now=NOW
    )
    assert response.considered == 4
    for result in response.results:
        assert result.base_value + sum(result.attributions.values()) == pytest.approx(result.score, abs=1e-9)
        assert result.score == pytest.approx(
            sum(response.weights[k] * v for k, v in result.features.items()), abs=1e-12
        )
    assert len({r.base_value for r in response.results}) == 1
    # The reference is fixed: the base is the weights times the reference, whoever was retrieved.
    assert response.results[0].base_value == pytest.approx(
        sum(response.weights[k] * response.reference[k] for k in response.weights), abs=1e-12
    )


def test_an_explanation_does_not_depend_on_limit_filters_or_who_else_was_retrieved(pool: Memory) -> None:
    req = Requisition(title="nurse for intensive care", must_have_skills=["critical care"])

    def nurse(**kwargs: object) -> tuple[float, float, dict[str, float]]:
        found = {r.candidate_id: r for r in pool.match(req, now=NOW, **kwargs).results}  # type: ignore[arg-type]
        return found["nurse"].score, found["nurse"].base_value, found["nurse"].attributions

    wide = nurse(limit=20)
    assert nurse(limit=1) == wide
    assert nurse(limit=20, filters=MatchFilters(role_families=["nursing"])) == wide
    assert nurse(limit=20, filters=MatchFilters(locations=["Berlin"])) == wide


@pytest.mark.slow
def test_evidence_is_the_candidates_own_note_text(real_pool: Memory) -> None:
    pool = real_pool
    top = pool.match(Requisition(title="ventilated patients night shift"), now=NOW).results[0]
    assert top.candidate_id == "nurse" and top.stage_reached == "final"
    assert top.evidence[0].note_id == "nurse-n1" and top.evidence[0].author == "ana"
    assert top.evidence[0].text in pool.get("nurse").notes[0].text  # a passage of the note, not the whole chunk
    assert top.evidence[0].kind == "strength"


def test_order_is_score_desc_then_id_and_repeatable(pool: Memory) -> None:
    req = Requisition(title="someone")
    first = pool.match(req, limit=10, now=NOW, weights={k: 0.0 for k in pool.weights})
    assert [r.candidate_id for r in first.results] == ["analyst", "backend", "chef", "nurse"]
    assert [r.rank for r in first.results] == [1, 2, 3, 4]
    a = pool.match(req, now=NOW)
    b = pool.match(req, now=NOW)
    assert [(r.candidate_id, r.score) for r in a.results] == [(r.candidate_id, r.score) for r in b.results]


def test_baselines_are_weight_settings(pool: Memory) -> None:
    dense_only = {k: 0.0 for k in pool.weights} | {"semantic_profile": 1.0, "semantic_notes": 1.0}
    response = pool.match(Requisition(title="Kafka"), weights=dense_only, now=NOW)
    assert all(
        set(k for k, v in r.attributions.items() if v) <= {"semantic_profile", "semantic_notes"}
        for r in response.results
    )
    with pytest.raises(InvalidInput):
        pool.match(Requisition(title="x"), weights={"charisma": 1.0})
    for bad in (-0.1, 10.5, float("nan")):
        with pytest.raises(InvalidInput, match="between 0 and 10"):
            pool.match(Requisition(title="x"), weights={"must_have_skills": bad})
    with pytest.raises(InvalidInput):
        pool.match(Requisition(title="x"), limit=0)


def test_a_requisition_that_names_no_skill_is_ranked_with_its_own_weight_set(pool: Memory) -> None:
    shipped = json.loads(resources.files("memory").joinpath("weights.json").read_text())
    named, unnamed = shipped["weights"], shipped[WITHOUT_NAMED_SKILLS]
    # The two sets differ where the dev set told them apart: the keyword query of a bare title is thinner.
    assert unnamed["lexical"] < named["lexical"]
    assert pool.match(Requisition(title="Backend engineer"), now=NOW).weights == unnamed
    for asked in ({"must_have_skills": ["Go"]}, {"nice_to_have_skills": ["Go"]}):
        assert pool.match(Requisition(title="Backend engineer", **asked), now=NOW).weights == named
    # A caller's weight still overrides either set, one feature at a time.
    response = pool.match(Requisition(title="Backend engineer"), weights={"lexical": 0.5}, now=NOW)
    assert response.weights == unnamed | {"lexical": 0.5}
    # The decision log records the weights that ranked.
    assert response.decision_id is not None
    assert pool.decision(response.decision_id).decision.weights == response.weights


def test_harsh_evaluators_are_read_against_their_own_habit(memory: Memory) -> None:
    for cid in ("a", "b"):
        memory.upsert_candidate(candidate(cid, headline="Engineer"))
    for i in range(6):  # harsh gives 2-3 to everyone; lenient gives 4-5
        memory.upsert_candidate(candidate(f"x{i}", headline="Engineer"))
        memory.add_signal(
            EvaluationSignal(
                signal_id=f"h{i}",
                candidate_id=f"x{i}",
                dimension="technical",
                value=2,
                evaluator="harsh",
                observed_at=NOW,
            )
        )
        memory.add_signal(
            EvaluationSignal(
                signal_id=f"l{i}",
                candidate_id=f"x{i}",
                dimension="technical",
                value=5,
                evaluator="lenient",
                observed_at=NOW,
            )
        )
    memory.add_signal(
        EvaluationSignal(
            signal_id="sa",
            candidate_id="a",
            dimension="technical",
            value=3,
            evaluator="harsh",
            observed_at=NOW,
        )
    )
    memory.add_signal(
        EvaluationSignal(
            signal_id="sb",
            candidate_id="b",
            dimension="technical",
            value=3,
            evaluator="lenient",
            observed_at=NOW,
        )
    )
    features = {
        r.candidate_id: r.features for r in memory.match(Requisition(title="Engineer"), limit=20, now=NOW).results
    }
    assert features["a"]["evaluation"] > 0.5 > features["b"]["evaluation"]


def test_matched_and_missing_skills_on_a_hand_checked_example(memory: Memory) -> None:
    memory.upsert_candidate(
        candidate("fe", headline="Frontend developer", skills=["JS", "k8s", "Postgres", "react-native"])
    )
    memory.upsert_candidate(candidate("plain", headline="Frontend developer"))
    memory.add_note(note("plain-n", "plain", "Wrote TypeScript every day and some Terraform."))
    req = Requisition(
        title="Frontend developer",
        must_have_skills=["javascript", "Kubernetes", "Rust"],
        nice_to_have_skills=["PostgreSQL", "React Native", "TypeScript"],
    )
    got = {r.candidate_id: r for r in memory.match(req, now=NOW).results}
    assert got["fe"].skills.matched == ["javascript", "Kubernetes", "PostgreSQL", "React Native"]
    assert got["fe"].skills.missing == ["Rust", "TypeScript"]
    assert got["plain"].skills.matched == ["TypeScript"]  # read off the (redacted) note text
    assert got["fe"].features["must_have_skills"] == pytest.approx(2 / 3)
    assert got["fe"].features["nice_to_have_skills"] == pytest.approx(2 / 3)

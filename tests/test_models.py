from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

from memory import Candidate, Consent, EvaluationSignal, Requisition


def test_only_the_id_is_required() -> None:
    candidate = Candidate(candidate_id="c-1")
    assert candidate.consent.status.value == "unknown"
    assert candidate.profile_text() == ""


@pytest.mark.parametrize("bad", ["", "has space", "slash/inside", "x" * 201])
def test_external_ids_are_constrained(bad: str) -> None:
    with pytest.raises(ValidationError):
        Candidate(candidate_id=bad)


def test_signal_value_is_normalised_by_its_declared_scale() -> None:
    signal = EvaluationSignal(
        signal_id="s", candidate_id="c", dimension="Technical", value=8, scale_min=0, scale_max=10
    )
    assert signal.normalised == pytest.approx(0.8)
    assert signal.dimension == "technical"


@pytest.mark.parametrize(("value", "lo", "hi"), [(6, 1, 5), (3, 5, 5), (0, 1, 5)])
def test_signal_off_its_scale_is_rejected(value: float, lo: float, hi: float) -> None:
    with pytest.raises(ValidationError):
        EvaluationSignal(signal_id="s", candidate_id="c", dimension="d", value=value, scale_min=lo, scale_max=hi)


def test_expired_consent_counts_as_none() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert Consent(status="granted").is_valid(now)
    assert not Consent(status="granted", expires_at=now - timedelta(seconds=1)).is_valid(now)
    assert not Consent(status="withdrawn").is_valid(now)


def test_naive_datetimes_are_read_as_utc() -> None:
    candidate = Candidate(candidate_id="c", last_verified_at=datetime(2026, 1, 1, 12))
    assert candidate.last_verified_at == datetime(2026, 1, 1, 12, tzinfo=UTC)


def test_requisition_needs_some_text() -> None:
    with pytest.raises(ValidationError):
        Requisition()
    assert Requisition(must_have_skills=["Go"]).query_text() == "Skills: Go"


def test_profile_text_leaves_out_who_the_person_is() -> None:
    candidate = Candidate(
        candidate_id="c",
        name="Ada Lovelace",
        emails=["ada@example.com"],
        headline="Engineer",
        skills=["Go", " Go ", ""],
    )
    assert candidate.skills == ["Go"]
    assert candidate.profile_text() == "Engineer\nSkills: Go"
